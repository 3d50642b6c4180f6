"""'the country' standing for a country named before it (nlp/event_args.settle_countries and the resolver's
naming of it, issues 16 and 17). All text written for these tests."""

from conftest import resolved


def _refs(an, trigger: str, side: str = "recipients"):
    ev = next(e for e in an.events if e.trigger == trigger)
    return getattr(ev, side)


def test_the_country_is_named_as_the_country_it_stands_for(nlp):
    text = ("Marovia's foreign ministry confirmed the dates on Friday. Kenya and Marovia signed a fisheries "
            "accord last year. The Chinese president will visit the country on Monday and Tuesday.")
    an, _ = resolved(nlp, text, published="2025-04-18")
    refs = _refs(an, "visit")
    assert [(r.name, r.country) for r in refs] == [("Kenya", "KEN")]


def test_a_city_named_on_the_way_is_not_what_the_country_stands_for(nlp):
    text = ("Officials of the Hague-based tribunal met on Monday. Russian troops launched attacks on the country "
            "in 2022, the tribunal said.")
    an, _ = resolved(nlp, text, published="2025-04-18")
    ev = next((e for e in an.events if e.trigger in ("attacks", "launched")), None)
    assert ev is None or all(r.country != "NLD" for r in ev.recipients)


def test_venues_named_x_of_y_are_places_not_actors(nlp):
    text = ("The two presidents toured the National Museum of Maritime History in Port Lune on Monday. "
            "Later they laid wreaths at the Harbour Memorial Cemetery of the Fallen. "
            "The Ministry of Defence of Marovia said the visit went well.")
    an, _ = resolved(nlp, text, published="2025-04-18")
    kinds = {m.text.removeprefix("the "): m.kind for m in an.mentions}
    assert kinds.get("National Museum of Maritime History") == "place"
    assert kinds.get("Harbour Memorial Cemetery of the Fallen") in ("place", None)
    assert kinds.get("Ministry of Defence of Marovia", "organisation") != "place"


def test_a_nationality_in_the_sentence_is_nearer_than_a_dateline(nlp):
    text = ("ULAANBAATAR: Mongolia's president received the visiting minister on Tuesday. Vladimir Putin is wanted "
            "by the court for the deportation of Ukrainian children since his troops launched attacks on the country "
            "in 2022.")
    an, _ = resolved(nlp, text, published="2025-04-18")
    ev = next((e for e in an.events if e.trigger == "attacks"), None)
    assert ev is not None and [(r.name, r.country) for r in ev.recipients] == [("Ukraine", "UKR")]


def test_the_reports_own_outlet_as_its_source_is_no_actor_but_as_a_target_it_stays(nlp):
    from dossier.nlp import analyse
    from dossier.records import Article

    def names(outlet, text):
        return [m.text for m in analyse(Article("x", "t", text, outlet=outlet, published="2025-01-01"), nlp).mentions]

    assert "The Harbour Times" not in names(
        "The Harbour Times", "Officials met on Monday. The Harbour Times understands that two ministers will resign.")
    told = names("TASS", "Officials met on Monday. The spokesman told Itar-Tass that the talks would go on.")
    assert not any("Tass" in n or "Itar" in n for n in told)
    # the outlet as what is done to: a participant like any other
    assert "Harbour Times" in " ".join(names("The Harbour Times",
                                             "Police in Lunia raided the offices of the Harbour Times on Sunday."))


def test_a_title_and_a_named_persons_surname_tagged_as_a_place_is_that_person(nlp):
    from spacy.tokens import Span

    from dossier.nlp.entities import _split_title

    doc = nlp("Prime Minister Narendra Modi opened the corridor. Later PM Modi thanked the pilgrims in Prince Edward Island.")
    toks = [t.text for t in doc]
    pm = toks.index("PM")
    person = Span(doc, 2, 4, label="PERSON")
    place = Span(doc, pm, pm + 2, label="GPE")
    island = Span(doc, toks.index("Prince"), toks.index("Island") + 1, label="GPE")
    doc.ents = [person, place, island]
    rest, label, title = _split_title(place, "GPE")
    assert (rest.text, label, [t.text for t in title]) == ("Modi", "PERSON", ["PM"])
    rest, label, title = _split_title(island, "GPE")
    assert (rest.text, label, title) == ("Prince Edward Island", "GPE", [])


def test_pakistans_armed_groups_are_pakistans_and_the_taliban_alone_stays_afghanistans(nlp):
    an, _ = resolved(nlp, "Pakistani Taliban gunmen attacked a school in Lunetown on Tuesday, officials said.",
                     published="2025-04-22")
    assert {(m.text, m.country, m.sector) for m in an.mentions if "Taliban" in m.text} == {
        ("Pakistani Taliban", "PAK", "REB")}
    an, _ = resolved(nlp, "The Taliban took the border post on Sunday, officials said.", published="2025-04-22")
    assert {m.country for m in an.mentions if m.text == "Taliban"} == {"AFG"}
    an, _ = resolved(nlp, "JeM said its fighters carried out the raid, police said.", published="2025-04-22")
    assert {m.country for m in an.mentions if m.text == "JeM"} == {"PAK"}


def test_a_cross_border_attack_on_another_countrys_towns_has_that_country_as_recipient(nlp):
    def recipients(text):
        an, _ = resolved(nlp, text, published="2022-09-13")
        ev = next(e for e in an.events if e.type == "ASSAULT")
        return [(r.name, r.country) for r in ev.recipients]

    assert recipients("Azerbaijani forces on Tuesday started firing in the direction of the southern Armenian towns "
                      "of Goris and Kapan with the help of drones.") == [("Armenia", "ARM")]
    # a thing hit (his car) is the target, not the places; an attribution names no target
    assert ("Pakistan", "PAK") not in recipients("A US drone attacked his car in Baluchistan on Saturday.")
    # "in" alone after the act says where it happened
    assert ("Pakistan", "PAK") not in recipients(
        "Taliban chief Mullah Akhtar Mansour killed in a US drone attack in Baluchistan, Pakistan on Saturday.")
    assert recipients("Azerbaijani forces opened fire on Tuesday, Armenia's defence ministry said.") == []


def test_the_word_let_opening_a_sentence_is_no_armed_group(nlp):
    an, _ = resolved(nlp, "Let us be clear, the minister said on Monday. Let the talks begin, he added.",
                     published="2025-04-22")
    assert not any(m.actor_id == "pak-let" for m in an.mentions)


def test_a_clause_after_a_name_is_no_apposition_giving_it_a_country(nlp):
    text = ("Speaking at the press conference after a business meeting with Prime Minister Jane Harbourne, President "
            "Lune said the United States was committed to a trade deal with Britain.")
    an, _ = resolved(nlp, text, published="2019-06-04")
    assert {m.country for m in an.mentions if m.text == "Jane Harbourne"} != {"USA"}
    an, _ = resolved(nlp, "Jane Harbourne, Britain's foreign secretary, said the talks would resume.",
                     published="2019-06-04")
    assert {m.country for m in an.mentions if m.text == "Jane Harbourne"} == {"GBR"}


def test_a_country_a_rule_names_is_an_actor_of_the_store(tmp_path):
    """The recipient the attack rule names (no mention of the country itself in the text) is stored as an actor, so
    the event's participant has its page and graph node."""
    from dossier.pipeline import Pipeline
    from dossier.store import open_store

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Border fire\n\nAzerbaijani forces on Tuesday started firing in the direction of the "
                               "southern towns of Goris and Kapan with the help of drones. The shelling lasted several "
                               "hours and damaged homes, local officials told reporters on Tuesday evening.\n")
    store = open_store(str(tmp_path / "s.duckdb"))
    Pipeline(store, workers=1).ingest([str(src)])
    ids = {r.actor_id for e in store.list_events() for r in (*e.actors, *e.recipients) if r.actor_id}
    assert "arm" in ids
    assert all(store.get_actor(i) is not None for i in ids)
    store.close()
