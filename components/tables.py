"""Observation rows as a table for people: localized headers, display units, sources.

Used by the sources page (table and CSV download) and by the chart CSV exports.
"""

from __future__ import annotations

import pandas as pd

import data

from .i18n import t

COLUMNS = (
    "indicator",
    "indicator_name",
    "geo",
    "sector",
    "year",
    "period",
    "as_of",
    "value",
    "unit",
    "qualifier",
    "status",
    "source_id",
    "publisher",
    "source_date",
    "tier",
    "source_url",
    "note",
)


def readable(ds: data.Dataset, frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows with names in ``lang`` and a header in ``lang``; values stay in the canonical unit."""
    if frame.empty:
        out = pd.DataFrame(columns=list(COLUMNS))
    else:
        out = pd.DataFrame(
            {
                "indicator": frame["indicator"],
                "indicator_name": [data.indicator_meta(ds, i, lang)["name"] for i in frame["indicator"]],
                "geo": [data.label(ds, "geos", g, lang) for g in frame["geo"]],
                "sector": [data.label(ds, "sectors", s, lang) for s in frame["sector"]],
                "year": frame["year"],
                "period": frame["period"],
                "as_of": frame["as_of"].dt.strftime("%Y-%m-%d").fillna(""),
                "value": frame["value"],
                "unit": [data.indicator_meta(ds, i, lang)["unit_label"] for i in frame["indicator"]],
                "qualifier": frame["qualifier"],
                "status": frame["status"],
                "source_id": frame["source_id"],
                "publisher": frame["publisher"],
                "source_date": frame["source_date"],
                "tier": frame["tier"],
                "source_url": frame["source_url"],
                "note": frame["note"].fillna(""),
            }
        )
    return out.rename(columns={c: t(f"csv_{c}", lang) for c in COLUMNS})


def to_csv(table: pd.DataFrame) -> str:
    """CSV text; written with a UTF-8 BOM by the callers so that Excel on Chinese Windows reads it."""
    return table.to_csv(index=False, lineterminator="\r\n")
