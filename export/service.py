"""What an export contains: a chart as PNG/SVG/PDF/CSV, or a whole page as a ZIP.

Parameters come from a URL query with the same meaning as the pages (``year``, ``sector``,
``lang``) plus image size. Unlike a page, which falls back to defaults with a notice, an
export refuses a bad value with a message: a script must never receive a different chart
from the one it asked for.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date

import plotly.graph_objects as go

import data
from components import charts, figures
from components.chart_card import export_filename
from components.charts import REGISTRY, State, render
from components.i18n import parse_lang
from components.query import parse_sectors, parse_years
from components.tables import readable, to_csv

from .renderer import renderer

IMAGE_FORMATS = ("png", "svg", "pdf")
FORMATS = IMAGE_FORMATS + ("csv",)
MEDIA_TYPES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "zip": "application/zip",
}
LIMITS = {"width": (400, 4000), "height": (300, 3000), "scale": (1, 4)}
DEFAULTS = {"width": 1600, "height": 900, "scale": 2}
PAGES = ("output", "infrastructure", "platforms", "benefits")


class BadRequest(ValueError):
    """A parameter is not valid; the message says which and what is allowed."""


@dataclass(frozen=True)
class ImageSize:
    width: int
    height: int
    scale: float


def parse_state(args, ds: data.Dataset) -> State:
    """The view asked for, or ``BadRequest`` naming the first bad parameter."""
    raw_lang = args.get("lang")
    lang, ok = parse_lang(raw_lang)
    if not ok:
        raise BadRequest("lang must be zh or en")
    years, ok = parse_years(args.get("year"))
    if not ok:
        raise BadRequest("year must be YYYY or YYYY..YYYY, within the data's years")
    sectors, ok = parse_sectors(ds, args.get("sector"))
    if not ok:
        raise BadRequest("sector must be a comma-separated list of sector codes or application groups")
    return State(lang=lang, years=years, sectors=sectors, generated_on=date.today().isoformat())


def parse_size(args) -> ImageSize:
    values = {}
    for name, (low, high) in LIMITS.items():
        text = args.get(name)
        if text in (None, ""):
            values[name] = DEFAULTS[name]
            continue
        try:
            number = float(text) if name == "scale" else int(text)
        except (TypeError, ValueError):
            raise BadRequest(f"{name} must be a number from {low} to {high}") from None
        if not low <= number <= high:
            raise BadRequest(f"{name} must be from {low} to {high} (got {number:g})")
        values[name] = number
    return ImageSize(**values)


def chart_csv(ds: data.Dataset, view: charts.ChartView, lang: str) -> bytes:
    """Exactly the rows the chart shows, header in ``lang``, UTF-8 with a BOM (Excel on Chinese Windows)."""
    table = view.table if view.table is not None else readable(ds, view.rows, lang)
    return ("\ufeff" + to_csv(table)).encode("utf-8")


def chart_image(view: charts.ChartView, fmt: str, size: ImageSize) -> bytes:
    if view.figure is None:
        raise BadRequest(f"chart {view.chart_id} is a table: export it as csv")
    figure = figures.fit_height(go.Figure(view.figure), size.height)  # a copy: views are shared
    return renderer().render(figure.to_plotly_json(), fmt, size.width, size.height, size.scale)


def export_chart(ds: data.Dataset, chart_id: str, fmt: str, args) -> tuple[bytes, str]:
    """(body, file name) for one chart."""
    if chart_id not in REGISTRY:
        raise LookupError("no chart with that name; the list is at api/charts")
    if fmt not in FORMATS:
        raise LookupError(f"format must be one of {', '.join(FORMATS)}")
    state = parse_state(args, ds)
    view = render(ds, chart_id, state)
    name = f"{export_filename(chart_id, state)}.{fmt}"
    if fmt == "csv":
        return chart_csv(ds, view, state.lang), name
    return chart_image(view, fmt, parse_size(args)), name


def export_page(ds: data.Dataset, page: str, args) -> tuple[bytes, str]:
    """A ZIP of every chart of a page (PNG where it has a figure, and CSV), plus sources.csv."""
    if page not in PAGES:
        raise LookupError(f"page must be one of {', '.join(PAGES)}")
    state = parse_state(args, ds)
    size = parse_size(args)
    buffer = io.BytesIO()
    cited: set[str] = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for spec in charts.charts_of(page):
            view = render(ds, spec.chart_id, state)
            base = export_filename(spec.chart_id, state)
            if view.figure is not None:
                archive.writestr(f"{base}.png", chart_image(view, "png", size))
            archive.writestr(f"{base}.csv", chart_csv(ds, view, state.lang))
            cited |= set(view.source_ids)
        sources = data.sources_for(ds, cited)[["source_id", "publisher", "title", "date", "tier", "url"]]
        archive.writestr("sources.csv", ("\ufeff" + to_csv(sources)).encode("utf-8"))
    name = export_filename(page, state)
    return buffer.getvalue(), f"{name}.zip"
