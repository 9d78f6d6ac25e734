"""The titles lexicon as lookups: heads, modifiers, ministry domains, organisation heads."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.lexicons.loader import load_lexicon

__all__ = ["TitleHead", "Titles", "titles"]


@dataclass(frozen=True, slots=True)
class TitleHead:
    title: str
    variant: str
    organization: str | None
    sector: str | None
    noun_only: bool = False  # a title as a noun only: "an official" but not "the official agency"


@dataclass(frozen=True)
class Titles:
    heads: dict[str, TitleHead]  # lowercased variant -> head
    modifiers: frozenset[str]  # lowercased
    domains: dict[str, str]  # lowercased domain variant -> canonical domain
    org_heads: frozenset[str]  # lowercased
    relational: frozenset[str]
    max_head_tokens: int
    honorifics: frozenset[str] = frozenset()
    implied_country: dict[str, str] | None = None
    ranks: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()  # lowercased styles before a name ("datuk seri")
    cased_prefixes: frozenset[str] = frozenset()  # styles matched as written ("HE", not "he")
    own_code_bodies: frozenset[str] = frozenset()  # IGO bodies whose officials keep the body's code
    scope_heads: frozenset[str] = frozenset()  # lowercased territory/region heads in a complement
    portfolio: frozenset[str] = frozenset()  # lowercased words of a ministry's field (domains included)

    def head(self, phrase: str) -> TitleHead | None:
        return self.heads.get(phrase.lower())


@cache
def titles() -> Titles:
    lex = load_lexicon("titles.yaml")
    heads: dict[str, TitleHead] = {}
    for entry in lex["heads"]:
        for variant in entry["variants"]:
            heads.setdefault(variant.lower(), TitleHead(entry["title"], variant,
                                                        entry.get("organization"),
                                                        entry.get("sector"), bool(entry.get("noun_only"))))
    domains = {v.lower(): canon for canon, variants in lex["domains"].items() for v in variants}
    for canon in lex["domains"]:
        domains.setdefault(canon.lower(), canon)
    max_tokens = max(len(v.replace("-", " - ").split()) for v in heads)
    return Titles(
        heads=heads,
        modifiers=frozenset(m.lower() for m in lex["modifiers"]),
        domains=domains,
        org_heads=frozenset(o.lower() for o in lex["org_heads"]),
        relational=frozenset(r.lower() for r in lex["relational"]),
        max_head_tokens=max_tokens,
        honorifics=frozenset(h.lower() for h in lex.get("honorifics", [])),
        implied_country={k.lower(): v for k, v in (lex.get("implied_country") or {}).items()},
        ranks=frozenset(r.lower() for r in lex.get("ranks", [])),
        name_prefixes=frozenset(p.lower() for p in lex.get("name_prefixes", [])),
        cased_prefixes=frozenset(lex.get("cased_name_prefixes", [])),
        own_code_bodies=frozenset(lex.get("own_code_bodies", [])),
        scope_heads=frozenset(h.lower() for h in lex.get("scope_heads", [])),
        portfolio=frozenset(w.lower() for w in lex.get("portfolio_words", [])) | frozenset(domains),
    )
