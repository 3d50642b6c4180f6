"""Twenty-second session: behaviour found reading held-out output (every sentence here written for the test)."""

from __future__ import annotations

from conftest import analysed_events

from dossier.ingest.clean import clean_text

SYRIA = ("MONTREUX, Switzerland - Syria's foreign minister Walid al-Moallem clashed with UN Secretary-General Ban "
         "Ki-moon on Wednesday at the opening of peace talks on Syria. Damascus rejected any transition. The UN chief "
         "asked Moallem to end his speech. Syrian officials left the hall.")


def test_a_described_person_of_an_international_body_takes_no_setting_country(nlp):
    events = analysed_events(nlp, SYRIA, "2014-01-22")
    asked = next(e for e in events if e.trigger == "asked")
    assert [(a.text, a.country, a.sector) for a in asked.actors] == [("The UN chief", None, "IGO")], asked.actors


def test_the_west_is_a_side_that_can_be_accused_or_warned(nlp):
    events = analysed_events(nlp, "Foreign Minister Alia Renner of Borvia accused the West of arming rebels. "
                                  "Protesters later gathered in the west of the capital.", "2014-01-22")
    accused = next(e for e in events if e.trigger == "accused")
    assert [r.text for r in accused.recipients] == ["the West"], accused.recipients
    gathered = [e for e in events if e.trigger == "gathered"]
    assert all(not r.text.lower().endswith("west") for e in gathered for r in e.recipients + e.actors)


def test_who_claims_responsibility_for_an_attack_did_it(nlp):
    events = analysed_events(nlp, "The Borvian Liberation Front claimed responsibility for a bomb attack on a "
                                  "police station that wounded four officers.", "2017-01-02")
    attack = next(e for e in events if e.trigger == "attack")
    assert [a.text for a in attack.actors] == ["The Borvian Liberation Front"], attack.actors
    denied = analysed_events(nlp, "The Borvian Liberation Front denied responsibility for a bomb attack on a "
                                  "police station.", "2017-01-02")
    assert all(not e.actors for e in denied if e.trigger == "attack"), denied


def test_the_envoy_a_side_sends_is_its_own_not_a_recipient(nlp):
    events = analysed_events(nlp, "Beijing will send a special envoy to Ukraine for talks on a settlement.",
                             "2023-04-26")
    sent = next(e for e in events if e.trigger == "send")
    assert [r.text for r in sent.recipients] == ["Ukraine"], sent.recipients


def test_a_media_library_title_with_a_photo_number_is_a_caption():
    text = ("President Aldo Ferran meets Prime Minister Lena Sova (53318842117)\n\n"
            "President Aldo Ferran of Borvia met Prime Minister Lena Sova in Lisbon on Monday to discuss trade.")
    cleaned = clean_text(text)
    assert "53318842117" not in cleaned.body and "met Prime Minister Lena Sova in Lisbon" in cleaned.body, cleaned


def test_a_where_clause_on_a_dated_stay_is_dated_by_it(nlp):
    events = analysed_events(nlp, "King Abdullah of Jordan was in Washington Tuesday, where he is expected to meet "
                                  "President Barack Obama.", "2015-02-03")
    meet = next(e for e in events if e.trigger == "meet")
    assert (meet.mode, meet.date) == ("planned", "2015-02-03"), meet
    assert [(a.text, a.country) for a in meet.actors] == [("King Abdullah", "JOR")], meet.actors
    # under a reporting verb the day the parser hangs on the trip is the report's: nothing is dated from it
    events = analysed_events(nlp, "He said on Monday he would travel to Beijing, where he will meet Xi Jinping.",
                             "2015-02-03")
    assert all(e.date is None for e in events if e.trigger == "meet"), events


def test_what_a_recalled_event_saw_is_recalled_with_it(nlp):
    events = analysed_events(nlp, "Ferran made the pledge at a summit in Lisbon, months after a stormy meeting that "
                                  "saw Ferran publicly criticize the Borvian leader.", "2025-08-19")
    criticized = next(e for e in events if e.trigger == "criticize")
    assert criticized.background, criticized
    events = analysed_events(nlp, "Ferran hosted a summit in 2019 that saw Borvia and Portugal agree on a ceasefire.",
                             "2025-08-19")
    agreed = next(e for e in events if e.trigger == "agree")
    assert (agreed.background, agreed.date) == (True, "2019"), agreed


def test_what_is_said_in_a_call_is_said_to_the_other_party(nlp):
    events = analysed_events(nlp, "Borvian leader Aldo Ferran appealed for calm in a phone call with Portuguese "
                                  "President Lena Sova on Wednesday.", "2023-04-26")
    appeal = next(e for e in events if e.trigger == "appealed")
    assert [r.text for r in appeal.recipients] == ["Lena Sova"], appeal.recipients


def test_a_country_that_endures_bombings_suffers_them(nlp):
    events = analysed_events(nlp, "Turkey endured multiple bombings in 2016.", "2017-01-02")
    bombings = next(e for e in events if e.trigger == "bombings")
    assert not bombings.actors and [r.text for r in bombings.recipients] == ["Turkey"], bombings


def test_an_attack_the_parser_hangs_on_a_visit_is_not_the_visitors(nlp):
    events = analysed_events(nlp, "Borvia fired missiles at Lisbon on Thursday while the head of the United Nations "
                                  "was visiting in the boldest attack on the capital in weeks.", "2022-04-28")
    attack = [e for e in events if e.trigger == "attack"]
    assert all("United Nations" not in a.text for e in attack for a in e.actors), attack


def test_an_undated_report_of_a_dated_act_with_the_same_verb_and_doer_is_one_event():
    from dossier.link.events import merge_story_events
    from dossier.records import ActorRef, Analysis, Article, EventMention

    def mention(i, article, text, trigger, recipients, date=None):
        at = text.find(trigger)
        return EventMention(id=f"m{i}", article_id=article, type="ASSAULT", trigger=trigger, trigger_start=at,
                            trigger_end=at + len(trigger), sentence_start=0, sentence_end=len(text), quote=text,
                            actors=[ActorRef("Borvia", actor_id="brv", country="BRV")], recipients=recipients,
                            date=date, date_source="timex" if date else "none", confidence=0.9)

    t1 = "Borvia executed two prisoners before dawn on Wednesday."
    t2 = "In its first response, Borvia executed Ana Lind and Olaf Berg."
    t3 = "Borvia executed two rebels in Portugal on Monday."
    a1 = Article(id="a1", source="t", text=t1, published="2015-02-04")
    a2 = Article(id="a2", source="t", text=t2, published="2015-02-04")
    a3 = Article(id="a3", source="t", text=t3, published="2015-02-04")
    m1 = mention(1, "a1", t1, "executed", [ActorRef("two prisoners")], date="2015-02-04")
    m2 = mention(2, "a2", t2, "executed", [ActorRef("Ana Lind"), ActorRef("Olaf Berg")])
    m3 = mention(3, "a3", t3, "executed", [ActorRef("two rebels", country="PRT")], date="2015-02-02")
    events = merge_story_events("s", [Analysis(article=a1, events=[m1]), Analysis(article=a2, events=[m2]),
                                      Analysis(article=a3, events=[m3])])
    by_quote = {frozenset(s.quote for s in e.mentions): e for e in events}
    assert frozenset({t1, t2}) in by_quote and by_quote[frozenset({t1, t2})].date == "2015-02-04", events
    assert frozenset({t3}) in by_quote, events  # another day: another act


def test_harm_done_to_a_hope_or_a_plan_is_no_attack(nlp):
    events = analysed_events(nlp, "President Aldo Ferran blasted the Borvian prime minister for her handling of the "
                                  "talks and shot down the chances of a trade deal.", "2018-07-13")
    assert all(e.confidence < 0.55 for e in events if e.type == "ASSAULT"), events


def test_a_month_inside_a_persons_name_is_no_time(nlp):
    events = analysed_events(nlp, "President Donald Trump has blasted Theresa May for her handling of Brexit.",
                             "2018-07-13")
    blasted = next(e for e in events if e.trigger == "blasted")
    assert not (blasted.date or "").startswith("2018-05") and not blasted.background, blasted


def test_a_suspect_described_as_such_is_a_criminal_not_a_civilian(nlp):
    events = analysed_events(nlp, "BERLIN - German police apprehended the suspected driver after the attack on the "
                                  "market in Berlin.", "2016-12-20")
    held = next(e for e in events if e.trigger == "apprehended")
    assert [(r.text, r.sector) for r in held.recipients] == [("the suspected driver", "CRM")], held.recipients


def test_the_people_of_a_foreign_embassy_are_its_countrys(nlp):
    text = ("TEHRAN - A gunman stormed the Borvian embassy in Tehran on Friday. The head of security at Portugal's "
            "embassy in Tehran was killed when a gunman opened fire at the building, officials in Iran said.")
    events = analysed_events(nlp, text, "2023-01-27")
    killed = [r for e in events for r in e.recipients if r.text.lower().startswith("the head of security")]
    assert killed and all(r.country == "PRT" for r in killed), killed


def test_a_demand_made_in_a_letter_is_made_to_its_addressee(nlp):
    events = analysed_events(nlp, "The Honduran foreign minister wrote to Taiwan on March 13, demanding $2.45 billion "
                                  "in aid. Honduras had made three requests for financial assistance from Taiwan.",
                             "2023-03-26")
    assert [r.text for e in events if e.trigger == "demanding" for r in e.recipients] == ["Taiwan"], events
    assert [r.text for e in events if e.trigger == "requests" for r in e.recipients] == ["Taiwan"], events


def test_a_country_the_tagger_made_an_organisation_still_counts_for_the_setting(nlp):
    from dossier.nlp.event_args import home_country
    from dossier.nlp import analyse
    from dossier.records import Article
    from dossier.resolve import Resolver

    text = ("The Maldives was on the boil again on Sunday after authorities arrested former president Mohamed "
            "Nasheed. Modi is expected to arrive in the Maldives on March 15. India and New Delhi watched.")
    an = Resolver().resolve(analyse(Article(id="t", source="t", text=text, published="2015-02-22"), nlp))
    assert any(m.kind == "country" and m.country == "MDV" and m.label != "GPE" for m in an.mentions)
    assert home_country(an) != "IND"


def test_a_claimed_attack_is_the_claimers_and_a_country_before_it_is_where(nlp):
    events = analysed_events(nlp, "Militant group Islamic State claimed responsibility for the Tunisia tourist hotel "
                                  "attack on Friday that killed 39 people.", "2015-06-27")
    assert {a.text for e in events if e.type == "ASSAULT" for a in e.actors} == {"Islamic State"}, events


def test_a_passive_shares_the_agent_of_its_coordinated_participle(nlp):
    events = analysed_events(nlp, "The gunman roamed the hotel, targeting guests with a rifle, before being shot and "
                                  "killed by police officers.", "2015-06-27")
    shot = next(e for e in events if e.trigger == "shot")
    assert [a.text for a in shot.actors] == ["police officers"], shot.actors


def test_police_who_report_an_arrest_in_the_passive_made_it(nlp):
    events = analysed_events(nlp, "Busan police said the attacker, a 66-year-old man, had been detained on Tuesday.",
                             "2024-01-02")
    held = next(e for e in events if e.trigger == "detained")
    assert [a.text for a in held.actors] == ["Busan police"], held.actors
    events = analysed_events(nlp, "Witnesses at the scene said the attacker had been detained on Tuesday.",
                             "2024-01-02")
    assert all(not e.actors for e in events if e.trigger == "detained"), events


def test_peacekeepers_are_participants(nlp):
    events = analysed_events(nlp, "Thirty peacekeepers were killed by rebels in the north of the country.",
                             "2015-06-27")
    recipients = {r.text for e in events if e.trigger == "killed" for r in e.recipients}
    assert recipients == {"Thirty peacekeepers"}, events


def test_tourists_take_no_country_from_where_they_were_hit(nlp):
    events = analysed_events(nlp, "TUNIS - Gunmen killed 19 foreign tourists at a museum in Tunis on Wednesday, "
                                  "Tunisia's prime minister said.", "2015-03-19")
    killed = next(e for e in events if e.trigger == "killed")
    assert [(r.text, r.country) for r in killed.recipients if "tourists" in r.text] == \
        [("19 foreign tourists", None)], killed.recipients
