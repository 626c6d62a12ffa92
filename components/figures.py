"""Pure figure builders: a tidy DataFrame in, a plotly figure out. No Dash, no globals read.

Every builder takes a frame with the columns it documents, plus ``texts``: the strings of
the chart in the reader's language (title, subtitle, axis title, footer lines, legend
words). Figures are built with ``graph_objects`` (``plotly.express`` costs ~20 ms a call)
and styled only by the ``szdash`` template, so that every chart looks the same.

Conventions that carry meaning:
- a target is drawn hollow (open marker or outline-only bar), never like an outcome;
- a preliminary figure is hatched (bars) or half-filled (markers);
- a point dated inside a year (e.g. "as of 2020-08-14") is a diamond;
- a year inside the range with no figure is labelled "no data", not left as a silent gap.
"""

from __future__ import annotations

from html import escape as _html_escape

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

FONT_FAMILY = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans CJK", sans-serif'
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D00", "#000000"]
TEMPLATE = "szdash"

pio.templates[TEMPLATE] = go.layout.Template(
    layout=dict(
        font=dict(family=FONT_FAMILY, size=13, color="#1f2933"),
        colorway=PALETTE,
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        separators=".,",
        xaxis=dict(
            showgrid=False, linecolor="#9aa5b1", ticks="outside", tickcolor="#9aa5b1", automargin=True
        ),
        # Full numbers with separators (80,000), not SI suffixes (80k) that Chinese readers don't use.
        yaxis=dict(gridcolor="#e4e7eb", zerolinecolor="#9aa5b1", automargin=True, tickformat=",~g"),
        legend=dict(orientation="h", font=dict(size=12)),
        hoverlabel=dict(font=dict(family=FONT_FAMILY)),
        title=dict(x=0, xanchor="left", font=dict(size=16)),
    )
)

FOOTER_LINE_PX = 17


def escape(text) -> str:
    """Plotly reads <, > and & in text as markup: neutralise them (quotes are harmless)."""
    return _html_escape(str(text), quote=False)


def _title(texts: dict) -> dict:
    return dict(
        text=f"<b>{escape(texts['title'])}</b>",
        subtitle=dict(text=escape(texts.get("subtitle", "")), font=dict(size=12, color="#52606d")),
        x=0.015,
        xanchor="left",
        xref="container",
    )


AXIS_PX = 48  # room under the plot for tick labels and the axis title
LEGEND_WIDTH_PX = 500  # the narrowest plot width a card gets (tablet, 1280 px two-up)


def _text_px(text: str) -> int:
    """Rough rendered width: CJK characters are about twice as wide as Latin ones."""
    return sum(13 if ord(ch) > 0x2E80 else 7 for ch in text)


def legend_rows(fig: go.Figure, width: int = LEGEND_WIDTH_PX) -> int:
    """How many lines the horizontal legend takes in ``width`` pixels, packing entries greedily
    (plotly wraps a horizontal legend at the plot area's width)."""
    names = [tr.name for tr in fig.data if tr.name and tr.showlegend is not False]
    rows, used = 0, width
    for name in names:
        entry = _text_px(name) + 60  # symbol and gaps
        if used + entry > width:
            rows, used = rows + 1, 0
        used += entry
    return rows


def _label_margin(labels) -> int:
    """A left margin that fits the longest category label (labels are already shortened)."""
    return max(64, min(260, max((_text_px(str(label)) for label in labels), default=0) + 24))


def shorten(text: str, width_px: int) -> str:
    """Cut a label to about ``width_px`` pixels, with an ellipsis."""
    out = ""
    for ch in text:
        if _text_px(out + ch) > width_px:
            return out.rstrip() + "…"
        out += ch
    return out


def _finish(
    fig: go.Figure, texts: dict, *, legend: bool = True, height: int = 460, left: int = 64
) -> go.Figure:
    """Title and subtitle on top; legend, then sources, under the plot: an image describes itself.

    Heights and the left margin are fixed in pixels, so the legend and the footer can be placed
    exactly below the axis and from the figure's left edge, whatever the plot's size.
    """
    footer = [escape(line) for line in texts.get("footer", [])]
    rows = legend_rows(fig, max(200, LEGEND_WIDTH_PX - (left - 64))) if legend else 0
    legend_px = 24 * rows
    top = 78
    bottom = AXIS_PX + legend_px + FOOTER_LINE_PX * len(footer) + 10
    total = height + legend_px + FOOTER_LINE_PX * len(footer)
    plot_px = total - top - bottom
    fig.update_layout(
        template=TEMPLATE,
        title=_title(texts),
        height=total,
        margin=dict(l=left, r=28, t=top, b=bottom),
        legend=dict(
            orientation="h", xref="container", x=0.015, xanchor="left", y=-AXIS_PX / plot_px, yanchor="top"
        ),
    )
    if footer:
        fig.add_annotation(
            text="<br>".join(footer),
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            xanchor="left",
            yanchor="top",
            yshift=-(AXIS_PX + legend_px),
            xshift=-(left - 10),  # from the figure's left edge, not the plot's
            align="left",
            showarrow=False,
            font=dict(size=11, color="#52606d"),
        )
    return fig


def fit_height(fig: go.Figure, height: int) -> go.Figure:
    """The same figure at another height (for exports): the legend stays just under the axis."""
    margin = fig.layout.margin
    plot_px = max(80, height - (margin.t or 0) - (margin.b or 0))
    fig.update_layout(height=height)
    if fig.layout.legend.y is not None and fig.layout.legend.y < 0:
        fig.update_layout(legend_y=-AXIS_PX / plot_px)
    return fig


def empty_figure(texts: dict) -> go.Figure:
    """A figure that says why it is empty, with no axes to mislead."""
    fig = go.Figure()
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.add_annotation(
        text=escape(texts["empty"]),
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        showarrow=False,
        font=dict(size=15, color="#52606d"),
    )
    return _finish(fig, texts, legend=False, height=300)


def _bar_style(color: str, status: str) -> dict:
    if status == "target":
        return dict(color="rgba(255,255,255,0)", line=dict(color=color, width=2))
    if status == "preliminary":
        return dict(
            color=color, pattern=dict(shape="/", fillmode="overlay", fgcolor="#ffffff", solidity=0.35)
        )
    return dict(color=color)


def _add_status_bars(fig: go.Figure, frame: pd.DataFrame, texts: dict, *, position: str) -> None:
    """One bar trace per series and status (colour per series, style per status).

    ``position`` is the column giving where a bar stands: "year" (vertical bars) or
    "category" (horizontal bars).
    """
    horizontal = position == "category"
    for i, series in enumerate(dict.fromkeys(frame["series"])):
        color = PALETTE[i % len(PALETTE)]
        for status in ("actual", "preliminary", "target"):
            part = frame[(frame["series"] == series) & (frame["status"] == status)]
            if part.empty:
                continue
            where, value = part[position], part["y"]
            fig.add_trace(
                go.Bar(
                    x=value if horizontal else where,
                    y=where if horizontal else value,
                    orientation="h" if horizontal else "v",
                    name=f"{series}{texts.get('status_words', {}).get(status, '')}",
                    marker=_bar_style(color, status),
                    text=part["label"],
                    textposition="outside",
                    textfont=dict(size=11),
                    constraintext="none",
                    cliponaxis=False,
                    hovertext=part["hover"],
                    hoverinfo="text",
                    legendgroup=series,
                )
            )


def annual_bars(frame: pd.DataFrame, texts: dict) -> go.Figure:
    """Bars by year, one colour per series.

    Columns: ``series`` (legend label), ``year`` (int), ``y`` (number, already in display
    units), ``status``, ``label`` (text on the bar), ``hover``. ``texts`` also gives
    ``no_data`` and ``status_words`` ({status: legend suffix}).
    """
    if frame.empty:
        return empty_figure(texts)
    years = list(range(int(frame["year"].min()), int(frame["year"].max()) + 1))
    fig = go.Figure()
    _add_status_bars(fig, frame, texts, position="year")
    fig.update_layout(barmode="group", bargap=0.25)
    # A linear year axis keeps every year in place, so a missing year is a visible gap.
    fig.update_xaxes(
        type="linear",
        tickmode="array",
        tickvals=years,
        ticktext=[str(y) for y in years],
        range=[years[0] - 0.6, years[-1] + 0.6],
    )
    # The unit is in the subtitle: a rotated CJK axis title (e.g. 个) reads as an arrow.
    fig.update_yaxes(rangemode="tozero")
    missing = [y for y in years if y not in set(frame["year"])]
    for year in missing:
        fig.add_annotation(
            x=year,
            y=0,
            yref="y",
            text=texts["no_data"],
            showarrow=False,
            yanchor="bottom",
            font=dict(size=11, color="#7b8794"),
            textangle=-90,
        )
    return _finish(fig, texts)


def dated_lines(frame: pd.DataFrame, texts: dict) -> go.Figure:
    """Cumulative counts over time, one line per series, on a date axis.

    Columns: ``series``, ``date`` (Timestamp), ``y``, ``status``, ``dated`` (True when the
    source gives a day inside the year), ``hover``.
    """
    if frame.empty:
        return empty_figure(texts)
    fig = go.Figure()
    for i, series in enumerate(dict.fromkeys(frame["series"])):
        color = PALETTE[i % len(PALETTE)]
        part = frame[frame["series"] == series].sort_values("date")
        outcome = part[part["status"] != "target"]
        if not outcome.empty:
            symbols = ["diamond" if dated else "circle" for dated in outcome["dated"]]
            fig.add_trace(
                go.Scatter(
                    x=outcome["date"],
                    y=outcome["y"],
                    mode="lines+markers",
                    name=series,
                    line=dict(color=color, width=2),
                    marker=dict(
                        color=[("#ffffff" if s == "preliminary" else color) for s in outcome["status"]],
                        line=dict(color=color, width=2),
                        symbol=symbols,
                        size=9,
                    ),
                    hovertext=outcome["hover"],
                    hoverinfo="text",
                    legendgroup=series,
                )
            )
        target = part[part["status"] == "target"]
        if not target.empty:
            fig.add_trace(
                go.Scatter(
                    x=target["date"],
                    y=target["y"],
                    mode="markers",
                    name=f"{series}{texts.get('status_words', {}).get('target', '')}",
                    marker=dict(symbol="circle-open", size=13, color=color, line=dict(width=2)),
                    hovertext=target["hover"],
                    hoverinfo="text",
                    legendgroup=series,
                )
            )
    # The unit is in the subtitle: a rotated CJK axis title (e.g. 个) reads as an arrow.
    fig.update_yaxes(rangemode="tozero")
    fig.update_xaxes(type="date", tickformat="%Y")
    return _finish(fig, texts)


def category_bars(frame: pd.DataFrame, texts: dict) -> go.Figure:
    """Horizontal bars for categories (sectors, cities, outcomes), grouped by series.

    Columns: ``category`` (axis label, top to bottom in frame order), ``series``, ``y``,
    ``status``, ``label``, ``hover``.
    """
    if frame.empty:
        return empty_figure(texts)
    fig = go.Figure()
    # Long names would squeeze the plot: cut them on the axis (hover and table keep them whole).
    frame = frame.assign(category=[shorten(c, 190) for c in frame["category"]])
    categories = list(dict.fromkeys(frame["category"]))
    _add_status_bars(fig, frame[frame["y"].notna()], texts, position="category")
    # A category with no value is a gap that says so, not a missing row.
    for category in frame.loc[frame["y"].isna(), "category"]:
        label = frame.loc[(frame["category"] == category) & frame["y"].isna(), "label"].iloc[0]
        fig.add_annotation(
            y=category,
            x=0,
            xref="x",
            text=escape(str(label)),
            showarrow=False,
            xanchor="left",
            font=dict(size=11, color="#7b8794"),
        )
    per_category = int(frame.groupby("category").size().max())
    height = max(320, 90 + 34 * len(categories) * max(1, min(3, per_category)))
    # One bar per category: don't reserve an empty slot for every other series.
    fig.update_layout(barmode="group" if per_category > 1 else "relative", bargap=0.3)
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(categories)), automargin=True)
    fig.add_trace(
        go.Bar(y=categories, x=[None] * len(categories), orientation="h", showlegend=False, hoverinfo="skip")
    )
    fig.update_xaxes(zeroline=True, showgrid=True, gridcolor="#e4e7eb", tickformat=",~g")
    fig.update_yaxes(automargin=False)
    return _finish(fig, texts, height=min(height, 900), left=_label_margin(categories))


def timeline(frame: pd.DataFrame, texts: dict) -> go.Figure:
    """Events on a date axis, one row per kind. Columns: ``date``, ``row``, ``text``, ``hover``."""
    if frame.empty:
        return empty_figure(texts)
    fig = go.Figure()
    rows = list(dict.fromkeys(frame["row"]))
    for i, row in enumerate(rows):
        part = frame[frame["row"] == row]
        fig.add_trace(
            go.Scatter(
                x=part["date"],
                y=[row] * len(part),
                mode="markers+text",
                text=[shorten(x, 150) for x in part["text"]],
                textposition="top center",
                marker=dict(size=12, color=PALETTE[i % len(PALETTE)]),
                hovertext=part["hover"],
                hoverinfo="text",
                showlegend=False,
            )
        )
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(rows)), automargin=True)
    start, end = frame["date"].min(), frame["date"].max()
    fig.update_xaxes(
        type="date", tickformat="%Y-%m", range=[start - pd.Timedelta(days=200), end + pd.Timedelta(days=200)]
    )
    fig.update_yaxes(automargin=False)
    return _finish(fig, texts, legend=False, height=max(320, 110 + 70 * len(rows)), left=_label_margin(rows))


def period_bars(frame: pd.DataFrame, texts: dict) -> go.Figure:
    """Plans as bars spanning their years. Columns: ``row``, ``start`` (int), ``end`` (int), ``hover``."""
    if frame.empty:
        return empty_figure(texts)
    labels = [shorten(r, 200) for r in frame["row"]]
    fig = go.Figure(
        go.Bar(
            y=labels,
            x=frame["end"] - frame["start"] + 1,
            base=frame["start"],
            orientation="h",
            marker=dict(color=[PALETTE[i % len(PALETTE)] for i in range(len(frame))]),
            hovertext=frame["hover"],
            hoverinfo="text",
            showlegend=False,
        )
    )
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(labels)), automargin=True)
    fig.update_xaxes(dtick=1, showgrid=True, gridcolor="#e4e7eb")
    fig.update_yaxes(automargin=False)
    return _finish(
        fig, texts, legend=False, height=max(320, 110 + 30 * len(frame)), left=_label_margin(labels)
    )
