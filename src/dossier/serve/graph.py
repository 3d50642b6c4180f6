"""The actor graph: canonical actors as nodes, events between them as typed edges.

Built with networkx so that layout (``spring_layout``) and GraphML serialisation
come from the library rather than hand-written code. One edge per
(actor, recipient, event type); its weight is the number of merged events and
it keeps the event ids, so the UI and GraphML consumers can go back to the
sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from dossier.records import ActorRef, Event


@dataclass(slots=True)
class GraphNode:
    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    events: int = 0  # events the actor takes part in within the range
    x: float = 0.0  # layout position in [-1, 1], so a client needs no layout code
    y: float = 0.0


@dataclass(slots=True)
class GraphEdge:
    source: str
    target: str
    type: str  # PLOVER event type
    weight: int = 0  # merged events of this type between the two actors
    event_ids: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ActorGraph:
    since: str | None = None
    until: str | None = None
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)


def _key(ref: ActorRef) -> str:
    # unresolved participants still appear, keyed by their surface text, so nothing silently vanishes
    return ref.actor_id or f"text:{(ref.name or ref.text).strip().lower()}"


def build_graph(events: Iterable[Event]) -> nx.MultiDiGraph:
    """A directed multigraph: one edge per (actor, recipient, event type), keyed by the type."""
    g = nx.MultiDiGraph()

    def node(ref: ActorRef) -> str:
        k = _key(ref)
        if k not in g:
            g.add_node(k, name=ref.name or ref.text, country=ref.country or "", sector=ref.sector or "", events=0)
        return k

    for e in events:
        involved: set[str] = set()
        for a in e.actors:
            src = node(a)
            involved.add(src)
            for r in e.recipients:
                dst = node(r)
                involved.add(dst)
                if src == dst:
                    continue
                if g.has_edge(src, dst, key=e.type):
                    data = g.edges[src, dst, e.type]
                else:
                    g.add_edge(src, dst, key=e.type, type=e.type, weight=0, event_ids=[], modes=[])
                    data = g.edges[src, dst, e.type]
                data["weight"] += 1
                data["event_ids"].append(e.id)
                if e.mode not in data["modes"]:
                    data["modes"].append(e.mode)
        for k in involved:
            g.nodes[k]["events"] += 1
    return g


def actor_graph(events: Iterable[Event], since: str | None = None, until: str | None = None) -> ActorGraph:
    """The graph as records (for the API), with a deterministic spring layout."""
    g = build_graph(events)
    # k: the spring's rest length; networkx's default (1/sqrt(n)) packs a busy component into a knot while
    # isolated pairs drift to the edges, so the length is doubled (the UI then spreads what still touches)
    pos = (nx.spring_layout(nx.Graph(g), seed=7, k=2 / len(g) ** 0.5, iterations=100) if len(g) > 1
           else {n: (0.0, 0.0) for n in g})
    nodes = [GraphNode(id=n, name=d["name"], country=d["country"] or None, sector=d["sector"] or None,
                       events=d["events"], x=float(pos[n][0]), y=float(pos[n][1]))
             for n, d in sorted(g.nodes(data=True), key=lambda nd: (-nd[1]["events"], nd[1]["name"]))]
    edges = [GraphEdge(source=u, target=v, type=k, weight=d["weight"], event_ids=list(d["event_ids"]),
                       modes=list(d["modes"]))
             for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))]
    return ActorGraph(since=since, until=until, nodes=nodes, edges=edges)


def to_graphml(g: nx.MultiDiGraph) -> str:
    """GraphML text. GraphML attributes are scalars, so list attributes become space-separated strings."""
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(g.nodes(data=True))
    for u, v, k, d in g.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, type=d["type"], weight=d["weight"],
                      event_ids=" ".join(d["event_ids"]), modes=" ".join(d["modes"]))
    return "\n".join(nx.generate_graphml(flat)) + "\n"


def write_graphml(store, out: str | None, since: str | None = None, until: str | None = None,
                  include_all: bool = False) -> int:
    """Write the actor graph of the store's events in [since, until] as GraphML; returns the edge count."""
    import sys

    from dossier.link.events import shown

    g = build_graph(store.event_participants(since=since, until=until, **shown(include_all)))
    text = to_graphml(g)
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return g.number_of_edges()
