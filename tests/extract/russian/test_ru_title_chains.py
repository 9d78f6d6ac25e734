"""Long Russian titles: chains joined by a dash or a comma, a portfolio listed with commas, the
offices a title heads told in the genitive before the name, a press service's head."""

from __future__ import annotations

import pytest
from ru_record import person


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Министр иностранных дел Венгрии Петер Сийярто провел переговоры с заместителем "
     "Премьер-министра – министром инвестиций, промышленности и торговли Узбекистана Джамшидом "
     "Ходжаевым.", "Jamshid Khodjaev", "Deputy Prime Minister – Investment Minister", "UZB"),
    ("Заместитель Председателя Кабинета Министров, министр иностранных дел Туркменистана Рашид "
     "Мередов прибыл в Анкару с рабочим визитом.", "Rashid Meredov",
     "Deputy Chairman of the Cabinet of Ministers, Foreign Minister", "TKM"),
    ("Об итогах встречи рассказал руководитель пресс-службы Президента Кыргызстана Аскат Алагозов.",
     "Askat Alagozov", "Head of the Presidential Press Service", "KGZ"),
    ("Директор Пограничной службы Комитета национальной безопасности Республики Казахстан Ермек "
     "Алдабергенов прибыл в Ашхабад для участия в совещании.", "Yermek Aldabergenov", "Director", "KAZ"),
    ("Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с председателем Великого "
     "национального собрания Турции Нуманом Куртулмушем.", "Numan Kurtulmuş",
     "Speaker of the Grand National Assembly", "TUR"),
    ("Торага Жогорку Кенеша встретился с Председателем Постоянного комитета Всекитайского собрания "
     "народных представителей Чжао Лэцзи.", "Zhao Leji",
     "Chairman of the Standing Committee of the National People's Congress", "CHN"),
])
def test_the_whole_title_and_the_state_served(ru, sentence, name, title, country):
    record = ru(" date 2025-03-12\nАСТАНА, 12 марта. /Казинформ/. " + sentence, published=None)
    official = person(record, name)
    assert (official.title, official.country) == (title, country)


def test_a_comma_between_officials_of_different_states_joins_no_titles(ru):
    record = ru(" date 2025-03-12\nТАШКЕНТ, 12 марта. /УзА/. В церемонии приняли участие Президент "
                "Казахстана Касым-Жомарт Токаев, Премьер-министр Узбекистана Абдулла Арипов и министр "
                "обороны Турции Яшар Гюлер.", published=None)
    assert person(record, "Abdulla Aripov").title == "Prime Minister"
    assert person(record, "Kassym-Jomart Tokayev").title == "President"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("БАКУ, 11 ноября. /Тренд/. Помощник Президента Азербайджанской Республики – заведующий Отделом "
     "по вопросам внешней политики Администрации Президента Хикмет Гаджиев встретился с послом "
     "Италии.", "Hikmet Hajiyev", "AZE"),
    ("АСТАНА, 11 ноября. /Казинформ/. Директор департамента Азии МИД Казахстана Айдар Ахметов "
     "принял посла Италии.", "Aidar Akhmetov", "KAZ"),
])
def test_a_head_of_department_closes_a_chain_and_keeps_its_state(ru, text, name, country):
    found = person(ru(text), name)
    assert found.country == country
    assert found.title is not None and found.title.split(" – ")[-1].startswith("Head of")  # the office listed whole or not
