"""The ``dossier`` command line: a thin layer over the pipeline, the store and the exporters."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from dossier.store import open_store

app = typer.Typer(help="dossier: news articles in, source-attributed events, stories and disagreements out.",
                  no_args_is_help=True, add_completion=False)
show_app = typer.Typer(help="Show one story, event, actor or article in full.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure quality against benchmark data.", no_args_is_help=True)
app.add_typer(show_app, name="show")
app.add_typer(eval_app, name="eval")

# piped output (make demo, logs) gets a readable width instead of rich's 80-column fallback
console = Console() if Console().is_terminal else Console(width=150)
err = Console(stderr=True)

DbOpt = typer.Option(None, "--db", envvar="DOSSIER_DB",
                     help="Store: a DuckDB file (default ./dossier.duckdb) or a postgresql:// URL.")
# events under nlp.event_model.DEFAULT_THRESHOLD (and background events in story views) are hidden unless --all
AllOpt = typer.Option(False, "--all", help="Also events under the default confidence threshold (and background).")


def _store(db: Optional[str], read_only: bool = False):
    try:
        return open_store(db, read_only=read_only and not (db or "").startswith("postgres"))
    except Exception as exc:
        err.print(f"[red]cannot open store {db or 'dossier.duckdb'}: {exc}[/red]")
        raise typer.Exit(2)


def _read_store(db: Optional[str]):
    from dossier.store import resolve_db

    url = resolve_db(db)
    if not url.startswith("postgres") and url != ":memory:" and not Path(url).exists():
        err.print(f"[red]no store at {url}: run `dossier ingest PATH` first[/red]")
        raise typer.Exit(2)
    return _store(db, read_only=True)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    db: Optional[str] = DbOpt,
    kb: list[Path] = typer.Option([], "--kb", help="Extra knowledge-base YAML file(s) of actors."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Worker processes (default: cores)."),
    engine: str = typer.Option("local", "--engine", help="local or ray."),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Read articles, analyse, resolve and link them into the store."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dossier.pipeline import Pipeline
    from dossier.records import to_dict

    store = _store(db)
    pipeline = Pipeline(store, engine=engine, workers=workers, kb_paths=kb)
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=quiet or as_json, transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        report = pipeline.ingest(paths, progress=lambda n: progress.advance(task, n))
    store.close()
    if as_json:
        print(json.dumps(to_dict(report), indent=2))
    else:
        console.print(f"[bold]added[/bold] {report.added} articles "
                      f"({report.duplicates} copies of earlier reports, {report.already_known} already known), "
                      f"[bold]skipped[/bold] {len(report.skipped)}")
        console.print(f"found {report.mentions} entity mentions, {report.timexes} time expressions, "
                      f"{report.event_mentions} event mentions; store now holds {report.events} events, "
                      f"{report.stories} stories, {report.actors} actors  ({report.seconds:.1f}s)")
        for s in report.skipped:
            console.print(f"  [yellow]skipped[/yellow] {s.source}: {s.reason}", markup=True, highlight=False)
    if report.added == 0 and report.already_known == 0 and report.duplicates == 0 and report.skipped:
        raise typer.Exit(1)


@app.command()
def articles(db: Optional[str] = DbOpt, since: Optional[str] = None, until: Optional[str] = None,
             outlet: Optional[str] = None, limit: int = 100) -> None:
    """List articles with their publication date and its confidence."""
    store = _read_store(db)
    t = Table("id", "published", "conf", "outlet", "title")
    for a in store.list_articles(since=since, until=until, outlet=outlet, limit=limit):
        t.add_row(a.id, a.published or "unknown", f"{a.published_confidence:.2f}", a.outlet or "",
                  (a.title or "")[:70] + (" [copy]" if a.duplicate_of else ""))
    console.print(t)


@app.command()
def stories(db: Optional[str] = DbOpt, since: Optional[str] = None, until: Optional[str] = None,
            limit: int = 100) -> None:
    """List stories: clusters of articles about one real-world event."""
    store = _read_store(db)
    t = Table("id", "first published", "articles", "outlets", "title")
    for s in store.list_stories(since=since, until=until, limit=limit):
        t.add_row(s.id, s.first_published or "unknown", str(len(s.article_ids)), ", ".join(s.outlets)[:40],
                  s.title[:70])
    console.print(t)


def _refs(refs) -> str:
    return ", ".join(f"{r.name or r.text}" + (f" ({r.country} {r.sector or ''}".rstrip() + ")" if r.country else "")
                     for r in refs)


@app.command()
def events(db: Optional[str] = DbOpt, actor: Optional[str] = typer.Option(None, help="Actor id, name or ISO-3."),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. CONSULT."),
           mode: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
           limit: int = 200, all_: bool = AllOpt) -> None:
    """List events merged across articles (confident ones unless --all)."""
    from dossier.link.events import shown

    store = _read_store(db)
    t = Table("id", "date", "type", "mode", "actor", "recipient", "sources", "conf")
    for e in store.list_events(actor=actor, type=type, mode=mode, since=since, until=until, limit=limit,
                               **shown(all_)):
        t.add_row(e.id, e.date or "", e.type, e.mode + (" (bg)" if e.background else ""), _refs(e.actors)[:40],
                  _refs(e.recipients)[:40], str(e.n_sources), f"{e.confidence:.2f}")
    console.print(t)


@app.command()
def actors(db: Optional[str] = DbOpt, limit: int = 200) -> None:
    """List canonical actors with codes, variants and counts."""
    store = _read_store(db)
    t = Table("id", "name", "country", "sector", "kind", "articles", "variants")
    rows = sorted(store.list_actors(), key=lambda a: (-len(a.article_ids), a.name))[:limit]
    for a in rows:
        t.add_row(a.id, a.name, a.country or "", a.sector or "", a.kind, str(len(a.article_ids)),
                  "; ".join(f"{v} ×{n}" for v, n in sorted(a.variants.items(), key=lambda kv: -kv[1]))[:60])
    console.print(t)


@app.command()
def timeline(db: Optional[str] = DbOpt, actor: Optional[str] = None,
             between: Optional[tuple[str, str]] = typer.Option(None, help="Two actors: events between them."),
             since: Optional[str] = None, until: Optional[str] = None, all_: bool = AllOpt) -> None:
    """Events in date order, optionally for one actor or between two (confident ones unless --all)."""
    from dossier.link.events import shown

    store = _read_store(db)
    evs = store.list_events(actor=actor, since=since, until=until, **shown(all_))
    a, b = between if between else (None, None)
    if a and b:
        a_l, b_l = a.lower(), b.lower()

        def has(refs, key):
            return any(key in {x.lower() for x in (r.actor_id, r.name, r.country, r.text) if x} for r in refs)
        evs = [e for e in evs if (has(e.actors, a_l) and has(e.recipients, b_l)) or
               (has(e.actors, b_l) and has(e.recipients, a_l))]
    for e in evs:
        outlets = sorted({m.outlet or m.article_id for m in e.mentions})
        console.print(f"[bold]{e.date or 'undated':<10}[/bold] {e.type:<9} {e.mode:<12} "
                      f"{_refs(e.actors)[:45]} -> {_refs(e.recipients)[:45]}  "
                      f"[dim]({e.n_sources} source{'s' if e.n_sources != 1 else ''}: {', '.join(outlets)[:60]})[/dim]",
                      highlight=False)


@show_app.command("story")
def show_story(story_id: str, db: Optional[str] = DbOpt, all_: bool = AllOpt) -> None:
    from dossier.link.events import shown

    store = _read_store(db)
    s = store.get_story(story_id)
    if s is None:
        err.print(f"[red]no story {story_id}[/red]")
        raise typer.Exit(1)
    console.print(f"[bold]{s.title}[/bold]  ({s.first_published or 'undated'} .. {s.last_published or ''})")
    console.print(f"outlets: {', '.join(s.outlets)}")
    console.print(s.summary, highlight=False)
    for a in store.list_articles():
        if a.id in s.article_ids:
            console.print(f"  - {a.id} {a.outlet or ''} {a.published or 'undated'} {a.title}", highlight=False)
    for e in store.list_events(story_id=story_id, **shown(all_, story_view=True)):
        console.print(f"  event {e.id} {e.date or ''} {e.type} {e.mode} {_refs(e.actors)} -> {_refs(e.recipients)} "
                      f"[{e.n_sources} sources]", highlight=False)
    for d in store.list_disagreements(story_id=story_id):
        console.print(f"  [yellow]disagreement on {d.field}[/yellow]")
        for v in d.values:
            console.print(f"     {v.outlet or v.article_id}: {v.value} — “{v.quote}”", highlight=False)


@show_app.command("event")
def show_event(event_id: str, db: Optional[str] = DbOpt) -> None:
    from dossier.records import to_dict

    store = _read_store(db)
    e = store.get_event(event_id)
    if e is None:
        err.print(f"[red]no event {event_id}[/red]")
        raise typer.Exit(1)
    console.print_json(json.dumps(to_dict(e)))


@show_app.command("actor")
def show_actor(name: str, db: Optional[str] = DbOpt) -> None:
    from dossier.resolve import normalise_name

    store = _read_store(db)
    from dossier.resolve import load_kb

    key = normalise_name(name)
    entry = load_kb().lookup(name) or load_kb().find_person(name)  # other romanisations too
    found = store.get_actor(name) or (store.get_actor(entry.id) if entry else None) or next(
        (a for a in store.list_actors() if key in {normalise_name(v) for v in [a.name, *a.variants]}), None)
    if found is None:
        err.print(f"[red]no actor {name}[/red]")
        raise typer.Exit(1)
    console.print(f"[bold]{found.name}[/bold]  {found.country or ''} {found.sector or ''} ({found.kind}, {found.id})")
    console.print(f"variants: {', '.join(found.variants)}")
    if found.roles:
        console.print(f"roles: {', '.join(found.roles)}")
    evs = store.list_events(actor=found.id)
    stories_seen = {e.story_id for e in evs}
    outlets = sorted({m.outlet or m.article_id for e in evs for m in e.mentions})
    console.print(f"articles: {len(found.article_ids)}, events: {len(evs)}, stories: {len(stories_seen)}, "
                  f"outlets: {', '.join(outlets)}")
    for e in evs:
        console.print(f"  {e.date or 'undated':<10} {e.type:<9} {e.mode:<10} {_refs(e.actors)} -> {_refs(e.recipients)}",
                      highlight=False)


@show_app.command("article")
def show_article(article_id: str, db: Optional[str] = DbOpt,
                 cleaning: bool = typer.Option(False, "--cleaning", help="Show each removed line and why.")) -> None:
    store = _read_store(db)
    an = store.get_analysis(article_id)
    if an is None:
        err.print(f"[red]no article {article_id}[/red]")
        raise typer.Exit(1)
    a = an.article
    console.print(f"[bold]{a.title}[/bold]\n{a.outlet or 'unknown outlet'} · {a.published or 'date unknown'} "
                  f"(confidence {a.published_confidence:.2f}; evidence: {a.published_evidence or 'none'})",
                  highlight=False)
    if cleaning:
        for step in a.cleaning:
            console.print(f"  [dim]{step.action:<8}[/dim] {step.reason:<28} {step.line[:100]}", highlight=False)
        return
    console.print(a.text, highlight=False, markup=False)
    for e in an.events:
        console.print(f"  {e.confidence:.2f}{' bg' if e.background else ''} {e.type} {e.mode} {_refs(e.actors)} -> {_refs(e.recipients)} {e.date or ''} "
                      f"{'according to ' + e.attribution if e.attribution else ''}", highlight=False)


@app.command()
def export(what: str = typer.Option(..., "--what", help="articles|timexes|events|stories|actors|disagreements|"
                                                        "event_mentions|flat_events"),
           fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or parquet"),
           out: Optional[str] = typer.Option(None, "--out", help="File (stdout when omitted; parquet needs one)."),
           db: Optional[str] = DbOpt, all_: bool = AllOpt) -> None:
    """Export a table; every row carries the ids of the articles it comes from."""
    from dossier.serve.export import write

    store = _read_store(db)
    try:
        n = write(store, what, fmt, out, include_all=all_)
    except ValueError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    if out:
        err.print(f"wrote {n} rows to {out}")


# Commands that live beside the code they drive: each module exposes ``register(app)``.
_PLUGINS = {
    "dossier.eval.extraction": eval_app, "dossier.eval.events": eval_app, "dossier.eval.timex": eval_app,
    "dossier.eval.actors": eval_app, "dossier.eval.coref": eval_app, "dossier.eval.stories": eval_app,
    "dossier.eval.bench": app, "dossier.serve.api": app, "dossier.eval.audit": app,
}


def _register_plugins() -> None:
    import importlib
    import importlib.util

    for module, target in _PLUGINS.items():
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module).register(target)


_register_plugins()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
