"""The actor knowledge base: built-in data files plus any the user adds with ``--kb``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


@dataclass(slots=True)
class KBEntry:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def normalise_name(name: str) -> str:
    """Case, hyphens, apostrophes and spacing folded: the key names are matched on."""
    name = name.lower().replace("’", "'")
    name = re.sub(r"^(the)\s+", "", name)
    name = re.sub(r"'s$", "", name)
    name = re.sub(r"[-‐‑–.]", " ", name)
    return re.sub(r"\s+", " ", name).strip()


class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: dict[str, KBEntry] = {}
        self.by_name: dict[str, str] = {}  # normalised alias -> entry id
        self.demonyms: set[str] = set()

    def add(self, entry: KBEntry) -> None:
        self.entries[entry.id] = entry
        for alias in {entry.name, *entry.aliases}:
            self.by_name[normalise_name(alias)] = entry.id

    def lookup(self, text: str) -> KBEntry | None:
        key = self.by_name.get(normalise_name(text))
        return self.entries.get(key) if key else None

    def load_yaml(self, data: dict) -> None:
        for iso3, c in (data.get("countries") or {}).items():
            names = c.get("names", [])
            self.demonyms.update(c.get("demonyms", []))
            self.add(KBEntry(f"{iso3.lower()}", names[0] if names else iso3, "country", iso3, None,
                             list(names) + list(c.get("demonyms", []))))
            gov_aliases = list(c.get("metonyms", []))
            if c.get("capital"):
                gov_aliases.append(c["capital"])
            if gov_aliases:
                self.add(KBEntry(f"{iso3.lower()}-gov", f"Government of {names[0] if names else iso3}",
                                 "government", iso3, "GOV", gov_aliases))
        for a in data.get("actors") or []:
            self.add(KBEntry(a["id"], a["name"], a.get("kind", "unknown"), a.get("country"), a.get("sector"),
                             list(a.get("aliases", [])), list(a.get("roles", []))))

    def ruler_patterns(self) -> list[dict]:
        label = {"person": "PERSON", "country": "GPE", "government": "GPE", "organisation": "ORG", "group": "ORG"}
        out = []
        for e in self.entries.values():
            for alias in {e.name, *e.aliases}:
                lab = "NORP" if alias in self.demonyms else label.get(e.kind, "ORG")
                out.append({"label": lab, "pattern": alias, "id": e.id})
        return out


@lru_cache(maxsize=8)
def load_kb(extra_paths: tuple[str, ...] = ()) -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_yaml(yaml.safe_load(resources.files("dossier.resolve").joinpath("data/kb.yaml").read_text("utf-8")))
    for p in extra_paths:
        kb.load_yaml(yaml.safe_load(Path(p).read_text("utf-8")) or {})
    return kb
