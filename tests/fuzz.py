"""Seeded fuzz texts for every scorer: ``python -m tests.fuzz [--texts N] [--seed S]``.

Texts are random sequences drawn from the workbook's own grammar (cue verbs of
``attribution_verbs.tsv``, the speech grammar's pronouns and titles, gazetteer aliases,
abbreviations), quotation marks of every kind, punctuation, numbers, promo and dateline openers,
paragraph breaks, non-English words and control characters: the shapes that made scorers crash
(``Officials said, and said again, that troops left.``). The suite runs a few hundred of them
(``tests/test_fuzz.py``); ``make fuzz`` runs many more, outside CI, and prints every failure
with a shortest reproduction.

Examples
--------
>>> texts(seed=1, n=2) == texts(seed=1, n=2)
True
>>> len(texts(seed=1, n=3))
3
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from functools import lru_cache

from analysis.instruments import load_tsv

QUOTES = ['"', '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "''", '""']
PUNCTUATION = [",", ",", ".", ".", ";", ":", "!", "?", "\u2014", "-", "...", "(", ")", "/", "|", "&", "%", "$"]
CONTROL = ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\u2028", "\ufeff", "\u00ad", "\t", "\r"]
WORDS = [
    "that", "and", "but", "again", "also", "then", "as", "by", "to", "of", "the", "a", "on", "in", "was", "were",
    "troops", "left", "units", "returning", "base", "Tuesday", "ministry", "officials", "Officials", "statement",
    "he", "she", "they", "it", "We", "I", "not", "no", "quoted", "saying", "according", "carried", "reported",
    "Interfax", "AFP", "Reuters", "Mr.", "Dr.", "U.S.", "St.", "No.", "Jan.", "Feb.", "e.g.", "i.e.", "a.m.",
    "3", "1,200", "10 lakh", "2.5 crore", "100k", "dozens of", "more than", "nearly", "50%", "$5m", "2021\u201322",
    "Войска", "возвращаются", "Truppen", "\u00e9t\u00e9", "\u4e2d\u56fd", "=cmd", "+1", "@x", "<p>", "&amp;",
]
OPENERS = ["MOSCOW:", "New Delhi:", "KYIV, Feb 15 (Reuters) -", "ALSO READ |", "Also Read:", "IN PICS |", "Watch:", ""]
BREAKS = [" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", ""]


@lru_cache(maxsize=None)
def vocabulary() -> tuple[tuple[str, ...], ...]:
    """Token groups: cue verb forms, grammar words, actor aliases, abbreviations, plain words."""
    cues = tuple(form for row in load_tsv("attribution_verbs.tsv") for form in row["forms"].split("|") if form)
    grammar = tuple(row["term"] for row in load_tsv("speech_grammar.tsv"))
    actors = tuple(alias for row in load_tsv("actors.tsv") for alias in row["aliases"].split("|") if alias)
    abbreviations = tuple(sorted(f"{a[:1].upper()}{a[1:]}." for a in (row["abbreviation"] for row in load_tsv("abbreviations.tsv"))))
    return cues, grammar, actors, abbreviations, tuple(WORDS), tuple(QUOTES), tuple(PUNCTUATION), tuple(CONTROL)


def soup(rng: random.Random) -> str:
    """Token soup: 1-80 tokens from weighted groups, joined by random breaks."""
    groups = vocabulary()
    weights = (6, 3, 3, 1, 8, 4, 5, 1)
    parts = [rng.choice(OPENERS)] if rng.random() < 0.2 else []
    for _ in range(rng.randint(1, 80)):
        group = rng.choices(groups, weights=weights)[0]
        parts.append(rng.choice(group))
        parts.append(rng.choice(BREAKS) if rng.random() < 0.85 else "")
    return "".join(parts)


def sentence(rng: random.Random) -> list[str]:
    """Tokens of one attribution-shaped sentence: speakers, cues, coordinated cues, quotes."""
    cues, grammar, actors, abbreviations, words, quotes, punctuation, _ = vocabulary()
    speaker = rng.choice([rng.choice(actors), rng.choice(grammar), "Officials", "the ministry", "a spokesman", rng.choice(abbreviations) + " Smith", ""])
    clause = [rng.choice(words + abbreviations) for _ in range(rng.randint(0, 8))]
    shape = rng.randrange(5)
    if shape == 0:  # "Q words," X said.
        q = rng.choice(quotes)
        tokens = [q, *clause, ",", rng.choice(quotes), speaker, rng.choice(cues)]
    elif shape == 1:  # X said, and said again, that ...
        tokens = [speaker, rng.choice(cues), ",", rng.choice(["and", "but", "and also", "but then", "and again"]), rng.choice(cues), rng.choice(["again", "", "later"]), ",", rng.choice(["that", ""]), *clause]
    elif shape == 2:  # according to X, ... / X quoted Y as saying
        tokens = [rng.choice(["according to", "quoted", "carried by", "as saying", "told"]), speaker, ",", *clause, rng.choice(cues), rng.choice(["and", "but"]), rng.choice(cues)]
    elif shape == 3:  # X told Y that "...", he added
        tokens = [speaker, rng.choice(cues), rng.choice(actors), "that", rng.choice(quotes), *clause, rng.choice(quotes), ",", rng.choice(grammar), rng.choice(cues)]
    else:
        tokens = [speaker, *clause, rng.choice(cues), *[rng.choice(words) for _ in range(rng.randint(0, 3))]]
    tokens.append(rng.choice([".", ".", ".", "?", "!", "", '."', ".'", "..."]))
    for _ in range(rng.randint(0, 3)):  # mutations: drop, duplicate or insert a stray token
        position = rng.randrange(len(tokens) + 1)
        kind = rng.randrange(3)
        if kind == 0 and position < len(tokens):
            del tokens[position]
        elif kind == 1 and position < len(tokens):
            tokens.insert(position, tokens[position])
        else:
            tokens.insert(position, rng.choice(rng.choice(vocabulary())))
    return [token for token in tokens if token]


def text(rng: random.Random) -> str:
    """One random text: attribution-shaped sentences (mutated) or token soup, with odd breaks."""
    if rng.random() < 0.25:
        return soup(rng)
    parts = [rng.choice(OPENERS)] if rng.random() < 0.2 else []
    for _ in range(rng.randint(1, 6)):
        tokens = sentence(rng)
        parts.append(" ".join(tokens).replace(" ,", rng.choice([",", " ,"])))
        parts.append(rng.choice([" ", " ", "\n\n", "\n", "", " " + rng.choice(CONTROL) + " "]))
    return "".join(parts)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "cp1251", "koi8-r", "shift_jis", "gb18030"]
MAGIC = [b"%PDF-1.4\n", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b"<?xml", b""]


def file_bytes(rng: random.Random) -> tuple[str, bytes]:
    """``(suffix, bytes)`` of a random article file: a fuzz text in a random encoding, maybe as an
    HTML page declaring a (right or wrong) charset, maybe behind a stray magic number or BOM, or
    cut in the middle of a character."""
    body = text(rng)
    suffix = rng.choice([".txt", ".txt", ".html"])
    if suffix == ".html" or rng.random() < 0.1:
        charset = rng.choice(ENCODINGS + ["klingon", ""])
        paragraphs = "".join(f"<p>{part}</p>" for part in body.split("\n") if part)
        body = f'<!doctype html><html><head><meta charset="{charset}"><title>{body[:40]}</title></head><body><article>{paragraphs}</article></body></html>'
    data = body.encode(rng.choice(ENCODINGS), errors="replace")
    if rng.random() < 0.15:
        data = rng.choice(MAGIC) + data
    if rng.random() < 0.1:
        data = data[: rng.randrange(len(data) + 1)]
    if rng.random() < 0.05:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    return suffix, data


def texts(*, seed: int = 0, n: int = 300) -> list[str]:
    """``n`` texts from one seed: the same list on every machine and run."""
    rng = random.Random(seed)
    return [text(rng) for _ in range(n)]


def score_text(body: str) -> dict[str, list[dict[str, object]]]:
    """Every stage a real article goes through after reading: clean, segment, cap, every scorer,
    merged and rendered to CSV in its declared schema. Raises whatever a stage raises."""
    from analysis.document import build_document
    from analysis.io import rows_to_csv
    from analysis.corpus import english_share
    from analysis.pipeline import MAX_SENTENCE_CHARS, cap_sentences, schemas, score_document

    doc = build_document({"id": "fuzz", "outlet": "Fuzz"}, body)
    english_share(doc.body)
    if not doc.sentences or not doc.n_words:
        return {}  # the pipeline skips these (no_text)
    doc, _ = cap_sentences(doc, max_chars=MAX_SENTENCE_CHARS)
    tables = score_document(doc)
    columns = schemas()
    for table, rows in tables.items():
        rows_to_csv(rows, columns[table], table=table)
    return tables


def shrink(body: str) -> str:
    """A shorter text that still fails the same way (greedy token deletion, then characters)."""

    def failure(candidate: str) -> str | None:
        try:
            score_text(candidate)
        except Exception as exc:  # noqa: BLE001 - the point is to find any failure
            return f"{type(exc).__name__}:{traceback.extract_tb(exc.__traceback__)[-1].lineno}"
        return None

    target = failure(body)
    if target is None:
        return body
    for unit in ("tokens", "chars"):
        changed = True
        while changed:
            changed = False
            pieces = body.split(" ") if unit == "tokens" else list(body)
            for i in range(len(pieces)):
                candidate = (" " if unit == "tokens" else "").join(pieces[:i] + pieces[i + 1 :])
                if failure(candidate) == target:
                    body, changed = candidate, True
                    break
    return body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description="fuzz every scorer with seeded random texts")
    parser.add_argument("--texts", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--files", action="store_true", help="random article files through process_article (reading and decoding too)")
    args = parser.parse_args(argv)
    if args.files:
        return fuzz_files(args.texts, args.seed)
    rng = random.Random(args.seed)
    failures: dict[str, list[str]] = {}
    started = time.perf_counter()
    for i in range(args.texts):
        body = text(rng)
        try:
            score_text(body)
        except Exception as exc:  # noqa: BLE001
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            failures.setdefault(f"{type(exc).__name__} at {frame.filename}:{frame.lineno}: {exc}"[:300], []).append(body)
        if (i + 1) % 1000 == 0:
            print(f"{i + 1} texts, {sum(map(len, failures.values()))} failures, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    for site, bodies in failures.items():
        print(f"{len(bodies)} x {site}\n  shortest: {shrink(min(bodies, key=len))!r}")
    print(f"{args.texts} texts (seed {args.seed}): {sum(map(len, failures.values()))} failures at {len(failures)} sites")
    return 1 if failures else 0


def fuzz_files(n: int, seed: int) -> int:
    """``n`` random files through :func:`analysis.pipeline.process_article`: counts each outcome;
    a ``scorer_error`` (an exception the pipeline caught) is a failure and is printed."""
    import tempfile
    from collections import Counter
    from pathlib import Path

    from analysis.pipeline import SCORER_ERROR, process_article

    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for i in range(n):
            suffix, data = file_bytes(rng)
            path = Path(folder) / f"f{i}{suffix}"
            path.write_bytes(data)
            tables = process_article({"id": f"f{i}", "outlet": "Fuzz", "language": "en", "file": str(path), "line": str(i + 2)})
            article = tables["articles"][0]
            outcomes[article["status"] + ":" + str(article.get("skip_reason", "")).split(":")[0]] += 1
            if str(article.get("skip_reason", "")).startswith(SCORER_ERROR):
                failures += 1
                print(f"{article['skip_reason']}\n  bytes: {data[:300]!r}")
            path.unlink()
    print(f"{n} files (seed {seed}): {dict(sorted(outcomes.items()))}; {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
