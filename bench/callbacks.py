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


def simple_body(output_id, value, input_id="year"):
    return {
        "output": f"{output_id}.figure",
        "outputs": {"id": output_id, "property": "figure"},
        "inputs": [{"id": input_id, "property": "value", "value": value}],
        "changedPropIds": [f"{input_id}.value"],
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

            def floor_bodies(chart):
                return [json.dumps(simple_body("floor-graph", chart, "chart")).encode()]

            # (name, url, bodies, the name of the floor it is compared with)
            cases = [
                ("floor: gross-output figure, precomputed", ref_url, floor_bodies("gross-output"), None),
                (
                    "usual: gross-output with plotly.express",
                    ref_url,
                    [json.dumps(simple_body("px-graph", y)).encode() for y in (2020, 2021, 2022)],
                    "floor: gross-output figure, precomputed",
                ),
            ]
            for page, chart in PAGE_CALLBACKS.items():
                floor_name = f"floor: {chart} figure, precomputed"
                if chart != "gross-output":
                    cases.append((floor_name, ref_url, floor_bodies(chart), None))
                else:
                    floor_name = "floor: gross-output figure, precomputed"
                cases.append(
                    (
                        f"dashboard /{page} ({chart})",
                        dash_url,
                        [json.dumps(card_request(chart, s)).encode() for s in STATES],
                        floor_name,
                    )
                )
            cases.append(
                (
                    "dashboard / (overview cards)",
                    dash_url,
                    [json.dumps(kpi_body(s)).encode() for s in STATES],
                    "floor: gross-output figure, precomputed",
                )
            )
            measured = {}
            for name, url, bodies, floor_name in cases:
                first, p50, p99 = sequential(url, bodies, args.requests)
                rps = throughput(url, bodies, args.seconds)
                measured[name] = p50
                rows.append((name, first, p50, p99, rps, floor_name))
        finally:
            stop(dash_proc)
            stop(ref_proc)
    print("## Filter callbacks through gunicorn (2 workers × 4 threads), loopback\n")
    print(
        "The floor for each chart is a bare Dash callback returning that chart's own figure, precomputed.\n"
    )
    print("| callback | first call p50 (ms) | p50 (ms) | p99 (ms) | × its floor p50 | req/s, 8 clients |")
    print("|---|---|---|---|---|---|")
    ratios = []
    for name, first, p50, p99, rps, floor_name in rows:
        ratio = p50 / measured[floor_name] if floor_name else 1.0
        if name.startswith("dashboard"):
            ratios.append(ratio)
        print(
            f"| {name} | {first * 1000:.1f} | {p50 * 1000:.1f} | {p99 * 1000:.1f} | {ratio:.1f} | {rps:.0f} |"
        )
    print(f"\nWorst dashboard callback p50 is {max(ratios):.1f}× its floor (target ≤ 2×).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
