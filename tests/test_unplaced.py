"""Speakers without a bloc, listed as gazetteer rows (issue 12, part 4)."""
from __future__ import annotations

import pandas as pd

from analysis.document import build_document
from analysis.sources import voices_tables
from analysis.unplaced import GAZETTEER_COLUMNS, gazetteer_lines, unplaced_speakers


def test_speakers_of_another_event_become_rows_for_the_gazetteer():
    text = ('Port spokesman Jan Ode said ships were waiting. "We are full," the spokesman said. '
            '"Nobody moves," Mr. Ode added. The port authority said the strike would end. Vladimir Putin said nothing new.')
    quotes = pd.DataFrame(voices_tables(build_document({"id": "p", "outlet": "x"}, text))["quotes"])
    rows = unplaced_speakers(quotes)
    assert rows[["canonical", "kind", "statements"]].values.tolist()[:2] == [["Jan Ode", "person", 3], ["port authority", "institution", 1]]
    assert "Vladimir Putin" not in set(rows["canonical"])  # the gazetteer places him
    lines = gazetteer_lines(rows).splitlines()
    assert lines[0].split("\t")[: len(GAZETTEER_COLUMNS) - 1] == ["Jan Ode", "Jan Ode|Mr. Ode|Port spokesman Jan Ode", "person", "", "", ""]
