"""The overview's headline figures equal their source rows, in both languages."""

from __future__ import annotations

import csv

import pytest

from .conftest import DATA_DIR
from .helpers import by_id, hrefs, text


def source_url(source_id):
    with open(DATA_DIR / "sources.csv", encoding="utf-8") as fh:
        return next(r["url"] for r in csv.DictReader(fh) if r["source_id"] == source_id)


def obs_row(**match):
    with open(DATA_DIR / "observations.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if all(r[k] == v for k, v in match.items())]
    assert len(rows) == 1, (match, rows)
    return rows[0]


# card id, the source row (as written in observations.csv), the figure in zh and in en
CARDS = [
    (
        "kpi-gross-output-2020",
        dict(indicator="gross_output_above_scale", geo="shenzhen", year="2020"),
        "约3.7万亿元",
        "about 3.7 trillion yuan",
    ),
    (
        "kpi-gross-output-latest",
        dict(indicator="gross_output_above_scale", geo="shenzhen", year="2024", status="actual"),
        "超过5.4万亿元",
        "over 5.4 trillion yuan",
    ),
    (
        "kpi-iav-latest",
        dict(indicator="iav_above_scale", geo="shenzhen", sector="_T", year="2022"),
        "超过1万亿元",
        "over 1 trillion yuan",
    ),
    (
        "kpi-iav-growth",
        dict(indicator="iav_above_scale_growth", geo="shenzhen", sector="_T", year="2023", period="year"),
        "+6.2%",
        "+6.2%",
    ),
    (
        "kpi-5g",
        dict(indicator="5g_base_stations", geo="shenzhen", as_of="2023-03-05"),
        "约65,000个",
        "about 65,000 stations",
    ),
    ("kpi-poles", dict(indicator="smart_poles", geo="shenzhen", year="2021"), "15,000根", "15,000 poles"),
    (
        "kpi-platforms",
        dict(indicator="miit_cross_industry_shenzhen", geo="shenzhen", year="2020"),
        "3个",
        "3 platforms",
    ),
    (
        "kpi-funds",
        dict(indicator="special_funds_cumulative", geo="shenzhen", year="2020"),
        "4.55亿元",
        "455 million yuan",
    ),
]


@pytest.fixture(scope="module")
def overview():
    import app  # noqa: F401  (registers the pages)
    from pages import overview

    return overview


@pytest.mark.parametrize(("card_id", "match", "zh", "en"), CARDS, ids=[c[0] for c in CARDS])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_card_shows_the_source_row(overview, ds, card_id, match, zh, en, lang):
    row = obs_row(**match)
    card = by_id(overview.kpi_cards(ds, lang), card_id)
    shown = text(card)
    assert (zh if lang == "zh" else en) in shown
    assert source_url(row["source_id"]) in hrefs(card)
    when = row["as_of"] or row["year"]
    assert when in shown


def test_seed_figure_carries_the_wording_footnote(overview, ds):
    card = by_id(overview.kpi_cards(ds, "en"), "kpi-gross-output-2020")
    assert "it is gross output above designated size" in text(card)


def test_tier_c_sources_are_flagged(overview, ds):
    card = by_id(overview.kpi_cards(ds, "zh"), "kpi-gross-output-latest")
    assert "C级来源" in text(card)
    card = by_id(overview.kpi_cards(ds, "zh"), "kpi-poles")
    assert "C级来源" not in text(card)


def test_projects_and_share_come_with_their_cards(overview, ds):
    assert "1,030 projects" in text(by_id(overview.kpi_cards(ds, "en"), "kpi-funds"))
    assert "20% of the list" in text(by_id(overview.kpi_cards(ds, "en"), "kpi-platforms"))
