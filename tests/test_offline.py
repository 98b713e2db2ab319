"""The workbook runs offline: nothing in the pipeline may open a network connection."""
from __future__ import annotations

import re
import socket

import pytest

from analysis import paths
from analysis.corpus import load_manifest
from analysis.errors import ResourceMissingError
from analysis.pipeline import score_corpus
from analysis.resources import use_offline_nltk_data


def test_tripwire_catches_a_connection(network_tripwire):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.2)
    assert any(event == "socket.connect" for event, _ in network_tripwire)


def test_full_pipeline_opens_no_connection(network_tripwire):
    use_offline_nltk_data()
    import textstat

    tables = score_corpus(load_manifest())
    textstat.flesch_reading_ease(" ".join(tables["sentences"]["text"]))
    assert network_tripwire == []


def test_nltk_download_is_refused():
    use_offline_nltk_data()
    import nltk

    with pytest.raises(ResourceMissingError, match="runs offline"):
        nltk.download("punkt")


def test_cmudict_resource_is_built_deterministically(tmp_path):
    from analysis.resources import build_cmudict_corpus

    first = build_cmudict_corpus(tmp_path / "a") / "cmudict"
    second = build_cmudict_corpus(tmp_path / "b") / "cmudict"
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_mode & 0o777 == 0o644  # NLTK 3.10 refuses group-writable files
    assert "TROOPS 1 T R UW1 P S" in first.read_text(encoding="utf-8")


DOWNLOAD = re.compile(r"nltk\.download\(|urlopen\(|requests\.(get|post)\(|urllib\.request|hf_hub_download|from_pretrained\(")


def test_no_code_calls_a_downloader():
    offenders = []
    for folder in (paths.ROOT / "analysis", paths.NOTEBOOKS):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".ipynb") and DOWNLOAD.search(path.read_text(encoding="utf-8")):
                offenders.append(path.name)
    assert offenders == []


def test_fast_syllable_table_equals_nltk_cmudict_first_pronunciations():
    from analysis.resources import cmu_syllable_counts

    use_offline_nltk_data()
    import nltk

    reference = nltk.corpus.cmudict.dict()
    counts = cmu_syllable_counts()
    assert counts.keys() == reference.keys()
    assert all(counts[w] == sum(1 for p in prons[0] if p[-1].isdigit()) for w, prons in reference.items())
