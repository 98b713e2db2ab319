"""Characters: normalise spaces, dashes, quotes and line ends, remove controls, repair mojibake.

Each rule is a pure function of a text, counted in the cleaning log by :func:`count_changes`
(and by :mod:`analysis.clean`, which applies them in order). None changes a word: they make the
same text read the same whatever the page's typography or the codec it was read with.

Examples
--------
>>> normalize_quotes(normalize_dashes(normalize_spaces("\u201cWe go\u201d\u00a0\u2013 now")))
'"We go" \u2014 now'
>>> repair_mojibake("")
('', 0)
"""
from __future__ import annotations

import re

SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
HYPHENS = "\u2010\u2011\u2212"
DASHES = "\u2012\u2013\u2014\u2015"
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"

_SPACE_TABLE = {c: " " for c in SPACE_CHARS} | {c: "" for c in ZERO_WIDTH}
_QUOTE_TABLE = {c: "'" for c in SINGLE_QUOTES} | {c: '"' for c in DOUBLE_QUOTES}
_RANGE_DASH = re.compile(r"(?<=\d)[\u2012\u2013](?=\d)")
_DASH_TABLE = {c: "-" for c in HYPHENS} | {c: "\u2014" for c in DASHES}
# Skip the replacements when a text has nothing to replace (the common case: one regex scan).
_ANY_SPACE = re.compile(f"[{SPACE_CHARS}{ZERO_WIDTH}]")
_ANY_DASH = re.compile(f"[{HYPHENS}{DASHES}]")
_ANY_QUOTE = re.compile(f"[{SINGLE_QUOTES}{DOUBLE_QUOTES}]")

#: C0 controls other than tab, LF, VT, FF and CR (NUL, BEL, ESC, the separators), DEL and the C1 range.
CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def replace_chars(text: str, table: dict[str, str]) -> str:
    """Each character of ``text`` that ``table`` names replaced by its entry (``""`` deletes it):
    ``str.translate``, done as one ``str.replace`` per character the text holds, which gives the
    same text many times faster (``translate`` looks every character of a text holding a
    non-ASCII one up in its table: 0.3 ms for a 4,500-character article). No entry may be
    another character that the table replaces (then the order of the replacements would matter).

    Examples
    --------
    >>> print(replace_chars("\u201cA\u201d \u2018b\u2019", {"\u201c": '"', "\u201d": '"', "\u2018": "'"}))
    "A" 'b\u2019
    >>> replace_chars("a\u200bb", {"\u200b": ""}), replace_chars("", {"a": "b"})
    ('ab', '')
    """
    for old, new in table.items():
        if old in text:
            text = text.replace(old, new)
    return text


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
    return replace_chars(text, _SPACE_TABLE) if _ANY_SPACE.search(text) else text


def normalize_dashes(text: str) -> str:
    """Hyphen look-alikes become ``-``; dashes become ``—``, except an en dash inside a range.

    Examples
    --------
    >>> normalize_dashes("soldiers \\u2013 with India; 2021\\u201322; non\\u2011state")
    'soldiers — with India; 2021-22; non-state'
    """
    if text.isascii() or not _ANY_DASH.search(text):  # every dash it replaces is outside ASCII (isascii: no scan)
        return text
    return replace_chars(_RANGE_DASH.sub("-", text), _DASH_TABLE)


_DOUBLE_APOSTROPHE = re.compile(r"(?<!')''(?!')")
# Three apostrophes beside a word are a single quotation mark and a double one: closing after a
# word or stop (the single closes first), opening after a space or at the start (the double first).
_TRIPLE_CLOSING = re.compile(r"(?<=[^\s'])'''(?=[\s.,;:!?)\]]|$)")
_TRIPLE_OPENING = re.compile(r"(?:(?<=[\s(\[])|^)'''(?=[^\s'])")


def normalize_double_apostrophes(text: str) -> str:
    """Two apostrophes written as a quotation mark (``''We go,'' he said``) become ``"``;
    three beside a word are a single mark and a double one (the single inside, as the NYT
    archive writes a quotation within a quotation); three standing alone, or four and more, are
    left alone.

    Examples
    --------
    >>> normalize_double_apostrophes("''We go,'' he said")
    '"We go," he said'
    >>> print(normalize_double_apostrophes("''He said 'no.''' she said"))
    "He said 'no.'" she said
    >>> print(normalize_double_apostrophes("'''No,' he said,'' she wrote"))
    "'No,' he said," she wrote
    >>> normalize_double_apostrophes("a ''' b")
    "a ''' b"
    """
    if "''" not in text:
        return text
    if "'''" in text:
        text = _TRIPLE_OPENING.sub("\"'", _TRIPLE_CLOSING.sub("'\"", text))
    return _DOUBLE_APOSTROPHE.sub('"', text)


def normalize_quotes(text: str, *, straight: bool = True) -> str:
    """Curly and angle quotation marks become straight ``'`` and ``"`` (length-preserving).

    Examples
    --------
    >>> normalize_quotes("\\u201cUnits\\u201d, Russia\\u2019s \\u2018imminent\\u2019")
    '"Units", Russia\\'s \\'imminent\\''
    >>> normalize_quotes("\\u201cx\\u201d", straight=False)
    '\\u201cx\\u201d'
    >>> normalize_quotes("about 1\\u201a400 people")
    'about 1,400 people'
    """
    if not text.isascii() and "\u201a" in text:
        text = _LOW_COMMA.sub(r"\1,", text)  # a low quotation mark standing for a thousands comma: "about 1\u201a400 people" (s1157)
    return replace_chars(text, _QUOTE_TABLE) if straight and not text.isascii() and _ANY_QUOTE.search(text) else text  # every quote it replaces is outside ASCII


#: A single low quotation mark between digits, three after it: a comma a page's font or encoding turned into a quotation
#: mark ("1\u201a400 people"; the thirty-third site sets, s1157), read as the comma it looks like.
_LOW_COMMA = re.compile(r"(?<![\d.,])(\d{1,3})\u201a(?=\d{3}(?![\d\u2018\u2019]))")  # not a year's quote: "1989\u201a100\u2018" (a second read)


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
        "trailing_space": trailing_spaces(text),
    }


_TRAILING = frozenset(" \u00a0\t")


def trailing_spaces(text: str) -> int:
    r"""How many runs of spaces (plain, no-break, tab) end a line or the text: the number of matches
    of ``[ \u00a0\t]+(?=\r?\n|$)``, counted at the line ends (a text has far fewer line ends than
    spaces, and the regex tries every space).

    Examples
    --------
    >>> trailing_spaces("a \nb\t\r\nc\n  \rd  "), trailing_spaces(" \n"), trailing_spaces("")
    (3, 1, 0)
    """
    count = 1 if text and text[-1] in _TRAILING else 0  # a run ending the text
    end = text.find("\n")
    while end >= 0:
        last = end - 1 if end and text[end - 1] == "\r" else end  # a run ends before "\r\n" or "\n"
        if last and text[last - 1] in _TRAILING:
            count += 1
        end = text.find("\n", end + 1)
    return count


#: Characters that start mojibake of UTF-8 read as Windows-1252 or Latin-1 (\u00c2-\u00f4: the
#: lead bytes of two- to four-byte UTF-8 sequences), followed by a continuation byte's reading.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Repair text decoded with the wrong codec (UTF-8 read as Windows-1252), with ftfy.

    Only ftfy's encoding fixes run (no Unicode normalisation, no quote uncurling: curly quotes
    tell a quotation's direction). Returns the text and how many characters were restored
    (mojibake sequences repaired).
    Texts with no sign of mojibake skip ftfy entirely (the common case costs one regex scan).

    Examples
    --------
    >>> repair_mojibake("\\u00e2\\u20ac\\u0153Units\\u00e2\\u20ac\\u009d, he said")
    ('\u201cUnits\u201d, he said', 2)
    >>> repair_mojibake("Caf\\u00e9 \\u201cclean\\u201d")
    ('Caf\u00e9 \u201cclean\u201d', 0)
    """
    if text.isascii() or not _MOJIBAKE_HINT.search(text):  # mojibake starts outside ASCII (isascii: no scan)
        return text, 0
    import ftfy

    fixed = ftfy.fix_text(
        text,
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    if fixed == text:
        return text, 0
    # One per character restored: the mojibake sequences the text had and no longer has.
    return fixed, max(1, len(_MOJIBAKE_HINT.findall(text)) - len(_MOJIBAKE_HINT.findall(fixed)))
