"""Twenty-fifth session: the learned actor check (nlp/actor_check.py) — what it reads, what it drops and what it
never touches, and how its threshold is chosen."""

import json

import numpy as np
import pytest

from conftest import resolved
from dossier.nlp import actor_check
from dossier.nlp.actor_check_train import _threshold, wilson_low
from dossier.records import Actor, Mention

TEXT = ("The Harbour Workers League said on Tuesday it would strike at the port of Valmora next week. "
        "Vladimir Putin spoke to reporters in Moscow about the grain deal.")


def _model(bias: float) -> actor_check.ActorCheck:
    return actor_check.ActorCheck([], np.zeros(0), bias, threshold=0.5)


@pytest.fixture
def always(monkeypatch):
    """A check that finds every discovered actor wrong (or, with .bias set low, none)."""
    model = _model(8.0)
    monkeypatch.setattr(actor_check, "load", lambda: model)
    return model


def test_a_discovered_actor_the_check_finds_wrong_is_not_kept(nlp, always):
    an, r = resolved(nlp, TEXT)
    league = next(m for m in an.mentions if "Harbour Workers League" in m.text)
    assert league.actor_id is None and league.evidence.startswith("not kept as an actor")
    assert all("Harbour Workers League" not in a.name for a in r.take_changed())


def test_known_actors_are_never_checked(nlp, always):
    an, r = resolved(nlp, TEXT)
    putin = next(m for m in an.mentions if m.text == "Vladimir Putin")
    assert putin.actor_id is not None and r.actors[putin.actor_id].source == "kb"


def test_a_check_that_finds_nothing_wrong_keeps_everything(nlp, monkeypatch):
    monkeypatch.setattr(actor_check, "load", lambda: _model(-8.0))
    an, _ = resolved(nlp, TEXT)
    assert next(m for m in an.mentions if "Harbour Workers League" in m.text).actor_id is not None


def test_dropping_in_one_article_keeps_what_another_article_noted(nlp, monkeypatch):
    keep = _model(-8.0)
    monkeypatch.setattr(actor_check, "load", lambda: keep)
    _, r = resolved(nlp, TEXT, aid="a1")
    league = next(a for a in r.actors.values() if "Harbour Workers League" in a.name)
    before = (list(league.article_ids), dict(league.variants))
    keep.b = 8.0  # the second article's mention is judged wrong: the first article's notes stay as they were
    resolved(nlp, TEXT, resolver=r, aid="a2")
    assert (list(league.article_ids), dict(league.variants)) == before


def test_mentions_analysed_without_the_model_are_not_checked():
    actor = Actor(id="x", name="Harbour Workers League", kind="organisation", source="discovered")
    m = Mention("t", 4, 26, "Harbour Workers League", "ORG", actor_id="x")
    assert m.span_score is None
    assert _model(8.0).p_wrong(actor, [m], TEXT) is None


def test_the_workers_store_each_mentions_share_of_the_score(nlp):
    if actor_check.load() is None:
        pytest.skip("no shipped actor check")
    an, _ = resolved(nlp, TEXT)
    assert all(isinstance(m.span_score, float) for m in an.mentions)


def test_page_furniture_features_read_the_text_not_the_name():
    text = ("Photo: Anna Berg/Harbour Press\n\n" + "The council met on Tuesday. " * 40 +
            "Members of the Ennahdha Movement walked out.")
    credit = Actor(id="c", name="Anna Berg", kind="person", source="discovered")
    f = actor_check.context_features(credit, [Mention("t", 7, 16, "Anna Berg", "PERSON")], text)
    assert f.get("credit_line") and f.get("slash_near") and f.get("early") and f.get("shortline")
    start = text.index("Ennahdha")
    cut = Actor(id="e", name="Ennahdha", kind="organisation", source="discovered")
    f = actor_check.context_features(cut, [Mention("t", start, start + 8, "Ennahdha", "ORG")], text)
    assert f.get("cap_after") and not f.get("early") and not f.get("credit_line")
    glued = Actor(id="g", name="FebruaryThe", kind="organisation", source="discovered")
    assert actor_check.context_features(glued, [Mention("t", 0, 5, "FebruaryThe", "ORG")], text).get("glued")


def test_a_one_paragraph_item_has_no_top_of_page():
    actor = Actor(id="x", name="Harbour Workers League", kind="organisation", source="discovered")
    assert not actor_check.context_features(actor, [Mention("t", 4, 26, "Harbour Workers League", "ORG")],
                                            TEXT).get("early")


def _row(t, hits, n):
    return {"threshold": t, "precision": hits / n if n else None, "precision_low": wilson_low(hits, n)}


def test_the_threshold_is_the_lowest_whose_precision_holds_with_confidence_from_there_up():
    curve = [_row(0.4, 60, 100), _row(0.5, 150, 200), _row(0.6, 68, 100), _row(0.7, 90, 100), _row(0.8, 1, 1),
             _row(0.9, 0, 0)]
    assert _threshold(curve) == 0.7  # 0.5 measures 0.75 but 0.6 above it does not hold; 0.8's one drop is no proof
    assert _threshold([_row(0.5, 71, 100), _row(0.6, 35, 40)]) == 0.6  # 0.71 of 100 is not 0.7 with confidence
    assert _threshold([_row(0.5, 5, 10)]) is None
    assert wilson_low(7, 10) < 0.7 < 0.7 + 1e-9 < wilson_low(700, 800)


def test_the_shipped_check_says_what_it_was_fitted_on_and_how_it_scored():
    meta_file = actor_check.actor_model.data_file("actor_check.meta.json")
    meta = json.loads(meta_file.read_text("utf-8"))
    assert meta["cv"]["scheme"] == "leave one set out" and meta["threshold"] is not None
    assert meta["precision_target"] == actor_check.PRECISION and len(meta["sets"]) >= 5
    chosen = next(r for r in meta["cv"]["curve"] if r["threshold"] == meta["threshold"])
    assert chosen["precision_low"] >= actor_check.PRECISION
    names = np.load(actor_check.actor_model.data_file("actor_check.npz").open("rb"), allow_pickle=False)["names"]
    assert not any(str(n).startswith(actor_check.NAME_FEATURES) for n in names)  # no name is learned as such


def test_a_participant_holding_an_unkept_name_is_not_the_other_name_in_it(nlp, always):
    from conftest import analysed_events

    text = "Last month the GOP China task force urged President Donald Trump to cut ties with the health agency."
    an, _ = resolved(nlp, text, published="2020-07-07")
    assert any(m.text == "GOP" and m.actor_id is None for m in an.mentions)
    for ev in an.events:
        assert all(r.country != "CHN" for r in ev.actors), ev


def test_eval_actors_prints_the_checks_out_of_set_figures():
    from dossier.eval.actors import actor_check_figures

    figures = actor_check_figures()
    assert figures is not None and figures["precision_low"] >= actor_check.PRECISION
    assert 0 < figures["wrong_dropped"] < 1 and figures["right_dropped"] < figures["wrong_dropped"]
