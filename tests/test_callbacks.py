"""Callbacks called directly, and through HTTP with tampered payloads (never a 500)."""

from __future__ import annotations

import pytest
from dash.exceptions import PreventUpdate

from bench.payloads import card_request

from .helpers import plain_array, text


@pytest.fixture(scope="module")
def app_module():
    import app

    return app


def test_update_card_follows_the_filter_state(app_module):
    from components.chart_card import update_card

    figure, config, subtitle, summary, table = update_card(
        {"lang": "en", "year": "2021"}, "gross-output", "table"
    )
    assert [plain_array(tr["x"]) for tr in figure["data"]] == [[2021]]
    assert config["toImageButtonOptions"]["filename"] == "gross-output_2021_en"
    assert "Years selected: 2021" in subtitle
    assert "about 4.1 trillion yuan (2021)" in summary
    assert "4.1 trillion yuan" in text(table)


def test_table_is_sent_only_when_shown(app_module):
    import dash

    from components.chart_card import update_card

    *_, table = update_card({"lang": "en", "year": "2021"}, "gross-output", "chart")
    assert table is dash.no_update


def test_update_card_in_chinese_uses_the_plotly_locale(app_module):
    from components.chart_card import update_card

    _, config, *_ = update_card({"lang": "zh"}, "5g-users")
    assert config["locale"] == "zh-CN"


@pytest.mark.parametrize("payload", [None, "garbage", 42, ["x"], {"year": {"$gt": 1}}, {"lang": "<b>"}])
def test_update_card_tolerates_any_payload(app_module, payload):
    from components.chart_card import update_card

    figure, *_ = update_card(payload, "gross-output")
    assert figure["data"]  # falls back to the default view


def test_unknown_chart_id_is_ignored(app_module):
    from components.chart_card import update_card

    with pytest.raises(PreventUpdate):
        update_card({}, "../../etc/passwd")


def test_overview_cards_follow_the_year_filter(app_module):
    from pages.overview import refresh_kpis

    cards = refresh_kpis({"lang": "en", "year": "2015..2021"})
    shown = text(cards)
    assert "4.1 trillion yuan" in shown  # latest gross output up to 2021
    assert "5.4 trillion" not in shown


def test_sources_csv_download_has_a_bom_and_localized_header(app_module):
    from pages.sources import download_csv

    result = download_csv(1, {"lang": "en", "year": "2020"})
    assert result["content"].startswith("\ufeff")
    header = result["content"][1:].splitlines()[0]
    assert header.startswith("Indicator code,Indicator,Place")
    assert result["filename"] == "shenzhen-industry-data_2020_en.csv"


@pytest.mark.parametrize(
    "state",
    [{"lang": "en", "year": "2021"}, "x" * 10000, {"year": ["2020"] * 500}, None, {"sector": "C39," * 300}],
)
def test_tampered_card_payloads_over_http_never_500(app_module, state):
    client = app_module.server.test_client()
    body = card_request("gross-output", state)
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.data[:300]
    # The callback ran: a figure came back, in the default view when the payload was junk.
    assert "chart-graph" in response.get_data(as_text=True)
    if isinstance(state, dict) and state.get("year") == "2021":
        assert "Years selected: 2021" in response.get_data(as_text=True)
