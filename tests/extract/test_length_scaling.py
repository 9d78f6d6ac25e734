"""The rule stages after the parse cost time in proportion to the document (issue 15, defect 6).

A long document is many reports end to end. One parse of 48 reports (each with its own officials,
so the actors grow with the text as well as the mentions) gives the Docs of 12 and of 48 reports
(``Doc.from_docs``, no second parse); the stages after the parse run on both, timed in CPU seconds
(other jobs on the machine left out). Four times the text must cost about four times as much: a
look-up that reads every mention, actor or token once per mention, pronoun or sentence (what made
a 250 KB document's events stage take 14 times a 62.5 KB one's) shows as a ratio of 6 or more.
``bench/length.py`` measures whole documents up to 1 MB.
"""

from __future__ import annotations

from cpu_timing import cpu_seconds
from spacy.tokens import Doc

from dateline.article import Article
from dateline.extract.document import DocState
from dateline.extract.stages import PARSE, registry
from dateline.gazetteer import translit_key

STATES = [("Kazakhstan", "Kazakh", "Astana"), ("Azerbaijan", "Azerbaijani", "Baku"),
          ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Hungary", "Hungarian", "Budapest"),
          ("Chile", "Chilean", "Santiago"), ("Kenya", "Kenyan", "Nairobi")]
SYLLABLES = ["ka", "ro", "ven", "da", "mir", "tal", "bek", "sul", "na", "zor", "li", "tem"]
MONTHS = ["March", "April", "May", "June", "July", "September"]


def _name(n: int) -> str:
    given = (SYLLABLES[n % 12] + SYLLABLES[(n // 12) % 12]
             + (SYLLABLES[(n // 144) % 12] if n >= 144 else "")).capitalize()  # unique to 1,728
    family = (SYLLABLES[(n * 7 + 3) % 12] + SYLLABLES[(n // 3) % 12]
              + SYLLABLES[(n * 5 + 1) % 12]).capitalize()
    return f"{given} {family}ev"


def report(n: int) -> str:
    """A wire report of about 1 KB with officials of its own."""
    (guest, guest_adj, _), (host, host_adj, capital) = STATES[n % 6], STATES[(n + 1) % 6]
    minister, president, envoy = _name(3 * n), _name(3 * n + 1), _name(3 * n + 2)
    month, day = MONTHS[n % 6], 1 + n % 27
    return (
        f"{guest_adj} Foreign Minister {minister} arrived in {capital} on {month} {day} for a "
        f"two-day official visit at the invitation of his {host_adj} counterpart. "
        f"On the first day he met President {president} of {host}, who thanked him for the "
        f"support of {guest} in the negotiations. {president.split()[1]} said the two "
        f"governments would sign an agreement on transport corridors before the end of the "
        f"year. The sides also discussed water management and new flights between the two "
        f"capitals. Later, {minister.split()[1]} held talks with the Speaker of Parliament, "
        f"and he laid a wreath at a monument in the centre of {capital}. "
        f"{guest}'s ambassador {envoy} told reporters that the next round of consultations "
        f"will be held in {month} next year. He said the {host_adj} side had proposed a "
        f"business forum in the autumn. The visit ends on Friday.\n\n")


def other_news(n: int) -> str:
    """A report of about 0.6 KB that tells no engagement (weather, prices, roads, sport)."""
    _, adjective, capital = STATES[n % 6]
    return (
        f"The {adjective} weather service said heavy rain fell over {capital} on {MONTHS[n % 6]} "
        f"{1 + n % 27}. Farmers near {capital} expect a late harvest, and the price of bread rose by "
        f"two percent. Repairs to three bridges will start before the winter. Schools in the north "
        f"will open a week later than planned. A local football club won its fifth match in a row "
        f"on Sunday. The main road was closed for several hours after a landslide.\n\n")


def _rule_stages_seconds(doc: Doc, text: str, engagements: bool = True) -> float:
    stages = list(registry())
    cut = [s.name for s in stages].index(PARSE)
    state = DocState(article=Article(text=text, id="long"), text=text)
    for stage in stages[:cut]:
        assert stage.run is not None
        stage.run(state)
    state.doc = doc
    translit_key.cache_clear()  # names' keys kept from the run before would favour the small text
    def stages_after_parse() -> None:
        for stage in stages[cut + 1:-1]:
            assert stage.run is not None
            stage.run(state)

    seconds, _ = cpu_seconds(stages_after_parse)
    if engagements:
        assert len(state.events) > len(text) // 2000  # the reports' engagements were found
    return seconds


def test_four_times_the_text_costs_about_four_times_the_time(extractor) -> None:  # type: ignore[no-untyped-def]
    texts = [report(n) for n in range(48)]
    parsed = list(extractor.nlp.pipe(texts))
    small, big = Doc.from_docs(parsed[:12]), Doc.from_docs(parsed)
    assert small.text == "".join(texts[:12]) and big.text == "".join(texts)
    _rule_stages_seconds(small, small.text)  # lexicons and caches loaded before timing
    t_small = min(_rule_stages_seconds(small, small.text) for _ in range(2))
    t_big = min(_rule_stages_seconds(big, big.text) for _ in range(2))
    assert t_big / t_small < 6.0, (t_small, t_big)


def test_a_long_run_of_other_news_after_one_engagement_costs_in_proportion(extractor) -> None:  # type: ignore[no-untyped-def]
    """One report with a gathering, then other news: the look-backs from every later sentence to the
    engagement told last (its sentence, the sentences that tell it again, the places between)
    must not walk the whole run each time (the 1 MB document's events stage took 122 s so)."""
    first = report(0) + "Both ministers will attend the Caspian Economic Forum in Baku in May.\n\n"
    texts = [first] + [other_news(n) for n in range(1, 97)]
    parsed = list(extractor.nlp.pipe(texts))
    small, big = Doc.from_docs(parsed[:25]), Doc.from_docs(parsed)
    _rule_stages_seconds(small, small.text, engagements=False)
    t_small = min(_rule_stages_seconds(small, small.text, engagements=False) for _ in range(2))
    t_big = min(_rule_stages_seconds(big, big.text, engagements=False) for _ in range(2))
    assert t_big / t_small < 6.0, (t_small, t_big)
