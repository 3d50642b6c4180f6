"""Thirty-fifth session: events missing a side of their dyad are held under the threshold; a judged thing's owner
is the one judged. Every sentence here is written for the test."""

from __future__ import annotations

from conftest import event_with_trigger

from dossier.records import ActorRef, EventMention


def _r(e):
    return [r.text for r in e.recipients]


def _mention(actors, recipients, confidence=0.97):
    return EventMention(id="m", article_id="a", type="ACCUSE", trigger="x", trigger_start=0, trigger_end=1,
                        sentence_start=0, sentence_end=1, quote="x", confidence=confidence,
                        actors=[ActorRef(a) for a in actors], recipients=[ActorRef(r) for r in recipients])


# ---- the dyad ----

def test_an_event_missing_a_side_is_one_sided():
    from dossier.link.events import one_sided

    aland, borvia = [ActorRef("Aland")], [ActorRef("Borvia")]
    assert one_sided([], borvia)  # no doer
    assert one_sided(aland, [])  # no one it is done to
    assert not one_sided(aland, borvia)
    # PLOVER codes the parties of a meeting or an agreement as two actors with no recipient: a whole dyad
    assert not one_sided(aland + [ActorRef("Corland")], [])


def test_a_one_sided_mention_is_held_under_the_threshold_and_shown_with_all():
    from dossier.link.events import mention_shown, shown_confidence
    from dossier.nlp import event_model

    t = event_model.DEFAULT_THRESHOLD
    assert shown_confidence(0.97, dated=True, reported=True, sided=True) < t
    assert shown_confidence(0.4, dated=True, reported=True, sided=True) == 0.4  # never raised
    assert mention_shown(_mention(["Aland"], ["Borvia"]))
    assert not mention_shown(_mention(["Aland"], []))
    assert not mention_shown(_mention([], ["Borvia"]))
    assert mention_shown(_mention(["Aland"], []), include_all=True)


def test_a_linked_one_sided_event_keeps_its_detection_confidence_and_is_shown_only_with_all(store):
    import json
    import os
    import tempfile

    from dossier.link.events import one_sided, shown
    from dossier.nlp import event_model
    from dossier.pipeline import ingest

    d = tempfile.mkdtemp()
    row = {"id": "o1", "url": "https://example.org/o1", "outlet": "Example", "title": "Border shelling",
           "text": "Armenia accused Azerbaijan of shelling the border on Monday. On Monday the Armenian "
                   "defence minister also condemned the violence.",
           "published": "2024-03-05"}
    with open(os.path.join(d, "a.jsonl"), "w") as f:
        f.write(json.dumps(row) + "\n")
    ingest([os.path.join(d, "a.jsonl")], store, workers=1)
    every = store.list_events(**shown(True))
    default = {e.id for e in store.list_events(**shown(False))}
    t = event_model.DEFAULT_THRESHOLD
    sided = [e for e in every if one_sided(e.actors, e.recipients) and (e.detection_confidence or 0) >= t]
    whole = [e for e in every if not one_sided(e.actors, e.recipients) and e.date]
    assert sided and whole, [(e.type, [a.text for a in e.actors], [r.text for r in e.recipients], e.date,
                              e.detection_confidence) for e in every]
    assert all(e.id not in default and e.confidence < e.detection_confidence for e in sided)
    assert all(e.confidence == e.detection_confidence and (e.id in default) == (e.confidence >= t) for e in whole)


# ---- whose thing is judged ----

def test_a_judged_things_possessor_is_the_one_judged(nlp):
    e = event_with_trigger(nlp, "Aland's premier rejected the tribunal's summons on Monday.", "rejected")
    assert _r(e) == ["the tribunal"]
    e = event_with_trigger(nlp, "The Borvian foreign minister dismissed Pompeo's announcement as void.", "dismissed")
    assert _r(e) == ["Pompeo"]


def test_a_modifier_naming_whose_thing_is_judged_is_the_one_judged(nlp):
    e = event_with_trigger(nlp, "Erdogan criticised the police response to the march.", "criticised")
    assert _r(e) == ["police"]


def test_a_topic_before_a_judged_thing_is_no_one(nlp):
    e = event_with_trigger(nlp, "Erdogan criticised the peace plan on Monday.", "criticised")
    assert _r(e) == []


def test_a_judged_act_keeps_its_authors_reading(nlp):
    # an act judged is aimed at whoever did it, as before ("Israel's attack", not a thing Israel owns)
    e = event_with_trigger(nlp, "Egypt condemned Israel's attack on the camp.", "condemned")
    assert _r(e) == ["Israel"]
