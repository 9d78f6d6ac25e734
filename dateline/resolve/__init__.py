"""Resolution: turn per-document actors and events into canonical, cross-article entities.

``names`` folds spellings and transliterations; ``persons`` decides whether a person mention is a
known person; ``roles`` keys offices; ``entities`` keys countries, organisations and groups;
``events`` decides whether a reported event is a known engagement and merges its reports;
``places`` reads a place filter; ``invitations`` scores how an invitation names the events of its
article and picks the one it invites to. These modules are pure functions of their inputs: the
store supplies the candidates and keeps what the read queries need.
"""
