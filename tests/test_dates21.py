"""Event dates, round 21 (task dates21): what a crowd is doing in a dated scene, and the lead's hot news told again
as done "today". Every sentence is written for the test; places and people are made up."""

from __future__ import annotations

from conftest import analysed_events, stated_date

# a lead with no time of its own: the sentences under test are told further down, where no lead rule dates them
LEAD = ("Relations between Valmora and Orlandia have sunk to their lowest point in a generation.\n\n"
        "Trade between the two neighbours remains large.\n\n")
PUB = "2024-03-08"  # a Friday


def _dates(nlp, text, trigger, published=PUB, lead=LEAD):
    return [e.date for e in analysed_events(nlp, lead + text, published) if e.trigger == trigger]


def _stated(nlp, text, trigger, published=PUB, lead=LEAD):
    return [stated_date(e) for e in analysed_events(nlp, lead + text, published) if e.trigger == trigger]


# --- a present participle that tells what the crowd of a dated scene was doing -------------------------------------

def test_a_with_clause_crowd_demanding_takes_the_scene_verbs_day(nlp):
    text = ("The Valmoran president toured the flooded districts of the capital on Thursday, with angry crowds "
            "demanding the resignation of the interior minister.")
    assert _dates(nlp, text, "toured") == ["2024-03-07"]
    assert _dates(nlp, text, "demanding") == ["2024-03-07"]


def test_an_agent_crowd_chanting_and_pleading_takes_the_scene_verbs_day(nlp):
    text = ("The Orlandian prime minister walked through the ruined market of Ostrava on Thursday, surrounded by "
            "residents chanting against the government and pleading for foreign aid.")
    assert _dates(nlp, text, "chanting") == ["2024-03-07"]
    assert _dates(nlp, text, "pleading") == ["2024-03-07"]


def test_a_past_participle_or_perfect_participle_keeps_no_scene_day(nlp):
    # a man "accused of attacking": the attack is not the arrest's day
    text = "Orlandian police on Thursday arrested a man accused of attacking the Valmoran embassy."
    assert "2024-03-07" not in _dates(nlp, text, "attacking")
    # a participle with an auxiliary of its own tells an earlier act
    text = ("The Valmoran president toured the border town on Thursday, with rebels having shelled its market "
            "a week earlier.")
    assert "2024-03-07" not in _dates(nlp, text, "shelled")


def test_a_scene_still_to_come_gives_the_crowd_no_day(nlp):
    text = ("The Valmoran president will tour the flooded districts of the capital on Thursday, with angry crowds "
            "demanding the resignation of the interior minister.")
    assert "2024-03-07" not in _dates(nlp, text, "demanding", published="2024-03-06")


def test_a_relative_clause_of_the_crowd_keeps_no_scene_day(nlp):
    text = ("The Orlandian prime minister walked through the ruined market of Ostrava on Thursday, surrounded by "
            "residents who had protested against the government for weeks.")
    assert "2024-03-07" not in _dates(nlp, text, "protested")


def test_a_recalled_strike_does_not_date_the_condemnation(nlp):
    text = "After the air strike on Sunday, the Orlandian foreign ministry condemned Valmora."
    assert "2024-03-03" not in _dates(nlp, text, "condemned")


def test_an_agreement_does_not_date_talks_that_collapsed_earlier(nlp):
    text = "Orlandia agreed on Monday to resume the border talks that had collapsed in May."
    assert _dates(nlp, text, "agreed") == ["2024-03-04"]
    assert "2024-03-04" not in _dates(nlp, text, "collapsed")


# prose that names no time, so that the sentence under test is told past the lead's news sentences
FILLER = ("The two neighbours have quarrelled over the northern province for much of the past century.\n\n"
          "Diplomats from both capitals describe the present mood as the worst they can remember.\n\n")


# --- "earlier today": the day the report tells its story from ------------------------------------------------------

HOT = ("Valmoran fighter jets have shot down an Orlandian surveillance drone over the northern province.\n\n"
       "The downing drew an angry protest from the Orlandian embassy.\n\n" + FILLER)


def test_earlier_today_dates_the_leads_present_perfect_news(nlp):
    text = "The drone was first spotted near the border earlier today, the defence ministry said."
    assert _dates(nlp, text, "shot", lead=HOT) == ["2024-03-08"]


def test_without_earlier_today_the_leads_present_perfect_news_stays_undated(nlp):
    text = "The drone was first spotted near the border earlier this week, the defence ministry said."
    assert _stated(nlp, text, "shot", lead=HOT) in ([], [None])
    text = "The drone had been spotted near the border, the defence ministry said."
    assert _stated(nlp, text, "shot", lead=HOT) in ([], [None])


# --- the same happening told again as done "today" -----------------------------------------------------------------

KILLED = ("A senior Orlandian general has been killed in a bomb attack in the capital, officials say.\n\n"
          "The blast tore through his convoy as it crossed a bridge.\n\n" + FILLER)


def test_the_same_killing_told_as_done_today_dates_the_lead(nlp):
    text = "\"Cowards murdered a senior general today,\" the Orlandian defence minister said in a statement."
    assert _dates(nlp, text, "killed", lead=KILLED) == ["2024-03-08"]


def _sources(nlp, text, trigger, published=PUB, lead=LEAD):
    return [(e.date, e.date_source) for e in analysed_events(nlp, lead + text, published) if e.trigger == trigger]


# the lead's hot-news perfect ("has been killed ... officials say") takes the publication day as an inference
# (date_source "published", issue 16); what it must never take is another victim's "today" as a stated date
def test_another_victim_told_as_killed_today_does_not_date_the_lead(nlp):
    text = "\"Cowards murdered a police officer today,\" the Orlandian defence minister said in a statement."
    assert _sources(nlp, text, "killed", lead=KILLED) in ([], [(None, "none")], [(PUB, "published")])


def test_no_today_gives_the_lead_no_stated_date(nlp):
    text = "\"Cowards murdered a senior general,\" the Orlandian defence minister said in a statement."
    assert _sources(nlp, text, "killed", lead=KILLED) in ([], [(None, "none")], [(PUB, "published")])
