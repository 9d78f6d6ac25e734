"""Documents with a party that is no state: domestic settlements, not agreements between states.

"signed a peace deal with the rebels", "the accord between the government and the insurgents", "a truce
reached with clan militias", "the government and the rebel Liberation Army signed several accords",
"Ethiopia's rival parties signed a deal to end the clashes", "signed a contract with a shipyard": a side
the clause tells is a faction, a rebel movement, a party at home or a business (not "the two parties signed", the states of the talks)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_org
from dateline.extract.syntax import entity_at

__all__ = ["concluded_words", "intergovernmental", "with_non_state"]


def concluded_words() -> frozenset[str]:
    """The verbs whose participle tells a document concluded: 'signed', 'ratified', 'reached', 'struck'."""
    return word_set("signing_verbs") | word_set("concluding_verbs")


def _faction(tok: Token) -> bool:
    """'the rebel Liberation Army', 'the armed opposition': a side its modifier tells is no state."""
    return any(c.dep_ in {"amod", "compound"} and c.text.islower() and c.lower_ in word_set("non_state_modifiers")
               for c in tok.children)


def _non_state_word(tok: Token) -> bool:
    """'the rebels', 'a shipyard', 'two oil companies': a side the clause tells by a common noun of a
    faction or a business (told in lower case: not "the World Bank")."""
    non_state = word_set("non_state_parties") | word_set("business_parties")
    return (tok.lemma_.lower() in non_state or tok.lower_ in non_state) and tok.text.islower() and not any(
        t.ent_type_ == "PERSON" for c in tok.children if c.i < tok.i for t in c.subtree)


def _of_non_state(tok: Token) -> bool:
    """'a coalition of 20 opposition parties', 'officials from two oil companies': a side told by the
    faction or business its own of- or from-phrase names (not "the foreign ministers of the two parties")."""
    if tok.ent_type_ in {"GPE", "NORP"} or tok.lemma_.lower() in word_set("state_like_parties"):
        return False
    inner = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
             for o in p.children if o.dep_ == "pobj"]
    return any(_non_state_word(o) and (o.lemma_.lower() not in word_set("state_like_parties") or _faction(o)) or
               o.lemma_.lower() in word_set("business_parties") for i in inner for o in (i, *i.conjuncts))


def _rival_sides(tok: Token) -> bool:
    """'Ethiopia's rival parties', 'the warring factions': the subject itself is the sides at home (a bare
    "the two parties" or "the sides" are the states of the talks)."""
    if not _non_state_word(tok):
        return False
    if tok.lemma_.lower() not in word_set("state_like_parties"):
        return True  # "the rebels", "the militias", "rival factions"
    return _faction(tok) or any(c.dep_ == "amod" and c.lower_ in word_set("rival_modifiers") for c in tok.children)


def with_non_state(tok: Token) -> bool:
    """Whether the document (or its signing verb) ``tok`` has a party that is no state."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head if tok.head.pos_ in {"VERB", "AUX"} else None
    own = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in concluded_words()]  # "reached with"
    if own and tok.pos_ in {"NOUN", "PROPN"} and own[0].tag_ == "VBN":
        verb = own[0]  # "lawmakers rejected the deal reached at the summit": the deal's own clause tells its sides
    holders = [tok, *([verb] if verb is not None else []), *own]
    holders += [c for c in tok.children if c.dep_ == "amod" and c.lower_ == "worth"]  # "a contract worth $2 billion with X"
    objs = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"with", "between"}
            for o in p.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    if verb is not None:  # "the government and tribal elders signed an accord": a side of the subject
        subjects = [s for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"}]
        conjuncts = [c for s in subjects for c in s.conjuncts]
        objs += conjuncts
        if any(_faction(c) for c in conjuncts) or any(_rival_sides(s) for s in subjects) \
                or any(_of_non_state(s) for s in (*subjects, *conjuncts)):
            return True  # "the government and the rebel Liberation Army signed", "rival parties signed",
            # "the president and a coalition of opposition parties signed", "officials from two companies signed"
        objs += [o for a in verb.children if a.dep_ == "agent" for p in a.children for o in (p, *p.conjuncts)]
    return any(_non_state_word(o) for o in objs)

def intergovernmental(tok: Token) -> bool:
    """'the IMF', 'the World Bank', 'the European Union': an organisation of states or their lender."""
    ent = entity_at(tok.doc, tok.i) if tok.ent_type_ == "ORG" else None
    org = lookup_org(ent.text) if ent is not None else None
    return org is not None and org.kind in {"igo", "bank", "agency"}
