"""`make bench`: every benchmark in one run, written to bench/RESULTS.md with the date,
machine and versions. The machines are shared and noisy: read the ratios, not the absolutes."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEPS = [
    ["bench/callbacks.py"],
    ["bench/first_visit.py"],
    ["bench/export_latency.py"],
    ["bench/data_scale.py"],
]


def main() -> int:
    chromium = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip()
    versions = ", ".join(f"{p} {version(p)}" for p in ("dash", "plotly", "pandas", "gunicorn", "kaleido"))
    parts = [
        "# Benchmark results\n",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {platform.node()} · {platform.machine()} · "
        f"{os.cpu_count()} cores · Python {platform.python_version()} · {versions} · {chromium}\n",
    ]
    for step in STEPS:
        out = subprocess.run([sys.executable, *step], capture_output=True, text=True, cwd=ROOT, timeout=1800)
        parts.append(
            out.stdout if out.returncode == 0 else f"{step[0]} failed:\n```\n{out.stderr[-2000:]}\n```\n"
        )
    soak = ROOT / "bench" / "SOAK.md"
    if soak.exists():
        parts.append(soak.read_text(encoding="utf-8"))
    text = "\n".join(parts)
    (ROOT / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
