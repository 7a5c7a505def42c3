"""The HTML view in headless Chromium (Debian `chromium`, driven by Playwright, network blocked)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import dataclasses

from graph.records import DocumentInfo, Entity, Evidence, Relation
from graph.write.html import write_html
from test_html import DOC, EVIL, S_HAN, S_WANG, S_YONGXING, ev, sample_graph

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "screenshot.png"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A loaded page plus what it tried to do: requests leaving file://, dialogs, script errors."""

    def __init__(self, browser, path: Path):
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        # bypass_csp: Playwright's evaluate() needs eval, which the page's CSP forbids; the route
        # below then proves no request leaves file:// even without the CSP's help
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.body.dataset.settled === '1'", timeout=30_000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def node_id(self, name: str) -> int:
        return self.js("n => window.__kg.nodes.find(x => x.name === n).id", name)

    def click_node(self, node: int) -> None:
        """A real mouse click on the node's position on the canvas; once more if a focus animation
        was still moving the node (the panel then has not opened)."""
        for _ in range(3):
            pos = self.js("""id => { const net = window.__kgApp.network;
                              return net.canvasToDOM(net.getPositions([id])[id]); }""", node)
            box = self.page.locator("#network canvas").bounding_box()
            self.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
            try:
                self.page.wait_for_function(
                    "() => { const p = document.querySelector('#panel');"
                    " return p && p.offsetParent !== null && p.innerText.trim().length > 0; }", timeout=3_000)
                return
            except Exception:  # playwright's TimeoutError: try again from the node's new position
                self.page.wait_for_timeout(500)

    def close(self):
        self.context.close()


@pytest.fixture
def open_page(browser, tmp_path):
    pages = []

    def _open(kg, name="graph.html"):
        path = tmp_path / name
        write_html(kg, path)
        p = Page(browser, path)
        pages.append(p)
        return p

    yield _open
    for p in pages:
        p.close()


def test_loads_offline_with_every_node(open_page):
    kg = sample_graph()
    p = open_page(kg)
    assert p.blocked == [] and p.errors == []
    assert p.js("window.__kg.nodes.length") == len(kg.entities)
    assert p.js("window.__kgApp.nodeSet.length") == len(kg.entities)
    assert p.js("window.__kgApp.network.body.nodeIndices.length") == len(kg.entities)


def test_the_page_numbers_nodes_and_edges_and_finds_each_nodes_places_as_python_does(open_page):
    """The payload carries no numbers and no ancestors (graph/write/html.py: PageData): app.js's positional()
    numbers nodes and edges in order, turns edges' keys into numbers and climbs the edges for each node's
    provinces, cities and counties: the same as html.place_ancestors."""
    from graph.write.html import place_ancestors

    kg = sample_graph(evil=True)
    p = open_page(kg)
    assert p.errors == []
    keys = sorted(kg.entities)
    nodes = p.js("window.__kg.nodes.map(n => [n.id, n.key, n.anc])")
    assert [(i, k) for i, k, _ in nodes] == list(enumerate(keys))
    expected = place_ancestors(kg)
    assert {k: [keys[a] for a in anc] for _, k, anc in nodes} == {k: list(v) for k, v in expected.items()}
    edges = p.js("window.__kg.edges.map(e => [e.id, e.from, e.to])")
    assert [i for i, _, _ in edges] == list(range(len(edges)))
    assert ("Person:王浙榕", "Organization:梅林雅苑小区党支部") in {(keys[a], keys[b]) for _, a, b in edges}


def test_search_finds_and_focuses_a_person(open_page):
    p = open_page(sample_graph())
    p.page.fill("#search", "王浙")
    p.page.press("#search", "Enter")
    wang = p.node_id("王浙榕")
    assert p.js("window.__kgApp.focused") == wang
    assert p.js("window.__kgApp.network.getSelectedNodes()") == [wang]
    assert p.page.locator("#panel h2").inner_text() == "王浙榕"
    # focused: the node sits at the centre of the canvas
    pos = p.js("id => window.__kgApp.network.canvasToDOM(window.__kgApp.network.getPositions([id])[id])", wang)
    box = p.page.locator("#network canvas").bounding_box()
    assert abs(pos["x"] - box["width"] / 2) < 5 and abs(pos["y"] - box["height"] / 2) < 5
    # neighbours keep their colour, the rest is dimmed
    branch = p.node_id("梅林雅苑小区党支部")
    far = p.node_id("永兴村")
    colours = p.js("ids => ids.map(i => window.__kgApp.nodeSet.get(i).color.background)", [branch, far])
    assert colours[0] != "#e4e4e4" and colours[1] == "#e4e4e4"


def test_alias_search(open_page):
    p = open_page(sample_graph())
    assert p.js("window.__kgApp.search('韩书记')") == p.node_id("韩联均")


def test_pinyin_initials_search(open_page):
    p = open_page(sample_graph())
    assert p.js("window.__kgApp.search('hlj')") == p.node_id("韩联均")
    assert p.js("window.__kgApp.search('WZR')") == p.node_id("王浙榕")
    # a name's own letters still come first: nothing here is spelled hlj
    assert p.js("window.__kgApp.findNodes('zzzq', 5)") == []


def test_legend_hides_people_and_brings_them_back(open_page):
    kg = sample_graph()
    p = open_page(kg)
    people = sorted(p.js("window.__kg.nodes.filter(n => n.type === 'Person').map(n => n.id)"))
    assert people
    p.page.click("#legend button[data-type=Person]")
    visible = set(p.js("window.__kgApp.visibleIds()"))
    assert visible.isdisjoint(people)
    assert len(visible) == len(kg.entities) - len(people)
    assert p.page.get_attribute("#legend button[data-type=Person]", "aria-pressed") == "false"
    p.page.click("#legend button[data-type=Person]")
    assert set(people) <= set(p.js("window.__kgApp.visibleIds()"))


def test_province_filter(open_page):
    p = open_page(sample_graph())
    p.page.select_option("#province", label="重庆市")
    names = set(p.js("window.__kgApp.visibleIds().map(i => window.__kg.nodes[i].name)"))
    assert {"重庆市", "永兴村", "韩联均", "永兴村党支部"} <= names
    assert "王浙榕" not in names and "浙江省" not in names


def test_clicking_a_node_shows_its_evidence(open_page):
    p = open_page(sample_graph())
    wang = p.node_id("王浙榕")
    p.click_node(wang)
    panel = p.page.locator("#panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "王浙榕" in text and S_WANG in text
    assert "抓基层 强基础 固基本" in text  # document name
    assert "党支部书记" in text and "梅林雅苑小区党支部" in text  # edge with role


def test_hostile_document_text_is_shown_not_run(open_page):
    p = open_page(sample_graph(evil=True))
    evil = p.node_id("张" + EVIL)
    p.js("id => window.__kgApp.focusNode(id)", evil)
    p.click_node(evil)
    p.page.mouse.move(5, 5)
    # the panel fills after the click is handled: wait for it rather than race it on a loaded machine
    p.page.wait_for_function("() => document.querySelector('#panel').innerText.includes('alert(1)')",
                             timeout=10_000)
    text = p.page.locator("#panel").inner_text()
    assert "<script>alert(1)</script>" in text and '"onmouseover=alert(1)' in text
    assert p.page.locator("#panel script").count() == 0
    assert p.page.locator("[onmouseover]").count() == 0
    p.page.wait_for_timeout(300)
    assert p.dialogs == [] and p.errors == [] and p.blocked == []


def test_large_graph_opens_on_overview_and_search_opens_the_province(open_page, monkeypatch):
    import graph.write.html as h

    kg = sample_graph()
    monkeypatch.setattr(h, "LARGE_GRAPH", 5)  # the same code path a 10k-node graph takes
    p = open_page(kg, "large.html")
    assert p.js("window.__kgApp.mode()") == "overview"
    assert p.js("window.__kg.nodes.length") == len(kg.entities)
    assert p.js("window.__kgApp.network.physics.options.enabled") is False
    wang = p.js("window.__kgApp.search('王浙榕')")
    assert wang == p.node_id("王浙榕")
    assert p.js("window.__kgApp.mode()") == "graph"
    shown = set(p.js("window.__kgApp.visibleIds().map(i => window.__kg.nodes[i].name)"))
    assert "王浙榕" in shown and "韩联均" not in shown  # only 浙江省 is open
    assert p.errors == [] and p.blocked == []


def test_screenshot_for_readme(open_page, tmp_path):
    # into the repository only when asked (KG_UPDATE_SCREENSHOT=1): a test run must not change tracked files, and a
    # machine without CJK fonts draws the labels as empty boxes
    shot = SCREENSHOT if os.environ.get("KG_UPDATE_SCREENSHOT") == "1" else tmp_path / "screenshot.png"
    p = open_page(sample_graph())
    p.js("window.__kgApp.search('王浙榕')")
    p.page.wait_for_timeout(200)
    shot.parent.mkdir(parents=True, exist_ok=True)
    p.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_seed_graph_search_finds_wang_zherong(browser, request, tmp_path):
    try:
        seed_graph = request.getfixturevalue("seed_graph")
    except ImportError as exc:  # the pipeline stages are still being written
        pytest.skip(f"graph.pipeline.build_graph not available yet: {exc}")
    if not any(e.name == "王浙榕" for e in seed_graph.entities.values()):
        pytest.skip("the seed build does not yet extract 王浙榕")
    path = tmp_path / "seeds.html"
    write_html(seed_graph, path)
    p = Page(browser, path)
    try:
        assert p.js("window.__kg.nodes.length") == len(seed_graph.entities)
        wang = p.js("window.__kgApp.search('王浙榕')")
        assert wang is not None and p.js("window.__kg.nodes[window.__kgApp.focused].name") == "王浙榕"
        assert p.errors == [] and p.blocked == []
    finally:
        p.close()


# ---------- the views: map, timeline, table, articles; search, path, reset ----------

DOC2 = "001_effde1a65b477c46"


def two_document_graph():
    """The sample graph with its 重庆 facts moved to a second, earlier document that has a URL."""
    kg = sample_graph()
    kg.documents[DOC] = dataclasses.replace(kg.documents[DOC], url="https://example.org/000")
    kg.documents[DOC2] = DocumentInfo(DOC2, f"sources/{DOC2}.txt", title="返乡创业 永兴村的新事", date="2023-05-06")
    moved = {S_YONGXING, S_HAN}

    def move(evidence):
        return tuple(Evidence(DOC2, e.sentence, e.start, e.end) if e.sentence in moved else e for e in evidence)

    kg.entities = {k: dataclasses.replace(e, evidence=move(e.evidence)) for k, e in kg.entities.items()}
    kg.relations = [dataclasses.replace(r, evidence=move(r.evidence)) for r in kg.relations]
    # seats for the map's points
    kg.entities["County:330604"] = dataclasses.replace(kg.entities["County:330604"], lat=30.03, lon=120.87)
    kg.entities["County:500109"] = dataclasses.replace(kg.entities["County:500109"], lat=29.80, lon=106.40)
    return kg


def test_the_page_turns_document_keys_into_places_and_cites_each_sentence_as_python_does(open_page):
    """Evidence cites a document by its key (graph/write/html.py: document_keys); app.js's positional() turns
    each key into the document's place in docs, so every item names the document and sentence Python cited,
    in (document, sentence) order."""
    kg = two_document_graph()
    p = open_page(kg)
    assert p.errors == []
    cited = ("[window.__kg.docs[it[0]].id, window.__kg.docs[it[0]].s[it[1]], window.__kg.docs[it[0]].title]")
    nodes = p.js(f"window.__kg.nodes.map(n => [n.key, n.ev.map(it => {cited})])")
    edges = p.js(f"window.__kg.edges.map(e => [window.__kg.nodes[e.from].key, e.p, window.__kg.nodes[e.to].key, "
                 f"e.role, e.ev.map(it => {cited})])")

    def expected(evidence):
        return [[d, s, kg.documents[d].title] for d, s in sorted({(e.document, e.sentence) for e in evidence})]

    assert {k: ev for k, ev in nodes} == {k: expected(e.evidence) for k, e in kg.entities.items()}
    assert {(h, pr, t, r): ev for h, pr, t, r, ev in edges} == {(r.head, r.predicate, r.tail, r.role): expected(r.evidence)
                                                              for r in kg.relations}
    assert {DOC, DOC2} <= {d for _, ev in nodes for d, _, _ in ev}


@pytest.fixture
def seeds(request):
    """The seed graph; skipped while the pipeline cannot build it (another stage mid-change).
    KG_SEED_PICKLE names a pickled KnowledgeGraph to use instead (a build from another checkout)."""
    import os
    import pickle

    if os.environ.get("KG_SEED_PICKLE"):
        with open(os.environ["KG_SEED_PICKLE"], "rb") as handle:
            return pickle.load(handle)
    kg = request.getfixturevalue("seed_graph")
    if not kg.entities:
        pytest.skip(f"the seed build yields no entities: {kg.errors[:1]}")
    return kg


def visible_names(p):
    return set(p.js("window.__kgApp.visibleIds().map(i => window.__kg.nodes[i].name)"))


def test_map_shows_the_seed_provinces_and_a_click_filters(open_page, seeds):
    provinces = {e.name for e in seeds.entities.values() if e.type == "Province"}
    p = open_page(seeds, "seeds.html")
    p.page.click("#tabs button[data-view=map]")
    assert p.page.locator("#view-map").is_visible()
    lit = set(p.js("""[...document.querySelectorAll('#view-map path.province.has')]
                      .map(e => window.__kg.nodes[+e.dataset.id].name)"""))
    assert provinces and provinces <= lit  # every seed province is drawn and marked as holding nodes
    assert p.page.locator("#view-map circle.seat").count() > 10  # county and city seats
    # a click on the province the seeds say most about filters the graph to what lies in it
    biggest = p.js("""() => { const c = {};
        window.__kg.nodes.forEach(n => n.anc.forEach(a => { if (window.__kg.nodes[a].type === 'Province') c[a] = (c[a] || 0) + 1; }));
        return +Object.keys(c).sort((a, b) => c[b] - c[a])[0]; }""")
    before = len(visible_names(p))
    region = p.page.locator(f"#view-map path.province[data-id='{biggest}']")
    box = region.bounding_box()
    # click inside the outline but on no seat: the first point of the path that is inside it
    point = p.js("""id => { const path = document.querySelector(`#view-map path.province[data-id='${id}']`);
        const svg = path.ownerSVGElement, m = path.getScreenCTM(), b = path.getBBox();
        for (let i = 1; i < 400; i++) {
            const x = b.x + b.width * ((i * 0.618) % 1), y = b.y + b.height * ((i * 0.382) % 1);
            const pt = new DOMPoint(x, y).matrixTransform(m);
            const hit = document.elementFromPoint(pt.x, pt.y);
            if (hit === path) return [pt.x, pt.y];
        }
        return null; }""", biggest)
    assert point is not None and box
    p.page.mouse.click(point[0], point[1])
    inside = {n["id"] for n in p.js("window.__kg.nodes") if biggest in n["anc"]}
    shown = set(p.js("window.__kgApp.visibleIds()"))
    assert shown == inside and len(shown) < before
    assert p.page.locator(f"#view-map path.province.on[data-id='{biggest}']").count() == 1
    assert p.errors == [] and p.blocked == []


def test_map_click_on_a_province_and_on_a_county_filters_the_graph(open_page):
    p = open_page(two_document_graph())
    everything = visible_names(p)
    p.page.click("#tabs button[data-view=map]")
    # a real click on 重庆市's outline (its centre lies inside it)
    cq = p.node_id("重庆市")
    p.page.locator(f"#view-map path.province[data-id='{cq}']").click()
    names = visible_names(p)
    assert {"重庆市", "永兴村", "韩联均"} <= names and "王浙榕" not in names and names < everything
    assert "重庆市" in p.page.locator("#chips").inner_text()
    # the map zoomed to 重庆市; back to the whole country, then a county seat: 上虞区 and what lies in it
    p.page.click("#view-map .map-tools button:has-text('全图')")
    sy = p.node_id("上虞区")
    p.page.locator(f"#view-map circle.seat[data-id='{sy}']").click()
    names = visible_names(p)
    assert {"上虞区", "王浙榕", "梅林雅苑小区党支部"} <= names and "韩联均" not in names and "绍兴市" not in names
    p.page.click("#tabs button[data-view=graph]")
    # fitted to what is shown: the filtered nodes spread over the canvas, not a corner of it
    spread = p.js("""() => { const net = window.__kgApp.network, ids = window.__kgApp.visibleIds();
        const pts = ids.map(i => net.canvasToDOM(net.getPositions([i])[i]));
        const xs = pts.map(q => q.x), ys = pts.map(q => q.y);
        return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]; }""")
    box = p.page.locator("#network canvas").bounding_box()
    assert spread[0] >= 0 and spread[1] <= box["width"] and spread[2] >= 0 and spread[3] <= box["height"]
    assert (spread[1] - spread[0]) > box["width"] * 0.25 or (spread[3] - spread[2]) > box["height"] * 0.25
    assert p.errors == [] and p.blocked == []


def test_timeline_filter_changes_the_node_count(open_page):
    p = open_page(two_document_graph())
    before = visible_names(p)
    p.page.click("#tabs button[data-view=timeline]")
    bars = p.page.locator("#view-timeline rect.hit")
    assert bars.count() == 10  # 2023-05 … 2024-02, by month
    # click the 2023-05 bar: only the facts of the 重庆 article remain
    p.page.locator("#view-timeline rect.hit[data-bin='0']").click()
    after = visible_names(p)
    assert len(after) < len(before)
    assert {"韩联均", "永兴村党支部", "永兴村"} <= after and "王浙榕" not in after
    # and only the facts of that article are drawn
    drawn = p.js("""window.__kgApp.network.body.data.edges.get().filter(e => !e.hidden)
                    .map(e => window.__kg.edges[e.id].ev.map(it => window.__kg.docs[it[0]].id))""")
    assert drawn and all(DOC2 in docs for docs in drawn)
    assert "返乡创业 永兴村的新事" in p.page.locator("#view-timeline").inner_text()
    # shift-click extends the range to 2024-02: everything dated is back
    p.page.locator("#view-timeline rect.hit[data-bin='9']").click(modifiers=["Shift"])
    assert "王浙榕" in visible_names(p) and "韩联均" in visible_names(p)
    p.page.click("#chips button")  # clear the date filter
    assert visible_names(p) == before
    assert p.errors == [] and p.blocked == []


def test_table_lists_a_selected_nodes_facts_and_downloads_them(open_page):
    p = open_page(two_document_graph())
    p.page.click("#tabs button[data-view=table]")
    all_rows = p.page.locator("#view-table tbody tr").count()
    assert all_rows >= 13
    # sortable: by head, descending
    p.page.click("#view-table th[data-key=head]")
    p.page.click("#view-table th[data-key=head]")
    heads = p.page.locator("#view-table tbody tr td:first-child").all_inner_texts()
    assert heads == sorted(heads, reverse=True)
    # filterable
    p.page.fill("#view-table .table-filter", "永兴")
    assert all("永兴" in t for t in p.page.locator("#view-table tbody tr").all_inner_texts())
    p.page.fill("#view-table .table-filter", "")
    # follows the selection: the facts of 王浙榕 only
    p.js("id => window.__kgApp.focusNode(id)", p.node_id("王浙榕"))
    p.page.click("#tabs button[data-view=table]")
    rows = p.page.locator("#view-table tbody tr").all_inner_texts()
    assert len(rows) == 1
    assert "王浙榕" in rows[0] and "党支部书记" in rows[0] and "梅林雅苑小区党支部" in rows[0]
    assert "2024-02-02" in rows[0] and "抓基层 强基础 固基本" in rows[0]
    with p.page.expect_download() as info:
        p.page.click("#view-table button.download")
    download = info.value
    assert download.suggested_filename == "facts.csv"
    text = Path(download.path()).read_bytes().decode("utf-8")
    assert text.startswith("\ufeff头实体,关系,职务,尾实体,地点,日期,文章,链接,证据句")
    lines = text.strip().split("\r\n")
    assert len(lines) == 2 and lines[1].startswith("王浙榕,任职,党支部书记,梅林雅苑小区党支部,上虞区,2024-02-02,抓基层 强基础 固基本,https://example.org/000,")
    assert S_WANG.split(",")[0] in lines[1]
    assert p.errors == [] and p.blocked == []


def test_article_view_shows_the_title_and_the_facts(open_page):
    p = open_page(two_document_graph())
    han = p.node_id("韩联均")
    p.click_node(han)
    # one click from an evidence sentence to its article
    p.page.locator("#panel cite button").first.click()
    assert p.js("window.__kgApp.view()") == "articles"
    art = p.page.locator("#view-articles .article")
    assert art.locator("h2").inner_text() == "返乡创业 永兴村的新事"
    text = art.inner_text()
    assert "2023-05-06" in text
    assert "韩联均 —任职·党支部书记→ 永兴村党支部" in text and S_HAN in text
    assert "王浙榕" not in text  # facts of the other article stay out
    # the other article links to its URL, which only http(s) can be
    p.js("window.__kgApp.openArticle(0)")
    link = p.page.locator("#view-articles .article h2 a")
    assert link.inner_text() == "抓基层 强基础 固基本" and link.get_attribute("href") == "https://example.org/000"
    assert link.get_attribute("rel") == "noopener noreferrer"
    # the list of articles, newest first
    p.page.click("#view-articles .article button")
    titles = p.page.locator("#view-articles .doclist li").all_inner_texts()
    assert titles[0].startswith("2024-02-02") and "返乡创业" in titles[1]
    assert p.errors == [] and p.blocked == []


def test_search_tells_two_people_of_the_same_name_apart(open_page):
    kg = sample_graph()
    for key, body, role in (("Person:张勇@50", "Organization:永兴村党支部", "党支部书记"),
                            ("Person:张勇@33", "Organization:梅林雅苑小区党支部", "组织委员")):
        kg.entities[key] = Entity(key, "Person", "张勇", evidence=ev(S_HAN if "50" in key else S_WANG))
        kg.relations.append(Relation(key, "holdsPost", body, role=role, evidence=kg.entities[key].evidence))
    p = open_page(kg)
    p.page.fill("#search", "张勇")
    p.page.wait_for_selector("#results li")
    rows = p.page.locator("#results li").all_inner_texts()
    assert len(rows) == 2 and rows[0] != rows[1]
    joined = " | ".join(rows)
    assert "永兴村党支部书记" in joined and "重庆市" in joined
    assert "梅林雅苑小区党支部组织委员" in joined and "浙江省" in joined
    # the row picked is the person it describes, by mouse or by keyboard
    p.page.locator("#results li", has_text="重庆市").click()
    assert p.js("window.__kg.nodes[window.__kgApp.focused].key") == "Person:张勇@50"
    p.page.fill("#search", "张勇")
    second = p.page.locator("#results li").nth(1).get_attribute("data-id")
    p.page.press("#search", "ArrowDown")
    p.page.press("#search", "ArrowDown")
    p.page.press("#search", "Enter")
    assert p.js("window.__kgApp.focused") == int(second)


def test_shortest_path_between_two_picked_entities(open_page):
    p = open_page(sample_graph())
    wang, zj = p.node_id("王浙榕"), p.node_id("浙江省")
    p.click_node(wang)
    p.page.click("#panel button.path-from")
    p.js("id => window.__kgApp.focusNode(id)", zj)
    p.page.click("#panel button.path-to")
    steps = p.page.locator("#panel li.path-step").all_inner_texts()
    assert len(steps) == 6  # 王浙榕 → 支部 → 小区 → 社区 → 上虞区 → 绍兴市 → 浙江省
    assert steps[0].startswith("王浙榕 —任职·党支部书记→ 梅林雅苑小区党支部")
    assert "绍兴市 —位于→ 浙江省" in steps[-1]
    assert p.js("window.__kgApp.shortestPath(%d, %d)" % (wang, p.node_id("韩联均"))) is None  # no chain
    assert p.errors == []


def test_reset_restores_the_first_view(open_page):
    p = open_page(sample_graph())
    first = p.js("({s: window.__kgApp.network.getScale(), p: window.__kgApp.network.getViewPosition()})")
    everything = visible_names(p)
    p.page.select_option("#province", label="重庆市")
    p.page.click("#legend button[data-type=Person]")
    p.js("id => window.__kgApp.focusNode(id)", p.node_id("永兴村"))
    p.page.click("#tabs button[data-view=table]")
    p.page.click("#reset")
    now = p.js("({s: window.__kgApp.network.getScale(), p: window.__kgApp.network.getViewPosition()})")
    assert abs(now["s"] - first["s"]) < 1e-6
    assert abs(now["p"]["x"] - first["p"]["x"]) < 1e-3 and abs(now["p"]["y"] - first["p"]["y"]) < 1e-3
    assert visible_names(p) == everything
    assert p.js("window.__kgApp.view()") == "graph" and p.js("window.__kgApp.focused") is None
    assert not p.page.locator("#panel").is_visible()
    assert p.page.locator("#chips").inner_text() == ""


def test_labels_are_drawn_at_a_legible_size_at_first_sight(open_page, seeds):
    """On load the labels layer draws names at 13 px whatever the zoom; edges carry no label until
    a node is selected."""
    p = open_page(seeds, "seeds.html")
    drawn = p.js("""() => { const ctx = document.querySelector('#network canvas').getContext('2d');
        const seen = []; const orig = ctx.fillText;
        ctx.fillText = function (t, x, y) { seen.push([String(t), this.font]); return orig.apply(this, arguments); };
        window.__kgApp.network.redraw(); ctx.fillText = orig; return seen; }""")
    names = [t for t, font in drawn]
    assert len(names) >= 40  # a good share of the 300 nodes is named at first sight
    assert all(font.startswith("13px") for _, font in drawn)
    assert p.js("window.__kgApp.network.body.data.edges.get().filter(e => e.label).length") == 0
    assert p.errors == []


def test_hostile_text_in_every_view_is_shown_not_run(open_page):
    kg = sample_graph(evil=True)
    kg.documents["evil"] = dataclasses.replace(kg.documents["evil"], url="javascript:alert(1)", date="2024-01-01")
    p = open_page(kg)
    evil = p.node_id("张" + EVIL)
    p.page.fill("#search", "张<script>")
    p.page.wait_for_selector("#results li")
    p.js("id => window.__kgApp.focusNode(id)", evil)
    for view in ("map", "timeline", "table", "articles"):
        p.page.click(f"#tabs button[data-view={view}]")
        p.page.wait_for_timeout(100)
    p.js("window.__kgApp.openArticle(window.__kg.docs.findIndex(d => d.id === 'evil'))")
    art = p.page.locator("#view-articles .article")
    assert EVIL.split(" ")[0] in art.inner_text()
    assert art.locator("a").count() == 0  # javascript: never becomes a link
    p.page.click("#tabs button[data-view=table]")
    assert "onmouseover=alert(1)" in p.page.locator("#view-table").inner_text()
    with p.page.expect_download() as info:
        p.page.click("#view-table button.download")
    assert "<script>alert(1)</script>" in Path(info.value.path()).read_text(encoding="utf-8")
    assert p.page.locator("body script").count() == 3 + 1  # the page's own four blocks, no more
    assert p.page.locator("[onmouseover]").count() == 0
    p.page.wait_for_timeout(200)
    assert p.dialogs == [] and p.errors == [] and p.blocked == []


def test_large_graph_views_filter_the_graph(open_page, monkeypatch):
    import graph.write.html as h

    monkeypatch.setattr(h, "LARGE_GRAPH", 5)
    p = open_page(two_document_graph(), "large.html")
    assert p.js("window.__kgApp.mode()") == "overview"
    # a date range opens the graph on that range's facts
    p.page.click("#tabs button[data-view=timeline]")
    p.page.locator("#view-timeline rect.hit[data-bin='0']").click()
    assert p.js("window.__kgApp.mode()") == "graph"
    names = visible_names(p)
    assert "韩联均" in names and "王浙榕" not in names
    # a place from the map narrows it further; clearing both returns to the overview
    p.page.click("#tabs button[data-view=map]")
    p.page.locator(f"#view-map path.province[data-id='{p.node_id('浙江省')}']").click()
    assert visible_names(p) == set()  # nothing in 浙江省 comes from the 2023-05 article
    p.page.click("#reset")
    assert p.js("window.__kgApp.mode()") == "overview"
    assert p.errors == [] and p.blocked == []
