"""Foreign officials as Russian agency copy names them: names written by ear matched to the actor
dictionary, women's names in the accusative, a Korean given name in the instrumental, and the
scope or post of an office told between the title and the name."""

from __future__ import annotations

import pytest
from ru_record import person

from dateline.extract.russian.heard import heard_key, heard_person
from dateline.extract.russian.translit import latin_name


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Сийярто", "Szijjártó"), ("Шмид", "Schmid"), ("Яшар", "Yaşar"), ("Гюлер", "Güler"),
    ("Майнль-Райзингер", "Meinl-Reisinger"), ("Шольц", "Scholz"), ("Макрон", "Macron"),
])
def test_a_name_and_its_spelling_are_heard_alike(cyrillic, latin):
    assert heard_key(cyrillic) == heard_key(latin)


def test_a_name_heard_alike_is_the_dictionary_person_of_the_state_the_title_names():
    assert heard_person("Петер Сийярто", "HUN").name == "Péter Szijjártó"  # type: ignore[union-attr]
    assert heard_person("Петер Сийярто", "AUT") is None
    assert heard_person("Петер Сийярто", None).name == "Péter Szijjártó"  # type: ignore[union-attr]
    assert heard_person("Сийярто", "HUN") is None  # a surname alone: no key


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("АСТАНА, 18 ноября. /Казинформ/ - Министр иностранных дел Казахстана Мурат Нуртлеу провел "
     "переговоры с Министром иностранных дел Венгрии Петером Сийярто.",
     "Péter Szijjártó", "Foreign Minister", "HUN"),
    ("АСТАНА, 20 мая. /Казинформ/ - Глава государства Касым-Жомарт Токаев принял в Акорде "
     "Федерального министра европейских и международных дел Австрии Беате Майнль-Райзингер.",
     "Beate Meinl-Reisinger", "Foreign Minister", "AUT"),
    ("АШХАБАД, 3 июля (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял Генерального "
     "секретаря ОБСЕ Хельгу Марию Шмид.", "Helga Schmid", "Secretary-General", "OSCE"),
    ("БИШКЕК, 11 февраля. /Кабар/. Министр иностранных дел Кыргызстана Жээнбек Кулубаев провел "
     "переговоры с министром иностранных дел Республики Корея Чо Тхэ Ёлем.",
     "Cho Tae-yul", "Foreign Minister", "KOR"),
    ("АСТАНА, 16 сентября. /Казинформ/ - Заместитель Генерального прокурора Жандос Умиралиев "
     "встретился со Специальным представителем Европейского союза по Центральной Азии Розой "
     "Отунбаевой.", "Roza Otunbayeva", "Special Representative for Central Asia", "EU"),
    ("ДУШАНБЕ, 22 апреля. /НИАТ «Ховар»/. Министр иностранных дел Таджикистана Сироджиддин "
     "Мухриддин провел встречу с Верховным комиссаром ООН по делам беженцев Филиппо Гранди.",
     "Filippo Grandi", "High Commissioner", "UN"),
    ("АСТАНА, 3 марта. /Казинформ/ - Председатель Мажилиса Парламента РК Ерлан Кошанов встретился "
     "с Чрезвычайным и Полномочным Послом Японии в Казахстане Такэси Ивая.", "Takeshi Iwaya",
     "Ambassador Extraordinary and Plenipotentiary", "JPN"),
    ("ДУШАНБЕ, 8 октября. /НИАТ «Ховар»/. Президент Таджикистана Эмомали Рахмон принял "
     "Председателя Исполнительного комитета - Исполнительного секретаря СНГ Сергея Лебедева.",
     "Sergei Lebedev", "Chairman of the Executive Committee – Executive Secretary", "CIS"),
])
def test_foreign_officials_named_as_agencies_name_them(ru, text, name, title, country):
    found = person(ru(text), name)
    assert (found.title, found.country) == (title, country)


@pytest.mark.parametrize(("text", "name"), [
    ("Министр иностранных дел Таджикистана Сироджиддин Мухриддин принял Специального "
     "представителя ЕС по Центральной Азии Терхи Хакалу.", "Terhi Hakala"),
    ("Министр обороны Азербайджана Закир Гасанов встретился с министром национальной обороны "
     "Турции Яшаром Гюлером.", "Yaşar Güler"),
    ("Премьер-министр Казахстана Олжас Бектенов принял вице-президента Турции Джевдета Йылмаза.",
     "Cevdet Yılmaz"),
    ("Президент Узбекистана Шавкат Мирзиёев принял министра энергетики и природных ресурсов "
     "Турции Алпарслана Байрактара.", "Alparslan Bayraktar"),
    ("Министр встретился с Канцлером Германии Олафом Шольцем.", "Olaf Scholz"),
])
def test_western_and_turkish_names_in_the_letters_of_their_own_language(ru, text, name):
    found = person(ru(text), name)
    assert found.aliases and " " in found.aliases[0]


def test_an_indeclinable_name_pymorphy3_knows_is_left_as_it_is(ru):
    found = person(ru("Президент Казахстана принял Секретаря Совета безопасности России Сергея Шойгу."),
                   "Sergei Shoigu")
    assert found.aliases == ["Сергей Шойгу"]


def test_a_ministers_portfolio_the_lexicon_does_not_list_still_gives_the_minister_and_state(ru):
    found = person(ru("Президент Узбекистана Шавкат Мирзиёев принял министра внешнеэкономических "
                      "связей Турции Омера Болата."), "Omer Bolat")
    assert (found.title, found.country) == ("Minister", "TUR")


def test_a_name_with_an_ending_of_the_region_keeps_the_scheme_whatever_state_it_serves(ru):
    record = ru("Министр иностранных дел Казахстана принял посла Германии Алексея Хохлова.")
    assert person(record, "Alexei Khokhlov").country == "DEU"  # not "Hohlov" read as German


def test_a_european_commissioner_serves_the_eu(ru):
    found = person(ru("Президент Узбекистана Шавкат Мирзиёев принял делегацию Европейского союза во "
                      "главе с Еврокомиссаром по международному партнерству Юттой Урпилайнен."),
                   "Yutta Urpilainen")
    assert (found.title, found.country) == ("European Commissioner", "EU")


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Баку, 2 апреля, АЗЕРТАДЖ\n\nПервый вице-президент Азербайджанской Республики Мехрибан Алиева "
     "приняла делегацию Сената Узбекистана.", "Mehriban Aliyeva", "First Vice President", "AZE"),
    ("АСТАНА. КАЗИНФОРМ - Государственный советник Республики Казахстан Ерлан Карин встретился с "
     "Государственным министром иностранных дел Великобритании Стивеном Доути.", "Yerlan Karin",
     "State Counsellor", "KAZ"),
    ("ТАШКЕНТ, 2 окт — Sputnik. Президент Узбекистана Шавкат Мирзиёев принял министра иностранных "
     "дел Индии Субраманьяма Джайшанкара.", "Subramanyam Jaishankar", "Foreign Minister", "IND"),
    ("БИШКЕК, 10 июня. /Кабар/. Торага Жогорку Кенеша Нурланбек Тургунбек уулу провел встречу с "
     "Председателем Мажилиса Парламента Республики Казахстан Ерланом Кошановым.",
     "Nurlanbek Turgunbek uulu", "Toraga of the Jogorku Kenesh", "KGZ"),
])
def test_more_offices_and_names_of_the_regions_copy(ru, text, name, title, country):
    found = person(ru(text), name)
    assert (found.title, found.country) == (title, country)


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Ласло Кёвер", "Laszlo Köver"),
    ("Жолт Шемьен", "Zsolt Semjen"),
    ("Левенте Мадьяр", "Levente Magyar"),
    ("Иштван Надь", "Istvan Nagy"),
    ("Балаж Орбан", "Balazs Orban"),
])
def test_a_hungarian_name_in_its_own_letters(cyrillic, latin):
    assert latin_name(cyrillic, "HUN")[0] == latin


def test_hungarys_minister_of_foreign_affairs_and_trade(ru):
    record = ru(" date 2026-04-08\nБАКУ, 8 апреля. /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов "
                "встретился с Министром внешнеэкономических связей и иностранных дел Венгрии Левенте Мадьяром.",
                published=None)
    assert person(record, "Levente Magyar").title == "Minister of Foreign Affairs and Trade"
