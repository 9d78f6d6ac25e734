"""One relationship in five wire reports (Azerbaijan and Kazakhstan, 2024-2025), with every
shape the brief reads: a visit at an invitation, a signing, invitations honoured, announced and
open, consultations announced and held, a planned call that never came, a new office holder."""

from __future__ import annotations

from kb_records import E, build, country, person

__all__ = ["reports"]

PG = dict(title="Prosecutor General", organization="Prosecutor General's Office")


def reports() -> list:  # type: ignore[type-arg]
    r1 = ("BAKU, April 3. Deputy Prosecutor General of Kazakhstan Zhandos Umiraliyev arrived in "
          "Baku on a working visit at the invitation of Azerbaijani Prosecutor General Kamran "
          "Aliyev. The two held talks in Baku. Aliyev invited Kazakh Prosecutor General Berik "
          "Asylov to visit Azerbaijan.")
    r2 = ("BAKU, June 20. Kazakhstan's Prosecutor General Berik Asylov arrived in Baku on an "
          "official visit. Asylov and Azerbaijani Prosecutor General Kamran Aliyev signed a "
          "Memorandum of Understanding on asset recovery. Asylov invited Aliyev to Kazakhstan. "
          "Aliyev will pay a visit to Astana next year.")
    r3 = ("ASTANA, September 1. Kazakhstan and Azerbaijan will hold consultations on legal "
          "cooperation in Astana on September 25, the Kazakh foreign ministry said. The two "
          "sides will also hold a video call on September 10.")
    r4 = ("ASTANA, September 26. Kazakh and Azerbaijani officials held consultations on legal "
          "cooperation in Astana on September 25. Kazakh Foreign Minister Murat Nurtleu invited "
          "Azerbaijani Foreign Minister Jeyhun Bayramov to visit Kazakhstan.")
    r5 = ("TASHKENT, January 15. Prosecutor General of Kazakhstan Nurlan Zhaksylykov held talks "
          "with Uzbek Prosecutor General Nigmatilla Yuldashev in Tashkent on Wednesday.")
    kaz, aze = country("KAZ", "Kazakhstan"), country("AZE", "Azerbaijan")
    return [
        build(r1, id="r1", published="2024-04-03", url="https://wire.example/r1",
              source="Caspian Wire", actors={
                  "a1": person("Zhandos Umiraliyev", title="Deputy Prosecutor General",
                               country="KAZ", organization="Prosecutor General's Office"),
                  "a2": person("Kamran Aliyev", **PG, country="AZE"),
                  "a3": person("Berik Asylov", **PG, country="KAZ")},
              events=[E("visit", "arrived", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-04-03",
                        place=("Baku", "AZE")),
                      E("meeting", "held talks", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-04-03",
                        place=("Baku", "AZE")),
                      E("invitation", "invited", ["a2"], ["a3"], ["AZE", "KAZ"], "2024-04-03",
                        type="AGREE")]),
        build(r2, id="r2", published="2024-06-20", url="https://wire.example/r2",
              source="Caspian Wire", actors={
                  "a1": person("Berik Asylov", **PG, country="KAZ"),
                  "a2": person("Kamran Aliyev", **PG, country="AZE")},
              events=[E("visit", "arrived", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-06-20",
                        place=("Baku", "AZE")),
                      E("agreement", "signed", ["a1", "a2"], [], ["AZE", "KAZ"], "2024-06-20",
                        name="Memorandum of Understanding on asset recovery", type="SUPPORT",
                        place=("Baku", "AZE")),
                      E("invitation", "invited Aliyev", ["a1"], ["a2"], ["AZE", "KAZ"],
                        "2024-06-20", type="AGREE"),
                      E("visit", "will pay a visit", ["a2"], [], ["AZE", "KAZ"], "2025",
                        status="planned", place=("Astana", "KAZ"))]),
        build(r3, id="r3", published="2024-09-01", url="https://wire.example/r3",
              source="Steppe News", actors={"a1": kaz, "a2": aze},
              events=[E("meeting", "will hold consultations", ["a1"], ["a2"], ["AZE", "KAZ"],
                        "2024-09-25", status="planned", place=("Astana", "KAZ")),
                      E("call", "video call", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-09-10",
                        status="planned")]),
        build(r4, id="r4", published="2024-09-26", url="https://wire.example/r4",
              source="Steppe News", actors={
                  "a1": kaz, "a2": aze,
                  "a3": person("Murat Nurtleu", title="Foreign Minister", country="KAZ"),
                  "a4": person("Jeyhun Bayramov", title="Foreign Minister", country="AZE")},
              events=[E("meeting", "held consultations", ["a1"], ["a2"], ["AZE", "KAZ"],
                        "2024-09-25", place=("Astana", "KAZ")),
                      E("invitation", "invited", ["a3"], ["a4"], ["AZE", "KAZ"], "2024-09-26",
                        type="AGREE")]),
        build(r5, id="r5", published="2025-01-15", url="https://wire.example/r5",
              source="Registan Post", actors={
                  "a1": person("Nurlan Zhaksylykov", **PG, country="KAZ"),
                  "a2": person("Nigmatilla Yuldashev", **PG, country="UZB")},
              events=[E("meeting", "held talks", ["a1"], ["a2"], ["KAZ", "UZB"], "2025-01-15",
                        place=("Tashkent", "UZB"))]),
    ]
