"""Reloading under a running server: new good data is taken in, bad data never is."""

from __future__ import annotations

import os

import data

from .conftest import append_row
from .test_data_validation import GOOD_OBS


def _touch_later(path):
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))


def test_valid_change_is_reloaded(data_dir):
    store = data.DataStore(data_dir, check_interval=0)
    before = store.get()
    append_row(data_dir / "observations.csv", GOOD_OBS)
    _touch_later(data_dir / "observations.csv")
    after = store.get()
    assert after.version != before.version
    assert after.row_counts["observations"] == before.row_counts["observations"] + 1
    assert store.status()["status"] == "ok"


def test_failing_reload_keeps_the_last_good_data(data_dir):
    store = data.DataStore(data_dir, check_interval=0)
    good = store.get()
    append_row(data_dir / "observations.csv", GOOD_OBS.replace(",actual,", ",guess,"))
    _touch_later(data_dir / "observations.csv")
    assert store.get() is good
    status = store.status()
    assert status["status"] == "degraded"
    assert status["data_version"] == good.version
    assert any("bad status" in p for p in status["last_reload_error"]["problems"])

    # Fixing the file clears the error and takes the new data in.
    text = (data_dir / "observations.csv").read_text(encoding="utf-8").replace(",guess,", ",actual,")
    (data_dir / "observations.csv").write_text(text, encoding="utf-8")
    _touch_later(data_dir / "observations.csv")
    assert store.get() is not good
    assert store.status()["last_reload_error"] is None


def test_unchanged_files_are_not_reloaded(data_dir):
    store = data.DataStore(data_dir, check_interval=0)
    assert store.refresh() is False
