/* The knowledge-graph viewer.  Data comes from the JSON block #kg-data (written by graph/write/html.py).
 * Rule: text from documents reaches the DOM only through textContent (never innerHTML), and vis
 * tooltips are plain strings (vis-network 9 shows them with innerText). */
(function () {
  "use strict";
  var kg = JSON.parse(document.getElementById("kg-data").textContent);
  window.__kg = kg;
  var timing = { parsed: performance.now(), firstRender: null, settled: null };
  window.__kgTiming = timing;

  var nodes = kg.nodes;
  var typeStyle = {};
  kg.types.forEach(function (t) { typeStyle[t.type] = t; });
  var adjacency = nodes.map(function () { return []; });
  kg.edges.forEach(function (e) { adjacency[e.from].push(e); if (e.to !== e.from) adjacency[e.to].push(e); });
  var hiddenTypes = new Set();
  var province = "";           // small graphs: id (as string) of the province filter, "" for all
  var mode = kg.large ? "overview" : "graph";
  var viewIds = [];            // ids of the entity nodes currently in the DataSet
  var highlighted = null;      // Set of ids in the highlighted neighbourhood
  var UNPLACED = -1;           // overview pseudo-node for entities below no province

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function typeLabel(type) { return (typeStyle[type] || { label: type }).label; }
  function docName(i) {
    var d = kg.docs[i];
    if (!d) return "?";
    return (d.title || d.id) + (d.date ? "（" + d.date + "）" : "");
  }
  function isProvince(id) { return nodes[id].type === "Province"; }
  function provincesOf(n) { return n.anc.filter(isProvince); }

  /* ---------- vis data ---------- */
  function tooltip(n) {
    var t = n.name + "\n" + typeLabel(n.type);
    if (n.code) t += " " + n.code;
    if (n.aliases.length) t += "\n别名：" + n.aliases.join("、");
    return t;
  }
  function visible(n) {
    if (hiddenTypes.has(n.type)) return false;
    if (province !== "" && !kg.large) return n.anc.indexOf(Number(province)) >= 0;
    return true;
  }
  function styleFor(n, dim) {
    var s = typeStyle[n.type] || { color: "#7f7f7f", shape: "dot" };
    var c = dim ? "#e4e4e4" : s.color;
    return {
      color: { background: c, border: dim ? "#d0d0d0" : s.color, highlight: { background: c, border: "#000" },
               hover: { background: c, border: "#000" } },
      font: { color: dim ? "#c8c8c8" : (s.shape === "box" ? "#ffffff" : "#222222") },
      borderWidth: highlighted && highlighted.focus === n.id ? 4 : 1
    };
  }
  // per-type styling lives in vis "groups": a node then carries only id/label/group/x/y, which
  // keeps adding 10k nodes cheap; explicit colours are set only while a neighbourhood is dimmed
  var DIM_LIMIT = 3000;  // above this many nodes in view, highlight by selection only (restyling is slow)
  kg.options.groups = {};
  kg.types.forEach(function (t) {
    var st = styleFor({ type: t.type, id: -2 }, false);
    kg.options.groups[t.type] = { shape: t.shape, color: st.color, font: st.font, size: 14 };
  });
  function visNode(n) {
    var v = { id: n.id, label: n.name, title: tooltip(n), group: n.type, hidden: !visible(n), x: n.x, y: n.y };
    if (highlighted) {
      var st = styleFor(n, !highlighted.has(n.id));
      v.color = st.color; v.font = st.font; v.borderWidth = st.borderWidth;
    }
    return v;
  }
  function edgeText(e) {
    var p = kg.predicates[e.p] || e.p;
    return e.role ? p + "·" + e.role : p;
  }
  function visEdge(e) {
    var v = { id: e.id, from: e.from, to: e.to, title: nodes[e.from].name + " → " + edgeText(e) + " → " + nodes[e.to].name,
              color: { color: "#999999", highlight: "#333333" } };
    if (!kg.large) v.label = edgeText(e);
    return v;
  }

  var nodeSet = new vis.DataSet([]);
  var edgeSet = new vis.DataSet([]);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, kg.options);

  function loadView(ids) {
    mode = "graph";
    viewIds = ids.slice().sort(function (a, b) { return a - b; });
    var inView = new Set(viewIds);
    nodeSet.clear(); edgeSet.clear();
    nodeSet.add(viewIds.map(function (id) { return visNode(nodes[id]); }));
    edgeSet.add(kg.edges.filter(function (e) { return inView.has(e.from) && inView.has(e.to); }).map(visEdge));
    // DataSet edits alone only nudge the simulation; an explicit stabilize lays the graph out before drawing
    if (!kg.large && kg.options.physics.enabled && timing.settled === null) network.stabilize(kg.options.physics.stabilization.iterations);
    else network.fit({ animation: false });
    updateStatus();
  }

  /* ---------- overview of provinces, cities, counties (large graphs) ---------- */
  function placeMembers(id) {
    if (id === UNPLACED) return nodes.filter(function (n) { return provincesOf(n).length === 0; }).map(function (n) { return n.id; });
    return nodes.filter(function (n) { return n.anc.indexOf(id) >= 0; }).map(function (n) { return n.id; });
  }
  function loadOverview() {
    mode = "overview";
    viewIds = [];
    var counts = {};
    var unplaced = 0;
    nodes.forEach(function (n) {
      n.anc.forEach(function (a) { counts[a] = (counts[a] || 0) + 1; });
      if (provincesOf(n).length === 0) unplaced++;
    });
    var ids = Object.keys(counts).map(Number).sort(function (a, b) { return a - b; });
    var inView = new Set(ids);
    var vnodes = ids.map(function (id) {
      var n = nodes[id], s = typeStyle[n.type];
      return { id: id, label: n.name + " (" + counts[id] + ")", title: n.name + "\n" + typeLabel(n.type) + " · " + counts[id] + " 个节点\n点击打开",
               shape: s.shape, color: s.color, x: n.x, y: n.y, size: 8 + 4 * Math.log2(1 + counts[id]), font: { size: 16 } };
    });
    if (unplaced) vnodes.push({ id: UNPLACED, label: "未归省 (" + unplaced + ")", title: "不在任何省份之下的节点\n点击打开", shape: "dot",
                                color: "#7f7f7f", x: 0, y: 0, size: 8 + 4 * Math.log2(1 + unplaced) });
    nodeSet.clear(); edgeSet.clear();
    nodeSet.add(vnodes);
    edgeSet.add(kg.edges.filter(function (e) { return e.p === "locatedIn" && inView.has(e.from) && inView.has(e.to); }).map(visEdge));
    network.fit({ animation: false });
    updateStatus();
  }
  function openPlace(id) {
    loadView(placeMembers(id));
    if (id !== UNPLACED) {
      var p = provincesOf(nodes[id])[0];
      if (p !== undefined) provinceSelect.value = String(p);
    }
  }

  /* ---------- filters: legend (types) and province ---------- */
  function applyFilters() {
    if (mode !== "graph") return;
    nodeSet.update(viewIds.map(function (id) { return { id: id, hidden: !visible(nodes[id]) }; }));
    legend.querySelectorAll("button[data-type]").forEach(function (b) {
      var off = hiddenTypes.has(b.dataset.type);
      b.classList.toggle("off", off);
      b.setAttribute("aria-pressed", off ? "false" : "true");
    });
    updateStatus();
  }
  function toggleType(type, show) {
    if (show === undefined) show = hiddenTypes.has(type);
    if (show) hiddenTypes.delete(type); else hiddenTypes.add(type);
    applyFilters();
  }
  var legend = document.getElementById("legend");
  legend.appendChild(el("h2", "类型（点击筛选）"));
  var typeCounts = {};
  nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  kg.types.forEach(function (t) {
    var b = el("button");
    b.type = "button";
    b.dataset.type = t.type;
    b.setAttribute("aria-pressed", "true");
    var sw = el("span", null, "swatch");
    sw.style.background = t.color;
    b.appendChild(sw);
    b.appendChild(el("span", t.label));
    b.appendChild(el("span", typeCounts[t.type] || 0, "count"));
    b.addEventListener("click", function () { toggleType(t.type); });
    legend.appendChild(b);
  });

  var provinceSelect = document.getElementById("province");
  var first = el("option", kg.large ? "总览（省/市/县）" : "全部省份");
  first.value = "";
  provinceSelect.appendChild(first);
  if (kg.large) { var all = el("option", "全部节点"); all.value = "*"; provinceSelect.appendChild(all); }
  nodes.filter(function (n) { return n.type === "Province"; })
    .sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id; })
    .forEach(function (n) { var o = el("option", n.name); o.value = String(n.id); provinceSelect.appendChild(o); });
  function setProvince(value) {
    value = value === undefined || value === null ? "" : String(value);
    provinceSelect.value = value;
    if (kg.large) {
      clearHighlight();
      if (value === "") loadOverview();
      else if (value === "*") loadView(nodes.map(function (n) { return n.id; }));
      else openPlace(Number(value));
    } else {
      province = value;
      applyFilters();
    }
  }
  provinceSelect.addEventListener("change", function () { setProvince(provinceSelect.value); });

  /* ---------- highlight, focus, search ---------- */
  function highlight(id) {
    var set = new Set([id]);
    adjacency[id].forEach(function (e) { set.add(e.from); set.add(e.to); });
    set.focus = id;
    highlighted = set;
    restyle();
  }
  function clearHighlight() {
    if (!highlighted) return;
    highlighted = null;
    restyle();
  }
  function restyle() {
    if (mode !== "graph" || viewIds.length > DIM_LIMIT) return;
    nodeSet.update(viewIds.map(function (id) {
      var st = styleFor(nodes[id], highlighted && !highlighted.has(id));
      return { id: id, color: st.color, font: st.font, borderWidth: st.borderWidth };
    }));
  }
  function ensureVisible(id) {
    var n = nodes[id];
    if (hiddenTypes.has(n.type)) toggleType(n.type, true);
    if (kg.large) {
      if (mode !== "graph" || viewIds.indexOf(id) < 0) {
        var provs = provincesOf(n);
        if (provs.length) openPlace(provs[0]);
        else if (n.anc.length) openPlace(n.anc[0]);
        else openPlace(UNPLACED);
      }
    } else if (!visible(n)) {
      setProvince("");
    }
  }
  function focusNode(id) {
    ensureVisible(id);
    highlight(id);
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    showPanel(id);
    app.focused = id;
    document.body.dataset.focused = String(id);
  }
  /* where the letters q start a run of the name's pinyin initials (py: per character, the letters
     its readings may start with: 重 → "zc"), or -1 */
  function initialsAt(py, q) {
    if (!py) return -1;
    for (var i = 0; i + q.length <= py.length; i++) {
      var k = 0;
      while (k < q.length && py[i + k].indexOf(q.charAt(k)) >= 0) k++;
      if (k === q.length) return i;
    }
    return -1;
  }
  function findNodes(query, limit) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var letters = /^[a-z]+$/.test(q);
    var scored = [];
    nodes.forEach(function (n) {
      var best = 9;
      var names = [n.name].concat(n.aliases);
      names.forEach(function (name, k) {
        var s = name.toLowerCase(), alias = k > 0 ? 1 : 0;
        if (s === q) best = Math.min(best, 0 + alias);
        else if (s.indexOf(q) === 0) best = Math.min(best, 2 + alias);
        else if (s.indexOf(q) > 0) best = Math.min(best, 4 + alias);
      });
      if (letters && best > 3) {
        /* 拼音首字母: hlj finds 韩联均, cq 重庆市; whole-name initials first */
        var at = initialsAt(n.py, q);
        if (at === 0) best = Math.min(best, q.length === n.py.length ? 3 : 6);
        else if (at > 0) best = Math.min(best, 7);
      }
      if (best < 9) scored.push([best, n.name.length, n.id]);
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return scored.slice(0, limit || 20).map(function (s) { return s[2]; });
  }
  var searchInput = document.getElementById("search");
  var results = document.getElementById("results");
  function showResults() {
    results.textContent = "";
    var found = findNodes(searchInput.value, 20);
    found.forEach(function (id) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.appendChild(el("span", nodes[id].name));
      li.appendChild(el("span", typeLabel(nodes[id].type), "type"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); results.hidden = true; focusNode(id); });
      results.appendChild(li);
    });
    results.hidden = found.length === 0;
  }
  function search(query) {
    if (query !== undefined) searchInput.value = query;
    results.hidden = true;
    var found = findNodes(searchInput.value, 1);
    if (found.length) focusNode(found[0]);
    else document.getElementById("status").textContent = "未找到：" + searchInput.value;
    return found.length ? found[0] : null;
  }
  searchInput.addEventListener("input", showResults);
  searchInput.addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(); if (ev.key === "Escape") results.hidden = true; });
  searchInput.addEventListener("blur", function () { results.hidden = true; });
  document.getElementById("search-go").addEventListener("click", function () { search(); });
  document.getElementById("reset").addEventListener("click", function () {
    hiddenTypes.clear(); searchInput.value = ""; hidePanel(); clearHighlight();
    setProvince(""); applyFilters();
  });

  /* ---------- side panel ---------- */
  var panel = document.getElementById("panel");
  function hidePanel() { panel.hidden = true; panel.textContent = ""; delete document.body.dataset.focused; }
  function evidenceList(ev) {
    var ul = el("ul", null, "evidence");
    ev.forEach(function (item) {
      var li = el("li");
      li.appendChild(el("blockquote", item[1]));
      li.appendChild(el("cite", docName(item[0])));
      ul.appendChild(li);
    });
    return ul;
  }
  function showPanel(id) {
    var n = nodes[id];
    panel.textContent = "";
    var close = el("button", "×", "close");
    close.type = "button";
    close.setAttribute("aria-label", "关闭");
    close.addEventListener("click", function () { hidePanel(); clearHighlight(); });
    panel.appendChild(close);
    panel.appendChild(el("h2", n.name));
    var badge = el("span", typeLabel(n.type), "badge");
    badge.style.background = (typeStyle[n.type] || { color: "#777" }).color;
    panel.appendChild(badge);
    var dl = el("dl");
    function row(k, v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); }
    row("类型", n.type);
    if (n.code) row("代码", n.code);
    var roles = adjacency[id].filter(function (e) { return e.p === "holdsPost" && e.from === id && e.role; })
      .map(function (e) { return e.role + "（" + nodes[e.to].name + "）"; });
    if (roles.length) row("职务", roles.join("；"));
    if (n.aliases.length) row("别名", n.aliases.join("、"));
    panel.appendChild(dl);

    var edges = adjacency[id];
    panel.appendChild(el("h3", "关系（" + edges.length + "）"));
    var ul = el("ul", null, "edges");
    edges.slice(0, 200).forEach(function (e) {
      var out = e.from === id, other = out ? e.to : e.from;
      var li = el("li");
      li.appendChild(el("span", (out ? "→ " : "← ") + edgeText(e) + " "));
      var link = el("button", nodes[other].name, "link");
      link.type = "button";
      link.addEventListener("click", function () { focusNode(other); });
      li.appendChild(link);
      if (e.ev.length) li.appendChild(evidenceList(e.ev));
      ul.appendChild(li);
    });
    if (edges.length > 200) ul.appendChild(el("li", "…还有 " + (edges.length - 200) + " 条"));
    panel.appendChild(ul);

    panel.appendChild(el("h3", "出处（" + n.ev.length + "）"));
    if (n.ev.length) panel.appendChild(evidenceList(n.ev));
    else panel.appendChild(el("p", "由参考数据补入的上级行政区，文中未直接提及。"));
    panel.hidden = false;
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      var id = params.nodes[0];
      if (mode === "overview") { openPlace(id); return; }
      highlight(id);
      showPanel(id);
      app.focused = id;
      document.body.dataset.focused = String(id);
    } else if (!params.edges.length) {
      clearHighlight();
      hidePanel();
    }
  });

  /* ---------- status and timing ---------- */
  function updateStatus() {
    var shown = mode === "graph" ? viewIds.filter(function (id) { return visible(nodes[id]); }).length : 0;
    var text = mode === "overview" ? "总览：点击省/市/县打开 · 共 " + nodes.length + " 个节点、" + kg.edges.length + " 条关系"
                                   : "显示 " + shown + " / " + nodes.length + " 个节点 · " + kg.edges.length + " 条关系";
    document.getElementById("status").textContent = text;
  }
  function settled() {
    if (timing.settled === null) timing.settled = performance.now();
    if (kg.options.physics.enabled) network.setOptions({ physics: { enabled: false } });  // stop drifting once laid out
    document.body.dataset.settled = "1";
  }
  network.once("afterDrawing", function () {
    timing.firstRender = performance.now();
    if (!kg.options.physics.enabled || nodes.length === 0) settled();
  });
  network.once("stabilizationIterationsDone", settled);

  document.getElementById("title").textContent = kg.title;
  var app = {
    search: search, findNodes: findNodes, focusNode: focusNode, toggleType: toggleType, setProvince: setProvince,
    openPlace: openPlace, network: network, nodeSet: nodeSet, focused: null,
    hiddenTypes: function () { return Array.from(hiddenTypes).sort(); },
    visibleIds: function () { return nodeSet.get({ filter: function (v) { return !v.hidden; } }).map(function (v) { return v.id; }); },
    mode: function () { return mode; }
  };
  window.__kgApp = app;
  if (kg.large) loadOverview(); else loadView(nodes.map(function (n) { return n.id; }));
})();
