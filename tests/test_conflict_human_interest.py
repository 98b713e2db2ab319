"""The conflict and human-interest frames' indicators (codebook 1.5, narrowed in 1.6): what must and must not count
as disagreement, reproach, sides, winners and losers, a human face, emotion, how people are
affected and actors' private lives. Each case is a generic sentence, not a climate one: the
frames' words must hold in any news."""
from __future__ import annotations

import pytest

from analysis.framing import load_codebook


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fight between parties is conflict; fighting a problem is not (below)
        ("The union will fight the layoffs in court.", ("conflict_1", "fight")),
        ("The two families fought over the land for years.", ("conflict_1", "fought")),
        ("Parents are battling the school board over the new rules.", ("conflict_1", "battling")),
        ("The party is divided over the new leader.", ("conflict_1", "divided")),
        ("Talks ended in gridlock after the vote.", ("conflict_1", "gridlock")),
        ("An appeals court overturned the ban on Friday.", ("conflict_1", "overturned the ban")),
        ("The minister's refusal angered the unions.", ("conflict_1", "refusal")),
        ("Economists cast doubt on the figures.", ("conflict_1", "cast doubt on the figures")),
        ("Residents are skeptical of the plan.", ("conflict_1", "skeptical of")),
        ("The mayor lambasted the council's decision.", ("conflict_2", "lambasted")),
        ("Rights groups decried the arrests.", ("conflict_2", "decried")),
        ("The senator hit out at the governor's budget.", ("conflict_2", "hit out at")),
        ("The ad falsely claims the mayor raised taxes.", ("conflict_2", "falsely")),
        ("The opposition says the move will undermine the courts.", ("conflict_2", "undermine")),
        ("Detractors say the stadium is a waste of money.", ("conflict_3", "Detractors")),
        ("It was a narrow victory for the incumbent.", ("conflict_4", "victory")),
        ("Landlords stand to gain the most from the change.", ("conflict_4", "stand to gain")),
    ],
)
def test_conflict_indicator_fires(text, expected, frame_matches):
    assert expected in frame_matches(text, "conflict")


@pytest.mark.parametrize(
    "text",
    [
        "The city unveiled a plan to fight climate change.",  # fighting a problem, not a party
        "Doctors are fighting cancer with a new drug.",
        "The new fund will help fight poverty in rural areas.",
        "Crews spent the night battling wildfires near the town.",
        "Volunteers fought the fires for three days.",
        "The battle against the pandemic is not over.",
        "The region is divided into three districts.",  # a division of land, not of opinion
    ],
)
def test_conflict_indicator_does_not_fire(text, frame_matches):
    assert frame_matches(text, "conflict") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A local who has run the bakery for 30 years said sales fell.", ("human_interest_1", "A local")),
        ("Farmers lost most of the harvest.", ("human_interest_1", "Farmers")),
        ("Homeowners were told to leave by noon.", ("human_interest_1", "Homeowners")),
        ("Maria Lopez, who lives in the valley, watched the water rise.", ("human_interest_1", "who lives in")),
        ("It has been a nightmare for the families.", ("human_interest_2", "nightmare")),
        ("The town is mourning three teenagers.", ("human_interest_2", "mourning")),
        ("The survivors described the horror of that night.", ("human_interest_2", "horror")),
        ("It is a heartless policy, she said.", ("human_interest_2", "heartless")),
        ("Sadly, nobody came to help.", ("human_interest_2", "Sadly")),
        ("They were forced to leave their village.", ("human_interest_3", "forced to leave their village")),
        ("The fraud cost them their life savings.", ("human_interest_3", "life savings")),
        ("The senator spoke about his personal struggle with addiction.", ("human_interest_4", "his personal struggle")),
    ],
)
def test_human_interest_indicator_fires(text, expected, frame_matches):
    assert expected in frame_matches(text, "human_interest")


@pytest.mark.parametrize(
    "text",
    [
        "Investors fear a recession next year.",  # expectation, not emotion
        "Analysts feared the bank would raise rates.",
        "Markets showed no sign of panic.",
        "The feeling among analysts is that rates will rise.",
        "I'm afraid the figures are incomplete.",
        "Personal income rose by 2% in May.",  # "personal" is mostly not private life
        "The company collects personal data.",
        "Lawmakers personally signed the letter.",
    ],
)
def test_human_interest_indicator_does_not_fire(text, frame_matches):
    assert frame_matches(text, "human_interest") == []


def test_a_fight_and_a_fight_against_a_problem_in_one_article(frame_matches):
    # Both senses in one text: only the fight between parties counts, once per indicator.
    found = frame_matches("The union will fight the closure. It also wants to fight poverty.", "conflict")
    assert found == [("conflict_1", "fight")]


def test_the_frames_examples_still_fire(frame_matches):
    codebook = load_codebook()
    assert frame_matches(codebook.frame("conflict").example, "conflict")
    assert frame_matches(codebook.frame("human_interest").example, "human_interest")
