"""The publication day as the date of the day's news that names no time (issue 16 item 6): an inference kept
apart from stated dates (``date_source == "published"``). Every sentence is written for the test; places and
people are made up."""

from __future__ import annotations

from conftest import analysed_events

from dossier.link.events import merge_story_events
from dossier.records import Article

WED = "2023-11-08"


def _by(evs, trigger):
    return [(e.date, e.date_source) for e in evs if e.trigger == trigger]


def test_news_told_as_done_with_no_time_takes_the_publication_day_marked_as_such(nlp):
    evs = analysed_events(nlp, "Borvian police arrested the opposition mayor of Varna, Ilse Kesk.\n\n"
                               "Tarnish officials condemned the arrest.", WED)
    assert _by(evs, "arrested") == [(WED, "published")]
    assert _by(evs, "condemned") == [(WED, "published")]


def test_a_stated_time_wins_and_is_a_stated_date(nlp):
    evs = analysed_events(nlp, "Borvian police arrested the opposition mayor of Varna on Tuesday.", WED)
    assert _by(evs, "arrested") == [("2023-11-07", "timex")]


def test_no_publication_day_without_a_known_page_date(nlp):
    evs = analysed_events(nlp, "Borvian police arrested the opposition mayor of Varna, Ilse Kesk.", None)
    assert _by(evs, "arrested") == [(None, "none")]


def test_recalled_planned_and_quoted_acts_take_no_publication_day(nlp):
    text = ("Borvian police arrested the opposition mayor of Varna, Ilse Kesk.\n\n"
            "The two countries fought a border war in 2019.\n\n"
            "Kesk will meet the Tarnish ambassador next week.\n\n"
            '"They arrested him because he criticised the president," his lawyer said.')
    evs = analysed_events(nlp, text, WED)
    assert all(d is None or src != "published" for d, src in _by(evs, "fought"))
    assert all(src != "published" for _, src in _by(evs, "meet"))
    assert all(src != "published" for e in evs if "lawyer" in e.quote for src in [e.date_source])


def test_a_report_leading_with_another_days_news_gives_its_undated_news_no_publication_day(nlp):
    # a Wednesday page leading with Monday's arrest: the undated condemnation may be of Monday, Tuesday or today
    text = ("Borvian police arrested the opposition mayor of Varna, Ilse Kesk, on Monday.\n\n"
            "Tarnish officials condemned the arrest.")
    evs = analysed_events(nlp, text, WED)
    assert _by(evs, "arrested") == [("2023-11-06", "timex")]
    assert all(src != "published" for _, src in _by(evs, "condemned"))


def _analysis(aid, published, text, nlp):
    from dossier.nlp import analyse
    from dossier.resolve import Resolver

    return Resolver().resolve(analyse(Article(id=aid, source="test", text=text, published=published), nlp))


def test_an_event_dated_only_by_its_reports_days_takes_the_first_and_says_so(nlp):
    text = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow."
    merged = merge_story_events("s", [_analysis("a", "2023-11-08", text, nlp), _analysis("b", "2023-11-09", text, nlp)])
    arrest = [e for e in merged if e.type == "CONSULT"]
    assert len(arrest) == 1 and arrest[0].n_sources == 2
    assert (arrest[0].date, arrest[0].date_source) == ("2023-11-08", "published")
    # a report's own day is not a stated date: its source line says nothing of one
    assert all(m.date is None for m in arrest[0].mentions)


def test_a_stated_date_of_any_report_wins_over_publication_days(nlp):
    text = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow"
    a = _analysis("a", "2023-11-08", text + ".", nlp)
    b = _analysis("b", "2023-11-09", text + " on Tuesday.", nlp)
    arrest = [e for e in merge_story_events("s", [a, b]) if e.type == "CONSULT"]
    assert len(arrest) == 1
    assert (arrest[0].date, arrest[0].date_source) == ("2023-11-07", "timex")


def test_another_mediums_report_of_the_day_gives_the_acts_no_publication_day(nlp):
    # the agency's report is of Thursday; the talks it tells of may be of Wednesday
    text = ("Borvian leader Arno Kesk held talks with the visiting Tarnish defence minister, state media reported on "
            "Thursday.\n\nKesk thanked Tarnia for its support.")
    evs = analysed_events(nlp, text, "2023-07-27")
    assert all(src != "published" for _, src in _by(evs, "thanked"))


def test_a_leaders_own_statement_of_the_day_keeps_the_publication_day_for_the_news(nlp):
    text = ("Borvian leader Arno Kesk said on Thursday that the border would stay open.\n\n"
            "Kesk thanked Tarnia for its support.")
    evs = analysed_events(nlp, text, "2023-07-27")
    assert _by(evs, "thanked") == [("2023-07-27", "published")]


def test_a_verb_coordinated_with_a_present_perfect_shares_it_and_takes_no_publication_day(nlp):
    # past the news part, a present perfect may be any time before the report
    opening = ("Borvian and Tarnian envoys met in Geneva for a third round of talks on the border. "
               "The talks ended without an agreement on the disputed valley, officials of both sides said. "
               "A fourth round is due next month in the Borvian capital, the Swiss mediator told reporters. ")
    text = opening + "Tarnia has rejected new talks on the border and threatened to close its airspace to Borvian planes."
    evs = [e for e in analysed_events(nlp, text, WED) if e.trigger in ("rejected", "threatened")]
    assert evs and all(e.date_source != "published" for e in evs)
    evs = analysed_events(nlp, opening + "Tarnia rejected new talks on the border and threatened to close its "
                          "airspace.", WED)
    assert any(e.date_source == "published" for e in evs if e.trigger in ("rejected", "threatened"))


def test_a_present_perfect_opening_the_news_is_the_days_news_unless_a_span_word_says_otherwise(nlp):
    evs = analysed_events(nlp, "The Tarnian prime minister has urged Borvia and Ostland to reduce tensions.", WED)
    assert any(e.trigger == "urged" and e.date_source == "published" for e in evs)
    evs = analysed_events(nlp, "The former interim president of Borvia and her finance minister have been "
                          "arrested, the interior minister said.", WED)
    assert any(e.trigger == "arrested" and e.date == WED for e in evs)
    evs = analysed_events(nlp, "Tarnia has repeatedly urged Borvia to reduce tensions.", WED)
    assert not any(e.trigger == "urged" and e.date_source == "published" for e in evs)
