"""Session 43: publication dates a page states in forms the extractor missed (sentences written here)."""

from __future__ import annotations

import pytest

from dossier.ingest.dates import find_date, publication_date, url_date
from dossier.records import ActorRef


def _date(text: str, **fields) -> str | None:
    return publication_date(text.splitlines(), text, fields).value


def test_a_month_day_comma_year_with_no_space_is_a_date():
    assert str(find_date("Mar 9,2022 the council met")) == "2022-03-09"


@pytest.mark.parametrize("url, expected", [
    # a year folder, a month folder, and a time stamp whose first six digits repeat them with the day
    ("https://news.example.org/world/2019/03/harbour-strike-ends-190314081522604.html", "2019-03-14"),
    # a year folder and a six-digit run of the same year
    ("https://example.org/releases/2016/160521_harbour_strike.html", "2016-05-21"),
])
def test_a_compact_day_vouched_for_by_the_year_folder(url, expected):
    assert str(url_date(url)) == expected


@pytest.mark.parametrize("url", [
    "https://example.org/releases/2016/171105_report.html",  # another year's digits
    "https://news.example.org/world/2019/03/strike-190514081522604.html",  # another month than the folder's
    "https://example.org/world/140519/strike.html",  # no year folder: day-month-year or year-month-day?
])
def test_a_compact_run_that_the_folders_do_not_vouch_for_gives_no_date(url):
    assert url_date(url) is None


def test_a_date_and_a_colon_opening_the_lead_is_a_dateline():
    text = ("Mar 9,2022: The harbour board and the dockers' union signed a new pay deal on Wednesday.\n"
            "The strike had lasted three weeks.")
    assert _date(text) == "2022-03-09"


def test_dated_colon_lines_of_a_timeline_date_nothing():
    text = ("Mar 9, 2022: The harbour board and the union met for the first time since the walkout began.\n"
            "Mar 12, 2022: The union walked out again after the board refused to raise the night allowance.\n"
            "Mar 20, 2022: A deal was signed by the board, the union and the city after a long night of talks.")
    assert _date(text) is None


@pytest.mark.parametrize("text, expected", [
    ("June 2, 2021  -OSLO (XYZ) — Ferry crews walked out on Tuesday.\nTalks resume next week.", "2021-06-02"),
    ("Feb. 3, 2016 (ABCN)—Ferry crews walked out on Tuesday.\nTalks resume next week.", "2016-02-03"),
])
def test_a_date_opening_the_lead_glued_to_its_dash(text, expected):
    assert _date(text) == expected


def test_a_logo_s_words_run_into_the_dateline():
    text = ("Ferry crews walk out\nharbourwatch logoharbourwatch, Bergen, 12 May 2023 — Ferry crews walked out on "
            "Friday over pay.\nTalks resume next week.")
    assert _date(text) == "2023-05-12"


def test_a_head_line_closed_by_a_date_and_its_time_of_day():
    text = ("Ferry crews walk out\nNews Desk Bergen, Norway May 12, 2023, 04.15 PM (CET)\n"
            "Ferry crews walked out on Friday over pay.\nTalks resume next week.")
    assert _date(text) == "2023-05-12"


def test_a_lede_s_date_with_a_time_inside_the_sentence_is_the_event_s():
    text = ("Ferry crews walk out\nFerry crews walked out on May 12, 2023, at 04.15 and talks resume next week "
            "according to the union's spokeswoman in Bergen.\nThe strike is the first in a decade.")
    assert _date(text) is None


# --- participants (sentences written here) ---

def test_him_after_a_described_gunman_is_the_gunman_not_a_person_named_before(nlp):
    from conftest import analysed_events

    text = ("Shooting in Tarvel\nPolice detained opposition member Anton Velev on Friday. Police officers engaged "
            "the gunman near the market and opened fire at him on Friday.\n")
    ev = next(e for e in analysed_events(nlp, text, "2024-05-11") if "opened fire" in e.quote)
    assert [r.text for r in ev.recipients] != ["Anton Velev"]
    assert any("gunman" in r.text for r in ev.recipients)


def test_him_with_no_one_described_before_still_looks_back(nlp):
    from conftest import analysed_events

    text = ("Verdict\nThe court heard the case of opposition member Anton Velev on Monday. Judge Mira Holt "
            "sentenced him to ten years on Monday.\n")
    ev = next(e for e in analysed_events(nlp, text, "2024-05-14") if "sentenced" in e.quote)
    assert [r.text for r in ev.recipients] == ["Anton Velev"]


def test_the_country_of_the_site_of_an_arrest_is_no_one_arrested(nlp):
    from conftest import analysed_events

    text = "Raid\nPolice arrested hundreds of workers at a plant in Poland on Thursday.\n"
    ev = next(e for e in analysed_events(nlp, text, "2024-05-11") if e.type == "COERCE")
    assert [r.text for r in ev.recipients] == ["workers"]


def test_imprisoned_leaders_are_not_the_government(nlp):
    from conftest import analysed_events

    text = "Praise\nThe rights group hailed the imprisoned leaders as heroes on Friday.\n"
    refs = [r for e in analysed_events(nlp, text, "2024-05-11") for r in e.recipients]
    assert refs and all(r.sector != "GOV" for r in refs)


# --- the hold of half-told coercion ---

def test_coercion_with_no_doer_is_whole_only_when_a_verb_tells_it_done():
    from dossier.link.events import one_sided, told_as_done

    b = ActorRef("Tomas Veldin", 0, 12)
    assert not one_sided([], [b], "COERCE", "arrested")  # "Veldin was arrested on Monday"
    assert not one_sided([], [b], "COERCE", "held")  # "was held for questioning"
    assert not one_sided([], [b], "COERCE")  # no trigger known: as before
    assert one_sided([], [b], "COERCE", "arrest")  # "protested against the arrest of Veldin"
    assert one_sided([], [b], "COERCE", "crackdown")
    assert not one_sided([ActorRef("police", 0, 6)], [b], "COERCE", "arrest")  # a doer named: whole
    assert told_as_done("sentenced") and not told_as_done("detention")


def test_a_doerless_arrest_named_as_a_protest_s_cause_is_held_in_the_views():
    from dossier.link.events import merge_story_events
    from dossier.nlp.event_model import DEFAULT_THRESHOLD
    from dossier.records import Analysis, Article, EventMention

    def story(text: str, trigger: str):
        start = text.index(trigger)
        em = EventMention(id="m-" + trigger, article_id="a-" + trigger, type="COERCE", trigger=trigger,
                          trigger_start=start, trigger_end=start + len(trigger), sentence_start=0,
                          sentence_end=len(text), quote=text,
                          recipients=[ActorRef("Tomas Veldin", text.index("Veldin") - 6, text.index("Veldin") + 6)],
                          date="2031-05-02", date_source="timex", confidence=0.9)
        art = Article(id="a-" + trigger, source="own", text=text, published="2031-05-03")
        return merge_story_events("s-" + trigger, [Analysis(article=art, events=[em])])[0]

    named = story("Thousands marched on Friday against the arrest of Tomas Veldin.", "arrest")
    told = story("Tomas Veldin was arrested on Friday.", "arrested")
    assert named.confidence < DEFAULT_THRESHOLD <= told.confidence


# --- captions (sentences written here) ---

def test_a_picture_s_alternative_text_above_its_credited_caption_is_no_sentence_of_the_report():
    from dossier.ingest.clean import clean_text

    text = ("Aland's President Ivo Marr and Borvia's President Lena Sutt attend a meeting.\n"
            "Aland's President Ivo Marr and Borvia's President Lena Sutt attend a meeting (Photo: Press Service).\n\n"
            "Aland's President Ivo Marr arrived in Tarvel on Wednesday to meet Borvian President Lena Sutt.\n")
    body = clean_text(text, title="Leaders meet in Tarvel").body
    assert "attend a meeting" not in body and "arrived in Tarvel" in body

