"""Faults read on real news in the ninth session (issues 16 and 17). All text written for these tests."""

from conftest import resolved


def _event(an, trigger: str):
    return next((e for e in an.events if e.trigger == trigger), None)


def test_an_act_killed_in_a_dated_occasion_takes_its_day(nlp):
    text = "A regional commander said 30 fighters were killed in Monday's airstrikes near the border."
    an, _ = resolved(nlp, text, published="2015-02-17")
    ev = _event(an, "killed")
    assert ev is not None and ev.date == "2015-02-16"


def test_a_number_inside_a_description_does_not_make_a_news_perfect_a_count(nlp):
    text = ("Orlandia says that Valmora has shelled a border office -- a joint post built to help the two "
            "countries talk -- just north of the frontier. The move ends a decade of contacts.")
    an, _ = resolved(nlp, text, published="2020-06-16")
    ev = _event(an, "shelled")
    assert ev is not None and ev.date == "2020-06-16"


def test_a_count_done_by_the_act_still_keeps_a_news_perfect_undated(nlp):
    text = ("Valmoran forces have arrested 300 protesters in the capital. The opposition called for calm.")
    an, _ = resolved(nlp, text, published="2020-06-16")
    ev = _event(an, "arrested")
    assert ev is None or ev.date is None


def test_the_present_progressive_of_the_news_part_is_the_report_day(nlp):
    text = ("Thousands of people marched in the Orlandian capital on Sunday against food shortages. "
            "Protesters are also demanding the release of detained students.")
    an, _ = resolved(nlp, text, published="2021-07-11")
    ev = _event(an, "demanding")
    assert ev is not None and ev.date == "2021-07-11"


def test_a_still_ongoing_progressive_stays_undated(nlp):
    text = ("Thousands of people marched in the Orlandian capital on Sunday against food shortages. "
            "Protesters are still demanding the release of students detained since 2019.")
    an, _ = resolved(nlp, text, published="2021-07-11")
    ev = _event(an, "demanding")
    assert ev is None or ev.date is None


def test_a_simple_past_act_a_party_states_on_a_day_takes_that_day(nlp):
    text = ("Valmoran troops seized the Tarvo dam after a fire broke out at the site, Orlandian officials "
            "said on Friday.")
    an, _ = resolved(nlp, text, published="2022-03-04")
    ev = _event(an, "seized")
    assert ev is not None and ev.date == "2022-03-04"


def test_a_simple_past_act_a_medium_reports_on_a_day_keeps_no_day(nlp):
    text = "Valmoran troops seized the Tarvo dam, state media reported on Friday."
    an, _ = resolved(nlp, text, published="2022-03-05")
    ev = _event(an, "seized")
    assert ev is None or ev.date != "2022-03-04"


def test_whom_a_memorandum_of_understanding_is_signed_with(nlp):
    text = "Italy signed a memorandum of understanding with China on Saturday in Rome."
    an, _ = resolved(nlp, text, published="2019-03-23")
    ev = _event(an, "signed")
    assert ev is not None and [r.text for r in ev.recipients] == ["China"]


def test_a_counterpart_met_and_allies_urged_are_recipients(nlp):
    text = ("The local Orlandian army commander held a meeting with his Valmoran counterpart on Friday. "
            "Orlandia urged coalition allies to send more aid.")
    an, _ = resolved(nlp, text, published="2022-12-13")
    urged = _event(an, "urged")
    assert urged is not None and [r.text for r in urged.recipients] == ["coalition allies"]
    met = [e for e in an.events if e.type == "CONSULT"]
    assert met and any("counterpart" in r.text for e in met for r in e.recipients)


def test_a_joint_leaders_title_is_not_part_of_the_name(nlp):
    text = "Orlandian People's Party (OPP) Co-Chairs Selin Araz and Kemal Durak have been arrested."
    an, _ = resolved(nlp, text, published="2016-11-04")
    names = {m.text for m in an.mentions if m.label == "PERSON"}
    assert "Selin Araz" in names and not any(n.startswith("Co") for n in names)


def test_a_counterpart_takes_no_country_from_whose_counterpart_he_is(nlp):
    text = ("Orlandia said its commander in the area held a flag meeting with his counterpart to discuss the "
            "issue on Friday.")
    an, _ = resolved(nlp, text, published="2022-12-13")
    refs = [r for e in an.events for r in e.recipients if "counterpart" in r.text]
    assert refs and all(r.country is None for r in refs)


def test_a_counted_group_including_a_named_member_keeps_the_whole_group(nlp):
    text = "Security forces stormed the court late on Monday and arrested two judges, including the chief justice."
    an, _ = resolved(nlp, text, published="2018-02-06")
    ev = _event(an, "arrested")
    assert ev is not None and [r.text for r in ev.recipients] == ["two judges", "the chief justice"]


def test_a_date_after_a_place_reached_through_is_the_acts_own(nlp):
    text = ("Several thousand protesters marched through Lurin and other Orlandian cities Feb. 2 on the 12th "
            "weekend of action against the government.")
    an, _ = resolved(nlp, text, published="2019-02-07")
    ev = _event(an, "marched")
    assert ev is not None and ev.date == "2019-02-02"


def test_a_quoted_present_demand_is_of_the_day_the_words_were_reported(nlp):
    text = ("Valmoran jets struck targets near Lurin on Wednesday. "
            "\u201cOrlandia demands the end of this aggression,\u201d the foreign ministry said.")
    an, _ = resolved(nlp, text, published="2016-08-24")
    ev = _event(an, "demands")
    assert ev is not None and ev.date == "2016-08-24" and ev.date_source == "published"


def test_a_quoted_past_act_is_not_dated_by_the_report(nlp):
    text = ("\u201cIn order to build leverage, they admitted to an attack in Lurin that killed one of our "
            "soldiers,\u201d the president wrote about the rebels.")
    an, _ = resolved(nlp, text, published="2019-09-08")
    ev = _event(an, "admitted")
    assert ev is None or ev.date is None


def test_a_report_leading_with_another_days_news_dates_nothing_else_by_itself(nlp):
    text = ("Valmoran jets bombed a fuel depot near Lurin on Monday, officials said. "
            "Police said officers detained two protest organisers outside the building.")
    an, _ = resolved(nlp, text, published="2021-07-14")
    ev = _event(an, "detained")
    assert ev is None or ev.date != "2021-07-14"


def test_a_bulleted_date_under_the_headline_in_the_urls_month_is_the_publication_date():
    from dossier.ingest.dates import publication_date

    text = ("Ferry strike spreads to the northern ports\n\u2022 25/07/2015\n"
            "Ferry crews in three northern ports walked out on Friday, stranding hundreds of travellers for a "
            "second day as talks with the operators stalled.\nThe union said the strike would go on.")
    fields = {"url": "https://news.example.org/home/politics/2015/07/ferry-strike-spreads.html",
              "title": "Ferry strike spreads to the northern ports"}
    dated = publication_date(text.splitlines(), text, fields, title=fields["title"])
    assert dated.value == "2015-07-25"


def test_a_bulleted_date_above_the_headline_is_still_a_menu_banner():
    from dossier.ingest.dates import publication_date

    text = ("\u2022 25/07/2015\nFerry strike spreads to the northern ports\n"
            "Ferry crews in three northern ports walked out on Friday, stranding hundreds of travellers for a "
            "second day as talks with the operators stalled.\nThe union said the strike would go on.")
    fields = {"url": "https://news.example.org/home/politics/2015/07/ferry-strike-spreads.html",
              "title": "Ferry strike spreads to the northern ports"}
    dated = publication_date(text.splitlines(), text, fields, title=fields["title"])
    assert dated.value != "2015-07-25"


def test_a_stamp_line_beside_the_byline_dates_the_page_however_far_down():
    from dossier.ingest.dates import publication_date

    menu = "\n".join(["Politics", "World", "Video", "Get more news", "Sign in", "Subscribe", "Share", "Search",
                      "Live TV"])
    text = (menu + "\nJan. 26, 2025, 10:56 PM GMT+6 / Updated Jan. 27, 2025, 10:01 AM GMT+6\n"
            "By Ana Lopes and Ben Hart\n"
            "The ministry said on Sunday that the two sides had agreed to reopen the border crossing after a week "
            "of talks.\nTrade resumed on Monday.")
    assert publication_date(text.splitlines(), text, {}).value == "2025-01-26"


def test_a_full_date_in_an_agency_datelines_brackets():
    from dossier.ingest.dates import publication_date

    text = ("LISBON (Harbour News / Wire - 15th March, 2023) The port authority closed two terminals on Tuesday "
            "after a fire in a warehouse.\nNo one was hurt, officials said.")
    assert publication_date(text.splitlines(), text, {}).value == "2023-03-15"


def test_a_stamp_above_the_menus_gives_way_to_the_date_under_the_headline():
    from dossier.ingest.dates import publication_date

    title = "Harbour city hosts a grand fair for the visiting premier"
    text = ("December 16, 2025 02:40 pm (IST)\nFollow us:\nShare\n" + title + "\n| | Sep 18, 2014, at 02:35 am\n"
            "The harbour city put on a grand fair on Wednesday for the visiting premier, who toured the old port "
            "and the new container terminal.\nThe visit ends on Friday.")
    assert publication_date(text.splitlines(), text, {"title": title}, title=title).value == "2014-09-18"


def test_who_wrote_the_page_is_no_actor_and_a_chief_ministers_title_is_no_name(nlp):
    text = ("The harbour strike entered its third day on Monday, union leaders said.\n\n"
            "Gujarat CM Anandiben Patel welcomed the premier at the airport.\n\n"
            "With assistance from Maria Olsen and Peter Lund.\n\n"
            "This report by The Harbour Press was first published on Jan. 4, 2024.")
    an, _ = resolved(nlp, text, published="2024-01-04")
    names = {m.text for m in an.mentions}
    assert "Anandiben Patel" in names
    assert not names & {"Maria Olsen", "Peter Lund", "The Harbour Press", "Harbour Press", "CM Anandiben Patel"}
