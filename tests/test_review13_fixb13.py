"""Review rev13's findings fixed by fixb13: each as the exact input that went wrong, beside what the
rule must still do."""
from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.boilerplate import match_pattern
from analysis.furniture_patterns import boilerplate_patterns

# 5. The closing credit ("Reporting by ...") backtracked exponentially on a long run of names that fails
# to match at its end: a run of names could be split into credits in exponentially many ways.
REUTERS_NAMES = ", ".join(["Idrees Ali", "Phil Stewart", "Jane Roe", "Ed Poe", "Linh Tat", "Van Bin", "Al Jones"] * 2)

CREDIT_ROW = r"[-\u2014\u2013(*]* *(?:(?:additional|more) )?(?:reporting|writing|editing|research|compiled|written|edited|reported|produced) by "


def test_closing_credit_of_many_names_returns() -> None:
    code = (
        "from analysis.boilerplate import match_pattern\n"
        f"match_pattern('Reporting by ' + {REUTERS_NAMES!r} + ' and Reuters Staff; 2023 update')\n"
        "match_pattern('Additional reporting by Linh Tat, Jane Roe, Ed Poe and Staff Writers Of The Times And Van Bin ' * 6 + 'x')\n"
    )
    # Generous: the row is linear and returns at once; the old one took minutes on these lines.
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("--additional reporting by Linh Tat.", ("top_matter", "closing_credit")),
        ("Reporting by " + REUTERS_NAMES + " and Reuters Staff", ("top_matter", "closing_credit")),
        ("Reporting by Idrees Ali and Phil Stewart in Washington; Additional reporting by Michelle Nichols; Editing by Mary Milliken",
         ("top_matter", "closing_credit")),
        ("(Reporting by Jane Roe in Kabul, additional reporting by Ed Poe of The Times in London; editing by Al Jones)",
         ("top_matter", "closing_credit")),
        ("Writing by Linh Tat and Van Bin; Editing by Jane Roe.", ("top_matter", "closing_credit")),
        # not a credit: the names go on into a sentence
        ("Reporting by The New York Times revealed the scheme.", None),
        ("Reporting by " + REUTERS_NAMES + " and Reuters Staff; 2023 update", None),
        ("Reporting by Jane Roe in Washington of the Times.", None),
    ],
)
def test_closing_credit(line: str, expected: tuple[str, str] | None) -> None:
    (row,) = [p for p in boilerplate_patterns() if p.reason == "closing_credit" and p.regex.pattern.startswith(CREDIT_ROW)]
    assert bool(row.regex.fullmatch(line)) is (expected is not None)
    found = match_pattern(line)
    assert (found[0] if found else None) == (expected[0] if expected else None)
