"""An invitation a messenger passes on at talks, told to no one ("Казахстанский замминистра передал
приглашение Председателя Мажилиса X посетить Казахстан"), invites the one he met; the messenger is
no party; one told to whom ("передал К.Алиеву приглашение") keeps its own invitee."""

from __future__ import annotations

from ru_record import events, names


def test_the_invitee_is_the_other_side_of_the_talks_told_before(ru):
    record = ru(" date 2026-04-15\nРИГА. КАЗИНФОРМ – Заместитель министра иностранных дел Казахстана Алибек "
                "Бакаев встретился с Председателем Сейма Латвийской Республики Дайгой Миериней. Стороны "
                "обсудили развитие межпарламентских связей. Казахстанский замминистра передал приглашение "
                "Председателя Мажилиса Парламента Республики Казахстан Ерлана Кошанова посетить Казахстан с "
                "официальным визитом.", published=None)
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Yerlan Koshanov", "Daiga Mierina"}
    assert set(invitation.countries) == {"KAZ", "LVA"}


def test_an_invitation_passed_on_to_someone_named_keeps_its_invitee(ru):
    record = ru(" date 2026-09-17\nТашкент, 17 сентября (УзА). Министр иностранных дел Узбекистана Бахтиёр "
                "Саидов провел встречу с послом Лаоса. Посол передал Президенту Узбекистана Шавкату Мирзиёеву "
                "приглашение Президента Лаоса Тхонглуна Сисулита посетить Вьентьян.", published=None)
    [invitation] = events(record, "invitation")
    assert "Bakhtiyor Saidov" not in names(record, invitation)
