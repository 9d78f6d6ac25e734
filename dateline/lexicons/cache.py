"""Parsed lexicons and the city index, kept between runs so a process starts without rebuilding them.

Parsing the YAML lexicons and indexing GeoNames' cities cost about half a second of CPU in every
process that extracts (each worker of ``--workers N`` on a platform that cannot fork). Both are
pure functions of their sources, so :func:`cached` keeps what ``build()`` returns in a file named
by a digest of everything the value is computed from (the source bytes, the building code, the
Python version, which fixes marshal's format): an edited lexicon or another release is built
anew, and a stale copy is never read.

The files are ``marshal`` data (plain dicts, lists, strings and numbers; unlike pickle, nothing
in a cache file can run code). The folder is ``$DATELINE_CACHE``, else
``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``; ``DATELINE_CACHE=off`` turns the cache
off. A folder that cannot be written, or a damaged file, only costs the build.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any, TypeVar

__all__ = ["cache_folder", "cached", "code_digest"]

log = logging.getLogger(__name__)

T = TypeVar("T")
_SUFFIX = ".marshal"


def cache_folder() -> Path | None:
    """Where cached values live, or None when the cache is off."""
    chosen = os.environ.get("DATELINE_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in {"", "off", "0", "no"} else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dateline"


def code_digest(*functions: Callable[..., object]) -> bytes:
    """The compiled code of ``functions``: a change to any of them changes the digest, and the
    same code gives the same digest in every process (``marshal.dumps`` of a code object does
    not: its bytes depend on reference counts)."""
    parts: list[str] = []
    for function in functions:
        if not isinstance(function, FunctionType):
            raise TypeError(f"{function!r} is not a Python function")
        _code_parts(function.__code__, parts)
    return "\0".join(parts).encode("utf-8", "surrogatepass")


def _code_parts(code: CodeType, parts: list[str]) -> None:
    parts += [code.co_code.hex(), repr(code.co_names), repr(code.co_varnames)]
    for const in code.co_consts:
        if isinstance(const, CodeType):
            _code_parts(const, parts)
        else:
            parts.append(_stable_repr(const))


def _stable_repr(value: object) -> str:
    """``repr``, with the members of sets in a fixed order (string hashes vary by process)."""
    if isinstance(value, frozenset | set):
        return "{" + ", ".join(sorted(_stable_repr(v) for v in value)) + "}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_stable_repr(v) for v in value) + ")"
    return repr(value)


def cached(kind: str, sources: Iterable[bytes | str], build: Callable[[], T]) -> T:
    """``build()``, or the value it returned in an earlier run on the same ``sources``.

    ``kind`` names the value (one file per kind is kept: a new digest replaces the old file);
    ``sources`` is everything the value depends on.
    """
    folder = cache_folder()
    if folder is None:
        return build()
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{sys.version_info[:2]} marshal {marshal.version}".encode())
    for source in sources:
        data = source.encode("utf-8") if isinstance(source, str) else source
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    stem = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in kind)
    path = folder / f"{stem}-{digest.hexdigest()}{_SUFFIX}"
    try:
        with path.open("rb") as handle:
            value: T = marshal.load(handle)
        return value
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.debug("cache file %s unreadable (%s): building anew", path, exc)
    value = build()
    _write(folder, stem, path, value)
    return value


def _write(folder: Path, stem: str, path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` atomically (a reader never sees half a file) and remove the
    kind's older files; any failure leaves the cache as it was."""
    try:
        data = marshal.dumps(value)
    except ValueError as exc:  # a value marshal cannot hold: nothing to keep
        log.debug("%s cannot be cached: %s", stem, exc)
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{stem}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        for old in folder.glob(f"{stem}-*{_SUFFIX}"):
            if old != path and old.name[len(stem) + 1:-len(_SUFFIX)].isalnum():
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cache folder %s not writable (%s): %s not kept", folder, exc, stem)
