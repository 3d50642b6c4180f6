"""A participant phrase filtered down to no words finds no mentions instead of failing the article (a leader noun
that is itself the object of "between" crashed the analysis of a real report, which ingest then skipped)."""

from __future__ import annotations

from dossier.nlp.event_args import Participants
from dossier.records import Mention


def test_no_words_no_mentions(nlp):
    doc = nlp("Talks between the two leaders ended on Friday.")
    parts = Participants(doc, [Mention("t", 0, 5, "Talks", "ORG")])
    assert parts._mentions_in([]) == []

