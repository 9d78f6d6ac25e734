"""Who signs a document, told in its own clause: the parties a document's own words name ("between
Iran and Turkmenistan", "a deal it reached with Mexico", "signed by Argentina, Brazil ..."), the
speaker's state of an agreement "with" one state, the collective signers of a meeting told before
("the three sides signed"), and companies that are no state's side ("Boeing signed a deal")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.asides import speaker_states
from dateline.extract.events.document_clauses import exchanged_by, topic_participle
from dateline.extract.events.joint_texts import issued_together
from dateline.extract.events.participants import countries_of
from dateline.extract.events.settlements import concluded_words
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import ancestors, compound_name, token_at

__all__ = ["between_parties", "collective_signers", "company_side", "coordinated_signers", "company_signers", "role_aside", "signed_by_all", "states_sign", "signers_unnamed", "told_by_states", "unnamed_signers"]


def company_signers(state: DocState, tok: Token) -> bool:
    """'Boeing signed a deal with Japan Airlines': the signers are companies, not states' officials
    or bodies (no person, state, group or known organisation among them)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in word_set("quantity_nouns"):
        tok, verb = verb.head, verb.head.head  # "A package of contracts was signed by Belarusian manufacturers"
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(company_side(state, side) or _executive(side) for side in _sides(verb, tok)):
        return True  # "SOCAR and Saudi Arabia's ACWA Power signed", "signed a deal with Chevron", "Eni CEO X"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_company_named(t) for s in subjects for t in s.subtree):
        return True  # "Kazakhstan's national gas company QazaqGaz and Uzbekistan's X signed", however it is parsed
    if not subjects:
        return False
    for subj in subjects:
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        actors = [state.actor(m.actor_id) for m in state.mentions if lo <= m.start < hi]
        if any(a.kind in {"person", "country", "group"} or a.acronym for a in actors):
            return False
        words = list(subj.subtree)
        if _titled_plural(subj):
            return False  # "the two Speakers signed", "the Heads of State signed": officials the tagger read as a body
        if not any(t.ent_type_ == "ORG" for t in words) or any(
                t.ent_type_ in {"GPE", "NORP", "PERSON", "TITLE"} or t.lemma_.lower() in word_set("state_bodies")
                for t in words):
            return False
    return True


def _company_named(tok: Token) -> bool:
    """'the state oil company SOCAR', 'national gas company QazaqGaz': a name told with its company noun
    (before it, or the noun heading it with the name in apposition)."""
    heads = word_set("company_heads")
    if tok.pos_ == "PROPN":
        return any(c.dep_ == "compound" and c.lemma_.lower() in heads for c in tok.children)
    return tok.lemma_.lower() in heads and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)


def _titled_plural(subj: Token) -> bool:
    """'the two Speakers', 'the Heads of State', 'both Ministers': officials told by their title in the
    plural, with no name of a company among their words (not 'the company's heads')."""
    officials = word_set("official_nouns")
    head = subj.lower_
    owners = [c for c in subj.children if c.dep_ == "poss"]
    owners += [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return subj.tag_ in {"NNS", "NNPS"} and (subj.lemma_.lower() in officials or head[:-1] in officials) and not any(
        t.lower_ in word_set("company_heads") for t in subj.subtree) and not any(
        o.ent_type_ == "ORG" and o.lower_ not in {"state", "government"} for o in owners)


def _executive(head: Token) -> bool:
    """'Eni CEO Claudio Descalzi', 'the company's chief executive X': a signer named with a company post,
    the words of his own name phrase before the name (not a minister's)."""
    if head.ent_type_ not in {"PERSON", "TITLE"}:
        return False
    words = [t for t in head.subtree if t.i < head.i and t.ent_type_ != "PERSON"]
    return any(t.lower_ in word_set("company_posts") for t in words) and not any(
        t.lower_ in word_set("official_nouns") for t in words)


def _sides(verb: Token, tok: Token) -> list[Token]:
    """The heads of a signing's sides: its subjects and agents, and the objects of "with" or
    "between" on the verb or the document (each with its conjuncts)."""
    heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i]
    heads += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    heads += [o for h in {verb, tok} for p in h.children if p.dep_ == "prep" and p.lower_ in {"with", "between"}
              for o in p.children if o.dep_ == "pobj"]
    heads += _traded_with(tok)
    return [s for h in heads for s in (h, *h.conjuncts)]


def _traded_with(tok: Token) -> list[Token]:
    """'announced the agreement to purchase 28 percent of CANTV from Verizon', 'an agreement to acquire the
    bank holding company': the one a document's own clause of trade buys from, or the company it buys, is
    a side of the deal."""
    clauses = [c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in word_set("trade_verbs")]
    clauses += [c for c in tok.head.children if tok.dep_ == "dobj" and c.dep_ == "xcomp"
                and c.lemma_.lower() in word_set("trade_verbs")]  # "announced a deal to buy ...", however parsed
    sellers = [o for c in clauses for p in c.subtree if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj"]
    bought = [o for c in clauses for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in word_set("company_heads")]
    return sellers + bought


def company_side(state: DocState, head: Token) -> bool:
    """'Turkish Airlines', 'the Chinese company CEFC', 'Saudi Arabia's ACWA Power', 'the Chinese
    CNPC', 'Chevron': a side that is a company (a company noun heads it, or a name that is no place,
    no official and no state institution is owned by a state or an organisation of no state), not a
    state's side, whatever state owns it."""
    words = {t.lower_ for t in head.subtree} | {head.lemma_.lower()}
    if _titled_plural(head):
        return False  # "the two Speakers": officials the tagger read as a body
    if head.pos_ == "PROPN" and head.ent_type_ not in {"PERSON", "TITLE", "GPE"} and any(
            c.dep_ == "compound" and c.lemma_.lower() in word_set("company_heads") for c in head.children):
        return True  # "State oil company SOCAR": a company, whoever owns it
    if head.pos_ != "PROPN" and _company_named(head):
        return True  # "Azerbaijan's state oil company SOCAR": the company noun heads, its name beside it
    if head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in word_set("company_heads") for c in head.children):
        return True  # "Verizon, a telecommunications company based in the United States"
    if words & (word_set("state_bodies") | word_set("state_institution_words") | word_set("official_nouns")):
        return False
    if head.lower_ in word_set("company_heads") or head.lemma_.lower() in word_set("company_heads"):
        return True
    lo, hi = head.idx, head.idx + len(head)
    actors = [state.actor(m.actor_id) for m in state.mentions if m.start < hi and lo < m.end]
    if head.pos_ != "PROPN" or head.ent_type_ in {"TITLE", "NORP"} or lookup_place(compound_name(head)) is not None and not (
            head.ent_type_ == "ORG" and any(a.kind == "organization" for a in actors)):
        return False  # a place (not "Italy's Eni", an organisation whose name a place's alias shares)
    if any(a.kind in {"country", "group"} or a.acronym or a.kind == "person" and (a.title or a.country or " " in a.name)
           for a in actors) or any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in head.children):
        return False  # "Kazakhstan", "the EU", "President X", "Paraguay's Santiago Pena": a state's side
    if head.ent_type_ != "ORG" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP"
                                         for c in head.children):
        return False  # "Paraguay's Santiago Pena": a name of several words the tagger does not call a firm
    owned = any(c.dep_ == "poss" and c.ent_type_ == "GPE" or c.dep_ in {"compound", "amod"} and c.ent_type_ == "NORP"
                for c in head.children)  # "China's Sinopec", "the Chinese CNPC"
    before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if before is not None and before.lower_ in word_set("company_heads"):
        return True  # "the state company Uzbekneftegaz", "the Chinese company CEFC"
    return owned or any(a.kind == "organization" and not a.country for a in actors)


def between_parties(state: DocState, event: EventDraft, tok: Token) -> None:
    """'the Agreement on Combating Smuggling (March 3, 2001) between Iran and Turkmenistan': the
    parties a document's own words name are parties of the agreement; two or more of them told by
    "between" or by its own participle's agent are all its parties."""
    doc = tok.doc
    if tok.pos_ in {"VERB", "AUX"}:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objs:
            return
        tok = objs[0]
    preps = [c for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "between"]
    # "the Treaty of Asuncion, signed by Argentina, Brazil, Paraguay and Uruguay in 1991": its signatories
    # ... "a deal reached by Burundi, Tanzania and the UN refugee agency", "the accord struck by A and B"
    # ... "an agreement on the promotion and protection of investments, signed by A and B": the participle
    # the parser hangs on the last noun of the document's topic
    own_verbs = [c for c in tok.children if c.dep_ in {"acl", "relcl"} and (
        c.lemma_.lower() in concluded_words() or exchanged_by(c))]  # "a memorandum on X, exchanged by A and B"
    if tok.pos_ in {"NOUN", "PROPN"} and (topical := topic_participle(tok)) is not None:
        own_verbs.append(topical)
    agents = [a for c in own_verbs for a in c.children if a.dep_ == "agent"]
    preps += agents
    # "a deal his government has reached with Mexico", "the accord it signed with Chile in 2019": the
    # other side, told in the document's own relative clause
    told = [c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in word_set("signing_words")]
    preps += [a for c in told for a in c.children if a.dep_ == "prep" and a.lower_ == "with"]
    if any(a.head in told for a in preps if a.lower_ == "with") or any(  # "the accord that Ecuador signed with Peru",
            g.dep_ == "dobj" and g.lower_ in {"which", "that"} for c in told for g in c.children) and not any(
            g.dep_ == "neg" or g.lower_ == "never" for c in told for g in c.children):  # "which A and B signed"
        preps += [s for c in told for s in c.children if s.dep_ == "nsubj" and s.tag_ not in {"WDT", "WP"}]
    if len(event.countries) < 2:  # "signed an agreement on military cooperation with Libya": the partner
        preps += _topic_partners(tok)  # the parser hangs on the document's topic
    after = tok.right_edge.i + 1
    while after < len(doc) and doc[after].text in {"(", ")"} or after < len(doc) and doc[after].ent_type_ == "DATE" \
            or after < len(doc) and doc[after].is_punct and doc[after].text == ",":
        after += 1
    if after < len(doc) and doc[after].lower_ == "between":
        preps.append(doc[after])
    own = [m.actor_id for p in preps for m in state.mentions if p.idx <= m.start < p.right_edge.idx + len(p.right_edge)
           and state.actor(m.actor_id).kind in {"country", "person", "organization"}]
    event.signers = [m.actor_id for p in agents for m in state.mentions
                     if p.idx <= m.start < p.right_edge.idx + len(p.right_edge) and state.actor(m.actor_id).kind == "person"]
    added = [a for a in own if state.actor(a).kind in {"country", "person"} and a not in event.participants]
    if added:
        event.recipient = list(dict.fromkeys([*event.recipient, *added]))
        event.participants = list(dict.fromkeys([*event.source, *event.recipient]))
        event.countries = countries_of(state, event.participants)
    named = set(countries_of(state, own))
    if len(named) >= 2 and not any(p.lower_ == "with" for p in preps):
        # "an agreement signed by China and the UK ..., Hong Kong became ...": the states its own words
        # name are all of its states (no other state of the clause, nor a speaker of another that cites it)
        event.source = [a for a in event.source if a in own or state.actor(a).country in named]
        event.recipient = [a for a in dict.fromkeys([*event.recipient, *own])
                           if a not in event.source and (a in own or state.actor(a).country in named)]
        event.participants = list(dict.fromkeys([*event.source, *event.recipient]))
        event.countries = countries_of(state, event.participants)
    if len(event.countries) == 1 and any(p.dep_ == "prep" and p.lower_ == "with" for p in tok.children):
        _speaker_side(state, event, tok)


def _topic_partners(tok: Token) -> list[Token]:
    """'Turkey signed an agreement on military cooperation with Libya', 'a memorandum on the supply of gas
    with Azerbaijan': a 'with' phrase the parser hangs on the last noun of the document's own topic (a few
    'on', 'of' or 'in' phrases deep) is the document's partner (taken only for a document told with fewer
    than two states: "A and B signed an agreement on trade with China" stays A's and B's)."""
    partners: list[Token] = []
    nouns = [tok]
    for _ in range(3):
        nouns = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in {"on", "of", "in", "for"}
                 for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in {"GPE", "PERSON", "ORG"}]
        partners += [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "with"]
    return partners


def _speaker_side(state: DocState, event: EventDraft, tok: Token) -> None:
    """'X said the cut is part of a previous agreement with Japan': an agreement "with" one state,
    told by an official of another, is that official's state's (the speaker is its other side)."""
    for verb in ancestors(tok, 8):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.i <= tok.i <= c.right_edge.i]
        if not subjects or verb.pos_ not in {"VERB", "AUX"}:
            continue
        lo, hi = subjects[0].left_edge.idx, subjects[0].right_edge.idx + len(subjects[0].right_edge)
        sides = [m.actor_id for m in state.mentions_in(lo, hi) if state.actor(m.actor_id).kind in {"person", "country"}
                 and state.actor(m.actor_id).country not in {None, *event.countries}]
        if sides:  # else the clause's subject is no party ("the cut is part of ..."): the speaker above
            # the speaker tells of the document and signs nothing: his state is the side (as its own mention)
            told = verb.lemma_.lower() in word_set("speech_verbs")
            side = speaker_states(state, sides[:1], event.participants) if told else sides[:1]
            event.source = list(dict.fromkeys([*event.source, *side]))
            event.participants = list(dict.fromkeys([*event.source, *event.recipient]))
            event.countries = countries_of(state, event.participants)
            return


def collective_signers(tok: Token) -> bool:
    """'The three sides signed a memorandum', 'Members adopted a joint plan', 'the document was
    signed by the participants': all the parties of the meeting told before sign it."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in word_set("quantity_nouns"):
        tok, verb = verb.head, verb.head.head  # "A package of contracts was signed by Belarusian manufacturers"
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    signers = [c for c in verb.children if c.dep_ == "nsubj"]
    signers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(s.lemma_.lower() in word_set("collective_signers") and s.tag_ in {"NNS", "NNPS"} and not any(
        t.ent_type_ in {"GPE", "NORP", "PERSON"} for t in s.subtree) for s in signers)


def signed_by_all(events: list[EventDraft], draft: EventDraft) -> None:
    """'Members adopted a joint plan', 'the three sides signed': the parties of the last
    multilateral meeting, when it is told in the last few sentences; 'The leaders signed a
    declaration at the end of the summit': those of the gathering told last (its organisation and
    host, or the sides it pairs), when it names two parties or more and is the last engagement told
    (not "X and Y met on the sidelines of the summit ... signed by the two leaders after the talks")."""
    last = next((e for e in reversed(events) if e.kind in {"multilateral", "gathering", "meeting", "visit", "call"}), None)
    meeting = last if last is not None and last.kind == "gathering" and draft.frame is None else next(
        (e for e in reversed(events) if e.kind == "multilateral"), None)
    if meeting is None or draft.sentence[0] - meeting.sentence[1] > 800 \
            or len(meeting.countries) < (3 if meeting.kind == "multilateral" else 2):
        return
    draft.source = list(meeting.source)
    draft.recipient = [a for a in meeting.recipient if a not in draft.source]
    draft.participants = list(dict.fromkeys([*draft.source, *draft.recipient]))
    draft.countries = sorted(set(meeting.countries))


def role_aside(state: DocState, event: EventDraft, tok: Token) -> None:
    """'A and B signed a free trade deal, with C as the lone critic of the agreement': an absolute
    with-phrase set off by a comma gives a state's role beside the signing (a critic, an observer),
    not a co-signer; its states are no party unless the clause names them otherwise."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    doc = tok.doc
    asides = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > 0
              and doc[p.i - 1].text == "," and any(
                  o.dep_ == "pobj" and o.right_edge.i + 1 < len(doc) and doc[o.right_edge.i + 1].lower_ == "as"
                  for o in p.children)]
    if not asides:
        return
    inside = {m.actor_id for p in asides for o in p.children if o.dep_ == "pobj"
              for m in state.mentions_in(o.left_edge.idx, o.right_edge.idx + len(o.right_edge))}
    lo, hi = doc[verb.left_edge.i].idx, asides[0].idx  # the clause before the aside
    named_before = {m.actor_id for m in state.mentions_in(lo, hi)}
    gone = inside - named_before
    if not gone:
        return
    event.drop_parties(gone)
    event.countries = countries_of(state, event.participants)


def states_sign(state: DocState, draft: EventDraft, lender: EventDraft) -> bool:
    """Whether a document told without parties of its own takes only the states of the talks it is
    signed at, not their people: 'The two sides signed a memorandum', 'the two countries signed five
    agreements' (sides and countries are states; "the ministers signed" are the talks' persons), or
    one dated by its own words in a year before the talks ("In 2019, the two countries signed")."""
    theirs = lender.date_start or (state.published.isoformat() if state.published is not None else "")
    if draft.date is not None and draft.date_start and draft.date_start[:4] < theirs[:4]:
        return True
    states = countries_of(state, [a for a in lender.participants if state.actor(a).kind != "person"])
    return len(states) >= 2 and told_by_states(state, draft)  # else the states are told only through its people


def told_by_states(state: DocState, draft: EventDraft) -> bool:
    """'The two sides signed a memorandum', 'the two governments will sign an agreement': the clause's
    signers are states, told as a plural ("sides", "countries", "governments"), not persons; so are
    the signers a clause does not name (:func:`unnamed_signers`)."""
    tok = token_at(state.doc, draft.trigger[0]) if state.doc is not None else None
    if tok is None:
        return False
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    sides = [c for c in verb.children if c.dep_ == "nsubj"]
    sides += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if issued_together(tok) and all(s.lemma_.lower() == "side" for s in sides):
        return False  # "the two sides issued a joint statement": put out by the heads of the talks, not signed for the states
    return any(s.tag_ in {"NNS", "NNPS"} and s.lemma_.lower() in word_set("plural_state_nouns")
               for s in sides) or unnamed_signers(tok, planned=draft.status == "planned")


def signers_unnamed(state: DocState, draft: EventDraft) -> bool:
    """:func:`unnamed_signers` for a document by its trigger."""
    tok = token_at(state.doc, draft.trigger[0]) if state.doc is not None else None
    return tok is not None and unnamed_signers(tok, planned=draft.status == "planned")


def _signing_verb(tok: Token) -> Token | None:
    """The signing verb a document's word hangs from ('A package of documents, including a joint
    declaration, is expected to be signed': 'signed'), or the trigger itself when it is one."""
    for cur in ancestors(tok, 8):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ != "prep":  # not "including"
            if cur.lemma_.lower() in word_set("signing_words"):
                return cur
            # "is expected to be signed", "prepare documents for signing": told from the verb above
            return next((c for c in [*cur.children, *(g for p in cur.children if p.dep_ == "prep" and p.lower_ == "for"
                                                       for g in p.children if g.dep_ == "pcomp")]
                         if c.dep_ in {"xcomp", "pcomp"} and c.lemma_.lower() in word_set("signing_words")), None)
        if cur.dep_ not in {"dobj", "nsubjpass", "pobj", "prep", "appos", "conj", "compound", "nsubj"}:
            return None
    return None


def unnamed_signers(tok: Token, *, planned: bool) -> bool:
    """The clause tells a signing without naming its signers: a planned one in the passive with no
    agent ('a package of documents is expected to be signed after the talks', 'several agreements
    will be signed during the visit') or as a purpose ('documents prepared for signing during the
    visit'): who will sign is not told yet; or one by state bodies ('the supreme courts of the two
    countries signed'). Its signers are the states, not the persons of the talks it is signed at.
    (A signing told as done, 'documents were signed following the talks', keeps the talks' persons,
    and so do unnamed officials told as a bare plural, 'Chinese officials signed': the VOA
    annotators list the talks' persons there as often as not.)"""
    verb = _signing_verb(tok)
    if verb is None:
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.tag_ == "VBG":
        return not any(c.dep_ in {"nsubj", "poss"} for c in verb.children)  # "for signing"
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return planned
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":  # "the two ministries are to sign"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        if subj.tag_ not in {"NNS", "NNPS"} or any(t.ent_type_ == "PERSON" for t in subj.subtree):
            continue
        lemma = subj.lemma_.lower()
        if lemma in word_set("state_bodies") or subj.lower_ in word_set("state_institution_words"):
            return True  # "the supreme courts of the two countries", "the two ministries"
    return False



def _signing_clause(tok: Token) -> Token:
    """The signing verb a document trigger stands in ('signed [a Treaty]': 'signed'), through coordinated verbs
    to the first ('adopted a Joint Statement and signed a Treaty': 'adopted')."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    while verb.dep_ == "conj" and verb.pos_ in {"VERB", "AUX"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def coordinated_signers(state: DocState, events: list[EventDraft]) -> None:
    """'the heads of state adopted a Joint Statement and signed a Treaty on ... between Turkmenistan and
    Tajikistan': a document of one sentence that names no side of its own is signed by the sides the
    document its own coordinated verb signs names."""
    doc = state.doc
    documents = [e for e in events if e.kind == "agreement"]
    if doc is None or len(documents) < 2 or all(e.participants for e in documents):
        return
    heads = {id(e): _signing_clause(t) for e in documents if (t := token_at(doc, e.trigger[0])) is not None}
    for event in documents:
        if event.participants or id(event) not in heads:
            continue
        lender = next((e for e in documents if e is not event and len(e.countries) >= 2 and id(e) in heads
                       and heads[id(e)].i == heads[id(event)].i and heads[id(e)].pos_ in {"VERB", "AUX"}), None)
        if lender is not None:
            event.source, event.recipient = list(lender.source), list(lender.recipient)
            event.participants, event.countries = list(lender.participants), list(lender.countries)
