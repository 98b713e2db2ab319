"""The next story printed in full under the article, under the page's header printed again
(analysis.next_story; the eleventh site sets, s472-s476). The texts are made up."""
from __future__ import annotations

from analysis.clean import clean_text

STORY = [
    "Police restore calm at Walewale primary, one person arrested",
    "Police restored calm in Walewale on Sunday after a disruption during the counting of votes in the party's primary.",
    "One person was arrested for damaging ballot papers and is helping the police with their investigation, officers said.",
    "Security has since been strengthened in the town and its surroundings to keep law and order.",
]
NEXT = [
    "Christmas markets crowded but sales low, vendors say",
    "Vendors of food and other wares said they were surprised by low sales despite the crowds in the capital's markets.",
    "The markets have stretched onto the pavements, leaving narrow spaces for people to pass.",
]


def test_the_section_label_printed_again_opens_the_next_story() -> None:
    cleaned = clean_text("\n\n".join(["Politics", *STORY, "Politics", *NEXT]))
    assert STORY[1] in cleaned.body and STORY[3] in cleaned.body
    for unit in NEXT:
        assert unit not in cleaned.body
    assert ("next_story", NEXT[1]) in [(r.reason, r.text) for r in cleaned.removed]


def test_a_date_line_of_the_headers_shape_opens_the_next_story() -> None:
    text = "\n\n".join([STORY[0], "posted on 19/11/2014", *STORY[1:], NEXT[0], "posted on 17/11/2014", *NEXT[1:]])
    cleaned = clean_text(text)
    assert STORY[3] in cleaned.body
    assert NEXT[1] not in cleaned.body and NEXT[2] not in cleaned.body


def test_an_advert_label_over_a_crosshead_is_no_next_story() -> None:
    units = ["Advertisement", *STORY, "Advertisement", "What Happens Next", *NEXT[1:]]
    cleaned = clean_text("\n\n".join(units))
    assert NEXT[1] in cleaned.body and NEXT[2] in cleaned.body


def test_a_section_label_over_a_short_crosshead_is_no_next_story() -> None:
    units = ["Politics", *STORY, "Politics", "The Count Resumes", *NEXT[1:]]
    assert NEXT[1] in clean_text("\n\n".join(units)).body


def test_dates_of_the_headers_shape_over_a_timelines_entries_are_no_next_story() -> None:
    # a timeline prints its dates between paragraphs written in sentences, and more than one of them
    timeline = [
        STORY[0], "posted on 19/11/2014", *STORY[1:],
        "Counting was suspended for the night by the party's officials in the district",
        "posted on 20/11/2014", "Officials resumed the count under police guard on the next morning.",
        "posted on 21/11/2014", "The electoral body declared the winner late on Friday night.",
    ]
    body = clean_text("\n\n".join(timeline)).body
    assert "Officials resumed the count under police guard on the next morning." in body
    assert "The electoral body declared the winner late on Friday night." in body
