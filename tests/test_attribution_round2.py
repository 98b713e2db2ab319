"""Attribution rules of issue 12's second round, each on texts of our own (not PolNeAR's)."""
from __future__ import annotations

import pytest

from analysis.document import build_document
from analysis.sources import document_quotes


def _pairs(text):
    return [(q.kind, q.speaker) for q in document_quotes(build_document({"id": "t", "outlet": "x"}, text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Jo Bird spoke first.\n\n"Go back to your seat," Ann Tully barked.', [("direct", "Ann Tully")], id="barked"),
        pytest.param('Jo Bird spoke first.\n\n"Let me talk," Ann Tully shot back.', [("direct", "Ann Tully")], id="shot-back"),
        pytest.param('Jo Bird spoke first.\n\n"Quiet," she demanded.', [("direct", "she")], id="demanded"),
        pytest.param('Jo Bird spoke first.\n\n"Leave the guns at home," opined the Daily Herald.', [("direct", "the Daily Herald")], id="opined-inverted"),
    ],
)
def test_quotative_verbs_attribute_a_quotation(text, expected):
    assert _pairs(text) == expected


def _rows(text):
    return [(q.kind, q.speaker, q.text) for q in document_quotes(build_document({"id": "t", "outlet": "x"}, text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Asked if he was ever bullied, Jo Roe said no one dared.", [("indirect", "", "if he was ever bullied"), ("indirect", "Jo Roe", "no one dared")], id="reduced-asked-if"),
        pytest.param("When asked whether the deal would hold, most voters said it would not.", [("indirect", "", "whether the deal would hold"), ("indirect", "most voters", "it would not")], id="when-asked-whether"),
        pytest.param("Asked by Ann Tully to respond to the charge, Roe said he would not.", [("indirect", "Ann Tully", "to respond to the charge"), ("indirect", "Roe", "he would not")], id="asker-named-by"),
        pytest.param("Senator Roe was asked to name a single bill he had passed.", [("indirect", "", "to name a single bill he had passed")], id="passive-asked"),
        pytest.param("In a letter, Ann Tully asked the network to donate its profits.", [("indirect", "Ann Tully", "the network to donate its profits")], id="asked-someone-to"),
        pytest.param("Roe was not asked about the vote at all.", [], id="negated"),
        pytest.param('"It was nice," Jo Roe told the paper when asked if he had met her.', [("direct", "Jo Roe", "It was nice"), ("indirect", "", "if he had met her")], id="when-asked-mid-sentence"),
        pytest.param("The sign asked nothing of anyone here.", [], id="no-question"),
    ],
)
def test_a_question_put_to_someone_is_a_statement_its_asker_the_speaker(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Daily Herald reports the mayor will resign on Friday.", [("indirect", "The Daily Herald", "the mayor will resign on Friday")], id="reports-present"),
        pytest.param("Ann Tully agreed that the plan was too costly.", [("indirect", "Ann Tully", "the plan was too costly")], id="agreed-that"),
        pytest.param("The newspaper called on Ann Tully to resign at once.", [("indirect", "The newspaper", "Ann Tully to resign at once")], id="called-on"),
        pytest.param("Ann Tully spoke about the need for more police officers.", [("indirect", "Ann Tully", "the need for more police officers")], id="spoke-about"),
        pytest.param("Ann Tully repeated her promise to cut taxes for families.", [("indirect", "Ann Tully", "her promise to cut taxes for families")], id="repeated"),
        pytest.param("Ann Tully did not mention her rival by name.", [], id="negated-mention"),
        pytest.param("Local press reports of the fire were wrong.", [], id="reports-noun"),
    ],
)
def test_more_speech_verbs(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Jo Bird spoke first.\n\nAnn Tully said:\n\n"We will not go back."', [("direct", "Ann Tully")], id="cue-then-colon-paragraph"),
        pytest.param('Jo Bird spoke first.\n\nAnn Tully, editor of The Week:\n\n"We will not go back."', [("direct", "Ann Tully, editor of The Week")], id="name-then-colon-paragraph"),
    ],
)
def test_a_colon_sentence_before_the_quotation_attributes_it(text, expected):
    assert _pairs(text) == expected


def test_attribution_and_passage_are_named_types():
    from analysis.attribution import Attribution, Passage, quote_after

    passage = Passage.of('"We go," said Ann Roe, a lawyer. She left.')
    found = quote_after(passage, 8)
    assert isinstance(found, Attribution) and (found.speaker.text, found.cue.text, found.via) == ("Ann Roe", "said", "")
    assert passage.sentence_of(35) == passage.sentences[1]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param('"We will win," said Mr. Jo Roe, a lawyer. "We always do."', "Mr. Jo Roe", id="title"),
        pytest.param('"We will win," said C. Stewart Roe Jr., a lawyer. "We always do."', "C. Stewart Roe Jr.", id="initial-and-suffix"),
        pytest.param('"We will win," said Alderman Jo D. Roe, whose ward it is. "We always do."', "Alderman Jo D. Roe", id="middle-initial"),
        pytest.param('"We will win," Jo Roe, a columnist for the Italian newspaper Corriere della Sera, wrote. "We always do."', "Jo Roe", id="long-appositive-keeps-the-name"),
    ],
)
def test_a_speaker_after_the_cue_keeps_its_initials_and_titles(text, speaker):
    assert _pairs(text) == [("direct", speaker), ("direct", speaker)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('"They never worked," said Ann Roe in a statement. "They never will."', [("direct", "Ann Roe"), ("direct", "Ann Roe")], id="adjunct-after-inverted-speaker"),
        pytest.param('"We can win," said Jo Roe as he closed out. "Where is he?"', [("direct", "Jo Roe"), ("direct", "Jo Roe")], id="subordinate-after-inverted-speaker"),
        pytest.param('"We won," Jo Roe said, hours after news outlets declared him the victor.', [("direct", "Jo Roe"), ("indirect", "news outlets")], id="subject-of-a-subordinate-clause"),
        pytest.param('Ever since she endorsed Roe, Ann Tully has had one message: "Do not lose this!"', [("direct", "Ann Tully")], id="introductory-subordinate-clause"),
    ],
)
def test_speaker_phrases_stop_at_adjuncts_and_subordinate_clauses(text, expected):
    assert _pairs(text) == expected


def test_a_whole_sentence_quoted_after_that_is_partial():
    assert _pairs('Ann Tully told reporters that "Jo Roe is throwing votes away."') == [("partial", "Ann Tully")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('"We resist," Jo Roe said in the briefing. But he added, "We want no safe haven."', [("direct", "Jo Roe"), ("direct", "he")], id="a-new-sentence-with-its-own-cue"),
        pytest.param('"We go," Jo Roe said, "and to say so is fine."', [("direct", "Jo Roe"), ("direct", "Jo Roe")], id="one-quotation-split-by-its-cue"),
    ],
)
def test_a_quotation_split_by_its_attribution_is_not_one_after_a_new_cue(text, expected):
    assert _pairs(text) == expected


def test_a_time_after_the_cue_is_no_inverted_speaker():
    text = '"Will he resign?" the party chair, Ann Tully, tweeted Sunday after the vote.'
    assert _pairs(text) == [("direct", "the party chair, Ann Tully")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param('"Nothing would make a difference," Jo Roe, director of the Threats Project at the hawkish American Enterprise Institute, said in an interview.', "Jo Roe", id="long-appositive-before-the-cue"),
        pytest.param('"You would have thought so," said a Democratic strategist who spoke on the condition of anonymity.', "a Democratic strategist", id="relative-clause-after-inverted-speaker"),
    ],
)
def test_long_speaker_phrases_around_the_cue(text, speaker):
    assert _pairs(text) == [("direct", speaker)]


def test_a_fragment_after_a_cue_inside_reported_speech_is_the_main_speakers():
    text = 'Ann Tully says the city should act and that she expects Mayor Jo Roe to announce an "intensification" of the plan.'
    assert _pairs(text) == [("indirect", "Ann Tully"), ("partial", "Ann Tully")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Ann Tully called the system "rigged" in a tweet.', [("partial", "Ann Tully")], id="called"),
        pytest.param('The debate came up in December, when Ann Tully called her rival "the best recruiter."', [("partial", "Ann Tully")], id="called-whole-sentence-stays-partial"),
        pytest.param('The mayor dubbed the plan "a fishing trip."', [("partial", "The mayor")], id="dubbed"),
    ],
)
def test_a_quoted_label_is_the_labellers_fragment(text, expected):
    assert _pairs(text) == expected


def test_a_label_cue_row_needs_a_base_form(instrument_copy):
    from analysis.cues import grammar
    from analysis.errors import InstrumentError
    from tests.conftest import append_line

    append_line(instrument_copy / "speech_grammar.tsv", "stamped\tlabel_cue\t\tno base form")
    grammar.cache_clear()
    try:
        with pytest.raises(InstrumentError, match="must be the verb's base form"):
            grammar()
    finally:
        grammar.cache_clear()


def test_according_to_before_a_fragment_names_its_speaker():
    text = 'Over the long term, according to the budget office, the rise in deficits "is mainly attributable to aging."'
    assert _pairs(text) == [("partial", "the budget office")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Ann Tully called her son a hero before explaining why she forgave him.", [("indirect", "Ann Tully", "her son a hero"), ("indirect", "Ann Tully", "why she forgave him")], id="participle-after-a-preposition"),
        pytest.param("A third of the voters saying they want a ban live in the north.", [("indirect", "A third of the voters", "they want a ban live in the north")], id="participle-after-a-noun"),
        pytest.param("Ann Tully kept saying nothing at all.", [], id="aspectual-verb-before-the-participle"),
        pytest.param("The tickets are telling.", [], id="progressive-without-content"),
    ],
)
def test_participle_cues_of_reduced_clauses(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("In a fiery speech, Ann Tully called him divisive.", [("indirect", "Ann Tully", "him divisive")], id="label-without-quotes"),
        pytest.param("Jo Roe calls himself a democratic socialist.", [("indirect", "Jo Roe", "himself a democratic socialist")], id="calls-himself"),
        pytest.param("The story came from a website called Real News Right Now.", [], id="a-name-is-no-label"),
        pytest.param("Ann Tully called with an offer.", [], id="a-phone-call"),
        pytest.param("Ann Tully called on Jo Roe to resign.", [("indirect", "Ann Tully", "Jo Roe to resign")], id="called-on-is-a-request"),
    ],
)
def test_a_label_without_quotation_marks_is_reported_speech(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param('"There was no order," said the base chief known as Bob, speaking publicly.', "the base chief known as Bob", id="known-as-is-no-subordinate-clause"),
        pytest.param('"He is back," said former Gov. and party chairman Ed Roe.', "former Gov. and party chairman Ed Roe", id="title-before-a-lower-case-word"),
    ],
)
def test_inverted_speaker_phrases_with_as_and_titles(text, speaker):
    assert _pairs(text) == [("direct", speaker)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Jo Roe, a veteran of the agency who retired as director in 2013, said the approach is weak.", [("indirect", "Jo Roe", "the approach is weak")], id="as-inside-an-appositive"),
        pytest.param("Ann Tully said he meets with families in a city that has seen violence.", [("indirect", "Ann Tully", "he meets with families in a city that has seen violence")], id="a-later-that-is-no-complementizer"),
        pytest.param("Jo Roe said he would. Ann Tully did not.", [("indirect", "Jo Roe", "he would")], id="two-word-content"),
    ],
)
def test_reported_clauses_of_ordinary_said(text, expected):
    assert _rows(text) == expected


def test_the_listener_after_told_is_no_inverted_speaker():
    text = '"The pope said what we know," the Vatican spokesman, Jo Roe, told Vatican Radio.'
    assert _pairs(text) == [("direct", "the Vatican spokesman, Jo Roe")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param('Preceded at the lectern by Jo Roe, the sheriff, Ann Tully launched into a lament for the "countless victims" of crime.', "Ann Tully", id="introductory-past-participle"),
        pytest.param('Senator Ann Tully of Maryland, a Democrat on the committee, advocates a "progressive consumption tax" for all.', "Senator Ann Tully of Maryland, a Democrat on the committee", id="verb-after-an-appositive"),
    ],
)
def test_a_fragment_without_cue_takes_the_main_clause_subject(text, speaker):
    assert _pairs(text) == [("partial", speaker)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('"I expect to be vetted," he said on "Meet the Press."', [("direct", "he")], id="show-title-closed-by-a-stop"),
        pytest.param('"Orange Is the New Black" star Ann Tully opened up about her youth.', [], id="title-before-star"),
        pytest.param('Jo Roe called her "Crooked Hillary."', [("partial", "Jo Roe")], id="a-label-is-no-title"),
    ],
)
def test_titles_of_shows_are_no_quotations(text, expected):
    assert _pairs(text) == expected
