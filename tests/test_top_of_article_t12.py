"""The top of the article (issue 11, t12): page captions, the header's lines, the lead.

Must rows are shapes of a phenomenon written for these tests (not lines of the labelled pages);
must-not rows are body sentences of news (war, crime, elections, business, sport) that a rule
must leave in the body.
"""
from __future__ import annotations

import pytest

from analysis.clean import clean_text

HEADLINE = "Typhoon survivors wait for help"
TOP_CAPTION = "Typhoon survivors on Sunday pass by two large boats washed ashore in Tacloban, Leyte province."
LEDE = (
    "Rescue workers in the Philippines shifted their focus on Sunday to reaching trapped survivors whose villages "
    "were wiped out, officials said."
)
MORE = (
    "With roads and bridges washed away, many hard-hit areas could not be reached, the United Nations office in "
    "Manila said in a statement."
)
LAST = "President Barack Obama pledged U.S. support, saying significant humanitarian assistance is on the way."


def _page(middle: str, *, top_caption: bool = True) -> str:
    return "\n\n".join([HEADLINE, *([TOP_CAPTION] if top_caption else []), LEDE, MORE, middle, LAST])


# ---------------------------------------------------------------- captions.mark_captions: a page's captions alike
@pytest.mark.parametrize(
    "caption",
    [
        "Survivors reach out to receive medicine from a passing vehicle in Tacloban city on Sunday.",
        "Survivors reach out to receive medicine from a passing vehicle after the typhoon battered Tacloban city, central Philippines Saturday.",
        "A man carries his belongings through floodwater in Mosul, Iraq, on Monday.",
    ],
)
def test_a_page_that_captions_its_top_picture_captions_the_others_alike(caption: str) -> None:
    cleaned = clean_text(_page(caption))
    assert caption not in cleaned.body and LEDE in cleaned.body and LAST in cleaned.body
    assert ("boilerplate", "caption:scene", caption) in [(r.kind, r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(
    "sentence",
    [
        # a scene in the present that goes on past its place and day: the body tells why or what next
        "Residents queue for water in Gaza City on Tuesday, as shortages worsen.",  # war
        "Ukrainian troops dig trenches near Bakhmut as Russian shelling intensifies.",  # war
        "Detectives search the house in Leeds on Monday while the family waits for news.",  # crime
        "Voters queue outside polling stations in Lagos on Saturday, hours before results are due.",  # election
        "Traders watch the screens in Shanghai as the yuan falls to a ten-year low.",  # business
        "Fans gather outside Wembley on Sunday, hoping for a first title since 1966.",  # sport
    ],
)
def test_a_present_tense_body_paragraph_stays_on_a_page_with_a_top_caption(sentence: str) -> None:
    cleaned = clean_text(_page(sentence))
    assert TOP_CAPTION not in cleaned.body  # the top's caption goes ...
    assert sentence in cleaned.body  # ... and the body's one-sentence paragraph stays


# ---------------------------------------------------------------- title_case: one definition for four rules
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Central Bank Announces Important Decision on Interest Rate Change", True),
        ("3 Inmates Escape from Maximum-Security Jail", True),
        ("Maine Flooding 'Greater Than a 100-year Event'", True),
        ("Wanna Live to 1 Million? The Trembling Giant Already Does", True),
        # body sentences of news: a word in lower case that no title keeps so
        ("Russian forces shelled Kharkiv on Monday.", False),  # war
        ("Police Arrested two men in Leeds", False),  # crime
        ("Voters in Ohio Go to the polls", False),  # election
        ("Shares of Apple fell 3% in New York", False),  # business
        ("Arsenal beat Chelsea 2-0 at the Emirates", False),  # sport
        # no title: a date, a score, a name, a line in capitals, too short
        ("Tuesday, July 23, 2013", False),
        ("QPR 1 — 2 Arsenal", False),
        ("By Shonal Ganguly", False),
        ("FRANCE WIN IN DUBLIN", False),
        ("Floods Hit", False),
        ("", False),
    ],
)
def test_title_case(line: str, title: bool) -> None:
    from analysis.title_case import is_title_case

    assert is_title_case(line) is title


def test_title_case_in_capitals_only_when_asked() -> None:
    from analysis.title_case import is_title_case

    assert is_title_case("FRANCE WIN IN DUBLIN", all_capitals=True) and not is_title_case("FRANCE 2 0 IN", all_capitals=True)


# ---------------------------------------------------------------- header_labels: labels and slots above the lead
LEAD_2 = "Caeleb Dressel finished off his gold rush at the Tokyo Olympics on Sunday with two more dazzling swims, officials said."
BODY_2 = "The 24-year-old Floridian captured his fourth and fifth gold medals of the Games, while Australia's Emma McKeon won two more."


@pytest.mark.parametrize(
    "header",
    [
        ["Swimming ends with records", "Date:", "Share post:", "spot_img", "spot_img"],
        ["Swimming ends with records", "Next Up:"],
        ["Trending :", "Swimming ends with records"],
        ["Swimming ends with records", "Published: Updated:"],
        ["Swimming ends with records", "td_module_slot"],
        # labels no pattern row names: the rule is their place and shape
        ["Swimming ends with records", "Photo gallery:"],
        ["Swimming ends with records", "Also in:"],
        ["Swimming ends with records", "Story continues:"],
    ],
)
def test_header_labels_and_slots_above_the_lead_go(header: list[str]) -> None:
    cleaned = clean_text("\n\n".join([*header, LEAD_2, BODY_2]))
    assert cleaned.body.startswith(LEAD_2) and BODY_2 in cleaned.body


@pytest.mark.parametrize(
    "text",
    [
        # a body's colon below its short lead: what it introduces follows (election, crime)
        "Clinton won Nevada.\n\nShe told supporters:\n\n\"We are going to keep fighting for every vote in every state, and we will win this nomination.\"",
        "Two men were arrested.\n\nPolice said:\n\n\"Both suspects were detained near the scene of the robbery on Friday evening, and a third man is being sought.\"",
        # a label over a list of the body's measures (business): the list decides
        "Budget highlights:\n\n- Income tax cut by two points for the lowest earners, the finance minister announced on Friday.\n\n- A pension for farmers",
        # labels below the lead are none of this rule's (war, sport)
        f"{LEAD_2}\n\nThe result:\n\n{BODY_2}",
    ],
)
def test_a_body_colon_stays(text: str) -> None:
    cleaned = clean_text(text)
    assert "header_label" not in [r.reason for r in cleaned.removed]


# ---------------------------------------------------------------- captions: a scene without a finite verb
PARTICIPLE_CAPTIONS = [
    "A man rowing a boat near his submerged home in Amlighat, India, on Saturday.",
    "Residents wading through a flooded street in Mosul on Sunday.",
    "Commuters wading through a waterlogged road after heavy rains in Mumbai, Tuesday, July 2, 2019.",
    "Firefighters spraying water on a burning house in Paradise, California.",
]
NOT_PARTICIPLE_CAPTIONS = [
    "Troops patrolling the border near Kharkiv came under fire on Tuesday.",  # war
    "Residents fleeing the fighting in Mosul said they had no food.",  # war
    "Detectives searching the house in Leeds found a gun on Monday.",  # crime
    "The Republican National Committee set a goal of raising 64 million dollars for its convention in Cleveland, Ohio in July.",  # election
    "Shoppers queuing outside stores in London pushed sales up 4% in December.",  # business
    "Fans celebrating the title in Madrid clashed with police on Sunday.",  # sport
]


@pytest.mark.parametrize("caption", PARTICIPLE_CAPTIONS)
def test_a_participle_caption_above_the_lead_goes(caption: str) -> None:
    from analysis.captions import is_scene_caption

    assert is_scene_caption(caption)
    cleaned = clean_text("\n\n".join(["Floods kill 40 in the north", caption, LEDE, MORE, LAST]))
    assert cleaned.body.startswith(LEDE) and ("boilerplate", "caption:scene", caption) in [(r.kind, r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize("sentence", NOT_PARTICIPLE_CAPTIONS)
def test_a_sentence_with_a_participle_and_a_finite_verb_is_no_caption(sentence: str) -> None:
    from analysis.captions import is_scene_caption

    assert not is_scene_caption(sentence)
    assert sentence in clean_text("\n\n".join(["Officials respond", sentence, LEDE, MORE, LAST])).body


# ---------------------------------------------------------------- question_headline: a headline asked as a question
PARAGRAPH = (
    "The Senate voted 52-47 on Tuesday to block the measure after a debate that lasted through the night, "
    "and leaders of both parties said they expected the issue to return after the recess."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Can the Senate pass gun control?",  # election
        "Will the ceasefire in Gaza hold?",  # war
        "Is the stock market heading for a crash?",  # business
        "Game over. Will Sanders come down off the pique?",
        "Floods kill 40!",
        "Ted Cruz: Constitutional conservative or another typical career politician?",
    ],
)
@pytest.mark.parametrize("above", ["Advertisement", "Home | News | Politics", "Share post:"])
def test_a_question_headline_is_top_matter(headline: str, above: str) -> None:
    # the header's evidence with it: furniture above (without it, a paste opens with its lede, which may ask)
    cleaned = clean_text(f"{above}\n\n{headline}\n\n{PARAGRAPH}\n\n{BODY_2}")
    assert cleaned.body.startswith(PARAGRAPH) and cleaned.headline == headline


@pytest.mark.parametrize("below", ["By Jane Roe", "March 5, 2019"])
def test_a_question_over_a_byline_is_top_matter(below: str) -> None:
    cleaned = clean_text(f"Can the Senate pass gun control?\n\n{below}\n\n{PARAGRAPH}\n\n{BODY_2}")
    assert cleaned.body.startswith(PARAGRAPH)
    assert {r.text: r.kind for r in cleaned.removed}["Can the Senate pass gun control?"] == "top_matter"


@pytest.mark.parametrize(
    "text",
    [
        # a rhetorical question opening the body under a headline written with a full stop (PolNeAR's HuffPost)
        f"Police Chief Resigns Over Missing Funds.\n\nWhere did the money go?\n\n{PARAGRAPH}",
        # a quotation that asks (crime)
        f'"Where is my son?"\n\n{PARAGRAPH}',
        # a question opening a longer paragraph (business)
        "Is the economy recovering? Economists are divided, with some pointing to rising wages and others to falling "
        f"factory orders in the three months to March.\n\n{PARAGRAPH}",
        # a question over a short line, no paragraph right below it (sport)
        f"Who won the derby?\n\nArsenal did.\n\n{PARAGRAPH}",
        # a headline was found above: the question is the lede (war)
        f"Ceasefire talks stall in Cairo\n\nWill the truce hold?\n\n{PARAGRAPH}",
    ],
)
def test_a_question_in_the_body_stays(text: str) -> None:
    question = next(unit for unit in text.split("\n\n") if "?" in unit)
    assert question.replace('"', "") in clean_text(text).body.replace('"', "")


# ---------------------------------------------------------------- title_case_lines: a title-case headline with a stop
@pytest.mark.parametrize(
    "headline",
    [
        "Clinton Swipes At Trump Over Brexit.",  # election
        "Rebels Seize Second Town In Eastern Offensive.",  # war
        "Why Does The Central Bank Refuse To Cut Rates?",  # business
        "Arsenal Beat Chelsea To Reach The Final!",  # sport
    ],
)
def test_a_title_case_headline_with_a_stop_is_top_matter(headline: str) -> None:
    cleaned = clean_text(f"{headline}\n\n{PARAGRAPH}\n\n{BODY_2}")
    assert cleaned.body.startswith(PARAGRAPH) and cleaned.headline == headline


@pytest.mark.parametrize(
    "lede",
    [
        "Police arrested Two Men In Leeds.",  # crime: a word in lower case is no title's
        "Shares fell 3% In Early Trading.",  # business
        "Voters Head To The polls.",  # election
        "Kyiv was shelled again.",  # war
    ],
)
def test_a_short_lede_with_capitals_stays(lede: str) -> None:
    assert clean_text(f"{lede}\n\n{PARAGRAPH}\n\n{BODY_2}").body.startswith(lede)


# ---------------------------------------------------------------- topmatter.WIRE_DATELINE: AFP's title-case dateline
AFP_LEAD = "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump over his reaction to the Brexit vote, saying he put his golf course first."


@pytest.mark.parametrize("headline", ["Clinton swipes at Trump over Brexit.", "Rebels seize second town in the east.", "Oil prices slump on glut fears."])
def test_a_headline_above_a_title_case_agency_dateline_goes(headline: str) -> None:
    cleaned = clean_text(f"{headline}\n\n{AFP_LEAD}\n\n{BODY_2}")
    assert headline not in cleaned.body and cleaned.body.startswith("Democrat Hillary Clinton")


@pytest.mark.parametrize(
    "opening",
    [
        "Sen. Ted Cruz (R-Texas) – who won Iowa – told supporters on Monday that he would stay in the race until the convention.",  # election
        "Smith (D) – the only Democrat on the panel – voted against the bill on Tuesday, saying it would cut funding for schools.",
        "Arsenal (ENG) – the holders – were knocked out by Porto on Wednesday after a 2-1 defeat in the second leg in Portugal.",  # sport
    ],
)
def test_a_name_in_brackets_is_no_dateline(opening: str) -> None:
    lede = "Police arrested two men in Leeds on Monday after a robbery at a jewellery shop in the city centre, officers said."
    cleaned = clean_text(f"{lede}\n\n{opening}\n\n{BODY_2}")
    assert cleaned.body.startswith(lede)


# ---------------------------------------------------------------- choose_headline: when none was named
def test_the_headline_is_named_when_none_was() -> None:
    from analysis.boilerplate import Verdict
    from analysis.header_lines import choose_headline

    units = ["The Latest: Senate blocks gun control measure", PARAGRAPH, BODY_2]
    verdicts = [Verdict(False, "top_matter", "top:before_dateline"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    choose_headline(units, verdicts)
    assert verdicts[0].reason == "top:headline"
    # a removed line sharing fewer than two words with the lead is not named (a site's name, a widget)
    verdicts = [Verdict(False, "top_matter", "top:before_dateline"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    choose_headline(["Caribbean Broadcasting Corporation", PARAGRAPH, BODY_2], verdicts)
    assert verdicts[0].reason == "top:before_dateline"


# ---------------------------------------------------------------- glued to the lead: an agency in brackets, a dated time
@pytest.mark.parametrize(
    ("glued", "reason"),
    [
        ("(CNN) \u2014 ", "top:byline"),
        ("(Reuters) - ", "top:byline"),
        ("Updated: March 5, 2019 10:21 IST ", "top:date"),
        ("Published 5 March 2019, 3:05 p.m. ET | ", "top:date"),
        ("(CNS): ", "top:byline"),
        ("15 Feb. 15:15 ", "top:date"),
        ("2 hours ago ", "top:date"),
        ("3 min read ", "top:date"),
    ],
)
def test_top_matter_glued_to_the_lead_is_cut_off(glued: str, reason: str) -> None:
    cleaned = clean_text(f"Senate blocks gun bill\n\n{glued}{PARAGRAPH}\n\n{BODY_2}")
    assert cleaned.body.startswith(PARAGRAPH)
    assert (reason, glued.strip()) in [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(
    ("lede", "dropped"),
    [
        ("(The figures are provisional.) Rebels seized a second town in the east on Monday, the army said.", ""),  # war
        # a capital word after the time: the date goes, "US troops" stays
        ("March 5, 2019 10:21 US troops left the base at dawn, the Pentagon said in a statement on Tuesday.", "March 5, 2019 10:21"),
        ("(Updated with police statement) Two men were arrested in Leeds on Monday after a robbery, officers said.", ""),  # crime
        ("15 Feb. Rebels seized a second town in the east, the army said, as fighting spread along the front.", ""),  # war: no time
        ("2 hours ago, police said, two men were arrested in Leeds after a robbery at a jewellery shop.", ""),  # crime: a comma
    ],
)
def test_a_lede_opening_otherwise_keeps_its_words(lede: str, dropped: str) -> None:
    cleaned = clean_text(f"Senate blocks gun bill\n\n{lede}\n\n{BODY_2}")
    assert lede[len(dropped) :].strip() in cleaned.body  # the whole lede, but for a date line glued to it
    assert [r.text for r in cleaned.removed if r.reason != "top:headline"] == ([dropped] if dropped else [])


# ---------------------------------------------------------------- captions: a scene right above the byline
SCENE = "Residents wade through a flooded street in Mosul on Sunday."


def test_a_scene_between_the_standfirst_and_the_byline_is_a_caption() -> None:
    standfirst = "Thousands flee as rivers burst their banks after a week of rain across the whole region."
    cleaned = clean_text("\n\n".join(["Floods kill 40", standfirst, SCENE, "By Jane Roe", "March 5, 2019", PARAGRAPH, BODY_2]))
    assert cleaned.body.startswith(PARAGRAPH)
    assert [r.reason for r in cleaned.removed][:3] == ["top:headline", "top:standfirst", "caption:scene"]


@pytest.mark.parametrize(
    "page",
    [
        # a live blog: each entry's last paragraph stands above the next entry's stamp (election)
        ["Election live", "10:32 GMT", LEDE, MORE, "Voters queue outside polling stations in Lagos on Saturday.", "10:45 GMT", PARAGRAPH],
        # the writer's byline under the last paragraph, nothing below it (war)
        ["Shelling resumes", LEDE, MORE, "Residents shelter in basements across Kharkiv on Monday.", "By Jane Roe"],
    ],
)
def test_a_scene_in_the_body_above_a_stamp_or_closing_byline_stays(page: list[str]) -> None:
    scene = page[4] if len(page) > 5 else page[3]
    assert scene in clean_text("\n\n".join(page)).body


def test_the_page_stores_date_stamp_goes_before_an_agency() -> None:
    cleaned = clean_text(f"date 2018-06-19 (CNS): {PARAGRAPH}\n\n{BODY_2}")
    assert cleaned.body.startswith(PARAGRAPH)
    assert [(r.reason, r.text) for r in cleaned.removed] == [("top:date", "date 2018-06-19"), ("top:byline", "(CNS):")]


# ---------------------------------------------------------------- speaker_headline: a headline quoting its speaker
@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        ("Clinton: I support D.C. statehood.", "Hillary Clinton wants to see the District of Columbia become a state, she wrote on Tuesday in a local paper."),  # election
        ("Zelensky: We will not give up Donbas.", "President Volodymyr Zelensky said on Sunday that Ukraine would not cede territory in the east to end the war."),  # war
        ("Dimon: Rates will stay high for longer.", "JPMorgan chief executive Jamie Dimon told investors on Monday that interest rates would stay high well into next year."),  # business
    ],
)
def test_a_headline_quoting_its_speaker_is_top_matter(headline: str, lede: str) -> None:
    cleaned = clean_text(f"{headline}\n\n{lede}\n\n{BODY_2}")
    assert cleaned.body.startswith(lede) and cleaned.headline == headline and cleaned.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        # a dateline opening a lead of more than twelve words (crime)
        "Leeds: Police arrested two men on Monday after a robbery at a jewellery shop in the city centre, officers said.\n\n"
        "Leeds police said the men, aged 24 and 31, were being questioned.",
        # a short lead under a dateline whose place the next paragraph does not name (sport)
        "Madrid: Real Madrid beat Barcelona 2-1 on Sunday.\n\nThe win puts Ancelotti's side five points clear at the top.",
    ],
)
def test_a_dateline_over_the_lead_stays_a_dateline(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.dateline is not None and "top:headline" not in [r.reason for r in cleaned.removed]


# ---------------------------------------------------------------- a text without its headline: the lede stays
@pytest.mark.parametrize(
    "lede",
    [
        "What would the president sound like if he had elocution lessons?",  # a lede asking, with a pronoun
        "Why use slurs when you can just hold up a photo of the candidate?",
        "TRENTON, N.J. (AP) \u2014 Was that really the governor, the brusque, take-a-back-seat-to-no-one leader of New Jersey?",
        "Tennis. Boating. Summers at Walker's Point.",  # a lede's run of one-word sentences in capitals
    ],
)
def test_a_text_without_its_headline_keeps_its_lede(lede: str) -> None:
    body = clean_text(f"{lede}\n\n{PARAGRAPH}\n\n{BODY_2}").body
    assert lede.split("\u2014 ")[-1] in body


def test_a_title_case_headline_with_an_abbreviation_is_one() -> None:
    cleaned = clean_text(f"U.S. Flexes Muscles As Asia Worries About Sea Row.\n\n{PARAGRAPH}\n\n{BODY_2}")
    assert cleaned.body.startswith(PARAGRAPH)
