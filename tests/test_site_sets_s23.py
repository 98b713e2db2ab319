"""Furniture of the eighth site sets (s301-s342), written as new text: each rule by its shape."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text
from analysis.layout import block_units

STORY = [
    "A group of walkers had to be led to safety from a mountain after getting caught out by nightfall on Saturday.",
    "The three, who had no torches, were rescued from the ridge by volunteers of the local rescue team.",
    "A spokesperson said: \u201cThey were uninjured but benighted, so a small team turned out to walk them down.\u201d",
]
RELATED = [
    "  1. Walkers and dogs rescued after getting lost in dark",
    "  2. More walkers lost in dark as torch message fails to get through",
    "  3. Rescuers in night search for walkers who found their own way to safety",
]


@pytest.mark.parametrize("heading", ["Some articles the site thinks might be related:", "You may also be interested in:", "Related articles:"])
def test_a_numbered_box_of_other_stories_under_its_heading(heading) -> None:
    cleaned = clean_text("\n\n".join([*STORY, heading, "\n".join(RELATED)]))
    assert cleaned.body.endswith("walk them down.\"")
    assert [r.reason for r in cleaned.removed] == ["pattern:widget_heading"] + ["pattern:widget_heading+links"] * 3


def test_a_numbered_list_is_read_one_item_a_line() -> None:
    assert block_units([line.strip() for line in RELATED]) == [line.strip() for line in RELATED]
    prose = ["The 2 men were seen near the bridge late on Friday, and police said they had been", "3 miles from home."]
    assert len(block_units(prose)) == 1  # a line opening with a number is no list's item unless every line counts up


def test_a_numbered_plan_in_the_story_stays() -> None:
    plan = ("The plan is as follows:\n1. Close the bridge to lorries from May, with signs on every approach road.\n"
            "2. Build a bypass to the east of the town by 2027, paid for by the county.\n3. Review the speed limit after a year.")
    text = "\n\n".join([STORY[0], plan, "Councillors will vote on the plan next month, and residents can comment until April."])
    cleaned = clean_text(text)
    assert cleaned.removed == ()
    assert "3. Review the speed limit after a year." in cleaned.body


RESCUE = [
    "Mountain rescuers took to the fells today after a walker rang police to say he was exhausted.",
    "Ten members of the rescue team went to the man's aid this afternoon after the walker, who was with a companion, called for help.",
    "He was brought down by the team's Land Rover ambulance and was able to return to the campsite where he was staying.",
]


def test_a_thread_of_readers_comments_under_the_story() -> None:
    thread = ["Michael", "16 April 2010I so wish people would be realistic about their abilities.",
              "What a waste of time for the emergency services.",
              "Ian Jones", "17 April 2010Stories like this are what make the annual reports such a great read."]
    cleaned = clean_text("\n\n".join([*RESCUE, *thread]))
    assert cleaned.body.endswith("where he was staying.")
    assert {r.reason for r in cleaned.removed} <= {"comment_thread", "top:date", "justext:short"}
    assert "comment_thread" in {r.reason for r in cleaned.removed}


def test_a_feature_listing_people_with_their_dates_is_no_thread() -> None:
    # rev26: the victims of a road, each named with the day they died, then the story's close
    people = ["Jane Roe", "12 March 2019", "Jane, a nurse, was cycling home from a night shift when a van hit her near the junction.",
              "Tom Poe", "4 June 2021", "Tom, 17, had just passed his driving test and was on his way to see friends in the next village."]
    close = "The council says a new crossing will be built at the junction next year, after a campaign by the families."
    body = clean_text("\n\n".join([*RESCUE, *people, close])).body
    assert close in body and people[2] in body


def test_one_dated_note_under_the_story_is_no_thread() -> None:
    note = ["Jane Roe", "16 April 2010I walked that route with my family last week, and it is a lot harder than it looks from the valley."]
    cleaned = clean_text("\n\n".join([*RESCUE, *note]))
    assert "comment_thread" not in {r.reason for r in cleaned.removed}
    assert "harder than it looks" in cleaned.body


def test_a_trust_project_members_header() -> None:
    # the shape of a regional paper's page (eighth site sets, s304/s306), wording of the story made up
    text = "\n\n".join([
        "Just 99\u00a2 a month for your first 3 months SUBSCRIBE NOW",
        "Read Today's Paper Friday, December 23",
        "News | Local",
        "News reporting",
        "Based on facts, either observed and verified firsthand by the reporter, or reported and verified from knowledgeable sources.",
        "Harbour ferry cancelled as gales close the port",
        "Photo illustration, Shutterstock, Inc.",
        "By Staff reports",
        "December 22, 2022 07:38 AM",
        "We are part of The Trust Project.",
        "HARBOURSIDE \u2014 The evening ferry to the islands was cancelled on Thursday as gales closed the port, the operator said in a statement.",
        "Sailings are expected to resume on Friday morning if the wind drops, and passengers with tickets can travel on any later crossing.",
    ])
    cleaned = clean_text(text)
    assert cleaned.headline == "Harbour ferry cancelled as gales close the port"
    assert cleaned.body.startswith("The evening ferry")
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["News | Local"] != "top:headline"  # a section path: a bar is no word, two words no headline
    assert reasons["We are part of The Trust Project."] == "pattern:trust_label"
    assert reasons["Photo illustration, Shutterstock, Inc."] == "pattern:caption_credit"
    assert reasons["Just 99\u00a2 a month for your first 3 months SUBSCRIBE NOW"] == "pattern:subscriber"


def test_a_bar_is_no_word_of_a_headline() -> None:
    from analysis.topmatter import is_headline
    assert not is_headline("News | Local")
    assert is_headline("Explainer | Why the port closed")


def test_a_standfirst_printed_over_its_caption_with_one_line_break() -> None:
    # a weekly's page (eighth site sets, s339): the standfirst, no full stop, then the picture's caption and credit
    text = "\n\n".join([
        "Skip to content",
        "Party slams government's failure to keep rural clinics open",
        "Valley clinic will be closed for a second time in recent months due to staffing woes\n"
        "The party's health critic leans in to answer a question in the assembly on April 26. In a release on Friday, he said the "
        "government was ignoring rural residents as the clinic closes for the second time this year. (Dana Hatherly/Valley News)",
        "The Valley clinic is closing again for lack of nurses, and the opposition says the government has done nothing to stop it.",
        "\u201cIt was unacceptable in July, and it is unacceptable now,\u201d the party's health critic said in a release on Friday.",
    ])
    cleaned = clean_text(text)
    assert cleaned.body.startswith("The Valley clinic is closing again")
    reasons = [r.reason for r in cleaned.removed]
    assert reasons == ["pattern:skip_link", "top:headline", "top:standfirst", "pattern:caption_credit"]


def test_a_wrapped_line_or_a_date_is_no_title_over_its_block() -> None:
    from analysis.layout import _title_above
    wrapped = ["The ministry said on Tuesday that some of the troops near the border were", "Heading back to their bases after the drills ended."]
    assert len(block_units(wrapped)) == 1
    dated = ["Published Saturday, August 2, 2014", "Farmers in the south of the island say the drought has cut their yields of tomatoes and melons by half this year."]
    assert not _title_above(dated)


def test_a_wire_credit_closing_a_paragraph_is_no_caption() -> None:
    text = "\n\n".join([STORY[0], "Police have registered a case and opened an investigation into the accident. (Xinhua/NAN)", STORY[1]])
    cleaned = clean_text(text)
    assert "opened an investigation into the accident." in cleaned.body
    assert "pattern:caption_credit" not in {r.reason for r in cleaned.removed}


SPAM = "\u041d\u0435 \u043c\u043e\u0436\u0435\u0442\u0435 \u043d\u0430\u0439\u0442\u0438 \u0440\u0430\u0431\u043e\u0447\u0435\u0435 \u0437\u0435\u0440\u043a\u0430\u043b\u043e? \u0417\u0430\u0445\u043e\u0434\u0438\u0442\u0435 \u043d\u0430 \u043d\u0430\u0448 \u0441\u0430\u0439\u0442."


def test_a_line_in_another_script_on_an_english_page() -> None:
    # a hacked page's injected advert (eighth site sets, s332)
    cleaned = clean_text("\n\n".join([SPAM, *STORY]))
    assert cleaned.body.startswith("A group of walkers")
    assert [(r.reason, r.text) for r in cleaned.removed] == [("foreign_script", SPAM)]


def test_a_page_in_another_script_keeps_its_lines() -> None:
    page = "\n\n".join([SPAM, SPAM.replace("?", "!") + " " + SPAM])
    assert "foreign_script" not in {r.reason for r in clean_text(page).removed}


def test_a_name_in_its_own_script_inside_an_english_line_stays() -> None:
    line = "The ministry's statement, headed \u0417\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435, was read out on state television on Monday night."
    assert "headed" in clean_text("\n\n".join([STORY[0], line, STORY[1]])).body


def test_a_writers_biography_under_the_story_named_in_the_byline() -> None:
    # a regional paper (eighth site sets, s304): the byline a bare name, the biography under the story
    text = "\n\n".join([
        "Harbour man arrested after shots fired in apartment",
        "Teri Okafor",
        "February 12, 2023 11:47 AM",
        "HARBOURSIDE \u2014 A 23-year-old man was arrested Sunday after he allegedly fired shots inside an apartment, police said.",
        "Other residents of the building were evacuated while officers negotiated with the man, who was later taken into custody.",
        "There were no injuries and the investigation is ongoing, police said.",
        "Teri Okafor is a general assignment and neighborhood reporter for the Harbourside Tribune. Originally from the north of the "
        "county, Okafor has worked for several community newspapers in the area for eight years, including the Valley Weekly and the Lake News.",
    ])
    cleaned = clean_text(text)
    assert cleaned.body.endswith("the investigation is ongoing, police said.")
    assert cleaned.removed[-1].reason == "author_bio:byline"


def test_a_quoted_line_in_its_own_script_inside_the_story_stays() -> None:
    # rev26: a verse the next paragraph translates
    verse = "\u0421\u0430\u0434\u043e\u043a \u0432\u0438\u0448\u043d\u0435\u0432\u0438\u0439 \u043a\u043e\u043b\u043e \u0445\u0430\u0442\u0438, \u0445\u0440\u0443\u0449\u0456 \u043d\u0430\u0434 \u0432\u0438\u0448\u043d\u044f\u043c\u0438 \u0433\u0443\u0434\u0443\u0442\u044c"
    text = "\n\n".join([STORY[0], "The choir closed the evening with a poem every child in the country learns at school:", verse,
                       "\u201cA cherry orchard by the house, beetles humming over the cherries,\u201d it begins.", STORY[1]])
    cleaned = clean_text(text)
    assert verse in cleaned.typographic_body
    assert "foreign_script" not in {r.reason for r in cleaned.removed}


def test_a_sentence_closing_on_its_own_bracket_is_no_caption() -> None:
    # rev26: the bracket stands before the sentence's full stop
    line = "The match kicks off at 7.45pm and will be shown live (Sky Sports/BBC Wales)."
    assert line in clean_text("\n\n".join([STORY[0], line, STORY[1]])).body


def test_a_standfirst_over_a_pictures_label_and_credit() -> None:
    # s306: headline, a one-sentence standfirst, the picture's label and its credit, byline, date, then the lead
    text = "\n\n".join([
        "Homeowners escape garage fire on the hill",
        "No one was injured.",
        "Fire truck",
        "Photo illustration, Shutterstock, Inc.",
        "By Staff reports",
        "December 22, 2022 07:38 AM",
        "Homeowners escaped a detached garage that caught fire on the hill on Wednesday night, the fire department said.",
        "Crews from four fire stations kept the fire from spreading to the house 20 feet away, and the fire marshal is investigating.",
    ])
    cleaned = clean_text(text)
    assert cleaned.body.startswith("Homeowners escaped a detached garage")
    assert ("top:standfirst", "No one was injured.") in [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize("line, reason", [
    ("Check back for details.", "pattern:update_notice"),
    ("Check back later for updates.", "pattern:update_notice"),
    ("The latest race content, interviews, features, reviews and expert buying guides, direct to your inbox!", "pattern:newsletter"),
    ("Try first month for just \u00a31 / $1 / \u20ac1", "pattern:subscriber"),
])
def test_closing_furniture_of_the_ninth_site_sets(line, reason) -> None:
    cleaned = clean_text("\n\n".join([*STORY, line]))
    assert [(r.reason, r.text) for r in cleaned.removed] == [(reason, line)]


@pytest.mark.parametrize("line", [
    "The council will check back for more details before it decides, a spokesman said.",
    "Residents can have the forms sent straight to their homes, the council said.",
])
def test_story_sentences_like_that_furniture_stay(line) -> None:
    assert line in clean_text("\n\n".join([*STORY, line, STORY[1]])).body


def test_a_paywall_prompt_naming_the_paper() -> None:
    line = "Continue reading with a Harbourside Herald subscription."
    cleaned = clean_text("\n\n".join([*STORY, line]))
    assert [(r.reason, r.text) for r in cleaned.removed] == [("pattern:subscriber", line)]
