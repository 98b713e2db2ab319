"""Read on the thirty-fourth to thirty-sixth site sets (s1165-s1209) in the session of 6 Dec 2026 from 21:12 UTC (issue 11):
a station's story printed under a playlist of cut titles, an hour told by the day's part, a county's 911 service, a
highway's marker, an advert's label, an invitation to a messaging channel. Every text here is made up."""
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from tests.helpers import claim_numbers


def test_story_under_a_playlist_of_cut_titles_stays():
    playlist = []
    for length, title in (("1:24", "Habitat for Humanity holds groundbreaking for Elkhart County..."),
                          ("5:27", "The Bergamot returns to roots with an album release and a tour..."),
                          ("3:34", "Military members and vets get free professional golf training..."),
                          ("1:51", "Dry, warmer weather to contribute to allergies during the fall..."),
                          ("3:46", "Fashion farm shares its plans for the future of the old barn..."),
                          ("1:45", "Public comments on a teacher's social media post at the board...")):
        playlist += ["-", length, title]
    story = ["ST. JOSEPH COUNTY, Ind. --- The crash team has been called out to a two vehicle crash involving a car and a motorcycle.",
             "Officers are investigating the scene in the area of McKinley Highway and Cedar Trail, police said.",
             "Roads are expected to be closed for several hours. Drivers are asked to avoid the area."]
    text = "Crash team investigating two car crash on McKinley Hwy\nBy: Jane Roe\nPosted: Dec 11, 2021 6:15 PM EDT\n" + "\n".join(playlist + story)  # one block, as the page store gives it
    body = clean_text(text).body
    assert "Officers are investigating the scene" in body and "Roads are expected to be closed" in body


def test_hour_told_by_the_day_part_and_services():
    assert claim_numbers("The crash happened about 5 Wednesday morning, between the exits, and 2 people were hurt.") == ["2"]
    assert claim_numbers("Police arrested about 12 Tuesday evening after the match.") == ["12"]
    assert claim_numbers("Cabell 911 also confirmed a second crash near mile marker 25.") == []
    assert claim_numbers("There were 12 confirmed heat deaths.") == ["12"]


def test_rows_advert_label_and_messaging_channel():
    assert match_pattern("SPONSOR AD") == ("boilerplate", "advert")
    assert match_pattern("Join Daily Trust WhatsApp Community For Quick Access To News and Happenings") == ("boilerplate", "call_to_action")


def test_wordpress_last_modified_note():
    assert match_pattern("Gardai hospitalised after overnight crash was last modified: June 18th, 2018 by Staff Writer") == ("top_matter", "date_line")
    assert match_pattern("The law was last modified: in 2019 by parliament, the minister said.") is None
