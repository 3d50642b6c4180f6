"""Session 52: rules read from the demo's own output and the read sets, on sentences written here."""

from conftest import analysed_events, event_with_trigger, resolved_with_kb


def test_a_plain_adjective_joined_to_a_nationality_shares_the_noun(nlp):
    e = event_with_trigger(nlp, "Dutch and international human rights groups condemned the detention of the "
                                "reporter on Monday.", "condemned", published="2021-05-04")
    assert [(a.country, a.sector) for a in e.actors] == [("NLD", "NGO"), (None, "NGO")]


def test_the_north_in_a_report_filed_from_seoul_is_north_korea(nlp):
    text = ("SEOUL, May 3 (Wire) - North Korea fired two ballistic missiles into the sea on Tuesday.\n\n"
            "Japan's defence ministry said it had protested to the North through diplomatic channels.")
    an, _ = resolved_with_kb(nlp, text, published="2022-05-03")
    north = next(m for m in an.mentions if m.text == "North")
    assert north.country == "PRK"
    # with no Korean setting, "the North" is a region
    an, _ = resolved_with_kb(nlp, "Rebels attacked a convoy in the North on Tuesday, the army of Mali said.",
                             published="2022-05-03")
    assert all(m.country != "PRK" for m in an.mentions)


def test_he_is_the_person_whose_trip_the_sentence_is_about(nlp):
    text = ("The summit follows a meeting of the two leaders in Geneva last year.\n\n"
            "Macron's previous visit to Cairo was in 2019, when he met Sisi at the presidential palace.")
    e = event_with_trigger(nlp, text, "met", published="2023-03-01")
    assert [a.text for a in e.actors] == ["Macron"] and e.background


def test_a_where_clause_takes_the_time_of_the_verb_its_place_hangs_on(nlp):
    text = ("The trip follows a summit last month between Modi and Putin at a dacha in Russia's Far North, "
            "where the two leaders toured a new gas terminal.")
    e = event_with_trigger(nlp, text, "summit", published="2024-08-20")
    assert e.date == "2024-07" and e.background
    e = next(e for e in analysed_events(nlp, text, "2024-08-20") if e.trigger == "toured")
    assert e.date == "2024-07" and e.background
    # with no publication date, "last month" still makes what happened there recalled
    e = next((e for e in analysed_events(nlp, text, None) if e.trigger == "toured"), None)
    assert e is None or e.background


def test_a_month_that_ended_more_than_a_week_before_the_report_is_recalled(nlp):
    text = "Kim Jong Un visited Russia in September, state media said on Wednesday."
    e = event_with_trigger(nlp, text, "visited", published="2023-10-18")
    assert e.date == "2023-09" and e.background
    # four days into the next month, the month may have ended days ago: left to the other cues
    e = event_with_trigger(nlp, text, "visited", published="2023-10-04")
    assert e.date == "2023-09" and not e.background


def test_a_veteran_named_by_a_country_is_not_that_countrys(nlp):
    an, r = resolved_with_kb(nlp, "Tom Hale, a former Marine and Afghanistan veteran, was detained in Minsk on Friday "
                                  "by the KGB.", published="2021-05-01")
    hale = next(m for m in an.mentions if m.text == "Tom Hale")
    assert hale.country != "AFG"
    an, r = resolved_with_kb(nlp, "Tom Hale, an American veteran, was detained in Minsk on Friday by the KGB.",
                             published="2021-05-01")
    assert next(m for m in an.mentions if m.text == "Tom Hale").country == "USA"


def test_hoped_is_read_as_hope(nlp):
    e = event_with_trigger(nlp, "Erdogan said he hoped to visit Cairo soon.", "visit", published="2022-05-01")
    assert e.mode == "hypothetical"


def test_what_someone_looks_forward_to_is_still_to_come(nlp):
    e = event_with_trigger(nlp, "Scholz said he looked forward to Modi's visit to Berlin.", "visit",
                           published="2022-05-01")
    assert e.mode == "planned" and e.date is None
    e = event_with_trigger(nlp, "Scholz said he looked at Modi's visit to Berlin as a success.", "visit",
                           published="2022-05-01")
    assert e.mode == "asserted"
