"""The report stage of the benchmark: score + report, wall time and peak memory.

``python -m benchmarks.report_bench [--articles N ...] [--report-only] [--jobs J]`` builds the
synthetic corpus of each size (:mod:`benchmarks.corpus`, cached under ``build/bench/``), then
runs what ``make report`` runs on it, each step a fresh process:

1. ``python -m analysis score --manifest M --out T --jobs J`` (the tables, CSV and Parquet);
2. ``python -m analysis report --manifest M --tables T --out R`` (every notebook executed
   headless into HTML, reader and full pages).

For each step it prints the wall time and the peak memory, sampled every 0.2 s over the whole
process tree (the CLI, its scoring workers, each notebook's kernel): the peak of the sum of
their resident sizes, and the largest single process. The report step also prints each
notebook's own time. ``--report-only`` skips scoring when the tables exist already (the report
stage alone, at a size). ``benchmarks.polnear`` runs the same on a real corpus.
Not part of the test suite: nothing here is asserted.

Examples
--------
>>> _notebook_times("executed 01-explore-corpus.ipynb in 4.2 s\\nrendered 01-explore-corpus in 1.5 s -> /r/01.html")
{'01-explore-corpus': (4.2, 1.5)}
>>> _notebook_times("")
{}
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from analysis.paths import ROOT


@dataclass(frozen=True)
class Measured:
    """One step: its exit code, wall seconds, peak resident MiB (process tree and largest process),
    CPU seconds of the whole tree (user + system: on an idle machine, about the wall time of the
    serial parts), output."""

    returncode: int
    seconds: float
    peak_tree_mb: float
    peak_process_mb: float
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0


def measure(command: list[str], *, env: dict[str, str] | None = None, interval: float = 0.2) -> Measured:
    """Run ``command``, sampling the resident memory of it and all its descendants every ``interval`` s."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks = [0.0, 0.0]
    cpu: dict[int, float] = {}  # pid -> its CPU seconds at the last sample
    done = threading.Event()

    def sample() -> None:
        try:
            root = psutil.Process(process.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            total = largest = 0
            try:
                members = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for member in members:
                try:
                    rss = member.memory_info().rss
                    times = member.cpu_times()
                except psutil.Error:
                    continue
                cpu[member.pid] = times.user + times.system
                total += rss
                largest = max(largest, rss)
            peaks[0] = max(peaks[0], total / 2**20)
            peaks[1] = max(peaks[1], largest / 2**20)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return Measured(process.returncode, seconds, peaks[0], peaks[1], stdout, stderr, sum(cpu.values()))


def _notebook_times(stdout: str) -> dict[str, tuple[float, float]]:
    """(executing, rendering its two pages) seconds per notebook, from the report's stdout."""
    executed = {m[1]: float(m[2]) for m in re.finditer(r"^executed (\S+)\.ipynb in ([\d.]+) s", stdout, re.M)}
    rendered = {m[1]: float(m[2]) for m in re.finditer(r"^rendered (\S+) in ([\d.]+) s", stdout, re.M)}
    return {name: (seconds, rendered.get(name, 0.0)) for name, seconds in executed.items()}


def time_score_and_report(manifest: Path, folder: Path, *, jobs: int = 2, label: str = "", report_only: bool = False,
                          notebooks: Path | None = None) -> dict[str, Measured]:
    """Score ``manifest`` into ``folder/tables`` and report it into ``folder/report``; prints and returns both steps."""
    tables, report = folder / "tables", folder / "report"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("WORKBOOK_MANIFEST", None)
    env.pop("WORKBOOK_TABLES", None)
    steps: dict[str, Measured] = {}
    if not (report_only and (tables / "articles.csv").is_file()):
        steps["score"] = measure([sys.executable, "-m", "analysis", "score", "--manifest", str(manifest), "--out", str(tables),
                                  "--jobs", str(jobs), "--no-progress"], env=env)
    steps["report"] = measure([sys.executable, "-m", "analysis", "report", "--manifest", str(manifest), "--tables", str(tables),
                               "--out", str(report), *(["--notebooks", str(notebooks)] if notebooks else [])], env=env)
    print(f"{label or manifest}: {os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.1f} at the end")
    for name, step in steps.items():
        errors = [line for line in step.stderr.splitlines() if line.startswith("error:")]
        status = "ok" if step.returncode == 0 else f"FAILED (exit {step.returncode}): {errors[0] if errors else step.stderr.strip()[-300:]}"
        print(f"  {name:<6} {step.seconds:7.1f} s wall, {step.cpu_seconds:7.1f} s CPU  peak {step.peak_tree_mb:6.0f} MiB (process tree), "
              f"{step.peak_process_mb:6.0f} MiB (largest process)  {status}")
    for notebook, (seconds, rendering) in _notebook_times(steps["report"].stdout).items():
        print(f"      {notebook:<28} {seconds:7.1f} s executing, {rendering:5.1f} s rendering its two pages (in a thread, beside the next)")
    total = sum(s.seconds for s in steps.values())
    peak = max(s.peak_tree_mb for s in steps.values())
    cpu = sum(s.cpu_seconds for s in steps.values())
    print(f"  total  {total:7.1f} s wall, {cpu:7.1f} s CPU  peak {peak:6.0f} MiB")
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.report_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1_000, 10_000], help="corpus sizes (default 1000 10000)")
    parser.add_argument("--jobs", type=int, default=2, help="scoring workers (default 2)")
    parser.add_argument("--report-only", action="store_true", help="reuse the tables of an earlier run: time the report stage alone")
    parser.add_argument("--folder", type=Path, default=ROOT / "build" / "bench", help="where the corpora are built (cached)")
    parser.add_argument("--notebooks", type=Path, default=None, help="run these notebooks instead of notebooks/")
    args = parser.parse_args(argv)
    from benchmarks.corpus import write_corpus

    failed = 0
    for n in args.articles:
        folder = (args.folder / f"corpus-{n}").resolve()
        manifest = write_corpus(folder, n)
        steps = time_score_and_report(manifest, folder / "report-stage", jobs=args.jobs, label=f"benchmark corpus, {n:,} articles",
                                      report_only=args.report_only, notebooks=args.notebooks)
        failed += any(s.returncode for s in steps.values())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
