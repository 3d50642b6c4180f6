"""Private people a place describes keep its country; members of a body the knowledge base does not know still
take the story's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import resolved, trigger_refs


refs = trigger_refs


def test_a_city_s_man_is_of_the_city_s_country_not_the_state(nlp):
    an = resolved(nlp, "A Lisbon woman has been charged with fraud after the audit.", published="2024-03-05")[0]
    (who,) = refs(an, "charged")
    assert who.actor_id is None and who.country == "PRT" and who.sector == "CVL"


STORY = ("Police in Dayton, Ohio, said a gunman opened fire at a bus stop on Tuesday. Ohio officials said the US "
         "attorney would review the case. Americans in Ohio mourned the victims. ")


@pytest.mark.parametrize("tail", ["Thomas Harlan, the chairman of Brightwater Holdings, said he backed the police chief.",
                                  "Brightwater Holdings chairman Thomas Harlan said he backed the police chief."])
def test_a_leader_of_a_body_unknown_to_the_kb_takes_the_story_s_country(nlp, tail):
    # a company the knowledge base does not know is of a country not yet found, not of none (al Qaeda's
    # leader, a body known to be of no one country, keeps none: tests/test_actors17.py)
    an = resolved(nlp, STORY + tail, published="2024-03-05")[0]
    (who,) = refs(an, "backed", "actors")
    assert who.name == "Thomas Harlan" and who.country == "USA"
