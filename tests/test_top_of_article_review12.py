"""Must-not rows from the review of this session's top-of-article rules (r12t).

Each row is a body line of news that a rule of :mod:`analysis.header_labels`,
:mod:`analysis.header_lines`, :mod:`analysis.captions` or :mod:`analysis.body_edges` removed;
each test checks the line stays in the body (and, where the rule still has a job, that the job
is still done).
"""
from __future__ import annotations

import pytest

from analysis.clean import clean_text

P = (
    "Officials said the measure would take effect next month after a lengthy review by the regional council, "
    "which had debated it for a year."
)
P2 = "The council's leader said the delay had cost the region dearly and promised a faster process for the next one."
P3 = "Opposition members voted against the plan, arguing that it did too little for the poorest districts of the region."


def _reasons(cleaned) -> dict[str, str]:
    return {r.text: r.reason for r in cleaned.removed}


# ---------------------------------------------------------------- 1. title case with a full stop in the body
@pytest.mark.parametrize(
    "sentence", ["The Rolling Stones Play Hyde Park Again on Saturday.", "Winds Reached 100 MPH in Places."]
)
def test_a_title_case_sentence_below_a_kept_sentence_stays(sentence: str) -> None:
    cleaned = clean_text(f"Stones return to London\n\nIt is official.\n\n{sentence}\n\n{P}")
    assert sentence in cleaned.body, _reasons(cleaned).get(sentence)


@pytest.mark.parametrize(
    "sentence", ["The Rolling Stones Play Hyde Park Again on Saturday.", "Winds Reached 100 MPH in Places."]
)
def test_a_title_case_sentence_under_a_headline_stays(sentence: str) -> None:
    cleaned = clean_text(f"Stones return to London\n\n{sentence}\n\n{P}")
    assert sentence in cleaned.body, _reasons(cleaned).get(sentence)


def test_a_title_case_first_line_that_the_paragraph_goes_on_from_stays() -> None:
    below = "And they tore roofs off houses along the coast and left thousands without power for most of the night."
    cleaned = clean_text(f"Winds Reached 100 MPH in Places.\n\n{below}\n\n{P}")
    assert cleaned.body.startswith("Winds Reached 100 MPH in Places."), _reasons(cleaned)


def test_a_title_case_first_line_with_a_stop_is_still_the_headline() -> None:
    cleaned = clean_text(f"Clinton Swipes At Trump Over Brexit.\n\n{P}\n\n{P2}")
    assert _reasons(cleaned).get("Clinton Swipes At Trump Over Brexit.") == "top:headline"


# ---------------------------------------------------------------- 2. a question opening a text is its headline
# (review12 first kept these as a paste's lede; measured, such a first line is a headline: PolNeAR's 5 texts
# opening so, 3 dev page lines, no body line; header_labels.question_headline)
@pytest.mark.parametrize(
    "question",
    [
        "Who is Keir Starmer?",
        "Where did the money go?",
        "Is the economy finally turning a corner?",
        "Should London host the 2036 Olympics?",
        "Can Labour win Scotland back?",
    ],
)
def test_a_question_opening_a_text_alone_is_its_headline(question: str) -> None:
    cleaned = clean_text(f"{question}\n\n{P}")
    assert _reasons(cleaned).get(question) == "top:headline"
    assert cleaned.body.startswith(P[:40])


@pytest.mark.parametrize(
    "question",
    [
        "What would you do with an extra hour a day?",  # it asks its reader
        '"Where is my son?"',  # a quotation
    ],
)
def test_a_question_lede_that_asks_the_reader_or_quotes_stays(question: str) -> None:
    cleaned = clean_text(f"{question}\n\n{P}")
    assert question.strip('"') in cleaned.body


# ---------------------------------------------------------------- 3. a short opening line ending in a colon
@pytest.mark.parametrize("line", ["Here's the thing:", "The bottom line:", "Consider the numbers:", "First, the facts:"])
def test_a_short_opening_line_with_a_colon_stays(line: str) -> None:
    cleaned = clean_text(f"{line}\n\n{P}")
    assert line in cleaned.body, _reasons(cleaned).get(line)
    cleaned = clean_text(f"Council delays the plan\n\n{line}\n\n{P}\n\n{P2}")  # under a headline too
    assert line in cleaned.body, _reasons(cleaned).get(line)


@pytest.mark.parametrize("label", ["Share post:", "Published:", "Next Up:"])
def test_a_header_label_under_a_headline_still_goes(label: str) -> None:
    cleaned = clean_text(f"Swimming ends with records\n\n{label}\n\n{P}\n\n{P2}")
    assert label not in cleaned.body and P in cleaned.body


# ---------------------------------------------------------------- 4. a dateline in capitals is no speaker
def test_a_capitals_dateline_with_a_colon_is_no_speaker() -> None:
    lede = "NEW DELHI: Schools in the capital will stay shut until Friday."
    below = "Delhi Education Minister Atishi said the decision was taken because of the severe air pollution this week."
    body = clean_text(f"{lede}\n\n{below}").body
    assert "Schools in the capital will stay shut until Friday." in body and below in body


# ---------------------------------------------------------------- 5. an irregular past tense after a participle
@pytest.mark.parametrize(
    "sentence",
    [
        "Demonstrators marching toward parliament threw stones at police in Nairobi on Tuesday.",
        "A man carrying a knife struck two people outside a mosque in Oslo on Friday.",
        "Migrants crossing the Channel in small boats hit a record in August.",
        "Voters casting ballots in the runoff chose a new president in Buenos Aires on Sunday.",
    ],
)
def test_a_body_sentence_with_an_irregular_past_is_no_caption(sentence: str) -> None:
    cleaned = clean_text(f"Protests spread across the region\n\n{sentence}\n\n{P}\n\n{P2}")
    assert sentence in cleaned.body, _reasons(cleaned).get(sentence)


# ---------------------------------------------------------------- 6. a four-word crosshead near the end
def test_a_four_word_crosshead_near_the_end_keeps_its_paragraph() -> None:
    closing = "Rebuilding will take years, the mayor said, and will cost billions of dollars that the town does not have."
    cleaned = clean_text("\n\n".join(["Town counts the cost", P, P2, P3, "The Long Road Ahead", closing]))
    assert closing in cleaned.body, _reasons(cleaned).get(closing)


@pytest.mark.parametrize(
    "caption",
    [
        "Workers clearing the ground in Gaza City on Monday.",  # "ground" after "the": a noun, no past
        "Residents wading through a flooded street in Mosul on Sunday.",
        "Firefighters spraying water on a burning house in Paradise, California.",
    ],
)
def test_a_participle_caption_with_a_noun_spelled_as_a_past_is_still_a_caption(caption: str) -> None:
    from analysis.captions import is_scene_caption

    assert is_scene_caption(caption)


def test_an_exclamation_opening_a_text_alone_stays_its_lede() -> None:
    """A lede may call out; an exclamation is the headline only with the header's evidence around it."""
    cleaned = clean_text(f"What a night for Leicester!\n\n{P}")
    assert cleaned.body.startswith("What a night for Leicester!"), _reasons(cleaned)
    cleaned = clean_text(f"Floods kill 40!\n\nBy Jane Roe\n\n{P}")  # over a byline: top matter (the standfirst rule names it first)
    assert _reasons(cleaned).get("Floods kill 40!", "").startswith("top:")
