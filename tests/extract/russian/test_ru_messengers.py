"""An invitation passed on ("X передал Y приглашение Z"): the messenger X is no party to it, whatever
case the tagger gives his surname, and also when the inviter is told by office alone."""

from __future__ import annotations

from ru_record import events, names

TEXT = (
    "ТОКИО, 20 мая. /ТАСС/. Министр иностранных дел Японии Такэси Ивая принял Министра "
    "иностранных дел Кыргызской Республики Жээнбека Кулубаева.\n\n"
    "Кулубаев передал японскому министру приглашение Президента Кыргызской Республики Садыра "
    "Жапарова посетить Бишкек с официальным визитом. Ивая передал Кулубаеву приглашение "
    "Председателя Палаты представителей Японии посетить Токио.")

INDECLINABLE = (
    "ТЕГЕРАН, 9 апреля. /ИРНА/. Министр иностранных дел Армении Арарат Мирзоян провел переговоры с "
    "министром иностранных дел Ирана Аббасом Аракчи.\n\n"
    "Аракчи передал Мирзояну приглашение президента Ирана Масуда Пезешкиана посетить Тегеран.")


def test_the_messenger_of_a_named_inviter_is_no_party(ru):
    record = ru(TEXT, published="2025-05-20")
    first, second = events(record, "invitation")
    assert "Jeenbek Kulubaev" not in names(record, first)
    assert "Sadyr Japarov" in names(record, first)


def test_the_messenger_of_an_office_is_no_party(ru):
    record = ru(TEXT, published="2025-05-20")
    _, second = events(record, "invitation")
    assert names(record, second) == {"Jeenbek Kulubaev"}
    assert sorted(second.countries) == ["JPN", "KGZ"]


def test_an_indeclinable_messenger_is_no_party(ru):
    record = ru(INDECLINABLE, published="2025-04-09")
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Masoud Pezeshkian", "Ararat Mirzoyan"}


def test_a_messenger_told_by_a_role_noun_is_no_party(ru):
    """The frame lends the invitation the visit's guest; the guest passed it on from his own side."""
    record = ru(" date 2026-02-11\nАСТАНА. КАЗИНФОРМ – Президент Республики Казахстан Касым-Жомарт Токаев "
                "принял Министра иностранных дел и внешнеэкономических связей Венгрии Петера Сийярто, "
                "прибывшего в Астану с официальным визитом.\n\nМинистр передал Главе государства приглашение "
                "Премьер-министра Венгрии В.Орбана посетить Будапешт в следующем году.", published=None)
    [invitation] = events(record, "invitation")
    assert "Péter Szijjártó" not in names(record, invitation)
    assert "Kassym-Jomart Tokayev" in names(record, invitation)
    assert sorted(invitation.countries) == ["HUN", "KAZ"]


def test_the_one_the_invitation_is_passed_to_is_no_messenger(ru):
    """No one named before the verb of passing on: whoever follows it is the invitee, not a messenger
    (whatever case the tagger reads in "Ильхаму")."""
    record = ru(" date 2026-06-02\nБАКУ, 2 июня /Тренд/. Президент Азербайджана Ильхам Алиев принял министра "
                "иностранных дел Молдовы Михая Попшоя.\n\nМинистр передал Ильхаму Алиеву приглашение "
                "Президента Молдовы Майи Санду посетить Кишинев.", published=None)
    [invitation] = events(record, "invitation")
    assert "Ilham Aliyev" in names(record, invitation)
    assert "AZE" in invitation.countries
