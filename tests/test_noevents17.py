"""Round noevents17: what is no event, what is recalled, and what is not yet done.

Captions the cleaner missed (a credit on its own line under one describing line or sentence, or under an unended
line and a sentence; the same unended describing line printed twice), a link label glued to its headline; a return
is no visit; "cannot ignore" is no rejection; an infinitive carried by a plan, a threat or a modal verb is not
done; what an earlier statement said, what followed an earlier year's event and what came before a recalled one
are recalled. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from conftest import analysed_events, clean_lines, event_with_trigger, paragraphs, step_reasons
from dossier.ingest.clean import _credit_line

LEAD = ("The president of Tarland was sworn in for a sixth term on Friday at a ceremony in the capital, Port Lune. "
        "He thanked his supporters and promised to rebuild the economy of the country within five years.")


def _events(nlp, text, published=None):
    return analysed_events(nlp, text, published)


def _event(nlp, text, trigger, published=None):
    return event_with_trigger(nlp, text, trigger, published)


# -- captions and links ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,expected", [
    ("Jane Roe / AFP via Getty Images file", True),
    ("Image: Harbour Images/J. Roe", True),
    ("Jane Roe / Reuters", True),
    ("Tarland / Port Lune talks", False),  # no credit word
    ("Image of the week", False),  # no label colon
    ("Jane Roe / AFP said the talks had failed and both sides went home.", False),  # a sentence
])
def test_a_credit_on_its_own_line(line, expected):
    assert _credit_line(line) is expected


def test_a_describing_line_above_a_credit_is_a_caption():
    out = clean_lines(
        "Border guards of Tarland closed the crossing at dawn on Tuesday, officials said, and traffic stopped.",
        "People wave as soldiers prepare to cross the river into Tarland",
        "Image: Harbour Images/J. Roe",
        "The closure followed weeks of talks between the two governments over the disputed river crossing.",
    )
    body = paragraphs(out)
    assert "People wave as soldiers prepare to cross the river into Tarland" not in body
    assert "Image: Harbour Images/J. Roe" not in body
    assert step_reasons(out)["People wave as soldiers prepare to cross the river into Tarland"] == "photo caption"
    assert len(body) == 2


def test_a_caption_in_two_parts_inside_the_story():
    out = clean_lines(
        "Tarland and Lunia agreed on Friday to restore diplomatic relations after years of tension, officials said.",
        "Students shout slogans during a rally outside the embassy in Port Lune",
        "Lunia cut ties with Tarland in 2019 after students stormed its embassy in Port Lune.",
        "Jane Roe / AFP via Getty Images file",
        "The agreement was sealed during talks in Geneva that lasted four days, the two ministers said.",
    )
    body = paragraphs(out)
    assert body == [
        "Tarland and Lunia agreed on Friday to restore diplomatic relations after years of tension, officials said.",
        "The agreement was sealed during talks in Geneva that lasted four days, the two ministers said."]


def test_an_unended_line_under_the_headline_above_a_caption_stays():
    # above the lead, an unended line over a caption is as often a standfirst (precision: it stays)
    out = clean_lines(
        "Lunia warns of more sanctions if Tarland keeps its troops at the border",
        "The president of Tarland addresses parliament in Port Lune, March 3, 2025.",
        "Jane Roe/Harbour Images",
        "The president of Tarland on Tuesday rejected the demands of Lunia and said his troops would stay.",
    )
    assert "Lunia warns of more sanctions if Tarland keeps its troops at the border" in paragraphs(out)


def test_a_describing_line_printed_twice_is_a_caption():
    out = clean_lines(
        "Tarland detains government critic",  # the page's headline above the picture
        "Opposition leader Jane Roe arrives in Port Lune",
        "Opposition leader Jane Roe arrives in Port Lune",
        "PORT LUNE (Harbour Press) - Police detained a critic of the government at the airport on Sunday, "
        "minutes after her plane landed, her lawyer said.",
        title="Tarland detains government critic",
    )
    body = paragraphs(out)
    assert "Opposition leader Jane Roe arrives in Port Lune" not in body
    assert len(body) == 1


def test_a_line_said_twice_that_tells_stays_once():
    # a line that reports (an auxiliary) is no caption, whatever its repetition
    out = clean_lines(
        "Police have detained the opposition leader in Port Lune",
        "Police have detained the opposition leader in Port Lune",
        "The opposition leader was detained at the airport on Sunday, minutes after her plane landed, her lawyer "
        "said.",
        title="Tarland detains opposition leader",
    )
    assert paragraphs(out).count("Police have detained the opposition leader in Port Lune") == 1


def test_a_link_label_glued_to_its_headline():
    out = clean_lines(
        "Tarland launched a military operation across the border on Wednesday, the defence ministry said.",
        "Read moreExplained: Why Tarland wants a military assault on the rebels",
        "The operation was condemned by Lunia, whose foreign minister called it a violation of the truce.",
    )
    assert len(paragraphs(out)) == 2
    assert step_reasons(out)["Read moreExplained: Why Tarland wants a military assault on the rebels"].startswith(
        "related-article link")


def test_a_word_that_only_starts_like_a_label_stays():
    out = clean_lines(
        "Tarland launched a military operation across the border on Wednesday, the defence ministry said.",
        "Relatedness of the two cases was raised by the prosecutor in a court in Port Lune on Monday.",
    )
    assert len(paragraphs(out)) == 2


# -- no event ----------------------------------------------------------------------------------------------

def test_a_return_is_no_visit(nlp):
    # the destination of a return is where the traveller came from (here home), not a host
    assert not [e for e in _events(nlp, "Mr Roe, the opposition leader, returned to Venezuela on Sunday to face trial.")
                if e.type == "CONSULT" and e.confidence >= 0.55]
    # a trip stage to a destination stays a visit
    assert any(e.type == "CONSULT" for e in _events(nlp, "The foreign minister of Tarland arrived in Lunia on Sunday."))


@pytest.mark.parametrize("text,word", [
    ('The minister said Tarland "could not ignore the pleas of its people.', "ignore"),
    ("The government can't ignore the demands of the striking miners.", "ignore"),
])
def test_cannot_ignore_is_no_rejection(nlp, text, word):
    events = _events(nlp, text)
    assert not [e for e in events if e.trigger == word]
    assert not [e for e in events if e.type == "REQUEST"]  # the object was governed by no event, and stays so


def test_ignored_is_a_rejection(nlp):
    assert _event(nlp, "The government ignored the demands of the striking miners.", "ignored").type == "REJECT"


# -- mode --------------------------------------------------------------------------------------------------

def test_an_act_inside_a_threat_noun_is_not_done(nlp):
    e = _event(nlp, "The opposition leader flew home to defy the government's threats to jail him.", "jail")
    assert e.mode == "hypothetical"


def test_an_infinitive_carried_by_a_reported_would_is_planned(nlp):
    e = _event(nlp, "The prison service said it would do everything to arrest him once he returned.", "arrest")
    assert e.mode == "planned"


def test_a_purpose_of_a_done_act_stays_asserted(nlp):
    e = _event(nlp, "Police raided the house on Monday to arrest the suspects.", "arrest")
    assert e.mode == "asserted"


# -- background --------------------------------------------------------------------------------------------

def test_what_an_earlier_statement_said_is_recalled(nlp):
    text = LEAD + (" Last month, the prison service had issued a statement saying that the critic will be arrested"
                   " when he returns from Lunia.")
    assert _event(nlp, text, "arrested").background is True


def test_what_a_statement_of_the_day_said_is_not_recalled_by_this_rule(nlp):
    text = LEAD + (" On Friday, the prison service issued a statement saying that the critic will be arrested"
                   " when he returns from Lunia.")
    assert _event(nlp, text, "arrested", "2025-03-08").background is False


def test_what_followed_an_earlier_year_is_recalled(nlp):
    text = LEAD + " Mass protests against his rule erupted after a presidential election last year."
    assert _event(nlp, text, "protests").background is True


@pytest.mark.parametrize("tail,trigger", [
    (" Protesters marched through the capital after the vote last week.", "marched"),  # a week: may be the news
    (" Protesters marched through the capital on Sunday after the disputed vote last year.", "marched"),  # own day
])
def test_what_followed_a_recent_event_or_has_its_own_day_is_not_recalled(nlp, tail, trigger):
    assert _event(nlp, LEAD + tail, trigger).background is False


def test_the_lead_told_after_an_earlier_year_stays_news(nlp):
    text = ("Mass protests against the president erupted in Port Lune after a disputed election last year, "
            "and thousands marched to the palace. Police fired tear gas at the crowd near the palace gates.")
    assert _event(nlp, text, "protests").background is False


def test_what_came_before_a_recalled_event_is_recalled(nlp):
    text = LEAD + (" Lunia broke off ties with Tarland in 2016 after students stormed its embassy and set fire"
                   " to the consulate.")
    assert _event(nlp, text, "stormed").background is True
    assert _event(nlp, text, "set").background is True


@pytest.mark.parametrize("tail,expected", [
    (" The prison service said last week that the critic would be arrested when he returns from Lunia.", True),
    (" The prison service said on Friday that the critic would be arrested when he returns from Lunia.", False),
])
def test_words_of_last_week_are_recalled_with_their_content(nlp, tail, expected):
    assert _event(nlp, LEAD + tail, "arrested", "2025-03-08").background is expected


def test_a_section_date_and_headline_run_together_is_a_link():
    out = clean_lines(
        "Tarland launched a military operation across the border on Wednesday, the defence ministry said.",
        "Has also recently published",
        "BusinessMarch 26, 2025Harbour Bank raises rates as inflation climbs in Tarland",
        "Defence/SecurityMarch 25, 2025Recruitment: minister urges harmony between army and police",
    )
    assert paragraphs(out)[0].startswith("Tarland launched")
    assert not [p for p in paragraphs(out) if "2025" in p]


def test_a_date_in_a_sentence_is_no_link():
    out = clean_lines(
        "Tarland launched a military operation across the border on Wednesday, the defence ministry said.",
        "The truce signed on March 26, 2025 in Geneva was broken within days, officials in Port Lune said.",
    )
    assert len(paragraphs(out)) == 2
