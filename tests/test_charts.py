"""Every chart, both languages: values equal the data layer's, sources in the figure, filters honoured."""

from __future__ import annotations

import pytest

import data
from components import charts
from components.charts import SPECS, State, render

IDS = [s.chart_id for s in SPECS]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", IDS)
def test_every_chart_renders_with_its_sources_in_the_figure(ds, chart_id, lang):
    view = render(ds, chart_id, State(lang=lang))
    assert view.title and view.summary
    if view.figure is not None:
        figure_text = str(view.figure.layout.title.text) + " ".join(
            a.text for a in view.figure.layout.annotations
        )
        assert view.title in figure_text
        publishers = data.sources_for(ds, view.source_ids)["publisher"]
        assert any(p[:20] in figure_text for p in publishers), chart_id
        assert ds.version in figure_text


def test_chart_titles_follow_the_language(ds):
    zh = render(ds, "gross-output", State(lang="zh"))
    en = render(ds, "gross-output", State(lang="en"))
    assert zh.figure.layout.title.text == "<b>规模以上工业总产值</b>"
    assert en.figure.layout.title.text == "<b>Gross industrial output above designated size</b>"
    assert "单位: 万亿元" in zh.subtitle and "Unit: trillion yuan" in en.subtitle


def test_gross_output_bars_equal_the_data_layer(ds):
    view = render(ds, "gross-output", State(lang="zh"))
    rows = data.best_per_period(data.observations(ds, "gross_output_above_scale", geos="shenzhen"))
    expected = dict(zip(rows["year"], rows["value"] / 10000, strict=True))  # 亿元 -> 万亿元
    drawn = {}
    for trace in view.figure.data:
        drawn.update(dict(zip(trace.x, trace.y, strict=True)))
    assert drawn == pytest.approx(expected)
    assert 2024 in drawn and drawn[2024] == pytest.approx(5.4)  # the actual, not the superseded preliminary


def test_targets_are_drawn_as_targets(ds):
    view = render(ds, "smart-poles", State(lang="en"))
    targets = [tr for tr in view.figure.data if "(target)" in (tr.name or "")]
    assert len(targets) == 1 and targets[0].marker.symbol == "circle-open"
    assert list(targets[0].y) == [45000]
    outcomes = [tr for tr in view.figure.data if tr.name == "Shenzhen"]
    assert 45000 not in list(outcomes[0].y)


def test_year_filter_limits_the_rows(ds):
    view = render(ds, "5g-base-stations", State(lang="en", years=(2020, 2021)))
    assert set(view.rows["year"]) == {2020, 2021}
    assert "Years selected: 2020–2021" in view.subtitle


def test_sector_filter_applies_to_sector_charts_only(ds):
    state = State(lang="en", sectors=("biopharma",))
    growth = render(ds, "sector-growth", state)
    assert set(growth.rows["sector"]) == {"C27"}
    gross = render(ds, "gross-output", state)
    assert len(gross.rows) == len(render(ds, "gross-output", State(lang="en")).rows)
    assert "the sector filter does not apply" in gross.subtitle


def test_empty_selection_says_no_data(ds):
    view = render(ds, "value-added-growth", State(lang="zh", years=(2015, 2015)))
    assert view.rows.empty
    assert any("暂无数据" in a.text for a in view.figure.layout.annotations)
    assert "暂无数据" in view.summary


def test_application_groups_resolve_to_divisions(ds):
    assert charts.resolve_sectors(ds, ("machinery",)) == ["C33", "C34", "C35", "C36", "C38"]
    assert charts.resolve_sectors(ds, ("electronics",)) == ["C39", "EI"]


def test_tier_c_sources_are_flagged_in_the_footer(ds):
    view = render(ds, "gross-output", State(lang="en"))
    footer = " ".join(a.text for a in view.figure.layout.annotations)
    assert "tier C" in footer


def test_every_observation_row_is_used_by_some_chart_or_listed(ds):
    """Nothing is loaded but never shown: each indicator appears in a chart or on the overview."""
    drawn = set()
    for spec in SPECS:
        view = render(ds, spec.chart_id, State(lang="en"))
        drawn |= set(view.rows["indicator"]) if not view.rows.empty else set()
    overview = {
        "miit_cross_industry_shenzhen_share",
        "special_fund_projects_cumulative",
        "automation_benefit_multiple",
        "rank_gross_output_above_scale",
    }
    all_indicators = set(ds.table("observations")["indicator"])
    # Shown only in the data table of the sources page, with their caveats:
    table_only = all_indicators - drawn - overview
    assert table_only <= {
        "gross_output_above_scale_growth",
        "gross_output_all_industry",
        "gross_output_scope_unstated",
        "iav_all_industry_growth",
        "industry_share_basis_unstated",
        "subsector_output_share_gdp",
        "new_enterprises_above_scale",
        "5g_base_stations_new",
        "5g_per_km2",
        "5g_user_share",
        "5g_a_upgrades",
        "5g_key_venue_coverage",
        "5g_application_demo_projects",
        "fixed_broadband_penetration",
        "gigabit_users",
        "gigabit_household_share",
        "iot_terminals",
        "digital_economy_core_share_gdp",
        "miit_comprehensive_shenzhen",
        "industrial_equipment_connected",
        "enterprises_served_by_platforms",
        "5g_ii_projects",
        "5g_full_connection_factories",
        "national_demo_bases",
        "5g_benchmark_projects",
        "enterprises_on_cloud",
        "digital_transformation_share",
    }, table_only
