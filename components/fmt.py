"""Numbers in the reader's units and words: 3.7万亿元 / 3.7 trillion yuan.

Values arrive in the indicator's canonical unit (money in 亿元 = CNY 100 million).
"""

from __future__ import annotations

import math

from data import Fact

from .i18n import t

QUALIFIER_WORDS = {
    "zh": {"exact": "", "about": "约", "over": "超过", "nearly": "近"},
    "en": {"exact": "", "about": "about ", "over": "over ", "nearly": "nearly "},
}

_COUNT_UNITS_ZH = {
    "stations": "个",
    "poles": "根",
    "users": "户",
    "enterprises": "家",
    "platforms": "个",
    "projects": "个",
    "equipment": "台（套）",
    "terminals": "个",
    "factories": "个",
    "bases": "个",
}


def _num(value: float, decimals: int = 2) -> str:
    """Up to ``decimals`` decimals, trailing zeros dropped, thousands separated."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money_100m(value: float, lang: str) -> str:
    """A CNY 100 million amount in the largest natural unit of the language."""
    size = abs(value)
    if lang == "zh":
        if size >= 10000:
            return f"{_num(value / 10000)}万亿元"
        if size >= 1:
            return f"{_num(value)}亿元"
        return f"{_num(value * 10000)}万元"
    if size >= 10000:
        return f"{_num(value / 10000)} trillion yuan"
    if size >= 10:
        return f"{_num(value / 10)} billion yuan"
    return f"{_num(value * 100)} million yuan"


def count(value: float, unit: str, unit_label: str, lang: str) -> str:
    size = abs(value)
    if lang == "zh":
        word = _COUNT_UNITS_ZH.get(unit, unit_label)
        if size >= 1e8:
            return f"{_num(value / 1e8)}亿{word}"
        if size >= 1e5:
            return f"{_num(value / 1e4)}万{word}"
        return f"{_num(value, 0)}{word}"
    if size >= 1e9:
        return f"{_num(value / 1e9)} billion {unit_label}"
    if size >= 1e6:
        return f"{_num(value / 1e6)} million {unit_label}"
    return f"{_num(value, 0)} {unit_label}"


def value_text(value: float, unit: str, unit_label: str, lang: str, qualifier: str = "exact") -> str:
    """A figure with its qualifier and unit, e.g. '约3.7万亿元' or 'about 3.7 trillion yuan'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if unit == "cny_100m":
        body = money_100m(value, lang)
    elif unit == "pct":
        body = f"{_num(value, 1)}%"
    elif unit == "rank":
        body = f"第{_num(value, 0)}位" if lang == "zh" else f"No. {_num(value, 0)}"
    elif unit == "times":
        body = f"{_num(value, 1)}倍" if lang == "zh" else f"{_num(value, 1)}×"
    elif unit in ("per_10k_people", "per_km2"):
        body = f"{_num(value, 2)} {unit_label}" if lang == "en" else f"{_num(value, 2)}{unit_label}"
    else:
        body = count(value, unit, unit_label, lang)
    return QUALIFIER_WORDS[lang].get(qualifier, "") + body


def signed_pct(value: float, lang: str, qualifier: str = "exact") -> str:
    sign = "+" if value > 0 else ""
    return QUALIFIER_WORDS[lang].get(qualifier, "") + f"{sign}{_num(value, 1)}%"


def when_text(fact: Fact, lang: str) -> str:
    """The period a fact refers to: '2020年', '截至2023-03-05', '2021年1-10月'."""
    if fact.as_of is not None:
        return fact.as_of.strftime("%Y-%m-%d")
    year = f"{fact.year}年" if lang == "zh" else str(fact.year)
    if fact.period != "year":
        return (
            f"{year}{t('period_' + fact.period, lang)}"
            if lang == "zh"
            else f"{t('period_' + fact.period, lang)} {year}"
        )
    return year


def axis_scale(unit: str, max_abs: float, lang: str) -> tuple[float, str]:
    """(divisor, axis unit label) so a chart's axis reads in natural units.

    Money (stored in 亿元): 万亿元 / trillion yuan above 1 trillion; otherwise 亿元 /
    billion yuan. Counts: 万 (zh) above 100,000, million (en) above 1,000,000.
    """
    if unit == "cny_100m":
        if max_abs >= 10000:
            return (10000, "万亿元") if lang == "zh" else (10000, "trillion yuan")
        if lang == "zh":
            return (1, "亿元") if max_abs >= 1 else (1e-4, "万元")
        return (10, "billion yuan") if max_abs >= 10 else (0.01, "million yuan")
    return 1, ""


def count_scale(max_abs: float, unit_label: str, lang: str) -> tuple[float, str]:
    if lang == "zh":
        return (1e4, f"万{unit_label}") if max_abs >= 1e5 else (1, unit_label)
    return (1e6, f"million {unit_label}") if max_abs >= 1e6 else (1, unit_label)


SHORT_QUALIFIERS = {
    "zh": {"exact": "", "about": "约", "over": "超", "nearly": "近"},
    "en": {"exact": "", "about": "~", "over": ">", "nearly": "≈"},
}


def short_label(value: float, qualifier: str, lang: str, *, signed: bool = False, pct: bool = False) -> str:
    """A compact bar label in the axis' unit: '约3.7', '>1', '+6.2%'."""
    sign = "+" if signed and value > 0 else ""
    text = f"{sign}{_num(value, 2)}{'%' if pct else ''}"
    return SHORT_QUALIFIERS[lang].get(qualifier, "") + text
