"""The Russian extraction path (Natasha + pymorphy3), behind the same record contract.

:func:`is_russian` decides per document; :func:`extract_russian` gives its Record.
"""

from __future__ import annotations

from dateline.extract.russian.language import is_russian
from dateline.extract.russian.pipeline import extract_russian

__all__ = ["extract_russian", "is_russian"]
