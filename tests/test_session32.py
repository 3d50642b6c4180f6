"""Thirty-second session: places that are only where, a judged change's owner, whom agreed work is with, a
government's own citizens, the day of what a verb of beginning begins, a month inside a name, and an undated
report dated by a dated report of the same act."""

from __future__ import annotations

from conftest import event_with_trigger


def _recipients(e):
    return [(r.text, r.country, r.sector) for r in e.recipients]


def test_a_verb_of_beginning_is_dated_by_what_it_begins(nlp):
    e = event_with_trigger(nlp, "Protesters began to gather early Monday at the national stadium in the capital.",
                           "began", published="2019-07-22")
    assert e.date == "2019-07-22"


def test_a_month_inside_a_name_is_no_month(nlp):
    from dossier.nlp import analyse
    from dossier.records import Article

    text = ('Thousands joined what organisers called the "People\'s March" on Monday. The Long March ended long ago. '
            'Since March, talks have stalled. Protests in April were large.')
    an = analyse(Article("t", "test", text, published="2019-07-22"), nlp)
    values = {tx.text: tx.value for tx in an.timexes}
    assert "March" in values and values["March"] == "2019-03"  # "Since March": a sentence's first word before it
    assert sum(1 for tx in an.timexes if tx.text == "March") == 1
    assert values.get("April") == "2019-04"


def test_the_streets_of_a_town_are_where_a_protest_is(nlp):
    e = event_with_trigger(nlp, "Hundreds of demonstrators took to the streets of Bamako on Monday, calling for "
                                "elections.", "took")
    assert e.type == "PROTEST" and e.recipients == []


def test_a_town_withdrawn_from_is_no_recipient(nlp):
    e = event_with_trigger(nlp, "The commander said his forces would withdraw from Bakhmut on Thursday.", "withdraw")
    assert e.recipients == []


def test_the_country_of_the_town_a_bomb_went_off_in_is_no_target(nlp):
    e = event_with_trigger(nlp, "A suspected militant detonated a suicide bomb in the Turkish city of Istanbul on "
                                "Tuesday.", "detonated")
    assert not any(r.country == "TUR" and r.text in ("Turkish", "Turkey") for r in e.recipients)
    e = event_with_trigger(nlp, "Militants attacked the airport in Karachi, Pakistan's commercial hub, on Sunday.",
                           "attacked")
    assert not any(r.text == "Pakistan" for r in e.recipients)


def test_a_strike_on_a_countrys_towns_is_still_on_that_country(nlp):
    e = event_with_trigger(nlp, "Artillery shelled Ukrainian villages on Monday.", "shelled")
    assert any(r.country == "UKR" for r in e.recipients)


def test_a_judged_change_of_stance_is_aimed_at_whose_stance_it_is(nlp):
    e = event_with_trigger(nlp, "Regional leaders blamed the shift in the Biden administration's approach for the "
                                "surge on Monday.", "blamed")
    # (session 48: "the Biden administration" is the state's government, not the man)
    assert [r.name for r in e.recipients] == ["Government of United States"]


def test_agreed_work_is_with_whom_it_is_done(nlp):
    e = event_with_trigger(nlp, "Xi agreed on Tuesday to work with France to prepare a conference.", "agreed")
    assert e.type == "AGREE" and [r.country for r in e.recipients] == ["FRA"]


def test_a_governments_citizens_are_its_own(nlp):
    e = event_with_trigger(nlp, "The German Foreign Office on Tuesday urged citizens to avoid crowded areas in "
                                "Istanbul.", "urged")
    assert _recipients(e) == [("citizens", "DEU", "CVL")]


def test_defendants_a_court_jails_are_its_recipients(nlp):
    e = event_with_trigger(nlp, "The court on Tuesday jailed all 45 defendants convicted of subversion.", "jailed")
    assert e.type == "COERCE" and [(r.text, r.sector) for r in e.recipients] == [("all 45 defendants", "CRM")]


def test_an_undated_report_takes_the_day_a_dated_report_gives_the_same_act():
    from dossier.link.story_days import date_by_the_story
    from dossier.records import ActorRef, Analysis, Article, EventMention

    def report(aid, published, etype="CONSULT", lead=True, **em):
        start = 0 if lead else 5000
        mention = EventMention(f"m{aid}", aid, etype, "met", start, start + 3, start, start + 40, "q",
                               confidence=0.9 if lead else 0.5,
                               actors=[ActorRef("Harris", actor_id="harris", country="USA")],
                               recipients=[ActorRef("Giammattei", actor_id="giammattei", country="GTM")], **em)
        text = " ".join(["The vice president spoke at length about the region and its many troubles today."] * 80)
        return Analysis(article=Article(aid, "t", text, published=published), events=[mention])

    dated = report("a", "2021-06-08", date="2021-06-07", date_source="timex", date_text="Monday")
    # its lead tells remarks (another kind of news than the dated report's), its third paragraph the meeting
    remarks = EventMention("r", "u", "ACCUSE", "said", 0, 4, 0, 40, "q", confidence=0.9)
    undated = report("u", None, lead=False, undated_text="Monday")
    undated.events.insert(0, remarks)
    got = date_by_the_story([dated, undated])[1].events[1]
    assert got.date == "2021-06-07" and got.date_text == "Monday"
    # a weekday that places the act on another day than the dated report's is left undated
    other = report("u", None, lead=False, undated_text="Sunday")
    other.events.insert(0, remarks)
    assert date_by_the_story([dated, other])[1].events[1].date is None


def test_a_persons_name_the_model_cut_short_is_whole(nlp):
    from dossier.nlp.analyse import mentions_of
    from dossier.records import Article

    def names(text):
        return [m.text for m in mentions_of(nlp(text), Article("t", "t", text)) if m.label == "PERSON"]

    assert "Roch Marc Christian Kabore" in names("Macron spoke with President Roch Marc Christian Kabore to express "
                                                 "his condolences on Friday.")
    assert "Israel Katz" in names("Israel summoned Brazil's ambassador for a meeting with Foreign Minister Israel "
                                  "Katz at the memorial on Monday.")
    # an everyday word after a name ends it, and a headline's run of capitals is no name
    assert "Vladimir Putin" in names("Vladimir Putin Says Russia Will Respond to the move.")


def test_one_day_written_twice_dates_what_a_statement_of_that_day_reports(nlp):
    e = event_with_trigger(nlp, "Police have detained the regional governor, the interior minister said on Wednesday "
                                "(Dec 28) on social media.", "detained", published="2022-12-29")
    assert e.date == "2022-12-28"


def test_words_of_an_act_used_for_no_such_act_are_not_shown(nlp):
    from dossier.nlp import event_model

    def shown(text, trigger):
        from conftest import analysed_events

        return [e for e in analysed_events(nlp, text, "2019-10-02") if e.trigger == trigger
                and e.confidence >= event_model.DEFAULT_THRESHOLD]

    assert not shown("Officers have fired live rounds into the air on several occasions.", "fired")
    assert not shown("The Pentagon said Iraqi forces were still meeting pockets of resistance from militants.",
                     "meeting")
    assert not shown("Moscow says the alliance's steady expansion into eastern Europe threatens its own security.",
                     "threatens")
    assert not shown("The minister's comparison of the war with the Holocaust is a grave attack, the envoy said.",
                     "attack")
    # the same words for the act itself stay
    assert shown("Police fired live rounds at protesters on Tuesday.", "fired")
    assert shown("The foreign minister met his Chinese counterpart in Beijing on Tuesday.", "met")


def test_what_someone_is_praised_for_is_no_recipient(nlp):
    e = event_with_trigger(nlp, "Prime Minister Modi congratulated Russia on Monday for its chairmanship of the Arctic "
                                "Council.", "congratulated")
    assert [r.country for r in e.recipients] == ["RUS"]


def test_a_person_told_by_age_is_a_participant(nlp):
    e = event_with_trigger(nlp, "The 18-year-old was shot by police in the district on Tuesday.", "shot",
                           published="2019-10-02")
    assert [(r.text, r.sector) for r in e.recipients] == [("The 18-year-old", "CVL")]


def test_a_shot_with_no_shooter_is_the_fire_its_sentence_names(nlp):
    e = event_with_trigger(nlp, "A student has been shot in the chest as police confirm they have fired live rounds "
                                "at protesters on Tuesday.", "shot", published="2019-10-02")
    assert [r.text for r in e.actors] == ["police"]
    # two sides firing: no one is made the shooter
    e = event_with_trigger(nlp, "A student was shot as police fired rubber bullets and gunmen fired rifles at "
                                "the crowd on Tuesday.", "shot", published="2019-10-02")
    assert not {r.text for r in e.actors} & {"police", "gunmen"}


def test_a_states_envoy_addresses_no_people_of_its_own_by_that(nlp):
    e = event_with_trigger(nlp, "The French embassy urged people to avoid the city centre on Friday.", "urged",
                           published="2018-03-02")
    assert [r.country for r in e.recipients] == [None]


def test_the_days_news_of_an_undated_report_takes_the_day_its_story_gives_the_same_act(nlp):
    from conftest import resolved
    from dossier.link.story_days import date_by_the_story
    from dossier.records import REPORT_DAY, ActorRef, Analysis, Article, EventMention

    undated, _ = resolved(nlp, "Russia fired missiles at Ukraine, killing eight people, officials said. The "
                               "government condemned the attack.")
    fired = next(e for e in undated.events if e.trigger == "fired")
    assert fired.date is None and fired.undated_text == REPORT_DAY
    russia = next(r.actor_id for r in fired.actors if r.actor_id)

    def dated_report(aid, published, day, etype="ASSAULT"):
        em = EventMention(f"m{aid}", aid, etype, "attacked", 0, 8, 0, 60, "q", confidence=0.9, date=day,
                          date_source="timex", actors=[ActorRef("Russia", actor_id=russia, country="RUS")])
        return Analysis(article=Article(aid, "t", "Russia attacked Ukraine on Friday.", published=published),
                        events=[em])

    story = [dated_report("a", "2022-10-11", "2022-10-10"), dated_report("b", "2022-10-12", "2022-10-10"), undated]
    placed = next(e for e in date_by_the_story(story)[2].events if e.trigger == "fired")
    assert placed.date == "2022-10-10" and placed.date_source == "published"
    # the story's reports giving the act two days, or no report telling it, date nothing
    split = [dated_report("a", "2022-10-11", "2022-10-10"), dated_report("b", "2022-10-12", "2022-10-11"), undated]
    assert next(e for e in date_by_the_story(split)[2].events if e.trigger == "fired").date is None
    other = [dated_report("a", "2022-10-11", "2022-10-10", etype="CONSULT"), undated]
    assert next(e for e in date_by_the_story(other)[1].events if e.trigger == "fired").date is None


def test_the_purpose_of_what_a_past_act_gave_looks_back(nlp):
    from dossier.nlp import analyse
    from dossier.records import Article

    def friday(text):
        an = analyse(Article("t", "test", text, published="2023-09-23"), nlp)
        return next(tx.value for tx in an.timexes if tx.text == "Friday")

    assert friday("Canada pledged new measures to help Ukraine on Friday during the visit.") == "2023-09-22"
    # a plan's infinitive still looks ahead
    assert friday("The two sides announced plans to meet on Friday in Geneva.") == "2023-09-29"


def test_who_foils_an_attack_is_not_its_doer(nlp):
    e = event_with_trigger(nlp, "Police foiled a bomb attack on the embassy on Monday.", "attack")
    assert e.mode == "negated" and e.actors == []
    e = event_with_trigger(nlp, "Ukrainian forces repelled a Russian attack on Kharkiv on Monday.", "attack")
    assert [r.country for r in e.actors] == ["RUS"]


def test_offices_listed_with_their_nationalities_are_each_a_party(nlp):
    e = event_with_trigger(nlp, "The Kosovar Prime Minister, the Serbian president, and EU officials met in Ohrid on "
                                "Monday.", "met")
    assert [r.country for r in e.actors][:2] == ["XKX", "SRB"]
    e = event_with_trigger(nlp, "Aleksandar Vucic, the Serbian president, and EU officials met in Ohrid on Monday.",
                           "met")
    assert [r.country for r in e.actors][:1] == ["SRB"] and len(e.actors) == 2


def test_an_office_of_a_town_is_of_the_towns_country(nlp):
    from conftest import resolved

    an, r = resolved(nlp, "Ouagadougou Mayor Armand Beouinde said that the attackers had fired at the town hall.")
    m = next(m for m in an.mentions if "Beouinde" in m.text)
    assert (r.actors[m.actor_id].country, r.actors[m.actor_id].sector) == ("BFA", "GOV")


def test_who_is_disguised_as_someone_is_the_doer(nlp):
    e = event_with_trigger(nlp, "The attack started late Sunday when gunmen disguised as police guards stormed the "
                                "terminal.", "stormed")
    assert [r.text for r in e.actors] == ["gunmen"]


def test_a_name_its_apposition_calls_a_capital_is_a_town(nlp):
    from dossier.nlp.analyse import mentions_of
    from dossier.records import Article

    text = "The governor was flown to La Paz, the administrative capital, for questioning on Thursday."
    labels = {m.text: m.label for m in mentions_of(nlp(text), Article("t", "t", text))}
    assert labels.get("La Paz") == "GPE"
    text = "Frederick Smith, the city mayor, spoke on Monday."
    assert {m.text: m.label for m in mentions_of(nlp(text), Article("t", "t", text))}.get("Frederick Smith") == "PERSON"


def test_two_words_of_one_sentence_for_one_act_by_the_same_unplaced_doers_are_one_event():
    from dossier.link.events import _one_sentence_twins
    from dossier.records import ActorRef, EventMention

    def em(i, trigger, start):
        return EventMention(f"m{i}", "a", "ASSAULT", trigger, start, start + 6, 0, 90, "q",
                            actors=[ActorRef("gunmen", 30, 36)])

    assert _one_sentence_twins(em(1, "stormed", 50), em(2, "opening", 80))
    other = em(3, "opening", 80)
    other.actors = [ActorRef("soldiers", 60, 68)]
    assert not _one_sentence_twins(em(1, "stormed", 50), other)



def test_a_country_before_a_weapons_name_is_no_given_name(nlp):
    from dossier.nlp.analyse import mentions_of
    from dossier.records import Article

    text = "Next week, the first U.S. Abrams tanks will be delivered to the front, the president said."
    assert not any(m.label == "PERSON" for m in mentions_of(nlp(text), Article("t", "t", text)))
