from __future__ import annotations

import pytest

from analysis.claims import claim_rows, find_claims, parse_number
from analysis.document import build_document


@pytest.mark.parametrize(
    "text, written, value, counts, qualifier",
    [
        ("Russia stationed more than 100,000 troops near the border.", "100,000", 100_000, "troops", "more than"),
        ("the number of millions of Russian soldiers stationed there", "millions of", 1_000_000, "soldiers", "vague"),
        ("More than a dozen countries have asked citizens to leave.", "a dozen", 12, "countries", "more than"),
        ("nearly 1,30,000 Russian soldiers massed along the border", "1,30,000", 130_000, "soldiers", "nearly"),
        ("at least 1,00,000 people", "1,00,000", 100_000, "people", "at least"),
        ("two sentences", "two", 2, "sentences", "exact"),
        ("several units will join convoys", "several", 3, "units", "vague"),
        ("dozens of tanks rolled back", "dozens of", 12, "tanks", "vague"),
        ("about 1.5 million people", "1.5 million", 1_500_000, "people", "about"),
        ("up to 100k troops", "100k", 100_000, "troops", "up to"),
        ("over 1,700 points", "1,700", 1_700, "points", "over"),
        ("tens of thousands of troops, tanks and field hospitals", "tens of thousands of", 10_000, "troops", "vague"),
        ("the estimated 130,000 troops", "130,000", 130_000, "troops", "about"),
        ("as many as 3 lakh people", "3 lakh", 300_000, "people", "up to"),
        ("the rouble gained more than 2% against the dollar", "2%", 2, "percent", "more than"),
        ("twenty-five armoured vehicles", "twenty-five", 25, "vehicles", "exact"),
    ],
)
def test_claims(text, written, value, counts, qualifier):
    claims = find_claims(text)
    assert [(c.number_as_written, c.value, c.counts, c.qualifier) for c in claims] == [(written, value, counts, qualifier)]
    assert text[claims[0].start : claims[0].end] == claims[0].text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "He spoke at a General Assembly meeting on priorities of work in 2022.",
        "Le Drian told France 5 TV.",
        "On Feb 15 the ministry spoke; on 15 February it spoke again.",
        "One of them left at 10 a.m.",
        "G7 leaders discussed COVID-19.",
    ],
)
def test_not_claims(text):
    assert find_claims(text) == []


@pytest.mark.parametrize("written, value", [("1,00,000", 100_000), ("100,000", 100_000), ("2 crore", 20_000_000), ("1.5m", 1_500_000), ("", None)])
def test_parse_number(written, value):
    assert parse_number(written) == value


def test_seed_claims(seed_texts):
    found = {}
    for name, text in seed_texts.items():
        doc = build_document({"id": name, "outlet": "x"}, text)
        rows = claim_rows(doc)["claims"]
        found[name] = [(r["number_as_written"], r["counts"], r["qualifier"]) for r in rows]
        for r in rows:
            assert doc.body[r["start"] : r["end"]] == r["text"]
    assert found == {
        "000_fee7a0d1622e9e4e.txt": [("100,000", "troops", "more than"), ("a dozen", "countries", "more than")],
        "002_2ad01569b5cf55ed.txt": [("millions of", "soldiers", "vague")],
    }


# --- the calendar and the counted-phrase words are data -----------------------------------------


from analysis.calendar_words import load_calendar  # noqa: E402
from analysis.claims import _phrase_words  # noqa: E402
from analysis.errors import InstrumentError  # noqa: E402

from tests.conftest import append_line as _append  # noqa: E402


@pytest.mark.parametrize(
    "line, message",
    [
        ("Smarch\tmonth\t\t", "needs 12 months"),
        ("Caturday\tday\t\t", "kind must be month or weekday"),
        ("Mayday\tweekday\tMay\t", "'May' is listed twice"),
    ],
)
def test_bad_calendar_row_names_the_file(instrument_copy, line, message):
    number = _append(instrument_copy / "calendar.tsv", line)
    with pytest.raises(InstrumentError) as info:
        load_calendar.__wrapped__()
    assert "calendar.tsv" in str(info.value) and message in str(info.value)
    if "needs" not in message:
        assert f"line {number}" in str(info.value)


def test_bad_claim_word_names_file_and_line(instrument_copy):
    number = _append(instrument_copy / "claim_words.tsv", "geese\tirregular\t")
    with pytest.raises(InstrumentError, match=rf"claim_words.tsv, line {number}: type must be one of stop, plural, before_one, one_count"):
        _phrase_words.__wrapped__()


def test_calendar_lists_every_month_and_weekday():
    cal = load_calendar()
    assert [name for name, _abbr in cal.months][0::11] == ["January", "December"]
    assert len(cal.weekdays) == 7 and "saturday" in cal.words()


@pytest.mark.parametrize("text", ["on Sept. 15 troops left", "on 15 Sept troops left", "by Dec 3 units left"])
def test_a_number_next_to_a_month_is_a_date(text):
    assert find_claims(text) == []


def test_grouped_quantity_alternations_match_as_the_flat_ones(monkeypatch):
    """claims._alternation (alternation.alternation, a trie) matches as the flat longest-first alternation."""
    import re

    import analysis.claims as claims
    from tests.test_sources import _flat_alternation, corpus_texts

    grouped = claims.quantity_lexicon().pattern
    try:
        monkeypatch.setattr(claims, "_alternation", _flat_alternation)
        claims.quantity_lexicon.cache_clear()
        flat = claims.quantity_lexicon().pattern
    finally:
        monkeypatch.undo()
        claims.quantity_lexicon.cache_clear()
    assert grouped.pattern != flat.pattern
    extra = ["Nearly 1,30,000 troops, millions of people, about TWO-THIRDS, 5 lakh, 3.5bn, 40 per cent, Rs 10 crore, a dozen tanks"]
    for text in corpus_texts() + extra:
        assert [m.groupdict() | {"span": m.span()} for m in grouped.finditer(text)] == [m.groupdict() | {"span": m.span()} for m in flat.finditer(text)]
        for start in [m.start() for m in re.finditer(r"\b\w", text)][:400]:
            g, f = grouped.match(text, start), flat.match(text, start)
            assert (g and g.span()) == (f and f.span())
