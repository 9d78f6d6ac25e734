"""Engagements told by a construction rather than by a cue word of their own:

- "X called on Prime Minister Y at his office", "will call on the President during the visit": a
  courtesy visit to an official, talks in person (not "called on Y to accept a ceasefire", an appeal,
  nor "called on the international community");
- "witnessed the signing of more than 20 cooperation documents", "the signing of a package of
  documents": a signing whose of-phrase names documents by a word that is no document cue of its own;
- "also met with other senior officials", "held talks with other ministers": talks besides those told
  before (the counterparts are others);
- "the ceremony of signing a memorandum", "a signing ceremony for the agreement": the signing is the
  engagement (an agreement), not a gathering of its own;
- "Saudi Arabia and Yemen agreed to a delimitation of their border", "OPEC agreed to a production cut":
  terms several states settle on, an agreement (not "agreed on the need to ...", an oral understanding);
- "a day after holding talks with Y": the talks are dated that many days before their clause's day.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.extract.document import EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_org
from dateline.extract.time.lexicon import number

__all__ = ["agreed_terms", "called_official", "called_on_official", "days_before", "other_counterparts", "relations_agreed", "signed_documents", "signing_ceremony", "step_back", "talked_with_official"]


def called_on_official(tok: Token) -> bool:
    """'called on Prime Minister Y', 'called on Minister Y to discuss trade': talks; not an appeal
    ("called on Y to release the detainees": the infinitive is not itself talking)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "call" or any(
            c.dep_ in {"nsubjpass", "auxpass", "dobj", "oprd", "ccomp"} for c in tok.children):
        return False
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
            for o in p.children if o.dep_ == "pobj"]
    if not any(t.ent_type_ in {"PERSON", "TITLE"} for o in objs for t in o.subtree):
        return False  # "called on the international community", "called on Russia"
    infinitives = [v for v in (*tok.children, *(c for o in objs for c in o.children))
                   if v.dep_ in {"xcomp", "advcl", "acl", "relcl"} and v.pos_ in {"VERB", "AUX"}]
    return all(v.lemma_.lower() in word_set("talking_verbs") for v in infinitives)


def signed_documents(tok: Token) -> Token | None:
    """'the signing of 20 cooperation documents', 'the signing of a package of documents': the documents
    a signing noun's of-phrase names by a word that is no document cue ("documents", "papers")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in word_set("signing_nouns"):
        return None
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    objs += [g for o in objs if o.lemma_.lower() in word_set("quantity_nouns")
             for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return next((o for o in objs if o.lower_ in word_set("document_objects")
                 or o.lemma_.lower() in word_set("document_objects")), None)


def signing_ceremony(tok: Token) -> bool:
    """'the ceremony of signing a memorandum', 'the ceremony for the signing of the protocol', 'a signing
    ceremony': a ceremony that is a signing."""
    signing = word_set("signing_nouns") | word_set("signing_words")
    if tok.lemma_.lower() != "ceremony":
        return False
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in signing for c in tok.children) or any(
        p.dep_ == "prep" and p.lower_ in {"of", "for"} and any(
            o.dep_ in {"pobj", "pcomp"} and o.lemma_.lower() in signing for o in p.children) for p in tok.children)


def other_counterparts(tok: Token) -> bool:
    """'met with other senior Georgian officials', 'talks with other ministers': the counterparts of the
    talks are others than those of talks told before."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head if tok.dep_ == "dobj" else tok
    objs = [o for h in {verb.i: verb, tok.i: tok}.values() for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"]
    objs += [c for c in verb.children if c.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() == "meet"]
    return any(c.dep_ == "amod" and c.lower_ == "other" for o in objs for c in o.children)


def days_before(tok: Token) -> tuple[int, str]:
    """'was received today, a day after holding talks with Y', 'two days after meeting Y', 'a day after
    X met Y', 'comes a month after X met Y': the talks are that many days, weeks or months before the
    clause they hang from ((0, "day") when not told so)."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        unit = next((c for c in verb.children if c.dep_ == "npadvmod"), verb)  # "a day after X met Y": finite
    elif verb.dep_ != "pcomp" or verb.head.lower_ != "after":
        return 0, "day"
    else:
        unit = next((c for c in verb.head.children if c.dep_ == "npadvmod"), verb.head.head)  # "two days after"
    lemma = unit.lemma_.lower()
    if lemma not in {"day", "week", "month"}:
        return 0, "day"
    if any(c.dep_ == "det" and c.lower_ in {"a", "one"} for c in unit.children):
        count: int | None = 1
    else:
        told = next((c for c in unit.children if c.dep_ == "nummod"), None)
        count = number(told.lower_) if told is not None else None
    if not count or count > 12:
        return 0, "day"
    return (count * 7, "day") if lemma == "week" else (count, lemma)


def _several_states(subject: Token) -> bool:
    """'Saudi Arabia and Yemen', 'the two sides', 'the six Mekong countries', 'OPEC': two or more states,
    or an organisation of states."""
    if subject.ent_type_ == "GPE" and any(c.ent_type_ == "GPE" for c in subject.conjuncts):
        return True
    if subject.tag_ in {"NNS", "NNPS"} and subject.lemma_.lower() in word_set("state_sides"):
        return subject.text.islower() and any(c.dep_ in {"nummod", "det", "amod", "compound"} for c in subject.children)
    org = lookup_org(subject.text) if subject.text[:1].isupper() else None
    return org is not None and org.kind == "igo"


def agreed_terms(tok: Token) -> bool:
    """'In 2000, Saudi Arabia and Yemen agreed to a delimitation of their border', 'the two sides agreed on a
    prisoner exchange': terms told by an indefinite noun that two or more states settle on (not "agreed on
    the need to", "agreed to a proposal", "China agreed to the talks", nor "agreed to keep in contact")."""
    if tok.lemma_.lower() != "agree" or tok.pos_ not in {"VERB", "AUX"}:
        return False
    terms = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"to", "on", "upon"}
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    if not any(t.lemma_.lower() not in word_set("vague_terms") and t.lower_ not in word_set("vague_terms") and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) for t in terms):
        return False
    return any(c.dep_ == "nsubj" and _several_states(c) for c in tok.children)


def relations_agreed(tok: Token) -> bool:
    """'agreed to resume diplomatic relations', 'agreed to establish ties': a state act agreed
    between the parties (an agreement, unlike "agreed to keep in contact")."""
    if tok.lemma_.lower() != "agree" or tok.pos_ not in {"VERB", "AUX"}:
        return False
    return any(x.dep_ == "xcomp" and x.lemma_.lower() in word_set("relations_verbs") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in word_set("relations_nouns") for o in x.children)
        for x in tok.children)


def called_official(tok: Token) -> bool:
    """'Erdogan called Putin on Tuesday', 'called his Iranian counterpart': a call; not "called for
    talks", "called on X to ...", "called off the visit", "called him a partner", "was called"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "call" or any(
            c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "prt", "nsubjpass", "auxpass"}
            or c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ in {"on", "upon"} and not any(
                g.ent_type_ in {"DATE", "TIME"} for g in c.children)) for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ in {"PERSON", "TITLE"} and not any(
        g.dep_ in {"oprd", "acl"} for g in c.children) or c.lemma_.lower() == "counterpart") for c in tok.children)


def talked_with_official(tok: Token) -> bool:
    """'discussed regional security with his Uzbek counterpart X', 'spoke with Afghan leaders',
    'exchanged views with the visiting minister': talks told by what was said, with an official
    (not "spoke with reporters", "discussed the plan with his cabinet")."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in word_set("talking_verbs"):
        return False
    owners = [tok, *(o for c in tok.children if c.dep_ == "dobj" for o in [c, *c.conjuncts])]
    for prep in (p for owner in owners for p in owner.children):  # "discussed trade with X" read as "trade with X"
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() in word_set("non_official_nouns"):
                continue
            clauses = {t.i for d in obj.subtree if d.dep_ in {"relcl", "acl"} for t in d.subtree}
            own = [t for t in obj.subtree if t.i not in clauses]
            if any(t.ent_type_ in {"PERSON", "TITLE"} for t in own):
                return True  # "with Singaporean Foreign Minister X", "with the Kazakh president"
            if obj.lemma_.lower() in word_set("official_nouns") and (obj.lemma_.lower() == "counterpart" or any(
                    t.ent_type_ in {"NORP", "GPE"} for t in own)):
                return True  # "with Afghan leaders", "with his counterpart", "with officials of Mali"
    return False


def step_back(event: EventDraft, back: tuple[int, str]) -> None:
    """An engagement told as so many days (or months) before its clause's day is dated then (framed by
    that day); months back give the month."""
    count, unit = back
    if count and event.date_start and len(event.date_start) == 10 and event.date_end in {None, event.date_start}:
        day = dt.date.fromisoformat(event.date_start)
        if unit == "month":
            month = day.year * 12 + day.month - 1 - count
            event.date_start = event.date_end = f"{month // 12:04d}-{month % 12 + 1:02d}"
        else:
            event.date_start = event.date_end = (day - dt.timedelta(days=count)).isoformat()
        event.date_from = "framed"
