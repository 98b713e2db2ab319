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
