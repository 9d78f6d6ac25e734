"""Officials named in lists, each with their own title and country.

* a plural title before a list of names: "MPs Kamal Huseynov, Aida Rzayeva and Elnur Gasimov",
  "Foreign Ministers Ana Soto and Rui Costa" -- each an MP, each a foreign minister;
* names in brackets after their countries: "the interior ministers of Chile (Ana Rojas), Peru
  (Luis Vera) and Bolivia (Juan Quispe)" -- each an interior minister of the country before the
  bracket;
* a list of countries, a dash and as many names: "the foreign ministers of Kazakhstan, Kyrgyzstan
  and Uzbekistan – Murat Nurtleu, Jeenbek Kulubaev and Bakhtiyor Saidov" -- each the foreign
  minister of the country in the same place of its list.

``list_spans`` finds the names (for ``name_spans``); ``list_title`` gives one name its title and
country (for the people stage).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import ENT_TYPE, TAG
from spacy.tokens import Doc, Span, Token

from dateline.extract.institutions import parliament_country
from dateline.extract.name_country_lists import country_items, country_run, demonyms_before
from dateline.extract.names import PARTICLES
from dateline.extract.places import country_code, lookup_place
from dateline.extract.syntax import attribute_positions, form_positions, word_positions
from dateline.extract.title_complements import skip_complement
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

# Particles inside a name ("bin", "von der"), as name_spans reads them.

__all__ = ["list_spans", "list_title", "listed_state", "plural_title", "singular_title"]

_INFORMAL = frozenset(load_lexicon("people_titles.yaml")["informal"])
# "members of the Senate A, B and C": the plural noun and the title each member holds.
_MEMBERS = {noun: (noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]).capitalize()
            for noun in load_lexicon("people_titles.yaml")["member_nouns"]}
_SEPARATORS = frozenset({",", "and", "&"})
_LIST_DASHES = frozenset({"-", "\u2013", "\u2014", ":"})  # between the countries and their names
_PLURAL_TITLES = "dateline.plural_titles"
_MEMBER_WORDS, _BRACKET = frozenset(_MEMBERS), frozenset({"("})
_NOT_NAME_TYPES = frozenset({"GPE", "NORP", "TITLE", "ORG", "GROUP", "FAC", "DATE", "CARDINAL", "ORDINAL"})


def plural_title(tok: Token) -> bool:
    """'ministers', 'MPs', 'Ambassadors': a title head in the plural."""
    lower = tok.lower_
    heads = titles().heads
    if tok.tag_ == "NNS" and tok.lemma_.lower() in heads and tok.lemma_.lower() != lower:
        return True
    return len(lower) > 2 and lower.endswith("s") and lower[:-1] in heads


def _plurals(doc: Doc, start: int, end: int) -> list[Token]:
    """The plural titles of ``doc[start:end]``: the Doc's found once (a pass over every token per
    sentence and per listed name was a tenth of the people stage), then cut by bisection."""
    found: list[int] | None = doc.user_data.get(_PLURAL_TITLES)
    if found is None:
        maybe = {*attribute_positions(doc, TAG, "NNS"), *(i for form, at in form_positions(doc).items()
                                                         if form.lower().endswith("s") for i in at)}
        found = doc.user_data[_PLURAL_TITLES] = [i for i in sorted(maybe) if plural_title(doc[i])]  # NNS or "-s"
    return [doc[i] for i in found[bisect_left(found, start):bisect_left(found, end)]]


def singular_title(tok: Token) -> str | None:
    """'interior ministers' -> 'Interior Minister', 'MPs' -> 'MP'."""
    single = tok.text[:-1] if tok.lower_[:-1] in titles().heads else tok.lemma_
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    phrase = f"{prev.text} {single}" if prev is not None and prev.lower_ in titles().domains else single
    head = titles().head(phrase) or titles().head(single)
    if head is None:
        return None
    if single.isupper() and single.lower() not in _INFORMAL:
        return single  # "MPs" -> "MP", as the people stage writes a single "MP"
    k = tok.i - len(phrase.split())  # "Deputy Prime Ministers", "First Deputy Foreign Ministers"
    while k >= 0 and tok.doc[k].lower_ in titles().modifiers and tok.doc[k].lower_ not in {"former", "then"}:
        phrase, k = f"{tok.doc[k].text} {phrase}", k - 1
    if (end := _field_end(tok.doc, tok.i + 1)) > tok.i + 1:  # "ministers of foreign affairs"
        phrase += " " + " ".join(t.text if t.lower_ == "of" else t.text.title() for t in tok.doc[tok.i + 1:end])
    if head.title != "Minister" and phrase == single:
        return head.title
    words = phrase.split()
    return " ".join(w if w.isupper() or w == "of" else w[:1].upper() + w[1:] for w in words)


def _field_end(doc: Doc, i: int) -> int:
    """Index after 'of foreign affairs' (a ministry's field) at token ``i``, else ``i``."""
    k = i + 1
    while k < len(doc) and (doc[k].lower_ in titles().domains or doc[k].lower_ == "affairs"):
        k += 1
    return k if i < len(doc) and doc[i].lower_ == "of" and k > i + 1 else i


def _name_token(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ not in _NOT_NAME_TYPES \
        and tok.lower_ not in titles().heads and tok.lower_ not in titles().modifiers and not plural_title(tok)


def _run(doc: Doc, i: int, stop: int, *, unknown_orgs: bool = False) -> int:
    """End of a run of name tokens (with hyphens and particles) starting at ``i`` (with
    ``unknown_orgs``, words the NER alone calls an organisation count as name words)."""
    k = i
    while k < stop and (_name_token(doc[k]) or unknown_orgs and _unknown_org_word(doc[k]) or (k > i and doc[k].lower_ in PARTICLES and k + 1 < stop
                                                 and doc[k + 1].text[:1].isupper())
                        or (k > i and doc[k].text == "-" and not doc[k].whitespace_)):
        k += 1
    return k


def _after_plural(doc: Doc, tok: Token) -> list[Span]:
    """'MPs A B, C D and E F': the names right after a plural title."""
    out: list[Span] = []
    i = tok.i + 1
    stop = tok.sent.end
    surnames = _surname_list(doc, i, stop)
    if surnames:
        return surnames  # "Presidents Erdogan, Aliyev and Tokayev"
    while i < stop:
        k = _run(doc, i, stop, unknown_orgs=True)  # "Dastan Bekeshev": a surname the NER calls an ORG
        if k - i < 2 or k - i > 5:
            break
        out.append(doc[i:k])
        j = k
        while j < stop and doc[j].lower_ in _SEPARATORS:
            j += 1
        if j == k:
            break
        i = j
    return out if len(out) >= 2 or (out and out[0].end < stop and doc[out[0].end].lower_ in {",", "."}) else []


def _surname_list(doc: Doc, i: int, stop: int) -> list[Span]:
    """'Erdogan, Aliyev and Tokayev' from ``i``: two or more one-word names joined by commas and
    'and', the list closed by a verb or punctuation (each a surname a full name may own)."""
    out: list[Span] = []
    while i < stop and (_name_token(doc[i]) or _unknown_org_word(doc[i])) and doc[i].pos_ == "PROPN":
        if i + 1 < stop and (_name_token(doc[i + 1]) or _unknown_org_word(doc[i + 1]) or doc[i + 1].text == "-"):
            return []  # a name of several words: not a list of surnames
        out.append(doc[i:i + 1])
        j = i + 1
        while j < stop and doc[j].lower_ in _SEPARATORS:
            j += 1
        if j == i + 1:
            break
        i = j
    closed = bool(out) and (out[-1].end >= stop or doc[out[-1].end].pos_ in {"VERB", "AUX", "PUNCT", "ADP"})
    return out if len(out) >= 2 and closed and doc[out[-1].start - 1].lower_ == "and" else []


def _in_brackets_after_country(doc: Doc) -> list[Span]:
    """'Chile (Ana Rojas), Peru (Luis Vera)': names in brackets right after a country."""
    out: list[Span] = []
    for tok in (doc[i] for i in word_positions(doc, _BRACKET)):
        if tok.text != "(" or tok.i == 0 or doc[tok.i - 1].ent_type_ != "GPE":
            continue
        k = _run(doc, tok.i + 1, len(doc), unknown_orgs=True)  # "Bolivia (Eduardo del Castillo)": an ORG to the NER
        if 2 <= k - tok.i - 1 <= 5 and k < len(doc) and doc[k].text == ")":
            out.append(doc[tok.i + 1:k])
    return out


def _unknown_org_word(tok: Token) -> bool:
    """A capitalised word of an 'organisation', a 'nationality' or a 'place' no lexicon knows: a
    name the NER mistook ('Ararat' ORG, 'Mirzoyan' NORP, 'Bayramov' GPE)."""
    if tok.ent_type_ in {"GPE", "LOC"} and (tok.ent_id_ or lookup_place(tok.text) is not None):
        return False  # a place a gazetteer knows
    return tok.ent_type_ in {"ORG", "NORP", "GPE", "LOC", "FAC"} and not tok.ent_id_ and tok.is_alpha \
        and tok.text[:1].isupper() and tok.lower_ not in titles().org_heads and country_code(tok.text) is None \
        and not plural_title(tok) and tok.lower_ not in titles().heads  # "Parliamentarians" read as a NORP


def _names(doc: Doc, j: int, stop: int) -> list[Span]:
    """'Murat Nurtleu, Jeenbek Kulubaev and Bakhtiyor Saidov' from token ``j``."""
    names: list[Span] = []
    while j < stop:
        k = _run(doc, j, stop, unknown_orgs=True)
        if k - j < 2 or k - j > 5:
            break
        names.append(doc[j:k])
        j = k
        if j >= stop or doc[j].lower_ not in _SEPARATORS:
            break
        while j < stop and doc[j].lower_ in _SEPARATORS:
            j += 1
    return names


def _paired(sent: Span) -> list[tuple[Span, str, Token]]:
    """(name, country, plural title) of 'the foreign ministers of A, B and C – X, Y and Z'."""
    doc = sent.doc
    out: list[tuple[Span, str, Token]] = []
    for tok in _plurals(doc, sent.start, sent.end):
        at = _field_end(doc, tok.i + 1)  # "the ministers of foreign affairs of A, B and C, X, Y and Z"
        if not plural_title(tok) or at + 1 >= sent.end or doc[at].lower_ != "of":
            continue
        codes, j = country_run(doc, at + 1, sent.end)
        comma = j < sent.end and doc[j - 1].text == "," and doc[j].ent_type_ != "GPE"  # "... and C, X, Y and Z"
        if len(codes) < 2 or j >= sent.end or doc[j].text not in _LIST_DASHES and not comma:
            continue
        names = _names(doc, j if comma else j + 1, sent.end)
        if len(names) == len(codes):
            out += [(name, code, tok) for name, code in zip(names, codes, strict=True)]
    return out


def _possessive_list(sent: Span) -> list[tuple[Span, str]]:
    """(name, country) of "Ecuador's Daniel Noboa, Peru's Dina Boluarte and Colombia's Gustavo
    Petro": a list of at least two names, each after its country's possessive, one of them a
    person to the NER (the others then are too, whatever the NER calls them)."""
    doc = sent.doc
    out: list[tuple[Span, str]] = []
    if not any(i + 2 < sent.end and doc[i + 1].text in {"'s", "\u2019s"}
               for i in attribute_positions(doc, ENT_TYPE, "GPE", sent.start, sent.end)):
        return out  # no country's possessive in the sentence: no list (most sentences)
    run: list[tuple[Span, str]] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if tok.ent_type_ == "GPE" and tok.ent_iob_ == "B":
            e = i + 1
            while e < sent.end and doc[e].ent_iob_ == "I":
                e += 1
            code = tok.ent_id_ or country_code(doc[i:e].text)
            if code and e + 1 < sent.end and doc[e].text in {"'s", "\u2019s"}:
                k = _run(doc, e + 1, sent.end, unknown_orgs=True)
                if 2 <= k - e - 1 <= 4:
                    run.append((doc[e + 1:k], code))
                    j = k
                    while j < sent.end and doc[j].lower_ in _SEPARATORS:
                        j += 1
                    if j > k and j < sent.end:
                        i = j
                        continue
                    i = k
        if run:
            if len(run) >= 2 and any(name[0].ent_type_ == "PERSON" for name, _ in run):
                out += run
            run = []
        i += 1
    if len(run) >= 2 and any(name[0].ent_type_ == "PERSON" for name, _ in run):
        out += run
    return out


def _countries_title(doc: Doc, sent: Span, code: str) -> str | None:
    """The title of 'the presidents of Venezuela, Bolivia and Argentina' (in this sentence or the
    one before) for one of its countries."""
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in _plurals(doc, first, sent.end):
        if plural_title(tok) and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "of":
            codes, _ = country_run(doc, tok.i + 2, tok.sent.end)
            if len(codes) >= 2 and code in codes:
                return singular_title(tok)
    return None


def list_spans(doc: Doc) -> list[Span]:
    """Names listed after a plural title, in brackets after their countries or after their
    countries' possessives."""
    spans = _in_brackets_after_country(doc)
    for sent in doc.sents:
        spans.extend(name for name, _ in _possessive_list(sent))
    for sent in doc.sents:
        spans.extend(name for name, _, _ in _paired(sent))
    read = {t.i for t in _plurals(doc, 0, len(doc))} | set(word_positions(doc, _MEMBER_WORDS))
    for tok in (doc[i] for i in sorted(read)):  # the words the loop reads, in order, once each
        if plural_title(tok):
            spans.extend(_after_plural(doc, tok))
            spans.extend(item.name for item in country_items(doc, tok, _reader))
        elif (members := _members_of(doc, tok)) is not None:
            spans.extend(members[1])
    return spans


def _members_of(doc: Doc, tok: Token) -> tuple[str, list[Span]] | None:
    """'members of the Senate A, B and C', 'deputies of the Mazhilis A and B': (the title each
    holds, 'Member of the Senate', and the names), when a body's name follows the noun."""
    if tok.lower_ not in _MEMBERS or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    end = skip_complement(doc, tok.i + 1)
    body = doc[tok.i + 2:end]
    if not len(body) or not any(t.lower_ in titles().org_heads or t.ent_type_ == "ORG" for t in body):
        return None
    names = _after_plural(doc, doc[end - 1])
    if not names or names[0].start != end:
        return None
    return f"{_MEMBERS[tok.lower_]} of {body.text}", names


def _reader(doc: Doc, start: int, stop: int) -> int:
    return _run(doc, start, stop, unknown_orgs=True)


def _country_item(doc: Doc, name: Span) -> tuple[str | None, str] | None:
    """(title, state) of a name listed with its state after a plural title of its sentence."""
    for tok in _plurals(doc, name.sent.start, name.start):
        if not plural_title(tok):
            continue
        for item in country_items(doc, tok, _reader):
            if item.name.start == name.start:
                title = singular_title(tok)
                if title and item.complement:
                    title = f"{title} of {item.complement}"  # "Heads of state" -> "Head of State"
                return title, item.country
    return None


def listed_state(doc: Doc, name: Span) -> str | None:
    """The state of a name in a list after a plural title when the list says it: its own
    ('Presidents X of Azerbaijan, Y of Kazakhstan') or its demonym in the same place ('Turkish,
    Azerbaijani and Georgian foreign ministers A, B and C'); None otherwise."""
    item = _country_item(doc, name)
    if item is not None:
        return item[1]
    i = name.start - 1
    while i >= name.sent.start and (doc[i].lower_ in _SEPARATORS or _name_token(doc[i]) or _unknown_org_word(doc[i])):
        i -= 1
    if i < name.sent.start or _list_head(doc, i, name.start) is None:
        return None
    states = demonyms_before(doc, i)
    listed = _names_after(doc, i)
    if len(states) >= 2 and len(states) == len(listed):
        return next((code for run, code in zip(listed, states, strict=True) if run.start == name.start), None)
    return None


def _plural_before(doc: Doc, start: int, sent_start: int) -> Token | None:
    """The plural title that opens the list ``start`` belongs to (no verb in between)."""
    for i in range(start - 1, max(sent_start, start - 30) - 1, -1):
        t = doc[i]
        if plural_title(t):
            return t
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", ":"}:
            return None
    return None


def list_title(doc: Doc, name: Span) -> tuple[str | None, str | None] | None:
    """(title, country) of a name listed after a plural title; the country from 'Chile (NAME)'
    or "Chile's NAME, Peru's NAME" (the title then from 'the presidents of Chile, Peru ...')."""
    start = name.start
    if (item := _country_item(doc, name)) is not None:
        return item
    for tok in (doc[i] for i in word_positions(doc, _MEMBER_WORDS) if name.sent.start <= i < start):
        if (members := _members_of(doc, tok)) is not None and any(n.start == start for n in members[1]):
            return members[0], parliament_country(members[0])
    for listed_name, listed_code in _possessive_list(name.sent):
        if listed_name.start == start:
            return _countries_title(doc, name.sent, listed_code), listed_code
    for listed, code, plural in _paired(name.sent):
        if listed.start == start:
            title = singular_title(plural)
            return (title, code) if title else None
    country = None
    if start >= 2 and doc[start - 1].text == "(" and doc[start - 2].ent_type_ == "GPE" \
            and name.end < len(doc) and doc[name.end].text == ")":
        gpe = doc[start - 2]
        country = gpe.ent_id_ or country_code(gpe.text)
        head = _plural_before(doc, start - 2, name.sent.start)
    else:
        i = start - 1
        while i >= name.sent.start and (doc[i].lower_ in _SEPARATORS or _name_token(doc[i])
                                         or _unknown_org_word(doc[i])):
            i -= 1
        head = doc[i] if i >= name.sent.start and i == _list_head(doc, i, start) else None
        if head is not None:
            states = demonyms_before(doc, i)
            country = states[0] if len(states) == 1 else listed_state(doc, name)
    if head is None:
        return None
    title = singular_title(head)
    return (title, country) if title else None


def _list_head(doc: Doc, i: int, start: int) -> int | None:
    """``i`` when the token there is a plural title whose list reaches ``start``."""
    if not plural_title(doc[i]):
        return None
    return i if any(s.start == start for s in _names_after(doc, i)) else None


def _names_after(doc: Doc, i: int) -> list[Span]:
    """The names after the plural title at ``i``; after a comma too when as many demonyms as names
    come before it: 'the Jordanian and Egyptian foreign ministers, A and B'."""
    names = _after_plural(doc, doc[i])
    if names or i + 2 >= len(doc) or doc[i + 1].text != "," or len(states := demonyms_before(doc, i)) < 2:
        return names
    names = _after_plural(doc, doc[i + 1])
    return names if len(names) == len(states) else []
