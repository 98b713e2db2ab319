"""Escaped HTML views of an article with evidence spans marked.

Article text is data from outside: every character of it, and every label, is HTML-escaped
before it reaches the page, so an article containing ``<script>`` shows the tag as text and
runs nothing. Spans may overlap; the text is cut at every span boundary and each piece is
marked with all the labels that cover it.

Notebook prose built from data (an outlet's name, a headline, a speaker, a word) goes through
:func:`md_text` (or :func:`md_code` for identifiers) before it is put into Markdown: Markdown
passes raw HTML through, so an outlet named ``<img src=x onerror=alert(1)>`` would otherwise
become a live element in the notebook and in the HTML report.

Examples
--------
>>> highlight_html("Troops <left>.", [(0, 6, "military")])
'<div class="hl-article"><p><mark class="hl" style="background:#cfe3f3" title="military">Troops</mark> &lt;left&gt;.</p></div>'
"""
from __future__ import annotations

import html
import math
import re
from typing import Iterable, Mapping

import pandas as pd

#: Light backgrounds, so black text stays readable on every mark.
MARK_COLORS: tuple[str, ...] = (
    "#cfe3f3", "#fde2b8", "#c9ecd9", "#f2d3e6", "#e6e0f3", "#f9d5c9", "#f6f1b8", "#dcdcdc",
)
Span = tuple[int, int, str]

#: Characters that are active in HTML or in Markdown (Jupyter's flavour: GFM plus ``$`` for
#: maths and ``@``/``:`` for autolinks). :func:`md_text` writes each as a numeric character
#: reference, which Markdown renders as the literal character and never as markup.
MARKDOWN_ACTIVE = "&<>\"'\\`*_{}[]()#+-.!|~$@:=^"
_MD_ESCAPES = {ord(ch): f"&#{ord(ch)};" for ch in MARKDOWN_ACTIVE}
_SPACE_RE = re.compile(r"\s+")


def md_text(value: object) -> str:
    """``value`` as inert text for Markdown prose: HTML-escaped, Markdown characters neutralised.

    Every character that HTML or Markdown could read as markup (``< > & " '`` and
    :data:`MARKDOWN_ACTIVE`) becomes a numeric character reference, so the reader sees the
    value exactly as written and nothing in it can open a tag, a link, emphasis, a heading or
    maths. Runs of white space (newlines included) become one space, so a value cannot start a
    new Markdown block. ``None`` and NaN give ``""``. Use it for every data value put into a
    Markdown string; inside a code span entities are not decoded, so use :func:`md_code` there.

    Examples
    --------
    >>> md_text("<img src=x onerror=alert(1)>")
    '&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;'
    >>> md_text("**Opoyi**  [link](javascript:x)\\n# h")
    '&#42;&#42;Opoyi&#42;&#42; &#91;link&#93;&#40;javascript&#58;x&#41; &#35; h'
    >>> md_text(None), md_text(float("nan")), md_text(3)
    ('', '', '3')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = _SPACE_RE.sub(" ", str(value)).strip()
    return text.translate(_MD_ESCAPES)


def md_code(value: object) -> str:
    """``value`` as inline code in Markdown prose, escaped like :func:`md_text`.

    A Markdown code span (backticks) shows character references literally, so identifiers are
    wrapped in an HTML ``<code>`` element instead, whose content is :func:`md_text`.

    Examples
    --------
    >>> md_code("nw-0215-a")
    '<code>nw&#45;0215&#45;a</code>'
    >>> md_code("</code><script>")
    '<code>&#60;&#47;code&#62;&#60;script&#62;</code>'
    """
    return f"<code>{md_text(value).replace('/', '&#47;')}</code>"


def label_colors(labels: Iterable[str]) -> dict[str, str]:
    """A background colour per label, assigned in sorted order (deterministic).

    Examples
    --------
    >>> label_colors(["conflict", "attribution", "conflict"])
    {'attribution': '#cfe3f3', 'conflict': '#fde2b8'}
    """
    names = sorted({str(label) for label in labels})
    return {name: MARK_COLORS[i % len(MARK_COLORS)] for i, name in enumerate(names)}


def spans_from_frame(df: pd.DataFrame, *, label: str, start: str = "start", end: str = "end") -> list[Span]:
    """``(start, end, label)`` triples from a tidy evidence table (one row per match).

    Examples
    --------
    >>> spans_from_frame(pd.DataFrame({"start": [3], "end": [5], "frame": ["conflict"]}), label="frame")
    [(3, 5, 'conflict')]
    >>> spans_from_frame(pd.DataFrame(columns=["start", "end", "frame"]), label="frame")
    []
    """
    return [(int(s), int(e), str(l)) for s, e, l in zip(df[start], df[end], df[label])]


def body_from_paragraphs(paragraphs: pd.DataFrame) -> str:
    """Rebuild an article's cleaned body from its paragraph rows, keeping every offset.

    Paragraph ``text`` is placed at its ``start``; gaps between paragraphs become newlines, so
    sentence and evidence offsets into the body still point at the same characters.

    Examples
    --------
    >>> p = pd.DataFrame({"start": [0, 6], "end": [4, 9], "text": ["One.", "Two"]})
    >>> body_from_paragraphs(p)
    'One.\\n\\nTwo'
    >>> body_from_paragraphs(p.iloc[:0])
    ''
    """
    if paragraphs.empty:
        return ""
    length = int(paragraphs["end"].max())
    chars = ["\n"] * length
    for start, text in zip(paragraphs["start"], paragraphs["text"]):
        chars[int(start) : int(start) + len(text)] = list(text)
    return "".join(chars)


def _pieces(text: str, spans: list[Span]) -> list[tuple[str, tuple[str, ...]]]:
    bounds = {0, len(text)}
    for start, end, _ in spans:
        bounds.update((max(0, min(len(text), start)), max(0, min(len(text), end))))
    cuts = sorted(bounds)
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        labels = tuple(sorted({label for s, e, label in spans if s <= a and b <= e and s < e}))
        pieces.append((text[a:b], labels))
    return pieces


def highlight_html(text: str, spans: Iterable[Span], *, colors: Mapping[str, str] | None = None) -> str:
    """The article as escaped HTML paragraphs with each span wrapped in ``<mark>``.

    Parameters
    ----------
    text : str
        The cleaned body; ``spans`` index it. Blank lines separate paragraphs.
    spans : iterable of (start, end, label)
        Evidence spans; out-of-range offsets are clipped, empty spans ignored.
    colors : mapping, optional
        Label to CSS colour; default :func:`label_colors`.

    Examples
    --------
    >>> out = highlight_html('He wrote <script>alert("x")</script> & left.', [])
    >>> "<script>" in out, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; left." in out
    (False, True)
    >>> highlight_html("", [])
    '<div class="hl-article"></div>'
    >>> highlight_html("ab", [(0, 2, "x"), (1, 2, "<y>")]).count("title=")
    2
    """
    spans = [(int(s), int(e), str(l)) for s, e, l in spans]
    colors = dict(colors) if colors is not None else label_colors(label for *_, label in spans)
    paragraphs: list[list[str]] = [[]]
    for piece, labels in _pieces(text, spans):
        chunks = piece.split("\n")
        for i, chunk in enumerate(chunks):
            if i:
                paragraphs.append([])
            if not chunk:
                continue
            escaped = html.escape(chunk, quote=True)
            if labels:
                title = html.escape(", ".join(labels), quote=True)
                color = html.escape(colors.get(labels[0], MARK_COLORS[-1]), quote=True)
                border = "border-bottom:2px solid #555;" if len(labels) > 1 else ""
                escaped = f'<mark class="hl" style="{border}background:{color}" title="{title}">{escaped}</mark>'
            paragraphs[-1].append(escaped)
    body = "".join(f"<p>{''.join(p)}</p>" for p in paragraphs if p)
    return f'<div class="hl-article">{body}</div>'


def legend_html(colors: Mapping[str, str]) -> str:
    """A one-line key of the marks' colours, labels escaped.

    Examples
    --------
    >>> legend_html({"<b>": "#fff"})
    '<p class="hl-legend"><mark style="background:#fff">&lt;b&gt;</mark></p>'
    >>> legend_html({})
    '<p class="hl-legend"><em>no evidence marked</em></p>'
    """
    if not colors:
        return '<p class="hl-legend"><em>no evidence marked</em></p>'
    items = " ".join(
        f'<mark style="background:{html.escape(c, quote=True)}">{html.escape(label)}</mark>' for label, c in colors.items()
    )
    return f'<p class="hl-legend">{items}</p>'


def article_view(title: str, text: str, spans: Iterable[Span], *, note: str = "", colors: Mapping[str, str] | None = None) -> str:
    """A titled, escaped block for one article: heading, colour key, optional note, marked text.

    ``colors`` fixes each label's colour (pass :func:`analysis.plots.frame_colors` so a frame has
    the same colour in every article and chart); the key lists only the labels marked here.

    Examples
    --------
    >>> v = article_view("<i>Opoyi</i>", "Troops left.", [(0, 6, "military")], note="a & b")
    >>> v.startswith('<section class="hl-view"><h4>&lt;i&gt;Opoyi&lt;/i&gt;</h4>'), "a &amp; b" in v
    (True, True)
    """
    spans = list(spans)
    present = sorted({label for *_, label in spans})
    if colors is None:
        colors = label_colors(present)
    else:
        fallback = label_colors(label for label in present if label not in colors)
        colors = {label: colors.get(label) or fallback[label] for label in present}
    note_html = f'<p class="hl-note">{html.escape(note)}</p>' if note else ""
    return (
        f'<section class="hl-view"><h4>{html.escape(title)}</h4>{legend_html(colors)}{note_html}'
        f"{highlight_html(text, spans, colors=colors)}</section>"
    )


def shared_word_spans(text: str, other: str, *, label: str = "shared wording") -> list[Span]:
    """Spans of the words of ``text`` that also occur in ``other`` (case-insensitive).

    Examples
    --------
    >>> shared_word_spans("Units are loading", "units began loading")
    [(0, 5, 'shared wording'), (10, 17, 'shared wording')]
    >>> shared_word_spans("", "x")
    []
    """
    from .segment import WORD_RE

    vocabulary = {w.lower() for w in WORD_RE.findall(other)}
    return [(m.start(), m.end(), label) for m in WORD_RE.finditer(text) if m.group().lower() in vocabulary]


def side_by_side(title_a: str, text_a: str, title_b: str, text_b: str) -> str:
    """Two passages in two columns, escaped, with the words they share marked in both.

    Examples
    --------
    >>> out = side_by_side("A", "Units <go>", "B", "units stay")
    >>> out.count('title="shared wording"'), "&lt;go&gt;" in out
    (2, True)
    """
    colors = {"shared wording": MARK_COLORS[0]}
    cell = 'style="vertical-align:top;width:50%;padding:0 1em;text-align:left"'
    return (
        f'<table class="hl-pair"><tr><th {cell}>{html.escape(title_a)}</th><th {cell}>{html.escape(title_b)}</th></tr>'
        f"<tr><td {cell}>{highlight_html(text_a, shared_word_spans(text_a, text_b), colors=colors)}</td>"
        f"<td {cell}>{highlight_html(text_b, shared_word_spans(text_b, text_a), colors=colors)}</td></tr></table>"
        f"{legend_html(colors)}"
    )
