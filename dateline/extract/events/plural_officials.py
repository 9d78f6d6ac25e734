"""'The presidents held talks', 'the two ministers signed': a plural subject naming the officials
of one title told earlier in the report."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from dateline.extract.document import DocState
from dateline.extract.events.asides import reporting_tag
from dateline.extract.events.words import table, word_set
from dateline.extract.syntax import token_at
from dateline.extract.time.lexicon import words

__all__ = ["officials_told", "plural_counts", "plural_officials", "state_officials"]


def plural_officials(state: DocState, verb: Token, sent: Span, trigger: Token | None = None,
                     raised: bool = False) -> list[str]:
    """'The presidents held talks', 'the two ministers signed', 'the talks of the two leaders': the
    officials of that title told so far; with ``raised``, also the subject of the verb a talks verb is
    the complement of ('the two leaders are to meet')."""
    heads = table("plural_heads")
    subjects = _subjects(verb) if raised else [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if (not subjects or subjects[0].lower_ not in heads) and trigger is not None and trigger.pos_ == "NOUN":
        subjects = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"of", "between"}
                    for g in c.children if g.dep_ == "pobj"]  # "during the talks of the two leaders"
    if not subjects or subjects[0].lower_ not in heads:
        return []
    return officials_told(state, subjects[0], sent)


def _subjects(verb: Token) -> list[Token]:
    """The subject of ``verb``, or of the verb it is the complement of ('the two leaders are to meet',
    'both ministers are expected to hold talks'), two steps up at most."""
    cur = verb
    for _ in range(3):
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return subjects
        cur = cur.head
    return []


def officials_told(state: DocState, subj: Token, sent: Span) -> list[str]:
    """The officials a plural title names ('the two presidents', 'both leaders', 'the heads of state'):
    the ones of that title told before ``sent``, as many as it counts (two when it does not)."""
    heads = table("plural_heads")
    counts = plural_counts()
    key = subj.lower_
    of = [o.lower_ for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if of and f"{key} of {of[0]}" in heads:
        key = f"{key} of {of[0]}"  # "the heads of state"
    if key not in heads:
        return []
    if not any(c.lower_ in {"the", "both"} or c.lower_ in counts for c in subj.children):
        return []
    count = next((counts[c.lower_] for c in subj.children if c.lower_ in counts), 2)
    qualifier = " ".join(c.lower_ for c in subj.children if c.dep_ in {"compound", "amod"} and c.lower_ not in counts)
    wanted = heads[key]
    seen: dict[str, int] = {}  # each official of the title, most recent first, with where last told
    for m in sorted(state.mentions, key=lambda m: m.start, reverse=True):
        if m.start >= sent.start_char:
            continue
        actor = state.actor(m.actor_id)
        title = (actor.title or "").lower()
        if actor.kind != "person" or not title or actor.id in seen:
            continue
        if any(re.search(rf"\b{re.escape(w)}\b", title) for w in wanted) and (not qualifier or qualifier in title) \
                and not ((tok := token_at(sent.doc, m.start)) is not None and reporting_tag(tok)):
            seen[actor.id] = m.start  # a word of the title ("presidential press secretary" is no president)
    principals = {a: at for a, at in seen.items() if not _subordinate(state.actor(a).title or "")}
    if len(principals) >= count and not qualifier:  # "the two ministers": not the deputy minister told since
        seen = principals
    found = _with_host(state, sent, seen, count)
    if count == 2 and len(found) == 2:
        found = _told_together(state, sent, seen, found)
    return list(reversed(found)) if len(found) == count else []


def _told_together(state: DocState, sent: Span, seen: dict[str, int], found: list[str]) -> list[str]:
    """'X held talks with Y. The talks were also attended by Z. The two ministers signed': when the two
    told last (``found``) are of one state or never told in one sentence, the two are the officials of
    two states told last in one sentence before ``sent`` (most recent first), the sides of those talks."""
    doc = sent.doc
    by_sentence: dict[int, list[str]] = {}
    for m in sorted(state.mentions_starting(0, sent.start_char), key=lambda m: m.start, reverse=True):
        if m.actor_id not in seen or (tok := token_at(doc, m.start)) is None:
            continue
        told = by_sentence.setdefault(tok.sent.start, [])
        if m.actor_id not in told:
            told.append(m.actor_id)
    codes = {state.actor(a).country for a in found}
    if len(codes) == 2 and None not in codes and any(set(found) <= set(told) for told in by_sentence.values()):
        return found
    for start in sorted(by_sentence, reverse=True):
        told = by_sentence[start]
        for other in told[1:]:
            pair = {state.actor(told[0]).country, state.actor(other).country}
            if len(pair) == 2 and None not in pair:
                return [told[0], other]
    return found


def _subordinate(title: str) -> bool:
    """'First Deputy Foreign Minister', 'Vice President': a deputy's post (not 'Deputy Prime Minister –
    Minister of Foreign Affairs', who holds a post of his own too)."""
    words = title.lower().replace("-", " - ").split()
    second_post = any(w in {"–", "—", "and", "-"} for w in words) or "," in title
    return not second_post and any(w.rstrip(",") in word_set("subordinate_title_words") for w in words[:2])


def _with_host(state: DocState, sent: Span, seen: dict[str, int], count: int) -> list[str]:
    """The ``count`` officials told last; but 'The talks with the President of Latvia ... The leaders
    attended the signing', after the host met several guests: a guest told alone in his sentence and
    another guest told before are not the two, the guest and the one official of the title of the
    dateline's state are."""
    ids = list(seen)
    home = state.dateline.country if state.dateline is not None else None
    if count != 2 or len(ids) < 3 or home is None or sent.doc is None:
        return ids[:count]
    first, second = (state.actor(a).country for a in ids[:2])
    hosts = [a for a in ids if state.actor(a).country == home]
    told_with = (t := token_at(sent.doc, seen[ids[0]])) is not None and t.sent.start_char <= seen[ids[1]]
    if home in {first, second} or first is None or second in {None, first} or len(hosts) != 1 or told_with:
        return ids[:count]
    return [ids[0], hosts[0]]


@cache
def plural_counts() -> dict[str, int]:
    """'the two ministers', 'both leaders': how many (two to four)."""
    counts = {w: n for w, n in words()["numbers"].items() if 2 <= n <= 4}
    return {**counts, **dict.fromkeys(word_set("dual_words"), 2)}


def state_officials(state: DocState, verb: Token) -> list[str]:
    """'Leaders of Venezuela, Brazil, Colombia and Spain are to meet', 'The presidents of Kazakhstan and
    Kyrgyzstan met': a plural of a title "of" a list of states names, for each state, its official of
    that title wherever the report names him: one each, or none when a state's is unnamed or ambiguous."""
    heads = table("plural_heads")
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "xcomp":  # "Leaders of A and B are to meet"
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].lower_ not in heads or state.doc is None:
        return []
    subj = subjects[0]
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return []
    lo, hi = of.idx, of.right_edge.idx + len(of.right_edge)
    codes = list(dict.fromkeys(a.country for m in state.mentions_in(lo, hi)
                               if (a := state.actor(m.actor_id)).kind == "country" and a.country))
    if len(codes) < 2:
        return []
    wanted = heads[subj.lower_]
    found: list[str] = []
    for code in codes:
        officials = [a for a in state.actors if a.kind == "person" and a.country == code and a.title and any(
            re.search(rf"\b{re.escape(w)}\b", a.title.lower()) for w in wanted)]
        if len(officials) != 1:  # none named, or two of that title for one state: which one is not told
            return []
        found.append(officials[0].id)
    return found

