from __future__ import annotations

import pytest

from analysis.document import build_document
from analysis.sources import extract_quotes, document_quotes, find_cues, single_quote_spans, voices_tables

OPOYI = "000_fee7a0d1622e9e4e.txt"
ABP = "002_2ad01569b5cf55ed.txt"


def _doc(name, text):
    return build_document({"id": name, "outlet": "x"}, text)


# Every statement in the two seeds, read by hand: (file, kind, start of the text, speaker_canonical, cue, via).
SEED_STATEMENTS = [
    (OPOYI, "indirect", "some troops positioned on the border", "Russian Defence Ministry", "informed", "Interfax"),
    (OPOYI, "direct", "Units of the Southern and Western Military Districts, which", "Igor Konashenkov", "said", ""),
    (OPOYI, "partial", "imminent", "the West", "voice concerns", ""),
    (OPOYI, "partial", "all the elements", "France", "expressed alarm", ""),
    (OPOYI, "direct", "If the question is are there elements", "Jean-Yves Le Drian", "told", ""),
    (OPOYI, "indirect", "any such intention", "Moscow", "denied", ""),
    (OPOYI, "indirect", "The Russian ministry even released a video", "Interfax", "reported", ""),
    (OPOYI, "indirect", "their citizens and diplomats to leave Ukraine", "", "asked", ""),  # a request reported: "X asked Y to ..." (issue 12, second round)
    (OPOYI, "indirect", "using diplomatic means", "Antonio Guterres", "called for", ""),
    (OPOYI, "direct", "In Ukraine, (it is necessary) to reduce tensions", "Antonio Guterres", "said", ""),
    (ABP, "indirect", "some troops stationed on the border of Ukraine", "Russian Defence Ministry", "said", ""),
    (ABP, "direct", "Units of the southern and western military districts, having", "Russian Defence Ministry spokesperson", "quoted", "AFP"),
    (ABP, "direct", "We could be on the brink of war in Europe", "Liz Truss", "said", ""),
    (ABP, "direct", "There is still time for Vladimir Putin", "Liz Truss", "added", ""),
    (ABP, "partial", "there is always a chance", "Sergei Shoigu", "said", ""),
    (ABP, "indirect", "Russia is always ready to reach an agreement", "Sergei Lavrov", "said", ""),
    (ABP, "indirect", "exchanges with leaders in European capitals", "Sergei Lavrov", "told", ""),
]


@pytest.fixture(scope="module")
def seed_quotes():
    from tests.conftest import SEED_FILES

    return {p.name: document_quotes(_doc(p.name, p.read_text(encoding="utf-8"))) for p in SEED_FILES}


@pytest.mark.parametrize("name, kind, text, speaker, cue, via", SEED_STATEMENTS)
def test_seed_statements_have_the_right_speaker(seed_quotes, name, kind, text, speaker, cue, via):
    matches = [q for q in seed_quotes[name] if q.text.startswith(text)]
    assert len(matches) == 1, [q.text[:40] for q in seed_quotes[name]]
    q = matches[0]
    assert (q.kind, q.speaker_canonical, q.cue_verb, q.via) == (kind, speaker, cue, via)


@pytest.mark.parametrize("name", [OPOYI, ABP])
def test_seeds_have_exactly_the_statements_read_by_hand(seed_quotes, name):
    expected = [row[2] for row in SEED_STATEMENTS if row[0] == name]
    assert [next(t for t in expected if q.text.startswith(t)) for q in seed_quotes[name]] == expected


def test_seed_multi_sentence_quotes_are_one_quote_each(seed_quotes):
    truss = next(q for q in seed_quotes[ABP] if q.text.startswith("There is still time"))
    assert truss.text.endswith("limited amount of time for him to do that")
    konashenkov = next(q for q in seed_quotes[OPOYI] if q.speaker_canonical == "Igor Konashenkov")
    assert konashenkov.text.endswith("will perform self-propelled marches")
    assert konashenkov.speaker == "Russian Defense Ministry spokesman Igor Konashenkov"


def test_seed_indirect_content_stops_before_the_medium(seed_quotes):
    first = seed_quotes[OPOYI][0]
    assert first.text.endswith("concluding their drills") and first.via == "Interfax"


# Texts of our own, in the genre: (text, [(kind, speaker as written, speaker_canonical, bloc, cue, via)]).
OWN_TEXTS = [
    pytest.param(
        'MOSCOW, Feb 15 (Reuters) - "The drills are over," Kremlin spokesman Dmitry Peskov told reporters.',
        [("direct", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Russia", "told", "")],
        id="wire-subject-verb",
    ),
    pytest.param(
        '"We see no pullback," said Jens Stoltenberg, NATO\'s secretary general.',
        [("direct", "Jens Stoltenberg", "Jens Stoltenberg", "NATO and the West", "said", "")],
        id="said-X-inversion",
    ),
    pytest.param(
        'Dmitry Peskov, the Kremlin spokesman, said the troops were leaving. "It is a planned exercise," he added.',
        [
            ("indirect", "Dmitry Peskov, the Kremlin spokesman", "Dmitry Peskov", "Russia", "said", ""),
            ("direct", "he", "Dmitry Peskov", "Russia", "added", ""),
        ],
        id="appositive-then-pronoun",
    ),
    pytest.param(
        'Liz Truss met Sergei Lavrov in Moscow. "We need to see action," she said.',
        [("direct", "she", "Liz Truss", "United Kingdom", "said", "")],
        id="she-resolves-by-gender",
    ),
    pytest.param(
        'External Affairs Minister S Jaishankar on Tuesday said India wanted a peaceful resolution. '
        '"Our priority is the safety of Indian students," he said, news agency PTI reported.',
        [
            ("indirect", "External Affairs Minister S Jaishankar", "S. Jaishankar", "India", "said", ""),
            ("direct", "he", "S. Jaishankar", "India", "said", "PTI"),
        ],
        id="indian-outlet-via-agency",
    ),
    pytest.param(
        '"Some units are returning," Interfax quoted the Russian defence ministry as saying.',
        [("direct", "the Russian defence ministry", "Russian Defence Ministry", "Russia", "quoted", "Interfax")],
        id="quoted-as-saying-chain",
    ),
    pytest.param(
        'According to Reuters, the convoys moved at dawn.',
        [("indirect", "Reuters", "Reuters", "news agencies", "According to", "")],
        id="according-to",
    ),
    pytest.param(
        '"We will believe it when we see it," a village elder in Donetsk said.',
        [("direct", "a village elder in Donetsk", "", "unknown", "said", "")],
        id="unknown-speaker-kept",
    ),
    pytest.param(
        '"They are going home," he said.',
        [("direct", "he", "", "unknown", "said", "")],
        id="unresolvable-pronoun-is-unknown",
    ),
    pytest.param(
        'Ukrainian President Volodymyr Zelenskyy urged calm.\n\n"We are not afraid," Zelenskyy said.\n\n"We will defend our land."',
        [
            ("indirect", "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "Ukraine", "urged", ""),
            ("direct", "Zelenskyy", "Volodymyr Zelensky", "Ukraine", "said", ""),
            ("direct", "Zelenskyy", "Volodymyr Zelensky", "Ukraine", "", ""),
        ],
        id="unattributed-paragraph-continues-speaker",
    ),
    pytest.param(
        'US President Joe Biden warned that an attack "remains distinctly possible".',
        [("partial", "US President Joe Biden", "Joe Biden", "United States", "warned", "")],
        id="partial-quote-mid-sentence",
    ),
    pytest.param(
        'The ministry said in a statement carried by TASS that "all units have completed their tasks".',
        [("partial", "The ministry", "", "unknown", "said", "TASS")],
        id="carried-by-medium",
    ),
    pytest.param(
        "Moscow has repeatedly denied planning an invasion, and the Kremlin said the claims were 'hysteria'.",
        [
            ("indirect", "Moscow", "Moscow", "Russia", "denied", ""),
            ("partial", "the Kremlin", "Kremlin", "Russia", "said", ""),
        ],
        id="single-quoted-partial-with-cue",
    ),
    pytest.param(
        "The ministry did not say how many troops were leaving. Markets saw the 'imminent' threat fade.",
        [],
        id="negated-cue-and-scare-quotes-are-not-speech",
    ),
]


@pytest.mark.parametrize("text, expected", OWN_TEXTS)
def test_attribution_on_unseen_texts(text, expected):
    doc = _doc("own", text)
    got = [(q.kind, q.speaker, q.speaker_canonical, q.bloc, q.cue_verb, q.via) for q in document_quotes(doc)]
    assert got == expected


def test_quote_offsets_point_into_the_body(seed_texts):
    for name, text in seed_texts.items():
        doc = _doc(name, text)
        for q in document_quotes(doc):
            span = doc.body[q.start : q.end]
            assert q.text.split()[0] in span, (q.text, span)


@pytest.mark.parametrize("text", ["", "   ", "No quotes, no speakers here."])
def test_empty_and_speechless_texts_give_no_quotes(text):
    assert extract_quotes(text) == []


def test_cues_come_from_the_attribution_lexicon_with_their_group():
    assert [(c.text, c.group) for c in find_cues("He claimed it, she confirmed it and they said so.")] == [
        ("claimed", "distancing"), ("confirmed", "assertive"), ("said", "neutral"),
    ]


def test_apostrophes_are_not_single_quotes():
    text = "Russia's troops and the ministers' 'last word'"
    assert [text[s:e] for s, e in single_quote_spans(text)] == ["'last word'"]


def test_voices_tables_rows_and_summary(seed_texts):
    doc = _doc("abp", seed_texts[ABP])
    tables = voices_tables(doc)
    quotes = tables["quotes"]
    assert [q["quote_id"] for q in quotes] == [f"abp-q{i:02d}" for i in range(1, len(quotes) + 1)]
    assert all(q["bloc"] != "unknown" for q in quotes if q["kind"] == "direct")
    assert tables["articles"] == [{"article_id": "abp", "n_quotes": 7, "n_unknown_speakers": 0, "first_voice_bloc": "Russia"}]
    sentences = {s.number: s for s in doc.sentences}
    for q in quotes:
        sentence = sentences[q["sentence"]]
        assert sentence.start <= q["start"] < sentence.end


# --- the attribution grammar is data: validated on load, errors name the file and the line ----


from analysis.errors import InstrumentError  # noqa: E402
from analysis.sources import grammar, verb_properties  # noqa: E402

from tests.conftest import append_line as _append  # noqa: E402


@pytest.mark.parametrize(
    "line, message",
    [
        ("soon\tadverb\t\tnot a type", "unknown type 'adverb'"),
        ("he\tpronoun\tm\tagain", "pronoun 'he' is listed twice"),
        ("one\tpronoun\tx\tbad gender", "value must be m, f or empty"),
        ("Spokesman\ttitle\t\tupper case", "must be lower-case words"),
    ],
)
def test_bad_grammar_row_names_file_and_line(instrument_copy, line, message):
    number = _append(instrument_copy / "speech_grammar.tsv", line)
    with pytest.raises(InstrumentError) as info:
        grammar.__wrapped__()
    assert "speech_grammar.tsv" in str(info.value) and f"line {number}" in str(info.value) and message in str(info.value)


def test_bad_verb_property_names_file_and_line(instrument_copy):
    number = _append(instrument_copy / "attribution_verbs.tsv", "mutter\tneutral\tmuttered\tmaybe\t\t\t\t\t")
    with pytest.raises(InstrumentError, match=rf"attribution_verbs.tsv, line {number}: zero_that must be 'yes' or empty"):
        verb_properties.__wrapped__()


def test_grammar_words_come_from_the_data_files():
    g, verbs = grammar(), verb_properties()
    assert g.pronouns == {"he": "m", "she": "f", "it": "", "they": ""}
    assert {"spokesman", "minister", "agency"} <= g.titles
    assert {"say", "claim", "warn"} <= verbs.zero_that and "deny" not in verbs.zero_that and {"call for", "urge", "deny"} <= verbs.takes_object
    assert g.time_suffix.search(" Peskov on Sept. 15") and g.time_suffix.search(" Peskov on Monday morning")
    assert not g.time_suffix.search(" Peskov in Moscow")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Foreign Minister Sergey Lavrov on Monday morning said that talks would go on.", "Sergei Lavrov"),
        ("Sergey Lavrov on 15 Feb. said that talks would go on.", "Sergei Lavrov"),
        ("Sergey Lavrov, for his part, said that talks would go on.", "Sergei Lavrov"),
        ("Sergey Lavrov in an interview said that talks would go on.", "Sergei Lavrov"),
    ],
)
def test_time_and_medium_adjuncts_between_speaker_and_cue(text, speaker):
    assert [q.speaker_canonical for q in extract_quotes(text)] == [speaker]


# --- the grouped alternation is the flat one, only faster ---------------------------------------

def corpus_texts() -> list[str]:
    """Texts for the equivalence tests: the seeds, the multi-outlet fixture, and generated
    benchmark articles (wire-style quotes, cues, datelines; one long)."""
    from analysis import paths
    from benchmarks.corpus import make_article

    folders = (paths.RAW, paths.ROOT / "tests" / "fixtures" / "multi_outlet" / "raw")
    texts = [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.glob("*.txt"))]
    texts += [make_article(i) for i in range(12)]
    texts.append(make_article(99, words=4000))
    return texts


def _flat_alternation(phrases):
    """sources._alternation before it grouped phrases by first letter."""
    import re

    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


def test_grouped_alternation_matches_as_the_flat_one(monkeypatch):
    import re

    import analysis.cues as sources

    grouped_grammar, grouped_cues = sources.grammar(), sources.cue_lexicon()[1]
    try:
        monkeypatch.setattr(sources, "_alternation", _flat_alternation)
        sources.grammar.cache_clear()
        sources.cue_lexicon.cache_clear()
        flat_grammar, flat_cues = sources.grammar(), sources.cue_lexicon()[1]
    finally:
        monkeypatch.undo()
        sources.grammar.cache_clear()
        sources.cue_lexicon.cache_clear()
    assert grouped_cues.pattern != flat_cues.pattern
    pairs = [(grouped_cues, flat_cues)] + [
        (getattr(grouped_grammar, name), getattr(flat_grammar, name))
        for name in ("trailing_adjunct", "parenthetical", "leading", "adjunct_only", "time_suffix", "cue_lead", "determiner_before")
    ]
    extra = ["He SAID it; Sept. 15 saw them ACCORDING TO AFP", "said \u212aelvin \u017fays", "on Monday morning", ", however,"]
    for text in corpus_texts() + extra:
        starts = [m.start() for m in re.finditer(r"\b\w", text)]
        lines = text.splitlines()
        for grouped, flat in pairs:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
            for start in starts[:400]:
                g, f = grouped.match(text, start), flat.match(text, start)
                assert (g and g.span()) == (f and f.span())
            for line in lines:  # the anchored patterns are searched on phrases
                g, f = grouped.search(line), flat.search(line)
                assert (g and g.span()) == (f and f.span())


def test_cue_index_within_equals_scanning_every_cue():
    import random

    from analysis.sources import CueIndex

    rng = random.Random(5)
    for text in corpus_texts():
        cues = find_cues(text)
        index = CueIndex(cues)
        bounds = sorted({0, len(text), *(c.start for c in cues), *(c.end for c in cues), *(rng.randrange(len(text) + 1) for _ in range(60))})
        for lo in bounds[::3]:
            for hi in bounds[::2]:
                assert index.within(lo, hi) == [c for c in cues if lo <= c.start and c.end <= hi]
