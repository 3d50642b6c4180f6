"""Session 50: rules read from the rejected rows of the read sets (test119, test120), on sentences written here."""

from conftest import event_with_trigger


def test_a_show_of_force_to_a_country_is_aimed_at_it(nlp):
    e = event_with_trigger(nlp, "Japan and Australia fired rockets into the sea on Friday in a show of force to "
                                "China after its drills.", "fired", published="2023-04-08")
    assert e.type == "MOBILIZE" and [r.country for r in e.recipients] == ["CHN"]


def test_a_nationality_joined_to_regime_forces_is_not_theirs(nlp):
    from conftest import analysed_events

    text = ("Russian troops moved into the province last week. Moscow said Russian jets hit rebel depots. "
            "The Kurdish militia said on Monday that Russian and regime forces launched an attack on its positions.")
    events = analysed_events(nlp, text, "2017-09-25")
    e = next(e for e in events if e.trigger == "attack")
    assert ("regime forces", None) in [(a.text, a.country) for a in e.actors]
    # police beside foreign troops at home keep the setting
    e = event_with_trigger(nlp, "Police and Russian troops detained 20 protesters in Moscow on Sunday.", "detained",
                           published="2017-09-25")
    assert [(a.text, a.country) for a in e.actors] == [("Police", "RUS"), ("Russian troops", "RUS")]


def test_a_party_named_by_its_members_leads_no_state():
    from dossier.resolve.resolver import sector_of

    assert sector_of("Social Democrats leader") == "PTY"
    assert sector_of("leader of the Conservatives") == "PTY"
    assert sector_of("Republican Guard commander") == "MIL"
    assert sector_of("President") == "GOV"


def test_bail_granted_is_a_release_of_the_one_bailed(nlp):
    e = event_with_trigger(nlp, "A Canadian judge granted Meng bail on Tuesday.", "granted", published="2018-12-12")
    assert e.type == "CONCEDE" and [r.text for r in e.recipients] == ["Meng"]
    # asylum granted is still aid
    e = event_with_trigger(nlp, "The government granted asylum to the opposition leader.", "granted",
                           published="2018-12-12")
    assert e.type == "AID"


def test_asking_forgiveness_is_an_apology_to_whom_it_is_asked_of(nlp):
    e = event_with_trigger(nlp, "Britain will ask forgiveness from Kenya for the suffering of colonial rule.", "ask",
                           published="2020-06-30")
    assert e.type == "CONCEDE" and [r.country for r in e.recipients] == ["KEN"]


def test_people_acknowledged_in_a_speech_are_praised_not_conceded_to(nlp):
    e = event_with_trigger(nlp, "The president acknowledged the indigenous communities and the electoral court.",
                           "acknowledged", published="2024-01-15")
    assert e.type == "SUPPORT"
    e = event_with_trigger(nlp, "The minister acknowledged the government's mistakes.", "acknowledged",
                           published="2024-01-15")
    assert e.type == "CONCEDE"


def test_a_tomb_or_a_summit_is_no_recipient(nlp):
    e = event_with_trigger(nlp, "Turkish troops entered Syria and evacuated an Ottoman tomb and its guards.",
                           "evacuated", published="2015-02-22")
    assert not any("tomb" in r.text for r in e.recipients)
    e = event_with_trigger(nlp, "Qatar is hosting an emergency summit to discuss the crisis.", "hosting",
                           published="2023-11-11")
    assert not any("summit" in r.text for r in e.recipients)


def test_what_a_condemned_act_was_done_to_is_not_the_accused(nlp):
    e = event_with_trigger(nlp, "The Kremlin denounced the downing of the Russian jet as a stab in the back.",
                           "denounced", published="2015-11-25")
    assert not any("jet" in r.text for r in e.recipients)


def test_setting_off_a_bomb_is_an_attack(nlp):
    from dossier.nlp.senses import argument_type

    # the model read "set" as a departure in a long locative sentence of test116: the arguments settle the sense
    doc = nlp("A militant set off an explosive device near the embassy gate.")
    assert argument_type(next(t for t in doc if t.text == "set"), "CONSULT") == "ASSAULT"
    doc = nlp("The delegation set off for Moscow on Monday.")
    assert argument_type(next(t for t in doc if t.text == "set"), "CONSULT") is None


def test_a_region_named_for_a_compass_point_is_no_korea():
    from dossier.resolve.resolver import Resolver

    r = Resolver()
    assert r._role_context("South West presidential candidate")[0] is None
    assert r._role_context("the South's envoy")[0] == "KOR"


def test_a_base_named_al_something_is_no_person(nlp):
    from conftest import resolved

    an, _ = resolved(nlp, "Iran launched a missile attack on the Ain al-Assad and Irbil bases.", published="2020-01-09")
    assert not any(m.actor_id == "syr-assad" for m in an.mentions)
    assert any(m.text.endswith("Ain al-Assad") for m in an.mentions)


def test_an_iraqi_militia_is_not_lebanons_hezbollah(nlp):
    e = event_with_trigger(nlp, "US jets struck Kata'ib Hizbollah weapons depots across Iraq on Thursday.", "struck",
                           published="2020-03-13")
    assert [r.country for r in e.recipients] == ["IRQ"]


def test_the_police_a_crowd_clashes_with_are_whom_it_protests_against(nlp):
    e = event_with_trigger(nlp, "Fierce clashes between the police and demonstrators erupted in Tuzla on Friday.",
                           "clashes", published="2014-02-08")
    assert e.type == "PROTEST"
    assert [a.sector for a in e.actors] == ["CVL"] and [r.sector for r in e.recipients] == ["POL"]


def test_a_bar_on_entering_a_country_is_that_countrys(nlp):
    e = event_with_trigger(nlp, "Two US lawmakers were barred from entering Israel over their views.", "barred",
                           published="2019-08-15")
    assert [a.country for a in e.actors] == ["ISR"]
    # a ban on travelling somewhere is the travellers' own state's
    e = event_with_trigger(nlp, "Saudi citizens were also banned from traveling to Lebanon.", "banned",
                           published="2021-10-30")
    assert not any(a.country == "LBN" for a in e.actors)


def test_the_members_of_a_gathering_are_not_parties_of_a_talk_there(nlp):
    e = event_with_trigger(nlp, "Wang Yi and Antony Blinken talked briefly on Friday at a meeting of foreign "
                                "ministers from the Group of 20 nations.", "meeting", published="2023-03-03")
    assert not any("ministers" in a.text for a in e.actors)


def test_the_subject_of_a_vote_is_no_recipient(nlp):
    e = event_with_trigger(nlp, "The president hailed the army vote as a historic step.", "hailed",
                           published="2018-12-15")
    assert not any(r.text == "army" for r in e.recipients)
