"""Thirty-sixth session: a description that repeats what the article said with a nationality is of that country;
police, courts and crowds are of the country the sentence sets their act in, not of the one the article names most.
Every sentence here is written for the test."""

from __future__ import annotations

from conftest import analysed_events

# a story that names India more often than Pakistan, set in Pakistan
SPY_TRIAL = ("Borvian court sentences Indian national\n\n"
             "ISLAMABAD - A Pakistani military court on Monday sentenced an Indian national to death for espionage, "
             "the army said. India rejected the verdict, and India's foreign ministry said India would appeal. ")


def _doer(nlp, text: str, trigger: str, published: str = "2017-04-11"):
    e = next(e for e in analysed_events(nlp, text, published) if e.trigger == trigger)
    return [(a.text, a.country) for a in e.actors]


def test_a_description_repeated_from_a_nationality_phrase_is_of_that_country(nlp):
    text = SPY_TRIAL + "The military court found him guilty of spying for India's intelligence agency."
    assert _doer(nlp, text, "found") == [("The military court", "PAK")]


def test_two_nationalities_said_of_the_same_words_settle_nothing_by_this_rule(nlp):
    from conftest import resolved

    from dossier.nlp.event_args import _nationality_said_before

    text = SPY_TRIAL + "Indian police and Pakistani police met. The police arrested two men."
    an, _ = resolved(nlp, text, published="2017-04-11")
    ev = next(e for e in an.events if e.trigger == "arrested")
    ref = ev.actors[0]
    assert ref.text == "The police"
    assert _nationality_said_before(an, ref, text) is None


def test_police_are_of_the_country_the_sentence_sets_their_act_in(nlp):
    text = SPY_TRIAL + "Elsewhere, police detained four protesters outside the court in Rawalpindi."
    assert _doer(nlp, text, "detained") == [("police", "PAK")]


def test_police_in_the_country_the_article_names_most_keep_it(nlp):
    text = SPY_TRIAL + "In New Delhi, police detained four protesters outside the Pakistani mission."
    assert _doer(nlp, text, "detained")[0][1] in ("IND", None)


def test_a_police_unit_is_police_and_so_are_its_men_named_again(nlp):
    text = ("Raid in Mindanao\n\nMANILA - Philippine police commandos raided a village in Mindanao on Sunday, "
            "officials said. The commandos killed a bomb maker, the police chief said. ")
    assert [(a.text, a.country, a.sector) for a in next(
        e for e in analysed_events(nlp, text, "2015-01-26") if e.trigger == "killed").actors] == \
        [("The commandos", "PHL", "POL")]
    e = next(e for e in analysed_events(nlp, "Police commandos stormed the hideout of the rebels.", "2015-01-26")
             if e.trigger == "stormed")
    assert [a.sector for a in e.actors] == ["POL"]


# ---- a text escaped twice ----

def test_a_text_whose_line_breaks_came_escaped_is_cleaned_as_paragraphs():
    from dossier.ingest.clean import clean_text

    text = ("Borvia pledges aid for the new port\\n\\nThe Borvian president pledged $40 million for the port of "
            "Aland on Sunday, saying every neighbour was welcome to take part.\\n\\nVisiting the port - Aland News "
            "(@AlandNews) May 14, 2017\\n\\n\\u201cWe build together,\\u201d he told the opening of the summit.")
    body = clean_text(text).body
    assert "pledged $40 million" in body and "We build together" in body and "\u201c" in body
    assert "\\n" not in body


def test_one_escaped_break_or_a_text_with_line_breaks_of_its_own_is_left_as_it_came():
    from dossier.ingest.clean import unescape_line_breaks

    assert unescape_line_breaks("Files sit in C:\\new\\folder on the server.") == \
        "Files sit in C:\\new\\folder on the server."
    assert unescape_line_breaks("Line one.\nA path C:\\new\\next here.") == "Line one.\nA path C:\\new\\next here."
