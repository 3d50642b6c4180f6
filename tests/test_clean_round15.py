"""Lines that are not article text (issue 17 item 6, issue 16 precision): photo captions with a trailing
credit, "is seen" captions, closing agency credits, feed footers, labels run into their paragraph, Title-Case
datelines (where the story was filed, not actors), list items read as one wrapped paragraph. The story's own
sentences always stay. All text written for these tests."""

from conftest import clean_lines as _clean
from conftest import paragraphs as _paras
from conftest import step_reasons as _reasons
from dossier.ingest.clean import _full_width, clean_text, title_case_dateline

LEAD = "The coast guard said on Tuesday that both crews were rescued after the collision near the harbour mouth."
SECOND = "Divers will inspect the sunken hull on Wednesday, the harbour master told reporters in the afternoon."
THIRD = "The port authority has closed the inner channel to all traffic until the wreck is lifted."


# -- captions credited after their last sentence ------------------------------------------------------

def test_caption_with_a_dash_credit_is_no_body_text():
    caption = "The harbour has been closed since the storm, with ferries idle along the quay. — Lune Press pic"
    out = _clean(LEAD, caption, SECOND)
    assert _paras(out) == [LEAD, SECOND]
    assert _reasons(out)[caption] == "photo caption"


def test_caption_with_photo_colon_credit_is_no_body_text():
    caption = "Rescuers carry a survivor off the damaged ferry at the harbour mouth. Photo: Lune Press"
    out = _clean(LEAD, caption, SECOND)
    assert _paras(out) == [LEAD, SECOND]


def test_caption_credited_to_a_photographer_for_an_outlet_is_no_body_text():
    caption = "The harbour master, pictured at the quay in May, said Sunday the channel will stay shut. (Ana Vell/For The Lune Herald)"
    out = _clean(LEAD, caption, SECOND)
    assert _paras(out) == [LEAD, SECOND]


def test_caption_with_agency_pair_and_file_code_is_no_body_text():
    caption = "A rescued sailor is taken to hospital in Port Lune, Tuesday, March 4, 2025. LP/HT(LP03_04_2025_000123B)"
    out = _clean(LEAD, caption, SECOND)
    assert _paras(out) == [LEAD, SECOND]


def test_story_paragraph_keeps_its_sentences_when_a_credit_was_run_onto_it():
    para = ("The minister said the inquiry would report within a month. The ferry line has suspended its "
            "crossings until then. Credit: Lune Pre")
    out = _clean(LEAD, para, SECOND)
    assert _paras(out) == [LEAD, para[:para.index(" Credit:")], SECOND]


def test_seen_caption_goes_but_a_reported_sentence_with_seen_stays():
    caption = "Harbour police officers are seen deployed on the quay as families wait for news in Port Lune on Tuesday."
    told = "Officers are seen patrolling the quay every night, residents said on Wednesday."
    judged = "The inquiry is seen as a test for the new harbour master, who took office in May."
    photo = "The ministry said a photo of the wreck, shared widely on Tuesday, was taken last year."
    out = _clean(LEAD, caption, told, judged, photo, SECOND)
    assert _paras(out) == [LEAD, told, judged, photo, SECOND]
    assert _reasons(out)[caption] == "photo caption"


def test_in_this_photo_caption_is_no_body_text():
    caption = "In this photo released by the port authority, divers prepare to inspect the hull off Port Lune."
    out = _clean(LEAD, caption, SECOND)
    assert _paras(out) == [LEAD, SECOND]


def test_caption_only_item_still_keeps_its_words():
    caption = "Rescuers carry a survivor off the damaged ferry at the harbour mouth on Tuesday. Photo: Lune Press"
    out = _clean(caption)
    assert out.body == caption[:caption.index(" Photo:")]
    assert "body from caption" in out.metadata


# -- credits, footers and labels at a line's edge -----------------------------------------------------

def test_closing_agency_credit_is_cut_and_the_sentence_stays():
    last = "The authorities insisted the closure would not affect other routes."
    out = _clean(LEAD, SECOND, last + " – BBC.")
    assert _paras(out) == [LEAD, SECOND, last]
    out = _clean(LEAD, SECOND, "– PTI")
    assert _paras(out) == [LEAD, SECOND]


def test_feed_footer_is_cut_from_the_items_line():
    item = "Ferries collide off Port Lune as fog settles over the harbour mouth, the coast guard said on Tuesday."
    out = clean_text(item + " Read the full story › Breaking, News, World Tags:Harbour", title="Ferries collide")
    assert out.body == item


def test_label_run_into_its_paragraph_is_split_off():
    line = "Monitoring and Enforcement: An international panel will oversee the salvage work in the channel."
    out = _clean(LEAD, line, SECOND)
    assert _paras(out) == [LEAD, line.split(": ", 1)[1], SECOND]


def test_place_name_before_a_colon_is_a_dateline_not_a_label():
    line = "Manila: Two coast guard ships collided near the harbour mouth on Saturday, officials said."
    out = _clean(line, SECOND)
    assert _paras(out) == [line, SECOND]


# -- datelines ----------------------------------------------------------------------------------------

def test_title_case_dateline_stays_run_into_its_lead_and_is_read_as_a_dateline():
    from dossier.nlp.entities import _in_dateline

    lead = "Nepal's former chief justice was sworn in as interim prime minister on Friday night."
    for dateline in ("Kathmandu, Sept 13:", "Noumea, New Caledonia – May 16, 2024:", "Belgrade, Sep 24 (EFE).-",
                     "Colombia /America, 29th January 2024:"):
        line = dateline + " " + lead
        out = _clean(line, SECOND)
        assert _paras(out) == [line, SECOND], dateline  # the lead stays the first sentence, whole
        assert title_case_dateline(line) == len(dateline) + 1
        assert _in_dateline(line, 100, 100)  # the place: where the story was filed
        assert not _in_dateline(line, 100, 100 + len(dateline) + 2)  # the lead's names are not


def test_a_sentence_opening_on_a_place_or_a_weekday_and_date_is_no_dateline():
    assert title_case_dateline("Paris, on June 13, 2025, hosted the talks that ended the dispute over the harbour.") is None
    assert title_case_dateline("Tuesday, October 1, 2024 - The harbour master said the channel will reopen soon.") is None
    assert title_case_dateline("Kathmandu was calm on Sept 13 after the vote in the assembly, officials said.") is None


# -- wrapped paragraphs and lists ---------------------------------------------------------------------

def test_a_list_of_short_items_is_not_joined_as_a_wrapped_paragraph():
    items = ["Key Points", "Large protests against the harbour law in Port Lune",
             "Ferry unions condemn the vote in the council chamber", "Critics warn of higher fares and fewer crossings",
             "Pros", "The law aims to end the ferry monopoly for good", "Supporters claim it will lower the fares",
             "Cons", "It threatens the jobs of dock workers in the town", "Seen as a gift to the largest ferry line"]
    out = clean_text("\n".join([LEAD] + items), title="Harbour law passes")
    assert "Pros" in _paras(out) and "Cons" in _paras(out)
    assert "The law aims to end the ferry monopoly for good" in _paras(out)


def test_hard_wrapped_text_is_still_joined():
    para = ("The coast guard said on Tuesday that both crews were rescued after the collision near the harbour "
            "mouth, and that divers will inspect the sunken hull on Wednesday once the fog has lifted over the "
            "channel and the tide has turned, the harbour master told reporters in the afternoon at the quay.")
    wrapped, line = [], ""
    for w in para.split():
        if len(line) + 1 + len(w) > 48:
            wrapped.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    wrapped.append(line)
    text = "\n".join(wrapped + ["", *wrapped])
    assert _full_width(wrapped)
    out = clean_text(text.replace(para[:20], para[:20], 1), title="Ferries collide")
    assert para in _paras(out)


def test_time_stamp_with_a_glued_word_is_no_text_and_is_not_joined():
    out = _clean(LEAD, "Ferry crews rescued near the harbour", "today2025-03-04 1", SECOND)
    assert "today2025" not in out.body
    assert _reasons(out)["today2025-03-04 1"].startswith("numbers only")


def test_describing_line_above_a_photographers_credit_is_a_caption_anywhere_in_the_story():
    caption = "The harbour master meets the ferry crews at the quay in Port Lune, March 4, 2025."
    told = "The harbour master met the ferry crews at the quay, the port authority said."
    out = _clean(LEAD, SECOND, caption, "Ana Vell/Reuters", THIRD)
    assert _paras(out) == [LEAD, SECOND, THIRD]
    out = _clean(LEAD, SECOND, told, "Ana Vell/Reuters", THIRD)
    assert _paras(out) == [LEAD, SECOND, told, THIRD]


def test_headline_run_into_a_paragraph_is_cut_off_and_the_paragraph_stays():
    title = "Ferries Collide Off Port Lune: Two Crews Rescued"
    out = clean_text(title + "\n\n" + title + ". " + LEAD + "\n\n" + SECOND, title=title)
    assert _paras(out) == [LEAD, SECOND]


def test_bare_agency_name_after_a_describing_sentence_is_a_caption_after_a_told_one_a_credit():
    caption = "The two ministers shake hands during a signing ceremony at the harbour office. Reuters"
    told = "The talks will resume on Monday, the harbour master said. Reuters"
    out = _clean(LEAD, caption, SECOND, told)
    assert _paras(out) == [LEAD, SECOND, told[:-len(" Reuters")]]
