"""Faults read on real news in the tenth session (issues 16 and 17). All text written for these tests."""

from conftest import resolved


def _event(an, trigger: str):
    return next((e for e in an.events if e.trigger == trigger), None)


def test_what_made_someone_the_first_to_do_it_happened_on_the_past_weekday(nlp):
    text = ("Premier Lund became the first Orlandian leader to visit Valmora on Monday, and crowds lined the "
            "streets of the capital to greet her.")
    an, _ = resolved(nlp, text, published="2019-03-12")  # a Tuesday
    ev = _event(an, "visit")
    assert ev is not None and ev.date == "2019-03-11"


def test_the_first_to_visit_keeps_the_future_of_its_clause(nlp):
    from dossier.nlp.timex import tense

    doc = nlp("Premier Lund will be the first Orlandian leader to visit Valmora on Monday.")
    monday = next(e for e in doc.ents if e.text.endswith("Monday"))
    assert tense(monday) is True
    doc = nlp("Premier Lund was the only minister to attend the harbour summit on Friday.")
    friday = next(e for e in doc.ents if e.text.endswith("Friday"))
    assert tense(friday) is False


def test_a_bulleted_published_field_under_the_lead_is_the_publication_date():
    from dossier.ingest.dates import publication_date

    title = "Harbour talks end without a deal"
    text = (title + "\n\nNegotiators from the two ports left the talks on Sunday without a deal on fees.\n\n"
            "  \u2022 Published: 20/11/2016 at 02:06 AM\n  \u2022 Newspaper section: business\n\n"
            "The unions said they would strike again next week.")
    assert publication_date(text.splitlines(), text, {"title": title}, title=title).value == "2016-11-20"


def test_a_masthead_day_years_after_the_captioned_pictures_is_no_publication_date():
    from dossier.ingest.dates import publication_date

    title = "Gunboats shell the harbour island; the navy returns fire"
    text = ("Harbour Herald\n\nTuesday 21 October 2014\n\n" + title + "\n\n"
            "Smoke rises over the harbour island on Tuesday, Nov. 23, 2010. (AP Photo/Pool) NO SALES\n"
            "Gunboats shelled the harbour island on Tuesday, officials said, and the navy returned fire.\n\n"
            "Two sailors were wounded.")
    dated = publication_date(text.splitlines(), text, {"title": title}, header_lines=["Tuesday 21 October 2014"],
                             title=title)
    assert dated.value != "2014-10-21"


def test_a_masthead_day_with_no_older_pictures_still_counts():
    from dossier.ingest.dates import publication_date

    title = "Gunboats shell the harbour island; the navy returns fire"
    text = ("Harbour Herald\n\nTuesday 21 October 2014\n\n" + title + "\n\n"
            "Gunboats shelled the harbour island on Tuesday, officials said, and the navy returned fire.\n\n"
            "Two sailors were wounded.")
    dated = publication_date(text.splitlines(), text, {"title": title}, header_lines=["Tuesday 21 October 2014"],
                             title=title)
    assert dated.value == "2014-10-21"


def test_a_dateline_closed_by_two_slashes_is_no_participant(nlp):
    from dossier.nlp.entities import in_dateline

    text = "LISBON // The former harbour minister was sentenced yesterday to five years in jail for fraud."
    assert in_dateline(text, 2) and not in_dateline(text, 12)
    an, _ = resolved(nlp, text, published="2016-05-11")
    ev = _event(an, "sentenced")
    assert ev is None or "LISBON" not in {r.text for r in ev.recipients + ev.actors}


def test_an_island_a_nationality_owns_is_what_was_shelled(nlp):
    text = "Russian gunboats fired dozens of shells onto the populated Japanese island on Tuesday."
    an, _ = resolved(nlp, text, published="2016-05-10")
    ev = next(e for e in an.events if e.type == "ASSAULT")
    assert any("island" in r.text and r.country == "JPN" for r in ev.recipients)


def test_a_convoy_fired_on_and_workers_seized_are_recipients(nlp):
    text = ("Orlandian marines opened fire on the aid convoy on Monday. "
            "Rioters stormed the port office and seized six embassy workers.")
    an, _ = resolved(nlp, text, published="2016-05-10")
    fired = next(e for e in an.events if e.type == "ASSAULT" and "marines" in " ".join(a.text for a in e.actors))
    assert any("convoy" in r.text for r in fired.recipients)
    assert any("workers" in r.text for e in an.events for r in e.recipients)


def test_a_stance_for_or_against_a_nation_is_no_nationality(nlp):
    text = ("Pro-Russian separatists shelled the Orlandian checkpoint on Monday. "
            "Police detained twelve pro-Palestinian activists outside the port.")
    an, _ = resolved(nlp, text, published="2016-05-10")
    refs = [r for e in an.events for r in e.actors + e.recipients]
    assert any("separatists" in r.text for r in refs) and any("activists" in r.text for r in refs)
    assert all(r.country not in ("RUS", "PSE") for r in refs if "separatists" in r.text or "activists" in r.text)


def test_a_describing_compound_keeps_the_owner_of_the_government(nlp):
    an, _ = resolved(nlp, "Turkey's Islamic-rooted government has condemned Israel.", published="2010-06-02")
    ev = _event(an, "condemned")
    assert ev is not None and any(a.country == "TUR" for a in ev.actors)


def test_a_sponsor_named_in_the_modifier_is_still_cut_off(nlp):
    an, _ = resolved(nlp, "Iran-backed militias attacked the Orlandian base on Monday.", published="2016-05-10")
    ev = _event(an, "attacked")
    assert ev is not None and all("Iran" not in a.text for a in ev.actors)


def test_years_spent_under_house_arrest_are_a_state_not_an_arrest(nlp):
    from dossier.nlp import event_model

    text = "The envoy met the opposition leader at the villa where she spent years under house arrest."
    an, _ = resolved(nlp, text, published="2012-11-20")
    arrest = _event(an, "arrest")
    assert arrest is None or arrest.confidence < event_model.DEFAULT_THRESHOLD
    an, _ = resolved(nlp, "The general was placed under house arrest on Monday.", published="2012-11-20")
    arrest = _event(an, "arrest")
    assert arrest is not None and arrest.confidence >= event_model.DEFAULT_THRESHOLD


def test_a_council_urged_is_the_recipient(nlp):
    an, _ = resolved(nlp, "The minister urged the council to adopt a statement on the raid.", published="2010-06-01")
    ev = _event(an, "urged")
    assert ev is not None and any(r.text == "the council" for r in ev.recipients)


def test_a_hidden_twin_gives_no_recipient_to_the_shown_event():
    from dossier.link.events import _twin_recipients
    from dossier.nlp import event_model
    from dossier.records import ActorRef, EventMention

    def mention(mid, conf, who):
        return EventMention(mid, "a1", "REQUEST", "asked", 0, 5, 0, 40, "q", recipients=[ActorRef(who)],
                            confidence=conf)

    lead = mention("m1", 0.95, "Israel")
    doubtful = mention("m2", event_model.DEFAULT_THRESHOLD - 0.2, "state")
    sure = mention("m3", 0.9, "the council")
    got = [r.text for r in _twin_recipients(lead, [(doubtful, None), (sure, None)])]
    assert got == ["Israel", "the council"]


def test_an_undated_report_keeps_the_weekday_words_of_its_news(nlp):
    text = ("Orlandian marines opened fire on an aid convoy near the harbour on Monday, officials said.\n\n"
            "The convoy turned back.")
    an, _ = resolved(nlp, text)  # no publication date
    ev = next(e for e in an.events if e.type == "ASSAULT")
    assert ev.date is None and ev.undated_text == "Monday"
    dated, _ = resolved(nlp, text, published="2016-05-11")
    assert all(e.undated_text is None for e in dated.events)


def test_a_planned_weekday_in_an_undated_report_is_not_kept(nlp):
    an, _ = resolved(nlp, "The two premiers will meet in the harbour city on Monday, officials said.")
    assert all(e.undated_text is None for e in an.events)


def test_the_story_places_an_undated_reports_weekday_in_its_week():
    from datetime import date

    from dossier.link.story_days import place

    week = (date(2012, 11, 19), date(2012, 11, 20))  # a Monday and a Tuesday
    assert place("Monday", week) == date(2012, 11, 19)
    assert place("late Sunday", week) == date(2012, 11, 18)
    assert place("Thursday", week) == date(2012, 11, 15)
    assert place("Wednesday", week) is None  # the day after the latest report: six days back, or the next day
    assert place("May 31", (date(2010, 6, 1), date(2010, 6, 1))) == date(2010, 5, 31)
    assert place("December 30", (date(2011, 1, 2), date(2011, 1, 3))) == date(2010, 12, 30)
    assert place("March 3", (date(2011, 11, 29), date(2011, 11, 30))) is None


def test_an_undated_report_is_dated_by_its_storys_week_only_when_the_week_is_one():
    from dossier.link.story_days import date_by_the_story
    from dossier.records import ActorRef, Analysis, Article, EventMention

    def report(aid, published, recipient="UKR", etype="ASSAULT", **em):
        mention = EventMention(f"m{aid}", aid, etype, "fired", 0, 5, 0, 40, "q", confidence=0.9,
                               actors=[ActorRef("Russia", country="RUS")],
                               recipients=[ActorRef("them", country=recipient)], **em)
        return Analysis(article=Article(aid, "t", "q", published=published), events=[mention])

    undated = report("u", None, undated_text="Monday")
    planned = report("p", None, undated_text="Monday", mode="planned")
    story = [report("a", "2012-11-20"), report("b", "2012-11-21"), undated, planned]
    got = {an.article.id: an.events[0] for an in date_by_the_story(story)}
    assert got["u"].date == "2012-11-19" and got["u"].date_source == "timex" and got["u"].date_text == "Monday"
    assert got["p"].date is None
    assert undated.events[0].date is None  # the stored analysis is not changed
    spread = [report("a", "2012-11-10"), report("b", "2012-11-21"), undated]
    assert date_by_the_story(spread)[2].events[0].date is None
    alone = [undated]
    assert date_by_the_story(alone)[0].events[0].date is None
    # a report of other news that linking put in the story (talks weeks before the attack) is not of its week
    other = report("o", None, recipient="USA", etype="CONSULT", undated_text="Friday")
    assert date_by_the_story([report("a", "2012-11-20"), report("b", "2012-11-21"), other])[2].events[0].date is None


def test_an_attempt_to_do_something_is_not_itself_an_attack(nlp):
    from dossier.nlp import event_model

    text = "The Orlandian government attempted to express regret for the incident at the embassy."
    an, _ = resolved(nlp, text, published="2011-11-30")
    tried = _event(an, "attempted")
    assert tried is None or tried.confidence < event_model.DEFAULT_THRESHOLD
    an, _ = resolved(nlp, "Rebel officers staged an attempted coup in the capital on Monday.", published="2011-11-30")
    assert any(e.type == "ASSAULT" for e in an.events) or any(e.type == "COERCE" for e in an.events)


def test_other_nations_and_embassy_staff_take_no_country_from_the_setting(nlp):
    text = ("The Orlandian premier visited Myanmar on Monday. The premier called on other Asian nations to follow "
            "Myanmar's example during his visit to the country. Myanmar's president welcomed him in Myanmar. "
            "Police in Myanmar said they rescued six embassy staff held by a crowd in Yangon.")
    an, _ = resolved(nlp, text, published="2012-11-20")
    called = _event(an, "called")
    assert called is not None and all(r.country != "MMR" for r in called.recipients if "other" in r.text)
    rescued = _event(an, "rescued")
    assert rescued is not None and all(r.country != "MMR" for r in rescued.recipients if "embassy" in r.text)


def test_the_bylines_authors_and_the_pages_own_outlet_are_no_actors(nlp):
    from dossier.nlp.analyse import analyse
    from dossier.records import Article

    text = ("No deal in the harbour talks\n\nBy Jane Marlow and Tom Kessler\nJane Marlow\n"
            "Jane Marlow covers the ports.\n\nThe Orlandian minister met his Valmoran counterpart on Friday.\n"
            "  \u2022 For more stories visit Harbour Insider.\n\n"
            "The union confirmed to Harbour Insider that the strike would go on. Kessler said little.")
    an = analyse(Article("a", "t", text, published="2022-01-21", outlet="Harbour Insider South Africa"), nlp)
    names = {m.text for m in an.mentions}
    assert not names & {"Jane Marlow", "Marlow", "Tom Kessler", "Kessler", "Harbour Insider"}


def test_a_bylines_surname_that_another_person_bears_stays(nlp):
    from dossier.nlp.analyse import analyse
    from dossier.records import Article

    text = ("Leaders meet at the border\n\nBy Jack Kim\n\nNorth Korean leader Kim Jong Un met South Korean "
            "President Moon Jae-in at the border on Friday. Kim crossed the line first.")
    an = analyse(Article("a", "t", text, published="2018-04-27", outlet="Harbour Wire"), nlp)
    assert "Kim" in {m.text for m in an.mentions} and "Jack Kim" not in {m.text for m in an.mentions}


def test_a_report_about_its_own_outlet_keeps_it(nlp):
    from dossier.nlp.analyse import analyse
    from dossier.records import Article

    text = "Police raided the offices of Al Jazeera in the capital on Sunday and seized its computers."
    an = analyse(Article("a", "t", text, published="2022-01-23", outlet="Al Jazeera"), nlp)
    assert "Al Jazeera" in {m.text for m in an.mentions}


def test_a_quotes_opening_adverb_is_no_name(nlp):
    from dossier.nlp.analyse import analyse
    from dossier.records import Article

    text = ('"Realistically, nobody knows when the flights resume," the lawyer said. Kelly, the spokesman, '
            "declined to comment.")
    an = analyse(Article("a", "t", text, published="2017-01-28", outlet="Harbour Wire"), nlp)
    names = {m.text for m in an.mentions}
    assert "Realistically" not in names and "Kelly" in names


def test_a_byline_run_into_the_dateline_and_the_pages_author_are_no_actors(nlp):
    from dossier.nlp.analyse import analyse
    from dossier.records import Article

    text = ("Harbour strike spreads north By Jane Marlow and Tom Kessler LISBON, Feb 22 (Wire) - Dock workers "
            "walked out on Saturday, the union said. Marlow, Kessler and Rui Duarte watched the pickets.")
    an = analyse(Article("a", "t", text, published="2014-02-22", outlet="Harbour Wire"), nlp)
    names = {m.text for m in an.mentions}
    assert not names & {"Jane Marlow", "Tom Kessler", "Marlow", "Kessler"}
    text = "Rui Duarte\n\nRui Duarte covers the ports.\n\nThe minister met the union leaders on Friday."
    an = analyse(Article("a", "t", text, published="2022-01-21", outlet="Harbour Wire", author="Rui Duarte"), nlp)
    assert "Rui Duarte" not in {m.text for m in an.mentions}


def test_a_stamp_run_into_its_update_label_dates_the_page():
    from dossier.ingest.dates import publication_date

    text = ("No breakthrough in the harbour talks\n\nBy Jane Marlow\nJane Marlow covers the ports.\n"
            "January 21, 2022Updated: January 21, 2022\n\nThe two ministers met in Geneva on Friday.")
    assert publication_date(text.splitlines(), text, {}).value == "2022-01-21"
