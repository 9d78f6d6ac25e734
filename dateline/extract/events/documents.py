"""Which document words state an agreement between the parties: signed, adopted or agreed
documents, the final texts of a meeting, and older agreements cited by their date.

- "signed a memorandum", "the signed deal", "the signing of the agreement", "signed the Protocol
  setting out ..." (however the parser hangs the document), "agreed on the outlines of a deal";
- "the final communique of the summit", "a final declaration": the texts a meeting adopts;
- "the 2001 Agreement on Combating Smuggling (March 3, 2001)", "the 1998 peace accord": an
  agreement cited with its date is one that was concluded;
- "the agreement by India and Pakistan to open the border": a definite document its by-phrase
  says two or more states made;
- not a company's deal ("Boeing signed a deal with Japan Airlines").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.act_cues import signing_ceremony
from dateline.extract.events.aimed_documents import aimed_at
from dateline.extract.events.cited_documents import dated, definite_pair, held_under, named_pair
from dateline.extract.events.cues import Cue, cues
from dateline.extract.events.document_clauses import concluded_after
from dateline.extract.events.generic_documents import any_such, generic_plural, power_to_sign
from dateline.extract.events.joint_texts import framed_by_makers, issued_together
from dateline.extract.events.relative_signings import raised_signing, signed_along, to_be_signed
from dateline.extract.events.settlements import concluded_words, intergovernmental, with_non_state
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors

__all__ = ["concluded_itself", "concluded_words", "document_topic", "document_words", "is_document", "keep_document",
           "named_between", "phrase_head", "signed_participle", "signed_with_state", "signs_a_document", "to_be_signed"]

def document_words() -> frozenset[str]:
    """The words of a document between states ('agreement', 'memorandum', 'documents', 'MoU')."""
    return word_set("document_nouns") | word_set("document_objects")


def is_document(tok: Token) -> bool:
    documents = document_words()
    return tok.lemma_.lower() in documents or tok.lower_ in documents


def document_topic(tok: Token) -> bool:
    """'a memorandum on political consultations', 'a plan of consultations': talks a document is
    about, bare (not "the Protocol of the seventeenth meeting", a sitting told by its document)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"on", "of", "for"} or any(
            c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ == "ORDINAL" for c in tok.children):
        return False
    head = tok.head.head  # "a plan of consultations"; "a memorandum of understanding on consultations"
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and not is_document(head):
        head = head.head.head
    return head.pos_ in {"NOUN", "PROPN"} and is_document(head)


def signed_participle(tok: Token) -> bool:
    """'Under the agreement signed in Ankara on Monday, X will supply gas', 'under a deal reached by A and
    B': the document's own participle tells it was concluded, whatever the main clause's tense (not "the
    agreement to be signed")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in concluded_words()
               and not any(a.dep_ in {"aux", "auxpass"} for a in c.children) for c in tok.children) \
        or concluded_after(tok) is not None  # "the accord A and B signed in 2000", however it is parsed


def concluded_itself(tok: Token) -> bool:
    """'rejected the budget deal reached at the summit', 'changes to the accord signed in 2000': a document
    its own participle tells concluded stands whatever the clause that cites it does with it; only its
    own words deny it ("no agreement reached")."""
    return tok.pos_ in {"NOUN", "PROPN"} and signed_participle(tok) and not any(
        c.dep_ == "neg" or c.dep_ == "det" and c.lower_ in word_set("nonspecific_determiners") for c in tok.children)


def _framing(tok: Token) -> bool:
    """'In a deal with Britain and France, Qatar agreed to buy ...': the deal the agreeing is made in."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "under"} \
        and tok.head.head.lemma_.lower() in word_set("signing_words") and any(
            p.dep_ == "prep" and p.lower_ == "with" for p in tok.children)


def signs_a_document(verb: Token) -> bool:
    """'signed a memorandum', 'the memorandum was signed', 'signed the Protocol setting out ...'."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += [g for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for g in c.children if g.dep_ == "nsubj"]
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN":  # "a package of documents is expected to be signed"
        objs += [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _object_only(verb.head) \
            and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        objs.append(verb.head)  # "said the documents signed in Hanoi had laid a basis": its participle signs it
    if verb.dep_ == "amod" and verb.head.dep_ in {"dobj", "nsubjpass"} \
            and verb.head.head.lemma_.lower() in word_set("signing_words"):
        objs.append(verb.head)  # "the ministers exchanged the signed documents"
    objs += [g for o in objs if o.lemma_.lower() in word_set("quantity_nouns")  # "a number of documents"
             for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(is_document(o) and not _container(o) or signed_with_state(verb, o) for o in objs)


def _object_only(tok: Token) -> bool:
    """'the documents', 'the papers', 'the MoU': a document word that is no trigger by itself (only the
    object of a signing), so its own participle is the one cue of its signing (not 'the agreements signed
    ...': that noun is the cue, and the rules on it stand)."""
    nouns = cues().nouns
    return tok.pos_ in {"NOUN", "PROPN"} and "agreement" not in nouns.get(tok.lemma_.lower(), set()) \
        and "agreement" not in nouns.get(tok.lower_, set()) and is_document(tok) and not generic_plural(tok)


def signed_with_state(verb: Token, obj: Token) -> bool:
    """'Lesotho has signed an Interim Poverty Reduction and Growth Facility with the IMF', 'signed a
    $3 billion stand-by arrangement with the Fund': what a signing verb's object is signed with a state
    or an intergovernmental organisation is a document between them, whatever its noun (not "signed
    autographs for fans", "signed a striker from Brazil")."""
    if verb.lemma_.lower() not in word_set("signing_verbs") or obj.dep_ != "dobj" \
            or obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ in {"PERSON", "GPE", "MONEY"} or _container(obj):
        return False
    partners = [o for h in (verb, obj) for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    return any(o.ent_type_ == "GPE" or intergovernmental(o) for o in partners)




def _container(tok: Token) -> bool:
    """'signed an aid package (of $2 billion)', 'will sign condolence letters': a package or a letter is
    a document between states only as 'a package of documents' or 'a letter of intent' (its of-phrase
    tells what it holds, not a sum)."""
    return tok.lemma_.lower() in word_set("container_documents") and not any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and not o.like_num and o.ent_type_ not in {"MONEY", "CARDINAL", "QUANTITY"}
            for o in p.children) for p in tok.children)


def _signed(tok: Token) -> bool:
    """A signing word governs the document, or modifies it."""
    signing = word_set("signing_words")
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("producing_verbs") and tok.head.tag_ in {"VBD", "VBN"} \
            and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "the session, held in Muscat in 2024, had produced nine agreements": counted, signed then
    if concluded_after(tok) is not None:
        return True  # "changes in the agreement reached last year": the participle hung on "changes"
    if to_be_signed(tok):
        return True  # "negotiated a partnership agreement, which is expected to be signed during the visit"
    cur = tok
    for _ in range(3):
        head = cur.head
        words = {head.lemma_.lower(), *(c.lemma_.lower() for c in cur.children)}
        if words & signing:
            return True
        if head.dep_ == "prep" and head.lower_ in {"on", "to", "upon"} and head.head.lemma_.lower() in signing \
                and not any(c.dep_ == "prt" and c.lower_ == "up" for c in head.head.children):
            # "agreed on the deal", "signed on to the accord" (not "signed up for a program"; nor "reached an
            # agreement with the IMF on a loan programme": the topic of the document the verb concluded)
            return not any(c.dep_ == "dobj" and c.i < cur.i and is_document(c) for c in head.head.children)
        if head.lower_ == "of" and head.head.lemma_.lower() in word_set("signing_nouns") \
                or head.lower_ in {"of", "for"} and signing_ceremony(head.head):
            return True  # "the signing of the agreement", "a signing ceremony for the agreement"
        if cur.dep_ == "nsubj" and head.dep_ in {"ccomp", "xcomp"} and head.head.lemma_.lower() in signing:
            return True  # "signed the Protocol setting out the main areas": the parser's clause
        if cur.dep_ in {"nsubj", "nsubjpass"} and raised_signing(head):
            return True  # "several agreements are due to be signed", "the treaty is expected to be signed"
        if (verb := signed_along(cur)) is not None and verb.lemma_.lower() in signing:
            return True  # "a memorandum is to be signed on Friday, together with an agreement on visas"
        if head.lower_ in {"including", "among"} and head.dep_ == "prep" and (
                is_document(head.head) or head.head.lemma_.lower() in signing):
            cur = head.head  # "signed several documents, including a memorandum on energy": one of those
            if cur.lemma_.lower() in signing:
                return True
            continue
        if head.lower_ == "of" and head.head.lemma_.lower() == "ratification" and head.head.head.lower_ == "of" \
                and head.head.head.head.lemma_.lower() in word_set("ratification_instruments"):
            cur = head.head.head.head  # "exchanged the instruments of ratification of the agreement": the exchange
            continue
        if head.lower_ == "of" and head.head.lemma_.lower() in word_set("document_parts") | word_set("quantity_nouns"):
            cur = head.head  # "agreed on the outlines of a deal", "signed a number of agreements"
            continue
        return False
    return False




def _for_signing(tok: Token) -> bool:
    """'prepare a package of documents, including a treaty, for signing': readied for a signing."""
    for cur in ancestors(tok, 8):
        if cur.pos_ not in {"VERB", "AUX"}:
            continue
        for prep in cur.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and any(
                    c.dep_ in {"pcomp", "pobj"} and c.lemma_.lower() in word_set("signing_words") | word_set("signing_nouns")
                    for c in prep.children):
                return True
    return False


def _adopted_text(tok: Token) -> bool:
    """'the final communique of the summit', 'a final declaration': adopted by a meeting."""
    lemma = tok.lemma_.lower()
    if lemma in word_set("adopted_documents") or tok.lower_ in word_set("adopted_documents"):
        return True
    return lemma in word_set("document_nouns") and any(
        c.lower_ in word_set("adopted_modifiers") for c in tok.children if c.dep_ in {"amod", "compound"})


def _commercial(tok: Token) -> bool:
    """A business document ('foreign oil deals', 'a sponsorship contract')."""
    return any(c.lower_ in word_set("commercial_modifiers") for c in tok.children if c.dep_ in {"amod", "compound"})


def keep_document(cue: Cue, cues_in_sent: list[Cue]) -> bool:
    """Whether an agreement cue states a document the parties concluded."""
    tok = cue.token
    if cue.via == "verb":
        if any(c.kind == "agreement" and c.via == "noun" and keep_document(c, cues_in_sent) for c in cues_in_sent):
            return False  # the document noun is the trigger (not one the clause tells otherwise)
        raised = [s for s in tok.head.children if s.dep_ in {"nsubj", "nsubjpass"}] \
            if tok.dep_ == "xcomp" and tok.tag_ == "VBN" else []  # "the deal between A and rebels is due to be signed"
        return signs_a_document(tok) and not aimed_at(tok) and not power_to_sign(tok) and not with_non_state(tok) and not any(
            _draft(o) or _provisional(o) or with_non_state(o) for o in [
                *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), *raised])
    if cue.via == "phrase":  # "a joint statement", "the road map": the same limits as a document noun
        head = phrase_head(tok)
        return not (_draft(head) or aimed_at(head) or with_non_state(head) or _provisional(head)
                    or _under_talks(head) and not _signed(head))
    if cue.via != "noun":
        return True
    if generic_plural(tok) or _included(tok, cues_in_sent) or _understandings(tok) \
            or tok.dep_ == "dobj" and power_to_sign(tok.head) or any_such(tok):
        return False  # "the implementation of agreements reached at the highest level"
    if _itinerary(tok) or _draft(tok) and not (signed_participle(tok) or to_be_signed(tok)) or aimed_at(tok) and not (_older(tok) or concluded_itself(tok)) \
            or with_non_state(tok) \
            or _provisional(tok) and not dated(tok) or _under_talks(tok) and not _signed(tok) or _in_progress(tok):
        return False  # (not "as part of a 1997 interim peace agreement": concluded then)
    return (_signed(tok) or _for_signing(tok) or dated(tok) or _adopted_text(tok) or _prior(tok) or _framing(tok)
            or _between_states(tok) or named_between(tok) or issued_together(tok) or framed_by_makers(tok)) \
        and not _commercial(tok)


def _understandings(tok: Token) -> bool:
    """'recalled the agreements reached during the talks in Astana', 'the implementation of the
    agreements achieved at the highest level': a definite plural told only as reached, no count, is what
    the sides agreed on, not documents signed (not "the 12 agreements reached", "the agreements signed")."""
    return tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in word_set("understanding_nouns") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ == "nummod" for c in tok.children) and (any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_set("understanding_participles")
        for c in tok.children) or _reached_subject(tok)) and not any(
        c.dep_ == "acl" and c.lemma_.lower() in word_set("signing_verbs") for c in tok.children)


def _reached_subject(tok: Token) -> bool:
    """'noting that the agreements reached there were being implemented': the parser makes the
    participle the plural's verb (no object of its own, a verb after it), the same understandings."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in word_set(
            "understanding_participles") or any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children):
        return False
    after = [c for c in (*verb.children, *verb.head.children) if c.i > verb.i and c.pos_ in {"VERB", "AUX"}]
    return any(c.dep_ in {"ccomp", "conj", "xcomp"} for c in after)


def _included(tok: Token, cues_in_sent: list[Cue]) -> bool:
    """'signed 16 cooperation agreements, including accords on energy and fishing': a document the
    set told before it includes is part of that set's one signing (not "a package of documents,
    including a treaty", whose set is told by no document cue)."""
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if tok.dep_ == "pobj" and head.lower_ in {"including", "among"} and any(
            c.kind == "agreement" and c.via == "noun" and c.token.i == head.head.i and c.token.i < tok.i
            for c in cues_in_sent):
        return True
    return _listed_on_verb(tok, cues_in_sent)


def _listed_on_verb(tok: Token, cues_in_sent: list[Cue]) -> bool:
    """'A package of documents was signed in Baku, including a memorandum on X and an agreement on Y':
    the parser hangs the list on the signing verb whose own subject or object is the set; the set is
    the trigger, its documents are read from the list (listed_documents)."""
    including = next((a for a in ancestors(tok, 8) if a.pos_ in {"VERB", "AUX"} or a.lower_ in {"including", "among"}), None)
    if including is None or including.lower_ not in {"including", "among"}:
        return False
    verb = including.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in word_set("signing_verbs") and verb.i < tok.i \
        and any(c.kind == "agreement" and c.via == "verb" and c.token.i == verb.i for c in cues_in_sent) \
        and any(_a_set(o) for o in verb.children if o.dep_ in {"dobj", "nsubjpass"})


def _a_set(tok: Token) -> bool:
    """'documents', 'a package of documents', 'three agreements': a set of documents, not one document."""
    if tok.lemma_.lower() in word_set("quantity_nouns") | word_set("container_documents"):
        tok = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), tok)
    return is_document(tok) and tok.tag_ in {"NNS", "NNPS"}


def phrase_head(tok: Token) -> Token:
    """The noun a document phrase stands on: 'joint [statement]', 'the road map peace [plan]'."""
    cur = tok
    while cur.dep_ in {"compound", "amod"} and cur.head.pos_ in {"NOUN", "PROPN"} and cur.head.i > cur.i:
        cur = cur.head
    return cur


def _under_talks(tok: Token) -> bool:
    """'resume talks on the road map', 'discussed a joint declaration': the document is what is
    talked about, not one signed."""
    negotiation = word_set("negotiation_words")
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in negotiation
    return tok.dep_ == "pobj" and tok.head.lower_ in {"on", "about", "over"} \
        and tok.head.head.lemma_.lower() in negotiation


def _in_progress(tok: Token) -> bool:
    """'Saudi Arabia and Pakistan are finalizing a defence pact', 'are working on a treaty': the
    document is being worked on (a progressive of finishing or drafting), not concluded."""
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else None
    return verb is not None and verb.tag_ == "VBG" and verb.lemma_.lower() in word_set("unfinished_verbs") \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _older(tok: Token) -> bool:
    """'wants to replace the 1984 treaty', 'working to update the 2004 protocol': the aim is to change
    an older document cited by its date, not to conclude it."""
    return dated(tok) and tok.head.lemma_.lower() not in word_set("signing_words")


def _prior(tok: Token) -> bool:
    """'part of a previous agreement with the United States', 'the existing accord between Chile and
    Peru': a document concluded before the report, with every party told a state (not "a previous
    agreement between the regional government and an oil company")."""
    if not any(c.lower_ in word_set("prior_modifiers") for c in tok.children if c.dep_ == "amod"):
        return False
    parties = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"with", "between"}
               for o in p.children if o.dep_ == "pobj"]
    parties += [c for o in parties for c in o.conjuncts]
    return bool(parties) and all(o.ent_type_ == "GPE" for o in parties)


def _between_states(tok: Token) -> bool:
    """'the agreement by India and Pakistan to open the boundary', 'the accord by Chile and Peru on
    fishing': a definite document whose makers its own by-phrase names, two or more states each, is one
    the states concluded (not "an agreement by Iran and the West", nor "a deal by the government and
    the rebels"; "an agreement with X" or "between X and Y" may still be sought, and is left to its verb)."""
    if tok.lemma_.lower() in word_set("generic_documents") or any(
            c.dep_ == "det" and c.lower_ not in {"the", "this", "that"} for c in tok.children):
        return False
    parties = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    parties += [c for o in parties for c in o.conjuncts]
    return len(parties) >= 2 and all(o.ent_type_ == "GPE" for o in parties)


def named_between(tok: Token) -> bool:
    """'within the framework of the Comprehensive Economic Partnership Agreement between the two countries',
    'the Treaty on Eternal Friendship between Kazakhstan and Uzbekistan': a document told by its own name
    (capitalised with the words before it, after 'the') whose between-phrase names two states, and that no
    signing or date of its own tells, is one they concluded before, cited in passing; so is one told as
    the one by a between-phrase or a hyphened pair of states ('the U.S.-Iraqi security pact') (not "the draft
    Partnership Agreement between A and B", "talks on the Free Trade Agreement between A and B": the guards
    of keep_document)."""
    if tok.lemma_.lower() in word_set("generic_documents") \
            or _signed(tok) or _for_signing(tok) or signed_participle(tok) or dated(tok):
        return False  # not "signed the X Agreement between A and B": signed then, not cited
    if held_under(tok):
        return True  # "Under an agreement with Cairo, Egypt is to position 750 police"
    return tok.text[:1].isupper() and not tok.is_sent_start and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and named_pair(tok) or definite_pair(tok)


def _itinerary(tok: Token) -> bool:
    """'the programme of the visit', 'the plan for the talks': an occasion's schedule, not a document."""
    if tok.lemma_.lower() not in word_set("schedule_nouns") or any(
            c.dep_ in {"amod", "compound"} for c in tok.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in {"of", "for"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in word_set("occasion_nouns") for o in p.children)
        for p in tok.children)


def _provisional(tok: Token) -> bool:
    """'reached a preliminary agreement', 'an agreement in principle': an understanding that is
    still to be written and signed (not "signed an initial agreement")."""
    provisional = word_set("provisional_modifiers")
    if not any(c.lower_ in provisional for c in tok.children if c.dep_ in {"amod", "compound"}) and not any(
            p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "principle" for o in p.children)
            for p in tok.children):
        return False
    verb = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else None
    return verb is None or verb.lemma_.lower() not in word_set("signing_verbs")


def _draft(tok: Token) -> bool:
    """'approved a draft declaration', 'the draft of the treaty': not concluded yet."""
    if any(c.lower_ in word_set("draft_modifiers") for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in word_set("draft_modifiers")
