"""A minister's portfolio joined with "и" past the listed one names the ministry whole ("министр
транспорта и коммуникаций" -> Minister of Transport and Communications), and offices the region's
copy names often, whole (security committees, ministries of public security, a foreign ministry's
state secretary)."""

from __future__ import annotations

import pytest
from ru_record import person


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Министр транспорта и коммуникаций Беларуси Алексей Ливенцев встретился с коллегами.",
     "Alexei Liventsev", "Minister of Transport and Communications"),
    ("Заместитель министра экономики и коммерции Кыргызстана Айбек Маматов встретился с послом.",
     "Aibek Mamatov", "Deputy Minister of Economy and Commerce"),
    ("Министр промышленности и торговли Вьетнама Нгуен Хонг Зиен встретился с послом.",
     "Nguyen Hong Dien", "Minister of Industry and Trade"),
    ("Министр иностранных дел и торговли Австралии Пенни Вонг встретилась с послом.",
     "Penny Wong", "Minister of Foreign Affairs and Trade"),
])
def test_a_portfolio_joined_names_the_ministry_whole(ru, text, name, title):
    assert person(ru(text, published="2026-01-05"), name).title == title


@pytest.mark.parametrize(("text", "name", "title"), [
    # a listed portfolio of two keeps the listed title
    ("Министр энергетики и природных ресурсов Турции Алпарслан Байрактар встретился с послом.",
     "Alparslan Bayraktar", "Energy Minister"),
    # a portfolio the table does not hold: the listed title
    ("Министр транспорта и логистики Казахстана Нурлан Сауранбаев встретился с послом.",
     "Nurlan Sauranbayev", "Transport Minister"),
])
def test_other_portfolios_keep_the_listed_title(ru, text, name, title):
    assert person(ru(text, published="2026-01-05"), name).title == title


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Председатель Государственного комитета национальной безопасности Таджикистана Саймумин Ятимов "
     "встретился с послом.", "Saimumin Yatimov", "Chairman of the State Committee for National Security"),
    ("Министр общественной безопасности КНР Ван Сяохун встретился с послом.",
     "Wang Xiaohong", "Minister of Public Security"),
    ("Государственный секретарь Министерства иностранных дел Латвии Андрис Пелшс встретился с послом.",
     "Andris Pelss", "State Secretary of the Ministry of Foreign Affairs"),
])
def test_offices_named_whole(ru, text, name, title):
    assert person(ru(text, published="2026-01-05"), name).title == title
