"""Several gatherings or sittings told in one sentence.

One event of a kind per sentence (``events.py``) keeps a gathering told twice in a sentence one
engagement; these are the sentences where two are told: two joined by "и" / "а также" each keep the
parties of their own phrase; a summit told after its organisation's council's sitting is the
summit alone (the guide's summit rule); a sitting told in a clause of its own, with its own verb
and time ("9 октября состоится саммит ..., а 10 октября X примет участие в заседании Совета глав
государств СНГ"), is an engagement of its own.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import org_by_acronym
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.clause import clause_place, nearest_time, subtree
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.parties import party_countries

__all__ = ["clause_parties", "coordinated", "one_gathering", "own_clause", "split_parties"]


def coordinated(tokens: list[RuToken], i: int) -> bool:
    """A noun phrase joined to the one before by "и" or "а также" (over its preposition and
    modifiers): a second event named beside the first."""
    j = i - 1
    while j >= 0 and (tokens[j].pos in ("ADJ", "NUM", "ADP") or set(tokens[j].text) <= set("IVXLC")):
        j -= 1
    return j >= 0 and tokens[j].lemma in ("и", "также")


def split_parties(state: DocState, doc: RuDoc, events: list[EventDraft], second: EventDraft) -> None:
    """Two gatherings joined by "а также" each keep the organisations and states named in their
    own phrase: the first those before the second's trigger, the second those after it, and the
    second a place of its own only after its noun ("заседанию СМИД ШОС, которое пройдет в
    Тяньцзине, а также к саммиту ШОС": the summit's place is not told)."""
    first = next((e for e in reversed(events) if e.sentence == second.sentence and e.name is not None), None)
    if first is None:
        return
    at = second.trigger[0]

    def keep(event: EventDraft, inside: bool) -> None:
        own = [m.actor_id for m in state.mentions if event.sentence[0] <= m.start < event.sentence[1]
               and (m.start >= at) == inside]
        dropped = [a for a in event.participants if state.actor(a).kind != "person" and a not in own]
        gone = set(party_countries(state, dropped, body=True)) - set(
            party_countries(state, [a for a in event.participants if a not in dropped], body=True))
        for ids in (event.source, event.recipient, event.participants):
            ids[:] = [a for a in ids if a not in dropped]
        event.own_parties = list(event.participants)
        event.countries = [c for c in event.countries if c not in gone]

    keep(first, False)
    keep(second, True)
    token = doc.token_at(second.trigger[0])
    if token is None or second.place is None:
        return
    found = clause_place(doc, token.sent, token.index)  # the second's own place, after its noun
    told = found[0] if found is not None else None
    if told is None or told.country != second.place.country:
        if second.place.country not in party_countries(state, second.participants, body=True):
            second.countries = [c for c in second.countries if c != second.place.country]
        second.place, second.place_from = told, ("text" if told is not None else None)
        if told is not None and told.country and told.country not in second.countries:
            second.countries.append(told.country)


def one_gathering(state: DocState, events: list[EventDraft], draft: EventDraft) -> bool:
    """A summit told after the sitting of the same organisation's council in one sentence
    ("заседание Совета глав государств – членов ШОС в рамках саммита ШОС") is one gathering: the
    sitting is dropped for the summit (the guide's summit rule). Whether it was."""
    orgs = {c for c in draft.countries if org_by_acronym(c) is not None}
    if draft.kind != "gathering" or not orgs:
        return False
    for other in events:
        if other.sentence == draft.sentence and other.kind == "multilateral" and other.name is not None \
                and orgs & set(other.countries) and other.status == draft.status:  # a named sitting, not
            # talks of several states; nor a sitting that prepared the session to come
            events.remove(other)
            return True
    return False


def _clause_verb(doc: RuDoc, token: RuToken) -> RuToken | None:
    """The verb whose clause the noun stands in: its nearest verbal head."""
    seen = 0
    while token.pos not in ("VERB", "AUX") and token.head is not None and seen < 20:
        token, seen = doc.tokens[token.head], seen + 1
    return token if token.pos in ("VERB", "AUX") else None


def own_clause(doc: RuDoc, tokens: list[RuToken], i: int, events: list[EventDraft]) -> bool:
    """The gathering or sitting noun ``tokens[i]`` stands in a clause of its own verb, not the
    clause of the gathering told before it in the sentence ("9 октября состоится саммит ..., а 10
    октября лидер примет участие в заседании Совета ..."; not "саммит ..., в рамках которого
    пройдет заседание", whose relative clause hangs on the summit)."""
    noun = tokens[i]
    first = next((e for e in events if tokens[0].start <= e.trigger[0] < noun.start
                  and e.kind in ("gathering", "multilateral")), None)
    first_token = doc.token_at(first.trigger[0]) if first is not None else None
    if first_token is None or L.cues().at([noun.lemma], 0) is None:
        return False
    verb, other = _clause_verb(doc, noun), _clause_verb(doc, first_token)
    if verb is None or other is None or verb.index == other.index:
        return False
    head, seen = verb, {verb.index}  # a clause under the first noun ("саммит, на котором пройдет ...") is its own
    while head.head is not None:  # up to the root
        if head.head == first_token.index or head.head in seen:
            return False  # under the first noun; or a parse that runs round a cycle: no clause of its own told
        seen.add(head.head)
        head = doc.tokens[head.head]
    return True


def clause_parties(state: DocState, doc: RuDoc, events: list[EventDraft], draft: EventDraft) -> None:
    """A gathering told in a clause of its own keeps the parties named in that clause ("а 10
    октября российский лидер примет участие в заседании Совета глав государств СНГ": not the
    "глав пяти центральноазиатских государств" of the summit's clause before it), and each the
    time of its own clause ("21 мая состоится форум, а 22 мая ...": the forum's is the 21st)."""
    first = next((e for e in events if e.sentence == draft.sentence and e.trigger[0] < draft.trigger[0]
                  and e.kind in ("gathering", "multilateral")), None)
    noun = doc.token_at(first.trigger[0]) if first is not None else None
    if first is None or noun is None:
        return
    start = max(t.end for t in subtree(doc, noun))  # after the first one's phrase
    _own_time(state, first, (draft.sentence[0], start))
    _own_time(state, draft, (start, draft.sentence[1]))
    own = {m.actor_id for m in state.mentions if start <= m.start < draft.sentence[1]}
    for ids in (draft.source, draft.recipient, draft.participants):
        ids[:] = [a for a in ids if a in own]
    draft.own_parties = list(draft.participants)
    draft.countries = party_countries(state, draft.participants, body=True)
    if draft.place is not None and draft.place.country and draft.place.country not in draft.countries:
        draft.countries.append(draft.place.country)  # the host, as a sitting's kind counts it


def _own_time(state: DocState, event: EventDraft, span: tuple[int, int]) -> None:
    """The time told in the event's own stretch of the sentence, when the one it took is not."""
    if event.date is None or span[0] <= event.date.span[0] < span[1]:
        return
    when = nearest_time(state.times, span[0], span[1], event.trigger[0], state.text)
    if when is not None:
        event.date, event.date_start, event.date_end, event.date_from = when, when.start, when.end, "text"
