"""Evaluate the sentence splitter against hand-split sentences, beside NLTK Punkt and pySBD.

``python -m analysis.eval_sentences CASES.json [MORE.json ...] [--articles N]`` (``make
validate-sentences``) reads cases in the format of pySBD's English Golden Rules as the team's
``sbd-golden`` folder keeps them: a JSON list of objects with ``text`` and the expected
``sentences`` (``id`` and ``rule`` are shown when present). A case passes when the splitter's
sentences, whitespace trimmed, equal the expected list exactly. It prints, per case, pass or
fail for the workbook (:func:`analysis.segment.sentence_spans`), for NLTK's Punkt without a
trained model (``PunktSentenceTokenizer()``, the pinned nltk) and, when the optional package is
installed (``pip install -r requirements-validate.txt``), for pySBD (``Segmenter(language="en",
clean=False)``), then the counts. With ``--articles N`` it also times each splitter on N
generated ~640-word news articles (the benchmark's generator), in milliseconds per article.

Examples
--------
>>> cases = [{"id": "a", "text": "I live in the U.S. How about you?", "sentences": ["I live in the U.S.", "How about you?"]}]
>>> [r.passed for r in evaluate(cases, workbook_split)]
[True]
>>> evaluate([], workbook_split)
[]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .errors import WorkbookError
from .segment import sentence_spans

Splitter = Callable[[str], list[str]]


@dataclass(frozen=True)
class CaseResult:
    """One case scored for one splitter."""

    case_id: str
    rule: str
    passed: bool
    got: tuple[str, ...]
    expected: tuple[str, ...]


def workbook_split(text: str) -> list[str]:
    """The workbook's sentences of ``text`` as strings.

    Examples
    --------
    >>> workbook_split('She said, "This is great." she said. Yahoo! in it. 1.) A 2.) B')
    ['She said, "This is great." she said.', 'Yahoo! in it.', '1.) A', '2.) B']
    """
    return [text[start:end] for start, end in sentence_spans(text)]


def punkt_split(text: str) -> list[str]:
    """NLTK's Punkt with no trained model and no abbreviation list (nothing downloaded).

    Examples
    --------
    >>> punkt_split("Hello World. My name is Jonas.")
    ['Hello World.', 'My name is Jonas.']
    """
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer().tokenize(text)


def pysbd_split() -> Splitter | None:
    """pySBD's English segmenter (``clean=False``), or None when pysbd is not installed."""
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: list(segmenter.segment(text))


def load_cases(path: str | Path) -> list[dict[str, object]]:
    """The cases of one JSON file: a list of objects, each with ``text`` and ``sentences``.

    A missing file or a malformed case raises :class:`~analysis.errors.WorkbookError` naming the
    file and the case's position.
    """
    path = Path(path)
    try:
        cases = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise WorkbookError(path, f"cannot read sentence cases: {error}") from error
    if not isinstance(cases, list):
        raise WorkbookError(path, "expected a JSON list of cases")
    for index, case in enumerate(cases, start=1):
        if not (isinstance(case, dict) and isinstance(case.get("text"), str) and isinstance(case.get("sentences"), list)):
            raise WorkbookError(path, f"case {index} needs a 'text' string and a 'sentences' list")
    return cases


def evaluate(cases: Iterable[Mapping[str, object]], split: Splitter) -> list[CaseResult]:
    """Score ``split`` on each case: pass when its trimmed sentences equal the expected ones."""
    results = []
    for index, case in enumerate(cases, start=1):
        text = str(case["text"])
        expected = tuple(str(s).strip() for s in case["sentences"])  # type: ignore[union-attr]
        got = tuple(s.strip() for s in split(text) if s.strip())
        results.append(CaseResult(str(case.get("id", index)), str(case.get("rule", "")), got == expected, got, expected))
    return results


def time_per_article(split: Splitter, texts: Sequence[str], *, repeats: int = 3) -> float:
    """Milliseconds per text of ``split`` over ``texts``: the best of ``repeats`` passes.

    Examples
    --------
    >>> time_per_article(workbook_split, ["One. Two."], repeats=1) >= 0
    True
    """
    best = float("inf")
    for _ in range(repeats):
        begin = time.perf_counter()
        for text in texts:
            split(text)
        best = min(best, time.perf_counter() - begin)
    return 1000 * best / max(1, len(texts))


def benchmark_articles(n: int) -> list[str]:
    """The cleaned bodies of the first ``n`` benchmark articles (``benchmarks.corpus``, ~640 words)."""
    from benchmarks.corpus import make_article  # the repository's generator, run from its root

    from .clean import clean_text

    return [clean_text(make_article(index)).body for index in range(n)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.eval_sentences", description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="+", help="JSON files of cases (text, sentences), e.g. golden_rules_en.json")
    parser.add_argument("--articles", type=int, default=0, help="also time each splitter on N generated ~640-word articles")
    args = parser.parse_args(argv)
    splitters: dict[str, Splitter] = {"workbook": workbook_split, "punkt (untrained)": punkt_split}
    pysbd = pysbd_split()
    if pysbd is not None:
        splitters["pysbd"] = pysbd
    else:
        print("pysbd is not installed (pip install -r requirements-validate.txt): its column is left out")
    for path in args.cases:
        try:
            cases = load_cases(path)
        except WorkbookError as error:
            print(error, file=sys.stderr)
            return 2
        scored = {name: evaluate(cases, split) for name, split in splitters.items()}
        print(f"\n{path}: {len(cases)} cases")
        print("case\t" + "\t".join(splitters) + "\trule")
        for row in zip(*scored.values()):
            marks = "\t".join("pass" if result.passed else "FAIL" for result in row)
            print(f"{row[0].case_id}\t{marks}\t{row[0].rule}")
        for name, results in scored.items():
            print(f"{name}: {sum(r.passed for r in results)}/{len(results)}")
        for result in scored["workbook"]:
            if not result.passed:
                print(f"workbook fails {result.case_id}: got {list(result.got)}")
    if args.articles:
        texts = benchmark_articles(args.articles)
        words = sum(len(text.split()) for text in texts) / len(texts)
        print(f"\nspeed on {len(texts)} benchmark articles ({words:.0f} words each on average), best of 3 passes:")
        for name, split in splitters.items():
            print(f"{name}: {time_per_article(split, texts):.3f} ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
