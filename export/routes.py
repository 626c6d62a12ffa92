"""HTTP routes for exports and the chart list.

GET /export/<chart_id>.<png|svg|pdf|csv>?year=&sector=&lang=&width=&height=&scale=
GET /export/page/<page>.zip?year=&sector=&lang=
GET /api/charts

Errors are JSON ``{"error": ...}``: 400 for a bad parameter, 404 for an unknown chart,
page or format, 503 when the export browser is missing or failed (the rest of the
dashboard keeps working, and the next export starts a fresh browser).
"""

from __future__ import annotations

from urllib.parse import quote

from flask import Flask, Response, jsonify, request

import data
from components.charts import SPECS

from . import service
from .renderer import ExportUnavailable


def _attachment(body: bytes, filename: str, media_type: str) -> Response:
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_")
    response = Response(body, content_type=media_type)
    response.headers["Content-Disposition"] = (
        f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    )
    response.headers["Cache-Control"] = "no-store"
    return response


def _error(status: int, message: str) -> Response:
    response = jsonify({"error": message, "status": status})
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


UNAVAILABLE = {
    "zh": "图片导出暂不可用（服务器上的导出浏览器未能启动或已停止），请稍后再试；CSV 导出与页面不受影响。",
    "en": "Image export is unavailable right now (the server's export browser could not start or stopped); "
    "try again shortly. CSV export and the dashboard are not affected.",
}


def register(server: Flask, prefix: str = "/") -> None:
    """Mount the routes under ``prefix`` (the server's routes prefix, ending with '/')."""

    def answer(make, media_type: str):
        """Run an export; map its failures to 404, 400 or 503 with a message."""
        lang = request.args.get("lang") if request.args.get("lang") in UNAVAILABLE else "en"
        try:
            body, name = make(data.current(), request.args)
        except LookupError as exc:
            return _error(404, str(exc).strip("'\""))
        except service.BadRequest as exc:
            return _error(400, str(exc))
        except ExportUnavailable as exc:
            server.logger.error("export unavailable: %s", exc)
            return _error(503, UNAVAILABLE[lang])
        return _attachment(body, name, media_type)

    @server.get(f"{prefix}export/<chart_id>.<fmt>")
    def export_chart(chart_id: str, fmt: str):
        media_type = service.MEDIA_TYPES.get(fmt, "application/octet-stream")
        return answer(lambda ds, args: service.export_chart(ds, chart_id, fmt, args), media_type)

    @server.get(f"{prefix}export/page/<page>.zip")
    def export_page(page: str):
        return answer(lambda ds, args: service.export_page(ds, page, args), service.MEDIA_TYPES["zip"])

    @server.get(f"{prefix}api/charts")
    def chart_list():
        return jsonify(
            [
                {
                    "id": spec.chart_id,
                    "page": spec.page,
                    "title": spec.title,
                    "sector_dimension": spec.sector_dimension,
                    "formats": list(service.FORMATS)
                    if spec.build.__name__ != "application_groups"
                    else ["csv"],
                }
                for spec in SPECS
            ]
        )
