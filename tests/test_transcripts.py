"""A broadcaster's transcript: speaker labels between the turns stay in the body."""
import pytest

from analysis.boilerplate import Verdict
from analysis.clean import clean_text
from analysis.transcripts import is_speaker_label, keep_speaker_labels

TRANSCRIPT = """Court rules for the Prime Minister

The Prime Minister won a major court victory today in the case brought against him by two groups, which asked the court for a declaration on the senate amendment.

Attorneys for the two groups argue that the Prime Minister is going outside his powers and taking away the people's say.

In an interview with this station immediately after the ruling, attorney Maria Lopez said some parts of the ruling were left open.

Maria Lopez, Attorney

"The Justice indicated that the Prime Minister has said in a public interview, several times, that he will never bring the amendment."

Daniel Okafor

"He did take a swipe at the media, but he also scolded the groups for relying on an interview."

Maria Lopez, Attorney

"Well, I take the Judge's point, but the Prime Minister has said this on several occasions."
"""


def test_speaker_labels_stay_in_the_body():
    body = clean_text(TRANSCRIPT).body
    assert body.count("Maria Lopez, Attorney") == 2
    assert "Daniel Okafor" in body


def test_a_byline_over_a_quoted_lead_is_still_top_matter():
    page = ("Storm leaves thousands without power\n\nMaria Lopez, Staff Writer\n\n"
            '"We have never seen anything like it," said a resident of the coastal town, as crews worked through the night.\n\n'
            "More than 40,000 homes were still without electricity on Tuesday morning, the utility said in a statement.\n")
    cleaned = clean_text(page)
    assert "Maria Lopez" not in cleaned.body
    assert any(r.text == "Maria Lopez, Staff Writer" for r in cleaned.removed)


LEAD = "The Prime Minister won a major court victory today in the case brought against him by two groups."
ABOVE = "In an interview after the ruling, attorney Maria Lopez said some parts of the ruling were left open."
TURN = '"The Justice indicated that the Prime Minister has said this several times in public."'
BODY = Verdict(True, "body", "")


@pytest.mark.parametrize(
    "units, removed, kept",
    [
        ([LEAD, ABOVE, "Maria Lopez, Attorney", TURN], "caption:named", True),
        ([LEAD, ABOVE, "Maria Lopez, Attorney", TURN], "tail_list", True),
        ([LEAD, ABOVE, "Maria Lopez, Attorney", TURN.strip('"')], "caption:named", False),  # no quoted turn below
        ([LEAD, ABOVE, "Related Coverage", TURN], "pattern:widget_heading", False),  # furniture named by its wording
        ([LEAD, ABOVE, "Maria Lopez, Attorney", TURN], "top:byline", False),  # top matter is not read here
        (["Court rules", ABOVE, "Maria Lopez, Attorney", TURN], "caption:named", False),  # the body has not begun above
    ],
)
def test_which_removed_labels_go_back(units, removed, kept):
    verdicts = [BODY, BODY, Verdict(False, "boilerplate", removed), BODY]
    keep_speaker_labels(units, verdicts)
    assert verdicts[2].keep is kept


def test_label_shapes():
    assert is_speaker_label("Chester Williams - Deputy Commissioner of Police")
    assert not is_speaker_label("Chester Williams - Deputy Commissioner of Police in the Belize City area")  # a role of up to six words
    assert not is_speaker_label("Read more: Court rules")
    assert not is_speaker_label("Mr. Sylvester said.")


def test_a_portraits_name_over_a_quote_is_no_speaker_label() -> None:
    # ninth site sets (s377): the name alone under the paragraph quoting him, his quote below
    units = [LEAD, "And Amir Patel, director of a workwear shop on the same road, said: \u201cIt is a real problem.\u201d",
             "Amir Patel", "\u201cThere is definitely a problem with local policing.\u201d"]
    verdicts = [BODY, BODY, Verdict(False, "boilerplate", "caption:named"), BODY]
    keep_speaker_labels(units, verdicts)
    assert verdicts[2].keep is False


# ---------------------------------------------------------------- transcript_header: the first label under a one-paragraph lead
BUDGET_TRANSCRIPT = [
    "Council approves budget after long debate",
    "The city council approved next year's budget on Tuesday after a four-hour debate over road repairs and library hours.",
    "Jane Porter, Councillor",
    '"We have waited three years for these roads to be fixed, and residents deserve better than another delay."',
    "Tom Hale, Mayor",
    '"This budget keeps the libraries open and fixes the worst roads first. It is a fair compromise."',
    "The budget takes effect on July 1.",
]


def test_a_transcript_under_a_one_paragraph_lead_keeps_its_lead_and_labels() -> None:
    cleaned = clean_text("\n\n".join(BUDGET_TRANSCRIPT))
    assert cleaned.body.startswith(BUDGET_TRANSCRIPT[1])
    for unit in BUDGET_TRANSCRIPT[2:]:
        assert unit in cleaned.body
    assert [r.reason for r in cleaned.removed] == ["top:headline"]


def test_one_name_and_role_over_a_quoted_lead_stays_a_byline() -> None:
    # a byline with the writer's job over a lead that opens with a quotation: one pair is no transcript
    units = [BUDGET_TRANSCRIPT[0], "Jane Porter, Political Reporter", BUDGET_TRANSCRIPT[3], BUDGET_TRANSCRIPT[1], BUDGET_TRANSCRIPT[6]]
    cleaned = clean_text("\n\n".join(units))
    assert ("top:byline", "Jane Porter, Political Reporter") in [(r.reason, r.text) for r in cleaned.removed]
    assert cleaned.body.startswith(BUDGET_TRANSCRIPT[3])
