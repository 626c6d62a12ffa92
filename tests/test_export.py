"""Server-side exports through the real routes, rendered by kaleido with the system Chromium."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile

import pytest
from PIL import Image

import data
from components.charts import State, charts_of, render

from .conftest import ROOT

pytestmark = pytest.mark.export


@pytest.fixture(scope="module")
def client():
    import app

    return app.server.test_client()


def png(response) -> Image.Image:
    assert response.status_code == 200, response.data[:300]
    assert response.headers["Content-Type"] == "image/png"
    return Image.open(io.BytesIO(response.data))


def ink(image: Image.Image) -> float:
    """Share of pixels that are not (near) white."""
    gray = image.convert("L")
    histogram = gray.histogram()
    return sum(histogram[:235]) / (gray.width * gray.height)


@pytest.mark.parametrize(("width", "height", "scale"), [(1600, 900, 2), (800, 600, 1), (400, 300, 1.5)])
def test_png_has_the_requested_size_and_is_not_blank(client, width, height, scale):
    image = png(client.get(f"/export/gross-output.png?lang=zh&width={width}&height={height}&scale={scale}"))
    assert image.size == (int(width * scale), int(height * scale))
    assert ink(image) > 0.02


def test_default_png_is_report_sized(client):
    response = client.get("/export/5g-base-stations.png?lang=en&year=2019..2023")
    assert png(response).size == (3200, 1800)
    assert "5g-base-stations_2019-2023_en.png" in response.headers["Content-Disposition"]


@pytest.mark.parametrize(("lang", "title"), [("zh", "规模以上工业总产值"), ("en", "Gross industrial output")])
def test_svg_carries_title_sources_and_generation_date(client, lang, title):
    response = client.get(f"/export/gross-output.svg?lang={lang}")
    assert response.status_code == 200
    svg = response.data.decode("utf-8")
    assert title in svg
    assert ("来源" if lang == "zh" else "Sources") in svg
    assert ("生成于" if lang == "zh" else "Generated on") in svg
    assert ("数据截至" if lang == "zh" else "Data as of") in svg


def test_pdf_export(client):
    response = client.get("/export/smart-poles.pdf?lang=en")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")


def test_csv_rows_equal_the_chart_rows(client, ds):
    response = client.get("/export/5g-base-stations.csv?lang=zh&year=2020..2022")
    assert response.status_code == 200
    assert response.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    view = render(ds, "5g-base-stations", State(lang="zh", years=(2020, 2022)))
    assert len(rows) == len(view.rows)
    assert sorted(float(r["数值"]) for r in rows) == sorted(view.rows["value"])
    assert {"单位", "状态", "限定词", "来源编号"} <= set(rows[0])
    assert {r["状态"] for r in rows} <= {"actual", "target", "preliminary"}


def test_page_zip_has_every_chart_and_the_sources(client, ds):
    response = client.get("/export/page/benefits.zip?lang=en&width=800&height=500&scale=1")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    names = set(archive.namelist())
    expected = {f"{s.chart_id}_en.{ext}" for s in charts_of("benefits") for ext in ("png", "csv")} | {
        "sources.csv"
    }
    assert names == expected
    cited = set()
    for spec in charts_of("benefits"):
        cited |= set(render(ds, spec.chart_id, State(lang="en")).source_ids)
        image = Image.open(io.BytesIO(archive.read(f"{spec.chart_id}_en.png")))
        assert image.size == (800, 500)
    listed = {
        r["source_id"] for r in csv.DictReader(io.StringIO(archive.read("sources.csv").decode("utf-8-sig")))
    }
    assert listed == cited


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/export/gross-output.png?width=399", 400, "width must be from 400 to 4000"),
        ("/export/gross-output.png?height=99999", 400, "height must be from 300 to 3000"),
        ("/export/gross-output.png?scale=5", 400, "scale must be from 1 to 4"),
        ("/export/gross-output.png?scale=abc", 400, "scale must be a number"),
        ("/export/gross-output.png?year=1800", 400, "year must be"),
        ("/export/gross-output.png?sector=%3Cscript%3E", 400, "sector must be"),
        ("/export/gross-output.png?lang=fr", 400, "lang must be zh or en"),
        ("/export/no-such-chart.png", 404, "no chart with that name"),
        ("/export/gross-output.exe", 404, "format must be one of"),
        ("/export/page/nowhere.zip", 404, "page must be one of"),
        ("/export/application-sectors.png", 400, "export it as csv"),
    ],
)
def test_bad_parameters_get_a_clear_error(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status
    assert words in response.get_json()["error"]


def test_chart_list_for_portal_builders(client):
    charts = client.get("/api/charts").get_json()
    ids = {c["id"] for c in charts}
    assert {"gross-output", "5g-base-stations", "policies"} <= ids
    assert all(c["title"]["zh"] and c["title"]["en"] for c in charts)


def test_missing_browser_gives_503_and_csv_still_works(client, monkeypatch):
    from export import renderer as module

    monkeypatch.setenv("DASHBOARD_BROWSER_PATH", "/nonexistent/chromium")
    monkeypatch.setattr(module, "_renderer", module.Renderer())
    response = client.get("/export/gross-output.png?lang=zh")
    assert response.status_code == 503
    assert "导出" in response.get_json()["error"]
    assert client.get("/export/gross-output.csv").status_code == 200
    assert client.get("/healthz").status_code == 200
    monkeypatch.delenv("DASHBOARD_BROWSER_PATH")
    assert client.get("/export/gross-output.png?width=400&height=300&scale=1").status_code == 200


GLYPH_SCRIPT = """
import io, sys
import plotly.graph_objects as go
from PIL import Image, ImageChops
from export.renderer import Renderer
r = Renderer()
def render(title):
    fig = go.Figure(layout=dict(title=dict(text=title, font=dict(size=40)), xaxis=dict(visible=False),
                                yaxis=dict(visible=False), font=dict(family="Noto Sans CJK SC, sans-serif")))
    return Image.open(io.BytesIO(r.render(fig.to_plotly_json(), "png", 600, 200, 1))).convert("L")
a, b = render("规模以上工业总产值"), render("数字基础设施与平台")
r.close()
print("DIFFERENT" if ImageChops.difference(a, b).getbbox() else "IDENTICAL")
"""


def _glyph_check(env_extra):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env_extra}
    out = subprocess.run(
        [sys.executable, "-c", GLYPH_SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT, timeout=180
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def test_chinese_renders_as_glyphs_not_boxes(tmp_path):
    """Two different Chinese titles of equal length: real glyphs differ, tofu boxes are identical.

    The control run hides every CJK font from fontconfig and must come out IDENTICAL,
    which shows the check would catch the regression it guards against.
    """
    assert _glyph_check({}) == "DIFFERENT"
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>/usr/share/fonts/truetype/liberation</dir><cachedir>{tmp_path}/cache</cachedir></fontconfig>"
    )
    assert _glyph_check({"FONTCONFIG_FILE": str(conf)}) == "IDENTICAL"


def test_export_reads_the_current_data(client, ds):
    expected = data.latest(ds, "smart_poles").value
    body = client.get("/export/smart-poles.csv?lang=en").data.decode("utf-8-sig")
    assert str(int(expected)) in body
