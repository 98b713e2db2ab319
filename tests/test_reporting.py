"""analysis.reporting: the reporting verbs of the caption and link-box rules, read from attribution_verbs.tsv."""
from __future__ import annotations

import pytest

from analysis.errors import InstrumentError
from analysis.reporting import reporting_forms, reports
from tests.conftest import append_line


@pytest.mark.parametrize(
    "text, expected",
    [
        # captions: a sentence reporting words is no caption of a scene
        ("Residents queue for water in Gaza City on Tuesday, officials said.", True),
        ("The governor told reporters the toll rose to 94 on Sunday.", True),
        ("Police say two men were arrested in Leeds on Friday.", True),
        ("Rescuers dig through rubble in Amatrice, according to state television.", True),
        ("The agency reports that 40 died in Kerala on Sunday.", True),
        ("The ministry announced the closures on Monday.", True),
        ("Officials add that schools will stay shut.", True),
        # link_boxes: a long paragraph of the article below a comment counter (AP's style, any case)
        ("AS THE STORM HIT, THE MAYOR SAID 40 HOMES WERE LOST", True),
        ("It was late, according  to\nwitnesses.", True),
        # a scene: a participle or a verb that a caption may tell, or a word that only contains a form
        ("A surfer carries his board into the water on Manly Beach, Australia, November 24, 2015.", False),
        ("A protester holds a sign saying no to the war in Kyiv on Sunday.", False),
        ("A man writes a message on a wall in Paris on Saturday.", False),
        ("A woman reacts after the ceremony declaring a state of emergency.", False),
        ("Saddam's resaid sayings, unsaid", False),
        ("", False),
    ],
)
def test_reports(text: str, expected: bool) -> None:
    assert reports(text) is expected


def test_reporting_forms_come_from_the_instrument(instrument_copy) -> None:
    append_line(instrument_copy / "attribution_verbs.tsv", "mutter\tneutral\tmuttered|muttering\t\t\t\t\tyes\t")
    assert {"muttered", "said"} <= reporting_forms.__wrapped__() and "muttering" not in reporting_forms.__wrapped__()


def test_bad_speech_only_cell_names_file_and_line(instrument_copy) -> None:
    number = append_line(instrument_copy / "attribution_verbs.tsv", "grumble\tneutral\tgrumbled\t\t\t\t\tmaybe\t")
    with pytest.raises(InstrumentError, match=rf"attribution_verbs.tsv, line {number}: speech_only must be 'yes' or empty"):
        reporting_forms.__wrapped__()
