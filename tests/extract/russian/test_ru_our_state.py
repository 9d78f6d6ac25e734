"""The agency's own state told as "наш" ("Глава нашего государства", "президент нашей страны") is
the head of the dateline's state; a premier told by a demonym in the genitive or accusative
("японского премьера", lemmatised "премьера") is the one of that state named before; a
Vietnamese leader by the name English copy gives."""

from __future__ import annotations

from ru_record import events, names, person


def test_the_head_of_our_state_invites(ru):
    record = ru("ТАШКЕНТ, 3 марта. /УзА/. Президент Республики Узбекистан Шавкат Мирзиёев провел "
                "переговоры с Президентом Республики Корея Ли Чжэ Мёном. Глава нашего государства "
                "пригласил южнокорейского лидера посетить Самарканд.", published="2026-03-03")
    invitation = events(record, "invitation")[0]
    assert "Shavkat Mirziyoyev" in names(record, invitation)
    assert invitation.countries[0] == "UZB"


def test_a_premier_told_by_demonym_in_the_accusative(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – Президент Казахстана Касым-Жомарт Токаев встретился с "
                "Премьер-министром Малайзии Анваром Ибрагимом. Глава государства пригласил "
                "малайзийского премьера принять участие в Астанинском международном форуме.",
                published="2026-03-03")
    invitation = events(record, "invitation")[0]
    assert names(record, invitation) == {"Kassym-Jomart Tokayev", "Anwar Ibrahim"}


def test_a_vietnamese_prime_minister(ru):
    record = ru("МИНСК, 3 мар – БЕЛТА. Премьер-министр Беларуси Александр Турчин провел переговоры с "
                "Премьер-министром Вьетнама Фам Минь Тинем.", published="2026-03-03")
    assert person(record, "Pham Minh Chinh").country == "VNM"
