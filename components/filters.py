"""The year and sector filters shown on every page, and how they reach the URL.

The layout sets the controls from the URL. When an official changes one, a clientside
function (``assets/dashboard.js``) writes the canonical query into the address bar with
``history.pushState`` (no reload), updates every navigation link and the language switch
so they keep the filters, and puts the new state into the ``filter-state`` store, which
the chart cards listen to. Back and forward restore a view because Dash's location
component re-renders the page from the URL.
"""

from __future__ import annotations

from dash import ALL, ClientsideFunction, Input, Output, State, clientside_callback, dcc, html

import data

from . import ids
from .charts import State as ViewState
from .i18n import t
from .query import sector_choices


def _sector_options(ds: data.Dataset, lang: str) -> list[dict]:
    groups = {
        g: data.label(ds, "application_groups", g, lang) for g in ds.table("application_groups")["group"]
    }
    options = []
    for value in sector_choices(ds):
        if value in groups:
            options.append({"label": f"{t('application_prefix', lang)}{groups[value]}", "value": value})
        else:
            options.append({"label": f"{value} {data.label(ds, 'sectors', value, lang)}", "value": value})
    return options


def dropdown_labels(lang: str) -> dict:
    """Dash 4 Dropdown's built-in words, in the page's language."""
    keys = (
        "select_all",
        "deselect_all",
        "selected_count",
        "search",
        "clear_search",
        "clear_selection",
        "no_options_found",
    )
    return {k: t(f"dropdown_{k}", lang) for k in keys}


def _year_filter(control_id: str, label: str, options: list, value, lang: str):
    return html.Div(
        [
            html.Label(label, htmlFor=control_id),
            dcc.Dropdown(
                id=control_id,
                options=options,
                value=value,
                clearable=True,
                placeholder=t("filter_any_year", lang),
                labels=dropdown_labels(lang),
            ),
        ],
        className="filter filter-year",
    )


def filter_bar(ds: data.Dataset, state: ViewState, page_path: str, sector_applies: bool):
    lang = state.lang
    years = data.years_available(ds)
    year_options = [{"label": t("year_suffix", lang, year=y), "value": y} for y in years]
    start, end = state.years if state.years else (None, None)
    return html.Section(
        [
            _year_filter(ids.FILTER_YEAR_FROM, t("filter_year_from", lang), year_options, start, lang),
            _year_filter(ids.FILTER_YEAR_TO, t("filter_year_to", lang), year_options, end, lang),
            html.Div(
                [
                    html.Label(t("filter_sector", lang), htmlFor=ids.FILTER_SECTOR),
                    dcc.Dropdown(
                        id=ids.FILTER_SECTOR,
                        options=_sector_options(ds, lang),
                        value=list(state.sectors),
                        multi=True,
                        placeholder=t("sectors_all", lang),
                        labels=dropdown_labels(lang),
                    ),
                ],
                className="filter filter-sector",
            ),
            html.P(
                t("filter_sector_note", lang) if sector_applies else t("filter_sector_page_note", lang),
                className="filter-note",
            ),
            dcc.Store(id=ids.FILTER_STATE, data=state.query()),
            dcc.Store(id=ids.PAGE_INFO, data={"lang": lang, "path": page_path}),
        ],
        className="filter-bar",
        **{"aria-label": t("filters_label", lang)},
    )


clientside_callback(
    ClientsideFunction(namespace="szdash", function_name="syncFilters"),
    Output(ids.FILTER_STATE, "data"),
    Output({"type": ids.NAV_LINK, "path": ALL}, "href"),
    Output(ids.LANG_SWITCH, "href"),
    Output({"type": ids.EXPORT_LINK, "chart": ALL, "fmt": ALL}, "href"),
    Output({"type": ids.EXPORT_PAGE, "page": ALL}, "href"),
    Input(ids.FILTER_YEAR_FROM, "value"),
    Input(ids.FILTER_YEAR_TO, "value"),
    Input(ids.FILTER_SECTOR, "value"),
    State(ids.PAGE_INFO, "data"),
    State({"type": ids.EXPORT_LINK, "chart": ALL, "fmt": ALL}, "href"),
    State({"type": ids.EXPORT_PAGE, "page": ALL}, "href"),
)
