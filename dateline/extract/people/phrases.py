"""Where a person's title phrase is: left of the name (apposition after it: ``appositions``).

``[country adjective] [modifiers] HEAD [complement] NAME`` on the left of a name, or
``NAME, [the] [adj] TITLE [of X],`` and ``X's TITLE, NAME,`` in apposition; a title written
inside an organisation's name ("UN High Commissioner for Refugees Filippo Grandi") when
there is neither. ``title_for`` picks the phrase and parses it (``title_info.parse_title``).
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Span, Token

from dateline.extract.name_prefixes import prefix_start
from dateline.extract.name_spans import acronym_in_brackets
from dateline.extract.org_titles import org_title_around
from dateline.extract.people.appositions import determined_left, fronted_object, phrase_right
from dateline.extract.people.chains import title_conjunction, title_dash
from dateline.extract.people.predicates import predicate_title
from dateline.extract.people.roles import private_post
from dateline.extract.people.title_info import PASSING, TitleInfo, parse_title
from dateline.extract.title_brackets import gloss_start
from dateline.extract.title_complements import field_comma, serial_comma
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["title_for"]

_LOWER_CASE_IN_NAMES = frozenset(load_lexicon("name_words.yaml")["lower_case_in_names"])
_STANCE = frozenset(load_lexicon("people_titles.yaml")["stance_prefixes"])
_STYLE_TITLES = frozenset(load_lexicon("people_titles.yaml")["style_titles"])
_TENURE = frozenset(load_lexicon("people_titles.yaml")["tenure_qualifiers"])
# "hard-line", "center-left": the writer's judgement as the tokenizer splits it, longest first
_EPITHETS = sorted((tuple(e.replace("-", " - ").split()) for e in load_lexicon("people_titles.yaml")["epithets"]),
                   key=len, reverse=True)
_EPITHETS_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _words in _EPITHETS:
    _EPITHETS_BY_LAST.setdefault(_words[-1], []).append(_words)  # longest first, as in _EPITHETS
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_WORDY = frozenset({"ADJ", "NOUN", "PROPN", "X"})  # lower-case words a title phrase may hold


def _epithet_ending(doc: Doc, i: int, floor: int) -> int | None:
    """The index before an epithet that ends at token ``i`` ("center - left" in "former center-left
    president"), or None: the writer's judgement stands inside the title phrase, no part of it."""
    for words in _EPITHETS_BY_LAST.get(doc[i].lower_, ()):
        first = i - len(words) + 1
        if first >= floor and tuple(t.lower_ for t in doc[first:i + 1]) == words:
            return first - 1
    return None


def _is_cap(tok: Token) -> bool:
    return bool(tok.text[:1].isupper()) or tok.text in _LOWER_CASE_IN_NAMES


def _phrase_left(doc: Doc, name: Span, runs: Set[int], *,
                 strict_comma: bool = True, floor: int = 0) -> tuple[int, int] | None:
    """Token range of a title phrase ending just before ``name`` (or before 'name' + comma),
    not reaching left of token ``floor`` (the end of the dateline)."""
    end = prefix_start(doc, name.start)  # "Foreign Minister Datuk Seri Mohamad Hasan"
    if end > 0 and doc[end - 1].text == ",":
        end -= 1  # "Kazakhstan's Foreign Minister, Murat Nurtleu,"
        comma = True
    else:
        comma = False
        if end > 1 and doc[end - 1].text == "(" and name.end < len(doc) and doc[name.end].text == ")":
            end -= 1  # "Minister of Agriculture (Aziz Akhannouch)", "the GCC's secretary-general (X)"
    i = end - 1
    allowed_lower = {"of", "the", "and", "for", "to", "'s", "’s", "-", "in", *PASSING}
    while i >= floor and end - i <= 24:
        t = doc[i]
        if t.i in runs or t.ent_type_ in {"DATE", "TIME"}:
            break  # another person; "an interview with VOA Wednesday the Under Secretary": no date in a title
        if i >= 3 and t.text == ")" and acronym_in_brackets(doc, i - 2) and doc[i - 1].text.isupper() \
                and (doc[i - 3].lower_ in titles().org_heads or doc[i - 3].ent_type_ == "ORG"):
            i -= 3
            continue
        if t.text == ")" and (opened := gloss_start(doc, i)) is not None and opened > floor:
            i = opened - 1  # "Speaker of the Kyrgyz Parliament (Jogorku Kenesh) X"
            continue
        if t.lower_ == "and" and not title_conjunction(doc, t, runs) \
                and not (t.ent_iob_ == "I" and t.ent_type_ in {"GPE", "ORG"}):  # "Bosnia and Herzegovina"
            break  # "Vice Prime Minister and Labor Party leader", "Fatah and Prime Minister"
        if t.lower_ in {"for", "to", "of"} and t.ent_type_ != "TITLE" and _bare_title(doc, i + 1, end):
            break  # "a spokesman for President X", "the office of Prime Minister X": X's title only
        if t.text in _DASHES and t.whitespace_ and i > floor:
            if title_dash(doc, t):
                i -= 1  # "Vice-Chairman of the Cabinet of Ministers – Minister of Foreign Affairs"
                continue
            break
        if t.text in {"(", ")", "--", "/", "|"}:
            break  # "BEIJING, May 5 (Xinhua) -- Foreign Minister ...": boilerplate, not a title
        if t.text == "," and i > floor and (field_comma(doc, i) or serial_comma(doc, t, runs)):
            i -= 1  # "Minister of Commerce, Industry and Investment Promotion X", "Vice President, Deputy ... and"
            continue
        if t.lower_ == "at" and any(doc[m].ent_type_ == "TITLE" for m in range(max(0, i - 4), i)) and i + 2 < end \
                and doc[i + 1].lower_ == "the" and doc[i + 2].lower_ in titles().org_heads:
            i -= 1  # "Minister of State at the Ministry of Foreign Affairs"
            continue
        if t.pos_ == "ADP" and t.text.islower() and t.lower_ in titles().modifiers and i + 1 < end \
                and doc[i + 1].text != "-" and not doc[i + 1].lower_.startswith("secretary"):
            break  # "the villages under Prime Minister X's plan": the sentence's word, not "Under Secretary"
        if t.ent_type_ in {"TITLE", "GPE", "NORP", "ORG", "GROUP"} or t.lower_ in allowed_lower or _bare_possessive(doc, i) \
                or t.lower_ in titles().modifiers or t.lower_ in _TENURE or (_is_cap(t) and not t.is_sent_start) \
                or t.lower_ in titles().domains or _lower_org_in_title(doc, t):
            if t.text in {",", ".", ";", ":"}:
                break
            i -= 1
            continue
        if t.lower_ == "elect" and i >= floor + 2 and doc[i - 1].text == "-" and doc[i - 2].ent_type_ == "TITLE":
            i -= 2  # "President-elect"
            continue
        if (judged := _epithet_ending(doc, i, floor)) is not None:
            i = judged  # "former center-left president X", "Venezuela's leftist President X"
            continue
        if (past := _lower_words(doc, i, end, floor)) is not None:
            i = past  # "Syria's military intelligence chief", "the deputy head of the interim government"
            continue
        break
    start = walked = i + 1
    # Trim the left edge to a valid starter.
    while start < end and not (doc[start].ent_type_ in {"TITLE", "NORP", "GPE", "ORG"}
                               or doc[start].lower_ in titles().modifiers or doc[start].lower_ in _TENURE
                               or doc[start].lower_ == "the"
                               or _domain_before_title(doc, start, end)
                               or start == walked and doc[start].lower_ in titles().domains
                               and start > 0 and doc[start - 1].lower_ in {"his", "her", "its"}):
        start += 1
    while start < end and doc[start].lower_ in {"the", "of", "and", "to", "in"}:
        start += 1
    if start + 3 < end and doc[start].lower_ in _STANCE and doc[start + 1].text == "-":
        start += 3  # "pro-Syrian President Emile Lahoud" serves Lebanon
    while start < end and doc[start].ent_type_ == "NORP" and start >= 2 and doc[start - 1].text == "-" \
            and doc[start - 2].lower_ in _STANCE:
        start += 1
    while end > start and doc[end - 1].lower_ in {"and", "of", "the"}:
        end -= 1
    if end - start >= 2 and doc[end - 1].lower_ in titles().honorifics and doc[end - 2].lower_ != "crown" \
            and any(doc[k].ent_type_ == "TITLE" for k in range(start, end - 1)):
        end -= 1  # "Minister of Interior Prince Abdulaziz": the style is not the position
    end = _without_rank(doc, start, end)
    if start >= end or not any(doc[k].ent_type_ == "TITLE" for k in range(start, end)):
        return None
    # "Minister of Foreign Affairs of Azerbaijan, Mr. X" -- unless the phrase is a name's apposition:
    # "A, Minister of Foreign Affairs of Azerbaijan, B, Minister of ... of Türkiye".
    of_state = not (start >= 2 and doc[start - 1].text == "," and start - 2 in runs) and any(
        doc[k].ent_type_ == "GPE" and doc[k - 1].lower_ in {"of", "the"} for k in range(start, end))
    if comma and strict_comma and not (of_state or any(doc[k].text in {"'s", "’s"} or doc[k].ent_type_ == "NORP"
                                                       or _bare_possessive(doc, k)
                          for k in range(start, end)) or (start > 0 and doc[start - 1].lower_ in {"the", "its"})
                      or walked > 0 and doc[walked - 1].lower_ in {"his", "her"}  # "his defense secretary, X,"
                      or floor > 0 and start == floor  # "ABUJA (NAN) -- Minister of Foreign Affairs, Amb. X,"
                      or doc[start].lower_ == "the" or _determined(doc, start, runs)
                      or _opens_sentence(doc, start, name)):
        return None
    if comma and strict_comma and fronted_object(doc, name, floor):
        return None  # "After meeting the president, Ali Reza said": the subject, not an apposition
    if comma and 0 < start - doc[start].sent.start <= 2 and all(
            t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.text[:1].isupper() and not t.ent_type_
            for t in doc[doc[start].sent.start:start]) and _opens_sentence(doc, start, name):
        start = doc[start].sent.start  # "Government spokesman, X says": the body's word opens the title
    # The last title token must be followed only by its complement.
    return start, end


def _bare_possessive(doc: Doc, k: int) -> bool:
    """The apostrophe of a state's name ending in s: "Seychelles' Minister for Fisheries, X,"."""
    return doc[k].text in {"'", "’"} and k > 0 and doc[k - 1].ent_type_ == "GPE" and doc[k - 1].lower_.endswith("s")


def _opens_sentence(doc: Doc, start: int, name: Span) -> bool:
    """'Interior Minister, X, said': a title phrase that opens the sentence, with the name after it
    closed by a comma, is the name's apposition (the subject's title), not the end of a list. The
    phrase may open with capitalised words of its body the walk did not take ("Government
    spokesman, X says", "Interior Ministry spokeswoman, X told"), and the name may go straight on
    to its verb, or its day and verb ("Foreign Ministry spokesman, X Tuesday called"): the name is
    then the sentence's subject, so the phrase before it is his title."""
    sent_start = doc[start].sent.start
    lead = doc[sent_start:start]
    if len(lead) > 3 or any(not (t.is_alpha and t.text[:1].isupper()) for t in lead) or name.end >= len(doc):
        return False
    if doc[name.end].text == ",":
        return True
    k = name.end + (doc[name.end].lower_ == "on")
    while k < len(doc) - 1 and doc[k].ent_type_ == "DATE":
        k += 1  # "X Tuesday called", "X on Monday said"
    return doc[k].pos_ in {"VERB", "AUX"} and doc[k].dep_ not in {"amod", "compound"}


def _determined(doc: Doc, start: int, runs: Set[int]) -> bool:
    """A title noun phrase that a determiner opens, in apposition before the name: the indefinite
    article ("A spokesman for the security forces, X,", "An adviser to the minister, X,") or a
    person's possessive ("President Y's chief adviser, X,", "Mr. Y's aide, X,"): the noun phrase
    is that person's description, not the end of a list or a clause."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ in {"a", "an"}:
        return True
    return before.text in {"'s", "’s", "'", "’"} and start >= 2 and start - 2 in runs


def _without_rank(doc: Doc, start: int, end: int) -> int:
    """Where a title phrase ends without the military rank written between a position and the name
    ("Chief of the General Staff of the Armed Forces General X", "Commander of the Navy Rear Admiral
    X"): a rank is no title when a position is given (GUIDE `officials`)."""
    ranks = titles().ranks
    k = end
    while k > start and doc[k - 1].ent_type_ == "TITLE":
        first = k - 1
        while first > start and doc[first].ent_iob_ == "I":
            first -= 1
        if doc[first:k].text.lower() not in ranks:
            break
        k = first
    if k == end or not any(doc[m].ent_type_ == "TITLE" and doc[m].lower_ not in ranks for m in range(start, k)):
        return end
    while k > start and doc[k - 1].lower_ in {"and", "-", ","}:
        k -= 1
    return k


def _bare_title(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` are a whole title written before a name, without an article: "President",
    "Iranian President", "Turkey's Foreign Minister", "UN Secretary-General". After "for", "to" or "of" such a title opens a
    person's own name ("an aide to Iranian President X", "the headquarters of President X"), so the
    noun before the preposition is not his title: an office named as a complement takes "the"
    ("Assistant to the President of Azerbaijan X", "Special Envoy of the President for ... X")."""
    if start >= end or doc[start].lower_ in {"the", "a", "an"}:
        return False
    lex = titles()
    return any(doc[k].ent_type_ == "TITLE" and doc[k].lower_ not in lex.domains for k in range(start, end)) and all(
        doc[k].ent_type_ in {"TITLE", "NORP", "GPE"} or doc[k].text in {"'s", "’s", "-"}
        or doc[k].ent_type_ == "ORG" and bool(doc[k].ent_id_)  # a listed organisation: "UN", "NATO"
        or doc[k].lower_ in lex.modifiers for k in range(start, end))


def _lower_words(doc: Doc, i: int, end: int, floor: int) -> int | None:
    """Where a title phrase's walk goes on past lower-case words ending at token ``i``: a qualifier
    between the state and the head ("Indian opposition leader", "Syria's military intelligence
    chief": the index of the state's word) or a complement of a head that ends the phrase ("the
    deputy head of the presidential administration": the index of the head). None when the words
    are of the sentence. ``end`` is where the phrase ends (the name or its comma)."""
    k = i
    while k >= floor and i - k < 4 and (doc[k].is_alpha and doc[k].text.islower() and doc[k].pos_ in _WORDY
                                        or doc[k].text == "-" and not doc[k].whitespace_) \
            and doc[k].ent_type_ != "TITLE" and doc[k].lower_ not in {"of", "for", "the", "and"} \
            and doc[k].lower_ not in titles().relational:  # "his Saudi counterpart Prince X"
        k -= 1
    if k == i or k < floor or doc[i + 1].text == "-":
        return None
    titled_after = any(t.ent_type_ == "TITLE" for t in doc[i + 1:end])
    anchor = doc[k]
    if i + 1 < len(doc) and (doc[i + 1].ent_type_ == "TITLE" or doc[i + 1].lower_ in titles().modifiers) and (
            anchor.ent_type_ in {"NORP", "GPE"} or anchor.text in {"'s", "’s"}):
        return k  # a qualifier right before the head, after the state's word
    while k >= floor and i - k < 7 and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and doc[k].ent_type_ not in {"TITLE", "PERSON"}:
        k -= 1  # "the head of the Abu Ghraib police station, X"
    m = k
    while m >= floor and k - m < 3 and doc[m].lower_ in {"the", "of", "for"}:
        m -= 1
    if m < k and m >= floor and doc[m + 1].lower_ in {"of", "for"} and doc[m].ent_type_ == "TITLE" \
            and not titled_after:  # not "chief of staff for U.N. Secretary-General Ban Ki-moon"
        return m  # the head of the complement
    return None


def _and_role(doc: Doc, name: Span) -> int | None:
    """Index of 'and' in 'German Chancellor and summit host Angela Merkel': a title, then a role
    in lower case that is no title of its own."""
    start = prefix_start(doc, name.start)
    for k in range(start - 1, max(0, start - 5) - 1, -1):
        t = doc[k]
        if t.lower_ == "and":
            return k if k < start - 1 and k > 0 and doc[k - 1].ent_type_ == "TITLE" else None
        if not (t.is_alpha and t.text.islower()) or t.ent_type_ == "TITLE":
            return None
    return None


def _domain_before_title(doc: Doc, i: int, end: int) -> bool:
    """'Economy Minister', 'Defence Minister', 'Foreign Affairs Minister': a domain that opens the title."""
    j = i
    while j < end and doc[j].lower_ in titles().domains or (j > i and doc[j].lower_ == "affairs"):
        j += 1
    return j > i and j < end and doc[j].ent_type_ == "TITLE" and doc[i].text[:1].isupper()



def _lower_org_in_title(doc: Doc, t: Token) -> bool:
    """'Vietnam's foreign ministry spokesperson', 'Georgia's parliament speaker'."""
    if t.lower_ not in titles().org_heads or not t.text.islower() or t.i == 0:
        return False
    prev = doc[t.i - 1]
    return prev.text in {"'s", "’s"} or prev.lower_ in titles().domains or prev.ent_type_ in {"GPE", "NORP"}




def title_for(doc: Doc, name: Span, runs: Set[int], floor: int = 0) -> TitleInfo | None:
    """The person's title: left of the name, else in apposition; a position beats a rank or honorific.
    A post of a company, club, party or movement is no title (``roles.private_post``).

    ``runs`` are the token indices of the document's person names (a set: one look-up a token,
    not a scan of every name, which made a long document's people quadratic in cost): a title
    phrase does not run into another person, nor left of token ``floor`` into the dateline
    ("BUENOS AIRES, 17 Jul (Wire) - Foreign Minister X").
    """
    info = _title_for(doc, name, runs, floor)
    if info is None or not info.title or info.start >= info.end:
        return info
    phrase = doc.char_span(info.start, info.end, alignment_mode="expand")
    if phrase is not None and private_post(doc, phrase.start, phrase.end):
        return TitleInfo(title=None, country=None, organization=None, sector=None,
                         start=info.start, end=info.end, private=True)
    return info


def _title_for(doc: Doc, name: Span, runs: Set[int], floor: int) -> TitleInfo | None:
    lex = titles()
    info = None
    left = _phrase_left(doc, name, runs, floor=floor) or determined_left(doc, name, runs, floor)
    if left is None and (joint := _and_role(doc, name)) is not None:
        left = _phrase_left(doc, doc[joint:joint], runs, floor=floor)  # "Chancellor and summit host X"
    if left is not None:
        info = parse_title(doc, *left)
        title = (info.title or "").lower()
        if (title in lex.ranks or title in _STYLE_TITLES) and left[0] >= 2 and doc[left[0] - 1].text == ",":
            # "Chief of the State Border Service of Azerbaijan, Colonel General Elchin Guliyev"
            earlier = _phrase_left(doc, doc[left[0]:left[0]], runs, strict_comma=False, floor=floor)
            if earlier is not None:
                position = parse_title(doc, *earlier)
                if position.title:
                    return position
        if title in lex.ranks or title in _STYLE_TITLES:  # "General X, chairman of ...", "Ambassador X, Minister of State"
            right = phrase_right(doc, name, runs)
            if right is not None:
                position = parse_title(doc, *right)
                if position.title and position.head is not None and position.title.lower() not in lex.ranks:
                    position.country = position.country or info.country
                    return position
                info.country = info.country or position.country
        if title in lex.honorifics:
            right = phrase_right(doc, name, runs)
            if right is not None:
                better = parse_title(doc, *right)
                if better.title:
                    return better
            if left[0] >= 2 and doc[left[0] - 1].text == ",":  # "the Emir of Qatar, Sheikh Tamim ..."
                earlier = _phrase_left(doc, doc[left[0]:left[0]], runs, strict_comma=False, floor=floor)
                if earlier is not None:
                    position = parse_title(doc, *earlier)
                    if position.title:
                        return position
    if info is None or not info.title:
        right = phrase_right(doc, name, runs)
        if right is not None:
            info = parse_title(doc, *right)
    if info is None or not info.title:
        inside = org_title_around(doc, prefix_start(doc, name.start), name.end)
        if inside is not None:  # "UN High Commissioner for Refugees Filippo Grandi"
            head = titles().head(inside.title.split()[0]) or titles().head(" ".join(inside.title.split()[:2]))
            info = TitleInfo(title=inside.title, country=inside.country, organization=inside.organization,
                             sector=head.sector if head else None, start=inside.start, end=inside.end)
    if info is None or not info.title:
        told = predicate_title(doc, name)  # "X, who serves as Turkey's trade minister"
        if told is not None:
            info = parse_title(doc, *told)
    return info

