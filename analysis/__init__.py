"""analysis: cleaning, sentiment and framing scores for comparing how outlets frame one event.

The public API (imported on first use, so ``import analysis`` stays light):

* :func:`load_manifest` (``path``): a validated manifest, one row per article;
* :func:`score_corpus` (``manifest``, ``jobs=``): every table as DataFrames, in memory;
* :func:`stream_corpus` (``manifest``, ``out_dir``, ``jobs=``): the tables written to a folder, as
  ``python -m analysis score`` does (memory stays flat);
* :func:`read_tables` (``folder``): the tables of a folder, typed;
* :func:`load_workbook` (``manifest``, ``tables_dir=``): manifest, outlets and tables together, as
  the notebooks use them;
* :func:`build_report` (``manifest=``, ``tables=``, ``out_dir=``): every notebook executed into
  an HTML report, as ``python -m analysis report`` does;
* :class:`WorkbookError`: the base of every error about the user's input (names file and line).

The modules, one concern each: ``corpus`` (manifest and article files), ``clean``
(normalisation, promos, datelines), ``segment`` (paragraphs, sentences, tokens, quote spans),
``pipeline`` (one pure function per article, applied to chunks of the manifest), ``paths``
(where the shipped instruments and the project's files are) and ``cli``.

Examples
--------
>>> import analysis
>>> tables = analysis.score_corpus(analysis.load_manifest())
>>> tables["articles"]["status"].tolist()
['scored', 'scored']
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_API = {
    "load_manifest": "corpus",
    "score_corpus": "pipeline",
    "stream_corpus": "pipeline",
    "read_tables": "workbook",
    "load_workbook": "workbook",
    "build_report": "report",
    "WorkbookError": "errors",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        value = getattr(import_module(f".{_API[name]}", __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
