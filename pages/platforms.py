"""The platforms page: its chart cards (see components/charts.py for what each shows)."""

from __future__ import annotations

import dash

from components.topic_page import topic_layout

PAGE_PATH = "/platforms"

dash.register_page(
    __name__, path=PAGE_PATH, order=3, nav_key="page_platforms", title="工业互联网平台 | Platforms"
)


def layout(**query):
    return topic_layout("platforms", PAGE_PATH, query)
