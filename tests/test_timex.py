"""Time expressions: TIMEX3-style values relative to the publication date (own sentences)."""

from datetime import date

import pytest

from dossier.nlp.timex import extract_timexes, normalise

WED = date(2024, 4, 24)  # a Wednesday


@pytest.mark.parametrize("text,future,expected", [
    ("Tuesday", False, ("DATE", "2024-04-23")),
    ("Tuesday", True, ("DATE", "2024-04-30")),
    ("last year", False, ("DATE", "2023")),
    ("late last year", False, ("DATE", "2023")),
    ("earlier this month", False, ("DATE", "2024-04")),
    ("this coming week", True, ("DATE", "2024-W18")),
    ("August 2019", False, ("DATE", "2019-08")),
    ("three days", False, ("DURATION", "P3D")),
    ("1950-53", False, ("DATE", "1950|1953")),
    ("January 15 to 17", True, ("DATE", "2025-01-15|2025-01-17")),
    ("annual", None, ("SET", "P1Y")),
])
def test_normalise(text, future, expected):
    assert normalise(text, WED, future=future) == expected


def test_month_day_without_tense_takes_nearest_year():
    assert normalise("May 2", date(2024, 4, 24), future=None) == ("DATE", "2024-05-02")
    assert normalise("December 30", date(2024, 1, 3), future=None) == ("DATE", "2023-12-30")


def test_tense_from_governing_verb(nlp):
    doc = nlp("The envoy flew out on Tuesday. The minister will visit the capital on Tuesday.")
    values = [t.value for t in extract_timexes(doc, "a", WED) if t.text.endswith("Tuesday")]
    assert values == ["2024-04-23", "2024-04-30"]


def test_range_gets_end_value(nlp):
    doc = nlp("The foreign minister will pay an official visit from January 15 to 17.")
    tx = [t for t in extract_timexes(doc, "a", date(2024, 1, 14)) if "15" in t.text]
    assert tx and (tx[0].value, tx[0].end_value) == ("2024-01-15", "2024-01-17")


def test_unanchored_relative_dates_are_dropped_but_absolute_kept(nlp):
    doc = nlp("The talks ended on Tuesday, after a first round in August 2019.")
    got = {t.text: t.value for t in extract_timexes(doc, "a", None)}
    assert got.get("August 2019") == "2019-08"
    assert "Tuesday" not in got
    # an absolute date needs no anchor: it is as usable as an anchored one
    assert all(t.anchored for t in extract_timexes(doc, "a", None))


def test_eval_timex_on_meantime_runs():
    from conftest import need_bench
    from dossier.eval.timex import evaluate

    res = evaluate(need_bench("meantime"), limit=5)
    assert res["gold"] > 0 and 0.0 <= res["value_f1"] <= res["relaxed_f1"] <= 1.0
    assert res["strict_f1"] <= res["relaxed_f1"]


@pytest.mark.parametrize("text,future,expected", [
    ("the third quarter of 2023", False, ("DATE", "2023-Q3")),
    ("the first quarter of last year", False, ("DATE", "2023-Q1")),
    ("the last quarter", False, ("DATE", "2024-Q1")),
    ("fiscal 2025", None, ("DATE", "FY2025")),
    ("early 2021", False, ("DATE", "2021")),
    ("the end of last year", False, ("DATE", "2023")),
    ("the 1990s", False, ("DATE", "199")),
    ("two weeks ago", False, ("DATE", "2024-W15")),
    ("three years ago", False, ("DATE", "2021")),
    ("the past 18 months", False, ("DURATION", "P18M")),
    ("five-year", None, ("DURATION", "P5Y")),
    ("every week", None, ("SET", "P1W")),
    ("this morning", False, ("TIME", "2024-04-24TMO")),
    ("Monday night", False, ("TIME", "2024-04-22TNI")),
    ("10 a.m.", None, ("TIME", "2024-04-24T10:00")),
    ("15:30 GMT Tuesday", False, ("TIME", "2024-04-23T15:30Z")),
    ("last winter", False, ("DATE", "2023-WI")),
    ("the last week of March", False, ("DATE", "2024-W13")),
    ("earlier today", None, ("DATE", "2024-04-24")),
])
def test_normalise_more(text, future, expected):
    assert normalise(text, WED, future=future) == expected


def test_rules_follow_timeml_spans(nlp):
    doc = nlp("The ministry said on Monday that exports rose in the second quarter of 2023 and have "
              "been falling recently. Talks will resume next month, two weeks after the summit, and "
              "officials meet every week. The treaty dates from the 1990s and the board meets at 9:30 a.m. today.")
    got = {t.text: (t.type, t.value) for t in extract_timexes(doc, "a", WED)}
    assert got["Monday"] == ("DATE", "2024-04-22")
    assert got["the second quarter of 2023"] == ("DATE", "2023-Q2")
    assert got["recently"] == ("DATE", "PAST_REF")
    assert got["next month"] == ("DATE", "2024-05")
    assert got["two weeks"] == ("DURATION", "P2W")
    assert got["every week"] == ("SET", "P1W")
    assert got["the 1990s"] == ("DATE", "199")
    assert got["9:30 a.m. today"] == ("TIME", "2024-04-24T09:30")


def test_year_guard_skips_counts(nlp):
    doc = nlp("The plant employs 2000 workers and opened in 1998.")
    assert [t.text for t in extract_timexes(doc, "a", WED)] == ["1998"]


def test_patterns_file_is_user_extensible(tmp_path):
    from dossier.nlp.timex import load_rules

    f = tmp_path / "p.yaml"
    f.write_text("macros: {}\nrules:\n  - name: ramadan\n    pattern: Ramadan\n    type: DATE\n    value: XXXX-XX-XX\n")
    rules = load_rules(str(f))
    assert [r["name"] for r in rules] == ["ramadan"] and rules[0]["rx"].search("during Ramadan this year")


def test_prefilter_requirements_are_the_literals_every_match_needs():
    import re

    from dossier.nlp.prefilter import DIGIT, required

    assert required(re.compile(r"(?<![\w'])(?:this|last) quarter(?!\w)", re.I)) == {"this quarter", "last quarter"}
    assert required(re.compile(r"\d+ days?")) == {" day"}  # stronger than the digit; " days" contains it
    assert required(re.compile(r"\d+")) == {DIGIT}
    assert required(re.compile(r"(?:soon)?")) is None  # may match nothing: no requirement
    assert required(re.compile(r"(?-i:Easter)|christmas", re.I)) == {"easter", "christmas"}


def test_prefilter_never_hides_a_match():
    """Every rule gives the same matches with and without its prefilter, on our example corpus,
    generated bench articles, MEANTIME documents and texts chosen to stress case folding."""
    from pathlib import Path

    from conftest import BENCH
    from dossier.eval.bench_corpus import generate
    from dossier.nlp.prefilter import FoldedText
    from dossier.nlp.timex import load_rules

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text("utf-8") for p in sorted((root / "examples").glob("*")) if p.suffix in (".txt", ".html")]
    texts += [rec["text"] for rec, _plan in generate(150, 3)]
    if (BENCH / "meantime").exists():
        from dossier.eval.timex import documents

        texts += [d["text"] for d in documents(BENCH / "meantime")[:60] if d.get("text")]
    texts += ["On FRİDAY, JAN. 5 at 10:30 a.m. GMT and the ſecond half of 2019",  # İ and ſ fold like re.I
              "\uff15 days ago, in the \u0661\u0669\u0669\u0660s",  # digits \d knows beyond 0-9
              "Recent history, the coming weeks; once upon a time; twice a year; New Year's Eve."]
    rules = load_rules()
    skipped = 0
    for text in texts:
        folded = FoldedText(text)
        for rule in rules:
            allowed = folded.may_match(rule["need"])
            skipped += not allowed
            if not allowed:
                assert rule["rx"].search(text) is None, (rule["name"], text[:80])
    assert skipped > len(texts) * len(rules) // 4  # and it does skip most rule runs


def test_starts_are_the_strings_every_match_begins_with():
    import re

    from dossier.nlp.prefilter import DIGIT, starts

    assert starts(re.compile(r"(?<![\w'])(?:this|last) quarter(?!\w)", re.I)) == {"this", "last"}
    assert starts(re.compile(r"(?:the\s+)?\d+ days?")) == {"the", DIGIT}  # \s+ is not followed
    assert starts(re.compile(r"(?:early |late )?(?:today|tonight)", re.I)) == {"earl", "late", "toda", "toni"}
    assert starts(re.compile(r"(?-i:May)|june", re.I)) == {"may", "june"}
    assert starts(re.compile(r"(?:soon)?")) is None  # may match nothing
    assert starts(re.compile(r"\w+ times")) is None  # any word


def test_rules_tried_at_their_starts_find_what_finditer_finds():
    """Each rule's matches, tried only where one of its starts begins a word, are ``finditer``'s, on generated
    bench articles, our examples and texts chosen to stress case folding, digits and apostrophes."""
    from pathlib import Path

    from dossier.eval.bench_corpus import generate
    from dossier.nlp.prefilter import FoldedText
    from dossier.nlp.timex import _matches, _wanted, _WordStarts, load_rules

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text("utf-8") for p in sorted((root / "examples").glob("*")) if p.suffix in (".txt", ".html")]
    texts += [rec["text"] for rec, _plan in generate(150, 3)]
    texts += ["On FRİDAY, JAN. 5 at 10:30 a.m. GMT and the ſecond half of 2019",
              "\uff15 days ago, in the \u0661\u0669\u0669\u0660s; 'the '90s', o'clock 5 p.m. and_2019",
              "Recent history, the coming weeks; once upon a time; twice a year; New Year's Eve.",
              "Q3 2019, the end of the fiscal year 2020, mid-2019, 2019-2020, 1999-05-04, Sept. 3-5"]
    rules = load_rules()
    wanted = _wanted(rules)
    assert sum(r["starts"] is not None for r in rules) > len(rules) * 3 // 4
    for text in texts:
        words = _WordStarts(FoldedText(text), wanted)
        for rule in rules:
            got = [(m.start(), m.end()) for m in _matches(rule, words)]
            assert got == [(m.start(), m.end()) for m in rule["rx"].finditer(text)], (rule["name"], text[:80])


@pytest.mark.parametrize("value,end,expected", [
    ("2024-04-23", None, ("2024-04-23", None)),
    ("2024-04-23T15:30Z", None, ("2024-04-23", None)),
    ("2024-01-15", "2024-01-17", ("2024-01-15", "2024-01-17")),
    ("2024-04", None, ("2024-04", None)),
    ("2019", None, ("2019", None)),
    ("2024-W16", None, None),
    ("2024-W17-WE", None, ("2024-04-27", "2024-04-28")),  # a weekend: its Saturday to Sunday
    ("PAST_REF", None, None),
    ("FUTURE_REF", None, None),
    ("PRESENT_REF", None, None),
    ("2024-Q2", None, None),
    ("2024-SU", None, None),
    ("FY2024", None, None),
    ("P3D", None, None),
    ("XXXX-WXX-2", None, None),
    ("202", None, None),
])
def test_event_date_is_a_calendar_value_or_nothing(value, end, expected):
    from dossier.nlp.timex import event_date

    assert event_date(value, end) == expected
