"""Shape-based cleaning (ingest/clean.py): chrome out, article sentences untouched. All text written for
these tests."""

from dossier.ingest.clean import clean_text

STORY = [
    "The harbour authority said on Monday that the northern pier would stay closed for repairs until spring.",
    "Engineers found cracks in two of the pier's concrete supports during a routine inspection last week.",
    "Fishing crews have been told to use the southern quay, which can take only half as many boats.",
]


def _body(*lines: str) -> list[str]:
    out = clean_text("\n\n".join(["Harbour pier closed for repairs", *lines]))
    return out.body.split("\n\n")


def test_story_lines_survive_untouched():
    assert _body(*STORY) == STORY


def test_stylesheet_and_template_lines_go():
    body = _body(STORY[0], ".story-widget{border-top:1px solid #CCC;} #box .title {font-size:20px;}",
                 "{{related_items_widget?.heading}}", STORY[1], STORY[2])
    assert body == STORY


def test_counters_players_and_labels_go():
    body = _body(STORY[0], "0 12", "1,250 views", "0:00 / 2:41", "Share:", "Quick links:", STORY[1],
                 "4 min read", "This audio is generated with AI assistance", "web analytics", STORY[2])
    assert body == STORY


def test_caption_with_photo_credit_goes():
    body = _body("A crane lifts a damaged beam from the pier on Monday (Harbour Daily photo)", *STORY)
    assert body == STORY
    body = _body(STORY[0], "Workers inspect the supports (AP Photo/Jane Roe)", STORY[1], STORY[2])
    assert body == STORY


def test_related_link_lines_go_and_inline_links_are_cut():
    out = clean_text("Harbour pier closed\n\n" + STORY[0] + "\n\nALSO READ: Ferry fares to rise in May\n\n"
                     + "Repairs will cost about four million euros. READ MORE: Storm damages coastal road The "
                     + "council will pay half of the bill.\n\n" + STORY[2])
    body = out.body.split("\n\n")
    assert "ALSO READ: Ferry fares to rise in May" not in body
    assert "Repairs will cost about four million euros. The council will pay half of the bill." in body
    kept_edit = [s for s in out.steps if s.action == "keep"]
    assert kept_edit and "Storm damages coastal road" in kept_edit[0].reason


def test_bullets_come_off_list_items():
    body = _body(STORY[0], "• Two supports need new steel.", "- The pier deck will be resurfaced.", STORY[1])
    assert "Two supports need new steel." in body and "The pier deck will be resurfaced." in body


def test_hard_wrapped_text_is_rejoined():
    wrapped = ("The harbour authority said on Monday that the\nnorthern pier would stay closed for repairs\n"
               "until spring, after engineers found cracks in\ntwo of its concrete supports during a routine\n"
               "inspection. Fishing crews have been told to use\nthe southern quay, which can take only half\n"
               "as many boats as the northern pier.")
    out = clean_text("Harbour pier closed\n\n" + wrapped.replace("\n", "\n\n"))
    assert out.body == wrapped.replace("\n", " ")
    assert out.metadata["lines re-joined"] == "6"


def test_headings_and_finished_paragraphs_are_not_joined():
    body = _body(STORY[0], "What the engineers found", STORY[1], STORY[2])
    assert body == [STORY[0], "What the engineers found", STORY[1], STORY[2]]


def test_sub_heading_run_into_its_sentence_is_split():
    body = _body(STORY[0], "What the engineers found The cracks run through both supports on the east side.",
                 STORY[2])
    assert "What the engineers found" in body
    assert "The cracks run through both supports on the east side." in body


def test_a_line_in_another_script_goes_from_an_english_page():
    body = _body(STORY[0], "Переведено автоматически", STORY[1], STORY[2])
    assert body == STORY


def test_one_sentence_item_still_survives():
    out = clean_text("The northern pier will stay closed until spring, the harbour authority said.")
    assert out.body


def test_a_page_in_another_script_keeps_its_lines():
    text = "Заголовок новости\n\nПорт закрыт на ремонт до весны.\n\nРыбаки используют южный причал."
    out = clean_text(text)
    assert "Порт закрыт на ремонт до весны." in out.body.split("\n\n")


def test_wire_and_agency_photo_credits_go():
    for credit in ("Workers inspect the supports on Monday. (AFP via Getty Images)",
                   "Workers inspect the supports. Photo: Jane Roe/Reuters",
                   "REUTERS/Jane Roe", "Credit: Jane Roe/Bloomberg"):
        assert _body(STORY[0], credit, STORY[1], STORY[2]) == STORY, credit


def test_headlines_listed_under_a_related_label_go_and_the_story_stays():
    body = _body(STORY[0], "Related", "Ferry fares to rise in May", "Storm damages the coastal road...",
                 STORY[1], "Also read:", "New lighthouse opens on the cape", STORY[2])
    assert body == STORY
    # without a label, a line shaped like a headline between paragraphs is not taken for a link list
    body = _body(STORY[0], "Crews move to the southern quay", STORY[1], "Costs double after inspection", STORY[2])
    assert "Crews move to the southern quay" in body and "Costs double after inspection" in body


def test_a_menu_of_links_with_one_opening_goes_and_short_content_lines_stay():
    body = _body(STORY[0], "Ferry tickets at SeaLink", "Ferry tickets at BoatHop", "Ferry tickets at Harbour Pass",
                 STORY[1], "Repairs start in May", "Repairs end in June", STORY[2])
    assert not any("tickets at" in ln for ln in body)
    assert "Repairs start in May" in body and "Repairs end in June" in body


def test_newsletter_follow_and_file_photo_lines_go():
    body = _body(STORY[0], "Get the harbour news delivered to your inbox every morning.", STORY[1],
                 "Follow us on Telegram for updates", "FILE PHOTO: A crane stands on the northern pier.", STORY[2])
    assert body == STORY


def test_a_media_file_name_on_its_own_line_goes_but_a_sentence_naming_a_file_stays():
    body = _body("morning Rivera harbour pier repairs_00013317.jpg", STORY[0], STORY[1], "clip_pier_0042.MP4",
                 STORY[2])
    assert body == STORY
    kept = "Inspectors posted the photographs online, and the last file, pier_0042.jpg, shows the widest crack."
    assert kept in _body(STORY[0], kept, STORY[1])
