"""Where a gathering or talks are held, told by who hosts them.

"Djibouti will host the summit", "as Egypt prepares to host an Israeli-Palestinian summit", "Tokyo is
planning to host a meeting with ...", "a ministerial meeting hosted by Qatar", "Malaysia, this year's
host of the ASEAN summit", "President X is hosting a two-day meeting of ...": the host is where the
engagement sits. A host that is a place gives that place (a city, else its state); a host that is a
state's official gives his state; "the city" or "the country" as the host is the last place of that
kind the sentence named before it ("marched in Hong Kong as the city prepares to host the summit").
Only the clause that hosts the engagement counts: the verb whose object the engagement is (climbing
"prepares to" / "is planning to" for its subject), a participle on the engagement ("hosted by"), or
the noun "host" whose "of" phrase is the engagement.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.events.city_words import city_of_words
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, lookup_place
from dateline.extract.syntax import compound_name
from dateline.record import Place

__all__ = ["host_noun", "host_verb_place", "hosted_place", "relative_host"]


def _hosting(word: Token) -> bool:
    return word.lemma_.lower() in word_set("hosting_words")


def _subject(verb: Token) -> Token | None:
    """The subject of 'host', also through the verbs it is the complement of ('Egypt prepares to host')."""
    cur = verb
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return None if subj.dep_ == "nsubjpass" else subj
        if cur.dep_ != "xcomp":
            return None
        cur = cur.head
    return None


def _anaphor(word: Token) -> Place | None:
    """'the city', 'the country': the last place of that kind the sentence names before it."""
    noun = word.lemma_.lower()
    city, country = noun in word_set("place_nouns"), noun in word_set("own_state_nouns")
    if not any(c.lower_ == "the" for c in word.children) or not (city or country):
        return None
    for ent in reversed([e for e in word.sent.ents if e.end <= word.i and e.label_ in {"GPE", "LOC"}]):
        place = lookup_place(ent.text)
        if place is None or place.country is None:
            continue
        whole_state = place.name is not None and lookup_place(country_name(place.country)) == place
        if whole_state == country:
            return place
    return None


def _place_of(state: DocState, word: Token) -> Place | None:
    """A host word's place: a place named, a state's official (his state), an anaphoric 'the city'."""
    if word.ent_type_ in {"GPE", "LOC"}:
        return lookup_place(compound_name(word))
    if word.ent_type_ in {"PERSON", "TITLE"}:
        start = word.left_edge.idx
        for mention in state.mentions_in(start, word.idx + len(word)):
            actor = state.actor(mention.actor_id)
            if actor.kind in {"person", "country"} and actor.country:
                return lookup_place(country_name(actor.country))
        return None
    if word.pos_ == "PROPN":
        return city_of_words(compound_name(word))  # a city of several words the tagger made a person
    return _anaphor(word)


def host_noun(trigger: Token) -> tuple[Token, Token] | None:
    """The noun 'host' whose of-phrase is the engagement ``trigger`` names, and the word it is told of:
    'Malaysia, this year's host of the ASEAN summit', 'Brazil is the host of the next BRICS summit',
    'Kenya, the host country of the summit' (the place before its comma, the apposition's head, or the
    copula's subject)."""
    tok = trigger
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head  # "the ASEAN summit": its head
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of":
        return None
    host = of.head
    if host.pos_ != "NOUN" or not (host.lemma_.lower() == "host" or any(
            c.dep_ == "compound" and c.lemma_.lower() == "host" for c in host.children)):
        return None
    referent = _host_noun_referent(host)
    return (host, referent) if referent is not None else None


def _host_noun_referent(host: Token) -> Token | None:
    """'Malaysia, this year's host of X' (the apposition's head, or the place just before its comma
    wherever the parser hangs it), 'Qatar is the host of X' (the subject)."""
    edge = host.left_edge.i
    if edge >= 2 and host.doc[edge - 1].text == "," and host.doc[edge - 2].ent_type_ in {"GPE", "LOC"}:
        return host.doc[edge - 2]
    if host.dep_ == "appos":
        return host.head
    if host.dep_ == "attr":
        return next((c for c in host.head.children if c.dep_ == "nsubj"), None)
    return None


def _placed_within(state: DocState, word: Token, skip: Token) -> Place | None:
    """The host told by a phrase around a person: 'an official from Malaysia, this year's host'."""
    place = _place_of(state, word)
    if place is not None:
        return place
    for tok in word.subtree:
        if tok.ent_type_ in {"GPE"} and not (skip.left_edge.i <= tok.i <= skip.right_edge.i) \
                and tok.dep_ == "pobj" and tok.head.lower_ in {"from", "of"}:
            return lookup_place(compound_name(tok))
    return None


def _told(trigger: Token) -> list[Token]:
    """The engagement's words: its trigger and the sitting it is told at ('met at a meeting hosted by X')."""
    nouns = word_set("meeting_nouns") | word_set("gathering_nouns")
    return [trigger] + [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "during"}
                        for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns]


def hosted_place(state: DocState, trigger: Token) -> Place | None:
    """The place of the engagement ``trigger`` names, told by its host (None when no host is told)."""
    for word in _told(trigger):
        place = _hosted(state, word)
        if place is not None:
            return place
    return None


def _hosted(state: DocState, trigger: Token) -> Place | None:
    head = trigger.head
    if trigger.dep_ == "dobj" and _hosting(head):  # "Egypt prepares to host a summit"
        subject = _subject(head)
        if subject is not None:
            return _place_of(state, subject)
    for child in [*trigger.children, *_hosting_after(trigger)]:  # "a meeting hosted by Qatar"
        if child.dep_ in {"acl", "relcl", "advcl"} and _hosting(child) and child.tag_ == "VBN":
            agent = next((o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
            if agent is not None:
                return _place_of(state, agent)
    if (told := host_noun(trigger)) is not None:  # "Malaysia, this year's host of the ASEAN summit"
        return _placed_within(state, told[1], told[0])
    return None


def _hosting_after(trigger: Token) -> list[Token]:
    """'the preparations for the Arab summit to be hosted by Qatar next month': a passive infinitive right
    after the engagement's noun, which the parser may hang on the clause's verb instead."""
    doc, after = trigger.doc, trigger.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ == ",":
        after += 1
    if after >= len(doc) or doc[after].lower_ != "to":
        return []
    verb = doc[after].head
    return [verb] if verb.dep_ == "advcl" and verb.left_edge.i == after else []


def host_verb_place(verb: Token, trigger: Token) -> Place | None:
    """'Djibouti will host the summit', 'the forum, which Baghdad will host': the place that hosts."""
    nouns = [trigger] + [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]  # "the summit of the Forum, which X hosts"
    hosting = [verb] + [c for n in nouns for c in n.children if c.dep_ in {"relcl", "acl"}]
    for head in hosting:
        if head.lemma_.lower() != "host":
            continue
        for subj in (c for c in head.children if c.dep_ == "nsubj"):  # "which Ho Chi Minh City will host"
            if (place := lookup_place(compound_name(subj)) if subj.ent_type_ in {"GPE", "LOC"} else city_of_words(
                    compound_name(subj))) is not None:  # (a city of several words the tagger made a person)
                return place
    return None


def relative_host(trigger: Token) -> Place | None:
    """'the meeting of the foreign ministers of the Caspian states - A, B and C - which Ashgabat will
    host on 12-14 May', 'the informal OTS summit, which Kyrgyzstan is to host', 'the trilateral
    meeting, which Iwaya will host in Tokyo': the relative clause of the gathering told last before it
    (wherever the parser hangs it) names the host's place."""
    doc = trigger.doc
    nouns = word_set("gathering_nouns") | word_set("meeting_nouns")
    for tok in doc[trigger.i + 1:trigger.sent.end]:
        if tok.lemma_.lower() in nouns:
            return None  # another engagement is told before the relative clause
        if tok.lower_ not in {"which", "that"} or tok.dep_ not in {"dobj", "nsubjpass"}:
            continue
        host = tok.head
        if host.lemma_.lower() not in word_set("relative_hosting_verbs"):
            return None  # "which Denmark and the UK will co-chair in Brussels": where it sits too
        clause = [host, *([host.head] if host.dep_ == "xcomp" else [])]  # "which Kyrgyzstan is to host"
        for head in (host, *clause):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    obj = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}), None)
                    if obj is not None and (place := lookup_place(compound_name(obj))) is not None:
                        return place
        subject = next((c for head in clause for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ in {"GPE", "LOC"} and host.lemma_.lower() == "host":
            return lookup_place(compound_name(subject))  # (a state that co-hosts or chairs may sit elsewhere)
        return None
    return None
