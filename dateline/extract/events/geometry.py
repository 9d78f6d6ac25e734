"""Clause geometry around a trigger: its clause's tokens, the clauses that modify its noun phrase,
and the embedded clauses that belong to other events."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from dateline.extract.events.contrast_clauses import contrast_subjects
from dateline.extract.events.name_tails import name_tail
from dateline.extract.events.venues import talked_about
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, climb, in_subtree, reaches

__all__ = ["another_doer", "clause_tokens", "controller", "convened_attendees", "convening", "date_on_subject",
           "embedded_elsewhere", "errands",
           "foreign_clause", "framing_clause",
           "modifies", "own_clauses", "own_modifier", "participle_subjects", "raising_heads", "relative_subject", "sides_of",
           "spoken_about", "stranded_with", "states_officials", "time_copula", "topic_mention"]

_NP_LINKS = frozenset({"pobj", "prep", "appos", "conj", "cc", "compound", "nmod", "amod", "npadvmod", "nummod",
                       "punct"})
_MODIFIER_LINKS = frozenset({"prep", "pobj", "conj", "acl", "npadvmod", "appos", "nummod", "compound", "amod"})
_NAMED = frozenset({"PERSON", "TITLE", "GPE", "NORP", "ORG"})
_EMBEDDED = frozenset({"relcl", "acl", "advcl", "appos", "pcomp"})
_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning", "over", "against", "between"})


def clause_tokens(verb: Token) -> set[int]:
    """Token indices of the verb's clause, without coordinated or embedded other clauses."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in {"conj", "ccomp", "advcl", "parataxis", "dep"} and child.pos_ in {"VERB", "AUX"}:
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    tokens = {i for i in range(verb.left_edge.i, verb.right_edge.i + 1) if i not in skip}
    tokens.update(_stranded_object(verb))
    tokens.update(stranded_with(verb))
    if verb.dep_ == "relcl":  # "Tillerson, who met with Trump": the antecedent
        tokens.update(antecedent_span(verb.head, verb))
    elif (shared := relative_subject(verb)) is not None:  # "a trip by X, who is to meet Y": X
        tokens.update(range(shared.left_edge.i, shared.i + 1))
    # A coordinated verb shares its subject: "X arrived in Ashgabat and held talks with Y".
    for cur in ancestors(verb, 3):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            break
        if cur.dep_ not in {"conj", "xcomp", "acomp"} and not (cur.dep_ == "dep" and cur.pos_ == "VERB"):
            break  # "will visit Vietnam on May 20, then travel to ...": the parser's unlabelled clause shares it too
        subjects = [c for c in cur.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for subj in subjects:
            tokens.update(range(subj.left_edge.i, subj.right_edge.i + 1))
        if subjects:
            break
    gained, lost = contrast_subjects(verb)  # "A signed X, while B signed Y": B signs Y only
    return (tokens - lost) | gained


def antecedent_span(antecedent: Token, relative: Token) -> range:
    """The antecedent's phrase up to the relative clause: 'Foreign Minister of India X, who is on a visit
    to ...' (the parser hangs the clause on 'Minister', the name inside its of-phrase, which the phrase
    then runs up to)."""
    end = antecedent.i
    for tok in antecedent.subtree:  # a name the tagger left untyped ("Kassym-Jomart Tokayev") as well
        if end < tok.i < relative.left_edge.i and (tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and not tok.ent_type_):
            end = tok.i
    return range(antecedent.left_edge.i, end + 1)


def relative_subject(verb: Token) -> Token | None:
    """The antecedent that is the subject of the verb's relative clause, through the verbs that share
    their subject with it: "a visit by X, who is to meet Y", "X, who is expected to sign the accord",
    "X, who plans to visit Y" (X meets, signs, visits); None when the verb has a subject of its own or
    the relative pronoun is no subject ("the accord, which X is to sign")."""
    cur = verb
    for _ in range(3):
        if cur.dep_ == "relcl":
            break
        if cur.dep_ not in {"xcomp", "acomp"} or cur.head.i == cur.i or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            return None
        cur = cur.head
    if cur.i == verb.i or cur.dep_ != "relcl":
        return None  # the relative verb itself is the clause's own affair (clause_tokens, _role)
    relative = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not relative or relative[0].tag_ not in {"WP", "WDT"} and relative[0].lower_ not in {"who", "that", "which"}:
        return None
    return cur.head


def _stranded_object(verb: Token) -> range:
    """'he met President X at State House and the two signed ...': the parser makes 'X ... and the
    two' the subject of the coordinated verb and leaves 'met' without an object; the name right
    after the verb is its object (up to the coordination)."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "dative", "prep", "nsubjpass"} and c.i > verb.i
                                  for c in verb.children):
        return range(0)
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ != "VERB":
            continue
        for subj in child.children:
            if subj.dep_ == "nsubj" and subj.left_edge.i == verb.i + 1 and subj.pos_ == "PROPN":
                cut = min((c.i for c in subj.children if c.dep_ in {"cc", "conj"} and c.i > subj.i),
                          default=subj.right_edge.i + 1)
                return range(subj.left_edge.i, cut)
    return range(0)


def stranded_with(verb: Token) -> range:
    """'X, who is to meet separately with A and B, said ...': the parser makes 'A and B' the subject of
    the main verb and leaves the relative clause's 'with' without an object; the phrase right after
    'with' is its object."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or any(c.dep_ == "pobj" for c in prep.children):
            continue
        nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
        subj = next((a for a in ([nxt, *nxt.ancestors] if nxt is not None else [])
                     if a.dep_ in {"nsubj", "nsubjpass"} and a.left_edge.i == prep.i + 1), None)
        if subj is not None and subj.pos_ in {"PROPN", "NOUN"}:
            return range(subj.left_edge.i, subj.right_edge.i + 1)
    return range(0)


def np_path(low: Token, high: Token, links: Collection[str] = _NP_LINKS, hops: int = 10) -> bool:
    """``high`` is reached from ``low`` through ``links`` (of-phrases, appositions, lists)."""
    return reaches(low, {high.i}, hops, links=links)


def own_modifier(clause: Token, trigger: Token) -> bool:
    """'the summit (of the SCO), which Kazakhstan will host on July 3-4': the trigger's own clause."""
    head = clause.head
    if head.pos_ in {"VERB", "AUX"} or trigger.pos_ in {"VERB", "AUX"}:
        return False
    return np_path(head, trigger) or np_path(trigger, head) or head.i == name_tail(trigger).i


def own_clauses(trigger: Token) -> list[Token]:
    """Relative and participial clauses that modify the trigger's noun phrase."""
    out = []
    for tok in trigger.doc[trigger.sent.start:trigger.sent.end]:
        if tok.dep_ in {"relcl", "acl"} and tok.head.i != tok.i and own_modifier(tok, trigger):
            out.append(tok)
    return out


def foreign_clause(tok: Token, trigger: Token, verb: Token) -> Token | None:
    """The embedded clause (relative, adverbial, appositive) holding ``tok`` that is not the event's.

    "Lavrov, who arrived on Tuesday, held talks on Wednesday": Tuesday is the arrival's, not the
    talks'. None when ``tok`` is in the event's own clause or in a clause that modifies the trigger.
    """
    for cur in ancestors(tok, 12):
        if cur.dep_ == "acl" and cur.lower_ in word_set("composing_participles") and _adjunct_of(tok, cur):
            continue  # "received the delegation headed by X on 4 March": the reception's day, however parsed
        if cur.dep_ in _EMBEDDED or cur.dep_ in {"nsubj", "nsubjpass"} and cur.head.i == verb.i \
                or cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}:
            if not (in_subtree(trigger, cur) or in_subtree(verb, cur)):
                return cur  # also "X, on a visit from 11 to 14 March, held talks on Wednesday"
    return None


def _adjunct_of(tok: Token, verb: Token) -> bool:
    """``tok`` sits in a time phrase of ``verb``'s own ("on 4 March", "on Tuesday"), not deeper in a clause."""
    path = [t for t in ancestors(tok, 6) if verb.is_ancestor(t)]
    return bool(path) and path[-1].dep_ in {"prep", "npadvmod"} and not any(t.dep_ in _EMBEDDED for t in path)


def raising_heads(verb: Token) -> list[int]:
    """'On Wednesday, X is scheduled to be received by Y': the date sits on 'scheduled'."""
    out = []
    for head in climb(verb, {"xcomp", "acomp"}, 2):
        if head.lemma_.lower() not in word_set("raising_lemmas"):
            break
        out.append(head.i)
    return out


def modifies(tok: Token, trigger: Token) -> bool:
    """``tok`` sits in a modifier of the trigger noun: 'COP29, the conference under way since Monday'."""
    return trigger.pos_ in {"NOUN", "PROPN"} and np_path(tok, trigger, _MODIFIER_LINKS, hops=5)


def controller(verb: Token) -> Token | None:
    """The verb whose subject a subjectless non-finite clause shares (subject control).

    "X spoke to reporters after meeting with Y", "X is in Brussels, holding talks with Y", "X
    flew to Y to meet Z", "X announced plans to visit Y": the one who meets, holds talks or visits
    is the subject of the clause the non-finite verb hangs from. None when the verb has a subject
    of its own or hangs from something else ("an invitation to visit" leaves the visitor open).
    """
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    if verb.tag_ not in {"VBG", "VB"} or any(c.dep_ == "mark" and c.lower_ not in {"to"} for c in verb.children):
        return None  # "as they work to ...": a finite clause of its own
    head: Token | None = verb.head
    if (verb.dep_ == "pcomp" or verb.dep_ == "pobj" and verb.tag_ == "VBG") and verb.head.dep_ == "prep":
        head = verb.head.head  # "after meeting with Y" (the gerund parsed as the object, too): the preposition's verb
        if head.lemma_.lower() in word_set("interval_nouns") or head.pos_ == "NOUN" and head.dep_ == "npadvmod":
            # "X was received by Y, a day after holding talks with Z" (however "a day" is hung): X held them
            head = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), head)
    elif verb.dep_ == "acl":
        if verb.head.lemma_.lower() not in word_set("intent_nouns") or verb.head.dep_ not in {"dobj", "pobj"}:
            return None  # "announced plans to visit", "spoke of his intention to travel"
        head = governor_verb(verb.head)
    elif verb.dep_ != "advcl":
        return None
    if head is None or head.pos_ not in {"VERB", "AUX"} or head.i == verb.i:
        return None
    return head if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) else None


def framing_clause(trigger: Token, verb: Token) -> Token | None:
    """The clause whose subject holds talks told in a subjectless frame around it.

    "Following his meeting with Y, X said ...", "X, speaking after talks with Y, said ...", "X made the
    comment following talks with Y" (the parser hangs 'following' on the object): the talks
    noun names one side (a 'with' object or a possessor) and hangs from a participle with no subject
    of its own; the other side is the subject of the clause the participle frames. None otherwise.
    """
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in word_set("meeting_nouns") or not any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return None
    if verb.i == trigger.i or verb.pos_ not in {"VERB", "AUX"} or verb.tag_ != "VBG" \
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    if verb.dep_ not in {"prep", "acl"}:  # "Following his meeting with Y, X said"; "X, speaking after talks with Y, said"
        return None
    head = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in {"nsubj", "nsubjpass"} else verb.head
    if verb.lower_ in word_set("following_prepositions") and head.dep_ in {"dobj", "attr"}:
        head = head.head  # "X made the comment following talks with Y": 'following' hung on the object
    return head if head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) else None


def governor_verb(tok: Token) -> Token | None:
    """The first verb above a noun (through prepositions): 'announced [plans]', 'spoke of [plans]'."""
    for cur in list(ancestors(tok, 4))[1:]:
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


def embedded_elsewhere(tok: Token, trigger: Token, verb: Token) -> bool:
    """``tok`` sits in a clause of its own that neither holds the event nor modifies its noun: "the
    visit by X, who urged Y to stop raids into [Afghanistan]", "the leaders met as negotiators work
    on a deal to let it join [the WTO]"."""
    for cur in ancestors(tok, 12):
        if cur.i in {trigger.i, verb.i}:
            return False
        if cur.dep_ in {"relcl", "advcl", "ccomp", "acl"} and cur.pos_ in {"VERB", "AUX"} \
                and not (own_modifier(cur, trigger) and cur.head.ent_type_ not in _NAMED) \
                and not in_subtree(trigger, cur) and not in_subtree(verb, cur):
            return True  # a clause on a person or state of the event's phrase is that one's, not the event's
    return False


def another_doer(tok: Token, trigger: Token, verb: Token) -> bool:
    """``tok`` is in a clause whose doer is another party's, told by the grammar: "to thank Mongolia
    for sending troops to [Iraq]", "accused X of arming [Y]" (the object does it; not "since
    becoming president, to [Ghana]"), "Canada's refusal to send troops to [Iraq]"
    (the possessor does it)."""
    for cur in ancestors(tok, 12):
        if cur.i in {trigger.i, verb.i}:
            return False
        if cur.pos_ != "VERB" or in_subtree(trigger, cur) or in_subtree(verb, cur):
            continue
        if cur.dep_ == "pcomp" and cur.head.lower_ in {"for", "of", "from"} \
                and any(c.dep_ == "dobj" and c.i < cur.i for c in cur.head.head.children):
            return True
        if cur.dep_ == "acl" and cur.head.i != trigger.i \
                and any(c.dep_ == "poss" and c.ent_type_ in _NAMED for c in cur.head.children):
            return True
    return False


def states_officials(tok: Token) -> bool:
    """'the leaders of Armenia and Azerbaijan', 'the heads of delegation of the three states':
    officials told by the states they serve."""
    return tok.lemma_.lower() in word_set("official_nouns") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.ent_type_ in {"GPE", "NORP", "GROUP"} for g in p.subtree)
        for p in tok.children)


def participle_subjects(verb: Token) -> list[Token]:
    """'EU foreign ministers, meeting in Luxembourg, agreed ...', 'told IAEA diplomats meeting in
    Vienna': the nouns a subjectless participle describes (with their appositions and conjuncts),
    not a place the parser hangs it from ('LUXEMBOURG, June 9 - ... meeting')."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    if verb.dep_ == "acl":
        nouns = [verb.head]
    elif verb.dep_ == "xcomp":
        nouns = [c for c in verb.head.children if c.dep_ == "dobj"]
    else:
        return []
    nouns += [c for n in list(nouns) for c in n.children if c.dep_ in {"appos", "conj"}]
    return [n for n in nouns if n.ent_type_ not in {"GPE", "LOC", "FAC", "DATE"}]


def convening(verb: Token) -> bool:
    """'bringing together', 'gathered', 'involving': a verb of convening (``convening_participles``)."""
    words = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ == "together"))])  # the parser reads "together" either way
    return words in word_set("convening_participles")


def convened_attendees(verb: Token) -> set[int]:
    """'The meeting was held in Gabala, bringing together the foreign ministers of A, B and C': the
    tokens of what a subjectless participle of convening (``convening_participles``) brings to the
    meeting its verb holds: the meeting's attendees, told in a clause of their own."""
    found: set[int] = set()
    for child in verb.children:
        if child.dep_ not in {"advcl", "conj"} or child.tag_ != "VBG" or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            continue
        if convening(child):
            found.update(t.i for c in child.children if c.dep_ == "dobj" for t in c.subtree)
    return found


def topic_mention(tok: Token, trigger: Token) -> bool:
    """A country mentioned as a topic ('discussed the situation in Afghanistan', 'to review the
    Israeli-Palestinian conflict')."""
    head = tok
    for _ in range(3):  # "the Israeli-Palestinian conflict": Israeli -> Palestinian -> conflict
        if head.dep_ not in {"amod", "compound", "poss"} or head.head.i == head.i:
            break
        head = head.head
        if head.pos_ == "NOUN":
            break
    heads = word_set("topic_heads") | word_set("relation_heads")
    if head.i != tok.i and head.i != trigger.i and head.lemma_.lower() in heads:
        return True  # "to review the Israeli-Palestinian conflict", "Iran's nuclear programme", "Russia's ally"
    if spoken_about(tok, trigger):
        return True
    for cur in ancestors(tok, 4):
        if cur.dep_ == "pobj" and cur.head.lower_ == "between" and (cur.head.head.i == trigger.i or (
                trigger.head.i == cur.head.head.i and trigger.dep_ in {"nsubj", "nsubjpass", "dobj"})):
            return False  # "talks between Azerbaijan and Armenia", "agreements were concluded between X and Y": the sides
        if cur.dep_ == "pobj" and cur.head.lower_ in _TOPIC_PREPS | {"in", "of"}:
            if cur.head.lower_ == "in" and cur.head.head.pos_ == "VERB" \
                    and cur.head.head.lemma_ in word_set("topic_place_verbs"):
                return False
            if cur.head.lower_ in _TOPIC_PREPS:
                return True
            if cur.head.lower_ in {"in", "of"} and cur.head.head.lemma_ in heads:
                return True  # "the situation in Syria", "the kingdom, a traditional ally of the United States"
    return talked_about(tok, trigger)



def spoken_about(tok: Token, trigger: Token) -> bool:
    """'the talks will cover Iraq, Lebanon and Syria', 'attacking the United States', 'discussed Russian
    gas supplies': the object (or a word of it) of a verb that speaks about a state, not with it."""
    for cur in ancestors(tok, 6):
        if cur.i == trigger.i or cur.dep_ in {"nsubj", "nsubjpass", "agent", "relcl", "acl", "advcl", "ccomp"} \
                or cur.dep_ == "pobj" and cur.head.lower_ == "with":
            return False  # "discussed the issue with X" (parsed as the issue's phrase): X is talked with
        if cur.dep_ == "dobj" and cur.head.i != cur.i and cur.head.lemma_.lower() in word_set("topic_verbs"):
            return True
    return False


def sides_of(tok: Token, trigger: Token) -> bool:
    """``tok`` is the of-object of the trigger noun that names its sides ("the talks of the two leaders",
    "the meeting between the ministers")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"of", "between"} and tok.head.head.i == trigger.i \
        and trigger.pos_ == "NOUN"


def errands(verb: Token) -> set[int]:
    """Token indices of the subject's other talks told in a time phrase of ``verb``: 'will meet X
    before heading to the West Bank for talks with Palestinian leaders', 'met X after holding talks
    with Y' (those talks' counterparts are no side of the verb's)."""
    out: set[int] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"before", "after"}:
            continue
        for act in prep.children:
            if act.dep_ == "pcomp" and act.tag_ == "VBG" and any(
                    t.lemma_.lower() in word_set("meeting_nouns") and any(
                        c.dep_ == "prep" and c.lower_ == "with" for c in t.children) for t in act.subtree):
                out.update(range(act.left_edge.i, act.right_edge.i + 1))
    return out


def date_on_subject(tok: Token, verb: Token) -> bool:
    """'that on Wednesday Sugiono had also held a call': a time word the parser makes a compound of the
    person who is the verb's subject (a person's name takes no date) is the verb's time."""
    return tok.dep_ == "compound" and tok.ent_type_ == "DATE" and tok.head.ent_type_ == "PERSON" \
        and tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.head.i == verb.i


def time_copula(verb: Token) -> list[int]:
    """'The last time X visited Astana was in October 2024': the copula whose subject is the 'time' the
    event's clause modifies holds the event's date."""
    time = verb.head
    return [time.head.i] if verb.dep_ in {"relcl", "acl"} and time.lemma_.lower() == "time" \
        and time.dep_ == "nsubj" and time.head.lemma_ == "be" else []
