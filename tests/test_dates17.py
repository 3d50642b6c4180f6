"""Event dates, round 17 (task dates17): days the article pins for an act it names again, for a detention told in
several sentences, for the lead's weekday of a stated day and for same-day reactions to the news. Every sentence
is written for the test; the people are made up."""

from __future__ import annotations

from conftest import analysed_events, stated_date


def _dates(nlp, text, trigger, published="2024-03-05"):
    return [e.date for e in analysed_events(nlp, text, published) if e.trigger == trigger]


def _stated(nlp, text, trigger, published="2024-03-05"):
    return [stated_date(e) for e in analysed_events(nlp, text, published) if e.trigger == trigger]


# --- the lead's act named again further down by a definite noun with its day ---------------------------------------

SEIZURE = ("Norway has seized two Russian fishing trawlers in the Barents Sea in a sharp rise in tensions, leading "
           "Moscow to summon the Norwegian ambassador early on Tuesday.\n\n"
           "Relations between the neighbours have soured further following the seizure on Sunday by {by}, the "
           "state news agency reported.\n\n"
           "Fishing in the area has been disputed for years.")


def test_a_lead_act_named_again_with_its_day_takes_that_day(nlp):
    # the Tuesday of the summons belongs to another clause; the seizure is dated by its naming further down
    assert _dates(nlp, SEIZURE.format(by="the Norwegian coast guard"), "seized") == ["2024-03-03"]


def test_a_seizure_by_the_other_side_dates_nothing(nlp):
    # "following the seizure on Sunday by the Russian navy": another seizure, the one the news may answer
    assert _dates(nlp, SEIZURE.format(by="the Russian navy"), "seized") == [None]


# --- a detention told in several sentences ----------------------------------------------------------------------

ARREST = ("Police detained the opposition leader Dana Reyes on her arrival at the capital's airport after she flew "
          "home from Spain for the first time since she was attacked in June last year.\n\n"
          "The move on Sunday is likely to draw sharp criticism from abroad.\n\n"
          "Her supporters had gathered outside the terminal.\n\n"
          "The interior ministry said {who} had been detained for breaking the terms of a suspended sentence and "
          "would stay in custody until a hearing later this month.")


def test_the_move_on_a_day_dates_the_act_despite_a_time_in_its_since_clause(nlp):
    assert _dates(nlp, ARREST.format(who="Reyes"), "detained")[0] == "2024-03-03"


def test_a_passive_naming_no_doer_takes_the_day_of_the_same_detention(nlp):
    assert _dates(nlp, ARREST.format(who="Reyes"), "detained") == ["2024-03-03", "2024-03-03"]


def test_a_passive_done_to_someone_else_keeps_no_date(nlp):
    assert _dates(nlp, ARREST.format(who="her aide Tomas Vell"), "detained") == ["2024-03-03", None]


# --- no publication date: the lead's weekday of the day it states in full ---------------------------------------

def _signing(weekday: str, later: str = "") -> str:
    return ("Neighbours sign pact on border crossings\n\n"
            "The Norwegian and Swedish foreign ministers shake hands after the signing ceremony in Geneva. "
            "Anna Berg / Agency / March 12, 2024\n\n"
            f"Norway and Sweden on {weekday} signed an agreement on border crossings, settling "
            "a long quarrel over fishing rights.\n\n"
            "The pact will be reviewed in two years." + later)


def test_an_undated_article_dates_its_lead_by_the_weekday_of_the_stated_day(nlp):
    assert _dates(nlp, _signing("Tuesday"), "signed", published=None) == ["2024-03-12"]


def test_another_weekday_than_the_stated_days_dates_nothing(nlp):
    assert _dates(nlp, _signing("Wednesday"), "signed", published=None) == [None]


def test_the_stated_days_weekday_further_down_dates_its_act(nlp):
    later = ("\n\nSeveral fishing groups criticised the deal.\n\n"
             "The Swedish fisheries minister met Norwegian trawler owners in Tromso on {day} to explain the terms.")
    assert _dates(nlp, _signing("Tuesday", later.format(day="Tuesday")), "met", published=None) == ["2024-03-12"]
    assert _dates(nlp, _signing("Tuesday", later.format(day="Friday")), "met", published=None) == [None]
    assert _dates(nlp, _signing("Tuesday", later.format(day="last Tuesday")), "met", published=None) == [None]


# --- a reaction to the news act on the report's own day ---------------------------------------------------------

def _reaction(owner: str) -> str:
    return ("Belarusian President Alexander Lukashenko ordered a passenger jet to land in Minsk on Sunday and police "
            "detained a dissident blogger on board.\n\n"
            "The blogger had been on a wanted list since last year's protests.\n\n"
            "Reactions\n\n"
            f"Lithuanian President Gitanas Nauseda condemned {owner} actions, demanding the blogger's release.")


def test_a_reaction_to_the_news_act_takes_the_news_day_of_a_same_day_report(nlp):
    assert _dates(nlp, _reaction("Belarus's"), "condemned", published="2024-03-03") == ["2024-03-03"]


def test_a_reaction_to_another_sides_actions_keeps_no_date(nlp):
    assert _stated(nlp, _reaction("Russia's"), "condemned", published="2024-03-03") == [None]


def test_a_reaction_in_a_report_of_the_next_day_keeps_no_date(nlp):
    # published on Monday: the condemnation may be of Sunday or of Monday
    assert _dates(nlp, _reaction("Belarus's"), "condemned", published="2024-03-04") == [None]


# --- a news part that names the publication day as well as the day before -------------------------------------

def test_a_lead_naming_the_publication_day_too_lends_no_day_to_other_acts(nlp):
    # the seizure is of Monday, the announcement of Tuesday (the publication day): the accusation, told in the
    # simple past with no day of its own, may be of either
    text = ("Norway seized two Russian fishing trawlers in the Barents Sea on Monday in a sharp rise in tensions "
            "leading Moscow to announce early on Tuesday that it will send warships to the area.\n\n"
            "Russian fishing officials accused the coast guard of piracy and demanded the crews' release.\n\n"
            "Fishing in the area has been disputed for years.")
    assert _dates(nlp, text, "seized") == ["2024-03-04"]
    assert _dates(nlp, text, "accused") == [None]
