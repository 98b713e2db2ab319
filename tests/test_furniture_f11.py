"""Furniture in the middle and at the end of a page (issue 11, f11): closing credits, station and
subscription promos, other stories' dated headlines, lines sandwiched in a box of links.

Each rule has must rows (the furniture it names, in wordings of many sites) and must-not rows
(real body sentences, several from clean news where nothing may go)."""
from __future__ import annotations

import pytest

from analysis.boilerplate import classify_units, match_pattern
from analysis.markers import match_promo

from tests.test_boilerplate import LEDE, SECOND  # the same two body paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "This report was supplemented by msnbc.com.",
        "The Associated Press contributed to this report.",
        "Nolan McCaskill contributed.",
        "Amanda Terkel contributed reporting.",
        "Alex Isenstadt contributed to this story.",
        "Wolf reported from Washington.",
        "Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque.",
        "--additional reporting by Linh Tat.",
        "The Huffington Post has supplemented this Reuters article with additional quotes from a pool report.",
        "With files from The Canadian Press",
        "\u2014 Reporting by Jane E. Roe in Nairobi",
        "This story was originally published by CalMatters.",
    ],
)
def test_closing_credit(line: str) -> None:
    assert match_pattern(line) == ("top_matter", "closing_credit")


@pytest.mark.parametrize(
    "line",
    [
        "Mr. Rastin also contributed $300,000 to an independent group backing Gov. John Kasich of Ohio.",
        "Soros, in the first half of 2015, contributed more than $2 million to pro-Clinton super PAC Priorities USA.",
        "Democrats contributed heavily to the campaign.",
        "Many donors contributed.",
        "Reporting by The New York Times revealed the scheme.",
        "The report was compiled by the UN's humanitarian agency, which said 20 people died.",
        "Written by hand, the letter was found on Tuesday.",
        "Smith contributed. He said the fire spread fast.",
        "Trump estimates that he spent between $45 million and $50 million to date for his presidential campaign, supplemented by contributions from supporters.",
        "That's according to the latest figures compiled by the Jamaica Constabulary Force, JCF.",
    ],
)
def test_closing_credit_not_body(line: str) -> None:
    assert match_pattern(line) is None


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Listen at 90.3 FM and 98.3 FM in the Quad Cities, 95.9 FM in Dubuque, or on the WVIK app!", "call_to_action"),
        ("Tune in to 1010 AM weekdays for traffic and weather", "station_promo"),
        ("Watch live on Channel 7 every night", "station_promo"),
        ("Listen Live", "station_promo"),
        ("Play live radio", "station_promo"),
        ("Follow Pam Key on Twitter @pamkeyNEN.", "author_promo"),
        ("Follow AWR Hawkins on Twitter: @AWRHawkins. Reach him directly at awrhawkins@breitbart.com.", "author_promo"),
        ("Follow Jeff Horwitz and Chad Day on Twitter: https://twitter.com/JeffHorwitz and https://twitter.com/ChadSDay.", "author_promo"),
        ("Contact the reporter at jroe@example.com", "author_promo"),
        ("Watch the full video of the remarks below:", "media_pointer"),
        ("Listen to both interviews below:", "media_pointer"),
        ("See photos from the debate below:", "media_pointer"),
    ],
)
def test_station_and_writer_promos(line: str, reason: str) -> None:
    assert match_pattern(line) == ("boilerplate", reason)


@pytest.mark.parametrize(
    "line",
    [
        "He told 98.3 FM that the bridge was closed.",
        "Residents were told to listen to 101.5 FM for updates, the mayor said.",
        "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00AM to 9:00AM EST.",
        "Watch the skies, officials said.",
        "Follow the money, he said.",
        "Follow-up inspections found 12 more cracks in the span.",
        "Police asked anyone with information to contact them at 555-0100.",
        "See the chart below, which shows the rate rising since 2019, he said in an email.",
    ],
)
def test_station_and_writer_promos_not_body(line: str) -> None:
    assert match_pattern(line) is None


PROMO = "All-access pass to the top stories, events and offers around town."
TEASER = "Inside the long rebuilding of the old harbour town after the storm."


def _removed(units: list[str]) -> dict[str, str]:
    return {u: v.reason for u, v in zip(units, classify_units(units)) if not v.keep}


#: A box of other stories' links under its heading: the heading takes the five units under it
#: (``widget_heading+links``); what stands further down is left to the general rule.
BOX = ["Related Stories", "\u2022 Man holding lipWitch hunt", "The country where a writer accused of blasphemy must run",
       "\u2022 Rail chiefsNew timetable", "Trains to run every ten minutes", "\u2022 Rice pricesHarvest", "\u2022 Espresso cupNews quiz"]
TAIL = ["\u2022 Irvine WelshDeaf ears", "Five famous Scots who can't vote in the referendum", "\u2022 Electric chairReturn of 'the chair'"]


@pytest.mark.parametrize(
    "units, text, reason",
    [
        # a headline written as a question among other stories' headlines
        ([LEDE, SECOND, *BOX, "Which city serves the strongest cup of coffee?", *TAIL], "Which city serves the strongest cup of coffee?", "link_box"),
        # two short teasers in a run of links
        ([LEDE, SECOND, *BOX, "Is the heat here to stay?", "Can the rupee recover this year?", *TAIL], "Can the rupee recover this year?", "link_box"),
        # a promo printed twice around its box's heading
        ([LEDE, SECOND, "Sponsor Content", TEASER, "\u2022 Top Stories", TEASER.replace("the long", "a long"), "Sign Up >", "No Thanks!"], TEASER, "repeated_line"),
    ],
)
def test_link_boxes(units: list[str], text: str, reason: str) -> None:
    assert _removed(units).get(text) == reason


@pytest.mark.parametrize(
    "units, text",
    [
        # a short sentence between an advert slot and the body
        ([LEDE, "Advertisement", "He declined to comment.", SECOND], "He declined to comment."),
        # a short sentence between two advert slots of two lines each
        ([LEDE, "ADVERTISEMENT", "Story continues below advertisement", "The road remains closed.", "ADVERTISEMENT",
          "Story continues below advertisement", SECOND], "The road remains closed."),
        # a body sentence between lists of figures (clean news: PolNeAR's delegate counts)
        ([LEDE, "THE TOTAL.", "Clinton: 2,316.", "Sanders: 1,547.", "Clinton needs 67 delegates to reach the 2,383 needed to win.", "___.", "OUTSTANDING.", SECOND],
         "Clinton needs 67 delegates to reach the 2,383 needed to win."),
        # a quotation in a box is someone's words, not a link
        ([LEDE, SECOND, *BOX, '"We will rebuild," she said.', *TAIL], '"We will rebuild," she said.'),
        # a long paragraph in the same place is body that jusText would keep
        ([LEDE, SECOND, *BOX, SECOND.replace("Monday", "Sunday after a week of rain in the hills"), *TAIL], SECOND.replace("Monday", "Sunday after a week of rain in the hills")),
        # a short sentence repeated after a paragraph of body is the body's, not a box's
        ([LEDE, "Schools stay shut until Friday.", SECOND, "Schools stay shut until Friday."], "Schools stay shut until Friday."),
    ],
)
def test_link_boxes_keep_body(units: list[str], text: str) -> None:
    assert text not in _removed(units)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("JUNE 23: SpaceX moves satellite launch to July", ("boilerplate", "dated_headline")),
        ("JUNE 20: SpaceX launch scrapped; better luck tomorrow?", ("boilerplate", "dated_headline")),
        ("Nov. 3 | Storm cuts power to 10,000 homes", ("boilerplate", "dated_headline")),
        ("2024-06-20: Launch scrubbed again", ("boilerplate", "dated_headline")),
        ("\u2022 Top Stories", ("boilerplate", "widget_heading")),
        # a chronology in the body writes sentences
        ("June 23: The launch was moved to July.", None),
        ("Jan. 6, 2021: Rioters storm the U.S. Capitol.", None),
        ("March 3: Deadline for applications, officials said.", None),
        ("11:00 am \u2013 Police receive 911 calls saying shots have been fired inside the Inland Regional Center.", None),
        ("Top stories from the summit were dominated by the trade row.", None),
    ],
)
def test_dated_headlines_and_headings(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Get access to the words and decisions of your elected officials for free!",
        "Have a news tip? Email us at tips@example.com.",
        "Do you have a story to share? Contact us.",
        "Want more updates from Amanda? Sign up for her newsletter, Piping Hot Truth.",
        "Want to receive this in your inbox? Sign up by entering your email and clicking the \"subscribe\" button:",
        "Do you support the senator? Like the page:",
        "Send us your photos and videos.",
        "Start your free trial today.",
        "Get unlimited access to our journalism for just 99p a week.",
        "Read the rest of the story at The New York Post.",
        "Read it all here.",
        "Subscribe to HuffPost's politics podcast here.",
        "For more news, visit our homepage.",
        "What do you think? Leave a comment below.",
        "Thanks for reading!",
        "\u2022 Catch up on the latest news.",
        "Try Our AI Features",
        "Explore what Daily8 AI can do for you:",
        "Don't miss the most important news and views of the day. Get them on our Telegram channel",
    ],
)
def test_reader_address(line: str) -> None:
    assert match_pattern(line) == ("boilerplate", "reader_address")


@pytest.mark.parametrize(
    "line",
    [
        # the outlet's calls quoted from someone, or said by someone, are the story's words
        "Get out of your house and head to the shelter now, the sheriff told residents.",
        "Stay indoors and avoid travel, the weather service said on Tuesday.",
        "Visit the county website for shelter locations, officials urged.",
        # imperatives of a column, questions alone
        "Start with the special police forces dedicated to deporting the nation's immigrants.",
        "Support for Mr. Trump here may deepen.",
        "Do you agree?",
        "What do you think of the attack on Carson last night? What do you think of his reply?",
        "Get serious about renewable energy, the under-35 generation says by an overwhelming margin.",
        "Read my lips: no new taxes.",
        "Thank you for your service, she told the veterans.",
        "Follow-up inspections found 12 more cracks in the span.",
        "Find your nearest shelter, the county said in a statement.",
        "Get Out Of Our Town, the banners on the bridge said.",
        "Support our troops.\" was painted on the wall.",
    ],
)
def test_reader_address_not_body(line: str) -> None:
    assert match_pattern(line) is None


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Advertisement - Scroll to continue", "advert"),
        ("Article continues below this ad", "advert"),
        ("Continue reading the main story", "advert"),
        ("Now Playing", "navigation"),
        ("Up Next", "navigation"),
        ("Privacy Policy", "navigation"),
        ("Image 1 of 12", "photo_link"),
        ("Hide caption", "photo_link"),
        ("Sponsored Stories", "widget_heading"),
        ("Top Headlines", "widget_heading"),
        ("In case you missed it", "widget_heading"),
        ("Only $1 for 6 months.", "offer"),
        ("Unlimited digital access for just $1.", "offer"),
        ("Just 99p a week for your first year", "offer"),
        ("Special offer: 3 months for $1", "offer"),
        ("All-access pass to the top stories, events and offers around town.", "offer"),
        ("Your pass to local news, events and deals.", "offer"),
        ("journal-news logo", "photo_link"),
        ("Image", "photo_link"),
        ("Explore News", "photo_link"),
        ("stock", "photo_link"),
        ("(File photo)", "photo_link"),
        ("Photo of author", "photo_link"),
        ("Author Profile Photo", "photo_link"),
    ],
)
def test_labels_inside_the_body(line: str, reason: str) -> None:
    assert match_pattern(line) == ("boilerplate", reason)


@pytest.mark.parametrize(
    "line",
    [
        "Netflix's basic subscription costs just $6.99 a month.",
        "Just $2 million of the $10 million has been spent.",
        "Just $5 was raised, organisers said.",
        "Digital payments rose to $4 billion last year.",
        "Premium fuel sold for $4.50 a gallon.",
        "The festival features music, events and offers for children.",
        "News and deals were scarce.",
        "Members get news and discounts, the club said.",
        "Full access to the site was restored on Monday.",
        "Only 12 people came.",
        "Now the town is rebuilding.",
        "The story continues to unfold as rescuers search the river.",
        "Close to 400 homes were destroyed.",
        "The company changed its logo.",
        "Image matters to the party, he said.",
        "Stock markets fell.",
        "File a claim by Friday, the insurer said.",
    ],
)
def test_labels_inside_the_body_not_body(line: str) -> None:
    assert match_pattern(line) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("CORRECTION: An earlier version of this story misstated the date of the vote.", ("boilerplate", "editor_note")),
        ("CORRECTION APPENDED.", ("boilerplate", "editor_note")),
        ("An earlier version of this article misidentified the mayor.", ("boilerplate", "editor_note")),
        ("The views expressed in this article are the author's own.", ("boilerplate", "editor_note")),
        ("Disclosure: The writer owns shares in the company.", ("boilerplate", "editor_note")),
        ("The earlier version of the bill was rejected by the Senate in May.", None),
        ("Corrections officers found the inmate in his cell on Sunday.", None),
        ("The views expressed by residents at the meeting were mostly angry.", None),
    ],
)
def test_notes_about_the_article(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("MORE: Floods hit Kerala as monsoon arrives", ("MORE", "Floods hit Kerala as monsoon arrives")),
        ("ICYMI | Quake toll rises to 94", ("ICYMI", "Quake toll rises to 94")),
        ("Related stories: How you can help the victims", ("Related stories", "How you can help the victims")),
        ("Recommended: How to stay cool in a heatwave", ("Recommended", "How to stay cool in a heatwave")),
        ("More than 40 people died in the floods.", None),
        ("Recommended doses were cut by half in May.", None),
    ],
)
def test_promo_labels(line: str, expected: tuple[str, str] | None) -> None:
    assert match_promo(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Visitor Agreement and Privacy Policy, and understand your options regarding Ad Choices.", ("boilerplate", "legal_footer")),
        ("By using this website, you accept the terms of our", ("boilerplate", "legal_footer")),
        ("Privacy Policy | Terms of Use | Ad Choices", ("boilerplate", "legal_footer")),
        ("Learn about Careers at Cox Enterprises.", ("boilerplate", "legal_footer")),
        ("The jury deliberated less than one hour and returned a guilty verdict.Full Story >", ("boilerplate", "read_more")),
        ("Facebook changed its privacy policy on Tuesday.", None),
        ("The company updated its terms of service and privacy policy after the fine, regulators said.", None),
        ("Careers were ruined by the scandal.", None),
        ("Temperatures rose to more than 40C > the previous record.", None),
    ],
)
def test_footers_and_teaser_links(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ('(self.SWG_BASIC = self.SWG_BASIC || []).push( basicSubscriptions => { basicSubscriptions.init({ type: "NewsArticle" }); });', ("boilerplate", "code")),
        ("width:100%;", ("boilerplate", "code")),
        ("-webkit-border-radius: 50px;", ("boilerplate", "code")),
        (".bio-text, .twitter-bio, .facebook-bio {", ("boilerplate", "code")),
        ("The function of the committee is to advise; it has no power.", None),
        ("Note: the figures are provisional;", None),
        ("Temperatures: highs of 40C; lows of 25C;", None),
    ],
)
def test_code(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


def _pattern_rows() -> list[dict[str, str]]:
    from analysis.instruments import load_tsv

    return load_tsv("boilerplate_patterns.tsv")


@pytest.mark.parametrize("row", _pattern_rows(), ids=lambda row: f"line{row['line']}-{row['reason']}")
def test_every_pattern_row_removes_its_example(row: dict[str, str]) -> None:
    from analysis.furniture_patterns import ALONG_ONLY

    example = row["example"] + (" Email us." if row["reason"] in ALONG_ONLY else "")
    assert match_pattern(example) is not None, f"boilerplate_patterns.tsv line {row['line']}: its example is not removed"


THIRD = "The interruption lasted about 15 minutes before power was restored to all customers, the utility said."
COMMENTS = ["Our power was out behind the store for nearly a good hour. Not complaining, just curious.",
            "No sooner had they covered the displays than the power came back on, of course."]


@pytest.mark.parametrize(
    "units, kept",
    [
        # readers' comments under their heading are not the article
        ([LEDE, SECOND, THIRD, "2 Comments", *COMMENTS], [LEDE, SECOND, THIRD]),
        ([LEDE, SECOND, THIRD, "3 thoughts on \u201cThunderstorm knocks out power\u201d", *COMMENTS], [LEDE, SECOND, THIRD]),
        # as many comments as body paragraphs: kept (a comments link inside a short body)
        ([LEDE, SECOND, "2 Comments", *COMMENTS], [LEDE, SECOND, *COMMENTS]),
        # a comments link in a share bar under the lede: the body goes on below it
        ([LEDE, "12 Comments", SECOND, *COMMENTS], [LEDE, SECOND, *COMMENTS]),
    ],
)
def test_comment_section(units: list[str], kept: list[str]) -> None:
    assert [u for u, v in zip(units, classify_units(units)) if v.keep] == kept


@pytest.mark.parametrize(
    "line, expected",
    [
        ("3 thoughts on \u201cThunderstorm knocks out power to 8,000 customers\u201d", ("boilerplate", "comments")),
        ("Your browser is out of date!", ("boilerplate", "browser_notice")),
        ("Comments:", ("boilerplate", "comments")),
        ("Comments (12)", ("boilerplate", "comments")),
        ("Comments: the plan drew 40 objections.", None),
        ("Update your browser to view this website correctly. Update my browser now", ("boilerplate", "browser_notice")),
        ("Two responses to the plan were filed on Monday.", None),
        ("Two responses to \"the plan\" were filed on Monday.", None),
        ("Residents said their browser history was searched.", None),
    ],
)
def test_comment_headings_and_browser_notices(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


#: The reasons this work added: none of them may take a line the labelled dev pages call body.
NEW_REASONS = {"closing_credit", "station_promo", "author_promo", "media_pointer", "dated_headline", "reader_address",
               "offer", "editor_note", "legal_footer", "code"}


def test_new_patterns_take_no_labelled_body_line() -> None:
    import csv
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "validation" / "pages"
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        dev = {row["page_id"] for row in csv.DictReader(handle) if row.get("split") == "dev"}  # held-out pages stay unseen
    with (folder / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        body = [row["text"] for row in csv.DictReader(handle, delimiter="\t") if row["label"] == "body" and row["page_id"] in dev]
    assert len(body) > 500
    taken = [(line, found[1]) for line in body if (found := match_pattern(line)) and found[1] in NEW_REASONS]
    assert taken == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("THIS IS A BREAKING NEWS UPDATE. AP\u2019s earlier story follows below.", ("boilerplate", "update_notice")),
        ("More to come.", ("boilerplate", "update_notice")),
        ("Check back for updates.", ("boilerplate", "update_notice")),
        ("Source link", ("boilerplate", "link_here")),
        ("#Tsunami #waves #magnitude #earthquake", ("boilerplate", "tags")),
        ("More to come, the minister said of the cuts.", None),
        ("The original story was told by his grandmother.", None),
        ("The earlier version follows the same plot.", None),
        ("Fans chanted #JusticeForThe96 outside the ground.", None),
    ],
)
def test_update_notes_source_links_hashtags(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Advertisement \u00b7 Scroll to continue", ("boilerplate", "advert")),
        ("Can't say", ("boilerplate", "poll")),
        ("View results", ("boilerplate", "poll")),
        ("\u2022 HOME\u00bb", ("boilerplate", "breadcrumb")),
        ("No, he said.", None),
        ("Yes, the vote passed.", None),
        ("Voters said they could not say who would win.", None),
    ],
)
def test_polls_and_slots(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Related Topics", ("boilerplate", "widget_heading")),
        ("Read Next", ("boilerplate", "widget_heading")),
        ("Video Player is loading.", ("boilerplate", "navigation")),
        ("Gift this article", ("boilerplate", "navigation")),
        ("Report an error", ("boilerplate", "navigation")),
        ("Paid Partner Content", ("boilerplate", "advert")),
        ("A version of this article appears in print on Dec. 5, 2022, Section A, Page 1.", ("boilerplate", "print_notice")),
        ("Audio of the call was released on Monday.", None),
        ("Related topics were discussed at length.", None),
        ("Read next week's report for the figures, the minister said.", None),
    ],
)
def test_more_page_labels(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Technorati Tags: ,", ("boilerplate", "tags")),
        ("Posted By:", ("boilerplate", "blog_widget")),
        ("Our goal is to create a safe place for users. In order to improve our community experience, we are temporarily suspending article commenting",
         ("boilerplate", "comments")),
        ("The newspaper said it was suspending comments on its site after abuse.", None),
        ("Price tags: the cheapest seat costs 40 euros.", None),
        ("Posted by a friend, the video spread quickly.", None),
    ],
)
def test_blog_labels_and_comment_notices(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected
