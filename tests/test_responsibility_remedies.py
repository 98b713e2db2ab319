"""Codebook 1.7: remedies the responsibility frame reads in any news. NFC's articles with the
resolution frame that the codebook scored lowest took remedies it did not read: a party taken to
court, an emergency declared, an actor's commitment to an act, a call on someone to act, a crisis
averted, reforms. The sentences come from war, crime, election and business news: each row names
the item and the words that must match, or the item that must stay silent (a threat, a campaign
promise to win, eyes averted and a party's name are no remedies)."""
from __future__ import annotations

import pytest

FIRES = [
    # courts: a party held responsible, a remedy sought from it
    ("The families filed a lawsuit against the police department.", "responsibility_4", "lawsuit"),
    ("Shareholders brought lawsuits against the bank's board.", "responsibility_4", "lawsuits"),
    ("A judge granted an injunction halting the eviction.", "responsibility_4", "injunction"),
    # urgency declared
    ("The governor declared a state of emergency after the riots.", "responsibility_5", "state of emergency"),
    # an actor's commitment to an act
    ("The mayor vowed to reopen the shelters before winter.", "responsibility_3", "vowed to"),
    ("The new chief vows to rebuild trust with the community.", "responsibility_3", "vows to"),
    ("Both candidates promised to cut the deficit.", "responsibility_3", "promised"),
    ("The ministry is promising to end the backlog by June.", "responsibility_3", "promising to"),
    # a call on someone to take a named course of action
    ("Diplomats urged both sides to end the fighting.", "responsibility_3", "urged both sides to end"),
    ("The union urges lawmakers to pass the wage bill.", "responsibility_3", "urges lawmakers to pass"),
    # a crisis averted, reform
    ("Last-minute talks averted a rail strike.", "responsibility_3", "averted"),
    ("The deal could avert a government shutdown.", "responsibility_3", "avert"),
    ("Activists demand police reform after the shooting.", "responsibility_3", "reform"),
    ("The bank announced reforms to its lending rules.", "responsibility_3", "reforms"),
]

SILENT = [
    # threats, revenge and campaigning are no commitment to a remedy
    ("The militia vowed to retaliate for the strike.", "responsibility_3"),
    ("The gang vowed to avenge their leader.", "responsibility_3"),
    ("Rebels vowed to fight on until the capital falls.", "responsibility_3"),
    ("The candidate promised to win the state.", "responsibility_3"),
    ("He promised to stay in the race.", "responsibility_3"),
    ("She vowed not to resign.", "responsibility_3"),
    ("It promises to be a close election.", "responsibility_3"),
    # urging without an act named
    ("Police urged residents to stay indoors.", "responsibility_3"),
    # eyes averted; a party named Reform
    ("The witness averted her eyes from the defendant.", "responsibility_3"),
    ("Reform UK won two seats.", "responsibility_3"),
    # a court ruling is a contest, not a lawsuit: nothing in the responsibility items
    ("The court ruled on Friday.", "responsibility_4"),
    ("Officials said the emergency services arrived quickly.", "responsibility_5"),
]


@pytest.mark.parametrize(("text", "item", "words"), FIRES)
def test_remedy_counts(frame_matches, text, item, words):
    assert (item, words) in frame_matches(text, "responsibility")


@pytest.mark.parametrize(("text", "item"), SILENT)
def test_not_a_remedy(frame_matches, text, item):
    found = frame_matches(text, "responsibility")
    assert item not in {i for i, _ in found}, found
