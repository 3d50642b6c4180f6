"""Ingest: every input format, every kind of bad input, cleaning, dating, syndication.

Fixtures under tests/fixtures/ingest are sentences written for these tests; the
seed checks read ../shared/seeds in place and compare against a line gold that
stores only hashes (tests/fixtures/seed_lines.json).
"""

from __future__ import annotations

import gzip
import io
import json

import pytest

from conftest import FIXTURES, SEEDS, need_seeds

from dossier.ingest import build_article, read_inputs
from dossier.ingest import sources
from dossier.ingest.clean import clean_text, parse_byline
from dossier.ingest.dates import publication_date
from dossier.ingest.dedup import Syndication
from dossier.records import Article, SkippedItem

FX = FIXTURES / "ingest"
P1 = ("Officials from two neighbouring river states signed a water-sharing accord in the capital on Tuesday, "
      "ending a dispute that had lasted for more than a decade.")
P2 = ("The agreement sets seasonal quotas for the shared river and creates a joint commission that will meet "
      "every quarter to review the flow data collected by both sides.")
P3 = ("Farmers' unions on both banks welcomed the deal, although several said they would wait to see whether "
      "the quotas hold during the dry months before celebrating.")


def _read(*paths):
    items = list(read_inputs([str(p) for p in paths]))
    docs = [i for i in items if not isinstance(i, SkippedItem)]
    skipped = [i for i in items if isinstance(i, SkippedItem)]
    return docs, skipped


def _articles(*paths):
    docs, skipped = _read(*paths)
    return [build_article(d) for d in docs], skipped


# -- formats ---------------------------------------------------------------------------------------

def test_html_metadata_and_body():
    [a], skipped = _articles(FX / "article.html")
    assert not skipped
    assert a.format == "html"
    assert a.title == "River states sign water accord"
    assert a.outlet == "Valley Courier" and a.author == "Mara Quill" and a.language == "en"
    assert a.canonical_url == "https://valleycourier.example/news/river-accord"
    assert a.published == "2023-09-12" and a.published_confidence >= 0.8
    assert "joint commission" in a.text and "cookies" not in a.text and "Subscribe" not in a.text


@pytest.mark.parametrize("name,outlet,published", [
    ("feed_rss2.xml", "Valley Courier", "2023-09-12"),
    ("feed_rss091.xml", "Hill Gazette", None),
    ("feed_rdf.xml", "Plains Herald", "2023-09-13"),
    ("feed_atom.xml", "Delta Monitor", "2023-09-14"),
])
def test_feeds(name, outlet, published):
    arts, skipped = _articles(FX / name)
    assert len(arts) == 1
    a = arts[0]
    assert a.format == "feed" and a.outlet == outlet and a.url and a.title
    assert a.published == published
    if published:
        assert a.published_evidence.startswith("feed")
    if name == "feed_rss2.xml":  # the item with neither content nor summary is skipped, with a reason
        assert len(skipped) == 1 and "neither content nor summary" in skipped[0].reason


def test_jsonl_records_and_bad_lines():
    arts, skipped = _articles(FX / "articles.jsonl")
    by_id = {a.id: a for a in arts}
    assert set(by_id) == {"fx-j1", "fx-j2"}
    assert by_id["fx-j1"].outlet == "Valley Courier" and by_id["fx-j1"].published == "2023-09-12"
    assert by_id["fx-j2"].format == "jsonl" and "dry months" in by_id["fx-j2"].text
    reasons = sorted(s.reason for s in skipped)
    assert any("malformed JSON line" in r for r in reasons)
    assert any("not an object" in r for r in reasons)
    assert any("neither text nor html" in r for r in reasons)


def test_csv_records():
    arts, skipped = _articles(FX / "articles.csv")
    assert [a.id for a in arts] == ["fx-c1"] and arts[0].format == "csv" and arts[0].outlet == "Hill Gazette"
    assert len(skipped) == 1 and skipped[0].source.endswith("#L3")


def _warc_bytes(pages: list[tuple[str, str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, ctype, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode("utf-8")),
                                        http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_html_responses_only(tmp_path):
    html = (FX / "article.html").read_text("utf-8")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes([("https://valleycourier.example/news/river-accord", "text/html", html),
                                  ("https://valleycourier.example/logo.png", "image/png", "PNGDATA")]))
    arts, skipped = _articles(path)
    assert len(arts) == 1 and arts[0].format == "warc" and arts[0].outlet == "Valley Courier"
    assert len(skipped) == 1 and "not HTML" in skipped[0].reason and skipped[0].source.endswith("logo.png")
    assert arts[0].url == "https://valleycourier.example/news/river-accord"


def test_gzip_and_recursive_folders(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "page.html.gz").write_bytes(gzip.compress((FX / "article.html").read_bytes()))
    (tmp_path / "a" / "story.txt").write_text(f"Accord signed\n\n{P1}\n\n{P2}\n", encoding="utf-8")
    arts, skipped = _articles(tmp_path)
    assert sorted(a.format for a in arts) == ["html", "text"] and not skipped


# -- bad input -------------------------------------------------------------------------------------

def test_every_kind_of_bad_input_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (tmp_path / "big.txt").write_text("word " * 400, encoding="utf-8")
    (tmp_path / "malformed.xml").write_bytes((FX / "malformed.xml").read_bytes())
    (tmp_path / "broken.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n")
    (tmp_path / "nobody.html").write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text(f"Accord signed\n\n{P1}\n", encoding="utf-8")
    monkeypatch.setattr(sources, "MAX_BYTES", 1500)
    docs, skipped = _read(tmp_path)
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert reasons["empty.txt"] == "empty file" and reasons["blank.txt"] == "empty file"
    assert "binary" in reasons["image.txt"]
    assert "broken gzip" in reasons["broken.html.gz"]
    assert "too large" in reasons["big.txt"]
    assert "feed" in reasons["malformed.xml"]
    assert any(k.startswith("broken.warc") and "WARC" in r for k, r in reasons.items())
    # build-level failures raise a clear IngestError the pipeline turns into a skipped item
    from dossier.ingest import IngestError

    built, errors = [], []
    for d in docs:
        try:
            built.append(build_article(d))
        except IngestError as exc:
            errors.append((d.source, str(exc)))
    assert [a.source.rsplit("/", 1)[-1] for a in built] == ["good.txt"]
    assert errors and "nobody.html" in errors[0][0] and "body" in errors[0][1]


def test_wrong_and_mixed_encodings(tmp_path):
    text = f"Café talks end\n\n{P1} The mayor of Zürich, Frédéric Ménard, attended the signing ceremony.\n"
    (tmp_path / "latin1.txt").write_bytes(text.encode("cp1252"))
    mixed = text.encode("utf-8") + "\nA closing remark from the façade.\n".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(mixed)
    arts, skipped = _articles(tmp_path)
    assert not skipped and len(arts) == 2
    by_name = {a.source.rsplit("/", 1)[-1]: a for a in arts}
    assert "Zürich" in by_name["latin1.txt"].text and by_name["latin1.txt"].title == "Café talks end"
    assert "signing ceremony" in by_name["mixed.txt"].text


def test_pipeline_skips_bad_items_and_reingest_adds_nothing(tmp_path, store):
    from dossier.pipeline import Pipeline

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "one.txt").write_text(f"Accord signed\n\nPublished: September 12, 2023\n\n{P1}\n\n{P2}\n", "utf-8")
    (corpus / "empty.txt").write_text("", "utf-8")
    (corpus / "nobody.html").write_text("<html><body></body></html>", "utf-8")
    report = Pipeline(store, workers=1).ingest([corpus])
    assert report.added == 1
    assert {s.source.rsplit("/", 1)[-1] for s in report.skipped} == {"empty.txt", "nobody.html"}
    again = Pipeline(store, workers=1).ingest([corpus])
    assert again.added == 0 and again.already_known == 1


# -- cleaning --------------------------------------------------------------------------------------

def test_cleaner_drops_chrome_and_moves_metadata():
    text = "\n".join([
        "Monday, March 4, 2024",
        "Accord on river quotas holds",
        "Category", "Region",
        "By Ada Brennan, Valley Courier",
        "Farmers inspect a canal gate near the border",
        "Photo: Valley Courier",
        P1, "Quota details", P2, "What farmers say", P3,
        "We use cookies to give you the best experience.",
        "Please enter your comment!",
        "This site is protected by reCAPTCHA.",
        "Read more", "Subscribe to our newsletter",
    ])
    c = clean_text(text)
    assert c.title == "Accord on river quotas holds"
    assert c.body.split("\n\n") == [P1, "Quota details", P2, "What farmers say", P3]
    reasons = {s.line: (s.reason, s.action) for s in c.steps}
    assert reasons["Monday, March 4, 2024"][1] == "metadata"
    assert reasons["Region"][0] == "value of a label line"
    assert reasons["By Ada Brennan, Valley Courier"] == ("byline", "metadata")
    assert reasons["Farmers inspect a canal gate near the border"][0] == "photo caption"
    assert all(s.reason for s in c.steps) and len(c.steps) == 11
    assert parse_byline(c.metadata["byline"]) == ("Ada Brennan", "Valley Courier")


def test_byline_outlet_is_never_invented():
    assert parse_byline("Ada Brennan, Tbilisi") == ("Ada Brennan", None)
    assert parse_byline("Ada Brennan | Reuters") == ("Ada Brennan", "Reuters")
    from dossier.ingest.raw import RawDocument

    a = build_article(RawDocument("x.txt", "text", f"Accord signed\nBy Ada Brennan, Plains Herald\n{P1}\n{P2}"))
    assert a.outlet == "Plains Herald" and a.author == "Ada Brennan" and "byline" in a.metadata["outlet_evidence"]
    b = build_article(RawDocument("y.txt", "text", f"Accord signed\nBy Ada Brennan, Tbilisi\n{P1}\n{P2}"))
    assert b.outlet is None and b.author == "Ada Brennan"


def test_lone_headline_dropped_but_subheadings_kept():
    lone = clean_text("\n".join(["Title of story", P1, "Another story about river dams opens", P2, P3]))
    assert "Another story" not in lone.body
    assert any("related-article" in s.reason for s in lone.steps)


# -- dates -----------------------------------------------------------------------------------------

def test_dates_from_lines_datelines_and_weekdays():
    body = "RIVERTON, September 12, 2023 (Valley Wire) - Officials said on Tuesday the accord was signed."
    d = publication_date(["Accord", body], body)
    assert d.value == "2023-09-12" and d.evidence.startswith("dateline")
    # a Friday date contradicted by "said on Tuesday" alone is still fine (Tuesday is within the week);
    # a date whose week cannot hold the weekday loses confidence
    body2 = "Officials said on Tuesday the accord was signed."
    good = publication_date(["Published: September 12, 2023", body2], body2)
    assert good.value == "2023-09-12" and good.confidence >= 0.9
    assert publication_date(["A story", "It happened in 2019 and again in 2021."],
                            "It happened in 2019 and again in 2021.").value is None


def test_header_date_contradicted_by_anniversary_is_rejected():
    body = ("The city marked the 40th anniversary of the treaty signed in 1983 on Monday. "
            "Crowds gathered on Monday evening.")
    d = publication_date(["Sunday, May 5, 2024", "Treaty anniversary", body], body, header_lines=["Sunday, May 5, 2024"])
    assert d.value is None and d.range == ("2023-01-01", "2023-12-31")
    assert any("anniversary" in n for n in d.notes)


# -- syndication -----------------------------------------------------------------------------------

def test_wire_copies_linked_and_persisted(store):
    wire = " ".join([P1, P2, P3]) + " The commission's first meeting is scheduled for next month in the capital."
    orig = Article(id="w1", source="a", text=wire)
    copy = Article(id="w2", source="b", text="RIVERTON (Valley Wire) - " + wire + " Follow us for more updates.")
    other = Article(id="w3", source="c", text=" ".join(reversed([P1, P2, P3])) + " Entirely different ending "
                    "words about mountain passes, tunnels, snowfall records and winter closures.")
    s = Syndication(store)
    assert s.check(orig) is None
    assert s.check(copy) == "w1"
    s.save()
    later = Syndication(store)  # state survives in the store
    third = Article(id="w4", source="d", text=wire + " Updated with a correction.")
    assert later.check(third) == "w1"
    assert later.check(Article(id="w5", source="e", text="Too short to compare.")) is None
    assert Syndication().check(other) is None


def test_wire_copies_found_within_the_window_only(store):
    wire = " ".join([P1, P2, P3])
    s = Syndication(store, window_days=3, cached_days=2)
    assert s.check(Article(id="o", source="a", text=wire, published="2024-03-10")) is None
    s.save()
    # two days later: a copy; twelve days later: outside the window, a report of its own
    assert s.check(Article(id="c", source="b", text=wire + " Follow us.", published="2024-03-12")) == "o"
    assert s.check(Article(id="late", source="c", text=wire + " Reprinted.", published="2024-03-22")) is None
    s.save()
    # reports filed under many other days push the first days out of memory; they are read back when needed
    for k in range(5):
        s.check(Article(id=f"x{k}", source="d", text=f"Unrelated {k} " * 30, published=f"2024-05-{10 + 5 * k}"))
        s.save()
    assert "2024-03-10" not in s._days and len(s._days) <= 2
    again = s.check(Article(id="c2", source="e", text="Reposted: " + wire, published="2024-03-11"))
    assert again == "o"
    # undated articles are compared with the undated and the days in memory; a fresh instance reads the store
    later = Syndication(store)
    assert later.check(Article(id="u", source="f", text=wire + " Undated copy.", published=None)) is None
    assert later.check(Article(id="c3", source="g", text=wire, published="2024-03-13")) == "o"


def test_wire_copy_roots_do_not_chain_across_time(store):
    """Each copy matches last week's copy; its original must lie within the window of the copy itself, so
    a feed of weekly reprints does not make a month of reports copies of its first article."""
    wire = " ".join([P1, P2, P3])
    s = Syndication(store, window_days=7)
    days = ["2024-03-01", "2024-03-06", "2024-03-11", "2024-03-16", "2024-03-21"]
    found = {}
    for k, day in enumerate(days):
        found[day] = s.check(Article(id=f"r{k}", source=str(k), text=f"{wire} Reprint {k}.", published=day))
        s.save()
    assert found["2024-03-01"] is None
    assert found["2024-03-06"] == "r0"  # five days on: a copy of the first
    # ten days after r0: r1 matches, but r1 copies r0, which lies outside this report's window
    assert found["2024-03-11"] is None
    assert found["2024-03-16"] == "r2"  # the chain starts again from r2
    assert found["2024-03-21"] is None
    # read back from the store: r3 (three days away) copies r2, eight days away, so the copy is of r4
    later = Syndication(store, window_days=7)
    assert later.check(Article(id="late", source="x", text=wire + " Again.", published="2024-03-19")) == "r4"


def test_wire_copy_days_with_unsaved_signatures_are_not_forgotten(store):
    """A day whose signatures are not saved yet stays in memory however many days the cache holds."""
    wire = " ".join([P1, P2, P3])
    s = Syndication(store, window_days=1, cached_days=1)
    assert s.check(Article(id="a", source="a", text=wire, published="2024-01-01")) is None
    for k in range(4):  # other days push 2024-01-01 out of the one-day cache before any save
        s.check(Article(id=f"o{k}", source="o", text=f"Other words {k} " * 30, published=f"2024-02-{10 + 3 * k}"))
    assert "2024-01-01" not in s._days
    assert s.check(Article(id="b", source="b", text=wire + " Copied.", published="2024-01-02")) == "a"
    s.save()
    assert set(store.signatures_on(["2024-01-01", "2024-01-02"])) == {"a", "b"}


# -- seeds -----------------------------------------------------------------------------------------

def _seed_articles():
    need_seeds()
    arts, skipped = _articles(SEEDS)
    assert not skipped
    return {a.id[:3]: a for a in arts}


def test_seed_dates():
    arts = _seed_articles()
    assert arts["000"].published == "2024-04-24" and arts["000"].published_evidence
    assert arts["004"].published == "2024-01-14"
    assert not (arts["003"].published == "2024-06-23" and arts["003"].published_confidence >= 0.5)
    assert arts["003"].title and not arts["003"].title[0].isdigit() and "2024" not in arts["003"].title
    for k in ("001", "002"):
        assert arts[k].published is None or arts[k].published_confidence < 0.5


def test_seed_line_gold():
    seeds = need_seeds()
    from dossier.eval.extraction import evaluate_seed_lines

    result = evaluate_seed_lines(seeds, FIXTURES / "seed_lines.json")
    assert result["lines"] == 82
    assert result["article_kept"] == result["article_lines"], result["errors"]
    assert result["boilerplate_removed"] == result["boilerplate_lines"], result["errors"]


def test_aeb_scorer_matches_definition():
    from dossier.eval.extraction import aggregate, page_counts

    t = "one two three four five six"
    assert page_counts(t, t) == (1.0, 0.0, 0.0)
    tp, fp, fn = page_counts(t, "one two three four")
    assert tp > 0 and fp == 0 and fn > 0
    assert aggregate([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)])["precision"] == pytest.approx(0.75)
    assert page_counts("a b", "") == (0.0, 0.0, 1.0)


def test_masthead_line_names_the_outlet_and_numeric_dates():
    from dossier.ingest.raw import RawDocument

    a = build_article(RawDocument("m.txt", "text", f"Accord signed\n\nVALLEY COURIER\nPosted 13/09/2023 18:05\n\n{P1}\n\n{P2}"))
    assert a.outlet == "Valley Courier" and a.metadata["outlet_evidence"].startswith("masthead")
    assert a.published == "2023-09-13" and "VALLEY COURIER" not in a.text
    b = build_article(RawDocument("n.txt", "text", f"Accord signed\n2023.09.14 11:20 | Politics\n{P1}\n{P2}"))
    assert b.published == "2023-09-14" and b.outlet is None


# -- publication dates from what pages carry (sentences written for these tests) -------------------

def test_url_dates_in_every_common_shape():
    from dossier.ingest.dates import url_date

    assert str(url_date("https://news.example/20240116/talks-resume-123.html")) == "2024-01-16"
    assert str(url_date("https://news.example/2024/01/16/talks-resume/")) == "2024-01-16"
    assert str(url_date("https://news.example/news/2024/apr/03/strike-hits-port/")) == "2024-04-03"
    assert url_date("https://news.example/2024/01/talks") is None  # a month is not a date
    assert url_date(None) is None


def test_yearless_dateline_takes_the_year_from_the_feed_or_the_story():
    body = ("OSLO, Jan 4 (NTB) -- Norway said on Wednesday it would reopen its embassy, closed since "
            "December 20, 2023.")
    dated = publication_date(body.splitlines(), body)
    assert dated.value == "2024-01-04" and "dateline" in dated.evidence and dated.confidence < 0.8
    tass = "MOSCOW, September 13. /TASS/. The talks will go on, a spokesman said."
    with_feed = publication_date(tass.splitlines(), tass, {"url": "https://wire.example/item/991"})
    assert with_feed.value is None  # no year anywhere: an honest unknown
    with_year = publication_date(tass.splitlines(), tass, {"published": "2023-09-13T09:10:00Z"})
    assert with_year.value == "2023-09-13"


def test_a_photo_caption_never_dates_the_story():
    lines = ["Flood barriers seen near the river, May 3, 2021. (Photo: Lena Park/AFP)", "",
             "Engineers finished the barrier on Monday, the city said."]
    dated = publication_date(lines, lines[-1])
    assert dated.value is None


def test_a_byline_date_and_a_labelled_segment_date_the_story():
    lines = ["By Tom Reyes | March 7, 2025", "", "The council voted on Thursday to close the bridge."]
    assert publication_date(lines, lines[-1]).value == "2025-03-07"
    lines = ["World Desk | Updated: 18-06-2025 03:36 IST | Created: 17-06-2025 21:10 IST", "",
             "The envoy arrived on Tuesday."]
    assert publication_date(lines, lines[-1]).value == "2025-06-17"


def test_a_lede_opening_with_an_event_date_does_not_date_the_story():
    lines = ["On March 2, 2025, protesters filled the square, and the movement has grown since then, "
             "organisers said in a long statement released to reporters this week."]
    assert publication_date(lines, lines[0]).value is None


def test_url_date_reaches_articles_without_metadata():
    from dossier.ingest.raw import RawDocument

    art = build_article(RawDocument("x.jsonl#1", "jsonl", "The harbour reopened after the storm, officials said.",
                                    {"url": "https://port.example/2024/02/11/harbour-reopens/"}))
    assert art.published == "2024-02-11" and art.published_evidence.startswith("URL")


# -- cleaning never deletes the article -------------------------------------------------------------

@pytest.mark.parametrize("fmt,fields", [("text", {}), ("jsonl", {}), ("jsonl", {"title": "Border clash"}),
                                        ("jsonl", {"title": "Chad and Niger trade accusations over a border "
                                                            "clash late on Sunday."})])
def test_a_one_sentence_item_survives_cleaning(fmt, fields):
    from dossier.ingest.raw import RawDocument

    sentence = "Chad and Niger trade accusations over a border clash late on Sunday."
    art = build_article(RawDocument(f"x.{fmt}", fmt, sentence, dict(fields)))
    assert art.text == sentence


def test_homoglyphs_inside_latin_words_are_folded_and_offsets_kept():
    from dossier.ingest.clean import fold_homoglyphs

    mixed = "Vostochny \u0421osmodrome hosted the talks; \u041c\u043e\u0441\u043a\u0432\u0430 agreed."
    folded, n = fold_homoglyphs(mixed)
    assert folded.startswith("Vostochny Cosmodrome") and n == 1
    assert "\u041c\u043e\u0441\u043a\u0432\u0430" in folded  # a wholly Cyrillic word is left as written
    assert len(folded) == len(mixed)
    from dossier.ingest.raw import RawDocument

    art = build_article(RawDocument("h.txt", "text", f"Headline\n\n{mixed}"))
    assert art.text.startswith("Vostochny Cosmodrome") and art.metadata["homoglyphs folded"] == "1"


def test_a_date_banner_above_a_given_headline_is_page_header_not_the_story_date():
    """A site's today's-date banner sits above the headline, the story's own date below it: with the headline
    given by the feed the banner is page header, as it is when the headline is found in the text."""
    from dossier.ingest.sources import RawDocument

    text = ("menu\nWednesday March 4, 2026\n\nHarbour accord signed after long talks\n\nBy Wire Desk\nOctober 12, 2019\n\n"
            "HARBOURTOWN: The two port authorities signed the accord on Friday after three years of talks, "
            "officials of both sides said.\n\nThe accord opens the northern quay to ships of both flags.")
    fields = {"title": "Harbour accord signed after long talks", "outlet": "Example Times"}
    art = build_article(RawDocument("b.jsonl#1", "jsonl", text, dict(fields)))
    assert art.published == "2019-10-12", (art.published, art.published_evidence)
    # the banner alone still dates the page, with less confidence than a byline's date
    alone = build_article(RawDocument("c.jsonl#1", "jsonl", text.replace("October 12, 2019\n", ""), dict(fields)))
    assert alone.published == "2026-03-04" and alone.published_confidence < 0.7
