from __future__ import annotations

import subprocess
import sys

from analysis import paths
from analysis.cli import main
from tests import fixture_texts as T


def test_score_writes_the_tables(tmp_path, capsys):
    assert main(["score", "--out", str(tmp_path), "--no-progress"]) == 0
    written = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert {"articles.csv", "sentences.csv", "related.csv"} <= set(written)
    assert "scored 2 of 2 articles" in capsys.readouterr().out
    header = (tmp_path / "sentences.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("article_id,sentence,paragraph,start,end")


def test_bad_manifest_exits_2_with_one_line_naming_file_and_line(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("id,outlet,published,path\na,X,not-a-date,raw/a.txt\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "score", "--manifest", str(manifest), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, cwd=paths.ROOT,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert f"{manifest}, line 2: published 'not-a-date' is not a date" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_strict_exits_1_when_an_article_is_skipped(make_corpus, tmp_path, capsys):
    manifest = make_corpus({"ok": T.DATELINE, "empty": ""})
    assert main(["score", "--manifest", str(manifest), "--out", str(tmp_path / "o"), "--no-progress"]) == 0
    assert main(["score", "--manifest", str(manifest), "--out", str(tmp_path / "o"), "--strict", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "empty.txt (manifest line 3): unreadable: file is empty" in err


def test_two_runs_are_byte_identical(tmp_path):
    main(["score", "--out", str(tmp_path / "a"), "--no-progress"])
    main(["score", "--out", str(tmp_path / "b"), "--no-progress", "--jobs", "2", "--chunk-size", "1"])
    for path in sorted((tmp_path / "a").glob("*.csv")):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


def test_raw_data_is_never_written(tmp_path):
    before = {p: p.read_bytes() for p in paths.RAW.iterdir()}
    main(["score", "--out", str(tmp_path), "--no-progress"])
    assert {p: p.read_bytes() for p in paths.RAW.iterdir()} == before
