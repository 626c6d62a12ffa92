"""Command line: ``python -m data validate [DIR]`` prints every problem; exit 1 if any."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .loader import validate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check every table of a data folder")
    check.add_argument("directory", nargs="?", default=str(Path(__file__).parent))
    args = parser.parse_args(argv)

    frames, problems = validate(args.directory)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {args.directory}", file=sys.stderr)
        return 1
    rows = sum(len(f) for f in frames.values())
    print(f"OK: {args.directory}: {len(frames)} tables, {rows} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
