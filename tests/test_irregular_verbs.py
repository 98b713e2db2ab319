"""One reader of irregular_verbs.tsv (analysis.irregular_verbs) for the caption and claims rules."""
from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.irregular_verbs import irregular_pasts


@pytest.mark.parametrize("word, expected", [("threw", True), ("struck", True), ("was", True), ("were", True), ("saw", True), ("thrown", False), ("walked", False), ("", False)])
def test_irregular_pasts(word, expected):
    assert (word in irregular_pasts()) is expected


def test_the_claims_rules_read_the_verbs_without_the_caption_rules():
    """claims_numerals reads the verbs from their own module: importing it loads no caption rule."""
    code = "import sys, analysis.claims_numerals; print('analysis.captions' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 300 BC saw the city fall.", []),  # an era before a past-tense verb (irregular)
        ("The 300 BC firefighters arrived.", ["300"]),
    ],
)
def test_claims_still_read_an_era_before_an_irregular_past(text, expected):
    from analysis.claims import find_claims

    assert [c.number_as_written for c in find_claims(text)] == expected
