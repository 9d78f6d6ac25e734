"""Load the lexicon data files that ship inside the package.

Lexicons are versioned data: a change to one is a reviewed diff with a test case.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from dateline.errors import LexiconError

__all__ = ["load_lexicon", "lexicon_text"]

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
    try:
        return yaml.load(lexicon_text(name, package), Loader=_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon file {name!r} is not valid YAML: {exc}") from exc
