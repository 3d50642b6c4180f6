"""Person-name matching across romanisations.

A person name becomes a :class:`NameKey`: the surname and the given names,
each folded to a *phonetic key* (case, hyphens and spacing removed, then
syllable variants such as yoon/yun, jung/jong, choi/choe, shoygu/shoigu,
raeisi/raisi folded by the rewrite rules in ``data/romanisation.yaml``).

Two names are the same person when their surnames fold to the same key and
their given names fold to the same key, or differ by one edit on a long
enough given name (rapidfuzz's optimal string alignment: an edit or two letters swapped). The comparison is deliberately
*per part*: a surname shared is never enough, so "Kim Jong Un", "Kim Jong Il",
"Kim Yo Jong" and "Kim Yong Nam" stay four people however close the whole
strings look to a whole-string fuzzy ratio.

Hand-written because no library folds Korean/Persian/Russian romanisation
variants into one key; the rules are data so users can extend them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import OSA

from dossier import yamldata

# Titles and honorifics stripped before matching ("Mr Kim", "President Putin").
_DEFAULT_TITLES = ("mr", "mrs", "ms", "miss", "dr", "sir", "madam", "gen", "general", "president", "premier",
                   "minister", "leader", "chairman", "comrade", "marshal", "ayatollah", "sheikh", "prince",
                   "king", "queen", "prime", "foreign", "defence", "defense", "secretary", "spokesperson",
                   "spokesman", "spokeswoman", "ambassador", "senator", "rep", "vice", "deputy", "lt", "col",
                   "admiral", "adm", "supreme", "state", "chief", "brig", "brigadier", "maj", "capt", "rear",
                   "lieutenant", "sgt", "cpl", "pvt", "cmdr", "cdr", "sen", "gov", "amb", "taoiseach", "pm",
                   "barrister", "advocate", "justice")
_SYLLABIC_SHAPE = re.compile(r"^[A-Z][a-z]{1,5}\s+[A-Z][a-z]+-[a-z]+$")
# generational suffixes are not the surname ("Robert Downey Jr." is a Downey)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class NameKey:
    surname: str  # folded
    given: str  # folded, given-name tokens joined without separators
    tokens: tuple[str, ...]  # folded tokens in written order
    syllabic: bool = False  # surname-first (Korean, Chinese): given names are syllables, no fuzzy edits
    generation: str = ""  # "jr", "sr", "ii": "Donald Trump Jr." is the son of "Donald Trump", not a spelling of him

    @property
    def full(self) -> str:
        return " ".join(self.tokens)


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[re.Pattern[str], str]], frozenset[str], frozenset[str]]:
    data = yamldata.safe_load(resources.files("dossier.resolve").joinpath("data/romanisation.yaml").read_text("utf-8"))
    rules = [(re.compile(r["from"]), r["to"]) for r in data.get("rewrite", [])]
    titles = frozenset(data.get("titles", [])) | frozenset(_DEFAULT_TITLES)
    surname_first = frozenset(data.get("surname_first", []))
    return rules, titles, surname_first


# Latin letters that Unicode does not decompose into a base letter and a mark
_LATIN_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l",
                                "þ": "th", "ð": "d"})


def _ascii_letters(token: str) -> str:
    """Diacritics off Latin letters ("Özgür" -> "ozgur", "İmamoğlu" -> "imamoglu"): the press writes a name
    with its marks or without them, and a key that dropped the marked letters ("zgr") split one person in two."""
    t = unicodedata.normalize("NFKD", token.lower().translate(_LATIN_LETTERS))
    return "".join(c for c in t if not unicodedata.combining(c))


# the same few thousand name tokens and names come back in every article: the resolver keys each mention, each
# known actor and each candidate merge (an 800-article bench asked 23 000 name keys of 40 000 tokens)
@lru_cache(maxsize=65_536)
def fold_token(token: str) -> str:
    """One name token to its phonetic key (``"Yoon"`` and ``"Yun"`` -> ``"yun"``)."""
    t = re.sub(r"[^a-z]", "", _ascii_letters(token))
    rules, _, _ = _rules()
    for pat, rep in rules:
        t = pat.sub(rep, t)
    return t


def tokens(name: str) -> list[str]:
    name = name.replace("’", "'")
    name = re.sub(r"'s$", "", name.strip())
    return [t for t in re.split(r"[\s\-‐‑–.,]+", name) if t]


def _title_token(token: str, titles: frozenset[str]) -> bool:
    """A title, or a title in the plural that "Prime Ministers Tsipras and Zaev" shares out over two names
    (the parse cuts "Ministers Tsipras"): a capitalised plural only, never a lower-case word."""
    t = token.lower().rstrip(".")
    return t in titles or (token[:1].isupper() and len(t) > 4 and t.endswith("s") and t[:-1] in titles)


def strip_titles(name: str) -> str:
    """Leading titles off a name, the rest as written ("Mr Han Dong-hoon" -> "Han Dong-hoon": hyphens,
    initials and apostrophes are part of how a name is spelt, so the display name keeps them)."""
    _, titles, _ = _rules()
    name = re.sub(r"['’]s$", "", name.strip())
    words = name.split()
    while len(words) > 1 and tokens(words[0]) and all(_title_token(t, titles) for t in tokens(words[0])):
        words.pop(0)
    return " ".join(words).strip(" ,-–")


@lru_cache(maxsize=65_536)
def name_key(name: str) -> NameKey | None:
    """The key of a person name, or None when nothing name-like is left."""
    toks = tokens(strip_titles(name))
    generation = ""
    while len(toks) > 2 and toks[-1].lower() in _SUFFIXES:
        generation = toks.pop().lower()
    if not toks:
        return None
    folded = [fold_token(t) for t in toks]
    folded = [f for f in folded if f]
    if not folded:
        return None
    _, _, surname_first = _rules()
    if len(folded) == 1:
        return NameKey(folded[0], "", tuple(folded))
    # East Asian names are written surname first; Western names surname last. Besides the listed
    # surnames, the shape says so: a hyphenated given name with a lower-case second syllable after one
    # word ("Lai Ching-te", "Lee Jae-myung"), which Western names do not have ("Haji-Rahimi", "Jean-Luc")
    if folded[0] in surname_first or _SYLLABIC_SHAPE.match(strip_titles(name)):
        return NameKey(folded[0], "".join(folded[1:]), tuple(folded), True, generation)
    return NameKey(folded[-1], "".join(folded[:-1]), tuple(folded), generation=generation)


def same_person(a: NameKey, b: NameKey) -> bool:
    """Full names that denote the same person under romanisation variation."""
    if a.surname != b.surname and not _close(a.surname, b.surname):
        return False
    if not a.given or not b.given:
        return False  # a bare surname is coreference, decided in context, never a merge
    if a.generation != b.generation:
        return False  # father and son, or a name written once with and once without its "Jr."
    if a.given == b.given:
        return a.surname == b.surname or len(a.surname) >= 5
    if a.surname != b.surname:
        return False  # one variation per name at most
    if a.syllabic or b.syllabic:
        # "Kim Jong Chol" and "Kim Yong Chol" are one letter apart and two people
        return False
    ga, gb = _without_particles(a.tokens[:-1]), _without_particles(b.tokens[:-1])
    short, long_ = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    if short and long_ and short[0] != long_[0] and _PATRONYMIC & set(a.tokens[:-1] + b.tokens[:-1]):
        # "bin X" names the father: "Salman Al Saud" is not "Mohammed bin Salman Al Saud", whose own name is the
        # first; a patronymic dropped ("Adel bin Ahmed Al-Jubeir" / "Adel al-Jubeir") keeps it
        return False
    if short and all(len(t) >= 3 for t in short) and set(short) <= set(long_):
        return True  # a dropped middle name: "Mohammad Javad Zarif" / "Javad Zarif"
    if short and all(len(t) >= 4 for t in short) and _within_one_edit(short, long_):
        return True  # a dropped name and a respelt one: "Muse Bihi Abdi" / "Bihe Abdi"
    return _close(a.given, b.given)


# the end of a Korean/Chinese syllable that romanisations (and machine translations) write differently
# or drop: "Suk"/"Sung"/"Seok" for one syllable's final, "yeol"/"nyeol"/"ryeol" for its onset after another
_CODA = re.compile(r"(?:ng|n|m|k|g|l|p|b|t|r)$")
_LIAISON = re.compile(r"^(?:n|r|l)(?=[iy])")


def _syllable_variant(x: str, y: str) -> bool:
    """Two folded syllables one romanisation apart: the same onset and vowel, the final consonant spelt or
    heard differently ("suk"/"sung"), or an onset carried over from the syllable before ("yol"/"nyol").
    The vowel and the onset otherwise must agree: "un"/"il", "jong"/"yong" are other syllables."""
    if x == y:
        return True
    # the fold writes a y after a consonant as i ("nyeol" -> "niol"): undo it where the onset is dropped
    bx, by = (re.sub(r"^i(?=[aeiou])", "y", _LIAISON.sub("", t)) for t in (x, y))
    if bx == by and len(bx) >= 2 and (bx != x or by != y):
        return True
    cx, cy = _CODA.sub("", x), _CODA.sub("", y)
    return cx == cy and len(cx) >= 2 and (cx != x or cy != y)


def romanised_variant(a: NameKey, b: NameKey) -> bool:
    """Surname-first names whose given names are the same syllables under another romanisation ("Yoon
    Sung-nyeol" / "Yoon Suk Yeol"), a looser test than :func:`same_person`: it says two spellings *could* be
    one person, so callers use it only where the context says so too (the same article, or the same country
    and office). Never across surnames, syllable counts, vowels or onsets: "Kim Jong Un" / "Kim Jong Il",
    "Kim Jong Chol" / "Kim Yong Chol", "Kim Yo Jong" / "Kim Yong Nam" stay apart."""
    if not (a.syllabic and b.syllabic) or a.surname != b.surname or not a.given or not b.given:
        return False
    ga, gb = a.tokens[1:], b.tokens[1:]
    if len(ga) != len(gb) or ga == gb:
        return False
    return all(_syllable_variant(x, y) for x, y in zip(ga, gb))


# folded particles of a surname or a patronymic ("al" of "Adel al-Jubeir", "bin" of "Adel bin Ahmed", "de" of
# "Charles de Gaulle"): no given name of their own, so a name written with or without them is one name
_PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "bint", "de", "da", "di", "du", "le", "la", "van", "von",
                        "der", "den", "del", "dela", "dos", "das"})
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})


def _without_particles(given: tuple[str, ...]) -> tuple[str, ...]:
    """Given names without the particles among them; the first word is kept as written ("Al Gore", "Van
    Jones": a first name there)."""
    return given[:1] + tuple(t for t in given[1:] if t not in _PARTICLES)


def _within_one_edit(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Every given name of ``short`` is one of ``long_``'s, in order, one of them at most respelt by one
    vowel (the whole name then differs by one letter, as a transliteration variant does)."""
    edits, j = 0, 0
    for t in short:
        while j < len(long_) and long_[j] != t and not (edits == 0 and _vowel_respelt(long_[j], t)):
            j += 1
        if j == len(long_):
            return False
        edits += long_[j] != t
        j += 1
    return edits <= 1


def _vowel_respelt(x: str, y: str) -> bool:
    """"bihi"/"bihe": one vowel for another, as transliterations differ; "mark"/"mari" is another name."""
    diff = [(a, b) for a, b in zip(x, y) if a != b]
    return len(x) == len(y) and len(diff) == 1 and all(c in "aeiouy" for c in diff[0])


def _close(x: str, y: str) -> bool:
    # one edit is a spelling variant only on long keys: "jongun"/"jongil" differ by two, "kanani"/"kanaani" by one;
    # two letters swapped, a common typo ("Zelenksy"), count as one
    return min(len(x), len(y)) >= 5 and OSA.distance(x, y) <= 1


def surname_matches(short: str, full: NameKey) -> bool:
    """Does a short form ("Kim", "Mr Yun", "Shoygu") name the surname of ``full``?"""
    k = name_key(short)
    if k is None or len(k.tokens) != 1:
        return False
    t = k.tokens[0]
    if not full.syllabic and len(full.tokens) > 2 and full.tokens[-2] in _PATRONYMIC:
        # "Mohammed bin Salman": the last name is the father's ("son of Salman"), so a bare "Salman" is the
        # father (King Salman), never the son; the son goes by his own name or initials
        return False
    return t == full.surname or (_close(t, full.surname) and not gendered_forms(t, full.surname))


# Slavic surnames take an -a for a woman ("Dugin"/"Dugina", "Ivanov"/"Ivanova", "Lvov"/"Lvova"): one edit apart,
# and two people as often as not (a father and his daughter). The ending makes it a gendered form, not a typo.
_MASCULINE_END = re.compile(r"(?:ov|ev|yov|in|yn|sk)$")


def gendered_forms(x: str, y: str) -> bool:
    """Two folded surnames that are the masculine and feminine forms of one family name ("dugin"/"dugina"):
    a bare one of them names a woman or a man of that family, never the other."""
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return long_ == short + "a" and _MASCULINE_END.search(short) is not None


# what joins a full name to the name a person goes by: "X, better known as Y", "X (also known as Y)",
# "X, alias Y", "X, a.k.a. Y"; not "called", which is also a verb ("Smith, called Jones a liar")
_KNOWN_AS = re.compile(r"\s*[,(]\s*(?:(?:better|also|popularly|widely|commonly|locally)\s+)?"
                       r"(?:known\s+as|nicknamed|alias|a\.?k\.?a\.?)\s*[\"“‘']?\s*", re.I)


def known_as(text: str, name_end: int, alias_start: int) -> bool:
    """Whether the words between a full name (ending at ``name_end``) and the next name (starting at
    ``alias_start``) say that the second is what the first is known as ("Kyaw Min Yu, better known as Ko
    Jimmy"): the two are one person, and the full name is the one to show."""
    return 0 <= alias_start - name_end <= 40 and _KNOWN_AS.fullmatch(text, name_end, alias_start) is not None


def person_initials(name: str) -> str:
    """The initials of a person's name of three words or more, particles included ("Mohammed bin Salman" ->
    "mbs"), lower case; "" for a shorter name."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w[:1].isalpha()]
    return "".join(w[0] for w in words).lower() if len(words) >= 3 else ""


INITIALISM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{3,5}")
