"""Who did it to whom, issue 16 item 3, fourth round: classes of argument faults from the blind audit of test9,
on sentences written for these tests (the medium a statement went out on taken for its target, the care site
someone is carried to taken for a recipient, "some of whom" left without its group, a reporting body's "it"
sent to an earlier outlet, whom a request is put to left out)."""

from __future__ import annotations

from conftest import event_with_trigger as _event
from conftest import ref_texts as _texts


def test_the_medium_of_a_criticism_is_no_recipient(nlp):
    ev = _event(nlp, "The senator criticized the governor on social media after the vote.", "criticized")
    assert _texts(ev.recipients) == ["the governor"]


def test_a_crackdown_on_social_media_keeps_its_target(nlp):
    ev = _event(nlp, "The government imposed restrictions on social media.", "restrictions")
    assert _texts(ev.recipients) == ["social media"]


def test_the_hospital_someone_is_rushed_to_is_no_recipient(nlp):
    ev = _event(nlp, "Mendez was rushed to a hospital in critical condition.", "rushed")
    assert "a hospital" not in _texts(ev.recipients) and "hospital" not in _texts(ev.recipients)


def test_some_of_whom_is_the_group_named_before(nlp):
    ev = _event(nlp, "Police fired rubber bullets at protesters in Lima, some of whom threw stones at officers.",
                "threw")
    assert [t.split()[0] for t in _texts(ev.actors)] == ["protesters"]
    assert _texts(ev.recipients) == ["officers"]


def test_a_reporting_body_is_what_its_it_stands_for(nlp):
    ev = _event(nlp, "The BBC reported the raid. The Nigerian army said it was investigating the shooting in Kano.",
                "investigating")
    assert _texts(ev.actors) == ["The Nigerian army"]


def test_a_request_is_put_to_whom_it_is_from(nlp):
    ev = _event(nlp, "The Peruvian foreign ministry is requesting an explanation from the Chilean government over "
                "the treatment of migrants.", "requesting")
    assert _texts(ev.recipients) == ["the Chilean government"]
    assert [r.country for r in ev.recipients] == ["CHL"]


def test_a_request_from_a_town_names_no_one_asked(nlp):
    ev = _event(nlp, "Farmers requested water deliveries from Arequipa.", "requested")
    assert "Arequipa" not in _texts(ev.recipients)


def test_a_withdrawal_ordered_from_a_country_asks_nothing_of_it(nlp):
    ev = _event(nlp, "Before the vote, Niger's rulers ordered the withdrawal of French troops from the country.",
                "ordered")
    assert "the country" not in _texts(ev.recipients)
