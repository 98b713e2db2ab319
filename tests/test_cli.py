from __future__ import annotations

import subprocess
import sys

import pytest

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


def test_all_tables_byte_identical_across_jobs_and_chunk_sizes(make_corpus, tmp_path):
    texts = {f"a{i}": f"{T.DATELINE} Report {i} follows.\n\n{T.CURLY}\n\n{T.PROMOS}" for i in range(6)}
    manifest = make_corpus(texts | {"empty": "", "spanish": T.NON_ENGLISH})
    runs = {
        "one": ["--jobs", "1"],
        "again": ["--jobs", "1"],
        "two": ["--jobs", "2", "--chunk-size", "1"],
        "two_big_chunks": ["--jobs", "2", "--chunk-size", "3"],
    }
    for name, extra in runs.items():
        assert main(["score", "--manifest", str(manifest), "--out", str(tmp_path / name), "--no-progress", *extra]) == 0
    reference = sorted((tmp_path / "one").glob("*.csv"))
    from analysis.pipeline import schemas

    assert [p.stem for p in reference] == sorted(schemas())  # every registered table is written
    for name in runs:
        for path in reference:
            assert (tmp_path / name / path.name).read_bytes() == path.read_bytes(), (name, path.name)


def test_streamed_tables_match_score_corpus(make_corpus, tmp_path):
    import pandas as pd

    from analysis.corpus import load_manifest
    from analysis.pipeline import score_corpus

    manifest = make_corpus({"a": T.DATELINE, "b": T.CURLY + "\n\n" + T.PROMOS, "empty": ""})
    main(["score", "--manifest", str(manifest), "--out", str(tmp_path / "o"), "--no-progress"])
    frames = score_corpus(load_manifest(manifest))
    for name, frame in frames.items():
        streamed = pd.read_csv(tmp_path / "o" / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(streamed.columns) == list(frame.columns), name
        assert len(streamed) == len(frame), name
        if "article_id" in frame and len(frame):
            assert streamed["article_id"].tolist() == frame["article_id"].tolist(), name


def test_interrupted_stream_keeps_the_previous_tables(make_corpus, tmp_path, monkeypatch, capsys):
    manifest = make_corpus({"a": T.DATELINE, "b": T.WIRE_DATELINE})
    out = tmp_path / "o"
    assert main(["score", "--manifest", str(manifest), "--out", str(out), "--no-progress"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    import analysis.pipeline as pipeline

    calls = {"n": 0}
    real = pipeline.render_chunk

    def fail_on_second(rows):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(rows)

    monkeypatch.setattr(pipeline, "render_chunk", fail_on_second)
    assert main(["score", "--manifest", str(manifest), "--out", str(out), "--no-progress", "--chunk-size", "1"]) == 130
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary files left either
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "o", "raw"]  # no staging folder, no lock
    assert "interrupted: the previous tables are unchanged" in capsys.readouterr().err


def test_progress_bar_is_shown_on_a_terminal(make_corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    main(["score", "--manifest", str(make_corpus({"a": T.DATELINE})), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert "scoring" in err and "1/1" in err
