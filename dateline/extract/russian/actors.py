"""The people, countries, organisations and groups of a Russian report.

Word lists are lemma phrase tables (:mod:`dateline.extract.russian.lexicon`); Natasha's NER
gives the names (its ORG spans are not used: it cuts "Генеральной прокуратуры Республики
Казахстан" at the country, see the README's Russian section). A title ("[modifier] title
[office complements] [country | organisation]") right before a name, or after it across a
comma, is that person's; a later surname alone is the same person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.places import country_name, lookup_place, org_code
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.compounds import compound_demonym
from dateline.extract.russian.names import (
    CASES,
    PATRONYMIC_WORDS,
    initial_free,
    name_gender,
    nominative,
)
from dateline.extract.russian.nlp import RuDoc, RuSpan, RuToken
from dateline.extract.russian.plurals import plural_holders
from dateline.extract.russian.title_reach import portfolio, scope_between
from dateline.extract.russian.translit import latin_name
from dateline.extract.russian.words import stem
from dateline.gazetteer import translit_key

__all__ = ["TitleMatch", "run_ru_actors"]


@dataclass(slots=True)
class TitleMatch:
    first: int  # document token indexes
    last: int
    title: str
    organization: str | None
    country: str | None
    used: bool = False


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


def _title_at(keys: list[str], stems: list[str], i: int) -> tuple[str, str | None, str | None, int] | None:
    """The title starting at ``keys[i]``: (English title, organisation, country, index after it and
    its complements: office words, a title in the genitive, the state or organisation served)."""
    modifier = L.modifiers().at(keys, i)
    j = modifier.last if modifier else i
    title, inner = L.titles().at(keys, j), None
    if j + 2 < len(keys) and (inner := L.demonyms().at(keys, j + 1)) is not None:
        # "глава казахстанского внешнеполитического ведомства": a demonym inside the title
        longer = L.titles().at([*keys[:inner.first], *keys[inner.last:]], j)
        title, inner = (longer, inner) if longer is not None and longer.last > inner.first else (title, None)
    if title is None:
        return None
    name = title.value.title
    if modifier and not name.startswith(("Deputy", "First", "Acting")):
        name = f"{modifier.value} {name}"
    k, country, organization = title.last, title.value.country, title.value.organization
    if inner is not None:
        k, country = k + inner.last - inner.first, country or inner.value
    while k < len(keys):
        complement = L.title_complements().at(keys, k) or L.complement_stems().at(stems, k)
        state_match = L.countries().at(keys, k)
        if complement is not None and not (state_match is not None and state_match.last > complement.last):
            # "Республики" is an office word, but "Республики Корея" the state
            k = complement.last
            continue
        superior = L.titles().at(keys, k)  # "пресс-секретарь Президента России"
        if superior is not None and k == title.last:
            k = superior.last
            continue
        if state_match is not None and (country is None or country == state_match.value):
            country, k = state_match.value, state_match.last
            continue
        city = L.places().at(keys, k)  # "Аким Шымкента": the city the office is of
        if city is not None and city.value.city is not None and k == title.last:
            k = city.last
            if country is None:
                found = lookup_place(city.value.city)
                country = found.country if found is not None else None
            continue
        org = L.organizations().at(keys, k)
        if org is not None and country is None:
            country, organization, k = org_code(org.value.acronym), org.value.name, org.last
            continue
        break
    return name, organization, country, k


def _titles(doc: RuDoc, sent: int, taken: set[int]) -> list[TitleMatch]:
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    stems = [stem(t.text) for t in tokens]
    base = tokens[0].index if tokens else 0
    out: list[TitleMatch] = []
    i = 0
    while i < len(keys):
        found = _title_at(keys, stems, i) if base + i not in taken else None
        if found is None:
            i += 1
            continue
        name, organization, country, k = found
        if "Minister" in name:
            k, country = portfolio(tokens, keys, k, country)
        chained = _title_at(keys, stems, k + 1) if k + 1 < len(keys) and keys[k] in ("-", ",") else None
        if chained is not None and "Minister" in chained[0]:
            chained = (*chained[:2], *portfolio(tokens, keys, chained[3], chained[2])[::-1])
        if chained is not None and (keys[k] == "-" or country is None and _before_name(tokens, chained[3])):
            # "Заместитель Премьер-министра – Министр иностранных дел"; "Заместитель Председателя
            # Кабинета Министров, министр иностранных дел Туркменистана Рашид Мередов"
            name = f"{name}{' –' if keys[k] == '-' else ','} {chained[0]}"
            organization, country, k = chained[1] or organization, country or chained[2], chained[3]
        if country is None and i > 0:
            demonym = L.demonyms().at(keys, i - 1)
            country = demonym.value if demonym is not None and demonym.last == i else None
        out.append(TitleMatch(base + i, base + k, name, organization, country))
        i = k
    return out


def _before_name(tokens: list[RuToken], k: int) -> bool:
    """Whether a capitalised word that is no state follows token ``k`` (a name after a title)."""
    return k < len(tokens) and tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper() and \
        L.countries().at([tokens[k].lemma], 0) is None


def _office_between(doc: RuDoc, title: TitleMatch, first: int) -> bool:
    """Tokens between a title and a name are the offices it heads, in the genitive ("Директор
    Пограничной службы Комитета национальной безопасности Республики Казахстан Ермек
    Алдабергенов"); a state among them is the one the official serves."""
    between = doc.tokens[title.last:first]
    keys = [t.lemma for t in between]
    found = L.countries().find(keys)
    inside = {i for m in found for i in range(m.first, m.last)}
    if not 1 < len(between) <= 8 or not all(i in inside or t.case == "Gen" and t.pos in ("ADJ", "NOUN", "PROPN")
                                           for i, t in enumerate(between)):
        return False
    states = [m.value for m in found]
    if title.country is None and states:
        title.country = states[-1]
    return True


def _attach(doc: RuDoc, titles: list[TitleMatch], first: int, last: int) -> TitleMatch | None:
    """The title of the name at tokens [first, last): just before it (over a military rank), or
    after it and a comma."""
    keys = [t.lemma for t in doc.tokens[max(0, first - 3):first]]
    ranked = {first - len(keys) + i for i in range(len(keys))
              if (rank := L.title_words("ranks").at(keys, i)) is not None and rank.last == len(keys)}
    for title in titles:
        if not title.used and (title.last == first or title.last in ranked or scope_between(doc, title.last, first)):
            return title
    for title in titles:
        if not title.used and _office_between(doc, title, first):
            return title
    for title in titles:
        if not title.used and title.first == last + 1 and doc.tokens[last].text == ",":
            return title
    return None


def _title_case(doc: RuDoc, title: TitleMatch | None) -> str | None:
    """The case of the title's head noun: the name beside it stands in the same case."""
    if title is None:
        return None
    head = next((t for t in doc.tokens[title.first:title.last] if t.pos in ("NOUN", "PROPN")), None)
    return CASES.get(head.case or "") if head is not None else None


def _role_on(roles: tuple[tuple[str, str | None, str | None, str | None], ...],
             day: dt.date | None) -> str | None:
    """The title the dictionary gives a person on ``day`` (the current one when undated)."""
    stamp = day.isoformat() if day else "9999"
    held = [title for title, start, end, _ in roles
            if title and (start is None or start <= stamp) and (end is None or stamp <= end + "-99")]
    return held[-1] if held else None


def _person(state: DocState, doc: RuDoc, span: RuSpan, title: TitleMatch | None,
            published: dt.date | None) -> None:
    tokens = _span_tokens(doc, span)
    if not tokens:
        return
    cyrillic = initial_free(nominative(tokens, span.text, _title_case(doc, title)))
    words = cyrillic.split()  # "Э. Абдрахманов": the surname; "Ван И": a one-letter given name
    words = [w for i, w in enumerate(words) if len(w.rstrip(".")) > 1 or (i and i == len(words) - 1)]
    cyrillic = " ".join(words)
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
    actor = _actor(state, "person", translit_key(latin), latin)
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
        words = []
        for token in doc.tokens[title.last:min(end, title.last + 3)]:
            if words and token.text.lower() in PATRONYMIC_WORDS:
                words.append(token)  # "Нурланбек Тургунбек уулу"
                break
            if token.index in covered or not token.text[:1].isupper() or not token.text.isalpha() \
                    or L.places().at([token.lemma], 0) or L.countries().at([token.lemma], 0):
                break
            words.append(token)
        if len(words) >= 2:
            out.append(RuSpan("PER", words[0].start, words[-1].end, doc.text[words[0].start:words[-1].end]))
    return out


def _title_alone(state: DocState, doc: RuDoc, title: TitleMatch) -> None:
    """A title with no name beside it ("Генеральный прокурор Кыргызстана пригласил ...") names
    the one person of the story who holds it (and is of its country, when it gives one)."""
    if title.used or title.last <= title.first:
        return
    head = next((t for t in doc.tokens[title.first:title.last] if t.pos in ("NOUN", "PROPN")), None)
    if head is None or head.feats.get("Number") == "Plur":
        return  # "министры иностранных дел": the officials of several states
    holders = [a for a in state.actors if a.kind == "person" and a.title == title.title
               and (title.country is None or a.country == title.country)]
    if len(holders) == 1:
        _mention(state, holders[0], doc.tokens[title.first].start, doc.tokens[title.last - 1].end, "title")


def _counterparts(state: DocState, doc: RuDoc) -> None:
    """"турецкого коллегу", "российский дипломат": the one person of that country named before."""
    keys = [t.lemma for t in doc.tokens]
    for i in range(1, len(keys)):
        if doc.tokens[i].start < state.body_start or L.counterparts().at(keys, i) is None:
            continue
        demonym = L.demonyms().at(keys, i - 1)
        if demonym is None or demonym.last != i:
            continue
        of_country = [a for a in state.actors if a.kind == "person" and a.country == demonym.value
                      and a.first < doc.tokens[i - 1].start]
        if len(of_country) == 1:
            _mention(state, of_country[0], doc.tokens[i - 1].start, doc.tokens[i].end, "relational")


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


_PRONOUN_GENDER = {"он": "masc", "она": "femn"}


def _pronouns(state: DocState, doc: RuDoc) -> None:
    """"Путин прилетел в Душанбе. В пятницу он примет участие ...": a subject pronoun is the
    person last named as a subject (in the nominative) in its sentence or the one before, when
    that person's given name does not say another gender."""
    persons = {a.id: a for a in state.actors if a.kind == "person"}
    for token in doc.tokens:
        gender = _PRONOUN_GENDER.get(token.lemma)
        if gender is None or token.pos != "PRON" or token.case != "Nom" or token.start < state.body_start:
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


def run_ru_actors(state: DocState, doc: RuDoc) -> list[TitleMatch]:
    """Fill ``state.actors`` and ``state.mentions``; returns the titles found (for events)."""
    body = state.body_start
    all_titles: list[TitleMatch] = []
    for sent in range(len(doc.sents)):
        if doc.sents[sent][1] <= body:
            continue
        taken: set[int] = set()
        _named_things(state, doc, sent, taken)
        titles = _titles(doc, sent, taken)
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
            office = L.complement_stems().at([stem(t.text) for t in tokens], 0)
            if office is not None and office.last == len(tokens):
                continue  # "Милли Меджлисом": a parliament the NER took for a person
            title = _attach(doc, titles, tokens[0].index, tokens[-1].index + 1)
            _person(state, doc, span, title, state.published)
    _delegation_heads(state, doc)
    for title in all_titles:
        _title_alone(state, doc, title)
    plural_holders(state, doc, [(t.first, t.last, t.title, t.country) for t in all_titles],
                   lambda actor, start, end: _mention(state, actor, start, end, "title"))
    _counterparts(state, doc)
    _pronouns(state, doc)
    state.actors.sort(key=lambda a: a.first)
    for number, actor in enumerate(state.actors, start=1):  # ids in order of first mention
        old, actor.id = actor.id, f"a{number}"
        for i, m in enumerate(state.mentions):
            if m.actor_id == old:
                state.mentions[i] = Mention(m.start, m.end, f"tmp{number}", m.kind)
    state.mentions = [Mention(m.start, m.end, m.actor_id.replace("tmp", "a"), m.kind)
                      for m in sorted(state.mentions, key=lambda m: (m.start, m.end))]
    return all_titles
