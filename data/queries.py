"""Read-only questions the pages ask of a ``Dataset``.

Every function returns new frames or plain values; none changes the dataset. Language-
dependent answers take ``lang`` ("zh" or "en") and read the zh/en columns of the data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .loader import Dataset
from .schema import HOME_GEO, TOTAL_SECTOR

# When two rows describe the same period, an actual figure beats a preliminary one.
_STATUS_RANK = {"actual": 2, "preliminary": 1, "target": 0}


def _as_list(value) -> list | None:
    if value is None:
        return None
    if isinstance(value, (str, int)):
        return [value]
    return list(value)


def observations(
    ds: Dataset,
    indicators: str | Iterable[str] | None = None,
    *,
    years: Iterable[int] | None = None,
    sectors: Iterable[str] | None = None,
    geos: str | Iterable[str] | None = None,
    periods: str | Iterable[str] | None = None,
    statuses: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """Observations matching every filter given, with the source's tier and publisher.

    ``None`` means "no filter" for each argument.
    """
    obs = ds.table("observations")
    mask = pd.Series(True, index=obs.index)
    for column, wanted in (
        ("indicator", _as_list(indicators)),
        ("year", _as_list(years)),
        ("sector", _as_list(sectors)),
        ("geo", _as_list(geos)),
        ("period", _as_list(periods)),
        ("status", _as_list(statuses)),
    ):
        if wanted is not None:
            mask &= obs[column].isin(wanted)
    sources = ds.table("sources")[["source_id", "tier", "publisher", "date", "url", "title"]]
    sources = sources.rename(columns={"date": "source_date", "url": "source_url", "title": "source_title"})
    picked = obs[mask]
    # Stored as categories (memory); handed out as plain text, so callers compare and merge freely.
    picked = picked.astype(
        {c: "str" for c in picked.columns if isinstance(picked[c].dtype, pd.CategoricalDtype)}
    )
    return picked.merge(sources, on="source_id", how="left").reset_index(drop=True)


def best_per_period(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep one figure per (indicator, geo, sector, year, period, as_of): actual over preliminary.

    Targets are kept apart, never merged with outcomes.
    """
    if frame.empty:
        return frame
    outcome = frame[frame["status"] != "target"].assign(_rank=lambda f: f["status"].map(_STATUS_RANK))
    key = ["indicator", "geo", "sector", "year", "period"]
    outcome = outcome.sort_values(key + ["_rank"]).drop_duplicates(key + ["as_of"], keep="last")
    # A preliminary figure for a period that also has an actual one is superseded.
    has_actual = outcome[outcome["status"] == "actual"][key].drop_duplicates()
    prelim = outcome[outcome["status"] == "preliminary"].merge(has_actual, on=key, how="left", indicator=True)
    prelim = prelim[prelim["_merge"] == "left_only"].drop(columns="_merge")
    keep = pd.concat([outcome[outcome["status"] == "actual"], prelim, frame[frame["status"] == "target"]])
    return keep.drop(columns="_rank", errors="ignore").reset_index(drop=True)


@dataclass(frozen=True)
class Fact:
    """One figure with everything needed to show it honestly."""

    indicator: str
    geo: str
    sector: str
    year: int
    period: str
    as_of: pd.Timestamp | None
    value: float
    qualifier: str
    status: str
    note: str
    source_id: str
    source_title: str
    source_publisher: str
    source_date: str
    source_url: str
    tier: str


def _fact(row: pd.Series) -> Fact:
    return Fact(
        indicator=row["indicator"],
        geo=row["geo"],
        sector=row["sector"],
        year=int(row["year"]),
        period=row["period"],
        as_of=None if pd.isna(row["as_of"]) else row["as_of"],
        value=float(row["value"]),
        qualifier=row["qualifier"],
        status=row["status"],
        note="" if pd.isna(row["note"]) else row["note"],
        source_id=row["source_id"],
        source_title=row["source_title"],
        source_publisher=row["publisher"],
        source_date=row["source_date"],
        source_url=row["source_url"],
        tier=row["tier"],
    )


def latest(
    ds: Dataset,
    indicator: str,
    *,
    geo: str = HOME_GEO,
    sector: str = TOTAL_SECTOR,
    year: int | None = None,
    until: int | None = None,
    period: str | None = "year",
    statuses: Iterable[str] = ("actual", "preliminary"),
) -> Fact | None:
    """The most recent figure (or the one for ``year``, or the latest up to ``until``),
    actual preferred over preliminary.

    Within a year a dated point (``as_of``) is ordered by its date; an undated figure
    counts as referring to the whole year, i.e. to its end.
    """
    frame = observations(
        ds,
        indicator,
        geos=geo,
        sectors=sector,
        years=None if year is None else [year],
        periods=period,
        statuses=list(statuses),
    )
    if until is not None:
        frame = frame[frame["year"] <= until]
    if frame.empty:
        return None
    year_end = pd.to_datetime(frame["year"].astype(str) + "-12-31")
    frame = frame.assign(
        _when=frame["as_of"].fillna(year_end),
        _rank=frame["status"].map(_STATUS_RANK),
    ).sort_values(["year", "_rank", "_when"])
    return _fact(frame.iloc[-1])


def indicator_meta(ds: Dataset, indicator: str, lang: str) -> dict:
    """Name, unit, definition, kind and topic of an indicator in one language."""

    def build():
        table = ds.table("indicators")
        return {
            (row["indicator_id"], lg): {
                "id": row["indicator_id"],
                "name": row[f"name_{lg}"],
                "unit": row["unit"],
                "unit_label": row[f"unit_{lg}"],
                "definition": row[f"definition_{lg}"],
                "kind": row["kind"],
                "topic": row["topic"],
            }
            for row in table.to_dict("records")
            for lg in ("zh", "en")
        }

    return dict(ds.memo("indicator_meta", build)[(indicator, lang)])


def _indicators_of(ds: Dataset, indicators, topic) -> list[str] | None:
    if topic is None:
        return _as_list(indicators)
    table = ds.table("indicators")
    in_topic = table.loc[table["topic"] == topic, "indicator_id"].tolist()
    if indicators is None:
        return in_topic
    return [i for i in _as_list(indicators) if i in in_topic]


def years_available(ds: Dataset, indicators=None, *, topic: str | None = None, geos=None) -> list[int]:
    """Sorted years that have at least one observation for the indicators or topic."""
    frame = observations(ds, _indicators_of(ds, indicators, topic), geos=geos)
    return sorted(int(y) for y in frame["year"].unique())


def sectors_available(ds: Dataset, indicators=None, *, topic: str | None = None, geos=None) -> list[str]:
    """Sector codes (total excluded) that have observations for the indicators or topic."""
    frame = observations(ds, _indicators_of(ds, indicators, topic), geos=geos)
    codes = set(frame["sector"]) - {TOTAL_SECTOR}
    order = ds.table("sectors")["code"].tolist()
    return [c for c in order if c in codes]


def sources_for(ds: Dataset, source_ids: Iterable[str]) -> pd.DataFrame:
    """The source rows for the given ids, in id order, without duplicates."""
    wanted = set(source_ids)
    table = ds.table("sources")
    return table[table["source_id"].isin(wanted)].sort_values("source_id").reset_index(drop=True)


def label(ds: Dataset, table: str, code: str, lang: str) -> str:
    """The zh or en name of a geo, sector or application group."""
    key = {"geos": "geo", "sectors": "code", "application_groups": "group"}[table]

    def build():
        frame = ds.table(table)
        return {(r[key], lg): r[f"name_{lg}"] for r in frame.to_dict("records") for lg in ("zh", "en")}

    return ds.memo(("label", table), build).get((code, lang), code)
