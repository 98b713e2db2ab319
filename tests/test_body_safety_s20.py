"""Body lost on the site sets' blind pages, named by kind and not by page: a lead that opens with its
dateline but lost its full stop, and a body paragraph with a social post pasted onto its end. Each
case is written as new text (not copied from the pages), beside the furniture of the same shape that
must still go."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text
from analysis.social_embeds import POST_CHARS, glued_post
from analysis.topmatter import dated_lead
from tests.news_text import BODY, SECOND, THIRD

HEADLINE = "Two hurt as fire guts family home in Allentown"
LEAD = "PITTSBURGH \u2014 Two people were hurt and a family of five lost their home in a fire in the Allentown neighbourhood on Tuesday"
POST = "Crews still on scene #fire pic.twitter.com/Zx81Qq \u2014 Jo Reporter (@joreporter) March 3, 2023"


def test_a_dated_lead_without_its_full_stop_opening_a_body_only_paste_is_the_lead():
    cleaned = clean_text("\n\n".join([LEAD, BODY, SECOND]))
    assert cleaned.body.startswith("Two people were hurt") and cleaned.headline is None and cleaned.removed == ()


def test_a_dated_teaser_trailing_off_is_no_lead():
    teaser = "NEW YORK (AP) \u2014 A man who was found dead in a subway station had been reported missing by his family and police are\u2026"
    cleaned = clean_text("\n\n".join([teaser, BODY, SECOND]))
    assert teaser not in cleaned.body and cleaned.body.startswith(BODY[:40])


def test_a_dated_lead_without_its_full_stop_is_the_lead_and_the_headline_above_it_goes():
    cleaned = clean_text("\n\n".join([HEADLINE, LEAD, BODY, SECOND]))
    assert cleaned.body.startswith("Two people were hurt")  # the dateline is cut as a dateline, the lead stays
    assert cleaned.dateline == "PITTSBURGH"
    assert cleaned.headline == HEADLINE
    assert [(r.reason, r.text) for r in cleaned.removed] == [("top:headline", HEADLINE)]


@pytest.mark.parametrize(
    "headline",
    [
        "EXCLUSIVE \u2014 Two people were hurt and a family of five lost their home in a fire in the Allentown neighbourhood",
        "BREAKING - Two people were hurt and a family of five lost their home in a fire in the Allentown neighbourhood",
        "PITTSBURGH \u2014 Fire guts family home",
    ],
)
def test_a_label_in_capitals_or_a_short_line_is_no_dated_lead(headline):
    assert not dated_lead(headline)
    cleaned = clean_text("\n\n".join([headline, BODY, SECOND]))
    assert cleaned.body.startswith(BODY[:40])
    assert [r.reason for r in cleaned.removed] == ["top:headline"]


def test_a_body_paragraph_keeps_its_sentences_when_a_post_is_glued_to_its_end():
    paragraph = BODY + " " + SECOND + " " + THIRD + " " + POST
    assert len(paragraph) - len(POST) > POST_CHARS
    cleaned = clean_text("\n\n".join([paragraph, "Firefighters said the cause of the blaze was not yet known."]))
    assert cleaned.body.split("\n\n")[0] == BODY + " " + SECOND + " " + THIRD
    # the cut falls at the end of the sentence before the picture's link (when it is near): the post's words go with its marks
    assert [(r.reason, r.text) for r in cleaned.removed] == [("social_embed", POST)]


def test_a_whole_article_in_one_paragraph_with_posts_quoted_in_it_is_not_lost():
    # A corpus that stores an article as one paragraph (NFC's texts): the posts it quotes run into it.
    article = (
        "The senator rejected the report on Monday. "
        + BODY + " " + SECOND + " "
        + "Ignore it, distort it or bury it: those are the options. \u2014 Sen. Ann Doe (@SenAnnDoe) May 24, 2018"
    )
    cleaned = clean_text(article)
    assert cleaned.body.startswith("The senator rejected the report on Monday.")
    assert SECOND in cleaned.body
    assert [r.reason for r in cleaned.removed] == ["social_embed"]


def test_a_post_alone_between_paragraphs_still_goes_whole():
    cleaned = clean_text("\n\n".join([BODY, POST, SECOND]))
    assert glued_post(POST) == 0
    assert [r.text for r in cleaned.removed] == [POST]  # removed whole (the general rule finds it first)
    assert cleaned.body == BODY + "\n\n" + SECOND


@pytest.mark.parametrize(
    "appeal",
    [
        "If you know who he is or have any information, please contact 101, quoting log number 0188 of 4 March, or email the team.",
        "Anyone who saw the crash or has dashcam footage is asked to call Lancashire Police on 101 or email the officer in the case.",
        "Witnesses can also contact Crimestoppers anonymously on 0800 555 111 or via their website.",
    ],
)
def test_a_police_appeal_closing_a_story_is_body_not_a_note_to_the_reader(appeal):
    cleaned = clean_text("\n\n".join([BODY, SECOND, appeal]))
    assert cleaned.body.endswith(appeal)
    assert cleaned.removed == ()


@pytest.mark.parametrize(
    "note",
    [
        "Sign up to our newsletter for the latest police news from your area.",
        "If you have any information about this story, please email our newsroom at news@example.com.",
    ],
)
def test_the_pages_own_notes_still_go(note):
    cleaned = clean_text("\n\n".join([BODY, SECOND, note]))
    assert [r.text for r in cleaned.removed] == [note]


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("Anyone with information should call North Yorkshire Police on 101, select option 2.", "101", "id"),
        ("Please call us on 101 quoting 1747 of November 3.", "1747", "id"),
        ("In an emergency, always dial 999.", "999", "id"),
        ("Police contacted 40 witnesses.", "40", ""),
        ("The charity will call on 500 volunteers to help.", "500", ""),
        ("He was quoting 12 of the 30 pages.", "12", ""),
        ("The paper, quoting 3 senior officials, said the talks had failed.", "3", ""),
        ("Tracers managed to contact 250, and all were told to isolate.", "250", ""),
    ],
)
def test_a_number_to_call_or_quote_is_no_count(text, number, kind):
    from analysis.claims_filters import not_a_count

    start = text.index(number)
    assert not_a_count(text, start, start + len(number), "") == kind


# Review rev19: made-up ordinary news run through the cleaning, body that must stay.
def _why(cleaned, text):
    return [r.reason for r in cleaned.removed if text in r.text] or ("kept" if text in cleaned.body else "lost")


def test_a_quoted_shout_in_capitals_is_no_printed_lead_in():
    lead = "A man who threatened his neighbours with a garden fork has been jailed for eighteen months."
    cleaned = clean_text("\n\n".join([
        "Man who threatened neighbours jailed", lead, "Dean Hollis, 41, admitted affray at Grimsby Crown Court.",
        '"GET OUT of my garden," he shouted at the couple, who locked themselves indoors.', "The judge said they had been terrified.",
    ]))
    assert _why(cleaned, lead) == "kept" and cleaned.body.startswith(lead)


@pytest.mark.parametrize(
    "lead",
    [
        "Huge waves battered the harbour wall at Newlyn on Sunday as the storm brought gusts of 80mph to Cornwall.",
        "Heavy rains lashed the city on Tuesday, November 30, 2021, flooding hundreds of streets across Chennai.",
        "Mass rallies were held in Lyon and Marseille on Thursday against the pension reform.",
    ],
)
def test_a_plural_noun_before_a_past_tense_is_no_captions_verb(lead):
    cleaned = clean_text("\n\n".join(["Storms and protests", "Officials gave their first figures on Monday evening.", lead, SECOND, THIRD]))
    assert _why(cleaned, lead) == "kept"


def test_a_caption_in_the_present_still_goes():
    caption = "Rescuers search flooded homes in Kozhikode, Kerala, on Tuesday, August 9, 2022."
    cleaned = clean_text("\n\n".join(["Floods in Kerala", caption, BODY, SECOND]))
    assert _why(cleaned, caption) != "kept"


@pytest.mark.parametrize(
    "lead",
    [
        "Three people were hurt when a lorry hit a bus shelter on the ring road early on Saturday, police said",
        "Police in Osaka have arrested a 33-year-old man for stealing more than forty bicycles from a station car park over two months, reports the Mainichi Shimbun",
    ],
)
def test_a_lead_that_lost_its_full_stop_is_kept_when_it_closes_on_its_attribution(lead):
    cleaned = clean_text("\n\n".join([lead, BODY, SECOND]))
    assert cleaned.body.startswith(lead) and cleaned.headline is None


def test_a_headline_attributing_in_the_present_is_still_the_headline():
    headline = "Three hurt as lorry hits bus shelter on ring road, police say"
    cleaned = clean_text("\n\n".join([headline, BODY, SECOND]))
    assert cleaned.headline == headline and cleaned.body.startswith(BODY[:30])


@pytest.mark.parametrize(
    "line",
    [
        "One of the country's biggest regional newspaper groups is to put all 30 of its websites behind a paywall from May.",
        "The council has set up a £1m fund to support local journalism in towns without a daily paper.",
        '"Your donation keeps our lifeboats at sea," the charity\'s chief executive said.',
        'The texts say: "Your parcel could not be delivered. Click the link to rearrange delivery."',
        'The emails carry a button with the words "click here to renew" and lead to a fake bank site.',
        "65 J Rahm (Spa)",
        "Meta has changed its Terms of Service and its Privacy Policy to let it train models on public posts.",
        "Universal Credit: what changes in April",
        "Pension Credit: up to \u00a3218 a week",
    ],
)
def test_news_about_paywalls_scams_and_results_rows_is_not_furniture(line):
    from analysis.furniture_patterns import match_pattern

    assert match_pattern(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Unlike many outlets, we choose not to put our reporting behind paywalls. Please support us.",
        "Your donation allows us to keep sending reporters to the front line.",
        "Support local journalism: subscribe today.",
        "Please click this link for all the latest updates",
        "For the full story, click here to read more.",
        "Rescuers dig through the rubble on Monday (SPA)",
        "Privacy Policy | Terms of Service",
        "Crowds on the seafront at Brighton Picture: JO BLOGGS",
        "The crowd at the rally Photo: courtesy of the family",
    ],
)
def test_the_furniture_those_rows_were_written_for_still_goes(line):
    from analysis.furniture_patterns import match_pattern

    assert match_pattern(line) is not None


def test_a_timelines_date_headings_stay_with_their_entries():
    cleaned = clean_text("\n\n".join([
        "How the dispute unfolded", "The strike is the longest in the industry's history.",
        "2016", "The company announces the closure of its final-salary pension scheme.",
        "March 2018", "Workers vote to strike for the first time in forty years.",
        "2023:", "Talks collapse after the union rejects a 4% offer.",
    ]))
    assert [r.reason for r in cleaned.removed] == ["top:headline"]
    assert "March 2018\n\nWorkers vote" in cleaned.body


def test_dated_cards_newest_first_are_no_timeline():
    cleaned = clean_text("\n\n".join([
        BODY, SECOND, "Related stories",
        "June 3, 2023", "Rescuers free three miners trapped for two days in a flooded shaft.",
        "May 1, 2022", "A landslide blocks the mountain road for a week after heavy rain.",
        "April 9, 2021", "Floodwater closes the town's only bridge for a month.",
    ]))
    assert not any(date in cleaned.body for date in ("June 3, 2023", "May 1, 2022", "April 9, 2021"))


@pytest.mark.parametrize(
    ("headline", "lead", "caption", "body"),
    [
        ("Fire at mill forces 150 from homes",
         "About 150 people were moved from their homes overnight after a fire broke out at a disused mill in Bradford, fire chiefs said.",
         "Firefighters at the scene on Canal Road (Image: Jo Bloggs/PA)",
         "The blaze started shortly after 1am and at its height involved 12 fire engines."),
        ("Family loses farm to wildfire",  # a quote's comma before the attribution
         "\u201cWe have lost everything we built over forty years in a single night,\u201d the family said.",
         "The farmhouse near Ripon on Sunday (Image: Jo Bloggs/PA)",
         "The fire spread across 200 acres of moorland before crews brought it under control."),
    ],
)
def test_a_lead_closing_on_its_attribution_is_no_standfirst_when_its_picture_follows(headline, lead, caption, body):
    cleaned = clean_text("\n\n".join([headline, lead, caption, body, "Residents were taken to a leisure centre."]))
    assert cleaned.typographic_body.startswith(lead)


def test_a_standfirst_that_summarises_still_goes():
    standfirst = "Hundreds forced from their homes as flames tear through a landmark mill in Bradford overnight"
    cleaned = clean_text("\n\n".join([
        "Fire at mill forces 150 from homes", standfirst, "By Jane Roe",
        "About 150 people were moved from their homes overnight after a fire broke out at a disused mill, fire chiefs said.",
        "The blaze started shortly after 1am.",
    ]))
    assert standfirst not in cleaned.body


def test_a_list_keeps_its_items_when_an_advert_slot_is_pasted_above_it():
    items = ["\u2022 Three people died in Wales and Cornwall", "\u2022 More than 900,000 homes lost power", "\u2022 Two bridges were closed"]
    cleaned = clean_text("\n\n".join([
        "Storm Nia: what we know", "Storm Nia brought gusts of up to 90mph to parts of Wales and Cornwall on Saturday.",
        "Here are the key facts:", "Advertisement", *items, "Repairs are expected to take days.",
    ]))
    assert all(item in cleaned.body for item in items)
    assert [r.text for r in cleaned.removed] == ["Storm Nia: what we know", "Advertisement"]


@pytest.mark.parametrize(
    "line",
    [
        'Its chief executive said: "Every gift matters. Your donation helps us care for 2,000 families a year."',
        "Lawyers who reviewed the Terms of Service and the Privacy Statement said the wording had been unusually broad.",
    ],
)
def test_what_someone_said_of_donations_or_terms_is_body(line):
    from analysis.furniture_patterns import match_pattern

    assert match_pattern(line) is None



# Review rev20: furniture the body-safety guards must not keep.
@pytest.mark.parametrize(
    "teaser",
    [
        "Two men were arrested after a teenager was stabbed outside a school gate in Croydon on Monday afternoon, police said",
        "NEW YORK (AP) \u2014 A man who was found dead in a subway station had been reported missing by his family and police are\u2026",
    ],
)
def test_another_storys_teaser_above_the_headline_is_no_lead(teaser):
    headline = "Man jailed for arson attack on family home in Bradford"
    cleaned = clean_text("\n\n".join([teaser, headline, BODY, SECOND]))
    assert teaser not in cleaned.body and cleaned.body.startswith(BODY[:40])


@pytest.mark.parametrize(
    "line",
    [
        "PAID CONTENT \u2014 How one Yorkshire family cut their energy bills by half in a single winter of small changes",
        "FIRST ON NBC NEWS \u2014 The Justice Department is weighing charges against three former officials over the deal",
    ],
)
def test_a_label_of_several_words_before_a_dash_is_no_dateline(line):
    assert not dated_lead(line)


def test_a_headline_crediting_its_source_is_still_the_headline():
    headline = "Apple plans to launch its first foldable iPhone in the autumn of 2026, reports Bloomberg"
    cleaned = clean_text("\n\n".join([headline, BODY, SECOND]))
    assert cleaned.headline == headline and headline not in cleaned.body


def test_the_sites_own_note_naming_the_police_is_still_a_note():
    from analysis.page_shapes import is_reader_note

    assert is_reader_note("Have a news tip? Seen police activity in your neighborhood? Email our newsroom at tips@example.com.")


@pytest.mark.parametrize(
    "caption",
    [
        "Medics treat wounded Palestinians at a hospital in Gaza City on Tuesday, November 14, 2023.",
        "People inspect destroyed Russian military vehicles in Bucha, Ukraine, on April 6, 2022.",
        "A woman passes boarded up shops in Kyiv, Ukraine, on Monday, March 7, 2022.",
        "Paramedic carries wounded Palestinians into a hospital in Gaza City on Tuesday, November 14, 2023.",
    ],
)
def test_an_agency_caption_with_an_adjective_in_ed_is_still_a_caption(caption):
    from analysis.captions import is_scene_caption

    assert is_scene_caption(caption)


def test_dated_cards_newest_first_within_a_year_and_the_page_date_are_no_timeline():
    cleaned = clean_text("\n\n".join([
        "14 March 2024", BODY, SECOND, "More stories",
        "12 March 2024", "Rescuers free three miners trapped for two days in a flooded shaft.",
        "8 March 2024", "A landslide blocks the mountain road for a week after heavy rain.",
        "1 March 2024", "Floodwater closes the town's only bridge for a month.",
    ]))
    assert not any(date in cleaned.body for date in ("14 March 2024", "12 March 2024", "8 March 2024", "1 March 2024"))


@pytest.mark.parametrize(
    "line",
    [
        "Donate today to support independent journalism that holds power to account.",
        "Use of this site is subject to its Terms of Use and Privacy Policy.",
    ],
)
def test_appeals_and_footers_in_the_pages_voice_still_go(line):
    from analysis.furniture_patterns import match_pattern

    assert match_pattern(line) is not None


def test_a_range_after_call_is_still_counted():
    from analysis.claims_filters import not_a_count

    text = "Volunteers call 50 to 60 isolated pensioners every week."
    assert not_a_count(text, text.index("50"), text.index("50") + 2, "") == ""


def test_a_long_post_in_its_writers_voice_goes_whole_with_its_signature_below():
    post = (
        "Today I met families in the town whose homes have flooded for the third time in five years. "
        "They told me the water came in through the floorboards within an hour of the river rising. "
        "Some have no insurance left and nowhere else to go while the houses dry out for months. "
        "We need a flood plan for this coast now, not another review that sits on a shelf. #Floods"
    )
    cleaned = clean_text("\n\n".join([BODY, post, "\u2014 Jo Roe MP (@joroe) March 11, 2024", SECOND]))
    assert post.strip() not in cleaned.body and cleaned.body == BODY + "\n\n" + SECOND


def test_bulleted_key_points_closing_on_an_attribution_are_no_lead():
    points = [
        "\u2022 The pensioner was struck by the van as she crossed the road outside her home on Tuesday afternoon, police said",
        "\u2022 The driver, a man in his 30s, stopped at the scene and is helping officers with their inquiries, according to officers",
    ]
    cleaned = clean_text("\n\n".join(["Woman, 82, dies after being hit by van in Harrogate", *points, BODY, SECOND]))
    assert cleaned.body.startswith(BODY[:40])


def test_the_us_in_a_paragraph_is_no_posts_voice():
    paragraph = BODY + " " + SECOND + " The US embassy said on Monday that it had advised citizens to avoid the area. " + POST
    assert glued_post(paragraph) > 0  # "US" stands in the 300 characters a post's voice is read in
    cleaned = clean_text("\n\n".join([paragraph, "Firefighters said the cause of the blaze was not yet known."]))
    assert "The US embassy said" in cleaned.body and SECOND in cleaned.body


def test_quoted_speech_and_a_roads_name_are_no_posts_voice():
    for sentence in ('"We will rebuild this market stone by stone," the mayor told the crowd on Wednesday.',
                     "Southbound lanes of I-95 near exit 12 stayed closed until late on Tuesday evening."):
        paragraph = BODY + " " + SECOND + " " + sentence + " " + POST
        assert glued_post(paragraph) > 0, sentence
