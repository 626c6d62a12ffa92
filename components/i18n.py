"""Interface strings in Chinese and English, and the language rules of the app.

Content (indicator, sector and place names, units, definitions) comes from the data's
zh/en columns; only the interface chrome lives here.
"""

from __future__ import annotations

import os

LANGS = ("zh", "en")


def default_lang() -> str:
    value = os.environ.get("DASHBOARD_DEFAULT_LANG", "zh")
    return value if value in LANGS else "zh"


STRINGS: dict[str, dict[str, str]] = {
    "app_title": {"zh": "深圳工业与工业互联网监测", "en": "Shenzhen Industry and Industrial Internet"},
    "app_subtitle": {
        "zh": "规模以上工业、数字基础设施、工业互联网平台与企业效益",
        "en": "Industry above designated size, digital infrastructure, platforms and benefits",
    },
    "nav_label": {"zh": "主导航", "en": "Main navigation"},
    "switch_lang": {"zh": "English", "en": "中文"},
    "switch_lang_label": {"zh": "Switch to English", "en": "切换到中文"},
    "page_overview": {"zh": "总览", "en": "Overview"},
    "page_output": {"zh": "工业产出", "en": "Industrial output"},
    "page_infrastructure": {"zh": "数字基础设施", "en": "Infrastructure"},
    "page_platforms": {"zh": "工业互联网平台", "en": "Platforms"},
    "page_benefits": {"zh": "企业效益", "en": "Benefits"},
    "page_sources": {"zh": "数据来源", "en": "Sources"},
    "page_not_found": {"zh": "页面不存在", "en": "Page not found"},
    "not_found_text": {
        "zh": "没有这个页面。请从上方导航选择。",
        "en": "There is no such page. Choose one from the navigation above.",
    },
    "back_home": {"zh": "返回总览", "en": "Back to the overview"},
    "overview_intro": {
        "zh": "每个数字均注明时点与来源；C级来源为转载或聚合网站，发布前请核对官方公报。",
        "en": "Every figure shows its date and source. Tier C sources are mirrors or aggregators: "
        "check them against the official communique before publishing.",
    },
    "kpi_gross_output_2020": {
        "zh": "2020年规模以上工业总产值",
        "en": "Gross output above designated size, 2020",
    },
    "kpi_gross_output_latest": {
        "zh": "规模以上工业总产值（最新）",
        "en": "Gross output above designated size, latest",
    },
    "kpi_iav_latest": {"zh": "规模以上工业增加值（最新）", "en": "Value added above designated size, latest"},
    "kpi_iav_growth_latest": {
        "zh": "规模以上工业增加值增速（最新）",
        "en": "Value added above designated size, real growth, latest",
    },
    "kpi_5g": {"zh": "5G基站累计数", "en": "5G base stations"},
    "kpi_poles": {"zh": "多功能智能杆", "en": "Multi-function smart poles"},
    "kpi_platforms": {
        "zh": "国家跨行业跨领域平台（深圳）",
        "en": "Shenzhen platforms on the national cross-industry list",
    },
    "kpi_funds": {"zh": "工业互联网专项资金", "en": "Industrial internet special funds"},
    "kpi_projects": {"zh": "支持项目{n}", "en": "supporting {n}"},
    "kpi_share_of_list": {"zh": "占清单 {share}", "en": "{share} of the list"},
    "as_of": {"zh": "时点", "en": "As of"},
    "year_suffix": {"zh": "{year}年", "en": "{year}"},
    "source": {"zh": "来源", "en": "Source"},
    "sources": {"zh": "来源", "en": "Sources"},
    "tier": {"zh": "来源等级", "en": "Source tier"},
    "tier_c_flag": {
        "zh": "C级来源（转载/聚合），待核实",
        "en": "Tier C source (mirror/aggregator): verify",
    },
    "status_preliminary": {"zh": "初步数", "en": "preliminary"},
    "status_target": {"zh": "目标", "en": "target"},
    "no_data": {"zh": "暂无数据", "en": "No data"},
    "period_jan-jun": {"zh": "1-6月", "en": "Jan-Jun"},
    "period_jan-sep": {"zh": "1-9月", "en": "Jan-Sep"},
    "period_jan-oct": {"zh": "1-10月", "en": "Jan-Oct"},
    "period_jan-nov": {"zh": "1-11月", "en": "Jan-Nov"},
    "definition": {"zh": "定义", "en": "Definition"},
    "seed_wording_note": {
        "zh": "原报道称之为“工业增加值”，实为规模以上工业总产值。",
        "en": "The source calls it 'industrial added value'; it is gross output above designated size.",
    },
    "banner_title": {
        "zh": "最新数据文件未通过校验，页面仍显示上一版有效数据（版本 {version}）。",
        "en": "The latest data files failed validation; "
        "the last good data (version {version}) is still shown.",
    },
    "banner_more": {"zh": "另有 {n} 个问题，见 /healthz。", "en": "{n} more problem(s): see /healthz."},
    "notice_bad_query": {
        "zh": "链接中的参数“{name}”无效，已使用默认值。",
        "en": "The link's '{name}' parameter is not valid; the default is used.",
    },
    "data_version": {"zh": "数据版本", "en": "Data version"},
    "footer_text": {
        "zh": "数据整理自公开报道与政府网站，逐条注明出处。",
        "en": "Compiled from public reports and government websites; every figure cites its source.",
    },
}


def t(key: str, lang: str, **values) -> str:
    """The string ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    text = STRINGS[key][lang]
    return text.format(**values) if values else text


def parse_lang(value) -> tuple[str, bool]:
    """(language, ok): an unknown or malformed value gives the default and ok=False."""
    if value is None or value == "":
        return default_lang(), True
    if isinstance(value, str) and value in LANGS:
        return value, True
    return default_lang(), False
