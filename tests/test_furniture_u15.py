"""Furniture left on the seventeenth and eighteenth rounds' dev pages (p473-p536), named by kind and not by page.
Each table holds cases of the kind written as new text (not copied from the pages) that must go, and body text of
other news that shares their words or shape and must stay."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text
from analysis.promo_cards import cut_teasers
from tests.news_text import BODY, SECOND, THIRD


@pytest.mark.parametrize(
    ("units", "removed"),
    [
        # a tag page's teasers: whole sentences the box closed with its own ellipsis
        ([BODY, "The harvest festival returns to the square this weekend....", "Was anyone surprised?...", "Queues formed before the gates opened...."], {1, 2, 3}),
        # an ellipsis alone between two teasers neither joins nor ends the run
        ([BODY, "Lanterns will light the river again this year....", "...", "Welcome back, night market...."], {1, 3}),
        # WordPress's excerpt mark
        ([BODY, "The ferry resumes its winter timetable on Monday. [\u2026]", "Council approves the new skate park. [...]"], {1, 2}),
        # the older shape still goes: cut after a word or a comma
        ([BODY, "Actor on his new film, working with the director,\u2026", "Singer on her tour, pressure of fame, upcoming\u2026"], {1, 2}),
        # must stay: one unit trailing off, or a run with a body paragraph below it
        ([BODY, "And so the wait goes on....", SECOND], set()),
        ([BODY, "He paused....", "Then he said it again....", SECOND, THIRD], set()),
        ([BODY, "They waited. And waited...."], set()),
    ],
)
def test_cut_teasers_after_a_sentence(units, removed):
    assert cut_teasers(units, [True] * len(units)) == removed


def test_tag_page_keeps_its_first_teaser():
    text = "\n\n".join([BODY, "The harvest festival returns to the square this weekend....", "Was anyone surprised?...", "...", "Queues formed before the gates opened...."])
    cleaned = clean_text(text)
    assert cleaned.body.startswith("Rescuers pulled 12 survivors")
    assert "harvest festival" not in cleaned.body and "Queues" not in cleaned.body
    assert {r.reason for r in cleaned.removed if "festival" in r.text or "Queues" in r.text} == {"promo_card"}


@pytest.mark.parametrize(
    ("units", "removed"),
    [
        # a page's title over its heading, one of them edited to the plural
        (["Harbour ferry fare are going up!", "Harbour ferry fares are going up!", BODY, SECOND], {0, 1}),
        (["City unveils new tram stop", "City unveils new tram stops", BODY, SECOND], {0, 1}),
        (["Market reopens after floods", "Market reopens after flood", BODY, SECOND], {0, 1}),
        # must stay: two different lines of a list, a word changed that is not its plural, too short
        ([BODY, "Ten people were hurt in the north.", "Ten people were hurt in the south.", SECOND], set()),
        ([BODY, "The vote was close.", "The votes were close.", SECOND], set()),
        (["Team wins", "Teams win", BODY], set()),
    ],
)
def test_title_over_its_edited_heading(units, removed):
    """The edited heading is lead_shapes.doubled_headline's (one rule); doubled_lines, after it, takes only exact copies."""
    from analysis.boilerplate import Verdict
    from analysis.lead_shapes import doubled_headline
    from analysis.page_copies import doubled_lines

    verdicts = [Verdict(True, "body", "")] * len(units)
    doubled_headline(units, verdicts)
    doubled_lines(units, verdicts)
    assert {i for i, v in enumerate(verdicts) if not v.keep} == removed


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        # a question to the reader right above the comment form's heading
        (["What do you think?", "Leave a Reply"], {"What do you think?"}),
        (["Have you ever tried one?", "Your comment"], {"Have you ever tried one?"}),
        # must stay: a question in the writer's voice that is no call to the reader, a question with body below the form
        (["Why did the council wait so long?", "Leave a Reply"], set()),
    ],
)
def test_question_above_comment_form(tail, gone):
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD, *tail]))
    assert {r.text for r in cleaned.removed} - {"Leave a Reply", "Your comment"} == gone
    assert all(t in cleaned.body for t in tail if t not in gone and t not in ("Leave a Reply", "Your comment"))


def test_question_with_the_article_below_a_comments_link_stays():
    more = ["The bridge reopens in May, the council said on Friday, after the repairs.", "Traders said the closure had cost them a month of sales, the chamber said."]
    cleaned = clean_text("\n\n".join([BODY, SECOND, "What do you think?", "Leave a Reply", THIRD, *more]))
    assert "What do you think?" in cleaned.body and THIRD in cleaned.body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a pointer to the page's own player, in brackets or not
        ("(Click on the audio tab above to hear the full report)", "media_pointer"),
        ("(Tap the video to see the moment the dam burst)", "media_pointer"),
        ("Click play to hear the interview.", "media_pointer"),
        ("Press play below.", "media_pointer"),
        # the same pointers in brackets, a news site's "Scroll down for video", a picture's "click to enlarge"
        ("(Listen to the interview above)", "media_pointer"),
        ("(Pictures above)", "media_pointer"),
        ("Scroll down for video", "media_pointer"),
        ("(Click image to enlarge)", "media_pointer"),
        # a comment box's count after its heading and a news site's comment notices
        ("Comments 12", "comments"),
        ("Comments (3)", "comments"),
        ("Share or comment on this article:", "comments"),
        ("The comments below have not been moderated.", "comments"),
        ("The views expressed in the contents above are those of our users and do not necessarily reflect the views of The Town Paper.", "comments"),
        ("The comments below the video were moderated by the channel, the company said.", None),
        ("Comments made by 12 ministers were read out in court.", None),
        # a caption opened by a label pointing at its picture
        ("Pictured: Volunteers load sandbags onto a truck on Monday.", "caption"),
        ("Above: the flooded square seen from the town hall", "caption"),
        ("In the photo: the new ferry on its first crossing", "caption"),
        ("Above all, the mayor said, the town must rebuild its sea wall.", None),
        ("In the photo, taken by a neighbour, the car is seen on its roof, police said.", None),
        # widget text that interrupts the body
        ("Next image", "navigation"),
        ("Photo 3/12", "navigation"),
        ("Advertisement continues below", "navigation"),
        ("Email this article", "navigation"),
        ("Dark mode", "navigation"),
        ("Find out more", "navigation"),
        ("Learn more about the scheme at the town hall, the council said.", None),
        ("Next image of the comet will come from the probe in May.", None),
        # a blog's credit for its source
        ("h/t Jane Roe", "source_credit"),
        ("(h/t The Town Paper.)", "source_credit"),
        ("via Reuters", "source_credit"),
        ("Via Rail cancelled 12 trains on Monday.", None),
        ("via the coast road", None),
        # a reader-revenue appeal in the outlet's voice, and credits naming who made the pictures or graphics
        ("Our reporting is free for everyone. If you value it, please consider a contribution.", "reader_appeal"),
        ("Local journalism depends on your support.", "reader_appeal"),
        ("Every donation, however small, makes a difference.", "reader_appeal"),
        ("We rely on the river for our water, farmers said.", None),
        ("Every donation helps, the charity said.", None),
        ("With reporting by John Doe.", "closing_credit"),
        ("Graphics by Jane Roe and John Doe.", "closing_credit"),
        ("Research by Oxford University found a link between the two.", None),
        # a sponsor's label, a comment box's invitation and house rule
        ("Paid for by Acme Holidays", "advert"),
        ("Brought to you by the Town Bakery", "advert"),
        ("Produced in partnership with Acme", "advert"),
        ("Presented by the mayor, the award went to a nurse.", None),
        ("In partnership with the council, the charity built 40 homes.", None),
        ("We welcome your comments. Please keep them civil.", "comments"),
        ("We welcome your views on the plan, the mayor said.", None),
        # widget lines inside the article
        ("[embedded content]", "navigation"),
        ("Embed from Getty Images", "navigation"),
        ("Video Player", "navigation"),
        ("(2/7)", "navigation"),
        ("Show less", "navigation"),
        ("Designed by Acme Studio", "navigation"),
        ("Like many towns on the coast, it flooded twice last year.", None),
        ("Following the collapse, 12 people were taken to hospital.", None),
        ("Designed by the city architect, the bridge opened in May.", None),
        # notes about the piece and to the reader closing it
        ("Opinions expressed by contributors are their own.", "editor_note"),
        ("This interview has been edited for length and clarity.", "editor_note"),
        ("We may earn a commission from links on this page.", "editor_note"),
        ("Reporting was supported by a grant from the Acme Foundation.", "editor_note"),
        ("This story is part of our series on housing.", "editor_note"),
        ("The interview was condensed for the radio bulletin.", None),
        ("The project was funded by a grant from the EU.", None),
        ("The council said it may earn a commission from the sale.", None),
        ("The study is part of a series of trials.", None),
        ("If you or someone you know is struggling, call or text 988.", "contact_note"),
        ("For confidential support call the Samaritans on 116 123.", "contact_note"),
        ("Got a story? Email news@example.com.", "contact_note"),
        ("We want to hear from you. Share your story with us.", "contact_note"),
        ("The full report is available here.", "contact_note"),
        ("Have your say: leave a comment below.", "comments"),
        ("If you or someone you know has been affected, police said, call 101.", None),
        ("If you have any information, call police, officers said.", None),
        # a link instruction is an imperative opening its sentence or main clause; a writer's aside mentioning a click is body
        ("We have moved our coverage to one page. Please click this link for all the latest updates.", "click_link"),
        ("For more, click the link.", "click_link"),
        ("By the way, you should click on the link to see a funny picture of the team falling into the lake.", None),
        ("Readers who click the link see a video of the launch.", None),
        # major sites' widget lines: an embed held back for consent, pointers to more of the site, a consent box, a desk's byline
        ("Skip twitter post by Jane Roe", "navigation"),
        ("Allow Instagram content?", "navigation"),
        ("End of youtube video by Town Council", "navigation"),
        ("Instagram Embed", "navigation"),
        ("Skip past newsletter promotion", "navigation"),
        ("Keep up with all the latest news from the region by following Town TV", "follow"),
        ("Read in English", "follow"),
        ("Most Read from The Town Paper", "follow"),
        ("I would like to be emailed about offers and updates from The Town Paper.", "newsletter"),
        ("News Desk", "source_credit"),
        ("I want to get a better camera this year.", None),
        ("Most read on the island are novels by local writers.", None),
        ("Start a conversation with your MP, the charity urged.", None),
        # regional news sites' buttons, calls to their apps and channels, a social handle alone
        ("Tap to read full story", "navigation"),
        ("Kindly share this story", "navigation"),
        ("Loading YouTube content", "navigation"),
        ("Also on example.com", "navigation"),
        ("Download the Town Times ePaper", "call_to_action"),
        ("Join The Paper's Telegram channel and get the latest breaking news delivered to you.", "call_to_action"),
        ("We are now on WhatsApp. Click to join.", "call_to_action"),
        ("Support Town Daily's journalism of integrity and credibility", "call_to_action"),
        ("Jane Roe on Twitter: @jroe", "follow"),
        ("Get the application forms at the town hall.", None),
        ("Also on the ballot is a tax rise.", None),
        ("More from the minister on Monday.", None),
        # aggregators', trade magazines' and press-release sites' furniture
        ("Print article", "navigation"),
        ("Follow topic", "navigation"),
        ("Related Searches", "navigation"),
        ("read more at The Town Paper", "navigation"),
        ("- ENDS -", "end_mark"),
        ("This press release contains forward-looking statements within the meaning of the securities laws.", "editor_note"),
        ("Notes to editors:", "editor_note"),
        ("SOURCE Acme Holdings Inc.", "source_credit"),
        ("This article is for subscribers only.", "subscriber"),
        ("Copy that, the pilot said.", None),
        ("Read more at the library, the mayor urged.", None),
        ("The source said the council would act.", None),
        # a live page's controls and closing notice
        ("Show key events only", "navigation"),
        ("1 new update", "navigation"),
        ("This live blog is now closed, thanks for following.", "update_notice"),
        ("We're pausing our live coverage for now.", "update_notice"),
        ("The blog is now closed to new members, the club said.", None),
        ("Pinned down by gunfire, the troops waited for dawn.", None),
        # an affiliate box's buttons and a market widget's labels
        ("$19.99 at Amazon", "advert"),
        ("Buy on Amazon", "advert"),
        ("View deal", "advert"),
        ("Stocks mentioned in this article", "navigation"),
        ("Quotes delayed at least 15 minutes.", "navigation"),
        ("$2.25 at Peak", None),
        ("Order from Chaos", None),
        ("Check the price of fuel before you travel, the AA urged.", None),
        # a podcast player's and an accessibility bar's buttons
        ("Listen on Apple Podcasts | Spotify", "navigation"),
        ("Download MP3", "navigation"),
        ("Increase font size", "navigation"),
        ("Show notes of the meeting were published on Friday.", None),
        ("Delhi 41°C", None),
        # a paywall's offer and a newsletter box's pitch and messages
        ("Subscribe for $1 a week.", "subscriber"),
        ("To read the full story, subscribe now.", "subscriber"),
        ("Unlock this article", "subscriber"),
        ("Want the best of the news in your inbox? Sign up for our newsletter.", "newsletter"),
        ("We respect your privacy. Unsubscribe at any time.", "newsletter"),
        ("Success!", None),
        ("You are all set for the weekend, forecasters said.", None),
        ("Join for $5 a month, the club said.", None),
        # a picture's credit alone on a line, in the shapes the other rows miss
        ("Photo/Jane Roe", "caption_credit"),
        ("Courtesy of the Town Museum", "caption_credit"),
        ("Screenshot via YouTube", "caption_credit"),
        ("Image used for representational purpose only.", "caption_credit"),
        ("Jane Roe/The Town Paper via AP", "caption_credit"),
        ("Courtesy of the council, the bus ran free all weekend.", None),
        ("Video via Zoom was allowed in court for the first time.", None),
        # advert labels in other words and languages, link and player labels inside the article
        ("ADVERTISING", "advert"),
        ("Publicidad", "advert"),
        ("Skip Advertisement", "advert"),
        ("Opens in a new window", "navigation"),
        ("View on Instagram", "navigation"),
        ("Jane Roe/NPR hide caption", "navigation"),
        ("Advertising revenue fell by a third last year.", None),
        ("The ship was loaded", None),
        # a syndication note closing a reposted story
        ("Reprinted with permission from The Town Paper.", "closing_credit"),
        ("Distributed by Tribune Content Agency, LLC.", "closing_credit"),
        ("Syndicated from Acme News.", "closing_credit"),
        ("Used with permission of the owner, the drone flew over the site.", None),
        ("Distributed by Red Cross volunteers, the aid reached 40 villages.", None),
        # must stay: a report of someone's words, other senses of the verbs
        ("Press the audio guide button at each painting, the museum says.", None),
        ("Watch the skies above London tonight, astronomers said.", None),
        ("Users scroll down for videos for hours a day, the study found.", None),
        ("(See page 4)", None),
        ("Clicking on the video, viewers saw the flames spread.", None),
        ("Press freedom groups said the video was genuine.", None),
        ("Tap water was declared safe to drink on Friday.", None),
    ],
)
def test_platform_wording(line, reason):
    from analysis.furniture_patterns import match_pattern

    found = match_pattern(line)
    assert (found[1] if found else None) == reason


@pytest.mark.parametrize(
    ("units", "removed"),
    [
        # a picture's alternative text above its caption: the same picture described in other words
        ([BODY, "A close up of a bee while it is in flight.", "A bee in flight up close. Photo courtesy of Jane Roe / Flickr", SECOND], {1, 2}),
        # must stay: a body sentence above the caption that says something else, or less of it
        ([BODY, "A bee stung the mayor during the parade on Sunday.", "A bee in flight up close. Photo courtesy of Jane Roe / Flickr", SECOND], {2}),
        ([BODY, "Bees in flight were filmed up close by the team.", "A bee in flight up close. Photo courtesy of Jane Roe / Flickr", SECOND], {2}),
    ],
)
def test_alt_text_beside_its_caption(units, removed):
    """One rule, caption_copies.mark_alt_text (page_copies.caption_beside_caption runs after it, for captions alike word for word)."""
    from analysis.boilerplate import Verdict
    from analysis.caption_copies import mark_alt_text
    from analysis.page_copies import caption_beside_caption

    caption = next(i for i, u in enumerate(units) if "Photo" in u)
    verdicts = [Verdict(True, "body", "")] * len(units)
    verdicts[caption] = Verdict(False, "boilerplate", "pattern:caption_credit")
    mark_alt_text(units, verdicts)
    caption_beside_caption(units, verdicts)
    assert {i for i, v in enumerate(verdicts) if not v.keep} == removed


@pytest.mark.parametrize(
    ("units", "keep", "removed"),
    [
        # one card closing the text: its title removed, its teaser cut right after a word's letters
        ([BODY, SECOND, "Night Market: Day 4", "It's the fourth night of the market and the queues for the noodle stalls stretch round the blo\u2026"], [True, True, False, True], {3}),
        ([BODY, "Previous post", "Ferry timetable changes as the winter season begins for isl..."], [True, False, True], {2}),
        # must stay: the body's last paragraph trailing off, a cut after a whole word, a text with no body above
        ([BODY, SECOND, "And so the town waits, as it has waited for years\u2026"], [True, True, True], set()),
        ([BODY, "Night Market: Day 4", "It's the fourth night and the queues stretch round the block.\u2026"], [True, False, True], set()),
        (["Night Market: Day 4", "It's the fourth night of the market and the queues stretch round the blo\u2026"], [False, True], set()),
    ],
)
def test_one_card_closing_the_text(units, keep, removed):
    assert cut_teasers(units, keep) == removed


@pytest.mark.parametrize(
    ("units", "gone"),
    [
        # a reader's comment above its Reply button, the article above it
        ([BODY, SECOND, THIRD, "Share this", "So sad for the families, thoughts with everyone.", "Reply"], {"So sad for the families, thoughts with everyone."}),
        # the article's own paragraphs right under its header are never a comment, whatever button follows them
        (["Market collapse leaves 12 hurt", BODY, SECOND, "Reply", THIRD], set()),
    ],
)
def test_comment_above_its_reply_button(units, gone):
    cleaned = clean_text("\n\n".join(units))
    assert {r.text for r in cleaned.removed} & set(units) - {"Market collapse leaves 12 hurt", "Share this", "Reply"} == gone
    assert BODY in cleaned.body and SECOND in cleaned.body


@pytest.mark.parametrize(
    ("thread", "gone"),
    [
        # a comment's signature above its date, and the comment above its Reply button
        (["Jane Smith says:", "May 3, 2023 at 5:00 pm", "The council should have fixed that roof years ago!", "Reply"],
         {"Jane Smith says:", "The council should have fixed that roof years ago!"}),
        # a comments plugin's buttons and age joined by dots
        (["Comments", "Jane Smith", "The council should have fixed that roof years ago!", "Like \u00b7 Reply \u00b7 2h"],
         {"The council should have fixed that roof years ago!"}),
    ],
)
def test_comment_signature_and_buttons(thread, gone):
    cleaned = clean_text("\n\n".join(["Market collapse leaves 12 hurt", BODY, SECOND, THIRD, *thread]))
    assert not any(line in cleaned.body for line in gone)
    assert BODY in cleaned.body and THIRD in cleaned.body


@pytest.mark.parametrize("button", ["Reply", "Like \u00b7 Reply \u00b7 2h"])
def test_reported_paragraphs_above_a_button_stay(button):
    last = "The council said on Monday that repairs to the market would take at least a year, and it asked the national government for help."
    cleaned = clean_text("\n\n".join(["Market collapse leaves 12 hurt", BODY, SECOND, "Advertisement", THIRD, last, button]))
    assert THIRD in cleaned.body and last in cleaned.body
