"""The dashboard's entry point: the Dash app, its routes, and ``server`` for gunicorn."""

from __future__ import annotations

import dash
from dash import Dash, html
from flask import jsonify

import data
import guards
import security
import settings
from components import validation
from export import routes as export_routes

# Read the deployment settings and load the data before serving anything: a bad setting or
# a broken data folder stops the process here with a clear message, instead of serving a
# half-working dashboard.
ROUTES_PREFIX = settings.routes_prefix()
settings.frame_ancestors()
data.store()

app = Dash(
    __name__,
    use_pages=True,
    title="深圳工业与工业互联网 | Shenzhen industry",
    update_title=None,
    serve_locally=True,
    **settings.dash_prefix_kwargs(),
)
app.layout = html.Div(dash.page_container, id="app-root")
server = app.server
# Production: no debug pages, no tracebacks to the browser.
server.config.update(DEBUG=False, PROPAGATE_EXCEPTIONS=False)

export_routes.register(server, ROUTES_PREFIX)
security.install(app, server)
guards.install(app, server, ROUTES_PREFIX)


@server.route(f"{ROUTES_PREFIX}healthz")
def healthz():
    """Liveness plus data state: version, rows per table, the last rejected reload."""
    return jsonify(data.store().status())


# Dash finishes its setup on the first request; under threaded workers two concurrent
# first requests race and one gets a 500 (see STACK.md). One request here, after every
# route is registered, does that setup before the process serves anyone.
with server.test_client() as _client:
    _client.get(ROUTES_PREFIX)
validation.install(app)  # after the first request, which builds Dash's (much larger) one

if __name__ == "__main__":
    app.run(debug=False)
