"""Countries, round 19: the right country for each party. A visitor placed only by where the story is set is not
the host's; a nationality naming an embassy or an envoy is no setting; "the country's army chief", "the Gulf
state", a bare given name and "X, the leader of <body>" take the country the text gives them; "both sides" and
"the two leaders" of a two-country story take none. Test sentences are written for these tests."""

from __future__ import annotations

from conftest import resolved


def all_refs(an) -> list:
    return [r for e in an.events for r in (*e.actors, *e.recipients)]


def test_a_visitor_placed_by_the_dateline_is_not_the_hosts(nlp):
    an = resolved(nlp, "RIYADH (Reuters) - Saudi Arabia and Pakistan signed a mutual defence agreement on Wednesday. "
                       "Prime Minister Shehbaz Sharif met Crown Prince Mohammed bin Salman at the Al-Yamamah palace "
                       "in Riyadh. Saudi Arabia's state news agency said the pact strengthens security. Sharif was "
                       "received by the Saudi crown prince. The Saudi minister said the kingdom welcomed Sharif.",
                  published="2024-05-02")[0]
    sharif = [r for r in all_refs(an) if "Sharif" in r.text]
    assert sharif and all(r.country != "SAU" for r in sharif)


def test_a_visitor_whose_title_names_the_country_keeps_it(nlp):
    an = resolved(nlp, "Pakistani Prime Minister Shehbaz Sharif arrived in Riyadh on Wednesday and met Crown Prince "
                       "Mohammed bin Salman to sign a defence pact. Sharif praised the kingdom.",
                  published="2024-05-02")[0]
    sharif = [r for r in all_refs(an) if "Sharif" in r.text]
    assert sharif and {r.country for r in sharif} == {"PAK"}


def test_a_post_abroad_is_no_setting():
    from dossier.resolve.context import foreign_mission

    text = "Crowds stormed the Swedish embassy in Baghdad. Qatar's ambassador left. The embassy of Sweden burned."
    at = text.index
    assert foreign_mission(text, at("Swedish"), at("Swedish") + 7)
    assert foreign_mission(text, at("Qatar"), at("Qatar") + 5)
    assert foreign_mission(text, at("Sweden"), at("Sweden") + 6)
    assert not foreign_mission(text, at("Baghdad"), at("Baghdad") + 7)
    assert not foreign_mission("Swedish police said", 0, 7)


def test_police_at_a_stormed_embassy_are_not_the_embassys_country(nlp):
    an = resolved(nlp, "BAGHDAD (AP) - Hundreds of protesters stormed the Swedish embassy in Baghdad early Thursday "
                       "and set it on fire, angered by a planned Quran burning in Stockholm. Sweden's foreign ministry "
                       "said its staff were safe. Iraq's government condemned the attack. Police fired water cannons "
                       "at the protesters.", published="2024-05-02")[0]
    police = [r for r in all_refs(an) if r.text.lower() == "police"]
    assert police and all(r.country != "SWE" for r in police)
    assert all(r.country != "SWE" for r in all_refs(an) if "protesters" in r.text)


def test_the_countrys_army_chief_is_of_the_country_just_named(nlp):
    an = resolved(nlp, "Bolivian President Evo Morales resigned on Sunday after the country's army chief urged him "
                       "to step down.", published="2024-05-02")[0]
    chief = [r for r in all_refs(an) if "army chief" in r.text]
    assert chief and {r.country for r in chief} == {"BOL"}


def test_the_nations_possessive_governs_both_nouns(nlp):
    an = resolved(nlp, "Bolivian President Evo Morales quit on Sunday after the nation's military and police chiefs "
                       "urged the president to step down.", published="2024-05-02")[0]
    got = {r.text: r.country for e in an.events for r in e.actors}
    assert got.get("police chiefs") in ("BOL", None)
    assert "BOL" in got.values()


def test_a_country_described_by_its_region_is_the_one_just_named(nlp):
    an = resolved(nlp, "Saudi Arabia, Egypt, Bahrain and the United Arab Emirates cut diplomatic ties with Qatar on "
                       "Monday, as they accused the Gulf state of supporting terrorism.", published="2024-05-02")[0]
    gulf = [r for r in all_refs(an) if r.text == "the Gulf state"]
    assert all(r.country == "QAT" for r in gulf)


def test_a_described_country_needs_a_region_word():
    from dossier.nlp.event_args import _DESCRIBED_COUNTRY

    assert _DESCRIBED_COUNTRY.match("the Gulf state") and _DESCRIBED_COUNTRY.match("the small Persian Gulf nation")
    assert _DESCRIBED_COUNTRY.match("the West African country")
    assert not _DESCRIBED_COUNTRY.match("the Islamic State") and not _DESCRIBED_COUNTRY.match("the Jewish state")


def test_a_bare_given_name_takes_the_full_names_country(nlp):
    an = resolved(nlp, "Pakistan's former prime minister Imran Khan was arrested in Islamabad on Tuesday. Imran had "
                       "accused a senior army officer of plotting to kill him.", published="2024-05-02")[0]
    imran = [r for e in an.events for r in e.actors if r.text == "Imran"]
    assert imran and {r.country for r in imran} == {"PAK"}


def test_the_two_leaders_of_a_two_country_story_have_no_one_country(nlp):
    an = resolved(nlp, "At Wuhan, India and China had agreed that the two nations are factors for stability. On trade, "
                       "the two leaders at Chennai summit agreed on the importance of concluding negotiations.",
                  published="2024-05-02")[0]
    leaders = [r for r in all_refs(an) if "two leaders" in r.text]
    assert leaders and all(r.country is None for r in leaders)


def test_sides_and_leaders_patterns():
    from dossier.nlp.event_args import _SIDES, _SIDES_LEADERS

    assert _SIDES.search("both sides") and _SIDES.search("top delegates of both sides")
    assert _SIDES.search("the two countries") and not _SIDES.search("the country")
    assert _SIDES_LEADERS.match("the two leaders") and _SIDES_LEADERS.match("both presidents")
    assert not _SIDES_LEADERS.match("the leaders")


def test_the_head_of_a_placed_body_is_of_its_country():
    from dossier.nlp.event_args import _LEADS_BODY

    assert _LEADS_BODY.fullmatch(", the former leader of the ")
    assert _LEADS_BODY.fullmatch(", head of ")
    assert not _LEADS_BODY.fullmatch(", who was tried by the ")
    assert not _LEADS_BODY.fullmatch(", a member of the ")


def test_people_take_the_country_they_come_from(nlp):
    an = resolved(nlp, "Police in Texas detained dozens of migrants from Venezuela on Sunday.",
                  published="2024-05-02")[0]
    migrants = [r for e in an.events for r in e.recipients if "migrants" in r.text]
    assert migrants and {r.country for r in migrants} == {"VEN"}


def test_posted_people_taken_from_a_country_are_not_of_it(nlp):
    an = resolved(nlp, "The small Persian Gulf nation had withdrawn its ambassadors from Bahrain and Egypt because "
                       "of the tension.", published="2024-05-02")[0]
    assert all(r.country != "BHR" for r in all_refs(an) if "ambassadors" in r.text)
