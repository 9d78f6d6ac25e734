"""What a Russian clause says about its event: status, place, dates, host.

Status comes from the tense of the trigger (Natasha's morphology: "прибыл" past, "посетит"
future, "находится" present) or, for a noun or an infinitive, of the verb that governs it
("визит состоится", "планирует посетить"): a relative clause on the noun, found by the agreement
of "который" ("к заседанию ..., которое состоится"), or the predicate of a noun in the
nominative (its subject) come before the parse's head, and a noun told as to come ("предстоящий визит",
"встречу решено провести") is planned; the ``planned`` words of ``ru_events.yaml``
("планируется", "предстоящий") announce the future unless the clause's verb is past.
"""

from __future__ import annotations

import re

from dateline.extract.places import country_name, lookup_place
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.words import stem
from dateline.record import Place, Status, TimeMention

__all__ = ["clause_place", "clause_status", "nearest_time", "party_span", "speaker_spans", "subtree", "told_ahead", "token_tense",
           "verb_tense"]

_PREPS_IN = frozenset({"в", "во", "на"})


def verb_tense(token: RuToken) -> str | None:
    tense = token.tense
    return {"Past": "past", "Fut": "future", "Pres": "present"}.get(tense or "")


def token_tense(doc: RuDoc, token: RuToken) -> str | None:
    """The tense of ``token`` or of the first finite verb up its heads (at most 4 steps)."""
    seen = 0
    current: RuToken | None = token
    while current is not None and seen < 5:
        tense = verb_tense(current)
        if tense:
            return tense
        current = doc.tokens[current.head] if current.head is not None else None
        seen += 1
    return None


def _nearest_verb_tense(doc: RuDoc, token: RuToken) -> str | None:
    tokens = doc.tokens_of(token.sent)
    verbs = [t for t in tokens if verb_tense(t) and t.pos in ("VERB", "AUX")]
    if not verbs:
        return None
    return verb_tense(min(verbs, key=lambda t: abs(t.index - token.index)))


def _relative_tense(doc: RuDoc, token: RuToken) -> str | None:
    """"саммит, который состоится": the tense of a clause on the noun itself."""
    for other in doc.tokens_of(token.sent):
        if other.head == token.index and other.rel.startswith("acl") and verb_tense(other):
            return verb_tense(other)
    return None


def _finite(token: RuToken) -> bool:
    return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" and verb_tense(token) is not None


def _agreeing_relative(doc: RuDoc, token: RuToken) -> str | None:
    """"подготовку к заседанию Совета ..., которое состоится в декабре": the tense of a relative
    clause whose "который" agrees with the noun in gender and number, with no finite verb between
    them (the parse often hangs such a clause on the nearest noun; agreement does not err)."""
    tokens = doc.tokens_of(token.sent)
    gender, number = token.feats.get("Gender"), token.feats.get("Number")
    for i, other in enumerate(tokens):
        if other.index <= token.index:
            continue
        if _finite(other):
            return None
        if other.lemma != "который" or other.feats.get("Number") != number or (
                number == "Sing" and other.feats.get("Gender") != gender):
            continue
        verb = next((t for t in tokens[i + 1:] if _finite(t)), None)
        return verb_tense(verb) if verb is not None else None
    return None


def _predicate_tense(doc: RuDoc, token: RuToken) -> str | None:
    """A noun in the nominative is the subject of its clause ("конференция ... пройдут в Баку",
    "В ходе визита состоятся переговоры"): the tense of the finite verb nearest to it between
    the commas, semicolons or colons around it."""
    if token.case != "Nom":
        return None
    tokens = doc.tokens_of(token.sent)
    at = token.index - tokens[0].index
    first = next((i + 1 for i in range(at - 1, -1, -1) if tokens[i].text in _CLAUSE_MARKS), 0)
    last = next((i for i in range(at + 1, len(tokens)) if tokens[i].text in _CLAUSE_MARKS), len(tokens))
    verbs = [t for t in tokens[first:last] if _finite(t)]
    if not verbs:
        return None
    return verb_tense(min(verbs, key=lambda t: abs(t.index - token.index)))


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})


def _prepared_above(doc: RuDoc, token: RuToken) -> bool:
    """Whether a noun of preparing governs the noun over a chain of nouns of two steps at most,
    genitives or coordinated ("подготовки очередного раунда межмидовских консультаций, а также
    визита Президента в Лаос")."""
    current = doc.tokens[token.head] if token.rel == "amod" and token.head is not None else token
    for _ in range(3):  # (from the noun of a cue that opens with its adjective: "межмидовских консультаций")
        if current.head is None or current.rel not in ("conj", "nmod") or current.pos != "NOUN":
            return False
        current = doc.tokens[current.head]
        if current.pos == "NOUN" and L.event_words("preparing").at([current.lemma], 0) is not None:
            return True
    return False


def told_ahead(doc: RuDoc, token: RuToken) -> bool:
    """A noun told as to come whatever its clause's tense: "программу предстоящего визита",
    "Следующее заседание", "подготовку к заседанию", one with a relative clause of planning
    ("намеченному на декабрь"), or the object of an infinitive before any finite verb ("встречу
    решено провести", "договорились провести консультации") or of a verb of agreeing on what is to
    come ("договорились о встрече", "условились о проведении переговоров", "договоренность о
    визите")."""
    tokens = doc.tokens_of(token.sent)
    if any(t.head == token.index and t.rel == "amod" and L.event_words("ahead").at([t.lemma], 0)
           is not None for t in tokens):
        return True
    head = doc.tokens[token.head] if token.head is not None else None
    if head is not None and L.event_words("preparing").at([head.lemma], 0) is not None:
        return True  # "обсудили подготовку к заседанию": the sitting is to come
    if _prepared_above(doc, token):
        return True  # "подготовки очередного раунда консультаций, а также визита Президента"
    at = token.index - tokens[0].index
    if at >= 2 and tokens[at - 1].lemma == "к" and L.event_words("preparing").at([tokens[at - 2].lemma], 0):
        return True  # (the parser hanging "к визиту" elsewhere: "подготовку к визиту делегации в феврале")
    near = {token.index} | {t.index for t in tokens if t.head == token.index and t.rel.startswith("nmod")}
    if any(t.head in near and t.rel.startswith("acl") and L.event_words("planning").at([t.lemma], 0)
           is not None for t in tokens):
        return True  # "заседанию комиссии, проведение которого намечено на ноябрь"
    current = token
    for _ in range(3):
        if current.head is None:
            return False
        below, current = current, doc.tokens[current.head]
        if current.pos == "NOUN" and L.event_words("agreeing_on").at([current.lemma], 0) is not None \
                and any(t.head == below.index and t.lemma == "о" for t in tokens):
            return True  # "достигнута договоренность о проведении государственного визита"
        if current.pos in ("VERB", "AUX"):  # "договорились о встрече", "условились о проведении"; the
            held = below.rel.startswith("nsubj") and any(  # subject over an infinitive of holding: "раунд
                t.head == current.index and t.feats.get("VerbForm") == "Inf"  # консультаций решено провести"
                and L.event_words("holding").at([t.lemma], 0) is not None for t in tokens)
            return current.feats.get("VerbForm") == "Inf" or held or L.event_words("agreeing_on").at(
                [current.lemma], 0) is not None
    return False


def clause_status(doc: RuDoc, token: RuToken) -> Status:
    if token.feats.get("VerbForm") == "Inf":  # "планирует посетить", "договорились провести"
        return "planned"
    auxiliary = next((t for t in doc.tokens_of(token.sent) if t.head == token.index and (
        t.rel.startswith("aux") or t.rel == "cop") and t.lemma == "быть"), None)
    if auxiliary is not None:  # "будет принят", "это будет визит": the auxiliary's tense (Natasha
        return "planned" if auxiliary.text.lower().startswith("буд") else "occurred"  # tags "будет" Pres)
    noun = token.pos in ("NOUN", "PROPN", "ADJ")  # a trigger tagged ADJ is a noun the tagger missed
    # ("подготовку к Форуму ..., который состоится": "Форуму" ADJ)
    if noun and told_ahead(doc, token):
        return "planned"
    first = token
    while first.rel == "conj" and first.head is not None and doc.tokens[first.head].pos == "NOUN":
        first = doc.tokens[first.head]  # "запланированы переговоры ..., а также заседание": the first's
    head = doc.tokens[first.head] if first.head is not None else None
    if noun and first.rel.startswith("nsubj") and head is not None and (
            L.event_words("planning").at([head.lemma], 0) is not None):
        return "planned"  # "В рамках визита запланированы встречи" (a past form of planning)
    own = (_taking_part(doc, token) or _relative_tense(doc, token) or _agreeing_relative(doc, token)
           or _predicate_tense(doc, token)) if noun else None
    tense = own or token_tense(doc, token) or _nearest_verb_tense(doc, token)
    if tense == "future":
        return "planned"
    if tense == "past":
        return "occurred"
    keys = [t.lemma for t in doc.tokens_of(token.sent)]
    if L.event_words("planned").find(keys):
        return "planned"
    return "occurred"


def _taking_part(doc: RuDoc, token: RuToken) -> str | None:
    """"где примет участие в консультативной встрече": the tense of the verb of taking part
    right before the noun's phrase, wherever the parser hangs the noun."""
    i = token.index - 1
    while i > 0 and doc.tokens[i].pos in ("ADJ", "NUM") and doc.tokens[i].sent == token.sent:
        i -= 1
    if i < 2 or doc.tokens[i].lemma not in ("в", "во") or doc.tokens[i - 1].lemma != "участие":
        return None
    verb = doc.tokens[i - 2]
    return verb_tense(verb) if verb.sent == token.sent and verb.lemma == "принять" else None


def place_of(tokens: list[RuToken], i: int) -> tuple[Place, int] | None:
    """The place named at ``tokens[i]`` (a city or a country), and the index after it."""
    keys = [t.lemma for t in tokens]
    found = L.places().at(keys, i)
    if found is None and tokens[i].text[:1].isupper():
        found = L.place_stems().at([stem(t.text) for t in tokens], i)
    if found is None:
        return None
    value = found.value
    if value.city is not None:
        place = lookup_place(value.city) or Place(name=value.city)
    else:
        place = lookup_place(country_name(value.country or "")) or Place(country=value.country)
    return place, found.last


def clause_place(doc: RuDoc, sent: int, after: int | None = None) -> tuple[Place, int] | None:
    """The first "в/во/на <place>" of the sentence (after token ``after`` when given), and
    the document index of the place word. A city wins over a country named in the same way."""
    tokens = doc.tokens_of(sent)
    found: list[tuple[Place, int]] = []
    if after is not None:  # "посетит Баку": the place a travel verb takes as its object
        i = after - tokens[0].index + 1
        hit = place_of(tokens, i) if 0 < i < len(tokens) and tokens[i].case in ("Acc", "Nom") else None
        if hit is not None:
            return hit[0], tokens[i].index
    for i, token in enumerate(tokens[:-1]):
        if token.lemma not in _PREPS_IN or (after is not None and token.index < after):
            continue
        hit = place_of(tokens, i + 1)
        if hit is not None:
            found.append((hit[0], tokens[i + 1].index))
    cities = [f for f in found if f[0].name and f[0].country and f[0].lat is not None
              and f[0].name != country_name(f[0].country)]
    best = cities or found
    return best[0] if best else None


_PERIOD = re.compile(r"\bна\s+$", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:котор|где\b)", re.IGNORECASE)


def nearest_time(times: list[TimeMention], start: int, end: int, trigger: int,
                 text: str = "", *, verb: bool = False) -> TimeMention | None:
    """The time mention of the sentence [start, end) nearest to the trigger; not the period a
    programme covers ("программа на 2025-2026 годы"), nor, for a verb, the time of a relative
    clause after it, which is its noun's ("прибыл для участия в заседании, которое пройдет 10
    октября")."""
    inside = [t for t in times if t.span[0] >= start and t.span[1] <= end and t.start
              and not (t.grain == "year" and _PERIOD.search(text[max(0, t.span[0] - 4):t.span[0]]))
              and not (verb and t.span[0] > trigger and _RELATIVE.search(text[trigger:t.span[0]]))]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.span[0] - trigger))


def subtree(doc: RuDoc, root: RuToken, skip: set[int] | frozenset[int] = frozenset()) -> list[RuToken]:
    """The root's phrase in its sentence: its dependents, and theirs (not through ``skip``)."""
    tokens = doc.tokens_of(root.sent)
    inside = {root.index}
    changed = True
    while changed:
        changed = False
        for token in tokens:
            if token.index not in inside and token.index not in skip and token.head in inside:
                inside.add(token.index)
                changed = True
    return [t for t in tokens if t.index in inside]


def _speech(token: RuToken) -> bool:
    return L.event_words("speech").at([token.lemma], 0) is not None


_DASHES = frozenset({"-", "–", "—"})
_CLOSE = frozenset({",", '"', "»", "“", "”"})


def _reporting(tokens: list[RuToken], i: int) -> bool:
    """A verb of saying that opens a reporting clause: after a comma or "как", or after the dash
    that follows a quotation ("\"...\", - отметил министр")."""
    before = tokens[i - 1].text
    return before in (",", "Как", "как") or (before in _DASHES and i >= 2 and tokens[i - 2].text in _CLOSE)


def speaker_spans(doc: RuDoc, sent: int, trigger: RuToken) -> list[tuple[int, int]]:
    """The reporting clauses of a sentence set off by commas ("..., сообщил журналистам Песков.",
    "Как сообщил Тасмагамбетов, ...", "\"...\", - отметил посол"): a verb of saying after a
    comma, "как" or a quotation's dash, to the next comma or the end of the sentence; and the
    main clause of a verb of saying whose complement has the event noun as its subject
    (character spans)."""
    tokens = doc.tokens_of(sent)
    spans = []
    for i, token in enumerate(tokens):
        if token is trigger or not _speech(token) or i == 0 or not _reporting(tokens, i):
            continue
        end = next((t.start for t in tokens[i + 1:] if t.text in (",", ".", ";", "!", "?")), tokens[-1].end)
        spans.append((token.start, end))
    said = _said_before(tokens, trigger)
    if said is not None:
        spans.append((tokens[0].start, said))
        joined = _next_clause(tokens, trigger)
        if joined is not None:
            spans.append((joined, tokens[-1].end))
    return spans


def _next_clause(tokens: list[RuToken], trigger: RuToken) -> int | None:
    """", и через главу делегации пригласил ...": a clause of its own (a comma, a conjunction and
    a finite verb before the next comma) after the event noun's clause (its character start)."""
    for i, token in enumerate(tokens[:-2]):
        if token.index <= trigger.index or token.text != "," or tokens[i + 1].lemma not in ("и", "а", "но"):
            continue
        rest = tokens[i + 2:]
        stop = next((j for j, t in enumerate(rest) if t.text == ","), len(rest))
        if any(_finite(t) for t in rest[:stop]):
            return token.start
    return None



def _said_before(tokens: list[RuToken], trigger: RuToken) -> int | None:
    """"X также сообщил, что конференция пройдет в Баку": an event noun that is the subject of
    the complement of a verb of saying (whatever the parse made of it); the main clause up to
    "что" (character offset) is the speaker's."""
    if trigger.pos != "NOUN" or trigger.case != "Nom":
        return None
    for i, token in enumerate(tokens):
        if token.index >= trigger.index:
            return None
        if token.lemma == "что" and i >= 2 and tokens[i - 1].text == "," and any(
                _speech(t) for t in tokens[:i - 1]):
            return token.start
    return None


def party_span(doc: RuDoc, trigger: RuToken, *, relative: bool = True) -> tuple[int, int] | None:
    """Where the parties of a trigger told in a clause of its own stand (character span), or
    None for the whole sentence. The clause is the trigger's verb and what depends on it when
    it is a relative clause on its subject, with the noun it is on ("к заседанию СМИД СНГ,
    которое пройдет в Минске": not the ministers who discussed it; "с министром X, который
    находится с визитом": X), the complement of a verb of saying with a subject of its own
    ("X сообщил, что сессия пройдет ...": not X), or has one as a parenthesis ("..., сообщил
    Песков"); the speaker's words are left out. A visit told in a relative clause on its guest
    (``relative=False``) keeps the sentence: the main clause names the hosts."""
    verb: RuToken | None = trigger
    for _ in range(3):
        if verb is None or verb.pos in ("VERB", "AUX"):
            break
        verb = doc.tokens[verb.head] if verb.head is not None else None
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    children = [t for t in doc.tokens_of(verb.sent) if t.head == verb.index]
    aside = {t.index for t in children if t.rel == "parataxis" and _speech(t)}
    head = doc.tokens[verb.head] if verb.head is not None else None
    relative = relative and verb.rel.startswith("acl") and head is not None and any(
        t.lemma == "который" and t.rel.startswith("nsubj") for t in children)
    reported = verb.rel == "ccomp" and head is not None and _speech(head) and any(
        t.rel.startswith("nsubj") for t in children)
    if not (relative or reported or aside):
        verb = _reported_above(doc, verb)  # "заявила, что X посетит Пекин, где проведет переговоры"
        if verb is None:
            return None
    clause = subtree(doc, head if relative and head is not None else verb, aside)
    return min(t.start for t in clause), max(t.end for t in clause)


def _reported_above(doc: RuDoc, verb: RuToken) -> RuToken | None:
    """The complement of a verb of saying, with a subject of its own, that a clause hangs on (a
    few heads up): the words reported, not the speaker's."""
    current = verb
    for _ in range(4):
        if current.head is None or current.rel in ("conj", "parataxis"):
            return None  # ("сообщил, что ... пройдет ..., и пригласил": a clause of the speaker's own)
        head = doc.tokens[current.head]
        if current.rel == "ccomp" and _speech(head) and any(
                t.head == current.index and t.rel.startswith("nsubj") for t in doc.tokens_of(current.sent)):
            return current
        current = head
    return None


def unreal(doc: RuDoc, token: RuToken) -> bool:
    """An engagement the clause denies or only supposes: "встреча не планируется", "визит не
    состоится", "не посетит", "могут встретиться на полях саммита" ("не" right before the trigger
    or before the verb that governs it; the trigger an infinitive of "мочь", or the subject of
    "мочь": "встреча может состояться")."""
    head = doc.tokens[token.head] if token.head is not None else None
    verbs = [token] + ([head] if head is not None and (
        token.pos == "NOUN" and token.rel.startswith("nsubj") and L.event_words("happen").at([head.lemma], 0)
        or token.feats.get("VerbForm") == "Inf") else [])  # not "Встреча не ограничилась ..."
    for verb in verbs:
        before = doc.tokens[verb.index - 1] if verb.index > 0 else None
        if verb.pos in ("VERB", "AUX") and before is not None and before.sent == verb.sent and before.lemma == "не":
            return True
    may = head is not None and L.event_words("may").at([head.lemma], 0) is not None
    if token.pos == "NOUN" and token.rel.startswith("nsubj") and may:
        return True  # "следующая встреча лидеров может состояться в будущем году": only supposed
    return token.feats.get("VerbForm") == "Inf" and may  # "министры смогут провести встречу"
