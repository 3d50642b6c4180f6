"""Background (news vs recalled context) and event dates: the extractor's grammar and the story-level
evidence of ``link/background.py``. Every sentence here is written for the test."""

from __future__ import annotations

from conftest import analysed_events
from dossier.link.background import keys_of, settle
from dossier.records import ActorRef, Analysis, Article, EventMention, Story


def _events(nlp, text, published="2024-10-26"):
    return analysed_events(nlp, text, published)


def test_a_participle_dates_the_nominal_event_it_describes(nlp):
    evs = _events(nlp, "Officials in Kesk are still counting the damage. The visit comes just days after a drone "
                       "strike on two air bases, carried out by Borvia on Monday.")
    strike = next(e for e in evs if e.trigger == "strike")
    assert strike.date == "2024-10-21" and strike.background


def test_a_coordinated_verb_shares_the_first_ones_date(nlp):
    evs = _events(nlp, "Officials met in Kesk. The president addressed the nation on Saturday and condemned the "
                       "uprising as treason.")
    condemned = next(e for e in evs if e.trigger == "condemned")
    assert condemned.date == "2024-10-26"
    # a verb with its own auxiliary is its own clause: "will visit" is not dated by "on Monday"
    evs = _events(nlp, "The minister met his counterpart on Monday and will visit the border next month.")
    visit = [e for e in evs if e.trigger == "visit"]
    assert visit and visit[0].date != "2024-10-21"


def test_what_the_news_followed_is_background(nlp):
    evs = _events(nlp, "Officials in Kesk gave no figures. The raid followed a scathing report accusing Borvia "
                       "of hiding weapons.")
    assert all(e.background for e in evs if e.trigger == "accusing") and any(e.trigger == "accusing" for e in evs)


def test_lead_without_recall_grammar_is_news(nlp):
    from dossier.nlp.events import _background, _recalled_in_clause

    # the model's word alone does not make the lead's event background; its date or recall grammar still do
    assert not _background(0.9, None, None, "2024-10-26", lead=True)
    assert _background(0.1, "2024-09-01", None, "2024-10-26", lead=True)
    assert _background(0.1, None, None, "2024-10-26", answered=True, lead=True)
    doc = nlp("Aland expelled two envoys after Borvia had seized a fishing boat.")
    seized = next(t for t in doc if t.text == "seized")
    expelled = next(t for t in doc if t.text == "expelled")
    assert _recalled_in_clause(seized) and not _recalled_in_clause(expelled)


# ---- story-level evidence (link/background.py) ----

def _ref(country):
    return ActorRef(text=country, country=country)


def _mention(article_id, start, etype, actor, recipient, *, background=False, date=None, trigger="visited",
             quote=None, confidence=0.9):
    quote = quote or f"X {trigger} Y."
    at = start + quote.find(trigger)
    return EventMention(id=f"m-{article_id}-{start}", article_id=article_id, type=etype, trigger=trigger,
                        trigger_start=at, trigger_end=at + len(trigger), sentence_start=start,
                        sentence_end=start + len(quote), quote=quote, actors=[_ref(actor)],
                        recipients=[_ref(recipient)], date=date, date_source="timex" if date else "none",
                        confidence=confidence, background=background)


def _analysis(article_id, published, events, text_len=2000):
    text = ("A lead sentence of the report that is long enough to count as prose here. " * 30)[:text_len]
    return Analysis(article=Article(id=article_id, source="t", text=text, published=published), events=events)


def test_the_storys_lead_event_told_again_is_news():
    a = _analysis("a1", "2025-06-04", [_mention("a1", 0, "CONSULT", "AAA", "BBB", date="2025-06-04"),
                                       _mention("a1", 900, "CONSULT", "AAA", "BBB", background=True,
                                                trigger="visit", quote="It is his second visit in two months.")])
    b = _analysis("b1", "2025-06-04", [_mention("b1", 0, "CONSULT", "AAA", "BBB")])
    story = Story(id="s1", article_ids=["a1", "b1"], first_published="2025-06-04")
    out = settle(story, [a, b])
    assert not out[0].events[1].background
    assert a.events[1].background  # the stored analysis keeps the extractor's decision
    # recall wording before the trigger keeps it background: "his last visit"
    c = _analysis("a1", "2025-06-04", [a.events[0], _mention("a1", 900, "CONSULT", "AAA", "BBB", background=True,
                                                            trigger="visit", quote="On his last visit they met.")])
    assert settle(story, [c, b])[0].events[1].background
    # one report's lead alone does not say what a story of two reports is about
    lone = _analysis("b1", "2025-06-04", [_mention("b1", 0, "ASSAULT", "CCC", "DDD")])
    d = _analysis("a1", "2025-06-04", [_mention("a1", 900, "ASSAULT", "CCC", "DDD", background=True,
                                                trigger="strike", quote="A strike hit the port.")])
    assert settle(story, [d, lone])[0].events[0].background


def test_an_earlier_storys_event_recalled_is_background_with_its_day(store):
    first = Story(id="s-early", article_ids=["e1"], first_published="2024-04-01")
    early = _analysis("e1", "2024-04-01", [_mention("e1", 0, "ASSAULT", "AAA", "BBB", date="2024-04-01",
                                                    trigger="strike")])
    settle(first, [early], store)
    later = Story(id="s-late", article_ids=["l1", "l2"], first_published="2024-04-14")
    news = [_mention(x, 0, "ASSAULT", "BBB", "AAA", trigger="attack") for x in ("l1", "l2")]
    recalled = _mention("l1", 900, "ASSAULT", "AAA", "BBB", trigger="strike", quote="X strike on the consulate.")
    other_word = _mention("l1", 1200, "ASSAULT", "AAA", "BBB", trigger="shot", quote="X shot down the drones.")
    out = settle(later, [_analysis("l1", "2024-04-14", [news[0], recalled, other_word]),
                         _analysis("l2", "2024-04-14", [news[1]])], store)
    got = {e.trigger: e for e in out[0].events}
    assert got["strike"].background and got["strike"].date == "2024-04-01"
    assert got["shot"].background and got["shot"].date is None  # another word: recalled, but not dated by it
    assert not got["attack"].background  # the later story's own news
    assert keys_of(got["attack"]) == {("ASSAULT", "BBB", "AAA")}
    # a story reported within a few days of the earlier one may still be its news
    soon = Story(id="s-soon", article_ids=["n1"], first_published="2024-04-03")
    out = settle(soon, [_analysis("n1", "2024-04-03", [_mention("n1", 900, "ASSAULT", "AAA", "BBB",
                                                                 trigger="strike", quote="X strike it.")])], store)
    assert not out[0].events[0].background


def test_what_the_news_answers_is_background_however_for_is_attached(nlp):
    evs = _events(nlp, "Officials in Kesk gave no figures. Borvia's raid came in retaliation for an earlier strike "
                       "by Aland on a border post, which killed two guards.")
    strike = [e for e in evs if e.trigger == "strike"]
    assert strike and strike[0].background
    assert all(e.background for e in evs if e.trigger == "killed")


def test_a_story_is_filed_only_under_the_keys_it_still_leads_with(store):
    story = Story(id="s-a", article_ids=["a"], first_published="2024-03-01")
    settle(story, [_analysis("a", "2024-03-01", [_mention("a", 0, "ASSAULT", "AAA", "BBB", trigger="strike")])],
           store)
    settle(story, [_analysis("a", "2024-03-01", [_mention("a", 0, "CONSULT", "AAA", "BBB")])], store)
    later = Story(id="s-b", article_ids=["b"], first_published="2024-03-20")
    out = settle(later, [_analysis("b", "2024-03-20", [
        _mention("b", 0, "PROTEST", "CCC", "CCC", trigger="rally"),
        _mention("b", 900, "ASSAULT", "AAA", "BBB", trigger="strike", quote="X strike on the post.")])], store)
    assert not out[0].events[1].background  # the first story no longer leads with the strike


def test_the_previous_day_counts_from_the_day_its_sentence_states(nlp):
    from datetime import date

    from dossier.nlp.timex import extract_timexes

    doc = nlp("Borvia on Tuesday vowed to answer a raid that hit its embassy the previous day.")
    values = {t.text: t.value for t in extract_timexes(doc, "a", date(2024, 4, 3))}
    assert values["Tuesday"] == "2024-04-02" and values["the previous day"] == "2024-04-01"
    doc = nlp("The talks ended the day before.")
    assert [t.value for t in extract_timexes(doc, "a", date(2024, 4, 3))] == ["2024-04-02"]


def test_a_coordinated_verb_after_an_interjected_phrase_shares_the_date(nlp):
    evs = _events(nlp, "Officials met. The Russian President addressed the nation Saturday and, without naming the "
                       "rebel leader, condemned the rebellion as treason.", published="2023-06-24")
    assert next(e for e in evs if e.trigger == "condemned").date == "2023-06-24"
    evs = _events(nlp, "The minister met his counterpart on Monday and signed a pact on Tuesday.",
                  published="2023-06-24")
    assert next(e for e in evs if e.trigger == "signed").date == "2023-06-20"


def test_the_storys_news_without_a_date_takes_the_day_its_lead_pins():
    import dataclasses

    def dated(em, text):
        return dataclasses.replace(em, date_text=text)

    lead = dated(_mention("a1", 0, "CONSULT", "AAA", "BBB", date="2025-06-03", trigger="arrived",
                          quote="Minister Oravel arrived in Kesk on Tuesday."), "Tuesday")
    told_again = _mention("a1", 900, "CONSULT", "AAA", "BBB", trigger="visit", quote="The visit lasts two days.")
    one_side = _mention("a1", 1000, "CONSULT", "AAA", "BBB", trigger="talks", quote="The talks were long.")
    one_side = dataclasses.replace(one_side, actors=[])  # only the host's country is known
    other_host = _mention("a1", 1100, "CONSULT", "AAA", "CCC", trigger="met", quote="He met envoys of Tarn.")
    planned = dataclasses.replace(_mention("a1", 1200, "CONSULT", "AAA", "BBB", trigger="visit",
                                           quote="He will visit the port too."), mode="planned")
    recalled = _mention("a1", 1300, "CONSULT", "AAA", "BBB", background=True, trigger="visit",
                        quote="His last visit ended in a row.")
    other_report = _mention("b1", 0, "CONSULT", "AAA", "BBB", trigger="arrived",
                            quote="Oravel arrived in the Kesk capital.")
    story = Story(id="s1", article_ids=["a1", "b1"], first_published="2025-06-04")
    out = settle(story, [_analysis("a1", "2025-06-04", [lead, told_again, one_side, other_host, planned, recalled]),
                         _analysis("b1", "2025-06-04", [other_report])])
    got = {e.id: e for an in out for e in an.events}
    for em in (told_again, one_side, other_report):
        assert (got[em.id].date, got[em.id].date_source, got[em.id].date_text) == ("2025-06-03", "timex", "Tuesday")
    for em in (other_host, planned, recalled):  # another participant, not yet done, recalled: no day of the lead
        assert got[em.id].date is None
    assert told_again.date is None  # the stored analysis keeps the extractor's decision

    # a single report's lead pins its own later sentences
    lone = settle(Story(id="s2", article_ids=["a1"], first_published="2025-06-04"),
                  [_analysis("a1", "2025-06-04", [lead, told_again])])
    assert lone[0].events[1].date == "2025-06-03"

    # lead reports that disagree on the day pin nothing
    other_day = dated(_mention("b1", 0, "CONSULT", "AAA", "BBB", date="2025-06-02", trigger="arrived"), "Monday")
    out = settle(story, [_analysis("a1", "2025-06-04", [lead, told_again]),
                         _analysis("b1", "2025-06-04", [other_day])])
    assert out[0].events[1].date is None

    # a report published before the lead's day is not yet telling of it
    early = settle(story, [_analysis("a1", "2025-06-04", [lead]),
                           _analysis("b1", "2025-06-02", [other_report])])
    assert early[1].events[0].date is None

    # the publication date on a metadata line glued to the text is not a day the document pins
    meta = dated(_mention("a1", 0, "CONSULT", "AAA", "BBB", date="2025-06-04", trigger="arrived"), "2025-06-04")
    out = settle(Story(id="s3", article_ids=["a1"], first_published="2025-06-04"),
                 [_analysis("a1", "2025-06-04", [meta, told_again])])
    assert out[0].events[1].date is None


# ---- recall grammar and the lead under page furniture (issue 16, round 9) ----

def _flag(evs, trigger):
    return [e.background for e in evs if e.trigger == trigger]


def test_a_span_since_earlier_or_a_record_in_the_perfect_is_background(nlp):
    from dossier.nlp.events import _recall_grammar

    doc = nlp("Since the flood in Kesk, Tarnish gunmen have been raiding and burning farms along the river.")
    assert _recall_grammar(next(t for t in doc if t.text == "raiding"))
    assert _recall_grammar(next(t for t in doc if t.text == "burning"))  # shares the span
    doc = nlp("Aland has never condemned the Borvian blockade of the port.")
    assert _recall_grammar(next(t for t in doc if t.text == "condemned"))
    doc = nlp("Aland joined the customs union on Monday in a shift prompted by the Borvian blockade.")
    assert _recall_grammar(next(t for t in doc if t.text == "blockade"))
    assert not _recall_grammar(next(t for t in doc if t.text == "joined"))
    # the news in the perfect is not a record
    doc = nlp("The Borvian foreign minister has arrived in Kesk for two days of talks.")
    assert not _recall_grammar(next(t for t in doc if t.text == "arrived"))


def test_a_perfect_tallied_by_a_year_is_background(nlp):
    evs = _events(nlp, "Kesk held a parade on Friday to mark the harvest festival of the river towns. "
                       "Borvia has fired nine rockets at Tarn this year, the navy of Aland said.")
    assert _flag(evs, "fired") == [True]


def test_a_past_perfect_backshifted_under_a_reporting_verb_is_not_recall(nlp):
    from dossier.nlp.events import _recalled_in_clause

    doc = nlp("Oravel conceded the race, saying he had congratulated his rival.")
    assert not _recalled_in_clause(next(t for t in doc if t.text == "congratulated"))
    doc = nlp("Aland expelled two envoys after Borvia had seized a fishing boat.")
    assert _recalled_in_clause(next(t for t in doc if t.text == "seized"))


def test_the_lead_starts_at_the_dateline_under_page_furniture(nlp):
    from dossier.nlp.docview import sentences
    from dossier.nlp.events import _lead

    text = ("Runoff result in Borvia\n\nSource: Kesk Wire\n\nEditor: staff\n\n"
            "KESK, Oct. 25 (Kesk Wire) -- Oravel won the presidential runoff in Borvia against the former "
            "minister, the electoral board said on Friday.\n\n"
            "The former minister has conceded defeat in a short speech to his supporters in the capital.\n\n"
            "Turnout was lower than in the first round of the election held in the spring of this year.")
    doc = nlp(text)
    start, end = _lead(sentences(doc)[1], text)
    assert text.index("Source") < start <= text.index("KESK") and text.index("has conceded") < end <= text.index("Turnout")


# ---- the lead's news told again (nlp/events.py) ----

def _said(start, etype, trigger, *, background=False, date=None, mode="asserted"):
    return EventMention(id=f"m{start}", article_id="t", type=etype, trigger=trigger, trigger_start=start + 5,
                        trigger_end=start + 5 + len(trigger), sentence_start=start, sentence_end=start + 60,
                        quote="x", background=background, date=date, mode=mode)


def test_the_leads_news_told_again_in_its_own_word_is_news():
    from dossier.nlp.events import _lead_news_told_again

    lead = _said(0, "COERCE", "arrested")
    again = _said(200, "COERCE", "arrest", background=True)          # "the arrest of the governor sparked ..."
    other_word = _said(300, "COERCE", "convicted", background=True)  # "he was convicted in another case"
    recalled = _said(400, "COERCE", "arrested", background=True)     # "had been arrested", "after he was arrested"
    dated = _said(500, "COERCE", "arrested", background=True, date="2019-03")
    alleged = _said(600, "COERCE", "arrested", background=True, mode="alleged")
    events = [lead, again, other_word, recalled, dated, alleged]
    words = [("arrest", True, False), ("arrest", False, True), ("convict", False, True),
             ("arrest", False, False), ("arrest", False, True), ("arrest", False, True)]
    _lead_news_told_again(events, words, [], "2024-10-26", "")
    assert not again.background
    assert other_word.background and recalled.background and dated.background and alleged.background


def test_only_the_leads_news_is_told_again():
    from dossier.nlp.events import _lead_news_told_again
    from dossier.records import TimeExpr

    # a lead event that is itself background, or of another type, makes nothing news
    lead_bg = _said(0, "COERCE", "arrested", background=True)
    lead_other = _said(60, "ASSAULT", "arrested")
    later = _said(200, "COERCE", "arrested", background=True)
    _lead_news_told_again([lead_bg, lead_other, later], [("arrest", True, False), ("arrest", True, False),
                          ("arrest", False, True)], [], "2024-10-26", "")
    assert later.background
    # a time expression in the mention's own sentence speaks of another time ("was arrested in 2018")
    lead = _said(0, "COERCE", "arrested")
    later = _said(200, "COERCE", "arrested", background=True)
    year = TimeExpr(article_id="t", text="2018", start=220, end=224, type="DATE", value="2018")
    _lead_news_told_again([lead, later], [("arrest", True, False), ("arrest", False, True)], [year],
                          "2024-10-26", "")
    assert later.background


def test_a_later_report_of_the_leads_arrest_stays_news(nlp, monkeypatch):
    import dossier.nlp.events as events

    # a model that calls every undated event outside the lead background: the lead's own word still tells
    # the news, another word ("convicted") and a recalled arrest ("had been arrested") stay background
    monkeypatch.setattr(events, "BACKGROUND_P", 0.0)
    evs = _events(nlp, "Police in the northern city of Kesk arrested the former provincial governor Arin Tal at "
                       "his home.\n\nTal, who led the province for a decade before losing the last election, denies "
                       "any wrongdoing at all.\n\nOfficers arrested Tal as he left the building. He was convicted of "
                       "fraud in a separate land case. Tal had been arrested by the army once before.")
    arrests = [e for e in evs if e.trigger == "arrested"]
    assert len(arrests) == 3 and not arrests[0].background and not arrests[1].background and arrests[2].background
    assert all(e.background for e in evs if e.trigger == "convicted") and any(e.trigger == "convicted" for e in evs)


def test_a_report_of_the_earlier_storys_own_days_does_not_recall_it(store):
    # two arrests of one man months apart, their reports merged into one story: a report published on the
    # earlier story's day tells that arrest as its news, not as the earlier story recalled
    first = Story(id="s-may", article_ids=["m1"], first_published="2024-05-09")
    settle(first, [_analysis("m1", "2024-05-09", [_mention("m1", 0, "COERCE", "AAA", "AAA", date="2024-05-09",
                                                           trigger="arrested")])], store)
    lead = [_mention(x, 0, "ACCUSE", "AAA", "BBB", trigger="accused") for x in ("a1", "a2")]
    late_copy = _mention("k1", 900, "COERCE", "AAA", "AAA", trigger="arrested", quote="Rangers arrested him.")
    months_on = _mention("a1", 900, "COERCE", "AAA", "AAA", trigger="arrested", quote="Rangers arrested him.")
    merged = Story(id="s-aug", article_ids=["a1", "a2", "k1"], first_published="2024-08-05")
    out = settle(merged, [_analysis("a1", "2024-08-05", [lead[0], months_on]),
                          _analysis("a2", "2024-08-05", [lead[1]]),
                          _analysis("k1", "2024-05-10", [late_copy])], store)
    assert not out[2].events[0].background  # published the day after the May arrest: its own news
    assert out[0].events[1].background and out[0].events[1].date == "2024-05-09"  # three months on: recalled


def test_a_sentence_with_a_time_of_its_own_is_not_the_leads_news_told_again(nlp):
    from dossier.nlp.events import _other_time_in_sentence

    def check(text, trigger):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == trigger)
        return _other_time_in_sentence(tok, tok.sent)

    assert check("On March 3, two of his aides were arrested in the capital.", "arrested")
    assert check("Earlier, two of his aides were arrested in the capital.", "arrested")
    assert check("Two of his aides were arrested in the capital three years ago.", "arrested")
    # a length of time is no other time: "sentenced to five years" tells the news
    assert not check("The judge sentenced the aide to five years in prison.", "sentenced")
    assert not check("Officers arrested the aide at his office in the capital.", "arrested")


def test_the_leads_news_told_again_in_other_words_of_its_participants_is_news(nlp, monkeypatch):
    import dossier.nlp.events as events

    # a model that calls every undated event outside the lead background: the lead's arrest told again with
    # another word for the same act, in the simple past and of the same man, is news; a perfect is not enough
    monkeypatch.setattr(events, "BACKGROUND_P", 0.0)
    evs = _events(nlp, "Police in the northern city of Kesk arrested the former provincial governor Arin Tal at "
                       "his home.\n\nTal, who led the province for a decade before losing the last election, denies "
                       "any wrongdoing at all.\n\nTal was detained as he left the building. Tal has been "
                       "detained by the army in the past.")
    detained = [e for e in evs if e.trigger == "detained"]
    assert len(detained) == 2 and not detained[0].background and detained[1].background


def test_a_reaction_told_as_done_is_news_and_a_recalled_one_stays_background(nlp, monkeypatch):
    import dossier.nlp.events as events

    # a model that calls every undated event outside the lead background: a party's verbal reaction in the
    # simple past, in the main line of its sentence, is the report's news; the same words with a year, a
    # past perfect, an "after" clause or a tally of times are recalled and keep the model's word
    monkeypatch.setattr(events, "BACKGROUND_P", 0.0)
    evs = _events(nlp, "Borvian artillery shelled the border town of Kesk overnight, officials said.\n\n"
                       "Residents spent the night in cellars and basements across the whole town.\n\n"
                       "The foreign minister of Aland condemned the shelling as a crime.\n\n"
                       "Aland also urged Borvia to pull its guns back from the frontier.\n\n"
                       "In 2019, Aland accused Borvia of shelling the same town.\n\n"
                       "Aland had accused Borvia of arming the rebels.\n\n"
                       "Talks stalled after Aland rejected a Borvian offer of a ceasefire.\n\n"
                       "Aland rejected such offers three times.")
    by_word = {}
    for e in evs:
        by_word.setdefault(e.trigger, []).append(e)
    assert [e.background for e in by_word["condemned"]] == [False]
    assert [e.background for e in by_word["urged"]] == [False]
    assert by_word["accused"] and all(e.background for e in by_word["accused"])
    assert by_word["rejected"] and all(e.background for e in by_word["rejected"])


def test_a_reaction_is_a_party_speaking_not_a_suit_or_a_passive(nlp):
    from dossier.nlp.events import _reaction_told_as_done

    def reaction(text, word, etype):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        return _reaction_told_as_done(tok, etype, tok.sent)

    assert reaction("Aland denounced the drills as a rehearsal for war.", "denounced", "ACCUSE")
    assert reaction("The mayor spoke to reporters, accusing the army of negligence.", "accusing", "ACCUSE")
    assert not reaction("The drills were denounced as a rehearsal for war.", "denounced", "ACCUSE")
    assert not reaction("The contractor sued the city for breach of contract.", "sued", "ACCUSE")
    assert not reaction("The envoy, who urged calm, left the capital.", "urged", "REQUEST")
    assert not reaction("Aland will denounce the drills as a rehearsal for war.", "denounce", "ACCUSE")
    assert not reaction("Aland signed the pact with Borvia.", "signed", "AGREE")


def test_in_the_past_previously_and_a_past_perfect_in_the_reports_voice_are_recall(nlp):
    from dossier.nlp.events import _recall_grammar

    doc = nlp("The Tarnish leader has in the past threatened to seize the pass by force.")
    assert _recall_grammar(next(t for t in doc if t.text == "threatened"))
    doc = nlp("The envoy also previously met the Borvian trade minister ahead of the summit.")
    assert _recall_grammar(next(t for t in doc if t.text == "met"))
    doc = nlp("The Green bloc had threatened to withdraw its support unless the budget was changed.")
    assert _recall_grammar(next(t for t in doc if t.text == "threatened"))
    # backshifted under a reporting verb, or a span that reaches the news: not recall
    doc = nlp("The agency announced on Monday that it had seized assets owned by the mayor.")
    assert not _recall_grammar(next(t for t in doc if t.text == "seized"))
    doc = nlp("Borvia has threatened Aland in the past week with a naval blockade.")
    assert not _recall_grammar(next(t for t in doc if t.text == "threatened"))
    doc = nlp("The guards fled after the rebels had stormed the gate.")
    assert not _recall_grammar(next(t for t in doc if t.text == "stormed"))


def test_a_former_before_a_title_is_no_time_of_the_sentence(nlp):
    from dossier.nlp.events import _other_time_in_sentence

    doc = nlp("Tal, a former judge, was leaving the court when a man shot him.")
    shot = next(t for t in doc if t.text == "shot")
    assert not _other_time_in_sentence(shot, shot.sent, titles=True) and _other_time_in_sentence(shot, shot.sent)
    doc = nlp("Earlier, a man shot the guard at the gate.")
    shot = next(t for t in doc if t.text == "shot")
    assert _other_time_in_sentence(shot, shot.sent, titles=True)


def test_what_the_news_came_after_told_in_the_leads_word_is_news(nlp, monkeypatch):
    import dossier.nlp.events as events

    # a model that calls everything outside the lead background: the lead's word after "after" tells the lead's
    # news again; another happening after "after" keeps the model's word
    monkeypatch.setattr(events, "BACKGROUND_P", 0.0)
    evs = _events(nlp, "Masked gunmen stormed a monastery near the border town of Kesk, the interior ministry "
                       "of Aland said.\n\nPolice sealed off the roads into the valley for the whole day.\n\nThe "
                       "abbot said the chapel was locked after the gunmen stormed it. The monks were moved after "
                       "rebels shelled the river bank.")
    stormed = [e for e in evs if e.trigger == "stormed"]
    assert len(stormed) == 2 and not any(e.background for e in stormed)
    assert all(e.background for e in evs if e.trigger == "shelled") and any(e.trigger == "shelled" for e in evs)


def _headline_analysis(title, quote, trigger, *, actor="the gunmen", published="2025-03-04", date=None,
                       etype="ASSAULT"):
    em = EventMention(id="m1", article_id="h1", type=etype, trigger=trigger,
                      trigger_start=900 + quote.find(trigger), trigger_end=900 + quote.find(trigger) + len(trigger),
                      sentence_start=900, sentence_end=900 + len(quote), quote=quote,
                      actors=[ActorRef(text=actor)], recipients=[], date=date,
                      date_source="timex" if date else "none", confidence=0.9, background=True)
    text = ("A lead sentence of the report that is long enough to count as prose here. " * 30)[:2000]
    return Analysis(article=Article(id="h1", source="t", text=text, title=title, published=published), events=[em])


def test_the_headlines_news_told_in_the_body_is_news():
    story = Story(id="s9", article_ids=["h1"], first_published="2025-03-04")

    def flag(title, quote, trigger, **kw):
        return settle(story, [_headline_analysis(title, quote, trigger, **kw)])[0].events[0].background

    assert not flag("Gunmen storm monastery in Kesk", "The abbot said the gunmen stormed the chapel.", "stormed")
    # recall wording before the trigger, a date well before the report, another participant, another word,
    # the headline recalling it: the extractor's background stands
    assert flag("Gunmen storm monastery in Kesk", "A year ago the gunmen stormed the chapel.", "stormed")
    assert flag("Gunmen storm monastery in Kesk", "The gunmen stormed the chapel.", "stormed", date="2024-01-02")
    assert flag("Gunmen storm monastery in Kesk", "Soldiers stormed the chapel.", "stormed", actor="soldiers")
    assert flag("Gunmen storm monastery in Kesk", "The gunmen warned the abbot.", "warned", etype="THREATEN")
    assert flag("Vigil a year after gunmen stormed monastery", "The gunmen stormed the chapel.", "stormed")


def test_the_headlines_news_in_other_words_is_news():
    story = Story(id="s9", article_ids=["h1"], first_published="2025-03-04")

    def flag(title, quote, trigger, **kw):
        return settle(story, [_headline_analysis(title, quote, trigger, **kw)])[0].events[0].background

    # "buildup" and "deployment" are both MOBILIZE in the hand lexicon; "storm" and "shelled" both ASSAULT
    assert not flag("Aland warns of Borvian troop buildup on the river", "The Borvian deployment along the river "
                    "includes tanks.", "deployment", actor="Borvian", etype="MOBILIZE")
    assert not flag("Gunmen storm monastery in Kesk", "The gunmen shelled the chapel.", "shelled")
    # another participant, a type the headline word does not give, or a title word that is no form of a
    # trigger ("with" is not "withdraw"): the extractor's background stands
    assert flag("Aland warns of Borvian troop buildup on the river", "Tarnish troops were deployed in the "
                "valley.", "deployed", actor="Tarnish troops", etype="MOBILIZE")
    assert flag("Aland warns of Borvian troop buildup on the river", "Borvian troops have been deployed in the "
                "valley since 2019.", "deployed", actor="Borvian troops", etype="MOBILIZE")
    assert flag("Aland warns of Borvian troop buildup on the river", "The Borvian army shelled the bank.",
                "shelled", actor="Borvian")
    assert flag("Kesk in talks with the bloc", "Kesk withdrew its envoy.", "withdrew",
                actor="Kesk", etype="RETREAT")


def test_a_perfect_coordinated_with_a_clause_of_an_earlier_year_is_a_standing_stance(nlp):
    text = "Aland seized the island of Kesk in 2014, but Borvia has refused to recognise the annexation."
    assert _flag(_events(nlp, text), "refused") == [True]
    # the same stance coordinated with this week's news, or a year naming a noun: not settled by the year
    assert _flag(_events(nlp, "Aland seized the island of Kesk on Monday, and Borvia has refused to recognise "
                              "the annexation."), "refused") == [False]


def test_what_the_news_came_a_counted_time_after_is_recall(nlp):
    from dossier.nlp.events import _recall_grammar

    doc = nlp("Fighting broke out along the river on Thursday, a day after a mine blast wounded three Alandic guards.")
    assert _recall_grammar(next(t for t in doc if t.text == "wounded"))
    doc = nlp("The ministers met in Kesk two weeks after the raid on the port.")
    assert _recall_grammar(next(t for t in doc if t.text == "raid"))
    # no count: the sequence may be of one day's news
    doc = nlp("Police fired tear gas after protesters threw stones at the governor's office.")
    assert not _recall_grammar(next(t for t in doc if t.text == "threw"))
