"""Overview: the headline figures, each with its period and source."""

from __future__ import annotations

import functools
import json

import dash
from dash import Input, Output, callback, html
from plotly.io.json import to_json_plotly

import data
from components import fmt, ids
from components.i18n import t
from components.kpi import kpi_card
from components.query import parse_query
from components.shell import page_frame

dash.register_page(__name__, path="/", order=0, nav_key="page_overview", title="深圳工业 | Shenzhen industry")

PAGE_PATH = "/"


def _value(ds, fact, lang):
    meta = data.indicator_meta(ds, fact.indicator, lang)
    return fmt.value_text(fact.value, meta["unit"], meta["unit_label"], lang, fact.qualifier)


def kpi_cards(ds: data.Dataset, lang: str, until: int | None = None) -> list:
    """The overview's cards, in reading order; ``until`` caps the year (the year filter)."""
    cards = []
    latest = functools.partial(data.latest, ds, until=until)

    def card(card_id, title_key, fact, **kw):
        value = kw.pop("value", None) or (_value(ds, fact, lang) if fact else None)
        cards.append(kpi_card(card_id, t(title_key, lang), fact, lang, value=value, **kw))

    gross_2020 = data.latest(ds, "gross_output_above_scale", year=2020)
    note = (
        t("seed_wording_note", lang) if gross_2020 and gross_2020.source_id == "szdaily-2021-01-21" else None
    )
    card("kpi-gross-output-2020", "kpi_gross_output_2020", gross_2020, note=note)
    card("kpi-gross-output-latest", "kpi_gross_output_latest", latest("gross_output_above_scale"))
    card("kpi-iav-latest", "kpi_iav_latest", latest("iav_above_scale"))
    growth = latest("iav_above_scale_growth")
    card(
        "kpi-iav-growth",
        "kpi_iav_growth_latest",
        growth,
        value=fmt.signed_pct(growth.value, lang, growth.qualifier) if growth else None,
    )
    card("kpi-5g", "kpi_5g", latest("5g_base_stations"))
    card("kpi-poles", "kpi_poles", latest("smart_poles"))

    platforms = latest("miit_cross_industry_shenzhen")
    extra = None
    if platforms:
        share = latest("miit_cross_industry_shenzhen_share", year=platforms.year)
        if share:
            extra = t(
                "kpi_share_of_list",
                lang,
                share=fmt.value_text(share.value, "pct", "%", lang, share.qualifier),
            )
    card("kpi-platforms", "kpi_platforms", platforms, extra=extra)

    funds = latest("special_funds_cumulative")
    projects = latest("special_fund_projects_cumulative")
    extra = None
    if projects:
        meta = data.indicator_meta(ds, projects.indicator, lang)
        number = fmt.value_text(projects.value, meta["unit"], meta["unit_label"], lang, projects.qualifier)
        extra = t("kpi_projects", lang, n=number)
    card("kpi-funds", "kpi_funds", funds, extra=extra)
    return cards


def layout(**query):
    ds = data.current()
    state, notices = parse_query(query, ds)
    lang = state.lang
    until = state.years[1] if state.years else None
    intro = t("overview_intro", lang)
    if until:
        intro += " " + t("overview_until", lang, year=until)
    content = [
        html.H2(t("page_overview", lang), className="page-title"),
        html.P(intro, className="page-intro"),
        html.Div(kpi_cards(ds, lang, until), id="kpi-grid", className="kpi-grid"),
    ]
    return page_frame("overview", PAGE_PATH, state, content, notices)


@callback(Output("kpi-grid", "children"), Input(ids.FILTER_STATE, "data"), prevent_initial_call=True)
def refresh_kpis(filter_state):
    ds = data.current()
    state, _ = parse_query(filter_state if isinstance(filter_state, dict) else {}, ds)
    return _cards_json(ds, state.lang, state.years[1] if state.years else None)


@functools.lru_cache(maxsize=128)
def _cards_json(ds: data.Dataset, lang: str, until: int | None):
    """The cards as plain JSON-ready values, built once per dataset, language and end year."""
    return json.loads(to_json_plotly(kpi_cards(ds, lang, until)))
