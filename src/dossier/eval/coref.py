"""``dossier eval coref``: document clustering and event coreference on ECB+-format data.

(a) documents are clustered with the text part of story linking
(:class:`dossier.link.stories.GreedyClusterer`; ECB+ carries no dates or
resolved actors) and scored with B-cubed against the gold subtopics;
(b) gold event mentions in ``selected`` sentences (singletons included) are
clustered within each predicted document cluster by the lemma of the
mention, and scored with MUC, B-cubed, CEAF-e and CoNLL F1
(:mod:`dossier.eval.scorer`).
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dossier.eval.scorer import b_cubed, clusters_from_labels, conll

DEFAULT = "../shared/bench/ecbplus/ecbplus_dev.jsonl"
ANCHORS = ("anchors (ECB+ test, gold mentions): same-lemma baseline 61.9 CoNLL F1 without document clustering, "
           "76.4 with gold document clusters; best published 86.7 (large transformer)")


def load_docs(path: Path) -> list[dict]:
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: malformed JSON ({exc.msg})") from exc
    return docs


def mention_lemmas(docs: list[dict]) -> dict[str, str]:
    """Lemma of each selected event mention, from spaCy run over its gold-tokenised sentence."""
    from spacy.tokens import Doc

    from dossier.nlp import load

    nlp = load(with_ruler=False)
    out: dict[str, str] = {}
    for d in docs:
        sents = {s["sent_id"]: s for s in d["sentences"]}
        cache: dict[int, list[str]] = {}
        for m in d.get("event_mentions", []):
            if not m.get("in_selected_sentence", True):
                continue
            sid = m["sent_id"]
            if sid not in cache:
                doc = Doc(nlp.vocab, words=sents[sid]["tokens"])
                for name, proc in nlp.pipeline:
                    if name != "ner":
                        doc = proc(doc)
                cache[sid] = [t.lemma_.lower() for t in doc]
            out[f"{d['doc_id']}:{m['m_id']}"] = " ".join(cache[sid][m["token_start"]:m["token_end"] + 1])
    return out


def evaluate(path: Path) -> dict:
    from dossier.link.stories import GreedyClusterer

    docs = load_docs(path)
    texts = [" ".join(s["text"] for s in d["sentences"]) for d in docs]
    labels = GreedyClusterer().fit_predict(texts)
    doc_cluster = {d["doc_id"]: lab for d, lab in zip(docs, labels)}
    gold_docs = clusters_from_labels({d["doc_id"]: d["subtopic"] for d in docs})
    dp, dr, df = b_cubed(gold_docs, clusters_from_labels(doc_cluster))
    lemmas = mention_lemmas(docs)
    gold, pred, gold_doc_pred = {}, {}, {}
    for d in docs:
        for m in d.get("event_mentions", []):
            key = f"{d['doc_id']}:{m['m_id']}"
            if key not in lemmas:
                continue
            gold[key] = m["cluster_id"]
            pred[key] = (doc_cluster[d["doc_id"]], lemmas[key])
            gold_doc_pred[key] = (d["subtopic"], lemmas[key])
    scores = conll(clusters_from_labels(gold), clusters_from_labels(pred))
    with_gold_docs = conll(clusters_from_labels(gold), clusters_from_labels(gold_doc_pred))
    out = {"path": str(path), "documents": len(docs), "doc_clusters": len(set(labels)),
           "gold_subtopics": len(gold_docs), "doc_b3_p": dp, "doc_b3_r": dr, "doc_b3_f1": df,
           "event_mentions": len(gold)}
    out.update({k: round(v * 100, 2) for k, v in scores.items()})
    out["conll_f1_gold_doc_clusters"] = round(with_gold_docs["conll_f1"] * 100, 2)
    return out


def register(app: typer.Typer) -> None:
    @app.command("coref")
    def coref(path: Path = typer.Argument(Path(DEFAULT), help="ECB+ JSONL (one document per line)."),
              as_json: bool = typer.Option(False, "--json")) -> None:
        """ECB+ document clustering (B-cubed) and event coreference (MUC, B-cubed, CEAF-e, CoNLL)."""
        if not path.exists():
            typer.echo(f"no such file: {path}", err=True)
            raise typer.Exit(2)
        try:
            r = evaluate(path)
        except (ValueError, KeyError) as exc:
            typer.echo(f"cannot evaluate {path}: {exc}", err=True)
            raise typer.Exit(2)
        if as_json:
            typer.echo(json.dumps(r))
            return
        typer.echo(f"{r['documents']} documents -> {r['doc_clusters']} clusters ({r['gold_subtopics']} gold subtopics)")
        typer.echo(f"document clustering B-cubed  P {r['doc_b3_p']:.3f}  R {r['doc_b3_r']:.3f}  F1 {r['doc_b3_f1']:.3f}")
        typer.echo(f"event coreference over {r['event_mentions']} gold mentions (own document clusters):")
        for m in ("muc", "b3", "ceafe"):
            typer.echo(f"  {m:6s} P {r[m + '_p']:.1f}  R {r[m + '_r']:.1f}  F1 {r[m + '_f1']:.1f}")
        typer.echo(f"  CoNLL F1 {r['conll_f1']:.1f}   (with gold document clusters: {r['conll_f1_gold_doc_clusters']:.1f})")
        typer.echo(ANCHORS)
