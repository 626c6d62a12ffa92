"""The chart card: title, subtitle (unit, period, filters), chart or table, summary.

One card per chart id. The page layout renders every card from the URL state directly
(no callback round trip on first load); when the filters change, one pattern-matching
callback re-renders each card on the page.
"""

from __future__ import annotations

import functools
import json

import dash
import pandas as pd
from dash import MATCH, ClientsideFunction, Input, Output, callback, clientside_callback, ctx, dcc, html
from dash import State as DashState
from dash.exceptions import PreventUpdate
from plotly.io.json import to_json_plotly

import data

from . import fmt, ids
from .charts import REGISTRY, ChartView, State, render
from .i18n import t
from .query import parse_query
from .shell import query_string


def _pid(kind: str, chart_id: str) -> dict:
    return {"type": kind, "chart": chart_id}


def export_filename(chart_id: str, state: State) -> str:
    """'5g-base-stations_2019-2023_zh': names the chart, the filters and the language."""
    parts = [chart_id]
    if state.years:
        a, b = state.years
        parts.append(str(a) if a == b else f"{a}-{b}")
    if state.sectors:
        parts.append("-".join(state.sectors)[:60])
    parts.append(state.lang)
    return "_".join(parts)


EXPORT_FORMATS = ("png", "svg", "csv")
# What a sandboxed portal frame must allow: scripts (Dash), same-origin (its requests and
# storage), downloads (PNG/CSV buttons; Chrome blocks them otherwise) and popups (source links).
EMBED_SANDBOX = "allow-scripts allow-same-origin allow-downloads allow-popups"


def export_href(chart_id: str, fmt: str, state: State) -> str:
    """The server-side export URL of a chart at the current filters (prefix included)."""
    return dash.get_relative_path(f"/export/{chart_id}.{fmt}") + query_string(state.query())


def export_links(chart_id: str, state: State, has_figure: bool):
    lang = state.lang
    links = [
        html.A(
            t(f"export_{fmt}", lang),
            href=export_href(chart_id, fmt, state),
            id={"type": ids.EXPORT_LINK, "chart": chart_id, "fmt": fmt},
            className="export-link",
            download=f"{export_filename(chart_id, state)}.{fmt}",
            **{"data-error": t("export_failed", lang), "data-busy": t("export_busy", lang)},
        )
        for fmt in EXPORT_FORMATS
        if has_figure or fmt == "csv"
    ]
    return html.Div(
        [
            html.Span(t("export_label", lang), className="export-label"),
            *links,
            html.Span(className="export-status", role="status", **{"aria-live": "polite"}),
        ],
        className="export-bar",
    )


def graph_config(chart_id: str, state: State) -> dict:
    config = {
        "displaylogo": False,
        "responsive": True,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": export_filename(chart_id, state)},
    }
    if state.lang == "zh":
        config["locale"] = "zh-CN"
    return config


def _rows_table(ds: data.Dataset, view: ChartView, lang: str):
    """The chart's observations as an accessible table, in the reader's units."""
    header = [
        t(k, lang)
        for k in (
            "col_indicator",
            "col_place",
            "col_sector",
            "col_when",
            "col_value",
            "col_status",
            "col_source",
        )
    ]
    body = []
    for _, row in view.rows.sort_values(["indicator", "geo", "year"]).iterrows():
        meta = data.indicator_meta(ds, row["indicator"], lang)
        if meta["kind"] in ("growth", "change"):
            value = fmt.signed_pct(row["value"], lang, row["qualifier"])
        else:
            value = fmt.value_text(row["value"], meta["unit"], meta["unit_label"], lang, row["qualifier"])
        when = row["as_of"].strftime("%Y-%m-%d") if pd.notna(row["as_of"]) else str(row["year"])
        if row["period"] != "year":
            when += f" {t('period_' + row['period'], lang)}"
        source = [
            html.A(
                f"{row['publisher']} ({row['source_date'] or 'n.d.'})",
                href=row["source_url"],
                target="_blank",
                rel="noopener noreferrer",
            )
        ]
        if row["tier"] == "C":
            source.append(html.Span(t("tier_c_short", lang), className="flag flag-tier-c"))
        body.append(
            html.Tr(
                [
                    html.Td(meta["name"]),
                    html.Td(data.label(ds, "geos", row["geo"], lang)),
                    html.Td(data.label(ds, "sectors", row["sector"], lang)),
                    html.Td(when),
                    html.Td(value, className="num"),
                    html.Td(t("status_word_" + row["status"], lang)),
                    html.Td(source),
                ]
            )
        )
    return header, body


def table_block(ds: data.Dataset, view: ChartView, lang: str):
    if view.table is not None:
        header = list(view.table.columns)
        body = [html.Tr([html.Td(str(v)) for v in rec]) for rec in view.table.itertuples(index=False)]
    else:
        header, body = _rows_table(ds, view, lang)
    if not body:
        return html.P(t("no_data", lang), className="table-empty")
    return html.Div(
        html.Table(
            [
                html.Caption([view.title, html.Br(), html.Small(view.subtitle)]),
                html.Thead(html.Tr([html.Th(h, scope="col") for h in header])),
                html.Tbody(body),
            ],
            className="data-table",
        ),
        className="table-wrap",
        tabIndex=0,
    )


def embed_snippet(chart_id: str, state: State, title: str, height: int):
    """A ready iframe snippet; the browser adds its own origin when the box is opened."""
    lang = state.lang
    path = dash.get_relative_path(f"/embed/{chart_id}")
    src = path + query_string(state.query())
    code = (
        f'<iframe src="{src}" title="{title}" width="100%" height="{height}" style="border:0" loading="lazy" '
        f'sandbox="{EMBED_SANDBOX}"></iframe>'
    )
    return html.Details(
        [
            html.Summary(t("embed", lang)),
            html.P(t("embed_help", lang), className="embed-help"),
            dcc.Textarea(value=code, readOnly=True, className="embed-code", rows=4),
        ],
        className="embed-box",
        **{"data-src": src},
    )


def chart_card(ds: data.Dataset, chart_id: str, state: State, embedded: bool = False):
    """The card for one chart at the given state (``embedded``: alone in a portal's frame)."""
    lang = state.lang
    view = render(ds, chart_id, state)
    has_figure = view.figure is not None
    toggle = dcc.RadioItems(
        id=_pid(ids.CHART_VIEW, chart_id),
        options=[
            {"label": t("view_chart", lang), "value": "chart"},
            {"label": t("view_table", lang), "value": "table"},
        ],
        value="chart" if has_figure else "table",
        inline=True,
        className="view-toggle",
        style=None if has_figure else {"display": "none"},
    )
    return html.Section(
        [
            html.Header(
                [
                    # The figure draws its own title and subtitle (so that an image carries them);
                    # these stay for screen readers and for the table view.
                    html.H3(
                        view.title,
                        id=f"title-{chart_id}",
                        className="card-title" + (" sr-only" if has_figure else ""),
                    ),
                    html.P(
                        view.subtitle,
                        id=_pid(ids.CHART_SUBTITLE, chart_id),
                        className="card-subtitle" + (" sr-only" if has_figure else ""),
                    ),
                    toggle,
                ],
                className="card-head",
            ),
            html.Figure(
                [
                    dcc.Graph(
                        id=_pid(ids.CHART_GRAPH, chart_id),
                        figure=view.figure if has_figure else {},
                        config=graph_config(chart_id, state),
                        className="card-graph",
                    ),
                    html.Figcaption(
                        view.summary, id=_pid(ids.CHART_SUMMARY, chart_id), className="card-summary"
                    ),
                ],
                id=_pid(ids.CHART_FIGURE, chart_id),
                hidden=not has_figure,
                className="card-figure",
            ),
            html.Div(
                table_block(ds, view, lang),
                id=_pid(ids.CHART_TABLE, chart_id),
                hidden=has_figure,
                className="card-table",
            ),
            export_links(chart_id, state, has_figure),
            None
            if embedded
            else embed_snippet(
                chart_id, state, view.title, int(view.figure.layout.height or 460) + 90 if has_figure else 520
            ),
        ],
        id=f"card-{chart_id}",
        className="chart-card",
        **{"aria-labelledby": f"title-{chart_id}", "data-chart": chart_id},
    )


def _state_of(filter_state) -> tuple[data.Dataset, State]:
    ds = data.current()
    state, _ = parse_query(filter_state if isinstance(filter_state, dict) else {}, ds)
    return ds, state


def update_card(filter_state, chart_id, view_mode="chart"):
    """The new parts of one card for a filter state (a payload from the browser).

    The table view is sent only when it is the one shown: a filter change in chart view
    carries the figure alone, and the table follows when the reader switches to it.
    """
    if chart_id not in REGISTRY:
        raise PreventUpdate
    ds, state = _state_of(filter_state)
    table = _card_table(ds, chart_id, state) if view_mode == "table" else dash.no_update
    return (*_card_parts(ds, chart_id, state), table)


def _plain(value):
    """Plain JSON-ready values (not figure or component objects): a cached answer then costs
    little more than sending it, and officials go back and forth between a few filter states."""
    return json.loads(to_json_plotly(value))


@functools.lru_cache(maxsize=256)
def _card_parts(ds: data.Dataset, chart_id: str, state: State) -> tuple:
    """Figure, its config, subtitle and summary, built once per dataset, chart and state."""
    view = render(ds, chart_id, state)
    figure = view.figure if view.figure is not None else {}
    return tuple(
        _plain(part) for part in (figure, graph_config(chart_id, state), view.subtitle, view.summary)
    )


@functools.lru_cache(maxsize=256)
def _card_table(ds: data.Dataset, chart_id: str, state: State):
    return _plain(table_block(ds, render(ds, chart_id, state), state.lang))


@callback(
    Output(_pid(ids.CHART_GRAPH, MATCH), "figure"),
    Output(_pid(ids.CHART_GRAPH, MATCH), "config"),
    Output(_pid(ids.CHART_SUBTITLE, MATCH), "children"),
    Output(_pid(ids.CHART_SUMMARY, MATCH), "children"),
    Output(_pid(ids.CHART_TABLE, MATCH), "children"),
    Input(ids.FILTER_STATE, "data"),
    DashState(_pid(ids.CHART_VIEW, MATCH), "value"),
    prevent_initial_call=True,
)
def refresh_card(filter_state, view_mode):
    chart_id = ctx.outputs_list[0]["id"].get("chart")
    return update_card(filter_state, chart_id, view_mode)


@callback(
    Output(_pid(ids.CHART_TABLE, MATCH), "children", allow_duplicate=True),
    Input(_pid(ids.CHART_VIEW, MATCH), "value"),
    DashState(ids.FILTER_STATE, "data"),
    prevent_initial_call=True,
)
def fill_table(view_mode, filter_state):
    """The table for the current filters, when the reader switches a card to its table view."""
    chart_id = ctx.outputs_list["id"].get("chart") if isinstance(ctx.outputs_list, dict) else None
    if view_mode != "table" or chart_id not in REGISTRY:
        raise PreventUpdate
    ds, state = _state_of(filter_state)
    return _card_table(ds, chart_id, state)


clientside_callback(
    ClientsideFunction(namespace="szdash", function_name="toggleView"),
    Output(_pid(ids.CHART_FIGURE, MATCH), "hidden"),
    Output(_pid(ids.CHART_TABLE, MATCH), "hidden"),
    Input(_pid(ids.CHART_VIEW, MATCH), "value"),
    prevent_initial_call=True,
)
