"""Speaker rules of issue 12, each phenomenon on texts of our own (not PolNeAR's)."""
from __future__ import annotations

import pytest

from analysis.document import build_document
from analysis.sources import document_quotes


def _quotes(text):
    return document_quotes(build_document({"id": "t", "outlet": "x"}, text))


def _pairs(text):
    return [(q.kind, q.speaker) for q in _quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Mayor Ann Tully dismissed the audit as "a fishing trip" on Monday.', [("partial", "Mayor Ann Tully")]),
        ('In a letter, the union called the offer "an insult".', [("partial", "the union")]),
        ('It is odd that the plan was called "bold".', [("partial", "")]),
    ],
)
def test_a_quoted_fragment_without_cue_takes_the_clause_subject(text, expected):
    assert _pairs(text) == expected


def test_surname_and_pronoun_link_to_the_full_name_without_gazetteer():
    text = 'Robert Egge said the plan had failed.\n\n"It is over," Mr. Egge said. "We lost," he added.'
    assert [(q.speaker, q.speaker_name, q.bloc) for q in _quotes(text)] == [
        ("Robert Egge", "Robert Egge", "unknown"), ("Mr. Egge", "Robert Egge", "unknown"), ("he", "Robert Egge", "unknown"),
    ]


def test_a_role_links_to_the_speaker_who_held_it():
    text = 'Port spokesman Jan Ode said ships were waiting. "We are full," the spokesman said.'
    assert [q.speaker_name for q in _quotes(text)] == ["Jan Ode", "Jan Ode"]


def test_a_pronoun_goes_to_the_articles_person_not_a_gazetteer_namesake():
    text = 'Gary Johnson spoke in Denver. "We will win," Johnson said. "I mean it," he added.'
    got = [(q.speaker_name, q.speaker_canonical) for q in _quotes(text)]
    assert got == [("Gary Johnson", ""), ("Gary Johnson", "")]


def test_many_pronoun_quotes_resolve_to_the_one_speaker():
    text = "Ann Tully spoke.\n\n" + " ".join(f'"Point {i}," she said.' for i in range(300))
    assert {q.speaker_name for q in _quotes(text)} == {"Ann Tully"}


@pytest.mark.parametrize("text", ["Officials said, and said again, that troops left.", ". quoted as said but denied Mr."])
def test_a_coordinated_cue_without_and_before_it_does_not_crash(text):
    assert all(q.kind == "indirect" for q in _quotes(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("White House officials say the move was a natural step.", [("indirect", "White House officials", "say")]),
        ("Ann Tully says the budget is balanced this year.", [("indirect", "Ann Tully", "says")]),
        ("The board wants to say the budget is balanced.", []),
        ("Ann Tully tweeted the vote was rigged from the start.", [("indirect", "Ann Tully", "tweeted")]),
        ("Ann Tully argued the vote was rigged from the start.", [("indirect", "Ann Tully", "argued")]),
        ('"We are done," Ann Tully continued.', [("direct", "Ann Tully", "continued")]),
        ("The fighting continued the whole night in the city.", []),
    ],
)
def test_cue_verbs_and_zero_that_present_tense(text, expected):
    assert [(q.kind, q.speaker, q.cue_verb) for q in _quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rep. Ann Roe (D-Md.) said the bill failed in the end.", [("indirect", "Rep. Ann Roe")]),
        ("The plan failed badly in the end, said Robert Egge, executive director of the group.", [("indirect", "Robert Egge")]),
        ("Murphy, though, said he is with the governor on this.", [("indirect", "Murphy")]),
        ("Podesta told the AP his firm worked closely with the charity.", [("indirect", "Podesta")]),
        ("The deal, he argued, would help the region grow.", [("indirect", "he")]),
        ("Smith said the vote was over, noting that turnout fell sharply.", [("indirect", "Smith"), ("indirect", "Smith")]),
    ],
)
def test_speaker_phrase_boundaries_of_indirect_speech(text, expected):
    assert _pairs(text) == expected
