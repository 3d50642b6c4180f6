"""The same serving load on two releases: an older checkout serving its own store, this one serving the upgraded
copy of it (``dossier.eval.serve_load``: the same URLs, ``--clients`` threads, ``--seconds``).

    PYTHONPATH=src python scripts/serve_compare.py --old-src /tmp/v1/src --old-db old.duckdb --new-db upgraded.duckdb

Make the upgraded copy first (``cp old.duckdb upgraded.duckdb`` and open it once with this release). A benchmark
script, not a unit test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import httpx

from dossier.eval.serve_load import endpoints, hammer, rss_mb, start_server, stop_server


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old-src", required=True, help="the older checkout's src/ folder")
    ap.add_argument("--old-db", required=True)
    ap.add_argument("--new-db", required=True)
    ap.add_argument("--seconds", type=float, default=40.0)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()
    urls = endpoints(args.new_db)  # ids from the upgraded copy: the same data
    out = {}
    for label, db, src in (("old", args.old_db, args.old_src), ("new", args.new_db, None)):
        env = dict(os.environ, **({"PYTHONPATH": src} if src else {}))
        server, base = start_server(db, env)
        try:
            with httpx.Client(base_url=base, timeout=120) as c:  # one untimed pass
                for name in urls:
                    c.get(urls[name][0])
            out[label] = hammer(base, urls, args.seconds, args.clients)
            out[label]["serve_rss_mb"] = rss_mb(server.pid)
        finally:
            stop_server(server)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
