"""Talks on the sidelines of a named sitting ("на полях заседания Совета министров иностранных дел
СНГ встретился с X"): the talks are the two sides' own meeting, the sitting's organisation no party
to them, and the sitting an engagement of its own, told before the verb or after it; a sitting told
again by another name, or unnamed, is no second one."""

from __future__ import annotations

import pytest
from ru_record import events, names

BEFORE = (" date 2026-03-12\nАСТАНА. КАЗИНФОРМ – Накануне Министр иностранных дел Казахстана Ермек "
          "Кошербаев на полях заседания Совета министров иностранных дел СНГ в Минске встретился с "
          "Министром иностранных дел Республики Беларусь Максимом Рыженковым.")
AFTER = (" date 2026-05-04\nБишкек, 4 мая – Кабар. Президент Кыргызстана Садыр Жапаров провел "
         "телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым. В последний раз лидеры двух стран "
         "встречались в марте, на полях заседания Высшего Евразийского экономического совета в Минске.")


@pytest.mark.parametrize(("text", "pair", "org", "month"), [
    (BEFORE, {"BLR", "KAZ"}, "CIS", "2026-03-11"),
    (AFTER, {"KGZ", "UZB"}, "EAEU", "2026-03"),
])
def test_talks_beside_a_sitting_are_a_meeting_of_their_two_states_and_the_sitting_its_own(
        ru, text, pair, org, month):
    record = ru(text, published=None)
    [meeting] = [e for e in events(record, "meeting") if e.date is not None and e.date.start == month]
    assert set(meeting.countries) == pair
    [sitting] = events(record, "multilateral")
    assert org in sitting.countries
    assert sitting.date is not None and sitting.date.start == month
    assert names(record, meeting) <= names(record, sitting)


def test_a_sitting_told_again_by_its_short_name_is_no_second_one(ru):
    record = ru(" date 2026-07-02\nБишкек, 2 июля – Кабар. Министр иностранных дел Кыргызстана Жээнбек "
                "Кулубаев провел переговоры с Министром иностранных дел Китая Ван И. Стороны обсудили "
                "подготовку к заседанию Совета министров иностранных дел государств – членов Шанхайской "
                "организации сотрудничества, которое пройдет 15-16 июля в Тяньцзине. Министры "
                "договорились продолжить контакты на полях заседания СМИД ШОС.", published=None)
    assert len([e for e in record.events if e.kind in ("multilateral", "gathering")]) == 1


def test_an_initial_after_a_sitting_opens_a_name_not_the_sittings_name(ru):
    record = ru(" date 2026-10-09\nТашкент, 9 октября (УзА). Накануне в Душанбе прошло заседание Совета "
                "министров иностранных дел СНГ. На полях заседания Б.Саидов провел ряд двусторонних встреч.",
                published=None)
    assert not [e for e in record.events if e.name and e.name.rstrip(".").endswith(" Б")]
    assert len([e for e in record.events if e.kind in ("multilateral", "gathering")]) == 1
