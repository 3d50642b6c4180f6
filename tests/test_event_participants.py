"""Who did it to whom on sentences written for these tests (issue 16: actors and recipients)."""

from __future__ import annotations

from conftest import analysed_events, countries as _countries


def _events(nlp, text, published="2024-08-01"):
    return analysed_events(nlp, text, published)


def _texts(refs):
    return [r.text for r in refs]


def test_a_trip_to_a_border_site_visits_nobody(nlp):
    # a site whose name holds countries ("the Iran-Armenia border") was read as a place with no mention of its own
    evs = _events(nlp, "The president had been visiting the Iran-Armenia border when the storm began.")
    trip = [e for e in evs if e.trigger == "visiting"]
    assert trip and not trip[0].recipients


def test_who_a_relative_clause_says_was_killed_is_the_victim(nlp):
    # the parser makes "who" the active subject of the passive participle
    evs = _events(nlp, "The militia mourned its commander, who it said was killed in a Russian raid on his house.")
    killed = next(e for e in evs if e.trigger == "killed")
    assert _countries(killed.actors) == {"RUS"}
    assert _texts(killed.recipients) == ["its commander"] and not _countries(killed.recipients)


def test_a_participant_phrase_stops_before_a_date(nlp):
    evs = _events(nlp, "Leaders of an uprising in Burkina Faso on Friday, September 30, named a captain, Ibrahim "
                       "Traore, interim president.")
    ev = next(e for e in evs if e.trigger == "named")
    assert _texts(ev.actors) == ["Leaders of an uprising in Burkina Faso"]
    assert not any("September" in r.text or "Friday" in r.text for r in ev.actors + ev.recipients)


def test_a_place_the_tagger_calls_a_date_stays_in_the_phrase(nlp):
    evs = _events(nlp, "Leaders of a coup in Niger on Wednesday, July 26, named a general, Abdourahamane Tiani, "
                       "head of state after seizing power.")
    ev = next(e for e in evs if e.trigger == "named")
    assert _texts(ev.actors) == ["Leaders of a coup in Niger"]


def test_a_hyphenated_age_stays_in_the_phrase(nlp):
    ev = next(e for e in _events(nlp, "Officers said a 37-year-old woman suspected of planting the bomb had been "
                                      "detained.") if e.trigger == "detained")
    assert _texts(ev.recipients) == ["37-year-old woman"]


def test_a_clause_with_its_own_subject_is_not_done_by_the_place_it_describes(nlp):
    evs = _events(nlp, "The president had been visiting the Iran-Armenia border, where he met officials.")
    met = next(e for e in evs if e.trigger == "met")
    assert not any("border" in r.text for r in met.actors)


def test_kin_of_a_person_are_not_that_person(nlp):
    evs = _events(nlp, "Three sons of Ismail Haniyeh were killed in an Israeli airstrike in Gaza, the group said.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert _texts(ev.recipients) == ["Three sons of Ismail Haniyeh"]
    assert all(r.name is None and r.actor_id is None for r in ev.recipients)


def test_a_reaction_to_the_launch_is_done_to_who_launched(nlp):
    evs = _events(nlp, "North Korea launched a spy satellite on Tuesday. Japan and the United States condemned "
                       "the launch.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert _countries(ev.actors) == {"JPN", "USA"} and _countries(ev.recipients) == {"PRK"}


def test_a_reaction_to_the_attack_takes_the_attacker_reported_before(nlp):
    evs = _events(nlp, "Iran fired 180 ballistic missiles at Israel on Tuesday. The State Department condemned "
                       "the attack, calling it reckless.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert _countries(ev.recipients) == {"IRN"}


def test_a_reaction_to_an_act_only_alleged_has_no_recipient(nlp):
    # the shelling is the content of an accusation, not a reported act: nobody is known to have done it
    evs = _events(nlp, "Russia accused Ukraine of shelling the plant. Germany condemned the attack.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert not ev.recipients


def test_the_two_leaders_are_the_two_people_just_named(nlp):
    evs = _events(nlp, "U.S. President Donald Trump and Russian President Vladimir Putin ended their summit in "
                       "Alaska on Friday without a deal. The two leaders met for three hours at a military base.")
    met = next(e for e in evs if e.trigger == "met")
    assert _texts(met.actors) == ["Donald Trump", "Vladimir Putin"]


def test_he_follows_the_sentence_just_before(nlp):
    # the person the sentence just before names outranks a subject of the sentence before that
    text = "Vladimir Putin spoke first. Reporters later asked Donald Trump about the plan. He urged Kyiv to negotiate."
    ev = next(e for e in _events(nlp, text) if e.trigger == "urged")
    assert _texts(ev.actors) == ["Donald Trump"]


def test_placed_under_house_arrest(nlp):
    evs = _events(nlp, "Army officers said they seized power and placed President Ali Bongo under house arrest.")
    arrest = next(e for e in evs if e.trigger == "arrest")
    assert _texts(arrest.actors) == ["Army officers"] and _texts(arrest.recipients) == ["Ali Bongo"]


def test_killed_in_a_strike_gives_the_strike_its_victim(nlp):
    evs = _events(nlp, "Israel killed the commander in a powerful air strike in Beirut.")
    strike = next(e for e in evs if e.trigger == "strike")
    assert _countries(strike.actors) == {"ISR"} and _texts(strike.recipients) == ["the commander"]


def test_a_things_described_owner_is_who_was_hit(nlp):
    ev = next(e for e in _events(nlp, "Russia struck the militia's weapons depots overnight.") if e.trigger == "struck")
    assert _texts(ev.recipients) == ["the militia"]


# issue 16, args8: pronouns, doers named in the sentence, own countries, datelines, hosts (sentences written
# for these tests)

def test_he_after_a_described_subject_is_that_person_not_an_earlier_name(nlp):
    text = ("Prime Minister Maria Lindqvist resigned on Sunday. The army commander announced an interim council "
            "in a broadcast. He urged citizens to stay at home.")
    ev = next(e for e in _events(nlp, text) if e.trigger == "urged")
    assert not any("Lindqvist" in a.text for a in ev.actors)
    assert all("commander" in a.text for a in ev.actors)


def test_she_never_takes_a_man_by_his_title(nlp):
    text = "Mr Daniel Okafor opened the session in Abuja. She asked the delegates to vote."
    ev = next(e for e in _events(nlp, text) if e.trigger == "asked")
    assert not any("Okafor" in a.text for a in ev.actors)


def test_we_in_a_quotation_is_the_named_speaker(nlp):
    evs = _events(nlp, '"We support Moldova fully," Foreign Minister Anna Berg said on Tuesday.')
    ev = next(e for e in evs if e.trigger == "support")
    assert _texts(ev.actors) == ["Anna Berg"]
    assert _texts(ev.recipients) == ["Moldova"]


def test_the_owner_of_a_conviction_suffers_it(nlp):
    text = "The Supreme Court of Chile announced Juan Ortega's conviction for fraud on Friday."
    ev = next(e for e in _events(nlp, text) if e.trigger == "conviction")
    assert any("Ortega" in r.text for r in ev.recipients)
    assert not any("Ortega" in a.text for a in ev.actors)
    assert any("Court" in a.text for a in ev.actors)


def test_a_dateline_place_is_no_doer(nlp):
    evs = _events(nlp, "Nairobi: Kenya and Uganda agreed on Monday to reopen their shared border.")
    ev = next(e for e in evs if e.trigger == "agreed")
    assert "Nairobi" not in _texts(ev.actors)
    assert _countries(ev.actors) == {"KEN", "UGA"}


def test_a_name_that_starts_the_next_clause_is_not_a_second_target(nlp):
    text = "The line carried oil to Europe until Iraq invaded Kuwait and Syria refused to renew the permits."
    ev = next(e for e in _events(nlp, text) if e.trigger == "invaded")
    assert _texts(ev.recipients) == ["Kuwait"]


def test_subjects_joined_by_and_stay_both_doers(nlp):
    ev = next(e for e in _events(nlp, "Kenya and Uganda agreed on Monday to reopen the border.")
              if e.trigger == "agreed")
    assert _countries(ev.actors) == {"KEN", "UGA"}


def test_the_doers_own_country_is_not_its_recipient(nlp):
    ev = next(e for e in _events(nlp, "Chinese President Xi Jinping praised China and Brazil as close partners.")
              if e.trigger == "praised")
    assert _countries(ev.recipients) == {"BRA"}


def test_a_visit_to_a_capital_is_to_the_host_the_sentence_names(nlp):
    text = ("German Chancellor Olaf Scholz arrived in Paris for a state visit marking his close friendship with "
            "French President Emmanuel Macron.")
    ev = next(e for e in _events(nlp, text) if e.trigger == "arrived")
    assert _texts(ev.recipients) == ["Emmanuel Macron"]


def test_who_reports_a_killing_is_not_its_victim(nlp):
    text = ("The dissident Pavel Orlov died in a remote prison camp. Estonia's president said he had been "
            "murdered by the regime.")
    ev = next(e for e in _events(nlp, text) if e.trigger == "murdered")
    assert not any("president" in r.text for r in ev.recipients)


# -- issue 16 item 3: recipient classes from the blind audits (sentences written for these tests) ------------

def _one(evs, trigger):
    return next(e for e in evs if e.trigger == trigger)


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(nlp):
    # "accusing him": the one other person named before it, never the accuser
    evs = _events(nlp, "During a tense meeting on Friday, President Ana Ruiz shouted at Prime Minister Tomas Berg, "
                       "accusing him of cowardice.")
    assert _texts(_one(evs, "accusing").recipients) == ["Tomas Berg"]
    evs = _events(nlp, "Ignoring Berg's plea for mercy, Judge Ana Ruiz sentenced him to five years in prison.")
    sentenced = _one(evs, "sentenced")
    assert _texts(sentenced.actors) == ["Ana Ruiz"] and _texts(sentenced.recipients) == ["Berg"]


def test_an_object_pronoun_with_no_one_else_in_its_sentence_looks_back_but_never_to_the_doer(nlp):
    # with several others named, the last one named as a subject
    evs = _events(nlp, "Ruiz had promised that Tomas Berg would be allowed to leave and that prosecutors would "
                       "drop charges against him.")
    assert _texts(_one(evs, "drop").recipients) == ["Tomas Berg"]
    evs = _events(nlp, "Tomas Berg arrived in the capital on Monday. Police arrested him at the airport.")
    assert _texts(_one(evs, "arrested").recipients) == ["Tomas Berg"]
    evs = _events(nlp, "Judge Tomas Berg spoke on Monday. Judge Tomas Berg then sentenced him to prison.")
    assert not _one(evs, "sentenced").recipients  # not the judge, and a penalty is nobody


def test_a_piece_of_a_hyphenated_title_is_no_participant(nlp):
    evs = _events(nlp, "Peru ex-President, Pedro Castillo, has been sentenced to 11 years in prison.")
    assert _texts(_one(evs, "sentenced").recipients) == ["Pedro Castillo"]


def test_a_bare_title_before_a_titled_name_is_that_persons(nlp):
    evs = _events(nlp, "Former Chilean Prime Minister and party chief Michelle Bachelet has been arrested by police.")
    assert _texts(_one(evs, "arrested").recipients) == ["Michelle Bachelet"]
    # with an article, the title may be somebody else: both stay
    evs = _events(nlp, "Police arrested the minister and opposition leader Michelle Bachelet.")
    assert _texts(_one(evs, "arrested").recipients) == ["the minister", "Michelle Bachelet"]


def test_what_an_attack_is_done_with_is_not_its_target(nlp):
    evs = _events(nlp, "The rebels shelled the army's positions with artillery.")
    assert _texts(_one(evs, "shelled").recipients) == ["the army"]
    # the other side of a clash is who it is "with"
    evs = _events(nlp, "Police clashed with protesters in the capital.")
    assert _texts(_one(evs, "clashed").recipients) == ["protesters"]


def test_a_target_near_a_city_is_not_the_city(nlp):
    evs = _events(nlp, "Militants attacked a crowded market on the outskirts of the Kenyan capital Nairobi.")
    assert not _one(evs, "attacked").recipients
    # aimed at the country itself, a hostile act keeps it
    evs = _events(nlp, "Iran fired missiles at targets inside Israel.")
    assert _countries(_one(evs, "fired").recipients) == {"ISR"}


def test_an_attack_that_names_no_one_hit_the_people_it_killed(nlp):
    evs = _events(nlp, "Gunmen opened fire at a shopping centre near Nairobi, killing at least 30 people.")
    assert _texts(_one(evs, "opened").recipients) == ["30 people"]
    # (shoppers are people since the thirtieth session: fired at, they are whom the attack names)
    evs = _events(nlp, "Gunmen opened fire at shoppers near Nairobi, killing at least 30 people.")
    assert _texts(_one(evs, "opened").recipients) == ["shoppers"]
    evs = _events(nlp, "At least 12 tourists were feared killed when militants opened fire in a valley near the town.")
    assert _texts(_one(evs, "opened").recipients) == ["12 tourists"]


def test_of_after_a_charging_verbs_object_is_the_charge_not_the_participant(nlp):
    evs = _events(nlp, "The senator accused a senior army officer of involvement in the bombing.")
    assert _texts(_one(evs, "accused").recipients) == ["senior army officer"]
    # elsewhere "of" still says which one: an office, an act led
    evs = _events(nlp, "The chief of staff ran away as soon as he heard the news.")
    assert _texts(_one(evs, "ran").actors) == ["The chief of staff"]


def test_a_threat_is_aimed_at_whom_its_act_would_be_done_to(nlp):
    evs = _events(nlp, "Chile has also been threatening to attack Peru since August.")
    assert _countries(_one(evs, "threatening").recipients) == {"PER"}
    evs = _events(nlp, "Russia threatened to take countermeasures.")
    assert not _one(evs, "threatened").recipients


def test_to_read_as_a_dative_names_the_recipient(nlp):
    evs = _events(nlp, "Spain offered help to Portugal.")
    assert _countries(_one(evs, "offered").recipients) == {"PRT"}


def test_who_is_believed_to_have_fled_did_it_and_the_country_fled_is_nobody(nlp):
    evs = _events(nlp, "The ousted president, Evo Morales, is believed to have fled the country his party ruled "
                       "for years.")
    fled = _one(evs, "fled")
    assert _texts(fled.actors) == ["Evo Morales"] and not fled.recipients


def test_a_meeting_a_verb_carries_is_with_whom_its_noun_says(nlp):
    evs = _events(nlp, "President Gabriel Boric will host a summit with Argentine President Javier Milei and "
                       "Peruvian President Dina Boluarte in Santiago on May 3.")
    host = _one(evs, "host")
    assert _texts(host.recipients) == ["Javier Milei", "Dina Boluarte"]  # the venue gives way to who is met


# issue 16 item 3 (args10): a named counterpart the verb or the act it carries names


def test_the_act_a_verb_carries_says_whom_it_is_with_or_for(nlp):
    deal = next(e for e in _events(nlp, "The prime minister signed a trade agreement with Japan on Monday.")
                if e.type == "AGREE")
    assert _countries(deal.recipients) == {"JPN"}
    backing = next(e for e in _events(nlp, "The chancellor expressed support for Ukraine during the visit.")
                   if e.type == "SUPPORT")
    assert _countries(backing.recipients) == {"UKR"}


def test_whom_a_carried_act_is_aimed_at_when_the_parser_hangs_it_on_the_verb(nlp):
    ev = next(e for e in _events(nlp, "The European Union imposed new sanctions on Belarus last week.")
              if e.type == "SANCTION")
    assert _countries(ev.recipients) == {"BLR"}
    # the means of a hostile act is nobody acted upon
    raid = [e for e in _events(nlp, "Police launched a raid with armoured vehicles on Monday.")
            if e.trigger == "raid"]
    assert raid and not raid[0].recipients


def test_a_reply_is_to_whoever_made_the_proposal(nlp):
    ev = next(e for e in _events(nlp, "Germany rejected Russia's proposal for a ceasefire.") if e.type == "REJECT")
    assert _countries(ev.recipients) == {"RUS"} and _countries(ev.actors) == {"DEU"}
    ev = next(e for e in _events(nlp, "The general rejected proposals by the officers to reorganise the army.")
              if e.type == "REJECT")
    assert _texts(ev.recipients) == ["the officers"]


def test_who_a_passive_relative_clause_describes_suffered_it(nlp):
    ev = next(e for e in _events(nlp, "The embassy sheltered the former minister, who had been granted asylum "
                                      "there.") if e.trigger == "granted")
    assert _texts(ev.recipients) == ["the former minister"] and not ev.actors


def test_a_bare_conditional_participle_is_suffered_by_the_subject(nlp):
    ev = next(e for e in _events(nlp, "The senator could face ten years in prison if convicted.")
              if e.trigger == "convicted")
    assert _texts(ev.recipients) == ["The senator"] and not ev.actors


def test_a_threat_told_as_the_manner_of_an_act_is_aimed_at_its_object(nlp):
    ev = next(e for e in _events(nlp, "Washington labeled the Houthis a terrorist group, threatening to respond "
                                      "if the attacks continue.") if e.type == "THREATEN")
    assert _texts(ev.recipients) == ["Houthis"] and _countries(ev.actors) == {"USA"}
    # a threat after a verb of saying has no object to inherit
    ev = next(e for e in _events(nlp, "The minister said the talks had failed, threatening to walk out.")
              if e.type == "THREATEN")
    assert not ev.recipients


def test_things_an_attack_hits_in_a_country_are_that_countrys(nlp):
    ev = next(e for e in _events(nlp, "The British strikes targeted radar sites in Yemen, the ministry said.")
              if e.trigger == "targeted")
    assert _countries(ev.recipients) == {"YEM"}


def test_a_carried_act_names_no_counterpart_by_its_topic_its_place_or_a_reaction(nlp):
    # an act reacted to is someone else's, aimed elsewhere: who is condemned is who did it
    ev = next(e for e in _events(nlp, "The summit condemned Israel's recent attack on Qatar on Monday.")
              if e.trigger == "condemned")
    assert _countries(ev.recipients) == {"ISR"}
    # "on" after talks is what they are about; "at" after a meeting is where it is held
    ev = next(e for e in _events(nlp, "Officials said the raid undermined ongoing talks on Gaza.")
              if e.trigger == "undermined")
    assert not ev.recipients
    ev = next(e for e in _events(nlp, "The two leaders hold a meeting at the residence of the President of "
                                      "Russia near Moscow.") if e.trigger == "meeting")
    assert not ev.recipients
    # where a demanded return goes is no one the demand is made of
    ev = next(e for e in _events(nlp, "Thousands of protesters demanding a return to democratic government "
                                      "gathered outside parliament.") if e.trigger == "demanding")
    assert not ev.recipients


def test_a_seizure_of_power_is_from_whom_the_same_soldiers_detain(nlp):
    evs = _events(nlp, "Army officers said they seized power on Wednesday and placed President Ali Bongo under "
                       "house arrest.")
    coup = next(e for e in evs if e.trigger == "seized")
    assert _texts(coup.recipients) == ["Ali Bongo"]
    # seizing control of something and attacking a place: the place is not whom power was taken from
    coup = next(e for e in _events(nlp, "Militants seized control and attacked Kidal.") if e.trigger == "seized")
    assert not coup.recipients
