"""The infrastructure page: its chart cards (see components/charts.py for what each shows)."""

from __future__ import annotations

import dash

from components.topic_page import topic_layout

PAGE_PATH = "/infrastructure"

dash.register_page(
    __name__, path=PAGE_PATH, order=2, nav_key="page_infrastructure", title="数字基础设施 | Infrastructure"
)


def layout(**query):
    return topic_layout("infrastructure", PAGE_PATH, query)
