"""Data tables printed in the article: rows of figures under a title or a header line.

A story of figures may carry its table in the text (a market-share table: a title, a line of
column names, "Samsung 72.2 20.3% 83.3 22.1% -13.4%" a row; a snooker final's frame scores:
"(5) John Higgins 16-18 Mark Williams (7)", "Session one (3-5) 23-75, 15-65, 35-72, ...").
Copied as text, such rows have no stop words and no sentence, so jusText's method takes them for
furniture, and near the top a row of figures passes for a date line, a headline or a standfirst.
What tells a table from furniture is its regularity: every row is a label and the same number
of numeric cells (consistent columns), or a run of scores ("23-75, 15-65, (55) 60-70"). A run
of at least :data:`MIN_ROWS` such rows, perhaps with a short heading between two of them
("Session two (4-5)"), is given back to the body with up to :data:`MAX_HEADINGS` lines right above
it that read as its title or column names (no sentence, :data:`HEADING_MAX_WORDS` words at most),
when the table touches the body: a kept paragraph stands right above it (or above its headings)
or right below it (a box of figures at the top of a story, over its lead). A ticker of prices over
a page's header, or a box of figures among other furniture, touches no body and stays removed; so
does a ticker box under the body (rows labelled with stock symbols, "AAPL 189.20 +1.3%", or rows of a
price and its signed change, "Apple Inc 189.20 +1.3%"), unless the paragraph above announces it with a colon.
Only what the general rule or a test of top-matter shape removed is given back: a furniture
pattern's removal stays removed, and so does a headline or byline above the table.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Shipments fell 6 percent in the third quarter, the research firm said on Thursday.",
...          "Company 3Q18 Share 3Q17 Share", "Samsung 72.2 20.3% 83.3 22.1%", "Huawei 52.0 14.6% 39.1 10.4%",
...          "Apple 46.9 13.2% 46.7 12.4%", "Post a Comment"]
>>> cut = Verdict(False, "boilerplate", "justext:short")
>>> verdicts = [Verdict(True, "body", ""), cut, Verdict(False, "top_matter", "top:date"), cut, cut,
...             Verdict(False, "boilerplate", "pattern:comments")]
>>> keep_body_tables(units, verdicts); [v.keep for v in verdicts]
[True, True, True, True, True, False]
>>> keep_body_tables([], [])
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .boilerplate import Verdict
from .justext_method import ends_sentence

#: A table has at least this many rows.
MIN_ROWS = 3
#: A row of figures has at least this many numeric cells after its label.
MIN_CELLS = 2
#: Lines right above the rows that may be the table's title and column names, and their length.
MAX_HEADINGS = 2
HEADING_MAX_WORDS = 25
#: A heading between two rows ("Session two (4-5)") has at most this many words.
INNER_HEADING_MAX_WORDS = 6
#: A row is a line of at most this many characters.
MAX_ROW_CHARS = 300

_NUMBER = r"[+\-\u2212]?[$\u00a3\u20ac\u00a5]?\d(?:[\d,]*\d)?(?:\.\d+)?%?"
#: A row of figures: perhaps a rank, a label of words (no digit) and numeric cells, nothing else.
#: A cell: a number (perhaps signed, in a currency, a share, or in millions: "$1.2bn", "-13.4%"), or
#: an empty cell's mark ("-", "n/a").
_CELL = rf"(?:{_NUMBER}(?:bn|m|tn|k)?|n/a|N/A|[-\u2014])"
#: A dash between two numbers is a range ("2007 - 2008"), not an empty cell.
_RANGE = re.compile(rf"\d%?\s+[-\u2014]\s+[-+$\u00a3\u20ac\u00a5]?\d")
_FIGURE_ROW = re.compile(rf"(?:\d{{1,3}}\.?\s+)?(?P<label>[^\W\d][^\d\n]{{0,40}}?)(?P<cells>(?:\s+{_CELL}){{{MIN_CELLS},}})")
#: A score with its breaks or tie-break in brackets ("(55) 60-70", "0-133 (95)", "7-6 (7-5)").
_BRACKET = r"\(\d{1,3}(?:[-,] ?\d{1,3})*\)"
_SCORE = rf"(?:{_BRACKET} )?\d{{1,3}}-\d{{1,3}}(?: {_BRACKET})?"
#: A run of scores, perhaps under a short label ("Session one (3-5) 23-75, 15-65, 35-72"); a comma
#: between two scores, so that a bracket belongs to one score only (linear: no backtracking between them).
_SCORE_ROW = re.compile(rf"(?:[^\W\d][^\d\n(]{{0,30}}(?: {_BRACKET})? )?{_SCORE}(?:, {_SCORE}){{2,}}")
#: Reasons a row or heading may come back from: the general rule and the tests of header shape.
#: A furniture pattern's removal ("pattern:...") and the rules of other stories stay.
_ROW_REASONS = ("justext:", "top:date", "top:headline", "top:standfirst", "top:kicker")
_HEADING_REASONS = ("justext:",)
#: A heading giving a figure may come back from these too, up to this many words.
_FIGURE_HEADING_REASONS = ("top:standfirst", "top:date", "top:kicker")
FIGURE_HEADING_MAX_WORDS = 12


def row_shape(unit: str) -> str:
    """The shape of a table's row: ``figures:N`` (a label and N numeric cells) or ``scores``, else ``''``.

    >>> row_shape("Samsung 72.2 20.3% 83.3 22.1% -13.4%"), row_shape("Total 355.2 100.0% 377.8 100.0% -6.0%")
    ('figures:5', 'figures:5')
    >>> row_shape("Revenue $1.2bn $1.1bn 9%"), row_shape("Xiaomi 34.3 9.7% - n/a")
    ('figures:3', 'figures:4')
    >>> row_shape("1 Manchester City 38 32 2 4 98"), row_shape("Samsung | 72.2 | 20.3%"), row_shape("12 June 2023")
    ('figures:5', 'figures:2', '')
    >>> row_shape("Session one (3-5) 23-75, 15-65, 35-72, (55) 60-70"), row_shape("46-81 (72), (51) 75-31, 12-76")
    ('scores', 'scores')
    >>> row_shape("FLOODS - 2007 - 2008"), row_shape("Tokyo - 12 -")
    ('', '')
    >>> row_shape("June 12, 2023"), row_shape("Troops left on Tuesday, 12 March 2019."), row_shape("Arsenal 2-1 Chelsea"), row_shape("")
    ('', '', '', '')
    """
    text = unit.strip()
    if not text or len(text) > MAX_ROW_CHARS or not any(c.isdigit() for c in text):
        return ""
    if "|" in text or "\t" in text:
        text = " ".join(text.replace("|", " ").split())  # cells kept apart by bars or tabs
    found = _FIGURE_ROW.fullmatch(text)
    if found and len(found.group("label").split()) <= 5 and not _RANGE.search(found.group("cells")):
        cells = found.group("cells").split()
        if sum(any(c.isdigit() for c in cell) for cell in cells) >= MIN_CELLS:
            return f"figures:{len(cells)}"
    if _SCORE_ROW.fullmatch(text):
        return "scores"
    return ""


#: A stock symbol as a ticker box labels its rows ("AAPL", "BRK.B", "VOD.L").
_SYMBOL = re.compile(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?")


#: A ticker's row gives a price and its change: at most this many cells, the last one signed.
TICKER_MAX_CELLS = 3
#: A price as a ticker quotes it: two decimals ("189.20", "$1,410.05"), not a count of votes or a share.
_PRICE = re.compile(r"[$\u00a3\u20ac\u00a5]?\d[\d,]*\.\d\d")
_SIGNED = re.compile(r"[+\-\u2212][$\u00a3\u20ac\u00a5]?\d[\d,.]*%?")


def is_ticker(rows: Sequence[str]) -> bool:
    """A ticker box: every row of figures is labelled with a stock symbol, or every row is a price
    and its change (at most :data:`TICKER_MAX_CELLS` cells, the first a price with two decimals,
    the last one signed, some row rising with a written ``+``) whatever its label (a company's
    name: "Apple Inc 189.20 +1.3%"; not a result, "Labour 12,345 +5.2%").

    >>> is_ticker(["AAPL 189.20 +1.3%", "BRK.B 410.10 -0.2%"]), is_ticker(["OPPO 29.9 8.4%", "Samsung 72.2 20.3%"])
    (True, False)
    >>> is_ticker(["Apple Inc 189.20 +1.3%", "Microsoft Corp 410.10 -0.2%"]), is_ticker(["Samsung 72.2 20.3% 83.3 22.1% -13.4%", "Apple 46.9 13.2% 46.7 12.4% +0.4%"])
    (True, False)
    >>> is_ticker(["Samsung 72.2 -1.3%", "Huawei 52.0 -0.2%"]), is_ticker(["Labour 12,345 +5.2%", "Conservative 10,111 -3.1%"]), is_ticker([])
    (False, False, False)
    """
    found = [_FIGURE_ROW.fullmatch(" ".join(row.split())) for row in rows]
    rows_found = [f for f in found if f]
    if not rows_found:
        return False
    if all(_SYMBOL.fullmatch(f.group("label").strip()) for f in rows_found):
        return True
    cells = [f.group("cells").split() for f in rows_found]
    return (
        all(len(c) <= TICKER_MAX_CELLS and _PRICE.fullmatch(c[0]) and _SIGNED.fullmatch(c[-1]) for c in cells)
        and any(c[-1].startswith("+") for c in cells)
    )


def _row(verdict: Verdict, unit_shape: str, shape: str) -> bool:
    return unit_shape == shape and (verdict.keep or verdict.reason.startswith(_ROW_REASONS))


def _heading(verdict: Verdict, unit: str, max_words: int) -> bool:
    """A removed line that reads as a table's heading: no sentence, removed by the general rule, or
    named a standfirst or date line for its place when it gives a figure ("(5) John Higgins 16-18
    Mark Williams (7)" over the frames); never the headline."""
    words = len(unit.split())
    if verdict.keep or not 1 <= words <= max_words or ends_sentence(unit):
        return False
    if verdict.reason.startswith(_HEADING_REASONS):
        return True
    return verdict.reason.startswith(_FIGURE_HEADING_REASONS) and words <= FIGURE_HEADING_MAX_WORDS and any(c.isdigit() for c in unit)


def keep_body_tables(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) every table of rows that touches the body, with its
    headings (see the module's description)."""
    if not any(not v.keep and v.reason.startswith(_ROW_REASONS) and len(u) <= MAX_ROW_CHARS and row_shape(u) for u, v in zip(units, verdicts)):
        return  # no removed row: nothing to give back (most texts; the kept units are not read)
    shapes = [row_shape(unit) if len(unit) <= MAX_ROW_CHARS else "" for unit in units]  # each unit's once
    i = 0
    while i < len(units):
        shape = shapes[i]
        if not shape or not _row(verdicts[i], shape, shape):
            i += 1
            continue
        j = i + 1
        while j < len(units):
            if _row(verdicts[j], shapes[j], shape):
                j += 1
            elif j + 1 < len(units) and _heading(verdicts[j], units[j], INNER_HEADING_MAX_WORDS) and _row(verdicts[j + 1], shapes[j + 1], shape):
                j += 1  # a heading between two rows ("Session two (4-5)") is the table's
            else:
                break
        rows = sum(shapes[k] == shape for k in range(i, j))
        if rows >= MIN_ROWS and not all(verdicts[k].keep for k in range(i, j)):
            start = i
            while start > 0 and i - start < MAX_HEADINGS and _heading(verdicts[start - 1], units[start - 1], HEADING_MAX_WORDS):
                start -= 1
            above = start > 0 and verdicts[start - 1].keep and verdicts[start - 1].kind == "body"
            below = j < len(units) and verdicts[j].keep
            if above and not below and not units[start - 1].rstrip().endswith(":") and is_ticker(units[i:j]):
                above = False  # a ticker box under the body (a paragraph announcing the table with a colon keeps it)
            if above or below:
                for k in range(start, j):
                    if not verdicts[k].keep:
                        verdicts[k] = Verdict(True, "body", "")
        i = j
