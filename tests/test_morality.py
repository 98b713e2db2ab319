"""The morality frame's indicators (codebook 1.4): what must and must not count as a moral
message, a religious reference or a prescription of conduct. Each case is a generic sentence,
not a climate one: the frame's words must hold in any news."""
from __future__ import annotations

import pytest

from analysis.framing import load_codebook


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rich nations have a moral obligation to help.", ("morality_1", "moral obligation")),
        ("We owe it to our children to get this right.", ("morality_1", "owe it to")),
        ("They are stealing from our children, she said.", ("morality_1", "stealing from our children")),
        ("The cruelty of the policy shocked many.", ("morality_1", "cruelty")),
        ("It was a heinous crime against innocent people.", ("morality_1", "heinous")),
        ("It was an honest mistake.", ("morality_1", "honest")),
        ("Voters want leaders who share their values.", ("morality_1", "their values")),
        ("We must care for the poor.", ("morality_1", "care for")),
        ("Pope Francis met the delegates.", ("morality_2", "Pope")),
        ("Islamic scholars disagreed.", ("morality_2", "Islamic")),
        ("Muslim voters turned out in numbers.", ("morality_2", "Muslim")),
        ("They believe God will judge them.", ("morality_2", "God")),
        ("Faith leaders signed the letter.", ("morality_2", "Faith leaders")),
        ("Patriarch Kirill blessed the troops.", ("morality_2", "Patriarch")),
        ("Christians gathered to protect God's creation.", ("morality_2", "God's creation")),
        ("Everyone should wear a mask in public.", ("morality_3", "Everyone should")),
        ("Leaders urged calm after the shooting.", ("morality_3", "urged calm")),
        ("We call on all parties to lay down their arms.", ("morality_3", "We call on")),
        ("Parents should set an example for their children.", ("morality_3", "set an example")),
    ],
)
def test_morality_indicator_fires(text, expected, frame_matches):
    assert expected in frame_matches(text, "morality")


@pytest.mark.parametrize(
    "text",
    [
        "Therein lies the problem.",  # "lies" is not lying
        "Property values fell by 5% last year.",  # values without an owner or a moral adjective
        "In principle, the agreement still holds.",
        "He was on duty at the time; customs duty rose.",  # duty without "to"
        "The Justice Department filed charges.",
        "The criminal justice system is slow.",
        "The Islamic State claimed the attack.",  # a group named after a religion
        "The Muslim Brotherhood was banned in 2013.",
        "The Christian Science Monitor reported it first.",
        "Oh my God, the train is derailing! Thank God nobody died.",  # exclamations
        "He acted in good faith and had faith in the courts.",
        "The senator urged colleagues to vote for the bill.",  # reported advocacy
        "The mayor called on residents to apply for grants.",
        "We need to invest in roads and bridges.",  # a need, not how to behave
        "The ethics committee met on Tuesday.",
        "It's a shame the match was cancelled.",  # regret, not reproach
        "Health care for veterans will expand.",
        "By virtue of its size, the state gets more seats.",
        "The threat to humanity is real.",
        "To be honest, the numbers are small.",
    ],
)
def test_morality_indicator_does_not_fire(text, frame_matches):
    assert frame_matches(text, "morality") == []


def test_morality_scores_different_indicators_and_the_example_fires(frame_matches):
    frame = load_codebook().frame("morality")
    assert ("morality_3", "I urge") in frame_matches(frame.example, "morality")
    # "God" (a pattern that skips exclamations) and "God's" are different indicators.
    found = frame_matches("They believe in God and in God's law.", "morality")
    assert [item for item, _ in found] == ["morality_2", "morality_2"] and {m for _, m in found} == {"God", "God's"}
