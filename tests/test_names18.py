"""Round 18 of actor names: a surname under an office, one body across articles, short forms in capitals.

Hand-made analyses (own sentences, mentions placed by hand) so that the resolver alone is under test.
"""

from __future__ import annotations

from conftest import hand_analysis as analysis
from dossier.records import Analysis, Mention
from dossier.resolve import Resolver, load_kb


def by_text(an: Analysis) -> dict[str, Mention]:
    return {m.text: m for m in an.mentions}


# --- a surname under an office --------------------------------------------------------------------------------

def test_an_office_and_a_surname_name_the_one_known_holder():
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "North Korea said Foreign Minister Choe would fly to Moscow on Monday.",
                            [("North Korea", "GPE"), ("Choe", "PERSON", "Foreign Minister")]))
    m = by_text(an)["Choe"]
    assert (m.actor_id, m.country, m.sector) == ("prk-choe-son-hui", "PRK", "GOV")


def test_a_surname_shared_by_many_of_both_koreas_stays_unresolved():
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "President Kim spoke in Seoul about North Korea and South Korea.",
                            [("Kim", "PERSON", "President"), ("North Korea", "GPE"), ("South Korea", "GPE")]))
    m = by_text(an)["Kim"]
    assert m.actor_id is None and m.country is None


def test_the_lexicon_gives_the_country_of_an_office_not_the_person():
    # the derived lexicon knows one Mbalula, of South Africa, and nothing of who holds an office now (the
    # knowledge base, which does, has no Mbalula)
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "Minister Mbalula said South Africa would keep its policy.",
                            [("Mbalula", "PERSON", "Minister"), ("South Africa", "GPE")],
                            refs=["Minister Mbalula"]))
    m = by_text(an)["Mbalula"]
    assert m.actor_id is None and (m.country, m.sector) == ("ZAF", "GOV")
    assert not any(a.name in ("Mbalula", "Fikile Mbalula") for a in r.actors.values())
    ref = an.events[0].actors[0]
    assert (ref.actor_id, ref.country) == (None, "ZAF")


def test_the_knowledge_base_names_the_holder_of_an_office_it_knows():
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "Prime Minister Albanese said Australia would keep its policy.",
                            [("Albanese", "PERSON", "Prime Minister"), ("Australia", "GPE")],
                            refs=["Prime Minister Albanese"]))
    m = by_text(an)["Albanese"]
    assert (m.actor_id, m.country, m.sector) == ("aus-albanese", "AUS", "GOV")


def test_a_title_that_states_the_country_places_the_surname_without_guessing_who():
    # no Qureshi the lexicon or the knowledge base knows held that office: the title's country, no person (the
    # knowledge base knows the Sharifs, and which of them held the office when)
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "Pakistan's Prime Minister Qureshi met Saudi officials in Riyadh.",
                            [("Pakistan", "GPE"), ("Qureshi", "PERSON", "Pakistan's Prime Minister"),
                             ("Saudi", "NORP")]))
    m = by_text(an)["Qureshi"]
    assert m.actor_id is None and m.country == "PAK"
    an = r.resolve(analysis("a2", "Pakistan's Prime Minister Sharif met Saudi officials in Riyadh.",
                            [("Pakistan", "GPE"), ("Sharif", "PERSON", "Pakistan's Prime Minister"),
                             ("Saudi", "NORP")]))
    assert by_text(an)["Sharif"].actor_id in (None, "pak-shehbaz-sharif")


def test_a_courtesy_title_names_no_office():
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "Mr Mbalula spoke in Pretoria about South Africa.",
                            [("Mbalula", "PERSON", "Mr"), ("South Africa", "GPE")]))
    m = by_text(an)["Mbalula"]
    assert m.actor_id is None and m.country is None


def test_a_title_alone_names_no_place():
    # the gazetteer files "Marshal" under the Marshall Islands
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "Marshal Pak Un Chol inspected a factory.", [("Pak Un Chol", "PERSON", "Marshal")]))
    assert by_text(an)["Pak Un Chol"].country != "MHL"


def test_an_earlier_articles_person_is_the_holder_of_the_office():
    r = Resolver(load_kb())
    a = r.resolve(analysis("a1", "Kenya's president Wanjiru Odhiambo Kiptoo opened the session.",
                           [("Kenya", "GPE"), ("Wanjiru Odhiambo Kiptoo", "PERSON")]))
    b = r.resolve(analysis("a2", "President Kiptoo signed the bill in Kenya on Tuesday.",
                           [("Kiptoo", "PERSON", "President"), ("Kenya", "GPE")]))
    full, short = by_text(a)["Wanjiru Odhiambo Kiptoo"], by_text(b)["Kiptoo"]
    assert full.country == "KEN" and short.actor_id == full.actor_id


def test_a_short_form_follows_the_full_name_and_two_kims_stay_apart():
    r = Resolver(load_kb())
    text = "Choe Son Hui met Kim Yo Jong. Later Choe said Kim had agreed."
    an = r.resolve(analysis("a1", text, [("Choe Son Hui", "PERSON"), ("Kim Yo Jong", "PERSON"), ("Choe", "PERSON"),
                                         ("Kim", "PERSON")]))
    ids = [m.actor_id for m in sorted(an.mentions, key=lambda m: m.start)]
    assert ids == ["prk-choe-son-hui", "prk-kim-yo-jong", "prk-choe-son-hui", "prk-kim-yo-jong"]
    assert "prk-kim-jong-un" not in ids


# --- one body across articles ---------------------------------------------------------------------------------

def test_a_body_placed_in_one_article_is_the_same_body_unplaced_in_the_next():
    r = Resolver(load_kb())
    a = r.resolve(analysis("a1", "Kenya's Orwenyo Syndicate denied the report.",
                           [("Kenya", "GPE"), ("Orwenyo Syndicate", "ORG")]))
    b = r.resolve(analysis("a2", "The Orwenyo Syndicate held a rally.", [("Orwenyo Syndicate", "ORG")]))
    placed, bare = by_text(a)["Orwenyo Syndicate"], by_text(b)["Orwenyo Syndicate"]
    assert placed.country == "KEN" and bare.actor_id == placed.actor_id and bare.country == "KEN"
    assert "another article" in bare.evidence


def test_a_body_unplaced_first_takes_the_country_a_later_article_gives():
    r = Resolver(load_kb())
    a = r.resolve(analysis("a1", "The Orwenyo Syndicate held a rally.", [("Orwenyo Syndicate", "ORG")]))
    b = r.resolve(analysis("a2", "Kenya's Orwenyo Syndicate denied the report.",
                           [("Kenya", "GPE"), ("Orwenyo Syndicate", "ORG")]))
    first, later = by_text(a)["Orwenyo Syndicate"], by_text(b)["Orwenyo Syndicate"]
    assert first.actor_id == later.actor_id and r.actors[first.actor_id].country == "KEN"


def test_a_name_placed_in_two_countries_is_two_bodies_and_an_unplaced_mention_joins_neither():
    r = Resolver(load_kb())
    a = r.resolve(analysis("a1", "Kenya's Orwenyo Syndicate denied the report.",
                           [("Kenya", "GPE"), ("Orwenyo Syndicate", "ORG")]))
    b = r.resolve(analysis("a2", "Uganda's Orwenyo Syndicate held a rally.",
                           [("Uganda", "GPE"), ("Orwenyo Syndicate", "ORG")]))
    c = r.resolve(analysis("a3", "The Orwenyo Syndicate held a rally.", [("Orwenyo Syndicate", "ORG")]))
    ken, uga, bare = (by_text(x)["Orwenyo Syndicate"] for x in (a, b, c))
    assert (ken.country, uga.country) == ("KEN", "UGA") and ken.actor_id != uga.actor_id
    assert bare.country is None and bare.actor_id not in (ken.actor_id, uga.actor_id)


def test_generic_bodies_and_short_forms_are_not_joined_across_articles():
    # every state has a "Defence Council"; "PTI" is a Pakistani party and an Indian news agency
    r = Resolver(load_kb())
    r.resolve(analysis("a1", "Kenya's Defence Council met.", [("Kenya", "GPE"), ("Defence Council", "ORG")]))
    b = r.resolve(analysis("a2", "The Defence Council met again.", [("Defence Council", "ORG")]))
    r.resolve(analysis("a3", "Pakistan Tehreek-e-Insaf (PTI) called protests.",
                       [("Pakistan Tehreek-e-Insaf", "ORG"), ("PTI", "ORG")]))
    d = r.resolve(analysis("a4", "The minister spoke, according to PTI.", [("PTI", "ORG")]))
    assert by_text(b)["Defence Council"].country is None
    assert by_text(d)["PTI"].country is None


# --- short forms in capitals ----------------------------------------------------------------------------------

def test_a_short_form_is_the_body_whose_initials_it_spells():
    r = Resolver(load_kb())
    text = "Members of the Bangla Sangeet Mancha, or BSM, marched on Sunday. BSM leaders said the march was calm."
    an = r.resolve(analysis("a1", text, [("the Bangla Sangeet Mancha", "ORG"), ("BSM", "ORG"), ("BSM", "ORG")]))
    ids = {m.actor_id for m in an.mentions}
    assert len(ids) == 1 and r.actors[ids.pop()].name == "Bangla Sangeet Mancha"


def test_a_short_form_of_a_name_the_parse_did_not_tag():
    r = Resolver(load_kb())
    text = "Lawyers said the Islamabad High Court had been stormed. The IHC later summoned the police chief."
    an = r.resolve(analysis("a1", text, [("Islamabad", "GPE"), ("IHC", "ORG")]))
    m = by_text(an)["IHC"]
    assert (m.country, m.sector) == ("PAK", "JUD") and r.actors[m.actor_id].name == "Islamabad High Court"


def test_hyphenated_parts_give_initials_and_two_candidates_give_none():
    r = Resolver(load_kb())
    an = r.resolve(analysis("a1", "A lawyer for Pakistan Tehreek-e-Insaf spoke. PTI leaders called protests.",
                            [("Pakistan", "GPE"), ("PTI", "ORG")]))
    assert r.actors[by_text(an)["PTI"].actor_id].name == "Pakistan Tehreek-e-Insaf"
    an = r.resolve(analysis("a2", "The Hestrel Canal Commission and the Hovland Cotton Council met. The HCC spoke.",
                            [("HCC", "ORG")]))
    assert by_text(an)["HCC"].country is None and r.actors[by_text(an)["HCC"].actor_id].name == "HCC"


def test_crowds_read_the_sentence_countries_from_the_article_index():
    # "Chinese-owned" qualifies the shops, not the protesters; Colombo places them
    r = Resolver(load_kb())
    text = "Protesters burned Chinese-owned shops near Colombo."
    an = r.resolve(analysis("a1", text, [("Chinese", "NORP"), ("Colombo", "GPE")], refs=["Protesters"]))
    assert an.events[0].actors[0].country == "LKA"


def test_another_office_of_the_same_surname_is_not_the_earlier_person():
    r = Resolver(load_kb())
    a = r.resolve(analysis("a1", "Kenya's prime minister Wanjiru Odhiambo Kiptoo opened the session.",
                           [("Kenya", "GPE"), ("Wanjiru Odhiambo Kiptoo", "PERSON")]))
    b = r.resolve(analysis("a2", "Interior Minister Kiptoo visited Kenya's border on Tuesday.",
                           [("Kiptoo", "PERSON", "Interior Minister"), ("Kenya", "GPE")]))
    assert by_text(b)["Kiptoo"].actor_id != by_text(a)["Wanjiru Odhiambo Kiptoo"].actor_id
