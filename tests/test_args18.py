"""Who did it to whom, round 18, on sentences written for these tests: every place of a list that is left is
left (none is visited), a meeting's venue is where it is held and a seat of government its host, a pronoun
after a trailing attribution stands for whom the report is about, an act done "after" something else is not
what someone is arrested for, who resists an act done to someone does not do it, two people the parser read as
one phrase are both named, and whom a trip's purpose clause meets is whom the trip visits."""

from __future__ import annotations

from conftest import analysed_events
from conftest import event_with_trigger as _event
from conftest import ref_texts as _texts


def _all(nlp, text: str, trigger: str):
    return [e for e in analysed_events(nlp, text, "2024-03-05") if e.trigger == trigger]


# -- places left -----------------------------------------------------------------------------------------------

def test_every_country_of_a_list_that_is_left_is_no_recipient(nlp):
    for ev in _all(nlp, "Russian diplomats were given three days to leave Poland, Latvia and Estonia.", "leave"):
        assert ev.recipients == []


# -- where a meeting is held -----------------------------------------------------------------------------------

def test_a_hotel_where_talks_are_held_is_no_recipient(nlp):
    for ev in _all(nlp, "India and Japan will hold ministerial talks at the Ocean Pearl Resort in Goa on "
                   "Tuesday.", "talks"):
        assert not any("Resort" in t for t in _texts(ev.recipients))


def test_talks_at_a_seat_of_government_are_with_its_government(nlp):
    ev = _event(nlp, "Xi Jinping held talks at the White House on Friday.", "talks")
    assert [r.country for r in ev.recipients] == ["USA"]


def test_the_host_holding_talks_at_his_own_seat_meets_nobody_there(nlp):
    for ev in _all(nlp, "Donald Trump held talks at the White House on Friday.", "talks"):
        assert ev.recipients == []


# -- a pronoun after a trailing attribution ------------------------------------------------------------------

def test_he_after_an_outlet_report_is_whom_the_report_is_about(nlp):
    text = ("Opposition leader Carlos Ruiz was detained by police in the capital, the Daily Ledger reported on "
            "Monday. He was arrested at his home before dawn.")
    ev = [e for e in analysed_events(nlp, text, "2024-03-05") if e.trigger == "arrested"][0]
    assert _texts(ev.recipients) == ["Carlos Ruiz"]


def test_he_who_speaks_after_an_attribution_is_the_speaker(nlp):
    text = "Carlos Ruiz was detained by police on Monday, Jorge Diaz said. He accused the police of abuse."
    ev = _event(nlp, text, "accused")
    assert _texts(ev.actors) == ["Jorge Diaz"]


# -- doers -----------------------------------------------------------------------------------------------------

def test_who_is_arrested_after_an_act_did_not_do_it(nlp):
    for ev in _all(nlp, "Police arrested Carlos Ruiz after beating his driver outside the court.", "beating"):
        assert "Carlos Ruiz" not in _texts(ev.actors)


def test_who_resists_an_arrest_does_not_make_it(nlp):
    for ev in _all(nlp, "Supporters of Carlos Ruiz resisted his arrest outside the court on Monday.", "arrest"):
        assert ev.actors == []


def test_two_presidents_read_as_one_phrase_are_both_doers(nlp):
    ev = _event(nlp, "U.S. President Joe Biden and Chinese President Xi Jinping met in San Francisco on "
                "Wednesday.", "met")
    assert {"Joe Biden", "Xi Jinping"} <= set(_texts(ev.actors))


# -- whom a trip visits ------------------------------------------------------------------------------------------

def test_whom_the_trip_is_made_to_meet_is_its_recipient(nlp):
    ev = _event(nlp, "Xi Jinping travelled to Kazan on Tuesday to meet Vladimir Putin.", "travelled")
    assert _texts(ev.recipients) == ["Vladimir Putin"]


def test_a_place_where_a_strike_happened_is_still_no_recipient(nlp):
    for ev in _all(nlp, "Russian missiles struck an apartment block in Kharkiv on Monday.", "struck"):
        assert "Kharkiv" not in _texts(ev.recipients)
