"""Session 46: mentions of one doer with different named counterparts are two acts, not one (sentences written
here)."""

from __future__ import annotations

from dossier.link.events import compatible, merge_story_events
from dossier.records import ActorRef, Analysis, Article, EventMention


def _ref(text: str, quote: str, aid: str, country: str = "VLR") -> ActorRef:
    at = quote.index(text)
    return ActorRef(text, at, at + len(text), actor_id=aid, name=text, country=country, sector="GOV")


def _met(mid: str, quote: str, counterpart: str | None, cid: str | None, *, stage: str | None = "met",
         doer: str = "Anna Brenner", offset: int = 0) -> EventMention:
    at = offset + quote.index("met")
    return EventMention(id=mid, article_id="a1", type="CONSULT", trigger="met", trigger_start=at, trigger_end=at + 3,
                        sentence_start=offset, sentence_end=offset + len(quote), quote=quote,
                        actors=[_ref(doer, quote, "brenner", "OST")],
                        recipients=[_ref(counterpart, quote, cid)] if counterpart else [],
                        date="2031-04-15", date_source="timex", confidence=0.9, stage=stage)


XI = "Anna Brenner met President Ivo Marek in Velar on Tuesday."
LI = "Anna Brenner also met Prime Minister Lina Sova on Tuesday."
AGAIN = "Anna Brenner met Ivo Marek for three hours on Tuesday."
ALONE = "Anna Brenner met officials in Velar on Tuesday."


def test_one_doer_meeting_two_named_counterparts_holds_two_meetings():
    assert not compatible(_met("m1", XI, "Ivo Marek", "marek"), _met("m2", LI, "Lina Sova", "sova"))
    assert not compatible(_met("m1", XI, "Ivo Marek", "marek", stage=None),
                          _met("m2", LI, "Lina Sova", "sova", stage=None))
    report = Analysis(article=Article(id="a1", source="own", text=XI + " " + LI, published="2031-04-16"),
                      events=[_met("m1", XI, "Ivo Marek", "marek"),
                              _met("m2", LI, "Lina Sova", "sova", offset=len(XI) + 1)])
    events = merge_story_events("s1", [report])
    assert sorted(len(e.mentions) for e in events) == [1, 1]


def test_the_same_counterpart_told_twice_or_an_unnamed_one_is_still_one_meeting():
    assert compatible(_met("m1", XI, "Ivo Marek", "marek"), _met("m2", AGAIN, "Ivo Marek", "marek"))
    assert compatible(_met("m1", XI, "Ivo Marek", "marek"), _met("m2", ALONE, None, None))


# --- a demand's recipient is who is asked, not whom the thing asked for is about ---

def _request(nlp, text: str):
    from conftest import analysed_events

    return next(e for e in analysed_events(nlp, text, "2031-04-16") if e.type == "REQUEST")


def test_whom_a_demanded_thing_is_for_is_not_who_is_asked(nlp):
    for text in ("The Foreign Ministry of Velar on Monday demanded protection of its citizens' rights.",
                 "Protesters in Velar demanded the liberation of political prisoners on Wednesday.",
                 "The government of Ostland on Monday sought the extradition of businessman Ivo Marek."):
        assert _request(nlp, text).recipients == [], text


def test_whose_own_act_or_help_is_asked_is_still_asked(nlp):
    resign = _request(nlp, "The opposition called for the resignation of Prime Minister Ivo Marek on Tuesday.")
    assert [r.text for r in resign.recipients] == ["Ivo Marek"]
    help_ = _request(nlp, "Velar on Monday requested the help of the United Nations to clear the mines.")
    assert [r.name for r in help_.recipients] == ["United Nations"]
    urged = _request(nlp, "Velar on Monday urged Ostland to protect the rights of its citizens.")
    assert [r.text for r in urged.recipients] == ["Ostland"]


# --- who suffered the act a condemnation is about is not the one condemned ---

def _accusation(nlp, text: str):
    from conftest import analysed_events

    return next(e for e in analysed_events(nlp, text, "2031-04-16") if e.type == "ACCUSE")


def test_the_victim_of_a_condemned_execution_is_not_its_recipient(nlp):
    ev = _accusation(nlp, "German Foreign Minister Annalena Weber on Tuesday condemned John Miller's execution.")
    assert "John Miller" not in [r.text for r in ev.recipients]


def test_a_state_that_did_the_condemned_act_is_still_its_recipient(nlp):
    assert [r.name for r in _accusation(nlp, "France on Tuesday condemned Iran's detention of three sailors.").recipients] \
        == ["Iran"]
    assert [r.name for r in _accusation(nlp, "Britain condemned Russia's attack on the port on Tuesday.").recipients] \
        == ["Russia"]


# --- an act given as the reason for a state of affairs is recalled ---

def test_an_act_named_as_the_cause_of_a_state_of_affairs_is_background(nlp):
    from conftest import analysed_events

    text = ("Relations between Ostland and Velar have deteriorated in recent months because of Velar's annexation "
            "of the Tarvo peninsula.")
    ev = [e for e in analysed_events(nlp, text, "2031-04-16") if e.trigger == "annexation"]
    assert ev and all(e.background and e.date is None for e in ev)
    text = "Talks between the two governments stalled due to the invasion of Tarvo by Velar."
    ev = [e for e in analysed_events(nlp, text, "2031-04-16") if e.trigger == "invasion"]
    assert ev and all(e.background for e in ev)


def test_an_act_told_as_news_is_not_a_cause(nlp):
    from conftest import analysed_events

    text = "Velar annexed the Tarvo peninsula on Monday, its foreign ministry said."
    ev = [e for e in analysed_events(nlp, text, "2031-04-16") if e.trigger == "annexed"]
    assert ev and not any(e.background for e in ev)


# --- a recalled act and the news of one sentence are not one event told twice ---

def test_a_recalled_act_is_no_one_sentence_twin_of_the_news():
    from dossier.link.events import _one_sentence_twins

    quote = "Anna Brenner met Ivo Marek in Velar, one day after Anna Brenner met officials in Tarvo."
    talks = _met("m1", quote, "Ivo Marek", "marek")
    visit = _met("m2", quote, None, None)
    assert _one_sentence_twins(talks, visit)
    visit.background, visit.recalled, visit.date, visit.date_source = True, True, None, "none"
    assert not _one_sentence_twins(talks, visit)
    # a recollection the text dates is the same past act another word of the sentence describes
    visit.date, visit.date_source = "2031-03-02", "timex"
    assert _one_sentence_twins(talks, visit)


# --- a caption line opening with its photo credit gives no events ---

def test_a_line_opening_with_a_photo_credit_and_a_bar_is_a_caption(nlp):
    from conftest import analysed_events

    text = ("ADEN -- Separatists took control of the port city on Saturday after days of fighting.\n"
            "Jane Doe, AFP | A member of the separatist movement rides an armoured vehicle in Aden on August 11, 2019, "
            "following clashes between government forces and separatists.")
    events = analysed_events(nlp, text, "2019-08-12")
    assert events and not any(e.sentence_start > text.index("\n") for e in events)


# --- a capital's forces are the state's armed forces, not its government ---

def test_forces_named_by_a_capital_are_the_state_s_military(nlp):
    from conftest import analysed_events

    for text in ("Separatists attacked Kyiv government forces near Donetsk on Monday, the army said.",
                 "Separatists attacked Kyiv's forces near Luhansk on Tuesday."):
        ev = next(e for e in analysed_events(nlp, text, "2016-05-04") if e.type == "ASSAULT")
        assert [(r.country, r.sector) for r in ev.recipients] == [("UKR", "MIL")], text
    said = next(e for e in analysed_events(nlp, "Kyiv's government condemned the attack on Monday.", "2016-05-04")
                if e.type == "ACCUSE")
    assert [(a.country, a.sector) for a in said.actors] == [("UKR", "GOV")]


# --- an outlet credited with "according to the ... channel X" is a source, not a doer ---

def test_an_outlet_described_before_its_name_in_according_to_is_no_doer(nlp):
    from conftest import analysed_events

    text = ("According to the Lebanese channel MTV, the Gulf states may soon announce economic sanctions against "
            "Beirut.")
    assert not any(a.text == "MTV" for e in analysed_events(nlp, text, "2021-10-30") for a in e.actors)
