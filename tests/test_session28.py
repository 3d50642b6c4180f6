"""Twenty-eighth session: an armed group described where it acts ("the militant group") is the one group the
article named just before; "fighters" and "militants" are rebels by the word, not an army."""

from conftest import analysed_events

PUBLISHED = "2024-03-05"


def _sides(nlp, text: str, trigger: str):
    ev = next(e for e in analysed_events(nlp, text, PUBLISHED) if e.trigger == trigger)
    return ([(r.name or r.text, r.sector) for r in ev.actors], [(r.name or r.text, r.sector) for r in ev.recipients])


def test_a_described_armed_group_is_the_group_named_before_it(nlp):
    actors, _ = _sides(nlp, "Officials blamed the Islamic State, the Sunni extremist group which has attacked Shiite "
                            "shrines in the region.", "attacked")
    assert actors == [("Islamic State", "REB")]


def test_a_description_two_groups_could_answer_stays_a_description(nlp):
    actors, _ = _sides(nlp, "The Taliban and al-Shabaab were both named in the report. Officials said the militant "
                            "group attacked a base on Monday.", "attacked")
    assert actors == [("the militant group", "REB")]


def test_a_bare_group_is_no_armed_group_description(nlp):
    # "the group" could be any group: left as written
    actors, _ = _sides(nlp, "The Islamic State was named in the report. Officials said the group attacked a base on "
                            "Monday.", "attacked")
    assert all(name != "Islamic State" for name, _ in actors)


def test_fighters_are_rebels_not_an_army(nlp):
    _, recipients = _sides(nlp, "Afghan commandos killed all of the fighters after a 13-hour siege, officials said on "
                                "Monday.", "killed")
    assert recipients == [("the fighters", "REB")]
    actors, _ = _sides(nlp, "Soldiers of the national army shelled the village on Monday.", "shelled")
    assert all(sector == "MIL" for _, sector in actors)



def test_a_stamped_header_date_beats_a_bare_one_above_the_headline():
    from dossier.ingest import RawDocument, build_article

    body = ("12 Jan 2026\nFriday 6 March 2020 - 09:15\nStory Code : 1234\n\n"
            "Valmora and Kesh sign a water-sharing accord\n\n"
            "The foreign ministers of Valmora and Kesh signed a water-sharing accord in the capital on Thursday, "
            "ending a dispute over the river that had lasted a decade.\n\n"
            "The accord sets quotas for the dry season and a joint commission to watch over them, officials said.")
    art = build_article(RawDocument(source="t", format="jsonl", body=body,
                                    fields={"title": "Valmora and Kesh sign a water-sharing accord"}))
    assert art.published == "2020-03-06"


def test_a_country_s_coast_guard_is_the_service_not_a_coast(nlp):
    from conftest import resolved

    an, r = resolved(nlp, "The Japan Coast Guard said the China Coast Guard fired water cannon at a fishing boat.",
                     published=PUBLISHED)
    guards = {r.actors[m.actor_id].name: r.actors[m.actor_id] for m in an.mentions
              if m.actor_id and "Guard" in r.actors[m.actor_id].name}
    assert guards["China Coast Guard"].country == "CHN" and guards["China Coast Guard"].kind == "organisation"
    assert guards["Japan Coast Guard"].country == "JPN"


def test_a_condemned_attack_is_the_attack_not_the_force_that_ended_it(nlp):
    text = ("Gunmen killed two policemen as they stormed the Valmoran consulate in the port city of Kesh on Friday, "
            "officials said.\n\nSecurity forces killed all three attackers and secured the building within an hour, "
            "the army said.\n\nThe prime minister denounced the attack as a conspiracy.")
    ev = next(e for e in analysed_events(nlp, text, PUBLISHED) if e.trigger == "denounced")
    assert [r.text for r in ev.recipients] == ["Gunmen"]


def test_a_condemned_attack_far_from_its_telling_is_not_the_force_that_ended_it(nlp):
    text = ("Armed gunmen killed two policemen as they stormed the Valmoran consulate in Kesh on Friday, officials "
            "said, in a raid claimed by separatists.\n\nSecurity forces killed all three attackers and secured the "
            "building, the army said.\n\nNo Valmoran citizens were hurt, officials said.\n\nThe consul said all "
            "staff were safe.\n\nThe area is now clear.\n\nThe prime minister denounced the attack as a conspiracy "
            "against the two countries.")
    ev = next(e for e in analysed_events(nlp, text, PUBLISHED) if e.trigger == "denounced")
    assert "Security forces" not in [r.text for r in ev.recipients]


def test_islamic_jihad_is_the_palestinian_group_and_its_commander_a_rebel(nlp):
    from conftest import resolved

    an, r = resolved(nlp, "Israel killed a top Islamic Jihad commander, Baha Abu al-Ata, in Gaza City on Tuesday.",
                     published=PUBLISHED)
    by_name = {r.actors[m.actor_id].name: r.actors[m.actor_id] for m in an.mentions if m.actor_id}
    group = by_name["Palestinian Islamic Jihad"]
    assert (group.country, group.sector, group.kind) == ("PSE", "REB", "group")
    commander = by_name["Baha Abu al-Ata"]
    assert (commander.country, commander.sector) == ("PSE", "REB")


def test_one_of_a_group_s_leaders_is_not_the_leader_the_article_named(nlp):
    text = ("Another casualty was Taysir al-Jabari, a top Islamic Jihad leader, according to a PIJ statement.\n\n"
            "Tensions had been high since Israel arrested a PIJ leader in the West Bank on Tuesday.")
    ev = next(e for e in analysed_events(nlp, text, "2022-08-06") if e.trigger == "arrested")
    assert [r.name for r in ev.recipients] != ["Taysir al-Jabari"]
    text = "Hamas leader Ismail Haniyeh met Qatar's emir in Doha.\n\nIsrael said the Hamas leader had been targeted."
    ev = next(e for e in analysed_events(nlp, text, "2022-08-06") if e.trigger == "targeted")
    assert [r.name for r in ev.recipients] == ["Ismail Haniyeh"]


def test_a_former_office_holder_is_the_person_not_the_state(nlp):
    text = ("Iran executed Alireza Akbari, an Iranian former deputy defence minister, on Saturday.\n\n"
            "The former deputy Iranian minister of defence was arrested in 2019 and convicted of spying.")
    ev = next(e for e in analysed_events(nlp, text, "2023-01-14") if e.trigger == "arrested")
    assert [r.name for r in ev.recipients] == ["Alireza Akbari"]
    ev = next(e for e in analysed_events(nlp, "The former Iranian official was arrested in 2019, state media said.",
                                         "2023-01-14") if e.trigger == "arrested")
    assert [r.name for r in ev.recipients] != ["Iran"]
