"""Simulated officials for `make soak`: open pages, change filters, switch language, export.

Each task is one kind of request, named so that the statistics come out per kind. Run by
bench/soak.py (never imported by the tests: locust patches the standard library on import).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from locust import HttpUser, between, task

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.payloads import card_request, router_request  # noqa: E402

PAGES = ["/", "/output", "/infrastructure", "/platforms", "/benefits", "/sources"]
CHARTS = {
    "output": ["gross-output", "value-added", "value-added-growth", "sector-growth", "city-gross-output"],
    "infrastructure": ["5g-base-stations", "5g-density", "5g-users", "smart-poles"],
    "benefits": ["reported-outcomes", "special-funds"],
}
YEARS = ["", "2019..2023", "2020", "2018..2022", "2021..2024"]
SECTORS = ["", "C39", "machinery", "biopharma,C39"]
PREFIX = os.environ.get("SOAK_PREFIX", "/")


def router(path, search):
    return router_request(PREFIX.rstrip("/") + path, search)


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
            self._post(card_request(chart, state), "filter (chart callback)")

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
