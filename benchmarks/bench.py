"""Speed and scale benchmark: ``make bench`` (``python -m benchmarks.bench [--articles N]``).

On one reproducible synthetic corpus (:mod:`benchmarks.corpus`, built offline, cached under
``build/bench/``) it measures articles per second for

(a) the full pipeline, as the CLI runs it (:func:`analysis.pipeline.stream_corpus`: read, clean,
    segment, every registered scorer, CSV tables written), on 1 and on 2 worker processes;
(b) the naive composition an analyst would otherwise write: ``vaderSentiment`` on each sentence,
    textstat's six formulas on the text, and one regular expression per lexicon term (every term
    of the workbook's lexicons and codebook under ``data/instruments``);
(c) ``vaderSentiment`` alone on each sentence.

(b) and (c) split sentences with a simple regular expression and do no cleaning. Each pipeline
run is a fresh child process, so its peak memory (``ru_maxrss``, workers included) is its own;
the child also samples its resident memory as the corpus streams, to show it stays flat.
Not part of the test suite: nothing here is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from analysis.paths import INSTRUMENTS, ROOT

SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d]))\s+")


def lexicon_terms() -> list[str]:
    """Every term of the workbook's lexicons and codebook (what the naive baseline matches)."""
    from analysis.instruments import load_tsv

    terms: set[str] = set()
    for name, columns in {
        "attribution_verbs.tsv": ("forms",), "hedges_boosters.tsv": ("forms",), "stance_additions.tsv": ("forms",),
        "actors.tsv": ("aliases",), "related_link_cues.tsv": ("term",), "quantities.tsv": ("term",), "vader_news_adjustments.tsv": ("term",),
    }.items():
        if not (INSTRUMENTS / name).is_file():
            continue
        for row in load_tsv(name):
            for column in columns:
                terms.update(t.strip() for t in row.get(column, "").split("|") if t.strip())
    codebook = INSTRUMENTS / "codebook.toml"
    if codebook.is_file():
        def walk(node: object) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key in ("terms", "terms_cased") and isinstance(value, list):
                        terms.update(str(v) for v in value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)
        walk(tomllib.loads(codebook.read_text(encoding="utf-8")))
    return sorted(terms)


def _files(manifest: Path) -> list[Path]:
    import csv

    with open(manifest, encoding="utf-8") as handle:
        return [manifest.parent / row["path"] for row in csv.DictReader(handle)]


def run_vader(files: list[Path]) -> float:
    """(c): seconds for vaderSentiment on every sentence of every file."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    start = time.perf_counter()
    for path in files:
        for sentence in SENTENCE_SPLIT.split(path.read_text(encoding="utf-8")):
            analyzer.polarity_scores(sentence)
    return time.perf_counter() - start


def run_naive(files: list[Path]) -> tuple[float, int]:
    """(b): seconds for VADER per sentence + textstat's formulas + one regex per lexicon term."""
    from analysis.resources import use_offline_nltk_data

    use_offline_nltk_data()
    import textstat
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    patterns = [re.compile(r"\b" + re.escape(term) + r"\b", re.IGNORECASE) for term in lexicon_terms()]
    formulas = (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog, textstat.smog_index,
                textstat.coleman_liau_index, textstat.dale_chall_readability_score)
    textstat.flesch_reading_ease("Warm the caches once.")
    start = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        for sentence in SENTENCE_SPLIT.split(text):
            analyzer.polarity_scores(sentence)
        for formula in formulas:
            formula(text)
        for pattern in patterns:
            pattern.findall(text)
    return time.perf_counter() - start, len(patterns)


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def stream_stage(manifest: Path, out: Path, jobs: int, chunk_size: int) -> dict[str, object]:
    """In a child process: stream the corpus to CSV, sampling resident memory after each chunk."""
    from analysis.cli import single_thread_native_libraries

    single_thread_native_libraries()  # as `python -m analysis score` does, before numpy loads
    from analysis import pipeline
    from analysis.corpus import load_manifest

    frame = load_manifest(manifest)
    after_manifest = _rss_mb()
    samples: list[tuple[int, float]] = []
    done = 0
    render = pipeline.render_chunk
    original = pipeline.parallel_map

    def sampled(func, items, *, jobs, prefetch=2):  # type: ignore[no-untyped-def]
        nonlocal done
        for result in original(func, items, jobs=jobs, prefetch=prefetch):
            done += result.n_articles
            samples.append((done, _rss_mb()))
            yield result

    pipeline.parallel_map = sampled  # type: ignore[assignment]
    start = time.perf_counter()
    summary = pipeline.stream_corpus(frame, out, jobs=jobs, chunk_size=chunk_size)
    seconds = time.perf_counter() - start
    assert render is pipeline.render_chunk
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    sizes = {p.name: p.stat().st_size for p in summary.written}
    return {"seconds": seconds, "articles": summary.n_articles, "skipped": summary.n_skipped, "rss_after_manifest_mb": after_manifest,
            "samples": samples, "peak_main_mb": usage, "peak_worker_mb": children, "output_bytes": sum(sizes.values())}


def breakdown_stage(manifest: Path, step: int, chunk_size: int) -> dict[str, float]:
    """In a child process: milliseconds per article in each stage of the pipeline.

    Runs the real path, :func:`analysis.pipeline.render_chunk` on chunks of every ``step``-th
    manifest row, with its stages wrapped in timers: reading and decoding the file
    (``read_article``), cleaning and segmenting (``build_document``), each registered scorer;
    "checks and merging" is the rest of :func:`~analysis.pipeline.process_article` (language
    test, punctuation and quote checks, long-sentence cap, merging the scorers' rows) and "CSV
    rendering" what ``render_chunk`` adds to ``process_chunk``.
    """
    from analysis.cli import single_thread_native_libraries

    single_thread_native_libraries()
    from dataclasses import replace

    from analysis import pipeline
    from analysis.corpus import load_manifest

    clock = time.perf_counter
    pipeline.warm_up()
    spent: dict[str, float] = {}

    def timed(name: str, func):  # type: ignore[no-untyped-def]
        spent[name] = 0.0

        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += clock() - start

        return wrapper

    pipeline.read_article = timed("read and decode", pipeline.read_article)  # type: ignore[assignment]
    pipeline.build_document = timed("clean and segment", pipeline.build_document)  # type: ignore[assignment]
    scorers = tuple(replace(s, func=timed(s.name, s.func)) for s in pipeline.registered_scorers())
    pipeline.registered_scorers = lambda: scorers  # type: ignore[assignment]
    pipeline.process_chunk = timed("process_chunk", pipeline.process_chunk)  # type: ignore[assignment]
    render = timed("render_chunk", pipeline.render_chunk)
    rows = list(pipeline.manifest_records(load_manifest(manifest)))[::step]
    for chunk in pipeline.chunked(rows, chunk_size):
        render(chunk)
    total_process, total_render = spent.pop("process_chunk"), spent.pop("render_chunk")
    spent["checks and merging"] = total_process - sum(spent.values())
    spent["CSV rendering"] = total_render - total_process
    return {stage: 1000 * seconds / len(rows) for stage, seconds in spent.items()}


def _run_stage(*args: object) -> dict:  # type: ignore[type-arg]
    """Run ``python -m benchmarks.bench <args>`` in a fresh process; its last line is JSON."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench", *map(str, args)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_breakdown(manifest: Path, step: int, chunk_size: int) -> dict[str, float]:
    return _run_stage("--stage-breakdown", manifest, "--step", step, "--chunk-size", chunk_size)


def run_stream(manifest: Path, out: Path, jobs: int, chunk_size: int) -> dict[str, object]:
    return _run_stage("--stage-stream", manifest, "--out", out, "--jobs", jobs, "--chunk-size", chunk_size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size (default 10,000)")
    parser.add_argument("--chunk-size", type=int, default=64)
    parser.add_argument("--folder", type=Path, default=ROOT / "build" / "bench", help="where the corpus is built (cached)")
    parser.add_argument("--skip-naive", action="store_true", help="measure the pipeline only")
    parser.add_argument("--naive-sample", type=int, default=1000, help="(b) and (c) run on every k-th article, this many in all (default 1,000; 0 = all)")
    parser.add_argument("--stage-stream", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stage-breakdown", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--step", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage_stream:
        print(json.dumps(stream_stage(args.stage_stream, args.out, args.jobs, args.chunk_size)))
        return 0
    if args.stage_breakdown:
        print(json.dumps(breakdown_stage(args.stage_breakdown, args.step, args.chunk_size)))
        return 0

    from benchmarks.corpus import write_corpus

    n = args.articles
    folder = args.folder / f"corpus-{n}"
    t0 = time.perf_counter()
    manifest = write_corpus(folder, n)
    files = _files(manifest)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    print(f"corpus: {n:,} synthetic articles, {words / n:.0f} words each on average, {sum(p.stat().st_size for p in files) / 2**20:.1f} MiB "
          f"({folder}; ready in {time.perf_counter() - t0:.1f} s)")
    print(f"machine: {os.cpu_count()} CPU cores, Python {sys.version.split()[0]}")

    one = run_stream(manifest, folder / "out-1", 1, args.chunk_size)
    two = run_stream(manifest, folder / "out-2", 2, args.chunk_size)
    same = all((folder / "out-1" / p.name).read_bytes() == p.read_bytes() for p in sorted((folder / "out-2").glob("*.csv")))
    rate_1, rate_2 = n / one["seconds"], n / two["seconds"]
    print(f"(a) full pipeline, 1 worker : {rate_1:8.1f} articles/s ({one['seconds']:.1f} s; {one['skipped']} skipped; {one['output_bytes'] / 2**20:.0f} MiB of tables)")
    print(f"(a) full pipeline, 2 workers: {rate_2:8.1f} articles/s ({two['seconds']:.1f} s); speed-up {rate_2 / rate_1:.2f}x; tables byte-identical: {same}")
    if not args.skip_naive:
        step = max(1, n // args.naive_sample) if args.naive_sample else 1
        sample = files[::step]
        naive_s, n_terms = run_naive(sample)
        vader_s = run_vader(sample)
        rate_b, rate_c = len(sample) / naive_s, len(sample) / vader_s
        print(f"(b) and (c) run on {len(sample):,} of the {n:,} articles (every {step}th: same corpus, rates per article)")
        print(f"(b) naive composition       : {rate_b:8.1f} articles/s ({naive_s:.1f} s; VADER per sentence + 6 textstat formulas + {n_terms} term regexes)")
        print(f"(c) vaderSentiment alone    : {rate_c:8.1f} articles/s ({vader_s:.1f} s)")
        print(f"ratios (1 worker): pipeline is {rate_1 / rate_b:.1f}x faster than (b) [target >= 10x]; "
              f"pipeline time is {rate_c / rate_1:.2f}x VADER alone [target <= 1.25x]")
        stages = run_breakdown(manifest, step, args.chunk_size)
        total = sum(stages.values())
        print(f"where the pipeline's time goes (1 worker, same {len(sample):,} articles, ms per article; total {total:.1f} ms"
              f" vs (c) {1000 * vader_s / len(sample):.1f} ms, (b) {1000 * naive_s / len(sample):.1f} ms):")
        for stage, ms in stages.items():
            print(f"    {stage:<18} {ms:6.2f} ms  {ms / total:5.1%}")
    samples = one["samples"]
    marks = [samples[max(0, round(len(samples) * f) - 1)] for f in (0.1, 0.25, 0.5, 1.0)]
    trail = ", ".join(f"{done:,}: {rss:.0f} MiB" for done, rss in marks)
    first_done, first_rss = marks[1]  # from 25%: the first chunks include loading the instruments
    last_done, last_rss = marks[-1]
    slope = (last_rss - first_rss) / max(1, last_done - first_done) * 1000
    print(f"memory, 1 worker: main process resident after articles scored [{trail}]; peak {one['peak_main_mb']:.0f} MiB "
          f"(of which the manifest: {one['rss_after_manifest_mb']:.0f} MiB after loading)")
    print(f"memory, 2 workers: peak main {two['peak_main_mb']:.0f} MiB, peak per worker {two['peak_worker_mb']:.0f} MiB")
    print(f"growth while streaming: {slope:+.2f} MiB per 1,000 articles -> extrapolated to 1,000,000 articles: "
          f"{last_rss + slope * (1_000_000 - last_done) / 1000:.0f} MiB (extrapolated from the measured chunks, not run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
