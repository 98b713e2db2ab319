"""Furniture left on the fifteenth and sixteenth rounds' dev pages (p409-p472), named by kind and not by page:
what a page repeats of itself (a line printed twice in a row, a caption beside a caption opening alike, a picture's
bare name under the paragraph naming it, a pull quote spanning two paragraphs and its credit), the reader's notes
opening the text (a support appeal above the article), a promo's teaser under it, and wording that platforms print
(an embed's JavaScript message, a sign-up form's consent line, an aggregator's "Continue at X", a press release's
contact line, a three-part picture credit, a caption opened by the kind of picture). Each table holds cases that
must go and body sentences of other news that share their words or shape and must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import Verdict, match_pattern
from analysis.clean import clean_text
from analysis.markers import match_promo
from analysis.page_copies import caption_beside_caption, doubled_lines, named_picture, promo_teasers
from analysis.page_shapes import reader_head
from analysis.repeats import repeats
from tests.news_text import BODY, SECOND, THIRD


def _kept(units: list[str]) -> list[Verdict]:
    return [Verdict(True, "body", "")] * len(units)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # an embed's message when its script does not run
        ("Please enable Javascript to view this content", "navigation"),
        ("Please enable JavaScript in your browser to watch this video.", "navigation"),
        ("JavaScript is disabled in your browser.", "navigation"),
        ("The ministry said JavaScript errors had taken the tax portal down for two days.", None),
        # a sign-up form's consent line, in the reader's voice or the site's
        ("By signing up with an email address, I acknowledge that I have read and agree to the", "newsletter"),
        ("By subscribing, you agree to our Terms of Use and Privacy Policy.", "newsletter"),
        ("By clicking Sign Up, you confirm that you accept our terms.", "newsletter"),
        ("By signing up for the scheme, farmers agree to cut their herds by a fifth.", None),
        ("By subscribing to the bond, investors accepted a lower yield, the bank said.", None),
        # an aggregator's pointer to the outlet it excerpts
        ("Continue at USA Today.", "source_credit"),
        ("Continue reading at The Guardian", "source_credit"),
        ("Keep reading on Reuters.com", "source_credit"),
        ("Talks continue at the United Nations on Monday.", None),
        ("Continue at your own risk, the police warned drivers.", None),
        # a press release's contact line naming a number, an address or a site
        ("For more information contact or call 01872 553001.", "contact_note"),
        ("For further details, please email press@example.org", "contact_note"),
        ("For more information, visit www.example.com", "contact_note"),
        ("For more information on the flood, residents were told to call the council, the mayor said on 01872 553001.", None),
        ("For more information about the outbreak, officials urged calm.", None),
        # a caption closed by a three-part credit (photographer/collection/library), whatever the library
        ("Is your book overdue? Help may be in sight. Looking Glass/Blend Images/Corbis", "caption_credit"),
        ("A rescuer carries a child to safety. John Smith/Sipa Press/Rex", "caption_credit"),
        ("The band AC/DC played two nights in Sydney.", None),
        ("Shares rose in London. The deal values the FTSE/JSE index pair at par.", None),
        # a caption opened by the kind of picture it is
        ("Screen grab for the captured crocodile.", "caption"),
        ("Video still from the dashcam footage showing the crash", "caption"),
        ("Screenshots of the messages were shared by the victim's family, police said.", None),
        ("Still, the captain said the team would fight on.", None),
    ],
)
def test_platform_wording(line, reason):
    found = match_pattern(line)
    assert (found[1] if found else None) == reason


@pytest.mark.parametrize(
    ("units", "removed"),
    [
        # a caption and its alternative text, printed twice in a row inside the body
        ([BODY, "Croc captured.", "Croc captured.", SECOND], {1, 2}),
        ([BODY, SECOND, "Photo courtesy of Taipei Zoo", "Photo courtesy of Taipei Zoo", THIRD], {2, 3}),
        # a headline doubled above the body: top matter
        (["Dam bursts after storm", "Dam bursts after storm", BODY, SECOND], {0, 1}),
        # no body repeats a line in a row; two lines alike but not the same stay
        ([BODY, "Ten died.", "Eleven died.", SECOND], set()),
        # a long paragraph repeated is the pair rule's (one copy goes there), not this rule's
        ([BODY, BODY + " " + SECOND, BODY + " " + SECOND, THIRD], set()),
    ],
)
def test_doubled_lines(units, removed):
    verdicts = _kept(units)
    doubled_lines(units, verdicts)
    assert {i for i, v in enumerate(verdicts) if not v.keep} == removed
    assert all(v.reason == "doubled_line" for v in verdicts if not v.keep)


def test_a_text_that_is_one_line_pasted_twice_keeps_a_copy():
    cleaned = clean_text("Rescuers dug through the rubble.\nRescuers dug through the rubble.")
    assert cleaned.body == "Rescuers dug through the rubble."


@pytest.mark.parametrize(
    ("units", "verdicts", "removed"),
    [
        # a picture library's description beside the site's own caption of one picture
        ([BODY, "North Island Brown Kiwi Chick (Apteryx mantelli), being released into a burrow. Nikon D80",
          "North Island brown kiwi chick. (File photo) Source: istock.com"],
         [True, True, False], {1}),
        # a caption copying the lede: the lede stays
        (["Steven Bowditch rode his best birdie binge to a five-under 64 on Sunday.Scott Halleran/Getty Images",
          "Steven Bowditch rode his best birdie binge to a five-under 64 on Sunday.", SECOND],
         [False, True, True], set()),
        # the general rule's cut last line opening like the paragraph above names no picture: that paragraph stays
        ([BODY, "Gadkari said that the Chapra road has been completed and two more are 90 per cent done.",
          "Gadkari said that the construction of many bridges is cur"],
         [True, True, False], set()),
    ],
)
def test_caption_beside_caption(units, verdicts, removed):
    reasons = {True: "", False: "justext:short"}
    v = [Verdict(k, "body" if k else "boilerplate", reasons[k]) for k in verdicts]
    if not verdicts[0]:
        v[0] = Verdict(False, "boilerplate", "pattern:caption_credit")
    caption_beside_caption(units, v)
    assert {i for i, x in enumerate(v) if not x.keep and x.reason == "caption_pair"} == removed


@pytest.mark.parametrize(
    ("unit", "above", "removed"),
    [
        ("A Carolina Reaper", "The record was held by the Carolina Reaper from 2013 until 2023.", True),
        ("A Pepper X", "The Carolina pepper was dethroned by another pepper known as the Pepper X.", True),
        ("The flooded market", "Water filled the market and the flooded streets around it on Tuesday.", True),
        # a name of up to three capitalised words, all in the paragraph above: a portrait's caption
        ("Leahy", "John Leahy, Airbus chief operating officer for customers, says it has not been a bad start for a show.", True),
        ("Suntrust", "BB&T has agreed to merge with rival US bank holding company SunTrust Banks in an all-stock deal.", True),
        ("Reaction", "Airbus put its problems to one side yesterday as it announced a staggering number of deals.", False),
        ("Leahy Speaks", "John Leahy, Airbus chief operating officer for customers, says it has not been a bad start for a show.", False),
        ("leahy", "John Leahy, Airbus chief operating officer for customers, says it has not been a bad start for a show.", False),
        # under a short line, which is no paragraph, nothing is a picture's name
        ("Leahy", "John Leahy spoke.", False),
        # a crosshead names what follows, not what the paragraph above said
        ("The quota", "Fishing boats returned to port on Monday as the season closed.", False),
        ("A new approach", "The record was held by the Carolina Reaper from 2013 until 2023.", False),
        # a capitalised name ended by a full stop is a picture's name too (every such line in the labelled pages and
        # site sets is furniture: "The Trader Clock.", "Noro Port.", s606, s153); a sentence, a question or a label is none
        ("A Carolina Reaper.", "The record was held by the Carolina Reaper from 2013 until 2023.", True),
        ("Thank You.", "Thank you to everyone who came, you made the day for all of us in the town.", False),
        ("The reaper.", "The record was held by the Carolina Reaper from 2013 until 2023.", False),
        ("A Carolina Wren.", "The record was held by the Carolina Reaper from 2013 until 2023.", False),
        ("The Carolina Reaper?", "The record was held by the Carolina Reaper from 2013 until 2023.", False),
    ],
)
def test_named_picture(unit, above, removed):
    units = [above, unit, SECOND]
    verdicts = _kept(units)
    named_picture(units, verdicts)
    assert (not verdicts[1].keep and verdicts[1].reason == "caption:named") == removed
    assert verdicts[0].keep and verdicts[2].keep


def test_a_pull_quote_spanning_two_paragraphs_is_the_copy_and_its_credit_goes():
    quote = "'Many ornithologists dream of discovering new species. Some are still doing that down in the Amazon."
    units = [
        "The new species was identified by Peter Pyle, an ornithologist at the institute.",
        "He said: " + quote,
        "But to find one in our backyard is surprising.'",
        "The specimen was collected at Midway Atoll in 1963.",
        quote[:-1] + ". But to find one in our backyard is surprising'",
        "Peter Pyle, U.S. Institute of Bird Populations",
        "It is the first new U.S. bird added to the records since 1974.",
    ]
    _, pull, _ = repeats(units, [True] * len(units))
    assert pull == {4, 5}


@pytest.mark.parametrize(
    "below",
    [
        "Fire crews, police and volunteers",  # a list the body goes on with, not a name and its title
        "The search goes on.",  # a sentence
    ],
)
def test_a_pull_quote_credit_is_a_name_the_text_names(below):
    quote = "'Many ornithologists dream of discovering new species. Some are still doing that down in the Amazon."
    units = ["Peter Pyle found it.", "He said: " + quote, "But to find one in our backyard is surprising.'", "It was in 1963.",
             quote[:-1] + ". But to find one in our backyard is surprising'", below, "It is the first since 1974."]
    _, pull, _ = repeats(units, [True] * len(units))
    assert pull == {4}


@pytest.mark.parametrize(
    ("units", "removed"),
    [
        # a support appeal above the article, its middle paragraph naming no medium
        (["Support from readers like you keeps The Journal open.",
          "You are visiting us because we have something you value. Independent, unbiased news that tells the truth.",
          "If you've seen value in our reporting, please contribute what you can to our journalism.", BODY, SECOND],
         {0, 1, 2}),
        (["Subscribe to our newsletter for the latest news.", BODY, SECOND], {0}),
        # a lede in the first person or speaking of readers is the article's
        (["We went to the river on Sunday and found it dry.", BODY, SECOND], set()),
        (["Readers of the newspaper were told on Monday that it would close, its owner said.", BODY, SECOND], set()),
        # the notes never take the text down to fewer than two kept units
        (["Subscribe to our newsletter for the latest news.", BODY], set()),
    ],
)
def test_reader_head(units, removed):
    verdicts = _kept(units)
    reader_head(units, verdicts)
    assert {i for i, v in enumerate(verdicts) if not v.keep} == removed


@pytest.mark.parametrize(
    ("headline", "units", "removed"),
    [
        # another story's standfirst and first paragraph under its promo
        ("Female Pastor caught breastfeeding male church members as part of healing",
         ["Zambia expects a maize harvest of 3.6 million tonnes this season, the minister said.",
          "Female Pastor gave her church members her breast to suck, says its holy milk.",
          "A female pastor has been spotted giving members her breast as part of a healing retreat."],
         {1, 2}),
        # a promo for a story on the article's own subject: the article's paragraphs follow, and stay
        ("Crocodile that killed boy captured in Mpumalanga",
         ["The crocodile believed to have killed a boy has been captured, officials said.",
          "The crocodile was moved to a dam outside Mbombela where it will be kept.",
          "Residents who helped capture the crocodile were thanked by the agency."],
         set()),
        # a promo inside the body whose subject the body above had not named yet: the article goes on below
        ("Tanks roll back to base in ministry video",
         ["NATO said on Tuesday it had seen no sign of de-escalation on the ground, its chief said.",
          "A ministry video showed tanks being loaded onto rail cars, but analysts said it proved nothing.",
          "The United States said it would keep its sanctions package ready for use."],
         set()),
        # a promo whose headline the paragraph under it does not repeat
        ("Female Pastor caught breastfeeding male church members as part of healing",
         ["Zambia expects a maize harvest of 3.6 million tonnes this season, the minister said.",
          "Exports of maize to neighbouring countries will be allowed from July."],
         set()),
    ],
)
def test_promo_teasers(headline, units, removed):
    verdicts = _kept(units)
    promo_teasers(units, verdicts, [(1, headline)])
    assert {i for i, v in enumerate(verdicts) if not v.keep} == removed


def test_in_other_news_is_a_promo_label_and_its_teaser_goes_to_removed_csv():
    assert match_promo("In Other News: Pastor caught on video") == ("In Other News", "Pastor caught on video")
    assert match_promo("In other news, the council approved the budget.") is None
    text = "\n\n".join([
        BODY, SECOND,
        "In Other News: Female Pastor caught breastfeeding male church members as part of healing",
        "Female Pastor gave her church members her breast to suck, says its holy milk.",
    ])
    cleaned = clean_text(text)
    assert "Pastor" not in cleaned.body and SECOND in cleaned.body
    assert [r.reason for r in cleaned.removed] == ["promo_teaser"]
    assert [r.label for r in cleaned.related] == ["In Other News"]


def test_each_rule_leaves_a_reason_in_removed():
    text = "\n\n".join([BODY, "Croc captured.", "Croc captured.", SECOND, "Please enable Javascript to view this content", THIRD])
    cleaned = clean_text(text)
    assert [(r.kind, r.reason) for r in cleaned.removed] == [
        ("boilerplate", "doubled_line"), ("boilerplate", "doubled_line"), ("boilerplate", "pattern:navigation")]


@pytest.mark.parametrize(
    ("unit", "removed"),
    [
        # a reader's note ending in its link's word, in the header as below the body
        ("Round One of the CAO offers are in: you can find all the points at each institution on our dedicated CAO site here.", True),
        ("Thank you for signing up! Sign up for more newsletters here", True),
        ("Buy subscriptions, t-shirts and more from our shop right here!", True),
        # "here" in the article's own sentences, or a note that names no medium, stays
        ("We have lived on this site here for years, you know, the farmer said.", False),
        ("You can see the damage from here.", False),
        ("Officials said the new site here would open for visitors in May.", False),
    ],
)
def test_link_prompts(unit, removed):
    from analysis.page_shapes import link_prompts

    units = [BODY, unit, SECOND]
    verdicts = _kept(units)
    link_prompts(units, verdicts)
    assert (not verdicts[1].keep and verdicts[1].reason == "reader_note") == removed
    assert verdicts[0].keep and verdicts[2].keep
