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


class DocClusterer:
    """Greedy TF-IDF centroid clustering with specific-token weighting and refinement passes."""

    def __init__(self, threshold: float = 0.2, specific_weight: float = 1.0, refine: int = 3) -> None:
        self.threshold = threshold
        self.specific_weight = specific_weight
        self.refine = refine

    def vectors(self, texts: list[str]) -> np.ndarray:
        from sklearn.feature_extraction.text import TfidfVectorizer

        X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts).toarray()
        if self.specific_weight:
            spec = [" ".join(specific_tokens(t)) for t in texts]
            if any(spec):
                S = TfidfVectorizer(sublinear_tf=True, lowercase=False, token_pattern=r"\S+").fit_transform(spec)
                X = np.hstack([X, self.specific_weight * S.toarray()])
        n = np.linalg.norm(X, axis=1, keepdims=True)
        return X / np.where(n > 0, n, 1.0)

    def fit_predict(self, texts: list[str]) -> list[int]:
        if not texts:
            return []
        X = self.vectors(texts)
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
