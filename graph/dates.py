"""Dates of documents: a publication date from a page header, a title or a file name, as YYYY-MM-DD.

Used by the HTML view's timeline (graph/write/html.py: title and file name) and meant for the reader
(`header_date(text)` on a file's first lines, where news pages print their date: "2023-08-18 15:33:31
来源:新华网", "2021年07月23日", "《党建研究》2023年第8期").  Only the head of a text is searched: a date in
the running text is usually the date of an event, not of the report.
"""
from __future__ import annotations

import re
from pathlib import Path

HEAD = 400  # characters of a text that count as its header

# 2023-08-18, 2023/8/18, 2023.08.18, 2023年8月18日 (the day's 日 optional)
_FULL = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
# 20220930 inside a file name or id (xwlb-20220930-11)
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
# 2023年第8期 (a journal issue: the year is all it says for sure)
_ISSUE = re.compile(r"(?<!\d)((?:19|20)\d\d)年第?\s*\d{1,2}\s*期")


def _valid(y: str, m: str, d: str) -> str:
    month, day = int(m), int(d)
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{y}-{month:02d}-{day:02d}"
    return ""


def full_date(text: str) -> str:
    """The first full date written in `text`, as YYYY-MM-DD, or ""."""
    for m in _FULL.finditer(text or ""):
        found = _valid(*m.groups())
        if found:
            return found
    return ""


def name_date(name: str) -> str:
    """A compact date in a file name or id (xwlb-20220930-11 → 2022-09-30), or ""."""
    m = _COMPACT.search(Path(name or "").name)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


def header_date(text: str, head: int = HEAD) -> str:
    """The date printed in the head of a page: a full date, else the year of a journal issue, or ""."""
    top = (text or "")[:head]
    found = full_date(top)
    if found:
        return found
    m = _ISSUE.search(top)
    return m.group(1) if m else ""
