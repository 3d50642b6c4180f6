"""The command line as a newcomer meets it: start-up, help texts, readable tables, names instead of ids.

The store is the surfaces fixture (tests/surfaces_fixture.py) plus a few records written here: an event
between North Korea's government and Iran whose participants were stored without canonical names, an
article without an outlet, and actors with long names. Every sentence is written for these tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from surfaces_fixture import LONG_NAME, build_file

HEAVY = ("spacy", "thinc", "scipy", "numpy", "sklearn", "fastapi", "starlette", "uvicorn", "networkx", "duckdb",
         "pyarrow", "pandas", "trafilatura", "ray", "psycopg", "rapidfuzz", "dateparser", "feedparser")

@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_file(str(tmp_path_factory.mktemp("cli") / "cli.duckdb"), extra=True)


def run(*args: str, db: str | None = None):
    from dossier.serve.cli import app

    result = CliRunner().invoke(app, [*args, *(["--db", db] if db else [])], catch_exceptions=False)
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def words(output: str) -> set[str]:
    """The whole words of a rich table's output (box characters and wrapping removed)."""
    return set(re.findall(r"[\w’'-]+", output))


# -- start-up ------------------------------------------------------------------------------------------
def test_help_loads_no_heavy_library():
    """`dossier --help` imported spaCy, scipy, FastAPI and networkx before anything else (4.4 s)."""
    code = ("import json, sys\n"
            "from dossier.serve.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            f"print(json.dumps(sorted(m for m in {list(HEAVY)!r} if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.strip().splitlines()[-1]) == []


# -- help texts ----------------------------------------------------------------------------------------
def _commands():
    import typer.main

    from dossier.serve.cli import app

    def walk(cmd, path):
        yield path, cmd
        if getattr(cmd, "commands", None):  # a group (typer vendors its own click)
            for name, sub in cmd.commands.items():
                yield from walk(sub, [*path, name])

    return list(walk(typer.main.get_command(app), []))


def test_every_command_has_a_description_and_flags_show_no_value():
    for path, cmd in _commands():
        if path:
            assert (cmd.help or "").strip(), f"`dossier {' '.join(path)}` has no description"
        code, out = run(*path, "--help")
        assert code == 0, path
        assert "<bool>" not in out, (path, out)  # a flag takes no value


def test_export_help_lists_every_table_and_format():
    from dossier.serve.export import TABLES

    code, out = run("export", "--help")
    flat = " ".join(out.split())
    for name in (*TABLES, "actor_graph", "jsonl", "csv", "parquet", "graphml"):
        assert re.search(rf"\b{name}\b", flat), name
    assert "…" not in out


def test_filters_say_their_format_and_values():
    from dossier.records import MODES

    _, out = run("events", "--help")
    flat = " ".join(out.split())
    assert "YYYY-MM-DD" in flat
    assert all(m in flat for m in MODES)
    assert "CONSULT" in flat


def test_bad_date_is_refused_with_the_format(db):
    code, out = run("events", "--since", "garbage", db=db)
    assert code == 2 and "YYYY-MM-DD" in out


def test_bench_defaults_take_minutes_not_hours():
    cmd = dict(_commands_by_path())["bench"]
    defaults = {p.name: p.default for p in cmd.params}
    assert defaults["articles"] <= 1000
    assert max([int(x) for x in str(defaults["link_sizes"]).split(",") if x] or [0]) <= 1000


def _commands_by_path():
    return [(" ".join(p), c) for p, c in _commands()]


# -- tables and names ----------------------------------------------------------------------------------
def test_tables_keep_whole_words_and_count_correctly(db):
    code, out = run("events", db=db)
    assert code == 0
    seen = words(out)
    for w in LONG_NAME.split() + ["Government", "North", "Korea", "Iran", "Southland"]:
        assert w in seen, w
    assert "1 sources" not in " ".join(out.split()) and "1 source" in " ".join(out.split())

    code, out = run("show", "story", "s-delegation", db=db)
    flat = " ".join(out.split())
    assert code == 0 and "[1 sources]" not in flat and "3 sources" in flat


def test_participants_are_named_not_left_blank(db):
    """Participants stored with only an id show the actor's canonical name."""
    code, out = run("timeline", db=db)
    assert code == 0
    assert {"Government", "North", "Korea"} <= words(out)


def test_timeline_between_names_and_aliases(db):
    """`--between "North Korea" Iran` found nothing while `prk irn` worked: names resolve like ids."""
    for pair in (("North Korea", "Iran"), ("Iran", "North Korea"), ("prk", "irn"), ("Pyongyang", "IRN")):
        code, out = run("timeline", "--between", *pair, db=db)
        assert code == 0, pair
        assert "2031-04-01" in out and "CONSULT" in out, pair
    code, out = run("timeline", "--between", "North Korea", "Southland", db=db)
    assert "2031-04-01" not in out and "no events" in out


def test_sources_without_outlet_show_their_headline_not_an_id(db):
    code, out = run("timeline", "--actor", "Iran", db=db)
    assert code == 0
    assert "p1" not in words(out) and "000_5f3a" not in out
    assert {"Delegation", "Pyongyang"} <= words(out)
    code, out = run("stories", db=db)
    assert "unknown outlet (000_5f3a.txt)" not in " ".join(out.split())
    assert "without an outlet" in " ".join(out.split())


def test_missing_store_points_to_the_demo_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DOSSIER_DB", raising=False)
    code, out = run("stories")
    assert code == 2 and "dossier ingest" in out and "demo.duckdb" not in out
    (tmp_path / "demo.duckdb").write_bytes(b"")
    code, out = run("stories")
    assert code == 2 and "--db demo.duckdb" in " ".join(out.split())


def test_show_actor_by_alias(db):
    code, out = run("show", "actor", "Pyongyang", db=db)
    assert code == 0 and "Government of North Korea" in out


# -- the newcomer's path in the README -----------------------------------------------------------------
def _readme_block(title: str) -> str:
    from conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"## {title}", 1)[1].split("\n## ", 1)[0]
    return section.split("```bash", 1)[1].split("```", 1)[0]


def test_readme_first_hour_commands_are_accepted_and_serve_the_demo_store():
    """The README never said to activate .venv, and `make demo` wrote a store `dossier serve` did not read."""
    import shlex

    import typer.main

    from conftest import ROOT
    from dossier.serve.cli import DEMO_DB, app

    block = _readme_block("Your first hour")
    assert "source .venv/bin/activate" in block
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"DEMO_DB := {DEMO_DB}" in makefile and "make demo" in block
    root = typer.main.get_command(app)
    served = []
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if not words or words[0] != "dossier":
            continue
        args, cmd = words[1:], root
        while args and getattr(cmd, "commands", None) and args[0] in cmd.commands:
            cmd = cmd.commands[args.pop(0)]
        assert cmd is not root or args == ["--help"], line
        if args == ["--help"]:
            continue
        cmd.make_context("dossier", list(args), resilient_parsing=False)  # raises on an unknown option or value
        if cmd.name == "serve":
            served.append(args)
    assert served and all(["--db", DEMO_DB] == a[-2:] or f"--db={DEMO_DB}" in a for a in served)


def test_ingest_summary_counts_in_words(tmp_path):
    """The summary said "1 copies"; a wire copy is now "1 copy of earlier reports"."""
    text = ("Chile and Peru agree to share fishing data\n\n"
            "Chile and Peru agreed on Monday to share catch data every month, officials in Lima said.\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "first.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "second.txt").write_text(text, encoding="utf-8")
    code, out = run("ingest", str(tmp_path / "in"), "--workers", "1", "--quiet", db=str(tmp_path / "s.duckdb"))
    flat = " ".join(out.split())
    assert code == 0, out
    assert "added 2 articles (1 copy of earlier reports" in flat
    assert "1 copies" not in flat and re.search(r"\b1 (event|story|actor)s\b", flat) is None
