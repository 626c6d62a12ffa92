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

  // Export links fetch the file, so that an error (e.g. 503 when the server cannot render
  // images) is shown next to the link instead of downloading an error page. Without
  // JavaScript the links still work as plain downloads.
  function fileName(response, fallback) {
    var header = response.headers.get("Content-Disposition") || "";
    var m = /filename\*=UTF-8''([^;]+)/.exec(header);
    return m ? decodeURIComponent(m[1]) : fallback;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.export-link");
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    var holder = link.closest(".export-bar, .page-head");
    var status = holder && holder.querySelector(".export-status");
    var say = function (text, isError) {
      if (!status) return;
      status.textContent = text;
      status.classList.toggle("export-error", !!isError);
    };
    say(link.getAttribute("data-busy") || "…");
    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return { error: response.status + " " + response.statusText }; })
            .then(function (body) { throw new Error(body.error || String(response.status)); });
        }
        return response.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          var a = document.createElement("a");
          a.href = url;
          a.download = fileName(response, link.getAttribute("download") || "export");
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
          say("");
        });
      })
      .catch(function (error) { say((link.getAttribute("data-error") || "") + error.message, true); });
  });

  // The embed snippet is made on the server without knowing the public origin (it may sit
  // behind a proxy); the reader's browser knows it, so fill it in when the box opens.
  document.addEventListener("toggle", function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains("embed-box") || !box.open) return;
    var code = box.querySelector("textarea");
    var src = box.getAttribute("data-src");
    if (src && code.value.indexOf('src="' + src) !== -1) {
      code.value = code.value.replace('src="' + src, 'src="' + window.location.origin + src);
    }
    if (code) code.select();
  }, true);

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    szdash: {
      syncFilters: function (yearFrom, yearTo, sectors, info, exportHrefs, pageHrefs) {
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
        var withQuery = function (href) { return href.split("?")[0] + search; };
        return [
          byUser ? q : window.dash_clientside.no_update,
          nav,
          langHref,
          (exportHrefs || []).map(withQuery),
          (pageHrefs || []).map(withQuery)
        ];
      },

      toggleView: function (view) {
        var table = view === "table";
        return [table, !table];
      }
    }
  });
})();
