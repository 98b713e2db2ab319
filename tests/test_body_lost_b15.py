"""Body lines lost and leads on the seventeenth and eighteenth rounds' dev pages (b15): each rule
as must and must-not cases, written by shape and context (new text, no page's words)."""
from __future__ import annotations

import pytest

from analysis.boilerplate import Verdict
from analysis.clean import clean_text
from analysis.lead_shapes import doubled_headline

BODY = [
    "The vote was nine to two in favour of the plan after a meeting of three hours, the mayor told reporters afterwards at the town hall.",
    "Work on the bridge is due to start next spring and should take about two years, the engineers said.",
    "Residents of the old quarter had asked for a tunnel instead, but the council found it would cost three times as much.",
]

# ---------------------------------------------------------------- a standfirst and the lede that restates it
HEADLINE = "After Ten Years Of Debate, The Town Council Finally Approves A New Bridge Over The River"
STANDFIRST = "Councillors in the river town have approved a new bridge over the water after more than ten years of debate over its cost, its route and its effect on the old quarter."
LEDE = "Councillors in the river town approved on Tuesday Oct. 4 a new bridge over the water after more than ten years of debate over its cost, its route and its effect on the old quarter."
CAPTION = "Councillors of the river town stand on the old bridge on the morning of the vote, with the site of the new crossing behind them"


@pytest.mark.parametrize(
    ("units", "kept", "gone"),
    [
        # both over 30 words: a standfirst and the lede telling it again with its day; the lede stays
        ([HEADLINE, STANDFIRST, LEDE, *BODY], [LEDE], [STANDFIRST]),
        # a caption printed twice (its alternative text) still goes, both copies
        ([HEADLINE, *BODY[:2], CAPTION, CAPTION + ".", BODY[2]], [], [CAPTION]),
    ],
)
def test_standfirst_restated_by_the_lede(units: list[str], kept: list[str], gone: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert all(line in cleaned.body for line in kept + BODY), cleaned.removed
    assert not any(line in cleaned.body for line in gone), cleaned.body
    if kept:
        assert cleaned.body.startswith(kept[0])


# ---------------------------------------------------------------- a picture's credit glued to a paragraph that quotes
QUOTED = ('A core taken in the spring showed the trunk to be at least 1,900 years old. "Most of the models we ran put it '
          'well past 3,000 years," the lead researcher said. The figure is not official yet.')
SCENE_CAPTION = "A ranger stands beside the trunk of the old cypress in the national park on Monday. It may be the oldest tree in the region."


@pytest.mark.parametrize(
    ("units", "kept", "gone"),
    [
        # the last paragraph quotes its researcher; the credit of the picture under it is glued to it
        ([HEADLINE, *BODY, QUOTED + " (Photo: Jane Roe/AFP)"], [QUOTED], []),
        ([HEADLINE, *BODY, QUOTED + " (Photo: Jane Roe/AFP)", BODY[0].replace("vote", "count")], [QUOTED], []),
        # a caption of two sentences with its credit still goes, and so does a quoting unit above the body
        ([HEADLINE, *BODY[:2], SCENE_CAPTION + " (Photo: Jane Roe/AFP)", BODY[2]], [], [SCENE_CAPTION]),
        ([HEADLINE, QUOTED + " (Photo: Jane Roe/AFP)", *BODY], [], [QUOTED]),
    ],
)
def test_credit_glued_to_a_quoting_paragraph(units: list[str], kept: list[str], gone: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert all(line in cleaned.body for line in kept + BODY), cleaned.removed
    assert not any(line in cleaned.body for line in gone), cleaned.body


# ---------------------------------------------------------------- a results list announced under the body
CONTEST = [
    "The annual snail race on the village green drew 140 entries on Saturday, the organisers said, the most in its history.",
    "Maya Stone's snail won the final in two minutes and 14 seconds, with Tom Reed's runner-up 3.5 seconds behind and Lily Park third.",
    "The organisers said they would move the race to a larger field next year to make room for more spectators and stalls.",
]
RESULTS = "Maya Stone - 2:14 and 3.5 seconds clear Tom Reed - runner-up Lily Park - third Joe Banks - fourth"
HEADLINES = ["Storm closes coastal roads", "Ferry sailings cancelled in gales", "Council to review parking fees"]


@pytest.mark.parametrize(
    ("units", "kept", "gone"),
    [
        # a heading naming the results, and the rows (glued into one line by the page) restating the body's names
        ([*CONTEST, "Final standings:", RESULTS], ["Final standings:", RESULTS], []),
        ([*CONTEST, "Full race results:", RESULTS, "Post a Comment"], ["Full race results:", RESULTS], ["Post a Comment"]),
        # other stories under a heading: none of the body's names or figures, they stay out
        ([*CONTEST, "Latest results:", *HEADLINES], [], ["Latest results:", *HEADLINES]),
        # a heading that names no results stays out with its list
        ([*CONTEST, "Our sponsors:", RESULTS], [], ["Our sponsors:"]),
    ],
)
def test_results_announced_under_the_body(units: list[str], kept: list[str], gone: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert all(line in cleaned.body for line in kept + CONTEST), cleaned.removed
    assert not any(line in cleaned.body for line in gone), cleaned.body


# ---------------------------------------------------------------- a caption above the lead that the body tells again
WINNER = "Maya Stone took the top prize at the 12th village snail race on Saturday. Her snail crossed the line in 134 seconds."
RACE = [
    "The 12th village snail race on the green drew 140 entries from four counties and hundreds of spectators on Saturday, the organisers said.",
    "Maya Stone won the final with a snail that crossed the line in 134 seconds, and Tom Reed's runner-up came in 3.5 seconds later.",
    "The organisers said they would move the race to a larger field next year to make room for more spectators and stalls.",
]


@pytest.mark.parametrize(
    ("units", "lead", "gone"),
    [
        # no headline: the caption names the winner and the time; the body introduces both again from the start
        ([WINNER, *RACE], RACE[0], [WINNER]),
        # a lead the body goes on from (the winner by her surname, no figure told again) stays the lead
        ([WINNER.replace("134", "about two minutes"), *RACE], WINNER.replace("134", "about two minutes")[:40], []),
        ([WINNER, RACE[0], RACE[2], RACE[1]], WINNER[:40], []),
    ],
)
def test_caption_restated_by_the_body(units: list[str], lead: str, gone: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert cleaned.body.startswith(lead), cleaned.removed
    assert all(line in cleaned.body for line in RACE), cleaned.removed
    assert not any(line in cleaned.body for line in gone), cleaned.body


# ---------------------------------------------------------------- a headline printed twice with a word changed
@pytest.mark.parametrize(
    "units",
    [
        # no headline found: the page's title and its heading, one with a slip
        ["Plastic tenner is go!", "Plastic tenners are go!", *BODY],
        ["Village Snail Race Draws Record Crowd", "Village snail race draws record crowds", *BODY],
    ],
)
def test_headline_printed_twice_with_a_word_changed(units: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert cleaned.body.startswith(BODY[0]), cleaned.removed
    assert all(line in cleaned.body for line in BODY), cleaned.removed


@pytest.mark.parametrize(
    ("top", "doubled"),
    [
        (["Plastic tenner is go!", "Plastic tenners are go!"], True),
        # two items of a list differ in their figures or names; sentences closed by a full stop are no headline
        (["Round three - released 6 May from 6am", "Round four - released 13 May from 6am"], False),
        (["Proposition 7 had 1,440 votes cast", "Proposition 8 had 1,445 votes cast"], False),
        (["Snail races are held in Norfolk", "Snail races are held in Suffolk"], False),
        (["The race was won in record time.", "The race was won in a record time."], False),
        # a headline found already: the rule of a copy under it decides (analysis.header_lines)
        (["Snail race", "Plastic tenner is go!", "Plastic tenners are go!"], False),
    ],
)
def test_doubled_headline_rule(top: list[str], doubled: bool) -> None:
    verdicts = [Verdict(True, "body", "")] * (len(top) + len(BODY))
    if top[0] == "Snail race":
        verdicts[0] = Verdict(False, "top_matter", "top:headline")
    doubled_headline([*top, *BODY], verdicts)
    assert (verdicts[len(top) - 1].reason == "top:headline") is doubled


# ---------------------------------------------------------------- a caption with no verb under the headline
LEAD_PARAGRAPH = "Rangers will open a lottery next week for the few hundred places to watch the fireflies flash in unison in June."


@pytest.mark.parametrize(
    ("units", "lead"),
    [
        (["Fireflies light up the park", "A forest alight with fireflies on a warm summer night.", LEAD_PARAGRAPH, *BODY], LEAD_PARAGRAPH),
        (["Fireflies light up the park", "An aerial view of the flooded valley near the park.", LEAD_PARAGRAPH, *BODY], LEAD_PARAGRAPH),
        # a lead has a verb; a short line above the body with a verb stays the lead
        (["Fireflies light up the park", "A forest lights up with fireflies on summer nights.", LEAD_PARAGRAPH, *BODY], "A forest lights up"),
        (["Fireflies light up the park", "The lottery opened on Monday.", LEAD_PARAGRAPH, *BODY], "The lottery opened"),
        # no headline above it: not in a header
        (["A forest alight with fireflies on a warm summer night.", LEAD_PARAGRAPH, *BODY], None),
    ],
)
def test_noun_phrase_caption_under_the_headline(units: list[str], lead: str | None) -> None:
    cleaned = clean_text("\n\n".join(units))
    if lead is not None:
        assert cleaned.body.startswith(lead), cleaned.removed
    assert all(line in cleaned.body for line in [LEAD_PARAGRAPH, *BODY]), cleaned.removed


# ---------------------------------------------------------------- captions without their stop, in a run between paragraphs
MATCH = [
    "Tickets for the cup final were still on sale on Sunday morning, the league said, only hours before the kick-off.",
    "Fans on social media said the high prices had kept many families away from the stadium this year.",
    "The league said it would review its ticket prices for next season once the final had been played.",
]
CAPTIONS = ["The cup final at the stadium failed to sell out", "Fans said the high prices kept families away"]
LIST = ["Review the prices of family tickets", "Open the gates an hour earlier"]


@pytest.mark.parametrize(
    ("units", "kept", "gone"),
    [
        ([*MATCH[:2], *CAPTIONS, MATCH[2]], [], CAPTIONS),
        # one such line alone stays (a body line the page left without its stop)
        ([*MATCH[:2], CAPTIONS[0], MATCH[2]], [CAPTIONS[0]], []),
        # a list announced by a colon stays, and so do items saying what the text does not say elsewhere
        ([MATCH[0], MATCH[1].rstrip(".") + ", and the league promised to:", *CAPTIONS, MATCH[2]], CAPTIONS, []),
        ([*MATCH[:2], *LIST, MATCH[2]], LIST, []),
    ],
)
def test_caption_run_between_paragraphs(units: list[str], kept: list[str], gone: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert all(line in cleaned.body for line in kept + [MATCH[0], MATCH[2]]), cleaned.removed
    assert not any(line in cleaned.body for line in gone), cleaned.body


# ---------------------------------------------------------------- a picture's alternative text above its credited caption
ALT = "A close view of a snail on the racing board."
CREDITED = "A snail on the racing board, seen up close. Photo: Jane Roe/Flickr"
SHORT_BODY = "The snails raced on a wet board."


@pytest.mark.parametrize(
    ("units", "kept", "gone"),
    [
        ([*MATCH[:2], ALT, CREDITED, MATCH[2]], [], [ALT]),
        # a body sentence above a caption that names other things stays
        ([*MATCH[:2], SHORT_BODY, CREDITED.replace("racing board", "village green"), MATCH[2]], [SHORT_BODY], []),
        # above a removed line with no picture's credit, it stays
        ([*MATCH[:2], ALT, "A snail on the racing board, seen up close", MATCH[2]], [ALT], []),
    ],
)
def test_alternative_text_above_its_caption(units: list[str], kept: list[str], gone: list[str]) -> None:
    cleaned = clean_text("\n\n".join(units))
    assert all(line in cleaned.body for line in kept + [MATCH[0], MATCH[2]]), cleaned.removed
    assert not any(line in cleaned.body for line in gone), cleaned.body
