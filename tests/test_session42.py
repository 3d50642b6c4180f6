"""Forty-second session: an event with one doer and no one it was done to, or with no doer for any act but legal
coercion, is half a record of who did what to whom, and the default views hold it under the threshold
(``link/events.py`` ``one_sided``); a meeting's or an agreement's two parties as actors are whole, and so is an
arrest or a sentence whose doer the text leaves implicit. Every
sentence here is written for the test."""

from __future__ import annotations

from dossier.records import ActorRef, Analysis, Article, EventMention


def _mention(text: str, article_id: str, actors: list[str], recipients: list[str],
             confidence: float = 0.9, etype: str = "COERCE") -> Analysis:
    def refs(names: list[str]) -> list[ActorRef]:
        return [ActorRef(n, text.index(n), text.index(n) + len(n), actor_id=n.lower(), country="ALA")
                for n in names]
    start = text.index("raided") if "raided" in text else text.index("signed")
    em = EventMention(id=f"m-{article_id}", article_id=article_id, type=etype, trigger="raided",
                      trigger_start=start, trigger_end=start + 6, sentence_start=0, sentence_end=len(text),
                      quote=text, actors=refs(actors), recipients=refs(recipients), date="2031-05-02",
                      date_source="timex", confidence=confidence)
    return Analysis(article=Article(id=article_id, source="own", text=text, published="2031-05-03",
                                    outlet=f"Outlet {article_id}"), events=[em])


def test_one_doer_and_no_recipient_is_one_sided():
    from dossier.link.events import one_sided

    a, b = ActorRef("Aland", 0, 5), ActorRef("Borvia", 10, 16)
    assert one_sided([a], [], "ASSAULT")
    assert not one_sided([a, b], [], "AGREE")  # the two parties of a pact or a meeting
    assert not one_sided([a], [b], "ACCUSE")


def test_no_doer_is_half_a_record_but_for_legal_coercion():
    from dossier.link.events import one_sided

    b = ActorRef("Borvia", 10, 16)
    assert not one_sided([], [b], "COERCE")  # "was arrested", "was sentenced": the state's doing, left implicit
    assert one_sided([], [b], "ASSAULT")  # "killed in a missile attack": a doer the extraction did not find
    assert one_sided([], [b], "ACCUSE")


def test_a_one_sided_event_is_held_under_the_threshold_and_shown_with_all(store):
    from dossier.link.events import merge_story_events, shown
    from dossier.nlp.event_model import DEFAULT_THRESHOLD
    from dossier.records import Story
    from dossier.serve.export import rows

    whole = merge_story_events("s-whole", [_mention("Aland police raided the Borvia office on Friday.", "a1",
                                                    ["Aland police"], ["Borvia office"])])
    half = merge_story_events("s-half", [_mention("Aland police raided an office on Friday.", "b1",
                                                  ["Aland police"], [])])
    pact = merge_story_events("s-pact", [_mention("Aland and Borvia signed a pact on Friday.", "c1",
                                                  ["Aland", "Borvia"], [])])
    assert whole[0].confidence == 0.9 and pact[0].confidence == 0.9
    assert half[0].confidence < DEFAULT_THRESHOLD and half[0].detection_confidence == 0.9
    store.write_links([Story(id=s) for s in ("s-whole", "s-half", "s-pact")], whole + half + pact, [])
    assert {e.id for e in store.list_events(**shown())} == {whole[0].id, pact[0].id}
    assert {e.id for e in store.list_events(**shown(True))} == {whole[0].id, half[0].id, pact[0].id}
    assert {r["event_id"] for r in rows(store, "flat_events")} == {whole[0].id, pact[0].id}


def test_a_one_sided_mention_is_held_in_the_mentions_export():
    from dossier.link.events import mention_shown

    half = _mention("Aland police raided an office on Friday.", "b1", ["Aland police"], []).events[0]
    whole = _mention("Aland police raided the Borvia office on Friday.", "a1", ["Aland police"],
                     ["Borvia office"]).events[0]
    assert not mention_shown(half, reported=True) and mention_shown(half, include_all=True, reported=True)
    assert mention_shown(whole, reported=True)
    passive = _mention("The Borvia office was raided on Friday.", "d1", [], ["Borvia office"]).events[0]
    attack = _mention("The Borvia office was raided on Friday.", "d1", [], ["Borvia office"], etype="ASSAULT").events[0]
    assert mention_shown(passive, reported=True) and not mention_shown(attack, reported=True)


def test_a_critic_of_the_government_is_not_the_government():
    from dossier.resolve.resolver import sector_of

    assert sector_of("government critic") == "CVL"
    assert sector_of("a critic of the regime") == "CVL"
    assert sector_of("Kremlin critics") == "CVL"
    assert sector_of("government spokesman") == "GOV"


def test_a_government_critic_arrested_is_no_government_official(nlp):
    from conftest import actor_of, resolved

    text = "Critic held\nBorvian police arrested government critic Tomas Veldin in the capital on Monday.\n"
    an, r = resolved(nlp, text, published="2024-05-08")
    assert actor_of(an, r, "Tomas Veldin").sector != "GOV"
