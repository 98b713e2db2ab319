"""Read on the thirty-seventh to thirty-ninth collections (s1210-s1254) in the session of 6 Dec 2026 from 23:27 UTC
(issue 11): a caption printed twice on one line in the lead's block, a lead whose next paragraph tells its time back, a
writer's card with no job title line, an outlet's sponsored item under its label, a read counter, a form's status line.
Every text here is made up."""
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from analysis.layout import printed_twice
from analysis.topmatter import tells_time_back

LEAD = "A major contract for 125 new civil service jobs is fantastic news for the region, the mayor of the city has said."
NEXT = [
    "The mayor was speaking after the department confirmed the contract worth seven million pounds yesterday afternoon.",
    "The new staff will deliver services to claimants across the country and will work at the service centre.",
    "The mayor said the posts would be a huge boost to the local economy and to young people in the city.",
]


def test_a_caption_printed_twice_on_one_line_is_cut_from_the_leads_block():
    caption = "The jobs will be based at the processing unit in Strathfoyle."
    block = "\n".join([LEAD, caption + caption, caption])  # one block: the lead, the caption glued to its alt text, the caption again
    cleaned = clean_text("125 jobs 'fantastic news' - Mayor\n\n" + block + "\n\n" + "\n\n".join(NEXT))
    assert cleaned.body.startswith(LEAD)
    assert "processing unit" not in cleaned.body
    assert [r.text for r in cleaned.removed if "processing unit" in r.text] == [caption + caption, caption]
    lede = "Halifax bus station will close for six months from July while it is rebuilt, the combined authority said."
    assert not printed_twice(lede + " " + lede)  # a lede a page printed twice is no caption: it reports someone
    assert not printed_twice("-" * 72) and not printed_twice("Answer your phone or I will come to the door. " * 2)


def test_a_wrapped_paragraph_is_not_read_as_printed_twice():
    block = "\n".join(["Police said the man was taken to hospital with injuries that were", "not thought to be life threatening, and the road reopened later."])
    cleaned = clean_text("Man hurt in crash\n\n" + block + "\n\n" + "\n\n".join(NEXT))
    assert "injuries that were not thought to be life threatening" in cleaned.body


def test_a_lead_whose_next_paragraph_tells_its_time_back_is_no_standfirst():
    lead = "Regional police are investigating a single motor vehicle collision on Tuesday night in New Glasgow."
    below = ("At approximately 8:00 p.m that evening, regional police responded to a report of a single motor vehicle collision "
             "on North Provost Street in New Glasgow, where a car had struck a railway crossing light.")
    text = "\n\n".join(["Police seek public's help after car strikes a railway crossing light", "Apr 17, 2024 | Local News", lead, below,
                        "By the time police arrived, the vehicle was abandoned. Police continue to investigate.",
                        "North Provost Street was closed to traffic for over an hour."])
    cleaned = clean_text(text)
    assert cleaned.body.startswith(lead)
    assert not tells_time_back(lead, below.replace("that evening", "on Tuesday"))  # told again with its time: a lede under a standfirst
    assert not tells_time_back(lead, "The union said that night shifts at the depot would end in May.")  # "that" opening a clause


def test_a_writers_card_without_a_job_title_line_closes_the_article():
    story = "\n\n".join(["Police bust nets drugs, cash, cars", "A police bust has seized a quantity of cash, cocaine and cars in two operations in 12 hours.",
                         *NEXT, "Inquiries relating to the search warrant were ongoing, and police said more arrests were likely in the coming weeks as the joint operation with the bailiffs went on."])
    bio = "Mary Argue is a reporter at the Times-Age with an interest in justice and the region's emergency services."
    cleaned = clean_text(story + "\n\nMary Argue\n\nMary Argue\n\n" + bio)  # the box's heading and link, then the biography
    assert "Mary Argue" not in cleaned.body
    assert "author_bio:card" in {r.reason for r in cleaned.removed if "Mary Argue" in r.text}
    signed = story.replace("Police bust nets drugs, cash, cars", "Police bust nets drugs, cash, cars\n\nBy Mary Argue")
    assert bio not in clean_text(signed + "\n\nMary Argue\n\n" + bio).body  # her byline above the story shows her as the writer
    assert bio in clean_text(story + "\n\nMary Argue\n\n" + bio).body  # named once, no byline: a profile's subject, not the writer
    news = "Mary Argue is the new editor of the Times-Age, the board said on Monday, after a vote of its members."
    assert news in clean_text(story + "\n\nMary Argue\n\nMary Argue\n\n" + news).body  # a sentence reporting about her is the story's


def test_rows_read_counter_form_status_link_call_and_notifications():
    assert match_pattern("This news has been read 13085 times!") == ("boilerplate", "counter")
    assert match_pattern("Processing your request...") == ("boilerplate", "navigation")
    assert match_pattern("Check it out here!") == ("boilerplate", "navigation")
    assert match_pattern("Unblock notifications in browser settings.") == ("boilerplate", "follow")
    assert match_pattern("Police are processing the scene...") is None
    assert match_pattern("This story has been read by many people in the town.") is None
