"""Body lines lost and leads on the sixteenth and seventeenth rounds' dev pages (b14): each rule
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
