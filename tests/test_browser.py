"""The HTML view in headless Chromium (Debian `chromium`, driven by Playwright, network blocked)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.write.html import write_html
from test_html import EVIL, S_WANG, sample_graph

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


def test_screenshot_for_readme(open_page):
    p = open_page(sample_graph())
    p.js("window.__kgApp.search('王浙榕')")
    p.page.wait_for_timeout(200)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    p.page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


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
