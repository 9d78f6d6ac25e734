""""стороны обменялись нотами / ратификационными грамотами": an exchange of notes or instruments is
an agreement (as the English path reads "exchanged notes"); an exchange of views is not."""

from __future__ import annotations

from ru_record import events


def test_an_exchange_of_notes_is_an_agreement(ru):
    record = ru(" date 2026-05-06\nТАШКЕНТ, 6 мая – УзА. Министр иностранных дел Узбекистана Бахтиёр Саидов провел "
                "переговоры с министром иностранных дел Кувейта Абдуллой аль-Яхьей. По итогам переговоров "
                "министры обменялись нотами о вступлении в силу соглашения о взаимной защите инвестиций.",
                published=None)
    [agreement] = events(record, "agreement")
    assert sorted(agreement.countries) == ["KWT", "UZB"]


def test_an_exchange_of_views_is_no_agreement(ru):
    record = ru(" date 2026-05-06\nТАШКЕНТ, 6 мая – УзА. Министр иностранных дел Узбекистана Бахтиёр Саидов провел "
                "переговоры с министром иностранных дел Кувейта Абдуллой аль-Яхьей. Стороны обменялись мнениями "
                "по региональной повестке.", published=None)
    assert not events(record, "agreement")
