"""Boilerplate removal for scraped plain text.

Written by hand because the libraries that do this (trafilatura, justext)
work on the HTML tree, and scraped plain text has lost it: what is left are
lines, and the cues that a line is chrome rather than reporting (consent
notices, comment prompts, captions, label lines) are lexical. Patterns are
kept in ``data/boilerplate.yaml`` so users can extend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from dossier.records import CleaningStep


@dataclass(slots=True)
class CleanText:
    title: str
    body: str
    steps: list[CleaningStep] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], str, str]]:
    data = yaml.safe_load(resources.files("dossier.ingest").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    rules = []
    for rule in data["rules"]:
        rules.append((re.compile(rule["pattern"], re.IGNORECASE), rule["reason"], rule.get("action", "drop")))
    return rules


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Split scraped text into title and body; log every line removed and why."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    steps: list[CleaningStep] = []
    metadata: dict[str, str] = {}
    kept: list[str] = []
    if title is None:
        for i, ln in enumerate(lines):
            if ln:
                title = ln
                lines = lines[i + 1:]
                break
        title = title or ""
    title_key = _norm(title)
    seen: set[str] = set()
    for ln in lines:
        if not ln:
            continue
        key = _norm(ln)
        if not key:
            steps.append(CleaningStep(ln, "no words"))
            continue
        if key == title_key:
            steps.append(CleaningStep(ln, "repeated title"))
            continue
        if key in seen:
            steps.append(CleaningStep(ln, "repeated line"))
            continue
        matched = False
        for pattern, reason, action in _rules():
            m = pattern.search(ln)
            if m:
                steps.append(CleaningStep(ln, reason, action))
                if action == "metadata":
                    metadata.setdefault(reason, m.groupdict().get("value") or ln)
                matched = True
                break
        if matched:
            continue
        # a teaser that repeats the start of a later paragraph ("... with..." truncations)
        if ln.endswith(("...", "…")):
            stem = _norm(ln.rstrip(".…"))
            if len(stem) > 30 and any(_norm(other).startswith(stem) for other in lines if other is not ln):
                steps.append(CleaningStep(ln, "teaser repeating the lead"))
                continue
        seen.add(key)
        kept.append(ln)
    return CleanText(title=title.strip(), body="\n\n".join(kept), steps=steps, metadata=metadata)
