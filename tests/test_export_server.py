"""Exports under real gunicorn: concurrency, a killed browser, a missing browser seen by the user."""

from __future__ import annotations

import os
import re
import signal
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import expect

from components.charts import SPECS

from .conftest import chromium_pids, copy_data, start_gunicorn, stop

pytestmark = pytest.mark.export


@pytest.fixture(scope="module")
def export_server(tmp_path_factory):
    proc, url = start_gunicorn(copy_data(tmp_path_factory.mktemp("export") / "data"), workers=2)
    yield proc, url
    stop(proc)


def fetch(url, timeout=120):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_eight_concurrent_exports_each_get_their_own_chart(export_server):
    _, url = export_server
    figure_charts = [s for s in SPECS if s.build.__name__ != "application_groups"][:8]
    # Warm both workers' browsers first, so that the check is about concurrency, not start-up.
    with ThreadPoolExecutor(4) as pool:
        list(
            pool.map(
                lambda _: fetch(f"{url}/export/gross-output.svg?lang=en&width=400&height=300&scale=1"),
                range(4),
            )
        )

    def one(spec):
        status, body = fetch(f"{url}/export/{spec.chart_id}.svg?lang=en&width=800&height=500&scale=1")
        return spec, status, body.decode("utf-8", "replace")

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, figure_charts))
    for spec, status, svg in results:
        assert status == 200, (spec.chart_id, svg[:300])
        title = spec.title["en"].replace("'", "&#x27;")
        assert spec.title["en"] in svg or title in svg, spec.chart_id
        others = [
            s.title["en"] for s in figure_charts if s is not spec and s.title["en"] not in spec.title["en"]
        ]
        assert not any(f">{o}<" in svg for o in others), spec.chart_id


def test_killed_browser_is_replaced_by_the_next_export(export_server):
    proc, url = export_server
    for _ in range(4):  # start the browsers of both workers
        assert fetch(f"{url}/export/smart-poles.png?width=400&height=300&scale=1")[0] == 200
    before = chromium_pids(proc.pid)
    assert before, "no export browser found under gunicorn"
    for pid in before:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    time.sleep(0.5)
    statuses = [fetch(f"{url}/export/smart-poles.png?width=400&height=300&scale=1")[0] for _ in range(4)]
    assert statuses == [200] * 4
    after = chromium_pids(proc.pid)
    assert after and not set(after) & set(before)
    assert fetch(f"{url}/healthz")[0] == 200


@pytest.mark.browser
def test_card_says_so_when_images_cannot_be_made(tmp_path, browser):
    proc, url = start_gunicorn(
        copy_data(tmp_path / "data"), env={"DASHBOARD_BROWSER_PATH": "/nonexistent"}, workers=1
    )
    try:
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        page.goto(f"{url}/output?lang=zh")
        page.wait_for_selector("#card-gross-output a.export-link")
        page.locator("#card-gross-output a.export-link", has_text="PNG").click()
        status = page.locator("#card-gross-output .export-status")
        status.wait_for(state="visible")
        expect(status).to_contain_text("导出失败")
        assert "图片导出暂不可用" in status.inner_text()
        # The rest keeps working: CSV downloads, filters still answer.
        with page.expect_download() as info:
            page.locator("#card-gross-output a.export-link", has_text="CSV").click()
        assert info.value.suggested_filename == "gross-output_zh.csv"
        page.click("#filter-year-from")
        page.locator(".dash-dropdown-option", has_text="2021").first.click()
        page.wait_for_url(re.compile(r"year=2021"))
        context.close()
    finally:
        stop(proc)
