"""Component ids shared by the shell, the filters and the chart cards (unique app-wide)."""

FILTER_YEAR_FROM = "filter-year-from"
FILTER_YEAR_TO = "filter-year-to"
FILTER_SECTOR = "filter-sector"
FILTER_STATE = "filter-state"
PAGE_INFO = "page-info"
LANG_SWITCH = "lang-switch"
NAV_LINK = "nav-link"  # pattern: {"type": NAV_LINK, "path": <relative path>}

# Chart card parts, pattern ids: {"type": <one of these>, "chart": <chart id>}
CHART_GRAPH = "chart-graph"
CHART_SUBTITLE = "chart-subtitle"
CHART_SUMMARY = "chart-summary"
CHART_TABLE = "chart-table"
CHART_FIGURE = "chart-figure"
CHART_VIEW = "chart-view"
EXPORT_LINK = "export-link"  # pattern: {"type": EXPORT_LINK, "chart": <chart id>, "fmt": <format>}
EXPORT_PAGE = "export-page"
