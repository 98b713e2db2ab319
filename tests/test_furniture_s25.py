"""Furniture read on the fourteenth site sets (s571-s612): a newsletter box opening its line, a
broadcaster's promise of updates, a summary box under "The Brief", and a picture's name ended by a
full stop inside the body."""
import pytest

from analysis.boilerplate import Verdict
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from analysis.page_copies import named_picture


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sign up to our weekly newsletter , sent on Wednesdays Sign up Thank you for signing up! Did you know with an "
         "ad-lite subscription to the Guardian, you get 70% fewer ads while viewing the news that matters to you.", "newsletter"),
        ("There was no further information provided, Local 5 will continue to update this story.", "update_notice"),
        ("FOX6 News will have updates when they become available.", "update_notice"),
        ("KSNT will continue to update this story.", "update_notice"),
        ("We will continue to update this story.", "update_notice"),
        # the fifteenth site sets
        ("Article image for Finally, some good news for our drought-stricken farmers", "caption"),
        ("You are viewing content from Radio Exe Plymouth. Would you like to make this your preferred location?", "edition_notice"),
        ("The Bressay ferry Leirna leaves Lerwick at lunchtime on Thursday. Click on image to enlarge.", "photo_link"),
        ("For the full story, see the Jan. 28 issue or subscribe online.", "print_notice"),
        ("For the full story, pick up this week's edition of the Herald.", "print_notice"),
        ("Shetland News is asking its readers to consider paying for membership to get additional perks:", "reader_appeal"),
        ("If you appreciate what we do and feel strongly about impartial local journalism, then please become a member.", "reader_appeal"),
        ("We're sorry, but Shetland News isn't fully functional without JavaScript enabled.", "navigation"),
        ("Head over to the help page for instructions on how to enable JavaScript on your browser.", "navigation"),
        # the sixteenth site sets
        ("Knysna-Plett Herald proudly displays the \u201cFAIR\u201d stamp of the Press Council of South Africa, indicating our "
         "commitment to adhere to the Code of Ethics.", "press_council"),
        ("Submitted by Ohio State Highway Patrol.", "source_credit"),
        ("Share Email this article to a friend To send a link to this page you must be logged in.", "email_share"),
        ("You may also want to watch:", "media_pointer"),
        # the seventeenth site sets
        ("See Thursday's issue of The Saline Courier for more information.", "print_notice"),
        ("Haverhill firefighters assess the damage at 111 White St. (Mike Jarvis photograph for WHAV News.)", "caption_credit"),
        ("Contact newsdesk on:", "contact_note"),
    ],
)
def test_furniture_lines(line, reason):
    found = match_pattern(line)
    assert found is not None and found[1] == reason


@pytest.mark.parametrize(
    "line",
    [
        # the police, an agency or the WHO promising updates is reported news
        "Police will provide updates as they become available.",
        "The FBI will provide updates as they become available.",
        "WHO will provide updates as they become available.",
        "Local 5 will continue to update this story, police said.",
        # a second read: an agency by its letters, a school's statement quoted
        "KDOT will provide updates as they become available.",
        "We will provide updates as they become available.",
        # a brief in the law, a film, a salon's name (a second read: no row takes "The Brief" anywhere), signing up told as news
        "The brief Trump's lawyers filed on Monday argues the case is moot.",
        "The Brief Encounter film, directed by David Lean, opens the season on Friday.",
        "The Brief Salon, a hairdresser, will open on Main Street next month.",
        "Sign up to the scheme opened on Monday, the council said.",
        "Residents can sign up to our partners' newsletter, the mayor said.",
        "Photo for the record: the mayor posed with the team.",
        "The council is asking its readers to consider the plan.",
        "The charity is asking residents to donate coats this winter.",
        "The app does not work without JavaScript, developers said.",
        "If you appreciate what we do, tell a friend, the editor said.",
        "For the full story of the rescue, see page 4.",
        "You are viewing the scene from the north bank of the river.",
        "The plan was submitted by the mayor on Monday.",
        "Police said the photo was taken by a neighbour (John Smith photograph for the police).",
        "Contact the editor of the report, police said.",
        "Submitted by the council in March, the plan was approved in May.",
    ],
)
def test_body_lines_stay(line):
    assert match_pattern(line) is None


ABOVE = "Last week saw well-used seating around Bridge Street's Trader Clock, an integral part of the town's history, removed."
BELOW = "And another had a lot to say, praising considerable investment being made in the town centre as part of the plan."


@pytest.mark.parametrize(
    ("unit", "removed"),
    [
        ("The Trader Clock.", True),
        # no article: a letter's signature or a crosshead with its stop (PolNeAR prints both so)
        ("Trader Clock.", False),
        ("Bridge Street.", False),
        # a function word, a lower-case word, a name the text above never wrote
        ("The Clock Of Worksop.", False),
        ("The clock.", False),
        ("The Market Hall.", False),
    ],
)
def test_a_pictures_name_ended_by_a_stop(unit, removed):
    units = [ABOVE, "One woman wrote a letter to the Guardian admitting she feels too frightened to venture into town.", unit, BELOW]
    verdicts = [Verdict(True, "body", "")] * 4
    named_picture(units, verdicts)
    assert (verdicts[2].reason == "caption:named") == removed
    assert all(v.keep for i, v in enumerate(verdicts) if i != 2)


def test_a_fragment_the_paragraph_below_goes_on_from_stays():
    """A second read: "The Old Mill." over "It now houses ..." is the body's, as "The Trader Clock." over another
    paragraph is a picture's name."""
    above = "The town's oldest buildings stand along the river, among them the Old Mill and the Corn Exchange."
    below = "It now houses a museum of the town's weaving trade, with looms that still run on market days."
    units = [above, "The Old Mill.", below]
    verdicts = [Verdict(True, "body", "")] * 3
    named_picture(units, verdicts)
    assert all(v.keep for v in verdicts)
    verdicts = [Verdict(True, "body", "")] * 3
    named_picture([above, "The Old Mill.", "Visitors came from across the county for the reopening on Saturday."], verdicts)
    assert verdicts[1].reason == "caption:named"


def test_a_summary_box_the_lead_retells_goes_and_the_update_notice_too():
    page = ("date 2025-07-03 The Brief A large police scene formed in Milwaukee on Thursday, July 3. Sources said it is "
            "connected to a shooting in Shorewood.\n\n"
            "A large police scene, including tactical vehicles, formed in Milwaukee on Thursday, July 3. Sources told "
            "reporters it is connected to a shooting in Shorewood.\n\n"
            "It unfolded near 6th and Reservoir, just north of downtown, and crews heard a loud boom shortly before 10 a.m.\n\n"
            "There was no further information provided, Local 5 will continue to update this story.")
    cleaned = clean_text(page)
    assert cleaned.body.startswith("A large police scene, including tactical vehicles")
    assert [r.reason for r in cleaned.removed][-1] == "pattern:update_notice"
    assert any(r.text.startswith("date 2025-07-03 The Brief") and r.kind == "top_matter" for r in cleaned.removed)  # the lead retells it


def test_a_police_logs_days_stay_with_its_entries_and_the_line_announcing_them():
    """A log's day headings without their year ("February 4") over its entries, the last cut by the page
    store, and the line announcing the log ("Full report from ... for February 4 to 11:"): the article's
    own list (the fifteenth site sets, s624)."""
    page = "\n\n".join([
        "It is an occurrence that the police service says happens more often than they would like to see in the community.",
        "Last Wednesday, a man was arrested by a member of the police unit after a routine traffic stop in the city.",
        "Full report from the Weyburn Police Service for February 4 to 11:",
        "February 4", "\u2022 The police received a report of a youth who was talking about self-harm. The youth was located and helped.",
        "February 6", "\u2022 A member of the police unit conducted a traffic stop on an individual. The male driver was taken into custody.",
        "February 7", "\u2022 The police responded to a report of a domestic disturbance. Upon arrival and learning of th",
    ])
    cleaned = clean_text(page)
    assert cleaned.removed == ()
    assert "February 7" in cleaned.body and cleaned.body.count("\n\n") == 8


def test_a_caption_closed_by_the_credit_printed_above_it_goes():
    """A caption ending with its picture's credit in brackets, the credit printed alone right above it (the
    fifteenth site sets, s630); a body paragraph ending with a bracket that names no line above stays."""
    page = "\n\n".join([
        "Due to local concerns about excessive speed, the Police and Crime Commissioner took a road trip to meet residents.",
        "Invited by County Councillors Chloe Masefield and William Powell, the Commissioner listened to concerns from residents.",
        "Talgarth & District Regeneration Group",
        "Dafydd Llywelyn meets Community Library volunteers Wynona and Jacob, together with Cllr William Powell at "
        "Ysgol-y-Mynydd Du, Talgarth, where the Commissioner heard about the speed of traffic past the school gates. "
        "(Talgarth & District Regeneration Group)",
        "He heard positive testimonies as to the value of the Police Education Officers in the town's schools (and its nurseries).",
    ])
    cleaned = clean_text(page)
    assert [r.reason for r in cleaned.removed] == ["caption:credit", "caption:credit_echo"]
    assert cleaned.body.endswith("in the town's schools (and its nurseries).")


def test_what_a_template_prints_below_its_copyright_notice_goes():
    """Below "Copyright 2022 KLTV. All rights reserved." closing the article, a "Most Read" list's captions and
    headlines are the site's (the fifteenth site sets s641); a notice above the story's second paragraph cuts nothing."""
    body = ["SMITH COUNTY, Texas (KLTV) - A two-vehicle crash Monday afternoon left one passenger dead and three others hospitalized.",
            "According to a report by the Department of Public Safety, a Chevrolet was facing west on a county road when it was hit."]
    tail = ["Copyright 2022 KLTV. All rights reserved.", "Most Read",
            "The most unusual find was a three-feet long caiman being kept in the home.",
            "Drugs seized, large reptile confiscated from Kilgore man's home"]
    cleaned = clean_text("\n\n".join(body + tail))
    assert cleaned.body.split("\n\n")[-1] == body[1]
    assert "below_copyright" in [r.reason for r in cleaned.removed] and "caiman" not in cleaned.body
    cleaned = clean_text("\n\n".join(body[:1] + tail[:1] + body[1:]))
    assert body[1] in cleaned.body
    # a picture's credit written as a notice inside the story: the story goes on below it
    story = body + ["\u00a9 2022 Getty Images. All rights reserved.",
                    "Troopers said the driver of the second vehicle was taken to a hospital in Tyler with injuries that were not "
                    "thought to be life-threatening, and the crash remains under investigation by the department."]
    assert clean_text("\n\n".join(story)).body.endswith("under investigation by the department.")




def test_a_request_for_comment_is_the_reporters_not_the_pages_comments():
    """The sixteenth site sets s697: "... were available for immediate comment by the time we went to press" closes a
    report; "We welcome your comments" is the page's."""
    from analysis.page_shapes import is_reader_note

    assert not is_reader_note("Neither the police nor the Office of the Chief Justice were available for immediate comment "
                              "by the time we went to press last night.")
    assert not is_reader_note("We did not receive a response to our request for comment before we went to press.")
    assert is_reader_note("We welcome your comments. Please keep them civil.")


def test_pagecheck_reads_a_leading_currency_sign_as_the_labels_drop_it():
    from analysis.pagecheck import number_key

    assert number_key("$141-$219") == number_key("141-$219") == "141-$219"
    assert number_key("\u00a3900") == number_key("900")


def test_a_second_reads_mends_rev30():
    """rev30: a chart's or a picture's credit written as a notice inside the story keeps the story below it; the lead
    ending with its agency under the agency's byline, a glossary's acronym, a report citing its source stay; a tech
    story's JavaScript, a GP, a paper's own members story, a lead photo's credit line are body."""
    story = ["A storm tore through the county on Tuesday, bringing down trees and power lines across three towns.",
             "Crews worked through the night to clear roads, and schools stayed closed on Wednesday morning.",
             "\u00a9 2024 Statista. All rights reserved.",
             "Power was back for most homes by noon.", "The council thanked the crews."]
    assert clean_text("\n\n".join(story)).body.endswith("The council thanked the crews.")
    from analysis.page_copies import credit_closed_caption

    units = ["Reuters Staff", "SANTIAGO -- Copper prices rose on Monday as mines in Chile halted work for a second day (Reuters Staff).",
             "Traders said stocks were low."]
    verdicts = [Verdict(False, "top_matter", "top:byline"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    credit_closed_caption(units, verdicts)
    assert verdicts[1].keep  # the lead
    glossary = ("The report sets out the country's figures for the year, and the ministry's forecast for the next.\n\nGDP\n\n"
                "The value of all goods and services produced in a year is the gross domestic product (GDP).\n\nInflation rose too.")
    assert "gross domestic product (GDP)" in clean_text(glossary).body
    for line in ("The booking site does not work without JavaScript.", "You may also want to see your GP.",
                 "The Gazette is asking its readers to become members for \u00a35 a month.", "Lead photo for the campaign was taken by Jo Smith."):
        assert match_pattern(line) is None, line


def test_numbered_comments_under_the_story_go():
    """The seventeenth site sets s743: "1. Frances de Gregorio, 28. September 2015, 17:33" over each comment."""
    body = ["A group of residents welcomed the start of the long-awaited cycleway today by giving morning tea to the crews.",
            "The project will provide new kerbside cycle lanes between the two parks, and four new pedestrian crossings."]
    comments = ["1. Frances de Gregorio, 28. September 2015, 17:33", "They are the cycling people. I live on The Parade and no one asks me.",
                "2. Laura, 28. September 2015, 19:55", "Morning tea, the cyclists do it so well. Cr Peck can confirm that."]
    cleaned = clean_text("\n\n".join(body + comments))
    assert cleaned.body.split("\n\n") == body
    # a numbered list in the story with names and dates but numbered out of order is no thread
    listed = ["3. Frances de Gregorio, 28. September 2015, 17:33", "She chaired the meeting for the first time, officials said.",
              "1. Laura Smith, 28. September 2015, 19:55", "She seconded the motion, which passed without a vote against it."]
    assert "She seconded the motion" in clean_text("\n\n".join(body + listed)).body

