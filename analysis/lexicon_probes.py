"""Where can a lexicon indicator's match begin? Probes for :mod:`analysis.lexicon`'s dispatch.

A *probe* names what the text must show where a match of an indicator starts:
``("exact", run)``, the lower-cased first word run; ``("prefix", head)``, a run that starts with
``head``; ``("class", regex)``, a first character that matches the one-character ``regex``.
:func:`literal_probe` reads a term's first word; :func:`pattern_probes` reads a regular
expression's text (public API only: ``re``'s own parser is private), and gives ``None`` for any
beginning it does not read, which the lexicon then finds by a scan instead. A probe only
chooses where the real pattern is tried, so a missing probe costs speed, never a match.

Examples
--------
>>> literal_probe("brink", True, open_end=False), pattern_probes(r"(?:stocks|shares)\\s+fell")
(('exact', 'brink'), [('prefix', 'shares'), ('prefix', 'stocks')])
>>> pattern_probes("")  # nothing to read: the scan finds it
"""
from __future__ import annotations

import re
from typing import Iterator

_RUN = re.compile(r"\w*")


def _ascii_head(run: str) -> str:
    """The longest ASCII prefix of ``run``."""
    for i, char in enumerate(run):
        if not char.isascii():
            return run[:i]
    return run


def _char_class(char: str, ignorecase: bool) -> str:
    return f"(?{'' if ignorecase else '-'}i:[\\U{ord(char):08x}])"


def literal_probe(literal: str, ignorecase: bool, open_end: bool) -> tuple[str, str]:
    """The probe for a match that begins with ``literal``, then (``open_end``) anything at all
    or else a space or the end of the match: ``("exact", run)`` if the literal's first word run
    is followed by an ASCII non-word character or (not ``open_end``) by nothing (the text's word
    run at the start must then be exactly ``run``), ``("prefix", head)`` if the text's run need only start
    with ``head``, ``("class", regex)`` if the literal starts with a non-ASCII or non-word
    character (the text's first character must match ``regex``)."""
    run = _RUN.match(literal).group()  # type: ignore[union-attr]
    head = _ascii_head(run)
    if not head:
        return ("class", _char_class(literal[0], ignorecase))
    following = literal[len(run):]
    if head == run and (following[:1].isascii() if following else not open_end):
        return ("exact", head.lower())
    return ("prefix", head.lower())


_HEAD = re.compile(r"[A-Za-z0-9]+")


def pattern_probes(pattern: str) -> list[tuple[str, str]] | None:
    """Prefix probes for a regular expression whose every match begins with ASCII letters or
    digits it spells out, read from the pattern's text; ``None`` for any other beginning.

    Only these shapes are read, conservatively: a pattern (or each of its top-level alternatives)
    that starts with a literal run (``return(?:s|ed)?``: ``return``; a quantifier on the run's
    last character drops it: ``needs?`` gives ``need``), with one required ``\\d`` (also
    ``\\d+``, ``\\d{1,3}``), escaped mark or non-ASCII symbol (``\\$``, ``€``: a class probe), or
    with a group of such alternatives not made optional (``(?:stocks|shares)\\s+``, also with a
    case flag: ``(?-i:US)``). Zero-width assertions before the first character (``\\b``, a
    lookbehind or lookahead: ``(?<!from )the``) are passed over: they only narrow where the
    pattern matches, and its first character is still what follows them. Anything else (a class,
    an optional group, another inline flag) gives ``None``, and the pattern is found by the
    zero-width scan. A probe only chooses where to try the real pattern, so reading fewer shapes
    costs speed, never matches. (``re``'s own parser would read every shape, but it is private:
    ``re._parser``.)

    Examples
    --------
    >>> pattern_probes(r"(?:pay|pays)(?!\\s+off)"), pattern_probes(r"time for \\w+|needs? to")
    ([('prefix', 'pay'), ('prefix', 'pays')], [('prefix', 'need'), ('prefix', 'time')])
    >>> pattern_probes(r"(?<!from )the\\s+brink"), pattern_probes(r"\\bif\\s+we|(?-i:reforms?)"), pattern_probes(r"\\d{1,3}-year")
    ([('prefix', 'the')], [('prefix', 'if'), ('prefix', 'reform')], [('class', '(?i:[\\\\d])')])
    >>> pattern_probes(r"(?:the\\s+)?war"), pattern_probes(r"(?<!x)?the"), pattern_probes(r"(?x:a b)"), pattern_probes("")
    (None, None, None, None)
    """
    out: set[tuple[str, str]] = set()
    alternatives = _top_level(pattern)
    if alternatives is None:
        return None
    for alternative in alternatives:
        alternative = _after_assertions(alternative)
        if alternative is None:
            return None
        head = _HEAD.match(alternative)
        if head:
            letters = head.group()
            if alternative[head.end():head.end() + 1] in ("?", "*", "{"):
                letters = letters[:-1]
            if not letters:
                return None
            out.add(("prefix", letters.lower()))
            continue
        first = _first_character(alternative)
        if first is not None:
            out.add(first)
            continue
        opener = _GROUP.match(alternative)
        if opener is None:
            return None
        close = _closing(alternative, 0)
        if close is None or alternative[close + 1:close + 2] in ("?", "*", "{"):
            return None
        inner = pattern_probes(alternative[opener.end():close])
        if inner is None:
            return None
        out.update(inner)
    return sorted(out)


#: A group that matches what its alternatives match: non-capturing, or with a case flag only
#: (``(?i:``, ``(?-i:``; a flag such as ``x`` changes how the pattern reads, so it is not read).
_GROUP = re.compile(r"\(\?(?:-?i)?:")
#: A zero-width assertion that may open an alternative: a word boundary or a lookaround's opener.
_ASSERTION = re.compile(r"\\b|\(\?<?[=!]")
#: A quantifier of at least one (``{1,3}``, ``{2}``): the character before it is required.
_AT_LEAST_ONE = re.compile(r"\{[1-9][0-9]*(?:,[0-9]*)?\}")


def _after_assertions(alternative: str) -> str | None:
    """``alternative`` without the zero-width assertions it opens with (``\\b``, ``(?<!...)``,
    ``(?=...)``...), or ``None`` if one is unbalanced or quantified (an optional lookaround).

    Examples
    --------
    >>> _after_assertions(r"(?<!\\d\\s)(?<!\\d)victor"), _after_assertions(r"\\bif"), _after_assertions(r"(?=a)?b")
    ('victor', 'if', None)
    """
    while True:
        opener = _ASSERTION.match(alternative)
        if opener is None:
            return alternative
        if opener.group() == "\\b":
            rest = alternative[2:]
        else:
            close = _closing(alternative, 0)
            if close is None:
                return None
            rest = alternative[close + 1:]
        if rest[:1] in ("?", "*", "+", "{"):
            return None
        alternative = rest


def _first_character(alternative: str) -> tuple[str, str] | None:
    """A class probe for an alternative that begins with one required character: ``\\d``, an
    escaped mark (``\\$``) or a literal non-ASCII character (``€``); else ``None``."""
    if alternative.startswith("\\"):
        char, width = alternative[1:2], 2
        if char == "d":
            source = "(?i:[\\d])"
        elif char and not char.isalnum():
            source = _char_class(char, True)
        else:
            return None
    elif alternative and not alternative[0].isascii() and not alternative[0].isalnum():
        char, width, source = alternative[0], 1, _char_class(alternative[0], True)
    else:
        return None
    after = alternative[width:]
    if after[:1] in ("?", "*") or (after[:1] == "{" and not _AT_LEAST_ONE.match(after)):
        return None
    return ("class", source)


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """``(index, character)`` of each character of ``pattern`` from ``start`` that is neither
    escaped nor inside a character class; raises ``ValueError`` at the end if a class is left open."""
    k, in_class = start, False
    while k < len(pattern):
        char = pattern[k]
        if char == "\\":
            k += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[k + 1:k + 2] == "]":
                k += 1  # a "]" right after "[" is a literal
        else:
            yield k, char
        k += 1
    if in_class:
        raise ValueError(f"unclosed character class in {pattern!r}")


def _top_level(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|`` (not inside a group or a class); ``None`` if unbalanced."""
    parts, depth, start = [], 0, 0
    try:
        for k, char in _syntax(pattern):
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth < 0:
                    return None
            elif char == "|" and depth == 0:
                parts.append(pattern[start:k])
                start = k + 1
    except ValueError:
        return None
    if depth:
        return None
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, open_at: int) -> int | None:
    """Index of the ``)`` that closes the group opened at ``open_at`` (escapes and classes skipped)."""
    depth = 0
    try:
        for k, char in _syntax(pattern, open_at):
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    return k
    except ValueError:
        pass
    return None
