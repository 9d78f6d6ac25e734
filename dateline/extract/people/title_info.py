"""What a title phrase says: the title (without the country), the country, the organisation.

A phrase such as "Kazakhstan's First Deputy Foreign Minister" or "Head of the International
Legal Cooperation Department of the Prosecutor General's Office of Kazakhstan" is split into
``TitleInfo``: the country comes from a leading adjective or possessive, an adjective after a
modifier, an ``of <Country>`` complement, an owner ("chairman of Sudan's ...") or the
organisation; the organisation from an IGO in the phrase, an institution, the title head's
implied ministry or an ``of <Organisation>`` complement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.extract.institutions import institution_of, parliament_country
from dateline.extract.landmarks import lookup_landmark
from dateline.extract.name_spans import acronym_in_brackets
from dateline.extract.org_titles import official_code
from dateline.extract.people.split_titles import split_title
from dateline.extract.places import country_code, lookup_org, lookup_place, org_by_acronym
from dateline.extract.syntax import entity_at
from dateline.extract.title_brackets import gloss_end
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["PASSING", "TitleInfo", "canonical_case", "parse_title"]

_WORDS = load_lexicon("people_titles.yaml")
# Words that may stand inside a title phrase but are not part of the title.
PASSING = frozenset(_WORDS["passing"])
_PAST_WORDS = frozenset(_WORDS["past_qualifiers"])
_INFORMAL = frozenset(_WORDS["informal"])
_FORMAL_COUNTRY_WORDS = frozenset(_WORDS["formal_country_words"])
_STATE_NOUNS = frozenset(_WORDS["state_nouns"])
_COMPLEMENT_ORG_KINDS = frozenset(_WORDS["complement_org_kinds"])
_AFFAIRS_MINISTRY = re.compile(
    "(?i)(" + "|".join(map(re.escape, _WORDS["affairs_ministries"])) + ") affairs$")


# "then Prime Minister", "then-minister", "slain Foreign Minister": a post held before, written "former".
_PAST = re.compile(r"^(?i:" + "|".join(map(re.escape, _WORDS["past_qualifiers"])) + r")(?:\s*-\s*|\s+)(?=\w)")
_TWICE_FORMER = re.compile(r"^(former)\s+former\b", re.IGNORECASE)
# "the controversial deputy prime minister", "former center-left president": the writer's judgement,
# no part of the post (a tenure word before it stays).
_EPITHETS = re.compile(r"^(?P<past>(?i:former|ex|then|interim|acting|outgoing|incoming)\s+)?(?:(?i:" + "|".join(
    re.escape(w).replace("\\-", r"\s*-\s*") for w in sorted(_WORDS["epithets"], key=len, reverse=True))
    + r")\s+)+(?=\w)")


@dataclass
class TitleInfo:
    """A parsed title phrase: the title without the country, and what the phrase tells."""

    title: str | None
    country: str | None
    organization: str | None
    sector: str | None
    start: int  # char span of the title phrase
    end: int
    head: str | None = None
    private: bool = False  # a post of a company, club, party or movement (roles.py): no title


def parse_title(doc: Doc, start: int, end: int) -> TitleInfo:
    """Split a title phrase into title (without country), country, organisation."""
    lex = titles()
    if (split := split_title(doc, start, end)) is not None:  # "Top U.S. diplomat": the state inside the title
        return TitleInfo(*split, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    country = None
    organization = None
    brackets = {m for k in range(start, end) if acronym_in_brackets(doc, k) for m in (k, k + 1, k + 2)}
    brackets |= {m for k in range(start, end) if (close := gloss_end(doc, k)) is not None
                 for m in range(k, close + 1)}  # "(Jogorku Kenesh)": the body's other name
    tokens = [t for t in doc[start:end] if t.i not in brackets]
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
        after_org = _after_leading_org(tokens, idx)
        if after_org is not None:  # "UNICEF Executive Director", "the EU's High Representative"
            org = org_by_acronym(t.ent_id_)
            if org is not None:
                organization, country = org.name, country or official_code(org.acronym)
            idx = after_org
            continue
        break
    keep = _own_conjunct(_without_epithet(tokens[idx:]))
    # A country adjective after a modifier: "former U.S. president", "Deputy Russian Foreign Minister".
    first_title = next((n for n, t in enumerate(keep) if t.ent_type_ == "TITLE"), None)
    if first_title is not None:
        inner = [t for t in keep[:first_title] if t.ent_type_ in {"NORP", "GPE"}]
        if inner:
            country = country or inner[0].ent_id_ or country_code(inner[0].text)
            drop = {t.i for t in inner if not ((_local_head(keep[first_title]) or _seat_of_power(t))
                                               and t.ent_type_ == "GPE") and not _place_in_complement(t)}
            for t in keep[:first_title]:
                if t.text in {"'s", "’s"} and t.i - 1 in drop:
                    drop.add(t.i)
            keep = [t for t in keep if t.i not in drop]
    # Trailing "of <Country>" / "to <Country>" segments ("of Kazakhstan to Azerbaijan").
    text_tokens = keep
    cut = len(text_tokens)
    while True:
        seg = None
        for m in range(cut - 1, -1, -1):
            if text_tokens[m].lower_ in {"of", "to", "in"}:
                seg = m
                break
        if seg is None or seg + 1 >= cut:
            break
        rest = [x for x in text_tokens[seg + 1:cut] if x.lower_ != "the"]
        if rest and text_tokens[seg].lower_ == "to" and _one_igo(rest):
            cut = seg  # "Ambassador to the U.N.": the scope, not the state the envoy serves
            continue
        if text_tokens[seg].lower_ in {"to", "in"} and len(rest) == 1 and rest[0].lower_ in _STATE_NOUNS:
            cut = seg  # "Ambassador of Kenya to the Sultanate": the host, named by its kind of state
            continue
        if not rest or not all(x.ent_type_ == "GPE" or x.lower_ in _FORMAL_COUNTRY_WORDS for x in rest):
            break
        code = _country_of_phrase(rest)
        if code is None and text_tokens[seg].lower_ == "of":
            break
        if text_tokens[seg].lower_ == "of":  # "to <Country>", "in <Dubai>": the host, not the official's
            country = country or code
        cut = seg
    local = next((t for t in text_tokens[:cut] if t.ent_type_ == "TITLE"), None)
    if country is None and local is not None and _local_head(local) \
            and (city := _of_place(text_tokens[:cut])) is not None:
        country = city  # "Mayor of Istanbul", "Akim of Almaty": the city's state
    # Trailing "of the <IGO>": the organisation, not part of the title.
    for m in range(cut):
        if text_tokens[m].lower_ in {"of", "for"}:  # "lead mediator for the AU"
            rest = [x for x in text_tokens[m + 1:cut] if x.lower_ != "the"]
            while len(rest) > 1 and rest[0].ent_type_ != "ORG" and (rest[0].like_num or rest[0].text == "-"
                                                                  or rest[0].is_lower):
                rest = rest[1:]  # "head of the 57-member Organization of Islamic Cooperation"
            if rest and all(x.ent_type_ == "ORG" and x.ent_id_ for x in rest):
                org = org_by_acronym(rest[0].ent_id_)
                if org is not None and org.kind in _COMPLEMENT_ORG_KINDS and len({x.ent_id_ for x in rest}) == 1:
                    organization, country = org.name, country or official_code(org.acronym)
                    if not (org.parent and any(x.lower_ == "and" for x in text_tokens[:m])):  # "... and
                        cut = m  # Vice-President of the European Commission": the last post's body stays
                    break
    title_tokens = [t for t in text_tokens[:cut] if t.lower_ not in PASSING - _PAST_WORDS]
    deduped: list[Token] = []
    for t in title_tokens:  # "Chinese President President Hu Jintao"
        if deduped and t.lower_ == deduped[-1].lower_ and t.is_alpha:
            continue
        deduped.append(t)
    title_tokens = deduped
    # A demonym inside the complement: "head of the Russian Foreign Ministry" -> RUS.
    first_head = next((n for n, t in enumerate(title_tokens) if t.ent_type_ == "TITLE"), len(title_tokens))
    for n in range(first_head + 2, len(title_tokens) - 1):
        t, prev, nxt = title_tokens[n], title_tokens[n - 1], title_tokens[n + 1]
        if (t.ent_type_ == "NORP" or t.ent_type_ == "GPE" and nxt.ent_iob_ != "I") and t.ent_iob_ == "B" \
                and prev.lower_ == "the" and (nxt.lower_ in lex.org_heads
                or nxt.text[:1].isupper() and (nxt.lower_ in lex.domains
                                               or nxt.ent_type_ not in {"NORP", "GPE", "PERSON", "TITLE"} and nxt.is_alpha)):
            # "head of the Russian Foreign Ministry", "Chief of Staff of the Turkish Armed Forces",
            # "head of the U.S. Central Command"
            country = country or t.ent_id_ or country_code(t.text)
            title_tokens = title_tokens[:n] + title_tokens[n + 1:]
            break
    named, title_tokens = title_tokens, _without_igo_name(title_tokens)
    title_text = _join(title_tokens)
    owner = re.search(r"\b(?:of|for) ((?:the )?[A-Z][\w.\- ]*?)(?:'s|’s) (?=\w)", title_text)
    if owner and (code := country_code(owner.group(1))):  # "chairman of Sudan's Sovereignty Council"
        country = country or code
        title_text = title_text[:owner.start(1)] + "the " + title_text[owner.end():]
    # Organisation named inside the complement.
    for t in named:
        if t.ent_type_ == "ORG" and t.ent_id_:
            org = lookup_org(t.ent_id_) or org_by_acronym(t.ent_id_)
            if org is not None:
                organization = org.name
                country = country or official_code(org.acronym)
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
    title_text = _PAST.sub("former ", _EPITHETS.sub(r"\g<past>", canonical_case(title_text)))  # "then-minister"
    title_text = _TWICE_FORMER.sub(r"\1", title_text)  # "slain former Prime Minister": former once
    if country is None:
        lowered = title_text.lower()
        # ... but a bare "Secretary of State for Foreign Trade" is a minister of any state (the US
        # posts with a field have a modifier: "Assistant Secretary of State for African Affairs")
        country = next((code for phrase, code in (titles().implied_country or {}).items()
                        if phrase in lowered and not lowered.startswith(f"{phrase} for ")), None)
    if title_text.lower() in _INFORMAL and head_info is not None:
        title_text = head_info.title
    sector = head_info.sector if head_info else None
    return TitleInfo(title=title_text or None, country=country, organization=organization,
                     sector=sector, start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1]),
                     head=head)


def _of_place(tokens: list[Token]) -> str | None:
    """The state of the place ending a title ("of Istanbul"), from the gazetteer."""
    m = len(tokens)
    while m > 0 and tokens[m - 1].ent_type_ in {"GPE", "LOC"}:
        m -= 1
    if m == len(tokens) or m == 0 or tokens[m - 1].lower_ != "of":
        return None
    place = lookup_place(" ".join(t.text for t in tokens[m:]))
    return place.country if place is not None else None


def _igo_token(tok: Token) -> bool:
    org = org_by_acronym(tok.ent_id_) if tok.ent_type_ == "ORG" and tok.ent_id_ else None
    return org is not None and org.kind in _COMPLEMENT_ORG_KINDS


def _without_igo_name(tokens: list[Token]) -> list[Token]:
    """The title without the name of the organisation its holder serves (GUIDE `officials`), where
    it qualifies the post or a body: "former UN Secretary-General" -> "former Secretary-General",
    "President of the ECOWAS Commission" -> "President of the Commission" (the organisation is
    kept in ``organization`` and the country code)."""
    first = next((n for n, t in enumerate(tokens) if t.ent_type_ == "TITLE"), len(tokens))
    drop: set[int] = set()
    for n, t in enumerate(tokens):
        if not _igo_token(t) or t.i in drop:
            continue
        end = n
        while end < len(tokens) and tokens[end].ent_iob_ != "O" and tokens[end].ent_id_ == t.ent_id_ \
                and (end == n or tokens[end].ent_iob_ == "I"):
            end += 1
        nxt = tokens[end] if end < len(tokens) else None
        if nxt is not None and nxt.lower_ == "for" and n >= 2 and tokens[n - 1].lower_ == "the" \
                and tokens[n - 2].lower_ == "of" and n - 2 > first:  # "High Representative of the European
            drop.update(x.i for x in tokens[n - 2:end])  # Union for Foreign Affairs": the post's field follows
            continue
        if nxt is None or not nxt.text[:1].isupper():
            continue  # "of the OTS" at the end is the complement, read elsewhere
        before_head = end <= first  # "former UN Secretary-General", "EU Enlargement Commissioner"
        of_body = n > 0 and tokens[n - 1].lower_ == "the" and n > first  # "of the ECOWAS Commission"
        if before_head or of_body:
            drop.update(x.i for x in tokens[n:end])
    return [t for t in tokens if t.i not in drop]


def _local_head(tok: Token) -> bool:
    """A mayor's or governor's title keeps its city or province: "Moscow Mayor", "Texas Governor"
    (a place that is not the state's name is an institutional part, GUIDE `officials`)."""
    head = titles().head(tok.ent_id_ or tok.text)
    return head is not None and head.title == "Governor"


def _without_epithet(keep: list[Token]) -> list[Token]:
    """'Custodian of the Two Holy Mosques King': an 'X of the Y' epithet before the first title
    head, with no title, state, organisation or ministry word in it, is a style, not the title."""
    first = next((n for n, t in enumerate(keep) if t.ent_type_ == "TITLE"), None)
    if not first or not any(t.lower_ == "of" for t in keep[:first]):
        return keep
    lex = titles()
    if any(t.ent_type_ in {"TITLE", "ORG", "GPE", "NORP", "GROUP"} or t.lower_ in lex.modifiers
           or t.lower_ in lex.domains or t.lower_ in lex.org_heads for t in keep[:first]):
        return keep
    return keep[first:]


def _own_conjunct(keep: list[Token]) -> list[Token]:
    """The conjunct of the phrase that is a title: "Fatah and Prime Minister" (of "Abbas of Fatah and
    Prime Minister X"), "government and President" (of "a new Pakistani government and President X")
    give "Prime Minister" and "President". A left conjunct with a title, a ministry's domain or a
    modifier stays: "Deputy Prime Minister and Minister of Foreign Affairs", "Foreign and Defence
    Minister". The state's word before it has been read already (``parse_title``)."""
    lex = titles()
    for n, t in enumerate(keep):
        if t.lower_ != "and":
            continue
        left = keep[:n]
        if any(x.ent_type_ == "TITLE" or x.lower_ in lex.domains or x.lower_ in lex.modifiers for x in left):
            return keep
        rest = keep[n + 1:]
        return rest if any(x.ent_type_ == "TITLE" for x in rest) else keep
    return keep


def _seat_of_power(tok: Token) -> bool:
    """'White House spokesman', 'Kremlin aide': a seat of government (landmarks.yaml) names an
    institution, not the state, and stays in the title (its state is still the official's)."""
    ent = entity_at(tok.doc, tok.i)
    return ent is not None and lookup_landmark(ent.text.removeprefix("the ")) is not None


def _after_leading_org(tokens: list[Token], idx: int) -> int | None:
    """Index after an organisation that opens a title ('ECOWAS' in 'ECOWAS Commission President')."""
    t = tokens[idx]
    if t.ent_type_ != "ORG" or not t.ent_id_ or t.ent_iob_ != "B":
        return None
    end = idx + 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    if end < len(tokens) and tokens[end].text in {"'s", "’s", "'"}:
        end += 1
    look = tokens[end:end + 3]
    first = next((n for n, x in enumerate(look) if x.ent_type_ == "TITLE"), None)
    # "ECOWAS Commission President", "EU foreign policy chief": the post's body or field, then its head
    if first is None or not all(x.lower_ in titles().modifiers or x.lower_ in titles().org_heads
                                or x.is_alpha and x.text.islower() for x in look[:first]):
        return None
    return end


def _one_igo(tokens: list[Token]) -> bool:
    """The tokens are one intergovernmental organisation's name ("the U.N.", "the African Union")."""
    ids = {t.ent_id_ for t in tokens if t.text not in {".", "'s", "’s"}}
    return len(ids) == 1 and all(t.ent_type_ == "ORG" for t in tokens if t.text != ".") \
        and (org := org_by_acronym(next(iter(ids)))) is not None and org.kind == "igo"


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


def canonical_case(title: str) -> str:
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
        if _AFFAIRS_MINISTRY.match(org):
            return "Ministry of " + org.title()
        if org.lower() in titles().domains:
            return "Ministry of " + titles().domains[org.lower()]
        return org
    return None


def _place_in_complement(tok: Token) -> bool:
    """A place named in an "of" complement inside a chain of posts ("Deputy Ruler of Abu Dhabi and
    National Security Adviser"), not a country adjective before the title ("former U.S. president")."""
    if tok.ent_type_ != "GPE":
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return start > 0 and tok.doc[start - 1].lower_ == "of"

