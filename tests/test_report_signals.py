"""``report.run`` is stopped by SIGTERM/SIGHUP through the commands' one mechanism
(:func:`analysis.interrupts.interrupt_on_signals`), in process: 128 + N and one line, whatever the
unwinding raises, a second signal ignored meanwhile, the caller's handlers back afterwards.
(End to end, a real notebook killed mid-cell: tests/test_report.py.)"""
from __future__ import annotations

import argparse
import os
import signal

import pytest

from analysis import report
from analysis.errors import clear_interrupts

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    report.add_arguments(parser)
    return parser.parse_args([])


@pytest.fixture(autouse=True)
def _no_noted_signal():
    clear_interrupts()
    yield
    clear_interrupts()


@pytest.mark.parametrize("first, second", [(signal.SIGTERM, signal.SIGHUP), (signal.SIGHUP, signal.SIGTERM), (signal.SIGTERM, signal.SIGTERM)])
@pytest.mark.parametrize("unwinding", [None, AssertionError("raised by nbclient's clean-up")])
def test_a_signal_stops_the_report_with_its_exit_code_and_one_line(monkeypatch, capsys, first, second, unwinding):
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP)}
    seen = []

    def build_report(**_kwargs):
        seen.append(signal.getsignal(first))
        try:
            signal.raise_signal(first)
        finally:
            signal.raise_signal(second)  # while unwinding: waits (ignored), never a second stop
            if unwinding is not None:
                raise unwinding

    monkeypatch.setattr(report, "build_report", build_report)
    assert report.run(_args()) == 128 + first
    err = capsys.readouterr().err.splitlines()
    assert err == [f"error: stopped by signal {first}: the report was not replaced, the previous one (if any) is unchanged"]
    assert seen and getattr(seen[0], "__module__", None) == "analysis.interrupts"  # the commands' one handler
    assert {sig: signal.getsignal(sig) for sig in before} == before


def test_other_errors_and_ctrl_c_are_not_taken_for_a_signal(monkeypatch, capsys):
    def interrupted(**_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(report, "build_report", interrupted)
    with pytest.raises(KeyboardInterrupt):  # the CLI answers Ctrl-C (130), as for every command
        report.run(_args())

    def broken(**_kwargs):
        raise OSError(28, "No space left on device", "/x")

    monkeypatch.setattr(report, "build_report", broken)
    assert report.run(_args()) == report.EXIT_ENVIRONMENT
    assert "stopped by signal" not in capsys.readouterr().err


def test_a_stopped_report_leaves_no_note_behind_for_the_same_process(monkeypatch, tmp_path, capsys):
    """After report.run answered a signal, the process can write tables and run another report:
    the signal's note belonged to that run (a commit refuses while a note stands)."""
    import threading

    from analysis.outputs import OutputFolder

    monkeypatch.setattr(report, "build_report", lambda **_kwargs: signal.raise_signal(signal.SIGTERM))
    assert report.run(_args()) == 128 + signal.SIGTERM
    with OutputFolder(tmp_path / "tables", ["a.csv"]) as out:
        (out.staging / "a.csv").write_text("x\n")
        out.commit()
    assert (tmp_path / "tables" / "a.csv").read_text() == "x\n"

    def failing(**_kwargs):
        raise report.NotebookFailed(tmp_path / "nb.ipynb", 3, "x = 1/0", "ZeroDivisionError")

    monkeypatch.setattr(report, "build_report", failing)
    answers: list[int] = []
    worker = threading.Thread(target=lambda: answers.append(report.run(_args())))
    worker.start()
    worker.join()
    assert answers == [report.EXIT_NOTEBOOK_FAILED]  # a real failure, not a stale signal
    capsys.readouterr()


def test_inside_a_commands_block_a_signal_noted_before_the_report_stops_it(monkeypatch):
    """Under ``python -m analysis report`` the CLI's block is already in place: a SIGTERM whose raise
    a library swallowed before report.run began stops the report (the CLI answers 143), and the
    outer block's "ignore from now on" stays."""
    from analysis.errors import RunInterrupted, raise_if_interrupted
    from analysis.interrupts import interrupt_on_signals

    def build_report(**_kwargs):
        raise_if_interrupted()  # as OutputFolder.commit does before it puts the report in place
        return "report/index.html"

    monkeypatch.setattr(report, "build_report", build_report)
    with pytest.raises(RunInterrupted) as stopped:
        with interrupt_on_signals():
            try:
                signal.raise_signal(signal.SIGTERM)
            except RunInterrupted:
                pass  # swallowed, as a library's broad except would
            assert signal.getsignal(signal.SIGTERM) == signal.SIG_IGN
            report.run(_args())
    assert stopped.value.signum == signal.SIGTERM
