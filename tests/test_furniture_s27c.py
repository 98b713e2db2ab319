"""Furniture read on the twenty-fourth site sets (s1000-s1029) in the session of 6 Dec 2026 from 18:27 UTC (issue 11):
a weather service's bulletin over a station's story, WordPress readers' comments under their signatures, rows for a
comment heading naming the story, a chevron list of other stories, an appeal for support, a station's tips box and
streaming-app note, a publishing platform's editing links. Every text here is made up."""
import pytest

from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern

LEAD = "MARION, IL (WXYZ) -- Police are investigating a series of drive-by shootings in three towns overnight."
MORE = "According to the sheriff's office, the shootings happened early on Saturday, and no one was hurt in any of them."
THIRD = "Anyone with information about the shootings is asked to call the sheriff's office, deputies said on Sunday."
BULLETIN = [
    "Weather Alert", "Weather Alert", "...Subzero Wind Chills Tonight...",
    "Clear skies and a fresh snow pack will allow temperatures to fall\ninto the single digits again overnight. Combined with light winds,\nwind chill values of zero to 10 below zero are forecast. If\nplanning to be outdoors, wear extra layers of clothing as well\nas a hat and gloves, and check on elderly neighbours tonight.",
    "A clipper system will bring light snow accumulations Monday\nmorning through Monday evening. Most locations stand to receive\nroughly 1 to 2 inches of snow, with the higher amounts currently\nforecast across the southern counties. This snow may cause travel\nissues to develop during the morning and evening commutes Monday.",
    "Stay tuned for updates to the forecast tonight through Christmas\nDay.",
]


def test_weather_bulletin_over_the_story():
    text = "\n\n".join([*BULLETIN, "Police investigating drive-by shootings in three towns", "\u2022 Updated", "gun violence shooting crime", LEAD, MORE, THIRD])
    cleaned = clean_text(text)
    assert cleaned.headline == "Police investigating drive-by shootings in three towns"
    assert cleaned.body.startswith("Police are investigating a series")
    assert "snow" not in cleaned.body


def test_weather_bulletin_closed_by_its_mark():
    text = "\n\n".join(["...WINTER WEATHER ADVISORY IN EFFECT UNTIL 11 PM THIS EVENING...", "* WHAT...Snow. Accumulations of 1 to 3 inches.",
                        "* WHERE...Portions of the valley and the hills.", "Slow down and use caution while traveling.", "&&",
                        "The city council has adopted a new map of its districts, the first of its kind for the growing city, after a year of work.",
                        MORE, THIRD])
    body = clean_text(text).body
    assert body.startswith("The city council has adopted")
    assert "Slow down" not in body


def test_story_about_a_weather_alert_stays():
    # a story quoting the service's alert, with no lead opening on a dateline and no closing mark below: nothing is taken
    text = "\n\n".join(["Weather alert issued for the county",
                        "The weather service issued a winter storm warning for the county on Friday, and said up to a foot of snow could fall by Sunday.",
                        "Schools will close early on Friday, the district said, and buses will not run in the hills.", THIRD])
    body = clean_text(text).body
    assert body.startswith("The weather service issued") and "Schools will close early" in body


def test_wordpress_comments_under_their_signatures():
    comments = ["1. Ann Lee", "Ann Lee May 10, 2017 at 7:30 pm", "Only the garages make money here.",
                "2. Bob Ray May 10, 2017 at 7:52 pm", "People will not hold their lanes.", "3. Observer May 10, 2017 at 9:09 pm",
                "There was no overtaking, the green car had a problem."]
    text = "\n\n".join(["Three-vehicle smash up", LEAD, MORE, "7 Responses to Three-vehicle smash up", *comments])
    body = clean_text(text).body
    assert body.endswith("no one was hurt in any of them.")
    assert "garages" not in body and "Observer" not in body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("7 Responses to Three-vehicle smash up", "comments"),
        ("- \u00bb Police find a lost dog in the park", "read_more"),
        ("We need your support so our site can keep delivering news and information to you.", "reader_appeal"),
        ("News Tips", "reader_address"),
        ("What should WXYZ5 cover? Is there a story, topic, or issue we should revisit?", "reader_address"),
        ("Catch WXYZ News5 on your time, anytime with our free streaming app available for your Roku, FireTV and AppleTV.", "app_notice"),
        ("Edit Article Add New Article", "navigation"),
        ("Edit", "navigation"),
    ],
)
def test_rows_s27c(line, reason):
    found = match_pattern(line)
    assert found is not None and found[1] == reason, (line, found)


@pytest.mark.parametrize(
    "line",
    [
        "Police made 7 responses to the crisis in March.",
        "The mayor said: \"We need your support so the town can rebuild,\" at the meeting.",
        "The company said its free app for Roku users would launch next year, the chief executive said.",
        "What should the city do about the potholes?",
    ],
)
def test_rows_s27c_refused(line):
    found = match_pattern(line)
    assert found is None or found[1] not in {"comments", "read_more", "reader_appeal", "reader_address", "app_notice", "navigation"}, (line, found)


def test_second_read_live_blog_signed_newest_first_stays():
    entries = ["Jane Carter March 3, 2024 at 11:40 pm", "The county has opened two warming centres, officials said.",
               "Jane Carter March 3, 2024 at 9:15 pm", "Power has been restored to half of the homes, the utility said."]
    body = clean_text("\n\n".join(["Live: storm hits the county", LEAD, MORE, *entries])).body
    assert "warming centres" in body and "Power has been restored" in body


def test_second_read_quoted_messages_stay():
    messages = ["Tom Ellis March 1, 2019 at 9:14 pm", "Where are you?", "Jane Roe March 1, 2019 at 9:20 pm", "At the station."]
    text = "\n\n".join(["Texts read out in court", LEAD, MORE, "The exchange, read to the jury, went:", *messages,
                        "The jury will hear from the defendant on Monday, the judge said."])
    assert "The jury will hear from the defendant" in clean_text(text).body


def test_second_read_count_headline_is_the_headline():
    text = "\n\n".join(["3 thoughts on the Lakers' win over the Celtics",
                        "LeBron James scored 31 points as the Lakers beat the Celtics on Saturday night in front of a full arena.", MORE, THIRD])
    cleaned = clean_text(text)
    assert cleaned.headline == "3 thoughts on the Lakers' win over the Celtics"
    assert cleaned.body.startswith("LeBron James scored")


def test_second_read_nav_weather_alerts_over_a_storm_story():
    text = "\n\n".join(["Weather Alerts", "Storm floods roads across the county",
                        "Heavy rain flooded roads across the county on Tuesday, and several drivers had to be rescued from their cars, police said.",
                        "Schools closed early, and buses were kept off the hill roads until the water went down in the afternoon.",
                        "Flooding closes Route 13 in Marion", "(WXYZ) -- Route 13 was closed in both directions near the mall after water covered the road."])
    body = clean_text(text).body
    assert body.startswith("Heavy rain flooded roads") and "Schools closed early" in body
