"""Hostile or broken requests get a clear 4xx, never a 500 page or a traceback.

- A callback request (``_dash-update-component``) must be a JSON object naming a registered
  callback, with lists of ``{id, property}`` inputs; anything else is a 400 before Dash sees it.
- Bodies over ``MAX_CONTENT_LENGTH`` are refused with 413 (Flask does this on reading).
- Any exception that still escapes is logged with its traceback on the server and answered
  with a short JSON message: 400 for a callback request (its payload was unusable), 500
  otherwise. Debug mode is never on, so no traceback page can be shown.
"""

from __future__ import annotations

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

MAX_BODY_BYTES = 1_000_000


def _bad(message: str, status: int = 400):
    response = jsonify({"error": message, "status": status})
    response.status_code = status
    return response


def _valid_prop_list(value) -> bool:
    """Inputs/state: a list whose items are {id, property, ...} or lists of them (wildcards)."""
    if not isinstance(value, list):
        return False
    for item in value:
        items = item if isinstance(item, list) else [item]
        for entry in items:
            if not (isinstance(entry, dict) and "id" in entry and isinstance(entry.get("property"), str)):
                return False
    return True


def install(app, server: Flask, routes_prefix: str) -> None:
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    update_path = f"{routes_prefix}_dash-update-component"

    @server.before_request
    def check_callback_request():
        if request.path != update_path or request.method != "POST":
            return None
        body = request.get_json(silent=True)  # 413 is raised here for an oversized body
        if not isinstance(body, dict):
            return _bad("a callback request must be a JSON object")
        output = body.get("output")
        if not isinstance(output, str) or output not in app.callback_map:
            return _bad("unknown callback")
        if not _valid_prop_list(body.get("inputs")) or not _valid_prop_list(body.get("state", [])):
            return _bad("malformed callback inputs")
        if not isinstance(body.get("outputs"), (dict, list)):
            return _bad("malformed callback outputs")
        if not isinstance(body.get("changedPropIds", []), list):
            return _bad("malformed changedPropIds")
        return None

    @server.errorhandler(Exception)
    def unexpected(error):
        if isinstance(error, HTTPException):
            return error
        if request.path.startswith(f"{routes_prefix}_dash-component-suites/"):
            # Dash raises for a package or file it does not serve (e.g. a traversal attempt).
            server.logger.warning("refused component-suites path %s", request.path)
            return _bad("no such file", 404)
        server.logger.exception("unhandled error on %s %s", request.method, request.path)
        if request.path == update_path:
            return _bad("the callback could not use this request")
        return _bad("internal error; the problem has been logged", 500)
