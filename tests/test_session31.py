"""Thirty-first session: what a blast beside a force's unit hit."""

from __future__ import annotations

from conftest import event_with_trigger


def _recipients(e):
    return [(r.text, r.country, r.sector) for r in e.recipients]


def test_a_blast_next_to_a_patrol_hits_the_patrols_force(nlp):
    e = event_with_trigger(nlp, "A militant detonated an explosive vest next to a US patrol in the town on Wednesday.",
                           "detonated")
    assert e.type == "ASSAULT" and _recipients(e) == [("a US patrol", "USA", "MIL")]


def test_an_army_checkpoint_in_a_town_is_that_countrys_army(nlp):
    e = event_with_trigger(nlp, "A car bomb exploded outside an army checkpoint in Mogadishu on Wednesday.", "exploded")
    assert _recipients(e) == [("an army checkpoint", "SOM", "MIL")]


def test_a_checkpoint_of_no_named_force_is_no_force(nlp):
    e = event_with_trigger(nlp, "A roadside bomb exploded near a checkpoint on the coast road on Wednesday.", "exploded")
    assert not any(r.sector in ("MIL", "COP") for r in e.recipients)


def test_a_protest_is_aimed_at_whom_its_purpose_names(nlp):
    e = event_with_trigger(nlp, "Hundreds of demonstrators gathered in the capital on Monday to protest against "
                                "President Xi's visit.", "gathered")
    assert e.type == "PROTEST" and [r.name for r in e.recipients] == ["Xi Jinping"]
    e = event_with_trigger(nlp, "Thousands of protesters marched on Monday to demand the governor's resignation.",
                           "marched")
    assert [r.text for r in e.recipients] == ["the governor"]


def test_a_protest_purpose_that_names_a_place_names_no_one(nlp):
    e = event_with_trigger(nlp, "Hundreds of farmers marched on Monday to protest in front of the city hall.", "marched")
    assert e.recipients == []


def test_gunmen_from_a_group_are_the_groups(nlp):
    e = event_with_trigger(nlp, "Gunmen from al-Shabaab attacked a hotel in Mogadishu on Monday.", "attacked")
    assert [(r.name, r.sector) for r in e.actors] == [("Al-Shabaab", "REB")]
    e = event_with_trigger(nlp, "Gunmen from the village attacked a police post on Monday.", "attacked")
    assert all(r.sector != "REB" for r in e.actors)


def test_congress_leaders_in_indian_reports_are_of_indias_party(nlp):
    from conftest import resolved_with_kb

    an, r = resolved_with_kb(nlp, "Congress president Mallikarjun Kharge accused the BJP government in New Delhi of "
                                  "hiding the truth on Monday, days after Prime Minister Narendra Modi addressed the "
                                  "US Congress in Washington.")
    kharge = next(m for m in an.mentions if m.text == "Mallikarjun Kharge")
    person = r.actors[kharge.actor_id]
    assert (person.country, person.sector) == ("IND", "PTY")
    us = next(m for m in an.mentions if m.text in ("US Congress", "the US Congress"))
    assert us.actor_id == "usa-congress"


def test_congress_leaders_in_american_reports_stay_the_us_congress(nlp):
    e = event_with_trigger(nlp, "Congress leaders met President Biden at the White House on Wednesday to discuss "
                                "aid to Ukraine.", "met")
    assert [(a.country, a.sector) for a in e.actors] == [("USA", "LEG")]


def test_regional_branches_of_armed_groups_are_one_name_each(nlp):
    e = event_with_trigger(nlp, "The Islamic State West Africa Province attacked a village in Borno on Monday.",
                           "attacked")
    assert [(a.name, a.sector) for a in e.actors] == [("Islamic State West Africa Province", "REB")]
    from conftest import resolved_with_kb

    an, _ = resolved_with_kb(nlp, "Al-Qaeda in the Islamic Maghreb (AQIM) said on Monday that its fighters had "
                                  "attacked the hotel.")
    assert {m.actor_id for m in an.mentions if "Maghreb" in m.text or m.text == "AQIM"} == {"grp-aqim"}


def test_they_after_one_named_state_is_the_group_it_acted_on(nlp):
    from conftest import analysed_events

    events = analysed_events(nlp, "Turkey expelled ten Western ambassadors on Saturday after they called for the "
                                  "release of a jailed activist.", "2024-03-09")
    called = next(e for e in events if e.trigger == "called")
    assert [a.text for a in called.actors] == ["ten Western ambassadors"]


def test_a_purpose_infinitive_of_a_past_act_looks_back(nlp):
    events = {e.trigger: e for e in analysed_events_(nlp, "Police fired tear gas to disperse hundreds of opposition "
                                                          "supporters in Nairobi on Friday.", "2024-03-09")}
    assert events["disperse"].date == "2024-03-08"
    events = {e.trigger: e for e in analysed_events_(nlp, "The president flew to Paris to meet Macron on Friday.",
                                                     "2024-03-09")}
    assert events["meet"].date == "2024-03-08"


def test_an_agreed_or_later_purpose_still_looks_ahead(nlp):
    from dossier.nlp.timex import extract_timexes
    from datetime import date

    doc = nlp("The minister left for Beijing on Monday to attend a summit on Friday.")
    friday = next(t for t in extract_timexes(doc, "t", date(2024, 3, 9)) if "Friday" in t.text)
    assert friday.value == "2024-03-15"


def analysed_events_(nlp, text, published):
    from conftest import analysed_events

    return analysed_events(nlp, text, published)


def test_the_two_leaders_are_the_two_heads_named_not_their_aides(nlp):
    events = analysed_events_(nlp, "British Prime Minister Rishi Sunak visited Kyiv on Friday with Defence Secretary "
                                   "Grant Shapps and met President Volodymyr Zelensky and his chief of staff Andriy "
                                   "Yermak. The two leaders signed a new security agreement, Zelensky said.",
                              "2024-03-09")
    signed = next(e for e in events if e.trigger == "signed")
    assert sorted(a.name for a in signed.actors) == ["Rishi Sunak", "Volodymyr Zelensky"]


def test_a_person_called_may_is_no_modal_and_her_possessive_no_month():
    from datetime import date

    from dossier.nlp import load
    from dossier.nlp.timex import extract_timexes

    nlp = load()
    doc = nlp("British Prime Minister Theresa May arrived in Beijing on Wednesday. The pair met for talks on Thursday "
              "on the second day of May's first bilateral trip to China.")
    values = {t.text: t.value for t in extract_timexes(doc, "t", date(2018, 2, 1))}
    assert values.get("Wednesday") == "2018-01-31"  # the day before a Thursday report, not the next Wednesday
    assert not any(text.startswith("May") for text in values)
    doc = nlp("Voters punished the government in May's local elections.")
    assert any(t.text.startswith("May") for t in extract_timexes(doc, "t", date(2018, 6, 1)))


def test_positions_a_force_holds_are_attacked_with_arms_and_stances_in_words(nlp):
    e = event_with_trigger(nlp, "The Afghan National Army attacked Taliban positions in Helmand on Monday.", "attacked")
    assert e.type == "ASSAULT"
    e = event_with_trigger(nlp, "The opposition leader attacked the government positions on immigration and taxes on "
                                "Monday.", "attacked")
    assert e.type == "ACCUSE"


def test_syrias_armed_groups_and_independence_armies_are_rebels(nlp):
    e = event_with_trigger(nlp, "The Free Syrian Army attacked government positions near Aleppo on Monday.", "attacked")
    assert [(a.name, a.sector) for a in e.actors] == [("Free Syrian Army", "REB")]
    e = event_with_trigger(nlp, "The Kachin Independence Army clashed with government troops near Laiza on Monday.",
                           "clashed")
    assert [a.sector for a in e.actors] == ["REB"]


def test_gunmen_of_an_attack_a_group_claimed_are_its_fighters(nlp):
    text = ("Ten gunmen stormed the airport in Karachi late on Sunday, killing 19 people. The Pakistani Taliban claimed "
            "responsibility for the attack on Monday.")
    e = event_with_trigger(nlp, text, "stormed", "2018-01-30")
    assert [(a.country, a.sector) for a in e.actors] == [("PAK", "REB")]
    e = event_with_trigger(nlp, "Gunmen killed 12 people at a market on Sunday, police said. No group has claimed "
                                "responsibility.", "killed", "2018-01-30")
    assert [a.sector for a in e.actors] == ["CRM"]


def test_the_presidents_are_the_heads_just_named(nlp):
    text = ("Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan and Iranian President Hassan "
            "Rouhani met in Ankara on Wednesday for talks on Syria. The presidents also urged the international "
            "community to increase aid to Syria.")
    e = event_with_trigger(nlp, text, "urged", "2018-02-01")
    assert sorted(a.country for a in e.actors) == ["IRN", "RUS", "TUR"]
    e = event_with_trigger(nlp, "The presidents of both chambers urged the government to act on Wednesday.", "urged",
                           "2018-02-01")
    assert [a.name for a in e.actors] != []
    assert all(a.country is None for a in e.actors)
