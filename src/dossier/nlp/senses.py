"""Word senses the event model's lexicon cannot tell apart, settled by the words around the trigger.

The generated lexicon (CAMEO verb dictionaries mapped to PLOVER) reads "strike" as a labour strike, so the
model types "an Israeli strike on the consulate" and "forces struck Natanz" as PROTEST. In the PLOVER codebook
a strike by workers (walkout, hunger strike, general strike) is PROTEST and a military strike is ASSAULT. The
sense is visible locally: a labour strike names its strikers or its kind ("workers went on strike", "a general
strike", "the teachers' strike"); a military one does not. The cue lists live in ``data/non_events.yaml``
(``labour_strike``) so users can extend them; this module only reads them.

Hand-written because no library disambiguates this sense for news, and a learned sense model would need
annotations of exactly these words; the rule has one job and is measured by ``dossier eval events``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from dossier.nlp.docview import sentence_of

STRIKE_LEMMAS = frozenset({"strike", "airstrike", "air-strike", "walkout"})


def _strike_word(tok) -> str | None:
    """The strike word ``tok`` is, if any (the tagger leaves "airstrikes" unlemmatised)."""
    for w in (tok.lemma_.lower(), tok.lower_):
        w = w[:-1] if w.endswith("s") and w[:-1] in STRIKE_LEMMAS else w
        if w in STRIKE_LEMMAS:
            return w
    return None


@lru_cache(maxsize=1)
def _labour_cues() -> frozenset[str]:
    text = resources.files("dossier.nlp").joinpath("data/non_events.yaml").read_text("utf-8")
    return frozenset(str(w).lower() for w in (yaml.safe_load(text) or {}).get("labour_strike", []))


def labour_strike(tok) -> bool:
    """"workers went on strike", "a general strike", "the nurses' walkout": the strike is a labour action."""
    if _strike_word(tok) == "walkout":
        return True
    if tok.lower_.startswith("air"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return True  # "went on strike", "are on strike"
    if any(c.lower_ in ("hunger", "general") for c in tok.children):
        return True
    sent = sentence_of(tok)
    return bool(({t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}) & _labour_cues())


def strike_type(tok, etype: str) -> str | None:
    """The PLOVER type a strike word takes in its sentence, where it differs from ``etype``; else None."""
    if _strike_word(tok) is None or etype not in ("PROTEST", "ASSAULT"):
        return None
    sense = "PROTEST" if labour_strike(tok) else "ASSAULT"
    return sense if sense != etype else None
