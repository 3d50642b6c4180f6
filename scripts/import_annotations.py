"""Copy the annotators' sentence-level PLOVER annotations into data/annotations, without any sentence text.

ECB+ and synthetic rows already hold no text (they point into ../shared by id and offsets). Real-news rows
(``realnews_dev_plover.jsonl``) carry the sentence they annotate; here it is replaced by its character offsets
in the article's raw ``text`` field of the real-news JSONL and a hash of it, so that training can find it again
in the copy it is given (``make train REALNEWS=...``) and the repository holds no third-party text.

    python scripts/import_annotations.py /work/annot [--realnews /work/realnews/dev/articles.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "annotations"


def sentence_hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


SPAN_CHARS = 40  # longer quoted spans (a long participant description) are cut: no runs of article text here


def _short(text: str | None) -> str | None:
    if not text or len(text) <= SPAN_CHARS:
        return text
    return text[:SPAN_CHARS].rsplit(" ", 1)[0]


def _trim(event: dict) -> dict:
    out = dict(event, trigger=_short(event.get("trigger")), attributed_to=_short(event.get("attributed_to")))
    for role in ("actors", "recipients"):
        out[role] = [dict(r, text=_short(r.get("text")), resolved=_short(r.get("resolved"))) if r.get("resolved")
                     else dict(r, text=_short(r.get("text"))) for r in event.get(role) or []]
    return out


def import_realnews(path: Path, articles: Path, out: Path) -> tuple[int, int]:
    raw = {a["id"]: a["text"] for a in map(json.loads, articles.read_text("utf-8").splitlines()) if a.get("text")}
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    kept, lost = [], 0
    cursor: dict[str, int] = {}
    for r in rows:
        text = raw.get(r["id"], "")
        needle = r["text"].strip()
        at = text.find(needle, cursor.get(r["id"], 0))
        if at < 0:
            at = text.find(needle)
        if at < 0 or not needle:
            lost += 1
            continue
        cursor[r["id"]] = at + len(needle)
        kept.append({"id": r["id"], "sent": r["sent"], "raw_start": at, "raw_end": at + len(needle),
                     "sha1": sentence_hash(needle), "events": [_trim(e) for e in r["events"]]})
    out.write_text("".join(json.dumps(k, ensure_ascii=False) + "\n" for k in kept), "utf-8")
    return len(kept), lost


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--realnews", type=Path, default=None, help="the real-news JSONL the annotations point into")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in args.folder.glob("ecbplus_train_plover_*.jsonl")) + \
        sorted(p.name for p in args.folder.glob("synthetic_plover*.jsonl"))
    for name in names:
        src = args.folder / name
        if src.exists():
            for line in src.read_text("utf-8").splitlines():
                if line.strip() and "text" in json.loads(line):
                    raise SystemExit(f"{src} carries sentence text: not copied")
            shutil.copyfile(src, OUT / name)
            print(f"copied {name}")
    src = args.folder / "realnews_dev_plover.jsonl"
    if src.exists() and args.realnews:
        kept, lost = import_realnews(src, args.realnews, OUT / "realnews_dev_plover.jsonl")
        print(f"realnews_dev_plover.jsonl: {kept} sentences as offsets + hash ({lost} not found in the articles)")


if __name__ == "__main__":
    main()
