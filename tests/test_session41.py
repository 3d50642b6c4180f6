"""Forty-first session: a country's name before a portfolio and a title ("U.S. Health and Human Services
Secretary X") places the person as a nationality word does; a portfolio's "Media" is no trade in the press
("Culture and Media Secretary X" is a government's); a name whose first word no dictionary knows is not dropped
as a headline verb because the tagger read it as one. Every sentence here is written for the test."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import actor_of, resolved


def test_a_country_s_name_before_a_portfolio_and_title_places_the_person(nlp):
    text = ("Beijing warns visitor\nBeijing also criticised U.S. Health and Human Services Secretary Doran Vellick when "
            "he travelled to Taipei in early August.\n")
    an, r = resolved(nlp, text, published="2020-08-10")
    a = actor_of(an, r, "Doran Vellick")
    assert (a.country, a.sector) == ("USA", "GOV")


def test_a_country_named_before_and_is_another_party_not_the_person_s(nlp):
    from dossier.nlp.entities import _portfolio_before

    doc = nlp("The talks between Iran and Foreign Minister Tomas Veldin ended on Monday without a deal.\n")
    foreign = next(t for t in doc if t.text == "Foreign")
    assert _portfolio_before(foreign, 0) == []
    doc = nlp("U.S. Health and Human Services Secretary Doran Vellick arrived on Monday.\n")
    secretary = next(t for t in doc if t.text == "Secretary")
    assert [t.text for t in _portfolio_before(secretary, 0)] == ["U.S.", "Health", "and", "Human", "Services"]


def test_a_media_portfolio_is_a_government_office():
    from dossier.resolve.resolver import sector_of

    assert sector_of("UK Culture and Media Secretary") == "GOV"
    assert sector_of("Minister for Media") == "GOV"
    assert sector_of("state media") == "MED"
    assert sector_of("state media editor") == "MED"


def _mentions_with_tags(nlp, text, spans, verbs):
    from dossier.nlp.entities import entity_mentions
    from dossier.records import Article

    doc = nlp(text)
    ents = []
    for words, label in spans:
        start = text.index(words)
        ents.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = [Span(doc, s.start, s.end, label=s.label_) for s in sorted(ents, key=lambda s: s.start)]
    for tok in doc:
        if tok.text in verbs:
            tok.tag_ = "VBZ"
    return [m.text for m in entity_mentions(doc, Article("t1", "test", text))]


def test_a_first_name_the_tagger_read_as_a_verb_is_still_a_name(nlp):
    text = "The minister met his Ukrainian counterpart Andrii Sybiha in Geneva on Monday.\n"
    assert "Andrii Sybiha" in _mentions_with_tags(nlp, text, [("Andrii Sybiha", "PERSON")], {"Andrii"})
    # an everyday verb opening a headline's capitalised run is still no name
    text = "Minister Slams Opposition Leaders\nThe minister spoke on Monday.\n"
    assert "Slams Opposition Leaders" not in _mentions_with_tags(
        nlp, text, [("Slams Opposition Leaders", "ORG")], {"Slams"})


def _body(an, r, name):
    a = actor_of(an, r, name)
    return a and (a.kind, a.country, a.sector)


def test_a_body_s_noun_before_its_name_gives_its_country_and_sector(nlp):
    text = ("Book burned outside embassy\nThe leader of the Danish far-right party Klar Vej burned a copy of the book "
            "outside the embassy on Saturday. The Iraqi militia Kataib Nur al-Din warned that it would retaliate. "
            "The Venezuelan criminal gang Banda del Sur was designated a terrorist group on Monday.\n")
    an, r = resolved(nlp, text, published="2023-01-21")
    assert _body(an, r, "Klar Vej") == ("organisation", "DNK", "PTY")
    assert _body(an, r, "Kataib Nur al-Din") == ("organisation", "IRQ", "MIL")
    assert _body(an, r, "Banda del Sur") == ("organisation", "VEN", "CRM")


def test_a_one_word_name_after_a_body_s_noun_is_that_body(nlp):
    text = "Party dissolved\nThe opposition party Vexal was dissolved by decree on Monday, its lawyers said.\n"
    an, r = resolved(nlp, text, published="2023-07-31")
    kind, _, sector = _body(an, r, "Vexal")
    assert (kind, sector) == ("organisation", "PTY")


def test_criminal_bodies_have_the_crm_sector():
    from dossier.resolve.resolver import sector_of

    assert sector_of("drug cartel") == "CRM"
    assert sector_of("Venezuelan criminal gang") == "CRM"
    assert sector_of("anti-gang police") == "POL"


def test_a_ship_described_as_a_carrier_takes_no_body_s_sector_and_a_broadcaster_is_media(nlp):
    text = ("Ship hit\nA missile struck the Liberian-owned bulk carrier Sea Wren off Aden on Wednesday. The Swedish "
            "public broadcasting company Radio Nord filmed the protest.\n")
    an, r = resolved(nlp, text, published="2024-03-07")
    ship = actor_of(an, r, "Sea Wren")
    assert ship is None or ship.sector is None
    assert _body(an, r, "Radio Nord") == ("organisation", "SWE", "MED")


def test_a_dateline_does_not_place_the_bodies_of_the_country_the_report_is_about(nlp):
    text = ("Protesters set fire to Brazil's Congress\nMOSCOW, April 1 (TASS) – Protesters in Brazil stormed the Congress "
            "building in Brasilia on Friday after a secret vote.\nBrazil's opposition said Brazil's constitution bars "
            "a second term.\nThe Senate had voted earlier in the day to approve an amendment that would allow "
            "Brazil's president to run again.\nBrazilian police fired rubber bullets at the crowd.\n")
    an, r = resolved(nlp, text, published="2017-04-01")
    assert actor_of(an, r, "Senate").country == "BRA"


def test_a_headline_s_verb_storm_does_not_make_the_country_a_storm_s_name(nlp):
    text = ("Protesters storm Brazil's Congress\nProtesters in Brazil stormed the Congress building on Friday. "
            "Hurricane Milton hit Florida the same week; Milton weakened over the sea.\n")
    an, _ = resolved(nlp, text, published="2017-04-01")
    names = [m.text for m in an.mentions]
    assert "Brazil" in names and "Milton" not in names
