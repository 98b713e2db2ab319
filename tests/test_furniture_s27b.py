"""Furniture read on the twenty-third site sets (s976-s999) in the session of 6 Dec 2026 from 18:27 UTC (issue 11):
a breadcrumb ending in the headline cut short, a live ticker's line, the lead printed under its picture's doubled
caption with a dateline, other stories' dated teasers closing the page, a letter's head printed in the story, a
newsletter box's privacy note. Every text here is made up."""
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern

STORY = (
    "At least seven people died in a fire on the fourth floor of a hotel near the station late on Monday, and "
    "firefighters were still searching the building at midnight, the city's fire chief said."
)
MORE = "The fire was thought to have started in the basement, where scooters were parked, police said on Tuesday."
THIRD = "Many guests were trapped inside for hours, and several were taken to hospital with burns and breathing problems."


def test_breadcrumb_with_the_headline_cut_short():
    text = "\n\n".join(["News Crime 13 Sep 2022 7 die in city hotel fi ...", "News, Crime", "7 die in city hotel fire",
                       "THE DAILY STAR | ANN LEE", "Published Sep 13, 2022, 8:01 am", STORY, MORE, THIRD])
    cleaned = clean_text(text)
    assert cleaned.headline == "7 die in city hotel fire"
    assert cleaned.body.startswith("At least seven people died")
    assert ("boilerplate", "headline_crumb") in [(r.kind, r.reason) for r in cleaned.removed]


def test_ellipsis_line_sharing_no_headline_stays():
    # a teaser line of the story's own ending in an ellipsis, with nothing of a headline at its end
    text = "\n\n".join(["Hotel fire kills seven", "And then the alarms went off ...", STORY, MORE, THIRD])
    assert "And then the alarms went off" in clean_text(text).body


def test_live_ticker_line():
    assert match_pattern("LIVE ! : While the hosts will want to wrap up the series by winning the final match, the visitors will fight.") == ("boilerplate", "navigation")
    assert match_pattern("LIVE: Floods hit the capital as rivers burst their banks") is None or match_pattern("LIVE: Floods hit the capital as rivers burst their banks")[1] != "navigation"


def test_lead_printed_under_its_doubled_caption():
    from analysis.repeats import repeats

    caption = "More than 20 children were killed when a school bus collided with a truck in the district."
    units = ["School bus crash kills 20 children", caption, caption, "Etah: " + caption, MORE]
    assert repeats(units, [True] * 5)[2] == {1, 2}
    # a caption's label in capitals is no dateline: the three copies are the picture's
    assert repeats(units[:3] + ["CRASH: " + caption, MORE], [True] * 5)[2] == {1, 2, 3}


def test_dated_teasers_closing_the_page():
    text = "\n\n".join(["Suspicious object found near the bus park", STORY, MORE, THIRD, "Publish Date : 06 May 2019 19:09 PM",
                        "Today's news in a nutshell", "KATHMANDU: The site brings you a glimpse of the major developments of",
                        "Government to list online channels", "KATHMANDU: The government has decided to register and",
                        "Hydropower equipment abandoned", "JUMLA: Electrical equipment worth crores of rupees has been abandoned"])
    body = clean_text(text).body
    assert body.endswith("breathing problems.")
    assert "JUMLA" not in body


def test_digest_with_full_items_stays():
    # a digest's items ending as sentences are the story's own
    items = ["Government to list online channels", "KATHMANDU: The government has decided to register all online channels by June.",
             "Hydropower equipment abandoned", "JUMLA: Electrical equipment worth crores of rupees has been abandoned at the site."]
    body = clean_text("\n\n".join(["Today's news in brief", STORY, MORE, *items])).body
    assert "JUMLA: Electrical equipment" in body


def test_letter_head_printed_in_the_story():
    letter = "We act for the President, who has instructed us to demand a full apology and damages within seven days of this letter."
    text = "\n\n".join(["President demands damages from opposition leader", STORY, "Below is the full Demand", "2nd September 2020",
                        "Ms Ann Lee", "Dear Madam,", letter, "Yours faithfully, the firm's partners, for and on behalf of the President."])
    body = clean_text(text).body
    for line in ("Below is the full Demand", "2nd September 2020", "Ms Ann Lee", "Dear Madam,"):
        assert line in body


def test_salutation_without_story_above_stays_out():
    # a comment form's "Dear reader," greeting under furniture, no story right above it
    text = "\n\n".join(["Hotel fire kills seven", STORY, MORE, "Share this", "Subscribe", "Dear reader,",
                        "Support our journalism today with a small monthly gift, and help us keep reporting the stories that matter."])
    assert "Dear reader," not in clean_text(text).body


def test_privacy_note_row():
    assert match_pattern("We care about the protection of your data. Read our Privacy Policy.") == ("boilerplate", "newsletter")
    assert match_pattern("The company said it cares about the protection of your data and will review the breach.") is None


def test_dated_teasers_given_back_by_a_list_rule_go():
    from analysis.promo_cards import dateline_teasers

    units = [STORY, MORE, "Government to list online channels", "KATHMANDU: The government has decided to register and",
             "Hydropower equipment abandoned", "JUMLA: Electrical equipment worth crores of rupees has been abandoned"]
    assert dateline_teasers(units, [True] * 6) == {2, 3, 4, 5}
    # one pair only, or the body going on below: no list of cards
    assert dateline_teasers(units[:4], [True] * 4) == set()
    assert dateline_teasers(units + [THIRD], [True] * 7) == set()
