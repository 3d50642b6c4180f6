"""Cross-article evidence for the background flag (news vs an event recalled as context) and for the dates
of recalled events, applied to a story's mentions when its events are re-merged (``Linker._rebuild``).

Per article, the extractor decides background from the event's own date, grammar and a learned probability
(``nlp/events.py``); it cannot know what the story is about. The story can:

1. **The story's news, told again.** The events its reports lead with (an event in an article's first two
   sentences that the extractor calls news, at the default confidence) give the story's *lead keys*:
   (type, actor country, recipient country). A key is the story's when the leads of two independent
   reports carry it, or the lead of its only report. A mention with a lead key that the extractor called
   background on its model's word alone (no date of its own; not ``recalled`` by its sentence's grammar or time
   words; no recall wording just before the trigger: "after", "since", "in response to", "last", "previous",
   ...) is the news told again, so it is news
   (GUIDELINES: later sentences repeating the news event are coded again): "This is the minister's second
   visit in two months" in a report of the visit.
2. **An earlier story's news, recalled.** Each story files its lead keys in the store (``story_lead_keys``) with its
   first publication date and its lead event's day (where a time expression gave one). A mention of a later
   story (first published more than ``NEWS_DAYS`` after the earlier one) whose key is the earlier story's
   lead key and not its own story's is that earlier event recalled: background, unless the mention's own
   report was published within ``NEWS_DAYS`` of the earlier story's lead day (or first publication): a story
   merged across two arrests of one man holds reports of the earlier one's days, whose news it is. When the
   mention has no date
   and its trigger word is one the earlier story's lead used ("strike", "strikes"), it takes that day.
3. **The story's news, dated by its lead.** A news mention (after 1) with no date of its own, asserted, of
   a lead key's type and with no country that contradicts it (a side it names no country for is open, but
   it must name one side), where the key's lead mentions are pinned by a time expression to one day (every
   dated lead mention of the key states that day, none another), takes that day (GUIDELINES ``date``: the
   document pins it; "X arrived in Beijing on Tuesday" dates the undated "the visit" further down and in
   the other reports). Its ``date_text`` is the lead's time expression and ``date_source`` stays "timex":
   the date comes from a time expression, and merging and exports read only such dates. Never for
   background mentions, never from a publication date (nor from an ISO date equal to it, the metadata line
   some texts open with), never to a day after the mention's own report was published (a preview's "the
   visit" is not yet the visit), and not when two lead keys the mention fits give different days.
3b. **The report's news, dated by its own lead.** The story's lead keys need a confident lead and both sides'
   countries, to say what a story is about; one report's lead dating its own later sentences needs only the
   same happening: a news mention with no date, asserted, no recall wording before it, of the type of a dated
   lead mention of its report (any confidence), with a country in common on one side, or told with the lead's
   own word ("sentenced ... on Monday" and "the aide was sentenced to death"), and none contradicting,
   takes the day every such lead mention states, unless another report's lead gives the same happening
   another day ("Nasrallah was killed" under a lead "strikes on Beirut on Friday" with Lebanon acted upon in
   both). Neither 3 nor 3b dates a mention whose own sentence speaks of the future ("meetings are inevitable
   in the future"). A mention in a report's title or lead without recall wording is never taken for an
   earlier story's event (2): the lead tells the report's news.
4. **The report's headline news, told in its body** (``_named_by_headline``): a mention called background
   not ``recalled`` by its sentence, whose trigger is a form of a word of its report's title, with a participant
   the title names (or none, and "Pakistani" names the title's "Pakistan-Afghan"),
   no recall wording before it and no time of its own before the report's days, is news. The extractor reads
   the body only, and many texts do not repeat their title. A headline in other words counts too where
   dossier's hand trigger lexicon gives the title word one type, the mention's ("buildup" over "a large
   military deployment", both MOBILIZE), for a mention at the default confidence that is not a state held
   "since" or "for years" (weaker evidence than the same word). The spaCy pipeline dossier ships has no word
   vectors, so the lexicon's types stand in for word similarity. A headline word that describes rather than
   reports ("EU fires official arrested in probe") is read as the news, so only background flags are turned,
   never set.
5. **A report with no publication date** (``_before_the_story``): the extractor cannot tell a dated event of such
   a report from its news; the story can. A mention whose own time expression ends more than a week before the
   story's first known publication day is background.

The stored analyses keep the extractor's decision: the story's mentions are adjusted copies, so a re-merge
gives the same answer. Hand-written: the rules read dossier's own records (stories, resolved countries).

Trade-offs: countries are the only participant identity used (named actors vary in form between outlets), so
both sides must be known; an event reported with other countries or another type is not recognised; a story
linked before the earlier story it recalls is corrected only when it is next re-merged; two events of one
type between the same countries in one story (a second strike recalled in a report of the first) are told
apart only by their dates and the recall wording.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from datetime import date as Date
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from dossier.link.stories import _lead_end
from dossier.nlp import event_lexicon
from dossier.records import NOT_DONE_MODES, Analysis, EventMention, Story

BACKGROUND_DAYS = 7  # as the extractor's (nlp/events.py): dated more than a week before publication is recalled
NEWS_DAYS = 3  # an earlier story first published within this of this one may still be its news
MIN_CONFIDENCE = 0.55  # lead mentions under the shown threshold are too unsure to say what a story is about
STORIES_PER_KEY = 20  # most recent stories filed per key
SAME_WORD = 6  # first letters two triggers share to be one word ("sentenced"/"sentence"); STEM is looser
STEM = 4  # a trigger's first letters ("strike"/"strikes"), as link/events.py compares triggers
# wording just before a trigger that recalls or answers something else: the extractor's background stands
RECALL_BEFORE = re.compile(r"\b(?:after|following|since|before|amid|ago|last|previous|previously|earlier|prior|"
                           r"former|past|first|once|in\s+(?:response|retaliation|reply|revenge|reaction|the\s+wake))"
                           r"\b[^.;]*$", re.I)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
RECALL_WINDOW = 60  # characters before the trigger read for recall wording
# a span after the trigger that makes it a state held since earlier ("occupied by the army since 2014")
STATE_AFTER = re.compile(r"\b(?:since|ago|for\s+(?:\w+\s+){0,2}(?:years|decades|months))\b", re.I)
HEADLINE_TYPE_SHARE = 0.9  # a hand-lexicon word's share of one type for a headline word to name that type


def keys_of(em: EventMention) -> set[tuple[str, str, str]]:
    actors = {a.country for a in em.actors if a.country}
    recipients = {r.country for r in em.recipients if r.country}
    return {(em.type, a, r) for a in actors for r in recipients}


def _state_key(key: tuple[str, str, str]) -> str:
    """A lead key as the store files it: ``TYPE:ACTOR>RECIPIENT``."""
    return f"{key[0]}:{key[1]}>{key[2]}"


def _key_of(filed: str) -> tuple[str, str, str]:
    kind, _, pair = filed.partition(":")
    actor, _, recipient = pair.partition(">")
    return kind, actor, recipient


def _day(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _in_lead(em: EventMention, lead_end: int) -> bool:
    return em.sentence_start < lead_end


def lead_keys(analyses: list[Analysis]) -> tuple[set[tuple[str, str, str]], dict[tuple, tuple[str, str, set[str]]]]:
    """The story's lead keys, and for each the day its lead mentions give most often (with that day's time
    expression and the lead triggers' stems), where they give one."""
    reports: Counter = Counter()
    days: dict[tuple, Counter] = defaultdict(Counter)
    texts: dict[tuple, str] = {}
    stems: dict[tuple, set[str]] = defaultdict(set)
    independent = [an for an in analyses if not an.article.duplicate_of]
    for an in independent:
        end = _lead_end(an.article.text)
        seen: set[tuple] = set()
        for em in an.events:
            if not _in_lead(em, end) or em.background or em.confidence < MIN_CONFIDENCE or \
                    em.mode in NOT_DONE_MODES:
                continue
            for k in keys_of(em):
                seen.add(k)
                stems[k].add(em.trigger.lower()[:STEM])
                if em.date_source == "timex" and _day(em.date) is not None and not em.date_end:
                    days[k][em.date[:10]] += 1
                    texts.setdefault((k, em.date[:10]), em.date_text or "")
        reports.update(seen)
    need = 1 if len(independent) <= 1 else 2
    keys = {k for k, n in reports.items() if n >= need}
    dated = {}
    for k in keys:
        if days[k]:
            day = days[k].most_common(1)[0][0]
            dated[k] = (day, texts.get((k, day), ""), stems[k])
        else:
            dated[k] = ("", "", stems[k])
    return keys, dated


def pinned_days(analyses: list[Analysis], keys: set) -> dict[tuple, tuple[str, str]]:
    """For each lead key, the one day (and its time expression) that every lead mention of the key dated by
    a time expression states; keys whose dated lead mentions disagree, or that none dates, are left out."""
    days: dict[tuple, set[str]] = defaultdict(set)
    texts: dict[tuple, str] = {}
    for an in analyses:
        if an.article.duplicate_of:
            continue
        end = _lead_end(an.article.text)
        for em in an.events:
            if not _in_lead(em, end) or em.background or em.confidence < MIN_CONFIDENCE or \
                    em.mode in NOT_DONE_MODES or em.date is None:
                continue
            if em.date_text and ISO_DAY.fullmatch(em.date_text.strip()) and em.date[:10] == an.article.published:
                continue  # the publication date on a metadata line glued to the text, not the event's day
            for k in keys_of(em) & keys:
                # a lead mention dated to a month, a range or a publication day disagrees with a pinned day
                day = em.date[:10] if em.date_source == "timex" and _day(em.date) and not em.date_end else "?"
                days[k].add(day)
                if day != "?":
                    texts.setdefault(k, em.date_text or "")
    return {k: (next(iter(d)), texts[k]) for k, d in days.items() if len(d) == 1 and "?" not in d}


def _compatible(em: EventMention, key: tuple[str, str, str]) -> bool:
    """The mention may be the key's event: same type, and each side it names a country for is the key's
    (a side it names no country for is open: "the strikes" of a report whose lead gave both sides)."""
    actors = {a.country for a in em.actors if a.country}
    recipients = {r.country for r in em.recipients if r.country}
    return em.type == key[0] and bool(actors or recipients) and (not actors or key[1] in actors) and \
        (not recipients or key[2] in recipients)


def _dated_by_lead(em: EventMention, pinned: dict, published: str | None, timexes=()) -> EventMention:
    if em.background or em.date is not None or em.mode != "asserted":
        return em
    found = {day for k, day in pinned.items() if _compatible(em, k)}
    if len(found) != 1:
        return em
    day, text = found.pop()
    reported = _day(published)
    if reported is None or _day(day) > reported or _own_time_says_otherwise(em, timexes, day, published):
        return em
    return dataclasses.replace(em, date=day, date_end=None, date_source="timex", date_text=text or None)


def _sides(em: EventMention) -> tuple[set[str], set[str]]:
    return {a.country for a in em.actors if a.country}, {r.country for r in em.recipients if r.country}


def _same_happening(em: EventMention, lead: EventMention) -> bool:
    """Same type, a country in common on one side and none contradicting on either ("the strikes on
    Beirut on Friday" and "Nasrallah was killed" with Lebanon acted upon in both)."""
    if em.type != lead.type:
        return False
    (a, r), (la, lr) = _sides(em), _sides(lead)
    if (a and la and not a & la) or (r and lr and not r & lr):
        return False
    # the lead's own word for it ("was sentenced to death on Monday" ... "the minister was sentenced to death")
    # names the happening where the second mention names no country
    return bool(a & la or r & lr) or em.trigger.lower()[:SAME_WORD] == lead.trigger.lower()[:SAME_WORD]


def _own_time_says_otherwise(em: EventMention, timexes, day: str, published: str) -> bool:
    """The mention's own sentence speaks of the future ("meetings are inevitable in the future", "talks next
    week"): not the lead's past day. Earlier dates in the sentence are most often another event's it names
    ("comes in retaliation for an April 1 strike") and the day it was told is later than the lead's ("the
    army announced on Saturday that he was killed"): neither stops the lead's day."""
    return any(em.sentence_start <= tx.start < em.sentence_end and tx.type in ("DATE", "TIME") and (
        tx.value == "FUTURE_REF" or (tx.value or "")[:10] > published[:10]) for tx in timexes)


def _lead_day(em: EventMention) -> str:
    """The day a dated lead mention states, "?" for a month, a year or a range."""
    return em.date if em.date_source == "timex" and _day(em.date) and len(em.date) == 10 and not em.date_end \
        else "?"


def _dated_leads_of(events: list[EventMention], text: str, published: str | None) -> list[EventMention]:
    end = _lead_end(text)
    return [em for em in events if _in_lead(em, end) and not em.background and em.mode == "asserted"
            and em.date is not None and not (em.date_text and ISO_DAY.fullmatch(em.date_text.strip())
                                             and em.date[:10] == published)]


def _dated_leads(an: Analysis) -> list[EventMention]:
    return _dated_leads_of(an.events, an.article.text, an.article.published)


def _dated_by_own_lead(events: list[EventMention], text: str, published: str | None,
                       timexes: list = (), story_leads: list = ()) -> list[EventMention]:
    """3 within one report, whatever the lead's confidence: a news mention with no date of its own takes the
    day its report's lead pins for the same happening (``_same_happening``), where every such dated lead
    mention states that one day, not after the report's publication day. The story's lead keys (3) need a
    confident lead and both sides' countries, to say what a story is about; one report's lead dating its
    own later sentences needs only to be the same happening."""
    reported = _day(published)
    if reported is None:
        return events
    leads = _dated_leads_of(events, text, published)
    if not leads:
        return events
    own = [tx for tx in timexes if tx.type in ("DATE", "TIME")]
    out = []
    for em in events:
        if em.background or em.date is not None or em.mode != "asserted" or _recalled_before(em):
            out.append(em)
            continue
        same = [ld for ld in leads if ld is not em and _same_happening(em, ld)]
        days = {_lead_day(ld) for ld in same}
        # the other reports' leads must not give the same happening another day
        elsewhere = {_lead_day(ld) for ld in story_leads if ld is not em and _same_happening(em, ld)}
        if len(days) != 1 or "?" in days or elsewhere - days or _day(next(iter(days))) > reported:
            out.append(em)
            continue
        day = days.pop()
        if _own_time_says_otherwise(em, own, day, published):
            out.append(em)
            continue
        text_of = next(ld.date_text for ld in same if ld.date == day)
        out.append(dataclasses.replace(em, date=day, date_end=None, date_source="timex", date_text=text_of))
    return out


def _dated_by_the_story_day(events: list[EventMention], an: Analysis, story_leads: list[EventMention]
                            ) -> list[EventMention]:
    """3c. A report of the day after: where the story's reports lead with news their time expressions all put on
    one day D, a report published one or two days after D that dates none of its own news to a day tells the
    story's happenings of D. Its news mentions that only its publication day dated (``date_source``
    "published": asserted, no time of their own) and whose countries are the story's leads' (all of them, or two
    of them: "a 4-way memorandum was signed between Iraq, Turkey, Qatar and the UAE" in a report of Erdogan's
    visit to Baghdad the day before) take D, as "newsday" (the inferred day of the news, shown as such and never
    used to join or split events): "Turkey and Iraq have signed 26 agreements during Erdogan's visit", in a page
    of the next morning. Not a mention of other countries (a reaction elsewhere may be of the report's own day),
    and nothing in a story whose leads give more than one day. A report with no publication date counts from the
    day ``link/story_days.py`` inferred for its mention from the same act in the story's dated reports (their
    publication day: "a 4-way memorandum was signed" in an undated report, the day after the visit)."""
    if an.article.duplicate_of or not any(em.date_source == "published" for em in events):
        return events
    leads = [ld for ld in story_leads if ld.date_source == "timex"]
    days = {_lead_day(ld) for ld in leads}
    if len(days) != 1 or "?" in days:
        return events
    day = next(iter(days))
    if any(_lead_day(ld) != day for ld in _dated_leads(an) if ld.date_source == "timex"):
        return events
    countries = {c for ld in leads for side in _sides(ld) for c in side}
    text = next((ld.date_text for ld in leads if ld.date_text), None)
    out = []
    for em in events:
        own = {c for side in _sides(em) for c in side}
        # (the publication day, or for a report with none the one its story's dated reports gave the same act:
        # link/story_days.py)
        inferred = _day(em.date) if em.date_source == "published" else None
        if inferred is not None and 1 <= (inferred - Date.fromisoformat(day)).days <= 2 and \
                em.mode == "asserted" and not em.background and own and \
                (own <= countries or len(own & countries) >= 2):
            em = dataclasses.replace(em, date=day, date_end=None, date_source="newsday", date_text=text)
        out.append(em)
    return out


def _before_the_story(em: EventMention, first: Date | None) -> EventMention:
    """5. In a report with no publication date, a news mention whose own time expression puts it more than
    ``BACKGROUND_DAYS`` before the story's first known publication day (another report's) is recalled: the
    extractor compares dates with the publication day, which this report lacks ("Bae, who was arrested on
    Nov. 3, 2012" in an undated report of his 2014 release). A year or a month counts when it ends before the
    month before that day."""
    if first is None or em.background or not em.date or em.date_source != "timex":
        return em
    last = em.date_end or em.date
    day = _day(last)
    if day is not None:
        old = (first - day).days > BACKGROUND_DAYS
    elif re.fullmatch(r"\d{4}", last):
        old = int(last) < first.year
    elif re.fullmatch(r"\d{4}-\d{2}", last):
        old = (first.year * 12 + first.month) - (int(last[:4]) * 12 + int(last[5:7])) > 1
    else:
        old = False
    return dataclasses.replace(em, background=True) if old else em


def _recalled_before(em: EventMention) -> bool:
    at = em.trigger_start - em.sentence_start
    before = em.quote[max(0, at - RECALL_WINDOW):max(0, at)] if at > 0 else ""
    return bool(RECALL_BEFORE.search(before))


def settle(story: Story, analyses: list[Analysis], store=None) -> list[Analysis]:
    """The story's analyses with their event mentions' background flags (and the dates of recalled events)
    settled by the story and the earlier stories filed in ``store`` (none: the story alone); files the
    story's lead keys in ``store``. The analyses given are not changed."""
    keys, dated = lead_keys(analyses)
    pinned = pinned_days(analyses, keys)
    earlier: dict[tuple, list] = {}
    if store is not None:
        wanted = {k for an in analyses for em in an.events for k in keys_of(em)} - keys
        if wanted:
            found = store.get_lead_keys(_state_key(k) for k in wanted)
            first = _day(story.first_published)
            for k in wanted:
                rows = [r for r in found.get(_state_key(k)) or [] if r[0] != story.id]
                rows = [r for r in rows if first is not None and _day(r[1]) is not None
                        and (first - _day(r[1])).days > NEWS_DAYS]
                if rows:
                    earlier[k] = rows
        _file(store, story, keys, dated)
    story_leads = [em for an in analyses if not an.article.duplicate_of for em in _dated_leads(an)]
    known = [_day(an.article.published) for an in analyses]
    story_first = min((d for d in known if d is not None), default=None)
    out = []
    for an in analyses:
        lead_end = _lead_end(an.article.text)
        events = [_dated_by_lead(_named_by_headline(
                      _settled(em, keys, earlier, _in_lead(em, lead_end), an.article.published), an.article.title,
                      an.timexes, an.article.published), pinned, an.article.published, an.timexes)
                  for em in an.events]
        events = _dated_by_own_lead(events, an.article.text, an.article.published, an.timexes, story_leads)
        events = _dated_by_the_story_day(events, an, story_leads)
        if an.article.published is None:
            events = [_before_the_story(em, story_first) for em in events]
        out.append(an if all(a is b for a, b in zip(events, an.events)) else dataclasses.replace(an, events=events))
    return out


def _file(store, story: Story, keys: set, dated: dict) -> None:
    """File the story under its lead keys, and take it off the keys it no longer leads with."""
    # the keys it is still filed under (a key's 20 most recent stories are kept: it may have been dropped)
    before = {_key_of(k) for k in store.lead_keys_of(story.id)}
    if not keys and not before:
        return
    filed = store.get_lead_keys(_state_key(k) for k in keys | before)
    items: dict[str, list] = {}
    for k in keys | before:
        rows = [r for r in filed.get(_state_key(k)) or [] if r[0] != story.id]
        if k in keys:
            day, text, stems = dated[k]
            rows.append([story.id, story.first_published, day, text, sorted(stems)])
        items[_state_key(k)] = rows[-STORIES_PER_KEY:]
    # a story is re-merged at every batch that touches it: write only the keys whose stories changed (what
    # was read back compares equal to what would be written again)
    changed = {k: v for k, v in items.items() if filed.get(k, []) != v}
    if changed:
        store.put_lead_keys(changed)


def _settled(em: EventMention, keys: set, earlier: dict[tuple, list], lead: bool = False,
             published: str | None = None) -> EventMention:
    mine = keys_of(em)
    if not mine:
        return em
    if mine & keys:
        if em.background and em.date is None and em.mode != "negated" and not _recalled_before(em) and \
                not em.recalled:
            return dataclasses.replace(em, background=False)
        return em
    if lead and em.date is None and not _recalled_before(em):
        return em  # the report's title and lead tell its news: not an earlier story's event, nor its day
    # an earlier story is recalled only when its day differs from this report's own: a report published
    # within NEWS_DAYS of it (a story merged across two arrests of one man, a late copy) may tell it as news
    recalled = [r for k in mine for r in earlier.get(k, ()) if not _near(published, r)]
    if not recalled:
        return em
    if em.date is not None:
        return em if em.background else _background_if_same_day(em, recalled)
    stem = em.trigger.lower()[:STEM]
    days = sorted({(r[2], r[3]) for r in recalled if r[2] and stem in (r[4] or ())})
    if len(days) == 1:
        day, text = days[0]
        return dataclasses.replace(em, background=True, date=day, date_end=None, date_source="timex",
                                   date_text=text or None)
    return em if em.background else dataclasses.replace(em, background=True)


WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# words in a headline before its event word that make it an earlier event recalled ("a year after the coup",
# "since the invasion", "anniversary of the strike", "former ... jailed")
HEADLINE_RECALL = re.compile(r"\b(?:since|ago|anniversary|years?|months?|weeks?|decades?|last|previous|former|"
                             r"earlier|first|once|in\s+(?:response|retaliation|reply|revenge|reaction))\b", re.I)


def _named_by_headline(em: EventMention, title: str, timexes=(), published: str | None = None) -> EventMention:
    """4. **The report's headline news, told in its body.** A mention called background whose trigger word
    (first ``SAME_WORD`` letters) the report's own title uses, with no recall wording before the trigger, no
    date of its own before the report's days, no time expression in its sentence other than those days, and
    a participant the title names (or none named), is the headline's news told again: news ("Candidate shot
    dead" over "... when a man stepped forward and shot him"; "Sahel juntas to withdraw from the bloc" over
    "the leaders announced the immediate withdrawal"). The extractor reads only the body, where a title is
    often not part of the text. Not a title word recalled in the title itself ("a year after the coup")."""
    if not em.background or em.recalled or not title or em.mode != "asserted" or _recalled_before(em):
        return em
    if em.date is not None and not _within_news_days(em.date, published):
        return em
    if any(em.sentence_start <= tx.start < em.sentence_end and tx.type in ("DATE", "TIME") and
           not _within_news_days(tx.value if tx.anchored else None, published) for tx in timexes):
        return em
    # function words are no headline's event word ("with" is no form of "withdrew")
    words = [(m.start(), m.group().lower()) for m in WORD.finditer(title) if m.group().lower() not in STOP_WORDS]
    at = next((i for i, w in words if _one_word(w, em.trigger.lower())), None)
    if at is None and em.confidence >= MIN_CONFIDENCE and not STATE_AFTER.search(em.quote[em.trigger_end -
                                                                                       em.sentence_start:]):
        # the headline in other words: a title word that dossier's hand trigger lexicon gives the mention's
        # type and no other ("buildup" over "a large military deployment", both MOBILIZE). Weaker evidence
        # than the same word: only for a mention sure of its type, not a state held "since" or "for years"
        at = next((i for i, w in words if em.type in _headline_types(w)), None)
    if at is None or HEADLINE_RECALL.search(title[:at]):
        return em
    named = {w for p in (*em.actors, *em.recipients) for w in WORD.findall(f"{p.text} {p.name or ''}".lower()) if len(w) > 3}
    if named and not any(_one_name(n, w) for n in named for w in _title_names(words)):
        return em
    return dataclasses.replace(em, background=False)


@lru_cache(maxsize=4096)
def _headline_types(word: str) -> frozenset[str]:
    """The one PLOVER type that dossier's hand-kept trigger lexicon (``data/triggers.yaml`` in the generated
    lexicon) gives a title word that is one of its forms ("buildup", "shelled" of "shell"; not "with" of
    "withdraw"); none
    for a word the lexicon gives several types or does not list. Only the hand lexicon: the CAMEO verbs'
    priors spread one word over many types, and a headline word must name its event's kind for sure."""
    if len(word) < STEM:
        return frozenset()
    hand = event_lexicon.load().get("hand", {})
    types = {t for lemma, shares in hand.items() if " " not in lemma and (word.startswith(lemma) if len(
                 lemma) < SAME_WORD else word[:SAME_WORD] == lemma[:SAME_WORD])
             for t, share in shares.items() if share >= HEADLINE_TYPE_SHARE}
    return frozenset(types) if len(types) == 1 else frozenset()


def _title_names(words: list[tuple[int, str]]) -> set[str]:
    """The title's words and the parts of its hyphened compounds ("Pakistan-Afghan clashes": "pakistan",
    "afghan"), where headlines name both sides of a conflict."""
    return {part for _, w in words for part in (w, *w.split("-")) if len(part) > 3}


def _one_name(a: str, b: str) -> bool:
    """One name in two forms: equal, or a country and its people's adjective sharing their first
    ``SAME_WORD`` letters ("Pakistani" in the body, "Pakistan" in the title; "Afghan"/"Afghanistan")."""
    return a == b or (min(len(a), len(b)) >= SAME_WORD and a[:SAME_WORD] == b[:SAME_WORD])


def _one_word(a: str, b: str) -> bool:
    """Two forms of one word: the same first ``SAME_WORD`` letters, or the shorter (of ``STEM`` letters or more)
    begins the longer ("storm"/"stormed", "withdraw"/"withdrawal", "shot"/"shot")."""
    short, long_ = sorted((a, b), key=len)
    return a[:SAME_WORD] == b[:SAME_WORD] if len(short) >= SAME_WORD else \
        len(short) >= STEM and long_.startswith(short)


def _within_news_days(value: str | None, published: str | None) -> bool:
    day, pub = _day(value), _day(published)
    return day is not None and pub is not None and 0 <= (pub - day).days <= NEWS_DAYS


def _near(published: str | None, filed: list) -> bool:
    """The report was published within ``NEWS_DAYS`` of the filed story's lead day (or first publication)."""
    mine, theirs = _day(published), _day(filed[2]) or _day(filed[1])
    return mine is not None and theirs is not None and abs((mine - theirs).days) <= NEWS_DAYS


def _background_if_same_day(em: EventMention, recalled: list) -> EventMention:
    """A dated mention is the earlier story's event only when its day is that story's lead day."""
    if any(r[2] and em.date[:10] == r[2] for r in recalled):
        return dataclasses.replace(em, background=True)
    return em
