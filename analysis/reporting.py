"""Reporting verbs for cleaning: does a unit report someone's words?

The one definition that the caption rules (a sentence that reports is no caption of a scene) and
the link-box rules (a long paragraph that reports, below a comment counter, is the article going
on) share: the finite forms of the verbs marked ``speech_only`` in
``data/instruments/attribution_verbs.tsv`` (say, tell, add, report, announce, and "according
to"), whole words, any case. A participle is left out: "a sign saying ..." can be what a picture
shows. The quote extractor reads the whole file; these rules want only the verbs no scene uses.

Examples
--------
>>> reports("Residents queue for water, officials said."), reports("A man holds a sign saying no"), reports("")
(True, False, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .alternation import alternation
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv

VERBS = "attribution_verbs.tsv"


@lru_cache(maxsize=1)
def reporting_forms() -> frozenset[str]:
    """The finite forms (no ``-ing`` participle) of the ``speech_only`` verbs, lower case.

    A cell of ``speech_only`` other than ``yes`` or empty raises
    :class:`~analysis.errors.InstrumentError` naming the file and the line.

    Examples
    --------
    >>> sorted(reporting_forms())[:6]
    ['according to', 'add', 'added', 'adds', 'announce', 'announced']
    >>> {"said", "told", "reports"} <= reporting_forms(), "saying" in reporting_forms(), "claimed" in reporting_forms()
    (True, False, False)
    """
    path = instrument_path(VERBS)
    forms: set[str] = set()
    for row in load_tsv(path, required=("term", "forms")):
        if "speech_only" not in row:
            raise InstrumentError(path, "header lacks column 'speech_only'", row=int(row["line"]))
        if row["speech_only"] not in ("", "yes"):
            raise InstrumentError(path, f"speech_only must be 'yes' or empty, not {row['speech_only']!r}", row=int(row["line"]))
        if row["speech_only"] == "yes":
            forms.update(f.strip().lower() for f in row["forms"].split("|") if f.strip() and not f.strip().lower().endswith("ing"))
    return frozenset(forms)


@lru_cache(maxsize=1)
def reporting_pattern() -> re.Pattern[str]:
    """A compiled search for any of :func:`reporting_forms`, whole words, any case.

    Examples
    --------
    >>> [m.group() for m in reporting_pattern().finditer("He SAID so, according  to AP; she says, resaid, sayings")]
    ['SAID', 'according  to', 'says']
    """
    return re.compile(r"(?<!\w)" + alternation(reporting_forms()) + r"(?!\w)", re.IGNORECASE)


def reports(text: str) -> bool:
    """Whether ``text`` holds a reporting verb of :func:`reporting_forms` (``False`` for empty text).

    Examples
    --------
    >>> [reports(x) for x in ("The toll rose to 94, the governor told reporters.", "Floods hit Kerala, according to AP.")]
    [True, True]
    >>> [reports(x) for x in ("A surfer carries his board into the water.", "Rescuers claimed the lead.", "")]
    [False, False, False]
    """
    return reporting_pattern().search(text) is not None


@lru_cache(maxsize=1)
def telling_pattern() -> re.Pattern[str]:
    """:func:`reporting_pattern` without the verbs' base forms (the rows' ``term``: "say", "tell",
    "add", "announce") nor a ``noun_like`` verb's plural ("reports"): a sentence that tells of words
    said ("..., she said.", "according to"), not a note's imperative to its reader ("Have your say",
    "Tell us what you think", "Add a comment") nor its wares ("Get our latest reports").

    Examples
    --------
    >>> [bool(telling_pattern().search(x)) for x in ("Read our story, he told fans.", "Have your say below.", "Get our reports.")]
    [True, False, False]
    """
    bases: set[str] = set()
    for row in load_tsv(VERBS, required=("term", "forms")):
        term = row["term"].strip().lower()
        bases.update((term, term + "s") if row.get("noun_like") == "yes" else (term,))
    return re.compile(r"(?<!\w)" + alternation(sorted(reporting_forms() - bases)) + r"(?!\w)", re.IGNORECASE)
