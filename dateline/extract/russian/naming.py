"""Names of what an event is about: a gathering ("шестой Каспийский саммит") and a signed document
("Программа сотрудничества ... на 2024-2025 годы"), in the nominative as the text writes them."""

from __future__ import annotations

from dateline.extract.russian import lexicon as L
from dateline.extract.russian.names import CASES
from dateline.extract.russian.nlp import RuDoc, RuToken
from dateline.extract.russian.parties import STOP
from dateline.extract.russian.words import Match, _analyzer

__all__ = ["document_names", "gathering_name", "to_nominative"]

_ROMAN = frozenset("IVXLC")


def to_nominative(token: RuToken) -> str:
    """The word in the nominative singular (as written when it is already, or unknown)."""
    case = CASES.get(token.case or "")
    if case in (None, "nomn"):
        return token.text
    for parse in _analyzer().parse(token.text.lower()):
        if str(parse.tag.case) == case:
            form = parse.inflect({"nomn"})
            if form is None:
                break
            word = form.word
            return word.capitalize() if token.text[:1].isupper() else word
    return token.text


def _leading_nominative(tokens: list[RuToken], text: str, first: int, last: int) -> str:
    """``text`` of tokens[first:last] with its leading adjectives and head noun in the nominative."""
    out, position, i = [], tokens[first].start, first
    while i < last and tokens[i].pos in ("ADJ", "NOUN", "NUM") and (i == first or tokens[i - 1].pos != "NOUN"):
        out.append(text[position:tokens[i].start] + to_nominative(tokens[i]))
        position = tokens[i].end
        i += 1
    return "".join(out) + text[position:tokens[last - 1].end]


def _adjective_name(token: RuToken) -> bool:
    """A capitalised adjective the tagger took for a proper noun ("Кыргызско-туркменский
    бизнес-форум")."""
    return token.pos == "PROPN" and token.lemma.endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS = ("ский", "цкий", "ный", "ской", "ый", "ий")


def body_of_two(tokens: list[RuToken], start: int) -> bool:
    """Whether the genitive phrase from ``tokens[start]`` (to a comma or the clause's end, eight
    words at most) names a body of two states ("заседание азербайджано-иранской межправкомиссии",
    "XX заседания Межправительственной комиссии по ...": ``bilateral_bodies``), or a body told joint
    ("Совместной стратегической группы планирования": ``joint_words`` before one of ``body_nouns``)."""
    rest = tokens[start:start + 8]
    end = next((i for i, t in enumerate(rest) if t.text in STOP or t.text in (",", ";", ":")), len(rest))
    lemmas = [t.lemma for t in rest[:end]]
    if L.event_words("bilateral_bodies").find(lemmas):
        return True
    joint = next((i for i, lemma in enumerate(lemmas) if L.event_words("joint_words").at([lemma], 0) is not None), None)
    return joint is not None and joint <= 1 and any(
        L.event_words("body_nouns").at([lemma], 0) is not None for lemma in lemmas[joint + 1: joint + 4])


_OWNER_GENDER = {"ее": "Fem", "её": "Fem", "его": None, "их": "Plur"}  # (его: a masculine or neuter owner)


def possessed_body(doc: RuDoc, noun: RuToken) -> bool:
    """"... активизировать работу межправительственной комиссии. Ее очередное заседание состоялось в
    феврале": a sitting owned by a pronoun whose owner, the last noun of its gender told in its
    sentence or the one before, is a body of two states (:func:`body_of_two`)."""
    owner = next((t for t in doc.tokens[max(0, noun.index - 3):noun.index]
                  if t.head == noun.index and t.pos == "DET" and t.text.lower() in _OWNER_GENDER), None)
    if owner is None or L.event_words("sittings").at([noun.lemma], 0) is None:
        return False
    want = _OWNER_GENDER[owner.text.lower()]
    first = doc.sent_tokens[max(0, owner.sent - 1)][0]
    for token in reversed(doc.tokens[first:owner.index]):
        if token.pos != "NOUN":
            continue
        if want == "Plur" and token.feats.get("Number") != "Plur" or want == "Fem" and (
                token.feats.get("Gender") != "Fem" or token.feats.get("Number") == "Plur") or want is None and (
                token.feats.get("Gender") not in ("Masc", "Neut") or token.feats.get("Number") == "Plur"):
            continue
        tokens = doc.tokens_of(token.sent)
        at = token.index - tokens[0].index
        while at > 0 and tokens[at - 1].head == token.index and tokens[at - 1].rel == "amod":
            at -= 1
        return body_of_two(tokens, at)
    return False


def gathering_name(tokens: list[RuToken], match: Match[object], text: str) -> str | None:
    """"шестой Каспийский саммит", "заседание Совета министров иностранных дел СНГ": the
    gathering noun with its adjectives and ordinal before it and the genitive phrase after it;
    None when nothing names it (a bare "на форуме"); a sitting is named by a genitive phrase of
    three words or more even in lower case ("совещание руководителей пограничных ведомств ...")."""
    first = match.first
    while first > 0 and (tokens[first - 1].pos in ("ADJ", "NUM") or set(tokens[first - 1].text) <= _ROMAN
                         or _adjective_name(tokens[first - 1])):
        first -= 1
    last = match.last
    while last < len(tokens) and tokens[last].text not in STOP and tokens[last].text != "," and (
            tokens[last].text[:1].isupper() or tokens[last].text in ("—", "-", "–", "«", "»", "\"")
            or tokens[last].pos in ("ADJ", "NOUN", "PROPN", "CCONJ", "ADP")
            and tokens[last].feats.get("Case", "Gen") in ("Gen", "Loc", "Ins", "Acc", "Nom")):
        if tokens[last].pos == "VERB" or tokens[last].lemma in ("в", "во", "с", "по", "на") and last > match.last:
            break
        if tokens[last].rel.startswith("nsubj") and tokens[last].case == "Nom":
            break  # "На полях саммита Лидер нации проведет ...": the subject, not the name
        if len(tokens[last].text) == 1 and tokens[last].text.isupper() and last + 1 < len(tokens) and (
                tokens[last + 1].text == "."):
            break  # "На полях заседания Б.Саидов провел ...": an initial opens the subject's name
        last += 1
    while last > match.last and tokens[last - 1].pos in ("ADP", "CCONJ", "PUNCT") and tokens[last - 1].text not in "»\"":
        last -= 1
    sitting = L.event_words("sittings").at([tokens[match.first].lemma], 0) is not None
    named = any(t.text[:1].isupper() for t in tokens[match.last:last]) or sitting and (
        last - match.last >= 3 or body_of_two(tokens, match.last))
    if not named and not any(t.text[:1].isupper() or t.pos == "NUM" or set(t.text) <= _ROMAN
                             for t in tokens[first:match.first]):
        return None
    return _leading_nominative(tokens, text, first, last)


def document_names(tokens: list[RuToken], start: int, text: str) -> list[tuple[str, int]]:
    """The documents named at or after ``tokens[start]`` (to the clause's end), each with the
    character offset where it begins: "подписали протокол, а также меморандум о ..." is two."""
    keys = [t.lemma for t in tokens]
    found = [m for m in L.event_words("documents").find(keys) if m.first >= start]
    if not found:
        return []
    end = found[0].last
    while end < len(tokens) and tokens[end].text not in STOP and not (
            tokens[end].text == "," and end + 1 < len(tokens) and tokens[end + 1].pos in ("PRON", "SCONJ", "VERB")):
        end += 1
    heads = [m for m in found if m.first < end and (m is found[0] or _joined(tokens, m.first))]
    out = []
    for i, match in enumerate(heads):
        first = match.first
        while first > start and tokens[first - 1].pos == "ADJ":
            first -= 1
        last = heads[i + 1].first if i + 1 < len(heads) else end
        while last > match.last and (tokens[last - 1].pos in ("CCONJ", "PUNCT", "ADV") or
                                     tokens[last - 1].text in (",", "а", "также")):
            last -= 1
        out.append((_leading_nominative(tokens, text, first, last), tokens[first].start))
    return out


def _joined(tokens: list[RuToken], i: int) -> bool:
    """A document noun that opens a new item of a list ("протокол, а также меморандум")."""
    before = {t.text.lower() for t in tokens[max(0, i - 3):i]}
    return bool(before & {",", "и", "также"}) and tokens[i].case in ("Acc", "Nom")
