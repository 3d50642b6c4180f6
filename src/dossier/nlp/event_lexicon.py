"""The broad event lexicon: which words can report a PLOVER event, and which types they lean to.

Built at training time (``make train``) from resources read in place under ``../shared/bench`` and written to
``data/event_lexicon.json``; at run time only that file is read.

* **Verbs** from PETRARCH2's CAMEO verb dictionaries (``CAMEO.2.0.txt`` and the larger
  ``CAMEO.verbpatterns.150430.txt``, MIT): every verb of a ``--- VERB [code] ---`` block, with the block's (or
  the verb's own) code and the codes of the block's patterns, mapped to PLOVER through the PLOVER project's
  ``CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0). A verb's *prior* is the share of each PLOVER type among those
  codes: "rush" is mostly MOBILIZE and AID, "accuse" all ACCUSE.
* **Pattern words**: the content words of a verb's patterns with the type they select ("add * sanctions" is
  SANCTION, "ask * extradition" REQUEST), so the model can see that a verb's object changes its type.
* **Nouns and phrases**: the hand-kept ``data/triggers.yaml`` (dossier's own), which also names nominal events
  ("talks", "raid", "arrest").
* **Agent nouns** from NGEC's PLOVER agents dictionary (MIT): "police", "troops", "pirates" with a sector, so
  that a doer without a name still counts as a participant.
* **Annotated triggers**: the trigger words of dossier's own annotations of ECB+ train documents.

Nothing here decides whether a word reports an event: the lexicon proposes candidates and priors, and the
learned model (``event_model.py``) decides. Hand-written parsing because the dictionaries are in PETRARCH's own
text format, for which no maintained reader exists on PyPI.

Licence: the generated file adapts ``CAMEO2PLOVER-2021.txt`` and so is shared under CC BY-SA 4.0 (see
``docs/EVENTS.md``).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


LEXICON_FILE = "data/event_lexicon.json"
RESOURCES = "../shared/bench/plover_resources"
VERB_FILES = ("petrarch2_dictionaries/CAMEO.2.0.txt", "petrarch2_dictionaries/CAMEO.verbpatterns.150430.txt")
# CAMEO roots that cameo2plover leaves out: 01 (public statements) has no PLOVER type; 02 (appeals) is a
# request in PLOVER's sense ("called for", "appealed to"), as POLECAT codes it
EXTRA_ROOTS = {"02": "REQUEST"}
# CAMEO agent codes in the guidelines' sector vocabulary (first three letters; COP = police)
AGENT_SECTORS = {"GOV": "GOV", "MIL": "MIL", "COP": "POL", "JUD": "JUD", "LEG": "LEG", "PTY": "PTY", "REB": "REB",
                 "CRM": "CRM", "CVL": "CVL", "BUS": "BUS", "MED": "HLH", "JRN": "MED", "EDU": "EDU", "HLH": "HLH",
                 "REL": "REL", "IGO": "IGO", "NGO": "NGO", "SPY": "SPY", "UAF": "MIL", "LAB": "CVL", "AGR": "CVL",
                 "ELI": "GOV", "REF": "CVL", "PRM": "GOV", "SOC": "CVL"}
PATTERN_WORDS = 30
_WORD = re.compile(r"^[a-z][a-z'-]*$")
_PATTERN_STOP = {"to", "of", "in", "on", "for", "with", "by", "a", "an", "the", "and", "from", "at", "as", "into",
                 "that", "over", "against", "about", "said", "must", "would", "will", "not", "no", "be", "up", "out"}


def cameo_to_plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, as ``cameo2plover.txt`` states it (root headers included)."""
    out: dict[str, str] = dict(EXTRA_ROOTS)
    for line in path.read_text("utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out.setdefault(m.group(1), m.group(2))  # 08 is listed twice: the first (CONCEDE) as root
    return out


def plover_of(code: str | None, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code (its own line, else its nearest listed parent); None for null codes."""
    if not code:
        return None
    code = code.split(":")[0].strip()
    if not code.isdigit():
        return None
    for k in range(len(code), 1, -1):
        hit = table.get(code[:k])
        if hit:
            return hit
    return None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s_]+", text.lower().strip()) if w]


def parse_verb_file(path: Path, table: dict[str, str]
                    ) -> tuple[dict[str, Counter], dict[str, Counter], dict[str, dict[str, Counter]]]:
    """Of one file: verb lemma -> its own (or its block's) PLOVER type counts, verb lemma -> its patterns'
    PLOVER type counts, verb lemma -> pattern word -> type counts."""
    base: dict[str, Counter] = defaultdict(Counter)
    priors: dict[str, Counter] = defaultdict(Counter)
    patterns: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    block_type: str | None = None
    verbs: list[str] = []
    lines = path.read_text("utf-8", errors="replace").splitlines()
    for raw in lines:  # synonym sets first: patterns refer to them before or after their definition
        if raw.startswith("&"):
            current = raw.strip().rstrip("_").lower()
            synsets[current] = []
        elif raw.startswith("+") and current and current.startswith("&"):
            synsets[current].append(raw[1:].split("#")[0].strip().rstrip("_").lower())
        elif not raw.strip():
            current = None
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        head = re.match(r"^---\s*([A-Z_+-]+)\s*\[([^\]]*)\]\s*---", line)
        if head:
            current, block_type, verbs = head.group(1), plover_of(head.group(2), table), []
            continue
        if current is None or not line.strip() or line.startswith(("&", "~", "<")):
            continue
        if line.startswith("-"):
            code = re.search(r"\[([^\]]*)\]", line)
            ptype = plover_of(code.group(1) if code else None, table)
            if ptype is None:
                continue
            body = re.sub(r"\[[^\]]*\]", " ", line[1:])
            words = set()
            for tok in re.findall(r"&?[A-Za-z][A-Za-z_'-]*", body):
                if tok.startswith("&"):
                    for member in synsets.get(tok.lower().rstrip("_"), [])[:12]:
                        words.update(_words(member))
                else:
                    words.update(_words(tok))
            for v in verbs:
                priors[v][ptype] += 1
                for w in words - _PATTERN_STOP:
                    if _WORD.match(w):
                        patterns[v][w][ptype] += 1
            continue
        if line.startswith((" ", "\t")) and not line.strip().startswith("+"):
            continue
        entry = line.strip()
        code = re.search(r"\[([^\]]*)\]", entry)
        vtype = plover_of(code.group(1), table) if code else block_type
        name = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", entry).strip().lstrip("+")
        words = _words(name)
        if not words or not _WORD.match(words[0]):
            continue
        lemma = " ".join(words)
        verbs.append(lemma)
        if vtype:
            base[lemma][vtype] += 1
    return base, priors, patterns


def parse_agents(path: Path) -> dict[str, str]:
    """Single-word agent nouns -> sector ("police" -> POL, "pirate" -> CRM)."""
    out: dict[str, str] = {}
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z'-]*)_?\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})", line)
        if not m:
            continue
        sector = AGENT_SECTORS.get(m.group(2))
        word = m.group(1).lower()
        if sector and _WORD.match(word) and len(word) > 2:
            out.setdefault(word, sector)
    return out


def hand_triggers() -> dict[str, str]:
    from dossier.nlp.events import load_triggers

    return dict(load_triggers())


def build(shared: Path, annotated: dict[str, Counter] | None = None) -> dict[str, Any]:
    """The lexicon from the shared resources (and annotated trigger lemmas -> type counts)."""
    res = shared / "bench" / "plover_resources" if (shared / "bench").is_dir() else shared
    table = cameo_to_plover(res / "cameo2plover.txt")
    base: dict[str, Counter] = defaultdict(Counter)
    priors: dict[str, Counter] = defaultdict(Counter)
    patterns: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name in VERB_FILES:
        b, p, pat = parse_verb_file(res / name, table)
        for v, c in b.items():
            base[v].update(c)
        for v, c in p.items():
            priors[v].update(c)
        for v, words in pat.items():
            for w, c in words.items():
                patterns[v][w].update(c)
    # a verb's own code says what it usually means; its patterns say what else it can mean
    verbs = {v: {"base": _share(base[v]) if base[v] else {}, "patterns": _share(priors[v]) if priors[v] else {}}
             for v in set(base) | set(priors) if base[v] or priors[v]}
    # the words a verb's patterns use most often, with the type they select (a compact file, and rare
    # pattern words are mostly synonym-set padding)
    pattern_out = {}
    for v, words in sorted(patterns.items()):
        if v not in verbs or " " in v:
            continue
        top = sorted(words.items(), key=lambda kv: -sum(kv[1].values()))[:PATTERN_WORDS]
        pattern_out[v] = {w: c.most_common(1)[0][0] for w, c in sorted(top)}
    hand: dict[str, dict[str, float]] = {}
    for entry, etype in hand_triggers().items():
        hand[entry.split("/")[0]] = {etype: 1.0}
    learned = annotated_shares(annotated or {})
    return {
        "verbs": dict(sorted(verbs.items())),
        "patterns": pattern_out,
        "hand": dict(sorted(hand.items())),
        "annotated": learned,
        "agents": dict(sorted(parse_agents(res / "plover_agents.txt").items())),
    }


def annotated_shares(counts: dict[str, Counter]) -> dict[str, dict[str, float]]:
    """Annotated trigger lemmas (seen at least twice) -> share of each type."""
    return {lemma: _share(c) for lemma, c in sorted(counts.items()) if sum(c.values()) >= 2}


def _share(c: Counter) -> dict[str, float]:
    total = sum(c.values())
    return {k: round(v / total, 3) for k, v in c.most_common()}


def write(lexicon: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(lexicon, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")


@lru_cache(maxsize=2)
def load(path: str | None = None) -> dict[str, Any]:
    """The generated lexicon (``data/event_lexicon.json``); an empty one when it has not been built."""
    from dossier.nlp.event_model import data_file

    try:
        text = Path(path).read_text("utf-8") if path else data_file("event_lexicon.json").read_text("utf-8")
    except FileNotFoundError:
        return {"verbs": {}, "patterns": {}, "hand": {}, "annotated": {}, "agents": {}}
    return json.loads(text)
