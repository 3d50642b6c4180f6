"""Fifteenth session: who a reaction and a deployment are aimed at, and the cached document views that
made extraction cheaper without changing its output. Every sentence here was written for these tests."""

from __future__ import annotations

from conftest import analysed_events


def _one(events, etype: str):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def _countries(refs):
    return sorted(r.country for r in refs)


# -- a condemned act's doer ---------------------------------------------------------------------------------------
def test_a_verbal_noun_of_a_hostile_verb_names_the_act_whose_doer_is_accused(nlp):
    e = _one(analysed_events(nlp, "Jordan strongly condemned the storming of the shrine compound by an Israeli "
                                  "minister on Tuesday.", "2024-03-06"), "ACCUSE")
    assert _countries(e.actors) == ["JOR"] and _countries(e.recipients) == ["ISR"]
    e = _one(analysed_events(nlp, "Chile condemned the looting of its consulate by Peruvian rioters.",
                             "2024-03-06"), "ACCUSE")
    assert _countries(e.recipients) == ["PER"]


def test_a_verbal_noun_of_no_hostile_verb_stays_a_participant_word(nlp):
    from dossier.nlp.event_args import is_act_noun

    doc = nlp("The building of the embassy was praised, and the wedding went ahead.")
    assert not is_act_noun(doc[1]) and not is_act_noun(doc[10])
    assert is_act_noun(nlp("They condemned the kidnapping of the crew.")[3])


# -- where forces move is not whom they face ------------------------------------------------------------------------
def test_a_capital_left_or_arrived_in_is_no_recipient_of_a_deployment(nlp):
    e = _one(analysed_events(nlp, "Kenyan police officers left Nairobi on Monday for Haiti.", "2024-03-06"),
             "MOBILIZE")
    assert _countries(e.recipients) == ["HTI"]
    e = _one(analysed_events(nlp, "A first unit of 300 Turkish soldiers landed in Tripoli on Tuesday.", "2024-03-06"),
             "MOBILIZE")
    assert e.recipients == []


def test_a_deployment_against_a_country_keeps_it(nlp):
    e = _one(analysed_events(nlp, "Russia deployed troops to the border with Ukraine.", "2024-03-06"), "MOBILIZE")
    assert _countries(e.recipients) == ["UKR"]


# -- cached views answer what spaCy's getters answer ----------------------------------------------------------------
def test_cached_entities_match_spacys_getters(nlp):
    from dossier.nlp.docview import doc_ents, span_ents

    doc = nlp("Kenyan police officers left Nairobi on Monday for Haiti. The United Nations thanked Kenya on "
              "Tuesday, and officials in Port-au-Prince welcomed the mission of the Kenyan government.")
    assert doc_ents(doc) == tuple(doc.ents)
    for sent in doc.sents:
        assert span_ents(sent) == list(sent.ents)
    for start, end in ((0, 3), (2, 9), (5, 14), (12, len(doc))):
        span = doc[start:end]
        assert span_ents(span) == list(span.ents)


# -- adjectives set off by a comma are no participant -------------------------------------------------------------
def test_a_comma_between_adjectives_of_one_noun_makes_no_list(nlp):
    e = _one(analysed_events(nlp, "The army blamed a smaller, more radical militant group for the attack.",
                             "2024-03-06"), "ACCUSE")
    assert [r.text for r in e.recipients] == ["more radical militant group"]
    e = _one(analysed_events(nlp, "Police arrested officers, soldiers and civilians.", "2024-03-06"), "COERCE")
    assert [r.text for r in e.recipients] == ["officers", "soldiers", "civilians"]


# -- an act held back ---------------------------------------------------------------------------------------------
def test_an_act_refrained_from_is_negated_and_the_subjects(nlp):
    e = _one(analysed_events(nlp, "India has refrained from condemning Russia's invasion of Ukraine.", "2024-03-06"),
             "ACCUSE")
    assert e.mode == "negated" and _countries(e.actors) == ["IND"] and _countries(e.recipients) == ["RUS"]
    e = _one(analysed_events(nlp, "China abstained from criticising the strike.", "2024-03-06"), "ACCUSE")
    assert e.mode == "negated" and _countries(e.actors) == ["CHN"]


# -- office holders a leader removes are his state's -------------------------------------------------------------------
def test_office_holders_a_leader_suspends_are_of_his_state(nlp):
    e = _one(analysed_events(nlp, "Maldivian President Mohamed Muizzu suspended three deputy ministers on Sunday "
                                  "over remarks about India's prime minister.", "2024-03-06"), "SANCTION")
    assert [(r.text, r.country, r.sector) for r in e.recipients] == [("three deputy ministers", "MDV", "GOV")]


def test_officials_another_state_sanctions_are_not_given_its_country(nlp):
    e = _one(analysed_events(nlp, "The United States sanctioned three officials.", "2024-03-06"), "SANCTION")
    assert [r.country for r in e.recipients] == [None]


def test_the_us_executive_departments_are_the_us_governments(nlp):
    e = _one(analysed_events(nlp, "The Treasury Department sanctioned two Russian banks.", "2024-03-06"), "SANCTION")
    assert [(r.country, r.sector) for r in e.actors] == [("USA", "GOV")]


# -- what goes on as the report is written; acts only planned ---------------------------------------------------------
def test_a_light_verb_in_the_present_progressive_dates_its_act_to_the_report(nlp):
    e = _one(analysed_events(nlp, "WASHINGTON — The government is imposing financial sanctions on Iran's foreign "
                                  "minister.", "2019-07-31"), "SANCTION")
    assert e.date == "2019-07-31" and e.mode == "asserted"


def test_a_gerund_after_an_intent_noun_is_not_done(nlp):
    e = _one(analysed_events(nlp, "The army is examining plans for attacking the island.", "2019-07-31"), "ASSAULT")
    assert e.mode == "planned" and e.date is None


def test_an_act_a_party_let_happen_is_done_a_power_a_law_grants_is_not(nlp):
    e = _one(analysed_events(nlp, "The administration on Friday allowed the Security Council to adopt a resolution "
                                  "demanding an end to settlement construction.", "2016-12-24"), "REQUEST")
    assert e.mode == "asserted"
    e = _one(analysed_events(nlp, "The law allowed police to detain suspects without charge.", "2016-12-24"),
             "COERCE")
    assert e.mode == "hypothetical"


# -- crowds: where their own phrase puts them; never the country of whoever speaks about their shooting --------------
def test_a_crowd_phrase_that_says_where_it_is_places_the_crowd(nlp):
    e = _one(analysed_events(nlp, "Troops fired on protesters in Tehran.", "2019-11-17"), "ASSAULT")
    assert [r.country for r in e.recipients] == ["IRN"]


def test_a_crowd_fired_on_by_unplaced_troops_takes_no_country_from_the_speaker(nlp):
    e = _one(analysed_events(nlp, "Israeli officials acknowledged that troops opened fire on the crowd.",
                             "2024-03-01"), "ASSAULT")
    assert [r.country for r in e.recipients] == [None]


def test_a_decision_a_reaction_judges_names_its_maker_in_its_of_phrase(nlp):
    e = _one(analysed_events(nlp, "Greece condemned the decision of Turkey to convert the museum into a mosque.",
                             "2020-07-11"), "ACCUSE")
    assert _countries(e.recipients) == ["TUR"]
    e = _one(analysed_events(nlp, "Israel rejected the demand of a ceasefire.", "2020-07-11"), "REJECT")
    assert e.recipients == []


def test_an_armed_opposition_described_is_rebels(nlp):
    e = _one(analysed_events(nlp, "Opposition fighters attacked an army checkpoint.", "2016-12-24"), "ASSAULT")
    assert [r.sector for r in e.actors] == ["REB"]
    e = _one(analysed_events(nlp, "Opposition lawmakers walked out of parliament.", "2016-12-24"), "PROTEST")
    assert [r.sector for r in e.actors] == ["LEG"]


# -- what a reaction is to, told before it --------------------------------------------------------------------------
def test_a_reaction_to_the_clause_before_it_accuses_that_clauses_doer(nlp):
    events = analysed_events(nlp, "Russian forces shelled the town on Monday, which Kyiv condemned as a war crime.",
                             "2023-03-31")
    assert _countries(_one(events, "ACCUSE").recipients) == ["RUS"]
    events = analysed_events(nlp, "Israel raided the camp on Monday, a move that Egypt condemned.", "2023-03-31")
    assert _countries(_one(events, "ACCUSE").recipients) == ["ISR"]


def test_an_act_condemned_in_other_words_than_it_was_told_accuses_its_doer(nlp):
    events = analysed_events(nlp, "Russia's security service detained an American reporter on Thursday. The White "
                                  "House condemned the arrest in the strongest terms.", "2023-03-31")
    e = _one(events, "ACCUSE")
    assert _countries(e.actors) == ["USA"] and _countries(e.recipients) == ["RUS"]


# -- a protest's target is not the protesters' country ------------------------------------------------------------------
def test_slogans_against_a_country_make_it_the_target_not_the_crowds_nationality(nlp):
    e = _one(analysed_events(nlp, "The protesters also chanted slogans against Iran.", "2022-07-28"), "PROTEST")
    assert [r.country for r in e.actors] == [None] and _countries(e.recipients) == ["IRN"]
    e = _one(analysed_events(nlp, "Protesters in Baghdad chanted slogans against Iran.", "2022-07-28"), "PROTEST")
    assert _countries(e.actors) == ["IRQ"]


def test_a_surname_spelt_like_a_demonym_is_the_person_the_article_names_in_full(nlp):
    e = _one(analysed_events(nlp, "The alliance nominated Mohammed Shia al-Sudani for prime minister on Monday. "
                                  "Sadr's supporters have rejected Sudani's nomination.", "2022-07-28"), "REJECT")
    assert [r.country for r in e.recipients] == ["IRQ"]


# -- an undated report whose address names another month is not of its story's week -------------------------------------
def test_an_undated_report_whose_url_names_another_month_keeps_its_weekday_undated():
    from dossier.link.story_days import date_by_the_story
    from dossier.records import ActorRef, Analysis, Article, EventMention

    def report(aid, published, url=None, **em):
        mention = EventMention(f"m{aid}", aid, "ASSAULT", "fired", 0, 5, 0, 40, "q", confidence=0.9,
                               actors=[ActorRef("Russia", country="RUS")],
                               recipients=[ActorRef("them", country="UKR")], **em)
        return Analysis(article=Article(aid, "t", "q", published=published, url=url), events=[mention])

    dated = [report("a", "2022-09-20"), report("b", "2022-09-21")]
    elsewhere = report("u", None, url="https://news.example.org/de/2023/06/dam-collapse-blame", undated_text="Tuesday")
    same = report("s", None, url="https://news.example.org/2022/09/strikes", undated_text="Tuesday")
    got = {an.article.id: an.events[0] for an in date_by_the_story([*dated, elsewhere, same])}
    assert got["u"].date is None and got["s"].date == "2022-09-20"
