"""A state agency's correspondent abroad files from where the engagement is.

"BRUSSELS, June 10 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian Foreign
Minister Maka Botchorishvili": a national agency (``outlets.yaml`` outlet_states) travels with its
state's delegation, so a report it signs from a city outside its own state tells of that day's
engagements of its state in that city, though neither party is the dateline's state. A report from
home, or one signed by an agency of no party's state, lends no such place.
"""

from __future__ import annotations

from dateline.extract.boilerplate import outlet_state
from dateline.extract.document import DocState, EventDraft

__all__ = ["filed_abroad", "outlet_state"]


def filed_abroad(state: DocState, event: EventDraft) -> bool:
    """The report is signed by an agency of one of ``event``'s states from a city outside that state."""
    dateline = state.dateline
    if dateline is None or dateline.resolved is None or not dateline.resolved.country:
        return False
    home = outlet_state(dateline.outlet)
    return home is not None and home != dateline.resolved.country and home in event.countries
