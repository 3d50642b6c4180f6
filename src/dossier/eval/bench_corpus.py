"""A synthetic news corpus for benchmarks, built from this project's own templates.

Real corpora cannot ship with the repo (no third-party text), so the benchmark
writes its own: stories about fictional-but-plausible diplomatic and military
events between actors of the built-in knowledge base, each reported by a
heavy-tailed number of outlets (most stories once or twice, a few by dozens,
as in real news), some of them as verbatim wire copies. Dates advance at a
fixed rate of articles per day, so that a larger corpus spans a longer time,
as a real archive does, rather than piling up in one linking window.

Every sentence below was written for this project. The template lists are data
(``bench_templates.yaml``) so that users can extend them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from dossier import yamldata


TEMPLATES = Path(__file__).with_name("bench_templates.yaml")
START = date(2023, 1, 2)
ARTICLES_PER_DAY = 200
MAX_STORY = 60


@lru_cache(maxsize=1)
def templates() -> dict:
    return yamldata.safe_load(TEMPLATES.read_text(encoding="utf-8"))


@dataclass
class StoryPlan:
    """The ground truth of one synthetic story."""

    id: str
    day: date
    kind: str
    actor: dict
    other: dict
    place: str
    topic: str
    size: int
    article_ids: list[str] = field(default_factory=list)


def _story_size(rng: random.Random) -> int:
    # Pareto(1.2): about half the stories have one article, a few have dozens
    return min(MAX_STORY, int(rng.paretovariate(1.2)))


def _fill(text: str, slots: dict[str, str]) -> str:
    for k, v in slots.items():
        text = text.replace("{" + k + "}", v)
    return text


def generate(n: int, seed: int = 7) -> Iterator[tuple[dict, StoryPlan]]:
    """``n`` article records (JSONL-shaped dicts), each with the story it belongs to.

    Deterministic for a given ``seed``; streams, holding one story at a time.
    """
    t = templates()
    rng = random.Random(seed)
    actors, outlets, places, topics = t["actors"], t["outlets"], t["places"], t["topics"]
    emitted = 0
    story_no = 0
    while emitted < n:
        story_no += 1
        kind = rng.choice(list(t["events"]))
        actor, other = rng.sample(actors, 2)
        day = START + timedelta(days=emitted // ARTICLES_PER_DAY)
        plan = StoryPlan(id=f"bench-s{story_no:07d}", day=day, kind=kind, actor=actor, other=other,
                         place=rng.choice(places), topic=rng.choice(topics),
                         size=min(_story_size(rng), n - emitted))
        event_day = day - timedelta(days=rng.choice((0, 1, 1, 2)))
        slots = {
            "A": actor["name"], "A_short": actor.get("short", actor["name"]), "A_role": actor["role"],
            "B": other["name"], "B_short": other.get("short", other["name"]), "B_role": other["role"],
            "PLACE": plan.place, "TOPIC": plan.topic,
            "WEEKDAY": event_day.strftime("%A"), "DATE": event_day.strftime("%B %-d"),
            "N": str(rng.randint(2, 40)),
        }
        wires: list[str] = []
        for k in range(plan.size):
            outlet = rng.choice(outlets)
            published = day + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
            aid = f"bench-{emitted + 1:07d}"
            if wires and rng.random() < 0.2:
                text = rng.choice(wires)  # a verbatim wire copy under another masthead
            else:
                lead = _fill(rng.choice(t["events"][kind]), slots)
                body = [_fill(s, slots) for s in rng.sample(t["context"], rng.randint(4, 9))]
                filler = [_fill(s, slots) for s in rng.sample(t["background"], rng.randint(3, 8))]
                # paragraphs in a number that gives real articles' length spread: 3.2 kB at the median,
                # 2.2 kB at the first quartile, 5.2 kB at the third (the 181 AEB gold article bodies:
                # 3.2, 1.9 and 4.9 kB); the first version's articles were 1 kB, a third of real ones
                more = [_fill(s, slots) for s in rng.sample(t["paragraphs"], min(len(t["paragraphs"]),
                                                                                  int(rng.lognormvariate(2.4, 0.9))))]
                paras = [lead, *body, *more[:len(more) // 2], *filler, *more[len(more) // 2:]]
                if rng.random() < 0.4:
                    paras.append(_fill(rng.choice(t["reactions"]), slots))
                text = "\n\n".join(paras)
                if k == 0 or rng.random() < 0.3:
                    wires.append(text)
            title = _fill(rng.choice(t["titles"][kind]), slots)
            plan.article_ids.append(aid)
            yield {"id": aid, "outlet": outlet, "title": title, "text": text,
                   "published": published.isoformat(), "language": "en",
                   "url": f"https://{outlet.lower().replace(' ', '')}.example/{aid}"}, plan
            emitted += 1
            if emitted >= n:
                return


def write_corpus(n: int, folder: Path, *, per_file: int = 1000, seed: int = 7,
                 truth: dict[str, str] | None = None) -> tuple[list[Path], int]:
    """Write the corpus as JSONL files of ``per_file`` records (readers load one file at a time).

    Returns the files and the number of characters of text in them (the corpus is streamed: no text
    is kept); ``truth``, when given, receives each article's story (the plan it was written from).
    """
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    out = None
    chars = 0
    for i, (rec, plan) in enumerate(generate(n, seed)):
        if truth is not None:
            truth[rec["id"]] = plan.id
        if i % per_file == 0:
            if out:
                out.close()
            files.append(folder / f"part-{len(files):05d}.jsonl")
            out = files[-1].open("w", encoding="utf-8")
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        chars += len(rec["text"])
    if out:
        out.close()
    return files, chars
