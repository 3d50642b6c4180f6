"""Event dates, task dates5: a day phrase the parser hangs on the verb's object, a day phrase beside a clock time,
photo captions taken out of the body, the lead's main-clause day of an undated article, a rejected candidate on
a date's path, coordinated simple pasts and "while" clauses. Every sentence is written for the test; places and
people are made up."""

from __future__ import annotations

from conftest import analysed_events, stated_date


def _dates(nlp, text, trigger, published="2024-03-08"):
    return [stated_date(e) for e in analysed_events(nlp, text, published) if e.trigger == trigger]


def _undated_article(nlp, text, captions=None):
    """The resolved event mentions of an article with no publication date and, optionally, the photo caption the
    cleaner took out of its body."""
    from dossier.nlp import analyse
    from dossier.records import Article
    from dossier.resolve import Resolver

    meta = {"photo caption or credit": captions} if captions else {}
    art = Article(id="t", source="test", text=text, published=None, metadata=meta)
    return Resolver().resolve(analyse(art, nlp)).events


def _undated(nlp, text, trigger, captions=None):
    return [e.date for e in _undated_article(nlp, text, captions) if e.trigger == trigger]


# (a) a day phrase the parser hung on the object of the clause's verb dates the clause's nominal and participial acts

ERA = ("The two monarchs declared “a new dawn” for border cooperation on Friday at a long-awaited meeting in the "
       "hill town of Terrin, agreeing to reopen three crossings.")


def test_a_day_phrase_on_the_object_dates_the_participle_and_the_meeting(nlp):
    assert _dates(nlp, ERA, "agreeing", "2024-03-09") == ["2024-03-08"]
    assert _dates(nlp, ERA, "meeting", "2024-03-09") == ["2024-03-08"]


def test_the_day_phrase_is_found_under_the_object(nlp):
    from dossier.nlp.events import _object_day_phrases

    doc = nlp(ERA)
    verb = next(t for t in doc if t.text == "declared")
    assert [p.text for p in _object_day_phrases(verb)] == ["on"]
    doc = nlp("The minister condemned the bombing of a border post in the north.")
    assert _object_day_phrases(next(t for t in doc if t.text == "condemned")) == []


def test_a_day_phrase_on_an_object_that_is_an_event_of_its_own_stays_that_events(nlp):
    # the bombing owns its Friday: the press conference where it was condemned is not dated by it
    text = "At a press conference in Terrin, the Valmoran foreign minister condemned the bombing on Friday of a border post."
    assert "2024-03-08" not in _dates(nlp, text, "conference", "2024-03-12")


# a clock time and a day phrase: the day is the phrase's, not the publication day the clock was given

def _timex_of(nlp, text, trigger, published="2024-03-06"):
    from datetime import date

    from dossier.nlp.docview import know_text
    from dossier.nlp.events import _timex_for
    from dossier.nlp.timex import extract_timexes

    doc = nlp(text)
    know_text(doc, text)
    txs = extract_timexes(doc, "t", date.fromisoformat(published))
    tok = next(t for t in doc if t.text == trigger)
    tx = _timex_for(tok, tok.sent, txs)
    return tx.value if tx is not None else None


def test_a_day_phrase_beside_a_clock_time_dates_the_act(nlp):
    text = "The envoy was attacked at about 09:00 (01:00 GMT) on Monday while waiting at the terminal."
    assert _timex_of(nlp, text, "attacked") == "2024-03-04"


def test_a_clock_time_alone_still_gives_only_the_clock(nlp):
    text = "The envoy was attacked at about 09:00 while waiting at the terminal."
    assert _timex_of(nlp, text, "attacked") == "2024-03-06T09:00"


# (b) an article with no publication date: the photo caption the cleaner took out of the body

CAPTION = ("The Orlandian foreign minister speaks to reporters at the ministry in Port Lune, on Thursday, "
           "June 13, 2019.")
BODY = ("Two oil tankers were struck by explosions in the Gulf of Serra on Thursday, the Orlandian navy said.\n\n"
        "The crews of both ships were rescued by a passing freighter.")


def test_the_caption_day_settles_the_bare_weekday_of_an_undated_article(nlp):
    assert _undated(nlp, BODY, "struck", CAPTION) == ["2019-06-13"]


def test_without_the_caption_the_weekday_stays_undated(nlp):
    assert _undated(nlp, BODY, "struck") == [None]


def test_a_caption_day_of_another_weekday_settles_nothing(nlp):
    friday = CAPTION.replace("on Thursday, June 13", "on Friday, June 14").replace("June 13", "June 14")
    assert _undated(nlp, BODY, "struck", friday) == [None]


def test_a_file_picture_caption_settles_nothing(nlp):
    assert _undated(nlp, BODY, "struck", "File photo: " + CAPTION) == [None]


def test_the_latest_caption_date_is_the_news_pictures(nlp):
    caption = ("The minister at a summit in Terrin on May 2, 2017. He spoke to reporters in Port Lune on "
               "June 13, 2019.")
    assert _undated(nlp, BODY, "struck", caption) == ["2019-06-13"]


# (b) the lead of an undated article states its day in full on its main verb

def test_the_leads_stated_day_settles_a_bare_weekday_of_the_same_weekday(nlp):
    text = ("The regional tribunal issued an arrest warrant for the former governor of Terrin on March 17, 2023.\n\n"
            "The tribunal says he ordered the seizure of farms from their owners.\n\n"
            "The governor's party rejected the warrant on Friday.")
    assert _undated(nlp, text, "rejected") == ["2023-03-17"]


def test_a_day_the_lead_gives_a_participle_settles_no_weekday(nlp):
    # the accord's signing day is another happening's, recalled: it falls on a Friday by chance
    text = ("The governor of Terrin defended the border accord signed on March 17, 2023 with Orlandia.\n\n"
            "The governor's party rejected the tribunal's warrant on Friday.")
    assert _undated(nlp, text, "rejected") == [None]


def test_a_lead_day_older_than_a_later_full_date_settles_no_weekday(nlp):
    text = ("The regional tribunal issued an arrest warrant for the former governor of Terrin on March 17, 2023.\n\n"
            "His trial opened on October 2, 2023 in Port Lune.\n\n"
            "The governor's party rejected the verdict on Friday.")
    assert _undated(nlp, text, "rejected") == [None]


# a word the model found no event does not own the date on its path

def test_a_time_noun_the_model_weighed_owns_no_date(nlp):
    from datetime import date

    from dossier.nlp.docview import know_text
    from dossier.nlp.events import _timex_for
    from dossier.nlp.timex import extract_timexes

    text = "The prime ministers of Valmora and Orlandia met for the first time on Monday in Terrin."
    doc = nlp(text)
    know_text(doc, text)
    txs = extract_timexes(doc, "t", date(2024, 3, 6))
    met = next(t for t in doc if t.text == "met")
    time = next(t for t in doc if t.text == "time")
    # even when the model weighed "time" as a request, the Monday is the meeting's
    tx = _timex_for(met, met.sent, txs, {met.i: "CONSULT", time.i: "REQUEST"})
    assert tx is not None and tx.value == "2024-03-04"
    # a real act of another type on the path keeps its day
    text = "After the air strike on Sunday, the Orlandian foreign ministry condemned Valmora."
    doc = nlp(text)
    know_text(doc, text)
    txs = extract_timexes(doc, "t", date(2024, 3, 6))
    condemned = next(t for t in doc if t.text == "condemned")
    strike = next(t for t in doc if t.text == "strike")
    assert _timex_for(condemned, condemned.sent, txs, {condemned.i: "ACCUSE", strike.i: "ASSAULT"}) is None


# coordinated simple pasts and "while" clauses share the clause's day

def test_two_simple_pasts_share_the_closing_day(nlp):
    text = "The two foreign ministers met and exchanged letters Sunday at the river crossing outside Terrin."
    assert _timex_of(nlp, text, "met", "2024-03-05") == "2024-03-03"


def test_a_first_verb_with_a_time_of_its_own_keeps_it(nlp):
    text = "Rebels seized the town of Terrin in May and withdrew from it on Sunday, the army said."
    assert "2024-03-03" not in _dates(nlp, text, "seized", "2024-03-05")


def test_a_noun_of_a_while_clause_takes_the_day_of_the_clause_it_hangs_on(nlp):
    text = ("On Wednesday, angry crowds filled the squares of the Valmoran capital, while deadly clashes erupted "
            "in the northern city of Terrin.")
    assert _dates(nlp, text, "clashes", "2024-03-08") == ["2024-03-06"]


def test_a_noun_of_a_past_perfect_while_clause_takes_no_day(nlp):
    text = ("On Wednesday, angry crowds filled the squares of the Valmoran capital, while deadly clashes had "
            "erupted in the northern city of Terrin for weeks.")
    assert "2024-03-06" not in _dates(nlp, text, "clashes", "2024-03-08")
