"""Screenshots of each view of a graph.html, for the README (headless Chromium, network blocked).

    python docs/screenshots.py output/graph.html seeds          # → docs/seeds-graph.png, seeds-map.png, …
    python docs/screenshots.py /tmp/devout/graph.html dev --person 孙广俊 --province 北京市

Views: graph (as it opens), graph with a person selected (panel, edge labels), map, timeline, table
(the facts in the person's province), articles (the person's first article), the path from the person to
their province, search results for the person's surname.
"""
from __future__ import annotations

import argparse
from pathlib import Path

DOCS = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("prefix")
    parser.add_argument("--person", help="a person to select (default: the one with most facts)")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    shots = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_context(viewport={"width": 1400, "height": 860}, bypass_csp=True).new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.goto(args.html.resolve().as_uri())
        page.wait_for_function("document.body.dataset.settled === '1'", timeout=120_000)

        def shot(name: str) -> None:
            page.wait_for_timeout(400)
            path = args.out / f"{args.prefix}-{name}.png"
            page.screenshot(path=str(path))
            shots.append(path)

        shot("graph")
        person = page.evaluate("""name => { const nodes = window.__kg.nodes;
            if (name) { const n = nodes.find(x => x.name === name); if (n) return n.id; }
            const deg = {}; window.__kg.edges.forEach(e => { deg[e.from] = (deg[e.from] || 0) + 1; deg[e.to] = (deg[e.to] || 0) + 1; });
            const people = nodes.filter(n => n.type === 'Person' && n.note).sort((a, b) => (deg[b.id] || 0) - (deg[a.id] || 0));
            return people.length ? people[0].id : null; }""", args.person)
        page.evaluate("window.__kgApp.setView('map')")
        shot("map")
        page.evaluate("window.__kgApp.setView('timeline')")
        shot("timeline")
        if person is not None:
            page.evaluate("id => window.__kgApp.focusNode(id)", person)
            shot("selected")
            # the table of the facts in the person's province (a selection alone is one or two rows)
            page.evaluate("""id => { const n = window.__kg.nodes[id];
                const p = n.anc.filter(a => window.__kg.nodes[a].type === 'Province');
                window.__kgApp.reset(); if (p.length) window.__kgApp.setPlace(p[0]);
                window.__kgApp.setView('table'); }""", person)
            shot("table")
            page.evaluate("id => { window.__kgApp.reset(); window.__kgApp.openArticle(window.__kg.nodes[id].ev[0][0]); }", person)
            shot("article")
            name = page.evaluate("id => window.__kg.nodes[id].name", person)
            page.evaluate("window.__kgApp.setView('graph')")
            target = page.evaluate("""id => { const n = window.__kg.nodes[id];
                const p = n.anc.filter(a => window.__kg.nodes[a].type === 'Province');
                return p.length ? p[0] : null; }""", person)
            if target is not None:
                page.evaluate("([a, b]) => window.__kgApp.path(a, b)", [person, target])
                shot("path")
            page.evaluate("window.__kgApp.reset()")
            page.fill("#search", name[:1])
            page.wait_for_timeout(200)
            shot("search")
        browser.close()
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
