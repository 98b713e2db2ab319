"""The PolNeAR evaluation: reading brat files, carrying offsets into the body, matching, scoring."""
from __future__ import annotations

import pytest

from analysis import eval_quotes as ev


def _folder(tmp_path, articles):
    """A PolNeAR-shaped folder: {name: (text, ann)}; a second annotator file is never read."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "metadata.tsv").write_text("compartment\tfilename\tpublisher\n" + "".join(f"train\t{n}\tnyt\n" for n in articles), encoding="utf-8")
    for name, (text, ann) in articles.items():
        (tmp_path / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / "attributions" / f"{name}_a1.ann").write_text(ann, encoding="utf-8")
        (tmp_path / "attributions" / f"{name}_b2.ann").write_text("", encoding="utf-8")
    return tmp_path


def _ann(text, triples):
    """brat lines for (source, cue, content) substrings of text."""
    lines, t = [], 0
    for number, parts in enumerate(triples, start=1):
        refs = []
        for role, part in zip(("Source", "Cue", "Content"), parts):
            t += 1
            start = text.index(part)
            lines.append(f"T{t}\t{role} {start} {start + len(part)}\t{part}")
            refs.append(f"{role}:T{t}")
        lines.append(f"E{number}\tAttribution:T0 " + " ".join(refs))
    return "\n".join(lines) + "\n"


TEXT = "Headline here\n\n''We will win,'' Mr. Smith said.\n\nThe mayor said the budget was balanced.\n\nIt rained."
TRIPLES = [("Mr. Smith", "said", "''We will win,''"), ("The mayor", "said", "the budget was balanced")]


def test_reads_first_annotator_and_scores_a_perfect_article(tmp_path):
    folder = _folder(tmp_path, {"nyt_a": (TEXT, _ann(TEXT, TRIPLES))})
    articles = ev.load_polnear(folder)
    assert [(a.name, a.publisher, len(a.attributions)) for a in articles] == [("nyt_a", "nyt", 2)]
    summary = ev.evaluate(articles)["all"].summary()
    assert summary["direct_speaker"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "system": 1, "gold": 1}
    assert summary["indirect_speech"]["recall"] == 1.0 and summary["speaker_accuracy"] == 1.0


def test_a_wrong_speaker_counts_as_quotation_but_not_quotation_with_speaker(tmp_path):
    text = 'Mr. Jones spoke first.\n\n"We will win," Mr. Smith said.'
    folder = _folder(tmp_path, {"x": (text, _ann(text, [("Mr. Jones", "said", '"We will win,"')]))})
    summary = ev.evaluate(ev.load_polnear(folder))["all"].summary()
    assert summary["quotation"]["f1"] == 1.0 and summary["quotation_speaker"]["f1"] == 0.0
    assert summary["speaker_accuracy"] == 0.0


def test_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert ev.main([str(tmp_path)]) == 2
    assert "no attributions/ folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "raw, body",
    [
        ("Title\n\nA  b ''c'' d", 'Title\n\nA b "c" d'),
        ("NEW YORK (AP) \u2014 Troops left.\n\nAlso Read: x\n\nEnd.", "Troops left.\n\nEnd."),
    ],
)
def test_offsets_follow_the_cleaning(raw, body):
    offsets = ev.body_offsets(raw, body)
    for i, ch in enumerate(raw):
        if offsets[i] >= 0 and not ch.isspace() and ch != "'":
            assert body[offsets[i]] == ch.translate(ev._FOLD)


@pytest.mark.parametrize(
    "a, b, expected",
    [([(0, 10)], [(5, 30)], True), ([(0, 10)], [(6, 30)], False), ([(0, 4)], [(0, 2), (10, 12)], True), ([], [(0, 1)], False)],
)
def test_spans_match_at_half_of_the_shorter(a, b, expected):
    assert ev.spans_match(a, b) is expected


def test_split_is_stable_and_about_a_fifth():
    names = [f"article-{i}" for i in range(2000)]
    held = sum(ev.split_of(n) == "held_out" for n in names)
    assert 300 < held < 500 and [ev.split_of(n) for n in names] == [ev.split_of(n) for n in names]


def test_gold_kinds(tmp_path):
    text = 'He said "a fragment" of it. "All of it," she said. They claimed it was over. They hoped it was over.'
    triples = [("He", "said", '"a fragment" of it'), ("she", "said", '"All of it,"'), ("They", "claimed", "it was over"), ("They", "hoped", "it was over.")]
    article = ev.GoldArticle("x", "p", text, tuple(ev.read_ann(_ann(text, triples))))
    assert [g.kind for g in ev.gold_rows(article, list(range(len(text))))] == ["partial", "direct", "speech", "other"]
