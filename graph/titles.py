"""Whether a line reads like a headline: what the reader (a text file's title) and the cleaning (a headline kept
apart from the running text) both ask.  A module of its own, inside the extraction's fingerprint
(graph/cache.py): a change to it changes what is extracted, so the cached graphs are made again."""
from __future__ import annotations

import re

_TITLE_END = tuple("。！？；：，、,.!?;:…")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def reads_like_title(line: str) -> bool:
    """At most 60 characters, at least six Chinese (section labels such as 深度关注 or 视点 are not titles), no
    sentence-final punctuation."""
    return len(line) <= 60 and not line.endswith(_TITLE_END) and len(_CJK_CHAR.findall(line)) >= 6
