"""Filter-callback latency through gunicorn on loopback: the dashboard's main filter callback
of every page against the floor (a callback returning a precomputed figure) and the usual
plotly.express chart (bench/floor_app.py), side by side in one run.

    .venv/bin/python bench/callbacks.py [--requests 200] [--seconds 8]

Sequential round trips (one keep-alive client) give p50/p99; 8 concurrent clients for a few
seconds give throughput. States cycle through six filter states, so after the first round
the dashboard answers from its per-state cache, as it does for officials revisiting views;
the first round (cache misses) is reported separately.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import copy_data, start_gunicorn, stop  # noqa: E402
from bench.payloads import card_request  # noqa: E402

STATES = [
    {"lang": "zh"},
    {"lang": "en"},
    {"lang": "zh", "year": "2019..2023"},
    {"lang": "en", "year": "2020"},
    {"lang": "zh", "sector": "C39"},
    {"lang": "en", "year": "2018..2022", "sector": "machinery"},
]
PAGE_CALLBACKS = {  # page -> the chart whose card callback is its main one
    "output": "gross-output",
    "infrastructure": "5g-base-stations",
    "platforms": "cross-industry-list",
    "benefits": "reported-outcomes",
}


def simple_body(output_id, value):
    return {
        "output": f"{output_id}.figure",
        "outputs": {"id": output_id, "property": "figure"},
        "inputs": [{"id": "year", "property": "value", "value": value}],
        "changedPropIds": ["year.value"],
        "state": [],
    }


def kpi_body(state):
    return {
        "output": "kpi-grid.children",
        "outputs": {"id": "kpi-grid", "property": "children"},
        "inputs": [{"id": "filter-state", "property": "data", "value": state}],
        "changedPropIds": ["filter-state.data"],
        "state": [],
    }


def post(conn, body: bytes) -> float:
    start = time.perf_counter()
    conn.request("POST", "/_dash-update-component", body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    if response.status not in (200, 204):
        raise RuntimeError(f"status {response.status}: {payload[:200]!r} for {body[:120]!r}")
    return time.perf_counter() - start


def sequential(url, bodies, n):
    host = urlparse(url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    first = [post(conn, b) for b in bodies]  # first round: cache misses for the dashboard
    times = [post(conn, bodies[i % len(bodies)]) for i in range(n)]
    conn.close()
    times.sort()
    return statistics.median(first), statistics.median(times), times[int(0.99 * (len(times) - 1))]


def throughput(url, bodies, seconds, clients=8):
    host = urlparse(url)
    counts = [0] * clients
    stop_at = time.monotonic() + seconds

    def client(i):
        conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
        k = i
        while time.monotonic() < stop_at:
            post(conn, bodies[k % len(bodies)])
            counts[i] += 1
            k += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return sum(counts) / seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=8)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        dash_proc, dash_url = start_gunicorn(copy_data(Path(tmp) / "a" / "data"))
        ref_proc, ref_url = start_gunicorn(copy_data(Path(tmp) / "b" / "data"), app="bench.floor_app:server")
        try:
            cases = [
                (
                    "floor: precomputed figure",
                    ref_url,
                    [json.dumps(simple_body("floor-graph", y)).encode() for y in (2020, 2021, 2022)],
                ),
                (
                    "usual: plotly.express",
                    ref_url,
                    [json.dumps(simple_body("px-graph", y)).encode() for y in (2020, 2021, 2022)],
                ),
            ]
            for page, chart in PAGE_CALLBACKS.items():
                cases.append(
                    (
                        f"dashboard /{page} ({chart})",
                        dash_url,
                        [json.dumps(card_request(chart, s)).encode() for s in STATES],
                    )
                )
            cases.append(
                ("dashboard / (overview cards)", dash_url, [json.dumps(kpi_body(s)).encode() for s in STATES])
            )
            for name, url, bodies in cases:
                first, p50, p99 = sequential(url, bodies, args.requests)
                rps = throughput(url, bodies, args.seconds)
                rows.append((name, first, p50, p99, rps))
        finally:
            stop(dash_proc)
            stop(ref_proc)
    floor = rows[0][2]
    print("## Filter callbacks through gunicorn (2 workers × 4 threads), loopback\n")
    print("| callback | first call p50 (ms) | p50 (ms) | p99 (ms) | × floor p50 | req/s, 8 clients |")
    print("|---|---|---|---|---|---|")
    for name, first, p50, p99, rps in rows:
        print(
            f"| {name} | {first * 1000:.1f} | {p50 * 1000:.1f} | {p99 * 1000:.1f} | {p50 / floor:.1f} | {rps:.0f} |"
        )
    worst = max(r[2] for r in rows[2:]) / floor
    print(f"\nWorst dashboard callback p50 is {worst:.1f}× the floor (target ≤ 2×).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
