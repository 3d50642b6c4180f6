"""host19: a visit's destination gives way to a person only when the sentence says that person received,
hosted, welcomed or met the visitor; a source or a speaker is never the host (sentences written for these
tests)."""

from __future__ import annotations

from conftest import analysed_events, ref_texts


def _event(nlp, text, trigger):
    return next(e for e in analysed_events(nlp, text, "2024-08-01") if e.trigger == trigger)


def test_a_source_is_not_the_host(nlp):
    ev = _event(nlp, "Former prime minister Imran Khan travelled to Islamabad on Sunday, according to senior "
                     "party leader Asad Umar.", "travelled")
    assert "Asad Umar" not in ref_texts(ev.recipients)


def test_a_speaker_is_not_the_host(nlp):
    ev = _event(nlp, "German Chancellor Olaf Scholz arrived in Paris on Monday, French minister Jean Dupont "
                     "told reporters.", "arrived")
    assert "Jean Dupont" not in ref_texts(ev.recipients)


def test_who_met_the_visitor_is_the_host(nlp):
    ev = _event(nlp, "German Chancellor Olaf Scholz arrived in Paris, where he met French President Emmanuel "
                     "Macron.", "arrived")
    assert ref_texts(ev.recipients) == ["Emmanuel Macron"]


def test_who_welcomed_the_visitor_is_the_host(nlp):
    ev = _event(nlp, "German Chancellor Olaf Scholz arrived in Paris, where French President Emmanuel Macron "
                     "welcomed him at the Elysee.", "arrived")
    assert ref_texts(ev.recipients) == ["Emmanuel Macron"]


def test_a_speaker_after_another_meeting_is_not_the_host(nlp):
    ev = _event(nlp, "German Chancellor Olaf Scholz arrived in Paris and met students before French minister "
                     "Jean Dupont spoke to reporters.", "arrived")
    assert "Jean Dupont" not in ref_texts(ev.recipients)
