"""Publication dates from what a page's text carries: datelines, date lines, banners (sentences written here)."""

from __future__ import annotations

import pytest

from dossier.ingest.dates import publication_date


def _date(text: str, **fields) -> str | None:
    return publication_date(text.splitlines(), text, fields).value


@pytest.mark.parametrize("text, expected", [
    ("Lyon, March 4, 2024: The city council voted to close two bridges.\nThe vote was close.", "2024-03-04"),
    ("OSLO/BERGEN, 12 May 2023 – Ferry crews walked out on Friday.\nTalks resume next week.", "2023-05-12"),
    ("Tallinn, 8 October 2022 (abc/XYZ) - A fire broke out.\nTwo were hurt.", "2022-10-08"),
    ("Thursday, February 1, 2024 - The regional assembly met in a hurry.\nNo vote was held.", "2024-02-01"),
])
def test_full_date_dateline_with_a_mixed_case_or_slashed_place(text, expected):
    assert _date(text) == expected


def test_lede_that_opens_with_a_date_is_not_a_dateline():
    # a long opening sentence whose date is what happened, not when it was written
    text = ("Lyon, on March 4, 2024, the city council voted to close two bridges over the river after an inspection "
            "found cracks in both of them.\nThe vote was close.")
    assert _date(text) is None


def test_year_less_dateline_without_an_agency_takes_the_url_year():
    text = "Tartu, Sept 13: Students marched to the town hall on Saturday.\nThe march was calm."
    assert _date(text, url="https://example.org/2025/09/13/students-march") == "2025-09-13"
    # with nothing to give it a year the date is not guessed
    assert _date(text) is None
    # a full date the story states gives the year
    assert _date(text.replace("The march was calm.", "The strike over pay and hours that led to it began on August 30, 2025, in the harbour district.")) == "2025-09-13"


def test_dated_segment_of_a_head_line_split_by_bars():
    text = "Example Herald | @exampleherald | 05 Mar 2024, 08:10 am Print\nThe river flooded two villages."
    assert _date(text) == "2024-03-05"


def test_date_laid_out_one_part_a_line():
    text = "Storm closes the harbour\n7\nOct\n2024\n14:20\nThe harbour was closed for two days."
    assert _date(text) == "2024-10-07"


def test_short_lines_that_are_not_a_date_give_none():
    text = "Menu\nNews\n12\nSport\nThe harbour was closed for two days after the storm."
    assert _date(text) is None


@pytest.mark.parametrize("banner", ["• Friday, 22 November 2024", "Today : May 08, 2025"])
def test_banner_or_menu_date_never_dates_the_story(banner):
    text = f"{banner}\nStorm closes the harbour\nThe harbour was closed for two days after the storm."
    assert _date(text) is None


def test_banner_date_does_not_give_a_year_less_dateline_its_year():
    # the banner (the day the page was viewed) is later than the dateline's day: it must not push the year on
    text = ("• Fri Jun 2 2023\nRiga, May 9 (Baltic Wire): The port reopened.\n"
            "The port had been shut since the storm.")
    assert _date(text) is None
    # a date the story itself states does give the year
    text2 = text.replace("had been shut since the storm", "had been shut since April 30, 2023")
    assert _date(text2) == "2023-05-09"
