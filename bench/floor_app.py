"""Reference apps for the benchmarks: what the framework allows at best, and what a typical
Dash app does. Served by gunicorn exactly like the dashboard (``bench.floor_app:server``).

- ``/`` : a bare Dash page with one graph (the first-visit floor);
- callback ``floor-graph.figure``: returns a precomputed figure dict (the callback floor);
- callback ``px-graph.figure``: the gross-output chart built with plotly.express from the
  same data layer (the usual way).
"""

from __future__ import annotations

import json

import plotly.express as px
from dash import Dash, Input, Output, dcc, html
from plotly.io.json import to_json_plotly

import data
from components.charts import State, render

ds = data.current()
# The floor sends the very figure the dashboard sends for the same chart, precomputed, so that
# the comparison is about the work per request, not the size of the answer.
PRECOMPUTED = json.loads(to_json_plotly(render(ds, "gross-output", State(lang="zh")).figure))

app = Dash(__name__, title="floor")
app.layout = html.Div(
    [
        dcc.Dropdown(id="year", options=[2020, 2021, 2022], value=2020),
        dcc.Graph(id="floor-graph", figure=PRECOMPUTED),
        dcc.Graph(id="px-graph"),
    ]
)
server = app.server
server.add_url_rule("/healthz", "healthz", lambda: "ok")


@app.callback(Output("floor-graph", "figure"), Input("year", "value"), prevent_initial_call=True)
def floor(_year):
    return PRECOMPUTED


@app.callback(Output("px-graph", "figure"), Input("year", "value"), prevent_initial_call=True)
def usual(year):
    frame = data.observations(data.current(), "gross_output_above_scale", geos="shenzhen")
    frame = frame[frame["year"] >= int(year or 2015)]
    return px.bar(frame, x="year", y="value", title="规模以上工业总产值", labels={"value": "亿元"})
