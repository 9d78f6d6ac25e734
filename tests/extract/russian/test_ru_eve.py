"""An engagement dated by the one it comes before: "заседание СМИД пройдет накануне саммита", "перед
встречей лидеров пройдет заседание" take the time of that summit or meeting, told before."""

from __future__ import annotations

import pytest
from ru_record import events


@pytest.mark.parametrize(("text", "start", "end"), [
    (" date 2026-11-18\nАСТАНА. КАЗИНФОРМ – Президент Казахстана Касым-Жомарт Токаев принял Генерального "
     "секретаря Организации тюркских государств Кубанычбека Омуралиева. Стороны обсудили подготовку "
     "неформального саммита ОТГ, который состоится в феврале 2027 года в Туркестане. Стороны "
     "договорились, что заседание Совета министров иностранных дел ОТГ пройдет накануне саммита.",
     "2027-02", "2027-02"),
    (" date 2026-06-02\nДушанбе, 2 июня /Ховар/. Министр иностранных дел Таджикистана Сироджиддин "
     "Мухриддин принял посла Узбекистана. Стороны обсудили подготовку к Консультативной встрече глав "
     "государств Центральной Азии, которая состоится 14 августа в Ташкенте. Перед встречей лидеров "
     "пройдет заседание Совета министров иностранных дел стран Центральной Азии.",
     "2026-08", "2026-08"),
    (" date 2026-03-03\nБАКУ, 3 марта. /Тренд/. Президент Азербайджана Ильхам Алиев 20-21 апреля примет "
     "участие в саммите Организации тюркских государств в Габале. Накануне саммита состоится заседание "
     "Совета министров иностранных дел ОТГ.", "2026-04-19", "2026-04-19"),
])
def test_a_sitting_told_before_another_engagement_takes_its_time(ru, text, start, end):
    record = ru(text, published=None)
    [sitting] = [e for e in events(record, "multilateral") if "министров" in (e.name or "")]
    assert sitting.date is not None
    assert (sitting.date.start, sitting.date.end) == (start, end)
    assert sitting.status == "planned"


def test_a_sitting_with_a_day_of_its_own_keeps_it(ru):
    record = ru(" date 2026-03-03\nБАКУ, 3 марта. /Тренд/. Президент Азербайджана Ильхам Алиев 20-21 апреля "
                "примет участие в саммите Организации тюркских государств в Габале. 18 апреля, накануне "
                "саммита, пройдет заседание Совета министров иностранных дел ОТГ.", published=None)
    [sitting] = events(record, "multilateral")
    assert sitting.date is not None and sitting.date.start == "2026-04-18"


@pytest.mark.parametrize(("noun", "start", "end"), [("мероприятия", "2026-05-22", "2026-05-22"),
                                                    ("мероприятий", "2026-05-21", "2026-05-22")])
def test_talks_on_the_sidelines_of_the_events_told_take_their_days(ru, noun, start, end):
    record = ru(" date 2026-05-04\nМОСКВА, 4 мая. /ТАСС/. 21 мая в Минске состоится Евразийский экономический "
                "форум, а 22 мая Президент России примет участие в заседании Высшего Евразийского экономического "
                f"совета. На полях {noun} запланирована встреча Владимира Путина с Президентом Казахстана "
                "Касым-Жомартом Токаевым.", published=None)
    [meeting] = [e for e in events(record, "meeting") if "KAZ" in e.countries]
    assert meeting.date is not None
    assert (meeting.date.start, meeting.date.end) == (start, end)
