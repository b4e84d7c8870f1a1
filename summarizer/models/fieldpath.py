"""Names of checked record fields: ``date``, ``actors[1]``, ``casualties[3].count``.

The verifier (:mod:`summarizer.records.verify`) writes one :class:`~summarizer.models.schemas.FieldCheck` per
field under such a name, and the merge (:mod:`summarizer.merge`) looks verdicts up by it. Both
build the name from a :class:`FieldPath`, so the format is defined here once instead of being
an unwritten agreement between two f-strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATH = re.compile(r"(?P<field>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>\w+))?")


@dataclass(frozen=True)
class FieldPath:
    """A record field, the item of a list field (``index``) and a part of that item (``sub``)."""

    field: str
    index: int | None = None
    sub: str | None = None

    def __str__(self) -> str:
        item = "" if self.index is None else f"[{self.index}]"
        part = "" if self.sub is None else f".{self.sub}"
        return f"{self.field}{item}{part}"

    @classmethod
    def parse(cls, text: str) -> FieldPath | None:
        """The path a check's field name spells, or None for a name not in this format."""
        m = _PATH.fullmatch(text)
        if m is None:
            return None
        index = m.group("index")
        return cls(m.group("field"), None if index is None else int(index), m.group("sub"))
