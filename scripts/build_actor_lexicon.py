"""Build ``src/dossier/resolve/data/actor_lexicon.tsv.gz`` from the PETRARCH2/Phoenix actor dictionaries
and the PLOVER agents file (read in place from ``../shared/bench/plover_resources``).

    python scripts/build_actor_lexicon.py [--resources DIR] [--out FILE]

The output is derived data only: one row per name, ``type<TAB>name<TAB>country<TAB>sector<TAB>until``:

* ``place``  a synonym listed under a country block of ``Phoenix.Countries.actors.txt`` (cities, regions,
  old names: "AMUR_OBLAST_" under RUSSIAN_FEDERATION_ -> ``Amur Oblast  RUS``);
* ``person`` a named person with a dated CAMEO code (the latest span wins: "SERGEY_LAVROV_ [RUSGOV >080601]"
  -> ``Sergey Lavrov  RUS  GOV``); bare one-word synonyms ("+LAVROV") are left out, since dossier never
  merges on a surname alone;
* ``org``    organisations and armed groups (``Phoenix.International``/``MilNonState``, and non-person
  blocks of the country file);
* ``agent``  a role noun with the sector it implies (PLOVER agents: "ADMIRAL [~MIL]").

CAMEO codes are mapped to dossier's conventions: the first three letters are an ISO-3 country (or IGO/NGO/
MNC), the first known role code after them gives the sector, except that GOV followed by LEG or JUD (a
legislature, a court) gives LEG or JUD (a person's GOVJUD is a justice minister: GOV). CAMEO's MED means *medical* and JRN means
*media*; dossier's MED is media, so JRN -> MED and CAMEO MED is dropped. Sources are MIT licensed
(Copyright (c) 2014 Open Event Data Alliance); see docs/ATTRIBUTION.md.
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RESOURCES = ROOT.parent / "shared" / "bench" / "plover_resources"
DEFAULT_OUT = ROOT / "src" / "dossier" / "resolve" / "data" / "actor_lexicon.tsv.gz"

# CAMEO role code -> dossier sector (None: no sector of ours fits)
ROLE_TO_SECTOR = {
    "GOV": "GOV", "MIL": "MIL", "LEG": "LEG", "JUD": "JUD", "SPY": "SPY", "PTY": "PTY", "OPP": "PTY",
    "REB": "REB", "INS": "REB", "SEP": "REB", "UAF": "REB", "COP": "COP", "BUS": "BUS", "MNC": "BUS",
    "CVL": "CVL", "LAB": "CVL", "HRI": "CVL", "NGO": "CVL", "REF": "CVL", "AGR": "CVL", "EDU": "EDU",
    "REL": "REL", "JRN": "MED", "IGO": "IGO", "NGM": "CVL",
}
NON_STATE = {"IGO": ("IGO", "IGO"), "NGO": (None, "CVL"), "MNC": (None, "BUS"), "NGM": (None, "CVL")}
_CODE = re.compile(r"\[([A-Z~]{3,})(?:\s+([<>]?\d{6}(?:\d\d)?)?(?:-(\d{6}(?:\d\d)?)?)?)?\]")
# a synonym that carries a title ("FOREIGN_MINISTER_SERGEY_LAVROV") is a description, not a name
TITLE_WORDS = {"minister", "ambassador", "president", "foreign", "prime", "general", "secretary", "chairman",
               "premier", "king", "queen", "prince", "sheikh", "leader", "spokesman", "governor", "mayor", "chief",
               "deputy", "vice", "senator", "former", "ex", "mr", "mrs", "dr", "gen", "col", "judge"}


def iso3_codes() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries} | {"PSE", "XKX"}


SMALL_WORDS = {"of", "the", "and", "for", "de", "la", "du", "des", "al", "el", "on", "in"}


def display(raw: str) -> str:
    """"SERGEY_V._LAVROV_" -> "Sergey V. Lavrov"; a one-word name of up to five letters stays an acronym."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    if len(words) == 1 and len(words[0]) <= 5 and words[0].isalpha():
        return words[0]
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in SMALL_WORDS:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def decode(code: str, countries: set[str], person: bool = False) -> tuple[str | None, str | None] | None:
    """A CAMEO actor code -> (country, sector), or None when it names no country and no sector we use.
    ``person``: the code is a person's (CountryInfo files a justice minister as GOVJUD: a minister, GOV)."""
    code = code.lstrip("~")
    head, rest = code[:3], code[3:]
    if head in NON_STATE:
        country, sector = NON_STATE[head]
        if head == "MNC" and rest[:3] in countries:
            country = rest[:3]
        return country, sector
    if head not in countries:
        return None
    sector = None
    for i in range(0, len(rest) - 2, 3):
        sector = ROLE_TO_SECTOR.get(rest[i:i + 3])
        if sector:
            # "INDGOVLEG" (Lok Sabha), "USAGOVJUD" (the Supreme Court): a branch of the state filed under GOV
            # then its branch is the legislature or a court, which the guidelines code LEG and JUD; GOVMIL
            # stays GOV (a defence ministry is a ministry), and a person's GOVJUD is a justice minister
            if sector == "GOV" and rest[i + 3:i + 6] in (("LEG",) if person else ("LEG", "JUD")):
                sector = ROLE_TO_SECTOR[rest[i + 3:i + 6]]
            break
    return head, sector


def _end(until: str | None) -> str:
    if not until:
        return ""
    if len(until) == 8:
        return f"{until[:4]}-{until[4:6]}-{until[6:8]}"
    yy = int(until[:2])
    year = 2000 + yy if yy < 50 else 1900 + yy
    return f"{year}-{until[2:4]}-{until[4:6]}"


def _latest(codes: list[tuple[str, str | None, str | None]]) -> tuple[str, str]:
    """The code in force last (open-ended beats any end date) and its end date ('' when open)."""
    def key(c):
        _, start, end = c
        return (end is None, _end(end), _end((start or "").lstrip("<>")))
    code, _, end = max(codes, key=key)
    return code, _end(end)


def parse_actor_file(path: Path) -> list[dict]:
    """Blocks of a Phoenix .actors file: a name line, '+' synonyms, tab-indented dated codes."""
    blocks: list[dict] = []
    cur: dict | None = None
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if not line.strip():
            continue
        if raw[:1] in ("\t", " ") or line.lstrip().startswith("["):
            if cur is not None:
                cur["codes"].extend(_codes(line))
            continue
        if line.startswith("+"):
            if cur is not None:
                cur["names"].append(line[1:].split("[")[0].strip())
                cur["codes"].extend(_codes(line))
            continue
        cur = {"names": [line.split("[")[0].strip().split("\t")[0]], "codes": _codes(line),
               "person": "CountryInfo.txt" in comment or "rulers" in comment.lower()}
        blocks.append(cur)
    for b in blocks:
        if not b["person"] and _uncommented_person(b):
            # its synonyms that name a body ("OBAMA_ADMINISTRATION") are no names of the person
            b["person"], b["names"] = True, [n for n in b["names"] if _person_like(n)]
    return blocks


# words that make a block's name a body's, whatever its codes
BODY_WORDS = {"party", "authority", "soviet", "union", "council", "tank", "movement", "front", "army", "league",
              "committee", "assembly", "congress", "ministry", "government", "organization", "organisation", "group",
              "forces", "brigade", "brigades", "institute", "foundation", "association", "republic", "state", "bank",
              "company", "corporation", "agency", "office", "court", "parliament", "alliance", "coalition", "nationalities",
              "administration", "sfsr", "kurdistan"}


def _uncommented_person(block: dict) -> bool:
    """A person the dictionary lists without its leaders file's comment: an elite code ("IMRAN_KHAN [PAKELI]"),
    or dated spans written with 8-digit dates (the later additions, all of them people in office: "HASSAN_ROUHANI_
    [IRNGOV >20130803]"), under a name of two to four words that names no body ("KURDISH_DEMOCRATIC_UNION_PARTY")."""
    if not _person_like(block["names"][0]):
        return False
    roles = [[c.lstrip("~")[i:i + 3] for i in range(3, len(c.lstrip("~")), 3)] for c, _, _ in block["codes"]]
    if any("ELI" in r for r in roles):
        return True
    # a country's block has dated codes too ("SOUTH_SUDAN [SDNSSD <20050709]"): a person's name a role
    return any(len(d or "") == 8 for _, s, e in block["codes"] for d in (s, e)) \
        and all(r and r[0] in ROLE_TO_SECTOR for r in roles)


def _person_like(raw: str) -> bool:
    words = [w.lower() for w in raw.strip().strip("_").split("_") if w]
    return 2 <= len(words) <= 4 and not (BODY_WORDS | TITLE_WORDS) & set(words)


def _codes(line: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for m in _CODE.finditer(line):
        start, end = m.group(2), m.group(3)
        if start and start.startswith(">"):
            start, end = start[1:], None
        elif start and start.startswith("<"):
            start, end = None, start[1:]
        out.append((m.group(1), start, end))
    return out


def country_rows(blocks: list[dict], countries: set[str]) -> list[tuple[str, ...]]:
    rows = []
    for b in blocks:
        if not b["codes"]:
            continue
        code, until = _latest(b["codes"])
        decoded = decode(code, countries, b["person"])
        if decoded is None:
            continue
        country, sector = decoded
        names = [display(n) for n in b["names"] if n.strip("_ ")]
        if code.lstrip("~") in countries and not b["person"]:
            # a country block: its synonyms are the country's names, demonyms, cities and regions
            rows.extend(("place", n, country or "", "", "") for n in names[1:])
            continue
        kind = "person" if b["person"] else "org"
        for n in names:
            if kind == "person" and (len(n.split()) < 2 or TITLE_WORDS & set(n.lower().split())):
                continue  # a bare surname is never a name of its own, a title makes a description
            rows.append((kind, n, country or "", sector or "", until))
    return rows


def agent_rows(path: Path) -> list[tuple[str, ...]]:
    rows = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z_'.\- ]+?)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not m or "!" in line:
            continue
        phrase = m.group(1).strip("_ ").replace("_", " ").lower()
        role = m.group(2)
        if phrase.startswith("spokes"):
            continue  # PLOVER files spokespeople as media; dossier takes their sector from whom they speak for
        sector = next((ROLE_TO_SECTOR[role[i:i + 3]] for i in range(0, len(role), 3)
                       if role[i:i + 3] in ROLE_TO_SECTOR), None)
        if sector and len(phrase) >= 3:
            rows.append(("agent", phrase, "", sector, ""))
    return rows


def build(resources: Path) -> list[tuple[str, ...]]:
    countries = iso3_codes()
    p2 = resources / "petrarch2_dictionaries"
    rows: list[tuple[str, ...]] = []
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt"):
        rows.extend(country_rows(parse_actor_file(p2 / name), countries))
    rows.extend(agent_rows(resources / "plover_agents.txt"))
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        key = (r[0], r[1].lower())
        if key in seen or not r[1] or "\ufffd" in r[1]:
            continue
        seen.add(key)
        out.append(r)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--resources", type=Path, default=DEFAULT_RESOURCES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    rows = build(args.resources)
    header = ("# derived from PETRARCH2 Phoenix actor dictionaries and PLOVER agents (MIT, (c) 2014 Open Event "
              "Data Alliance) by scripts/build_actor_lexicon.py\n# type\tname\tcountry\tsector\tuntil\n")
    body = "".join("\t".join(r) + "\n" for r in rows)
    # mtime=0: the same input gives byte-identical output
    with open(args.out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write((header + body).encode("utf-8"))
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes): {counts}")


if __name__ == "__main__":
    main()
