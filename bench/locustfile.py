"""Simulated officials for `make soak`: open pages, change filters, switch language, export.

Each task is one kind of request, named so that the statistics come out per kind. Run by
bench/soak.py (never imported by the tests: locust patches the standard library on import).
"""

from __future__ import annotations

import json
import os
import random

from locust import HttpUser, between, task

PAGES = ["/", "/output", "/infrastructure", "/platforms", "/benefits", "/sources"]
CHARTS = {
    "output": ["gross-output", "value-added", "value-added-growth", "sector-growth", "city-gross-output"],
    "infrastructure": ["5g-base-stations", "5g-density", "5g-users", "smart-poles"],
    "benefits": ["reported-outcomes", "special-funds"],
}
YEARS = ["", "2019..2023", "2020", "2018..2022", "2021..2024"]
SECTORS = ["", "C39", "machinery", "biopharma,C39"]
PREFIX = os.environ.get("SOAK_PREFIX", "/")
MATCH_OUTPUT = "...".join(
    json.dumps({"chart": ["MATCH"], "type": t}, separators=(",", ":")) + "." + p
    for t, p in [
        ("chart-graph", "figure"),
        ("chart-graph", "config"),
        ("chart-subtitle", "children"),
        ("chart-summary", "children"),
        ("chart-table", "children"),
    ]
)


def router(path, search):
    return {
        "output": ".._pages_content.children..._pages_store.data..",
        "outputs": [
            {"id": "_pages_content", "property": "children"},
            {"id": "_pages_store", "property": "data"},
        ],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": PREFIX.rstrip("/") + path},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "changedPropIds": ["_pages_location.pathname"],
        "state": [],
    }


class Official(HttpUser):
    wait_time = between(0.5, 2.0)

    def _post(self, body, name):
        with self.client.post(
            PREFIX + "_dash-update-component",
            data=json.dumps(body),
            headers={"Content-Type": "application/json"},
            name=name,
            catch_response=True,
        ) as r:
            if r.status_code not in (200, 204):
                r.failure(f"status {r.status_code}")

    @task(4)
    def open_page(self):
        path = random.choice(PAGES)
        lang = random.choice(["zh", "en"])
        self.client.get(PREFIX + path.lstrip("/") + f"?lang={lang}", name="page (index)")
        self._post(router(path, f"?lang={lang}"), "page (layout)")

    @task(6)
    def change_filter(self):
        page = random.choice(list(CHARTS))
        state = {
            "lang": random.choice(["zh", "en"]),
            "year": random.choice(YEARS),
            "sector": random.choice(SECTORS),
        }
        for chart in CHARTS[page]:
            outputs = [
                {"id": {"chart": chart, "type": t}, "property": p}
                for t, p in [
                    ("chart-graph", "figure"),
                    ("chart-graph", "config"),
                    ("chart-subtitle", "children"),
                    ("chart-summary", "children"),
                    ("chart-table", "children"),
                ]
            ]
            self._post(
                {
                    "output": ".." + MATCH_OUTPUT + "..",
                    "outputs": outputs,
                    "inputs": [{"id": "filter-state", "property": "data", "value": state}],
                    "changedPropIds": ["filter-state.data"],
                    "state": [],
                },
                "filter (chart callback)",
            )

    @task(2)
    def switch_language(self):
        path = random.choice(PAGES)
        self._post(router(path, f"?lang={random.choice(['zh', 'en'])}&year=2019..2023"), "language switch")

    @task(1)
    def export_png(self):
        chart = random.choice(sum(CHARTS.values(), []))
        self.client.get(
            PREFIX + f"export/{chart}.png?lang=zh&width=1200&height=700&scale=1", name="export png"
        )

    @task(2)
    def export_csv(self):
        chart = random.choice(sum(CHARTS.values(), []))
        self.client.get(PREFIX + f"export/{chart}.csv?lang=en&year={random.choice(YEARS)}", name="export csv")
