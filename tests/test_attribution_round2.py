"""Attribution rules of issue 12's second round, each on texts of our own (not PolNeAR's)."""
from __future__ import annotations

import pytest

from analysis.document import build_document
from analysis.sources import document_quotes


def _pairs(text):
    return [(q.kind, q.speaker) for q in document_quotes(build_document({"id": "t", "outlet": "x"}, text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Jo Bird spoke first.\n\n"Go back to your seat," Ann Tully barked.', [("direct", "Ann Tully")], id="barked"),
        pytest.param('Jo Bird spoke first.\n\n"Let me talk," Ann Tully shot back.', [("direct", "Ann Tully")], id="shot-back"),
        pytest.param('Jo Bird spoke first.\n\n"Quiet," she demanded.', [("direct", "she")], id="demanded"),
        pytest.param('Jo Bird spoke first.\n\n"Leave the guns at home," opined the Daily Herald.', [("direct", "the Daily Herald")], id="opined-inverted"),
    ],
)
def test_quotative_verbs_attribute_a_quotation(text, expected):
    assert _pairs(text) == expected
