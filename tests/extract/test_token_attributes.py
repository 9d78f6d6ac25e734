"""The remembering attribute ruler and lemmatizer assign what the model's own components assign."""

from __future__ import annotations

import pytest

from dateline.extract.pipeline import MODEL, load_nlp
from dateline.extract.token_attributes import RememberedLemmas, RememberedRuler, remember_attributes

TEXTS = [
    "ASTANA, Kazakhstan, March 3. Kazakh President Kassym-Jomart Tokayev received the visiting "
    "Foreign Minister of Hungary, Peter Szijjarto, at the Akorda on Monday; they discussed energy "
    "supplies, the Middle Corridor and a visit to Budapest in the spring.",
    "\"We ain't gonna sign anything we haven't read,\" the minister told reporters. Let's see what "
    "they bring, she added, and then we'll talk.  Talks resumed   at 10:30 a.m. (06:30 GMT).",
    "The ministers' meeting — the 25th of its kind — adopted a joint statement.\n\nNo meetings are "
    "planned until 2027, officials said; the leaders' summits were cancelled twice.",
    "Thousands rallied in the capital. Police used tear gas, and 14 people were detained, "
    "according to the interior ministry's spokeswoman, who wouldn't give names.",
    "",
]
COLUMNS = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START", "NORM"]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    stock = spacy.load(MODEL)
    remembered = spacy.load(MODEL)
    remember_attributes(remembered)
    return stock, remembered


def attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_every_token_attribute_is_the_stock_pipelines(pipelines):
    stock, remembered = pipelines
    assert isinstance(remembered.get_pipe("attribute_ruler"), RememberedRuler)
    assert isinstance(remembered.get_pipe("lemmatizer"), RememberedLemmas)
    assert remembered.pipe_names == stock.pipe_names
    for _ in range(2):  # the second time from what was remembered
        for a, b in zip(stock.pipe(TEXTS), remembered.pipe(TEXTS), strict=True):
            assert attributes(a) == attributes(b)
            assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()


def test_the_ruler_remembers_a_token_like_one_seen_before(pipelines):
    _, remembered = pipelines
    ruler = remembered.get_pipe("attribute_ruler")
    remembered("The minister met the ministers.")
    known = len(ruler.memory)
    remembered("The ministers met the minister.")
    assert len(ruler.memory) == known
    assert ruler.has_complex  # "gon na", "ai n't": the patterns of several tokens run as before


def test_the_dateline_pipeline_has_them_once():
    nlp = load_nlp()
    remember_attributes(nlp)  # a second time changes nothing
    kinds = [type(c).__name__ for _, c in nlp.pipeline]
    assert kinds.count("RememberedRuler") == 1 and kinds.count("RememberedLemmas") == 1
    assert "AttributeRuler" not in kinds


INFLECTED = [
    "The ministers were meeting their counterparts; talks had been held and agreements signed.",
    "She flew to Cairo, went on to Amman and was seen off by the foreign ministers of both countries.",
    "Their leaders' better ties and the largest deals ever struck were hailed by analyses and media.",
    "He'd have written sooner: the crises worsened, the indices fell and the geese flew south.",
    "Presidents Xi and Lula agreed, bowed, quarrelled, reconciled and dined with mothers-in-law.",
]


def test_the_set_indexed_lemmatizer_gives_the_models_lemmas(pipelines):
    from dateline.extract.token_attributes import set_indexed

    stock, _ = pipelines
    lemmatizer = stock.get_pipe("lemmatizer")
    fast = set_indexed(lemmatizer)
    assert isinstance(lemmatizer.lookups.get_table("lemma_index")["noun"], list)  # the model's own untouched
    assert isinstance(fast.lookups.get_table("lemma_index")["noun"], frozenset)
    tokens = [t for doc in stock.pipe(TEXTS + INFLECTED) for t in doc]
    assert {t.lemma_ for t in tokens} >= {"meet", "minister", "talk", "hold", "sign", "fly", "crisis"}
    for tok in tokens:
        assert fast.rule_lemmatize(tok) == lemmatizer.rule_lemmatize(tok), tok.text
