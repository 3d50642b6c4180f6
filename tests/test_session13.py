"""Thirteenth session: sanctions put on a named target, sites an attack hits, and who civilians and protesters are.

Read from the verdicts of held-out sets already measured (test47's ICC sanctions, the Kramatorsk station strike,
"N. Korea" in a headline). Every sentence here was written for these tests.
"""

from __future__ import annotations

from conftest import resolved

from dossier.nlp.event_model import DEFAULT_THRESHOLD


def _shown(an, etype: str | None = None):
    return [e for e in an.events if e.confidence >= DEFAULT_THRESHOLD and (etype is None or e.type == etype)]


def test_sanctions_announced_against_a_named_target_are_a_sanction(nlp):
    an, _ = resolved(nlp, "Canada announced new sanctions against Belarus on Monday.", published="2031-05-07")
    sanctions = _shown(an, "SANCTION")
    assert len(sanctions) == 1
    e = sanctions[0]
    assert [r.country for r in e.actors] == ["CAN"] and [r.country for r in e.recipients] == ["BLR"]
    assert e.mode == "asserted" and e.date == "2031-05-05"


def test_sanctions_as_a_state_of_affairs_are_no_event(nlp):
    an, _ = resolved(nlp, "Sanctions have weighed on the economy of Belarus for years.", published="2031-05-07")
    assert _shown(an, "SANCTION") == []


def test_civilians_are_not_of_the_side_that_shells_them(nlp):
    an, _ = resolved(nlp, "Volunteers evacuated civilians from villages shelled by Russian forces.",
                     published="2031-05-07")
    civilians = [r for e in an.events for r in (*e.actors, *e.recipients) if r.text == "civilians"]
    assert civilians and all(r.country != "RUS" for r in civilians)


def test_a_site_in_a_town_that_an_attack_hits_is_its_recipient(nlp):
    an, _ = resolved(nlp, "Russian troops launched a missile strike on the railway station in Kharkiv.",
                     published="2031-05-07")
    strike = next(e for e in an.events if e.type == "ASSAULT")
    assert [(r.text, r.country) for r in strike.recipients] == [("the railway station in Kharkiv", "UKR")]


def test_a_town_named_before_its_station_is_a_place(nlp):
    an, _ = resolved(nlp, "Russian troops launched a missile strike on Kharkiv station.", published="2031-05-07")
    strike = next(e for e in an.events if e.type == "ASSAULT")
    assert [r.country for r in strike.recipients] == ["UKR"]


def test_what_a_site_is_used_for_is_no_event(nlp):
    an, _ = resolved(nlp, "The bridge is used to evacuate civilians from the front line.", published="2031-05-07")
    assert _shown(an) == []


def test_tens_of_captives_killed_are_the_recipients(nlp):
    an, _ = resolved(nlp, "Officials say tens of captives have been killed by Israeli strikes.", published="2031-05-07")
    killed = next(e for e in an.events if e.trigger == "killed")
    assert [r.text for r in killed.recipients] == ["captives"]
    assert [r.country for r in killed.actors] == ["ISR"]


def test_people_who_protest_are_the_doers(nlp):
    an, _ = resolved(nlp, "People protested in Tbilisi.", published="2031-05-07")
    protest = next(e for e in an.events if e.type == "PROTEST")
    assert [r.text for r in protest.actors] == ["People"] and protest.recipients == []


def test_a_compass_initial_is_part_of_korea(nlp):
    an, _ = resolved(nlp, "As Seoul blames N. Korea for cyberattack, minister vows response", published="2031-05-07")
    blame = next(e for e in an.events if e.type == "ACCUSE")
    assert [(r.text, r.country) for r in blame.recipients] == [("N. Korea", "PRK")]
    an, _ = resolved(nlp, "S. Korea said N. Korean troops fired warning shots.", published="2031-05-07")
    shots = next(e for e in an.events if e.trigger == "fired")
    assert [r.country for r in shots.actors] == ["PRK"]


def test_a_feast_day_is_a_date(nlp):
    from datetime import date

    from dossier.nlp.timex import extract_timexes

    def values(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in extract_timexes(nlp(text), "t", date(2031, 2, 25))]

    assert values("The two leaders last met on Christmas Day in 2027.") == [("Christmas Day in 2027", "2027-12-25")]
    assert values("Crowds marched through the capital on New Year's Eve.") == [("New Year's Eve", "2030-12-31")]
    assert values("Talks stalled after Thanksgiving in 2029.") == [("Thanksgiving in 2029", "2029-11-22")]
    assert values("A lorry was driven into a Christmas market.") == []


def test_warning_shots_are_a_threat_not_an_attack(nlp):
    an, _ = resolved(nlp, "Officials said the navy fired warning shots at the frigate.", published="2031-05-07")
    fired = next(e for e in an.events if e.trigger == "fired")
    assert fired.type == "THREATEN" and fired.mode == "asserted"
    an, _ = resolved(nlp, "Officials said the navy fired shots at the frigate.", published="2031-05-07")
    assert next(e for e in an.events if e.trigger == "fired").type == "ASSAULT"


def test_a_denial_a_law_only_allows_has_not_happened(nlp):
    an, _ = resolved(nlp, "The new rule allows the ministry to deny entry to foreign reporters.",
                     published="2031-05-07")
    deny = next(e for e in an.events if e.trigger == "deny")
    assert deny.mode == "hypothetical"
    an, _ = resolved(nlp, "The ministry denied entry to foreign reporters on Monday.", published="2031-05-07")
    assert next(e for e in an.events if e.trigger == "denied").mode == "asserted"


def test_a_conjunct_negated_is_not_acted_upon(nlp):
    an, _ = resolved(nlp, "The EU sanctioned Rosneft but not Lukoil.", published="2031-05-07")
    sanction = next(e for e in an.events if e.type == "SANCTION")
    assert "Lukoil" not in [r.text for r in sanction.recipients]


def test_a_body_named_in_full_then_by_one_word_is_one_body(nlp):
    an, r = resolved(nlp, "The U.S. Treasury Department announced the sanctions on Wednesday. Given Putin's refusal "
                          "to end the war, Treasury is sanctioning Russia's two largest oil companies.",
                     published="2031-05-07")
    full = next(m for m in an.mentions if m.text == "U.S. Treasury Department")
    short = next(m for m in an.mentions if m.text == "Treasury")
    assert full.actor_id == short.actor_id and r.actors[full.actor_id].country == "USA"
    # the dictionaries' "Us Treasury Department" (GOV) is this body, shown with its initials
    assert r.actors[full.actor_id].sector == "GOV" and r.actors[full.actor_id].name.startswith("US ")


def test_a_gathering_to_worship_is_no_protest_and_a_suicide_no_attack(nlp):
    an, _ = resolved(nlp, "Villagers gathered to observe Easter Sunday in the square.", published="2031-05-07")
    assert [e for e in an.events if e.type == "PROTEST"] == []
    an, _ = resolved(nlp, "Hundreds gathered to protest against the new law.", published="2031-05-07")
    assert [e.type for e in an.events] == ["PROTEST"]
    an, _ = resolved(nlp, "The former minister shot himself on Monday as police arrived.", published="2031-05-07")
    assert [e for e in an.events if e.trigger == "shot"] == []


def test_people_of_a_nationality_arriving_make_no_state_visit(nlp):
    an, _ = resolved(nlp, "Three Russians arrived in Norway in March and were later detained.", published="2031-05-07")
    assert _shown(an, "CONSULT") == []


def test_who_died_in_clashes_suffered_them(nlp):
    an, _ = resolved(nlp, "A student died on Friday during clashes with police.", published="2031-05-07")
    clash = next(e for e in an.events if e.trigger == "clashes")
    assert [r.text for r in clash.recipients] == ["student"]
    assert "student" not in [r.text for r in clash.actors]


def test_a_strike_on_people_gathered_hits_them_and_its_doer_kills(nlp):
    an, _ = resolved(nlp, "Russian drones struck civilians gathered for a wedding in the village, killing nine people.",
                     published="2031-05-07")
    struck = next(e for e in an.events if e.trigger == "struck")
    assert [r.text for r in struck.recipients] == ["civilians"]
    killing = next(e for e in an.events if e.trigger == "killing")
    assert [r.country for r in killing.actors] == ["RUS"]


def test_iraqi_armed_groups_are_iraqs(nlp):
    an, _ = resolved(nlp, "Kataib Hezbollah fighters fired rockets at the base.", published="2031-05-07")
    fired = next(e for e in an.events if e.trigger == "fired")
    assert [(r.country, r.sector) for r in fired.actors] == [("IRQ", "REB")]


def test_the_visit_one_arrives_on_names_no_one_met(nlp):
    an, _ = resolved(nlp, "King Salman arrived in Moscow on Wednesday on the first visit by a Saudi king to Russia.",
                     published="2031-05-07")
    arrived = next(e for e in an.events if e.trigger == "arrived")
    assert [r.country for r in arrived.recipients] == ["RUS"]


def test_a_refused_proposal_answers_its_proposer(nlp):
    an, _ = resolved(nlp, "Russia refused to accept a French proposal for a truce.", published="2031-05-07")
    refused = next(e for e in an.events if e.trigger == "refused")
    assert [r.country for r in refused.recipients] == ["FRA"]


def test_missiles_fired_at_the_city_hit_the_town_named_before(nlp):
    an, _ = resolved(nlp, "Two people were killed in Kharkiv on Sunday. Kyiv says Moscow fired two ballistic missiles "
                          "at the northeastern city on Sunday morning.", published="2031-05-07")
    fired = next(e for e in an.events if e.trigger == "fired")
    assert [(r.text, r.country) for r in fired.recipients] == [("Kharkiv", "UKR")]


def test_protesters_soldiers_disperse_abroad_are_not_the_soldiers_country(nlp):
    an, _ = resolved(nlp, "Crowds stormed the compound in Baghdad. US marines fired tear gas to disperse the "
                          "protesters.", published="2031-05-07")
    disperse = next(e for e in an.events if e.trigger == "disperse")
    assert [r.country for r in disperse.actors] == ["USA"]
    assert all(r.country != "USA" for r in disperse.recipients)


def test_what_one_did_a_thing_by_doing_takes_its_time(nlp):
    an, _ = resolved(nlp, "The premier responded on Tuesday by urging parliament to declare an emergency.",
                     published="2031-05-08")
    urging = next(e for e in an.events if e.trigger == "urging")
    assert urging.date == "2031-05-06"


def test_people_named_by_where_they_are_are_not_the_place(nlp):
    an, r = resolved(nlp, "Protesters in Shanghai called on Xi Jinping to step down.", published="2031-05-07")
    called = next(e for e in an.events if e.trigger == "called")
    doer = called.actors[0]
    assert doer.country == "CHN" and (doer.actor_id is None or r.actors[doer.actor_id].kind not in ("place", "country"))


def test_crowds_protesting_are_the_doers(nlp):
    an, _ = resolved(nlp, "Angry crowds protested in Chengdu on Sunday.", published="2031-05-07")
    protest = next(e for e in an.events if e.type == "PROTEST")
    assert [r.text for r in protest.actors] == ["Angry crowds"] and protest.recipients == []


def test_sanctions_called_for_are_not_imposed(nlp):
    an, _ = resolved(nlp, "His mother called for France to impose sanctions on Iran in a statement.",
                     published="2031-05-07")
    assert [e.mode for e in an.events if e.type == "SANCTION"] == ["requested"]
    an, _ = resolved(nlp, "The minister urged Belarus to release the journalist.", published="2031-05-07")
    assert [e.mode for e in an.events if e.trigger == "release"] in ([], ["requested"])
    assert [e.mode for e in an.events if e.trigger == "urged"] == ["asserted"]
