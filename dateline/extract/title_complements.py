"""Where a title's complement ends before a name: "Chairman of the Investigative Committee X",
"Deputy Prosecutor General of Kazakhstan X", "Governor of Russia's Pskov Region X", "Special
Envoy for the Middle East X". The complement holds the state, organisations, bodies (``org_heads``)
and the territories or world regions a post covers (``scope_heads``: "Region", "Oblast", "Middle
East", "Central Asia"), so that none of it is read as the first word of the person's name.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from dateline.extract.names import PARTICLES
from dateline.extract.title_brackets import gloss_end
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["acronym_in_brackets", "field_comma", "field_pair", "serial_comma", "skip_complement"]

_PATRONYMIC = frozenset(load_lexicon("name_words.yaml")["patronymic_chain"])  # the given name is before "bin"


def _field(tok: Token) -> bool:
    """A capitalised word of a ministry's field: a domain ('Trade') or a portfolio word
    ('Expatriates', 'Logistics')."""
    return tok.text[:1].isupper() and tok.lower_ in titles().portfolio


def _qualified_field(doc: Doc, k: int) -> bool:
    """A demonym or a capitalised word that qualifies a field inside a title's list ("Egyptian
    Expatriates", "Mauritanians Abroad", "the Blue Economy"): no person's state, a part of the post."""
    return k + 1 < len(doc) and _field(doc[k + 1]) and (
        doc[k].ent_type_ == "NORP" or doc[k].is_alpha and doc[k].text[:1].isupper()
        and doc[k].ent_type_ not in {"PERSON", "GPE", "TITLE"})


def _after_and(doc: Doc, k: int) -> int:
    """The word after the 'and' at ``k``, past a 'the' before a field ("Fisheries and the Environment")."""
    return k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "the" and _field(doc[k + 2]) else k + 1


def field_pair(doc: Doc, i: int) -> bool:
    """'and' at ``i`` joining two fields of one ministry: 'Emigration and Egyptian Expatriates',
    'Fisheries and the Environment', 'Cooperation and Mauritanians Abroad'."""
    if i < 1 or i + 1 >= len(doc) or doc[i].lower_ != "and" or not _field(doc[i - 1]):
        return False
    after = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else i + 1
    return _field(doc[after]) or _qualified_field(doc, after)


def field_comma(doc: Doc, i: int) -> bool:
    """A comma at ``i`` between two fields of one ministry: 'Minister of Foreign Affairs, Emigration'."""
    return 0 < i < len(doc) - 1 and doc[i].text == "," and _field(doc[i - 1]) and _field(doc[i + 1])


def _head(word: str) -> bool:
    """A body's or a territory's head noun: 'Committee', 'Region', 'East' of 'Middle East'."""
    lex = titles()
    return word in lex.org_heads or word in lex.scope_heads


def skip_complement(doc: Doc, i: int) -> int:
    """Index after a title's complement ('of the Investigative Committee', 'of Kazakhstan')."""
    while i < len(doc) and (doc[i].lower_ in {"of", "for", "to"} or _posted_in(doc, i)):
        j = i + 1
        last_close = None
        k = j
        while k < len(doc) and k - j < 12:
            t = doc[k]
            if k > j and t.text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].lower_ in _PATRONYMIC:
                return k  # "Minister of Commerce, Industry and Investment Promotion Qais bin Mohammed"
            if t.text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].text == "," \
                    and (close := _serial_end(doc, k + 1)) is not None:
                last_close = close  # "Minister of Economy, Planning and Budget of Morocco X"
                k = close + 1
                continue
            if k > j and field_comma(doc, k):
                k += 1  # "Minister of Commerce, Industry and ...": a list of the ministry's domains
                continue
            if (close := gloss_end(doc, k)) is not None:
                last_close = close  # "of the Mazhilis (lower house) of Kazakhstan X"
                k = close + 1
                continue
            if k > j and t.ent_type_ == "GPE" and not t.ent_id_ and k + 1 < len(doc) \
                    and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B":
                break  # "Ambassador of Hungary to Azerbaijan Zoltan Szentgyorgyi": a given name no gazetteer knows
            ours = t.ent_type_ in {"GPE", "TITLE", "NORP", "GROUP"} or (t.ent_type_ == "ORG" and t.ent_id_)
            if t.lower_ in {"the", "of", "and", "'s", "’s", "-", "for"} or ours:
                if t.ent_type_ in {"GPE", "ORG", "GROUP"} or _head(t.lower_):
                    last_close = k
                k += 1
                continue
            if t.text[:1].isupper() and (_head(t.lower_) or t.lower_ in titles().portfolio) \
                    or t.lower_ in titles().scope_heads and k > j and doc[k - 1].text[:1].isupper() \
                    or _head(t.lower_) and k > j and (doc[k - 1].ent_type_ in {"NORP", "GPE"} or doc[k - 1].lower_ == "the"):
                # "of Mangystau region", "of the Mongolian parliament", "for the ministry"
                last_close = k
                k += 1
                continue
            if t.text[:1].isupper() and k + 1 < len(doc) and (_org_head_ahead(doc, k + 1) or (
                    k + 2 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 2].lower_ in _PATRONYMIC)):
                k += 1  # "Supreme People's Procuracy", "Investment Promotion Qais bin ..."
                continue
            if t.text[:1].isupper() and k + 1 < len(doc) and _field(doc[k + 1]):
                k += 1  # "Minister of National Defence Yasar Guler"
                continue
            if k > j and (comma := _domain_before_apposition(doc, k)) is not None:
                last_close = comma - 1  # "Minister of State for Economic Coordination, Jose Massano,"
            break
        if last_close is None:
            return i
        i = last_close + 1
        if i < len(doc) and doc[i].text in {"'s", "’s"}:
            i += 1
        if acronym_in_brackets(doc, i):
            i += 3  # "Secretary General of the Economic Cooperation Organization (ECO) Asad Majeed Khan"
    return i


def _domain_before_apposition(doc: Doc, k: int) -> int | None:
    """The comma after a capitalised domain no lexicon lists when a person's name follows it: in
    "Minister of State for Economic Coordination, Jose Massano, said" the words before the comma are
    the post's, not a name. The index of that comma."""
    if doc[k - 1].lower_ not in {"of", "for"}:
        return None  # a domain follows its preposition: "for Economic Coordination", not "of the Majilis X"
    m = k
    while m < len(doc) and m - k < 4 and (doc[m].is_alpha and doc[m].text[:1].isupper()
                                           and doc[m].ent_type_ not in {"PERSON", "GPE", "NORP", "TITLE"}
                                           or doc[m].lower_ == "and" and m > k):
        m += 1
    if m == k or m + 1 >= len(doc) or doc[m].text != "," or doc[m - 1].lower_ == "and":
        return None
    name = doc[m + 1]
    return m if name.ent_type_ == "PERSON" and name.ent_iob_ == "B" or (
        name.pos_ == "PROPN" and name.text[:1].isupper() and name.ent_type_ in {"", "PERSON", "ORG"}
        and m + 2 < len(doc) and (doc[m + 2].pos_ == "PROPN" and doc[m + 2].text[:1].isupper()
                                  and doc[m + 2].ent_type_ not in {"GPE", "NORP", "TITLE"}
                                  or doc[m + 2].lower_ in PARTICLES)) else None  # "Jose de Lima Massano"


def _posted_in(doc: Doc, i: int) -> bool:
    """'in Astana' after a body's name: where the office sits ("head of the OSCE Programme Office in
    Astana X", "Resident Coordinator in Kazakhstan X"), a known place of the gazetteer."""
    return doc[i].lower_ == "in" and i > 0 and i + 1 < len(doc) and doc[i + 1].ent_type_ == "GPE" \
        and bool(doc[i + 1].ent_id_) and (_head(doc[i - 1].lower_) or doc[i - 1].ent_type_ in {"TITLE", "ORG"})


def _org_head_ahead(doc: Doc, i: int) -> bool:
    """An organisation's head noun within four words, through capitalised words (and an "and" between
    them) only: 'Supreme People's Procuracy', 'Roads and Urban Development', not 'Yasar Guler and
    Georgian Defence'."""
    joined = False
    for m in range(i, min(i + 4, len(doc))):
        t = doc[m]
        if _head(t.lower_):  # but "Mikayil Jabbarov and Energy Minister": a second title
            return not (joined and m + 1 < len(doc) and doc[m + 1].ent_type_ == "TITLE")
        joins = t.lower_ == "and" and m > 0 and doc[m - 1].text[:1].isupper() and m + 1 < len(doc) \
            and doc[m + 1].text[:1].isupper()
        joined = joined or joins
        if not (t.text[:1].isupper() or t.text in {"'s", "\u2019s", "-"} or joins) or t.ent_type_ in {"NORP", "TITLE"}:
            return False
    return False


def acronym_in_brackets(doc: Doc, i: int) -> bool:
    """'(ECO)' at token ``i``."""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" \
        and doc[i + 1].text[:1].isupper() and (doc[i + 1].text.isupper() or doc[i + 1].ent_type_ == "ORG")


_NOT_IN_CHAINS = frozenset({"GPE", "NORP", "PERSON", "DATE", "TIME", "LOC"})


def serial_comma(doc: Doc, tok: Token, runs: Set[int] = frozenset()) -> bool:
    """A comma between the parts of one title chain, a serial list that 'and' closes: 'Vice President,
    Deputy Prime Minister and Chairman of the Committee', 'Minister for Gender, Children and Social
    Protection', 'Minister of State for Foreign Affairs, Cabinet Member and Envoy for Climate Affairs'.
    The word before it is a capitalised part of a title told just before; the words after it are
    capitalised (or 'of', 'for', 'the'), no person's and no place's, up to the closing 'and' or the
    next such comma. 'President X, Prime Minister Y and ...' is a list of persons, not a chain."""
    i = tok.i
    if tok.text != "," or i < 1 or i + 2 >= len(doc):
        return False
    before = doc[i - 1]
    if not (before.is_alpha and before.text[:1].isupper()) or before.is_sent_start or before.i in runs \
            or before.ent_type_ in _NOT_IN_CHAINS:
        return False
    if not any(t.ent_type_ == "TITLE" or t.lower_ in titles().modifiers and t.text[:1].isupper()
               for t in doc[max(before.sent.start, i - 7):i]):  # "Deputy Ruler, Chairman of ... and"
        return False
    k = i + 1
    while k < len(doc) and k - i <= 8:
        t = doc[k]
        if t.i in runs or t.ent_type_ in _NOT_IN_CHAINS and not _qualified_field(doc, k):
            return False
        if t.lower_ == "and":
            n = _after_and(doc, k)
            nxt = doc[n] if n < len(doc) else None  # "Forestry, Fisheries and the Environment"
            return k > i + 1 and nxt is not None and nxt.text[:1].isupper() and nxt.i not in runs \
                and (nxt.ent_type_ not in _NOT_IN_CHAINS or _qualified_field(doc, n))
        if t.text == ",":
            return k > i + 1 and serial_comma(doc, t, runs)
        if not (t.is_alpha and t.text[:1].isupper() or t.lower_ in {"of", "for", "the"}):
            return False
        k += 1
    return False


def _serial_end(doc: Doc, k: int) -> int | None:
    """The last word of a serial list of a title's domains that the comma at ``k`` opens, or None:
    'of Economy, Planning and Budget of Morocco X' -> 'Budget'; 'for Gender, Children and Social
    Protection, X' -> 'Protection'. After 'and', the listed domains ('Trade' of 'Industry and Trade
    Laziz Kudratov'); else the capitalised words up to a comma or a preposition (three at most);
    else one word."""
    if not serial_comma(doc, doc[k]):
        return None
    m = k + 1
    while doc[m].lower_ != "and":
        m += 1
    words: list[int] = []
    n = _after_and(doc, m)
    while n < len(doc) and len(words) < 3 and doc[n].is_alpha and doc[n].text[:1].isupper() \
            and (doc[n].ent_type_ not in _NOT_IN_CHAINS or not words and _qualified_field(doc, n)):
        words.append(n)
        n += 1
    if not words:
        return None
    listed = 0
    while listed < len(words) and (doc[words[listed]].lower_ in titles().domains
                                   or listed and doc[words[listed]].lower_ == "affairs"):
        listed += 1
    if 0 < listed < len(words):
        return words[listed - 1]  # "Investment, Industry and Trade Laziz Kudratov,"
    fields = [w for w in words if _field(doc[w])]
    if fields and fields[-1] < words[-1] and not any(_field(doc[w]) for w in words if w > fields[-1]):
        return fields[-1]  # "Emigration and Egyptian Expatriates Badr Abdelatty", "Special Initiatives X"
    if n < len(doc) and (doc[n].text == "," or doc[n].lower_ in {"of", "for", "to", "in"}
                         or doc[n].ent_type_ == "PERSON" and doc[n].ent_iob_ == "B"):
        return words[-1]
    return words[max(listed, 1) - 1]
