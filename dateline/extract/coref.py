"""In-document coreference by rules (no offline neural model exists for this).

* surname alone -> the person with that surname (the one whose title precedes it when two
  people share it: "President Aliyev" vs "Prosecutor General Aliyev"), else the most recent;
* title alone ("the Prosecutor General", "the Azerbaijani minister") -> the person with that
  title head (and country, when an adjective is given);
* he/his/him/she/her -> the most recent person, preferring the subject of the sentence;
* "his Kazakh colleague/counterpart [Name]" -> a person of that country with the same title;
* "a delegation headed/led by X" -> X heads the delegation of X's country (so does Y of a second side
  told with the verb left out: "..., and the Kuwaiti delegation by Y"); "the Turkish delegation" -> the
  head of Turkey's delegation;
* "the Azerbaijani side" -> the country.

Then ``nationality.infer_nationality`` gives officials the text names without a country one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extract.coref_common import covered as _covered
from dateline.extract.coref_common import most_recent as _most_recent
from dateline.extract.coref_common import persons as _persons
from dateline.extract.coref_pronouns import resolve_pronoun as _resolve_pronoun
from dateline.extract.coref_pronouns import resolve_pronouns
from dateline.extract.coref_quoted import resolve_quoted_speakers
from dateline.extract.coref_surnames import resolve_surnames
from dateline.extract.coref_titles import title_mentions
from dateline.extract.counterparts import relational as _relational
from dateline.extract.document import DocState, Mention
from dateline.extract.host_mentions import host_mentions
from dateline.extract.lead_titles import lead_title
from dateline.extract.nationality import infer_nationality
from dateline.extract.places import country_code
from dateline.extract.syntax import lemma_positions, word_positions
from dateline.lexicons.loader import load_lexicon

__all__ = ["run_coref"]

_WORDS = load_lexicon("people_coref.yaml")
_DELEGATION_NOUNS = frozenset(_WORDS["delegation_nouns"])
_COUNTRY_NOUNS = frozenset(_WORDS["country_nouns"])
_HEADED = re.compile(r"\b(?:" + "|".join(map(re.escape, _WORDS["headed_groups"])) + r")\b[^.]{0,80}?"
                     r"\b(?:" + "|".join(map(re.escape, _WORDS["led_verbs"])) + r")\s+by\b", re.I)
# The verb left out after a first side's: "The Turkmen delegation was headed by A, and the Kuwaiti
# delegation by B", "the Vietnamese delegation, which is on a working visit, by C".
_GAPPED = re.compile(r"\b(?:" + "|".join(map(re.escape, [*_WORDS["headed_groups"], "side"])) + r")"
                     r"(?:\s*,[^,.;]{1,60},)?\s+by\b", re.I)
_LED_BY = re.compile(r"\b(?:" + "|".join(map(re.escape, _WORDS["led_verbs"])) + r")\s+by\b", re.I)


def _gapped(state: DocState) -> list[re.Match[str]]:
    """The second side's 'delegation by B' of a sentence whose first side was 'headed by A'."""
    found = []
    for match in _GAPPED.finditer(state.text):
        opening = state.text.rfind(".", 0, match.start()) + 1
        if _LED_BY.search(state.text, opening, match.start()) and not _LED_BY.search(match.group(0)):
            found.append(match)
    return found


def _delegations(state: DocState) -> None:
    for match in [*_HEADED.finditer(state.text), *_gapped(state)]:
        after = [m for m in state.mentions if m.kind == "name" and 0 <= m.start - match.end() <= 120]
        if not after:
            continue
        head = state.actor(after[0].actor_id)
        if head.kind == "person":  # the state the phrase names when the head's own is told only later
            head.head_of = head.country or next((c.country for m in state.mentions_starting(
                max(0, match.start() - 30), match.end()) if (c := state.actor(m.actor_id)).kind == "country"), None)
            start = state.text.rfind("delegation", match.start(), match.end())
            if start >= 0:
                state.mentions.append(Mention(start, start + len("delegation"), head.id, "delegation"))


def _delegation_mentions(state: DocState, doc: Doc) -> None:
    """'the delegation' / 'the guests' -> the most recent delegation head."""
    heads = [a for a in _persons(state) if a.head_of is not None]
    if not heads:
        return
    for tok in (doc[i] for i in lemma_positions(doc, _DELEGATION_NOUNS)):
        if tok.lemma_.lower() not in _DELEGATION_NOUNS or tok.i == 0:
            continue
        first = tok.i - 1
        code = None
        if doc[first].ent_type_ == "NORP" and first > 0:
            code = doc[first].ent_id_ or country_code(doc[first].text)
            first -= 1
        if doc[first].lower_ != "the" or _covered(state, tok.idx, tok.idx + len(tok)):
            continue
        cands = [h for h in heads if code is None or (h.country or h.head_of) == code]
        head = _most_recent(state, tok.idx, cands) if cands else None
        if head is not None and not any(m.start == tok.idx for m in state.mentions):
            head.add_mention(doc[first].idx, tok.idx + len(tok))
            state.mentions.append(Mention(doc[first].idx, tok.idx + len(tok), head.id, "delegation"))


def _sides(state: DocState, doc: Doc) -> None:
    """'the Azerbaijani side' and 'the Azerbaijani capital' stand for the country."""
    for tok in (doc[i] for i in word_positions(doc, _COUNTRY_NOUNS)):
        if tok.lower_ not in _COUNTRY_NOUNS or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.ent_type_ in {"NORP", "GPE"}:
            code = prev.ent_id_ or country_code(prev.text)
            actor = next((a for a in state.actors if a.kind == "country" and a.country == code), None)
            if actor is not None:
                actor.add_mention(prev.idx, tok.idx + len(tok))
                kind = "side" if tok.lower_ == "side" else "country"
                state.mentions.append(Mention(prev.idx, tok.idx + len(tok), actor.id, kind))


def run_coref(state: DocState) -> None:
    """Resolve surnames, titles, pronouns, relational mentions, delegations and sides."""
    doc = state.doc
    assert doc is not None
    lead_title(state, doc)
    resolve_surnames(state, doc)
    title_mentions(state, doc)
    state.mentions.sort(key=lambda m: (m.start, m.end))
    _relational(state, doc, _resolve_pronoun)
    resolve_pronouns(state, doc)
    resolve_quoted_speakers(state, doc)  # '"During my visit to Tashkent ...," X said': X
    _delegations(state)
    _delegation_mentions(state, doc)
    _sides(state, doc)
    state.mentions.sort(key=lambda m: (m.start, m.end))
    infer_nationality(state, doc)
    _relational(state, doc, _resolve_pronoun)  # "met his Russian counterpart": the officials whose state is known only now
    host_mentions(state, doc, _resolve_pronoun)  # "Kobakhidze and his host held talks": the inviter
    title_mentions(state, doc)  # "conveyed to the Azerbaijani leader": likewise
    state.mentions.sort(key=lambda m: (m.start, m.end))
    # A person with no title keeps title None; an official without country inherits the
    # country of their organisation when it names one.
    for actor in _persons(state):
        if actor.title is None:
            actor.organization = None

