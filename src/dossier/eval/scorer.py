"""Coreference scorers: MUC, B-cubed, CEAF-e and the CoNLL average.

Hand-written because no maintained PyPI package offers them as a library
(the reference implementation is the Perl ``reference-coreference-scorers``);
each metric is a few lines and ``tests/test_scorer.py`` checks them against
hand-computed cases. Clusters are any iterables of hashable mention ids;
mentions that appear on one side only count as singletons on the other, as
in the reference scorer with gold mentions.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

Clusters = list[frozenset]


def _norm(clusters: Iterable[Iterable[Hashable]]) -> Clusters:
    return [frozenset(c) for c in clusters if c]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(p: float, r: float) -> tuple[float, float, float]:
    return p, r, _f1(p, r)


def _muc_side(key: Clusters, response: Clusters) -> float:
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for c in key:
        # a mention absent from the response is a partition of its own
        parts = {where.get(m, ("alone", m)) for m in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return num / den if den else 0.0


def muc(key, response) -> tuple[float, float, float]:
    key, response = _norm(key), _norm(response)
    return _prf(_muc_side(response, key), _muc_side(key, response))


def _b3_side(key: Clusters, response: Clusters) -> float:
    where = {m: c for c in response for m in c}
    total = n = 0.0
    for c in key:
        for m in c:
            total += len(c & where.get(m, frozenset([m]))) / len(c)
            n += 1
    return total / n if n else 0.0


def b_cubed(key, response) -> tuple[float, float, float]:
    key, response = _norm(key), _norm(response)
    return _prf(_b3_side(response, key), _b3_side(key, response))


def ceaf_e(key, response) -> tuple[float, float, float]:
    key, response = _norm(key), _norm(response)
    if not key or not response:
        return 0.0, 0.0, 0.0
    # imported here: the CLI registers the eval commands at start-up and scipy takes ~0.6 s to load
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    sim = np.zeros((len(key), len(response)))
    index: dict = {}
    for j, r in enumerate(response):
        for m in r:
            index.setdefault(m, []).append(j)
    for i, k in enumerate(key):
        for m in k:
            for j in index.get(m, ()):
                sim[i, j] += 1
    sizes_k = np.array([len(k) for k in key], dtype=float)[:, None]
    sizes_r = np.array([len(r) for r in response], dtype=float)[None, :]
    phi = 2 * sim / (sizes_k + sizes_r)
    rows, cols = linear_sum_assignment(-phi)
    best = float(phi[rows, cols].sum())
    return _prf(best / len(response), best / len(key))


def conll(key, response) -> dict[str, float]:
    """All three metrics and their F1 average, as fractions (multiply by 100 for the usual scale)."""
    out: dict[str, float] = {}
    for name, fn in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        p, r, f = fn(key, response)
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f
    out["conll_f1"] = (out["muc_f1"] + out["b3_f1"] + out["ceafe_f1"]) / 3
    return out


def clusters_from_labels(labels: dict[Hashable, Hashable]) -> Clusters:
    groups: dict = {}
    for m, c in labels.items():
        groups.setdefault(c, set()).add(m)
    return [frozenset(g) for g in groups.values()]


# ---- precision / recall / F1 from counts, shared by the mention-level evaluations ----

def prf_counts(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``tp`` correct out of ``n_pred`` predicted and ``n_gold`` gold."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def put_prf(res: dict, name: str, tp: float, n_pred: int, n_gold: int) -> None:
    """Store ``{name}_precision``, ``{name}_recall``, ``{name}_f1`` in ``res``."""
    res[f"{name}_precision"], res[f"{name}_recall"], res[f"{name}_f1"] = prf_counts(tp, n_pred, n_gold)


def prf_line(res: dict, name: str, label: str | None = None, width: int = 8) -> str:
    """One printed line: ``label P 0.000 R 0.000 F1 0.000`` from :func:`put_prf`'s keys."""
    return (f"  {(label or name):{width}s} P {res[name + '_precision']:.3f} R {res[name + '_recall']:.3f} "
            f"F1 {res[name + '_f1']:.3f}")
