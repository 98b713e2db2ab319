"""Shared fixtures: the seed texts, a scratch corpus builder, a network tripwire, and the codebook's
matches in a sentence."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import analysis.instruments as instruments
from analysis import paths

SEED_FILES = sorted(paths.RAW.glob("*.txt"))

# A process-wide audit hook (hooks cannot be removed, so it is armed and disarmed by a flag).
_NETWORK = {"armed": False, "events": []}


def _audit(event: str, args: tuple) -> None:
    if _NETWORK["armed"] and event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        _NETWORK["events"].append((event, repr(args)[:200]))


sys.addaudithook(_audit)


@pytest.fixture
def network_tripwire():
    """Records every attempt to open a network connection while a test runs."""
    _NETWORK["events"] = []
    _NETWORK["armed"] = True
    try:
        yield _NETWORK["events"]
    finally:
        _NETWORK["armed"] = False


@pytest.fixture
def seed_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in SEED_FILES}


@pytest.fixture
def make_corpus(tmp_path: Path):
    """Build a corpus folder with a manifest: ``make_corpus({"id": text_or_bytes, ...}, rows=...)``."""

    def build(articles: dict[str, str | bytes], *, outlets: dict[str, str] | None = None, extra_rows: str = "", suffix: str = ".txt") -> Path:
        raw = tmp_path / "raw"
        raw.mkdir(exist_ok=True)
        lines = ["id,outlet,published,language,path"]
        for i, (aid, text) in enumerate(articles.items()):
            target = raw / f"{aid}{suffix}"
            target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
            outlet = (outlets or {}).get(aid, f"Outlet {i % 3}")
            lines.append(f"{aid},{outlet},2022-02-15,en,raw/{aid}{suffix}")
        manifest = tmp_path / "articles.csv"
        manifest.write_text("\n".join(lines) + "\n" + extra_rows, encoding="utf-8")
        return manifest

    return build


@pytest.fixture
def instrument_copy(tmp_path: Path, monkeypatch) -> Path:
    """A copy of data/instruments that the loaders read instead (call the uncached loaders)."""
    folder = tmp_path / "instruments"
    shutil.copytree(paths.INSTRUMENTS, folder)
    monkeypatch.setattr(instruments, "INSTRUMENTS", folder)
    return folder


def append_line(path: Path, line: str) -> int:
    """Append one line to an instrument file; returns that line's number."""
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


@pytest.fixture
def frame_matches():
    """``frame_matches(text, *frames)``: (item, matched text) of every codebook match in ``text``,
    in order, for the frames named (every frame when none is)."""
    from analysis.document import build_document
    from analysis.framing import find_evidence

    def matches(text: str, *frames: str) -> list[tuple[str, str]]:
        doc = build_document({"id": "t", "outlet": "W"}, text)
        return [(row["item"], row["matched"]) for row in find_evidence(doc) if not frames or row["category"] in frames]

    return matches
