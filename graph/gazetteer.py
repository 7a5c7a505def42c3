"""Administrative divisions of China down to township level, plus village names per township.

Reference data lives in graph/data/divisions.tsv.gz and graph/data/divisions_villages.tsv.gz
(made by scripts/make_divisions.py from NBS 2023 codes; see graph/data/PROVENANCE.md).  Nothing is
read at import time; `divisions()` opens the SQLite index of both tables (graph/index.py: built on
first use from the TSVs, then reused), and each lookup reads only the rows it needs.
"""
from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

DATA = Path(__file__).resolve().parent / "data"
DIVISIONS_FILE = DATA / "divisions.tsv.gz"
VILLAGES_FILE = DATA / "divisions_villages.tsv.gz"
LEVELS = ("Province", "City", "County", "Township")
_UNSAFE = "*"  # file marker: this form must not be matched bare in running text


class GazetteerDataError(RuntimeError):
    """A reference data file is missing or malformed; the message names the file and the cause."""


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str
    parent: str  # '' for provinces
    aliases: tuple[str, ...] = ()  # all alternative names (short forms, long NBS forms)
    lat: float | None = None  # degrees north (cpca 0.5.5); None for townships and unmatched codes
    lon: float | None = None  # degrees east


def parse_division_line(line: str, path: Path, lineno: int) -> tuple[Division, dict[str, bool]]:
    """One TSV row → (Division, every surface form of it → safe to match bare).

    Fields: code, name, level, parent, aliases, lon, lat (both empty when unknown)."""
    cells = line.rstrip("\n").split("\t")
    if len(cells) != 7:
        raise GazetteerDataError(f"{path}:{lineno}: expected 7 tab-separated fields, got {len(cells)}")
    code, name, level, parent, alias_cell, lon_cell, lat_cell = cells
    if not code.isdigit() or level not in LEVELS or not name:
        raise GazetteerDataError(f"{path}:{lineno}: bad row {line.strip()!r}")
    try:
        lon, lat = _coordinate(lon_cell, 180.0), _coordinate(lat_cell, 90.0)
    except ValueError:
        lon = lat = float("nan")
    if (lon is None) != (lat is None) or lon != lon or lat != lat:  # one missing, or NaN
        raise GazetteerDataError(f"{path}:{lineno}: bad coordinates {lon_cell!r}, {lat_cell!r}")
    forms: dict[str, bool] = {}
    clean_name = name.rstrip(_UNSAFE)
    forms[clean_name] = not name.endswith(_UNSAFE)
    aliases: list[str] = []
    for raw in alias_cell.split("|") if alias_cell else ():
        alias = raw.rstrip(_UNSAFE)
        aliases.append(alias)
        forms[alias] = not raw.endswith(_UNSAFE)
    return Division(code, clean_name, level, parent, tuple(aliases), lat, lon), forms


def _coordinate(cell: str, limit: float) -> float | None:
    """'' → None; a number within ±limit → float; anything else raises ValueError."""
    if not cell:
        return None
    value = float(cell)
    if not -limit <= value <= limit:
        raise ValueError(cell)
    return value


def _read_gzip_lines(path: Path) -> list[str]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return handle.read().splitlines()
    except FileNotFoundError as exc:
        raise GazetteerDataError(f"{path}: reference data missing; run scripts/make_divisions.py") from exc
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise GazetteerDataError(f"{path}: unreadable ({exc})") from exc


class Divisions:
    """Read-only index over the division and village tables; build it with `divisions()`.

    The tables live in a compact SQLite index (graph/index.py) built once from the shipped TSVs
    and then only opened: a lookup reads the rows it needs, so a one-document build no longer
    parses 620,000 villages and 44,000 divisions before its first sentence.  Answers are the
    same, in the same order, as when the tables were held in dicts (tests/test_gazetteer.py)."""

    def __init__(self, path: Path = DIVISIONS_FILE, villages_path: Path = VILLAGES_FILE) -> None:
        from .index import open_index

        self._index = open_index(path, villages_path)
        self._by_code: dict[str, Division | None] = {}
        self._by_form: dict[str, tuple[str, ...]] = {}
        self._found: dict[str, tuple[Division, ...]] = {}  # lookup's answers, asked for again and again
        # each division's parents, and their codes: every place mention asks for them, place
        # resolution tens of times (is_within)
        self._chains: dict[str, tuple[Division, ...]] = {}
        self._above: dict[str, frozenset[str]] = {}
        self._safe: dict[str, bool] | None = None
        self._named: dict[str, bool] = {}  # has_name's answers, asked one by one before the table is loaded

    def __len__(self) -> int:
        return self._index.one("SELECT count(*) FROM divisions")[0]

    def _division(self, row: tuple) -> Division:
        code, name, level, parent, aliases, lat, lon = row
        return Division(code, name, level, parent, tuple(aliases.split("|")) if aliases else (), lat, lon)

    def by_code(self, code: str) -> Division | None:
        if code not in self._by_code:
            row = self._index.one("SELECT code, name, level, parent, aliases, lat, lon FROM divisions WHERE code = ?",
                                  (code,))
            self._by_code[code] = self._division(row) if row else None
        return self._by_code[code]

    def all(self) -> tuple[Division, ...]:
        """Every division, in code order."""
        rows = self._index.all("SELECT code, name, level, parent, aliases, lat, lon FROM divisions ORDER BY code")
        return tuple(self._division(row) for row in rows)

    def lookup(self, name: str) -> tuple[Division, ...]:
        """Every division whose official name or alias is exactly `name`, sorted by code."""
        found = self._found.get(name)
        if found is None:
            if name not in self._by_form:
                self._by_form[name] = tuple(c for (c,) in self._index.all(
                    "SELECT code FROM forms WHERE form = ? ORDER BY code", (name,)))
            found = self._found[name] = tuple(self.by_code(c) for c in self._by_form[name])
        return found

    def names_a_division(self, name: str, levels: tuple[str, ...]) -> bool:
        """Whether `name` is the official name or an alias of a division of one of `levels` (北京, 深圳市, 河北)."""
        return any(c.level in levels for c in self.lookup(name))

    def prefetch(self, names: Iterable[str]) -> None:
        """Read what `lookup` answers for each of `names` not asked yet, in a query or two for all of
        them instead of two per name (a document's place matcher asks about a few dozen at once)."""
        missing = sorted({name for name in names if name not in self._by_form})
        if not missing:
            return
        found: dict[str, list[str]] = {name: [] for name in missing}
        for part in _batches(missing):
            for form, code in self._index.all(
                    f"SELECT form, code FROM forms WHERE form IN ({_marks(part)}) ORDER BY form, code", part):
                found[form].append(code)  # (in code order within a form, as lookup's query)
        codes = sorted({code for codes in found.values() for code in codes if code not in self._by_code})
        for part in _batches(codes):
            rows = {row[0]: row for row in self._index.all(
                "SELECT code, name, level, parent, aliases, lat, lon FROM divisions "
                f"WHERE code IN ({_marks(part)})", part)}
            for code in part:
                self._by_code[code] = self._division(rows[code]) if code in rows else None
        for name, codes in found.items():
            self._by_form[name] = tuple(codes)

    def surface_forms(self) -> dict[str, bool]:
        """Every name and alias → True if it may be matched bare in running text (in table order).

        A form is safe when it is safe for at least one division that bears it (大理 is a safe
        short form of 大理白族自治州 though not of 大理市); ambiguity is the resolver's job.
        """
        return dict(self._surface())

    def _surface(self) -> dict[str, bool]:
        if self._safe is None:
            self._safe = {form: bool(safe) for form, safe in
                          self._index.all("SELECT form, safe FROM surface ORDER BY seq")}
        return self._safe

    def has_name(self, form: str) -> bool:
        """Whether `form` is the name or an alias of any division (no copy of the table).  Asked of the index
        one form at a time until something loads the whole table: the resolution asks about a few dozen
        forms, and loading the table's 100,000 forms for them was 0.05 s of an xwlb-news rebuild."""
        if self._safe is not None:
            return form in self._safe
        known = self._named.get(form)
        if known is None:
            known = self._named[form] = self._index.one("SELECT 1 FROM surface WHERE form = ?", (form,)) is not None
        return known

    def alias_is_safe(self, code: str, form: str) -> bool:
        """Whether `form` may be matched bare as a name of this particular division."""
        row = self._index.one("SELECT safe FROM forms WHERE form = ? AND code = ?", (form, code))
        return bool(row and row[0])

    def ancestors(self, code: str) -> tuple[Division, ...]:
        """Parent first, province last; () for a province or an unknown code."""
        chain = self._chains.get(code)
        if chain is None:
            chain = self._chains[code] = self._walk_up(code)
        return chain

    def _walk_up(self, code: str) -> tuple[Division, ...]:
        out: list[Division] = []
        current = self.by_code(code)
        while current is not None and current.parent:
            current = self.by_code(current.parent)
            if current is not None:
                out.append(current)
        return tuple(out)

    def is_within(self, code: str, ancestor_code: str) -> bool:
        above = self._above.get(code)
        if above is None:
            above = self._above[code] = frozenset(a.code for a in self.ancestors(code))
        return ancestor_code in above

    def children(self, code: str) -> tuple[Division, ...]:
        return tuple(self.by_code(c) for (c,) in self._index.all(
            "SELECT code FROM divisions WHERE parent = ? ORDER BY code", (code,)))

    def villages(self, township_code: str) -> tuple[tuple[str, str], ...]:
        """(village code, name) for every village of a township, in code order."""
        return tuple(self._index.all("SELECT code, name FROM villages WHERE code >= ? AND code <= ? ORDER BY code",
                                     (township_code + "000", township_code + "999"))) \
            if len(township_code) == _TOWNSHIP_DIGITS else ()

    def village_lookup(self, name: str) -> tuple[tuple[str, str], ...]:
        """(village code, township code) for every village named `name`, in code order."""
        return tuple((code, code[:_TOWNSHIP_DIGITS]) for (code,) in self._index.all(
            "SELECT code FROM villages WHERE name = ? ORDER BY code", (name,)))


_TOWNSHIP_DIGITS = 9  # NBS: 12-digit village code = 9-digit township code + 3 digits


def _batches(values: list[str], size: int = 500) -> Iterator[tuple[str, ...]]:
    """`values` in parts small enough for one SQLite statement's parameters."""
    for start in range(0, len(values), size):
        yield tuple(values[start:start + size])


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


def read_divisions(path: Path) -> Iterator[tuple[Division, dict[str, bool]]]:
    """Every division of the table with its surface forms (→ safe to match bare), in file order."""
    for lineno, line in enumerate(_read_gzip_lines(path), 1):
        if not line or line.startswith("#"):
            continue
        yield parse_division_line(line, path, lineno)


def read_villages(path: Path) -> Iterator[tuple[str, str]]:
    """(12-digit village code, name) for every village of the table, in file order."""
    for lineno, line in enumerate(_read_gzip_lines(path), 1):
        if not line or line[0] == "#":
            continue
        township, _, rest = line.partition("\t")
        if len(township) != _TOWNSHIP_DIGITS or not township.isdigit() or not rest:
            raise GazetteerDataError(f"{path}:{lineno}: bad township field {township!r}")
        for cell in rest.split("\t"):
            if cell[3:4] != ":" or len(cell) < 5:
                raise GazetteerDataError(f"{path}:{lineno}: bad village cell {cell!r}")
            yield township + cell[:3], cell[4:]


@functools.cache
def divisions() -> Divisions:
    """The one shared, lazily loaded division index."""
    return Divisions()
