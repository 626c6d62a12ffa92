"""The output page: its chart cards (see components/charts.py for what each shows)."""

from __future__ import annotations

import dash

from components.topic_page import topic_layout

PAGE_PATH = "/output"

dash.register_page(
    __name__, path=PAGE_PATH, order=1, nav_key="page_output", title="工业产出 | Industrial output"
)


def layout(**query):
    return topic_layout("output", PAGE_PATH, query)
