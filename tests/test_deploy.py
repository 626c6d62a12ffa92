"""Intranet deployment with real parts: nginx on loopback proxying under a path prefix to
gunicorn, in both prefix modes, and a portal page on another origin framing /embed/.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import threading
import time
import urllib.request
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from .conftest import copy_data, free_port, start_gunicorn, stop

pytestmark = pytest.mark.deploy

PREFIX = "/stats/industry/"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    if not os.path.exists(NGINX):
        pytest.fail("nginx is not installed: `make test` installs the Debian package nginx-light")
    tmp = tmp_path_factory.mktemp("deploy")
    portal_port, other_port, keep_port, strip_port = (free_port() for _ in range(4))
    allowed = f"http://127.0.0.1:{portal_port}"
    env = {"DASHBOARD_URL_PREFIX": PREFIX, "DASHBOARD_FRAME_ANCESTORS": f"'self' {allowed}"}
    keep, keep_url = start_gunicorn(copy_data(tmp / "keep" / "data"), env=env, workers=1)
    strip, strip_url = None, None
    servers = []
    nginx = None
    try:
        strip, strip_url = start_gunicorn(
            copy_data(tmp / "strip" / "data"), env={**env, "DASHBOARD_PROXY_STRIPS_PREFIX": "1"}, workers=1
        )
        conf = tmp / "nginx.conf"
        for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (tmp / folder).mkdir()
        conf.write_text(
            f"""
{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 128; }}
http {{
  access_log {tmp}/access.log;
  client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
  # The proxy keeps the prefix: the app mounts its routes under it.
  server {{
    listen 127.0.0.1:{keep_port};
    location {PREFIX} {{ proxy_pass {keep_url}; proxy_set_header Host $http_host; }}
  }}
  # The proxy strips the prefix (note the trailing slash of proxy_pass).
  server {{
    listen 127.0.0.1:{strip_port};
    location {PREFIX} {{ proxy_pass {strip_url}/; proxy_set_header Host $http_host; }}
  }}
}}
"""
        )
        nginx = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp)], stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while get_quiet(f"http://127.0.0.1:{keep_port}{PREFIX}healthz") != 200:
            if nginx.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("nginx did not start: " + nginx.stderr.read().decode(errors="replace"))
            time.sleep(0.2)
        portal = tmp / "portal"
        portal.mkdir()
        embed = f"http://127.0.0.1:{keep_port}{PREFIX}embed/gross-output?lang=zh&year=2020..2024"
        (portal / "index.html").write_text(
            '<!doctype html><html><head><meta charset="utf-8"><title>portal</title></head><body>'
            f'<h1>门户</h1><iframe id="dash" src="{embed}" width="100%" height="700" style="border:0" '
            'sandbox="allow-scripts allow-same-origin allow-downloads allow-popups"></iframe></body></html>',
            encoding="utf-8",
        )
        (portal / "favicon.ico").write_bytes(b"")  # the portal's own, so its 404 is not counted
        for port in (portal_port, other_port):
            handler = partial(QuietHandler, directory=str(portal))
            httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            servers.append(httpd)
        yield {
            "keep": f"http://127.0.0.1:{keep_port}{PREFIX}",
            "strip": f"http://127.0.0.1:{strip_port}{PREFIX}",
            "portal": f"http://127.0.0.1:{portal_port}/",
            "other_portal": f"http://127.0.0.1:{other_port}/",
        }
    finally:
        for httpd in servers:
            httpd.shutdown()
            httpd.server_close()
        if nginx:
            nginx.terminate()
            nginx.wait(10)
            nginx.stderr.close()
        stop(keep)
        if strip:
            stop(strip)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def get_quiet(url):
    try:
        return get(url)[0]
    except OSError:
        return None


def urls_in(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


@pytest.mark.parametrize("mode", ["keep", "strip"])
def test_every_url_carries_the_prefix(deployment, mode):
    base = deployment[mode]
    status, headers, body = get(base + "output?lang=en")
    assert status == 200
    page = body.decode()
    urls = urls_in(page)
    assert urls and all(u.startswith(PREFIX) for u in urls), urls
    assert "http://" not in page.replace('"http://', "") and "https://" not in page
    config = re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', page, re.S).group(
        1
    )
    assert json.loads(config)["requests_pathname_prefix"] == PREFIX
    for path in ("healthz", "api/charts", "export/gross-output.csv?lang=zh", "assets/style.css"):
        assert get(base + path)[0] == 200, path


@pytest.mark.parametrize("mode", ["keep", "strip"])
def test_pages_work_through_the_proxy(deployment, mode, page):
    base = deployment[mode]
    page.goto(base + "output?lang=en")
    page.wait_for_selector("#card-gross-output .main-svg")
    hrefs = [a.get_attribute("href") for a in page.locator("a.nav-link, a.export-link, #lang-switch").all()]
    assert hrefs and all(h.startswith(PREFIX) for h in hrefs), hrefs
    page.click("#filter-year-from")
    page.locator(".dash-dropdown-option", has_text="2021").first.click()
    page.wait_for_url(re.compile(re.escape(PREFIX) + r"output\?lang=en&year=2021$"))
    # Locator waits, not wait_for_function: that evaluates a string, which our CSP (rightly) forbids.
    expect(page.locator("#card-gross-output figcaption")).to_contain_text("(2021)")
    page.click("a.nav-link >> nth=0")
    page.wait_for_url(re.compile(re.escape(PREFIX) + r"\?lang=en&year=2021$"))
    page.wait_for_selector("#kpi-grid")
    assert page.console_log.errors == []


def test_security_headers_on_every_kind_of_route(deployment):
    base = deployment["keep"]
    for path in (
        "",
        "output",
        "healthz",
        "assets/style.css",
        "export/gross-output.csv",
        "export/nope.png",
        "no-such-route.txt",
        "_dash-layout",
    ):
        status, headers, _ = get(base + path)
        csp = headers.get("Content-Security-Policy", "")
        assert "frame-ancestors 'self' http://127.0.0.1:" in csp, (path, status)
        assert "unsafe-eval" not in csp
        assert headers.get("X-Content-Type-Options") == "nosniff", path
        assert headers.get("Referrer-Policy"), path
        assert "X-Frame-Options" not in headers, path


def test_static_files_are_compressed_and_long_cached(deployment):
    base = deployment["keep"]
    _, _, body = get(base + "output")
    script = next(u for u in urls_in(body.decode()) if "dash_renderer" in u)
    status, headers, packed = get(urlparse(base)._replace(path=script).geturl(), {"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip"
    assert "max-age=31536000" in headers.get("Cache-Control", "")
    assert len(packed) < 0.5 * int(get(urlparse(base)._replace(path=script).geturl())[1]["Content-Length"])


def test_portal_frames_the_chart_with_no_foreign_request(deployment, browser):
    context = browser.new_context()
    page = context.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(deployment["portal"])
    frame = page.frame_locator("#dash")
    frame.locator("#card-gross-output .main-svg").first.wait_for(timeout=30000)
    assert "规模以上工业总产值" in frame.locator("#card-gross-output .js-plotly-plot").text_content()
    assert frame.locator("#card-gross-output a.export-link").count() == 3
    assert frame.locator(".nav").count() == 0
    hosts = {urlparse(u).hostname for u in requested if not u.startswith(("data:", "blob:", "about:"))}
    assert hosts == {"127.0.0.1"}, requested
    assert errors == []
    context.close()


def test_a_portal_not_on_the_allow_list_is_refused(deployment, browser):
    context = browser.new_context()
    page = context.new_page()
    messages = []
    page.on("console", lambda m: messages.append(m.text))
    page.goto(deployment["other_portal"])
    page.wait_for_timeout(3000)
    frame = page.frame_locator("#dash")
    assert frame.locator(".main-svg").count() == 0
    assert any("frame-ancestors" in m for m in messages), messages
    context.close()


def test_embed_snippet_points_at_the_public_address(deployment, page):
    page.goto(deployment["keep"] + "infrastructure?lang=en&year=2020..2022")
    page.wait_for_selector("#card-smart-poles .main-svg")
    page.locator("#card-smart-poles .embed-box summary").click()
    code = page.locator("#card-smart-poles .embed-code").input_value()
    assert f'src="{deployment["keep"]}embed/smart-poles?lang=en&amp;year=2020..2022"' in code or (
        f'src="{deployment["keep"]}embed/smart-poles?lang=en&year=2020..2022"' in code
    )
    assert 'sandbox="allow-scripts allow-same-origin allow-downloads allow-popups"' in code


def test_unknown_embed_chart_says_so(deployment, page):
    page.goto(deployment["keep"] + "embed/nope?lang=en")
    page.wait_for_selector(".embed-error")
    assert "no such chart" in page.inner_text(".embed-error")


def test_settings_reject_bad_values(monkeypatch):
    import settings

    monkeypatch.setenv("DASHBOARD_URL_PREFIX", "/stats/<script>/")
    with pytest.raises(settings.SettingsError, match="DASHBOARD_URL_PREFIX"):
        settings.url_prefix()
    monkeypatch.setenv("DASHBOARD_FRAME_ANCESTORS", "'self' javascript:alert(1)")
    with pytest.raises(settings.SettingsError, match="DASHBOARD_FRAME_ANCESTORS"):
        settings.frame_ancestors()
    monkeypatch.setenv("DASHBOARD_URL_PREFIX", "stats/industry")
    assert settings.url_prefix() == "/stats/industry/"
    assert Path(settings.__file__).name == "settings.py"
