"""The cleaning audit: what cleaning removes from a folder of clean texts, and two dumps compared."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import cleaning_audit
from analysis.cleaning_audit import audit_texts, changes, main, read_folder

BODY = "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials in the province said."


def _folder(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "text"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_dump_then_diff_lists_a_unit_a_rule_change_removes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, {"b": BODY + "\n\nPost a Comment", "a": BODY})
    assert main(["dump", str(folder), str(tmp_path / "old.json")]) == 0
    old = json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))
    assert sorted(old) == ["a", "b"] and old["a"] == {"removed": [], "claims": ["94"]}
    assert [text for _, text in old["b"]["removed"]] == ["Post a Comment"]
    # a "rule change" that also removes the body sentence of text a
    real = cleaning_audit.clean_text
    monkeypatch.setattr(cleaning_audit, "clean_text", lambda text, template=frozenset(): real(text if text != BODY else "Post a Comment"))
    assert main(["dump", str(folder), str(tmp_path / "new.json")]) == 0
    capsys.readouterr()
    assert main(["diff", str(tmp_path / "old.json"), str(tmp_path / "new.json")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("+removed a: ") and "Post a Comment" in out[0]
    assert "-claims a: \"94\"" in out
    assert out[-2:] == ["== removed: +1 -0", "== claims: +0 -1"]


def test_changes_count_repeats_and_missing_articles() -> None:
    old = {"a": {"removed": [["r", "x"]], "claims": ["5"]}}
    new = {"a": {"removed": [["r", "x"], ["r", "x"]], "claims": ["5"]}, "b": {"removed": [], "claims": ["7"]}}
    assert changes(old, new) == [("removed", "a", "+", '["r", "x"]'), ("claims", "b", "+", '"7"')]
    assert changes(new, new) == []


def test_empty_folder_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(FileNotFoundError, match="no .txt files"):
        read_folder(empty)
    assert main(["dump", str(empty), str(tmp_path / "out.json")]) == 2
    assert "no .txt files" in capsys.readouterr().err and not (tmp_path / "out.json").exists()
    assert audit_texts({}) == {}
