"""Session 49: rules read from the rejected rows of test119 (now a read set), on sentences written here."""

from conftest import analysed_events, event_with_trigger


def test_a_warship_is_its_navy_not_a_namesake(nlp):
    e = event_with_trigger(nlp, "The destroyer USS Carney fired missiles at radar sites on Thursday.", "fired",
                           published="2016-10-14")
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("USS Carney", "USA", "MIL")]


def test_a_memorial_named_for_a_ship_is_a_site(nlp):
    e = event_with_trigger(nlp, "Abe visited the USS Arizona Memorial on Tuesday.", "visited", published="2016-12-28")
    assert not any(r.sector == "MIL" for r in e.recipients)


def test_no_one_hurt_is_no_harm(nlp):
    events = analysed_events(nlp, "No American troops were hurt in the assault by the militia, officials told "
                                  "reporters.", "2018-02-10")
    assert not any(e.mode == "asserted" and any(r.text.startswith("No ") for r in e.recipients) for e in events)
    assert event_with_trigger(nlp, "Nobody was arrested.", "arrested", published="2018-02-10").mode == "negated"
    # a count that only starts with "no" is people all the same
    e = event_with_trigger(nlp, "The gunmen killed 12 people on Monday.", "killed", published="2018-02-10")
    assert e.mode == "asserted"


def test_a_broadcaster_announcing_an_arrest_made_none(nlp):
    e = event_with_trigger(nlp, "Hours after the broadcaster announced the arrest of the activist, the government "
                                "confirmed the news.", "arrest", published="2020-06-30")
    assert e.actors == [] and [r.text for r in e.recipients] == ["the activist"]
    # police announcing their own arrest did it
    e = event_with_trigger(nlp, "Police announced the arrest of three suspects.", "arrest", published="2020-06-30")
    assert [a.text for a in e.actors] == ["Police"]


def test_an_aid_flight_landing_is_aid(nlp):
    e = event_with_trigger(nlp, "An Australian aid flight has landed in Tonga with humanitarian supplies.", "landed",
                           published="2022-01-20")
    assert e.type == "AID" and [r.country for r in e.recipients] == ["TON"]
    # a leader's plane is the leader's visit
    events = analysed_events(nlp, "Putin landed in Pyongyang on Tuesday.", "2024-06-19")
    assert [e.type for e in events] == ["CONSULT"]


def test_a_head_line_with_a_two_digit_year_dates_the_page():
    from dossier.ingest.dates import publication_date

    text = "Home Page\n\nNews 17 May 15\n\nThousands rallied in the capital on Sunday against the government.\n"
    assert publication_date(text.split("\n"), text).value == "2015-05-17"
    # a two-digit year that would be in the future is no date
    text = "Home\n\nPolitics 3 Feb 99\n\nThe minister resigned on Monday.\n"
    assert publication_date(text.split("\n"), text).value is None



def test_the_dead_of_a_battle_are_no_ones_civilians(nlp):
    e = event_with_trigger(nlp, "A battle between police and gunmen killed at least 22 people on Sunday.", "battle",
                           published="2015-05-11")
    assert [(r.text, r.sector) for r in e.recipients] == [("22 people", None)]
    # a one-sided killing keeps its civilians
    e = event_with_trigger(nlp, "Gunmen killed 22 people in the market.", "killed", published="2015-05-11")
    assert [r.sector for r in e.recipients] == ["CVL"]


def test_nationals_fighting_are_no_civilians(nlp):
    e = event_with_trigger(nlp, "The U.S. military killed Russians fighting on behalf of the Syrian government.",
                           "killed", published="2018-02-13")
    assert [(r.country, r.sector) for r in e.recipients] == [("RUS", None)]
    e = event_with_trigger(nlp, "Israeli strikes killed four Palestinians in Gaza.", "killed", published="2018-02-13")
    assert [(r.country, r.sector) for r in e.recipients] == [("PSE", "CVL")]


def test_pro_government_fighters_are_no_rebels(nlp):
    e = event_with_trigger(nlp, "Coalition aircraft killed more than 100 pro-government fighters on Monday.", "killed",
                           published="2018-02-13")
    assert all(r.sector != "REB" for r in e.recipients) and e.recipients


def test_armed_men_shot_are_gunmen(nlp):
    e = event_with_trigger(nlp, "Police shot dead two armed men near the border.", "shot", published="2020-06-29")
    assert [r.sector for r in e.recipients] == ["CRM"]


def test_law_enforcement_officials_are_police(nlp):
    e = event_with_trigger(nlp, "Protesters attacked law enforcement officials outside the palace on Monday.",
                           "attacked", published="2022-12-26")
    assert [r.sector for r in e.recipients] == ["POL"]


def test_a_named_one_arrested_with_others_stays_a_recipient(nlp):
    e = event_with_trigger(nlp, "Bekele and 12 other people were arrested on Tuesday.", "arrested",
                           published="2020-06-30")
    assert [r.text for r in e.recipients][:1] == ["Bekele"] and len(e.recipients) == 2


def test_a_title_written_with_the_name_gives_the_trade_first():
    from dossier.resolve.kb import load_kb
    from dossier.resolve.resolver import _person_trade, sector_of

    assert _person_trade("Archbishop; leader in protests against the PM", load_kb()) == "REL"
    # a leader of protests against a state is no state's official
    assert sector_of("prominent leader of anti-government protests") is None
    assert sector_of("leader of the country") == "GOV" and sector_of("government spokesman") == "GOV"


def test_a_protest_leader_another_report_calls_an_opposition_politician_is_the_opposition(nlp):
    from conftest import resolved

    _, r = resolved(nlp, "Belarusian protest leader Maria Ivanova was detained on Monday.", published="2020-09-08")
    _, r = resolved(nlp, "Belarus opposition politician Maria Ivanova had led rallies in Minsk for weeks.",
                    resolver=r, aid="t2", published="2020-09-08")
    assert [a.sector for a in r.actors.values() if a.name == "Maria Ivanova"] == ["PTY"]


def test_a_town_and_its_country_before_a_dash_is_a_dateline(nlp):
    e = event_with_trigger(nlp, "Yerevan, Armenia – Bishop Mkrtich Proshyan, a vocal critic of the government, has "
                                "been arrested and remanded in custody for two months on charges of fraud.",
                           "arrested", published="2025-06-28")
    assert [r.text for r in e.recipients] == ["Mkrtich Proshyan"]


def test_supplying_missiles_is_aid(nlp):
    e = event_with_trigger(nlp, "Britain has supplied Storm Shadow cruise missiles to Ukraine.", "supplied",
                           published="2023-05-11")
    assert e.type == "AID" and [r.country for r in e.recipients] == ["UKR"]


def test_attacking_a_state_for_what_it_called_aggression_is_words(nlp):
    e = event_with_trigger(nlp, "The Syrian government attacked Turkey on Sunday for what it called flagrant "
                                "aggression.", "attacked", published="2015-02-22")
    assert e.type == "ACCUSE"
    e = event_with_trigger(nlp, "Israeli jets attacked Hamas positions in Gaza on Sunday in response to rocket fire.",
                           "attacked", published="2015-02-22")
    assert e.type == "ASSAULT"


def test_a_wire_photos_place_and_date_close_a_caption(nlp):
    events = analysed_events(nlp, "A general view of the embassy after a Russian official and an Italian captain were "
                                  "arrested on suspicion of spying, in Rome, Italy, March 31, 2021.", "2021-03-31")
    assert events == []
    e = event_with_trigger(nlp, "Two officials were arrested on suspicion of spying in Rome on March 31, 2021.",
                           "arrested", published="2021-03-31")
    assert e.date == "2021-03-31"


def test_continued_attacks_named_as_a_cause_are_no_event(nlp):
    from dossier.nlp import event_model

    events = analysed_events(nlp, "Britain decided to send the missiles after continued Russian attacks on Ukrainian "
                                  "cities.", "2023-05-11")
    assert not any(e.type == "ASSAULT" and e.confidence >= event_model.DEFAULT_THRESHOLD for e in events)
