"""Load the lexicon data files that ship inside the package.

Lexicons are versioned data: a change to one is a reviewed diff with a test case. A lexicon is
parsed once per process, and its parsed form is kept between runs (:mod:`.cache`, keyed by the
file's bytes): a worker reads it back instead of parsing the YAML again.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from dateline.errors import LexiconError
from dateline.lexicons.cache import cached

__all__ = ["lexicon_text", "load_lexicon", "parse_lexicon"]

# libyaml's parser when PyYAML was built with it: the same data as the pure-Python SafeLoader
# (every lexicon compared), about 7x less CPU - most of a worker's lexicon loading at start-up.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def lexicon_text(name: str, package: str = "dateline.lexicons") -> str:
    """The raw text of a data file in ``package``."""
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon file {name!r} not found in {package}") from exc


@cache
def load_lexicon(name: str, package: str = "dateline.lexicons") -> Any:
    """Parse a YAML lexicon (cached; treat the result as read-only)."""
    text = lexicon_text(name, package)
    return cached(f"{package}.{name}", [text, f"PyYAML {yaml.__version__}"],
                  lambda: parse_lexicon(name, text))


def parse_lexicon(name: str, text: str) -> Any:
    """The data of a YAML lexicon's ``text`` (``name`` for the error)."""
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon file {name!r} is not valid YAML: {exc}") from exc
