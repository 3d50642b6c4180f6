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
