"""Read on the seventieth to seventy-second collections (session of 7 Dec 2026 from 06:15 UTC, issue 11): captions one under another each closing on "Photo by <Name>", a short caption printed twice word for word and the standfirst above it, a
blog's numbered "says:" comments, a writer's title over a biography in the first person, and rows (a caption closing
a gallery's picture titles, a blog's trackback links, a widget's loading text, a station's
update promises and app prompt, a live page's labelled stamp). Every text here is made up."""
from analysis.clean import clean_text
from tests.helpers import assert_rows

HEADLINE = "Appeal after flats evacuated due to fire"
STORY = [
    "Detectives want to trace two women after three people were taken to hospital following a fire at a flat in Leith.",
    "Residents had to be evacuated from the block in Harbour Terrace after the alarm was raised at around 4.30am on Sunday.",
    "No one was seriously injured by the blaze, however two men and a woman had to be taken to hospital as a precaution, a spokesman for the police said on Monday.",
]
NEXT = [
    "Pupils, teachers and parents prepare for schools' return",
    "Classrooms are reopening five months after the lockdown forced their closure.",
    "By Jane Roe & John Doe",
    "It will be an anxious week for young people, parents and teachers as classrooms reopen their doors after months.",
    "Teachers are back at work to prepare for pupils returning to their desks over the next few days.",
]


def test_a_headline_over_a_byline_below_the_story_is_left():
    # the next story's header signed by its byline (STV, s1733) was not kept as a rule: a round-up's or a live page's
    # items, a letter, a poem or a sidebar printed under their own title and "By ..." share the shape (a second read, rev47)
    for below in (NEXT, ["Library roof approved", "By Jane Roe",
                         "Members approved a contract with a local firm to replace the leaking roof of the Main Street library this year."]):
        cleaned = clean_text("\n\n".join([HEADLINE, *STORY, *below]))
        assert below[-1] in cleaned.body


def test_a_short_caption_printed_twice_goes_and_the_standfirst_above_it_is_top_matter():
    standfirst = "Police have already arrested 28 people in relation to various offences on Saturday."
    caption = "Leith: Emergency services were alerted on Sunday morning. Google 2020\nLeith: Emergency services were alerted on Sunday morning."
    cleaned = clean_text("\n\n".join([HEADLINE, standfirst, caption, *STORY]))
    assert cleaned.body.split("\n\n") == STORY
    assert {r.reason for r in cleaned.removed if "Emergency services" in r.text} == {"caption_pair"}
    assert {r.reason for r in cleaned.removed if r.text == standfirst} == {"top:standfirst"}
    # a paragraph saying two things is no copy; a sentence said again in another paragraph is no caption
    said = "The fire started in the kitchen, the fire service said. The fire started in the kitchen, a neighbour agreed."
    assert said in clean_text("\n\n".join([HEADLINE, *STORY, said, STORY[0]])).body
    refrain = "The trucks were supposed to come on Tuesday. Nobody came, and the families waited. The trucks were supposed to come on Tuesday."
    assert refrain in clean_text("\n\n".join([HEADLINE, *STORY, refrain])).body


def test_a_blogs_numbered_comments_go_from_the_first_header_down():
    comments = ["1. Micro says:", "Somebody does not have anything better to do, it seems.", "2. Yamon says:",
                "Whole bunch of people hang out there making a whole lot of noise all the time."]
    cleaned = clean_text("\n\n".join([HEADLINE, *STORY, "Trackback URL | Comments RSS Feed", *comments]))
    assert cleaned.body.split("\n\n") == STORY
    assert {r.reason for r in cleaned.removed if r.text in comments[1:]} == {"comment_thread"}
    # one "says:" line, or numbers out of order, make no thread
    lone = ["1. The mayor says:", "The budget will be balanced by the spring, and no services will be cut this year."]
    assert lone[1] in clean_text("\n\n".join([HEADLINE, *STORY, *lone])).body
    # a vox pop's numbered answers, with no comment box above them, are the story's
    assert comments[3] in clean_text("\n\n".join([HEADLINE, *STORY, *comments])).body


def test_a_writers_title_over_a_biography_in_the_first_person_closes_the_article():
    bio = "My beat is public safety, following police and crime. I started in January 2018 here at the Press covering two townships."
    cleaned = clean_text("\n\n".join([HEADLINE, *STORY, "Staff Writer", bio]))
    assert cleaned.body.split("\n\n") == STORY
    assert {r.reason for r in cleaned.removed if r.text in ("Staff Writer", bio)} == {"author_bio:card"}
    # the story goes on below: no card
    more = ("The fire service said it would review the alarms in every block on the estate, and residents who could not "
            "return to their homes were offered help with housing by the council on Monday evening.")
    kept = clean_text("\n\n".join([HEADLINE, *STORY, "Staff Writer", bio, more])).body
    assert bio in kept
    # a quotation in the first person under a job title is someone's words
    quote = '"I started the company in 2010," she said, adding that she had never seen a fire like it.'
    assert quote in clean_text("\n\n".join([HEADLINE, *STORY, "Reporter", quote])).body.replace("\u201c", '"').replace("\u201d", '"')
    # a columnist's farewell or an editor's memories close a story under a job title too: only the beat's phrasing counts
    farewell = "I have been writing this column for thirty years, and I joined the paper when it still had a press in the basement."
    assert farewell in clean_text("\n\n".join([HEADLINE, *STORY, "Columnist", farewell])).body


def test_rows_of_the_seventieth_to_seventy_second_collections():
    assert_rows(
        {
            "Car Shed Fire Bermuda, November 17 2015-3": "picture_title",
            "Trackback URL | Comments RSS Feed": "blog_widget",
            "Fetching weather...": "navigation",
            "Latest Video": "widget_heading",
            "Read in Spanish / leer en español": "follow",
            "12 News has a crew at the scene gathering information. Check back for updates.": "update_notice",
            "Stay with WJZ on this developing story.": "update_notice",
            "To get breaking news alerts, download our app now!": "call_to_action",
            "Update, 1:30 a.m., Monday:": "live_stamp",
        },
        [
            "The image was captured in a photo by John Smith, a neighbour.",
            "He said the picture taken by his son showed the car.",
            "Minister Jane Roe Bermuda Nov 2020",
            "Adopted Operating Budget, June 2023-24",
            "Fetching water takes most of the day...",
            "Budget Update November 2020",
            "Police have a crew at the scene gathering information.",
            "Engine 12 has a crew at the scene.",
            "Stay with me on this story, she told the jury.",
            "UPDATE (8:45 p.m.): Police say the road has reopened.",
            "Hamilton, Bermuda, November 17 2015",
        ],
    )


def test_captions_one_under_another_each_closing_with_its_credit_go():
    captions = ["An injured pedestrian waits at the bus stop at 23rd and Mission. Photo by Jane Roe.",
                "The driver is the man walking toward the woman, according to police. Photo by Jane Roe.",
                "The scene on Mission Street after 4 p.m Photo by Jane Roe."]
    cleaned = clean_text("\n\n".join([HEADLINE, *STORY]) + "\n\n" + "\n".join(captions))
    assert cleaned.body.split("\n\n") == STORY
    assert {r.reason for r in cleaned.removed if "Photo by" in r.text} == {"credit_run"}
    # one paragraph with its photographer's name glued to it is body (a line mixing body and credit)
    glued = "A large oak fell across Elm Street, blocking the road for several hours on Monday. Photo by Jane Carter."
    assert glued in clean_text("\n\n".join([HEADLINE, *STORY, glued])).body
    block = " ".join(captions[:2])  # the run printed as one block
    assert block not in clean_text("\n\n".join([HEADLINE, *STORY, block])).body
    # a photo essay's paragraphs of two sentences, each closing on its photographer's name, are its story
    essay = ["The boats leave the harbour before dawn. By six the first nets are in the water. Photo by Ruth Nguyen.",
             "Ana Silva has fished these waters for forty years. She says the catch has never been smaller. Photo by Ruth Nguyen."]
    kept = clean_text("\n\n".join([HEADLINE, *STORY, *essay])).body
    assert all(paragraph in kept for paragraph in essay)


def test_rows_of_the_seventy_third_to_seventy_fifth_collections():
    assert_rows(
        {
            "Check back at example.com for updates to this story.": "update_notice",
            "This is a breaking news story. We have a crew at the scene working to learn more. Check back for updates on News 8 and example.com throughout the day.": "update_notice",
            "Stay with us as we work to learn more information.": "update_notice",
            "Know something newsworthy? Report It!": "call_to_action",
            "Top Stories On EXAMPLETV.com": "widget_heading",
            "Related Article": "widget_heading",
            "Advertisement.": "advert",
            "NNSL photo/graphic": "caption_credit",
            "Stay with us as we work to learn more.": "update_notice",
            "Original post:": "link_here",
        },
        [
            "Police have a crew at the scene working to learn more.",
            # a second read (rev48): one-word lines, capitals, a government site, a reported line
            "Promoted.",
            "MY PHOTO",
            "Top article.",
            "Check back at Michigan.gov for updates on your ballot's status.",
            "Check back for updates, Smith told parents.",
            "We have a team on the scene trying to find out more.",
            "Top Stories in Texas",
            "Check back with your doctor for updates on the treatment.",
            "Original Story:",
            "Advertisements for the sale were placed in the paper.",
        ],
    )


def test_the_label_over_the_first_report_under_an_update_is_body():
    update = "A tractor trailer has been removed and the eastbound lanes of the highway have reopened after a crash on Friday."
    first = ["A detour is now available to eastbound motorists on the highway after a crash closed the lanes around 1 p.m. this afternoon.",
             "Police officers are on scene diverting traffic on Route 80, east across the barrens and south to rejoin the highway."]
    cleaned = clean_text("\n\n".join(["UPDATE: Tractor trailer removed from highway after crash", update, "Original Story:", *first]))
    assert cleaned.body.split("\n\n") == [update, "Original Story:", *first]


def test_a_caption_printed_twice_at_the_top_is_not_given_back_as_body():
    caption = "The accident scene in Daejeon where a van collided with a city bus. [DAEJEON FIRE HEADQUARTERS]"
    body = ["A van driven by a drunk driver collided with a city bus in Daejeon, leaving 28 people injured, police said on Wednesday.",
            "Of the 28 people being treated at a nearby hospital, two, including the bus driver, are suffering from serious injuries.",
            "The van driver, in his 50s, struck the bus at an intersection at 9:53 p.m. Tuesday, causing it to crash into a railway bridge.",
            "Police have booked the van driver on charges of drunk driving and are further investigating the accident."]
    kept = clean_text("\n\n".join(["Drunk van driver collides with bus in Daejeon", caption, caption, body[0], body[1], caption, caption, body[2], body[3]])).body
    assert caption not in kept and all(sentence in kept for sentence in body)


def test_rows_of_the_seventy_sixth_to_seventy_eighth_collections():
    assert_rows(
        {
            "\u2022 Example.com reserves the right to delete or block any comments": "comments",
            "\u2022 Example.com is not responsible for its readers\u2019 comments.": "comments",
            "\u2022 Comments that are abusive, incendiary or irrelevant are strictly prohibited.": "comments",
            "\u2022 Please use a genuine email ID and provide your name to avoid reject.": "comments",
            "The comments posted here/below/in the given space are not on behalf of Example.": "comments",
            "You must be logged in to react.": "comments",
            "Click any reaction to login.": "comments",
            "Close this search box.": "navigation",
            "Video duration": "navigation",
            "More ACT News Videos": "navigation",
            "Comments Print article": "share",
        },
        [
            "The council said it reserves the right to remove any posts on its page.",
            "The firm reserves the right to delete any comments, the mayor told reporters.",
            "Close the window.",
            "Comments printed in the paper drew replies.",
            # a second read (rev49): news about moderation and platforms' liability, a registration's steps
            "The policy states that the council reserves the right to delete any comments it deems offensive.",
            "Under the law, an intermediary is not responsible for its users' posts if it acts on a notice.",
            "Comments that are abusive are not allowed under the draft bill, which goes to a vote next week.",
            "Please use a valid email address, as the appointment confirmation is sent there.",
            "You must be logged in to vote.",
        ],
    )


def test_a_last_paragraph_closed_by_an_agency_tag_instead_of_its_stop_is_body():
    story = ["Srinagar: At least seven residential houses were gutted in a massive blaze that broke out in a colony of the city on Sunday evening.",
             "Reports said that the fire broke out in a residential house and soon spread to the adjoining houses, officials said.",
             "Meanwhile, police has registered a case in this regard and started investigations\u2014(KNO)"]
    assert clean_text("\n\n".join(story)).body.split("\n\n")[1:] == story[1:]  # the first opens with its dateline, read apart
    # another story's tagged paragraph under its headlines below the story is no body's
    other = ["Snowfall cuts off Gurez valley", "Roads closed as snow piles up in the north",
             "Heavy snowfall has cut off the Gurez valley from the rest of the region, officials said on Monday—(KNO)"]
    kept = clean_text("\n\n".join(story[:2] + ["Police have registered a case in this regard and started investigations, officials said."] + other)).body
    assert other[0] not in kept


def test_rows_of_the_seventy_ninth_to_eighty_first_collections():
    assert_rows(
        {
            "More to follow...": "update_notice",
            "Stay with us for updates on this developing story as soon as we receive more information from the emergency services.": "update_notice",
            "This newspaper has been a central part of community life for many years. Our industry faces testing times, which is why "
            "we're asking for your support. Every contribution will help us continue to produce local journalism that makes a "
            "measurable difference to our community.": "reader_appeal",
        },
        [
            "The church has been a central part of community life for many years.",
            "More to follow the vote, the mayor said.",
            # a second read (rev50): people's words of the same shape
            "This site has been an important part of community life for more than 100 years.",
            "Our industry faces difficult times, which is why we are asking for your support.",
            "Stay with us for updates on this developing story as soon as we receive more information from Anglian Water.",
        ],
    )


def test_a_captions_words_printed_again_without_its_credit_go():
    caption = "Six vehicles caused gridlock for miles around Guyhirn on the A47 today"
    story = ["This was the scene as the A47 slowly recovered from a six vehicle crash today, police said on Monday evening.",
             "Cars and lorries had been halted for some time while police attended to the incident near the junction.",
             "Many motorists opted to use alternative routes but once the all clear was given at 4.30pm the A47 re-opened."]
    kept = clean_text("\n\n".join(["Gridlock as collision blocks A47", story[0], story[1], caption + " - Credit: Jane Roe", caption, story[2],
                                   caption + " - Credit: Jane Roe", caption])).body
    assert kept.split("\n\n") == story
    # a one-sentence paragraph of the body the page reuses as a credited caption stays (a second read, rev50)
    lede = "The road has now reopened after the crash."
    kept = clean_text("\n\n".join(["Gridlock as collision blocks A47", story[0], story[1], lede, lede + " - Credit: Jane Roe", story[2]])).body
    assert lede in kept
    # a body paragraph that tells the caption's words among its own stays
    longer = "Police said six vehicles caused gridlock for miles around Guyhirn on the A47 today, and asked drivers to avoid the area."
    assert longer in clean_text("\n\n".join(["Gridlock as collision blocks A47", story[0], story[1], caption + " - Credit: Jane Roe", longer, story[2]])).body


def test_rows_read_on_the_site_sets_left_furniture():
    assert_rows(
        {
            "You can share this post!": "share",
            "Have a look at...": "widget_heading",
            "Sign-up for our FREE newsletter...": "call_to_action",
            "We will have more to follow.": "update_notice",
            "WSAZ has a crew headed to the scene.": "update_notice",
            "Please Support Pattaya Mail": "reader_appeal",
            "\u2014This story was updated at 2:55 p.m. Jan. 9 to include additional information from deputy fire chief Jane Roe.": "update_notice",
        },
        [
            "Police have a crew headed to the scene.",
            "Please support local businesses this weekend.",
            "Have a look at the map below.",
            "We will have more to follow on Monday, the coach said.",
            "Sign up for the class at the library.",
            "To reach Denver, call ahead.",
            # a reporter's contact line closing the story ("To reach <Name>, call ... or email ...", the Steamboat Pilot, s1262)
            # is left: a story gives its people's contacts in the same words (tests/test_furniture_s29b.py)
            "To reach Jane Roe, call 970-555-4206 or email jroe@example.com.",
            "The report was updated with data from Mali and Niger, the agency said.",
        ],
    )
