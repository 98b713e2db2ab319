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
class Removed:
    """A unit taken out of the body as page furniture or top matter, with the reason."""

    kind: str  # top_matter | boilerplate
    reason: str  # pattern:<name>, top:<headline|kicker|standfirst|byline|date>, justext:<class>, no_words
    text: str
    paragraph_after: int  # the number of body paragraphs before it (0 = before the first)


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
    removed: tuple[Removed, ...] = ()
    headline: str | None = None


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


def split_blocks(text: str) -> list[list[str]]:
    """Blocks separated by blank lines, each a list of its stripped lines.

    A text with no blank line at all has one block per non-empty line (many exports put
    one paragraph on each line), except that a line going on in lower case after a line with no
    end punctuation, or after a line ending on a word such as "with", continues the block
    (hard-wrapped text).

    Examples
    --------
    >>> split_blocks("Russia said on Tuesday that some\\ntroops were leaving.\\nNATO doubted it.")
    [['Russia said on Tuesday that some', 'troops were leaving.'], ['NATO doubted it.']]
    >>> split_blocks("One\\ntwo.\\n\\n\\n  Three.  \\n")
    [['One', 'two.'], ['Three.']]
    >>> split_blocks("One.\\nTwo."), split_blocks("   \\n")
    ([['One.'], ['Two.']], [])
    """
    lines = [line.strip() for line in text.split("\n")]
    has_blank = any(not line for line in lines[1:-1]) if len(lines) > 2 else False
    if not has_blank:
        # One paragraph per line, except that a line going on in lower case after a line with no
        # end punctuation continues it (hard-wrapped text: a sentence is not cut at a line end).
        out: list[list[str]] = []
        for line in lines:
            if not line:
                continue
            if out and _continues(out[-1][-1], line):
                out[-1].append(line)
            else:
                out.append([line])
        return out
    blocks, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


#: Words a line of prose can end on only when the sentence goes on to the next line.
_DANGLING = frozenset("a an the of to in on at for with and or but nor that by from as into than its their his her our".split())


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues ``previous`` (hard-wrapped text): the previous line has no end
    punctuation and this one goes on in lower case, or the previous one ends on a word that
    cannot end a sentence ("with", "the")."""
    if previous.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";")):
        return False
    last = previous.rsplit(None, 1)[-1].lower() if previous.split() else ""
    return line[:1].islower() or last in _DANGLING


def join_lines(lines: list[str]) -> str:
    """The lines of one block as one paragraph: joined with a space, runs of spaces collapsed."""
    return re.sub(r" {2,}", " ", " ".join(lines))


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
    return [join_lines(block) for block in split_blocks(text)]


#: A block whose lines (but the last) are all at least this long is wrapped prose, read as one
#: unit; otherwise each of its lines is a unit of its own (a header of short lines: section,
#: headline, byline, date), so furniture is told from body line by line.
WRAPPED_LINE = 45


def block_units(block: list[str]) -> list[str]:
    """The units a block is judged in: the whole block when its lines are wrapped prose,
    else each line (a line under 45 characters before the last, a bulleted line, a short last
    line after a full stop, or a line that is furniture by itself).

    Examples
    --------
    >>> block_units(["Connect with us", "Breaking News"])
    ['Connect with us', 'Breaking News']
    >>> block_units(["Russia's defence ministry said on Tuesday that some troops were", "heading back."])
    ["Russia's defence ministry said on Tuesday that some troops were heading back."]
    """
    from .boilerplate import ends_sentence, match_pattern

    if len(block) > 1 and (
        any(len(line) < WRAPPED_LINE for line in block[:-1])
        or any(line[:2] in _BULLETS for line in block)
        or (len(block[-1]) < WRAPPED_LINE and ends_sentence(block[-2]))
        or any(match_pattern(line) for line in block)
    ):
        return [re.sub(r" {2,}", " ", line) for line in block]
    return [join_lines(block)]


_BULLETS = frozenset({"- ", "* ", "\u2022 ", "\u25cf ", "\u25aa ", "\u2013 ", "\u2014 "})


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
    >>> page = clean_text("Skip to main content\\n\\nQuake toll rises\\n\\n" + "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials in the province said, and many more were missing. " * 2 + "\\n\\nPost a Comment")
    >>> page.headline, [(r.kind, r.reason) for r in page.removed]
    ('Quake toll rises', [('boilerplate', 'pattern:skip_link'), ('top_matter', 'top:headline'), ('boilerplate', 'pattern:comments')])
    """
    from .boilerplate import classify_units, headline_of, leading_date

    log = count_changes(text)
    # Mojibake first: a closing quote read as Windows-1252 ends in a C1 control (\x9d) that the
    # control-character rule would otherwise delete before ftfy could repair the quote.
    text, mojibake = repair_mojibake(text)
    text, n_control = remove_control_chars(text)
    if n_control:  # only when present: the log of a clean article is unchanged
        log["control_char"] = n_control
    n_apostrophes = len(_DOUBLE_APOSTROPHE.findall(text)) if "''" in text else 0
    if n_apostrophes:  # only when present: the log of an article without them is unchanged
        log["double_apostrophe"] = n_apostrophes
    text = normalize_double_apostrophes(normalize_dashes(normalize_spaces(normalize_newlines(text))))
    related: list[Related] = []
    units: list[tuple[int, str]] = []  # (block, unit) of every non-promo unit, in order
    promo_after: list[tuple[int, Related]] = []  # (units before it, promo)
    for number, block in enumerate(split_blocks(text)):
        for unit in block_units(block):
            promo = match_promo(unit)
            if promo:
                promo_after.append((len(units), Related(promo[0], promo[1], 0, unit)))
            else:
                units.append((number, unit))
    verdicts = classify_units([unit for _, unit in units])
    paragraphs: list[str] = []
    removed: list[Removed] = []
    pending: list[str] = []  # kept units of the current block
    current_block = -1
    promos = iter(promo_after)
    next_promo = next(promos, None)

    def flush() -> None:
        if pending:
            paragraphs.append(join_lines(pending))
            pending.clear()

    for index, ((block, unit), verdict) in enumerate(zip(units, verdicts)):
        while next_promo is not None and next_promo[0] <= index:
            flush()
            promo = next_promo[1]
            related.append(Related(promo.label, promo.headline, len(paragraphs), promo.line))
            next_promo = next(promos, None)
        if block != current_block:
            flush()
            current_block = block
        if verdict.keep:
            pending.append(unit)
        else:
            flush()
            removed.append(Removed(verdict.kind, verdict.reason, unit, len(paragraphs)))
    flush()
    for _, promo in [next_promo, *promos] if next_promo is not None else []:
        related.append(Related(promo.label, promo.headline, len(paragraphs), promo.line))
    if paragraphs:
        cut = leading_date(paragraphs[0])
        if cut and paragraphs[0][cut:].strip():
            before_body = sum(r.paragraph_after == 0 for r in removed)  # keep removed.csv in text order
            removed.insert(before_body, Removed("top_matter", "top:date", paragraphs[0][:cut].strip(), 0))
            paragraphs[0] = paragraphs[0][cut:].lstrip()
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
    # Rules added later are logged only when they changed something, so the cleaning log of a
    # clean text is what it was before them.
    extra = {
        "mojibake": mojibake,
        "replacement_char": text.count("\ufffd"),
        "top_matter_line": sum(r.kind == "top_matter" for r in removed),
        "boilerplate_line": sum(r.kind == "boilerplate" for r in removed),
    }
    log |= {rule: count for rule, count in extra.items() if count}
    return Cleaned(
        body=normalize_quotes(typographic),
        paragraph_spans=tuple(spans),
        dateline=dateline,
        dateline_text=dateline_text,
        related=tuple(related),
        log=log,
        typographic_body=typographic,
        removed=tuple(removed),
        headline=headline_of([unit for _, unit in units], verdicts),
    )


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
    if not _MOJIBAKE_HINT.search(text):
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
