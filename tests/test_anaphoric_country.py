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
