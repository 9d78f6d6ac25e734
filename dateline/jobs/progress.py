"""Progress bars on stderr for the jobs: a count, a rate and, when the total is known, an ETA.

A total may be a number, or a function asked again at every update (the reader's running
estimate, :meth:`dateline.ingest.inputs.Inputs.expected`), so a bar never needs the inputs read
twice to know where it stands.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

__all__ = ["Bar", "Total"]

Total = int | Callable[[], int | None] | None


class Bar:
    """A tqdm bar (disabled unless ``enabled``) whose total follows ``total``."""

    def __init__(self, *, enabled: bool, desc: str | None = None, total: Total = None,
                 unit: str = "doc", **options: Any) -> None:
        from tqdm import tqdm

        self._total = total
        self.enabled = enabled
        self.tqdm = tqdm(total=self._current(), unit=unit, desc=desc, disable=not enabled,
                         file=sys.stderr, leave=True, **options)

    def _current(self) -> int | None:
        return self._total() if callable(self._total) else self._total

    def update(self, n: int = 1) -> None:
        if not self.enabled:
            return
        total = self._current()
        if total != self.tqdm.total:
            self.tqdm.total = total
        self.tqdm.update(n)

    def set_postfix(self, **values: Any) -> None:
        if self.enabled:
            self.tqdm.set_postfix(**values, refresh=False)

    def close(self) -> None:
        if self.enabled:
            total = self._current()
            if total is not None and total != self.tqdm.total:
                self.tqdm.total = total
                self.tqdm.refresh()
        self.tqdm.close()

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
