"""Participants of an event: source, recipient and countries from the mentions of its clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import ActorDraft, DocState, EventDraft, Mention
from dateline.extract.events import venues as around
from dateline.extract.events.asides import (
    according_to,
    greeted,
    in_gathering,
    in_subject,
    invitation_from,
    reporting_lead,
    reporting_tag,
    sitting_member,
    speaker_states,
)
from dateline.extract.events.clause_roles import clause_role, hosting_role
from dateline.extract.events.cues import Cue, cues, referred_sitting
from dateline.extract.events.geometry import (
    another_doer,
    clause_tokens,
    controller,
    convened_attendees,
    embedded_elsewhere,
    errands,
    framing_clause,
    participle_subjects,
    spoken_about,
    topic_mention,
)
from dateline.extract.events.lost_subjects import lost_subject
from dateline.extract.events.mediators import under_mediator
from dateline.extract.events.offices import institution_owner
from dateline.extract.events.other_clauses import in_other_clause
from dateline.extract.events.pairs import plural_parties
from dateline.extract.events.plural_officials import plural_officials, state_officials
from dateline.extract.events.pronoun_sides import pronoun_antecedent
from dateline.extract.events.relative_signings import signed_over
from dateline.extract.events.rounds import round_reporter
from dateline.extract.events.sides_talked import addressee
from dateline.extract.events.trade_terms import maker_in_terms, traded_side
from dateline.extract.events.visit_nouns import (
    named_between,
    named_visitor,
    told_by_subject,
)
from dateline.extract.events.words import word_set
from dateline.extract.nationality import stance
from dateline.extract.org_titles import official_code
from dateline.extract.syntax import ancestors, governing_verb, in_subtree, token_at

__all__ = ["countries_of", "non_state", "participants_for"]


_TIME_PREPS = frozenset({"ahead", "before", "after", "following", "prior", "since"})


def mentions_in(state: DocState, sent: Span) -> list[Mention]:
    return [m for m in state.mentions_starting(sent.start_char, sent.end_char)
            if m.end <= sent.end_char]


def _upper_subject(verb: Token, exclude: set[int]) -> list[Token]:
    """Subjects of the verbs above ``verb`` ('Aliyev noted that ... an invitation has been sent')."""
    for cur in list(ancestors(verb, 5))[1:]:
        subs = [c for c in cur.children if c.dep_ in {"nsubj"} and c.i not in exclude]
        if subs:
            return subs
    return []


def participants_for(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """Fill source, recipient, participants and countries from the clause's mentions."""
    doc = sent.doc
    verb = signed_over(cue.token, governing_verb(cue.token))  # "signed the Protocol setting out ...": 'signed'
    clause = clause_tokens(verb) - (errands(verb) if cue.via == "verb" and event.kind == "meeting" else set())
    controlling = controller(verb)  # "X spoke after meeting with Y": X meets
    if controlling is None:  # "Following his meeting with Y, X said", "X, speaking after talks with Y, said"
        controlling = framing_clause(cue.token, verb)
    shared = {t.i for c in (controlling.children if controlling is not None else [])
              if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree} - {t.i for t in verb.subtree}
    shared |= lost_subject(state, verb)  # "On the sidelines of ..., President X on 14 July met": X, hidden in the phrase
    if event.kind in {"meeting", "multilateral"}:  # "EU foreign ministers, meeting in Luxembourg, agreed ..."
        shared |= {t.i for n in participle_subjects(verb) for t in doc[n.left_edge.i:n.i + 1]}
        shared |= convened_attendees(verb)  # "was held in Gabala, bringing together the ministers of A, B and C"
    clause |= shared | pronoun_antecedent(verb)  # "A and B confirmed they are holding talks mediated by C"
    if event.kind in {"meeting", "call"} and verb.lemma_.lower() in word_set("addressing_verbs"):
        clause |= {t.i for t in addressee(verb)}  # "told Minister X Monday the ...", parsed as "X Monday"
    mentions = mentions_in(state, sent)
    in_clause = [m for m in mentions if (t := token_at(doc, m.start)) is not None and t.i in clause]
    if in_clause and not event.backref:
        mentions = in_clause
    if event.kind == "gathering":
        mentions = [m for m in mentions if state.actor(m.actor_id).kind in {"organization", "group"}
                    or (state.actor(m.actor_id).kind == "country" and m.kind == "country")
                    or ((t := token_at(doc, m.start)) is not None
                        and t.dep_ in {"nsubj"} and verb.lemma_ == "host")]
    source: list[str] = []
    recipient: list[str] = []
    other: list[str] = []
    invitation_of: list[str] = []
    elsewhere: list[str] = []  # states named only in another clause of the sentence
    messengers: list[str] = []
    held_in: list[tuple[str, Token]] = []  # states of the place the engagement is held in
    messenger = event.kind == "invitation" and verb.lemma_.lower() in word_set("passing_verbs") and any(
        p.dep_ == "prep" and p.lower_ == "from" for p in cue.token.children)
    name_span = event.name_span
    speakers: list[str] = []  # "X said the deal will be signed in July": X tells of the document

    def told_plural() -> bool:  # "the two presidents would meet": officials of the report are its subject
        return bool(plural_officials(state, verb, sent))

    own_visitor = event.kind == "visit" and cue.via != "verb" and verb.lemma_.lower() not in cues().hosting and any(
        state.actor(m.actor_id).kind == "person" and (t := token_at(doc, m.start)) is not None
        and named_visitor(t, cue.token) for m in mentions) or event.kind == "meeting" and cue.via != "verb" and sum(
        state.actor(m.actor_id).kind == "person" and (t := token_at(doc, m.start)) is not None
        and named_between(t, cue.token) for m in mentions) >= 2  # "X recalled the meeting between A and B"
    for m in mentions:
        actor = state.actor(m.actor_id)
        if actor.kind == "person" and actor.role == "honorific":
            continue
        if own_visitor and (t := token_at(doc, m.start)) is not None and (
                told_by_subject(t, verb, cue.token)):
            continue  # "X recalled the visit of Emir Y to Astana": Y visited, X tells of it ("X welcomed Y's visit": hosts)
        if actor.kind == "organization" and not actor.acronym and event.kind not in {"gathering"}:
            continue
        if actor.kind == "person" and institution_owner(doc, m):
            continue  # "representatives of the Prosecutor General's Offices": the institutions, not the person
        if actor.kind in {"organization", "group"} and event.kind in {"meeting", "call", "visit"} \
                and _in_setting_phrase(token_at(doc, m.start), cue.token):
            continue  # "on the sidelines of the SCO summit": the setting, not a party
        tok = token_at(doc, m.start)
        if tok is None:
            continue
        if actor.kind != "person" and event.kind != "gathering" and (
                around.post_of_envoy(tok) or around.channel_of(tok) or around.told_content(tok, cue.token)
                or around.currency_of(tok)):
            continue  # "the ambassadors to Iraq", "through the Swiss Embassy", "assured that Iraqis ...", "US dollars"
        if event.kind != "gathering" and _hosts_the_setting(tok, cue.token):
            continue  # "signed the accord at a summit hosted by X": X hosts the summit, not the accord
        if event.kind == "invitation" and (actor.kind in {"organization", "group"} and in_gathering(tok, cue.token)
                                          or actor.kind in {"country", "group"} and sitting_member(tok, cue.token)):
            continue  # "invited X to the conference of the Organization of Turkic States": where to, not who
        if event.kind != "gathering" and greeted(tok, cue.token):
            continue  # "received by X, who asked him to convey his greetings to President Z": Z is not there
        if actor.kind == "person" and (reporting_tag(tok) or according_to(tok) or reporting_lead(tok, verb) and told_plural()):
            continue  # "X will visit Y, Press Secretary Z said", "Z said the two presidents would meet": Z tells it
        if event.kind in {"meeting", "multilateral"} and round_reporter(tok, cue.token):
            continue  # "AU officials say the next round of talks will begin": the speakers tell it
        if event.kind == "agreement" and actor.kind == "person" and reporting_lead(tok, verb):
            speakers.append(actor.id)
            continue  # "X said the deal will be signed", "X said the cut is part of an agreement": no signer
        if _in_other_event(tok, cue.token):
            continue  # "a bilateral meeting on Friday, ahead of the three-way talks with Wang Yi"
        if event.kind == "agreement" and actor.kind == "person" and in_other_clause(tok, verb):
            if (home := state.country_actor(actor.country)) is not None:
                other.append(home.id)
            continue  # "will be signed when X visits Moscow": X visits; his state stays a side
        if actor.kind in {"country", "group"} and m.kind in {"country", "demonym", "group"} and topic_mention(tok, cue.token):
            continue
        if actor.kind in {"organization", "person"} and event.kind != "gathering" and spoken_about(tok, cue.token):
            continue  # "took turns criticizing the World Bank", "met X to review the hunt for Y": topics
        if actor.kind in {"country", "group"} and event.kind != "gathering" and another_doer(tok, cue.token, verb):
            continue  # "to thank Mongolia for sending troops to Iraq": Iraq is in Mongolia's doing
        if actor.kind == "country" and m.kind == "demonym" and stance(doc, m):
            continue  # "met Y and the pro-Syrian opposition": a stance, not Syria
        if actor.kind == "country" and m.kind == "demonym" and not _names_the_talks(tok, cue.token) and any(
                x.kind == "person" and x.country == actor.country for x in _actors_in(state, sent)):
            continue  # "Azerbaijani Prosecutor General X": X stands for the country
        if name_span and name_span[0] <= m.start < name_span[1] and event.kind == "agreement":
            continue
        if event.kind == "agreement" and _in_terms(tok, cue.token) and not traded_side(tok, cue.token) \
                and not maker_in_terms(tok, cue.token):
            continue  # "a memorandum which will fund a line linking Moldova's grid with Romania": its terms
        if event.kind in around.SIDED_KINDS and actor.kind in {"country", "group"} and around.setting_venue(tok, cue.token):
            continue  # "met Y on the sidelines of the summit in Vientiane, Laos": Laos hosts the summit
        if event.kind in around.SIDED_KINDS and actor.kind in {"country", "group"} and (
                around.venue_of(tok, cue.token) or around.visit_venue(tok, cue.token)):  # "during her visit to Kenya"
            held_in.append((actor.id, tok))
            continue  # "talks in Nigeria's capital": the venue, a side only when one side alone is told
        if actor.kind in {"country", "group", "organization"} and event.kind != "gathering" \
                and embedded_elsewhere(tok, cue.token, verb):
            elsewhere.append(actor.id)  # "met as negotiators work on a deal to let it join the WTO": another clause's
            continue
        # "accepted Aliyev's invitation": the possessor invited
        if event.kind == "invitation" and cue.token.lemma_.lower() == "invitation" and tok.dep_ == "poss" \
                and tok.head.i == cue.token.i:
            invitation_of.append(actor.id)
            source.append(actor.id)
            continue
        if event.kind == "invitation" and messenger and in_subject(tok, verb):
            messengers.append(actor.id)
            continue  # "X conveyed an invitation from President Y to Z": X only passes it on
        # "at the invitation of X", "an invitation from X"
        if (_after_invitation_of(tok) or event.kind == "invitation" and invitation_from(tok, cue.token)) \
                and not (tok.dep_ == "poss" and tok.pos_ == "PRON"):
            # "at the invitation of his counterpart X": X invited, "his" is the guest
            invitation_of.append(actor.id)
            if event.kind == "invitation":
                source.append(actor.id)
            continue
        role = "source" if tok.i in shared and event.kind != "gathering" else clause_role(tok, verb, cue)
        if event.kind == "visit" and cue.via != "verb" and verb.lemma_.lower() in cues().hosting:
            role = hosting_role(tok, verb, role)  # "X received Y during his visit": Y visits
        if event.kind == "visit" and cue.via != "verb" and tok.dep_ == "poss" and tok.head.i == cue.token.i:
            role = "source"  # "during Saidov's visit to Bishkek": the possessor is the visitor
        if role == "other" and event.kind == "visit" and cue.via == "verb":
            continue  # a visit is its visitor and its host, not every state named nearby
        (source if role == "source" else recipient if role == "recipient" else other).append(actor.id)
    if event.kind == "invitation" and not invitation_of and not source:
        for subj in _upper_subject(verb, clause):
            for m in mentions_in(state, sent):
                t = token_at(doc, m.start)
                if t is not None and subj.left_edge.i <= t.i <= subj.right_edge.i:
                    source.append(m.actor_id)
    if event.kind == "invitation" and invitation_of:  # the invitee is the clause's subject (the visitor)
        recipient = [a for a in source + recipient + other if a not in invitation_of]
        source = invitation_of
        other = []
    elif event.kind == "visit" and invitation_of:
        recipient = _dedupe(recipient + invitation_of)
    elif cue.token.lemma_.lower() == "receive" and event.kind == "meeting":
        source, recipient = recipient, source  # the guest is the source, the host the recipient
    other += speaker_states(state, speakers, source + recipient + other)
    if not source and not recipient:
        source, other = other[:1], other[1:]
    if not recipient and other:
        recipient, other = other, []
    source = _dedupe(source)
    recipient = [a for a in _dedupe(recipient + other) if a not in source]
    if event.kind in {"meeting", "multilateral", "agreement", "call"} and not any(
            state.actor(a).kind == "person" and state.actor(a).title for a in source + recipient):
        named = state_officials(state, verb) if event.kind in {"meeting", "multilateral"} else []
        plural = [] if named else plural_officials(state, verb, sent, cue.token, raised=cue.via == "verb" and event.kind in {"meeting", "call"})
        if named:  # "Leaders of A, B and C are to meet": each state's leader, named anywhere in the report
            recipient = _dedupe([*recipient, *(a for a in named if a not in source)])
        elif plural:  # "The presidents held talks": the two presidents of the report
            source = plural
            recipient = [a for a in recipient if state.actor(a).kind not in {"country", "organization", "person"}
                         and a not in source]
    event.source = source
    event.recipient = recipient
    event.participants = _dedupe(source + recipient)
    told = plural_parties(state, event, verb, cue.token, sent)  # "the two countries signed", "both men visited"
    if elsewhere and len(countries_of(state, event.participants) + told) < 2:
        # the clause tells one side only: the state of the other clause is the best guess left
        event.recipient = _dedupe([*event.recipient, *(a for a in elsewhere if a not in event.source)])
        event.participants = _dedupe(event.source + event.recipient)
    if hosts := around.venue_sides(state, event.participants, held_in, cue.token):
        event.recipient = _dedupe([*event.recipient, *(a for a in hosts if a not in event.source)])
        event.participants = _dedupe(event.source + event.recipient)
    event.countries = sorted({*countries_of(state, event.participants), *told})
    if messengers and any(state.actor(a).country is None for a in invitation_of):
        # "the Uzbek minister conveyed an invitation from President Y": Y serves the messenger's state
        event.countries = sorted({*event.countries, *countries_of(state, messengers)})


def non_state(state: DocState, actor_id: str) -> bool:
    """A named person who serves no state: no country, and a non-state word told with the name
    ("opposition leader X", "businessman X", "the singer X")."""
    actor = state.actor(actor_id)
    if actor.kind != "person" or state.doc is None:
        return False
    title = (actor.title or "").lower().split()
    if actor.country and title and title[-1] not in word_set("generic_leader_titles") \
            and not set(title) & word_set("non_state_words"):
        return False  # "Burmese pro-democracy leader X" serves no state; "Burmese Foreign Minister X" does
    for start, _ in actor.mentions:
        tok = token_at(state.doc, start)
        if tok is None:
            continue
        before = state.doc[max(tok.sent.start, tok.i - 4):tok.i]
        words = {w.strip(",.()'\"") for w in before.text.lower().split()}  # "pro-democracy" is three tokens
        if any(t.lower_ in word_set("non_state_words") for t in before) or words & word_set("non_state_words"):
            return True
    return False


def _in_other_event(tok: Token, trigger: Token) -> bool:
    """``tok`` names a party of another engagement the clause is timed by ('ahead of the talks with Y')."""
    nouns = word_set("other_event_nouns")
    for cur in ancestors(tok, 6):
        if cur.i == trigger.i:
            return False
        if cur.dep_ == "pcomp" and cur.pos_ == "VERB" and cur.head.lower_ in _TIME_PREPS \
                and cur.head.head.lemma_.lower() in word_set("interval_nouns"):
            return not in_subtree(trigger, cur)  # "received by X, a day after holding talks with Y"
        if (cur.lemma_.lower() in nouns or cur.lower_ in nouns) and cur.dep_ == "pobj":
            prep = cur.head
            if prep.lower_ in _TIME_PREPS or prep.lower_ == "of" and prep.head.lower_ in _TIME_PREPS:
                return not in_subtree(trigger, cur)
        if (cur.lemma_.lower() in nouns or cur.lower_ in nouns) and cur.dep_ == "dobj" and cur.head.dep_ == "pcomp" \
                and cur.head.head.lower_ in _TIME_PREPS:  # "received by X, a day after holding talks with Y"
            return not in_subtree(trigger, cur)
    return False


def _hosts_the_setting(tok: Token, trigger: Token) -> bool:
    """``tok`` is the agent of a gathering's "hosted by" ('at a summit hosted by X')."""
    for cur in ancestors(tok, 4):
        if cur.dep_ == "acl" and cur.lemma_.lower() == "host" and cur.head.i != trigger.i \
                and cur.head.lemma_.lower() in word_set("gathering_nouns"):
            return not in_subtree(trigger, cur.head)
    return False


def _in_terms(tok: Token, trigger: Token) -> bool:
    """``tok`` is inside a clause that spells out the document's content."""
    documents = [trigger] if trigger.pos_ != "VERB" else [
        c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(cur.dep_ in {"relcl", "acl"} and any(in_subtree(cur, d) for d in documents)
               and not in_subtree(trigger, cur) for cur in ancestors(tok, 10))


def _in_setting_phrase(tok: Token | None, trigger: Token) -> bool:
    if tok is None or under_mediator(tok):  # "under the auspices of the EU": a party, not the setting
        return False
    if any(referred_sitting(Cue("multilateral", cur, "noun")) is not None for cur in ancestors(tok, 8)):
        return True  # "ahead of the 25th meeting of the Council of Heads of State of the SCO": its organiser
    for cur in ancestors(tok, 8):
        if cur.dep_ == "pobj" and cur.head.lower_ in {"with", "between"} and cur.head.head.i == trigger.i:
            return False  # "during talks with EU officials", "is in talks with WHO": the talks' own side
        if cur.dep_ == "pobj" and cur.head.lower_ == "in" and cur.lemma_.lower() in word_set("format_nouns"):
            return False  # "a meeting in the Normandy format": the format's states meet
        if cur.dep_ == "pobj" and cur.head.lower_ in {"on", "at", "during", "of", "in", "within", "under",
                                                     "ahead", "before", "after", "for"}:
            if cur.head.lower_ == "of" and cur.head.head.lemma_.lower() not in setting_heads():
                if cur.head.head.lemma_.lower() in word_set("meeting_nouns") | word_set("gathering_nouns"):
                    continue  # "on the sidelines of the annual meeting of the IAP": the meeting's setting?
                return False  # "the foreign ministers of the Benelux countries" are parties
            return True
    return False


def setting_heads() -> frozenset[str]:
    """'the sidelines of', 'the summit of', 'the auspices of': heads of an of-phrase that sets the scene."""
    return word_set("sideline_nouns") | word_set("setting_heads")


def _actors_in(state: DocState, sent: Span) -> list[ActorDraft]:
    ids = {m.actor_id for m in mentions_in(state, sent)}
    return [a for a in state.actors if a.id in ids]


def _names_the_talks(tok: Token, trigger: Token) -> bool:
    """'Following the Kazakh-Mongolian talks, ... in the presence of X and Y': the demonyms of the
    engagement's own noun are its sides, whoever else the sentence names."""
    return tok.head.i == trigger.i and tok.dep_ in {"amod", "compound"} or tok.head.head.i == trigger.i \
        and tok.head.dep_ in {"amod", "compound"} and tok.dep_ in {"amod", "compound"} or _side_met(tok, trigger)


def _side_met(tok: Token, trigger: Token) -> bool:
    """'met with a high-ranking Chinese delegation that delivered a message from President Hu': the
    demonym of the group the trigger meets with is that side, whoever of its state the clause names."""
    group = tok.head
    return tok.dep_ == "amod" and group.pos_ == "NOUN" and group.lemma_.lower() in word_set("led_sides") | word_set(
        "visitor_group_nouns") and group.dep_ == "pobj" and group.head.lower_ == "with" and group.head.head.i == trigger.i


def _after_invitation_of(tok: Token) -> bool:
    return any(cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() == "invitation"
               for cur in ancestors(tok, 4))


def _dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def countries_of(state: DocState, actor_ids: list[str]) -> list[str]:
    codes: list[str] = []
    for actor_id in actor_ids:
        actor = state.actor(actor_id)
        if actor.kind == "group" and actor.members:
            codes.extend(actor.members)
        elif actor.kind == "organization" and actor.acronym:
            codes.append(official_code(actor.acronym))  # "the IAEA Board": the IAEA, as its officials serve it
        elif actor.country:
            codes.append(actor.country)
    return sorted(set(codes))
