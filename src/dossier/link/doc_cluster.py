"""Clustering plain documents into stories by their text alone: the text part of story linking.

Used by ``dossier eval coref`` on ECB+ documents, which carry no dates or
resolved actors. ECB+ groups its documents in topics that each hold two
stories of the same kind (two different earthquakes, two different Oscar
ceremonies): the common words of the two stories are the same, and what tells
them apart are the specific details -- names, places, numbers and years.

Each document is therefore described by two TF-IDF vectors, joined and
re-normalised:

* its words (sublinear term frequency, English stop words removed), and
* its *specific* tokens, weighted by ``specific_weight``: capitalised words
  that do not open a sentence (names of people, places, organisations) and
  tokens holding a digit (years, dates, tolls, scores).

When the optional sentence-embedding model is installed (:mod:`dossier.nlp.embed`),
each document's unit embedding of its lead is joined as a third block so that
the cosine of two documents is ``(1 - embed_weight)`` times their TF-IDF
cosine plus ``embed_weight`` times their embedding cosine; without it the
TF-IDF vectors are used alone.

Documents are then grouped in a single greedy pass (each joins the most
similar cluster centroid when the cosine reaches ``threshold``, else opens a
new cluster), followed by ``refine`` passes that move every document to its
most similar centroid (k-means steps with the number of clusters fixed by the
greedy pass), which repairs the order-dependence of the single pass.

It is hand-written rather than a library clusterer because the number of
stories is unknown (no k to give k-means) and the greedy pass is how the
story linker groups articles as they arrive. The threshold and the weight of
the specific tokens were chosen on the ECB+ train split only (see
``dossier.eval.coref``).
"""

from __future__ import annotations

import numpy as np

# tokens after which a capitalised word is a sentence opening, not a name
_OPENERS = {".", "!", "?", ":", '"', "|", "“", "”", "'"}


def specific_tokens(text: str) -> list[str]:
    """Capitalised words that do not open a sentence, and tokens holding a digit.

    Tokens are split on whitespace (ECB+ text is pre-tokenised, punctuation stands apart).
    """
    out: list[str] = []
    prev = "."
    for t in text.split():
        if len(t) >= 2 and any(c.isdigit() for c in t):
            out.append("n_" + t.lower())
        elif t[:1].isupper() and t.isalpha() and prev not in _OPENERS:
            out.append("c_" + t.lower())
        prev = t
    return out


# settings with the sentence embedding joined: the best of a grid on ECB+ train by document B-cubed;
# `dossier eval coref --embeddings` only (see dossier.eval.coref.doc_clusters for why not by default)
EMBEDDED = {"threshold": 0.35, "embed_weight": 0.2}


class DocClusterer:
    """Greedy TF-IDF centroid clustering with specific-token weighting and refinement passes."""

    def __init__(self, threshold: float = 0.2, specific_weight: float = 1.0, refine: int = 3,
                 embed_weight: float = 0.0) -> None:
        self.threshold = threshold
        self.specific_weight = specific_weight
        self.refine = refine
        self.embed_weight = embed_weight

    def vectors(self, texts: list[str], embeddings: np.ndarray | list | None = None) -> np.ndarray:
        """Unit rows; with ``embeddings`` (unit sentence vectors) and ``embed_weight`` w, the cosine
        of two rows is (1 - w) * TF-IDF cosine + w * embedding cosine."""
        X = self._tfidf(texts)
        if embeddings is None or not self.embed_weight:
            return X
        E = np.asarray(embeddings, dtype=float)
        E = E / np.maximum(np.linalg.norm(E, axis=1, keepdims=True), 1e-12)
        return np.hstack([np.sqrt(1 - self.embed_weight) * X, np.sqrt(self.embed_weight) * E])

    def _tfidf(self, texts: list[str]) -> np.ndarray:
        from sklearn.feature_extraction.text import TfidfVectorizer

        X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts).toarray()
        if self.specific_weight:
            spec = [" ".join(specific_tokens(t)) for t in texts]
            if any(spec):
                S = TfidfVectorizer(sublinear_tf=True, lowercase=False, token_pattern=r"\S+").fit_transform(spec)
                X = np.hstack([X, self.specific_weight * S.toarray()])
        n = np.linalg.norm(X, axis=1, keepdims=True)
        return X / np.where(n > 0, n, 1.0)

    def fit_predict(self, texts: list[str], embeddings: np.ndarray | list | None = None) -> list[int]:
        if not texts:
            return []
        X = self.vectors(texts, embeddings)
        sums = np.zeros((0, X.shape[1]))
        labels: list[int] = []
        for x in X:
            if len(sums):
                norms = np.linalg.norm(sums, axis=1)
                sim = sums @ x / np.where(norms > 0, norms, 1.0)
                best = int(sim.argmax())
                if sim[best] >= self.threshold:
                    sums[best] += x
                    labels.append(best)
                    continue
            sums = np.vstack([sums, x])
            labels.append(len(sums) - 1)
        lab = np.asarray(labels)
        for _ in range(self.refine):
            ids = np.unique(lab)
            cent = np.array([X[lab == k].sum(axis=0) for k in ids])
            cent /= np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-12)
            new = ids[(X @ cent.T).argmax(axis=1)]
            if (new == lab).all():
                break
            lab = new
        # number clusters by first appearance
        first: dict[int, int] = {}
        return [first.setdefault(int(k), len(first)) for k in lab]
