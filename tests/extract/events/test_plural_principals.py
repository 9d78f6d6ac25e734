"""'The two ministers signed': the ministers, not a deputy minister told since (events/plural_officials.py
``_subordinate``). These failed on the old code."""

from __future__ import annotations

import pytest
from event_views import people

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("BAKU, Azerbaijan, May 19. Azerbaijani Minister of Economy Mikayil Jabbarov held talks with Minister of "
     "Industry and Trade of Uzbekistan Laziz Kudratov in Baku on Tuesday.\n\n"
     "Kudratov was met at the airport by Deputy Minister of Economy Sahib Alakbarov.\n\n"
     "Following the talks, the two ministers signed a memorandum on industrial cooperation.",
     "agreement", {"Mikayil Jabbarov", "Laziz Kudratov"}),
    ("ASTANA, 19 May. Kazakh Foreign Minister Murat Nurtleu received Foreign Minister of Latvia Baiba Braze on "
     "Tuesday.\n\n"
     "Braze also met First Deputy Prime Minister Roman Sklyar.\n\n"
     "Later the two ministers signed an agreement on visa exemption for diplomats.",
     "agreement", {"Murat Nurtleu", "Baiba Braze"}),
    ("TEHRAN, May 19 (IRNA) - Iranian President Masoud Pezeshkian received Tajik President Emomali Rahmon in "
     "Tehran on Tuesday.\n\n"
     "Rahmon had been welcomed at the airport by Vice President Mohammad Reza Aref.\n\n"
     "The two presidents then signed a joint statement on strategic partnership.",
     "agreement", {"Masoud Pezeshkian", "Emomali Rahmon"}),
])
def test_the_two_ministers_are_the_principals(extract, text, kind, pair):
    record = extract(text)
    found = [e for e in record.events if e.kind == kind]
    assert found, [(e.kind, e.trigger.text) for e in record.events]
    assert people(record, found[0]) == pair
