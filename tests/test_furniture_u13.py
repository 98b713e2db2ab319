"""Furniture left on the thirteenth and fourteenth rounds' dev pages, named as the platforms and page
templates print it (a theme's search-box hint, an advert slot's continuation label, a form's GDPR
consent box, an archive's or a print edition's pointer, a support or shop appeal, a link to the
document a story is about, a repost's "Full story in ...", a gallery link, a caption closed by its
agency in brackets, a live page's time stamps), each table with the wording of other sites too and
with body sentences of war, crime, election, business and sport news that share its words and
must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern
from analysis.clean import clean_text

BODY = (
    "Rescuers pulled 12 survivors from the rubble of the collapsed market on Tuesday, officials said. "
    "The fire service said the search would go on through the night as cranes lifted the slabs."
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a theme's search box (WordPress and HTML themes print its hint as a line)
        ("Input your search keywords and press Enter.", "navigation"),
        ("Hit enter to search or ESC to close", "navigation"),
        ("Type & Hit Enter", "navigation"),
        ("Press Enter to search", "navigation"),
        ("Search teams will enter the mine at dawn, the ministry said.", None),
        ("Type the keywords into the form and press enter, the clerk told the court.", None),
        # an advert slot's label between two paragraphs
        ("Article continues after advertisement", "advert"),
        ("Story continues below advertisement", "advert"),
        ("Content continues after advertisement...", "advert"),
        ("Advertising revenue continues to fall after the advertisement ban, the company said.", None),
        ("The article continues a series of reports on the budget.", None),
        # a comment, contact or newsletter form's consent box (GDPR and Akismet plugins)
        ("I accept that my given data and my IP address is sent to a server in the USA only for the purpose of spam "
         "prevention through the Akismet program.More information on Akismet and GDPR.", "comments"),
        ("I accept the Privacy Policy", "comments"),
        ("I consent to having this website store my submitted information so they can respond to my inquiry.", "comments"),
        ("I agree to the storage and handling of my data by this website.", "comments"),
        ("I agree that the privacy policy needs an overhaul, the senator told reporters.", None),
        ("I accept the verdict of the court and I will not appeal.", None),
        # an archive's or paywall's notice that the rest of the story is for subscribers
        ("(Full text of the story is now in CNA English news archive. To view the full story, you will need to be a "
         "subscribed member of the CNA archive. To subscribe, please read here.)", "subscriber"),
        ("To read the full article, you need to be a subscriber.", "subscriber"),
        ("The full text of the report is available on the ministry's website.", None),
        ("The full text of the article is available in the journal Nature.", None),
        # a pointer to the printed or digital edition for the rest of the story
        ("For more on this story, purchase a copy of today's the Fiji Times or subscribe to our e-Edition.", "print_notice"),
        ("For the full story, pick up a copy of this week's Gazette.", "print_notice"),
        ("This story is only available in print.", "print_notice"),
        ("Read the full story in today's print edition.", "print_notice"),
        ("For more details, see the report published by the ministry on Tuesday.", None),
        ("For the full year, the company expects to buy a copy of its rival's software.", None),
        # the outlet asking for support or sending its reader to its shop
        ("Support The Reykjavík Grapevine!", "reader_appeal"),
        ("Buy subscriptions, t-shirts and more from our shop right here!", "reader_appeal"),
        ("Visit our online store", "reader_appeal"),
        ("Please support independent journalism!", "reader_appeal"),
        ("Support for the ruling party fell to 31 per cent.", None),
        ("Visit our store on Main Street, the owner urged shoppers.", None),
        ("Customers can buy bread from our shop until noon, the baker said.", None),
        # a link to the document a story is about
        ("Read the press release []", "link_here"),
        ("Read the full statement here", "link_here"),
        ("Download the report (PDF)", "link_here"),
        ("Read the statement aloud, the judge told the clerk before the verdict.", None),
        # a repost naming where its copy comes from; a blog's label over what it quotes
        ("Full story in The Guardian, 13 July 2018.", "source_credit"),
        ("Read the full article at Reuters", "source_credit"),
        ("From the article:", "source_credit"),
        ("From the story of the flood, the town learnt to build higher.", None),
        # a link to a story's picture gallery
        ("Red Sydney gallery", "photo_link"),
        ("Storm damage photo gallery", "photo_link"),
        ("The National Gallery", None),
        ("The new gallery", None),
        # a caption closed by its agency or picture library in round brackets, no sentence end before it
        ("Nyad in action (AP)", "caption_credit"),
        ("Diana Nyad thanks her crew less than two miles off Key West (AFP)", "caption_credit"),
        ("Rescuers search the rubble in Antakya on Tuesday (Reuters/Umit Bektas)", "caption_credit"),
        ("Mr. Kim waves to supporters in Seoul (Getty Images)", "caption_credit"),
        ("Police said the men were arrested at the border (Reuters).", None),
        ("Five suspects were charged with burglary on Wednesday, court records show (Reuters)", None),
        ("The ministry said 40 people died in the floods (AFP)", None),
        ("The talks resumed on Monday in Geneva after a pause of two weeks (WHO)", None),
        # a live page's time stamp over an entry
        ("10:32 a.m. Thursday", "live_stamp"),
        ("6:01 p.m.", "live_stamp"),
        ("11 a.m.", "live_stamp"),
        ("9:15 p.m. EDT", "live_stamp"),
        ("At 10:32 a.m. Thursday the polls closed.", None),
        ("10 a.m. is when the vote opens, officials said.", None),
        # AP's archive picture marked 'FILE - ' before its caption
        ("FILE - This undated image provided by OceanGate Expeditions in June 2021 shows the company's Titan submersible.", "caption"),
        ("File photos show the same bridge in 1990 and today, the council said.", None),
        # a call to tag friends in the comments, after a question to the reader
        ("Wanna enjoy some durians with someone? Tag them in the comments section below!", "reader_address"),
        ("Know a friend who would love this? Tag them in the comments!", "reader_address"),
        ("Wanna bet?", None),
        ("Tag them, the officer told the rangers, so we can follow the herd.", None),
    ],
)
def test_platform_and_template_furniture(line: str, reason: str | None) -> None:
    found = match_pattern(line)
    assert (found[1] if found else None) == reason


def test_live_page_stamps_go_and_every_entry_stays() -> None:
    """The time stamps over a live page's entries go; the entries stay, the last one too (read past
    as a caption is, a stamp is no evidence that its neighbours are furniture)."""
    page = "\n\n".join([
        "Officials are still searching for a tourist submersible that went missing on Sunday.",
        "The vessel was believed to have enough oxygen on board to last 96 hours, the coast guard said.",
        "11:03 a.m. Thursday",
        "Divers say there are ways the five passengers can conserve oxygen",
        "The human body makes every effort to keep its core temperature, so shivering raises oxygen demand, he said.",
        "10:32 a.m. Thursday",
        "French deep sea robot joins search for missing submersible",
        "A French deep sea robot that can dive to 6,000 meters has joined the search for the missing submersible.",
    ])
    cleaned = clean_text(page)
    assert [r.text for r in cleaned.removed] == ["11:03 a.m. Thursday", "10:32 a.m. Thursday"]
    assert "French deep sea robot joins search" in cleaned.body and "has joined the search" in cleaned.body


def test_caption_under_a_glued_date_goes() -> None:
    """A date glued before the first line (a page store's stamp, a publication date) does not hide the
    caption after it."""
    cleaned = clean_text("date 2023-06-22 FILE - This undated image provided by the company shows its submersible.\n\n" + BODY)
    assert cleaned.body.startswith("Rescuers pulled 12 survivors")
    assert any("This undated image" in r.text for r in cleaned.removed)


def test_captions_closed_by_agency_go_from_inside_the_body() -> None:
    page = "\n\n".join([
        "Diana Nyad stepped ashore in Key West on Monday, about 53 hours after she began her swim in Havana on Saturday.",
        "As she approached the shore, spectators surrounded her in the water, taking pictures and cheering her on.",
        "Diana Nyad thanks her crew less than two miles off Key West (AFP)",
        "It was her fifth try to complete the swim of about 110 miles. She tried three times in 2011 and 2012.",
        "Nyad in action (AP)",
        "Her doctors said earlier on Monday that her tongue and lips were swollen, slurring her speech.",
    ])
    cleaned = clean_text(page)
    assert [r.reason for r in cleaned.removed] == ["pattern:caption_credit", "pattern:caption_credit"]
    assert cleaned.body.count("\n\n") == 3
