"""The news day dates the news (newsday24): when the day the lead gives its news is the publication day or the day
before it, an act the news part tells as done (a verb in the simple past, asserted, no time of its own) takes that
day, whatever its kind; an article with no publication date whose lead states the day in full is read the same
way. Every sentence here is written for the test; places and people are made up."""

from __future__ import annotations

from conftest import analysed_events, stated_date

THU = "2025-03-13"  # a Thursday


def _dates(evs, trigger):
    return [e.date for e in evs if e.trigger == trigger]


def _stated(evs, trigger):
    return [stated_date(e) for e in evs if e.trigger == trigger]


LEAD = ("Borvian jets bombed three depots in the Kesk valley early on Thursday, killing at least four soldiers. "
        "The Borvian army said two of its aircraft took part in the raid. ")


def test_another_kind_of_act_in_the_news_part_takes_the_news_day(nlp):
    evs = _analysed(nlp, LEAD + "Tarnia's defence ministry condemned the strikes as a reckless act of aggression. "
                               "The Tarnian government then closed the border crossing at Oro.")
    assert _dates(evs, "bombed") == ["2025-03-13"]
    assert _dates(evs, "condemned") == ["2025-03-13"]


def test_a_report_of_the_next_morning_dates_the_day_before(nlp):
    evs = _analysed(nlp, LEAD + "Tarnia's defence ministry condemned the strikes as a reckless act of aggression.",
                    published="2025-03-14")
    assert _dates(evs, "condemned") == ["2025-03-13"]


def test_a_news_day_well_before_publication_dates_no_other_kind(nlp):
    evs = _analysed(nlp, LEAD + "Tarnia's defence ministry condemned the strikes as a reckless act of aggression.",
                    published="2025-03-17")
    assert _dates(evs, "condemned") == [None]


def test_past_the_first_other_time_the_news_part_ends(nlp):
    evs = _analysed(nlp, LEAD + "The two countries fought a short war over the valley in 2011. "
                               "Tarnia's defence ministry condemned the strikes as a reckless act of aggression.")
    assert _stated(evs, "condemned") == [None]


def test_earlier_acts_and_past_perfects_keep_no_date(nlp):
    evs = _analysed(nlp, LEAD + "Tarnia had accused Borvia of shelling its villages. "
                               "Earlier, Tarnia condemned the shelling of a school in Oro.")
    assert all(d is None for d in _dates(evs, "accused") + _dates(evs, "condemned"))


def test_a_present_tense_act_keeps_no_date(nlp):
    evs = _analysed(nlp, LEAD + "Tarnia accuses Borvia of provoking the clash.")
    assert all(d is None for d in _dates(evs, "accuses"))


def test_an_undated_article_whose_lead_states_the_day_in_full(nlp):
    evs = _analysed(nlp, "On 13 March 2025, Borvian jets bombed three depots in the Kesk valley, killing at least "
                         "four soldiers. The Borvian army said two of its aircraft took part in the raid. "
                         "Tarnia's defence ministry condemned the strikes as a reckless act of aggression.",
                    published=None)
    assert _dates(evs, "bombed") == ["2025-03-13"]
    assert _dates(evs, "condemned") == ["2025-03-13"]


def test_an_undated_article_with_a_bare_weekday_takes_no_day(nlp):
    evs = _analysed(nlp, "Borvian jets bombed three depots in the Kesk valley on Thursday, killing at least four "
                         "soldiers. Tarnia's defence ministry condemned the strikes as a reckless act of aggression.",
                    published=None)
    assert all(d is None for d in _dates(evs, "condemned"))


def _analysed(nlp, text, published=THU):
    return analysed_events(nlp, text, published)


def test_what_is_said_of_the_days_act_itself_takes_no_day(nlp):
    evs = _analysed(nlp, "Thousands of students marched through Oro on Thursday against the new fuel tax. Police "
                         "fired tear gas at the crowd. The protests were organized by student unions over social media.")
    assert all(d is None for d in _dates(evs, "organized"))
