"""``dossier bench``: throughput, memory and linking cost on a synthetic corpus.

Three measurements in one run, over the same texts:

1. *reference*: a bare ``nlp.pipe`` pass of the very spaCy pipeline the
   workers load (same components, same entity ruler), with as many processes
   as the pipeline has workers; nothing else.
2. *pipeline*: ``dossier ingest`` of the corpus (read, clean, date, analyse,
   resolve, store, link) into a fresh store; articles/second overall and
   seconds per stage (worker stages are summed over workers).
3. *linking scale*: a store filled by the linker with N synthetic analyses
   (no NLP: mentions come from the generator's ground truth), then the time
   :class:`~dossier.link.Linker` takes per article to place a new batch, at
   each N. Constant per-article time across N means linking is incremental.
4. *serving* (``--serve``): ``dossier serve`` on the store a phase built (the
   pipeline's, and the linking-scale store at each N), loaded by 4 concurrent
   clients: p50/p95 per endpoint and the server's RSS over the run
   (:mod:`dossier.eval.serve_load`). With ``--serve`` the synthetic analyses of
   the linking-scale store also carry one event mention each (the generator's
   event type, actor, recipient and day), so that the served store has events,
   event participants and disagreements to page through; linking then also
   merges events, so its ms/article are not comparable with a run without.
   ``--articles 0 --link-sizes '' --serve --db PATH`` load-tests an existing store.

Peak RSS (Linux ``VmHWM``) is reported for this process, which runs only the
pipeline's main process (reading, resolving, storing, linking), for the largest
pipeline worker (each reports its own), and for the linking-scale run. The
reference pass and the linking-scale run each run in a spawned process of their
own, so that neither's model or store counts in another's figure. During the
pipeline run the memory of all its processes together (this one, the forkserver,
the workers) is sampled every half second: peak RSS and PSS, and their growth per
1 000 articles (``pipeline.memory_all_processes_mb``). Timings are
wall-clock on whatever else the machine is doing: compare runs on the same
machine only.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer

from dossier.eval.bench_corpus import StoryPlan, generate, write_corpus


def _rss_mb(who: int) -> float:
    if who == resource.RUSAGE_SELF:
        from dossier.scale.local import peak_rss_self_mb  # here: it loads spaCy, and the CLI imports this module

        peak = peak_rss_self_mb()
        if peak is not None:
            return peak
    # ru_maxrss is KiB on Linux, bytes on macOS
    r = resource.getrusage(who).ru_maxrss
    return round(r / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _timed(fn: Callable, bucket: dict[str, float], key: str) -> Callable:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            bucket[key] = bucket.get(key, 0.0) + time.perf_counter() - t
    return wrapper


def corpus_texts(files: list[Path]) -> Iterator[str]:
    """The article texts of the bench's JSONL files, streamed in order."""
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)["text"]


def spacy_reference(files: list[Path], workers: int, kb_paths: tuple[str, ...] = ()) -> dict[str, float]:
    """Articles/second of a bare ``nlp.pipe`` pass of the workers' pipeline over the corpus's texts.

    The texts are streamed from the corpus files (as the pipeline reads them), not held in a list."""
    from dossier.nlp.model import load

    nlp = load(kb_paths)
    started = time.perf_counter()
    n = 0
    # 32 texts at a time, as this reference was always measured: spaCy's multi-process pipe ships each batch
    # between processes, and with the workers' 8 it read 5.0 articles/s in one run (pipeline 7.5, load 5-7),
    # a slower reference that would flatter the ratio
    for _doc in nlp.pipe(corpus_texts(files), batch_size=32, n_process=max(1, workers)):
        n += 1
    seconds = time.perf_counter() - started
    return {"articles": n, "seconds": round(seconds, 3), "articles_per_s": round(n / seconds, 2)}


def _in_own_process(fn: Callable, *args: Any) -> Any:
    """Run ``fn`` in a fresh spawned process, so that what it loads (a spaCy model, a store's caches)
    neither stays in this process nor counts in its peak RSS."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _story_b3(predicted: dict[str, str], truth: dict[str, str]) -> dict[str, float]:
    """B-cubed of the stories against the generator's plan (how well linking recovers them)."""
    from dossier.eval.scorer import b_cubed, clusters_from_labels

    common = [a for a in truth if a in predicted]
    p, r, f = b_cubed(clusters_from_labels({a: truth[a] for a in common}),
                      clusters_from_labels({a: predicted[a] for a in common}))
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "gold_stories": len(set(truth.values()))}


def warm_main_process(engine: Any, kb_paths: tuple[str, ...] = ()) -> None:
    """What the pipeline's main process reads on its first article, read now: the gazetteer and its city lists,
    the resolver's and the linker's tables, the store's Arrow staging (pyarrow imports pandas on its first
    table: 0.8 s). The workers' warm-up article is analysed by ``engine`` and committed by a scratch pipeline
    into a scratch store, so the measured store stays untouched. In an 800-article run these first-use loads
    were 2-3 s of the main process's CPU inside the clock, a start-up the workers' figures already leave out."""
    from dossier.pipeline import Pipeline
    from dossier.records import IngestReport
    from dossier.scale.work import WARM_UP
    from dossier.store import open_store

    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(str(Path(scratch) / "warm.duckdb"))
        try:
            pipe = Pipeline(store, engine="local", workers=1, kb_paths=kb_paths)
            with store.hold():
                for results in engine.map([list(WARM_UP)]):
                    pipe._commit(results, IngestReport())
                pipe.linker.flush()
        finally:
            store.close()
    # the warm-up article's stage seconds are not the run's
    if isinstance(getattr(engine, "timings", None), dict):
        engine.timings.clear()


def pipeline_run(files: list[Path], db: str, workers: int, engine: str,
                 kb_paths: tuple[str, ...] = (), truth: dict[str, str] | None = None) -> dict[str, Any]:
    """Ingest ``files`` into ``db`` with stage timings."""
    from dossier.pipeline import Pipeline
    from dossier.store import open_store

    store = open_store(db)
    pipe = Pipeline(store, engine=engine, workers=workers, kb_paths=kb_paths)
    stages: dict[str, float] = {}
    pipe.resolver.resolve = _timed(pipe.resolver.resolve, stages, "resolve")
    pipe.linker.update = _timed(pipe.linker.update, stages, "link")
    pipe.linker.flush = _timed(pipe.linker.flush, stages, "link")
    store.write_analyses = _timed(store.write_analyses, stages, "store")
    made: list[Any] = []
    make_engine = pipe._engine
    # the workers load their pipeline before the clock starts, as the bare-spaCy reference loads its model
    # before its own: both figures are throughput, not start-up (the start-up is reported on its own)
    ready = [make_engine()]
    begun = time.perf_counter()
    getattr(ready[0], "start", lambda: None)()
    warm_main_process(ready[0], kb_paths)
    start_seconds = time.perf_counter() - begun

    def engine_factory() -> Any:
        made.append(ready.pop() if ready else make_engine())
        return made[-1]

    pipe._engine = engine_factory
    memory = _TreeMemory(os.getpid())
    started = time.perf_counter()
    with memory:
        report = pipe.ingest([str(f) for f in files], progress=memory.advance)
    seconds = time.perf_counter() - started
    worker_rss = 0.0
    for eng in made:
        for k, v in getattr(eng, "timings", {}).items():
            stages[k] = stages.get(k, 0.0) + v
        worker_rss = max(worker_rss, getattr(eng, "peak_worker_rss_mb", 0.0))
    reused = int(stages.pop("parses_reused", 0))
    counts = store.counts()
    predicted = {aid: st.id for st in store.list_stories() for aid in st.article_ids}
    store.close()
    return {
        "memory_all_processes_mb": memory.summary(),
        "stories_b3": _story_b3(predicted, truth) if truth else None,
        "peak_rss_worker_mb": worker_rss,
        "articles": report.added, "duplicates": report.duplicates, "skipped": len(report.skipped),
        # texts whose parse a worker took from a verbatim copy it had parsed (the reference parses every text)
        "parses_reused": reused,
        "seconds": round(seconds, 3), "articles_per_s": round(report.added / seconds, 2) if seconds else 0.0,
        "worker_start_seconds": round(start_seconds, 3),
        "articles_per_s_with_start": round(report.added / (seconds + start_seconds), 2) if seconds else 0.0,
        "stage_seconds": {k: round(v, 3) for k, v in sorted(stages.items())},
        "stories": counts["stories"], "events": counts["events"], "actors": counts["actors"],
    }


class _TreeMemory:
    """Samples, every ``every`` seconds in a thread, the memory of this process and all its descendants
    (the workers, the forkserver, the resource tracker) together, with the articles done by then: the
    figure the issue's memory budget is about (all processes of an ingest), and its growth per article.
    RSS counts shared pages once per process (an upper bound); PSS shares them out."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        import threading

        self.pid, self.every = pid, every
        self.done = 0
        self.samples: list[tuple[float, int, float, float, int]] = []  # (seconds, articles, rss, pss, processes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._t0 = 0.0

    def advance(self, n: int) -> None:
        self.done += n

    def _run(self) -> None:
        from dossier.eval.serve_load import tree_memory_mb

        while True:
            m = tree_memory_mb(self.pid)
            if m is not None:
                self.samples.append((round(time.perf_counter() - self._t0, 1), self.done, m["rss"], m["pss"],
                                     m["processes"]))
            if self._stop.wait(self.every):
                return

    def __enter__(self) -> _TreeMemory:
        self._t0 = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict[str, Any] | None:
        if not self.samples:
            return None
        peak = max(self.samples, key=lambda r: r[2])
        # growth per 1 000 articles: least squares over the samples after the first tenth of the articles
        # (the first batches load the models and fill the caches)
        last = self.samples[-1][1]
        tail = [(a, r, p) for _, a, r, p, _ in self.samples if a >= last / 10]
        slope: dict[str, float] | None = None
        if len(tail) > 2 and tail[-1][0] > tail[0][0]:
            xs = [a for a, _, _ in tail]
            mx = statistics.fmean(xs)
            var = sum((x - mx) ** 2 for x in xs)
            slope = {k: round(1000 * sum((x - mx) * (y - statistics.fmean(ys)) for x, y in zip(xs, ys)) / var, 2)
                     for k, ys in (("rss", [r for _, r, _ in tail]), ("pss", [p for _, _, p in tail]))}
        step = max(1, len(self.samples) // 200)  # at most ~200 samples in the report
        return {"peak_rss": peak[2], "peak_pss": max(r[3] for r in self.samples),
                "processes_at_peak": peak[4], "at_articles": peak[1], "mb_per_1000_articles": slope,
                "samples_every_s": self.every,
                "samples": [list(r) for r in self.samples[::step]]}


def _synthetic_analyses(n: int, seed: int, events: bool = False) -> Iterator[tuple[Any, StoryPlan]]:
    """Analyses straight from the generator: article plus its actors' mentions, no NLP; with ``events``,
    one event mention too (the plan's event type, actor, recipient and day, quoted from the lead)."""
    import hashlib

    from dossier.records import ActorRef, Analysis, Article, EventMention, Mention, stable_id

    for rec, plan in generate(n, seed):
        text = rec["text"]
        art = Article(id=rec["id"], source=f"bench:{rec['id']}", text=text, title=rec["title"],
                      outlet=rec["outlet"], published=rec["published"], format="jsonl",
                      content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest())
        mentions, refs = [], []
        for actor in (plan.actor, plan.other):
            at = text.find(actor["name"])
            actor_id = "bench-" + actor["name"].lower().replace(" ", "-")
            if at >= 0:
                mentions.append(Mention(art.id, at, at + len(actor["name"]), actor["name"], "PERSON",
                                        actor_id=actor_id))
            refs.append(ActorRef(actor["name"], at, at + len(actor["name"]) if at >= 0 else -1, actor_id=actor_id,
                                 name=actor["name"]))
        found = []
        if events:
            lead = text.split("\n\n", 1)[0]
            found.append(EventMention(
                id=stable_id("m", art.id, plan.kind), article_id=art.id, type=plan.kind, trigger=plan.kind.lower(),
                trigger_start=0, trigger_end=0, sentence_start=0, sentence_end=len(lead), quote=lead[:300],
                actors=refs[:1], recipients=refs[1:], date=plan.day.isoformat(), date_source="timex",
                confidence=1.0))  # ground truth: shown in the surfaces' default view
        yield Analysis(article=art, mentions=mentions, events=found), plan


def bench_cast() -> list[Any]:
    """The generator's actors as the resolver would store them (ids as the synthetic mentions carry)."""
    from dossier.eval.bench_corpus import templates
    from dossier.records import Actor

    return [Actor(id="bench-" + a["name"].lower().replace(" ", "-"), name=a["name"], kind="person",
                  variants={a["name"]: 1, **({a["short"]: 1} if a.get("short") else {})}, roles=[a["role"]],
                  source="discovered") for a in templates()["actors"]]


LINK_TURNS = 5  # timed turns per store size: one turn's figure moved by half between two runs here


def link_scaling(sizes: list[int], batch: int = 64, db: str | None = None, seed: int = 11,
                 budget_s: float = 3600.0, serve: dict[str, Any] | None = None,
                 turns: int = LINK_TURNS) -> dict[str, Any]:
    """Per-article time to link new articles at each store size, with the pipeline's linker settings.

    The store is filled by the linker itself (synthetic analyses, no NLP, in
    batches of ``batch`` as the pipeline commits them), so its indexes,
    profiles and counters are those a real run leaves, with wire copies found by
    the same MinHash index as ingest. At each size one untimed turn warms the
    caches, as in a long ingest, and the next ``turns`` turns are timed: each
    ``REBUILD_EVERY`` batches (wire-copy check, store write, linking), so that
    its average includes one turn of event re-merging, as the pipeline's does.
    ``out[size]`` is the median of the turns' wall-clock ms per article; on a
    shared machine one turn is not enough (the same code measured 1.04x and
    1.65x growth from 1 000 to 10 000 on two runs), so ``out["detail"][size]``
    also lists every turn, in wall-clock and in CPU time of this process (which
    other users' jobs disturb less), and ``out["growth"]`` the ratios of the
    largest size's medians to the smallest's.

    ``serve``: keyword arguments of :func:`~dossier.eval.serve_load.load_test`; at each size, once timed,
    the store is released and served under load (``out["serve"][size]``).
    """
    from dossier.ingest.dedup import Syndication
    from dossier.link import Linker
    from dossier.link.linker import REBUILD_EVERY, REBUILD_GROWTH
    from dossier.store import open_store

    sizes = sorted(s for s in sizes if s > 0)
    if not sizes:
        return {}
    turn = batch * REBUILD_EVERY
    tmp = tempfile.TemporaryDirectory(prefix="dossier-linkbench-")
    store = open_store(db or str(Path(tmp.name) / "link.duckdb"))
    out: dict[str, Any] = {}
    started = time.perf_counter()
    truth: dict[str, str] = {}  # article -> the generator's story, for the stories' B-cubed at the end

    def analyses() -> Iterator[Any]:
        for an, plan in _synthetic_analyses(sizes[-1] + (1 + turns) * turn * len(sizes), seed,
                                            events=serve is not None):
            truth[an.article.id] = plan.id
            yield an

    stream = analyses()
    linker = Linker(store, rebuild_every=REBUILD_EVERY, rebuild_growth=REBUILD_GROWTH)
    syndication = Syndication(store)
    stored = 0
    store.upsert_actors(bench_cast())

    def link(chunk: list) -> None:
        nonlocal stored
        for an in chunk:
            original = syndication.check(an.article)
            if original and original != an.article.id:
                an.article.duplicate_of = original
        with store.transaction():
            store.write_analyses(chunk)
            syndication.save()
            linker.update(chunk)
        stored += len(chunk)

    def link_turn() -> int:
        n = 0
        for _ in range(REBUILD_EVERY):
            chunk = [next(stream) for _ in range(batch)]
            link(chunk)
            n += len(chunk)
        return n

    try:
        for size in sizes:
            with store.hold():  # as Pipeline.ingest does
                while stored < size:
                    link([next(stream) for _ in range(min(batch, size - stored))])
                link_turn()  # warm-up, untimed
                first = stored
                wall, cpu = [], []
                for _ in range(max(1, turns)):
                    t, c = time.perf_counter(), time.process_time()
                    n = link_turn()
                    wall.append(round((time.perf_counter() - t) * 1000 / n, 3))
                    cpu.append(round((time.process_time() - c) * 1000 / n, 3))
                out[str(size)] = round(statistics.median(wall), 3)
                out.setdefault("detail", {})[str(size)] = {
                    "wall_ms_median": out[str(size)], "cpu_ms_median": round(statistics.median(cpu), 3),
                    "wall_ms_turns": wall, "cpu_ms_turns": cpu, "stored_from": first, "stored_to": stored}
            if serve is not None:  # the hold is over: the file is free for the server's read-only opens
                from dossier.eval.serve_load import load_test

                out.setdefault("serve", {})[str(stored)] = load_test(store.url, **serve)
            if time.perf_counter() - started > budget_s:
                out["stopped"] = f"time budget of {budget_s:.0f}s spent after N={size}"
                break
        with store.hold():
            linker.flush()
            stored_ids = store.known_ids(truth)
            linked = [aid for aid in truth if aid in stored_ids]
            out["stories_b3"] = _story_b3(store.stories_of(linked), {aid: truth[aid] for aid in linked})
    finally:
        store.close()
        tmp.cleanup()
    detail = out.get("detail", {})
    if len(detail) > 1:
        lo, hi = detail[min(detail, key=int)], detail[max(detail, key=int)]
        out["growth"] = {"wall": round(hi["wall_ms_median"] / lo["wall_ms_median"], 3),
                         "cpu": round(hi["cpu_ms_median"] / lo["cpu_ms_median"], 3)}
    return out


def run_bench(articles: int = 20000, workers: int | None = None, engine: str = "local",
              link_sizes: list[int] | None = None, link_batch: int = 64, db: str | None = None,
              kb_paths: tuple[str, ...] = (), skip_reference: bool = False,
              progress: Callable[[str], None] | None = None,
              checkpoint: Callable[[dict[str, Any]], None] | None = None,
              serve: dict[str, Any] | None = None, link_db: str | None = None) -> dict[str, Any]:
    """All measurements; ``checkpoint`` receives the result so far after each phase (a long run that dies
    in its last phase keeps what it measured). ``serve``: load-test the stores built (keyword arguments of
    :func:`~dossier.eval.serve_load.load_test`), or the store at ``db`` when nothing is built."""
    say = progress or (lambda _msg: None)
    keep = checkpoint or (lambda _result: None)
    workers = workers if workers is not None else max(1, min(os.cpu_count() or 1, 4))
    from dossier.nlp import embed

    result: dict[str, Any] = {"articles": articles, "workers": workers, "engine": engine,
                              "cpu_count": os.cpu_count(),
                              # other jobs on a shared machine move every wall-clock figure
                              "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
                              # the workers embed each article when the optional model is installed
                              "embeddings": embed.MODEL_NAME if embed.installed() else None}
    if articles > 0:
        with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
            say(f"writing {articles} synthetic articles")
            truth: dict[str, str] = {}
            files, chars = write_corpus(articles, Path(tmp) / "corpus", truth=truth)
            result["corpus_chars_per_article"] = round(chars / articles, 1)
            if not skip_reference:
                say("bare spaCy pass")
                # in a process of its own: the model and the parsed docs stay out of this process, whose
                # peak RSS is then the pipeline's main process alone
                result["spacy"] = _in_own_process(spacy_reference, files, workers, kb_paths)
                keep(result)
            say("pipeline")
            store_at = db or str(Path(tmp) / "bench.duckdb")
            run = pipeline_run(files, store_at, workers, engine, kb_paths, truth)
            if serve is not None:
                say("serving the pipeline's store")
                from dossier.eval.serve_load import load_test

                run["serve"] = load_test(store_at, **serve)
        result["pipeline"] = run
        # every input is analysed (wire copies too: they are only marked duplicate_of), so both rates
        # count the same articles
        result["articles_per_s"] = run["articles_per_s"]
        if not skip_reference:
            result["ratio_vs_spacy"] = round(run["articles_per_s"] / result["spacy"]["articles_per_s"], 3)
            # the same with the workers' start-up inside the clock (how this ratio was read before 2026-12-03)
            result["ratio_vs_spacy_with_start"] = round(
                run["articles_per_s_with_start"] / result["spacy"]["articles_per_s"], 3)
        result["peak_rss_mb"] = _rss_mb(resource.RUSAGE_SELF)
        # workers report their own peak (forkserver children are not ours); with one worker, the
        # analysis runs in this process and counts in peak_rss_mb
        result["peak_rss_worker_mb"] = run["peak_rss_worker_mb"]
        keep(result)
    if link_sizes:
        say(f"linking at store sizes {link_sizes}")
        # in a process of its own, so that its peak RSS is the linking store's alone
        times, rss = _in_own_process(_link_scaling_with_rss, link_sizes, link_batch, serve, link_db)
        if "serve" in times:
            result["link_store_serve"] = times.pop("serve")
            result["link_synthetic_events"] = True
        result["link_scaling_detail"] = times.pop("detail", {})
        if "growth" in times:
            result["link_growth"] = times.pop("growth")
        if "stories_b3" in times:
            result["link_stories_b3"] = times.pop("stories_b3")
        result["link_ms_per_article"] = times
        result["link_scaling_peak_rss_mb"] = rss
        keep(result)
    if serve is not None and articles <= 0 and not link_sizes:
        if not db:
            raise ValueError("--serve with nothing to build needs --db: the store to load-test")
        say(f"serving {db}")
        from dossier.eval.serve_load import load_test

        result["serve"] = load_test(db, **serve)
        keep(result)
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return result


def _link_scaling_with_rss(sizes: list[int], batch: int, serve: dict[str, Any] | None = None,
                           db: str | None = None) -> tuple[dict[str, Any], float]:
    return link_scaling(sizes, batch, db=db, serve=serve), _rss_mb(resource.RUSAGE_SELF)


def register(app: typer.Typer) -> None:
    @app.command("bench")
    def bench(
        articles: int = typer.Option(300, "--articles", "-n",
                                     help="synthetic articles to ingest (the README's figures: 20000, about 20 min)"),
        workers: int = typer.Option(None, "--workers", help="worker processes (default: CPUs, at most 4)"),
        engine: str = typer.Option("local", "--engine", help="local | ray"),
        link_sizes: str = typer.Option("1000", "--link-sizes",
                                       help="store sizes for the linking-time measurement, comma-separated ('' to "
                                            "skip; the README's figures: 1000,10000,100000, about 1 h)"),
        link_batch: int = typer.Option(64, "--link-batch", help="articles per linking batch (the pipeline's is 64)"),
        link_db: str = typer.Option(None, "--link-db", help="keep the linking-scale store here (default: a temp "
                                                            "file, removed at the end)"),
        db: str = typer.Option(None, "--db", help="store for the pipeline run (default: a temp DuckDB file)"),
        no_reference: bool = typer.Option(False, "--no-reference", help="skip the bare spaCy pass"),
        serve: bool = typer.Option(False, "--serve", help="load-test `dossier serve` on each store built (or on "
                                                         "--db when nothing is built): p50/p95 per endpoint, RSS"),
        serve_seconds: float = typer.Option(30.0, "--serve-seconds", help="seconds of load per store"),
        serve_clients: int = typer.Option(4, "--serve-clients", help="concurrent clients"),
        serve_workers: int = typer.Option(1, "--serve-workers", help="`dossier serve --workers`"),
        serve_mix: str = typer.Option("all", "--serve-mix", help="all: every endpoint in turn; lists: the list "
                                                                 "endpoints only"),
        as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
        out: Path = typer.Option(None, "--out", help="also write the JSON here, rewritten after each phase"),
    ) -> None:
        """Measure throughput, peak memory and linking cost.

        Throughput against a bare spaCy pass, per-stage time, peak RSS and linking cost by store size, on a
        synthetic corpus (the defaults take a few minutes; the README's figures use the larger sizes)."""
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        sizes = [int(s) for s in link_sizes.replace(" ", "").split(",") if s]
        say = (lambda m: print(f"[bench] {m}", file=sys.stderr)) if not as_json else None
        def save(partial: dict[str, Any]) -> None:
            if out:
                out.write_text(json.dumps(partial, indent=2) + "\n", encoding="utf-8")

        load = ({"seconds": serve_seconds, "clients": serve_clients, "workers": serve_workers, "mix": serve_mix}
                if serve else None)
        try:
            result = run_bench(articles, workers, engine, sizes, link_batch, db, skip_reference=no_reference,
                               progress=say, checkpoint=save, serve=load, link_db=link_db)
        except ValueError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(2) from None
        if as_json:
            print(json.dumps(result, indent=2))
            return
        print(f"articles: {articles}  workers: {result['workers']}  engine: {engine}")
        p = result.get("pipeline")
        if p:
            print(f"article length: {result['corpus_chars_per_article']:.0f} characters on average")
            if "spacy" in result:
                print(f"bare spaCy nlp.pipe: {result['spacy']['articles_per_s']:.1f} articles/s")
            print(f"pipeline:            {result['articles_per_s']:.1f} articles/s"
                  + (f"  ({result['ratio_vs_spacy']:.2f}x spaCy)" if "ratio_vs_spacy" in result else ""))
            print(f"  workers started in {p['worker_start_seconds']:.1f}s before the clock"
                  + (f" (with it inside: {result['ratio_vs_spacy_with_start']:.2f}x spaCy)"
                     if "ratio_vs_spacy_with_start" in result else ""))
            print(f"  stored {p['articles']} (of which {p['duplicates']} wire copies), skipped {p['skipped']}, "
                  f"{p['stories']} stories, {p['events']} events in {p['seconds']:.1f}s")
            if p.get("parses_reused"):
                print(f"  {p['parses_reused']} texts not parsed again: verbatim copies of a text their worker "
                      "had parsed (the bare pass parses every text)")
            if p.get("stories_b3"):
                b = p["stories_b3"]
                print(f"  stories vs the generator's {b['gold_stories']}: B-cubed P {b['p']:.3f} R {b['r']:.3f} "
                      f"F1 {b['f1']:.3f}")
            for k, v in p["stage_seconds"].items():
                print(f"  {k:<8} {v:9.2f}s")
            workers_rss = (f"{result['peak_rss_worker_mb']} MB (largest worker)" if result["workers"] > 1
                           else "analysis ran in this process")
            print(f"peak RSS: {result['peak_rss_mb']} MB (main), {workers_rss}")
            mem = p.get("memory_all_processes_mb")
            if mem:
                print(f"all processes together: peak RSS {mem['peak_rss']} MB, peak PSS {mem['peak_pss']} MB "
                      f"({mem['processes_at_peak']} processes); growth per 1 000 articles: "
                      f"{mem['mb_per_1000_articles']}")
        for n, ms in result.get("link_ms_per_article", {}).items():
            d = result.get("link_scaling_detail", {}).get(n)
            spread = (f" (median of {len(d['wall_ms_turns'])} turns, {min(d['wall_ms_turns'])}-"
                      f"{max(d['wall_ms_turns'])}; CPU {d['cpu_ms_median']} ms; stored {d['stored_from']}-"
                      f"{d['stored_to']})") if d else ""
            print(f"linking at N={n}: {ms} ms/article{spread}")
        if "link_growth" in result:
            g = result["link_growth"]
            print(f"linking growth, largest vs smallest store: {g['wall']}x wall-clock, {g['cpu']}x CPU")
        if "link_stories_b3" in result:
            b = result["link_stories_b3"]
            print(f"linking-scale stories vs the generator's {b['gold_stories']}: B-cubed P {b['p']:.3f} "
                  f"R {b['r']:.3f} F1 {b['f1']:.3f}")
        if "link_scaling_peak_rss_mb" in result:
            print(f"peak RSS of the linking-scale run: {result['link_scaling_peak_rss_mb']} MB")
        served = [("pipeline store", p["serve"])] if p and "serve" in p else []
        served += [(f"linking store at N={n}", r) for n, r in result.get("link_store_serve", {}).items()]
        served += [(db, result["serve"])] if "serve" in result else []
        for label, r in served:
            print(_serve_summary(label, r))


def _serve_summary(label: str, r: dict[str, Any]) -> str:
    rss = r["serve_rss_mb"]
    lines = [f"serving the {label}: {r['requests']} requests in {r['seconds']}s from {r['clients']} clients, "
             f"{r['errors']} errors; serve RSS {rss['first']} -> {rss['last']} MB (max {rss['max']})",
             f"  {'endpoint':<22} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"]
    for name, e in r["endpoints"].items():
        lines.append(f"  {name:<22} {e['requests']:>5} {e['p50']:>8} {e['p95']:>8} {e['max']:>8}")
    return "\n".join(lines)
