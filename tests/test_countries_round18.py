"""Countries, round 18 (issues 16 and 17): the country of a described or named participant from evidence
about that participant. Victims take the place where they were hit or held, police the place their own phrase
names; a nationality stated of a named person in apposition ("X, a Canadian citizen") holds for the whole
article; one entity has one country in a document. Unnamed attackers still take nothing from the setting."""

from __future__ import annotations

from conftest import resolved


def parties(an, role: str = "recipients") -> dict[str, str | None]:
    return {r.text: r.country for e in an.events for r in getattr(e, role)}


def test_victims_take_the_place_where_they_were_hit(nlp):
    an = resolved(nlp, "Gunmen killed six children in Pakistan's Balochistan province on Sunday, officials in "
                       "Britain said.", published="2024-05-02")[0]
    assert parties(an).get("six children") == "PAK"
    # the attackers are no nationality of the place
    assert all(c is None for t, c in parties(an, "actors").items() if t.lower() == "gunmen")


def test_visitors_are_not_people_of_the_place(nlp):
    an = resolved(nlp, "Russian troops shelled Kharkiv, and tourists were injured in Ukraine.",
                  published="2024-05-02")[0]
    assert parties(an).get("tourists") is None


def test_police_take_the_place_their_phrase_names(nlp):
    an = resolved(nlp, "Police in Ankara detained 40 protesters on Saturday after a rally against the "
                       "government of Greece.", published="2024-05-02")[0]
    events = [e for e in an.events if e.type == "COERCE"]
    assert events and {r.country for r in events[0].actors} == {"TUR"}
    assert {r.country for r in events[0].recipients} == {"TUR"}


def test_police_named_with_no_place_of_their_own_are_not_placed_by_the_sentence():
    from dossier.nlp.event_args import _AT_PLACE

    assert _AT_PLACE.fullmatch(" in ") and _AT_PLACE.fullmatch(" of the city of ")
    assert not _AT_PLACE.fullmatch(" said the suspect had been in ")


def test_a_stated_nationality_holds_across_the_article(nlp):
    an = resolved(nlp, "Hardeep Singh Nijjar, a Canadian citizen, was shot dead in June. India denied that its "
                       "agents killed Nijjar. Canada expelled an Indian diplomat over the killing of Nijjar.",
                  published="2024-05-02")[0]
    got = {r.text: r.country for e in an.events for r in (*e.actors, *e.recipients) if "Nijjar" in r.text}
    assert got and set(got.values()) == {"CAN"}


def test_a_based_in_phrase_is_no_nationality():
    from dossier.nlp.event_args import _STATED_AFTER, _STATED_BEFORE

    assert _STATED_BEFORE.fullmatch(", a ") and _STATED_BEFORE.fullmatch(" was a former ")
    assert _STATED_AFTER.match(" citizen") and _STATED_AFTER.match(" Sikh activist")
    assert not _STATED_AFTER.match("-based company") and not _STATED_AFTER.match(" company")


def test_one_entity_one_country_in_a_document():
    from dossier.nlp.event_args import _one_country_per_entity
    from dossier.records import ActorRef

    class Ev:
        def __init__(self, actors, recipients):
            self.actors, self.recipients = actors, recipients

    class An:
        pass

    a1 = ActorRef("John Smith", 0, 10, actor_id="p1", country="USA")
    a2 = ActorRef("Smith", 50, 55, actor_id="p1")
    b1 = ActorRef("Ann Lee", 70, 77, actor_id="p2", country="GBR")
    b2 = ActorRef("Lee", 90, 93, actor_id="p2", country="IRL")
    b3 = ActorRef("Lee", 120, 123, actor_id="p2")
    c1 = ActorRef("the driver", 130, 140)
    an = An()
    an.events = [Ev([a1], [b1]), Ev([a2], [b2, c1]), Ev([b3], [])]
    _one_country_per_entity(an, {})
    assert a2.country == "USA"
    assert b3.country is None  # two countries: which is right is unclear
    assert c1.country is None  # no entity to share with


def test_a_country_opening_an_office_title_places_the_person(nlp):
    an = resolved(nlp, "The Foreign Minister of Peru welcomed the talks. Honduras Foreign Minister Reina held talks "
                       "in Beijing on Monday.", published="2024-05-02")[0]
    got = {r.text: r.country for e in an.events for r in e.actors if "Reina" in r.text}
    assert got and set(got.values()) == {"HND"}


def test_a_states_prisoners_are_its_people(nlp):
    an = resolved(nlp, "Myanmar's military regime has executed four democracy activists, accusing them of "
                       "terrorism.", published="2024-05-02")[0]
    executed = [e for e in an.events if e.trigger == "executed"]
    assert executed and {r.country for r in executed[0].recipients} == {"MMR"}


def test_soldiers_detaining_people_abroad_leave_them_the_place_of_the_act(nlp):
    an = resolved(nlp, "Russian soldiers detained five civilians near Bucha, Ukraine said.", published="2024-05-02")[0]
    held = [e for e in an.events if e.type == "COERCE"]
    assert held and {r.country for r in held[0].recipients} == {"UKR"}


def test_a_suspect_arrested_is_still_not_placed_by_the_story(nlp):
    an = resolved(nlp, "Police said the suspect, who had travelled to Syria, was arrested on Monday.",
                  published="2024-05-02")[0]
    assert all(r.country is None for e in an.events for r in (*e.actors, *e.recipients)
               if r.text in ("the suspect", "Police"))


def test_foreign_police_are_not_the_places_own():
    from dossier.nlp.event_args import _FOREIGN_FORCE

    assert _FOREIGN_FORCE.search("foreign police officers") and _FOREIGN_FORCE.search("UN police")
    assert not _FOREIGN_FORCE.search("riot police")
