"""overlap.py SET: the articles of a freshly collected set that another set already holds (same address, or the same
title), with the other set's story of it. A fresh set must share no event with a set a developer has read: the
collector's exclusion list is written by hand and can miss one (test57 repeated three of test53's reports of UN
resolution 2334, which the list had lost), so every new set is checked here before it is run.
Reads $REALNEWS/*/articles.jsonl (default ../realnews); prints nothing when there is no overlap."""
import glob, json, os, re, sys

ROOT = os.environ.get("REALNEWS", "../realnews")
NEW = sys.argv[1]


def key_url(url: str | None) -> str:
    return re.sub(r"^https?://(www\.)?|[?#].*$|/$", "", (url or "").strip().lower())


def key_title(title: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (title or "").lower()))


def load(path: str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


seen: dict[str, tuple[str, str]] = {}
for path in sorted(glob.glob(f"{ROOT}/*/articles.jsonl")):
    name = os.path.basename(os.path.dirname(path))
    if name == NEW:
        continue
    gold_path = os.path.join(os.path.dirname(path), "gold.jsonl")
    gold = {g["id"]: g.get("gold_story") for g in load(gold_path)} if os.path.exists(gold_path) else {}
    for a in load(path):
        for k in (key_url(a.get("url")), key_title(a.get("title"))):
            if len(k) > 12:
                seen.setdefault(k, (name, f"{a['id']} story {gold.get(a['id'])}"))
for a in load(f"{ROOT}/{NEW}/articles.jsonl"):
    for k in (key_url(a.get("url")), key_title(a.get("title"))):
        if k in seen:
            print(f"{a['id']} ({a.get('outlet')}) is also {seen[k][0]} {seen[k][1]}")
            break
