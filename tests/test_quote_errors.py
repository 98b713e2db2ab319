"""The dev-split error listing of the quote extractor (analysis.quote_errors)."""
from __future__ import annotations

from analysis import quote_errors
from analysis.polnear_gold import split_of
from tests.test_eval_quotes import _ann, _folder


def _names(split, count):
    found, i = [], 0
    while len(found) < count:
        name = f"nyt_article-{i}"
        if split_of(name) == split:
            found.append(name)
        i += 1
    return found


def test_lists_dev_misses_by_category_and_never_reads_held_out(tmp_path, capsys):
    text = 'Mr. Jones spoke first.\n\n"We will win," Mr. Smith said.'
    ann = _ann(text, [("Mr. Jones", "said", '"We will win,"')])
    dev, held = _names("dev", 1)[0], _names("held_out", 1)[0]
    folder = _folder(tmp_path, {dev: (text, ann), held: (text, ann)})
    assert quote_errors.main([str(folder), "--kind", "speaker"]) == 0
    out = capsys.readouterr().out
    assert "## direct:other-name: 1" in out and dev in out and held not in out


def test_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert quote_errors.main([str(tmp_path)]) == 2
    assert "no attributions/ folder" in capsys.readouterr().err
