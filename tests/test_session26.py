"""Twenty-sixth session: the learned report-day decision (nlp/report_day.py) -- what it weighs, what it may change and
what it never touches, how its thresholds are chosen -- and the real-news role loader of role_train."""

import hashlib
import json

import numpy as np
import pytest

from conftest import analysed_events
from dossier.nlp import report_day
from dossier.nlp.report_day_train import _grant_threshold, _revoke_threshold

TEXT = ("Valmora police arrested the harbour union leader Tomas Reyl at his home. "
        "The union called a strike at the port of Valmora on Monday.\n\n"
        "Reyl has criticised the port authority for years.")
PUBLISHED = "2024-03-07"
# two sentences of the day's news: the rules give both the publication day
DAY_TEXT = "Police in Valmora arrested the union leader Tomas Reyl on charges of fraud. He denied the charges."


def _model(bias: float, grant=None, revoke=None) -> report_day.ReportDayModel:
    return report_day.ReportDayModel([], np.zeros(0), bias, grant, revoke)


@pytest.fixture
def no_model(monkeypatch):
    monkeypatch.setattr(report_day, "load", lambda: None)


def _by_trigger(events):
    return {e.trigger: e for e in events}


def test_without_a_model_the_rules_decide(nlp, no_model):
    got = _by_trigger(analysed_events(nlp, TEXT, PUBLISHED))
    assert got["called"].date_source == "timex" and got["called"].date == "2024-03-04"


def test_a_sure_model_grants_the_report_day_only_to_undated_mentions(nlp, monkeypatch):
    monkeypatch.setattr(report_day, "load", lambda: None)
    before = _by_trigger(analysed_events(nlp, TEXT, PUBLISHED))
    assert before["arrested"].date is None  # the lead dates a strike to Monday: the rules give the arrest no day
    monkeypatch.setattr(report_day, "load", lambda: _model(8.0, grant=0.5))
    after = _by_trigger(analysed_events(nlp, TEXT, PUBLISHED))
    # (the candidate is the day the text's dated news shares, "called ... a strike ... on Monday": session 27)
    assert after["arrested"].date == "2024-03-04" and after["arrested"].date_source == "newsday"
    # a day the text states is never the model's to change, nor a background mention's
    assert after["called"].date == before["called"].date == "2024-03-04"
    assert after["criticised"].background and after["criticised"].date is None


def test_a_doubting_model_takes_back_only_report_days(nlp, monkeypatch):
    monkeypatch.setattr(report_day, "load", lambda: None)
    before = _by_trigger(analysed_events(nlp, DAY_TEXT, PUBLISHED))
    assert before["arrested"].date_source == "published" and before["denied"].date_source == "published"
    monkeypatch.setattr(report_day, "load", lambda: _model(-8.0, revoke=0.5))
    after = _by_trigger(analysed_events(nlp, DAY_TEXT, PUBLISHED))
    assert all(e.date is None and e.date_source == "none" for e in after.values())
    stated = _by_trigger(analysed_events(nlp, TEXT, PUBLISHED))
    assert stated["called"].date == "2024-03-04" and stated["called"].date_source == "timex"


def test_no_report_day_without_a_publication_date(nlp, monkeypatch):
    monkeypatch.setattr(report_day, "load", lambda: _model(8.0, grant=0.5))
    for e in analysed_events(nlp, TEXT.replace(" on Monday", ""), None):
        assert e.date_source not in ("published", "newsday")


def test_the_trace_records_the_cues_and_the_candidate(nlp, monkeypatch):
    monkeypatch.setattr(report_day, "load", lambda: None)
    monkeypatch.setattr(report_day, "TRACE", [])
    analysed_events(nlp, TEXT, PUBLISHED)
    rows = report_day.TRACE
    assert rows and all(r["candidate"] == "2024-03-04" for r in rows)  # the day the dated news shares
    arrest = next(r for r in rows if r["f"].get("type=COERCE"))
    assert arrest["f"]["lead"] == 1.0 and arrest["f"]["past_simple"] == 1.0
    # the mention the text dates is not weighed
    assert not any(r["f"].get("type=PROTEST") and r["f"].get("names_time") for r in rows)


def test_grant_threshold_is_the_most_permissive_sure_one():
    curve = [{"threshold": 0.5, "granted": 100, "precision": 0.65, "precision_low": 0.57},
             {"threshold": 0.7, "granted": 60, "precision": 0.8, "precision_low": 0.71},
             {"threshold": 0.8, "granted": 40, "precision": 0.85, "precision_low": 0.73},
             {"threshold": 0.9, "granted": 5, "precision": 0.4, "precision_low": 0.1}]  # too few to veto
    assert _grant_threshold(curve) == 0.7
    curve[2]["precision"] = 0.6  # a stricter threshold below the target vetoes everything under it
    assert _grant_threshold(curve) is None


def test_revoke_threshold_counts_from_the_lowest_probability_up():
    curve = [{"threshold": 0.3, "taken_back": 30, "precision": 0.9, "precision_low": 0.78},
             {"threshold": 0.4, "taken_back": 50, "precision": 0.8, "precision_low": 0.71},
             {"threshold": 0.5, "taken_back": 90, "precision": 0.6, "precision_low": 0.52}]
    assert _revoke_threshold(curve) == 0.4


def test_the_shipped_model_loads_with_its_measured_thresholds():
    report_day.load.cache_clear()
    m = report_day.load()
    assert m is not None
    meta = json.loads(report_day._data_file("report_day.meta.json").read_text("utf-8"))
    assert m.grant == meta["grant"] and m.revoke == meta["revoke"]
    assert meta["cv"]["scheme"] == "leave one set out" and meta["counts"]["examples"] > 0
    assert 0.0 <= m.prob({"bias": 1.0, "lead": 1.0}) <= 1.0


def test_real_news_role_labels_are_read_from_offsets_and_checked(nlp, tmp_path):
    from pathlib import Path

    from dossier.ingest import RawDocument, build_article
    from dossier.nlp import role_train

    article = {"id": "x_01", "url": "https://example.org/a", "outlet": "Example", "title": "Port strike",
               "text": TEXT, "published": PUBLISHED}
    (tmp_path / "test99").mkdir()
    (tmp_path / "test99" / "articles.jsonl").write_text(json.dumps(article) + "\n", "utf-8")
    art = build_article(RawDocument(source="x_01", format="jsonl", body=TEXT, fields=article))
    s0 = art.text.index("Valmora police")
    s1 = art.text.index("home.") + len("home.")
    ts = art.text.index("arrested")
    sent = art.text[s0:s1]
    good = {"set": "99", "article_id": "x_01", "s0": s0, "s1": s1, "ts": ts, "te": ts + 8, "type": "COERCE",
            "sha1": hashlib.sha1(sent.encode()).hexdigest()[:12], "is_event": "yes",
            "actors": ["Valmora police"], "recipients": ["Tomas Reyl"]}
    stale = dict(good, sha1="000000000000")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(good) + "\n" + json.dumps(stale) + "\n", "utf-8")
    events = role_train.realnews_events(nlp, gold, Path(tmp_path), log=lambda *a: None)
    assert len(events) == 1 and events[0].group == "rn-99" and events[0].tok.text == "arrested"
    labels = {c.text: lab for c, _, _, lab in events[0].pairs}
    assert labels.get("Reyl") == "recipient" or labels.get("leader") == "recipient"
    agreement = role_train.rules_agreement(events)
    assert agreement["recipient"]["filled_by_rules"] + agreement["recipient"]["left_empty"] == 1
