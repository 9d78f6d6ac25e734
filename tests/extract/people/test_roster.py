"""The people stage's roster answers as the scans of every actor did (people/roster.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.people.roster import NameMentions, Roster, SurnameKeys
from dateline.gazetteer import translit_key

TEXT = ("Kazakh Foreign Minister Murat Nurtleu met Azerbaijani President Ilham Aliyev and "
        "Kamran Aliyev, the prosecutor general, in Baku. Aliyev thanked Nurtleu.")


def _roster() -> Roster:
    state = DocState(article=Article(text=TEXT, id="t"), text=TEXT)
    roster = Roster(state)
    for name in ("Murat Nurtleu", "Ilham Aliyev", "Kamran Aliyev"):
        roster.add(ActorDraft(id=state.new_actor_id(), kind="person", name=name,
                              key=name.lower()))
    roster.add(ActorDraft(id=state.new_actor_id(), kind="country", name="Kazakhstan",
                          country="KAZ", key="KAZ"))
    return roster


def test_an_actor_is_found_by_its_kind_and_key() -> None:
    roster = _roster()
    assert roster.find("person", "ilham aliyev") is roster.state.actors[1]
    assert roster.find("country", "KAZ") is roster.state.actors[3]
    assert roster.find("person", "KAZ") is None and roster.find("country", "AZE") is None


def test_a_bare_surname_is_the_first_person_found_with_it() -> None:
    roster = _roster()

    def by_surname(surname: str):  # type: ignore[no-untyped-def]
        key = translit_key(surname)  # as the stage keys a name: "Aliyev" is "aliev"
        return roster.first_person(key, lambda a, keys: key in keys.lasts)

    assert by_surname("Aliyev") is roster.state.actors[1]  # Ilham, named before Kamran
    assert by_surname("Nurtleu") is roster.state.actors[0]
    assert by_surname("Tokayev") is None


def test_only_the_persons_with_the_key_are_asked() -> None:
    roster = _roster()
    asked: list[str] = []

    def matches(actor: ActorDraft, keys: SurnameKeys) -> bool:
        asked.append(actor.name)
        return keys.first == "kamran"

    assert roster.first_person("kamran", matches) is roster.state.actors[2]
    assert asked == ["Kamran Aliyev"]


def test_a_span_overlapping_a_name_mention_is_told_apart() -> None:
    start = TEXT.index("Ilham Aliyev")
    mentions = [Mention(start, start + 12, "a2", "name"),
                Mention(TEXT.index("Kazakh"), TEXT.index("Kazakh") + 6, "a4", "demonym"),
                Mention(TEXT.index("Murat"), TEXT.index("Murat") + 13, "a1", "name")]
    names = NameMentions(mentions)
    assert names.overlaps(start + 6, start + 20)  # "Aliyev and Kamran"
    assert names.overlaps(start - 10, start + 1)
    assert not names.overlaps(start + 12, start + 16)  # " and": right after the name
    assert not names.overlaps(0, 6)  # "Kazakh" is a demonym, not a person's name
    assert not names.overlaps(start - 4, start)
