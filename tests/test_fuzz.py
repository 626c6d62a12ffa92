"""Hostile input, property-based, through the real HTTP endpoints of a real gunicorn.

Every query parameter of the pages, /embed/, /export/ and /api/ routes, and every callback's
inputs via /_dash-update-component: never a 5xx, never a traceback, never our input echoed
back as markup. Oversized bodies are refused early with 413; traversal attempts get 404.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.payloads import ROUTER_OUTPUT, card_request, router_request

pytestmark = pytest.mark.fuzz

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
MARK = "<script>alert('x')</script>"

hostile_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            MARK,
            "2020..",
            "..2020",
            "2020..2019",
            "99999",
            "-1",
            "1e9",
            "NaN",
            "C39,,",
            "%00",
            "../../etc",
            "lang",
            "zh\x00",
            "electronics," * 50,
            "２０２０",
            "\u202e2020",
            "x" * 5000,
        ]
    ),
    st.from_regex(r"\d{1,5}(\.\.\d{1,5})?", fullmatch=True),
)
json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), hostile_text),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def request(url, data=None, headers=None):
    req = urllib.request.Request(
        url, data=data, headers=headers or {}, method="POST" if data is not None else "GET"
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def check(status, body, sent=""):
    assert status < 500, body[:500]
    assert "Traceback" not in body and 'File "' not in body
    if MARK in sent:
        assert MARK not in body


@FUZZ
@given(
    path=st.sampled_from(
        [
            "/",
            "/output",
            "/infrastructure",
            "/platforms",
            "/benefits",
            "/sources",
            "/embed/gross-output",
            "/export/gross-output.csv",
            "/export/page/benefits.zip",
            "/api/charts",
            "/healthz",
        ]
    ),
    params=st.dictionaries(
        st.sampled_from(["lang", "year", "sector", "width", "height", "scale", "x"]), hostile_text, max_size=4
    ),
)
def test_query_parameters_never_break_a_route(live_server, path, params):
    query = urlencode(params)
    status, body = request(f"{live_server}{path}?{query}")
    check(status, body, query + json.dumps(params))


ROUTER = ROUTER_OUTPUT


def post(live_server, body: bytes):
    return request(
        f"{live_server}/_dash-update-component", data=body, headers={"Content-Type": "application/json"}
    )


@FUZZ
@given(
    pathname=st.one_of(st.sampled_from(["/", "/output", "/embed/x", "/embed/gross-output"]), json_value),
    search=st.one_of(
        st.builds(
            lambda d: "?" + urlencode(d),
            st.dictionaries(st.sampled_from(["lang", "year", "sector"]), hostile_text, max_size=3),
        ),
        json_value,
    ),
)
def test_page_router_callback(live_server, pathname, search):
    body = json.dumps(router_request(pathname, search)).encode()
    status, text = post(live_server, body)
    check(status, text, body.decode())


@FUZZ
@given(state=json_value, chart=st.sampled_from(["gross-output", "sector-growth", "policies", "nope", "../x"]))
def test_chart_card_callback(live_server, state, chart):
    body = json.dumps(card_request(chart, state)).encode()
    status, text = post(live_server, body)
    check(status, text, body.decode())


@FUZZ
@given(
    state=json_value,
    callback=st.sampled_from(["kpi-grid.children", "sources-data-table.children", "sources-download.data"]),
)
def test_page_callbacks(live_server, state, callback):
    component, prop = callback.split(".")
    inputs = [{"id": "filter-state", "property": "data", "value": state}]
    extra = []
    if component == "sources-download":
        inputs = [{"id": "sources-download-button", "property": "n_clicks", "value": 1}]
        extra = [{"id": "filter-state", "property": "data", "value": state}]
    body = json.dumps(
        {
            "output": callback,
            "outputs": {"id": component, "property": prop},
            "inputs": inputs,
            "changedPropIds": [inputs[0]["id"] + "." + inputs[0]["property"]],
            "state": extra,
        }
    ).encode()
    status, text = post(live_server, body)
    check(status, text, body.decode())


@FUZZ
@given(body=st.one_of(json_value.map(lambda v: json.dumps(v).encode()), st.binary(max_size=300)))
def test_arbitrary_callback_bodies(live_server, body):
    status, text = post(live_server, body)
    check(status, text)
    assert status in (200, 204, 400, 413)


def test_oversized_body_is_refused_early(live_server):
    status, _ = post(live_server, b"{" + b" " * 2_000_000 + b"}")
    assert status == 413


@pytest.mark.parametrize(
    "path",
    [
        "/export/..%2F..%2Fetc%2Fpasswd.png",
        "/export/%2e%2e/%2e%2e/app.csv",
        "/export/page/..%2Fapp.zip",
        "/assets/../app.py",
        "/assets/..%2Fapp.py",
        "/assets/%2e%2e/settings.py",
        "/assets/..%5capp.py",
        "/_dash-component-suites/dash/../../../app.py",
        "/_dash-component-suites/..%2F..%2Fapp.py",
    ],
)
def test_path_traversal_is_refused(live_server, path):
    status, body = request(live_server + path)
    # Either refused, or Dash's catch-all page (its client-side 404): never a file's contents.
    assert status in (400, 404) or (status == 200 and body.startswith("<!DOCTYPE html>")), (
        status,
        body[:200],
    )
    assert "root:x:0:0" not in body and "ROUTES_PREFIX" not in body and "def " not in body


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/output",
        "/healthz",
        "/assets/style.css",
        "/export/gross-output.csv",
        "/export/nope.png",
        "/no/such/route",
        "/_dash-layout",
        "/api/charts",
    ],
)
def test_security_headers_everywhere(live_server, path):
    with (
        urllib.request.urlopen(live_server + path)
        if path != "/export/nope.png"
        else _http_error(live_server + path) as response
    ):
        headers = response.headers
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers.get("X-Frame-Options") is None


def _http_error(url):
    try:
        urllib.request.urlopen(url)
    except urllib.error.HTTPError as exc:
        return exc
    raise AssertionError("expected an HTTP error")


def test_no_debug_or_traceback_page(live_server):
    body = json.dumps({"output": ROUTER, "outputs": [], "inputs": [], "state": []}).encode()
    status, text = post(live_server, body)
    assert status == 400 and "Traceback" not in text and "Werkzeug Debugger" not in text
    status, text = request(live_server + "/console")  # Werkzeug's debugger console, if debug were on
    assert status < 500 and "Debugger" not in text and "console" not in text.lower().split("<title>")[-1][:40]


def test_export_sizes_are_bounded(live_server):
    for query in ("width=100000", "height=0", "scale=1000", "width=4001", "scale=0.5"):
        status, text = request(f"{live_server}/export/gross-output.png?{quote(query, safe='=')}")
        assert status == 400, (query, text)
