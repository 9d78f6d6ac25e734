"""name_pieces._listed_runs reads which tokens may stand in a listed person's run (outside every
entity, capitalised or a hyphen) from the Doc's indexes once: the same runs as reading each
token of each run tried."""

from __future__ import annotations

import pytest
from spacy.attrs import ENT_TYPE, POS
from spacy.tokens import Doc

from dateline.extract.known import known_person
from dateline.extract.name_pieces import _listed_runs
from dateline.extract.syntax import attribute_positions

TEXTS = [
    "Putin hosted his Kyrgyz, Tajik and Turkmen counterparts Sadyr Japarov, Emomali Rahmon and "
    "Serdar Berdimuhamedov in the Kremlin on Tuesday.",
    "Kassym-Jomart Tokayev opened the forum, with Sadyr Japarov and Shavkat Mirziyoyev beside him.",
    "The visiting leaders, among them Emomali Rahmon, laid wreaths at the Tomb of the Unknown Soldier.",
    "Officials from Astana and Bishkek - Mr. Japarov's aides among them - met in Tashkent.",
]


def _slow(doc: Doc) -> list[tuple[int, int]]:
    """The runs as each token of each run tried reads them (the code before the index)."""
    runs: list[tuple[int, int]] = []
    proper = attribute_positions(doc, POS, "PROPN")
    after = 0
    for k in sorted(set(attribute_positions(doc, ENT_TYPE, "")).intersection(proper)):
        if k < after or not (doc[k].text[:1].isupper() and doc[k].is_alpha):
            continue
        for n in (4, 3, 2):
            words = doc[k:k + n]
            if len(words) == n and all(t.ent_type_ == "" and (t.text[:1].isupper() or t.text == "-")
                                       for t in words) and known_person(words.text.replace(" - ", "-")):
                runs.append((k, k + n))
                after = k + n
                break
    return runs


@pytest.mark.parametrize("text", TEXTS)
def test_the_listed_runs_are_those_read_token_by_token(extractor, text):
    doc = extractor.nlp(text)
    assert _listed_runs(doc) == _slow(doc)


def test_a_run_the_ner_left_untagged_is_found(extractor):
    doc = extractor.nlp(TEXTS[0])
    doc.ents = [e for e in doc.ents if e.text != "Emomali Rahmon"]  # as when the NER misses it
    for key in [k for k in doc.user_data if str(k).startswith("dateline.")]:
        del doc.user_data[key]
    assert "Emomali Rahmon" in [doc[a:b].text for a, b in _listed_runs(doc)]
    assert _listed_runs(doc) == _slow(doc)
