"""The actors of a document: persons (with their titles), countries, organisations and groups.

Reads the spaCy Doc (with the gazetteer ruler's GPE/NORP/GROUP/ORG/TITLE entities and the
NER's PERSON entities) and builds one ActorDraft per entity, with every mention. A person's
title comes from ``phrases.title_for``; a bare surname joins the person already named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from dateline.extract.boilerplate import boilerplate_spans, is_outlet
from dateline.extract.document import ActorDraft, DocState
from dateline.extract.institutions import parliament_country
from dateline.extract.known import listed_family_name
from dateline.extract.misread_cities import cities_after_in
from dateline.extract.name_lists import list_title, listed_state
from dateline.extract.name_places import given_names_read_as_places
from dateline.extract.name_prefixes import prefix_start
from dateline.extract.name_spans import PARTICLES, name_spans, plural_head
from dateline.extract.names import family_name_first, patronymic_heads
from dateline.extract.org_titles import official_code
from dateline.extract.people.owners import owning_body
from dateline.extract.people.phrases import title_for
from dateline.extract.people.roster import NameMentions, Roster, SurnameKeys
from dateline.extract.people.sole_heads import sole_head_mentions
from dateline.extract.people.split_titles import split_variants
from dateline.extract.people.title_info import TitleInfo, canonical_case
from dateline.extract.places import (
    country_code,
    country_name,
    lookup_group,
    lookup_org,
    name_index,
    org_by_acronym,
)
from dateline.extract.syntax import doc_ents, span_ents
from dateline.extract.title_readings import titles_read_as_names
from dateline.extract.titles import titles
from dateline.gazetteer import clean_name, soft_fold, translit_key
from dateline.lexicons.loader import load_lexicon

__all__ = ["run_people"]

_HONORIFIC_CUES = re.compile(
    r"\b(" + "|".join(map(re.escape, load_lexicon("people_titles.yaml")["honorific_cues"])) + r")\b", re.I)
_FAMILY_NAME_FIRST = frozenset(load_lexicon("name_words.yaml")["family_name_first"])
_IGO_NOUNS = frozenset(load_lexicon("people_titles.yaml")["organisation_nouns"])
_OFFICIAL_NOUNS = frozenset(load_lexicon("event_words.yaml")["official_nouns"])  # "State Department officials"
_PAIR_HEADS = frozenset(load_lexicon("place_words.yaml")["capital_pair_heads"])  # "talks between Ankara and Baghdad"


def _honorific(doc: Doc, name: Span) -> bool:
    sent = name.sent
    left = doc[max(sent.start, name.start - 6):name.start].text
    return bool(_HONORIFIC_CUES.search(left))


def _person_actor(roster: Roster, key: str, info: TitleInfo | None) -> ActorDraft | None:
    """The person already named with this name; None for a namesake the title gives another state
    ("Saudi Arabia's King Abdullah" ... "Jordan's King Abdullah": two persons). A mention with no
    state of its own goes to the latest person of that name."""
    same = roster.persons_named(key)
    if info is not None and info.title and info.country:
        mine = [a for a in same if a.country == info.country or not (a.explicit_title and a.country)]
        return mine[0] if mine else None
    return same[-1] if same else None


def _add_person(roster: Roster, doc: Doc, name: Span, info: TitleInfo | None) -> ActorDraft:
    text = clean_name(name.text)
    key = translit_key(text)
    actor = _person_actor(roster, key, info)
    if actor is None:
        actor = roster.add(ActorDraft(id=roster.state.new_actor_id(), kind="person", name=text,
                                      key=key))
    roster.mention(actor, name.start_char, name.end_char, "name")
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
    elif info is not None and info.private and actor.title is None:
        actor.role = "other"  # "the firm's chief", "IOC president": a post outside the state
    elif info is not None and not actor.country:
        actor.country = info.country
    if actor.role is None and _honorific(doc, name):
        actor.role = "honorific"
    return actor


def _its_organisation(state: DocState, doc: Doc, name: Span, info: TitleInfo, actor: ActorDraft) -> None:
    """'a delegation of the Islamic Development Bank led by its President X': X serves the bank;
    'the organisation's spokesman, X' the intergovernmental organisation the story named last."""
    start_tok = doc.char_span(info.start, info.end, alignment_mode="expand")
    if start_tok is None or start_tok.start == 0:
        return
    k = start_tok.start
    if owning_body(state, doc, k, actor):  # "The bank's managing director X", "the embassy's counsellor Y"
        return
    if k >= 2 and doc[k - 1].text in {"'s", "’s"} and doc[k - 2].lower_ in _IGO_NOUNS:
        sent_start = 0  # "the organisation's spokesman, X": the organisation the story named before
    elif doc[k - 1].lower_ == "its":
        sent_start = name.sent.start
    else:
        return
    for ent in reversed(span_ents(doc[sent_start:start_tok.start])):
        if ent.label_ == "ORG" and ent.ent_id_:
            org = org_by_acronym(ent.ent_id_)
            if org is not None:
                actor.country = official_code(org.acronym)
                actor.organization = actor.organization or org.name
                return
        if ent.label_ == "ORG" and sent_start == name.sent.start and any(ent.root.lower_ == h for h in titles().org_heads):
            # "The Saudi Ministry of Investment said its minister, X, ...": the ministry's state.
            before = doc[max(sent_start, ent.start - 2):ent.start]
            code = next((t.ent_id_ or country_code(t.text) for t in before if t.ent_type_ in {"NORP", "GPE"}),
                        None)
            if code:
                actor.country = code
                actor.organization = actor.organization or ent.text.removeprefix("the ").strip()
            return


def _is_capital(text: str) -> bool:
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
    """'chaired by Kyrgyz Foreign Minister X and attended by Y of Azerbaijan, Z of Kazakhstan'.

    The persons named in the sentence are read from the mentions that start in it (each person's
    mention is in ``state.mentions`` too), not from every actor's mentions."""
    sent = name.sent
    named = (state.actor(m.actor_id) for m in state.mentions_starting(sent.start_char, sent.end_char))
    titles_seen = {a.title for a in named if a.kind == "person" and a.title and a.explicit_title}
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
                return head.title if head.title != "Minister" else canonical_case(phrase.title())
    return None


_INITIAL = re.compile(r"[A-Z][a-z]?\.")  # "S.", "Sh." ("Sh. Mirziyoyev", "M. Nurtleu")


def _initialed(name: Span) -> tuple[str, str] | None:
    """'Sh. Mirziyoyev' -> ('Sh', 'Mirziyoyev'): the initials and the surname of a name written
    with its given names' initials only."""
    lead = 0
    while lead < len(name) - 1 and _INITIAL.fullmatch(name[lead].text):
        lead += 1
    if lead == 0 or not name[lead].text[:1].isupper():
        return None
    return "".join(t.text.rstrip(".") for t in name[:lead]), name[lead:].text


def _attach_initialed(roster: Roster, name: Span) -> ActorDraft | None:
    """'Sh. Mirziyoyev' after 'Shavkat Mirziyoyev': the known person whose given name begins
    with the initial and whose surname is the one written."""
    split = _initialed(name)
    if split is None:
        return None
    initials, surname = split
    key = translit_key(surname)

    def matches(a: ActorDraft, keys: SurnameKeys) -> bool:
        return key in keys.lasts and a.name.split()[0].lower().startswith(initials[:2].lower())

    return roster.first_person(key, matches)


def _attach_surname(roster: Roster, name: Span) -> ActorDraft | None:
    """'Aliyev' after 'Kamran Aliyev', 'Lula' and 'Luiz Inacio Lula da Silva': the known person
    (the mention itself is left to coref)."""
    initialed = _attach_initialed(roster, name)
    if initialed is not None:
        return initialed
    key = translit_key(name.text)
    # a one-word person to the NER is the given name of a person named in three words or more
    given = len(name) == 1 and name[0].ent_type_ == "PERSON"
    family: list[bool] = []  # whether the surname is a listed family name: asked once, if at all

    def listed() -> bool:
        if not family:
            family.append(listed_family_name(name.text))
        return family[0]

    def matches(a: ActorDraft, keys: SurnameKeys) -> bool:
        return key in keys.lasts or (len(name) > 1 and keys.whole.endswith(" " + key)) \
            or (len(name) == 1 and key in keys.short) \
            or ((a.country in _FAMILY_NAME_FIRST or a.country is None and listed()
                 or family_name_first(a.name))
                and keys.first == key) \
            or (given and keys.first == key and len(a.name.split()) >= 2)  # "Samia" for Samia Suluhu Hassan, "Anwar"

    return roster.first_person(key, matches)


def _country_actor(roster: Roster, code: str, start: int, end: int, kind: str) -> ActorDraft:
    actor = roster.find("country", code)
    if actor is None:
        actor = roster.add(ActorDraft(id=roster.state.new_actor_id(), kind="country",
                                      name=country_name(code), country=code, key=code))
    return roster.mention(actor, start, end, kind)


def _org_actor(roster: Roster, name: str, acronym: str | None, country: str | None,
               start: int, end: int, members: list[str] | None = None) -> ActorDraft:
    key = acronym or translit_key(name) + (f"|{country}" if country else "")
    actor = roster.find("organization", key)
    if actor is None:
        actor = roster.add(ActorDraft(id=roster.state.new_actor_id(), kind="organization",
                                      name=name, acronym=acronym, country=country, key=key,
                                      members=members))
    return roster.mention(actor, start, end, "org")


def _group_actor(roster: Roster, ent: Span) -> ActorDraft | None:
    group = lookup_group(ent.text)
    if group is None:
        return None
    actor = roster.find("group", group.key)
    if actor is None:
        actor = roster.add(ActorDraft(id=roster.state.new_actor_id(), kind="group",
                                      name=group.name, members=list(group.members),
                                      key=group.key))
    return roster.mention(actor, ent.start_char, ent.end_char, "group")


def run_people(state: DocState) -> None:
    """Find persons with titles, countries, organisations and groups (assigns actors, mentions)."""
    doc = state.doc
    assert doc is not None
    skip_until = state.body_start if state.dateline else 0
    credits = boilerplate_spans(state.text)  # "By Nigar Abbasova, Staff writer", "Follow us on X": no official
    given_names_read_as_places(doc)  # "President Santiago Pena": a person, not Chile's capital
    cities_after_in(doc)  # "last met in Thessaloniki": a city the NER read as an organisation
    split_variants(doc)  # "Top U.S. diplomat X": the title's last word
    titles_read_as_names(doc)  # "Sheikh Tamim, Amir of the State of Qatar,": a title, not a person
    names = [n for n in name_spans(doc) if n.start_char >= skip_until
             and not any(s <= n.start_char < e for s, e in credits)]
    names.sort(key=lambda n: (len(n) <= 2 and n[0].lower_ in PARTICLES, len(n) == 1, n.start))
    floor = next((t.i for t in doc if t.idx >= skip_until), len(doc)) if skip_until else 0
    named = frozenset(i for n in names for i in range(n.start, n.end))
    roster = Roster(state)
    for name in names:
        info = title_for(doc, name, named, floor)
        if info is None or not (info.title or info.private):
            listed = list_title(doc, name)  # "MPs A, B and C", "Chile (A), Peru (B)"
            if listed is not None:
                info = TitleInfo(title=listed[0], country=listed[1], organization=None, sector=None,
                                 start=name.start_char, end=name.start_char)
        own = listed_state(doc, name)  # "Turkish, Azerbaijani and Georgian ministers A, B and C"
        if own is not None and info is not None and info.title and info.country != own:
            info = replace(info, country=own)
        styled = prefix_start(doc, name.start) < name.start and info is not None and info.title
        several = " " in name.text.strip() and name[0].lower_ not in PARTICLES  # "Díaz Zulueta said"
        known = (roster.patronymic(translit_key(name.text)) if len(name) >= 3 else None) \
            or (_attach_initialed(roster, name) if styled or several and info is not None and info.title
                else _attach_surname(roster, name))  # not "Mr. Singh, a minister without portfolio"
        if known is not None:
            if info is not None and info.title and not known.title:  # "President Lula ... Luiz Inacio ..."
                known.title, known.explicit_title, known.role = info.title, True, "official"
                known.country = known.country or info.country
                known.organization = known.organization or info.organization
                known.sector = info.sector
            if len(name) > 1 and " " not in name.text.strip():  # "Roed-Larsen": coref reads single tokens
                roster.mention(known, name.start_char, name.end_char, "surname")
            elif translit_key(name.text) in patronymic_heads(known.name):  # "Sheikh Abdullah bin Zayed": Al Nahyan
                roster.mention(known, name.start_char, name.end_char, "name")
            continue
        actor = _add_person(roster, doc, name, info)
        if info is not None and info.title and not actor.country:
            _its_organisation(state, doc, name, info, actor)
        if not actor.country:
            actor.country = _of_country_after(doc, name)
            if actor.country and actor.title is None and actor.role != "other":
                plural = _plural_title(name.sent) or _shared_title(state, name)
                if plural:
                    actor.title, actor.role, actor.explicit_title = plural, "official", False
    persons = NameMentions(state.mentions)  # the ORG entities below add no person's name
    for ent in doc_ents(doc):
        if ent.start_char < skip_until and ent.label_ not in {"GPE", "NORP"}:
            continue
        if ent.label_ in {"GPE", "NORP"}:
            code = ent.ent_id_ or country_code(ent.text)
            if code and ent.label_ == "GPE" and _is_capital(ent.text) and ent.root.dep_ not in {
                    "nsubj", "nsubjpass", "poss", "conj", "agent"} and not _officials_of(ent) and not _paired_sides(ent):
                continue  # "in Astana" is a place; "Baku and Astana agreed", "Kremlin officials" are the states
            if code and ent.start_char >= skip_until:
                _country_actor(roster, code, ent.start_char, ent.end_char,
                               "country" if ent.label_ == "GPE" else "demonym")
        elif ent.label_ == "GROUP" and not _inside_name(ent):
            _group_actor(roster, ent)
        elif ent.label_ == "ORG" and not persons.overlaps(ent.start_char, ent.end_char):
            _organization(roster, doc, ent)  # (one that overlaps is a name the NER called an ORG)
    for code, start, end in sole_head_mentions(doc, floor):
        _country_actor(roster, code, start, end, "demonym")  # "the pope arrived in Darwin": the Holy See
    state.actors.sort(key=lambda a: a.first)
    renumbered: dict[str, str] = {}
    for n, actor in enumerate(state.actors, start=1):
        renumbered.setdefault(actor.id, f"a{n}")
        actor.id = f"a{n}"
    for m in state.mentions:  # one pass over the mentions, not one per actor
        m.actor_id = renumbered.get(m.actor_id, m.actor_id)


def _inside_name(ent: Span) -> bool:
    """'the Arab Quartet Committee': a group's name with capitalised words of one longer name on both
    sides is a word of that name (a committee), not the group."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    return root.dep_ == "compound" and root.head.i == ent.end and root.head.text[:1].isupper() \
        and before is not None and before.text[:1].isupper() and before.pos_ == "PROPN" \
        and before.head.i in {root.i, root.head.i} and before.ent_type_ not in {"GPE", "GROUP"}


def _paired_sides(ent: Span) -> bool:
    """'the agreement reached last year between New Delhi and Washington', 'talks between Ankara and
    Baghdad': a capital paired by 'between' with another state's name, on a document, talks or relations
    (or the participle that concluded the document), is the first of two sides (not "flights between
    Moscow and Baku": a route); so is the first of the capitals a concluding participle's by-phrase names
    ("under a 1992 agreement signed by Moscow and Dushanbe": its makers)."""
    root = ent.root
    between = root.head
    paired = between.lower_ == "between" or between.dep_ == "agent"  # "a 1992 agreement signed by Moscow and Dushanbe"
    if root.dep_ != "pobj" or not paired or not any(c.ent_type_ == "GPE" for c in root.conjuncts):
        return False
    head = between.head  # "the agreement reached between A and B": the participle that concluded it
    return head.lemma_.lower() in _PAIR_HEADS or head.lower_ in _PAIR_HEADS


def _officials_of(ent: Span) -> bool:
    """'State Department officials', 'Kremlin officials', 'Ankara officials': a state's seat or national
    institution modifying plural officials stands for the state whose officials they are."""
    head = ent.root.head
    return ent.root.dep_ in {"compound", "nmod"} and head.tag_ == "NNS" and head.lemma_.lower() in _OFFICIAL_NOUNS


def _organization(roster: Roster, doc: Doc, ent: Span) -> None:
    text = ent.text
    if is_outlet(text) or len(text) < 2:
        return
    implied = (titles().implied_country or {}).get(re.sub(r"^(?i:the|u\.s\.)\s+", "", text).lower())
    if implied and _officials_of(ent):
        _country_actor(roster, implied, ent.start_char, ent.end_char, "demonym")  # "State Department officials"
    org = lookup_org(ent.ent_id_) if ent.ent_id_ else lookup_org(text)
    if org is not None:
        _org_actor(roster, org.name, org.acronym, None, ent.start_char, ent.end_char,
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
    _org_actor(roster, name, None, country, ent.start_char, ent.end_char)
