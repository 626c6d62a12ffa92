"""The URL query of a page: parse and validate it, never trusting what arrives.

Every page's layout gets the query string as keyword arguments (strings, or lists for
repeated keys). ``parse_query`` turns them into a clean state and a list of notices
for values it had to replace by defaults.
"""

from __future__ import annotations

from .i18n import parse_lang, t


def _single(value):
    """A repeated key arrives as a list: the last one wins, as in most web frameworks."""
    if isinstance(value, list):
        return value[-1] if value else None
    return value


def parse_query(query: dict) -> tuple[dict, list[str]]:
    """(state, notices). Unknown keys are ignored."""
    lang, lang_ok = parse_lang(_single(query.get("lang")))
    state = {"lang": lang}
    notices = [] if lang_ok else [t("notice_bad_query", lang, name="lang")]
    return state, notices
