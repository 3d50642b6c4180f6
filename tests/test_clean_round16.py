"""Round 16 of page furniture read as article text (issue 17 item 6, issue 16 precision): a caption closed by
a copyright sign and its holder, a video player's close/play control with the clip's title, a rating widget,
and the headline of another story that shares no word with the article. The story's own sentences always
stay, a sentence that mentions a photo or a copyright included. All text written for these tests."""

from conftest import clean_lines as _clean
from conftest import paragraphs as _paras
from conftest import step_reasons as _reasons

LEAD = "The coast guard said on Tuesday that both crews were rescued after the collision near the harbour mouth."
SECOND = "Divers will inspect the sunken hull on Wednesday, the harbour master told reporters in the afternoon."
THIRD = "The port authority has closed the inner channel to all traffic until the wreck is lifted."
FOURTH = "Shipping companies said the closure would delay cargo deliveries to the island for several days."
FIFTH = ("Investigators from the maritime safety board arrived later to question both captains about their "
         "speed, the radio calls exchanged before the crash and the visibility in the fog that morning.")


# -- copyright-sign credits --------------------------------------------------------------------------

def test_caption_closed_by_a_copyright_credit_is_no_body_text():
    caption = ("The harbour master (r.) greeted the rescued crew at the quay on Tuesday. "
               "© JANE ROE / LUNE IMAGES VIA HARBOUR PRESS")
    out = _clean(LEAD, caption, SECOND, THIRD)
    assert _paras(out) == [LEAD, SECOND, THIRD]
    assert _reasons(out)[caption] == "photo caption"


def test_copyright_credit_run_onto_a_story_paragraph_only_loses_the_credit():
    para = ("The ferry was towed back to port overnight. Officials said the crew had been rescued. "
            "© Lune Press")
    out = _clean(LEAD, para, SECOND)
    assert "The ferry was towed back to port overnight. Officials said the crew had been rescued." in _paras(out)
    assert not any("©" in p for p in _paras(out))


def test_sentence_mentioning_copyright_or_a_photo_stays():
    sentence = "The court ruled that the photo of the wreck was protected by copyright, the lawyer said."
    other = "A photo taken by a passenger shows the two ferries seconds before they collided in the fog."
    out = _clean(LEAD, sentence, other, SECOND)
    assert _paras(out) == [LEAD, sentence, other, SECOND]


# -- player controls ------------------------------------------------------------------------------------

def test_player_close_control_and_clip_title_is_no_body_text():
    control = "✕ Close Divers reach the sunken ferry off Port Lune"
    out = _clean(control, LEAD, SECOND, THIRD)
    assert _paras(out) == [LEAD, SECOND, THIRD]
    assert _reasons(out)[control] == "video player control and clip title"


def test_play_video_control_is_no_body_text():
    control = "Play video: Rescuers lift survivors from the water"
    out = _clean(LEAD, control, SECOND, THIRD)
    assert control not in _paras(out)
    assert [p for p in _paras(out)] == [LEAD, SECOND, THIRD]


def test_sentence_opening_with_close_stays():
    sentence = "Close allies of the harbour master said he would not resign over the collision."
    out = _clean(LEAD, sentence, SECOND)
    assert _paras(out) == [LEAD, sentence, SECOND]


# -- widgets ---------------------------------------------------------------------------------------------

def test_rating_widget_is_no_body_text():
    widget = "Accuracy 4.6 | Fairness 4.2 | Depth 3.9"
    out = _clean(widget, LEAD, SECOND)
    assert _paras(out) == [LEAD, SECOND]
    assert _reasons(out)[widget].startswith("rating widget")


def test_sentence_with_scores_stays():
    sentence = "The ferry line scored 4.2 out of 5 in the last passenger survey, the operator said."
    out = _clean(LEAD, sentence, SECOND)
    assert _paras(out) == [LEAD, sentence, SECOND]


# -- another story's headline ------------------------------------------------------------------------------

def test_headline_of_another_story_above_the_lead_is_dropped():
    link = "Rovers extend unbeaten streak against city rivals"
    out = _clean(link, LEAD, SECOND, THIRD, FOURTH, FIFTH)
    assert link not in _paras(out)
    assert _paras(out) == [LEAD, SECOND, THIRD, FOURTH, FIFTH]


def test_subheading_about_the_story_stays():
    # writers who use sub-headings use several; each names what its paragraphs tell
    heading = "Divers prepare to inspect the damaged hull"
    other = "Cargo deliveries to the island delayed"
    out = _clean(LEAD, THIRD, heading, SECOND, other, FOURTH, FIFTH)
    assert heading in _paras(out) and other in _paras(out)


def test_speaker_line_of_names_stays():
    # a name and its title under a quotation share no word with the story but name who spoke
    quote = "“We will find out what went wrong in the fog,” the minister told the crews at the quay."
    speaker = "Transport Minister Jane Roe"
    out = _clean(LEAD, quote, speaker, SECOND, THIRD, FOURTH, FIFTH)
    assert speaker in _paras(out)
