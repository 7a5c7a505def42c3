"""The interactive HTML view: one self-contained UTF-8 file, no network, safe against document text.

pyvis 0.3.2 assembles the vis-network node/edge dictionaries and options; we do not use its
template because it links Bootstrap and vis from CDNs.  Instead the vis-network JS/CSS that pyvis
ships in its package is inlined, together with our own small app (static/app.js, app.css).

All data travels as one JSON document inside <script type="application/json">; the page builds
every piece of text with textContent, so a sentence containing </script> or an onmouseover
attribute stays text.  Above LARGE_GRAPH nodes the layout is computed here (deterministic) with
physics off (for every size: it is fast and reproducible), and large pages open on an overview of provinces, cities and counties.
"""
from __future__ import annotations

import functools
import hashlib
import html
import itertools
import json
import marshal
import math
import operator
import random
import re
import unicodedata
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..dates import full_date, name_date
from ..datacache import derived_table, package_file
from ..records import ENTITY_TYPES, Evidence, KnowledgeGraph, Relation
from ..resolve import post_title

LARGE_GRAPH = 1500  # nodes; above this vis physics on the whole graph stops being interactive
LAYOUT_SEED = 20240131
STATIC = Path(__file__).resolve().parent / "static"
PROVINCES = Path(__file__).resolve().parent.parent / "data" / "provinces.json"  # scripts/make_provinces.py
VIS_VERSION = "vis-9.1.2"

# colour, vis shape, Chinese label; places share a blue-green ramp from large to small
# (no "box": a box carries its label inside and turns into an unreadable bar when selected; every
# shape here leaves the label to the page's own label layer)
TYPE_STYLE: dict[str, tuple[str, str, str]] = {
    "Province": ("#1f4e79", "hexagon", "省级"),
    "City": ("#2e75b6", "hexagon", "地市级"),
    "County": ("#5b9bd5", "diamond", "县区级"),
    "Township": ("#41a38a", "diamond", "乡镇街道"),
    "Village": ("#70c29a", "triangle", "村社区"),
    "Neighbourhood": ("#a9d18e", "triangleDown", "小区网格"),
    "Organization": ("#c55a11", "square", "组织"),
    "Person": ("#c00000", "dot", "人物"),
    "Programme": ("#7030a0", "star", "项目"),
}
PREDICATE_LABEL = {"locatedIn": "位于", "partOf": "隶属", "holdsPost": "任职", "runs": "开展"}
OVERVIEW_TYPES = ("Province", "City", "County")

# characters that must not appear raw inside a <script> element or a JS source line
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data: Any) -> str:
    """JSON safe to place inside <script type="application/json">.

    The escaped characters only ever occur inside JSON strings, where \\uXXXX is equivalent, so
    the result parses to the same value while `</script>` or `<!--` can never appear in it.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def _upward(relations: Iterable[Relation]) -> dict[str, set[str]]:
    """Edges pointing from a node towards the place it belongs to.

    locatedIn/partOf/holdsPost already point upward (child → container, person → body);
    runs points from the runner to the programme, so a programme climbs through its runners.
    """
    up: dict[str, set[str]] = defaultdict(set)
    for rel in relations:
        if rel.predicate == "runs":
            up[rel.tail].add(rel.head)
        else:
            up[rel.head].add(rel.tail)
    return up


def place_ancestors(kg: KnowledgeGraph, types: Sequence[str] = OVERVIEW_TYPES) -> dict[str, tuple[str, ...]]:
    """For each entity, the sorted keys of the places of `types` it lies in (itself included)."""
    up = _upward(r for r in kg.relations if r.head in kg.entities and r.tail in kg.entities)
    wanted = set(types)
    result: dict[str, tuple[str, ...]] = {}
    for key, entity in kg.entities.items():
        if key not in up:  # nothing above it (most nodes): no search
            result[key] = (key,) if entity.type in wanted else ()
            continue
        seen = {key}
        queue = deque([key])
        while queue:  # breadth-first; the graph may contain cycles
            for nxt in up.get(queue.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        result[key] = tuple(sorted(k for k in seen if kg.entities[k].type in wanted))
    return result


def compute_layout(count: int, edges: Sequence[tuple[int, int]]) -> list[tuple[float, float]]:
    """Deterministic 2-D positions for nodes 0..count-1, scaled to vis pixel units.

    igraph's grid Fruchterman-Reingold lays out 10k nodes in well under a second; networkx's
    spring_layout is the fallback.  Both are seeded so the same graph gives the same file.
    """
    if count == 0:
        return []
    try:
        import igraph
    except ImportError:
        igraph = None
    if igraph is not None:
        # igraph draws from a process-wide generator; lend it a seeded one and give the default back
        igraph.set_random_number_generator(random.Random(LAYOUT_SEED))
        try:
            coords = igraph.Graph(n=count, edges=list(edges)).layout_fruchterman_reingold(niter=150, grid="auto").coords
        finally:
            igraph.set_random_number_generator(random)
    else:
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(count))
        g.add_edges_from(edges)
        pos = nx.spring_layout(g, seed=LAYOUT_SEED, iterations=30)
        coords = [tuple(pos[i]) for i in range(count)]
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    # ~100 px per node along each side of a square, with a floor so small graphs keep readable labels
    scale = (100.0 * math.sqrt(count) + 500.0) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return [(round((x - cx) * scale, 1), round((y - cy) * scale, 1)) for x, y in coords]


# on disk: importing pypinyin is slow; and in SQLite, asked a character at a time until a clean build's many
# questions load it whole (LazyDict): a rebuild renders a few nodes, and loading the 42,000 characters for them
# was 0.06-0.1 s of its HTML view
@derived_table(lambda: package_file("pypinyin", "pinyin_dict.py"), lazy=True)
def _initials_table() -> dict[str, str]:
    """Character → the initials of its readings (重 → "zc", 长 → "zc"), from pypinyin's character table.

    Every reading counts, so 重庆 is found by "cq" whichever reading a phrase would take; whole-word
    conversion (pypinyin.lazy_pinyin) picks the right reading but costs ~0.1 ms a name, 4 s for a
    corpus-sized graph, where this costs a dictionary lookup a character.
    """
    from pypinyin.pinyin_dict import pinyin_dict

    table = {}
    for code, readings in pinyin_dict.items():
        letters = []
        for reading in readings.split(","):
            plain = unicodedata.normalize("NFKD", reading)
            first = next((c for c in plain if "a" <= c <= "z"), "")
            if first and first not in letters:
                letters.append(first)
        if letters:
            table[chr(code)] = "".join(letters)
    return table


def pinyin_initials(name: str) -> list[str]:
    """Per character, the letters it may start with in pinyin (ASCII letters and digits stand for
    themselves; other marks match nothing), for search by initials: 孙立新 → ["s", "l", "x"]."""
    table = _initials_table()
    return [table.get(ch) or (ch.lower() if ch.isascii() and ch.isalnum() else "") for ch in name]


_DOCUMENT = operator.attrgetter("document")
_SENTENCE = operator.attrgetter("sentence")


def _evidence(items: Sequence, doc_index: dict[str, int], doc_keys: Sequence[int],
              local_index: dict[tuple[str, str], int]) -> list[list]:
    """[[document key, sentence index in that document], ...] in (document, sentence) order and de-duplicated
    (same sentence, same document).

    Sentences are stored once per document, in the document's `s` (a sentence is cited by its entities and by
    its facts: on the 44k-node graph this halves the evidence text and so the page's parse time); they are
    numbered within their document so that editing one document renumbers its own sentences only.  A document
    is cited by its key (document_keys), not its place in the list, so that adding or removing a document
    renumbers no other document's citers."""
    # local_index numbers each document's sentences in sorted order, so sorting the pairs of (place, sentence)
    # sorts by (document, sentence); the pairs are made by map and zip, without a Python step per item (a
    # third of the page's time), and only the de-duplicated ones are given their document's key
    if len(items) == 1:  # most records (24 k of 41 k on xwlb-news): no set, no sort, no maps to set up
        item = items[0]
        return [[doc_keys[doc_index[item.document]], local_index[item.document, item.sentence]]]
    documents = list(map(_DOCUMENT, items))
    locals_ = map(local_index.__getitem__, zip(documents, map(_SENTENCE, items)))
    pairs = set(zip(map(doc_index.__getitem__, documents), locals_))
    return [[doc_keys[place], sentence] for place, sentence in sorted(pairs)]


# A document's key in the page: a number of DOC_KEY_BITS bits drawn from a digest of its id alone (its "home"),
# so that adding or removing a document changes no other document's key and the blocks that cite it stay as
# they were.  Two ids with one home (about 1 % of xwlb-news's 18,898 items) are told apart by document_keys.
# 20 bits: a key has at most 7 digits, and citing keys instead of places grows the xwlb-news page by 1.9 %
# (24 bits: 3.0 %; 16 bits: 0.9 %, but 13 % of the documents displaced, each moved by its neighbours'
# comings and goings).
DOC_KEY_BITS = 20  # at most 24: _home_key draws them from three bytes


def _home_key(doc_id: str) -> int:
    digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=3).digest()
    return int.from_bytes(digest, "big") >> (24 - DOC_KEY_BITS)


def document_keys(doc_ids: Sequence[str]) -> list[int]:
    """Each document's key, for `doc_ids` sorted: its home key (_home_key), unless a document sorting before it
    has that home; those, in sorted order, take the next free number upward (wrapping round).  Every home is
    given out before any number is probed for, so a document at its home keeps it whatever other documents
    come and go, but for one with the same home that sorts before it."""
    space = 1 << DOC_KEY_BITS
    if len(doc_ids) > space:
        raise ValueError(f"{len(doc_ids)} documents: more than the {space} keys a page can give")
    keys = list(map(_home_key, doc_ids))
    taken: set[int] = set()
    displaced: list[int] = []
    for i, home in enumerate(keys):
        if home in taken:
            displaced.append(i)
        else:
            taken.add(home)
    for i in displaced:
        key = keys[i]
        while key in taken:
            key = (key + 1) % space
        taken.add(key)
        keys[i] = key
    return keys


def document_date(info) -> str:
    """A document's date as YYYY-MM-DD (or as given), "" when none is known.

    The `date` the reader recorded (JSON-lines records; page headers where the reader finds them, see
    graph/dates.header_date) comes first; else a full date in the title (…2023年8月18日…), else one in the
    file name or id (xwlb-20220930-11 → 2022-09-30).  Evidence sentences are not used: a date mentioned
    in the text is usually not the date of the report.
    """
    if info is None:
        return ""
    return info.date or full_date(info.title or "") or name_date(info.source or "") or name_date(info.id)


def entity_notes(kg: KnowledgeGraph, ancestors: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """What tells a node apart from another of the same name, for search results: a person's main post
    (the holdsPost fact with the most evidence) and province (蔡奇 → "中央书记处书记"; 张伟 → "青山村党支部书记
    · 重庆市"); an organisation's or programme's province; a place's parent.  An entity that carries its
    own disambiguation (a `note` or `description` attribute, see issue 12) keeps it."""
    notes: dict[str, str] = {}
    best: dict[str, tuple] = {}
    for rel in kg.relations:
        if rel.predicate == "holdsPost" and rel.head in kg.entities and rel.tail in kg.entities:
            rank = (len(rel.evidence), rel.role, rel.tail)
            if rel.head not in best or rank > best[rel.head]:
                best[rel.head] = rank
    parent = {}
    for rel in kg.relations:
        if rel.predicate == "locatedIn" and rel.tail in kg.entities and rel.head not in parent:
            parent[rel.head] = kg.entities[rel.tail].name
    for key, ent in kg.entities.items():
        own = getattr(ent, "note", "") or getattr(ent, "description", "")
        if own:
            notes[key] = str(own)
            continue
        parts = []
        if key in best:
            _, role, body = best[key]
            parts.append(post_title(role, kg.entities[body].name))
        if ent.type in ("City", "County", "Township", "Village", "Neighbourhood"):
            if key in parent:
                parts.append(parent[key])
        elif ent.type != "Province":
            provinces = [kg.entities[a].name for a in ancestors.get(key, ()) if kg.entities[a].type == "Province"]
            if provinces and not (parts and provinces[0] in parts[0]):  # 浙江省省长 needs no 浙江省 after it
                parts.append("、".join(provinces[:2]))
        if parts:
            notes[key] = " · ".join(parts)
    return notes


def layout_positions(keys: Sequence[str], types: Sequence[str], edges: Sequence[tuple[int, int]]) -> list[tuple[float, float]]:
    """Positions for every node: the connected ones by compute_layout, the isolated ones (no fact links
    them to anything) in compact blocks by type beside it, so that they neither ring the graph nor push
    its connected part into a small centre."""
    count = len(keys)
    linked_set = {i for e in edges for i in e}
    linked = sorted(linked_set)
    isolated = [i for i in range(count) if i not in linked_set]
    where = {old: new for new, old in enumerate(linked)}
    coords = compute_layout(len(linked), [(where[a], where[b]) for a, b in edges])
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * count
    for old, xy in zip(linked, coords):
        positions[old] = xy
    if not isolated:
        return positions
    xs = [c[0] for c in coords] or [0.0]
    ys = [c[1] for c in coords] or [0.0]
    # beside the graph, on its right, as tall as it: the page is wider than high, so this keeps the
    # first view's zoom (and the names drawn at it) larger than a block underneath would; a row is wide
    # enough for a 3-4 character name at the initial zoom
    step_x, step_y = 150.0, 60.0
    height = max(ys) - min(ys) if coords else 10 * step_y
    per_row = max(4, math.ceil(len(isolated) * step_y / max(height, step_y)))
    left, top = (max(xs) + 2 * step_x if coords else 0.0), min(ys)
    by_type: dict[str, list[int]] = defaultdict(list)
    for i in isolated:
        by_type[types[i]].append(i)
    order = list(ENTITY_TYPES) + sorted(set(by_type) - set(ENTITY_TYPES))
    y = top
    for t in order:
        members = by_type.get(t)
        if not members:
            continue
        for k, i in enumerate(members):
            positions[i] = (round(left + (k % per_row) * step_x, 1), round(y + (k // per_row) * step_y, 1))
        y += (math.ceil(len(members) / per_row) + 1.5) * step_y
    return positions


# Large graphs are laid out as a map, so that each node's position depends on itself and the places it lies
# in only: an edit, an added or a removed document moves its own nodes and no other (a force layout of the
# whole graph moved every node, and took more time than the rest of the page).  Provinces, cities and
# counties stand at their seats (geo:lat/long), a province or city a little above it (a province's seat
# is its capital's); every other node lies in a disc round the seat of the most specific of them it lies in
# (graph.write.html.place_ancestors), or round the middle of its provinces' seats when it lies in several,
# at a point drawn from a digest of its key; the nodes no coded place holds, by type, in discs east of the map.
MAP_SCALE = 400.0  # pixels per degree of latitude
_MAP_ORIGIN = (105.0, 36.0)  # (longitude, latitude) drawn at (0, 0)
_MAP_ASPECT = math.cos(math.radians(_MAP_ORIGIN[1]))  # a degree of longitude is shorter than one of latitude
_SEAT_DEPTH = {"Province": 1, "City": 2, "County": 3}
_SEAT_LIFT = {"Province": -60.0, "City": -30.0, "County": 0.0}
_DISC = {"Province": 900.0, "City": 400.0, "County": 160.0}  # radius round a seat, by the seat's type
_UNPLACED_DISC = {"Person": 3000.0, "Organization": 3000.0, "Programme": 1500.0}  # else 1000
_UNPLACED_LEFT = (135.0 - _MAP_ORIGIN[0]) * MAP_SCALE * _MAP_ASPECT + 1500.0  # east of the map
_UNPLACED_TOP = (_MAP_ORIGIN[1] - 54.0) * MAP_SCALE  # from the map's north


def _project(lat: float, lon: float) -> tuple[float, float]:
    return (lon - _MAP_ORIGIN[0]) * MAP_SCALE * _MAP_ASPECT, (_MAP_ORIGIN[1] - lat) * MAP_SCALE


def _in_disc(key: str, centre: tuple[float, float], radius: float, inner: float) -> tuple[float, float]:
    """A point of the ring inner..radius round `centre`, drawn from a digest of `key` (uniform over its area)."""
    h = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    u, v = int.from_bytes(h[:8], "big") / 2 ** 64, int.from_bytes(h[8:], "big") / 2 ** 64
    r = math.sqrt(inner * inner + (radius * radius - inner * inner) * u)
    return round(centre[0] + r * math.cos(2 * math.pi * v), 1), round(centre[1] + r * math.sin(2 * math.pi * v), 1)


def _unplaced_discs(types: Iterable[str]) -> dict[str, tuple[tuple[float, float], float]]:
    """Centre and radius of the disc of each type's nodes that no coded place holds: one column east of the map."""
    discs = {}
    top = _UNPLACED_TOP
    for t in list(ENTITY_TYPES) + sorted(set(types) - set(ENTITY_TYPES)):
        radius = _UNPLACED_DISC.get(t, 1000.0)
        discs[t] = ((_UNPLACED_LEFT + radius, top + radius), radius)
        top += 2 * radius + 500.0
    return discs


Anchor = tuple[float, float, float, float]  # (x, y, radius, inner): a point of that ring round (x, y); radius 0: (x, y)


def map_anchors(keys: Sequence[str], entities: dict, ancestors: dict[str, tuple[str, ...]]) -> list[Anchor]:
    """Where each of a large graph's nodes goes (see MAP_SCALE), all but the point its key draws: its seat, or
    the centre and radii of its disc.  A node's position is a function of its key and its anchor alone
    (map_position), so a rebuild finds what moved without placing every node."""
    seats = {k: _project(entities[k].lat, entities[k].lon) for k in keys
             if entities[k].type in _SEAT_DEPTH and entities[k].lat is not None and entities[k].lon is not None}
    unplaced = _unplaced_discs(entities[k].type for k in keys)
    anchors: list[Anchor] = []
    for key in keys:
        kind = entities[key].type
        if key in seats:
            x, y = seats[key]
            anchors.append((round(x, 1), round(y + _SEAT_LIFT[kind], 1), 0.0, 0.0))
            continue
        provinces = [seats[a] for a in ancestors.get(key, ()) if a in seats and entities[a].type == "Province"]
        if len(provinces) > 1:  # in several provinces (a programme run in each, a person with posts in two): between them
            centre = (sum(x for x, _ in provinces) / len(provinces), sum(y for _, y in provinces) / len(provinces))
            anchors.append((*centre, _DISC["Province"], 30.0))
            continue
        anchor = None  # the most specific seat it lies in; of equals, the first key
        for a in ancestors.get(key, ()):
            if a != key and a in seats and (anchor is None or _SEAT_DEPTH[entities[a].type] > _SEAT_DEPTH[entities[anchor].type]):
                anchor = a
        if anchor is not None:
            anchors.append((*seats[anchor], _DISC[entities[anchor].type], 30.0))
        else:
            centre, radius = unplaced[kind]
            anchors.append((*centre, radius, 0.0))
    return anchors


def map_position(key: str, anchor: Anchor) -> tuple[float, float]:
    x, y, radius, inner = anchor
    return (x, y) if radius == 0.0 else _in_disc(key, (x, y), radius, inner)


def map_layout(keys: Sequence[str], entities: dict, ancestors: dict[str, tuple[str, ...]]) -> list[tuple[float, float]]:
    """Positions of a large graph's nodes (see MAP_SCALE): each from the node itself and its seats only."""
    return list(map(map_position, keys, map_anchors(keys, entities, ancestors)))


def _document_entry(doc_id: str, key: int, info, sentences: list[str]) -> dict:
    url = info.url if info else ""
    if not re.match(r"https?://", url, re.I):  # never a javascript: or data: link
        url = ""
    return {"id": doc_id, "k": key, "title": info.title if info else "", "source": info.source if info else "",
            "date": document_date(info), "url": url, "s": sentences}


@dataclass
class PageData:
    """The page's payload in parts (the JSON keys in order: docs, edges, large, nodes, options, predicates,
    title, types).  Every reference is to a document by its key (its `k`: document_keys) and to a sentence by
    its place in its document's `s`; nodes carry no number and no ancestors (the page numbers them in order,
    turns document keys into places in `docs` and climbs the edges itself: static/app.js, positional), so that
    one edited, added or removed document changes its own entry and the nodes and edges that cite it or
    changed, not every node or citer after a new one."""

    title: str
    large: bool
    doc_ids: list[str]  # sorted (evidence may cite a document kg.documents lacks: kept, named by its id)
    tables: _Sentences  # document -> the sentences cited from it, sorted (made when asked for)
    relations: list[tuple[tuple[str, str, str, str], Relation]]  # (head, predicate, tail, role), sorted
    keys: list[str]  # the nodes' keys, sorted
    cited: list[list[str]]  # per node, the documents its evidence cites, sorted
    notes: dict[str, str]
    layout: list  # per node: its map anchor (a large graph: map_anchors) or its position
    kg: KnowledgeGraph
    doc_index: dict[str, int]  # a document's place in doc_ids (evidence is sorted by it)
    doc_keys: list[int]  # per document in doc_ids, its key (document_keys)
    local_index: dict[tuple[str, str], int]

    def doc(self, i: int) -> dict:
        doc_id = self.doc_ids[i]
        return _document_entry(doc_id, self.doc_keys[i], self.kg.documents.get(doc_id), self.tables.get(doc_id))

    def edge(self, i: int) -> dict:
        """The i-th relation's edge; its ends named by their keys (a new node renumbers no edge)."""
        (head, predicate, tail, role), rel = self.relations[i]
        return {"from": head, "to": tail, "p": predicate, "role": role,
                "ev": _evidence(rel.evidence, self.doc_index, self.doc_keys, self.local_index) if rel.evidence else []}

    def node(self, i: int) -> dict:
        key = self.keys[i]
        ent = self.kg.entities[key]
        node = {"key": key, "type": ent.type, "name": ent.name, "code": ent.code,
                "aliases": sorted(ent.aliases - {ent.name}),
                "ev": _evidence(ent.evidence, self.doc_index, self.doc_keys, self.local_index) if ent.evidence else [],
                "py": pinyin_initials(ent.name)}
        node["x"], node["y"] = map_position(key, self.layout[i]) if self.large else self.layout[i]
        if ent.lat is not None and ent.lon is not None:
            node["lat"], node["lon"] = round(ent.lat, 4), round(ent.lon, 4)
        if key in self.notes:
            node["note"] = self.notes[key]
        return node

    def types(self) -> list[dict]:
        types = [{"type": t, "color": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1], "label": TYPE_STYLE[t][2]}
                 for t in ENTITY_TYPES]
        # unknown types (a newer extractor) still show, in grey
        for t in sorted({e.type for e in self.kg.entities.values()} - set(ENTITY_TYPES)):
            types.append({"type": t, "color": "#7f7f7f", "shape": "dot", "label": t})
        return types

    def tail(self) -> dict:
        """The payload's keys after the nodes."""
        return {"options": vis_options(self.large), "predicates": PREDICATE_LABEL, "title": self.title,
                "types": self.types()}


_PAIR = operator.itemgetter(0, 1)  # an Evidence's (document, sentence)
_EVIDENCE = operator.attrgetter("evidence")


def page_data(kg: KnowledgeGraph, title: str = "知识图谱", large_threshold: int | None = None) -> PageData:
    """Everything the page needs, as plain sorted data (this is what makes the file reproducible); the
    documents' and nodes' dictionaries are made when asked for (PageData.doc, PageData.node)."""
    if large_threshold is None:
        large_threshold = LARGE_GRAPH
    keys = sorted(kg.entities)
    index = {k: i for i, k in enumerate(keys)}
    relations = sorted({(r.head, r.predicate, r.tail, r.role): r for r in kg.relations
                        if r.head in index and r.tail in index}.items())
    entities = list(map(kg.entities.__getitem__, keys))
    sentences = _Sentences(list(itertools.chain(itertools.chain.from_iterable(map(_EVIDENCE, entities)),
                                                itertools.chain.from_iterable(rel.evidence for _, rel in relations))))
    cited = [[evidence[0].document] if len(evidence) == 1 else sorted(set(map(_DOCUMENT, evidence)))
             for evidence in map(_EVIDENCE, entities)]  # most entities: one piece, no set, no sort
    doc_ids = sorted(set(kg.documents).union(sentences.documents))
    large = len(keys) > large_threshold
    ancestors = place_ancestors(kg)
    notes = entity_notes(kg, ancestors)
    # the layout is computed here for every size: vis physics needed 7 s to settle the 345-node
    # seeds graph on a 2-core machine, igraph takes milliseconds and is reproducible; a large graph is a map
    if large:
        layout = map_anchors(keys, kg.entities, ancestors)  # each node placed when its entry is made
    else:
        layout = layout_positions(keys, [kg.entities[k].type for k in keys],
                                  [(index[head], index[tail]) for (head, _, tail, _), _ in relations])
    return PageData(title, large, doc_ids, sentences, relations, keys, cited, notes, layout, kg,
                    {d: i for i, d in enumerate(doc_ids)}, document_keys(doc_ids), _LocalIndex(sentences))


class _Sentences:
    """Each document's table: the sentences its entry lists (`s`), those the page's evidence cites from it,
    sorted.  Made for the documents asked for (`load`) in one pass over the evidence, not for every document
    first: a rebuild needs the tables of the documents whose citers changed, and of those its rendered blocks
    cite (on xwlb-news every table cost 0.2-0.3 s: 240 k pieces of evidence, 107 k sentences)."""

    def __init__(self, evidence: list[Evidence]):
        self.evidence = evidence  # of the page's nodes and edges
        self.documents = list(map(_DOCUMENT, evidence))
        self.tables: dict[str, list[str]] = {}
        self.complete = False

    def load(self, doc_ids: Iterable[str] | None = None) -> None:
        """Make the tables of `doc_ids` (None: of every document) that are not made yet."""
        if self.complete:
            return
        if doc_ids is None:
            wanted, evidence = None, self.evidence
        else:
            wanted = set(doc_ids).difference(self.tables)
            if not wanted:
                return
            # the evidence in those documents, picked out in C
            evidence = itertools.compress(self.evidence, map(wanted.__contains__, self.documents))
        tables: dict[str, list[str]] = defaultdict(list)
        for doc_id, sentence in set(map(_PAIR, evidence)):
            tables[doc_id].append(sentence)
        for table in tables.values():
            table.sort()
        if wanted is None:
            self.tables, self.complete = dict(tables), True
        else:
            self.tables.update((doc_id, tables.get(doc_id, [])) for doc_id in wanted)

    def get(self, doc_id: str) -> list[str]:
        if doc_id not in self.tables:
            self.load()  # one at a time would be a pass over all the evidence each: all at once
        return self.tables.get(doc_id, [])


class _LocalIndex(dict):
    """(document, sentence) -> the sentence's place in its document's table, filled a document at a time
    when first asked for (a rebuild renders the blocks of a few documents' citers only)."""

    def __init__(self, tables: _Sentences):
        super().__init__()
        self.tables = tables

    def __missing__(self, key: tuple[str, str]) -> int:
        doc_id = key[0]
        self.update(zip(zip(itertools.repeat(doc_id), self.tables.get(doc_id)), itertools.count()))
        return dict.__getitem__(self, key)


def graph_payload(kg: KnowledgeGraph, title: str = "知识图谱", large_threshold: int | None = None) -> dict:
    """The page's payload as one dictionary (what the page's #kg-data holds)."""
    data = page_data(kg, title, large_threshold)
    data.tables.load()
    return {"docs": [data.doc(i) for i in range(len(data.doc_ids))],
            "edges": [data.edge(i) for i in range(len(data.relations))], "large": data.large,
            "nodes": [data.node(i) for i in range(len(data.keys))], **data.tail()}


@functools.cache
def province_outlines() -> str:
    """graph/data/provinces.json (made by scripts/make_provinces.py), as script-safe JSON."""
    return script_json(json.loads(PROVINCES.read_text(encoding="utf-8")))


@derived_table(lambda: package_file("pyvis", "network.py"))  # on disk: importing pyvis imports IPython (~0.5 s)
def _pyvis_options() -> dict:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.toggle_physics(False)  # positions come from compute_layout
    return json.loads(net.options.to_json())


def vis_options(large: bool) -> dict:
    """vis-network options, assembled through pyvis so its defaults and names stay the reference."""
    options = json.loads(json.dumps(_pyvis_options()))  # a copy: the cached one stays as pyvis made it
    options["layout"] = {"randomSeed": 7, "improvedLayout": False}
    options["interaction"] = {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": large,
                              "hideEdgesOnZoom": large}
    options["edges"].update({"smooth": False if large else {"enabled": True, "type": "dynamic"},
                             "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                             "font": {"size": 10, "align": "middle"}})
    options["nodes"] = {"font": {"size": 14, "face": "sans-serif"}}
    options["physics"] = {"enabled": False}
    return options


def _read_asset(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    # drop the source-map hint: the browser would try to fetch a file that is not shipped
    # split on "\n" only: str.splitlines would also cut at U+2028 and friends inside JS strings
    return "\n".join(line for line in text.split("\n") if not line.startswith("//# sourceMappingURL="))


def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) from the pyvis package itself: nothing is downloaded."""
    base = package_file("pyvis", "templates", "lib", VIS_VERSION)  # found, not imported (pyvis imports IPython)
    return _read_asset(base / "vis-network.min.js"), _read_asset(base / "vis-network.css")


def _pieces(title: str, data: str | bytes) -> list[str | bytes]:
    """The page's pieces in order: the template's text with the assets and `data` (the payload) in place."""
    vis_js, vis_css = vis_assets()
    template = (STATIC / "template.html").read_text(encoding="utf-8")
    parts: dict[str, str | bytes] = {
        "/*@TITLE@*/": html.escape(title),
        "/*@VIS_CSS@*/": vis_css,
        "/*@APP_CSS@*/": (STATIC / "app.css").read_text(encoding="utf-8"),
        "/*@DATA@*/": data,
        "/*@GEO@*/": province_outlines(),
        "/*@VIS_JS@*/": vis_js,
        "/*@APP_JS@*/": (STATIC / "app.js").read_text(encoding="utf-8"),
    }
    # substitute in one pass over the template so inserted text is never searched for markers again
    out: list[str | bytes] = []
    rest = template
    while True:
        hits = [(rest.find(m), m) for m in parts if rest.find(m) >= 0]
        if not hits:
            out.append(rest)
            break
        pos, marker = min(hits)
        out.append(rest[:pos])
        out.append(parts[marker])
        rest = rest[pos + len(marker):]
    return out


def render_html(kg: KnowledgeGraph, title: str = "知识图谱", large_threshold: int | None = None) -> str:
    """The complete page as a string."""
    return "".join(_pieces(title, script_json(graph_payload(kg, title, large_threshold))))


def _escape_bytes(data: bytes) -> bytes:
    """script_json's escapes made in UTF-8 bytes: UTF-8 is self-synchronising (the bytes of "<" or U+2028 are
    never part of another character's), so this is the same text, and bytes.replace scans the 30 MB of the
    xwlb-news payload several times faster than str.replace scans its 19 M characters."""
    for raw, escaped in _SCRIPT_ESCAPES.items():
        data = data.replace(raw.encode("utf-8"), escaped.encode("ascii"))
    return data


def script_json_bytes(data: Any) -> bytes:
    """script_json(data) encoded as UTF-8."""
    return _escape_bytes(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))


# Between blocks encoded in one go, a string no block can hold at its level: inside a JSON string a comma
# followed by a quote is always `,\"`, so `,"\u0000",` only occurs where a list holds a string that is exactly
# U+0000 (a name of one NUL character: then the blocks are encoded one by one, same bytes)
_BLOCK_MARK = "\x00"
_BLOCK_SPLIT = b',"\\u0000",'


def encode_blocks(blocks: Sequence[Any]) -> list[bytes]:
    """Each block as script_json_bytes(block) gives it, made by one json.dumps and one escape of them all
    (one call per block cost the page a second on xwlb-news)."""
    if not blocks:
        return []
    marked: list[Any] = [_BLOCK_MARK] * (2 * len(blocks))
    marked[::2] = blocks
    text = script_json_bytes(marked)
    parts = text[1:-len(_BLOCK_SPLIT)].split(_BLOCK_SPLIT)
    if len(parts) != len(blocks):
        return [script_json_bytes(block) for block in blocks]
    return parts


# The page is written like graph.ttl (graph/write/splice.py): its payload's entries are blocks keyed by
# section and key -- each document (d), each edge (e), each node (n)
# -- with a digest of what each is made from, indexed in OUTDIR/.kg-blocks/graph.html.idx; a rebuild renders
# the blocks whose digest the index lacks and copies the runs of the others from the previous page.
_DOCS, _EDGES, _NODES = "d", "e", "n"
_EDGE_KEY_SEP = "\x01"  # head, predicate, tail, role: below every character of a key, so keys sort as the tuples


@functools.cache
def _code_fingerprint() -> bytes:
    """What a block's bytes depend on besides its record: this module, the code of dates and post titles,
    and pypinyin's table (the search initials); and the RDF writers' code, whose record digests stand for the
    nodes' entities and the edges' relations."""
    from importlib import metadata

    h = hashlib.blake2b(b"html blocks 1", digest_size=16)
    package = Path(__file__).resolve().parent.parent
    for name in ("write/html.py", "write/rdf.py", "dates.py", "resolve.py", "records.py"):
        h.update(name.encode() + b"\0" + (package / name).read_bytes())
    try:
        h.update(metadata.version("pypinyin").encode())
    except metadata.PackageNotFoundError:
        pass
    return h.digest()


@dataclass
class _RecordDigests:
    """The RDF writers' record digests (graph/write/rdf.py: _records walks the documents; each relation in
    kg.relations' order, after the parts of its statements when its evidence is read in more than CHUNK places;
    the parts of the mentions of each entity read in more; the entities): each relation's and entity's own,
    and the parts of its evidence (rdf._chunks: by document, so that one part holds all the evidence of a
    record in a document) with their digests, [] when its evidence is in no part."""

    relation: dict[int, tuple[bytes, list[tuple[tuple[Evidence, ...], bytes]]]]  # by id(relation)
    entity: dict[str, tuple[bytes, list[tuple[tuple[Evidence, ...], bytes]]]]  # by key


def _record_digests(kg: KnowledgeGraph, prepared) -> _RecordDigests:
    """Where each relation's and entity's records stand in rdf.prepare's digests (see _RecordDigests)."""
    from . import rdf

    if prepared is None or prepared.kg is not kg:
        prepared = rdf.prepare(kg)
    digests, chunks = prepared.digests, prepared.chunks

    def parts(evidence: tuple[Evidence, ...], at: int) -> list[tuple[tuple[Evidence, ...], bytes]]:
        pieces = rdf._parts_of(chunks, evidence)
        return list(zip(pieces, digests[at:at + len(pieces)]))

    at = len(kg.documents)
    relation = {}
    chunk = rdf.CHUNK
    for rel in kg.relations:
        if len(rel.evidence) <= chunk:  # most: no parts
            relation[id(rel)] = (digests[at], [])
            at += 1
            continue
        statements = parts(rel.evidence, at)
        at += len(statements)
        relation[id(rel)] = (digests[at], statements)
        at += 1
    mentions = {}
    for e in kg.entities.values():
        if len(e.evidence) > chunk:
            mentions[e.key] = parts(e.evidence, at)
            at += len(mentions[e.key])
    if at != len(digests) - len(kg.entities):
        raise RuntimeError("the RDF writers' records are not where graph/write/html.py looks for them")
    entity = {key: (digest, mentions.get(key, [])) for key, digest in zip(kg.entities, digests[at:])}
    return _RecordDigests(relation, entity)


_DOCUMENT_FIELDS = operator.attrgetter("source", "title", "date", "url")  # what a document's entry shows


@dataclass
class _Cited:
    """The documents each of a list of blocks cites, flat: their places in data.doc_ids and the block of each."""

    places: Any  # numpy int64 arrays
    owners: Any
    blocks: int

    @classmethod
    def of(cls, data: PageData, documents: Sequence[Sequence[str]]) -> _Cited:
        import numpy as np

        places = np.fromiter(map(data.doc_index.__getitem__, itertools.chain.from_iterable(documents)), np.int64)
        counts = np.fromiter(map(len, documents), np.int64, len(documents))
        return cls(places, np.repeat(np.arange(len(documents)), counts), len(documents))


def _as_numbers(digests: Sequence[bytes]) -> Any:
    """16-byte digests as rows of two 64-bit numbers (numpy), to be summed modulo 2^64 each."""
    import numpy as np

    return np.frombuffer(b"".join(digests), "<u8").reshape(-1, 2)


def _summed(values: Any, into: Any, rows: Any, of_rows: Any) -> None:
    """into[rows[i]] += values[of_rows[i]] for each i (unbuffered: rows repeat)."""
    import numpy as np

    np.add.at(into, rows, values[of_rows])


_NO_DIGEST = bytes(16)  # sums nothing


def _citations(data: PageData, records: _RecordDigests, nodes: _Cited, edges: _Cited) -> list[bytes]:
    """Per document in data.doc_ids, the sum of the digests of the records whose evidence in it its table is
    made of: each node's entity record, or the part of its mentions that holds the document; the same of each
    edge's relation.  A record's digest covers all its evidence (a part's, all the record's evidence in its
    documents), so equal sums mean equal tables (_TableMemo).  The digests are summed as pairs of 64-bit
    numbers (each modulo 2^64) by numpy: a Python step per (record, document) pair cost 0.1 s on xwlb-news's
    150 k."""
    import numpy as np

    sums = np.zeros((len(data.doc_ids), 2), "<u8")
    entity = list(map(records.entity.__getitem__, data.keys))
    relation = [records.relation[id(rel)] for _, rel in data.relations]
    parts: list[tuple[tuple[Evidence, ...], bytes]] = []
    for cited, of_record in ((nodes, entity), (edges, relation)):
        # a record in parts is summed by its parts, each in its own documents
        _summed(_as_numbers([_NO_DIGEST if record_parts else digest for digest, record_parts in of_record]),
                sums, cited.places, cited.owners)
        for _, record_parts in of_record:
            parts.extend(record_parts)
    if parts:
        in_parts = _Cited.of(data, [sorted(set(map(_DOCUMENT, part))) for part, _ in parts])
        _summed(_as_numbers([digest for _, digest in parts]), sums, in_parts.places, in_parts.owners)
    return [row.tobytes() for row in sums]


def _cited_sums(doc_digests: Sequence[bytes], cited: _Cited) -> list[bytes]:
    """Per block, the sum of the digests of the documents it cites: equal sums, equal keys and tables of them."""
    import numpy as np

    sums = np.zeros((cited.blocks, 2), "<u8")
    if len(cited.places):
        np.add.at(sums, cited.owners, _as_numbers(doc_digests)[cited.places])
    return [row.tobytes() for row in sums]


_TABLE_MEMO_FORMAT = "kg html tables 1"


class _TableMemo:
    """(document, the sum of its citers' digests: _citations) -> the digest of its table, kept beside the page's
    index (OUTDIR/.kg-blocks/graph.html.tables) so that a rebuild makes the tables of the documents whose
    citers changed only.  What it holds is true of any graph (a function of the records' digests), so a memo
    left by another build or a failed one can lack an entry but never give a wrong one."""

    def __init__(self, path: Path | None):
        self.path = path
        self.old: dict[str, bytes] = {}
        self.new: dict[str, bytes] = {}
        if path is None:
            return
        try:
            memo = marshal.loads(path.read_bytes())
            if memo[0] == _TABLE_MEMO_FORMAT and memo[1] == _code_fingerprint() and isinstance(memo[2], dict):
                self.old = memo[2]
        except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError):
            pass

    def get(self, doc_id: str, citations: bytes) -> bytes | None:
        entry = self.old.get(doc_id)
        return entry[16:] if entry is not None and entry[:16] == citations else None

    def put(self, doc_id: str, citations: bytes, digest: bytes) -> None:
        self.new[doc_id] = citations + digest

    def save(self) -> None:
        if self.path is None:
            return
        from .atomic import atomic_open

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_open(self.path, "wb", durable=False) as out:  # a memo lost in a crash is only missed
                out.write(marshal.dumps((_TABLE_MEMO_FORMAT, _code_fingerprint(), self.new), 2))
        except OSError:
            pass


def block_digests(data: PageData, prepared=None, memo: _TableMemo | None = None) -> list[bytes]:
    """The digest of each block in page order (documents, edges, nodes): a function of what the block's
    bytes are made from, so that equal digests mean equal blocks.  A document's table is digested when
    `memo` lacks it, and put in it."""
    from .memo import record_digest

    code = _code_fingerprint()
    records = _record_digests(data.kg, prepared)
    memo = memo if memo is not None else _TableMemo(None)
    node_cites = _Cited.of(data, data.cited)
    edge_cites = _Cited.of(data, [sorted(set(map(_DOCUMENT, rel.evidence))) for _, rel in data.relations])
    citations = _citations(data, records, node_cites, edge_cites)
    known = list(map(memo.get, data.doc_ids, citations))
    data.tables.load(doc_id for doc_id, digest in zip(data.doc_ids, known) if digest is None)
    tables = {}
    for doc_id, cited_by, digest in zip(data.doc_ids, citations, known):
        if digest is None:
            digest = record_digest(("table", data.tables.get(doc_id)))
        tables[doc_id] = digest
        memo.put(doc_id, cited_by, digest)
    infos = map(data.kg.documents.get, data.doc_ids)
    docs = [record_digest(("doc", code, doc_id, key, info and _DOCUMENT_FIELDS(info), tables[doc_id]))
            for doc_id, key, info in zip(data.doc_ids, data.doc_keys, infos)]
    # what a node's or an edge's evidence depends on, of each document it cites: its key and its sentences
    # (not its place in the list, which every document added or removed before it changes), summed over them
    nodes = [record_digest(("node", code, data.large, records.entity[key][0], data.notes.get(key), data.layout[i],
                            cited))
             for i, (key, cited) in enumerate(zip(data.keys, _cited_sums(docs, node_cites)))]
    # an edge's relation as the RDF writers digested it, with the parts of its statements (no evidence
    # marshalled again)
    edges = []
    for (_, rel), cited in zip(data.relations, _cited_sums(docs, edge_cites)):
        digest, parts = records.relation[id(rel)]
        edges.append(record_digest(("edge", code, digest, *(d for _, d in parts), cited)))
    return docs + edges + nodes


def _framing(title: str, data: PageData):
    """The bytes around the blocks: the template and the payload's keys round the three sections (each
    always opened, however empty, so that what stands between two blocks depends on their sections alone)."""
    from . import splice

    before, after = _template_ends(title)
    tail_keys = script_json_bytes(data.tail())[1:]  # "options":...} without its "{"
    large = b"true" if data.large else b"false"
    into_nodes = b',"large":' + large + b',"nodes":['

    opening = {_DOCS: b"", _EDGES: b'],"edges":[', _NODES: b"]" + into_nodes}  # from the section before it

    def between(previous: str | None, section: str) -> bytes:
        if previous == section:
            return b","
        order = (None, _DOCS, _EDGES, _NODES)
        return b"".join(opening[s] for s in order[order.index(previous) + 1:order.index(section) + 1])

    def tail(last: str | None) -> bytes:
        return (b"" if last == _NODES else between(last, _NODES)) + b"]," + tail_keys + after

    return splice.Framing(before + b'{"docs":[', between, tail)


def _template_ends(title: str) -> tuple[bytes, bytes]:
    """The page's bytes before and after its payload."""
    pieces = _pieces(title, b"")
    at = next(i for i, piece in enumerate(pieces) if isinstance(piece, bytes))  # the payload's place

    def encode(part: list[str | bytes]) -> bytes:
        return b"".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in part)

    return encode(pieces[:at]), encode(pieces[at + 1:])


def write_html(kg: KnowledgeGraph, path: Path, *, title: str = "知识图谱", previous: Path | None = None,
               prepared=None, large_threshold: int | None = None) -> None:
    """Write the interactive view of `kg` to `path` (UTF-8, atomically): render_html's text, made as bytes.
    With `previous` (the last build's folder) the previous page is spliced when its index describes it
    (graph/write/splice.py: write_records), rendering only the blocks whose digest it lacks; `prepared`:
    the RDF writers' record digests (graph/write/rdf.py: prepare), made here when not given."""
    from . import splice

    path = Path(path)
    data = page_data(kg, title, large_threshold)
    # without a previous folder no index is kept, and the digests would be made for nothing
    memo = _TableMemo(splice.index_path(previous, path.name).with_suffix(".tables") if previous is not None else None)
    digests = block_digests(data, prepared, memo) if previous is not None else []
    # record numbers: the documents, then the edges, then the nodes, each in key order
    keys = [splice.key_of(_DOCS, doc_id) for doc_id in data.doc_ids]
    keys += [splice.key_of(_EDGES, _EDGE_KEY_SEP.join(key)) for key, _ in data.relations]
    keys += [splice.key_of(_NODES, key) for key in data.keys]
    first_edge, first_node = len(data.doc_ids), len(data.doc_ids) + len(data.relations)

    def entry(i: int) -> dict:
        if i < first_edge:
            return data.doc(i)
        return data.edge(i - first_edge) if i < first_node else data.node(i - first_node)

    def block(i: int) -> tuple[str, bytes]:
        return keys[i], script_json_bytes(entry(i))

    def render(numbers: list[int]) -> list[tuple[str, bytes]]:
        data.tables.load(_cited_by(data, numbers))  # the tables these blocks show or cite, made in one go
        return list(zip((keys[i] for i in numbers), encode_blocks([entry(i) for i in numbers])))

    def blocks():
        data.tables.load()
        for lo, hi in ((0, first_edge), (first_edge, first_node), (first_node, len(keys))):
            texts = encode_blocks([entry(i) for i in range(lo, hi)])
            yield from zip(keys[lo:hi], texts, range(lo, hi))

    splice.write_records(path, _framing(title, data), digests, blocks, block, previous=previous, render=render)
    memo.save()


def _cited_by(data: PageData, numbers: Iterable[int]) -> set[str]:
    """The documents whose tables the blocks `numbers` (documents, edges, nodes in page order) show or cite."""
    first_edge, first_node = len(data.doc_ids), len(data.doc_ids) + len(data.relations)
    documents: set[str] = set()
    for i in numbers:
        if i < first_edge:
            documents.add(data.doc_ids[i])
        elif i < first_node:
            documents.update(map(_DOCUMENT, data.relations[i - first_edge][1].evidence))
        else:
            documents.update(data.cited[i - first_node])
    return documents
