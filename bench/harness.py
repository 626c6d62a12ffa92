"""Start and stop a real gunicorn for tests, benchmarks and the soak (loopback only)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_data(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for csv_file in DATA_DIR.glob("*.csv"):
        shutil.copy(csv_file, target / csv_file.name)
    return target


def start_gunicorn(
    data_dir: Path, env: dict | None = None, workers: int = 2, threads: int = 4, app: str = "app:server"
):
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
            "--threads",
            str(threads),
            app,
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


def stop(proc) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout
    return [int(c) for c, p in (line.split() for line in out.splitlines()) if int(p) == pid]


def descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        for child in children(stack.pop()):
            found.append(child)
            stack.append(child)
    return found


def chromium_pids(master: int) -> list[int]:
    """The export browsers' top processes under a gunicorn master."""
    pids = []
    for pid in descendants(master):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                if b"chrom" in fh.read().split(b"\0")[0]:
                    pids.append(pid)
        except OSError:
            pass
    return pids
