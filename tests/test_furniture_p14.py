"""Furniture that publishing platforms, plugins and page templates print, found in their own template strings and
on pages of unrelated sites (not on the labelled pages): an embedded YouTube player's hidden text, video
players' control text (video.js) and ad labels, carousels' button labels (Swiper, Splide), Joomla's article
info, the republication box of nonprofit newsrooms (INN's Republication Tracker Tool, Newspack), share
buttons' copy notice and rows naming X, WordPress core's and themes' headings, pager and breadcrumb prefix,
Drupal's and WordPress.com's comment links, Akismet's hidden label, audio players (Amazon Polly), ConvertKit's
form, Google's preferred-source button, OneSignal's push prompt, platform credits (Newspack, WPeMatico,
Disqus), subscription boxes' benefit lists, US chains' templates (Gannett's share dialog and offer, Swift
Communications' comment rules, Disqus, Hearst Television's and Tegna's prompts and footers, Advance Local's
footer, the FCC public-file notice), consent banners (Complianz, the IAB framework's paragraph), Revcontent's
disclosure, Google's ad-feedback buttons, a date line with a dash, Jetpack's related-posts category line,
Ghost's members' notifications and messages, newsletter platforms' paywalls (Substack, Ghost, beehiiv),
TownNews BLOX papers' meter, offer and events boxes, the mark closing wire copy and releases ('-end-', '-30-',
'###'), aggregators' pointer and disclaimer, Postmedia's advert slot and share heading, newsletter boxes'
consent and error messages (Reach plc, Mailchimp), papers' links to their print replica. Each row has news
sentences sharing its words that must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern
from analysis.clean import clean_text

# (line as printed, reason, where it was found)
FOUND = [
    # YouTube's embedded player (its iframe's text, on five unrelated sites' pages copied as text)
    ("Tap to unmute", "navigation", "YouTube embed"),
    ("If playback doesn't begin shortly, try restarting your device.", "navigation", "YouTube embed"),
    ("You're signed out", "navigation", "YouTube embed"),
    ("Videos you watch may be added to the TV's watch history and influence TV recommendations. To avoid this, cancel "
     "and sign in to YouTube on your computer.", "navigation", "YouTube embed"),
    ("CancelConfirm", "navigation", "YouTube embed, glued"),
    ("Include playlist", "navigation", "YouTube embed"),
    ("An error occurred while retrieving sharing information. Please try again later.", "navigation", "YouTube embed"),
    ("Watch later", "navigation", "YouTube embed"),
    ("Watch on YouTube", "navigation", "YouTube embed"),
    ("Watch on", "navigation", "YouTube embed"),
    ("8.45K subscribers", "navigation", "YouTube embed, the channel's count"),
    ("Storybook 9 is here! - YouTube", "navigation", "YouTube embed, the video's title"),
    ("Full screen is unavailable. Learn More", "navigation", "YouTube embed"),
    # carousels: Swiper's a11y messages, Splide's i18n defaults
    ("Previous slide", "navigation", "Swiper, Splide"),
    ("Next slide", "navigation", "Swiper, Splide"),
    ("This is the first slide", "navigation", "Swiper"),
    ("This is the last slide", "navigation", "Swiper"),
    ("Go to slide 3", "navigation", "Swiper, Splide"),
    ("Go to last slide", "navigation", "Splide"),
    ("Start autoplay", "navigation", "Splide"),
    ("Pause autoplay", "navigation", "Splide"),
    ("Select a slide to show", "navigation", "Splide"),
    # Joomla's article info block (com_content language strings)
    ("Hits: 1234", "blog_widget", "Joomla"),
    ("Hits: 12,045", "blog_widget", "Joomla"),
    ("Parent Category: Local News", "blog_widget", "Joomla"),
    ("Read more \u2026", "blog_widget", "Joomla"),
    # INN's Republication Tracker Tool (WordPress, Newspack), share buttons, Postmedia
    ("Republish This Story", "share", "Republication Tracker Tool"),
    ("Republish this article", "share", "Republication Tracker Tool's modal"),
    ("Republish This Story for Free", "share", "nonprofit newsrooms' box"),
    ("Creative Commons License", "share", "Republication Tracker Tool, the licence image's text"),
    ("This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.", "share",
     "Republication Tracker Tool"),
    ("Copy to Clipboard", "share", "Republication Tracker Tool"),
    ("Copied!", "share", "share buttons"),
    ("Link copied to clipboard!", "share", "share buttons"),
    ("Share this article in your social network", "share", "Postmedia papers"),
    ("This advertisement has not loaded yet, but your article continues below.", "advert", "Postmedia papers"),
    ("Advertisement 1 This advertisement has not loaded yet, but your article continues below.", "advert",
     "Postmedia papers, glued to its label"),
    # newsletter boxes: Reach plc's papers, Mailchimp's embedded form
    ("We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This "
     "may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. "
     "More info",
     "newsletter", "Reach plc papers"),
    ("We use your sign-up to provide content in ways you\u2019ve consented to and improve our understanding of you.",
     "newsletter", "Reach plc papers, later wording"),
    ("Invalid email", "newsletter", "Reach plc papers"),
    ("Something went wrong, please try again later.", "newsletter", "Reach plc papers"),
    ("No thanks, close", "newsletter", "Reach plc papers"),
    ("* indicates required", "newsletter", "Mailchimp embedded form"),
    ("Please enter a valid email address.", "newsletter", "newsletter forms"),
    # papers' links to the print replica
    ("E-Paper", "navigation", "papers' headers (India, Europe, US)"),
    ("ePaper", "navigation", "papers' headers"),
    ("Today's Paper", "navigation", "papers' headers"),
    ("Print Edition", "navigation", "papers' headers"),
    ("Read the e-paper", "navigation", "papers' headers"),
    # WordPress core and themes: screen-reader headings, search label, widgets, arrowed pager, breadcrumb prefix
    ("Post navigation", "navigation", "WordPress core (the_post_navigation)"),
    ("Posts navigation", "navigation", "WordPress core (the_posts_navigation)"),
    ("Search for:", "navigation", "WordPress core search form"),
    ("Search for:Search Button", "navigation", "WordPress search form, glued"),
    ("Recent Comments", "navigation", "WordPress widget"),
    ("\u2190 Previous Post", "navigation", "WordPress themes' pager"),
    ("Next Post \u2192", "navigation", "WordPress themes' pager"),
    ("\u00ab Older Entries", "navigation", "WordPress themes' pager"),
    ("You are here:", "navigation", "Genesis and other themes' breadcrumb prefix"),
    ("You are here: Home / News / Council votes", "navigation", "Genesis breadcrumb"),
    # Drupal, WordPress.com, Akismet
    ("Log in or register to post comments", "comments", "Drupal comment links"),
    ("Log in to like", "comments", "WordPress.com like button"),
    ("Reblog", "comments", "WordPress.com action bar"),
    ("\u0394", "comments", "Akismet's hidden spam-trap label in WordPress forms"),
    # share rows naming X, and copy-URL buttons
    ("Facebook X LinkedIn WhatsApp Email", "share", "share plugins"),
    ("* Copy link * Facebook * X * Whatsapp * Reddit * Pinterest * Flipboard * Email", "share",
     "news template's share list"),
    ("Facebook Twitter", "share", "share plugins"),
    ("Copy URL", "share", "share plugins"),
    # audio players
    ("Voiced by Amazon Polly", "reading_time", "Amazon Polly plugin for WordPress"),
    ("Listen to article", "reading_time", "text-to-speech players"),
    ("Listen to article (3 min)", "reading_time", "text-to-speech players"),
    # ConvertKit (Kit) forms, Google's preferred-source button
    ("Success! Now check your email to confirm your subscription.", "newsletter", "ConvertKit form"),
    ("We won't send you spam. Unsubscribe at any time.", "newsletter", "ConvertKit form"),
    ("Built with Kit", "newsletter", "ConvertKit form"),
    ("Add us as a preferred source on Google", "follow", "Google preferred-source button"),
    ("Add Example News as a Preferred Source", "follow", "Google preferred-source button"),
    # platform and plugin credits, subscription boxes' benefit lists, OneSignal's push prompt
    ("Proudly powered by Newspack by Automattic", "copyright", "Newspack theme footer"),
    ("Powered by WPeMatico", "copyright", "WPeMatico feed-reposting plugin"),
    ("Powered by Disqus", "copyright", "Disqus widget"),
    ("Unlimited access to all premium content", "subscriber", "paywall templates"),
    ("- Uninterrupted ad-free browsing experience", "subscriber", "paywall templates"),
    ("Cancel anytime.", "subscriber", "paywall templates"),
    ("We'd like to show you notifications for the latest news and updates.", "follow", "OneSignal slidedown"),
    ("We would like to show you notifications for the latest news and updates.", "follow", "PWA push prompt"),
    ("Subscribe to notifications", "follow", "OneSignal bell"),
    ("You're subscribed to notifications", "follow", "OneSignal bell"),
    ("Manage Site Notifications", "follow", "OneSignal bell"),
    # US chains' templates (strings that scrapers of many papers and stations strip): Gannett's share dialog,
    # comment notes and offer, Swift Communications' comment rules, Disqus, TV stations' notification prompt
    # (Hearst Television, Tegna), footers (Hearst Television, Advance Local, the FCC public-file notice)
    ("Post to Facebook", "share", "Gannett share dialog"),
    ("Cancel Send", "share", "Gannett share dialog"),
    ("Sent!", "share", "Gannett share dialog"),
    ("Posted!", "share", "Gannett share dialog"),
    ("A link has been sent to your friend's email address.", "share", "Gannett share dialog"),
    ("A link has been posted to your Facebook feed.", "share", "Gannett share dialog"),
    ("Let friends in your social network know what you are reading about", "share", "Gannett share dialog"),
    ("Settings Cancel Set", "share", "Gannett page, glued"),
    ("To find out more about Facebook commenting please read the Conversation Guidelines and FAQs", "comments",
     "Gannett comments"),
    ("Start a dialogue, stay on topic and be civil.", "comments", "Swift Communications papers"),
    ("If you don't follow the rules, your comment may be deleted.", "comments", "Swift Communications papers"),
    ("View the discussion thread.", "comments", "Disqus embed without JavaScript"),
    ("blog comments powered by Disqus", "comments", "Disqus embed"),
    ("Already a print edition subscriber, but don't have a login? Manage your account settings.", "subscriber",
     "Gannett papers"),
    ("Choose the plan that's right for you. Digital access or digital and print delivery.", "subscriber",
     "Gannett papers"),
    ("Would you like to receive desktop browser notifications about breaking news and other major stories?", "follow",
     "Hearst Television stations"),
    ("Would you like to receive local news notifications on your desktop?", "follow", "Tegna stations"),
    ("Not nowYes please", "follow", "Hearst Television stations, glued buttons"),
    ("Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions "
     "on purchases made through our links to retailer sites.", "legal_footer", "Hearst Television stations"),
    ("The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with "
     "the prior written permission of Advance Local.", "legal_footer", "Advance Local papers"),
    ("Community Rules apply to all content you upload or otherwise submit to this site.", "legal_footer",
     "Advance Local papers"),
    ("Ad Choices", "legal_footer", "AdChoices link in footers"),
    ("Viewers with disabilities can get assistance accessing this station's FCC Public Inspection File by contacting "
     "the station with the information listed below.", "legal_footer", "US TV stations' sites"),
    ("Thanks for contacting us. We've received your submission.", "reader_address", "Tegna stations' tip form"),
    # video players' control text, one control a line (video.js's language strings: Brightcove and news sites'
    # players), players' ad labels, AnyClip's credit
    ("Current Time 0:00", "navigation", "video.js"),
    ("Duration 1:00", "navigation", "video.js"),
    ("Current Time 0:00/Duration 1:00", "navigation", "video.js, glued"),
    ("Remaining Time -0:00", "navigation", "video.js"),
    ("Loaded: 6.61%", "navigation", "video.js"),
    ("Stream Type LIVE", "navigation", "video.js"),
    ("Seek to live, currently behind live", "navigation", "video.js"),
    ("descriptions off, selected", "navigation", "video.js"),
    ("captions settings, opens captions settings dialog", "navigation", "video.js"),
    ("Playback Rate", "navigation", "video.js"),
    ("Audio Track", "navigation", "video.js"),
    ("Picture-in-Picture", "navigation", "video.js"),
    ("Non-Fullscreen", "navigation", "video.js"),
    ("Unmute", "navigation", "video.js and players"),
    ("Click to unmute", "navigation", "players"),
    ("Ad 1 of 2", "navigation", "players' ad label"),
    ("Skip in 5", "navigation", "players' ad label"),
    ("Video Ad Feedback", "navigation", "players' ad label"),
    ("Powered by AnyClip", "navigation", "AnyClip player"),
    # consent banners: Complianz (WordPress), the IAB framework's paragraph (Quantcast Choice, OneTrust and others)
    ("Manage Cookie Consent", "cookie", "Complianz"),
    ("To provide the best experiences, we use technologies like cookies to store and/or access device information. "
     "Consenting to these technologies will allow us to process data such as browsing behavior or unique IDs on this "
     "site.", "cookie", "Complianz"),
    ("Functional Functional Always active", "cookie", "Complianz, glued"),
    ("Manage options", "cookie", "Complianz"),
    ("Manage {vendor_count} vendors", "cookie", "Complianz, placeholder left"),
    ("Read more about these purposes", "cookie", "Complianz"),
    ("View preferences", "cookie", "Complianz"),
    ("We and our partners store and/or access information on a device, such as cookies and process personal data, such "
     "as unique identifiers and standard information sent by a device for personalised ads and content.", "cookie",
     "IAB framework banners"),
    ("Customise", "cookie", "consent banners"),
    # recommendation widgets' disclosure (Revcontent), Google's ad-feedback buttons
    ("Sponsored by Revcontent", "advert", "Revcontent widget"),
    ("Ads by Revcontent", "advert", "Revcontent widget"),
    ("by Revcontent", "advert", "Revcontent widget"),
    ("Sponsored Content from around the web", "advert", "recommendation widgets"),
    ("Why this ad?", "advert", "Google ad feedback"),
    ("Stop seeing this ad", "advert", "Google ad feedback"),
    ("Ad closed by Google", "advert", "Google ad feedback"),
    # a date line with a dash after its label (The Hindu group's templates)
    ("Published - March 14, 2023 10:21 am IST", "date_line", "The Hindu group"),
    ("Updated - March 14, 2023 10:21 pm IST", "date_line", "The Hindu group"),
    ("Published - 14 March 2023", "date_line", "date line with a dash"),
    # Jetpack's related posts (WordPress): the category line under each story
    ('In "Linux / Redhat"', "widget_heading", "Jetpack related posts"),
    ('In "How To (Pi)"', "widget_heading", "Jetpack related posts, another site"),
    ("In \u201cLocal News\u201d", "widget_heading", "Jetpack related posts, curly quotes"),
    ("Similar post", "widget_heading", "Jetpack related posts"),
    # Ghost's themes: members' notifications at the page's foot (two unrelated Ghost sites), credit, messages
    ("Great! You've successfully subscribed.", "subscriber", "Ghost"),
    ("Great! Next, complete checkout for full access.", "subscriber", "Ghost"),
    ("Welcome back! You've successfully signed in.", "subscriber", "Ghost"),
    ("Success! Your account is fully activated, you now have access to all content.", "subscriber", "Ghost"),
    ("Success! Your billing info is updated.", "subscriber", "Ghost"),
    ("Billing info update failed.", "subscriber", "Ghost"),
    ("The Integral (C) 2022 \u2022 Published with Ghost", "subscriber", "Ghost footer"),
    ("No results for your search, please try with something else.", "subscriber", "Ghost search"),
    ("Oops! There was an error sending the email, please try later.", "subscriber", "Ghost sign-up form"),
    ("Apparently there are no posts at the moment, check again later.", "subscriber", "Ghost theme"),
    ("jamie@example.com", "subscriber", "Ghost sign-up form's placeholder"),
    # newsletter platforms' paywalls: Substack (several publications), Ghost, beehiiv
    ("Keep reading with a 7-day free trial", "subscriber", "Substack"),
    ("Subscribe to Fintech Wrap Up to keep reading this post and get 7 days of free access to the full post archives.",
     "subscriber", "Substack"),
    ("Already a paid subscriber? Sign in", "subscriber", "Substack"),
    ("Start trial", "subscriber", "Substack"),
    ("A subscription gets you:", "subscriber", "Substack"),
    ("Subscriber-only posts and full archive", "subscriber", "Substack"),
    ("This post is for paid subscribers", "subscriber", "Substack"),
    ("This post is for paying subscribers only", "subscriber", "Ghost"),
    ("This content is free, but you must be subscribed to LaunchRise News to keep reading.", "subscriber", "beehiiv"),
    ("Powered by beehiiv", "copyright", "beehiiv newsletters"),
    # TownNews BLOX papers' meter, offer and events boxes (a local-news study's strings shared across outlets)
    ("We hope that you enjoy our free content.", "subscriber", "TownNews BLOX meter"),
    ("Thank you for reading! On your next view you will be asked to log in to your subscriber account or create an "
     "account and subscribe to continue reading.", "subscriber", "TownNews BLOX meter"),
    ("If you're a current print subscriber, you can opt-in for All Access at any time.", "subscriber",
     "TownNews BLOX offer"),
    ("Sorry, no promotional deals were found matching that code.", "subscriber", "TownNews BLOX offer"),
    ("The best local, regional and national news in sports, politics, business and more.", "subscriber",
     "TownNews BLOX offer"),
    ("Have an upcoming event? Click below to share it with the community! Plus, after your event is approved, log "
     "back into your user dashboard for an opportunity to enhance your listing.", "subscriber", "TownNews BLOX events"),
    # the mark closing a wire story or release, aggregators' pointer and disclaimer
    ("\u2013 end \u2013", "end_mark", "Asian wires' copy reposted"),
    ("-end-", "end_mark", "wire copy"),
    ("-30-", "end_mark", "Canadian releases"),
    ("###", "end_mark", "US press releases"),
    ("Read more at : inquirer", "source_credit", "aggregator"),
    ("Disclaimer : We make no assurance about the completeness and accuracy of the content of this website.",
     "syndication_note", "aggregator"),
]


@pytest.mark.parametrize(("line", "reason", "where"), FOUND)
def test_platform_wording_is_furniture(line: str, reason: str, where: str) -> None:
    kind = "top_matter" if reason in {"date_line", "source_credit"} else "boilerplate"
    assert match_pattern(line) == (kind, reason), where


@pytest.mark.parametrize(
    "line",
    [
        # the player's words in news
        "Tap to unmute the microphone before you speak, the clerk told council members.",
        "Playback of the recording did not begin until the judge returned.",
        "He was signed out of the hospital on Friday, his family said.",
        "The watch history of the suspect's account was handed to police.",
        "Confirm your registration by Friday, the election office said.",
        "The playlist included songs banned by the regime.",
        "Watch later as the rocket clears the tower, the commentator said.",
        "Police will watch on as the march passes the embassy.",
        "Netflix added 8.45 million subscribers in the quarter.",
        "The channel has 54,000 subscribers, most of them in Kenya.",
        "The video was posted on YouTube on Monday.",
        # carousels' words in news
        "Next slide, please.",
        "The next slide showed the death toll rising to 40.",
        "A previous slide in the presentation had shown lower figures.",
        "Go to page 3 of the report for the full figures, the auditor said.",
        "The company paused autoplay on its app after complaints from parents.",
        # Joomla's words in news
        "Hits: the song topped the charts in six countries.",
        "The parent category of the fund was changed by the regulator.",
        "Read more about the plan on the council's website, the mayor said.",
        # republication and share words in news
        "The paper refused to republish the story after the lawsuit.",
        "The photo was shared under a Creative Commons license by the agency.",
        "The documents were copied to a USB drive, prosecutors said.",
        "The essay was copied, the professor said.",
        "She shared the article on her social network, where it spread quickly.",
        "The advertisement has not been approved by the regulator.",
        # newsletter words in news
        "Something went wrong with the brakes, the driver told police.",
        "The ballot was ruled invalid by the court.",
        "Voters must enter a valid email address to register, the commission said.",
        "No thanks were given to the volunteers, the organiser complained.",
        "We use your taxes to provide services, the mayor said in a letter to residents.",
        # WordPress and Drupal words in news
        "Search for: the missing hikers were last seen near the ridge.",
        "The search for the missing boy entered its third day.",
        "Recent comments by the minister angered farmers.",
        "The previous post office on the site closed in 1990.",
        "Next post: the ambassador was moved to Madrid in 2019.",
        "You are here: the sign at the border crossing reads in four languages.",
        "You are here because the system failed you, the judge told the defendant.",
        "Voters must register to post comments on the council's website, the clerk said.",
        "Fans were asked to log in to like the team's new kit.",
        # share and audio words in news
        "Facebook, Twitter and LinkedIn were fined by the regulator.",
        "X has sued the researchers, the company said.",
        "Email and WhatsApp messages were shown to the jury.",
        "Listen to article 5 of the treaty, the minister told the chamber.",
        "Listen to this: the council voted 5-4 to close the library.",
        "Amazon said the voice was created with Polly, its speech service.",
        # newsletter and Google words in news
        "Now check your email, the bank told customers after the breach.",
        "The spam filter blocked the warnings, investigators said.",
        "Google lets readers add outlets as a preferred source, the company said.",
        "Users can add a preferred source on Google, the company announced on Tuesday.",
        # credits, subscription and notification words in news
        "The plant is powered by wind and solar, the company said.",
        "Powered by Disqus, the comment system was hacked in 2017, the company said.",
        "Members get unlimited access to all the club's courts, the council said.",
        "Voters can cancel anytime before the deadline, officials said.",
        "Residents can subscribe to notifications from the county's alert system, officials urged.",
        "The app would show you notifications for the latest news even when switched off, researchers found.",
        # chains' template words in news
        "The post to Facebook was deleted an hour later, police said.",
        "Letters were sent! the headline read, but none arrived.",
        "The guidelines for Facebook commenting were changed in 2019, the company said.",
        "Stay on topic, the judge told the lawyers, and be civil.",
        "The discussion thread was deleted by moderators after the threats.",
        "Choose the plan that suits your family, the insurer's adviser said.",
        "Would you like to receive notifications, the survey asked, and 60% said yes.",
        "Not now, the minister said when asked about an election.",
        "The station participates in various charity programs, its manager said.",
        "Community rules apply to all residents of the park, the council said.",
        "Viewers with disabilities complained that the debate had no captions.",
        "Thanks for contacting us, the company wrote to the customer, but it never refunded her.",
        # players' words in news
        "The flight's duration 3:45 was longer than planned, the airline said.",
        "Current time limits on the river will be lifted on Monday.",
        "The audio track of the video was doctored, experts said.",
        "Click to unmute, the teacher told pupils in the online class.",
        "Loaded: the truck carried 40 tonnes of grain, police said.",
        "The captions were switched off, selected viewers complained.",
        "Skip in line at your peril, the council warned shoppers.",
        # consent words in news
        "Manage consent carefully, the regulator told the companies in its ruling.",
        "We and our partners will rebuild the bridge by 2026, the minister said.",
        "The court said the firm did not obtain consent before storing cookies.",
        "Customise your ballot, the flyer urged, but the rules forbid it.",
        # ad and date-line words in news
        "Why this ad was approved is a question for the regulator, the senator said.",
        "Visitors from around the web flocked to the site after the leak.",
        "Published - and damned, the report was leaked before the election.",
        "Updated figures - released on Monday - showed 40 deaths.",
        # Jetpack's words in news
        'In "Hamlet", the prince hesitates, the director said.',
        'The word "in" was added to the bill.',
        "A similar post was created in 2019, the ministry said.",
        # Ghost's words in news
        "Great! the mayor wrote on X after the vote, and deleted it an hour later.",
        "Welcome back, the principal told pupils on Monday.",
        "The billing info of 40,000 customers was stolen, the company said.",
        "The ghost of the old mill was published in a local paper in 1920.",
        # paywall words in news
        "Keep reading with care, the warning label says.",
        "The free trial was cancelled after 40 complaints, the regulator said.",
        "Paid subscribers lost access on Monday, the company said.",
        "Start trial proceedings against the officers, the families demanded.",
        # BLOX's words in news
        "We hope that you enjoy the festival, the mayor told visitors.",
        "On your next visit you will be asked to show ID, the hospital said.",
        "The best local players were picked for the national team.",
        "After your event is approved, the permit office sends a letter, the clerk said.",
        # end marks and aggregators' words in news
        "The End of an era, the headline said.",
        "End the war now, protesters chanted.",
        "Read more at the library, the council urged parents.",
        "The disclaimer was printed in small type, the court heard.",
        # print replica words in news
        "The paper's print edition will end in March, the publisher said.",
        "Today's paper carries a correction on page 2.",
        "The e-paper edition reached 40,000 readers in its first month.",
    ],
)
def test_news_sentences_sharing_the_words_stay(line: str) -> None:
    assert match_pattern(line) is None


LEDE = "Firefighters battled a blaze at a warehouse on Main Street on Tuesday night, the fire department said, and no one was hurt."
SECOND = "The fire started shortly after 9 p.m. and took crews nearly three hours to bring under control, according to Chief Ann Lee."
THIRD = "Investigators have not yet determined the cause, and the building's owner could not be reached for comment on Wednesday."


def test_an_embedded_players_text_between_paragraphs_leaves_the_body() -> None:
    player = [
        "Warehouse fire on Main Street - YouTube", "Example News", "8.45K subscribers", "Watch later", "Share",
        "Copy link", "Tap to unmute", "If playback doesn't begin shortly, try restarting your device.",
        "You're signed out", "CancelConfirm", "Include playlist",
        "An error occurred while retrieving sharing information. Please try again later.", "Watch on YouTube",
    ]
    cleaned = clean_text("\n\n".join(["Warehouse fire on Main Street", LEDE, SECOND, "\n".join(player), THIRD]))
    assert cleaned.body.split("\n\n") == [LEDE, SECOND, THIRD]
