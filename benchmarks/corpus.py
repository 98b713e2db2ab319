"""A reproducible synthetic news corpus for the benchmark, built offline.

Where the text comes from: each article is generated from a seeded template grammar of
wire-style news sentences (officials, places, numbers, quotes with attributions, hedges), mixed
with sentences recombined from the seed articles in ``data/raw`` (after the workbook's own
cleaning and segmentation), and laid out as a news page: an optional dateline ("MOSCOW, Feb 15
(Reuters) -", "New Delhi:"), 10-20 paragraphs, quotes in curly or straight marks, and inline promo
lines ("Also Read: ...", "ALSO READ | ...", "IN PICS | ..."). About 600 words each.

Article ``i`` depends only on ``(seed, i)`` (``random.Random(f"{seed}:{i}")``), so any article
can be made on its own, in any order, on any machine: the same bytes every time.

Examples
--------
>>> a, b = make_article(7), make_article(7)
>>> a == b and 450 < len(a.split()) < 800
True
"""
from __future__ import annotations

import csv
import random
from functools import lru_cache
from pathlib import Path

from analysis.paths import RAW

PLACES = ["MOSCOW", "KYIV", "BRUSSELS", "WASHINGTON", "LONDON", "PARIS", "BERLIN", "GENEVA", "MINSK", "WARSAW"]
CITIES = ["New Delhi", "Moscow", "Kyiv", "Brussels", "Washington", "London", "Paris", "Berlin"]
AGENCIES = ["Reuters", "AFP", "AP", "Interfax", "TASS", "PTI", "ANI"]
OUTLETS = ["Opoyi", "ABP Live", "Daily Ledger", "Global Wire", "The Morning Post", "Metro Times", "Capital Herald", "Frontier News"]
SPEAKERS = [
    "Russian Defence Ministry spokesman Igor Konashenkov", "Foreign Minister Sergey Lavrov", "President Vladimir Putin",
    "Ukrainian President Volodymyr Zelenskyy", "NATO Secretary-General Jens Stoltenberg", "British Foreign Secretary Liz Truss",
    "U.S. Secretary of State Antony Blinken", "a senior Western official", "Kremlin spokesman Dmitry Peskov",
    "German Chancellor Olaf Scholz", "French Foreign Minister Jean-Yves Le Drian", "a Pentagon spokesman", "Defence Minister Sergei Shoigu",
]
SHORT = ["Lavrov", "Putin", "Zelenskyy", "Stoltenberg", "Truss", "Blinken", "Peskov", "Scholz", "the official", "the spokesman"]
SAY = ["said", "told reporters", "said in a statement", "told a news conference", "added", "warned", "claimed", "insisted", "noted", "stressed"]
ACTORS = ["Russia", "Ukraine", "NATO", "the United States", "Britain", "France", "Germany", "the European Union", "Moscow", "Kyiv", "the West", "Washington"]
ACTIONS = [
    "said some units were returning to their bases", "accused {b} of provoking the crisis", "called for a diplomatic solution",
    "warned of severe consequences", "denied any plan to invade", "announced new sanctions against {b}", "offered to resume talks with {b}",
    "moved more troops near the border", "urged {b} to show restraint", "said it saw no sign of a withdrawal", "held talks with {b} on security guarantees",
    "blamed {b} for rising tensions", "rejected the demands of {b}", "promised support for {b}", "reported drills near the border",
]
WHEN = ["on Tuesday", "on Monday", "late on Wednesday", "earlier this week", "last month", "in recent days", "on Feb. 15", "overnight"]
NUMBERS = [
    "more than {n:,} troops", "about {n:,} soldiers", "{p}.{d} percent", "${p}.{d} billion", "{p} battalions", "at least {p} people",
    "{p},{q:03d} armoured vehicles", "nearly 1,00,000 personnel", "{p} of the {q} units",
]
QUOTES = [
    "We are ready to continue the dialogue", "There is still time to step back from the brink", "The units have completed their tasks",
    "We will judge by actions, not words", "This is a dangerous moment for Europe", "Nobody wants a war", "The threat of an invasion remains real",
    "We have seen no evidence of a pullback", "There is always a chance of an agreement", "Our position has not changed",
    "Sanctions will follow any attack", "It is possible and quickly", "We do not plan to attack anyone",
]
HEDGES = ["reportedly", "apparently", "according to officials", "it is believed", "analysts said", "sources said"]
PROMOS = [
    "Also Read: {h}", "ALSO READ | {h}", "IN PICS | {h}", "Also Read: Explained: {h}",
]
HEADLINES = [
    "Russia-Ukraine Conflict, A European Crisis and Role of NATO: An Analysis", "British envoy heads to Moscow to try to ease Ukraine crisis",
    "Latest Satellite Images Show Massive Russian Military Build-Up Near Ukraine", "Ukraine not joining NATO so why does Vladimir Putin worry?",
    "Oil prices fall as tensions ease", "What sanctions could mean for Europe's gas supply", "Markets rally on hopes of de-escalation",
]


@lru_cache(maxsize=1)
def seed_sentences() -> tuple[str, ...]:
    """Sentences of the seed articles in ``data/raw``, cleaned and segmented by the workbook."""
    from analysis.document import build_document

    out: list[str] = []
    for path in sorted(RAW.glob("*.txt")):
        doc = build_document({"id": path.stem, "outlet": "seed"}, path.read_text(encoding="utf-8"))
        out.extend(s.text for s in doc.sentences if len(s.text.split()) >= 6)
    return tuple(out)


def _sentence(rng: random.Random, curly: bool) -> str:
    kind = rng.random()
    open_q, close_q = ("\u201c", "\u201d") if curly else ('"', '"')
    a, b = rng.sample(ACTORS, 2)
    if kind < 0.30:
        return rng.choice(seed_sentences())
    if kind < 0.50:
        quote = rng.choice(QUOTES)
        if rng.random() < 0.5:
            return f"{open_q}{quote},{close_q} {rng.choice(SPEAKERS)} {rng.choice(SAY)} {rng.choice(WHEN)}."
        return f"{rng.choice(SHORT)} {rng.choice(SAY)} that {open_q}{quote[0].lower() + quote[1:]}{close_q}."
    if kind < 0.70:
        number = rng.choice(NUMBERS).format(n=rng.randrange(10, 200) * 1000, p=rng.randrange(2, 60), q=rng.randrange(0, 999), d=rng.randrange(10))
        return f"{a} has deployed {number} near the border, {rng.choice(HEDGES)}."
    if kind < 0.85:
        return f"{a} {rng.choice(ACTIONS).format(b=b)} {rng.choice(WHEN)}, {rng.choice(SPEAKERS)} {rng.choice(SAY)}."
    return f"{rng.choice(HEDGES).capitalize()}, {a} {rng.choice(ACTIONS).format(b=b)} {rng.choice(WHEN)}."


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def make_article(index: int, *, seed: int = 20220215, words: int = 600) -> str:
    """The text of synthetic article ``index`` (about ``words`` words)."""
    rng = random.Random(f"{seed}:{index}")
    curly = rng.random() < 0.5
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(_capital(_sentence(rng, curly)) for _ in range(rng.randint(1, 3)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        if rng.random() < 0.08:
            paragraphs.append(rng.choice(PROMOS).format(h=rng.choice(HEADLINES)))
    roll = rng.random()
    if roll < 0.3:
        paragraphs[0] = f"{rng.choice(PLACES)}, Feb {rng.randint(10, 20)} ({rng.choice(AGENCIES)}) - {paragraphs[0]}"
    elif roll < 0.5:
        paragraphs[0] = f"{rng.choice(CITIES)}: {paragraphs[0]}"
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: str | Path, n: int, *, seed: int = 20220215) -> Path:
    """Write ``n`` articles under ``folder/raw/`` and their manifest ``folder/articles.csv``.

    Skips the work when the folder already holds this exact corpus (same ``n`` and ``seed``).
    """
    folder = Path(folder)
    manifest = folder / "articles.csv"
    stamp = folder / ".corpus"
    if manifest.is_file() and stamp.is_file() and stamp.read_text() == f"{n} {seed}\n":
        return manifest
    raw = folder / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    with open(manifest, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "outlet", "published", "language", "path"])
        for i in range(n):
            name = f"{i:07d}.txt"
            (raw / name).write_text(make_article(i, seed=seed), encoding="utf-8")
            writer.writerow([f"bench-{i:07d}", OUTLETS[i % len(OUTLETS)], f"2022-02-{10 + i % 10:02d}", "en", f"raw/{name}"])
    stamp.write_text(f"{n} {seed}\n")
    return manifest
