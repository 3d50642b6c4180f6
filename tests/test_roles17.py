"""roles17: who did it to whom -- the one who suffers an act is never its doer (injuries suffered, wounds
sustained, charges faced, treatment received, a sentence served); a journey an act is done on names where, not
whom; a state's ships stand for the force that sails them; an outlet a report is credited to is no participant
and no pronoun's antecedent; "they" of a clause joined by "and" is that clause's subject. Sentences written for
these tests."""

from __future__ import annotations

from conftest import event_with_trigger, ref_texts


def _parts(nlp, text: str):
    from dossier.nlp.analyse import mentions_of
    from dossier.nlp.event_args import Participants

    doc = nlp(text)
    return doc, Participants(doc, mentions_of(doc, "t"))


def _args(nlp, text: str, trigger: str, etype: str):
    """The rules' (actors, recipients) of ``trigger`` read as an event of ``etype``, detection aside."""
    from dossier.nlp.event_args import arguments

    doc, parts = _parts(nlp, text)
    tok = next(t for t in doc if t.text == trigger)
    actors, recipients, _ = arguments(tok, parts, etype)
    return ref_texts(actors), ref_texts(recipients)


# -- the sufferer is the recipient ------------------------------------------------------------------------------

def test_injuries_suffered_make_the_subject_the_victim(nlp):
    actors, recipients = _args(nlp, "Two Georgian fishermen suffered minor injuries in the clash.", "suffered",
                               "ASSAULT")
    assert actors == [] and recipients == ["Two Georgian fishermen"]


def test_wounds_sustained_make_the_subject_the_victim(nlp):
    ev = event_with_trigger(nlp, "Four Peruvian soldiers sustained gunshot wounds during the ambush.", "wounds")
    assert ref_texts(ev.actors) == [] and ref_texts(ev.recipients) == ["Four Peruvian soldiers"]


def test_sustaining_an_act_of_ones_own_is_doing_it(nlp):
    # near miss: "sustain" without harm as its object is keeping something up, done by the subject
    actors, recipients = _args(nlp, "The rebels sustained their attack on the garrison for a week.", "attack",
                               "ASSAULT")
    assert "The rebels" in actors and "The rebels" not in recipients


def test_charges_faced_are_suffered(nlp):
    actors, recipients = _args(nlp, "The former mayor faces charges of fraud in Lima.", "charges", "COERCE")
    assert actors == [] and recipients == ["The former mayor"]


def test_treatment_received_comes_from_the_giver(nlp):
    actors, recipients = _args(nlp, "The wounded villagers received treatment from the United Nations.", "received",
                               "AID")
    assert recipients == ["The wounded villagers"] and actors == ["United Nations"]


def test_receiving_a_person_is_hosting_them(nlp):
    # near miss: the one received is named as the object, so the subject is the host, as before
    actors, recipients = _args(nlp, "President Lula received Emmanuel Macron in Brasilia.", "received", "CONSULT")
    assert "Lula" in " ".join(actors) and "Emmanuel Macron" in recipients


def test_they_of_a_joined_clause_is_that_clause_subject(nlp):
    text = ("Colombia protested on Monday. Three Colombian fishermen were hurt in the incident and they received "
            "first aid from medics.")
    actors, recipients = _args(nlp, text, "received", "AID")
    assert recipients == ["Three Colombian fishermen"]
    assert "Colombia" not in actors


def test_a_sentence_violated_is_the_violators(nlp):
    text = "The service said Sokolov had violated his suspended sentence and would be held in custody."
    actors, recipients = _args(nlp, text, "sentence", "COERCE")
    assert actors == [] and recipients == ["Sokolov"]


def test_a_sentence_served_after_a_verb_it_completes(nlp):
    actors, recipients = _args(nlp, "Navarro began serving his sentence in a military prison.", "sentence", "COERCE")
    assert actors == [] and recipients == ["Navarro"]


def test_a_sentence_upheld_is_the_courts_act(nlp):
    # near miss: upholding a sentence is done by the judge, not served by them
    actors, recipients = _args(nlp, "The judge upheld his sentence on Monday.", "sentence", "COERCE")
    assert actors == ["The judge"] and "The judge" not in recipients


def test_a_possessor_of_a_sentence_is_its_recipient(nlp):
    actors, recipients = _args(nlp, "Lawyers for Sokolov said Sokolov's sentence was too harsh.", "sentence",
                               "COERCE")
    assert actors == [] and recipients == ["Sokolov"]


# -- a journey names where ---------------------------------------------------------------------------------------

def test_arrival_at_an_airport_is_where_not_whom(nlp):
    ev = event_with_trigger(nlp, "Border guards arrested the journalist on his arrival at a Minsk airport late "
                                 "on Friday.", "arrested")
    assert ref_texts(ev.recipients) == ["the journalist"]


def test_return_to_a_city_is_where_not_whom(nlp):
    ev = event_with_trigger(nlp, "Police detained the activist on his return to Caracas.", "detained")
    assert "Caracas" not in ref_texts(ev.recipients)


def test_on_arrival_is_when_not_whom(nlp):
    # the parser joins the sources after "on arrival" to it as conjuncts
    text = "Soldiers seized the ship and detained the captain on arrival, officials and rights groups said."
    _, recipients = _args(nlp, text, "detained", "COERCE")
    assert recipients == ["the captain"]


def test_a_strike_on_a_country_still_targets_it(nlp):
    # near miss: an attack on a place that is no journey is still aimed at it
    actors, recipients = _args(nlp, "The navy fired missiles on targets in Syria overnight.", "fired", "ASSAULT")
    assert "Syria" in recipients


# -- a state's vessels -------------------------------------------------------------------------------------------

def test_its_vessels_seized_stand_for_the_force_that_owns_them(nlp):
    text = "The Philippine coast guard said sailors were hurt and its vessels were seized by China."
    actors, recipients = _args(nlp, text, "seized", "COERCE")
    assert actors == ["China"] and recipients == ["The Philippine coast guard"]


def test_their_boats_need_a_plural_owner(nlp):
    # near miss: "its" cannot stand for a plural subject ("sailors"), so nobody rather than a guess
    text = "The sailors said its boats were seized by China."
    actors, recipients = _args(nlp, text, "seized", "COERCE")
    assert recipients == []


# -- an outlet is no participant ---------------------------------------------------------------------------------

def test_an_outlet_credited_with_a_report_is_no_antecedent(nlp):
    # (a paragraph break inside the credit, as pages deliver it, makes the parser read the outlet as a subject)
    text = ("According to a report by\n\nReuters, the minister was due to arrive at the airport, but officials shut "
            "it. They then detained him.")
    actors, recipients = _args(nlp, text, "detained", "COERCE")
    assert actors == ["officials"] and recipients == ["the minister"]


def test_an_agency_cited_is_no_actor(nlp):
    from dossier.nlp.event_args import Participants

    doc, parts = _parts(nlp, "Citing Interfax, the paper said troops had shelled the town.")
    assert parts.cited(doc.text.index("Interfax"))
    assert not parts.cited(doc.text.index("troops"))


# -- participant nouns -------------------------------------------------------------------------------------------

def test_a_serviceman_killed_is_the_recipient(nlp):
    ev = event_with_trigger(nlp, "Gunmen stormed an army post in Mali and killed one serviceman.", "killed")
    assert ref_texts(ev.recipients) == ["one serviceman"]


def test_law_enforcers_are_doers(nlp):
    actors, _ = _args(nlp, "Law enforcers detained the blogger in the capital.", "detained", "COERCE")
    assert actors == ["Law enforcers"]


# -- co-doers and counterparts ------------------------------------------------------------------------------------

def test_the_one_led_to_announce_is_who_it_stands_for(nlp):
    text = ("Rebels shelled the border town overnight, leading Peru to announce on Monday that it will impose a "
            "curfew.")
    actors, _ = _args(nlp, text, "impose", "COERCE")
    assert actors == ["Peru"]


def test_a_titled_person_joined_by_and_is_a_co_signer(nlp):
    # (the parser hangs the first name on the second's title and loses the conjunct)
    for text in ("Then US President Donald Trump and North Korean dictator Kim Jong Un signed a joint statement in "
                 "Singapore.", "In 2018 Donald Trump and North Korean leader Kim Jong Un signed a vague pledge in "
                 "Singapore."):
        actors, _ = _args(nlp, text, "signed", "AGREE")
        assert actors == ["Donald Trump", "Kim Jong Un"]


def test_a_clause_between_the_and_and_the_head_is_no_co_signer(nlp):
    # near miss: a verb between the "and" and the subject's head means the parser's join is not a pair of names
    text = "Gabriel Boric said on Monday that Javier Milei signed a water treaty."
    actors, _ = _args(nlp, text, "signed", "AGREE")
    assert actors == ["Javier Milei"]


def test_they_for_ministers_of_several_countries_is_all_of_them(nlp):
    text = ("The foreign ministers of Peru, Chile and Bolivia met in Lima on Friday, after which they said they had "
            "reached a deal.")
    actors, _ = _args(nlp, text, "reached", "AGREE")
    assert {"Chile", "Bolivia"} <= set(actors)


def test_both_sides_skip_the_doers_own_country(nlp):
    text = ("The Chinese foreign minister met officials of Peru and Chile. Beijing supports both sides in the talks, "
            "he said.")
    _, recipients = _args(nlp, text, "supports", "SUPPORT")
    assert recipients == ["Peru", "Chile"]


def test_both_sides_with_three_others_named_is_nobody(nlp):
    # near miss: three countries other than the doer's named: which two is not told
    text = "Peru, Chile and Bolivia held talks on Monday. Brazil urged both sides to show restraint."
    _, recipients = _args(nlp, text, "urged", "REQUEST")
    assert recipients == []
