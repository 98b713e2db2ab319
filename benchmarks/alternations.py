r"""The one alternation builder against the two it replaced: same matches on real text, speed.

``python -m benchmarks.alternations [--dataset DIR] [--repeat N]`` builds every pattern that the
project makes with :func:`analysis.alternation.alternation` twice: once with it, once with the
two builders it replaced (``lexicon.phrase_alternation``, cue and grammar phrases grouped by first
letter, and ``actors._trie_regex``, the gazetteer's trie; both copied below as they were). It
then runs both versions of each pattern over every text of PolNeAR's train split (840 news
articles; not in the repository: see ``../shared/datasets/README.md``) and compares every match:

* ``finditer`` over the whole text: span and named groups of each match;
* ``match`` at every word start, and ``search`` on every line (the grammar patterns are anchored
  and used on fragments).

It prints the number of patterns, texts, matches compared and differences (0 expected), then the
CPU time of ``finditer`` over all texts per pattern, old and new (best of ``--repeat`` runs,
taken in turn).
The exit status is 1 if any match differs.

Examples
--------
>>> _old_phrase_alternation(["said", "according to", "added", "says"])
'a(?:ccording\\s+to|dded)|s(?:aid|ays)'
>>> _old_trie_regex(["Putin", "President Putin"])
'P(?:utin|resident\\s+Putin)'
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Callable, Iterable

from benchmarks.polnear import DATASET, read_texts


def _old_phrase_alternation(phrases: Iterable[str]) -> str:
    """``lexicon.phrase_alternation`` before the one builder (commit 9e1f789), verbatim."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not all(phrase.split() and phrase.split()[0][0].isascii() for phrase in ordered):
        return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        first, *others = phrase.split()
        rest = re.escape(first[1:]) + "".join(r"\s+" + re.escape(word) for word in others)
        groups.setdefault(first[0].lower(), []).append(rest)
    return "|".join(f"{re.escape(initial)}(?:{'|'.join(rests)})" for initial, rests in groups.items())


def _old_units(alias: str) -> list[str]:
    units: list[str] = []
    for number, word in enumerate(alias.split()):
        if number:
            units.append(r"\s+")
        head = word[0]
        units.append(f"[{head}{head.upper()}]" if head.islower() else re.escape(head))
        units.extend(re.escape(ch) for ch in word[1:])
    return units


def _old_trie_regex(aliases: Iterable[str]) -> str:
    """``actors._trie_regex`` before the one builder (commit 9e1f789), verbatim."""
    trie: dict = {}
    for alias in aliases:
        node = trie
        for unit in _old_units(alias):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [unit + emit(child) for unit, child in node.items() if unit]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if branches else ""
        return body

    return emit(trie)


def _old_builder(phrases: Iterable[str], *, case: str = "ignore") -> str:
    """The old builders behind the new one's signature, as the callers used them."""
    return _old_phrase_alternation(list(phrases)) if case == "ignore" else _old_trie_regex(sorted(phrases))


GRAMMAR = ("trailing_adjunct", "parenthetical", "leading", "adjunct_only", "time_suffix", "cue_lead", "determiner_before")


def build_patterns(builder: Callable[..., str] | None) -> dict[str, re.Pattern[str]]:
    """Every pattern built with an alternation, by name, with ``builder`` in place of
    :func:`analysis.alternation.alternation` (``None``: the real one)."""
    import analysis.actors as actors
    import analysis.claims as claims
    import analysis.cues as cues

    saved = (cues._alternation, claims._alternation, actors.alternation)
    caches = (cues.grammar, cues.cue_lexicon, claims.quantity_lexicon, actors.load_gazetteer)
    try:
        if builder is not None:
            cues._alternation = claims._alternation = actors.alternation = builder
        for cache in caches:
            cache.cache_clear()
        g = cues.grammar()
        out = {"cues": cues.cue_lexicon()[1], "quantities": claims.quantity_lexicon().pattern}
        out |= {f"grammar.{name}": getattr(g, name) for name in GRAMMAR}
        gazetteer = actors.load_gazetteer()
        out["gazetteer"] = gazetteer.pattern
        for key, options in sorted(gazetteer.keys.items()):
            for canonical, regex in options:
                out[f"alias {key!r} ({canonical})"] = regex
    finally:
        cues._alternation, claims._alternation, actors.alternation = saved
        for cache in caches:
            cache.cache_clear()
    return out


def _finds(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), tuple(sorted(m.groupdict().items()))) for m in pattern.finditer(text)]


def compare(old: dict[str, re.Pattern[str]], new: dict[str, re.Pattern[str]], texts: list[str]) -> tuple[int, list[str]]:
    """Matches compared and the differences found (a line each), over every text.

    Examples
    --------
    >>> p = {"x": re.compile("ab|a")}
    >>> compare(p, {"x": re.compile("a|ab")}, ["ab a"])
    (2, ['x: finditer differs in text 0: [((0, 2), ()), ((3, 4), ())]... vs [((0, 1), ()), ((3, 4), ())]...'])
    >>> compare(p, p, [])
    (0, [])
    """
    compared, differences = 0, []
    for name in old:
        a, b = old[name], new[name]
        anchored = not name.startswith("alias ")
        for number, text in enumerate(texts):
            found_a, found_b = _finds(a, text), _finds(b, text)
            compared += max(len(found_a), len(found_b))
            if found_a != found_b:
                differences.append(f"{name}: finditer differs in text {number}: {found_a[:3]}... vs {found_b[:3]}...")
                continue
            if not anchored:
                continue
            for start in (m.start() for m in re.finditer(r"(?<!\w)\w", text)):
                ma, mb = a.match(text, start), b.match(text, start)
                compared += 1
                if (ma and ma.span()) != (mb and mb.span()):
                    differences.append(f"{name}: match at {start} of text {number}: {ma} vs {mb}")
            for line in text.splitlines():
                sa, sb = a.search(line), b.search(line)
                compared += 1
                if (sa and sa.span()) != (sb and sb.span()):
                    differences.append(f"{name}: search of line {line[:60]!r} (text {number}): {sa} vs {sb}")
    return compared, differences


def _run(pattern: re.Pattern[str], texts: list[str]) -> float:
    began = time.process_time()  # CPU time: on a shared machine, less noisy than wall time
    for text in texts:
        for _match in pattern.finditer(text):
            pass
    return time.process_time() - began


def timings(old: dict[str, re.Pattern[str]], new: dict[str, re.Pattern[str]], texts: list[str], repeat: int) -> dict[str, tuple[float, float]]:
    """CPU seconds of ``finditer`` over all texts per pattern, old and new, best of ``repeat`` runs
    taken in turn (old, new, old, ...) so that a busy moment of the machine hits both alike."""
    out = {}
    for name in old:
        if name.startswith("alias "):
            continue
        runs = [(_run(old[name], texts), _run(new[name], texts)) for _ in range(repeat)]
        out[name] = (min(a for a, _b in runs), min(b for _a, b in runs))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.alternations", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DATASET, help=f"a folder with text/*.txt (default {DATASET})")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per pattern; the best counts (default 3)")
    args = parser.parse_args(argv)
    try:
        texts = list(read_texts(args.dataset).values())
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    old, new = build_patterns(_old_builder), build_patterns(None)
    aliases = [name for name in old if name.startswith("alias ")]
    same_strings = sum(old[name].pattern == new[name].pattern for name in aliases)
    compared, differences = compare(old, new, texts)
    for line in differences[:20]:
        print(line)
    print(f"patterns {len(old)} ({len(aliases)} one-alias regexes, {same_strings} of them the same string), "
          f"texts {len(texts)}, matches compared {compared:,}, differences {len(differences)}")
    times = timings(old, new, texts, args.repeat)
    print(f"{'pattern':28} {'old s':>8} {'new s':>8} {'new/old':>8}")
    for name, (a, b) in times.items():
        print(f"{name:28} {a:8.3f} {b:8.3f} {b / a if a else float('nan'):8.3f}")
    total_old, total_new = sum(a for a, _b in times.values()), sum(b for _a, b in times.values())
    print(f"{'total':28} {total_old:8.3f} {total_new:8.3f} {total_new / total_old:8.3f}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
