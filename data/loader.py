"""Read the data folder, check every rule, and build an immutable ``Dataset``.

Every problem found is reported with the file, the CSV line and the rule it breaks, so
that whoever edits a file can fix all of them in one go. A folder with any problem
produces no ``Dataset`` at all: bad data never replaces good data.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import schema


@dataclass(frozen=True, order=True)
class Problem:
    """One broken rule in one row (``line`` is the CSV line; 0 for the whole file)."""

    file: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.rule}: {self.message}"


class DataValidationError(Exception):
    """Raised by ``load`` when the folder breaks at least one rule."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} data problem(s); first: {problems[0]}")


class Dataset:
    """The validated tables of one data version.

    Frames are private; ``table()`` hands out shallow copies, which pandas'
    copy-on-write keeps independent, so no caller can change what another one sees.
    """

    def __init__(self, frames: dict[str, pd.DataFrame], version: str, directory: Path):
        self._frames = frames
        self.version = version
        self.directory = directory
        # Derived lookups (dicts built from the frames), filled by ``memo``. Safe to keep
        # because a Dataset never changes once built.
        self._memo: dict = {}

    def memo(self, key, build):
        """``build()`` once per dataset and key; later calls return the same object."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    def table(self, name: str) -> pd.DataFrame:
        return self._frames[name].copy(deep=False)

    @property
    def row_counts(self) -> dict[str, int]:
        return {name: len(frame) for name, frame in self._frames.items()}


def data_files(directory: Path) -> list[Path]:
    return [directory / schema.TABLES[name].file for name in schema.LOAD_ORDER]


def content_version(directory: Path) -> str:
    """A short hash of every table's bytes: the same files give the same version."""
    digest = hashlib.sha256()
    for path in data_files(directory):
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()[:12]


def _line(index: int) -> int:
    # Row 0 of the frame is line 2 of the file (line 1 is the header).
    return index + 2


def _read_raw(path: Path, spec: schema.TableSpec, problems: list[Problem]):
    if not path.exists():
        problems.append(Problem(spec.file, 0, "missing file", f"{path} does not exist"))
        return None
    categories = {c: "category" for c in schema.CATEGORY_COLUMNS if c in spec.column_names}
    try:
        frame = pd.read_csv(
            path,
            dtype={**dict.fromkeys(spec.column_names, str), **categories},
            keep_default_na=False,
            encoding="utf-8",
        )
    except UnicodeDecodeError as exc:
        problems.append(Problem(spec.file, 0, "not UTF-8", f"save the file as UTF-8 ({exc.reason})"))
        return None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        problems.append(Problem(spec.file, 0, "unreadable CSV", str(exc).strip()))
        return None
    missing = [c for c in spec.column_names if c not in frame.columns]
    if missing:
        problems.append(Problem(spec.file, 0, "missing column", ", ".join(missing)))
        return None
    return frame[list(spec.column_names)].apply(_strip)


def _strip(column: pd.Series) -> pd.Series:
    if isinstance(column.dtype, pd.CategoricalDtype):
        stripped = column.cat.categories.str.strip()
        if stripped.is_unique:  # strip the few categories, not the many rows
            return column.cat.rename_categories(stripped)
        return column.astype(str).str.strip().astype("category")
    return column.str.strip()


def _check_columns(frame, spec, problems):
    for col in spec.columns:
        values = frame[col.name]
        empty = values == ""
        if col.required:
            rule = "missing source" if col.name == "source_id" else "missing value"
            for idx in frame.index[empty]:
                problems.append(Problem(spec.file, _line(idx), rule, f"'{col.name}' is empty"))
        present = ~empty
        if col.allowed is not None:
            bad = present & ~values.isin(col.allowed)
            rule = {"status": "bad status", "qualifier": "bad qualifier"}.get(col.name, "bad value")
            for idx in frame.index[bad]:
                problems.append(
                    Problem(
                        spec.file,
                        _line(idx),
                        rule,
                        f"'{col.name}' is '{values[idx]}'; allowed: {', '.join(col.allowed)}",
                    )
                )
        if col.kind in ("int", "float"):
            numbers = pd.to_numeric(values.where(present), errors="coerce")
            bad = present & numbers.isna()
            if col.kind == "int":
                bad |= present & numbers.notna() & (numbers != numbers.round())
            for idx in frame.index[bad]:
                problems.append(
                    Problem(
                        spec.file,
                        _line(idx),
                        "non-numeric value",
                        f"'{col.name}' is '{values[idx]}', not a number",
                    )
                )
            if col.name in ("year", "period_start", "period_end"):
                out = present & numbers.notna() & ((numbers < schema.YEAR_MIN) | (numbers > schema.YEAR_MAX))
                for idx in frame.index[out]:
                    problems.append(
                        Problem(
                            spec.file,
                            _line(idx),
                            "year out of range",
                            f"'{col.name}' is {values[idx]}; allowed {schema.YEAR_MIN}-{schema.YEAR_MAX}",
                        )
                    )
        if col.kind in ("date", "full_date"):
            pattern = schema.FULL_DATE_PATTERN if col.kind == "full_date" else schema.DATE_PATTERN
            shape_ok = values.str.match(pattern)
            # '2022' and '2022-04' are valid partial dates: complete them to a day to parse.
            completed = values.where(present & shape_ok).map(
                lambda v: (
                    v
                    if not isinstance(v, str)
                    else (v + "-01-01")[:10]
                    if len(v) == 4
                    else (v + "-01")[:10]
                    if len(v) == 7
                    else v
                )
            )
            parsed = pd.to_datetime(completed, errors="coerce", format="%Y-%m-%d")
            bad = present & (~shape_ok | parsed.isna())
            for idx in frame.index[bad]:
                want = "YYYY-MM-DD" if col.kind == "full_date" else "YYYY, YYYY-MM or YYYY-MM-DD"
                problems.append(
                    Problem(
                        spec.file,
                        _line(idx),
                        "bad date",
                        f"'{col.name}' is '{values[idx]}'; write {want}",
                    )
                )


def _check_key(frame, spec, problems):
    dup = frame.duplicated(list(spec.key), keep="first")
    first_line = {}
    for idx, key in zip(frame.index, map(tuple, frame[list(spec.key)].to_numpy()), strict=True):
        first_line.setdefault(key, _line(idx))
    for idx in frame.index[dup]:
        key = tuple(frame.loc[idx, list(spec.key)])
        shown = ", ".join(f"{k}={v}" for k, v in zip(spec.key, key, strict=True) if v)
        problems.append(
            Problem(
                spec.file,
                _line(idx),
                "duplicate key",
                f"({shown}) already on line {first_line[key]}",
            )
        )


def _check_references(frame, spec, raw, problems):
    for column, table, rule in spec.references:
        other = raw.get(table)
        if other is None:
            continue  # that table has its own problem already
        known = set(other[schema.TABLES[table].key[0]])
        values = frame[column]
        bad = (values != "") & ~values.isin(known)
        for idx in frame.index[bad]:
            problems.append(Problem(spec.file, _line(idx), rule, f"'{values[idx]}' is not in {table}.csv"))


def _check_application_groups(raw, problems):
    sectors, groups = raw.get("sectors"), raw.get("application_groups")
    if sectors is None or groups is None:
        return
    known = set(groups["group"])
    for idx, value in sectors["application_groups"].items():
        for group in filter(None, (g.strip() for g in value.split(";"))):
            if group not in known:
                problems.append(
                    Problem(
                        "sectors.csv",
                        _line(idx),
                        "unknown application group",
                        f"'{group}' is not in application_groups.csv",
                    )
                )


def _period_end(date_text: str) -> pd.Timestamp | None:
    """The last day a partial date can mean: '2022' -> 2022-12-31, '2022-04' -> 2022-04-30."""
    if not date_text or not re.match(schema.DATE_PATTERN, date_text):
        return None
    if len(date_text) == 4:
        return pd.Timestamp(f"{date_text}-12-31")
    # A malformed date is reported by the column check; here it is simply skipped.
    if len(date_text) == 7:
        start = pd.to_datetime(f"{date_text}-01", errors="coerce", format="%Y-%m-%d")
        return None if pd.isna(start) else start + pd.offsets.MonthEnd(0)
    day = pd.to_datetime(date_text, errors="coerce", format="%Y-%m-%d")
    return None if pd.isna(day) else day


def _check_targets(frame, spec, raw, problems):
    """A figure about a date after its source was published can only be a target.

    Catches plan figures entered as outcomes (e.g. '45,000 poles by 2025' from a 2022 plan
    marked 'actual'), the most damaging mistake a dashboard of plans and results can make.
    """
    sources = raw.get("sources")
    if sources is None:
        return
    published = dict(zip(sources["source_id"], sources["date"], strict=True))
    source_end = {sid: _period_end(d) for sid, d in published.items()}
    years = pd.to_numeric(frame["year"].where(frame["year"].str.fullmatch(r"\d{4}")), errors="coerce")
    in_range = years.between(schema.YEAR_MIN, schema.YEAR_MAX)
    year_start = pd.to_datetime(years.where(in_range).astype("Int64").astype(str) + "-01-01", errors="coerce")
    as_of = pd.to_datetime(
        frame["as_of"].where(frame["as_of"].str.match(schema.FULL_DATE_PATTERN)),
        errors="coerce",
        format="%Y-%m-%d",
    )
    refers_to = as_of.where(frame["as_of"] != "", year_start)
    ends = pd.to_datetime(frame["source_id"].astype(str).map(source_end), errors="coerce")
    bad = (frame["status"] != "target") & in_range & refers_to.notna() & ends.notna() & (refers_to > ends)
    for idx in frame.index[bad]:
        row = frame.loc[idx]
        problems.append(
            Problem(
                spec.file,
                _line(idx),
                "target without target status",
                f"refers to {refers_to[idx].date()} but its source {row['source_id']} is dated "
                f"{published[row['source_id']]}: a figure about the future is a target; set status=target",
            )
        )


def _check_as_of(frame, spec, problems):
    as_of_year, year = frame["as_of"].str[:4], frame["year"]
    bad = as_of_year.str.fullmatch(r"\d{4}") & year.str.fullmatch(r"\d{4}") & (as_of_year != year)
    for idx in frame.index[bad]:
        problems.append(
            Problem(
                spec.file,
                _line(idx),
                "as_of outside year",
                f"as_of {frame.at[idx, 'as_of']} is not in year {frame.at[idx, 'year']}",
            )
        )


def _typed(frame: pd.DataFrame, spec: schema.TableSpec) -> pd.DataFrame:
    out = frame.copy()
    for col in spec.columns:
        if col.kind == "int":
            out[col.name] = pd.to_numeric(out[col.name].replace("", None)).astype("Int64")
        elif col.kind == "float":
            out[col.name] = pd.to_numeric(out[col.name]).astype("float64")
        elif col.kind == "full_date":
            out[col.name] = pd.to_datetime(out[col.name].replace("", None))
        elif not isinstance(out[col.name].dtype, pd.CategoricalDtype):
            out[col.name] = out[col.name].astype("str")
    if "year" in out.columns and out["year"].notna().all():
        out["year"] = out["year"].astype("int64")
    return out


def validate(directory: Path | str) -> tuple[dict[str, pd.DataFrame] | None, list[Problem]]:
    """Check every table; return the typed frames (None if there is any problem) and problems."""
    directory = Path(directory)
    problems: list[Problem] = []
    raw: dict[str, pd.DataFrame] = {}
    for name in schema.LOAD_ORDER:
        spec = schema.TABLES[name]
        frame = _read_raw(directory / spec.file, spec, problems)
        if frame is not None:
            raw[name] = frame
    for name, frame in raw.items():
        spec = schema.TABLES[name]
        _check_columns(frame, spec, problems)
        _check_key(frame, spec, problems)
        _check_references(frame, spec, raw, problems)
        if name in ("observations", "alternatives"):
            _check_targets(frame, spec, raw, problems)
            _check_as_of(frame, spec, problems)
    _check_application_groups(raw, problems)
    if problems:
        return None, sorted(
            set(problems),
            key=lambda p: (
                schema.LOAD_ORDER.index(p.file[:-4]) if p.file[:-4] in schema.LOAD_ORDER else 99,
                p.line,
                p.rule,
            ),
        )
    return {name: _typed(frame, schema.TABLES[name]) for name, frame in raw.items()}, []


def load(directory: Path | str) -> Dataset:
    """Load and validate a data folder; raise ``DataValidationError`` listing every problem."""
    directory = Path(directory)
    version = content_version(directory)
    frames, problems = validate(directory)
    if problems:
        raise DataValidationError(problems)
    return Dataset(frames, version, directory)
