"""Page furniture, top matter and mojibake: what cleaning removes from a copied page, and why."""
from __future__ import annotations

import pytest

from analysis.boilerplate import classify_units, context_free_class, is_byline, is_date_line, leading_date, match_pattern, revise
from analysis.clean import block_units, clean_text, repair_mojibake
from analysis.document import build_document
from analysis.pipeline import process_article

LEDE = (
    "Rescuers dug through the rubble of collapsed homes on Tuesday as the number of the dead "
    "rose to 94, officials in the province said, and many more people were still missing."
)
SECOND = (
    "State television showed soldiers and other rescue personnel digging through houses that "
    "had been buried by landslides in the province, where the quakes struck early on Monday."
)
PAGE = "\n\n".join(
    [
        "Skip to main content",
        "World",
        "Death toll from China quake rises",
        "By Jane Roe",
        "Tuesday, July 23, 2013",
        LEDE,
        SECOND,
        "Doctors said she is safe.",
        "Share this article",
        "Post a Comment",
        "Latest Articles",
    ]
)


@pytest.mark.parametrize(
    "line, kind, reason",
    [
        ("Skip to main content", "boilerplate", "skip_link"),
        ("Share This article", "boilerplate", "share"),
        ("No comments:", "boilerplate", "comments"),
        ("Leave a Reply", "boilerplate", "comments"),
        ("Back to top button", "boilerplate", "navigation"),
        ("Related Articles", "boilerplate", "widget_heading"),
        ("Home » Nation", "boilerplate", "breadcrumb"),
        ("Post Top Ad", "boilerplate", "advert"),
        ("This article is more than 5 years old", "boilerplate", "age_notice"),
        ("47383", "boilerplate", "counter"),
        ("Gary Lineker is to front the coverage. Photograph: Todd Antony/BBC", "boilerplate", "caption_credit"),
        ("Source : huffingtonpost", "top_matter", "source_credit"),
        ("mkg/hc (Reuters, AFP, dpa, AP)", "top_matter", "initials_credit"),
        ("(Reporting by Khalid Abdelaziz; Editing by Kevin Liffey)", "top_matter", "agency_credit"),
        ("Associated Press", "top_matter", "agency_line"),
        ("Reuters", "top_matter", "agency_line"),
        ("Additional reporting by The Associated Press.", "top_matter", "agency_credit"),
        ("Get Today's Headlines in your inbox:", "boilerplate", "newsletter"),
        ("Thank you for signing up! Sign up for more newsletters here", "boilerplate", "newsletter"),
        ("%d bloggers like this:", "boilerplate", "blog_widget"),
        ("Share this!", "boilerplate", "share"),
        ("\u2022 Save to favorites", "boilerplate", "share"),
        ("- Share via", "boilerplate", "share"),
        ("\u2014 This is a developing story and will be updated.", "boilerplate", "update_notice"),
        ("This article has been updated to include comments from the mayor.", "boilerplate", "update_notice"),
        ("(The above story is verified and authored by Press Trust of India (PTI) staff.)", "boilerplate", "syndication_note"),
        ("A view of the bank on August 9, 2022 in London. (Photo by Jane Roe/Getty Images)", "boilerplate", "caption_credit"),
        ("In this handout photo released on Tuesday, rescuers stand at the mine. (Ministry via AP)", "boilerplate", "caption_credit"),
        ("In this photo taken on Tuesday, rescuers stand at the mine.", "boilerplate", "caption"),
        ("Please enter your comment!", "boilerplate", "comments"),
        ("Related Coverage", "boilerplate", "widget_heading"),
        ("Slideshow ( 6 images )", "boilerplate", "photo_link"),
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "boilerplate", "comments"),
        ("At least 30 bodies have been found after a ferry capsized on Sunday [EPA]", "boilerplate", "caption_credit"),
        # general shapes (each a phenomenon, not a page): calls to action naming a channel
        ("Download our app for breaking news alerts", "boilerplate", "call_to_action"),
        ("Subscribe to our YouTube channel for more videos", "boilerplate", "call_to_action"),
        ("Join our WhatsApp channel", "boilerplate", "call_to_action"),
        ("\u2022 Listen to the latest episode of our podcast", "boilerplate", "call_to_action"),
        ("The i newsletter cut through the noise", "boilerplate", "newsletter"),
        ("ALSO READ | Flood toll rises to 40 in Assam", "boilerplate", "read_more"),
        ("Read more: Rescuers search for survivors", "boilerplate", "read_more"),
        ("WATCH: Floodwaters sweep through the town", "boilerplate", "read_more"),
        ("Related: Ferry capsizes off Bali", "boilerplate", "read_more"),
        ("Read More \u00bb", "boilerplate", "read_more"),
        ("Tags: Assam floods, Brahmaputra, NDRF", "boilerplate", "tags"),
        ("Filed under: World, Asia", "boilerplate", "tags"),
        ("4 min read", "boilerplate", "reading_time"),
        ("Listen to this article", "boilerplate", "reading_time"),
        ("Updated: Dec 5, 2022 14:05 IST", "top_matter", "date_line"),
        ("Published 31 July 2019 at 4:21pm, updated 1 August 2019 at 10:50am", "top_matter", "date_line"),
        ("Houses in Aberdeen lost value. Jeff J Mitchell/Getty Images", "boilerplate", "caption_credit"),
        ("Dan Kitwood/Getty Images", "boilerplate", "caption_credit"),
        ("A man walks past the bank in Tokyo, March 5, 2020. REUTERS/Issei Kato/File Photo", "boilerplate", "caption_credit"),
        ("Scott Olson via Getty Images.", "boilerplate", "caption_credit"),
        ("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)", "boilerplate", "syndication_note"),
        ("Editor's note: This story was first published in 2019.", "boilerplate", "editor_note"),
        ("Subscribe now for unlimited access to our journalism.", "boilerplate", "subscriber"),
        ("Already a subscriber? Log in", "boilerplate", "subscriber"),
        ("Image source, Getty Images", "boilerplate", "caption_credit"),
        ("Rescuers at the site of the collapse. (Representational image)", "boilerplate", "caption_credit"),
        ("Getty Images", "boilerplate", "caption_credit"),
        ("If you value our work, please consider supporting us with a small gift.", "boilerplate", "paywall_appeal"),
        ("Support local journalism today.", "boilerplate", "paywall_appeal"),
        ("Facebook | Twitter | Instagram", "boilerplate", "share"),
        ("Follow us: Facebook | Twitter | Instagram", "boilerplate", "call_to_action"),
        ("Share on: Facebook Twitter WhatsApp Email", "boilerplate", "share"),
        ("Flood victims wait for relief supplies in Sylhet on Monday [Xinhua]", "boilerplate", "caption_credit"),
        ("Rescuers at the site of the collapse in Mumbai [PTI]", "boilerplate", "caption_credit"),
        ("Dengue cases rose to over 106,630 this year Source: AAP", "boilerplate", "caption_credit"),
        ("Rescuers carry a survivor in Palu. Pic: Reuters", "boilerplate", "caption_credit"),
        ("Hide Ad", "boilerplate", "advert"),
        ("Sponsor Content", "boilerplate", "advert"),
        ("Report this ad", "boilerplate", "advert"),
        ("Also Watch:", "boilerplate", "read_more"),
        ("IE 11 is not supported. For an optimal experience visit our site on another browser.", "boilerplate", "browser_notice"),
        ("Your browser is not supported.", "boilerplate", "browser_notice"),
    ],
)
def test_furniture_patterns(line, kind, reason):
    assert match_pattern(line) == (kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Rescue workers soon arrived to help.",
        "Reporting by the BBC found that many people were displaced.",
        "The home secretary said the search would continue.",
        "Share prices fell 3% on Tuesday.",
        "Source: a senior official said the talks had stalled, and that nothing would change before May.",
        "The Associated Press reported that the mine began operations this year.",
        "Reuters reported that 20 people died.",
        "This report was published by the UN on Monday and found 20 deaths.",
        "In this photo, he said, the soldiers look tired.",
        "The ministry said the toll was 13. (AP)",
        "Printing presses stopped on Tuesday.",
        "The video showed the bridge falling.",
        "VERIZON TO BUY YAHOO The sale is expected to expand the company's move into media. [Reuters]",
        # sentences sharing words with the general furniture shapes
        "Officials urged residents to download the app to receive flood alerts.",
        "Follow the money, he said.",
        "Get the latest updates from the ministry's website, officials said.",
        "The newsletter reported that 40 people had died.",
        "according to a Reuters/Ipsos poll.",
        "An AP/NORC poll found that 60% of adults disagreed.",
        "Published on Monday, the report found that costs rose 4%.",
        "Updated figures are expected by May 2025.",
        "Read the statement carefully, the minister said.",
        "Watch officials said the dam could fail.",
        "Tags on the bags identified 12 victims.",
        "It took 4 minutes for the ambulance to arrive.",
        "The newspaper said the article was edited by its staff.",
        "He posted on Facebook and Twitter",
        "The charity said it would consider making a donation to the victims' families.",
        "'Please consider donating blood,' the hospital said.",
        "The fund asked residents to make a donation to the relief effort.",
        "Facebook, Twitter and YouTube removed the videos.",
        "Subscribers to the service were told to register for updates.",
        "A stock photo agency supplied the pictures, the company said.",
        "Internet Explorer 11 is no longer supported by Microsoft, which urged users to switch to Edge.",
        "The ad was hidden from view.",
        "Also watch for falling rocks, police said.",
    ],
)
def test_body_sentences_match_no_pattern(line):
    assert match_pattern(line) is None


def test_a_page_keeps_its_body_and_says_why_it_removed_the_rest():
    cleaned = clean_text(PAGE)
    assert cleaned.body.split("\n\n") == [LEDE, SECOND, "Doctors said she is safe."]
    reasons = [(r.kind, r.reason, r.text) for r in cleaned.removed]
    assert reasons == [
        ("boilerplate", "pattern:skip_link", "Skip to main content"),
        ("boilerplate", "justext:short", "World"),
        ("top_matter", "top:headline", "Death toll from China quake rises"),
        ("top_matter", "top:byline", "By Jane Roe"),
        ("top_matter", "top:date", "Tuesday, July 23, 2013"),
        ("boilerplate", "pattern:share", "Share this article"),
        ("boilerplate", "pattern:comments", "Post a Comment"),
        ("boilerplate", "pattern:widget_heading", "Latest Articles"),
    ]
    assert cleaned.headline == "Death toll from China quake rises"
    assert [r.paragraph_after for r in cleaned.removed] == [0, 0, 0, 0, 0, 3, 3, 3]
    assert cleaned.log["top_matter_line"] == 3 and cleaned.log["boilerplate_line"] == 5


def test_nothing_is_lost_every_unit_is_body_or_removed():
    cleaned = clean_text(PAGE)
    units = [u for u in PAGE.split("\n\n")]
    kept = cleaned.body.split("\n\n")
    assert sorted(units) == sorted(kept + [r.text for r in cleaned.removed])


@pytest.mark.parametrize(
    "text",
    [
        "Troops left.",
        "Troops left.\n\nThey said so.",
        "Russia said on Tuesday that some units were returning to base after drills",
        '"We go," he said.\n\n"We stay," she said.',
        "RUSSIA SAYS TROOPS ARE LEAVING. NATO IS NOT CONVINCED.",
        "troops moving " * 30,
    ],
)
def test_a_clean_short_article_loses_nothing(text):
    """With no paragraph that jusText would call good, the general rule removes nothing."""
    cleaned = clean_text(text)
    assert cleaned.removed == ()
    assert cleaned.body.replace("\n\n", " ").split() == text.replace("\n\n", " ").split()


def test_a_crosshead_between_body_paragraphs_stays():
    cleaned = clean_text("\n\n".join([LEDE, "'Battlefield after bombardment'", SECOND]))
    assert cleaned.removed == () and "Battlefield" in cleaned.body


@pytest.mark.parametrize("text", ["-\n-\n" + LEDE, "...\n\n" + LEDE + "\n\n***"])
def test_punctuation_only_lines_are_removed_with_a_reason(text):
    cleaned = clean_text(text)
    assert cleaned.body == LEDE
    assert {r.reason for r in cleaned.removed} == {"no_words"}


def test_an_all_boilerplate_article_is_a_flagged_row_not_a_crash(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Skip to main content\n\nShare this\n\nPost a Comment\n", encoding="utf-8")
    tables = process_article({"id": "a", "outlet": "X", "language": "en", "path": "a.txt", "file": str(path), "root": str(tmp_path)})
    article = tables["articles"][0]
    assert article["status"] == "skipped" and article["skip_reason"].startswith("no_text")


@pytest.mark.parametrize(
    "block, units",
    [
        (["Connect with us", "Breaking News"], ["Connect with us", "Breaking News"]),
        (["A long line of wrapped prose that goes on and on and on for a while", "and ends here."], ["A long line of wrapped prose that goes on and on and on for a while and ends here."]),
        (["- first measure of the budget", "- second measure"], ["- first measure of the budget", "- second measure"]),
        (["Rubble surrounds the Timeball Station in the township of Lyttelton.", "(Full-size photo)(All photos)"], ["Rubble surrounds the Timeball Station in the township of Lyttelton.", "(Full-size photo)(All photos)"]),
    ],
)
def test_block_units(block, units):
    assert block_units(block) == units


@pytest.mark.parametrize(
    "line, expected",
    [("Wed, Jul 24, 2013 - Page 6", True), ("April 19, 2010 12:00 am", True), ("Published", True), ("May sees 2,000 troops leave", False), ("Troops left on Monday.", False)],
)
def test_date_lines(line, expected):
    assert is_date_line(line) is expected


@pytest.mark.parametrize("line, expected", [("By NIC COURY and REBECCA BOONE", True), ("VOA News", True), ("World", False), ("Doctors said she is safe.", False)])
def test_bylines(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "paragraph, rest",
    [
        ("August 3, 2014Chinese officials announced the toll.", "Chinese officials announced the toll."),
        (" date 2019-02-11 Finance Minister Piyush Goyal said", "Finance Minister Piyush Goyal said"),
        ("May 1, 2008 was a Thursday.", "May 1, 2008 was a Thursday."),
        ("May I ask, he said.", "May I ask, he said."),
    ],
)
def test_leading_date(paragraph, rest):
    assert paragraph[leading_date(paragraph):] == rest


def test_leading_date_is_removed_from_the_lede():
    cleaned = clean_text("August 3, 2014Chinese officials announced overnight that the toll had risen. " + LEDE)
    assert cleaned.body.startswith("Chinese officials") and cleaned.removed[0].reason == "top:date"


@pytest.mark.parametrize(
    "classes, revised",
    [
        (["short", "good", "short", "good", "short"], ["bad", "good", "good", "good", "bad"]),
        (["bad", "neargood", "bad"], ["bad", "bad", "bad"]),
        (["good", "neargood", "bad"], ["good", "good", "bad"]),
        (["bad", "short", "neargood", "good"], ["bad", "bad", "good", "good"]),
        (["bad", "neargood", "short", "bad"], ["bad", "bad", "bad", "bad"]),
        (["good", "short", "neargood", "bad"], ["good", "good", "good", "bad"]),
    ],
)
def test_justext_context_revision(classes, revised):
    assert revise(classes) == revised


@pytest.mark.parametrize(
    "unit, cls",
    [("Share this", "short"), ("Doctors said she is safe.", "neargood"), (LEDE, "neargood"), (LEDE + " " + SECOND, "good"), ("pic.twitter.com/abcdefghij https://t.co/xyz123456", "bad"), ("\u00a9 2024 Example Media", "bad")],
)
def test_context_free_classes(unit, cls):
    assert context_free_class(unit) == cls


def test_headline_fills_an_empty_manifest_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PAGE, encoding="utf-8")
    meta = {"id": "a", "outlet": "X", "language": "en", "path": "a.txt", "file": str(path), "root": str(tmp_path)}
    tables = process_article(meta)
    article = tables["articles"][0]
    assert (article["headline"], article["headline_source"]) == ("Death toll from China quake rises", "text")
    assert [r["reason"] for r in tables["removed"]][:3] == ["pattern:skip_link", "justext:short", "top:headline"]
    assert "boilerplate_removed" in [p["code"] for p in tables["problems"]]
    given = process_article(meta | {"headline": "Given", "headline_source": "manifest"})["articles"][0]
    assert (given["headline"], given["headline_source"]) == ("Given", "manifest")


def test_the_lead_is_the_first_body_sentence():
    doc = build_document({"id": "a", "outlet": "X"}, PAGE)
    assert doc.sentences[0].text.startswith("Rescuers dug through the rubble")


@pytest.mark.parametrize(
    "broken, fixed, count",
    [
        ("\u00e2\u20ac\u0153Units\u00e2\u20ac\u009d, he said", "\u201cUnits\u201d, he said", 2),
        ("Russia\u00e2\u20ac\u2122s troops", "Russia\u2019s troops", 1),
        ("caf\u00c3\u00a9", "caf\u00e9", 1),
        ("Caf\u00e9 \u201cclean\u201d \u00bd", "Caf\u00e9 \u201cclean\u201d \u00bd", 0),
        ("", "", 0),
    ],
)
def test_mojibake_is_repaired_and_curly_quotes_kept(broken, fixed, count):
    assert repair_mojibake(broken) == (fixed, count)


def test_mojibake_repair_is_counted_and_restores_the_quote():
    doc = build_document({"id": "a", "outlet": "X"}, "\u00e2\u20ac\u0153Units are leaving,\u00e2\u20ac\u009d the ministry said.")
    assert doc.cleaning_log["mojibake"] == 2
    assert doc.body == '"Units are leaving," the ministry said.' and len(doc.quotes) == 1


def test_clean_text_logs_new_rules_only_when_they_acted(seed_texts):
    for text in seed_texts.values():
        log = clean_text(text).log
        assert not {"mojibake", "replacement_char", "top_matter_line", "boilerplate_line"} & set(log)


@pytest.mark.parametrize("units", [[], ["Only one line"]])
def test_classify_units_small_inputs(units):
    verdicts = classify_units(units)
    assert len(verdicts) == len(units) and all(v.keep for v in verdicts)


@pytest.mark.parametrize(
    "text, code",
    [
        ("\u00e2\u20ac\u0153Units are leaving,\u00e2\u20ac\u009d the ministry said. Troops left.", "mojibake"),
        ("Troops left the caf\ufffd on Tuesday. They said so.", "replacement_char"),
        ("Skip to main content\n\n" + LEDE + "\n\n" + SECOND, "boilerplate_removed"),
        ("Troops left on Tuesday.", "one_sentence"),
    ],
)
def test_cleaning_problems_are_flagged(text, code):
    from analysis.checks import cleaning_problems

    doc = build_document({"id": "a", "outlet": "X"}, text)
    assert code in [c for _level, c, _message in cleaning_problems(doc)]


def test_hard_wrapped_text_without_blank_lines_loses_nothing():
    text = (
        "Russia said on Tuesday that some of its troops near the border with\n"
        "Ukraine were returning to their bases after completing exercises, a move that could\n"
        "ease fears of an invasion.\n"
        "Western officials said they had yet to see evidence of a pullback and that\n"
        "more than 100,000 troops remained in place near the border on Tuesday."
    )
    cleaned = clean_text(text)
    assert cleaned.removed == ()
    assert cleaned.body.split("\n\n") == [
        "Russia said on Tuesday that some of its troops near the border with Ukraine were returning to their bases after completing exercises, a move that could ease fears of an invasion.",
        "Western officials said they had yet to see evidence of a pullback and that more than 100,000 troops remained in place near the border on Tuesday.",
    ]


def _verdicts(units):
    return [(v.keep, v.reason) for v in classify_units(units)]


def test_a_standfirst_repeating_a_body_sentence_is_top_matter_and_the_lead_is_the_lede():
    standfirst = "Get the latest news at Example. " + LEDE
    page = "\n\n".join(["Quake toll rises", standfirst, "BEIJING (AP) \u2014 " + LEDE, SECOND])
    doc = build_document({"id": "a", "outlet": "W"}, page)
    assert ("top_matter", "top:repeated") in [(r.kind, r.reason) for r in doc.removed]
    assert doc.sentences[0].text.startswith("Rescuers dug")


def test_a_lede_that_is_not_repeated_stays():
    assert _verdicts([LEDE, SECOND, "Doctors said she is safe."]) == [(True, "")] * 3


def test_a_caption_above_a_share_bar_is_top_matter():
    units = ["Quake toll rises", "By Jane Roe", "Rescuers search the rubble of a home in Ludian on Aug. 4, 2014, after the quake struck the county.", "Share", "Print", LEDE, SECOND, "Doctors said she is safe."]
    verdicts = _verdicts(units)
    assert verdicts[2] == (False, "top:above_share_bar")
    assert verdicts[5:] == [(True, "")] * 3


def test_a_share_bar_after_most_of_the_body_removes_nothing_above_it():
    units = [LEDE, SECOND, "Doctors said she is safe.", "Share", "Officials said more rain was due."]
    assert [keep for keep, _ in _verdicts(units)] == [True, True, True, False, True]


def test_a_paragraph_inside_a_reader_appeal_box_goes_with_the_box():
    appeal = "From climate change to elections, our reporters are on the ground when the story is developing, whatever the cost of getting it."
    units = ["Your support helps us to tell the story", appeal, "Your donation allows us to keep sending reporters.", LEDE, SECOND]
    verdicts = _verdicts(units)
    assert verdicts[1] == (False, "pattern:reader_appeal+box")
    assert verdicts[3:] == [(True, "")] * 2


def test_a_body_paragraph_between_two_adverts_stays():
    units = [LEDE, "Advertisement", SECOND, "Advertisement", "Doctors said she is safe."]
    assert [keep for keep, _ in _verdicts(units)] == [True, False, True, False, True]


def test_a_pull_quote_repeating_a_body_sentence_is_removed_and_the_sentence_kept():
    said = "We will rebuild every home that the water took from us, the mayor said on Monday after touring the town."
    units = [LEDE, said + " Crews began work at dawn.", "\u201cWe will rebuild every home that the water took from us.\u201d", SECOND]
    assert _verdicts(units) == [(True, ""), (True, ""), (False, "pull_quote"), (True, "")]


@pytest.mark.parametrize(
    "units",
    [
        [LEDE, "The budget's measures include:", "- a tax cut for farmers", "- 12 crore for roads", "- free school meals", SECOND],
        [LEDE, "What happens next", SECOND, "Doctors said she is safe."],
    ],
)
def test_lists_and_crossheads_inside_a_body_stay(units):
    assert all(keep for keep, _ in _verdicts(units))


@pytest.mark.parametrize("after", ["By Jane Roe", "Rescuers search the rubble in Ludian on Monday [AFP]", "In this photo taken on Monday, rescuers search the rubble."])
def test_a_sentence_under_the_headline_followed_by_a_byline_or_caption_is_a_standfirst(after):
    page = "\n\n".join(["Quake toll rises in China", "Rescuers race to reach villages cut off by landslides.", after, LEDE, SECOND])
    doc = build_document({"id": "a", "outlet": "W"}, page)
    assert ("top_matter", "top:standfirst") in [(r.kind, r.reason) for r in doc.removed]
    assert doc.sentences[0].text.startswith("Rescuers dug")


def test_a_lede_under_the_headline_followed_by_the_body_stays():
    doc = build_document({"id": "a", "outlet": "W"}, "\n\n".join(["Quake toll rises in China", LEDE, "Advertisement", SECOND]))
    assert doc.sentences[0].text.startswith("Rescuers dug")


@pytest.mark.parametrize(
    "opening",
    ["PUNE , India, July 30 (UPI) -- ", "MOSCOW, Feb 15 (Reuters) - ", "ORMOC, Philippines, July 3 (UPI) -- ", "FOREST RANCH, Calif. (AP) - "],
)
def test_what_stands_above_a_wire_dateline_is_top_matter(opening):
    page = "\n\n".join(["Toll rises", "The hilly terrain is making the rescue difficult.", "By Ed Roe", opening + LEDE, SECOND])
    doc = build_document({"id": "a", "outlet": "W"}, page)
    assert doc.sentences[0].text.startswith("Rescuers dug")
    assert "hilly terrain" not in doc.body


@pytest.mark.parametrize(
    "first, second",
    [
        ("Cooling off: a girl plays at the public spray ground in Oklahoma City", "Cooling off: a girl plays at the public spray ground in Oklahoma City"),
        ("Temperatures have been above 100 degrees in many areas", "Smothering: Temperatures have been above 100 degrees in many areas today"),
    ],
)
def test_a_caption_printed_twice_is_removed_both_times(first, second):
    assert _verdicts([LEDE, first, second, SECOND]) == [(True, ""), (False, "caption_pair"), (False, "caption_pair"), (True, "")]


def test_a_quotation_next_to_its_pull_quote_keeps_the_quotation():
    quote = "\u201cWe will rebuild every home that the water took,\u201d the mayor said. \u201cNo one will be left out.\u201d"
    pull = "\u201cWe will rebuild every home that the water took.\u201d"
    verdicts = _verdicts([LEDE, quote, pull, SECOND])
    assert verdicts[1] == (True, "") and verdicts[2] == (False, "pull_quote")


def test_a_list_summing_up_the_body_is_not_taken_for_pull_quotes():
    units = [LEDE, "In the north, the river rose more than two meters in a day, officials said.", "Key Takeaways", "- The river rose more than two meters in a day.", "- More rain is expected.", SECOND]
    assert all(keep for keep, _ in _verdicts(units))


def test_a_crosshead_after_furniture_inside_the_body_stays():
    units = [LEDE, SECOND, "Updates", "Our coverage is moving", "Please click this link to follow it.", "Heartbreaking image from trapped town", "Doctors said the woman rescued on Monday is safe and resting in hospital.", "Post a Comment"]
    verdicts = _verdicts(units)
    assert verdicts[5] == (True, "") and verdicts[6] == (True, "")


def test_a_short_line_before_the_body_is_not_taken_for_a_crosshead():
    units = ["World", "Trending now", LEDE, SECOND]
    assert [keep for keep, _ in _verdicts(units)] == [False, False, True, True]


def test_the_links_under_a_related_coverage_heading_are_furniture():
    units = [LEDE, "Related Coverage", "\u201cThank God this wasn\u2019t worse.\u201d", SECOND, "Doctors said she is safe."]
    assert _verdicts(units)[2] == (False, "pattern:widget_heading+links")
    assert _verdicts(units)[3] == (True, "")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Trump signs executive orders on pipelines. " + LEDE + " CLICK HERE TO GET THE FOX NEWS APP " + SECOND * 3,
        "Video: President pulls out of the climate deal. " + LEDE + " " + SECOND * 3,
    ],
)
def test_a_whole_article_on_one_line_is_not_taken_for_furniture_or_a_promo(paragraph):
    cleaned = clean_text(paragraph)
    assert cleaned.body and not cleaned.related and not cleaned.removed


@pytest.mark.parametrize(
    "middle, removed",
    [
        ("By Jane Roe and Ed Poe", True),  # a live blog's post byline between two paragraphs
        ("By NIC COURY, Associated Press", True),
        ("By the numbers", False),  # a crosshead
        ("By Tuesday, 40 had died.", False),
    ],
)
def test_signed_byline_anywhere(middle, removed):
    third = "Aid agencies said that clean water and tents were needed most urgently in the three worst-hit districts of the region."
    fourth = "The government has promised compensation to the families of the victims and ordered an inquiry into the building rules."
    units = [LEDE, SECOND, middle, third, fourth]
    verdict = classify_units(units)[2]
    assert (not verdict.keep and verdict.reason == "top:byline") == removed


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers dug through the rubble on Tuesday.\nRescuers dug through the rubble on Tuesday.",
        "Rescuers dug through the rubble on Tuesday as the toll rose.\n\nRescuers dug through the rubble on Tuesday as the toll rose.",
    ],
)
def test_a_text_pasted_twice_keeps_one_copy(text):
    # the repeat and pair rules judge units against each other: they once emptied such a text and
    # the classifier then raised ValueError ('good' is not in list)
    cleaned = clean_text(text)
    assert cleaned.body.startswith("Rescuers dug through the rubble on Tuesday")
    assert cleaned.body.count("Rescuers") == 1
