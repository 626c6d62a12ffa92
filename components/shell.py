"""The frame around every page: header, navigation, language switch, notices, footer.

Pages call ``page_frame`` from their layout function, so the frame is rendered in the
page's language on every navigation and carries the current query (language, filters)
into every link.
"""

from __future__ import annotations

from urllib.parse import urlencode

import dash
from dash import dcc, html

import data

from . import ids
from .charts import State
from .filters import filter_bar
from .i18n import t


def query_string(query: dict) -> str:
    """'?lang=en&year=2020' from a dict, empty values left out, keys in a stable order."""
    items = [(k, v) for k, v in query.items() if v not in (None, "", [])]
    return "?" + urlencode(items) if items else ""


def nav_pages() -> list[dict]:
    pages = [p for p in dash.page_registry.values() if p.get("nav_key")]
    return sorted(pages, key=lambda p: p["order"] if p["order"] is not None else 99)


def _nav(page_id: str, lang: str, query: dict):
    links = []
    for page in nav_pages():
        label = t(page["nav_key"], lang)
        if page["nav_key"] == f"page_{page_id}":
            # The current page is named, not linked (and announced as current).
            item = html.Span(label, className="nav-link active", **{"aria-current": "page"})
        else:
            item = dcc.Link(
                label,
                id={"type": ids.NAV_LINK, "path": page["relative_path"]},
                href=page["relative_path"] + query_string(query),
                className="nav-link",
            )
        links.append(html.Li(item))
    return html.Nav(
        html.Ul(links, className="nav-list"), className="nav", **{"aria-label": t("nav_label", lang)}
    )


def _language_switch(page_path: str, lang: str, query: dict):
    other = "en" if lang == "zh" else "zh"
    return dcc.Link(
        t("switch_lang", lang),
        id=ids.LANG_SWITCH,
        href=dash.get_relative_path(page_path) + query_string({**query, "lang": other}),
        className="lang-switch",
        title=t("switch_lang_label", lang),
    )


def data_banner(lang: str):
    """A visible alert while the newest data files are rejected (the old data is shown)."""
    status = data.store().status()
    error = status["last_reload_error"]
    if not error:
        return None
    problems = error["problems"]
    shown = problems[:5]
    children = [
        html.Strong(t("banner_title", lang, version=status["data_version"])),
        html.Ul([html.Li(p) for p in shown]),
    ]
    if len(problems) > len(shown):
        children.append(html.P(t("banner_more", lang, n=len(problems) - len(shown))))
    return html.Div(children, id="data-banner", className="banner banner-error", role="alert")


def notices_block(notices: list[str]):
    if not notices:
        return None
    return html.Div(
        [html.P(n) for n in notices], id="query-notice", className="banner banner-notice", role="status"
    )


def page_frame(page_id: str, page_path: str, state: State, children, notices=(), sector_applies=False):
    """The whole page: header with navigation, filters, notices, the page's content, footer.

    ``state`` is the canonical URL state (language, filters) kept in every link.
    """
    ds = data.current()
    version = ds.version
    lang = state.lang
    query = state.query()
    return html.Div(
        [
            html.Header(
                [
                    html.Div(
                        [
                            html.H1(t("app_title", lang), className="app-title"),
                            html.P(t("app_subtitle", lang), className="app-subtitle"),
                        ],
                        className="brand",
                    ),
                    _language_switch(page_path, lang, query),
                ],
                className="app-header",
            ),
            _nav(page_id, lang, query),
            filter_bar(ds, state, dash.get_relative_path(page_path), sector_applies),
            data_banner(lang),
            notices_block(list(notices)),
            html.Main(children, id="main", className="page", lang=lang),
            html.Footer(
                [
                    html.Span(t("footer_text", lang)),
                    html.Span(f" {t('data_version', lang)}: {version}", id="data-version"),
                ],
                className="app-footer",
            ),
        ],
        className="app-shell",
        lang=lang,
        **{"data-lang": lang},
    )
