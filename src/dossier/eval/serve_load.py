"""Load-test ``dossier serve`` on a store: latency per endpoint under concurrent clients, and the server's RSS.

What ``dossier bench --serve`` runs (and ``scripts/loadtest.py`` shares its client loop): start
``dossier serve`` on a free loopback port in a process of its own, pick real ids from the store
(the actor named in most articles, stories of several sizes, a deep page), then ``clients`` threads
request the endpoints in turn for ``seconds``. Reported per endpoint: requests, errors, p50, p95 and
max in milliseconds; for the server, its resident memory (``VmRSS`` from ``/proc``, Linux) sampled every
half second: first, max and last sample, and the samples themselves, so that growth over the run shows.

Wall-clock figures on whatever else the machine runs: compare runs on one machine only.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

STORY_PAGES = 12  # distinct story pages requested in turn (the largest stories among them)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _tree_files(pid: int, name: str) -> list[str] | None:
    """The text of ``/proc/P/<name>`` for process ``pid`` and each of its descendants that can still be read;
    None when ``pid`` itself cannot."""
    texts, todo, seen = [], [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            texts.append(Path(f"/proc/{p}/{name}").read_text())
        except OSError:
            if p == pid:
                return None
            continue
        todo += _children(p)
    return texts


def _kb(text: str, field: str) -> int:
    return sum(int(line.split()[1]) for line in text.splitlines() if line.startswith(field))


def rss_mb(pid: int) -> float | None:
    """Resident memory of process ``pid`` and its descendants (a server's workers) in MB (Linux), None
    where /proc does not tell."""
    texts = _tree_files(pid, "status")
    return None if texts is None else round(sum(_kb(t, "VmRSS:") for t in texts) / 1024, 1)


def tree_memory_mb(pid: int) -> dict[str, float] | None:
    """``{"rss": ..., "pss": ..., "processes": n}`` of process ``pid`` and its descendants, in MB (Linux).
    RSS counts a page shared by several processes (libraries, copy-on-write pages) once per process;
    PSS divides it among them, so the PSS sum is what the processes take together."""
    texts = _tree_files(pid, "smaps_rollup")
    if texts is None:
        return None
    return {"rss": round(sum(_kb(t, "Rss:") for t in texts) / 1024, 1),
            "pss": round(sum(_kb(t, "Pss:") for t in texts) / 1024, 1), "processes": len(texts)}


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` and its descendants (Linux)."""
    texts = _tree_files(pid, "stat")
    if texts is None:
        return None
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for text in texts:
        fields = text.rsplit(")", 1)[1].split()
        if len(fields) > 12:
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def endpoints(db: str) -> dict[str, list[str]]:
    """Endpoint name -> the URLs requested for it, with ids taken from the store at ``db``."""
    from dossier.serve.paging import encode_cursor
    from dossier.store import open_store

    s = open_store(db, read_only=not db.startswith("postgres"))
    try:
        with s.session():
            n_articles, n_stories = s.count_articles(), s.count_stories()
            top = s.list_actors(order="articles", limit=1, article_ids=0)
            mid = s.list_articles(offset=n_articles // 2, limit=1)
            art = mid[0] if mid else None
            # the biggest stories and some from across the archive: story pages differ most by size
            sizes = s.largest_stories(STORY_PAGES // 2)
            spread = [st.id for k in range(STORY_PAGES - len(sizes))
                      for st in s.list_stories(offset=(k * n_stories) // STORY_PAGES, limit=1)]
            story_ids = list(dict.fromkeys([r[0] for r in sizes] + spread))
            ev = s.list_events(offset=s.count_events() // 2, limit=1)
    finally:
        s.close()
    urls: dict[str, list[str]] = {
        "articles": ["/api/articles?limit=50"],
        "articles_deep_offset": [f"/api/articles?limit=50&offset={max(0, n_articles // 2)}"],
        "stories": ["/api/stories?limit=50"],
        "events": ["/api/events?limit=50"],
        "actors": ["/api/actors?limit=50"],
        "actors_q": ["/api/actors?q=an&limit=50"],
        "disagreements": ["/api/disagreements?limit=50"],
    }
    if art is not None:
        urls["articles_after"] = [f"/api/articles?limit=50&after={encode_cursor((art.published, art.id))}"]
        urls["article_page"] = [f"/api/articles/{quote(art.id)}"]
        if art.outlet:
            urls["articles_outlet"] = [f"/api/articles?limit=50&outlet={quote(art.outlet)}"]
            urls["events_outlet"] = [f"/api/events?limit=50&outlet={quote(art.outlet)}"]
        if art.published:
            urls["graph_month"] = [f"/api/graph?since={art.published[:10]}&until={art.published[:8]}28"]
    if top:
        a = quote(top[0].id)
        urls["events_actor"] = [f"/api/events?limit=50&actor={a}"]
        urls["stories_actor"] = [f"/api/stories?limit=50&actor={a}"]
        urls["timeline_actor"] = [f"/api/timeline?actor={a}&limit=100"]
        urls["actor_page"] = [f"/api/actors/{a}"]
    if story_ids:
        urls["story_page"] = [f"/api/stories/{quote(i)}" for i in story_ids]
    if ev:
        urls["event_page"] = [f"/api/events/{quote(ev[0].id)}"]
    return urls


def _percentiles(lat: list[float]) -> dict[str, float | None]:
    lat = sorted(lat)
    if not lat:
        return {"p50": None, "p95": None, "max": None}
    return {"p50": round(1000 * statistics.median(lat), 1),
            "p95": round(1000 * lat[min(len(lat) - 1, int(0.95 * len(lat)))], 1),
            "max": round(1000 * lat[-1], 1)}


def hammer(base: str, urls: dict[str, list[str]], seconds: float, clients: int,
           while_running: Callable[[], bool] | None = None) -> dict[str, Any]:
    """``clients`` threads request the endpoints in turn for ``seconds`` (each at least one full round):
    latency per endpoint;
    ``while_running()`` (e.g. "is the ingest still writing?") is asked before each request, and the
    successful requests made while it said yes are counted in ``ok_while_running``."""
    import httpx

    names = sorted(urls)
    lock = threading.Lock()
    lat: dict[str, list[float]] = {n: [] for n in names}
    errors: dict[str, dict[str, int]] = {}
    during = [0]
    stop = time.monotonic() + seconds

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            i = k
            # One full round first whatever the clock says: on a loaded machine a short run could
            # otherwise end before some endpoint was asked at all, and report nothing for it.
            while i - k < len(names) or time.monotonic() < stop:
                name = names[i % len(names)]
                url = urls[name][(i // len(names)) % len(urls[name])]
                i += 1
                t0 = time.perf_counter()
                running = while_running() if while_running is not None else False
                try:
                    r = c.get(url)
                    kind = None if r.status_code == 200 else f"HTTP {r.status_code}"
                except httpx.HTTPError as exc:
                    kind = type(exc).__name__
                dt = time.perf_counter() - t0
                with lock:
                    lat[name].append(dt)
                    during[0] += running and kind is None
                    if kind:
                        errors.setdefault(name, {}).setdefault(kind, 0)
                        errors[name][kind] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    every = [x for v in lat.values() for x in v]
    return {
        "clients": clients, "seconds": round(elapsed, 1), "requests": len(every),
        "errors": sum(sum(v.values()) for v in errors.values()), "error_kinds": errors,
        "requests_per_second": round(len(every) / elapsed, 1) if elapsed else 0.0,
        "latency_ms": _percentiles(every), "ok_while_running": during[0],
        "endpoints": {n: {"requests": len(lat[n]), **_percentiles(lat[n])} for n in names},
    }


def start_server(db: str, env: dict[str, str] | None = None, workers: int = 1) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ if env is None else env)
    env.setdefault("OMP_NUM_THREADS", "1")
    more = ["--workers", str(workers)] if workers > 1 else []
    server = subprocess.Popen([sys.executable, "-m", "dossier", "serve", "--db", db, "--port", str(port), *more],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("server exited: " + server.stderr.read().decode()[-2000:])
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("server did not answer /api/health within 120 s")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


LISTS = ("articles", "articles_after", "articles_deep_offset", "articles_outlet", "stories", "stories_actor",
         "events", "events_actor", "events_outlet", "actors", "actors_q", "disagreements")


def load_test(db: str, seconds: float = 30.0, clients: int = 4, workers: int = 1, mix: str = "all") -> dict[str, Any]:
    """Serve ``db`` with ``workers`` server processes and load it (see the module docstring); the store
    must not be held by a writer. RSS counts the server and its workers together. ``mix``: ``all`` the
    endpoints, or only the ``lists``."""
    urls = endpoints(db)
    if mix == "lists":
        urls = {k: v for k, v in urls.items() if k in LISTS}
    server, base = start_server(db, workers=workers)
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            if (m := rss_mb(server.pid)) is not None:
                samples.append(m)
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    try:
        import httpx

        # one untimed pass over every URL (imports, first opens, and each story page once: they differ most
        # in size), so that the RSS after it is the server's working set, not the first page's
        with httpx.Client(base_url=base, timeout=120) as c:
            for name in urls:
                for url in urls[name]:
                    c.get(url)
        rss_warm = rss_mb(server.pid)
        sampler.start()
        load_before, cpu_before = os.getloadavg(), cpu_seconds(server.pid)
        result = hammer(base, urls, seconds, clients)
        cpu_after, load_after = cpu_seconds(server.pid), os.getloadavg()
    finally:
        done.set()
        if sampler.is_alive():
            sampler.join()
        stop_server(server)
    result["workers"], result["mix"] = workers, mix
    # what other jobs on the machine leave to the server moves the latencies: the server's own CPU time per
    # request (its children included) and the load average tell a slow server from a busy machine
    if cpu_before is not None and cpu_after is not None and result["requests"]:
        result["server_cpu_ms_per_request"] = round(1000 * (cpu_after - cpu_before) / result["requests"], 2)
    result["load_average"] = {"before": [round(x, 2) for x in load_before],
                              "after": [round(x, 2) for x in load_after]}
    result["serve_rss_mb"] = {"after_warm_up": rss_warm, "first": samples[0] if samples else None,
                              "max": max(samples) if samples else None, "last": samples[-1] if samples else None,
                              "samples_every_0_5s": samples}
    return result
