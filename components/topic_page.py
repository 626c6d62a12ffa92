"""The layout shared by the topic pages: a title, an introduction and the page's chart cards."""

from __future__ import annotations

import dash
from dash import html

import data

from . import ids
from .chart_card import chart_card
from .charts import charts_of
from .i18n import t
from .query import parse_query
from .shell import page_frame, query_string


def topic_layout(page_id: str, page_path: str, query: dict):
    ds = data.current()
    state, notices = parse_query(query, ds)
    specs = charts_of(page_id)
    content = [
        html.Div(
            [
                html.H2(t(f"page_{page_id}", state.lang), className="page-title"),
                html.A(
                    t("export_all", state.lang),
                    id={"type": ids.EXPORT_PAGE, "page": page_id},
                    href=dash.get_relative_path(f"/export/page/{page_id}.zip") + query_string(state.query()),
                    className="button export-link export-all",
                    download=f"{page_id}.zip",
                    **{
                        "data-error": t("export_failed", state.lang),
                        "data-busy": t("export_busy", state.lang),
                    },
                ),
                html.Span(className="export-status", role="status", **{"aria-live": "polite"}),
            ],
            className="page-head",
        ),
        html.P(t(f"intro_{page_id}", state.lang), className="page-intro"),
        html.Div([chart_card(ds, spec.chart_id, state) for spec in specs], className="card-grid"),
    ]
    sector_applies = any(spec.sector_dimension for spec in specs)
    return page_frame(page_id, page_path, state, content, notices, sector_applies)
