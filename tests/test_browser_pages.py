"""Every page in real Chromium: loads clean, filters reach the charts and the URL, links restore views."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = ["/", "/output", "/infrastructure", "/platforms", "/benefits", "/sources"]


def wait_ready(page):
    # Locator waits only: string predicates are evaluated with eval, which the CSP forbids.
    page.wait_for_selector("#main")
    # Every graph on the page has drawn (plotly adds .main-svg once it has a plot).
    expect(page.locator(".card-figure:not([hidden]) .js-plotly-plot:not(:has(.main-svg))")).to_have_count(0)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_loads_with_a_clean_console(live_server, page, path, lang):
    page.goto(f"{live_server}{path}?lang={lang}")
    wait_ready(page)
    assert page.locator("main").get_attribute("lang") == lang
    assert page.locator("#query-notice").count() == 0
    if lang == "zh":
        # No English-only corner: the nav, filters and page title are Chinese.
        assert re.search(r"[\u4e00-\u9fff]", page.inner_text(".nav"))
        assert re.search(r"[\u4e00-\u9fff]", page.inner_text(".filter-bar"))
    assert page.console_log.errors == []


def choose(page, dropdown_id, option_text):
    page.click(f"#{dropdown_id}")
    page.locator(".dash-dropdown-option", has_text=option_text).first.click()
    page.keyboard.press("Escape")


def test_year_filter_updates_charts_and_url(live_server, page):
    page.goto(f"{live_server}/output?lang=en")
    wait_ready(page)
    bars_before = page.locator("#card-gross-output .point").count()
    choose(page, "filter-year-from", "2021")
    choose(page, "filter-year-to", "2022")
    page.wait_for_url(re.compile(r"year=2021\.\.2022"))
    expect(page.locator("#card-gross-output .js-plotly-plot")).to_contain_text("Years selected: 2021–2022")
    assert page.locator("#card-gross-output .point").count() == 2 < bars_before
    # Links keep the filter: the language switch and the other pages.
    assert "year=2021..2022" in page.get_attribute("#lang-switch", "href")
    assert "year=2021..2022" in page.locator(".nav a").first.get_attribute("href")
    assert page.console_log.errors == []


def test_sector_filter_updates_sector_charts_and_says_so_elsewhere(live_server, page):
    page.goto(f"{live_server}/output?lang=en")
    wait_ready(page)
    choose(page, "filter-sector", "Application: Bio-pharma manufacturing")
    page.wait_for_url(re.compile(r"sector=biopharma"))
    # Unfiltered, the caption lists every sector; filtered, only pharmaceuticals remain.
    caption = page.locator("#card-sector-growth figcaption")
    expect(caption).not_to_contain_text("Special equipment")
    expect(caption).to_contain_text("Pharmaceutical")
    caption = page.inner_text("#card-sector-growth figcaption")
    assert "Mining" not in caption
    assert "sector filter does not apply" in page.text_content("#card-gross-output .card-subtitle")
    assert "sector filter does not apply" in page.text_content("#card-gross-output .js-plotly-plot")
    assert page.console_log.errors == []


def test_shared_url_restores_the_view(live_server, page):
    page.goto(f"{live_server}/infrastructure?lang=zh&year=2020..2021")
    wait_ready(page)
    assert page.locator("#filter-year-from").inner_text().strip().startswith("2020")
    assert page.locator("#filter-year-to").inner_text().strip().startswith("2021")
    summary = page.inner_text("#card-5g-base-stations figcaption")
    assert "2022" not in summary and "2023" not in summary
    assert "2021-12-31" in summary
    assert page.console_log.errors == []


def test_back_and_forward_restore_filters(live_server, page):
    page.goto(f"{live_server}/output?lang=en")
    wait_ready(page)
    choose(page, "filter-year-from", "2020")
    page.wait_for_url(re.compile(r"year=2020$"))
    expect(page.locator("#card-gross-output figcaption")).to_contain_text("(2020)")
    page.go_back(wait_until="commit")  # same-document history: no load event
    page.wait_for_url(re.compile(r"/output\?lang=en$"))
    expect(page.locator("#card-gross-output figcaption")).to_contain_text("(2024)")
    page.go_forward(wait_until="commit")
    page.wait_for_url(re.compile(r"year=2020$"))
    expect(page.locator("#card-gross-output figcaption")).to_contain_text("(2020)")
    assert page.console_log.errors == []


def test_language_switch_keeps_filters(live_server, page):
    page.goto(f"{live_server}/benefits?lang=zh&year=2020")
    wait_ready(page)
    page.click("#lang-switch")
    page.wait_for_url(re.compile(r"lang=en"))
    expect(page.locator(".app-title")).to_have_text(re.compile(r"^Shenzhen"))
    wait_ready(page)
    assert "year=2020" in page.url
    assert page.inner_text(".app-title").startswith("Shenzhen")
    assert page.console_log.errors == []


@pytest.mark.parametrize(
    "query",
    ["year=abc", "year=1800..9999", "sector=%3Cscript%3Ealert(1)%3C/script%3E", "lang=fr", "year=2024..2019"],
)
def test_bad_query_shows_a_notice_and_defaults(live_server, page, query):
    page.goto(f"{live_server}/output?{query}")
    wait_ready(page)
    assert page.locator("#query-notice").is_visible()
    assert page.locator("script:has-text('alert(1)')").count() == 0
    assert page.console_log.errors == []


def test_empty_selection_says_no_data(live_server, page):
    page.goto(f"{live_server}/output?lang=en&year=2015")
    wait_ready(page)
    drawn = page.text_content("#card-value-added-growth .js-plotly-plot")
    assert "No data for the selection (2015" in drawn
    assert page.locator("#card-value-added-growth .xtick").count() == 0  # no empty axes
    assert "No data" in page.inner_text("#card-value-added-growth figcaption")


def test_chart_table_toggle(live_server, page):
    page.goto(f"{live_server}/infrastructure?lang=en")
    wait_ready(page)
    card = page.locator("#card-smart-poles")
    card.get_by_label("Table").check()
    page.wait_for_selector("#card-smart-poles table")
    assert card.locator("table").is_visible()
    assert "45,000 poles" in card.locator("table").inner_text()
    assert not card.locator(".card-figure").is_visible()


def test_sources_page_downloads_csv(live_server, page):
    page.goto(f"{live_server}/sources?lang=zh&year=2020")
    wait_ready(page)
    with page.expect_download() as info:
        page.click("#sources-download-button")
    download = info.value
    with open(download.path(), "rb") as fh:
        raw = fh.read()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("指标代码,指标")
    assert all(",2020," in line for line in text.splitlines()[1:] if line)


def test_table_view_follows_filters_changed_in_chart_view(live_server, page):
    page.goto(f"{live_server}/infrastructure?lang=en")
    wait_ready(page)
    choose(page, "filter-year-from", "2021")
    page.wait_for_url(re.compile(r"year=2021$"))
    card = page.locator("#card-smart-poles")
    expect(card.locator("figcaption")).to_contain_text("(2021-12-31)")
    card.get_by_label("Table").check()
    table = card.locator("table")
    expect(table).to_contain_text("15,000 poles")
    expect(table).not_to_contain_text("10,000 poles")  # the 2020 row, outside the filter
    assert page.console_log.errors == []
