"""Headline-figure cards: the figure, the period it refers to, and where it comes from."""

from __future__ import annotations

from dash import html

from data import Fact

from . import fmt
from .i18n import t


def source_line(fact: Fact, lang: str):
    """'来源：Shenzhen Daily (EyeShenzhen), 2021-01-21' with a link and a tier C flag."""
    parts = [
        html.Span(f"{t('source', lang)}: "),
        html.A(
            f"{fact.source_publisher}, {fact.source_date or '—'}",
            href=fact.source_url,
            target="_blank",
            rel="noopener noreferrer",
            title=fact.source_title,
        ),
    ]
    if fact.tier == "C":
        parts.append(html.Span(t("tier_c_flag", lang), className="flag flag-tier-c"))
    return html.P(parts, className="kpi-source")


def kpi_card(
    card_id: str,
    title: str,
    fact: Fact | None,
    lang: str,
    *,
    value: str | None = None,
    extra=None,
    note: str | None = None,
):
    """One card. ``value`` overrides the formatted figure (e.g. for a growth rate)."""
    if fact is None:
        return html.Section(
            [
                html.H2(title, className="kpi-title"),
                html.P(t("no_data", lang), className="kpi-value kpi-empty"),
            ],
            id=card_id,
            className="kpi-card",
        )
    badges = []
    if fact.status != "actual":
        badges.append(html.Span(t(f"status_{fact.status}", lang), className=f"flag flag-{fact.status}"))
    children = [
        html.H2(title, className="kpi-title"),
        html.P([html.Span(value, className="kpi-number"), *badges], className="kpi-value"),
    ]
    if extra:
        children.append(html.P(extra, className="kpi-extra"))
    children.append(html.P(f"{t('as_of', lang)}: {fmt.when_text(fact, lang)}", className="kpi-when"))
    if note:
        children.append(html.P(note, className="kpi-note"))
    children.append(source_line(fact, lang))
    return html.Section(children, id=card_id, className="kpi-card", **{"aria-label": title})
