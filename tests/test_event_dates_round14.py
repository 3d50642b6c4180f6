"""Event dates, round 14 (issue 16 item 6): a verb coordinated with a dated one takes its day, and a news mention
with no time of its own takes the day an earlier telling of the same happening gives. Every sentence is written
for the test; places and people are made up."""

from __future__ import annotations

from conftest import analysed_events

WED = "2024-10-23"  # a Wednesday


def _dates(evs, trigger):
    return [e.date for e in evs if e.trigger == trigger]


def test_a_verb_coordinated_with_a_dated_one_shares_its_day(nlp):
    # further down than the lead, whose day reaches its sentences by other rules
    text = ("Borvia closed its border with Tarnia this week as fighting spread along the river valley.\n\n"
            "Aid agencies said food stocks in the valley would last a few days at most.\n\n"
            "Officials in the capital met the Tarnish envoy to discuss the closure and the fate of stranded drivers.\n\n"
            "The Monday raid killed four guards and wounded nine villagers near the Tarnish border post.")
    evs = analysed_events(nlp, text, WED)
    assert "2024-10-21" in _dates(evs, "killed")
    assert _dates(evs, "wounded") == ["2024-10-21"]


def test_a_coordinated_verb_with_a_time_of_its_own_keeps_none_of_the_first(nlp):
    evs = analysed_events(
        nlp, "Borvian troops shelled the Kesk depot on Monday and bombed the Lorth bridge on Tuesday.", WED)
    assert "2024-10-21" not in _dates(evs, "bombed")


def test_a_later_telling_with_the_same_doers_takes_the_day_of_the_first(nlp):
    text = ("The Borvian government on Tuesday agreed to reopen the Kesk crossing to aid convoys after a week of "
            "talks with the Tarnish relief agency in the capital.\n\n"
            "Officials of the agency welcomed the step and said trucks could move within days.\n\n"
            "The crossing had been shut since the spring, and prices in Kesk have tripled, traders said.\n\n"
            "Aid workers in the valley described long queues for bread and fuel in the border towns.\n\n"
            "A statement from the agency said the Borvian government had agreed to let forty trucks a day pass "
            "the crossing without inspection.")
    evs = analysed_events(nlp, text, WED)
    agreed = [e for e in evs if e.trigger == "agreed"]
    assert agreed and all(e.date == "2024-10-22" for e in agreed if not e.background)
    assert sum(1 for e in agreed if e.date == "2024-10-22") >= 2


def test_a_later_telling_by_other_doers_keeps_no_date(nlp):
    text = ("The Borvian government on Tuesday agreed to reopen the Kesk crossing to aid convoys after a week of "
            "talks with the Tarnish relief agency in the capital.\n\n"
            "Officials of the agency welcomed the step and said trucks could move within days.\n\n"
            "The crossing had been shut since the spring, and prices in Kesk have tripled, traders said.\n\n"
            "Aid workers in the valley described long queues for bread and fuel in the border towns.\n\n"
            "A statement said the Lorthian rebels agreed to let forty trucks a day pass their checkpoints "
            "without inspection.")
    evs = analysed_events(nlp, text, WED)
    later = [e for e in evs if e.trigger == "agreed" and e.sentence_start > text.index("A statement")]
    assert all(e.date is None for e in later)


def test_two_days_for_the_same_word_leave_a_later_telling_undated(nlp):
    text = ("Borvian police on Monday arrested the mayor of Kesk over a land deal, prosecutors said.\n\n"
            "Borvian police on Tuesday arrested the mayor's deputy at his home in the capital.\n\n"
            "A lawyer for the family said Borvian police arrested them without showing a warrant.")
    evs = analysed_events(nlp, text, WED)
    last = [e for e in evs if e.trigger == "arrested" and e.sentence_start >= text.index("A lawyer")]
    assert all(e.date is None for e in last)


def test_an_old_telling_gives_no_day_to_the_news(nlp):
    # the first telling is dated months before publication: not the day of a news mention
    text = ("Borvian police arrested the mayor of Kesk on March 3 over a land deal, prosecutors said.\n\n"
            "A court in the capital heard the case again on Tuesday.\n\n"
            "A lawyer for the mayor said Borvian police arrested him without showing a warrant.")
    evs = analysed_events(nlp, text, WED)
    last = [e for e in evs if e.trigger == "arrested" and e.sentence_start >= text.index("A lawyer")]
    assert all(e.date != "2024-03-03" for e in last)


def _timexes(nlp, text):
    from dossier.nlp.timex import extract_timexes

    return {tx.text: tx.value for tx in extract_timexes(nlp(text), "t", None) if tx.anchored}


def test_without_a_publication_date_a_weekday_is_the_day_the_text_writes_for_it(nlp):
    text = ("Protesters in Kesk on Tuesday stormed the town hall and set cars alight.\n\n"
            "Tarnish officials said the unrest began on Tuesday, March 4, 2025, after the vote was annulled.")
    found = _timexes(nlp, text)
    assert found.get("Tuesday") == "2025-03-04"
    evs = analysed_events(nlp, text, None)
    assert "2025-03-04" in _dates(evs, "stormed")


def test_without_a_publication_date_a_weekday_is_only_a_day_of_the_texts_last_week(nlp):
    # no full date of that weekday: nothing to count from
    found = _timexes(nlp, "Protesters on Tuesday stormed the town hall. The vote was held on March 2, 2025.")
    assert "Tuesday" not in found
    # an old full day of that weekday (a year before the latest the text writes) is a recalled one
    found = _timexes(nlp, "Rebels on Saturday shelled Kesk. The war began on Saturday, March 2, 2024, and the "
                          "truce of March 10, 2025 did not hold.")
    assert "Saturday" not in found
    # the same weekday a week earlier than the latest day: the latest one is meant
    found = _timexes(nlp, "Rebels shelled Kesk on Monday. Talks opened on Monday, March 3, 2025 and again on "
                          "Monday, March 10, 2025.")
    assert found.get("Monday") == "2025-03-10"


def test_a_weekday_and_month_take_the_texts_year_only_when_the_weekday_confirms_it(nlp):
    found = _timexes(nlp, "The council met on Tuesday, September 9. It had last met on August 12, 2025.")
    assert found.get("Tuesday, September 9") == "2025-09-09"
    # the weekday does not fall on that day in the text's year: no year
    found = _timexes(nlp, "The council met on Monday, September 9. It had last met on August 12, 2025.")
    assert "Monday, September 9" not in found
    # no weekday: an old full date gives no year to a later one
    found = _timexes(nlp, "On September 11, the judges voted. The riot of January 8, 2023 was recalled.")
    assert "September 11" not in found
