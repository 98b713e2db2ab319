"""Small helpers the test modules share (the claims a text yields, as written; furniture rows read line by line)."""
from __future__ import annotations

from analysis.claims import find_claims
from analysis.furniture_patterns import match_pattern


def claim_numbers(text: str) -> list[str]:
    """The numbers of the claims found in ``text``, as written, in order."""
    return [claim.number_as_written for claim in find_claims(text)]


def assert_rows(furniture: dict[str, str], body: list[str]) -> None:
    """Each ``furniture`` line is named by the furniture row of its reason; no row names a ``body`` line."""
    for line, reason in furniture.items():
        found = match_pattern(line)
        assert found is not None and found[1] == reason, line
    for line in body:
        assert match_pattern(line) is None, line
