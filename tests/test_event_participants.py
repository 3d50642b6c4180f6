"""Who did it to whom on sentences written for these tests (issue 16: actors and recipients)."""

from __future__ import annotations

from dossier.nlp import analyse
from dossier.records import Article
from dossier.resolve import Resolver


def _events(nlp, text, published="2024-08-01"):
    art = Article(id="t", source="test", text=text, published=published)
    return Resolver().resolve(analyse(art, nlp)).events


def _texts(refs):
    return [r.text for r in refs]


def _countries(refs):
    return {r.country for r in refs if r.country}


def test_a_trip_to_a_border_site_visits_nobody(nlp):
    # a site whose name holds countries ("the Iran-Armenia border") was read as a place with no mention of its own
    evs = _events(nlp, "The president had been visiting the Iran-Armenia border when the storm began.")
    trip = [e for e in evs if e.trigger == "visiting"]
    assert trip and not trip[0].recipients
