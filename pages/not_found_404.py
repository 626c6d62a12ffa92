"""Shown for any path that is not a page, in the language of the link."""

from __future__ import annotations

import dash
from dash import dcc, html

from components.i18n import t
from components.query import parse_query
from components.shell import page_frame, query_string

dash.register_page(__name__, path="/404", title="404")


def layout(**query):
    state, notices = parse_query(query)
    lang = state.lang
    content = [
        html.H2(t("page_not_found", lang), className="page-title"),
        html.P(t("not_found_text", lang)),
        dcc.Link(t("back_home", lang), href=dash.get_relative_path("/") + query_string(state.query())),
    ]
    return page_frame("not_found", "/", state, content, notices)
