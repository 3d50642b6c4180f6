"""Publication dates, round 7: the byline-and-date lines under a headline that menus pushed down, agency datelines
closed by a period ("DUSHANBE, Tajikistan, March 13."), dotted day-first dates, month-first numeric dates stamped with
a US time zone, a date named in the URL's query; event dates in the story and ambiguous dates still date nothing
(sentences, pages and URLs written here)."""

from __future__ import annotations

import pytest

from dossier.ingest.build import build_article
from dossier.ingest.dates import dateline_month_day, infer_year, publication_date, url_date, us_stamp_date
from dossier.ingest.raw import RawDocument

BODY = ("The two ministers met in the capital to discuss border trade and the sharing of river water, officials said.\n"
        "The talks, which lasted three hours, ended with a joint statement on two new crossing points.\n"
        "A ministry spokesman said further rounds would follow later in the year.")
MENU = "\n".join(["Home", "News", "Politics", "Economy", "World", "Sport", "Culture", "Opinion", "Video", "Photo",
                  "Search", "Subscribe", "EN", "RU"])
HEADLINE = "Ministers agree on two new border crossings"


def _article(text: str, **fields):
    return build_article(RawDocument("test#p", "jsonl", text, {"id": "p", **fields}))


def _date(text: str, **fields) -> str | None:
    return publication_date(text.splitlines(), text, fields).value


@pytest.mark.parametrize("date_line, expected", [
    ("Materials 13 March 2025 11:58 (UTC +04:00)", "2025-03-13"),
    ("March 11, 2025", "2025-03-11"),
    ("By Jane Doe | 4 Jan 2024", "2024-01-04"),
    ("Tue 4 Jan 2024 10.32 GMT", "2024-01-04"),
    ("Updated 2 hours ago | 12.03.2025", "2025-03-12"),
])
@pytest.mark.parametrize("title", [None, HEADLINE])
def test_date_line_under_a_headline_below_a_menu(date_line, expected, title):
    text = f"{MENU}\n{HEADLINE}\n{date_line}\n{BODY}"
    fields = {"title": title} if title else {}
    assert _article(text, **fields).published == expected


def test_a_list_of_dated_stories_below_a_menu_dates_nothing():
    text = (f"{MENU}\n{HEADLINE}\nMore stories\nFloods close mountain pass\nMarch 9, 2025\nPrices of bread rise again\n"
            f"March 4, 2025\n{BODY}")
    assert _article(text, title=HEADLINE).published is None


def test_a_date_in_a_paragraph_is_an_event_date_not_the_page_date():
    text = (f"{MENU}\n{HEADLINE}\n{BODY}\nThe first crossing was opened on 12 January 2024 after a decade of talks "
            "between the two governments, and a second one is planned.")
    assert _article(text, title=HEADLINE).published is None


@pytest.mark.parametrize("line, expected", [
    ("DUSHANBE, Tajikistan, March 13. The two ministers met on Thursday.", (3, 13)),
    ("ASTANA, Kazakhstan, 13 March. The two ministers met on Thursday.", (3, 13)),
    ("Baku, Azerbaijan, Nov.10", (11, 10)),
    ("BAKU, Azerbaijan, Nov. 10", (11, 10)),
    ("The talks were held in Dushanbe, Tajikistan, March 13. The next round is due in May.", None),
    ("He said, May 5. Then he left.", None),
    ("Moscow, March 2025. The plan was signed.", None),
])
def test_agency_dateline_closed_by_a_period(line, expected):
    assert dateline_month_day(line) == expected


def test_period_dateline_takes_its_year_from_the_url_month_or_the_story():
    text = f"DUSHANBE, Tajikistan, March 13. The two ministers met.\n{BODY}"
    assert _date(text, url="https://news.example.org/en/2025/03/ministers-meet") == "2025-03-13"
    story = text + "\nThe previous round was held on 12 January 2025 in Bishkek."
    assert _date(story) == "2025-03-13"
    # no year anywhere but a bare one: no date
    assert _date(text + "\nTrade grew in 2024.") is None


def test_year_of_a_dateline_is_not_taken_from_a_coming_event():
    # the story's latest date is an election still to come: "March 13" would be put a year late, so no date
    body = "The vote on 30 April 2025 will choose a new parliament."
    assert infer_year(3, 13, body) is None
    assert infer_year(3, 13, "The vote on 2 March 2025 chose a new parliament.")[0].isoformat() == "2025-03-13"


@pytest.mark.parametrize("line, expected", [
    ("Posted: 08/02/2013 11:10 am EDT", "2013-08-02"),
    ("11/30/09 05:40 PM ET", "2009-11-30"),
    ("06/07/13 07:05 PM ET EDT", "2013-06-07"),
    ("POSTED: 05/02/07, 9:00 PM PDT |", "2007-05-02"),
    ("First Posted: 10/05/11 06:44 PM ET Updated: 12/05/11 05:12 AM ET", "2011-10-05"),
])
def test_month_first_date_with_a_us_time_zone(line, expected):
    assert str(us_stamp_date(line)) == expected
    assert _date(f"River floods two villages\n{line}\nThe river rose overnight and flooded two villages.") == expected


@pytest.mark.parametrize("line", [
    "Updated 4/9/2007 6:04 PM",          # no zone: day and month could swap
    "04/09/2007 18:04 CST",              # China's CST is left out
    "Score 4/9/2007 was 6:04 PM ETA",    # not a zone
])
def test_numeric_date_without_a_us_zone_stays_ambiguous(line):
    assert us_stamp_date(line) is None
    assert _date(f"River floods two villages\n{line}\nThe river rose overnight and flooded two villages.") is None


def test_dotted_numeric_date_is_day_first():
    text = "River floods two villages\n04.09.2024 10:15\nThe river rose overnight and flooded two villages."
    assert _date(text) == "2024-09-04"
    # slashes stay ambiguous without another reading or a US zone
    assert _date(text.replace("04.09.2024", "04/09/2024")) is None


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.org/story.html?date=20240116", "2024-01-16"),
    ("https://news.example.org/story?id=7&pubdate=2024-01-16&lang=en", "2024-01-16"),
    ("https://news.example.org/story?id=20240116", None),        # an id, not a date
    ("https://news.example.org/story?date=20241399", None),      # no such day
])
def test_date_in_the_url_query(url, expected):
    got = url_date(url)
    assert (str(got) if got else None) == expected


def test_photo_caption_date_under_the_headline_never_dates_the_page():
    text = (f"{MENU}\n{HEADLINE}\nThe ministers at the border post on March 2, 2025. (Photo: Ministry)\n{BODY}")
    assert _article(text, title=HEADLINE).published is None


@pytest.mark.parametrize("line", ["Thursday, March 13", "13 March | 11:58", "Mar 13, 11:58 AM EDT"])
def test_year_less_date_line_takes_the_url_months_year(line):
    text = f"{HEADLINE}\n{line}\n{BODY}"
    assert _date(text, url="https://news.example.org/2025/03/ministers-agree/") == "2025-03-13"
    assert _date(text) is None                                                          # no year anywhere
    assert _date(text, url="https://news.example.org/2025/07/ministers-agree/") is None  # another month


def test_ecbplus_tokens_are_joined_back_into_dates_and_times():
    from dossier.eval.dates import _detok

    assert _detok("Updated 4 / 9 / 2007 6: 04 PM") == "Updated 4/9/2007 6:04 PM"
    assert _detok("2013 - 09 - 26") == "2013-09-26"
    assert _detok("August 8 , 2012 - 4: 43 pm") == "August 8, 2012 - 4:43 pm"  # a dash between date and time stays


@pytest.mark.parametrize("caption", [
    "Ministers at the border post, March 2, 2025. REUTERS/Jane Doe",
    "March 2, 2025: the ministers at the border post. Credit: AP",
])
def test_photo_credit_line_dates_nothing(caption):
    text = f"{HEADLINE}\n{caption}\n{BODY}"
    assert _article(text, title=HEADLINE).published is None


@pytest.mark.parametrize("line, expected", [
    ("Bishkek, Nov. 21, 2024. /Kabar/. The president sent a telegram of congratulations.", "2024-11-21"),
    ("DUSHANBE, Tajikistan, 13 March 2025. The two ministers met on Thursday.", "2025-03-13"),
    ("The Hague, 13 March 2025. The court opened its session.", "2025-03-13"),
    ("In Kabul, March 13, 2025. The talks ended without a deal.", None),   # a sentence, not a place
    ("The talks were held in Dushanbe, Tajikistan, 13 March 2025. The next round is due in May.", None),
])
def test_full_date_dateline_closed_by_a_period(line, expected):
    text = f"River floods two villages in the north\n{line}\n{BODY}"
    assert _date(text) == expected


def test_period_dateline_far_down_the_page_is_another_storys():
    lines = [f"Item {i}: the council met again and approved the budget for the coming year." for i in range(14)]
    text = "\n".join(["Council news", *lines, "Bishkek, Nov. 20, 2024. /Kabar/. The national team won ten medals."])
    assert _date(text) is None


def test_a_date_in_the_headline_is_its_subject():
    text = f"Ten years on from the quake of March 11, 2011\n{BODY}"
    assert _article(text, title="Ten years on from the quake of March 11, 2011").published is None
    assert _date("Quake of March 11, 2011\n" + BODY, title="Quake of March 11, 2011") is None


def test_section_labels_before_a_time_stamp():
    text = f"{HEADLINE}\nPolitics Materials 13 March 2025 11:58 (UTC +04:00)\n{BODY}"
    assert _article(text, title=HEADLINE).published == "2025-03-13"
    # words that tell something are no label
    text = f"{HEADLINE}\nTalks were due to resume 13 March 2025 11:58\n{BODY}"
    assert _article(text, title=HEADLINE).published is None


def test_a_todays_date_banner_in_a_menu_is_not_taken_without_a_headline():
    text = f"{MENU}\nWednesday, December 2, 2026\nWeather\n{HEADLINE}\nShare\n{BODY}"
    assert _article(text).published is None
    # the date line just above the lead is
    text = f"{MENU}\n{HEADLINE}\nMarch 11, 2025\n{BODY}"
    assert _article(text).published == "2025-03-11"
