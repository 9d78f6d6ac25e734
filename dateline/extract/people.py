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
from dateline.extract.name_prefixes import prefix_start
from dateline.extract.name_spans import PARTICLES, acronym_in_brackets, name_spans, plural_head
from dateline.extract.names import short_forms
from dateline.extract.org_titles import official_code, org_title_around
from dateline.extract.places import country_code, lookup_group, lookup_org, org_entries
from dateline.extract.titles import titles
from dateline.gazetteer import clean_name, soft_fold, translit_key

__all__ = ["TitleInfo", "run_people"]

_HONORIFIC_CUES = re.compile(r"\b(grave|memory|tomb|monument|late|legacy|named after|memorial|"
                             r"bust|mausoleum|founder|great leader|national leader|honor|honour)\b",
                             re.I)


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


def _phrase_left(doc: Doc, name: Span, *, strict_comma: bool = True) -> tuple[int, int] | None:
    """Token range of a title phrase ending just before ``name`` (or before 'name' + comma)."""
    end = prefix_start(doc, name.start)  # "Foreign Minister Datuk Seri Mohamad Hasan"
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
        if i >= 3 and t.text == ")" and acronym_in_brackets(doc, i - 2) and doc[i - 1].text.isupper() \
                and (doc[i - 3].lower_ in titles().org_heads or doc[i - 3].ent_type_ == "ORG"):
            i -= 3
            continue
        if t.lower_ == "and" and not _title_conjunction(doc, t):
            break  # "Vice Prime Minister and Labor Party leader", "Fatah and Prime Minister"
        if t.lower_ == "at" and any(doc[m].ent_type_ == "TITLE" for m in range(max(0, i - 4), i)) and i + 2 < end \
                and doc[i + 1].lower_ == "the" and doc[i + 2].lower_ in titles().org_heads:
            i -= 1  # "Minister of State at the Ministry of Foreign Affairs"
            continue
        if t.ent_type_ in {"TITLE", "GPE", "NORP", "ORG", "GROUP"} or t.lower_ in allowed_lower \
                or t.lower_ in titles().modifiers or (_is_cap(t) and not t.is_sent_start) \
                or t.lower_ in titles().domains or _lower_org_in_title(doc, t):
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
                          for k in range(start, end)) or (start > 0 and doc[start - 1].lower_ in {"the", "its"})
                      or doc[start].lower_ == "the"):
        return None
    # The last title token must be followed only by its complement.
    return start, end


def _lower_org_in_title(doc: Doc, t: Token) -> bool:
    """'Vietnam's foreign ministry spokesperson', 'Georgia's parliament speaker'."""
    if t.lower_ not in titles().org_heads or not t.text.islower() or t.i == 0:
        return False
    prev = doc[t.i - 1]
    return prev.text in {"'s", "’s"} or prev.lower_ in titles().domains or prev.ent_type_ in {"GPE", "NORP"}


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
        if title in lex.ranks:  # "General Osman Idris, chairman of Sudan's Sovereignty Council,"
            right = _phrase_right(doc, name)
            if right is not None:
                position = _parse_title(doc, *right)
                if position.title and position.head is not None and position.title.lower() not in lex.ranks:
                    position.country = position.country or info.country
                    return position
                info.country = info.country or position.country
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
    if info is None or not info.title:
        inside = org_title_around(doc, prefix_start(doc, name.start), name.end)
        if inside is not None:  # "UN High Commissioner for Refugees Filippo Grandi"
            head = titles().head(inside.title.split()[0]) or titles().head(" ".join(inside.title.split()[:2]))
            info = TitleInfo(title=inside.title, country=inside.country, organization=inside.organization,
                             sector=head.sector if head else None, start=inside.start, end=inside.end)
    return info


def _parse_title(doc: Doc, start: int, end: int) -> TitleInfo:
    """Split a title phrase into title (without country), country, organisation."""
    lex = titles()
    country = None
    organization = None
    brackets = {m for k in range(start, end) if acronym_in_brackets(doc, k) for m in (k, k + 1, k + 2)}
    tokens = [t for t in doc[start:end] if t.i not in brackets]
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
        after_org = _after_leading_org(tokens, idx)
        if after_org is not None:  # "UNICEF Executive Director", "the EU's High Representative"
            org = _org_by_acronym(t.ent_id_)
            if org is not None:
                organization, country = org.name, country or official_code(org.acronym)
            idx = after_org
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
                if org is not None and org.kind in {"igo", "association", "agency"} and len({x.ent_id_ for x in rest}) == 1:
                    organization, country = org.name, country or official_code(org.acronym)
                    cut = m
                    break
    title_tokens = [t for t in text_tokens[:cut] if t.lower_ not in _PASSING - {"then", "ex"}]
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
        if t.ent_type_ == "NORP" and t.ent_iob_ == "B" and prev.lower_ == "the" and nxt.text[:1].isupper() \
                and (nxt.lower_ in lex.org_heads or nxt.lower_ in lex.domains):
            country = country or t.ent_id_ or country_code(t.text)
            title_tokens = title_tokens[:n] + title_tokens[n + 1:]
            break
    title_text = _join(title_tokens)
    owner = re.search(r"\b(?:of|for) ((?:the )?[A-Z][\w.\- ]*?)(?:'s|’s) (?=\w)", title_text)
    if owner and (code := country_code(owner.group(1))):  # "chairman of Sudan's Sovereignty Council"
        country = country or code
        title_text = title_text[:owner.start(1)] + "the " + title_text[owner.end():]
    # Organisation named inside the complement.
    for t in title_tokens:
        if t.ent_type_ == "ORG" and t.ent_id_:
            org = lookup_org(t.ent_id_) or next((o for o in org_entries() if o.acronym == t.ent_id_), None)
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
    if first is None or not all(x.lower_ in titles().modifiers or x.lower_ in titles().org_heads
                                for x in look[:first]):
        return None
    return end


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
    key = translit_key(text)
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
                actor.country = official_code(org.acronym)
                actor.organization = actor.organization or org.name
                return
        if ent.label_ == "ORG" and any(ent.root.lower_ == h for h in titles().org_heads):
            # "The Saudi Ministry of Investment said its minister, X, ...": the ministry's state.
            before = doc[max(sent_start, ent.start - 2):ent.start]
            code = next((t.ent_id_ or country_code(t.text) for t in before if t.ent_type_ in {"NORP", "GPE"}),
                        None)
            if code:
                actor.country = code
                actor.organization = actor.organization or ent.text.removeprefix("the ").strip()
            return


def _is_capital(text: str) -> bool:
    from dateline.extract.places import name_index

    hit = name_index().get(soft_fold(text))
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
        if (tok.tag_ == "NNS" and tok.lemma_.lower() in titles().heads) or plural_head(tok):
            prev = tok.doc[tok.i - 1] if tok.i > 0 else None
            single = tok.text[:-1] if plural_head(tok) else tok.lemma_
            phrase = (f"{prev.text} {single}" if prev is not None and prev.lower_ in titles().domains
                      else single)
            head = titles().head(phrase) or titles().head(single)
            if head is not None:
                return head.title if head.title != "Minister" else _canonical_case(phrase.title())
    return None


def _attach_surname(state: DocState, doc: Doc, name: Span) -> ActorDraft | None:
    """'Aliyev' after 'Kamran Aliyev', 'Lula' and 'Luiz Inacio Lula da Silva': the known person
    (the mention itself is left to coref)."""
    key = translit_key(name.text)
    for a in state.actors:
        if a.kind != "person" or len(a.name.split()) < 2:
            continue
        if translit_key(a.name.split()[-1]) == key or (len(name) > 1 and translit_key(a.name).endswith(" " + key)) \
                or (len(name) == 1 and key in short_forms(a.name)) \
                or (a.country in {"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "MNG"}
                    and translit_key(a.name.split()[0]) == key):
            return a
    return None


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
    key = acronym or translit_key(name) + (f"|{country}" if country else "")
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
    names = [n for n in name_spans(doc) if n.start_char >= skip_until]
    _PERSON_RUNS[id(doc)] = names
    names.sort(key=lambda n: (len(n) <= 2 and n[0].lower_ in PARTICLES, len(n) == 1, n.start))
    for name in names:
        info = _title_for(doc, name)
        styled = prefix_start(doc, name.start) < name.start and info is not None and info.title
        known = None if styled or not (len(name) == 1 or name[0].lower_ in PARTICLES) \
            else _attach_surname(state, doc, name)  # not "Mr. Singh, a minister without portfolio"
        if known is not None:
            if info is not None and info.title and not known.title:  # "President Lula ... Luiz Inacio ..."
                known.title, known.explicit_title, known.role = info.title, True, "official"
                known.country = known.country or info.country
                known.organization = known.organization or info.organization
                known.sector = info.sector
            continue
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
