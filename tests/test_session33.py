"""Thirty-third session: a named site an attack is aimed at is its target, and a discovered actor's country from
its article (the learned choice of ``resolve/country_model.py``)."""

from __future__ import annotations

from conftest import event_with_trigger, resolved


def _recipients(e):
    return [(r.text, r.country) for r in e.recipients]


def test_a_named_site_attacked_is_the_target(nlp):
    e = event_with_trigger(nlp, "Gunmen attacked the Hayat Hotel in Mogadishu on Friday night, police said.",
                           "attacked")
    assert _recipients(e) == [("Hayat Hotel", "SOM")] or _recipients(e) == [("the Hayat Hotel", "SOM")]


def test_a_site_that_is_only_where_is_no_target(nlp):
    e = event_with_trigger(nlp, "Gunmen attacked guests at the Hayat Hotel in Mogadishu on Friday night.",
                           "attacked")
    assert all("Hotel" not in r.text for r in e.recipients)


def test_a_site_of_the_doers_own_country_is_not_taken(nlp):
    e = event_with_trigger(nlp, "Somali forces attacked the Hayat Hotel in Mogadishu on Friday to end the siege.",
                           "attacked")
    assert all("Hotel" not in r.text for r in e.recipients)


def test_the_gold_country_is_read_from_one_code_in_the_note():
    from dossier.resolve.country_model_train import _gold

    codes = {"PRK", "USA", "HKG"}
    assert _gold({"verdict_country": "empty_but_given", "country": None,
                  "note": "North Korean foreign minister; country PRK left empty."}, codes) == (True, "PRK")
    # a sector code is no country; two countries are no one answer
    assert _gold({"verdict_country": "empty_but_given", "country": None,
                  "note": "US Defense Secretary left without USA and GOV."}, codes) == (True, "USA")
    assert _gold({"verdict_country": "empty_but_given", "country": None,
                  "note": "either PRK or USA"}, codes) == (False, None)
    assert _gold({"verdict_country": "n/a", "country": None, "note": "an IGO official"}, codes) == (True, None)
    assert _gold({"verdict_country": "ok", "country": "HKG", "note": ""}, codes) == (True, "HKG")
    assert _gold({"verdict_country": "wrong", "country": "USA", "note": "should be HKG"}, codes) == (False, None)


def test_the_country_models_candidates_read_the_article_around_the_actor(nlp):
    from dossier.resolve import country_model

    text = ("SEOUL - South Korea's foreign ministry said on Monday it would protest. Spokesperson Lim Soo-suk told "
            "reporters that Seoul would summon the Japanese ambassador. Lim said the talks with Japan had stalled.")
    from dossier.resolve import Resolver, load_kb

    r = Resolver(load_kb())
    r.country_trace = []
    resolved(nlp, text, resolver=r, published="2023-03-06")
    rows = [row for row in r.country_trace if "Lim" in row["name"]]
    assert rows  # no rule places a spokesperson of a ministry named a sentence before
    for row in rows:  # South Korea leads the candidates: the dateline's, the lead's, the most named
        cands = row["candidates"]
        assert "KOR" in cands and cands["KOR"]["share_any"] >= max(f["share_any"] for f in cands.values())


def _mention_texts(nlp, text):
    from dossier.nlp import analyse
    from dossier.records import Article

    return [m.text for m in analyse(Article("t", "test", text, published="2024-03-05"), nlp).mentions]


def test_a_writers_biography_names_no_actor(nlp):
    texts = _mention_texts(nlp, "Iran said on Monday it had detained a French tourist near the border.\n"
                                "Jane Roe is an editor and reporter for Daily Planet News. Follow her on X.")
    assert "Iran" in texts and "Jane Roe" not in texts


def test_every_line_under_about_the_author_is_furniture(nlp):
    texts = _mention_texts(nlp, "The UN Security Council adopted new sanctions on Ruritania on Wednesday.\n"
                                "About the Author\nJohn Doe\nJohn Doe is an Associate Fellow at the Zenda "
                                "Institute who formerly worked on Ruritania.")
    assert "UN Security Council" in texts and "John Doe" not in texts


def test_news_of_a_writer_is_no_biography(nlp):
    texts = _mention_texts(nlp, "Ivan Petrov is a reporter for the Zenda Gazette who was detained in Strelsau "
                                "in March.")
    assert "Ivan Petrov" in texts


def test_a_journalist_the_story_is_about_is_no_biography(nlp):
    texts = _mention_texts(nlp, "Turkey said on Monday the Zendan consulate must answer for Jan Kowal.\n"
                                "Jan Kowal was a Zendan journalist and columnist for the Strelsau Times.")
    assert texts.count("Jan Kowal") == 2
