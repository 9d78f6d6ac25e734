"""The people, countries, organisations and groups of a Russian report.

Word lists are lemma phrase tables (:mod:`dateline.extract.russian.lexicon`); Natasha's NER
gives the names (its ORG spans are not used: it cuts "Генеральной прокуратуры Республики
Казахстан" at the country, see the README's Russian section). A title ("[modifier] title
[office complements] [country | organisation]") right before a name, or after it across a
comma, is that person's (`titles.py`); a later surname alone is the same person.
"""

from __future__ import annotations

import datetime as dt

from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.known import KnownPerson
from dateline.extract.places import country_name
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.bare_titles import title_alone
from dateline.extract.russian.compounds import compound_demonym
from dateline.extract.russian.foreign_names import declined_syllable
from dateline.extract.russian.initials import bare_surnames, initialled
from dateline.extract.russian.names import (
    PATRONYMIC_WORDS,
    initial_free,
    name_gender,
    nominative,
)
from dateline.extract.russian.naming import possessed_body
from dateline.extract.russian.nlp import RuDoc, RuSpan, RuToken
from dateline.extract.russian.place_spans import retyped_spans
from dateline.extract.russian.plurals import plural_holders
from dateline.extract.russian.respell import respell
from dateline.extract.russian.titles import (
    TitleMatch,
    attach_title,
    find_titles,
    gendered,
    title_case,
)
from dateline.extract.russian.translit import latin_name
from dateline.extract.russian.words import stem
from dateline.gazetteer import translit_key

__all__ = ["TitleMatch", "run_ru_actors"]


def _span_tokens(doc: RuDoc, span: RuSpan) -> list[RuToken]:
    return [t for t in doc.tokens if t.start >= span.start and t.end <= span.end]


def _actor(state: DocState, kind: str, key: str, name: str, **fields: object) -> ActorDraft:
    for actor in state.actors:
        if actor.kind == kind and actor.key == key:
            return actor
    actor = ActorDraft(id=state.new_actor_id(), kind=kind, name=name, key=key)  # type: ignore[arg-type]
    for field, value in fields.items():
        setattr(actor, field, value)
    state.actors.append(actor)
    return actor


def _mention(state: DocState, actor: ActorDraft, start: int, end: int, kind: str) -> None:
    actor.add_mention(start, end)
    state.mentions.append(Mention(start, end, actor.id, kind))


def _role_on(roles: tuple[tuple[str, str | None, str | None, str | None], ...],
             day: dt.date | None) -> str | None:
    """The title the dictionary gives a person on ``day`` (the current one when undated)."""
    stamp = day.isoformat() if day else "9999"
    held = [title for title, start, end, _ in roles
            if title and (start is None or start <= stamp) and (end is None or stamp <= end + "-99")]
    return held[-1] if held else None


def _as_written(text: str, words: list[str], cyrillic: str, latin: str,
                title: TitleMatch | None) -> tuple[str, str, KnownPerson | None]:
    """"Аббаса Аракчи": a surname that does not decline, read as an oblique form ("Аракча"); the
    surname as written, when that names a person the dictionary knows."""
    written = text.split()[-1]
    if written == words[-1] or not written.isalpha():
        return cyrillic, latin, None
    other = " ".join([*words[:-1], written])
    found, known = latin_name(other, title.country if title is not None else None)
    return (other, found, known) if known is not None else (cyrillic, latin, None)


def _person(state: DocState, doc: RuDoc, span: RuSpan, title: TitleMatch | None,
            published: dt.date | None) -> None:
    tokens = _span_tokens(doc, span)
    if not tokens:
        return
    cyrillic = initial_free(nominative(tokens, span.text, title_case(doc, title)))
    words = cyrillic.split()  # "Э. Абдрахманов": the surname; "Ван И": a one-letter given name
    words = [w for i, w in enumerate(words) if len(w.rstrip(".")) > 1 or (i and i == len(words) - 1)]
    words = (cyrillic := declined_syllable(" ".join(words), title.country if title else None)).split()
    if not words:
        return
    if len(words) == 1:  # a surname alone: a person named before, else a titled single name
        for actor in state.actors:
            if actor.kind == "person" and actor.aliases and any(
                    a.split()[-1].lower() == words[0].lower() for a in actor.aliases):
                _mention(state, actor, span.start, span.end, "surname")
                return
        if title is None:
            return
    latin, known = latin_name(cyrillic, title.country if title is not None else None)
    if known is None and len(words) >= 2:
        cyrillic, latin, known = _as_written(span.text, words, cyrillic, latin, title)
    actor = _actor(state, "person", translit_key(known.name if known is not None else latin), latin)
    if len(latin) > len(actor.name):  # "Фейсал бин Фархан Аль Сауд" after "Фейсал бин Фархан"
        actor.name = latin
    if actor.aliases is None:
        actor.aliases = []
    if cyrillic not in actor.aliases:
        actor.aliases.append(cyrillic)
    _mention(state, actor, span.start, span.end, "name")
    if title is not None:
        title.used = True
        if actor.title is None or not actor.explicit_title:
            actor.title, actor.explicit_title, actor.role = title.title, True, "official"
            actor.organization = title.organization or actor.organization
            actor.country = title.country or actor.country
    if actor.country is None and known is not None:
        actor.country = known.country_as(actor.title, published)
    if actor.title is None and known is not None:
        held = _role_on(known.roles, published)
        if held is not None:  # "Эмомали Рахмон" with no title in the text: the post held that day
            actor.title, actor.role = held, "official"


def _named_things(state: DocState, doc: RuDoc, sent: int, taken: set[int]) -> None:
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    i = 0
    while i < len(keys):  # organisations and groups, the longest phrase first
        group, org = L.groups().at(keys, i), L.organizations().at(keys, i)
        if group is None and org is None:
            i += 1
            continue
        first = tokens[i]
        if group is not None and (org is None or group.last > org.last):
            last = tokens[group.last - 1]
            entry = group.value
            actor = _actor(state, "group", entry.key, entry.name, members=list(entry.members))
            kind, i = "group", group.last
        else:
            assert org is not None
            last = tokens[org.last - 1]
            actor = _actor(state, "organization", org.value.acronym, org.value.name,
                           acronym=org.value.acronym)
            kind, i = "org", org.last
        taken.update(range(first.index, last.index + 1))
        _mention(state, actor, first.start, last.end, kind)
    for token in tokens:  # "казахстанско-вьетнамские консультации": each state of the compound
        for code in compound_demonym(token.lemma) if token.index not in taken else []:
            actor = _actor(state, "country", code, country_name(code), country=code)
            _mention(state, actor, token.start, token.end, "demonym")
    for table, kind in ((L.countries(), "country"), (L.demonyms(), "demonym")):
        for match in table.find(keys):
            first, last = tokens[match.first], tokens[match.last - 1]
            if any(t in taken for t in range(first.index, last.index + 1)):
                continue
            code = match.value
            actor = _actor(state, "country", code, country_name(code), country=code)
            _mention(state, actor, first.start, last.end, kind)


def _unseen_names(doc: RuDoc, sent: int, titles: list[TitleMatch]) -> list[RuSpan]:
    """A name the NER missed right after a title: two or three capitalised words
    ("Аким Шымкента Габит Сыздыкбеков")."""
    out = []
    spans = [s for s in doc.spans if doc.sentence_of(s.start) == sent]
    end = doc.sent_tokens[sent][1]
    for title in titles:
        # words of a span of their own, but not of one that runs on from the title (the NER may
        # take "Торага Жогорку Кенеша ... Нурланбек Тургунбек уулу" whole for a place)
        covered = {t.index for s in spans if s.type == "PER" or s.start >= doc.tokens[title.last - 1].end
                   for t in _span_tokens(doc, s)}
        words: list[RuToken] = []
        for token in doc.tokens[title.last:min(end, title.last + 3)]:
            if words and token.text.lower() in PATRONYMIC_WORDS:
                words.append(token)  # "Нурланбек Тургунбек уулу"
                break
            if token.index in covered or not token.text[:1].isupper() or not token.text.replace("-", "").isalpha() \
                    or L.places().at([token.lemma], 0) or L.countries().at([token.lemma], 0):
                break
            words.append(token)
        if len(words) >= 2:
            out.append(RuSpan("PER", words[0].start, words[-1].end, doc.text[words[0].start:words[-1].end]))
    return out


def _counterparts(state: DocState, doc: RuDoc) -> None:
    """"турецкого коллегу", "российский дипломат": the one person of that country named before."""
    keys = [t.lemma for t in doc.tokens]
    for i in range(1, len(keys)):
        if doc.tokens[i].start < state.body_start or L.counterparts().at(keys, i) is None:
            continue
        demonym = L.demonyms().at(keys, i - 1)
        if demonym is None or demonym.last != i:
            _guest(state, doc, i)
            continue
        if i + 1 < len(keys) and any(m.start == doc.tokens[i + 1].start and state.actor(m.actor_id).kind
                                     == "person" for m in state.mentions):
            continue  # "со своим азербайджанским коллегой Джейхуном Байрамовым": the one named
        of_country = [a for a in state.actors if a.kind == "person" and a.country == demonym.value
                      and a.first < doc.tokens[i - 1].start]
        if len(of_country) == 1:
            _mention(state, of_country[0], doc.tokens[i - 1].start, doc.tokens[i].end, "relational")


def _guest(state: DocState, doc: RuDoc, i: int) -> None:
    """"В тот же день гость был принят Президентом Туркменистана": the guest told alone, as a subject,
    or in any case under a word of honour ("Высокую гостью принял Президент"), is the one person
    named before of a state other than the dateline's."""
    token = doc.tokens[i]
    home = state.dateline.country if state.dateline is not None else None
    honoured = i > 0 and L.title_words("guest_honours").at([doc.tokens[i - 1].lemma], 0) is not None \
        and (i < 2 or doc.tokens[i - 2].lemma != "через")
    if token.lemma not in ("гость", "гостья") or token.feats.get("Number") != "Sing" or home is None \
            or token.feats.get("Case") != "Nom" and not honoured:  # (not "Через гостя ... передал": a messenger)
        return
    guests = [a for a in state.actors if a.kind == "person" and a.country and a.country != home
              and a.first < token.start]
    if len(guests) == 1:
        _mention(state, guests[0], token.start, token.end, "relational")


def _delegation_heads(state: DocState, doc: RuDoc) -> None:
    """"Делегация Генеральной прокуратуры Кыргызстана во главе с заместителем Генерального
    прокурора Эркином Абдрахмановым": the person who leads a delegation, whose title names no
    state, is of the state named in the delegation's phrase before "во главе с"."""
    for sent in range(len(doc.sents)):
        tokens = doc.tokens_of(sent)
        keys = [t.lemma for t in tokens]
        for led in L.title_words("led_by").find(keys):
            start = next((m.first for m in L.title_words("delegations").find(keys[:led.first])
                          if led.first - m.first <= 10), None)
            if start is None or led.last >= len(tokens):
                continue
            after = tokens[led.last].start
            head = next((m for m in state.mentions if m.start >= after and
                         state.actor(m.actor_id).kind == "person"), None)
            if head is None or doc.sentence_of(head.start) != sent or head.start - after > 80:
                continue
            actor = state.actor(head.actor_id)
            states = [state.actor(m.actor_id).country for m in state.mentions
                      if tokens[start].start <= m.start < tokens[led.first].start
                      and state.actor(m.actor_id).kind == "country"]
            if actor.country is None and states:
                actor.country = states[-1]
    _leaders_by_demonym(state, doc)


_LED = frozenset({"возглавить", "возглавлять"})


def _leaders_by_demonym(state: DocState, doc: RuDoc) -> None:
    """"Туркменскую делегацию возглавил заместитель министра Вепа Хаджиев, иранскую – заместитель
    министра Казем Гарибабади": each person named in a sentence that tells who led a delegation,
    whose title names no state, is of the state of the demonym told last before the name."""
    for sent in range(len(doc.sents)):
        tokens = doc.tokens_of(sent)
        keys = [t.lemma for t in tokens]
        if not _LED & set(keys) or "делегация" not in keys:
            continue
        demonyms = [(tokens[i].start, m.value) for i in range(len(keys))
                    if (m := L.demonyms().at(keys, i)) is not None]
        for mention in state.mentions:
            actor = state.actor(mention.actor_id)
            if actor.kind != "person" or actor.country is not None or not \
                    doc.sents[sent][0] <= mention.start < doc.sents[sent][1]:
                continue
            told = [code for at, code in demonyms if at < mention.start]
            actor.country = told[-1] if told else None


_PRONOUN_GENDER = {"он": "masc", "она": "femn"}


def _pronouns(state: DocState, doc: RuDoc) -> None:
    """"Путин прилетел в Душанбе. В пятницу он примет участие ...": a subject pronoun (or the
    owner of an engagement, "в ходе его визита") is the
    person last named as a subject (in the nominative) in its sentence or the one before, when
    that person's given name does not say another gender."""
    persons = {a.id: a for a in state.actors if a.kind == "person"}
    for token in doc.tokens:
        gender = _PRONOUN_GENDER.get(token.lemma)
        if gender is None or not (token.pos == "PRON" and token.case == "Nom" or _possessive(doc, token)) \
                or token.start < state.body_start:
            continue
        for m in sorted(state.mentions, key=lambda m: -m.start):
            head = doc.token_at(m.start)
            if m.start >= token.start or head is None or head.sent < token.sent - 1:
                continue
            actor = persons.get(m.actor_id)
            if actor is None or head.case != "Nom":
                continue
            if name_gender((actor.aliases or [""])[0]) not in (None, gender):
                continue
            _mention(state, actor, token.start, token.end, "pronoun")
            break


def _possessive(doc: RuDoc, token: RuToken) -> bool:
    """"в ходе его визита в Москву": "его" / "её" as the owner of an engagement's noun is read as
    the subject pronoun is (the guest of that visit)."""
    head = doc.tokens[token.head] if token.head is not None else None
    return token.pos == "DET" and head is not None and head.pos == "NOUN" and L.cues().at([head.lemma], 0) is not None \
        and not possessed_body(doc, head)  # "Ее очередное заседание": the body's (a commission's), no person's


def run_ru_actors(state: DocState, doc: RuDoc) -> list[TitleMatch]:
    """Fill ``state.actors`` and ``state.mentions``; returns the titles found (for events)."""
    body = state.body_start
    all_titles: list[TitleMatch] = []
    doc.spans = retyped_spans(doc)  # "Мартой Кос", "Китайской Народной Республики Ин Юном": persons
    for sent in range(len(doc.sents)):
        if doc.sents[sent][1] <= body:
            continue
        taken: set[int] = set()
        _named_things(state, doc, sent, taken)
        titles = find_titles(doc, sent, taken)
        all_titles += titles
        spans = sorted([*doc.spans, *_unseen_names(doc, sent, titles)], key=lambda s: s.start)
        for span in spans:
            if span.type != "PER" or doc.sentence_of(span.start) != sent or span.start < body:
                continue
            tokens = _span_tokens(doc, span)
            inside = next((t for t in titles if t.first <= tokens[0].index < t.last), None) if tokens else None
            if inside is not None:  # "Мажлиса Танзила Нарбаева": the NER took an office word
                tokens = [t for t in tokens if t.index >= inside.last]
                if not tokens:
                    continue
                span = RuSpan(span.type, tokens[0].start, tokens[-1].end,
                              state.text[tokens[0].start:tokens[-1].end])
            if not tokens:
                continue
            after = doc.tokens[tokens[-1].index + 1] if tokens[-1].index + 1 < len(doc.tokens) else None
            whole = sum(len(t.text) > 2 and t.text.replace("-", "").isalpha() for t in tokens) >= 2
            if after is not None and after.text.lower() in PATRONYMIC_WORDS and whole:  # "Азамата Жумабек
                tokens = [*tokens, after]  # уулу": the NER stops before the lower-case "son of" (not "Н.Тургунбек")
                span = RuSpan(span.type, tokens[0].start, after.end, state.text[tokens[0].start:after.end])
            office = L.complement_stems().at([stem(t.text) for t in tokens], 0)
            if office is not None and office.last == len(tokens):
                continue  # "Милли Меджлисом": a parliament the NER took for a person
            title = attach_title(doc, titles, tokens[0].index, tokens[-1].index + 1)
            _person(state, doc, span, title, state.published)
    initialled(state, lambda actor, start, end: _mention(state, actor, start, end, "surname"))
    bare_surnames(state, lambda actor, start, end: _mention(state, actor, start, end, "surname"))
    _delegation_heads(state, doc)
    for title in all_titles:
        title_alone(state, doc, title, all_titles, lambda actor, start, end: _mention(state, actor, start, end, "title"))
    plural_holders(state, doc, [(t.first, t.last, t.title, t.country) for t in all_titles],
                   lambda actor, start, end: _mention(state, actor, start, end, "title"))
    _counterparts(state, doc)
    _pronouns(state, doc)
    respell(state)
    for actor in state.actors:
        if actor.kind == "person" and actor.aliases:
            actor.title = gendered(actor.title, actor.aliases[0])
    state.actors.sort(key=lambda a: a.first)
    for number, actor in enumerate(state.actors, start=1):  # ids in order of first mention
        old, actor.id = actor.id, f"a{number}"
        for i, m in enumerate(state.mentions):
            if m.actor_id == old:
                state.mentions[i] = Mention(m.start, m.end, f"tmp{number}", m.kind)
    state.mentions = [Mention(m.start, m.end, m.actor_id.replace("tmp", "a"), m.kind)
                      for m in sorted(state.mentions, key=lambda m: (m.start, m.end))]
    return all_titles
