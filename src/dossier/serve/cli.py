"""The ``dossier`` command line: a thin layer over the pipeline, the store and the exporters.

Start-up cost: ``dossier --help`` must answer at once, so this module and every module
that registers a command import only light modules (typer, rich, the records, the store
interface). spaCy, scipy, FastAPI, networkx, DuckDB and pyarrow are imported inside the
commands that use them; ``tests/test_cli.py`` checks that ``--help`` loads none of them.

Help is click's plain layout (``rich_markup_mode=None``): typer's rich panels print a
``<bool>`` type beside every flag and cut long choice lists; the plain layout wraps them.
Tables wrap whole words instead of cutting names mid-way.
"""

from __future__ import annotations

import enum
import json
import os
from pathlib import Path
from typing import Optional

import typer

from dossier.records import EVENT_TYPES, MODES
from dossier.serve.export import TABLES
from dossier.serve.query import (
    DATE_FORMAT_HELP, actor_key, actor_names, check_date, find_actor, involves, is_loopback, plural, ref_name,
    source_label,
)
from dossier.store import DEFAULT_DB, open_store, resolve_db

HELP = """dossier: news articles in, source-attributed events, stories and disagreements out.

Start with `dossier ingest PATH` (files or folders of .txt, .html, .jsonl, .csv, RSS/Atom .xml, .warc),
then list what it found (stories, events, actors, timeline), `dossier show ...` one item in full,
`dossier export` tables, or `dossier serve` the web UI and HTTP API. The store is ./dossier.duckdb
unless --db or $DOSSIER_DB names another."""

app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False, rich_markup_mode=None)
show_app = typer.Typer(help="Show one story, event, actor or article in full.", no_args_is_help=True,
                       rich_markup_mode=None)
eval_app = typer.Typer(help="Measure quality against benchmark data.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(show_app, name="show")
app.add_typer(eval_app, name="eval")

class _Console:
    """A rich Console made on first use: rich.console costs ~0.1 s to import, which `--help` does not need."""

    def __init__(self, stderr: bool = False) -> None:
        self._stderr, self._console = stderr, None

    def real(self):
        if self._console is None:
            from rich.console import Console

            c = Console(stderr=self._stderr)
            # piped output (make demo, logs) gets a readable width instead of rich's 80-column fallback
            self._console = c if c.is_terminal else Console(stderr=self._stderr, width=150)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.real(), name)


console = _Console()
err = _Console(stderr=True)

DEMO_DB = "demo.duckdb"  # what `make demo` writes

# Choices as enums: typer lists their values in --help and rejects anything else with the list
ExportTable = enum.Enum("ExportTable", {t: t for t in (*TABLES, "actor_graph")}, type=str)
ExportFormat = enum.Enum("ExportFormat", {f: f for f in ("jsonl", "csv", "parquet", "graphml")}, type=str)
EventType = enum.Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)
EventMode = enum.Enum("EventMode", {m: m for m in MODES}, type=str)


def _date(value: Optional[str]) -> Optional[str]:
    try:
        return check_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


DbOpt = typer.Option(None, "--db", envvar="DOSSIER_DB", metavar="FILE|URL",
                     help=f"Store: a DuckDB file (default ./{DEFAULT_DB}) or a postgresql:// URL.")
SinceOpt = typer.Option(None, "--since", metavar="DATE", callback=_date,
                        help=f"Only from this date on ({DATE_FORMAT_HELP}).")
UntilOpt = typer.Option(None, "--until", metavar="DATE", callback=_date,
                        help=f"Only up to this date, inclusive ({DATE_FORMAT_HELP}).")
ActorOpt = typer.Option(None, "--actor", metavar="ACTOR",
                        help="Actor id, name, alias or ISO-3 code, e.g. 'North Korea', prk-gov, IRN.")
TypeOpt = typer.Option(None, "--type", case_sensitive=False, metavar="TYPE",
                       help=f"PLOVER event type: {', '.join(EVENT_TYPES)}.")
ModeOpt = typer.Option(None, "--mode", case_sensitive=False, metavar="MODE",
                       help=f"How the sources state the event: {', '.join(MODES)}.")
# events under the default detection threshold (nlp/event_model.py; undated ones of dated reports and one-sided ones
# are held under it, link/events.py ``undated_news`` and ``one_sided``) and background events in story views are
# hidden unless --all
AllOpt = typer.Option(False, "--all", help="Also events under the default confidence threshold (the detection "
                                           "model's probability that the sentence reports an event; see "
                                           "docs/EVENTS.md), events left undated though their reports' day is "
                                           "known, events with one doer and no one it was done to (or no doer, "
                                           "but for an arrest or a sentence) and, in "
                                           "story views, background events recalled as context.")


def _store(db: Optional[str], read_only: bool = False):
    try:
        return open_store(db, read_only=read_only and not (db or "").startswith("postgres"))
    except Exception as exc:
        err.print(f"[red]cannot open store {resolve_db(db)}: {exc}[/red]")
        raise typer.Exit(2)


def missing_store_message(url: str) -> str:
    """The error for a store that is not there, with the way out a newcomer most likely needs."""
    msg = f"no store at {url}: run `dossier ingest PATH` first"
    if url == DEFAULT_DB and Path(DEMO_DB).exists():
        msg += f" (the demo's store is {DEMO_DB}: add --db {DEMO_DB} or export DOSSIER_DB={DEMO_DB})"
    return msg


def _read_store(db: Optional[str]):
    url = resolve_db(db)
    if not url.startswith("postgres") and url != ":memory:" and not Path(url).exists():
        err.print(f"[red]{missing_store_message(url)}[/red]", highlight=False)
        raise typer.Exit(2)
    return _store(db, read_only=True)


def _table(*columns: str, ids: int = 1):
    """A table that wraps long cells at word boundaries; the first ``ids`` columns never wrap (copyable ids)."""
    from rich.table import Table

    t = Table()
    for i, c in enumerate(columns):
        t.add_column(c, no_wrap=i < ids, overflow="fold")
    return t


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, folders (recursive) or - for stdin."),
    db: Optional[str] = DbOpt,
    kb: list[Path] = typer.Option([], "--kb", metavar="FILE", help="Extra knowledge-base YAML file(s) of actors."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", metavar="N",
                                          help="Worker processes (default: the machine's cores)."),
    engine: str = typer.Option("local", "--engine", metavar="local|ray", help="Where the per-article work runs."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Read articles, analyse, resolve and link them into the store."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dossier.pipeline import Pipeline
    from dossier.records import to_dict

    store = _store(db)
    pipeline = Pipeline(store, engine=engine, workers=workers, kb_paths=kb)
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err.real(), disable=quiet or as_json, transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        report = pipeline.ingest(paths, progress=lambda n: progress.advance(task, n))
    store.close()
    if as_json:
        print(json.dumps(to_dict(report), indent=2))
    else:
        console.print(f"[bold]added[/bold] {plural(report.added, 'article')} "
                      f"({plural(report.duplicates, 'copy', 'copies')} of earlier reports, "
                      f"{report.already_known} already known), [bold]skipped[/bold] {len(report.skipped)}",
                      highlight=False)
        console.print(f"found {plural(report.mentions, 'entity mention')}, {plural(report.timexes, 'time expression')}, "
                      f"{plural(report.event_mentions, 'event mention')}; store now holds "
                      f"{plural(report.events, 'event')}, {plural(report.stories, 'story', 'stories')}, "
                      f"{plural(report.actors, 'actor')}  ({report.seconds:.1f}s)", highlight=False)
        for s in report.skipped:
            console.print(f"  [yellow]skipped[/yellow] {s.source}: {s.reason}", markup=True, highlight=False)
    if report.added == 0 and report.already_known == 0 and report.duplicates == 0 and report.skipped:
        raise typer.Exit(1)


@app.command()
def articles(db: Optional[str] = DbOpt, since: Optional[str] = SinceOpt, until: Optional[str] = UntilOpt,
             outlet: Optional[str] = typer.Option(None, "--outlet", metavar="NAME", help="Only this outlet."),
             limit: int = typer.Option(100, "--limit", metavar="N", help="At most N rows.")) -> None:
    """List articles with their publication date and its confidence."""
    store = _read_store(db)
    t = _table("id", "published", "conf", "outlet", "title")
    for a in store.list_articles(since=since, until=until, outlet=outlet, limit=limit):
        t.add_row(a.id, a.published or "unknown", f"{a.published_confidence:.2f}", source_label(a.outlet, a, 30),
                  a.title + (" [copy]" if a.duplicate_of else ""))
    console.print(t)


def story_outlets(outlets: list[str]) -> str:
    """A story's outlets; reports without a named outlet are counted, not listed by file name."""
    named = [o for o in outlets if not o.startswith("unknown outlet")]
    unnamed = len(outlets) - len(named)
    return ", ".join(named + ([f"{plural(unnamed, 'report')} without an outlet"] if unnamed else []))


@app.command()
def stories(db: Optional[str] = DbOpt, since: Optional[str] = SinceOpt, until: Optional[str] = UntilOpt,
            limit: int = typer.Option(100, "--limit", metavar="N", help="At most N rows.")) -> None:
    """List stories: clusters of articles about one real-world event."""
    store = _read_store(db)
    t = _table("id", "first published", "articles", "outlets", "title")
    for s in store.list_stories(since=since, until=until, limit=limit):
        from rich.markup import escape

        title = escape(s.title) + (f"\n[dim]{escape(s.main_event)}[/dim]" if s.main_event else "")
        t.add_row(s.id, s.first_published or "unknown", str(len(s.article_ids)), story_outlets(s.outlets), title)
    console.print(t)


def _refs(refs, names: dict[str, str] | None = None) -> str:
    return ", ".join(ref_name(r, names) + (f" ({r.country}{' ' + r.sector if r.sector else ''})" if r.country else "")
                     for r in refs) or "—"


class _Sources:
    """Names the sources of events: the outlet, else (looked up once per article) its host or headline."""

    def __init__(self, store) -> None:
        self.store, self.labels = store, {}

    def labels_of(self, e) -> list[str]:
        out: list[str] = []
        for m in e.mentions:
            if m.article_id not in self.labels:
                article = None if m.outlet else self.store.get_article(m.article_id)
                self.labels[m.article_id] = source_label(m.outlet, article)
            out.append(self.labels[m.article_id])
        return list(dict.fromkeys(out))

    def __call__(self, e) -> str:
        return f"{plural(e.n_sources, 'source')}: " + ", ".join(self.labels_of(e))


def _when(e) -> str:
    """An event's date as the tables print it; a publication day (no mention states a time) is marked so."""
    if not e.date:
        return "undated"
    end = f" – {e.date_end}" if e.date_end and e.date_end != e.date else ""
    return e.date + end + (" (publication day)" if e.date_source == "published" else
                           " (the article's news day)" if e.date_source == "newsday" else "")


def _event_rows(store, evs, t) -> None:
    names, sources = actor_names(store), _Sources(store)
    for e in evs:
        when = _when(e)
        t.add_row(e.id, when, e.type, e.mode + (" (background)" if e.background else ""), _refs(e.actors, names),
                  _refs(e.recipients, names), sources(e), f"{e.confidence:.2f}")


@app.command()
def events(db: Optional[str] = DbOpt, actor: Optional[str] = ActorOpt, type: Optional[EventType] = TypeOpt,
           mode: Optional[EventMode] = ModeOpt, since: Optional[str] = SinceOpt, until: Optional[str] = UntilOpt,
           limit: int = typer.Option(200, "--limit", metavar="N", help="At most N rows."),
           all_: bool = AllOpt) -> None:
    """List events merged across articles, in date order (confident ones unless --all)."""
    from dossier.link.events import shown

    store = _read_store(db)
    t = _table("id", "date", "type", "mode", "actor", "recipient", "sources", "conf")
    with store.session():
        evs = store.list_events(actor=actor_key(store, actor), type=type and type.value, mode=mode and mode.value,
                                since=since, until=until, limit=limit, **shown(all_))
        _event_rows(store, evs, t)
    console.print(t)


@app.command()
def actors(db: Optional[str] = DbOpt, limit: int = typer.Option(200, "--limit", metavar="N", help="At most N rows."),
           places: bool = typer.Option(False, "--places", help="Also the places named (cities, regions, sites)."),
           all_: bool = typer.Option(False, "--all", help="Every person, body and country the news names, not only "
                                                          "those that take part in an event.")) -> None:
    """List canonical actors, most reported first: those that take part in an event (every one named with --all;
    places only with --places).

    With their ISO-3 country, sector, kind, article count and the names the news used for them."""
    store = _read_store(db)
    t = _table("id", "name", "country", "sector", "kind", "articles", "variants")
    for a in store.list_actors(order="articles", limit=limit, article_ids=0, places=places, participants=not all_):
        t.add_row(a.id, a.name, a.country or "", a.sector or "", a.kind, str(a.n_articles),
                  "; ".join(f"{v} ×{n}" for v, n in sorted(a.variants.items(), key=lambda kv: -kv[1])))
    console.print(t)


@app.command()
def timeline(db: Optional[str] = DbOpt, actor: Optional[str] = ActorOpt,
             between: Optional[tuple[str, str]] = typer.Option(
                 None, "--between", metavar="ACTOR ACTOR",
                 help="Two actors (id, name, alias or ISO-3 code): events from either one to the other."),
             since: Optional[str] = SinceOpt, until: Optional[str] = UntilOpt, all_: bool = AllOpt) -> None:
    """Events in date order, optionally for one actor or between two (confident ones unless --all)."""
    from dossier.link.events import shown

    store = _read_store(db)
    t = _table("date", "type", "mode", "actor", "recipient", "sources", ids=0)
    with store.session():
        evs = store.list_events(actor=actor_key(store, actor), since=since, until=until, **shown(all_))
        if between:
            a, b = (actor_key(store, x) for x in between)
            evs = [e for e in evs if (involves(e.actors, a) and involves(e.recipients, b)) or
                   (involves(e.actors, b) and involves(e.recipients, a))]
        names, sources = actor_names(store), _Sources(store)
        for e in evs:
            when = _when(e)
            t.add_row(when, e.type, e.mode, _refs(e.actors, names), _refs(e.recipients, names), sources(e))
    if not evs:
        err.print("no events match" + (f" between {between[0]!r} and {between[1]!r}" if between else ""))
        return
    console.print(t)


@show_app.command("story")
def show_story(story_id: str = typer.Argument(..., metavar="STORY_ID", help="A story id from `dossier stories`."),
               db: Optional[str] = DbOpt, all_: bool = AllOpt) -> None:
    """A story: articles, merged events (the news, confident ones unless --all), disagreements."""
    from dossier.link.events import shown

    store = _read_store(db)
    with store.session():
        s = store.get_story(story_id)
        if s is None:
            err.print(f"[red]no story {story_id}[/red]")
            raise typer.Exit(1)
        console.print(f"[bold]{s.title}[/bold]  ({s.first_published or 'undated'}"
                      f"{' – ' + s.last_published if s.last_published and s.last_published != s.first_published else ''})",
                      highlight=False)
        if s.main_event:
            console.print(f"what happened: {s.main_event}", highlight=False)
        console.print(f"outlets: {story_outlets(s.outlets)}", highlight=False)
        if s.cited:
            console.print(f"who is cited: {', '.join(s.cited)}", highlight=False)
        console.print(s.summary, highlight=False)
        arts = _table("article", "published", "outlet", "title")
        for an in store.iter_analyses(s.article_ids):
            a = an.article
            arts.add_row(a.id, a.published or "undated", source_label(a.outlet, a, 30),
                         a.title + (" [copy]" if a.duplicate_of else ""))
        console.print(arts)
        t = _table("event", "date", "type", "mode", "actor", "recipient", "sources", "conf")
        _event_rows(store, store.list_events(story_id=story_id, **shown(all_, story_view=True)), t)
        console.print(t)
        for d in store.list_disagreements(story_id=story_id):
            console.print(f"  [yellow]disagreement on {d.field}[/yellow]")
            for v in d.values:
                console.print(f"     {v.outlet or v.article_id}: {v.value} — “{v.quote}”", highlight=False)


@show_app.command("event")
def show_event(event_id: str = typer.Argument(..., metavar="EVENT_ID", help="An event id from `dossier events`."),
               db: Optional[str] = DbOpt) -> None:
    """An event with every source that reports it, as JSON."""
    from dossier.records import to_dict

    store = _read_store(db)
    e = store.get_event(event_id)
    if e is None:
        err.print(f"[red]no event {event_id}[/red]")
        raise typer.Exit(1)
    console.print_json(json.dumps(to_dict(e)))


@show_app.command("actor")
def show_actor(name: str = typer.Argument(..., metavar="ACTOR", help="Actor id, name, alias or ISO-3 code."),
               db: Optional[str] = DbOpt) -> None:
    """An actor's dossier: names, roles, events, outlets."""
    store = _read_store(db)
    with store.session():
        found = find_actor(store, name)
        if found is None:
            err.print(f"[red]no actor {name}[/red]")
            raise typer.Exit(1)
        console.print(f"[bold]{found.name}[/bold]  {found.country or ''} {found.sector or ''} ({found.kind}, {found.id})",
                      highlight=False)
        console.print(f"variants: {', '.join(found.variants)}", highlight=False)
        if found.roles:
            console.print(f"roles: {', '.join(found.roles)}", highlight=False)
        evs = store.list_events(actor=found.id)
        sources = _Sources(store)
        outlets = sorted({label for e in evs for label in sources.labels_of(e)})
        console.print(f"{plural(found.n_articles, 'article')}, {plural(len(evs), 'event')}, "
                      f"{plural(len({e.story_id for e in evs}), 'story', 'stories')}; outlets: {', '.join(outlets)}",
                      highlight=False)
        t = _table("event", "date", "type", "mode", "actor", "recipient", "sources")
        _event_rows(store, evs, t)
    console.print(t)


@show_app.command("article")
def show_article(article_id: str = typer.Argument(..., metavar="ARTICLE_ID", help="An article id from `dossier articles`."),
                 db: Optional[str] = DbOpt,
                 cleaning: bool = typer.Option(False, "--cleaning", help="Show each removed line and why.")) -> None:
    """An article's text and the events found in it."""
    store = _read_store(db)
    an = store.get_analysis(article_id)
    if an is None:
        err.print(f"[red]no article {article_id}[/red]")
        raise typer.Exit(1)
    a = an.article
    console.print(f"[bold]{a.title}[/bold]\n{a.outlet or 'outlet not named'} · {a.published or 'date unknown'} "
                  f"(confidence {a.published_confidence:.2f}; evidence: {a.published_evidence or 'none'}) · {a.source}",
                  highlight=False)
    if cleaning:
        for step in a.cleaning:
            console.print(f"  [dim]{step.action:<8}[/dim] {step.reason:<28} {step.line[:100]}", highlight=False)
        return
    console.print(a.text, highlight=False, markup=False)
    for e in an.events:
        console.print(f"  {e.confidence:.2f}{' background' if e.background else ''} {e.type} {e.mode} {_refs(e.actors)} -> {_refs(e.recipients)} {e.date or ''} "
                      f"{'according to ' + e.attribution if e.attribution else ''}", highlight=False)


@app.command()
def export(what: ExportTable = typer.Option(..., "--what", help="The table to export (actor_graph: GraphML only)."),
           fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", help="File format."),
           out: Optional[str] = typer.Option(None, "--out", metavar="FILE",
                                             help="File (stdout when omitted; parquet needs one)."),
           db: Optional[str] = DbOpt, all_: bool = AllOpt) -> None:
    """Export a table as JSONL, CSV or Parquet, or the actor graph (events: confident ones unless --all; actors:
    those that take part in an event, every one named and the places with --all).

    Every row carries the ids of the articles it comes from."""
    from dossier.serve.export import write

    store = _read_store(db)
    try:
        n = write(store, what.value, fmt.value, out, include_all=all_)
    except ValueError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    if out:
        err.print(f"wrote {plural(n, 'row')} to {out}")


@app.command()
def serve(host: str = typer.Option("127.0.0.1", "--host", metavar="HOST",
                                   help="Interface to bind (loopback by default)."),
          port: int = typer.Option(8000, "--port", metavar="PORT", help="TCP port."),
          db: Optional[str] = DbOpt,
          token: Optional[str] = typer.Option(None, "--token", envvar="DOSSIER_TOKEN", metavar="TOKEN",
                                              help="Required when --host is not a loopback address."),
          workers: int = typer.Option(1, "--workers", min=1, max=16, metavar="N",
                                      help="Server processes (each reads the store on its own connection).")
          ) -> None:
    """Serve the read-only web UI (at /) and HTTP API (docs at /docs)."""
    if not is_loopback(host) and not token:
        typer.echo(f"refusing to bind {host} without a token: pass --token or set DOSSIER_TOKEN", err=True)
        raise typer.Exit(2)
    url = resolve_db(db)
    if not url.startswith("postgres") and url != ":memory:" and not Path(url).exists():
        typer.echo(missing_store_message(url), err=True)
        raise typer.Exit(2)
    import uvicorn

    from dossier.serve.api import create_app

    typer.echo(f"dossier UI at http://{host}:{port}/  API docs at http://{host}:{port}/docs  (store: {url})")
    if workers > 1:  # uvicorn starts each worker from an import string; the settings travel in the environment
        os.environ["DOSSIER_DB"] = url
        if token:
            os.environ["DOSSIER_TOKEN"] = token
        uvicorn.run("dossier.serve.api:app_from_env", factory=True, workers=workers, host=host, port=port,
                    log_level="info")
        return
    uvicorn.run(create_app(url, token=token), host=host, port=port, log_level="info")


# Commands that live beside the code they drive: each module exposes ``register(app)`` and keeps its
# heavy imports inside the command (see the module docstring).
_PLUGINS = {
    "dossier.eval.extraction": eval_app, "dossier.eval.events": eval_app, "dossier.eval.timex": eval_app,
    "dossier.eval.actors": eval_app, "dossier.eval.coref": eval_app, "dossier.eval.stories": eval_app,
    "dossier.eval.dates": eval_app,
    "dossier.eval.bench": app, "dossier.eval.audit": app,
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
