"""``dossier eval actors [PATH]``: merge precision and recall against a gold list of name variants.

The gold list (default ``eval/data/actors_gold.jsonl``, written for dossier, no third-party text) holds
one name variant a line: ``{"name", "label", "id"}``; variants sharing an ``id`` are one actor. It mixes
spelling variants of the same people with hard negatives: different people who share a surname or a
given name (the Kim family, Sergei Lavrov / Sergei Shoigu, the Larijani brothers), and a country
against its government ("North Korea" vs "Pyongyang").

Each variant is resolved *context-free* by :meth:`Resolver.match` (no article, so no coreference).
Scored over pairs of variants: a pair is a predicted merge when both resolve to the same actor; a
variant that resolves to nothing merges with nothing. Precision = correct merges / predicted merges,
recall = correct merges / gold merges. Also reported: how many variants are literal aliases in the
built-in knowledge base (those are matched by lookup, the rest by romanisation matching or discovery).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Optional

import typer


def actor_check_figures() -> dict | None:
    """The shipped actor check's out-of-set figures at its threshold (``nlp/actor_check.py``), or None."""
    from dossier.nlp import actor_model

    try:
        meta = json.loads(actor_model.data_file("actor_check.meta.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    row = next((r for r in meta["cv"]["curve"] if r["threshold"] == meta.get("threshold")), None)
    if row is None:
        return None
    return {"sets": meta["sets"], "examples": meta["counts"]["examples"], "wrong": meta["counts"]["wrong"],
            "auc": meta["cv"]["auc"], "threshold": meta["threshold"], "precision": row["precision"],
            "precision_low": row["precision_low"], "wrong_dropped": row["wrong_dropped"],
            "right_dropped": row["right_dropped"]}


def load_gold(path: str | Path | None = None) -> list[dict]:
    text = (Path(path).read_text("utf-8") if path else
            resources.files("dossier.eval").joinpath("data/actors_gold.jsonl").read_text("utf-8"))
    rows = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.append({"name": row["name"], "label": row.get("label", "PERSON"), "id": row["id"]})
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"gold line {i}: needs name and id ({exc})") from exc
    return rows


def evaluate(gold: list[dict], kb_paths: tuple[str, ...] = ()) -> dict:
    from dossier.resolve import Resolver, load_kb, normalise_name  # here: the CLI imports this module at start-up

    kb = load_kb(kb_paths)
    resolver = Resolver(kb)
    predicted: list[str | None] = []
    for row in gold:
        actor = resolver.match(row["name"], row["label"])
        predicted.append(actor.id if actor else None)
    tp = fp = fn = 0
    errors: list[dict] = []
    for (i, a), (j, b) in combinations(enumerate(gold), 2):
        same_gold = a["id"] == b["id"]
        same_pred = predicted[i] is not None and predicted[i] == predicted[j]
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            errors.append({"error": "false merge", "a": a["name"], "b": b["name"], "actor": predicted[i]})
        elif same_gold:
            fn += 1
            errors.append({"error": "missed merge", "a": a["name"], "b": b["name"],
                           "actors": [predicted[i], predicted[j]]})
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    literal = sum(1 for r in gold if normalise_name(r["name"]) in kb.by_name)
    return {"variants": len(gold), "actors": len({r["id"] for r in gold}), "kb_literal_variants": literal,
            "unresolved": sum(p is None for p in predicted), "gold_merges": tp + fn, "predicted_merges": tp + fp,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "errors": errors}


def register(app: typer.Typer) -> None:
    @app.command("actors")
    def eval_actors(path: Optional[str] = typer.Argument(None, help="Gold JSONL (default: the built-in list)."),
                    kb: list[Path] = typer.Option([], "--kb", help="Extra knowledge-base YAML file(s)."),
                    ecbplus: Optional[str] = typer.Option(
                        None, "--ecbplus", help="ECB+ JSONL to score named entity mentions on "
                        "(default: ../shared/bench/ecbplus/ecbplus_dev.jsonl when present; 'none' to skip)."),
                    realnews: Optional[str] = typer.Option(
                        None, "--realnews", help="Real-news JSONL corpus whose annotated event participants "
                        "to score countries on (with --realnews-gold)."),
                    realnews_gold: Optional[str] = typer.Option(
                        None, "--realnews-gold", help="Sentence-level PLOVER annotations of that corpus."),
                    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON.")) -> None:
        """Merge precision/recall over a gold list of name variants, and ECB+ named-mention B-cubed."""
        kb_paths = tuple(str(p) for p in kb)
        if realnews and realnews_gold:
            try:
                rn = evaluate_realnews_countries(realnews, realnews_gold, kb_paths)
            except (OSError, ValueError) as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(2)
            if as_json:
                typer.echo(json.dumps(rn, indent=2))
                return
            typer.echo(f"{rn['participants']} annotated participants with a country, {rn['named']} with a system "
                       f"mention: country coverage {rn['coverage']:.3f}, precision {rn['precision']:.3f}")
            for rule, v in rn["by_evidence"].items():
                typer.echo(f"  {rule:<36} {v['right']:>4}/{v['countries']:<4} right")
            for r in rn["wrong"]:
                typer.echo(f"  wrong: {r['text']!r} ({r['mention']}) {r['country']} for {r['gold']} [{r['rule']}]")
            for r in rn["missing"]:
                typer.echo(f"  no country: {r['text']!r} ({r['mention']}) gold {r['gold']}")
            return
        try:
            result = evaluate(load_gold(path), kb_paths)
            ecb_path = None if ecbplus == "none" else (ecbplus or (str(ECB_DEFAULT) if ECB_DEFAULT.exists() else None))
            ecb = evaluate_ecbplus(ecb_path, kb_paths) if ecb_path else None
        except (OSError, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)
        check = actor_check_figures()
        if as_json:
            typer.echo(json.dumps({**result, "ecbplus": ecb, "actor_check": check}, indent=2))
            return
        if check:
            typer.echo(f"actor check (nlp/data/actor_check.meta.json): fitted on {len(check['sets'])} judged real-news "
                       f"sets, {check['examples']} discovered actors ({check['wrong']} judged wrong); leave one set out "
                       f"AUC {check['auc']:.3f}; at threshold {check['threshold']}: precision {check['precision']:.3f} "
                       f"(95% low {check['precision_low']:.3f}), {check['wrong_dropped']:.0%} of the wrong and "
                       f"{check['right_dropped']:.1%} of the right dropped")
        if ecb:
            w, c = ecb["within_document"], ecb["cross_document"]
            bw, bc = ecb["baseline_same_head_lemma"]["within_document"], ecb["baseline_same_head_lemma"]["cross_document"]
            typer.echo(f"ECB+ {Path(ecb['corpus']).name}: {ecb['named_mentions']} named mentions in {ecb['documents']} "
                       f"documents, {ecb['detected']} found by NER ({ecb['detected_share']:.3f})")
            typer.echo(f"  within-document B3  P {w['precision']:.3f} R {w['recall']:.3f} F1 {w['f1']:.3f}   "
                       f"(same-head-lemma baseline F1 {bw['f1']:.3f})")
            typer.echo(f"  cross-document  B3  P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}   "
                       f"(same-head-lemma baseline F1 {bc['f1']:.3f})")
        typer.echo(f"{result['variants']} variants of {result['actors']} actors "
                   f"({result['kb_literal_variants']} literal KB aliases, {result['unresolved']} unresolved)")
        typer.echo(f"merges: gold {result['gold_merges']}, predicted {result['predicted_merges']}")
        typer.echo(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  f1 {result['f1']:.3f}")
        for e in result["errors"][:30]:
            typer.echo(f"  {e['error']}: {e['a']!r} / {e['b']!r}")


# -- ECB+ entity mentions -------------------------------------------------------------------------------
#
# ECB+ (Cybulska & Vossen 2014, CC BY 3.0; read in place from ../shared/bench/ecbplus) annotates the
# participants, locations and times of events with within- and cross-document coreference. Scored here:
# the *named* participants and locations (tags HUMAN_PART*, NON_HUMAN_PART*, LOC*) in the selected
# sentences whose head word is a proper noun (spaCy's tag of the head: NNP/NNPS). Each document is run
# through the real per-article path (nlp.analyse, which includes entity hygiene) and one Resolver shared
# by the whole corpus, as an ingest would. A gold mention takes the actor of the system mention that
# covers its head token; a gold mention no system mention covers, or whose mention resolved to nothing,
# is a singleton. B-cubed (Bagga & Baldwin 1998) over the gold mentions: within each document (the
# mention's gold cluster and predicted cluster restricted to its document, averaged over all mentions),
# and across documents (the whole corpus). Baseline printed beside: the same found mentions clustered
# by head lemma alone.

ECB_TAG_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC")
ECB_DEFAULT = Path(__file__).resolve().parents[4] / "shared" / "bench" / "ecbplus" / "ecbplus_dev.jsonl"


def _ecb_text(doc: dict) -> tuple[str, dict[int, int]]:
    """The document as one text (a blank line between sentences) and each sentence's start offset."""
    parts, offsets, pos = [], {}, 0
    for s in doc["sentences"]:
        offsets[s["sent_id"]] = pos
        parts.append(s["text"])
        pos += len(s["text"]) + 2
    return "\n\n".join(parts), offsets


def _b_cubed(pairs: list[tuple[str, str, str]]) -> tuple[float, float, float]:
    """B-cubed over items (item id, gold cluster, predicted cluster)."""
    if not pairs:
        return 0.0, 0.0, 0.0
    gold: dict[str, set[str]] = {}
    pred: dict[str, set[str]] = {}
    for item, g, p in pairs:
        gold.setdefault(g, set()).add(item)
        pred.setdefault(p, set()).add(item)
    p_sum = r_sum = 0.0
    for item, g, p in pairs:
        inter = len(gold[g] & pred[p])
        p_sum += inter / len(pred[p])
        r_sum += inter / len(gold[g])
    prec, rec = p_sum / len(pairs), r_sum / len(pairs)
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def evaluate_ecbplus(path: str | Path | None = None, kb_paths: tuple[str, ...] = (), limit: int | None = None) -> dict:
    from dossier.nlp import analyse_doc, load
    from dossier.records import Article
    from dossier.resolve import Resolver, load_kb

    path = Path(path) if path else ECB_DEFAULT
    nlp = load(kb_paths)
    resolver = Resolver(load_kb(kb_paths))
    rows: list[dict] = []  # one per gold named mention
    detected = 0
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    for line in lines[:limit] if limit else lines:
        doc = json.loads(line)
        text, offsets = _ecb_text(doc)
        art = Article(id=doc["doc_id"], source=str(path), text=text)
        parsed = nlp(text)
        an = resolver.resolve(analyse_doc(art, parsed))  # the same parse analyse made (the pipeline is deterministic)
        for m in doc["entity_mentions"]:
            if not m.get("in_selected_sentence") or not m["tag"].startswith(ECB_TAG_PREFIXES):
                continue
            start = offsets[m["sent_id"]] + m["char_start"]
            end = offsets[m["sent_id"]] + m["char_end"]
            span = parsed.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = _head_noun(span)
            if head is None or head.tag_ not in ("NNP", "NNPS"):
                continue
            sys_m = next((x for x in an.mentions if x.start <= head.idx < x.end), None)
            actor = sys_m.actor_id if sys_m is not None else None
            detected += sys_m is not None
            rows.append({"doc": doc["doc_id"], "item": f"{doc['doc_id']}:{m['m_id']}",
                         "gold": m["cluster_id"], "pred": actor or f"single:{doc['doc_id']}:{m['m_id']}",
                         "lemma": head.lemma_.lower(), "text": m["text"], "found": sys_m is not None})
    within_sys = _b_cubed([(r["item"], f"{r['doc']}|{r['gold']}", f"{r['doc']}|{r['pred']}") for r in rows])
    cross_sys = _b_cubed([(r["item"], r["gold"], r["pred"]) for r in rows])
    # the baseline clusters the same found mentions by head lemma (an unfound mention stays alone)
    base = {r["item"]: (r["lemma"] if r["found"] else r["item"]) for r in rows}
    within_base = _b_cubed([(r["item"], f"{r['doc']}|{r['gold']}", f"{r['doc']}|{base[r['item']]}") for r in rows])
    cross_base = _b_cubed([(r["item"], r["gold"], base[r["item"]]) for r in rows])

    def fmt(t):
        return {"precision": round(t[0], 4), "recall": round(t[1], 4), "f1": round(t[2], 4)}
    return {"corpus": str(path), "documents": len(lines[:limit] if limit else lines), "named_mentions": len(rows),
            "detected": detected, "detected_share": round(detected / len(rows), 4) if rows else 0.0,
            "within_document": fmt(within_sys), "cross_document": fmt(cross_sys),
            "baseline_same_head_lemma": {"within_document": fmt(within_base), "cross_document": fmt(cross_base)},
            "missed": [r["text"] for r in rows if not r["found"]][:40]}


def _head_noun(span):
    """The noun or proper noun of a span closest to its root ("at the Kodak Theatre" -> Theatre)."""
    nouns = [t for t in span if t.pos_ in ("PROPN", "NOUN")]
    if not nouns:
        return None

    def depth(t):
        d = 0
        while t.head.i != t.i and span.start <= t.head.i < span.end:
            t, d = t.head, d + 1
        return d
    return min(nouns, key=lambda t: (depth(t), -t.i))


# -- countries of event participants on annotated real news -------------------------------------------
#
# The annotated real-news sentences (``{"id", "text", "events": [{"actors": [{"text", "country", "sector"}],
# "recipients": [...]}]}``, e.g. /work/annot/realnews_dev_plover.jsonl; read in place, never copied) name the
# participants an analyst accepted in real events, with their country. Each article of the matching JSONL
# corpus goes through the real path (build_article, analyse, one Resolver for the corpus); a gold participant
# is looked for in its sentence of the cleaned text, and takes the country of the system mention inside it
# (a person first, else the last body or country: "North Korean leader Kim Jong Un" is Kim). Scored,
# independently of event detection: how many gold participants with a country have a system mention
# (``named``), how many of those get a country (``coverage``), and how many of those countries are the
# gold one (``precision``), overall and by the evidence that gave the country (KB, gazetteer, role,
# each context rule).

def evaluate_realnews_countries(articles: str | Path, gold: str | Path, kb_paths: tuple[str, ...] = ()) -> dict:
    from dossier.ingest.build import build_article
    from dossier.ingest.raw import IngestError
    from dossier.ingest.sources import read_file
    from dossier.nlp import analyse, load
    from dossier.resolve import Resolver, load_kb

    nlp = load(kb_paths)
    resolver = Resolver(load_kb(kb_paths))
    by_id: dict[str, list[dict]] = {}
    for line in Path(gold).read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            by_id.setdefault(row["id"], []).append(row)
    rows: list[dict] = []
    for item in read_file(Path(articles)):
        if not hasattr(item, "fields") or item.fields.get("id") not in by_id:
            continue
        try:
            art = build_article(item)
        except IngestError:
            continue
        an = resolver.resolve(analyse(art, nlp))
        text = art.text
        for sent in by_id[art.id]:
            where = _find_sentence(text, sent["text"])
            for ev in sent["events"]:
                for part in [*ev.get("actors", []), *ev.get("recipients", [])]:
                    if not part.get("country"):
                        continue
                    rows.append(_score_participant(part, where, text, an.mentions, resolver))
    named = [r for r in rows if r["mention"]]
    with_country = [r for r in named if r["country"]]
    correct = [r for r in with_country if r["country"] == r["gold"]]
    by_rule: dict[str, list[int]] = {}
    for r in with_country:
        by_rule.setdefault(r["rule"], [0, 0])
        by_rule[r["rule"]][0] += 1
        by_rule[r["rule"]][1] += r["country"] == r["gold"]
    return {"participants": len(rows), "named": len(named),
            "coverage": round(len(with_country) / len(named), 4) if named else 0.0,
            "precision": round(len(correct) / len(with_country), 4) if with_country else 0.0,
            "by_evidence": {k: {"countries": v[0], "right": v[1]} for k, v in sorted(by_rule.items())},
            "wrong": [r for r in with_country if r["country"] != r["gold"]],
            "missing": [r for r in named if not r["country"]]}


def _find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    probe = sentence.strip()[:60]
    i = text.find(probe) if probe else -1
    if i < 0:
        return None
    return i, i + len(sentence.strip()) + 200  # the cleaner may have re-joined lines: allow some slack


def _score_participant(part: dict, where: tuple[int, int] | None, text: str, mentions, resolver: Resolver) -> dict:
    row = {"text": part["text"], "gold": part["country"], "mention": None, "country": None, "rule": None}
    if where is None:
        return row
    i = text.find(part["text"], where[0], where[1])
    if i < 0:
        return row
    # the participant's head must be a name: its text, cut before a prepositional phrase ("Iran's
    # Consulate in Damascus" -> "Iran's Consulate") and stripped of closing brackets, ends with a mention.
    # Descriptions ("pro-North Korean forces", "citizens in South Korea") are left out: their country
    # is not a resolved name's.
    phrase = re.split(r"\s+(?:in|of|for|from|at|on|near|with|who|which|that|to)\s+", part["text"], maxsplit=1)[0]
    end = i + len(phrase.rstrip(" )\"”’'.,"))
    heads = [m for m in mentions if i <= m.start and m.end == end and m.actor_id]
    if not heads:
        return row
    m = heads[-1]
    actor = resolver.actors.get(m.actor_id)
    row.update(mention=m.text, country=m.country, rule=_evidence_rule(m, actor))
    return row


def _evidence_rule(m, actor) -> str:
    """Which kind of evidence gave a mention its country (for the by-evidence precision)."""
    ev = m.evidence or ""
    if actor is not None and actor.source == "kb" and not actor.id.startswith("p2-"):
        return "knowledge base"
    if actor is not None and actor.id.startswith("p2-"):
        return "PETRARCH2 lexicon"
    for key, rule in (("acronym of", "acronym"), ("named in the article", "antecedent"), ("owner:", "modifier"),
                      ("; office:", "office"), ("sentence names", "sentence"), ("dateline:", "dateline"),
                      ("role:", "role"), ("title:", "title"), ("gazetteer", "gazetteer"), ("stated:", "stated place"),
                      ("name:", "name"), ("same name resolved", "same name in the article")):
        if key in ev:
            return rule
    if actor is not None and actor.evidence:
        first = actor.evidence[0]
        for key, rule in (("gazetteer", "gazetteer"), ("PETRARCH2", "PETRARCH2 lexicon"), ("name:", "name"),
                          ("role:", "role"), ("title:", "title"), ("stated:", "stated place")):
            if first.startswith(key) or key in first:
                return rule
    return "other (same actor placed elsewhere)"
