"""Where a gathering is, and who hosts it, as its own words tell: 'the 31st session of the Committee
... in Addis Ababa', 'the forum is planned to be held in Belém', 'which Kazakhstan will host in Astana',
'left for Istanbul to attend the 51st session'. Also the place of a multilateral meeting named by a
noun ('the fifth ministerial meeting of the Central Asia-Japan Dialogue in Tokyo')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extract.described_places import described_place, settlement_nouns
from dateline.extract.document import DocState
from dateline.extract.events.cues import cues
from dateline.extract.events.destinations import destination
from dateline.extract.events.geometry import own_clauses
from dateline.extract.events.hosted_places import host_noun
from dateline.extract.events.named_cities import city_of_state_told
from dateline.extract.events.names import talks_with
from dateline.extract.events.place import is_country
from dateline.extract.events.words import holding_verbs, word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name
from dateline.extract.time.lexicon import words as time_words
from dateline.record import Place

__all__ = ["convened_place", "holder_city", "named_host", "named_venue", "own_end", "own_host", "stated_place"]


def own_host(state: DocState, trigger: Token) -> tuple[str | None, Place | None]:
    """Host state and place told in the gathering's own clause: 'which Kazakhstan will host in Astana'."""
    host: str | None = None
    where: Place | None = None
    for clause in own_clauses(trigger):
        if clause.lemma_.lower() not in holding_verbs("hosting_clause_verbs"):
            continue
        for child in clause.children:
            if child.dep_ in {"nsubj"} and host is None:
                ids = [m.actor_id for m in state.mentions
                       if child.left_edge.idx <= m.start <= child.right_edge.idx
                       and state.actor(m.actor_id).kind == "country"]
                host = ids[0] if ids else None
            if child.dep_ == "prep" and child.lower_ in {"in", "at"} and where is None:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                        where = lookup_place(compound_name(obj))
    return host, where


def named_host(state: DocState, trigger: Token) -> str | None:
    """The state told as the gathering's host by a noun (``hosted_places.host_noun``): 'Malaysia, this
    year's host of the ASEAN summit', 'Brazil is the host of the next BRICS summit'. The state is the
    last one named in the word the 'host' phrase is told of (the copula's whole subject)."""
    told = host_noun(trigger)
    if told is None:
        return None
    host, referent = told
    lo, hi = (referent.left_edge, referent.right_edge) if host.dep_ == "attr" else (referent, referent)
    states = [m.actor_id for m in state.mentions if lo.idx <= m.start < hi.idx + len(hi) and m.end <= hi.idx + len(hi)
              and state.actor(m.actor_id).kind == "country"]
    return states[-1] if states else None


def named_venue(trigger: Token) -> Place | None:
    """The place told as the gathering's venue by a noun: 'around the Maputo International Conference
    Center, the venue of the summit', 'Bled, the venue for the forum', 'Sochi is the site of the talks'."""
    tok = trigger
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"of", "for"}:
        return None
    noun = tok.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in word_set("gathering_venue_nouns"):
        return None
    if noun.dep_ == "appos":
        anchors = [noun.head]
    elif noun.dep_ == "attr":
        anchors = [c for c in noun.head.children if c.dep_ == "nsubj"]
    else:
        return None
    for anchor in anchors:
        words = anchor.doc[anchor.left_edge.i:anchor.i + 1]
        names = [words.text.removeprefix("the ").removeprefix("The "),
                 *(e.text for e in words.ents if e.label_ in {"GPE", "FAC", "LOC"})]
        for name in names:
            place = lookup_place(name)
            if place is not None and place.country:
                return place
    return None


def holder_city(doc: Doc, spans: list[tuple[int, int]]) -> Place | None:
    """The city that holds a gathering, told as the subject of its hosting verb ('Tianjin is ready to
    host the SCO summit', 'as Kazan prepares to host ...'): a place, though no actor names it."""
    for lo, hi in spans:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        for tok in span if span is not None else []:
            if tok.dep_ == "nsubj" and tok.lemma_.lower() in {"city", "town"} and any(c.lower_ == "the" for c in tok.children):
                told = next((e for e in reversed(doc.ents) if e.label_ == "GPE" and tok.sent.start <= e.start < tok.i), None)
                place = lookup_place(told.text) if told is not None else None  # "marched in Hong Kong as the city
                if place is not None and place.country and place.lat is not None and not is_country(place):  # prepares to host"
                    return place
            if tok.ent_type_ not in {"GPE", ""} or tok.pos_ != "PROPN" or tok.dep_ not in {"nsubj", "nsubjpass", "poss"}:
                continue
            place = lookup_place(compound_name(tok))
            if place is not None and place.country and place.lat is not None and not is_country(place):
                return place
    return None


def convened_place(trigger: Token) -> Place | None:
    """'Dozens of heads of state are meeting in Abuja. Among those attending the summit of the African
    Union are ...': officials told as one group convening in a place (no other side told), in the
    sentence before a gathering told with 'the', are met at that gathering."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) or trigger.sent.start == 0:
        return None
    convening, officials = word_set("convening_verbs"), word_set("official_nouns")
    for verb in trigger.doc[trigger.sent.start - 1].sent:
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in convening or any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue  # not "leaders met Xi in Beijing", "met with the President"
        if not any(c.dep_ == "nsubj" and any(t.tag_ == "NNS" and t.lemma_.lower() in officials and t.head.lower_ != "with"
                                               for t in c.subtree) for c in verb.children):  # "dozens of heads of state"
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            if (place := _place_after(prep)) is not None:
                return place
    return None


def _place_after(prep: Token) -> Place | None:
    if prep.lower_ not in {"in", "at"}:
        return None
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.text[:1].isupper() and obj.ent_type_ not in {"DATE", "TIME", "ORG"}:
            place = city_of_state_told(obj.doc, obj.i + 1, lookup_place(compound_name(obj)))  # "in San Jose, Costa Rica"
            if place is not None and place.country:
                return place
            for inner in (c for c in obj.subtree if c.dep_ == "prep" and c.lower_ == "in"):
                place = _place_after(inner)  # "at the Palace of Independence in Minsk"
                if place is not None:
                    return place
        named = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "GPE"), None)
        if obj.dep_ == "pobj" and named is not None and (place := lookup_place(compound_name(named))) is not None \
                and place.country:
            return place  # "in the capital, Colombo"
        if obj.dep_ == "pobj" and obj.lemma_.lower() in settlement_nouns():  # "the Egyptian resort town of X"
            place = described_place(obj.doc[obj.left_edge.i:obj.right_edge.i + 1].text)
            if place is not None:
                return place
    return None


def _clause_of(tok: Token) -> Token:
    """The nearest verb above ``tok`` (the clause a place phrase is told in), else the root."""
    cur = tok
    while cur.head.i != cur.i and not (cur.i != tok.i and cur.pos_ in {"VERB", "AUX"}):
        cur = cur.head
    return cur


def stated_place(trigger: Token) -> Place | None:
    """Where the gathering's own words put it: 'the 31st session of the Committee ... in Addis
    Ababa', 'the forum is planned to be held in Belém', 'will gather for the summit in Luanda'."""
    doc = trigger.doc
    if (there := _there(trigger)) is not None:
        return there
    talks = word_set("meeting_nouns") | word_set("visit_nouns")
    for prep in doc[trigger.i + 1:own_end(trigger, trigger.i + 30)]:
        joined = prep.head.left_edge.i - 2 == trigger.right_edge.i and doc[prep.head.left_edge.i - 1].lower_ == "and"
        if prep.head.i not in {trigger.i, trigger.right_edge.i + 1} and prep.head.lemma_.lower() in talks and not joined:
            continue  # (but "the X Meeting (AMM) and related meetings in Kuala Lumpur": the sittings told with it)  # "preparations for the summit during talks in Minsk": the talks' place (not "the SCO
            # Council of Foreign Ministers meeting in Tianjin", the sitting the body's name heads)
        place = _place_after(prep) if prep.dep_ == "prep" else None
        if place is not None:
            return place
    cur = trigger
    while cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ == "NOUN":
        cur = cur.head.head  # "the forthcoming holding of the 29th session ... in Azerbaijan"
        for prep in cur.children:
            place = _place_after(prep) if prep.dep_ == "prep" and prep.i > trigger.i else None
            if place is not None:
                return place
    for clause in own_clauses(trigger):  # "the SCO Tourism Forum, which opens in Samarkand"
        for prep in clause.subtree:  # "a summit hosted by Libyan leader Moammar Gadhafi in Tripoli"
            if prep.head.dep_ == "dobj" and prep.head.pos_ in {"NOUN", "PROPN"}:
                continue  # "during which they will address the crisis in Darfur": the topic's place
            if prep.head.lemma_.lower() in word_set("topic_place_heads") or _clause_of(prep).i != clause.i:
                continue  # "which was followed by a statement in which they called for an end to the war in Sudan"
            place = _place_after(prep) if prep.dep_ == "prep" else None
            if place is not None:
                return place
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":  # "en route to Chile for the APEC summit"
        journey = trigger.head.head
        for prep in journey.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i < trigger.i:
                place = next((lookup_place(compound_name(o)) for o in prep.children if o.dep_ == "pobj"), None)
                if place is not None and place.country:
                    return place
    verbs = []
    if trigger.dep_ in {"nsubj", "nsubjpass", "dobj"}:  # "is planned to be held in Belém"
        verbs = [trigger.head, *[c for c in trigger.head.children if c.dep_ == "xcomp"]]
        verbs += [c for v in verbs[1:] for c in v.children if c.dep_ == "xcomp"]
    planned = holding_verbs("hosting_clause_verbs") | frozenset(str(w) for w in time_words()["tense"]["planned"])
    sits = trigger.dep_ in {"nsubj", "nsubjpass"}  # "the meeting took place in Minsk", "was held in Baku"
    for verb in verbs:
        if verb.lemma_.lower() not in planned and verb.lower_.removesuffix("d") not in planned and not (
                verb is not verbs[0] and verb.lemma_.lower() in word_set("gathering_predicates")) and not (
                sits and verb.lemma_.lower() in word_set("sitting_predicates")):
            continue  # ("slated": "slat"); "the summit is set to open in Baghdad"
        for prep in _dated_preps(verb):
            place = _place_after(prep)
            if place is not None:
                return place
    return _journey_place(trigger) or _beside_place(trigger) or _appended_place(trigger)


def _appended_place(trigger: Token) -> Place | None:
    """'the start of the Summit of the Americas, to take place at Mar del Plata': an infinitive set off by
    a comma right after the gathering's phrase tells where it sits, however the parser hangs it."""
    doc = trigger.doc
    end = trigger.right_edge.i + 1
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "to":
        return None
    verb = doc[end + 1].head
    if verb.lemma_.lower() not in holding_verbs("hosting_clause_verbs") | word_set("sitting_predicates"):
        return None
    return next((p for prep in verb.children if prep.dep_ == "prep" and (p := _place_after(prep)) is not None), None)


def _there(trigger: Token) -> Place | None:
    """'signed the deal in Kuala Lumpur, ahead of next week's summit there', 'the summit held there':
    'there' is the place the sentence named last before the gathering."""
    holders = [trigger, *([trigger.head] if trigger.dep_ in {"nsubj", "nsubjpass"} else [])]
    if not any(c.lower_ == "there" and c.dep_ == "advmod" for h in holders for c in h.children):
        return None
    for tok in reversed(trigger.doc[trigger.sent.start:trigger.i]):
        if tok.ent_type_ in {"GPE", "LOC"} and tok.text[:1].isupper() and (
                tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"):
            place = lookup_place(compound_name(tok))
            if place is not None and place.country:
                return place
    return None


def _beside_place(trigger: Token) -> Place | None:
    """'made the comments Saturday in Beijing at a forum', 'those gathering in Austria for a
    conference', 'met in Lima on the sidelines of the summit': the place phrase of the verb that
    holds the gathering (or of the gathering words beside it) is the gathering's place."""
    cur = trigger
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in word_set("sideline_nouns"):
        cur = cur.head.head  # "on the sidelines of the summit"
    if cur.dep_ != "pobj" or cur.head.lower_ not in word_set("gathering_side_preps"):
        return None
    verb = cur.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    convening = word_set("convening_verbs")
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i in range(cur.head.left_edge.i, cur.head.right_edge.i + 1):
            continue
        holder = prep.head  # the verb itself, or "those gathering" that hangs from it
        if holder.i != verb.i and not (holder.lower_.removesuffix("ing") in convening and _hangs_from(holder, verb)):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for name in [obj, *(c for c in obj.children if c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"})]:
                if name.ent_type_ not in {"GPE", "LOC", "FAC"} or not name.text[:1].isupper():
                    continue  # "in Austria Monday": the parser makes the date the object
                place = lookup_place(compound_name(name) if name is obj else name.text)
                if place is not None and place.country:
                    return place
    return None


def _hangs_from(token: Token, verb: Token) -> bool:
    """Whether ``token`` belongs to ``verb``'s own clause (no other verb between them)."""
    for up in token.ancestors:
        if up.i == verb.i:
            return True
        if up.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _dated_preps(verb: Token) -> list[Token]:
    """The verb's place prepositions, also those its date phrase carries: 'is slated for July 10-11
    in Malabo' (the parser hangs the place on the date)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return preps + [p for prep in preps for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ == "DATE"
                    for p in obj.children if p.dep_ == "prep"]


def _journey_place(trigger: Token) -> Place | None:
    """'left for Istanbul to attend the 51st session', 'arrived in Doha to take part in the forum':
    the gathering is where the journey told to attend it goes."""
    cur = trigger
    if cur.dep_ == "pobj" and cur.head.lower_ == "in":
        cur = cur.head  # "to take part in", "to participate in"
    verb = cur.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "to take part in the forum"
    if cur.dep_ not in {"dobj", "prep"} or verb.lemma_.lower() not in word_set("party_attending_verbs") | word_set(
            "taking_part_verbs"):
        return None
    journey = verb.head if verb.dep_ in {"advcl", "xcomp"} else None
    if journey is None or journey.lemma_.lower() not in cues().travel | word_set("journey_words"):
        return None
    where = destination(journey) or next((c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "GPE" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in verb.children)), None)  # "left (for Istanbul) to attend"
    place = lookup_place(compound_name(where)) if where is not None else None
    return place if place is not None and place.country else None


def own_end(trigger: Token, last: int | None = None) -> int:
    """The token index where the gathering's own words end: before the next verb or relative word
    ('the Ibero-American Summit in Quito(, where heads of state met to discuss ...)'), within its
    phrase (or up to ``last``)."""
    doc = trigger.doc
    last = trigger.right_edge.i if last is None else min(last, trigger.sent.end - 1)
    last = min([last, *(c.left_edge.i - 1 for c in trigger.children if c.dep_ == "conj" and any(
        d.dep_ == "det" for d in c.children))])  # "the X summit and the Y summit", not "Conference and General Meeting"
    for t in doc[trigger.i + 1:last + 1]:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"compound", "amod"} or t.lower_ in {"where", "which", "who",
                                                                                           "that", ";"}:
            return t.i  # (not "the Non-Aligned Movement": a verb inside a name)
        if t.lower_ == "with" and (party := talks_with(trigger, t.i)) is not None and party.i == t.i:
            return t.i  # "discussed preparations for the ECO Summit with Secretary General X in Baku": the talks' party
    return last + 1
