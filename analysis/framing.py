"""Frames and epistemic stance: the codebook, its evidence (one row per match) and frame scores.

The codebook (``data/instruments/codebook.toml``) is a document and an instrument. It holds
Semetko & Valkenburg's (2000) five generic news frames, item by item (their 20 yes/no
questions, each with indicators), six event frames for conflict and security news, and five
epistemic-stance categories whose indicators are rows of lexicon files (hedges and boosters
after Hyland 2005; attribution verbs in three groups). :func:`load_codebook` validates it and
compiles every frame and stance category into one :class:`~analysis.lexicon.Lexicon`.

:func:`find_evidence` scans a document's body once for all lexicons
(:func:`~analysis.lexicon.find_all`; each lexicon's matches are its own, as if scanned alone) and
assigns every match to its sentence by offset (``bisect``): one row per match, with the matched text and its span in
``doc.body``. :func:`frame_scores` turns evidence and sentence word counts into one row per
article and frame: the share of sentences carrying the frame and its matches per 1,000 words,
each with a seeded 95% bootstrap interval over sentences, and where the frame first appears.
:func:`framing_tables` is the pipeline scorer (:data:`FRAMING`).

Examples
--------
>>> from analysis.document import build_document
>>> doc = build_document({"id": "x", "outlet": "W"}, "However, it is not clear how many troops are returning to their bases.")
>>> sorted({(row["category"], row["matched"]) for row in find_evidence(doc) if row["family"] == "event"})
[('deescalation', 'returning to their bases'), ('military', 'troops'), ('verification', 'it is not clear')]
"""
from __future__ import annotations

import math
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from .document import Document
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .lexicon import Indicator, Lexicon, check_indicator, compile_lexicon, find_all
from .scoring import Scorer
from .segment import count_words
from .stats import percentile_interval, sentence_resamples

CODEBOOK = "codebook.toml"
FAMILIES = ("generic", "event", "stance")
FRAME_KEYS = ("id", "family", "label", "definition", "source", "example", "item")
STANCE_KEYS = ("id", "label", "definition", "question", "source", "example", "lexicons", "where", "cased_forms")

VERBS = "attribution_verbs.tsv"
ATTRIBUTION = ("attribution_neutral", "attribution_assertive", "attribution_distancing")
VOICES = ("reporter", "quoted")

EVIDENCE_COLUMNS = (
    "article_id", "sentence", "family", "category", "item", "indicator", "matched", "start", "end", "voice", "cue_role",
)
FRAME_COLUMNS = (
    "article_id", "frame", "family", "n_sentences", "share", "share_low", "share_high",
    "n_matches", "per_1000_words", "rate_low", "rate_high", "first_sentence", "first_position",
    "reporter_matches", "reporter_per_1000_words",
)
LEAD_COLUMNS = ("article_id", "frame", "family", "n_matches")
SENTENCE_COLUMNS = ("article_id", "sentence", "reporter_words")
ARTICLE_COLUMNS = (
    "article_id", "lead_event_frame", "n_lead_event_frames", "lead_generic_frame", "n_lead_generic_frames",
    "dominant_event_frame", "reporter_words", "hedges_per_1000_words", "boosters_per_1000_words",
    "attribution_verbs", "distancing_verbs",
)

Row = dict[str, object]


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
    return Frame(frame_id, raw["family"], raw["label"], raw["definition"], raw["source"], raw["example"], tuple(items))


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
# Evidence
# ------------------------------------------------------------------------------------------------


def find_evidence(doc: Document, *, codebook: Codebook | None = None) -> list[Row]:
    """One row per match of every frame and stance lexicon in ``doc.body``.

    Columns: ``article_id``, ``sentence`` (number, 1-based), ``family``, ``category`` (frame or
    stance id), ``item`` (codebook item id, or the stance lexicon's term), ``indicator`` (as
    written in the codebook or lexicon), ``matched`` (the text), ``start``/``end`` (offsets into
    ``doc.body``: ``doc.body[start:end] == matched``), ``voice`` (``quoted`` when the match
    starts inside a quotation, a span of ``doc.quotes``; else ``reporter``) and ``cue_role``
    (attribution verbs only: ``chain`` for a verb that continues an earlier cue of the same
    sentence and voice, ``"quoted ... as saying"``, see :func:`attribution_chains`; else ``cue``;
    empty for every other category). Rows are ordered by start, then codebook order. A match is
    assigned to the sentence it starts in; a document without sentences (empty text) has no
    evidence.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> doc = build_document({"id": "x", "outlet": "W"}, "Moscow claimed the troops left. We could be on the brink of war.")
    >>> [(r["sentence"], r["category"], r["item"], r["matched"]) for r in find_evidence(doc) if r["category"] in ("escalation", "attribution_distancing", "hedge")]
    [(1, 'attribution_distancing', 'claim', 'claimed'), (2, 'hedge', 'could', 'could'), (2, 'escalation', 'escalation_imminence', 'the brink of war')]
    >>> doc = build_document({"id": "q", "outlet": "W"}, '"It is possible," AFP quoted him as saying.')
    >>> [(r["matched"], r["voice"], r["cue_role"]) for r in find_evidence(doc) if r["family"] == "stance"]
    [('possible', 'quoted', ''), ('quoted', 'reporter', 'cue'), ('saying', 'reporter', 'chain')]
    >>> find_evidence(build_document({"id": "e", "outlet": "W"}, ""))
    []
    """
    codebook = codebook or load_codebook()
    if not doc.sentences:
        return []
    starts = [s.start for s in doc.sentences]
    quotes = sorted(doc.quotes)
    quote_starts = [start for start, _end in quotes]
    rows: list[tuple[int, int, Row]] = []
    found = find_all([codebook.lexicons[frame.id] for frame in codebook.frames], doc.body)
    for order, (frame, matches) in enumerate(zip(codebook.frames, found)):
        for match in matches:
            index = bisect_right(starts, match.start) - 1
            if index < 0 or match.start >= doc.sentences[index].end:
                continue  # between sentences (cannot happen for text inside paragraphs)
            q = bisect_right(quote_starts, match.start) - 1
            quoted = q >= 0 and match.start < quotes[q][1]
            rows.append((match.start, order, {
                "article_id": doc.article_id,
                "sentence": doc.sentences[index].number,
                "family": frame.family,
                "category": frame.id,
                "item": match.indicator.item,
                "indicator": match.indicator.text,
                "matched": match.matched,
                "start": match.start,
                "end": match.end,
                "voice": "quoted" if quoted else "reporter",
                "cue_role": "cue" if frame.id in ATTRIBUTION else "",
            }))
    rows.sort(key=lambda entry: (entry[0], entry[1]))
    evidence = [row for _start, _order, row in rows]
    attribution_chains(evidence, doc.body)
    return evidence


@lru_cache(maxsize=1)
def chain_words() -> Mapping[str, str]:
    """``{term: word}`` from the ``chain`` column of ``attribution_verbs.tsv``: a later cue
    preceded by ``word`` continues a cue of ``term`` (``quote`` -> ``as``: "quoted X as saying").

    Examples
    --------
    >>> chain_words()["quote"]
    'as'
    """
    out: dict[str, str] = {}
    for row in load_tsv(VERBS, required=("term", "group", "forms")):
        if "chain" not in row:
            raise InstrumentError(instrument_path(VERBS), "header lacks column 'chain'", row=int(row["line"]))
        word = row["chain"].strip().lower()
        if word and not word.isalpha():
            raise InstrumentError(instrument_path(VERBS), f"chain must be one word, not {row['chain']!r}", row=int(row["line"]))
        if word:
            out[row["term"]] = word
    return out


def attribution_chains(evidence: list[Row], body: str) -> None:
    """Mark (in place) attribution evidence that continues an earlier cue as ``cue_role = chain``.

    One statement, one attribution: in ``AFP quoted a spokesperson as saying`` the verb
    ``saying`` follows the chain word (``as``) of the earlier cue ``quoted`` in the same sentence
    and voice, so it is a ``chain``, not a second attribution. Only attribution rows are
    visited (a handful per article), and only the few characters before each.

    Examples
    --------
    >>> body = "AFP quoted an aide as saying it."
    >>> ev = [{"category": "attribution_neutral", "item": "quote", "sentence": 1, "voice": "reporter", "start": 4, "cue_role": "cue"},
    ...       {"category": "attribution_neutral", "item": "say", "sentence": 1, "voice": "reporter", "start": 21, "cue_role": "cue"}]
    >>> attribution_chains(ev, body); [r["cue_role"] for r in ev]
    ['cue', 'chain']
    """
    links = chain_words()
    open_chain: dict[tuple[object, object], str] = {}  # (sentence, voice) -> chain word of the last cue
    for row in evidence:
        if row["category"] not in ATTRIBUTION:
            continue
        key = (row["sentence"], row["voice"])
        start = int(row["start"])  # type: ignore[call-overload]
        word = open_chain.get(key)
        if word and body[max(0, start - len(word) - 12) : start].rstrip().lower().endswith(" " + word):
            row["cue_role"] = "chain"
            continue
        open_chain[key] = links.get(str(row["item"]), "")


def reporter_word_counts(doc: Document) -> dict[int, int]:
    """Words of each sentence outside quotation marks (``doc.quotes``), by sentence number.

    A sentence without quoted characters keeps its word count; otherwise the pieces outside
    the quotes are counted one by one (the same split as :func:`analysis.sentiment.split_voices`).

    Examples
    --------
    >>> from analysis.document import build_document
    >>> reporter_word_counts(build_document({"id": "x", "outlet": "W"}, 'Troops left. "We are done," he said.'))
    {1: 2, 2: 2}
    """
    quotes = sorted(doc.quotes)
    ends = [end for _start, end in quotes]
    out: dict[int, int] = {}
    for sentence in doc.sentences:
        if not sentence.quoted_chars:
            out[sentence.number] = sentence.n_words
            continue
        words, at = 0, sentence.start
        for q_start, q_end in quotes[bisect_right(ends, sentence.start) :]:
            if q_start >= sentence.end:
                break
            if q_start > at:
                words += count_words(doc.body[at:q_start])
            at = max(at, q_end)
        if at < sentence.end:
            words += count_words(doc.body[at : sentence.end])
        out[sentence.number] = words
    return out


# ------------------------------------------------------------------------------------------------
# Scores
# ------------------------------------------------------------------------------------------------


def relative_position(sentence: int | None, n_sentences: int) -> float:
    """Where sentence number ``sentence`` (1-based) sits in an article: 0 = lead, 1 = last.

    ``None`` (the frame never appears) gives NaN; a one-sentence article gives 0.

    Examples
    --------
    >>> relative_position(1, 10), relative_position(10, 10), relative_position(1, 1)
    (0.0, 1.0, 0.0)
    >>> relative_position(None, 5)
    nan
    """
    if sentence is None:
        return float("nan")
    return 0.0 if n_sentences <= 1 else (sentence - 1) / (n_sentences - 1)


def frame_scores(
    evidence: Sequence[Mapping[str, object]],
    sentence_words: Mapping[int, int],
    *,
    article_id: str,
    codebook: Codebook | None = None,
    reporter_words: Mapping[int, int] | None = None,
    weights: np.ndarray | None = None,
) -> list[Row]:
    """One row per frame and stance category for one article, from its evidence rows.

    ``sentence_words`` maps each sentence number of the article to its word count. For each
    category: ``n_sentences`` carrying it and their ``share`` of all sentences; ``n_matches``
    and ``per_1000_words`` (matches per 1,000 words of the article's sentences); 95% intervals
    for both from a seeded percentile bootstrap over sentences (the article's shared resamples,
    :func:`analysis.stats.sentence_resamples`; a category with
    no match has the interval (0, 0) without resampling, which is what resampling would give);
    ``first_sentence`` carrying it and its :func:`relative_position` (empty and NaN if none).
    ``reporter_matches``: the matches in the reporter's voice (evidence ``voice == "reporter"``;
    rows without a voice count as the reporter's) and ``reporter_per_1000_words`` per 1,000
    of the reporter's words (``reporter_words``: sentence number -> words outside quotation
    marks; default every word), NaN when the reporter has no words. ``weights`` replaces the
    article's resamples with any ``(n_resamples, n_sentences)`` matrix of draw counts (a test
    passes the complete enumeration of a tiny article). An article without sentences has no rows.

    Examples
    --------
    >>> rows = frame_scores([{"category": "conflict", "sentence": 2}], {1: 10, 2: 10, 3: 20}, article_id="a")
    >>> r = next(r for r in rows if r["frame"] == "conflict")
    >>> r["n_sentences"], round(r["share"], 3), r["per_1000_words"], r["first_sentence"], r["first_position"]
    (1, 0.333, 25.0, 2, 0.5)
    >>> frame_scores([], {}, article_id="a")
    []
    """
    codebook = codebook or load_codebook()
    numbers = sorted(sentence_words)
    if not numbers:
        return []
    words = np.array([sentence_words[n] for n in numbers], dtype=float)
    position = {n: i for i, n in enumerate(numbers)}
    counts: dict[str, np.ndarray] = {}
    reporter_counts: dict[str, int] = {}
    for row in evidence:
        category = str(row["category"])
        array = counts.get(category)
        if array is None:  # not setdefault: that builds a new zeros array for every row
            array = counts[category] = np.zeros(len(numbers))
        array[position[int(row["sentence"])]] += 1  # type: ignore[call-overload]
        if row.get("voice", "reporter") == "reporter":
            reporter_counts[category] = reporter_counts.get(category, 0) + 1
    total_words = float(words.sum())
    total_reporter = float(sum(reporter_words.get(n, 0) for n in numbers)) if reporter_words is not None else total_words
    # One set of resamples of the article's sentences serves every category (and readability
    # and voice sentiment): each category's resampled sums are one matrix product.
    matrix = np.stack([counts.get(frame.id, np.zeros(len(numbers))) for frame in codebook.frames], axis=1)
    carrying_matrix = (matrix > 0).astype(float)
    if weights is None:
        weights = sentence_resamples(article_id, len(numbers))
    with np.errstate(divide="ignore", invalid="ignore"):
        share_samples = weights @ carrying_matrix / len(numbers)
        word_samples = weights @ words
        rate_samples = 1000.0 * (weights @ matrix) / word_samples[:, None]
        rate_samples[word_samples == 0] = np.nan
    share_low, share_high = percentile_interval(share_samples)
    rate_low, rate_high = percentile_interval(rate_samples)
    # Column totals at once (counts are whole numbers: any summation order gives the same sums).
    n_matches_all = matrix.sum(axis=0).astype(int).tolist()
    n_carrying_all = carrying_matrix.sum(axis=0).astype(int).tolist()
    first_rows = np.argmax(carrying_matrix, axis=0).tolist()
    bounds = np.stack([share_low, share_high, rate_low, rate_high]).tolist()
    out: list[Row] = []
    for column, frame in enumerate(codebook.frames):
        n_matches, n_carrying = n_matches_all[column], n_carrying_all[column]
        if n_matches:
            share_ci = (bounds[0][column], bounds[1][column])
            rate_ci = (bounds[2][column], bounds[3][column])
            first: int | None = numbers[first_rows[column]]
        else:
            share_ci = (0.0, 0.0)
            rate_ci = (0.0, 0.0) if total_words else (math.nan, math.nan)
            first = None
        out.append({
            "article_id": article_id,
            "frame": frame.id,
            "family": frame.family,
            "n_sentences": n_carrying,
            "share": n_carrying / len(numbers),
            "share_low": share_ci[0],
            "share_high": share_ci[1],
            "n_matches": n_matches,
            "per_1000_words": float(1000.0 * n_matches / total_words) if total_words else math.nan,
            "rate_low": rate_ci[0],
            "rate_high": rate_ci[1],
            "first_sentence": first,
            "first_position": relative_position(first, len(numbers)),
            "reporter_matches": reporter_counts.get(frame.id, 0),
            "reporter_per_1000_words": 1000.0 * reporter_counts.get(frame.id, 0) / total_reporter if total_reporter else math.nan,
        })
    return out


def lead_frames(evidence: Sequence[Mapping[str, object]], *, article_id: str, lead_sentence: int = 1) -> list[Row]:
    """The ``lead_frames`` table: every generic and event frame matched in the lead sentence.

    One row per frame with at least one match in sentence ``lead_sentence`` (the article's
    first), with ``n_matches`` there, in the order the frames first match. No frame is
    preferred: a lead that carries several frames has several rows.

    Examples
    --------
    >>> ev = [{"category": "military", "family": "event", "sentence": 1}, {"category": "deescalation", "family": "event", "sentence": 1},
    ...       {"category": "military", "family": "event", "sentence": 1}, {"category": "hedge", "family": "stance", "sentence": 1},
    ...       {"category": "conflict", "family": "generic", "sentence": 2}]
    >>> [(r["frame"], r["n_matches"]) for r in lead_frames(ev, article_id="a")]
    [('military', 2), ('deescalation', 1)]
    """
    found: dict[str, Row] = {}
    for row in evidence:
        if row["family"] == "stance" or int(row["sentence"]) != lead_sentence:  # type: ignore[call-overload]
            continue
        name = str(row["category"])
        entry = found.setdefault(name, {"article_id": article_id, "frame": name, "family": row["family"], "n_matches": 0})
        entry["n_matches"] = int(entry["n_matches"]) + 1  # type: ignore[call-overload]
    return list(found.values())


def article_summary(
    frames: Sequence[Mapping[str, object]],
    evidence: Sequence[Mapping[str, object]],
    *,
    article_id: str,
    leads: Sequence[Mapping[str, object]] = (),
    reporter_words: int | None = None,
) -> Row:
    """Article-level framing columns from one article's frame rows, evidence and lead frames.

    ``lead_event_frame`` / ``lead_generic_frame``: the one frame of that family in the lead
    sentence (``leads``, from :func:`lead_frames`), empty when the lead carries none or several
    (no tie is broken: ``n_lead_event_frames`` / ``n_lead_generic_frames`` say how many, and the
    ``lead_frames`` table lists them). ``dominant_event_frame``: the event frame with the largest
    share (ties: rate, then codebook order). ``hedges_per_1000_words`` and
    ``boosters_per_1000_words``: the reporter's own (``reporter_per_1000_words`` of the frame
    rows: matches outside quotation marks per 1,000 words outside quotation marks).
    ``attribution_verbs`` (all three groups) and ``distancing_verbs``: attributions in the
    reporter's voice, once per statement (evidence with ``voice == "reporter"`` and
    ``cue_role == "cue"``: a verb inside a quotation is the speaker's, not an attribution by
    the outlet; the ``saying`` of "quoted X as saying" is a ``chain``, not a second one).

    Examples
    --------
    >>> fr = [{"frame": "escalation", "family": "event", "share": 0.5, "per_1000_words": 9.0, "n_matches": 1, "first_sentence": 2},
    ...       {"frame": "deescalation", "family": "event", "share": 0.5, "per_1000_words": 9.0, "n_matches": 1, "first_sentence": 1}]
    >>> leads = [{"frame": "deescalation", "family": "event", "n_matches": 1}]
    >>> s = article_summary(fr, [{"category": "deescalation", "sentence": 1}], article_id="a", leads=leads)
    >>> s["lead_event_frame"], s["n_lead_event_frames"], s["dominant_event_frame"], s["lead_generic_frame"]
    ('deescalation', 1, 'escalation', '')
    """
    by_frame = {str(row["frame"]): row for row in frames}

    def lead(family: str) -> tuple[str, int]:
        names = [str(row["frame"]) for row in leads if row["family"] == family]
        return (names[0] if len(names) == 1 else ""), len(names)

    dominant = [
        (-float(row["share"]), -float(row["per_1000_words"]), order, name)  # type: ignore[arg-type]
        for order, (name, row) in enumerate(by_frame.items())
        if row["family"] == "event" and row["n_matches"]
    ]

    def reporter_rate(name: str) -> float:
        row = by_frame.get(name)
        if row is None:
            return math.nan
        return float(row.get("reporter_per_1000_words", row["per_1000_words"]))  # type: ignore[arg-type]

    statements = [
        row for row in evidence
        if row["category"] in ATTRIBUTION and row.get("voice", "reporter") == "reporter" and row.get("cue_role", "cue") == "cue"
    ]
    lead_event, n_event = lead("event")
    lead_generic, n_generic = lead("generic")
    return {
        "article_id": article_id,
        "lead_event_frame": lead_event,
        "n_lead_event_frames": n_event,
        "lead_generic_frame": lead_generic,
        "n_lead_generic_frames": n_generic,
        "dominant_event_frame": min(dominant)[3] if dominant else "",
        "reporter_words": reporter_words,
        "hedges_per_1000_words": reporter_rate("hedge"),
        "boosters_per_1000_words": reporter_rate("booster"),
        "attribution_verbs": len(statements),
        "distancing_verbs": sum(row["category"] == "attribution_distancing" for row in statements),
    }


def framing_tables(doc: Document) -> dict[str, list[Row]]:
    """The pipeline scorer: tables ``evidence``, ``frames``, ``lead_frames``, the
    ``reporter_words`` column of ``sentences`` and framing columns of ``articles``.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> t = framing_tables(build_document({"id": "x", "outlet": "W"}, "Russia denied any plan to invade. Talks go on."))
    >>> f = {r["frame"]: r for r in t["frames"]}
    >>> f["verification"]["n_sentences"], f["deescalation"]["first_sentence"]
    (1, 2)
    >>> [(r["frame"], r["n_matches"]) for r in t["lead_frames"]], t["articles"][0]["lead_event_frame"], t["articles"][0]["n_lead_event_frames"]
    ([('conflict', 1), ('verification', 1), ('escalation', 1)], '', 2)
    >>> framing_tables(build_document({"id": "e", "outlet": "W"}, ""))["frames"]
    []
    """
    codebook = load_codebook()
    evidence = find_evidence(doc, codebook=codebook)
    reporter = reporter_word_counts(doc)
    frames = frame_scores(
        evidence, {s.number: s.n_words for s in doc.sentences}, article_id=doc.article_id, codebook=codebook, reporter_words=reporter,
    )
    leads = lead_frames(evidence, article_id=doc.article_id, lead_sentence=doc.sentences[0].number) if doc.sentences else []
    summary = (
        article_summary(frames, evidence, article_id=doc.article_id, leads=leads, reporter_words=sum(reporter.values()))
        if frames else {"article_id": doc.article_id}
    )
    sentences = [{"article_id": doc.article_id, "sentence": number, "reporter_words": words} for number, words in reporter.items()]
    return {"evidence": evidence, "frames": frames, "lead_frames": leads, "sentences": sentences, "articles": [summary]}


FRAMING = Scorer(
    "framing",
    framing_tables,
    {
        "evidence": EVIDENCE_COLUMNS, "frames": FRAME_COLUMNS, "lead_frames": LEAD_COLUMNS,
        "sentences": SENTENCE_COLUMNS, "articles": ARTICLE_COLUMNS,
    },
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
