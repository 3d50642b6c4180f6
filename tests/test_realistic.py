def test_events_merge_when_some_mentions_have_an_end_date_and_others_not():
    """Regression: sorting (date, date_end) pairs raised TypeError when one mention of an event had an end
    date and another on the same start date had none; the run stored its articles but none of its events."""
    from dossier.link.events import merge_story_events
    from dossier.records import ActorRef, Analysis, Article, EventMention

    lavrov = ActorRef("Sergei Lavrov", actor_id="rus-lavrov", name="Sergei Lavrov", country="RUS", sector="GOV")
    kim = ActorRef("Kim Jong Un", actor_id="prk-kim-jong-un", name="Kim Jong Un", country="PRK", sector="GOV")
    analyses = []
    for i, (published, end) in enumerate([("2023-10-19", None), (None, "2023-10-19"), ("2023-10-20", None)]):
        text = f"Sergei Lavrov met Kim Jong Un in Pyongyang (report {i})."
        art = Article(id=f"a{i}", source=f"a{i}.jsonl", text=text, title=f"Report {i}", published=published)
        em = EventMention(id=f"m{i}", article_id=art.id, type="CONSULT", trigger="met", trigger_start=14,
                          trigger_end=17, sentence_start=0, sentence_end=len(text), quote=text, actors=[lavrov],
                          recipients=[kim], date="2023-10-18", date_end=end, date_source="timex")
        analyses.append(Analysis(article=art, events=[em]))
    (event,) = merge_story_events("s1", analyses)
    assert (event.date, event.date_end) == ("2023-10-18", "2023-10-19")
    assert event.n_sources == 3
