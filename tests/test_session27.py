"""Twenty-seventh session: the report-day candidate is the day the article's dated news shares
(``report_day.consensus_day``) and only a sentence's own time gates a grant; a meeting's host named beside its venue
is its recipient."""

import json
from importlib import resources

import numpy as np

from conftest import analysed_events
from dossier.nlp import report_day
from dossier.nlp.report_day_train import _grant_threshold, _revoke_threshold
from dossier.records import EventMention

PUBLISHED = "2024-03-07"
# two mentions the text dates to Monday, then the news's reaction with no time of its own
SHARED = ("Valmora troops shelled the border town of Kesh on Monday, officials said. "
          "Police in Valmora arrested the Kesh council leader Tomas Reyl on Monday.\n\n"
          "The council condemned the shelling and demanded his release.")


def _mention(date, source="timex", background=False) -> EventMention:
    return EventMention(id="e", article_id="a", type="ASSAULT", trigger="x", trigger_start=0, trigger_end=1,
                        sentence_start=0, sentence_end=1, quote="x", date=date, date_source=source,
                        background=background)


def test_consensus_day_is_the_one_day_two_dated_news_mentions_share():
    assert report_day.consensus_day([_mention("2024-03-04"), _mention("2024-03-04")]) == "2024-03-04"
    assert report_day.consensus_day([_mention("2024-03-04")]) is None  # one mention is no consensus
    assert report_day.consensus_day([_mention("2024-03-04"), _mention("2024-03-05")]) is None
    # what is not the news, or not dated to a day by the text, does not vote
    assert report_day.consensus_day([_mention("2024-03-04"), _mention("2024-03-04"),
                                     _mention("2019-05-01", background=True), _mention("2024-03", source="timex"),
                                     _mention(PUBLISHED, source="published")]) == "2024-03-04"


def test_a_sure_model_grants_the_shared_day_not_the_publication_day(nlp, monkeypatch):
    monkeypatch.setattr(report_day, "load", lambda: None)
    before = {e.trigger: e for e in analysed_events(nlp, SHARED, PUBLISHED)}
    assert before["shelled"].date == before["arrested"].date == "2024-03-04"
    assert before["condemned"].date_source != "newsday"
    monkeypatch.setattr(report_day, "load", lambda: report_day.ReportDayModel([], np.zeros(0), 8.0, 0.5, None))
    after = {e.trigger: e for e in analysed_events(nlp, SHARED, PUBLISHED)}
    assert after["condemned"].date == "2024-03-04" and after["condemned"].date_source == "newsday"
    assert after["shelled"].date_source == "timex"  # a day the text states stays its own


def test_the_trace_offers_the_shared_day_as_the_candidate(nlp, monkeypatch):
    monkeypatch.setattr(report_day, "load", lambda: None)
    monkeypatch.setattr(report_day, "TRACE", [])
    analysed_events(nlp, SHARED, PUBLISHED)
    rows = [r for r in report_day.TRACE if not r["granted"]]
    assert rows and all(r["candidate"] == "2024-03-04" for r in rows)
    assert all(r["f"].get("consensus") == 1.0 and r["f"].get("consensus_before") == 1.0 for r in rows)


def test_the_shipped_thresholds_are_what_the_rule_picks_from_the_shipped_curves():
    meta = json.loads(resources.files("dossier.nlp").joinpath("data/report_day.meta.json").read_text("utf-8"))
    assert meta["grant"] == _grant_threshold(meta["cv"]["grant"])
    assert meta["revoke"] == _revoke_threshold(meta["cv"]["revoke"])
    if meta["grant"] is not None:
        row = next(r for r in meta["cv"]["grant"] if r["threshold"] == meta["grant"])
        assert row["precision_low"] >= meta["target"]


def _recipients(nlp, text: str, trigger: str) -> list[str]:
    ev = next(e for e in analysed_events(nlp, text, PUBLISHED) if e.trigger == trigger)
    return [r.name or r.text for r in ev.recipients]


def test_a_meeting_s_recipient_is_the_named_host_not_the_venue(nlp):
    assert _recipients(nlp, "Chinese President Xi Jinping arrived in Moscow on Wednesday for talks with Russian "
                            "President Vladimir Putin.", "arrived") == ["Vladimir Putin"]
    assert _recipients(nlp, "US President Donald Trump met Japan's prime minister, Sanae Takaichi, in Tokyo on "
                            "Tuesday.", "met") == ["Sanae Takaichi"]


def test_who_tells_of_a_visit_is_not_its_host(nlp):
    # the Kremlin's spokesman is of the visited country, but he speaks of the visit; nobody met is named
    assert _recipients(nlp, "Indian Prime Minister Narendra Modi visited Moscow on Monday, where Kremlin spokesman "
                            "Dmitry Peskov said talks would focus on trade.", "visited") == ["Russia"]
    # a companion of the doer's own country is no host
    assert _recipients(nlp, "Hungarian Prime Minister Viktor Orban visited Kyiv on Tuesday, accompanied by his "
                            "foreign minister Peter Szijjarto.", "visited") == ["Ukraine"]


def test_a_bare_count_of_the_killed_or_arrested_is_the_recipient(nlp):
    assert _recipients(nlp, "More than 200 were killed when the militia stormed the town on Monday.", "killed") \
        == ["More than 200"]
    assert _recipients(nlp, "The gunmen killed 23 at the market on Monday, officials said.", "killed") == ["23"]


def test_a_count_of_things_or_with_its_own_noun_is_left_to_the_rules(nlp):
    # "dozens of protesters": the protesters are the participant, as the rules read them
    assert _recipients(nlp, "Police arrested dozens of protesters on Monday.", "arrested") == ["protesters"]
    evs = analysed_events(nlp, "The army shelled the town on Monday, killing 2 percent of its people.", PUBLISHED)
    assert not any("percent" in (r.text or "") for e in evs for r in e.recipients)
