"""Numbers that are no counts, and spelled compounds, read on the site sets' claims not genuine (session of
7 Dec 2026, issue 11): phone numbers a comma closes or written in two groups, a police log's number, ages in
a list of named people, the youngest's and the oldest's ages, a road's marker, "100 per cent" said for
emphasis; and American compounds ("Two hundred sixty-eight") read as one number."""
import pytest

from analysis.claims import find_claims, parse_number
from analysis.pagecheck import number_key


def _numbers(text):
    return [c.number_as_written for c in find_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        # phone numbers
        "Witnesses should contact Crime Stoppers on 1800 333 000, or via the Crime Stoppers website.",
        "Anyone with information can contact the Garda Station 058 486 00, the Confidential Line or the local station.",
        "All croc sightings in the Katherine region can be reported to 8973 8888.",
        "Please contact us on 200 72500 or online.",
        # a police log's number
        "Anyone with footage is asked to report it to police online or via 101, quoting 168 of 02/08.",
        "Please contact 101, quoting police reference 1672 of 18/12/19.",
        "The reference number to quote is 158 of April 11.",
        # ages
        "Kenneth Matovu, 26, Simon Peter Ekarot, 27 and Leo Kabunga, 40, were all sports journalists.",
        "The dead were Lai Mun Fai, 28; Eng Siew Hooi, 31 and Leong Man Yuen, 27, police said.",
        "Officers found the men, aged 31, 36, and 55, at the scene.",
        "The youngest person was 17 and the oldest 63.",
        # a road's marker
        "Traffic is stopped between Mile Marker 105 and 111 on the interstate.",
        "Crashes included one on Feb. 6 at milepost 124 and one Sept. 9 at milepost 105.",
        # "100 per cent" as emphasis
        "The information is provided 100 per cent anonymously.",
        "This incident was 100 per cent avoidable, and we said so.",
        "You can call Crimestoppers, which is 100% anonymous, on the hotline.",
        "I am 100 percent sure he was there.",
    ],
)
def test_no_count(text):
    assert _numbers(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a share stays a claim
        ("The company gave 100 percent of the proceeds to charity.", "100 percent"),
        ("The city runs on 100% renewable energy.", "100%"),
        ("The vaccine was 100 percent effective in the trial.", "100 percent"),
        ("The firm is 100 percent locally owned.", "100 percent"),
        ("Turnout rose to 100 percent monthly.", "100 percent"),
        # a number then a noun counts, whatever the phone shape
        ("In 2021 1200 people were evacuated.", "1200"),
        ("Revenue was 8973 dollars, up from 8888 dollars.", "8973"),
        # a tally by parties and the oldest's count of things
        ("The oldest 50 trees were cut down.", "50"),
        ("The youngest team had 17 players.", "17"),
        ("Officials said 31 and 36 people were hurt in the two blasts.", "31"),
        ("A mile 54 miles long is no mile.", "54"),
        # a second read (rev43): amounts in spaced thousands, a year then a count, scores by name, an age then a
        # count, the oldest's count, shares in -ly, numbers after an id's comma
        ("The bridge would cost \u20ac12 500 000, well over the original budget.", "12 500 000"),
        ("The deal is worth 125 000 000, the minister told parliament.", "125 000 000"),
        ("Burglaries numbered 980 in 2021 and in 2022 1450.", "1450"),
        ("Leading rebounders were Anthony Davis, 14 and LeBron James, 11, in the win.", "14"),
        ("A girl aged 12, and 30 classmates were taken to hospital.", "30"),
        ("The oldest school enrolled 300 and the youngest 120.", "120"),
        ("Rents rose 50 per cent and 100 per cent respectively.", "100 per cent"),
        ("House prices have risen 100 per cent nationally since 2010.", "100 per cent"),
        ("The restaurant serves 100 percent locally grown produce.", "100 percent"),
        ("At milepost 88, 14 people were hurt in the crash.", "14"),
        ("A hundred twenty protesters were detained.", "A hundred twenty"),
    ],
)
def test_still_counts(text, number):
    assert number in _numbers(text)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Two hundred sixty-eight other houses were partially damaged.", "Two hundred sixty-eight", 268.0),
        ("One thousand two hundred people came to the rally.", "One thousand two hundred", 1200.0),
        ("Three thousand four hundred and six votes were cast.", "Three thousand four hundred and six", 3406.0),
        ("Five hundred fifty thousand people fled.", "Five hundred fifty thousand", 550000.0),
        ("Two hundred and fifty soldiers left.", "Two hundred and fifty", 250.0),
        ("He gave a million four hundred thousand dollars.", "a million four hundred thousand", 1400000.0),
        ("Two thousand twenty-five people came.", "Two thousand twenty-five", 2025.0),
    ],
)
def test_spelled_compounds(text, written, value):
    claims = find_claims(text)
    assert [(c.number_as_written, c.value) for c in claims] == [(written, value)]


def test_chain_stops_at_a_second_number():
    # after "thousand" without "and" only hundreds or tens go on: "two thousand three times" is two numbers
    assert [c.number_as_written for c in find_claims("The army lost two thousand three times in a month.")][0] == "two thousand"


def test_compound_values():
    assert [parse_number(x) for x in ("two hundred", "twenty five thousand", "two lakh fifty thousand", "a thousand and one")] == [200.0, 25000.0, 250000.0, 1001.0]


def test_number_key_reads_dashes_and_the():
    # the labels copy the page's en dash and keep "the" before a number word; the finder writes "-" and drops it
    assert number_key("250\u2013400") == number_key("250-400")
    assert number_key("the billions") == number_key("billions")
    assert number_key("the 1990s") == "the1990"  # "the" only before a word
