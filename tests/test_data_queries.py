"""The query API pages use: filters, latest figures, metadata, availability, sources."""

from __future__ import annotations

import pandas as pd

import data


def test_observations_filters_combine(ds):
    frame = data.observations(
        ds, "iav_above_scale_growth", years=range(2017, 2020), geos="shenzhen", sectors="_T"
    )
    assert sorted(frame["year"]) == [2017, 2018, 2019]
    assert set(frame["indicator"]) == {"iav_above_scale_growth"}
    assert {"tier", "publisher", "source_url"} <= set(frame.columns)


def test_observations_without_filters_is_everything(ds):
    assert len(data.observations(ds)) == ds.row_counts["observations"]


def test_latest_prefers_the_newest_actual_figure(ds):
    fact = data.latest(ds, "gross_output_above_scale")
    assert (fact.year, fact.value, fact.status, fact.qualifier) == (2024, 54000.0, "actual", "over")
    assert fact.tier == "C"


def test_latest_for_a_year_and_with_a_date(ds):
    fact = data.latest(ds, "gross_output_above_scale", year=2020)
    assert fact.value == 37000 and fact.source_id == "szdaily-2021-01-21"
    stations = data.latest(ds, "5g_base_stations")
    assert stations.as_of == pd.Timestamp("2023-03-05")


def test_latest_never_returns_a_target(ds):
    fact = data.latest(ds, "smart_poles")
    assert fact.status == "actual" and fact.year == 2021
    assert data.latest(ds, "5g_user_share") is None  # only a target exists


def test_best_per_period_drops_superseded_preliminary(ds):
    frame = data.observations(ds, "gross_output_above_scale", geos="shenzhen", years=[2024])
    assert set(frame["status"]) == {"actual", "preliminary"}
    best = data.best_per_period(frame)
    assert best["status"].tolist() == ["actual"]


def test_indicator_meta_in_both_languages(ds):
    zh = data.indicator_meta(ds, "gross_output_above_scale", "zh")
    en = data.indicator_meta(ds, "gross_output_above_scale", "en")
    assert zh["name"] == "规模以上工业总产值" and zh["unit_label"] == "亿元"
    assert en["name"].startswith("Gross industrial output") and en["kind"] == "level"


def test_years_and_sectors_available(ds):
    years = data.years_available(ds, "5g_base_stations", geos="shenzhen")
    assert years == [2019, 2020, 2021, 2022, 2023]
    assert "C39" in data.sectors_available(ds, topic="output")
    assert data.sectors_available(ds, topic="infrastructure") == []


def test_sources_for_a_selection(ds):
    frame = data.observations(ds, "smart_poles", geos="shenzhen")
    sources = data.sources_for(ds, frame["source_id"])
    assert set(sources["source_id"]) == set(frame["source_id"])
    assert sources["source_id"].is_unique


def test_labels(ds):
    assert data.label(ds, "geos", "shenzhen", "zh") == "深圳"
    assert data.label(ds, "sectors", "C39", "en").startswith("Computers")
