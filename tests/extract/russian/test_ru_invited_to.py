"""A planned gathering an invitation invites to has only the people who confirmed taking part."""

from __future__ import annotations

from ru_record import events, names

CONFIRMED = (
    "АШХАБАД, 3 марта (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял министра "
    "иностранных дел Азербайджана Джейхуна Байрамова.\n\n"
    "Байрамов передал Сердару Бердымухамедову приглашение Президента Азербайджана Ильхама Алиева "
    "принять участие в международном форуме «Баку – Каспий», который пройдет в Баку в мае. "
    "Президент Туркменистана подтвердил свое участие в форуме.")

INVITED_ONLY = (
    "АШХАБАД, 3 марта (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял министра "
    "иностранных дел Азербайджана Джейхуна Байрамова.\n\n"
    "Байрамов передал Сердару Бердымухамедову приглашение Президента Азербайджана Ильхама Алиева "
    "принять участие в международном форуме «Баку – Каспий», который пройдет в Баку в мае.")


def test_who_confirmed_attends(ru):
    record = ru(CONFIRMED, published="2025-03-03")
    [forum] = events(record, "gathering")
    assert names(record, forum) & {"Serdar Berdimuhamedov", "Ilham Aliyev", "Jeyhun Bayramov"} == {
        "Serdar Berdimuhamedov"}


def test_the_invited_alone_do_not_attend(ru):
    record = ru(INVITED_ONLY, published="2025-03-03")
    [forum] = events(record, "gathering")
    assert not any(record.actor(a).kind == "person" for a in forum.participants)  # type: ignore[union-attr]
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Ilham Aliyev", "Serdar Berdimuhamedov"}


SITTING = (
    "АСТАНА, 14 мая. КАЗИНФОРМ – Председатель Сената Парламента Казахстана Маулен Ашимбаев "
    "принял Председателя Национального собрания Республики Беларусь Наталью Кочанову.\n\n"
    "Кочанова пригласила казахстанского коллегу принять участие в заседании Совета "
    "Парламентского Собрания Союза Беларуси и России, которое пройдет в Минске в июне.")


def test_a_planned_sitting_invited_to_has_no_invited_people(ru):
    record = ru(SITTING, published="2025-05-14")
    sittings = [e for e in record.events if e.status == "planned" and e.kind in ("multilateral", "meeting")
                and "заседании" in e.trigger.text]
    assert sittings
    assert not any(record.actor(a).kind == "person" for a in sittings[0].participants)  # type: ignore[union-attr]


def test_a_sitting_invited_to_has_not_the_invitee_s_state(ru):
    """"пригласил X принять участие в заседании Совета глав государств СНГ, которое пройдет в Ташкенте":
    the CIS and its host, not the state of who is only invited."""
    record = ru(" date 2026-05-12\nМИНСК, 12 мая – БелТА. Президент Беларуси Александр Лукашенко провел переговоры с "
                "Президентом Узбекистана Шавкатом Мирзиёевым.\n\nШавкат Мирзиёев пригласил Александра Лукашенко "
                "принять участие в заседании Совета глав государств СНГ, которое пройдет в Ташкенте в октябре.",
                published=None)
    [sitting] = [e for e in record.events if e.kind == "multilateral"]
    assert sorted(sitting.countries) == ["CIS", "UZB"]
