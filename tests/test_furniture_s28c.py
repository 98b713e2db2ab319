"""Furniture, body and claims read on the thirty-first to thirty-third site sets (s1120-s1164) in the session of 6 Dec 2026
from 21:12 UTC (issue 11): readers' comments under "Comments - 56" and bare stamps, a police appeal the general rule took,
a numbered list of the counties a story counts, thousands written with a low quotation mark, one key point under its label,
a road named by where it runs, a regional paper's call for letters and subscription appeal. Every text here is made up."""
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from tests.helpers import claim_numbers

STORY = [
    "A vehicle belonging to a supporter of a minister crashed into four other vehicles in the town late last night, police said.",
    "A woman who was injured in the crash died of her injuries this morning while being treated at the district hospital.",
    "Two motorcycles, a truck and a three-wheeler were badly damaged when the speeding vehicle lost control on the main road.",
]


def test_comments_under_a_dashed_count_and_bare_stamps():
    comments = []
    for time, words in (("09:02 AM", "Suba anagathayak to all the families who lost someone in this terrible crash today."),
                        ("12:33 PM", "They should be told to travel by bus like the good old days and save the money for the people."),
                        ("12:37 PM", "He is having a long needed rest and will wake up when the general elections are called again."),
                        ("01:15 PM", "The speed at which this country is heading towards disaster is frightening to watch every day.")):
        comments += [f"Friday, 05 February 2010 {time}", words]
    cleaned = clean_text("\n\n".join(["Speeding vehicle kills one, injures six", *STORY, "Comments - 56", *comments]))
    assert cleaned.body.endswith("on the main road.")
    assert match_pattern("Comments will be edited (grammar, spelling and slang) and authorized at the discretion of the site.") == ("boilerplate", "comments")


def test_police_appeal_with_contact_details_stays():
    appeal = "Anyone with information relating to this investigation is asked to call investigator Phil Roe at 503-555-2216 or at phil.roe@city.gov"
    body = clean_text("\n\n".join(["Man killed in crash", *STORY, appeal])).body
    assert appeal in body


def test_numbered_list_of_counties_the_story_counts():
    items = [f"{n}. {name}" for n, name in enumerate(["Nairobi", "Mombasa", "Nakuru", "Kisumu", "Nyeri", "Meru"], 1)]
    text = "\n\n".join(["Protests in 20 counties",
                        "At least six counties joined the protests on Wednesday, among them Nyeri and Meru in the Mount Kenya region.",
                        "In the Rift Valley, protests erupted in Nakuru, where police fired tear gas at crowds near the market.",
                        *items])
    body = clean_text(text).body
    assert "1. Nairobi" in body and "6. Meru" in body


def test_thousands_written_with_a_low_quotation_mark():
    body = clean_text("\n\n".join(["Fire leaves families homeless",
                                    "About 1\u201a400 people were affected by the blaze in the settlement on Sunday, the city said.",
                                    "Another fire displaced 1\u201a355 people in a second settlement nearby, officials said."])).body
    assert "1,400 people" in body and claim_numbers(body)[:2] == ["1,400", "1,355"]


def test_one_key_point_under_its_label():
    text = "\n\n".join(["Five arrested in hunt for suspects", "By Jane Roe", "What you need to know:",
                        "\u2022 The suspects were arrested in a two-day operation by a team of officers from two counties.",
                        "Police have arrested five people in an operation to find suspects believed to have crossed the border.",
                        "The operation began on Friday after a tip-off from residents, the county commander said."])
    assert clean_text(text).body.startswith("Police have arrested five people")


def test_trending_names_under_the_story_stay_out():
    # a site's trending list right under the story names people the story names, but the story does not count them
    items = ["1. William Ruto", "2. Raila Odinga", "3. Rigathi Gachagua"]
    text = "\n\n".join(["Protests in the capital", "William Ruto and Raila Odinga traded blame on Wednesday as protests spread.",
                        "Police fired tear gas at crowds near the market in the city centre, witnesses said.", *items])
    assert "1. William Ruto" not in clean_text(text).body


def test_regional_paper_rows():
    assert match_pattern("Why not have your say? Write a letter to the editor here:") == ("boilerplate", "comments")
    assert match_pattern("Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:") == ("boilerplate", "reader_appeal")
