"""States a clause names around an engagement without making them its parties: the venue of talks
("met in Kazakhstan's capital, Astana", "talks in Abuja, Nigeria"), the post of an envoy ("the U.S.
and Iranian ambassadors to Iraq"), the channel a message went through ("through the Swiss
Embassy"), what someone said ("assured that Kirkuk is a matter for all Iraqis") and what talks are
about ("talks on issues including how to stop the violence in Iraq"). A venue's state
is a party when the clause tells no state of its own, or one side alone in the singular: then the
state it went to is the other side ("Wang Yi held talks in Nigeria")."""
from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, in_subtree

__all__ = ["SIDED_KINDS", "channel_of", "currency_of", "plural_sides", "post_of_envoy", "setting_venue", "talked_about",
           "told_content", "venue_of", "venue_sides", "visit_venue"]

# Kinds whose parties are the sides that meet or sign: a visit's host is the state it goes to, a
# gathering's the state that hosts it (guide: countries).
SIDED_KINDS = frozenset({"meeting", "multilateral", "call", "agreement", "invitation"})

_QUALIFIERS = frozenset({"poss", "amod", "compound", "appos", "npadvmod"})
_TALKED_PREPS = frozenset({"on", "about", "regarding", "concerning", "over"})  # "talks on X": what is talked about


def _place_like(tok: Token) -> bool:
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in _place_words()


def _place_words() -> frozenset[str]:
    return word_set("place_nouns") | word_set("venue_nouns")


def _locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in word_set("locative_preps")


def _venue_place(tok: Token) -> Token | None:
    """The object of the locative phrase ``tok`` names or qualifies: "in Djibouti" itself, "in
    Nigeria's capital", "in the Nigerian capital", "in the Jordanian capital Amman", "in Abuja,
    Nigeria", "in the capital of Nigeria"; every word between is a place ("in the Nigerian
    president's office" names the president, not a place)."""
    place = tok
    if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lemma_.lower() in word_set("place_nouns"):
        place = place.head.head  # "in the capital of Nigeria"
    for _ in range(3):
        if _locative(place):
            return place
        if place.dep_ not in _QUALIFIERS or place.head.i == place.i or not _place_like(place.head):
            return None
        place = place.head
    return place if _locative(place) else None


def venue_of(tok: Token, trigger: Token) -> bool:
    """``tok`` names the place where the engagement is held (see ``_venue_place``), in a phrase that
    hangs from the trigger, its clause or a verb under it."""
    if trigger.i == tok.i:
        return False
    place = _venue_place(tok)
    if place is None:
        return False
    held = place.head.head  # what the place phrase hangs from: the verb, the cue, their clause
    return held.i == trigger.i or in_subtree(trigger, held) or (
        held.pos_ in {"VERB", "AUX"} and in_subtree(held, trigger))


def setting_venue(tok: Token, trigger: Token) -> bool:
    """``tok`` names where the gathering the engagement is set at is held: "met Y on the sidelines of
    the summit in Vientiane, Laos", "signed the accord at a conference in Kenya's capital": that state
    hosts the gathering, it is no side of the talks or the document set there."""
    place = _venue_place(tok)
    if place is None or trigger.i == tok.i:
        return False
    setting = place.head.head  # what the place phrase hangs from: the gathering noun
    nouns = word_set("gathering_nouns") | word_set("meeting_nouns")
    if setting.lemma_.lower() not in nouns and setting.dep_ == "pobj" and setting.head.lower_ == "of" \
            and setting.head.head.lemma_.lower() in nouns:
        setting = setting.head.head  # "the summit of the Non-Aligned Movement in Cuba"
    if setting.i == trigger.i or setting.lemma_.lower() not in nouns:
        return False
    cur = setting
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in word_set("sideline_nouns"):
        cur = cur.head.head  # "on the sidelines of the summit"
    if cur.dep_ != "pobj" or cur.head.lower_ not in word_set("setting_preps"):
        return False
    held = cur.head.head  # what the setting phrase hangs from: the trigger, its verb, a word under it
    return held.i == trigger.i or in_subtree(held, trigger) or (held.pos_ in {"VERB", "AUX"} and in_subtree(trigger, held))


def visit_venue(tok: Token, trigger: Token) -> bool:
    """``tok`` names the state a visit that sets the engagement goes to: "During her visit to Kenya, she
    will meet the president of Somalia", "on his trip to Egypt, he held talks with X": where the talks
    are held, a side only as a venue is (when the clause tells one side alone)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or trigger.i == tok.i:
        return False
    visit = tok.head.head
    if visit.lemma_.lower() not in word_set("visit_nouns") or visit.dep_ != "pobj" \
            or visit.head.lower_ not in word_set("setting_preps"):
        return False
    held = visit.head.head  # what the setting phrase hangs from: the trigger or its verb
    return held.i == trigger.i or (held.pos_ in {"VERB", "AUX"} and in_subtree(held, trigger))


def post_of_envoy(tok: Token) -> bool:
    """``tok`` names where an envoy or a mission is posted: "the U.S. and Iranian ambassadors to Iraq",
    "the British envoy to the United Nations", "the head of the U.N. mission in Kosovo" (the envoy
    serves the other state)."""
    cur = tok
    if cur.dep_ in {"amod", "compound", "det"} and cur.head.dep_ == "pobj":
        cur = cur.head  # "ambassador to the Iraqi government"
    return cur.dep_ == "pobj" and cur.head.lower_ in {"to", "in"} and (
        cur.head.head.lemma_.lower() in word_set("posting_nouns") or cur.head.head.lower_ in word_set("posting_nouns"))


def currency_of(tok: Token) -> bool:
    """``tok`` names a currency, not a side: "worth 800 million US dollars", "in Russian rubles"."""
    return tok.dep_ in {"compound", "amod", "nmod"} and tok.head.lemma_.lower() in word_set("currency_nouns")


def channel_of(tok: Token) -> bool:
    """``tok`` names the channel a message or request went through ("received a request through the
    Swiss Embassy", "via Oman's foreign ministry"), not a mediator ("through Qatari mediation")."""
    for cur in ancestors(tok, 3):
        if cur.dep_ == "pobj" and cur.head.lower_ in word_set("channel_preps"):
            return cur.lemma_.lower() not in word_set("mediation_words")
        if cur.dep_ not in _QUALIFIERS | {"det"}:
            return False
    return False


def plural_sides(trigger: Token) -> bool:
    """The clause's subject names two sides itself, one of them told by a common noun ("Negotiators
    from the Sudanese government and two rebel groups are expected ... for talks", "delegations of
    the government and the opposition are meeting"); not one side's several envoys ("Mitchell,
    Gates and Jones are holding talks in Israel": the state they went to is the other side)."""
    for cur in ancestors(trigger, 6):
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"} and not in_subtree(trigger, c)]
        if subjects:
            return any(t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ in {"NOUN", "PROPN"}
                       for t in subjects[0].subtree)
    return False


def venue_sides(state: DocState, participants: list[str], venues: list[tuple[str, Token]],
                trigger: Token) -> list[str]:
    """The venue states that are sides: all of them when the clause tells no state of its own ("the
    CIS foreign ministers will meet in Kazakhstan's capital": the host and the body); when it tells one
    side alone in the singular, the one state it went to ("Wang Yi held talks in Nigeria"), the place
    its verb puts it in before a place told inside a noun phrase ("is in Turkey for talks on the
    situation in neighbouring Iraq")."""
    if not venues:
        return []
    sides = [state.actor(a) for a in participants if state.actor(a).kind in {"country", "person"}]
    if not sides:  # the host of the engagement's own place phrase ("will meet in Kazakhstan's capital")
        return list(dict.fromkeys(a for a, tok in venues if _own_place(tok, trigger)))
    if len({a.country for a in sides} - {None}) >= 2 or plural_sides(trigger):
        return []
    ranked = sorted(venues, key=lambda v: (not _on_verb(v[1]), v[1].i))
    return [ranked[0][0]]


def _own_place(tok: Token, trigger: Token) -> bool:
    """The place phrase hangs from the trigger or a verb (not from another noun: "operations in
    Somalia")."""
    place = _venue_place(tok)
    return place is not None and (place.head.head.i == trigger.i or place.head.head.pos_ in {"VERB", "AUX"})


def _on_verb(tok: Token) -> bool:
    place = _venue_place(tok)
    return place is not None and place.head.head.pos_ in {"VERB", "AUX"}


def told_content(tok: Token, trigger: Token) -> bool:
    """``tok`` is named in what someone said or assured, a "that" clause the event is not in
    ("received reassurance from a visiting U.S. official that Kirkuk is a matter for all Iraqis"; the
    parser may hang it from the noun as a relative clause, "that" still its mark, not its pronoun)."""
    for cur in ancestors(tok, 10):
        if cur.i == trigger.i:
            return False
        if cur.dep_ in {"ccomp", "acl", "relcl"} and cur.pos_ in {"VERB", "AUX"} and not in_subtree(trigger, cur) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            return True
    return False


def talked_about(tok: Token, trigger: Token) -> bool:
    """``tok`` is anywhere inside the object of the trigger's own topic phrase, however deep: "talks
    on issues including how to stop the violence in Iraq" (not inside a with- or between-phrase on
    the way up: "talks on a deal with Japan" may name a side)."""
    for cur in ancestors(tok, 12):
        if cur.i == trigger.i or cur.dep_ == "pobj" and cur.head.lower_ in {"with", "between"}:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in _TALKED_PREPS and cur.head.head.i == trigger.i:
            return not _place_like(cur) and cur.ent_type_ not in {"DATE", "TIME"} and cur.lemma_.lower() not in (
                word_set("sideline_nouns") | word_set("setting_heads") | word_set("time_setting_nouns"))  # not "on the sidelines of", "on Monday"
    return False
