"""Places the NER tagged that are persons, in whole or in part.

* "встретился с еврокомиссаром ... Мартой Кос": a name the NER took for a place that opens with a
  given name pymorphy3 knows and holds no place, state or demonym is a person;
* "с Генеральным прокурором Верховной народной прокуратуры Китайской Народной Республики Ин
  Юном": the state a title chain ends with and the name after it run together in one place span;
  the state's words are the place, the capitalised words after them (one to three) the person.
"""

from __future__ import annotations

from dateline.extract.russian import lexicon as L
from dateline.extract.russian.names import reads_as_person
from dateline.extract.russian.nlp import RuDoc, RuSpan, RuToken

__all__ = ["retyped_spans"]


def _tokens(doc: RuDoc, span: RuSpan) -> list[RuToken]:
    return [t for t in doc.tokens if t.start >= span.start and t.end <= span.end]


def _person_not_place(doc: RuDoc, span: RuSpan) -> bool:
    keys = [t.lemma for t in _tokens(doc, span)]
    return reads_as_person(span.text.split()) and not any(
        table.at(keys, i) for table in (L.places(), L.countries(), L.demonyms()) for i in range(len(keys)))


def _state_then_name(doc: RuDoc, span: RuSpan) -> list[RuSpan] | None:
    tokens = _tokens(doc, span)
    state = L.countries().at([t.lemma for t in tokens], 0)
    rest = tokens[state.last:] if state is not None else []
    if state is None or not 1 <= len(rest) <= 3 or not all(
            t.text[:1].isupper() and t.text.replace("-", "").isalpha() and t.pos in ("PROPN", "X") for t in rest):
        return None
    if L.countries().at([t.lemma for t in rest], 0) is not None or L.places().at([t.lemma for t in rest], 0):
        return None  # "Республики Корея Сеул": two places
    last = tokens[state.last - 1]
    return [RuSpan("LOC", span.start, last.end, doc.text[span.start:last.end]),
            RuSpan("PER", rest[0].start, span.end, doc.text[rest[0].start:span.end])]


def retyped_spans(doc: RuDoc) -> list[RuSpan]:
    out: list[RuSpan] = []
    for span in doc.spans:
        if span.type != "LOC":
            out.append(span)
        elif _person_not_place(doc, span):
            out.append(RuSpan("PER", span.start, span.end, span.text))
        else:
            out += _state_then_name(doc, span) or [span]
    return out
