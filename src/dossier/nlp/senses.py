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

from dossier import yamldata
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
    return frozenset(str(w).lower() for w in (yamldata.safe_load(text) or {}).get("labour_strike", []))


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


# --- who does what to whom: types the trigger's arguments settle (issue 16 item 2) -------------------------
# The lexicon gives a verb one usual type; for these words the guidelines split the sense by the arguments.
# * welcoming, receiving or hosting a PERSON or a delegation is a meeting (CONSULT); welcoming a decision,
#   a move or a deal is an endorsement (SUPPORT, the lexicon's default);
# * crushing, putting down or dispersing protests is the state's repression of the protesters (COERCE):
#   PROTEST only when the doers are the protesters;
# * expelling or deporting people out of a country is SANCTION in the guidelines' table ("expel"), and the
#   PLOVER codebook's SANCTION/expel ("expel an entity from a group, organization ... or country");
# * blocking, halting or repelling troops or their advance is combat (ASSAULT), not a coercion of civilians.
HOSTING = frozenset({"welcome", "host", "receive", "greet"})
# nouns that name people or a party to a meeting, whatever entity tag the tagger gives them
GUESTS = frozenset({"minister", "president", "leader", "premier", "king", "queen", "prince", "chancellor",
                    "delegation", "delegate", "envoy", "counterpart", "guest", "visitor", "official", "diplomat",
                    "ambassador", "secretary", "chairman", "head", "senator", "governor", "mayor", "emir",
                    "monarch", "sultan", "pope", "team", "dignitary"})
# what one is welcomed into as a member, not as a guest
BODIES = frozenset({"alliance", "union", "bloc", "organization", "organisation", "club", "family", "fold",
                    "membership", "community", "coalition", "group", "league", "partnership", "federation"})
PERSON_ENTS = frozenset({"PERSON", "NORP", "GPE", "ORG"})
SUBORDINATORS = frozenset({"while", "though", "although", "when", "once", "if", "after", "as", "whilst"})
# what is welcomed as an endorsement, not as a guest, even when a tagger marks it as a name
ACTS_WELCOMED = frozenset({"decision", "move", "statement", "announcement", "deal", "agreement", "plan", "step",
                           "proposal", "ruling", "verdict", "news", "result", "outcome", "decree", "law", "vote",
                           "resolution", "initiative", "offer", "release", "ceasefire", "truce", "accord", "report",
                           "recognition", "appointment", "election", "choice", "policy", "call", "gesture"})
SUPPRESS = frozenset({"crush", "suppress", "quell", "repress", "disperse", "quash", "smash", "stifle", "squash",
                      "put", "break", "crack", "clamp"})
SUPPRESS_PARTICLE = {"put": "down", "break": "up", "crack": "down", "clamp": "down"}
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "riot", "uprising", "unrest", "march", "protester",
                           "demonstrator", "sit-in", "revolt", "dissent", "strike", "movement", "rioter"})
EXPEL = frozenset({"expel", "deport", "expulsion", "deportation", "exile", "banish"})
BLOCK = frozenset({"block", "halt", "stop", "repel", "repulse", "thwart", "stall", "check", "contain"})
ARMED = frozenset({"force", "troop", "soldier", "fighter", "army", "militant", "unit", "tank", "column", "brigade",
                   "battalion", "division", "advance", "offensive", "incursion", "assault", "attack", "push",
                   "counteroffensive", "counter-offensive", "infantry", "militia", "insurgent", "rebel"})


def _lemma(t) -> str:
    return t.lemma_.lower()


# what is "set off" in a bombing
BLAST_THINGS = frozenset({"bomb", "device", "explosive", "charge", "grenade", "blast", "explosion", "vest", "belt"})


# people and bodies a speaker acknowledges (thanks, recognises), as against a mistake or a defeat acknowledged
ACKNOWLEDGED_PEOPLE = frozenset({"community", "people", "group", "institution", "organisation", "organization",
                                 "leader", "court", "tribunal", "veteran", "volunteer", "worker", "ally", "partner"})


def _objects(tok) -> list:
    """The direct objects of ``tok`` (and the subject when it is passive: "protests were crushed")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in list(out):
        out += [c for c in o.conjuncts]
    return out


# nouns of a number of people: "a group of Saudi officials" is the officials
PEOPLE_COUNTS = frozenset({"group", "number", "host", "crowd", "team", "handful", "delegation"})


def _a_party(t) -> bool:
    """``t`` names a person, a delegation or a state: someone who can be met."""
    if _lemma(t) in PEOPLE_COUNTS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of":
        members = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]
        if members:
            return _a_party(members[0])  # "welcomed by a group of Saudi officials"
    return (t.ent_type_ in PERSON_ENTS or _lemma(t) in GUESTS or t.pos_ == "PROPN" or
            (t.pos_ == "PRON" and t.lower_ in ("him", "her", "them", "us")) or
            # "he was welcomed by Erdogan": a person welcomed (never "it", a decision or a move)
            (t.pos_ == "PRON" and t.dep_ == "nsubjpass" and t.lower_ in ("he", "she", "they", "we")))


def _suppressing(verb) -> bool:
    lemma = _lemma(verb)
    if verb.pos_ != "VERB" or lemma not in SUPPRESS:
        return False
    need = SUPPRESS_PARTICLE.get(lemma)
    return need is None or any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == need for c in verb.children)


def _suppressed_protest(tok) -> bool:
    """``tok`` is a protest word put down by a suppressing verb ("the army crushed the protests", "forces
    violently put down those protests", "protests were quelled", "cracked down on protesters"), or the
    suppressing verb itself with a protest as its object."""
    if _suppressing(tok):
        objs = _objects(tok) + [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "down")
                                for p in c.children if p.dep_ == "pobj"]
        return any(_lemma(o) in PROTEST_NOUNS for o in objs)
    if _lemma(tok) not in PROTEST_NOUNS or tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "cracked down on protests"
    elif tok.dep_ not in ("dobj", "nsubjpass", "conj"):
        return False
    return head.i != tok.i and _suppressing(head)


def _blocks_armed(tok) -> bool:
    """"blocked Ukrainian forces from advancing", "halted the Russian advance", "repelled the offensive"."""
    if _lemma(tok) not in BLOCK or tok.pos_ != "VERB":
        return False
    objs = _objects(tok)
    if any(_lemma(o) in ARMED for o in objs):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.lemma_.lower() in ("advance", "advancing", "attack", "push") for p in c.children) for c in tok.children)


# * a person carried somewhere in custody ("the arrested minister was flown to The Hague", "the detained
#   leader arrived in the Netherlands and was handed to the court") is transferred (COERCE), not visiting.
CARRY = frozenset({"fly", "take", "transfer", "bring", "send", "move", "extradite", "escort", "transport"})
TRAVEL = frozenset({"fly", "arrive", "land", "leave", "depart", "travel", "head", "reach"})
CUSTODY = frozenset({"arrested", "detained", "jailed", "imprisoned", "captured", "handcuffed", "indicted",
                     "extradited", "custody", "prisoner", "detainee", "captive", "convict"})


# people one frees from custody: "freed four Americans", "a fifth American is being freed", "freed the hostages"
FREED_PEOPLE = CUSTODY | frozenset({"hostage", "inmate", "journalist", "reporter", "citizen", "national", "student",
                                    "pastor", "activist", "dissident", "soldier", "sailor", "crew", "fisherman",
                                    "worker", "tourist", "man", "woman", "people", "person", "child"})


def _frees_people(tok) -> bool:
    """The verb "free" with people as what is freed (an object or a passive subject): a person's name, a nationality
    ("four Americans"), a pronoun, or a word for people held ("prisoners", "hostages", "the crew"); not "freed up
    funds" nor "freed the port"."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    freed = _objects(tok)
    if freed and any(c.dep_ == "prep" and c.lower_ == "from" and any(_lemma(p) in CUSTODY_PLACES for p in c.children)
                     for c in tok.children):
        return True  # "freed X from detention", "freed from prison"
    return bool(freed) and all(
        o.ent_type_ in ("PERSON", "NORP") or _lemma(o) in FREED_PEOPLE or
        (o.pos_ == "PRON" and o.lower_ in ("him", "her", "them", "he", "she", "they")) for o in freed)


CUSTODY_PLACES = frozenset({"detention", "custody", "prison", "jail", "captivity", "confinement", "arrest"})


def _in_custody(tok) -> bool:
    """The traveller of ``tok`` is marked as held ("the arrested former president", "the prisoner"), or the
    same subject is handed over in a coordinated clause ("arrived ... and was turned over to the court")."""
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    for d in doers:
        if {d.lower_, _lemma(d)} & CUSTODY or any(
                c.lower_ in CUSTODY for c in d.subtree if c.i < d.i or c.head == d):
            return True
    for conj in tok.conjuncts:
        if conj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in conj.children) and \
                _lemma(conj) in ("turn", "hand", "transfer", "deliver", "extradite", "surrender"):
            return True
    return _arrested_before(tok, doers)


ARREST = frozenset({"arrest", "detain", "capture", "apprehend", "seize", "extradite"})


def _arrested_before(tok, doers: list) -> bool:
    """The sentence tells the traveller was arrested first: "Duterte left Manila on a jet ..., hours after he
    was arrested" (the parser may hang the clause anywhere). The arrested one is a pronoun or the traveller."""
    names = {t.lower_ for d in doers for t in d.subtree if t.pos_ == "PROPN"} | \
        {d.lower_ for d in doers if d.pos_ in ("PROPN", "PRON")}
    for t in sentence_of(tok):
        if t.tag_ != "VBN" or _lemma(t) not in ARREST or t.i < tok.i or \
                not any(c.dep_ == "auxpass" for c in t.children) or \
                not any(c.dep_ == "mark" and c.lower_ in ("after", "since", "once") for c in t.children):
            continue
        held = [c for c in t.children if c.dep_ == "nsubjpass"]
        if any(h.lower_ in ("he", "she") or h.lower_ in names for h in held):
            return True
    return False


# --- constructions the guidelines' table types apart from the verb's usual sense (test13 type faults) --------
# * asking or ordering diplomats to leave, or anyone to leave the country, is an expulsion: SANCTION
#   ("expel" in the table; CAMEO 174 "expel or deport individuals"), not a request or a coercion;
# * closing (or ordering the closure of) an embassy or consulate reduces diplomatic relations: SANCTION
#   ("break relations"; CAMEO 1042/161 "reduce or break diplomatic relations");
# * seizing a station, a building or a ship is a seizure of property: COERCE ("seize"; CAMEO 171), not combat;
# * firing live ammunition or bullets (at people), or opening fire, is shooting: ASSAULT ("shoot"); tear gas,
#   rubber bullets and water cannon stay COERCE;
# * taking a group off a list (terror list, blacklist, sanctions list) eases a restriction: CONCEDE ("ease
#   restrictions"), whatever the verb ("removed", "suspended", "dropped", "struck ... from the list");
# * a resignation or retirement for health, age or personal reasons is no interaction at all (only "resign under
#   pressure" is CONCEDE): ``unforced_resignation`` says so.
# not "urge" or "advise": "urged its citizens to leave Lebanon" is an evacuation advice, not an expulsion
ASK_TO_LEAVE = frozenset({"ask", "order", "tell", "instruct", "request", "give", "direct", "demand"})
OWN = frozenset({"its", "their", "our", "his", "her", "own"})
LEAVE = frozenset({"leave", "depart", "quit", "exit"})
DIPLOMATS = frozenset({"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "chargé", "charge",
                       "diplomats", "staffer", "emissary"})
HOMELAND = frozenset({"country", "territory", "nation", "kingdom", "republic"})
POSTS = frozenset({"embassy", "consulate", "consulate-general", "legation", "consulates", "embassies"})
CLOSE_VERBS = frozenset({"close", "shut", "shutter"})
CLOSE_NOUNS = frozenset({"closure", "closing", "shutdown", "shutting", "close"})
SEIZE = frozenset({"seize", "capture", "take", "commandeer", "confiscate", "impound", "occupy", "grab"})
FACILITIES = frozenset({"station", "broadcaster", "television", "tv", "radio", "building", "office", "offices",
                        "headquarters", "hq", "airport", "parliament", "palace", "ministry", "embassy",
                        "consulate", "ship", "vessel", "tanker", "boat", "plant", "factory", "property",
                        "asset", "assets", "bank", "studio", "studios", "newspaper", "premises", "compound",
                        "facility", "refinery", "mine", "warehouse", "cargo", "aircraft", "plane", "port"})
VESSELS = frozenset({"ship", "vessel", "tanker", "boat", "flotilla", "convoy", "yacht", "ferry", "freighter",
                     "trawler", "fleet", "boats", "ships", "vessels"})
FIRE = frozenset({"fire", "shoot", "open", "respond", "use", "spray", "rain"})
LETHAL = frozenset({"ammunition", "bullet", "round", "gunfire", "shot", "fire", "gun", "rifle", "weapon", "ammo"})
NON_LETHAL = frozenset({"rubber", "plastic", "tear", "teargas", "blank", "warning", "pellet", "water", "pepper",
                        "stun", "baton", "gas", "canister", "cannon", "grenade", "flare", "smoke", "sound"})
LISTS = frozenset({"list", "blacklist", "register", "registry", "roster", "designation", "watchlist"})
UNLIST = frozenset({"remove", "suspend", "delete", "drop", "take", "strike", "delist", "lift", "exclude", "erase",
                    "removal", "delisting", "scrap", "withdraw"})


# bodies of a state that object in words: their protest is no demonstration (PLOVER codebook: PROTEST is civilian
# demonstrations and collective actions; objections and complaints are ACCUSE)
STATE_BODIES = frozenset({"ministry", "government", "embassy", "consulate", "foreign office", "state department",
                          "cabinet", "presidency", "kremlin", "ministry of foreign affairs", "mission"})
LODGING = frozenset({"lodge", "file", "register", "issue", "deliver", "send", "submit", "raise", "make", "hand"})


def _a_state_voice(t) -> bool:
    """A country, a capital or a state body as a subject ("China", "Beijing", "the foreign ministry", "the State
    Department")."""
    if t.ent_type_ == "GPE" or _lemma(t) in STATE_BODIES:
        return True
    phrase = " ".join(x.lower_ for x in t.subtree if x.i <= t.i)
    return any(phrase.endswith(w) for w in STATE_BODIES if " " in w)


def _official_protest(tok) -> bool:
    """"China's foreign ministry protested the move", "Beijing lodged a formal protest with Washington": a state's
    or a state body's protest is an objection in words (ACCUSE), not people demonstrating."""
    if _lemma(tok) != "protest":
        return False
    if tok.pos_ == "VERB":
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    elif tok.dep_ == "dobj" and _lemma(tok.head) in LODGING:
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    else:
        return False
    if bool(subjects) and all(_a_state_voice(s) for s in subjects):
        return True
    # "the opposition lawmakers protested the move", "the opposition has protested Iran's participation": a
    # political voice protesting a thing (its object) objects in words; "students protested" marches
    return tok.pos_ == "VERB" and bool(subjects) and all(_lemma(s) in POLITICAL_VOICES for s in subjects) and any(
        c.dep_ == "dobj" and c.ent_type_ != "PERSON" for c in tok.children)


# members and parts of the political class, who object in words ("lawmakers protested the decision")
POLITICAL_VOICES = frozenset({"lawmaker", "legislator", "senator", "mp", "opposition", "party", "parliament",
                              "congress", "deputy", "politician", "parliamentarian", "congressman", "congresswoman"})


BARRING = frozenset({"ban", "prohibit", "bar", "block", "halt", "stop", "forbid", "outlaw", "embargo"})
TRADE_GOODS = frozenset({"export", "exports", "import", "imports", "trade", "shipment", "shipments", "sale", "sales",
                         "purchase", "purchases", "supply", "supplies", "transfer", "transfers", "delivery",
                         "deliveries"})
TRADING_VERBS = frozenset({"export", "import", "buy", "sell", "trade", "ship", "purchase"})
REVOKING = frozenset({"revoke", "cancel", "withdraw", "annul", "rescind", "strip"})
PERMITS = frozenset({"visa", "visas", "accreditation", "accreditations", "credential", "credentials", "license",
                     "licence", "permit", "permits"})


def _trade_or_visa_barred(tok) -> bool:
    """"the council banned exports of coal", "banned North Korea from importing gas", "will revoke Petro's visa":
    a state's or a council's embargo or a permit taken back is a sanction (PLOVER codebook: curtail commercial or
    material exchanges; CAMEO 163 embargo), not a coercion of people."""
    if tok.pos_ != "VERB":
        return False
    lemma = _lemma(tok)
    objs = _objects(tok)
    if lemma in BARRING and (any(_lemma(o) in TRADE_GOODS or o.lower_ in TRADE_GOODS for o in objs) or any(
            _lemma(p) in TRADING_VERBS for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pcomp")):
        return True
    return lemma in REVOKING and any(_lemma(o) in PERMITS or o.lower_ in PERMITS for o in objs)


YIELDING = frozenset({"drop", "abandon", "lift", "withdraw", "waive", "shelve", "relinquish", "remove"})
DEMANDS = frozenset({"demand", "demands", "objection", "objections", "hold", "veto", "block", "opposition",
                     "condition", "conditions", "claim", "claims", "request", "requests", "insistence",
                     "reservation", "reservations"})


def _demand_dropped(tok) -> bool:
    """"dropped initial demands for a full oil embargo", "China lifted its hold on the proposal": giving up a demand
    or a block is a concession (PLOVER CONCEDE: yield), not the demand itself."""
    if _lemma(tok) in DEMANDS and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        return _lemma(tok.head) in YIELDING
    return tok.pos_ == "VERB" and _lemma(tok) in YIELDING and any(
        _lemma(o) in DEMANDS or o.lower_ in DEMANDS for o in _objects(tok))


RECALLING = frozenset({"recall", "withdraw", "pull"})


def recalls_envoy(tok) -> bool:
    """"recalled its ambassador to Kenya", "withdrew their ambassadors from Doha", "pulled its envoy": a state
    calling its own diplomats home (never a diplomat expelled: "expelled the ambassador" is the expulsion rule's)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in RECALLING:
        return False
    envoys = [o for o in _with_conj([c for c in tok.children if c.dep_ == "dobj"])
              if _lemma(o) in DIPLOMATS or o.lower_ in DIPLOMATS]
    # one's own: "its ambassador", "their envoys", or none named ("recalled the ambassador from Qatar")
    return bool(envoys) and all(not any(c.dep_ == "poss" and c.lower_ not in OWN for c in o.children)
                                for o in envoys)


def envoy_hosts(tok) -> list:
    """Where recalled envoys served: "from Doha" on the verb, "to Kenya"/"in Qatar" on the envoy."""
    # ("recalled its ambassador to Kenya" with "to Kenya" hung on the verb)
    hosts = _pobjs(tok, ("from", "to"))
    for o in [c for c in tok.children if c.dep_ == "dobj"]:
        hosts += _pobjs(o, ("to", "in", "at", "from"))
    # ("its ambassador to Kenya Mohamud Ahmed Nur": the envoy's name after the host is no host; the host is
    # the place before it)
    out = []
    for h in _with_conj(hosts):
        if h.ent_type_ == "PERSON":
            out += [c for c in h.children if c.dep_ == "compound" and c.ent_type_ == "GPE"]
        else:
            out.append(h)
    return out


def _pobjs(tok, preps: tuple[str, ...]) -> list:
    return [p for c in tok.children if c.dep_ in ("prep", "prt", "advmod", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _with_conj(toks: list) -> list:
    return toks + [c for t in toks for c in t.conjuncts]


def _expelled(tok) -> bool:
    """"asked four diplomats to leave", "three diplomats were ordered to leave", "told the envoy to leave the
    country within 72 hours"."""
    if tok.pos_ not in ("VERB", "AUX") or _lemma(tok) not in ASK_TO_LEAVE:
        return False
    leaves = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and _lemma(c) in LEAVE]
    # the parser may hang "to leave" on the person asked ("asked one diplomat to leave" read as a relative)
    leaves += [c for o in _objects(tok) for c in o.children if c.dep_ in ("relcl", "acl") and _lemma(c) in LEAVE
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not leaves:
        return False
    told = _with_conj(_objects(tok) + [c for c in tok.children if c.dep_ == "dative"] +
                      [c for lv in leaves for c in lv.children if c.dep_ == "nsubj"])
    # one's own people sent home are recalled or evacuated ("asked its diplomats to leave"), not expelled
    told = [o for o in told if not any(c.dep_ == "poss" and c.lower_ in OWN for c in o.children)]
    if any(_lemma(o) in DIPLOMATS or o.lower_ in DIPLOMATS or any(
            c.dep_ in ("compound", "amod") and (_lemma(c) in POSTS or c.lower_ == "diplomatic") for c in o.children)
           for o in told):  # "two embassy staff", "diplomatic personnel"
        return True
    if any(_diplomatic_body(o) or any(_diplomatic_body(p) for p in _pobjs(o, ("of", "at", "from"))) for o in told):
        return True  # "the Iranian diplomatic mission", "all members of the embassy", "staff at the consulate"
    # anyone else told to leave "the country" (the teller's own): a named country left is more often an
    # evacuation ("told foreigners to leave Lebanon"), so only the teller's country counts
    return bool(told) and any(c.dep_ == "dobj" and _lemma(c) in HOMELAND and not c.ent_type_ for lv in leaves
                              for c in lv.children)


def _diplomatic_body(t) -> bool:
    """A diplomatic mission or post as a body of people ("the diplomatic mission", "the embassy")."""
    return _lemma(t) in POSTS or (_lemma(t) in ("mission", "corps", "staff", "personnel") and any(
        c.dep_ in ("amod", "compound") and (c.lower_ == "diplomatic" or _lemma(c) in POSTS) for c in t.children))


def _closes_post(tok) -> bool:
    """"closed the consulate", "ordered the closure of the Russian consulate", "shut down its embassy"."""
    objs = _with_conj(_objects(tok))
    if tok.pos_ == "VERB" and _lemma(tok) in CLOSE_VERBS and any(_lemma(o) in POSTS for o in objs):
        return True
    if _lemma(tok) in CLOSE_NOUNS and any(_lemma(p) in POSTS for p in _with_conj(_pobjs(tok, ("of",)))):
        return True
    return any(_lemma(o) in CLOSE_NOUNS and any(_lemma(p) in POSTS for p in _with_conj(_pobjs(o, ("of",))))
               for o in objs)


def _seizes_facility(tok) -> bool:
    """"seized control of the national television station", "took over the airport", "captured the tanker";
    "intercepted the flotilla", "boarded the ship": a vessel stopped and taken."""
    if tok.pos_ == "VERB" and _lemma(tok) in ("intercept", "board") and any(
            _lemma(o) in VESSELS or o.lower_ in VESSELS for o in _with_conj(_objects(tok))):
        return True
    if tok.pos_ != "VERB" or _lemma(tok) not in SEIZE:
        return False
    if _lemma(tok) == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        return False
    objs = _with_conj(_objects(tok))
    objs += [p for o in objs if _lemma(o) == "control" for p in _with_conj(_pobjs(o, ("of", "over")))]
    objs += _with_conj(_pobjs(tok, ("of",)))  # "took control of" with control left unparsed as an object
    return any(_lemma(o) in FACILITIES or o.lower_ in FACILITIES for o in objs)


# ground taken by force: a town, a city, a stronghold or a territory captured in fighting is combat (CAMEO 192
# "occupy territory", under 19 "fight": PLOVER ASSAULT), unlike a building or a ship seized (property, COERCE)
# or a person captured (an arrest, COERCE); not "took control of the country" (a seizure of power)
CAPTURE_GROUND = frozenset({"capture", "recapture", "retake", "overrun", "seize"})
GROUND = frozenset({"city", "town", "village", "stronghold", "territory", "region", "province", "district",
                    "capital", "hill", "hilltop", "enclave", "neighbourhood", "neighborhood", "suburb", "outskirts",
                    "settlement", "bastion", "redoubt", "citadel", "heights", "peninsula", "island", "valley"})


def _captures_ground(tok) -> bool:
    """"the SDF captured Raqqa", "rebels overran the town", "captured the group's de facto capital": ground
    taken (a named city or region, or a noun of ground), with no seizure of power or of a facility told."""
    if tok.pos_ != "VERB" or _lemma(tok) not in CAPTURE_GROUND or _seizes_power(tok) or _seizes_facility(tok):
        return False
    objs = _with_conj(_objects(tok))
    return bool(objs) and all(
        (_lemma(o) in GROUND or o.lower_ in GROUND or (o.ent_type_ in ("GPE", "LOC") and o.pos_ == "PROPN") or
         any(c.dep_ == "compound" and _lemma(c) in GROUND for c in o.children))  # "the stronghold Raqqa"
        and _lemma(o) not in POWER for o in objs)


# A seizure of power or a raid to arrest is COERCE (GUIDELINES: seize, raid, arrest), not ASSAULT, unless the
# sentence itself reports violence.
POWER = frozenset({"power", "control", "government", "country", "state", "presidency", "palace"})
OUST = frozenset({"overthrow", "oust", "topple", "depose", "unseat", "remove", "dislodge"})
RULERS = frozenset({"president", "government", "leader", "regime", "prime", "premier", "king", "ruler",
                    "administration", "junta", "cabinet", "emir", "sultan", "monarch", "dictator", "head"})
RAID = frozenset({"raid", "storm", "search", "swoop"})
CUSTODY_GOALS = frozenset({"arrest", "detain", "seize", "apprehend", "capture", "search", "detention"})
POLICE = frozenset({"police", "policeman", "policemen", "officer", "agent", "investigator", "prosecutor",
                    "gendarme", "gendarmerie", "fbi", "customs", "inspector", "authority"})
VIOLENCE = frozenset({"kill", "killing", "dead", "death", "die", "shoot", "shooting", "shot", "gunfire", "gunshot",
                      "fire", "bomb", "bombing", "shell", "shelling", "wound", "injure", "injury", "wounded",
                      "injured", "casualty", "fighting", "fight", "clash", "explosion", "blast", "massacre",
                      "bloody", "violent", "violence", "airstrike", "strike", "missile", "rocket", "gun", "battle",
                      "murder", "execute", "assassinate", "slay", "beat", "torture", "attack", "bloodshed"})


def _violent_sentence(tok) -> bool:
    return any(_lemma(t) in VIOLENCE or t.lower_ in VIOLENCE for t in sentence_of(tok))


def _seizes_power(tok) -> bool:
    """"seized power", "took control of the country", "took over the government", "overthrew the president"."""
    lemma = _lemma(tok)
    if tok.pos_ != "VERB":
        return False
    objs = _with_conj(_objects(tok))
    if lemma in OUST:
        return any(_lemma(o) in RULERS for o in objs)
    if lemma not in SEIZE or lemma in ("confiscate", "impound"):
        return False
    if any(_lemma(o) == "power" for o in objs):
        return True
    controlled = [p for o in objs if _lemma(o) == "control" for p in _with_conj(_pobjs(o, ("of", "over")))]
    controlled += _with_conj(_pobjs(tok, ("of",)))
    if any(_lemma(p) in POWER | RULERS or p.ent_type_ == "GPE" for p in controlled):
        return True
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
    return over and any(_lemma(o) in POWER | RULERS for o in objs)


def _raid_to_arrest(tok) -> bool:
    """"stormed the embassy to arrest the former vice president", "the raid by the national police", "riot
    police stormed into polling stations" (police storming a place is a raid, as police raiding it)."""
    if _lemma(tok) not in RAID:
        return False
    goals = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and _lemma(c) in CUSTODY_GOALS]
    if goals:
        return True
    if _lemma(tok) == "storm" and tok.pos_ == "VERB":
        return any(_lemma(d) in POLICE or d.lower_ in POLICE for x in tok.children if x.dep_ == "nsubj"
                   for d in x.subtree if d.i <= x.i)
    if _lemma(tok) != "raid":
        return False
    # "arrested its president after raiding his home": the raid of an arrest told in the same sentence
    carrier = tok.head.head if tok.dep_ == "pcomp" else tok.head if tok.dep_ in ("advcl", "conj") else None
    if carrier is not None and _lemma(carrier) in CUSTODY_GOALS:
        return True
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "compound", "amod")]
    doers += _pobjs(tok, ("by",))
    return any(_lemma(d) in POLICE or d.lower_ in POLICE for x in doers for d in x.subtree)


def _coerced_rule(tok) -> bool:
    """A bloodless coup or a police raid: COERCE when the sentence reports no killing, shooting or bombing."""
    if _lemma(tok) == "coup":  # "seized power in a military coup": the coup is the seizure told by its verb
        told = any(_seizes_power(t) or _house_arrest(t) for t in sentence_of(tok))
    else:
        told = _seizes_power(tok) or _raid_to_arrest(tok) or _house_arrest(tok)
    return told and not _violent_sentence(tok)


def _house_arrest(tok) -> bool:
    """"placed the president under house arrest"."""
    return tok.pos_ == "VERB" and any(
        _lemma(p) == "arrest" and any(c.lower_ == "house" for c in p.children)
        for p in _pobjs(tok, ("under",)))


def _lethal(t) -> bool:
    words = {_lemma(c) for c in t.subtree} | {c.lower_ for c in t.subtree}
    return (_lemma(t) in LETHAL or t.lower_ in LETHAL) and not words & NON_LETHAL


def _fires_live(tok) -> bool:
    """"fired live ammunition at protesters", "responded with live ammunition", "opened fire on the crowd"."""
    lemma = _lemma(tok)
    if tok.pos_ != "VERB" or lemma not in FIRE:
        return False
    objs = _with_conj(_objects(tok))
    if lemma == "open":
        return any(_lemma(o) == "fire" for o in objs)
    if any(_lethal(o) for o in objs + _with_conj(_pobjs(tok, ("with",)))):
        return True
    # "shot (at) the protesters" with no non-lethal weapon named: the guidelines' "shoot"
    return lemma == "shoot" and not any(
        w in NON_LETHAL for c in tok.subtree for w in (_lemma(c), c.lower_))


def _off_a_list(tok) -> bool:
    """"suspend the FARC from its list of terrorist organizations", "removed the group from the blacklist",
    "the group's removal from the terror list"."""
    if _lemma(tok) not in UNLIST and not tok.lower_.startswith("delist"):
        return False
    if _lemma(tok) == "take" and not any(c.lower_ == "off" for c in tok.children):
        return False
    places = _with_conj(_pobjs(tok, ("from", "off")))
    return any(_lemma(p) in LISTS or any(_lemma(c) in LISTS for c in p.children if c.dep_ == "compound")
               for p in places) or tok.lower_.startswith("delist")


RESIGN = frozenset({"resign", "resignation", "retire", "retirement", "quit", "step"})
UNFORCED = frozenset({"health", "illness", "ill", "sickness", "disease", "age", "personal", "family", "medical",
                      "condition", "colitis", "cancer", "retirement"})
PRESSURE = frozenset({"pressure", "protest", "protests", "protester", "scandal", "demand", "demands", "call",
                      "calls", "criticism", "outcry", "ultimatum", "impeachment", "allegation", "allegations",
                      "accusation", "accusations", "force", "forced", "oust", "ousted", "defeat", "vote",
                      "no-confidence", "revolt", "backlash", "corruption", "investigation", "probe"})


def unforced_resignation(tok, etype: str) -> bool:
    """A resignation told with a health, age or personal reason and no pressure in its sentence ("announced
    his resignation on Friday due to health reasons"): no interaction between parties, so no PLOVER event; the
    guidelines' CONCEDE is "resign under pressure"."""
    lemma = _lemma(tok)
    if etype != "CONCEDE" or lemma not in RESIGN:
        return False
    if lemma == "step" and not any(c.lower_ in ("down", "aside") for c in tok.children):
        return False
    words = {t.lower_ for t in sentence_of(tok)} | {_lemma(t) for t in sentence_of(tok)}
    return bool(words & UNFORCED) and not words & PRESSURE


# --- types24: what kind of act, and what is no act (test15 type faults) ----------------------------------------
# * ordering an act of one's own state as a noun ("ordered the expulsion of 35 diplomats", "ordered new
#   sanctions", "ordered the arrest of") is that act by the orderer: the order carries it out, it asks no one
#   (REQUEST is an order addressed to someone else: "ordered Israel to halt", left alone);
# * heading, leading, chairing or commanding an organisation ("Soleimani headed the Quds Force") is a standing
#   role, no act (GUIDELINES: bare states of affairs are no events) unless the role is taken to a place;
# * a diplomat leaving the country of his post ("Ambassador Sullivan left Moscow") is a withdrawal (RETREAT:
#   "withdraw, pull back"), not a visit; the visit's departure stays CONSULT for anyone else;
# * protesters storming or breaking into a building or through barricades is a riot (PROTEST: "riot"), not an
#   attack, unless the sentence reports killing, shooting, wounding, arson ("set fire deliberately" is ASSAULT)
#   or a fight ("overpowering police officers").
ORDER = frozenset({"order", "decree", "direct", "authorize", "authorise"})
ORDERED_ACTS = {"expulsion": "SANCTION", "expel": "SANCTION", "deportation": "SANCTION", "sanction": "SANCTION",
                "embargo": "SANCTION", "freeze": "SANCTION", "suspension": "SANCTION", "recall": "SANCTION",
                "closure": "SANCTION", "arrest": "COERCE", "detention": "COERCE", "raid": "COERCE",
                "seizure": "COERCE", "blockade": "COERCE", "crackdown": "COERCE", "curfew": "COERCE",
                "attack": "ASSAULT", "strike": "ASSAULT", "airstrike": "ASSAULT", "bombing": "ASSAULT",
                "assault": "ASSAULT", "invasion": "ASSAULT", "offensive": "ASSAULT", "shelling": "ASSAULT",
                "withdrawal": "RETREAT", "evacuation": "RETREAT", "pullout": "RETREAT",
                "deployment": "MOBILIZE", "mobilization": "MOBILIZE", "mobilisation": "MOBILIZE"}


def _ordered_act(tok) -> str | None:
    """The type of the act ``tok`` orders as its noun object ("ordered the expulsion of ..."), when the order
    is addressed to no one (no one told to do it: no dative, no "X to do")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ORDER:
        return None
    if any(c.dep_ in ("dative", "xcomp", "ccomp") for c in tok.children):
        return None
    acts = [ORDERED_ACTS.get(_lemma(o)) for o in _with_conj(_objects(tok)) if o.pos_ == "NOUN"]
    if acts and acts[0] == "SANCTION" and _lemma(_objects(tok)[0]) == "closure" and not _closes_post(tok):
        return None  # the closure of a road or a school is no diplomatic act
    return acts[0] if acts and acts[0] is not None else None


# what tells an attack in words: the participle that says it, or what it was made in
SAYING = frozenset({"accuse", "say", "call", "describe", "criticise", "criticize", "brand", "label", "denounce",
                    "claim", "charge", "blame", "insist", "argue", "allege", "dub", "liken", "compare", "suggest"})
UTTERANCES = frozenset({"interview", "speech", "statement", "tweet", "post", "address", "remarks", "letter", "column",
                        "article", "editorial", "op-ed", "broadcast", "podcast", "message", "video", "rally", "debate",
                        "session", "hearing", "sermon", "press", "conference", "briefing"})


# what one is named or branded that is a charge ("named China a currency manipulator")
CHARGE_NOUNS = frozenset({"manipulator", "terrorist", "sponsor", "threat", "enemy", "violator", "aggressor", "criminal",
                          "pariah", "adversary", "dictator", "murderer", "liar", "traitor", "spy", "abuser"})
NAMING = frozenset({"name", "designate", "label", "brand", "declare", "list", "dub", "call"})
HELP_WORDS = frozenset({"help", "assistance", "aid", "support", "backing", "weapons", "arms", "protection"})


def _branded(tok) -> bool:
    """"The United States formally named China a currency manipulator", "designated the group a terrorist
    organisation": naming someone what they are charged with being is an accusation (or a listing)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in NAMING:
        return False
    complements = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr", "dobj", "ccomp")]
    complements += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                    if p.dep_ == "pobj"]
    return len([c for c in tok.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]) >= 1 and any(
        _lemma(c) in CHARGE_NOUNS or any(_lemma(x) in CHARGE_NOUNS for x in c.subtree if x.i <= c.i + 3)
        for c in complements if c.i > tok.i)


# what is attacked only in words: a decision, a policy, words
DECISIONS = frozenset({"move", "decision", "plan", "policy", "remark", "statement", "law", "proposal", "ruling",
                       "report", "bill", "idea", "comment", "claim", "stance", "position", "approach", "strategy",
                       "deal", "agreement", "resolution", "order", "announcement", "budget", "reform", "verdict"})


def _pleads_innocent(tok) -> bool:
    """"Pleaded not guilty", "pleaded innocent": the plea's words right after the verb deny the charge."""
    after = " ".join(t.lower_ for t in tok.doc[tok.i + 1:tok.i + 4])
    return after.startswith(("not guilty", "innocent"))


def _verbal_attack(tok) -> bool:
    """"Anwar attacked the five-man bench, accusing them of bowing to their political masters", "attacked her
    Brexit plan in an interview with The Sun": an attack made in words is an accusation (PLOVER ACCUSE), not
    violence."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("attack", "assail", "lambast", "blast", "savage", "slam"):
        return False
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and _lemma(c) in SAYING for c in tok.children):
        return True
    # "Russia's move was also attacked by Andriy Yermak": what a decision or words suffer is criticism
    if any(c.dep_ in ("nsubjpass", "dobj") and _lemma(c) in DECISIONS and not _held_positions(c) for c in tok.children):
        return True
    return any(_lemma(p) in UTTERANCES for p in _pobjs(tok, ("in", "during", "at", "on")))


def _held_positions(noun) -> bool:
    """"attacked Islamic State positions near Raqqa", "attacked government positions": positions in the plural
    and not "on" a question are ground a force holds, not stances ("attacked her positions on immigration")."""
    if noun.lower_ != "positions":
        return False
    after = noun.doc[noun.i + 1].lower_ if noun.i + 1 < len(noun.doc) else ""
    return after not in _ON_A_QUESTION and not any(c.dep_ == "prep" and c.lower_ in _ON_A_QUESTION
                                                   for c in noun.children)


_ON_A_QUESTION = frozenset({"on", "regarding", "about", "towards", "toward", "over", "concerning"})


APPROVE = frozenset({"approve", "authorize", "authorise", "endorse", "greenlight", "okay"})
# acts told by the verb a decision approves ("approved suspending the pact", "authorised deploying troops")
APPROVED_VERBS = {"suspend": "SANCTION", "expel": "SANCTION", "sanction": "SANCTION", "freeze": "SANCTION",
                  "recall": "SANCTION", "close": "SANCTION", "sever": "SANCTION", "cut": "SANCTION",
                  "deploy": "MOBILIZE", "send": "MOBILIZE", "mobilize": "MOBILIZE", "mobilise": "MOBILIZE",
                  "withdraw": "RETREAT", "evacuate": "RETREAT", "arrest": "COERCE", "detain": "COERCE",
                  "attack": "ASSAULT", "strike": "ASSAULT", "bomb": "ASSAULT"}


def _approved_act(tok) -> str | None:
    """The type of the act a government's approval decides ("approved suspending a military agreement with X",
    "authorised the deployment of troops"): that act, decided, not an agreement with anyone. Only a gerund or
    an act noun the approval takes as its object (not "approved the deal", an agreement)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in APPROVE:
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" and _lemma(c) in APPROVED_VERBS:
            return APPROVED_VERBS[_lemma(c)]
    acts = [ORDERED_ACTS.get(_lemma(o)) for o in _objects(tok) if o.pos_ == "NOUN"]
    return acts[0] if acts and acts[0] is not None else None


ROLE_VERBS = frozenset({"head", "lead", "chair", "command", "run", "helm", "direct"})
ROLE_BODIES = BODIES | frozenset({"force", "army", "party", "ministry", "agency", "committee", "council", "unit",
                                  "corps", "company", "brigade", "division", "commission", "department", "board",
                                  "institute", "bureau", "service", "office", "militia", "movement", "faction",
                                  "government", "administration", "cabinet", "court", "foundation", "firm",
                                  "network", "wing", "branch", "team", "navy", "guard"})
EVENT_NOUNS = frozenset({"talks", "talk", "delegation", "attack", "raid", "campaign", "offensive", "negotiation",
                         "protest", "march", "rally", "effort", "investigation", "inquiry", "mission", "operation",
                         "visit", "charge", "strike", "assault", "coup", "push", "drive", "crackdown", "meeting"})


def standing_role(tok, etype: str) -> bool:
    """"Soleimani headed the Quds Force", "she leads the opposition party", "chaired the committee": holding a
    post is a state of affairs, no act; heading a delegation somewhere or leading talks or an attack stays."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ROLE_VERBS:
        return False
    objs = _objects(tok)
    # "headed Iran’s elite Quds Force" read as two objects, the possessor cut off: the possessor is no object
    objs = [o for o in objs if not any(c.dep_ == "case" for c in o.children)] or objs
    if not objs or any(_lemma(o) in EVENT_NOUNS for o in objs):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for", "toward", "towards", "into") and not any(
            p.ent_type_ in ("DATE", "TIME") for p in c.children) for t in [tok] + objs for c in t.children):
        return False  # "headed a delegation to Tehran", "led the army into the city"
    return all(_lemma(o) in ROLE_BODIES or (o.ent_type_ == "ORG" and _lemma(o) not in EVENT_NOUNS) for o in objs)


def _a_diplomat(t) -> bool:
    """``t`` (a subject) is an ambassador or envoy: by its own words ("U.S. Ambassador to Russia John Sullivan",
    "the ambassador") or, for a name, by another mention of the same name in the document ("Ambassador ...
    Sullivan" earlier)."""
    near = [t] + [c for c in t.children if c.dep_ in ("compound", "appos", "amod", "nmod")]
    near += [g for c in near for g in c.children if c.dep_ in ("compound", "appos")]
    if any(_lemma(c) in DIPLOMATS or c.lower_ in DIPLOMATS for c in near):
        return True
    if t.pos_ != "PROPN":
        return False
    for other in t.doc:
        if other.i != t.i and other.lower_ == t.lower_ and other.pos_ == "PROPN":
            head = other
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head
            words = [head] + [c for c in head.children if c.dep_ in ("compound", "appos", "amod")]
            if any(_lemma(c) in ("ambassador", "envoy", "diplomat") for c in words) or \
                    (head.dep_ == "appos" and _lemma(head.head) in ("ambassador", "envoy")):
                return True
    return False


def _diplomat_leaves_post(tok) -> bool:
    """"Ambassador John Sullivan left Moscow", "the envoy left his post": not "left for Moscow" (going to it)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("leave", "depart", "quit", "exit"):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in tok.children):
        return False
    if not all(o.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(o) in ("post", "country", "capital", "embassy")
               for o in objs):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(_a_diplomat(d) for d in doers)


STORM = frozenset({"storm", "break", "overrun", "breach", "invade", "raid", "ransack", "occupy", "enter"})
HARM = frozenset({"kill", "killed", "dead", "death", "die", "shoot", "shot", "wound", "wounded", "injure", "injured",
                  "murder", "beat", "stab", "gunfire", "bomb", "lynch", "hack", "casualty", "fire", "torch", "burn",
                  "arson", "blaze", "ablaze", "overpower", "attack", "assault", "clash", "loot"})
CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher", "activist",
                    # a leader's followers storming a building with no harm told ("supporters of Sadr stormed the
                    # Green Zone"): the crowd of a protest, as the analysts read it
                    "supporter", "follower"})


def _crowd(t) -> bool:
    words = [t] + [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(_lemma(w) in CROWDS or w.lower_.rstrip("s") in CROWDS for w in words)


def _protesters_storm(tok) -> bool:
    """"thousands of protesters broke through police barricades and stormed the residence": a riot."""
    if tok.pos_ != "VERB" or _lemma(tok) not in STORM:
        return False
    node, doers = tok, []
    for _ in range(3):
        doers = [c for c in node.children if c.dep_ == "nsubj"]
        if doers or node.dep_ not in ("conj", "advcl", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    if not any(_crowd(d) for d in doers):
        return False
    if _lemma(tok) == "break" and not any(c.lower_ in ("through", "into", "in") for c in tok.children):
        return False
    return not any(_lemma(t) in HARM or t.lower_ in HARM for t in sentence_of(tok))


CLASH = frozenset({"clash", "scuffle", "skirmish", "tussle", "brawl", "jostle", "grapple"})
# what makes a crowd's clash more than a riot: harm done in the sentence ("clash" itself, and the police's tear gas
# or pepper spray, are the scene of a protest)
CLASH_HARM = HARM - {"clash", "attack", "assault", "fire"}


def _crowd_clashes(tok) -> bool:
    """"thousands of protesters took to the streets, clashing with police", "demonstrators clashed with riot
    police": a crowd's clash with the police is the protest's scene (PROTEST, a riot), not an attack by the
    protesters, unless the sentence tells of people killed, wounded or burnt."""
    if tok.pos_ not in ("VERB", "NOUN") or _lemma(tok) not in CLASH:
        return False
    node, doers = tok, []
    for _ in range(3):
        doers = [c for c in node.children if c.dep_ in ("nsubj", "poss")]
        doers += [p for c in node.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children]
        doers += _pobjs(node, ("by",)) if node.pos_ == "NOUN" else []
        if doers or node.dep_ not in ("conj", "advcl", "xcomp", "acl") or node.head.i == node.i:
            break
        node = node.head
    if not any(_crowd(d) or any(_crowd(c) for c in d.conjuncts) for d in doers):
        return False
    return not any(_lemma(t) in CLASH_HARM or t.lower_ in CLASH_HARM for t in sentence_of(tok))


FORCE_WORDS = frozenset({"force", "action", "strike", "option", "attack", "invasion", "intervention", "war",
                         "retaliation", "response"})
REFUSING = frozenset({"refuse", "decline"})


def force_not_ruled_out(tok) -> bool:
    """"refused to rule out using military force to seize the canal", "won't rule out military action": keeping
    force on the table is a threat (CAMEO 13, PLOVER THREATEN), asserted, not a refusal or a negated act. ``tok``
    is "rule" (with "out") or the refusing verb whose clause it is."""
    rule = tok
    if _lemma(tok) in REFUSING:
        rule = next((c for c in tok.children if c.dep_ == "xcomp" and _lemma(c) == "rule"), None)
        if rule is None:
            return False
    elif _lemma(tok) != "rule":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in rule.children):
        return False
    negated = rule is not tok or any(c.dep_ == "neg" for c in rule.children) or \
        (rule.dep_ == "xcomp" and _lemma(rule.head) in REFUSING)
    if not negated:
        return False
    what = [t for c in rule.children if c.dep_ in ("dobj", "xcomp") for t in c.subtree]
    return any(_lemma(t) in FORCE_WORDS for t in what)


def argument_type(tok, etype: str) -> str | None:
    """The PLOVER type the trigger ``tok`` takes given who does what to whom, where it differs from ``etype``
    (the model's type); else None."""
    lemma = _lemma(tok)
    if etype == "ASSAULT" and tok.pos_ == "VERB" and lemma in ("attack", "slam", "blast", "hit") and _blamed_for(tok):
        return "ACCUSE"  # "the government attacked Turkey for what it called 'flagrant aggression'": words, no force
    if etype == "COOPERATE" and tok.pos_ == "VERB" and lemma in SUPPLYING and \
            any(_lemma(o) in ARMS or any(c.lower_ in ARMS_COMPOUNDS for c in o.children if c.dep_ == "compound")
                for o in _objects(tok)):
        return "AID"  # "Britain has supplied cruise missiles to Ukraine": military aid (PLOVER AID), no joint work
    if etype == "CONSULT" and tok.pos_ == "VERB" and lemma in TRAVEL | {"dock", "sail", "enter"} and _aid_craft(tok):
        return "AID"  # "an Australian aid flight landed in Tonga": relief delivered, no visit paid
    if etype == "SUPPORT" and lemma in HOSTING and tok.pos_ == "VERB":
        if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
                p.dep_ == "pobj" and _lemma(p) in BODIES for p in c.children) for c in tok.children):
            return None  # "welcome Finland to the alliance": an admission endorsed, no visit hosted
        objs = _objects(tok)
        if objs and all(_a_party(o) for o in objs):
            return "CONSULT"  # "welcomed Albanese", "welcomed the ministers to the White House"
        welcomed = [c for c in tok.children if c.dep_ == "nsubjpass"]
        opener = tok.head.lower_.strip("\"'“‘ ") in SUBORDINATORS  # '"While' misread as a noun
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and not opener:
            welcomed.append(tok.head)  # "a decision welcomed by Israel"
        elif tok.dep_ == "advcl" or opener or any(c.dep_ == "mark" for c in tok.children):
            # "While welcomed by Israel, Trump's decision has angered ...": a reduced clause's understood subject
            # is the main clause's, the first subject after the clause
            welcomed += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i][:1] or \
                [t for t in sentence_of(tok) if t.i > tok.right_edge.i and t.dep_ in ("nsubj", "nsubjpass")][:1]
        if welcomed and not any(_a_party(w) and _lemma(w) not in ACTS_WELCOMED for w in welcomed):
            return None  # a decision, a move or a statement welcomed: an endorsement (SUPPORT)
        if not objs and tok.tag_ == "VBN" and any(
                c.dep_ == "agent" and any(p.dep_ == "pobj" and _a_party(p) for p in c.children)
                for c in tok.children):
            return "CONSULT"  # "arrived in Berlin and was welcomed by the chancellor"
        return None
    if etype != "AGREE" and lemma == "invite" and tok.pos_ == "VERB" and \
            any(c.dep_ == "dobj" and _a_party(c) for c in tok.children):
        return "AGREE"  # "invited Trump to visit Ukraine": an invitation to visit (PLOVER codebook: AGREE)
    if etype == "REJECT" and force_not_ruled_out(tok):
        return "THREATEN"  # "refused to rule out using military force": force kept on the table
    if etype != "CONCEDE" and lemma == "free" and tok.pos_ == "VERB" and _frees_people(tok):
        return "CONCEDE"  # "Iran freed four Americans": a release (GUIDELINES: CONCEDE), not aid
    if etype != "CONCEDE" and tok.pos_ == "VERB" and lemma == "grant" and \
            any(_lemma(o) == "bail" for o in (*_objects(tok), *(c for c in tok.children
                                                                   if c.dep_ in ("dative", "ccomp", "oprd")))):
        return "CONCEDE"  # "a judge granted Meng bail": a release (GUIDELINES: CONCEDE), no aid given
    if etype != "CONCEDE" and tok.pos_ == "VERB" and lemma in ("ask", "seek", "beg", "request") and \
            any(_lemma(o) == "forgiveness" for o in _objects(tok)):
        return "CONCEDE"  # "Germany will ask forgiveness from Namibia": an apology, nothing requested of Namibia
    if etype == "CONCEDE" and tok.pos_ == "VERB" and lemma == "acknowledge" and _objects(tok) and \
            all(_a_party(o) or _lemma(o) in ACKNOWLEDGED_PEOPLE for o in _objects(tok)):
        return "SUPPORT"  # "acknowledged the four major communities" in a speech: recognition, nothing conceded
    if etype != "ACCUSE" and _branded(tok):
        return "ACCUSE"  # "formally named China a currency manipulator": a charge, not an appointment
    if etype != "REJECT" and tok.pos_ == "VERB" and _lemma(tok) == "plead" and _pleads_innocent(tok):
        return "REJECT"  # "pleaded not guilty to six charges": the charges denied (PLOVER: REJECT), nothing conceded
    if etype != "REQUEST" and tok.pos_ == "VERB" and _lemma(tok) in ("plead", "appeal", "beg", "reach") and \
            (any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) or
             any(_lemma(p) in HELP_WORDS for p in _pobjs(tok, ("for",)))):
        return "REQUEST"  # "pleaded with US officials to help", "reached out to Congress for help"
    if etype == "ASSAULT" and _verbal_attack(tok):
        return "ACCUSE"  # "attacked the bench, accusing them of ...", "attacked her plan in an interview": words
    approved = _approved_act(tok) if etype == "AGREE" else None
    if approved is not None:
        return approved  # "approved suspending the military agreement": the suspension, decided
    ordered = _ordered_act(tok) if etype in ("REQUEST", "COERCE", "SANCTION") else None
    if ordered is not None and ordered != etype:
        return ordered  # "ordered the expulsion of 35 diplomats": the expulsion, by the orderer
    if etype == "CONSULT" and _diplomat_leaves_post(tok):
        return "RETREAT"  # "Ambassador Sullivan left Moscow": a diplomat withdrawn from his post
    if etype == "ASSAULT" and _protesters_storm(tok):
        return "PROTEST"  # "protesters stormed the residence": a riot
    if etype == "ASSAULT" and _crowd_clashes(tok):
        return "PROTEST"  # "protesters clashed with police": a riot's scene
    if etype == "PROTEST" and _official_protest(tok):
        return "ACCUSE"  # "China's foreign ministry protested the move": a state's objection, no demonstration
    if etype == "PROTEST" and _suppressed_protest(tok):
        return "COERCE"
    if etype == "COERCE" and (lemma in EXPEL or tok.lower_.startswith(("deport", "expel", "expul"))):
        return "SANCTION"
    if etype in ("COERCE", "REJECT") and _trade_or_visa_barred(tok):
        return "SANCTION"  # "banned exports of coal", "will revoke Petro's visa": an embargo, a penalty (not an arrest)
    if etype in ("REQUEST", "REJECT", "COERCE", "RETREAT") and _demand_dropped(tok):
        return "CONCEDE"  # "the US dropped its demands for an oil embargo", "lifted its hold": a concession
    if etype == "CONSULT" and tok.pos_ == "VERB" and lemma in CARRY and \
            any(c.dep_ == "auxpass" for c in tok.children) and _in_custody(tok):
        return "COERCE"  # carried in custody: a transfer by the holders, not a visit by the held
    if etype == "COERCE" and _blocks_armed(tok):
        return "ASSAULT"
    if etype != "ASSAULT" and lemma == "set" and tok.pos_ == "VERB" and \
            any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) and \
            any(_lemma(o) in BLAST_THINGS for o in _objects(tok)):
        return "ASSAULT"  # "a militant set off an explosive device": a bombing, no departure
    if etype in ("COERCE", "SANCTION") and lemma == "set" and \
            any(_lemma(o) in ("fire", "ablaze") for o in _objects(tok)):
        return "ASSAULT"  # "set fire to the consulate": arson, no restriction set
    if etype in ("REQUEST", "COERCE", "THREATEN") and _expelled(tok):
        return "SANCTION"  # "asked four diplomats to leave": an expulsion
    if etype == "COERCE" and _closes_post(tok):
        return "SANCTION"  # "ordered the closure of the consulate": relations reduced
    if etype == "ASSAULT" and _seizes_facility(tok):
        return "COERCE"  # "seized control of the television station": a seizure
    if etype == "ASSAULT" and _coerced_rule(tok):
        return "COERCE"  # "the army seized power", "police stormed the embassy to arrest him": no violence told
    if etype == "COERCE" and _fires_live(tok):
        return "ASSAULT"  # "fired live ammunition at protesters": shooting
    if etype == "COERCE" and _captures_ground(tok):
        return "ASSAULT"  # "captured the group's stronghold Raqqa": ground taken in fighting (CAMEO 192)
    if etype in ("SANCTION", "COERCE") and _off_a_list(tok):
        return "CONCEDE"  # "suspend the FARC from its list of terrorist organizations": eased
    if etype == "ASSAULT" and _lemma(tok) == "execute" and any(_lemma(o) in WARRANTS for o in _objects(tok)):
        return "COERCE"  # "police executed a search warrant": a raid or an arrest, nobody put to death
    if etype == "ASSAULT" and _weapons_test(tok):
        return "MOBILIZE"  # "test-fired a new missile": a show of force (PLOVER codebook), not an attack
    return None


# what police or courts execute that is no person: "executed a warrant" (a raid or an arrest)
WARRANTS = frozenset({"warrant", "warrants", "order", "orders", "search", "raid", "writ", "mandate", "subpoena"})
# what is executed that is neither a person nor a warrant: "executed the plan", "executed a trade"
EXECUTED_PAPERS = frozenset({"plan", "contract", "deal", "agreement", "strategy", "transaction", "trade", "program",
                             "programme", "policy", "will", "manoeuvre", "maneuver", "operation", "task", "command",
                             "instruction", "decision", "budget", "project", "move", "turn", "pass", "play"})


def executed_paper(tok, etype: str) -> bool:
    """"executed the plan", "executed a trade": carried out, nobody put to death (the object is a thing done)."""
    return etype == "ASSAULT" and _lemma(tok) == "execute" and tok.pos_ == "VERB" and \
        any(_lemma(o) in EXECUTED_PAPERS for o in _objects(tok))


# what a plan or a hope is: killing, shooting down, torpedoing or sinking one is a figure of speech
ABSTRACT_TARGETS = frozenset({"hope", "chance", "prospect", "deal", "plan", "bill", "proposal", "idea", "effort",
                              "bid", "dream", "momentum", "optimism", "motion", "initiative", "reform", "legislation",
                              "measure", "amendment", "agreement", "negotiation", "talk", "process", "possibility",
                              "notion", "argument", "claim", "theory", "rumour", "rumor", "speculation", "report"})


def figurative_harm(tok, etype: str) -> bool:
    """"killed off any hope of a trade deal", "shot down the chances of a deal", "torpedoed the bill": harm done to
    a plan, a hope or an argument is no attack on anyone (PLOVER ASSAULT is violence against someone); "social
    media exploded", "anger erupted": an outburst of talk or feeling, not a blast."""
    if etype == "ASSAULT" and tok.pos_ == "VERB" and _lemma(tok) in OUTBURST_VERBS and not _objects(tok) and any(
            c.dep_ == "nsubj" and (_lemma(c) in OUTBURST_SUBJECTS or c.lower_ in OUTBURST_SUBJECTS)
            for c in tok.children):
        return True
    return etype == "ASSAULT" and tok.pos_ == "VERB" and bool(_objects(tok)) and \
        all(_lemma(o) in ABSTRACT_TARGETS and o.pos_ == "NOUN" for o in _objects(tok))


OUTBURST_VERBS = frozenset({"explode", "erupt", "blow", "burst", "detonate"})
OUTBURST_SUBJECTS = frozenset({"media", "internet", "twitter", "anger", "outrage", "fury", "debate", "controversy",
                               "row", "scandal", "criticism", "reaction", "reactions", "comment", "comments",
                               "feed", "feeds", "timeline", "timelines", "network", "networks", "story", "market",
                               "markets", "prices", "price", "sales", "demand", "population", "emotions", "tension"})


TESTED = frozenset({"fire", "launch", "fly", "detonate", "explode"})
TEST_WORDS = frozenset({"test", "tests", "test-fire", "test-fired", "test-launch", "test-launched", "testing"})


def _weapons_test(tok) -> bool:
    """"test-fired a missile", "a test launch of a rocket", "launched a missile in a test": a weapon fired or
    launched as a test, named so next to the trigger (the tagger splits "test-fired" into "test", "-", "fired")."""
    low, lemma = tok.lower_, _lemma(tok)
    if low in TEST_WORDS or low.startswith("test-"):
        return True
    if lemma not in TESTED and low not in ("fired", "launched"):
        return False
    doc = tok.doc
    before = [doc[i].lower_ for i in range(max(0, tok.i - 2), tok.i)]
    if before[-2:] == ["test", "-"] or before[-1:] == ["test"]:
        return True
    return any(c.lower_ in TEST_WORDS or _lemma(c) == "test" for c in tok.children if c.dep_ in ("compound", "amod")) \
        or any(p.lower_ in ("test", "tests") for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "as")
               for p in c.children if p.dep_ == "pobj")


# what a side is blamed for in words: "attacked X for its remarks", "slammed X over its stance"
BLAMED_FOR = frozenset({"remark", "comment", "statement", "decision", "policy", "stance", "position", "support",
                        "role", "failure", "handling", "response", "word", "claim", "silence", "refusal", "move",
                        "inaction", "rhetoric", "criticism", "approach", "plan"})


def _blamed_for(tok) -> bool:
    """The verb names a reason it was done for in words ("for what it called aggression", "over its remarks"):
    an attack in words, not by force."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "over"):
            continue
        words = list(prep.subtree)
        if any(_lemma(t) in ("call", "describe", "term", "dub", "brand") for t in words):
            return True  # "for what it called ..."
        if any(p.dep_ == "pobj" and _lemma(p) in BLAMED_FOR for p in prep.children):
            return True
    return False


# giving things, and the arms that make what is given military aid
SUPPLYING = frozenset({"supply", "provide", "deliver", "send", "give", "donate", "ship", "transfer", "hand"})
ARMS = frozenset({"missile", "weapon", "arm", "tank", "rocket", "munition", "ammunition", "artillery", "jet",
                  "drone", "shell", "launcher", "howitzer", "fighter", "helicopter", "rifle"})
# the words before a noun that make it a weapon ("air defence missile systems", "weapons systems")
ARMS_COMPOUNDS = frozenset({"missile", "weapon", "weapons", "arms", "rocket", "artillery", "defence", "defense"})


# a craft or a convoy, and the words that make what it carries relief
CRAFT = frozenset({"flight", "plane", "aircraft", "airplane", "jet", "ship", "vessel", "boat", "helicopter",
                   "convoy", "truck", "lorry", "airlift"})
RELIEF_WORDS = frozenset({"aid", "relief", "humanitarian", "supply", "supplies", "food", "medicine", "water", "rescue"})


def _aid_craft(tok) -> bool:
    """The traveller is a craft bringing relief: "an aid flight landed", "a ship carrying relief supplies
    arrived", "the plane arrived with humanitarian supplies"."""
    movers = [c for c in tok.children if c.dep_ == "nsubj"]
    if not movers or not all(_lemma(m) in CRAFT for m in movers):
        return False
    words = {_lemma(t) for m in movers for t in m.subtree}
    words |= {_lemma(t) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
    return bool(words & RELIEF_WORDS)


# people who travel in numbers on their own account: their journey is no visit between parties
TRAVELLING_PEOPLE = frozenset({"migrant", "refugee", "asylum", "seeker", "people", "civilian", "resident", "tourist",
                               "pilgrim", "worker", "family", "fan", "crowd", "passenger", "villager", "student",
                               "traveller", "traveler", "evacuee", "displaced", "immigrant", "emigrant"})
# gathering verbs, and the words that make a gathering a protest
GATHER = frozenset({"gather", "assemble", "congregate", "converge", "mass", "throng", "flock", "crowd", "amass"})
PROTEST_CUES = frozenset({"protest", "protester", "protestor", "rally", "demonstrate", "demonstration",
                          "demonstrator", "chant", "slogan", "placard", "banner", "riot", "march", "marcher",
                          "denounce", "condemn", "oppose", "demand", "against", "anti", "boycott", "sit-in", "strike",
                          "outrage", "anger", "angry", "furious", "dissent", "opposition", "petition"})


def _subject_heads(tok) -> list:
    """The subjects of ``tok``, and the people a counted subject stands for ("hundreds of migrants")."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    return out + [p for s in out for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]


# papers signed to say something, not to bind the signers: the paper's content is the act ("a statement signed by
# France and its allies said ..."), the signature none
SAYING_PAPERS = frozenset({"statement", "letter", "communique", "communiqué", "op-ed", "article", "editorial",
                           "appeal", "message", "note",
                           # one side's own acts of state: "Putin signed a decree annexing ...", "Trump signed an
                           # executive order": no one else agrees to them (what they do is their own event)
                           "decree", "order", "law", "bill", "legislation", "ordinance", "edict"})


def signed_statement(tok, etype: str) -> bool:
    """"A statement signed by France and its allies said that ...": signing what says something is no agreement,
    nor is signing one's own act of state ("signed a decree", "signed the bill into law")."""
    if etype != "AGREE" or _lemma(tok) not in ("sign", "co-sign", "cosign", "undersign"):
        return False
    papers = list(_objects(tok)) + ([tok.head] if tok.dep_ in ("acl", "relcl") else [])
    return bool(papers) and all(_lemma(p) in SAYING_PAPERS for p in papers)


# verbs of seeing: a meeting only when whom is seen is someone
SEEING = frozenset({"see", "watch", "witness", "spot", "observe"})


def sight_of_things(tok, etype: str) -> bool:
    """"A reporter saw the 20 trucks heading north": seeing things, or people go by, is no meeting; "saw Putin"
    (a name, a person's pronoun or a word for people in office) may be one."""
    if etype != "CONSULT" or tok.pos_ != "VERB" or _lemma(tok) not in SEEING:
        return False
    seen = list(_objects(tok))
    return bool(seen) and not any(o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
                                  (o.pos_ == "PRON" and o.lower_ in ("him", "her", "them")) or
                                  _lemma(o) in SEEN_PEOPLE for o in seen)


def things_flown(tok, etype: str) -> bool:
    """"North Korea has flown large numbers of balloons into South Korea", "flew drones over the capital": a trip
    verb with things for its object carries them; no party visits another (a person flown somewhere is the
    custody rule's, a named party or a word for people the verb's own visit)."""
    if etype != "CONSULT" or tok.pos_ != "VERB" or _lemma(tok) not in ("fly", "sail", "drive"):
        return False
    carried = list(_objects(tok))
    for o in list(carried):  # "large numbers of balloons": what the quantity counts
        if _lemma(o) in ("number", "dozen", "hundred", "thousand", "fleet", "swarm", "wave"):
            carried += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                        if p.dep_ == "pobj"]
    return bool(carried) and not any(o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.pos_ == "PRON" or
                                     _lemma(o) in SEEN_PEOPLE | TRAVELLING_PEOPLE for o in carried)


# people whom seeing can be a meeting with
SEEN_PEOPLE = frozenset({"president", "minister", "leader", "king", "queen", "pope", "envoy", "ambassador",
                         "delegation", "counterpart", "chancellor", "premier", "official", "officials", "prince",
                         "secretary", "governor", "mayor", "senator", "general"})


def crowd_travel(tok, etype: str) -> bool:
    """"Hundreds of migrants headed to the border": people moving on their own account pay no visit to the
    country they make for; CONSULT is between parties."""
    if etype != "CONSULT" or tok.pos_ != "VERB" or _lemma(tok) not in TRAVEL | {"cross", "walk", "flee", "go",
                                                                                "come", "make", "sail"}:
        return False
    # ("the 20 trucks heading north", "a convoy crossed into Gaza": goods on the move visit no one either)
    movers = _subject_heads(tok) + ([tok.head] if tok.dep_ in ("acl", "relcl") else [])
    return any(_lemma(s) in TRAVELLING_PEOPLE | GOODS_MOVING for s in movers)


# blocking a street or an entrance: a security arrangement, aimed at no one (a border, a port or a crossing closed
# is another matter: kept)
CORDONING = frozenset({"block", "close", "cordon", "seal", "barricade", "shut"})
CORDONED_SPOTS = frozenset({"road", "street", "entrance", "end", "area", "access", "gate", "square", "highway",
                            "route", "block", "avenue", "lane", "exit", "door", "doors", "traffic", "intersection"})


def street_cordon(tok, etype: str) -> bool:
    """"Deputies blocked one end of the block with a bus", "police had blocked off the entrance": the objects are
    streets and doors, no party is acted upon."""
    if etype != "COERCE" or tok.pos_ != "VERB" or _lemma(tok) not in CORDONING:
        return False
    spots = list(_objects(tok))
    return bool(spots) and all(_lemma(o) in CORDONED_SPOTS and o.ent_type_ == "" for o in spots)


# what carries goods: its movement is no trip of a party (a leader's plane is: not here)
GOODS_MOVING = frozenset({"truck", "lorry", "convoy", "vehicle", "shipment", "cargo", "consignment", "tanker",
                          "freighter", "container"})


def gathering_without_protest(tok, etype: str) -> bool:
    """"3,000 people had gathered on the Turkish side of the border": a gathering is a protest only when its
    sentence says what against or for (a rally, chants, a demand); a crowd alone is no PLOVER event."""
    if etype != "PROTEST" or _lemma(tok) not in GATHER:
        return False
    words = {_lemma(t) for t in tok.sent} | {t.lower_ for t in tok.sent}
    return not words & PROTEST_CUES and not any(t.lower_.startswith(("anti-", "pro-")) for t in tok.sent)


# care of the sick or wounded: "was rushed to hospital", "received surgery", "treated for wounds"
MEDICAL = frozenset({"hospital", "clinic", "infirmary", "treatment", "surgery", "surgeries", "operation",
                     "stitch", "stitches", "checkup", "check-up", "examination", "care", "ward", "icu"})
CARE_VERBS = frozenset({"rush", "take", "treat", "admit", "receive", "transfer", "move", "airlift", "fly", "carry",
                        "bring", "evacuate", "hospitalize", "hospitalise", "undergo", "send", "give"})
# what is given when care is aid: "sent medical supplies to hospitals in Gaza"
AID_GOODS = frozenset({"aid", "supply", "supplies", "medicine", "medicines", "equipment", "food", "vaccine",
                       "vaccines", "kit", "kits", "convoy", "assistance", "fund", "funds", "money", "relief", "team",
                       "teams", "doctor", "doctors", "ambulance", "ambulances", "shipment", "fuel", "tent", "tents"})


def medical_care(tok, etype: str) -> bool:
    """"The wounded diplomat was rushed to hospital for treatment", "received surgery on his face": care given to a
    patient is no PLOVER aid between parties (GUIDELINES: AID is humanitarian, military or economic help); aid
    goods sent to hospitals stay ("sent medical supplies to hospitals in Gaza")."""
    if etype != "AID" or tok.pos_ != "VERB" or _lemma(tok) not in CARE_VERBS:
        return False
    near = list(tok.children) + [p for c in tok.children if c.dep_ in ("prep", "dative", "advcl")
                                 for p in c.children if p.dep_ in ("pobj", "dobj")]
    if not any(_lemma(t) in MEDICAL or t.lower_ in MEDICAL for t in near):
        return False
    return not any(_lemma(o) in AID_GOODS or o.lower_ in AID_GOODS for o in _objects(tok))


def custody_travel(tok, etype: str) -> bool:
    """A trip verb whose traveller is held ("the detained former president left Manila on a plane"): no
    visit, and the held person is no doer; the transfer's doers are seldom named, so the row is doubtful."""
    return etype == "CONSULT" and tok.pos_ == "VERB" and _lemma(tok) in TRAVEL | CARRY and _in_custody(tok)


# what one meets that is no one: "meeting pockets of resistance", "met the deadline", "met fierce criticism"
MET_THINGS = frozenset({"resistance", "opposition", "fire", "criticism", "demand", "target", "goal", "deadline",
                        "need", "standard", "requirement", "expectation", "condition", "threshold", "criterion",
                        "challenge", "obligation", "commitment", "end", "fate", "death", "pocket", "protest",
                        "response", "reception", "approval", "disapproval", "scepticism", "skepticism", "resistence"})
# what a state of affairs threatens (not a party's threat): "NATO's expansion threatens its security"
THREATENED_GOODS = frozenset({"security", "stability", "peace", "existence", "sovereignty", "interest", "future",
                              "safety", "survival", "integrity", "independence", "economy", "unity", "order",
                              "livelihood", "health", "environment"})
# what words are: "X's comparison ... is an antisemitic attack" is an accusation's object, not violence
WORDS_AS_ATTACKS = UTTERANCES | frozenset({"comparison", "remark", "comment", "word", "claim", "insult", "cartoon",
                                           "accusation", "allegation", "description", "characterisation",
                                           "characterization", "analogy", "joke", "slur"})


# what is shot when filming
FILMED = frozenset({"video", "videos", "film", "footage", "photo", "photos", "photograph", "picture", "pictures",
                    "scene", "scenes", "movie", "documentary", "clip", "selfie", "image", "images", "interview"})
INVESTIGATING = frozenset({"investigate", "probe", "investigation", "inquiry", "enquiry", "examine", "review"})
# what goes wrong with no one named for it: an inquiry into it accuses nobody (an inquiry into a killing may)
MISHAPS = frozenset({"failure", "incident", "cause", "causes", "circumstance", "circumstances", "crash", "blast",
                     "explosion", "fire", "accident", "leak", "malfunction", "collapse", "outage", "breach",
                     "derailment", "sinking", "glitch", "error", "lapse", "mishap", "matter", "case"})


def _inquiry_into_a_mishap(tok) -> bool:
    """"was investigating the failure to intercept", "opened an inquiry into the cause of the blast": what is looked
    into is a mishap or a matter, and no one is named for it in the phrase."""
    looked = [o for o in tok.children if o.dep_ == "dobj"] + _pobjs(tok, ("into", "of", "on"))
    if not looked or not all(_lemma(o) in MISHAPS for o in looked):
        return False
    return not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.dep_ == "poss"
                   for o in looked for t in o.subtree)


def no_act_of_that_kind(tok, etype: str) -> bool:
    """Words of an event's kind used for no such act:
    - shots fired into the air ("officers have fired live rounds in the air"): a warning, no one attacked;
    - meeting what is no one ("were still meeting pockets of resistance", "met the deadline"): no consultation;
    - a state of affairs that threatens a good ("NATO's expansion threatens its security"): a claim about a
      situation, no party's threat (the subject is a thing, the object a good, not a side);
    - words called an attack ("Lula's comparison ... is a grave antisemitic attack"): a judgement of words, not
      violence (the judging is its own ACCUSE, where the model finds it)."""
    lemma = _lemma(tok)
    if etype == "ASSAULT" and tok.pos_ == "VERB" and lemma in ("fire", "shoot") and \
            any(_lemma(p) in ("air", "sky") for p in _pobjs(tok, ("in", "into", "toward", "towards"))):
        return True
    if etype == "CONSULT" and tok.pos_ == "VERB" and lemma == "meet":
        objs = [o for o in tok.children if o.dep_ == "dobj"]
        if objs and all(_lemma(o) in MET_THINGS for o in objs):
            return True
    if etype == "THREATEN" and tok.pos_ == "VERB" and lemma == "threaten":
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        objs = [o for o in tok.children if o.dep_ == "dobj"]
        if subj and objs and all(s.pos_ == "NOUN" and s.ent_type_ == "" and not _a_party(s) and
                                 _lemma(s) not in GUESTS for s in subj) and \
                all(_lemma(o) in THREATENED_GOODS for o in objs):
            return True
    if etype == "ASSAULT" and tok.pos_ == "VERB" and lemma in ("shoot", "film") and \
            any(_lemma(o) in FILMED for o in _objects(tok)):
        return True  # "Guaido, who shot the video at an airbase": filming
    if etype == "ACCUSE" and lemma in INVESTIGATING and _inquiry_into_a_mishap(tok):
        return True  # "said it was investigating the failure to intercept it": no one accused
    if etype == "ASSAULT" and tok.pos_ == "NOUN" and lemma == "attack" and tok.dep_ == "attr" and \
            _lemma(tok.head) == "be":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        # (the parser may make a second subject of a noun inside the first: "the comparison between X and the
        # actions of Y is ...")
        if subj and _lemma(min(subj, key=lambda s: s.i)) in WORDS_AS_ATTACKS:
            return True
    return False
