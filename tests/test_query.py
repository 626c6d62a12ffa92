"""URL query parsing: good values kept, anything else replaced by defaults with a notice."""

from __future__ import annotations

import pytest

from components.query import parse_query


@pytest.mark.parametrize(
    ("query", "years", "sectors", "lang"),
    [
        ({}, None, (), "zh"),
        ({"lang": "en", "year": "2020"}, (2020, 2020), (), "en"),
        ({"year": "2018..2022", "sector": "C39,C27"}, (2018, 2022), ("C39", "C27"), "zh"),
        ({"sector": "electronics,C39,electronics"}, None, ("electronics", "C39"), "zh"),
        ({"lang": ["zh", "en"]}, None, (), "en"),  # a repeated key: the last one wins
    ],
)
def test_good_queries(ds, query, years, sectors, lang):
    state, notices = parse_query(query, ds)
    assert (state.years, state.sectors, state.lang) == (years, sectors, lang)
    assert notices == []


@pytest.mark.parametrize(
    ("query", "bad"),
    [
        ({"year": "abc"}, "year"),
        ({"year": "1800..9999"}, "year"),
        ({"year": "2024..2019"}, "year"),
        ({"year": "2020.5"}, "year"),
        ({"year": "2020" * 200}, "year"),
        ({"sector": "<script>alert(1)</script>"}, "sector"),
        ({"sector": "C39,C99"}, "sector"),
        ({"lang": "fr"}, "lang"),
        ({"lang": {"$ne": 1}}, "lang"),
        ({"year": ["2020", {"x": 1}]}, "year"),
    ],
)
def test_bad_values_fall_back_with_a_notice(ds, query, bad):
    state, notices = parse_query(query, ds)
    assert len(notices) == 1 and f"“{bad}”" in notices[0] or f"'{bad}'" in notices[0]
    if bad == "year":
        assert state.years is None
    if bad == "sector":
        assert "<script>" not in "".join(state.sectors)


def test_unknown_sector_is_dropped_but_known_ones_kept(ds):
    state, notices = parse_query({"sector": "C39,C99"}, ds)
    assert state.sectors == ("C39",) and notices


def test_not_a_dict_gives_the_default_state(ds):
    state, notices = parse_query(["not", "a", "dict"], ds)
    assert state.years is None and notices == []


def test_state_round_trips_through_its_query(ds):
    state, _ = parse_query({"lang": "en", "year": "2019..2021", "sector": "machinery,C39"}, ds)
    again, notices = parse_query(state.query(), ds)
    assert again == state and notices == []
