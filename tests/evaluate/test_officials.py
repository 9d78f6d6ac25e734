"""The officials scorer on invented sentences, and the annotated VOA set against ../shared."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.evaluate.official_titles import title_rules
from dateline.evaluate.officials import (
    SENTENCES_FILE,
    AnnotatedSentence,
    GoldPerson,
    load_officials_set,
    score_officials,
)
from dateline.record import Actor

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

TEXT_1 = "Ruritanian Foreign Minister Anna Kovac met President Boris Telnov in Strelsau on Monday."
TEXT_2 = "Mr. Telnov later spoke by telephone with U.N. envoy Lena Marsh and Karl Brandt."


def person(text: str, name: str, title: str | None = None, country: str | None = None,
           *, alt: tuple[str, ...] = ()) -> GoldPerson:
    start = text.index(name)
    return GoldPerson(start=start, end=start + len(name), name=name, title=title,
                      country=country, mentions=((start, start + len(name)),), alt_titles=alt)


def sentence(text: str, *persons: GoldPerson) -> AnnotatedSentence:
    return AnnotatedSentence(line=1, sha1=hashlib.sha1(text.encode()).hexdigest(), text=text,
                             persons=persons)


def actor(text: str, name: str, title: str | None = None, country: str | None = None,
          *, kind: str = "person", mention: str | None = None, n: int = 1) -> Actor:
    found = text.index(mention or name)
    return Actor(id=f"a{n}", kind=kind, name=name, title=title, country=country,
                 mentions=[(found, found + len(mention or name))])


@pytest.fixture
def gold() -> list[AnnotatedSentence]:
    return [
        sentence(TEXT_1, person(TEXT_1, "Anna Kovac", "Foreign Minister", "RUR"),
                 person(TEXT_1, "Boris Telnov", "President", None)),
        sentence(TEXT_2, person(TEXT_2, "Telnov"),
                 person(TEXT_2, "Lena Marsh", "Special Envoy", "UN"),
                 person(TEXT_2, "Karl Brandt")),
    ]


def test_perfect_prediction_scores_one(gold):
    predicted = [
        [actor(TEXT_1, "Anna Kovac", "Foreign Minister", "RUR"),
         actor(TEXT_1, "Boris Telnov", "President", "RUR", n=2)],
        [actor(TEXT_2, "Telnov"), actor(TEXT_2, "Lena Marsh", "Special Envoy", "UN", n=2),
         actor(TEXT_2, "Karl Brandt", n=3)],
    ]
    result = score_officials(gold, predicted)
    assert result["persons"]["f1"] == 1.0
    assert result["officials"] == {"tp": 3, "fp": 0, "fn": 0,
                                   "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["title_accuracy"]["accuracy"] == 1.0
    # Telnov's country is null in gold: not counted either way
    assert result["country_accuracy"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert result["errors"] == []


def test_misses_false_alarms_and_wrong_labels(gold):
    predicted = [
        [actor(TEXT_1, "Anna Kovac", "Minister of Foreign Affairs", "FRA"),
         actor(TEXT_1, "Strelsau", "Mayor", n=2)],  # a place taken for a person
        [actor(TEXT_2, "Telnov", "President", n=1),  # title not in this sentence
         actor(TEXT_2, "Lena Marsh", "Envoy", None, n=2)],
    ]
    result = score_officials(gold, predicted)
    assert result["persons"]["tp"] == 3
    assert result["persons"]["fp"] == 1
    assert result["persons"]["fn"] == 2  # Boris Telnov, Karl Brandt
    assert result["officials"]["tp"] == 2
    assert result["officials"]["fp"] == 2  # "Strelsau", titled Telnov
    assert result["officials"]["fn"] == 1  # Boris Telnov
    assert result["title_accuracy"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert result["title_accuracy_lenient"]["correct"] == 2  # Envoy ~ Special Envoy
    assert result["country_accuracy"]["correct"] == 0
    kinds = sorted(e["error"] for e in result["errors"])
    assert kinds == ["missed person", "missed person", "spurious person", "spurious title",
                     "wrong country", "wrong title, country missed"]


def test_name_equality_matches_without_overlap_and_non_persons_are_ignored(gold):
    predicted = [
        [Actor(id="a1", kind="person", name="Anna Kovac", title="Foreign Minister",
               country="RUR", mentions=[]),
         actor(TEXT_1, "Ruritania", kind="country", mention="Ruritanian", n=2)],
        [],
    ]
    result = score_officials(gold, predicted)
    assert result["persons"]["tp"] == 1
    assert result["persons"]["fp"] == 0


def test_one_predicted_actor_matches_one_gold_person():
    text = "Kings Arno Vell and Piet Vell met in Lorn."
    gold = [sentence(text, person(text, "Arno Vell", "King"), person(text, "Piet Vell", "King"))]
    wide = Actor(id="a1", kind="person", name="Arno Vell and Piet Vell", title="King",
                 mentions=[(6, 28)])
    result = score_officials(gold, [[wide]])
    assert result["persons"]["tp"] == 1
    assert result["persons"]["fn"] == 1


def test_alternative_titles_count_as_right():
    text = "Army spokesman Major General Omar Hale said the road was open."
    gold = [sentence(text, person(text, "Omar Hale", "Army Spokesman", alt=("Major General",)))]
    result = score_officials(gold, [[actor(text, "Omar Hale", "Major General")]])
    assert result["title_accuracy"]["accuracy"] == 1.0


def test_prediction_count_must_match_gold(gold):
    with pytest.raises(ValueError):
        score_officials(gold, [[]])


@pytest.mark.parametrize(("gold_title", "predicted", "strict"), [
    ("Foreign Minister", "Minister of Foreign Affairs", True),
    ("Secretary-General", "Secretary General", True),
    ("Secretary-General", "UN Secretary-General", True),
    ("President", "Iranian President", True),
    ("Prime Minister", "former prime minister", True),
    ("Ambassador", "Ambassador to Japan", True),
    ("Secretary of State", "U.S. Secretary of State", True),
    ("Defense Minister", "Secretary of Defense", True),
    ("Assistant Secretary of State", "Assistant Secretary of State for Asian Affairs", True),
    ("President", "Vice President", False),
    ("Foreign Minister", "Prime Minister", False),
    ("Secretary of State", "Secretary", False),
])
def test_title_normalisation(gold_title, predicted, strict):
    assert title_rules().same(gold_title, predicted) is strict


def test_load_checks_the_sentence_hash(tmp_path):
    text = "Ruritanian President Boris Telnov arrived in Lorn."
    data = tmp_path / SENTENCES_FILE
    data.parent.mkdir(parents=True)
    data.write_text("First line .\n" + text + "\n", encoding="utf-8")
    start = text.index("Boris Telnov")
    record = {"line": 2, "sha1": hashlib.sha1(text.encode()).hexdigest(), "persons": [
        {"start": start, "end": start + 12, "name": "Boris Telnov", "title": "President",
         "country": "RUR"}]}
    annotations = tmp_path / "set.jsonl"
    annotations.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [loaded] = load_officials_set(tmp_path, annotations=annotations)
    assert loaded.text == text
    assert loaded.persons[0].mentions == ((start, start + 12),)

    data.write_text("First line .\n" + text.replace("Lorn", "Strelsau") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="sha1"):
        load_officials_set(tmp_path, annotations=annotations)


def test_annotated_set_matches_shared_sentences():
    if not (SHARED / SENTENCES_FILE).exists():
        pytest.skip("../shared data is not available")
    sentences = load_officials_set(SHARED)  # raises on any sha1 or span mismatch
    persons = [p for s in sentences for p in s.persons]
    assert len(sentences) >= 200
    assert len({s.line for s in sentences}) == len(sentences)
    assert sum(not s.persons for s in sentences) >= 15
    for s in sentences:
        for p in s.persons:
            assert s.text[p.start:p.end] == p.name
            assert (p.start, p.end) in p.mentions
    assert sum(p.is_official for p in persons) >= 200
    countries = {p.country for p in persons if p.country}
    assert all(c.isupper() and 2 <= len(c) <= 4 for c in countries)
