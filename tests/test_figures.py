"""Pure figure builders: traces carry the data's values; targets, gaps and empty selections are honest."""

from __future__ import annotations

import pandas as pd

from components import figures

TEXTS = {
    "title": "标题",
    "subtitle": "单位: 亿元",
    "footer": ["来源: A (2021)", "深圳工业"],
    "no_data": "暂无数据",
    "empty": "所选范围暂无数据",
    "status_words": {"preliminary": "（初步数）", "target": "（目标）"},
}


def frame(rows):
    return pd.DataFrame(rows, columns=["series", "year", "y", "status", "label", "hover"])


def test_annual_bars_values_and_statuses():
    fig = figures.annual_bars(
        frame(
            [
                ("深圳", 2020, 3.7, "actual", "约3.7", "h"),
                ("深圳", 2022, 4.55, "actual", "约4.55", "h"),
                ("深圳", 2023, 5.0, "preliminary", "超5", "h"),
                ("深圳", 2025, 6.0, "target", "6", "h"),
            ]
        ),
        TEXTS,
    )
    by_name = {tr.name: tr for tr in fig.data}
    assert list(by_name["深圳"].x) == [2020, 2022] and list(by_name["深圳"].y) == [3.7, 4.55]
    assert by_name["深圳（初步数）"].marker.pattern.shape == "/"
    target = by_name["深圳（目标）"]
    assert target.marker.color == "rgba(255,255,255,0)" and target.marker.line.width == 2
    # 2021 and 2024 have no figure: said so on the axis, not skipped.
    gaps = [a for a in fig.layout.annotations if a.text == "暂无数据"]
    assert sorted(a.x for a in gaps) == [2021, 2024]


def test_title_subtitle_and_footer_are_in_the_figure():
    fig = figures.annual_bars(frame([("深圳", 2020, 1.0, "actual", "1", "h")]), TEXTS)
    assert "标题" in fig.layout.title.text
    assert fig.layout.title.subtitle.text == "单位: 亿元"
    footer = [a for a in fig.layout.annotations if "来源" in a.text]
    assert footer and "深圳工业" in footer[0].text


def test_empty_frame_gives_a_message_not_empty_axes():
    fig = figures.annual_bars(frame([]), TEXTS)
    assert fig.data == ()
    assert fig.layout.xaxis.visible is False
    assert any(a.text == "所选范围暂无数据" for a in fig.layout.annotations)


def test_dated_lines_mark_dated_points_and_targets():
    plot = pd.DataFrame(
        {
            "series": ["深圳"] * 3,
            "date": pd.to_datetime(["2020-08-14", "2020-12-31", "2025-12-31"]),
            "y": [4.648, 4.66, 4.5],
            "status": ["actual", "actual", "target"],
            "dated": [True, False, False],
            "hover": ["a", "b", "c"],
        }
    )
    fig = figures.dated_lines(plot, TEXTS)
    outcome, target = fig.data
    assert list(outcome.marker.symbol) == ["diamond", "circle"]
    assert target.mode == "markers" and target.marker.symbol == "circle-open"


def test_text_from_data_is_escaped():
    texts = dict(TEXTS, title="<img src=x onerror=alert(1)>")
    fig = figures.annual_bars(frame([("深圳", 2020, 1.0, "actual", "1", "h")]), texts)
    assert "<img" not in fig.layout.title.text


def test_builders_use_the_one_template_and_no_express():
    import inspect

    fig = figures.annual_bars(frame([("深圳", 2020, 1.0, "actual", "1", "h")]), TEXTS)
    assert fig.layout.template.layout.font.family == figures.FONT_FAMILY
    source = inspect.getsource(figures)
    assert "import plotly.express" not in source and "px." not in source
