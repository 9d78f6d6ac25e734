"""Stays told with the copula: 'X was last in Lima in May 2022', 'X is in Turkey for talks' are visits.

No trigger word names the engagement: the copula with a foreign place and either 'last' or
'previously' with a date of its own (a past visit) or 'for talks' / 'for a visit' (the visit
the report is about) make it one, occurred. Other past engagements told in
passing ("his first visit to the country since 2016", "the visit paid by the Indian minister to
Nairobi in June") have trigger words and are built like any other event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.abroad import away
from dateline.extract.events.cues import Cue
from dateline.extract.events.dates import attach_date
from dateline.extract.events.participants import participants_for
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name, lemma_tokens

__all__ = ["past_stays", "spoken_stays"]

_BE = frozenset({"be"})  # past_stays reads the copula only


def _stay_place(verb: Token) -> Token | None:
    """The place of 'was last in Lima': the object of an 'in' on the copula."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC"}:
                    return obj
    return None


def _engagement_noun(noun: Token) -> bool:
    """'talks', 'a two-day visit', 'two days of talks'."""
    nouns = word_set("meeting_nouns") | word_set("visit_nouns")
    return noun.lemma_.lower() in nouns or any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in p.children) for p in noun.children)


def _to_meet(clause: Token) -> bool:
    """'to resume talks', 'to meet Egyptian officials': a purpose clause that is an engagement."""
    return clause.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and (clause.lemma_.lower() in word_set("stay_purpose_verbs") or any(
            c.dep_ == "dobj" and c.lemma_.lower() in word_set("meeting_nouns") for c in clause.children))


def _for_talks(verb: Token) -> bool:
    """'is in Turkey for talks', 'was in Hanoi for a two-day visit', 'is in Belgrade for two days of
    talks', 'is in Egypt to resume talks': a stay for an engagement."""
    return not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in verb.children) and any(
        prep.dep_ == "prep" and prep.lower_ == "for" and any(o.dep_ == "pobj" and _engagement_noun(o)
                                                              for o in prep.children)
        or _to_meet(prep) for prep in verb.children)


def _official_subject(verb: Token) -> bool:
    """The copula's subject is an official or a delegation told by title only ('a top U.S. diplomat')."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in word_set("official_nouns") or c.lower_ in {"diplomat", "diplomats"})
               and any(t.ent_type_ in {"NORP", "GPE"} for t in c.subtree) for c in verb.children)


def past_stays(state: DocState, sent: Span) -> list[EventDraft]:
    """'X was last in Lima in May 2022', 'had previously been in Astana in 2019', 'X is in Turkey for
    talks': visits, occurred."""
    out: list[EventDraft] = []
    for tok in lemma_tokens(sent, _BE):
        if tok.lemma_ != "be":
            continue
        last = any(c.dep_ in {"advmod", "acomp"} and c.lower_ in word_set("stay_adverbs") for c in tok.children)
        if not last and not _for_talks(tok):
            continue
        if not any(c.dep_ == "nsubj" for c in tok.children):
            continue
        where = _stay_place(tok)
        place = lookup_place(compound_name(where)) if where is not None else None
        if place is None or not place.country:
            continue
        event = EventDraft(kind="visit", trigger=(tok.idx, tok.idx + len(tok)),
                           sentence=(sent.start_char, sent.end_char), status="occurred")
        cue = Cue("visit", tok, "verb")
        participants_for(state, event, cue, sent)
        attach_date(state, event, cue, sent)
        visitors = [a for a in event.source if state.actor(a).kind == "person"]
        if not visitors and not last and _official_subject(tok):
            # "A top U.S. diplomat is in Turkey for talks": the official's state is the visitor
            visitors = [a for a in event.source if state.actor(a).kind == "country"]
        if last and event.date is None or not visitors or any(
                state.actor(a).country == place.country for a in visitors):
            continue  # a past stay needs its date; any stay a named visitor and a foreign place
        if not last and event.date is not None and (event.date_end or event.date_start) != event.date_start:
            event.date = event.date_start = event.date_end = None  # "are in Azerbaijan this week": not its days
        if last:  # the host of a past stay is not said
            event.recipient = [a for a in event.recipient if state.actor(a).kind != "person"]
        elif event.date is None and state.published is not None:  # "is in Turkey for talks": today
            event.date_start = event.date_end = state.published.isoformat()
            event.date_from = "published"
        # a stay is the visitor's and the host's: "in Turkey for talks on the situation in Iraq" is no
        # visit to Iraq
        event.source = [a for a in event.source if a in visitors or state.actor(a).kind == "person"]
        event.recipient = [a for a in event.recipient if state.actor(a).country == place.country]
        event.participants = list(dict.fromkeys(event.source + event.recipient))
        homes = {c for a in event.source if (c := state.actor(a).country)}
        event.countries = sorted(homes | {place.country} if homes else {*event.countries, place.country})
        event.place, event.place_from = place, "text"
        event.pluperfect = last  # told of the past: its own date, never the report's
        event.own_parties = list(event.participants)
        out.append(event)
    return out


def _speaker(verb: Token) -> Token | None:
    """The subject of 'X said in Damascus', or of the clause 'Speaking in Leeds, X said' hangs from, or
    the official a participle in apposition tells ('X, speaking in Astana on Monday, said')."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in {"nsubj", "nsubjpass"}:
        return verb.head
    for cur in (verb, verb.head if verb.dep_ in {"advcl", "ccomp"} else None):
        if cur is None:
            continue
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def _settings(verb: Token) -> list[Token]:
    """The audience or setting a verb of speech is told with: its object ('addressed lawmakers', 'told
    the forum') or the object of its 'at', 'to' or 'before' ('at the forum', 'to the parliament')."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "to", "before"}
              for g in p.children if g.dep_ == "pobj"]
    return nouns


def _audience(noun: Token) -> bool:
    """An audience of a speech ('lawmakers', 'the Senate'), not a gathering."""
    return noun.lemma_.lower() in word_set("stay_speech_settings")


def _spoken_place(verb: Token) -> Token | None:
    """Where the speaker of ``verb`` is: the place of 'said in Damascus', or of the audience the
    speech is told to ('addressed lawmakers in Brussels', 'addressing the parliament in Minsk').
    None when the speech is told to a gathering ('told the forum in Baku': travel to a gathering is
    no visit; a stay in a state the document holds a gathering in is dropped by events/abroad.py),
    and when 'make' makes no speech (only 'made the remarks')."""
    settings = _settings(verb)
    if verb.lemma_.lower() == "make" and not any(n.lemma_.lower() in word_set("stay_speech_acts") for n in settings):
        return None
    if any(n.lemma_.lower() in word_set("gathering_nouns") and not any(
            c.dep_ == "compound" and c.lower_ in word_set("non_gathering_modifiers") for c in n.children)
           for n in settings):
        return None  # "told the forum in Baku": there for the forum (events/abroad.py drops the rest)
    direct = _stay_place(verb)
    if direct is not None:
        return direct
    for noun in settings:
        if not _audience(noun) and noun.lemma_.lower() not in word_set("stay_speech_acts"):
            continue  # "addressed lawmakers in Brussels", "made the remarks in Baku"
        found = _stay_place(noun) or next(
            (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "GPE"), None)
        if found is not None:
            return found
    return None


def spoken_stays(state: DocState, sent: Span) -> list[EventDraft]:
    """'Speaking Friday in northern England, U.S. Secretary of State X said', 'In Damascus, X told
    reporters', 'addressed lawmakers in Brussels': an official of one state (or of an organisation away
    from its seat) speaking in a city of another is staying there, a visit."""
    out: list[EventDraft] = []
    for tok in lemma_tokens(sent, word_set("stay_speech_verbs")):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in word_set("stay_speech_verbs") \
                or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall", "to"} for c in tok.children):
            continue
        where = _spoken_place(tok)
        speaker = _speaker(tok)
        place = lookup_place(compound_name(where)) if where is not None else None
        if speaker is None or place is None or not place.country:
            continue
        lo, hi = speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge)
        visitors = [m.actor_id for m in state.mentions_in(lo, hi) if state.actor(m.actor_id).kind == "person"]
        homes = {state.actor(a).country for a in visitors}
        if not visitors or None in homes or len(homes) != 1 \
                or not all(away(state, state.actor(a), place) for a in visitors):
            continue  # a state's official abroad, or an organisation's away from its seat (a U.N. official in New York is at home)
        event = EventDraft(kind="visit", trigger=(tok.idx, tok.idx + len(tok)),
                           sentence=(sent.start_char, sent.end_char), status="occurred",
                           source=list(dict.fromkeys(visitors)))
        attach_date(state, event, Cue("visit", tok, "verb"), sent)
        if event.date is None and state.published is not None:
            event.date_start = event.date_end = state.published.isoformat()
            event.date_from = "published"
        event.participants = list(event.source)
        event.countries = sorted({*(c for c in homes if c), place.country})
        event.place, event.place_from = place, "text"
        event.own_parties = list(event.participants)
        out.append(event)
    return out
