"""The dashboard's entry point: the Dash app, its health endpoint, and ``server`` for gunicorn."""

from __future__ import annotations

import dash
from dash import Dash, html
from flask import jsonify

import data
from export import routes as export_routes

# Load and validate the data before serving anything: a broken data folder stops the
# process here with every problem listed, instead of serving a half-working dashboard.
data.store()

app = Dash(
    __name__,
    use_pages=True,
    title="深圳工业与工业互联网 | Shenzhen industry",
    update_title=None,
    serve_locally=True,
)
app.layout = html.Div(dash.page_container, id="app-root")
server = app.server


export_routes.register(server)


@server.route("/healthz")
def healthz():
    """Liveness plus data state: version, rows per table, the last rejected reload."""
    return jsonify(data.store().status())


# Dash finishes its setup on the first request; under threaded workers two concurrent
# first requests race and one gets a 500 (see STACK.md). One request here, after every
# route is registered, does that setup before the process serves anyone.
with server.test_client() as _client:
    _client.get("/")

if __name__ == "__main__":
    app.run(debug=False)
