"""The stage registry against what runs: each stage reads and sets only what it declares.

The real pipeline runs over a realistic report with a DocState that notes, stage by stage, the
fields read (attribute access, also through DocState's own methods) and the fields set (assigned,
or changed in place: an actor's country filled in, a mention appended).
"""

from __future__ import annotations

import copy
import dataclasses
from collections import defaultdict
from typing import Any

import pytest

from dateline.article import Article
from dateline.errors import ExtractionError
from dateline.extract import stages as stages_module
from dateline.extract.document import DocState
from dateline.extract.stages import INPUTS, PARSE, Stage, check_order, registry

REPORT = """ date 2024-04-03
BAKU, Azerbaijan, April 3. A delegation headed by Deputy Prosecutor General of Kazakhstan Zhandos Umiraliyev has arrived in Azerbaijan on a working visit at the invitation of Azerbaijani Prosecutor General Kamran Aliyev.

The delegation will take part in a five-sided meeting of the Prosecutor General's Offices of the Caspian littoral states in Baku.

During the visit, Umiraliyev held bilateral talks with Aliyev on extradition and the return of criminal assets. The next day, the two signed a memorandum of understanding.

Aliyev noted that the 29th Annual Conference and General Meeting of the International Association of Prosecutors will be held in Baku from September 29 to October 2 this year. He said the city will also host the Regional Conference of Prosecutors on Cybercrime on 14-15 November.

An invitation to the conference has been sent to his Kazakh colleague Berik Asylov, Aliyev said. Sergey Lavrov is also expected to attend.
"""

FIELDS = frozenset(f.name for f in dataclasses.fields(DocState))


class RecordingState(DocState):
    """A DocState that notes which fields the current stage reads and sets."""

    made: list[RecordingState] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        object.__setattr__(self, "stage", None)
        object.__setattr__(self, "reads", defaultdict(set))
        object.__setattr__(self, "writes", defaultdict(set))
        super().__init__(*args, **kwargs)
        RecordingState.made.append(self)

    def __getattribute__(self, name: str) -> Any:
        if name in FIELDS:
            object.__getattribute__(self, "reads")[object.__getattribute__(self, "stage")].add(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in FIELDS:
            object.__getattribute__(self, "writes")[object.__getattribute__(self, "stage")].add(name)
        object.__setattr__(self, name, value)

    def snapshot(self) -> dict[str, Any]:
        """Every field's value, copied (the parse by identity), without noting a read."""
        out = {}
        for name in FIELDS:
            value = object.__getattribute__(self, name)
            out[name] = id(value) if name == "doc" else copy.deepcopy(value)
        return out


def _recording(stage: Stage, after: str | None) -> Stage:
    """``stage`` noting its reads and writes; ``after``: who acts on the state next."""
    run = stage.run
    if run is None:
        return stage

    def recorded(state: Any) -> Any:
        object.__setattr__(state, "stage", stage.name)
        before = state.snapshot()
        try:
            return run(state)
        finally:
            now = state.snapshot()
            state.writes[stage.name] |= {name for name in FIELDS if before[name] != now[name]}
            object.__setattr__(state, "stage", after)

    return dataclasses.replace(stage, run=recorded)


@pytest.fixture(scope="module")
def recorded(extractor: Any) -> RecordingState:
    real = registry()
    names = [s.name for s in real]
    # after the stage before the parse, the pipeline sets the parse's result
    wrapped = tuple(_recording(s, PARSE if i + 1 < len(names) and names[i + 1] == PARSE else None)
                    for i, s in enumerate(real))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(stages_module, "registry", lambda: wrapped)
        mp.setattr("dateline.extract.pipeline.DocState", RecordingState)
        RecordingState.made.clear()
        record = extractor.extract(Article(text=REPORT, id="stages", published=None))
    assert record.error is None and record.events, "the report should go through every stage"
    (state,) = RecordingState.made
    return state


@pytest.mark.parametrize("stage", registry(), ids=lambda s: s.name)
def test_stage_writes_exactly_what_it_assigns(recorded: RecordingState, stage: Stage):
    assert recorded.writes[stage.name] == set(stage.assigns), (
        f"{stage.name} sets {sorted(recorded.writes[stage.name])}, declares {sorted(stage.assigns)}")


@pytest.mark.parametrize("stage", registry(), ids=lambda s: s.name)
def test_stage_reads_only_what_it_declares(recorded: RecordingState, stage: Stage):
    allowed = stage.requires | stage.assigns
    assert recorded.reads[stage.name] <= allowed, (
        f"{stage.name} reads {sorted(recorded.reads[stage.name] - allowed)} without declaring it")


@pytest.mark.parametrize("stage", registry(), ids=lambda s: s.name)
def test_stage_declares_no_requirement_it_does_not_read(recorded: RecordingState, stage: Stage):
    assert set(stage.requires) <= recorded.reads[stage.name], (
        f"{stage.name} declares {sorted(stage.requires - recorded.reads[stage.name])} but never reads it")


def test_every_field_belongs_to_a_stage():
    assigned = set(INPUTS).union(*(s.assigns for s in registry()))
    assert assigned == FIELDS


def test_the_registry_is_in_order():
    check_order(registry())  # raises if a stage reads what only a later one sets
    names = [s.name for s in registry()]
    assert names == ["header", PARSE, "people", "coref", "time", "events", "assemble"]


def test_a_stage_before_its_requirements_is_refused():
    people, header = registry()[2], registry()[0]
    with pytest.raises(ExtractionError, match="people.*requires"):
        check_order((people, header))
