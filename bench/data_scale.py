"""The data layer at scale: synthetic observation tables of 10k, 100k and 1M rows.

    .venv/bin/python bench/data_scale.py [--sizes 10000 100000 1000000]

The rows are generated here, in a temporary folder, beside copies of the real dimension
tables (never shipped as data). Each size runs in a fresh process: load and validation time,
the process' peak RSS, and the p50 of a typical chart query (filter by indicator, places and a
year range, then keep the best figure per period). Targets at 1M rows (issue 6): query p50
≤ 50 ms, RSS ≤ 400 MB.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def generate(folder: Path, rows: int) -> None:
    from data import schema

    for name in ROOT.joinpath("data").glob("*.csv"):
        if name.name not in ("observations.csv", "alternatives.csv"):
            shutil.copy(name, folder / name.name)
    (folder / "alternatives.csv").write_text(
        (ROOT / "data" / "alternatives.csv").read_text().splitlines()[0] + "\n"
    )
    with open(ROOT / "data" / "indicators.csv", encoding="utf-8") as fh:
        indicators = [r["indicator_id"] for r in csv.DictReader(fh)]
    with open(ROOT / "data" / "geos.csv", encoding="utf-8") as fh:
        geos = [r["geo"] for r in csv.DictReader(fh)]
    with open(ROOT / "data" / "sectors.csv", encoding="utf-8") as fh:
        sectors = [r["code"] for r in csv.DictReader(fh)]
    rng = random.Random(7)
    with open(folder / "observations.csv", "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(schema.TABLES["observations"].column_names)
        for i in range(rows):
            # Distinct keys by construction: each row its own (indicator, geo, sector, year, day).
            day = i % 365
            rest = i // 365
            year = 2000 + rest % 26
            rest //= 26
            indicator, geo, sector = (
                indicators[rest % len(indicators)],
                geos[(rest // 59) % len(geos)],
                sectors[(rest // (59 * 19)) % len(sectors)],
            )
            date = time.strftime(
                "%Y-%m-%d", time.gmtime(time.mktime((year, 1, 1, 0, 0, 0, 0, 0, 0)) + day * 86400)
            )
            out.writerow(
                [
                    indicator,
                    geo,
                    sector,
                    year,
                    "year",
                    date,
                    round(rng.uniform(1, 1e5), 2),
                    "exact",
                    "actual",
                    "yicai-2026-02",
                    "",
                    "",
                ]
            )


def measure(folder: str) -> dict:
    import data

    start = time.perf_counter()
    ds = data.load(folder)
    load_s = time.perf_counter() - start
    indicators = ds.table("indicators")["indicator_id"].tolist()[:20]
    times = []
    for i, indicator in enumerate(indicators):
        t = time.perf_counter()
        frame = data.observations(
            ds, indicator, geos=["shenzhen", "beijing", "shanghai"], years=range(2010 + i % 5, 2021)
        )
        data.best_per_period(frame)
        times.append(time.perf_counter() - t)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "rows": ds.row_counts["observations"],
        "load_s": load_s,
        "query_p50_ms": statistics.median(times) * 1000,
        "rss_mb": rss_mb,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    results = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
            generate(Path(tmp), size)
            out = subprocess.run(
                [sys.executable, __file__, "--measure", tmp],
                capture_output=True,
                text=True,
                timeout=900,
                cwd=ROOT,
            )
            if out.returncode:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print("## Data layer at scale (synthetic observations, fresh process per size)\n")
    print("| rows | load + validate (s) | peak RSS (MB) | chart query p50 (ms) |")
    print("|---|---|---|---|")
    for r in results:
        print(f"| {r['rows']:,} | {r['load_s']:.1f} | {r['rss_mb']:.0f} | {r['query_p50_ms']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
