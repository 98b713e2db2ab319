"""Furniture in the middle and at the end of pages (issue 11, f12): publishing platforms' wording
(a theme's advert placeholder, a share label, a paywall prompt, a platform's footer credit, a
gallery counter) and other stories' cards (title, date, teaser, read-more link); each with body
sentences of war, crime, election, business and sports news that share their words and must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import classify_units, match_pattern
from analysis.clean import clean_text
from analysis.promo_cards import promo_cards

BODY = "Rescuers dug through the rubble of collapsed homes on Tuesday as the toll rose to 94, officials in the province said."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("spot_img", "advert"),
        ("spot_imgspot_img", "advert"),
        ("Share post:", "share"),
        ("Share on:", "share"),
        ("For access to this article please sign in or subscribe.", "subscriber"),
        ("To get full access to this story, please log in or become a subscriber.", "subscriber"),
        ("Reader Comments(0)", "comments"),
        ("User Comments", "comments"),
        ("Powered by ROAR Online Publication Software from Lions Light Corporation", "copyright"),
        ("Powered by Newspack", "copyright"),
        ("Rendered 03/28/2024 02:48", "time_stamp"),
        ("1/23", "counter"),
        ("12 / 40", "counter"),
        ("top of page", "navigation"),
        ("1,099 views0 comments", "counter"),
        ("No posts to display", "navigation"),
        ("Loading ...", "navigation"),
        ("\u00ab Back to LIVE", "navigation"),
        ("Remind Me Later >", "navigation"),
        ("1 comment:", "comments"),
        ("4 Comments - Write a Comment", "comments"),
        ("PLACE YOUR COMMENT IN THE COMMENT BOX", "comments"),
        ("Twitter picture", "comments"),
        ("Linda Medrano said...", "comments"),
        ("via IFTTT", "syndication_note"),
        ("from Gizmodo http://ift.tt/2tR8aCV", "syndication_note"),
        ("Share this: Share on X (Opens in new window) X Share on Facebook (Opens in new window) Facebook", "share"),
        ("Credit Victor J. Blue for The New York Times", "caption_credit"),
        ("Exit mobile version", "navigation"),
        ("Most read in", "widget_heading"),
        ("Featured on Al Jazeera", "widget_heading"),
        ('Home Tags Posts tagged with "flash floods"', "tags"),
        ("Comment count on this article reflects comments made on Example.com and Facebook", "comments"),
        ("Education \u276f Labor Relations \u276f Strikes \u276f Teachers", "breadcrumb"),
        ("Join HALO today and unlock this story instantly \u2014 It's Free", "subscriber"),
        ("Thank you for your patience while we verify access.", "subscriber"),
        ("Want all of The Times? Subscribe.", "subscriber"),
        ("AP soccer: https://apnews.com/hub/soccer", "other_coverage"),
        ("Share if you like", "share"),
        ("Sponsor: QWIKET", "advert"),
        ("Content Goes Here", "code"),
        ("Notice: Undefined index: display_breadcrumb in zen_breadcrumb() (line 101 of sites/all/themes/zen/template.php).", "code"),
        ("Total Votes: 115", "poll"),
        ("Tag Archives: County Commissioners", "navigation"),
        ("No ads found for this position", "advert"),
        ("Share on", "share"),
        ("Follow us on", "share"),
        ("Comments: Our rules", "comments"),
        ("Please report any comments that break our rules.", "comments"),
        ("Read the rules hereComments are closed on this article", "comments"),
        ("You do not have access to this content. You need to subscribe.", "subscriber"),
        ("Videos", "widget_heading"),
        ("Powered by Frankly", "copyright"),
        ("Spread The News!", "share"),
        ("Share this: Twitter", "share"),
        ("What's On Your Mind?", "comments"),
        ("By on Oct 23, 2011 in Asia, Natural Disasters Comments", "blog_widget"),
        ("Get top local stories in Southern California delivered to you every morning. >Sign up for the newsletter.", "newsletter"),
        ("Legal Disclaimer:", "legal_footer"),
        ("Example News provides the information \u201cas is\u201d without warranty of any kind.", "legal_footer"),
        ("undefined", "code"),
        ("Website designed and hosted by Example Media.", "copyright"),
        ("OKW (not verified) says:", "comments"),
        ("\u2022 Allowed HTML tags: <a> <em> <strong>", "comments"),
        ("The content of this field is kept private", "comments"),
        ("Article content", "navigation"),
        ("Loading live scores...", "navigation"),
        ("Scroll to Top", "navigation"),
        ("Archive | Record Heat Alert RSS for this section", "navigation"),
    ],
)
def test_platform_furniture(line: str, reason: str) -> None:
    assert match_pattern(line) == ("boilerplate", reason)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 3% in early trading: investors sold banks and miners.",
        "Shares of the company rose after the merger was announced.",
        "For access to the border crossing, refugees must register with the UN agency.",
        "Readers' comments on the verdict flooded the newspaper's website, the editor said.",
        "Powered by solar panels, the plant supplies 3,000 homes in the district.",
        "The rebels' drones, powered by cheap batteries, hit the depot overnight.",
        "The army said 1/3 of the brigade had been withdrawn from the front.",
        "The striker scored twice as City won 3-1 at home.",
        "Voters who want access to the ballot must register by Friday, officials said.",
        "Back to the front line: troops returned to Bakhmut on Monday.",
        "No thanks was given to the rescuers, the mayor complained.",
        "Credit Suisse shares fell 8% for the second day.",
        "The minister said... nothing more about the talks.",
        "Loading of the ship resumed after the strike ended.",
        "Top of the table: City beat Arsenal 2-1 to go four points clear.",
        "The comments section of the paper was closed after threats, police said.",
        "Posts tagged with war crimes cost lives, the report said.",
        "Featured on Fox News, the governor said the state would sue.",
        "Most read in the capital, the paper closed after the raid.",
        "Warning: the storm is coming, officials said.",
        "Notice: residents must leave by Friday.",
        "Vote now or lose your voice, the mayor urged.",
        "The sponsor: a Gulf state fund that bought the club in 2021.",
        "Want to know more? The ministry published the figures on Monday.",
        "We want our comments to be heard, the union leader said.",
        "You do not have to pay the fine until March, the court ruled.",
        "Share on the market: the firm now holds 12%.",
        "Share your thoughts on the budget with your MP, the minister urged voters.",
        "By on-time departures, the airline ranked last in the survey.",
        "Spread the news of the ceasefire reached the front within hours, soldiers said.",
        "The site, developed by the army in 2019, was abandoned after the floods.",
        "Null and void, the court said of the election result.",
        "The contractor provides the material as is, without warranty, the lawsuit alleges.",
        "Casualty figures released by the rebels' health ministry (not verified)",
        "The article content was disputed by the ministry, the editor said.",
    ],
)
def test_body_sentences_stay(line: str) -> None:
    assert match_pattern(line) is None


CARDS = [
    BODY,
    "Read more here",
    "Venice's canals ice over",
    "Big freeze in Europe shows no signs of letting up as Venice's canals ice over",
    "February 7, 2012",
    "The big freeze shows no sign of letting up in Europe.",
    "Water buses were stranded in the city's canals after they froze solid.",
    "Read more here",
    "Freeze Kills Dozens In Eastern Europe",
    "January 31, 2012",
    "Heavy snow and a severe cold snap are reported to have killed dozens of people across Eastern Europe.",
    "Read more here",
]


def test_cards_with_links_go() -> None:
    verdicts = classify_units(CARDS)
    assert [v.keep for v in verdicts] == [True] + [False] * (len(CARDS) - 1)
    assert {v.reason for v in verdicts[2:]} == {"promo_card"}


def test_cards_without_links_chained_to_the_end_go() -> None:
    units = [BODY, "Police arrest two men after bank raid", "March 3, 2021", "Two men were arrested after a raid on a bank.",
             "Election turnout hits record", "3 March 2021", "Turnout reached 71% in the vote, officials said."]
    assert promo_cards(units, [True, False, False, True, False, False, True]) == {1, 2, 3, 4, 5, 6}


@pytest.mark.parametrize(
    "units",
    [
        # a timeline in the body: dated events, no title above each date, and the body goes on
        [BODY, "Timeline of the war", "February 24, 2022", "Russian troops cross the border.", "March 2, 2022",
         "Kherson falls.", "The fighting has since moved east, the army said."],
        # a live blog: the stamp above the entry's heading, not below it
        [BODY, "March 3, 2021", "Polls close in the east", "Counting began at 8pm, officials said.",
         "March 4, 2021", "Opposition claims victory", "The opposition leader said he had won."],
        # one dated box inside the body, the body going on below it
        [BODY, "Court jails two for fraud", "May 5, 2020", "The judge said the scheme cost savers $3m.",
         "The bank's shares fell 4% on the news.", "The bank said it would appeal."],
        # a sports report with its results dated under a heading, no teaser link
        [BODY, "Final score", "June 12, 2022", "City won 3-1 after extra time."],
    ],
)
def test_dated_body_stays(units: list[str]) -> None:
    assert promo_cards(units, [True] * len(units)) == set()
    verdicts = classify_units(units)  # as the page gives them: the headings and dates removed, the body kept
    assert promo_cards(units, [v.keep for v in verdicts]) == set()
    assert not any(v.reason == "promo_card" for v in verdicts)


def test_cards_on_a_page() -> None:
    page = "\n\n".join(["Quake toll rises to 94", "February 19, 2012", BODY, "Schools stay shut, the ministry said.", *CARDS[1:]])
    cleaned = clean_text(page)
    assert cleaned.body.startswith("Rescuers dug") and cleaned.body.endswith("the ministry said.")
    assert sum(r.reason == "promo_card" for r in cleaned.removed) == len(CARDS) - 2


def test_teasers_cut_short_go() -> None:
    page = "\n\n".join([
        "Monsoon, landslides kill 20 in southern India", BODY, "Schools stay shut, the ministry said.", "Related Stories", "Videos",
        "Mrunal Thakur on Dhamaka, experience of working with Kartik Aaryan,\u2026\n"
        "Nushrratt Bharuccha on Chhorii, pressure of comparison with Lapachhapi, upcoming\u2026\n"
        "Abhimanyu Dassani on Meenakshi Sundareshwar, how his mom Bhagyashree reacted\u2026",
    ])
    assert clean_text(page).body.endswith("the ministry said.")
    units = [BODY, "Striker on his new club, the fee, working with the coach,\u2026", "Minister on the budget, tax cuts, upcoming\u2026"]
    assert [v.keep for v in classify_units(units)] == [True, False, False]


@pytest.mark.parametrize(
    "units",
    [
        # one quotation trailing off inside the body
        [BODY, "\u201cWe will wait and see\u2026\u201d the general said.", "Troops stayed in their positions overnight."],
        # a paragraph trailing off, then the body going on
        [BODY, "The count went on into the night, and then\u2026", "By morning the opposition had won 52% of the vote, officials said."],
        # the page store's cut of the last paragraph (no ellipsis)
        [BODY, "Shares in the bank fell 4% on Monday after it reported a loss of $2bn in the third quarter, and analysts said the"],
    ],
)
def test_body_trailing_off_stays(units: list[str]) -> None:
    assert all(v.keep for v in classify_units(units))


def test_agency_names_have_one_source() -> None:
    """news_agencies.tsv is the one list of agencies: the agency_credit pattern names none itself,
    and every agency the TSV names is a credit in brackets and closes a paragraph."""
    from analysis.instruments import instrument_path, load_tsv
    from analysis.layout import split_closing_credit

    rows = [r for r in load_tsv("boilerplate_patterns.tsv", required=("reason",)) if r["reason"] == "agency_credit"]
    assert any("{agencies}" in r["pattern"] for r in rows)
    assert not any("xinhua" in r["pattern"].lower() for r in rows)
    assert instrument_path("news_agencies.tsv").is_file()
    for agency in load_tsv("news_agencies.tsv", required=("name",)):
        name = agency["name"].title()
        assert match_pattern(f"({name})") == ("top_matter", "agency_credit"), name
        assert split_closing_credit(f"{BODY} ({name})") == [BODY, f"({name})"], name
        if agency["short"]:
            assert match_pattern(f"\u2014 {agency['short']}") == ("top_matter", "agency_credit"), agency["short"]


def test_results_table_is_body_wherever_it_stands() -> None:
    """A by-election's results (votes, share and change in brackets) opening a results page: its rows
    pass for date lines and a standfirst, but a table of results is no furniture."""
    page = "\n".join(["Voting Breakdown", "Percentage based", "Con 810 (48.4; -12.7)", "LD Denise Gaines 751 (44.8; +5.9)",
                      "Lab 86 (5.1; +5.1)", "United People's Party 28 (1.7; +1.7)", "Majority 59", "Turnout 38.2%Con hold.",
                      "Percentage change is since May 2011."])
    body = clean_text(page).body
    assert body.startswith("Con 810 (48.4; -12.7)") and "Majority 59" in body and "Percentage based" not in body


@pytest.mark.parametrize(
    "rows",
    [
        ["Con 810 (48.4; -12.7)", "Lab 86 (5.1; +5.1)"],  # two rows are no table
        # other stories with a number and their years: a year in brackets is no share of the vote
        ["Kerala floods kill 12 (2019)", "Quake in Japan kills 7 (2011)", "Fire in Paris hurts 3 (2019)"],
    ],
)
def test_short_or_dated_lists_are_no_results_table(rows: list[str]) -> None:
    from analysis.body_lists import keep_body_lists
    from analysis.boilerplate import Verdict

    verdicts = [Verdict(False, "top_matter", "top:date")] * len(rows)
    keep_body_lists(rows, verdicts)
    assert not any(v.keep for v in verdicts)


def test_lede_under_byline_and_date_stays() -> None:
    """Headline, byline, date, then the lede with its picture under it: the header closed above the lede."""
    lede = "Sears Holdings Corp said on Thursday it plans to shut another 72 stores to stem losses as sales fell."
    units = ["Sears to close 72 more stores, sales fall", "By Jane Roe", "May 31, 2018", lede, "Photo: Sears/ Instagram",
             "The department store operator has been trying to transform its business as foot traffic declines, analysts said."]
    assert [v.keep for v in classify_units(units)] == [False, False, False, True, False, True]
    # the standfirst stands between the headline and the byline: it goes
    units = ["Sears to close 72 more stores", lede, "By Jane Roe", "Photo: Sears/ Instagram", units[-1]]
    assert [v.reason for v in classify_units(units)][:3] == ["top:headline", "top:standfirst", "top:byline"]
