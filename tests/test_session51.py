"""Session 51: rules read from the read sets' rejected rows, on sentences written here."""

from conftest import event_with_trigger


def test_armed_forces_of_a_country_are_its_forces(nlp):
    e = event_with_trigger(nlp, "The armed forces of the Philippines attacked a rebel depot on Monday.", "attacked",
                           published="2024-11-19")
    assert [(a.country, a.sector) for a in e.actors] == [("PHL", "MIL")]


def test_earlier_in_the_day_is_the_reports_day(nlp):
    e = event_with_trigger(nlp, "Earlier in the day, the ministry said that the army of Ukraine struck a depot "
                                "with six missiles.", "struck", published="2024-11-19")
    assert e.date == "2024-11-19" and e.date_source == "published"
    # "earlier that day" points at a day told before: no publication day for it
    e = event_with_trigger(nlp, "Earlier that day, the army of Ukraine struck a depot with six missiles.", "struck",
                           published="2024-11-19")
    assert e.date is None


def test_a_dated_report_leading_with_nothing_sure_still_names_its_kind_of_news():
    from dossier.link.story_days import date_by_the_story
    from dossier.records import ActorRef, Analysis, Article, EventMention

    def report(aid, published, etype, confidence, **em):
        mention = EventMention(f"m{aid}", aid, etype, "fired", 0, 5, 0, 40, "q", confidence=confidence,
                               actors=[ActorRef("Ukraine", country="UKR")],
                               recipients=[ActorRef("Russia", country="RUS")], **em)
        return Analysis(article=Article(aid, "t", "q.", published=published), events=[mention])

    undated = report("u", None, "ASSAULT", 0.9, undated_text="Tuesday")
    got = date_by_the_story([report("a", "2024-11-19", "ASSAULT", 0.3), undated])[1].events[0]
    assert got.date == "2024-11-19"
    # a dated report leading, however unsurely, with another kind of news dates nothing
    got = date_by_the_story([report("a", "2024-11-19", "CONSULT", 0.3), undated])[1].events[0]
    assert got.date is None


def test_a_counterpart_named_right_after_the_role_is_the_person(nlp):
    e = event_with_trigger(nlp, "Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan on "
                                "Friday agreed to switch part of payments for gas to roubles.", "agreed",
                           published="2022-08-06")
    assert [a.text for a in e.actors] == ["Vladimir Putin", "Recep Tayyip Erdogan"]


def test_a_caption_printed_again_with_its_credit_is_taken_out_twice():
    from dossier.ingest.clean import clean_text

    line = "Farmers march past the provincial assembly in Lune on Sunday against the new water levy."
    lead = "The provincial assembly of Lune voted on Monday to scrap the water levy after a week of marches by farmers."
    more = "The governor said the levy would be replaced by a tax on bottled water from next year."
    for credit in (" Photograph: Jane Roe/AFP/Getty Images", " Lune Press Office / Jane ROE"):
        text = f"{lead}\n\n{line}\n{line.rstrip('.')}{'.' if 'Photograph' in credit else ''}{credit}\n\n{more}"
        out = clean_text(text, title="Lune scraps its water levy")
        assert out.body.split() == f"{lead} {more}".split()
        assert out.metadata.get("caption") == line
    # a lead told again with more words after it is no caption
    text = f"{lead}\n{lead.rstrip('.')}, officials said on Tuesday in Lune."
    body = clean_text(text, title="Lune scraps its water levy").body
    assert lead in body and "officials said on Tuesday" in body


def test_veterans_are_people_not_their_state(nlp):
    e = event_with_trigger(nlp, "Two American veterans were arrested on Monday in the coastal town.", "arrested",
                           published="2020-05-05")
    assert [(r.country, r.sector, r.actor_id) for r in e.recipients] == [("USA", "CVL", None)]


def test_where_people_are_deported_to_is_no_recipient(nlp):
    e = event_with_trigger(nlp, "Thailand deported the migrants to Myanmar on Wednesday.", "deported",
                           published="2015-07-09")
    assert [r.text for r in e.recipients] == ["the migrants"]


def test_backing_told_in_the_present_below_the_lead_is_a_stance_held(nlp):
    from conftest import analysed_events

    text = ("Harbour jets bombed depots in the valley on Tuesday from a base in Lune, the defence ministry said in a "
            "statement on Tuesday evening. The strikes hit ammunition dumps, training camps and command posts in the "
            "hills before the jets returned to their base. Until now, the strikes began at bases in the south or at "
            "an airfield near the coast of the province. The announcement came after the two presidents discussed "
            "the war when they met last week in Baku. Russia and Iran each are backing the Syrian army. "
            "On Wednesday, Germany backed the plan of the two presidents.")
    events = analysed_events(nlp, text, "2016-08-17")
    held = next(e for e in events if e.trigger == "backing")
    assert held.background and held.date is None
    done = next(e for e in events if e.trigger == "backed")
    assert not done.background


def test_the_premier_is_the_prime_minister_named_before(nlp):
    from conftest import analysed_events

    events = analysed_events(nlp, "Czech Prime Minister Andrej Babis expelled two Russian Embassy officials Friday. "
                                  "The premier accused the Russian officials of making up a story.", "2020-06-06")
    e = next(e for e in events if e.trigger == "accused")
    assert [(a.actor_id, a.country) for a in e.actors] == [("cze-babis", "CZE")]


def test_an_undated_reports_weekday_and_day_take_the_year_its_named_years_allow(nlp):
    from conftest import analysed_events

    text = "Iran executed the exiled writer on Saturday, Dec. 12, state media said. He had travelled to Iraq in 2019."
    e = next(e for e in analysed_events(nlp, text, None) if e.trigger == "executed")
    assert e.date == "2020-12-12"
    # a weekday that fits neither the latest year named nor the next dates nothing
    text = "Iran executed the exiled writer on Friday, Dec. 12, state media said. He had travelled to Iraq in 2019."
    e = next(e for e in analysed_events(nlp, text, None) if e.trigger == "executed")
    assert e.date is None


def test_two_bulleted_headlines_ending_the_page_are_links_to_other_stories():
    from dossier.ingest.clean import clean_text

    text = ("The two states signed the defence pact in Port Lune on Monday, officials said.\n\n"
            "The minister returned home on Tuesday night after the ceremony.\n"
            "- Harbour must implement the border deal before it can join the bloc - senators\n"
            "- Prime minister: attempts to freeze the conflict are wrong")
    body = clean_text(text, title="States sign defence pact").body
    assert "senators" not in body and "freeze" not in body and "returned home" in body
    # a list the text announces stays
    text = ("The protesters read out their demands on Monday outside the assembly in Port Lune. They are:\n"
            "- Release of the jailed students\n- New elections within a year")
    assert "New elections" in clean_text(text, title="Protesters list demands").body


def test_a_leaders_national_army_is_the_army_not_the_leader(nlp):
    e = event_with_trigger(nlp, "Russia backed Assad's Syrian army on Monday.", "backed", published="2016-08-17")
    assert [(r.actor_id, r.country, r.sector) for r in e.recipients] == [(None, "SYR", "MIL")]
