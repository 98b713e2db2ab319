"""The framing codebook: its data model, loading and validation, and the codebook as a document.

The codebook (``data/instruments/codebook.toml``) is a document and an instrument. It holds
Semetko & Valkenburg's (2000) five generic news frames, item by item (their 20 yes/no
questions, each with indicators), six event frames for conflict and security news, and five
epistemic-stance categories whose indicators are rows of lexicon files (hedges and boosters
after Hyland 2005; attribution verbs in three groups). :func:`load_codebook` validates it and
compiles every frame and stance category into one :class:`~analysis.lexicon.Lexicon`;
:func:`codebook_markdown` renders it for people.

Examples
--------
>>> cb = load_codebook()
>>> [f.family for f in cb.frames][:2], len(cb.family("stance"))
(['generic', 'generic'], 5)
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .lexicon import Indicator, Lexicon, check_indicator, compile_lexicon

CODEBOOK = "codebook.toml"
FAMILIES = ("generic", "event", "stance")
FRAME_KEYS = ("id", "family", "label", "definition", "source", "example", "item", "length_exponent")
STANCE_KEYS = ("id", "label", "definition", "question", "source", "example", "lexicons", "where", "cased_forms")


@dataclass(frozen=True)
class Item:
    """One question a frame answers (or, for stance, one lexicon term) and its indicators."""

    id: str
    question: str
    indicators: tuple[Indicator, ...]
    note: str = ""


@dataclass(frozen=True)
class Frame:
    """A frame (family ``generic`` or ``event``) or a stance category (family ``stance``)."""

    id: str
    family: str
    label: str
    definition: str
    source: str
    example: str
    items: tuple[Item, ...]
    question: str = ""  # stance categories ask one question; frames ask one per item
    lexicons: tuple[str, ...] = ()  # stance categories: the lexicon files their items come from
    length_exponent: float = 0.0  # frame_score = n_indicators / (words / 1000) ** length_exponent (see analysis.framing)


@dataclass(frozen=True)
class Codebook:
    """A validated codebook: its frames and stance categories in order, each compiled once."""

    path: Path
    title: str
    version: str
    rules: tuple[str, ...]
    frames: tuple[Frame, ...]
    lexicons: Mapping[str, Lexicon]

    def frame(self, frame_id: str) -> Frame:
        """The frame or stance category with this id (``KeyError`` if unknown)."""
        for frame in self.frames:
            if frame.id == frame_id:
                return frame
        raise KeyError(frame_id)

    def family(self, family: str) -> tuple[Frame, ...]:
        """The frames of one family, in codebook order."""
        return tuple(frame for frame in self.frames if frame.family == family)


# ------------------------------------------------------------------------------------------------
# Loading and validation
# ------------------------------------------------------------------------------------------------


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Read, validate and compile a codebook (default ``data/instruments/codebook.toml``); cached.

    A malformed codebook (bad TOML, a missing field, an unknown family, a duplicate id, a
    frame item without indicators, an indicator written twice in one frame, an invalid
    pattern, a stance lexicon that is missing or selects nothing) raises
    :class:`~analysis.errors.InstrumentError` naming the file (and the line where known).

    Examples
    --------
    >>> cb = load_codebook()
    >>> [f.id for f in cb.family("generic")]
    ['responsibility', 'human_interest', 'conflict', 'morality', 'economic_consequences']
    >>> sum(len(f.items) for f in cb.family("generic"))
    20
    >>> cb.frame("conflict").items[0].question
    'Does the story reflect disagreement between parties-individuals-groups-countries?'
    """
    resolved = instrument_path(path or CODEBOOK).resolve()
    stat = resolved.stat() if resolved.is_file() else None
    return _load_codebook_cached(resolved, stat.st_mtime_ns if stat else 0)


@lru_cache(maxsize=8)
def _load_codebook_cached(path: Path, _mtime: int) -> Codebook:
    if not path.is_file():
        raise InstrumentError(path, "codebook file not found")
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InstrumentError(path, f"not valid TOML: {exc}") from None
    return _build_codebook(path, text, data)


def _line_of(text: str, needle: str) -> int | None:
    """1-based line of the first line containing ``needle`` (to point an error at the codebook)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _build_codebook(path: Path, text: str, data: Mapping[str, Any]) -> Codebook:
    def fail(message: str, near: str | None = None) -> InstrumentError:
        return InstrumentError(path, message, row=_line_of(text, near) if near else None)

    meta = data.get("codebook")
    if not isinstance(meta, dict) or not isinstance(meta.get("title"), str):
        raise fail("needs a [codebook] table with a title")
    raw_frames = data.get("frame", [])
    raw_stance = data.get("stance", [])
    if not isinstance(raw_frames, list) or not raw_frames:
        raise fail("needs at least one [[frame]]")
    frames: list[Frame] = []
    seen: set[str] = set()
    for raw in raw_frames:
        frames.append(_build_frame(raw, fail))
    for raw in raw_stance if isinstance(raw_stance, list) else []:
        frames.append(_build_stance(raw, fail))
    for frame in frames:
        if frame.id in seen:
            raise fail(f"duplicate frame or stance id {frame.id!r}", f'"{frame.id}"')
        seen.add(frame.id)
    lexicons: dict[str, Lexicon] = {}
    for frame in frames:
        indicators = [indicator for item in frame.items for indicator in item.indicators]
        lexicons[frame.id] = compile_lexicon(frame.id, indicators)
    rules = tuple(str(rule) for rule in meta.get("rules", ()))
    return Codebook(path, str(meta["title"]), str(meta.get("version", "")), rules, tuple(frames), lexicons)


def _require_text(raw: Mapping[str, Any], keys: Iterable[str], what: str, fail: Any) -> None:
    for key in keys:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{what}: field {key!r} is missing or empty", f'"{raw.get("id", "")}"' if raw.get("id") else None)


def _checked(indicator: Indicator, frame_id: str, fail: Any, seen: dict[tuple[str, str], str]) -> Indicator:
    problem = check_indicator(indicator)
    if problem:
        raise fail(f"frame {frame_id!r}, item {indicator.item!r}, indicator {indicator.text!r}: {problem}", indicator.text)
    key = (indicator.kind, indicator.text if indicator.kind == "cased" else indicator.text.lower())
    if key in seen:
        raise fail(
            f"frame {frame_id!r}: indicator {indicator.text!r} is written in item {seen[key]!r} and in item {indicator.item!r}",
            indicator.text,
        )
    seen[key] = indicator.item
    return indicator


def _build_frame(raw: Any, fail: Any) -> Frame:
    if not isinstance(raw, dict):
        raise fail("each [[frame]] must be a table")
    _require_text(raw, ("id", "family", "label", "definition", "source", "example"), f"frame {raw.get('id', '?')!r}", fail)
    frame_id = raw["id"]
    if raw["family"] not in ("generic", "event"):
        raise fail(f"frame {frame_id!r}: family must be 'generic' or 'event', not {raw['family']!r}", f'"{frame_id}"')
    items_raw = raw.get("item", [])
    if not isinstance(items_raw, list) or not items_raw:
        raise fail(f"frame {frame_id!r} has no [[frame.item]]", f'"{frame_id}"')
    seen: dict[tuple[str, str], str] = {}
    item_ids: set[str] = set()
    items: list[Item] = []
    for item in items_raw:
        _require_text(item, ("id", "question"), f"frame {frame_id!r} item", fail)
        if item["id"] in item_ids:
            raise fail(f"frame {frame_id!r}: duplicate item id {item['id']!r}", f'"{item["id"]}"')
        item_ids.add(item["id"])
        indicators = []
        for key, kind in (("terms", "term"), ("terms_cased", "cased"), ("patterns", "pattern")):
            values = item.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise fail(f"frame {frame_id!r}, item {item['id']!r}: {key} must be a list of strings", f'"{item["id"]}"')
            indicators.extend(_checked(Indicator(v, item["id"], kind), frame_id, fail, seen) for v in values)
        if not indicators:
            raise fail(f"frame {frame_id!r}, item {item['id']!r} has no indicators (terms, terms_cased or patterns)", f'"{item["id"]}"')
        items.append(Item(item["id"], item["question"], tuple(indicators), str(item.get("note", ""))))
    exponent = raw.get("length_exponent", 0.0)
    if isinstance(exponent, bool) or not isinstance(exponent, (int, float)) or not 0.0 <= exponent <= 1.0:
        raise fail(f"frame {frame_id!r}: length_exponent must be a number from 0 to 1, not {exponent!r}", f'"{frame_id}"')
    return Frame(
        frame_id, raw["family"], raw["label"], raw["definition"], raw["source"], raw["example"], tuple(items),
        length_exponent=float(exponent),
    )


def _build_stance(raw: Any, fail: Any) -> Frame:
    if not isinstance(raw, dict):
        raise fail("each [[stance]] must be a table")
    _require_text(raw, ("id", "label", "definition", "question", "source", "example"), f"stance {raw.get('id', '?')!r}", fail)
    stance_id = raw["id"]
    lexicons, where = raw.get("lexicons"), raw.get("where", {})
    if not isinstance(lexicons, list) or not lexicons or not isinstance(where, dict):
        raise fail(f"stance {stance_id!r}: needs lexicons = [files] and where = {{column = value}}", f'"{stance_id}"')
    forms_by_term: dict[str, list[str]] = {}
    owner: dict[str, tuple[str, str]] = {}
    for name in lexicons:
        try:
            rows = load_tsv(name, required=("term", "forms", *where))
        except InstrumentError as exc:
            raise fail(f"stance {stance_id!r}: lexicon {name!r}: {exc}", f'"{stance_id}"') from None
        for row in rows:
            if any(row.get(column) != value for column, value in where.items()):
                continue
            for form in (f.strip() for f in row["forms"].split("|")):
                if not form:
                    continue
                if form.lower() in owner and owner[form.lower()][0] != row["term"]:
                    term, line = owner[form.lower()]
                    raise InstrumentError(
                        instrument_path(name), f"stance {stance_id!r}: form {form!r} is listed for term {term!r} (line {line}) and {row['term']!r}", row=int(row["line"])
                    )
                if form.lower() not in owner:
                    owner[form.lower()] = (row["term"], row["line"])
                    forms_by_term.setdefault(row["term"], []).append(form)
    if not forms_by_term:
        raise fail(f"stance {stance_id!r}: no row of {lexicons} has {where}", f'"{stance_id}"')
    cased = raw.get("cased_forms", [])  # forms matched with their case exactly as written
    if not isinstance(cased, list) or not all(isinstance(form, str) for form in cased):
        raise fail(f"stance {stance_id!r}: cased_forms must be a list of strings", f'"{stance_id}"')
    unknown = sorted(set(cased) - {form for forms in forms_by_term.values() for form in forms})
    if unknown:
        raise fail(f"stance {stance_id!r}: cased_forms {unknown} are not forms of this category", f'"{stance_id}"')
    items = []
    for term, forms in forms_by_term.items():
        indicators = []
        for form in forms:
            indicator = Indicator(form, term, "cased" if form in cased else "term")
            problem = check_indicator(indicator)
            if problem:
                raise fail(f"stance {stance_id!r}, term {term!r}, form {form!r}: {problem}")
            indicators.append(indicator)
        items.append(Item(term, "", tuple(indicators)))
    return Frame(
        stance_id, "stance", raw["label"], raw["definition"], raw["source"], raw["example"], tuple(items),
        question=raw["question"], lexicons=tuple(str(name) for name in lexicons),
    )


# ------------------------------------------------------------------------------------------------
# The codebook as a document
# ------------------------------------------------------------------------------------------------


def codebook_markdown(codebook: Codebook | None = None, *, max_indicators: int | None = None) -> str:
    """The codebook as a Markdown document: rules, then each frame with its definition, source,
    example and a table of its questions and indicators; stance categories list their lexicons.

    ``max_indicators`` shortens long indicator lists (``...`` marks the cut).

    The codebook is user-edited data, so every value is made inert; only the document's own
    headings, bold labels and tables are Markdown. Prose (title, rules, labels, definitions,
    sources, examples, questions, notes) is escaped like :func:`analysis.highlight.md_text`:
    every character that could open an HTML element, a link, an autolink, an image, code, maths
    or emphasis is written as a numeric character reference, and white space is collapsed, so a
    value cannot start a new block. Quotation marks, parentheses and inner hyphens stay as
    written (with ``<`` and ``[`` escaped they cannot form markup), so the quoted Semetko &
    Valkenburg questions read verbatim in the Markdown source too. Identifiers and indicators
    are code: a backtick code span, or, when the value holds a backtick, ``|``, ``<``, ``>`` or
    ``&``, an HTML ``<code>`` element through :func:`analysis.highlight.md_code` (so no raw
    markup is left in the Markdown even inside code, and a regex's ``|`` does not split a cell).

    Examples
    --------
    >>> md = codebook_markdown()
    >>> md.splitlines()[0]
    '# Framing codebook&#58; the Russia-Ukraine pull-back of 15 February 2022 and news like it'
    >>> "| conflict&#95;4 | Does the story refer to winners and losers?" in md
    True
    >>> import dataclasses
    >>> cb = load_codebook()
    >>> bad = dataclasses.replace(cb, title="<script>alert(1)</script>", frames=cb.frames[:1])
    >>> codebook_markdown(bad).splitlines()[0]
    '# &#60;script&#62;alert(1)&#60;/script&#62;'
    """
    from .highlight import MARKDOWN_ACTIVE, md_code

    codebook = codebook or load_codebook()
    inert = {ord(ch): f"&#{ord(ch)};" for ch in MARKDOWN_ACTIVE if ch not in "\"'()-"}

    def text(value: object) -> str:
        flat = " ".join(str(value).split()).translate(inert)
        return "&#45;" + flat[1:] if flat.startswith("-") else flat  # a leading hyphen is no list or rule

    def code(value: object) -> str:
        value = " ".join(str(value).split())
        if not value or any(ch in value for ch in "`|<>&"):
            return md_code(value)
        return f"`{value}`"

    def listing(indicators: Sequence[Indicator]) -> str:
        shown = [code(i.text) + (" (regex)" if i.kind == "pattern" else " (exact case)" if i.kind == "cased" else "") for i in indicators]
        if max_indicators is not None and len(shown) > max_indicators:
            shown = shown[:max_indicators] + ["..."]
        return ", ".join(shown)

    lines = [f"# {text(codebook.title)}", "", f"Version {text(codebook.version)}. Source file: {code(codebook.path.name)}.", "", "## Matching rules", ""]
    lines += [f"- {text(rule)}" for rule in codebook.rules]
    titles = {"generic": "Generic news frames (Semetko & Valkenburg 2000)", "event": "Event frames", "stance": "Epistemic stance"}
    for family in FAMILIES:
        lines += ["", f"## {titles[family]}"]
        for frame in codebook.family(family):
            lines += [
                "", f"### {text(frame.label)} ({code(frame.id)})", "", f"**Definition.** {text(frame.definition)}", "",
                f"**Source.** {text(frame.source)}", "", f"**Example.** \"{text(frame.example)}\"", "",
            ]
            if frame.length_exponent:
                lines += [f"**Score.** {text(f'frame_score = n_indicators / (words / 1000) ** {frame.length_exponent:g}')}", ""]
            if family == "stance":
                lexicons = ", ".join(code(name) for name in frame.lexicons)
                lines += [f"**Question.** {text(frame.question)}", "", f"**Lexicons.** {lexicons}: {len(frame.items)} terms.", ""]
                lines += ["| term | forms |", "|---|---|"]
                lines += [f"| {text(item.id)} | {listing(item.indicators)} |" for item in frame.items]
            else:
                lines += ["| item | question | indicators |", "|---|---|---|"]
                for item in frame.items:
                    note = f" *{text(item.note)}*" if item.note else ""
                    lines.append(f"| {text(item.id)} | {text(item.question)}{note} | {listing(item.indicators)} |")
    return "\n".join(lines) + "\n"
