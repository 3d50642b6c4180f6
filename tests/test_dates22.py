"""Publication dates, round 22 (task dates22): a URL's month/day/year folders and a byline run into its date.
Every text is written for the test; people and places are made up."""

from __future__ import annotations

import pytest

from dossier.ingest.dates import publication_date, url_date


def _pub(text: str, **fields):
    return publication_date(text.splitlines(), text, fields)


@pytest.mark.parametrize("url, expected", [
    # month first: 25 cannot be a month
    ("https://news.example.com/article/06/25/2024/river-ferry-strike-ends", "2024-06-25"),
    # day first: 25 cannot be a month, so the order is fixed the other way
    ("https://news.example.org/story/25/06/2024/river-ferry-strike-ends", "2024-06-25"),
    # the same number twice is one date either way
    ("https://news.example.com/article/06/06/2024/river-ferry-strike-ends", "2024-06-06"),
])
def test_month_day_year_folders_of_a_url(url, expected):
    assert str(url_date(url)) == expected


def test_month_day_year_folders_whose_order_is_unknown_date_nothing():
    # May 6 or 5 June: no number over 12 settles it
    assert url_date("https://news.example.com/article/05/06/2024/river-ferry-strike-ends") is None
    assert url_date("https://news.example.com/article/13/14/2024/river-ferry-strike-ends") is None


def test_month_day_year_url_dates_an_article_without_a_date_line():
    text = ("Ferry crews end strike\n\nFerry crews on the Arno line went back to work on Tuesday after a two-week "
            "walkout over pay.")
    found = _pub(text, url="https://news.example.com/article/06/25/2024/ferry-crews-end-strike")
    assert found.value == "2024-06-25"
    assert found.evidence.startswith("URL:")


def test_a_byline_run_into_its_date_under_the_headline():
    text = ("Harbour deal: port workers sign a new contract\n\n"
            "Signing day: union leaders and managers shake hands at the port office / Getty Images\n\n"
            "Maria Kessel27 September 2016\n\n"
            "Port workers and their employers have signed a three-year contract that ends a dispute of many months, "
            "the union said.")
    found = _pub(text, title="Harbour deal: port workers sign a new contract")
    assert found.value == "2016-09-27"
    assert "byline run into its date" in found.evidence


def test_a_byline_run_into_its_date_with_a_clock_time():
    text = ("Port workers sign a new contract\n\nMaria Kessel27 Sept 2016, 14:05\n\n"
            "Port workers and their employers have signed a three-year contract that ends a long dispute.")
    assert _pub(text).value == "2016-09-27"


@pytest.mark.parametrize("line", [
    "The talks ended on27 September 2016 with nothing agreed",  # a sentence with a typo, not a byline
    "COVID19 March 2020",  # a name with a number in it
    "Maria Kessel 27 September 2016 spoke to the crews",  # more after the date: a sentence
])
def test_lines_that_are_not_a_byline_run_into_its_date(line):
    from dossier.ingest.dates import _GLUED_BYLINE

    assert _GLUED_BYLINE.match(line) is None


def test_a_name_run_into_a_date_far_down_the_story_is_not_the_byline():
    lead = ("Port workers and their employers have signed a three-year contract that ends a dispute of many months, "
            "the union said.")
    filler = "\n\n".join(f"Paragraph {k} of the story tells more about the contract and the port." for k in range(12))
    text = f"Port workers sign a new contract\n\n{lead}\n\n{filler}\n\nMaria Kessel27 September 2016"
    assert _pub(text).value is None


def test_an_update_label_first_on_the_line_yields_to_the_publication_label_after_it():
    text = ("Ferry crews end strike\n\nLast Updated: June 26, 2024 | Published: June 25, 2024\n\n"
            "Ferry crews on the Arno line went back to work on Tuesday after a two-week walkout over pay, the union "
            "said.")
    found = _pub(text, title="Ferry crews end strike")
    assert found.value == "2024-06-25"
    assert "Published" in found.evidence


def test_an_update_stamp_yields_to_the_dateline():
    text = ("Ferry crews end strike\n\nUpdated: June 27, 2024\n\nLIVORNO, June 25, 2024 (Wire) - Ferry crews on the "
            "Arno line went back to work on Tuesday after a two-week walkout over pay, the union said.")
    assert _pub(text, title="Ferry crews end strike").value == "2024-06-25"


def test_an_update_stamp_alone_is_still_taken():
    text = ("Ferry crews end strike\n\nLast updated on June 26, 2024\n\nFerry crews on the Arno line went back to "
            "work after a two-week walkout over pay, the union said.")
    assert _pub(text, title="Ferry crews end strike").value == "2024-06-26"


def test_an_update_that_is_only_relative_gives_no_date():
    text = ("Ferry crews end strike\n\nUpdated 2 hours ago\n\nFerry crews on the Arno line went back to work on "
            "Tuesday after a two-week walkout over pay, the union said.")
    assert _pub(text, title="Ferry crews end strike").value is None


def test_a_long_title_case_line_run_into_a_date_is_no_byline():
    from dossier.ingest.dates import _GLUED_BYLINE

    assert _GLUED_BYLINE.match("Ferry Crews Walk Out3 March 2020") is None
    assert _GLUED_BYLINE.match("Wire Staff3 March 2020") is not None


@pytest.mark.parametrize("url, expected", [
    # month, day and year as one run of digits, here opening a time of day (16:35:48)
    ("https://news.example.org/english/news/harbour/teargas-09282014163548.html", "2014-09-28"),
    # day first as one run: 25 cannot be a month
    ("https://www.example-review.com/25062024-ferry-crews-end-strike/", "2024-06-25"),
    # May 6 or 5 June: nothing; a number that is no date: nothing
    ("https://www.example-review.com/05062024-ferry-crews-end-strike/", None),
    ("https://news.example.com/item/38472910/ferry-crews-end-strike", None),
])
def test_month_day_year_written_as_one_run_of_digits(url, expected):
    found = url_date(url)
    assert (str(found) if found else None) == expected
