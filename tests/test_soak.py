"""The short form of `make soak`, in CI: load with faults injected, and the checks it makes."""

from __future__ import annotations

import pytest

from bench import soak

pytestmark = pytest.mark.soak


def test_short_soak_with_faults():
    result = soak.Result()
    soak.run(users=12, duration=24, workers=2, result=result)
    only_connection, total = soak.failures_ok(result)
    report = soak.report(result, 12, 24, 2)
    assert only_connection, report
    assert total <= 12, report  # at most the killed worker's threads plus its kept-alive connections
    failed = [name for name, ok, _ in result.checks if not ok]
    assert failed == [], report
    kinds = {row["Name"] for row in result.rows}
    assert {"page (index)", "filter (chart callback)", "export csv"} <= kinds, report
