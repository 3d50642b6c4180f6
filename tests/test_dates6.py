"""Event dates, task dates6: the article's news day (the day its lead or dateline states for its news) dates the
undated news acts the publication-day default used to date by the page's day or leave empty; near-misses it must
leave alone (a reaction that may be of another day, a recalled act, a planned one). Every sentence is written
for the test; places and people are made up."""

from __future__ import annotations

from conftest import analysed_events


def _rows(nlp, text, published):
    if published is None:
        from dossier.nlp import analyse
        from dossier.records import Article
        from dossier.resolve import Resolver

        art = Article(id="t", source="test", text=text, published=None)
        return Resolver().resolve(analyse(art, nlp)).events
    return analysed_events(nlp, text, published)


def _one(nlp, text, published, trigger):
    found = [e for e in _rows(nlp, text, published) if e.trigger == trigger]
    assert found, trigger
    return found[0]


# a report of two days later whose lead states the day of its news (a Sunday, the page a Tuesday)
LATER = ("Police detained the opposition leader Anton Varo in Terrin on Sunday after a raid on his party's offices.\n"
         "Officers took him to a station in the north of the city, his lawyer said, and questioned him for several "
         "hours about the party's funds.\n"
         "The party's deputy leader, Mira Kell, said the case against him was built on forged papers and on the word "
         "of a single witness.\n"
         "Hundreds of supporters gathered outside the station.\n"
         "Riot police dispersed the crowd with water cannon.\n"
         "The European Union condemned the detention.\n"
         "Officers had raided the same offices before.\n"
         "Varo's supporters will march to the court.")


def test_the_lead_day_dates_the_same_kind_of_act_in_a_later_report(nlp):
    e = _one(nlp, LATER, "2024-03-12", "dispersed")
    assert (e.date, e.date_source, e.date_text) == ("2024-03-10", "newsday", "Sunday")


def test_a_reaction_in_a_later_report_keeps_no_date(nlp):
    # the condemnation may be of Monday or Tuesday: not the news day, and never the page's day
    assert _one(nlp, LATER, "2024-03-12", "condemned").date is None


def test_another_kind_of_act_two_days_on_keeps_no_date(nlp):
    assert _one(nlp, LATER, "2024-03-12", "gathered").date is None


def test_recalled_and_planned_acts_keep_no_date(nlp):
    assert _one(nlp, LATER, "2024-03-12", "raided").date is None
    assert _one(nlp, LATER, "2024-03-12", "march").date is None


# a report of the next morning: the scene, told after a sentence of background, is the news day's, not the page's
NEXT = ("Police detained the opposition leader Anton Varo in Terrin on Sunday after a raid on his party's offices.\n"
        "Officers took him to a station in the north of the city, his lawyer said.\n"
        "Varo founded the party in 2012 and won a seat in parliament two years later.\n"
        "Riot police dispersed a crowd of his supporters with water cannon.\n"
        "The European Union condemned the detention.")


def test_a_next_morning_report_dates_the_scene_by_the_news_day(nlp):
    e = _one(nlp, NEXT, "2024-03-11", "dispersed")
    assert (e.date, e.date_source) == ("2024-03-10", "newsday")
    assert _one(nlp, NEXT, "2024-03-11", "condemned").date is None


def test_a_same_day_report_keeps_the_publication_day(nlp):
    e = _one(nlp, NEXT, "2024-03-10", "dispersed")
    assert (e.date, e.date_source) == ("2024-03-10", "published")


def test_a_news_part_naming_the_report_day_too_lends_neither(nlp):
    text = NEXT.replace("offices.\n", "offices, and on Monday a judge ordered him held for a month.\n", 1)
    assert _one(nlp, text, "2024-03-11", "dispersed").date is None


def test_no_publication_date_a_full_date_in_the_lead_dates_its_kind_of_act(nlp):
    text = ("Police raided the headquarters of the Unity Party in Terrin on Wednesday, July 31, 2024, and detained "
            "its treasurer.\n"
            "The party's leader, Anton Varo, told reporters the raid was an attack on the opposition.\n"
            "Varo has led the party since 2015, and it came second in the election of 2022.\n"
            "Officers arrested a driver who tried to leave the building.\n"
            "Varo accused the interior minister of ordering the raid.")
    e = _one(nlp, text, None, "arrested")
    assert (e.date, e.date_source) == ("2024-07-31", "newsday")
    assert _one(nlp, text, None, "accused").date is None


# a wire dateline filed the day before the page: the report's own day, not the page's
WIRE = ("LONDON, June 17 (Reuters) - Police arrested a senior official of the Varo party in a raid on its offices, "
        "a spokesman said.\n\nOfficers seized computers and documents from the building.")


def test_a_dateline_of_the_day_before_the_page_is_the_reports_day(nlp):
    e = _one(nlp, WIRE, "2024-06-18", "arrested")
    assert (e.date, e.date_source, e.date_text) == ("2024-06-17", "newsday", "June 17")


def test_a_dateline_of_the_page_day_is_no_time_of_the_act(nlp):
    e = _one(nlp, WIRE.replace("June 17", "June 18"), "2024-06-18", "arrested")
    assert (e.date, e.date_source) == ("2024-06-18", "published")


def test_a_weekday_the_normaliser_cannot_place_blocks_the_page_day(nlp):
    # "Wednesday" on a page of Tuesday: the next day in a time zone ahead, or a week back; never Tuesday
    text = "Police in Terrin detained the opposition leader Anton Varo Wednesday morning after a raid on his home."
    assert _one(nlp, text, "2024-03-12", "detained").date is None


def test_protesters_clashing_is_an_act_not_said_of_one(nlp):
    text = ("While ministers from both capitals were toasting the new border treaty, protesters clashed with police "
            "outside the hall. In the lakeside town of Lesk, the two countries signed the treaty today.")
    assert _one(nlp, text, "2024-03-10", "clashed").date == "2024-03-10"


def test_a_perfect_under_a_dated_say_with_a_later_start_date(nlp):
    # the truce's start date belongs to the truce: the agreement is the day of the statement
    text = ("MINSK: Prime Minister Lena Varo said on Thursday that she and the leaders of two neighbouring states "
            "had agreed on a pullback of artillery from the border and a truce to begin on March 2.")
    e = _one(nlp, text, "2024-02-23", "agreed")
    assert (e.date, e.date_source) == ("2024-02-22", "timex")

