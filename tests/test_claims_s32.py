"""Numbers that name something, read on the site sets' claims not genuine (session of 7 Dec 2026 from 06:15
UTC, issue 11): a road's kilometre peg or post, a road named again by its number alone, a station's channel
after its call sign, a gun's or a shell's calibre; and from the seventy-third to seventy-fifth collections, fire
stations and companies by their numbers, the first of two house numbers, a numbered avenue with its compass point,
a house number on a street the text named with its kind. Each with the counts that must stay."""
import pytest

from analysis.claims import find_claims


def _numbers(text):
    return [c.number_as_written for c in find_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a road's marker after its distance
        "The van crashed near the 65 kilometre post near the interchange this morning.",
        "The fatal accident unfolded at the 267-kilometer peg along the Masvingo-Beitbridge Road.",
        "Upon approaching the 198 km peg he had a head on collision with a haulage truck.",
        "The truck overturned near the 105 mile marker.",
        # a road named before by its number, then by the number alone
        "The crash was on Highway 101 in Santa Barbara County. The southbound 101 was closed for hours.",
        "A driver was reported on Highway 101. The crash happened later, on the 101 near Betteravia Road.",
        "The crash was on U.S. Route 219. Traffic was backed up onto 219.",
        "It happened between the Route 56 bypass and the Elton exit; traffic backed up onto the 56 off-ramp.",
        # a station's channel after its call sign
        "A witness told WAAY 31 the man hit a mailbox before going into the creek.",
        # a calibre
        "Police recovered a Glock pistol, three 9mm rounds of ammunition, and the vehicles.",
        "Police found 9mm fired cartridge cases on the scene.",
        "He carried a 9 mm pistol in his bag.",
        "Officers seized a 22-calibre rifle from the car.",
        # stations and fire companies by number
        "It required firefighters from Stations 3, 4 and 1 on Sunday.",
        "Crews from Engine Company 8 responded.",
        # house numbers and numbered avenues
        "He notes both houses, 61 and 65 Park Hill Crescent, sustained extensive damage.",
        "Crews responded to a large garage fire on 14 Avenue South on Sunday.",
        "There was a fire in the 700 block of Buffalo Street. The fire at a vacant house, 712 Buffalo, was reported early.",
        # a road named in lower case, then by its number after a direction
        "A car crossing highway 12 hit a truck traveling north on 12 which caused the collision.",
        # a house number, a compass point and the street's name (the eighty-fifth collection, s1934)
        "The building is located at 424 S. Grand, according to county records.",
    ],
)
def test_a_number_that_names_a_marker_a_road_a_channel_or_a_calibre_is_no_claim(text):
    assert _numbers(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # distances and counts beside the same words
        ("He walked 20 miles to the post office.", ["20"]),
        ("The road was closed for 12 km past the marker.", ["12"]),
        # the road's number counting something, or counted after "of the"
        ("Crashes on Route 40 are common: the 40 people hurt were treated.", ["40"]),
        ("Interstate 75 was shut. Of the 75, 10 died.", ["75", "10"]),
        ("The crash on Highway 101 hurt 101 people.", ["101"]),
        ("Highway 12 was closed. Officers took the 12 suspects away.", ["12"]),
        # a number after other capitals, or a channel counting people
        ("WADA said 10 athletes failed tests.", ["10"]),
        ("The WHO 5 experts arrived.", ["5"]),
        # measures in millimetres
        ("Rain totals reached 9mm in the city.", ["9"]),
        # a station or a street's name counting, or the road's number counting after a direction
        ("At the station 12 people waited.", ["12"]),
        ("Sales of 61 and 65 Main Street homes rose.", ["61", "65"]),
        ("In Buffalo Street news, 300 Buffalo residents came.", ["300"]),
        ("Highway 12 was closed, and the team drove north on 12 buses.", ["12"]),
        ("Police met 30 S. Korean nationals at the port, and at 40 N. Carolina farms.", ["30", "40"]),
        ("It rained 30mm and shells fell on the town.", ["30"]),
        ("The army fired 20 artillery shells.", ["20"]),
    ],
)
def test_counts_beside_those_words_stay(text, numbers):
    assert _numbers(text) == numbers
