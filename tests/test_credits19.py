"""Issue 17, round 19: credits are no actors, and a capital is its government only where it acts. A name whose
mention only credits a picture or a report (a caption's "(Photographer, AP)", "X contributed to this report",
the report's own outlet a source told, a reporter credited for a quote) is dropped; an agency cited as a claim's
source, and another outlet a source told, stay.
A capital attacked, toured, stretched ("swaths of") or listed with a people is the city; a visit to a capital
named as where is a visit to the country, not to a government the text never shows acting. A person's country
read only from where a story is set gives way to the one another article states. Sentences written for these
tests."""

from __future__ import annotations

from spacy.tokens import Span

from dossier.nlp.entities import entity_mentions
from dossier.records import Article
from dossier.resolve import Resolver, load_kb


def _mentions(nlp, text: str, spans: list[tuple[str, str]], outlet: str | None = None):
    """The mentions after hygiene, the model's spans set by hand (a name listed twice: its next occurrence)."""
    doc = nlp(text)
    ents = []
    after: dict[str, int] = {}
    for words, label in spans:
        start = text.index(words, after.get(words, 0))
        after[words] = start + 1
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        ents.append(span)
    doc.ents = [Span(doc, s.start, s.end, label=s.label_) for s in sorted(ents, key=lambda s: s.start)]
    return entity_mentions(doc, Article("t1", "test", text, outlet=outlet))


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


# -- credits ---------------------------------------------------------------------------------------------------

def test_a_caption_closing_with_photographer_and_agency_credits_both(nlp):
    text = ("The minister speaks to reporters after the talks in Port Lune. (Jana Kovalenko, AP)\n\n"
            "The minister said the talks had gone well.")
    found = _texts(_mentions(nlp, text, [("Port Lune", "GPE"), ("Jana Kovalenko", "PERSON"), ("AP", "ORG")]))
    assert "Jana Kovalenko" not in found and "AP" not in found
    assert "Port Lune" in found


def test_a_photographer_who_is_the_news_keeps_the_mention_in_the_story(nlp):
    text = ("Police detained the photographer Jana Kovalenko at the border on Monday.\n"
            "Officers lead her away at the crossing. (Jana Kovalenko, AP)")
    found = _mentions(nlp, text, [("Jana Kovalenko", "PERSON"), ("Jana Kovalenko", "PERSON")])
    assert _texts(found).count("Jana Kovalenko") >= 1
    assert all(m.start < text.index("(") for m in found if m.text == "Jana Kovalenko")


def test_a_contributor_line_is_a_credit(nlp):
    text = "The harbour board resigned on Friday.\nMarta Velez contributed to this report."
    assert "Marta Velez" not in _texts(_mentions(nlp, text, [("Marta Velez", "PERSON")]))


def test_the_reports_own_outlet_a_source_told_is_no_actor(nlp):
    text = "A former army spokesman told Fox News Digital that the drones could be stopped."
    assert "Fox News Digital" not in _texts(_mentions(nlp, text, [("Fox News Digital", "ORG")]))
    text = "A former army spokesman told the Harbour Times that the drones could be stopped."
    found = _mentions(nlp, text, [("Harbour Times", "ORG")], outlet="The Harbour Times")
    assert not any("Harbour Times" in m.text for m in found)


def test_another_outlet_a_source_told_stays(nlp):
    text = "A former army spokesman told the Harbour Times that the drones could be stopped."
    found = _mentions(nlp, text, [("Harbour Times", "ORG")], outlet="Port Lune Daily")
    assert any("Harbour Times" in m.text for m in found)


def test_an_agency_reporting_or_cited_as_source_stays(nlp):
    text = ("Reuters reported that the harbour board had resigned. The ministry was closed, according to "
            "Reuters.")
    found = _texts(_mentions(nlp, text, [("Reuters", "ORG"), ("Reuters", "ORG")]))
    assert "Reuters" in found


def test_a_body_a_source_told_is_no_credit(nlp):
    text = "The envoy told the Harbour Council that the ships would leave."
    assert "the Harbour Council" in _texts(_mentions(nlp, text, [("the Harbour Council", "ORG")]))


def test_a_reporter_credited_for_a_quote_is_no_actor(nlp):
    text = '"We will rebuild," the president told the crowd, per AFP\'s Karim Haddad.'
    found = _texts(_mentions(nlp, text, [("AFP", "ORG"), ("Karim Haddad", "PERSON")]))
    assert "Karim Haddad" not in found
    # "per AFP's <reporter>" credits the outlet that reported the quote (GUIDELINES: never the news outlet that
    # reports it; analysts judged such an agency row wrong, round 2); "AFP reported", "according to AFP" stay
    assert "AFP" not in found


def test_a_reporter_who_is_the_news_stays(nlp):
    text = "Police detained AFP's Karim Haddad outside the court on Monday."
    assert "Karim Haddad" in _texts(_mentions(nlp, text, [("AFP", "ORG"), ("Karim Haddad", "PERSON")]))


# -- capitals --------------------------------------------------------------------------------------------------

def _capital(nlp, text: str, city: str):
    return next(m for m in _mentions(nlp, text, [(city, "GPE")]) if m.text == city)


def test_a_capital_attacked_or_toured_is_the_city(nlp):
    from dossier.resolve.context import LOCATIVE

    assert _capital(nlp, "Since attacking Damascus on April 1, the army has been on high alert.",
                    "Damascus").evidence == LOCATIVE
    assert _capital(nlp, "The president toured Beirut on Thursday.", "Beirut").evidence == LOCATIVE
    assert _capital(nlp, "The blast shattered swaths of Beirut.", "Beirut").evidence == LOCATIVE
    assert _capital(nlp, "The conference will support Beirut and the Lebanese people.", "Beirut").evidence \
        == LOCATIVE


def test_a_capital_that_speaks_or_deals_stays_the_government(nlp):
    from dossier.resolve.context import LOCATIVE

    assert _capital(nlp, "Damascus said it would answer the attack.", "Damascus").evidence != LOCATIVE
    assert _capital(nlp, "The talks between Paris and Beirut resumed.", "Beirut").evidence != LOCATIVE
    assert _capital(nlp, "France will support Beirut in the talks.", "Beirut").evidence != LOCATIVE
    assert _capital(nlp, "The senator attacked Beijing over its trade policy.", "Beijing").evidence != LOCATIVE


def test_a_visit_to_a_capital_named_as_where_is_to_the_country(nlp):
    from conftest import resolved_with_kb

    an, _ = resolved_with_kb(nlp, "French President Emmanuel Macron arrived in Beirut on Thursday.")
    ev = next(e for e in an.events if e.trigger == "arrived")
    assert [(r.text, r.country, r.sector) for r in ev.recipients] == [("Beirut", "LBN", None)]


def test_a_capital_that_acts_is_still_its_government(nlp):
    from conftest import resolved_with_kb

    an, _ = resolved_with_kb(nlp, "Damascus accused Israel of attacking its consulate on Monday.")
    ev = next(e for e in an.events if e.trigger == "accused")
    assert [(r.country, r.sector) for r in ev.actors] == [("SYR", "GOV")]


# -- a person's country from the story -------------------------------------------------------------------------

def _person_actor(r: Resolver, an, name: str):
    m = next(m for m in an.mentions if m.text == name)
    return r.actors[m.actor_id]


def test_the_story_setting_gives_way_to_a_stated_nationality(nlp):
    from dossier.nlp import analyse

    r = Resolver(load_kb())
    first = r.resolve(analyse(Article("a1", "test", "Kenyan President Odile Maraka arrived on Monday for talks.",
                                      published="2024-05-02"), nlp))
    kenyan = _person_actor(r, first, "Odile Maraka")
    second = r.resolve(analyse(Article("a2", "test", "Ugandan officials welcomed President Odile Maraka in Kampala. "
                                       "Uganda and Ugandan ministers praised the visit. Uganda hosted talks.",
                                       published="2024-05-02"), nlp))
    there = _person_actor(r, second, "Odile Maraka")
    assert kenyan.country == "KEN"
    assert there.country != "UGA"


# -- a capital with two letters swapped -------------------------------------------------------------------------

def _resolved_mention(nlp, text: str, name: str, label: str = "ORG"):
    from dossier.nlp.analyse import analyse_doc

    doc = nlp(text)
    kept = [e for e in doc.ents if not (e.start_char < text.index(name) + len(name) and
                                        text.index(name) < e.end_char)]
    span = doc.char_span(text.index(name), text.index(name) + len(name), label=label)
    doc.ents = sorted([*kept, span], key=lambda s: s.start)
    an = analyse_doc(Article("m1", "test", text, published="2024-05-02"), doc)
    r = Resolver(load_kb())
    an = r.resolve(an)
    m = next(m for m in an.mentions if m.text == name)
    return m, r.actors.get(m.actor_id) if m.actor_id else None


def test_a_misspelt_capital_in_a_story_naming_its_country_is_its_government(nlp):
    m, actor = _resolved_mention(nlp, "Kenya recalled its envoy. The minister said Somalia had ignored three "
                                      "calls for help from Nariobi after the attack.", "Nariobi")
    assert actor is not None and (actor.kind, actor.country, actor.sector) == ("government", "KEN", "GOV")


def test_a_swapped_name_without_its_country_stays_unknown(nlp):
    m, actor = _resolved_mention(nlp, "The minister said Somalia had ignored three calls for help from Nariobi "
                                      "after the attack.", "Nariobi")
    assert actor is None or actor.country != "KEN"


def test_a_stated_nationality_corrects_a_person_placed_earlier_by_the_setting(nlp):
    from dossier.nlp import analyse

    r = Resolver(load_kb())
    first = r.resolve(analyse(Article("b1", "test", "Ugandan officials welcomed President Odile Maraka in Kampala. "
                                      "Uganda and Ugandan ministers praised the visit. Uganda hosted talks.",
                                      published="2024-05-02"), nlp))
    there = _person_actor(r, first, "Odile Maraka")
    second = r.resolve(analyse(Article("b2", "test", "Kenyan President Odile Maraka arrived on Monday for talks.",
                                       published="2024-05-02"), nlp))
    kenyan = _person_actor(r, second, "Odile Maraka")
    assert kenyan.country == "KEN"
    assert there.country in (None, "KEN")
