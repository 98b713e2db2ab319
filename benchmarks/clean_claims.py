"""CPU time of cleaning and of finding claims per article, on PolNeAR's train split (issue 11's speed budget).

``python -m benchmarks.clean_claims [--dataset DIR] [--repeat N]`` times
:func:`analysis.clean.clean_text` on every ``text/*.txt`` of the dataset, then
:func:`analysis.claims.find_claims` on every cleaned body, each ``--repeat`` times, and prints the
best of them in milliseconds of CPU (``time.process_time``) per article. The README's speed rows
compare two versions of the code by running this from each in turn (an exported copy of the older
commit: ``git archive COMMIT | tar -x -C /tmp/old``, then ``PYTHONPATH=/tmp/old`` from that folder),
twice each: the machine is shared, so the figures are ranges.

Examples
--------
>>> best_ms_per_item(lambda item: None, ["a", "b"], repeat=2) >= 0.0
True
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Callable, Sequence

from benchmarks.polnear import DATASET, read_texts


def best_ms_per_item(work: Callable[[str], object], items: Sequence[str], *, repeat: int = 3) -> float:
    """The best of ``repeat`` runs of ``work`` over ``items``, in milliseconds of CPU per item."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        started = time.process_time()
        for item in items:
            work(item)
        best = min(best, time.process_time() - started)
    return 1000 * best / max(1, len(items))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, default=DATASET, help="the PolNeAR train split (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts (default %(default)s)")
    args = parser.parse_args(argv)
    from analysis.claims import find_claims
    from analysis.clean import clean_text

    texts = list(read_texts(args.dataset).values())
    bodies = [clean_text(text).body for text in texts]  # also warms the instruments' caches
    for body in bodies[:50]:
        find_claims(body)
    clean = best_ms_per_item(clean_text, texts, repeat=args.repeat)
    claims = best_ms_per_item(find_claims, bodies, repeat=args.repeat)
    print(f"{len(texts)} articles: clean_text {clean:.3f} ms, find_claims {claims:.3f} ms per article (CPU, best of {args.repeat})")


if __name__ == "__main__":
    main()
