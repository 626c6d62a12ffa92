"""Shared fixtures: a private copy of the data folder per test, and the loaded dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

import data
from bench.harness import DATA_DIR, copy_data  # noqa: E402


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

from bench.harness import ROOT, chromium_pids, free_port, start_gunicorn, stop  # noqa: E402, F401

CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")


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
