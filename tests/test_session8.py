"""Faults read on real news in the eighth session (issues 16 and 17). All text written for these tests."""

from conftest import resolved

from dossier.nlp.event_model import DEFAULT_THRESHOLD


def _event(an, trigger: str):
    return next((e for e in an.events if e.trigger == trigger), None)


def test_a_participant_noun_capitalised_at_the_sentence_start_is_the_doer(nlp):
    text = ("Rebels attacked the village of Kalunga on Sunday, killing nine people, officials said. "
            "The army said it had sent more troops to the district.")
    an, _ = resolved(nlp, text, published="2024-03-05")
    ev = _event(an, "attacked")
    assert ev is not None and [a.text for a in ev.actors] == ["Rebels"]


def test_a_participle_after_a_verb_of_seeing_is_passive_its_subject_the_victim(nlp):
    text = ("The minister said the world had been shocked to see unarmed villagers in Tarvo killed two years ago. "
            "She spoke at a memorial service in the capital on Friday.")
    an, _ = resolved(nlp, text, published="2024-03-05")
    ev = _event(an, "killed")
    assert ev is None or not any("villagers" in a.text for a in ev.actors)
    assert ev is None or any("villagers" in r.text for r in ev.recipients)


def test_they_in_a_clause_joined_to_a_reported_one_are_the_reporting_subject(nlp):
    text = ("The envoy's arrival surprised the other delegations, Bloomberg reported. "
            "Local organisers did not say in what capacity he will attend the talks and they refused to give "
            "any details.")
    an, _ = resolved(nlp, text, published="2024-03-05")
    ev = _event(an, "refused")
    assert ev is None or not any("Bloomberg" in a.text for a in ev.actors)


def test_an_announced_meeting_at_a_summit_in_a_country_is_not_with_that_country(nlp):
    text = ("The two presidents were due to meet on Tuesday at a regional summit in Laos, officials said. "
            "The meeting was later called off.")
    an, _ = resolved(nlp, text, published="2016-09-05")
    for ev in an.events:
        if ev.type == "CONSULT":
            assert not any(r.text == "Laos" for r in ev.recipients)


def test_whom_an_agreement_is_with_is_read_through_its_outline(nlp):
    text = "The European Union agreed the outline of a migration deal with Turkey on Monday, diplomats said."
    an, _ = resolved(nlp, text, published="2016-03-08")
    ev = _event(an, "agreed")
    assert ev is not None and [r.text for r in ev.recipients] == ["Turkey"]


def test_a_middle_name_the_politician_goes_by_is_the_person_named_in_full(nlp):
    text = ("Brazilian Senator José Carlos Tavinho da Rocha met the Chinese premier in Beijing on Friday. "
            "Tavinho told reporters the talks had gone well.")
    an, _ = resolved(nlp, text, published="2023-04-14")
    told = next(m for m in an.mentions if m.text == "Tavinho")
    full = next(m for m in an.mentions if m.text.startswith("José"))
    assert told.actor_id is not None and told.actor_id == full.actor_id


def test_a_town_is_no_recipient_beside_its_own_country():
    from types import SimpleNamespace

    from dossier.link.events import _without_towns_of
    from dossier.records import ActorRef

    france = ActorRef("France", actor_id="fra", country="FRA")
    town = ActorRef("Biarritz", actor_id="x-town", country="FRA")
    macron = ActorRef("Emmanuel Macron", actor_id="fra-macron", country="FRA", sector="GOV")
    members = [(None, SimpleNamespace(mentions=[SimpleNamespace(kind="place", actor_id="x-town"),
                                                SimpleNamespace(kind="person", actor_id="fra-macron")]))]
    assert _without_towns_of([france, town, macron], members) == [france, macron]
    # alone, the town still says where the host is
    assert _without_towns_of([town], members) == [town]


def test_forces_seen_deployed_are_the_doers_own_not_a_target(nlp):
    text = ("The decree saw troops mobilized around the main government buildings on Tuesday, witnesses said. "
            "Lawmakers gathered inside the assembly that night.")
    an, _ = resolved(nlp, text, published="2024-12-03")
    ev = _event(an, "mobilized")
    assert ev is None or not any("troops" in r.text for r in ev.recipients)


def test_a_year_modifying_an_act_inside_a_since_phrase_dates_that_act(nlp):
    text = ("The siege was the deadliest attack in Tarvo since the 1998 bombing of the US embassy in the capital. "
            "Officials said the attackers had crossed the border the week before.")
    an, _ = resolved(nlp, text, published="2015-04-03")
    ev = _event(an, "bombing")
    # (a known attack named to say when is no event of its own: GUIDELINES, session 23; kept, if at all, under the
    # display threshold, with its year)
    assert ev is None or (ev.date == "1998" and ev.confidence < DEFAULT_THRESHOLD)


def test_a_weapon_test_fired_is_a_show_of_force_dated_by_its_own_claim(nlp):
    text = ("Ostland claimed Wednesday that it successfully test-fired a new long-range missile. "
            "Neighbouring Tarvo said it was watching the situation closely.")
    an, _ = resolved(nlp, text, published="2017-11-29")
    ev = next(e for e in an.events if e.trigger == "fired")
    assert ev.type == "MOBILIZE" and ev.date == "2017-11-29" and ev.mode == "asserted"
    text = "Ostland claimed Wednesday that Tarvo attacked its embassy. Tarvo denied it."
    an, _ = resolved(nlp, text, published="2017-11-29")
    ev = _event(an, "attacked")
    assert ev is None or ev.date != "2017-11-29" and ev.mode == "alleged"


def test_a_missile_fired_at_a_ship_stays_an_attack(nlp):
    an, _ = resolved(nlp, "Ostland fired a missile at a Tarvo warship on Monday, the navy said.",
                     published="2017-11-29")
    ev = _event(an, "fired")
    assert ev is not None and ev.type == "ASSAULT"


def test_a_description_and_the_name_apposed_to_it_are_one_participant(nlp):
    text = ("The former interim president of Bolivia, Jeanine Anez Chavez, and several former "
            "ministers have been arrested. Anez called the arrest political persecution.")
    an, _ = resolved(nlp, text, published="2021-03-13")
    ev = _event(an, "arrested")
    assert ev is not None
    texts = [r.text for r in ev.recipients]
    assert "Jeanine Anez Chavez" in texts and not any(t.startswith("The former") for t in texts)


def test_a_name_apposed_to_a_noun_inside_the_description_is_not_the_participant(nlp):
    text = ("The fiercest opponent of the Tarvian president, Ilan Varo, was charged and imprisoned on Monday, "
            "his lawyers said. Protests broke out in the capital.")
    an, _ = resolved(nlp, text, published="2023-07-31")
    for ev in an.events:
        if ev.trigger in ("charged", "imprisoned"):
            assert not any(r.text == "Ilan Varo" for r in ev.recipients)


def test_the_leaders_after_a_meeting_of_two_named_people_are_those_two(nlp):
    text = ("Tarvian President Ilan Varo and Ostland's Prime Minister Mira Dane met over dinner in Lune on Saturday. "
            "The leaders agreed to pause new tariffs, an aide told reporters.")
    an, _ = resolved(nlp, text, published="2018-12-02")
    ev = _event(an, "agreed")
    assert ev is not None and sorted(a.text for a in ev.actors) == ["Ilan Varo", "Mira Dane"]


def test_who_acts_along_with_the_subject_is_a_doer_not_a_recipient(nlp):
    an, _ = resolved(nlp, "Tarvo, along with Ostland's prime minister Mira Dane, condemned the strikes on Friday.",
                     published="2025-06-13")
    ev = _event(an, "condemned")
    assert ev is not None and "Mira Dane" in [a.text for a in ev.actors]
    an, _ = resolved(nlp, "Japan asked, together with the United States, for an emergency meeting of the council.",
                     published="2025-06-13")
    ev = _event(an, "asked")
    assert ev is not None and not any(r.text.endswith("United States") for r in ev.recipients)


def test_already_in_a_passive_perfect_says_done_not_a_record(nlp):
    text = ("The interior minister said on Saturday that the former president has already been arrested and is "
            "in police custody. Her party called it persecution.")
    an, _ = resolved(nlp, text, published="2021-03-13")
    ev = _event(an, "arrested")
    assert ev is not None and not ev.background
    an, _ = resolved(nlp, "Tarvo has already condemned the invasion many times. Talks resumed.",
                     published="2021-03-13")
    ev = _event(an, "condemned")
    assert ev is None or ev.background


def test_whom_an_act_is_blamed_on_is_the_one_accused(nlp):
    an, _ = resolved(nlp, "The Tarvian government blamed the alleged attack on Ostland and said no one was hurt.",
                     published="2023-05-03")
    ev = _event(an, "blamed")
    assert ev is not None and [r.text for r in ev.recipients] == ["Ostland"]


def test_an_accented_name_apposed_to_an_office_is_that_person():
    from dossier.records import ActorRef
    from dossier.resolve.resolver import _split_compound

    text = "The former interim president of Bolivia, Jeanine Áñez Chávez,"
    assert [p.text for p in _split_compound(ActorRef(text, 10, 10 + len(text)))] == ["Jeanine Áñez Chávez"]


def test_whom_a_refused_act_was_for_is_the_recipient(nlp):
    an, _ = resolved(nlp, "Officials said Tarvo refused to sell weapons to Ostland during the talks.",
                     published="2023-04-14")
    ev = _event(an, "refused")
    assert ev is not None and [r.text for r in ev.recipients] == ["Ostland"]


def test_an_active_verb_joined_to_a_passive_is_done_by_the_shared_subject(nlp):
    text = ("He added that the attackers were equipped with gas grenades by the Belarusian services, threw stones "
            "at Polish police, and fled. The men were arrested on Tuesday and charged with rioting.")
    an, _ = resolved(nlp, text, published="2021-11-16")
    threw = _event(an, "threw")
    assert threw is not None and "the attackers" in [a.text for a in threw.actors]
    assert not any(r.text == "the attackers" for r in threw.recipients)
    charged = _event(an, "charged")
    assert charged is None or not any(a.text == "The men" for a in charged.actors)


def test_an_invasion_named_as_the_standing_situation_is_no_event_shown(nlp):
    from dossier.nlp import event_model

    text = ("Tarvo will also be concerned with the joint response to Ostland's invasion of Marovia. "
            "The minister conveyed support for the country invaded by Ostland.")
    an, _ = resolved(nlp, text, published="2023-03-21")
    for ev in an.events:
        if ev.trigger in ("invasion", "invaded"):
            assert ev.confidence < event_model.DEFAULT_THRESHOLD
    an, _ = resolved(nlp, "Ostland launched a full-scale invasion of Marovia on Thursday, officials said.",
                     published="2023-03-21")
    ev = _event(an, "invasion")
    assert ev is not None and ev.confidence >= event_model.DEFAULT_THRESHOLD


def test_a_when_clause_of_an_act_told_as_news_shares_its_day_but_not_of_a_state(nlp):
    text = ("Border guards fired water cannon at migrants at the crossing on Tuesday, the ministry said. "
            "Police said one officer was injured when the migrants threw stones at the fence.")
    an, _ = resolved(nlp, text, published="2021-11-16")
    ev = _event(an, "threw")
    assert ev is not None and ev.date == "2021-11-16"
    text = ("Border guards fired water cannon at migrants at the crossing on Tuesday, the ministry said. "
            "Relations between the two neighbours soured when Tarvo closed its embassy.")
    an, _ = resolved(nlp, text, published="2021-11-16")
    ev = _event(an, "closed")
    assert ev is None or ev.date is None


def test_he_in_a_continued_quote_is_not_its_speaker(nlp):
    text = ('"President Varo will not be holding a meeting with President Dane this afternoon," council '
            'spokesman Ilan Petrov said.\n"Instead, he will meet with President Mira Solen of Ostland."')
    an, _ = resolved(nlp, text, published="2016-09-06")
    ev = _event(an, "meet")
    assert ev is not None and not any("Petrov" in a.text for a in ev.actors)


def test_now_in_a_perfect_opening_the_news_is_the_reports_day(nlp):
    text = ("Ostland's forces have now captured the Varo hydroelectric plant, the largest in the region.\n\n"
            "The plant was set on fire during heavy shelling, officials said.")
    an, _ = resolved(nlp, text, published="2022-03-04")
    ev = _event(an, "captured")
    assert ev is not None and ev.date == "2022-03-04" and ev.date_source == "published"
