"""One document's extraction: CleanText -> DocGraph (entities and relations of one document, with evidence).

Each finder does one job on the clean text (places, names, organisations, programmes, posts);
this module turns their mentions into entities with stable keys and relations with the sentence
they were read from.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

from ..clean import NARROWED_FIGURES
from ..gazetteer import divisions
from ..records import CleanText, DocGraph, DocumentInfo, Entity, Evidence, Mention, Relation, in_field_order
from .lexicon import (COMPANY_KINDS, GENERIC_HEADS, PARTY_BODIES, PROVINCE_INITIALS, ROLE_RE, ROLE_WORDS, SHIP, countries,
                      countries_in, country_initials, national_short_forms, occurrences, opening_forms)
from .mentions import Reading, Span, tagger
from .names import is_transliterated, name_references, transliteration_characters
from .orgs import (PLA_SERVICES, THE_PARTY, OrgMention, affiliations, beside_the_body_before, ends_as_body, find_orgs,
                   hall_of_memory, joined_delegation, name_without_its_kind, national_body, national_full_names)
from .people import (PostMention, byline_names, find_posts, given_name_ratios, is_compound_surname,
                     opens_with_single_surname, resolve_references, titles_after_names_at_home)
from .places import LEVEL_RANK, PlaceMention, find_places
from .programmes import (ProgrammeMention, acts, find_programmes, is_law, is_round_up, place_the_sentence_opens_with,
                         round_up_runners)
from .programmes import runners as programme_runners
from .tokens import _cut, splits_a_word, tokens_after, word_frequency, word_tag

__all__ = ["extract", "tag_many", "mention_spans"]

# the graph reads the mention model halfway between MSRA's and PFR's conventions (MSRA's alone
# reads short bodies and names such as 联通 or 启航 into the graph; PFR's alone loses names of today's
# leaders) and keeps full names only
GRAPH_READING = Reading(convention="mixed", full_names=True)


@dataclass
class _Draft:
    key: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    code: str = ""
    evidence: set[Evidence] = field(default_factory=set)
    lat: float | None = None
    lon: float | None = None


class _DocBuilder:
    """Collects entities and relations of one document, merging repeats by key."""

    def __init__(self, ct: CleanText):
        self.ct = ct
        self.doc_id = ct.document.id
        self.entities: dict[str, _Draft] = {}
        self.relations: dict[tuple[str, str, str, str], set[Evidence]] = {}
        # one span is evidence of several facts (an entity, its place, its posts), and one sentence
        # of several spans: read each once
        self._evidence: dict[tuple[int, int], Evidence] = {}
        self._sentences: dict[int, str] = {}

    def evidence(self, start: int, end: int) -> Evidence:
        found = self._evidence.get((start, end))
        if found is None:
            found = self._evidence[start, end] = self._read_evidence(start, end)
        return found

    def _read_evidence(self, start: int, end: int) -> Evidence:
        sent = self.ct.sentence_at(start)
        if sent.index >= 0 and end > sent.end:
            # a fact joining a mention to one named sentences before (该县…村 to the county, 隶属县委
            # to the county the report is about) is stated where the later one stands: that sentence,
            # and no span reaching out of it
            later = self.ct.sentence_at(end - 1)
            if later.index > sent.index:
                sent, start = later, max(start, later.start)
        if sent.index >= 0:
            sentence = self._sentences.get(sent.index)
            if sentence is None:
                sentence = self._sentences[sent.index] = self.ct.text[sent.start:sent.end].strip()
        else:
            sentence = self.ct.text[start:end]
        raw_start, raw_end = self.ct.raw_span(start, end)
        shift = self.ct.document.offset
        return Evidence(self.doc_id, sentence, raw_start + shift, raw_end + shift)

    def entity(self, key: str, type_: str, name: str, *, code: str = "", alias: str = "",
               span: tuple[int, int] | None = None, evidence: Evidence | None = None,
               lat: float | None = None, lon: float | None = None) -> str:
        """Add or extend an entity; `span` is where the clean text names it, or `evidence` is given whole."""
        draft = self.entities.get(key)
        if draft is None:
            draft = self.entities[key] = _Draft(key, type_, name, code=code, lat=lat, lon=lon)
        if alias and alias != draft.name:
            draft.aliases.add(alias)
        if span is not None:
            draft.evidence.add(self.evidence(*span))
        if evidence is not None:
            draft.evidence.add(evidence)
        return key

    def relate(self, head: str, predicate: str, tail: str, role: str = "", span: tuple[int, int] | None = None,
               evidence: Evidence | None = None) -> None:
        """Add a relation; `span` is where the clean text states it, or `evidence` is given whole."""
        if head == tail:
            return
        pool = self.relations.setdefault((head, predicate, tail, role), set())
        if span is not None:
            pool.add(self.evidence(*span))
        if evidence is not None:
            pool.add(evidence)

    def finish(self) -> DocGraph:
        doc = self.ct.document
        info = DocumentInfo(doc.id, doc.source, doc.title, doc.date, doc.url,
                            doc.sha1 or hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest())
        entities = tuple(
            Entity(d.key, d.type, d.name, frozenset(d.aliases) | _written_wide(doc.text, d),
                   d.code, tuple(sorted(d.evidence, key=_IN_ORDER)), d.lat, d.lon)
            for d in sorted(self.entities.values(), key=lambda d: d.key))
        relations = tuple(
            Relation(h, p, t, r, _one_per_sentence(ev))
            for (h, p, t, r), ev in sorted(self.relations.items()))
        return DocGraph(info, entities, relations)


_NAME_MARKS = re.compile(r"[“”《》]")  # (a mention's span may hold the marks round a quoted name)


def _written_wide(original: str, draft) -> frozenset[str]:
    """The forms the file writes an entity's name in with full-width digits or letters (天津ＳＯＳ儿童村 of 天津SOS儿童村):
    aliases, so that the name as written is found (a People's Daily 1998 text writes figures wide)."""
    names = {draft.name, *draft.aliases}
    wide = {_NAME_MARKS.sub("", original[ev.start:ev.end]) for ev in draft.evidence}
    return frozenset(w for w in wide if w not in names and w.translate(NARROWED_FIGURES) in names)


def _one_per_sentence(evidence: set[Evidence]) -> tuple[Evidence, ...]:
    """A fact read several times from one sentence (a chain of titles, a name and its alias) has
    one evidence there: the first span that states it."""
    first: dict[tuple[str, str], Evidence] = {}
    for ev in sorted(evidence, key=_IN_ORDER):
        first.setdefault((ev.document, ev.sentence), ev)
    return tuple(sorted(first.values(), key=_IN_ORDER))


# Evidence's own order as one tuple per item: a sort compares tuples in C instead of calling the
# dataclass's comparison methods
_IN_ORDER = in_field_order(Evidence)


# --- places ------------------------------------------------------------------------------------------

def _add_places(b: _DocBuilder, places: list[PlaceMention]) -> None:
    gaz = divisions()
    mentioned_codes = {p.division.code for p in places if p.coded}
    for p in places:
        span = (p.start, p.end)
        if p.coded:
            d = p.division
            b.entity(p.key, d.level, d.name, code=d.code, alias=p.surface, span=span, lat=d.lat, lon=d.lon)
            _add_parent_chain(b, p.key, gaz.ancestors(d.code), mentioned_codes, span, _written_before(p))
        else:
            b.entity(p.key, p.level, p.name or p.surface, code=p.village_code, alias=p.surface, span=span)
            if p.parent is not None:
                b.relate(p.key, "locatedIn", p.parent.key, span=(min(p.parent.start, p.start), p.end))
            elif p.village_code and (township := gaz.by_code(p.village_code[:9])) is not None:
                # a village the table settled by a wider place the text names (在黑龙江，…北极村)
                _add_parent_chain(b, p.key, (township, *gaz.ancestors(township.code)), mentioned_codes, span)


def _written_before(p) -> tuple[str, int] | None:
    """The code and start of the coded place written right before `p` in a chain of places (葫芦岛市|绥中县), or None."""
    prev = p.chain_prev
    if prev is None or not prev.coded or prev.end != p.start:
        return None
    return prev.division.code, prev.start


def _add_parent_chain(b: _DocBuilder, key: str, ancestors, mentioned_codes: set[str], span: tuple[int, int],
                      written_parent: tuple[str, int] | None = None) -> None:
    """The chain of administrative parents of the place `key`, as context nodes; the link to the parent the text
    writes right before the place (葫芦岛市绥中县) is read there, with that span as its evidence."""
    child_key = key
    nearest_mentioned = None
    for anc in ancestors:
        anc_key = f"{anc.level}:{anc.code}"
        b.entity(anc_key, anc.level, anc.name, code=anc.code, lat=anc.lat, lon=anc.lon)
        if child_key == key and written_parent is not None and written_parent[0] == anc.code:
            b.relate(child_key, "locatedIn", anc_key, span=(written_parent[1], span[1]))
        else:
            b.relate(child_key, "locatedIn", anc_key)
        child_key = anc_key
        if nearest_mentioned is None and anc.code in mentioned_codes:
            nearest_mentioned = anc_key
    if nearest_mentioned and f"{ancestors[0].level}:{ancestors[0].code}" != nearest_mentioned:
        # the document skips a level (黎平县 … 贵州省): say so directly, since the level between is
        # only reference context
        b.relate(key, "locatedIn", nearest_mentioned, span=span)


# --- organisations -------------------------------------------------------------------------------------

# a committee's standing committee, which annotators place in the committee's place (浙江省委常委会 › 浙江省), unlike its
# organs (桂平市委组织部, only through 桂平市委)
_STANDING_COMMITTEE = ("常委会", "常务委员会")


def _add_org(b: _DocBuilder, o: OrgMention) -> str:
    key = b.entity(o.key, "Organization", o.name, alias=o.alias, span=(o.start, o.end))
    if o.refers_back:
        return key  # its place and parent were read where the text names it, with sentences that say so
    if o.parent is not None:
        parent_key = _add_org(b, o.parent)
        b.relate(key, "partOf", parent_key, span=(o.parent.start, o.end))
    # an organ of a committee or a corps of the same place sits where that body does (桂平市委组织部 is
    # in 桂平市 through 桂平市委); a Party branch is located itself (楚雄州农广校党支部 in 楚雄州)
    same_place = o.parent is not None and o.parent.owner is not None and o.owner is not None \
        and o.parent.owner.key == o.owner.key and not o.name.endswith(PARTY_BODIES) \
        and o.parent.name.endswith(("委", "总队", "支队")) and not o.name.endswith(_STANDING_COMMITTEE)
    if o.owner is not None and (o.owner.coded or o.owner.level in ("Village", "Neighbourhood")) and not same_place \
            and not o.name.endswith(_PLACED_NOWHERE) and not _named_for_taiwan(o.owner):
        # named by its place (楚雄州农广校党支部): it sits there, whatever body it is part of
        b.relate(key, "locatedIn", o.owner.key, span=(o.owner.start, o.end))
    if o.located_hint is not None:
        b.relate(key, "locatedIn", o.located_hint.key, span=(o.located_hint.start, o.end))
    if o.owner is None and o.parent is None and o.located_hint is None and not o.generic:
        _locate_by_name(b, key, o.name, (o.start, o.end))
    elif o.owner is None and o.located_hint is None and not o.generic:
        branch = _branch_division(o.name)
        if branch is not None:
            b.relate(key, "locatedIn", _add_division(b, branch), span=(o.start, o.end))
    return key


_TAIWAN = "71"  # GB/T 2260's 台湾省


def _named_for_taiwan(owner: PlaceMention) -> bool:
    """A body the mainland press names after Taiwan (台湾民主自治同盟) works on the mainland: the
    province is not administered by the bodies this graph holds, so the name says what the body is
    about, not where it sits."""
    return owner.division is not None and owner.division.code == _TAIWAN


# 中国大唐集团四川公司, 中国银行北京分行: a company's or bank's branch named by a province or city
_BRANCH = re.compile(r"(?:分公司|公司|分行|分院|分局|分中心|(?<=[省市])局)$")  # (…局浙江省局: a national bureau's provincial one)


def _branch_division(name: str):
    """The province or city whose safe short form a branch's name holds right before its kind
    (中国大唐集团四川公司 → 四川省), or None."""
    kind = _BRANCH.search(name)
    if kind is None:
        return None
    for length in (2, 3):
        start = kind.start() - length
        if start <= 0:
            continue
        found = _safely_named(name[start:kind.start()], ("Province", "City"))
        if len(found) == 1:
            return found[0]
    return None


# national campaigns called by their kind alone (主题教育 is the campaign of its year, whichever text names it
# in full): a node of their own, as every other text that names them so has
_CAMPAIGN_KINDS = frozenset(("主题教育", "学习教育", "集中整治", "专项整治", "专项行动"))


def _full_programme_names(programmes: list[ProgrammeMention]) -> dict[str, str]:
    """Short forms of a programme the text names in full (竞赛比武 of 某某竞赛比武, 某某e站 of 某某e站平台
    written so elsewhere) → that full name, when it is the only one they fit: one node."""
    out = {}
    for p in programmes:
        longer = {q.name for q in programmes if q.name != p.name
                  and (q.alias == p.name or (len(p.name) >= 4 and q.name.endswith(p.name)
                                             and p.name not in _CAMPAIGN_KINDS))}
        if len(longer) == 1:
            out[p.name] = longer.pop()
    return out


def _village_committee_by_kind(o: OrgMention) -> bool:
    """村委会 / 居委会 named by their kind alone (村委会主任王志强 after 石门村): the village itself stands for
    its committee, as it does for the posts there, and no node of its own is made."""
    return o.generic and o.kind in GENERIC_HEADS


_LOCAL_SUFFIX = re.compile(r"(?:村|社区|嘎查|小区|居民区)$")
_TOWN_SUFFIX = re.compile(r"(?:镇|乡|街道|苏木)$")
# the institutions every town has, named after it (not 西关小红志愿服务队: a town's name is often a street's
# or a district's too, and a team is named as it likes)
_TOWN_INSTITUTION = re.compile(r"(?:中心|实验|第[一二三四五六七八九十]+|民族)?(?:小学|中学|学校|幼儿园|卫生院|派出所|敬老院|文化站)")


def _placed_otherwise(o: OrgMention) -> bool:
    """A body whose place its owner, its parent or a hint gives, or a generic one: its name places it nowhere else."""
    return o.owner is not None or o.parent is not None or o.located_hint is not None or o.generic


def _named_after_local_place(o: OrgMention, places: list[PlaceMention]) -> PlaceMention | None:
    """青松岭小学 of 青松岭村, 王庄有机农业专业合作社 of 王庄村: a body whose name opens with the name of a
    village or estate of the text, without its kind, is there (one such place, two characters or
    more); of a town, only its school, clinic or police station (龙潭实验小学 of 龙潭镇)."""
    if _placed_otherwise(o):
        return None
    fits = {}
    for p in places:
        if p.level in ("Village", "Neighbourhood"):
            stem = _LOCAL_SUFFIX.sub("", p.name or p.surface)
            if len(stem) >= 2 and o.name.startswith(stem) and len(o.name) > len(stem) + 1:
                fits.setdefault(p.key, (len(stem), p))
        elif p.level == "Township" and p.coded:
            # a town's school, clinic or police station named after it (龙潭实验小学 of 龙潭镇)
            stem = _TOWN_SUFFIX.sub("", p.name or p.surface)
            if len(stem) >= 2 and o.name.startswith(stem) and _TOWN_INSTITUTION.fullmatch(o.name, len(stem)):
                fits.setdefault(p.key, (len(stem), p))
    longest = max((n for n, _ in fits.values()), default=0)
    tied = [p for n, p in fits.values() if n == longest]
    if len(tied) > 1:
        # 田坝小学 of 田坝镇 and of its 田坝社区: the village or estate, the more specific of the two
        tied = [p for p in tied if p.level != "Township"]
    return tied[0] if len(tied) == 1 else None


def _bracketed_place(text: str, o: OrgMention, places: list[PlaceMention]) -> PlaceMention | None:
    """博世汽车部件（苏州）有限公司: the city a foreign group's company names in brackets inside its name is where it is."""
    if _placed_otherwise(o):
        return None
    return next((p for p in places if p.coded and o.start < p.start and p.end < o.end
                 and text[p.start - 1] in "（(" and text[p.end] in "）)"), None)


# 李希在重庆调研, 到江西考察: a report of a visit, whose opening names the place visited
_VISIT_BEFORE = ("到", "在", "赴", "来到")
# (not 在河南和江苏调研: the visit's places are several, each body in one of them)
_VISIT_AFTER = re.compile(r"(?![和与及])(?:[\u4e00-\u9fff]{0,4}?)(?:调研|考察|视察)")
_VISIT_OPENING = 200  # characters: the headline and the lead


def _visited_place(text: str, places: list[PlaceMention]) -> PlaceMention | None:
    """The province, city or county a report of a visit names in its opening (李希在重庆调研); none when
    the opening says the visitors went to several places (中央代表团各分团…在新疆多地看望慰问: the groups of a
    delegation, each to its own place)."""
    if _SEVERAL_PLACES.search(text, 0, _VISIT_OPENING):
        return None
    for p in places:
        if p.start >= _VISIT_OPENING:
            break
        if p.coded and p.level in _LEADING_LEVELS and text.endswith(_VISIT_BEFORE, 0, p.start) \
                and _VISIT_AFTER.match(text, p.end):
            return p
    return None


_SEVERAL_PLACES = re.compile(r"多地|各地|分团|分别(?:到|赴|前往|来到)|分赴")


def _placed_by_the_visit(o: OrgMention, visited: PlaceMention) -> bool:
    """A body the visitor went to, named after the visit's place and with no place of its own (华东政法大学
    in a report of a visit to 重庆), is in that place; a national body is not."""
    return (o.start > visited.end and o.owner is None and o.parent is None and o.located_hint is None
            and not o.generic and not national_body(o.name) and leading_division(o.name) is None
            and o.name not in _ANY_PARTY)


# the kinds of a news outlet's name (not 国家卫生健康委消息，我国…试点建设“…”: a ministry's news of what it runs)
_OUTLET_KINDS = ("网", "报", "台", "社")


def _dateline_source(text: str, o: OrgMention) -> bool:
    """央视网消息（新闻联播）：…: the outlet a report's dateline gives as its source, which takes no part in what the
    sentence after it tells (visits no place, runs no programme)."""
    return text.startswith("消息", o.end) and o.name.endswith(_OUTLET_KINDS)


# 共产党 alone: the Party, or any communist party (共产党就是为老百姓服务的, said on a visit), which sits in no place
_ANY_PARTY = frozenset(("共产党", "政党"))


def _named_after_a_part_of_the_visit(b: _DocBuilder, o: OrgMention, visited: PlaceMention) -> bool:
    """A body the visitor went to, named after a city or county of the visited place that the text does not name
    on its own (在湖南考察…来到衡阳精工机械有限公司): it is in the visited place, as one named after no place is;
    the city is only reference context."""
    if o.start <= visited.end or o.owner is not None or o.located_hint is not None or o.generic \
            or national_body(o.name):
        return False
    division = leading_division(o.name)
    if division is None or division.code == visited.division.code \
            or not divisions().is_within(division.code, visited.division.code):
        return False
    own = b.entities.get(f"{division.level}:{division.code}")
    return own is None or not own.evidence


# a party's political bureau and its standing committee, which its central committee elects
_ELECTED_ORGANS = ("政治局", "政治局常务委员会", "政治局常委会")


def _units_of_named_bodies(b: _DocBuilder, orgs: list[OrgMention]) -> None:
    """A body whose name is another body's whole name plus more, both named in the document, is a unit
    of it (湖南省消防救援总队指挥中心 partOf 湖南省消防救援总队, 中国科学院…创新中心 partOf 中国科学院),
    unless the rest is only a Party branch's kind, which the rules place already; the Party as a whole is
    no host (its Central Committee and its congresses stand beside it, as the annotations keep them)."""
    names = {o.name: o for o in orgs if not o.generic and o.name not in THE_PARTY}
    # (…and a parent written whole at the opening of its unit's name: 中国人民解放军东部战区 names the PLA, which hosts
    # the 火箭军 named later)
    names.update({o.parent.name: o.parent for o in orgs if o.parent is not None and o.parent.start == o.start
                  and o.name.startswith(o.parent.name) and not o.parent.generic and o.parent.name not in THE_PARTY
                  and o.parent.name not in names})
    # (a body named short, by a form the table knows, hosts the units named after that form: 共青团第十九次全国代表大会;
    # the PLA's services named bare likewise: 海军航空大学)
    names.update({o.alias: o for o in orgs if o.alias and not o.generic and o.name not in THE_PARTY
                  and o.alias not in names and (o.alias in national_short_forms() or o.name in PLA_SERVICES)})
    # (…and under any short form the table gives it: 党中央 named, 中共中央组织部 is its unit)
    names.update({short: o for o in orgs if not o.generic and o.name not in THE_PARTY
                  for short in opening_forms().get(o.name, ()) if short not in names})
    # (…and under the name it goes by without its kind, named so in the report: 华广 of 华广公司 hosts 华广工程队)
    without_kind = {o.alias: o for o in orgs if o.alias and not o.generic and o.alias not in names
                    and o.alias == name_without_its_kind(o.name)}
    names.update(without_kind)
    for o in orgs:
        if o.generic or o.parent is not None or joined_delegation(o.name):
            continue
        host = max((n for n in names if o.name.startswith(n) and len(o.name) - len(n) >= 2 and names[n].name != o.name),
                   key=len, default=None)  # (国务院新闻办公室 opens with 国务院新闻办, its own short form)
        if o.name.endswith(_ELECTED_ORGANS):
            continue  # 中共中央政治局: elected by the Central Committee, it stands beside it (as annotators keep it)
        if host is None or o.name[len(host):] in PARTY_BODIES or beside_the_body_before(host, o.name[len(host):]) \
                or hall_of_memory(o.name[len(host):]):
            continue  # (中央纪委国家监委: the two commissions that work as one, neither a unit of the other; 新四军纪念馆)
        if o.name.endswith(COMPANY_KINDS) and (not names[host].name.endswith(COMPANY_KINDS) or host in without_kind) \
                and not ends_as_body(host):
            continue  # 华广 (a company's short name) and 华广卫星有线电视有限公司, 鞍钢 and 鞍钢集团: one company
        b.relate(o.key, "partOf", names[host].key, span=(o.start, o.end))


_LEADING_LEVELS = ("Province", "City", "County")


# (asked for every body without a place of its own, the same names in document after document)
@functools.lru_cache(maxsize=16384)
def leading_division(name: str):
    """The one province, city or county whose name or safe short form opens a body's name
    (河南先锋网 → 河南省, 河北日报 → 河北省, 泸定县抗震救灾现场指挥部 → 泸定县), or None; of a chain of
    them, the last (辽宁沈阳社区干部学院 → 沈阳市, which also settles 辽宁: the province, not the city)."""
    found, length = _opening_divisions(name)
    while found:
        inner, more = _opening_divisions(name[length:])
        inner = [d for d in inner if any(divisions().is_within(d.code, outer.code) for outer in found)]
        if not inner:
            break
        found, length = inner, length + more
    if len(found) == 2 and divisions().is_within(found[1].code, found[0].code) != divisions().is_within(
            found[0].code, found[1].code):
        # 吉安特勤消防一中队: the city and the county in it named after it; a short name means the city
        found = [min(found, key=lambda d: LEVEL_RANK[d.level])]
    return found[0] if len(found) == 1 else None


def _opening_divisions(name: str) -> tuple[list, int]:
    """The provinces, cities and counties whose name or safe short form is the longest opening of `name`,
    and its length."""
    divisions().prefetch(name[:length] for length in range(min(len(name) - 1, 12), 1, -1))  # one query, not eleven
    for length in range(min(len(name) - 1, 12), 1, -1):
        found = _safely_named(name[:length], _LEADING_LEVELS)
        if found and name[length] in _FEATURE_ENDS and all(d.name != name[:length] for d in found):
            continue  # 紫金山实验室: the short form of 紫金县 opens the name of a mountain (紫金山), not the county
        if found:
            return found, length
    return [], 0


# the last character of a mountain's, a lake's, a river's or a headwaters' name (紫金山, 玄武湖, 三江源)
_FEATURE_ENDS = frozenset("山湖河江岛峰岭源")


def _safely_named(form: str, levels: tuple[str, ...]) -> list:
    """The divisions of these levels that `form` names, where it is their name or a short form safe to
    read bare."""
    gaz = divisions()
    return [d for d in gaz.lookup(form) if d.level in levels and gaz.alias_is_safe(d.code, form)]


def _add_division(b: _DocBuilder, division) -> str:
    """A coded place that reference data names, with its chain of parents as context nodes."""
    key = b.entity(f"{division.level}:{division.code}", division.level, division.name, code=division.code,
                   lat=division.lat, lon=division.lon)
    child = key
    for anc in divisions().ancestors(division.code):
        anc_key = b.entity(f"{anc.level}:{anc.code}", anc.level, anc.name, code=anc.code, lat=anc.lat, lon=anc.lon)
        b.relate(child, "locatedIn", anc_key)
        child = anc_key
    return key


def _locate_by_name(b: _DocBuilder, key: str, name: str, span: tuple[int, int] | None,
                    evidence: Evidence | None = None) -> None:
    division = leading_division(name)
    if division is None and name.startswith(_ARMED_POLICE):
        division = leading_division(name[len(_ARMED_POLICE):])  # 武警天津总队: the armed police's corps of 天津
    if division is None or _county_of_another_province(b, name, division) or name.endswith(_PLACED_NOWHERE) \
            or national_body(name) or _county_by_an_everyday_word(b, name, division) or _a_ship_named_after(name):
        return  # (上海合作组织: an organisation of states named after the city where it was founded; 台湾民主自治同盟,
        # a national party named after the province whose people it was founded by, sits in no province)
    b.relate(key, "locatedIn", _add_division(b, division), span=span, evidence=evidence)


_ARMED_POLICE = "武警"  # (its units are named by the place they serve after it: 武警四川总队, 武警荆州支队)
_NAMED_FOR_A_MEETING = ("合作组织", "合作论坛")
# a delegation (江苏代表团 of the National People's Congress, 中央代表团阿里分团 on a visit) is sent by its place or to one,
# and sits in none (annotators of four held-out sets, five in all, placed none of nine)
_DELEGATIONS = ("代表团", "分团")
_PLACED_NOWHERE = _NAMED_FOR_A_MEETING + _DELEGATIONS


_EVERYDAY_TAGS = ("n", "a", "v", "vn", "an", "ad", "i")


def _a_ship_named_after(name: str) -> bool:
    """辽宁舰, 山东舰航母编队, 徐州舰编队: a warship named after a province or a city, and its formation, which sail from no
    place of that name (the press names its port, if any, apart)."""
    _, length = _opening_divisions(name)
    return length > 0 and name.startswith(SHIP, length)


def _county_by_an_everyday_word(b: _DocBuilder, name: str, division) -> bool:
    """光明日报社, 灯塔工厂, 复兴党, 互助幸福院: a county's short form that is an everyday word (光明 "light", 灯塔
    "lighthouse") opening a body's name names the county only where the text names a place of its province
    too (兴化垛田 in a report on Jiangsu)."""
    if division.level != "County" or name.startswith(division.name):
        return False
    found, length = _opening_divisions(name)
    form = name[:length]
    if division not in found or word_frequency(form) < 50 or word_tag(form) not in _EVERYDAY_TAGS:
        return False
    province = division.code[:2]
    return not any(k.split(":")[1].startswith(province) and k != f"County:{division.code}" for k in b.entities
                   if k.startswith(("Province:", "City:", "County:", "Township:")))


def _county_of_another_province(b: _DocBuilder, name: str, division) -> bool:
    """A county's short form opening a body's name (新安旅行团 → 新安县) in a report whose places all lie in
    other provinces (淮安市新安小学: a school's name, in Jiangsu; 新安县 is in Henan) is a word of the name."""
    if division.level != "County" or name.startswith(division.name) or division not in _opening_divisions(name)[0]:
        return False  # (浙江余姚横坎头村党委: the province named first places the county's short form)
    provinces = {k for k in b.entities if k.startswith("Province:")}
    return bool(provinces) and f"Province:{division.code[:2]}" not in provinces


# --- people ----------------------------------------------------------------------------------------------

def _person_key(name: str) -> str:
    # provisional: whether two documents' people of one name are one person is decided by resolve.py
    # from their posts and places, which this document graph carries as holdsPost relations
    return f"Person:{name}"


_KIND_ONLY_COMMITTEE = re.compile(r"(乡|镇|苏木)(党委)")


# 退休干部, 离休教师: who retired from a kind of work holds no post (原副部长 held one, which the graph keeps)
_RETIRED = ("退休", "离休", "离退休")


def _add_post(b: _DocBuilder, person_key: str, post: PostMention) -> None:
    if post.role.startswith(_RETIRED):
        return
    if post.outlet:
        # a reporter of the outlet that the source line names (added with it, above)
        b.relate(person_key, "holdsPost", f"Organization:{post.outlet}", post.role, span=post.person)
        return
    span = post.stated or (min(post.person[0], (post.org or post.place).start), post.person[1])
    org = post.org
    written = b.ct.text[org.start:org.end] if org is not None else ""
    kind_only = _KIND_ONLY_COMMITTEE.fullmatch(written)
    if kind_only and org.owner is not None and org.name not in b.ct.text:
        # 乡党委副书记王红, 镇党委书记许军: the committee of a township written by its kind only, no body the text
        # names: the post is the township's, titled as written, as the gold has it (a community's or a street's
        # committee so written is the body there: 社区党委, 街道党工委)
        body = kind_only.group(2)
        role = written + (post.role[len(body):] if post.role.startswith(body) else post.role)
        b.relate(person_key, "holdsPost", org.owner.key, role, span)
        return
    if post.org is not None:
        if post.org.generic and post.org.owner is not None and not post.org.name.endswith(PARTY_BODIES):
            # a post at a body named only by its kind (该县组织部副部长) is a post of that place; a Party
            # branch so named (村党支部书记 after 刘庄村) is the place's branch, and the post is there
            if not _village_committee_by_kind(post.org):
                _add_org(b, post.org)
            kind = post.org.kind
            role = post.role if post.role.startswith(kind) else kind + post.role
            b.relate(person_key, "holdsPost", post.org.owner.key, role, span)
            return
        org_key = _add_org(b, post.org)
        b.relate(person_key, "holdsPost", org_key, post.role, span)
    elif post.place is not None:
        b.relate(person_key, "holdsPost", post.place.key, post.role, span)


# --- programmes ------------------------------------------------------------------------------------------

_JOINERS = frozenset("·•-－‧")


# one-character words that follow a name and that a tagger sometimes reads as its last character
# (李希来, 张晓向): cut when the shorter name stands on its own elsewhere in the same text
_HEADS_OF_STATE = ("总统", "总理", "首相", "国王", "女王", "王储", "埃米尔", "议长", "外长")
_VERB_AFTER_NAME = frozenset("来会向在说和也是对为把被将到与同跟给让要就都又正作祝赴出做讲看听谈问陪率称致访见等")


@functools.cache
def _rarely_given_verbs() -> frozenset[str]:
    """Those of the words above that given names hold at least seven times more rarely than running text
    does (log-ratio below -2 in the surname data: 等, 作, 给, 在, 说 …): after a name of two, one of them
    ends it wherever the text writes it (韩正等党和国家领导人, 周强作的关于…报告, 翁华给总书记看了)."""
    given = given_name_ratios()
    return frozenset(c for c in _VERB_AFTER_NAME if given.get(c, -99.0) < -2.0)


# whom a speaker addresses (张晓向记者介绍, 王五对大家说): after one of those words, the word is a preposition
_ADDRESSEES = ("记者", "笔者", "我们", "大家", "村民", "群众")
_PLACE_ENDINGS = ("村", "嘎查", "社区", "镇", "乡", "县", "市", "街道")
# jieba's tags of words that are never a person: conjunctions, adverbs, pronouns, prepositions, particles…
_FUNCTION_TAGS = frozenset("c d r p u v a ad vd f m q t".split())
# onomatopoeia and interjections (哈哈, 嘻嘻): a "name" that opens with one is a sound
_SOUND_TAGS = frozenset("o e y".split())
_LISTED_NAME_TAGS = frozenset("nr nrfg nrt".split())  # a person's name in jieba's dictionary
_PERSON_CHARS = re.compile(r"[\u4e00-\u9fff·•\-－‧]+")


_ROUTE_AFTER = re.compile(r"(?:[一二三四五六七八九十]+线|复线)?(?:铁路|高铁|城际|客专|高速公路|高速)")


def _provinces_by_initial(name: str) -> bool:
    """鄂赣湘, 京津冀 (three or more provinces' one-character names), 闽东, 湘西 (one and a direction: 东西南北中
    name a part of one)."""
    if len(name) >= 3:
        return all(c in PROVINCE_INITIALS for c in name)
    return len(name) == 2 and name[0] in PROVINCE_INITIALS and name[1] in "东西南北中"


_ROLE_AFTER = re.compile(ROLE_RE)


_REPORTERS = ("记者", "通讯员")  # (…电记者许立群报道: jieba tags the name a numeral)


def _named_as_a_person(text: str, s: int, e: int, people: list[tuple[int, int]]) -> bool:
    """A span that opens with a surname and that the text calls 同志, titles right after (周恩来总理) or as a
    reporter before, lists between two other names, or opens or closes a list of names with another (周恩来、刘少奇、
    朱德…, 毛泽东和周恩来)."""
    if not opens_with_single_surname(text[s:e]):
        return False
    if text.startswith("同志", e) or _ROLE_AFTER.match(text, e) or _listed_among_people(text, people, [(s, e)]) \
            or text.endswith(_REPORTERS, 0, s):
        return True
    return text.startswith(("、", "和"), e) and any(a == e + 1 for a, _ in people) \
        or text.endswith(("、", "和"), 0, s) and any(b == s - 1 for _, b in people)


def _listed_among_people(text: str, people: list[tuple[int, int]], spans: list[tuple[int, int]]) -> set[
        tuple[int, int]]:
    """Those of `spans` that stand in a list of names between two of `people` (…张庆伟、洛桑江村、雪克来提·扎克尔…,
    …张高丽和田纪云、迟浩田…)."""
    if not spans or "、" not in text:
        return set()
    ends, starts = {e for _, e in people}, {s for s, _ in people}
    return {(s, e) for s, e in spans if text[s - 1:s] in _LISTED and text[e:e + 1] in _LISTED
            and s - 1 in ends and e + 1 in starts}


def _rulers_read_as_places(text: str, places: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Transliterated names the model reads as places where the text writes a ruler's title right before them
    (巴林国王哈马德; a long name read in two pieces, which are one), or in a list right after such a name
    (某国执政官甲、乙): a ruler's title is followed by a person, never by a place.  A country is no one."""
    if not places or not any(t in text for t in _RULERS + _LEADERS):
        return set()
    places = sorted(places)
    found: set[tuple[int, int]] = set()
    last_end, i = -1, 0
    while i < len(places):
        s, e = places[i]
        titled = text.endswith(_RULERS, 0, s) or (text[s - 1:s] == "、" and s - 1 == last_end) \
            or (text.endswith(_LEADERS, 0, s) and _NAME_CLOSED.match(text, e) is not None
                and not text.startswith(_MEETINGS_OF_LEADERS, e))
        while i + 1 < len(places) and places[i + 1][0] == e and is_transliterated(text[s:places[i + 1][1]]) \
                and text[s:e] not in countries():  # (科威特|埃米尔纳瓦夫: a country and then a ruler)
            i += 1
            e = places[i][1]  # (two pieces of one name)
        title = _ruler_title_opening(text, s, e)
        if title:
            s, titled = s + len(title), True  # (科威特埃米尔纳瓦夫: the model reads the title and the name as one place)
        if titled and e - s >= 2 and is_transliterated(text[s:e]) and text[s:e] not in countries():
            found.add((s, e))
            last_end = e
        i += 1
    return found


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")
# a head of state or government after the country's name, and the words that close a name written after the title
# (日本首相高市早苗日前在国会…, 美国总统拜登代表美国政府: the model reads no person there)
_HEADS_OF_GOVERNMENT = ("首相", "总统", "总理")
_HEAD_TITLE = re.compile(rf"(?:新任|前|临时|代理|看守)?(?:{'|'.join(_HEADS_OF_GOVERNMENT)})")
_NAME_CLOSED = re.compile(r"日前|近日|近期|今天|当天|昨天|\d|表示|说|称|在|发表|会见|会晤|通电话|代表|出席|主持|宣布|签署"
                          r"|[的再又已曾正于等，。、；：和与同就对将也还]")


def _heads_unread(text: str, model: list[Span]) -> set[tuple[int, int]]:
    """日本首相高市早苗日前…: the name right after a country's name and the title of its head of state or government,
    where the model read no span there: two to five characters up to a time, a verb of saying or a mark, each a
    character of its own to the dictionary or a word it tags as a name (not 办公室, 发言人)."""
    if not any(t in text for t in _HEADS_OF_GOVERNMENT):
        return set()
    taken = [(m.start, m.end) for m in model]
    found = set()
    for country in countries_in(text):
        for at in occurrences(text, country):
            title = _HEAD_TITLE.match(text, at + len(country))
            if title is None:
                continue
            start = title.end()
            end = next((k for k in range(start + 2, min(len(text), start + 5) + 1) if _NAME_CLOSED.match(text, k)), -1)
            if end < 0 or any(a < end and start < b for a, b in taken) or not _CJK_NAME.fullmatch(text, start, end) \
                    or _NAME_CLOSED.match(text, start) or _NAME_CLOSED.match(text, start + 1):
                continue  # (总统称将…: a verb, no name)
            if any(text[start:end] in text[m.start:m.end] for m in model if m.type == "PER"):
                continue  # (美国总统拜登 in a report that names 亨特·拜登: the model's names decide whose it is)
            words = _cut(text[start:end])
            if all(len(w) == 1 or word_tag(w).startswith("nr") for w in words):
                found.add((start, end))
    return found


# a head of state's or government's title written after a foreign name (习近平主席同普京总统会晤, 愿同马克龙总统一道努力),
# and what after such a title makes it an office's, a residence's or a meeting's word, not a person's (在阿斯塔纳总统府,
# 伊丽莎白女王号, 莫斯科总理会议: a city's meeting of prime ministers)
_FOREIGN_HEADS = ("总统", "总理", "首相", "国王", "女王", "王储", "埃米尔")
_TITLES_AFTER_FOREIGN_NAMES = re.compile(rf"(?:{'|'.join(_FOREIGN_HEADS)})(?!府|办公室|官邸|令|制|选举|大选|会议|”?号)")
# what a country's name is followed by before its head's title (委内瑞拉代总统, 伊朗代理总统): no name
_ACTING = ("代理", "代", "临时", "新任", "前")


def _named_before_head_titles(text: str, model: list[Span]) -> set[tuple[int, int]]:
    """习近平主席同普京总统会晤: a transliterated name of two to eight characters right before the title of a head of
    state or government, where the model read no span there or read the name as a place (it reads 俄罗斯总统普京, the
    title before the name, but not always the name before it: 90 CCTV items gain a head of state so).  The name opens
    where a word does (转达|普京, not 达普京: 达 spells foreign names too) and is no country, nor a country's end
    (俄罗斯总统: 罗斯 spells names as well), nor a region right after its country (阿联酋阿布扎比王储: the emirate's
    crown prince)."""
    if not any(t in text for t in _FOREIGN_HEADS):
        return set()
    translit = transliteration_characters()
    taken = [(m.start, m.end, m.type) for m in model]
    found = set()
    for title in _TITLES_AFTER_FOREIGN_NAMES.finditer(text):
        end = title.start()
        start = end
        while start > 0 and end - start < 8 and text[start - 1] in translit:
            start -= 1
        if end - start < 2 or text.endswith(_ACTING, 0, end) \
                or any(text.endswith(c, 0, end) or c in text[start:end] or text.endswith(c, 0, start)
                       for c in countries_in(text[max(0, start - 8):end])):
            continue
        if (start, end, "PER") in taken and not any(word_frequency(text[k:end]) for k in range(max(0, start - 3), start)):
            # (同安瓦尔总理: the model's name, though jieba's 同安 runs into it; not 桑给巴尔总统, a word that ends with it)
            found.add((start, end))
            continue
        opening = _after_a_word_across(text, start, end)
        # (the model reads some such names as places: 和普京总统 takes 普京 for one; its span is the name's)
        if end - opening >= 2 and not any(a < end and opening < b and (a, b, t) != (opening, end, "LOC")
                                          for a, b, t in taken):
            found.add((opening, end))
    return found


def _after_a_word_across(text: str, start: int, end: int) -> int:
    """Where a name in text[start:end] opens: after the word that runs into the span from before it and ends inside
    it (转达|普京: 达 closes 转达), else at `start` (和普京 is one word to jieba, yet 和 spells no foreign name)."""
    at = max(0, start - 4)
    for word in _cut(text[at:end]):
        if at < start < at + len(word) < end:
            return at + len(word)
        at += len(word)
    return start


# what follows a name the dictionary lists (汪洋主持会议, 主任委员钟山向会议作了报告): a verb of presiding or saying, or the
# preposition of an address (the dictionary tags 卓越, 智慧 and 贺信 as names too: 习近平主席卓越领导, 委员智慧和力量)
_AFTER_A_LISTED_NAME = re.compile(r"主持|出席|强调|指出|表示|讲话|说|介绍|致辞|会见|参加|向|在")
_LISTED_AS_NAMES = ("nr", "nrfg")


@functools.lru_cache(maxsize=1)
def _title_matcher():
    """The titles, leftmost-longest, as an alternation of them longest first would find them (an Aho-Corasick
    automaton: the alternation of 216 titles took 0.8 s over xwlb-news, this 0.1 s)."""
    import daachorse

    return daachorse.CharwiseDoubleArrayAhoCorasick(sorted(set(_TITLES)),
                                                    match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)


def _listed_names_after_titles(text: str, model_people: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """全国政协主席汪洋主持会议: a name the dictionary lists as a person's (汪洋, tagged nr though it is the word "vast
    ocean" too) right after a title and before a verb of presiding or saying, where the model read no name (it reads
    the word)."""
    taken = {s for s, _ in model_people}
    named_ends = {e for _, e in model_people}
    found = set()
    for title_start, start, _ in _title_matcher().find(text):
        if start in taken or title_start in named_ends:
            continue  # (习近平主席贺信: the title is the name's before it)
        end = next((start + n for n in (3, 2) if word_tag(text[start:start + n]) in _LISTED_AS_NAMES
                    and opens_with_single_surname(text[start:start + n])), None)
        if end is not None and _AFTER_A_LISTED_NAME.match(text, end) and not splits_a_word(text, end):
            found.add((start, end))
    return found


def _names_between_names(text: str, model_people: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """增补马晓伟、易会满、曹军为…委员: three characters that open with a surname between two names of a list (each joined
    by 、) are a name too, where the model read none there."""
    starts = {s: e for s, e in model_people}
    found = set()
    for s, e in model_people:
        start = e + 1
        if text[e:start] != "、" or start in starts:
            continue
        end = start + 3
        if text[end:end + 1] == "、" and end + 1 in starts and opens_with_single_surname(text[start:end]) \
                and _PERSON_CHARS.fullmatch(text, start, end):
            found.add((start, end))
    return found


def _ruler_title_opening(text: str, s: int, e: int) -> str:
    """The ruler's title that opens the place span s..e right after a country's name (科威特|埃米尔纳瓦夫), or ""."""
    title = next((t for t in _RULERS if text.startswith(t, s) and e - s - len(t) >= 2), "")
    return title if title and any(text.endswith(c, 0, s) for c in countries_in(text[max(0, s - 12):s])) else ""


# what follows a village's name and never a person's: its bodies (青山村党支部, 村委会, 两委)
_VILLAGE_BODY_AFTER = ("党", "村委", "居委", "两委", "支部", "委员会")


# 免去秦刚的外交部部长职务, 撤销钱立志第十三届全国政协委员资格, 撤销石磊、唐一军第十四届…: the names a decision on posts
# lists after its verb, before the post (the model reads some on into 第)
_DECIDING = re.compile(r"免去|撤销|罢免|任命|增补")
_POST_AFTER_NAME = re.compile(r"(?:同志)?(?:第[一二三四五六七八九十]+届|政协第|(?:兼任)?的[^，。；、]{2,40}?职务)")


def _appointees(text: str, people: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names of two or three characters, opening with a surname, in the list of names right after a verb that
    decides on posts and right before the post, where the model read no name."""
    if not _DECIDING.search(text):
        return set()
    end_of = {s: e for s, e in people}
    found: set[tuple[int, int]] = set()
    for m in _DECIDING.finditer(text):
        at = m.end()
        while at < len(text):
            end = end_of.get(at) or next((at + n for n in (2, 3) if _PERSON_CHARS.fullmatch(text, at, at + n)
                                        and opens_with_single_surname(text[at:at + n])
                                        and _POST_AFTER_NAME.match(text, at + n)), None)
            if end is None:
                break
            if at not in end_of:
                found.add((at, end))
            if text[end:end + 1] != "、":
                break
            at = end + 1
    return found


def _titled_as_people(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Those of `spans` written right after a title (中央代表团副团长洛桑江村带领…: a Tibetan name ending in 村; 副委员长
    洛桑江村，全国政协副主席…: a list of titled people), where a person's name stands, and not before a village's
    bodies."""
    if not spans:
        return set()
    return {(s, e) for s, e in spans if _after_a_title(text, s) and not text.startswith(_VILLAGE_BODY_AFTER, e)
            and ("\u4e00" <= text[e:e + 1] <= "\u9fff" or text.startswith(("，", "、"), e))}


# what a person does, never a village: attend, meet, accompany, preside (a village takes part, 参加评比, but is not
# at a meeting)
_PERSONS_ACT = ("参加会见", "参加会谈", "参加上述", "出席", "陪同", "会见", "会谈", "主持", "致辞")


def _acting_as_people(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Those of `spans` that open a sentence or a clause and attend, meet or preside (。洛桑江村参加会见: the closing line
    of a leader's meeting, a Tibetan name ending in 村), which no village does."""
    return {(s, e) for s, e in spans if text.startswith(_PERSONS_ACT, e) and (s == 0 or text[s - 1] in "。\n，、")}


def _persons(text: str, model_people: list[tuple[int, int]],
             references: list[tuple[int, int, str]] | None = None,
             listed: set[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """People the mention model found (full names: two characters or more, in name characters), and
    names in bylines and photo credits, which layout marks and a tagger of sentences often misses.
    `references` are the text's forms of address (`name_references`), read here when not given.

    The rules' name finder and names after titles are not added: on the development set they lowered
    person precision more than they raised recall."""
    spans = [(s, e) for s, e in model_people if e - s >= 2 and _PERSON_CHARS.fullmatch(text, s, e)
             # 巴来嘎查, 陈村, 塔拉霍马市: a place read as a name (not in a list of people: 洛桑江村)
             and (not text.endswith(_PLACE_ENDINGS, s, e) or (s, e) in listed)
             and "某" not in text[s:e]  # 苏某某, 唐某: a name withheld, no full name
             and not text.endswith("氏", s, e)  # 普氏野马, 王氏宗祠: a surname and 氏 (a clan, a form of address)
             and text[s:e] not in countries()  # 瓦努阿图: a country
             and text[s:e] not in _TITLE_WORDS  # 海关原党委书记、关长刘大立: a title, read as a surname and a name
             and not text.endswith(("担任", "出任", "当选"), 0, s)  # 担任单元长: what one serves as is a post
             and not text.startswith(SHIP, e)  # 安庆舰, 郑和舰: a warship named after a city or a person
             # …主任委员李飞、农委副主任委员杜德印: a committee written short (委) before its officers' titles
             and not (text[e - 1] == "委" and text.startswith(_COMMITTEE_TITLES, e))
             # 何如: a conjunction (but a name that the dictionary also lists as a word of time or number is a
             # name where the text calls it 同志 or lists it between two names)
             and (word_tag(text[s:e]) not in _FUNCTION_TAGS or _named_as_a_person(text, s, e, model_people))
             # (省长陶建民说: a name right after a title is a name, whatever the dictionary calls the word)
             and (not _a_word_of_no_surname(text[s:e]) or _after_a_title(text, s) or (s, e) in listed)
             and word_tag(text[s:s + 2]) not in _SOUND_TAGS  # 哈哈笑: laughter
             # 居民刘先生 read as 民刘 (but 主席和普京总统: jieba's 和普 is no word of the name a title follows)
             and (not _begins_inside_a_word(text, s) or (s, e) in listed)
             and not _surname_alone_or_cut(text, s, e)
             and not _provinces_by_initial(text[s:e])  # 鄂赣湘三省, 闽东这只“弱鸟”: provinces, or a part of one
             # 兰张三四线铁路: two cities' initials that name a railway or a road between them
             and not (e - s == 2 and _ROUTE_AFTER.match(text, e))

             # 到徐工考察 in a report on 徐工集团: a company's short name, not somebody's
             and (e - s > 2 or not any(text[s:e] + kind in text for kind in COMPANY_KINDS))]
    # forms of address are aliases at most (刘先生, 李奶奶, 孙书记), never a person of their own, nor is
    # a piece of one (张奶)
    if spans and references is None:
        references = name_references(text)
    addresses = [(i, j) for i, j, _ in references] if spans else []
    address_starts = {i for i, _ in addresses}
    spans = [(s, e) for s, e in spans if not any(i <= s and e <= j for i, j in addresses)
             # 陈市长好, 曹大夫刚进屋: a form of address and the word after it
             and not any(i == s and j - i >= 3 and e > j for i, j in addresses)
             # 多亏马支书, 多亏王书记: a word before the surname of a form of address is no name with it
             and not (e - 1 in address_starts and (e - s >= 3 and word_tag(text[s:e - 1]) in _FUNCTION_TAGS
                                                   # 为吴女士查房: a preposition and a surname (not 尤权同志)
                                                   or e - s == 2 and word_tag(text[s]) == "p"))]
    spans += [(s, e) for s, e in byline_names(text) if not any(a < e and s < b for a, b in spans)]
    spans = _pairs_split(text, _without_sides(text, sorted(spans), listed))
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    spans = _names_ending_early(text, _names_cut_before_a_mark(text, spans))
    # (a name jieba's dictionary lists whole is not cut: 习近平复信… is not 习近 and 平复 'calm')
    spans = [(s, e - 1) if e - s == 3 and word_tag(text[s:e]) not in _LISTED_NAME_TAGS
             and (text[e - 1] in _VERB_AFTER_NAME and (text.startswith(_ADDRESSEES, e) or _stands_alone(text, s, e - 1))
                  # (…郭声琨、黄坤明为大会副秘书长: not a name listed after another, full names as the list's are)
                  # (沈跃跃出席: a doubled given name, read whole, is not cut before a verb 跃出 its last character opens)
                  or (_verb_across_end(text, e) and not _name_char_before_verb(text, e - 1) and text[e - 1] != text[e - 2]
                      and not _foreign_name_before_a_word(text, s, e)
                      and not (text[s - 1:s] == "、" and s - 1 in ends)
                      # (任命邓修明为…: 明为 'ostensibly' is a word, but 为 is the appointment's "as")
                      and not (text.startswith("为", e) and text.endswith(_APPOINTING, 0, s)))
                  or (text[e - 1] in _PAIR_JOINERS and e in starts)  # 邵鸿和何报翔
                  # 李希、韩正和大会主席团成员: the last of a list of names, and 和 joining what follows
                  # (…、李钺锋、周忠和。: the name ends the list, and its 和 is its own)
                  or (text[e - 1] in "和与及" and text[s - 1:s] == "、" and s - 1 in ends
                      and "\u4e00" <= text[e:e + 1] <= "\u9fff"))
             or (e - s == 3 and text[e - 1] in _rarely_given_verbs() and opens_with_single_surname(text[s:e])
                 and word_tag(text[s:e]) not in _LISTED_NAME_TAGS)
             # (多吉才让等: a name of four listed with others is not cut at its last character)
             or (e - s == 4 and text[e - 1] in _VERB_AFTER_NAME and opens_with_single_surname(text[s:e])
                 and not _listed_with_others(text, e))
             # 马克龙行将出访: a transliterated name read with the first character of the word after it (行将 'about
             # to'), where the text writes the name without it elsewhere
             or (e - s >= 4 and is_transliterated(text[s:e - 1]) and word_frequency(text[e - 1:e + 1]) > 0
                 and _stands_alone(text, s, e - 1))
             # 伊朗总统莱希祝伟大的中国…: a foreign name of two after a head of state's title, and a verb
             or (e - s == 3 and text.endswith(_HEADS_OF_STATE, 0, s) and is_transliterated(text[s:e - 1])
                 and not is_transliterated(text[e - 1]) and text[e - 1] in _VERB_AFTER_NAME
                 and word_tag(text[s:e]) not in _LISTED_NAME_TAGS)
             else (s, e) for s, e in spans]
    spans = _without_speech_verb(text, spans)
    spans = _completed(text, _begun_early(text, _without_leading_word(text, spans)))
    spans = [(s, e) for s, e in spans
             if text[s:e] not in _RELATIVES  # 李启旺的岳母: a relative, named by the kinship word
             # 赵家父子 (and 李鹏祝赵家…, read 祝赵 there): a surname and 家 is a family; 整整齐齐, 金金: a doubled
             # character is no full name
             and not (e - s == 2 and (text[s + 1] == "家" or text[s] == text[s + 1]))
             # 一位姓凌的先生: a surname and a character given names almost never hold (的, 了, 说: log-ratio
             # below -3 in the surname data) is no full name
             and not (e - s == 2 and given_name_ratios().get(text[s + 1], 0.0) < -3.0)
             and not _inside_a_longer_word(text, s, e)
             # 运动员村正式开放: two characters that open with no surname and end inside a word (正|式)
             and not (e - s == 2 and not opens_with_single_surname(text[s:e]) and not is_compound_surname(text[s:e])
                      and (splits_a_word(text, e)
                           # 沪深两市, 京雄高速: a province's one-character name, no surname, opens a pair of places that
                           # a market or a route links
                           or text[s] in PROVINCE_INITIALS and _LINKED_BY.match(text, e)))]
    spans = _titled_names_in_a_list(text, spans)
    return _addressed_only_of_one(text, _not_pairs_of_surnames(text, _without_country_and_title(
        text, _foreign_names_completed(text, _join_foreign_names(text, _with_regnal_numbers(text, spans))))))


_COMMITTEE_TITLES = ("主任", "副主任", "委员", "书记", "副书记", "常委")
_LIST_MARKS = "，、"
_LIST_SENTENCE = re.compile(r"[^。；！？\n]+")


def _titled_names_in_a_list(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """…四川省政府原副省长叶寒冰，…东丰县委原书记曾海洋，…原党支部书记、总经理杨海民等人…: in a sentence that lists
    titled people (three names or more the model read, each right after a title and before a comma or 等), the two
    or three characters right after another title, before the same marks, that open with a surname and hold given
    names' characters are a name too, though the dictionary reads them as a word (海洋 'ocean', 强 'strong')."""
    ratios = given_name_ratios()
    out = list(spans)
    for sentence in _LIST_SENTENCE.finditer(text):
        a, b = sentence.span()
        listed = [(s, e) for s, e in spans if a <= s and e <= b and _after_a_title(text, s)
                  and (text[e:e + 1] in _LIST_MARKS or text.startswith("等", e))]
        if len(listed) < 3:
            continue
        taken = [(s, e) for s, e in out if s < b and a < e]
        for k in range(a + 2, b - 2):
            if not _after_a_title(text, k) or any(s <= k < e for s, e in taken):
                continue
            for n in (3, 2):
                e = k + n
                if e < b and (text[e] in _LIST_MARKS or text.startswith("等", e)) \
                        and _PERSON_CHARS.fullmatch(text, k, e) and opens_with_single_surname(text[k:e]) \
                        and text[k:e] not in _TITLE_WORDS and not any(s < e and k < t for s, t in taken) \
                        and not splits_a_word(text, k) \
                        and all(ratios.get(c, -9.0) > -3.0 for c in text[k + 1:e]):
                    out.append((k, e))
                    taken.append((k, e))
                    break
    return sorted(out)


def _addressed_only_of_one(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """老李, 小吴: 老 or 小 and a surname is a form of address (SCHEMA: an alias where the text names the full
    person), kept only where the text names somebody of that surname in full (小吴 of 吴应杰, which resolution ties
    to the one meant); where it names nobody so (a clerk, 工作人员老李), it is no one's name."""
    surnames = {text[s] for s, e in spans if not (e - s == 2 and text[s] in "老小")}
    return [(s, e) for s, e in spans
            if not (e - s == 2 and text[s] in "老小" and opens_with_single_surname(text[s + 1])
                    and text[s + 1] not in surnames)]


# what the surnames of two people name together (周邓纪念馆, 周邓二人); not a verb or a title after a name (陈武出席,
# 陈武副主席: two surnames are often one person's full name)
_OF_THE_PAIR = ("纪念馆", "故居", "二人", "两人", "夫妇", "二位", "两位")


def _not_pairs_of_surnames(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """周邓纪念馆 beside 周恩来 and 邓颖超: two characters that are the surnames of two people the text names in full
    (three characters or more), before what names the two, stand for the pair, no one's name, wherever written."""
    surnames = {text[s] for s, e in spans if e - s >= 3}
    pairs = {text[s:e] for s, e in spans if e - s == 2 and text[s] != text[s + 1] and text[s] in surnames
             and text[s + 1] in surnames and text.startswith(_OF_THE_PAIR, e)}
    return [(s, e) for s, e in spans if text[s:e] not in pairs]  # (周邓往来的通信 too, once the text names the pair so)


# a monarch's regnal number after the name (图普六世, 卡尔十六世·古斯塔夫), not a century (二十一世纪)
_REGNAL_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪界代])")


def _with_regnal_numbers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A transliterated name, or a name after a ruler's title, read without the regnal number after it is
    the name with its number (then joined by · to the rest of the name, where there is one: 卡尔十六世·古斯塔夫
    is one king)."""
    out = []
    for s, e in spans:
        foreign = is_transliterated(text[s:e]) or text.endswith(_RULERS, 0, s)  # (国王穆罕默德六世)
        m = _REGNAL_NUMBER.match(text, e) if e - s >= 2 and foreign else None
        out.append((s, m.end()) if m else (s, e))
    return out


def _foreign_names_completed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """伊朗总统佩泽希齐扬21日…: a transliterated name of three or more read short, where two or three more
    characters of transliteration run on to a digit or a punctuation mark, is the whole run (not 普京为2024年…:
    one character, which is as often a word after the name)."""
    translit = transliteration_characters()
    starts = {s for s, _ in spans}
    out = []
    for s, e in spans:
        if e - s >= 3 and e not in starts and is_transliterated(text[s:e]):
            k = e
            while k < len(text) and k - e < 3 and text[k] in translit:
                k += 1
            if k - e >= 2 and (k == len(text) or not "\u4e00" <= text[k] <= "\u9fff"):
                e = k
        out.append((s, e))
    return out


# titles of foreign heads of state and government, written between the country and the name (卡塔尔埃米尔塔米姆)
_RULERS = ("埃米尔", "国王", "女王", "苏丹", "王储", "总统", "总理", "首相", "大公", "亲王", "元首", "执政官")
# a party's or a movement's leader (哈马斯领导人哈尼亚表示): a person after the title where a verb, a time or a mark follows
# the name (not 金砖国家领导人约翰内斯堡峰会, 美俄领导人阿拉斯加会晤: a summit, a meeting named after its place)
_LEADERS = ("领导人", "最高领袖")
_MEETINGS_OF_LEADERS = ("会晤", "会谈", "会面", "峰会", "会议")  # (美俄领导人阿拉斯加会晤: a meeting where it is held)


def _without_country_and_title(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """卡塔尔埃米尔塔米姆 read as one name is the country, the ruler's title and the name (塔米姆); a name
    ending in 旅 (哈马斯下属武装派别卡桑旅) is an armed brigade's, no person's."""
    out = []
    for s, e in spans:
        if e - s >= 3 and text[e - 1] == "旅" and is_transliterated(text[s:e - 1]):
            continue
        country = next((c for c in countries_in(text[s:e]) if text.startswith(c, s)), None) if e - s >= 5 else None
        if country is not None:
            title = next((t for t in _RULERS if text.startswith(t, s + len(country))), None)
            if title is not None and e - (s + len(country) + len(title)) >= 2:
                s += len(country) + len(title)
        out.append((s, e))
    return out


# the titles a name may follow (those of ROLE_WORDS of two characters or more)
_TITLES = tuple(w for w in ROLE_WORDS if len(w) >= 2)
_TITLE_WORDS = frozenset(_TITLES)


def _after_a_title(text: str, s: int) -> bool:
    """Whether a title of office or calling (省长, 副总经理, 书记) is written right before position `s`."""
    return text.endswith(_TITLES, 0, s)


_MARKS_AFTER_NAME = "，、。；"


def _names_cut_before_a_mark(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name of two right after a title or in a list, then one character that given names hold more often than
    running text and a punctuation mark (…原党组成员、副总经理郑宝仁，江西省…), is the name of three: the mention model
    cuts such names in long lists of officials, and the one character left standing before the comma is no word of
    the sentence."""
    starts = {s for s, _ in spans}
    given = given_name_ratios()
    out = []
    for s, e in spans:
        if e - s == 2 and text[e + 1:e + 2] and text[e + 1] in _MARKS_AFTER_NAME and e not in starts \
                and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in _VERB_AFTER_NAME \
                and given.get(text[e], -99.0) > 0 and opens_with_single_surname(text[s:e]) \
                and (_after_a_title(text, s) or text[s - 1:s] == "、"):
            e += 1
        out.append((s, e))
    return out


_LINKED_BY = re.compile(r"两[市地]|高速|高铁|铁路|城际|公路|交易所|港通|通道|航线")


def _inside_a_longer_word(text: str, s: int, e: int) -> bool:
    """A word of the language that the text writes as part of a longer one (帕金森病, 海岸雷达站) or after a
    demonstrative (该雷达今年被运往…) is that word, no one's name."""
    name = text[s:e]
    if word_frequency(name) >= 20 and e < len(text) and word_frequency(text[s:e + 1]) >= 3 \
            and not splits_a_word(text, e + 1):
        return True  # (not 普京当 of 普京当天表示: jieba lists that run-on as a word, which would cut 当天 in two)
    # 恩格尔系数, 马克思主义, 格林尼治: a longer word of the dictionary, not a name, that the text writes on from
    # the name is that word (a term named after somebody, a place spelt like a name)
    if any(word_frequency(longer := text[s:e + k]) and word_tag(longer) not in _NAME_TAGS
           for k in (1, 2, 3, 4) if e + k <= len(text)):  # (马克思|列宁主义)
        return True
    return s > 0 and text[s - 1] in "该这那此" and word_frequency(name) > 0


# kinship words that open with a character that is also a surname (岳, 伯, 叔, 姑, 舅, 姨 …)
_RELATIVES = frozenset("岳母 岳父 伯父 伯母 叔父 叔母 姑父 姑母 姑妈 舅父 舅母 舅妈 姨父 姨母 姨妈 姑姑 舅舅 姨姨 "
                       "叔叔 伯伯 婶婶 公公 婆婆 嫂子 嫂嫂 姐夫 妹夫 儿媳 侄子 侄女 外甥 外孙 孙子 孙女 "
                       "师傅 师父 师母 祖父 祖母 曾祖".split())
_NAME_TAGS = _LISTED_NAME_TAGS | {""}  # a name's tag, or none (a word the dictionary does not list)


def _a_word_of_no_surname(name: str) -> bool:
    """培根 of 培根铸魂, 泥人张, 春景, 悟空: a word of the dictionary, not tagged a name, that opens with no
    surname, is that word, unless every character of it spells foreign names (南苏丹总统基尔, 希利)."""
    return word_tag(name) not in _NAME_TAGS and not opens_with_single_surname(name) \
        and not is_compound_surname(name[:2]) and not is_transliterated(name)


def _surname_alone_or_cut(text: str, s: int, e: int) -> bool:
    """A compound surname alone (开“诸葛会”) names no one; a two-character "name" whose second character
    begins a longer word (吴秀英长舒一口气: 舒|一口气) is a piece of words."""
    if e - s != 2:
        return False
    if is_compound_surname(text[s:e]):
        return True
    return len(next(iter(tokens_after(text, e - 1, 5)), "")) >= 3


def _begins_inside_a_word(text: str, s: int) -> bool:
    """A name does not begin inside a word (居民刘先生 read as 民刘), unless a word also ends right before
    it (外长安格明: jieba reads 长安, but 外长 "foreign minister" ends where the name begins)."""
    return splits_a_word(text, s) and not any(word_frequency(text[s - k:s]) for k in (2, 3) if s >= k)


def _without_sides(text: str, spans: list[tuple[int, int]],
                   titled: set[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """马方 ("the Malaysian side"), 中英 and 中瑙 (China and the UK, China and Nauru), 法德 (France and Germany):
    two characters that stand for countries, one of them 中 or 方, or both the first characters of countries the
    text names, are no person; nor is a country's first character and what the press writes after it for its
    people or its press (乌媒 "Ukrainian media", 巴平民 "Palestinian civilians"), nor 由 and a country's (美国代表团由美
    副总统万斯率领: "led by the US vice-president"); but a name the text writes after a title (`titled`: 圣马力诺执政官
    罗西, in a text that names 罗马尼亚 and 西班牙) is somebody's."""
    if not any(e - s <= 3 for s, e in spans):
        return spans
    named = {c[0] for c in countries_in(text)}
    initials = {"中"} | named
    return [(s, e) for s, e in spans
            if (s, e) in titled
            or not (e - s == 2 and text[s] in initials
                    and (text[s + 1] == "方" or (text[s + 1] in initials and ("中" in text[s:e] or text[s] in named
                                                                              and text[s + 1] in named))))
            and not (text[s] in named and text[s + 1:e] in _A_COUNTRYS_PEOPLE)
            and not (e - s == 2 and text[s] == "由" and text[s + 1] in named)]


# what the press writes after a country's first character for its people, its press or its officials (乌媒, 巴平民)
_A_COUNTRYS_PEOPLE = frozenset("媒 媒体 平民 民众 官员 官方 军方 总统 总理 外长 防长 政府".split())


def _pairs_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """普京同卢拉通电话, 李希韩正: two names read as one, joined by 同, 和 or 与 or by nothing, are the two
    people, when the text writes each of them on its own elsewhere; or when a name of two that the text writes
    on its own opens four characters whose other two open with a surname (丁薛祥李希韩正等在主席台就座, where 韩正
    is named nowhere else): Chinese full names of four with a single surname are rare, runs of names in a
    caption are not."""
    names = {text[s:e] for s, e in spans}
    out = []
    for s, e in spans:
        for k in range(s + 2, e - 1):
            after = k + 1 if text[k] in _PAIR_JOINERS else k
            if text[s:k] in names and text[after:e] in names and e - after >= 2:
                out.extend([(s, k), (after, e)])
                break
        else:
            if e - s == 4 and text[s:s + 2] in names and opens_with_single_surname(text[s + 2:e]) \
                    and opens_with_single_surname(text[s:e]):
                out.extend([(s, s + 2), (s + 2, e)])
            else:
                out.append((s, e))
    return sorted(set(out))


_PAIR_JOINERS = "同和与"
# what a commentator does right after the name (伊姆兰·哈立德发文表示): read into a transliterated name
_SPEECH_VERBS = ("发文", "撰文", "表示", "指出", "认为")


def _without_speech_verb(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A transliterated name read with the verb after it (伊姆兰·哈立德发文) ends before the verb."""
    return [(s, e - 2) if "·" in text[s:e - 2] and text.endswith(_SPEECH_VERBS, s, e) else (s, e)
            for s, e in spans]


def _without_leading_word(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name read with a one-character word before it (有 of 根本在于有…), whose rest the tagger reads as
    a name of its own in the same text, is that rest: otherwise the longer reading would spread to every
    place the text spells it (see _completed)."""
    names = {text[s:e] for s, e in spans}
    return [(s + 1, e) if e - s >= 3 and text[s + 1:e] in names and word_tag(text[s]) in _FUNCTION_TAGS
            else (s, e) for s, e in spans]


def _begun_early(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name read one character early (工序长潘从明 read as 长潘, the 长 of the title before it), cutting
    into a longer name the tagger reads elsewhere in the same text that starts one character later, is
    that name."""
    by_start: dict[str, list[str]] = {}  # first character → names (a document reads hundreds)
    for name in {text[s:e] for s, e in spans}:
        by_start.setdefault(name[0], []).append(name)
    out = []
    for s, e in spans:
        longer = max((n for n in by_start.get(text[s + 1:s + 2], ()) if len(n) > e - s - 1 and text.startswith(n, s + 1)),
                     key=len, default="")
        out.append((s + 1, s + 1 + len(longer)) if longer else (s, e))
    return sorted(set(out))


def _completed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name read in part (…旺堆说 where the text writes 次仁旺堆, X平 of X平均重任) is the longer name
    read elsewhere in the same text, where the characters around it spell that name."""
    names = sorted({text[s:e] for s, e in spans}, key=len, reverse=True)
    out = []
    for s, e in spans:
        name = text[s:e]
        for longer in names:
            if len(longer) <= len(name):
                break
            at = longer.find(name)
            if at >= 0 and s - at >= 0 and text.startswith(longer, s - at):
                s, e = s - at, s - at + len(longer)
                break
        out.append((s, e))
    return sorted(set(out))


def _not_short_forms_of_places(text: str, places: list[PlaceMention], persons: list[tuple[int, int]]) -> list[
        tuple[int, int]]:
    """A "name" that is a place of the same text without its 村, 县 or 市 (石门 of 石门村, 于田 of 于田县)
    is that place spoken of for short, and one followed by a part of a place (贝鲁特南郊, 阿斯塔纳会谈
    is named after a city; 索契冬奥会: games and summits are named after their host city) is a place:
    not a person."""
    named = {p.name or p.surface for p in places}
    things = {name for name in {text[s:e] for s, e in persons} if _names_a_thing(text, name)}
    return [(s, e) for s, e in persons
            if not any(text[s:e] + ending in named for ending in _PLACE_KINDS)
            # (费利佩六世会谈: a king's talks; a name with its regnal number is no city's)
            and (not _PLACE_PART.match(text, e) or _REGNAL_NUMBER.search(text, s, e)
                 or _talks_of_a_titled_one(text, s, e))
            and text[s:e] not in things
            and not _AREA_AFTER.search(text, s, e)  # 雅万高铁, 京哈高铁京沈(段): a work's name holds no one's
            and not _SEASON_AFTER.match(text, e)  # 孟夏时节: a season of the old calendar, no one
            and not text.startswith("主义", e)]  # 马克思列宁主义: a doctrine named after them, no one spoken of


def _talks_of_a_titled_one(text: str, s: int, e: int) -> bool:
    """主席阿拉法特会谈: the talks of someone given a title right before the name, not a city's (阿斯塔纳会谈)."""
    return text.startswith("会谈", e) and _TITLE_BEFORE.search(text, max(0, s - 6), s) is not None


_TITLE_BEFORE = re.compile(rf"(?:{ROLE_RE}|{'|'.join(_RULERS)}|外长|国务卿|议长)$")
_VILLAGE_ENDINGS = ("村", "社区", "嘎查")
_PLACE_KINDS = _VILLAGE_ENDINGS + ("县", "市", "区", "旗", "镇", "乡")
# parts of a town (贝鲁特南郊, 拉法境内), which only a place has
_TOWN_PARTS = r"[东南西北]郊|市区|城区|境内"
_PLACE_PART = re.compile(rf"{_TOWN_PARTS}|郊区|会谈|冬奥会|冬残奥会|奥运会|亚运会|大运会|峰会|世博会")
_SEASON_AFTER = re.compile(r"时节|时分|季节")
_AREA_AFTER = re.compile(r"地区|核电|高铁|高速|铁路|跨海|隧道|大桥|机场|水库|古道|(?:革命)?(?:旧址|遗址)|革命纪念馆|历史文化街区|科学城|科技城|工程(?!师)")
# 胡塞武装: the armed group named so, not a person
_GROUP_AFTER = re.compile(r"武装")
# 金雀ＸＰ电脑: a brand's name, then its model in Latin letters
_MODEL_AFTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
# 台风“杜苏芮”: storms carry given names
_STORM_BEFORE = ("台风", "台风“", "飓风", "飓风“", "热带风暴", "热带风暴“")


# what a text writes before a town's name (南部城市拉法, 首都贝鲁特) and after it (拉法口岸, 贝鲁特南郊, 拉法等地)
_TOWN_BEFORE = ("城市", "首都", "港口", "港城", "海港", "出生地")
_TOWN_AFTER = re.compile(rf"{_TOWN_PARTS}|上空|口岸|等地|方向")
# a body's short name in brackets after its full name: 伊斯兰圣战组织（杰哈德）
_BODY_BEFORE_BRACKET = ("组织（", "组织(", "运动（", "运动(", "阵线（", "阵线(")


def _names_a_thing(text: str, name: str) -> bool:
    """Whether the text writes `name` anywhere as the name of a place, a work, an armed group, a storm or a
    body, which it then is wherever it stands (当前，黄淮海冬小麦苗情… after 黄淮海地区; 胡塞武装称… then 胡塞称…;
    金巴高速公路; 台风“杜苏芮” then 杜苏芮造成…; 南部城市拉法 and 拉法等地, then 进攻拉法; 伊斯兰圣战组织（杰哈德）),
    or a country's army by its initial (乌军称, 以军对…: 军 after the first character of a country the text
    names)."""
    if len(name) == 2 and name[1] == "军" and any(c.startswith(name[0]) for c in countries_in(text)):
        return True
    for k in occurrences(text, name):
        end = k + len(name)
        if _AREA_AFTER.match(text, end) or _GROUP_AFTER.match(text, end) or _TOWN_AFTER.match(text, end) \
                or _MODEL_AFTER.match(text, end) \
                or text.endswith(_STORM_BEFORE + _TOWN_BEFORE + _BODY_BEFORE_BRACKET, 0, k) \
                or _after_a_foreign_state(text, k, name):
            return True
    return False


def _after_a_foreign_state(text: str, k: int, name: str) -> bool:
    """美国阿拉斯加州安克雷奇: a transliterated name right after a foreign state (a transliterated name and 州)
    is a town of that state."""
    return k >= 3 and text[k - 1] == "州" and is_transliterated(text[k - 3:k - 1]) and is_transliterated(name)


def _name_char_before_verb(text: str, k: int) -> bool:
    """The character at `k` is one given names hold far more often than running text (健, 杰: log-ratio above
    1.5), and a word that follows names and that given names rarely hold comes right after it (唐仁健在报告会上:
    健在 'alive' is a word, but 在 is what follows the name)."""
    return given_name_ratios().get(text[k], -99.0) > 1.5 and text[k + 1:k + 2] in _rarely_given_verbs()


def _names_ending_early(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name of two read before a character of a given name that forms a word with the one after it, which
    is what follows names (李干杰作总结讲话: 杰作 'masterpiece', but 作 is the verb after 李干杰), is the name of
    three."""
    out = []
    for s, e in spans:
        if e - s == 2 and e + 1 < len(text) and opens_with_single_surname(text[s:e]) \
                and _name_char_before_verb(text, e) and word_tag(text[e:e + 2]) \
                and not any(a <= e < b for a, b in spans):
            e += 1
        out.append((s, e))
    return out


_APPOINTING = ("任命", "增补", "选举", "推选", "递补", "提名", "决定")


def _foreign_name_before_a_word(text: str, s: int, e: int) -> bool:
    """黎巴嫩看守政府总理米卡提要求…: a transliterated name in a report on another country, its last character before
    a likelier word (要求, not 提要): the name is whole (not 法国总理贝鲁未通过…: 未 "not yet", no end of a name)."""
    return is_transliterated(text[s:e - 1]) and text[e - 1] not in _ADVERBS_AFTER_A_NAME \
        and word_frequency(text[e:e + 2]) > word_frequency(text[e - 1:e + 1]) and bool(countries_in(text[max(0, s - 30):s]))


# adverbs of negation and time that follow a name and never end a transliterated one
_ADVERBS_AFTER_A_NAME = frozenset("未不没已将也又再仍还曾就才便均都")


def _verb_across_end(text: str, e: int) -> bool:
    """The last character of a three-character name begins a verb with the next one (黄明拨通电话:
    拨通 'get through'): the name is the two characters before it; not before 等, which lists the name with others
    (马兰加等4人: jieba's 加等 is no verb there)."""
    return word_tag(text[e - 1:e + 1]) == "v" and not _listed_with_others(text, e)


def _listed_with_others(text: str, e: int) -> bool:
    """Whether the name ending at `e` is followed by 等, which lists it with others (马兰加等4人, 多吉才让等): its last
    character begins no word with 等."""
    return text.startswith("等", e)


_LISTED = "、和"


def _people_listed_as_places(text: str, places: list[PlaceMention], persons: list[tuple[int, int]]) -> tuple[
        list[PlaceMention], list[tuple[int, int]]]:
    """A bare short form of a place (高平 for 高平县) standing in a list between two names of people
    (…陈建国(驻新村第一书记)、高平、杨文斌…) is a person's name too."""
    ends = {e for _, e in persons}
    starts = {s for s, _ in persons}
    moved = []
    for p in places:
        if p.surface != (p.name or p.surface) and not p.enumerated and 2 <= p.end - p.start <= 3 \
                and text[p.start - 1:p.start] in _LISTED and text[p.end:p.end + 1] in _LISTED \
                and _person_before(text, p.start - 1, ends) and p.end + 1 in starts:
            moved.append(p)
    if not moved:
        return places, persons
    return [p for p in places if p not in moved], sorted(set(persons) | {(p.start, p.end) for p in moved})


def _person_before(text: str, pos: int, ends: set[int]) -> bool:
    """Whether a person's name ends at `pos`, or just before an aside in brackets that ends there."""
    if pos in ends:
        return True
    if text[pos - 1:pos] in ")）":
        opening = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
        return opening >= 0 and pos - opening <= 26 and opening in ends
    return False


def _named_again(text: str, persons: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A full name read once is that person wherever the text writes it again as a word of its own,
    outside the `blocked` spans of places, bodies and programmes (社区党委副书记谢军。 where the
    tagger read only a later 谢军笑着回答)."""
    taken = list(persons) + list(blocked)
    extra = []
    for name in sorted({text[s:e] for s, e in persons if e - s >= 2}):
        for k in occurrences(text, name):
            end = k + len(name)
            if not any(a < end and k < b for a, b in taken) and not splits_a_word(text, k) \
                    and not splits_a_word(text, end):
                extra.append((k, end))
                taken.append((k, end))
    return sorted(persons + extra) if extra else persons


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Whether the name text[s:e] is written elsewhere in the text without the character after it here
    (李红 … 李红会给我们带来: 会 is "will", not the end of the name)."""
    name, after = text[s:e], text[e:e + 1]
    return any(not text.startswith(after, k + len(name)) for k in occurrences(text, name))


def _join_foreign_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """米格尔·迪亚斯-卡内尔: parts of a transliterated name joined by · or - are one person."""
    translit = transliteration_characters()
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        while e + 1 < len(text) and text[e] in _JOINERS and text[e + 1] in translit:
            e += 1
            while e < len(text) and text[e] in translit:
                e += 1
        while s >= 2 and text[s - 1] in _JOINERS and text[s - 2] in translit:
            s -= 1
            while s > 0 and text[s - 1] in translit:
                s -= 1
        if joined and s < joined[-1][1]:
            s = joined[-1][0]
            joined.pop()
        joined.append((s, max(e, s)))
    return joined


def _furniture_mentions(ct: CleanText, spans: tuple[tuple[int, int], ...], pieces: str) -> list[tuple[str, Evidence]]:
    """Names inside lines that cleaning dropped as page furniture (`spans` of the original text), each
    piece matching `pieces`, with the whole line as the evidence sentence."""
    from ..clean import to_simplified

    raw = ct.document.text
    found = []
    for start, end in spans:
        line_start = raw.rfind("\n", 0, start) + 1
        line_end = raw.find("\n", end)
        line = to_simplified(raw[line_start:line_end if line_end >= 0 else len(raw)].strip())
        for m in re.finditer(pieces, raw[start:end]):
            found.append((to_simplified(m.group()), Evidence(ct.document.id, line, ct.document.offset + start + m.start(),
                                                             ct.document.offset + start + m.end())))
    return found


def _credited_people(ct: CleanText) -> list[tuple[str, Evidence]]:
    """Editors named in credit lines ([责任编辑:王海松 吴文 ])."""
    return _furniture_mentions(ct, ct.credits, r"[\u4e00-\u9fff]{2,4}")


def _source_outlets(ct: CleanText) -> list[tuple[str, Evidence]]:
    """News outlets named in source lines (来源:河北新闻网--河北日报): each span is one outlet."""
    return _furniture_mentions(ct, ct.sources, r"^.+$")


def _read_mentions(text: str, model: list[Span] | None = None,
                   references: list[tuple[int, int, str]] | None = None) -> tuple[
        list[PlaceMention], list[tuple[int, int]], list[OrgMention], list[ProgrammeMention]]:
    """Places, person spans, organisations and programmes of a clean text, each kind checked against
    the others (the one reading that both the graph and `kg ner` use).  `model` is the mention
    model's reading of the text when the caller tagged it already (a batch is tagged at once);
    `references` its forms of address when the caller read them already (`name_references`)."""
    if model is None:
        model = tagger().tag(text, GRAPH_READING)
    if references is None:
        references = name_references(text)
    model_people = [(m.start, m.end) for m in model if m.type == "PER"]
    village_like = {(m.start, m.end) for m in model if m.end - m.start >= 3
                    and text.endswith(_VILLAGE_ENDINGS, m.start, m.end)}
    # a village's name in a list of people, whichever the model reads it as, is a person's (…张庆伟、洛桑江村、
    # 雪克来提·扎克尔…: a Tibetan name)
    # (and a name the model reads there, which rules of single names would drop: 和|田纪云 of …张高丽和田纪云、迟浩田…,
    # jieba's 和田 a place; 回良玉, 回 no surname to the dictionary)
    listed = _listed_among_people(text, model_people, sorted(village_like) + model_people) \
        | _titled_as_people(text, village_like) | _acting_as_people(text, village_like) \
        | _rulers_read_as_places(text, [(m.start, m.end) for m in model if m.type == "LOC"]) \
        | _named_before_head_titles(text, model)
    # a village the model reads as a person's name (巴来嘎查: its stem looks like one) is a place it read
    places = find_places(text, [(m.start, m.end) for m in model if (m.type == "LOC" or (
        m.type == "PER" and (m.start, m.end) in village_like)) and (m.start, m.end) not in listed])
    persons = _persons(text, sorted(set(model_people) | listed | _appointees(text, model_people)
                                    | _heads_unread(text, model) | _listed_names_after_titles(text, model_people)
                                    | _names_between_names(text, model_people)),
                       references, listed)
    persons = _not_short_forms_of_places(text, places, persons)
    places, persons = _people_listed_as_places(text, places, persons)
    orgs = find_orgs(text, places, persons, [(m.start, m.end) for m in model if m.type == "ORG"])
    # 董事长武钢…由武钢主导研发: where the text names a person after a title, the same name read elsewhere as a
    # body's (the model knows 武钢 as a steel works) is that person
    names = {text[s:e] for s, e in persons if _after_a_title(text, s)}
    orgs = [o for o in orgs if not (o.name in names and text.startswith(o.name, o.start) and o.owner is None
                                    and o.parent is None and not o.generic)]
    # 台湾民主自治同盟, 中共中央台湾工作办公室: a place inside a national body's name is no place the text names (the body
    # sits in none)
    tabled = [o for o in orgs if o.name in national_full_names()]
    places = [p for p in places if not any(o.start <= p.start and p.end <= o.end for o in tabled)]
    # 哈马斯和法塔赫代表: a body's short form the tables know, read as a person's name, is that body (by its official name)
    tabled_short = [(s, e) for s, e in persons if text[s:e] in national_short_forms() and not _after_a_title(text, s)]
    persons = [p for p in persons if p not in tabled_short]
    orgs = sorted(orgs + [OrgMention(s, e, national_short_forms()[text[s:e]], alias=text[s:e]) for s, e in tabled_short],
                  key=lambda o: o.start)
    # a quoted name that ends like a body (“马背宣传队”, “李强劳模工作室”) is that body, not a programme
    programmes = [p for p in find_programmes(text)
                  if not any(o.start <= p.start + 1 and p.end - 1 <= o.end and o.name == p.name for o in orgs)]
    # 粤港澳大湾区公共算力服务平台: a platform read as a body is a programme (SCHEMA: platform/app)
    platforms = [o for o in orgs if _PLATFORM.search(o.name) and o.owner is None and o.parent is None and not o.generic
                 and not any(p.start <= o.start and o.end <= p.end for p in programmes)]
    orgs = [o for o in orgs if o not in platforms]
    programmes = sorted(programmes + [ProgrammeMention(o.start, o.end, o.name) for o in platforms], key=lambda p: p.start)
    # drop person names inside organisation or programme names (李强劳模工作室)
    blocked = [(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in programmes] + \
        [(p.start, p.end) for p in places]
    persons = [s for s in persons if not any(a <= s[0] and s[1] <= b_ for a, b_ in blocked)
               # a name cutting into a place name (金凤镇柳家湾 → 凤镇柳) is a misreading of the place
               and not any(p.start < s[1] and s[0] < p.end for p in places)]
    persons = _not_only_in_quotes_of_no_one(text, _not_only_in_titles(text, _named_again(text, persons, blocked)))
    persons = _not_a_sites_name(text, _not_a_side(text, persons))
    return places, _addresses_of_no_one(text, _not_in_lists_of_companies(text, persons)), orgs, programmes


_PLATFORM = re.compile(r"(?<!电子战)平台$")  # (俄军电子战平台: a weapon system)


def _given_names_of(text: str, persons: list[tuple[int, int]]) -> dict[str, str]:
    """Names of two that are the given name of exactly one name of three with a single surname the text
    reads (仁盈 of 武仁盈): that person, called by the given name, as friends and neighbours call him."""
    names = {text[s:e] for s, e in persons}
    out = {}
    for name in names:
        if len(name) != 2:
            continue
        fulls = [f for f in names if len(f) == 3 and f.endswith(name) and opens_with_single_surname(f)]
        if len(fulls) == 1:
            out[name] = fulls[0]
    return out


def _addresses_of_no_one(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """老 or 小 and one character (小吴, 老付, 小田) is a form of address, no full name: an alias of the one
    person of that surname the text names in full (小吴 of 吴建平), and nobody where it names none
    (老付家, “小田变大田”)."""
    short = [(s, e) for s, e in persons if e - s == 2 and text[s] in "小老"]
    if not short:
        return persons
    surnames = {text[s] for s, e in persons if e - s >= 2 and text[s] not in "小老"}
    return [(s, e) for s, e in persons if (s, e) not in short or text[s + 1] in surnames]


# what closes a list of companies: 等企业, 5家企业, 等平台 (also 等企业负责人: the heads of those companies)
_COMPANIES_AFTER = re.compile(r"(?:等|[0-9０-９一二三四五六七八九十两几多]+家)(?:[0-9０-９一二三四五六七八九十两几多]+家)?"
                              r"(?:企业|公司|车企|平台|品牌|银行|互联网企业|民营企业)")
_CLAUSE_MARKS = re.compile(r"[，。；：！？,;:!?\n（）()“”《》]")


def _not_in_lists_of_companies(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names in a list that the text closes as companies (美团、小红书、海智在线、货拉拉、阿里云、徐工汉云、抖音、智联招聘
    等企业负责人; 丰田、马自达、雅马哈发动机、本田、铃木5家企业) are companies, when most items of the list are no
    one's names: a list of people closed so (雷军、王传福等企业负责人) is read as people throughout."""
    if "、" not in text or not persons:
        return persons
    spans = set(persons)
    dropped = set()
    for s, e in persons:
        if text[e:e + 1] != "、" and not _COMPANIES_AFTER.match(text, e):
            continue
        start = max((m.end() for m in _CLAUSE_MARKS.finditer(text, max(0, s - 200), s)), default=max(0, s - 200))
        stop = _CLAUSE_MARKS.search(text, e)
        clause_end = stop.start() if stop else len(text)
        tail = next((m for m in _COMPANIES_AFTER.finditer(text, e, clause_end)), None)
        if tail is None:
            continue
        items, pos = [], start
        for item in text[start:tail.start()].split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if len(items) < 3 or not any(a <= s and e <= b for a, b in items):
            continue
        if sum(item in spans for item in items) * 2 < len(items):
            # (海智 of 海智在线, 欧冶云 of 欧冶云商: a name read in part is inside its item)
            dropped.update(p for p in persons if any(a <= p[0] and p[1] <= b for a, b in items))
    return [p for p in persons if p not in dropped] if dropped else persons


_WORK_TITLE = re.compile(r"《[^《》\n]{1,40}》")


def _not_only_in_titles(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "name" the text writes only inside the title of a work (《苏堤春晓》, 《黑神话：悟空》, 《给阿嬷的情书》)
    names a work or its hero, not a person the text speaks of: kept only where the text also names it outside a
    title."""
    if "《" not in text or not persons:
        return persons
    titles = [(m.start(), m.end()) for m in _WORK_TITLE.finditer(text)]
    outside = {text[s:e] for s, e in persons if not any(a < s and e < b for a, b in titles)}
    return [(s, e) for s, e in persons if text[s:e] in outside]


# the blocs a text calls by their first character and 方 ("side") besides the countries (欧方 of 欧盟, 非方 of 非盟)
_BLOCS = ("欧盟", "欧洲", "非盟", "非洲", "东盟", "阿盟")


def _not_a_side(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """马方愿同中方…, 韩方希望…, 欧方: a country's or a bloc's first character and 方 is its side in talks, no person
    called so, where the text names that country or bloc (马来西亚, 韩国, 欧盟) or China's side (中方)."""
    sides = {text[s:e] for s, e in persons if e - s == 2 and text[s + 1] == "方"}
    if not sides:
        return persons
    named = {name[0] for name in countries_in(text)} | {bloc[0] for bloc in _BLOCS if bloc in text}
    if "中方" in text:
        named |= set(country_initials())  # (中方祝贺韩方…: talks between sides, China's one of them)
    return [(s, e) for s, e in persons if not (text[s:e] in sides and text[s] in named)]


# a tomb written with its owner (唐李邕墓马球图), a brand of workshops named after the craftsmen's patron (鲁班工坊)
_TOMB = ("墓", "陵墓")
_NAMED_AFTER_A_PATRON = ("工坊",)


def _not_a_sites_name(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """李邕墓 (a tomb read whole as a name), 鲁班|工坊 (the workshops China sets up abroad): a site or a brand named after
    someone, no person the text speaks of."""
    return [(s, e) for s, e in persons if not (text.endswith(_TOMB + _NAMED_AFTER_A_PATRON, s, e)
                                                or text.startswith(_NAMED_AFTER_A_PATRON, e))]


_QUOTE = re.compile(r"“([^“”\n]{1,60})”")
_VERSE_BREAKS = re.compile(r"[，、。；！？·,;!?]")


def _not_only_in_quotes_of_no_one(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "name" the text writes only as a whole quote (台风“卡努”, 大熊猫“福妮”, 导弹“帕韦”, 吉祥物“龙辰辰”: what the
    press quotes by itself is a storm's, an animal's, a weapon's or a mascot's name, a person's is written plain)
    or inside a quoted verse (“田成方、渠成网、路相通、沟相连”, “墙角数枝梅，凌寒独自开。”: lines of one length, not
    all of them names) names no one: kept only where the text also names it outside such quotes."""
    if "“" not in text or not persons:
        return persons
    names = {text[s:e] for s, e in persons}
    quotes = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)
              if m.group(1) in names or _verse(m.group(1), names)]
    if not quotes:
        return persons
    outside = {text[s:e] for s, e in persons if not any(a <= s and e <= b for a, b in quotes)}
    return [(s, e) for s, e in persons if text[s:e] in outside]


def _verse(quoted: str, names: set[str]) -> bool:
    """Lines of one length, three to nine characters each, at least two, not all of them names (a quoted list of
    names is people's)."""
    lines = [line for line in _VERSE_BREAKS.split(quoted) if line]
    return len(lines) >= 2 and len(set(map(len, lines))) == 1 and 3 <= len(lines[0]) <= 9 \
        and not all(line in names for line in lines)


# the kinds of local, grassroots bodies that a round-up's place sentence locates (a team, a station, a co-op), not a
# company or an institution that may be any province's or the nation's
_GRASSROOTS_KIND = re.compile(r"(?:宣讲团|服务队|志愿队|志愿服务队|突击队|工作队|小分队|驿站|服务站|工作站|合作社|协会|工作室|宣讲队)$")
# (national_body knows the state's openings, 中央/国家/全国; these open the nation's companies and associations)
_OF_THE_NATION = ("中国", "中华")


def extract(ct: CleanText, mentions: list[Span] | None = None) -> DocGraph:
    """The document graph of one clean text; `mentions` is the mention model's reading of ct.text
    when it was tagged with others (see `tag_many`)."""
    text = ct.text
    b = _DocBuilder(ct)
    references = name_references(text)  # read once: the people's reading and the aliases both use them
    places, persons, orgs, programmes = _read_mentions(text, mentions, references)

    def sentence_bounds(pos: int) -> tuple[int, int]:
        s = ct.sentence_at(pos)
        return (s.start, s.end) if s.index >= 0 else (max(0, pos - 100), min(len(text), pos + 100))

    _add_places(b, places)
    visited = _visited_place(text, places)
    for o in orgs:
        if _village_committee_by_kind(o):
            continue
        _add_org(b, o)
        if o.refers_back:
            continue
        local = _named_after_local_place(o, places) or _bracketed_place(text, o, places)
        if local is not None:
            b.relate(o.key, "locatedIn", local.key, span=(o.start, o.end))
        elif visited is not None and not _dateline_source(text, o) \
                and (_placed_by_the_visit(o, visited) or _named_after_a_part_of_the_visit(b, o, visited)):
            b.relate(o.key, "locatedIn", visited.key, span=(o.start, o.end))
        elif _GRASSROOTS_KIND.search(o.name) and o.owner is None and o.located_hint is None and o.parent is None \
                and not o.generic and not o.name.startswith(_OF_THE_NATION) and not national_body(o.name):
            # 在上海，多个社区里搭建的“社区国补焕新服务站”: a local station named in a sentence that opens with its place
            sentence = sentence_bounds(o.start)
            opening = place_the_sentence_opens_with(text, sentence[0], places)
            if opening:
                b.relate(o.key, "locatedIn", opening[0].key, span=(sentence[0], o.end))
    _units_of_named_bodies(b, orgs)
    for child, parent, start, end in affiliations(text, orgs):
        b.relate(_add_org(b, child), "partOf", _add_org(b, parent), span=(start, end))

    person_keys: dict[str, str] = {}
    positions: dict[str, list[int]] = {}
    given = _given_names_of(text, persons)
    for start, end in persons:
        name = text[start:end]
        if name in given:
            # 要不是仁盈帮俺…: a given name alone, of the one person the text names in full with it (武仁盈)
            full = given[name]
            key = person_keys[name] = person_keys.setdefault(full, _person_key(full))
            b.entity(key, "Person", full, alias=name, span=(start, end))
            continue
        key = person_keys.setdefault(name, _person_key(name))
        b.entity(key, "Person", name, span=(start, end))
        positions.setdefault(name, []).append(start)
    outlets = _source_outlets(ct)
    for name, evidence in outlets:
        key = b.entity(f"Organization:{name}", "Organization", name, evidence=evidence)
        _locate_by_name(b, key, name, None, evidence)
    for name, evidence in _credited_people(ct):
        key = person_keys.setdefault(name, _person_key(name))
        b.entity(key, "Person", name, evidence=evidence)
    heads_of: dict[str, list[OrgMention]] = {}  # a person's bodies where the text names them its head
    posts = find_posts(text, persons, orgs, places, sentence_bounds, tuple(name for name, _ in outlets))
    for post in posts:
        name = text[post.person[0]:post.person[1]]
        _add_post(b, person_keys[name], post)
        if post.org is not None and not post.org.generic and not post.outlet and _HEAD_ROLE.search(post.role):
            heads_of.setdefault(name, []).append(post.org)
    # (习近平总书记 in a report at home: the post, but not a head whose body runs what he launches, as
    # _body_of_the_head_who_acts reads heads: the Central Committee would run every seminar he opens)
    for post in titles_after_names_at_home(text, persons, orgs, posts):
        _add_post(b, person_keys[text[post.person[0]:post.person[1]]], post)
    for name, aliases in resolve_references(text, references, positions).items():
        for alias in aliases:
            b.entity(person_keys[name], "Person", name, alias=alias)

    full = _full_programme_names(programmes)
    for o in orgs:
        # a body named after a programme (大兴区“接诉即办”调度指挥中心) runs it
        prog = next((p for p in programmes if o.named_after and o.named_after in (p.name, p.alias)), None) \
            or _programme_its_office_is_named_after(o, programmes) or _round_its_teams_inspect(o, programmes)
        if prog is not None:
            b.relate(o.key, "runs", f"Programme:{full.get(prog.name, prog.name)}", span=(o.start, o.end))
    actors = [o for o in orgs if not _dateline_source(text, o)]
    round_up = is_round_up(text, ct.document.title)
    for prog in programmes:
        name = full.get(prog.name, prog.name)
        alias = prog.alias or (prog.name if name != prog.name else "")
        key = b.entity(f"Programme:{name}", "Programme", name, alias=alias, span=(prog.start, prog.end))
        sentence = sentence_bounds(prog.start)
        # who runs it: the hosts, the subject of its sentence before the launching verb, or the place
        # the text is about there (programmes.runners)
        found = programme_runners(text, prog, sentence, places, actors, persons, round_up) \
            or _body_of_the_head_who_acts(text, prog, sentence, persons, heads_of)
        for runner in found:
            runner_key = runner.key if isinstance(runner, PlaceMention) else _add_org(b, runner)
            # the evidence is the programme's sentence, with the runner when it is named there
            inside = sentence[0] <= runner.start and runner.end <= sentence[1]
            span = (min(runner.start, prog.start), max(runner.end, prog.end)) if inside else (prog.start, prog.end)
            b.relate(runner_key, "runs", key, span=span)
    for runner, prog, span in round_up_runners(text, programmes, places, orgs, ct.sentences):
        runner_key = runner.key if isinstance(runner, PlaceMention) else _add_org(b, runner)
        b.relate(runner_key, "runs", f"Programme:{full.get(prog.name, prog.name)}", span=span)
    return b.finish()


# an inspection team (中央巡视组, 中央第三巡视组, 省委第二巡察组): who sends it, before its number and kind
_INSPECTION_TEAM = re.compile(r"^(?P<sender>[\u4e00-\u9fff]{2,8}?)(?:第[一二三四五六七八九十]+)?巡[视察]组$")
# a round of inspection (二十届中央第一轮巡视, 十二届省委第三轮巡察): who sends its teams, then the round
_INSPECTION_ROUND = re.compile(r"(?P<sender>[\u4e00-\u9fff]{2,8}?)第[一二三四五六七八九十]+轮巡[视察]$")


def _round_its_teams_inspect(o: OrgMention, programmes: list[ProgrammeMention]) -> ProgrammeMention | None:
    """二十届中央第一轮巡视的15个巡视组陆续进驻…中央巡视组将…: the teams of the body that sends them (中央巡视组) carry out
    the round of inspection the report names with the same sender; the report's one such round."""
    team = _INSPECTION_TEAM.match(o.name)
    if team is None or o.generic:
        return None
    rounds = {p.name: p for p in programmes if (r := _INSPECTION_ROUND.search(p.name)) is not None
              and r.group("sender").endswith(team.group("sender")) and p.name[-1] == o.name[-2]}
    return next(iter(rounds.values())) if len(rounds) == 1 else None


# the offices a campaign or a project sets up, named after it (…学习教育工作专班, …工程指挥部)
_OFFICE_OF_A_PROGRAMME = re.compile(r"(?:工作专班|专班|领导小组|领导小组办公室|工作领导小组|办公室|指挥部|工作组)$")


def _programme_its_office_is_named_after(o: OrgMention, programmes: list[ProgrammeMention]) -> ProgrammeMention | None:
    """中央层面树立和践行正确政绩观学习教育工作专班 runs 树立和践行正确政绩观学习教育: an office named with a programme's
    whole name and its kind runs that programme (the longest such name the report reads)."""
    office = _OFFICE_OF_A_PROGRAMME.search(o.name)
    if office is None:
        return None
    stem = o.name[:office.start()]
    return max((p for p in programmes if len(p.name) >= 4 and stem.endswith(p.name)), key=lambda p: len(p.name),
               default=None)


# the titles of a body's head or deputy, who acts for it (not a member's: 人大代表, 委员, 检察官)
_HEAD_ROLE = re.compile(r"(?:书记|主任|局长|部长|厅长|院长|校长|负责人|队长|站长|所长|主席|县长|市长|省长|镇长|乡长|村长|区长"
                        r"|厂长|总经理|董事长|理事长|会长|组长|检察长|社长|馆长|行长|司长|处长|科长)$")
_CLAUSE_MARKS = re.compile(r"[，,；;。：:]")
_JOINING = ("参加", "参与", "加入", "借助", "依托")


def _body_of_the_head_who_acts(text: str, prog: ProgrammeMention, sentence: tuple[int, int],
                               persons: list[tuple[int, int]], heads_of: dict[str, list[OrgMention]]) -> list[OrgMention]:
    """某县委组织部部长某某推动实施“…”: the programme a body's head launches is the body's, where the report names
    that person head of one body and the person is the subject of the launching verb's clause."""
    if prog.verb_pos < 0 or prog.followed or prog.attended or is_law(text, prog) \
            or text.startswith(_JOINING, prog.verb_pos):
        return []  # (参加“勇士竞赛”: who joins a programme runs none; 王沪宁…会见来华出席第三届…高峰论坛的…: who meets
        # its guests, or attends it, neither)
    acting = [(a, e) for a, e in persons if sentence[0] <= a and e <= prog.verb_pos
              and not _CLAUSE_MARKS.search(text, e, prog.verb_pos) and acts(text, (a, e))]
    if len(acting) != 1:
        return []
    a, e = acting[0]
    bodies = {o.name: o for o in heads_of.get(text[a:e], ())}
    return list(bodies.values()) if len(bodies) == 1 else []


def tag_many(texts: list[str]) -> list[list[Span]]:
    """The mention model's reading of several clean texts at once: the model runs on batches of
    sentences of similar length, so a list of short texts is several times faster than one by one."""
    return tagger().tag_texts(texts, GRAPH_READING)


def mention_spans(text: str) -> list[Mention]:
    """Typed mention spans of a plain text (for `kg ner`): places, organisations, people, programmes."""
    places, persons, orgs, programmes = _read_mentions(text)
    out = [Mention(p.start, p.end, p.level, text[p.start:p.end]) for p in places]
    out += [Mention(o.start, o.end, "Organization", text[o.start:o.end]) for o in orgs if not o.generic]
    out += [Mention(s, e, "Person", text[s:e]) for s, e in persons]
    out += [Mention(p.start, p.end, "Programme", text[p.start:p.end]) for p in programmes]
    return sorted(out, key=lambda m: (m.start, m.end))
