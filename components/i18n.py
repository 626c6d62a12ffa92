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
    "overview_until": {
        "zh": "按年份筛选：显示{year}年及以前的最新数据。",
        "en": "Year filter: latest figures up to {year}.",
    },
    "intro_output": {
        "zh": "规模以上工业的总产值与增加值、增速、行业结构、城市排名与各区数据。总产值含中间投入，远大于增加值。",
        "en": "Gross output and value added of industry above designated size, growth, sectors, city ranks and "
        "districts. Gross output includes intermediate inputs and is several times value added.",
    },
    "intro_infrastructure": {
        "zh": "5G基站、密度、用户与多功能智能杆，与北京、上海、广州对比；空心圆为规划目标，不是实际完成数。",
        "en": "5G base stations, density, users and smart poles, against Beijing, Shanghai and Guangzhou. "
        "Open circles are planned targets, not outcomes.",
    },
    "intro_platforms": {
        "zh": "国家级平台清单与认定、应用领域和政策行动计划。",
        "en": "National platform lists and recognitions, application sectors, and policies and action plans.",
    },
    "intro_benefits": {
        "zh": "企业应用工业互联网的成效（按来源报告原样呈现）、专项资金与资助上限，以及全国背景数据。",
        "en": "Enterprise outcomes as reported by their source, special funds and subsidy caps, and national context.",
    },
    "csv_indicator": {"zh": "指标代码", "en": "Indicator code"},
    "csv_indicator_name": {"zh": "指标", "en": "Indicator"},
    "csv_geo": {"zh": "地区", "en": "Place"},
    "csv_sector": {"zh": "行业", "en": "Sector"},
    "csv_year": {"zh": "年份", "en": "Year"},
    "csv_period": {"zh": "时期", "en": "Period"},
    "csv_as_of": {"zh": "时点", "en": "As of"},
    "csv_value": {"zh": "数值", "en": "Value"},
    "csv_unit": {"zh": "单位", "en": "Unit"},
    "csv_qualifier": {"zh": "限定词", "en": "Qualifier"},
    "csv_status": {"zh": "状态", "en": "Status"},
    "csv_source_id": {"zh": "来源编号", "en": "Source id"},
    "csv_publisher": {"zh": "发布者", "en": "Publisher"},
    "csv_source_date": {"zh": "来源日期", "en": "Source date"},
    "csv_tier": {"zh": "来源等级", "en": "Source tier"},
    "csv_source_url": {"zh": "来源链接", "en": "Source URL"},
    "csv_note": {"zh": "备注", "en": "Note"},
    "sources_intro": {
        "zh": "每个数字都来自下列来源。A级：官方或官方媒体；B级：可靠媒体或官方声明的转载；C级：转载、镜像、聚合网站，发布前须核对官方公报。",
        "en": "Every figure comes from one of these sources. Tier A: official or state media; B: reputable media or "
        "reprints of official statements; C: mirrors, reprints and aggregators, to be checked before publishing.",
    },
    "sources_heading": {"zh": "来源", "en": "Sources"},
    "data_heading": {"zh": "全部数据", "en": "All data"},
    "data_intro": {
        "zh": "下表为当前筛选条件下的全部观测值（数值为指标的标准单位）。",
        "en": "All observations for the current filters (values in each indicator's canonical unit).",
    },
    "alternatives_heading": {"zh": "未采用的数值（存档）", "en": "Figures not used (kept for the record)"},
    "alternatives_intro": {
        "zh": "与采用数值冲突或重复的数值，附不采用的理由；它们不会出现在图表中。",
        "en": "Figures that conflict with or repeat a trusted one, with the reason; they are never drawn.",
    },
    "download_csv": {"zh": "下载CSV", "en": "Download CSV"},
    "col_title": {"zh": "标题", "en": "Title"},
    "col_publisher": {"zh": "发布者", "en": "Publisher"},
    "col_date": {"zh": "日期", "en": "Date"},
    "col_tier": {"zh": "等级", "en": "Tier"},
    "col_used_by": {"zh": "使用该来源的图表", "en": "Charts using it"},
    "col_reason": {"zh": "理由", "en": "Reason"},
    "overview_cards": {"zh": "总览卡片", "en": "Overview cards"},
    "rows_count": {"zh": "共{n}行", "en": "{n} rows"},
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
    # charts
    "all_years": {"zh": "全部年份", "en": "all years"},
    "no_sector_dimension": {
        "zh": "本图无行业维度，行业筛选不适用",
        "en": "no sector breakdown: the sector filter does not apply",
    },
    "sectors_all": {"zh": "全部行业", "en": "all sectors"},
    "sectors": {"zh": "行业", "en": "Sectors"},
    "unit": {"zh": "单位", "en": "Unit"},
    "filter_years": {"zh": "年份筛选", "en": "Years selected"},
    "and_more_sources": {"zh": " 等另{n}个来源", "en": " and {n} more"},
    "footer_tier_c": {
        "zh": "其中{n}个为C级来源（转载/聚合网站），发布前请核对官方公报",
        "en": "{n} of them tier C (mirror/aggregator): check against the official communique before publishing",
    },
    "footer_dashboard": {"zh": "深圳工业与工业互联网监测", "en": "Shenzhen industry dashboard"},
    "legend_preliminary": {"zh": "（初步数）", "en": " (preliminary)"},
    "legend_target": {"zh": "（目标）", "en": " (target)"},
    "legend_dated_points": {
        "zh": "菱形为年内某日的数据，圆点为年末或全年数据，空心圆为目标",
        "en": "Diamonds: figures dated within a year; dots: year-end or whole year; open circles: targets",
    },
    "empty_chart": {
        "zh": "所选范围（{years}；{sectors}）暂无数据",
        "en": "No data for the selection ({years}; {sectors})",
    },
    "tier_c_short": {"zh": "C级来源", "en": "tier C"},
    "export_label": {"zh": "下载：", "en": "Download:"},
    "export_png": {"zh": "PNG图片", "en": "PNG"},
    "export_svg": {"zh": "SVG矢量图", "en": "SVG"},
    "export_csv": {"zh": "CSV数据", "en": "CSV"},
    "export_all": {"zh": "导出本页全部图表（ZIP）", "en": "Export all charts (ZIP)"},
    "export_busy": {"zh": "正在生成…", "en": "Preparing…"},
    "export_failed": {"zh": "导出失败：", "en": "Export failed: "},
    "embed": {"zh": "嵌入代码", "en": "Embed"},
    "embed_help": {
        "zh": "复制以下代码到门户页面。若门户的iframe带sandbox属性，须包含以下权限，否则下载按钮无效。",
        "en": "Copy this into the portal page. A sandboxed portal frame needs these permissions, "
        "or the download buttons do nothing.",
    },
    "embed_unknown_chart": {
        "zh": "没有这个图表。可用的图表见 /api/charts。",
        "en": "There is no such chart. The available charts are listed at /api/charts.",
    },
    "generated_on": {"zh": "生成于{date}", "en": "Generated on {date}"},
    "data_as_of": {"zh": "数据截至{date}", "en": "Data as of {date}"},
    "summary_points": {"zh": "共{n}个数据，", "en": "{n} figure(s),"},
    "only_targets": {"zh": "仅有目标值", "en": "only targets"},
    "targets_shown": {"zh": "另标出{n}个目标值", "en": "{n} target(s) shown as targets"},
    "no_value_sourced": {"zh": "未找到数值", "en": "no value sourced"},
    "footnote_rank_order": {
        "zh": "名次为榜单排序；无数值的城市仅列名次",
        "en": "Ranks are the order of the list; cities without a sourced value show the rank only",
    },
    "rank_summary": {"zh": "{year}年前三位为{top}", "en": "in {year} the top three were {top}"},
    "kind_miit_comprehensive_platform": {"zh": "工信部综合型平台", "en": "MIIT comprehensive platform"},
    "kind_miit_cross_industry_platform": {
        "zh": "国家跨行业跨领域平台",
        "en": "National cross-industry platform",
    },
    "kind_state_demo_enterprise": {"zh": "国家级应用示范企业", "en": "State-level demonstration enterprise"},
    "kind_state_demo_base": {"zh": "国家级示范基地", "en": "State-level demonstration base"},
    "kind_lighthouse_factory": {"zh": "“灯塔工厂”", "en": "Lighthouse factory"},
    "footnote_recognition_dates": {
        "zh": "只有年份的认定标在该年年中",
        "en": "Recognitions dated by year only are placed at mid-year",
    },
    "col_recognition": {"zh": "认定", "en": "Recognition"},
    "col_entity": {"zh": "企业/基地", "en": "Entity"},
    "col_when": {"zh": "时间", "en": "Date"},
    "col_source": {"zh": "来源", "en": "Source"},
    "col_policy": {"zh": "政策", "en": "Policy"},
    "col_level": {"zh": "层级", "en": "Level"},
    "col_period": {"zh": "期限", "en": "Period"},
    "col_targets": {"zh": "目标", "en": "Targets"},
    "col_application": {"zh": "应用领域", "en": "Application"},
    "col_divisions": {
        "zh": "国民经济行业分类（GB/T 4754-2017）",
        "en": "Industry divisions (GB/T 4754-2017)",
    },
    "level_national": {"zh": "国家", "en": "national"},
    "level_province": {"zh": "广东省", "en": "Guangdong"},
    "level_city": {"zh": "深圳市", "en": "Shenzhen"},
    "policies_summary": {"zh": "共{n}项，见表", "en": "{n} plans, listed in the table"},
    "footnote_seed_wording": {
        "zh": "2020年数据原报道称“工业增加值”，实为规模以上工业总产值",
        "en": "The 2020 source calls it 'industrial added value'; it is gross output above designated size",
    },
    "footnote_partial_periods": {
        "zh": "部分数据为年内累计（如1-9月），见图例",
        "en": "Some figures cover part of a year (e.g. Jan-Sep): see the legend",
    },
    "footnote_groupings_overlap": {
        "zh": "先进制造业与高技术制造业相互重叠，不可相加；口径可能随年份调整",
        "en": "Advanced and high-tech manufacturing overlap and do not add up; definitions may change over time",
    },
    "footnote_reported": {
        "zh": "据深圳市工信局引用的报告（深圳日报，2021-01-21），调查年份与样本未说明",
        "en": "As reported by Shenzhen's industry bureau (Shenzhen Daily, 2021-01-21); survey year and sample not stated",
    },
    "footnote_national": {
        "zh": "全国数据，非深圳；麦肯锡数据为预期而非实际结果",
        "en": "National figures, not Shenzhen; the McKinsey figure is an expectation, not a result",
    },
    # filters and cards
    "filters_label": {"zh": "筛选", "en": "Filters"},
    "filter_year_from": {"zh": "起始年份", "en": "From year"},
    "filter_year_to": {"zh": "截止年份", "en": "To year"},
    "filter_any_year": {"zh": "不限", "en": "Any"},
    "filter_sector": {"zh": "行业", "en": "Sector"},
    "filter_sector_note": {
        "zh": "可选国民经济行业（GB/T 4754-2017）或应用领域；无行业维度的图表会注明。",
        "en": "Choose industry divisions (GB/T 4754-2017) or application groups; charts without sectors say so.",
    },
    "filter_sector_page_note": {
        "zh": "本页图表无行业维度，行业筛选保留在链接中，供其他页面使用。",
        "en": "No chart on this page has a sector breakdown; the sector filter is kept in the link for other pages.",
    },
    "application_prefix": {"zh": "应用领域：", "en": "Application: "},
    "dropdown_select_all": {"zh": "全选", "en": "Select all"},
    "dropdown_deselect_all": {"zh": "取消全选", "en": "Deselect all"},
    "dropdown_selected_count": {"zh": "已选 {num_selected} 项", "en": "{num_selected} selected"},
    "dropdown_search": {"zh": "搜索", "en": "Search"},
    "dropdown_clear_search": {"zh": "清除搜索", "en": "Clear search"},
    "dropdown_clear_selection": {"zh": "清除选择", "en": "Clear selection"},
    "dropdown_no_options_found": {"zh": "无匹配选项", "en": "No options found"},
    "view_chart": {"zh": "图表", "en": "Chart"},
    "view_table": {"zh": "表格", "en": "Table"},
    "col_indicator": {"zh": "指标", "en": "Indicator"},
    "col_place": {"zh": "地区", "en": "Place"},
    "col_sector": {"zh": "行业", "en": "Sector"},
    "col_value": {"zh": "数值", "en": "Value"},
    "col_status": {"zh": "状态", "en": "Status"},
    "status_word_actual": {"zh": "实际", "en": "actual"},
    "status_word_preliminary": {"zh": "初步", "en": "preliminary"},
    "status_word_target": {"zh": "目标", "en": "target"},
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
