"""Response headers on every route (errors and exports included), and response compression.

Headers: a Content-Security-Policy that allows only this origin's scripts (plus hashes of
Dash's own inline scripts, no ``unsafe-eval``), framing only by DASHBOARD_FRAME_ANCESTORS,
no X-Frame-Options (it would contradict frame-ancestors), nosniff and a referrer policy.

Compression: static files (Dash's bundles, plotly.js, our assets) are gzipped once per file
version and kept in memory; dynamic JSON (layouts, callback answers) is gzipped per response
at a fast level. Flask-Compress was considered: its cache keys on the request alone, which
would hand one callback's answer to another, so the static/dynamic split is done here.
"""

from __future__ import annotations

import gzip
import threading

from flask import Flask, request

import settings

COMPRESSIBLE = ("text/", "application/json", "application/javascript", "image/svg+xml", "application/xml")
MIN_SIZE = 1024
_STATIC_PARTS = ("/_dash-component-suites/", "/assets/")


class GzipCache:
    """Gzipped bodies of static files, keyed by path and version (ETag or size)."""

    def __init__(self, max_entries: int = 256):
        self._items: dict[tuple, bytes] = {}
        self._lock = threading.Lock()
        self.max_entries = max_entries
        self.misses = 0

    def get(self, key: tuple, body: bytes) -> bytes:
        with self._lock:
            hit = self._items.get(key)
        if hit is not None:
            return hit
        packed = gzip.compress(body, compresslevel=9, mtime=0)
        with self._lock:
            self.misses += 1
            if len(self._items) >= self.max_entries:
                self._items.pop(next(iter(self._items)))
            self._items[key] = packed
        return packed


def content_security_policy(script_hashes: list[str]) -> str:
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *script_hashes],
        # plotly.js sets inline styles on the elements it draws.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": settings.frame_ancestors(),
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def install(app, server: Flask) -> None:
    """Add the headers and compression to every response of ``server``."""
    cache = GzipCache()
    server.extensions["gzip_cache"] = cache
    policy: dict[str, str] = {}
    policy_lock = threading.Lock()

    def csp() -> str:
        # Dash's inline scripts are known only once every callback is registered: hash them
        # on the first response (app.py registers everything before serving).
        if "value" not in policy:
            with policy_lock:
                if "value" not in policy:
                    policy["value"] = content_security_policy(app.csp_hashes())
        return policy["value"]

    @server.after_request
    def secure_and_compress(response):
        response.headers["Content-Security-Policy"] = csp()
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        response.headers.pop("X-Frame-Options", None)
        if "/assets/" in request.path and request.args.get("m") and response.status_code == 200:
            # Dash fingerprints asset URLs with ?m=<mtime>: a changed file gets a new URL.
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        _compress(response, cache)
        return response


def _compress(response, cache: GzipCache) -> None:
    if (
        "gzip" not in request.headers.get("Accept-Encoding", "").lower()
        or response.status_code != 200
        or "Content-Encoding" in response.headers
        or not (response.mimetype or "").startswith(COMPRESSIBLE)
    ):
        return
    response.direct_passthrough = False  # static files are streamed: read them into memory
    body = response.get_data()
    if len(body) < MIN_SIZE:
        return
    if any(part in request.path for part in _STATIC_PARTS):
        key = (request.path, response.headers.get("ETag") or len(body), request.args.get("m", ""))
        packed = cache.get(key, body)
    else:
        packed = gzip.compress(body, compresslevel=5, mtime=0)
    response.set_data(packed)
    response.headers["Content-Encoding"] = "gzip"
    response.headers["Content-Length"] = str(len(packed))
    response.vary.add("Accept-Encoding")
