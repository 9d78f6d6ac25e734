"""'his Kazakh colleague Berik Asylov', 'his Russian counterpart', 'his Guatemalan counterpart':
relational mentions of a person (part of the coreference stage, ``coref.run_coref``).

A name right after the relational noun is that person, with the title of the owner (the
person whose counterpart he is: GUIDE, "counterpart" titles) and the state the adjective
names; without a name, the mention goes to the person of that state the text named last.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from dateline.extract.coref_common import POSSESSIVES as _POSSESSIVES
from dateline.extract.coref_common import most_recent as _most_recent
from dateline.extract.coref_common import persons as _persons
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.places import country_code
from dateline.extract.same_office import same_office
from dateline.extract.syntax import word_positions
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["relational"]

_DEPUTIES = frozenset(load_lexicon("people_coref.yaml")["deputy_nouns"])


Resolver = Callable[[DocState, Doc, Token], ActorDraft | None]  # a possessive pronoun -> its person


@cache
def _read(rel_words: frozenset[str]) -> frozenset[str]:
    """The words ``relational`` reads: a deputy noun, a relational noun and its plural."""
    return _DEPUTIES | rel_words | {w + "s" for w in rel_words}


def relational(state: DocState, doc: Doc, resolve: Resolver) -> None:
    """'his Kazakh colleague Berik Asylov' / 'his Russian counterpart' (``resolve`` reads 'his'
    as coreference does)."""
    _resolve_pronoun = resolve
    rel_words = titles().relational
    for i in word_positions(doc, _read(rel_words)):
        tok = doc[i]
        if tok.lower_ in _DEPUTIES:
            _deputy(state, doc, tok, resolve)
            continue
        if tok.lower_ not in rel_words:
            if tok.lower_.endswith("s") and tok.lower_[:-1] in rel_words:
                _plural(state, doc, tok, resolve)  # "his Thai and Vietnamese counterparts, A and B"
            continue
        left = doc[max(0, tok.i - 3):tok.i]
        owner_pron = next((t for t in left if t.lower_ in _POSSESSIVES), None)
        country = next(((t.ent_id_ or country_code(t.text)) for t in left if t.ent_type_ in {"NORP", "GPE"}), None)
        if owner_pron is None:
            _without_owner_word(state, doc, tok, country)
            continue
        if any(m.kind == "relational" for m in state.mentions_starting(owner_pron.idx, owner_pron.idx + 1)):
            continue  # resolved on the first pass
        owner = _resolve_pronoun(state, doc, owner_pron)
        # A name right after: "his Kazakh colleague Berik Asylov".
        nxt = [m for m in state.mentions if m.kind == "name" and 0 <= m.start - (tok.idx + len(tok)) <= 24
               and _styles_only(state.text[tok.idx + len(tok):m.start])]
        if nxt:
            person = state.actor(nxt[0].actor_id)
            if owner is not None and owner.title and (not person.title or person.title.lower() in titles().honorifics):
                person.title = _last_post(owner.title)  # "his Saudi counterpart Prince X": the post, not the style
                person.organization = person.organization or owner.organization
                person.role = "official"
            if country and not person.country:
                person.country = country
            person.add_mention(owner_pron.idx, tok.idx + len(tok))
            state.mentions.append(Mention(owner_pron.idx, tok.idx + len(tok), person.id, "relational"))
            continue
        cands = [p for p in _persons(state) if p is not owner and (country is None or p.country == country)]
        if owner is not None and owner.title:
            same = [p for p in cands if p.title == owner.title]
            post = _last_post(owner.title).lower()  # "Deputy Prime Minister – Minister of Foreign Affairs"
            peers = same or [p for p in cands if p.title and _last_post(p.title).lower() == post] \
                or [p for p in cands if same_office(p.title, owner.title)]  # "Minister of Foreign Affairs,
            # Emigration and Egyptian Expatriates": his counterpart is the other state's Minister of Foreign Affairs
            if not peers and country is not None and any(
                    p.country is None and p.title and _last_post(p.title).lower() == post
                    for p in _persons(state) if p is not owner):
                continue  # a peer of that post whose state is not known yet: the second pass, once it is
            cands = peers or cands
        if cands:
            chosen = _most_recent(state, len(state.text), cands)
            if chosen is not None:
                chosen.add_mention(owner_pron.idx, tok.idx + len(tok))
                state.mentions.append(Mention(owner_pron.idx, tok.idx + len(tok), chosen.id, "relational"))


def _plural(state: DocState, doc: Doc, tok: Token, resolve: Resolver) -> None:
    """'his Brazilian and Colombian counterparts, A and B': each person of the name list right after
    the plural noun takes the owner's post; the states the adjectives list, in order, when they are
    as many as the names."""
    left = doc[max(0, tok.i - 8):tok.i]
    owner_pron = next((t for t in reversed(left) if t.lower_ in _POSSESSIVES), None)
    if owner_pron is None or any(t.is_punct and t.text != "," for t in doc[owner_pron.i:tok.i]):
        return
    listed: list[ActorDraft] = []
    at = tok.idx + len(tok)
    for m in sorted(state.mentions_starting(at, min(len(state.text), at + 400)), key=lambda m: m.start):
        if m.kind != "name":
            continue
        between = state.text[at:m.start]
        joint = between.replace(",", " ").split()
        if not (_styles_only(between) if not listed else joint in ([], ["and"]) or _styles_only(
                between.replace(" and ", " "))):
            break
        person = state.actor(m.actor_id)
        if person.kind != "person" or person in listed:
            break
        listed.append(person)
        at = m.end
    if len(listed) < 2:
        return
    owner = resolve(state, doc, owner_pron)
    states = [t.ent_id_ or country_code(t.text) for t in doc[owner_pron.i + 1:tok.i]
              if t.ent_type_ in {"NORP", "GPE"} and t.ent_iob_ == "B"]
    for n, person in enumerate(listed):
        if owner is not None and owner.title and person is not owner \
                and (not person.title or person.title.lower() in titles().honorifics):
            person.title = _last_post(owner.title)
            person.organization = person.organization or owner.organization
            person.role = "official"
        if len(states) == len(listed) and states[n] and not person.country:
            person.country = states[n]


def _deputy(state: DocState, doc: Doc, tok: Token, resolve: Resolver) -> None:
    """'Foreign Minister X and his deputy Y': Y is the owner's deputy, of the owner's state."""
    if tok.i == 0 or doc[tok.i - 1].lower_ not in _POSSESSIVES or not tok.text.islower():
        return
    owner_pron = doc[tok.i - 1]
    after = tok.idx + len(tok)
    nxt = [m for m in state.mentions_starting(after, after + 25) if m.kind == "name"
           and _styles_only(state.text[after:m.start])]
    if not nxt or any(m.kind == "relational" for m in state.mentions_starting(owner_pron.idx, owner_pron.idx + 1)):
        return
    owner = resolve(state, doc, owner_pron)
    person = state.actor(nxt[0].actor_id)
    if owner is None or person is owner or person.kind != "person" or not owner.title or person.title:
        return
    post = _last_post(owner.title)
    person.title = post if post.lower().startswith(("deputy", "vice")) else f"Deputy {post}"
    person.country = person.country or owner.country
    person.organization = person.organization or owner.organization
    person.role = "official"
    person.add_mention(owner_pron.idx, after)
    state.mentions.append(Mention(owner_pron.idx, after, person.id, "relational"))


def _without_owner_word(state: DocState, doc: Doc, tok: Token, country: str | None) -> None:
    """'met with Guatemalan counterpart Carlos Ruiz': no 'his', the owner is the titled person the
    sentence named last before the noun (of another state); the name right after takes the
    owner's post, as with 'his'."""
    after = tok.idx + len(tok)
    nxt = [m for m in state.mentions_starting(after, after + 25) if m.kind == "name"
           and _styles_only(state.text[after:m.start])]
    if not nxt or any(m.kind == "relational" for m in state.mentions_starting(tok.idx, tok.idx + 1)):
        return
    person = state.actor(nxt[0].actor_id)
    if person.kind != "person" or (person.title and person.title.lower() not in titles().honorifics):
        return
    sent = tok.sent
    before = [state.actor(m.actor_id) for m in state.mentions_starting(sent.start_char, tok.idx)
              if m.end <= tok.idx and m.kind in {"name", "surname", "title"}]
    owners = [a for a in before if a.kind == "person" and a is not person and a.title
              and a.role != "honorific" and (country is None or a.country != country)]
    if not owners:
        return
    owner = owners[-1]
    person.title = _last_post(owner.title or "")
    person.organization = person.organization or owner.organization
    person.role = "official"
    if country and not person.country:
        person.country = country
    person.add_mention(tok.idx, after)
    state.mentions.append(Mention(tok.idx, after, person.id, "relational"))


def _styles_only(between: str) -> bool:
    """Nothing but styles between 'counterpart' and the name ('Prince', 'Sheikh', 'Dr.')."""
    words = between.replace(",", " ").split()
    lex = titles()
    return all(w.lower() in lex.honorifics or w.lower() in lex.name_prefixes or w in lex.cased_prefixes for w in words)


def _last_post(title: str) -> str:
    """The post a counterpart shares: the last of two joined posts ('State Councilor and Foreign
    Minister' -> 'Foreign Minister'); 'Minister of Roads and Urban Development' is one post."""
    for joint in (" and ", " – ", " - "):
        if joint in title:
            last = title.rsplit(joint, 1)[1].strip()
            words = last.split()
            if words and any(titles().head(" ".join(words[n:m])) for n in range(len(words))
                             for m in range(n + 1, min(len(words), n + 3) + 1)):
                return last[:1].upper() + last[1:]
    return title
