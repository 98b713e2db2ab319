r"""Frame evidence through ``segment.quotes_overlapping``: same answers as its own bisection, speed.

``python -m benchmarks.quote_overlap [--dataset DIR] [--repeat N]`` builds the document of every
text of PolNeAR's train split (840 news articles; not in the repository: see
``../shared/datasets/README.md``) and compares, on each, what :mod:`analysis.frame_evidence`
gives now, through the workbook's one "quotes overlapping a span" helper, with what its own
bisection code gave before (copied below as it was):

* the ``voice`` of every evidence row (``quoted`` when the match starts inside a quotation);
* :func:`~analysis.frame_evidence.reporter_word_counts` of every sentence.

It prints the counts and the differences (0 expected), then the CPU time of both ways, best of
``--repeat`` runs taken in turn: the voice of every evidence row, the reporter words of every
document, and the whole of ``find_evidence`` (for scale). The exit status is 1 on a difference.

Examples
--------
>>> from analysis.document import build_document
>>> doc = build_document({"id": "x", "outlet": "W"}, 'Troops left. "We are done," he said.')
>>> _old_reporter_word_counts(doc), _old_quoted(doc, [14, 0])
({1: 2, 2: 2}, [True, False])
"""
from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_right
from pathlib import Path
from typing import Callable

from analysis.document import Document, build_document
from analysis.frame_evidence import find_evidence, reporter_word_counts
from analysis.segment import count_words, quotes_overlapping

from benchmarks.polnear import DATASET, read_texts


def _old_quoted(doc: Document, positions: list[int]) -> list[bool]:
    """The voice test of ``find_evidence`` before (commit 0737ecb): is each position in a quote?"""
    quotes = sorted(doc.quotes)
    quote_starts = [start for start, _end in quotes]
    out = []
    for position in positions:
        q = bisect_right(quote_starts, position) - 1
        out.append(q >= 0 and position < quotes[q][1])
    return out


def _new_quoted(doc: Document, positions: list[int]) -> list[bool]:
    """The voice test of ``find_evidence`` now."""
    overlapping = quotes_overlapping(doc.quotes)
    return [bool(overlapping(position, position + 1)) for position in positions]


def _old_reporter_word_counts(doc: Document) -> dict[int, int]:
    """``reporter_word_counts`` before (commit 0737ecb), verbatim."""
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


def _cpu(work: Callable[[], object]) -> float:
    began = time.process_time()
    work()
    return time.process_time() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quote_overlap", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DATASET, help=f"a folder with text/*.txt (default {DATASET})")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts (default 3)")
    args = parser.parse_args(argv)
    try:
        texts = read_texts(args.dataset)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    docs = [build_document({"id": name, "outlet": "x"}, text) for name, text in texts.items()]
    evidence = [find_evidence(doc) for doc in docs]
    positions = [[int(row["start"]) for row in rows] for rows in evidence]
    differences = 0
    for doc, rows, starts in zip(docs, evidence, positions):
        old = _old_quoted(doc, starts)
        differences += sum(o != n for o, n in zip(old, _new_quoted(doc, starts)))
        differences += sum(o != (row["voice"] == "quoted") for o, row in zip(old, rows))
        old_words, new_words = _old_reporter_word_counts(doc), reporter_word_counts(doc)
        differences += sum(old_words[k] != new_words.get(k) for k in old_words) + len(set(new_words) - set(old_words))
    n_rows = sum(map(len, evidence))
    n_quoted = sum(row["voice"] == "quoted" for rows in evidence for row in rows)
    n_sentences = sum(len(doc.sentences) for doc in docs)
    print(f"texts {len(docs)}, quotes {sum(len(d.quotes) for d in docs):,}, evidence rows {n_rows:,} ({n_quoted:,} quoted), "
          f"sentences {n_sentences:,}; differences {differences}")
    cases = {
        "voice of every evidence row": (lambda: [_old_quoted(d, p) for d, p in zip(docs, positions)],
                                        lambda: [_new_quoted(d, p) for d, p in zip(docs, positions)]),
        "reporter_word_counts": (lambda: [_old_reporter_word_counts(d) for d in docs], lambda: [reporter_word_counts(d) for d in docs]),
    }
    print(f"{'CPU seconds, best of ' + str(args.repeat):34} {'old':>8} {'new':>8} {'new/old':>8}")
    for name, (old_way, new_way) in cases.items():
        runs = [(_cpu(old_way), _cpu(new_way)) for _ in range(args.repeat)]
        a, b = min(r[0] for r in runs), min(r[1] for r in runs)
        print(f"{name:34} {a:8.4f} {b:8.4f} {b / a if a else float('nan'):8.3f}")
    whole = min(_cpu(lambda: [find_evidence(d) for d in docs]) for _ in range(args.repeat))
    print(f"{'find_evidence, whole (for scale)':34} {'':8} {whole:8.4f}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
