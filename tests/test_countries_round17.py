"""Countries, round 17 (issue 17 item 3): a country only from evidence about the entity. A common word
inside a body's name is no place ("Unity", "Line"); "the West African country" describes a country the
article names, it is not the state the adjective also names."""

from __future__ import annotations

from dossier.records import Article
from dossier.resolve import Resolver, load_kb
from dossier.resolve.context import common_word, name_country


def resolved(nlp, text: str, aid: str = "c17"):
    from dossier.nlp import analyse

    return Resolver(load_kb()).resolve(analyse(Article(aid, "test", text, published="2024-05-02"), nlp))


def test_a_common_word_in_a_name_places_nothing():
    kb = load_kb()
    assert common_word("unity") and common_word("line") and not common_word("texas")
    assert name_country("National Unity Government", kb) is None  # not South Sudan's Unity state
    assert name_country("Blue Line", kb) is None  # not the Line Islands
    assert name_country("Texas Department of Public Safety", kb).country == "USA"
    assert name_country("Hawaii Emergency Management Agency", kb).country == "USA"


def test_a_region_adjective_describing_a_country_is_not_that_state(nlp):
    an = resolved(nlp, "N'DJAMENA: France handed its last base in Chad to the army on Friday, withdrawing its "
                       "troops from the Central African country, officials said.")
    assert not [m for m in an.mentions if m.text.startswith("Central African") and m.country == "CAF"]
    assert any(m.country == "TCD" for m in an.mentions if m.text == "Chad")
