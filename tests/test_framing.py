"""Framing: the codebook as document and instrument, evidence rows, and frame scores reproducible from evidence."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.cli import main as cli_main
from analysis.document import build_document
from analysis.errors import InstrumentError
from analysis.framing import (
    ARTICLE_COLUMNS, EVIDENCE_COLUMNS, FRAME_COLUMNS, LEAD_COLUMNS, codebook_markdown, find_evidence, frame_scores,
    framing_tables, load_codebook, reporter_word_counts,
)
from analysis.sentiment import split_voices
from analysis.segment import count_words
from analysis.pipeline import registered_scorers, schemas
from analysis.stats import resample_weights, seed_for
from tests import fixture_texts as T

CODEBOOK_FILE = Path(__file__).resolve().parents[1] / "data" / "instruments" / "codebook.toml"
MULTI_OUTLET = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"

# Semetko & Valkenburg (2000), the 20 items, verbatim.
SEMETKO_VALKENBURG = {
    "responsibility": [
        "Does the story suggest that some level of government has the ability to alleviate the problem?",
        "Does the story suggest that some level of the government is responsible for the issue/problem?",
        "Does the story suggest solution(s) to the problem/issue?",
        "Does the story suggest that an individual (or group of people in society) is responsible for the issue-problem?",
        "Does the story suggest the problem requires urgent action?",
    ],
    "human_interest": [
        'Does the story provide a human example or "human face" on the issue?',
        "Does the story employ adjectives or personal vignettes that generate feelings of outrage, empathy-caring, sympathy, or compassion?",
        "Does the story emphasize how individuals and groups are affected by the issue/problem?",
        "Does the story go into the private or personal lives of the actors?",
        "Does the story contain visual information that might generate feelings of outrage, empathy-caring, sympathy, or compassion?",
    ],
    "conflict": [
        "Does the story reflect disagreement between parties-individuals-groups-countries?",
        "Does one party-individual-group-country reproach another?",
        "Does the story refer to two sides or to more than two sides of the problem or issue?",
        "Does the story refer to winners and losers?",
    ],
    "morality": [
        "Does the story contain any moral message?",
        "Does the story make reference to morality, God, and other religious tenets?",
        "Does the story offer specific social prescriptions about how to behave?",
    ],
    "economic_consequences": [
        "Is there a mention of financial losses or gains now or in the future?",
        "Is there a mention of the costs/degree of expense involved?",
        "Is there a reference to economic consequences of pursuing or not pursuing a course of action?",
    ],
}


def evidence_of(text: str) -> list[dict]:
    return find_evidence(build_document({"id": "t", "outlet": "W"}, text))


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(row["category"], row["item"], row["matched"]) for row in evidence_of(text)}


# ---------------------------------------------------------------------------------------------
# The codebook
# ---------------------------------------------------------------------------------------------


def test_generic_frames_reproduce_all_20_semetko_valkenburg_items_in_order():
    codebook = load_codebook()
    got = {frame.id: [item.question for item in frame.items] for frame in codebook.family("generic")}
    assert got == SEMETKO_VALKENBURG
    assert sum(map(len, got.values())) == 20


def test_every_frame_is_documented_and_every_item_has_indicators():
    codebook = load_codebook()
    assert [f.id for f in codebook.family("event")] == ["escalation", "deescalation", "military", "humanitarian", "economy", "verification"]
    assert [f.id for f in codebook.family("stance")] == ["hedge", "booster", "attribution_neutral", "attribution_assertive", "attribution_distancing"]
    for frame in codebook.frames:
        assert frame.definition and frame.source and frame.example, frame.id
        assert frame.items and all(item.indicators for item in frame.items), frame.id


@pytest.mark.parametrize("frame_id", ["responsibility", "human_interest", "conflict", "morality", "economic_consequences",
                                      "escalation", "deescalation", "military", "humanitarian", "economy", "verification"])
def test_each_frames_example_sentence_triggers_that_frame(frame_id):
    example = load_codebook().frame(frame_id).example
    assert frame_id in {row["category"] for row in evidence_of(example)}


def test_codebook_markdown_is_a_readable_document():
    md = codebook_markdown()
    for questions in SEMETKO_VALKENBURG.values():
        for question in questions:
            assert question.replace("|", "\\|") in md
    assert "## Matching rules" in md and "### Verification / scepticism (`verification`)" in md
    assert "`hedges_boosters.tsv`" in md
    assert codebook_markdown(max_indicators=2).count("...") > 10


def mutate(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda t: t + "\n[[frame\n", "not valid TOML"),
        (lambda t: mutate(t, 'family = "generic"', 'family = "generik"'), "family must be"),
        (lambda t: mutate(t, 'definition = "Emphasises conflict', 'definitio = "Emphasises conflict'), "'definition' is missing"),
        (lambda t: mutate(t, 'terms = ["winner",', 'terms = ["tensions", "winner",'), "indicator 'tensions' is written in item 'conflict_1' and in item 'conflict_4'"),
        (lambda t: mutate(t, "'time for (?:", "'time (for) (?:"), "capturing group"),
        (lambda t: mutate(t, 'lexicons = ["attribution_verbs.tsv"]', 'lexicons = ["no_such_file.tsv"]'), "no_such_file.tsv"),
        (lambda t: mutate(t, 'where = { group = "distancing" }', 'where = { group = "sceptical" }'), "no row of"),
        (lambda t: mutate(t, 'id = "morality"', 'id = "conflict"'), "duplicate frame or stance id 'conflict'"),
        (lambda t: mutate(t, "patterns = ['(?:harrowing", "pattern = ['(?:harrowing"), "item 'human_interest_5' has no indicators"),
        (lambda t: mutate(t, "length_exponent = 0.5", "length_exponent = 2"), "length_exponent must be a number from 0 to 1"),
        (lambda t: mutate(t, "length_exponent = 0.5", 'length_exponent = "half"'), "length_exponent must be a number from 0 to 1"),
    ],
)
def test_malformed_codebook_raises_instrument_error_naming_the_file(tmp_path, change, message):
    bad = tmp_path / "bad_codebook.toml"
    bad.write_text(change(CODEBOOK_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InstrumentError) as info:
        load_codebook(bad)
    assert "bad_codebook.toml" in str(info.value) or "no_such_file.tsv" in str(info.value)
    assert message in str(info.value)


def test_missing_codebook_raises_instrument_error(tmp_path):
    with pytest.raises(InstrumentError, match="not found"):
        load_codebook(tmp_path / "nope.toml")


# ---------------------------------------------------------------------------------------------
# Evidence: what triggers what (brief's cases, the seeds' own sentences, and what must not)
# ---------------------------------------------------------------------------------------------

SEED_ABP = "However, it is not clear from the Russian side how many troops are withdrawing from the Ukrainian border."
SEED_OPOYI = "Moscow, however, has consistently denied any such intention."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("However, it is not clear how many troops left.", ("verification", "verification_unclear", "it is not clear")),
        (SEED_ABP, ("verification", "verification_unclear", "it is not clear")),
        (SEED_ABP, ("deescalation", "deescalation_pullback", "withdrawing")),
        ("Some troops are returning to their bases.", ("deescalation", "deescalation_pullback", "returning to their bases")),
        ("We could be on the brink of war in Europe.", ("escalation", "escalation_imminence", "the brink of war")),
        ("Russia claimed the units had left.", ("attribution_distancing", "claim", "claimed")),
        ("Russia claimed the units had left.", ("verification", "verification_claim", "claimed")),
        (SEED_OPOYI, ("attribution_distancing", "deny", "denied")),
        (SEED_OPOYI, ("verification", "verification_denial", "denied")),
        ("Russia's defence ministry informed Tuesday that some troops are heading back.", ("attribution_assertive", "inform", "informed")),
        ("Russia's defence ministry informed Tuesday that some troops are heading back.", ("deescalation", "deescalation_pullback", "heading back")),
        ("It is believed to be the first attempt by Russia to de-escalate tensions.", ("hedge", "believed to", "It is believed")),
        ("It is believed to be the first attempt by Russia to de-escalate tensions.", ("deescalation", "deescalation_diplomacy", "de-escalate")),
        ("Western countries have continued to voice concerns over the 'imminent' threat of invasion.", ("escalation", "escalation_imminence", "imminent")),
        ("Western countries have continued to voice concerns over the 'imminent' threat of invasion.", ("conflict", "conflict_3", "Western countries")),
        ("Russia amasses soldiers on its borders.", ("escalation", "escalation_buildup", "amasses")),
        ("More than a dozen countries have asked their citizens and diplomats to leave Ukraine.", ("humanitarian", "humanitarian_evacuation", "leave Ukraine")),
        ("I urge that all issues be addressed exclusively through diplomacy.", ("morality", "morality_3", "I urge")),
        ("I urge that all issues be addressed exclusively through diplomacy.", ("responsibility", "responsibility_3", "through diplomacy")),
        ("But there is only a limited amount of time for him to do that.", ("responsibility", "responsibility_5", "limited amount of time")),
        ("Even if rich nations cut their use, demand elsewhere would grow.", ("responsibility", "responsibility_3", "Even if")),
        ("If countries keep burning coal, the target will be missed.", ("responsibility", "responsibility_3", "If countries")),
        # codebook 1.4: a level of government right before a capacity, intention or act, then an action or a policy
        ("The government must act before the floods return.", ("responsibility", "responsibility_1", "government must act")),
        ("Lawmakers proposed a new carbon tax on Monday.", ("responsibility", "responsibility_1", "Lawmakers proposed a new carbon tax")),
        ("The president signed an executive order.", ("responsibility", "responsibility_1", "president signed an executive order")),
        ("The city council said the city will ban plastic bags.", ("responsibility", "responsibility_1", "city will ban")),
        ("Regulators have the authority to limit emissions.", ("responsibility", "responsibility_1", "Regulators have the authority to limit")),
        ("The United States said it would keep its sanctions package ready.", ("economy", "economy_sanctions", "sanctions package")),
        ("The United States said it would keep its sanctions package ready.", ("economic_consequences", "economic_consequences_3", "sanctions")),
        ("Markets cheered, with the rouble gaining more than 2% against the dollar.", ("economic_consequences", "economic_consequences_1", "gaining")),
        ("The deal is worth $5 billion.", ("economic_consequences", "economic_consequences_1", "$5 billion")),
        ("Kuleba said Kyiv had seen no evidence of a pullback.", ("verification", "verification_unconfirmed", "no evidence")),
        ("It is clearly over.", ("booster", "clearly", "clearly")),
        ("RUSSIA SAYS TROOPS ARE LEAVING. NATO IS NOT CONVINCED.", ("attribution_neutral", "say", "SAYS")),
    ],
)
def test_sentence_triggers(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text, category, item",
    [
        ("Some Ukrainian soldiers warned of an award.", "escalation", "escalation_attack"),  # war not in warned/award
        ("The de-escalation began.", "escalation", "escalation_tension"),  # escalation not inside de-escalation
        ("Troops moved to the west of Ukraine.", "conflict", "conflict_3"),  # "the West" is case-sensitive
        ("However, it is not clear how many troops left.", "booster", "clearly"),  # "not clear" is no booster
        ("The ministry released a video showing tanks.", "human_interest", "human_interest_5"),  # neutral visual
        ("An anti-war rally.", "escalation", "escalation_attack"),
        ("Activists called for a boycott of the store.", "responsibility", "responsibility_5"),  # a demand, not urgency (1.3)
        ("What if it rains?", "responsibility", "responsibility_3"),  # "if" alone is no reasoning about a remedy
        ("The government must not ban cars.", "responsibility", "responsibility_1"),  # negated (1.4)
        ("The administration will never cut the budget.", "responsibility", "responsibility_1"),  # negated (1.4)
        ("The state will see more floods.", "responsibility", "responsibility_1"),  # no action or policy follows
        ("Officials cannot stop it.", "responsibility", "responsibility_1"),  # "can" inside "cannot"
        ("State officials warned that the plan would cut jobs.", "responsibility", "responsibility_1"),  # the actor is not right before
        ("", "verification", "verification_unclear"),
    ],
)
def test_sentence_does_not_trigger(text, category, item):
    assert not any(c == category and i == item for c, i, _m in triples(text))


def test_same_span_counts_for_different_frames_but_once_per_frame():
    rows = [r for r in evidence_of("Moscow claimed it.") if r["matched"] == "claimed"]
    assert sorted(r["category"] for r in rows) == ["attribution_distancing", "verification"]
    rows = evidence_of("We are on the brink of war.")
    assert [r["matched"] for r in rows if r["category"] == "escalation"] == ["the brink of war"]


@pytest.mark.parametrize("path", sorted(Path(__file__).resolve().parents[1].glob("data/raw/*.txt")), ids=lambda p: p.name)
def test_evidence_spans_point_into_body_and_into_their_sentence(path):
    doc = build_document({"id": path.stem, "outlet": "x"}, path.read_text(encoding="utf-8"))
    rows = find_evidence(doc)
    assert rows and all(tuple(row) == EVIDENCE_COLUMNS for row in rows)
    sentences = {s.number: s for s in doc.sentences}
    for row in rows:
        assert doc.body[row["start"] : row["end"]] == row["matched"]
        sentence = sentences[row["sentence"]]
        assert sentence.start <= row["start"] < sentence.end
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_empty_and_promo_only_documents_have_no_framing_rows():
    tables = framing_tables(build_document({"id": "e", "outlet": "W"}, T.EMPTY))
    assert tables["evidence"] == [] and tables["frames"] == [] and tables["articles"] == [{"article_id": "e"}]


def test_scorer_is_registered_with_its_columns():
    assert "framing" in [s.name for s in registered_scorers()]
    tables = schemas()
    assert tables["evidence"] == EVIDENCE_COLUMNS and tables["frames"] == FRAME_COLUMNS and tables["lead_frames"] == LEAD_COLUMNS
    assert "reporter_words" in tables["sentences"]
    assert set(ARTICLE_COLUMNS) <= set(tables["articles"])


# ---------------------------------------------------------------------------------------------
# Scores: every number in frames.csv recomputed from evidence.csv and sentences.csv
# ---------------------------------------------------------------------------------------------


def recompute_frames(evidence: pd.DataFrame, sentences: pd.DataFrame, categories: list[tuple[str, str]]) -> pd.DataFrame:
    """An independent recomputation with pandas (not analysis.framing) of frames.csv.

    Intervals: the article's sentences resampled with replacement (one set of 2,000 resamples
    per article: counts of sentences drawn with replacement, seed label ``(article_id, "sentences")``),
    each resample's share and rate recomputed here, then the 2.5th and 97.5th percentiles.
    """
    exponents = {frame.id: frame.length_exponent for frame in load_codebook().frames}  # read from the codebook, not framing
    rows = []
    for article_id, sents in sentences.groupby("article_id", sort=False):
        sents = sents.sort_values("sentence")
        numbers = sents["sentence"].to_numpy()
        words = sents["n_words"].to_numpy(dtype=float)
        reporter_words = float(sents["reporter_words"].sum())
        weights = resample_weights(len(numbers), seed=seed_for(article_id, "sentences"))
        ev = evidence[evidence["article_id"] == article_id]
        for frame, family in categories:
            counts = ev[ev["category"] == frame].groupby("sentence").size().reindex(numbers, fill_value=0).to_numpy(dtype=float)
            carrying = (counts > 0).astype(float)
            first = int(numbers[carrying.argmax()]) if carrying.any() else None
            shares = [float((w * carrying).sum() / len(numbers)) for w in weights]
            rates = [float(1000 * (w * counts).sum() / (w * words).sum()) for w in weights]
            if counts.sum():
                share_ci, rate_ci = np.percentile(shares, [2.5, 97.5]), np.percentile(rates, [2.5, 97.5])
            else:
                share_ci, rate_ci = (0.0, 0.0), (0.0, 0.0)
            rows.append({
                "article_id": article_id, "frame": frame, "family": family,
                "n_sentences": int(carrying.sum()), "share": carrying.mean(),
                "share_low": share_ci[0], "share_high": share_ci[1],
                "n_matches": int(counts.sum()), "n_indicators": int(ev.loc[ev["category"] == frame, "indicator"].nunique()),
                # the score compared with coders: different indicators per (thousands of words) ** the frame's exponent
                "frame_score": ev.loc[ev["category"] == frame, "indicator"].nunique() / (words.sum() / 1000) ** exponents[frame],
                "per_1000_words": 1000 * counts.sum() / words.sum(),
                "rate_low": rate_ci[0], "rate_high": rate_ci[1],
                "first_sentence": first,
                "first_position": math.nan if first is None else (list(numbers).index(first) / max(1, len(numbers) - 1)),
                "reporter_matches": int(((ev["category"] == frame) & (ev["voice"] == "reporter")).sum()),
                "reporter_per_1000_words": 1000 * ((ev["category"] == frame) & (ev["voice"] == "reporter")).sum() / reporter_words if reporter_words else math.nan,
            })
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    out = {}
    for name, manifest in (("seeds", None), ("multi_outlet", MULTI_OUTLET)):
        folder = tmp_path_factory.mktemp(name)
        argv = ["score", "--out", str(folder), "--no-progress"] + (["--manifest", str(manifest)] if manifest else [])
        assert cli_main(argv) == 0
        out[name] = {table: pd.read_csv(folder / f"{table}.csv", keep_default_na=True) for table in ("evidence", "frames", "sentences", "articles", "lead_frames")}
    return out


@pytest.mark.parametrize("corpus", ["seeds", "multi_outlet"])
def test_frames_csv_is_reproducible_from_evidence_and_sentences(scored, corpus):
    t = scored[corpus]
    categories = [(f.id, f.family) for f in load_codebook().frames]
    expected = recompute_frames(t["evidence"], t["sentences"], categories)
    frames = t["frames"]
    assert list(frames.columns) == list(FRAME_COLUMNS)
    assert len(frames) == len(expected) == t["sentences"]["article_id"].nunique() * len(categories)
    pd.testing.assert_frame_equal(
        frames.reset_index(drop=True), expected[list(FRAME_COLUMNS)].reset_index(drop=True),
        check_dtype=False, atol=2e-6, rtol=0,
    )


def test_article_summary_columns_agree_with_frames(scored):
    t = scored["seeds"]
    articles = t["articles"].set_index("article_id")
    frames = t["frames"].set_index(["article_id", "frame"])
    evidence, leads = t["evidence"], t["lead_frames"]
    for article_id, row in articles.iterrows():
        ev = evidence[evidence["article_id"] == article_id]
        reporter = ev[ev["voice"] == "reporter"]
        words = t["sentences"].loc[t["sentences"]["article_id"] == article_id, "reporter_words"].sum()
        assert row["reporter_words"] == words
        for column, category in (("hedges_per_1000_words", "hedge"), ("boosters_per_1000_words", "booster")):
            assert row[column] == pytest.approx(1000 * (reporter["category"] == category).sum() / words)
            assert row[column] == pytest.approx(frames.loc[(article_id, category), "reporter_per_1000_words"])
        statements = reporter[reporter["category"].str.startswith("attribution_") & (reporter["cue_role"] == "cue")]
        assert row["attribution_verbs"] == len(statements)
        assert row["distancing_verbs"] == (statements["category"] == "attribution_distancing").sum()
        lead = leads[leads["article_id"] == article_id]
        first = ev[ev["sentence"] == 1].query("family != 'stance'").groupby("category").size()
        assert dict(zip(lead["frame"], lead["n_matches"])) == first.to_dict()
        event = lead[lead["family"] == "event"]
        assert row["n_lead_event_frames"] == len(event)
        assert (row["lead_event_frame"] if isinstance(row["lead_event_frame"], str) else "") == (event["frame"].iloc[0] if len(event) == 1 else "")
    # The ABP Live seed opens on fear of attack, troops and their return: no single lead event frame.
    assert articles.loc["abplive-1513226", "dominant_event_frame"] == "deescalation"
    assert articles.loc["opoyi-106146", "distancing_verbs"] >= 1


# ---------------------------------------------------------------------------------------------
# Voice: the outlet's stance apart from the stance of the people it quotes
# ---------------------------------------------------------------------------------------------

def seed(article_id: str):
    root = Path(__file__).resolve().parents[1] / "data"
    row = pd.read_csv(root / "articles.csv", dtype=str).set_index("id").loc[article_id]
    return build_document({"id": article_id, "outlet": row["outlet"]}, (root / row["path"]).read_text(encoding="utf-8"))


def test_words_inside_quotation_marks_are_the_quoted_voice():
    rows = evidence_of('"It is possible, and it is true," the minister said. It is possible.')
    voices = [(r["category"], r["matched"], r["voice"]) for r in rows if r["family"] == "stance"]
    assert voices == [("hedge", "possible", "quoted"), ("booster", "true", "quoted"),
                      ("attribution_neutral", "said", "reporter"), ("hedge", "possible", "reporter")]
    summary = framing_tables(build_document({"id": "v", "outlet": "W"}, '"It is possible," he said. Troops left.'))["articles"][0]
    assert summary["hedges_per_1000_words"] == 0.0 and summary["reporter_words"] == 4


def test_seed_stance_is_the_reporters_own():
    opoyi = framing_tables(seed("opoyi-106146"))
    quoted = {(r["category"], r["matched"]) for r in opoyi["evidence"] if r["voice"] == "quoted" and r["family"] == "stance"}
    assert {("hedge", "possible"), ("booster", "true"), ("attribution_neutral", "urge")} <= quoted  # Le Drian's, Guterres's
    assert opoyi["articles"][0]["hedges_per_1000_words"] == 0.0 and opoyi["articles"][0]["boosters_per_1000_words"] == 0.0
    abp = framing_tables(seed("abplive-1513226"))
    hedges = [(r["matched"], r["voice"]) for r in abp["evidence"] if r["category"] == "hedge"]
    assert sorted(hedges) == [("It is believed", "reporter"), ("could", "quoted"), ("not clear", "reporter"), ("would", "quoted")]
    assert abp["articles"][0]["hedges_per_1000_words"] == pytest.approx(1000 * 2 / abp["articles"][0]["reporter_words"])


def test_an_attribution_chain_counts_once():
    text = '"Units will leave," AFP quoted a spokesperson as saying. Lavrov was quoted by TASS as saying talks go on.'
    rows = [(r["matched"], r["cue_role"]) for r in evidence_of(text) if r["category"].startswith("attribution_")]
    assert rows == [("quoted", "cue"), ("saying", "chain"), ("quoted", "cue"), ("saying", "chain")]
    assert framing_tables(build_document({"id": "c", "outlet": "W"}, text))["articles"][0]["attribution_verbs"] == 2
    # without the chain word, two verbs are two attributions
    two = framing_tables(build_document({"id": "d", "outlet": "W"}, "Peskov said talks go on. Lavrov added they would."))
    assert two["articles"][0]["attribution_verbs"] == 2


def test_abp_seed_quoted_as_saying_is_one_attribution():
    rows = [r for r in framing_tables(seed("abplive-1513226"))["evidence"] if r["sentence"] == 2 and r["category"] == "attribution_neutral"]
    assert [(r["matched"], r["cue_role"]) for r in rows] == [("quoted", "cue"), ("saying", "chain")]


@pytest.mark.parametrize("text", [T.CURLY, T.STRAIGHT, T.ALL_CAPS, 'He said "we go\n\nNext paragraph."', 'A "b" c "d e" f. G "h.', "No quotes at all."])
def test_reporter_words_are_the_words_outside_quotation_marks(text):
    doc = build_document({"id": "w", "outlet": "W"}, text)
    counts = reporter_word_counts(doc)
    for sentence in doc.sentences:
        reporter, _quoted = split_voices(sentence.text, sentence.start, doc.quotes)
        assert counts[sentence.number] == count_words(reporter)


# ---------------------------------------------------------------------------------------------
# The lead: every frame of the first sentence, no tie broken by counting words
# ---------------------------------------------------------------------------------------------


def test_lead_frames_list_every_frame_of_the_lead_sentence():
    tables = framing_tables(seed("opoyi-106146"))
    assert [(r["frame"], r["family"], r["n_matches"]) for r in tables["lead_frames"]] == [("military", "event", 3), ("deescalation", "event", 2)]
    summary = tables["articles"][0]
    assert summary["lead_event_frame"] == "" and summary["n_lead_event_frames"] == 2  # troops heading back: no single frame
    one = framing_tables(build_document({"id": "u", "outlet": "W"}, "Talks resumed in Geneva. Troops massed."))["articles"][0]
    assert (one["lead_event_frame"], one["n_lead_event_frames"]) == ("deescalation", 1)


def test_escalation_and_deescalation_never_count_the_same_span(scored):
    for corpus in ("seeds", "multi_outlet"):
        ev = scored[corpus]["evidence"]
        esc = ev[ev["category"] == "escalation"]
        de = ev[ev["category"] == "deescalation"]
        pairs = esc.merge(de, on="article_id", suffixes=("_e", "_d"))
        overlapping = pairs[(pairs["start_e"] < pairs["end_d"]) & (pairs["start_d"] < pairs["end_e"])]
        assert overlapping.empty, overlapping[["article_id", "matched_e", "matched_d"]]
    assert ("deescalation", "deescalation_diplomacy", "step away from the brink") in triples("Putin can step away from the brink.")
    assert not any(c == "escalation" for c, _i, _m in triples("Putin can step away from the brink."))


# ---------------------------------------------------------------------------------------------
# The bootstrap, checked by hand on a tiny article
# ---------------------------------------------------------------------------------------------


def test_bootstrap_interval_by_complete_enumeration():
    """Three sentences of 10 words, the frame in sentence 1 only. The complete bootstrap: all
    3**3 = 27 ordered draws of three sentences, equally likely. Sentence 1 is drawn k times in
    8 (k=0), 12 (k=1), 6 (k=2) and 1 (k=3) of them, so the 27 sorted shares are 8 x 0, 12 x 1/3,
    6 x 2/3, 1 x 1. Percentiles with linear interpolation at (27 - 1) * p: 2.5% -> position
    0.65, between two zeros: 0; 97.5% -> position 25.35, between 2/3 and 1: 2/3 + 0.35/3.
    Rates are 1000 k / 30 words: (0, 66.67 + 0.35 * 33.33)."""
    draws = [(a, b, c) for a in range(3) for b in range(3) for c in range(3)]
    weights = np.array([[d.count(i) for i in range(3)] for d in draws], dtype=float)
    rows = frame_scores([{"category": "conflict", "sentence": 1}], {1: 10, 2: 10, 3: 10}, article_id="tiny", weights=weights)
    conflict = next(r for r in rows if r["frame"] == "conflict")
    assert conflict["share"] == pytest.approx(1 / 3) and conflict["per_1000_words"] == pytest.approx(100 / 3)
    assert conflict["share_low"] == pytest.approx(0.0) and conflict["share_high"] == pytest.approx(2 / 3 + 0.35 / 3)
    assert conflict["rate_low"] == pytest.approx(0.0) and conflict["rate_high"] == pytest.approx(200 / 3 + 0.35 * 100 / 3)
    # the same by a tiny independent loop over the 27 resamples
    shares = sorted(sum(1 for i in d if i == 0) / 3 for d in draws)
    position = 0.975 * (len(shares) - 1)
    below = int(position)
    assert conflict["share_high"] == pytest.approx(shares[below] + (position - below) * (shares[below + 1] - shares[below]))


def test_intervals_are_deterministic_and_bracket_the_estimate(scored):
    frames = scored["seeds"]["frames"]
    carrying = frames[frames["n_matches"] > 0]
    assert (carrying["share_low"] <= carrying["share"] + 1e-9).all() and (carrying["share"] <= carrying["share_high"] + 1e-9).all()
    assert (carrying["rate_low"] <= carrying["per_1000_words"] + 1e-9).all() and (carrying["per_1000_words"] <= carrying["rate_high"] + 1e-9).all()
    assert np.isnan(frames.loc[frames["n_matches"] == 0, "first_position"]).all()
    doc = build_document({"id": "abplive-1513226", "outlet": "x"}, (Path(__file__).resolve().parents[1] / "data/raw/002_2ad01569b5cf55ed.txt").read_text(encoding="utf-8"))
    first, second = (pd.DataFrame(framing_tables(doc)["frames"]) for _ in range(2))
    pd.testing.assert_frame_equal(first, second)  # NaN-aware: same seeds, same intervals


# A user-edited codebook is data: markup in any of its values must reach the report as text.
HOSTILE_VALUES = {
    "title": "<script>alert('title')</script> Codebook",
    "definition": "Blame <img src=x onerror=alert('definition')> falls [here](javascript:alert(1)).",
    "source": "<a href=\"javascript:alert('source')\">Semetko</a> & Valkenburg `x` $y$",
    "example": "<script>alert('example')</script>\n\n# not a heading",
    "question": "Does the story <img src=x onerror=alert('question')> | blame ![i](http://evil.example/i.png) www.evil.example?",
}


def _hostile_codebook(tmp_path: Path) -> Path:
    import json

    text = CODEBOOK_FILE.read_text(encoding="utf-8")
    text = mutate(text, 'title = "Framing codebook', f"title = {json.dumps(HOSTILE_VALUES['title'])}\nold_title = \"Framing codebook")
    text = mutate(text, "rules = [\n", "rules = [\n    " + json.dumps("Rule <script>alert('rule')</script>") + ",\n")
    text = mutate(text, 'definition = "Presents an issue', f"definition = {json.dumps(HOSTILE_VALUES['definition'])}\nold_definition = \"Presents an issue")
    text = mutate(text, 'source = "Semetko & Valkenburg (2000), Journal of Communication 50(2): 93-109, attribution',
                  f"source = {json.dumps(HOSTILE_VALUES['source'])}\nold_source = \"Semetko & Valkenburg (2000), Journal of Communication 50(2): 93-109, attribution")
    text = mutate(text, 'example = "There is still time', f"example = {json.dumps(HOSTILE_VALUES['example'])}\nold_example = \"There is still time")
    text = mutate(text, 'question = "Does the story refer to winners and losers?"', f"question = {json.dumps(HOSTILE_VALUES['question'])}")
    text = mutate(text, 'terms = ["winner",', 'terms = ["onerror <img src=x onerror=alert(2)>", "winner",')
    path = tmp_path / "hostile_codebook.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_codebook_markdown_escapes_markup_in_a_user_edited_codebook(tmp_path):
    import lxml.html
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    codebook = load_codebook(_hostile_codebook(tmp_path))
    assert codebook.frame("conflict").items[3].indicators  # the hostile codebook loads
    md = codebook_markdown(codebook)
    assert "<script" not in md and "<img" not in md and "<a " not in md
    tree = lxml.html.fragment_fromstring(markdown2html_mistune(md), create_parent="div")
    structure = {"div", "h1", "h2", "h3", "a", "p", "ul", "li", "strong", "em", "code", "table", "thead", "tbody", "tr", "th", "td"}
    assert {el.tag for el in tree.iter()} <= structure, "no element comes from the codebook's values"
    anchors = [el for el in tree.iter("a")]
    assert all(a.get("class") == "anchor-link" and a.get("href", "").startswith("#") for a in anchors), "links are the headings' own anchors"
    for el in tree.iter():
        assert not any(name.startswith("on") or name == "src" for name in el.attrib), (el.tag, el.attrib)
    assert [h.text_content().rstrip("\u00b6") for h in tree.iter("h1")] == [" ".join(HOSTILE_VALUES["title"].split())]
    shown = " ".join(tree.text_content().split())
    for field, value in HOSTILE_VALUES.items():
        assert " ".join(value.split()) in shown, f"the {field} is shown as written"
    assert "onerror <img src=x onerror=alert(2)>" in shown and "Rule <script>alert('rule')</script>" in shown
    # The document keeps its structure: headings per family and frame, one table row per item.
    assert len(list(tree.iter("h3"))) == len(codebook.frames)
    assert len(list(tree.iter("table"))) == len(codebook.frames)


# --- frame_scores' vectorised totals against the per-frame loop it replaced ----------------------

from analysis.framing import relative_position  # noqa: E402
from analysis.stats import percentile_interval, sentence_resamples  # noqa: E402


def _reference_frame_scores(
    evidence: Sequence[Mapping[str, object]],
    sentence_words: Mapping[int, int],
    *,
    article_id: str,
    codebook: Codebook | None = None,
    reporter_words: Mapping[int, int] | None = None,
    weights: np.ndarray | None = None,
) -> list[Row]:
    """frame_scores before its column totals were vectorised (kept as the reference)."""
    codebook = codebook or load_codebook()
    numbers = sorted(sentence_words)
    if not numbers:
        return []
    words = np.array([sentence_words[n] for n in numbers], dtype=float)
    position = {n: i for i, n in enumerate(numbers)}
    counts: dict[str, np.ndarray] = {}
    reporter_counts: dict[str, int] = {}
    for row in evidence:
        category = str(row["category"])
        array = counts.setdefault(category, np.zeros(len(numbers)))
        array[position[int(row["sentence"])]] += 1  # type: ignore[call-overload]
        if row.get("voice", "reporter") == "reporter":
            reporter_counts[category] = reporter_counts.get(category, 0) + 1
    total_words = float(words.sum())
    total_reporter = float(sum(reporter_words.get(n, 0) for n in numbers)) if reporter_words is not None else total_words
    # One set of resamples of the article's sentences serves every category (and readability
    # and voice sentiment): each category's resampled sums are one matrix product.
    matrix = np.stack([counts.get(frame.id, np.zeros(len(numbers))) for frame in codebook.frames], axis=1)
    carrying_matrix = (matrix > 0).astype(float)
    if weights is None:
        weights = sentence_resamples(article_id, len(numbers))
    with np.errstate(divide="ignore", invalid="ignore"):
        share_samples = weights @ carrying_matrix / len(numbers)
        word_samples = weights @ words
        rate_samples = 1000.0 * (weights @ matrix) / word_samples[:, None]
        rate_samples[word_samples == 0] = np.nan
    share_low, share_high = percentile_interval(share_samples)
    rate_low, rate_high = percentile_interval(rate_samples)
    out: list[Row] = []
    for column, frame in enumerate(codebook.frames):
        per_sentence = matrix[:, column]
        carrying = carrying_matrix[:, column]
        n_matches = int(per_sentence.sum())
        if n_matches:
            share_ci = (float(share_low[column]), float(share_high[column]))
            rate_ci = (float(rate_low[column]), float(rate_high[column]))
            first: int | None = numbers[int(np.argmax(carrying))]
        else:
            share_ci = (0.0, 0.0)
            rate_ci = (0.0, 0.0) if total_words else (math.nan, math.nan)
            first = None
        out.append({
            "article_id": article_id,
            "frame": frame.id,
            "family": frame.family,
            "n_sentences": int(carrying.sum()),
            "share": float(carrying.mean()),
            "share_low": share_ci[0],
            "share_high": share_ci[1],
            "n_matches": n_matches,
            "per_1000_words": float(1000.0 * n_matches / total_words) if total_words else math.nan,
            "rate_low": rate_ci[0],
            "rate_high": rate_ci[1],
            "first_sentence": first,
            "first_position": relative_position(first, len(numbers)),
            "reporter_matches": reporter_counts.get(frame.id, 0),
            "reporter_per_1000_words": 1000.0 * reporter_counts.get(frame.id, 0) / total_reporter if total_reporter else math.nan,
        })
    return out


def test_frame_scores_equal_the_per_frame_loop():
    from analysis.framing import find_evidence, reporter_word_counts
    from tests.test_sources import corpus_texts

    texts = corpus_texts() + [T.ALL_CAPS, T.CURLY, T.DATELINE, "No frame here."]
    for k, text in enumerate(texts):
        doc = build_document({"id": f"t{k}", "outlet": "x"}, text)
        evidence = find_evidence(doc)
        words = {s.number: s.n_words for s in doc.sentences}
        reporter = reporter_word_counts(doc)
        new = frame_scores(evidence, words, article_id=doc.article_id, reporter_words=reporter)
        old = _reference_frame_scores(evidence, words, article_id=doc.article_id, reporter_words=reporter)
        exponents = {f.id: f.length_exponent for f in load_codebook().frames}
        for row in new:  # n_indicators and frame_score came after the reference: each indicator of the category once
            n = len({e["indicator"] for e in evidence if e["category"] == row["frame"]})
            assert row.pop("n_indicators") == n
            total = sum(words.values())
            assert row.pop("frame_score") == (n / (total / 1000) ** exponents[row["frame"]] if exponents[row["frame"]] else float(n))
        assert repr(new) == repr(old)
        assert [[type(v) for v in row.values()] for row in new] == [[type(v) for v in row.values()] for row in old]
