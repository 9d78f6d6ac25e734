"""The Russian extraction path: one Article in Russian -> one Record (``lang: "ru"``).

The stages follow the English pipeline's (:mod:`dateline.extract.stages`) over the same
:class:`~dateline.extract.document.DocState`, with Natasha in place of spaCy:

==========  =========================================  ======================================
stage       reads                                      sets
==========  =========================================  ======================================
header      article, text                              dateline, body_start, published; the
                                                       headline and page lines (page.py)
parse       text, page lines blanked                   RuDoc (Natasha: tokens, syntax, NER)
actors      RuDoc, body_start, published               actors (aliases: Cyrillic), mentions
time        text, published, dateline                  times (find_russian_times)
events      RuDoc, actors, mentions, times             events (kinds, status, parties, place; no visit
                                                       of delegations arriving together)
again       events, RuDoc                              events (a meeting told again dropped)
sides_next  events, RuDoc                              events (talks told by their people next)
dated_next  events, RuDoc, times                       events (a sitting dated by the next sentence:
                                                       "Заседание пройдет 10 октября в Душанбе")
frame       events, dateline                           events (story frame inherited)
visit days  events, text                               events (a gathering "в рамках визита": its days)
told_days   events, RuDoc                              events ("в тот же день": the day of the one before)
eve         events, RuDoc                              events ("накануне саммита": dated by the one before)
pairs       events, RuDoc                              events ("лидеры двух стран", "Стороны
                                                       договорились провести консультации": the two
                                                       sides of the engagement told before)
invited     events, RuDoc                              events (a visit told after the invitation to it:
                                                       its invitees visit, its inviters host)
sidelines   events, RuDoc                              events (who met on a gathering's sidelines, or
                                                       "приняли участие" after it, attended it)
delegations events, RuDoc                              events (who led a delegation of talks told before;
                                                       who came in a visit's delegation); names
                                                       spelt again by the state a delegation told,
                                                       adjective surnames by the nominative told
settle      events, RuDoc                              events (talks of three states multilateral, a
                                                       two-state body's sitting a meeting; "двусторонние
                                                       встречи с A и B": one meeting each)
bundles     events, RuDoc                              events (documents signed in a bundle, told
                                                       passively: no signers but those named there)
invited_to  events, RuDoc                              events (a planned gathering invited to: only
                                                       who confirmed taking part attends)
held_today  events, RuDoc                              events (a gathering told held or opening by its
                                                       own verb, undated: the report's day)
assemble    everything                                 Record (the English ``to_record``)
==========  =========================================  ======================================

Offsets are into the original text; only the headline and the page's own lines are blanked
(with spaces) before the parse.
"""

from __future__ import annotations

from dateline.article import Article
from dateline.extract.assemble import to_record
from dateline.extract.document import DocState
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.actors import run_ru_actors
from dateline.extract.russian.adjective_surnames import adjective_surnames
from dateline.extract.russian.again import told_again
from dateline.extract.russian.arriving_delegations import no_delegations_arriving
from dateline.extract.russian.attendance import invited_to
from dateline.extract.russian.bilateral_meetings import one_meeting_each
from dateline.extract.russian.bundles import bundle_signers, unsigned
from dateline.extract.russian.dated_next import dated_next, held_today
from dateline.extract.russian.days import gathering_in_visit
from dateline.extract.russian.delegations import delegation_heads, delegation_members
from dateline.extract.russian.eve import eve_days
from dateline.extract.russian.events import find_ru_events, finish
from dateline.extract.russian.frame import apply_frame
from dateline.extract.russian.header import (
    date_line_end,
    find_ru_dateline,
    find_ru_published,
    ru_told_day,
)
from dateline.extract.russian.invitations import no_unnamed_messenger
from dateline.extract.russian.invited_visits import invited_visits
from dateline.extract.russian.messengers import invitee_of_talks
from dateline.extract.russian.nlp import RuDoc, parse
from dateline.extract.russian.page import lone_headline, masked, page_spans
from dateline.extract.russian.pairs import the_sides_told_before, the_two_sides
from dateline.extract.russian.prepared import prepared_only
from dateline.extract.russian.respell import respell
from dateline.extract.russian.settle import settle_kinds
from dateline.extract.russian.sidelines import attendees, took_part
from dateline.extract.russian.sides_next import sides_told_next
from dateline.extract.russian.signed_within import signed_within
from dateline.extract.russian.told_days import told_days
from dateline.extract.russian.visit_hosts import visit_hosts
from dateline.extract.stages import reanchor
from dateline.record import Record

__all__ = ["extract_russian"]


def _times(state: DocState, doc: RuDoc, page: list[tuple[int, int]]) -> None:
    from dateline.extract.russian.clause import told_ahead, verb_tense
    from dateline.extract.time.russian import find_russian_times

    def tense(start: int, end: int) -> str | None:
        """The tense of the verb the date hangs on ("Напомним, что 2 июля X встретился": past;
        "X совершит визит 20-21 ноября, сообщили в МИД": future), else of the nearest verb."""
        token = doc.token_at(start)
        if token is None:
            return None
        if state.text[max(0, start - 3):start].lower() in (" на", "\nна"):
            return "future"  # "намечено на ноябрь", "запланирован на апрель": a date set ahead
        own = [t for t in doc.tokens_of(token.sent) if start <= t.start < end]
        head = next((doc.tokens[w.head] for w in own if w.head is not None
                     and not start <= doc.tokens[w.head].start < end), None)
        if head is not None and head.pos == "NOUN" and told_ahead(doc, head):
            return "future"  # "подготовку к визиту делегации в феврале": the month to come
        if head is not None and head.pos == "NOUN" and head.head is not None:
            head = doc.tokens[head.head]  # over the event's own noun: "совершит визит 20-21 ноября"
            if L.event_words("agreeing_on").at([head.lemma], 0) is not None:
                return "future"  # "договорились о встрече в апреле": the talks agreed on are to come
        if head is not None and head.feats.get("VerbForm") == "Inf" and head.head is not None and any(
                L.event_words(words).at([doc.tokens[head.head].lemma], 0) is not None
                for words in ("agreeing_on", "planning", "deciding")):
            return "future"  # "условились провести консультации 14 апреля", "которые решено провести в июле"
        if head is not None and L.event_words("planning").at([head.lemma], 0) is not None:
            return "future"  # "проведение которого намечено на ноябрь", "запланированному на декабрь"
        if head is not None and head.pos in ("VERB", "AUX") and head.feats.get("VerbForm") != "Part" \
                and (abs(head.index - own[0].index) <= 6 or not _verb_between(doc, head.index, own[0].index)) \
                and (found := verb_tense(head)):
            return found  # (not "будет принят": its auxiliary's; nor a verb far off, the parser's
            # guess for a date inside a long noun phrase)
        verbs = [t for t in doc.tokens_of(token.sent) if verb_tense(t) and t.pos in ("VERB", "AUX")]
        if not verbs:
            return None
        return verb_tense(min(verbs, key=lambda t: abs(t.start - start)))

    times = find_russian_times(state.text, state.published, tense=tense)
    header = date_line_end(state.text)  # " date 2026-04-15": the publication date, no time told
    times = [t for t in times if t.span[0] >= header and not any(a <= t.span[0] < b for a, b in page)]
    if state.dateline is not None:
        first, last = state.dateline.span
        times = [t for t in times if not (t.span[0] >= first and t.span[1] <= last)]
    state.times = reanchor(times, state.published)


def _verb_between(doc: RuDoc, first: int, last: int) -> bool:
    """A verb other than the date's head, or an event's noun not the head's own object, stands
    between them ("проведет переговоры с министром ... Ван И в январе, сообщила ...": none, so
    January is the talks' month to come; not "станет шагом в реализации решений саммита ... 12-13
    октября": the summit's days)."""
    low, high = sorted((first, last))
    return any(t.pos in ("VERB", "AUX") or t.pos == "NOUN" and t.head != first and
               L.cues().at([t.lemma], 0) is not None for t in doc.tokens[low + 1:high])


def extract_russian(article: Article) -> Record:
    """Extract one Russian article (the caller checks the language)."""
    state = DocState(article=article, text=article.text)
    found = find_ru_dateline(state.text)
    page: list[tuple[int, int]] = []
    if found is not None:
        state.dateline, state.body_start = found.info, found.end
        page += [found.headline] if found.headline else []
    else:
        start = date_line_end(state.text)
        state.body_start = lone_headline(state.text, start)
        page += [(start, state.body_start)] if state.body_start > start else []
    page += page_spans(state.text, state.body_start)
    state.published, state.published_from = find_ru_published(state.text, article.published,
                                                               state.dateline)
    state.issued = state.published
    told = ru_told_day(state.dateline, state.published)
    if told is not None:  # "БАКУ, 3 декабря. /Тренд/." published on 4 December: "сегодня" is the 3rd
        state.published = told
    doc = parse(masked(state.text, page))  # the headline and the page's lines blanked
    run_ru_actors(state, doc)
    _times(state, doc, page)
    events = told_again(state, doc, no_delegations_arriving(doc, find_ru_events(state, doc)))
    sides_told_next(state, doc, events)
    dated_next(state, doc, events)
    passive = unsigned(state, doc, events)
    events = apply_frame(state, events)
    no_unnamed_messenger(state, doc, events)
    invitee_of_talks(state, doc, events)
    gathering_in_visit(state.text, events)
    told_days(state, doc, events)
    eve_days(state, doc, events)
    the_two_sides(state, doc, events)
    the_sides_told_before(state, doc, events)
    invited_visits(state, doc, events)
    prepared_only(state, doc, events)
    attendees(state, doc, events)
    took_part(state, doc, events)
    delegation_heads(state, doc, events)
    delegation_members(state, doc, events)
    adjective_surnames(state)  # "принял Михаила Швыдкого ... М.Швыдкой отметил": Швыдкой
    respell(state)  # a head whose state only "Кыргызскую сторону возглавил X" told: its scheme
    settle_kinds(state, doc, events)
    events = one_meeting_each(state, doc, events)
    bundle_signers(state, doc, events, passive)
    signed_within(state, doc, events)
    invited_to(state, doc, events)
    visit_hosts(state, events)
    held_today(state, doc, events)
    finish(state, events, state.published)
    # an engagement between states with no party at all, even after the story frame ("Главы
    # государств провели переговоры" in a report that names no state): nothing to record
    state.events = [e for e in events if e.countries or e.participants or e.kind == "gathering"]
    record = to_record(state)
    return record.model_copy(update={"lang": "ru"})
