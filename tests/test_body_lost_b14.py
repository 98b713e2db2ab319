"""Body lines lost and leads on the fifteenth and sixteenth rounds' dev pages (b14): each rule
as must and must-not cases, written by shape and context (no page's words)."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text

# ---------------------------------------------------------------- a scene caption that is the only paragraph
SCENE = "Devotees walk barefoot behind the carriage during the procession in Manila, Philippines, on Tuesday, Jan. 9, 2024."
FORM = ["Get the latest news", "delivered to your inbox", "Sign up for our newsletters", "By signing up with an email address, I acknowledge that I have read and agree to the", "Terms of Service and"]
BODY = [
    "The blessing has been held every year since 1952, the parish priest told reporters, and drew more boats than ever this year.",
    "Local officials said the harbour would stay closed to traffic until the afternoon while the procession of boats went on.",
]


@pytest.mark.parametrize(
    ("units", "kept"),
    [
        # a video page: the scene is its one paragraph, the rest a form's broken lines
        ([SCENE, *FORM], True),
        (["Video by Jane Roe", SCENE, *FORM], True),
        # a picture's caption above the body still goes, at the top or inside it
        ([SCENE, *BODY], False),
        ([SCENE, *BODY, *FORM], False),
    ],
)
def test_scene_caption_that_is_the_only_prose(units: list[str], kept: bool) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert (SCENE in cleaned.body) is kept, cleaned.removed
    assert all(paragraph in cleaned.body for paragraph in BODY if paragraph in units)


# ---------------------------------------------------------------- a quotation run over paragraphs, and its pull quote
BIRDS = [
    "Biologists have named a new species of frog found in a museum drawer, the first in the region for forty years.",
    "The specimen was identified by Maria Lopez, a biologist at the Andes Institute of Natural History, while she was cataloguing old collections.",
]
SPLIT = [
    "She said: 'Many biologists dream of discovering a new species somewhere deep in the forest.",
    "But to find one sitting in our own drawers is a real surprise for all of us.'",
]
WHOLE = "'Many biologists dream of discovering a new species somewhere deep in the forest. But to find one sitting in our own drawers is a real surprise for all of us.'"
AFTER = [
    "Genetic tests later showed that the frog belonged to no species known to science, the institute said in a statement.",
    "A second specimen was found in another collection last year, and field teams will search the valley where both were caught.",
]


@pytest.mark.parametrize(
    ("units", "body", "gone"),
    [
        # the body runs the quotation over two paragraphs; the page prints it whole, with its speaker's line
        ([*BIRDS, *SPLIT, AFTER[0], WHOLE, "Maria Lopez, Andes Institute of Natural History", AFTER[1]], SPLIT, [WHOLE, "Maria Lopez, Andes Institute"]),
        ([*BIRDS, WHOLE, *SPLIT, *AFTER], SPLIT, [WHOLE]),
        # the body's quotation in one paragraph: the shorter copy is the pull quote, as before
        ([*BIRDS, "She said: " + WHOLE, AFTER[0], SPLIT[0].removeprefix("She said: "), *AFTER[1:]], ["She said: " + WHOLE], [SPLIT[0].removeprefix("She said: ")]),
        # a name line the body does not name stays
        ([*BIRDS, *SPLIT, AFTER[0], WHOLE, "John Smith, Institute of Frogs", AFTER[1]], SPLIT + ["John Smith, Institute of Frogs"], [WHOLE]),
    ],
)
def test_quotation_run_over_paragraphs_and_its_pull_quote(units: list[str], body: list[str], gone: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert all(paragraph in cleaned.body for paragraph in [*BIRDS, *body, *AFTER]), cleaned.removed
    removed = [r.text for r in cleaned.removed if r.reason == "pull_quote"]
    assert all(any(r.startswith(text) for r in removed) for text in gone), cleaned.removed
    assert len(removed) == len(gone), cleaned.removed


# ---------------------------------------------------------------- a lead-in in capitals opens the body
APPEAL = ["We need your help now", "Support from readers like you keeps this site open.", "If you have seen value in our reporting, please contribute what you can, so we can keep producing accurate and meaningful journalism for everyone."]
HEADER = ["Almost 60,000 students received their exam results earlier this week.", "Exam results", "College offers are out - so what happens next?", "Thousands of students received offers for college places today."]
LEAD_IN = "ROUND ONE OF the college offers were released at 2pm today for tens of thousands of students across the country."
PLAIN_LEAD = "Round one of the college offers were released at 2pm today for tens of thousands of students across the country."
REST = [
    "There were 77,000 applications this year, the admissions office said, and most applicants received an offer in the first round.",
    "Students have until next week to accept their offers, and further rounds will take place throughout August and September.",
]


@pytest.mark.parametrize(
    ("units", "lead"),
    [
        ([*APPEAL, *HEADER, LEAD_IN, *REST], LEAD_IN),
        ([HEADER[2], LEAD_IN, *REST], LEAD_IN),
        # an acronym after "A" is no lead-in; neither is a label in capitals with no sentence
        (["College offers are out for thousands of students", "A CNN poll released on Tuesday showed that most students were satisfied with the first round of offers.", *REST], "A CNN poll released on Tuesday"),
    ],
)
def test_lead_in_in_capitals_opens_the_body(units: list[str], lead: str) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert cleaned.body.startswith(lead), cleaned.removed
    assert all(paragraph in cleaned.body for paragraph in REST)


def test_without_a_lead_in_the_header_is_read_as_before() -> None:
    # the same page with its lead in lower case: the lead-in rule changes nothing
    cleaned = clean_text("\n\n".join([*HEADER, PLAIN_LEAD, *REST]))
    assert not any(r.reason == "top:above_lead_in" for r in cleaned.removed)
    assert PLAIN_LEAD in cleaned.body
