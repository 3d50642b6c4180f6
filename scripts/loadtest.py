"""Bounded load test: `dossier serve` on 127.0.0.1 answering while `dossier ingest` writes the same store.

    PYTHONPATH=src python scripts/loadtest.py [--seconds 20] [--clients 4] [--items 512] [--json]

Steps: generate a corpus (self-written sentences), ingest the first quarter,
start the server, start an ingest of the rest in the background, and hit the
API from ``--clients`` threads for ``--seconds``. Then fire hostile probes
(oversized URL, oversized page, writes, traversal) at the live server. Prints
requests/second, errors, latency percentiles, how many requests were served
while the ingest was writing, and how many probes were refused. A benchmark
script, not a unit test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from dossier.eval.serve_load import hammer, start_server, stop_server

ROOT = Path(__file__).resolve().parent.parent
TOWNS = ["Arvella", "Brenmoor", "Castaro", "Dunhallow", "Esterine", "Falkreach", "Galdmere", "Hollin"]


def corpus(folder: Path, n: int, parts: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for p in range(parts):
        path = folder / f"part{p}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for k in range(n // parts):
                i = p * (n // parts) + k
                town, other = TOWNS[i % 8], TOWNS[(i // 8 + 1) % 8]
                text = (f"Officials from {town} met delegates from {other} on {i % 28 + 1} March 2024 "
                        f"to sign water agreement number {i}. The mayor of {town} praised the deal, "
                        f"while critics in {other} accused the council of secrecy.")
                fh.write(json.dumps({"id": f"load-{i:05d}", "title": f"{town} and {other} sign deal {i}",
                                     "text": text, "outlet": f"{town} Courier",
                                     "published": f"2024-03-{i % 28 + 1:02d}"}) + "\n")
        files.append(path)
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--items", type=int, default=384)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.seconds > 300 or args.clients > 32:
        ap.error("bounded: at most 300 seconds and 32 clients")

    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT / "src"))
    py = [sys.executable, "-m", "dossier"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        files = corpus(tmp_path / "corpus", args.items, 4)
        db = tmp_path / "load.duckdb"
        subprocess.run([*py, "ingest", str(files[0]), "--db", str(db), "--workers", "1", "-q"],
                       env=env, check=True, capture_output=True)
        server, base = start_server(str(db), env)
        ingest = None
        try:
            ingest = subprocess.Popen([*py, "ingest", *map(str, files[1:]), "--db", str(db), "--workers", "1",
                                       "--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            urls = {"articles": ["/api/articles?limit=50"], "stories": ["/api/stories?limit=50"],
                    "events": ["/api/events?limit=50"], "actors": ["/api/actors?limit=50"],
                    "timeline": ["/api/timeline"], "article_page": ["/api/articles/load-00001"]}
            stats = hammer(base, urls, args.seconds, args.clients, while_running=lambda: ingest.poll() is None)
            ingest_running_at_end = ingest.poll() is None
            out, err = ingest.communicate(timeout=600)
            ingest_report = json.loads(out) if ingest.returncode == 0 else {"error": err.decode()[-1000:]}

            probes = {
                "oversized URL (60 kB query)": ("GET", "/api/articles?outlet=" + "a" * 60_000, None),
                "page size above the cap": ("GET", "/api/articles?limit=100000", None),
                "POST to a list": ("POST", "/api/articles", {"id": "x"}),
                "DELETE an article": ("DELETE", "/api/articles/load-00001", None),
                "PUT a story": ("PUT", "/api/stories/x", {"id": "x"}),
                "path traversal": ("GET", "/ui/..%2f..%2f..%2f..%2fetc%2fpasswd", None),
                "dotted traversal": ("GET", "/ui/../../../../etc/passwd", None),
            }
            refused = {}
            with httpx.Client(base_url=base, timeout=10) as c:
                for name, (method, path, body) in probes.items():
                    try:
                        r = c.request(method, path, json=body)
                        refused[name] = r.status_code >= 400 and b"root:" not in r.content
                        refused[name + " status"] = r.status_code
                    except httpx.HTTPError as exc:  # the server closing the connection is a refusal too
                        refused[name] = True
                        refused[name + " status"] = type(exc).__name__
                health = c.get("/api/health").status_code
        finally:
            if ingest is not None and ingest.poll() is None:
                ingest.kill()
            stop_server(server)

    result = {
        "clients": args.clients, "seconds": stats["seconds"], "requests": stats["requests"],
        "ok": stats["requests"] - stats["errors"], "errors": stats["errors"], "error_kinds": stats["error_kinds"],
        "requests_per_second": stats["requests_per_second"],
        "served_while_ingest_wrote": stats["ok_while_running"],
        "ingest_still_running_at_end": ingest_running_at_end,
        "latency_ms": stats["latency_ms"],
        "endpoints": stats["endpoints"],
        "ingest": {k: ingest_report.get(k) for k in ("added", "already_known", "skipped", "seconds", "error")
                   if k in ingest_report},
        "probes": {k: v for k, v in refused.items() if k.endswith(" status")},
        "probes_refused": sum(1 for k, v in refused.items() if not k.endswith(" status") and v),
        "probes_total": len(probes),
        "healthy_after": health == 200,
    }
    if isinstance(result["ingest"].get("skipped"), list):
        result["ingest"]["skipped"] = len(result["ingest"]["skipped"])
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:>28}: {v}")
    return 0 if result["errors"] == 0 and result["probes_refused"] == result["probes_total"] else 1


if __name__ == "__main__":
    sys.exit(main())
