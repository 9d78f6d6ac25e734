"""The store's read queries, as functions of a backend. The :class:`~dateline.store.Store`
methods of the same names are the public way in; these functions are its implementation."""

from dateline.store.queries.actors import get_actor, get_country, roles_of, who_held
from dateline.store.queries.brief import brief
from dateline.store.queries.events import calendar, events_between, get_event, list_events
from dateline.store.queries.invitations import invitations_to
from dateline.store.queries.overview import get_article, network, search, stats
from dateline.store.queries.parties import find_party

__all__ = [
    "brief", "calendar", "events_between", "find_party", "get_actor", "get_article", "get_country", "get_event",
    "invitations_to", "list_events", "network", "roles_of", "search", "stats", "who_held",
]
