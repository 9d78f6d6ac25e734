"""Agency datelines the header grammar missed (session 19): an outlet tag and a dash before the
city ("(ANSA) - ROME, MAR 25 -"), a city alone on its line under a byline line holding a date and
an update stamp (Anadolu's web copy), the city that ends a byline line ("By ... - Reporter -
Recife"), and a state's name that stands for its namesake capital ("KUWAIT, July 8 (KUNA)").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.extract.header import find_dateline, namesake_capital


def _read(text: str) -> tuple[str, str | None, int | None, int | None, str | None] | None:
    m = find_dateline(text)
    return (m.place, m.country, m.month, m.day, m.outlet) if m else None


@pytest.mark.parametrize(("text", "expected"), [
    ("(ANSA) - MILAN, OCT 2 - Italian Defence Minister Guido Crosetto on Friday met his Greek counterpart "
     "Nikos Dendias.", ("Milan", "ITA", 10, 2, "ANSA")),
    ("(ANSA) \u2013 ROME, FEB 11 \u2013 Premier Giorgia Meloni received the Albanian prime minister at Palazzo "
     "Chigi on Wednesday.", ("Rome", "ITA", 2, 11, "ANSA")),
])
def test_an_outlet_tag_and_a_dash_before_the_city(text, expected):
    assert _read(text) == expected


def test_a_city_under_a_byline_line_of_dates_and_an_update_stamp():
    text = ("Turkish, Qatari ministers review Gaza talks\n\n"
            "Fidan and his counterpart discuss ceasefire, aid and the reconstruction conference in Cairo\n\n"
            "Ayse Kaya and Mehmet Demir |21.04.2026 - Update : 21.04.2026\n\n"
            "ISTANBUL\n\n"
            "Turkish Foreign Minister Hakan Fidan on Tuesday received Qatar's minister of state for foreign "
            "affairs in Istanbul, diplomatic sources said.")
    assert _read(text) == ("Istanbul", "TUR", None, None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil and Chile sign a port agreement\n\n"
     "Published on 02/09/2026 - 11:15 By Carla Souza - Agency Reporter - Recife\n\n"
     "Brazilian and Chilean ministers signed on Wednesday a memorandum on port logistics.", ("Recife", "BRA")),
    ("Ministers meet on trade\n\nBy Joao Pereira - Salvador\n\n"
     "The Brazilian foreign minister met his Angolan counterpart on Monday.", ("Salvador", "BRA")),
])
def test_the_city_that_ends_a_byline_line(text, expected):
    assert _read(text)[:2] == expected


def test_an_outlet_that_ends_a_byline_line_is_no_city():
    text = "By Leyla Mammadova - Trend\n\nBaku, Azerbaijan, Dec. 4. The minister met his counterpart."
    assert _read(text)[:2] == ("Baku", "AZE")


def test_a_dateline_below_a_byline_city_wins():
    text = ("By Carla Souza - Recife\n\nBRASILIA, March 3 (Agency) - President Luiz Inacio Lula da Silva "
            "received the Chilean president.")
    assert _read(text)[:2] == ("Brasilia", "BRA")


@pytest.mark.parametrize(("text", "expected"), [
    ("KUWAIT, March 2 (KUNA) -- His Highness the Amir received the visiting Omani foreign minister on "
     "Monday.", ("Kuwait City", "KWT")),
    ("PANAMA, June 4 (Agency) - The Panamanian president met the Colombian foreign minister.",
     ("Panama City", "PAN")),
    ("SINGAPORE, Jan 9 (Agency) - Singapore's prime minister met the Malaysian king.", ("Singapore", "SGP")),
])
def test_a_state_named_in_its_dateline_is_its_namesake_capital(text, expected):
    assert _read(text)[:2] == expected


def test_only_a_capital_that_bears_the_state_name_stands_for_it():
    assert namesake_capital("Kuwait").name == "Kuwait City"
    assert namesake_capital("Mexico").name == "Mexico City"
    assert namesake_capital("Jordan") is None
    assert namesake_capital("Baku") is None
