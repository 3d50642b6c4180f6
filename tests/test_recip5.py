"""recip5: who an act is done to -- the noun a past participle describes ("a journalist also jailed in
Russia"), whom "an apology from X" is asked of, a place named only by its kind that is fled or left, and the
post of a title ("the ambassador to Turkey") that is no one acted upon. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import analysed_events, event_with_trigger, ref_texts


def _sides(nlp, text, trigger):
    e = event_with_trigger(nlp, text, trigger)
    return ref_texts(e.actors), ref_texts(e.recipients)


# a past participle hung on a noun is passive: the noun suffered it, even when the parser tags it a past tense
@pytest.mark.parametrize("text", [
    "Lev Orlov, a veteran reporter also jailed in Belarus, was reported missing.",
    "Lev Orlov, a veteran reporter jailed in Belarus, was reported missing.",
])
def test_described_by_a_participle_is_its_sufferer(nlp, text):
    actors, recipients = _sides(nlp, text, "jailed")
    assert actors == []
    assert recipients == ["Lev Orlov"]  # the description's named person (session 54)


def test_participle_keeps_its_by_agent(nlp):
    actors, recipients = _sides(nlp, "The gunman, later arrested by police, shot the mayor.", "arrested")
    assert actors == ["police"]
    assert recipients == ["The gunman"]


# "an apology from X": X is asked to give it
@pytest.mark.parametrize("text, expected", [
    ("The former premier asked for an apology from Norway's new government.", ["Norway's new government"]),
    ("The union demanded an apology from the government.", ["the government"]),
])
def test_apology_from_whom(nlp, text, expected):
    trigger = "asked" if "asked" in text else "demanded"
    assert _sides(nlp, text, trigger)[1] == expected


def test_withdrawal_from_a_place_still_names_no_one(nlp):
    # a departure asked for is from where, not from whom
    actors, recipients = _sides(nlp, "The council demanded the withdrawal of troops from the city.", "demanded")
    assert "the city" not in recipients


# a place named by its kind only is where one flees or withdraws from, never someone
@pytest.mark.parametrize("text, trigger", [
    ("The deposed ruler fled the capital to an unknown destination on Sunday.", "fled"),
    ("The rebels withdrew from the city on Friday.", "withdrew"),
])
def test_generic_place_left_is_no_recipient(nlp, text, trigger):
    assert _sides(nlp, text, trigger)[1] == []


def test_country_withdrawn_from_stays(nlp):
    assert _sides(nlp, "Russia withdrew its troops from Georgia in 2009.", "withdrew")[1] == ["Georgia"]


# the post of a title names where its holder serves, no one acted upon
def test_ambassadors_post_is_not_shot(nlp):
    actors, recipients = _sides(nlp, "A policeman shot the Danish ambassador to Chile on Monday.", "shot")
    assert recipients == ["the Danish ambassador"]


def test_envoys_post_hung_on_the_verb_is_not_condemned(nlp):
    actors, recipients = _sides(nlp, "The foreign minister condemned the attack on the Danish envoy to Santiago.",
                                "condemned")
    assert "Santiago" not in recipients


def test_plain_destination_stays(nlp):
    # no title before the place: who is visited is unchanged
    actors, recipients = _sides(nlp, "The Danish foreign minister travelled to Chile on Monday.", "travelled")
    assert recipients == ["Chile"]


def test_lost_main_verb_is_not_a_participle(nlp):
    # the parser left the noun as the root: the past tense hung on it is the main verb, done by the phrase
    text = ("A delegation headed by Ruritania's trade minister, Ivo Marek, departed for Iran by plane on Tuesday, "
            "according to the agency.")
    actors, recipients = _sides(nlp, text, "departed")
    assert "Ivo Marek" not in recipients


# a passive infinitive is suffered by whom the verb it completes is about
@pytest.mark.parametrize("text, trigger, expected", [
    ("Lev Orlov is said to have been shot four times by several men.", "shot", ["Lev Orlov"]),
    ("The consul appears to have been kidnapped by rebels.", "kidnapped", ["The consul"]),
    ("Lev Orlov was a critic of the mayor. || He is said to have been shot four times by several men.", "shot",
     ["Lev Orlov"]),
])
def test_passive_infinitive_suffered_by_subject(nlp, text, trigger, expected):
    assert _sides(nlp, text.replace(" || ", "\n\n"), trigger)[1] == expected


def test_active_infinitive_keeps_its_object(nlp):
    actors, recipients = _sides(nlp, "The rebels are said to have kidnapped the consul.", "kidnapped")
    assert actors == ["The rebels"] and recipients == ["the consul"]


# an act answered is its author's, named as the agent of a participle on it
@pytest.mark.parametrize("text, trigger, expected", [
    ("The court rejected appeals filed by Norway.", "rejected", ["Norway"]),
    ("The minister welcomed the proposal made by Chile.", "welcomed", ["Chile"]),
])
def test_author_of_act_by_participle_agent(nlp, text, trigger, expected):
    assert _sides(nlp, text, trigger)[1] == expected


# "X of them": a part of the group "them" takes up
def test_quantity_of_them_in_own_sentence(nlp):
    text = "Police fired tear gas at the protesters and arrested dozens of them."
    assert _sides(nlp, text, "arrested")[1] == ["the protesters"]


def test_quantity_of_them_from_sentence_before(nlp):
    text = "Thousands of students marched on the ministry.\n\nPolice arrested dozens of them."
    assert _sides(nlp, text, "arrested")[1] == ["students"]


def test_quantity_of_them_with_a_thing_before_names_no_one(nlp):
    # "them" could be the rifles: nobody (precision first)
    text = "Soldiers seized two rifles from the rebels and destroyed one of them."
    assert _sides(nlp, text, "destroyed")[1] == []


def test_them_takes_up_names_joined_by_and(nlp):
    text = "The court issued warrants for Ivo Marek and Lev Orlov.\n\nPolice arrested them on Friday."
    assert _sides(nlp, text, "arrested")[1] == ["Ivo Marek", "Lev Orlov"]


# a verb carrying a meeting noun: whom the meeting is held with
def test_engaged_in_discussions_with(nlp):
    text = "The French president engaged in discussions with Chinese leader Li Wei on Monday about tariffs."
    actors, recipients = _sides(nlp, text, "engaged")
    assert recipients == ["Li Wei"]


def test_discussions_in_a_place_name_no_one(nlp):
    events = [e for e in analysed_events(
        nlp, "The minister engaged in discussions in Geneva.", "2024-03-05") if e.type == "CONSULT"]
    assert all(ref_texts(e.recipients) == [] for e in events)


def test_quantity_of_them_as_subject_does_not_loop(nlp):
    # a quantity "of them" that is a doer is left to the doer rules (it once resolved itself forever)
    events = analysed_events(nlp, "Thousands of migrants reached the border.\n\nMost of them target Norway.",
                             "2024-03-05")
    assert isinstance(events, list)


def test_passive_quantity_of_them(nlp):
    text = "Thousands of students reached the border.\n\nDozens of them were detained by police."
    actors, recipients = _sides(nlp, text, "detained")
    assert actors == ["police"] and recipients == ["students"]


# "it" where only a body can stand: the nearest named subject before it, other than the doer
def test_it_bidden_by_an_urging_verb(nlp):
    text = "Norway expelled the Chilean envoy after Santiago urged it to free the detained sailors."
    assert _sides(nlp, text, "urged")[1] == ["Norway"]


def test_it_aimed_at_by_an_attack_with_a_named_doer(nlp):
    text = "Norway is watching a planned attack by Ruritania and its allies against it, the minister said."
    assert "Norway" in _sides(nlp, text, "attack")[1]


def test_it_after_a_person_subject_names_no_one(nlp):
    # the nearest subject other than the doer is a person: "it" is not taken to be a body further back
    text = "Norway drafted the plan and the minister praised it before Chile urged it to wait."
    assert _sides(nlp, text, "urged")[1] == []


def test_it_of_an_attack_with_no_doer_names_no_one(nlp):
    events = analysed_events(nlp, "Norway said it would answer any attack against it.", "2024-03-05")
    assert all("Norway" not in ref_texts(e.recipients) for e in events if e.type == "ASSAULT")


# what a side does, judged as a whole, is aimed at that side
@pytest.mark.parametrize("text, trigger, expected", [
    ("Oslo condemned the separatist acts of the independence forces.", "condemned", ["the independence forces"]),
    ("The minister criticised the policies of the government.", "criticised", ["the government"]),
    ("Seoul condemned Ruritania's provocations.", "condemned", ["Ruritania"]),
])
def test_acts_and_policies_judged_are_their_owners(nlp, text, trigger, expected):
    assert _sides(nlp, text, trigger)[1] == expected


def test_own_policies_name_no_one(nlp):
    assert _sides(nlp, "The minister praised its policies.", "praised")[1] == []


def test_broker_of_an_agreement_is_not_its_author(nlp):
    text = "Both sides accepted an agreement brokered by Norway and Chile on Wednesday."
    events = [e for e in analysed_events(nlp, text, "2024-03-05") if e.type == "AGREE"]
    assert all("Norway" not in ref_texts(e.recipients) for e in events)


# a country the tagger calls a location is a participant like any country
@pytest.mark.parametrize("text, trigger", [
    ("Australia had urged the Solomon Islands not to sign the pact.", "urged"),
    ("China said it has signed a security agreement with the Solomon Islands.", "signed"),
])
def test_country_tagged_as_location_is_a_participant(nlp, text, trigger):
    assert [r.split()[-2:] for r in _sides(nlp, text, trigger)[1]] == [["Solomon", "Islands"]]


def test_region_tagged_as_location_is_still_no_one(nlp):
    events = analysed_events(nlp, "Rebels attacked a village in the Korean Peninsula.", "2024-03-05")
    assert all(ref_texts(e.recipients) == [] for e in events)


def test_one_word_region_name_is_not_taken_for_a_country(nlp):
    # "the North" a tagger calls a location stays out, whatever the parser made of it
    text = ("The latest measure, adopted after a nuclear test, the North's largest yet, banned imports of its "
            "textiles.")
    events = [e for e in analysed_events(nlp, text, "2024-03-05") if e.trigger == "banned"]
    assert all("North" not in ref_texts(e.actors) for e in events)
