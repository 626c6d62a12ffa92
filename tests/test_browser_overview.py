"""The overview in real headless Chromium against real gunicorn, in both languages."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("lang", "title", "figure"),
    [
        ("zh", "深圳工业与工业互联网监测", "约3.7万亿元"),
        ("en", "Shenzhen Industry and Industrial Internet", "about 3.7 trillion yuan"),
    ],
)
def test_overview_loads_with_a_clean_console(live_server, page, lang, title, figure):
    page.goto(f"{live_server}/?lang={lang}")
    page.wait_for_selector("#kpi-gross-output-2020 .kpi-number")
    assert page.inner_text(".app-title") == title
    assert page.inner_text("#kpi-gross-output-2020 .kpi-number") == figure
    assert page.locator(".kpi-card").count() == 8
    assert page.locator("main").get_attribute("lang") == lang
    assert page.console_log.errors == []


def test_language_switch_keeps_the_page(live_server, page):
    page.goto(f"{live_server}/?lang=zh")
    page.wait_for_selector("#lang-switch")
    page.click("#lang-switch")
    expect(page.locator(".app-title")).to_have_text("Shenzhen Industry and Industrial Internet")
    assert page.url.endswith("/?lang=en")
    assert page.inner_text("#kpi-5g .kpi-number") == "about 65,000 stations"
    assert page.console_log.errors == []
