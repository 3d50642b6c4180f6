"""Thirty-fourth session: what two fresh held-out sets judged blind showed (test101's faults; test102 measures).
Every sentence here is written for the test."""

from __future__ import annotations

from conftest import analysed_events, event_with_trigger, resolved
from test_background import _analysis, _mention

from dossier.link.background import settle
from dossier.records import Story


def _r(e):
    return [r.text for r in e.recipients]


def _a(e):
    return [a.text for a in e.actors]


# ---- background and dates ----

def test_an_undated_reports_dated_event_before_the_story_is_background():
    # b1 has no publication date: the extractor could not compare its arrest of 2012 with the story's days
    a = _analysis("a1", "2014-11-09", [_mention("a1", 0, "COERCE", "PRK", "USA", date="2014-11-08",
                                                trigger="freed")])
    b = _analysis("b1", None, [_mention("b1", 0, "COERCE", "PRK", "USA", date="2012-11-03", trigger="arrested"),
                               _mention("b1", 300, "COERCE", "PRK", "USA", date="2014-11-08", trigger="freed"),
                               _mention("b1", 600, "COERCE", "PRK", "USA", date="2012", trigger="sentenced")])
    story = Story(id="s1", article_ids=["a1", "b1"], first_published="2014-11-09")
    got = {e.trigger: e.background for e in settle(story, [a, b])[1].events}
    assert got == {"arrested": True, "freed": False, "sentenced": True}
    # a report with its own publication date is the extractor's to decide; a story with no known day changes nothing
    alone = Story(id="s2", article_ids=["b1"], first_published=None)
    assert not any(e.background for e in settle(alone, [b])[0].events)


def test_a_criticism_held_in_the_perfect_passive_is_context(nlp):
    evs = analysed_events(nlp, "Officials in Lune gave no figures. Qatar, which hosts the network, has been "
                               "criticised for its alleged role in supporting the group.", "2024-03-05")
    assert [e.background for e in evs if e.trigger == "criticised"] == [True]
    # a named critic tells one accusation, the report's news
    e = event_with_trigger(nlp, "Qatar has been accused by Bahrain of meddling in its affairs.", "accused")
    assert not e.background


def test_a_relative_clause_of_a_dated_noun_takes_its_date(nlp):
    evs = analysed_events(nlp, "The suspect had served a prison sentence for a July 2010 incident in which he threw "
                               "a piece of concrete at the Japanese ambassador.", "2015-03-05")
    threw = next(e for e in evs if e.trigger == "threw")
    assert threw.date == "2010-07" and threw.background


def test_what_a_result_clause_tells_happened_at_the_main_clauses_time(nlp):
    e = event_with_trigger(nlp, "The rally against the governor turned violent late on Friday, resulting in police "
                                "firing tear gas into the crowd.", "firing", published="2016-11-05")
    assert e.date == "2016-11-04"


def test_a_time_right_after_a_ballot_noun_is_the_ballots(nlp):
    e = event_with_trigger(nlp, "The US President also pledged America's support for Iraqi elections in October.",
                           "pledged", published="2021-07-27")
    assert e.date is None or e.date_source == "published"


# ---- events that are not, and who is who ----

def test_care_of_the_wounded_is_no_aid(nlp):
    evs = analysed_events(nlp, "The wounded diplomat was rushed to a hospital for emergency treatment on Thursday. "
                               "Egypt delivered food aid to Gaza on Thursday.", "2015-03-05")
    from dossier.nlp.event_model import DEFAULT_THRESHOLD

    rushed = [e for e in evs if e.trigger == "rushed"]
    assert all(e.confidence < DEFAULT_THRESHOLD for e in rushed)
    from dossier.nlp.senses import medical_care

    doc = nlp("Jordan sent medical supplies to hospitals in Gaza.")
    assert not medical_care(next(t for t in doc if t.text == "sent"), "AID")


def test_who_serves_or_is_given_a_sentence_suffers_it(nlp):
    e = event_with_trigger(nlp, "The man served a three-year sentence for assault.", "sentence")
    assert _r(e) == ["The man"] and not e.actors
    e = event_with_trigger(nlp, "Kim was given a suspended sentence in 2011.", "sentence")
    assert _r(e) == ["Kim"]


def test_a_participle_sharing_a_perfects_been_is_passive(nlp):
    e = event_with_trigger(nlp, "Mr Miller, who was tried on an espionage charge, had been in custody since April "
                                "and sentenced to six years of hard labour.", "sentenced")
    assert _r(e) == ["Miller"] and not e.actors


# ---- actors' countries and sectors ----

def test_roles_that_name_no_trade_or_anothers_country(nlp):
    from dossier.resolve import Resolver, load_kb

    r = Resolver(load_kb())
    assert r._role_context("missionary from Washington state")[:2] == ("USA", "REL")  # not GOV by "state"
    assert r._role_context("55-year-old assailant")[1] is None  # a deed, no rebel
    assert r._role_context("Obama's deputy national security adviser")[0] == "USA"  # not the Japanese town
    civil = r._role_context("president of the Confederation of Indigenous Nationalities of Ecuador")
    assert civil[:2] == ("ECU", None)
    assert r._role_context("secretary-general of the Arab League")[1] == "IGO"  # a coded body keeps its trade
    assert r._role_context("former Prime Minister") == (None, None, None)
    assert r._role_context("former president of Brazil")[0] == "BRA"


def test_an_envoy_is_the_senders_not_the_hosts(nlp):
    an, r = resolved(nlp, "A man attacked the U.S. ambassador to South Korea Mark Lippert in Seoul on Thursday.",
                     published="2015-03-05")
    lippert = next(a for a in r.actors.values() if a.name == "Mark Lippert")
    assert lippert.country == "USA"


def test_a_party_official_is_the_partys(nlp):
    e = event_with_trigger(nlp, "Kuwait on Sunday accused an official of the ruling party of insulting Islam.",
                           "accused", published="2022-06-06")
    assert [(r.text, r.sector) for r in e.recipients] == [("official", "PTY")]


def test_the_state_department_is_the_us_one_wherever_the_report_is_filed(nlp):
    an, r = resolved(nlp, "TOKYO — The U.S. ambassador to South Korea was slashed in the face on Thursday, officials "
                          "said. Ambassador Mark Lippert was cut on the cheek in Seoul, witnesses said. State "
                          "Department spokeswoman Marie Harf said he was taken to a hospital in Seoul.",
                     published="2015-03-05")
    bodies = [a for a in r.actors.values() if "State Department" in a.name]
    assert bodies and all(a.country == "USA" for a in bodies)


def test_a_state_calling_its_envoy_home_curtails_relations_with_the_host(nlp):
    e = event_with_trigger(nlp, "Somalia recalled its ambassador to Kenya on Wednesday.", "recalled")
    assert e.type == "SANCTION" and _a(e) == ["Somalia"] and _r(e) == ["Kenya"]
    e = event_with_trigger(nlp, "Saudi Arabia withdrew its ambassador from Qatar on Wednesday.", "withdrew")
    assert e.type == "SANCTION" and _r(e) == ["Qatar"]
    # another state's envoy is not one's own: no recall rule ("expelled" has its own)
    from dossier.nlp.senses import recalls_envoy

    doc = nlp("Kenya withdrew Somalia's ambassador from the talks.")
    assert not recalls_envoy(next(t for t in doc if t.text == "withdrew"))


def test_the_rest_of_a_list_the_parser_hung_elsewhere_is_still_acted_with(nlp):
    e = event_with_trigger(nlp, "Washington is working closely with Baghdad, the Gulf Cooperation Council and the "
                                "United Nations to ensure the elections are fair, Biden said on Monday.", "working",
                           published="2021-07-27")
    assert _r(e) == ["Baghdad", "Gulf Cooperation Council", "United Nations"]


def test_an_attack_tried_in_the_past_was_made_then(nlp):
    e = event_with_trigger(nlp, "In 2010, the man tried to attack the Japanese ambassador by throwing a rock.",
                           "attack", published="2015-03-05")
    assert e.mode == "asserted" and e.date == "2010" and e.background
    # one only sought is not made
    e = event_with_trigger(nlp, "In 2010, the man sought to attack the Japanese ambassador.", "attack",
                           published="2015-03-05")
    assert e.mode != "asserted"


def test_the_envoys_own_name_is_not_the_host(nlp):
    e = event_with_trigger(nlp, "On November 29, Somalia recalled its ambassador to Kenya Mohamud Ahmed Nur and sent "
                                "away Kenya's ambassador.", "recalled", published="2020-12-15")
    assert _r(e) == ["Kenya"]


def test_a_states_protest_is_an_objection_not_a_demonstration(nlp):
    e = event_with_trigger(nlp, "China's foreign ministry protested the move on Monday.", "protested")
    assert e.type == "ACCUSE"
    e = event_with_trigger(nlp, "Beijing lodged a formal protest with Washington on Monday.", "protest")
    assert e.type == "ACCUSE"
    e = event_with_trigger(nlp, "Thousands of people protested in Hong Kong on Monday.", "protested")
    assert e.type == "PROTEST"


def test_a_list_hung_on_the_verb_by_the_parser_is_still_acted_with(nlp):
    e = event_with_trigger(nlp, "The US President pledged support and said that Washington is working closely with "
                                "Baghdad, the Gulf Cooperation Council and the United Nations to ensure the elections "
                                "are fair.", "working", published="2021-07-27")
    assert _r(e) == ["Baghdad", "Gulf Cooperation Council", "United Nations"]


def test_counted_nationals_are_people_not_their_state(nlp):
    an, r = resolved(nlp, "Gunmen kidnapped two Russians near the border on Monday. Officials gave no names.",
                     published="2021-05-04")
    m = next(m for m in an.mentions if m.text == "Russians")
    assert m.actor_id is None and m.country == "RUS"
    e = next(e for e in an.events if e.trigger == "kidnapped")
    assert [(x.country, x.sector, x.actor_id) for x in e.recipients] == [("RUS", "CVL", None)]


def test_an_outburst_of_talk_is_no_blast(nlp):
    from dossier.nlp.senses import figurative_harm

    doc = nlp("On Wednesday, social media exploded in response to the deployment. A car bomb exploded near the "
              "ministry.")
    media, bomb = [t for t in doc if t.text == "exploded"]
    assert figurative_harm(media, "ASSAULT") and not figurative_harm(bomb, "ASSAULT")


# ---- from test102's blind verdicts (read after its held-out figure was taken) ----

def test_a_condemned_attack_of_two_sides_has_no_guessed_author(nlp):
    evs = analysed_events(nlp, "The PKK claimed responsibility for a suicide bombing that injured two people in Ankara "
                               "on Sunday. \"One of the attackers blew himself up, and another was killed by security "
                               "forces,\" the minister said. The regional government condemns the attack.",
                          "2023-10-01")
    condemn = next(e for e in evs if e.trigger == "condemns")
    assert all("security" not in r.text for r in condemn.recipients)
    bombing = next(e for e in evs if e.trigger == "bombing")
    assert bombing.date == "2023-10-01"  # the clause of what it did tells when it struck


def test_a_caption_closed_by_a_picture_agencys_credit_is_no_sentence(nlp):
    evs = analysed_events(nlp, "A court jailed the leader on Wednesday. Supporters of the president react after a "
                               "court sentenced him to one year in prison (AP)", "2025-02-26")
    assert not any(e.trigger == "sentenced" for e in evs)


def test_filming_and_looking_into_a_mishap_are_no_events(nlp):
    from dossier.nlp.senses import no_act_of_that_kind

    doc = nlp("Guaido, who shot the video at an airbase, called for an uprising.")
    assert no_act_of_that_kind(next(t for t in doc if t.text == "shot"), "ASSAULT")
    doc = nlp("The air force said it was investigating the failure to intercept the missile.")
    assert no_act_of_that_kind(next(t for t in doc if t.text == "investigating"), "ACCUSE")
    doc = nlp("Prosecutors are investigating the minister over the contracts.")
    assert not no_act_of_that_kind(next(t for t in doc if t.text == "investigating"), "ACCUSE")


def test_embargoes_revoked_visas_and_dropped_demands(nlp):
    e = event_with_trigger(nlp, "The Council banned exports of coal, lead and seafood last month.", "banned")
    assert e.type == "SANCTION"
    e = event_with_trigger(nlp, "The US dropped initial demands for a full oil embargo.", "demands")
    assert e.type == "CONCEDE"
    from dossier.nlp.senses import _trade_or_visa_barred

    doc = nlp("The State Department will revoke Petro's visa.")
    assert _trade_or_visa_barred(next(t for t in doc if t.text == "revoke"))
    doc = nlp("Police banned the march on Sunday.")
    assert not _trade_or_visa_barred(next(t for t in doc if t.text == "banned"))


def test_a_condemnation_said_of_a_subject_is_the_speakers(nlp):
    e = event_with_trigger(nlp, "Palestinian spokesman Nabil Abu Rudaineh said that the new US position is \"void, "
                                "unacceptable and condemned.\"", "condemned", published="2019-11-19")
    assert _a(e) == ["Nabil Abu Rudaineh"] and "US" in " ".join(_r(e))
    # a passive with its agent stays the passive's
    e = event_with_trigger(nlp, "The new US position was condemned by Jordan on Tuesday.", "condemned",
                           published="2019-11-19")
    assert _a(e) == ["Jordan"]


def test_an_envoy_to_a_world_body_is_a_states_official(nlp):
    from dossier.resolve import Resolver, load_kb
    from dossier.resolve.resolver import sector_of

    r = Resolver(load_kb())
    assert r._role_context("India's Permanent Representative to the United Nations")[:2] == ("IND", "GOV")
    assert r._role_context("the UN envoy for Syria")[1] == "IGO"
    # a body's executive organ is no company's executive
    assert sector_of("member of the PLO Executive Committee") is None and sector_of("Citgo executive") == "BUS"


def test_who_is_behind_an_attack_did_it(nlp):
    e = event_with_trigger(nlp, "Masood Azhar leads a militant group, Jaish-e-Mohammed, which was behind a deadly "
                                "suicide bomb attack in February.", "attack", published="2019-05-03")
    assert _a(e) == ["Jaish-e-Mohammed"]


def test_the_one_called_on_to_act_is_the_requested_acts_doer(nlp):
    evs = analysed_events(nlp, "The spokesman called on the international community to reject and condemn the "
                               "announcement.", "2019-11-19")
    condemn = next(e for e in evs if e.trigger == "condemn")
    assert _a(condemn) == ["the international community"] and condemn.mode != "asserted"


def test_a_capital_set_off_for_or_recognised_as_one_is_a_place(nlp):
    from dossier.nlp.analyse import mentions_of
    from dossier.nlp.docview import know_text
    from dossier.records import Article

    for text, city in (("Petro struck a defiant note after leaving New York for Bogota, saying he was free.", "Bogota"),
                       ("The move follows the decision to recognize Jerusalem as the capital of Israel.", "Jerusalem")):
        doc = nlp(text)
        know_text(doc, text)
        m = next(m for m in mentions_of(doc, Article(id="p", source="p", text=text)) if m.text == city)
        assert m.evidence is not None and "where" in m.evidence


def test_a_decision_praised_is_its_makers(nlp):
    evs = analysed_events(nlp, "Turkey suspended all trade with Israel on Thursday over the war in Gaza. The militant "
                               "group Hamas praised the decision as brave.", "2024-05-03")
    praised = next(e for e in evs if e.trigger == "praised")
    assert _r(praised) == ["Turkey"]


def test_a_day_right_after_the_verbs_on_is_the_verbs(nlp):
    e = event_with_trigger(nlp, "North Korea rejected on Sunday allegations by the United States that it had supplied "
                                "Russia with weapons.", "rejected", published="2023-10-16")
    assert e.date == "2023-10-15"


def test_an_event_left_undated_though_its_reports_day_is_known_is_held_under_the_threshold():
    from dossier.link.events import mention_shown, shown_confidence
    from dossier.nlp import event_model
    from dossier.records import EventMention

    t = event_model.DEFAULT_THRESHOLD
    assert shown_confidence(0.97, dated=False, reported=True) < t
    assert shown_confidence(0.97, dated=True, reported=True) == 0.97
    assert shown_confidence(0.97, dated=False, reported=False) == 0.97  # a report with no day can date nothing
    from dossier.records import ActorRef

    # both sides named: a one-sided mention is held for that reason alone (link/events.py ``one_sided``)
    em = EventMention(id="m", article_id="a", type="ACCUSE", trigger="x", trigger_start=0, trigger_end=1,
                      sentence_start=0, sentence_end=1, quote="x", confidence=0.97,
                      actors=[ActorRef("Aland", 0, 1)], recipients=[ActorRef("Borvia", 0, 1)])
    assert not mention_shown(em, reported=True) and mention_shown(em, reported=False)
    assert mention_shown(em, include_all=True, reported=True)


def test_a_linked_undated_event_of_a_dated_report_is_shown_only_with_all(store):
    import json
    import os
    import tempfile

    from dossier.link.events import shown
    from dossier.pipeline import ingest

    d = tempfile.mkdtemp()
    row = {"id": "u1", "url": "https://example.org/u1", "outlet": "Example", "title": "Envoys meet in Lune",
           "text": "Envoys met in Lune on Monday. Aland has accused Borvia of hiding weapons, diplomats say.",
           "published": "2024-03-05"}
    with open(os.path.join(d, "a.jsonl"), "w") as f:
        f.write(json.dumps(row) + "\n")
    ingest([os.path.join(d, "a.jsonl")], store, workers=1)
    every = store.list_events(**shown(True))
    undated = [e for e in every if e.date is None and (e.detection_confidence or 0) >= 0.55]
    assert undated, [(e.type, e.date, e.detection_confidence) for e in every]
    default = {e.id for e in store.list_events(**shown(False))}
    assert all(e.id not in default and e.confidence < e.detection_confidence for e in undated)
