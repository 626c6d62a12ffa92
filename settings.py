"""Every deployment setting, read once from the environment (see README, "Configuration").

DASHBOARD_URL_PREFIX            public path prefix, e.g. /stats/industry/ (default /)
DASHBOARD_PROXY_STRIPS_PREFIX   1 when the reverse proxy removes the prefix before passing requests on
DASHBOARD_FRAME_ANCESTORS       who may frame the dashboard (CSP frame-ancestors; default 'self')
DASHBOARD_DEFAULT_LANG          zh or en (read by components.i18n)
DASHBOARD_DATA_DIR              the data folder (read by data.store)
DASHBOARD_WORKERS / _THREADS    gunicorn processes and threads (read by gunicorn.conf.py)
"""

from __future__ import annotations

import os
import re

_PREFIX_CHARS = re.compile(r"^/([A-Za-z0-9._~-]+/)*$")
_SOURCE = re.compile(
    r"^('self'|'none'|https?://[A-Za-z0-9.-]+(:\d+)?|\*\.[A-Za-z0-9.-]+|https?://\*\.[A-Za-z0-9.-]+)$"
)


class SettingsError(ValueError):
    """A DASHBOARD_* variable has a value the dashboard cannot use; the message says which."""


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def url_prefix() -> str:
    """The public prefix, normalised to start and end with '/'."""
    raw = os.environ.get("DASHBOARD_URL_PREFIX", "/").strip() or "/"
    prefix = "/" + raw.strip("/") + "/" if raw.strip("/") else "/"
    if not _PREFIX_CHARS.match(prefix):
        raise SettingsError(f"DASHBOARD_URL_PREFIX={raw!r}: use letters, digits, '.', '_', '-', '~' and '/'")
    return prefix


def proxy_strips_prefix() -> bool:
    return _flag("DASHBOARD_PROXY_STRIPS_PREFIX")


def routes_prefix() -> str:
    """Where this server mounts its routes: the prefix, unless the proxy strips it."""
    return "/" if proxy_strips_prefix() else url_prefix()


def dash_prefix_kwargs() -> dict:
    """Dash's two prefix settings for the two proxy modes (STACK.md §2.3)."""
    prefix = url_prefix()
    if proxy_strips_prefix():
        return {"routes_pathname_prefix": "/", "requests_pathname_prefix": prefix}
    return {"url_base_pathname": prefix}


def frame_ancestors() -> list[str]:
    """CSP frame-ancestors sources: space-separated origins, 'self' or 'none'."""
    raw = os.environ.get("DASHBOARD_FRAME_ANCESTORS", "'self'").split()
    bad = [s for s in raw if not _SOURCE.match(s)]
    if bad or not raw:
        raise SettingsError(
            f"DASHBOARD_FRAME_ANCESTORS has {' '.join(bad) or 'nothing'}: give origins such as "
            "https://portal.example.gov.cn, or 'self', separated by spaces"
        )
    return raw
