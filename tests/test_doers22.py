"""doers22: who did it, when the text names the doer away from the verb (sentences written for these tests)."""

from conftest import analysed_events, event_with_trigger, ref_texts


def test_adjunct_gerund_takes_the_subject_of_the_verb_it_modifies(nlp):
    ev = event_with_trigger(nlp, "Protesters stormed the parliament, setting part of the building on fire after "
                                 "overpowering police officers.", "overpowering")
    assert ref_texts(ev.actors) == ["Protesters"]
    ev = event_with_trigger(nlp, "A Peruvian soldier was arrested after attacking a Bolivian border guard.",
                            "attacking")
    assert ref_texts(ev.actors) == ["Peruvian soldier"]


def test_for_and_of_gerunds_are_not_the_subjects(nlp):
    ev = event_with_trigger(nlp, "The court punished the officer for attacking a journalist.", "attacking")
    assert "The court" not in ref_texts(ev.actors)


def test_misread_subordinate_passive_is_not_done_to_the_main_subject(nlp):
    ev = event_with_trigger(nlp, "The army has taken power in Peru as Pedro Castillo and other ministers are "
                                 "detained.", "detained")
    assert "The army" not in ref_texts(ev.recipients)
    assert "Pedro Castillo" in ref_texts(ev.recipients)


def test_conjunct_with_pronoun_object_belongs_to_the_main_verb(nlp):
    ev = event_with_trigger(nlp, "Peruvian police forced their way into the Bolivian embassy where the former "
                                 "minister Pedro Castillo had been hiding and arrested him, the Bolivian "
                                 "president said.", "arrested")
    assert "Pedro Castillo" not in ref_texts(ev.actors)
    assert any("police" in t for t in ref_texts(ev.actors))


def test_headline_shorthand_passive(nlp):
    ev = event_with_trigger(nlp, "Pedro Castillo detained as army takes power in Peru\n\nThe army took power on "
                                 "Monday.", "detained")
    assert ref_texts(ev.actors) == []
    assert ref_texts(ev.recipients) == ["Pedro Castillo"]


def test_pronoun_in_what_an_office_reports_is_its_person(nlp):
    ev = event_with_trigger(nlp, "The office of Bolivian President Luis Arce said on Sunday that he had brokered "
                                 "a deal with the rebel commander Otto Brill.", "brokered")
    assert ref_texts(ev.actors) == ["Luis Arce"]


def test_opening_place_named_again_as_venue_is_a_dateline(nlp):
    ev = event_with_trigger(nlp, "Lisbon, Peru and Bolivia signed a deal in Lisbon with Portugal to reopen the "
                                 "border.", "signed")
    assert "Lisbon" not in ref_texts(ev.actors)
    assert {"Peru", "Bolivia"} <= set(ref_texts(ev.actors))


def test_same_detention_told_again_takes_its_one_doer(nlp):
    text = ("Peruvian soldiers detained President Pedro Castillo at his office on Monday.\n\n"
            "Castillo and two of his ministers were detained in dawn raids, a spokesman for his party said.")
    evs = [e for e in analysed_events(nlp, text, "2024-03-05") if e.trigger == "detained"]
    assert len(evs) == 2
    assert ref_texts(evs[1].actors) == ["Peruvian soldiers"]


def test_same_detention_with_two_doers_named_takes_none(nlp):
    text = ("Peruvian soldiers detained President Pedro Castillo at his office on Monday.\n\n"
            "Bolivian police detained Castillo last year at the border.\n\n"
            "Castillo and two of his ministers were detained in dawn raids, a spokesman for his party said.")
    evs = [e for e in analysed_events(nlp, text, "2024-03-05") if e.trigger == "detained"]
    assert ref_texts(evs[-1].actors) == []


def test_other_person_detained_gets_no_borrowed_doer(nlp):
    text = ("Peruvian soldiers detained President Pedro Castillo at his office on Monday.\n\n"
            "The opposition leader Keiko Fujimori was detained on Tuesday.")
    ev = event_with_trigger(nlp, text, "detained")
    evs = [e for e in analysed_events(nlp, text, "2024-03-05") if e.trigger == "detained"]
    assert ref_texts(evs[-1].actors) == []
    assert ev is not None
