"""Sources: every source with its tier and the charts that use it; all data, with a CSV download."""

from __future__ import annotations

import dash
from dash import Input, Output, State, callback, dcc, html

import data
from components import ids
from components.charts import SPECS, render, resolve_sectors
from components.charts import State as ViewState
from components.i18n import t
from components.query import parse_query
from components.shell import page_frame
from components.tables import readable, to_csv

PAGE_PATH = "/sources"
DOWNLOAD = "sources-download"
DOWNLOAD_BUTTON = "sources-download-button"
DATA_TABLE = "sources-data-table"

dash.register_page(__name__, path=PAGE_PATH, order=5, nav_key="page_sources", title="数据来源 | Sources")


def charts_using(ds: data.Dataset, lang: str) -> dict[str, list[str]]:
    """source id -> titles of the charts (all years, all sectors) that cite it."""

    def build():
        used: dict[str, list[str]] = {}
        for spec in SPECS:
            view = render(ds, spec.chart_id, ViewState(lang=lang))
            for source_id in view.source_ids:
                used.setdefault(source_id, []).append(view.title)
        return used

    return ds.memo(("charts_using", lang), build)


def filtered_observations(ds: data.Dataset, state: ViewState):
    frame = data.observations(ds)
    if state.years:
        frame = frame[frame["year"].between(*state.years)]
    if state.sectors:
        frame = frame[frame["sector"].isin(resolve_sectors(ds, state.sectors))]
    return frame.sort_values(["indicator", "geo", "sector", "year"]).reset_index(drop=True)


def _table(frame, caption, link_column=None):
    header = html.Thead(html.Tr([html.Th(c, scope="col") for c in frame.columns]))
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record, strict=True):
            if column == link_column and value:
                cells.append(
                    html.Td(html.A(str(value), href=str(value), target="_blank", rel="noopener noreferrer"))
                )
            else:
                cells.append(html.Td("" if value is None else str(value)))
        rows.append(html.Tr(cells))
    return html.Div(
        html.Table([html.Caption(caption), header, html.Tbody(rows)], className="data-table"),
        className="table-wrap tall",
        tabIndex=0,
    )


def sources_table(ds: data.Dataset, lang: str):
    used = charts_using(ds, lang)
    sources = ds.table("sources")
    frame = sources.assign(
        used=[", ".join(used.get(s, [])) or "—" for s in sources["source_id"]],
        date=[f"{d} ({n})" if n else d for d, n in zip(sources["date"], sources["date_note"], strict=True)],
    )[["source_id", "publisher", "title", "date", "tier", "used", "url"]]
    frame.columns = [
        "id",
        t("col_publisher", lang),
        t("col_title", lang),
        t("col_date", lang),
        t("col_tier", lang),
        t("col_used_by", lang),
        "URL",
    ]
    return _table(frame, t("sources_heading", lang), link_column="URL")


def data_table(ds: data.Dataset, state: ViewState):
    frame = readable(ds, filtered_observations(ds, state), state.lang)
    return [html.P(t("rows_count", state.lang, n=len(frame))), _table(frame, t("data_heading", state.lang))]


def alternatives_table(ds: data.Dataset, lang: str):
    alts = ds.table("alternatives")
    frame = alts.assign(
        indicator=[data.indicator_meta(ds, i, lang)["name"] for i in alts["indicator"]],
        geo=[data.label(ds, "geos", g, lang) for g in alts["geo"]],
    )[["indicator", "geo", "year", "value", "qualifier", "status", "source_id", "reason"]]
    frame.columns = [
        t(k, lang)
        for k in (
            "csv_indicator_name",
            "csv_geo",
            "csv_year",
            "csv_value",
            "csv_qualifier",
            "csv_status",
            "csv_source_id",
        )
    ] + [t("col_reason", lang)]
    return _table(frame, t("alternatives_heading", lang))


def layout(**query):
    ds = data.current()
    state, notices = parse_query(query, ds)
    lang = state.lang
    content = [
        html.H2(t("page_sources", lang), className="page-title"),
        html.P(t("sources_intro", lang), className="page-intro"),
        html.Section([html.H3(t("sources_heading", lang)), sources_table(ds, lang)], className="panel"),
        html.Section(
            [
                html.H3(t("data_heading", lang)),
                html.P(t("data_intro", lang)),
                html.Button(t("download_csv", lang), id=DOWNLOAD_BUTTON, className="button", n_clicks=0),
                dcc.Download(id=DOWNLOAD),
                html.Div(data_table(ds, state), id=DATA_TABLE),
            ],
            className="panel",
        ),
        html.Section(
            [
                html.H3(t("alternatives_heading", lang)),
                html.P(t("alternatives_intro", lang)),
                alternatives_table(ds, lang),
            ],
            className="panel",
        ),
    ]
    return page_frame("sources", PAGE_PATH, state, content, notices, sector_applies=True)


@callback(Output(DATA_TABLE, "children"), Input(ids.FILTER_STATE, "data"), prevent_initial_call=True)
def refresh_data_table(filter_state):
    ds = data.current()
    state, _ = parse_query(filter_state if isinstance(filter_state, dict) else {}, ds)
    return data_table(ds, state)


@callback(
    Output(DOWNLOAD, "data"),
    Input(DOWNLOAD_BUTTON, "n_clicks"),
    State(ids.FILTER_STATE, "data"),
    prevent_initial_call=True,
)
def download_csv(_clicks, filter_state):
    ds = data.current()
    state, _ = parse_query(filter_state if isinstance(filter_state, dict) else {}, ds)
    text = to_csv(readable(ds, filtered_observations(ds, state), state.lang))
    name = "_".join(
        ["shenzhen-industry-data", *(state.query().get(k, "") for k in ("year",)), state.lang]
    ).replace("..", "-")
    return {"content": "\ufeff" + text, "filename": name.replace("__", "_") + ".csv", "type": "text/csv"}
