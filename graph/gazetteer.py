"""Administrative divisions of China down to township level, plus village names per township.

Reference data lives in graph/data/divisions.tsv.gz and graph/data/divisions_villages.tsv.gz
(made by scripts/make_divisions.py from NBS 2023 codes; see graph/data/PROVENANCE.md).  Nothing is
read at import time: `divisions()` loads the division table on first call, and the much larger
village table is read only when a village method is first used.
"""
from __future__ import annotations

import functools
import gzip
import threading
from dataclasses import dataclass
from pathlib import Path

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
    """Read-only index over the division table; build it with `divisions()`."""

    def __init__(self, path: Path = DIVISIONS_FILE, villages_path: Path = VILLAGES_FILE) -> None:
        self._villages_path = villages_path
        self._by_code: dict[str, Division] = {}
        self._by_form: dict[str, list[str]] = {}
        self._safe: dict[str, bool] = {}  # form → safe for at least one division that has it
        self._alias_safe: dict[tuple[str, str], bool] = {}
        self._children: dict[str, list[str]] = {}
        for lineno, line in enumerate(_read_gzip_lines(path), 1):
            if not line or line.startswith("#"):
                continue
            division, forms = parse_division_line(line, path, lineno)
            self._by_code[division.code] = division
            self._children.setdefault(division.parent, []).append(division.code)
            for form, safe in forms.items():
                self._by_form.setdefault(form, []).append(division.code)
                self._alias_safe[(division.code, form)] = safe
                self._safe[form] = self._safe.get(form, False) or safe
        for codes in (*self._by_form.values(), *self._children.values()):
            codes.sort()
        self._village_lock = threading.Lock()
        self._village_rows: dict[str, str] | None = None
        self._village_index: dict[str, list[str]] | None = None

    def __len__(self) -> int:
        return len(self._by_code)

    def by_code(self, code: str) -> Division | None:
        return self._by_code.get(code)

    def lookup(self, name: str) -> tuple[Division, ...]:
        """Every division whose official name or alias is exactly `name`, sorted by code."""
        return tuple(self._by_code[c] for c in self._by_form.get(name, ()))

    def surface_forms(self) -> dict[str, bool]:
        """Every name and alias → True if it may be matched bare in running text.

        A form is safe when it is safe for at least one division that bears it (大理 is a safe
        short form of 大理白族自治州 though not of 大理市); ambiguity is the resolver's job.
        """
        return dict(self._safe)

    def has_name(self, form: str) -> bool:
        """Whether `form` is the name or an alias of any division (no copy of the table)."""
        return form in self._safe

    def alias_is_safe(self, code: str, form: str) -> bool:
        """Whether `form` may be matched bare as a name of this particular division."""
        return self._alias_safe.get((code, form), False)

    def ancestors(self, code: str) -> tuple[Division, ...]:
        """Parent first, province last; () for a province or an unknown code."""
        out: list[Division] = []
        current = self._by_code.get(code)
        while current is not None and current.parent:
            current = self._by_code.get(current.parent)
            if current is not None:
                out.append(current)
        return tuple(out)

    def is_within(self, code: str, ancestor_code: str) -> bool:
        return any(a.code == ancestor_code for a in self.ancestors(code))

    def children(self, code: str) -> tuple[Division, ...]:
        return tuple(self._by_code[c] for c in self._children.get(code, ()))

    def villages(self, township_code: str) -> tuple[tuple[str, str], ...]:
        """(village code, name) for every village of a township, in code order."""
        raw = self._load_villages()[0].get(township_code)
        if not raw:
            return ()
        return tuple((township_code + cell[:3], cell[4:]) for cell in raw.split("\t"))

    def village_lookup(self, name: str) -> tuple[tuple[str, str], ...]:
        """(village code, township code) for every village named `name`, in code order."""
        return tuple((code, code[:_TOWNSHIP_DIGITS]) for code in self._load_villages()[1].get(name, ()))

    def _load_villages(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        # the village table is 14x the division table and most callers never need it
        with self._village_lock:
            if self._village_rows is None or self._village_index is None:
                self._village_rows, self._village_index = _read_villages(self._villages_path)
            return self._village_rows, self._village_index


_TOWNSHIP_DIGITS = 9  # NBS: 12-digit village code = 9-digit township code + 3 digits


def _read_villages(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """township code → its raw 'NNN:name' cells; village name → village codes (in code order).

    Kept this lean (no per-village tuples until asked) so 620k villages load in under a second.
    """
    rows: dict[str, str] = {}
    index: dict[str, list[str]] = {}
    add = index.setdefault
    for lineno, line in enumerate(_read_gzip_lines(path), 1):
        if not line or line[0] == "#":
            continue
        township, _, rest = line.partition("\t")
        if len(township) != _TOWNSHIP_DIGITS or not township.isdigit() or not rest:
            raise GazetteerDataError(f"{path}:{lineno}: bad township field {township!r}")
        rows[township] = rest
        for cell in rest.split("\t"):
            if cell[3:4] != ":" or len(cell) < 5:
                raise GazetteerDataError(f"{path}:{lineno}: bad village cell {cell!r}")
            add(cell[4:], []).append(township + cell[:3])
    return rows, index


@functools.cache
def divisions() -> Divisions:
    """The one shared, lazily loaded division index."""
    return Divisions()
