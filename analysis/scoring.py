"""What a scorer is: the shared types of the scorers and the pipeline that runs them.

A *scorer* is a function ``Document -> {table name: [row dicts]}`` with the columns of each
table it writes. The scorers (:mod:`analysis.framing`, :mod:`analysis.sentiment`,
:mod:`analysis.readability`, :mod:`analysis.sources`, :mod:`analysis.claims`) import
:class:`Scorer` from here and :mod:`analysis.pipeline` imports the scorers: no module imports
the pipeline to describe itself, so there is no import circle.

Examples
--------
>>> from analysis.document import build_document
>>> count = Scorer("count", lambda doc: {"articles": [{"article_id": doc.article_id, "n": len(doc.sentences)}]}, {"articles": ("article_id", "n")})
>>> count.func(build_document({"id": "x", "outlet": "W"}, "One. Two."))
{'articles': [{'article_id': 'x', 'n': 2}]}
>>> count.func(build_document({"id": "e", "outlet": "W"}, ""))
{'articles': [{'article_id': 'e', 'n': 0}]}
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from .document import Document

#: Rows of one table: one dict per row, column name -> cell.
Rows = list[dict[str, object]]
#: Table name -> its rows.
Tables = dict[str, Rows]


@dataclass(frozen=True)
class Scorer:
    """A named scorer and the columns of each table it writes (in output order)."""

    name: str
    func: Callable[[Document], Tables]
    columns: Mapping[str, tuple[str, ...]]
