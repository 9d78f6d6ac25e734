"""A state agency's correspondent abroad files from where the engagement is.

"BRUSSELS, June 10 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian Foreign
Minister Maka Botchorishvili": a national agency (``outlets.yaml`` outlet_states) travels with its
state's delegation, so a report it signs from a city outside its own state tells of that day's
engagements of its state in that city, though neither party is the dateline's state. A report from
home, or one signed by an agency of no party's state, lends no such place.
"""

from __future__ import annotations

from functools import cache

from dateline.extract.document import DocState, EventDraft
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["filed_abroad", "outlet_state"]


@cache
def _states() -> dict[str, str]:
    table = load_lexicon("outlets.yaml").get("outlet_states") or {}
    return {soft_fold(str(name)): str(code) for name, code in table.items()}


def outlet_state(outlet: str | None) -> str | None:
    """The state of a national agency ('Trend' -> 'AZE'); None for an agency of no one state."""
    return _states().get(soft_fold(outlet.strip())) if outlet else None


def filed_abroad(state: DocState, event: EventDraft) -> bool:
    """The report is signed by an agency of one of ``event``'s states from a city outside that state."""
    dateline = state.dateline
    if dateline is None or dateline.resolved is None or not dateline.resolved.country:
        return False
    home = outlet_state(dateline.outlet)
    return home is not None and home != dateline.resolved.country and home in event.countries
