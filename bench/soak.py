"""Load with faults: simulated officials against gunicorn while things go wrong.

    .venv/bin/python bench/soak.py [--users 32] [--duration 60] [--workers 2] [--report bench/SOAK.md]

On loopback only, bounded in time. While locust runs (bench/locustfile.py), at fixed points:
1. ``kill -9`` of one gunicorn worker (the master must replace it; requests in flight on it
   may fail and are counted);
2. ``kill -9`` of the export Chromium processes (the next export must start a fresh one);
3. observations.csv replaced by a broken file (the last good data must keep being served and
   /healthz must report the problem);
4. then a valid file with a new year (served without a restart).

Prints a Markdown report (p50/p99 per request kind, failures with their causes, the fault
checks) and exits non-zero if a check fails.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import ROOT, children, chromium_pids, copy_data, start_gunicorn, stop  # noqa: E402

# A row that exists only in the soak's temporary copy of the data: a year the real data
# does not have, to show a new year is served without a restart. Never shipped.
NEW_YEAR_ROW = (
    "enterprises_above_scale,shenzhen,_T,2024,year,,1,exact,actual,yicai-2026-02,,soak-test fixture\n"
)
BROKEN_ROW = "enterprises_above_scale,shenzhen,_T,2024,year,,1,exact,guessed,yicai-2026-02,,\n"
# Locust reports a connection cut under catch_response as "status 0".
CONNECTION_ERRORS = (
    "status 0",
    "RemoteDisconnected",
    "ConnectionResetError",
    "ConnectionError",
    "BrokenPipe",
    "Connection aborted",
    "ConnectionRefused",
)


@dataclass
class Result:
    rows: list = field(default_factory=list)
    failures: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    events: list = field(default_factory=list)

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        self.checks.append((name, ok, detail))


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def csv_years(body: bytes) -> set[str]:
    rows = list(csv.reader(body.decode("utf-8-sig").splitlines()))
    return {r[4] for r in rows[1:] if len(r) > 4}


def faults(proc, url: str, data_dir: Path, duration: float, result: Result, start: float) -> None:
    def at(fraction: float) -> None:
        time.sleep(max(0.0, start + fraction * duration - time.monotonic()))

    def note(text: str) -> None:
        result.events.append((round(time.monotonic() - start, 1), text))

    # 1. a worker dies
    at(0.2)
    workers = children(proc.pid)
    victim = workers[0]
    os.kill(victim, signal.SIGKILL)
    note(f"kill -9 worker {victim}")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len([w for w in children(proc.pid) if w != victim]) < len(workers):
        time.sleep(0.2)
    replaced = len([w for w in children(proc.pid) if w != victim]) >= len(workers)
    result.check("killed worker replaced by the master", replaced, f"{len(children(proc.pid))} workers after")

    # 2. the export browsers die
    at(0.4)
    get(f"{url}/export/smart-poles.png?width=400&height=300&scale=1")  # make sure one is running
    browsers = chromium_pids(proc.pid)
    for pid in browsers:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    note(f"kill -9 export Chromium {browsers}")
    statuses = [get(f"{url}/export/smart-poles.png?width=400&height=300&scale=1")[0] for _ in range(3)]
    result.check(
        "exports recover after Chromium is killed",
        statuses == [200] * 3 and bool(browsers),
        f"statuses {statuses}, killed {len(browsers)}",
    )

    # 3. a broken data file
    at(0.55)
    path = data_dir / "observations.csv"
    good = path.read_text(encoding="utf-8")
    before = get_json(f"{url}/healthz")
    path.write_text(good + BROKEN_ROW, encoding="utf-8")
    note("observations.csv replaced by a broken file")
    time.sleep(3)
    health = [get_json(f"{url}/healthz") for _ in range(4)]  # both workers, most likely
    degraded = all(h["status"] == "degraded" and h["data_version"] == before["data_version"] for h in health)
    result.check(
        "broken file: last good data served, /healthz reports it",
        degraded,
        (health[0]["last_reload_error"] or {}).get("problems", ["-"])[0],
    )
    status, body = get(f"{url}/export/enterprises.csv?lang=en")
    result.check(
        "broken file: charts still answer with the good data", status == 200 and "2024" not in csv_years(body)
    )

    # 4. a valid file with a new year
    at(0.7)
    path.write_text(good + NEW_YEAR_ROW, encoding="utf-8")
    note("observations.csv replaced by a valid file with a new year")
    time.sleep(3)
    health = [get_json(f"{url}/healthz") for _ in range(4)]
    fresh = all(h["status"] == "ok" and h["data_version"] != before["data_version"] for h in health)
    status, body = get(f"{url}/export/enterprises.csv?lang=en")
    result.check(
        "new year served without a restart",
        fresh and status == 200 and "2024" in csv_years(body),
        f"version {health[0]['data_version']}",
    )


def run(users: int, duration: int, workers: int, result: Result) -> None:
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        tmp = Path(tmp)
        data_dir = copy_data(tmp / "data")
        proc, url = start_gunicorn(data_dir, workers=workers)
        try:
            for _ in range(workers * 2):  # warm each worker's export browser outside the measurement
                get(f"{url}/export/gross-output.png?width=400&height=300&scale=1")
            stats = tmp / "stats"
            start = time.monotonic()
            fault_thread = threading.Thread(
                target=faults, args=(proc, url, data_dir, duration, result, start)
            )
            fault_thread.start()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "locust",
                    "-f",
                    str(ROOT / "bench" / "locustfile.py"),
                    "--headless",
                    "-u",
                    str(users),
                    "-r",
                    str(max(1, users // 4)),
                    "-t",
                    f"{duration}s",
                    "--host",
                    url,
                    "--csv",
                    str(stats),
                    "--only-summary",
                    "--stop-timeout",
                    "10",
                    "--loglevel",
                    "WARNING",
                ],
                check=False,
                cwd=ROOT,
                timeout=duration + 120,
                stdout=subprocess.DEVNULL,
            )
            fault_thread.join(120)
            with open(f"{stats}_stats.csv", encoding="utf-8") as fh:
                result.rows = [r for r in csv.DictReader(fh)]
            with open(f"{stats}_failures.csv", encoding="utf-8") as fh:
                result.failures = [r for r in csv.DictReader(fh)]
        finally:
            stop(proc)


def report(result: Result, users: int, duration: int, workers: int) -> str:
    lines = [
        f"## Soak: {users} simulated officials for {duration} s, gunicorn {workers} workers × 4 threads",
        f"{date.today()}, loopback, 2 cores shared by load generator and server.",
        "",
        "| request kind | requests | failures | p50 (ms) | p99 (ms) | req/s |",
        "|---|---|---|---|---|---|",
    ]
    for r in result.rows:
        lines.append(
            f"| {r['Name']} | {r['Request Count']} | {r['Failure Count']} | {r['50%']} | {r['99%']} |"
            f" {float(r['Requests/s']):.1f} |"
        )
    lines += ["", "Failures:" if result.failures else "Failures: none."]
    for f in result.failures:
        lines.append(f"- {f['Occurrences']} × {f['Name']}: {f['Error'][:160]}")
    lines += ["", "Faults injected (seconds into the run):"]
    lines += [f"- {t} s: {e}" for t, e in result.events]
    lines += ["", "| check | result | detail |", "|---|---|---|"]
    lines += [f"| {n} | {'pass' if ok else 'FAIL'} | {d} |" for n, ok, d in result.checks]
    return "\n".join(lines) + "\n"


def failures_ok(result: Result, threads: int = 4) -> tuple[bool, int]:
    """Only requests in flight on the killed worker may fail: connection errors, at most its threads
    plus the keep-alive connections it held (one per simulated user at most, counted honestly)."""
    total = sum(int(f["Occurrences"]) for f in result.failures)
    other = [f for f in result.failures if not any(c in f["Error"] for c in CONNECTION_ERRORS)]
    return not other, total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--report", type=Path, default=None, help="also write the report to this file")
    args = parser.parse_args(argv)
    result = Result()
    run(args.users, args.duration, args.workers, result)
    only_connection, total = failures_ok(result)
    result.check(
        "failures are only connections cut by the killed worker", only_connection, f"{total} failed requests"
    )
    text = report(result, args.users, args.duration, args.workers)
    print(text)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    return 0 if all(ok for _, ok, _ in result.checks) else 1


if __name__ == "__main__":
    sys.exit(main())
