"""Resolution stage: merge document graphs into one KnowledgeGraph, one node per real entity.

Extraction keys what it can settle inside one document (places by official code, organisations by
name) and gives every person the provisional key `Person:<name>`.  Identity across documents is
decided here, from the evidence the document graphs carry:

* People: one name is one person unless the evidence says otherwise.  A post is evidence of where
  someone works: posts at national bodies (中共中央, 国务院, 全国人大 …) or at a province (省委, 省长)
  make a senior office holder, one person corpus-wide; posts at a county or anything below it anchor
  the person in that county, and people of one name anchored in different counties are different
  people (a city post, a former post — 原…, or 时任 before the body — and what someone is rather than
  holds anchor no one; a city's office holder is the senior one of that name only in a province where that
  one holds office, else one of the city's own).  A mention without a post joins the one reading the
  document supports: the person anchored in a place the document names, else the senior office holder,
  else the one anchored in the document's province, else the only one there is; failing all that it
  stays on a node of its own.  Aliases (孙书记, 小吴)
  follow the document they were read in; a reference read as a name is its report's full name.  A
  foreign name written by one of its parts (特朗普) is the full name a report gave first (唐纳德·特朗普) in
  the reports that name a country such a report names, where no other full name has that part.  A foreign
  name written after offices of several countries (阿联酋总统, 乍得总统 …, one transliteration) is one person
  per country; a mention without an office is the one of the country its report names.
* Places: a village, community or neighbourhood without a code is one node per (owner, name); it
  merges into the one node of that name the evidence points to: the village table's only village of
  that name inside its owner, the only more specific node of that name inside its owner, or, for one
  named without any owner, the only one inside a place its document names, else the table's only village
  of that name in the whole country.
* Organisations: the full and short names of one company (…集团有限公司 / …集团) are one node labelled
  with the full name (a national body written with the Party's name, 中共中央军事委员会, goes by the
  official name of the national table instead); in one report a body named again by the tail of its name
  is that body, and so is one named by an abbreviation of its name (美国环保署 after 美国环境保护署: the
  first characters of its words, two at least cut short); a name that is only kind words (公司原党委, 工作队,
  人大) is no node unless its report ties it to one body; a body written after its country's first character (俄外交部, 塞议会) is, in each report,
  the body of the country of that initial the report names, and a kind of body China has not (国会, 民主党)
  written alone that of the country its sentence or report names; names that differ only in how the press
  writes one body are one node: with or without the Party's name before a place's committee (中共浙江省委 /
  浙江省委) or the state's before a national body (中国国家文物局 / 国家文物局), a national unit after the
  table's short or official name (中科院金属研究所 / 中国科学院金属研究所), the place before it written short or
  in full (抚顺雷锋纪念馆 / 抚顺市雷锋纪念馆), a company with or without its legal form (中国工商银行 /
  中国工商银行股份有限公司, labelled with the registered name); "the region's" body (自治区人民政府) is, in
  each report, that of the autonomous region the report names.
* Programmes: one written with a kind word or as a project of it (三北工程, “揭榜挂帅”科研攻关项目, “三支一扶”计划),
  with the year of its round (2025年“春风行动”, “中国渔政亮剑2025”: a year the reports are in, not a goal
  like 2035国家愿景), with or without quotation marks or with a post written short (村支书 / 村党支部书记) is
  the programme other reports name otherwise: the names that come to one identity are one node, labelled
  with the shortest; one named by the parts it lists is the one named by their first characters
  (“千村示范、万村整治”工程 = 千万工程).

Everything is decided from sets pooled over all documents and ordered by key at the end, so the
result does not depend on the order documents arrive in; each document's contribution (its pooled
evidence, posts and named places) can be added or removed and the decision re-made.
"""
from __future__ import annotations

import functools
import gc
import re
import unicodedata
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from .extract.lexicon import (DEPARTMENTS, GENERIC_HEADS, ORG_SUFFIXES, PARTY_BODIES, STATE_FORMS, STATE_KINDS,
                              THE_PARTY, UNITS_BY_FUNCTION, chamber_of_congress, countries, countries_in,
                              country_initials, country_short_forms, in_order, national_official_names,
                              national_short_forms, occurrences, whole_only_short_forms)
from .extract.names import name_references
from .extract.tokens import is_boundary_word, tokens_before, word_tag
from .gazetteer import divisions
from .records import PLACE_TYPES, DocGraph, DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation

RelKey = tuple[str, str, str, str]


# --- pooling ---------------------------------------------------------------------------------------

@dataclass
class _Pool:
    first: Entity
    names: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    code: str = ""
    # the evidence sorted, where that is known already (a pool read back from a saved state, graph/mergestate.py,
    # and not changed since): sorting the evidence of every node again was a tenth of merging xwlb-news
    in_order: tuple[Evidence, ...] | None = None
    # what resolution asks of the name, worked out when the pool is made and kept with it (graph/mergestate.py):
    # asked again of every body and person at each merge, the identity was a fifth of merging a saved state of
    # xwlb-news, and the two others a tenth of what was left
    identity: str = ""  # an organisation's (_body_identity)
    generic: bool = False  # an organisation named by a generic name only (is_generic_org)
    reference: bool = False  # a person named by a short reference only (_is_reference: 小吴, 孙书记)

    def add(self, entity: Entity) -> None:
        self.names.add(entity.name)
        self.names.update(entity.aliases)
        self.evidence.update(entity.evidence)
        self.code = self.code or entity.code
        self.in_order = None


def _new_pool(entity: Entity) -> _Pool:
    """The pool of a node first read as `entity`, with what resolution asks of its name."""
    if entity.type == "Organization":
        return _Pool(entity, identity=_body_identity(entity.name), generic=is_generic_org(entity.name))
    if entity.type == "Person":
        return _Pool(entity, reference=_is_reference(entity.name))
    return _Pool(entity)


@dataclass
class _Findings:
    """What the resolution's steps that read one report at a time find in it, from that report's graph alone:
    found when the report is pooled and kept with the pooled state (graph/mergestate.py), so that a rebuild
    asks them of the reports that changed only (they were most of merging xwlb-news again after one edit)."""

    tails: tuple[tuple[str, str], ...] = ()  # (short key, the body it stands for): _tails_of
    abbreviations: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (short key, the bodies it may abbreviate)
    countries: frozenset[str] = frozenset()  # the countries its title and sentences name (_countries_named)
    offices: dict[str, str] = field(default_factory=dict)  # person key → the country of the office it is named
    # with there (_country_of_office), for those named with one


@dataclass
class _DocFacts:
    """What one document says that helps decide identity: the official places it names, its title and date."""

    places: set[str] = field(default_factory=set)  # codes of places with evidence in the document
    title: str = ""
    date: str = ""
    weight: Counter = field(default_factory=Counter)  # mentions per province code
    found: _Findings | None = None  # None: to be found in the pooled sets (a report read in several parts)

    def province(self) -> str:
        if not self.weight:
            return ""
        top = max(self.weight.values())
        return min(code for code, n in self.weight.items() if n == top)


@dataclass
class _Pooled:
    pools: dict[str, _Pool] = field(default_factory=dict)
    relations: dict[RelKey, set[Evidence]] = field(default_factory=dict)
    docs: dict[str, _DocFacts] = field(default_factory=dict)
    # person key → document → aliases read there (an alias belongs to the person of its document)
    person_aliases: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    countries: dict[str, set[str]] = field(default_factory=dict)  # document → countries named (as asked)
    sentences: dict[str, set[str]] | None = None  # document → the sentences read in it (made when first asked)
    people: dict[str, set[str]] | None = None  # document → the people named in it (made when first asked)


@dataclass
class Pooling:
    """The pooled state of a set of document graphs, with what taking one of them out again needs: how
    many graphs gave each node, name, code and fact (a set alone cannot tell whether another graph gave
    the same).  graph/mergestate.py keeps it between builds, so that a rebuild pools only the documents
    that changed instead of decoding and pooling the whole archive again.

    A graph can be taken out only when no other graph shares its document id (the parts of a long file
    share one; so does the same document read twice): its evidence, facts and aliases are then its own."""

    pooled: _Pooled = field(default_factory=_Pooled)
    documents: dict[str, DocumentInfo] = field(default_factory=dict)
    graphs_per_document: Counter = field(default_factory=Counter)  # document id -> its graphs pooled (parts)
    nodes: Counter = field(default_factory=Counter)  # pool key -> graphs that hold it
    names: dict[str, Counter] = field(default_factory=dict)  # pool key -> name or alias -> graphs
    codes: Counter = field(default_factory=Counter)  # pool key -> graphs that gave it a code
    facts: Counter = field(default_factory=Counter)  # relation key -> graphs that hold it

    def add(self, dg: DocGraph) -> None:
        p = self.pooled
        doc_id = dg.document.id
        self.graphs_per_document[doc_id] += 1
        known = self.documents.get(doc_id)
        # the parts of a long file share one id; two sources claiming one id: the first by path wins,
        # whatever order they arrive in
        if known is None or dg.document.source < known.source:
            self.documents[doc_id] = dg.document
        facts = p.docs.setdefault(doc_id, _DocFacts())
        facts.title = self.documents[doc_id].title
        facts.date = self.documents[doc_id].date
        for e in dg.entities:
            pool = p.pools.get(e.key)
            if pool is None:
                pool = p.pools[e.key] = _new_pool(e)
                self.names[e.key] = Counter()
            pool.add(e)
            self.nodes[e.key] += 1
            self.names[e.key].update({e.name, *e.aliases})
            if e.code:
                self.codes[e.key] += 1
            if e.code and e.evidence and e.type in PLACE_TYPES:
                facts.places.add(e.code)
                facts.weight[e.code[:2]] += len(e.evidence)
            elif e.type == "Person":
                p.person_aliases.setdefault(e.key, {}).setdefault(doc_id, set()).update(e.aliases)
        for r in dg.relations:
            key = (r.head, r.predicate, r.tail, r.role)
            p.relations.setdefault(key, set()).update(r.evidence)
            self.facts[key] += 1
        # (the parts of a long file are one report: what is found in it is then found in the pooled sets)
        facts.found = _findings(dg, facts.title) if self.graphs_per_document[doc_id] == 1 else None

    def removable(self, dg: DocGraph) -> bool:
        return self.graphs_per_document[dg.document.id] == 1 and self.documents[dg.document.id] == dg.document

    def remove(self, dg: DocGraph) -> None:
        """Take out a graph added before (callers check `removable` first)."""
        p = self.pooled
        doc_id = dg.document.id
        del self.graphs_per_document[doc_id], self.documents[doc_id], p.docs[doc_id]
        for e in dg.entities:
            key = e.key
            self.nodes[key] -= 1
            if not self.nodes[key]:
                del self.nodes[key], self.names[key], p.pools[key]
                self.codes.pop(key, None)
                p.person_aliases.pop(key, None)
                continue
            pool = p.pools[key]
            names = self.names[key]
            names.subtract({e.name, *e.aliases})
            for name in {e.name, *e.aliases}:
                if not names[name]:
                    del names[name]
                    pool.names.discard(name)
            pool.evidence.difference_update(e.evidence)
            pool.in_order = None
            if e.code:
                self.codes[key] -= 1
                if not self.codes[key]:
                    del self.codes[key]
                    pool.code = ""
            aliases = p.person_aliases.get(key)
            if aliases is not None:
                aliases.pop(doc_id, None)
                if not aliases:
                    del p.person_aliases[key]
        for r in dg.relations:
            key = (r.head, r.predicate, r.tail, r.role)
            self.facts[key] -= 1
            if not self.facts[key]:
                del self.facts[key], p.relations[key]
            else:
                p.relations[key].difference_update(r.evidence)

    def in_key_order(self) -> _Pooled:
        """The pooled state with its tables in key order: what the resolvers see does not depend on the
        order the graphs came in (a rebuild adds the changed ones last), nor does anything they decide."""
        p = self.pooled
        return _Pooled(dict(sorted(p.pools.items())), dict(sorted(p.relations.items())), dict(sorted(p.docs.items())),
                       {k: dict(sorted(v.items())) for k, v in sorted(p.person_aliases.items())})


# --- the decision: old key (per document) → new key -----------------------------------------------

@dataclass
class Remap:
    """Where each provisional key goes: the same for every document (`by_key`) or per document
    (`by_doc`, which wins).  `dropped` keys are no entity at all."""

    by_key: dict[str, str] = field(default_factory=dict)
    by_doc: dict[tuple[str, str], str] = field(default_factory=dict)
    dropped: set[str] = field(default_factory=set)
    created: dict[str, Entity] = field(default_factory=dict)  # new nodes: the template of each
    context: set[RelKey] = field(default_factory=set)  # reference-data relations of new nodes
    notes: dict[str, str] = field(default_factory=dict)  # what tells a split person apart
    kinds_only: set[str] = field(default_factory=set)  # names of a kind alone: moved, they name no node (主题教育)
    run_on: set[str] = field(default_factory=set)  # people's names read with a word run on: moved, no alias (韩正将)

    def target(self, key: str, doc: str | None = None) -> str | None:
        for _ in range(8):  # chains are short (村 → its county's 村 → the coded 村); never a cycle
            nxt = self.by_doc.get((key, doc)) if doc is not None else None
            if nxt is None and key in self.dropped:
                return None  # unless a document tied it to a body (工作队 → the one 工作队 it names)
            nxt = nxt or self.by_key.get(key)
            if nxt is None or nxt == key:
                return key
            key = nxt
        return key

    def touched(self) -> set[str]:
        return set(self.by_key) | {k for k, _ in self.by_doc} | self.dropped


_CODED_KEY = re.compile(r"^(?:Province|City|County|Township|Village|Neighbourhood):(\d{2,12})$")


def _split_key(key: str) -> tuple[str, str, str] | None:
    """(level, owner key, name) of an uncoded place key `Level:owner/name`; None for a coded one."""
    level, _, rest = key.partition(":")
    owner, slash, name = rest.rpartition("/")
    return (level, owner, name) if slash else None


def code_of(key: str) -> str:
    """The official code of a place key, or of the innermost coded place an uncoded one sits in."""
    for _ in range(6):
        m = _CODED_KEY.match(key)
        if m:
            return m.group(1)
        parts = _split_key(key)
        if parts is None or not parts[1]:
            return ""
        key = parts[1]
    return ""


def _docs_of(pool: _Pool) -> list[str]:
    return sorted({ev.document for ev in pool.evidence})


# --- places ----------------------------------------------------------------------------------------

_NESTED = ("Township", "Village", "Neighbourhood")


def _table_villages(name: str, scope: str) -> list[str]:
    """Codes of the villages of the NBS table named `name` inside the division `scope`."""
    return [code for code, _ in divisions().village_lookup(name) if code.startswith(scope)]


def _add_table_village(remap: Remap, code: str, name: str) -> str:
    """A village settled by the table becomes its coded node, under its township and the township's
    parents (context, as extraction adds them for a coded village)."""
    key = f"Village:{code}"
    if key in remap.created:
        return key
    remap.created[key] = Entity(key, "Village", name, code=code)
    gaz = divisions()
    township = gaz.by_code(code[:9])
    chain = (township, *gaz.ancestors(township.code)) if township is not None else ()
    child = key
    for d in chain:
        parent = f"{d.level}:{d.code}"
        remap.created.setdefault(parent, Entity(parent, d.level, d.name, code=d.code, lat=d.lat, lon=d.lon))
        remap.context.add((child, "locatedIn", parent, ""))
        child = parent
    return key


class _Places:
    """Decides where each uncoded place goes (see the module docstring); the reading of one document
    at a time, since an owner may itself have been decided per document."""

    def __init__(self, p: _Pooled, remap: Remap):
        self.p, self.remap = p, remap
        self.by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key, pool in p.pools.items():
            if pool.first.type in _NESTED:
                self.by_name[(pool.first.type, pool.first.name)].append(key)

    def nodes(self, level: str, name: str, doc: str | None) -> set[str]:
        """The nodes of that name as they stand now, as read in `doc`."""
        return {self.remap.target(k, doc) or k for k in self.by_name.get((level, name), ())}

    def goal(self, key: str, level: str, owner: str, name: str, doc: str | None) -> str:
        own = f"{level}:{self.remap.target(owner, doc)}/{name}" if owner else key
        scope = code_of(own)
        if level == "Village" and len(scope) >= 4:  # a province holds too many of one name
            codes = _table_villages(name, scope)
            if len(codes) == 1:
                return _add_table_village(self.remap, codes[0], name)
        if scope and level != "Township":
            inner = self.inside(level, name, scope, doc, own)
            # where the table holds several of that name, the graph's only one may not be this one
            if inner is not None and not (level == "Village" and len(code_of(inner)) < 12
                                          and len(_table_villages(name, scope)) > 1):
                return inner
        if not owner and doc is not None:
            nodes = self.nodes(level, name, doc) - {key}
            if level == "Village":  # and the villages of that name the table knows
                nodes |= {f"Village:{code}" for code, _ in divisions().village_lookup(name)}
            found = _named_in_document(nodes, self.p.docs[doc].places)
            if found is not None and found not in self.p.pools and _CODED_KEY.match(found):
                return _add_table_village(self.remap, code_of(found), name)
            if found is not None:
                return found
            if level == "Village" and len(names := divisions().village_lookup(name)) == 1 \
                    and not _named_elsewhere(names[0][0], self.p.docs[doc].places):
                # 习近平总书记在十八洞村考察时… (in a report on the whole country): the one village of that name in
                # the whole table (the famous ones are written so); not in a report on places of other provinces
                # only (本报张北电…记者赶到重灾区乱石山村: 张北县's, not the table's one in 甘肃 康县)
                return _add_table_village(self.remap, names[0][0], name)
        return own

    def inside(self, level: str, name: str, scope: str, doc: str | None, exclude: str) -> str | None:
        """The only node of that name strictly inside `scope` (coded nodes preferred): coded deeper, or
        owned through a place the table lacks inside it (乱石山村 of 张北县 is the one another report
        writes 张北县大河乡乱石山村, 大河乡 uncoded)."""
        depth = exclude.count("/")
        found = {c for c in self.nodes(level, name, doc) if c != exclude and code_of(c).startswith(scope)
                 and (len(code_of(c)) > len(scope) or (code_of(c) == scope and c.count("/") > depth))}
        found = {c for c in found if _CODED_KEY.match(c)} or found
        return next(iter(found)) if len(found) == 1 else None


def _resolve_places(p: _Pooled, remap: Remap) -> None:
    """Uncoded places: owner rewritten to its resolved node, then merged into the node the evidence
    points to.  Owners are settled before what they own, those named without owner last (so that they
    find the nodes the others went to)."""
    uncoded = []
    for key, pool in p.pools.items():
        parts = _split_key(key)
        if pool.first.type in _NESTED and parts is not None and parts[0] == pool.first.type:
            # (owners deeper in the table first: 嘎拉村 under 巴宜区 has gone to the one under 林芝镇 before 嘎拉村 under
            # 林芝市 looks for the only one inside 林芝市)
            uncoded.append((parts[1] == "", key.count("/"), -len(code_of(parts[1])), key, *parts))
    places = _Places(p, remap)
    for _, _, _, key, level, owner, name in sorted(uncoded):
        goals = {doc: places.goal(key, level, owner, name, doc) for doc in _docs_of(p.pools[key]) or [None]}
        if len(set(goals.values())) == 1:  # the same in every document: said once, for all of them
            _send(remap, p.pools, key, None, next(iter(goals.values())), level, name)
        else:
            for doc, goal in goals.items():
                _send(remap, p.pools, key, doc, goal, level, name)
    _one_place_per_name(p, remap, [(key, level, name) for _, _, _, key, level, _, name in uncoded if level == "Village"])


def _send(remap: Remap, pools: dict[str, _Pool], key: str, doc: str | None, goal: str, level: str, name: str) -> None:
    if goal == key:
        return
    if doc is None:
        remap.by_key[key] = goal
    else:
        remap.by_doc[(key, doc)] = goal
    if goal not in pools and goal not in remap.created:
        remap.created[goal] = Entity(goal, level, name)


def _named_elsewhere(code: str, named: set[str]) -> bool:
    """Whether a document names places of a county or below (`named`, codes), none of them in the province of
    `code`."""
    local = {c for c in named if len(c) >= 6}
    return bool(local) and not any(code.startswith(c[:2]) for c in local)


def _named_in_document(nodes: set[str], named: set[str]) -> str | None:
    """A place named without owner: the only node of its name inside the most specific place its
    document names (某村 in a report that names its city and the village under it)."""
    best, depth = [], 0
    for node in nodes:
        code = code_of(node)
        d = max((len(m) for m in named if code.startswith(m)), default=0)
        if d > depth:
            best, depth = [node], d
        elif d == depth and d:
            best.append(node)
    return best[0] if len(best) == 1 else None


def _one_place_per_name(p: _Pooled, remap: Remap, villages: list[tuple[str, str, str]]) -> None:
    """One document, one village of a name: when a report gives an uncoded village a second owner and
    the only coded reading of that name in the report is the other one, this one was misread (某村
    put after one county in a report that also names it, coded, in another).  The table was asked first: an
    owner under which it knows the name would have coded this reading too."""
    readings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, pool in p.pools.items():
        if pool.first.type == "Village":
            for doc in _docs_of(pool):
                goal = remap.target(key, doc)
                if goal is not None:
                    readings[(pool.first.name, doc)].add(goal)
    for key, level, name in sorted(villages):
        for doc in _docs_of(p.pools[key]):
            goal = remap.target(key, doc)
            if goal is None or _CODED_KEY.match(goal) or not code_of(goal):
                continue
            coded = {r for r in readings[(name, doc)] if _CODED_KEY.match(r)}
            if len(coded) == 1:
                _send(remap, p.pools, key, doc, coded.pop(), level, name)


# --- organisations ---------------------------------------------------------------------------------

# the state's or the country's name and a trade of two to four characters (中国电信, 国家电投, 中国东方航空)
_STATE_BRAND = re.compile(r"(?:中国|国家)(?!人民|共产|全国|国家|中央|国际)[\u4e00-\u9fff]{2,4}")
# the legal form after a company's name: 江淮汽车集团有限公司 is called 江淮汽车集团 for short
_LEGAL_FORM = re.compile(r"(?:[（(]集团[）)])?(?:股份有限公司|有限责任公司|有限公司)$|(?<=集团)公司$")
# words that say what kind of body or place something is, never which one: a name made of nothing else
# (公司原党委, 城市党委, 乡村学校) is a generic mention, not a node (not 中心: 中心村 is a village's name)
_KIND_WORDS = ("临时党支部", "联合党支部", "党总支部", "党工委", "党总支", "党支部", "党小组", "党委", "党组", "总支", "支部",
               "有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "委员会", "居委会", "村委会", "业委会", "两委",
               "单位", "企业", "机关", "部门", "城市", "农村", "基层", "社区", "小区", "村", "镇", "乡", "街道",
               "学校", "小学", "中学", "大学", "学院", "幼儿园", "医院", "卫生院", "工厂", "工会", "总工会",
               "政府", "乡村", "山区", "城镇", "城区", "协会", "商会", "行业", "中小学", "高校",
               # kinds of clinic, care home and centre (乡镇卫生院, 社区卫生服务中心, 养老服务站, 日间照料中心,
               # 城市副中心, 科创中心): not 中心 alone, which 中心村 opens (nor 大数据中心, which a region may build as one)
               "乡镇", "县", "服务中心", "卫生服务中心", "服务站", "照料中心", "幸福院", "医疗集团", "副中心", "次中心",
               "科创中心", "血透中心", "服务综合体",
               # every place has its congress, its CPPCC committee and its Party-and-people service centre
               # (县人大, 村党群服务中心; not 全国人大, 会宁县人大 or 人民政协)
               "人大", "人大常委会", "政协", "党群服务中心", "党群服务站",
               # a county's own offices, which every county has (司法局, 派出所, 疾控中心), and a region (中西部地区)
               "司法局", "派出所", "疾控中心", "地区")
# words before a kind that still name no particular body (not 新: 新村 is a name; not 人民 or 全国:
# 人民银行, 全国总工会 are bodies)
_MODIFIERS = ("原", "该", "本", "各", "各级", "上级", "下级", "有关", "相关", "后任", "当地", "本地", "普通",
              "定点", "第一", "第二", "第三", "高水平", "研究型", "中西部", "多地",
              # kinds of factory by their grade or technique (卓越级智能工厂, 零碳工厂, 5G工厂)
              "智慧", "智能", "数智", "零碳", "绿色", "卓越级", "领航级", "先进级", "5G",
              # grades and sorts of hospital, school and home (县级医院, 城市三级医院, 紧密型城市医疗集团, 寄宿制中学)
              "省级", "市级", "州级", "县级", "三级", "二级", "次中心级", "紧密型", "大型", "居家", "寄宿制", "帐篷",
              "智慧化", "镇街", "一站式", "托育综合", "养老", "日间", "互助", "健康", "新时代", "物业",
              # a hospital's grade, a factory's designation or technique (三甲医院, 智慧型医院, 灯塔工厂, 黑灯工厂,
              # 植物工厂), the police's station, some or a region's (部分…, 区域养老服务中心)
              "三甲", "二甲", "智慧型", "灯塔", "黑灯", "植物", "公安", "部分", "区域",
              # sorts of company, hospital and school by what they are or do (上市公司, 沪深上市公司, 中医医院, 电力公司,
              # 航空公司, 普通高等学校): every report's own, one node for all of them before
              "上市", "非上市", "沪深", "中医", "电力", "航空", "高等")


@dataclass(frozen=True)
class _Suffixes:
    """Words asked for the longest one a text ends with: a set lookup per length of word instead of an endswith
    per word (of two that end a text, the longer is the one a scan of the words longest first meets first)."""

    words: frozenset[str]
    lengths: tuple[int, ...]  # longest first

    @classmethod
    def of(cls, words: Iterable[str]) -> _Suffixes:
        words = frozenset(words)
        return cls(words, tuple(sorted({len(w) for w in words}, reverse=True)))

    def longest(self, text: str) -> str:
        """The longest of the words `text` ends with; "" for none."""
        for n in self.lengths:
            if n <= len(text) and text[-n:] in self.words:
                return text[-n:]
        return ""


_GENERIC_PARTS = _Suffixes.of(_KIND_WORDS + _MODIFIERS)


# a body's kind on its own (工作队, 服务中心, 组织部) names no body either
# teams, leagues and delegations: a report that names one in full calls it by its kind alone (工作队 → the one
# 工作队 it names)
_TEAM_KINDS = ("工作队", "工作组", "指导组", "巡回指导组", "服务社", "联盟", "党建联盟", "代表团")
_BARE_KINDS = frozenset(ORG_SUFFIXES + PARTY_BODIES + DEPARTMENTS + GENERIC_HEADS + _TEAM_KINDS + UNITS_BY_FUNCTION)


@functools.lru_cache(maxsize=65536)  # (asked for each report a body is read in)
def is_generic_org(name: str) -> bool:
    if name in _BARE_KINDS:
        return True
    if _generic_rest(name) == "":
        return True
    # 甘肃省县级医院, 保山市各乡镇卫生院: a place's bodies of a grade, or each of them, are a class, not one body
    # (金寨县医院 is the county's one hospital)
    if "各" not in name and "级" not in name and "乡镇" not in name:
        return False
    gaz = divisions()
    return any(gaz.has_name(name[:k]) and _generic_rest(name[k:], _CLASS_WORDS) == ""
               for k in range(len(name) - 2, 1, -1))


# grades of body and "each": with a place before them, a class of its bodies
_CLASS_WORDS = ("各", "各级", "省级", "市级", "州级", "县级", "三级", "二级", "乡镇")  # (日喀则乡镇卫生院: its towns')


def _generic_rest(name: str, needed: tuple[str, ...] = ()) -> str | None:
    """What is left of `name` before its generic words, read from its end; None when `needed` is given and
    none of those words is among them."""
    rest, seen = name, not needed
    while word := _GENERIC_PARTS.longest(rest):
        rest = rest[: -len(word)]
        seen = seen or word in needed
    return rest if seen else None


_STANDING_IN_FULL, _STANDING_SHORT = "常务委员会", "常委会"


def short_names(name: str) -> tuple[str, ...]:
    """How a group company is named short: 江淮汽车集团有限公司 → 江淮汽车集团 (a short form that is only
    a brand, 江铃汽车, could be the product as well: left alone, but a state-owned group's brand is the group:
    中国石化集团 → 中国石化); a body of the Central Committee without the Party's name: 中共中央书记处 → 中央书记处;
    a standing committee as the press writes it: 九三学社中央常务委员会 → 九三学社中央常委会."""
    if name.endswith(_STANDING_IN_FULL) and len(name) > len(_STANDING_IN_FULL):
        return (name.removesuffix(_STANDING_IN_FULL) + _STANDING_SHORT,) + _short_forms(name)
    return _short_forms(name)


def _short_forms(name: str) -> tuple[str, ...]:
    """short_names of a name that is no standing committee's."""
    if name.startswith("中共中央") and len(name) > 4:
        return ("中央" + name[4:],)  # 中共中央组织部 is 中央组织部, the Party's name left out
    m = _LEGAL_FORM.search(name)
    stem = name[:m.start()] + ("集团" if m.group().startswith(("(集团)", "（集团）")) else "") if m else name
    forms = (stem,) if m and stem.endswith("集团") and len(stem) > 3 else ()
    # a state-owned group's brand is the group, no product (中国电信 = 中国电信集团有限公司, 中国石化 = 中国石化集团)
    brand = stem.removesuffix("集团")
    if brand != name and (m or stem.endswith("集团")) and _STATE_BRAND.fullmatch(brand):
        forms += (brand,)
    return forms


def _resolve_orgs(p: _Pooled, remap: Remap) -> None:
    orgs = {k for k, pool in p.pools.items() if pool.first.type == "Organization"}
    for key in orgs:
        if p.pools[key].generic:
            remap.dropped.add(key)
    full_of: dict[str, set[str]] = defaultdict(set)
    for key in orgs:
        for short in short_names(p.pools[key].first.name):
            if f"Organization:{short}" in orgs:
                full_of[f"Organization:{short}"].add(key)
    official = _official_names()
    for short, fulls in full_of.items():
        if len(fulls) == 1 and short not in remap.dropped:
            full = next(iter(fulls))
            if p.pools[short].first.name.startswith(official):
                # 中共中央军事委员会 → 中央军事委员会, 中共中央纪律检查委员会常务委员会 → 中央纪律检查委员会常务委员会:
                # the table's official name (and its units' names after it) are the labels
                remap.by_key[full] = short
            else:
                remap.by_key[short] = full
    in_doc = _by_document(p, orgs)
    _tails_in_document(p, remap, in_doc)
    named = {doc: [k for k in keys if k not in remap.dropped] for doc, keys in in_doc.items()}
    _aliases_in_document(p, remap, named)
    _abbreviations_in_document(p, remap, named)
    # sub-bodies named after the short form (…集团党委) are those of the full one, where it is named too
    prefixes = {p.pools[s].first.name: p.pools[f].first.name for s, f in remap.by_key.items() if s in orgs}
    order = {short: n for n, short in enumerate(prefixes)}  # (of two that fit one name, the later decides, as before)
    for key in orgs if prefixes else ():
        name = p.pools[key].first.name
        # the short forms the name opens with, looked up by its openings rather than tried one by one
        for short in sorted((name[:k] for k in range(1, len(name)) if name[:k] in prefixes), key=order.__getitem__):
            full = prefixes[short]
            if not name.startswith(full):
                other = f"Organization:{full}{name[len(short):]}"
                if other in orgs:
                    remap.by_key[key] = other
    _countries_written_short(p, remap, orgs)
    _foreign_bodies_named_by_kind(p, remap, orgs)
    _bodies_of_the_region(p, remap, orgs)
    _one_body_under_several_names(p, remap, orgs)
    _bodies_named_after_their_place(p, remap, orgs)
    _units_of_several_hosts(p, remap, orgs)


def _units_of_several_hosts(p: _Pooled, remap: Remap, orgs: set[str]) -> None:
    """A unit named without its host (炼钢党总支, 内科党支部, 机关党支部) is, in each report that makes it part of a
    body, that body's unit: one node per host, where reports name several (two hospitals' 内科党支部 were one node
    with both hospitals' secretaries).  A report that names no host leaves it as written; a unit named after its
    host (…医院内科党支部) is that host's by its name already."""
    units = [(head, tail, evs) for (head, predicate, tail, _), evs in p.relations.items()
             if predicate == "partOf" and head in orgs and head not in remap.dropped
             and p.pools[head].first.name.endswith(PARTY_BODIES)]  # (in any order: the hosts are gathered in sets)
    for _ in range(3):  # (a unit of a unit split by its hosts is split the round after)
        hosts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # unit → report → its hosts
        for head, tail, evs in units:
            name = p.pools[head].first.name
            for ev in evs:
                host = remap.target(tail, ev.document)
                if host is not None and host != head and not name.startswith(_names_of(p, host)):
                    hosts[head][ev.document].add(host)
        split = False
        for key, by_doc in sorted(hosts.items()):
            if len({host for found in by_doc.values() for host in found}) < 2:
                continue
            for doc, found in sorted(by_doc.items()):
                if len(found) == 1 and remap.target(key, doc) == key:
                    unit = f"{key}@{next(iter(found)).partition(':')[2]}"
                    remap.by_doc[(key, doc)] = unit
                    remap.created.setdefault(unit, Entity(unit, "Organization", p.pools[key].first.name))
                    split = True
        if not split:
            break


def _names_of(p: _Pooled, key: str) -> tuple[str, ...]:
    """The names a node goes by: its own and the others its reports wrote it by; none for a node made here (a unit
    told apart by its host: a unit named after it, 炼钢党总支生产运行党支部, is no less in need of telling apart)."""
    pool = p.pools.get(key)
    return (pool.first.name, *pool.names) if pool is not None else ()


_REGION = "自治区"


def _bodies_of_the_region(p: _Pooled, remap: Remap, orgs: set[str]) -> None:
    """自治区党委, 自治区人民政府: "the region's" body is, in each report, that of the autonomous region the
    report names (the one, else the one it is mostly about): 西藏自治区人民政府 in one report, 新疆维吾尔自治区人民政府
    in the next, where the whole xwlb-news graph had one node with both regions' chairmen.  A report that
    names no region leaves it as written."""
    gaz = divisions()
    for key in sorted(orgs - remap.dropped):
        name = p.pools[key].first.name
        if not name.startswith(_REGION) or len(name) < len(_REGION) + 2:
            continue
        for doc in _docs_of(p.pools[key]):
            facts = p.docs[doc]
            regions = sorted(c for c in facts.places if len(c) == 2 and gaz.by_code(c).name.endswith(_REGION))
            if len(regions) > 1 and facts.province() in regions:
                regions = [facts.province()]
            if len(regions) != 1 or (key, doc) in remap.by_doc:
                continue
            goal = f"Organization:{gaz.by_code(regions[0]).name}{name[len(_REGION):]}"
            remap.by_doc[(key, doc)] = goal
            if goal not in p.pools:
                remap.created.setdefault(goal, Entity(goal, "Organization", goal.partition(":")[2]))


def _one_body_under_several_names(p: _Pooled, remap: Remap, orgs: set[str]) -> None:
    """Names that differ only in how the press writes the same body (中共浙江省委 / 浙江省委) are one node,
    labelled as `_label_rank` says: each name is reduced to the body's identity (`_body_identity`) and the
    names of one identity merged.  Decided from the set of names alone, so in any order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key in orgs - remap.dropped:
        pool = p.pools[key]
        groups[pool.identity or _body_identity(pool.first.name)].append(pool.first.name)
    tied: dict[str, list[str]] = defaultdict(list)  # key → the documents that tied it to another body
    for key, doc in remap.by_doc:
        tied[key].append(doc)
    for members in groups.values():
        if len(members) < 2:
            continue
        label = f"Organization:{max(members, key=_label_rank)}"
        keys = {f"Organization:{name}" for name in members}
        for key in sorted(keys):
            for doc in tied.get(key, ()):
                if remap.by_doc[(key, doc)] in keys:  # (a tie inside the group would now run in a circle)
                    del remap.by_doc[(key, doc)]
        for key in sorted(keys - {label}):
            if key not in remap.by_key and remap.target(label) != key:
                remap.by_key[key] = label


def _body_identity(name: str) -> str:
    """What stays of a body's name whichever way it is written (the middle dot in a name written or left out:
    沈阳“九·一八”历史博物馆 / 沈阳“九一八”历史博物馆)."""
    name = name.replace("·", "") if len(name) > 3 else name
    name = _country_in_full(name)
    return _committee_short(
        _kind_of_place_body(_place_by_code(_national_in_full(_without_state_or_party(_without_legal_form(name))))))


def _committee_short(name: str) -> str:
    """A committee named in full or short (全国人大外事委员会 / 全国人大外事委, 中央财经委员会 / 中央财经委): 委 is how the
    press writes 委员会 after a committee's own name, so both are one identity (not a bare 委员会 of no name)."""
    stem = name.removesuffix("委员会")
    return stem + "委" if stem != name and len(stem) >= 2 else name


# a country's government under the country's formal name (中华人民共和国政府, 柬埔寨王国政府): the one
# written with its name alone (中国政府, 柬埔寨政府)
_FORMAL_GOVERNMENT = re.compile(rf"^(?P<country>.+?)(?:{'|'.join(STATE_KINDS)})?(?:{'|'.join(STATE_FORMS)})政府$")


def _country_in_full(name: str) -> str:
    """A foreign body's name with its country as the country table names it (印尼国会 → 印度尼西亚国会), and a
    government's with the country's common name (中华人民共和国政府 → 中国政府)."""
    m = _FORMAL_GOVERNMENT.match(name)
    if m is not None:
        country = "中国" if m.group("country") == "中华" else m.group("country")
        if country == "中国" or country in countries():
            name = f"{country}政府"
    for short, full in _country_short_forms_by_initial().get(name[:1], ()):
        if name.startswith(short) and not name.startswith(full) and len(name) > len(short) + 1:
            return full + name[len(short):]
    return name


@functools.cache
def _country_short_forms_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """First character → (short form, the table's name) of the countries written short, in the table's order."""
    by_initial: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for short, full in country_short_forms().items():
        if short != full:
            by_initial[short[0]].append((short, full))
    return {c: tuple(forms) for c, forms in by_initial.items()}


# the ways the press writes a place's own bodies after its name: its Party committee as 委, 党委, 党委会 or with the
# level again (萧县县委), its government, court and procuratorate with or without 人民 (石板镇政府 / 石板镇人民政府)
_PLACE_BODY_FORMS = re.compile(r"^(?:[省市县区州旗盟]?委|党委会?)(?=$|组织部|宣传部|统战部|政法委|办公厅|办公室|党校)"
                               r"|^人民(?=政府|法院|检察院)")


_LEVEL_THEN_FORMS = re.compile(r"(?<=[省市县区州旗盟镇乡])(?:人民(?=(?:政府|法院|检察院)$)|党委会?$)")


def _kind_of_place_body(identity: str) -> str:
    """`identity` of a body named after a place (its code, a tab, the rest) with the rest written one way."""
    code, tab, rest = identity.partition("\t")
    if not tab:
        # a place the table does not tell apart (石板镇, in several counties): its level character before the body
        return _LEVEL_THEN_FORMS.sub(lambda m: "" if m.group().startswith("人民") else "委", identity)
    m = _PLACE_BODY_FORMS.match(rest)
    if m is None:
        return identity
    return f"{code}\t{'委' if m.group() and not m.group().startswith('人民') else ''}{rest[m.end():]}"


# a company's legal form, which the press writes or leaves out (中国银行股份有限公司 / 中国银行, 宝马公司 / 宝马)
_ANY_LEGAL_FORM = re.compile(r"(?:[（(]集团[）)])?(?:股份有限公司|有限责任公司|有限公司|公司)$")


def _without_legal_form(name: str) -> str:
    """A company's name without its legal form (国家电网有限公司, 国家电网公司 → 国家电网), where a name is left."""
    m = _ANY_LEGAL_FORM.search(name)
    if m is not None and m.group() == "公司" and name.endswith("银行公司"):
        return name  # 中国进出口银行公司(客户部): a bank's corporate-client side, no legal form (banks are 股份有限公司)
    stem = name[:m.start()] + ("集团" if m and m.group().startswith(("(集团)", "（集团）")) else "") if m else name
    return stem if len(stem) >= 2 else name


def _place_by_code(name: str) -> str:
    """A body's name with the place it opens with written as that place's code: 重庆代表团 and 重庆市代表团,
    内蒙古党委 and 内蒙古自治区党委, 抚顺雷锋纪念馆 and 抚顺市雷锋纪念馆 name the place short and in full.
    A form several places share is the place that holds the others (抚顺: the city, not its county of
    that name), else it is left as written."""
    gaz = divisions()
    k = next((k for k in range(min(len(name) - 1, 12), 1, -1) if gaz.has_name(name[:k])), 0)
    if not k:
        return name
    places = gaz.lookup(name[:k])
    outer = min(places, key=lambda d: (len(d.code), d.code), default=None)
    if outer is None or not all(d.code.startswith(outer.code) for d in places) \
            or sum(len(d.code) == len(outer.code) for d in places) > 1:
        return name
    return f"{outer.code}\t{name[k:]}"


def _label_rank(name: str) -> tuple[bool, bool, bool, bool, int, str]:
    """Which of one body's names labels it: the table's official names (and its units' names after them),
    then a company's registered name (中国国家铁路集团有限公司), then one without the state's name before a
    national body (国家文物局, not 中国国家文物局: how the body names itself), then the fullest (中共浙江省委)."""
    with_state = name != _without_state_or_party(name) and not name.startswith("中共")
    registered = name.endswith(("有限公司", "有限责任公司"))
    # an autonomous division's committee is its 党委 (西藏自治区党委, not 西藏自治区区委)
    level_again = bool(_AUTONOMOUS_LEVEL_AGAIN.search(name))
    return name.startswith(_official_names()), registered, not with_state, not level_again, len(name), name


_AUTONOMOUS_LEVEL_AGAIN = re.compile(r"自治(?:区区|州州|县县)委")


@functools.cache
def _official_names() -> tuple[str, ...]:
    return tuple(sorted(national_official_names()))


@functools.cache
def _national_prefixes() -> dict[str, tuple[tuple[str, str], ...]]:
    """First character → (short form, official name) of the national table, longest first; forms of two
    characters (中共, 总台, 军委) are left out: they open too many other names."""
    by_initial: dict[str, list[tuple[str, str]]] = defaultdict(list)
    alone = whole_only_short_forms()
    for short, full in national_short_forms().items():
        if len(short) > 2 and short not in alone:
            by_initial[short[0]].append((short, full))
    return {c: tuple(sorted(forms, key=lambda sf: (-len(sf[0]), sf[0]))) for c, forms in by_initial.items()}


def _national_in_full(name: str) -> str:
    """A national body's unit written after its short form is the unit of its official name (中科院金属研究所 =
    中国科学院金属研究所, 全国人大财政经济委员会 = 全国人民代表大会财政经济委员会, 科技部党组 = 科学技术部党组)."""
    for short, full in _national_prefixes().get(name[:1], ()):
        if name.startswith(short) and name != short:
            return full + name[len(short):]
    return name


# a national body's name needs no country before it (中国国家博物馆 = 国家博物馆)
_NATIONAL_OPENING = ("国家", "全国", "国务院")


def _without_state_or_party(name: str) -> str:
    """A body's name without the state's name before a national body or one named by its place (中华人民共和国中央军事
    委员会, 中国国家文物局, 中国酒泉卫星发射中心) or the Party's before a Party committee of a place or a national body
    (中共浙江省委 = 浙江省委, 中共全国政协党组 = 全国政协党组); not before 中央 (中共中央组织部 is decided by
    `short_names`) nor before a name that says nothing of where (中共代表团)."""
    if name.startswith("中华人民共和国") and len(name) > 9:
        return name[7:]
    rest = name[2:]
    if name.startswith("中国") and (rest.startswith(_NATIONAL_OPENING) or len(rest) > 3 and _opens_with_place(rest)):
        return rest  # (中国酒泉卫星发射中心 = 酒泉卫星发射中心: a body named by its place needs no country either)
    if name.startswith("中共") and len(rest) > 3 and (rest.startswith(_NATIONAL_OPENING) or _opens_with_place(rest)):
        return rest
    return name


def _opens_with_place(name: str) -> bool:
    gaz = divisions()
    return any(gaz.has_name(name[:k]) for k in range(2, min(len(name) - 1, 10)))


def _countries_written_short(p: _Pooled, remap: Remap, orgs: set[str]) -> None:
    """A body written after its country's first character (俄外交部, 美国会, 塞议会) is, in each report, the
    body of the country of that initial the report names (俄罗斯外交部, 美国国会): 塞 may be 塞尔维亚 in one
    report and 塞内加尔 in the next, so the report decides, by its title and the sentences read in it."""
    names = {p.pools[k].first.name for k in orgs}
    initials = country_initials()
    fuller: dict[str, dict[str, str]] = {}  # short key → country → the full name that is a node
    for key in sorted(orgs - remap.dropped):
        name = p.pools[key].first.name
        if len(name) > 2:
            options = {c: c + name[1:] for c in initials.get(name[0], ()) if c + name[1:] in names}
            if options:
                fuller[key] = options
    if not fuller:
        return
    docs = {doc for key in fuller for doc in _docs_of(p.pools[key])}
    named = _countries_named(p, docs)
    for key, options in fuller.items():
        for doc in _docs_of(p.pools[key]):
            here = [full for country, full in options.items() if _table_name(country) in named[doc]]
            if not here and len(initials[p.pools[key].first.name[0]]) == 1:
                here = list(options.values())  # 俄, 黎: the only country of that initial
            if len({_country_in_full(full) for full in here}) == 1 and (key, doc) not in remap.by_doc:
                remap.by_doc[(key, doc)] = f"Organization:{min(here)}"  # (阿联酋… and 阿拉伯联合酋长国…: one body)


# kinds of body every other country has and China has not (its congress is 全国人大, its court 最高人民法院, its
# parties have other names): written alone they name the body of whichever country the report is about
_FOREIGN_KINDS = frozenset(("国会", "议会", "众议院", "参议院", "国民议会", "内阁", "议会上院", "议会下院", "上议院",
                            "下议院", "国会众议院", "国会参议院", "联邦议院", "联邦委员会", "国民警卫队", "共和党", "民主党",
                            "保守党", "工党", "自由党", "宪法法院", "最高法院"))


# what opens the names of China's national bodies and of its armed services, whose bare names stay theirs (国家统计局 is
# not 英国国家统计局, 海军 not 美国海军), and a level word, which opens a reference to some place's body (自治区人民医院)
_OF_THE_STATE = ("中央", "中共", "国家", "全国", "国务院", "陆军", "海军", "空军", "火箭军", "武警", "省", "市", "县", "区",
                 "自治", "州", "镇", "乡")


def _bodies_named_after_their_place(p: _Pooled, remap: Remap, orgs: set[str]) -> None:
    """以色列国防军 and 国防军, 北京钓鱼台国宾馆 and 钓鱼台国宾馆: a body named with its country, province or city in some
    reports and without it in others is one node, under the name with the place, where a report writes both for it
    (an alias ties them) or, for a province or city, each report of the bare name names that place (兰州中川国际机场 and
    中川国际机场 of reports on 兰州; not a name that opens with 中国, nor 中国 as the place: 中国美国商会), the graph
    holds no other place's body of that name (交通部: many countries'), the name with a province or city is read in at
    least as many reports (not 深圳清华大学, a misreading, for 清华大学's 42), and each report of the bare name names the
    country (a 总统办公厅 may be any president's).  Not a name China's state bodies or ministries go by, nor one that
    opens with a level word."""
    by_name = {p.pools[k].first.name: k for k in orgs if k not in remap.dropped and not p.pools[k].generic}
    placed: dict[str, set[tuple[str, str]]] = defaultdict(set)  # the bare name's key -> (key with a place, place)
    for key, name in ((k, p.pools[k].first.name) for k in orgs if k not in remap.dropped):
        for k in range(2, min(len(name) - 2, 8)):
            bare = by_name.get(name[k:])
            if bare is not None and bare != key and _a_place_or_country(name[:k]):
                placed[bare].add((key, name[:k]))
    for bare, keys in sorted(placed.items()):
        name = p.pools[bare].first.name
        if len(keys) != 1 or name.startswith(_OF_THE_STATE) or name in THE_PARTY or name in national_official_names() \
                or name in national_short_forms() or (name.endswith("部") and len(name) <= 5):
            continue
        key, place = next(iter(keys))
        if p.pools[key].first.name in THE_PARTY:
            continue  # (共产党: any communist party, the Party itself only where a report says so)
        docs = set(_docs_of(p.pools[bare]))
        # (a name with a country read in fewer reports is still the body's: 美国波音公司 in 7, 波音公司 in 44, where every
        # report of the bare name names that country)
        if bare in remap.by_key or key in remap.by_key \
                or (len(_docs_of(p.pools[key])) < len(docs) and place not in countries()):
            continue
        if name not in p.pools[key].names and (place in countries() or place == "中国" or name.startswith(("中国", "中华"))
                                               or not _named_in_each(p, docs, place)):
            continue  # (no report ties them: 亚冬会 of reports that name 哈尔滨 is 哈尔滨亚冬会; 美国商会 is not 中国美国商会,
            # nor a national name 北京中国农业大学, a misreading)
        if place in countries():
            named = _countries_named(p, docs)
            if not all(place in named[doc] for doc in docs):
                continue
        remap.by_key[bare] = key


def _named_in_each(p: _Pooled, docs: set[str], place: str) -> bool:
    """Whether each of these reports names `place` (a province or prefecture of the table) or a place inside it."""
    codes = {d.code for d in divisions().lookup(place) if d.level in ("Province", "City")}
    return bool(codes) and all(any(c.startswith(code) for c in p.docs[doc].places for code in codes) for doc in docs)


def _a_place_or_country(written: str) -> bool:
    """A country, or a province or prefecture of the table (北京, 深圳市, 河北)."""
    return written in countries() or written == "中国" or divisions().names_a_division(written, ("Province", "City"))


def _foreign_bodies_named_by_kind(p: _Pooled, remap: Remap, orgs: set[str]) -> None:
    """国会, 民主党, 国民议会 written alone are, in each report, that of the one country the sentences they are
    read in name, else the report names, else the one of the countries it names whose body of that kind the
    graph holds (美国国会); a report that names no such one ties it to no body, and the kind alone is no node
    (the whole xwlb-news graph had one 国会 node for eight countries' parliaments in 66 reports)."""
    bare = sorted(k for k in orgs if p.pools[k].first.name in _FOREIGN_KINDS)
    if not bare:
        return
    names = {p.pools[k].first.name for k in orgs}
    named = _countries_named(p, {doc for key in bare for doc in _docs_of(p.pools[key])})
    for key in bare:
        kind = p.pools[key].first.name
        remap.dropped.add(key)
        sentences: dict[str, set[str]] = defaultdict(set)
        for ev in p.pools[key].evidence:
            sentences[ev.document].add(ev.sentence)
        for doc in _docs_of(p.pools[key]):
            # the country of the sentences it is read in, else of the report (日本…临时国会众议院和参议院 in a
            # report that names 美国 too)
            here = _countries_by_table_name("\n".join(sorted(sentences[doc])))
            held = [c for c in sorted(named[doc]) if c + kind in names]
            country = here if len(here) == 1 else named[doc] if len(named[doc]) == 1 else held
            if len(country) == 1 and (key, doc) not in remap.by_doc:
                name = next(iter(country)) + kind
                # (国会参议院 of 美国: 美国参议院, the name extraction gives the chamber written with its country)
                goal = f"Organization:{chamber_of_congress(name) or name}"
                remap.by_doc[(key, doc)] = goal
                if goal not in p.pools:
                    remap.created.setdefault(goal, Entity(goal, "Organization", goal.partition(":")[2]))


def _countries_by_table_name(text: str) -> set[str]:
    """The countries `text` names, one written short (印尼) by the name of the country table (印度尼西亚)."""
    return {_table_name(country) for country in countries_in(text)}


def _table_name(country: str) -> str:
    """A country as the country table names it (印尼 → 印度尼西亚; a table name stays)."""
    return country_short_forms().get(country, country)


def _countries_named(p: _Pooled, docs: set[str]) -> dict[str, set[str]]:
    """document → the countries its title and the sentences read in it name (for `docs` and any asked before),
    by the names of the country table."""
    for doc in sorted(docs - p.countries.keys()):
        found = _found_in(p, doc)
        if found is not None:
            p.countries[doc] = found.countries
            continue
        if p.sentences is None:
            p.sentences = defaultdict(set)
            for pool in p.pools.values():
                for ev in pool.evidence:
                    p.sentences[ev.document].add(ev.sentence)
        p.countries[doc] = _named_countries(p.sentences.get(doc, set()), p.docs[doc].title)
    return p.countries


def _named_countries(sentences: set[str], title: str) -> frozenset[str]:
    return frozenset(_countries_by_table_name("\n".join(sorted(sentences | {title}))))


def _resolve_programmes(p: _Pooled, remap: Remap) -> None:
    """A programme written with a kind word after its name (三北工程, 三北工程建设, 一带一路建设, 服务为民活动,
    净网专项行动, 揭榜挂帅机制, 一箱到底模式), with the year of its round before it (2026年春风行动) or with a
    post written short (村支书, 村书记 for 村党支部书记) is the programme other texts name otherwise: the names
    that come to one `_programme_identity` are one node, labelled with the shortest (三北, else 三北工程)."""
    names = {pool.first.name: k for k, pool in p.pools.items() if pool.first.type == "Programme"}
    same: dict[str, list[str]] = defaultdict(list)
    for name, key in names.items():
        years = {int(p.docs[doc].date[:4]) for doc in _docs_of(p.pools[key]) if p.docs[doc].date[:4].isdigit()}
        same[_programme_identity(name, years)].append(name)
    for members in same.values():
        label = min(members, key=lambda n: (len(n), n))
        for name in members:
            if name != label:
                remap.by_key[names[name]] = names[label]
    # a node's reports over the names that came to it, counted only for the few nodes a project name is checked
    # against (each count walks the pools' evidence: a fifth of a second for all 5,700 programmes of xwlb-news)
    came_to: dict[str, list[str]] = defaultdict(list)
    for key in names.values():
        came_to[remap.by_key.get(key, key)].append(key)
    read_in: dict[str, int] = {}

    def reports(node: str) -> int:
        if node not in read_in:
            read_in[node] = len({doc for key in came_to[node] for doc in _docs_of(p.pools[key])})
        return read_in[node]

    for name, key in names.items():
        if key not in remap.by_key:
            # “一带一路”重点项目, “揭榜挂帅”科研攻关项目, “深海一号”二期工程: a project of a programme other texts
            # name alone is that programme (a forum, a brand or a platform of it is a thing of its own); not where far
            # fewer reports name the shorter (千亿斤粮食产能提升工程, read in dozens, is no project of one province's
            # “千亿斤粮食”产能建设工程)
            stem = next((name[:k] for k in range(2, len(name) - 1) if name[:k] in names
                         and _PROJECT_OF.fullmatch(name, k)
                         and _PROJECT_READ_MORE * reports(remap.by_key.get(names[name[:k]], names[name[:k]]))
                         >= reports(key)),
                        None)
            if stem is not None:
                remap.by_key[key] = names[stem]
        if key not in remap.by_key and names.get(_by_initials(name), key) != key:
            remap.by_key[key] = names[_by_initials(name)]
    _campaigns_of_their_time(p, remap, names)
    _events_read_as_bodies(p, remap, names)


# what ends the name of an event held again and again (SCHEMA.md: a forum is a programme), which the mention model
# reads as a body's name in some reports
_EVENT_NAME_END = re.compile(r"(?:论坛|大会|博览会|峰会|交易会|洽谈会|年会|盛典|大赛|音乐会|晚会|艺术节|文化节|电影节)$")
# what a body has and an event has not: its posts and its parts (论坛秘书长…: a forum that is a body)
_BODY_ONLY = ("holdsPost", "partOf")


def _events_read_as_bodies(p: _Pooled, remap: Remap, names: dict[str, str]) -> None:
    """北京文化论坛, 世界人工智能大会: an event's name that some reports give a programme and others a body (the model's
    reading) is one node, the programme, where no more reports read the body and the body holds no post and has
    no part nor is one (a forum with a secretary-general, as 博鳌亚洲论坛 has, stays a body)."""
    candidates = {key: names[pool.first.name] for key, pool in p.pools.items()
                  if pool.first.type == "Organization" and pool.first.name in names and key not in remap.by_key
                  and key not in remap.dropped and _EVENT_NAME_END.search(pool.first.name)}
    if not candidates:
        return
    with_body_facts = {key for head, predicate, tail, _ in p.relations if predicate in _BODY_ONLY
                       for key in (head, tail) if key in candidates}
    for key, programme in candidates.items():
        target = remap.by_key.get(programme, programme)
        if key not in with_body_facts and len(_docs_of(p.pools[target])) >= len(_docs_of(p.pools[key])):
            remap.by_key[key] = target


# a national campaign the press calls by its kind alone once it is under way (开展主题教育): one campaign of
# that kind runs at a time, for a year or less after the first report that names it in full (later reports
# look back on it; the kind alone two years on is another body's campaign of that kind)
_CAMPAIGN_KIND = "主题教育"
_CAMPAIGN_MONTHS = 12


def _month(date: str) -> int | None:
    """Months since year 0 of a document's date (2023-10-05 → 24285); None where it has none."""
    if len(date) < 7 or not (date[:4].isdigit() and date[5:7].isdigit()):
        return None
    return int(date[:4]) * 12 + int(date[5:7])


def _campaigns_of_their_time(p: _Pooled, remap: Remap, names: dict[str, str]) -> None:
    """主题教育 alone, in a dated report, is the one campaign of that kind first named in full in the year before it
    (学习贯彻…思想主题教育 in reports of 2023, not the “不忘初心、牢记使命”主题教育 of 2019): the report's evidence
    goes to that node.  A report of a time when no campaign, or two, are named in full keeps the node of the
    kind; one without a date (or a campaign named only in undated reports) goes by the campaigns alone."""
    bare = names.get(_CAMPAIGN_KIND)
    if bare is None:
        return
    named_when: dict[str, set[int]] = defaultdict(set)  # full campaign's node → months of reports naming it
    for name, key in names.items():
        if name.endswith(_CAMPAIGN_KIND) and name != _CAMPAIGN_KIND:
            goal = remap.target(key) or key
            named_when[goal] |= {m for doc in _docs_of(p.pools[key]) if (m := _month(p.docs[doc].date)) is not None}
    for doc in _docs_of(p.pools[bare]):
        month = _month(p.docs[doc].date)
        # (an undated report, or a campaign named only in undated ones, rules nothing out)
        near = [goal for goal, months in named_when.items()
                if month is None or not months or -1 <= month - min(months) <= _CAMPAIGN_MONTHS]
        if len(near) == 1:
            remap.by_doc[(bare, doc)] = near[0]
            remap.kinds_only.add(bare)


# the kind of work a programme's name may be written with or without (“三北”工程, 一带一路建设, “服务为民”活动,
# “三支一扶”计划, “白名单”制度, “两重”建设项目, “争做新时代好队员”主题实践活动 / 主题队日活动, “…”系列活动); not an
# event made on a theme (“一带一路”主题展映活动: a broadcaster's screenings, not the initiative)
_PROGRAMME_KIND = re.compile(r"(?:工程)?建设(?:项目)?$|(?:主题(?:实践|队日|党日|团日|教育|教育实践|宣传教育|采访)?|系列)?活动$"
                             r"|工程$|(?:专项|服务)?行动$|机制$|模式$|(?:行动)?计划$|制度$|(?:试点)?项目$|试点$")
# the year of a yearly round (2025年“春风行动”, 2024全国网上年货节, “中国渔政亮剑2025”), which the press writes or
# leaves out; a year the reports naming it are not in is a goal (2035国家愿景), part of the name
_ROUND_YEAR = re.compile(r"^((?:19|20)\d\d)(?:年度?)?|((?:19|20)\d\d)$")
_QUOTE_MARKS = re.compile(r"[“”‘’\"'《》「」]")
# a post the press writes in full or short inside a programme's name (党支部书记讲堂 / 书记讲堂 / 支书讲堂, invented)
_SECRETARY = re.compile(r"(?:党支部|党总支|支部)书记|支书")


def _programme_identity(name: str, years: set[int] = frozenset()) -> str:
    """What stays of a programme's name whichever way it is written: without quotation marks, without the
    year of its round (a year no report of `years` is more than a year away from, where three characters
    are left), with a post written one way, without the kind words after it (where two are left)."""
    name = _QUOTE_MARKS.sub("", name)
    m = _ROUND_YEAR.search(name)
    stem = name
    if m is not None and all(abs(int(m.group(1) or m.group(2)) - y) <= 1 for y in years):
        stem = name[:m.start()] + name[m.end():]
    stem = _SECRETARY.sub("书记", stem if len(stem) >= 3 else name)
    while (m := _PROGRAMME_KIND.search(stem)) is not None and len(stem) - len(m.group()) >= 2:
        stem = stem[:m.start()]
    return stem


_PROJECT_OF = re.compile(r"[\u4e00-\u9fff0-9]{0,4}?(?:项目|工程)")
_PROJECT_READ_MORE = 4  # how many times more reports a project may be read in than the programme it is taken to be of
# parts listed with 、 before a kind of programme (“千村示范、万村整治”工程)
_LISTED_PARTS = re.compile(r"^((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)(工程|行动|计划|战略|项目)$")


def _by_initials(name: str) -> str:
    """How the press shortens a programme named by the parts it lists: the first character of each part
    and the kind (“千村示范、万村整治”工程 → 千万工程); "" for a name not so made."""
    m = _LISTED_PARTS.match(name)
    return "".join(part[0] for part in m.group(1).split("、")) + m.group(2) if m else ""


_BODY_KINDS = _Suffixes.of(ORG_SUFFIXES + PARTY_BODIES + ("委",))  # 县委
# a short name whose distinguishing part ends like a place may be the tail of another place's name
# (新村党支部 in a report that also names 永新村党支部): such a tail identifies nothing
_PLACE_END = re.compile(r"(?:村|社区|嘎查|小区|镇|乡|街道|县|区|市|州|省|旗)$")


@functools.lru_cache(maxsize=65536)  # (asked for each report a name is read in)
def _tail_can_stand_for(short: str) -> bool:
    if short in _TEAM_KINDS:
        return True
    kind = _BODY_KINDS.longest(short)
    stem = short[: len(short) - len(kind)]
    return len(stem) >= 2 and not _PLACE_END.search(stem)


_FUNCTION_TAGS = frozenset("p c d r u uj ul uz ud".split())  # 因, 同: clause words, not name parts


def _without_leading_places(text: str) -> str:
    """`text` after the chain of division names it starts with (黎平县石桥乡驻村 → 驻村)."""
    gaz = divisions()
    while True:
        k = next((k for k in range(len(text), 1, -1) if gaz.has_name(text[:k])), 0)
        if not k:
            return text
        text = text[k:]


def _prefix_names_the_body(prefix: str, people: set[str]) -> bool:
    """Whether the words before a short name make a fuller name of the same body (昆山高新区 +
    连心桥公益服务社, 中央第十 + 巡回指导组) rather than a clause the reading swallowed (凸显美国银行,
    所在地中国人民银行, 王艺代表第八届全国少工委, 直属事业单位湖北艺术职业学院)."""
    if prefix.endswith(("单位", "企业", "机关", "部门")) or any(person in prefix for person in people):
        return False
    rest = _without_leading_places(prefix)  # places (横州, 江阴) qualify; jieba may cut them up
    for word in tokens_before(rest, len(rest), len(rest)):
        tag = word_tag(word)
        if tag in ("m", "mq"):
            continue  # ordinals and counts belong to names (第N巡回指导组, 十三届)
        named = tag in ("nr", "nrfg", "nrt") and len(word) > 1 and not _PLACE_END.search(word)  # 高新区 nr
        if is_boundary_word(word) or named or (len(word) == 1 and tag in _FUNCTION_TAGS):
            return False  # a verb, adverb, adjective or someone's name before it: a clause
    return True


def _people_by_doc(p: _Pooled) -> dict[str, set[str]]:
    """document → the names of the people with evidence in it (made when first asked: two steps ask)."""
    if p.people is None:
        p.people = defaultdict(set)
        for pool in p.pools.values():
            if pool.first.type == "Person":
                for doc in {ev.document for ev in pool.evidence}:
                    p.people[doc].add(pool.first.name)
    return p.people


def _by_document(p: _Pooled, keys: Iterable[str]) -> dict[str, list[str]]:
    """document → the keys among `keys` with evidence in it, in key order."""
    in_doc: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        for doc in {ev.document for ev in p.pools[key].evidence}:
            in_doc[doc].append(key)
    return in_doc


def _tails_in_document(p: _Pooled, remap: Remap, in_doc: dict[str, list[str]]) -> None:
    """In one report a body named again by the tail of its name is that body (_tails_of).  `in_doc`: the
    bodies of each report, a bare kind (工作队) too: the one body of the report it can stand for."""
    for doc, keys in in_doc.items():
        found = _found_in(p, doc)
        # (the people of each report are gathered, once, only when a report is read in the pooled sets)
        for short, longer in found.tails if found is not None else _tails_of(keys, _people_by_doc(p)[doc]):
            remap.by_doc[(short, doc)] = longer


def _found_in(p: _Pooled, doc: str) -> _Findings | None:
    facts = p.docs.get(doc)
    return facts.found if facts is not None else None


def _tails_of(keys: Sequence[str], people: set[str]) -> list[tuple[str, str]]:
    """(short key, the body it stands for) of one report, whose bodies are `keys` (in key order) and who names
    the people `people`: a body named again by the tail of its name is that body, 连心桥公益服务社 after
    某区某某公益服务社, 巡回指导组 after 中央第N巡回指导组 (only where one body of the report ends so, and not
    for a name complete by itself: 中央书记处 is not 共青团中央书记处)."""
    if len(keys) < 2:
        return []
    names = {k: k.partition(":")[2] for k in keys}  # (an organisation's key is its name)
    ending: dict[str, list[str]] = defaultdict(list)  # last character → the bodies (not generic) ending so
    for k in keys:
        if not is_generic_org(names[k]):
            ending[names[k][-1:]].append(k)
    pairs = []
    for short in keys:
        name = names[short]
        if _NATIONAL.match(name) or not _tail_can_stand_for(name):
            continue
        longer = [k for k in ending.get(name[-1:], ()) if len(names[k]) > len(name) and names[k].endswith(name)]
        if len(longer) == 1 and _prefix_names_the_body(names[longer[0]][: -len(name)], people):
            pairs.append((short, longer[0]))
    return pairs


def _aliases_in_document(p: _Pooled, remap: Remap, in_doc: dict[str, list[str]]) -> None:
    """In one report a body named again by a name it is known by is that body: 欧佩克 beside 石油输出国组织,
    青联 beside 中华全国青年联合会, a tail the extraction read as an alias (佳木斯深空站 of 西安卫星测控中心佳木斯深空站)
    but that the report also writes alone; not where two bodies of the report go by that name, nor 共产党
    beside the Party (中古同为共产党领导的国家: the word for any communist party).  `in_doc`: the bodies of each
    report that are nodes."""
    nodes = {key for keys in in_doc.values() for key in keys}
    aliases = {key: p.pools[key].names - {p.pools[key].first.name} for key in nodes
               if p.pools[key].first.name not in THE_PARTY and len(p.pools[key].names) > 1}
    for doc, keys in in_doc.items():
        known_by: dict[str, set[str]] = defaultdict(set)
        for key in keys:
            for alias in aliases.get(key, ()):
                known_by[alias].add(key)
        if not known_by:
            continue  # (most reports: no body of theirs is known by another name)
        for short in keys:
            others = known_by.get(p.pools[short].first.name)
            if not others or others == {short}:
                continue  # no other body of the report known by this name
            if p.pools[short].first.name in national_official_names():
                # a national body written by its own official name is that body, though another is known by it
                # where one body hangs the other's nameplate (中央宣传部（国务院新闻办公室）): 由中共中央宣传部、
                # 国务院新闻办公室主办 names two
                continue
            # (where the names are already one node, 中共中央X → 中央X, nothing is left to do)
            bodies = {remap.target(k, doc) for k in others - {short}}
            bodies -= {remap.target(short, doc), None}
            if len(bodies) == 1 and (short, doc) not in remap.by_doc:
                remap.by_doc[(short, doc)] = bodies.pop()


def _abbreviations_in_document(p: _Pooled, remap: Remap, in_doc: dict[str, list[str]]) -> None:
    """In one report a body named again by an abbreviation of its name is that body: 东电公司 after
    东京电力公司, 中建集团 after 中国建筑集团 (where the bodies of the report it abbreviates are one node).
    `in_doc`: the bodies of each report that are nodes."""
    for doc, keys in in_doc.items():
        found = _found_in(p, doc)
        for short, fulls in found.abbreviations if found is not None else _abbreviations_of(keys):
            if (short, doc) not in remap.by_doc:
                longer = {remap.target(k) for k in fulls}
                if len(longer) == 1:
                    remap.by_doc[(short, doc)] = longer.pop()


def _abbreviations_of(keys: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(short key, the bodies its name abbreviates) of one report whose bodies that are nodes are `keys`."""
    if len(keys) < 2:
        return []  # (an abbreviation of a body the report does not name is not asked for)
    names = {k: k.partition(":")[2] for k in keys}
    opening: dict[str, list[str]] = defaultdict(list)  # character → the bodies an abbreviation may open with it
    longest: dict[str, int] = defaultdict(int)  # character → the longest name among them
    for k in keys:
        for c in _abbreviation_initials(names[k]):
            opening[c].append(k)
            longest[c] = max(longest[c], len(names[k]))
    found = []
    for short in keys:
        name = names[short]
        # (an abbreviation has two characters at least and the name two more: `_abbreviates` is asked only then)
        if len(name) < 2 or longest.get(name[0], 0) < len(name) + 2:
            continue
        fulls = tuple(k for k in opening[name[0]] if len(names[k]) >= len(name) + 2 and _abbreviates(name, names[k]))
        if fulls:
            found.append((short, fulls))
    return found


# words a name opens with that its abbreviation leaves out: the country's (中国国际航空 → 国航) or a region's
# (an invented 华南铁路管理委员会 → 铁管会); and a committee abbreviated to its last character (管委会)
_LEFT_OUT_FIRST = ("中国", "华东", "华南", "华北", "华中", "西北", "西南", "东北")
_COMMITTEE = "委员会"


def _abbreviation_initials(name: str) -> set[str]:
    """The characters an abbreviation of `name` may open with (see `_abbreviates`): its first, and the one after
    a word left out first (中国国际航空 → 国航)."""
    return {name[:1]} | {name[len(w):len(w) + 1] for w in _LEFT_OUT_FIRST if name.startswith(w)}


def _left_out_in_two_places(short: str, name: str) -> bool:
    """Whether `short` can be read in `name` (its characters in order) leaving out characters in two places at
    least: two words cut short leave out the ends of both, and the second's first character stands between
    (叙国防部 in 叙利亚国防部, 山东大学 in 山东理工大学 leave out one run: no abbreviation, whatever the words).
    Not so with 委员会 written 会 after a word cut short (both left-out parts may touch): not asked then."""
    states = {(0, 0, False)}  # (characters of `short` read, runs left out so far (2: enough), in one now)
    for c in name:
        states = {(i, min(runs + (not open_), 2), True) for i, runs, open_ in states} \
            | {(i + 1, runs, False) for i, runs, open_ in states if i < len(short) and short[i] == c}
    return (len(short), 2, True) in states or (len(short), 2, False) in states


# one-character kinds a ministry's name may end in that ORG_SUFFIXES leaves out (广播电影电视部: 部 ends many words
# besides bodies' names); 局, 委, 厅, 署 are among _BODY_KINDS already
_ONE_CHARACTER_KINDS = "部院办"


def _abbreviation_parts(word: str) -> list[str]:
    """A word of a name as an abbreviation takes it apart: a word of four or six characters as words of two,
    and a body's name jieba knows whole (广播电影电视部 → 广电部) as its words of two and its kind."""
    kind = ""
    if len(word) >= 5:
        kind = _BODY_KINDS.longest(word) or (word[-1] if word[-1] in _ONE_CHARACTER_KINDS else "")
    if kind and (len(word) - len(kind)) in (4, 6):
        return _abbreviation_parts(word[:-len(kind)]) + [kind]
    return [word[k:k + 2] for k in range(0, len(word), 2)] if len(word) >= 4 and len(word) % 2 == 0 else [word]


@functools.lru_cache(maxsize=65536)  # (the same two bodies are named together in many reports)
def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is `name` abbreviated as the press abbreviates: the first characters of some of its
    words (a word of four or six characters read as words of two), its last word (the kind of body) among
    them, the rest left out, and at least two words cut short (东京电力公司 → 东电公司, 美国环境保护署 →
    美国环保署).  Dropping whole words makes another body's name (北京航空航天大学 → 北京大学, 中国建设银行 →
    中国银行), as does keeping a word's end (中国电力科学研究院 → 中国科学院), leaving out the kind
    (…联邦储备银行 → 美联储: the bank of one city is not the system) or a place or a number that tells
    bodies apart (…第二医院西藏医院): none is an abbreviation."""
    if len(short) == 2:
        return _initials_of_two_words(short, name)
    if len(short) < 3 or len(name) < len(short) + 2 or short in name or short.endswith("有限公司") \
            or not in_order(short, name) or _a_states_own_body(short):
        return False  # (a registered name, …集团有限公司, is a company's full name)
    if short[0] != name[0]:
        lead = next((w for w in _LEFT_OUT_FIRST if name.startswith(w) and name[len(w):len(w) + 1] == short[0]), "")
        if not lead:
            return False
        name = name[len(lead):]
    if not short.endswith("公司"):
        name = _without_legal_form(name)  # (中建集团: …集团有限公司)
    if not (_COMMITTEE in name and _COMMITTEE[-1] in short) and not _left_out_in_two_places(short, name):
        return False  # (before jieba cuts the name: most pairs end here)
    words = [part for word in tokens_before(name, len(name), len(name)) for part in _abbreviation_parts(word)]
    gaz = divisions()

    def may_go(word: str) -> bool:  # a word the abbreviation may leave out
        return word_tag(word) != "m" and not gaz.has_name(word) and not countries_in(word)

    @functools.cache  # (each (word, character) pair is reached along many ways of cutting)
    def most_cut(i: int, k: int) -> int:  # most words cut short making short[k:] of words[i:]; -1 for none
        if k == len(short):
            return 0 if i == len(words) else -1
        if i == len(words):
            return -1
        word = words[i]
        best = most_cut(i + 1, k) if i < len(words) - 1 and may_go(word) else -1
        if word == _COMMITTEE and short.startswith(_COMMITTEE[-1], k) and (rest := most_cut(i + 1, k + 1)) >= 0:
            best = max(best, rest + 1)
        for n in range(1, min(len(word), len(short) - k) + 1):
            if short[k:k + n] != word[:n]:
                break
            rest = most_cut(i + 1, k + n)
            if rest >= 0:
                best = max(best, rest + (n < len(word)))
        return best

    return most_cut(0, 0) >= 2


# two characters that name a kind of body at every level (a congress, a conference), whatever else they abbreviate
# (人大 is also 中国人民大学's)
_KINDS_OF_BODY_SHORT = frozenset(("人大", "政协"))
# a state's own bodies, named by the country and their kind (美国国会, 日本政府): no abbreviation of another body
# (美国国会 is not 美国国家科学委员会, whose 国 and 会 it also holds)
_STATE_BODIES = ("国会", "议会", "政府", "内阁")


def _a_states_own_body(name: str) -> bool:
    return name.endswith(_STATE_BODIES) and name[:-2] in countries()


def _initials_of_two_words(short: str, name: str) -> bool:
    """An abbreviation of two characters is the first characters of the two words of the name, once the country it
    opens with, its legal form and 集团 are left out (中国国际航空股份有限公司 → 国航, 北京大学 → 北大, 加拿大航空公司 →
    加航): with more words, or a word left out between, two characters name too many bodies to say which.  The words
    are two of two characters, or a country of three and a word of two: read without jieba, whose dictionary a
    resolution that asked it for every pair of a report's bodies loaded whole (50 MB more in the build's parent)."""
    if short in _KINDS_OF_BODY_SHORT or short[1] not in name:
        return False
    lead = next((w for w in _LEFT_OUT_FIRST if name.startswith(w) and name[len(w):len(w) + 1] == short[0]), "")
    stem = _without_legal_form(name[len(lead):]).removesuffix("集团")
    if len(stem) == 4:
        return short == stem[0] + stem[2]
    return len(stem) == 5 and stem[:3] in countries() and short == stem[0] + stem[3]


# --- people ----------------------------------------------------------------------------------------

# national bodies: a post there is held by one person corpus-wide
_NATIONAL = re.compile(r"^(?:中共中央|中共全国|中国共产党|中央|国务院|全国|国家|中华全国|最高人民|中国)"
                       # the Youth League's centre and the other parties' central committees (民革中央, 农工党中央)
                       r"|^(?:共青)?团中央|^[\u4e00-\u9fff]{0,4}(?:党|学社|民革|民盟|民建|民进|台盟)中央"
                       # a ministry named without its country, and its Party group (商务部党组); not a
                       # department of a committee (县委组织部, or 组织部 named alone)
                       r"|^(?!.*委)(?!(?:组织|宣传|统战|社会工作)部)[\u4e00-\u9fff]{2,10}部(?:原?党组)?$")
# what a person is rather than an office held: many people share these, so they identify no one
_NOT_OFFICE = re.compile(r"代表|(?<!常|务|局|央)委员$|记者|编辑|通讯员|网格员|志愿者|党员|成员|群众|居民|村民")
# a post held before (时任福州市委书记, 原村党支部书记) tells where someone was, not where they are: it
# conflicts with no other post
_FORMER_WORDS = "时任|曾任|前任|历任"
_FORMER = re.compile(rf"^(?:{_FORMER_WORDS}|原)")
# a deputy's or a member's post (副局长, 党组成员): who holds one at a city's office holds no national or provincial
# office (the chair of a games' organising committee in a city may well, and any office holder may sit in a 会:
# 组委会, 协会, 学会 are left out)
_DEPUTY = re.compile(r"^(?:常务)?副|^(?:党组|党委|党工委)?成员$|^(?:党组|党委)?委员$")
# the same words before the body the post is read at, the places it is named after between (时任福州市委书记,
# 时任青山县河口村党支部书记, invented: the relation starts at the body)
_HELD_BEFORE = re.compile(rf"(?:{_FORMER_WORDS}|原任)[^，。；！？,;!?的和与及]{{0,20}}$|原$")
_COUNTY = 6  # people are told apart down to the county: posts below it anchor at their county


@dataclass
class _Occurrence:
    """One person key as read in one document."""

    doc: str
    senior: bool  # holds a national or provincial office there
    anchors: frozenset[str]  # county codes of the local posts held there
    provinces: frozenset[str] = frozenset()  # codes of the provinces of the senior offices held there
    cities: frozenset[str] = frozenset()  # codes of the cities of the city posts held there (no other post)
    country: str = ""  # the one foreign country whose office the person is named with there (阿联酋总统穆罕默德)


def _org_places(p: _Pooled, remap: Remap) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]:
    """Per (organisation, document): codes of the places it sits in, and the bodies it is part of."""
    located: dict[tuple[str, str], set[str]] = defaultdict(set)
    parents: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (h, pred, t, _), evs in p.relations.items():
        if pred not in ("locatedIn", "partOf") or not h.startswith("Organization:"):
            continue
        for doc in {ev.document for ev in evs}:
            # keyed by the node the body went to, as the posts look it up (中共湖南省委, where another report
            # writes 湖南省委 and the relation was read on that name)
            head, tail = remap.target(h, doc), remap.target(t, doc)
            if head is None or tail is None:
                continue
            if pred == "locatedIn":
                code = code_of(tail)
                if code:
                    located[(head, doc)].add(code)
            else:
                parents[(head, doc)].add(tail)
    return located, parents


def _standing(codes: set[str]) -> tuple[bool, set[str]]:
    """(senior?, county anchors) of a post at a body or place with these codes: a province's office is
    senior; one at a county or below anchors there; a city's neither (city officials move between
    cities, and a city is too coarse to tell two grassroots people apart)."""
    local = {c[:_COUNTY] for c in codes if len(c) >= _COUNTY}
    return (not local and any(len(c) == 2 for c in codes)), local


def _org_standing(org: str, doc: str, located, parents, depth: int = 0) -> tuple[bool, set[str]]:
    """_standing of a body as read in `doc`: by where it sits, else by a national name, else by the
    body it is part of."""
    codes = located.get((org, doc))
    if codes:
        return _standing(codes)
    if _NATIONAL.match(org.partition(":")[2]):
        return True, set()
    if depth < 3:
        for parent in sorted(parents.get((org, doc), ())):
            senior, local = _org_standing(parent, doc, located, parents, depth + 1)
            if senior or local:
                return senior, local
    return False, set()


def _org_codes(org: str, doc: str, located, parents, depth: int = 0) -> set[str]:
    """Codes of the places a body sits in as read in `doc`, else those of the body it is part of."""
    codes = located.get((org, doc))
    if codes or depth >= 3:
        return set(codes or ())
    for parent in sorted(parents.get((org, doc), ())):
        codes = _org_codes(parent, doc, located, parents, depth + 1)
        if codes:
            return codes
    return set()


def _occurrences(p: _Pooled, remap: Remap) -> dict[str, list[_Occurrence]]:
    """Every (person key, document) with what its posts in that document say, for the people read in
    several reports (one read in one report is one person: nothing to tell apart)."""
    located, parents = _org_places(p, remap)
    # (a short reference already tied to the full name of its report is not an occurrence of its own)
    read_in_several = {key: docs for key, by_doc in p.person_aliases.items()
                       if len(docs := [doc for doc in sorted(by_doc) if (key, doc) not in remap.by_doc]) > 1}
    posts: dict[tuple[str, str], list[tuple[str, str, bool]]] = defaultdict(list)
    for (h, pred, t, role), evs in p.relations.items():
        if pred == "holdsPost" and h in read_in_several:
            by_doc: dict[str, list[Evidence]] = defaultdict(list)
            for ev in evs:
                by_doc[ev.document].append(ev)
            for doc, read in by_doc.items():
                posts[(h, doc)].append((role, t, all(_HELD_BEFORE.search(ev.sentence, 0, ev.start) for ev in read)))
    out: dict[str, list[_Occurrence]] = {}
    for key, docs in read_in_several.items():
        occs = []
        read_in: dict[str, list[Evidence]] = defaultdict(list)  # the mentions by document, made when first asked
        for doc in docs:
            senior, anchors, provinces, cities = False, set(), set(), set()
            for role, tail, before in posts.get((key, doc), ()):
                goal = remap.target(tail, doc)
                if goal is None or _NOT_OFFICE.search(role):
                    continue
                if goal.startswith("Organization:"):
                    s, local = _org_standing(goal, doc, located, parents)
                    codes = _org_codes(goal, doc, located, parents)
                else:
                    codes = {code_of(goal)} - {""}
                    s, local = _standing(codes)
                senior |= s
                provinces |= {c for c in codes if len(c) == 2} if s else set()
                if not (before or _FORMER.match(role) or _FORMER.match(goal.partition(":")[2])):
                    anchors |= local
                    if not (s or local) and _DEPUTY.match(role) and not goal.endswith("会"):
                        cities |= {c for c in codes if len(c) == 4}
            found = _found_in(p, doc)
            if senior or anchors or cities:
                country = ""
            elif found is not None:
                country = found.offices.get(key, "")
            else:
                if not read_in:
                    for ev in p.pools[key].evidence:
                        read_in[ev.document].append(ev)
                country = _country_of_office(p.pools[key].first.name, read_in[doc])
            occs.append(_Occurrence(doc, senior, frozenset() if senior else frozenset(anchors), frozenset(provinces),
                                    frozenset() if senior or anchors else frozenset(cities), country))
        out[key] = occs
    return out


# an office of a foreign state or its ruling house, written between the country and the name (阿联酋总统穆罕默德,
# 沙特王储兼首相穆罕默德, 卡塔尔首相兼外交大臣穆罕默德, 俄外长拉夫罗夫); a body's name may stand between
# (俄罗斯自由民主党主席: group 1), no clause mark may
_FOREIGN_OFFICE = re.compile(r"([\u4e00-\u9fff]{0,10}?)(?:总统|总理|首相|国王|女王|王储|王子|亲王|埃米尔|苏丹|国家元首|"
                             r"元首|议长|外长|防长|国务卿|外交大臣|[^兼]{0,4}部长|大臣|总督|主席|总书记|领导人)"
                             r"(?:兼[\u4e00-\u9fff]{0,8}?(?:总理|首相|外交大臣|部长|大臣|主席|总司令))?$")
# what every match of _FOREIGN_OFFICE ends with (its offices' last words, 兼… included): a text before a name that
# ends otherwise, as nearly all do, names no office there
_OFFICE_ENDINGS = ("总统", "总理", "首相", "国王", "女王", "王储", "王子", "亲王", "埃米尔", "苏丹", "元首", "议长", "外长",
                   "防长", "国务卿", "大臣", "部长", "总督", "主席", "总书记", "领导人", "总司令")
_TO_A_COUNTRY = "驻访赴"  # 驻美国使馆参赞, 访问沙特: the country is where someone goes, not whose office
_FOREIGN_WINDOW = 16  # characters before the name: the country and its office


def _office_before_name(before: str) -> tuple[str, str]:
    """(country, office) of the office the text just before a name ends with (阿联酋总统 → (阿拉伯联合酋长国, 总统),
    俄罗斯自由民主党主席 → 俄罗斯's, 美国钢铁工人联合会主席 → (美国, 钢铁工人联合会主席)), else ("", "") (an initial, 俄外长,
    is left: it may open several countries' names)."""
    if not before.endswith(_OFFICE_ENDINGS) and not before.endswith("\n"):  # ($ matches before a final newline too)
        return "", ""
    found = sorted(((start, end) for start, end, _ in _country_matches(before)), key=lambda m: (-m[0], m[1]))
    for start, end in found:  # the nearest country first; 南苏丹, not the 苏丹 inside it
        if any(s <= start and e >= end and (s, e) != (start, end) for s, e in found) \
                or (start and before[start - 1] in _TO_A_COUNTRY):
            continue
        office = _FOREIGN_OFFICE.match(before, end)
        # (not 哥伦比亚总统佩特罗和国家主席, 遭美国强行控制的委总统: a clause between, not a body's name)
        if office and (not office.group(1) or _prefix_names_the_body(office.group(1), set())
                       or _ACTING.fullmatch(office.group(1))):
            return _table_name(before[start:end]), before[end:].strip()
    return "", ""


# what an office is for the time being (黎巴嫩看守政府总理, 委内瑞拉代总统, 当选总统): no clause, though 看守 is a verb
_ACTING = re.compile(r"看守政府|过渡政府|临时政府|看守|过渡|临时|代理?|前|时任|新任|候任|当选")


def _country_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of every country `text` names."""
    return [(start, start + len(country), country) for country in sorted(countries_in(text))
            for start in occurrences(text, country)]


def _country_of_office(name: str, evidence: list[Evidence]) -> str:
    """The one country whose office `name` is written after in these mentions of one report (阿联酋总统
    穆罕默德), else "" (none, or two: a report may list two heads of state of one name)."""
    found = {country for country, _ in _offices_before(name, evidence, line_start=True)}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _offices_before(name: str, evidence: Iterable[Evidence],
                    line_start: bool = False) -> Iterator[tuple[str, str]]:
    """(country, office) of each mention of `name` in these mentions' sentences written right after an office's
    ending (and, with `line_start`, at a line's start), ("", "") where no country's office ends there
    (_office_before_name)."""
    for sentence in {ev.sentence for ev in evidence}:
        for at in occurrences(sentence, name):
            start = max(0, at - _FOREIGN_WINDOW)
            # (the test `_office_before_name` opens with, made on the sentence: most windows end otherwise)
            if sentence.endswith(_OFFICE_ENDINGS, start, at) or (line_start and sentence.endswith("\n", start, at)):
                yield _office_before_name(sentence[start:at])


def _findings(dg: DocGraph, title: str) -> _Findings:
    """What the per-report steps find in the report of `dg`, its one graph (see _Findings)."""
    evidence_of: dict[str, set[Evidence]] = defaultdict(set)  # key → its evidence in the report
    kind: dict[str, str] = {}
    for e in dg.entities:
        if e.evidence:
            evidence_of[e.key].update(e.evidence)
            kind[e.key] = e.type
    bodies = sorted(k for k in evidence_of if kind[k] == "Organization")
    people = sorted(k for k in evidence_of if kind[k] == "Person")
    names = {k.partition(":")[2] for k in people}
    sentences = {ev.sentence for evidence in evidence_of.values() for ev in evidence}
    offices = {key: country for key in people
               if (country := _country_of_office(key.partition(":")[2], list(evidence_of[key])))}
    nodes = [k for k in bodies if not is_generic_org(k.partition(":")[2])]
    return _Findings(tuple(_tails_of(bodies, names)), tuple(_abbreviations_of(nodes)),
                     _named_countries(sentences, title), offices)


def _cluster(occs: list[_Occurrence], docs: dict[str, _DocFacts],
             countries_named: Callable[[set[str]], dict[str, set[str]]] | None = None) -> dict[str, str]:
    """document → cluster label: "" for the senior or unplaced person, else the lowest county code of a
    local one (a city's code for a city office holder told apart from the senior one), else, where the
    name holds offices of several foreign countries, the country (阿联酋总统穆罕默德 is not 乍得总统穆罕默德).
    Occurrences sharing a county are one person (union-find over the counties that one occurrence names
    together); a mention without an office is the one of the country its report names (`countries_named`:
    documents → the countries each names, asked only for a name with offices of several countries)."""
    parent: dict[str, str] = {}

    def find(a: str) -> str:
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for o in occs:
        anchors = sorted(o.anchors)
        for a in anchors:
            ra, rb = find(anchors[0]), find(a)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, set[str]] = defaultdict(set)
    for a in parent:
        members[find(a)].add(a)
    label_of = {a: min(members[find(a)]) for a in parent}
    members = {min(m): m for m in members.values()}
    locals_ = sorted(members)
    has_senior = any(o.senior for o in occs)
    abroad = sorted({o.country for o in occs if o.country})
    named_in = countries_named({o.doc for o in occs}) if len(abroad) > 1 and countries_named is not None else {}
    senior_provinces = {c for o in occs if o.senior for c in o.provinces}
    out: dict[str, str] = {}
    for o in occs:
        if o.senior:
            out[o.doc] = ""
        elif o.anchors:
            out[o.doc] = label_of[min(o.anchors)]
        elif o.cities and has_senior and not any(c[:2] in senior_provinces for c in o.cities):
            # 上饶市工信局副局长沈晓明 is not the 湖南省委书记 of that name: a deputy at a city's body is the senior one
            # only in a province where that one holds office; else the local one inside the city, else one of its own
            inside = {label_of[a] for a in parent if any(a.startswith(c) for c in o.cities)}
            out[o.doc] = inside.pop() if len(inside) == 1 else min(o.cities)
        elif len(abroad) > 1 and o.country:
            out[o.doc] = o.country
        else:
            out[o.doc] = _place_unanchored(docs[o.doc], locals_, members, has_senior)
            named = [c for c in abroad if c in named_in.get(o.doc, ())]
            if len(abroad) > 1 and not out[o.doc] and len(named) == 1:
                out[o.doc] = named[0]
    return out


def _place_unanchored(facts: _DocFacts, locals_: list[str], members: dict[str, set[str]], has_senior: bool) -> str:
    """The person a mention without a post is: see the module docstring (the order of evidence)."""
    named = {lab for lab in locals_ for a in members[lab] for m in facts.places
             if len(m) >= 4 and (a.startswith(m) or m.startswith(a))}
    if len(named) == 1:
        return named.pop()
    if has_senior:
        return ""
    province = facts.province()
    same = [lab for lab in locals_ if province and any(a.startswith(province) for a in members[lab])]
    if len(same) == 1:
        return same[0]
    if len(locals_) == 1:
        return locals_[0]
    return ""


# kinship words after a surname (赵大伯, 李奶奶) name somebody else of that family, not the person
_KINSHIP = ("奶奶", "爷爷", "大伯", "大爷", "大妈", "大娘", "阿姨", "大姐", "大哥", "叔叔", "婶婶", "阿婆", "婆婆",
            "老人", "老汉", "姥姥", "伯伯", "嫂")


def _tie_references(p: _Pooled, remap: Remap) -> None:
    """A node that is only a short reference (小吴, 孙书记, 王主任) is, in each report, the one full name
    of that surname the report gives (吴建平): its alias, not a person of its own.  A mention finder
    may read such references as names; where no one full name fits they are left as they are."""
    keys_named: dict[str, list[str]] = defaultdict(list)
    for key in p.person_aliases:
        keys_named[p.pools[key].first.name].append(key)

    @functools.cache  # (made for the few names asked: references and the full names they may be)
    def starts(name: str) -> dict[str, list[int]]:
        """document → where `name` is named in it."""
        at: dict[str, list[int]] = defaultdict(list)
        for key in keys_named[name]:
            for ev in p.pools[key].evidence:
                at[ev.document].append(ev.start)
        return at

    people = _people_by_doc(p)
    for key in sorted(p.person_aliases):
        name = p.pools[key].first.name
        if not p.pools[key].reference or name.endswith(_KINSHIP):
            continue
        surname = name_references(name)[0][2]
        for doc in sorted(p.person_aliases[key]):
            fits = [n for n in people[doc] if n != name and n.startswith(surname) and len(n) > len(surname)
                    and not _is_reference(n)]
            if len(fits) > 1:
                fits = _nearest_full_name(fits, min(starts(name)[doc]), lambda n: starts(n)[doc])
            if len(fits) == 1:
                remap.by_doc[(key, doc)] = f"Person:{fits[0]}"


_REFERENCE_AHEAD = 60  # “小吴很实在……”提起吴建平: a quote may name its speaker's subject just after


def _nearest_full_name(fits: list[str], at: int, where) -> list[str]:
    """Of several full names of the reference's surname, the one named nearest before it (as
    extraction decides), else the only one named shortly after it."""
    before = [(max(s for s in where(n) if s < at), n) for n in fits if any(s < at for s in where(n))]
    if before:
        return [max(before)[1]]
    after = [n for n in fits if any(at < s <= at + _REFERENCE_AHEAD for s in where(n))]
    return after if len(after) == 1 else []


@functools.lru_cache(maxsize=65536)  # (asked for every person of a report a reference is read in)
def _is_reference(name: str) -> bool:
    refs = name_references(name)
    return len(refs) == 1 and refs[0][:2] == (0, len(name))


def _foreign_names_by_a_part(p: _Pooled, remap: Remap) -> None:
    """A foreign name is written in full once (唐纳德·特朗普, 普拉博沃·苏比延多) and by one part of it, its first or
    its last, everywhere else (特朗普, 普拉博沃).  Where a report writes the full name and then the part, and the
    part belongs to no other full name in the graph, the part is that person in each report that names a
    country such a report names (the reports on 阿根廷总统费尔南德斯 are not on 哥斯达黎加's 劳拉·费尔南德斯).  A
    report that names the part first speaks of someone else of that name (美国总统拜登赦免其子亨特·拜登: the
    father and the son stay two); 亚历山大, the first part of several names, stays as written."""
    people = {pool.first.name: key for key, pool in p.pools.items() if pool.first.type == "Person"}
    fulls_of: dict[str, set[str]] = defaultdict(set)
    for name in people:
        parts = name.split("·")
        if len(parts) > 1:
            for part in {parts[0], parts[-1]}:
                fulls_of[part].add(name)
    pairs: list[tuple[str, str, set[str]]] = []  # (part, full name, the reports that write both so)
    for part, fulls in sorted(fulls_of.items()):
        if len(fulls) == 1 and part in people and len(part) > 1:
            short, full = people[part], people[next(iter(fulls))]
            together = _named_in_full_first(p.pools[full], p.pools[short], p.docs)
            if together:
                pairs.append((short, full, together))
        elif part in people and len(part) > 1:
            _part_of_the_reports_one_full_name(p, remap, people[part], [people[f] for f in sorted(fulls)])
    if pairs:
        named = _countries_named(p, {doc for short, _, _ in pairs for doc in _docs_of(p.pools[short])})
        for short, full, together in pairs:
            home = set().union(*(named[doc] for doc in together))
            for doc in _docs_of(p.pools[short]):
                if (doc in together or home & named[doc]) and (short, doc) not in remap.by_doc:
                    remap.by_doc[(short, doc)] = full
    _parts_by_office(p, remap, people, fulls_of)
    _full_names_written_alone(p, remap, people, fulls_of)


def _full_names_written_alone(p: _Pooled, remap: Remap, people: dict[str, str], fulls_of: dict[str, set[str]]) -> None:
    """A foreign name written in full in reports that never write it short (本雅明·内塔尼亚胡, once), whose part the
    archive writes alone in many reports (内塔尼亚胡, in hundreds), is the person those reports name, under the full
    name, where it is the one full name of that part, each of its reports names a country most reports of the part
    name, and most reports write the part after a head of state's or government's title (one holder at a time).  Not
    where a report writes both and the steps before left them two, nor a relative (美国总统拜登之子亨特·拜登: a report
    may read the father's part as the son's name, and so write no part of its own), nor a part written after other
    titles (伊朗陆军总司令穆萨维 beside 伊朗伊斯兰革命卫队高级指挥官赛义德·拉齐·穆萨维)."""
    for part, fulls in sorted(fulls_of.items()):
        if len(fulls) != 1 or part not in people or len(part) < 2:
            continue
        short, full = people[part], people[next(iter(fulls))]
        if remap.target(full) != full or remap.target(short) != short or full in remap.dropped:
            continue
        full_pool, short_pool = p.pools[full], p.pools[short]
        full_docs, short_docs = set(_docs_of(full_pool)), set(_docs_of(short_pool))
        if len(short_docs) < _WELL_KNOWN or full_docs & short_docs \
                or any(_RELATIVE.search(ev.sentence) for ev in full_pool.evidence):
            continue
        headed = {ev.document for ev in short_pool.evidence
                  if any(ev.sentence.endswith(_HEADS, 0, at) for at in occurrences(ev.sentence, part))}
        if 2 * len(headed) < len(short_docs):
            continue  # (穆萨维: an army's commander, a ministry's director; not a country's one head at a time)
        named = _countries_named(p, full_docs | short_docs)
        counts = Counter(c for d in short_docs for c in named[d])
        common = {c for c, n in counts.items() if 2 * n >= len(short_docs)}
        if common and all(named[d] & common for d in full_docs):
            remap.by_key[short] = full


# a relative named beside the one the part names (拜登之子亨特·拜登, 其夫人…)
_RELATIVE = re.compile(r"之子|其子|儿子|之女|女儿|妻子|夫人|丈夫|父亲|母亲|兄弟|姐妹|胞弟|胞兄|家族")


def _parts_by_office(p: _Pooled, remap: Remap, people: dict[str, str], fulls_of: dict[str, set[str]]) -> None:
    """A part of foreign names written after a foreign office (叙利亚总统巴沙尔) is, in each report the steps before
    left it in, the one full name of that part the graph writes after the same office (叙利亚总统巴沙尔·阿萨德, not
    巴沙尔·贾法里, an envoy; 吉尔吉斯斯坦总理扎帕罗夫 is 阿·扎帕罗夫, 吉尔吉斯斯坦总统扎帕罗夫 萨德尔·扎帕罗夫).  Full names of
    one part that hold one office and are forms of one name (萨·扎帕罗夫 of 萨德尔·扎帕罗夫, 易卜拉欣·莱希 of 赛义德·易卜拉欣·
    莱希) are one person, under the longest.  A report that writes the part after two offices is left as it is."""
    @functools.cache
    def held(key: str) -> frozenset[tuple[str, str]]:
        pool = p.pools[key]
        names = {pool.first.name}.union(*p.person_aliases.get(key, {}).values())
        return frozenset().union(*(_offices_read(name, pool.evidence) for name in names))

    for part, fulls in sorted(fulls_of.items()):
        keys = sorted(people[f] for f in fulls)
        for form in sorted(fulls):
            longer = [people[f] for f in sorted(fulls) if f != form and _form_of(form, f)
                      and held(people[form]) & held(people[f])]
            if len(longer) == 1 and people[form] not in remap.by_key:
                remap.by_key[people[form]] = longer[0]
        if part not in people or len(part) < 2:
            continue
        short = people[part]
        read_in: dict[str, list[Evidence]] = defaultdict(list)
        for ev in p.pools[short].evidence:
            if (short, ev.document) not in remap.by_doc:
                read_in[ev.document].append(ev)
        for doc, evidence in sorted(read_in.items()):
            office = _offices_read(part, evidence)
            if len(office) != 1:
                continue
            fits = {remap.target(k) for k in keys if office <= held(k)}
            if len(fits) == 1:
                remap.by_doc[(short, doc)] = fits.pop()


def _form_of(form: str, name: str) -> bool:
    """Whether the foreign name `form` is `name` written shorter: its first part by an initial (萨·扎帕罗夫 of 萨德尔·
    扎帕罗夫) or without its first parts (易卜拉欣·莱希 of 赛义德·易卜拉欣·莱希)."""
    short, full = form.split("·"), name.split("·")
    if len(short) == len(full) and len(short[0]) == 1:
        return full[0].startswith(short[0]) and len(full[0]) > 1 and short[1:] == full[1:]
    return 1 < len(short) < len(full) and full[-len(short):] == short


def _offices_read(name: str, evidence: Iterable[Evidence]) -> set[tuple[str, str]]:
    """(country, office) of each mention of `name` written after a foreign office (叙利亚总统巴沙尔 → (叙利亚, 总统);
    the office as written: a chair of one American body, 美国钢铁工人联合会主席, is not of another)."""
    return {(country, _head_of_state_or_government(office) or office)
            for country, office in _offices_before(name, evidence) if country}


# the one holder at a time of a country's top offices: written with what the office is now (黎巴嫩看守政府总理, 委内瑞拉
# 代总统, 过渡政府总理), the office itself; a deputy's stays a deputy's (副总统, 第一副总理)
_HEADS = ("总统", "总理", "首相", "国王", "女王", "埃米尔", "王储")


def _head_of_state_or_government(office: str) -> str:
    head = next((h for h in _HEADS if office.endswith(h)), "")
    if not head or "兼" in office:
        return ""
    return ("副" if office[:-len(head)].endswith("副") else "") + head


def _part_of_the_reports_one_full_name(p: _Pooled, remap: Remap, short: str, fulls: list[str]) -> None:
    """A part that several full names of the graph share (哈桑: 萨米娅·苏卢胡·哈桑, 哈桑·鲁哈尼…) is, in a report
    that writes one of them and then the part, and no other of them, that one: 欢迎…总统萨米娅·苏卢胡·哈桑…
    哈桑在习近平陪同下检阅. Only there: the other reports that write the part alone may mean any of them."""
    writing = {full: set(_docs_of(p.pools[full])) for full in fulls}
    for full in fulls:
        for doc in sorted(_named_in_full_first(p.pools[full], p.pools[short], p.docs)):
            if not any(doc in docs for other, docs in writing.items() if other != full) \
                    and (short, doc) not in remap.by_doc:
                remap.by_doc[(short, doc)] = full


@functools.lru_cache(maxsize=65536)  # (a short name's mentions are asked again for each full name it may be a part of)
def _is_headline(sentence: str, title: str) -> bool:
    """Whether a sentence is the report's title (as cleaned: full-width digits and brackets made plain), or
    a headline of one item of a news round-up (国际联播快讯: each item opens with a short line of its own, which
    no sentence mark ends: 哈亚出任巴勒斯坦伊斯兰抵抗运动领导人)."""
    plain = [unicodedata.normalize("NFKC", text.strip()) for text in (sentence, title)]
    return (bool(title) and plain[0] == plain[1]) or _ITEM_HEADLINE.fullmatch(plain[0]) is not None


# a line of at most 40 characters, no sentence mark in or at the end of it
_ITEM_HEADLINE = re.compile(r"[^。！？!?；;，,\n]{4,40}")


def _named_in_full_first(full: _Pool, short: _Pool, docs: dict[str, _DocFacts]) -> set[str]:
    """The reports that name `full` before they first name `short` below their headline (an invented 钢琴家贝尔曼今晚
    登台 over a report that then names 拉扎尔·贝尔曼: a headline names the person short before the text does)."""
    def first(pool: _Pool, below_headline: bool) -> dict[str, int]:
        at: dict[str, int] = {}
        for ev in pool.evidence:
            if not (below_headline and _is_headline(ev.sentence, docs[ev.document].title)):
                at[ev.document] = min(ev.start, at.get(ev.document, ev.start))
        return at

    in_full = first(full, False)
    return {doc for doc, start in first(short, True).items() if doc in in_full and in_full[doc] < start}


# the words that follow a name and that a mention finder may read into it (将 "will", 于 "at", 偕 "with", 提 of 提出)
_RUN_ON_WORDS = frozenset("于将向偕在与和同对就为把被到等作提代也又都")
_WELL_KNOWN = 10  # reports: a name read this often is the person's own


def _names_run_on_a_word(p: _Pooled, remap: Remap) -> None:
    """韩正将, 李希于, 洪森偕, 冯德莱恩提: a name whose last character is a word that follows names (将, 于, 偕), where the
    name without it is a person read in at least ten reports and five times as many as it: that person, in each of
    its reports, the character no part of the name (and no alias)."""
    keys = {p.pools[k].first.name: k for k in p.person_aliases}
    for key in sorted(p.person_aliases):
        name = p.pools[key].first.name
        base = keys.get(name[:-1]) if len(name) >= 3 and name[-1] in _RUN_ON_WORDS else None
        if base is None:
            continue
        read, read_base = len(p.person_aliases[key]), len(p.person_aliases[base])
        if read_base >= _WELL_KNOWN and read_base >= 5 * read:
            for doc in p.person_aliases[key]:
                remap.by_doc[(key, doc)] = base
            remap.run_on.add(key)


# the forms a company's name ends in, which a report leaves off when it names the company again
_COMPANY_FORMS = ("公司", "集团", "有限公司", "股份有限公司", "集团有限公司")


def _companies_read_as_people(p: _Pooled, remap: Remap) -> None:
    """比亚迪 in a report that names 比亚迪股份有限公司, 特斯拉 beside 特斯拉公司: a name read as a person's with no post in
    the graph, that a body the same report names goes by (its name or an alias, or its name less its company form), is
    that body there (and its short form)."""
    posted = {h for h, predicate, _, _ in p.relations if predicate == "holdsPost"}
    people = [k for k in sorted(p.person_aliases) if k not in posted]
    wanted = {p.pools[k].first.name + form for k in people for form in ("", *_COMPANY_FORMS)}
    bodies: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, name) → the bodies it names there
    for key, pool in p.pools.items():
        if pool.first.type != "Organization" or key in remap.dropped:
            continue
        # (a body whose own name is the name alone may be the person misread as a body: 戈洛夫琴科)
        named = {n for n in (pool.names | {pool.first.name}) & wanted
                 if n != pool.first.name or n.endswith(_COMPANY_FORMS)}
        if named:
            for doc in {ev.document for ev in pool.evidence}:
                for name in named:
                    bodies[(doc, name)].add(key)
    for key in people:
        name = p.pools[key].first.name
        for doc in sorted(p.person_aliases[key]):
            found = set().union(*(bodies.get((doc, name + form), set()) for form in ("", *_COMPANY_FORMS)))
            if len(found) == 1:
                remap.by_doc[(key, doc)] = found.pop()


def _resolve_people(p: _Pooled, remap: Remap) -> None:
    _companies_read_as_people(p, remap)
    _names_run_on_a_word(p, remap)
    _tie_references(p, remap)
    _foreign_names_by_a_part(p, remap)
    for key, occs in _occurrences(p, remap).items():
        labels = _cluster(occs, p.docs, lambda docs: _countries_named(p, docs))
        distinct = sorted(set(labels.values()))
        if len(distinct) == 1:
            continue  # one person: the provisional key stays
        for doc, lab in labels.items():
            if lab:
                remap.by_doc[(key, doc)] = f"{key}@{lab}"
        for lab in distinct:
            new = f"{key}@{lab}" if lab else key
            if new != key:
                remap.created[new] = Entity(new, "Person", p.pools[key].first.name)


def _sharing_a_name(kg: KnowledgeGraph, type_: str) -> set[str]:
    """The keys of the nodes of a type whose name another node of that type shares."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, e in kg.entities.items():
        if e.type == type_:
            by_name[e.name].append(key)
    return {k for keys in by_name.values() if len(keys) > 1 for k in keys}


def _person_notes(kg: KnowledgeGraph, docs: dict[str, _DocFacts]) -> dict[str, str]:
    """For people who share their name with another node, what sets them apart: the main post (the one
    read most often) and the place, 青山村党支部书记 · 江津区 · 重庆市."""
    split = _sharing_a_name(kg, "Person")
    best: dict[str, tuple[int, str, str]] = {}
    for r in kg.relations:
        if r.predicate == "holdsPost" and r.head in split:
            rank = (len(r.evidence), r.role, r.tail)
            best[r.head] = max(best.get(r.head, rank), rank)
    gaz = divisions()
    notes = {}
    for key in sorted(split):
        post = post_title(best[key][1], kg.entities[best[key][2]].name) if key in best else ""
        anchor = key.rpartition("@")[2] if "@" in key else ""
        if anchor and not anchor.isdigit():
            notes[key] = " · ".join(part for part in (post, anchor) if part)  # a foreign country's office holder
            continue
        if not anchor.isdigit():
            # the senior or unplaced one: the province its documents are mostly about
            weight = Counter(docs[ev.document].province() for ev in kg.entities[key].evidence)
            weight.pop("", None)
            anchor = min(weight, key=lambda c: (-weight[c], c)) if weight and not post else ""
        places = [d.name for d in (gaz.by_code(anchor), gaz.by_code(anchor[:2])) if d is not None]
        parts = [post] if post else []
        parts += [n for n in dict.fromkeys(places) if not any(n in part or part in n for part in parts)]
        notes[key] = " · ".join(parts) or "职务、地点不详"
    return notes


def _body_notes(kg: KnowledgeGraph) -> dict[str, str]:
    """For bodies that share their name with another node (a unit told apart by its host: _units_of_several_hosts),
    what sets them apart: the bodies they are part of, 首钢贵阳特殊钢有限责任公司."""
    shared = _sharing_a_name(kg, "Organization")
    hosts: dict[str, set[str]] = defaultdict(set)
    for r in kg.relations:
        if r.predicate == "partOf" and r.head in shared:
            hosts[r.head].add(r.tail)

    def told(key: str, depth: int = 0) -> str:
        # a host that shares its name too is told apart by its own hosts (炼钢党总支 · 首钢贵阳特殊钢有限责任公司)
        return " · ".join(kg.entities[h].name + (f" · {told(h, depth + 1)}" if h in shared and hosts[h] and depth < 3
                                                 else "") for h in sorted(hosts[key]))
    return {key: told(key) for key in sorted(shared) if hosts[key]}


def post_title(role: str, body: str) -> str:
    """A post as people say it: the body's name joined to the role without repeating their overlap
    (某小区党支部 + 党支部书记 → 某小区党支部书记, 中央书记处 + 书记 → 中央书记处书记)."""
    if not role:
        return body
    if role.startswith(body):
        return role
    for k in range(min(len(role), len(body)), 0, -1):
        if body.endswith(role[:k]):
            return body + role[k:]
    return body + role


# --- applying the decision ---------------------------------------------------------------------------

def _consistent(predicate: str, head: str, tail: str) -> bool:
    """A place moved to its coded node keeps no containment its code contradicts (the misread owner of
    某村 once it is the coded 某村 of another county)."""
    if predicate != "locatedIn":
        return True
    inner, outer = code_of(head), code_of(tail)
    return not (inner and outer and head.partition(":")[0] in PLACE_TYPES and not inner.startswith(outer))



def _rebuild(p: _Pooled, remap: Remap, kg: KnowledgeGraph) -> None:
    touched = remap.touched()
    out: dict[str, _Pool] = {}  # the merged nodes, pooled as the documents' were
    # nodes that still hold their pool's own sets: copied before anything is added to them, so that the pooled
    # state is left as it was pooled (it may be kept and merged again)
    borrowed: set[str] = set()

    def slot(key: str) -> _Pool:
        """The merged node `key`, to add to."""
        o = out.get(key)
        if o is None:
            template = p.pools[key].first if key in p.pools else remap.created[key]
            o = out[key] = _Pool(template, code=template.code)
        elif key in borrowed:
            borrowed.discard(key)
            o.names, o.evidence, o.in_order = set(o.names), set(o.evidence), None
        return o

    for key, pool in p.pools.items():
        if key not in touched and key not in out:
            # the common case: a node nothing was merged into takes its pool as it is (no copy)
            out[key] = _Pool(pool.first, pool.names, pool.evidence, pool.code or pool.first.code, pool.in_order)
            borrowed.add(key)
            continue
        if key not in touched:
            o = slot(key)
            o.names |= pool.names
            o.evidence |= pool.evidence
            o.code = o.code or pool.code
            continue
        by_target: dict[str, set[Evidence]] = defaultdict(set)
        for ev in pool.evidence:
            goal = remap.target(key, ev.document)
            if goal is not None:
                by_target[goal].add(ev)
        if not pool.evidence:
            goal = remap.target(key)
            if goal is not None:
                by_target[goal] = set()
        aliases = p.person_aliases.get(key)
        for goal, evs in by_target.items():
            o = slot(goal)
            o.evidence |= evs
            if key in remap.run_on:
                pass  # (韩正将: the name and a word, no name of the person's)
            elif aliases is not None:  # a person's aliases go where the documents they were read in went
                o.names.add(pool.first.name)
                for doc in {ev.document for ev in evs}:
                    o.names |= aliases.get(doc, set())
            elif goal != key and key in remap.kinds_only:
                pass  # (a text that names the campaign in full calls it so too: no alias)
            else:
                o.names |= pool.names
            o.code = o.code or pool.code
    for key in sorted({end for h, _, t, _ in remap.context for end in (h, t)} - set(out)):
        slot(key)  # the township and parents of a village the table coded: context nodes
    entities = {}
    for key in sorted(out):
        o = out[key]
        t = o.first
        name = t.name
        entities[key] = Entity(key, t.type, name, frozenset(o.names - {name}), o.code or t.code,
                               o.in_order if o.in_order is not None else tuple(sorted(o.evidence)),  # (in C)
                               t.lat, t.lon)
    relations: dict[RelKey, set[Evidence]] = {}
    lent: set[RelKey] = set()  # relations that still hold the pooled set (as `borrowed`)
    for rel, evs in p.relations.items():
        h, pred, t, role = rel
        if h not in touched and t not in touched:
            if rel in relations:
                relations[rel] |= evs  # (a set of its own: a moved relation came here first)
            else:
                relations[rel] = evs
                lent.add(rel)
            continue
        if not evs:
            h2, t2 = remap.target(h), remap.target(t)
            if h2 is not None and t2 is not None and h2 != t2 and _consistent(pred, h2, t2):
                relations.setdefault((h2, pred, t2, role), set())
            continue
        for ev in evs:
            h2, t2 = remap.target(h, ev.document), remap.target(t, ev.document)
            if h2 is not None and t2 is not None and h2 != t2 and _consistent(pred, h2, t2):
                moved = (h2, pred, t2, role)
                if moved in lent:
                    lent.discard(moved)
                    relations[moved] = set(relations[moved])
                relations.setdefault(moved, set()).add(ev)
    for rel in remap.context:
        relations.setdefault(rel, set())
    kg.entities = entities
    kg.relations = [Relation(h, pred, t, role, tuple(sorted(ev)))
                    for (h, pred, t, role), ev in sorted(relations.items())
                    if h in entities and t in entities]


@contextmanager
def _without_cycle_collection():
    """The records built here hold no reference cycles, but there are hundreds of thousands of them:
    the cycle collector would walk the whole heap again and again (half the time on the 18,898 xwlb
    items) and find nothing."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def merge(doc_graphs: Iterable[DocGraph]) -> KnowledgeGraph:
    pooling = Pooling()
    for dg in doc_graphs:  # with collection on: the documents may be extracted as they come
        pooling.add(dg)
    return merge_pooled(pooling)


def merge_pooled(pooling: Pooling) -> KnowledgeGraph:
    """The merged graph of what `pooling` holds.  The resolvers and _rebuild may change the pools they are
    given (a node nothing moved takes its pool's sets as they are): a pooling to be kept is saved first."""
    kg = KnowledgeGraph()
    kg.documents.update(pooling.documents)
    pooled = pooling.in_key_order()
    remap = Remap()
    with _without_cycle_collection():
        _resolve_places(pooled, remap)
        _resolve_orgs(pooled, remap)
        _resolve_programmes(pooled, remap)
        _resolve_people(pooled, remap)
        _rebuild(pooled, remap, kg)
    notes = _person_notes(kg, pooled.docs) | _body_notes(kg)
    for key, note in notes.items():
        e = kg.entities[key]
        kg.entities[key] = Entity(e.key, e.type, e.name, e.aliases, e.code, e.evidence, e.lat, e.lon, note=note)
    kg.documents = dict(sorted(kg.documents.items()))
    return kg
