"""Which trigger cues of a sentence state an engagement: the rest are names, counts, terms.

``keep(cue, cues_in_sentence)`` drops a cue that another one of the sentence stands for ("the OIC Council of
Foreign Ministers session": the session), one that names no real engagement ("two weeks ago", "met business
leaders", "troops arrived") and one inside a signed document's terms ("a statement under which ... will meet")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from dateline.extract.events.act_cues import signing_ceremony
from dateline.extract.events.bilateral_bodies import mechanism_sitting
from dateline.extract.events.ceremonies import leader_ceremony
from dateline.extract.events.cues import Cue, body_holds_its, cues, noun_kind, referred_sitting
from dateline.extract.events.destinations import destination
from dateline.extract.events.documents import document_topic, is_document, keep_document
from dateline.extract.events.frame_words import (
    clause_between,
    frames_gathering,
    gathering_governor,
    name_after,
    name_left,
)
from dateline.extract.events.gathering_audiences import addressed_gathering
from dateline.extract.events.gathering_sittings import format_of_sitting
from dateline.extract.events.gathering_trips import to_gathering
from dateline.extract.events.geometry import own_clauses, states_officials
from dateline.extract.events.itinerary import other_stop
from dateline.extract.events.names import topic_named
from dateline.extract.events.non_engagements import other_sense
from dateline.extract.events.numbered_sessions import numbered_gathering
from dateline.extract.events.one_each import received_one_by_one
from dateline.extract.events.placed_occasions import placed_occasion, sitting_subject
from dateline.extract.events.relative_signings import clause_occasion
from dateline.extract.events.sidelines import set_beside
from dateline.extract.events.sides import (
    meets_non_officials,
    non_state_subject,
    process_mention,
    with_non_state_party,
)
from dateline.extract.events.words import alternation, word_list, word_set
from dateline.extract.syntax import ancestors, doc_text, governing_verb

__all__ = ["destination", "gathering_backref", "invitation_above", "keep"]


def keep(cue: Cue, cues_in_sent: list[Cue]) -> bool:
    tok = cue.token
    referred = [r for c in cues_in_sent if (r := referred_sitting(c)) is not None]  # "ahead of the meeting of X"
    kinds = {c.kind for c in cues_in_sent if referred_sitting(c) is None}
    agreed = tok.dep_ == "xcomp" and tok.head.lemma_ in word_set("agreeing_verbs")  # "spoke by phone and agreed to meet"
    if cue.kind == "meeting" and (any(r.i == tok.i for r in referred) or ("call" in kinds and not agreed or "multilateral"
            in kinds) and not any(c.kind == "multilateral" and set_beside(tok, c.token) for c in cues_in_sent)):
        return False  # not "met Y on the sidelines of the SCO Council meeting"; "agreed to meet" after a call stays
    if cue.kind == "gathering" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and any(
            c.kind == "multilateral" and c.token.i == tok.head.head.i for c in cues_in_sent):
        return False  # "the 49th meeting of the Conference of Heads of Government of X": the body meets
    if cue.kind in {"multilateral", "meeting"} and cue.via != "verb" and any(
            c.kind == "gathering" and c is not cue and abs(c.token.i - tok.i) <= 6
            and not (c.token.head.lower_ == "of" and c.token.head.head.i == tok.i)
            and (c.token.left_edge.i <= tok.i <= c.token.right_edge.i
                 or tok.left_edge.i <= c.token.i <= tok.right_edge.i)
            and _named_gathering(c.token) and not _counted(c.token) and format_of_sitting(c.token) is None
            for c in cues_in_sent):
        return False  # "the OIC Council of Foreign Ministers session": the session is the event (not "next week")
    if cue.kind == "gathering" and format_of_sitting(tok) is not None:
        return False  # "the Central Asia plus Japan Dialogue foreign ministers' meeting": the meeting is the event
    if cue.kind in {"multilateral", "meeting"} and cue.via == "verb" and any(
            c.kind == "gathering" and c.token.dep_ == "pobj" and c.token.head.lower_ == "for"
            and c.token.head.head.i == tok.i for c in cues_in_sent):
        return False  # "Leaders of the Group of Seven meet in Italy for a three-day summit": the summit
    if cue.kind == "meeting" and cue.via == "noun" and _inside_name(tok) and not mechanism_sitting(tok):
        return False  # "General Meeting" of a named gathering (not "the 6th round of Foreign Office Consultations")
    if cue.kind == "meeting" and (cue.via == "verb" and tok.lemma_.lower() == "meet" or cue.via == "noun") \
            and meets_non_officials(tok):
        return False  # "to meet business leaders", "met privately with journalists", "the meeting with reporters"
    if cue.kind == "meeting" and cue.via == "noun" and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in word_set("domestic_modifiers") for c in tok.children) \
            and not any(c.lower_ in word_set("shared_modifiers") or c.ent_type_ in {"NORP", "GPE"}
                        for c in tok.children):
        return False  # "will chair a Cabinet meeting", "a party meeting": a government with itself
    if cue.kind == "meeting" and non_state_subject(tok):
        return False  # "the opposition party has agreed to hold talks with the president"
    if cue.kind == "meeting" and with_non_state_party(tok):
        return False  # "talks with political parties", "peace talks with Islamists": not between states
    if cue.kind in {"meeting", "visit", "multilateral", "call"} and (_inside_document_clause(tok) or document_topic(tok)):
        return False  # "a statement under which coast guard officials will meet twice a year": its terms
    if other_sense(cue):
        return False  # "told television audiences", "signed on to the programme"
    if cue.kind == "call" and any(c.lower_ == "courtesy" for c in tok.children):
        return False  # "a courtesy call on the President" is a meeting
    if cue.kind == "gathering" and tok.dep_ == "appos" and any(
            c.kind in {"gathering", "meeting", "multilateral"} and c.token.i == tok.head.i for c in cues_in_sent):
        return False  # "COP29, the UN climate conference under way since Monday": one gathering
    if cue.kind == "gathering" and tok.dep_ != "conj" and any(
            c.kind == "gathering" and c.token.i != tok.i and c.token.left_edge.i <= tok.i <= c.token.right_edge.i
            and c.token.i < tok.i and c.token.lemma_.lower() not in word_set("occasion_parts") and not _counted(c.token)
            and not clause_between(
                c.token, tok) for c in cues_in_sent):  # (not "the X Summit, which is held alongside the Y Summit")
        return False  # "the 29th session of the Conference of the Parties (COP29)": one gathering, named whole
    if cue.kind == "gathering" and tok.lemma_.lower() in word_set("occasion_parts") and any(
            c.kind == "gathering" and c.token.i > tok.i and tok.left_edge.i <= c.token.i <= tok.right_edge.i
            for c in cues_in_sent):
        return False  # "the opening ceremony of Expo 2025": the expo is the gathering
    if cue.kind == "gathering" and signing_ceremony(tok):
        return False  # "the ceremony of signing a memorandum took place": the signing is the agreement
    if cue.kind == "gathering" and _alias_of_earlier(tok, cues_in_sent):
        return False  # "the 29th session of the Conference of the Parties ... (COP29)": one gathering
    if cue.kind == "gathering" and not _timed_occasion(tok) and not leader_ceremony(tok) and not (
            (_named_gathering(tok) or gathering_backref(tok) or _indefinite_occasion(tok) or placed_occasion(tok))
            and (_gathering_predicate(tok) or tok.lemma_.lower() in word_set("occasion_heads")
                 and _named_gathering(tok, of_phrase=False))):
        return False
    if cue.kind in {"multilateral", "meeting"} and cue.via == "noun" and process_mention(tok):
        return False  # "pursue the six-party talks", "return to the stalled talks": the process, no round
    if cue.kind == "call" and with_non_state_party(tok, ("with", "from"), own_words=True):
        return False  # "received a telephone call from a suspect"
    if cue.kind == "agreement" and not keep_document(cue, cues_in_sent):
        return False
    if cue.kind == "visit" and cue.via == "noun" and tok.lemma_.lower() in word_set("counted_visit_nouns") and not any(
            c.dep_ in {"amod", "compound", "nummod"} for c in tok.children):
        return False  # "during his stay in Vienna" refers back; "his two-day stay" tells one
    if cue.kind == "visit" and _non_visitor(tok):
        return False  # "troops arrived in ..."
    if cue.kind == "gathering" and (_counted(tok) or tok.dep_ == "compound" and (tok.head.ent_type_ == "TITLE" or tok.text.islower(
            ) and tok.head.lemma_.lower() not in cues().noun_keys)):  # "two weeks ago", "next week", "National Assembly
        return False  # president", "summit host Angela Merkel", "the conference room": the noun names something else
    if cue.kind == "visit" and cue.via == "verb" and tok.lemma_.lower() in word_set("going_verbs") \
            and not _official_goes(tok):
        return False  # "half of the exports go to China": no one travels
    if cue.kind == "visit" and cue.via == "verb" and tok.lemma_.lower() in cues().travel:  # not "to attend the summit"
        return not to_gathering(tok, cues_in_sent) and (destination(tok) is not None or any(  # "traveled to the region":
            p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and o.lemma_.lower() in word_set(
                "tour_regions") for o in p.children) for p in tok.children))  # a tour its talks tell (events/tours.py)
    if cue.kind == "visit" and (invitation_above(tok) or _invited_to_pay(tok)):
        return False  # "invited X to pay a visit": the invitation is the event
    if cue.kind == "meeting" and cue.via == "verb" and tok.lower_.startswith("co-chair"):
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in cues().chaired or c.lower_ in cues().chaired)
                   for c in tok.children)
    if cue.kind == "meeting" and cue.via == "verb" and tok.lemma_.lower() in word_set("greeting_verbs") and not any(
            c.dep_ == "dobj" and (c.ent_type_ in {"PERSON", "TITLE"} or c.lemma_.lower() in word_set("guest_nouns"))
            for c in tok.children):
        return False  # "welcomed the decision", "welcomed the Russian proposal": no one received
    if cue.kind == "meeting" and cue.via == "verb" and tok.lemma_.lower() in cues().require_object:
        return _receives_a_party(tok) or received_one_by_one(tok)  # "received credentials from the ambassadors"
    journeys = [c.token for c in cues_in_sent if c.kind == "visit" and c.via == "verb" and (
        c.token.lemma_.lower() not in cues().travel or destination(c.token) is not None)]
    if cue.kind == "visit" and cue.via == "noun" and journeys and not other_stop(tok, [destination(v) or next(
            (o for o in v.children if o.dep_ == "dobj" and o.ent_type_ in {"GPE", "LOC"}), None) for v in journeys]):
        return False  # "arrived ... on a working visit": the arrival is the trigger (a visit to another state is not)
    if cue.kind == "invitation" and cue.via == "noun" and any(
            c.kind == "invitation" and c.via == "verb" for c in cues_in_sent):
        return False
    return True


def _alias_of_earlier(tok: Token, cues_in_sent: list[Cue]) -> bool:
    """A parenthesised short name right after another gathering's words, no verb between them."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
        return False
    return any(c.kind == "gathering" and c.token.i < tok.i and not any(
        t.pos_ in {"VERB", "AUX"} for t in doc[c.token.i + 1:tok.i]) for c in cues_in_sent)


def _receives_a_party(tok: Token) -> bool:
    """'X received Y', 'X was received by Y' (not "The talks were hosted by X", "Baku will host the conference")."""
    meetings = word_set("meeting_nouns") | word_set("gathering_nouns")
    if any(c.dep_ in {"nsubjpass", "nsubj"} and c.lemma_.lower() in meetings for c in tok.children) or (
            tok.dep_ == "acl" and tok.head.lemma_.lower() in meetings):  # "The meetings, hosted by the Philippines,"
        return False  # "The talks were hosted by X": the talks are the event
    if any(c.dep_ == "agent" for c in tok.children):
        return True  # "X was received by Y"
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objs:  # "received on Wednesday the Minister of ...": the parser hangs it elsewhere
        objs = [r for right in tok.rights for r in right.subtree
                if r.ent_type_ in {"PERSON", "TITLE"} and r.i < tok.i + 12][:1]
    if any(o.lemma_.lower() in word_set("gathering_nouns") | word_set("meeting_nouns") for o in objs) or all(
            o.dep_ == "dobj" and o.lemma_.lower() in word_set("received_things") for o in objs):
        return False  # "Baku will host the conference", "received the Russian offer", "received threats": no guest
    return bool(objs) and any(
        o.ent_type_ in {"PERSON", "NORP", "GPE", "TITLE"} or o.lemma_ in word_set("guest_nouns")
        or any(x.ent_type_ in {"PERSON", "TITLE", "NORP"} for x in o.subtree) or states_officials(o)
        or o.pos_ == "PROPN" and any(t.ent_type_ == "TITLE" for t in o.doc[tok.i + 1:o.i])  # "received at X Palace
        for o in objs)  # in Riyadh today President of Senegal Bassirou Faye": a name the NER missed, after its title


def _official_goes(verb: Token) -> bool:
    """'He then went to Israel', 'the minister went to Jordan': a person or an official goes."""
    cur = verb
    while cur.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in cur.children):
        cur = cur.head  # "arrived in Cairo and then went to Amman"
    subjects = [c for c in cur.children if c.dep_ == "nsubj"]
    return any(s.ent_type_ in {"PERSON", "TITLE"} or s.pos_ == "PRON" and s.lower_ in {"he", "she", "they", "we"}
               or s.lemma_.lower() in word_set("official_nouns") or any(t.ent_type_ == "PERSON" for t in s.subtree)
               for s in subjects)


def _non_visitor(tok: Token) -> bool:
    return any(s.lemma_.lower() in cues().non_visitors
               for s in governing_verb(tok).children if s.dep_ in {"nsubj", "nsubjpass"})


def _counted(tok: Token) -> bool:
    """'two weeks ago', 'next week', 'three conferences': a time span or a count, not one gathering."""
    return tok.lemma_.lower() in word_set("time_units") and not _inside_name(tok) or any(  # not "Baku Energy Week"
        (c.like_num and c.tag_ == "CD" and c.ent_type_ != "ORDINAL" and not re.fullmatch(r"\d{4}", c.text))
        or c.lower_ in {"few", "several", "many", "numerous"}
        for c in tok.children if c.dep_ in {"nummod", "amod", "det", "quantmod"})


def _inside_document_clause(tok: Token) -> bool:
    """The trigger is in a clause that spells out a signed document's terms."""
    for cur in ancestors(tok, 6):
        if cur.dep_ in {"relcl", "acl"} and cur.lower_ not in word_set("setting_prepositions") \
                and not clause_occasion(tok, cur):
            # "a deal under which X will meet" (not "signed during the visit", "following talks")
            for head in ancestors(cur.head, 4):
                if is_document(head) and (head.lemma_.lower() not in word_set("generic_documents")
                                          or noun_kind(head) == "agreement"):
                    return True  # not "announced plans to visit Riyadh": plans, not a signed plan
                if head.dep_ not in {"pobj", "prep", "compound", "appos"}:
                    break
    return False


def _invited_to_pay(tok: Token) -> bool:
    """'a letter inviting the Emir, ..., to pay an official visit' however the parser attaches it."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in word_set("paying_verbs") or not any(
            c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    return any(t.lemma_.lower() == "invite" for t in tok.doc[max(tok.sent.start, verb.i - 30):verb.i])


def invitation_above(tok: Token) -> bool:
    """'invited X to visit': an invitation word above the trigger, within its coordination."""
    for cur in ancestors(tok, 4):
        if cur.lemma_.lower() in word_set("invitation_words") and cur.i != tok.i:
            return True
        if cur.dep_ == "conj":
            return False  # "X invited Y, and the two agreed that the visit would take place on ..."
    return False


def _inside_name(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_sent_start and any(
        c.text[:1].isupper() for c in tok.children if c.dep_ in {"compound", "amod"})


@cache
def _held_after() -> re.Pattern[str]:
    """'the ... session to be held in Yaounde', 'the forum, which was opened ...'."""
    return re.compile(rf"^\W*(?:(?:{alternation(word_list('held_auxiliaries'))}|,? which (?:will be|was|is))\s+)?"
                      rf"(?:{alternation(word_list('held_words'))})\b")


def _gathering_predicate(tok: Token) -> bool:
    """A gathering is held, hosted, scheduled or attended - not merely named."""
    predicates = word_set("gathering_predicates")
    if any(c.lemma_.lower() in predicates for c in own_clauses(tok)):
        return True  # "the summit (of the African Union), which Kazakhstan will host on July 3-4"
    after = doc_text(tok.doc)[tok.idx + len(tok):tok.idx + len(tok) + 40]
    if _held_after().match(after):
        return True  # "the ... session to be held in Yaounde"
    if frames_gathering(gathering_governor(tok)) and tok.head.lower_ != "from":
        return True  # "preparations for the summit", "the holding of the 29th session" (not "a delegation from")
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
            tok.head.head.lemma_.lower() in cues().travel | word_set("journey_words") | word_set("convening_verbs")):
        return True  # "en route to Chile for the APEC summit", "left for the summit", "are meeting in Berlin for a conference"
    if name_after(tok):
        return True  # "at this week's Group of Eight summit" (however the parser splits the name)
    if tok.dep_ == "pobj" and (tok.head.lower_ in word_set("gathering_prepositions") or (
            tok.head.lower_ in word_set("named_gathering_prepositions") and _named_gathering(tok))):
        return True  # "at the Informal Summit of the OTS in Shusha", "ahead of the summit"
    if _named_occasion(tok):
        return True  # "the 29th session of ...", "COP31", "the 2000 Ibero-American summit"
    if addressed_gathering(tok):
        return True  # "X told the U.N. General Assembly that ...", "a speech to the Assembly" (not "a news conference")
    if _under_way(tok) or sitting_subject(tok):  # (or 'a UN conference in Rome discussed ...')
        return True  # "the ASEAN Regional Forum is under way in Vientiane"
    for cur in ancestors(tok, 4):
        if cur.lemma_.lower() in predicates:
            return True
        if cur.i != tok.i and cur.pos_ in {"VERB", "AUX"}:
            return False  # "start promoting it to Congress": the nearest verb is not the gathering's
        if cur.dep_ in {"nsubj", "nsubjpass"} and (cur.head.lemma_.lower() in predicates | {"be"}
                                                   or cur.head.lower_ in predicates):
            return cur.head.lemma_.lower() != "be" or any(
                c.dep_ in {"acomp", "attr", "xcomp"} and c.lemma_.lower() in word_set("scheduled_adjectives")
                for c in cur.head.children)
    return False


def _named_occasion(tok: Token) -> bool:
    """A gathering whose name counts it: an ordinal or a year ('the 14th summit', 'the 2026 forum'),
    or a numbered acronym ('COP31'): an occasion, never a standing body."""
    if numbered_gathering(tok.text):
        return tok.dep_ != "compound" or tok.head.lemma_.lower() in word_set("gathering_nouns")
    mods = [c for c in tok.children if c.dep_ in {"amod", "nummod", "compound", "nmod"}]
    if any(re.fullmatch(r"(?:19|20)\d{2}", c.text) or c.lower_ in word_set("prospective_modifiers") and tok.text.istitle()
           for c in mods):
        return True  # "the 2000 Ibero-American summit", "the upcoming Eurasian Economic Forum"
    return any(c.ent_type_ == "ORDINAL" for c in mods) and (  # "the 14th summit of the CPLP", "the 16th BRICS summit"
        any(c.text[:1].isupper() and c.ent_type_ != "ORDINAL" for c in mods) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.text[:1].isupper() for g in c.subtree if g.i != c.i)
            for c in tok.children) or body_holds_its(tok))  # (not "the first session" of a conference)


def _under_way(tok: Token) -> bool:
    """'the forum is under way', 'the summit is ongoing': told as running now."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    words = word_set("running_words")
    return any(c.lower_ in words or (c.dep_ == "prep" and c.lower_ == "under" and any(
        g.lower_ == "way" for g in c.children)) for c in verb.children if c.dep_ in {"acomp", "advmod", "prep", "attr"})


def _indefinite_occasion(tok: Token) -> bool:
    """'a summit hosted by X in Tripoli', 'next month's summit between X and Y': a summit is always an
    occasion, named or not (told by an article or by its day)."""
    return tok.lemma_.lower() in word_set("occasion_heads") and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} or c.dep_ == "poss" and (c.ent_type_ == "DATE" or c.lower_ in {
            "its", "their"}) for c in tok.children)  # "host its summit in Turkistan": the body's own summit


def _timed_occasion(tok: Token) -> bool:
    """'a two-day international conference on Islam', 'a three-day regional forum': a gathering
    told with its length is one occasion, however the clause goes on."""
    if tok.lemma_.lower() not in word_set("gathering_nouns") or not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return False
    doc = tok.doc
    words = doc[tok.left_edge.i:tok.i].text.lower()
    return re.search(r"\b(?:\w+|\d+)\s*-\s*(?:day|week)\b|\b(?:day|week)-long\b", words) is not None


def gathering_backref(tok: Token) -> bool:
    """'The two-day conference', 'the forum': told before (not 'the fourth tripartite summit')."""
    if not tok.text.islower() or tok.lemma_.lower() not in word_set("gathering_nouns"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return False
    return not any(c.text[:1].isupper() or c.ent_type_ in {"ORG", "GPE", "NORP", "ORDINAL"} or c.lower_ in word_set(
        "another_occasion_words") for m in tok.children if m.dep_ in {"amod", "compound", "nmod"} for c in m.subtree) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _named_gathering(tok: Token, of_phrase: bool = True) -> bool:
    """Named by its own words: capitalised, modified by a name, a number or a naming adjective, or
    (with ``of_phrase``) 'the summit of the OTS'."""
    if tok.text[:1].isupper() and not tok.is_sent_start or numbered_gathering(tok.text):
        return True  # "COP29 opened in Baku": a numbered session is named wherever it stands
    if name_left(tok) < tok.i - 1 or body_holds_its(tok, pairs=True):
        return True  # "the Group of Eight summit", parsed as "Group of (Eight summit)"; "X holds its 5th session"
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nummod"}
            or (c.dep_ == "npadvmod" or c.dep_ == "nmod" and not any(p.dep_ == "poss" for p in tok.children))
            and c.ent_type_ not in {"DATE", "TIME"}] + [  # "the G20 (nmod) economic summit", not "the summit's X session"
                g for c in tok.children if c.dep_ == "poss" and c.tag_ in {
                "NNS", "NNPS"} for g in c.children if g.dep_ in {"compound", "nmod", "amod"}]  # "the Mekong-Lancang leaders' summit"
    mods += [g for m in mods if m.dep_ == "amod" for g in m.children if g.dep_ == "amod"]  # "the fourth tripartite summit"
    if not any(m.lower_ in word_set("non_gathering_modifiers") for m in mods) and any(  # not "an annual press conference"
            m.text[:1].isupper() or m.like_num and m.ent_type_ != "ORDINAL" or m.ent_type_ in {"DATE", "ORG", "GPE", "NORP"}
            or m.ent_type_ == "ORDINAL" and tok.lemma_.lower() not in word_set("gathering_parts")
            or m.lower_ in word_set("gathering_modifiers")
            for m in mods):
        return True  # "the first session" alone is a part of a conference, not one of its own
    return topic_named(tok, mods) or of_phrase and any(c.dep_ == "prep" and c.lower_ == "of" and any(  # "a donor conference"
        g.ent_type_ in {"ORG", "GROUP"} or g.text[:1].isupper() for g in c.subtree if g.i != c.i)
        for c in tok.children)
