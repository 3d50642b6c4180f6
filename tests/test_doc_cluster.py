"""The document clusterer of ``dossier eval coref`` on hand-written toy documents."""

from __future__ import annotations

from dossier.link.doc_cluster import DocClusterer, specific_tokens

# two stories of the same kind (earthquakes) that differ in their specific details, and an unrelated one
QUAKE_A = [
    "A strong earthquake struck near Valdoria on Monday , killing 12 people in 2009 .",
    "Rescuers in Valdoria searched for survivors after the earthquake killed 12 people .",
    "The Valdoria earthquake of 2009 destroyed homes , officials in Marlen said .",
]
QUAKE_B = [
    "An earthquake hit the coast of Tessaly on Friday , killing 40 people in 2014 .",
    "Survivors in Tessaly described the earthquake that killed 40 people near Orvik .",
    "Officials in Orvik said the 2014 earthquake in Tessaly destroyed homes .",
]
OTHER = [
    "The Harbour Lions won the league final 3 - 1 on Sunday after a late goal by Ruiz .",
    "Ruiz scored twice as the Harbour Lions beat the Stags to win the final .",
]


def _groups(labels: list[int], n_a: int, n_b: int) -> tuple[set, set, set]:
    return set(labels[:n_a]), set(labels[n_a:n_a + n_b]), set(labels[n_a + n_b:])


def test_specific_tokens_keep_names_and_numbers_not_sentence_openers():
    toks = specific_tokens("The quake hit Valdoria in 2009 . Rescuers came from Marlen .")
    assert toks == ["c_valdoria", "n_2009", "c_marlen"]


def test_same_kind_stories_are_told_apart_by_specific_details():
    texts = QUAKE_A + QUAKE_B + OTHER
    a, b, o = _groups(DocClusterer().fit_predict(texts), len(QUAKE_A), len(QUAKE_B))
    assert len(a) == 1 and len(b) == 1 and len(o) == 1
    assert a != b and not (a | b) & o


def test_interleaved_order_gives_the_same_grouping():
    texts = [QUAKE_A[0], QUAKE_B[0], OTHER[0], QUAKE_A[1], QUAKE_B[1], OTHER[1], QUAKE_A[2], QUAKE_B[2]]
    lab = DocClusterer().fit_predict(texts)
    assert lab[0] == lab[3] == lab[6] and lab[1] == lab[4] == lab[7] and lab[2] == lab[5]
    assert len({lab[0], lab[1], lab[2]}) == 3


def test_labels_are_numbered_by_first_appearance_and_empty_input():
    assert DocClusterer().fit_predict([]) == []
    lab = DocClusterer().fit_predict(QUAKE_B + OTHER)
    assert lab[0] == 0 and max(lab) + 1 == len(set(lab))


def test_specific_tokens_widen_the_gap_between_same_kind_stories():
    texts = QUAKE_A + QUAKE_B

    def gap(weight: float) -> float:
        X = DocClusterer(specific_weight=weight).vectors(texts)
        sim = X @ X.T
        n = len(QUAKE_A)
        within = (sim[:n, :n].sum() - n) / (n * n - n)
        across = sim[:n, n:].mean()
        return within - across

    assert gap(1.0) > gap(0.0) > 0
