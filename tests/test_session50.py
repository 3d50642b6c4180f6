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
