"""Furniture read from the eighty-eighth collection (c62a-c, measured blind first): a letter to the reader that ends in
an appeal, the writer's name over an author box that names them, other stories' titles over their teasers closing the
page, a bare "COURTESY" credit, "People are also reading..." with its ellipsis, a skip link printed twice; with the
body each must keep."""
from analysis.boilerplate import classify_units
from analysis.clean import clean_text

STORY = ("Police arrested two men on Monday after a vehicle was stopped on the highway near the border, officials said.\n\n"
         "Officers found 1.8 kilograms of heroin hidden in a compartment under the seats, the police said in a statement.\n\n")
APPEAL = ("Dear Reader,\n\nOver the past four years, we revolutionised the coverage of the region, and you, our readers, say so.\n\n"
          "Now, we need your help to sustain what you started.\n\nWe are fiercely protective of our independent status.\n\n"
          "Support independent journalism, subscribe to EastMojo.\n\n")


def removed(text):
    return {r.text: r.reason for r in clean_text(text).removed}


def test_a_letter_to_the_reader_closed_by_an_appeal_goes_with_it():
    gone = removed(STORY + APPEAL + "Two individuals were apprehended and legal action is under way, police said.")
    assert gone["Dear Reader,"].endswith("+letter") and gone["Now, we need your help to sustain what you started."].endswith("+letter")
    assert "We are fiercely protective of our independent status." in gone
    assert "Two individuals were apprehended" in clean_text(STORY + APPEAL + "Two individuals were apprehended and legal action is under way, police said.").body


def test_a_letter_to_readers_quoted_in_a_story_stays():
    letter = ("Dear readers,\n\nAfter 120 years, we will print our last edition on Friday, the publisher wrote.\n\n"
              "We thank you for your loyalty over the decades.\n\nThe paper's owner said the website would close too.")
    body = clean_text(STORY + letter).body
    assert "Dear readers," in body and "We thank you for your loyalty over the decades." in body


def test_the_writers_name_over_an_author_box_that_names_them():
    text = STORY + "Crews are out working to restore power, and the utility asks for patience.\n\nLeith Dunick\n\nAbout the Author: Leith Dunick\n\nA proud Nova Scotian who has called Thunder Bay home since 2002, Leith is the director of news."
    gone = removed(text)
    assert {"Leith Dunick", "About the Author: Leith Dunick"} <= set(gone)
    assert any(t.startswith("A proud Nova Scotian") for t in gone)


def test_a_name_over_another_heading_stays():
    text = STORY + "Mayor Jane Roe said the town would pay for the repairs.\n\nJane Roe\n\nAbout the Author: Leith Dunick\n\nLeith is the director of news."
    assert removed(text).get("Jane Roe") != "author_box"  # (a lone name line goes as a short line, whatever its place)


TEASERS = ("Broncos Bus Crash Victims Honoured Today in Swift Current\n\n"
           "The 30th anniversary of a local tragedy is being observed today in Swift Current, where a bus crash took the lives of four Swift Current Broncos at the time.\u2026\n\n"
           "Swift Current Business Victim of a Break-In\n\n"
           "During the night of December 28, a business in the 1000 block of Central Avenue North was broken into. The suspects gained entry by damaging a rear\u2026\n\n"
           "Swift Current's Outdoor Rinks Are Now Open\n\n"
           "With winter officially under way, the city has opened its outdoor rinks, which will keep a holiday schedule from\u2026\n\n"
           "Motor Vehicle Accident Near Shaunavon")


def test_other_stories_titles_over_their_teasers_closing_the_page():
    """Each teaser clipped by an ellipsis (Swift Current Online, s1990)."""
    cleaned = clean_text("Faulty wiring is blamed for the church fire\n\n" + STORY + TEASERS)
    assert "bus crash" not in cleaned.body and "outdoor rinks" not in cleaned.body and "broken into" not in cleaned.body
    assert "1.8 kilograms of heroin" in cleaned.body
    assert {r.reason for r in cleaned.removed if "bus crash" in r.text or "outdoor rinks" in r.text} == {"promo_card"}


def test_a_story_whose_sections_go_on_keeps_them():
    sections = ("Faulty wiring is blamed for the church fire\n\n" + STORY + "What Happens Next\n\n"
                "The council will meet on Tuesday to decide whether the church can be rebuilt on the same site, the mayor said.\n\n"
                "The congregation has moved its services to the school gym for now, and a fund has raised $40,000 so far.")
    body = clean_text(sections).body
    assert "The council will meet on Tuesday" in body and "a fund has raised $40,000" in body


def test_short_credit_and_widget_lines():
    units = ["Skip to main contentSkip to main content", "Students working to rebuild the camp",
             "The fire destroyed the camp near Halsey.", "COURTESY",
             "Because so many youth groups use the camp, students have launched a campaign to rebuild it, a press release said.",
             "People are also reading\u2026", "Proceeds will go to the foundation's fund, the organisers said on Monday."]
    verdicts = classify_units(units)
    assert [v.reason for v in verdicts][0] == "pattern:skip_link"
    assert verdicts[3].reason == "pattern:caption_credit" and verdicts[5].reason == "pattern:widget_heading"
    assert verdicts[4].keep and verdicts[6].keep
    said = classify_units([units[2], "Courtesy of the family, the photos were shared with the paper on Monday.", units[4]])
    assert said[1].keep
