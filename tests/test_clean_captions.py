"""Photo captions, caption-only items and mojibake (ingest/clean.py, issues 16 and 17). All text written for
these tests."""

from dossier.ingest.build import build_article
from dossier.ingest.clean import clean_text, fix_mojibake
from dossier.ingest.raw import RawDocument

LEAD = "The coast guard said on Tuesday that both crews were rescued after the collision near the harbour mouth."
SECOND = "Divers will inspect the sunken hull on Wednesday, the harbour master told reporters in the afternoon."


def _clean(*lines: str, title: str = "Ferries collide off Port Lune"):
    return clean_text("\n\n".join(lines), title=title)


def _dropped(out) -> dict[str, str]:
    return {s.line: s.reason for s in out.steps if s.action != "keep"}


def test_agency_style_caption_with_weekday_and_year_is_no_body_text():
    caption = "A harbour ferry burns after a collision outside Port Lune, Tuesday, March 4, 2025."
    out = _clean(LEAD, caption, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    assert _dropped(out)[caption] == "photo caption"


def test_story_sentences_run_on_after_a_caption_stay():
    caption = "Police walk past the closed ferry terminal in Port Lune, Wednesday, March 5, 2025."
    story = "The operator said on Wednesday that it would suspend all crossings until the inquiry ends."
    out = _clean(LEAD, caption + " " + story, SECOND)
    assert out.body.split("\n\n") == [LEAD, story, SECOND]
    assert out.metadata["caption"] == caption


def test_a_reported_sentence_with_the_same_date_stays():
    planned = "The ferry service will resume on Monday, March 10, 2025."
    told = "Crews were rescued on Tuesday, March 4, 2025, officials said."
    out = _clean(LEAD, planned, told)
    assert out.body.split("\n\n") == [LEAD, planned, told]


def test_cut_copy_of_a_caption_goes_with_it():
    caption = "A harbour ferry burns after a collision outside Port Lune, Tuesday, March 4, 2025."
    out = _clean(LEAD, caption + "\n" + caption[:50], SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    assert _dropped(out)[caption[:50]] == "cut copy of the line above"


def test_file_captions_and_credit_suffixed_captions_go():
    file_caption = "FILE - A dockworker walks past stacked containers in Port Lune, Jan. 3, 2020."
    credited = "Rescuers carry a survivor ashore in Port Lune on 4 March 2025. EFE-EPA/STR"
    bracketed = "Smoke rises over the pier after the collision on March 4. (STR/AFP via Getty Images/TNS)"
    out = _clean(LEAD, file_caption, credited, bracketed, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    reasons = _dropped(out)
    assert {reasons[file_caption], reasons[credited], reasons[bracketed]} == {"photo caption or credit"}


def test_long_unended_line_above_the_lead_is_a_caption():
    caption = ("Signing a fisheries accord in 2019, the ministers of two island states shake hands with "
               "their counterparts from the mainland at a summit held in the capital")
    out = _clean(caption, LEAD, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    assert out.metadata["caption"] == caption


def test_an_item_that_is_only_a_caption_keeps_its_words_without_the_credit():
    caption = ("Rescue boats circle the wreck of a ferry near Port Lune on Tuesday, March 4, 2025. The harbour "
               "stayed closed for the rest of the day while divers searched the hull. (AP Photo/Jane Roe)")
    out = clean_text(caption, title="Boats circle ferry wreck (photo caption)")
    assert out.body.split("\n\n") == [
        "Rescue boats circle the wreck of a ferry near Port Lune on Tuesday, March 4, 2025.",
        "The harbour stayed closed for the rest of the day while divers searched the hull."]
    assert "body from caption" in out.metadata
    # the log still names the input line, with what was done to it
    assert any(s.line == caption for s in out.steps)


def test_a_caption_in_a_normal_article_is_not_restored():
    caption = "Rescue boats circle the wreck near Port Lune. (AP Photo/Jane Roe)"
    out = _clean(LEAD, caption, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    assert "body from caption" not in out.metadata


def test_credit_glued_to_the_first_word_is_cut_off():
    out = _clean("DWPhilippine police served a warrant on the former mayor at the airport on Tuesday.", SECOND)
    assert out.body.split("\n\n")[0] == "Philippine police served a warrant on the former mayor at the airport on Tuesday."
    # a name written in capitals and a word stays whole
    out = _clean("JPMorgan said on Tuesday that it would open two branches in the port next year.", SECOND)
    assert out.body.startswith("JPMorgan said")


def test_mojibake_is_mended_and_real_accents_stay():
    assert fix_mojibake("Itâ€™s done")[0] == "It’s done"
    assert fix_mojibake("cafÃ© owners")[0] == "café owners"
    text, changed = fix_mojibake("âThe mission is over,â the minister said. The countryâs troops left.")
    assert text == "“The mission is over,” the minister said. The country’s troops left."
    assert changed > 0
    assert fix_mojibake("The Câmara voted on the budget.") == ("The Câmara voted on the budget.", 0)


def test_article_building_mends_mojibake_in_body_and_title():
    raw = RawDocument("test", "jsonl", "âWe will stay,â the mayor said. The townâs port reopened on Friday "
                      "after a week of repairs to its two piers.", {"id": "m1", "title": "Mayor: âWe will stayâ"})
    art = build_article(raw)
    # (the mended apostrophe inside a word is then written straight, as the English model reads it)
    assert art.text.startswith("“We will stay,” the mayor said. The town's port")
    assert art.metadata["mojibake mended"]


def test_embedded_post_signature_and_slash_credit_go():
    post = ("Port Lune: a strong thread on the ferry affair https://t.co/abc Note the slow reaction this time "
            "— Jane Roe (@jane_roe) January 5, 2022")
    credit = "Trucks wait on a highway near the border. / Harbour Times"
    ratio = "Fares rose 5% / year, the operator said."
    out = _clean(LEAD, post, credit, ratio, SECOND)
    assert out.body.split("\n\n") == [LEAD, ratio, SECOND]
    reasons = _dropped(out)
    assert reasons[post] == "embedded social-media post"
    assert reasons[credit] == "photo caption or credit"


def test_a_standfirst_that_tells_and_a_cut_teaser_stay_above_the_lead():
    standfirst = ("Under the new timetable the northern ferry will resume crossings on March 10, ending a week "
                  "of closures at the harbour")
    teaser = ("PORT LUNE: The harbour master and the ferry operator met on Friday at the port office before "
              "signing a")
    for line in (standfirst, teaser):
        out = _clean(line, LEAD, SECOND)
        assert out.body.split("\n\n") == [line, LEAD, SECOND]


def test_byline_with_place_and_date_is_metadata():
    out = _clean("By Jane Roe in Port Lune June 24, 2023", LEAD, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    assert out.metadata["byline"] == "Jane Roe"


def test_a_caption_that_says_who_is_seen_is_still_a_caption():
    caption = ("The former mayor is seen on a screen in the courtroom with his lawyer seated left, in Port Lune, "
               "Friday, March 14, 2025. Harbour Times")
    out = _clean(caption, LEAD, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]


def test_caption_credited_to_a_provider_through_an_agency_is_no_body_text():
    caption = ("A ferry terminal on the island is seen in this satellite picture. Two crews were hurt there on "
               "Tuesday, the coast guard said. (Orbital Imaging Ltd via AP)")
    out = _clean(LEAD, caption, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    assert caption in _dropped(out)


def test_a_linked_page_title_with_its_sites_name_is_no_body_text():
    link = "Why does the Port Lune crossing keep failing its inspections? | The Harbour Courier"
    out = _clean(LEAD, link, SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]
    assert "related-article link" in _dropped(out)[link]


def test_a_sentence_with_a_bar_in_its_middle_stays():
    story = "Fares rose to 12 euros | 15 euros at peak times, the operator said on Tuesday in Port Lune."
    out = _clean(LEAD, story, SECOND)
    assert out.body.split("\n\n") == [LEAD, story, SECOND]


def test_agency_closings_mark_captions_and_a_told_sentence_with_the_same_tail_stays():
    """Two agency caption closings: "... in this photo taken by X." (with the agency's notes after it) and
    "<present-tense description> on March 04, 2025 in Port Lune, Marovia."; a story sentence in the past with
    the same date-and-place tail stays."""
    taken = ("A burnt ferry lies on its side at the harbour mouth after the collision in Port Lune, March 4, 2025 "
             "in this photo taken by the Harbour Times. Image pixelated at source")
    getty = ("A diver prepares to inspect the hull near the pier where the two ferries collided on March 04, 2025 "
             "in Port Lune, Marovia.")
    told = "The two ferries collided on March 4, 2025 in Port Lune, Marovia."
    out = _clean(LEAD, taken, getty, told, SECOND)
    assert out.body.split("\n\n") == [LEAD, told, SECOND]
    assert _dropped(out)[taken] == "photo caption" and _dropped(out)[getty] == "photo caption"


def test_browser_notification_prompts_are_chrome():
    out = _clean(LEAD, "Stay up to date with notifications from The Harbour Times",
                 "Notifications can be managed in browser preferences.", SECOND)
    assert out.body.split("\n\n") == [LEAD, SECOND]


def test_apostrophes_inside_words_are_straightened_and_quote_marks_kept():
    from dossier.ingest.clean import straighten_apostrophes

    text = "‘We stand with Côte d’Ivoire,’ the envoy said of the country’s ministers’ plan."
    out, n = straighten_apostrophes(text)
    assert out == "‘We stand with Côte d'Ivoire,’ the envoy said of the country's ministers’ plan."
    assert n == 2 and len(out) == len(text)
    assert straighten_apostrophes("plain ASCII, it's") == ("plain ASCII, it's", 0)


def test_article_building_straightens_apostrophes_so_the_parser_sees_one_name():
    raw = RawDocument("test", "jsonl", "Gunmen attacked a beach hotel in Grand-Bassam, Côte d’Ivoire, on Sunday, "
                      "the country’s interior ministry said in a statement.", {"id": "ap1", "title": "Côte d’Ivoire attack"})
    art = build_article(raw)
    assert "Côte d'Ivoire" in art.text and "country's" in art.text and art.title == "Côte d'Ivoire attack"
    assert art.metadata["apostrophes straightened"] == "2"
