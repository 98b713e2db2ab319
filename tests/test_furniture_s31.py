"""Read on the fifty-eighth to sixtieth collections (session of 7 Dec 2026, issue 11): a weather service's bulletin
whose headline the page wrapped over two lines, a standfirst over an editor's update note, a crosshead over the
paragraph the copy stopped inside, a feature lede that speaks to its reader, rows (an ad slot's placeholder, a
station's prompt to follow its reporter, a map's hint, a view counter, a membership offer's heading, a card label),
and claims (amounts after the peso's "P" and the kwacha's "K", a vehicle's registration, a range of days closed by
"alone"). Every text here is made up."""
from analysis.body_edges import teaser_tail
from analysis.clean import clean_text
from analysis.page_shapes import _wrapped_title, is_reader_note
from tests.helpers import assert_rows, claim_numbers

BULLETIN = [
    "...SMALL CRAFT ADVISORY NOW IN EFFECT UNTIL 6 PM HST THIS",
    "EVENING...",
    "* WHAT...Seas 8 to 12 feet.",
    "* WHERE...Maui Windward Waters and Big Island",
    "Southeast Waters.",
    "* WHEN...Through this evening.",
    "* IMPACTS...Conditions will be hazardous to small craft.",
    "PRECAUTIONARY/PREPAREDNESS ACTIONS...",
    "Inexperienced mariners should avoid navigating in these conditions.",
    "&&",
]
STORY = [
    "Two families were forced from their homes after a brush fire spread across a ridge on Tuesday.",
    "Fire officials said the blaze burned about 40 acres before crews contained it late in the afternoon.",
    "No injuries were reported, and the cause of the fire remains under investigation, officials said.",
]


def test_a_bulletin_whose_headline_is_wrapped_goes_whole():
    cleaned = clean_text("\n".join(BULLETIN) + "\n" + "\n".join(STORY))
    assert cleaned.body.split("\n\n") == STORY
    assert all(line not in cleaned.body for line in BULLETIN[2:])
    assert {r.reason for r in cleaned.removed if r.text in BULLETIN[2:-1]} == {"weather_bulletin"}


def test_a_wrapped_title_needs_its_closing_line():
    # three dots opening a line in capitals, the next line not closing it in capitals and dots: no bulletin's headline
    assert _wrapped_title(BULLETIN, 0)
    assert not _wrapped_title(["...AND THEN THE RAIN CAME DOWN ON THE TOWN OF HILO THIS", "morning, said a resident."], 0)
    assert not _wrapped_title(["The storm hit...", "EVENING..."], 0)


HEADER = [
    "Capital City firefighters work at the scene of a trailer fire Friday morning. (Jane Doe / Example Empire)",
    "Toaster apparent cause of fatal fire",
    "One person, two dogs dead after trailer blaze.",
]
FIRE = [
    "Despite efforts from firefighters and police, a resident and two dogs died following a trailer fire Friday morning.",
    "The fire took place shortly before 10:40 a.m., according to the fire chief, who said crews arrived within minutes.",
    "The cause was believed to be an electric toaster, officials said on Saturday after an inspection of the trailer.",
]


def test_an_update_note_under_the_headline_makes_no_standfirst():
    # the rule read from the Juneau Empire (s1537, s1538) was dropped at a second read: a developing story's short lede
    # stands right under the headline over its update note as often; the note itself goes
    for note in ("This article has been updated to include additional information.",
                 "This story was updated at 6:30 p.m. Monday with additional information."):
        cleaned = clean_text("\n\n".join([*HEADER, note, *FIRE]))
        assert note not in cleaned.body
        assert {r.reason for r in cleaned.removed if r.text == note} == {"pattern:update_notice"}
    short_lede = "A man was shot and killed outside a gas station in south Memphis late Tuesday, police said."
    cleaned = clean_text("\n\n".join(["Man shot dead outside gas station", short_lede, "This story has been updated.", *FIRE]))
    assert cleaned.body.split("\n\n")[0] == short_lede


def test_a_lede_is_no_standfirst_over_an_update_note_under_a_byline_or_long():
    # a second read: a developing story's lede over its note, under the byline or longer than a standfirst, stays
    lede = "One man was killed and another wounded in a shooting outside a bar late Saturday, police said."
    note = "This story has been updated with comments from the police chief."
    cleaned = clean_text("\n\n".join(["Man killed in shooting outside bar", "By Jane Doe", lede, note, *FIRE]))
    assert cleaned.body.split("\n\n")[0] == lede
    long_lede = "A water main break flooded several downtown streets early Thursday, forcing businesses to close and snarling the morning commute."
    cleaned = clean_text("\n\n".join(["Water main break floods downtown streets", long_lede, note, *FIRE]))
    assert cleaned.body.split("\n\n")[0] == long_lede


def test_a_body_sentence_about_a_report_is_no_note():
    assert_rows({}, ["The report was updated with data from Mali and Niger, the agency said."])


def test_a_lede_is_no_standfirst_over_a_closing_update_note():
    # the note closes the story: the lede stays
    cleaned = clean_text("\n\n".join([HEADER[1], *FIRE, "This story was updated at 6:30 p.m. Monday with additional information."]))
    assert cleaned.body.split("\n\n") == FIRE


def test_a_crosshead_near_the_end_of_a_page_with_two_part_crossheads_is_body():
    body = [
        "A landslide occurred on the main road in the highlands on Monday, blocking traffic in both directions.",
        "The district police chief confirmed that no casualties or property damage were reported in the incident.",
        "According to the secretariat, alternative routes to the highlands are available via two other roads.",
    ]
    section = ["Landslide Also Hit Highlands-Tapah Road; Single Lane Open", "At the same time another landslide hit the federal route to Tapah."]
    cut = "The incident comes as the country's highland regions enter their typical monsoon season, which often brings h"
    assert teaser_tail([*body, *section, "Environmental Expert Warns Of More Disasters", cut], [True] * 7) == set()
    # with no crosshead in the body, a title over a teaser the page cut is another story's card (a second read)
    card = ["Miners Protest Over Unpaid Wages At Copper Mine", "Hundreds of miners at the copper mine downed tools on Monday over unpaid wages, which they say have left"]
    assert teaser_tail([*body, *card], [True] * 5) == {3, 4}


def test_a_feature_lede_with_a_shop_is_no_note():
    assert not is_reader_note("Imagine getting your car back from an auto body shop just in time to have it damaged again by hail.")
    assert is_reader_note("Buy subscriptions, t-shirts and more from our shop right here!")
    assert is_reader_note("Buy a print of this photo from the Argus shop.")


def test_rows():
    assert_rows(
        {
            "[Ads /]": "advert",
            "For more on this story, follow Jane Doe on Facebook, Twitter and Instagram.": "social_prompt",
            "Tip: you can interact with this map using your fingers (or two fingers on touch screens). Map": "widget_hint",
            "Total Views: 2543": "counter",
            "Why Join the Example Club?": "offer",
            "Top Story": "widget_heading",
        },
        [
            "For more on this story, police said, residents should call the hotline.",
            "Tip: the police said the tip came from a neighbour.",
            "Why join the army? Recruiters say pay is the answer.",
            "Why join a running club?",
            "Total views of the valley are blocked by the new tower.",
            "Views: residents were split on the plan.",
        ],
    )


def test_claims():
    assert claim_numbers("Damage to properties was estimated at P2,801,300, the fire marshal added.") == ["2,801,300"]
    assert claim_numbers("According to the bureau, more or less P750, 000 in properties were lost.") == ["750, 000"]
    assert claim_numbers("Fifteen bar owners were fined K20, 000 each.") == ["Fifteen", "20, 000"]
    assert claim_numbers("He parked on level P5 next to the K9 unit.") == []
    assert claim_numbers("The vehicle's registration number, AS-28C 9461, was identified.") == []
    assert claim_numbers("Registration 20 students signed up on the first day.") == ["20"]
    assert claim_numbers("At registration, 900 Kenyans were turned away.") == ["900"]
    assert claim_numbers("Ten alone were killed in the first blast, police said.") == ["Ten"]
    assert claim_numbers("Between August 4 and 10 alone, the province reported 994 new cases.") == ["994"]


COMMENTS = [
    "Recent comments",
    "\u2022 stuff just happens",
    "October 04, 2012 - 09:38",
    "Sometimes bad weather causes accidents; get off your high horse, sometimes accidents cannot be avoided",
    "\u2022 Slow Down",
    "October 05, 2012 - 15:45",
    "80km an hour on the road when raining is a disaster waiting to happen. This is his second accident there.",
]
CRASH = [
    "A two vehicle crash on the ring road this evening has sent at least one person to hospital, police said.",
    "Emergency vehicles are at the scene of the crash, which is in the westbound lane at the exit.",
    "A single vehicle has gone off the road, over the guardrail and into the ditch, officers said.",
]


def test_recent_comments_over_stamped_comments_go():
    cleaned = clean_text("\n\n".join(["Crash on ring road", *CRASH, *COMMENTS]))
    assert cleaned.body.split("\n\n") == CRASH


def test_a_live_blog_under_latest_comments_stays():
    # stamped entries with no bulleted name over them are a live blog's, not readers' comments (a second read; "Latest
    # comments" and "Reader comments" were comment headings before this session, whatever stands under them)
    entries = [
        "March 3, 2024 - 14:05",
        "The electoral commission said turnout in Lagos had passed 40 percent by early afternoon.",
        "March 3, 2024 - 14:40",
        "Police said voting was peaceful in most wards, with two arrests reported in the north.",
    ]
    cleaned = clean_text("\n\n".join(["Lagos votes", *CRASH, "Recent comments", *entries]))
    assert entries[1] in cleaned.body and entries[3] in cleaned.body


def test_rows_of_the_sixty_first_to_sixty_third_collections():
    assert_rows(
        {
            "This is a corrected version.": "editor_note",
            "For more Nova Scotia news visit our dedicated provincial page.": "link_here",
            "article-image": "caption",
            "WARNING: This story contains graphic pictures.": "content_warning",
            "This picture has been edited to obscure the most graphic parts.": "content_warning",
        },
        [
            "This is a corrected version of the bill, the minister said on Tuesday.",
            "For more than a decade the town has asked for a new bridge.",
            "The story contains graphic details of the attack, the judge warned jurors.",
            "The photo has been edited, the agency admitted, after readers complained.",
            "This image has been edited to hide the faces of the children, the school said in a statement.",
            "This is an updated version of the report.",
            "Business Latest News",
        ],
    )


def test_a_round_ups_briefs_under_a_box_heading_stay():
    # the rule read from the Byron Shire Echo's sidebar (cards under "Latest News" and "Other News" between headline and
    # story, s1630-s1632) was dropped at a second read (rev46): a round-up's briefs, a list's entries and a live blog's
    # entries stand under the same headings in the same shape
    briefs = [
        "Pool hours extended", "The council voted to keep the town pool open until 8 p.m. through the end of August.",
        "Library roof approved", "Councillors approved $120,000 to replace the library's leaking roof before winter.",
        "New crossing for Main Street", "A signalled crossing will be built outside the primary school on Main Street next year.",
    ]
    cleaned = clean_text("\n\n".join(["News in brief: around the county", "Latest News", *briefs]))
    assert all(brief in cleaned.body for brief in briefs[1::2])


def test_a_storys_sections_under_a_box_heading_stay():
    sections = [
        "Fire crews hold the line", "Fire crews held the line at the reserve overnight as the bushfire burned toward the highway.",
        "Fire cause under investigation", "Investigators said the cause of the bushfire at the reserve was not yet known.",
        "Bushfire smoke closes highway", "Smoke from the bushfire at the reserve closed the highway for two hours on Sunday.",
    ]
    cleaned = clean_text("\n\n".join(["Bushfire at the reserve", "The bushfire at the reserve burned on Sunday, the fire service said.", "Latest News", *sections]))
    assert all(s in cleaned.body for s in sections[1::2])


def test_a_stations_update_promises_go():
    assert_rows(
        {
            "Stay with us as we gather more information on this developing story.": "update_notice",
            "WAAY 31 has a reporter on the scene working to get more information on this crash.": "update_notice",
            "Stay with WAAY 31 on air and WAATV.com online for updates.": "update_notice",
            "Stay tuned for updates on this scene as we get them.": "update_notice",
            "We're working to get more details. Stay tuned for updates.": "update_notice",
        },
        [
            "Police have a team at the scene.",
            "The Fire Department has a crew at the scene.",
            "Engine 12 has a crew at the scene.",
            "KCFD has a crew at the scene.",
            "Stay tuned.",
            "- Stay tuned for the latest updates.",
            "Stay with us, the mayor told residents who were sheltering in the gym.",
            '"Stay tuned," the coach said.',
        ],
    )
