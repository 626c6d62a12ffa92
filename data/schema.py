"""What each data table must look like: files, columns, types, keys and allowed values.

The loader (``data.loader``) checks every file against these specs; nothing else in the
project needs to know column names beyond the constants defined here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

YEAR_MIN = 2000
YEAR_MAX = 2035

TOPICS = ("output", "infrastructure", "platforms", "benefits")
KINDS = ("level", "growth", "change", "share", "count", "rank", "density", "ratio")
STATUSES = ("actual", "preliminary", "target")
QUALIFIERS = ("exact", "about", "over", "nearly")
TIERS = ("A", "B", "C")
PERIODS = ("year", "jan-jun", "jan-sep", "jan-oct", "jan-nov")
SECTOR_LEVELS = ("total", "section", "division", "grouping")
GEO_LEVELS = ("country", "province", "city", "district")
POLICY_LEVELS = ("national", "province", "city")
RECOGNITION_KINDS = (
    "miit_comprehensive_platform",
    "miit_cross_industry_platform",
    "state_demo_enterprise",
    "state_demo_base",
    "lighthouse_factory",
)

TOTAL_SECTOR = "_T"
HOME_GEO = "shenzhen"

# A date as written in a table: a year, a year-month or a full ISO date.
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
FULL_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


@dataclass(frozen=True)
class Column:
    """One column: its type, whether it may be empty and which values it may take."""

    name: str
    kind: str = "str"  # str | int | float | date | full_date
    required: bool = True
    allowed: tuple[str, ...] | None = None


@dataclass(frozen=True)
class TableSpec:
    """One CSV file of the data folder."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    # (column, table, what the problem is called when the value is unknown)
    references: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name, kind="str", required=True, allowed=None):
    return Column(name, kind, required, allowed)


_OBSERVATION_COLUMNS = (
    _c("indicator"),
    _c("geo"),
    _c("sector"),
    _c("year", "int"),
    _c("period", allowed=PERIODS),
    _c("as_of", "full_date", required=False),
    _c("value", "float"),
    _c("qualifier", allowed=QUALIFIERS),
    _c("status", allowed=STATUSES),
    _c("source_id"),
    _c("policy_id", required=False),
    _c("note", required=False),
)
_OBSERVATION_REFS = (
    ("indicator", "indicators", "unknown indicator"),
    ("geo", "geos", "unknown geo"),
    ("sector", "sectors", "unknown sector"),
    ("source_id", "sources", "unknown source"),
    ("policy_id", "policies", "unknown policy"),
)
OBSERVATION_KEY = ("indicator", "geo", "sector", "year", "period", "as_of", "status")
# Few distinct values in many rows: held as categories (a 1M-row table in a fraction of the memory).
CATEGORY_COLUMNS = ("indicator", "geo", "sector", "period", "qualifier", "status", "source_id", "policy_id")

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "sources",
            (
                _c("source_id"),
                _c("title"),
                _c("publisher"),
                _c("date", "date", required=False),
                _c("date_note", required=False),
                _c("url"),
                _c("tier", allowed=TIERS),
            ),
            key=("source_id",),
        ),
        TableSpec(
            "indicators",
            (
                _c("indicator_id"),
                _c("topic", allowed=TOPICS),
                _c("kind", allowed=KINDS),
                _c("unit"),
                _c("unit_zh"),
                _c("unit_en"),
                _c("name_zh"),
                _c("name_en"),
                _c("definition_zh"),
                _c("definition_en"),
            ),
            key=("indicator_id",),
        ),
        TableSpec(
            "geos",
            (
                _c("geo"),
                _c("level", allowed=GEO_LEVELS),
                _c("name_zh"),
                _c("name_en"),
                _c("parent", required=False),
            ),
            key=("geo",),
            references=(("parent", "geos", "unknown geo"),),
        ),
        TableSpec(
            "application_groups",
            (_c("group"), _c("name_zh"), _c("name_en"), _c("source_id")),
            key=("group",),
            references=(("source_id", "sources", "unknown source"),),
        ),
        TableSpec(
            "sectors",
            (
                _c("code"),
                _c("level", allowed=SECTOR_LEVELS),
                _c("name_zh"),
                _c("name_en"),
                _c("parent", required=False),
                _c("application_groups", required=False),
            ),
            key=("code",),
            references=(("parent", "sectors", "unknown sector"),),
        ),
        TableSpec(
            "policies",
            (
                _c("policy_id"),
                _c("level", allowed=POLICY_LEVELS),
                _c("name_zh"),
                _c("name_en"),
                _c("period_start", "int"),
                _c("period_end", "int", required=False),
                _c("issued", "date", required=False),
                _c("source_id"),
                _c("targets_zh", required=False),
                _c("targets_en", required=False),
                _c("note", required=False),
            ),
            key=("policy_id",),
            references=(("source_id", "sources", "unknown source"),),
        ),
        TableSpec(
            "recognitions",
            (
                _c("recognition_id"),
                _c("kind", allowed=RECOGNITION_KINDS),
                _c("entity_zh"),
                _c("entity_en"),
                _c("geo"),
                _c("year", "int"),
                _c("date", "date", required=False),
                _c("source_id"),
                _c("note", required=False),
            ),
            key=("recognition_id",),
            references=(
                ("geo", "geos", "unknown geo"),
                ("source_id", "sources", "unknown source"),
            ),
        ),
        TableSpec(
            "observations",
            _OBSERVATION_COLUMNS,
            key=OBSERVATION_KEY,
            references=_OBSERVATION_REFS,
        ),
        TableSpec(
            # Figures that conflict with, or merely repeat, a trusted observation: kept
            # for the record and listed on the sources page, never drawn as data.
            "alternatives",
            _OBSERVATION_COLUMNS + (_c("reason"),),
            key=OBSERVATION_KEY + ("source_id",),
            references=_OBSERVATION_REFS,
        ),
    )
}

# Tables are loaded in this order so that references point backwards.
LOAD_ORDER = (
    "sources",
    "indicators",
    "geos",
    "application_groups",
    "sectors",
    "policies",
    "recognitions",
    "observations",
    "alternatives",
)
