"""Questions and tiers from nbgrader grade ids.

A graded cell's id is ``<tier>-<question>[-<part>]``: the lab letter is computed from these ids
alone, because they are what the gradebook stores.
"""
import re
from typing import NamedTuple

TIERS = ("basic", "advanced")
GRADE_ID = re.compile(r"^(?P<tier>basic|advanced)-(?P<question>[a-z0-9_]+)(?:-(?P<part>[a-z0-9_]+))?$")


class GradeId(NamedTuple):
    tier: str
    question: str
    part: str | None

    @property
    def key(self) -> str:
        """The question this cell belongs to, with its tier: ``basic-matmul``."""
        return f"{self.tier}-{self.question}"


def parse_grade_id(grade_id: str) -> GradeId:
    """Split a graded cell's id; ValueError names the id when it does not follow the convention."""
    match = GRADE_ID.match(grade_id)
    if not match:
        raise ValueError(
            f"grade id {grade_id!r} does not follow <tier>-<question>[-<part>] "
            f"with tier basic or advanced and names of [a-z0-9_]"
        )
    return GradeId(match["tier"], match["question"], match["part"])
