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
