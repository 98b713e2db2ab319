"""SIGTERM and SIGHUP as an exception: the one signal mechanism of every command.

:func:`interrupt_on_signals` makes either signal raise :class:`~analysis.errors.RunInterrupted`
in the main thread, so every ``with`` block on the way out cleans up (workers, temporary folders,
the lock, a report's staging folder) as for Ctrl-C. ``python -m analysis`` runs every command
inside it (:func:`analysis.cli.main`); :func:`analysis.report.run` also enters it, so a report
built from Python is stopped the same way. The signal is also noted
(:func:`~analysis.errors.note_interrupt`), for the cases where a library swallows the raise.

Examples
--------
>>> import signal
>>> from analysis.errors import RunInterrupted, clear_interrupts, raise_if_interrupted
>>> with interrupt_on_signals():
...     try:
...         signal.raise_signal(signal.SIGTERM)
...     except RunInterrupted as exc:
...         print(signal.Signals(exc.signum).name)
...     try:  # noted, even had the raise been swallowed
...         raise_if_interrupted()
...     except RunInterrupted as exc:
...         print(exc.signum == signal.SIGTERM)
SIGTERM
True
>>> raise_if_interrupted()  # the note belongs to the block: a later run in this process starts clean
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

from .errors import RunInterrupted, clear_interrupts, note_interrupt, raise_if_interrupted

__all__ = ["interrupt_on_signals"]

#: How many interrupt_on_signals blocks the main thread is in (only the outermost acts).
_depth = 0


@contextmanager
def interrupt_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`RunInterrupted` in the main thread, so every ``with`` block
    cleans up (temporary files, workers, the lock) as for Ctrl-C; a second signal is ignored
    while that runs. Outside the main thread (a notebook's worker thread) nothing changes.

    Only the outermost block acts: it clears the note of an earlier run on entry, installs the
    handlers, and on exit restores the previous handlers and clears the note, so the same process
    can go on writing (a commit checks the note). A nested block (``report.run`` under
    ``python -m analysis report``) keeps the outer block's handlers, and its "ignore from now on"
    after a signal, and stops at once if a signal was noted before it began."""
    global _depth
    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _depth:
        raise_if_interrupted()
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
        return

    owner = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != owner:  # a worker forked before it reset its handlers: die as by default, quietly
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        for name in names:
            signal.signal(getattr(signal, name), signal.SIG_IGN)
        note_interrupt(signum)  # kept even if a library swallows the raise below: commits check it
        raise RunInterrupted(signum)

    previous_hook = sys.unraisablehook

    def unraisable(info: object) -> None:
        # The raise landed where Python cannot propagate it (logging's fork hook, a finalizer): it
        # is noted, and the run stops at its next check (raise_if_interrupted), without a traceback.
        if not isinstance(getattr(info, "exc_value", None), RunInterrupted):
            previous_hook(info)

    clear_interrupts()
    saved = {name: signal.signal(getattr(signal, name), handler) for name in names}
    sys.unraisablehook = unraisable
    _depth = 1
    try:
        yield
    finally:
        _depth = 0
        sys.unraisablehook = previous_hook
        for name, previous in saved.items():
            signal.signal(getattr(signal, name), previous)
        clear_interrupts()
