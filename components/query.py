"""The URL query of a page: parse and validate it, never trusting what arrives.

Every page's layout gets the query string as keyword arguments (strings, or lists for
repeated keys); the filter callbacks get the same keys in a JSON payload. ``parse_query``
turns either into a clean ``State`` and a list of notices for values it replaced.

Accepted: ``lang=zh|en``; ``year=2020`` or ``year=2018..2022`` (within the data's year
bounds); ``sector=C39,C27,electronics`` (sector codes and application groups).
"""

from __future__ import annotations

import re

import data
from data.schema import YEAR_MAX, YEAR_MIN

from .charts import State
from .i18n import parse_lang, t

MAX_VALUE_LENGTH = 400
MAX_SECTORS = 30
_YEAR = re.compile(r"^(\d{4})(?:\.\.(\d{4}))?$")


def _single(value):
    """A repeated key arrives as a list: the last one wins, as in most web frameworks."""
    if isinstance(value, list):
        value = value[-1] if value else None
    if value is None:
        return None
    if not isinstance(value, (str, int)):
        return False  # a dict or number where text belongs: invalid, reported
    value = str(value).strip()
    return False if len(value) > MAX_VALUE_LENGTH else value


def parse_years(value) -> tuple[tuple[int, int] | None, bool]:
    """((start, end) or None for all years, ok)."""
    if value in (None, ""):
        return None, True
    match = _YEAR.match(value) if isinstance(value, str) else None
    if not match:
        return None, False
    start = int(match.group(1))
    end = int(match.group(2) or start)
    if start > end or start < YEAR_MIN or end > YEAR_MAX:
        return None, False
    return (start, end), True


def sector_choices(ds: data.Dataset) -> list[str]:
    """Every value the sector filter accepts: application groups, then sector codes."""

    def build():
        groups = ds.table("application_groups")["group"].tolist()
        codes = [c for c in ds.table("sectors")["code"] if c != data.schema.TOTAL_SECTOR]
        return groups + codes

    return ds.memo("sector_choices", build)


def parse_sectors(ds: data.Dataset, value) -> tuple[tuple[str, ...], bool]:
    if value in (None, ""):
        return (), True
    if not isinstance(value, str):
        return (), False
    known = set(sector_choices(ds))
    items = [s.strip() for s in value.split(",") if s.strip()]
    kept = tuple(dict.fromkeys(s for s in items if s in known))[:MAX_SECTORS]
    return kept, all(s in known for s in items) and len(kept) == len(set(items))


def parse_query(query: dict, ds: data.Dataset | None = None) -> tuple[State, list[str]]:
    """(state, notices). Unknown keys are ignored; bad values fall back to defaults."""
    if not isinstance(query, dict):
        query = {}
    ds = ds or data.current()
    lang_raw = _single(query.get("lang"))
    lang, lang_ok = parse_lang(lang_raw if lang_raw is not False else object())
    years, years_ok = parse_years(_single(query.get("year")))
    sectors, sectors_ok = parse_sectors(ds, _single(query.get("sector")))
    notices = [
        t("notice_bad_query", lang, name=name)
        for name, ok in (("lang", lang_ok), ("year", years_ok), ("sector", sectors_ok))
        if not ok
    ]
    return State(lang=lang, years=years, sectors=sectors), notices
