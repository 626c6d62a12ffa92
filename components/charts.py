"""Every chart of the dashboard: which data it shows and how, in one registry.

``render(ds, chart_id, state)`` turns the current data and the URL state (language,
years, sectors) into a ``ChartView``: the figure, its title and subtitle, a one-line
summary (also the accessible description), the rows behind it and their sources. Pages
only list chart ids; the chart card and the exports call ``render``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

import data
from data.schema import HOME_GEO, TOTAL_SECTOR

from . import figures, fmt
from .i18n import t


@dataclass(frozen=True)
class State:
    """The view an official asked for: language, a year range, sectors (codes or groups)."""

    lang: str = "zh"
    years: tuple[int, int] | None = None
    sectors: tuple[str, ...] = ()
    # Set for exports: printed in the figure's footer ("generated on"); not part of the URL.
    generated_on: str | None = None

    def query(self) -> dict:
        out = {"lang": self.lang}
        if self.years:
            a, b = self.years
            out["year"] = str(a) if a == b else f"{a}..{b}"
        if self.sectors:
            out["sector"] = ",".join(self.sectors)
        return out


@dataclass
class ChartView:
    chart_id: str
    title: str
    subtitle: str
    summary: str
    figure: go.Figure | None
    rows: pd.DataFrame  # the observations behind the chart (canonical units)
    source_ids: list[str] = field(default_factory=list)
    sector_dimension: bool = False
    table: pd.DataFrame | None = None  # display table when the chart has no observations


@dataclass(frozen=True)
class ChartSpec:
    chart_id: str
    page: str
    title: dict
    build: Callable[[data.Dataset, State, ChartSpec], ChartView]
    sector_dimension: bool = False
    options: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- selection


def resolve_sectors(ds: data.Dataset, selected: tuple[str, ...]) -> list[str]:
    """Sector codes meant by a selection of codes and application groups."""
    sectors = ds.table("sectors")
    codes = set()
    for item in selected:
        if item in set(sectors["code"]):
            codes.add(item)
        else:
            groups = sectors["application_groups"].str.split(";")
            codes |= set(sectors.loc[groups.map(lambda g, i=item: i in g), "code"])
    return [c for c in sectors["code"] if c in codes]


def _select(ds, state: State, spec: ChartSpec, indicators, *, geos=None, sectors=None, periods=None):
    frame = data.observations(ds, indicators, geos=geos, sectors=sectors, periods=periods)
    if state.years:
        frame = frame[frame["year"].between(*state.years)]
    if spec.sector_dimension and state.sectors:
        frame = frame[frame["sector"].isin(resolve_sectors(ds, state.sectors))]
    return data.best_per_period(frame).reset_index(drop=True)


# --------------------------------------------------------------------------- texts


def _years_text(state: State, lang: str) -> str:
    if not state.years:
        return t("all_years", lang)
    a, b = state.years
    if a == b:
        return t("year_suffix", lang, year=a)
    return f"{a}–{b}年" if lang == "zh" else f"{a}–{b}"


def _sector_text(ds, state: State, spec: ChartSpec, lang: str) -> str:
    if not spec.sector_dimension:
        return t("no_sector_dimension", lang)
    if not state.sectors:
        return t("sectors_all", lang)
    names = [
        data.label(ds, "sectors" if s in set(ds.table("sectors")["code"]) else "application_groups", s, lang)
        for s in state.sectors
    ]
    return f"{t('sectors', lang)}: " + ("、" if lang == "zh" else ", ").join(names)


def _period_text(frame: pd.DataFrame, lang: str) -> str:
    if frame.empty:
        return ""
    a, b = int(frame["year"].min()), int(frame["year"].max())
    if a == b:
        return t("year_suffix", lang, year=a)
    return f"{a}–{b}年" if lang == "zh" else f"{a}–{b}"


def _when(row, lang: str) -> str:
    if pd.notna(row["as_of"]):
        return row["as_of"].strftime("%Y-%m-%d")
    year = f"{row['year']}年" if lang == "zh" else str(row["year"])
    if row["period"] != "year":
        period = t("period_" + row["period"], lang)
        return f"{year}{period}" if lang == "zh" else f"{period} {year}"
    return year


def _footer(
    ds, frame: pd.DataFrame, lang: str, extra: list[str] | None = None, generated_on=None
) -> list[str]:
    """Source lines printed inside the figure, so an image carries its own provenance."""
    lines = list(extra or [])
    if generated_on:
        lines.append(t("generated_on", lang, date=generated_on))
    if frame.empty:
        return lines
    if "as_of" in frame.columns and (frame.get("status") != "target").any():
        outcomes = frame[frame["status"] != "target"]
        when = outcomes["as_of"].fillna(pd.to_datetime(outcomes["year"].astype(str) + "-12-31")).max()
        latest = outcomes.loc[outcomes["as_of"] == when]
        text = when.strftime("%Y-%m-%d") if len(latest) else t("year_suffix", lang, year=when.year)
        lines.append(t("data_as_of", lang, date=text))
    srcs = data.sources_for(ds, frame["source_id"])
    # One source a line, shortened, so that no line runs off the image.
    names = [_short(f"{r.publisher} ({r.date or 'n.d.'})", 90) for r in srcs.itertuples()]
    shown = names[:3]
    more = len(names) - len(shown)
    for i, name in enumerate(shown):
        lines.append((f"{t('sources', lang)}: " if i == 0 else "    ") + name)
    if more:
        lines[-1] += t("and_more_sources", lang, n=more)
    tier_c = srcs[srcs["tier"] == "C"]
    if len(tier_c):
        lines.append(t("footer_tier_c", lang, n=len(tier_c)))
    tail = f"{t('footer_dashboard', lang)} · {t('data_version', lang)} {ds.version}"
    lines.append(tail)
    return lines


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _texts(
    ds, state: State, spec: ChartSpec, frame: pd.DataFrame, unit_label: str, extra_footer=None
) -> dict:
    lang = state.lang
    title = spec.title[lang]
    period = _period_text(frame, lang) or _years_text(state, lang)
    parts = []
    if unit_label:
        parts.append(f"{t('unit', lang)}: {unit_label}")
    parts += [period, _years_filter_text(state, lang), _sector_text(ds, state, spec, lang)]
    subtitle = " · ".join(p for p in parts if p)
    return {
        "title": title,
        "subtitle": subtitle,
        "footer": _footer(ds, frame, lang, extra_footer, state.generated_on),
        "no_data": t("no_data", lang),
        "status_words": {"preliminary": t("legend_preliminary", lang), "target": t("legend_target", lang)},
        "empty": t(
            "empty_chart", lang, years=_years_text(state, lang), sectors=_sector_text(ds, state, spec, lang)
        ),
    }


def _years_filter_text(state: State, lang: str) -> str:
    return f"{t('filter_years', lang)}: {_years_text(state, lang)}" if state.years else ""


def _series_name(ds, row, by: str, lang: str) -> str:
    if by == "indicator":
        return data.indicator_meta(ds, row["indicator"], lang)["name"]
    if by == "geo":
        return data.label(ds, "geos", row["geo"], lang)
    if by == "sector":
        return data.label(ds, "sectors", row["sector"], lang)
    if by == "when":
        return _when(row, lang)
    return by


def _value_label(ds, row, lang: str) -> str:
    meta = data.indicator_meta(ds, row["indicator"], lang)
    if meta["kind"] in ("growth", "change"):
        text = fmt.signed_pct(row["value"], lang, row["qualifier"])
    else:
        text = fmt.value_text(row["value"], meta["unit"], meta["unit_label"], lang, row["qualifier"])
    if row["status"] != "actual":
        text += f" ({t('status_' + row['status'], lang)})"
    return text


def _bar_labels(ds, frame: pd.DataFrame, y: pd.Series, lang: str) -> list[str]:
    """Short labels in the chart's unit (the axis names the unit; the hover gives the full text)."""
    labels = []
    for (_, row), value in zip(frame.iterrows(), y, strict=True):
        kind = data.indicator_meta(ds, row["indicator"], lang)["kind"]
        signed = kind in ("growth", "change")
        labels.append(
            fmt.short_label(
                value, row["qualifier"], lang, signed=signed, pct=kind in ("growth", "change", "share")
            )
        )
    return labels


def _hover(ds, row, lang: str) -> str:
    meta = data.indicator_meta(ds, row["indicator"], lang)
    tier = f" [{t('tier_c_short', lang)}]" if row["tier"] == "C" else ""
    return (
        f"{meta['name']}<br>{data.label(ds, 'geos', row['geo'], lang)} · {_when(row, lang)}<br>"
        f"<b>{_value_label(ds, row, lang)}</b><br>{t('source', lang)}: {row['publisher']} "
        f"({row['source_date'] or 'n.d.'}){tier}"
    )


def _scaled(ds, frame: pd.DataFrame, lang: str) -> tuple[pd.Series, str]:
    """Values divided into the chart's natural unit, and that unit's label."""
    if frame.empty:
        return frame["value"], ""
    meta = data.indicator_meta(ds, frame["indicator"].iloc[0], lang)
    top = frame["value"].abs().max()
    if meta["unit"] == "cny_100m":
        divisor, label = fmt.axis_scale("cny_100m", top, lang)
    elif meta["kind"] == "count":
        divisor, label = fmt.count_scale(top, meta["unit_label"], lang)
    else:
        divisor, label = 1, meta["unit_label"]
    return frame["value"] / divisor, label


def _sentence(title: str, parts: list[str], lang: str) -> str:
    """'Title: a; b.' with the punctuation of the language."""
    colon, sep, end = ("：", "；", "。") if lang == "zh" else (": ", "; ", ".")
    return f"{title}{colon}{sep.join(parts)}{end}"


def _summary(ds, spec: ChartSpec, frame: pd.DataFrame, lang: str, by: str) -> str:
    """One sentence a screen reader can say instead of the chart (also shown under it)."""
    title = spec.title[lang]
    if frame.empty:
        return _sentence(title, [t("no_data", lang)], lang)
    outcomes = frame[frame["status"] != "target"].sort_values(["year", "as_of"], na_position="first")
    names = outcomes.apply(lambda r: _series_name(ds, r, by, lang), axis=1) if len(outcomes) else pd.Series()
    parts = []
    if names.nunique() == 1:
        first, last = outcomes.iloc[0], outcomes.iloc[-1]
        span = f"{_value_label(ds, first, lang)} ({_when(first, lang)})"
        if len(outcomes) > 1:
            span += f" → {_value_label(ds, last, lang)} ({_when(last, lang)})"
        label = f"{names.iloc[0]} " if by != "indicator" else ""
        parts.append(label + t("summary_points", lang, n=len(outcomes)) + " " + span)
    else:
        for series, part in outcomes.groupby(names, sort=False):
            last = part.iloc[-1]
            parts.append(f"{series} {_value_label(ds, last, lang)} ({_when(last, lang)})")
    targets = frame[frame["status"] == "target"]
    parts = parts or [t("only_targets", lang)]
    if len(targets):
        parts.append(t("targets_shown", lang, n=len(targets)))
    return _sentence(title, parts, lang)


def _view(ds, state, spec, frame, figure, summary, subtitle) -> ChartView:
    return ChartView(
        chart_id=spec.chart_id,
        title=spec.title[state.lang],
        subtitle=subtitle,
        summary=summary,
        figure=figure,
        rows=frame,
        source_ids=sorted(set(frame["source_id"])) if not frame.empty else [],
        sector_dimension=spec.sector_dimension,
    )


# --------------------------------------------------------------------------- chart kinds


def annual(ds, state: State, spec: ChartSpec) -> ChartView:
    """Bars by year; options: indicators, geos, sectors, periods, series_by."""
    o = spec.options
    lang = state.lang
    frame = _select(
        ds,
        state,
        spec,
        o["indicators"],
        geos=o.get("geos"),
        sectors=o.get("sectors"),
        periods=o.get("periods", "year"),
    )
    y, unit_label = _scaled(ds, frame, lang)
    if o.get("label_unit"):
        unit_label = o["label_unit"][lang]
    plot = pd.DataFrame(
        {
            "series": [
                _series_name(ds, r, o.get("series_by", "indicator"), lang) for _, r in frame.iterrows()
            ],
            "year": frame["year"],
            "y": y,
            "status": frame["status"],
            "label": _bar_labels(ds, frame, y, lang),
            "hover": [_hover(ds, r, lang) for _, r in frame.iterrows()],
        }
    )
    texts = _texts(ds, state, spec, frame, unit_label, _extra_footer(ds, spec, state))
    fig = figures.annual_bars(plot, texts)
    return _view(
        ds,
        state,
        spec,
        frame,
        fig,
        _summary(ds, spec, frame, lang, o.get("series_by", "indicator")),
        texts["subtitle"],
    )


def dated(ds, state: State, spec: ChartSpec) -> ChartView:
    """Lines on a date axis (year-end when undated); options: indicator, geos."""
    o = spec.options
    lang = state.lang
    frame = _select(ds, state, spec, o["indicator"], geos=o["geos"], sectors=TOTAL_SECTOR, periods="year")
    year_end = pd.to_datetime(frame["year"].astype(str) + "-12-31")
    dates = frame["as_of"].fillna(year_end)
    y, unit_label = _scaled(ds, frame, lang)
    plot = pd.DataFrame(
        {
            "series": [data.label(ds, "geos", g, lang) for g in frame["geo"]],
            "date": dates,
            "y": y,
            "status": frame["status"],
            "dated": frame["as_of"].notna() & (dates.dt.strftime("%m-%d") != "12-31"),
            "hover": [_hover(ds, r, lang) for _, r in frame.iterrows()],
        }
    )
    # Geos in the order the chart lists them, home first.
    order = {g: i for i, g in enumerate(o["geos"])}
    plot = plot.assign(_o=frame["geo"].map(order)).sort_values(["_o", "date"]).drop(columns="_o")
    extra = [t("legend_dated_points", lang)]
    texts = _texts(ds, state, spec, frame, unit_label, extra)
    fig = figures.dated_lines(plot, texts)
    return _view(ds, state, spec, frame, fig, _summary(ds, spec, frame, lang, "geo"), texts["subtitle"])


def categories(ds, state: State, spec: ChartSpec) -> ChartView:
    """Horizontal bars; options: indicators, geos, sectors, periods, category_by, series_by."""
    o = spec.options
    lang = state.lang
    frame = _select(
        ds,
        state,
        spec,
        o["indicators"],
        geos=o.get("geos"),
        sectors=o.get("sectors"),
        periods=o.get("periods"),
    )
    if o.get("exclude_total"):
        frame = frame[frame["sector"] != TOTAL_SECTOR].reset_index(drop=True)
    frame = frame.sort_values(["year", "period"]).reset_index(drop=True)
    y, unit_label = _scaled(ds, frame, lang)
    if o.get("label_unit"):
        unit_label = o["label_unit"][lang]
    category_by, series_by = o.get("category_by", "indicator"), o.get("series_by", "when")
    plot = pd.DataFrame(
        {
            "category": [_series_name(ds, r, category_by, lang) for _, r in frame.iterrows()],
            "series": [_series_name(ds, r, series_by, lang) for _, r in frame.iterrows()],
            "y": y,
            "status": frame["status"],
            "label": [_value_label(ds, r, lang) for _, r in frame.iterrows()],
            "hover": [_hover(ds, r, lang) for _, r in frame.iterrows()],
        }
    )
    texts = _texts(ds, state, spec, frame, unit_label, _extra_footer(ds, spec, state))
    fig = figures.category_bars(plot, texts)
    return _view(ds, state, spec, frame, fig, _summary(ds, spec, frame, lang, category_by), texts["subtitle"])


def _extra_footer(ds, spec: ChartSpec, state: State) -> list[str]:
    lines = []
    for key in spec.options.get("footnotes", ()):
        lines.append(t(key, state.lang))
    for indicator in spec.options.get("footnote_facts", ()):
        fact = data.latest(ds, indicator)
        if fact:
            meta = data.indicator_meta(ds, indicator, state.lang)
            value = fmt.value_text(fact.value, meta["unit"], meta["unit_label"], state.lang, fact.qualifier)
            lines.append(f"{meta['name']}: {value} ({fmt.when_text(fact, state.lang)})")
    return lines


def city_ranks(ds, state: State, spec: ChartSpec) -> ChartView:
    """All-industry value added of the cities in the ranking of the latest ranked year."""
    lang = state.lang
    ranks = _select(ds, state, spec, "rank_iav_all_industry")
    if ranks.empty:
        frame = ranks
        plot = pd.DataFrame(columns=["category", "series", "y", "status", "label", "hover"])
    else:
        year = int(ranks["year"].max())
        ranks = ranks[ranks["year"] == year].sort_values("value")
        values = data.best_per_period(
            data.observations(ds, "iav_all_industry", years=[year], sectors=TOTAL_SECTOR, periods="year")
        ).set_index("geo")
        rows, plot_rows = [ranks], []
        for _, r in ranks.iterrows():
            name = f"{int(r['value'])}. {data.label(ds, 'geos', r['geo'], lang)}"
            if r["geo"] in values.index:
                v = values.loc[r["geo"]]
                rows.append(v.to_frame().T.assign(geo=r["geo"]))
                vrow = v.copy()
                vrow["geo"] = r["geo"]
                plot_rows.append(
                    (name, v["value"], v["status"], _value_label(ds, vrow, lang), _hover(ds, vrow, lang))
                )
            else:
                plot_rows.append((name, None, "actual", t("no_value_sourced", lang), ""))
        frame = pd.concat(rows, ignore_index=True)
        divisor, unit_label = fmt.axis_scale("cny_100m", 11300, lang)
        plot = pd.DataFrame(plot_rows, columns=["category", "y", "status", "label", "hover"])
        plot["y"] = pd.to_numeric(plot["y"]) / divisor
        plot["series"] = t("year_suffix", lang, year=year)
    unit = fmt.axis_scale("cny_100m", 11300, lang)[1] if not ranks.empty else ""
    texts = _texts(ds, state, spec, frame, unit, [t("footnote_rank_order", lang)])
    fig = figures.category_bars(plot, texts)
    if ranks.empty:
        summary = _sentence(spec.title[lang], [t("no_data", lang)], lang)
    else:
        top = [data.label(ds, "geos", g, lang) for g in ranks["geo"].head(3)]
        summary = _sentence(
            spec.title[lang],
            [t("rank_summary", lang, year=year, top="、".join(top) if lang == "zh" else ", ".join(top))],
            lang,
        )
    return _view(ds, state, spec, frame, fig, summary, texts["subtitle"])


def recognitions(ds, state: State, spec: ChartSpec) -> ChartView:
    """National recognitions of Shenzhen entities on a timeline."""
    lang = state.lang
    table = ds.table("recognitions")
    if state.years:
        table = table[table["year"].between(*state.years)]
    table = table.sort_values(["year", "date"])
    dates = pd.to_datetime(
        table["date"]
        .where(table["date"].str.len() >= 7, table["year"].astype(str))
        .map(lambda d: d + "-01" if len(d) == 7 else (d + "-07-01" if len(d) == 4 else d))
    )
    rows = [t("kind_" + k, lang) for k in table["kind"]]
    entity = table[f"entity_{lang}"]
    plot = pd.DataFrame({"date": dates.values, "row": rows, "text": entity.values})
    plot = plot.groupby(["date", "row"], sort=False, as_index=False).agg(text=("text", " · ".join))
    plot["hover"] = plot["row"] + "<br>" + plot["date"].dt.strftime("%Y-%m") + "<br>" + plot["text"]
    srcs = data.sources_for(ds, table["source_id"])
    frame_for_footer = table.assign(source_id=table["source_id"])
    texts = {
        "title": spec.title[lang],
        "subtitle": " · ".join(
            p for p in [_years_text(state, lang), _sector_text(ds, state, spec, lang)] if p
        ),
        "footer": _footer(
            ds, frame_for_footer, lang, [t("footnote_recognition_dates", lang)], state.generated_on
        ),
        "empty": t(
            "empty_chart", lang, years=_years_text(state, lang), sectors=_sector_text(ds, state, spec, lang)
        ),
    }
    fig = figures.timeline(plot, texts)
    shown = pd.DataFrame(
        {
            t("col_recognition", lang): rows,
            t("col_entity", lang): entity.values,
            t("col_when", lang): table["date"].where(table["date"] != "", table["year"].astype(str)).values,
            t("col_source", lang): [
                f"{s.publisher} ({s.date})"
                for s in srcs.set_index("source_id").loc[table["source_id"]].itertuples()
            ],
        }
    )
    summary = _sentence(
        spec.title[lang],
        [f"{r} {e}" for r, e in zip(rows, entity, strict=True)] or [t("no_data", lang)],
        lang,
    )
    view = ChartView(
        spec.chart_id,
        spec.title[lang],
        texts["subtitle"],
        summary,
        fig,
        pd.DataFrame(),
        sorted(set(table["source_id"])),
        False,
        shown,
    )
    return view


def policies(ds, state: State, spec: ChartSpec) -> ChartView:
    """Plans and their periods; the table lists their targets."""
    lang = state.lang
    table = ds.table("policies")
    end = table["period_end"].fillna(table["period_start"])
    if state.years:
        a, b = state.years
        keep = (table["period_start"] <= b) & (end >= a)
        table, end = table[keep], end[keep]
    table = table.assign(_end=end).sort_values(["period_start", "_end"])
    names = table[f"name_{lang}"]
    level = [t("level_" + lv, lang) for lv in table["level"]]
    plot = pd.DataFrame(
        {
            "row": [f"{n} ({lv})" for n, lv in zip(names, level, strict=True)],
            "start": table["period_start"].astype(int).values,
            "end": table["_end"].astype(int).values,
            "hover": [
                f"{n}<br>{s}–{e}<br>{tg}"
                for n, s, e, tg in zip(
                    names, table["period_start"], table["_end"], table[f"targets_{lang}"], strict=True
                )
            ],
        }
    )
    texts = {
        "title": spec.title[lang],
        "subtitle": " · ".join(
            p for p in [_years_text(state, lang), _sector_text(ds, state, spec, lang)] if p
        ),
        "footer": _footer(ds, table, lang, None, state.generated_on),
        "empty": t(
            "empty_chart", lang, years=_years_text(state, lang), sectors=_sector_text(ds, state, spec, lang)
        ),
    }
    fig = figures.period_bars(plot, texts)
    srcs = data.sources_for(ds, table["source_id"]).set_index("source_id")
    shown = pd.DataFrame(
        {
            t("col_policy", lang): names.values,
            t("col_level", lang): level,
            t("col_period", lang): [
                f"{s}–{e}" for s, e in zip(table["period_start"], table["_end"], strict=True)
            ],
            t("col_targets", lang): table[f"targets_{lang}"].values,
            t("col_source", lang): [
                f"{srcs.loc[s, 'publisher']} ({srcs.loc[s, 'date']})" for s in table["source_id"]
            ],
        }
    )
    summary = _sentence(spec.title[lang], [t("policies_summary", lang, n=len(table))], lang)
    return ChartView(
        spec.chart_id,
        spec.title[lang],
        texts["subtitle"],
        summary,
        fig,
        pd.DataFrame(),
        sorted(set(table["source_id"])),
        False,
        shown,
    )


def application_groups(ds, state: State, spec: ChartSpec) -> ChartView:
    """The manufacturing sectors where the industrial internet is applied (no figures)."""
    lang = state.lang
    groups = ds.table("application_groups")
    sectors = ds.table("sectors")
    selected = set(resolve_sectors(ds, state.sectors)) if state.sectors else None
    rows = []
    for g in groups.itertuples():
        members = sectors[sectors["application_groups"].str.split(";").map(lambda x, gg=g.group: gg in x)]
        if selected is not None:
            if not (set(members["code"]) & selected) and g.group not in state.sectors:
                continue
        rows.append(
            {
                t("col_application", lang): getattr(g, f"name_{lang}"),
                t("col_divisions", lang): "; ".join(
                    f"{c} {n}" for c, n in zip(members["code"], members[f"name_{lang}"], strict=True)
                ),
            }
        )
    shown = pd.DataFrame(rows)
    src = data.sources_for(ds, groups["source_id"])
    subtitle = " · ".join(
        [
            _sector_text(ds, state, spec, lang),
            f"{t('source', lang)}: " + "; ".join(f"{s.publisher} ({s.date})" for s in src.itertuples()),
        ]
    )
    summary = _sentence(
        spec.title[lang], [r[t("col_application", lang)] for r in rows] or [t("no_data", lang)], lang
    )
    return ChartView(
        spec.chart_id,
        spec.title[lang],
        subtitle,
        summary,
        None,
        pd.DataFrame(),
        sorted(set(groups["source_id"])),
        True,
        shown,
    )


# --------------------------------------------------------------------------- the registry


def _title(zh: str, en: str) -> dict:
    return {"zh": zh, "en": en}


PEERS_5G = ["shenzhen", "beijing", "shanghai", "guangzhou"]
SPECS: list[ChartSpec] = [
    # /output
    ChartSpec(
        "gross-output",
        "output",
        _title("规模以上工业总产值", "Gross industrial output above designated size"),
        annual,
        options=dict(
            indicators="gross_output_above_scale",
            geos=HOME_GEO,
            sectors=TOTAL_SECTOR,
            footnotes=("footnote_seed_wording",),
        ),
    ),
    ChartSpec(
        "value-added",
        "output",
        _title(
            "工业增加值：规模以上与全部工业", "Industrial value added: above designated size and all industry"
        ),
        annual,
        options=dict(indicators=["iav_above_scale", "iav_all_industry"], geos=HOME_GEO, sectors=TOTAL_SECTOR),
    ),
    ChartSpec(
        "value-added-growth",
        "output",
        _title("规模以上工业增加值增速（可比价）", "Value added above designated size, real growth"),
        annual,
        options=dict(
            indicators="iav_above_scale_growth",
            geos=HOME_GEO,
            sectors=TOTAL_SECTOR,
            label_unit={"zh": "%", "en": "%"},
        ),
    ),
    ChartSpec(
        "sector-growth",
        "output",
        _title("分行业规模以上工业增加值增速", "Value added growth by sector"),
        categories,
        sector_dimension=True,
        options=dict(
            indicators="iav_above_scale_growth",
            geos=HOME_GEO,
            exclude_total=True,
            category_by="sector",
            series_by="when",
            footnotes=("footnote_partial_periods",),
        ),
    ),
    ChartSpec(
        "sector-share",
        "output",
        _title(
            "先进制造业、高技术制造业与电子信息制造业占比",
            "Shares of advanced, high-tech and electronic information manufacturing",
        ),
        categories,
        sector_dimension=True,
        options=dict(
            indicators="iav_above_scale_share",
            geos=HOME_GEO,
            exclude_total=True,
            category_by="sector",
            series_by="when",
            footnotes=("footnote_groupings_overlap",),
        ),
    ),
    ChartSpec(
        "city-gross-output",
        "output",
        _title("主要城市规模以上工业总产值", "Gross output above designated size: Shenzhen and peer cities"),
        annual,
        options=dict(
            indicators="gross_output_above_scale",
            sectors=TOTAL_SECTOR,
            series_by="geo",
            geos=["shenzhen", "shanghai", "suzhou", "ningbo", "foshan"],
            footnote_facts=("rank_gross_output_above_scale",),
        ),
    ),
    ChartSpec(
        "city-ranks",
        "output",
        _title("全国工业城市排名（全部工业增加值）", "Top industrial cities by all-industry value added"),
        city_ranks,
    ),
    ChartSpec(
        "districts",
        "output",
        _title("各区规模以上工业增加值增速", "Value added growth by district"),
        categories,
        options=dict(
            indicators="iav_above_scale_growth",
            sectors=TOTAL_SECTOR,
            geos=[
                "shenzhen-nanshan",
                "shenzhen-baoan",
                "shenzhen-guangming",
                "shenzhen-pingshan",
                "shenzhen-longhua",
                "shenzhen-longgang",
            ],
            category_by="geo",
            series_by="when",
            footnotes=("footnote_partial_periods",),
        ),
    ),
    ChartSpec(
        "enterprises",
        "output",
        _title("规模以上工业企业数", "Industrial enterprises above designated size"),
        annual,
        options=dict(indicators="enterprises_above_scale", geos=HOME_GEO, sectors=TOTAL_SECTOR),
    ),
    # /infrastructure
    ChartSpec(
        "5g-base-stations",
        "infrastructure",
        _title("5G基站累计数：深圳与北京、上海、广州", "Cumulative 5G base stations: Shenzhen and peers"),
        dated,
        options=dict(indicator="5g_base_stations", geos=PEERS_5G),
    ),
    ChartSpec(
        "5g-density",
        "infrastructure",
        _title("每万人5G基站数", "5G base stations per 10,000 people"),
        dated,
        options=dict(indicator="5g_per_10k_people", geos=["shenzhen", "beijing", "shanghai", "china"]),
    ),
    ChartSpec(
        "5g-users",
        "infrastructure",
        _title("5G用户数", "5G users"),
        dated,
        options=dict(indicator="5g_users", geos=PEERS_5G),
    ),
    ChartSpec(
        "smart-poles",
        "infrastructure",
        _title("多功能智能杆累计数", "Multi-function smart poles"),
        dated,
        options=dict(indicator="smart_poles", geos=["shenzhen", "shanghai"]),
    ),
    # /platforms
    ChartSpec(
        "cross-industry-list",
        "platforms",
        _title(
            "国家跨行业跨领域工业互联网平台清单与深圳入选数",
            "National cross-industry platform list and Shenzhen's members",
        ),
        annual,
        options=dict(
            indicators=[
                "miit_cross_industry_list_size",
                "miit_cross_industry_list_additions",
                "miit_cross_industry_guangdong",
                "miit_cross_industry_shenzhen",
            ],
            sectors=TOTAL_SECTOR,
            footnote_facts=("miit_cross_industry_shenzhen_share",),
        ),
    ),
    ChartSpec(
        "recognitions",
        "platforms",
        _title("国家级认定时间线（深圳）", "National recognitions of Shenzhen entities"),
        recognitions,
    ),
    ChartSpec(
        "application-sectors",
        "platforms",
        _title(
            "工业互联网应用的制造业领域", "Manufacturing sectors where the industrial internet is applied"
        ),
        application_groups,
        sector_dimension=True,
    ),
    ChartSpec("policies", "platforms", _title("政策与行动计划", "Policies and action plans"), policies),
    ChartSpec(
        "national-platforms",
        "platforms",
        _title(
            "全国有影响力的工业互联网平台（全国）",
            "Influential industrial internet platforms in China (national)",
        ),
        annual,
        options=dict(indicators="platforms_influential", geos="china", sectors=TOTAL_SECTOR),
    ),
    # /benefits
    ChartSpec(
        "reported-outcomes",
        "benefits",
        _title(
            "应用工业互联网后的企业成效（报告数据）",
            "Reported outcomes of enterprises applying the industrial internet",
        ),
        categories,
        options=dict(
            indicators=[
                "firms_reduced_cost_share",
                "firms_improved_product_share",
                "firms_reduced_material_loss_share",
            ],
            geos=HOME_GEO,
            sectors=TOTAL_SECTOR,
            category_by="indicator",
            series_by="when",
            footnotes=("footnote_reported",),
        ),
    ),
    ChartSpec(
        "automation-effects",
        "benefits",
        _title("生产过程自动化后的变化（报告数据）", "Reported changes with automated production"),
        categories,
        options=dict(
            indicators=[
                "automation_efficiency_change",
                "automation_inventory_turnover_change",
                "automation_labour_cost_change",
            ],
            geos=HOME_GEO,
            sectors=TOTAL_SECTOR,
            category_by="indicator",
            series_by="when",
            footnotes=("footnote_reported",),
            footnote_facts=("automation_benefit_multiple",),
        ),
    ),
    ChartSpec(
        "special-funds",
        "benefits",
        _title("工业互联网专项资金与资助上限", "Special funds and subsidy caps"),
        categories,
        options=dict(
            indicators=[
                "special_funds_cumulative",
                "special_funds_annual",
                "subsidy_cap_platform",
                "subsidy_cap_project",
            ],
            geos=HOME_GEO,
            sectors=TOTAL_SECTOR,
            category_by="indicator",
            series_by="when",
            footnote_facts=("special_fund_projects_cumulative",),
        ),
    ),
    ChartSpec(
        "national-benefits",
        "benefits",
        _title("全国背景：企业应用成效与预期（全国）", "National context: outcomes and expectations (China)"),
        categories,
        options=dict(
            indicators=["survey_efficiency_improved_share", "survey_expect_gains_share"],
            geos="china",
            sectors=TOTAL_SECTOR,
            category_by="indicator",
            series_by="when",
            footnotes=("footnote_national",),
        ),
    ),
]
REGISTRY = {spec.chart_id: spec for spec in SPECS}


def charts_of(page: str) -> list[ChartSpec]:
    return [s for s in SPECS if s.page == page]


def render(ds: data.Dataset, chart_id: str, state: State) -> ChartView:
    """The chart at a state. Views are cached per dataset, chart and state: officials revisit
    the same few filter states, and a view is never changed after it is built (callers that
    need a different figure, like exports, copy it first)."""
    return _render_cached(ds, chart_id, state)


@functools.lru_cache(maxsize=256)
def _render_cached(ds: data.Dataset, chart_id: str, state: State) -> ChartView:
    spec = REGISTRY[chart_id]
    return spec.build(ds, state, spec)
