"""Checks on a cleaned document: the warnings ``problems.csv`` gets about what cleaning met.

Here, not in :mod:`analysis.boilerplate`, because they read a whole :class:`~analysis.document.Document`
(which is built by :mod:`analysis.clean`, which uses the boilerplate rules): a check on the
document sits above both, and no import circle runs through them.

Examples
--------
>>> from analysis.document import build_document
>>> cleaning_problems(build_document({"id": "e", "outlet": "W"}, ""))
[]
"""
from __future__ import annotations

from .document import Document


def cleaning_problems(doc: Document) -> list[tuple[str, str, str]]:
    """Warnings about what cleaning met in one document: ``(level, code, message)`` rows for
    ``problems.csv`` (mojibake repaired, lost characters, furniture removed, a body of one
    sentence, sentences without a word).

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, "Share this\\n\\nTroops left.")
    >>> [code for _level, code, _message in cleaning_problems(d)]
    ['boilerplate_removed', 'one_sentence']
    >>> cleaning_problems(build_document({"id": "e", "outlet": "W"}, ""))
    []
    """
    out: list[tuple[str, str, str]] = []
    log = doc.cleaning_log
    if log.get("mojibake"):
        out.append(("warning", "mojibake", f"{log['mojibake']} character(s) of mojibake (UTF-8 read as Windows-1252?) repaired with ftfy"))
    if log.get("replacement_char"):
        out.append(("warning", "replacement_char", f"{log['replacement_char']} U+FFFD replacement character(s): the text was decoded with the wrong codec before it reached the workbook, and those characters are lost"))
    if doc.removed:
        removed_chars = sum(len(r.text) for r in doc.removed)
        share = removed_chars / max(1, removed_chars + len(doc.body))
        kinds = ", ".join(f"{sum(r.kind == k for r in doc.removed)} {k.replace('_', ' ')}" for k in ("top_matter", "boilerplate") if any(r.kind == k for r in doc.removed))
        out.append(("warning", "boilerplate_removed", f"{len(doc.removed)} line(s) removed from the body ({kinds}; {share:.0%} of the text): see removed.csv"))
    if len(doc.sentences) == 1:
        out.append(("warning", "one_sentence", "the body is one sentence: shares and intervals rest on it alone"))
    empty = sum(1 for s in doc.sentences if s.n_words == 0)
    if empty:
        out.append(("warning", "empty_sentence", f"{empty} sentence(s) without a word (punctuation only)"))
    return out
