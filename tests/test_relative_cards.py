"""Other stories' cards printed as a title over a stamp of relative time over a teaser, below the
body (Gray TV's sites: "Staunton City Hall reopens" / "Updated: 10 minutes ago" / teaser; s382)."""
from analysis.clean import clean_text

LEAD = ("HARRISONBURG, Va. (WHSV) - We talk with the Shenandoah Riverkeeper about a new initiative called the Respect "
        "the Shenandoah Campaign, which asks visitors to carry out what they carry in.")
SECOND = ("The campaign runs through the summer along the river's public access points, the riverkeeper said, and volunteers "
          "will hand out bags at the busiest of them on weekends.")


def _page(cards: list[str]) -> str:
    return "\n\n".join(["1on1: Respect the Shenandoah Campaign", "By Bob Corso", LEAD, SECOND, *cards])


def test_cards_under_relative_stamps_go_even_when_their_teasers_run_long():
    long_teaser = ("Face coverings of some kind will be required in indoor public spaces in West Virginia beginning July 7. "
                   "The governor made the announcement on Monday during his briefing. ") * 4
    cards = ["Staunton City Hall reopens", "Updated: 10 minutes ago",
             "Employees were back in the building today getting used to some new safety procedures.",
             "Mask mandate | W.Va. governor issues order", "Updated: 10 minutes ago", long_teaser.strip(),
             "Watch WHSV late evening forecast", "Updated: 11 minutes ago", "Charlie Daniels dies", "Updated: 13 mi"]
    cleaned = clean_text(_page(cards))
    assert cleaned.body.split("\n\n") == [LEAD.split(" - ", 1)[1], SECOND]
    assert sum(r.reason == "promo_card" for r in cleaned.removed) == 2


def test_a_live_blogs_entries_and_an_articles_own_update_stay():
    entries = ["Campaign launched at the river", "Updated: 10 minutes ago",
               "The riverkeeper launched the Respect the Shenandoah Campaign at the river's access points this morning.",
               "Visitors asked to carry out rubbish", "Updated: 25 minutes ago",
               "Visitors to the Shenandoah were asked by the riverkeeper to carry out what they carry in."]
    cleaned = clean_text(_page(entries))
    assert entries[2] in cleaned.body and entries[5] in cleaned.body
    # one stamp only is no list of cards
    cleaned = clean_text(_page(entries[:3]))
    assert entries[2] in cleaned.body


def test_a_live_blog_of_other_races_stays():
    """A second read: an election night's blog, each entry another race under its stamp, shares few words with
    its intro; it names itself a live blog, and stays."""
    page = "\n\n".join([
        "Live updates: election night in the county",
        "Polls closed at 8 p.m. and results are coming in from every precinct in the county tonight.",
        "Our reporters are at the count and will bring the results as they are announced by the clerk.",
        "Mayor's race too close to call", "Updated: 10 minutes ago",
        "With half the precincts reporting, the incumbent leads her challenger by 58% to 42%.",
        "School levy passes easily", "Updated: 25 minutes ago",
        "Voters approved the $40 million school levy, 46% of ballots counted so far.",
    ])
    cleaned = clean_text(page)
    assert "the incumbent leads her challenger" in cleaned.body and "Voters approved the $40 million school levy" in cleaned.body
