"""Furniture and claims read on the twenty-eighth to thirtieth site sets (s1075-s1119) in the session of 6 Dec 2026 from
21:12 UTC (issue 11): a reader's comment shouting in capitals under a story, a page's note of when it published the story,
a credit in capitals, a print edition's pointer, a feature's opener, other stories' cards under stamps of one day, teasers
under a heading naming them, a road's number, bus routes, a vanity phone number. Every text here is made up."""
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from tests.helpers import claim_numbers

STORY = [
    "The authorities are investigating a fire that destroyed a wooden house on Capital Hill in the city early on Saturday.",
    "A family of four were not at home when the fire broke out around 9 a.m., fire officials said at the scene.",
    "Despite the efforts of neighbours, the house and its contents were destroyed before the fire engines arrived.",
    "Two fire engines and an ambulance responded to the fire, which officers are treating as accidental.",
]


def test_comment_in_capitals_under_the_story_keeps_the_story():
    text = "\n\n".join(STORY + ["REAL SAD FR GOD PLEASE SEND ASSISTANCE TO DEM where is capital hill?"])
    body = clean_text(text).body
    assert body.startswith("The authorities are investigating")
    assert "Two fire engines" in body


def test_short_lead_in_in_capitals_still_opens_the_body():
    text = "\n\n".join(["Offers are out", "We need your help now: support our journalism today.",
                        "ROUND ONE OF the college offers were released at 2pm today for tens of thousands of students.",
                        "Almost 59,000 students received their grades on Tuesday, the office said.", "Offers can be accepted online."])
    assert clean_text(text).body.startswith("ROUND ONE OF the college offers")


def test_rows_read_on_a_regional_paper():
    assert match_pattern("This article was published today at 2:25 p.m.") == ("top_matter", "date_line")
    assert match_pattern("PHOTO BY JOHN SYKES JR.") == ("boilerplate", "caption_credit")
    assert match_pattern("Read Thursday's Arkansas Democrat-Gazette for full details.") == ("boilerplate", "print_edition")
    assert match_pattern("Photo by photo, the exhibit tells the story of the mill.") is None


def test_feature_opener_is_no_caption():
    text = "\n\n".join(["Evacuations and uncertainty", "Fires wipe out roughly 200 structures in two counties",
                        "Twice in two weeks.",
                        "Wildfires had driven the family from their home just outside the village for the second time last Thursday night.",
                        "The first evacuation came on April 11, as the fire threatened their home for the first time."])
    assert "Twice in two weeks." in clean_text(text).body


def test_cards_under_stamps_of_one_day():
    cards = []
    for title, teaser, time in (("Twelve more persons confirmed for the virus", "Twelve more persons have tested positive for the virus, the ministry said.", "22:34"),
                                ("Intelligence service says all cases are traced", "The assistant director of the intelligence service says all infected persons are traced.", "22:44"),
                                ("Adults held over videos of violence against children", "Four adults have been taken into custody over videos that circulated online.", "22:54")):
        cards += [title, title, f"Saturday, 02 May 2020 - {time}", teaser]  # the broadcaster prints each title twice
    body = clean_text("\n\n".join(["Fire in Hatton, 14 houses damaged", *STORY, *cards])).body
    assert body.endswith("treating as accidental.")


def test_timeline_under_dated_stamps_of_several_days_stays():
    entries = []
    for title, teaser, day in (("Car found at the trailhead", "Deputies found a car registered to one of the hikers in the car park.", "Friday, 01 May 2020 - 18:10"),
                               ("Helicopter joins the search", "A helicopter with a heat camera flew over the valley for six hours.", "Saturday, 02 May 2020 - 21:00"),
                               ("Hikers found alive", "Both hikers were found cold and hungry but unhurt on the ridge.", "Monday, 04 May 2020 - 07:15")):
        entries += [title, day, teaser]
    body = clean_text("\n\n".join(["How the search unfolded", *STORY, *entries])).body
    assert "Both hikers were found cold and hungry" in body


def test_teasers_under_a_heading_naming_them():
    teasers = ["The Yoruba Summit Group on Thursday called for urgent constitutional reform in the country.",
               "A leading rights advocate opened up on the secret meeting of the governors in the capital."]
    cleaned = clean_text("\n\n".join(["House destroyed by fire", *STORY, "YOU SHOULD NOT MISS THESE HEADLINES FROM THE DAILY TRIBUNE", *teasers]))
    assert cleaned.body.endswith("treating as accidental.")
    assert sum(r.reason == "box_teaser" for r in cleaned.removed) == 2


def test_claims_road_routes_and_vanity_number():
    assert claim_numbers("Gardai attended a crash on the New Line Road (R733) near the town, and 2 people were hurt.") == ["2"]
    assert claim_numbers("Bus routes 2 and 3 are affected by the closure.") == []
    assert claim_numbers("Call Crime Stoppers at (319) 358-TIPS (8477); it pays up to $1,000.") == ["1,000"]
    assert claim_numbers("The council spent R733 million on roads.") == ["733 million"]


def test_second_read_guards():
    # a long tabloid lead-in in capitals still opens the body; a reading list under "Don't miss these reads:" is the article's
    text = "\n\n".join(["Robbers jailed", "Another story: council tax to rise by 5% next year, the council says.",
                        "TWO MEN WHO ROBBED A PENSIONER IN HER OWN HOME have been jailed for a total of 14 years at the crown court.",
                        "The pair tied up the 84-year-old woman and took her savings, the court heard.", "Both admitted robbery."])
    assert clean_text(text).body.startswith("TWO MEN WHO ROBBED")
    books = ["The Salt Path follows a couple who walk the South West Coast Path after losing their home and their savings.",
             "Hamnet imagines the short life of Shakespeare's son and the grief of his mother in plague-struck Stratford."]
    text = "\n\n".join(["Our summer reading list", *STORY[:3], "Don't miss these reads:", *books])
    assert books[1] in clean_text(text).body
    assert claim_numbers("Drivers pay R1200 road tax a year.") == ["1200"]
    assert claim_numbers("On the affected routes 300 buses were withdrawn.") == ["300"]
