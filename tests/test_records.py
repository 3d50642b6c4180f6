from dossier.records import (
    ActorRef, Analysis, Article, Disagreement, DisagreementValue, Event, EventMention, EventSource, Mention,
    TimeExpr, from_dict, stable_id, to_dict,
)


def test_stable_id_is_deterministic_and_prefixed():
    assert stable_id("a", "x", "y") == stable_id("a", "x", "y")
    assert stable_id("a", "x", "y") != stable_id("a", "xy")
    assert stable_id("s", "z").startswith("s")


def test_round_trip_of_nested_records():
    art = Article(id="a1", source="f.txt", text="Body text.", published="2024-04-24", published_range=("a", "b"))
    em = EventMention(id="m1", article_id="a1", type="CONSULT", trigger="met", trigger_start=0, trigger_end=3,
                      sentence_start=0, sentence_end=10, quote="Body text.",
                      actors=[ActorRef("Kim", 0, 3, "prk-kim", "Kim Jong Un", "PRK", "GOV")])
    an = Analysis(article=art, mentions=[Mention("a1", 0, 3, "Kim", "PERSON")],
                  timexes=[TimeExpr("a1", 0, 3, "Tuesday", "DATE", "2024-04-23")], events=[em])
    back = from_dict(Analysis, to_dict(an))
    assert back == an
    assert isinstance(back.events[0].actors[0], ActorRef)
    assert back.article.published_range == ("a", "b")


def test_event_and_disagreement_round_trip():
    ev = Event(id="e1", type="CONSULT", mode="asserted",
               mentions=[EventSource("a1", "m1", "Outlet", "q", None, "asserted", "departed", "2024-04-23", None)])
    assert from_dict(Event, to_dict(ev)) == ev
    d = Disagreement("d1", "s1", "e1", "stage", [DisagreementValue("departed", "q", "a1", "X")])
    assert from_dict(Disagreement, to_dict(d)) == d
