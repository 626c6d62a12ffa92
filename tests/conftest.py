"""Shared fixtures: a private copy of the data folder per test, and the loaded dataset."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import data

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def copy_data(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for csv_file in DATA_DIR.glob("*.csv"):
        shutil.copy(csv_file, target / csv_file.name)
    return target


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A writable copy of the real data folder."""
    return copy_data(tmp_path / "data")


@pytest.fixture(scope="session")
def ds() -> data.Dataset:
    return data.load(DATA_DIR)


def append_row(path: Path, row: str) -> int:
    """Append one CSV line; return its line number in the file."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + row + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


# --------------------------------------------------------------------------- live server
import os  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402

ROOT = DATA_DIR.parent
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(data_dir: Path, env: dict | None = None, workers: int = 2):
    """A real gunicorn on a free loopback port with its own data folder; returns (proc, url)."""
    port = free_port()
    environ = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir), **(env or {})}
    log_path = data_dir.parent / f"gunicorn-{port}.log"
    log = open(log_path, "wb")  # a file, not a pipe: a full pipe would block the server
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "app:server",
        ],
        cwd=ROOT,
        env=environ,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    proc.log_path = log_path
    url = f"http://127.0.0.1:{port}"
    prefix = "/" + environ.get("DASHBOARD_URL_PREFIX", "/").strip("/") + "/"
    routes = "/" if environ.get("DASHBOARD_PROXY_STRIPS_PREFIX") else prefix.replace("//", "/")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited: " + log_path.read_text(errors="replace")[-3000:])
        try:
            with urllib.request.urlopen(url + routes + "healthz", timeout=2) as response:
                if response.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("gunicorn did not answer /healthz within 60 s")


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    data_dir = copy_data(tmp_path_factory.mktemp("live") / "data")
    proc, url = start_gunicorn(data_dir)
    yield url
    stop(proc)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


class ConsoleLog:
    """Console messages and page errors seen by one browser page."""

    def __init__(self, page):
        self.errors: list[str] = []
        page.on(
            "console",
            lambda m: (
                self.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
            ),
        )
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}"))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.console_log = ConsoleLog(pg)
    yield pg
    context.close()
