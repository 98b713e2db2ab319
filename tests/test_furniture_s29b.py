"""Read on the fortieth to forty-second collections (s1255-s1299) in the session of 6 Dec 2026 from 23:27 UTC (issue 11):
a public radio page's picture between its date line and the lede, a share bar printed as a list, a standfirst over the
header's date line, an author box headed "About <name>", a donation box, a tips box's
question, times told with their zone. Every text here is made up."""
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from tests.helpers import claim_numbers

BODY = [
    "Firefighters now have the upper hand on a 300 acre brush fire in the east of the county, near the lake, officials said on Thursday.",
    "The fire was discovered just before 1 p.m. and forced the evacuation of the recreation area and about five homes nearby.",
    "More than 500 firefighters are battling the blaze, and helicopters and air tankers are playing a key role in the rugged terrain.",
]


def _page(header: list[str], tail: list[str] = ()) -> str:
    return "Firefighters get upper hand on county wildfire\n\n" + "\n".join(header) + "\n\n" + "\n\n".join([*BODY, *tail])


def test_a_caption_and_its_credit_between_the_date_line_and_the_lede_go():
    caption = "Some 500 firefighters are battling a wildfire near the lake."
    header = ["KCLU | By Lance Orozco", "Published October 3, 2024 at 11:01 PM PDT", caption, "Ventura County Fire Department", "Blaze chars 300 acres."]
    cleaned = clean_text(_page(header))
    assert cleaned.body.startswith(BODY[0])
    gone = {r.text: r.reason for r in cleaned.removed}
    assert caption in gone and "Ventura County Fire Department" in gone and gone["Blaze chars 300 acres."] == "top:standfirst"
    header[-1:] = []  # the general rule takes a caption and credit on their own; printed as Grove prints them, kept by it:
    grove = clean_text(_page(header[:2] + ["\n".join(header[2:]) + "\n" + caption]))
    assert grove.body.startswith(BODY[0])
    crosshead = clean_text(_page(["By Lance Orozco", "Published October 3, 2024"]).replace(BODY[0], "The council approved a budget on Tuesday.\n\nRaises for City Workers\n\n" + BODY[0]))
    assert "The council approved a budget on Tuesday." in crosshead.body  # a lede and a crosshead under the date line, each a block of its own
    lede = "Firefighters were called to the lake on Thursday."  # a short lede under the date line is followed by the story, not a name
    kept = clean_text(_page(["By Lance Orozco", "Published October 3, 2024", lede]))
    assert lede in kept.body


def test_a_byline_under_a_lede_printed_again_is_no_picture_credit():
    lede = "Shock and grief engulfed residents of the village when lightning struck a classroom block on Wednesday."
    text = "Lightning kills five pupils\n\nNov 04, 2015\n\n" + lede + "\n\nBy Chris Mugasha\n\n" + lede + "\n\n" + "\n\n".join(BODY)
    assert lede in clean_text(text).body


def test_a_share_bar_printed_as_a_list_goes_a_list_of_platforms_stays():
    buttons = ["  \u2022 Facebook", "  \u2022 Twitter", "  \u2022 LinkedIn", "  \u2022 Email"]
    cleaned = clean_text(_page(["Published October 3, 2024"], ["\n".join(buttons)]))
    assert "Facebook" not in cleaned.body and "share_list" in {r.reason for r in cleaned.removed}
    scam = ["\u2022 Email", "\u2022 WhatsApp", "\u2022 Telegram"]
    told = clean_text(_page(["Published October 3, 2024"], ["Victims said the first message came through one of these:", "\n".join(scam)]))
    assert "share_list" not in {r.reason for r in told.removed}  # a list the story announces
    platforms = ["\u2022 Facebook", "\u2022 Instagram", "\u2022 WhatsApp"]
    story = clean_text(_page(["Published October 3, 2024"], ["The company owns three of the largest platforms:", "\n".join(platforms)]))
    assert "share_list" not in {r.reason for r in story.removed}  # no e-mail, print or share button: a story's list


def test_an_events_date_line_under_the_lede_is_no_page_stamp():
    lede = "The Marston Spring Craft Fair returns next weekend with more than 60 stalls and a children's workshop."
    text = "\n\n".join(["Community", "Spring craft fair returns to Marston with 60 stalls", "By Helen Marsh\nPublished March 1, 2024", lede,
                        "Saturday, March 9, 2024, 10 a.m. to 4 p.m., at the Marston Community Centre",
                        "Organisers say this year's fair has the most stallholders since it began in 2009, selling pottery, knitwear and jewellery.",
                        "Entry is free, and money raised from the cafe will go to the Marston Scout group's new minibus fund."])
    assert lede in clean_text(text).body


def test_a_standfirst_over_the_headers_date_line_goes():
    standfirst = "Police say two vehicles collided west of the city. Traffic is being rerouted."
    text = _page([standfirst, "Saskatoon StarPhoenix", "Apr 13, 2022  \u2022  1 hour ago  \u2022  1 minute read  \u2022  Join the conversation"])
    cleaned = clean_text(text)
    assert cleaned.body.startswith(BODY[0])
    assert {r.reason for r in cleaned.removed if r.text == standfirst} == {"top:standfirst"}


def test_an_author_box_headed_about_the_writer_or_called_by_first_name_goes():
    about = "About Ginelle Longley\n\nGinelle Longley is a broadcast reporter and occasional TV news anchor with Eyewitness News."
    cleaned = clean_text(_page(["Published October 3, 2024"], [about]))
    assert "Longley" not in cleaned.body
    card = "Hartley Miller\n\nHartley Miller\n\nHartley is the News Director for the station. He is the author of You Don't Say, a book of quotes."
    assert "News Director" not in clean_text(_page(["Published October 3, 2024"], [card])).body
    profile = "Hartley Miller\n\nHartley is the News Director for the station, the board said on Monday."
    assert "the board said" in clean_text(_page(["Published October 3, 2024"], [profile])).body
    speaker = "About Margaret Ellis\n\nMargaret Ellis is the author of 12 novels and will sign copies after the talk."
    assert "12 novels" in clean_text(_page(["Published October 3, 2024"], [speaker])).body  # the story's speaker, no newsroom job
    otis = "Frank Otis\n\nFrank Otis\n\nOtis is the radio presenter who read the news of the 2008 flood to the town."
    assert "2008 flood" in clean_text(_page(["Published October 3, 2024"], [otis])).body  # a surname alone: the story's way


def test_rows_donation_box_and_tips_question():
    assert match_pattern("To reach Linda Park, call 712-555-0188 or email lpark@harlanschools.org.") is None  # a contact the story gives
    assert match_pattern("Every contribution, however large or small, will make a difference.") is None  # a fundraiser's words
    assert match_pattern("Each donation will be used exclusively for the development and creation of increased news coverage.") == ("boilerplate", "reader_appeal")
    assert match_pattern("Readers around Steamboat and Routt County make the Steamboat Pilot & Today\u2019s work possible. "
                         "Your financial contribution supports our efforts to deliver quality, locally relevant journalism.") == ("boilerplate", "reader_appeal")
    assert match_pattern("Something going on in the Prince George area you think people should know about?") == ("boilerplate", "contact_note")


def test_a_time_told_with_its_zone_is_no_count():
    assert claim_numbers("The fire broke out at around 12.00 WIB and 14 houses burned.") == ["14"]
    assert claim_numbers("The quake struck at 08.15 WITA, shaking 3 provinces.") == ["3"]
    assert claim_numbers("Prices include 5% GST for 300 households.") == ["5%", "300"]
    assert claim_numbers("The clinic has 40 MSK physiotherapists and 12 MST teams.") == ["40", "12"]


def test_rows_of_the_forty_third_to_forty_fifth_collections():
    assert match_pattern("David Hurst is a reporter for The Tribune-Democrat. Follow him on Twitter @TDDavidHurst and Instagram @TDDavidHurst.") == ("boilerplate", "author_bio")
    assert match_pattern("Fans should follow him on Twitter for updates.") is None  # no handle: the story's
    assert match_pattern("You can see more of his work here.") == ("boilerplate", "author_bio")
    assert match_pattern("Upgrade to Premium") == ("boilerplate", "paywall_appeal")
    assert match_pattern("She said the workers would upgrade to premium fuel.") is None
    assert match_pattern("error: Content is protected !!") == ("boilerplate", "navigation")
    assert match_pattern("To see more stories and read today's paper download the Newcastle Herald app") == ("boilerplate", "app_notice")
    assert match_pattern("Sharing is caring!") == ("boilerplate", "share")
    assert match_pattern("Sharing is caring, the pastor told the congregation.") is None
