"""The labelled real pages (data/validation/pages, and the site sets of data/validation/site_sets) agree
with their text files, as pagecheck reads them.

A label row whose text cell is not the page's line (a cell opening with a quotation mark written
without CSV quoting loses its quotes when read) makes the evaluation count a kept line as lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.pagecheck import load

VALIDATION = Path(__file__).resolve().parents[1] / "data" / "validation"


@pytest.fixture(scope="module", params=["pages", "site_sets"])
def corpus(request) -> tuple[Path, list[dict[str, str]], dict[str, list[dict[str, str]]], dict[str, list[dict[str, str]]]]:
    folder = VALIDATION / request.param
    return (folder, *load(folder))


def _lines(folder: Path, row: dict[str, str]) -> list[str]:
    text = (folder / row["file"]).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_every_label_reads_as_its_line(corpus) -> None:
    folder, manifest, labels, _ = corpus
    assert manifest, folder
    wrong = []
    for row in manifest:
        lines = _lines(folder, row)
        page_labels = labels.get(row["page_id"], [])
        assert [int(label["line"]) for label in page_labels] == list(range(1, len(lines) + 1)), f"{row['page_id']}: labels do not number its {len(lines)} non-blank lines"
        wrong += [f"{row['page_id']}:{label['line']}" for label in page_labels if label["text"] != lines[int(label["line"]) - 1]]
    assert wrong == [], f"label text cells that do not read as the page's line (write them with CSV quoting): {wrong}"


def test_every_claim_stands_on_a_labelled_line(corpus) -> None:
    _, _, labels, claims = corpus
    lost = []
    for page_id, rows in claims.items():
        by_line = {label["line"]: label["text"] for label in labels.get(page_id, [])}
        lost += [f"{page_id}:{row['line']} {row['number_as_written']!r}" for row in rows if row["number_as_written"] not in by_line.get(row["line"], "")]
    assert lost == [], f"claims whose number is not on their line: {lost}"
