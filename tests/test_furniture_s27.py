"""Furniture read on the twenty-second site sets (s931-s975) in the session of 6 Dec 2026 from 18:27 UTC
(issue 11): rows for comment notices, newsroom promises, credits closing captions, a radio's pointer and a login
box; an outlet's template line never the headline; a video player's title and description; a gallery's captions
under their pictures' slugs; readers' comments under their stamps; a paragraph going on past a picture set; a
list item with a long label; a lead closing on its attribution is no restated standfirst. Every text here is
made up."""
import pytest

from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from analysis.outlet_templates import unit_key

STORY = (
    "Firefighters from four companies battled a blaze on Thursday night in an empty warehouse near the river, "
    "and worked for hours to keep the flames from spreading to the homes along the street, the chief said."
)
MORE = "Crews stayed at the scene until the early morning, and the cause of the fire is still being investigated by the state."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Comments closed.", "comments"),
        ("Due to the legal subject matter of some stories on our site, we reserve the right to disable comments at any time", "comments"),
        ("Valley News 12 is continuing to follow this story, and we'll have more details as they come into the newsroom.", "update_notice"),
        ("Bay Online is working on getting more information and will update this story when we can.", "update_notice"),
        ("Firefighters at the scene of the blaze on Tuesday (Jane Doe photo)", "caption_credit"),
        ("The wrecked car after the crash. Photo by RiverNews/Ann Lee", "caption_credit"),
        ("The wrecked car after the crash. File photo/RiverNews", "caption_credit"),
        ("Two men were held after the chase. File photo/Bay Online.", "caption_credit"),
        ("Hear Sheriff Tom Reed on KXYZ radio with more about the crash.", "media_pointer"),
        ("Back to login", "navigation"),
        ("Forgot your password?", "navigation"),
        ("You may also like...", "widget_heading"),
    ],
)
def test_rows_s27(line, reason):
    found = match_pattern(line)
    assert found is not None and found[1] == reason, (line, found)


@pytest.mark.parametrize(
    "line",
    [
        "Police are working on getting more information.",
        "Officials are continuing to monitor the situation.",
        "Investigators are continuing to follow every lead, the chief said.",
        "He said he had seen the photo by Smith.",
        "Listen to the mayor on the radio.",
        "Residents gather by the river as the water rises on Tuesday evening. (Getty Images)",
        # a body paragraph with its credit glued to its end (a line mixing body and credit is body)
        "Hundreds of students led by brass bands marched through the capital on Thursday to mark the opening of the "
        "new session of parliament, watched by families along the route and by the king. Photos by Ann Lee",
        "The club's comments closed the meeting.",
        # a second read: a short paragraph of the story with its photographer's name glued to it
        "A large oak fell across Elm Street, blocking the road for several hours. Photo by Jane Carter",
        "The show was put together by the Riverside History Society. Pictures by Harold Finch.",
        "In a statement, the council said: \"We reserve the right to remove comments that are abusive.\"",
        "Hear Mayor Tom Ellis answer residents' questions at the public meeting on Thursday 10 am in the library hall.",
    ],
)
def test_rows_s27_refused(line):
    found = match_pattern(line)
    assert found is None or found[1] not in {"comments", "update_notice", "caption_credit", "media_pointer", "navigation"}, (line, found)


def test_read_label_is_a_promo():
    cleaned = clean_text("\n\n".join([STORY, "READ: Storm weakens as it moves north; warnings up in 12 areas", MORE]))
    assert [(r.label.lower(), r.headline) for r in cleaned.related] == [("read", "Storm weakens as it moves north; warnings up in 12 areas")]
    assert "Storm weakens" not in cleaned.body


def test_template_line_is_never_the_headline():
    # a headline sharing no word with the lead: only its place (right above the byline) names it
    text = "\n\n".join(["The most read newspaper of the valley", "News", "Six die in Saigon alley", "By Ann Lee March 30, 2017", STORY, MORE])
    template = frozenset(map(unit_key, ["The most read newspaper of the valley", "News"]))
    assert clean_text(text, template).headline == "Six die in Saigon alley"
    # without the outlet's template the site's motto reads as the headline
    assert clean_text(text).headline == "The most read newspaper of the valley"


def test_video_player_title_and_description():
    text = "\n\n".join([
        "Warehouse fire on the river", "By Ann Lee", "Posted March 30, 2017 9:57 am",
        "Click to play video: 'Morning News: March 30'", "Morning News: March 30",
        "The online edition of the morning show with its two hosts on our channel.", "Share", STORY, MORE,
    ])
    cleaned = clean_text(text)
    assert cleaned.headline == "Warehouse fire on the river"
    assert cleaned.body.startswith("Firefighters from four companies")
    assert "caption:video" in [r.reason for r in cleaned.removed] and "morning show" not in cleaned.body


def test_gallery_captions_under_slugs():
    text = "\n\n".join([
        "Warehouse fire on the river", STORY, MORE,
        "warehouse-fire-on-the-river-1", "The front of the building after the fire.",
        "warehouse-fire-on-the-river-2", "Almost everything inside has burned.", "Related news:",
    ])
    cleaned = clean_text(text)
    assert "burned" not in cleaned.body and "front of the building" not in cleaned.body
    assert cleaned.body.endswith("investigated by the state.")


def test_short_paragraph_after_one_file_name_stays():
    # one picture's name in the story: the next paragraph is the story's, however short
    text = "\n\n".join(["Warehouse fire on the river", STORY, "warehouse-fire-on-the-river-1", "No one was hurt.", "Share this", MORE])
    assert "No one was hurt." in clean_text(text).body


def test_comments_under_their_stamps():
    text = "\n\n".join([
        "Police chase through the town", STORY, "The car was stopped by road spikes near the college, police said.", MORE, "You may also like...",
        "Fast cars", "Posted on 02-12-2019 17:33 | By Slim Jim", "So many police cars for one chase, and none when my shed was robbed last year.",
        "@ jed.", "Posted on 02-12-2019 14:06 | By dumbkof2", "darn i always miss these things",
    ])
    body = clean_text(text).body
    assert body.endswith("investigated by the state.")
    assert "shed" not in body and "@ jed" not in body


def test_article_stamp_alone_heads_no_comments():
    # an article's own stamp, printed once and signed with a name, below its first paragraphs
    text = "\n\n".join(["Police chase through the town", STORY, MORE, "Posted on 02-12-2019 17:33 | By Jane Roe",
                        "The driver was arrested near the school and will appear in court on Monday, police said."])
    assert "appear in court" in clean_text(text).body


def test_paragraph_going_on_past_a_picture_set():
    from analysis.link_boxes import FURNITURE, KEEP, islands

    units = [STORY, "The building was engulfed in flames thought to have started after a fire was left burning behind",
             "Flames engulf the building", "Flames engulf the building", "the building, at around 11:00 hrs yesterday.",
             "The manager at the fire", "The manager at the fire", "The fire spread to the next building, officials said."]
    states = [KEEP, KEEP, FURNITURE, FURNITURE, KEEP, FURNITURE, FURNITURE, KEEP]
    assert islands(units, states) == set()
    # the unit above closed its sentence: a short line between two pairs of furniture is a box's link
    assert islands(units[:1] + [units[1] + ", officials said."] + units[2:], states) == {4}


def test_list_item_with_a_long_label():
    from analysis.body_lists import keep_body_lists
    from analysis.boilerplate import Verdict

    items = ["First Minister: Ann Lee, Party A", "Justice Minister: Bob Ray, Party B", "Health Minister: Cy Dunn, Party C",
             "Agriculture, Environment and Rural Affairs Minister: Dee Fox, Party B"]
    units = [STORY, "The following appointments were made:", *items, MORE]
    body, short = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")
    verdicts = [body, body, short, short, short, Verdict(False, "boilerplate", "justext:bad"), body]
    keep_body_lists(units, verdicts)
    assert all(v.keep for v in verdicts)
    # a furniture label stays out of a run of labels ("Fax: ..." under a station's contact box)
    units = [STORY, MORE, "Local On Air: 573-302-7000", "Business Phone: 573-348-2772", "Fax: 573-348-2779"]
    verdicts = [body, body, short, short, short]
    keep_body_lists(units, verdicts)
    assert not verdicts[-1].keep


def test_lead_closing_on_its_attribution_is_no_standfirst():
    text = "\n\n".join([
        "Five fire engines at Victoria House",
        "Five fire engines are attending an incident at Victoria House on Gloucester Street in the city, the Fire and Rescue Service has said.",
        "A Fire and Rescue Service spokesperson said: \"We received a call to Victoria House, Gloucester Street, at 3pm and five fire engines attended.\"",
        "The spokesperson added: \"There is no risk to the public.\"",
    ])
    assert clean_text(text).body.startswith("Five fire engines are attending")


def test_copyright_notice_with_a_stop_after_its_year():
    from analysis.boilerplate import Verdict
    from analysis.page_shapes import copyright_tail

    units = [STORY, MORE, "Copyright 2022. Valley News (WXYZ). All rights reserved.", "Latest News", "Stuff the Bus", "Help us Stuff the Bus!"]
    body = Verdict(True, "body", "")
    verdicts = [body, body, Verdict(False, "boilerplate", "pattern:copyright"), Verdict(False, "boilerplate", "pattern:widget_heading"), body, body]
    copyright_tail(units, verdicts)
    assert [v.reason for v in verdicts[-2:]] == ["below_copyright", "below_copyright"]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Anyone who knows the owner should phone 101 and quote reference 761 from 03/12/24.", []),
        ("At the scene were two ambulances and Burney Fire unit 227.", ["two"]),
        ("Police sent 4 units and 12 officers to the scene.", ["4", "12"]),
    ],
)
def test_reference_and_unit_numbers_are_no_counts(sentence, numbers):
    from analysis.claims import find_claims

    assert [c.number_as_written for c in find_claims(sentence)] == numbers


def test_quote_box_under_the_story_is_the_sites():
    from analysis.boilerplate import Verdict
    from analysis.outlet_templates import template_repeats

    quotes = ['"It is hard to fail, but it is worse never to have tried to succeed."', '"Envy comes from wanting something that is not yours."']
    units = [STORY, MORE, "Share your views", *quotes]
    body = Verdict(True, "body", "")
    verdicts = [body, body, Verdict(False, "boilerplate", "pattern:reader_address"), body, body]
    template_repeats(units, verdicts, frozenset(map(unit_key, ["Share your views", *quotes])))
    assert [v.reason for v in verdicts[-2:]] == ["outlet_template", "outlet_template"]
    # a story's quotes name their speaker: a run of repeated ones stays (a shared section)
    said = ['"We will rebuild the warehouse," the owner said on Friday after the fire.', '"No one was hurt," the chief said.']
    verdicts = [body, body, Verdict(False, "boilerplate", "pattern:reader_address"), body, body]
    template_repeats([STORY, MORE, "Share your views", *said], verdicts, frozenset(map(unit_key, ["Share your views", *said])))
    assert all(v.keep for v in verdicts[-2:])


def test_second_read_live_blog_stamps_are_no_comments():
    entries = ["Posted at 9:15 a.m. | By Jane Carter", "The county has opened two warming centres for residents without heat, officials said.",
               "Posted at 10:40 a.m. | By Reuters", "Power has been restored to about half of the homes that lost it overnight, the utility said."]
    body = clean_text("\n\n".join(["Live: winter storm hits the county", STORY, MORE, *entries])).body
    assert "warming centres" in body and "Power has been restored" in body


def test_second_read_video_lead_above_an_advert_slot_stays():
    text = "\n\n".join([
        "Man charged after break-ins", "By Ann Lee", "Posted March 30, 2017 9:57 am",
        "Click to play video: 'Break-ins: man charged'", "Break-ins: man charged",
        "Police have charged a 34-year-old man after a string of break-ins in the city's north end.",
        "Story continues below advertisement", STORY, MORE,
    ])
    assert clean_text(text).body.startswith("Police have charged a 34-year-old man")


def test_second_read_reported_paragraph_between_slugs_stays():
    text = "\n\n".join(["Warehouse fire on the river", STORY, MORE, "warehouse-fire-on-the-river-east-side-1",
                        "Neighbours said the flames spread from the ground floor, the chief said.", "warehouse-fire-on-the-river-east-side-2",
                        "The roof fell in.", "Related news:"])
    assert "Neighbours said the flames spread" in clean_text(text).body


def test_second_read_long_label_makes_no_list():
    from analysis.body_lists import keep_body_lists
    from analysis.boilerplate import Verdict

    units = [STORY, MORE, "Morning Briefing: The day's top stories", "Breaking news alerts and special reports from our newsroom team: Sign up"]
    verdicts = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short"), Verdict(False, "boilerplate", "justext:short")]
    keep_body_lists(units, verdicts)
    assert not any(v.keep for v in verdicts[2:])


def test_second_read_reference_alone_stays_a_word():
    from analysis.claims import find_claims

    assert [c.number_as_written for c in find_claims("For reference 12 of the 15 councillors voted in favour of the plan.")] == ["12", "15"]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("At the scene were Letts Fire R460, B40, B41, U462 and Greensburg Fire R1, Car2.", []),
        ("Notes of R100, R200 and R300 were seized at the border.", ["100", "200", "300"]),
        ("The fine was R460, and costs came to R1,200.", ["460", "1,200"]),
    ],
)
def test_glued_rand_in_a_list_of_unit_codes_is_no_amount(sentence, numbers):
    from analysis.claims import find_claims

    assert [c.number_as_written for c in find_claims(sentence)] == numbers
