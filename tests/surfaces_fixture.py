"""A small store for the API and UI tests, built directly through the store API.

Every sentence here was written for these tests (fictional places, people and
outlets). It does not depend on ingest or linking, so the surfaces are tested
on their own: one story reported by three outlets that disagree on whether a
delegation departed or arrived, one unrelated story, and one article whose
title, outlet, text and quotes carry HTML/JS payloads.

``extra=True`` adds what the pipeline stores for plain-text input: an article without an outlet, an event
between North Korea's government and Iran whose participants carry an actor id but no canonical name,
and an actor with a long name (the CLI and API must name them all the way a reader would).
"""

from __future__ import annotations

from dossier.records import (
    Actor, ActorRef, Analysis, Article, Disagreement, DisagreementValue, Event, EventMention, EventSource, Story,
)

XSS_TITLE = '<script>window.__xss = 1</script>Harbour talks <b>resume</b>'
XSS_TEXT = ('Negotiators met again on Monday. <img src=x onerror="window.__xss = 2"> '
            'The chair said <script>window.__xss = 3</script> talks would continue.')
XSS_OUTLET = '<img src=y onerror="window.__xss = 4">Quay Post'

STORY = "s-delegation"
OTHER = "s-harbour"
VENN = ActorRef("Arla Venn", actor_id="nld-venn", name="Arla Venn", country="NLD", sector="GOV")
SOUTH = ActorRef("Southland", actor_id="sld", name="Southland", country="SLD", sector="GOV")
QUAY = ActorRef("Quay Union", actor_id="quay-union", name='Quay <i>Union</i>', country="NLD", sector="LAB")

SENTENCES = {
    "a1": "Foreign minister Arla Venn departed for Southland on Tuesday, officials said.",
    "a2": "Arla Venn arrived in the Southland capital on Tuesday for two days of talks.",
    "a3": "Minister Venn's plane landed in Southland late on Wednesday, the ministry said.",
}
OUTLETS = {"a1": "Harbour Gazette", "a2": "Valley Courier", "a3": "Plains Observer"}
PUBLISHED = {"a1": "2031-03-04", "a2": "2031-03-05", "a3": "2031-03-05"}


def build(store) -> None:
    analyses = []
    for aid, text in SENTENCES.items():
        art = Article(id=aid, source=f"{aid}.txt", text=text, title=f"Venn visit report ({OUTLETS[aid]})",
                      url=f"https://{aid}.example/story", outlet=OUTLETS[aid], published=PUBLISHED[aid],
                      published_confidence=0.9, content_hash=f"h-{aid}")
        em = EventMention(id=f"m-{aid}", article_id=aid, type="CONSULT", trigger="visit", trigger_start=0,
                          trigger_end=5, sentence_start=0, sentence_end=len(text), quote=text,
                          actors=[VENN], recipients=[SOUTH], date="2031-03-04", mode="asserted")
        analyses.append(Analysis(article=art, events=[em]))
    xss = Article(id="x1", source="x1.html", text=XSS_TEXT, title=XSS_TITLE, url="javascript:alert(1)",
                  outlet=XSS_OUTLET, published="2031-03-10", content_hash="h-x1")
    analyses.append(Analysis(article=xss))
    store.write_analyses(analyses)

    store.upsert_actors([
        Actor(id="nld-venn", name="Arla Venn", country="NLD", sector="GOV", kind="person",
              variants={"Arla Venn": 2, "Minister Venn": 1}, roles=["foreign minister"], article_ids=["a1", "a2", "a3"]),
        Actor(id="sld", name="Southland", country="SLD", sector="GOV", kind="country",
              variants={"Southland": 3}, article_ids=["a1", "a2", "a3"]),
        Actor(id="quay-union", name='Quay <i>Union</i>', country="NLD", sector="LAB", kind="organisation",
              variants={'Quay <i>Union</i>': 1}, article_ids=["x1"]),
    ])

    sources = [EventSource(article_id=aid, event_mention_id=f"m-{aid}", outlet=OUTLETS[aid], quote=SENTENCES[aid],
                           attribution="officials" if aid == "a1" else None, mode="asserted",
                           stage="departed" if aid == "a1" else "arrived", date="2031-03-04",
                           published=PUBLISHED[aid]) for aid in SENTENCES]
    visit = Event(id="e-visit", type="CONSULT", mode="asserted", actors=[VENN], recipients=[SOUTH],
                  date="2031-03-04", place="Southland", story_id=STORY, article_ids=list(SENTENCES),
                  mentions=sources, stages=["departed", "arrived"], first_reported="2031-03-04", n_sources=3)
    talks = Event(id="e-talks", type="AGREE", mode="planned", actors=[SOUTH], recipients=[VENN],
                  date="2031-03-05", story_id=STORY, article_ids=["a2"],
                  mentions=[EventSource("a2", "m-a2", OUTLETS["a2"], SENTENCES["a2"], None, "planned", None,
                                        "2031-03-05", PUBLISHED["a2"])], n_sources=1)
    strike = Event(id="e-strike", type="PROTEST", mode="alleged", actors=[QUAY], recipients=[VENN],
                   date="2031-03-10", story_id=OTHER, article_ids=["x1"],
                   mentions=[EventSource("x1", "m-x1", XSS_OUTLET, XSS_TEXT, None, "alleged", None,
                                         "2031-03-10", "2031-03-10")], n_sources=1)
    stories = [
        Story(id=STORY, article_ids=list(SENTENCES), title="Arla Venn visits Southland",
              first_published="2031-03-04", last_published="2031-03-05", outlets=sorted(OUTLETS.values()),
              summary="Three outlets report the minister's trip.", actor_ids=["nld-venn", "sld"],
              event_types=["CONSULT", "AGREE"]),
        Story(id=OTHER, article_ids=["x1"], title=XSS_TITLE, first_published="2031-03-10",
              last_published="2031-03-10", outlets=[XSS_OUTLET], actor_ids=["quay-union"]),
    ]
    dis = [
        Disagreement(id="d-stage", story_id=STORY, event_id="e-visit", field="stage", values=[
            DisagreementValue("departed", SENTENCES["a1"], "a1", OUTLETS["a1"]),
            DisagreementValue("arrived", SENTENCES["a2"], "a2", OUTLETS["a2"]),
        ]),
        Disagreement(id="d-xss", story_id=OTHER, event_id="e-strike", field="number", values=[
            DisagreementValue('<img src=z onerror="window.__xss = 5">40', XSS_TEXT, "x1", XSS_OUTLET),
            DisagreementValue("400", "<script>window.__xss = 6</script>", "x1", XSS_OUTLET),
        ]),
    ]
    store.write_links(stories, [visit, talks, strike], dis)


LONG_NAME = "Permanent Mission of the Republic of Southland to the United Nations"
NO_OUTLET_TITLE = "Delegation from Pyongyang lands in Tehran for trade talks"
PRK_IRN_EVENT = "e-prk-irn"


def build_extra(store) -> None:
    prk_gov = dict(actor_id="prk-gov", country="PRK", sector="GOV")
    irn = dict(actor_id="irn", country="IRN")
    text = "A trade delegation from Pyongyang arrived in Tehran on Wednesday for talks with Iranian officials."
    store.write_analyses([Analysis(article=Article(id="p1", source="/in/000_5f3a.txt", text=text,
                                                   title=NO_OUTLET_TITLE, published="2031-04-02",
                                                   content_hash="h-p1"))])
    store.upsert_actors([
        Actor(id="prk-gov", name="Government of North Korea", country="PRK", sector="GOV", kind="government",
              variants={"Pyongyang": 3}, article_ids=["p1"]),
        Actor(id="prk", name="North Korea", country="PRK", kind="country", variants={"North Korea": 2},
              article_ids=["p1"]),
        Actor(id="irn", name="Iran", country="IRN", kind="country", variants={"Iran": 4, "Tehran": 1},
              article_ids=["p1"]),
        Actor(id="sld-mission", name=LONG_NAME, country="SLD", sector="GOV", kind="organisation",
              variants={LONG_NAME: 1}, article_ids=["a1"]),
    ])
    # participants as the linker stores them when only the id was resolved: no canonical name
    visit = Event(id=PRK_IRN_EVENT, type="CONSULT", mode="asserted",
                  actors=[ActorRef("Pyongyang", **prk_gov)], recipients=[ActorRef("Tehran", **irn)],
                  date="2031-04-01", story_id="s-prk", article_ids=["p1"], n_sources=1,
                  mentions=[EventSource("p1", "m-p1", None, text, None, "asserted", "arrived", "2031-04-01",
                                        "2031-04-02")])
    appeal = Event(id="e-long", type="REQUEST", mode="asserted",
                   actors=[ActorRef(LONG_NAME, actor_id="sld-mission", name=LONG_NAME, country="SLD", sector="GOV")],
                   recipients=[ActorRef("Iran", **irn)], date="2031-04-03", story_id="s-prk", article_ids=["p1"],
                   n_sources=1, mentions=[EventSource("p1", "m-p1b", None, text, None, "asserted", None, None,
                                                      "2031-04-02")])
    store.write_links([Story(id="s-prk", article_ids=["p1"], title=NO_OUTLET_TITLE, first_published="2031-04-02",
                             last_published="2031-04-02", outlets=["unknown outlet (000_5f3a.txt)"])],
                      [visit, appeal], [])


def build_file(path: str, extra: bool = False) -> str:
    """Write the fixture store to a DuckDB file and close it, so the app can open it read-only."""
    from dossier.store import open_store

    s = open_store(path)
    build(s)
    if extra:
        build_extra(s)
    s.close()
    return path


# -- a busy store: what the pages must stay readable on ------------------------------------------------
BUSY_ACTOR = "nld-venn"
BUSY_STORY = "s-busy-0"
_BUSY_CAST = [  # id, name, country, sector, kind
    ("nld-venn", "Arla Venn", "NLD", "GOV", "person"),
    ("sld", "Southland", "SLD", "GOV", "country"),
    ("sld-gov", "Government of Southland", "SLD", "GOV", "government"),
    ("nld", "Northmark", "NLD", None, "country"),
    ("nld-gov", "Government of Northmark", "NLD", "GOV", "government"),
    ("sld-mission", LONG_NAME, "SLD", "GOV", "organisation"),
    ("quay-union", "Quay Dockworkers and Harbour Pilots Union", "NLD", "LAB", "organisation"),
    ("est-hale", "Tomas Hale", "EST", "GOV", "person"),
    ("est", "Eastmere", "EST", None, "country"),
    ("wst-council", "Western Fisheries Council", "IGO", "IGO", "organisation"),
    ("wst-okoro", "Ada Okoro", "WST", "GOV", "person"),
    ("wst", "Westreach", "WST", None, "country"),
]
_BUSY_OUTLETS = ["Harbour Gazette", "Valley Courier", "Plains Observer", "Coastline Daily", None]
_BUSY_TYPES = ["CONSULT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "PROTEST"]
_BUSY_MODES = ["asserted", "asserted", "asserted", "alleged", "denied", "planned"]


def _busy_date(i: int) -> tuple[str | None, str | None]:
    """Dates as the pipeline stores them: mostly days (several events a day), some months, weeks and years,
    ranges whose end has another precision, a relative TIMEX value and undated events."""
    kind = i % 20
    day = 1 + (i * 7) % 27
    month = 1 + (i // 20) % 6
    if kind == 0:
        return f"2031-{month:02d}", None
    if kind == 1:
        return "2031", None
    if kind == 2:
        return f"2031-W{10 + i % 20:02d}", None
    if kind == 3:
        return f"2031-{month:02d}-{day:02d}", f"2031-{min(month + 1, 12):02d}"  # a range ending in a month
    if kind == 4:
        # relative TIMEX values, as stores written before merging kept only calendar dates still hold them
        return ("PAST_REF", None) if i % 40 < 20 else (f"2031-{month:02d}-{day:02d}", "FUTURE_REF")
    if kind == 5:
        return None, None
    if kind in (6, 7, 8):
        return "2031-03-14", None  # many events on one day
    return f"2031-{month:02d}-{day:02d}", None


def build_busy(store, stories: int = 8, events_per_story: int = 25) -> None:
    """``stories`` stories of ``events_per_story`` events each; Arla Venn takes part in nearly all of them."""
    store.upsert_actors([Actor(id=i, name=n, country=c, sector=s, kind=k, variants={n: 3}) for i, n, c, s, k in _BUSY_CAST])
    refs = {i: ActorRef(n, actor_id=i, name=n if j % 3 else None, country=c, sector=s)
            for j, (i, n, c, s, k) in enumerate(_BUSY_CAST)}
    others = [i for i, *_ in _BUSY_CAST if i != BUSY_ACTOR]
    analyses, events, story_records = [], [], []
    for st in range(stories):
        sid = f"s-busy-{st}"
        arts = []
        for k in range(6):
            aid = f"b{st}-{k}"
            outlet = _BUSY_OUTLETS[k % len(_BUSY_OUTLETS)]
            text = f"Report {k} on round {st} of the harbour talks between Northmark and Southland."
            arts.append(Article(id=aid, source=f"/in/busy/{aid}.txt", text=text,
                                title=f"Harbour talks, round {st}: report {k}", outlet=outlet,
                                url=f"https://news{k}.example/{aid}" if k == 3 else None,
                                published=f"2031-{1 + st % 6:02d}-{10 + k:02d}", content_hash=f"h-{aid}"))
        analyses += [Analysis(article=a) for a in arts]
        for n in range(events_per_story):
            i = st * events_per_story + n
            date, date_end = _busy_date(i)
            actor = BUSY_ACTOR if i % 9 else others[i % len(others)]
            recipient = others[(i * 5 + st) % len(others)]
            if recipient == actor:
                recipient = others[(i * 5 + st + 1) % len(others)]
            extra = [refs[others[(i + 3) % len(others)]]] if i % 4 == 0 else []
            a = arts[n % len(arts)]
            quote = f"Officials in round {st} said the parties met again ({n})."
            events.append(Event(
                id=f"e-busy-{st}-{n}", type=_BUSY_TYPES[i % len(_BUSY_TYPES)], mode=_BUSY_MODES[i % len(_BUSY_MODES)],
                actors=[refs[actor], *extra], recipients=[refs[recipient]], date=date, date_end=date_end,
                story_id=sid, article_ids=[a.id], n_sources=1 + n % 3,
                mentions=[EventSource(a.id, f"m-busy-{st}-{n}", a.outlet, quote, None, "asserted", None, date,
                                      a.published)]))
        story_records.append(Story(id=sid, article_ids=[a.id for a in arts], title=f"Harbour talks, round {st}",
                                   first_published=arts[0].published, last_published=arts[-1].published,
                                   outlets=sorted({a.outlet or f"unknown outlet ({a.id}.txt)" for a in arts}),
                                   summary=f"Round {st} of the talks, as six reports tell it."))
    store.write_analyses(analyses)
    store.write_links(story_records, events, [])


def build_busy_file(path: str) -> str:
    from dossier.store import open_store

    s = open_store(path)
    build_busy(s)
    s.close()
    return path
