"""The report build: provenance on every page, reader and full views, one-unit swap, named failures, exit codes.

Notebooks here are tiny (two cells, no workbook loading) so each build takes a few seconds.
"""
from __future__ import annotations

import argparse
import errno
import json
import os
import re
from pathlib import Path

import nbformat
import pytest

from analysis import report, report_folder
from analysis.corpus_folders import report_dir, tables_dir
from analysis.paths import MANIFEST, PROCESSED, REPORTS
from analysis.provenance import sha256_file

SECRET_CODE = "only_in_code = 6 * 7"


def _notebooks(folder: Path, *, failing: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    first = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# First look\n\nQuestion."),
        nbformat.v4.new_code_cell(SECRET_CODE + "\nprint('finding:', only_in_code)"),
    ])
    second_code = "x = {}\nx['missing']" if failing else "print('second finding')"
    second = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Second look"),
        nbformat.v4.new_code_cell("import os\nonly_in_code = os.environ['WORKBOOK_MANIFEST']\nprint(only_in_code)"),
        nbformat.v4.new_code_cell(second_code),
    ])
    nbformat.write(first, folder / "01-first-look.ipynb")
    nbformat.write(second, folder / "02-second-look.ipynb")
    return folder


def _previous_report(out: Path) -> dict[str, str]:
    out.mkdir(parents=True)
    files = {"index.html": "old index", "01-first-look.html": "old page", "03-gone.html": "stale page from an earlier corpus",
             "README.md": "kept", "figures/03-old.png": "old figure"}
    for name, text in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text)
    return files


def _args(**kw: object) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    report.add_arguments(parser)
    args = parser.parse_args([])
    for key, value in kw.items():
        setattr(args, key, value)
    return args


def test_report_has_reader_and_full_pages_with_provenance_and_replaces_stale_pages(tmp_path):
    out = tmp_path / "reports"
    _previous_report(out)
    index = report.build_report(manifest=MANIFEST, tables=PROCESSED if (PROCESSED / "articles.csv").is_file() else "",
                                out_dir=out, folder=_notebooks(tmp_path / "nb"), timeout=120)
    assert index == out / "index.html"
    names = sorted(p.name for p in out.iterdir())
    assert names == [".workbook-report", "01-first-look-reader.html", "01-first-look.html", "02-second-look-reader.html",
                     "02-second-look.html", "README.md", "index.html", "provenance.json"]
    assert (out / "README.md").read_text() == "kept"  # not ours: carried over, never deleted
    sha = sha256_file(MANIFEST)
    for page in ("01-first-look", "02-second-look"):
        full, reader = (out / f"{page}.html").read_text(), (out / f"{page}-reader.html").read_text()
        for text in (full, reader):
            assert "Provenance of this page" in text and sha[:12] in text and str(MANIFEST) in text
            assert "2 articles from 2 outlets" in text
        assert ("only_in_code" in full) and ("only_in_code" not in reader)  # code only on the full page
    assert "finding: 42" in (out / "01-first-look-reader.html").read_text()  # outputs stay in the reader view
    assert str(MANIFEST) in (out / "02-second-look-reader.html").read_text()  # the kernel got the manifest
    page = (out / "index.html").read_text()
    for link in ("01-first-look-reader.html", "01-first-look.html", "02-second-look-reader.html", "02-second-look.html"):
        assert f'href="{link}"' in page
    facts = json.loads((out / "provenance.json").read_text())
    assert facts["manifest_sha256"] == sha and facts["articles"] == 2 and facts["outlets"] == 2
    assert facts["git_commit"] == "unknown" or len(facts["git_commit"].split()[0]) == 40
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left behind


def test_a_failing_notebook_is_named_and_leaves_the_previous_report_untouched(tmp_path, monkeypatch, capsys):
    out = tmp_path / "reports"
    files = _previous_report(out)
    monkeypatch.setattr(report, "NOTEBOOKS", _notebooks(tmp_path / "nb", failing=True))
    code = report.run(_args(manifest=MANIFEST, tables=Path(""), out=out, timeout=120))
    assert code == report.EXIT_NOTEBOOK_FAILED == 6
    err = capsys.readouterr().err.splitlines()
    assert any("02-second-look.ipynb: cell 3 (`x = {}`): KeyError: 'missing'" in line for line in err), err
    for name, text in files.items():
        assert (out / name).read_text() == text
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == sorted(files)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("make_out, message", [
    (lambda d: (d / "a-file").write_text("x") and d / "a-file", "is a file, not a folder"),
    (lambda d: ((d / "thesis").mkdir(), (d / "thesis" / "chapter.docx").write_text("x")) and d / "thesis",
     "holds files that are not a report's"),
])
def test_an_unusable_output_folder_is_one_line_and_exit_4(tmp_path, capsys, make_out, message):
    out = make_out(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert report.run(_args(manifest=MANIFEST, out=out)) == report.EXIT_ENVIRONMENT == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {out}") and message in err[0]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_full_disk_is_one_line_exit_4_and_the_old_report_stays(tmp_path, monkeypatch, capsys):
    out = tmp_path / "reports"
    files = _previous_report(out)
    monkeypatch.setattr(report, "NOTEBOOKS", _notebooks(tmp_path / "nb"))

    def full(path, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(report, "atomic_write_text", full)
    assert report.run(_args(manifest=MANIFEST, out=out, timeout=120)) == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: cannot write the report: ") and "No space left on device" in err[0]
    assert all((out / name).read_text() == text for name, text in files.items())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_bad_manifest_is_exit_2_before_any_notebook_runs(tmp_path, capsys):
    manifest = tmp_path / "articles.csv"
    manifest.write_text("id,outlet\na,X\n")
    assert report.run(_args(manifest=manifest, out=tmp_path / "r")) == 2
    assert "error: " in capsys.readouterr().err and not (tmp_path / "r").exists()


def test_a_second_build_into_the_same_folder_is_refused_while_one_runs(tmp_path):
    from analysis.outputs import OutputBusyError

    with report_folder.staged(tmp_path / "reports"):
        with pytest.raises(OutputBusyError, match="another run"):
            with report_folder.staged(tmp_path / "reports"):
                pass


def test_debris_of_a_killed_run_is_removed_and_an_old_report_put_back(tmp_path):
    out = tmp_path / "reports"
    (tmp_path / ".reports.new-abcd1234").mkdir()
    (tmp_path / ".reports.new-abcd1234" / "01-half.html").write_text("half")
    (tmp_path / ".reports.old-456-0123abcd").mkdir()  # killed between the two renames: no reports/ at all
    (tmp_path / ".reports.old-456-0123abcd" / "index.html").write_text("previous")
    with report_folder.staged(out) as staging:
        assert (out / "index.html").read_text() == "previous"  # readers get the previous report meanwhile
        (staging / "index.html").write_text("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert (out / "index.html").read_text() == "new"


def test_a_failed_swap_keeps_what_was_not_ours(tmp_path, monkeypatch):
    from analysis import outputs

    out = tmp_path / "reports"
    files = _previous_report(out)

    def refuse(self):
        raise OSError(28, "No space left on device", str(out))

    monkeypatch.setattr(outputs.OutputFolder, "_swap", refuse)
    with pytest.raises(outputs.OutputError, match="No space left"):
        with report_folder.staged(out) as staging:
            (staging / "index.html").write_text("new")
    assert all((out / name).read_text() == text for name, text in files.items())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_each_corpus_has_its_own_tables_and_report_folder(tmp_path):
    a, b = tmp_path / "a" / "articles.csv", tmp_path / "b" / "articles.csv"
    assert report_dir(MANIFEST) == REPORTS and tables_dir(MANIFEST) == PROCESSED
    assert report_dir(a) != report_dir(b) and report_dir(a).parent == REPORTS and report_dir(a).name.startswith("a-")
    assert tables_dir(a).parent == PROCESSED and tables_dir(a).name == report_dir(a).name
    assert report_dir(a) == report_dir(tmp_path / "a" / "." / "articles.csv")  # the same manifest, the same folder


def test_tables_folder_that_does_not_exist_is_bad_input(tmp_path, capsys):
    assert report.run(_args(manifest=MANIFEST, tables=tmp_path / "nope", out=tmp_path / "r")) == 2
    assert "no such folder of tables" in capsys.readouterr().err


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_sigterm_mid_report_leaves_the_old_report_and_no_staging(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "reports"
    files = _previous_report(out)
    folder = tmp_path / "nb"
    folder.mkdir()
    started = tmp_path / "cell-started"
    cell = f"import pathlib, time\npathlib.Path({str(started)!r}).write_text('1')\ntime.sleep(60)"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Slow"),
                                                   nbformat.v4.new_code_cell(cell)]), folder / "01-slow.ipynb")
    process = subprocess.Popen([sys.executable, "-m", "analysis", "report", "--manifest", str(MANIFEST), "--out", str(out),
                                "--notebooks", str(folder)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:  # the kernel is up and in the sleeping cell
        time.sleep(0.1)
    assert started.exists(), "the notebook's cell never started"
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 128 + signal.SIGTERM
    assert "error: stopped by signal" in process.stderr.read()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert all((out / name).read_text() == text for name, text in files.items())


def test_corpus_folders_prints_each_corpus_folder(tmp_path, capsys):
    from analysis import corpus_folders

    manifest = tmp_path / "corpus" / "articles.csv"
    assert corpus_folders.main(["reports", str(manifest)]) == 0 and corpus_folders.main(["tables", str(manifest)]) == 0
    assert capsys.readouterr().out.splitlines() == [str(report_dir(manifest)), str(tables_dir(manifest))]
    assert corpus_folders.main(["nonsense"]) == 2


#: libzmq's own assertion message, printed by a notebook kernel stopped while its sockets were polling.
_ZMQ_NOISE = re.compile(r"Assertion failed: .* \(src/[\w.]+:\d+\)$")


@pytest.mark.skipif(os.name == "nt", reason="POSIX resource limits")
def test_a_real_write_failure_is_one_line_and_exit_4(tmp_path):
    """End to end: the report process may not write files over 64 KB (RLIMIT_FSIZE), as on a full disk."""
    import resource
    import signal
    import subprocess
    import sys

    out = tmp_path / "reports"
    files = _previous_report(out)

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))

    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--manifest", str(MANIFEST), "--out", str(out),
                             "--notebooks", str(_notebooks(tmp_path / "nb"))], capture_output=True, text=True, preexec_fn=limit,
                            timeout=300)
    assert result.returncode == 4, result.stderr
    # The notebook kernel (a child process sharing stderr) is stopped mid-run; its messaging library may print its own
    # assertion as it goes ("Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)", seen once in a loaded full
    # run): not the workbook's line, so it is left out of the count.
    lines = [line for line in result.stderr.strip().splitlines() if not _ZMQ_NOISE.match(line)]
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot write the report: {out}") and "File too large" in lines[0]
    assert all((out / name).read_text() == text for name, text in files.items())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_report_command_line_from_another_folder_passes_every_parameter_as_an_absolute_path_string(tmp_path):
    """``python -m analysis report --manifest --tables --out`` with relative paths, run elsewhere: the
    kernels get strings (environment variables, as papermill's ``-p`` gives them), absolute."""
    import subprocess
    import sys

    from analysis.cli import main

    work = tmp_path / "work"
    work.mkdir()
    assert main(["score", "--manifest", str(MANIFEST), "--out", str(work / "tables"), "--no-progress"]) == 0
    folder = tmp_path / "nb"
    folder.mkdir()
    names = ("WORKBOOK_MANIFEST", "WORKBOOK_TABLES", "WORKBOOK_REPORTS", "WORKBOOK_ROOT")
    probe = ("import json, os, pathlib\n"
             f"given = {{name: os.environ[name] for name in {names!r}}}\n"
             "assert all(isinstance(v, str) and pathlib.Path(v).is_absolute() for v in given.values()), given\n"
             "(pathlib.Path(given['WORKBOOK_REPORTS']) / 'tables').mkdir()\n"
             "(pathlib.Path(given['WORKBOOK_REPORTS']) / 'tables' / 'given.json').write_text(json.dumps(given))")
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Probe"), nbformat.v4.new_code_cell(probe)]),
                   folder / "01-probe.ipynb")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBOOK_")}
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--manifest", os.path.relpath(MANIFEST, work), "--tables", "tables",
         "--out", "report", "--notebooks", str(folder)],
        cwd=work, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"report: {work / 'report' / 'index.html'}"
    given = json.loads((work / "report" / "tables" / "given.json").read_text())
    assert given["WORKBOOK_MANIFEST"] == str(MANIFEST.resolve()) and given["WORKBOOK_TABLES"] == str(work / "tables")
    assert Path(given["WORKBOOK_REPORTS"]).parent == work and given["WORKBOOK_REPORTS"] != str(work / "report")  # the staging folder
    assert given["WORKBOOK_ROOT"] == str(report.ROOT)
