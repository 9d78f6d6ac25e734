"""The name before an apposition whose title follows a known organisation's name is a person's
(name_appositions.py): "X, the OAS mission chief in Venezuela, said", "The AU's chief mediator, Y,
met"; "mediator" is a post (titles.yaml). The organisation is the one the official serves."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "name", "country"), [
    ("CARACAS, 7 May (AVN) -- Ruben Perina, the OAS mission chief in Venezuela, said the electoral council "
     "had agreed to give the observers access.", "Ruben Perina", "OAS"),
    ("ADDIS ABABA, 7 May (ENA) -- The AU's chief mediator, Olusegun Obasanjo, met Ethiopian Prime Minister "
     "Abiy Ahmed in Addis Ababa on Wednesday.", "Olusegun Obasanjo", "AU"),
    ("KHARTOUM, 7 May (SUNA) -- The lead mediator for the AU, Salim Ahmed Salim, said the deadline was "
     "extended by two days.", "Salim Ahmed Salim", "AU"),
    ("GENEVA, 7 May (Xinhua) -- Hans Grundberg, the UN special envoy for Yemen, briefed the Council on the "
     "talks in Muscat.", "Hans Grundberg", "UN"),
])
def test_a_name_before_an_organisations_official_title(extractor, text, name, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-05-07"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert name in persons, sorted(persons)
    assert persons[name].title and persons[name].country == country


def test_the_organisation_served_leaves_the_title(extractor):
    """'the lead mediator for the AU': the title is the post, the AU its organisation (title_info.py)."""
    record = extractor.extract(Article(text=(
        "KHARTOUM, 7 May (SUNA) -- The lead mediator for the AU, Salim Ahmed Salim, said the deadline was "
        "extended by two days."), id="t", published="2025-05-07"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert (persons["Salim Ahmed Salim"].title.lower(), persons["Salim Ahmed Salim"].country) == ("lead mediator", "AU")
