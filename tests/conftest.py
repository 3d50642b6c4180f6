from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def need_seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent: the seed end-to-end checks need the shared folder beside the repo")
    return SEEDS


def need_bench(name: str) -> Path:
    path = BENCH / name
    if not path.exists():
        pytest.skip(f"../shared/bench/{name} is absent")
    return path


@pytest.fixture(scope="session")
def nlp():
    from dossier.nlp import load

    return load()


@pytest.fixture()
def store(tmp_path):
    from dossier.store import open_store

    s = open_store(str(tmp_path / "test.duckdb"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """The five seeds ingested once for the whole session."""
    need_seeds()
    from dossier.pipeline import Pipeline
    from dossier.store import open_store

    path = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    s = open_store(str(path))
    Pipeline(s, workers=1).ingest([SEEDS])
    yield s
    s.close()


def analysed_events(nlp, text: str, published: str):
    """The resolved event mentions of one article written for a test."""
    from dossier.nlp import analyse
    from dossier.records import Article
    from dossier.resolve import Resolver

    art = Article(id="t", source="test", text=text, published=published)
    return Resolver().resolve(analyse(art, nlp)).events


def stated_date(e):
    """An event mention's date as the text states or ties it, ``None`` for the publication-day default (which
    test_publication_day.py tests on its own): the date rules' tests read this."""
    return e.date if e.date_source != "published" else None


def event_with_trigger(nlp, text: str, trigger: str, published: str = "2024-03-05"):
    """The first resolved event mention of ``text`` whose trigger is ``trigger``."""
    return next(e for e in analysed_events(nlp, text, published) if e.trigger == trigger)


def resolved(nlp, text: str, resolver=None, aid: str = "t1", published: str | None = None):
    """One article of ``text`` (published on ``published``, undated by default) analysed and resolved by
    ``resolver``, a fresh one over the shipped KB when None: (analysis, resolver). Several articles meant for one
    resolver each take an ``aid`` of their own."""
    from dossier.nlp import analyse
    from dossier.records import Article
    from dossier.resolve import Resolver, load_kb

    r = resolver or Resolver(load_kb())
    return r.resolve(analyse(Article(aid, "test", text, published=published), nlp)), r


def resolved_with_kb(nlp, text: str, published: str = "2024-03-05", aid: str = "t"):
    """``resolved`` by a fresh resolver, the article published on 2024-03-05 unless ``published`` says otherwise."""
    return resolved(nlp, text, aid=aid, published=published)


def mention_of(an, text: str, the: bool = False):
    """The first mention of ``an`` spelt ``text``; with ``the``, spelt "the"/"The" and ``text`` as well."""
    spellings = {text, "the " + text, "The " + text} if the else {text}
    return next(m for m in an.mentions if m.text in spellings)


def actor_of(an, r, text: str):
    """The actor the first mention spelt ``text`` resolved to, or None."""
    m = mention_of(an, text)
    return r.actors.get(m.actor_id) if m.actor_id else None


def trigger_refs(an, trigger: str, side: str = "recipients"):
    """The actors or recipients of the first event of ``an`` whose trigger is ``trigger``."""
    return getattr(next(e for e in an.events if e.trigger == trigger), side)


def ref_texts(refs) -> list[str]:
    return [r.text for r in refs]


def clean_lines(*lines: str, title: str = "Ferries collide off Port Lune"):
    """``clean_text`` over ``lines`` written as paragraphs of one article."""
    from dossier.ingest.clean import clean_text

    return clean_text("\n\n".join(lines), title=title)


def paragraphs(out) -> list[str]:
    return out.body.split("\n\n")


def step_reasons(out) -> dict[str, str]:
    return {s.line: s.reason for s in out.steps}


def countries(refs) -> set[str]:
    return {r.country for r in refs if r.country}


def seed_id(store, prefix: str) -> str:
    for a in store.list_articles():
        if a.id.startswith(prefix):
            return a.id
    raise KeyError(prefix)


# -- a throw-away local PostgreSQL server -------------------------------------------------------

def _pg_bin() -> Path | None:
    import shutil

    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parent.parent.name)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server in a temp dir for this session: yields a URL to its ``postgres`` database.

    initdb refuses to run as root, so as root it runs as the ``postgres`` system user (runuser).
    Skips, saying why, when there are no binaries or the server does not start.
    """
    import os
    import pwd
    import shutil
    import subprocess

    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb); .ci/run installs the Debian package 'postgresql'")
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run initdb as")
        runuser = shutil.which("runuser") or shutil.which("su")
        if runuser is None:
            pytest.skip("running as root without runuser/su to drop privileges for initdb")
        prefix = [runuser, "-u", "postgres", "--"]
    import tempfile

    # not under pytest's basetemp: that is private to root (0700) and the server runs as 'postgres'
    base = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
    data = base / "data"
    if prefix:
        os.chown(base, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    log = base / "server.log"

    def run(*cmd: str) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=120)

    init = run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
               "--no-sync")
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"initdb failed: {init.stderr.strip()[-300:]}")
    opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    start = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start")
    if start.returncode != 0:
        tail = log.read_text()[-300:] if log.exists() else start.stderr[-300:]
        pytest.skip(f"PostgreSQL did not start: {tail}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["duckdb", "postgres"])
def any_store(request, tmp_path):
    """A fresh store of each kind: an embedded DuckDB file, then a PostgreSQL database (skipped, saying why, when
    no local server can be started)."""
    from dossier.store import open_store

    url = request.getfixturevalue("pg_url") if request.param == "postgres" else str(tmp_path / "s.duckdb")
    s = open_store(url)
    yield s
    s.close()


@pytest.fixture()
def pg_url(pg_server):
    """A fresh, empty database on the session's server for one test."""
    import uuid

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def hand_analysis(aid: str, text: str, spans: list[tuple], refs: list[str] = ()):
    """A hand-made analysis, so that the resolver alone is under test: mentions at the first occurrence (after
    the previous one) of each (text, label[, role]); sentences counted by full stops; one CONSULT per ref."""
    from dossier.records import ActorRef, Analysis, Article, EventMention, Mention

    mentions, cursor = [], 0
    for span in spans:
        s, label = span[0], span[1]
        i = text.index(s, cursor)
        m = Mention(aid, i, i + len(s), s, label, sentence=text[:i].count(". "))
        if len(span) > 2:
            m.role = span[2]
        if label == "PERSON":
            m.kind = "person"
        mentions.append(m)
        cursor = i + 1
    events = []
    for r in refs:
        i = text.index(r)
        events.append(EventMention(f"e-{aid}-{i}", aid, "CONSULT", "met", 0, 0, 0, len(text), text,
                                   actors=[ActorRef(r, i, i + len(r))]))
    return Analysis(Article(aid, "test", text), mentions, [], events)


def mentions_with_spans(nlp, text: str, spans: list[tuple[str, str]] | None = None, outlet: str | None = None):
    """Entity mentions of ``text``, its tagger's spans replaced by ``spans`` ((words, label) in text order, each
    after the one before) when given, so that a test checks the rule, not the statistical tagger; ``outlet`` is the
    article's outlet."""
    from spacy.tokens import Span

    from dossier.nlp.entities import entity_mentions
    from dossier.records import Article

    doc = nlp(text)
    if spans is not None:
        ents, at = [], 0
        for words, label in spans:
            start = text.index(words, at)
            at = start + len(words)
            span = doc.char_span(start, start + len(words), label=label)
            assert span is not None, words
            ents.append(span)
        doc.ents = [Span(doc, s.start, s.end, label=s.label_) for s in sorted(ents, key=lambda s: s.start)]
    return entity_mentions(doc, Article("t1", "test", text, outlet=outlet))
