"""Who did it to whom, issue 16 item 3: classes of argument faults from the blind audits, on sentences written
for these tests (things as recipients, named counterparts left empty, the wrong one of two)."""

from __future__ import annotations

from conftest import analysed_events


def _event(nlp, text, trigger):
    return next(e for e in analysed_events(nlp, text, "2024-08-01") if e.trigger == trigger)


def _texts(refs):
    return [r.text for r in refs]


def test_the_airport_of_an_arrest_is_where_not_whom(nlp):
    ev = _event(nlp, "Police arrested the former mayor Juan Perez at Lima airport on Monday, officials said.", "arrested")
    assert _texts(ev.recipients) == ["Juan Perez"]


def test_a_building_stormed_is_no_recipient(nlp):
    ev = _event(nlp, "About 40 attackers stormed the monastery before dawn, police said.", "stormed")
    assert _texts(ev.actors) == ["40 attackers"]
    assert not ev.recipients


def test_a_church_is_a_participant_and_stays(nlp):
    # an institution the participant lexicon lists is not a mere site
    ev = _event(nlp, "Armed men stormed a Catholic church in the village on Sunday, firing guns.", "stormed")
    assert _texts(ev.recipients) == ["Catholic church"]


def test_weapons_fired_are_no_recipients(nlp):
    ev = _event(nlp, "Malian troops fired heavy artillery, including 122mm rockets, at a rebel camp near the "
                     "border.", "fired")
    assert not any("artillery" in r.text or "rockets" in r.text for r in ev.recipients)


def test_a_town_seized_is_no_recipient(nlp):
    ev = _event(nlp, "Rebels say they have seized the town of Bunia in eastern Congo.", "seized")
    assert not ev.recipients


def test_blaming_each_other_makes_each_the_others_target(nlp):
    ev = _event(nlp, "Peru and Bolivia have blamed each other for the clashes on the border.", "blamed")
    assert {r.country for r in ev.recipients} == {"PER", "BOL"}


def test_a_demand_for_someones_resignation_is_aimed_at_them(nlp):
    ev = _event(nlp, "Thousands of protesters demanding the resignation of Prime Minister Mark Rutte marched in "
                     "Amsterdam.", "demanding")
    assert _texts(ev.recipients) == ["Mark Rutte"]


def test_calling_for_someone_to_step_down_is_aimed_at_them(nlp):
    ev = _event(nlp, "Thousands of people have been protesting for weeks, calling for President Maduro to step "
                     "down.", "calling")
    assert _texts(ev.recipients) == ["Maduro"]


def test_a_demand_for_a_release_is_not_aimed_at_who_is_held(nlp):
    ev = _event(nlp, "The families demanded the release of the kidnapped engineers.", "demanded")
    assert not any("engineers" in r.text for r in ev.recipients)


def test_troops_deployed_are_the_doers_own(nlp):
    ev = _event(nlp, "Germany deployed troops to the border on Monday.", "deployed")
    assert not any("troops" in r.text for r in ev.recipients)


def test_the_leaders_of_two_countries_are_both_doers(nlp):
    ev = _event(nlp, "The leaders of Serbia and Croatia signed an agreement on Friday.", "signed")
    assert {a.country for a in ev.actors} == {"SRB", "HRV"}


def test_who_faces_charges_suffers_them_not_the_court(nlp):
    ev = _event(nlp, "Kenyan police arrested former minister John Otieno in Nairobi on Friday and flew him to "
                     "Arusha to face charges at the East African Court of Justice, President Ruto said.", "face")
    assert _texts(ev.recipients) == ["John Otieno"]
    assert not ev.actors


def test_anti_protesters_protest_the_person_named(nlp):
    ev = _event(nlp, "About 50 anti-Maduro protesters gathered outside the embassy in Madrid with banners.",
                "gathered")
    assert _texts(ev.recipients) == ["Maduro"]


def test_an_of_phrase_with_a_gerund_is_the_charge(nlp):
    ev = _event(nlp, "The scandal deepened, with the ministry being accused by prosecutors of hiding the "
                     "reports.", "accused")
    assert _texts(ev.actors) == ["prosecutors"]


def test_a_relative_clause_after_an_apposition_describes_its_person(nlp):
    ev = _event(nlp, "He also fired Ivan Petrov, the head of the police and a figure close to Sokolov, who was "
                     "then arrested.", "arrested")
    assert _texts(ev.recipients) == ["Ivan Petrov"]


def test_a_relative_clause_on_a_plain_name_describes_that_name(nlp):
    ev = _event(nlp, "Police arrested Ivan Petrov, who was later charged with fraud.", "charged")
    assert _texts(ev.recipients) == ["Ivan Petrov"]


def test_the_object_of_the_verb_a_clause_completes_does_the_clause(nlp):
    # object control: "led countries, including X and Y, to call for": X and Y call, not the violence
    ev = _event(nlp, "The violence has led several countries, including Spain and Italy, to call for a ceasefire "
                     "while urging Morocco to withdraw.", "urging")
    assert {a.country for a in ev.actors} == {"ESP", "ITA"}
    assert {r.country for r in ev.recipients} == {"MAR"}


def test_a_promise_is_done_by_its_subject_whatever_its_object(nlp):
    ev = _event(nlp, "Russia promised Armenia to send peacekeepers.", "promised")
    assert {a.country for a in ev.actors} == {"RUS"}


def test_a_visit_inside_a_frame_is_made_by_the_subject_of_the_verb(nlp):
    ev = _event(nlp, "President Biden arrived in Japan on Sunday at the start of a five-day visit to Asia.", "visit")
    assert _texts(ev.actors) == ["Biden"]


def test_what_a_second_verb_praises_is_not_who_the_first_met(nlp):
    ev = _event(nlp, "In March, shortly before the summit, she met with Chile's Mining Minister, Pedro Rojas, and "
                     "publicly praised Chile's pension reforms, saying they were a model.", "met")
    assert _texts(ev.recipients) == ["Pedro Rojas"]


def test_verbs_sharing_one_object_still_share_it(nlp):
    ev = _event(nlp, "The gunman shot and killed the judge outside the court.", "shot")
    assert _texts(ev.recipients) == ["the judge"]


def test_a_purpose_clause_is_done_by_the_subject(nlp):
    # "overwhelmed police to storm": no control verb, the protesters storm
    ev = _event(nlp, "Protesters overwhelmed police to storm the parliament compound on Tuesday.", "storm")
    assert _texts(ev.actors) == ["Protesters"]


def test_a_countrys_territory_stands_for_the_country(nlp):
    ev = _event(nlp, "Iran fired dozens of missiles towards Israeli territory on Tuesday night.", "fired")
    assert {r.country for r in ev.recipients} == {"ISR"}


def test_a_region_with_no_owner_named_is_no_recipient(nlp):
    ev = _event(nlp, "The army shelled the disputed border region overnight.", "shelled")
    assert not ev.recipients
