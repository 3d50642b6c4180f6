"""Session 45: a report with no publication date that dates its news holds its undated events under the default
threshold; a clause-opening "when" dates its main clause (sentences written here)."""

from __future__ import annotations

from dossier.nlp import event_model
from dossier.records import ActorRef, Analysis, Article, EventMention


def _em(mid: str, aid: str, text: str, trigger: str, date: str | None, *, background: bool = False,
        etype: str = "ASSAULT") -> EventMention:
    start = text.index(trigger)
    doer = ActorRef("Brenn rebels", 0, 12, actor_id="brenn-reb", name="Brenn rebels", country="BRN")
    target = ActorRef("Oskar", text.index("Oskar"), text.index("Oskar") + 5, actor_id="oskar", name="Oskar",
                      country="BRN") if "Oskar" in text else None
    return EventMention(id=mid, article_id=aid, type=etype, trigger=trigger, trigger_start=start,
                        trigger_end=start + len(trigger), sentence_start=0, sentence_end=len(text), quote=text,
                        actors=[doer], recipients=[target] if target else [], date=date,
                        date_source="timex" if date else None, confidence=0.9, background=background)


def _report(aid: str, published: str | None, *mentions: EventMention) -> Analysis:
    text = " ".join(m.quote for m in mentions)
    return Analysis(article=Article(id=aid, source="own", text=text, published=published), events=list(mentions))


ATTACK = "Brenn rebels attacked the town of Oskar on Monday."
RAID = "Brenn rebels seized the mayor of Oskar."


def test_a_report_with_no_publication_date_that_dates_its_news_to_a_day_has_a_known_day():
    from dossier.link.events import report_day_known

    dated = _report("a1", None, _em("m1", "a1", ATTACK, "attacked", "2031-03-03"), _em("m2", "a1", RAID, "seized", None, etype="SEIZE"))
    assert report_day_known(dated)
    assert report_day_known(_report("a2", "2031-03-04", _em("m3", "a2", RAID, "seized", None, etype="SEIZE")))


def test_a_month_or_a_recalled_day_does_not_make_a_report_s_day_known():
    from dossier.link.events import report_day_known

    month = _report("a1", None, _em("m1", "a1", ATTACK, "attacked", "2031-03"), _em("m2", "a1", RAID, "seized", None, etype="SEIZE"))
    recalled = _report("a2", None, _em("m3", "a2", ATTACK, "attacked", "2019-05-02", background=True),
                       _em("m4", "a2", RAID, "seized", None, etype="SEIZE"))
    assert not report_day_known(month)
    assert not report_day_known(recalled)


def _merged_raid(report: Analysis):
    from dossier.link.events import merge_story_events

    return next(e for e in merge_story_events("s1", [report]) if e.mentions[0].quote == RAID)


def test_an_undated_event_of_a_report_that_dates_its_news_is_held_under_the_threshold():
    report = _report("a1", None, _em("m1", "a1", ATTACK, "attacked", "2031-03-03"), _em("m2", "a1", RAID, "seized", None, etype="SEIZE"))
    raid = _merged_raid(report)
    assert raid.date is None
    assert raid.confidence < event_model.DEFAULT_THRESHOLD
    assert raid.detection_confidence == 0.9


def test_an_undated_event_of_a_report_that_dates_nothing_is_still_shown():
    report = _report("a1", None, _em("m1", "a1", ATTACK, "attacked", None), _em("m2", "a1", RAID, "seized", None, etype="SEIZE"))
    assert _merged_raid(report).confidence >= event_model.DEFAULT_THRESHOLD


def test_the_exported_mentions_follow_the_same_rule(tmp_path):
    from dossier.serve.export import rows
    from dossier.store import open_store

    store = open_store(str(tmp_path / "x.duckdb"))
    store.write_analyses([_report("a1", None, _em("m1", "a1", ATTACK, "attacked", "2031-03-03"),
                                  _em("m2", "a1", RAID, "seized", None, etype="SEIZE"))])
    assert [r["quote"] for r in rows(store, "event_mentions")] == [ATTACK]
    assert sorted(r["quote"] for r in rows(store, "event_mentions", include_all=True)) == sorted([ATTACK, RAID])


# --- a "when" clause dates its main clause ---

def test_an_agreement_reached_when_two_leaders_met_in_a_month_takes_that_month(nlp):
    from conftest import analysed_events

    text = ("Talks open in Delhi\n\nNEW DELHI - Officials of India and the United States began talks in New Delhi on "
            "Thursday.\n\nThe two governments agreed on the format of the talks when their leaders met in "
            "Washington in June 2017.")
    ev = next(e for e in analysed_events(nlp, text, "2018-09-07") if e.type == "AGREE")
    assert ev.date == "2017-06"


def test_a_when_clause_in_the_past_perfect_does_not_date_its_main_clause(nlp):
    from conftest import analysed_events, stated_date

    text = ("Talks open in Delhi\n\nNEW DELHI - Officials of India and the United States began talks in New Delhi on "
            "Thursday.\n\nThe two governments agreed on the format of the talks when their leaders had met in "
            "Washington in June 2017.")
    ev = next(e for e in analysed_events(nlp, text, "2018-09-07") if e.type == "AGREE")
    assert stated_date(ev) != "2017-06"


# --- a recalled event never takes a report's day ---

def test_a_recalled_summons_does_not_take_the_publication_day_from_its_twin(nlp):
    from dossier.link.events import merge_story_events
    from dossier.nlp import analyse
    from dossier.resolve import Resolver

    text = ("Veldonia shuts consulates\n\nBERLIN - Germany ordered the closure of three Iranian consulates over the "
            "execution of a German citizen.\n\nThe foreign ministry had already summoned Iran's charge d'affaires to "
            "protest against the execution.")
    an = Resolver().resolve(analyse(Article(id="t", source="test", text=text, published="2031-10-31"), nlp))
    recalled = [e for e in merge_story_events("s1", [an]) if e.background]
    assert recalled, "the summons is recalled"
    assert all(e.date != "2031-10-31" for e in recalled)
