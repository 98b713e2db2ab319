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


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("''We will win,'' Ann Tully said.", [("direct", "Ann Tully", "We will win")], id="two-apostrophes"),
        pytest.param('Jo Bird spoke first.\n\n"Is that OK?" Ann Tully said.', [("direct", "Ann Tully", "Is that OK?")], id="question-then-capital"),
        pytest.param('Jo Bird spoke first.\n\n"Go home!" Ann Tully shouted.', [("direct", "Ann Tully", "Go home!")], id="exclamation-then-capital"),
        pytest.param('Windsor Mann, editor of The Week: "The party is over."', [("direct", "Windsor Mann, editor of The Week", "The party is over.")], id="colon-without-verb"),
        pytest.param('"I was the one saying it." - Hillary Clinton.', [("direct", "Hillary Clinton", "I was the one saying it.")], id="dash-after-quote"),
        pytest.param('Ann Tully attacked Jo Bird for his support of the war, saying "it was a mistake."', [("partial", "Ann Tully", "it was a mistake.")], id="participle-prefix"),
        pytest.param('"We lost," Mr. Tully said, "and to say otherwise is wrong."', [("direct", "Mr. Tully", "We lost"), ("direct", "Mr. Tully", "and to say otherwise is wrong.")], id="split-quotation-stays-direct"),
        pytest.param('"We go. " he said. "Next."', [("direct", "he", "We go."), ("direct", "he", "Next.")], id="closing-mark-after-space"),
        pytest.param('\u201cWe go,\u201c she said. Troops left at noon.', [("direct", "she", "We go")], id="opening-curly-used-to-close"),
        pytest.param('NATO chief Jo Bird said: "Troops are massing," BBC reported.', [("direct", "NATO chief Jo Bird", "Troops are massing")], id="medium-after-prefix-attribution"),
        pytest.param('Ann Tully said:\n\n\u2022 "Jobs come first."\n\n\u2022 "Taxes come second."', [("direct", "Ann Tully", "Jobs come first."), ("direct", "Ann Tully", "Taxes come second.")], id="bullet-points"),
    ],
)
def test_quotation_rules_of_issue_12(text, expected):
    assert [(q.kind, q.speaker, q.text) for q in _quotes(text)] == expected


def test_a_medium_after_a_prefix_attribution_is_via():
    q = _quotes('NATO chief Jo Bird said: "Troops are massing," BBC reported.')[0]
    assert (q.speaker, q.via) == ("NATO chief Jo Bird", "BBC")


def test_a_title_in_quotation_marks_is_no_quotation():
    assert _pairs('Ann Tully told NBC\'s "Meet the Press" that taxes would fall next year.') == [("indirect", "Ann Tully")]


def test_a_comma_inside_a_number_is_no_phrase_boundary():
    got = _pairs("Russia has massed more than 100,000 troops near the border and said it would not invade.")
    assert got == [("indirect", "Russia")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('"We lost" if turnout fell, said David Roe, an analyst.', [("direct", "David Roe")], id="inversion-after-a-clause"),
        pytest.param('"Integration increases over time," the report concluded.', [("direct", "the report")], id="quote-only-cue"),
        pytest.param('Ann Tully issued the following statement: "Our prayers are with them."', [("direct", "Ann Tully")], id="colon-after-a-clause"),
        pytest.param('Jo Bird spoke.\n\n"You know, right?" Ann Tully went on, as if she had not heard.', [("direct", "Ann Tully")], id="question-then-attribution-with-clause"),
    ],
)
def test_more_quotation_attributions(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kaine decried the math, saying Clinton took questions at the convention.", [("indirect", "Kaine")]),
        ("They are saying his vote is a signal he wants to play politics.", [("indirect", "They")]),
        ("Lee Wang asked Clinton on Friday whether she would release the transcripts.", [("indirect", "Lee Wang")]),
        ("As The Washington Post reported, the delegates would need to win most states.", [("indirect", "The Washington Post")]),
        ("The company reported its smallest quarterly profit in years.", [("indirect", "The company")]),
        ("The ministry was reported to be angry.", []),
    ],
)
def test_participles_progressives_questions_and_as_reported(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jo Bird, a judge in the case, issued a statement Tuesday saying, "I am impartial."', [("direct", "Jo Bird, a judge in the case")]),
        ('Ann Tully, in a statement released by the campaign, said she "regrets the error".', [("partial", "Ann Tully")]),
        ('"Yes, I support him," Jo Bird, founder of the group, tells a radio station in an interview.', [("direct", "Jo Bird, founder of the group")]),
        ('"Most were upgraded," according to a State Department official.', [("direct", "a State Department official")]),
    ],
)
def test_speaker_is_a_noun_phrase(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jo Bird spoke.\n\nAnn Tully quickly took to Twitter, writing: "Another attack. Many dead."', [("direct", "Ann Tully")]),
        ('Her bill went nowhere.\n\n"Companies pay zero taxes."\n\n- Ann Tully.\n\nThis is complex.', [("direct", "Ann Tully")]),
        ('As The Post\'s Dana Milbank puts it, "Senate Republicans are unmoved."', [("direct", "The Post's Dana Milbank")]),
    ],
)
def test_attributions_by_participle_dash_paragraph_and_as_x_puts_it(text, expected):
    assert _pairs(text) == expected


def test_a_quote_only_cue_may_not_repeat_an_attribution_verb(instrument_copy):
    from analysis.cues import cue_lexicon, grammar
    from analysis.errors import InstrumentError
    from tests.conftest import append_line

    append_line(instrument_copy / "speech_grammar.tsv", "said\tquote_cue\tsay\tduplicate")
    grammar.cache_clear()
    cue_lexicon.cache_clear()
    try:
        with pytest.raises(InstrumentError, match="quote_cue 'said' is already a form of 'say'"):
            cue_lexicon()
    finally:
        grammar.cache_clear()
        cue_lexicon.cache_clear()


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Rep. Zoe Roe, who wrote the bill, said in a statement that the steps were "important preliminary steps".', [("indirect", "Rep. Zoe Roe"), ("partial", "Rep. Zoe Roe")]),
        ('Mr. Manafort, citing "the unique magic of the candidate," said the race was close.', [("partial", "Mr. Manafort"), ("indirect", "Mr. Manafort")]),
    ],
)
def test_fragments_inside_reported_speech_and_before_a_participle(text, expected):
    assert sorted(_pairs(text)) == sorted(expected)


def test_speaker_name_stops_at_sentence_ends_and_hyphenated_titles():
    text = ('The talks ended, said AFP. German Chancellor Olaf Scholz spoke later. "We hope," Scholz said.\n\n'
            'NATO Secretary-General Jens Stoltenberg said no troops had left. "Not yet," he said.')
    assert [q.speaker_name for q in _quotes(text)][-3:] == ["Olaf Scholz", "Jens Stoltenberg", "Jens Stoltenberg"]


def test_mentions_within_equals_scanning_every_mention():
    import random

    from analysis.actors import find_mentions
    from analysis.speakers import MentionIndex, mentions_within
    from tests.test_sources import corpus_texts

    rng = random.Random(12)
    for text in corpus_texts():
        mentions = find_mentions(text)
        index = MentionIndex(mentions)
        for _ in range(200):
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, len(text) + 1)
            assert mentions_within(index, lo, hi) == [m for m in mentions if lo <= m.start and m.end <= hi]


def test_a_role_body_or_document_takes_the_named_speakers_bloc():
    text = ('Russia\'s Defence Ministry said units were returning to base. "The drills are over," the ministry said. '
            'The statement said trains were being loaded.')
    got = [(q.speaker, q.speaker_name, q.speaker_canonical, q.bloc) for q in _quotes(text)]
    assert got[1][2:] == ("Russian Defence Ministry", "Russia") and got[2][2:] == ("Russian Defence Ministry", "Russia")
