"""The JSON bodies the browser sends to /_dash-update-component, for load tests, benchmarks
and fuzzing (one place, so that they follow the app's callbacks)."""

from __future__ import annotations

import json

CARD_PARTS = [
    ("chart-graph", "figure"),
    ("chart-graph", "config"),
    ("chart-subtitle", "children"),
    ("chart-summary", "children"),
    ("chart-table", "children"),
]
ROUTER_OUTPUT = ".._pages_content.children..._pages_store.data.."


def card_request(chart: str, filter_state, view_mode="chart") -> dict:
    """The chart card's refresh after a filter change (a pattern-matching MATCH callback)."""
    output = "...".join(
        json.dumps({"chart": ["MATCH"], "type": t}, separators=(",", ":")) + "." + p for t, p in CARD_PARTS
    )
    return {
        "output": ".." + output + "..",
        "outputs": [{"id": {"chart": chart, "type": t}, "property": p} for t, p in CARD_PARTS],
        "inputs": [{"id": "filter-state", "property": "data", "value": filter_state}],
        "changedPropIds": ["filter-state.data"],
        "state": [{"id": {"chart": chart, "type": "chart-view"}, "property": "value", "value": view_mode}],
    }


def router_request(pathname, search) -> dict:
    """Dash pages' router: the page layout for a path and query string."""
    return {
        "output": ROUTER_OUTPUT,
        "outputs": [
            {"id": "_pages_content", "property": "children"},
            {"id": "_pages_store", "property": "data"},
        ],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "changedPropIds": ["_pages_location.pathname"],
        "state": [],
    }
