"""Session 44: a visit's host gives way to the person met; "March 3 last year" (sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.records import ActorRef, Analysis, Article, EventMention, Mention


# --- the host of a visit and the person met ---

def _mention(mid: str, text: str, trigger: str, actors: list[tuple[str, str, str]],
             recipients: list[tuple[str, str, str]]) -> EventMention:
    def refs(parts):
        return [ActorRef(t, text.index(t), text.index(t) + len(t), actor_id=aid, name=t, country=c)
                for t, aid, c in parts]
    start = text.index(trigger)
    return EventMention(id=mid, article_id="a-" + mid, type="CONSULT", trigger=trigger, trigger_start=start,
                        trigger_end=start + len(trigger), sentence_start=0, sentence_end=len(text), quote=text,
                        actors=refs(actors), recipients=refs(recipients), date="2031-05-06", date_source="timex",
                        confidence=0.95)


def _report(mid: str, text: str, trigger: str, actors, recipients, kinds: dict[str, str]) -> Analysis:
    em = _mention(mid, text, trigger, actors, recipients)
    mentions = [Mention(article_id="a-" + mid, start=r.start, end=r.end, text=r.text,
                        label="PERSON" if kinds[r.actor_id] == "person" else "GPE", kind=kinds[r.actor_id],
                        actor_id=r.actor_id) for r in em.actors + em.recipients]
    art = Article(id="a-" + mid, source="own", text=text, published="2031-05-07")
    return Analysis(article=art, mentions=mentions, events=[em])


KINDS = {"p-lund": "person", "p-varga": "person", "p-orlo": "person", "vld": "country", "tarvo": "place",
         "fin": "country"}
LUND = ("Anna Lund", "p-lund", "FIN")


def _merged(*reports: Analysis):
    from dossier.link.events import merge_story_events
    return merge_story_events("s-visit", list(reports))


def test_the_host_country_gives_way_to_the_person_the_reports_say_was_met():
    events = _merged(
        _report("m1", "Anna Lund arrived in Veldonia on Tuesday.", "arrived", [LUND], [("Veldonia", "vld", "VLD")],
                KINDS),
        _report("m2", "Anna Lund met Piet Varga on Tuesday.", "met", [LUND], [("Piet Varga", "p-varga", "VLD")],
                KINDS),
        _report("m3", "Anna Lund met Piet Varga in the capital on Tuesday.", "met", [LUND],
                [("Piet Varga", "p-varga", "VLD")], KINDS),
    )
    [visit] = [e for e in events if len(e.mentions) == 3]
    assert [r.actor_id for r in visit.recipients] == ["p-varga"]


def test_a_host_town_gives_way_too_and_a_tie_keeps_every_person_met():
    events = _merged(
        _report("m1", "Anna Lund arrived in Tarvo on Tuesday.", "arrived", [LUND], [("Tarvo", "tarvo", "VLD")],
                KINDS),
        _report("m2", "Anna Lund met Piet Varga and Ida Orlo on Tuesday.", "met", [LUND],
                [("Piet Varga", "p-varga", "VLD"), ("Ida Orlo", "p-orlo", "VLD")], KINDS),
    )
    [visit] = [e for e in events if len(e.mentions) == 2]
    assert sorted(r.actor_id for r in visit.recipients) == ["p-orlo", "p-varga"]


def test_the_host_s_person_named_beside_the_visitor_as_a_doer_is_the_one_met():
    events = _merged(
        _report("m1", "Anna Lund arrived in Veldonia on Tuesday.", "arrived", [LUND], [("Veldonia", "vld", "VLD")],
                KINDS),
        _report("m2", "Anna Lund and Piet Varga met on Tuesday.", "met", [LUND, ("Piet Varga", "p-varga", "VLD")],
                [], KINDS),
    )
    assert any([r.actor_id for r in e.recipients] == ["p-varga"] for e in events)


def test_the_host_stays_when_no_report_names_whom_the_visitor_met():
    events = _merged(
        _report("m1", "Anna Lund arrived in Veldonia on Tuesday.", "arrived", [LUND], [("Veldonia", "vld", "VLD")],
                KINDS),
        # the host welcoming the visitor names the host as the doer: no "met" of the visitor's
        _report("m2", "Piet Varga welcomed Anna Lund on Tuesday.", "welcomed", [("Piet Varga", "p-varga", "VLD")],
                [LUND], KINDS),
    )
    assert any([r.actor_id for r in e.recipients] == ["vld"] for e in events)


def test_a_person_of_another_country_does_not_replace_the_host():
    events = _merged(
        _report("m1", "Anna Lund arrived in Veldonia on Tuesday.", "arrived", [LUND], [("Veldonia", "vld", "VLD")],
                KINDS),
        _report("m2", "Anna Lund met Piet Varga on Tuesday.", "met", [LUND], [("Piet Varga", "p-varga", "XYZ")],
                KINDS),
    )
    assert all("p-varga" not in [r.actor_id for r in e.recipients] or len(e.recipients) == 1 for e in events)
    assert any([r.actor_id for r in e.recipients] == ["vld"] for e in events)


# --- "March 3 last year" ---

@pytest.mark.parametrize("text, expected", [
    ("March 3 last year", "2016-03-03"),
    ("March 3, last year", "2016-03-03"),
    ("3 March last year", "2016-03-03"),
    ("June 2 this year", "2017-06-02"),
    ("January 9 next year", "2018-01-09"),
    ("March 3", "2017-03-03"),  # no year named: the tense and the anchor place it, as before
])
def test_a_day_of_last_year(text, expected):
    from dossier.nlp.timex import normalise
    assert normalise(text, date(2017, 4, 10), future=False) == ("DATE", expected)


def test_an_arrest_on_a_day_of_last_year_is_dated_in_last_year(nlp):
    from conftest import analysed_events

    text = ("Verdict in Tarvo\nThe court in Tarvo sentenced Piet Varga to ten years on Monday. Police arrested "
            "Varga on March 3 last year near the border.\n")
    ev = next(e for e in analysed_events(nlp, text, "2017-04-10") if "arrested" in e.quote and e.type == "COERCE"
              and "Police" in e.quote[:8])
    assert ev.date == "2016-03-03"


def test_without_a_publication_date_a_day_of_last_year_is_the_same_day_written_in_full(nlp):
    from conftest import analysed_events

    text = ("Verdict in Tarvo\nPiet Varga was detained on March 3, 2016, near the border, his lawyer said. "
            "The court in Tarvo sentenced him on Monday. Police arrested Varga on March 3 last year after a "
            "long chase.\n")
    ev = next(e for e in analysed_events(nlp, text, None) if "last year" in e.quote and e.type == "COERCE")
    assert ev.date == "2016-03-03"


def test_without_a_publication_date_a_day_of_last_year_alone_dates_nothing(nlp):
    from conftest import analysed_events

    text = "Verdict in Tarvo\nPolice arrested Piet Varga on March 3 last year after a long chase.\n"
    ev = next(e for e in analysed_events(nlp, text, None) if e.type == "COERCE")
    assert ev.date is None


# --- where people come from comes before where they were held ---

def test_people_arrested_from_a_named_country_are_of_it_not_of_the_setting(nlp):
    from conftest import analysed_events

    text = "Arrests\nPolice in Kenya arrested three men from Somalia on Monday.\n"
    ev = next(e for e in analysed_events(nlp, text, "2022-07-12") if e.trigger in ("arrested", "detained"))
    assert [r.country for r in ev.recipients] == ["SOM"]


def test_soldiers_detained_from_a_country_are_its_soldiers(nlp):
    from conftest import analysed_events

    text = "Soldiers held\nMalian authorities on Sunday detained 49 soldiers from Ivory Coast at the airport in Bamako.\n"
    ev = next(e for e in analysed_events(nlp, text, "2022-07-12") if e.trigger in ("arrested", "detained"))
    assert [r.country for r in ev.recipients] == ["CIV"]


def test_troops_withdrawn_from_a_country_are_not_of_it(nlp):
    from conftest import analysed_events

    text = "Pullout\nFrance withdrew its troops from Mali on Monday.\n"
    refs = [r for e in analysed_events(nlp, text, "2022-07-12") for r in e.actors + e.recipients]
    assert all(not (r.text or "").endswith("troops") or r.country != "MLI" for r in refs)
