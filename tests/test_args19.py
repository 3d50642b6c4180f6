"""Who did it to whom, round 19, on sentences written for these tests: "the two leaders" / "both leaders" are
the two people of the meeting the article's lead reports (not the last two people named), and a leader
described but not named ("his counterpart", "the Ugandan leader") is the one person of the article who fits --
of that nationality, or the other party of that meeting -- and nobody when two could be meant."""

from __future__ import annotations

from conftest import analysed_events
from conftest import event_with_trigger as _event
from conftest import ref_texts as _texts

LEAD = ("Kenyan President William Ruto arrived in Kampala on Tuesday for talks with Ugandan President Yoweri "
        "Museveni. Ruto and Museveni toured a new rail depot outside the city. ")


def _names(refs) -> set[str]:
    return {r.name or r.text for r in refs}


def test_the_two_leaders_are_the_two_of_the_lead_meeting_not_the_last_two_named(nlp):
    text = LEAD + ("Transport minister Amos Kiptoo told reporters that Ruto had praised the depot. The two "
                   "leaders signed a transit agreement on Wednesday.")
    ev = _event(nlp, text, "signed")
    assert {t.split()[-1] for t in _texts(ev.actors)} == {"Ruto", "Museveni"}


def test_his_counterpart_is_the_other_party_of_the_lead_meeting(nlp):
    ev = _event(nlp, LEAD + "On Wednesday Ruto met his counterpart again at the lakeside lodge.", "met")
    assert [t.split()[-1] for t in _texts(ev.recipients)] == ["Museveni"]


def test_a_leader_described_by_nationality_is_the_one_person_of_that_country(nlp):
    ev = _event(nlp, LEAD + "Ruto held a second round of talks with the Ugandan leader on Wednesday.", "talks")
    assert [t.split()[-1] for t in _texts(ev.recipients)] == ["Museveni"]


def test_a_counterpart_two_people_could_be_is_nobody_named(nlp):
    text = ("Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Tuesday for talks with Ugandan "
            "President Yoweri Museveni and Ugandan Foreign Minister Jeje Odongo. Mudavadi met his Ugandan "
            "counterpart on Wednesday.")
    for ev in analysed_events(nlp, text, "2024-03-05"):
        if ev.trigger == "met":
            assert not any(t.split()[-1] in ("Museveni", "Odongo") for t in _texts(ev.recipients))


def test_without_a_lead_meeting_the_counterpart_stays_unnamed(nlp):
    text = ("Kenyan President William Ruto opened a rail depot in Nairobi on Tuesday. He later met his "
            "counterpart.")
    for ev in analysed_events(nlp, text, "2024-03-05"):
        if ev.trigger == "met":
            assert not any("Ruto" in t for t in _texts(ev.recipients))


def test_a_source_in_apposition_is_never_a_recipient(nlp):
    text = "Police officers beat the protesters outside the court, according to opposition spokesman Ali Raza."
    for ev in analysed_events(nlp, text, "2024-03-05"):
        assert not any("Raza" in t for t in _texts(ev.recipients))
