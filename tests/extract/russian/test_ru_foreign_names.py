"""Chinese, Japanese and Korean names in Russian spelling read back into Latin letters."""

from __future__ import annotations

import pytest
from ru_record import person

from dateline.extract.russian.foreign_names import chinese_syllables, foreign_latin
from dateline.extract.russian.translit import latin_name


@pytest.mark.parametrize(("cyrillic", "country", "latin"), [
    ("Чжан Мин", None, "Zhang Ming"),          # чж -> zh, ин -> ing
    ("Си Цзиньпин", "CHN", "Xi Jinping"),      # с, цз before и -> x, j; the given name one word
    ("Ли Цян", None, "Li Qiang"),              # ц before я -> q
    ("Ван И", None, "Wang Yi"),                # zero-initial syllables: ван -> wang, и -> yi
    ("Го Цзякунь", "CHN", "Guo Jiakun"),       # о after г -> uo
    ("Цинь Ган", None, "Qin Gang"),
    ("Хань Чжэн", None, "Han Zheng"),
    ("Такэси Ивая", "JPN", "Takeshi Iwaya"),   # Polivanov: си -> shi, ва -> wa
    ("Кэнъити Ямада", "JPN", "Kenichi Yamada"),  # ъ separates, ти -> chi
    ("Ёсимаса Хаяси", "JPN", "Yoshimasa Hayashi"),
    ("Чо Тхэ Ёль", "KOR", "Cho Tae-yeol"),     # the surname as written, the given name RR
    ("Пак Чин", "KOR", "Park Jin"),
])
def test_names_written_by_a_scheme_are_read_back(cyrillic, country, latin):
    assert foreign_latin(cyrillic, country) == latin


@pytest.mark.parametrize("cyrillic", [
    "Эркин Абдрахманов", "Сергей Лавров", "Ильхам Алиев", "Касым-Жомарт Токаев",
    "Ли Ен",  # "ен" is no Palladius syllable
    "Ана Мин",  # a two-syllable first word is no Chinese surname
])
def test_other_names_are_left_to_the_russian_scheme(cyrillic):
    assert foreign_latin(cyrillic, None) is None


def test_palladius_syllables_of_one_word():
    assert chinese_syllables("Цзиньпин") == ["jin", "ping"]
    assert chinese_syllables("Чуньлинь") == ["chun", "lin"]
    assert chinese_syllables("Абдрахманов") is None


def test_a_country_other_than_the_schemes_keeps_the_russian_transliteration():
    assert latin_name("Такэси Ивая", "UZB")[0] == "Takesi Ivaya"
    assert latin_name("Такэси Ивая", "JPN")[0] == "Takeshi Iwaya"


def test_in_a_report_the_title_gives_the_scheme(ru):
    record = ru("ТАШКЕНТ, 3 апреля. Министр иностранных дел Узбекистана Бахтиёр Саидов провел "
                "переговоры с Министром иностранных дел Японии Такэси Ивая и Генеральным "
                "секретарем ШОС Чжаном Мином.")
    assert person(record, "Takeshi Iwaya").aliases == ["Такэси Ивая"]
    assert person(record, "Zhang Ming").aliases == ["Чжан Мин"]


def test_a_one_letter_given_name_at_the_end_is_kept(ru):
    record = ru("АСТАНА, 3 апреля. Министр иностранных дел Казахстана Ермек Кошербаев провел "
                "переговоры с министром иностранных дел КНР Ван И.")
    assert person(record, "Wang Yi").aliases == ["Ван И"]


@pytest.mark.parametrize(("cyrillic", "country", "latin"), [
    ("Эльнур Мамедов", "AZE", "Elnur Mammadov"),
    ("Инам Керимов", "AZE", "Inam Karimov"),
    ("Гасан Гасанов", "AZE", "Hasan Hasanov"),
    ("Вепа Хаджиев", "TKM", "Vepa Hajiyev"),
    ("Андрис Пелшс", "LVA", "Andris Pelss"),
    ("Эдгарс Ринкевичс", "LVA", "Edgars Rinkevics"),
    ("Мухтар Бабаев", "AZE", "Mukhtar Babayev"),
    ("Кохир Расулзода", "TJK", "Kokhir Rasulzoda"),
    ("Шахин Алиев", "AZE", "Shahin Aliyev"),
    ("Нурлан Жолдыбай", "KAZ", "Nurlan Zholdybay"),
    ("Инга Берзиня", "LVA", "Inga Berzina"),
])
def test_the_region_s_own_spellings_of_names_the_dictionary_lacks(cyrillic, country, latin):
    assert latin_name(cyrillic, country)[0] == latin


def test_vietnamese_names_are_read_back_into_their_alphabet(ru):
    record = ru("МИНСК, 12 мая – БЕЛТА. Министр промышленности Беларуси Александр Ефимов встретился "
                "с заместителем министра промышленности и торговли Вьетнама Чыонг Тхань Хоаем.",
                published="2026-05-12")
    assert "Truong Thanh Hoai" in {a.name for a in record.actors if a.kind == "person"}


def test_a_vietnamese_surname_tells_the_scheme_when_no_state_is_told():
    assert latin_name("Нгуен Куок Зунг")[0] == "Nguyen Quoc Dung"


def test_persian_and_arabic_names_write_j_for_dzh():
    assert latin_name("Джалал Мохаммади", "IRN")[0] == "Jalal Mohammadi"  # (and h for the inner х: middle_east.py)
    assert latin_name("Джабер Аль Сабах", "KWT")[0].startswith("Jaber")


def test_a_korean_name_with_a_voiced_letter_is_all_latin(ru):
    record = ru("СЕУЛ, 2 октября. Казинформ. Министр торговли Казахстана Арман Шаккалиев встретился с "
                "министром промышленности Республики Корея Ан Док Кыном.", published="2026-10-02")
    name = next(a.name for a in record.actors if a.kind == "person" and a.name.startswith("Ahn"))
    assert name == "Ahn Deok-geun"  # the closing к is k, and о before it eo (덕)
