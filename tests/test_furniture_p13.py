"""Furniture that publishing platforms and page templates print, found on fresh pages and in the
platforms' own template strings (not on the labelled pages): video players' accessible text
(video.js, JW Player), Medium's, Substack's, WordPress.com's and Ghost's prompts, Blogger's post
footer and pager, comment furniture (WordPress, Substack, Medium, TownNews BLOX), BLOX widgets,
the AP's note on its funded coverage, Taboola's and Outbrain's labels, consent buttons. Each row
has news sentences sharing its words that must stay; and Blogger's comment author line ("Linda
Medrano said...") is not a news sentence cut short ("The Mayor said...")."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern
from analysis.clean import clean_text

# (line as printed, reason, where it was found)
FOUND = [
    # video.js (its lang/en.json strings, copied with the player's hidden text)
    ("This is a modal window.", "navigation", "video.js"),
    ("This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.",
     "navigation", "video.js"),
    ("Beginning of dialog window. Escape will cancel and close the window.", "navigation", "video.js"),
    ("Beginning of dialog window. Escape will cancel and close the window.TextColorWhiteBlackRedGreenBlue",
     "navigation", "video.js, settings glued on"),
    ("End of dialog window.", "navigation", "video.js"),
    ("Close Modal Dialog", "navigation", "video.js"),
    ("The media could not be loaded, either because the server or network failed or because the format is not "
     "supported.", "navigation", "video.js"),
    ("No compatible source was found for this media.", "navigation", "video.js"),
    ("Video Player is loading.Play VideoPlayCurrent Time 0:00Loaded: 0%Duration 0:00Mute1xPlayback Rate",
     "navigation", "video.js control bar, glued"),
    ("TextColorWhiteBlackRedGreenBlueYellowMagentaCyanOpacityOpaqueSemi-Transparent", "navigation", "video.js"),
    # JW Player (its shortcuts template and control text)
    ("0 seconds of 4 minutes, 56 seconds", "navigation", "JW Player"),
    ("0 seconds of 2 minutes, 4 secondsVolume 90%Press shift question mark to access a list of keyboard shortcuts",
     "navigation", "JW Player, glued"),
    ("Volume 90%", "navigation", "JW Player"),
    ("Press shift question mark to access a list of keyboard shortcuts", "navigation", "JW Player"),
    ("Keyboard Shortcuts", "navigation", "JW Player"),
    ("Enabled", "navigation", "JW Player"),
    ("Disabled", "navigation", "JW Player"),
    ("Shortcuts Open/Close", "navigation", "JW Player"),
    ("/ or ?", "navigation", "JW Player"),
    # Medium, Substack, WordPress.com/Jetpack, Ghost
    ("Member-only story", "subscriber", "Medium"),
    ("You have 2 free member-only stories left this month.", "subscriber", "Medium"),
    ("Sign up to discover human stories that deepen your understanding of the world.", "subscriber", "Medium"),
    ("Follow publication", "navigation", "Medium"),
    ("Listen", "navigation", "Medium, audio players"),
    ("Follow", "navigation", "Medium"),
    ("Discover more from The Daily Example", "subscriber", "Substack, Jetpack"),
    ("Type your email\u2026", "subscriber", "Substack, Jetpack"),
    ("Sign up for more like this.", "subscriber", "Ghost"),
    ("Post not marked as liked", "share", "Wix blog"),
    # comments: WordPress core, Substack, Medium, TownNews BLOX
    ("Leave a Reply Cancel reply", "comments", "WordPress comment form"),
    ("Required fields are marked *", "comments", "WordPress comment form"),
    ("Logged in as admin. Log out?", "comments", "WordPress comment form"),
    ("Expand full comment", "comments", "Substack"),
    ("Discussion about this post", "comments", "Substack"),
    ("Wendy Cooke's avatar", "comments", "Substack"),
    ("User's avatar", "comments", "Substack"),
    ("10 more comments...", "comments", "Substack"),
    ("Watch this discussion.", "comments", "TownNews BLOX"),
    ("Stop watching this discussion.", "comments", "TownNews BLOX"),
    ("Notifications from this discussion will be disabled.", "comments", "TownNews BLOX"),
    ("Threats of harming another person will not be tolerated.", "comments", "TownNews BLOX"),
    # WordPress.com's action bar and comment form (its i18n strings), WordPress's Meta widget and default themes
    ("Copy shortlink", "navigation", "WordPress.com action bar"),
    ("Report this content", "navigation", "WordPress.com action bar"),
    ("View post in Reader", "navigation", "WordPress.com action bar"),
    ("Manage subscriptions", "navigation", "WordPress.com action bar"),
    ("Collapse this bar", "navigation", "WordPress.com action bar"),
    ("Join 1,234 other subscribers", "navigation", "WordPress.com action bar"),
    ("Sign me up", "navigation", "WordPress.com action bar"),
    ("Already have a WordPress.com account? Log in now.", "navigation", "WordPress.com action bar"),
    ("Toggle photo metadata visibility", "navigation", "WordPress.com carousel"),
    ("Email (Required)Name (Required)Website", "navigation", "WordPress.com comment form, glued"),
    ("Entries feed", "navigation", "WordPress Meta widget"),
    ("Comments feed", "navigation", "WordPress Meta widget"),
    ("WordPress.org", "navigation", "WordPress Meta widget"),
    ("Theme: Twenty Twenty by WordPress.org", "navigation", "WordPress default theme footer"),
    ("Posted in Uncategorized | Leave a comment", "navigation", "WordPress default theme"),
    ("Read More \u2192", "navigation", "WordPress themes"),
    ("Continue reading \u2192", "navigation", "WordPress themes"),
    ("Primary Menu", "navigation", "WordPress default themes"),
    ("Close search", "navigation", "WordPress default themes"),
    ("Search \u2026", "navigation", "WordPress search form"),
    ("Permalink", "navigation", "WordPress, Blogger"),
    ("Published", "date_line", "WordPress news themes ('Published' over 'on' and the date; a date line's label since the thirtieth session)"),
    ("Simple theme. Powered by Blogger.", "navigation", "Blogger footer"),
    ("Theme images by Michael Elkan", "navigation", "Blogger footer"),
    # Blogger
    ("Posted by Jane Roe at 10:14 AM", "blog_widget", "Blogger post footer"),
    ("Posted by Unknown at 3:02 PM", "blog_widget", "Blogger post footer"),
    ("Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest", "share", "Blogger"),
    ("Newer Post Older Post Home", "navigation", "Blogger pager"),
    ("Blog Archive", "navigation", "Blogger, WordPress widgets"),
    ("Links to this post", "navigation", "Blogger"),
    ("Create a Link", "navigation", "Blogger"),
    # TownNews BLOX widgets and walls
    ("Sorry, there are no recent results for popular videos.", "navigation", "TownNews BLOX"),
    ("Sorry, there are no recent results for popular commented articles.", "navigation", "TownNews BLOX"),
    ("Success! An email has been sent to with a link to confirm list signup.", "newsletter", "TownNews BLOX"),
    ("Error! There was an error processing your request.", "newsletter", "TownNews BLOX"),
    ("Please log in, or sign up for a new account to continue reading.", "subscriber", "TownNews BLOX"),
    ("Related to this story", "widget_heading", "TownNews BLOX"),
    # Creative Circle Media's wall on community papers (phrases counted across 16 hosts by a local-news cleaner)
    ("This item is available in full to subscribers.", "subscriber", "Creative Circle Media"),
    ("This item is available in full to subscribers. Subscribe now! Log in.", "subscriber", "Creative Circle Media, glued"),
    ("Subscribe now!", "subscriber", "Creative Circle Media"),
    ("Need an account? Print subscribers receive free access.", "subscriber", "Creative Circle Media"),
    ("Please log in to continue reading.", "subscriber", "Creative Circle Media"),
    ("Login to continue reading", "subscriber", "community papers' walls"),
    ("Sign up for complimentary access", "subscriber", "Creative Circle Media"),
    ("Javascript is required for you to be able to read premium content. Please enable it in your browser settings.",
     "subscriber", "Creative Circle Media"),
    ("Featured Local Savings", "widget_heading", "Creative Circle Media"),
    # WordPress themes and Drupal
    ("You have entered an incorrect email address!", "comments", "tagDiv Newspaper theme's comment form"),
    ("Check Also", "widget_heading", "TieLabs themes (Sahifa, Jannah)"),
    ("Submitted by admin on Mon, 12/05/2022 - 10:21", "blog_widget", "Drupal node footer"),
    ("Submitted by Jane Roe on March 14, 2023", "blog_widget", "Drupal node footer, long date"),
    # TownNews BLOX's follow-a-topic box, log-in prompt and sign-up (scrapers of BLOX papers strip the same lines)
    ("Close Get email notifications on {{subject}} daily!", "navigation", "TownNews BLOX"),
    ("Your notification has been saved.", "navigation", "TownNews BLOX"),
    ("There was a problem saving your notification.", "navigation", "TownNews BLOX"),
    ("{{description}}", "navigation", "TownNews BLOX template placeholder"),
    ("Email notifications are only sent once a day, and only if there are new matching items.", "navigation", "TownNews BLOX"),
    ("Manage followed notifications", "navigation", "TownNews BLOX"),
    ("Please log in to use this feature", "navigation", "TownNews BLOX"),
    ("Be the first to know", "navigation", "TownNews BLOX breaking-news sign-up"),
    ("Sign up!", "navigation", "TownNews BLOX"),
    ("* I understand and agree that registration on or use of this site constitutes agreement to its user agreement "
     "and privacy policy.", "navigation", "TownNews BLOX"),
    ("Your browser is out of date and potentially vulnerable to security risks. We recommend switching to one of the "
     "following browsers:", "navigation", "TownNews BLOX"),
    # newspaper chains' templates
    ("Contributing: The Associated Press", "closing_credit", "Gannett (USA TODAY network)"),
    ("Contributing: Brittney Bennett and Greg Toppo, USA TODAY.", "closing_credit", "Gannett (USA TODAY network)"),
    ("This story was originally published March 23, 2024, 7:00 AM.", "closing_credit", "McClatchy papers"),
    ("Take us with you. Real-time updates and all local stories you want right in the palm of your hand.",
     "reader_address", "McClatchy papers' app prompt"),
    ("Related stories from Miami Herald", "widget_heading", "McClatchy papers"),
    ("Originally Published: March 3, 2023 at 5:00 a.m.", "date_line", "MediaNews Group papers"),
    ("Updated:", "date_line", "news templates' date label"),
    ("Read the original article on Business Insider", "closing_credit", "syndication partners (Yahoo, MSN)"),
    ("The original source of this article is Global Research", "closing_credit", "reposting sites' template"),
    ("Sponsor Message", "advert", "NPR and member stations"),
    # wire copy reposted: the AP's note on its funded coverage
    ("The Associated Press\u2019 education coverage receives financial support from multiple private foundations. AP is "
     "solely responsible for all content. Find AP\u2019s standards for working with philanthropies, a list of supporters "
     "and funded coverage areas at AP.org.", "closing_credit", "AP stories reposted"),
    ("The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental "
     "policy. The AP is solely responsible for all content.", "closing_credit", "AP stories reposted"),
    ("AP is solely responsible for all content.", "closing_credit", "AP stories reposted"),
    # recommendation widgets and consent banners
    ("by Taboola", "advert", "Taboola"),
    ("Sponsored Links by Taboola", "advert", "Taboola"),
    ("Recommended by Outbrain", "advert", "Outbrain"),
    ("We value your privacy", "cookie", "IAB consent banners"),
    ("Strictly Necessary Cookies", "cookie", "OneTrust preference centre"),
    ("Always Active", "cookie", "OneTrust preference centre"),
    ("Confirm My Choices", "cookie", "OneTrust preference centre"),
    ("Privacy Preference Center", "cookie", "OneTrust"),
    ("Cookie List", "cookie", "OneTrust"),
    ("Use necessary cookies only", "cookie", "Cookiebot"),
    ("Agree and close", "cookie", "Didomi"),
    ("Continue without agreeing \u2192", "cookie", "Didomi"),
    ("Store and/or access information on a device", "cookie", "IAB framework purpose, every TCF banner"),
    ("Personalised advertising and content, advertising and content measurement, audience research and services "
     "development", "cookie", "IAB framework purpose"),
    ("Do Not Sell or Share My Personal Information", "cookie", "US state opt-out link"),
    ("Your California Privacy Rights/Privacy Policy", "cookie", "US sites' footer link"),
    # live blogs' controls
    ("Show 3 new updates", "navigation", "live-blog templates"),
    ("Load more updates", "navigation", "live-blog templates"),
    ("Auto-refresh", "navigation", "live-blog templates"),
    ("Pinned post", "navigation", "live-blog templates"),
    ("Reject All", "cookie", "consent banners"),
]


@pytest.mark.parametrize(("line", "reason", "where"), FOUND)
def test_platform_wording_is_furniture(line: str, reason: str, where: str) -> None:
    kind = "top_matter" if reason in {"closing_credit", "date_line"} else "boilerplate"
    assert match_pattern(line) == (kind, reason), where


@pytest.mark.parametrize(
    "line",
    [
        # players' words in news
        "The video player was loading slowly for viewers across the region, the broadcaster said.",
        "Police said the footage showed the window was closed when the fire began.",
        "Volume 90% of capacity was reached at the reservoir on Tuesday, officials said.",
        "Trading volume rose 90% on the day the merger was announced.",
        "Disabled veterans will receive the payments from next month.",
        "Enabled by the new law, the council can borrow up to $40 million.",
        "The media could not be reached for comment.",
        "Keyboard shortcuts and other accessibility features were added to the voting machines.",
        # platforms' words in news
        "Listen to this: the council voted 5-4 to close the library.",
        "Follow the money, the prosecutor told the jury on Monday.",
        "Residents were told to follow evacuation orders as the river rose.",
        "Discover more from the region's rich history at the museum's new wing, the mayor said.",
        "Type your email address into the form, the police warned, only on the official site.",
        "The member-only club in Dallas was raided on Friday.",
        "Voters were asked to sign up for more polling stations, the election board said.",
        "Older posts on the forum were deleted after the hack, the company said.",
        "The blog archive of the former minister was taken offline on Monday.",
        "Posted by his lawyer at 10:14 AM, the statement denied every charge.",
        "He was logged in as an administrator when the data was stolen, investigators said.",
        "Threats of harming another person will not be tolerated, the principal told parents after the fight.",
        "The discussion about this post office closure went on for three hours.",
        "Responses to the survey were mixed, with 40% in favour.",
        "The Associated Press reported that the dam had burst.",
        "The Associated Press receives no government money, its president said in a speech on Tuesday.",
        "Related to this story is the question of who paid for the trip.",
        "Submitted by the mayor on Monday, the plan would raise taxes.",
        "Contributing factors included the rain and a blocked drain, the report said.",
        "Originally published in 1851, the novel sold poorly.",
        "Be the first to know what happened, she urged her neighbours.",
        "Your notification of the strike must be given 14 days ahead, the union was told.",
        "The story was originally published in a local paper in 1998, the court heard.",
        "Updated figures showed 40 people had died.",
        "The report was published on Monday.",
        "Published reports say the dam was inspected in 2019.",
        "Search and rescue teams reached the village on Sunday.",
        "Join 1,234 other residents who signed the petition, the flyer said.",
        "Theme: Songs by women composers.",
        "He was following the storm from his car when the tree fell.",
        "The men were posted in Kabul until the embassy closed.",
        "Manage subscriptions carefully, the consumer agency advised, as prices rise.",
        "Submitted by the council on 12/05/2022, the budget was approved.",
        "Check also the river gauges upstream, the agency advised.",
        "This item is available to subscribers of the cable service only, the company said.",
        "Subscribe now or lose the discount, the ads warned, and thousands did.",
        "You have entered an incorrect PIN three times, the message read.",
        "We value your privacy, the company said in a statement after the breach, and we are investigating.",
        "Reject all of the amendments, the governor urged lawmakers.",
        "Marketing cookies are used to track visitors, the regulator said.",
        "Allow all residents to return, the mayor said.",
        "Strictly necessary travel only, police told drivers.",
        "The vendor list was leaked to reporters on Friday.",
        "Pinned down by gunfire, the soldiers waited for help.",
        "Show updates on the storm every hour, the station was told.",
        "More options are on the table, the minister said.",
        "The airline's sponsored links by Taboola were removed after the crash.",
        # Blogger's comment author line against a news sentence cut short
        "The Mayor said...",
        "THE MAYOR SAID...",
        "Mayor Eric Adams said...",
        "Police said...",
        "Officials said...",
        "Governor Kathy Hochul said...",
        "The mayor said...",
        "And then he said...",
    ],
)
def test_news_sentences_sharing_the_words_stay(line: str) -> None:
    assert match_pattern(line) is None


def test_a_comment_authors_line_still_goes() -> None:
    assert match_pattern("Linda Medrano said...") == ("boilerplate", "comments")
    assert match_pattern("Anonymous said...") == ("boilerplate", "comments")


LEDE = "Firefighters battled a blaze at a warehouse on Main Street on Tuesday night, the fire department said, and no one was hurt."
SECOND = "The fire started shortly after 9 p.m. and took crews nearly three hours to bring under control, according to Chief Ann Lee."
THIRD = "Investigators have not yet determined the cause, and the building's owner could not be reached for comment on Wednesday."


def test_a_players_hidden_text_between_paragraphs_leaves_the_body() -> None:
    player = [
        "0 seconds of 4 minutes, 56 seconds", "Volume 90%",
        "Press shift question mark to access a list of keyboard shortcuts", "Keyboard Shortcuts", "Enabled", "Disabled",
        "Shortcuts Open/Close", "/ or ?", "This is a modal window.",
        "Beginning of dialog window. Escape will cancel and close the window.", "End of dialog window.",
    ]
    cleaned = clean_text("\n\n".join(["Warehouse fire on Main Street", LEDE, SECOND, "\n".join(player), THIRD]))
    assert cleaned.body.split("\n\n") == [LEDE, SECOND, THIRD]
