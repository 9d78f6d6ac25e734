"""The same person is one person: spelling variants of one official (same country and office)
are merged as reports are stored; different people who share a surname stay apart. On SQLite and
PostgreSQL."""

from __future__ import annotations

from kb_records import E, build, country, person

from dateline.store import Store


def _people(store: Store) -> dict[str, int]:
    return {r["name"]: r["id"] for r in store.db.query(
        "SELECT id, name FROM actors WHERE kind = 'person' ORDER BY id")}


def reports() -> list:  # type: ignore[type-arg]
    first = ("BAKU, November 14. Azerbaijani Prosecutor General Kamran Aliyev met Iran's "
             "Prosecutor General Mohammad Kazem Movahedi-Azad on Thursday. Aliyev and "
             "Movahedi-Azad signed a memorandum.")
    second = ("TEHRAN, December 2. Iranian Prosecutor General Mohammad Kazem Movahedi-Azadi "
              "received Tajik Prosecutor General Yusuf Rahmon on Monday.")
    third = ("DUSHANBE, December 9. President of Tajikistan Emomali Rahmon received President of "
             "Uzbekistan Shavkat Mirziyoev. Rahmon and Mirziyoev discussed water management.")
    fourth = ("TASHKENT, December 12. Uzbek President Shavkat Mirziyoyev held a phone call with "
              "Azerbaijani President Ilham Aliyev.")
    return [
        build(first, id="iran-1", published="2024-11-14", url="https://wire.example/iran-1",
              actors={
                  "a1": person("Kamran Aliyev", title="Prosecutor General", country="AZE"),
                  "a2": person("Mohammad Kazem Movahedi-Azad", title="Prosecutor General",
                               country="IRN"),
                  "a3": person("Movahedi-Azad", "Movahedi-Azad signed")},
              events=[E("meeting", "met", ["a1"], ["a2"], ["AZE", "IRN"], "2024-11-14",
                        place=("Baku", "AZE")),
                      E("agreement", "signed", ["a1", "a3"], [], ["AZE", "IRN"], "2024-11-14",
                        name="memorandum", type="SUPPORT")]),
        build(second, id="iran-2", published="2024-12-02", url="https://wire.example/iran-2",
              actors={
                  "a1": person("Mohammad Kazem Movahedi-Azadi", title="Prosecutor General",
                               country="IRN"),
                  "a2": person("Yusuf Rahmon", title="Prosecutor General", country="TJK")},
              events=[E("meeting", "received", ["a2"], ["a1"], ["IRN", "TJK"], "2024-12-02",
                        place=("Tehran", "IRN"))]),
        build(third, id="tjk-1", published="2024-12-09", url="https://wire.example/tjk-1",
              actors={
                  "a1": country("TJK", "Tajikistan"),
                  "a2": person("Emomali Rahmon", title="President", country="TJK"),
                  "a3": person("Shavkat Mirziyoev", title="President", country="UZB")},
              events=[E("meeting", "received", ["a3"], ["a2"], ["TJK", "UZB"], "2024-12-09",
                        place=("Dushanbe", "TJK"))]),
        build(fourth, id="uzb-1", published="2024-12-12", url="https://wire.example/uzb-1",
              actors={
                  "a1": person("Shavkat Mirziyoyev", title="President", country="UZB"),
                  "a2": person("Ilham Aliyev", title="President", country="AZE")},
              events=[E("call", "phone call", ["a1"], ["a2"], ["AZE", "UZB"], "2024-12-12")]),
    ]


def test_variant_spellings_of_one_official_are_one_person(store: Store) -> None:
    stats = store.add(reports())
    assert (stats.added, stats.failed) == (4, 0)
    people = _people(store)
    assert {name for name in people if "Movahedi" in name} == {"Mohammad Kazem Movahedi-Azad"}
    assert {name for name in people if "Mirzi" in name} == {"Shavkat Mirziyoev"}
    movahedi = store.get_actor(people["Mohammad Kazem Movahedi-Azad"])
    assert movahedi is not None
    assert set(movahedi.names) == {"Mohammad Kazem Movahedi-Azad", "Movahedi-Azad",
                                   "Mohammad Kazem Movahedi-Azadi"}
    assert [(r.title, r.country, r.first_seen, r.last_seen) for r in movahedi.roles] == [
        ("Prosecutor General", "IRN", "2024-11-14", "2024-12-02")]
    assert {e.kind for e in movahedi.events} == {"meeting", "agreement"}
    mirziyoyev = store.get_actor(people["Shavkat Mirziyoev"])
    assert mirziyoyev is not None and mirziyoyev.n_articles == 2


def test_people_who_share_a_surname_stay_apart(store: Store) -> None:
    store.add(reports())
    people = _people(store)
    assert {"Emomali Rahmon", "Yusuf Rahmon", "Kamran Aliyev", "Ilham Aliyev"} <= set(people)
    yusuf = store.get_actor(people["Yusuf Rahmon"])
    assert yusuf is not None and [r.title for r in yusuf.roles] == ["Prosecutor General"]
    emomali = store.get_actor(people["Emomali Rahmon"])
    assert emomali is not None and [r.title for r in emomali.roles] == ["President"]
