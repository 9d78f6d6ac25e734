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
from yaml.nodes import MappingNode, Node, SequenceNode

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
    """The data of a YAML lexicon's ``text`` (``name`` for the error). A key given twice in one
    mapping is an error: YAML would keep the later list and silently drop the earlier one."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        twice = _key_twice(node)
        if twice is not None:
            key, line = twice
            raise LexiconError(f"lexicon file {name!r} gives the key {key!r} twice (again on line {line})")
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon file {name!r} is not valid YAML: {exc}") from exc
    finally:
        loader.dispose()


def _key_twice(root: Node) -> tuple[str, int] | None:
    """The first key given twice in one mapping of the document, with its second line."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key.value, str) and key.value != "<<":
                    if key.value in seen:
                        return key.value, key.start_mark.line + 1
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return None
