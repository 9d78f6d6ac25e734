"""People, titles, organisations, countries and groups: the actors of a document.

Reads the spaCy Doc (with the gazetteer ruler's GPE/NORP/GROUP/ORG/TITLE entities and the
NER's PERSON entities) and builds one ActorDraft per entity, with every mention.

Titles are composed as ``[country adjective] [modifiers] HEAD [complement] NAME`` on the
left of a name, or in apposition (``NAME, [the] [adj] TITLE [of X],`` and
``X's TITLE, NAME,``). The title is stored without the country; the country comes from
the adjective, a possessive, an ``of <Country>`` complement or the organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.extract.boilerplate import is_outlet
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.institutions import institution_of, parliament_country
from dateline.extract.names import clean_name, name_key
from dateline.extract.places import country_code, lookup_group, lookup_org, org_entries
from dateline.extract.titles import titles

__all__ = ["TitleInfo", "run_people"]

_NAME_STOP = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with", "by", "his", "her",
              "its", "their", "mr", "mrs", "ms", "dr", "said", "says", "told"}
_HONORIFIC_CUES = re.compile(r"\b(grave|memory|tomb|monument|late|legacy|named after|memorial|"
                             r"bust|mausoleum|founder|great leader|national leader|honor|honour)\b",
                             re.I)
_HONORIFIC_PREFIX = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e.", "sheikh"}


_PERSON_RUNS: dict[int, list[Span]] = {}
# Words that may stand inside a title phrase but are not part of the title.
_PASSING = {"visiting", "new", "outgoing", "incoming", "newly", "appointed", "elected", "re-elected",
            "current", "incumbent", "then", "ex", "longtime", "long-time", "veteran"}
_INFORMAL = {"fm", "top diplomat", "chief diplomat", "premier", "pm"}


@dataclass
class TitleInfo:
    title: str | None
    country: str | None
    organization: str | None
    sector: str | None
    start: int  # char span of the title phrase
    end: int
    head: str | None = None


def _is_cap(tok: Token) -> bool:
    return bool(tok.text[:1].isupper()) or tok.text in {"al-", "bin", "ibn", "de", "van", "von"}


def _ent_label(tok: Token) -> str:
    return tok.ent_type_ or ""


def _title_tokens(doc: Doc) -> set[int]:
    return {t.i for t in doc if t.ent_type_ == "TITLE"}


def _looks_like_name_token(tok: Token) -> bool:
    if not tok.text[:1].isupper() or tok.is_punct and tok.text not in {"-", "'"}:
        return False
    if tok.lower_ in _NAME_STOP or tok.ent_type_ in {"TITLE", "GPE", "NORP", "GROUP", "DATE", "CARDINAL",
                                                       "ORDINAL", "TIME", "MONEY", "PERCENT"}:
        return False
    if tok.lower_ in titles().modifiers or tok.lower_ in titles().heads:
        return False
    if is_outlet(tok.text):
        return False
    return tok.pos_ in {"PROPN", "NOUN", "ADJ", "X", "VERB"} or tok.is_title


def _name_spans(doc: Doc) -> list[Span]:
    """Name spans: capitalised runs right after a title, plus the NER's PERSON entities (trimmed)."""
    spans: list[Span] = []
    taken: set[int] = set()
    for tok in doc:
        if tok.ent_type_ != "TITLE" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "TITLE"):
            continue
        j = _skip_complement(doc, tok.i + 1)
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text[:1].isupper() \
                and doc[j + 1].ent_type_ not in {"TITLE", "GPE", "NORP", "DATE"}:
            j += 1  # "Kazakhstan's Foreign Minister, Murat Nurtleu,"
        k = j
        while k < len(doc) and k - j < 7 and k not in taken and (
                _looks_like_name_token(doc[k]) or _name_joiner(doc, k, j)):
            k += 1
        while k > j and doc[k - 1].text in {"-", "[", "]"}:
            k -= 1
        if k > j:
            run = doc[j:k]
            if _plausible_name(run):
                spans.append(run)
                taken.update(range(j, k))
    # A name right before an appositive title: "Edgars Rinkevics, the President of Latvia,".
    for tok in doc:
        if tok.text != "," or tok.i < 2:
            continue
        j = tok.i + 1
        while j < len(doc) and (doc[j].lower_ in {"the", "a"} or doc[j].ent_type_ in {"NORP"}):
            j += 1
        if j >= len(doc) or doc[j].ent_type_ != "TITLE":
            continue
        k = tok.i
        while k - 1 >= 0 and tok.i - (k - 1) <= 4 and doc[k - 1].pos_ == "PROPN" and \
                _looks_like_name_token(doc[k - 1]) and (k - 1) not in taken:
            k -= 1
        if tok.i - k >= 2 and not any(doc[m].ent_type_ in {"GPE", "NORP"} or doc[m].ent_id_
                                      for m in range(k, tok.i)):
            run = doc[k:tok.i]
            if _plausible_name(run):
                spans.append(run)
                taken.update(range(k, tok.i))
    # "attended by Murat Nurtleu of Kazakhstan, Jeenbek Kulubaev of Kyrgyzstan and ...".
    for tok in doc:
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
        if tok.i - k >= 2 and (before is None or before.text in {",", "and", "by", "with", ":"}) \
                and not any(doc[m].ent_id_ for m in range(k, tok.i)):
            run = doc[k:tok.i]
            if _plausible_name(run):
                spans.append(run)
                taken.update(range(k, tok.i))
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        start, end = ent.start, ent.end
        while start < end and (doc[start].ent_type_ in {"TITLE", "GPE", "NORP"}
                               or doc[start].lower_ in titles().modifiers
                               or doc[start].lower_ in titles().heads
                               or doc[start].lower_ in _HONORIFIC_PREFIX
                               or doc[start].lower_ in {"the", "a", "an"}):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s"}):
            end -= 1
        if end - start == 0 or is_outlet(doc[start:end].text) or not _plausible_name(doc[start:end]):
            continue
        # Extend over a hyphenated surname the NER cut ("Amir-Abdollahian").
        while end < len(doc) and end - start < 5:
            if end + 2 < len(doc) and doc[end].lower_ in _PARTICLES and doc[end + 1].text == "-" \
                    and doc[end + 2].text[:1].isupper():
                end += 3  # "al-Maliki"
            elif end + 1 < len(doc) and (doc[end].text == "-" or doc[end].lower_ in _PARTICLES) \
                    and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ not in {"GPE", "TITLE", "ORG"}:
                end += 2
            elif doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].ent_type_ in {
                    "", "PERSON"} and _looks_like_name_token(doc[end]) and end not in taken:
                end += 1
            else:
                break
        spans.append(doc[start:end])
        taken.update(range(start, end))
    spans.sort(key=lambda s: s.start)
    return spans


_PARTICLES = {"bin", "ibn", "bint", "al", "el", "ul", "de", "da", "van", "von", "der", "dos", "du", "la"}


def _name_joiner(doc: Doc, k: int, start: int) -> bool:
    """Hyphens, particles and brackets inside a name: 'Amir-Abdollahian', 'Faisal bin Farhan'."""
    t = doc[k]
    if t.lower_ in _PARTICLES and k > start and k + 1 < len(doc) and (
            doc[k + 1].text[:1].isupper() or doc[k + 1].text == "-"):
        return True
    if t.text == "-" and k > start and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
        return True
    return t.text in {"[", "]"}


_NOT_NAMES = {"meeting", "conference", "forum", "session", "summit", "assembly", "council", "committee",
              "office", "ministry", "delegation", "visit", "talks", "agreement", "memorandum", "programme",
              "program", "declaration", "statement", "protocol", "republic", "state", "states", "day",
              "week", "year", "month", "government", "cabinet", "side", "sides", "general", "staff",
              "ministers", "leaders", "presidents", "heads", "prosecutors", "policy", "affairs"}


def _plausible_name(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    if any(t.lower_ in _NOT_NAMES for t in words):
        return False
    if len(words) == 1 and (words[0].pos_ != "PROPN" or words[0].lower_ in titles().org_heads):
        return False
    return not any(t.lower_ in titles().org_heads for t in span)


def _skip_complement(doc: Doc, i: int) -> int:
    """Index after a title's complement ('of the Investigative Committee', 'of Kazakhstan')."""
    org_heads = titles().org_heads
    while i < len(doc) and doc[i].lower_ in {"of", "for", "to"}:
        j = i + 1
        last_close = None
        k = j
        while k < len(doc) and k - j < 12:
            t = doc[k]
            ours = t.ent_type_ in {"GPE", "TITLE", "NORP", "GROUP"} or (t.ent_type_ == "ORG" and t.ent_id_)
            if t.lower_ in {"the", "of", "and", "'s", "’s", "-", "for"} or ours:
                if t.ent_type_ in {"GPE", "ORG", "GROUP"} or t.lower_ in org_heads:
                    last_close = k
                k += 1
                continue
            if t.text[:1].isupper() and (t.lower_ in org_heads or t.lower_ in titles().domains):
                last_close = k
                k += 1
                continue
            if t.text[:1].isupper() and k + 1 < len(doc) and any(
                    doc[m].lower_ in org_heads for m in range(k + 1, min(k + 5, len(doc)))):
                k += 1
                continue
            break
        if last_close is None:
            return i
        i = last_close + 1
        if i < len(doc) and doc[i].text in {"'s", "’s"}:
            i += 1
    return i


def _phrase_left(doc: Doc, name: Span, *, strict_comma: bool = True) -> tuple[int, int] | None:
    """Token range of a title phrase ending just before ``name`` (or before 'name' + comma)."""
    end = name.start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1  # "Kazakhstan's Foreign Minister, Murat Nurtleu,"
        comma = True
    else:
        comma = False
    i = end - 1
    allowed_lower = {"of", "the", "and", "for", "to", "'s", "’s", "-", "in", *_PASSING}
    while i >= 0 and end - i <= 24:
        t = doc[i]
        if any(t.i in range(sp.start, sp.end) for sp in _PERSON_RUNS.get(id(doc), [])):
            break
        if t.lower_ == "and" and not _title_conjunction(doc, t):
            break  # "Vice Prime Minister and Labor Party leader", "Fatah and Prime Minister"
        if t.ent_type_ in {"TITLE", "GPE", "NORP", "ORG", "GROUP"} or t.lower_ in allowed_lower \
                or t.lower_ in titles().modifiers or (_is_cap(t) and not t.is_sent_start) \
                or t.lower_ in titles().domains:
            if t.text in {",", ".", ";", ":"}:
                break
            i -= 1
            continue
        break
    start = i + 1
    # Trim the left edge to a valid starter.
    while start < end and not (doc[start].ent_type_ in {"TITLE", "NORP", "GPE", "ORG"}
                               or doc[start].lower_ in titles().modifiers
                               or doc[start].lower_ == "the"):
        start += 1
    while start < end and doc[start].lower_ in {"the", "of", "and", "to", "in"}:
        start += 1
    while end > start and doc[end - 1].lower_ in {"and", "of", "the"}:
        end -= 1
    if start >= end or not any(doc[k].ent_type_ == "TITLE" for k in range(start, end)):
        return None
    if comma and strict_comma and not (any(doc[k].text in {"'s", "’s"} or doc[k].ent_type_ == "NORP"
                          for k in range(start, end)) or (start > 0 and doc[start - 1].lower_ == "the")
                      or doc[start].lower_ == "the"):
        return None
    # The last title token must be followed only by its complement.
    return start, end


def _title_conjunction(doc: Doc, tok: Token) -> bool:
    """'and' joining two parts of one title: 'Deputy Prime Minister and Minister of Foreign Affairs'."""
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    title_like = {"TITLE"}
    before_ok = before.ent_type_ in title_like or before.lower_ in titles().org_heads \
        or before.lower_ in titles().domains
    after_ok = after.ent_type_ in title_like or after.lower_ in titles().modifiers \
        or after.lower_ in titles().domains or (after.text[:1].isupper() and before.lower_ in titles().domains)
    if before.text[:1].isupper() and after.text[:1].isupper() and before.ent_type_ not in {"GPE", "NORP"} \
            and after.ent_type_ not in {"GPE", "NORP"} and not any(
                m in range(sp.start, sp.end) for sp in _PERSON_RUNS.get(id(doc), []) for m in (before.i, after.i)):
        return True  # "Minister of Roads and Urban Development"
    return before_ok and after_ok


def _phrase_right(doc: Doc, name: Span) -> tuple[int, int] | None:
    """Token range of an appositive title after ``name``: 'NAME, [the] Title [of X],'."""
    i = name.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    k = j
    while k < len(doc) and k - j < 18:
        t = doc[k]
        if t.text in {",", ".", ";", ":", "(", ")"} or t.pos_ in {"VERB", "AUX"} and t.ent_type_ != "TITLE":
            break
        if t.lower_ in {"who", "which", "that"}:
            return None
        if any(t.i in range(sp.start, sp.end) for sp in _PERSON_RUNS.get(id(doc), [])):
            return None  # "Sergei Lavrov, Ukraine's President Viktor Yushchenko": another person's title
        if t.lower_ == "and" and any(doc[m].ent_type_ == "TITLE" for m in range(j, k)) \
                and not _title_conjunction(doc, t):
            break
        k += 1
    if k == j or not any(doc[m].ent_type_ == "TITLE" for m in range(j, k)):
        return None
    start = j
    while start < k and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    # The apposition must start with its title (or an adjective/modifier before it).
    first = doc[start]
    if not (first.ent_type_ in {"TITLE", "NORP", "GPE", "ORG"} or first.lower_ in titles().modifiers):
        return None
    return start, k


def _title_for(doc: Doc, name: Span) -> TitleInfo | None:
    """The person's title: left of the name, else in apposition; a position beats a rank or honorific."""
    lex = titles()
    info = None
    left = _phrase_left(doc, name)
    if left is not None:
        info = _parse_title(doc, *left)
        title = (info.title or "").lower()
        if title in lex.ranks and left[0] >= 2 and doc[left[0] - 1].text == ",":
            # "Chief of the State Border Service of Azerbaijan, Colonel General Elchin Guliyev"
            earlier = _phrase_left(doc, doc[left[0]:left[0]], strict_comma=False)
            if earlier is not None:
                position = _parse_title(doc, *earlier)
                if position.title:
                    return position
        if title in lex.ranks and not info.country:
            right = _phrase_right(doc, name)
            if right is not None:
                position = _parse_title(doc, *right)
                info.country = position.country
        if title in lex.honorifics:
            right = _phrase_right(doc, name)
            if right is not None:
                better = _parse_title(doc, *right)
                if better.title:
                    return better
            if left[0] >= 2 and doc[left[0] - 1].text == ",":  # "the Emir of Qatar, Sheikh Tamim ..."
                earlier = _phrase_left(doc, doc[left[0]:left[0]], strict_comma=False)
                if earlier is not None:
                    position = _parse_title(doc, *earlier)
                    if position.title:
                        return position
    if info is None or not info.title:
        right = _phrase_right(doc, name)
        if right is not None:
            info = _parse_title(doc, *right)
    return info


def _parse_title(doc: Doc, start: int, end: int) -> TitleInfo:
    """Split a title phrase into title (without country), country, organisation."""
    lex = titles()
    country = None
    organization = None
    tokens = list(doc[start:end])
    keep: list[Token] = []
    idx = 0
    # Leading country adjective / possessive country ("Azerbaijani", "the United Arab Emirates'").
    while idx < len(tokens):
        t = tokens[idx]
        if t.ent_type_ in {"NORP", "GPE"} and t.ent_iob_ == "B":
            ent_end = idx + 1
            while ent_end < len(tokens) and tokens[ent_end].ent_iob_ == "I":
                ent_end += 1
            possessive = ent_end < len(tokens) and tokens[ent_end].text in {"'s", "’s", "'", "’"}
            if t.ent_type_ == "NORP" or possessive:
                code = t.ent_id_ or country_code(" ".join(x.text for x in tokens[idx:ent_end]))
                country = country or code
                idx = ent_end + (1 if possessive else 0)
                continue
        if t.lower_ == "the":
            idx += 1
            continue
        if t.ent_type_ == "ORG" and t.ent_id_ and idx + 1 < len(tokens) and tokens[idx + 1].ent_type_ == "TITLE":
            org = _org_by_acronym(t.ent_id_)
            if org is not None:
                organization, country = org.name, country or org.acronym
            idx += 1
            continue
        break
    keep = tokens[idx:]
    # A country adjective after a modifier: "former U.S. president", "Deputy Russian Foreign Minister".
    first_title = next((n for n, t in enumerate(keep) if t.ent_type_ == "TITLE"), None)
    if first_title is not None:
        inner = [t for t in keep[:first_title] if t.ent_type_ in {"NORP", "GPE"}]
        if inner:
            country = country or inner[0].ent_id_ or country_code(inner[0].text)
            drop = {t.i for t in inner}
            for t in keep[:first_title]:
                if t.text in {"'s", "’s"} and t.i - 1 in drop:
                    drop.add(t.i)
            keep = [t for t in keep if t.i not in drop]
    # Trailing "of <Country>" / "to <Country>" segments ("of Kazakhstan to Azerbaijan").
    text_tokens = keep
    cut = len(text_tokens)
    host = None
    while True:
        seg = None
        for m in range(cut - 1, -1, -1):
            if text_tokens[m].lower_ in {"of", "to"}:
                seg = m
                break
        if seg is None or seg + 1 >= cut:
            break
        rest = [x for x in text_tokens[seg + 1:cut] if x.lower_ != "the"]
        if not rest or not all(x.ent_type_ == "GPE" or x.lower_ in {"republic", "of", "federation",
                                                                  "kingdom", "islamic", "state"}
                               for x in rest):
            break
        code = _country_of_phrase(rest)
        if code is None:
            break
        if text_tokens[seg].lower_ == "to":
            host = code
        else:
            country = country or code
        cut = seg
    # Trailing "of the <IGO>": the organisation, not part of the title.
    for m in range(cut):
        if text_tokens[m].lower_ == "of":
            rest = [x for x in text_tokens[m + 1:cut] if x.lower_ != "the"]
            if rest and all(x.ent_type_ == "ORG" and x.ent_id_ for x in rest):
                org = _org_by_acronym(rest[0].ent_id_)
                if org is not None and org.kind in {"igo", "association"} and len({x.ent_id_ for x in rest}) == 1:
                    organization, country = org.name, country or org.acronym
                    cut = m
                    break
    title_tokens = [t for t in text_tokens[:cut] if t.lower_ not in _PASSING - {"then", "ex"}]
    deduped: list[Token] = []
    for t in title_tokens:  # "Chinese President President Hu Jintao"
        if deduped and t.lower_ == deduped[-1].lower_ and t.is_alpha:
            continue
        deduped.append(t)
    title_tokens = deduped
    title_text = _join(title_tokens)
    # Organisation named inside the complement.
    for t in title_tokens:
        if t.ent_type_ == "ORG" and t.ent_id_:
            org = lookup_org(t.ent_id_) or next((o for o in org_entries() if o.acronym == t.ent_id_), None)
            if org is not None:
                organization = org.name
                country = country or org.acronym
                break
    inst = institution_of(title_text)
    if inst and not organization:
        organization = inst
    parl = parliament_country(title_text)
    if parl and not country:
        country = parl
    head = None
    for t in title_tokens:
        if t.ent_type_ == "TITLE" and t.ent_id_:
            head = t.ent_id_
    head_info = lex.head(head) if head else None
    if head_info is None and head:
        head_info = next((h for h in lex.heads.values() if h.title == head), None)
    if not organization and head_info is not None and head_info.organization:
        organization = _implied_org(title_text, head_info.organization)
    if organization is None and " of " in f" {title_text} ":
        organization = _complement_org(title_text)
    title_text = _canonical_case(title_text)
    if country is None:
        lowered = title_text.lower()
        country = next((code for phrase, code in (titles().implied_country or {}).items()
                        if phrase in lowered), None)
    if title_text.lower() in _INFORMAL and head_info is not None:
        title_text = head_info.title
    sector = head_info.sector if head_info else None
    if host and head_info and head_info.title == "Ambassador" and "to " not in title_text:
        pass
    return TitleInfo(title=title_text or None, country=country, organization=organization,
                     sector=sector, start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1]),
                     head=head)


def _org_by_acronym(acronym: str):  # type: ignore[no-untyped-def]
    return next((o for o in org_entries() if o.acronym == acronym), None)


def _country_of_phrase(tokens: list[Token]) -> str | None:
    for t in tokens:
        if t.ent_type_ == "GPE" and t.ent_id_:
            return t.ent_id_
    text = " ".join(t.text for t in tokens)
    return country_code(text)


def _join(tokens: list[Token]) -> str:
    out = ""
    for t in tokens:
        out += t.text_with_ws
    return out.strip().rstrip(",").strip()


def _canonical_case(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip()
    return title[:1].upper() + title[1:] if title.islower() else title


def _implied_org(title_text: str, organization: str) -> str:
    lower = title_text.lower()
    if "minister" in lower:
        for variant, domain in titles().domains.items():
            if re.search(rf"\b{re.escape(variant)}\b", lower):
                return f"Ministry of {domain}"
        if organization == "Ministry of Foreign Affairs" or "foreign" in lower or "diplomat" in lower:
            return "Ministry of Foreign Affairs"
    return organization


def _complement_org(title_text: str) -> str | None:
    minister = re.search(r"\bMinister of (?:the )?([A-Z][\w'’\- ]+?)$", title_text)
    if minister:  # "Minister of Roads and Urban Development" -> its ministry
        return "Ministry of " + minister.group(1).strip()
    match = re.search(r"\bof (?:the )?([A-Z][\w'’\- ]+?)$", title_text)
    if not match:
        return None
    org = match.group(1).strip()
    if any(h in org.lower().split() for h in titles().org_heads) or "'s" in org:
        if re.match(r"(?i)(foreign|internal|home) affairs$", org):
            return "Ministry of " + org.title()
        if org.lower() in titles().domains:
            return "Ministry of " + titles().domains[org.lower()]
        return org
    return None


def _honorific(doc: Doc, name: Span) -> bool:
    sent = name.sent
    left = doc[max(sent.start, name.start - 6):name.start].text
    return bool(_HONORIFIC_CUES.search(left))


def _person_actor(state: DocState, name: str, key: str) -> ActorDraft | None:
    for actor in state.actors:
        if actor.kind == "person" and actor.key == key:
            return actor
    # "Kamran Aliyev" and a later "K. Aliyev" / "Aliyev Kamran"
    return None


def _add_person(state: DocState, doc: Doc, name: Span, info: TitleInfo | None) -> ActorDraft:
    text = clean_name(name.text)
    key = name_key(text)
    actor = _person_actor(state, text, key)
    if actor is None:
        actor = ActorDraft(id=state.new_actor_id(), kind="person", name=text, key=key)
        state.actors.append(actor)
    actor.add_mention(name.start_char, name.end_char)
    state.mentions.append(Mention(name.start_char, name.end_char, actor.id, "name"))
    if info is not None and info.title and (actor.title is None or not actor.explicit_title):
        actor.title = info.title
        actor.explicit_title = True
        actor.country = info.country or actor.country
        actor.organization = info.organization or actor.organization
        actor.sector = info.sector
        if info.title and _HONORIFIC_CUES.search(info.title):
            actor.role = "honorific"
        else:
            actor.role = "official"
    elif info is not None and not actor.country:
        actor.country = info.country
    if actor.role is None and _honorific(doc, name):
        actor.role = "honorific"
    return actor


def _its_organisation(state: DocState, doc: Doc, name: Span, info: TitleInfo, actor: ActorDraft) -> None:
    """'a delegation of the Islamic Development Bank led by its President X': X serves the bank."""
    start_tok = doc.char_span(info.start, info.end, alignment_mode="expand")
    if start_tok is None or start_tok.start == 0 or doc[start_tok.start - 1].lower_ != "its":
        return
    sent_start = name.sent.start
    for ent in reversed(list(doc[sent_start:start_tok.start].ents)):
        if ent.label_ == "ORG" and ent.ent_id_:
            org = _org_by_acronym(ent.ent_id_)
            if org is not None:
                actor.country = org.acronym
                actor.organization = actor.organization or org.name
                return


def _is_capital(text: str) -> bool:
    from dateline.extract.places import fold, name_index

    hit = name_index().get(fold(text))
    return hit is not None and hit[1] == "capital"


def _of_country_after(doc: Doc, name: Span) -> str | None:
    """'Murat Nurtleu of Kazakhstan' -> KAZ."""
    if name.end + 1 < len(doc) and doc[name.end].lower_ == "of" and doc[name.end + 1].ent_type_ == "GPE":
        nxt = doc[name.end + 1]
        if name.end + 2 >= len(doc) or doc[name.end + 2].ent_type_ != "GPE" or doc[name.end + 2].ent_iob_ == "B":
            return nxt.ent_id_ or country_code(nxt.text)
    return None


def _shared_title(state: DocState, name: Span) -> str | None:
    """'chaired by Kyrgyz Foreign Minister X and attended by Y of Azerbaijan, Z of Kazakhstan'."""
    sent = name.sent
    titled = [a for a in state.actors if a.kind == "person" and a.title and a.explicit_title
              and any(sent.start_char <= s < sent.end_char for s, _ in a.mentions)]
    titles_seen = {a.title for a in titled}
    return titles_seen.pop() if len(titles_seen) == 1 else None


def _plural_title(sent: Span) -> str | None:
    """'attended by the foreign ministers of ...': the singular title of a plural title noun."""
    for tok in sent:
        if tok.tag_ == "NNS" and tok.lemma_.lower() in titles().heads:
            prev = tok.doc[tok.i - 1] if tok.i > 0 else None
            phrase = (f"{prev.text} {tok.lemma_}" if prev is not None and prev.lower_ in titles().domains
                      else tok.lemma_)
            head = titles().head(phrase) or titles().head(tok.lemma_)
            if head is not None:
                return head.title if head.title != "Minister" else _canonical_case(phrase.title())
    return None


def _attach_surname(state: DocState, doc: Doc, name: Span) -> bool:
    """'Aliyev' after 'Kamran Aliyev': a mention of the known person (left to coref)."""
    key = name_key(name.text)
    return any(a.kind == "person" and len(a.name.split()) > 1 and (
        name_key(a.name.split()[-1]) == key
        or (len(name) > 1 and name_key(a.name).endswith(" " + key))
        or (len(name) == 1 and re.search(r"\s(?:bin|ibn|bint)\s", a.name) and name_key(a.name.split()[0]) == key)
        or (a.country in {"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "MNG"} and name_key(a.name.split()[0]) == key))
        for a in state.actors)


def _country_actor(state: DocState, code: str, name: str, start: int, end: int, kind: str) -> ActorDraft:
    for actor in state.actors:
        if actor.kind == "country" and actor.country == code:
            break
    else:
        from dateline.extract.places import country_name

        actor = ActorDraft(id=state.new_actor_id(), kind="country", name=country_name(code),
                           country=code, key=code)
        state.actors.append(actor)
    actor.add_mention(start, end)
    state.mentions.append(Mention(start, end, actor.id, kind))
    return actor


def _org_actor(state: DocState, name: str, acronym: str | None, country: str | None,
               start: int, end: int, members: list[str] | None = None) -> ActorDraft:
    key = acronym or name_key(name) + (f"|{country}" if country else "")
    for actor in state.actors:
        if actor.kind == "organization" and actor.key == key:
            break
    else:
        actor = ActorDraft(id=state.new_actor_id(), kind="organization", name=name,
                           acronym=acronym, country=country, key=key, members=members)
        state.actors.append(actor)
    actor.add_mention(start, end)
    state.mentions.append(Mention(start, end, actor.id, "org"))
    return actor


def _group_actor(state: DocState, ent: Span) -> ActorDraft | None:
    group = lookup_group(ent.text)
    if group is None:
        return None
    for actor in state.actors:
        if actor.kind == "group" and actor.key == group.key:
            break
    else:
        actor = ActorDraft(id=state.new_actor_id(), kind="group", name=group.name,
                           members=list(group.members), key=group.key)
        state.actors.append(actor)
    actor.add_mention(ent.start_char, ent.end_char)
    state.mentions.append(Mention(ent.start_char, ent.end_char, actor.id, "group"))
    return actor


def run_people(state: DocState) -> None:
    """Find persons with titles, countries, organisations and groups (assigns actors, mentions)."""
    doc = state.doc
    assert doc is not None
    skip_until = state.body_start if state.dateline else 0
    names = [n for n in _name_spans(doc) if n.start_char >= skip_until]
    _PERSON_RUNS[id(doc)] = names
    names.sort(key=lambda n: (len(n) <= 2 and n[0].lower_ in _PARTICLES, len(n) == 1, n.start))
    for name in names:
        if (len(name) == 1 or name[0].lower_ in _PARTICLES) and _attach_surname(state, doc, name):
            continue
        info = _title_for(doc, name)
        actor = _add_person(state, doc, name, info)
        if info is not None and info.title and not actor.country:
            _its_organisation(state, doc, name, info, actor)
        if not actor.country:
            actor.country = _of_country_after(doc, name)
            if actor.country and actor.title is None:
                plural = _plural_title(name.sent) or _shared_title(state, name)
                if plural:
                    actor.title, actor.role, actor.explicit_title = plural, "official", False
    for ent in doc.ents:
        if ent.start_char < skip_until and ent.label_ not in {"GPE", "NORP"}:
            continue
        if ent.label_ in {"GPE", "NORP"}:
            code = ent.ent_id_ or country_code(ent.text)
            if code and ent.label_ == "GPE" and _is_capital(ent.text) and ent.root.dep_ not in {
                    "nsubj", "nsubjpass", "poss", "conj", "agent"}:
                continue  # "in Astana" is a place; "Baku and Astana agreed" are the states
            if code and ent.start_char >= skip_until:
                _country_actor(state, code, ent.text, ent.start_char, ent.end_char,
                               "country" if ent.label_ == "GPE" else "demonym")
        elif ent.label_ == "GROUP":
            _group_actor(state, ent)
        elif ent.label_ == "ORG":
            _organization(state, doc, ent)
    _PERSON_RUNS.pop(id(doc), None)
    state.actors.sort(key=lambda a: a.first)
    for n, actor in enumerate(state.actors, start=1):
        old = actor.id
        actor.id = f"a{n}"
        for m in state.mentions:
            if m.actor_id == old:
                m.actor_id = f"tmp{n}"
    for m in state.mentions:
        if m.actor_id.startswith("tmp"):
            m.actor_id = "a" + m.actor_id[3:]


def _organization(state: DocState, doc: Doc, ent: Span) -> None:
    text = ent.text
    if any(m.start < ent.end_char and ent.start_char < m.end for m in state.mentions
           if m.kind == "name"):
        return  # a person's name the NER called an ORG
    if is_outlet(text) or len(text) < 2:
        return
    org = lookup_org(ent.ent_id_) if ent.ent_id_ else lookup_org(text)
    if org is not None:
        _org_actor(state, org.name, org.acronym, None, ent.start_char, ent.end_char,
                   list(org.members) or None)
        return
    name = re.sub(r"^(?i:the)\s+", "", text)
    name = re.sub(r"(?:\s+(?:of|the|and|for))+$", "", name)
    # Country from an adjective before or "of <Country>" after the organisation.
    country = None
    before = doc[max(0, ent.start - 2):ent.start]
    for t in before:
        if t.ent_type_ in {"NORP", "GPE"}:
            country = t.ent_id_ or country_code(t.text)
    after = doc[ent.end:min(len(doc), ent.end + 4)]
    if country is None and len(after) >= 2 and after[0].lower_ == "of":
        for t in after[1:]:
            if t.ent_type_ == "GPE":
                country = t.ent_id_ or country_code(t.text)
                break
    country = country or parliament_country(name)
    if not any(ch.isupper() for ch in name):
        return
    _org_actor(state, name, None, country, ent.start_char, ent.end_char)
