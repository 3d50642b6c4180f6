"""Twenty-ninth session: a capital that is only where things happen is the city, not its government; "Brussels"
standing for a party is the European Union, unless the report names Belgium; an agreement named before "trade
deal" is no actor; a protest is against whom the participle hanging from it accuses ("protested, denouncing X")."""

from conftest import resolved


def _actor_of(nlp, text: str, name: str):
    an, r = resolved(nlp, text)
    m = next(m for m in an.mentions if m.text == name)
    return r.actors.get(m.actor_id) if m.actor_id else None


def _kind(nlp, text: str, name: str) -> str | None:
    actor = _actor_of(nlp, text, name)
    return actor.kind if actor is not None else None


def test_brussels_standing_for_a_party_is_the_european_union(nlp):
    actor = _actor_of(nlp, "Trade tensions between Washington and Brussels are at an all-time high.", "Brussels")
    assert actor is not None and actor.name == "European Union"


def test_brussels_in_a_report_on_belgium_stays_its_government(nlp):
    actor = _actor_of(nlp, "Belgian Prime Minister Alexander De Croo said Brussels would not back the plan.",
                      "Brussels")
    assert actor is not None and actor.kind == "government" and actor.country == "BEL"


def test_brussels_as_a_venue_is_the_city(nlp):
    assert _kind(nlp, "NATO leaders met in Brussels on Thursday.", "Brussels") == "place"


def test_a_capital_owning_its_quarters_and_trains_is_the_city(nlp):
    assert _kind(nlp, "A truck bomb ripped through Kabul's diplomatic quarter on Wednesday.", "Kabul") == "place"
    assert _kind(nlp, "The bombers killed 192 people in coordinated attacks on Madrid's commuter trains in 2004.",
                 "Madrid") == "place"
    assert _kind(nlp, "Hundreds of protesters stormed Baghdad's Green Zone on Saturday.", "Baghdad") == "place"


def test_a_capital_an_envoy_or_a_plane_goes_back_to_is_the_city(nlp):
    assert _kind(nlp, "The Spanish government recalled its ambassador in Buenos Aires to Madrid definitively.",
                 "Madrid") == "place"
    assert _kind(nlp, "Mechanical problems forced Trudeau's plane to turn back briefly to Ottawa.",
                 "Ottawa") == "place"


def test_an_agreement_named_for_a_capital_is_no_government(nlp):
    assert _kind(nlp, "Kiev authorities have missed a chance to implement Minsk agreements.", "Minsk") == "place"


def test_a_capital_that_acts_stays_its_government(nlp):
    assert _kind(nlp, "Moscow's decision angered Kyiv, officials said on Monday.", "Moscow") == "government"
    assert _kind(nlp, "Beijing rejected the accusation on Tuesday.", "Beijing") == "government"


def test_a_protest_is_against_whom_its_participle_accuses(nlp):
    from conftest import event_with_trigger

    ev = event_with_trigger(nlp, "Opposition supporters protested in Caracas on Wednesday, denouncing President Nicolas "
                                 "Maduro for eroding democracy.", "protested")
    assert [r.text for r in ev.recipients] == ["Nicolas Maduro"]
    ev = event_with_trigger(nlp, "Protesters rallied outside parliament on Monday, accusing the government of "
                                 "corruption.", "rallied")
    assert [r.text for r in ev.recipients] == ["the government"]


def test_a_protest_keeps_no_target_a_later_sentence_names(nlp):
    from conftest import event_with_trigger

    ev = event_with_trigger(nlp, "Protesters rallied outside parliament on Monday. Separately, the minister accused "
                                 "the opposition of lying.", "rallied")
    assert ev.recipients == []


def test_the_opposition_is_the_camp_not_the_person_named_before(nlp):
    from conftest import event_with_trigger

    ev = event_with_trigger(nlp, "John Smith said a teenager was shot. Officials blamed the opposition.", "blamed")
    assert [r.text for r in ev.recipients] == ["the opposition"]


def test_a_past_perfect_under_a_reporting_verb_keeps_later_acts_of_the_day(nlp):
    from conftest import analysed_events

    text = ("Police in Catalonia said they had arrested a man after the van attack in Barcelona. "
            "Police arrested a third suspect in Alcanar.")
    third = [e for e in analysed_events(nlp, text, "2017-08-17") if e.trigger == "arrested"][-1]
    assert (third.date, third.date_source) == ("2017-08-17", "published")
