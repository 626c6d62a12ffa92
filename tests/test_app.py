"""The app over HTTP in-process: health endpoint, page routing, the data-problem banner."""

from __future__ import annotations

import json

import pytest

import data
from bench.payloads import router_request

from .conftest import append_row
from .helpers import text, walk
from .test_data_store import _touch_later
from .test_data_validation import GOOD_OBS


def render(client, path, search=""):
    body = router_request(path, search)
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.data[:500]
    return json.dumps(response.get_json(), ensure_ascii=False)


@pytest.fixture
def client():
    import app

    return app.server.test_client()


def test_healthz_reports_version_and_rows(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    ds = data.current()
    assert body["status"] == "ok"
    assert body["data_version"] == ds.version
    assert body["rows"]["observations"] == ds.row_counts["observations"]
    assert body["last_reload_error"] is None


def test_overview_renders_in_both_languages(client):
    assert "深圳工业与工业互联网监测" in render(client, "/", "?lang=zh")
    assert "Shenzhen Industry and Industrial Internet" in render(client, "/", "?lang=en")


def test_unknown_lang_falls_back_with_a_notice(client):
    page = render(client, "/", "?lang=%3Cscript%3E")
    assert "query-notice" in page
    assert "<script>" not in page


def test_unknown_page_is_a_404_page_not_an_error(client):
    page = render(client, "/no-such-page", "?lang=en")
    assert "Page not found" in page


@pytest.fixture
def broken_store(monkeypatch, data_dir):
    store = data.DataStore(data_dir, check_interval=0)
    monkeypatch.setattr(data, "_store", store)
    good = store.get()
    append_row(data_dir / "observations.csv", GOOD_OBS.replace("szdaily-2021-01-21", "nowhere-2020"))
    _touch_later(data_dir / "observations.csv")
    return good


def test_rejected_reload_shows_in_healthz_and_banner(client, broken_store):
    body = client.get("/healthz").get_json()
    assert body["status"] == "degraded"
    assert body["data_version"] == broken_store.version
    assert "unknown source" in body["last_reload_error"]["problems"][0]
    page = render(client, "/", "?lang=en")
    assert "data-banner" in page and "failed validation" in page
    # The figures keep coming from the last good data.
    assert "about 3.7 trillion yuan" in page


def test_frame_links_keep_the_language_and_filters(client):
    import app  # noqa: F401
    from components.charts import State
    from components.shell import page_frame

    frame = page_frame("overview", "/", State(lang="en", years=(2019, 2020)), [])
    assert "中文" in text(frame)
    links = [n for n in walk(frame) if getattr(n, "href", None)]
    nav = [n for n in links if n.id != "lang-switch"]
    assert len(nav) == 5
    assert all("lang=en" in n.href and "year=2019..2020" in n.href for n in nav)
    switch = next(n for n in links if n.id == "lang-switch")
    assert "lang=zh" in switch.href and "year=2019..2020" in switch.href
