"""``dossier audit events``: a random sample of exported events to be judged by reading, and the tally.

Precision on real text is measured by an analyst reading what dossier exports, not by a dev figure. This
writes ``N`` events drawn at random (seeded: the ``N`` whose ids hash lowest under the seed, so the same events
give the same sample whatever their dates, and a code that adds or removes a few events keeps the rest of it) from
what the
default view exports — events at or above the default detection threshold (``nlp.event_model``) unless
``--all`` — each with
its quotes and one blank verdict per criterion of ``bench/ecbplus_plover/GUIDELINES.md``:

* ``event``: the quote reports an interaction between actors of one of the 16 PLOVER types (not a disaster,
  an accident, a sports result, business or entertainment news, a bare state of affairs, a caption or a link);
* ``type``: the PLOVER type is the one the guidelines' table gives;
* ``actors``: the doers, as named (never the outlet, a dateline, a bare title, a credit, a place that is only
  where it happened);
* ``recipients``: who is acted upon, met, accused, attacked (empty only when the text names none);
* ``mode``: asserted / planned / hypothetical / requested / negated (did not happen) as the sentence states it;
* ``date``: the event's own date as the text pins it, resolved against publication; empty when the text does
  not say; never a placeholder, week code or the publication date standing in;
* ``background``: true exactly when the event is recalled as context rather than reported as news;

plus ``accepted`` (the row can be used as it stands) and ``note``. Fill each verdict with ``ok`` or ``wrong``
(``n/a`` where a criterion does not apply, e.g. the type of a non-event); ``dossier audit tally F`` counts them.
JSONL (one event per line) or CSV (nested fields JSON-encoded), by the extension of ``--out``.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

CRITERIA = ("event", "type", "actors", "recipients", "mode", "date", "background")
VERDICTS = ("ok", "wrong", "n/a", "")


def _ref(r) -> dict[str, Any]:
    from dossier.serve.export import _coded  # rows read as the exports write them (IGO: sector, no country)

    country, sector = _coded(r.country, r.sector)
    return {"name": r.name or r.text, "text": r.text, "country": country, "sector": sector}


def sample(store, n: int, *, seed: int = 0, include_all: bool = False, quotes: int = 3) -> list[dict[str, Any]]:
    from dossier.link.events import shown

    # the n events whose ids hash lowest under the seed (a bottom-k sample), not a draw from the view's order
    # (dates first): a change that moves dates draws the same events, and one that adds or removes a few events
    # changes only those places of the sample, so two codes' samples pair up row for row
    events = sorted(store.list_events(**shown(include_all)),
                    key=lambda e: hashlib.sha1(f"{seed}:{e.id}".encode()).hexdigest())
    picked = events[:n]
    published = {a.id: (a.published, a.url or a.source, a.outlet) for a in store.list_articles()}
    rows = []
    for e in picked:
        row: dict[str, Any] = {
            "event_id": e.id, "type": e.type, "mode": e.mode, "actors": [_ref(r) for r in e.actors],
            "recipients": [_ref(r) for r in e.recipients], "date": e.date, "date_end": e.date_end,
            "date_source": e.date_source, "background": e.background, "confidence": e.confidence,
            "detection_confidence": e.detection_confidence, "n_sources": e.n_sources,
            "story_id": e.story_id, "stages": e.stages,
            "quotes": [{"article_id": m.article_id, "outlet": m.outlet, "published": published.get(m.article_id, (None,))[0],
                        "url": published.get(m.article_id, (None, None))[1], "quote": m.quote, "mode": m.mode,
                        "date": m.date} for m in e.mentions[:quotes]],
        }
        row.update({f"verdict_{c}": "" for c in CRITERIA})
        row["accepted"] = ""
        row["note"] = ""
        rows.append(row)
    return rows


def write(rows: list[dict[str, Any]], out: str) -> None:
    path = Path(out)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["event_id"])
            w.writeheader()
            for r in rows:
                w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                            for k, v in r.items()})
    else:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def read(path: str) -> list[dict[str, Any]]:
    p = Path(path)
    if p.suffix.lower() == ".csv":
        with p.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    return [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]


def tally(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts per criterion and the share accepted as it stands (``accepted`` when filled, else every
    criterion ``ok`` or ``n/a``); rows with no verdict at all are left out and counted as unjudged."""
    per: dict[str, Counter] = {c: Counter() for c in CRITERIA}
    judged = accepted = 0
    for r in rows:
        marks = {c: str(r.get(f"verdict_{c}") or "").strip().lower() for c in CRITERIA}
        acc = str(r.get("accepted") or "").strip().lower()
        if not any(marks.values()) and not acc:
            continue
        judged += 1
        for c, v in marks.items():
            per[c][v or "blank"] += 1
        if acc:
            accepted += acc in ("ok", "yes", "y", "true", "1", "accepted")
        else:
            accepted += all(v in ("ok", "n/a") for v in marks.values())
    return {"rows": len(rows), "judged": judged, "accepted": accepted,
            "accepted_share": accepted / judged if judged else 0.0,
            "criteria": {c: dict(per[c]) for c in CRITERIA}}


def register(app) -> None:
    import typer

    audit_app = typer.Typer(help="Samples of exported output for judging by reading.", no_args_is_help=True)
    app.add_typer(audit_app, name="audit")

    @audit_app.command("events")
    def events_cmd(sample_n: int = typer.Option(60, "--sample", help="Events to draw."),
                   out: str = typer.Option(..., "--out", help="File to write (.jsonl or .csv)."),
                   db: str = typer.Option(None, "--db", envvar="DOSSIER_DB", help="Store (default ./dossier.duckdb)."),
                   seed: int = typer.Option(0, help="Random seed (same store + seed = same sample)."),
                   all_: bool = typer.Option(False, "--all", help="Draw from every event, not only the default view.")
                   ) -> None:
        """Write N random exported events with their quotes and a blank verdict per GUIDELINES criterion."""
        from dossier.store import open_store

        store = open_store(db, read_only=not (db or "").startswith("postgres"))
        try:
            rows = sample(store, sample_n, seed=seed, include_all=all_)
        finally:
            store.close()
        write(rows, out)
        typer.echo(f"wrote {len(rows)} events to {out}; verdict fields: "
                   f"{', '.join('verdict_' + c for c in CRITERIA)}, accepted, note")

    @audit_app.command("tally")
    def tally_cmd(path: str = typer.Argument(..., help="A filled audit file."),
                  json_out: bool = typer.Option(False, "--json")) -> None:
        """Count the verdicts of a filled audit file."""
        res = tally(read(path))
        if json_out:
            typer.echo(json.dumps(res))
            return
        typer.echo(f"{res['judged']} of {res['rows']} rows judged; accepted as they stand: {res['accepted']} "
                   f"({res['accepted_share']:.0%})")
        for c, counts in res["criteria"].items():
            typer.echo(f"  {c:11s} " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())))
