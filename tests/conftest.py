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


def seed_id(store, prefix: str) -> str:
    for a in store.list_articles():
        if a.id.startswith(prefix):
            return a.id
    raise KeyError(prefix)
