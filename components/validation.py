"""A small stand-in for every page, for Dash's callback validation.

Dash pages validates callbacks against the layouts of all pages, which it builds by calling
every page layout and then ships inside the index HTML: here that was 1.1 MB (every figure of
every page) on every first visit. This skeleton holds one component of each id and pattern
the callbacks use, and nothing else.
"""

from __future__ import annotations

from dash import dcc, html

from . import ids


def skeleton(app_layout, extra_ids: tuple[str, ...] = ()):
    chart = "validation"
    return html.Div(
        [
            app_layout,
            dcc.Dropdown(id=ids.FILTER_YEAR_FROM),
            dcc.Dropdown(id=ids.FILTER_YEAR_TO),
            dcc.Dropdown(id=ids.FILTER_SECTOR, multi=True),
            dcc.Store(id=ids.FILTER_STATE),
            dcc.Store(id=ids.PAGE_INFO),
            dcc.Link(id=ids.LANG_SWITCH, href="/"),
            dcc.Link(id={"type": ids.NAV_LINK, "path": "/"}, href="/"),
            html.A(id={"type": ids.EXPORT_LINK, "chart": chart, "fmt": "png"}),
            html.A(id={"type": ids.EXPORT_PAGE, "page": chart}),
            dcc.Graph(id={"type": ids.CHART_GRAPH, "chart": chart}),
            html.P(id={"type": ids.CHART_SUBTITLE, "chart": chart}),
            html.Figcaption(id={"type": ids.CHART_SUMMARY, "chart": chart}),
            html.Div(id={"type": ids.CHART_TABLE, "chart": chart}),
            html.Figure(id={"type": ids.CHART_FIGURE, "chart": chart}),
            dcc.RadioItems(id={"type": ids.CHART_VIEW, "chart": chart}),
            *[html.Div(id=i) for i in extra_ids],
        ]
    )


def install(app) -> None:
    """Replace the validation layout Dash built on the first request (call after it)."""
    extra = ("kpi-grid", "sources-data-table", "sources-download-button")
    app.validation_layout = skeleton(app.layout, extra)
    app.validation_layout.children.append(dcc.Download(id="sources-download"))
