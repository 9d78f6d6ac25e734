"""A set of documents told as new beside one named document (issue 14, item 5; events/signings.py
_new_set): "the presidents signed the Joint Declaration ... Then a package of documents was signed"
holds more than the declaration, so it is a signing of its own (and the documents it lists are an
agreement each), not the declaration told again. "The documents were signed in the palace" (definite)
still tells the named one again."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize(("text", "names"), [
    ("YEREVAN, March 11 (Armenpress) - Armenian Prime Minister Nikol Pashinyan held talks with Georgian Prime "
     "Minister Irakli Kobakhidze in Yerevan on Tuesday. After the talks, the prime ministers signed the Joint "
     "Declaration on Strategic Partnership. Then a package of documents was signed, including an agreement on "
     "road transport and a memorandum on energy.",
     {"Joint Declaration on Strategic Partnership", "agreement on road transport", "memorandum on energy"}),
])
def test_a_new_set_beside_a_named_document_is_signed_besides_it(extract, text, names):
    found = agreements(extract(text))
    assert {e.name for e in found} >= names, [(e.name, e.countries) for e in found]
    assert all(len(e.countries) == 2 for e in found), [(e.name, e.countries) for e in found]


def test_a_package_beside_a_declaration_is_a_second_signing(extract):
    found = agreements(extract(
        "VILNIUS, March 11 (LRT) - Lithuanian President Gitanas Nauseda received Polish President Karol Nawrocki "
        "in Vilnius on Tuesday. The presidents signed the Vilnius Declaration on defence cooperation. Then a "
        "package of documents was signed in their presence."))
    assert len(found) == 2, [(e.name, e.countries) for e in found]
    assert all(e.countries == ["LTU", "POL"] for e in found), [(e.name, e.countries) for e in found]


def test_the_documents_told_again_are_the_named_one(extract):
    found = agreements(extract(
        "BAKU, March 11 (AZERTAC) - Azerbaijani President Ilham Aliyev and Kazakh President Kassym-Jomart "
        "Tokayev signed the Declaration on Allied Relations in Baku on Tuesday. The document was signed at the "
        "Gulustan Palace."))
    assert len(found) == 1, [(e.name, e.countries) for e in found]
