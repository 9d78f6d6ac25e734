"""People, titles, countries, organisations and groups of Russian reports."""

from __future__ import annotations

import pytest
from ru_record import person

STORY = (
    "БАКУ, 2 апреля. /Тренд/. Министр иностранных дел Узбекистана Бахтиёр Саидов встретился "
    "в Баку с Генеральным прокурором Азербайджана Камраном Алиевым и заместителем министра "
    "иностранных дел России Михаилом Галузиным. Саидов отметил рост взаимной торговли."
)


def test_names_in_oblique_cases_become_the_dictionary_spelling_with_the_cyrillic_alias(ru):
    record = ru(STORY)
    aliyev = person(record, "Kamran Aliyev")
    assert aliyev.aliases == ["Камран Алиев"]
    assert (aliyev.title, aliyev.country, aliyev.organization) == (
        "Prosecutor General", "AZE", "Prosecutor General's Office")
    galuzin = person(record, "Mikhail Galuzin")
    assert (galuzin.title, galuzin.country) == ("Deputy Foreign Minister", "RUS")
    assert galuzin.aliases == ["Михаил Галузин"]


def test_a_later_surname_alone_is_the_same_person(ru):
    record = ru(STORY)
    saidov = person(record, "Bakhtiyor Saidov")
    assert (saidov.title, saidov.country) == ("Foreign Minister", "UZB")
    assert len(saidov.mentions) == 2
    assert [a.name for a in record.actors if a.kind == "person"].count("Bakhtiyor Saidov") == 1


@pytest.mark.parametrize(("text", "latin", "cyrillic", "title", "country"), [
    ("Председатель Мажилиса Парламента Казахстана Ерлан Кошанов прибыл в Бишкек.",
     "Yerlan Koshanov", "Ерлан Кошанов", "Chairman of the Mazhilis of the Parliament", "KAZ"),
    ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Кыргызстана "
     "Садыром Жапаровым.", "Sadyr Japarov", "Садыр Жапаров", "President", "KGZ"),
    ("Премьер-министр Кыргызстана встретился с Чрезвычайным и Полномочным Послом Японии "
     "Кэнъити Ямадой.", "Kenichi Yamada", None, "Ambassador Extraordinary and Plenipotentiary", "JPN"),
    ("Глава МИД Таджикистана Сироджиддин Мухриддин обсудил с коллегами вопросы водной политики.",
     "Sirojiddin Muhriddin", "Сироджиддин Мухриддин", "Foreign Minister", "TJK"),
    ("Генеральный секретарь СНГ Сергей Лебедев принял участие в заседании.",
     "Sergei Lebedev", "Сергей Лебедев", "Secretary-General", "CIS"),
    ("Заместитель Премьер-министра – Министр иностранных дел Казахстана Мурат Нуртлеу провел "
     "встречу.", "Murat Nurtleu", "Мурат Нуртлеу", "Deputy Prime Minister – Foreign Minister", "KAZ"),
])
def test_titles_and_countries_of_officials(ru, text, latin, cyrillic, title, country):
    record = ru(text)
    official = [a for a in record.actors if a.kind == "person" and a.title == title
                and (cyrillic is None or a.name == latin)]
    assert official, [(a.name, a.title) for a in record.actors]
    assert official[0].country == country
    if cyrillic is not None:
        assert official[0].aliases == [cyrillic]


def test_an_unknown_name_is_transliterated_by_the_documented_scheme(ru):
    record = ru("Аким Шымкента Габит Сыздыкбеков встретился с послом Турции Айбеком Жумабаевым.")
    names = {a.name for a in record.actors if a.kind == "person"}
    assert "Aibek Zhumabayev" in names
    assert "Gabit Syzdykbekov" in names


def test_organisations_groups_and_countries_take_their_english_entries(ru):
    record = ru("Министры иностранных дел государств — участников СНГ и представители ШОС, ООН и "
                "ОДКБ обсудили в Минске обстановку в Афганистане и безопасность прикаспийских государств.")
    kinds = {(a.kind, a.name) for a in record.actors}
    assert ("group", "CIS member states") in kinds
    assert ("group", "Caspian littoral states") in kinds
    assert {("organization", "Shanghai Cooperation Organization"), ("organization", "United Nations"),
            ("country", "Afghanistan")} <= kinds
    csto = [a for a in record.actors if a.acronym == "CSTO"]
    assert csto and csto[0].kind == "organization"
    group = next(a for a in record.actors if a.name == "CIS member states")
    assert "KAZ" in (group.members or []) and "TKM" not in (group.members or [])


def test_mentions_are_offsets_into_the_original_text(ru):
    record = ru(STORY)
    for actor in record.actors:
        for start, end in actor.mentions:
            assert STORY[start:end].strip() == STORY[start:end]
            assert STORY[start:end]
    aliyev = person(record, "Kamran Aliyev")
    assert STORY[slice(*aliyev.mentions[0])] == "Камраном Алиевым"


def test_a_known_person_without_a_title_in_the_text_takes_the_post_held_that_day(ru):
    record = ru("Эмомали Рахмон и Шавкат Мирзиёев обсудили водную политику.", published="2025-04-03")
    assert person(record, "Emomali Rahmon").title == "President"
    assert person(record, "Emomali Rahmon").country == "TJK"
    assert person(record, "Shavkat Mirziyoyev").country == "UZB"


def test_a_kyrgyz_name_with_uulu_after_a_title_the_ner_took_for_a_place(ru):
    record = ru(" date 2026-03-02\nБИШКЕК, 2 марта. /Кабар/. Торага Жогорку Кенеша Кыргызской Республики "
                "Нурланбек Тургунбек уулу в понедельник отбыл с официальным визитом в Китайскую Народную "
                "Республику.", published=None)
    speaker = person(record, "Nurlanbek Turgunbek uulu")
    assert (speaker.title, speaker.country) == ("Toraga of the Jogorku Kenesh", "KGZ")
    [visit] = [e for e in record.events if e.kind == "visit"]
    assert speaker.id in visit.participants and sorted(visit.countries) == ["CHN", "KGZ"]


def test_a_region_after_a_title_is_no_name(ru):
    record = ru(" date 2025-05-02\nТАШКЕНТ, 2 мая. /УзА/. Президенты государств Центральной Азии "
                "проведут консультативную встречу в августе.", published=None)
    assert not [a for a in record.actors if a.kind == "person"]


def test_the_turkic_son_of_after_a_name_the_ner_stopped_short_of(ru):
    record = ru(" date 2026-04-08\nБАКУ, 8 апреля. /Тренд/. Министр цифрового развития и транспорта Азербайджана "
                "Рашад Набиев принял Министра цифрового развития и инновационных технологий Кыргызской "
                "Республики Азамата Жумабек уулу.", published=None)
    guest = [a for a in record.actors if a.kind == "person" and a.country == "KGZ"]
    assert [a.name for a in guest] == ["Azamat Zhumabek uulu"]
