/* Clientside parts of the dashboard: keep the URL in step with the filters, and the
   chart/table toggle. Served from assets/ (no inline script), so a strict CSP holds. */
(function () {
  "use strict";

  var KEYS = ["lang", "year", "sector"];
  var restoringUntil = 0;

  function queryString(q) {
    var parts = [];
    KEYS.forEach(function (k) {
      if (q[k]) parts.push(k + "=" + encodeURIComponent(q[k]).replace(/%2C/g, ","));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  function stateFrom(yearFrom, yearTo, sectors, lang) {
    var q = { lang: lang };
    var a = yearFrom, b = yearTo;
    if (a == null && b != null) a = b;
    if (b == null && a != null) b = a;
    if (a != null) {
      if (a > b) { var x = a; a = b; b = x; }
      q.year = a === b ? String(a) : a + ".." + b;
    }
    if (sectors && sectors.length) q.sector = sectors.join(",");
    return q;
  }

  // Back/forward inside one page: Dash's location component only re-renders the page
  // when it notices a change, and it never saw our pushState. So put the filter values
  // of the restored URL back into the controls; the cards then follow as for a click.
  window.addEventListener("popstate", function () {
    var set = window.dash_clientside && window.dash_clientside.set_props;
    if (!set || !document.getElementById("filter-sector")) return;
    var params = new URLSearchParams(window.location.search);
    var year = params.get("year") || "";
    var m = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(year);
    var sector = params.get("sector");
    restoringUntil = Date.now() + 1000;
    set("filter-year-from", { value: m ? parseInt(m[1], 10) : null });
    set("filter-year-to", { value: m ? parseInt(m[2] || m[1], 10) : null });
    set("filter-sector", { value: sector ? sector.split(",") : [] });
  });

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    szdash: {
      syncFilters: function (yearFrom, yearTo, sectors, info) {
        var ctx = window.dash_clientside.callback_context;
        var q = stateFrom(yearFrom, yearTo, sectors, info.lang);
        var search = queryString(q);
        var byUser = ctx.triggered && ctx.triggered.length > 0 && ctx.triggered[0].prop_id !== ".";
        var restoring = Date.now() < restoringUntil;
        if (window.location.search !== search && !restoring) {
          var url = window.location.pathname + search + window.location.hash;
          if (byUser) window.history.pushState(null, "", url);
          else window.history.replaceState(window.history.state, "", url);  // canonical form on load
        }
        var nav = ctx.outputs_list[1].map(function (o) { return o.id.path + search; });
        var other = info.lang === "zh" ? "en" : "zh";
        var langHref = info.path + queryString(Object.assign({}, q, { lang: other }));
        return [byUser ? q : window.dash_clientside.no_update, nav, langHref];
      },

      toggleView: function (view) {
        var table = view === "table";
        return [table, !table];
      }
    }
  });
})();
