"""Entity hygiene: spaCy's entity spans made into mentions an analyst would accept.

The statistical NER of ``en_core_web_sm`` is trained on well-formed news; scraped pages give it headlines
in Title Case, datelines, bylines, photo credits and menus, and it answers with spans such as
"Central Committee of the", "Al Jazeera's", "Rear Adm." or "Break Diplomatic Isolation With". This module
repairs or drops those spans *before* resolution, using the parse spaCy already made (no second model):

1. **span repair**: a possessive ("Al Jazeera's") and dangling function words ("Central Committee of the")
   are trimmed; "X of the" directly followed by another entity is joined to it ("Central Committee of the"
   + "Workers' Party of Korea");
2. **titles split from names**: leading title words ("Rear Adm.", "President", "Foreign Minister") leave a
   person's span and go to ``Mention.role``; a span that is nothing but a title is dropped;
3. **non-actors dropped**: URLs, e-mail addresses and handles; spans inside bylines ("By Jane Doe"),
   photo credits and captions; outlets in datelines ("(KUNA)", "/TASS/"); interface words ("Photo Credit",
   "Subscribe"); spans that begin with a verb (headline fragments: "Break Diplomatic Isolation"); a name
   alone on its line (a byline, a credit, a link: "Ellen Kenny", "FPREN"); named operations, competitions
   and time zones ("Operation Rising Lion", "UEFA Champions League", "GMT"); and names found only in a
   headline-style line (everyday words capitalised: "How the World Reacted to ...") that the body never
   repeats. A dateline counts also after a date the page printed before it on the same line
   ("date 2024-02-16 MOSCOW: ..."), and its place is never an actor;
4. **kind**: person, organisation, place, country or group from the label, the gazetteer
   (``resolve/places.py``) and the span's last word (an ORG span ending in "Cosmodrome" or "Region" is a
   place). A city named as *where* ("talks in Madrid", "Stockholm's Friends Arena", a verbless tour-date
   line) is marked ``LOCATIVE``, and the resolver keeps it as the city instead of its government; so is
   one named anywhere but where a party to an act stands (subject, object, owner, "with/to/by/against"
   + the city: "Ankara blames", "talks with Beijing"; not "after Istanbul and the capital, Ankara"); a known
   name inside a longer written one is the longer one ("Supreme National Security Council", "Indian Ocean");
5. **role/context** from the dependency parse: the modifiers left of a name inside its noun phrase ("IDF
   spokesperson"), an apposition ("X, Iran's defence minister"), the noun a name is in apposition to
   ("North Korea's Foreign Minister, Choe Son Hui"), and for places the place they are said to be in
   ("Vostochny Cosmodrome in Russia's Amur Region"), what the sentence says a person is ("X was sworn in as
   Bulgaria's interior minister"), and a rank a sentence split cut off ("the Sudanese Armed Forces Brig." |
   "Nabil Abdullah"). The resolver reads countries and sectors from it;
6. **names cut or run together** (issue 17): a span is kept to one sentence (a missed break: "on X. Military
   spokesman", a capital with a full stop inside a non-person name); a body the model cut after "for" or "of"
   gets its governing noun back ("UN Office for the Coordination of ..."); an "and" the parse hangs inside
   the name's "of" phrase continues it ("Committee of Transition and the Restoration of Institutions"), but
   a second body stays apart ("the Ministry of ... and the Ministry of ..."); two pieces the parse holds
   together become one ("Supreme National" + "Security Council", "General Brice Clothaire" + "Oligui
   Nguema"); a two-syllable Korean name keeps its last syllable; a happening headed like a body ("Gabon
   Military Coup", a closed list of event nouns) and a single capitalised act noun ("The Recognition") are
   no actors; a dynasty, family or clan is a group; agency credits closing a line or opening it
   ("(Yonhap)", "(MENAFN) ..."), "Outlet News/" datelines, two-city datelines ("Seoul/Tokyo, May 31
   (EFE).-") and picture credits ("EFE/EPA/JANE DOE") are furniture;
7. **a capital is its government only when it acts**: besides "in/at ...", it is a place when it is over,
   above or under something, apposed to "the capital" of a locative phrase, the object of "of" after a
   place noun ("residents of", "control of"), the object of a verb of force or movement ("captured",
   "fled"), hit by a strike ("a strike on Beirut"), a part of the city ("southern Beirut", "Beirut's
   suburbs"), the address of a place ("outside her Downing Street office") or a Title-Case dateline
   ("London - ...", which unlike an upper-case one places nothing else in the article). As subject,
   speaker, possessor of an act or counterpart ("Pyongyang said", "pressure on Taipei", "talks between
   Washington and Beijing") it stays the government;
8. **short forms**: a bare surname the model missed ("Choe", "Hagari" tagged ORG) becomes a PERSON mention
   when the same article names that person in full; the resolver then joins it to the full name. A given
   name before a demonym-shaped word makes a person ("Volker Turk"), and the bare "Turk" then is him;
9. **cuts and descriptions** (issue 17, test3): a nationality and portfolio words before a title noun are
   the office, not a body ("Danish Climate" of "Danish Climate and Energy Minister X" goes to X's role); a
   sentence's opening participle leaves a known name ("Citing Denmark's ..."); a title-case word the parse
   hangs on a possessive office joins it ("Attorney" + "General's Office"); a name the article calls a base,
   an airport or a residence ("the X air base", "X, the president's official residence") is a place; an
   apposition after a second name describes that name ("X and Wang Yi, China's diplomat"); "the Premier of
   China's State Council Li Qiang" gives Li his title; a possessive country right before a body's name
   places it; a body "in" a city by apposition takes the city's country ("a court in Dhaka"); credits
   closing a caption ("Photo; AP", "(AP Photo/...)"), a byline run into a time stamp ("By AP Published: ...")
   and the bracket after an upper-case dateline ("MOSCOW (Outlet / Agency - 20th March, 2023)") are furniture;
10. **sites and contests** (issue 17, test4/test5): "versus" ends no name ("Trump and Vance versus ..."); an
   agency's credit counts in capitals too ("... City. REUTERS/Jane Doe"); a name before a lower-case school,
   village or park ("the Beslan school siege") or ending in "Park" where one goes or is ("police reached X
   Park"; Park is also a surname, so only there) is a site; a one-word name listed with known towns after a
   locative preposition is a town ("camps in Kotli, Sarjal and X"); and an ORG-tagged name no lexicon knows,
   without "the", after "in" that says where an operation or a stay is ("a military operation in X") is a
   place. Each reads the parse and the gazetteer, not a list of names.
11. **dates, portfolios, sites, ages** (issue 17, test6/test7): a day's or month's name right before a
   date's digits ("Sun, 16 Feb 2025") is no name; common words capitalised before the title of a named
   person are the office's portfolio ("National Security Advisor X"); a name ending in a market, temple,
   monastery or mosque is a site; an age in apposition ("X, 79,") makes an ORG-tagged name a person, and
   the full name ending in that surname follows.
12. **furniture, fragments and things** (round 18): every name on a page-furniture line (a "Related:" link box,
   a comment, share, follow or newsletter box, a contact line "X can be reached at", a series link) is the
   page's; a hyphenated name with a small word inside is one name ("Port-au-Prince", not "au" the African
   Union); a compass word before a demonym makes a regional adjective ("South American", not the USA); a
   name opening a line with its own initials in brackets is no dateline ("The Hydrocarbons Committee (HCC)
   met"); an acronym spelt out in lower case ("liquefied natural gas (LNG)"), a name the article calls an
   agreement, a plan or a system ("RCEP is a trade agreement", with the name its initials spell), a
   product before a made thing's noun ("the X headset"), a ship class ("X-class"), a named day, "the Fall of
   X" and two countries joined before a relation noun ("the Indo-Pak dialogue") are no actors; a possessive
   owner leaves a person's name ("England's Ben Stokes" is Ben Stokes, with England's as the role) and a
   possessive phrase tagged as a person is none ("Arjuna's Penance"); a person-tagged name the gazetteer
   knows whole is a place ("Tamil Nadu"); a given name or surname alone is the person the article names in
   full; a city "100 km from" or "back to" is where, not its government.
13. **credits and capitals** (round 19): a caption's closing "(Photographer, AP)", "X contributed to this
   report", the report's own outlet a source told ("told Fox News Digital") and a reporter credited for a
   quote ("per AFP's X") are credits, not actors (``_credit_reason``); a capital attacked or toured, a stretch
   of it ("swaths of Beirut") or one listed with a people ("Beirut and the Lebanese people") is the city.
14. **describers and credits** (round 25): a ticker's "2h ago" glued to a headline, a name after a copyright
   sign, a bracket or an upper-case "PHOTO/" chain of slashed credits, a correspondent introduced on his own line
   ("X reports."), a newsroom desk, media-player, comment-box and channel-promo strings are furniture; a room, a
   gate or an estate is a place, a statute a document, "Tweets" posts; a faith's adjective or a region's hyphened
   name before a noun ("a Sikh leader", "Indo-Pacific nations") and a nationality before a body named beside it
   ("Saudi airline X", "the Lebanese militant group X") describe, they do not act; a person-tagged name before
   "militia" or "newspaper" or after "<place>-based" is a body, and one cut in two where the article writes it
   whole is joined; a make and model before an aircraft's noun is a thing.

Hand-written because these are dossier's rules about what counts as an actor in news pages; every word list
here is short, says why it exists, and the longer lexicons (titles, agents) come from data files.
Homoglyphs (a Cyrillic "С" inside a Latin word) are folded earlier, in ``ingest/clean.py``, so that every
stage sees the same letters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from dossier.nlp.docview import columns, doc_ents, doc_text, first_token_from, sentences, span_ents
from dossier.timewords import MONTHS, WEEKDAYS
from dossier.records import Article, Mention
from dossier.resolve.context import BRAND as _BRAND
from dossier.resolve.places import COMPASS_REGION, SHIP_PREFIXES
from dossier.resolve.context import _BODY_HEADS, LOCATIVE, TITLE_DATELINE

NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
KIND_BY_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                 "NORP": "group"}
# function words that never end a name ("Central Committee of the", "Isolation With")
_TRAILING = frozenset({"of", "the", "and", "&", "for", "with", "in", "on", "at", "to", "by", "from", "a", "an",
                       "'s", "’s", "'", "’", ",", "-", "–", "—", ":", ";", "(", "/", "|", "said", "says",
                       "versus", "vs", "vs.", "v."})  # "Trump and Vance versus Zelensky": a contest's word
# ("’s": an owner's clitic the parse put in the name, "the country’s Supreme Court")
_LEADING = frozenset({",", "-", "–", "—", ":", ";", ")", "/", "|", "'", "’", '"', "“", "”", "'s", "’s"})
# abbreviated military and civil ranks ("Rear Adm.", "Lt. Gen."): a dotted word of this shape is a title
_RANK = re.compile(r"^(adm|gen|lt|col|maj|capt|cmdr|cdr|sgt|brig|cpl|pvt|sen|rep|gov|amb|pres|supt|insp|"
                   r"gen'l|rear|vice|lieut|maj\.-gen|mr|mrs|ms|dr|prof|rev|st)\.?$", re.I)
# page furniture that NER reads as names (no package lists interface strings)
_FURNITURE = re.compile(r"\b(photo|photos|credit|credits|image|images|picture|video|videos|caption|subscribe|"
                        r"newsletter|sign in|log in|login|share|comments?|advertisement|click|cookie|copyright|"
                        r"read more|watch live|live updates|getty|shutterstock|file photo|all rights)\b", re.I)
_URLISH = re.compile(r"(https?://|www\.|\.(com|org|net|gov|co\.uk|ru|kr|ir|cn|info|io)\b|@\w|\w@\w)", re.I)
_CREDIT_LINE = re.compile(r"^(photo|image|picture|file photo|video)\b|\b(photo|image)\s*(credit|:)|\(photo:|"
                          r"/\s*(AFP|AP|Reuters|Getty Images|EPA|EFE|Yonhap|Xinhua)\s*\)?\s*$|via (AP|Reuters|AFP)\b|"
                          r"^\(?(reporting|writing|editing|additional reporting) by\b|"
                          # "With assistance from Jane Doe and John Roe.", "This report by The Harbour Press was
                          # first published ...", "... contributed to this report": who wrote the page
                          r"^\(?with (additional )?(assistance|reporting) (from|by)\b|"
                          r"^this (report|story|article) (was )?(written )?(by|from)\b|\bcontributed to this (report|story)\b|"
                          r"\bautomatically (generated|summari[sz]ed|translated)\b", re.I)
# "... 2 June 2023. EFE/EPA/JANE DOE": the agencies that sell a picture and its photographer, closing a caption
# (a caption may be a whole news paragraph: only the credit itself goes)
_AGENCY = r"(?:AFP|AP|Reuters|EPA|EFE|Yonhap|Xinhua|ANP|DPA|Anadolu|Getty Images|Sputnik|TASS)"
# agencies print their name in capitals too ("... in Queens. REUTERS/Jane Doe"): the agency part ignores case
_PICTURE_CREDIT = re.compile(rf"\b(?i:{_AGENCY})(?:\s*[-/]\s*(?i:{_AGENCY}))*\s*/\s*[A-Z][\w.'\- ]{{2,40}}$")
_AGENCY_PICTURE = re.compile(r"\s*/?\s*(?:photos?|pictures?|images?|file photo)\b", re.I)
_BYLINE = re.compile(r"^(by|written by|reported by|author:)\s+[A-Z]", re.I)
# a credit closing a caption ("... in November. Photo; AP", "Credit:AP", "Photo: Jane Doe/Reuters") and one in
# brackets ("(AP Photo/Jane Doe)"): the agency sold a picture, it did not act in the story
_TRAILING_CREDIT = re.compile(r"\b(?:photos?|pictures?|images?|credits?|courtesy)\s*[:;]\s*"
                              r"[A-Z][\w.&'’\-]*(?:\s*[/,&]?\s*[A-Z][\w.&'’\-]*){0,4}\s*\.?\s*$", re.I)
_BRACKET_CREDIT = re.compile(r"\((?:[A-Z][\w.&'’\-]*\s+){1,3}(?:Photos?|Images?|Pictures?)\s*/[^()]{0,60}\)")
# "By AP Published: Mon 20 Feb 2023": a byline run into the page's time stamp
_BYLINE_STAMP = re.compile(r"^(?:by|written by|reported by)\s+(?P<who>.{2,60}?)\s+(?:published|updated|posted|"
                           r"last updated)\b", re.I)
# "MOSCOW (UrduPoint News / Sputnik - 20th March, 2023) ...": the bracket after an upper-case dateline credits
_DATELINE_BRACKET = re.compile(r"^(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}),?\s*\((?P<credit>[^()]{2,80})\)")
# "WASHINGTON, Jan 4 (KUNA) --", "MOSCOW, September 13. /TASS/.", "SEOUL (Reuters) -"
# ("SID, SERBIA/ROSZKE, HUNGARY - ...": a dateline may name two places and their countries)
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z.'\-/ ]{1,40}?)(?:,\s*[A-Za-z][A-Za-z.\-/ ]{1,30}?){0,2}"
                       r"(?:,?\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9})(?:,?\s*\d{4})?)?\.?"
                       r"(?:\s*(?P<outlet>\([A-Za-z .&\-]{2,30}\)|/[A-Za-z .&\-]{2,30}/)\s*\.?\s*(?:(?:--|—|–|-|:)\s*)?"
                       r"|\s*(?:--|—|–|-|:|>>|//)\s"  # "KIEV // Former ...": The National's dateline
                       r"|\s*[—–](?=[A-Z]))")  # "SAKRAN, TURKEY—A Turkish court ...": a dash with no space
# a date (and time) that a page prints before its dateline on the same line
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LEAD = re.compile(r"^\s*(?:(?:date|updated|published|posted|last updated)\s*:?\s*)?"
                   r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                   rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
                   r"(?:,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)?"
                   r"(?:\s*(?:\||//|,|-)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?"
                   r"\s*(?:\||//|[-–—:])?\s+", re.I)
_OUTLET_WRAP = re.compile(r"^(?:\(\s*|/)(?P<name>[^()/]{2,30})(?:\s*\)|/)$")
_FACILITY = frozenset({"cosmodrome", "airport", "airbase", "base", "port", "harbour", "harbor", "square", "stadium",
                       "reef", "reefs", "shoal", "shoals", "atoll", "atolls", "cay",
                       "arena", "airfield", "hospital", "prison", "museum",
                       "bridge", "palace", "station", "plant", "reactor", "complex", "site", "range", "strait",
                       "sea", "gulf", "river", "peninsula", "valley", "mountain", "mountains", "desert", "border",
                       "crossing", "dam", "canal", "islands", "island", "heights", "coast", "strip", "corridor",
                       "ocean", "ground", "spaceport", "launchpad", "residence", "mansion", "villa", "jail",
                       "motorway", "highway", "expressway", "hotel", "resort", "spa",
                       # sites people gather in or fight over ("Chatuchak Market", "Banjska Monastery"); not
                       # "church", which heads bodies ("the Serbian Orthodox Church" speaks and acts)
                       "market", "marketplace", "bazaar", "mall", "temple", "monastery", "mosque", "cathedral",
                       "shrine", "chapel", "basilica", "synagogue", "theater", "theatre", "castle", "fortress",
                       # "the X concert venue": a venue is where, whatever is held in it
                       "venue", "cemetery", "graveyard", "exhibition", "exposition"})
# common nouns of sites that a name premodifies in lower case ("the Beslan school siege", "a Kotli camp"): written
# small, the noun is no part of a body's name, so the span names the site. In Title Case ("Harvard Kennedy
# School", "Camp David Accords" aside) the same words head bodies, so only the lower-case spelling counts
_SITE_NOUNS = frozenset({"school", "camp", "camps", "mosque", "church", "temple", "market", "village", "compound",
                         "hospital", "jail", "prison", "park", "residence"})
_ROLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "det", "nummod", "quantmod"})
_MAX_ROLE_TOKENS = 10
# head nouns of things that are named but do not act (no package lists them)
_DOCUMENTS = frozenset({"agreement", "award", "awards", "treaty", "prize", "initiative", "plan", "act", "accord",
                        "accords", "resolution", "doctrine", "protocol", "memorandum", "declaration", "charter",
                        "convention", "conventions", "mvp", "statute", "statutes"})
# nouns of a court case a name premodifies ("the Toshakhana case"): the name labels the case, it does not act
_CASE_NOUNS = frozenset({"case", "cases", "reference", "references", "trial", "scandal", "verdict", "probe"})
# last words of named happenings that news names like bodies ("UEFA Champions League", "Operation Rising Lion"
# starts with its own word): a competition, an election or a summit does not act
_HAPPENINGS = frozenset({"cup", "championship", "championships", "tournament", "olympics", "paralympics", "slam",
                         "slams", "prix", "marathon", "festival", "election", "elections", "summit", "war"})
# nouns of happenings that head a headline's phrase the model reads as a body ("Gabon Military Coup"): a
# closed class of news events, checked on the span's head word only when it also ends the span
_EVENT_HEADS = frozenset({"coup", "coups", "attack", "attacks", "strike", "strikes", "invasion", "crisis",
                          "conflict", "protest", "protests", "bombing", "bombings", "massacre", "ceasefire",
                          "truce", "parade", "ceremony", "coronation", "funeral", "visit", "talks", "raid",
                          "raids", "offensive", "uprising", "earthquake", "flood", "floods", "explosion",
                          "shooting", "assassination", "killing", "crackdown", "unrest", "standoff", "launch",
                          "test", "drill", "drills", "rally", "riots", "siege", "shutdown", "hike"})
# suffixes of nouns made from verbs: one such capitalised word alone names an act or a rite ("The
# Recognition"), unless it is also a body's head noun ("Opposition", "Coalition", "Parliament")
# a day's or a month's name (or its abbreviation) that the model reads as a name when a page prints a date
_WEEKDAY_OR_MONTH = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|"
                               r"sept|oct|nov|dec)\.?$", re.I)
_DATE_AFTER = re.compile(r"^\.?,?\s*\d{1,4}\b")
_ACT_NOUN = re.compile(r"[a-z]{3,}(tion|sion|ment|ance|ence|ure|ing)$")
# a span that is one of these words alone is a fragment ("the Republic" of "the Republic of ...")
_LONE_GENERIC = frozenset({"republic", "committee", "ministry", "government", "party", "council", "kingdom",
                           "federation", "union", "army", "state", "states", "assembly", "court", "office",
                           "agency", "department", "navy", "command", "forces", "president", "minister", "military",
                           "motorway", "highway", "expressway", "nation",
                           # a private military company's common abbreviation ("Wagner PMC" cut short)
                           "pmc"})
# a merchant ship or boat named with its type prefix ("the MV Galaxy Leader", "M/L ..."): equipment, not an actor.
# A warship's prefix (INS, USS, BRP) stays: "INS Tabar sank the pirates' mother ship" is the navy acting
_VESSEL = re.compile(r"^(?:the\s+)?(?:M/[VLTSY]|MV|MT|MY|SS)\.?\s+[A-Z0-9]")
# nouns that make a name beside them a merchant vessel's or a line of infrastructure's ("the Galaxy Leader
# ship", "the ship, Galaxy Leader,", "the gas pipeline Baltic Connector"): equipment, not an actor. Warships
# (frigate, destroyer) are left out, as for _VESSEL
_VESSEL_NOUNS = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters",
                           "boat", "ferry", "yacht", "superyacht", "trawler", "bulker", "containership",
                           "pipeline", "pipelines", "cable", "interconnector"})
# what a vessel carries or does, between its name and the vessel noun ("X Cargo Ship", "X oil tanker")
_VESSEL_TRADES = frozenset({"cargo", "container", "oil", "gas", "car", "fishing", "merchant", "supply", "cruise",
                            "chemical", "lng", "bulk", "research", "crude", "product", "commercial"})
# the words that end a company's name ("Ray Car Carriers", "Galaxy Maritime Ltd"): a person's name never does
_COMPANY_ENDS = frozenset({"ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.", "corporation", "llc", "plc",
                           "gmbh", "holdings", "carriers", "shipping", "lines", "airlines", "airways", "logistics",
                           "maritime", "industries", "enterprises", "co.", "s.a.", "n.v.", "b.v.", "ag"})
# legal-form suffixes of companies (Turkish A.Ş., Italian S.p.A., Nordic AB/Oy/ASA, Dutch B.V./N.V., Russian
# PJSC/OJSC, Malaysian Sdn Bhd, ...): a name ending in one is an organisation, never a person
_LEGAL_FORMS = frozenset({"aş", "a.ş.", "a.s.", "as", "asa", "ab", "oy", "oyj", "bv", "nv", "sa", "s.a", "sas",
                          "sarl", "s.a.r.l.", "s.p.a.", "srl", "s.r.l.", "spa", "gmbh", "kg", "kgaa", "ag", "se",
                          "plc", "llc", "llp", "lp", "ltd", "inc", "corp", "pte", "pty", "bhd", "tbk", "jsc", "pjsc",
                          "ojsc", "cjsc", "ooo", "zao", "oao", "kk", "k.k.", "sp.", "z.o.o.", "a/s", "aps",
                          "s.l.", "sl", "ltda", "s.a.s.", "co", "cie"})
# verbs whose agent runs a vessel or a fleet as a business ("managed by X", "chartered by X")
_SHIP_BUSINESS = frozenset({"manage", "charter", "operate", "lease"})


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from dossier.resolve.names import _rules
    from dossier.resolve.resolver import sector_words

    _, titles, _ = _rules()
    words = set(titles)
    # every single-word role in the sector lexicon is a title when it stands before a name
    for _, pat in sector_words():
        words.update(w for w in re.findall(r"[a-z]+", pat.pattern.replace("\\b", " ").replace("\\ ", " "))
                     if len(w) > 2)
    words.update({"rear", "lieutenant", "brigadier", "sergeant", "corporal", "private", "commander", "chief",
                  "spokesperson", "spokesman", "spokeswoman", "envoy", "ayatollah", "emir", "sultan", "pope",
                  "cardinal", "bishop", "rabbi", "imam", "sheikh", "coach", "striker", "midfielder", "goalkeeper",
                  "defender", "substitute", "captain", "manager", "chairwoman", "chairperson", "mp", "mep",
                  "archbishop", "patriarch", "metropolitan", "advisor", "adviser", "counsellor", "counselor",
                  "congressman", "congresswoman", "lawmaker", "opposition", "former", "ex", "acting", "interim",
                  "then", "late", "new", "top", "senior", "junior", "assistant", "undersecretary", "special",
                  "caretaker", "councilor", "councillor",
                  # a party label before a name: "Democrat Hillary Clinton", "Republican John Thune"
                  "democrat", "republican",
                  # a party's joint leaders: "HDP Co-Chairs Figen Yüksekdağ and Selahattin Demirtaş"
                  "chair", "chairs", "co-chair", "co-chairs", "co-chairman", "co-chairwoman", "co-leader",
                  "co-leaders",
                  # a chief minister (India), a member of the Knesset: "CM Anandiben Patel", "MK Ayelet Sharon"
                  "cm", "mk"})
    words -= {"the", "of", "and", "state", "party", "court", "assembly", "police", "media", "army", "navy",
              "company", "bank", "university", "school", "government", "cabinet", "ministry", "council", "news",
              "agency", "newspaper", "television", "forces", "force", "air", "united", "nations", "foreign",
              "office", "department", "committee", "central", "politburo", "intelligence", "troops", "military",
              "parliament", "duma", "tribunal", "justice", "militia", "rebels", "rebel", "firm", "corporation"}
    return frozenset(words)


def _ordinary(word: str) -> bool:
    from dossier.resolve.context import ordinary_word

    return ordinary_word(word)


def _is_title_token(tok: Any) -> bool:
    low = tok.lower_.strip(".-")
    if _RANK.match(tok.text.lstrip("-")):
        return True
    return low in _title_words() or low in {"foreign", "defence", "defense", "interior", "prime", "vice", "deputy",
                                            "first", "supreme", "state", "general", "minister", "secretary"}


def entity_mentions(doc: Any, article: Article | str) -> list[Mention]:
    """The article's entity mentions after hygiene, in text order."""
    article_id = article if isinstance(article, str) else article.id
    outlet = None if isinstance(article, str) else article.outlet
    text = doc_text(doc)
    starts, _ = sentences(doc)
    lines = _line_index(text)
    ents = _regional_demonyms(_glued_names(_hyphenated_names([e for e in doc_ents(doc) if e.label_ not in NUMERIC_LABELS],
                                                               doc), doc), doc)
    ents = _titles_before_names(_untagged_titled_names(_name_particles(_newspapers(_document_of(ents, doc), doc), doc),
                                                       doc), doc)
    ents = _glued_names(ents, doc)  # again: names the two passes above found untagged may be cut the same way
    ents = _warships(_both_koreas(_styled_names(_first_lady(ents, doc), doc), doc), doc)
    spans = _name_run_on(_merge_dangling(_body_repairs(ents, doc), doc), doc)
    heading_only = _heading_names(doc, spans, lines, text)
    authors = byline_names(text, None if isinstance(article, str) else article.author)
    if authors:
        # a surname alone is the author's only when no one else the page names bears it ("By Jack Kim" over a
        # report that calls Kim Jong Un "Kim")
        others = {w for e in spans if e[0] is not None and e[1] == "PERSON" and not _authored(e[0].text, authors)
                  for w in e[0].text.split()}
        authors = frozenset(a for a in authors if " " in a or a not in others)
    # a name the article once calls a merchant vessel or a pipeline is one wherever it recurs
    vessels = {_bare(e[0].text) for e in spans if e[0] is not None and _vessel_label(*e) and _vessel_context(e[0])}
    # a name the article once makes a craft someone boards or steps off, or that lands ("stepped off X", "X
    # touched down"), is that aircraft or ship wherever it recurs
    vessels |= {_bare(e[0].text) for e in spans if e[0] is not None and _vessel_label(*e) and e[1] != "PERSON"
                and _ridden(e[0])}
    documents = _called_documents(doc, spans, text)
    # a name the article once puts before a made thing's noun ("the Vision Pro headset") is that product
    products = {_bare(e[0].text) for e in spans if e[0] is not None and not e[2] and e[1] in ("ORG", "PRODUCT")
                and _product_context(e[0])}
    # a name the article once writes after a model designation ("the RQ-4 Global Hawk", "an MQ-4C Triton") is that
    # model wherever it recurs, with or without the designation
    products |= _designated_models(text)
    # a name the article once calls a firm or a newspaper ("shipping firm X", "the owners X") is a body wherever
    # it recurs ("X disputed the claim")
    bodies = {_bare(e[0].text) for e in spans if e[0] is not None and e[1] == "PERSON" and not e[2]
              and (len(e[0]) > 1 or _after_body_noun(e[0])) and _described_as_body(e[0])}
    out: list[Mention] = []
    storms: set[str] = set()
    described: set[int] = set()  # starts of person-tagged names this module made bodies
    for ent in spans:
        span, label, kb_id = ent
        if span is None:
            continue
        line_start, line_end = lines(span.start_char)
        line = text[line_start:line_end]
        reason = _drop_reason(span, label, kb_id, line, line_start, text, outlet)
        if reason is None:
            reason = _credit_reason(span, label, line, line_start, text, outlet)
        if reason is None:
            reason = _describing_reason(span, label, kb_id, line, line_start, text)
        if reason is None and span.text in heading_only and not kb_id:
            reason = "heading only"
        if reason is None and not kb_id and label in ("PERSON", "ORG", "EVENT", "NORP") and _HOLIDAY.fullmatch(_bare(span.text)):
            reason = "a feast or holiday, not an actor"  # "during Eid al-Fitr" tagged PERSON
        if reason is None and label == "PERSON" and authors and _authored(span.text, authors):
            reason = "the report's author, named in its byline"  # "By Jane Doe" ... "Jane Doe covers the courts."
        if reason is None and label in ("ORG", "PERSON", "WORK_OF_ART") and _own_outlet_named(span, line, line_start,
                                                                                              text, outlet):
            reason = "the report's own outlet"  # "For more stories visit X.", "confirmed to X" in an X report
        if reason is None and label in ("ORG", "PERSON") and outlet and _own_journalist(span, text, outlet):
            reason = "the report's own outlet and its journalist"  # "told CBS News' Jane Roe" in a CBS News report
        if reason is None and _vessel_label(span, label, kb_id) and (
                _bare(span.text) in vessels or _misspelt_vessel(_bare(span.text), vessels)):
            reason = "a vessel or a pipeline"
        if reason is None and documents and not kb_id and label in ("ORG", "PERSON", "LAW", "EVENT", "PRODUCT") \
                and (_bare(span.text) in documents or span[0].text in documents and span[0].text.isupper()):
            reason = "an agreement or a plan the article calls one, not an actor"  # "RCEP is a trade agreement"
        if reason is None and products and not kb_id and label in ("ORG", "PERSON", "PRODUCT") and (
                _bare(span.text) in products or (k := _possessive_at(span)) is not None
                and _bare(span[k + 1:].text) in products):
            reason = "a product, not an actor"  # "Apple's Vision Pro" after "the Vision Pro headset"
        if reason is None and not kb_id and label in ("ORG", "PERSON", "PRODUCT") and _one_made_thing(span):
            reason = "a thing named by its make (a vehicle, a product), not an actor"  # "a white Fiat"
        if reason:
            if reason == "a storm's name":
                storms.add(span[-1].text)
            continue
        span, label, owner = _owned_person(span, label)
        span, label, role_tokens = _split_title(span, label)
        if span is None:
            continue
        role_tokens = owner + role_tokens
        if label == "PERSON" and len(span) == 1 and not kb_id and _demonym_read_as_name(span[0]):
            label = "NORP"  # "Azerbaijani foreign ministry spokesperson X": the model read the adjective as a name
        kind = _kind(span, label)
        if kb_id and label == "ORG" and kind == "place" and _known_body(kb_id):
            kind = "organisation"  # "Islamic State West Africa Province": a body the knowledge base knows by this name
        if label == "PERSON" and kind == "person" and not kb_id and (_bare(span.text) in bodies
                                                                    or _armed_or_state_body(span.text)):
            kind = "organisation"
        if label == "PERSON" and kind == "organisation":
            label = "ORG"
            described.add(span.start_char)  # a body by its own words ("the X militia"): no person's name after all
        elif label == "ORG" and kind == "organisation" and _after_body_noun(span):
            described.add(span.start_char)  # "the far-right party X": a body, however much X looks like a name
        if label == "ORG" and kind == "person" and not kb_id:
            label = "PERSON"
        if label in ("PERSON", "ORG") and kind == "place":
            label = "FAC"  # "Lyon's Groupama Stadium" tagged PERSON: a site, resolved as a place
        if label in ("GPE", "LOC") and not kb_id and span.end < len(doc) and \
                doc[span.end].lemma_.lower() in _ARMED_MEMBERS and not _place_or_known(span.text):
            label, kind = "ORG", "group"  # "M23 rebels" tagged GPE: a name no gazetteer knows, before its fighters
        if kind == "place":
            span = _after_owner(span)  # "Stockholm's Friends Arena" -> "Friends Arena"
        relabel = _relabel(span, label, kb_id)
        if relabel is not None:
            label, kind = relabel
        if label in ("ORG", "PERSON") and not kb_id and span.text.isupper() and kind != "place" \
                and _in_dateline(line, line_start, span.start_char):
            label, kind = "GPE", "place"  # "ST. PETERSBURG, Russia >> ...": a dateline names where it was filed
        end_char, name = span.end_char, span.text
        if len(span[-1].text) > 3 and span[-1].text[-2:] in ("‘s", "’s", "'s") and span[-1].text[-3].isalpha() \
                and not kb_id:
            # "China‘s" as one token: a curly quote read as a letter; the possessive is no part of the name
            end_char, name = end_char - 2, name[:-2]
            if label in ("ORG", "PERSON", "NORP") and len(span) == 1:
                from dossier.resolve.places import is_country

                if is_country(name):
                    label, kind = "GPE", "country"
        if label == "PERSON" and len(span) > 1 and not kb_id and (glued := _GLUED_TITLE.match(span[-1].text)):
            # "Kim JongMr. Kim's ...": the next sentence's title run into the name when lines were joined
            end_char, name = end_char - len(glued.group(2)), name[:-len(glued.group(2))]
        m = Mention(article_id, span.start_char, end_char, name, label,
                    sentence=max(0, bisect_right(starts, span.start) - 1), kind=kind)
        if kb_id:
            m.actor_id = kb_id
        if _in_dateline(line, line_start, span.start_char):
            m.evidence = "dateline"
        elif label in ("GPE", "LOC") and kind != "country" and _title_dateline(span, line, line_start):
            # "London - The coast guard said ...": where filed, not who; "Quito, Ecuador – ..." names the
            # country as a wire dateline does, and places the report as one
            m.evidence = "dateline" if _country_after(span, line, line_start) else TITLE_DATELINE
        elif label == "GPE" and kind != "country" and _locative(span):
            m.evidence = LOCATIVE  # "talks in Moscow", "Stockholm's arena": where, not who
        role = _role(span, role_tokens, kind)
        if role:
            m.role = role
        out.append(m)
    _places_by_phrase(doc, out)
    out = _join_cut_bodies(out, text)
    named_bodies = {m.text for m in out if m.start in described}
    described |= {m.start for m in out if m.text in named_bodies}
    _surnames_as_people(out, text, described)
    _initials_as_people(out)
    out.extend(_short_forms(doc, out, article_id, starts))
    out.extend(_acronym_mentions(doc, out, article_id, starts))
    out.extend(_the_korea_named_by_its_half(doc, out, article_id, starts))
    out.extend(_unlabelled_countries(doc, out, article_id, starts))
    if storms:  # "Milton" after "Hurricane Milton"
        out = [m for m in out if m.text not in storms]
    out.sort(key=lambda m: m.start)
    return out


# a lower-case phrase spelt out with its acronym ("liquefied natural gas (LNG)"): the acronym names a thing, since
# English capitalises the names of bodies
_LOWER_DEFINITION = re.compile(r"\b((?:[a-z][a-z\-]+\s+){0,5}[a-z][a-z\-]+)\s*\(\s*([A-Z]{2,6}s?)\s*\)")
# the bracketed short form every match of it ends in: most texts have none, and the definition's pattern tries up
# to six words at every word of the text (a millisecond a bench article) before it finds no bracket
_BRACKETED_SHORT = re.compile(r"\(\s*[A-Z]{2,6}s?\s*\)")
_DOCUMENT_WORDS = _DOCUMENTS | {"pact", "deal", "partnership", "framework", "agenda", "scheme", "programme",
                                 "program", "strategy", "corridor", "system", "mechanism", "format", "formula"}


# what only a text undergoes: "signed the USMCA", "ratified CUSMA", "renegotiate NAFTA"
_TREATY_VERBS = frozenset({"sign", "ratify", "renegotiate", "scrap", "terminate", "amend"})


_GLUED_TITLE = re.compile(r"^([A-Z][a-z]+)(Mr|Mrs|Ms|Dr)$")


def _called_documents(doc: Any, spans: list, text: str) -> set[str]:
    """Names the article calls an agreement, a plan or a system ("RCEP is a proposed trade agreement", "the
    USMCA, a trade pact, ..."), with the long form an acronym of theirs stands for: none of them acts."""
    from dossier.resolve.context import acronyms

    out: set[str] = set()
    # names that do something somewhere in the article ("The SDF declared ...") are bodies, whatever else a
    # stray line says of them ("Strategic plan to implement SDF ..." in a linked headline)
    doers = {_bare(span.text) for span, _, _ in spans if span is not None and span.root.dep_ == "nsubj"
             and span.root.head.pos_ == "VERB"}
    for span, label, kb_id in spans:
        if span is None or kb_id or label not in ("ORG", "PERSON", "LAW", "EVENT", "PRODUCT"):
            continue
        root = span.root
        said = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            said += [c for c in root.head.children if c.dep_ == "attr"]
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in _DOCUMENT_WORDS and not t.is_title for t in said):
            out.add(_bare(span.text))
        elif _bare(span.text) in doers:
            continue
        elif root.dep_ == "dobj" and root.head.lemma_.lower() in _TREATY_VERBS and label != "PERSON":
            out.add(_bare(span.text))  # "signed the USMCA", "Trump renegotiated NAFTA": what is signed is a text
        elif root.dep_ == "compound" and _deal_named(span):
            out.add(_bare(span.text))  # "the USMCA deal", "the CUSMA agreement", "the CETA trade deal"
    for m in _LOWER_DEFINITION.finditer(text) if _BRACKETED_SHORT.search(text) else ():
        words, short = m.group(1).split(), m.group(2)
        letters = short[:-1] if short.endswith("s") else short
        for k in range(1, len(words) + 1):
            run = [w for w in words[-k:] if w not in ("of", "and", "the", "for")]
            if "".join(w[0] for w in re.split(r"[\s\-]+", " ".join(run)) if w).upper() == letters:
                out.add(short)  # "liquefied natural gas (LNG)", "offshore patrol vessel (OPV)": a common noun
                break
    # an acronym the model left untagged: "RCEP is a proposed trade agreement" (only subjects built as Tokens)
    for tok in (doc[i] for i, dep in enumerate(columns(doc).dep) if dep == "nsubj"):
        if tok.head.lemma_ == "be" and tok.pos_ == "PROPN" and tok.text.isupper() \
                and len(tok.text) > 1 and any(c.dep_ == "attr" and c.pos_ == "NOUN" and not c.is_title
                                              and c.lemma_.lower() in _DOCUMENT_WORDS for c in tok.head.children):
            out.add(tok.text)
    from dossier.resolve.context import _spells

    shorts = {n for n in out if n.isupper() and 2 <= len(n) <= 7}
    for span, label, kb_id in spans:  # "a balanced Regional Comprehensive Economic Partnership. RCEP is ...":
        # the name whose initials an acronym called a document spells, where no bracket joins them
        if span is not None and not kb_id and label == "ORG" and len(span) > 1 \
                and any(_spells(short, _bare(span.text).split()) for short in shorts):
            out.add(_bare(span.text))
    if out:
        for short, long in acronyms(text).items():
            if short in out or long in out or _bare(long) in out:
                out.update({short, long, _bare(long)})
    return out


def _deal_named(span: Any) -> bool:
    """The name premodifies an agreement's noun, right after it or after lower-case words of its kind ("the USMCA
    deal", "the CETA trade deal", "the JCPOA nuclear accord"): the name is the agreement's."""
    node = span.root
    for _ in range(3):
        if node.dep_ == "compound" and node.head.i > node.i:
            node = node.head
        else:
            break
    between = span.doc[span.end:node.i]
    return node.i >= span.end and node.pos_ == "NOUN" and not node.is_title and \
        node.lemma_.lower() in ("deal", "pact", "treaty", "accord", "agreement") and \
        len(between) <= 2 and all(t.is_lower or t.text == "-" for t in between)


# nouns of made things a model's name premodifies ("the Vision Pro headset", "a Galaxy S24 phone")
_PRODUCT_NOUNS = frozenset({"headset", "headsets", "phone", "phones", "smartphone", "smartphones", "laptop", "laptops",
                            "tablet", "tablets", "console", "consoles", "device", "devices", "handset", "handsets",
                            "smartwatch", "chip", "chips", "processor", "processors", "car", "cars", "sedan", "suv",
                            "truck", "trucks", "software", "app", "browser", "chatbot", "vaccine", "vaccines"})


# a model's designation, a few letters, a hyphen and a number ("RQ-4", "MQ-4C", "F-35", "Su-57", "MiG-29"), and the
# capitalised words of the model's name after it; "G-7" and "P-5" name groups of states, not models
_DESIGNATED = re.compile(r"(?<![\w-])(?!G-|P-)([A-Z][A-Za-z]{0,2}-\d{1,4}[A-Z]{0,2})[ \t]+"
                         r"((?:[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){0,2})\b")


def _designated_models(text: str) -> set[str]:
    """The names the text writes after a model's designation ("an RQ-4 Global Hawk", "the MQ-4C Triton"), each
    with and without the designation: made things (an aircraft, a missile, a vehicle), not actors. A name of
    words the knowledge base knows as a body or a country is left alone."""
    out: set[str] = set()
    for m in _DESIGNATED.finditer(text):
        name = m.group(2)
        if _place_or_known(name):
            continue
        out.update({name, f"{m.group(1)} {name}"})
    return out


def _product_context(span: Any) -> bool:
    """Two or more capitalised words right before a made thing's noun that the parse makes their head ("the
    Vision Pro headset"): a product's name. One word before it is more often the maker ("an Apple headset")."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the" and t.tag_ != "POS"]
    if len(words) < 2 or span.end >= len(doc) or words[-1].lower_ in _COMPANY_ENDS:
        return False
    # "the Vision Pro augmented reality headset": lower-case modifiers between the name and the noun (the parse
    # may read "augmented" as a verb, so the words' shape decides, not their heads); "X sells phones" has a verb
    for j in range(span.end, min(len(doc), span.end + 4)):
        tok = doc[j]
        if not tok.is_lower or tok.pos_ in ("DET", "ADP", "PRON", "AUX", "CCONJ") or tok.tag_ in ("VBZ", "VBP", "MD"):
            return False
        if tok.lower_ in _PRODUCT_NOUNS:
            return True
    return False


def _vessel_label(span: Any, label: str, kb_id: str) -> bool:
    """A label a vessel's name gets: a body, a person, a site or a thing, or a place the gazetteer does not
    know ("the Silver Harbour ship" tagged GPE); never a known entity, a country or a people."""
    if kb_id or span is None:
        return False
    if label in ("GPE", "LOC"):
        return not _place_or_known(_bare(span.text))
    return label in ("ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART")


def _misspelt_vessel(name: str, vessels: set[str]) -> bool:
    """A name of two or more words one letter away from a vessel's name the article gives ("Stena Imperio" beside
    "the tanker Stena Impero"): the same ship misspelt. Its first word is the vessel's, so the owner ("Stena
    Bulk") is never taken for it."""
    if len(name) < 8 or " " not in name:
        return False
    from rapidfuzz.distance import Levenshtein

    return any(v.split()[0] == name.split()[0] and Levenshtein.distance(name, v) <= 1 for v in vessels)


def _bare(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


_BYLINE_NAME = r"[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3}"
_BYLINE_LINE = re.compile(rf"^[ \t]*[Bb]y[ \t]+(?P<names>{_BYLINE_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_BYLINE_NAME})*)[ \t]*$",
                          re.M)


# a byline the cleaner ran into the lead, before the wire's dateline: "... By Jane Doe and John Roe KIEV, Feb 22"
_BYLINE_BEFORE_DATELINE = re.compile(rf"\bBy[ \t]+(?P<names>{_BYLINE_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_BYLINE_NAME})*)"
                                     r"[ \t]+(?=[A-Z][A-Z.'\-]{2,}(?:[ \t][A-Z][A-Z.'\-]+)*,)")
# the reporters' names run into an agency's dateline, at the start of a line or after a "By" glued to a caption
# ("Jane Roe and John Doe PANAMA CITY (Reuters) – ...", "... in Panama CityBy Jane Roe PANAMA CITY (Reuters) –"):
# the agency's credit in brackets and the dash say it is a dateline
NAMES_BEFORE_AGENCY_DATELINE = re.compile(
    rf"(?m)(?:^[ \t]*|(?<=[a-z])By[ \t]+|\bBy[ \t]+)(?P<names>{_BYLINE_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_BYLINE_NAME})*)[ \t]+"
    r"(?=[A-Z][A-Z.'\-]{2,}(?:[ \t][A-Z][A-Z.'\-]+)*(?:,[^()\n]{0,30})?[ \t]*\([A-Za-z .]+\)[ \t]*[-–—])")
# the bracketed credit and dash every match of it looks ahead to: a text (or line) without one has no such byline,
# and this is found by a scan for "(", not by trying the names at every line and every "By"
AGENCY_CREDIT_DASH = re.compile(r"\([A-Za-z .]+\)[ \t]*[-–—]")


# a byline line without "By" that credits the wire the writers work for: "Omar Haddad and Jane Doe Associated Press",
# "Jane Doe, Reuters"
_BYLINE_AGENCY_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<names>{_BYLINE_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_BYLINE_NAME})*)[ \t]*,?[ \t]+"
    r"(?:The[ \t]+)?(?:Associated[ \t]+Press|AP|Reuters|AFP|Agence[ \t]+France-Presse|Bloomberg|dpa|EFE|"
    r"Anadolu(?:[ \t]+Agency)?)[ \t]*$")


def _authored(name: str, authors: frozenset[str]) -> bool:
    """An author's name, or a span the tagger ran on from it into the dateline ("Tom Kessler LISBON")."""
    bare = _bare(name)
    return bare in authors or any(" " in a and bare.startswith(a + " ") and bare[len(a) + 1:].isupper()
                                  for a in authors)


def byline_names(text: str, author: str | None = None) -> frozenset[str]:
    """The authors a byline credits ("By Jane Doe and John Roe" on a line of its own or run into the wire's
    dateline, or the author the cleaner took from the page): their full names and surnames. Their other
    mentions (a repeated name, "Jane Doe covers the White House.") are the page's, not the news's."""
    out: set[str] = set()
    agency_dateline = AGENCY_CREDIT_DASH.search(text) is not None
    found = [m["names"] for pat in (_BYLINE_LINE, _BYLINE_BEFORE_DATELINE, NAMES_BEFORE_AGENCY_DATELINE,
                                    _BYLINE_AGENCY_LINE)
             if agency_dateline or pat is not NAMES_BEFORE_AGENCY_DATELINE
             for m in pat.finditer(text)]
    if author and re.fullmatch(rf"{_BYLINE_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_BYLINE_NAME})*", author.strip()):
        found.append(author.strip())
    for names in found:
        for name in re.split(r"\s*(?:,|\band\b|&)\s*", names):
            if len(name.split()) >= 2:
                out.update((name, name.split()[-1]))
    return frozenset(out)


# words an outlet adds for an edition of itself: "Business Insider South Africa" is Business Insider's
_EDITION = re.compile(r"\s+(?:US|UK|U\.S\.|India|Australia|South Africa|Africa|Canada|Asia|Europe|Middle East|"
                      r"International|Online|Digital|Edition|News)$")
# where a page names its own outlet: a promotion or a source speaking to it
_OWN_OUTLET_BEFORE = re.compile(r"\b(?:visit|follow|subscribe\s+to|read\s+more\s+(?:on|at)|confirmed\s+to|"
                                r"told|said\s+to|speaking\s+to|spoke\s+to)\s+(?:the\s+)?$", re.I)


def _own_outlet_named(span: Any, line: str, line_start: int, text: str, outlet: str | None) -> bool:
    """The article's own outlet, or its edition's core name ("Business Insider" for "Business Insider South
    Africa"), named as a masthead line of a few words, in a promotion ("For more stories visit X") or as whom a
    source spoke to ("the party confirmed to X"): GUIDELINES, never the outlet that reports it. Elsewhere (a
    story about the outlet itself) it stays."""
    if not outlet:
        return False
    name = _bare(span.text).lower().strip()
    core = _EDITION.sub("", _bare(outlet).strip())
    if len(core) < 3 or name not in (_bare(outlet).lower().strip(), core.lower()):
        return False
    if len(line.split()) <= 4:
        return True
    if re.search(r"\s[-–—|]\s*$", text[max(line_start, span.start_char - 4):span.start_char]) and \
            re.match(r"[ \t]*(?:International|Online|News)?[ \t]*(?:\n|$)", text[span.end_char:span.end_char + 20]):
        return True  # a credit closing a caption line: "... in Tel Aviv, June 26, 2016 - Sputnik International"
    return bool(_OWN_OUTLET_BEFORE.search(text[max(line_start, span.start_char - 30):span.start_char]))


def _one_made_thing(span: Any) -> bool:
    """"a white Fiat", "a large black Scania", "a Ford Focus": a name after the indefinite article (and lower-case
    adjectives only), heading its phrase, is one thing of that make; a body or a person is not counted so. Not
    "a Reuters reporter" (the name describes the noun after it)."""
    if any(t.is_lower for t in span):
        return False  # "a Center for International Maritime Security mission": a body's name, not a make
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "ADJ" and span.doc[i].is_lower:
        i -= 1
    if i < 0 or span.doc[i].lower_ not in ("a", "an"):
        return False
    j = span.end
    if j < len(span.doc) and span.doc[j].text == "(":  # "a Harbour Line (HL) ferry": past the acronym
        while j < len(span.doc) and span.doc[j].text != ")":
            j += 1
        j += 1
    nxt = span.doc[j] if j < len(span.doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")


def _own_journalist(span: Any, text: str, outlet: str) -> bool:
    """The report's own outlet in the possessive before a person's name, or that person: "told CBS News' Jane Roe",
    "As CBS News' Jane Roe reports" in a CBS News report credit its reporter, neither acts in the news."""
    own = re.escape(_bare(outlet).strip())
    if len(own) < 3:
        return False
    before = text[max(0, span.start_char - len(outlet) - 4):span.start_char]
    if re.search(rf"(?i)\b{own}['’]s?\s+$", before) or re.match(rf"(?i){own}['’]s?\s+[A-Z]", span.text):
        return True  # the journalist (the parse may take the outlet's possessive into the name)
    return bool(re.fullmatch(own, _bare(span.text).strip(), re.I)) and \
        bool(re.match(r"['’]s?\s+[A-Z][\w.-]+", text[span.end_char:span.end_char + 60]))


_KOREAS = {"north": ("PRK", "prk"), "south": ("KOR", "kor")}
_KOREA_HALF = "the Korea a report naming both calls by its half"


# country names that are also given names or common words: never added without the tagger's label
_NAME_LIKE_COUNTRIES = frozenset({"Jordan", "Chad", "Georgia", "Turkey", "Israel", "Guinea", "Mali", "Niger",
                                  "Cuba", "Oman", "Peru", "China", "Japan", "Lebanon", "Panama"})


def _unlabelled_countries(doc: Any, mentions: list[Mention], article_id: str, starts: list[int]) -> list[Mention]:
    """"Bahrain ordered the Lebanese ambassador to leave": a country's one-word name that the tagger left
    unlabelled as the subject opening a sentence, right before its verb, is the country all the same. Not a name
    that is also a person's or a word's (``_NAME_LIKE_COUNTRIES``)."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for tok in doc:
        # (only the subject that opens its sentence, right before its verb: where the tagger misses the name)
        if tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.text in _NAME_LIKE_COUNTRIES or \
                tok.pos_ not in ("NOUN", "PROPN") or tok.text not in _country_names() or \
                tok.i != tok.sent.start or tok.dep_ != "nsubj" or tok.head.i != tok.i + 1:
            continue
        if any(s < tok.idx + len(tok) and tok.idx < e for s, e in taken):
            continue
        out.append(Mention(article_id, tok.idx, tok.idx + len(tok), tok.text, "GPE",
                           sentence=max(0, bisect_right(starts, tok.i) - 1), kind="country"))
    return out


def _the_korea_named_by_its_half(doc: Any, mentions: list[Mention], article_id: str, starts: list[int]
                                 ) -> list[Mention]:
    """"The JCS urged the North to stop": in a report that names both Koreas, "the North" and "the South" (a
    capital, no noun after it) are the two states, as Korean and wire usage has it; the parse leaves them
    unnamed; so does a report on North Korea filed from Seoul or citing Yonhap. Not in any other report ("the
    North" of a country, a region or a war)."""
    text = doc_text(doc)
    halves = [m for m in mentions
              if m.text in ("North", "South") and text[max(0, m.start - 4):m.start].lower() == "the "]
    both = re.search(r"\b(?:North and South|South and North) Korea|\btwo Koreas\b", text)
    if not both and not (re.search(r"\bNorth Korea|\bPyongyang\b|\bDPRK\b", text) and
                         re.search(r"\bSouth Korea|\bSeoul\b|\bSEOUL\b|\bYonhap\b", text)):
        # "rebels attacked the South", "the Middle East and North and Central Africa": a region, whatever Korea
        # the word alone may name
        korean = re.search(r"\bKorea|\bPyongyang\b|\bSeoul\b|\bSEOUL\b|\bDPRK\b|\bYonhap\b|\bKCNA\b", text)
        halves += [m for m in mentions if m.text in ("North", "South") and m not in halves and not korean]
        for m in halves:
            m.actor_id, m.kind, m.evidence = None, "place", COMPASS_REGION
        return []
    for m in halves:  # the tagger's location "the North": the state
        if m.label == "LOC" and not re.match(r"\s+(?:of|[A-Z])", text[m.end:m.end + 4]):
            m.country, m.actor_id = _KOREAS[m.text.lower()]
            m.label, m.kind, m.evidence = "GPE", "country", _KOREA_HALF
    taken = {(m.start, m.end) for m in mentions}
    out: list[Mention] = []
    for tok in doc:
        if tok.text not in ("North", "South") or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.ent_type_:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.is_title and nxt.is_alpha):
            continue  # "the North Korean army", "the South China Sea", "the North Atlantic"
        if (tok.idx, tok.idx + len(tok)) in taken:
            continue
        country, kb_id = _KOREAS[tok.lower_]
        out.append(Mention(article_id=article_id, start=tok.idx, end=tok.idx + len(tok), text=tok.text, label="GPE",
                           sentence=max(0, bisect_right(starts, tok.i) - 1), actor_id=kb_id, country=country,
                           kind="country", evidence=_KOREA_HALF))
    return out


def _initials_as_people(mentions: list[Mention]) -> None:
    """A short name of capitals tagged as a body whose letters are the initials of a person the article names in
    full ("MbS" beside "Mohammed bin Salman", "AMLO" beside "Andres Manuel Lopez Obrador"): that person."""
    from dossier.resolve.names import INITIALISM, person_initials

    initials = {person_initials(m.text) for m in mentions if m.label == "PERSON"} - {""}
    for m in mentions:
        if m.label == "ORG" and not m.actor_id and INITIALISM.fullmatch(m.text) and m.text.lower() in initials:
            m.label, m.kind = "PERSON", "person"


def _join_cut_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """Two names side by side that the article writes elsewhere as one body's name ("Kataib" + "Hezbollah" in
    "Kataib Hezbollah supporters", after "the Kataib Hezbollah militia"): one mention of that body, not a
    fragment and another body."""
    whole = {m.text: m for m in mentions if m.label == "ORG" and " " in m.text}
    if not whole:
        return mentions
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.label in ("ORG", "PERSON", "NORP") and nxt.start - m.end == 1 \
                and text[m.end] == " " and (body := whole.get(text[m.start:nxt.end])) is not None \
                and m.sentence == nxt.sentence:
            m.end, m.text, m.label, m.kind, m.actor_id = nxt.end, body.text, body.label, body.kind, body.actor_id
            skip.add(i + 1)
        out.append(m)
    return out


def _surnames_as_people(mentions: list[Mention], text: str = "", bodies: set[int] = frozenset()) -> None:
    """A one-word name tagged a body that is the last word of a person's full name in the same
    article ("Wagner" after "Thérèse Kayikwamba Wagner") is that person, even where a known body has the word ("Wagner")."""
    from dossier.resolve.names import name_key

    # the article's acronyms: a name whose initials the article uses as a name is a body's ("Barisan Nasional" and
    # "BN"), not a person's
    acronyms = {m.text for m in mentions if m.text.isupper() and 2 <= len(m.text) <= 6}

    def spelt_out(name: str) -> bool:
        initials = "".join(w[0] for w in name.split())
        return initials in acronyms or bool(re.search(re.escape(name) + r"\s*\(\s*" + initials + r"\s*\)", text))

    from dossier.resolve.kb import load_kb

    entries = load_kb().entries
    for m in mentions:
        if m.label == "ORG" and not m.actor_id and _person_shaped(m.text) and not spelt_out(m.text) \
                and m.start not in bodies:
            m.label, m.kind = "PERSON", "person"  # "PTI's Shireen Mazari" tagged ORG: two names no lexicon has
        elif m.label == "ORG" and m.actor_id and getattr(entries.get(m.actor_id), "kind", None) == "person":
            m.label, m.kind = "PERSON", "person"  # "Le Drian" tagged a body: the knowledge base's person
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}
    # a given name alone ("Imran" after "Imran Khan") is the person too, in names written given name first
    given = {m.text.split()[0] for m in mentions if m.label == "PERSON" and 2 <= len(m.text.split()) <= 3
             and (k := name_key(m.text)) is not None and not k.syllabic and m.text.split()[0][:1].isupper()}
    for m in mentions:
        if m.label == "ORG" and " " not in m.text and m.text[:1].isupper() and not m.text.isupper() and (
                m.text in surnames or m.text in given and not m.actor_id and not _place_or_known(m.text)):
            m.label, m.kind, m.actor_id = "PERSON", "person", None
        elif m.label == "ORG" and " " not in m.text and m.text.isalpha() and m.text.istitle() and not m.actor_id \
                and _KIN_BEFORE.search(text, max(0, m.start - 24), m.start) and not _place_or_known(m.text):
            m.label, m.kind = "PERSON", "person"  # "his daughter, Veronica": a relative's given name, no body


# a relative's noun right before a name ("Duterte's daughter, Veronica", "his wife Melania")
_KIN_BEFORE = re.compile(r"\b(?:daughter|son|wife|husband|widow|widower|brother|sister|father|mother|nephew|niece|"
                         r"cousin|grandson|granddaughter|uncle|aunt|stepson|stepdaughter)s?,?\s+$")


def _person_shaped(name: str) -> bool:
    """Two capitalised words, neither an everyday English word nor a name any lexicon or the gazetteer knows
    ("Shireen Mazari"; not "Qatar Airways", "Islamic State", "Meta Quest"): a person's name."""
    words = name.split()
    return len(words) == 2 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() and len(w) > 2
                                   and not _ordinary(w) and not _place_or_known(w) for w in words) \
        and not _place_or_known(name)


# -- spans ----------------------------------------------------------------------------------

# lower-case particles inside a person's name ("Ursula von der Leyen", "Charles de Gaulle")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "ter",
                             "zu", "le", "la"})


def _name_particles(ents: list, doc: Any) -> list:
    """A person's name the model cut at a lower-case particle ("Ursula von" + "der" + "Leyen" tagged a place):
    the particles and the capitalised word after them are the rest of the name, whatever the model made of
    that word. Only lower-case particles between a person's tagged words and a capitalised word."""
    from spacy.tokens import Span

    out: list = []
    skip_to = -1
    for n, e in enumerate(ents):
        if e.start < skip_to:
            continue
        if e.label_ != "PERSON" or e.ent_id_:
            out.append(e)
            continue
        k = e.end
        while k < len(doc) and k - e.end < 3 and doc[k].text in _NAME_PARTICLES:
            k += 1
        tail = e[-1].text in _NAME_PARTICLES and len(e) > 1
        if k < len(doc) and (k > e.end or tail) and doc[k].is_alpha and doc[k].is_title and len(doc[k].text) > 2 \
                and doc[k - 1].whitespace_ and not _ordinary(doc[k].text) \
                and not any(x.start < k + 1 and x.end > k + 1 for x in ents):
            out.append(Span(doc, e.start, k + 1, label="PERSON"))
            skip_to = k + 1
            continue
        out.append(e)
    return out


# a document's noun before "of" and its author's name ("Statement of European Council ...")
_DOCUMENT_HEADS = frozenset({"statement", "communiqué", "communique", "declaration", "letter", "remarks", "readout",
                             "press release", "transcript"})


def _document_of(ents: list, doc: Any) -> list:
    """"Statement of European Council" tagged as one body: the document is no actor, its author is; the span
    keeps the author's name after "of"."""
    from spacy.tokens import Span

    out: list = []
    for e in ents:
        if e.label_ == "ORG" and len(e) >= 2 and e[0].lower_ in _DOCUMENT_HEADS and e[1].lower_ == "of" \
                and not e.ent_id_:
            k = e.start + 2 + (1 if len(e) > 2 and e[2].lower_ == "the" else 0)
            if k >= e.end:
                continue  # "Statement of" tagged alone: the author's name after it is tagged on its own
            if k < e.end and (_in_lexicon(doc[k:e.end].text) or _institution_head(doc[e.end - 1].lower_)):
                out.append(Span(doc, k, e.end, label="ORG"))  # "Statement of the Foreign Ministry"
                continue
        out.append(e)
    return out


# the words that end a newspaper's name after a place ("The Washington Post", "the Moscow Times")
NEWSPAPER_HEADS = frozenset({"Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Guardian",
                             "Chronicle", "Observer", "Examiner", "Inquirer", "Globe"})


def _newspapers(ents: list, doc: Any) -> list:
    """A place the model tagged alone before a newspaper's word ("Washington" + "Post"): the newspaper,
    a body, never the place or the government seated there."""
    from spacy.tokens import Span

    out: list = []
    for e in ents:
        if e.label_ in ("GPE", "LOC") and e.end < len(doc) and doc[e.end].text in NEWSPAPER_HEADS \
                and e[-1].whitespace_ and not doc[e.end].ent_type_:
            out.append(Span(doc, e.start, e.end + 1, label="ORG"))
        else:
            out.append(e)
    return out


def _first_lady(ents: list, doc: Any) -> list:
    """"First Lady Melania Trump", which the model reads as an ordinal, "Lady Melania" and "Trump": one person
    with the title "First Lady" (``_split_title`` takes the title off)."""
    from spacy.tokens import Span

    out: list = []
    skip = -1
    for n, e in enumerate(ents):
        if n == skip:
            continue
        if e.label_ == "PERSON" and e.start > 0 and e[0].lower_ in ("lady", "gentleman") \
                and doc[e.start - 1].lower_ == "first" and doc[e.start - 1].is_title:
            end = e.end
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if nxt is not None and nxt.label_ == "PERSON" and nxt.start == e.end and e[-1].whitespace_:
                end, skip = nxt.end, n + 1
            out.append(Span(doc, e.start - 1, end, label="PERSON"))
            continue
        out.append(e)
    return out


_BOTH_KOREAS = re.compile(r"(?:North|South) and (?:North|South) Korea(?:['’]s)?")


def _both_koreas(ents: list, doc: Any) -> list:
    """"North and South Korea agreed": two states written as one name, which would resolve to neither; the
    first word alone is the Koreans' own short name ("the North"), so the span is cut in two."""
    from spacy.tokens import Span

    out: list = []
    for n, e in enumerate(ents):
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if e.label_ in ("GPE", "LOC", "ORG") and len(e) >= 4 and _BOTH_KOREAS.fullmatch(e.text) \
                and e[1].lower_ == "and":
            out += [Span(doc, e.start, e.start + 1, label="GPE"), Span(doc, e.start + 2, e.end, label="GPE")]
            continue
        if len(e) == 2 and e[1].lower_ == "and" and nxt is not None and nxt.start == e.end and \
                _BOTH_KOREAS.fullmatch(doc[e.start:nxt.end].text):
            out.append(Span(doc, e.start, e.start + 1, label="GPE"))  # the model's "North and" + "South Korea"
            continue
        out.append(e)
    return out


def _styled_names(ents: list, doc: Any) -> list:
    """One name the model tagged without the title written before it that makes it a person's style ("Pope" +
    "Leo", "Prince" + "Harry"): the span takes the title (``_split_title`` keeps it, ``_STYLED_BY_TITLE``)."""
    from spacy.tokens import Span

    covered = {i for e in ents for i in range(e.start, e.end)}
    out: list = []
    for e in ents:
        if e.label_ == "PERSON" and len(e) == 1 and e.start > 0 and e.start - 1 not in covered \
                and doc[e.start - 1].is_title and doc[e.start - 1].lower_ in _STYLED_BY_TITLE \
                and doc[e.start - 1].whitespace_:
            out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
            continue
        out.append(e)
    return out


def _titles_before_names(ents: list, doc: Any) -> list:
    """A title the model tagged a body right before a person's name ("Presidential Spokesman" + "Dmitry Peskov"):
    the person's title, no body; the name keeps it as its role. Only a span ending in a title word that no
    knowledge base entry names, directly followed by the person."""
    out: list = []
    for n, e in enumerate(ents):
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if e.label_ in ("ORG", "PERSON") and not e.ent_id_ and nxt is not None and nxt.label_ == "PERSON" and \
                nxt.start == e.end and e[-1].whitespace_ and e[-1].lower_ in _title_words() and \
                e[-1].lower_ not in _NAME_PARTICLES and not _in_lexicon(e.text):
            # ("Amir Sheikh" + "Tamim bin Hamad al-Thani": a title the model tagged a person, too)
            continue
        out.append(e)
    return out


# descriptions of a person that stand before the name like a title ("dissident X", "Kremlin critic X")
_DESCRIPTOR_NOUNS = frozenset({"dissident", "critic", "blogger", "activist", "journalist", "campaigner", "lawyer",
                               "reporter", "tycoon", "businessman", "businesswoman", "politician", "leader"})


def _untagged_titled_names(ents: list, doc: Any) -> list:
    """Two or three capitalised proper nouns no entity covers, right after a title or a description of a person
    ("dissident Alexei Navalny", "President of Ukraine Petro Poroshenko"): the person's name the model missed.
    Never words a lexicon or the gazetteer knows, everyday words, titles or words of a longer capitalised run."""
    from spacy.tokens import Span

    covered = {i for e in ents for i in range(e.start, e.end)}
    added: list = []
    # the word's shape is read from the columns before ``_name_word`` builds a Token (most words fail on it;
    # ``istitle`` is ``Token.is_title``, which ``_name_word`` asks: a lower-case word fails without a Token)
    words, alpha = columns(doc).text, columns(doc).is_alpha
    n = len(doc)
    i = 1
    while i < n:
        j = i
        while j < n and j - i < 4 and j not in covered and alpha[j] and len(words[j]) > 1 \
                and words[j][1:].islower() and words[j].istitle() and _name_word(doc[j]):
            j += 1
        if not 2 <= j - i <= 3 or (j < n and doc[j].is_title and doc[j].is_alpha) \
                or _place_or_known(doc[i:j].text) or any(_place_or_known(t.text) for t in doc[i:j]):
            i = max(j, i + 1)
            continue
        prev = doc[i - 1]
        titled = prev.text[:1].isalpha() and prev.whitespace_ and (
            _is_title_token(prev) or prev.lower_ in _DESCRIPTOR_NOUNS)
        if not titled and i - 1 in covered:  # "President of Ukraine" + the name
            owner = next((e for e in ents if e.end == i and e.label_ in ("GPE", "ORG", "NORP")), None)
            k = owner.start if owner is not None else 0
            if k >= 2 and doc[k - 1].lower_ == "the":
                k -= 1
            titled = k >= 2 and doc[k - 1].lower_ == "of" and _is_title_token(doc[k - 2]) and doc[k - 2].is_title
        if titled and not doc[i].is_sent_start:
            added.append(Span(doc, i, j, label="PERSON"))
        i = j
    if not added:
        return ents
    return sorted([*ents, *added], key=lambda e: e.start)

# nouns a body's name ends in, after which "X and Y <noun>" may be one body's name ("Hormozgan Ports and Maritime
# Organization", "Food and Drug Administration")
_BODY_NAME_ENDS = frozenset({"organisation", "organization", "authority", "administration", "agency", "ministry",
                             "commission", "corporation", "company", "board", "service", "services", "office",
                             "department", "bureau", "council", "institute", "directorate", "inspectorate"})


def _country_word(text: str) -> bool:
    """A country's name or its short form ("Kazakhstan", "U.S.", "Russia")."""
    from dossier.resolve.kb import load_kb

    e = load_kb().lookup(re.sub(r"^the\s+", "", text, flags=re.I))
    return e is not None and e.kind == "country" or text in _country_names()


def _conjoined_body_start(doc: Any, e: Any) -> int | None:
    """Where a body's name starts whose first half the model left out or tagged apart before "and"
    ("Hormozgan Ports" + "and" + "Maritime Organization", "the Iranian Ports and" + "Maritime Organisation"):
    the span ends in a body noun, "and" stands right before it with no article, and before "and" one to three
    capitalised words (a people's adjective may open them) end in an everyday noun the parse conjoins with the
    span's head ("Ports"). A body of its own before "and" ("the Ministry of Defence and the General Staff"), a
    name ("Google and Microsoft Corporation"), a country or a known body keeps the two apart; else None."""
    if e.label_ != "ORG" or e.ent_id_ or e[-1].lower_ not in _BODY_NAME_ENDS or e.start < 2:
        return None
    if doc[e.start - 1].lower_ != "and" or not doc[e.start - 2].whitespace_ or not e[0].is_title:
        return None
    last = doc[e.start - 2]
    if e.root.dep_ != "conj" or e.root.head.i != last.i or not last.is_title or not _ordinary(last.text) \
            or _institution_head(last.lower_) or last.lower_ in _BODY_NAME_ENDS:
        return None
    first = last.i
    while first > 0 and last.i - first < 2 and doc[first - 1].is_title and doc[first - 1].whitespace_ == " " \
            and not doc[first - 1].is_sent_start and doc[first - 1].lower_ not in ("the", "a", "an") \
            and not _institution_head(doc[first - 1].lower_) and doc[first - 1].pos_ in ("PROPN", "ADJ"):
        first -= 1
    if doc[first].is_sent_start and first < last.i:
        return None
    before = doc[first - 1] if first > 0 else None
    if before is not None and (before.lower_ in ("of", "for", "&", "and") and first >= 2 and doc[first - 2].is_title
                               or before.lower_ in ("'s", "’s") or before.is_title and not before.is_sent_start):
        return None  # "Ministry of Defence and Maritime Organisation": the words before belong to another name
    for t in doc[first:last.i + 1]:
        if t.ent_type_ in ("GPE", "PERSON", "LOC", "FAC") or t.ent_type_ == "ORG" and t.ent_id_:
            return None  # "Russia and ...", "Hamas and ...": a country or a known body of its own
        if t.ent_type_ == "NORP" and t.i != first:
            return None
    return first


_PORTFOLIO_BODIES = frozenset({"ministry", "department", "secretariat", "office", "bureau", "directorate"})
# the last words of a ministry's portfolio ("Foreign Affairs", "Defence", "Justice"), which name no body alone
_PORTFOLIOS = frozenset({"affairs", "defence", "defense", "interior", "finance", "justice"})


def _body_repairs(ents: list, doc: Any) -> list:
    """Bodies' names the model cut, split or glued to another name, repaired before the spans are merged:
    "X and Y Organisation" when the two halves form one body's name; a country's name glued before a person's
    ("Kazakhstan" + "Kassym-Jomart Tokayev"); a compass word that opens a longer place's name ("the South" +
    "China" + "Sea"); two countries written as one hyphenated adjective ("U.S.-Russia prisoner swap"), a
    portfolio's words cut from their ministry ("of Foreign Affairs" with no ministry before it), a place and
    "for" a place ("the Indo-Pacific for Europe"), and a word the article's truncated text cuts off ("senior Ta")
    (none of these three names a body: dropped or relabelled)."""
    from spacy.tokens import Span

    out: list = []
    text = doc_text(doc)  # the article's own text when known (``Doc.text`` re-joins every token)
    ends_cut = bool(text.strip()) and text.rstrip()[-1].isalnum() and len(sentences(doc)[1]) > 2
    for e in ents:
        if e.label_ == "ORG" and (first := _conjoined_body_start(doc, e)) is not None:
            while out and out[-1].end > first:
                out.pop()  # "Hormozgan Ports", "Iranian": the first half of the one name
            out.append(Span(doc, first, e.end, label="ORG"))
            continue
        if ends_cut and not e.ent_id_ and len(e) == 1 and not text[e.end_char:].strip() and e.label_ in (
                "ORG", "PERSON", "NORP", "GPE", "LOC", "FAC") and not _place_or_known(e.text):
            continue  # "One U.S. official said senior Ta": the article's text ends mid-word
        if e.label_ in ("ORG", "NORP") and not e.ent_id_ and len(e) == 1 and "-" in e.text.strip("-") \
                and all(_country_word(part) for part in e.text.split("-")):
            continue  # "a U.S.-Russia prisoner swap": two countries' adjective, no body
        # (a known person's name inside the span, "Kazakhstan" + the KB's "Kassym-Jomart Tokayev", splits too)
        if e.label_ in ("ORG", "PERSON") and (not e.ent_id_ or doc[e.start].ent_id_ != e.ent_id_) and len(e) >= 3:
            split = _country_before_person(doc, e)
            if split is not None:
                out.extend((Span(doc, e.start, split, label="GPE"), Span(doc, split, e.end, label="PERSON")))
                continue
        if e.label_ in ("ORG", "PERSON") and len(e) == 1 and _is_demonym(e.text) and e.end < len(doc) and \
                doc[e.end].is_alpha and (doc[e.end].is_lower or _is_title_token(doc[e.end])):
            out.append(Span(doc, e.start, e.end, label="NORP"))  # "The Kosovar Prime Minister" tagged ORG
            continue
        if e.label_ == "GPE" and _country_as_given_name(doc, e):
            out.append(Span(doc, e.start, e.end + 1, label="PERSON"))  # "Foreign Minister Israel Katz"
            continue
        if e.label_ == "PERSON" and (end := _name_run_end(doc, e)) > e.end:
            out.append(Span(doc, e.start, end, label="PERSON"))  # "Roch Marc" + "Christian Kabore": one name
            continue
        if e.label_ == "ORG" and not e.ent_id_ and (cut := _place_for_place(doc, e)) is not None:
            out.append(Span(doc, e.start, cut, label="LOC"))  # "the Indo-Pacific" of "... for Europe"
            continue
        if e.label_ == "ORG" and not e.ent_id_ and (opened := _ministry_before(doc, e)) is not None:
            while out and out[-1].end > opened:
                out.pop()  # "Russian" of "the Russian ministry of Foreign Affairs"
            out.append(Span(doc, opened, e.end, label="ORG"))
            continue
        if e.label_ == "ORG" and not e.ent_id_ and _cut_portfolio(doc, e):
            continue
        if e.label_ in ("GPE", "NORP") and (end := _untagged_body_end(doc, e)) > e.end:
            out.append(Span(doc, e.start, end, label="ORG"))  # "U.S." + "Treasury Department": one body
            continue
        if e.label_ in ("LOC", "GPE", "NORP") and (end := _compass_place_end(doc, e)) > e.end:
            while out and out[-1].start >= e.start:
                out.pop()
            out.append(Span(doc, e.start, end, label="LOC"))
            continue
        if out and out[-1].end > e.start:
            continue  # inside the longer place's name made above ("China" of "the South China Sea")
        if out and _second_portfolio(doc, out[-1], e):
            start = out[-1].start + (doc[out[-1].start].lower_ == "the")
            out[-1] = Span(doc, start, e.end, label="ORG")
            continue
        out.append(e)
    return out


_BODY_HEADS = frozenset({"Department", "Ministry", "Office", "Agency", "Bureau", "Commission", "Council",
                         "Service", "Directorate", "Embassy", "Consulate"})


def _untagged_body_end(doc: Any, e: Any) -> int:
    """The end of a body's name the model left untagged after a country's name ("U.S." + "Treasury Department"):
    one to three capitalised words, none tagged, the last a body's head noun; else ``e.end``."""
    for k in range(1, 4):
        end = e.end + k
        if end > len(doc):
            break
        words = doc[e.end:end]
        if any(t.ent_type_ or not t.is_title or not t.is_alpha for t in words):
            break
        if words[-1].text in _BODY_HEADS and (end == len(doc) or not doc[end].is_title):
            return _portfolio_end(doc, end)
    return e.end


def _portfolio_end(doc: Any, end: int) -> int:
    """After a body's head noun, its portfolio when the model left it untagged too ("Department" + "of Justice",
    "Ministry" + "of Trade and Industry"): "of", then up to four capitalised words ("and" between two)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1
    while k < len(doc) and k - end <= 4 and not doc[k].ent_type_ and (
            doc[k].is_title and doc[k].is_alpha or
            doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title and k > end + 1):
        k += 1
    while k > end + 1 and doc[k - 1].lower_ == "and":
        k -= 1
    return k if k > end + 1 else end


def _second_portfolio(doc: Any, body: Any, e: Any) -> bool:
    """"the Federal Ministry of Justice" + "and" + "Consumer Protection": a ministry's second portfolio the model
    tagged as a body of its own. The first span is a portfolio body's name ("Ministry / Department of ..."), "and"
    alone stands between, and the second is two to four capitalised words that are no body's head, no known body
    and no place or person."""
    if body.label_ != "ORG" or e.label_ != "ORG" or e.ent_id_ or not 2 <= len(e) <= 4 or body.end + 1 != e.start:
        return False
    if doc[body.end].lower_ != "and" or not any(t.lower_ in _PORTFOLIO_BODIES and t.i + 1 < body.end and
                                                doc[t.i + 1].lower_ == "of" for t in body):
        return False
    return all(t.is_title for t in e) and e[-1].lower_ not in _BODY_NAME_ENDS and \
        not any(_institution_head(t.lower_) for t in e)


def _country_before_person(doc: Any, e: Any) -> int | None:
    """Where the person's name starts in a span that glues a country's name before it ("President of
    Kazakhstan Kassym-Jomart Tokayev" tagged as one body): the country's one or two words, then two or more
    capitalised words none of which is an everyday word, a place or a known name, after an office's title or
    known to the knowledge base as a person; else None."""
    for n in (1, 2):
        if len(e) - n < 2 or not doc[e.start + n - 1].whitespace_:
            continue
        if not _country_word(doc[e.start:e.start + n].text):
            continue
        rest = doc[e.start + n:e.end]
        words = rest.text.split()
        titled = e.start > 0 and (_is_title_token(doc[e.start - 1]) or e.start > 1 and doc[e.start - 1].lower_ == "of"
                                  and _is_title_token(doc[e.start - 2]))
        if not titled and not _known_person(rest.text):
            return None  # "Kazakhstan Temir Zholy": a company's name, unless an office before it or the KB says a person
        # (a name the knowledge base knows as this person's, "Tokayev", is no reason to keep the span whole)
        person = _known_person(rest.text)
        if len(words) < 2 or not all(
                all(p[:1].isupper() and p.isalpha() and not _ordinary(p) and (person or not _place_or_known(p))
                    for p in w.split("-")) for w in words):
            return None
        return e.start + n
    return None


def _known_person(name: str) -> bool:
    from dossier.resolve.kb import load_kb

    kb = load_kb()
    return kb.find_person(name) is not None or kb.lexicon_entry(name, "person") is not None


def _place_for_place(doc: Any, e: Any) -> int | None:
    """The end of the place in "the Indo-Pacific for Europe" tagged as one body: a place the gazetteer knows, or
    a hyphenated region's name, before a lower-case "for" and a country or a place, with no body noun; else None."""
    from dossier.resolve.places import country_of_place

    fors = [t.i for t in e if t.text == "for"]
    if len(fors) != 1 or fors[0] == e.start or fors[0] == e.end - 1:
        return None
    cut = fors[0]
    after = doc[cut + 1:e.end].text
    if not (_country_word(after) or country_of_place(after) is not None or after in ("Europe", "Asia", "Africa")):
        return None
    if any(_institution_head(t.lower_) or t.lower_ in _BODY_NAME_ENDS or t.tag_ == "NNPS" or t.tag_ == "NNS"
           for t in doc[e.start:cut]):
        return None  # "Committee for Europe", "Lawyers for Ukraine": a body's or a group's name
    before = doc[e.start:cut]
    words = [t for t in before if t.lower_ != "the"]
    if not words or not (any(t.text == "-" for t in words) or country_of_place(before.text) is not None):
        return None
    return cut


def _ministry_before(doc: Any, e: Any) -> int | None:
    """Where a ministry's name starts whose portfolio alone the model tagged after a lower-case "ministry of"
    ("the Russian ministry of Foreign Affairs"): the body noun and the people's adjective or capitalised words
    the parse hangs on it; else None. A capitalised "Ministry of" is ``_governing_body_start``'s."""
    if e.start < 2 or doc[e.start - 1].lower_ != "of" or not e[-1].is_title:
        return None
    body = doc[e.start - 2]
    if body.text != body.lower_ or body.lower_ not in _PORTFOLIO_BODIES or doc[e.start - 1].head.i != body.i:
        return None
    first = body.i
    while first > 0 and doc[first - 1].head.i == body.i and doc[first - 1].dep_ in ("amod", "compound") \
            and doc[first - 1].is_title and not doc[first - 1].is_sent_start:
        first -= 1
    return first


def _cut_portfolio(doc: Any, e: Any) -> bool:
    """A ministry's portfolio after "of" with no ministry before it ("... said respectively of Foreign
    Affairs"): everyday words ending in a portfolio's noun, after an "of" that no body's or office's noun
    governs."""
    words = [t for t in e if t.lower_ != "the"]
    if not words or e.start == 0 or doc[e.start - 1].lower_ != "of" or not all(t.is_title for t in words) \
            or words[-1].lower_ not in _PORTFOLIOS:
        return False  # "the gardens of Harmony House": a name, whatever "of" hangs on
    if any(t.lower_ in _BODY_HEADS or t.lower_ in _BODY_NAME_ENDS or not _ordinary(t.text) or _place_or_known(t.text)
           for t in words):
        return False
    governor = doc[e.start - 1].head
    return governor.i >= e.start - 1 or not (_institution_head(governor.lower_) or _is_title_token(governor)
                                             or governor.lower_ in _PORTFOLIO_BODIES)


def _compass_place_end(doc: Any, e: Any) -> int:
    """The end of a place's name that a compass word opens ("the South" + "China" + "Sea"): the capitalised
    words written right after the compass word, on its line, one of them the head the compass word hangs on.
    "the North and the South", "South Korea" (one name already) are left alone."""
    words = [t for t in e if t.lower_ != "the"]
    if len(words) != 1 or words[0].lower_ not in _COMPASS or not words[0].is_title or e.end >= len(doc):
        return e.end
    end = e.end
    while end < len(doc) and end - e.end < 3 and doc[end].is_title and not doc[end].is_sent_start \
            and doc[end - 1].whitespace_ == " " and doc[end].is_alpha:
        end += 1
    if end == e.end or not e.end <= words[0].head.i < end:
        return e.end
    return end


def _undetermined(e: Any) -> Any:
    """The span without its leading article, whose root is the name's head ("the CSTO Collective")."""
    return e[1:] if len(e) > 1 and e[0].lower_ == "the" else e


def _owner_named(e: Any) -> bool:
    """Does an untagged name before a known body's generic name ("the CSTO Collective" + "Security Council") name
    the body that owns it: an acronym of capitals among capitalised words, nothing else?"""
    words = [t for t in e if t.lower_ != "the"]
    return bool(words) and any(t.is_upper and t.is_alpha and len(t) >= 2 for t in words) \
        and all(t.is_title or t.is_upper for t in words) and not any(t.ent_type_ in ("GPE", "NORP") for t in words)


def _merge_dangling(ents: list, doc: Any) -> list[tuple[Any, str, str]]:
    """(span, label, kb id) after joining "X of the" + a following entity and trimming dangling words."""
    out: list[tuple[Any, str, str]] = []
    others: set[str] = set()  # surnames the article gives to someone other than the known person of that name
    i = 0
    while i < len(ents):
        e = ents[i]
        start, end, label, kb_id = e.start, e.end, e.label_, e.ent_id_
        if e[0].text in SHIP_PREFIXES and len(e) > 1:
            kb_id = ""  # "USS Carney": the ship, not the person the linker knows by its name (``_warships``)
        if (i + 1 < len(ents) and e[-1].lower_ in ("of", "the", "for", "and") and ents[i + 1].start == end
                and label in ("ORG", "FAC", "GPE", "LOC")):
            end = ents[i + 1].end  # "Central Committee of the" + "Workers' Party of Korea"
            kb_id = ""
            i += 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ \
                    and doc[end - 1].ent_type_ in ("NORP", "GPE") and doc[end - 1].head.i == end \
                    and doc[end - 1].dep_ in ("compound", "amod") and doc[end - 1].whitespace_:
                end += 1  # "Organization of" + "American" + "States": the demonym's noun ends the name
        elif (i + 1 < len(ents) and label == "ORG" and ents[i + 1].label_ == "ORG" and ents[i + 1].start == end
              and not kb_id and doc[end - 1].whitespace_ and e[-1].is_title
              and (not ents[i + 1].ent_id_ or all(t.lower_ in _NAME_OPENERS for t in e) or _owner_named(e))
              and ents[i + 1].start <= _undetermined(e).root.head.i < ents[i + 1].end
              and _undetermined(e).root.dep_ in ("compound", "amod")):
            # "Supreme National" + "Security Council": one body the parse holds together, not the UN's;
            # "the CSTO Collective" + "Security Council": the council of the body the acronym names
            end, kb_id = ents[i + 1].end, ""
            i += 1
        elif (i + 1 < len(ents) and (label == "PERSON" or label == "ORG" and _is_title_token(e[0]))
              and ents[i + 1].label_ == "PERSON" and ents[i + 1].start == end
              and not kb_id and not ents[i + 1].ent_id_ and doc[end - 1].whitespace_
              and ents[i + 1].start <= e.root.head.i < ents[i + 1].end):
            # "(General) Brice Clothaire" + "Oligui Nguema": one name the parse holds together
            end, label = ents[i + 1].end, "PERSON"
            i += 1
        elif (i + 1 < len(ents) and label == "NORP" and len(e) == 1 and ents[i + 1].label_ == "ORG"
              and ents[i + 1].start == end and not ents[i + 1].ent_id_ and doc[end - 1].whitespace_ == " "
              and e[0].is_title and ents[i + 1][-1].lower_ in _PARTY_NOUNS and not _is_demonym(e.text)
              and not _place_or_known(e.text)):
            # "Republican" + "People's Party": a creed's adjective opens the party's name, it is no people
            end, label, kb_id = ents[i + 1].end, "ORG", ""
            i += 1
        elif (i + 1 < len(ents) and label in ("NORP", "GPE") and ents[i + 1].label_ == "NORP"
              and ents[i + 1].start == end and doc[end - 1].whitespace_ == " " and e[-1].is_title):
            # "North" + "American", "Iranian" + "American": one compound adjective, neither country
            end, label, kb_id = ents[i + 1].end, "NORP", ""
            i += 1
        i += 1
        if label in ("NORP", "GPE") and end - start == 1 and _given_name_before(doc, start):
            start, label, kb_id = start - 1, "PERSON", ""  # "Volker Turk": a surname that is also a demonym
        elif label == "ORG" and kb_id and end - start == 1 and doc[start].is_title and _given_name_before(doc, start):
            start, label, kb_id = start - 1, "PERSON", ""  # "Thérèse Wagner": a surname that is also a body's name
        elif label == "PERSON" and kb_id and end - start == 1 and start > 0 and \
                _given_name_word(doc[start - 1]) and doc[start - 1].is_alpha and \
                not _own_given_name(kb_id, doc[start - 1].text):
            # "UN Special Rapporteur Francesca Albanese": a known person's surname after another given name is
            # someone else of that surname (the knowledge base's "Albanese" is Anthony), and so is the surname
            # alone later in the article
            others.add(doc[start].text)
            start, kb_id = start - 1, ""
        elif label == "PERSON" and kb_id and end - start == 1 and doc[start].text in others:
            kb_id = ""
        if label == "ORG" and not kb_id and doc[end - 1].lower_ in _COMPANY_ENDS:
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" \
                    and start <= doc[start - 1].head.i < end and doc[start - 1].whitespace_ \
                    and not _is_title_token(doc[start - 1]) and not doc[start - 1].is_sent_start:
                start -= 1  # "Galaxy" + "Maritime Ltd": the company's first word left out
        if label == "ORG" and not kb_id and start > 0 and any(t.tag_ == "POS" for t in doc[start:end]):
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" \
                    and start <= doc[start - 1].head.i < end and doc[start - 1].whitespace_:
                start -= 1  # "Attorney" + "General's Office": the model cut the office's name at its start
        if label in ("PERSON", "ORG", "GPE", "NORP") and end - start > 1 and _leading_verb(doc[start:end]):
            start += 1  # "Citing Denmark's ...": a sentence's opening participle is not part of the name
            if label == "PERSON" and _text([t for t in doc[start:end] if t.tag_ != "POS"]) in _country_names():
                label = "GPE"
        if kb_id:
            start, end, label, kb_id = _longer_name(doc, start, end, label, kb_id)
        if label != "PERSON" and doc[start - 1:start].text in _NAME_CONNECTORS:
            # only through a capitalised connector: extending over any capitalised word before a known name
            # ("Southern" + "California") cost ECB+ dev two events and 0.03 country F1
            # a place keeps its words before it: "Southern California" is still in the United States
            opened = _longer_name_start(doc, start, end)
            if opened < start:
                # "North" + "American", "Sikhs For" + "Justice": a known name, or a body's last word, inside
                # a longer capitalised name is not that entity; the whole name is what was written
                while out and out[-1][0] is not None and out[-1][0].end > opened:
                    out.pop()
                start, kb_id = opened, ""
        if label == "PERSON" and end < len(doc) and (i >= len(ents) or ents[i].start > end):
            # "Espen Barth" + "Eide", "Brice Clothaire" + "Oligui Nguema": the name's last words, which the
            # parse makes the head of what the model tagged (not a headline's "Set")
            head = doc[start:end].root.head.i
            run = end
            while run < min(len(doc), end + 2) and _name_word(doc[run]) and (run == end or doc[run - 1].whitespace_):
                run += 1
            if end <= head < run:
                end = head + 1
            elif run > end and _syllable_cut(doc, start, end):
                end += 1
        if label == "PERSON" and not kb_id:
            # given names the model left out before the one it tagged ("Brice Clothaire" + "Nguema"):
            # capitalised proper nouns that the parse hangs on the name, no title among them
            root = doc[start:end].root.i
            if start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].ent_iob_ == "B" \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, end) \
                    and not _is_demonym(doc[start - 1].text) and not _place_or_known(doc[start - 1].text) \
                    and out and out[-1][0] is not None and out[-1][0].start == start - 1 \
                    and out[-1][0].end == start and out[-1][1] == "NORP":
                out.pop()  # "Therese" + "Kayikwamba Wagner": a given name the model read as a people
                start -= 1
            start -= _surname_before(doc, start, end)  # "Im" + "Jong Sok": the surname left out before the given name
            while start > 0 and root - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i in range(start, end) \
                    and not _is_title_token(doc[start - 1]) and doc[start - 1].whitespace_ \
                    and (not doc[start - 1].is_sent_start and not _ordinary(doc[start - 1].text)
                         or end - start > 1 and _first_given_name(doc, start - 1, end)):
                start -= 1
        if label == "ORG" and not kb_id:
            end = _conjoined_name_end(doc, start, end)
            while i < len(ents) and ents[i].start < end:
                i += 1  # "Red Crescent" of "... Red Cross and Red Crescent Societies": inside the longer name
            opened = _governing_body_start(doc, start, end)
            if opened < start:
                while out and out[-1][0] is not None and out[-1][0].end > opened:
                    out.pop()  # "UN" of "UN Office for the Coordination of ...": now inside the longer name
                start = opened
        if label == "ORG" and not kb_id and end - start - (doc[start].lower_ == "the") == 1 \
                and doc[end - 1].lower_ in _NAME_OPENERS and end < len(doc) and doc[end].is_title \
                and not doc[end].is_sent_start and doc[end - 1].whitespace_:
            continue  # "National" + "White House ...": a longer name's first adjective, cut off, names nothing
        start, end = _one_sentence(doc, start, end, label)
        end = _before_line_break(doc, start, end)
        if not kb_id:
            end = _before_open_bracket(doc, start, end)
            if label == "ORG" and end - start > 1 and _maker_before_model(doc[start:end]):
                end -= 1  # "Azerbaijan Airlines Embraer" + "190 model plane": the airline, not the plane's maker
        parts = _listed_places(doc, start, end, label, kb_id)
        if parts:
            out.extend((part, "GPE", "") for part in parts)  # "Mali, Burkina Faso": two countries, each a mention
            continue
        trimmed = _trim(doc, start, end)
        if label == "PERSON" and trimmed is not None and len(trimmed) > 1 and trimmed.text in _country_names():
            label = "GPE"  # "Burkina Faso" tagged PERSON: a country's name of two words names no person
        out.append((trimmed, label, kb_id))  # a trimmed possessive is still the KB's name
    return out


# the nouns a party's name ends in, which a creed's adjective tagged as a people may open ("Republican People's
# Party", "Socialist Workers' Party")
_PARTY_NOUNS = frozenset({"party", "front", "movement", "alliance", "league"})


def _surname_before(doc: Any, start: int, end: int) -> int:
    """How many tokens before a two-word Korean or Chinese given name are its surname, which the model left out
    ("Im" + "Jong Sok"; the tokenizer reads "Im" as "I" + "m", as it would "I'm"): a listed surname-first
    surname, capitalised and in no entity, then two short capitalised syllables; else 0. An everyday word
    ("So", "Song") may be a sentence's own word, so it is left out."""
    from dossier.resolve.names import _rules, fold_token

    if end - start != 2 or start == 0 or doc[start - 1].whitespace_ != " " or doc[start].whitespace_ != " " \
            or not all(t.is_alpha and t.is_title and len(t.text) <= 5 for t in doc[start:end]):
        return 0
    first = start - 1
    while first > 0 and first > start - 3 and not doc[first - 1].whitespace_:
        first -= 1
    word = doc[first:start].text
    if not (word.isalpha() and word.istitle() and len(word) <= 4) or any(t.ent_type_ for t in doc[first:start]) \
            or _ordinary(word) or fold_token(word) not in _rules()[2]:
        return 0
    return start - first


def _hyphen_chain(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The tokens of the hyphenated word the span is part of ("Port" "-" "au" "-" "Prince"): words and
    hyphens written with no space between them."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    if start >= 1 and doc[start].text == "-" and not doc[start - 1].whitespace_ and doc[start - 1].is_alpha:
        start -= 1  # the span began at the hyphen
    if end - 1 > start and doc[end - 1].text == "-" and not doc[end - 2].whitespace_ \
            and not doc[end - 1].whitespace_ and end < len(doc) and doc[end].is_alpha:
        end += 1  # "Port-" tagged alone: its hyphen joins the next word
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return start, end


def _hyphened_syllable_end(doc: Any, e: Any) -> int:
    """The end of a Korean name whose given name's last syllable, written after a hyphen, the model left out
    ("Kim Jung-" + "un", "Moon Jae" + "-in"): one short lower-case syllable glued by the hyphen to a short
    capitalised one, after a surname-first surname. Not an English word glued to a name ("Xi Jinping-led", "a
    Moon-era policy"); else the span's own end."""
    from dossier.resolve.names import name_key

    end = e.end
    if e.label_ != "PERSON" or len(e) < 2:
        return end
    hy = end - 1 if e[-1].text == "-" else end
    if hy + 1 >= len(doc) or doc[hy].text != "-" or doc[hy - 1].whitespace_ or doc[hy].whitespace_:
        return end
    syl, last = doc[hy + 1], doc[hy - 1]
    if not (syl.is_alpha and syl.is_lower and len(syl.text) <= 4 and (len(syl.text) <= 2 or not _ordinary(syl.text))):
        return end
    if hy + 2 < len(doc) and not syl.whitespace_ and doc[hy + 2].is_alpha:
        return end
    k = name_key(doc[e.start:hy].text)
    if k is None or not k.syllabic or not last.is_title or len(last.text) > 5:
        return end
    return hy + 2


def _hyphenated_names(ents: list, doc: Any) -> list:
    """A name written as one hyphenated word with a small word inside ("Port-au-Prince", "Aix-en-Provence",
    "Stratford-upon-Avon") is one name, wherever the model tagged its pieces ("Port-" as a site, "au" as the
    African Union): a lower-case word between capitalised ones is a name's particle, never a name itself.
    Pairs of names ("Russia-Ukraine", "Baku-Grozny") have no such particle and stay apart."""
    from spacy.tokens import Span

    from dossier.resolve.places import country_of_place

    out: list = []
    taken = -1
    for e in ents:
        if e.start < taken:
            continue  # a piece of the hyphenated name made above
        if (syllable_end := _hyphened_syllable_end(doc, e)) > e.end:
            out.append(Span(doc, e.start, syllable_end, label="PERSON"))  # "Kim Jung-" + "un" (tagged ORG)
            taken = syllable_end
            continue
        start, end = _hyphen_chain(doc, e.start, e.end)
        words = [t for t in doc[start:end] if t.text != "-"]
        if end - start <= len(e) or len(words) < 3 or not (words[0].is_title and words[-1].is_title) \
                or not any(t.is_lower for t in words[1:-1]):
            out.append(e)
            continue
        name = doc[start:end].text
        label = "GPE" if country_of_place(name) is not None else next(
            (x.label_ for x in ents if start <= x.start < end and not x.text.islower()), e.label_)
        if label == "PERSON":
            label = "FAC"  # "Mar-a-Lago": a particle between capitalised words names an estate or a town, not a person
        while out and out[-1].end > start:
            out.pop()
        out.append(Span(doc, start, end, label=label))
        taken = end
    return out


_INITIAL = re.compile(r"^[A-Z]\.?$")
# particles inside Arabic and European surnames: a name does not end in one ("Abdel Fattah Al" + "Sisi", "Marine Le"
# + "Pen")
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ben", "ould", "van", "von", "de", "da", "di", "du",
                             "del", "der", "le", "la"})


def _glued_piece_end(doc: Any, e: Any) -> int:
    """The end of a name the model cut at a hyphen between two capitalised pieces: the span ends in the hyphen
    ("Kim Jung-" + "Un", "ITAR-" + "TASS"), or a person's full name runs on into a double-barrelled surname
    ("Maite Nkoana" + "-Mashabane"). Every piece is written with no space on either side of its hyphen. A pair
    of names ("Russia-Ukraine", "Biden-Xi") is two names: a piece that is a place or a known person on its own
    stops it. Else ``e.end``."""

    def glued_hyphen(i: int) -> bool:
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()

    # "the Ain al-" + "Assad": a particle glued to the next word is the name's, whatever that word names alone (an
    # air base, not Bashar al-Assad)
    particle = len(e) >= 3 and e[-1].text == "-" and e[-2].lower_ in ("al", "el") and glued_hyphen(e.end - 1)
    if e.label_ not in ("PERSON", "ORG") and not particle or len(e) < 2 and e[-1].text == "-":
        return e.end
    if e[-1].text == "-" and glued_hyphen(e.end - 1):
        end = e.end + 1
    elif e.label_ == "PERSON" and len(e) >= 2 and glued_hyphen(e.end):
        end = e.end + 2
    else:
        return e.end
    while glued_hyphen(end):
        end += 2
    ends_in_hyphen = e[-1].text == "-"
    first = e.end - 1 if ends_in_hyphen else e.end
    pieces = [doc[first - 1].text] + [t.text for t in doc[first:end] if t.text != "-"]
    if not particle and any(_name_of_its_own(p, strict=not ends_in_hyphen) for p in pieces):
        return e.end
    return end


def _name_of_its_own(piece: str, strict: bool) -> bool:
    """A hyphenated piece that names something by itself: a country, a capital or a known person; when the model
    did not take the hyphen into the span (``strict``), any known actor or place too ("Putin-Xi", "Al-Aqsa")."""
    from dossier.resolve.kb import load_kb
    from dossier.resolve.places import country_of_place, is_capital

    kb = load_kb()
    known = kb.lookup(piece)
    if _country_word(piece) or is_capital(piece) or known is not None and known.kind == "person" \
            or _known_person(piece):
        return True
    # (``_in_lexicon`` without its second look-up of the same piece)
    return strict and (known is not None or kb.lexicon_entry(piece, "org") is not None
                       or country_of_place(piece) is not None)


def _initial_end(doc: Any, e: Any) -> int:
    """The end of a person's name the model cut after a middle initial ("Michael R." + "Pompeo") or a surname's
    particle ("Abdel Fattah Al" + "Sisi"): a name does not end in either, so the capitalised word after it (the
    next person span, or one untagged word that is no everyday word) is its surname. Else ``e.end``."""
    if e.label_ != "PERSON" or len(e) < 2 or e.end >= len(doc) or not (
            _INITIAL.match(e[-1].text) or e[-1].lower_ in _NAME_PARTICLES and e[-1].text[:1].isupper()):
        return e.end
    nxt = doc[e.end]
    if not (nxt.is_alpha and nxt.is_title) or doc[e.end - 1].whitespace_ != " ":
        return e.end
    if nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        end = e.end + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end
    # after a particle the word is the surname whatever else it means ("Le" + "Pen"); after an initial, an
    # everyday word may be the sentence's own
    if not nxt.ent_type_ and (not _INITIAL.match(e[-1].text) or not _ordinary(nxt.text)):
        return e.end + 1
    return e.end


def _untagged_name_word(tok: Any) -> bool:
    """A capitalised proper noun the model tagged as nothing, written with an inner apostrophe ("Kata'ib",
    "Asa'ib"): a transliterated word of a name, never an English word, a title or a place."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and tok.whitespace_ == " " and \
        bool(re.fullmatch(r"[A-Z][a-z]+['’][a-z]+", tok.text)) and not _is_title_token(tok)


def _glued_names(ents: list, doc: Any) -> list:
    """Names the model cut at a hyphen or after a middle initial, joined (``_glued_piece_end``,
    ``_initial_end``); the spans the cut-off part was given are dropped."""
    from spacy.tokens import Span

    out: list = []
    taken = -1
    for i, e in enumerate(ents):
        if e.start < taken:
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and e.label_ == nxt.label_ == "PERSON" and nxt.start == e.end and len(nxt) == 1 and \
                len(e) + len(nxt) <= 4 and e[-1].whitespace_ == " " and all(t.is_title for t in (*e, *nxt)):
            # "Nkosazana Dlamini" + "Zuma": one person's name the model cut in two, not Jacob Zuma
            out.append(Span(doc, e.start, nxt.end, label="PERSON"))
            taken = nxt.end
            continue
        if e.label_ == "ORG" and e.start > 0 and _untagged_name_word(doc[e.start - 1]) and \
                (not out or out[-1].end < e.start):
            # "Kata'ib" + "Hizbollah": an untagged foreign word before a body's name is the first word of another
            # body's name (Iraq's Kata'ib Hizbollah, not Lebanon's Hezbollah)
            out.append(Span(doc, e.start - 1, e.end, label="ORG"))
            taken = e.end
            continue
        end = max(_glued_piece_end(doc, e), _initial_end(doc, e))
        if end > e.end:
            out.append(Span(doc, e.start, end, label=e.label_))
            taken = end
            continue
        out.append(e)
    return out


def _warships(ents: list, doc: Any) -> list:
    """A warship's name with its navy's prefix ("USS Carney", "HMS Richmond") as one body's name: the model
    leaves the prefix out ("Carney" as a person, whom the knowledge base takes for a Canadian politician) or
    calls the whole a product. A body, so the prefix's country and the navy's sector follow it."""
    from spacy.tokens import Span

    out: list = []
    for e in ents:
        start = e.start
        if start > 0 and doc[start - 1].text in SHIP_PREFIXES and e.label_ in ("PERSON", "ORG", "PRODUCT", "FAC",
                                                                               "GPE", "NORP", "WORK_OF_ART"):
            start -= 1  # "USS" + "Carney"
        first = doc[start + 1] if doc[start].lower_ == "the" and e.end > start + 1 else doc[start]
        if first.text in SHIP_PREFIXES and first.i < e.end - 1 and (start < e.start or e.label_ != "ORG") and \
                doc[e.end - 1].lower_ not in _PLACE_HEADS:  # "the USS Arizona Memorial" is a site
            out.append(Span(doc, start, e.end, label="ORG"))
            continue
        out.append(e)
    return out


# capitalised words of a compass point or a region that make a demonym after them a region's ("North American",
# "Latin American", "Central Asian"): the closed class of words English builds regional adjectives with
_COMPASS = frozenset({"north", "south", "east", "west", "central", "latin", "northern", "southern", "eastern",
                      "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
                      "northwestern", "southeastern", "southwestern"})


def _regional_demonyms(ents: list, doc: Any) -> list:
    """A people's adjective after a capitalised compass word the model left out ("North" + "American",
    "South" + "American") is one regional adjective: "South American states" are not the United States. Before
    another capitalised word the three are part of a longer name ("200 West American Boulevard"), left alone.
    The whole is looked up afresh ("North" + "Korean" is still North Korea's)."""
    from spacy.tokens import Span

    out: list = []
    for e in ents:
        prev = doc[e.start - 1] if e.start > 0 else None
        if e.label_ == "NORP" and len(e) == 1 and prev is not None and prev.lower_ in _COMPASS \
                and prev.is_title and not prev.ent_type_ and prev.whitespace_ == " " and e[0].is_title \
                and not (e.end < len(doc) and doc[e.end].is_title) \
                and (prev.head.i == e.start or e[0].head.i == prev.i or prev.head.i == e[0].head.i):
            e = Span(doc, e.start - 1, e.end, label="NORP")
        elif e.label_ in ("GPE", "NORP") and e.text in ("Korea", "Korean", "Koreans") and prev is not None \
                and prev.text in ("N.", "S.") and not prev.ent_type_:
            e = Span(doc, e.start - 1, e.end, label=e.label_)  # "N. Korea", "S. Korean": a compass initial
        out.append(e)
    return out


def _listed_places(doc: Any, start: int, end: int, label: str, kb_id: str) -> list:
    """The places of a list the model glued into one name ("Mali, Burkina Faso" tagged ORG), each its own
    span, when every comma-separated part is a place the gazetteer knows; else nothing."""
    from dossier.resolve.places import country_of_place

    if kb_id or label not in ("ORG", "PERSON", "NORP", "FAC") or not any(t.text == "," for t in doc[start:end]):
        return []
    parts, first = [], start
    for i in range(start, end + 1):
        if i == end or doc[i].text == ",":
            part = _trim(doc, first, i)
            if part is None or country_of_place(part.text) is None:
                return []
            parts.append(part)
            first = i + 1
    return parts if len(parts) > 1 else []


def _before_line_break(doc: Any, start: int, end: int) -> int:
    """The end of a name the model ran over a line break ("Addis Abeba" + a date line, a list heading
    "Pros" + the next line): a name is written on one line, so it stops at the break."""
    for i in range(start + 1, end):
        if "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_:
            return i
    return end


def _before_open_bracket(doc: Any, start: int, end: int) -> int:
    """The end of a name the model ran into a bracket it did not close ("National League for Democracy
    (NLD"): the name stops before the bracket; the acronym inside is found on its own."""
    for i in range(start + 1, end):
        if doc[i].text in ("(", "[") and not any(t.text in (")", "]") for t in doc[i + 1:end]):
            return i
    return end


def _place_or_known(name: str) -> bool:
    from dossier.resolve.places import country_of_place

    return _in_lexicon(name) or country_of_place(name) is not None


# words of an office or a calling that stand before a name like a first name ("Judge", "Speaker")
_OFFICE_WORDS = frozenset({"judge", "justice", "speaker", "officer", "detective", "inspector", "agent", "professor",
                           "doctor", "father", "sister", "brother", "saint", "reverend", "pastor", "lord", "lady",
                           "dame", "mayor", "governor", "prosecutor", "attorney", "magistrate", "chancellor"})


def _country_as_given_name(doc: Any, e: Any) -> bool:
    """A country's name that is a person's given name: one word after an office's title and before a
    capitalised word no entity, lexicon, gazetteer or everyday vocabulary claims, which ends the name ("Foreign
    Minister Israel Katz", "President Chad Smith")."""
    if len(e) != 1 or e.start == 0 or e.end + 1 > len(doc) or doc[e.start - 1].lower_ not in _title_words():
        return False  # (an office's own word: "the first U.S. Abrams tanks" has none)
    t = doc[e.end]
    if t.ent_iob_ != "O" or t.pos_ != "PROPN" or not t.is_title or not t.is_alpha or len(t.text) < 3 or \
            e[-1].whitespace_ == "" or _ordinary(t.text) or _place_or_known(t.text) or _is_title_token(t) or \
            t.lower_ in _CALENDAR or _is_demonym(t.text):
        return False
    after = doc[e.end + 1] if e.end + 1 < len(doc) else None
    # the name ends there: no capitalised word, nor a noun it would qualify ("U.S. Abrams tanks"), follows
    return after is None or not (after.is_title and after.is_alpha or after.pos_ in ("NOUN", "PROPN"))


def _name_run_end(doc: Any, e: Any) -> int:
    """The end of a person's name the model cut short: up to two more capitalised words right after it that no
    entity, lexicon, gazetteer, title or everyday vocabulary claims ("Roch Marc" + "Christian Kabore"), or one
    such word the model tagged alone as a body ("Yu Hoi" + "Kwan"). Not inside a run of capitalised words (a
    headline's), which ends no name."""
    if e.label_ != "PERSON" or e.ent_id_ or len(e) < 2:
        return e.end
    j = e.end
    while j < len(doc) and j < e.end + 2:
        t = doc[j]
        if t.is_sent_start or not t.is_alpha or not t.is_title or len(t.text) < 3 or doc[j - 1].whitespace_ == "":
            break
        alone = t.ent_iob_ == "B" and t.ent_type_ in ("ORG", "PERSON") and \
            (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I")
        if t.ent_iob_ != "O" and not (alone and j == e.end):
            break
        if t.pos_ != "PROPN" or _place_or_known(t.text) or _is_title_token(t) or t.lower_ in _CALENDAR or \
                _is_demonym(t.text):
            break
        j += 1
        if alone:
            break
    while j > e.end and _ordinary(doc[j - 1].text):
        j -= 1  # an everyday word ends no name ("Vladimir Putin Says"); one inside it may ("Marc Christian Kabore")
    if j == e.end or j < len(doc) and doc[j].is_title and doc[j].is_alpha:
        return e.end
    return j


def _first_given_name(doc: Any, i: int, end: int | None = None) -> bool:
    """A first name the model left out of a two-word name it tagged: at a sentence's start a word that is
    neither an everyday word nor a known name ("Taye" + "Atske Selassie"); inside a sentence an everyday
    word, capitalised there, after a comma or a bracket ("..., Muse" + "Bihe Abdi")."""
    from dossier.resolve.names import _rules

    tok = doc[i]
    if len(tok.text) < 3 or not tok.is_alpha or tok.tag_ != "NNP" or tok.lower_ in _rules()[1] \
            or tok.lower_ in _OFFICE_WORDS:  # a plural ("Chargers" + "Jamal Williams") is a team, no first name
        return False  # "Justice" of "Justice Muhammad Ali Mazhar" is his office
    if end is not None and _place_or_known(doc[i:end].text):
        return False  # "Burkina" + "Faso" tagged PERSON: the whole is a country, no person's name
    if tok.is_sent_start:
        return not _ordinary(tok.text) and not _in_lexicon(tok.text) and not _is_demonym(tok.text) \
            and tok.lower_ not in _CALENDAR
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and prev.text in (",", "(") and tok.lower_ not in _CALENDAR \
        and not _in_lexicon(tok.text) and not _is_demonym(tok.text)


# feasts and holidays the model tags as names ("the Eid al-Fitr ceasefire", "before Ramadan")
_HOLIDAY = re.compile(r"(?i)(?:the\s+)?(?:eid(?:\s+(?:al|ul|el)[-\s]?(?:fitr|adha|kabir|saghir))?|ramadan|ramzan|diwali|"
                      r"deepavali|hanukkah|chanukah|nowruz|navruz|passover|pesach|yom\s+kippur|rosh\s+hashanah|"
                      r"lunar\s+new\s+year|tet|songkran|holi|vesak|christmas|easter|thanksgiving|ashura|mawlid)")


def _given_name_word(prev: Any) -> bool:
    """A capitalised proper noun right before a name, outside any entity, no title and no ordinary word: a given
    name, however the parse hung it."""
    return prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ and not prev.is_sent_start and \
        not _is_title_token(prev) and not _ordinary(prev.text) and prev.whitespace_ != "" and len(prev.text) > 2


def _own_given_name(kb_id: str, word: str) -> bool:
    """Whether ``word`` opens one of the known person's names (the given name the knowledge base writes)."""
    from dossier.resolve import load_kb

    e = load_kb().entries.get(kb_id)
    if e is None:
        return True  # nothing known to tell them apart: keep the link
    names = [e.name, *e.aliases]
    return any(n.split()[0].lower() == word.lower() for n in names if len(n.split()) > 1) or \
        not any(len(n.split()) > 1 for n in names)


def _given_name_before(doc: Any, start: int) -> bool:
    """A capitalised proper noun the parse hangs on the next word, outside any entity and no title:
    a given name ("Volker" of "Volker Turk"), so the demonym-shaped word after it is a surname."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return _given_name_word(prev) and prev.dep_ == "compound" and prev.head.i == start


def _leading_verb(span: Any) -> bool:
    """A sentence's first word that is a verb form ("Citing", "Quoting") the model took into the known
    name after it ("Citing Norway's ..." tagged PERSON): the rest of the span is a name the KB or the
    gazetteer knows, so the first word is no part of it."""
    from dossier.resolve import load_kb
    from dossier.resolve.places import country_of_place

    tok, doc = span[0], span.doc
    first = tok.is_sent_start or tok.i > 0 and (doc[tok.i - 1].is_space or doc[tok.i - 1].text in ('"', "“", "(", "|"))
    if not first or not tok.text[:1].isupper() or not _ordinary(tok.text):
        return False
    if not (tok.tag_ in ("VBG", "VBN", "VBD", "VB") or tok.lower_.endswith("ing") and len(tok.text) > 5):
        return False
    rest = [t for t in span[1:] if t.tag_ != "POS"]
    name = _text(rest)
    return bool(name) and (load_kb().lookup(name) is not None or country_of_place(name) is not None)


def _name_word(tok: Any) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and not _is_title_token(tok) \
        and not _ordinary(tok.text)


def _places_by_phrase(doc: Any, mentions: list[Mention]) -> None:
    """Names the article itself shows to be places, wherever the model called them bodies: the name in "the
    city of Derna" or "the port, Derna", and the first words of a place it names in full ("Sohae" of
    "Sohae Satellite Launching Ground"). One name, one kind within an article."""
    placed: set[str] = set()
    full: list[str] = []
    for m in mentions:
        if m.kind == "place" and m.label in ("FAC", "LOC", "GPE") and len(m.text.split()) > 1:
            full.append(re.sub(r"^the\s+", "", m.text, flags=re.I))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else (
            root.head if root.dep_ == "appos" else None)
        if owner is not None and owner.i < span.start and owner.lemma_.lower() in _SETTLEMENT_NOUNS:
            placed.add(m.text)
    for m in mentions:
        if m.label != "ORG" or m.actor_id or m.kind != "organisation":
            continue
        if m.text in placed or any(f.startswith(m.text + " ") and f.split()[-1].lower() in _FACILITY for f in full):
            m.label, m.kind = "FAC", "place"
            m.evidence = m.evidence or "the article names it as a place"
    # a name the article only ever uses as where something happens ("killed two men in Kibbutz Nirim", "a meeting
    # on Parliament Hill", "laid a wreath at the Arc de Triomphe"): a place, whatever the model called it -- a
    # name the model made a person, or a site it tagged FAC, on its usage alone; a name it made a body only when
    # a word of the name says site ("Hall of Mirrors", "Breitscheidplatz"): "at Darmstadt Technical University",
    # "in the Knesset" are bodies met where they sit
    uses: dict[str, list[bool]] = {}
    for m in mentions:
        if m.actor_id or m.label not in ("ORG", "PERSON", "FAC") or m.kind == "place":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        # (a person's name after "at" or "on" is as often whom something is aimed at: "shouted at X")
        preps = _LOCATING_PREPS if m.label != "PERSON" or _site_word_in(m.text) else _INSIDE_PREPS
        uses.setdefault(_bare(m.text), []).append(
            root.dep_ == "pobj" and root.head.lower_ in preps and root.head.head.i != root.i)
    for m in mentions:
        key = _bare(m.text)
        if m.actor_id or m.kind == "place" or key not in uses or not all(uses[key]):
            continue
        if m.label in ("PERSON", "FAC") or m.label == "ORG" and _site_word_in(m.text):
            m.label, m.kind = "FAC", "place"
            m.evidence = m.evidence or "the article only names it as where something happens"


# prepositions of place: a name only ever after one of these is where things happen ("to" and "from" are left out:
# "a letter to X", "an envoy from X" name who)
_LOCATING_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "within", "around", "across", "through",
                             "along", "down", "into", "onto", "beside", "opposite"})
_INSIDE_PREPS = frozenset({"in", "inside", "within", "near", "outside"})
# words of a site's name, also as the first word or glued on ("Hall of Mirrors", "Kibbutz Nirim", "Breitscheidplatz",
# "Kultorvet"): the usage rule takes a body's name for a place only with one of these
_SITE_WORDS = frozenset({"hill", "hall", "square", "plaza", "piazza", "plein", "platz", "torget", "torvet", "kibbutz",
                         "arc", "gate", "tower", "boulevard", "avenue", "street", "road", "bridge", "reef", "shoal",
                         "pagoda", "temple", "shrine", "mausoleum", "cathedral", "monastery", "fort", "castle",
                         "garden", "gardens", "beach", "quay", "pier", "estate", "ranch", "farm", "moshav"})
_GLUED_SITE = ("platz", "torget", "torvet", "plein", "strasse", "straße")


def _site_word_in(name: str) -> bool:
    words = [w.lower().strip(".,'’") for w in name.split()]
    return any(w in _SITE_WORDS for w in words) or any(w.endswith(_GLUED_SITE) and len(w) > 7 for w in words)


_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "province", "region", "district",
                               "county", "municipality", "settlement", "camp"})


def _syllable_cut(doc: Any, start: int, end: int) -> bool:
    """A two-word Korean or Chinese name whose last syllable the model left out ("Kim Ju" | "Ae"), often
    because the sentence splitter cut there: the next word is one short syllable written right after it."""
    from dossier.resolve.names import name_key

    nxt = doc[end]
    k = name_key(doc[start:end].text)
    return (k is not None and k.syllabic and end - start == 2 and len(nxt.text) <= 4 and nxt.is_alpha
            and doc[end - 1].whitespace_ == " " and (end + 1 >= len(doc) or not doc[end + 1].is_title))


def _conjoined_name_end(doc: Any, start: int, end: int) -> int:
    """The end of a body's name that joins two nouns with "and" after its "of" ("Committee of Transition"
    + "and the Restoration of Institutions", "Federation of Red Cross" + "and Red Crescent Societies"):
    the conjunct the parse hangs on the name, when every word of it is capitalised or a function word."""
    span = doc[start:end]
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or not any(t.lower_ in ("of", "for") for t in span):
        return end
    j = end + 1
    if doc[j].lower_ == "the":
        j += 1
    conj = doc[j]
    if conj.dep_ != "conj" or not start <= conj.head.i < end or not conj.is_title or _is_title_token(conj):
        return end
    right = conj.right_edge.i + 1
    words = doc[j:right]
    if len(words) > 6 or any(t.is_sent_start for t in words) or not all(
            (t.is_title or t.lower_ in ("of", "the", "and", "for")) and t.ent_type_ in ("", "ORG") for t in words):
        return end
    if any(t.ent_iob_ == "B" and t.ent_type_ for t in words) and any(
            e.start >= j and e.end > right for e in doc_ents(doc) if e.start < right):
        return end  # an entity that runs past the conjunct is somebody else's name
    # a second body of its own ("Ministry of Defence and the Army"): two names, not one
    if conj.head.i == span.root.i and _institution_head(conj.lower_):
        return end
    return right


def _armed_or_state_body(name: str) -> bool:
    """A name the actor dictionaries file as an armed group, a state body or an outlet and not as a person ("Al
    Qaeda affiliate Al Shabab" tagged PERSON): the body. Names of two words or more only (a one-word name is as
    often someone's surname)."""
    from dossier.resolve.kb import load_kb

    if len(name.split()) < 2:
        return False
    kb = load_kb()
    org = kb.lexicon_entry(name, "org")
    return org is not None and org.sector in ("REB", "MIL", "GOV", "IGO", "MED", "PTY", "SPY", "POL") and \
        kb.lexicon_entry(name, "person") is None


def _in_lexicon(word: str) -> bool:
    from dossier.resolve.kb import load_kb

    kb = load_kb()
    return kb.lookup(word) is not None or kb.lexicon_entry(word, "org") is not None


@lru_cache(maxsize=1)
def _agency_names() -> frozenset[str]:
    """Names of news agencies and outlets the knowledge base files under the media sector (KB and the
    Phoenix lexicon), normalised."""
    from dossier.resolve.kb import load_kb, normalise_name

    kb = load_kb()
    return frozenset(normalise_name(n) for e in kb.entries.values() if e.sector == "MED"
                     for n in (e.name, *getattr(e, "aliases", ())))


def _news_agency(name: str) -> bool:
    from dossier.resolve.kb import load_kb, normalise_name

    if normalise_name(name) in _agency_names():
        return True
    e = load_kb().lookup(name)
    return e is not None and e.sector == "MED" or bool(re.search(r"\b(news|agency|press|times|post)\b", name, re.I))


def _institution_head(word: str) -> bool:
    from dossier.resolve.context import _institution_heads

    return word in _institution_heads()


def _governing_body_start(doc: Any, start: int, end: int) -> int:
    """Where a body's name starts when the model kept only what follows "for" or "of" ("the Coordination
    of Humanitarian Affairs" of "UN Office for the Coordination of Humanitarian Affairs"): the body noun the
    preposition hangs on, written right before it in capitals, and its capitalised modifiers."""
    root = doc[start:end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.i >= start or prep.i < start - 2:
        return start
    if any(t.i != prep.i and t.lower_ != "the" for t in doc[prep.i:start]):
        return start
    body = prep.head
    # a body the model named on its own ("the Federal Penitentiary Service" | "of the ... District") is
    # its own mention; a title is no body ("Minister for the ...")
    if body.i != prep.i - 1 or not body.is_title or body.ent_type_ or not _institution_head(body.lower_) \
            or _is_title_token(body):
        return start
    first = body.i
    while first > 0 and doc[first - 1].head.i == body.i and doc[first - 1].dep_ in ("compound", "amod") \
            and (doc[first - 1].is_title or doc[first - 1].is_upper) and not doc[first - 1].is_sent_start:
        first -= 1
    return first if not doc[body.i].is_sent_start or first == body.i else start


# a single capital with a full stop ("on X. Military spokesman ..."): an initial in a person's name, but in
# any other name the end of a sentence the splitter missed
_INITIAL = re.compile(r"^[A-Z]\.$")


def _compass_initial(doc: Any, i: int) -> bool:
    """"N." or "S." before "Korea(n)": one name ("N. Korea"), whatever the splitter made of the full stop."""
    return doc[i].text in ("N.", "S.") and i + 1 < len(doc) and doc[i + 1].text in ("Korea", "Korean", "Koreans")


def _one_sentence(doc: Any, start: int, end: int, label: str) -> tuple[int, int]:
    """The part of a span that lies in one sentence: the one holding the span's head word."""
    # a break the splitter made inside a name without punctuation ("Kim Ju" | "Ae") is the splitter's slip
    cuts = [t.i for t in doc[start + 1:end] if t.is_sent_start and (doc[t.i - 1].is_punct
                                                                     or doc[t.i - 1].text.endswith("."))
            and not _compass_initial(doc, t.i - 1)]
    if label != "PERSON":
        cuts += [t.i + 1 for t in doc[start:end - 1] if _INITIAL.match(t.text) and doc[t.i + 1].is_title
                 and not _compass_initial(doc, t.i)]
    if not cuts:
        return start, end
    root = doc[start:end].root.i
    bounds = [start, *sorted(set(cuts)), end]
    for a, b in zip(bounds, bounds[1:]):
        if a <= root < b:
            return a, b
    return start, end


# words that may open a body's longer name before a known one ("Supreme National" + "Security Council")
_NAME_OPENERS = frozenset({"supreme", "national", "federal", "central", "joint", "general", "state", "high",
                           "higher", "grand", "revolutionary", "islamic", "people's", "peoples", "presidential",
                           "royal", "imperial", "international", "united"})


_NAME_CONNECTORS = frozenset({"For", "Of", "And", "for", "of"})


def _body_sentence(span: Any) -> bool:
    """A sentence of running text, not a Title Case headline ("Trump Says Russia Must End War"), where a
    capital letter marks a name rather than a heading's style."""
    return sum(1 for t in span.sent if t.is_alpha and t.is_lower and len(t) > 2) >= 2


def _capitalised_name_word(tok: Any) -> bool:
    return (tok.is_alpha and (tok.is_title or tok.is_upper and len(tok) > 1) and not tok.is_sent_start
            and not _is_title_token(tok) and "\n" not in tok.whitespace_)


def _longer_name_start(doc: Any, start: int, end: int) -> int:
    """Where the capitalised name holding ``doc[start:end]`` begins: ``start`` itself unless the words
    written right before it are capitalised words of the same name, in running text ("North American
    planes", "the Sikhs For Justice group"). A title before a name ("President"), a sentence's first word,
    a word on another line and another entity's words (but a connector's left side) do not extend it."""
    if start == 0 or doc[start].is_sent_start or not _body_sentence(doc[start:end]):
        return start
    s = start
    while s > 0:
        prev = doc[s - 1]
        if "\n" in prev.whitespace_ or not prev.whitespace_:
            break
        if prev.text in _NAME_CONNECTORS and prev.text[0].isupper() and s >= 2 \
                and _capitalised_name_word(doc[s - 2]) and not doc[s - 2].like_num:
            s -= 2  # "Sikhs For" + "Justice": a capitalised connector inside one name
            continue
        if prev.ent_type_ or prev.is_stop or prev.pos_ in ("DET", "ADP", "PRON") or not _capitalised_name_word(prev):
            break  # "The United States": an article opens the phrase, it names nothing
        s -= 1
    if s < start and doc[s].is_sent_start:
        return start  # the run reaches the sentence's first word: no telling a name from a capital
    return s


def _longer_name(doc: Any, start: int, end: int, label: str, kb_id: str) -> tuple[int, int, str, str]:
    """A known name that is only part of the name written ("Security Council" of "Supreme National Security
    Council", "Indian" of "Indian Ocean"): the whole name, without the knowledge base's id."""
    if label in ("NORP", "GPE") and end + 1 < len(doc) and doc[end].lower_ in ("coast", "border") \
            and doc[end].is_title and doc[end + 1].lower_ in ("guard", "guards") and doc[end + 1].is_title \
            and not doc[end].ent_type_:
        return start, end + 2, "ORG", ""  # "China Coast Guard", "Japan Coast Guard": the service, not the coast
    if label in ("NORP", "GPE") and end < len(doc):
        nxt = doc[end]
        if nxt.is_title and not nxt.ent_type_ and (nxt.lower_ in _FACILITY or nxt.lower_ in ("ocean", "oceans")
                                                   or _generic_place_word(nxt.lower_)):
            if start > 0 and doc[start - 1].lower_ in _COMPASS and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and doc[start - 1].whitespace_ == " " \
                    and doc[start - 1].head.i in range(start, end + 1):
                start -= 1  # "South" + "China" + "Sea": the compass word opens the sea's name, no country's
            return start, end + 1, "LOC", ""  # "Indian Ocean", "Korean Peninsula": a place, not the country
    if label == "ORG":
        root = doc[start:end].root
        s = start
        while s > 0 and doc[s - 1].is_title and not doc[s - 1].ent_type_ and doc[s - 1].lower_ in _NAME_OPENERS \
                and doc[s - 1].head.i in range(s, end):
            s -= 1
        if s < start and root.i in range(start, end):
            return s, end, label, ""
    return start, end, label, kb_id


# words a live page prints after a headline's name ("Mamallapuram Latest Updates", "Kyiv Live"): no name ends so
_PAGE_TAGS = frozenset({"latest", "live", "updates", "update", "highlights", "breaking", "exclusive", "explainer"})


def _trim(doc: Any, start: int, end: int):
    for i in range(start + 1, end):
        if doc[i].text == ":" and not doc[i - 1].like_num:
            end = i  # "Mamallapuram Latest Updates: Prime Minister ...": a name does not run over a colon
            break
    while end - start > 1 and doc[end - 1].lower_ in _PAGE_TAGS and doc[end - 1].is_title:
        end -= 1
    for i in range(start + 1, end - 1):
        if doc[i].text in ("-", "–", "—") and doc[i].whitespace_ and doc[i - 1].whitespace_ \
                and doc[i + 1].text[:1].islower():
            end = i  # "Rodrigo Londono - warmly shook hands": a spaced dash and a lower-case word end the name
            break
    while start < end and (doc[start].text in _LEADING or doc[start].is_space
                           # a menu's or a link's arrow or bullet ("› Breaking"): no part of a name
                           or not any(c.isalnum() for c in doc[start].text) and doc[start].text not in ("(", "[", "@", "#", "&", "‘", "'")
                           or doc[start].lower_ in ("a", "an") and doc[start].dep_ == "det"  # "an International ..."
                           # a sentence's first word capitalised with the name: "Before Truss, ..."
                           or end - start > 1 and doc[start].is_sent_start and doc[start].is_stop
                           and doc[start].dep_ == "prep" and doc[start + 1:end].root.head.i == start
                           # "Earlier the National Assembly ...": a sentence's opening adverb, then the name's article
                           or end - start > 2 and doc[start].is_sent_start and doc[start].tag_ in ("RB", "RBR", "RBS")
                           and doc[start + 1].text in ("the", "a", "an")):
        start += 1
    while end > start and (doc[end - 1].lower_ in _TRAILING and not _hyphened_tail(doc, start, end)
                           and not _syllable_tail(doc, start, end)
                           or doc[end - 1].is_punct and doc[end - 1].text != "."
                           or doc[end - 1].is_space
                           or (end - start > 1 and doc[end - 1].tag_ in ("VBD", "VBN", "VBZ")
                               and _ordinary(doc[end - 1].text))  # a headline's verb: "Taylor Swift Played"
                           or (end - start > 1 and _RANK.match(doc[end - 1].text) and doc[end - 1].text[:1].isupper()
                               and doc[end - 1].lower_.rstrip(".") not in ("st", "rev"))):
        end -= 1  # a trailing rank is the next person's title: "the Sudanese Armed Forces Brig."
    if end <= start:
        return None
    return doc[start:end]


def _hyphened_tail(doc: Any, start: int, end: int) -> bool:
    """The span's last word is the end of a hyphenated name written with no spaces ("Moon Jae-in"): no
    dangling preposition to trim."""
    return end - start >= 3 and doc[end - 1].is_alpha and doc[end - 2].text == "-" and not doc[end - 2].whitespace_ \
        and not doc[end - 3].whitespace_ and doc[end - 3].is_alpha and doc[end - 3].text[:1].isupper()


def _syllable_tail(doc: Any, start: int, end: int) -> bool:
    """The span's last word is a Korean given name's last syllable written apart and capitalised ("Moon Jae In",
    "Lee Jae An"): a name, not a dangling preposition. Three short capitalised words, surname first."""
    from dossier.resolve.names import name_key

    if end - start != 3 or not doc[end - 1].is_title:  # the splitter may start a sentence at "In"
        return False
    if not all(t.is_alpha and t.is_title and len(t.text) <= 5 and t.whitespace_ == " " for t in doc[start:end - 1]):
        return False
    k = name_key(doc[start:end].text)
    return k is not None and k.syllabic


# the fighters a group's name stands before ("M23 rebels", "Wagner fighters")
_ARMED_MEMBERS = frozenset({"rebel", "rebels", "militant", "militants", "fighter", "fighters", "insurgent",
                            "insurgents", "militia", "militiamen", "guerrilla", "guerrillas", "gunmen"})
# titles that with one name make the name a person's style ("Pope Francis", "Prince William", "Queen Rania")
_STYLED_BY_TITLE = frozenset({"pope", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir",
                              "sheikh", "sheikha", "patriarch"})


def _split_title(span: Any, label: str) -> tuple[Any, str, list]:
    """Leading title words out of a person's span: ("Rear Adm. Daniel Hagari") -> ("Daniel Hagari", ["Rear", "Adm."]).
    A place-tagged span opening with a title ("PM Modi" tagged GPE) is a person only when what follows the title is
    a person the article names ("Narendra Modi"): "Prince Edward Island", "General Santos" stay places."""
    if label in ("GPE", "LOC", "FAC", "NORP") and len(span) > 1 and _is_title_token(span[0]):
        rest, _, title = _split_title(span, "PERSON")
        if rest is not None and title and _named_person_elsewhere(rest):
            return rest, "PERSON", title
        return span, label, []
    if label not in ("PERSON", "ORG"):
        return span, label, []
    i = span.start
    while i < span.end and (_is_title_token(span.doc[i]) or (
            span.doc[i].text in ("-", "–") and i > span.start and i + 1 < span.end
            and _is_title_token(span.doc[i + 1])) or (  # "Brig-Gen"
            span.doc[i].lower_ == "crown" and i + 1 < span.end and span.doc[i + 1].lower_ in ("prince", "princess")) or (
            span.doc[i].lower_ in ("lady", "gentleman") and i > span.start and span.doc[i - 1].lower_ == "first") or (
            span.doc[i].lower_ == "co" and i + 2 < span.end and span.doc[i + 1].text in ("-", "–")
            and _is_title_token(span.doc[i + 2]))):
        i += 1  # "Crown Prince X": the heir's title; "Co-Chair X": a joint one
    if i == span.start:
        return span, label, []
    rest = span.doc[i:span.end]
    if len(rest) == 0:
        return None, label, []  # nothing but a title: "Rear Adm."
    if not all(t.is_title or t.is_upper or t.text in ("-", ".", "'") or t.lower_ in ("bin", "al", "de", "van", "von")
               for t in rest):
        return span, label, []
    if label == "ORG" and (not _looks_like_person(rest) or _institution_head(rest[-1].lower_)
                           or any(t.tag_ == "POS" for t in rest)):
        return span, label, []  # "Attorney General's Office", "Prime Minister's Office": the office is a body
    if len(rest) == 1 and span.doc[i - 1].lower_ in _STYLED_BY_TITLE and not _in_lexicon(rest.text):
        # "Pope Francis", "Prince William": a monarch or a pontiff goes by the title and one name, which alone
        # is anyone's given name; the title stays in the name (and is the role)
        return span.doc[i - 1:span.end], "PERSON", list(span.doc[span.start:i])
    return rest, "PERSON", list(span.doc[span.start:i])


def _named_person_elsewhere(rest: Any) -> bool:
    """``rest`` is a person the article's model tagged so elsewhere: the same words, or the surname of a full name."""
    words = [t.text for t in rest]
    for e in doc_ents(rest.doc):
        if e.label_ != "PERSON" or e.start <= rest.start < e.end:
            continue
        names = [t.text for t in e]
        if names == words or len(words) == 1 and len(names) > 1 and names[-1] == words[0]:
            return True
    return False


def _owned_person(span: Any, label: str) -> tuple[Any, str, list]:
    """A person's name after a possessive the model took into the span ("England's Ben Stokes", "Fox News'
    Sean Hannity"): the name is the person's, the owner (a team, an outlet, a party) says whose he is."""
    if label not in ("PERSON", "ORG") or span_ents(span) and span_ents(span)[0].ent_id_:
        return span, label, []
    for k, tok in enumerate(span[:-1]):
        if tok.tag_ == "POS" or tok.text in ("'", "’") and k > 0 and span[k - 1].text.endswith("s"):
            rest = span[k + 1:]
            if _person_tail(rest):
                return rest, "PERSON", list(span[:k + 1])
            break
    if label == "ORG":
        for k, tok in enumerate(span[1:3], start=1):
            rest = span[k + 1:]
            if tok.lower_ == "of" and _person_tail(rest) and _person_shaped(rest.text):
                # "the second Mercedes of Valtteri Bottas": a car (a team's, a maker's) and its driver, named
                # by the person's name after "of"; the thing owned is no body of its own
                return rest, "PERSON", []
    return span, label, []


def _possessive_at(span: Any) -> int | None:
    for k, tok in enumerate(span[:-1]):
        if tok.tag_ == "POS" or tok.text in ("'", "’") and k > 0 and span[k - 1].text.endswith("s"):
            return k
    return None


def _person_tail(rest: Any) -> bool:
    """Two or three capitalised words ending in no everyday word and no known name: a person's name."""
    return 2 <= len(rest) <= 3 and all(t.is_title and t.is_alpha and not _institution_head(t.lower_)
                                       and t.lower_ not in _FACILITY for t in rest) \
        and not _ordinary(rest[-1].text) and not _place_or_known(rest[-1].text)


def _after_owner(span: Any) -> Any:
    """A place's name without the place that owns it ("Lyon's Groupama Stadium" -> "Groupama Stadium"),
    when at least two words are left and the owner is a place or a known name ("Taj Fisherman's Cove Resort"
    is one name: "Taj Fisherman" owns nothing)."""
    for tok in span:
        if tok.tag_ == "POS" and tok.i < span.end - 2:
            owner = _text([t for t in span.doc[span.start:tok.i] if t.lower_ != "the"])
            if owner and _place_or_known(owner):
                return span.doc[tok.i + 1:span.end]
            break
    return span


def _looks_like_person(span: Any) -> bool:
    """Two to four capitalised words and none of them an organisation or place word."""
    words = [t for t in span if t.is_alpha]
    if not 2 <= len(words) <= 4:
        return False
    return not any(t.lower_ in _FACILITY or t.lower_ in ("ministry", "party", "committee", "council", "agency",
                                                           "army", "forces", "news", "times", "post", "bank",
                                                           "group", "company", "university", "institute")
                   for t in words)


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    from dossier.ingest.clean import _data

    return frozenset(w.lower() for w in _data().get("outlet_words", []))


def _facility_of(span: Any) -> bool:
    """A name built "<Title-Case words> <facility> of <what>": the facility noun heads it, whatever follows."""
    for i, tok in enumerate(span[:-1]):
        if tok.lower_ == "of" and i >= 1:
            head = span[i - 1]
            return head.is_title and head.lower_ in _FACILITY
    return False


def _known_body(kb_id: str) -> bool:
    from dossier.resolve.kb import load_kb

    entry = load_kb().entries.get(kb_id)
    return entry is not None and entry.kind in ("organisation", "group")


def _kind(span: Any, label: str) -> str | None:
    kind = KIND_BY_LABEL.get(label)
    last = span[-1].lower_
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    if label in ("PERSON", "ORG") and first.text in SHIP_PREFIXES and first.i < span.end - 1 and \
            last not in _PLACE_HEADS:
        return "organisation"  # "USS Decatur" tagged a person: a navy's ship, which acts for its crew
    if label == "PERSON" and len(span) > 1 and last in _outlet_words():
        return "organisation"  # "Eurasia Monitor", "Harbour Times": an outlet read as a name
    if label == "PERSON" and len(span) > 1 and (last in _COMPANY_ENDS or _runs_vessels(span)):
        return "organisation"  # "Ray Car Carriers", "the vessel is managed by Nippon Yusen"
    words = span.text.split()
    form = words[-1] if len(words) > 1 else ""
    # a short form only in capitals or with its dots ("AŞ", "AB", "Co."): "Sa" or "Se" may end a person's name
    if label == "PERSON" and form[:1].isupper() and form.lower().rstrip(".") in {f.rstrip(".") for f in _LEGAL_FORMS} \
            and (len(form.rstrip(".")) > 2 or form.isupper() or "." in form):
        return "organisation"  # "Medya AŞ", "Tekfen Holding A.Ş.": a company's legal form ends the name
    if label == "ORG" and last in ("dynasty", "family", "clan") and len(span) > 1:
        return "group"  # "Bongo Dynasty": kin, not an organisation
    if label in ("ORG", "NORP", "PERSON") and _followers(span):
        return "group"  # "Chavistas", "Peronists": a leader's followers, not a body
    if label in ("ORG", "PERSON") and len(span) > 1 and span[-1].is_title and (
            last in _PLACE_HEADS or last == "line" and span[-2].lower_ in _LINE_KINDS):
        return "place"  # "the X Memorial", "the Military Demarcation Line": a site or a border, not an actor
    if label == "ORG" and _place_acronym(span):
        return "place"  # "the DMZ" in an article that writes "the Demilitarized Zone"
    if label in ("ORG", "PERSON", "FAC") and _room_or_grounds(span):
        return "place"  # "the Diplomatic Reception Room of X", "the historic Filoli Estate", "outside Abbey Gate"
    if label == "PERSON" and (len(span) > 1 or _after_body_noun(span)) and _described_as_body(span):
        return "organisation"  # "shipping firm X", "the owners X", "newspapers, including X and Y"
    if label == "ORG" and _surname_of_named_person(span):
        return "person"  # "Zawahiri" tagged ORG in an article naming "Ayman al-Zawahiri"
    if label in ("ORG", "PERSON") and (last in _FACILITY or _generic_place_word(last)) and len(span) > 1:
        return "place"  # "Vostochny Cosmodrome", "Amur Region" tagged ORG
    if label in ("ORG", "PERSON") and len(span) > 2 and _facility_of(span):
        return "place"  # "the National Museum of History", "the Memorial Cemetery of the Pacific"
    if label in ("ORG", "PERSON") and last == "park" and len(span) > 1 and _gone_to(span):
        return "place"  # "police reached Zaman Park"; "Park" is also a surname ("Grace Park said"), so a
        # name ending in it is a park only where it is a place one goes to, takes or is in
    if label in ("ORG", "PERSON", "NORP") and len(span) > 1 and span[-1].is_lower and last in _SITE_NOUNS:
        return "place"  # "Beslan school" of "the 2004 Beslan school siege"
    if label in ("ORG", "PERSON") and _called_a_place(span):
        return "place"  # "the al-Dailami air base", "Gono Bhaban, the prime minister's residence"
    if kind == "place" and label == "GPE":
        from dossier.resolve.places import is_country

        if is_country(span.text):
            return "country"
    return kind


# the last word of a site or zone's name ("the USS Arizona Memorial", "the Demilitarized Zone"), or of a feature of
# the land ("the Bolan Pass", "the Swat Valley"): a place
_PLACE_HEADS = frozenset({"memorial", "monument", "zone", "mausoleum", "cemetery", "pass", "valley", "gorge",
                          "peninsula", "plateau", "desert"})
# a "Line" after one of these words is a border ("the Military Demarcation Line", "the Line of Control" is
# written otherwise); "Maersk Line" is a shipping company
_LINE_KINDS = frozenset({"demarcation", "armistice", "ceasefire", "cease-fire", "boundary", "border", "control",
                         "contact", "frontier", "limit"})
# nouns of a company or a medium that describe a name apposed or listed under them ("shipping firm X", "the
# owners X", "newspapers, including X and Y")
# (not "owner" or "operator" alone: "shop owner X" is a person; "the owners X", one name for several, a company)
_BODY_NOUNS = frozenset({"firm", "firms", "company", "companies", "owners", "operators",
                         "carrier", "carriers", "newspaper", "newspapers", "outlet", "outlets", "daily", "dailies",
                         "broadcaster", "broadcasters", "publisher", "publishers", "insurer", "insurers", "lender",
                         "lenders", "manufacturer", "manufacturers", "maker", "makers", "shipowner", "shipowners",
                         "conglomerate", "conglomerates", "airline", "airlines", "bank", "banks", "group", "groups",
                         # armed, criminal and political bodies ("the militant group X", "the criminal gang X", "the
                         # far-right party X"): "group" is also a title word of the sector lexicon ("rebel group")
                         "gang", "gangs", "cartel", "cartels", "militia", "militias", "faction", "factions",
                         "syndicate", "outfit", "party", "parties", "movement", "network", "organisation",
                         "organization", "alliance", "coalition"})


# last words of a place's long form that an acronym may stand for ("demilitarized zone", "exclusive economic
# zone", "tribal areas")
_ZONE_WORDS = r"(?:zones?|areas?|regions?|territor(?:y|ies)|memorial|monument|line)"


def _place_acronym(span: Any) -> bool:
    """An acronym (2-5 capitals) whose long form the article writes as a place ending in a zone's or an area's
    word ("DMZ" and "the Demilitarized Zone", "EEZ" and "exclusive economic zone"). The long form is matched as
    Schwartz and Hearst (2003) match abbreviations: the acronym's first letter starts the phrase's first word,
    its last letter starts the phrase's last word, and all its letters appear in order in the phrase."""
    t = span.text.strip()
    if len(span) != 1 or not re.fullmatch(r"[A-Z]{2,5}", t) or _in_lexicon(t):
        return False
    n = len(t)
    pat = re.compile(rf"\b{t[0]}[a-z\-]*(?:\s+[a-z][a-z\-]*){{0,{n - 2}}}\s+{_ZONE_WORDS}\b", re.I)
    for m in pat.finditer(doc_text(span.doc)):
        phrase = m.group(0).lower()
        words = phrase.split()
        if len(words) > n or words[-1] == "line" and (len(words) < 2 or words[-2] not in _LINE_KINDS):
            continue
        if words[-1][0] != t[-1].lower():
            continue
        i = 0
        for ch in phrase[:-len(words[-1])]:
            if i < n - 1 and ch == t[i].lower():
                i += 1
        if i == n - 1:
            return True
    return False


def _followers(span: Any) -> bool:
    """One capitalised plural word ending in "-istas"/"-ists" that names a leader's or a creed's followers
    ("Chavistas", "Peronists", "Zapatistas"): a group of people, not a body. The stem before the ending is no
    everyday word ("Communists", "Nationalists" are common nouns; "Scientists" too)."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or not words[0].is_title:
        return False
    w = words[0].text
    m = re.fullmatch(r"([A-Z][a-z]+?)(?:istas|istes|ists)", w)
    return bool(m) and not _ordinary(w) and not _ordinary(m.group(1).lower() + "ism")


def _after_body_noun(span: Any) -> bool:
    """A body's noun in lower case right before the name ("the opposition party Pastef", "the mercenary group
    Wagner"): a one-word name so introduced is the body's too."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in _BODY_NOUNS and prev.pos_ == "NOUN" and prev.is_lower


def _described_as_body(span: Any) -> bool:
    """A name tagged PERSON that a company's or a medium's noun describes: in apposition or as a compound
    before it ("shipping firm X", "the owners X", "the company that owns it, X"), or listed under it after
    "including"/"such as" ("newspapers, including X and Y")."""
    doc = span.doc
    root = span.root
    if _after_body_noun(span):
        return True  # "shipping firm X", "the owners X"
    if _titled(span):
        return False
    if _body_noun_headed(span) or _based_body(span):
        return True  # "the X militia", "Jordan-based X"
    heads = []
    tok = root
    for _ in range(4):  # "newspapers, including X and Y": X's head "including", its head "newspapers"
        if tok.dep_ in ("conj", "appos"):
            tok = tok.head
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "like", "as"):
            listed = tok.head.head
            heads.append(listed)
            # "a slew of newspapers, including X": the list hangs on the quantity noun, the kind is its object
            heads.extend(c for p in listed.children if p.dep_ == "prep" and p.lower_ == "of"
                         for c in p.children if c.dep_ == "pobj")
        break
    if root.dep_ == "appos" and root.head.i < span.start:
        heads.append(root.head)
    return any(h.lower_ in _BODY_NOUNS and h.pos_ == "NOUN" and h.is_lower and h.i not in range(span.start, span.end)
               for h in heads)


def _surname_of_named_person(span: Any) -> bool:
    """One capitalised word tagged ORG that is the surname of a person the article names in full, written
    without its Arabic article ("Zawahiri" after "Ayman al-Zawahiri"), or as the full name writes it."""
    words = [t for t in span if t.is_alpha or "-" in t.text]
    if len(span) != 1 or len(words) != 1 or not span[0].is_title or _ordinary(span.text):
        return False
    from dossier.resolve.kb import load_kb

    kb = load_kb()
    known = kb.lookup(span.text)
    if kb.lexicon_entry(span.text, "org") is not None or known is not None and known.kind != "person":
        return False  # a body the knowledge base knows by the word ("Ford", "Wagner")
    w = span.text
    for e in doc_ents(span.doc):
        if e.label_ != "PERSON" or len(e) < 2 or e.start == span.start:
            continue
        # spaCy splits "al-Zawahiri" into "al", "-", "Zawahiri": the last token is the surname without its article
        if e[-1].text == w:
            return True
    return False


def _runs_vessels(span: Any) -> bool:
    """The name is the agent of managing, chartering or operating in a sentence about a ship ("the vessel is
    managed by X", "the ship ... chartered by Japan's X"): a shipping company, unless a title or a person's noun
    stands before it ("managed by captain X")."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "by" or root.head.head.lemma_.lower() not in _SHIP_BUSINESS:
        return False
    if any(c.dep_ in ("compound", "amod", "appos") and c.pos_ == "NOUN" for c in root.children):
        return False
    if span.start > 0 and _is_title_token(span.doc[span.start - 1]):
        return False
    return any(t.lower_ in _VESSEL_NOUNS and t.lower_ not in ("pipeline", "pipelines", "cable", "interconnector")
               for t in root.sent)


def _vessel_context(span: Any) -> bool:
    """The article calls the name a merchant vessel's or a pipeline's: a vessel noun after it that the parse
    makes its head ("the Galaxy Leader ship", "X Cargo Ship"), a vessel noun it stands in apposition to or
    is named by ("the ship, X,", "the gas pipeline X", "the tanker X"), a flag before it ("the
    Panama-flagged X") or "aboard" before it."""
    doc = span.doc
    root = span.root
    words = [t for t in span if t.lower_ != "the"]
    if words and re.fullmatch(r"[A-Z]{2,5}", words[0].text) and len(words) > 1:
        return False  # a navy's or a coast guard's ship ("INS Sukanya", "BRP Cabra"): the service acting
    if any(t.lower_ in ("naval", "navy", "warship", "guard", "military") for t in doc[max(0, span.start - 5):span.start]):
        return False  # "an Indian navy ship, the INS Mysore", "the coast guard vessel X"
    if len(words) > 1 and words[-1].lower_ in _VESSEL_NOUNS and words[-2].lower_ in _VESSEL_TRADES:
        return True  # "Galaxy Leader Cargo Ship" tagged whole
    j = span.end
    if j < len(doc) and doc[j].text in ('"', "”", "’", "'"):
        j += 1
    if j < len(doc) and doc[j].lower_ in _VESSEL_TRADES:
        j += 1
    # a name of one word before the noun is more often the owner's ("a Maersk ship") than the vessel's
    if len(words) > 1 and j < len(doc) and doc[j].lower_ in _VESSEL_NOUNS and (root.head.i == j or doc[j].head.i in range(span.start, span.end)
                                                           or root.head.i in range(span.end, j + 1)):
        return True
    if root.dep_ in ("appos", "nmod") and root.head.i < span.start and root.head.lower_ in _VESSEL_NOUNS \
            and root.head.pos_ == "NOUN" and not root.head.is_title:
        return True  # "the ship, Galaxy Leader,", "the gas pipeline Baltic Connector"
    if root.dep_ == "appos" and span.start >= 2 and doc[span.start - 1].text == "," \
            and doc[span.start - 2].lower_ in _VESSEL_NOUNS and doc[span.start - 2].pos_ == "NOUN" \
            and not doc[span.start - 2].is_title and span.end < len(doc) and doc[span.end].text == ",":
        return True  # "the owner of the ship, Galaxy Leader, said": the parse hung the apposition on "owner"
    if any(c.dep_ == "appos" and c.i >= span.end and c.lower_ in _VESSEL_NOUNS and c.pos_ == "NOUN" and c.is_lower
           for c in root.children):
        return True  # "the X, a tanker owned by ...", "X (an oil and chemical tanker)"
    if root.dep_ == "conj" and root.head.dep_ == "appos" and root.head.lower_ in _VESSEL_NOUNS \
            and root.head.pos_ == "NOUN" and root.head.is_lower:
        return True  # "the X, a tanker ..., and the Y, a ship ...": the parse hung Y on the first apposition
    if root.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in _VESSEL_NOUNS and c.pos_ == "NOUN"
                                   for c in root.head.children):
        return True  # "The ships were the X and the Y"
    i = span.start - 1
    if i >= 0 and doc[i].text in ('"', "“", "‘", "'"):
        i -= 1
    if i >= 0 and doc[i].lower_ in _VESSEL_NOUNS and doc[i].pos_ == "NOUN" and not doc[i].is_title \
            and (doc[i].head.i in range(span.start, span.end) or root.head.i == i):
        return True  # "the tanker X", 'the ship "X"'
    if i >= 0 and (doc[i].lower_ in ("aboard", "onboard") or doc[i].lower_ == "flagged"
                   or doc[i].lower_.endswith("-flagged")):
        return True
    if i >= 1 and doc[i].lower_ == "the" and (doc[i - 1].lower_ in ("aboard", "onboard")
                                              or doc[i - 1].lower_.endswith("flagged")):
        return True
    return False


# verbs of getting on or off a craft: their object, or what "off", "aboard" or "onto" after them governs, is the
# aircraft or the vessel ("boarded X", "stepped off X", "disembark from X")
_BOARD_VERBS = frozenset({"board", "disembark", "deplane", "embark", "alight", "step", "climb", "descend",
                          "emerge", "exit", "get", "walk", "ride"})
# what a craft does that no body does: "X touched down at ...", "X landed in ...", "X took off"
_CRAFT_VERBS = frozenset({"touch", "land", "taxi", "take"})


def _ridden(span: Any) -> bool:
    """The name is a craft someone boards, leaves or rides, or that lands or takes off: the object of boarding
    ("before boarding X"), after "off", "aboard" or "from" on a verb of getting off ("stepped off X", "disembark
    from X"), or the subject of touching down, landing or taking off
    without an object ("X touched down in ..."). An aircraft or a ship, not an actor."""
    root = span.root
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in ("board", "disembark", "deplane", "exit"):
        return True
    if root.dep_ == "dobj" and head.lemma_.lower() in _BOARD_VERBS \
            and any(c.dep_ == "prt" and c.lower_ in ("off", "aboard", "onto") for c in head.children):
        return True  # "stepped off X", with "off" read as the verb's particle
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("boarding", "boarded", "boards") \
            and span.doc[span.start - 1].is_lower:
        return True  # "before boarding X", where the parse read "boarding" as a noun
    if any(t.dep_ == "relcl" and t.lemma_.lower() in ("drive", "ride", "fly", "pilot")
           and not any(c.dep_ == "dobj" for c in t.children) for t in root.children):
        return True  # "the Toyota Land Cruiser she was driving": a vehicle
    if root.dep_ == "pobj" and head.dep_ in ("prep", "prt", "advmod") and head.head.pos_ in ("VERB", "NOUN"):
        verb = head.head.lemma_.lower()
        if head.lower_ in ("off", "aboard", "onboard", "onto") and verb in _BOARD_VERBS:
            return True
        if head.lower_ == "from" and verb in ("disembark", "deplane", "alight", "descend", "emerge", "step"):
            return True
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in _CRAFT_VERBS \
            and not _institution_head(span[-1].lower_) \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.children):
        particle = {c.lower_ for c in head.children if c.dep_ == "prt"}
        lemma = head.lemma_.lower()
        return lemma == "touch" and "down" in particle or lemma == "take" and "off" in particle \
            or lemma in ("land", "taxi") and any(c.dep_ == "prep" and c.lower_ in ("at", "in", "on")
                                                 for c in head.children)
    return False


# nouns of a weapon that a system's name premodifies ("the X air defence system", "X missile batteries"); the
# system's noun alone needs a word of arms in the chain or a designation's digits ("the S-400 systems")
_SYSTEM_NOUNS = frozenset({"system", "systems", "battery", "batteries"})
_ARMS_WORDS = frozenset({"defense", "defence", "missile", "missiles", "rocket", "rockets", "interceptor",
                         "interceptors", "anti-missile", "anti-aircraft", "weapon", "weapons", "radar", "launcher"})
# nouns of an illness a name premodifies ("the X pandemic", "X vaccines")
_DISEASE_NOUNS = frozenset({"pandemic", "epidemic", "outbreak", "virus", "infection", "infections", "variant"})
# measures of a bulk good: "75,000 tonnes of X" is the cargo, not a body
_MEASURE_NOUNS = frozenset({"tonne", "ton", "barrel", "litre", "liter", "gallon", "kilogram", "kilo", "pound",
                            "cubic", "metric", "bushel", "bag", "sack", "carton", "crate", "cargo", "shipment"})


def _names_a_thing(span: Any) -> bool:
    """The name premodifies, through lower-case nouns, the noun of a weapon system ("Israel's X defense system",
    "S-400 air defense missile systems") or of an illness ("the origins of the X pandemic"), or is the good a
    measure counts ("75,000 tonnes of X"): a made thing, an illness or a commodity, not an actor."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _MEASURE_NOUNS \
            and root.head.head.i < span.start and len(span) <= 2:
        return True
    tok, chain = root, []
    for _ in range(4):
        if tok.dep_ not in ("compound", "nmod", "amod", "npadvmod", "nummod") or tok.head.i < span.end \
                or tok.head.pos_ not in ("NOUN", "PROPN", "ADJ") or not tok.head.is_lower:
            break
        tok = tok.head
        chain.append(tok.lower_)
    if not chain or chain[-1] not in _SYSTEM_NOUNS and chain[-1] not in _DISEASE_NOUNS:
        return False
    if chain[-1] in _DISEASE_NOUNS:
        return len(chain) == 1 and tok.i == span.end  # the noun right after the name: "the X pandemic"
    between = {t.lower_ for t in span.doc[span.end:tok.i + 1]}
    words = [t for t in span if t.is_alpha or any(ch.isdigit() for ch in t.text)]
    # one plain word before "missile systems" is more often the maker ("a Raytheon missile system")
    return any(ch.isdigit() for ch in span.text) or len(words) > 1 and bool(between & _ARMS_WORDS)


def _part_of_a_law(span: Any) -> bool:
    """The name's words lead, through capitalised words (and "and", "of", "the"), to a document's noun in Title
    Case outside the span that the parse makes their head: "the Anti-Money Laundering [and Terrorism Financing
    Act]" cut before "and" is a piece of the Act's name."""
    doc = span.doc
    head = span.root.head
    if head.i < span.end or not head.text[:1].isupper() or head.lower_ not in _DOCUMENTS or head.i - span.end > 5:
        return False
    return all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "&", "-") for t in doc[span.end:head.i])


# nouns whose "of" is a work's title ("the producer of X", "the star of X")
_WORK_MAKERS = frozenset({"producer", "producers", "co-producer", "screenwriter", "screenwriters", "star", "stars",
                          "sequel", "remake", "cast", "novelist"})


def _made_work(span: Any) -> bool:
    """The name is the "of" of a maker's or a star's noun ("the producer of X"): a film's or a book's title."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _WORK_MAKERS \
        and root.head.head.is_lower


# nouns of what someone says or makes a trip for, that a name before them may describe ("his X address")
_SPEECH_NOUNS = frozenset({"speech", "speeches", "address", "addresses", "remarks", "message", "interview", "trip",
                           "visit", "tour", "statement", "broadcast"})


def _occasion_of_own_speech(span: Any) -> bool:
    """A name between a possessive pronoun (maybe with adjectives) and a speech's or a trip's noun: "his annual
    X speech", "her X address". The pronoun owns the speech, so the name says which occasion or venue it is,
    not who made it ("a Kremlin statement" has no owner but the Kremlin and is left alone)."""
    doc = span.doc
    # (the words' order decides: the parse may make the name the phrase's head, "his annual State of X speech")
    if span.end >= len(doc) or not doc[span.end].is_lower or doc[span.end].lower_ not in _SPEECH_NOUNS:
        return False
    i = span.start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and doc[i].tag_ == "PRP$"


# nouns of a geographic feature or a work of roads that a country's name completes ("the Gulf of X", "the Sea of
# X", "the X-Y Economic Corridor"): the name is the feature's, the country is no party there
_FEATURE_NOUNS = frozenset({"gulf", "sea", "strait", "straits", "bay", "corridor", "canal", "highway", "railway",
                            "pipeline", "bridge", "dam", "tunnel", "belt", "isthmus"})


def _inside_a_place_name(span: Any) -> bool:
    """A country's name inside a longer capitalised name of a sea, a strait or a corridor: after "of" on a
    capitalised feature's noun ("in the Gulf of X") or a word of a Title-Case name whose last word is such a
    noun ("the X Y Economic Corridor")."""
    from dossier.resolve.places import is_country

    if not is_country(_bare(span.text)):
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i == head.i - 1 \
            and head.head.lower_ in _FEATURE_NOUNS and head.head.text[:1].isupper():
        return True
    if root.dep_ == "compound" and head.i >= span.end and head.text[:1].isupper() and head.lower_ in _FEATURE_NOUNS:
        between = span.doc[span.end:head.i]
        return all(t.text[:1].isupper() for t in between)
    return False


def _gone_to(span: Any) -> bool:
    """The name is where someone goes or is: the object of a locative preposition or of a verb of taking
    or reaching ("arrested at X", "officers reached X")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in _WHERE_PREPS or head.lower_ in ("to", "from")
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _TAKE_VERBS


def _called_a_place(span: Any) -> bool:
    """The article calls the name a site: a facility noun right after it that the parse makes its head
    ("the X air base", "X airport"), or a facility noun in apposition ("X, the president's residence")."""
    doc = span.doc
    root = span.root
    after = doc[span.end:min(len(doc), span.end + 2)]
    after = doc[span.end:min(len(doc), span.end + 3)]
    for tok in after:
        if tok.is_lower and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.i != after[-1].i:
            continue  # "the X military prison": an adjective between the name and the site's noun
        if tok.is_title or tok.pos_ != "NOUN":
            break
        # not "site": "his Truth Social site" is a website
        # "the Beslan school siege": a school, village or park in lower case after a name is that name's
        # site (not "camp": "a Hamas camp" is still Hamas)
        site = tok.lower_ in _FACILITY or tok.lower_ in ("school", "village", "park")
        if site and tok.lower_ != "site" and root.head.i == tok.i \
                and root.dep_ in ("compound", "nmod", "amod"):
            return True
    described = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        described.append(root.head)
    if span.end < len(doc) and doc[span.end].text == ",":
        # "stormed X, the president's residence, ...": an apposition the parse made a second object
        for tok in doc[span.end + 1:min(len(doc), span.end + 7)]:
            if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX"):
                break
            if tok.pos_ == "NOUN" and tok.head.i in (root.i, root.head.i) and tok.dep_ in (root.dep_, "appos", "conj"):
                described.append(tok)
                break
    return any(t.pos_ == "NOUN" and t.lower_ in _FACILITY and not t.ent_type_ for t in described)


# descriptions that make an apposed name a person's ("seven-time champion Novak Djokovic", tagged ORG)
_PERSON_NOUNS = frozenset({"champion", "star", "winner", "runner-up", "rival", "teammate", "veteran", "legend",
                           "actor", "actress", "singer", "rapper", "player", "athlete", "footballer", "forward",
                           "winger", "keeper", "boxer", "driver", "cyclist", "golfer", "swimmer", "sprinter",
                           "director", "writer", "author", "artist", "musician", "comedian", "presenter", "host",
                           "founder", "ceo", "chairman", "businessman", "businesswoman", "billionaire", "activist",
                           "journalist", "pilot", "lawyer", "doctor", "scientist", "professor", "survivor",
                           "magistrate", "judge", "prosecutor", "ambassador", "diplomat", "envoy"})


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import pycountry

    return frozenset(n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n)


# the names of religions: a faith is no actor ("the patriarch of Judaism, Islam and Christianity"); its bodies and
# its followers are named otherwise
_TIME_PREFIXED = re.compile(r"(?:post|pre|anti)-[A-Z][\w\-]*")
_TIME_ZONE = re.compile(r"\b(?:Standard|Daylight|Summer|Mean|Saving)\s+Time$")
_EXITS = frozenset({"Brexit", "Grexit", "Frexit", "Nexit", "Italexit", "Dexit", "Polexit"})
_RELIGIONS = frozenset({"Judaism", "Islam", "Christianity", "Hinduism", "Buddhism", "Sikhism", "Jainism", "Taoism",
                        "Confucianism", "Shinto", "Zoroastrianism", "Catholicism", "Protestantism", "Orthodoxy"})
# a sum of money written as one word: currency letters, digits and a scale ("N24trn", "$5bn", "Rs300m")
_AMOUNT = re.compile(r"[A-Z$£€¥₦]{0,3}\d[\d.,]*\s?(?:trn|tn|bn|mn|m|k)")
# lower-case nouns after a name that make it a place's ("the Trumba settlement", "the Tal Abyad district")
_SETTLEMENT_AFTER = frozenset({"settlement", "village", "town", "city", "district", "municipality", "county",
                               "province", "oblast", "governorate", "neighbourhood", "neighborhood", "suburb",
                               "area", "areas", "neighbourhoods", "neighborhoods", "districts", "quarter"})




def _name_run_on(spans: list, doc: Any) -> list:
    """A body's name cut before a capitalised word that follows it wherever the article writes it ("Lockheed" +
    "Martin"): the word is the name's own. A name the knowledge base knows is left alone (its longer form may be
    the same body: "Xinhua News"), and so is a word before a further capitalised word or a colon (a longer name
    or a byline's label). The word must be a proper noun the article never writes in lower case, no title, day or
    month, no country's name and no name of another kind (a place, a people, a date)."""
    from dossier.resolve.places import is_country

    text = doc_text(doc)
    out = []
    taken: set[int] = set()
    starts = {e[0].start: k for k, e in enumerate(spans) if e[0] is not None}
    for k, (span, label, kb_id) in enumerate(spans):
        if span is None or label != "ORG" or kb_id or span.end + 1 >= len(doc) or k in taken \
                or doc[span.end + 1].is_title and doc[span.end + 1].lower_ not in _title_words() \
                or doc[span.end + 1].text == ":":
            out.append((span, label, kb_id))
            continue
        w = doc[span.end]
        ok = (span[-1].whitespace_ == " " and w.is_title and w.is_alpha and len(w.text) > 2 and not w.is_sent_start
              and w.pos_ == "PROPN" and w.lower_ not in _title_words()
              and w.ent_type_ in ("", "ORG", "PERSON", "PRODUCT")
              and w.lower_ not in WEEKDAYS and w.lower_ not in MONTHS and not is_country(w.text)
              and not re.search(r"(?<![\w-])" + re.escape(w.lower_) + r"(?![\w-])", text))
        if ok and w.ent_type_:
            j = starts.get(w.i)
            ok = j is not None and spans[j][0].end == w.i + 1 and not spans[j][2]
        if ok:
            name = span.text[4:] if span.text.lower().startswith("the ") else span.text
            seen = [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
            ok = bool(seen) and all(re.match(r" " + re.escape(w.text) + r"\b", text[e:e + len(w.text) + 2])
                                    for e in seen)
        if ok:
            if w.ent_type_:
                taken.add(starts[w.i])
            out.append((doc[span.start:span.end + 1], label, ""))
        else:
            out.append((span, label, kb_id))
    return [e for k, e in enumerate(out) if k not in taken]


def _conjoined_before_settlement(span: Any) -> bool:
    """The name is joined by "and" to one to three capitalised words before a plural noun of places ("Central and
    Admiralty districts", "Kotli and Barnala villages"): both names are the places'."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or doc[k].lower_ != "and":
        return False
    k += 1
    n = 0
    while k < len(doc) and doc[k].is_title and n < 3:
        k, n = k + 1, n + 1
    return 0 < n and k < len(doc) and doc[k].is_lower and doc[k].lower_ in _SETTLEMENT_AFTER \
        and doc[k].lower_.endswith("s")


def _place_and_its_country(span: Any) -> bool:
    """A known place and the name of its own country written after it without a comma ("Muscat Oman", "Kabul
    Afghanistan"): a place, not a body or a person."""
    from dossier.resolve.places import country_of_place, is_country

    words = [t for t in span if t.lower_ != "the"]
    if not 2 <= len(words) <= 4:
        return False
    for k in range(1, len(words)):
        head = doc_text(span.doc)[words[0].idx:words[k - 1].idx + len(words[k - 1].text)]
        tail = doc_text(span.doc)[words[k].idx:words[-1].idx + len(words[-1].text)]
        if is_country(tail) and (c := country_of_place(head)) is not None and c == country_of_place(tail):
            return True
    return False


# a territory named by the state that holds it ("Indian Held Kashmir", "Israeli-occupied Golan", "Russian-controlled
# Crimea"): a place
_HELD = re.compile(r"\b(?:held|occupied|administered|controlled|annexed)\s+[A-Z]", re.I)


def _held_territory(span: Any) -> bool:
    t = _bare(span.text)
    if _HELD.search(t) and span[-1].text[:1].isupper():
        return True
    if t.isupper() and 2 <= len(t) <= 6:
        from dossier.resolve.context import acronyms

        long = acronyms(doc_text(span.doc)).get(t)
        return bool(long and _HELD.search(long))
    return False


def _relabel(span: Any, label: str, kb_id: str) -> tuple[str, str] | None:
    """(label, kind) where the parse or the name's shape overrules the model's label, else None."""
    if kb_id:
        return None
    root = span.root
    from dossier.resolve.places import country_of_place

    if label in ("ORG", "PERSON") and len(span) <= 2 and _in_town_list(span) and not _in_lexicon(span.text):
        return "GPE", "place"  # "camps in Kotli, Barnala and Mehmoona": a name among towns after "in" is a town
    if label == "ORG" and _where_it_happens(span):
        return "GPE", "place"  # "a military operation in Nagorno-Karabakh": where the act is, not who
    if label in ("ORG", "PERSON", "NORP") and len(span) <= 3 and span.end < len(span.doc) \
            and span.doc[span.end].lower_ in _SETTLEMENT_AFTER and span.doc[span.end].is_lower \
            and not _in_lexicon(span.text):
        return "GPE", "place"  # "from the Trumba settlement", "the Tal Abyad district": the name of a place
    if label in ("ORG", "PERSON", "NORP") and len(span) <= 3 and _conjoined_before_settlement(span) \
            and not _in_lexicon(span.text):
        return "GPE", "place"  # "between Wan Chai and Admiralty districts": both names are the districts'
    if label in ("ORG", "PERSON") and _place_and_its_country(span):
        return "GPE", "place"  # "between Dubai, UAE, and Muscat Oman": a city written with its country
    if label in ("ORG", "PERSON", "NORP") and _held_territory(span):
        return "LOC", "place"  # "Indian Held Kashmir (IHK)", "IHK": a territory named by who holds it

    if label == "ORG" and len(span) <= 3 and span[0].lower_ != "the" and not span.text.isupper() and \
            not _BRAND.match(span.text) and not _institution_head(span[-1].lower_) and \
            (_locative(span) or _moved_from(span)) and country_of_place(span.text) is not None and \
            not _in_lexicon(span.text):
        return "GPE", "place"  # "the streets of Bamako", "withdraw from Bakhmut" tagged ORG: a town the gazetteer knows
    if label in ("ORG", "PERSON") and len(span) <= 3 and _town_in_apposition(span) and not _in_lexicon(span.text):
        return "GPE", "place"  # "flown to La Paz, the administrative capital": a town its apposition names one
    if label in ("ORG", "PERSON") and _facility_where(span):
        return "FAC", "place"  # "taken to the Ankara Police Headquarters", "arrived at the Manila Terminal"
    if label in ("PRODUCT", "PERSON", "ORG", "WORK_OF_ART") and len(span) <= 3 and _site_in_a_town(span):
        return "GPE", "place"  # "the railway station in Kramatorsk" (tagged PRODUCT): the town the site is in
    if label in ("ORG", "PERSON") and _route_of_a_movement(span):
        return "FAC", "place"  # "troops marching down the Champs-Elysees": the way they go, not who

    if label == "PERSON" and len(span) <= 4:
        # "areas like Haifa and Be'er Sheva": a name joined to a place and known to the gazetteer
        partners = [t for t in (root.head, *root.children) if t.dep_ == "conj" or root.dep_ == "conj"]
        if any(t.ent_type_ in ("GPE", "LOC") and t.i not in range(span.start, span.end) for t in partners) \
                and country_of_place(span.text):
            return "GPE", "place"
    if label == "PERSON" and len([t for t in span if t.is_alpha]) > 1 and not any(t.tag_ == "POS" for t in span) \
            and country_of_place(span.text) is not None and not _titled(span):
        return "GPE", "place"  # "Tamil Nadu", "Khan Sheikhoun" tagged PERSON: a place the gazetteer knows whole
    if label in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW") and span.text in _country_names():
        return "GPE", "country"  # "Niger soldiers": a country's name the model tagged as a product
    if label in ("ORG", "GPE", "PERSON") and len(span) == 1 and _BRAND.match(span.text) \
            and not country_of_place(span.text):
        return "ORG", "organisation"  # a brand's shape: "SpaceX" tagged GPE or PERSON
    if label == "ORG" and len(span) <= 4 and all(t.is_title for t in span if t.is_alpha) and _age_after(span) \
            and not country_of_place(span.text):
        return "PERSON", "person"  # "Duterte, 79, could become ...": an age in apposition is a person's
    if label == "PERSON" and not _titled(span) and (_body_noun_after(span) or _definite_name(span)):
        return "ORG", "organisation"  # "the Barisan Nasional (BN) coalition", "The Lok Sabha passed ...": a body
    if label in ("ORG", "GPE") and _looks_like_person(span) and not country_of_place(span.text):
        described = [root.head] if root.dep_ == "appos" else []
        described += [c for c in root.children if c.dep_ == "appos"]
        described += [t for t in span.doc[max(0, span.start - 3):span.start] if t.dep_ in ("compound", "amod")]
        if any(t.lower_ in _PERSON_NOUNS or t.lower_ in _title_words() for t in described
               if t.pos_ == "NOUN" and not t.ent_type_) and not any(t.lower_ in _BODY_NOUNS for t in described) \
                and not _after_body_noun(span):  # "the leader of the far-right party X": the party's name
            return "PERSON", "person"  # "Real Madrid goalkeeper Thibaut Courtois" tagged ORG (not "militant group X")
    return None


# head nouns of buildings and rooms: a name ending in one is a place where the sentence puts someone in it or
# takes someone to it ("held at the X Custodial Facility", "taken to X Police Headquarters", "met at the X
# House"); elsewhere the same name may stand for the body that sits there ("X Headquarters said")
_BUILDING_HEADS = frozenset({"headquarters", "terminal", "facility", "house", "office", "gallery", "hall",
                             "building", "chamber", "room", "lounge", "auditorium", "pavilion", "tower", "barracks",
                             "compound", "center", "centre", "embassy", "consulate", "mausoleum", "cemetery"})
# verbs of moving someone or going somewhere: "to"/"from" + a building after them is the building
_MOVE_VERBS = frozenset({"take", "bring", "move", "escort", "transport", "fly", "drive", "rush", "go", "come",
                         "return", "head", "walk", "travel", "arrive", "lead", "carry", "admit", "evacuate",
                         "march", "flee", "release", "free", "discharge"})
# built sites, one vocabulary for the rules that read them: where a site stands ("the railway station in X"), what
# an attack hits (event_args), and a site whose use is told, not an act (events: "the station is used to evacuate")
BUILT_SITES = frozenset({"station", "hospital", "market", "school", "airport", "port", "base", "mosque", "church",
                         "stadium", "mall", "bridge", "airfield", "camp", "building"})
_SITES_IN_TOWNS = BUILT_SITES | {"square", "temple", "hotel", "prison", "office", "bazaar", "university", "court",
                                 "courthouse", "embassy", "consulate"}


def _site_in_a_town(span: Any) -> bool:
    """A name the model did not tag as a place, after "in" on a site's noun ("the railway station in Kramatorsk"),
    that the gazetteer knows as a town or country: where the site is."""
    from dossier.resolve.places import country_of_place

    root = span.root
    prep = root.head
    if root.dep_ == "compound" and prep.is_lower and prep.lemma_.lower() in _SITES_IN_TOWNS:
        # "Kramatorsk station", "the Kramatorsk railway station": a town's site, named lower-case after it
        return span[0].lower_ != "the" and country_of_place(span.text) is not None
    return root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in _SITES_IN_TOWNS \
        and span[0].lower_ != "the" and country_of_place(span.text) is not None


# the prepositions of a way gone along: "marched down the Champs-Elysees", "drove along the Corniche"
_ROUTE_PREPS = frozenset({"down", "along", "up", "through", "across"})
_PARADE_VERBS = _MOVE_VERBS | {"parade", "ride", "roll", "run", "stroll", "process", "file", "proceed", "sweep",
                               "speed", "pass", "rumble", "cross"}


def _route_of_a_movement(span: Any) -> bool:
    """A name that a verb of going has its movers go along ("marching down the Champs-Elysees", "drove along
    the Mall"): a street or an avenue; a body is not gone down or along."""
    root = span.root
    prep = root.head
    if root.dep_ == "dobj" and prep.pos_ == "VERB" and prep.lemma_.lower() in _PARADE_VERBS:
        # "marching down the X" parsed as a particle and an object
        return any(c.dep_ == "prt" and c.lower_ in _ROUTE_PREPS and c.i < root.i for c in prep.children)
    return root.dep_ == "pobj" and prep.lower_ in _ROUTE_PREPS and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in _PARADE_VERBS


# parts of a site ("in the gardens of X House", "on the steps of X Hall"): "of" + the name is the site
_PARTS_OF_SITE = frozenset({"garden", "gardens", "ground", "grounds", "courtyard", "lobby", "step", "steps", "gate",
                            "entrance", "roof", "floor", "corridor", "room", "wing", "basement", "premises",
                            "perimeter", "lawn", "terrace", "balcony", "hallway", "doorstep"})
# the actor model's probability that a mention is an actor above which it stays one whatever its position
_ACTOR_VETO = 0.9
# nouns of the seat of a body: the name is the building only where a preposition of space or a happening puts
# something at it ("protesters camped outside the X Ministry"); elsewhere the body acts ("the X Ministry said")
_SEAT_HEADS = frozenset({"ministry", "parliament", "palace", "court", "courthouse", "museum", "theatre", "theater",
                         "hotel", "prison", "hospital", "embassy", "consulate", "cathedral", "church", "mosque"})
# prepositions of space alone: what they govern is where something is ("outside the X Ministry")
_BESIDE_PREPS = frozenset({"outside", "opposite", "beside", "behind", "near", "around", "outside of"})
# happenings that take place at a site: "at"/"in"/"outside" + a building after them is where ("the fire at the X
# Hall", "the meeting in the X Office", "the protest outside the X Ministry"); not the people of a body
# ("officials at the X Office") nor its doings ("a reshuffle in the X Ministry")
_HAPPENINGS_AT = frozenset({"meeting", "talk", "summit", "ceremony", "speech", "address", "conference", "briefing",
                            "reception", "dinner", "banquet", "lunch", "breakfast", "signing", "event", "concert",
                            "gathering", "rally", "protest", "demonstration", "sit-in", "vigil", "march", "fire",
                            "attack", "shooting", "blast", "explosion", "bombing", "massacre", "siege", "stampede",
                            "standoff", "clash", "fighting", "hostage", "incident", "crash", "performance",
                            "show", "exhibition", "screening", "funeral", "wedding", "celebration", "parade"})


def _facility_where(span: Any) -> bool:
    """A name headed by a building's noun (capitalised, as part of the name: "the X Music Hall", "the House of
    X") where the sentence makes it the place someone is, goes to or is taken to, where a happening takes place
    ("the fire at the X Hall", "their meeting in the X Office"), or that a preposition of space alone puts
    something beside ("the protest outside the X Ministry"), and the learned actor model does not call it an
    actor."""
    words = [t for t in span if t.is_alpha]
    root = span.root
    # the word that heads the name: its last word, or the head before an "of" ("the House of Culture")
    heads = [w for w in (words[-1] if words else None, root) if w is not None and w.text[:1].isupper()]
    if len(words) < 2 or not any(w.lower_ in _BUILDING_HEADS or w.lower_ in _SEAT_HEADS for w in heads):
        return False
    building = any(w.lower_ in _BUILDING_HEADS for w in heads)
    prep = root.head
    of_part = root.dep_ == "pobj" and prep.lower_ == "of" and (
        prep.head.lemma_.lower() in _PARTS_OF_SITE
        # "walked out of X House": out of a building one has been in
        or prep.head.lower_ == "out" and prep.head.head.pos_ == "VERB" and prep.head.head.lemma_.lower() in _MOVE_VERBS)
    # the preposition on a verb ("held at", "taken to", "met at"), not on a noun: "officials at the Foreign
    # Office" are the body's people
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else None
    # "to"/"from" only after moving someone ("taken to X", "flown from X"): "referred to X", "sent to X" give
    # the body something
    where = root.dep_ == "pobj" and verb is not None and (
        prep.lower_ in _WHERE_PREPS or prep.lower_ in ("to", "from") and verb.lemma_.lower() in _MOVE_VERBS)
    # on a noun, only a happening's: "the meeting in the X Office", "a fire at the X Hall"
    happening = root.dep_ == "pobj" and prep.lower_ in ("in", "at", "inside", "outside", "near") \
        and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _HAPPENINGS_AT
    # "outside", "in front of", "opposite" put a thing beside a building whatever governs them; a seat of a body
    # ("the X Ministry", "the X Parliament") is a place only so, or where a happening takes place
    beside = root.dep_ == "pobj" and (prep.lower_ in _BESIDE_PREPS or prep.lower_ == "of" and prep.i >= 2
                                      and span.doc[prep.i - 2].lower_ == "in"
                                      and span.doc[prep.i - 1].lower_ == "front")
    # a building's name before a happening's noun says where it takes place ("an X Office address", "the X Hall
    # attack"); a seat's name there may be the body's ("the X Ministry briefing")
    site_of = root.dep_ in ("compound", "nmod") and root.head.i == span.end and root.head.is_lower \
        and root.head.lemma_.lower() in _HAPPENINGS_AT
    if building:
        if not (where or of_part or happening or beside or site_of or root.dep_ == "dobj" and _gone_to(span)):
            return False
    elif not (beside or happening and prep.lower_ != "in"):
        return False
    from dossier.nlp import actor_model

    model = actor_model.load()
    return model is None or model.proba(actor_model.features(span))["actor"] < _ACTOR_VETO


# nouns of a body that a name before them belongs to ("the Barisan Nasional coalition"); not the nouns a leader's
# name premodifies ("the Trump administration", "the Modi government", "the Sharif family")
_NAMED_BODY_NOUNS = frozenset({"coalition", "alliance", "party", "bloc", "front", "movement", "league",
                               "parliament", "assembly", "legislature", "senate", "congress", "council", "committee"})


def _body_noun_after(span: Any) -> bool:
    """A body's noun in lower case right after the name, maybe past its acronym in brackets ("the Barisan
    Nasional (BN) coalition"): the name is the body's, not a person's."""
    doc, i = span.doc, span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        initials = "".join(t.text[0] for t in span if t.is_title)
        if len(initials) >= 2 and doc[i + 1].text == initials:
            return True  # "the rule of Barisan Nasional (BN)": a person's name is not spelt out with its initials
        i += 3
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in _NAMED_BODY_NOUNS and doc[i].pos_ == "NOUN"


def _definite_name(span: Any) -> bool:
    """"The Lok Sabha passed ...": a name of two words or more under the definite article is a body's, not a
    person's (English puts no article before a person's name), unless a possessive makes it someone's."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 3 or words[0].lower_ != "the" or any(t.tag_ == "POS" for t in span):
        return False
    return all(t.is_title for t in words[1:])


def _titled(span: Any) -> bool:
    """A title word right before the name ("President X", "Mr X"): the article calls it a person."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and (_is_title_token(prev) or prev.lower_ in _OFFICE_WORDS)


def _age_after(span: Any) -> bool:
    """", 79," right after the name: an age in apposition."""
    doc = span.doc
    nxt = doc[span.end:span.end + 3]
    return len(nxt) == 3 and nxt[0].text == "," and nxt[1].like_num and nxt[1].text.isdigit() \
        and 1 <= len(nxt[1].text) <= 3 and nxt[2].text == ","


_PLACE_SUFFIX = frozenset({"region", "province", "oblast", "krai", "kray", "okrug", "county", "district",
                           "prefecture", "governorate", "city", "town", "village", "municipality", "regions", "zone", "zones",
                           "provinces", "oblasts", "districts", "counties", "prefectures", "governorates"})


def _generic_place_word(word: str) -> bool:
    """A word that makes a name a place when it ends it ("Amur Region", "Cholsan County")."""
    return word in _PLACE_SUFFIX


# -- what is not an actor -------------------------------------------------------------------

# prepositions after which a city names where something happens ("talks in Moscow"), not who acts;
# "to" and "from" are left out: "a message to Seoul", "pressure from Beijing" name governments
_WHERE_PREPS = frozenset({"in", "at", "near", "into", "inside", "outside", "around", "across", "throughout",
                          "within", "via", "toward", "towards", "through", "past", "beyond", "over", "above",
                          "below", "beneath", "under", "off", "along", "upon"})
# nouns of what a city has or holds ("residents of Jerusalem", "the streets of London"): "of" + a capital
# after them names the city
_OF_PLACE_NOUNS = frozenset({"resident", "people", "citizen", "inhabitant", "street", "centre", "center",
                             "outskirt", "suburb", "sky", "part", "mayor", "governor", "city", "town",
                             "district", "neighbourhood", "neighborhood", "area", "heart", "north", "south",
                             "east", "west", "edge", "skyline", "population", "province", "region", "capital",
                             "port", "airport", "university", "control", "capture", "liberation", "fall",
                             "siege", "seizure", "gate", "gates", "outskirts", "entrance",
                             # a city's parts and its transport ("Kabul's diplomatic quarter", "Madrid's commuter
                             # trains"): where things happen to people, not what its government does
                             "quarter", "zone", "train", "metro", "subway", "tram", "bus"})


def _locative(span: Any) -> bool:
    """A place name used for where, not for who: the object of a locative preposition ("in Stockholm"), the
    owner of a facility ("Stockholm's Friends Arena"), a name in a list that hangs from one ("in Madrid
    and Lyon"), or a name in a line without a verb (a tour date, a caption's place)."""
    try:
        sent = span.sent
    except ValueError:  # no sentence boundaries set
        sent = None
    if sent is not None and not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return True  # a list item, a caption or a heading with no verb ("Thursday, May 30 – Madrid"): a venue
    root = span.root
    for _ in range(4):  # climb coordinations and appositions: "in Madrid, Lyon and Edinburgh", "in the
        # capital, Libreville", "in Gabon's capital, Libreville"
        if root.dep_ in ("conj", "appos") and root.head.i < root.i and root.head.i < span.start:
            root = root.head
        else:
            break
    if root.i < span.start and root.lower_ in ("capital", "city", "town") and root.dep_ == "pobj" \
            and root.head.lower_ in _WHERE_PREPS:
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("between", "among") and (
            head.head.lemma_.lower() in _PLACE_NOUNS or head.head.lemma_.lower() in _ROUTE_NOUNS
            or head.head.pos_ == "VERB"):
        return True  # "flights between Moscow and Beijing", "moved between Ankara and Doha"; "talks between
        # Washington and Beijing" are theirs
    if root.dep_ == "pobj" and (head.lower_ in _WHERE_PREPS or head.lower_ in ("including", "like") and
                                head.head.lemma_ in _PLACE_NOUNS):
        return True  # "in Madrid", "targets including Jerusalem", "explosions heard over Jerusalem"
    if root.dep_ == "pobj" and head.lower_ == "of" and (head.head.lemma_.lower() in _OF_PLACE_NOUNS
                                                        or head.head.lower_ in ("out", "outside")) \
            and head.head.i < span.start:
        return True  # "residents of Jerusalem", "the mayor of London", "flew out of Damascus"
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _TAKE_VERBS:
        return True  # "rebels captured Damascus", "Assad fled Damascus": the city is taken or left
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() == "visit" and _a_city(span):
        return True  # "Biden visited Kyiv", "visiting the capital, Tehran": where one goes; the trip's host is
        # read from the city by the event's rules, not from this mention
    if root.dep_ == "pobj" and head.lower_ in ("on", "at", "against") and (
            head.head.lemma_.lower() in _STRIKE_NOUNS or head.head.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _STRIKE_NOUNS and c.i < head.i for c in head.head.children)):
        # (the parser may hang "on Moscow" from the verb: "halted their march on Moscow")
        return True  # "a strike on Beirut": the city is hit, its government does nothing
    if any(c.dep_ == "amod" and c.lower_ in _PART_OF_CITY for c in span.root.children):
        return True  # "southern Beirut", "central London"
    if _listed_with_towns(span):
        return True  # "Tel Aviv, Jerusalem and Dimona": a capital among towns is a town
    if root.dep_ in ("poss", "compound") and head.i >= span.end:
        noun = head
        if noun.lemma_.lower() in _OF_PLACE_NOUNS or noun.lemma_.lower() in _PLACE_NOUNS:
            return True  # "Beirut's southern suburbs", "the Moscow skyline"
        if noun.pos_ == "PROPN" and noun.ent_type_ in ("GPE", "LOC", "FAC") and noun.ent_iob_ != "O":
            return True  # "Baghdad's Green Zone", "Moscow's Red Square": a named place the city holds
        if noun.lower_ in _FACILITY or noun.ent_type_ == "FAC" or any(
                t.ent_type_ == "FAC" for t in noun.subtree if t.i >= span.end):
            return True
        if root.dep_ == "compound":
            return not _names_the_government(noun)
        # "outside her Downing Street office": the name only says which office, and the office is where
        return False
    if root.dep_ in ("compound", "nmod") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN"):
        return not _names_the_government(head)
    if root.dep_ == "amod" and head.i >= span.end and head.lemma_.lower() in _DOCUMENT_WORDS:
        return True  # "to implement Minsk agreements": an agreement named for where it was made
    if root.dep_ == "npadvmod" and head.lemma_.lower() in ("base", "headquarter", "headquartered"):
        return True  # "an Islamabad-based court": where the court sits
    if root.dep_ == "pobj" and head.lower_ in ("to", "from") and (
            head.head.lemma_.lower() in _MOVE_WORDS or head.head.lemma_.lower() in _ROUTE_NOUNS
            # "headed back to New Delhi", "100 km from Conakry": a way back, a distance from the city
            or head.head.lower_ in ("back", "away", "km", "kilometres", "kilometers", "miles")
            # "forced the plane to turn back briefly to Ottawa": a way back, whatever the verb
            or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in head.head.children)
            or head.head.ent_type_ == "QUANTITY"):
        return True  # "flown to Islamabad", "a trip to Beijing": where someone goes; "a message to Seoul" is theirs
    if root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _LEAVING_FOR:
        return True  # "after leaving New York for Bogota", "departed for Tehran": where the trip goes
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _NAMING_VERBS and any(
            (c.dep_ == "prep" and c.lower_ == "as" and any(p.lemma_.lower() == "capital" for p in c.children)) or
            (c.dep_ in ("oprd", "xcomp", "attr") and c.lemma_.lower() == "capital") for c in head.children):
        return True  # "to recognize Jerusalem as the capital of Israel": the city is what is recognised
    if root.dep_ == "nsubj" and head.lemma_ == "be" and any(
            t.lemma_.lower() in _PLACE_NOUNS or t.lemma_.lower() in ("city", "cities")
            for c in head.children if c.dep_ == "attr" for t in c.subtree):
        return True  # "Doha is one of the cities that ...": the city is described, it does nothing
    if _city_acted_on(root):
        return True
    return not _party_position(root)


# verbs of force or of going round a place whose object is the city (issue 17, round 19): "since attacking
# Damascus", "toured Beirut"; the nouns of a city's stretch ("swaths of Beirut") and the people a city is
# listed with ("to support Beirut and the Lebanese people": the city's community, not its government)
_ATTACK_VERBS = frozenset({"attack", "target", "bombard", "raid", "strafe", "tour", "devastate", "destroy",
                           "ravage", "flatten", "level", "damage"})
_STRETCH_NOUNS = frozenset({"swath", "swathe", "swaths", "swathes", "section", "quarter", "ruin", "ruins",
                            "street", "neighbourhood", "neighborhood"})
_PEOPLE_NOUNS = frozenset({"people", "population", "resident", "citizen", "inhabitant", "victim", "survivor",
                           "family", "community"})


def _a_city(span: Any) -> bool:
    """The gazetteer places the name in the country whose government the knowledge base gives it, if any: a city
    ("Kyiv"), not a seat the gazetteer knows only as some other country's place ("the White House")."""
    from dossier.resolve.kb import load_kb
    from dossier.resolve.places import country_of_place

    name = _bare(span.text)
    where = country_of_place(name)
    entry = load_kb().lookup(name)
    return where is not None and (entry is None or entry.country == where)


def _city_acted_on(root: Any) -> bool:
    """A capital that is the object of a verb of force or touring, stands in a stretch of the city, or is
    listed with a people: the place, not its government ("attacking Damascus", "swaths of Beirut")."""
    head = root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _ATTACK_VERBS \
            and not any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in head.children):
        return True  # not "attacked Washington over its tariffs", "targeted Moscow for sanctions": words, a state
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < root.i \
            and (head.head.lemma_.lower() in _STRETCH_NOUNS or head.head.lower_ in _STRETCH_NOUNS):
        return True
    people = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        people.append(head)
    return any(p.lemma_.lower() in _PEOPLE_NOUNS and p.pos_ == "NOUN" for p in people)


# the positions in which a capital can stand for its government (GUIDELINES; issue 17 item 4): a doer or sayer
# ("Ankara blames ..."), whom an act is done to ("warned Seoul"), or a party after a preposition of dealing
# ("talks with Beijing", "a message to Seoul", "pressure on Moscow", "accused by Kyiv"); anywhere else ("after
# Istanbul and the capital, Ankara", "like Paris") the name says where, not who
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "dative", "iobj", "poss"})
_PARTY_PREPS = frozenset({"with", "by", "to", "from", "against", "between", "among", "on", "for", "toward",
                          "towards", "of", "versus", "vs", "vs.", "than"})


_FROM_WHERE_VERBS = frozenset({"call", "phone", "ring", "dial", "recall", "withdraw", "pull", "speak", "report",
                               "broadcast", "write", "tweet", "address", "watch", "operate", "work", "live",
                               "escape", "flee", "evacuate", "telephone", "video", "stream", "file",
                               # "had this to say from X", "departing from X", "simultaneous speeches from X and
                               # Y", "following the story from X": where the speaker, the traveller or the
                               # reporter was
                               "say", "depart", "leave", "travel", "fly", "speech", "story", "dispatch"})


def _party_position(root: Any, depth: int = 0) -> bool:
    """Whether a capital's (climbed) head token sits where a party to an act does, not a place: the subject or
    object of a verb, the owner of a noun, or the object of a preposition of dealing. "of" counts only after a
    noun of what a government says, does or is ("the position of Moscow"), never a place's or a happening's
    ("the fall of Kabul", "south of Kyiv")."""
    if root.dep_ in _PARTY_DEPS:
        return True
    if root.dep_ == "amod" and root.head.i > root.i and root.head.pos_ in ("NOUN", "PROPN") and depth < 2:
        # "to concern Kyiv and European allies": the capital read as an adjective coordinated with a nationality
        # word stands where the noun they share does
        return _party_position(root.head, depth + 1)
    if root.dep_ == "pobj" and root.head.lower_ in _PARTY_PREPS:
        if root.head.lower_ == "from":
            # "pressure from Washington", "a message from Moscow"; but "called him from Kabul", "recalled
            # staff from Doha", "reporting from Kyiv": after a verb of calling, withdrawing or speaking the city
            # is where someone was; the parse may hang "from" on the verb's object ("evacuated 4,100 people
            # from Kabul")
            gov = root.head.head
            if gov.lemma_.lower() in _FROM_WHERE_VERBS:
                return False
            return not (gov.pos_ == "NOUN" and gov.dep_ == "dobj" and gov.head.lemma_.lower() in _FROM_WHERE_VERBS)
        if root.head.lower_ != "of":
            return True
        noun = root.head.head
        return noun.pos_ in ("NOUN", "PROPN") and not (
            noun.lemma_.lower() in _OF_PLACE_NOUNS or noun.lemma_.lower() in _PLACE_NOUNS
            or noun.lemma_.lower() in _HAPPENING_OF or noun.lemma_.lower() in _STRIKE_NOUNS
            or noun.lemma_.lower() in _COMPASS or noun.ent_type_ in ("GPE", "LOC", "FAC", "QUANTITY", "CARDINAL"))
    return False


# nouns a capital premodifies that are the government itself ("the Kyiv regime", "Washington officials");
# before any other noun the capital only says which court, police, agreement or office is meant
_GOVERNMENT_NOUNS = frozenset({"government", "regime", "administration", "authorities", "authority", "official",
                               "officials", "leadership", "spokesman", "spokeswoman", "spokesperson", "envoy",
                               "envoys", "delegation", "negotiator", "negotiators", "diplomat", "diplomats",
                               "secretary", "cabinet"})
# verbs and nouns of going somewhere: "to"/"from" + a capital after them is where, not whom
_MOVE_WORDS = frozenset({"fly", "travel", "return", "move", "go", "come", "send", "transfer", "shift", "bring",
                         "take", "drive", "escort", "transport", "arrive", "relocate", "head", "trip", "visit",
                         "journey", "flight", "move",
                         # people carried somewhere: "two injured were airlifted to Athens", "deported to Kabul"
                         "airlift", "evacuate", "rush", "deport", "repatriate", "ferry", "divert", "carry", "ship",
                         "march", "walk", "sail", "drive", "hospitalise", "hospitalize", "admit", "extradite",
                         # envoys called home ("recalled its ambassador to Madrid"): where they are sent
                         "recall"})


def _names_a_case(span: Any) -> bool:
    """The name premodifies, maybe through other nouns, a noun of a court case ("the X corruption case")."""
    tok = span[-1]  # not span.root: a leading "the" hangs on the case noun too
    if _institution_head(tok.lower_) or tok.lower_ in ("trust", "trusts", "foundation", "fund", "company", "group",
                                                       "corporation", "society", "association"):
        return False  # "the Al-Qadir Trust case": a body with a case named after it is still a body
    for _ in range(3):
        if tok.dep_ not in ("compound", "nmod") or tok.head.i < span.end or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = tok.head
        if tok.lower_ in _CASE_NOUNS:
            return True
    return False


def _names_the_government(noun: Any) -> bool:
    """The last noun of the compound a capital starts is the government itself ("Kyiv regime", "White
    House press secretary"), not a thing of the city ("Islamabad High Court", "Islamabad police chief")."""
    for _ in range(4):
        if noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        else:
            break
    return noun.lower_ in _GOVERNMENT_NOUNS or noun.lemma_.lower() in _GOVERNMENT_NOUNS


def _title_dateline(span: Any, line: str, line_start: int) -> bool:
    """A place in Title Case opening a line and cut from the report by a dash ("London - The U.S. Coast
    Guard said ..."): where it was filed. Only a place: a body at a line's start keeps its sentence."""
    if span.start_char != line_start + (len(line) - len(line.lstrip())):
        return False
    # "Quito, Ecuador – Tensions between ...": the place may carry its country or region before the dash
    return bool(re.match(r"(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?(?:\s+[-–—]\s|:\s)",
                         line[span.end_char - line_start:span.end_char - line_start + 40]))


def _country_after(span: Any, line: str, line_start: int) -> bool:
    """The place at a Title-Case dateline is followed by its country's name ("Quito, Ecuador – ...")."""
    from dossier.resolve.places import is_country

    m = re.match(r",\s*([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})\s+[-–—]\s",
                 line[span.end_char - line_start:span.end_char - line_start + 40])
    return bool(m) and bool(is_country(m.group(1)))


# physical attacks: what they are "on" or "at" is hit as a place ("a strike on Beirut", "missiles at Kyiv")
_STRIKE_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "bombardment", "shelling", "missile",
                           "rocket", "drone", "assault", "blast", "explosion",
                           # a force moving on a city: "the march on Moscow", "an advance on Kyiv"
                           "march", "advance", "offensive", "push"})
# verbs of force or movement on a place: their object is the city, never its government ("captured
# Damascus", "entered Kabul", "shelled Kyiv"); verbs of saying or dealing ("warned Pyongyang") are not here
# verbs of setting off "for" a place
_LEAVING_FOR = frozenset({"leave", "depart", "head", "set", "bind", "bound", "fly", "sail", "board", "drive", "travel",
                          "return", "start", "embark"})
# verbs that make a city a capital: "recognize Jerusalem as the capital"
_NAMING_VERBS = frozenset({"recognize", "recognise", "declare", "name", "designate", "proclaim", "make", "consider"})
_TAKE_VERBS = frozenset({"capture", "seize", "take", "enter", "leave", "depart", "exit", "flee", "reach", "storm", "surround",
                         "besiege", "encircle", "liberate", "overrun", "hit", "strike", "bomb", "shell", "rock",
                         "pound", "evacuate", "blanket", "flood", "shake", "control", "retake", "recapture"})
_PART_OF_CITY = frozenset({"northern", "southern", "eastern", "western", "central", "downtown", "greater", "old",
                           "north", "south", "east", "west", "suburban", "outer", "inner"})
_ROUTE_NOUNS = frozenset({"flight", "road", "route", "train", "rail", "railway", "highway", "border", "distance",
                          "travel", "commute", "corridor", "line", "bridge", "pipeline"})
_PLACE_NOUNS = frozenset({"location", "city", "town", "area", "site", "place", "target", "region", "village",
                          "destination", "venue", "stop", "capital"})


_TOWN_APPOSITIONS = frozenset({"capital", "city", "town", "village", "port", "region", "province", "district",
                               "hub", "stronghold", "enclave", "heartland", "municipality", "county"})


def _town_in_apposition(span: Any) -> bool:
    """A name set off by an apposition that says it is a town or region ("La Paz, the administrative capital",
    "Kramatorsk, a city in the east"), in either direction. A person's apposition names an office, not a town
    ("Frederick Smith, the city mayor": its head is "mayor")."""
    root = span.root
    described = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        described.append(root.head)
    return any(d.pos_ == "NOUN" and d.lemma_.lower() in _TOWN_APPOSITIONS and not d.ent_type_ for d in described)


def _listed_with_towns(span: Any) -> bool:
    """The span is coordinated with a place name that is neither a country nor a capital."""
    from dossier.resolve.places import country_of_place, is_capital, is_country

    root = span.root
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    members = [t for t in top.subtree if (t.i == top.i or t.dep_ == "conj") and t.i not in range(span.start, span.end)]
    for t in members:
        ent = next((e for e in doc_ents(span.doc) if e.start <= t.i < e.end), None)
        if ent is None or ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        if not is_country(ent.text) and not is_capital(ent.text) and country_of_place(ent.text):
            return True
    return False


# what happens somewhere ("an operation in X", "troops stationed in X"): "in" + a name after one of these is where
_HAPPENS_IN = frozenset({"operation", "operations", "campaign", "fighting", "clash", "clashes", "hostilities",
                         "violence", "war", "presence", "situation", "station", "deploy", "base", "live", "occur",
                         "happen", "erupt", "stay", "remain", "reside", "flee", "arrive"})


_MOVING_LEMMAS = frozenset({"withdraw", "retreat", "pull", "flee", "evacuate", "leave", "return", "move", "travel",
                            "fly", "drive", "push", "expel", "oust", "relocate", "escape", "march", "walk"})


def _moved_from(span: Any) -> bool:
    """The name is where someone moves from or to: "withdraw from X", "fled to X", "marched into X"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("from", "to", "into", "toward", "towards") and \
        root.head.i < span.start and root.head.head.lemma_.lower() in _MOVING_LEMMAS


def _where_it_happens(span: Any) -> bool:
    """An ORG-tagged name the lexicon does not know, without "the", after "in" that tells where an act
    or a stay is ("a military operation in X", "forces were stationed in X"). A body's name after "in" is
    an affiliation ("a stake in X", "a role in X") and stays: only the closed class of happenings and stays
    above governs the place reading; known bodies, acronyms and brand-shaped names keep theirs."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "inside", "throughout", "across") or prep.i >= span.start:
        return False
    if span[0].lower_ == "the" or (span.start > 0 and span.doc[span.start - 1].lower_ == "the"):
        return False  # "in the Kremlin", "in the Knesset": institutions go with "the"
    if span.text.isupper() or _BRAND.match(span.text) or _institution_head(span[-1].lower_) \
            or _in_lexicon(span.text):
        return False
    return prep.head.lemma_.lower() in _HAPPENS_IN


def _in_town_list(span: Any) -> bool:
    """The span is in a coordination that a locative preposition governs ("in Kotli, Sarjal and X") and that
    lists a place the gazetteer knows below country level."""
    top = span.root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top.i in range(span.start, span.end):
        return False  # the name heads the list: nothing before it says it is one of the towns
    return top.dep_ == "pobj" and top.head.lower_ in _WHERE_PREPS and _listed_with_towns(span)


def _lone_on_line(span: Any, stripped: str) -> bool:
    """The name is all its line says ("Ellen Kenny", "FPREN", "(Yonhap)"): a byline, a photo credit or a
    link, never a sentence about the named one."""
    rest = stripped.replace(span.text, "", 1).strip(" \t()[]|.,:;-–—•'\"“”’")
    return not rest and len(span) <= 5

@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    import zoneinfo

    # the IANA database's bare abbreviations ("GMT", "EST", "UTC"), not its Area/City names nor its legacy
    # country links ("PRC", "ROK", "NZ" are countries in the news)
    return frozenset(z for z in zoneinfo.available_timezones()
                     if z.isupper() and z.isalpha() and len(z) == 3 and (z.endswith("T") or z.startswith("U")))


def _title_phrase(span: Any, label: str, kb_id: str) -> bool:
    """An ORG span that opens with a nationality and stops right before a title noun, with no body noun of
    its own ("Danish Climate" of "Danish Climate and Energy Minister X", "Norwegian Trade and Industry"):
    the portfolio of an office, which the parse hangs on that title."""
    doc = span.doc
    if label != "ORG" or kb_id or span.end >= len(doc):
        return False
    words = [t for t in span if t.is_alpha]
    title = None
    for tok in doc[span.end:min(len(doc), span.end + 4)]:
        if _is_title_token(tok) and tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in _BODY_HEADS:
            title = tok
            break
        # "Danish Climate" + "and Energy Minister": more of the portfolio before the title
        if not (tok.lower_ in ("and", "&") or tok.is_title and _ordinary(tok.text) and tok.lower_ not in _BODY_HEADS):
            break
    if title is None or not words:
        return False  # a span of no word ("2024", "&") names no portfolio
    first = span.start
    while first > 0 and (doc[first - 1].lower_ in ("and", "&") or doc[first - 1].is_title
                         and (_ordinary(doc[first - 1].text) or _is_demonym(doc[first - 1].text))):
        first -= 1  # "Energy" of "Danish Climate and Energy Minister": the same portfolio
    while first < span.start and not _is_demonym(doc[first].text):
        first += 1
    opener = doc[first] if first < span.start else words[0]
    rest = [t for t in doc[opener.i + 1:span.end] if t.is_alpha]
    if _is_demonym(opener.text):
        return not any(t.lower_ in _BODY_HEADS for t in rest) \
            and all(_ordinary(t.text) or t.lower_ in ("and",) for t in rest)
    # no nationality, but the title is a named person's ("National Security Advisor Jane Rowe"): common
    # words capitalised before it are the office's portfolio, not a body
    after = doc[title.i + 1] if title.i + 1 < len(doc) else None
    return after is not None and after.ent_type_ == "PERSON" and all(
        _ordinary(t.text) and t.lower_ not in _BODY_HEADS for t in span if t.is_alpha)


def _demonym_read_as_name(tok) -> bool:
    """A nationality adjective the model tagged as a one-word person ("Azerbaijani foreign ministry spokesperson
    Ayxan Hacizada"): the title's own first word, whose country it names."""
    doc = tok.doc
    # (followed by a common word of the title: "Sudani's nomination" is the surname of "Mohammed Shia al-Sudani")
    return tok.ent_iob_ == "B" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ != "I" and \
        doc[tok.i + 1].is_alpha and doc[tok.i + 1].is_lower and _is_demonym(tok.text)


@lru_cache(maxsize=4096)
def _is_demonym(word: str) -> bool:
    from dossier.resolve import load_kb

    e = load_kb().lookup(word)
    return e is not None and e.kind == "country" and word != e.name and word not in e.aliases


def _line_index(text: str):
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]

    def line_of(pos: int) -> tuple[int, int]:
        k = bisect_right(breaks, pos)
        start = breaks[k - 1] + 1 if k else 0
        end = breaks[k] if k < len(breaks) else len(text)
        return start, end
    return line_of


# two ISO 4217 currency codes quoted against each other ("EUR/JPY", "USD-CNY"): a market's price, not a body
_CURRENCY_PAIR = re.compile(r"(?:USD|EUR|JPY|GBP|CHF|CNY|CNH|AUD|NZD|CAD|HKD|SGD|KRW|INR|RUB|TRY|BRL|MXN|ZAR|SEK|NOK|"
                            r"DKK|PLN|HUF|CZK|ILS|SAR|AED|THB|IDR|MYR|PHP|TWD|VND|PKR|EGP|NGN|KES|UAH|XAU|XAG|BTC|"
                            r"ETH)\s*[/\-]\s*[A-Z]{3}")


def _before_nickname(span: Any) -> bool:
    """A one-word name right before a nickname in quotes and a capitalised word ("Timoleon “Timochenko”
    Jimenez"): the first part of a longer name the model cut at the quote."""
    doc, i = span.doc, span.end
    return i + 3 < len(doc) and doc[i].text in ('"', "“", "‘", "'") and doc[i + 1].is_title \
        and doc[i + 2].text in ('"', "”", "’", "'") and doc[i + 3].is_title


_FILE_NAME = re.compile(r"\w\.(?:gif|jpe?g|png|webp|svg|mp4|pdf)$", re.I)


_HYPHEN_PREFIXES = frozenset({"intra", "inter", "pan", "trans", "anti", "pro", "post", "pre", "non", "neo", "cross",
                              "extra", "multi"})


def _hyphened_to_a_people(span: Any) -> bool:
    """One capitalised word joined by a hyphen to a people's adjective or a country, before a lower-case noun
    ("the Gulf-Chinese summit", "Arab-Israeli talks" cut to its first word): an adjective of a relation."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    k = span.end
    if len(words) != 1 or k + 2 >= len(doc) or doc[k].text not in ("-", "–") or span[-1].whitespace_ \
            or doc[k].whitespace_:
        return False
    other = doc[k + 1]
    if words[0].lower_ in _HYPHEN_PREFIXES and other.is_title:
        return True  # "the Intra-Afghan Negotiations", "Pan-African": a prefix, no word of its own
    if _is_demonym(words[0].text) or _place_or_known(words[0].text):
        return False  # "the Finnish-Estonian pipeline": each side is a country's adjective, kept
    if not other.is_title or not (_is_demonym(other.text) or _place_or_known(other.text)):
        return False
    nxt = doc[k + 2]
    return nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ")


def _adjective_before_noun(span: Any) -> bool:
    """One capitalised word that is an everyday adjective ("International", "Royal", "Central") right before a
    lower-case noun it modifies ("the current International order"): no body's name."""
    words = [t for t in span if t.lower_ != "the"]
    doc = span.doc
    if len(words) != 1 or span.end >= len(doc):
        return False
    w, nxt = words[0], doc[span.end]
    if not (w.is_title and _ordinary(w.text) and (w.pos_ == "ADJ" or w.lower_ in _NAME_OPENERS)):
        return False
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN" and nxt.i == span.end and w.head.i == nxt.i


# a clock's offset from universal time written as a name ("UTC +04:00", "GMT+8")
_UTC_OFFSET = re.compile(r"(?:UTC|GMT)\s*[+\-−–]\s*\d{1,2}(?::?\d{2})?"
                         # a page's time stamp: a zone and a date ("GMT 21.10.2023"), or a zone's letters alone
                         r"|(?:UTC|GMT|MSK|CET|CEST|EET|EEST|EST|EDT|PST|PDT|IST|JST|KST|AEST|AEDT)"
                         r"(?:\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?")
# labels of a publication's or a document's serial number, page furniture before the number
_SERIAL_CODES = frozenset({"ISSN", "ISBN", "DOI", "eISSN"})
# a credit line naming an outlet and the wires it drew on ("Example News and Agencies", "X with agencies")
_AGENCIES_CREDIT = re.compile(r"[A-Z][\w.&'’\- ]{1,40}?\s+(?:and|with|&)\s+(?:agencies|wires|news agencies)\.?",
                              re.I)


# -- round 25 (issue 17, actors25a): words that describe something else, and credits -------------------------
# a ticker's "3h ago" run into the next headline when the page was flattened ("agoAngela ...")
_GLUED_AGO = re.compile(r"^ago[A-Z]")
# a copyright sign before a name: the picture's rights holder or photographer ("(© Jane Doe/Agency)")
_COPYRIGHT_BEFORE = re.compile(r"©\s*(?:[A-Z][\w.'’\-]*\s+){0,3}$")
# a bracket of three or more names joined by slashes: the agencies and pools a picture passed through
_SLASH_BRACKET = re.compile(r"\((?:\s*[A-Z][\w.&'’\- ]{0,30}/){2,}\s*[A-Z][\w.&'’\- ]{0,30}\)")
# an upper-case picture credit chain ("AGENCY PHOTO/POOL/JANE DOE")
_PHOTO_CHAIN = re.compile(r"\bPHOTO\s*/\s*(?:[A-Z][A-Z.'’\- ]*/\s*)*[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*)*")
# what a broadcast's own correspondent is introduced with, the name alone before it on its line ("X reports.")
_INTRODUCED = re.compile(r"\s+(?:reports|has more|has the story|has this report|has the latest|"
                         r"reports from(?: [A-Z][\w.'’\-]*)+)\s*[.:]?")
# adjectives of a faith's followers: before a noun ("a Sikh leader", "Shia militias") they say what the noun's
# referent is; the noun is the actor, not the faith
_ADHERENTS = frozenset({"sikh", "hindu", "muslim", "christian", "jewish", "buddhist", "catholic", "protestant",
                        "shia", "shiite", "shi'ite", "sunni", "druze", "alawite", "coptic", "jain", "yazidi",
                        "ahmadi", "evangelical"})
# common nouns of a body that a nationality may describe when the body is named beside it ("Saudi airline X",
# "the Lebanese militant group X")
_DESCRIBED_BODIES = frozenset({"airline", "carrier", "group", "militia", "movement", "company", "firm", "party",
                               "organisation", "organization", "network", "newspaper", "broadcaster", "channel",
                               "agency", "bank", "faction", "outlet", "daily"})
# posts on a platform, capitalised ("in a series of Tweets")
_POSTS = frozenset({"tweet", "tweets", "retweet", "retweets"})
# first parts of a region's compound name ("Indo-Pacific", "Asia-Pacific", "Euro-Atlantic")
_REGION_PARTS = frozenset({"indo", "asia", "euro", "afro", "sino", "trans", "pan", "pacific", "atlantic", "arctic"})


def _ent_of(tok: Any) -> Any:
    """The entity span of the document holding the token, or None."""
    for e in doc_ents(tok.doc):
        if e.start <= tok.i < e.end:
            return e
    return None


def _a_body(ent: Any) -> bool:
    """An entity tagged ORG, or one the knowledge base knows as a body or a group ("Hezbollah" tagged PERSON)."""
    if ent is None:
        return False
    if ent.label_ == "ORG":
        return True
    from dossier.resolve import load_kb

    e = load_kb().lookup(ent.text)
    return e is not None and e.kind not in ("person", "country", "place", "government")


def _nationality_of_named_body(span: Any, label: str) -> bool:
    """One nationality word (NORP, a country's adjective) that modifies a body named beside it: directly ("the
    Lebanese Hezbollah") or through a body's common noun the name is apposed or compounded to ("Saudi airline
    X", "the Lebanese militant group X"). The adjective says where the body is from; the body acts, not the
    state. Not before a person or an office ("Egyptian surgeon X", "Iranian President X"): there the country
    places the person and stays; not before a nominal event ("the Iranian attack"), which the state does."""
    words = [t for t in span if t.lower_ != "the"]
    if label != "NORP" or len(words) != 1:
        return False
    tok = words[0]
    from dossier.resolve import load_kb

    e = load_kb().lookup(tok.text)
    if e is None or e.kind != "country" or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    h = tok.head
    if h.i <= tok.i or h.i - tok.i > 4:
        return False
    if h.ent_type_ and not (span.start <= h.i < span.end):
        return _a_body(_ent_of(h))  # "the Lebanese Hezbollah"
    if not (h.is_lower and h.lower_ in _DESCRIBED_BODIES and h.pos_ == "NOUN"):
        return False
    tied = [c for c in h.children if c.dep_ in ("appos", "compound") and c.i > h.i and c.ent_type_]
    if h.dep_ in ("compound", "appos") and h.head.i > h.i and h.head.ent_type_:
        tied.append(h.head)
    return any(_a_body(_ent_of(c)) for c in tied)


def _adherents_adjective(span: Any, label: str) -> bool:
    """A faith's adjective alone before the noun it describes ("a prominent Sikh leader"): no body."""
    words = [t for t in span if t.lower_ != "the"]
    if label in ("GPE", "LOC") or len(words) != 1 or words[0].lower_ not in _ADHERENTS | {"islamic", "islamist"}:
        return False
    tok = words[0]
    h = tok.head
    doc = span.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].is_lower:
        return True  # "Turkey's Islamic-rooted government": the first half of a describing compound
    if tok.lower_ not in _ADHERENTS:
        return False
    return tok.dep_ in ("amod", "compound", "nmod") and h.pos_ == "NOUN" and h.is_lower \
        and 0 < h.i - tok.i <= 3 and not h.ent_type_


def _region_adjective(span: Any) -> bool:
    """A region's hyphened compound name before a lower-case noun it modifies ("Indo-Pacific nations",
    "Asia-Pacific allies"): where the noun's referents are, not a body."""
    words = [t for t in span if t.lower_ != "the"]
    doc = span.doc
    if not words or span.end >= len(doc):
        return False
    name = "".join(t.text_with_ws for t in words).strip()
    parts = name.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    if parts[0].lower() not in _REGION_PARTS and parts[1].lower() not in _REGION_PARTS:
        return False
    nxt = doc[span.end]
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN" and span.root.head.i >= span.end


_ROOM_WORDS = frozenset({"room", "rooms", "gate", "estate", "lawn", "garden", "gardens"})


def _room_or_grounds(span: Any) -> bool:
    """A name headed by a room's, a gate's or grounds' word in Title Case ("the Diplomatic Reception Room of
    the X", "the historic Filoli Estate", "outside Abbey Gate"): a site where something happens, not a body
    ("Real Estate" ends a firm's name; "Chamber" heads bodies and is not here)."""
    words = [t for t in span if t.lower_ != "the"]
    head = span.root
    if len(words) < 2 or not head.is_title or head.lower_ not in _ROOM_WORDS:
        return False
    return not (head.lower_ == "estate" and head.i > span.start and span.doc[head.i - 1].lower_ == "real")


def _body_noun_headed(span: Any) -> bool:
    """A name that premodifies a body's lower-case noun ("the X militia", "the X newspaper"): the body's name.
    Nouns a person's name premodifies ("the X administration", "the X campaign") are not among them."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_lower and nxt.lower_ in _BODY_AFTER and nxt.pos_ == "NOUN" and span.root.head.i == nxt.i


def _based_body(span: Any) -> bool:
    """A name right after "<place>-based" with no noun of its own after it ("the Jordan-based X reported"): a
    body placed by its seat; a person so placed carries a noun ("a London-based lawyer")."""
    doc = span.doc
    i = span.start
    if i < 2 or doc[i - 1].lower_ != "based" or doc[i - 2].text not in ("-", "–"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN")


_BODY_AFTER = frozenset({"militia", "militias", "newspaper", "daily", "broadcaster", "channel", "outlet",
                         "airline", "carrier", "company", "firm", "conglomerate", "bank", "insurer", "publisher",
                         "tabloid", "weekly", "agency"})


# the note on a writer under (or over) a story: "X is a reporter for Y", "X is an Associate Fellow at Z who ..."
_AUTHOR_BIO = re.compile(r"^(?P<name>(?:[A-Z][\w.'’-]+\s+){1,3}(?P<surname>[A-Z][\w.'’-]+))\s+(?:is|was|has\s+been)\s+(?:a|an|the)\s+"
                         r"(?:[\w,'’&-]+\s+){0,8}?(?i:reporter|correspondent|journalist|writer|editor|analyst|"
                         r"contributor|columnist|producer|intern|fellow|researcher|commentator|freelancer|author|"
                         r"blogger|presenter|anchor)s?\b")
# what a biography does not tell: a writer the news is about ("X is a reporter for Y who was detained in ...")
_NEWS_OF_A_WRITER = re.compile(r"(?i)\b(?:detained|arrested|killed|sentenced|charged|jailed|held|released|freed|"
                               r"expelled|convicted|accused|kidnapped|abducted|shot|wounded|injured|died|banned|"
                               r"deported|imprisoned|missing|murdered|slain|assassinated|disappeared)\b")
_ABOUT_THE_AUTHOR = re.compile(r"(?im)^[ \t]*about\s+the\s+authors?[ \t]*:?[ \t]*$")


def _author_bio(line: str, line_start: int, text: str) -> bool:
    """A line that is a writer's biography, or any line under an "About the author" heading in the story's last
    part: page furniture, whatever names it holds (the writer, the outlet, the writer's past employers). Not a
    line that tells news of the writer ("X is a reporter for Y who was detained in Tehran"), nor one about someone
    the story names elsewhere ("Jamal Khashoggi was a Saudi journalist and columnist ..." in a report of his
    killing): a writer is named in the byline, alone on a line over the biography, and in the biography only."""
    body = line.strip()
    bio = _AUTHOR_BIO.match(body)
    if bio and len(body) < 800 and not _NEWS_OF_A_WRITER.search(body):
        elsewhere = text[:line_start] + "\n" + text[line_start + len(line):]
        # (a byline, or the name alone on its line over the biography, is the writer's too)
        named = [ln for ln in elsewhere.splitlines() if bio["surname"] in ln and not _BYLINE.match(ln.strip())
                 and ln.strip() != bio["name"]]
        if not named:
            return True
    heading = _about_the_author_at(text)
    return heading is not None and heading <= line_start


@lru_cache(maxsize=8)
def _about_the_author_at(text: str) -> int | None:
    """Where an "About the author" heading in the story's last part starts (read once per text: every span of the
    article asks)."""
    found = _ABOUT_THE_AUTHOR.search(text, int(0.6 * len(text)))
    return found.start() if found else None


def _describing_reason(span: Any, label: str, kb_id: str, line: str, line_start: int, text: str) -> str | None:
    """Round 25: credits and interface strings earlier rules miss, and words that only describe something else."""
    t = span.text
    rel = span.start_char - line_start
    if _author_bio(line, line_start, text):
        return "an author's biography (page furniture), not an actor"  # "X is a reporter for Y. Follow him on X"
    if _GLUED_AGO.match(span[0].text):
        return "a ticker's time stamp run into a headline (page furniture), not an actor"  # "3h agoX Y"
    if _COPYRIGHT_BEFORE.search(line[:rel]):
        return "a copyright credit (page furniture), not an actor"  # "(© Jane Doe/Agency Images)"
    if any(m.start() <= rel < m.end() for pat in (_SLASH_BRACKET, _PHOTO_CHAIN) for m in pat.finditer(line)):
        return "a picture credit's chain of agencies, pools and photographers, not an actor"
    stripped = line.strip()
    if label in ("PERSON", "ORG") and stripped.startswith(t) and _INTRODUCED.fullmatch(stripped[len(t):]):
        return "the broadcast's own correspondent introduced (a credit), not an actor"  # "X reports."
    if not kb_id and len(span) > 1 and span[-1].text == "Desk":
        return "a newsroom's desk (a byline), not an actor"  # "Example News Desk:"
    if not kb_id and t == "Media" and re.match(r"\s?caption", text[span.end_char:span.end_char + 8]):
        return "a media player's caption label (page furniture), not an actor"  # "Media caption..."
    if not kb_id and len(span) == 1 and span[0].lower_ in _POSTS:
        return "posts on a platform, not an actor"  # "in a series of Tweets"
    if _adherents_adjective(span, label):
        return "a faith's adjective describing a noun, not an actor"  # "a Sikh leader"
    if not kb_id and label == "ORG" and _region_adjective(span):
        return "a region's name describing a noun, not a body"  # "Indo-Pacific nations"
    if _nationality_of_named_body(span, label):
        return "a nationality describing a body named beside it, not the state"  # "Saudi airline X"
    if not kb_id and len(span) == 1 and label in ("ORG", "PERSON") and re.fullmatch(r"[A-Z][a-z]{3,}ly", t) \
            and text[span.end_char:span.end_char + 1] == ",":
        return "a sentence's opening adverb, not a name"  # '"Realistically, we don't even know ..."'
    if label in ("NORP", "GPE") and _STANCE_PREFIX.search(text[max(0, span.start_char - 6):span.start_char]):
        # "pro-Palestinian activists", "Pro-Russian separatists", "anti-American protests": whom one is for or
        # against, not where one is from
        return "a stance for or against a nation, not a nationality"
    if label == "NORP" and span.text.lower() in ("pro", "anti") and text[span.end_char:span.end_char + 1] == "-":
        return "a stance prefix, not a nationality"
    return None


_STANCE_PREFIX = re.compile(r"\b(?:pro|anti)-$", re.I)


def _drop_reason(span: Any, label: str, kb_id: str, line: str, line_start: int, text: str,
                 outlet: str | None) -> str | None:
    t = span.text
    if _URLISH.search(t):
        return "URL or handle"
    if not kb_id and t[-1:].isalnum() and not text[span.end_char:].strip():
        # "... the talks included French President Emmanuel Mac": a text cut off mid-word ends in a piece of a
        # name, never a whole one (a text that ends on a name ends on its full stop)
        return "a name cut off where the text ends"
    if span.start_char > 0 and doc_text(span.doc)[span.start_char - 1] == "#" and not kb_id:
        return "a hashtag, not an actor"  # "#StandWithX"
    if not kb_id and any(_FILE_NAME.search(tok.text) for tok in span):
        return "a file's name (a picture's caption), not an actor"  # "protest-gas-2014.gif Police"
    if not kb_id and label in ("ORG", "PERSON") and _hyphened_to_a_people(span):
        return "a region or a people hyphened to another before a noun (\"the Gulf-Chinese summit\"), not a body"
    if not kb_id and label == "ORG" and _adjective_before_noun(span):
        return "a capitalised adjective before a common noun (\"the International order\"), not a name"
    if _UTC_OFFSET.fullmatch(t.strip()) or not kb_id and t.strip() in _SERIAL_CODES:
        return "a time zone or a serial number's label (page furniture), not an actor"  # "(UTC +04:00)", "ISSN"
    if not kb_id and _AGENCIES_CREDIT.fullmatch(line.strip()):
        return "a credit line (an outlet and its agencies), not an actor"  # "X and Agencies"
    if _widget_line(line.strip()):
        return "page furniture line (a link box, a share, follow or comment widget, a newsletter or contact line)"
    if label not in ("GPE", "LOC") and not kb_id and span.end + 1 < len(span.doc) \
            and span.doc[span.end].text == "-" and span.doc[span.end + 1].lower_ == "class" \
            and not span.doc[span.end - 1].whitespace_:
        return "a class of ships or weapons, not an actor"  # "Arleigh Burke-class destroyers"
    if not kb_id and label in ("ORG", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "FAC") and len(span) > 1 and \
            span[-1].text in _NAMED_THINGS:
        return "a gathering's or a document's name (a summit, a treaty), not an actor"  # "Summit of the Americas"
    if not kb_id and (re.search(r"-class$", t) or label in ("ORG", "PERSON", "EVENT", "FAC") and len(span) > 1
                      and span[-1].text == "Day" and span[0].is_title and _ordinary(span[0].text)):
        return "a class of things or a named day, not an actor"  # "Good Governance Day", "Victory Day"
    if label == "PERSON" and not kb_id and (k := _possessive_at(span)) is not None and k > 0 \
            and not _person_tail(span[k + 1:]):
        return "a possessive phrase (a work, a site or a thing of someone's), not a person's name"  # "X's Penance"
    if not kb_id and label in ("ORG", "PERSON", "EVENT", "WORK_OF_ART") and _happening_of(span):
        return "a happening of someone (\"the Fall of X\"), not an actor"
    if label in ("PERSON", "ORG") and len(span) == 1 and not kb_id and _before_nickname(span):
        return "a given name cut from its nickname and surname, not a name"  # "Timoleon" of Timoleon "X" Jimenez
    if label in ("ORG", "PERSON", "NORP") and _common_noun_phrase(span) and (
            not kb_id or not _written_so(t, kb_id) and sum(tok.is_alpha for tok in span) - (span[0].lower_ == "the") < 2):
        # a body the knowledge base knows by a phrase of several words keeps it in lower case too (British style:
        # "the Russian security council"); one word in lower case is a common noun ("spa", "metro")
        return "a common noun in lower case, not a name"  # "a resort and spa" tagged ORG
    if label in ("ORG", "PRODUCT", "PERSON", "FAC") and not kb_id and _names_a_thing(span):
        return "the name of a weapon system, a disease or a commodity before or after its noun, not an actor"
    if label in ("ORG", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT", "LAW") and not kb_id \
            and _occasion_of_own_speech(span):
        return "the occasion or the venue of someone's own speech (\"his X address\"), not its author"
    if not kb_id and label in ("ORG", "EVENT", "PRODUCT", "WORK_OF_ART") and len(span) > 1 \
            and span[-1].lower_ in ("operation", "offensive") and span[-1].is_title:
        return "a named operation, not an actor"  # "the X Storm Operation", "the X Offensive"
    if not kb_id and label in ("ORG", "PERSON", "LAW", "EVENT") and _part_of_a_law(span):
        return "a word of a law's or a treaty's longer name, not an actor"  # "X and Y Act" cut before "and"
    if not kb_id and label in ("ORG", "PERSON", "EVENT", "PRODUCT") and _made_work(span):
        return "a film's, a book's or a show's title, not an actor"  # "the producer of X"
    if label in ("GPE", "LOC", "ORG", "NORP") and _inside_a_place_name(span):
        return "a country's name inside a longer place's or project's name (\"the Gulf of X\"), not an actor"
    if label in ("ORG", "PRODUCT") and not kb_id and _projectile(span):
        return "a weapon launched, fired or intercepted, not an actor"  # "Iran launched UAVs at ..."
    if label in ("ORG", "PRODUCT", "WORK_OF_ART") and not kb_id and (_medium(span) or _channel_of(span)):
        return "the platform or medium something was posted on, not an actor"  # "a video posted on X"
    if label == "PERSON" and not kb_id and len(span) > 1 and _common_noun_last(span):
        return "a thing named with a common noun, not a person"  # "Sichuan dan dan noodles"
    if label in ("ORG", "PERSON", "PRODUCT") and not kb_id and _make_before_thing(span):
        return "a make before the noun of a made thing, not an actor"  # "a Nissan sedan"
    if label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART") and not kb_id and _plural_noun_opening(span):
        return "a plural common noun capitalised at a sentence's start, not a name"  # "Windows had shattered"
    if kb_id and _other_agency_acronym(span, kb_id):
        return "an acronym of a news agency that the knowledge base gives to another body"  # "state XYZ news agency"
    if not kb_id and _bare(t.strip()) in _RELIGIONS:
        return "a religion, not an actor"  # "the patriarch of Judaism, Islam and Christianity"
    if not kb_id and _TIME_PREFIXED.fullmatch(t.strip()):
        return "a modifier of time or stance, not an actor"  # "a post-Brexit trade deal", "pre-war", "anti-Kremlin"
    if not kb_id and _TIME_ZONE.search(t.strip()):
        return "a time zone, not an actor"  # "Greenwich Mean Time", "Eastern Daylight Time"
    if not kb_id and t.strip() in _EXITS:
        return "a country's leaving a union, not an actor"  # "Brexit has hurt trade"
    if _AMOUNT.fullmatch(t.strip()):
        return "an amount of money, not an actor"  # "N24trn debt" in a list of headlines
    if _CURRENCY_PAIR.fullmatch(t.strip()):
        return "a currency pair, not an actor"  # "EUR/JPY rose 0.07%": ISO 4217 codes quoted against each other
    if any(q in t for q in ('"', "“", "”")):
        return "quoted title"  # a work, a nickname or a slogan in quotes, not a name
    if label in ("ORG", "PERSON", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT") and not kb_id and (
            span[-1].lower_ in _DOCUMENTS or span.root.lower_ in _DOCUMENTS and span.root.i < span.end - 1):
        return "an agreement, award or plan, not an actor"  # also "Academy Award for Stone"
    if not kb_id and label in ("ORG", "PERSON", "FAC", "PRODUCT", "NORP") and _document_acronym(span):
        return "an agreement's acronym, not an actor"  # "the MoU" after "a Memorandum of Understanding"
    if not kb_id and _aircraft_name(span):
        return "an aircraft's call sign, not an actor"  # "arrived by Marine One", "landed on Air Force One"
    if not kb_id and re.search(r"â[€\x80-\x9f]|Ã[\x80-\xbf]|^â[A-Z]", t):
        return "mis-decoded characters (mojibake), not a name"  # "âThe" of a quote mark read as Latin-1
    if label == "PERSON" and span.start > 0 and span.doc[span.start - 1].ent_type_ == "CARDINAL" \
            and re.fullmatch(r"\d[\d,]*", span.doc[span.start - 1].text) and span.doc[span.start - 1].text not in ("0", "1"):
        return "a count of people, not a person"  # "200 Taliban Killed" in a headline
    if label == "PERSON" and any(ch.isdigit() for ch in t):
        return "digits in a person's name (a weapon, a model or a code)"  # "BM-21 Grad"
    if not kb_id and label in ("ORG", "PERSON", "NORP", "FAC") and _paired_adjective(span):
        return "two countries' names joined as an adjective (\"the Indo-Pak dialogue\"), not a body"
    if not kb_id and label not in ("GPE", "LOC") and _route(span):
        return "a route between two places, not an actor"  # "the Baku-Grozny route"
    if not kb_id and label in ("ORG", "PERSON", "NORP", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT") \
            and _heading_before_colon(span, line, line_start):
        return "a heading before a colon (a section or a headline), not a name"  # "Monitoring and Enforcement:"
    if not kb_id and label in ("ORG", "PERSON", "NORP", "FAC", "WORK_OF_ART", "PRODUCT") and any(
            tok.text == "," for tok in span):
        return "a list glued into one span, not a name"  # "Mali, Burkina Faso", "Breaking, News"
    if label == "ORG" and _maker_before_model(span) and len(span) == 1:
        return "a maker before its model number (equipment), not an actor"  # "an Embraer 190 plane"
    if label == "ORG" and not kb_id and _names_a_case(span):
        return "the name of a court case, not an actor"  # "the Toshakhana case", "the X corruption case"
    if not kb_id and label in ("ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "GPE") and (
            span[0].lower_ in ("operation", "operations", "exercise") and len(span) > 1
            or span[-1].lower_ in _HAPPENINGS
            or span[-1].lower_ == "league" and len(span) > 1 and span[-2].lower_ in ("champions", "premier", "europa")):
        return "a named operation, competition or event, not an actor"
    if not kb_id and label in ("ORG", "PERSON", "EVENT", "NORP") and len(span) > 1 and span.root.i == span.end - 1 \
            and span.root.lower_ in _EVENT_HEADS:
        return "a happening named like a body (headline phrase), not an actor"  # "Gabon Military Coup"
    if not kb_id and label == "ORG" and len(span) <= 2 and span[-1].is_title and _ACT_NOUN.search(span[-1].lower_) \
            and (len(span) == 1 or span[0].lower_ == "the") and _ordinary(span[-1].text) \
            and not _institution_head(span[-1].lower_) and not _in_lexicon(span[-1].text):
        return "a common noun capitalised (an act or a rite), not a body"  # "The Recognition"
    if _title_phrase(span, label, kb_id):
        return "a portfolio before a title noun (a role), not a body"  # "Danish Climate" of "... Minister X"
    if len(span) == 1 and t.islower() and span[0].pos_ == "PRON":
        return "a pronoun"  # "put their trust in us" tagged GPE: would count as a mention of the USA
    if label in ("ORG", "GPE", "PERSON") and len(span) == 1 and t.isupper() and t in _time_zones():
        return "a time zone"  # "GMT", "EST" tagged ORG
    if len(span) == 1 and _WEEKDAY_OR_MONTH.match(t) and _DATE_AFTER.match(doc_text(span.doc)[span.end_char:span.end_char + 12]):
        return "a day or month of a date"  # "Sun" of "Sun, 16 Feb 2025 15:22 GMT"
    before1 = text[max(0, span.start_char - 1):span.start_char]
    after1 = text[span.end_char:span.end_char + 1]
    if before1 in ('"', "“", "‘") and after1 in ('"', "”", "’") and not kb_id:
        return "quoted name"  # "Super Heavy", a nickname or a product named in quotes
    opening = 1 if span[0].lower_ == "the" and len(span) > 2 else 0
    after_quote = re.match(r"[’']\s*(\w+)", text[span.end_char:span.end_char + 30])
    if not kb_id and after1 in ("’", "'") and span[opening].text in ("‘", "'") and after_quote \
            and after_quote.group(1).lower() in _FACILITY:  # a quoted name before "base", "camp": a site's name
        return "quoted name"  # "the ‘Logistics Support’ base": the model kept the opening quote
    before = re.search(r"\b(hurricane|typhoon|cyclone|storm)\s+$", text[max(0, span.start_char - 20):span.start_char],
                       re.I)
    if before and before.group(1).lower() == "storm" and (
            kb_id or span.start == 0 or span.doc[span.start - 1].pos_ in ("VERB", "AUX")
            or span.doc[span.start - 1].tag_.startswith("VB")):
        before = None  # "Protesters storm Brazil's Congress": the verb, and a country is no storm's name
    if re.match(r"(hurricane|typhoon|cyclone|tropical storm|storm|tropical depression)\b", t, re.I) or before:
        return "a storm's name"
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if (label == "ORG" and len(span) == 1 and not kb_id and nxt is not None and nxt.is_title and not nxt.ent_type_
            and nxt.idx == span.end_char + 1 and _ordinary(t)):
        return "fragment of a longer name"  # "Joint" of "Joint Sword-2024A"
    words = [w for w in re.findall(r"[\w'’\-]+", t.lower()) if w != "the"]
    if len(words) == 1 and (words[0] in _LONE_GENERIC or _generic_place_word(words[0])) and not kb_id:
        return "a generic word alone"
    if not any(ch.isupper() for ch in t) and not kb_id:
        return "no capital letter"
    if _VESSEL.match(t) and not kb_id:
        return "a vessel"
    if _FURNITURE.search(t) and not kb_id and len(span) <= 3:
        return "page furniture"  # "Photo Credit", "Getty Images"; not "Academy of Motion Picture Arts"
    if label in ("ORG", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT") and span[0].tag_.startswith("VB") and not kb_id \
            and _ordinary(span[0].text):
        # ("his counterpart Andrii Sybiha": a first name no dictionary knows, which the tagger read as a verb)
        return "headline fragment starting with a verb"
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if (label == "ORG" and len(span) == 1 and t.isupper() and len(t) <= 4 and prev is not None
            and (prev.like_num or re.search(r"\d|^(a\.?m|p\.?m)\.?$", prev.text, re.I))):
        return "time zone after a time"  # "10:30 HKT", "5pm BST"
    stripped = line.strip()
    if label in ("PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT") and _lone_on_line(span, stripped):
        return "a name alone on its line (byline, credit or link)"
    if _BYLINE.match(stripped) and len(stripped.split()) <= 12:
        return "byline"
    if _credit_line(stripped):
        return "photo credit or caption"
    credit = _picture_credit_at(line)
    if credit is not None and span.start_char - line_start >= credit:
        return "photo credit"
    rel0 = span.start_char - line_start
    credit = _trailing_credit_at(line)
    if credit is not None and rel0 >= credit:
        return "photo credit"
    if any(c.start() <= rel0 < c.end() for c in _BRACKET_CREDIT.finditer(line)):
        return "photo credit"
    if re.fullmatch(_AGENCY, t, re.I) and _AGENCY_PICTURE.match(doc_text(span.doc), span.end_char):
        return "photo credit"  # "... at the shoal. AFP Photo": the agency sold the picture above
    stamp = _BYLINE_STAMP.match(line.lstrip())
    if stamp and rel0 - (len(line) - len(line.lstrip())) < stamp.end("who"):
        return "byline"
    bracket = _DATELINE_BRACKET.match(line[_LEAD.match(line).end():] if _LEAD.match(line) else line)
    if bracket and label not in ("GPE", "LOC"):
        offset = _LEAD.match(line).end() if _LEAD.match(line) else 0
        if offset + bracket.start("credit") <= rel0 < offset + bracket.end("credit") \
                and re.search(r"\d{4}|\b" + _MONTH + r"\b|/", bracket.group("credit"), re.I):
            return "outlet in a dateline"
    rel = span.start_char - line_start
    if _in_dateline(line, line_start, span.start_char) and label != "GPE" and label != "LOC":
        return "outlet in a dateline"
    before = text[max(0, span.start_char - 2):span.start_char]
    after = text[span.end_char:span.end_char + 2]
    if rel < 80 and (before.endswith(("(", "/")) and after.startswith((")", "/"))) and label == "ORG":
        if re.search(r"[-–—]|/\s*\.?\s*$", text[span.end_char:span.end_char + 6]) or after.startswith("/"):
            return "outlet in a dateline"
    if label == "ORG" and before.endswith("(") and after.startswith(")") and _news_agency(t) \
            and not text[span.end_char + 1:line_start + len(line)].strip(" .,;:-–—|\t\u00a0"):
        return "an agency's credit closing its line"  # "... No Redistribution) (Yonhap)"
    if label == "ORG" and before.endswith("(") and after.startswith(")") \
            and not text[line_start:span.start_char - 1].strip() \
            and (_news_agency(t) or outlet and t.lower() == outlet.lower().strip()):
        return "outlet in a dateline"  # "(MENAFN) In a significant development, ...": the report's credit
    if rel < 40 and label in ("ORG", "PERSON", "NORP") and (
            re.match(r"/\s", text[span.end_char:span.end_char + 2]) or t.endswith("/")
            and text[span.end_char:span.end_char + 1].isspace()):
        # "Shafaq News/ Iran launched ...": an outlet's name and a slash open the report
        if re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}/?", text[line_start:span.end_char].strip()):
            return "outlet in a dateline"
    if outlet and t.lower().strip() == outlet.lower().strip() and len(stripped.split()) <= 6:
        return "the outlet's own masthead or credit"
    return None


# credits (issue 17, round 19): a name whose mention only credits the report or its picture is no actor of
# the news. A caption's closing bracket naming a photographer and the agency that sold the picture ("... in
# Rome. (Jane Doe, AP)", "(Jane Doe/Reuters)", "(Photo by Jane Doe/AFP via Getty Images)"): both names go
_CAPTION_CREDIT = re.compile(rf"\((?:photo(?:graph)?s?\s*(?:by|:)\s*)?(?:[A-Z][\w.'’\-]*\s+){{0,3}}[A-Z][\w.'’\-]*"
                             rf"\s*[,/;]\s*(?i:{_AGENCY})(?:\s*(?:/|via)\s*(?i:{_AGENCY}))?\s*\)"
                             rf"(?:\s*\((?i:{_AGENCY})\))*\s*\.?\s*$", re.I)
# "Jane Doe contributed to this report", "Reporting by Jane Doe in Rome; editing by John Roe": a credit sentence
_CONTRIBUTED = re.compile(r"\b(?:contributed|contributing)\s+(?:reporting\s+|additional reporting\s+)?"
                          r"(?:to|for)\s+(?:this|the)\s+(?:report|story|article)\b|"
                          r"(?:^|[.;]\s+)(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[A-Z]", re.I)
# whom a source spoke to: "told Fox News Digital", "said in an interview with Reuters". Another outlet a source
# told stays (analysts keep "told The Associated Press", "told CBS News" as actors); the report's own outlet
# naming itself does not: the article's outlet, or an outlet's web newsroom ("... Digital"), the form an outlet
# uses for itself and that copies of its reports carry (GUIDELINES: never the news outlet that reports it)
_TOLD_OUTLET = re.compile(r"\b(?:told|tells|tell|telling|speaking\s+to|spoke\s+to|speaks\s+to|talking\s+to|"
                          r"talked\s+to|(?:an?\s+|the\s+)?interviews?\s+with|(?:an?\s+)?statement\s+to|"
                          r"(?:an?\s+)?e-?mail(?:ed)?\s+to)\s+(?:the\s+)?$",
                          re.I)


def _outlet_initials(name: str, outlet: str | None) -> bool:
    """The name is the article's own outlet written by its initials ("RFE/RL" in a report of "Radio Free
    Europe/Radio Liberty")."""
    if not outlet:
        return False
    letters = re.sub(r"[^A-Z]", "", name)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’\-]*", outlet) if w[0].isupper())
    return len(letters) >= 3 and name.replace("/", "").replace(".", "").isupper() and letters == initials
# a reporter credited inside a sentence: "per AFP's Jane Doe", "according to Reuters correspondent Jane Doe"
_REPORTER_BEFORE = re.compile(r"\b(?:per|according\s+to|reported\s+by|via|by)\s+(?:the\s+)?"
                              r"(?P<outlet>[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,3})(?:['’]s)?\s+"
                              r"(?:(?:senior|chief|staff|local|foreign)\s+)?"
                              r"(?:(?:correspondent|reporter|journalist|photographer|writer|editor|bureau chief)\s+)?$")


# the report's own outlet telling what it learned: "X understands that", "X has seen", "X reported", "seen by X"
_OUTLET_AS_SOURCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:has\s+|had\s+|was\s+|is\s+)?(?:understands|understood|learned|"
                                     r"learnt|seen|saw|reported|reports|revealed|reveals|contacted|asked|obtained|"
                                     r"confirmed|established|found|verified|analy[sz]ed|approached|requested)\b")
_OUTLET_AS_SOURCE_BEFORE = re.compile(r"\b(?:seen|reported|obtained|verified|confirmed|reviewed)\s+by\s+(?:the\s+)?$|"
                                      r"\b(?:according\s+to|told|telling|tells)\s+(?:the\s+)?$", re.I)


def _own_outlet(name: str, outlet: str | None) -> bool:
    """``name`` is the article's outlet: the same name ("The Guardian" in a Guardian report), a compound holding it
    ("Itar-Tass" in a TASS report) or its initials."""
    if not outlet or len(_bare(outlet)) < 3:
        return False
    own = _bare(outlet).lower()
    bare = _bare(name).lower()
    return bare == own or own in re.split(r"[-/]", bare) or _outlet_initials(name, outlet)


def _credit_reason(span: Any, label: str, line: str, line_start: int, text: str,
                   outlet: str | None = None) -> str | None:
    """Why a mention only credits the report or its picture (a photographer and agency closing a caption, a
    contributor's line, the report's own outlet a source told, a reporter credited for a quote), or None.
    Only that mention goes: a photographer or an outlet the news itself is about keeps its other mentions."""
    if label not in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"):
        return None
    rel = span.start_char - line_start
    caption = _CAPTION_CREDIT.search(line.rstrip()) if "(" in line else None  # it opens with a bracket
    if caption and caption.start() <= rel < caption.end():
        return "photo credit"
    try:
        sent = span.sent
        sentence = text[max(line_start, sent.start_char):min(line_start + len(line), sent.end_char)]
    except ValueError:  # no sentence boundaries set
        sentence = line
    if label == "PERSON" or label == "ORG" and _news_agency(span.text):
        if _CONTRIBUTED.search(sentence):
            return "a contributor's credit"
    before = text[max(line_start, span.start_char - 40):span.start_char]
    if label == "ORG" and _TOLD_OUTLET.search(before) and (
            _news_agency(span.text) and (span[-1].text == "Digital" or outlet and _bare(span.text).lower() ==
                                         _bare(outlet).lower()) or _outlet_initials(span.text, outlet)):
        return "the report's own outlet, which a source spoke to"
    if label == "ORG" and outlet:
        # the whole hyphened word the span is part of ("Itar" and "Tass" of "Itar-Tass")
        start, end = span.start_char, span.end_char
        while start > line_start and (text[start - 1].isalnum() or text[start - 1] in "-/"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] in "-/"):
            end += 1
        if _own_outlet(text[start:end], outlet) and (
                _OUTLET_AS_SOURCE_AFTER.match(text, end)
                or _OUTLET_AS_SOURCE_BEFORE.search(text[max(line_start, start - 30):start])):
            return "the report's own outlet, as its source"  # "The Harbour Times understands that", "seen by X"
    dash = text[max(line_start, span.start_char - 4):span.start_char]
    if label == "PERSON" and re.search(r"(?:^|\s)[—–-]\s*$", dash) \
            and re.match(r"\s*\(@\w+\)", text[span.end_char:span.end_char + 40]):
        return "the signature of an embedded post"  # "... — Jane Doe (@janedoe) May 2, 2024"
    if label == "PERSON":
        credit = _REPORTER_BEFORE.search(text[max(line_start, span.start_char - 80):span.start_char])
        if credit and _news_agency(credit.group("outlet")):
            return "a reporter credited for the report"
        own = _OWN_REPORTER.search(text[max(line_start, span.start_char - 60):span.start_char])
        if own and outlet and _bare(outlet).lower().startswith(_bare(own.group("outlet")).lower()):
            return "the report's own reporter"  # "BBC reporter X said" in a BBC News article
        if outlet and len(_bare(outlet)) > 2 and re.search(
                re.escape(_bare(outlet)) + r"['’]s\s+$", text[max(line_start, span.start_char - 60):span.start_char],
                re.I):
            return "the report's own reporter"  # "X News's Jane Doe is following the story" in an X News article
        bracket = text[span.start_char - 1:span.start_char] == "(" and text[span.end_char:span.end_char + 1] == ")"
        if bracket and not text[span.end_char + 1:line_start + len(line)].strip() \
                and len(text[line_start:span.start_char - 1].split()) >= 6:
            return "photo credit"  # "... in Singapore. (Jane Doe)": a name alone in brackets closing a caption
    own_name = re.sub(r"['’]s$", "", _bare(span.text))
    after = text[span.end_char - 2 if own_name != _bare(span.text) else span.end_char:span.end_char + 60]
    if label == "ORG" and outlet and own_name.lower() == _bare(outlet).lower() \
            and re.match(r"['’]s\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:is|was|has|reports|said|says)\b",
                         after):
        return "the report's own outlet crediting its reporter"  # "X News's Jane Doe is following the story"
    if label == "ORG" and _news_agency(span.text) and re.match(r"['’]s\s+[A-Z]", text[span.end_char:span.end_char + 4]) \
            and re.search(r"\b(?:per|according\s+to|via|reported\s+by)\s+(?:the\s+)?$",
                          text[max(line_start, span.start_char - 20):span.start_char], re.I):
        return "an agency credited with its reporter for the report"  # "per AFP's Jane Doe"
    return None


# an outlet and a reporter's noun right before a name ("BBC reporter X", "CNN's correspondent X")
_OWN_REPORTER = re.compile(r"(?P<outlet>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,2})(?:['’]s)?\s+"
                           r"(?:(?:senior|chief|staff|local|foreign|political|security|diplomatic|international|"
                           r"defence|defense|world|special)\s+){0,2}"
                           r"(?:correspondent|reporter|journalist|editor|photographer|producer)\s+$")


# lines that are a page's furniture whatever their length: a comment box, a contact line, a series link
_WIDGET_STRONG = re.compile(r"\byou are commenting using\b|\blog out\s*/|\byou may use these\b.{0,20}\btags\b|"
                            r"\bcan be reached at\b|^to contact the (?:reporter|editor|writer|author)s?\b|"
                            r"^this (?:article|story|report) (?:is|exists as) part of\b|\bcoverage\s*=>|"
                            r"^(?:related(?: articles?| stories| news| coverage)?|read also|also read|see also|"
                            r"read more|more from|more on this|recommended|must read|don'?t miss)"
                            r"\s*[:|»>–—]|\bcreate a display name\b|\bplayback is (?:un)?supported\b|"
                            # a source line closing a summary of another outlet's story ("(Source: CNBC)"), an
                            # agency's photo credit on a line of its own ("AP: Jane Doe")
                            r"^\(\s*(?:source|sources|via)\s*:[^()]{1,60}\)$|"
                            r"^(?:AP|AFP|Reuters|EPA|AAP|Getty Images|Xinhua|Anadolu)\s*:\s*[A-Z][\w.'’\-]*"
                            r"(?:\s+[A-Z][\w.'’\-]*){0,3}$", re.I)
# prompts that are furniture on a short line ("Follow us on X", "Sign up for our newsletter", "Share on WhatsApp")
_WIDGET_SHORT = re.compile(r"\b(?:follow|like|join) us\b|\bshare (?:this|on|via)\b|\bsign up\b|\bsubscribe\b|"
                           r"\bnewsletters?\b|\bclick here\b|\bdownload (?:our|the) app\b|\bget (?:our|the) app\b|"
                           r"\bjoin our\b.{0,40}\b(?:channel|group|community|page)\b|\bchat with us\b",
                           re.I)


def _written_so(text: str, kb_id: str) -> bool:
    """The knowledge base writes the entry's name or an alias exactly so, case included (the ruler matches
    lower case: "spa" would otherwise be an assembly's acronym SPA)."""
    from dossier.resolve.kb import load_kb

    e = load_kb().entries.get(kb_id)
    return e is None or text.strip() in (e.name, *getattr(e, "aliases", ()))


def _common_noun_phrase(span: Any) -> bool:
    """Every word of the span is an ordinary English word in lower case ("spa", "metro"): a common noun the NER
    took for a name (names are capitalised in news text)."""
    words = [t for t in span if t.is_alpha and t.lower_ not in ("the", "a", "an")]
    if not words or not all(t.is_lower and _ordinary(t.text) for t in words):
        return False
    from dossier.nlp.event_args import participant_nouns

    # "the navy said", "a navy spokesman": a noun that names a participant is kept for the event rules
    return not any(t.lower_ in participant_nouns() or t.lemma_.lower() in participant_nouns() for t in words)


# verbs and nouns of putting something on a platform: "a video posted on X" names the medium, not an actor
_POSTING = frozenset({"post", "publish", "share", "upload", "broadcast", "stream", "air", "livestream", "tweet",
                      "video", "message", "statement", "account", "page", "channel", "story", "photo",
                      "picture", "clip", "footage", "comment", "thread", "subscriber", "subscribers",
                      "follower", "followers", "viewer", "viewers", "blog", "post", "posts"})


def _medium(span: Any) -> bool:
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "via") or prep.i == prep.head.i:
        return False
    gov = prep.head
    return gov.lemma_.lower() in _POSTING or gov.lower_ in _POSTING


# what a body keeps on a platform ("on its X channel", "on his X account"): X is the platform
_CHANNEL_NOUNS = frozenset({"channel", "channels", "account", "accounts", "page", "pages", "feed", "feeds",
                            "handle", "profile", "site", "website", "app"})
# verbs of saying: "the ministry said on X" names where it said it (an outlet's name is kept: "said on CNN"
# may be an interview the outlet gave)
_SAY_ON = frozenset({"say", "write", "announce", "state", "declare", "comment", "report", "confirm", "claim",
                     "express", "post", "warn", "add", "share", "publish", "upload", "tweet"})


def _channel_of(span: Any) -> bool:
    """The name is the platform of a channel, an account or a page ("on its X channel", "on his X account"), or
    where a statement was said ("the ministry said on X"), a name that is no news outlet."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _CHANNEL_NOUNS and doc[span.end].is_lower:
        before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
        if before and before[-1] in ("its", "his", "her", "their", "our", "my", "the", "official")                 and "on" in before + [t.lower_ for t in doc[max(0, span.start - 3):span.start - 2]]:
            return True
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "on" and len(span) == 1 and not _news_agency(span.text):
        verb, hops = root.head.head, 0
        while verb.pos_ != "VERB" and verb.head.i != verb.i and hops < 3:  # "shared an image of X on Telegram"
            verb, hops = verb.head, hops + 1
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _SAY_ON:
            return True
    # "Telegram channels captured ...", "the Telegram messaging app": one word right before a platform's noun in
    # lower case is the platform, not the channel's owner (an outlet's name is kept: "a CNN channel")
    if len(span) == 1 and span.end < len(doc) and doc[span.end].is_lower \
            and doc[span.end].lower_ in _PLATFORM_NOUNS and not _news_agency(span.text) \
            and (root.head.i == span.end or doc[span.end].lower_ == "messaging"):
        return True
    return False


# the nouns of what a platform carries or is ("X channels", "the X messaging app")
_PLATFORM_NOUNS = frozenset({"channel", "channels", "messaging", "app", "platform", "account", "accounts",
                             "feed", "feeds", "handle", "user", "users", "post", "posts"})


# nouns of made things a make's name stands before ("a Nissan sedan", "a Toyota pickup", "a Boeing jet")
_VEHICLE_NOUNS = frozenset({"sedan", "sedans", "saloon", "pickup", "pickups", "suv", "suvs", "van", "vans",
                            "hatchback", "jeep", "jeeps", "minivan", "minibus", "limousine", "motorcycle",
                            "motorbike", "scooter", "coupe", "convertible", "lorry", "lorries", "bus", "buses",
                            "car", "cars", "truck", "trucks", "vehicle", "vehicles", "tractor", "tractors"})


_AIRCRAFT_NOUNS = frozenset({"jet", "jets", "plane", "planes", "aircraft", "airliner", "airliners", "helicopter",
                             "helicopters", "drone", "drones"})


def _make_before_thing(span: Any) -> bool:
    """One capitalised word right before the lower-case noun of a vehicle or a made thing that the parse makes
    its head, after an article or a number ("a Nissan sedan", "two Toyota pickups", "an Apple headset"): the
    make of a thing, not an actor in that mention ("Nissan announced job cuts" keeps the company)."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    if not 1 <= len(words) <= 2 or not all(w.text[:1].isupper() for w in words) or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    # a make and its model before an aircraft's noun too ("the private X Legacy jet", "a X 12 helicopter")
    things = _VEHICLE_NOUNS | _PRODUCT_NOUNS | _AIRCRAFT_NOUNS
    if not nxt.is_lower or nxt.lower_ not in things or span.root.head.i != nxt.i \
            or len(words) == 2 and nxt.lower_ not in _AIRCRAFT_NOUNS:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.lower_ in ("a", "an") or before.like_num or before.pos_ == "ADJ")


def _common_noun_last(span: Any) -> bool:
    """A span tagged PERSON whose last word is an everyday English noun in lower case ("... noodles", "... sauce"):
    no person's name ends so (particles such as "da", "van", "bin" stand inside names, not at their end)."""
    last = span[-1]
    if not (last.is_alpha and last.is_lower and len(last.text) > 3) or last.lower_ in _NAME_PARTICLES:
        return False
    if span.start < last.i and span.doc[last.i - 1].text in ("-", "‑"):
        return False  # "Kim Jong-un" written in parts
    # a name the tagger ran on into a noun ("X aide") has more capitalised words than lower-case ones
    lower = sum(t.is_alpha and t.is_lower for t in span)
    return last.pos_ in ("NOUN", "PROPN") and _ordinary(last.text) and 2 * lower > sum(t.is_alpha for t in span)


def _plural_noun_opening(span: Any) -> bool:
    """One capitalised word opening a sentence that is an everyday plural noun ("Windows had shattered",
    "Shells fell"), tagged as a name: English capitalises the first word of a sentence, not the noun."""
    words = [t for t in span if t.is_alpha]
    if len(span) != 1 or len(words) != 1 or not span[0].is_sent_start:
        return False
    w = span[0].text
    if not (w[:1].isupper() and w[1:].islower() and w.endswith("s") and len(w) > 3):
        return False
    singular = w[:-2] if w.endswith(("ches", "shes", "sses", "xes")) else w[:-1]
    if not (_ordinary(w) and _ordinary(singular)) or _institution_head(singular.lower()) or _place_or_known(w):
        return False
    from dossier.nlp.event_args import participant_nouns

    # "Rebels attacked the base", "Protesters gathered": a noun naming a participant is kept for the event rules
    return not any(x in participant_nouns() for x in (w.lower(), singular.lower(), span[0].lemma_.lower()))


# verbs whose object is a weapon or a craft, never a body ("fire" is left out: "fired the board")
_LAUNCH_VERBS = frozenset({"launch", "intercept", "shoot"})


def _projectile(span: Any) -> bool:
    """The name is the object of launching, shooting or intercepting ("launched UAVs at the north"); not its
    agent ("intercepted by X" is a weapon system as often as an air force)."""
    root = span.root
    head = root.head
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _LAUNCH_VERBS


def _other_agency_acronym(span: Any, kb_id: str) -> bool:
    """An acronym followed by "news agency" or "press agency" ("the state XYZ news agency reported") names a news
    agency; where the knowledge base gives the acronym to a body outside the media, the link is wrong."""
    words = [t for t in span if t.is_alpha]
    if len(words) != 1 or not words[0].text.isupper() or span.end >= len(span.doc):
        return False
    after = [t.lower_ for t in span.doc[span.end:span.end + 2]]
    if not (after[:1] == ["agency"] or after[:2] in (["news", "agency"], ["press", "agency"])):
        return False
    from dossier.resolve.kb import load_kb

    entry = load_kb().entries.get(kb_id)
    return entry is not None and entry.sector != "MED"


# last words of a gathering's or a document's name: "the Summit of the Americas" is where leaders meet, "the Windsor
# Framework" what they signed; neither acts ("Americas" ends the first: its head is the summit)
_NAMED_THINGS = frozenset({"Summit", "Framework", "Agreement", "Accord", "Accords", "Treaty", "Protocol", "Olympics",
                           "Games", "Festival", "Expo", "Americas", "Negotiations", "Talks", "Consultations",
                           "Ceremony", "Referendum"})


# A line holds several mentions (about four in real news) and each asks the same questions of the whole line:
# the answers below depend on the line's text alone, so they are kept per line instead of searched again.
# They were a third of ``_drop_reason``'s time on real news.
_LINES_KEPT = 4096


@lru_cache(maxsize=_LINES_KEPT)
def _credit_line(stripped: str) -> bool:
    return bool(_CREDIT_LINE.search(stripped))


@lru_cache(maxsize=_LINES_KEPT)
def _picture_credit_at(line: str) -> int | None:
    """Where a picture credit closing the line ("AFP / John Smith") starts, if it has one."""
    credit = _PICTURE_CREDIT.search(line.rstrip())
    return credit.start() if credit else None


@lru_cache(maxsize=_LINES_KEPT)
def _trailing_credit_at(line: str) -> int | None:
    """Where a trailing credit ("Photo: ...") starts, if the line has one."""
    credit = _TRAILING_CREDIT.search(line.rstrip())
    return credit.start() if credit else None


@lru_cache(maxsize=_LINES_KEPT)
def _widget_line(stripped: str) -> bool:
    """A line a page prints around an article, not a sentence of it: another story's headline after
    "Related:", a comment or share box, a newsletter prompt, a contact line ("X can be reached at ...").
    Every name on it is the page's, not the story's."""
    if _WIDGET_STRONG.search(stripped) or HEADLINE_LIST.search(stripped):
        return True
    return len(stripped.split()) <= 14 and bool(_WIDGET_SHORT.search(stripped))


# other stories' headlines run together on one line, each closed by a bullet ("Trial of X begins  • Indian stocks
# open lower  • 2nd LD: ..."): a bullet between two pieces of text, not one that opens a summary's line
HEADLINE_LIST = re.compile(r"\S\s+[•▪►]\s+\S|\S\s+[•▪►]\s*$")


# nouns of what befalls someone, heading a name with "of" ("the Fall of X", "the Siege of Y"): a happening
_HAPPENING_OF = frozenset({"fall", "rise", "death", "collapse", "siege", "battle", "liberation", "capture", "killing",
                           "assassination", "murder", "overthrow", "ouster", "downfall", "end", "return", "arrest",
                           "trial", "massacre", "invasion", "occupation", "partition", "sack", "destruction"})


def _happening_of(span: Any) -> bool:
    words = [t for t in span if t.lower_ != "the"]
    return len(words) > 2 and words[0].lower_ in _HAPPENING_OF and words[1].lower_ == "of" and words[0].is_title


def _document_acronym(span: Any) -> bool:
    """An acronym ("MoU", "MOU") that the article spells out as an agreement or a document ("a Memorandum of
    Understanding"): its capitals are the initials of a capitalised phrase whose first or last word is a
    document noun. Lower-case letters of the acronym stand for function words ("o" of "of")."""
    t = span.text.strip()
    caps = [c for c in t if c.isupper()]
    if not 2 <= len(caps) <= 7 or not re.fullmatch(r"[A-Za-z]{2,8}", t) or not t[0].isupper():
        return False
    # spelt out right before it, whatever its letters stand for: "the General Security of Military Information
    # Agreement (GSOMIA)"
    for m in re.finditer(r"([A-Za-z][\w'’\-]*)\s*\(\s*" + re.escape(t) + r"\s*\)", doc_text(span.doc)):
        if m.group(1).lower() in _DOCUMENTS:
            return True
    glue = r"(?:\s+(?:of|on|the|and|for|to|in)\b)*(?:\s+|\s*[-–]\s*)"
    pat = r"\b" + glue.join(rf"{c}[\w'’\-]*" for c in caps) + r"\b"
    for m in re.finditer(pat, doc_text(span.doc)):
        words = [w.lower() for w in m.group(0).split()]
        if words[0] in _DOCUMENTS or words[-1] in _DOCUMENTS or words[-1] == "understanding":
            return True
    return False


# an aircraft a head of state flies in is called by its service and a number: "Air Force One", "Marine One"
_AIRCRAFT = re.compile(r"(?:the\s+)?(?:air\s+force|marine|army|navy|executive)(?:\s+(?:one|two))?", re.I)


def _aircraft_name(span: Any) -> bool:
    """"Marine One", "Air Force One", or "Marine" cut from "Marine One" by the entity stage: a call sign."""
    t = span.text.strip()
    if not _AIRCRAFT.fullmatch(t):
        return False
    if re.search(r"\s(?:one|two)$", t, re.I):
        return True
    return bool(re.match(r"\s+(?:One|Two)\b", doc_text(span.doc)[span.end_char:span.end_char + 6]))


# nouns of a way between two places ("the Baku-Grozny route"): the hyphenated pair names the way, not a body
_WAY_NOUNS = frozenset({"route", "routes", "flight", "flights", "road", "highway", "railway", "rail", "railroad",
                        "pipeline", "corridor", "line", "train", "ferry", "service", "link", "motorway"})


def _route(span: Any) -> bool:
    """"Baku-Grozny" before "route": two known places joined by a hyphen, before a noun of a way."""
    from dossier.resolve.places import country_of_place

    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _WAY_NOUNS:
        return False
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    parts = [p.strip() for p in re.split(r"\s*[-–]\s*", name)]
    return len(parts) == 2 and all(p[:1].isupper() and country_of_place(p) is not None for p in parts)


# nouns of what passes between two countries ("the Indo-Pak dialogue", "US-China ties")
PAIR_NOUNS = frozenset({"dialogue", "talks", "ties", "relations", "relationship", "border", "borders", "war", "wars",
                         "conflict", "summit", "peace", "rivalry", "trade", "cooperation", "friendship", "tensions",
                         "dispute", "standoff", "agreement", "deal", "pact", "partnership", "alliance", "axis",
                         "meeting", "match", "series", "thaw", "détente", "detente", "bonhomie", "diplomacy"})


def _paired_adjective(span: Any) -> bool:
    """"Indo-Pak", "Sino-Indian", "US-China" before a lower-case noun it modifies ("dialogue", "ties"): two
    places joined by a hyphen, each a known place, a people's adjective or a combining form ("Indo", "Sino",
    "Russo"), describe a relation between them; no body is named."""
    doc = span.doc
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    parts = re.split(r"-|–", name)
    if not 2 <= len(parts) <= 3 or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if not (nxt.is_lower and nxt.lower_ in PAIR_NOUNS and span.root.head.i == nxt.i):
        return False
    def joined(p: str) -> bool:
        return _place_or_known(p) or _is_demonym(p) or bool(re.fullmatch(r"[A-Z][a-z]{1,5}o", p))

    # a short form ("Pak") counts beside one such part; "Coca-Cola sales" has none
    return all(p[:1].isupper() and (joined(p) or len(p) <= 4) for p in parts) and any(joined(p) for p in parts)


def _heading_before_colon(span: Any, line: str, line_start: int) -> bool:
    """A section heading or a headline's lead phrase that opens its line and ends at a colon ("Monitoring
    and Enforcement: An international panel ...", "Deadly Clashes: 200 ..."): everyday words capitalised, no
    body's head noun among them ("Foreign Ministry:" opening a line is the ministry speaking)."""
    before = line[:span.start_char - line_start]
    if before.strip(" \t•*-–—·>›»0123456789.)") or not doc_text(span.doc)[span.end_char:span.end_char + 1] == ":":
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", span.text) if w.lower() not in _HEADLINE_LOWER]
    # two topics joined ("Monitoring and Enforcement") head a section even when one word can head a body
    listed = any(tok.lower_ in ("and", "&") for tok in span)
    return bool(words) and all(_ordinary(w) and (listed or not _institution_head(w.lower())) for w in words)


# words after a model number that name the thing made ("an Embraer 190 plane", "Su-25 jets")
_MADE_THINGS = frozenset({"plane", "planes", "aircraft", "jet", "jets", "airliner", "airliners", "helicopter",
                          "helicopters", "model", "fighter", "fighters", "drone", "drones", "tank", "tanks",
                          "missile", "missiles", "rocket", "rockets", "launcher", "launchers", "system", "systems",
                          "rifle", "rifles", "bomber", "bombers", "vehicle", "vehicles", "truck", "trucks"})
_MODEL_NUMBER = re.compile(r"^[A-Z]{0,3}-?\d{1,4}[A-Z]{0,2}$")


def _maker_before_model(span: Any) -> bool:
    """The span's last word is a maker (no everyday word, capitalised) directly followed by a model number
    and the noun of the thing made ("Azerbaijan Airlines Embraer" + "190 model plane")."""
    doc = span.doc
    last = span[-1]
    if span.end + 1 >= len(doc) or not last.is_title or _ordinary(last.text) or _institution_head(last.lower_):
        return False
    number = doc[span.end]
    if not _MODEL_NUMBER.match(number.text):
        return False
    # "his presidential X 747", "a X 320": a maker and its model number after a determiner, a possessive or an
    # adjective, closing the phrase, are the thing made
    before = doc[span.start - 1] if span.start > 0 else None
    closing = span.end + 1 >= len(doc) or doc[span.end + 1].is_punct or doc[span.end + 1].pos_ in ("ADP", "VERB", "AUX")
    if before is not None and before.pos_ in ("DET", "ADJ", "PRON") and before.is_lower and closing \
            and re.fullmatch(r"[A-Z]?\d{3}[A-Z]?", number.text):
        return True
    # "a Boeing 737 passenger jet": up to two lower-case words between the model number and the noun
    for after in doc[span.end + 1:min(len(doc), span.end + 4)]:
        if after.lower_ in _MADE_THINGS:
            return True
        if not (after.is_lower and after.is_alpha) or after.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ"):
            return False
    return False


_CREDIT_WRAPPER = re.compile(r"^\((?:[^()]|\([^()]*\))*\)\s*")  # "(MENAFN- Kuwait News Agency (KUNA)) "


def in_dateline(text: str, pos: int) -> bool:
    """Whether character ``pos`` of ``text`` lies in the dateline that opens its line ("MOSCOW, June 19 (AFP):"),
    after any source credit in brackets."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    wrapped, byline = _credit_and_byline(line)
    if wrapped:
        start, line = start + wrapped, line[wrapped:]
    if byline is not None:
        names, byline_end = byline
        if start + names <= pos < start + byline_end:
            return True
        if pos >= start + byline_end:
            start, line = start + byline_end, line[byline_end:]
    return pos >= start and _in_dateline(line, start, pos)


@lru_cache(maxsize=_LINES_KEPT)
def _credit_and_byline(line: str) -> tuple[int, tuple[int, int] | None]:
    """For ``in_dateline``, asked for every time expression and mention on a line: the length of the source
    credit in brackets that opens the line (0 if none), and where the names and the end of a byline before an
    agency's dateline lie in the rest."""
    wrapper = _CREDIT_WRAPPER.match(line)
    wrapped = wrapper.end() if wrapper else 0
    rest = line[wrapped:] if wrapped else line
    byline = NAMES_BEFORE_AGENCY_DATELINE.search(rest) if AGENCY_CREDIT_DASH.search(rest) else None
    return wrapped, (byline.start("names"), byline.end()) if byline else None


def _in_dateline(line: str, line_start: int, pos: int) -> bool:
    lead = _lead_end(line)
    if lead is not None and pos - line_start >= lead:
        # "date 2024-02-16 MOSCOW: ...", "June 4, 2025 | SEOUL (Yonhap) --": a page's date run into the line
        line, line_start = line[lead:], line_start + lead
    end = _dateline_end(line)
    if end is not None and pos - line_start < end:
        return True
    # a dateline in Title Case with its date ("Kathmandu, Sept 13: ...", "Noumea, New Caledonia – May 16, 2024: ...")
    end = _title_case_dateline(line)
    return end is not None and line_start <= pos < line_start + end


# the three questions ``_in_dateline`` asks of a line's text (not of the position), kept per line
@lru_cache(maxsize=_LINES_KEPT)
def _lead_end(line: str) -> int | None:
    lead = _LEAD.match(line)
    return lead.end() if lead else None


@lru_cache(maxsize=_LINES_KEPT)
def _dateline_end(line: str) -> int | None:
    """Where the upper-case dateline (or one with its outlet's credit) that opens the line ends, if it has one."""
    m = _DATELINE.match(line)
    if bool(m) and line[:1].isupper() and (
            m.group("place").isupper() or bool(m.group("outlet")) and not _defines_acronym(m)
            and _place_words(m.group("place"))):
        return m.end()
    return None


@lru_cache(maxsize=_LINES_KEPT)
def _title_case_dateline(line: str) -> int | None:
    from dossier.ingest.clean import title_case_dateline

    return title_case_dateline(line)


def _defines_acronym(m: re.Match) -> bool:
    """"The Hydrocarbons Committee (HCC) met ...", "In a move, the United Kingdom (UK), ...": a name with its own
    initials in brackets opens a sentence, not a dateline; an outlet's credit ("Kabul (Pajhwok) -") spells no
    initials of the place."""
    from dossier.resolve.context import acronyms

    short = m.group("outlet").strip("()/ ")
    before = m.string[:m.start("outlet")].strip()
    return short in acronyms(f"{m.group('place').strip()} ({short})") or short in acronyms(f"{before} ({short})")


# the lower-case words a place's name may hold ("Rio de Janeiro", "Stratford-upon-Avon", "Frankfurt am Main")
_PLACE_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "el", "al",
                              "of", "upon", "on", "am", "an", "der", "den", "van", "von", "y", "e", "sur", "en"})


def _place_words(place: str) -> bool:
    """A dateline's place is a name: every word capitalised but a name's particles ("In a historic move" is no
    place)."""
    return all(w[:1].isupper() or w.lower() in _PLACE_PARTICLES for w in re.findall(r"[A-Za-z][\w'’.\-]*", place))


def _heading_names(doc: Any, spans: list, lines, text: str) -> set[str]:
    """Names that occur only in Title-Case heading lines of the body (the model misreads such lines)."""
    in_heading: set[str] = set()
    elsewhere: set[str] = set()
    for span, _label, _ in spans:
        if span is None:
            continue
        s, e = lines(span.start_char)
        line = text[s:e]
        (in_heading if _title_case(line) else elsewhere).add(span.text)
    return in_heading - elsewhere


# words that headline style leaves in lower case ("How the World Reacted to Israel's Strikes on Iran")
_HEADLINE_LOWER = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
                             "with", "from", "as", "vs", "via", "into", "over", "after", "amid", "about"})


_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"})


def _title_case(line: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", line)
    if len(words) < 4 or line.rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    content = [w for w in words if w.lower() not in _HEADLINE_LOWER]
    if len(content) < 3:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    # headline style capitalises everyday words too ("Reacted", "Strikes"); a run of names does not
    styled = any(w[0].isupper() and w.lower() not in _CALENDAR and _ordinary(w.rstrip("'’s")) for w in content[1:])
    return caps / len(content) >= 0.9 and styled


# -- context: role and location -------------------------------------------------------------

_ENVOY_WORDS = frozenset({"ambassador", "envoy", "emissary", "consul", "representative", "ambassador-designate"})


def _envoy_before(left: list, floor: int) -> list:
    """"the U.S. ambassador to South Korea Mark Lippert": the run of words before the name stops at "to" and
    keeps only the host ("South Korea"), which would make the envoy the host's. The envoy's title and whose envoy
    it is go with it ("U.S. ambassador to South Korea"), for the resolver to read the sender and not the host."""
    doc, first = left[0].doc, left[0].i
    if first < 2 or doc[first - 1].lower_ not in ("to", "in", "at") or \
            doc[first - 2].lower_ not in _ENVOY_WORDS or doc[first - 2].idx < floor:
        return []
    ext = [doc[first - 2], doc[first - 1]]
    j = first - 3
    while j >= 0 and len(ext) < 6 and doc[j].idx >= floor and doc[j].pos_ in ("PROPN", "ADJ", "NOUN", "PART") and \
            doc[j].ent_type_ != "PERSON" and not doc[j].is_space:
        ext.insert(0, doc[j])
        j -= 1
    return ext


def _role(span: Any, title_tokens: list, kind: str | None) -> str | None:
    """The words that say who or where the entity is, from the parse."""
    doc = span.doc
    inside = set(range(span.start, span.end))
    picked: list[Any] = list(title_tokens)
    head = span.root
    # modifiers left of the span inside its noun phrase ("IDF spokesperson", "Lipetsk's governor"): the
    # longest run of tokens just before it whose chain of heads reaches the name without leaving the run
    start = title_tokens[0].i if title_tokens else span.start
    # a page's date (and dateline) before the first sentence ("date 2024-05-28 Taylor Swift ...") is no title
    floor = _sentence_floor(span)
    w = start
    while w > 0 and start - w < _MAX_ROLE_TOKENS:
        tok = doc[w - 1]
        if tok.idx < floor or tok.ent_type_ == "PERSON" and not _demonym_read_as_name(tok) or tok.is_space or tok.text in (
                ",", ";", ":", "(", ")", "—", "--", "\"", "“", "|", "//"):
            break
        if tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON") and tok.dep_ != "case":
            break
        w -= 1
    attached = set(inside) | {t.i for t in title_tokens}

    def reaches(tok) -> bool:
        for _ in range(8):
            if tok.i in attached:
                return True
            if not (w <= tok.i < start) or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False
    left: list[Any] = []
    for i in range(start - 1, w - 1, -1):
        if not reaches(doc[i]):
            break
        left.insert(0, doc[i])
    while left and left[0].dep_ in ("det", "punct", "case"):
        left.pop(0)
    if kind == "person" and left:
        left = _envoy_before(left, floor) + left
    if left and left[-1].text in ("-", "–") and not left[-1].whitespace_ and left[-1].i == start - 1 \
            and not doc[start - 1].whitespace_:
        left = []  # "the China-Gulf Cooperation Council summit", "China-GCC ties": a pairing, not the body's owner
    if kind == "person" and not left and not picked and start > 0 and doc[start - 1].idx >= floor \
            and doc[start - 1].is_title and doc[start - 1].lower_ in ("minister", "secretary", "governor") \
            and doc[start - 1].ent_type_ != "PERSON":
        left = [doc[start - 1]]  # "... and Industry Minister X": the parse hung the title on the portfolio
    if kind == "person" and not left and not picked and w < start and doc[start - 1].ent_type_ != "PERSON" \
            and doc[start - 1].is_alpha and (_is_title_token(doc[start - 1]) or doc[start - 1].lower_ in _DESCRIPTOR_NOUNS) \
            and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "DET") and not t.ent_type_ for t in doc[w:start]) \
            and (w == 0 or doc[w - 1].lower_ not in ("of", "for", "and")):
        # "Opposition politician X" parsed with the name hung on the description: the words before it are his
        left = [t for t in doc[w:start] if t.dep_ != "det" or t.i > w]
    if kind == "person" and (left or picked):
        left = _portfolio_before((left or picked)[0], floor) + left
    pieces = [_text(left + picked)] if (left or picked) else []
    first = first_token_from(doc, floor)
    below = set(range(0, first if first < len(doc) else 0))
    inside |= below  # nothing of the page's date or dateline goes into a role
    if kind == "person":
        if not left and not picked:
            cut = _rank_before(span)
            if cut:
                pieces.append(cut)
        pieces.extend(_predicate_role(span))
        for child in head.children:
            # ("a Greek socialist MEP" the model tagged PERSON: an article before it makes it a description)
            if child.dep_ == "appos" and child.i not in inside and (child.ent_type_ != "PERSON" or any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children)) and not (
                    child.i > span.end and any(t.ent_type_ == "PERSON" for t in doc[span.end:child.i])):
                # "X and Wang Yi, China's top diplomat": the apposition describes the nearer name
                pieces.append(_subtree_text(child, exclude=inside))
        # ("will leave Mali, UK Defense Secretary X said": a place or a body that is a verb's own argument, which
        # the parse made the name's apposition, describes no person; "the commander of the army of Chile, General
        # X" does)
        if head.dep_ == "appos" and head.head.i not in inside and head.head.ent_type_ != "PERSON" \
                and not (head.head.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and head.head.pos_ == "PROPN" and
                         head.head.dep_ in ("dobj", "dative", "nsubj", "nsubjpass")) \
                and head.head.pos_ in ("NOUN", "PROPN"):
            described = set(t.i for t in head.subtree)
            if head.head.i < span.start:
                # "adviser X and Wang Yi, China's diplomat": what follows the name describes somebody else
                described |= {t.i for t in head.head.subtree if t.i >= span.end}
            pieces.append(_subtree_text(head.head, exclude=described))
        if not left and not picked:
            pieces.extend(_title_of_body_before(span, floor))
    elif kind in ("place", "organisation"):
        if kind == "organisation":
            pieces.extend(_placing_apposition(head, inside))
            if not left and not picked:
                pieces.extend(_body_noun_before(span, floor))
            if not left and span.start >= 2 and doc[span.start - 1].tag_ == "POS" \
                    and doc[span.start - 2].ent_type_ in ("GPE", "NORP") and doc[span.start - 2].idx >= floor:
                # "the Secretary of Iran's Supreme National Security Council": the possessor written right
                # before the name, whatever the parse hung it on
                owner = doc[span.start - 2]
                first = owner.i
                while first > 0 and doc[first - 1].ent_type_ == owner.ent_type_ and doc[first - 1].ent_iob_ != "O" \
                        and owner.ent_iob_ != "B":
                    first -= 1
                pieces.append(_text(list(doc[first:span.start])))
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "near", "of", "outside"):
                obj = [c for c in child.children if c.dep_ == "pobj"]
                where = _subtree_text(obj[0], exclude=inside) if obj else ""
                if where and (obj[0].ent_type_ in ("GPE", "LOC", "FAC") or obj[0].pos_ == "PROPN"
                              or any(c.ent_type_ in ("GPE", "NORP") for c in obj[0].children)):
                    pieces.append(child.text + " " + where)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in (
                "city", "town", "province", "region", "port", "village", "capital"):
            pass
    if kind == "person" and not pieces and not picked:
        pieces.extend(_shared_plural_role(span))
    role = "; ".join(dict.fromkeys(p for p in pieces if p and p.strip()))  # once each
    return role[:160] or None


def _shared_plural_role(span: Any) -> list[str]:
    """"American journalists Laura Ling and Euna Lee": a plural description before the first of coordinated
    names describes each of them (the parse hangs it on the first only). A singular one does not ("President
    X and Y" is X's title)."""
    doc, head = span.doc, span.root
    if head.dep_ != "conj" or head.head.ent_type_ != "PERSON" or head.head.i >= span.start:
        return []
    first = head.head
    while first.i > 0 and doc[first.i - 1].ent_type_ == "PERSON" and first.ent_iob_ != "B":
        first = doc[first.i - 1]
    if first.i == 0 or doc[first.i - 1].tag_ != "NNS" or doc[first.i - 1].ent_type_:
        return []
    if any(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in doc[head.head.i + 1:span.start]):
        return []  # another name between: "journalists X, Y and Z" reads each, the nearest conjunct only
    own = next((e for e in doc_ents(doc) if e.start <= head.head.i < e.end), None)
    role = _role(own, [], "person") if own is not None else None
    return [role] if role else []


def _title_of_body_before(span: Any, floor: int) -> list[str]:
    """"the Premier of China's State Council Li Qiang": a title, "of" and a named body written right before
    the name, which the parse hung elsewhere. The body (an ORG entity, with its possessor) must end where
    the name starts, and the title must be a title word."""
    doc = span.doc
    k = span.start
    while k > 0 and doc[k - 1].ent_type_ in ("ORG", "GPE", "NORP") or k > 0 and doc[k - 1].tag_ == "POS":
        k -= 1
    if k == span.start or k < 2 or doc[k - 1].lower_ != "of" or doc[k].idx < floor:
        return []
    title = doc[k - 2]
    if not (title.is_title and _is_title_token(title) and title.lower_ not in _BODY_HEADS):
        return []
    first = title.i
    while first > 0 and doc[first - 1].is_title and _is_title_token(doc[first - 1]) and doc[first - 1].idx >= floor:
        first -= 1  # "Deputy Secretary of ..."
    return [_text(list(doc[first:span.start]))]


def _portfolio_before(first: Any, floor: int) -> list:
    """The nationality and portfolio words a parse hung elsewhere before a title ("Danish Climate and
    Energy" of "Danish Climate and Energy Minister X"): Title-Case ordinary words and "and" back to a
    nationality, on the same line."""
    doc = first.doc
    k = first.i
    while k > 0 and doc[k - 1].idx >= floor and not doc[k - 1].is_space and doc[k - 1].ent_type_ != "PERSON" \
            and (doc[k - 1].lower_ in ("and", "&") or doc[k - 1].is_title and _ordinary(doc[k - 1].text)
                 or _is_demonym(doc[k - 1].text)) and first.i - k < 6:
        k -= 1
        if _is_demonym(doc[k].text):
            return list(doc[k:first.i])
    if k > 0 and doc[k - 1].idx >= floor and doc[k].is_title and _country_name(doc[k - 1]):
        # "U.S. Health and Human Services Secretary X": the country's name rather than its nationality word
        # ("between Iran and Foreign Minister X" stops: a name followed by "and" is another party)
        return list(doc[k - 1:first.i])
    return []


def _country_name(tok: Any) -> bool:
    """A one-token name of a country ("U.S.", "UK", "Japan") tagged as a place, not a possessive."""
    from dossier.resolve import load_kb

    if tok.ent_type_ != "GPE" or tok.is_space or tok.text.endswith(("'s", "’s")):
        return False
    e = load_kb().lookup(tok.text)
    return e is not None and e.kind == "country"


_SHIP_CARRIER_WORDS = frozenset({"bulk", "aircraft", "cargo", "container", "vehicle", "car", "oil", "ore", "lng",
                                 "gas", "flagged", "owned", "chemical", "crude"})


def _body_noun_before(span: Any, floor: int) -> list[str]:
    """The body's noun written just before its name, with the words that describe it ("the Danish far-right
    party X", "the Iraqi militia X", "the criminal gang X"): the parse makes the name the noun's apposition, so
    the run of modifiers the left-hand role reads reaches no name; these words say whose and what the body is."""
    if not _after_body_noun(span) or span.doc[span.start - 1].idx < floor:
        return []
    doc, noun = span.doc, span.doc[span.start - 1]
    below = {t.i for t in noun.subtree}
    k = noun.i
    while k > 0 and k - 1 in below and doc[k - 1].idx >= floor and not doc[k - 1].is_space:
        k -= 1
    if noun.lower_ in ("carrier", "carriers") and any(t.lower_ in _SHIP_CARRIER_WORDS for t in doc[k:noun.i]):
        return []  # "the Liberian-owned bulk carrier X": a ship, not an airline
    words = list(doc[k:noun.i + 1])
    while words and words[0].dep_ in ("det", "poss", "predet", "punct", "case"):
        words.pop(0)
    return [_text(words)] if words else []


def _placing_apposition(head: Any, inside: set[int]) -> list[str]:
    """A body's apposition that places it ("Brontek, a U.S.-based company", "X, an Israeli defence firm"):
    the noun and its left modifiers only, and only when one of them is a nationality or "<place>-based";
    what follows the noun ("a rival of Samsung") names somebody else."""
    out = []
    for child in head.children:
        if child.dep_ != "appos" or child.i in inside or child.pos_ != "NOUN" or child.ent_type_:
            continue
        left = [t for t in child.subtree if t.i <= child.i and t.i not in inside and t.dep_ not in ("det", "punct")]
        # a nationality or "<place>-based" only: a city's name ("a Detroit station") is as often a market as a home
        if any(t.ent_type_ == "NORP" or re.search(r".[-‑]based$", t.text) for t in left if t.i < child.i):
            out.append(_text(left))
            continue
        # "X, a special court in Dhaka": a body the apposition seats in a named place
        for prep in child.children:
            objs = [o for o in prep.children if o.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ == "in" else []
            if objs and objs[0].ent_type_ == "GPE" and not any(t.ent_type_ for t in left):
                out.append(_text(left + [prep] + [t for t in objs[0].subtree]))
    return out


def _sentence_floor(span: Any) -> int:
    """Where the text of the span's line starts after a date and a dateline the page put before it."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line = text[line_start:span.start_char]
    lead = _LEAD.match(line)
    floor = line_start + (lead.end() if lead else 0)
    dateline = _DATELINE.match(text[floor:span.start_char])
    if dateline and (dateline.group("place").isupper() or dateline.group("outlet")
                     or re.search(r"\s[-–—]\s", dateline.group(0))):
        floor += dateline.end()  # "Kharp, Russia - ": where the report was filed
    return floor


def _rank_before(span: Any) -> str | None:
    """A rank cut from the name by a sentence split or a parse that hung it elsewhere ("the Sudanese Armed
    Forces Brig. | Nabil Abdullah"): the rank and the words of its own phrase ("Sudanese Armed Forces
    Brig."), so that the body it names gives the person's country."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    if i < 0 or not (_RANK.match(doc[i].text) and doc[i].text[:1].isupper()) or doc[i].lower_.rstrip(".") in (
            "mr", "mrs", "ms", "dr", "st", "rev"):
        return None
    rank = doc[i]
    left = [t for t in rank.subtree if t.i < rank.i and t.dep_ not in ("det", "punct", "prep", "case")
            and t.head.i <= rank.i and rank.i - t.i <= _MAX_ROLE_TOKENS]
    return _text(left + [rank]) or None


# verbs whose "as" phrase or complement says what the subject is ("X was sworn in as Japan's prime minister")
_BECOME = frozenset({"be", "become", "remain", "inaugurate", "appoint", "name", "elect", "nominate", "swear",
                     "install", "serve", "confirm", "choose", "promote"})


def _predicate_role(span: Any) -> list[str]:
    """What a sentence says the person is: "X is inaugurated as South Korea's new president", "X became
    the party's leader"."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ not in _BECOME:
        return []
    verb = root.head
    nouns = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    nouns += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
              if o.dep_ == "pobj"]
    # a description that names its country or body ("South Korea's new president"), or an office and
    # nothing else ("the new prime minister"): the resolver places a bare office only from the dateline or
    # the article's own country named just before, as it does "Prime Minister X"; any other description
    # ("a coach who once played in Spain") would leave the country to a guess
    return [_subtree_text(n, exclude=set()) for n in nouns
            if n.pos_ in ("NOUN", "PROPN") and n.ent_type_ != "PERSON"
            and (any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in n.subtree if t.i != n.i)
                 or all(t.i == n.i or t.dep_ == "det" or t.dep_ in ("amod", "compound") and t.lower_ in _title_words()
                        for t in n.subtree) and n.lower_ in _title_words())]


def _text(tokens: list) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    out = ""
    for t in tokens:
        out += t.text_with_ws
    return out.strip()


def _subtree_text(tok: Any, exclude: set[int]) -> str:
    toks = [t for t in tok.subtree if t.i not in exclude]
    # keep the part that hangs together around the token, no longer than a title
    toks = [t for t in toks if abs(t.i - tok.i) <= _MAX_ROLE_TOKENS]
    while toks and toks[0].dep_ in ("det", "punct"):
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    return _text(toks)


# -- short forms ----------------------------------------------------------------------------

def _short_forms(doc: Any, mentions: list[Mention], article_id: str, starts: list[int]) -> list[Mention]:
    """Bare surnames of people the article names in full, which the model left untagged or mislabelled."""
    from dossier.resolve.names import name_key
    from dossier.resolve.resolver import _BODY_ENDS

    surnames: set[str] = set()
    for m in mentions:
        if m.label != "PERSON":
            continue
        words = m.text.replace("’", "'").removesuffix("'s").split()
        k = name_key(m.text)
        if k is None or not k.given or len(words) < 2:
            continue
        surnames.add(words[0] if k.syllabic else words[-1])
    # a person the model called ORG in full and only once tagged rightly by the bare surname ("Duterte, 79,"
    # relabelled by the age): the full name ending in that surname is the same person
    lone = {m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) == 1 and m.text[:1].isupper()}
    for m in mentions:
        words = m.text.split()
        if m.label == "ORG" and not m.actor_id and 2 <= len(words) <= 3 and words[-1] in lone \
                and all(w[:1].isupper() and w.isalpha() for w in words) and not any(_ordinary(w) for w in words[:-1]) \
                and words[0] not in SHIP_PREFIXES:  # "USS Nitze" beside "Mason and Nitze": the ship both times
            m.label, m.kind = "PERSON", "person"
            m.evidence = "a person the article names by surname"
            surnames.add(words[-1])
    if not surnames:
        return []
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    added = []
    full_names = {m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}
    # the last words of a fuller name ("Le Drian" of "Jean-Yves Le Drian"): a surname of two words, or with its
    # particle ("al-Jubeir"), written with the particle's capital or without it
    tails = {" ".join(w[-n:]).lower() for m in mentions if m.label == "PERSON"
             for w in [m.text.replace("’", "'").removesuffix("'s").split()] for n in range(2, len(w))
             if w[-1].lower() not in _FACILITY | _BODY_ENDS and not _institution_head(w[-1].lower())}  # "Ford Center"
    for m in mentions:  # a surname the model called ORG or GPE ("Hagari"), or the full name itself
        # a demonym-shaped surname ("Turk" after "Volker Turk") is the person even with a KB id: the
        # article has spelt the name out, and a country's own name (GPE "Jordan") is left alone
        if m.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and (not m.actor_id or m.label == "NORP") and (
                m.text in surnames or m.text in full_names
                or m.text.lower() in tails and m.text[:1].isupper() and not _place_or_known(m.text)):
            m.label, m.kind, m.actor_id = "PERSON", "person", None
            m.evidence = "a person the article names in full"
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and not m.role:  # read as a person's now: "Kaili, a Greek socialist MEP"
                m.role = _role(span, [], "person")
    # only the words spelt as a surname are built as Tokens
    for tok in (doc[i] for i, word in enumerate(columns(doc).text) if word in surnames):
        if tok.idx in covered or tok.pos_ != "PROPN":
            continue
        nb = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and n.is_title and not n.is_sent_start for n in nb if n.i == tok.i + 1):
            continue  # part of a longer name ("Choe Ryong Hae" when the article names "Choe Son Hui")
        first = tok.i
        while first > 0 and first > tok.i - 2 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == tok.i \
                and not doc[first - 1].ent_type_ and doc[first - 1].idx not in covered \
                and not _is_title_token(doc[first - 1]) and not _ordinary(doc[first - 1].text) \
                and doc[first - 1].whitespace_ == " ":
            first -= 1  # "Bihe Abdi": a given name (however spelt) is part of the name, not a role
        m = Mention(article_id, doc[first].idx, tok.idx + len(tok.text), doc[first:tok.i + 1].text, "PERSON",
                    sentence=max(0, bisect_right(starts, tok.i) - 1), kind="person",
                    evidence="surname of a person named in full in the article")
        m.role = _role(doc[first:tok.i + 1], [], "person")  # "Kaili, a Greek MEP, ...": what the text says of her
        added.append(m)
    return added


def _acronym_mentions(doc: Any, mentions: list[Mention], article_id: str, starts: list[int]) -> list[Mention]:
    """An acronym the article defines for a body it names ("the Rapid Support Forces (RSF)"), wherever the
    model left it untagged: the article has said what it stands for."""
    from dossier.resolve.context import acronyms

    text = doc_text(doc)
    defined = {short: long for short, long in acronyms(text).items()
               if any(m.label == "ORG" and long in m.text for m in mentions)}
    if not defined:
        return []
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    added = []
    for tok in doc:
        if tok.text in defined and tok.idx not in covered:
            added.append(Mention(article_id, tok.idx, tok.idx + len(tok.text), tok.text, "ORG",
                                 sentence=max(0, bisect_right(starts, tok.i) - 1), kind="organisation",
                                 evidence=f"acronym of {defined[tok.text]}"))
    return added

