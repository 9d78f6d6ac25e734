"""Receptions: "X принял Y" is a meeting the guest pays the host only when its object is a
party ("Президент принял министра", "принял в Акорде министра", "принял 5 декабря делегацию"),
not "приняли участие / решение / заявление"; "Y был принят Президентом X" is the same reception
told in the passive (the guest is the subject)."""

from __future__ import annotations

from dateline.extract.russian import lexicon as L
from dateline.extract.russian.lexicon import Cue
from dateline.extract.russian.nlp import RuToken
from dateline.extract.russian.words import Match

__all__ = ["inverted", "passive", "reception"]


def passive(token: RuToken) -> bool:
    """"был принят", "будет принята": the short passive participle (the guest is its subject)."""
    return token.feats.get("Voice") == "Pass" and token.feats.get("Variant") == "Short"


def reception(keys: list[str], match: Match[Cue], tokens: list[RuToken]) -> bool:
    rest = keys[match.last:match.last + 3]
    if not rest or L.event_words("not_reception").at(rest, 0) is not None:
        return False
    if passive(tokens[match.first]):  # "Y был принят Президентом X": the agent in the instrumental
        nxt = tokens[match.last] if match.last < len(tokens) else None
        return nxt is not None and nxt.feats.get("Case") == "Ins"
    if inverted(tokens, match.first, match.last):
        return True
    guest = _received(tokens, match.last)  # "принял Генерального секретаря", "принял в Акорде министра"
    return guest is not None and L.event_words("not_reception").at([guest.lemma], 0) is None


def _received(tokens: list[RuToken], first: int) -> RuToken | None:
    """The object of "принял": the first word in the accusative after the verb, over a day, an
    adverb or a place told between them ("принял 5 декабря делегацию", "принял в Акорде министра",
    "принял сегодня прибывшего ...", "принял Его Высочество шейха X": over a style)."""
    keys = [t.lemma for t in tokens]
    for i, token in enumerate(tokens[first:first + 8], start=first):
        if any(m.first <= i - first < m.last for m in L.event_words("styles").find(keys[first:i + 2])):
            continue
        case = token.feats.get("Case")
        if case == "Acc" and (token.pos in ("PROPN", "NOUN", "ADJ", "DET") or (
                token.feats.get("VerbForm") == "Part")):
            return token
        if case == "Gen" and _animate(tokens, i):  # the accusative of a person, read as genitive
            return token  # ("принял Чрезвычайного и Полномочного Посла КНР")
        if token.pos in ("ADP", "NUM", "ADV") or token.text.isdigit() or (
                token.pos in ("PROPN", "NOUN", "ADJ") and case in ("Loc", "Gen", "Ins")):
            continue
        return None
    return None


def _animate(tokens: list[RuToken], i: int) -> bool:
    """tokens[i] is a person's noun, or an adjective of one (over adjectives and "и")."""
    for token in tokens[i:i + 5]:
        if token.pos in ("NOUN", "PROPN"):
            return token.feats.get("Animacy") == "Anim"
        if token.pos not in ("ADJ", "CCONJ"):
            return False
    return False


def inverted(tokens: list[RuToken], first: int, last: int) -> bool:
    """"В среду венгерского министра примет Президент Казахстана": the guest, a person in the
    accusative, right before the verb and its host in the nominative right after it."""
    if last >= len(tokens) or tokens[last].feats.get("Case") != "Nom" or tokens[last].pos not in ("NOUN", "PROPN"):
        return False
    i = first - 1
    while i >= 0 and tokens[i].pos in ("ADJ", "DET"):
        i -= 1
    if i < 0 or i == first - 1 and tokens[i].pos not in ("NOUN", "PROPN"):
        return False
    guest = tokens[i]
    j = i
    while j > 0 and i - j < 4 and tokens[j].feats.get("Case") == "Gen" and tokens[j].feats.get("Animacy") != "Anim" \
            and tokens[j].pos in ("NOUN", "PROPN", "ADJ"):
        j -= 1  # "главу Кабмина примет": the office's genitive complement before the verb
    if j != i and tokens[j].feats.get("Case") == "Acc" and tokens[j].pos == "NOUN":
        guest = tokens[j]
    person = guest.feats.get("Animacy") == "Anim" or L.counterparts().at([guest.lemma], 0) is not None
    return guest.pos in ("NOUN", "PROPN") and person and guest.feats.get("Case") in ("Acc", "Gen")
    # (the tagger takes "гостью" for a thing: a word for a counterpart is a person)
