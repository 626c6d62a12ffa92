"""One chart card alone, for portals that frame the dashboard: /embed/<chart_id>?year=&sector=&lang=

No navigation or filters; the card keeps its source footer and its export links.
"""

from __future__ import annotations

import dash
from dash import html

import data
from components.chart_card import chart_card
from components.charts import REGISTRY
from components.i18n import t
from components.query import parse_query
from components.shell import notices_block

dash.register_page(__name__, path_template="/embed/<chart_id>", title="深圳工业 | Shenzhen industry")


def layout(chart_id=None, **query):
    ds = data.current()
    state, notices = parse_query(query, ds)
    if chart_id not in REGISTRY:
        body = html.P(t("embed_unknown_chart", state.lang), className="embed-error", role="alert")
    else:
        body = chart_card(ds, chart_id, state, embedded=True)
    return html.Div(
        [notices_block(notices), body],
        className="embed-shell",
        lang=state.lang,
        **{"data-lang": state.lang},
    )
