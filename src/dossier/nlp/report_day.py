"""The report's day for an event mention that states no day of its own: a learned decision over the grammar's cues.

Event data sets date an event by its story unless the text says otherwise (ICEWS, Phoenix, POLECAT). The rules of
``nlp/events.py`` (``_date_from_publication_day``, ``_date_by_the_report`` and the ``_date_from_*`` family) grant
that day only where a fixed order of gates lets them; read blind on sixteen fresh sets, analysts found the day
they granted wrong in one row of five, and left empty a day they could work out as often as they found the empty
date right. Each gate is a fair cue, but how much each weighs was never measured, so here a logistic regression
weighs them: the tense and voice of the trigger, where its sentence stands (the lead, the news part, how far down),
a quotation, a time of its own in the sentence, a clause that recalls, the kind of act and how the news part dates
the same kind, whether the rules granted the day, and what the article's lead says of its news day.

It runs after every rule, on each mention that is neither background nor dated by a time expression of its own:
the *candidate* is the day the article's dated news shares (``consensus_day``: at least two mentions its own time
expressions date, all to one day), else the report's day the rules would use (the lead's news day when the lead
states one, else the publication day). A mention the rules left undated takes the candidate when P(candidate right)
is at least ``grant`` and its sentence names no time of its own (``HARD``); one the rules dated with it loses the
date when P is under ``revoke`` (an empty date where none is pinned is right; a wrong day never is). Both thresholds
are chosen leaving one set out, by the lower end of a Wilson interval (``report_day_train.py``). The date keeps ``date_source`` "published" or
"newsday": an inference, shown as such, never used to join or split events across articles.

Trained by ``make train-report-day`` from event mentions of real news whose day annotators worked out (kept
outside the repository: third-party text); only the weights and the figures are shipped
(``data/report_day.npz``, ``data/report_day.meta.json``)."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_DIR_ENV = "DOSSIER_REPORT_DAY_DIR"
# set to a list to record every decided mention's features (training); None in normal runs
TRACE: list | None = None


def _data_file(name: str):
    from importlib import resources

    folder = os.environ.get(MODEL_DIR_ENV)
    return Path(folder) / name if folder else resources.files("dossier.nlp").joinpath("data/" + name)


class ReportDayModel:
    def __init__(self, names: list[str], w: np.ndarray, b: float, grant: float | None, revoke: float | None) -> None:
        self.index = {n: i for i, n in enumerate(names)}
        self.w = np.asarray(w, dtype=np.float64)
        self.b = float(b)
        self.grant = grant
        self.revoke = revoke

    def prob(self, feats: dict[str, float]) -> float:
        z = self.b + sum(self.w[self.index[k]] * v for k, v in feats.items() if k in self.index)
        return float(1.0 / (1.0 + np.exp(-z)))


@lru_cache(maxsize=1)
def load() -> ReportDayModel | None:
    try:
        with np.load(_data_file("report_day.npz"), allow_pickle=False) as z:
            names, w, b = [str(n) for n in z["names"]], z["w"], float(z["b"])
        meta = json.loads(_data_file("report_day.meta.json").read_text("utf-8"))
    except (FileNotFoundError, OSError, KeyError, ValueError):
        return None
    return ReportDayModel(names, w, b, meta.get("grant"), meta.get("revoke"))


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


# what rules a granted day out whatever the weights: a time of the sentence's own that dated nothing ("a fortnight
# ago", "on the eve of the vote"): that sentence says when, and it is not the report's day. Three cues that gated
# too until the candidate became the day the article's dated news shares (twenty-seventh session) are weights like
# any other now: out of set (test67-test82) the mentions they blocked at the chosen threshold took the candidate
# rightly far more often than the rest (an earlier-time word 31 of 41, the past perfect 21 of 25, a recalling
# clause 26 of 32: "police said the man had driven the truck" is the day's news told in reported speech)
HARD = ("time_other", "time_noun")


def may_grant(feats: dict[str, float]) -> bool:
    return not any(feats.get(h) for h in HARD)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _dated_news(events: list) -> list:
    """The article's news mentions its own time expressions date to a day."""
    return [e for e in events if e.date_source == "timex" and not e.background and e.date and _DAY.fullmatch(e.date)]


def consensus_day(events: list) -> str | None:
    """The one day every time-dated news mention of the article states (at least two of them, no other day among
    them): the day the article's news happened, by its own words. None when its dated mentions name several days
    or fewer than two do."""
    return _shared_day(_dated_news(events))


def _shared_day(dated: list) -> str | None:
    days = {e.date for e in dated}
    return next(iter(days)) if len(days) == 1 and len(dated) >= 2 else None


MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll"})


def features(e, tok, plain: bool, ctx: dict[str, Any]) -> dict[str, float]:
    """Named cues of one mention (see the module docstring); ``ctx`` holds what is the article's."""
    from dossier.nlp import events as ev

    sent = tok.sent
    text = ctx["text"]
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    k = ctx["sentence_index"].get(sent.start_char, 99)
    f: dict[str, float] = {
        "bias": 1.0,
        "type=" + e.type: 1.0,
        "mode=" + e.mode: 1.0,
        "tag=" + tok.tag_: 1.0,
        "pos=" + (tok.pos_ if tok.pos_ in ("VERB", "NOUN") else "OTHER"): 1.0,
        "dep=" + tok.dep_: 1.0,
        "verbdep=" + verb.dep_: 1.0,
        "verbtag=" + verb.tag_: 1.0,
        "sentence=" + _bucket(k): 1.0,
        "source=" + (e.date_source or "none"): 1.0,
        "lag=" + str(ctx["lag"]): 1.0,
    }
    flags = {
        "lead": ctx["lead_start"] <= e.sentence_start < ctx["lead_end"],
        "news_part": ctx["lead_start"] <= e.sentence_start < ctx["news_end"],
        "before_lead": e.sentence_start < ctx["lead_start"],
        "plain": plain,
        "past_simple": ev._past_simple(tok),
        "past_perfect": ev._past_perfect(tok),
        "present_perfect": ev._present_perfect(tok),
        "shares_perfect": ev._shares_a_perfect(tok),
        "news_perfect": ev._news_perfect(tok),
        "news_progressive": ev._news_progressive(tok),
        "in_quotation": ev._in_quotation(tok),
        "quoted_present": ev._quoted_present(tok),
        "names_time": ev._sentence_names_a_time(sent, ctx["timexes"], text),
        "recalled_clause": ev._recalled_in_clause(tok),
        "ongoing": ev._ongoing(tok, ctx["timexes"]),
        "another_happening": ev._another_happening(tok),
        "said_of_act": ev._said_of_the_act(tok, e.type),
        "reaction": ev._verbal_reaction(tok, e.type),
        "time_noun": ev._time_noun(sent),
        "earlier_word": any(t.lower_ in ev.EARLIER_WORDS and not ev._soon_after(t) for t in sent if t.i < tok.i),
        "earlier_kind": e.type in ctx["earlier_kinds"],
        "news_kind": e.type in ctx["news_kinds"],
        "leads_other_day": ctx["leads_other_day"],
        "report_day_in_lead": ctx["report_day_in"],
        "modal": any(c.lower_ in MODALS for c in verb.children if c.dep_ == "aux"),
        "negated": any(c.dep_ == "neg" for c in verb.children),
        "subordinate": verb.dep_ in ("advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp"),
        "attributed": bool(e.attribution),
        "has_actor": bool(e.actors),
        "has_recipient": bool(e.recipients),
        "confident": e.confidence >= 0.8,
        "headline": ctx["headline_end"] > e.sentence_start,
        "consensus": ctx["consensus"],
        "consensus_is_rules_day": ctx["consensus_is_rules_day"],
        "consensus_many": ctx["consensus_many"],
        "consensus_before": ctx["consensus"] and any(t < e.trigger_start for t in ctx["dated_starts"]),
        "several_days": ctx["several_days"],
        "no_dated": ctx["no_dated"],
    }
    flags.update(_times_of(sent, ctx))
    for name, on in flags.items():
        if on:
            f[name] = 1.0
            f[name + "|" + e.type] = 1.0
    if flags["news_part"]:
        for name in ("past_simple", "present_perfect", "in_quotation", "names_time", "plain"):
            if flags[name]:
                f["news_part&" + name] = 1.0
    return f


def _times_of(sent, ctx: dict[str, Any]) -> dict[str, bool]:
    """What the sentence's own times say of the candidate day: one of them is that day ("on Tuesday" when Tuesday is
    the day, "this morning"), a clock time or a part of a day with no date ("late on Thursday" read as a time),
    another time ("a fortnight ago", "that same week", last month), or a day or time the normaliser could not place
    (spaCy's DATE or TIME with no time expression)."""
    from dossier.nlp import events as ev
    from dossier.nlp.docview import span_ents
    from dossier.nlp.entities import in_dateline

    text, day = ctx["text"], ctx["day"]
    out = {"time_same_day": False, "time_clock": False, "time_other": False, "time_unplaced": False}
    covered = []
    for tx in ctx["timexes"]:
        if not (sent.start_char <= tx.start < sent.end_char) or in_dateline(text, tx.start) or ev._now(tx) or \
                ev._measure(tx) or ev._year_of_a_role(sent, tx.start, tx.end):
            continue
        covered.append((tx.start, tx.end))
        value = tx.value or ""
        if value[:10] == day and tx.anchored:
            out["time_same_day"] = True
        elif tx.type == "TIME" and (value.startswith("T") or value[:10] == day):
            out["time_clock"] = True
        else:
            out["time_other"] = True
    for ent in span_ents(sent):
        if ent.label_ in ("DATE", "TIME") and not in_dateline(text, ent.start_char) and \
                not any(a <= ent.start_char < b or ent.start_char <= a < ent.end_char for a, b in covered) and \
                not ev._year_of_a_role(sent, ent.start_char, ent.end_char):
            out["time_unplaced"] = True
    return out


def decide(events: list, toks: list, plain: list[bool], timexes: list, published: str | None, lead_start: int,
           lead_end: int, news_end: int, doc) -> None:
    """Grant or take back the report's day of the mentions with no time of their own (in place)."""
    model = load()
    if model is not None and model.grant is None and model.revoke is None:
        model = None  # fitted, but no threshold was sure enough out of set: the rules alone decide
    if (model is None and TRACE is None) or doc is None or not toks:
        return
    from dossier.nlp import events as ev
    from dossier.nlp.docview import doc_text, sentences

    pub = ev._day(published)
    found, lag = ev._article_news_day(events, doc, timexes, published, lead_start, news_end)
    rules_day = found[0] if found is not None else pub
    dated = _dated_news(events)
    shared = _shared_day(dated)
    # the candidate: the day the article's dated news shares, else the lead's news day, else the publication day
    day = ev._day(shared) if shared is not None else rules_day
    if day is None:
        return
    source = "newsday" if shared is not None or found is not None else "published"
    text = doc_text(doc)
    lead = [(e, t) for e, t in zip(events, toks) if lead_start <= e.sentence_start < news_end]
    spans = sentences(doc)[1]  # (token starts, sentence spans)
    first = text.find("\n")
    ctx = {
        "text": text, "timexes": timexes, "day": day.isoformat(), "lead_start": lead_start, "lead_end": lead_end, "news_end": news_end,
        "lag": lag if found is not None else "none",
        "sentence_index": {s.start_char: i for i, s in enumerate(spans)},
        "earlier_kinds": {e.type for e, t in lead if ev._past_perfect(t)},
        "news_kinds": {e.type for e, _ in lead if not e.background and e.mode == "asserted"
                       and e.date_source == "timex" and ev._day(e.date) == day},
        "leads_other_day": ev._leads_with_another_day(events, day, lead_start, news_end),
        "report_day_in": ev._report_day_in(doc, timexes, lead_start, news_end),
        "headline_end": first if 0 < first <= 200 else 0,
        "consensus": shared is not None,
        "consensus_is_rules_day": shared is not None and rules_day is not None and shared == rules_day.isoformat(),
        "consensus_many": shared is not None and sum(e.date == shared for e in dated) >= 3,
        "several_days": shared is None and len({e.date for e in dated}) > 1,
        "no_dated": not dated,
        "dated_starts": sorted(e.trigger_start for e in dated),
    }
    for e, tok, ok in zip(events, toks, plain):
        if e.background or e.date_source == "timex" or (e.date is not None and e.date_source not in
                                                        ("published", "newsday")):
            continue
        granted = e.date is not None
        if granted and e.date != day.isoformat():
            continue  # the rules' own day of another kind: not this candidate's to judge
        f = features(e, tok, ok, ctx)
        if TRACE is not None:
            TRACE.append({"article_id": e.article_id, "trigger_start": e.trigger_start, "candidate": day.isoformat(),
                          "granted": granted, "f": f})
        if model is None:
            continue
        p = model.prob(f)
        if not granted and model.grant is not None and p >= model.grant and may_grant(f):
            e.date, e.date_end, e.date_source, e.date_text = day.isoformat(), None, source, \
                (found[1] if found is not None and shared is None else None)
        elif granted and model.revoke is not None and p < model.revoke:
            e.date, e.date_end, e.date_source, e.date_text = None, None, "none", None
