"""How far a Russian title reaches beyond its lexicon phrase: a minister's portfolio the lexicon
does not list ("министр энергетики и природных ресурсов Турции"), and the scope or post of an office
told between the title and the name ("Специальный представитель ЕС по Центральной Азии",
"Посол Японии в Казахстане")."""

from __future__ import annotations

import re

from dateline.extract.places import country_name
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.words import ru_lexicon

__all__ = ["joined_portfolio", "portfolio", "post_scope", "scope_between", "scope_for"]


def portfolio(tokens: list[RuToken], keys: list[str], k: int, country: str | None) -> tuple[int, str | None]:
    """A minister's portfolio the lexicon does not list, in lower-case genitive words, and the
    state after it ("министр энергетики и природных ресурсов Турции"): the title's end and state."""
    def genitive(t: RuToken) -> bool:
        return t.text[:1].islower() and t.pos in ("ADJ", "NOUN") and t.case == "Gen"

    j = k
    while j < len(tokens) and (genitive(tokens[j]) or tokens[j].text[:1].islower() and tokens[j].lemma == "и" or (
            tokens[j].text == "," and 0 < j and genitive(tokens[j - 1]) and j + 1 < len(tokens)
            and genitive(tokens[j + 1]))):
        j += 1  # "министр инвестиций, промышленности и торговли"
    if j == k or keys[j - 1] == "и":
        return k, country
    state = L.countries().at(keys, j)
    if state is not None and country in (None, state.value):
        return state.last, state.value
    return j, country


_MINISTER = re.compile(r"^(?P<pre>(?:First Deputy|Deputy|Acting) )?(?P<domain>[A-Z][A-Za-z ]*?) Minister$")


def joined_portfolio(name: str, keys: list[str], start: int, end: int) -> str:
    """The English title of a minister whose portfolio runs on with "и" past the listed one, from
    token ``start`` (the listed title's end) to ``end`` (the portfolio's, or its state's): "министр
    транспорта и коммуникаций" -> Minister of Transport and Communications (``portfolios`` in
    ``ru_titles.yaml``); the listed title when the words joined are not all portfolios."""
    found = _MINISTER.match(name)
    if found is None or found["domain"] in ("Prime", "Deputy Prime"):
        return name
    parts, joiners, j = [], [], start
    while j < end and keys[j] in ("и", ","):
        joined = L.portfolios().at(keys, j + 1)
        if joined is None or joined.last > end:
            return name
        parts.append(joined.value)
        joiners.append(keys[j])
        j = joined.last
    if not parts or joiners[-1] != "и" or j < end and L.countries().at(keys, j) is None:
        return name  # "министр транспорта, коммуникаций и ...": a list the table does not hold whole
    domain = ru_lexicon("ru_titles.yaml")["portfolio_domains"].get(found["domain"], found["domain"])
    listed = [domain, *parts]
    return f"{found['pre'] or ''}Minister of {', '.join(listed[:-1])} and {listed[-1]}"


def scope_between(doc: RuDoc, start: int, end: int) -> bool:
    """Tokens [start, end) are the scope or post of an office between its title and the name:
    "Специальный представитель ЕС по Центральной Азии", "Верховный комиссар ООН по делам
    беженцев", "Чрезвычайный и Полномочный Посол Японии в Казахстане" (the state of the post is
    no state the envoy serves)."""
    if not 1 < end - start <= 6 or doc.tokens[start].lemma not in ("по", "в", "во", "при"):
        return False
    return all(t.pos in ("ADJ", "NOUN", "PROPN", "ADP", "CCONJ") and t.text not in (",", "-")
               for t in doc.tokens[start + 1:end])


def post_scope(doc: RuDoc, start: int, end: int) -> bool:
    """The state or region at characters [start, end) is the scope of a post or body, no party:
    after words of scope ("по связям со странами Центральной Азии"), or after "по" in the dative
    right before the name of the post's holder ("Специальный представитель ЕС по Центральной Азии
    Эдуардс Стипрайс", "представителя Генсекретаря ООН по Афганистану Розу Отунбаеву")."""
    token = doc.token_at(start)
    if token is None:
        return False
    before = [t for t in doc.tokens[max(0, token.index - 4):token.index] if t.sent == token.sent]
    keys = [t.lemma for t in before]
    if any(m.last == len(keys) for m in L.event_words("scope_of_post").find(keys)):
        return True
    if not before or before[-1].lemma != "по" or token.case != "Dat":
        return False
    after = [t for t in doc.tokens[token.index:] if t.start >= end and t.sent == token.sent][:4]
    holder = next((i for i, t in enumerate(after) if _holder_starts(doc, t)), None)
    return holder is not None and all(t.pos in ("ADJ", "NOUN", "PROPN", "CCONJ") and t.case in (None, "Dat")
                                      for t in after[:holder])


def _holder_starts(doc: RuDoc, token: RuToken) -> bool:
    return token.text[:1].isupper() and any(s.type == "PER" and s.start == token.start for s in doc.spans)


def scope_for(doc: RuDoc, start: int, end: int) -> str | None:
    """The English of the place a post is for, when tokens [start, end) between its title and the
    name are "по" and that place whole: "по Центральной Азии" -> "for Central Asia", "по
    Афганистану" -> "for Afghanistan" (a scope of words, "по вопросам расширения", is not read)."""
    if end - start < 2 or doc.tokens[start].lemma != "по":
        return None
    keys = [t.lemma for t in doc.tokens[start + 1:end]]
    state, region = L.countries().at(keys, 0), L.scope_places().at(keys, 0)
    if state is not None and state.last == len(keys):
        return f"for {country_name(state.value)}"
    return f"for {region.value}" if region is not None and region.last == len(keys) else None
