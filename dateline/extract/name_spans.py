"""Where person names are in a document: capitalised runs after a title or a style, names in
apposition to a title, "NAME of COUNTRY" in lists, and the NER's PERSON entities (trimmed of
titles and styles, extended over particles and hyphens the NER cut).
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Span, Token

from dateline.extract.boilerplate import is_outlet
from dateline.extract.known import known_person, listed_family_name
from dateline.extract.name_appositions import after_who, appositive_title_start
from dateline.extract.name_pieces import inner_hyphen, person_pieces
from dateline.extract.name_prefixes import openings, opens, prefix_end, prefix_start
from dateline.extract.names import PARTICLES
from dateline.extract.org_titles import ends_org_title
from dateline.extract.places import country_code, lookup_place
from dateline.extract.syntax import entity_at, word_positions
from dateline.extract.title_complements import acronym_in_brackets, skip_complement
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["PARTICLES", "acronym_in_brackets", "name_spans", "plural_head"]

_WORDS = load_lexicon("name_words.yaml")
_NAME_STOP = frozenset(_WORDS["name_stops"])
_HONORIFIC_PREFIX = frozenset(_WORDS["person_prefixes"])
_NOT_NAMES = frozenset(_WORDS["not_names"])
# Particles inside a name ("bin", "von der"): lower case, part of the name.
_PATRONYMIC = frozenset(_WORDS["patronymic_chain"])
_INNER_STYLES = frozenset(_WORDS["inner_styles"])
_TITLE_GIVEN_NAMES = frozenset(_WORDS["title_given_names"])
_ROYAL_STYLES = frozenset(_WORDS["royal_styles"])
_SUFFIXES = frozenset(_WORDS["patronymic_suffixes"])
_DEPUTIES = frozenset(load_lexicon("people_coref.yaml")["deputy_nouns"])  # "his deputy X"
_OPENERS, _OF = frozenset({",", "("}), frozenset({"of"})


def _looks_like_name_token(tok: Token) -> bool:
    if not tok.text[:1].isupper() or tok.is_punct and tok.text not in {"-", "'"}:
        return False
    after_particle = tok.i > 0 and tok.doc[tok.i - 1].lower_ in PARTICLES and (
        not tok.ent_id_ or _name_goes_on(tok))  # "Jose de Lima Massano": a place word inside a name
    after_particle = after_particle or _unknown_place(tok)
    if tok.ent_type_ == "TITLE" and _hyphenated(tok):
        return True  # "Amir-Abdollahian": a title word that opens a hyphenated surname
    if tok.lower_ in _NAME_STOP or (tok.ent_type_ in {"TITLE", "GPE", "NORP", "GROUP", "DATE", "CARDINAL",
                                                      "ORDINAL", "TIME", "MONEY", "PERCENT"} and not after_particle):
        return False  # but "von der Leyen", whose "Leyen" the NER calls a place
    if tok.lower_ in titles().modifiers or tok.lower_ in titles().heads or plural_head(tok):
        return False
    if tok.ent_type_ == "FAC" and tok.ent_id_:  # a landmark of the ruler: "Casa Rosada"
        return False
    if is_outlet(tok.text):
        return False
    return tok.pos_ in {"PROPN", "NOUN", "ADJ", "X", "VERB"} or tok.is_title


def _name_goes_on(tok: Token) -> bool:
    """A capitalised name word follows the token: 'Lima' in 'Jose de Lima Massano', not 'Lima' in
    'Jose de Lima, ...' or 'the Bank de France said'."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and nxt.pos_ == "PROPN" \
        and nxt.ent_type_ not in {"GPE", "NORP", "TITLE", "ORG", "DATE"} and not nxt.ent_id_


def _hyphenated(tok: Token) -> bool:
    """The token opens a hyphenated word: 'Amir' in 'Amir-Abdollahian'."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
        and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].text[:1].isupper() \
        and not (doc[tok.i + 2].ent_type_ == "TITLE" and doc[tok.i + 2].ent_iob_ == "I")  # "Secretary-General"


def _unknown_place(tok: Token) -> bool:
    """A 'place' or 'nationality' only the statistical NER sees, no gazetteer knows: 'Thabo Mbeki'
    tagged GPE, 'Emir Tamim' tagged NORP."""
    if tok.ent_type_ not in {"GPE", "LOC", "NORP"} or tok.ent_id_ or tok.pos_ != "PROPN":
        return False
    if tok.ent_type_ == "NORP":
        return country_code(tok.text) is None and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "TITLE"
    ent = entity_at(tok.doc, tok.i)
    return ent is not None and lookup_place(ent.text) is None and all(
        lookup_place(t.text) is None for t in ent)


def _stray_norp(tok: Token) -> bool:
    """A 'nationality' no gazetteer knows where a title's name starts ("spokesman for the Foreign
    Ministry Tamim Khallaf"): the NER's guess for a given name."""
    return tok.ent_type_ == "NORP" and not tok.ent_id_ and tok.pos_ == "PROPN" and country_code(tok.text) is None


def plural_head(tok: Token) -> bool:
    """'Ministers', 'presidents', 'ambassadors': a title head in the plural."""
    return tok.lower_.endswith("s") and tok.lower_[:-1] in titles().heads


def _title_slots(doc: Doc) -> list[int]:
    """The tokens a name after a title can follow (the first loop of ``name_spans`` passes over
    the others): a TITLE, the end of an ORG (a title inside an organisation's name), a relational
    or deputy noun; from the Doc's entity-type array and word index, not a Token per position."""
    kinds = doc.to_array(ENT_TYPE).tolist()
    wanted = {doc.vocab.strings["TITLE"], doc.vocab.strings["ORG"]}
    return sorted({i for i, kind in enumerate(kinds) if kind in wanted}
                  | set(word_positions(doc, titles().relational | _DEPUTIES)))


def name_spans(doc: Doc) -> list[Span]:
    """Name spans: capitalised runs right after a title, plus the NER's PERSON entities (trimmed)."""
    spans: list[Span] = []
    taken: set[int] = set()
    for tok in (doc[i] for i in _title_slots(doc)):
        if tok.ent_type_ == "TITLE" and prefix_start(doc, tok.i) < tok.i and _given_name(doc, tok.i):
            continue  # "H.E. Dr. Sultan Al Jaber": the given name, read after the styles below
        if not (tok.ent_type_ == "TITLE" or ends_org_title(doc, tok.i) or tok.lower_ in titles().relational
                or tok.lower_ in _DEPUTIES and tok.i > 0 and doc[tok.i - 1].lower_ in {"his", "her"}) \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "TITLE" and not _given_name(doc, tok.i + 1)):
            continue
        j = skip_complement(doc, tok.i + 1)
        if j + 2 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "elect" and not doc[j].whitespace_:
            j += 2  # "President-elect Rene Duval"
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text[:1].isupper() \
                and (doc[j + 1].ent_type_ not in {"TITLE", "GPE", "NORP", "DATE"} or _unknown_place(doc[j + 1])):
            j += 1  # "Kazakhstan's Foreign Minister, Murat Nurtleu,"
            j = prefix_end(doc, j, min(len(doc), j + 8))  # "Minister of Foreign Affairs, Amb. Yusuf Tuggar,"
        if j > 0 and j < len(doc) and doc[j].lower_ in _PATRONYMIC and doc[j - 1].ent_type_ == "TITLE":
            j -= 1  # "Minister of State Sultan bin Saad": "Sultan" is the given name
        styled = j
        if j < len(doc) and opens(doc[j]):
            j = prefix_end(doc, j, min(len(doc), j + 8))  # "Prime Minister of Malaysia Dato' Seri Anwar Ibrahim"
        bracketed = j + 2 < len(doc) and doc[j].text == "(" and not acronym_in_brackets(doc, j)
        j += bracketed  # "Minister of Agriculture (Aziz Akhannouch)", "the GCC's secretary-general (X)"
        k = j
        while k < len(doc) and k - j < 10 and k not in taken and (
                _looks_like_name_token(doc[k]) or _name_joiner(doc, k, j) or _hyphen_tail(doc, k)
                or _inner_style(doc, k, j) or (k == j and (_given_name(doc, k) or _stray_norp(doc[k]) or _listed_opening(doc, k)))
                or _in_nickname(doc, k, j)
                or (k == j and k + 1 < len(doc) and doc[k + 1].lower_ in _PATRONYMIC and doc[k].text[:1].isupper())):
            k += 1
        while k > j and doc[k - 1].text in {"-", "[", "]"}:
            k -= 1
        if bracketed and (k - j < 2 or k >= len(doc) or doc[k].text != ")"):
            continue  # a name in brackets fills them: not "(Jogorku Kenesh) of", not "(Kazakhstan)"
        if k > j:
            run = doc[j:k]
            if _plausible_name(run):
                spans.append(run)
                taken.update(range(min(styled, j), k))
    # A name after a style the NER does not know: "Dato' Sri Mohamed Azmin Ali".
    for tok in (doc[i] for i in word_positions(doc, openings())):
        if not opens(tok):
            continue  # no style starts here (prefix_end would return tok.i: no span)
        if tok.i in taken or (tok.i > 0 and prefix_end(doc, tok.i - 1, tok.i + 1) > tok.i - 1):
            continue
        j = prefix_end(doc, tok.i, min(len(doc), tok.i + 8))
        k = j
        while j > tok.i and k < len(doc) and k - j < 10 and k not in taken and (
                _looks_like_name_token(doc[k]) or _name_joiner(doc, k, j) or _hyphen_tail(doc, k)
                or k == j and _given_name(doc, k)):
            k += 1
        if k - j >= 2 and _plausible_name(doc[j:k]):
            spans.append(doc[j:k])
            taken.update(range(tok.i, k))
    # A name right before an appositive title: "Edgars Rinkevics, the President of Latvia,".
    for tok in (doc[i] for i in word_positions(doc, _OPENERS)):
        if tok.text not in {",", "("} or tok.i < 2:
            continue
        j = appositive_title_start(doc, after_who(doc, tok.i + 1) if tok.text == "," else tok.i + 1)
        f = j
        while f + 1 < len(doc) and doc[f].ent_type_ != "TITLE" and doc[f].lower_ in titles().domains:
            f += 1  # "(Interior Minister of Chile)", ", the defence minister of Poland,"
        if f > j and doc[f].ent_type_ == "TITLE" and (tok.text == "(" or doc[f].is_lower):
            j = f
        if j >= len(doc) or doc[j].ent_type_ != "TITLE":
            continue
        k = tok.i
        while k - 1 >= 0 and tok.i - (k - 1) <= 6 and (k - 1) not in taken and (
                doc[k - 1].pos_ == "PROPN" and _looks_like_name_token(doc[k - 1])
                or k - 2 >= 0 and doc[k - 1].lower_ in PARTICLES and doc[k - 1].text.islower()
                and doc[k - 2].pos_ == "PROPN" or inner_hyphen(doc, k - 1)):
            k -= 1
        if tok.i - k >= 2 and not any(doc[m].ent_type_ in {"GPE", "NORP"} or doc[m].ent_id_
                                      for m in range(k, tok.i)):
            run = doc[k:tok.i]
            if _plausible_name(run):
                spans.append(run)
                taken.update(range(k, tok.i))
    # "attended by Murat Nurtleu of Kazakhstan, Jeenbek Kulubaev of Kyrgyzstan and ...".
    for tok in (doc[i] for i in word_positions(doc, _OF)):
        if tok.lower_ != "of" or tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_type_ != "GPE":
            continue
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if after is not None and after.ent_iob_ == "I":
            continue
        if after is not None and after.text not in {",", "and", ".", ";", ")"}:
            continue
        k = tok.i
        while k - 1 >= 0 and tok.i - (k - 1) <= 3 and doc[k - 1].pos_ == "PROPN" \
                and _looks_like_name_token(doc[k - 1]) and (k - 1) not in taken:
            k -= 1
        before = doc[k - 1] if k > 0 else None
        if tok.i - k >= 2 and (before is None or before.text in {",", "and", "by", "with", ":"}
                               or plural_head(before)) \
                and not any(doc[m].ent_id_ for m in range(k, tok.i)) and not _second_domain(doc, k):
            run = doc[k:tok.i]
            if _plausible_name(run):
                spans.append(run)
                taken.update(range(k, tok.i))
    # "MPs A, B and C", "the interior ministers of Chile (A), Peru (B) and Bolivia (C)".
    from dateline.extract.name_lists import list_spans

    for run in list_spans(doc):
        if not any(i in taken for i in range(run.start, run.end)) and _plausible_name(run):
            spans.append(run)
            taken.update(range(run.start, run.end))
    for piece_start, piece_end in person_pieces(doc):
        if any(i in taken for i in range(piece_start, piece_end)):
            continue
        start, end = piece_start, piece_end
        while start < end and not (start + 1 < end and doc[start + 1].lower_ in _PATRONYMIC
                                   and doc[start].text[:1].isupper()) and (doc[start].ent_type_ in {"TITLE", "GPE", "NORP"}
                               or doc[start].lower_ in titles().modifiers
                               or doc[start].lower_ in titles().heads
                               or doc[start].lower_ in _HONORIFIC_PREFIX
                               or doc[start].lower_ in {"the", "a", "an"}):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s"}):
            end -= 1

        if end - start == 0 or is_outlet(doc[start:end].text) or not _plausible_name(doc[start:end]):
            continue
        if start == piece_start and start > 0 and (start - 1 == doc[start].sent.start or (
                start >= 2 and doc[start - 2].is_punct)) and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].ent_type_ == "" and _looks_like_name_token(doc[start - 1]) \
                and (start - 1) not in taken and prefix_start(doc, start) == start:
            start -= 1  # the NER cut the first name off at the start of a sentence: "Luiz" Inacio Lula
        # A name the NER cut inside its particles: "Ursula von der" + "Leyen".
        inner = end
        while inner > start + 1 and doc[inner - 1].lower_ in PARTICLES:
            inner -= 1
        if inner < end:
            past = _after_particles(doc, inner)
            end = past + 1 if past is not None and doc[past].text[:1].isupper() else inner
        # Extend over a hyphenated surname the NER cut ("Amir-Abdollahian").
        while end < len(doc) and end - start < 6:
            if (past := _after_particles(doc, end)) is not None and past - end >= 2 \
                    and doc[past].text[:1].isupper() and doc[past].ent_type_ not in {"GPE", "TITLE", "ORG"}:
                end = past + 1  # "de la Fuente"
            elif end + 2 < len(doc) and doc[end].lower_ in PARTICLES and doc[end + 1].text == "-" \
                    and doc[end + 2].text[:1].isupper():
                end += 3  # "al-Maliki"
            elif end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text.islower():
                end += 2  # "Ban Ki" + "-moon"
            elif end + 1 < len(doc) and (doc[end].text == "-" or doc[end].lower_ in PARTICLES) \
                    and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ not in {"GPE", "TITLE", "ORG"}:
                end += 2
            elif doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].ent_type_ in {
                    "", "PERSON"} and _looks_like_name_token(doc[end]) and end not in taken:
                end += 1
            else:
                break
        if not _plausible_name(doc[start:end]):
            continue  # "Suwalki" + "Gap": the name goes on into a place's
        spans.append(doc[start:end])
        taken.update(range(start, end))
    spans = [_with_suffix(doc, _without_acronym(doc, _without_prefix(doc, s))) for s in spans]
    spans.sort(key=lambda s: s.start)
    return spans


def _second_domain(doc: Doc, k: int) -> bool:
    """'Minister of Foreign Affairs and Human Mobility of Ecuador': the words after "and" continue a
    title's domains (only capitalised words, "of" and "for" back to the title), not a name."""
    if k < 2 or doc[k - 1].lower_ != "and":
        return False
    for m in range(k - 2, max(-1, k - 9), -1):
        t = doc[m]
        if t.ent_type_ == "TITLE":
            return True
        if t.ent_type_ in {"PERSON", "GPE", "NORP"} or not (t.is_alpha and t.text[:1].isupper()
                                                             or t.lower_ in {"of", "for", "the"}):
            return False
    return False


def _with_suffix(doc: Doc, span: Span) -> Span:
    """'Nurlanbek Turgunbek uulu', 'Ali Hasan oglu': a patronymic suffix in lower case ends the name;
    so does the last syllable of a given name written apart in lower case after a listed family
    name ('Kim Jong il')."""
    end = span.end
    if end < len(doc) and doc[end].lower_ in _SUFFIXES and doc[end].text.islower() and doc[end].is_alpha:
        return doc[span.start:end + 1]
    if len(span) == 2 and end < len(doc) and doc[end].is_alpha and doc[end].text.islower() \
            and len(doc[end]) <= 3 and not doc[end].is_stop and doc[end].pos_ != "VERB" \
            and listed_family_name(span[0].text):
        return doc[span.start:end + 1]
    return span


def _without_prefix(doc: Doc, span: Span) -> Span:
    """'Datuk Seri Mohamad Hasan' -> 'Mohamad Hasan' (a style alone stays as it is)."""
    start = prefix_end(doc, span.start, span.end)
    if start == span.start or start >= span.end or not _plausible_name(doc[start:span.end]):
        return span
    return doc[start:span.end]


def _without_acronym(doc: Doc, span: Span) -> Span:
    """'SOCAR Rovshan Najaf' after 'Chairman of the Management Board of': the organisation's
    acronym that ends the title's complement is not the name's first word."""
    if len(span) >= 3 and span.start > 0 and doc[span.start - 1].lower_ == "of" and span[0].is_upper \
            and len(span[0]) >= 2 and span[0].is_alpha and not span[1].is_upper:
        return doc[span.start + 1:span.end]
    return span


def _after_particles(doc: Doc, k: int) -> int | None:
    """Index of the token after a run of up to three name particles starting at ``k``."""
    m = k
    while m < len(doc) and m - k < 3 and doc[m].lower_ in PARTICLES and doc[m].text[:1].islower():
        m += 1
    return m if m > k and m < len(doc) else None


def _given_name(doc: Doc, k: int) -> bool:
    """'Sultan' opening a name right after a title: 'General Sultan Hashim Ahmad' (a name word
    that is no title follows)."""
    if doc[k].lower_ not in _TITLE_GIVEN_NAMES or k == 0 or k + 1 >= len(doc):
        return False
    prev = doc[k - 1]
    after_title = prev.ent_type_ == "TITLE" or prev.text[:1].isupper() and (
        prev.lower_ in titles().domains or prev.lower_ in titles().org_heads) \
        or prefix_start(doc, k) < k and not any(  # "H.E. Dr. Sultan Al Jaber", not "His Majesty Sultan X"
            t.lower_ in _ROYAL_STYLES for t in doc[prefix_start(doc, k):k])
    return after_title and (_looks_like_name_token(doc[k + 1]) or doc[k + 1].lower_ in PARTICLES)


def _listed_opening(doc: Doc, k: int) -> bool:
    """'General Secretary To Lam': a capitalised function word after a title opens the name when
    with the next word it is a person of the actor dictionary (people.yaml)."""
    return k + 1 < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_sent_start \
        and doc[k + 1].text[:1].isupper() and known_person(f"{doc[k].text} {doc[k + 1].text}") is not None


_QUOTES = frozenset({'"', "\u201c", "\u201d", "'"})


def _in_nickname(doc: Doc, k: int, start: int) -> bool:
    """A quote of a nickname inside a name, between the given name and the surname: 'Francisco
    "Lu Olo" Guterres' (one to three capitalised words in quotes, a name word after)."""
    if k <= start or doc[k].text not in _QUOTES:
        return False
    if sum(doc[m].text in _QUOTES for m in range(start, k)) % 2 == 0:  # the opening quote
        close = next((m for m in range(k + 2, min(k + 5, len(doc))) if doc[m].text in _QUOTES), None)
        return close is not None and all(t.text[:1].isupper() and t.is_alpha for t in doc[k + 1:close]) \
            and close + 1 < len(doc) and _looks_like_name_token(doc[close + 1])
    return k + 1 < len(doc) and _looks_like_name_token(doc[k + 1])  # the closing quote, the surname after


def _inner_style(doc: Doc, k: int, start: int) -> bool:
    """'Sheikh' between two words of one name: 'Hassan Sheikh Mohamud'."""
    return k > start and doc[k].lower_ in _INNER_STYLES and k + 1 < len(doc) \
        and _looks_like_name_token(doc[k + 1]) and _looks_like_name_token(doc[k - 1])


def _hyphen_tail(doc: Doc, k: int) -> bool:
    """The lower-case part of a hyphenated given name: 'moon' in 'Ki-moon', 'hyun' in 'Moo-hyun'."""
    return k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
        and doc[k - 2].text[:1].isupper() and doc[k].is_alpha and doc[k].text.islower()


def _name_joiner(doc: Doc, k: int, start: int) -> bool:
    """Hyphens, particles and brackets inside a name: 'Amir-Abdollahian', 'Faisal bin Farhan'."""
    t = doc[k]
    if t.lower_ in PARTICLES and k > start:
        after = _after_particles(doc, k)
        if after is not None and (doc[after].text[:1].isupper() or doc[after].text == "-"):
            return True
    if t.text == "-" and k > start and k + 1 < len(doc) and (doc[k + 1].text[:1].isupper() or (
            doc[k + 1].is_alpha and not doc[k - 1].whitespace_ and not t.whitespace_)):
        return True  # "Amir-Abdollahian", "Ki-moon"
    return t.text in {"[", "]"}


def _plausible_name(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    if any(t.lower_ in _NOT_NAMES for t in words) or len(words) == 1 and words[0].is_upper and len(words[0]) > 1 and any(
            t.text == words[0].text and 0 < t.i < len(span.doc) - 1 and span.doc[t.i - 1].text == "("
            and span.doc[t.i + 1].text == ")" for t in span.doc):  # "the 58th ASEAN Foreign Ministers' Meeting (AMM)": an acronym
        return False
    if len(words) == 1 and (words[0].pos_ != "PROPN" or words[0].lower_ in titles().org_heads
                            or words[0].lower_ in titles().portfolio):  # "Emigration", a ministry's field
        return False
    return not any(t.lower_ in titles().org_heads for t in span)
