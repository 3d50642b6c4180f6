"""The newsroom's own asking is not an event of the news (GUIDELINES: never the one who reports it): a reporter or
an outlet asking a party for comment, or the party not answering a request for comment. A request of the news
with no such phrase stays. Sentences written for these tests."""

from __future__ import annotations

from dossier.nlp.analyse import analyse
from dossier.records import Article


def _types(nlp, text: str) -> list[tuple[str, str]]:
    art = Article(id="ng", source="test", text=text, title="", outlet="The Harbour Times", url=None,
                  published="2024-03-05")
    return [(e.type, e.trigger) for e in analyse(art, nlp).events]


def test_asking_a_party_for_comment_is_no_request(nlp):
    text = ("Valdoria's navy seized two fishing boats near the disputed reef on Monday, the coastguard said. "
            "The Harbour Times has asked Valdoria's embassy in London for comment.")
    assert not any(t == "REQUEST" for t, _ in _types(nlp, text))


def test_not_answering_a_request_for_comment_is_no_event(nlp):
    text = ("Valdoria's navy seized two fishing boats near the disputed reef on Monday. The Valdorian defence "
            "ministry did not respond to a request for comment.")
    assert not any(tr in ("respond", "request") for _, tr in _types(nlp, text))


def test_a_request_of_the_news_stays(nlp):
    text = ("The foreign minister of Ostria on Monday asked Valdoria to release the two fishing boats its navy "
            "seized near the disputed reef.")
    assert any(t == "REQUEST" for t, _ in _types(nlp, text))
