"""CPU time of a piece of work with the garbage collector paused: a full collection walks the whole
heap (the test suite's, not the document's), so a timing that included one would measure the suite."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def cpu_seconds(work: Callable[[], T]) -> tuple[float, T]:
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        result = work()
        return time.process_time() - started, result
    finally:
        gc.enable()
