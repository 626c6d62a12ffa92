"""Reference apps for the benchmarks: what the framework allows at best, and what a typical
Dash app does. Served by gunicorn exactly like the dashboard (``bench.floor_app:server``).

- ``/`` : a bare Dash page with one graph (the first-visit floor);
- callback ``floor-graph.figure``: returns the dashboard's own figure for the chart named in its
  input, precomputed as a dict (the callback floor, per chart);
- callback ``px-graph.figure``: the gross-output chart built with plotly.express from the
  same data layer (the usual way).
"""

from __future__ import annotations

import json

import plotly.express as px
from dash import Dash, Input, Output, dcc, html
from plotly.io.json import to_json_plotly

import data
from components.charts import SPECS, State, render

ds = data.current()
# The floor sends the very figure the dashboard sends for the same chart, precomputed, so that
# the comparison is about the work per request, not the size of the answer.
PRECOMPUTED = {
    spec.chart_id: json.loads(to_json_plotly(render(ds, spec.chart_id, State(lang="zh")).figure))
    for spec in SPECS
    if spec.build.__name__ != "application_groups"
}

app = Dash(__name__, title="floor")
app.layout = html.Div(
    [
        dcc.Dropdown(id="year", options=[2020, 2021, 2022], value=2020),
        dcc.Dropdown(id="chart", options=list(PRECOMPUTED), value="gross-output"),
        dcc.Graph(id="floor-graph", figure=PRECOMPUTED["gross-output"]),
        dcc.Graph(id="px-graph"),
    ]
)
server = app.server
server.add_url_rule("/healthz", "healthz", lambda: "ok")


@app.callback(Output("floor-graph", "figure"), Input("chart", "value"), prevent_initial_call=True)
def floor(chart):
    return PRECOMPUTED.get(chart, PRECOMPUTED["gross-output"])


@app.callback(Output("px-graph", "figure"), Input("year", "value"), prevent_initial_call=True)
def usual(year):
    frame = data.observations(data.current(), "gross_output_above_scale", geos="shenzhen")
    frame = frame[frame["year"] >= int(year or 2015)]
    return px.bar(frame, x="year", y="value", title="规模以上工业总产值", labels={"value": "亿元"})
