"""Export latency: a cold one-shot export (a new Chromium per image, what plotly does by
default) against the warm per-process renderer the dashboard uses, for every chart.

    .venv/bin/python bench/export_latency.py [--repeat 7] [--cold 2]

Prints a Markdown table (p50 and max per chart, seconds) and the overall warm p50. The
target in issue 4/6: warm PNG export at or under 0.4 s p50 at the default report size.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
import warnings
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import plotly.io as pio  # noqa: E402

import data  # noqa: E402
from components import figures  # noqa: E402
from components.charts import SPECS, State, render  # noqa: E402
from export.renderer import Renderer  # noqa: E402
from export.service import DEFAULTS  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7, help="warm exports per chart")
    parser.add_argument("--cold", type=int, default=2, help="cold exports per chart (each starts a browser)")
    parser.add_argument("--charts", type=int, default=0, help="only the first N charts (0: all)")
    args = parser.parse_args()
    ds = data.current()
    width, height, scale = DEFAULTS["width"], DEFAULTS["height"], DEFAULTS["scale"]
    specs = [s for s in SPECS if s.build.__name__ != "application_groups"]
    if args.charts:
        specs = specs[: args.charts]
    renderer = Renderer()
    t0 = time.perf_counter()
    renderer.render({"data": [], "layout": {}}, "png", 400, 300, 1)
    start_s = time.perf_counter() - t0
    rows, warm_all, cold_all = [], [], []
    for spec in specs:
        figure = figures.fit_height(
            render(ds, spec.chart_id, State(lang="zh")).figure, height
        ).to_plotly_json()
        warm = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            renderer.render(figure, "png", width, height, scale)
            warm.append(time.perf_counter() - t)
        cold = []
        for _ in range(args.cold):
            t = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pio.to_image(figure, format="png", width=width, height=height, scale=scale)
            cold.append(time.perf_counter() - t)
        warm_all += warm
        cold_all += cold
        rows.append(
            (
                spec.chart_id,
                statistics.median(cold) if cold else float("nan"),
                statistics.median(warm),
                max(warm),
            )
        )
    renderer.close()
    print(
        f"Export latency, {date.today()}, {platform.node()} ({platform.machine()}, Python {platform.python_version()}),"
        f" PNG {width}x{height} at scale {scale}; warm browser start {start_s:.2f} s\n"
    )
    print("| chart | cold one-shot p50 (s) | warm p50 (s) | warm max (s) |")
    print("|---|---|---|---|")
    for chart_id, cold, warm, worst in rows:
        print(f"| {chart_id} | {cold:.2f} | {warm:.3f} | {worst:.3f} |")
    print(
        f"| **all charts** | **{statistics.median(cold_all):.2f}** | **{statistics.median(warm_all):.3f}** |"
        f" **{max(warm_all):.3f}** |"
    )
    target = 0.4
    ok = statistics.median(warm_all) <= target
    print(
        f"\nWarm p50 {statistics.median(warm_all):.3f} s: {'meets' if ok else 'misses'} the {target} s target;"
        f" cold/warm ratio {statistics.median(cold_all) / statistics.median(warm_all):.1f}x."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
