"""Furniture read from the ninety-first to ninety-third collections (c65a-c, measured blind first): a weather service's
bulletin printed over a station's story, told by its sections; a newsroom's promise of updates; a picture's credit after
"provided by" or before "photo"; a comment box's moderation note. From the ninety-fourth to ninety-sixth (c66a-c, measured
blind first): a TV station's cards under the story, each title over a stamp in two time zones and a teaser; a headline
ending with "Co."; a station's dateline alone above its lead; an audio player's label. And a list of names the story
announces with a colon under its last paragraph (made-up pages). With the body each must keep."""
import pytest

from analysis.clean import clean_text

STORY = ("A 21-year-old man was pronounced dead after the car he was driving lost control and ran off the road into a tree line.\n\n"
         "On April 17 around 12:30 p.m., sheriff's deputies responded to a call of a traffic crash in the 8800 block of North Main Street.\n\n"
         "The man was not wearing a seat belt, deputies said.")
BULLETIN = ("Weather Alert\n\n...FREEZE WARNING IN EFFECT FROM MIDNIGHT TONIGHT TO 8 AM CDT\nTUESDAY...\n\n"
            "* WHAT...Sub-freezing temperatures as low as the upper 20s\nexpected.\n\n"
            "* WHERE...Winnebago, Ogle, Lee, La Salle, Livingston and Ford\nCounties.\n\n"
            "* WHEN...From midnight tonight to 8 AM CDT Tuesday.\n\n"
            "* IMPACTS...Frost and freeze conditions will kill crops, other\nsensitive vegetation and possibly damage unprotected outdoor\nplumbing.\n\n"
            "PRECAUTIONARY/PREPAREDNESS ACTIONS...\n\n"
            "Take steps now to protect tender plants from the cold. To prevent\nfreezing and possible bursting of outdoor water pipes they should\n"
            "be wrapped, drained, or allowed to drip slowly.\n\n")


def removed(text):
    return {r.text: r.reason for r in clean_text(text).removed}


def test_a_weather_bulletin_over_a_story_without_a_call_sign_goes_by_its_sections():
    """WREX's page (s2124): the bulletin's sections, then the story's headline, "Updated" and a picture's title."""
    cleaned = clean_text(BULLETIN + "21-year-old man dead after car crashes into tree line by Rockton\n\n  \u2022 Updated\nCar crash\n\n" + STORY)
    assert cleaned.headline == "21-year-old man dead after car crashes into tree line by Rockton"
    assert "WHEN" not in cleaned.body and "IMPACTS" not in cleaned.body and "tender plants" not in cleaned.body
    assert "Updated" not in cleaned.body and "Car crash" not in cleaned.body
    assert cleaned.body.startswith("A 21-year-old man was pronounced dead")
    assert {r.reason for r in cleaned.removed if "WHEN" in r.text or "tender plants" in r.text} == {"weather_bulletin"}


def test_a_bulletin_with_its_sections_run_together_and_wrapped_lines():
    """WAAY's page (s1622): the actions' heading glued to its mark ("*PRECAUTIONARY..."), a wrapped line that looks like a
    headline inside the bulletin is no headline."""
    bulletin = ("...WIND ADVISORY IN EFFECT FROM 9 PM THIS EVENING TO NOON CST\nSATURDAY...\n\n"
                "* WHAT...Southwest winds 15 to 25 mph with gusts up to 40 mph\nexpected.\n\n"
                "* IMPACTS...Gusty winds could blow around unsecured objects,\nincluding holiday decorations. Tree limbs could be blown down\n"
                "and a few power outages may result.\n\n*PRECAUTIONARY/PREPAREDNESS ACTIONS...\n\n"
                "Use extra caution when driving, especially if operating a high\nprofile vehicle. Secure outdoor objects.\n\n")
    cleaned = clean_text(bulletin + "Man in critical condition after being rescued from creek in Madison County\n\n" + STORY)
    assert cleaned.headline == "Man in critical condition after being rescued from creek in Madison County"
    assert "power outages" not in cleaned.body and "Secure outdoor objects" not in cleaned.body
    assert cleaned.body.startswith("A 21-year-old man was pronounced dead")


def test_a_weather_story_that_quotes_the_bulletin_under_its_own_headline_keeps_it():
    text = ("Freeze warning issued for northern Illinois tonight\n\nBy Jane Roe\n\n"
            "The National Weather Service issued a freeze warning for much of northern Illinois on Monday.\n\n" + BULLETIN.split("\n\n", 1)[1]
            + "Gardeners should cover their plants tonight\n\nThe warning ends at 8 a.m. Tuesday, forecasters said.")
    body = clean_text(text).body
    assert "WHEN...From midnight tonight" in body and "Take steps now to protect tender plants" in body


def test_a_bulletin_without_its_sections_is_left_to_the_other_rules():
    text = ("...FREEZE WARNING IN EFFECT FROM MIDNIGHT TONIGHT...\n\nGardeners are urged to cover their plants, the service said.\n\n"
            "Man dead after car crashes into tree line\n\n" + STORY)
    assert not any(reason == "weather_bulletin" for reason in removed(text).values())


@pytest.mark.parametrize("line", [
    "TV5 will update once more information is available.",
    "Updates will be provided when available.",
    "We'll have more as it becomes available.",
    "News 4 will provide more details as they become available.",
    "Further updates will follow.",
    "Look for updates on this story as they become available.",
    "Keep checking back for updates.",
])
def test_a_newsrooms_promise_of_updates_closing_the_story(line):
    assert removed(STORY + "\n\n" + line).get(line) == "pattern:update_notice"


@pytest.mark.parametrize("line", [
    "Police will provide updates as they become available.",
    "More information will be released as it becomes available.",
    "The company will provide updates on the recall as they become available.",
    "Police said more information would be released when available.",
    "KDOT will have more details as they become available.",
])
def test_an_agencys_promise_stays(line):
    assert line in clean_text(STORY + "\n\n" + line).body


def test_a_promise_quoted_from_an_agency_stays():
    body = clean_text(STORY + "\n\n\u201cWe will provide updates as they become available,\u201d the sheriff said.").body
    assert "We will provide updates as they become available," in body and "the sheriff said." in body


@pytest.mark.parametrize("line", ["Photo provided by Aurora Fire.", "Photo provided by the Midland County Sheriff's Office.",
                                  "Shutterstock photo.", "Submitted photo.", "Image provided by police."])
def test_a_pictures_credit_alone_on_a_line(line):
    assert removed("Crash closes highway near Midland\n\n" + line + "\n\n" + STORY).get(line) == "pattern:caption_credit"


@pytest.mark.parametrize("line", ["Video taken by a witness shows the car leaving the road before it hit the trees.",
                                  "A photo provided by the family shows him at his graduation in 2019."])
def test_a_sentence_about_a_picture_stays(line):
    assert line in clean_text(STORY + "\n\n" + line).body


def test_a_comment_boxs_moderation_note():
    gone = removed(STORY + "\n\nComments\n\nAll comments are reviewed and posted only if approved.")
    assert gone.get("All comments are reviewed and posted only if approved.") == "pattern:comments"
    line = "All comments are reviewed by the planning board before the vote, the mayor said."
    assert line in clean_text(STORY + "\n\n" + line).body


HONOURS = ("Honour roll announced at Riverside High\n\nBy Tim Smith\n\n"
           "Riverside High School announced its honour roll for the first term on Friday, and the principal praised the students for their work.\n\n"
           "The following students made the honour roll:\n\nBen Adams\n\nCarla Brown\n\nDavid Chen\n\nEmma Davis\n\n")


def test_a_list_of_names_the_story_announces_under_its_last_paragraph():
    cleaned = clean_text(HONOURS + "Advertisement\n\nSign up for our newsletter")
    assert "The following students made the honour roll:" in cleaned.body and "Emma Davis" in cleaned.body and "Ben Adams" in cleaned.body
    assert "Advertisement" not in cleaned.body


def test_a_vote_count_by_name_announced_by_the_story():
    text = ("Voters in the county chose a new sheriff on Tuesday, with turnout at 31 percent, the county clerk said late Tuesday.\n\n"
            "Unofficial results from the county clerk show:\n\nMary Lee 1,204\n\nTom Park 988\n\nJoe Kim 640\n\nRelated stories")
    body = clean_text(text).body
    assert "Mary Lee 1,204" in body and "Joe Kim 640" in body


def test_names_under_other_stories_or_a_box_stay_out():
    text = HONOURS.replace("The following students made the honour roll:", "Here are more stories from our schools:") + "Advertisement"
    assert "Ben Adams" not in clean_text(text).body
    tags = HONOURS.replace("The following students made the honour roll:", "Tags:") + "Advertisement"
    assert "Ben Adams" not in clean_text(tags).body


KAIT = ("Crews battle fire at fire department in Independence Co.\n\nbreaking\n\n"
        "Crews battle fire at fire department in Independence Co.\n\nINDEPENDENCE COUNTY, AR (KAIT) -\n\n"
        "Fire department crews battled a fire early Saturday morning in Independence County.\n\n"
        "According to a Facebook post from the sheriff's department, the fire occurred at the Union Hill Fire Department.\n\n"
        "According to county dispatch, crews are still on scene working to identify the cause of the fire.\n\n"
        "  One dead following head on collision in Butler Co.\n\n"
        "    Saturday, May 20 2017 12:19 PM EDT2017-05-20 16:19:07 GMT\n"
        "    One woman died and another man was taken to a hospital following a head-on collision.\n\n"
        "  Police: Suspects fire at officer's car\n\n"
        "    Saturday, May 20 2017 11:24 AM EDT2017-05-20 15:24:50 GMT\n"
        "    West Memphis police are searching for two suspects who reportedly fled on foot after firing at an officer's car.\n")


def test_a_stations_cards_each_stamped_in_two_time_zones_under_the_story():
    """KAIT's page (s2158): each card a title, a stamp with the same time in GMT glued on, and a teaser in one block."""
    cleaned = clean_text(KAIT)
    assert "One woman died" not in cleaned.body and "West Memphis" not in cleaned.body and "GMT" not in cleaned.body
    assert {r.reason for r in cleaned.removed if "Butler Co." in r.text or "West Memphis" in r.text} == {"promo_card"}
    assert cleaned.body.endswith("working to identify the cause of the fire.")


def test_the_headline_ending_with_co_and_the_dateline_alone_above_the_lead():
    cleaned = clean_text(KAIT)
    assert cleaned.headline == "Crews battle fire at fire department in Independence Co."
    assert removed(KAIT)["INDEPENDENCE COUNTY, AR (KAIT) -"] == "pattern:source_credit"
    assert cleaned.body.startswith("Fire department crews battled a fire")


def test_a_stamp_opening_a_sentence_stays_in_it():
    text = STORY + "\n\nSaturday, May 20 2017 was the day the new bridge opened, and police said\ntraffic was heavy all afternoon."
    assert "Saturday, May 20 2017 was the day the new bridge opened, and police said traffic was heavy all afternoon." in clean_text(text).body


def test_a_dated_update_under_the_story_is_no_card():
    text = STORY + ("\n\nSaturday, May 20 2017 4:10 PM EDT\nThe sheriff's office said on Saturday afternoon that the man had been identified "
                    "as a resident of Rockton and that his family had been told.")
    assert "the man had been identified as a resident of Rockton" in clean_text(text).body


@pytest.mark.parametrize("line", ["click to download audio", "Click here to listen to the interview."])
def test_an_audio_players_label(line):
    assert removed(STORY + "\n\n" + line).get(line) == "pattern:navigation"


def test_a_promise_of_updates_on_this_page():
    line = "More details about this developing news will be available here, VIA UPDATES on this page."
    assert removed(STORY + "\n\n" + line).get(line) == "pattern:update_notice"
    assert "Police said more details would be available later." in clean_text(STORY + "\n\nPolice said more details would be available later.").body


def test_a_warnings_sections_hazard_source_impact():
    """A severe thunderstorm warning prints its sections without the asterisk ("HAZARD...", "SOURCE...", "IMPACT...")."""
    warning = ("Weather Alert\n\n...A SEVERE THUNDERSTORM WARNING REMAINS IN EFFECT UNTIL 630 PM CDT FOR\nNORTHEASTERN LEE COUNTY...\n\n"
               "At 540 PM CDT, a severe thunderstorm was located near Tupelo, moving\neast at 35 mph.\n\n"
               "HAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\n"
               "IMPACT...Hail damage to vehicles is expected. Expect wind damage to\nroofs, siding, and trees.\n\n")
    cleaned = clean_text(warning + "Two hurt in crash on Highway 45 near Tupelo\n\nPosted 5:42 PM\n\n" + STORY)
    assert cleaned.headline == "Two hurt in crash on Highway 45 near Tupelo"
    assert "severe thunderstorm was located" not in cleaned.body and "Hail damage" not in cleaned.body
    assert cleaned.body.startswith("A 21-year-old man was pronounced dead")


@pytest.mark.parametrize("line", ["Like this: Like Loading...", "Sorry, we're unable to play this video.",
                                  "To stream WTOK on your phone, you need the WTOK app."])
def test_platform_strings_alone_on_a_line(line):
    """WordPress.com's like buttons on one line, a video player's error, Gray Television's app note."""
    assert line not in clean_text(STORY + "\n\n" + line).body


def test_a_story_about_streaming_keeps_its_sentence():
    line = "To stream the game on your phone, you need the league's app, the team said on Tuesday."
    assert line in clean_text(STORY + "\n\n" + line).body


def test_a_caption_opening_with_its_credit():
    """The Peninsula Clarion (s2198): "Photo courtesy <Name>" then the caption, one line over the headline."""
    caption = "Photo courtesy Joe Kashi The remains of the Clam Shell Lodge smolder in Clam Gulch on Sunday."
    assert removed(caption + "\n\nFire destroys lodge in Clam Gulch\n\n" + STORY).get(caption) == "pattern:caption_credit"
    line = "Photos shared by Joe Kashi show the remains of the lodge, which burned on Sunday, fire officials said."
    assert line in clean_text(STORY + "\n\n" + line).body


# A second read (rev53): where the session's rules first took body, and what they must still do.

def test_a_bulletin_over_a_headline_opening_with_a_quote_mark_or_under_a_read_more_link():
    bulletin = ("Weather Alert\n\n...WIND ADVISORY IN EFFECT UNTIL 6 PM EST THIS EVENING...\n\n"
                "* WHAT...West winds 20 to 30 mph with gusts up to 50 mph expected.\n\n* WHERE...Pitt and Greene counties.\n\n")
    cleaned = clean_text(bulletin + "\u2018We lost everything\u2019: Ayden family escapes house fire\n\nBy Maria Lopez\n\n" + STORY)
    assert "West winds" not in cleaned.body and cleaned.body.startswith("A 21-year-old man was pronounced dead")
    cleaned = clean_text(bulletin + "Read More\n\nGreenville council votes to rename park\n\n" + STORY)
    assert "West winds" not in cleaned.body and cleaned.headline == "Greenville council votes to rename park"


def test_a_weather_story_under_a_nav_label_or_quoting_the_title_after_a_colon_keeps_its_lead():
    nav = ("Home\n\nNews\n\nWeather Alerts\n\nSports\n\nFreeze warning issued for Pitt County tonight\n\n"
           "The National Weather Service has issued a freeze warning for Pitt County and much of eastern North Carolina from 2 a.m. to 9 a.m. Saturday.\n\n"
           "According to the warning:\n\n* WHAT...Sub-freezing temperatures as low as 28 expected.\n\n* WHEN...From 2 AM to 9 AM EDT Saturday.\n\n"
           "Farmers with strawberry crops said they would run irrigation overnight to protect the blooms.\n\nProtecting your plants\n\n"
           "Extension agent Mary Ellis said gardeners should cover plants with sheets or buckets, not plastic, and water them in the afternoon.")
    body = clean_text(nav).body
    assert "The National Weather Service has issued a freeze warning" in body and "Protecting your plants" in body
    quoted = ("The National Weather Service has issued this alert for our area: ...WINTER STORM WARNING IN EFFECT FROM 7 PM THIS EVENING TO 7 AM EST THURSDAY...\n\n"
              "* WHAT...Heavy snow expected. Total snow accumulations of 5 to 8 inches.\n\n* WHERE...Garrett and western Allegany counties.\n\n"
              "School closings and delays\n\nGarrett County Public Schools announced Tuesday afternoon that schools will be closed Wednesday.")
    body = clean_text(quoted).body
    assert "has issued this alert for our area" in body and "School closings and delays" in body


def test_an_obituarys_service_details_ending_with_street_abbreviations_stay():
    text = ("Margaret Ann Hughes, 91, of Dover, passed away peacefully on Tuesday, May 28, 2024, at Bayhealth Hospital.\n\n"
            "She was a member of Wesley United Methodist Church for more than 60 years and taught third grade until 1994.\n\n"
            "Services will be held at Torbert Funeral Home, 61 S. Bradford St.\n\nMonday, June 3, 2024\nViewing from 10 to 11 a.m., with the service at 11.\n\n"
            "Burial will follow at Sharon Hill Cemetery, 400 Walker Rd.\n\nTuesday, June 4, 2024\nA celebration of life at the church hall, 209 S. State St.")
    body = clean_text(text).body
    assert "Services will be held at Torbert Funeral Home" in body and "Burial will follow at Sharon Hill Cemetery" in body


@pytest.mark.parametrize("heading, items", [
    ("Related coverage from our newsroom:", ["Council Passes Budget", "Budget Hearing Draws Crowd", "Mayor Unveils Spending Plan"]),
    ("Meet the First Alert Weather Team:", ["Chris Morgan", "Jessica Sims", "Daniel Park"]),
    ("Staff writers contributing to this report:", ["Jane Roe", "Bob Carter", "Sam Lee"]),
])
def test_a_box_of_the_pages_names_or_titles_announced_with_a_colon_stays_out(heading, items):
    body = clean_text(STORY + "\n\n" + heading + "\n\n" + "\n\n".join(items) + "\n\nAdvertisement").body
    assert not any(item in body for item in items)


@pytest.mark.parametrize("line", ["All comments are reviewed and published in the final environmental report.",
                                  "We will update once more information is available."])
def test_a_consultations_or_a_letters_closing_line_stays(line):
    """A transportation department's public comments; a principal's letter to families closing with her promise."""
    text = STORY + "\n\nPrincipal Karen Bell sent this message to families: the school will stay closed on Friday.\n\n" + line
    assert line in clean_text(text).body


# Read from the ninety-seventh to ninety-ninth collections (c67a-c, measured blind first with f62fcd7 and the start alike).

def test_a_caption_opening_with_photo_by_and_its_credit():
    """Questa del Rio News (s2212): "Photo by <Name>" then the caption, between the story's paragraphs."""
    caption = "Photo by Dylan R.N. Crabb Amos, a 17-year-old evacuee of the fires, is staying with relatives in Taos."
    assert removed(STORY + "\n\n" + caption + "\n\nThe fire has burned more than 300,000 acres, officials said.").get(caption) == "pattern:caption_credit"
    assert "Photo by photo, the exhibit tells the story of the mill." in clean_text(STORY + "\n\nPhoto by photo, the exhibit tells the story of the mill.").body


def test_a_caption_glued_to_its_copy_after_a_credit_label():
    """Newsquest's pages (the Watford Observer, s2239, s2241): "<Paper>: <caption><caption>" between paragraphs."""
    for line in ("Watford Observer: The field fireThe field fire",
                 "Watford Observer: A CGI of the new Watford General Hospital A CGI of the new Watford General Hospital",
                 "Jobs will be based at the new unit in town.Jobs will be based at the new unit in town."):
        assert removed(STORY + "\n\n" + line + "\n\nThe fire service said eight engines attended the blaze.").get(line) == "caption:twice"


def test_a_paragraph_saying_a_thing_twice_stays():
    for line in ("Fire chief: \u201cGet out. Get out.\u201d That was all he said, neighbours told us.",
                 "Answer your phone or I will come. Answer your phone or I will come."):
        assert line not in removed(STORY + "\n\n" + line + "\n\nThe fire service said eight engines attended.")


# Read from the hundredth to hundred-and-second collections (c68a-c, measured blind first with dc65db5 and the start alike).

def _site_pages(tail):
    from analysis.clean import units_of
    from analysis.outlet_templates import build_templates

    stories = ["Five districts in Selangor are expected to undergo thunderstorms and heavy rain, the weather agency said on Wednesday.\n\n"
               "The two other districts are Klang and Petaling, where similar weather is expected to persist until 8pm tonight.",
               "Police arrested two men after a stabbing at a night market in Shah Alam on Sunday, the district police chief said.\n\n"
               "The victim, a 30-year-old trader, was taken to hospital and is in stable condition, police said.",
               "The state government will give RM500 to each family affected by the floods in Klang, the menteri besar said.\n\n"
               "Applications open on Monday at district offices and online, officials said in a statement on Friday."]
    texts = [story + "\n\n" + tail for story in stories]
    template = build_templates(("Media Selangor", units_of(text)) for text in texts)["Media Selangor"]
    return texts, template


def test_the_sites_prompt_and_its_description_under_every_story():
    """Media Selangor (s2287-s2289): "What do you think?" and the publisher's description printed under each story."""
    about = ("Media Selangor Sdn Bhd (MSSB), a subsidiary of Menteri Besar Selangor Incorporated (MBI), is the official media agency "
             "of the Selangor state government, and publishes newspapers in Mandarin, Tamil and English.")
    texts, template = _site_pages("What do you think?\n\nLatest\n\nAbout Us\n\n" + about)
    for text in texts:
        body = clean_text(text, template).body
        assert "What do you think?" not in body and "official media agency" not in body
        assert "Klang" in body or "stabbing" in body


def test_a_photographers_biography_and_the_boxs_heading_under_every_story():
    """Today's Northumberland (s2266-s2268): the writer's biography over "You may also read!"."""
    bio = ("Has been a photojournalist for over 30-years and have been honoured to win numerous awards for photography and "
           "writing over the years.")
    texts, template = _site_pages(bio + "\n\nYou may also read!")
    for text in texts:
        body = clean_text(text, template).body
        assert "photojournalist" not in body and "You may also read!" not in body


def test_a_closing_line_every_story_prints_stays():
    texts, template = _site_pages("No one was injured.")
    for text in texts:
        assert "No one was injured." in clean_text(text, template).body


@pytest.mark.parametrize("line", ["*  This article is available only to subscribers of the Premium or Online editions.",
                                  "FREE ACCESS FOR EQUITY SUBSCRIBERS",
                                  "This article is available free to all subscribers to The Equity. If you are not a subscriber, click here."])
def test_a_paywalls_note_on_who_may_read(line):
    """The Equity (s2260, s2261)."""
    assert removed(STORY + "\n\n" + line).get(" ".join(line.split())) == "pattern:subscriber"


def test_a_story_about_subscribers_stays():
    line = "The service is available to subscribers of the plan from Monday, the company said."
    assert line in clean_text(STORY + "\n\n" + line).body


def test_a_blogs_numbered_thread_under_its_comment_box():
    """Countylive (s2264): "Leave a Reply | Trackback URL" over "1. Dennis Fox says:" and the comments."""
    thread = ("Leave a Reply | Trackback URL\n\n1. Dennis Fox says:\n\nWhat is happening out there? Another accident happened yesterday.\n\n"
              "2. Anon says:\n\nDidn't this accident occur in the daytime?\n\n3. Dennis Fox says:\n\nMany intersections along 62 need work.")
    cleaned = clean_text(STORY + "\n\n" + thread)
    assert "Dennis Fox" not in cleaned.body and "intersections along 62" not in cleaned.body
    assert cleaned.body.endswith("deputies said.")


def test_a_date_line_with_its_stop_set_apart_and_a_bare_provided_by_credit():
    gone = removed("Crash closes highway near Midland\n\nPosted on November 23, 2022 .\n\nProvided by CPS\n\n" + STORY)
    assert gone.get("Posted on November 23, 2022 .") == "pattern:date_line" and gone.get("Provided by CPS") == "pattern:caption_credit"
    line = "Provided by the council in March, the plan was approved by the province in May."
    assert line in clean_text(STORY + "\n\n" + line).body


# Read briefly from the hundred-and-third to hundred-and-fifth collections (c69a-c, measured blind with 89d04eb and the start alike).

def test_a_station_s_pointers_and_promise():
    """WHIO (s2291, s2292) and KIWA (s2296)."""
    text = (STORY + "\n\n>>RELATED: DeWine visits storm damage in Clark County\n\n"
            "[DOWNLOAD: Free WHIO-TV News app for alerts as news breaks]\n\n"
            "We\u2019ll have more information on both incidents when it becomes available.")
    cleaned = clean_text(text)
    assert "DeWine" not in cleaned.body and "DOWNLOAD" not in cleaned.body and "both incidents" not in cleaned.body
    assert [r.headline for r in cleaned.related] == ["DeWine visits storm damage in Clark County"]
    assert "[sic]" in clean_text(STORY + "\n\nThe sign read \u201cNo entry [sic] after dark,\u201d police said.").body
