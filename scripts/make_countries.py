"""Write graph/data/countries.txt: the simplified-Chinese names of the world's countries and territories,
from the Unicode CLDR data that Babel ships (`pip install babel==2.19.0`; run time does not need Babel).

The extractor reads it to tell a foreign country from a person or a body of the same spelling (瓦努阿图,
立陶宛 read as a name by the mention model). Output is sorted, one name per line, so that the same Babel
release gives the same bytes.
"""
from __future__ import annotations

import sys
from pathlib import Path

_CHINA = frozenset({"CN", "TW", "HK", "MO"})
_BODIES = frozenset({"EU", "EZ", "UN"})  # 欧盟, 欧元区, 联合国: bodies or blocs, which the graph may hold
OUT = Path(__file__).resolve().parent.parent / "graph" / "data" / "countries.txt"


def country_names() -> list[str]:
    from babel import Locale

    territories = Locale("zh").territories  # zh = zh_Hans_CN: simplified names
    # two-letter codes are countries and territories; three digits are regions (001 world, 142 Asia)
    # China and its parts (Taiwan, Hong Kong, Macao) are divisions, which the gazetteer holds with codes
    return sorted({name for code, name in territories.items()
                   if len(code) == 2 and code.isalpha() and code not in _CHINA | _BODIES})


def main() -> int:
    import babel

    OUT.write_text("".join(f"{n}\n" for n in country_names()), encoding="utf-8")
    print(f"wrote {OUT} ({len(country_names())} names, Babel {babel.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
