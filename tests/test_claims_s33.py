"""Claims read from the eighty-eighth collection (c62b, Canadian local sites; blind first): a year compared with ("an
increase over 2022."), seasons as spans of time, a charge named by its threshold
("theft under $5,000"), "quite a few" as one vague amount, and a list of house numbers before the street."""
import pytest

from analysis.claims import find_claims


def written(text):
    return [c.number_as_written for c in find_claims(text)]


@pytest.mark.parametrize("text", [
    "The detachment responded to calls, a five per cent increase over 2022.",
    "Thefts from vehicles dropped over 2022, officers said.",
    "We have two more winters before the plant comes online.",
    "Two summers back, I was dealing with an illness.",
    "He faces possession of property obtained by crime over $5,000.",
    "She was charged with theft under $5,000 and mischief over $5,000.",
    "The alert covers 8444, 8446, 8448, 8454 Highway 93 and nearby homes.",
    "Homes at 12, 14 and 16 Elm Street were damaged.",
])
def test_not_claims(text):
    assert [w for w in written(text) if w not in ("five per cent",)] == []


@pytest.mark.parametrize("text, expected", [
    ("The crowd rose to at least 1900, police said.", ["1900"]),  # a count after "to at least" (rev25)
    ("Attendance was over 2000 people.", ["2000"]),  # "over" with something counted
    ("He stole over $5,000 in cash.", ["5,000"]),  # an amount stolen, not a charge's name
    ("Investigators allege fraud over $40,000 at the church.", ["40,000"]),  # an amount, not the Code's threshold (rev51)
    ("Membership now stands at over 1800, the club's president said.", ["1800"]),  # a count written without its comma (rev51)
    ("The hall has seating for at least 2000, officials said.", ["2000"]),
    ("Three winter storms hit the town.", ["Three"]),  # storms, not winters
    ("We had quite a few different agencies involved.", ["quite a few"]),
    ("A few people came.", ["A few"]),
    ("Police found 12, 14 and 16 people at three homes.", ["12", "14", "16", "three"]),
])
def test_claims_kept(text, expected):
    assert written(text) == expected


def test_a_fire_chiefs_car_by_its_number():
    assert written("Car 1 also reported smoke coming from the porch roof.") == []
    assert written("The car 3 people rode in crashed.") == ["3"]
    assert written("Police found 2 cars and 1 car was stolen.") == ["2", "1"]


def test_grid_coordinates_and_a_list_of_age_ranges():
    assert written("The fire threatened three homes near 6303 North and 4350 West in Ivins.") == ["three"]
    assert written("Suicide is the leading cause of death for ages 14 to 25 and 25 to 34, and fifth in people aged 35 to 44.") == []
    assert written("Children aged 5 to 11 and 40 adults were vaccinated.") == ["40"]
    # a range after a comma, or one that goes on into the sentence, counts (a second read, rev52)
    assert "60" in written("Among voters ages 18 to 29, 60 to 65 percent backed him.")
    assert "40" in written("The camp takes children ages 8 to 12, and 40 to 50 sign up each week.")
    assert written("The vote split 812 North and 655 South, officials said.")[:1] == ["812"]
