"""Documents told one by one, each its own agreement (GUIDE: an agreement is a document signed):

- "signed a memorandum on X and an agreement on Y": the documents a signing's object coordinates;
- "signed two memoranda, namely a memorandum on X and a memorandum on Y", "a package of documents,
  including an agreement on X and a programme of Y": a set whose documents the same sentence names;
- "signed six cooperation documents. They include a protocol of ..., a memorandum on ... and an
  agreement on ...", "Among them are X and Y", "The documents comprise X and Y": a set whose documents
  the next sentence lists (a sentence that tells no engagement of another kind);
- "signed two agreements. An agreement on X was signed by ..., and a memorandum on Y by ...": a set
  counted by its number whose next sentence tells as many documents.

A set whose documents are named gives way to those documents; each listed document not told as an
event already is a copy of the signing (its states, people, place, day and status) named by its own
words. List items are read along the words (a det or adjective run opening with a comma, 'and',
'namely', 'include' ...), not from the tree: the small parser hangs such lists anywhere. Read after
merging, once the signing's people are known.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.documents import is_document, phrase_head
from dateline.extract.events.signings import document_set
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at
from dateline.extract.time.lexicon import words

__all__ = ["listed_documents"]

_PLURAL = frozenset({"NNS", "NNPS"})
_STOPS = frozenset({",", ";", ".", "(", ":"})
_WINDOW = 2  # sentences after the set's own that may list it


def _item_noun(tok: Token) -> bool:
    """One document's noun ('memorandum', 'Agreement', 'MoU'), not a set ('documents')."""
    return tok.pos_ in {"NOUN", "PROPN"} and (tok.tag_ not in _PLURAL or _one_text(tok)) and is_document(tok) \
        and tok.lower_ not in word_set("unnamed_documents") and tok.lemma_.lower() not in word_set("container_documents")


def _one_text(tok: Token) -> bool:
    """'the minutes of the session': one document a plural word names."""
    return tok.lower_ in word_set("plural_documents")


def _in_addition_to(doc: Doc, end: int) -> bool:
    """The three words before ``end`` are 'in addition to' (one more item joined to a list)."""
    return doc[end - 3:end].text.lower() == "in addition to"


def _item_start(doc: Doc, i: int, lo: int) -> int | None:
    """Where the list item whose noun is ``doc[i]`` opens ('an', 'the Joint'), or None when the noun
    opens no item (it sits inside another phrase: 'the implementation of the programme')."""
    start = i
    while start > lo and (doc[start - 1].pos_ in {"DET", "ADJ", "NUM"} or doc[start - 1].dep_ in {"amod", "compound"}
                          and doc[start - 1].pos_ in {"NOUN", "PROPN"} and doc[start - 1].text[:1].isupper()
                          == doc[i].text[:1].isupper()):
        start -= 1
    if start == lo:
        return start
    if start >= lo + 3 and _in_addition_to(doc, start):
        return start  # "signed the minutes of the session, in addition to a memorandum on X"
    return start if doc[start - 1].lower_ in word_set("list_openers") or doc[start - 1].lemma_.lower() in word_set(
        "set_listing_verbs") else None


def _items(doc: Doc, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """The documents listed between tokens ``lo`` and ``hi``: (start, noun, end) token indices, end exclusive."""
    found = [(start, i) for i in range(lo, hi) if _item_noun(doc[i]) and (start := _item_start(doc, i, lo)) is not None]
    found = [f for k, f in enumerate(found) if k == 0 or f[0] > found[k - 1][1]]  # "the MoU (memorandum ...)": one
    out = []
    for k, (start, noun) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else next(
            (j for j in range(noun + 1, hi) if doc[j].text in _STOPS or doc[j].pos_ in {"VERB", "AUX"}), hi)
        while end > noun + 1:
            if end - 3 > noun and _in_addition_to(doc, end):
                end -= 3
            elif doc[end - 1].is_punct or doc[end - 1].lower_ in {"and", "as", "well", "also"}:
                end -= 1
            else:
                break
        out.append((start, noun, end))
    return out


_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "‣", "▪"})


def _line_starts(doc: Doc, lo: int, hi: int) -> list[int]:
    """The first word of each new line between tokens ``lo`` and ``hi`` (a line break before it)."""
    return [i for i in range(lo, hi) if not doc[i].is_space and i > 0 and (
        "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space and "\n" in doc[i - 1].text)]


def _bulleted(doc: Doc, colon: int, hi: int, plain: bool = False) -> list[tuple[int, int, int]]:
    """'the following documents were signed:' and a document a line after the colon, each line opening
    with a bullet or a number ('- Agreement on X - signed by A and B;', '2. Memorandum on Y'): the items.
    ``plain``: lines that open with the document itself ('These included:' and a line 'An agreement on X,
    signed by A and B.' each)."""
    out = []
    lines = _line_starts(doc, colon + 1, hi)
    for k, first in enumerate(lines):
        stop = lines[k + 1] if k + 1 < len(lines) else hi
        if doc[first].text in _BULLETS:
            first += 1
        elif doc[first].like_num and first + 1 < stop and doc[first + 1].text in {".", ")"}:
            first += 2
        elif not (plain and _opens_with_document(doc, first, stop)):
            break  # the list has ended
        noun = next((i for i in range(first, stop) if _item_noun(doc[i])), None)
        if noun is None:
            continue
        end = next((j for j in range(noun + 1, stop) if doc[j].text in {";", "(", ":"} or doc[j].is_space
                    or doc[j].text in _BULLETS and doc[j - 1].whitespace_  # " – signed by", not "2026-2028"
                    or doc[j].pos_ in {"VERB", "AUX"} and doc[j].tag_ != "VBG" and doc[j].dep_ not in {"amod", "compound"}),
                   stop)
        while end > noun + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        out.append((first, noun, end))
    return out


def _opens_with_document(doc: Doc, first: int, stop: int) -> bool:
    """The line opens with one document ('An agreement on X', 'Memorandum of understanding on Y')."""
    at = first + 1 if doc[first].pos_ == "DET" else first
    while at < stop and doc[at].pos_ in {"ADJ", "PROPN", "NOUN"} and not _item_noun(doc[at]) and at - first < 4:
        at += 1
    return at < stop and _item_noun(doc[at])


def _line_signers(state: DocState, doc: Doc, copies: list[EventDraft], items: list[tuple[int, int, int]], hi: int) -> None:
    """Each bulleted document's persons: those its own line names ('- Agreement on X - signed by A and B'),
    not those of another line; the persons of the clause above the list stay ('in the presence of')."""
    starts = [doc[a].idx for a, _, _ in items] + [doc[hi - 1].idx + len(doc[hi - 1])]
    lines = {copy.trigger: (starts[k], starts[k + 1]) for k, copy in enumerate(copies) if k + 1 < len(starts)}
    persons = [(m.actor_id, m.start) for m in state.mentions if state.actor(m.actor_id).kind == "person"
               and starts[0] <= m.start < starts[-1]]
    for copy in copies:
        lo, hi_char = lines.get(copy.trigger, (0, 0))
        own = [a for a, at in persons if lo <= at < hi_char]
        other = {a for a, at in persons if not lo <= at < hi_char} - set(own)
        copy.source = [a for a in copy.source if a not in other]
        copy.participants = [a for a in copy.participants if a not in other]
        copy.recipient = [a for a in copy.recipient if a not in other]
        for a in own:
            if a not in copy.participants:
                copy.participants.append(a)
                copy.recipient.append(a)


def _name(doc: Doc, start: int, end: int) -> str:
    while start < end - 1 and doc[start].pos_ == "DET":
        start += 1
    return doc[start:end].text


def _document_head(tok: Token) -> Token | None:
    """The document noun a signing's trigger stands for ('signed [seven documents]', '[memorandum]')."""
    if tok.dep_ == "amod" and tok.pos_ == "VERB":
        tok = tok.head  # "exchanged three signed documents"
    elif tok.pos_ in {"VERB", "AUX"}:
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is None:
            return None
        tok = obj
    else:
        tok = phrase_head(tok)
    if tok.lemma_.lower() in word_set("quantity_nouns"):  # "a number of documents", "a package of documents"
        tok = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), tok)
    return tok


def _clause_end(head: Token, sent: Span) -> int:
    """The token before which the clause of a document ends: the next verb outside its phrase."""
    inside = {t.i for t in head.subtree}
    return next((t.i for t in sent if t.i > head.i and t.pos_ in {"VERB", "AUX"} and t.i not in inside), sent.end)


def _hung_list(verb: Token, head: Token) -> Token | None:
    """The 'including' the parser hangs on the signing verb or on its set's quantity noun, after the set's
    clause ('A package of documents was signed in Baku on Monday, including X and Y'), or None."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"})]  # "A number of documents ..., including"
    return next((c for h in holders for c in h.children if c.i > head.i and c.lower_ in word_set("set_listing_words")), None)


def _lists_a_set(sent: Span) -> int | None:
    """'They include ...', 'Among them are ...', 'The documents comprise ...': where the list of a set
    told before begins in ``sent``, or None."""
    root = sent.root
    if root.lemma_.lower() not in word_set("set_listing_verbs"):
        return None
    told = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    told += [o for p in root.children if p.dep_ == "prep" and p.lower_ == "among" for o in p.children if o.dep_ == "pobj"]
    if any(t.lower_ in {"they", "these", "them", "those"} or t.tag_ in _PLURAL and is_document(t)
           or t.lemma_.lower() in word_set("container_documents") for t in told):
        return root.i + 1
    return None


def _members_told(sent: Span, events: list[EventDraft]) -> bool:
    """'In particular, an agreement on X and a memorandum on Y were signed': a sentence opening with a
    word that picks members of a set told before, whose engagements are documents."""
    told = [e for e in events if sent.start_char <= e.trigger[0] < sent.end_char]
    return bool(told) and all(e.kind == "agreement" for e in told) and any(
        t.lower_ in word_set("set_member_words") for t in sent[:3])


def _counted_members(head: Token, after: list[Span], events: list[EventDraft]) -> list[EventDraft]:
    """'signed two agreements during the visit. An agreement on X was signed by the trade ministers, and a
    memorandum on Y by the energy ministers', 'witnessed the signing of three documents. A memorandum on X
    was signed by A and B. An agreement on Y was signed by C and D. ...': a set counted by its number whose
    next sentences tell as many documents, and no engagement of another kind, is told by them."""
    count = next((words()["numbers"].get(c.lower_) if not c.text.isdigit() else int(c.text)
                  for c in head.children if c.dep_ == "nummod"), None)
    if not isinstance(count, int) or count < 2:
        return []
    members: list[EventDraft] = []
    for sent in after[:count]:
        told = [e for e in events if sent.start_char <= e.trigger[0] < sent.end_char]
        if not told or any(e.kind != "agreement" for e in told):
            break
        members += told
        if len(members) >= count:
            break

    return members if len(members) == count else []


def _set_listing(head: Token, hi: int) -> int | None:
    """'two memoranda, namely X and Y', 'a package of documents, including X': where the set's list begins."""
    return next((t.i + 1 for t in head.doc[head.i + 1:hi] if t.lower_ in word_set("set_listing_words")), None)


def _covered(events: list[EventDraft], event: EventDraft, doc: Doc, start: int, end: int) -> bool:
    return bool(_told_ones(events, event, doc, [(start, start, end)]))


def _told_ones(events: list[EventDraft], event: EventDraft, doc: Doc, items: list[tuple[int, int, int]]) -> list[EventDraft]:
    """The agreements already told by the listed documents' own words."""
    spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, _, b in items]
    return [e for e in events if e is not event and e.kind == "agreement" and any(lo <= e.trigger[0] < hi for lo, hi in spans)]


def _lend(signing: EventDraft, told: EventDraft) -> None:
    """A listed document already told as an event was signed at the set's signing: its day and place
    when its own words gave none; the signing's parties ('the two Presidents witnessed the exchange of a
    number of agreements. These included: An agreement on X, signed by A and B.': the presidents, A and B)."""
    missing = [a for a in signing.participants if a not in told.participants]
    if missing:
        told.recipient = [*told.recipient, *(a for a in missing if a not in told.source)]
        told.participants = list(dict.fromkeys([*told.source, *told.recipient]))
        told.countries = sorted({*told.countries, *signing.countries})
    if told.date is None:  # no words of its own dated it
        told.date, told.date_start, told.date_end, told.date_from = \
            signing.date, signing.date_start, signing.date_end, signing.date_from
    if told.place_from != "text":
        told.place, told.place_from = signing.place, signing.place_from


def _copy(event: EventDraft, doc: Doc, item: tuple[int, int, int]) -> EventDraft:
    start, noun, end = item
    name = _name(doc, start, end)
    first = doc[start].idx if doc[start].pos_ != "DET" else doc[start + 1].idx
    return replace(event, trigger=(doc[noun].idx, doc[noun].idx + len(doc[noun])), name=name,
                   name_span=(first, first + len(name)), source=list(event.source), recipient=list(event.recipient),
                   participants=list(event.participants), countries=list(event.countries))


def listed_documents(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Each document a signing lists its own agreement; a set whose documents are named gives way to them."""
    doc = state.doc
    if doc is None or not any(e.kind == "agreement" for e in events):
        return events
    sents = list(doc.sents)
    out: list[EventDraft] = []
    for event in events:
        tok = token_at(doc, event.trigger[0]) if event.kind == "agreement" and event.status in {"occurred", "planned"} else None
        head = _document_head(tok) if tok is not None else None
        if head is None:
            out.append(event)
            continue
        sent = head.sent
        end = _clause_end(head, sent)
        if head.tag_ in _PLURAL and not _one_text(head) or head.lower_ in word_set("document_sets") or document_set(event.name) or head.lemma_.lower() in word_set("container_documents"):
            begin = _set_listing(head, end)
            if begin is None and tok is not None and (hung := _hung_list(tok, head)) is not None:
                begin, end = hung.i + 1, hung.right_edge.i + 1  # "A package of documents was signed in Baku, including X and Y"
            items = _items(doc, begin, end) if begin is not None else []
            colon = next((t for t in doc[head.i + 1:sent.end] if t.is_punct and t.text not in {",", "-"}), None)
            if not items and colon is not None and colon.text == ":":  # "the following documents were signed:" and a list
                items = _bulleted(doc, colon.i, sent.end)
            at = next((k for k, s in enumerate(sents) if s.start == sent.start), len(sents))
            for nxt in sents[at + 1:at + 1 + _WINDOW]:  # "... The documents were signed by X. They include ..."
                if items or any(e.kind != "agreement" and nxt.start_char <= e.trigger[0] < nxt.end_char for e in events):
                    break
                begin = _lists_a_set(nxt)
                items = _items(doc, begin, nxt.end) if begin is not None else []
                if begin is not None and not items and doc[begin].text == ":":  # "These included:" and a line each
                    items = _bulleted(doc, begin, len(doc), plain=True)
            if not items and at + 1 < len(sents) and _members_told(sents[at + 1], events):
                continue  # "... 11 documents were signed. In particular, X and Y were signed": those
            if not items and (members := _counted_members(head, sents[at + 1:], events)):
                seen = [a for a in [*(event.own_parties or []), *event.witnesses] if state.actor(a).kind == "person"]
                for member in members:  # "X and Y witnessed the signing of three documents. A memorandum ...": seen signed by them
                    member.witnesses = list(dict.fromkeys([*member.witnesses, *seen]))
                continue
            if not items:
                out.append(event)
                continue
            out.extend(_copy(event, doc, item) for item in items if not _covered(events, event, doc, item[0], item[2]))
            for told in _told_ones(events, event, doc, items):
                _lend(event, told)
            continue
        items = _items(doc, head.left_edge.i, end) if _item_noun(head) else []
        above = next((t.i for t in reversed(doc[sent.start:head.i]) if t.text == ":"), None)
        bullets = _bulleted(doc, above, sent.end) if len(items) < 2 and above is not None else []
        items = bullets or items  # "were signed:\n- Agreement on X - signed by ...;\n- Memorandum on Y"
        if len(items) < 2 or (items[0][1] != head.i if not bullets else all(b[1] != head.i for b in bullets)):
            out.append(event)
            continue
        copies = [_copy(event, doc, item) for item in items if item[1] == head.i
                  or not _covered(events, event, doc, item[0], item[2])]
        if bullets:
            _line_signers(state, doc, copies, bullets, sent.end)
        out.extend(copies)
    return _once(_in_text_order(out))


def _in_text_order(events: list[EventDraft]) -> list[EventDraft]:
    """The agreements in the order the text tells them (a set's documents copied where the set was told
    come before those its later lines tell); the other events keep their places."""
    slots = [i for i, e in enumerate(events) if e.kind == "agreement"]
    ordered = sorted((events[i] for i in slots), key=lambda e: e.trigger[0])
    out = list(events)
    for i, event in zip(slots, ordered, strict=True):
        out[i] = event
    return out


def _once(events: list[EventDraft]) -> list[EventDraft]:
    """A document both a set lists and another document's list holds: once (not the documents each state
    signed on its own, told by one trigger: "A and B each signed an agreement with C")."""
    seen: set[tuple[tuple[int, int], tuple[str, ...]]] = set()
    kept = []
    for event in events:
        key = (event.trigger, tuple(event.countries) if event.separate else ())
        if event.kind == "agreement" and key in seen:
            continue
        if event.kind == "agreement":
            seen.add(key)
        kept.append(event)
    return kept
