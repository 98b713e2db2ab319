"""Small helpers the test modules share (the claims a text yields, as written)."""
from __future__ import annotations

from analysis.claims import find_claims


def claim_numbers(text: str) -> list[str]:
    """The numbers of the claims found in ``text``, as written, in order."""
    return [claim.number_as_written for claim in find_claims(text)]
