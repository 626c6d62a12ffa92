"""Loading the real data folder: every table, typed, immutable, every row sourced."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

import data
from data import schema

from .conftest import DATA_DIR


def test_real_data_validates_with_no_problem():
    frames, problems = data.validate(DATA_DIR)
    assert problems == []
    assert set(frames) == set(schema.LOAD_ORDER)


def test_every_row_of_every_csv_is_loaded(ds):
    for name in schema.LOAD_ORDER:
        with open(DATA_DIR / f"{name}.csv", encoding="utf-8") as fh:
            assert ds.row_counts[name] == sum(1 for _ in csv.DictReader(fh)), name


def test_frames_are_typed(ds):
    obs = ds.table("observations")
    # Labels are categories of text (memory at scale); free text is pandas 3's str dtype.
    assert isinstance(obs["indicator"].dtype, pd.CategoricalDtype)
    assert pd.api.types.is_string_dtype(obs["indicator"].cat.categories)
    assert pd.api.types.is_string_dtype(obs["note"])
    assert obs["year"].dtype == "int64"
    assert obs["value"].dtype == "float64"
    assert pd.api.types.is_datetime64_any_dtype(obs["as_of"])


def test_callers_cannot_change_the_shared_frames(ds):
    before = ds.table("observations")["value"].sum()
    mine = ds.table("observations")
    mine["value"] = 0.0
    first = mine.loc[0, "indicator"]
    mine.loc[0, "indicator"] = "smart_poles"
    mine["extra"] = 1
    again = ds.table("observations")
    assert again["value"].sum() == before
    assert "extra" not in again.columns
    assert again.loc[0, "indicator"] == first != "smart_poles"


def test_every_observation_names_an_existing_source(ds):
    obs, sources = ds.table("observations"), ds.table("sources")
    assert obs["source_id"].isin(sources["source_id"]).all()
    assert (obs["source_id"] != "").all()


def test_version_is_a_content_hash(data_dir):
    first = data.load(data_dir).version
    assert data.load(data_dir).version == first
    path = data_dir / "sources.csv"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert data.load(data_dir).version != first


def test_seed_figure_is_gross_output_not_value_added(ds):
    """The article's '3.7 trillion of industrial added value' is gross output (notes §3)."""
    obs = ds.table("observations")
    seed = obs[(obs["source_id"] == "szdaily-2021-01-21") & (obs["value"] == 37000)]
    assert seed["indicator"].tolist() == ["gross_output_above_scale"]
    assert not ((obs["indicator"] == "iav_above_scale") & (obs["value"] >= 30000)).any()


@pytest.mark.parametrize("status", ["target"])
def test_targets_are_only_marked_as_targets(ds, status):
    obs = ds.table("observations")
    poles = obs[(obs["indicator"] == "smart_poles") & (obs["year"] == 2025)]
    assert poles["status"].tolist() == [status]
