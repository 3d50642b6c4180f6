"""Sentence embeddings in story linking: the blend (no model needed) and the model itself (when installed)."""

from __future__ import annotations

import math

import pytest

from dossier.link.doc_cluster import DocClusterer
from dossier.link.stories import embedding_cosine, norm, score
from dossier.records import LinkFeatures, StoryProfile


def _unit(v: list[float]) -> list[float]:
    n = math.sqrt(sum(x * x for x in v))
    return [x / n for x in v]


def _feats(embedding: list[float] | None) -> LinkFeatures:
    terms = {"grain": 1.0, "talks": 1.0}
    return LinkFeatures(article_id="a", terms=terms, actors={}, focus=["RUS"], events=[], date="2024-01-02",
                        day=None, embedding=embedding, terms_norm=norm(terms), actors_norm=0.0, keys=[])


def _profile(emb: list[float] | None) -> StoryProfile:
    terms = {"grain": 1.0, "shipments": 1.0}
    return StoryProfile(terms=terms, focus=["RUS"], first="2024-01-02", last="2024-01-02", emb=emb,
                        terms_norm=norm(terms))


def test_embedding_cosine_reads_an_unnormalised_centroid():
    a = _unit([1.0, 0.0, 0.0])
    assert embedding_cosine(a, [3.0, 0.0, 0.0]) == pytest.approx(1.0)
    assert embedding_cosine(a, [0.0, 2.0, 0.0]) == pytest.approx(0.0)
    assert embedding_cosine(a, None) is None and embedding_cosine(None, a) is None
    assert embedding_cosine(a, [1.0, 0.0]) is None  # vectors of another model: ignored, not a crash


def test_score_without_embeddings_is_the_tfidf_score():
    assert score(_feats(None), _profile([1.0, 0.0])) == score(_feats(None), _profile(None))
    assert score(_feats([1.0, 0.0]), _profile(None)) == score(_feats(None), _profile(None))


def test_embedding_similarity_moves_the_score_both_ways():
    base = score(_feats(None), _profile(None))
    same = score(_feats(_unit([1.0, 0.1])), _profile([2.0, 0.2]))
    unrelated = score(_feats(_unit([1.0, 0.0])), _profile([0.0, 5.0]))
    assert same > base > unrelated


def test_doc_clusterer_joins_documents_that_share_meaning_but_no_words():
    texts = ["Ministers signed a grain accord in Ankara", "Officials agreed wheat deal at Turkish capital",
             "Floods closed schools across Bavaria"]
    emb = [_unit([1.0, 0.05, 0.0]), _unit([1.0, 0.0, 0.05]), _unit([0.0, 0.0, 1.0])]
    plain = DocClusterer(threshold=0.5).fit_predict(texts)
    assert len(set(plain)) == 3
    blended = DocClusterer(threshold=0.5, embed_weight=0.8).fit_predict(texts, emb)
    assert blended[0] == blended[1] != blended[2]
    # the weight alone does nothing without vectors: the fallback is plain TF-IDF
    assert DocClusterer(threshold=0.5, embed_weight=0.8).fit_predict(texts) == plain


def test_linker_keeps_the_sum_of_its_articles_embeddings(tmp_path):
    from dossier.link.linker import Linker
    from dossier.records import Analysis, Article, Mention
    from dossier.store import open_store

    store = open_store(str(tmp_path / "e.duckdb"))
    text = "Chile and Peru signed a fishing accord in Lima on Tuesday, officials said."
    ans = []
    for i, v in enumerate(([0.6, 0.8], [0.8, 0.6])):
        art = Article(id=f"e{i}", source=f"t:e{i}", text=text, title="Chile and Peru sign fishing accord",
                      outlet=f"Outlet {i}", published="2024-05-01", format="jsonl", content_hash=f"h{i}")
        # the two countries in the headline make the two reports one story whatever the embedding adds
        names = [Mention(art.id, text.index(c), text.index(c) + len(c), c, "GPE", actor_id=code, country=code)
                 for c, code in (("Chile", "CHL"), ("Peru", "PER"))]
        ans.append(Analysis(article=art, mentions=names, embedding=v))
    with store.transaction():
        store.write_analyses(ans)
        Linker(store).update(ans)
    stories = store.list_stories()
    assert len(stories) == 1
    prof = store.get_profiles([stories[0].id])[stories[0].id]
    assert prof.emb == pytest.approx([1.4, 1.4])
    store.close()


def test_embeddings_off_loads_nothing(monkeypatch):
    from dossier.nlp import embed

    monkeypatch.setenv(embed.ENV, "off")
    assert embed.model() is None and embed.embed(["anything"]) is None


@pytest.fixture(scope="module")
def model():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip(__import__("dossier.nlp.embed", fromlist=["x"]).MODEL_PACKAGE)
    from dossier.nlp import embed

    if embed.setting() == "off":
        pytest.skip("DOSSIER_EMBEDDINGS=off")
    return embed


def test_installed_model_embeds_paraphrases_closer_than_unrelated_news(model):
    vecs = model.embed([
        "The North Korean minister flew to Tehran for talks on trade.",
        "A delegation from Pyongyang arrived in Iran to discuss commerce.",
        "Heavy rain flooded villages in southern Germany on Monday.",
    ])
    assert len(vecs) == 3 and all(len(v) == 384 for v in vecs)
    assert all(abs(sum(x * x for x in v) - 1.0) < 1e-2 for v in vecs)
    para, unrelated = embedding_cosine(vecs[0], vecs[1]), embedding_cosine(vecs[0], vecs[2])
    assert para > unrelated + 0.2


def test_worker_attaches_embeddings_when_installed(model):
    from dossier.ingest import RawDocument
    from dossier.scale.work import ArticleWorker

    raw = RawDocument(source="t:1", format="text",
                      body="Chile and Peru sign fishing accord\n\n"
                           "Chile and Peru signed a fishing accord in Lima on Tuesday, officials said.")
    [an] = ArticleWorker()([raw])
    assert an.embedding is not None and len(an.embedding) == 384
