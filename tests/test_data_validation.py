"""Each validation rule, triggered by its own small broken fixture, with its message."""

from __future__ import annotations

import subprocess
import sys

import pytest

import data

from .conftest import DATA_DIR, append_row

GOOD_OBS = "gross_output_above_scale,shenzhen,_T,2019,year,,36000,about,actual,szdaily-2021-01-21,,"

# (file, row appended, rule, words the message must contain)
CASES = [
    (
        "observations.csv",
        GOOD_OBS.replace("gross_output_above_scale", "no_such_indicator"),
        "unknown indicator",
        "'no_such_indicator' is not in indicators.csv",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace("szdaily-2021-01-21", "nowhere-2020"),
        "unknown source",
        "'nowhere-2020' is not in sources.csv",
    ),
    ("observations.csv", GOOD_OBS.replace(",_T,", ",C99,"), "unknown sector", "'C99' is not in sectors.csv"),
    (
        "observations.csv",
        GOOD_OBS.replace(",shenzhen,", ",atlantis,"),
        "unknown geo",
        "'atlantis' is not in geos.csv",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace(",36000,", ",3.7 trillion,"),
        "non-numeric value",
        "'value' is '3.7 trillion', not a number",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace(",2019,", ",1899,"),
        "year out of range",
        "'year' is 1899; allowed 2000-2035",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace("szdaily-2021-01-21", ""),
        "missing source",
        "'source_id' is empty",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace(",actual,", ",estimated,"),
        "bad status",
        "'status' is 'estimated'; allowed: actual, preliminary, target",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace(",about,", ",roughly,"),
        "bad qualifier",
        "'qualifier' is 'roughly'; allowed: exact, about, over, nearly",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace(",2019,", ",2024,"),
        "target without target status",
        "refers to 2024-01-01 but its source szdaily-2021-01-21 is dated 2021-01-21",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace(",2019,year,,", ",2019,year,2019-02-30,"),
        "bad date",
        "'as_of' is '2019-02-30'; write YYYY-MM-DD",
    ),
    (
        "observations.csv",
        GOOD_OBS.replace(",2019,year,,", ",2019,year,2018-12-31,"),
        "as_of outside year",
        "as_of 2018-12-31 is not in year 2019",
    ),
    (
        "observations.csv",
        "gross_output_above_scale,shenzhen,_T,2020,year,,1,about,actual,szdaily-2021-01-21,,",
        "duplicate key",
        "(indicator=gross_output_above_scale, geo=shenzhen, sector=_T, year=2020, "
        "period=year, status=actual) already on line 2",
    ),
    (
        "sources.csv",
        "szdaily-2021-01-21,Again,Shenzhen Daily,2021-01-21,,http://example.org,A",
        "duplicate key",
        "(source_id=szdaily-2021-01-21) already on line",
    ),
    (
        "sources.csv",
        "new-source,Title,Publisher,2021-01-21,,http://example.org,D",
        "bad value",
        "'tier' is 'D'; allowed: A, B, C",
    ),
]


@pytest.mark.parametrize(("file", "row", "rule", "words"), CASES, ids=[f"{c[2]}-{c[0]}" for c in CASES])
def test_rule_is_reported_with_file_line_and_message(data_dir, file, row, rule, words):
    line = append_row(data_dir / file, row)
    frames, problems = data.validate(data_dir)
    assert frames is None
    matching = [p for p in problems if p.rule == rule]
    assert matching, [str(p) for p in problems]
    assert matching[0].file == file
    assert matching[0].line == line
    assert words in matching[0].message
    assert str(matching[0]).startswith(f"{file}:{line}: {rule}: ")


def test_every_problem_is_reported_not_just_the_first(data_dir):
    append_row(data_dir / "observations.csv", GOOD_OBS.replace(",actual,", ",guess,"))
    append_row(
        data_dir / "observations.csv", GOOD_OBS.replace(",36000,", ",n/a,").replace(",2019,", ",2017,")
    )
    _, problems = data.validate(data_dir)
    assert {p.rule for p in problems} >= {"bad status", "non-numeric value"}


def test_missing_file_and_missing_column(data_dir):
    (data_dir / "geos.csv").unlink()
    text = (data_dir / "policies.csv").read_text(encoding="utf-8").replace("source_id", "src", 1)
    (data_dir / "policies.csv").write_text(text, encoding="utf-8")
    _, problems = data.validate(data_dir)
    found = {(p.file, p.rule) for p in problems}
    assert ("geos.csv", "missing file") in found
    assert ("policies.csv", "missing column") in found


def test_file_not_in_utf8_is_named(data_dir):
    path = data_dir / "geos.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    _, problems = data.validate(data_dir)
    assert [(p.file, p.rule) for p in problems] == [("geos.csv", "not UTF-8")]


def test_load_raises_with_every_problem(data_dir):
    append_row(data_dir / "observations.csv", GOOD_OBS.replace(",actual,", ",guess,"))
    with pytest.raises(data.DataValidationError) as info:
        data.load(data_dir)
    assert info.value.problems[0].rule == "bad status"


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "data", "validate", *args],
        capture_output=True,
        text=True,
        cwd=DATA_DIR.parent,
        timeout=120,
    )


def test_cli_passes_on_the_real_data():
    result = _cli("data/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK: data/: 9 tables")


def test_cli_prints_every_problem_and_fails(data_dir):
    append_row(data_dir / "observations.csv", GOOD_OBS.replace(",actual,", ",guess,"))
    append_row(data_dir / "observations.csv", GOOD_OBS.replace("szdaily-2021-01-21", "nowhere"))
    result = _cli(str(data_dir))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any("bad status" in line for line in lines)
    assert any("unknown source" in line for line in lines)
    assert "2 problem(s)" in result.stderr


@pytest.mark.parametrize(
    "row",
    [
        GOOD_OBS.replace(",2019,", ",99999,"),
        GOOD_OBS.replace(",2019,", ",-5,"),
        GOOD_OBS.replace(",2019,year,,", ",2019,year,9999-99-99,"),
        '"unterminated,quote',
        "only,three,columns",
        "\x00\x01,binary,,,,,,,,,,",
    ],
)
def test_hostile_rows_give_problems_never_a_crash(data_dir, row):
    append_row(data_dir / "observations.csv", row)
    frames, problems = data.validate(data_dir)
    assert frames is None and problems
