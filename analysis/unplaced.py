"""Speakers the gazetteer does not place: counted, and written as rows for ``actors.tsv``.

For a corpus about another event the gazetteer (``data/instruments/actors.tsv``) knows few of
the speakers, so their statements fall in the bloc ``unknown``. :func:`unplaced_speakers` lists
them, most frequent first, as rows in the gazetteer's columns (``bloc`` left for the analyst to
fill in), and :func:`gazetteer_lines` gives those rows as tab-separated lines ready to paste.

Examples
--------
>>> import pandas as pd
>>> quotes = pd.DataFrame({"article_id": ["a", "a", "b"], "quote_id": ["a-q01", "a-q02", "b-q01"],
...     "speaker": ["Mayor Ann Tully", "she", "the port authority"], "speaker_name": ["Ann Tully", "Ann Tully", "port authority"],
...     "bloc": ["unknown", "unknown", "unknown"]})
>>> unplaced_speakers(quotes)[["canonical", "aliases", "kind", "statements"]].values.tolist()
[['Ann Tully', 'Ann Tully|Mayor Ann Tully', 'person', 2], ['port authority', 'port authority|the port authority', 'institution', 1]]
>>> len(unplaced_speakers(quotes.iloc[:0]))
0
"""
from __future__ import annotations

import pandas as pd

from .actors import UNKNOWN
from .cues import grammar
from .resolve import person_like

#: The columns of ``actors.tsv``, in its order, then the counts that rank the rows.
GAZETTEER_COLUMNS = ("canonical", "aliases", "kind", "role", "bloc", "gender", "note")
COLUMNS = (*GAZETTEER_COLUMNS, "statements", "articles")


def unplaced_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker with bloc ``unknown`` (by ``speaker_name``, else the speaker as
    written), most statements first: the gazetteer's columns with ``bloc`` empty, ``kind`` a
    guess (``person`` for a name or a person's role, else ``institution``), every spelling the
    articles used as ``aliases`` (for a person, only those holding the surname: ``the
    spokesman`` names no one outside its article), and the number of statements and articles.
    Pronouns the article could not resolve are left out."""
    if quotes.empty:
        return pd.DataFrame(columns=list(COLUMNS))
    frame = quotes[quotes["bloc"].fillna(UNKNOWN) == UNKNOWN].copy()
    name = frame["speaker_name"] if "speaker_name" in frame else frame["speaker"]
    frame["name"] = name.fillna("").where(name.fillna("") != "", frame["speaker"].fillna(""))
    pronouns = grammar().pronouns
    frame = frame[(frame["name"].str.strip() != "") & ~frame["name"].str.lower().isin(pronouns)]
    rows = []
    for canonical, group in frame.groupby("name", sort=False):
        person = person_like(canonical)
        surname = canonical.split()[-1].lower()
        spellings = {canonical, *(s for s in group["speaker"].fillna("") if s and s.lower() not in pronouns)}
        if person:  # "the spokesman" names no one outside its article: only spellings with the name
            spellings = {s for s in spellings if surname in s.lower().split()}
        rows.append(
            {
                "canonical": canonical,
                "aliases": "|".join(sorted(spellings, key=lambda s: (len(s), s))),
                "kind": "person" if person else "institution",
                "role": "",
                "bloc": "",
                "gender": "",
                "note": f"{len(group)} statements without a bloc (e.g. {group['quote_id'].iloc[0]})",
                "statements": len(group),
                "articles": group["article_id"].nunique(),
            }
        )
    out = pd.DataFrame(rows, columns=list(COLUMNS))
    return out.sort_values(["statements", "canonical"], ascending=[False, True], kind="stable").reset_index(drop=True)


def gazetteer_lines(rows: pd.DataFrame) -> str:
    """The rows of :func:`unplaced_speakers` as tab-separated lines in ``actors.tsv``'s column
    order (no header), to paste into the gazetteer once ``bloc`` is filled in.

    Examples
    --------
    >>> gazetteer_lines(pd.DataFrame([{"canonical": "Ann Tully", "aliases": "Ann Tully", "kind": "person", "role": "",
    ...     "bloc": "", "gender": "", "note": "2 statements"}]))
    'Ann Tully\\tAnn Tully\\tperson\\t\\t\\t\\t2 statements'
    >>> gazetteer_lines(pd.DataFrame(columns=list(COLUMNS)))
    ''
    """
    return "\n".join("\t".join(str(row[c]).replace("\t", " ") for c in GAZETTEER_COLUMNS) for _, row in rows.iterrows())
