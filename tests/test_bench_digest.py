"""benchmarks.digest: the check that a speed round moved no output byte."""
from __future__ import annotations

from pathlib import Path

from benchmarks.digest import corpus_digests, nfc_files

TEXT = "Officials said 40 people were hurt on Monday. \"We searched all night,\" a rescuer told reporters."


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_texts_in_other_folders_give_the_same_digests(tmp_path: Path) -> None:
    one = _write(tmp_path / "a", "x.txt", TEXT)
    two = _write(tmp_path / "b", "y.txt", TEXT)
    assert corpus_digests("c", [one]) == corpus_digests("c", [two])


def test_a_changed_figure_changes_the_tables_that_hold_it(tmp_path: Path) -> None:
    before = dict(line.split("\t")[1:] for line in corpus_digests("c", [_write(tmp_path, "x.txt", TEXT)]))
    after = dict(line.split("\t")[1:] for line in corpus_digests("c", [_write(tmp_path, "y.txt", TEXT.replace("40", "41"))]))
    assert before.keys() == after.keys()
    changed = {table for table in before if before[table] != after[table]}
    assert "claims" in changed and "sentences" in changed


def test_nfc_rows_become_one_file_each(tmp_path: Path) -> None:
    tsv = _write(tmp_path, "articles.tsv", 'ID\ttext\n0\t"First, a ""quoted"" text."\n1\tSecond text.\n')
    paths = nfc_files(tsv, tmp_path)
    assert [p.read_text(encoding="utf-8") for p in paths] == ['First, a "quoted" text.', "Second text."]
