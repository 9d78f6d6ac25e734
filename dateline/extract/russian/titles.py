"""Russian titles: "[modifier] title [office complements] [state | organisation]" on lemmas, chains
joined by a dash or a comma, and the name each title belongs to (right after it, over a rank, a
post or scope, or the offices it heads in the genitive; or after the name and a comma)."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.extract.places import lookup_place, org_code
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.names import CASES, name_gender
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.title_reach import (
    joined_portfolio,
    portfolio,
    scope_between,
    scope_for,
)
from dateline.extract.russian.words import stem

__all__ = ["TitleMatch", "attach_title", "find_titles", "gendered", "title_at", "title_case"]


@dataclass(slots=True)
class TitleMatch:
    first: int  # document token indexes
    last: int
    title: str
    organization: str | None
    country: str | None
    used: bool = False


def title_at(keys: list[str], stems: list[str], i: int) -> tuple[str, str | None, str | None, int] | None:
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
        body = L.state_bodies().at(stems, k)  # "депутат Милли Меджлиса": Azerbaijan's
        if body is not None and country in (None, body.value):
            country, k = body.value, body.last
            continue
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


def find_titles(doc: RuDoc, sent: int, taken: set[int]) -> list[TitleMatch]:
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    stems = [stem(t.text) for t in tokens]
    base = tokens[0].index if tokens else 0
    out: list[TitleMatch] = []
    i = 0
    while i < len(keys):
        found = title_at(keys, stems, i) if base + i not in taken else None
        if found is None:
            i += 1
            continue
        name, organization, country, k = found
        if _given_name(doc, out, base + i, base + k):
            i += 1  # "министр ... ОАЭ Султан аль-Джабер": a given name, no second title
            continue
        if "Minister" in name:
            listed_end = k
            k, country = portfolio(tokens, keys, k, country)
            name = joined_portfolio(name, keys, listed_end, k)
        chained = title_at(keys, stems, k + 1) if k + 1 < len(keys) and keys[k] in ("-", ",") else None
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
        if out and _heads_offices(doc, out[-1], base + i):
            # "руководитель отдела информационной политики Администрации Президента": the office
            # the head of department serves in, no title of its own
            out[-1].last, out[-1].country = base + k, out[-1].country or country
        else:
            out.append(TitleMatch(base + i, base + k, name, organization, country))
        i = k
    return out


def _heads_offices(doc: RuDoc, title: TitleMatch, first: int) -> bool:
    """Whether the title starting at token ``first`` is in the genitive after offices in the
    genitive that ``title`` heads ("Заведующий отделом внешней политики Администрации Президента":
    "Президента" is the administration's, not a title of its own)."""
    between = doc.tokens[title.last:first + 1]
    people = [(s.start, s.end) for s in doc.spans if s.type == "PER"]
    return 1 < len(between) <= 7 and all(
        t.case == "Gen" and t.pos in ("ADJ", "NOUN", "PROPN") and not any(a <= t.start < b for a, b in people)
        for t in between)


def _given_name(doc: RuDoc, out: list[TitleMatch], first: int, k: int) -> bool:
    """A capitalised one-word title ("Султан") right after a title that named its state, told in
    one name with the word after it ("министр ... ОАЭ Султан аль-Джабер"), is a given name."""
    token = doc.tokens[first]
    return bool(out) and out[-1].last == first and out[-1].country is not None and k == first + 1 \
        and token.text[:1].isupper() and first + 1 < len(doc.tokens) and any(
            s.type == "PER" and s.start <= token.start and doc.tokens[first + 1].end <= s.end for s in doc.spans)


def _before_name(tokens: list[RuToken], k: int) -> bool:
    """Whether a capitalised word that is no state follows token ``k`` (a name after a title)."""
    return k < len(tokens) and tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper() and \
        L.countries().at([tokens[k].lemma], 0) is None


def _office_between(doc: RuDoc, title: TitleMatch, first: int) -> bool:
    """Tokens between a title and a name are the offices it heads, in the genitive ("Директор
    Пограничной службы Комитета национальной безопасности Республики Казахстан Ермек
    Алдабергенов"); a state among them is the one the official serves."""
    between = _without_acronym(doc.tokens[title.last:first])
    keys = [t.lemma for t in between]
    found = L.countries().find(keys)
    inside = {i for m in found for i in range(m.first, m.last)}
    if not 1 < len(between) <= 8 or not all(i in inside or t.case == "Gen" and t.pos in ("ADJ", "NOUN", "PROPN")
                                           for i, t in enumerate(between)):
        return False
    states = [m.value for m in found]
    if title.country is None and states:
        title.country = states[-1]
    if title.country is None:  # the organisation it heads: "секретаря Парламентской ассамблеи тюркских государств"
        orgs = L.organizations().find([t.lemma for t in doc.tokens[title.first:first]])
        if orgs:
            title.country, title.organization = org_code(orgs[-1].value.acronym), orgs[-1].value.name
    return True


def _without_acronym(tokens: list[RuToken]) -> list[RuToken]:
    """The offices between a title and a name without the acronym in brackets after them
    ("Генерального секретаря Парламентской ассамблеи тюркских государств (ТюркПА) Мехмета Эра")."""
    if len(tokens) >= 3 and tokens[-1].text == ")" and tokens[-3].text == "(" and tokens[-2].text[:1].isupper():
        return tokens[:-3]
    return tokens


def attach_title(doc: RuDoc, titles: list[TitleMatch], first: int, last: int) -> TitleMatch | None:
    """The title of the name at tokens [first, last): just before it (over a military rank), or
    after it and a comma."""
    keys = [t.lemma for t in doc.tokens[max(0, first - 3):first]]
    ranked = {first - len(keys) + i for i in range(len(keys))
              if (rank := L.title_words("ranks").at(keys, i)) is not None and rank.last == len(keys)}
    for title in titles:
        if not title.used and (title.last == first or title.last in ranked or scope_between(doc, title.last, first)
                               or title.last < first and not _without_acronym(doc.tokens[title.last:first])):
            if (scope := scope_for(doc, title.last, first)) is not None and scope not in title.title:
                title.title = f"{title.title} {scope}"  # "Специальный представитель ЕС по Центральной Азии"
            return title
    for title in titles:
        if not title.used and _office_between(doc, title, first):
            return title
    for title in titles:
        if not title.used and title.first == last + 1 and doc.tokens[last].text == ",":
            return title
    return None


def title_case(doc: RuDoc, title: TitleMatch | None) -> str | None:
    """The case of the title's head noun: the name beside it stands in the same case."""
    if title is None:
        return None
    head = next((t for t in doc.tokens[title.first:title.last] if t.pos in ("NOUN", "PROPN")), None)
    return CASES.get(head.case or "") if head is not None else None


_SPOKES = {"masc": "Spokesman", "femn": "Spokeswoman"}


def gendered(title: str | None, nominative: str) -> str | None:
    """"Официальный представитель МИД Мария Захарова": a spokesperson's title in the word for
    the bearer's gender, as English reports write it (Foreign Ministry Spokeswoman), when the
    given name tells the gender."""
    if not title or "Spokesperson" not in title:
        return title
    gender = name_gender(nominative)
    return title.replace("Spokesperson", _SPOKES[gender]) if gender in _SPOKES else title
