"""Event dates (issue 16): which time expression dates an event, and when an undated event may take the day its
report gives the same happening. Every sentence here is written for the test; places and people are made up."""

from __future__ import annotations

import dataclasses
from datetime import date

from conftest import analysed_events, stated_date
from dossier.link.background import settle
from dossier.nlp.timex import normalise
from dossier.records import ActorRef, Analysis, Article, EventMention, Story, TimeExpr

SAT = "2024-10-26"  # a Saturday


def _events(nlp, text, published=SAT):
    return analysed_events(nlp, text, published)


def _dates(evs, trigger):
    return [e.date for e in evs if e.trigger == trigger]


def _stated(evs, trigger):
    return [stated_date(e) for e in evs if e.trigger == trigger]


def test_the_day_a_report_was_made_is_not_the_day_of_what_it_reports(nlp):
    evs = _events(nlp, "The army said on Saturday it had destroyed the depot in a raid on Friday.")
    assert "2024-10-26" not in _dates(evs, "destroyed") + _dates(evs, "raid")
    assert "2024-10-25" in _dates(evs, "destroyed") + _dates(evs, "raid")
    evs = _events(nlp, "The Borvian navy announced on Saturday that the harbour of Kesk was shelled.")
    assert all(d != "2024-10-26" for d in _dates(evs, "shelled"))


def test_a_date_that_qualifies_another_noun_does_not_date_the_event(nlp):
    evs = _events(nlp, "The governor condemned the bombing of the depot during the campaign for Sunday's vote.",
                  published="2024-10-24")
    assert _dates(evs, "condemned") and all(d is None for d in _dates(evs, "condemned"))
    # the date of the phrase the event noun heads is its own
    evs = _events(nlp, "Borvia denied any role in the October 7 Tarnish assault on the border post.")
    assert "2024-10-07" in _dates(evs, "assault")


def test_a_date_after_a_since_phrase_is_the_earlier_ones(nlp):
    evs = _events(nlp, "Oravel is the first Borvian minister to visit Kesk since her predecessor in 2011.")
    assert all(d != "2011" for d in _dates(evs, "visit"))


def test_what_is_done_as_something_else_is_done_shares_its_time(nlp):
    evs = _events(nlp, "The Borvian army spoke in a short statement on Tuesday as it urged residents to leave "
                       "the border towns.")
    assert _dates(evs, "urged") == ["2024-10-22"]


def test_a_weekday_the_day_after_publication_is_undecidable():
    saturday = date(2024, 10, 26)
    assert normalise("Sunday", saturday, future=False) is None  # six days back, or a time zone ahead
    assert normalise("Sunday", saturday, future=True) == ("DATE", "2024-10-27")
    assert normalise("Friday", saturday, future=False) == ("DATE", "2024-10-25")  # the day before
    assert normalise("last Sunday", saturday, future=False) == ("DATE", "2024-10-20")


def test_an_undated_lead_event_takes_the_day_the_article_gives_the_same_word(nlp):
    evs = _events(nlp, "Borvia said it had successfully launched a weather satellite.\n\nThe launch on Tuesday "
                       "was its second attempt, officials in Kesk said.", published="2024-10-23")
    assert _dates(evs, "launched") == ["2024-10-22"]
    # two days for the word: no date
    evs = _events(nlp, "Borvia said it had successfully launched a weather satellite.\n\nThe launch on Tuesday "
                       "was its second attempt. Tarn launched a probe on Monday.", published="2024-10-23")
    assert _dates(evs, "launched")[0] is None


def _ref(country):
    return [ActorRef(text=country, country=country)] if country else []


def _mention(start, etype, actor, recipient, *, date=None, date_text=None, trigger="struck", quote="x.",
             confidence=0.3):
    return EventMention(id=f"m-{start}", article_id="a1", type=etype, trigger=trigger, trigger_start=start + 1,
                        trigger_end=start + 1 + len(trigger), sentence_start=start, sentence_end=start + 90,
                        quote=quote, actors=_ref(actor), recipients=_ref(recipient), date=date,
                        date_source="timex" if date else "none", date_text=date_text, confidence=confidence)


def _analysis(events, timexes=()):
    text = ("Lead sentence one that is long enough to count as prose in the lead of this report. " * 2 +
            "Later prose follows here. " * 40)
    return Analysis(article=Article(id="a1", source="t", text=text, published=SAT), mentions=[],
                    timexes=list(timexes), events=events)


def test_a_report_dates_the_same_happening_further_down_by_its_own_lead():
    # the lead is unsure of itself (under the shown threshold), but it is the same happening: same type, a
    # country in common on one side and none contradicting
    lead = _mention(0, "ASSAULT", None, "BRV", date="2024-10-25", date_text="Friday")
    killed = _mention(900, "ASSAULT", None, "BRV", trigger="killed")
    other = _mention(1000, "ASSAULT", "TRN", "KSK", trigger="shelled")  # another side: not the lead's
    future = _mention(1100, "ASSAULT", None, "BRV", trigger="strikes")
    later = TimeExpr("a1", 1150, 1163, "in the future", "DATE", "FUTURE_REF")
    out = settle(Story(id="s", article_ids=["a1"], first_published=SAT),
                 [_analysis([lead, killed, other, future], [later])])
    got = {e.id: e for e in out[0].events}
    assert (got["m-900"].date, got["m-900"].date_source, got["m-900"].date_text) == ("2024-10-25", "timex", "Friday")
    assert got["m-1000"].date is None
    assert got["m-1100"].date is None  # its sentence speaks of the future
    # a lead that gives the happening a month, not a day, pins nothing
    vague = dataclasses.replace(lead, date="2024-10")
    out = settle(Story(id="s", article_ids=["a1"], first_published=SAT), [_analysis([vague, killed])])
    assert out[0].events[1].date is None


def test_an_event_so_long_before_the_news_takes_that_date(nlp):
    evs = _events(nlp, "The summit comes two months after Borvia and Aland agreed to reopen their embassies.")
    assert _dates(evs, "agreed") == ["2024-08"]
    evs = _events(nlp, "The talks on Thursday came three days after the attack on the Kesk harbour.")
    assert _dates(evs, "attack") == ["2024-10-21"]
    # no day for the news the phrase hangs on: no date
    evs = _events(nlp, "The talks came three days after the attack on the Kesk harbour.")
    assert _dates(evs, "attack") in ([None], [])


def test_a_report_dates_a_mention_with_its_leads_own_word():
    # the second mention names no country, but it is told with the lead's word
    lead = _mention(0, "COERCE", None, "BRV", date="2024-10-21", date_text="Monday", trigger="sentenced")
    aide = _mention(900, "COERCE", None, None, trigger="sentenced")
    other = _mention(1000, "COERCE", None, None, trigger="detained")
    out = settle(Story(id="s", article_ids=["a1"], first_published=SAT), [_analysis([lead, aide, other])])
    got = {e.id: e for e in out[0].events}
    assert got["m-900"].date == "2024-10-21" and got["m-1000"].date is None


def test_a_participle_clause_happens_when_its_verb_does(nlp):
    evs = _events(nlp, "Yesterday the Polish army lashed out at the Belarusian government, accusing it of "
                       "pushing migrants across the border.")
    assert _dates(evs, "accusing") == ["2024-10-25"]


def test_a_verb_takes_the_time_of_its_as_clause(nlp):
    evs = _events(nlp, "Fighter jets shot down a drone as it flew over the port of Gdansk on Thursday.")
    assert _dates(evs, "shot") == ["2024-10-24"]
    # a past perfect "as" clause is earlier: its time is not the verb's
    evs = _events(nlp, "Fighter jets shot down a drone, as the ministry had warned on Thursday.")
    assert "2024-10-24" not in _dates(evs, "shot")


def test_a_gathering_that_acts_does_so_the_day_it_meets(nlp):
    evs = _events(nlp, "An emergency regional summit in Nairobi on Thursday, Oct. 24, 2024, condemned the shelling "
                       "of the border town.")
    assert _dates(evs, "condemned") == ["2024-10-24"]


def test_a_captions_closing_date_is_the_pictures_not_an_earlier_events(nlp):
    evs = _events(nlp, "A truck carries the minister from the base where he was held after soldiers stormed the "
                       "palace to detain him in Bamako, Mali, Saturday, Oct. 26, 2024.")
    # the storming to detain him is one COERCE (coups21), told by "stormed" or "detain": undated either way
    # (round events22: a present-tense line closed by a full date is a caption, which gives no event at all)
    acts = [e for e in evs if e.trigger in ("stormed", "detain")]
    assert all(e.date is None for e in acts)


def test_what_a_dated_act_was_done_for_is_done_in_it(nlp):
    evs = _events(nlp, "Police stormed the embassy in Quito on Friday night to arrest the former vice president.")
    assert _dates(evs, "arrest") == ["2024-10-25"]


def test_a_sentence_going_on_with_also_tells_the_same_occasion(nlp):
    evs = _events(nlp, "The Estonian prime minister announced a ban on Russian imports on Thursday in a long speech "
                       "to parliament. She also condemned the detention of two Estonian border guards.")
    assert _dates(evs, "condemned") == ["2024-10-24"]
    # without "also" the next sentence's time is not told
    evs = _events(nlp, "The Estonian prime minister announced a ban on Russian imports on Thursday in a long speech "
                       "to parliament. She condemned the detention of two Estonian border guards.")
    assert _dates(evs, "condemned") == [None]


# Document-level dating (issue 16, items 4 and 6): the day the lead gives its news dates the same news told without
# a time of its own; never a recalled event, another case, a present or a modal, nor from a bare clock time alone.
ARREST = ("Borvian police arrested the opposition leader Tal Varo in Kesk on Tuesday. His party called the arrest "
          "an attack on democracy and urged supporters to stay calm. Crowds sang outside the court until late. "
          "Varo was arrested at a checkpoint on the road to the airport, a party official said. "
          "Varo was first arrested after the protests that followed the disputed vote.")


def test_the_leads_news_told_again_further_down_takes_the_leads_day(nlp):
    evs = [e for e in _events(nlp, ARREST) if e.trigger == "arrested"]
    told_again = [e for e in evs if "checkpoint" in e.quote]
    assert told_again and told_again[0].date == "2024-10-22" and not told_again[0].background
    assert told_again[0].date_source == "timex" and told_again[0].date_text == "Tuesday"


def test_a_recalled_event_never_takes_the_day_of_the_news(nlp):
    recalled = [e for e in _events(nlp, ARREST) if e.trigger == "arrested" and "first" in e.quote]
    assert recalled and all(e.date is None for e in recalled)


def test_an_act_told_as_another_case_keeps_no_date(nlp):
    evs = _events(nlp, "Borvian police arrested the opposition leader Tal Varo in Kesk on Tuesday. His lawyers said "
                       "the arrest was unlawful. Varo was detained in another case at the border with Tarnish, "
                       "police records show.")
    assert _dates(evs, "arrested") == ["2024-10-22"]
    assert _dates(evs, "detained") and all(d is None for d in _dates(evs, "detained"))


def test_another_kind_of_act_or_a_modal_in_the_lead_keeps_no_date(nlp):
    evs = _events(nlp, "A Kesk court sentenced the former minister Ila Dorn to six years in prison on Tuesday. "
                       "Dorn denied the charges throughout the trial. Dorn can appeal the sentence to the high court.")
    assert _dates(evs, "sentenced") == ["2024-10-22"]
    assert all(d is None for d in _dates(evs, "denied") + _dates(evs, "appeal"))


def test_a_bare_clock_time_is_not_the_publication_day_but_takes_the_leads_day(nlp):
    alone = _events(nlp, "Tarnish gunners shelled the market of Oslak at 2:30 PM, a nurse said.")
    assert _dates(alone, "shelled") and all(d is None for d in _dates(alone, "shelled"))
    led = _events(nlp, "Tarnish artillery shelled the border town of Oslak on Friday, Borvian officials said. "
                       "Residents fled to the hills as the guns kept firing through the night. "
                       "Tarnish gunners shelled the market at 2:30 PM, a nurse said.")
    assert [e.date for e in led if e.trigger == "shelled" and "2:30" in e.quote] == ["2024-10-25"]


def test_the_day_a_report_confirms_something_is_not_the_day_of_the_news(nlp):
    evs = _events(nlp, "The Borvian army confirmed on Saturday that it had carried out a strike on the Kesk depot. "
                       "Borvian jets bombed the depot, destroying fuel tanks and trucks.")
    assert all(e.date != "2024-10-26" for e in evs)


def test_an_act_during_a_dated_occasion_or_when_a_dated_act_happened_takes_its_day(nlp):
    evs = _events(nlp, "During the summit on Friday, the Borvian president accused Tarnish of shelling border "
                       "villages.")
    assert _dates(evs, "accused") == ["2024-10-25"]
    evs = _events(nlp, "Six guards were killed when gunmen stormed the depot on Thursday.")
    assert _dates(evs, "killed") == ["2024-10-24"]
    evs = _events(nlp, "On October 3, 2024, the Borvian foreign ministry issued a statement in which it accused "
                       "Tarnish of shelling border posts.")
    assert _dates(evs, "accused") == ["2024-10-03"]


def test_a_datelines_date_closed_by_a_colon_is_the_reports_and_the_weekday_wins(nlp):
    evs = _events(nlp, "Kesk, Borvia – October 26, 2024: Borvia declared a state of emergency on Thursday in its "
                       "northern province after days of unrest.")
    assert _dates(evs, "declared") == ["2024-10-24"]
    # a date that opens the sentence as prose ("On ...,") still dates its event
    evs = _events(nlp, "On October 22, 2024, the Borvian army shelled the harbour of Kesk.")
    assert _dates(evs, "shelled") == ["2024-10-22"]


def test_a_with_clause_goes_on_at_the_time_of_its_verb(nlp):
    evs = _events(nlp, "Fighting resumed along the border on Thursday, with Borvia shelling the town of Kesk and the "
                       "Tarnish army firing rockets at its depots.")
    assert _dates(evs, "shelling") == ["2024-10-24"]
    # a "with" clause with a time of its own keeps it
    evs = _events(nlp, "Fighting resumed along the border on Thursday, with Borvia having shelled the town of Kesk "
                       "on Monday.")
    assert "2024-10-24" not in _dates(evs, "shelled")


def test_an_ongoing_state_is_no_other_time_for_the_leads_news(nlp):
    text = ("At least twenty gunmen stormed a police station in the Borvian town of Kesk, setting off ongoing "
            "clashes with the police.\n\nThe interior minister said the attackers had fled into the hills.\n\n"
            "Witnesses said the gunmen stormed the station on Saturday before dawn, firing from two trucks.")
    evs = _events(nlp, text)
    assert _dates(evs, "stormed")[0] == SAT


def test_later_or_late_on_the_days_weekday_is_that_day():
    saturday = date(2024, 10, 26)
    assert normalise("later Saturday", saturday, future=True) == ("DATE", SAT)
    assert normalise("late Saturday", saturday, future=True) == ("DATE", SAT)
    assert normalise("earlier Friday", saturday, future=True) == ("DATE", "2024-10-25")
    assert normalise("last Friday", saturday, future=True) == ("DATE", "2024-10-25")
    # "will meet Saturday" in a Saturday report: that day (round 15: a bare weekday never jumps a week ahead)
    assert normalise("Saturday", saturday, future=True) == ("DATE", SAT)
    assert normalise("next Saturday", saturday, future=True) == ("DATE", "2024-11-02")


def test_earlier_on_a_day_places_the_leads_hot_news_on_that_day(nlp):
    text = ("Borvia has declared a state of emergency in the northern province of Kesk after three people died in "
            "riots over a new tax law.\n\nThe measure gives the police wider powers to search homes.\n\n"
            "Schools in the provincial capital remain closed.\n\n"
            "Earlier on Thursday, a spokesman for the governor said the riots had spread to two more towns.")
    evs = _events(nlp, text)
    assert _dates(evs, "declared") == ["2024-10-24"]
    # without such a day the present perfect of the lead takes no stated date (the publication day is only the
    # default of test_publication_day.py, kept apart by its source)
    evs = _events(nlp, text.replace("Earlier on Thursday, a", "A"))
    assert _stated(evs, "declared") == [None]


def test_the_decision_dated_in_the_next_sentence_dates_the_act_it_names_again(nlp):
    text = ("Borvian President Anna Kesk has dismissed her entire cabinet with immediate effect.\n\n"
            "The decision, announced on Thursday at the presidential palace, sends all ministers home except "
            "the foreign minister.")
    evs = _events(nlp, text)
    assert _dates(evs, "dismissed") == ["2024-10-24"]
    # an indefinite or other noun names no act of the previous sentence
    evs = _events(nlp, text.replace("The decision, announced", "A new budget, announced"))
    assert _stated(evs, "dismissed") == [None]


def test_a_participle_describing_a_noun_takes_no_day_of_the_news(nlp):
    evs = _events(nlp, "Borvia said its second wave of strikes against the rebels backed by Tarnia was a reply to "
                       "ongoing raids on its ports when its jets bombed their depots on Thursday.")
    assert _dates(evs, "backed") in ([], [None])
    # nor does an act told as going on
    assert _dates(evs, "raids") in ([], [None])
    assert _dates(evs, "bombed") == ["2024-10-24"]


def test_a_past_when_clause_happens_on_the_day_of_its_clause(nlp):
    evs = _events(nlp, "On October 24, 2024, tensions rose in the Kesk strait when Borvian guards seized two "
                       "Tarnish boats.")
    assert _dates(evs, "seized") == ["2024-10-24"]
    # under a reporting verb the day is the report's, not the clause's
    evs = _events(nlp, "The Borvian minister said on Friday that guards seized two Tarnish boats when they "
                       "crossed the line last month.")
    assert "2024-10-25" not in _dates(evs, "seized")


def test_a_date_closing_verbs_that_share_their_auxiliary_dates_each(nlp):
    evs = _events(nlp, "A Borvian patrol boat was blocked and surrounded by three Tarnish vessels on Friday, "
                       "the coast guard said.")
    assert _dates(evs, "blocked") == ["2024-10-25"]
    evs = _events(nlp, "Four Borvian soldiers were killed, and twenty others were injured in a rocket attack on "
                       "the Kesk outpost on October 20, 2024.")
    assert _dates(evs, "killed") == ["2024-10-20"]
    # a first verb with a time of its own keeps it
    evs = _events(nlp, "The Borvian mayor was arrested in 2019 and released on Friday.")
    assert "2024-10-25" not in _dates(evs, "arrested")


def test_the_agent_of_a_passive_happens_when_the_passive_does(nlp):
    evs = _events(nlp, "Officials in Kesk say six people were killed by Tarnish air strikes early on Friday.")
    assert "2024-10-25" in _dates(evs, "strikes")


def test_a_perfect_infinitive_points_back():
    from dossier.nlp.model import load
    from dossier.nlp.timex import extract_timexes

    doc = load()("The raids appear to have been carried out on Tuesday.")
    values = [t.value for t in extract_timexes(doc, "t", date(2024, 10, 24))]  # a Thursday
    assert values == ["2024-10-22"]


def test_what_a_participle_clause_says_begins_begins_at_its_verbs_time(nlp):
    evs = _events(nlp, "On October 21, 2024, the Borvian president was greeted by the Tarnish king in Kesk, "
                       "marking the start of a week-long regional tour.")
    assert _dates(evs, "tour") == ["2024-10-21"]
    evs = _events(nlp, "On October 21, 2024, the Borvian president signed the accord in Kesk, ending a decade "
                       "of war with Tarnia.")
    assert all(d != "2024-10-21" for d in _dates(evs, "war"))
