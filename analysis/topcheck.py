"""What each rule of the top of the article removes: ``make validate-top``.

The rules of :mod:`analysis.captions`, :mod:`analysis.header_lines`, :mod:`analysis.standfirst`
and :mod:`analysis.author_bio` run after :func:`analysis.boilerplate.classify_units`, in the order
:func:`analysis.clean.clean_text` runs them; each is measured on its own, as the removals it adds
(a rule that gives units back, ``live_blog_entries``, adds none):

- on the labelled pages' **dev** split (``data/validation/pages``): the units it removed, by the
  label of the line they came from (a removed body line is a loss; held-out pages are never read);
- on **clean news** (PolNeAR's ``text/`` folder, where every line is body except a first-line
  headline): the units it removed that are not the first line (body lost, listed) and those that
  are (headlines).

Examples
--------
>>> rule_removals(["Quake toll rises", "Rescuers dug on Tuesday as the toll rose, officials said.", "More were missing."])
[]
>>> rule_removals([])
[]
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

from .boilerplate import classify_units
from .characters import normalize_dashes, normalize_newlines, normalize_spaces
from .clean import HEADER_RULES
from .layout import block_units, split_blocks

#: The rules in the order :func:`analysis.clean.clean_text` runs them (its own list).
RULES = HEADER_RULES


def units_of(text: str) -> list[str]:
    """A text's units as cleaning cuts them (promo lines included: they are few and never ours)."""
    text = normalize_dashes(normalize_spaces(normalize_newlines(text)))
    return [unit for block in split_blocks(text) for unit in block_units(block)]


def rule_removals(units: Sequence[str]) -> list[tuple[str, str, str]]:
    """``(rule, reason, unit)`` for every unit a rule of the top removed, in the rules' order."""
    verdicts = classify_units(units)
    out = []
    for name, rule in RULES:
        before = list(verdicts)
        rule(units, verdicts)
        out += [(name, after.reason, unit) for unit, was, after in zip(units, before, verdicts) if was.keep and not after.keep]
    return out


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def dev_pages(folder: Path) -> Counter[tuple[str, str, str]]:
    """Removals per (rule, reason, label) on the dev pages of a labelled folder."""
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        dev = [row for row in csv.DictReader(handle) if row.get("split", "dev") == "dev"]
    labels: dict[str, list[dict[str, str]]] = {}
    with (folder / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            labels.setdefault(row["page_id"], []).append(row)
    tally: Counter[tuple[str, str, str]] = Counter()
    for page in dev:
        text = (folder / (page.get("file") or f"text/{page['page_id']}.txt")).read_text(encoding="utf-8")
        for name, reason, unit in rule_removals(units_of(text)):
            tail = " ".join(unit.split())[-30:]
            label = next((row["label"] for row in labels.get(page["page_id"], []) if tail in " ".join(row["text"].split())), "?")
            tally[name, reason, label] += 1
    return tally


def clean_news(folder: Path) -> tuple[Counter[tuple[str, str, str]], list[str]]:
    """Removals per (rule, reason, body|headline) on clean news texts, and the body units listed."""
    tally: Counter[tuple[str, str, str]] = Counter()
    lost = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        units = units_of(text)
        for name, reason, unit in rule_removals(units):
            where = "headline" if units and _same(unit, units[0]) else "body"
            tally[name, reason, where] += 1
            if where == "body":
                lost.append(f"{path.name}\t{name}\t{reason}\t{unit[:160]}")
    return tally, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.topcheck", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=Path("data/validation/pages"), help="labelled pages folder (dev split read)")
    parser.add_argument("--news", type=Path, help="a folder of clean news texts (PolNeAR's text/), every line body but the first")
    args = parser.parse_args(argv)
    print("| rule | reason | dev pages: label of the removed line | units |\n|---|---|---|---|")
    for (name, reason, label), n in sorted(dev_pages(args.pages).items()):
        print(f"| {name} | {reason} | {label} | {n} |")
    if args.news:
        news = args.news / "text" if (args.news / "text").is_dir() else args.news
        if not any(news.glob("*.txt")):
            print(f"error: {news}: no .txt texts (a PolNeAR folder or its text/ folder?)", file=sys.stderr)
            return 2
        tally, lost = clean_news(news)
        print("\n| rule | reason | clean news: removed | units |\n|---|---|---|---|")
        for (name, reason, where), n in sorted(tally.items()):
            print(f"| {name} | {reason} | {where} | {n} |")
        print("\nbody units removed:", *lost, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
