"""First visit to every page in headless Chromium, against a bare Dash page with one graph.

    .venv/bin/python bench/first_visit.py [--repeat 3]

For each page: bytes transferred (compressed bodies plus headers, empty cache) and the time
from navigation to the first drawn chart (for the overview, the first headline card). The
target (issue 6): at most 1.0 MB per first visit, first chart within 1.2× the bare page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.harness import copy_data, start_gunicorn, stop  # noqa: E402

PAGES = [
    ("/", "#kpi-grid .kpi-card"),
    ("/output", ".main-svg"),
    ("/infrastructure", ".main-svg"),
    ("/platforms", ".main-svg"),
    ("/benefits", ".main-svg"),
    ("/sources", "table"),
]


def visit(browser, url: str, selector: str) -> tuple[int, float]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda r: sizes.append(r.sizes()))
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(selector, timeout=60000)
    first = time.perf_counter() - start
    page.wait_for_load_state("networkidle")
    context.close()
    total = sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes)
    return total, first


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        dash_proc, dash_url = start_gunicorn(copy_data(Path(tmp) / "a" / "data"))
        ref_proc, ref_url = start_gunicorn(copy_data(Path(tmp) / "b" / "data"), app="bench.floor_app:server")
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path="/usr/bin/chromium",
                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                )
                cases = [("bare Dash page, one graph", ref_url + "/", ".main-svg")]
                cases += [(f"dashboard {path}", dash_url + path + "?lang=zh", sel) for path, sel in PAGES]
                for name, url, selector in cases:
                    visit(browser, url, selector)  # warm the server, not the browser (new context each time)
                    runs = [visit(browser, url, selector) for _ in range(args.repeat)]
                    rows.append(
                        (name, statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
                    )
                browser.close()
        finally:
            stop(dash_proc)
            stop(ref_proc)
    bare = rows[0][2]
    print("## First visit, headless Chromium, empty cache, loopback\n")
    print("| page | transferred (KB) | first chart (ms) | × bare page |")
    print("|---|---|---|---|")
    for name, size, first in rows:
        print(f"| {name} | {size / 1024:.0f} | {first * 1000:.0f} | {first / bare:.2f} |")
    worst_size = max(r[1] for r in rows[1:]) / 1024 / 1024
    worst_time = max(r[2] for r in rows[1:]) / bare
    print(
        f"\nLargest first visit {worst_size:.2f} MB (target ≤ 1.0 MB); slowest first chart {worst_time:.2f}× the bare page"
        " (target ≤ 1.2×)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
