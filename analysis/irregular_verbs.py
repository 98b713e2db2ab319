"""English irregular verbs (``data/instruments/irregular_verbs.tsv``), read once for every rule that needs them.

A caption written without a finite verb has no simple past after its participle
(:mod:`analysis.captions`: "Demonstrators marching toward parliament threw stones" is a body
sentence), and an era after a number ends its clause before a past-tense verb
(:mod:`analysis.claims_numerals`: "300 BC saw"). Both read the simple pasts here.

Examples
--------
>>> {"threw", "struck", "hit", "chose", "was"} <= irregular_pasts(), "thrown" in irregular_pasts()
(True, False)
>>> "walked" in irregular_pasts()
False
"""
from __future__ import annotations

from functools import lru_cache

from .instruments import load_tsv

#: English irregular verbs' base forms, simple pasts and past participles (data/instruments).
IRREGULAR_VERBS = "irregular_verbs.tsv"


@lru_cache(maxsize=1)
def irregular_pasts() -> frozenset[str]:
    """The simple past forms of English irregular verbs (``irregular_verbs.tsv``), lower case
    (variants split at ``|``; an empty cell gives none)."""
    return frozenset(form.lower() for row in load_tsv(IRREGULAR_VERBS, required=("verb", "past")) for form in row["past"].split("|") if form)
