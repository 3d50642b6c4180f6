"""Event mentions from the dependency parse and a trigger lexicon kept as data.

A first version: a trigger lemma from ``data/triggers.yaml`` whose subject
subtree holds an actor entity yields an event; objects and prepositional
objects give recipients. Mode and attribution come from the trigger's
governing verbs. Deepened in the analysis issue.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from dossier.nlp.docview import doc_text, sentence_of
from dossier.nlp.docview import tokens_with_dep as _tokens_with_dep
from dossier.nlp.docview import tokens_with_lemma as _tokens_with_lemma
from dossier.records import ActorRef, EventMention, Mention, TimeExpr, stable_id

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
SAY_LEMMAS = {"say", "report", "tell", "announce", "state", "claim", "add", "note", "write", "quote"}


@lru_cache(maxsize=4)
def load_triggers(path: str | None = None) -> dict[str, str]:
    """Lemma (or "lemma word ...") -> PLOVER type; the first listing of an entry wins."""
    text = open(path, encoding="utf-8").read() if path else \
        resources.files("dossier.nlp").joinpath("data/triggers.yaml").read_text("utf-8")
    out: dict[str, str] = {}
    for etype, lemmas in yaml.safe_load(text).items():
        for lemma in lemmas:
            out.setdefault(" ".join(str(lemma).lower().split()), etype)
    return out


@lru_cache(maxsize=8)
def _phrases(triggers_key: tuple) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for entry, etype in triggers_key:
        words = entry.split()
        if len(words) > 1:
            out.setdefault(words[0], []).append((tuple(words[1:]), etype))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


_SKIP_DEPS = {"det", "amod", "compound", "poss", "nummod", "advmod", "neg", "case", "aux", "quantmod", "npadvmod"}


def _phrase_match(tok, rest: tuple[str, ...]) -> list[int] | None:
    """``rest`` follows ``tok`` (modifiers skipped), or hangs off it as particle, object or preposition:
    the indices of the matched words, else None."""
    doc = tok.doc
    i, k, skipped, hit = tok.i + 1, 0, 0, []
    while i < len(doc) and k < len(rest) and skipped <= 3:
        t = doc[i]
        if t.lemma_.lower() == rest[k] or t.lower_ == rest[k]:
            k += 1
            hit.append(i)
        elif t.dep_ in _SKIP_DEPS or t.pos_ in ("DET", "ADJ", "ADV", "NUM", "PRON") or t.lower_ in ("'s", "-"):
            skipped += 1
        else:
            break
        i += 1
    if k == len(rest):
        return hit
    if len(rest) == 1:
        for c in tok.children:
            if c.dep_ in ("prt", "prep", "dobj", "attr", "acomp", "dative", "nsubjpass", "advmod"):
                if c.lemma_.lower() == rest[0]:
                    return [c.i]
                if c.dep_ == "prep":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.lemma_.lower() == rest[0]:
                            return [p.i]
    return None


_PHRASE_INDEX: dict[int, tuple[dict, dict, frozenset]] = {}


def _index(triggers: dict[str, str]) -> tuple[dict, frozenset]:
    """Multiword phrases by first word, and every lemma that can start a trigger (built once per lexicon)."""
    hit = _PHRASE_INDEX.get(id(triggers))
    if hit is None or hit[0] is not triggers:
        phrases = _phrases(tuple(triggers.items()))
        starts = frozenset(phrases) | frozenset(k.split("/")[0] for k in triggers if " " not in k)
        hit = _PHRASE_INDEX[id(triggers)] = (triggers, phrases, starts)
    return hit[1], hit[2]


def trigger_type(tok, triggers: dict[str, str]) -> tuple[str | None, list[int]]:
    """(PLOVER type, indices of the other words of a multiword trigger) for one token.

    Multiword entries first; then "lemma/pos" entries ("strike/verb"), then the lemma itself
    for verbs and nouns."""
    lemma = tok.lemma_.lower()
    for rest, etype in _index(triggers)[0].get(lemma, []):
        hit = _phrase_match(tok, rest)
        if hit is not None:
            return etype, hit
    if lemma == "accord" and tok.lower_ == "according":
        return None, []  # "according to": a source, not an agreement
    if tok.pos_ not in ("VERB", "NOUN"):
        return None, []
    return triggers.get(f"{lemma}/{tok.pos_.lower()}") or triggers.get(lemma), []


CLAUSE_DEPS = {"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}


def _phrase(tok) -> list:
    """The noun phrase of a participant: its subtree without the clauses hanging off it
    ("the Red Cross operating in Iraq" -> the Red Cross)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _refs(span_tokens, mentions: list[Mention]) -> list[ActorRef]:
    chars = {(t.idx, t.idx + len(t)) for t in span_tokens}
    refs = []
    for m in mentions:
        if m.label in ACTOR_LABELS and any(s < m.end and e > m.start for s, e in chars):
            refs.append(ActorRef(m.text, m.start, m.end))
    return refs


def _mode(trigger) -> str:
    heads = [trigger, *trigger.ancestors]
    lemmas = {t.lemma_.lower() for t in heads}
    children = {c.lower_ for c in trigger.children}
    head = trigger
    for _ in range(3):  # "will pay an official visit", "is set to travel": the auxiliaries sit on the head
        if head.dep_ not in ("xcomp", "dobj", "pcomp", "conj") or head.head is head:
            break
        head = head.head
        children |= {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass", "neg")}
        if head.lemma_.lower() in ("plan", "expect", "schedule", "due", "intend", "set"):
            children.add("will")
    if "deny" in lemmas - {trigger.lemma_.lower()} or "reject" in lemmas - {trigger.lemma_.lower()}:
        return "denied"
    if children & {"not", "n't", "never"}:
        return "negated"
    if children & {"will", "shall", "'ll"} or lemmas & {"plan", "expect", "schedule"}:
        return "planned"
    if children & {"could", "would", "might", "may"} or lemmas & {"if"}:
        return "hypothetical"
    if lemmas & {"accuse", "allege", "claim", "suspect"} - {trigger.lemma_.lower()}:
        return "alleged"
    return "asserted"


def _attribution(trigger, mentions: list[Mention]) -> str | None:
    sent = sentence_of(trigger)
    for tok in sent:
        if tok.lemma_.lower() in SAY_LEMMAS and tok is not trigger:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return " ".join(t.text for t in subj[0].subtree)
    text = sent.text
    idx = text.lower().find("according to ")
    if idx >= 0:
        rest = text[idx + len("according to "):]
        return rest.split(",")[0].rstrip(".”\"'")[:80]
    return None


@lru_cache(maxsize=4)
def load_stages(path: str | None = None) -> dict[str, str]:
    text = open(path, encoding="utf-8").read() if path else \
        resources.files("dossier.nlp").joinpath("data/stages.yaml").read_text("utf-8")
    out: dict[str, str] = {}
    for stage, lemmas in (yaml.safe_load(text) or {}).items():
        for lemma in lemmas:
            out.setdefault(lemma.lower(), stage)
    return out


PLACE_LABELS = {"GPE", "LOC", "FAC"}
DEST_PREPS = {"to", "for", "in", "at", "into", "inside", "toward", "towards"}
RECIPIENT_PREPS = {"to", "with", "at", "against", "in", "for", "on", "into", "inside", "toward", "towards", "upon"}
HEAD_DEPS = ("xcomp", "conj", "advcl", "relcl", "acl", "dobj", "pcomp", "ccomp")


def _stage(tok, mode: str, stages: dict[str, str]) -> str | None:
    lemma = tok.lemma_.lower()
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    stage = None
    for prt in particles:
        stage = stages.get(f"{lemma} {prt}") or stage
    stage = stage or stages.get(lemma)
    if stage is None:
        return None
    if mode == "planned":
        return "announced"
    # "making a visit", "a delegation": the trip, not a claim about arriving; only arrive/land/reach say that
    return stage


def _actors(tok, mentions):
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "compound", "amod")]
    agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if agent:
        # "X was attacked by Y": Y acts, X receives
        return [r for c in agent for r in _refs(_phrase(c), mentions)], \
            [r for c in passive for r in _refs(_phrase(c), mentions)]
    actors = [r for c in subj for r in _refs(_phrase(c), mentions)]
    head = tok
    for _ in range(3):  # "agreed to set up", "will pay a visit", "vowed to attack"
        if actors or head.dep_ not in HEAD_DEPS or head.head is head:
            break
        head = head.head
        actors = [r for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                  for r in _refs(_phrase(c), mentions)]
    return actors, []


def _complement_recipients(tok, mentions) -> list[ActorRef]:
    """Recipients stated in the governed clause: "offered to hand over to Britain", "demanded that
    the US cancel", "agreed to provide aid for Romania"."""
    frontier = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "acomp")]
    for _ in range(2):
        found, nxt = [], []
        for h in frontier:
            for c in h.children:
                if c.dep_ in ("dobj", "dative") or (c.dep_ in ("nsubj", "nsubjpass") and h.dep_ == "ccomp"):
                    found.extend(_refs(_phrase(c), mentions))
                elif c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found.extend(_refs(_phrase(p), mentions))
                elif c.dep_ in ("xcomp", "ccomp", "dobj"):
                    nxt.append(c)
        if found:
            return found
        frontier = nxt
    return []


def _timex_for(tok, sent, timexes: list[TimeExpr]) -> TimeExpr | None:
    in_sent = [tx for tx in timexes if sent.start_char <= tx.start < sent.end_char and tx.type == "DATE"]
    if not in_sent:
        return None
    sub = {(t.idx) for t in tok.subtree}
    head = tok
    while head.dep_ in HEAD_DEPS and head.head is not head:
        head = head.head
    sub |= {t.idx for t in head.subtree if t.dep_ != "ccomp"} if head is not tok else set()
    attached = [tx for tx in in_sent if any(tx.start <= i < tx.end for i in sub)]
    pool = attached or in_sent
    return min(pool, key=lambda tx: abs(tx.start - tok.idx))


DOMINATED_DEPS = {"xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp", "acl", "advcl", "acomp", "attr", "oprd",
                  "compound", "amod", "nmod", "appos", "dative", "agent", "nsubjpass"}
SUBORDINATE_DEPS = {"advcl", "relcl", "acl"}
SUBORDINATE_PREPS = {"after", "following", "before", "since", "despite", "amid", "during", "over", "in", "by", "of"}
DIRECTIVE_AUX = {"must", "should"}
COOPERATIVE = {"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "AID"}
CONDITIONAL_THREAT = {"RETREAT", "REJECT", "SANCTION", "ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


def _dominated_by(tok, triggers_at: dict[int, str]):
    """The trigger that governs ``tok`` ("agreed to set up", "called for sanctions", "accused X of
    attacking"): up through complements and modifiers, stopping at a reporting verb."""
    node = tok
    while node.dep_ in DOMINATED_DEPS and node.head.i != node.i:
        node = node.head
        if _across_lines(tok, node):
            return None  # a headline run into the lead: the parse joins what the text keeps apart
        if node.i in triggers_at:
            return node
        if node.lemma_.lower() in SAY_LEMMAS:
            return None
    return None


def _across_lines(a, b) -> bool:
    lo, hi = sorted((a.idx, b.idx))
    return "\n" in doc_text(a.doc)[lo:hi]


def _subordinate(tok) -> bool:
    """In a time or reason clause ("after X attacked", "following the shooting"), not the main one."""
    node = tok
    while node.head.i != node.i:
        if _across_lines(tok, node.head):
            return False
        if node.dep_ in SUBORDINATE_DEPS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in SUBORDINATE_PREPS and node.head.head.pos_ == "VERB":
            return True
        node = node.head
    return False


def _directive(tok):
    """"X said (that) Y must do Z": the reporting verb and the directive clause, else None."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SAY_LEMMAS | {"insist", "declare", "warn"}:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in DIRECTIVE_AUX for c in tok.children):
        return None
    return tok.head


def _negated(tok) -> bool:
    heads = [tok, *tok.ancestors][:4]
    if any(c.dep_ == "neg" for h in heads[:2] for c in h.children):
        return True
    return any(h.lemma_.lower() in ("fail", "refuse", "unable") for h in heads[1:])


def _conditional(tok) -> bool:
    """"will withdraw unless ...", "may halt the talks if ..."."""
    for h in [tok, *tok.ancestors][:3]:
        for c in h.children:
            if c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children if m.dep_ == "mark"):
                return True
    return False


def _fallback_actors(tok, sent, mentions):
    before = [m for m in mentions if m.label in ACTOR_LABELS and sent.start_char <= m.start and m.end <= tok.idx]
    after = [m for m in mentions if m.label in ACTOR_LABELS and tok.idx < m.start < sent.end_char]
    if before:
        m = before[-1]
        return [ActorRef(m.text, m.start, m.end)], 0.35
    if after and tok.dep_ in ("ROOT", "ccomp", "xcomp"):
        m = after[0]
        return [ActorRef(m.text, m.start, m.end)], 0.25
    return [], 0.0


def _candidates(doc, mentions: list[Mention], triggers: dict[str, str]) -> list[dict]:
    """Trigger tokens with their type and actors, before governed and subordinate ones are dropped."""
    cands: dict[int, dict] = {}
    consumed: set[int] = set()
    starts = _index(triggers)[1]
    for tok in _tokens_with_lemma(doc, starts):
        if tok.i in consumed:
            continue
        etype, extra = trigger_type(tok, triggers)
        if etype is None:
            continue
        consumed.update(extra)
        for j in extra:
            cands.pop(j, None)
        cands[tok.i] = {"tok": tok, "type": etype, "recipients": None}
    for tok in _tokens_with_dep(doc, "ccomp"):  # "X said Y must Z": X demands of Y
        say = _directive(tok)
        if say is not None and say.i not in cands:
            subj = [c for c in say.children if c.dep_ in ("nsubj", "nsubjpass")]
            actors = [r for c in subj for r in _refs(_phrase(c), mentions)]
            objs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            recips = [r for c in objs for r in _refs(_phrase(c), mentions)]
            if actors:
                cands[say.i] = {"tok": say, "type": "REQUEST", "actors": actors, "recipients": recips,
                                "confidence": 0.5}
    out = []
    for c in cands.values():
        tok = c["tok"]
        if "actors" not in c:
            actors, passive = _actors(tok, mentions)
            c["confidence"] = 0.6
            if not actors and tok.pos_ in ("VERB", "AUX"):  # "officials agreed": the nearest actor before
                actors, c["confidence"] = _fallback_actors(tok, sentence_of(tok), mentions)
            c["actors"], c["recipients"] = actors, passive or None
        if c["actors"]:
            out.append(c)
    at = {c["tok"].i: c["type"] for c in out}
    kept = [c for c in out if _dominated_by(c["tok"], at) is None]
    by_sent: dict[int, list[dict]] = {}
    for c in kept:
        by_sent.setdefault(sentence_of(c["tok"]).start, []).append(c)
    final = []
    for group in by_sent.values():
        main = [c for c in group if not _subordinate(c["tok"])]
        final.extend(main or group)
    return sorted(final, key=lambda c: c["tok"].i)


def extract_events(doc, article_id: str, mentions: list[Mention], timexes: list[TimeExpr],
                   published: str | None, triggers: dict[str, str] | None = None) -> list[EventMention]:
    triggers = triggers or load_triggers()
    stages = load_stages()
    out: list[EventMention] = []
    for cand in _candidates(doc, mentions, triggers):
        tok, etype, actors, confidence = cand["tok"], cand["type"], cand["actors"], cand["confidence"]
        passive_recipients = cand["recipients"]
        sent = sentence_of(tok)
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "obj")]
        place = None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS):
            pobjs = [p for p in prep.children if p.dep_ == "pobj"]
            objs.extend(pobjs)
            if place is None and prep.lower_ in DEST_PREPS:
                for p in pobjs:
                    hit = [m for m in mentions if m.label in PLACE_LABELS and p.idx <= m.start < p.idx + len(p) + 1
                           or (m.label in PLACE_LABELS and m.start <= p.idx < m.end)]
                    if hit:
                        place = hit[0].text
        if place is None and tok.lemma_.lower() in ("visit", "tour", "reach", "enter"):
            for o in (c for c in tok.children if c.dep_ == "dobj"):
                hit = [m for m in mentions if m.label in PLACE_LABELS and m.start <= o.idx < m.end]
                place = hit[0].text if hit else place
        recipients = passive_recipients or [r for c in objs for r in _refs(_phrase(c), mentions)]
        if not recipients:
            recipients = _complement_recipients(tok, mentions)
        recipients = [r for r in recipients if all(r.start != a.start for a in actors)]
        tx = _timex_for(tok, sent, timexes)
        date, date_end, date_source, date_text = None, None, "none", None
        if tx is not None:
            date, date_end, date_source, date_text = tx.value, tx.end_value, "timex", tx.text
        elif published:
            date, date_source = published, "published"
        mode = _mode(tok)
        if tok.lemma_.lower() == "deny":
            mode = "denied"
        if etype in COOPERATIVE and _negated(tok):
            etype = "REJECT"  # "will not accept", "failed to reach agreement"
        elif etype in CONDITIONAL_THREAT and mode in ("planned", "hypothetical") and _conditional(tok):
            etype = "THREATEN"  # "will withdraw unless ..."
        elif etype == "AID" and mode == "planned":
            etype = "AGREE"  # a pledge of aid
        attribution = _attribution(tok, mentions)
        if attribution is None and etype == "ACCUSE":
            attribution = actors[0].text
        out.append(EventMention(
            id=stable_id("m", article_id, str(tok.idx)), article_id=article_id, type=etype,
            trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok),
            sentence_start=sent.start_char, sentence_end=sent.end_char, quote=sent.text.strip(),
            actors=actors, recipients=recipients, date=date, date_end=date_end, date_source=date_source,
            date_text=date_text, place=place, mode=mode, attribution=attribution,
            stage=_stage(tok, mode, stages) if etype == "CONSULT" else None, confidence=confidence,
        ))
    _carry_destinations(out, mentions)
    return out


def _carry_destinations(events: list[EventMention], mentions: list[Mention]) -> None:
    """A trip stated without its destination ("flew out on Tuesday") takes the one the article gave.

    Articles name the destination once (headline sentence, lead) and then report stages
    without it; the nearest travel event with a place, earlier first, supplies it.
    """
    travel = [e for e in events if e.stage in ("departed", "arrived", "announced", "returned", "visit")]
    by_text = {m.text: m for m in mentions if m.label in PLACE_LABELS}
    for i, ev in enumerate(travel):
        if ev.place or any(r.text in by_text for r in ev.recipients):
            continue
        # "was on its way to Iran": the destination hangs off another word of the sentence
        sent_places = [m for m in mentions if m.label in PLACE_LABELS and ev.sentence_start <= m.start < ev.sentence_end
                       and _preceded_by_to(m, mentions, ev)]
        if sent_places:
            ev.place = sent_places[0].text
            if not ev.recipients:
                ev.recipients = [ActorRef(sent_places[0].text, sent_places[0].start, sent_places[0].end)]
            continue
        donors = [e for e in travel[:i][::-1] if e.place]
        if not donors:
            continue
        donor = donors[0]
        ev.place = donor.place
        ev.confidence = min(ev.confidence, 0.5)
        if not ev.recipients:
            ev.recipients = [ActorRef(r.text, r.start, r.end) for r in donor.recipients
                             if r.text == donor.place or r.text in by_text]


def _preceded_by_to(m: Mention, mentions: list[Mention], ev: EventMention) -> bool:
    before = ev.quote[: max(0, m.start - ev.sentence_start - (len(ev.quote) and 0))].rstrip().lower()
    return before.endswith((" to", " for", " in"))
