"""Publication dates, round 6: URL date layouts, labelled bylines, dates in other languages and layouts, datelines
dated by their URL month or a caption of the same week; relative times and event dates never the publication date
(sentences and URLs written here)."""

from __future__ import annotations

import pytest

from dossier.ingest.dates import parse_free, publication_date, url_date


def _date(text: str, **fields) -> str | None:
    return publication_date(text.splitlines(), text, fields).value


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.org/14-Feb-2024/river-floods-two-villages", "2024-02-14"),     # a day-month-year folder
    ("https://news.example.org/world/2023/0611/998877-river-floods/", "2023-06-11"),      # year, then MMDD
    ("https://paper.example.com/world/river-floods-two-villages-20230611-p5abcd.html", "2023-06-11"),  # in the slug
    ("https://news.example.org/article/2023061109304412345", "2023-06-11"),               # a timestamp id
    ("https://news.example.org/news/river-floods202306110930440001", "2023-06-11"),       # glued to the slug
    ("https://news.example.org/2023/06/11/river-floods/", "2023-06-11"),
])
def test_url_date_layouts(url, expected):
    assert str(url_date(url)) == expected


@pytest.mark.parametrize("url", [
    "https://news.example.org/?p=20240611",                      # a post id, not a date
    "https://news.example.org/story/20241399-river",             # no 99th day
    "https://news.example.org/article/1326509-river-floods",     # a short id
    "https://news.example.org/article/2023061199994412345",      # a long id whose "time" is no time
    "https://news.example.org/world/what-happened-on-9-september-2001-remembered",  # a date in a slug names the event
    "https://news.example.org/2024/06/river-floods/",            # a month with no day
])
def test_url_without_a_full_date_gives_none(url):
    assert url_date(url) is None


@pytest.mark.parametrize("line, expected", [
    ("By Wire Staff Published Date - 09:40 AM, Tue - 11 June 24", "2024-06-11"),
    ("Anna Berg (@annaberg) Published June 11, 2024 | 10:15 AM", "2024-06-11"),
    ("River floods two villages Posted on June 11, 2024 By Newsdesk The river rose overnight.", "2024-06-11"),
])
def test_labelled_date_inside_a_head_line(line, expected):
    text = f"{line}\nThe river rose overnight and flooded two villages on Monday."
    assert _date(text) == expected


def test_updated_label_inside_a_line_yields_to_a_published_one():
    text = ("River floods two villages\nAnna Berg Published June 11, 2024 | Updated June 14, 2024\n"
            "The river rose overnight and flooded two villages.")
    assert _date(text) == "2024-06-11"
    text = ("River floods two villages\nAnna Berg - Updated June 14, 2024 - Posted on June 11, 2024\n"
            "The river rose overnight and flooded two villages.")
    assert _date(text) == "2024-06-11"


@pytest.mark.parametrize("line, expected", [
    ("11 июня 2024", "2024-06-11"),        # Russian
    ("11. Juni 2024", "2024-06-11"),       # German
    ("11 de junio de 2024", "2024-06-11"),  # Spanish
    ("2024-06-11T22:15:00+03:00", "2024-06-11"),  # a timestamp with its zone: the page's own local date
    ("11-Jun-2024 10:15 PM", "2024-06-11"),
])
def test_date_line_in_another_language_or_layout(line, expected):
    text = f"River floods two villages\n{line}\nThe river rose overnight and flooded two villages."
    assert _date(text) == expected


@pytest.mark.parametrize("line", ["2 hours ago", "Updated 3 mins ago", "Yesterday, 10:15", "today2024", "Sept 13",
                                  "1 of 3 2024", "Euro 2024: Spain 2 England 1", "Vision 2030: 5 goals"])
def test_relative_or_partial_times_are_no_date(line):
    assert parse_free(line) is None
    text = f"River floods two villages\n{line}\nThe river rose overnight and flooded two villages."
    assert _date(text) is None


def test_story_that_opens_with_a_date_and_a_dash_is_dated_by_it():
    text = ("11th June 2024 – (Riga) The river rose overnight and flooded two villages south of the city, officials "
            "said on Tuesday.\nRoads were closed.")
    assert _date(text) == "2024-06-11"


def test_a_timeline_of_dated_lines_dates_no_story():
    text = ("River floods: a timeline\n11th June 2024 – The river rises overnight and floods two villages.\n"
            "14th June 2024 – Roads reopen after the water falls back.\nThe clean-up goes on.")
    assert _date(text) is None


def test_full_dateline_with_an_agency_in_square_brackets():
    text = ("Port-Louis, June 11, 2024 [NewsWire] — The river rose overnight and flooded two villages.\n"
            "Roads were closed.")
    assert _date(text) == "2024-06-11"


def test_year_less_dateline_takes_the_year_of_the_url_month():
    text = "Riga [Latvia], June 11: The river rose overnight and flooded two villages.\nRoads were closed."
    assert _date(text, url="https://news.example.org/2024/06/river-floods/") == "2024-06-11"
    # a URL month that is not the dateline's says nothing about it
    assert _date(text, url="https://news.example.org/2024/02/river-floods/") is None


def test_year_less_dateline_takes_its_year_from_a_caption_of_the_same_week():
    caption = "Rescuers carry a boat through a flooded street on June 10, 2024. (Photo: Example Agency)"
    text = (f"{caption}\nRiga, June 11 (NewsWire): The river rose overnight and flooded two villages.\n"
            "Roads were closed.")
    assert _date(text) == "2024-06-11"
    # the caption alone never dates the story
    assert _date(f"{caption}\nThe river rose overnight and flooded two villages.") is None


def test_old_file_photo_gives_a_year_less_dateline_no_year():
    caption = "Rescuers carry a boat through a flooded street on June 2, 2021. (Photo: Example Agency)"
    text = (f"{caption}\nRiga, June 11 (NewsWire): The river rose overnight and flooded two villages.\n"
            "Roads were closed.")
    assert _date(text) is None


def test_event_date_inside_a_labelled_sentence_is_not_the_publication_date():
    # a lower-case "published" in a sentence is what the story reports, not the page's byline
    text = ("River floods two villages\nThe river rose overnight, the agency said in a report published on "
            "March 3, 2021, that warned of floods.\nRoads were closed.")
    assert _date(text) is None


def test_date_with_a_clock_time_zone_and_byline_is_a_date_line():
    text = ("River floods two villages\n6:45 AM CET 11/14/2024 by Anna Berg\n"
            "The river rose overnight and flooded two villages.")
    assert _date(text) == "2024-11-14"


@pytest.mark.parametrize("line", ["Updated 4/9/2024 6:04 PM", "Posted: 08 / 02 / 2013 11: 10 am EDT"])
def test_numeric_date_whose_day_and_month_could_swap_needs_support(line):
    text = f"River floods two villages\n{line}\nThe river rose overnight and flooded two villages."
    assert _date(text) is None  # April 9 on one side of the Atlantic, 4 September on the other


def test_dotted_numeric_date_reads_day_first():
    # dots are the European (day-first) convention; pubdates7 reads them so, slashes still need support
    text = "River floods two villages\nPublished: 05.03.2024\nThe river rose overnight and flooded two villages."
    assert _date(text) == "2024-03-05"


def test_numeric_date_order_settled_by_a_written_out_date():
    text = ("River floods two villages\nUpdated 4/9/2024 6:04 PM\nApril 9, 2024\n"
            "The river rose overnight and flooded two villages.")
    assert _date(text) == "2024-04-09"


def test_numeric_date_with_the_order_fixed_by_a_day_over_twelve():
    text = "River floods two villages\nUpdated: 18-06-2025 03:36 IST\nThe river rose overnight."
    assert _date(text) == "2025-06-18"
