from __future__ import annotations

import math

import pytest

from analysis.actors import BLOCS, bloc_rows, find_mentions, load_gazetteer
from analysis.sentiment import split_voices
from analysis.document import build_document
from analysis.errors import InstrumentError
from analysis.sources import voices_tables

OPOYI = "000_fee7a0d1622e9e4e.txt"
ABP = "002_2ad01569b5cf55ed.txt"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shoygu and Shoigu", [("Sergei Shoigu", "Shoygu"), ("Sergei Shoigu", "Shoigu")]),
        ("Zelensky, Zelenskyy", [("Volodymyr Zelensky", "Zelensky"), ("Volodymyr Zelensky", "Zelenskyy")]),
        ("Russia's defence ministry and the Russian Defense Ministry", [("Russian Defence Ministry", "Russia's defence ministry"), ("Russian Defence Ministry", "Russian Defense Ministry")]),
        ("Russian Defense Ministry spokesman Igor Konashenkov", [("Russian Defence Ministry spokesperson", "Russian Defense Ministry spokesman"), ("Igor Konashenkov", "Igor Konashenkov")]),
        ("Le Drian told France 5 TV", [("Jean-Yves Le Drian", "Le Drian"), ("France 5", "France 5 TV")]),
        ("let us see; the US will", [("United States", "US")]),
        ("the west bank of the river", []),
        ("the West and Western countries", [("the West", "the West"), ("the West", "Western countries")]),
        ("the Russia-Ukraine conflict", [("Russia", "Russia"), ("Ukraine", "Ukraine")]),
        ("Russian news agency Interfax reported", [("Interfax", "Russian news agency Interfax")]),
        ("Antonio Guterres at the United Nations", [("Antonio Guterres", "Antonio Guterres"), ("United Nations", "United Nations")]),
        ("", []),
    ],
)
def test_mentions_longest_alias_whole_words(text, expected):
    assert [(m.actor, m.text) for m in find_mentions(text)] == expected


def test_every_actor_has_a_known_bloc_and_the_issue_names_are_there():
    g = load_gazetteer()
    assert {a.bloc for a in g.actors.values()} == set(BLOCS)
    for name in ("Igor Konashenkov", "Sergei Lavrov", "Vladimir Putin", "Liz Truss", "Jean-Yves Le Drian", "Antonio Guterres",
                 "Joe Biden", "Volodymyr Zelensky", "Jens Stoltenberg", "Boris Johnson", "Emmanuel Macron", "Olaf Scholz",
                 "Antony Blinken", "Dmitry Peskov", "Kremlin", "Moscow", "NATO", "the West", "United Nations", "European Union",
                 "Interfax", "AFP", "Reuters", "TASS", "PTI", "ANI", "Associated Press"):
        assert name in g.actors, name


@pytest.mark.parametrize(
    "row, message",
    [
        ("Someone\tSomeone\tperson\t\tMars\t\t", "unknown bloc 'Mars'"),
        ("Someone\tSomeone\talien\t\tRussia\t\t", "unknown kind 'alien'"),
        ("Someone\tPutin\tperson\t\tRussia\t\t", "alias 'Putin' already belongs to 'Vladimir Putin'"),
    ],
)
def test_gazetteer_is_validated_on_load(tmp_path, row, message):
    bad = tmp_path / "actors.tsv"
    bad.write_text(
        "# test\ncanonical\taliases\tkind\trole\tbloc\tgender\tnote\n"
        "Vladimir Putin\tPutin\tperson\t\tRussia\tm\t\n" + row + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InstrumentError) as error:
        load_gazetteer(str(bad))
    assert message in str(error.value) and "line 4" in str(error.value)


def test_split_voices_keeps_reporter_and_quoted_words_apart():
    text = 'Putin said "we will win" and left.'
    assert split_voices(text, 0, [(11, 24)]) == ("Putin said and left.", '"we will win"')


@pytest.fixture(scope="module")
def seed_blocs(request):
    from tests.conftest import SEED_FILES

    out = {}
    for path in SEED_FILES:
        doc = build_document({"id": path.name, "outlet": "x"}, path.read_text(encoding="utf-8"))
        out[path.name] = {row["bloc"]: row for row in voices_tables(doc)["actors"]}
    return out


@pytest.mark.parametrize(
    "name, bloc, quotes, quoted_words, first",
    [
        (OPOYI, "Russia", 3, 37, True),  # ministry (indirect), Konashenkov (direct), Moscow (denied)
        (OPOYI, "France", 2, 32, False),  # 'all the elements' + Le Drian
        (OPOYI, "United Nations and international bodies", 2, 37, False),  # Guterres
        (OPOYI, "news agencies", 1, 0, False),  # Interfax as a source of its own
        (ABP, "Russia", 5, 36, True),
        (ABP, "United Kingdom", 2, 59, False),  # Truss: the most quoted words in ABP Live
        (ABP, "France", 0, 0, False),
    ],
)
def test_seed_share_of_voice(seed_blocs, name, bloc, quotes, quoted_words, first):
    row = seed_blocs[name][bloc]
    assert (row["quotes"], row["quoted_words"], row["first_voice"]) == (quotes, quoted_words, first)


@pytest.mark.parametrize("name", [OPOYI, ABP])
def test_seed_shares_sum_to_one_and_every_bloc_has_a_row(seed_blocs, name):
    rows = seed_blocs[name]
    assert list(rows) == [*BLOCS, "unknown"]
    assert math.isclose(sum(r["quoted_word_share"] for r in rows.values()), 1.0)
    assert sum(r["first_voice"] for r in rows.values()) == 1


def test_verb_groups_counted_per_bloc(seed_blocs):
    russia = seed_blocs[OPOYI]["Russia"]
    assert (russia["neutral_verbs"], russia["assertive_verbs"], russia["distancing_verbs"]) == (1, 1, 1)  # said, informed, denied


def test_bloc_sentiment_separates_reporter_and_quoted_voice():
    text = 'Putin praised the wonderful talks. "It is a disaster," Putin said.'
    sentences = [(1, 0, 34, text[0:34]), (2, 35, len(text), text[35:])]
    scores = {"Putin praised the wonderful talks.": 1.0, "Putin said.": 0.0, '"It is a disaster,"': -1.0}
    rows = bloc_rows("a", sentences, [(35, 54)], find_mentions(text), [], score=scores.__getitem__)
    russia = rows[0]
    assert (russia["reporter_compound"], russia["quoted_compound"]) == (0.5, -1.0)
    assert (russia["n_reporter_sentences"], russia["n_quoted_sentences"]) == (2, 1)


def test_no_quotes_gives_nan_share_and_no_first_voice():
    rows = bloc_rows("a", [(1, 0, 12, "Putin spoke.")], [], find_mentions("Putin spoke."), [], score=lambda t: 0.0)
    assert all(math.isnan(r["quoted_word_share"]) for r in rows) and not any(r["first_voice"] for r in rows)


def test_quotes_overlapping_hands_split_voices_the_same_spans():
    """bloc_rows gives split_voices only the quotes overlapping a sentence: the same split as all quotes."""
    import random

    from analysis.segment import quotes_overlapping
    from tests.test_sources import corpus_texts

    for text in corpus_texts():
        doc = build_document({"id": "t", "outlet": "x"}, text)
        overlapping = quotes_overlapping(list(doc.quotes))
        for s in doc.sentences:
            assert split_voices(s.text, s.start, overlapping(s.start, s.end)) == split_voices(s.text, s.start, list(doc.quotes))
    rng = random.Random(3)
    for _ in range(300):  # arbitrary spans, overlapping or not, and arbitrary windows
        spans = [(a, a + rng.randrange(0, 9)) for a in (rng.randrange(60) for _ in range(rng.randrange(6)))]
        overlapping = quotes_overlapping(spans)
        start = rng.randrange(60)
        end = start + rng.randrange(30)
        assert sorted(overlapping(start, end)) == sorted(q for q in spans if q[0] < end and q[1] > start)
