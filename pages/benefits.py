"""The benefits page: its chart cards (see components/charts.py for what each shows)."""

from __future__ import annotations

import dash

from components.topic_page import topic_layout

PAGE_PATH = "/benefits"

dash.register_page(__name__, path=PAGE_PATH, order=4, nav_key="page_benefits", title="企业效益 | Benefits")


def layout(**query):
    return topic_layout("benefits", PAGE_PATH, query)
