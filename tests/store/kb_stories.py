"""Wire-style stories written for the store tests, with the records an extractor would give."""

from __future__ import annotations

from typing import Any

from kb_records import E, build, country, org, person

from dateline.article import Article
from dateline.record import Record
from dateline.store import Store

Pair = tuple[Article, Record]

# -- one visit, three outlets --------------------------------------------------------------

VISIT_TEXTS = [
    (" date 2024-04-03\nBAKU, April 3. Kazakhstan's Prosecutor General Berik Asylov arrived in "
     "Baku on an official visit. Asylov met Azerbaijani Prosecutor General Kamran Aliyev to "
     "discuss cooperation in fighting cross-border crime."),
    ("Prosecutor General of Azerbaijan Kamran Aliev received his Kazakh counterpart Berik Asylov "
     "in Baku on Wednesday. The two prosecutors signed nothing but agreed to meet again."),
    ("ASTANA, April 4. Prosecutor General Berik Asylov paid a working visit to Azerbaijan on "
     "April 3, where he held talks with Prosecutor General K. Aliyev."),
]


def visit_reports() -> list[Pair]:
    """Three outlets report the Kazakh prosecutor general's visit to Baku on 2024-04-03."""
    a, b, c = VISIT_TEXTS
    return [
        build(a, id="visit-1", published="2024-04-03", url="https://wire.example/kz-az-1",
              source="Wire One", actors={
                  "a1": person("Berik Asylov", "Berik Asylov", "Asylov", title="Prosecutor General",
                               country="KAZ", organization="Prosecutor General's Office"),
                  "a2": person("Kamran Aliyev", "Kamran Aliyev", title="Prosecutor General",
                               country="AZE", organization="Prosecutor General's Office"),
                  "a3": country("KAZ", "Kazakhstan"),
                  "a4": country("AZE", "Azerbaijan", "Azerbaijani")},
              events=[E("visit", "arrived", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-04-03",
                        place=("Baku", "AZE")),
                      E("meeting", "met", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-04-03",
                        place=("Baku", "AZE"))]),
        build(b, id="visit-2", published="2024-04-03", url="https://daily.example/asylov-baku",
              source="Daily Two", actors={
                  "a1": person("Kamran Aliev", "Kamran Aliev", title="Prosecutor General",
                               country="AZE", organization="Prosecutor General's Office"),
                  "a2": person("Berik Asylov", "Berik Asylov", title="Prosecutor General",
                               country="KAZ", organization="Prosecutor General's Office")},
              events=[E("visit", "received", ["a2"], ["a1"], ["AZE", "KAZ"], "2024-04-03",
                        place=("Baku", "AZE"), confidence=0.7)]),
        build(c, id="visit-3", published="2024-04-04", url="https://news.example/asylov-visit",
              source="News Three", actors={
                  "a1": person("Berik Asylov", "Berik Asylov", title="Prosecutor General",
                               country="KAZ", organization="Prosecutor General's Office"),
                  "a2": person("K. Aliyev", "K. Aliyev", title="Prosecutor General",
                               country="AZE", organization="Prosecutor General's Office"),
                  "a3": country("AZE", "Azerbaijan")},
              events=[E("visit", "paid a working visit", ["a1"], ["a3"], ["AZE", "KAZ"],
                        "2024-04-03", place=("Azerbaijan", "AZE")),
                      E("meeting", "held talks", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-04-03")]),
    ]


# -- a conference announced, then held -----------------------------------------------------

CONF_NAME = "Meeting of Prosecutors General of the Caspian Littoral States"


def conference_reports() -> list[Pair]:
    """A gathering planned for September, then reported held on September 19."""
    planned = ("ASTANA, June 10. The next Meeting of Prosecutors General of the Caspian Littoral "
               "States will be held in Astana in September, the Kazakh prosecutor's office said.")
    held = ("ASTANA, September 19. The Meeting of Prosecutors General of the Caspian Littoral "
            "States opened in Astana today with delegations from Azerbaijan, Iran, Kazakhstan, "
            "Russia and Turkmenistan.")
    caspian = ["AZE", "IRN", "KAZ", "RUS", "TKM"]
    return [
        build(planned, id="conf-1", published="2024-06-10", url="https://wire.example/conf-plan",
              actors={"a1": country("KAZ", "Kazakhstan", "Kazakh")},
              events=[E("gathering", "will be held", [], [], caspian, "2024-09",
                        status="planned", place=("Astana", "KAZ"), name=CONF_NAME,
                        type="AGREE")]),
        build(held, id="conf-2", published="2024-09-19", url="https://wire.example/conf-held",
              actors={"a1": country("AZE", "Azerbaijan"), "a2": country("IRN", "Iran")},
              events=[E("gathering", "opened", [], [], caspian, "2024-09-19",
                        place=("Astana", "KAZ"), name=CONF_NAME, mode="multilateral")]),
    ]


# -- the same pair, two different days -----------------------------------------------------

def two_meetings() -> list[Pair]:
    """Azerbaijan's and Turkey's foreign ministers meet in March and again in May."""
    march = ("ANKARA, March 12. Foreign Minister Jeyhun Bayramov met Turkish Foreign Minister "
             "Hakan Fidan in Ankara on Tuesday.")
    may = ("BAKU, May 20. Azerbaijani Foreign Minister Jeyhun Bayramov and his Turkish counterpart "
           "Hakan Fidan met in Baku on Monday to review regional issues.")
    actors = {
        "a1": person("Jeyhun Bayramov", title="Foreign Minister", country="AZE",
                     organization="Ministry of Foreign Affairs"),
        "a2": person("Hakan Fidan", title="Foreign Minister", country="TUR",
                     organization="Ministry of Foreign Affairs"),
    }
    return [
        build(march, id="fm-1", published="2024-03-12", url="https://wire.example/fm-march",
              actors=actors, events=[E("meeting", "met", ["a1"], ["a2"], ["AZE", "TUR"],
                                       "2024-03-12", place=("Ankara", "TUR"))]),
        build(may, id="fm-2", published="2024-05-20", url="https://wire.example/fm-may",
              actors=actors, events=[E("meeting", "met", ["a1", "a2"], [], ["AZE", "TUR"],
                                       "2024-05-20", place=("Baku", "AZE"))]),
    ]


# -- two Aliyevs -----------------------------------------------------------------------------

def two_aliyevs() -> list[Pair]:
    """President Ilham Aliyev and Prosecutor General Kamran Aliyev, then 'President Aliyev'."""
    first = ("BAKU, May 2. President Ilham Aliyev received Kazakhstan's Prosecutor General Berik "
             "Asylov. Prosecutor General Kamran Aliyev attended the meeting.")
    second = ("BAKU, June 5. President Aliyev held a phone call with Kazakh President Kassym-Jomart "
              "Tokayev. Aliyev thanked his colleague for the invitation.")
    return [
        build(first, id="aliyev-1", published="2024-05-02", url="https://wire.example/aliyev-1",
              actors={
                  "a1": person("Ilham Aliyev", title="President", country="AZE"),
                  "a2": person("Berik Asylov", title="Prosecutor General", country="KAZ",
                               organization="Prosecutor General's Office"),
                  "a3": person("Kamran Aliyev", title="Prosecutor General", country="AZE",
                               organization="Prosecutor General's Office")},
              events=[E("meeting", "received", ["a2"], ["a1"], ["AZE", "KAZ"], "2024-05-02",
                        place=("Baku", "AZE"))]),
        build(second, id="aliyev-2", published="2024-06-05", url="https://wire.example/aliyev-2",
              actors={
                  "a1": person("Aliyev", "President Aliyev", title="President", country="AZE"),
                  "a2": person("Kassym-Jomart Tokayev", title="President", country="KAZ")},
              events=[E("call", "phone call", ["a1"], ["a2"], ["AZE", "KAZ"], "2024-06-05")]),
    ]


def all_stories() -> list[Pair]:
    return [*visit_reports(), *conference_reports(), *two_meetings(), *two_aliyevs()]


def org_story() -> Pair:
    text = ("VIENNA, October 8. The International Association of Prosecutors (IAP) opened its "
            "annual conference, attended by Kazakhstan's Prosecutor General Berik Asylov.")
    return build(text, id="iap-1", published="2024-10-08", url="https://wire.example/iap",
                 actors={"a1": org("International Association of Prosecutors",
                                   "International Association of Prosecutors", "IAP",
                                   acronym="IAP"),
                         "a2": person("Berik Asylov", title="Prosecutor General", country="KAZ",
                                      organization="Prosecutor General's Office")},
                 events=[E("gathering", "opened", ["a1"], [], ["IAP", "KAZ"], "2024-10-08",
                           name="IAP Annual Conference", place=("Vienna", "AUT"))])


SKIP_COLUMNS = {"ingested_at", "recorded_at", "applied_at"}
TABLES = ["articles", "actors", "article_actors", "mentions", "roles", "role_sources", "events",
          "event_countries", "event_sources", "event_actors", "event_history", "event_tallies",
          "invitation_scores",
          "schema_version"]


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (without timestamps), sorted: for 'same rows' comparisons."""
    out = {}
    for table in TABLES:
        rows = store.db.query(f"SELECT * FROM {table}")
        out[table] = sorted(
            (tuple((k, v) for k, v in sorted(r.items()) if k not in SKIP_COLUMNS and k != "tsv")
             for r in rows), key=repr)
    return out
