"""Every scorer on a few hundred seeded random texts (``tests/fuzz.py``): none may raise or warn.

``make fuzz`` runs tens of thousands of them outside CI.
"""
from __future__ import annotations

import warnings

import pytest

from analysis.pipeline import process_article
from tests import fuzz

# The crash of issue 10 and the fuzz's shortest reproductions of it, then other shapes.
KNOWN = [
    "Officials said, and said again, that troops left.",
    ". quoted as said but denied Mr.",
    "y declared,but call for t",
    '"" ... !!!',
    "Rus\x00sia said\x1b[0m that troops left.",
]


@pytest.mark.parametrize("body", KNOWN)
def test_known_crashes_score(body):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        fuzz.score_text(body)


@pytest.mark.parametrize("seed", range(4))
def test_every_scorer_survives_random_texts(seed):
    bodies = fuzz.texts(seed=seed, n=75)
    assert len(set(bodies)) > 70  # the generator really varies
    failures = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # numpy's all-NaN warnings on stderr count too
        for body in bodies:
            try:
                fuzz.score_text(body)
            except Exception as exc:  # noqa: BLE001 - collect them all, then report
                failures.append(f"{type(exc).__name__}: {exc}: {body!r}")
    assert not failures, "\n".join(failures[:5])


def test_the_fuzz_reaches_the_cue_grammar():
    bodies = fuzz.texts(seed=0, n=300)
    joined = "\n".join(bodies)
    for shape in (", and ", '"', "according to", "\x00", "Mr."):
        assert shape in joined


def test_random_files_are_read_or_skipped_never_failed(tmp_path):
    """Random encodings, declared charsets (right, wrong, unknown), magic numbers, cut bytes."""
    import random

    rng = random.Random(5)
    statuses = set()
    for i in range(50):
        suffix, data = fuzz.file_bytes(rng)
        path = tmp_path / f"f{i}{suffix}"
        path.write_bytes(data)
        tables = process_article({"id": f"f{i}", "outlet": "Fuzz", "language": "en", "file": str(path), "line": "2"})
        article = tables["articles"][0]
        assert not article["skip_reason"].startswith("scorer_error"), (article["skip_reason"], data[:200])
        statuses.add(article["status"])
    assert statuses == {"scored", "skipped"}
