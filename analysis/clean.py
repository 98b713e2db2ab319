"""Cleaning: normalise characters and layout without losing information.

What is removed is kept: promo lines become related-link rows, the dateline becomes a column,
and every normalisation is counted in a cleaning log. The output ``body`` is the reference text
for every offset in the workbook (sentences, quotes, evidence all point into it).

Rules, in order (each a pure function with its own tests):

0. :func:`remove_control_chars`: NUL, escape and other control characters are removed;
1. line ends: CRLF and lone CR become LF;
2. :func:`normalize_spaces`: non-breaking, thin and other Unicode spaces become a plain space;
   zero-width characters and soft hyphens are removed;
3. :func:`normalize_dashes`: hyphen look-alikes become ``-``; en/em dashes and bars become ``—``
   (an en dash between digits, as in ``2021–22``, becomes ``-``);
4. layout: paragraphs are blocks separated by blank lines (a text without blank lines has one
   paragraph per line); lines inside a paragraph are joined; runs of spaces collapse;
5. promos: a paragraph matching ``data/instruments/promo_patterns.tsv`` is removed and kept as
   a related link; 6. dateline: ``data/instruments/dateline_patterns.tsv`` on the first paragraph;
   :func:`normalize_double_apostrophes`: two apostrophes standing as a quotation mark (the NYT
   archive's ``''``) become ``"`` (counted as ``double_apostrophe``);
7. :func:`normalize_quotes`: curly quotes become straight (after quote spans are found, so the
   direction of curly marks still helps).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .instruments import load_tsv

SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
HYPHENS = "\u2010\u2011\u2212"
DASHES = "\u2012\u2013\u2014\u2015"
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"

_SPACE_TABLE = {ord(c): " " for c in SPACE_CHARS} | {ord(c): None for c in ZERO_WIDTH}
_QUOTE_TABLE = {ord(c): "'" for c in SINGLE_QUOTES} | {ord(c): '"' for c in DOUBLE_QUOTES}
_RANGE_DASH = re.compile(r"(?<=\d)[\u2012\u2013](?=\d)")
_DASH_TABLE = {ord(c): "-" for c in HYPHENS} | {ord(c): "\u2014" for c in DASHES}
# str.translate looks up every character: skip it when a text has nothing to translate.
_ANY_SPACE = re.compile(f"[{SPACE_CHARS}{ZERO_WIDTH}]")
_ANY_DASH = re.compile(f"[{HYPHENS}{DASHES}]")
_ANY_QUOTE = re.compile(f"[{SINGLE_QUOTES}{DOUBLE_QUOTES}]")


@dataclass(frozen=True)
class Related:
    """A promo line taken out of the body: the outlet's link to another of its stories."""

    label: str
    headline: str
    paragraph_after: int  # the number of body paragraphs before the promo (0 = before the first)
    line: str


@dataclass(frozen=True)
class Cleaned:
    """An article after cleaning. ``body`` is what every offset in the workbook points into."""

    body: str
    paragraph_spans: tuple[tuple[int, int], ...]
    dateline: str | None
    dateline_text: str | None
    related: tuple[Related, ...]
    log: dict[str, int] = field(default_factory=dict)
    typographic_body: str = ""


#: C0 controls other than tab, LF, VT, FF and CR (NUL, BEL, ESC, the separators), DEL and the C1 range.
CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def remove_control_chars(text: str) -> tuple[str, int]:
    """The text without control characters, and how many were removed (rule ``control_char``).

    A NUL or an escape code is never part of an article's words (``Rus\\0sia`` is Russia), and a
    table cell must not carry one.

    Examples
    --------
    >>> remove_control_chars("Rus\\x00sia\\x1b[0m said\\x7f.\\n")
    ('Russia[0m said.\\n', 3)
    >>> remove_control_chars("")
    ('', 0)
    """
    cleaned, count = CONTROL_CHARS.subn("", text)
    return cleaned, count


def normalize_newlines(text: str) -> str:
    r"""CRLF and lone CR become LF.

    Examples
    --------
    >>> normalize_newlines("a\r\nb\rc\n")
    'a\nb\nc\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_spaces(text: str) -> str:
    """Unicode spaces become a plain space; zero-width characters and soft hyphens go.

    Examples
    --------
    >>> normalize_spaces("Russia\\u00a0and\\u200b Ukraine")
    'Russia and Ukraine'
    >>> normalize_spaces("")
    ''
    """
    return text.translate(_SPACE_TABLE) if _ANY_SPACE.search(text) else text


def normalize_dashes(text: str) -> str:
    """Hyphen look-alikes become ``-``; dashes become ``—``, except an en dash inside a range.

    Examples
    --------
    >>> normalize_dashes("soldiers \\u2013 with India; 2021\\u201322; non\\u2011state")
    'soldiers — with India; 2021-22; non-state'
    """
    if not _ANY_DASH.search(text):
        return text
    return _RANGE_DASH.sub("-", text).translate(_DASH_TABLE)


_DOUBLE_APOSTROPHE = re.compile(r"(?<!')''(?!')")


def normalize_double_apostrophes(text: str) -> str:
    """Two apostrophes written as a quotation mark (``''We go,'' he said``) become ``"``;
    three or more in a row are left alone.

    Examples
    --------
    >>> normalize_double_apostrophes("''We go,'' he said")
    '"We go," he said'
    >>> normalize_double_apostrophes("a ''' b")
    "a ''' b"
    """
    return _DOUBLE_APOSTROPHE.sub('"', text) if "''" in text else text


def normalize_quotes(text: str, *, straight: bool = True) -> str:
    """Curly and angle quotation marks become straight ``'`` and ``"`` (length-preserving).

    Examples
    --------
    >>> normalize_quotes("\\u201cUnits\\u201d, Russia\\u2019s \\u2018imminent\\u2019")
    '"Units", Russia\\'s \\'imminent\\''
    >>> normalize_quotes("\\u201cx\\u201d", straight=False)
    '\\u201cx\\u201d'
    """
    return text.translate(_QUOTE_TABLE) if straight and _ANY_QUOTE.search(text) else text


def count_changes(text: str) -> dict[str, int]:
    """How many characters each normalisation rule will touch in ``text`` (the cleaning log).

    Examples
    --------
    >>> count_changes("a\\u00a0b \\u201cc\\u201d\\r\\n")
    {'crlf_or_cr': 1, 'unicode_space': 1, 'zero_width': 0, 'dash': 0, 'curly_quote': 2, 'trailing_space': 0}
    """
    return {
        "crlf_or_cr": text.count("\r"),
        "unicode_space": sum(text.count(c) for c in SPACE_CHARS if c not in "\t"),
        "zero_width": sum(text.count(c) for c in ZERO_WIDTH),
        "dash": sum(text.count(c) for c in HYPHENS + DASHES),
        "curly_quote": sum(text.count(c) for c in SINGLE_QUOTES + DOUBLE_QUOTES),
        "trailing_space": len(re.findall(r"[ \u00a0\t]+(?=\r?\n|$)", text)),
    }


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each joined to one line with single spaces.

    A text with no blank line at all has one paragraph per non-empty line (many exports put
    one paragraph on each line).

    Examples
    --------
    >>> split_paragraphs("One\\ntwo.\\n\\n\\n  Three.  \\n")
    ['One two.', 'Three.']
    >>> split_paragraphs("One.\\nTwo.")
    ['One.', 'Two.']
    >>> split_paragraphs("   \\n")
    []
    """
    lines = [line.strip() for line in text.split("\n")]
    has_blank = any(not line for line in lines[1:-1]) if len(lines) > 2 else False
    if not has_blank:
        blocks = [[line] for line in lines if line]
    else:
        blocks, current = [], []
        for line in lines:
            if line:
                current.append(line)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
    return [re.sub(r" {2,}", " ", " ".join(block)) for block in blocks]


@dataclass(frozen=True)
class _Pattern:
    label: str
    regex: re.Pattern[str]


@lru_cache(maxsize=None)
def promo_patterns() -> tuple[_Pattern, ...]:
    """The compiled promo patterns from ``data/instruments/promo_patterns.tsv``."""
    return _compile("promo_patterns.tsv", re.IGNORECASE)


@lru_cache(maxsize=None)
def dateline_patterns() -> tuple[_Pattern, ...]:
    """The compiled dateline patterns from ``data/instruments/dateline_patterns.tsv``."""
    return _compile("dateline_patterns.tsv", 0)


def _compile(name: str, flags: int) -> tuple[_Pattern, ...]:
    from .errors import InstrumentError
    from .instruments import instrument_path

    compiled = []
    for row in load_tsv(name, required=("label", "pattern")):
        try:
            compiled.append(_Pattern(row["label"], re.compile(row["pattern"], flags)))
        except re.error as exc:
            raise InstrumentError(instrument_path(name), f"bad regular expression: {exc}", row=int(row["line"])) from exc
    return tuple(compiled)


def match_promo(paragraph: str) -> tuple[str, str] | None:
    """``(label, headline)`` if the paragraph is a promo line, else ``None``.

    Examples
    --------
    >>> match_promo("ALSO READ | Russia-Ukraine Conflict, A European Crisis")
    ('ALSO READ', 'Russia-Ukraine Conflict, A European Crisis')
    >>> match_promo("Also Read: Explained: Ukraine not joining NATO")
    ('Also Read', 'Explained: Ukraine not joining NATO')
    >>> match_promo("Russia also read the statement aloud.") is None
    True
    """
    text = normalize_quotes(paragraph.strip())
    for pattern in promo_patterns():
        found = pattern.regex.match(text)
        if found:
            groups = found.groupdict()
            label = re.sub(r"\s+", " ", groups.get("label") or pattern.label).strip()
            return label, (groups.get("headline") or "").strip()
    return None


def match_dateline(paragraph: str) -> tuple[str, int] | None:
    """``(place, length of the dateline prefix)`` if the paragraph opens with a dateline.

    Examples
    --------
    >>> match_dateline("New Delhi: Amidst growing fears of Russian attack")
    ('New Delhi', 11)
    >>> match_dateline("MOSCOW, Feb 15 (Reuters) - Russia said")
    ('MOSCOW', 27)
    >>> match_dateline("Russia's defence ministry informed Tuesday") is None
    True
    >>> match_dateline("However: this is not a dateline") is None
    True
    """
    for pattern in dateline_patterns():
        found = pattern.regex.match(paragraph)
        if found and found.group("place").lower() not in _NOT_PLACES:
            return found.group("place").strip(), found.end()
    return None


# Capitalised words that open a sentence with a colon but are not places.
_NOT_PLACES = frozenset({"however", "meanwhile", "note", "update", "editor's note", "also", "watch", "read", "explained", "analysis", "opinion", "exclusive", "breaking"})


def clean_text(text: str) -> Cleaned:
    """Clean one article's decoded text. Pure: the same text always gives the same result.

    Examples
    --------
    >>> c = clean_text("New Delhi: Troops\\u00a0return.  \\n\\nALSO READ | Other story\\n\\n\\n\\u201cWe leave,\\u201d he said.")
    >>> c.body
    'Troops return.\\n\\n"We leave," he said.'
    >>> c.dateline, [(r.label, r.headline, r.paragraph_after) for r in c.related]
    ('New Delhi', [('ALSO READ', 'Other story', 1)])
    >>> clean_text("").body
    ''
    """
    log = count_changes(text)
    text, n_control = remove_control_chars(text)
    if n_control:  # only when present: the log of a clean article is unchanged
        log["control_char"] = n_control
    n_apostrophes = len(_DOUBLE_APOSTROPHE.findall(text)) if "''" in text else 0
    if n_apostrophes:  # only when present: the log of an article without them is unchanged
        log["double_apostrophe"] = n_apostrophes
    text = normalize_double_apostrophes(normalize_dashes(normalize_spaces(normalize_newlines(text))))
    paragraphs: list[str] = []
    related: list[Related] = []
    for paragraph in split_paragraphs(text):
        promo = match_promo(paragraph)
        if promo:
            related.append(Related(promo[0], promo[1], len(paragraphs), paragraph))
        else:
            paragraphs.append(paragraph)
    dateline = dateline_text = None
    if paragraphs:
        found = match_dateline(paragraphs[0])
        if found:
            dateline, cut = found
            dateline_text = paragraphs[0][:cut].strip()
            paragraphs[0] = paragraphs[0][cut:].lstrip()
            if not paragraphs[0]:
                paragraphs.pop(0)
    spans, position = [], 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    typographic = "\n\n".join(paragraphs)
    log = log | {"promo_line": len(related), "dateline": int(dateline is not None)}
    return Cleaned(
        body=normalize_quotes(typographic),
        paragraph_spans=tuple(spans),
        dateline=dateline,
        dateline_text=dateline_text,
        related=tuple(related),
        log=log,
        typographic_body=typographic,
    )
