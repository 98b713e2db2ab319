"""Furniture the publishing platforms print (a comment form's counter, fields and rules; WordPress's
caption shortcode; a caption opening on the picture it describes), each with body sentences of war,
crime, election, business and sport news that share its words and must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern
from analysis.clean import clean_text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("You have 2000 characters left.", "comments"),
        ("1500 characters remaining", "comments"),
        ("Characters left: 500", "comments"),
        ("Maximum 1000 characters allowed.", "comments"),
        ("Title: News headlines", "comments"),
        ("Disclaimer:", "comments"),
        ("Name *", "comments"),
        ("Email (will not be published) *", "comments"),
        ("Please write your correct name and email address. Kindly do not post any personal, abusive, defamatory, "
         "infringing, obscene or unlawful comments. Example.com will not be responsible for any defamatory message "
         "posted under this article.", "comments"),
        ("Hence, sending offensive comments using examplesite will be purely at your own risk.", "comments"),
        ("We encourage all readers to share their views on our articles and blog posts. We are committed to "
         "maintaining a lively but civil forum for discussion, so we ask you to avoid", "comments"),
        ("Your comment is awaiting moderation.", "comments"),
        ("All comments are moderated before they appear.", "comments"),
        ("By posting a comment, you agree to our terms of use.", "comments"),
        ("Passengers wait to be helped at Palma airport in the Balearic Islands, Spain[/caption]", "caption"),
        ('[caption id="attachment_1203" align="aligncenter" width="640"] Troops patrol the border town', "caption"),
        ("This screenshot from 4:20 a.m. Wednesday, Cairo time, on the ship tracking website Vessel Finder, shows "
         "the traffic jam in the Suez Canal.", "caption"),
        ("This satellite image from Maxar Technologies shows smoke rising over the port.", "caption"),
        ("0 replies", "comments"),
        ("Want to join the discussion?", "comments"),
        ("Commenting is closed for this article.", "comments"),
        ("Be the first to comment on this article.", "comments"),
        ("Comment Policy", "comments"),
        ("Mail (will not be published) (required)", "comments"),
        ("Cancel reply", "comments"),
        ("Write a comment...", "comments"),
        ("If you see a post that violates our terms of service, click \u201cflag\u201d on the comment.", "comments"),
        ("Full Article", "link_here"),
        ("We noticed you're using an ad blocker.", "advert"),
        ("We rely on advertising to help fund our award-winning journalism.", "advert"),
        ("Please consider turning off your ad blocker.", "advert"),
        ("You've read 3 of 5 free articles this month.", "subscriber"),
        ("Create a free account to continue reading", "subscriber"),
        ("Get unlimited access", "subscriber"),
        ("This story has been corrected to show that 12 people died.", "update_notice"),
        ("This post has been updated with comments from the campaign.", "update_notice"),
        ("Found an error? Let us know", "reader_address"),
        ("If you like the story and if you wish more such stories, support our effort Make a donation.", "paywall_appeal"),
        ("E-Edition", "link_here"),
        ("Now Reading :", "widget_heading"),
        ("Text size Aa Aa", "widget_heading"),
        ("People are also reading", "widget_heading"),
        ("ICYMI: Floods hit Kerala", "widget_heading"),
    ],
)
def test_platform_furniture(line: str, reason: str) -> None:
    assert match_pattern(line) == ("boilerplate", reason)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("This article is republished from The Conversation under a Creative Commons license. Read the original article.", "closing_credit"),
        ("This piece first appeared on Global Risk Insights.", "closing_credit"),
        ("A version of this story was first published by The Texas Tribune.", "closing_credit"),
        ("Originally published at example.com", "closing_credit"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "agency_credit"),
        ("credit by - AL JAZEERA", "source_credit"),
        ("Sunday, 25 November 2012 - 12:23am IST | Place: Mumbai | Agency: dna", "date_line"),
    ],
)
def test_republishing_notes(line: str, reason: str) -> None:
    assert match_pattern(line) == ("top_matter", reason)


@pytest.mark.parametrize("line", ["By |", "PUBLISHED: | UPDATED:", "Published: | Updated:"])
def test_empty_meta_labels(line: str) -> None:
    assert match_pattern(line) == ("top_matter", "date_line")


@pytest.mark.parametrize(
    "line",
    [
        # war
        "The title of the operation was kept secret until the troops crossed the border, the general said.",
        "The army said it would not be responsible for civilians who stayed in the town.",
        "This photo of the destroyed bridge was taken by a soldier on Monday and posted online, officials said.",
        # crime
        "Police said the suspect had posted abusive comments about the victim for months before the attack.",
        "The judge said sending offensive messages was punishable under the law.",
        "The two men left 2000 rounds of ammunition in the car, prosecutors said.",
        # election
        "Voters were encouraged to share their views at town hall meetings before the election.",
        "The commission said all comments on the draft rules would be published.",
        "The candidate's name was printed wrongly on 2,000 ballots, officials said.",
        # business
        "The company said comments made by its former chief executive were his own.",
        "Shareholders will not be able to vote on the merger until the regulator rules, the firm said.",
        "The disclaimer on the fund's prospectus warned of losses, the regulator said.",
        # sport
        "The title race is far from over, the manager said after the 2-1 win.",
        "Fans were asked to keep the atmosphere lively but respectful at the final.",
        "The striker has 20 goals left to beat the record, with eight games remaining.",
        "He did not reply to two requests for comment, and the ministry's website was down.",
        "The oldest victim was 92 and the newest recruit 18, the army said.",
        "Published by the central bank on Monday, the report said inflation had peaked.",
        "Ministers will submit their replies to the committee before the vote.",
        "This report was published in the journal Nature on Wednesday and found the ice had thinned.",
        "Originally published in 1922, the novel was banned in Ireland for decades.",
        "The company said it had updated its software to fix the flaw.",
        "The newspaper relies on advertising to fund its newsroom, its editor said.",
        "Voters must register to vote by Friday, officials said.",
        "People are reading less news than a decade ago, the survey found.",
        "Other news outlets reported that the minister had resigned.",
        "If you like the plan, you should support it, the minister told voters at the rally.",
        "The charity urged people to make a donation to help flood victims in Assam.",
        "Credit card debt rose by 8% in the quarter, the central bank said.",
        "The full article 370 of the constitution was scrapped in 2019, the court heard.",
    ],
)
def test_body_sentences_stay(line: str) -> None:
    assert match_pattern(line) is None
    assert clean_text("Rescuers dug through the rubble on Tuesday as the toll rose, officials said.\n\n" + line).body.endswith(line)


def test_comment_form_rules_below_the_body_go() -> None:
    body = [
        "Vladimir Kramnik beat Veselin Topalov in a tie-breaker on Friday to become the undisputed world chess champion.",
        "The Russian grandmaster won a tension-filled 12-game match in Elista by an 8.5-7.5 margin, organisers said.",
        "Both players will receive $500,000 for taking part in the match, which was arranged to heal a schism.",
    ]
    form = [
        "Leave a Comment",
        "Title: Chess champion crowned",
        "You have 2000 characters left.",
        "Disclaimer:",
        "Please note that sending false messages to insult or mislead people is punishable under law.",
    ]
    cleaned = clean_text("\n\n".join(body + form))
    assert all(b in cleaned.body for b in body)
    assert not any(f in cleaned.body for f in form)


_LEAD = [
    "Stranded holidaymakers have been forced to sleep on airport floors as thousands queue for hours to get home following the collapse of the tour operator.",
    "Britons in Greece, Mexico and Spain are waiting to be flown back to the UK, with more than 15,000 passengers expected to travel home by midnight, officials said.",
]
_AFTER = "Thousands of exhausted Britons have already returned to the UK after 10-hour delays on the first repatriation flights today, the ministry said."


def test_a_gallery_of_scene_captions_in_the_body_goes() -> None:
    gallery = [
        "Passengers queue at the closed check-in desk at the International Airport in Cancun, Mexico",
        "One passenger looks exasperated as he waits for information at the check-in desk in Cancun",
        "Passengers wait to be helped at Palma airport in the Balearic Islands, Spain",
    ]
    cleaned = clean_text("\n\n".join(_LEAD + gallery + [_AFTER]))
    assert not any(g in cleaned.body for g in gallery)
    assert all(b in cleaned.body for b in _LEAD + [_AFTER])


@pytest.mark.parametrize(
    "units",
    [
        # one present-tense explainer paragraph between report paragraphs (business)
        ["The pipeline carries oil from Alberta to refineries in Texas.", "Regulators approved the expansion last year after a two-year review, the company said."],
        # a scene in the present beside a sentence of the same kind that is no caption (sport)
        ["Arsenal face Chelsea at the Emirates on Sunday.", "Liverpool host Everton at Anfield on Saturday."],
        # election and war: present-tense scene followed by a reported paragraph
        ["Protesters gather outside parliament in Westminster on Monday.", "Police said 12 people were arrested after clashes with officers near the gates."],
        # crime: a scene in the present with a second sentence quoting someone
        ["Police officers search a house in Leeds on Tuesday. \"We are following every lead,\" a spokesman said after the raid."],
    ],
)
def test_present_tense_body_stays(units: list[str]) -> None:
    cleaned = clean_text("\n\n".join(_LEAD + units + [_AFTER]))
    assert all(u in cleaned.body for u in units)


def test_agency_caption_with_a_line_of_context_goes_when_the_page_prints_captions() -> None:
    top_caption = "Typhoon survivors pass by two large boats that were washed ashore in Tacloban, central Philippines, on Sunday."
    body = [
        "Rescue workers in the Philippines shifted their focus Sunday to reaching trapped survivors whose villages were wiped out by the typhoon, officials said.",
        "With roads and bridges washed away and communication lines down, many hard-hit areas could not be reached, the United Nations said in a statement.",
    ]
    caption = ("A resident reacts after getting supplies from a grocery in Tacloban city, central Philippines on Sunday. "
               "The city remains littered with debris from damaged homes as many complain of shortages of food and water.")
    cleaned = clean_text("\n\n".join(["Typhoon toll rises as aid trickles in", top_caption] + body + [caption, _AFTER]))
    assert caption not in cleaned.body
    assert all(b in cleaned.body for b in body + [_AFTER])
