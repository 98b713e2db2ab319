"""No fault loses a run: one article's exception, signals, a second run, a full disk, a bad --out.

End to end through ``python -m analysis score`` (in process, or as a real process when a signal
or a resource limit is part of the case). The exit codes are the README's.
"""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.cli import main
from analysis.scoring import Scorer
from tests import fixture_texts as T

GOOD = T.DATELINE + "\n\n" + T.CURLY + "\n\nOfficials said more units would leave on Wednesday."


def score(manifest, out, *extra: str) -> int:
    return main(["score", "--manifest", str(manifest), "--out", str(out), "--no-progress", *extra])


def table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def debris(folder: Path) -> list[str]:
    """Hidden staging folders, lock files and temporary tables anywhere under ``folder``."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob(".*") if p.name not in (".gitkeep",))


# -- one article's exception -----------------------------------------------------------------------
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_scorer_exception_skips_only_that_article(make_corpus, tmp_path, monkeypatch, capsys, jobs):
    import analysis.pipeline as pipeline

    real = pipeline.VOICES

    def explode(doc):
        if doc.article_id == "bad":
            raise ZeroDivisionError("division by zero\nsecond line")
        return real.func(doc)

    monkeypatch.setattr(pipeline, "VOICES", Scorer(real.name, explode, real.columns))
    manifest = make_corpus({"a": GOOD, "bad": GOOD, "c": GOOD})
    assert score(manifest, tmp_path / "out", "--jobs", jobs, "--chunk-size", "1") == 3
    articles = table(tmp_path / "out", "articles").set_index("article_id")
    assert articles["status"].to_dict() == {"a": "scored", "bad": "skipped", "c": "scored"}
    assert articles.loc["bad", "skip_reason"] == "scorer_error: voices: ZeroDivisionError: division by zero second line"
    problems = table(tmp_path / "out", "problems")
    row = problems[problems["code"] == "scorer_error"].iloc[0]
    assert (row["article_id"], row["line"], row["level"]) == ("bad", "3", "error") and row["file"].endswith("bad.txt")
    assert "bad" not in set(table(tmp_path / "out", "sentences")["article_id"])  # no half-scored article
    err = capsys.readouterr().err
    assert "bad.txt (manifest line 3): scorer_error: voices: ZeroDivisionError" in err
    assert "1 article(s) failed" in err and "Traceback" not in err


def test_a_worker_killed_on_one_article_loses_only_that_article(make_corpus, tmp_path, monkeypatch, capsys):
    import analysis.pipeline as pipeline

    real, main_pid = pipeline.VOICES, os.getpid()

    def die(doc):  # what the kernel's out-of-memory killer does to a worker
        if doc.article_id == "boom" and os.getpid() != main_pid:
            os.kill(os.getpid(), signal.SIGKILL)
        return real.func(doc)

    monkeypatch.setattr(pipeline, "VOICES", Scorer(real.name, die, real.columns))
    manifest = make_corpus({"a": GOOD, "boom": GOOD, "c": GOOD, "d": GOOD, "e": GOOD})
    assert score(manifest, tmp_path / "out", "--jobs", "2", "--chunk-size", "1") == 3
    articles = table(tmp_path / "out", "articles").set_index("article_id")
    assert articles["status"].to_dict() == {"a": "scored", "boom": "skipped", "c": "scored", "d": "scored", "e": "scored"}
    assert articles.loc["boom", "skip_reason"].startswith("scorer_error: worker: the process scoring this article died")
    assert "boom.txt (manifest line 3): scorer_error: worker:" in capsys.readouterr().err
    expected = tmp_path / "expected"
    monkeypatch.setattr(pipeline, "VOICES", real)
    score(make_corpus({"a": GOOD, "c": GOOD, "d": GOOD, "e": GOOD}), expected)
    for name in ("sentences", "quotes", "frames"):  # the other articles' rows are what a clean run gives
        assert table(tmp_path / "out", name).to_csv() == table(expected, name).to_csv()


def test_the_issue_sentence_is_scored(make_corpus, tmp_path):
    manifest = make_corpus({"a": "Officials said, and said again, that troops left.", "b": GOOD})
    assert score(manifest, tmp_path / "out") == 0
    assert table(tmp_path / "out", "articles")["status"].tolist() == ["scored", "scored"]


# -- where the tables may go --------------------------------------------------------------------
@pytest.mark.parametrize("where", ["corpus", "raw", "parent"])
def test_out_may_not_be_the_corpus(make_corpus, tmp_path, capsys, where):
    manifest = make_corpus({"a": GOOD})
    before = manifest.read_bytes()
    out = {"corpus": tmp_path, "raw": tmp_path / "raw", "parent": tmp_path.parent}[where]
    assert score(manifest, out) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert {"corpus": "--out is the folder of the manifest", "raw": "--out is a folder of article files (a.txt)", "parent": "--out contains"}[where] in err
    assert manifest.read_bytes() == before and not (tmp_path / "problems.csv").exists()


def test_out_is_a_file(make_corpus, tmp_path, capsys):
    manifest = make_corpus({"a": GOOD})
    (tmp_path / "out").write_text("not a folder")
    assert score(manifest, tmp_path / "out") == 4
    err = capsys.readouterr().err.strip()
    assert err == f"error: {tmp_path / 'out'}: is a file, not a folder: give --out a folder"


def test_unwritable_output_is_one_line_with_its_own_code(make_corpus, tmp_path, monkeypatch, capsys):
    import analysis.outputs as outputs

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outputs.tempfile, "mkdtemp", refuse)
    assert score(make_corpus({"a": GOOD}), tmp_path / "out") == 4
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Permission denied (choose a writable folder with --out)" in err


def run_cli(manifest: Path, out: Path, *extra: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", "score", "--manifest", str(manifest), "--out", str(out), "--no-progress", *extra],
        cwd=paths.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs,
    )


def test_full_disk_is_one_line_and_keeps_the_previous_tables(make_corpus, tmp_path):
    manifest = make_corpus({f"a{i}": GOOD * 20 for i in range(8)})
    out = tmp_path / "out"
    assert score(manifest, out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def small_files():  # the kernel refuses writes past 20 KB: what a full disk looks like
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    process = run_cli(manifest, out, preexec_fn=small_files)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 4, err
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith(f"error: {out}: cannot write the tables: File too large")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert debris(tmp_path) == []


# -- concurrent runs, signals, SIGKILL ---------------------------------------------------------------
@pytest.fixture
def slow_corpus(make_corpus):
    """Enough articles that a run with two workers takes several seconds."""
    return make_corpus({f"a{i:03d}": (GOOD + "\n\n") * 6 for i in range(160)})


def wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.new-*"))


def test_a_second_run_into_the_same_folder_is_refused(slow_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    first = run_cli(slow_corpus, out, "--jobs", "2", "--chunk-size", "4")
    try:
        wait_for(lambda: staging(out))
        assert score(slow_corpus, out) == 5
        err = capsys.readouterr().err.strip()
        assert err == f"error: {out}: another run (process {first.pid}) is writing to this folder; wait for it or choose another --out"
    finally:
        _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert len(table(out, "articles")) == 160 and debris(tmp_path) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum, jobs", [(signal.SIGTERM, 2), (signal.SIGHUP, 2), (signal.SIGTERM, 1)])
def test_a_signal_cleans_up_and_keeps_the_previous_tables(slow_corpus, tmp_path, signum, jobs):
    out = tmp_path / "out"
    (out).mkdir()
    (out / "articles.csv").write_text("previous\n")
    process = run_cli(slow_corpus, out, "--jobs", str(jobs), "--chunk-size", "2")
    wait_for(lambda: staging(out) and any(staging(out)[0].iterdir()))
    wait_for(lambda: len(processes_mentioning(str(out))) == (1 if jobs == 1 else 1 + jobs))  # workers started
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, err
    assert f"interrupted by {signal.Signals(signum).name}" in err and "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["articles.csv"] and (out / "articles.csv").read_text() == "previous\n"
    assert debris(tmp_path) == []
    wait_for(lambda: not processes_mentioning(str(out)), timeout=10)  # no orphaned worker


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_after_sigkill_workers_die_and_the_next_run_removes_the_leftovers(slow_corpus, tmp_path):
    out = tmp_path / "out"
    process = run_cli(slow_corpus, out, "--jobs", "2", "--chunk-size", "2")
    wait_for(lambda: staging(out) and any(staging(out)[0].iterdir()))
    wait_for(lambda: len(processes_mentioning(str(out))) == 3)  # the main process and two workers
    process.kill()
    process.communicate(timeout=60)
    wait_for(lambda: not processes_mentioning(str(out)), timeout=10)  # workers died with their parent
    left = staging(out)
    assert left and not out.exists()  # nothing half-written where readers look
    second = run_cli(slow_corpus, out, "--jobs", "2")
    _, err = second.communicate(timeout=600)
    assert second.returncode == 0, err
    assert f"note: removed {left[0]}, left by an interrupted run" in err
    assert debris(tmp_path) == [] and len(table(out, "articles")) == 160


def test_a_signal_raised_where_python_cannot_propagate_it_is_noted_not_printed(monkeypatch):
    # SIGTERM landing in logging's fork hook (after a pool forks a worker) printed "Exception
    # ignored in ... Traceback": now the unraisable RunInterrupted is swallowed, noted, and raised
    # at the next check; any other unraisable exception still reaches the hook in place before.
    from analysis.interrupts import interrupt_on_signals
    from analysis.errors import RunInterrupted, clear_interrupts, note_interrupt, raise_if_interrupted

    class Finalized:
        def __init__(self, exc):
            self.exc = exc

        def __del__(self):
            raise self.exc

    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: seen.append(info.exc_type))
    with interrupt_on_signals():
        note_interrupt(signal.SIGTERM)  # what the handler does before it raises
        Finalized(RunInterrupted(signal.SIGTERM))  # dropped at once: __del__ raises, unraisable
        Finalized(ValueError("a real problem"))
        with pytest.raises(RunInterrupted) as caught:
            raise_if_interrupted()
    assert caught.value.signum == signal.SIGTERM and seen == [ValueError]
    Finalized(RunInterrupted(signal.SIGTERM))  # outside a run the hook is the previous one again
    clear_interrupts()  # the noted signal would stop the next in-process commit of this test session
    assert seen == [ValueError, RunInterrupted]
