"""A quotation the body runs over paragraphs, and its pull quote printed whole.

The pull-quote rule (:func:`analysis.repeats.repeats`) keeps, of two copies of a wording, the
longer and removes the shorter. When the body runs a quotation over two paragraphs ("He said:
'Many dream of it. ..." / "But to find one here is surprising.'") and the page prints it again
whole as a pull quote, each of the body's paragraphs is shorter than the copy, and the body goes
while the copy stays. No pull quote is split over paragraphs: when two or more neighbouring units
are each a part of one longer kept unit and together make up most of it, they are the body and
the longer unit is the copy (:func:`quote_runs`; reason ``pull_quote``). A name line right under
the copy naming a speaker the body names ("Jane Roe, Institute of Birds") is its attribution and
goes with it.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Birds were found.", "He said: 'Many of us dream of finding new species in the wild.", "But to find one in our own backyard is a surprise.'", "Most were seen at sea.", "'Many of us dream of finding new species in the wild. But to find one in our own backyard is a surprise.'"]
>>> v = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "pull_quote"), Verdict(False, "boilerplate", "pull_quote"), Verdict(True, "body", ""), Verdict(True, "body", "")]
>>> quote_runs(units, v); [x.reason for x in v]
['', '', '', '', 'pull_quote']
>>> quote_runs([], [])
"""
from __future__ import annotations

from typing import Sequence

from .boilerplate import Verdict
from .justext_method import ends_sentence
from .repeats import PULL_SHARE, word_grams
from .topmatter import only_names

#: A pull quote's attribution line under it: at most this many words.
ATTRIBUTION_WORDS = 10


def quote_runs(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back (in place) a run of two or more neighbouring units removed as pull quotes, or
    kept, each of whose word 4-grams mostly stand in one longer kept unit and which together hold
    most of that unit's: the body's paragraphs; remove the longer unit as the ``pull_quote``
    instead, with a name line under it naming someone the body names.

    Examples
    --------
    >>> units = ["'Many of us dream of finding new species in the wild,' he said on Monday at the zoo.", "Most were seen at sea.", "'Many of us dream of finding new species in the wild.'"]
    >>> v = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "pull_quote")]
    >>> quote_runs(units, v); [x.reason for x in v]
    ['', '', 'pull_quote']
    """
    pulled = [i for i, v in enumerate(verdicts) if v.reason == "pull_quote"]
    if not pulled:
        return
    grams = {i: word_grams(units[i]) for i, v in enumerate(verdicts) if v.keep or v.reason == "pull_quote"}
    for k, v in enumerate(verdicts):
        if not v.keep or len(grams[k]) < 2:
            continue
        copy = grams[k]
        for i in pulled:
            if verdicts[i].keep or not grams[i] or len(grams[i] & copy) < PULL_SHARE * len(grams[i]):
                continue
            run = [i]  # the neighbouring units that are parts of the copy
            for step in (-1, 1):
                j = i + step
                while j in grams and j != k and grams[j] and len(grams[j] & copy) >= PULL_SHARE * len(grams[j]):
                    run.append(j)
                    j += step
            covered = set().union(*(grams[j] for j in run))
            if len(run) < 2 or len(covered & copy) < PULL_SHARE * len(copy):
                continue
            for j in run:
                verdicts[j] = Verdict(True, "body", "")
            verdicts[k] = Verdict(False, "boilerplate", "pull_quote")
            if k + 1 < len(units) and verdicts[k + 1].keep and _attribution(units[k + 1], [units[j] for j, w in enumerate(verdicts) if w.keep]):
                verdicts[k + 1] = Verdict(False, "boilerplate", "pull_quote")
            break


def _attribution(unit: str, body: Sequence[str]) -> bool:
    """A pull quote's name line: a short line, no sentence, opening with a name of two
    capitalised words that a body unit names ("Jane Roe, Institute of Birds").

    Examples
    --------
    >>> _attribution("Jane Roe, Institute of Birds", ["Jane Roe, a biologist, found it."]), _attribution("What happens next", ["What happens next is unclear."])
    (True, False)
    """
    words = unit.split()
    if not 2 <= len(words) <= ATTRIBUTION_WORDS or ends_sentence(unit):
        return False
    name = " ".join(w.strip(",;:") for w in words[:2])
    if not only_names(name.split(), name) or not all(w[:1].isupper() for w in name.split()):
        return False
    return any(name in other for other in body if other is not unit)
