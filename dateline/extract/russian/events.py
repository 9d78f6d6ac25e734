"""Events of a Russian report: cues of ``ru_events.yaml`` on lemmas, their clause and parties.

One event per kind per sentence ("прибыл с официальным визитом" is one visit); "в ходе визита",
"по итогам переговоров" refer back to an event told before and add none; "принял" is a
reception (a meeting the guest pays the host) only with a party as its object. The parties are
the actors mentioned in the sentence: those before the trigger are its source, those after it
the recipient; "по приглашению X" makes X the host (a visit's recipient).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateline.extract.document import DocState, EventDraft, Mention
from dateline.extract.events.plover import code_plover
from dateline.extract.places import org_by_acronym
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.clause import (
    clause_place,
    clause_status,
    nearest_time,
    party_span,
    speaker_spans,
    unreal,
)
from dateline.extract.russian.domestic_acts import domestic_act, held_at_home
from dateline.extract.russian.gatherings_together import (
    clause_parties,
    coordinated,
    one_gathering,
    own_clause,
    split_parties,
)
from dateline.extract.russian.guest_clause import guest_first
from dateline.extract.russian.invitations import (
    invitation_from_visit,
    named_inviter,
    no_invited_bodies,
)
from dateline.extract.russian.lexicon import Cue
from dateline.extract.russian.naming import (
    body_of_two,
    document_names,
    gathering_name,
    possessed_body,
)
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.parties import (
    STOP,
    invited_by,
    party_countries,
    sentence_mentions,
    topic_mentions,
)
from dateline.extract.russian.recalled_visits import recalled_visit
from dateline.extract.russian.receptions import inverted, passive, reception
from dateline.extract.russian.sidelines import sat_before, venue_mentions
from dateline.extract.russian.title_reach import post_scope
from dateline.extract.russian.words import Match

__all__ = ["find_ru_events", "party_countries"]



def _in_place_phrase(doc: RuDoc, mention: Mention) -> bool:
    """"в Казахстане": a country named as the place, not as a party."""
    token = doc.token_at(mention.start)
    if token is None or token.index == 0:
        return False
    before = doc.tokens[token.index - 1]
    return before.sent == token.sent and before.lemma in ("в", "во", "из", "на")


def _told_by(doc: RuDoc, tokens: list[RuToken], mentions: list[Mention]) -> set[int]:
    """Mentions (by start) in "по словам X", up to the next comma: who tells, not who acts."""
    keys = [t.lemma for t in tokens]
    out: set[int] = set()
    for match in L.event_words("according_to").find(keys):
        first = tokens[match.last].start if match.last < len(tokens) else tokens[-1].end
        stop = next((t.start for t in tokens[match.last:] if t.text == "," or t.text in STOP),
                    tokens[-1].end)
        out |= {m.start for m in mentions if first <= m.start < stop}
    return out


def _party_mentions(state: DocState, doc: RuDoc, sent: int, trigger: RuToken,
                    kind: str) -> list[Mention]:
    """The sentence's mentions that can be parties: not a country named as the place, not a
    person outside the trigger's own clause (:func:`party_span`), in a reporting clause
    (:func:`speaker_spans`) or told "по словам", nor the organisation of a gathering on whose
    sidelines the talks were held (:func:`venue_mentions`)."""
    mentions = [m for m in sentence_mentions(state, doc, sent)
                if not (m.kind == "country" and _in_place_phrase(doc, m))]
    told = _told_by(doc, doc.tokens_of(sent), mentions)
    mentions = [m for m in mentions if not post_scope(doc, m.start, m.end)]
    told |= {m.start for m in mentions for a, b in speaker_spans(doc, sent, trigger) if a <= m.start < b}
    span, venue = party_span(doc, trigger, relative=kind != "visit"), venue_mentions(state, doc, sent, trigger, mentions)
    venue |= topic_mentions(state, doc, sent, trigger, mentions)
    return [m for m in mentions if m.start not in venue and (state.actor(m.actor_id).kind != "person" or (
        m.start not in told and (span is None or span[0] <= m.start < span[1])))]


def _parties(state: DocState, doc: RuDoc, sent: int, trigger: RuToken,
             kind: str) -> tuple[list[str], list[str], list[str]]:
    mentions = _party_mentions(state, doc, sent, trigger, kind)
    hosts, _ = invited_by(doc, doc.tokens_of(sent), mentions)
    source: list[str] = []
    recipient: list[str] = []
    for m in mentions:
        if m.actor_id in hosts:
            continue
        side = source if m.start < trigger.start else recipient
        if m.actor_id not in source and m.actor_id not in recipient:
            side.append(m.actor_id)
    persons_of = {state.actor(a).country for a in source + recipient + list(hosts)
                  if state.actor(a).kind == "person"}

    def keep(ids: list[str]) -> list[str]:  # a country whose official is named is that official
        return [a for a in ids if not (state.actor(a).kind == "country" and state.actor(a).country in persons_of)]

    # the hosts in the order they are told (a set's order would change from run to run)
    told = list(dict.fromkeys(m.actor_id for m in mentions if m.actor_id in hosts))
    return keep(source), keep(recipient), keep(told + sorted(hosts - set(told)))


def _event(state: DocState, doc: RuDoc, sent: int, cue: Cue, trigger: RuToken,
           end_token: RuToken) -> EventDraft:
    start, end = doc.sents[sent]
    source, recipient, hosts = _parties(state, doc, sent, trigger, cue.kind)
    kind = cue.kind
    draft = EventDraft(kind=kind, trigger=(trigger.start, end_token.end),  # type: ignore[arg-type]
                       sentence=(start, end), status=clause_status(doc, trigger),
                       hosted=cue.hosted, travel=cue.travel)
    if hosts:
        draft.at_invitation = True
        recipient = [*recipient, *[h for h in hosts if h not in recipient]]
    if kind == "invitation" and not recipient and source:
        recipient, source = source[1:], source[:1]
    if cue.hosted and not passive(trigger) and not inverted(doc.tokens, trigger.index, end_token.index + 1):
        # "X принял Y": Y visits X (not "Y примет X")
        source, recipient = recipient, source
    if kind == "visit":
        source, recipient = guest_first(state, doc, trigger, source, recipient)
    draft.source, draft.recipient = source, recipient
    draft.participants = list(dict.fromkeys(source + recipient))
    draft.own_parties = list(draft.participants)
    # a travel verb's or a visit noun's place follows it ("визит в Баку"; not "посла КНР в Казахстане, ... визита")
    found = clause_place(doc, sent, trigger.index if cue.travel or (cue.noun and kind == "visit") else None)
    if found is not None:
        draft.place, draft.place_from = found[0], "text"
    draft.countries = party_countries(state, draft.participants)
    when = nearest_time(state.times, start, end, trigger.start, state.text, verb=trigger.pos == "VERB")
    if when is not None:
        draft.date, draft.date_start, draft.date_end, draft.date_from = when, when.start, when.end, "text"
    if cue.noun and kind == "visit" and any(L.event_words("recalled").at([t.lemma], 0) is not None
                                            for t in doc.tokens[max(0, trigger.index - 3):trigger.index]):
        draft.pluperfect = True  # "в ходе недавнего визита": a visit of the past told in passing
    return draft


def _recalled(events: list[EventDraft]) -> None:
    """Talks told after a visit of the past in its sentence ("В ходе недавнего визита в Тегеран X
    провел переговоры с Y") are of that past visit: told in passing too."""
    for visit in (e for e in events if e.kind == "visit" and e.pluperfect):
        for event in events:
            if event.sentence == visit.sentence and event.trigger[0] > visit.trigger[0] and \
                    event.status == "occurred" and event.date_from != "text":
                event.pluperfect = True


# "Таджикистан – ЕС" in a body's name (not "государств – членов ШОС")
_PAIR = re.compile(r"\b[А-ЯЁA-Z][\w-]*\s+[–—-]\s+[А-ЯЁA-Z]")


def _kind(state: DocState, draft: EventDraft, cue: Cue, tokens: list[RuToken], first: int) -> str:
    """A sitting ("заседание", "совещание") is a meeting of two states or a multilateral one,
    a gathering when numbered or plenary; a meeting of three or more states is multilateral, and
    so is one told "трехсторонняя" that names no two parties of its own (the story's are borrowed
    later: "Следующую трехстороннюю встречу решено провести ...")."""
    keys = [t.lemma for t in tokens]
    if cue.kind == "gathering" and L.event_words("sittings").at(keys, first) is not None:
        before = keys[max(0, first - 2):first]
        if not body_of_two(tokens, first + 1) and (any(L.event_words("numbered").at([w], 0) for w in before) or any(
                set(w.upper()) <= set("IVXLC") for w in before if w)):
            return "gathering"  # (a numbered sitting of a body of two states is a meeting all the same)
        draft.countries = party_countries(state, draft.participants, body=True)
        if len(draft.countries) == 2 and draft.name is not None and _PAIR.search(draft.name):
            return "meeting"  # "заседание Совета сотрудничества Таджикистан – ЕС": a body of two
        if draft.place is not None and draft.place.country and draft.place.country not in draft.countries:
            draft.countries.append(draft.place.country)
        states = [c for c in draft.countries if len(c) == 3 and c.isupper() and org_by_acronym(c) is None]
        return "meeting" if len(states) == 2 and len(draft.countries) == 2 else "multilateral"
    if cue.kind == "meeting" and (len(draft.countries) >= 3 or len(draft.participants) <= 1 and any(
            L.event_words("multilateral_words").at([w], 0) for w in keys[max(0, first - 2):first])):
        return "multilateral"
    return cue.kind


def _skip(cue: Cue, match: Match[Cue], tokens: list[RuToken], keys: list[str], kinds: set[str],
          events: list[EventDraft], backref: set[int], doc: RuDoc) -> bool:
    trigger = tokens[match.first]
    if cue.kind == "gathering" and cue.kind in kinds and any(
            e.sentence[0] <= trigger.start < e.sentence[1] and e.kind == "multilateral" for e in events):
        return False  # after a sitting: a second gathering or the summit it is part of (below)
    if cue.kind == "gathering" and cue.kind in kinds and own_clause(doc, tokens, match.first, events):
        return False  # "... состоится саммит, а 10 октября X примет участие в заседании ...": two
    if cue.kind in kinds or (cue.kind == "visit" and ("call" in kinds or "invitation" in kinds and not any(
            k == "приглашение" and accepted(keys, i) for i, k in enumerate(keys)))):
        return True  # one event of a kind per sentence; "пригласил посетить": the invitation (accepted,
        # "принял приглашение посетить Узбекистан с ответным визитом в следующем году": a visit to come too)
    if cue.kind == "meeting" and "call" in kinds:
        return True  # "в режиме видеоконференции провел переговоры": the call only
    if cue.kind == "visit" and cue.noun and "visit" in {e.kind for e in events} and any(
            m.last == match.first for m in L.event_words("before_after").find(keys)):
        return True  # "Накануне визита, 20 апреля, министры ...": the visit told before
    summit = cue.kind == "gathering" and L.event_words("sittings").at(keys, match.first) is None
    signed_after = cue.kind == "agreement" and match.first not in backref  # "По итогам переговоров
    # подписана Программа": a signing after the talks told, not the talks told again
    if (match.first in backref or match.first - 1 in backref) and not summit and not signed_after and not _within(
            tokens, match.first, events):  # "в ходе визита": told before
        told = {e.kind for e in events}
        if cue.kind == "gathering" and any(m.last in (match.first, match.first - 1)
                                           for m in L.event_words("sidelines").find(keys)):
            return False  # "встречались в декабре, на полях заседания ВЕЭС": the sitting beside
            # which they met, its own engagement (an unnamed one, told before, gives no name)
        if cue.kind == "gathering" and not told & {"meeting", "multilateral", "gathering"}:
            return False  # "подписали декларацию по итогам заседания Совета ..., которое прошло 3-4 июля"
        if cue.kind in ("visit", "call"):  # "в ходе его визита в Беларусь, который пройдет 26-27 февраля",
            return cue.kind in told  # "в ходе телефонного разговора": one not told before is told here
        return cue.kind in told or "visit" not in told or (cue.kind == "meeting" and "call" in told)
    if trigger.feats.get("VerbForm") == "Inf" and trigger.head is not None and (
            L.cues().at([doc.tokens[trigger.head].lemma], 0) is not None):
        return True
    if trigger.pos == "NOUN" and any(t.head == trigger.index and t.rel == "amod" and L.event_words(
            "hypothetical").at([t.lemma], 0) is not None for t in tokens):
        return True  # "о возможном визите": none told
    if cue.kind == "agreement" and any(m.first > match.first for m in L.event_words("commercial").find(keys)):
        return True  # "подписали соглашения на сумму ...": companies' deals
    if cue.kind == "agreement" and domestic_act(doc, trigger):
        return True  # "подписал Закон", "подписан указ": a state's own law, no agreement
    if unreal(doc, trigger):
        return True  # "такая встреча не планируется", "могут встретиться"
    if cue.plural and trigger.feats.get("Number") != "Plur":
        return True
    if cue.needs and not set(cue.needs) & set(keys):
        return True
    if cue.hosted and not reception(keys, match, tokens):
        return True
    if cue.kind == "meeting" and keys[match.first] == "обсудить" and (events or kinds):
        return True  # "стороны обсудили": the engagement already told
    if cue.noun and cue.kind == "visit" and ({"visit", "call"} & kinds or (
            "meeting" in kinds and any(e.kind == "visit" for e in events))):
        return True  # "принял посла, с которым обсудил программу предстоящего визита": told before
    if cue.noun and cue.kind == "visit" and trigger.head is not None and (
            L.event_words("timing").at([doc.tokens[trigger.head].lemma], 0) is not None) and not any(
            t.head == trigger.index and t.rel == "acl:relcl" and L.event_words("happen").at([t.lemma], 0)
            for t in tokens):  # ("согласовали сроки визита X, который состоится в ноябре": planned)
        return True  # "сроки визита будут согласованы": the visit of an invitation, not yet an engagement
    if cue.kind == "invitation" and cue.noun and match.first > 0 and (
            L.event_words("not_invitation").at([keys[match.first - 1]], 0) is not None) and not (
            accepted(keys, match.first) and not any(e.kind == "invitation" for e in events)):
        return True  # "поблагодарил за приглашение", "по приглашению", "принял приглашение" told before
    if cue.kind == "invitation" and cue.noun and trigger.case == "Nom" and any(
            t.lemma in ("принять", "принятый") and t.feats.get("VerbForm") != "Inf" for t in tokens[match.last:]):
        return True  # "Приглашение было с благодарностью принято": the one told before (not the
        # infinitive of what it invites to: "передал приглашение принять участие в ...")
    return cue.kind == "agreement" and keys[match.first] == "подписание" and not (
        L.event_words("documents").find(keys))


def accepted(keys: list[str], at: int) -> bool:
    """"К.Каллас приняла приглашение азербайджанского министра посетить Баку": an invitation told
    only by its acceptance (``accepting``), extended on a day the text does not give."""
    return at > 0 and L.event_words("accepting").at([keys[at - 1]], 0) is not None


def _within(tokens: list[RuToken], i: int, events: list[EventDraft]) -> bool:
    """"совершил визит в Будапешт, в ходе которого провел переговоры с X": the engagement held
    within one told earlier in the same sentence (the relative "который" after "в ходе", "по
    итогам") is an engagement of its own, not that one told again."""
    start = tokens[0].start
    return i > 0 and tokens[i - 1].lemma == "который" and any(
        e.sentence[0] == start and e.trigger[0] < tokens[i].start for e in events)


def find_ru_events(state: DocState, doc: RuDoc) -> list[EventDraft]:
    events: list[EventDraft] = []
    for sent in range(len(doc.sents)):
        if doc.sents[sent][1] <= state.body_start:
            continue
        tokens = doc.tokens_of(sent)
        keys = [t.lemma for t in tokens]
        backref = {m.last for m in L.event_words("backref").find(keys)}
        recalled = {j for i in backref for j in (i, i + 1) if j < len(tokens) and tokens[j].pos == "NOUN"
                    and (c := L.cues().at([keys[j]], 0)) is not None and c.value.kind == "visit"
                    and recalled_visit(state, doc, tokens[j], events)}  # "в ходе визита X в мае": another
        backref -= {i for j in recalled for i in (j, j - 1)}
        beside = {m.last for m in L.event_words("sidelines").find(keys)}
        kinds: set[str] = set()
        for match in L.cues().find(keys):
            cue = match.value
            if _skip(cue, match, tokens, keys, kinds, events, backref, doc):
                continue
            name = None
            if cue.kind == "gathering":
                name = gathering_name(tokens, match, state.text)  # type: ignore[arg-type]
                if name is None and possessed_body(doc, tokens[match.first]):
                    pass  # "Ее очередное заседание состоялось в феврале": the sitting of the body told before
                elif name is None or any(e.name and e.name.lower() == name.lower() for e in events):
                    continue  # unnamed, or the gathering told before ("в рамках саммита ШОС")
            draft = _event(state, doc, sent, cue, tokens[match.first], tokens[match.last - 1])
            more: list[str] = []
            if cue.kind == "agreement":
                named = document_names(tokens, match.first, state.text)
                if named:
                    name, more = named[0][0], [n for n, _ in named[1:]]
                    if draft.date is not None and draft.date.span[0] >= named[0][1]:
                        draft.date = draft.date_start = draft.date_end = draft.date_from = None
            draft.name, draft.pluperfect = name, draft.pluperfect or match.first in recalled
            if cue.kind == "invitation" and cue.noun:
                draft.at_invitation = accepted(keys, match.first)  # extended on a day not told
                named_inviter(state, doc, draft, tokens[match.first], accepted=draft.at_invitation)
            no_invited_bodies(state, draft)
            draft.kind = _kind(state, draft, cue, tokens, match.first)  # type: ignore[assignment]
            if cue.kind == "gathering" and held_at_home(state, doc, draft, tokens[match.first]):
                continue  # "провел совещание с членами Кабинета министров": a working meeting at home
            if cue.kind == "gathering" and {match.first, match.first - 1} & beside and sat_before(draft, events):
                continue  # "продолжить контакты на полях заседания СМИД ШОС": the sitting told before
            if cue.kind == "gathering" and "gathering" in kinds:
                if coordinated(tokens, match.first):
                    split_parties(state, doc, events, draft)
                elif own_clause(doc, tokens, match.first, events):
                    clause_parties(state, doc, events, draft)
                elif not one_gathering(state, events, draft):
                    continue
            kinds.add(cue.kind)
            events.append(draft)
            for other in more:  # one signing, several documents: an agreement each
                events.append(replace(draft, name=other, source=list(draft.source),
                                      recipient=list(draft.recipient),
                                      participants=list(draft.participants),
                                      countries=list(draft.countries),
                                      own_parties=list(draft.own_parties or [])))
            if cue.kind == "call":  # "встреча в формате видеоконференции": the call only
                events = [e for e in events if not (e.sentence == draft.sentence and e.kind == "meeting")]
            if cue.kind == "visit" and draft.at_invitation:
                invitation = invitation_from_visit(state, doc, sent, draft)
                if invitation is not None:
                    events.append(invitation)
                    kinds.add("invitation")
    _recalled(events)
    return events


def finish(state: DocState, events: list[EventDraft], published: dt.date | None) -> None:
    """PLOVER type and mode; an engagement the text dates wholly before the publication day took
    place, whatever the tense around it; an occurred engagement without a date takes the
    publication date (an invitation too, unless it is only the "по приглашению" of a visit:
    undated, whatever the visit's days)."""
    for event in events:
        if event.kind == "invitation" and event.at_invitation:  # "по приглашению X": the day it was
            event.date = event.date_start = event.date_end = event.date_from = None  # extended untold
        if event.status == "planned" and published is not None and _before(event, published):
            event.status = "occurred"  # "решений саммита ШОС 31 августа – 1 сентября": gone by
        if event.date_start is None and published is not None and event.status == "occurred" and \
                not event.pluperfect and (
                event.kind in ("visit", "meeting", "call", "multilateral", "agreement") or (
                    event.kind == "invitation" and not event.at_invitation)):
            event.date_start = event.date_end = published.isoformat()
            event.date_from = "published"
        code_plover(event)


def _before(event: EventDraft, published: dt.date) -> bool:
    """Whether the text dates the event wholly before the publication day (a day, month or year
    that has ended)."""
    end = event.date_end or event.date_start
    if event.date_from != "text" or not end:
        return False
    return end < published.isoformat()[:len(end)]
