"""Claims: a spaced thousands comma, a money range with its sign twice, tallies between dashes,
school grades, hotlines and phone numbers written as one run of digits (the site sets, s25)."""
import pytest

from analysis.claims import find_claims, parse_number


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        # a thousands comma the page's copy spaced: one number, and only groups of zeros are read so
        ('"The cost of production is $90, 000 per acre," he said.', ["90, 000"]),
        ("The club scored 5, 000 runs in the season.", ["5, 000"]),
        ("They named 5, 12 and 40 as winning numbers.", ["5", "12", "40"]),
        # a money range with its sign written again
        ("Fruit sold for $3-$5 along the roadside.", ["3-$5"]),
        # a vote's tally between dashes; a count after a dash stays a count
        ("The committee's vote was 5 \u2014 2 with Councillors Mann and Swanson opposed.", []),
        ("The request was approved in a 6 \u2013 1 vote.", []),
        ("The budget was approved 6 \u2014 1 with one councillor opposed.", []),
        ("The toll rose to 12 \u2014 5 of them children.", ["12", "5"]),
        # school grades named by their numbers, as a range too
        ("The district has 8,000 students in grades 9 through 12.", ["8,000"]),
        ("Pupils in grades 6-8 return on Monday.", []),
        # a hotline's number, and phone numbers as one run of digits; a count that large keeps its noun
        ("Call the hotline 911 or the police.", []),
        ("Contact the police at 2665164, 2665165 or the station.", []),
        ("The census counted 2665165 people.", ["2665165"]),
        ("The ministry paid Rs 2500000 to the families.", ["2500000"]),
        # a second read: a run of digits is a phone's only with a phone's cue; money, a population, a jackpot count
        ("The population reached 1400000 in 2020.", ["1400000"]),
        ("They had to pay Sh1500000 each.", ["1500000"]),
        ("Call the office at 882-6272 to arrange a delivery.", []),
        ("Damage was estimated at 500-1000.", ["500-1000"]),
        ("Fines range from 100-2500.", ["100-2500"]),
        # two amounts, the second lower, stay one claim
        ("Admission is $12 - $8 for seniors.", ["12 - $8"]),
        # a second read: an id's numbers joined by "to" only when nothing is counted after; a label's only then too
        ("The audience grew in season 2 to 4.5 million viewers.", ["4.5 million"]),
        ("The plan would extend Section 8 to 400 more families.", ["400"]),
        ("Pupils in classes 9 to 12 will sit exams in May.", []),
        ("Under Stage 3 to 10 people may meet.", ["10"]),
        ("Under the bylaw 30 trees were felled.", ["30"]),
        ("Across all grades 1,200 students sat the test.", ["1,200"]),
        ("Under the new ordinance 50 food trucks can park downtown.", ["50"]),
        ("Since Covid 1,500 restaurants have closed.", ["1,500"]),
        # a count after a dash stays a count, whatever voting word stands before
        ("The death tally rose to 340 \u2014 12 more than on Friday.", ["340", "12"]),
        ("The truck carried 240 \u2014 60 more than its limit.", ["240", "60"]),
        ("Measure A passed 62 \u2014 38 percent.", ["62", "38 percent"]),
        ("The bill passed 9 \u2014 0.", []),
        ("The levy passed 1,204 \u2014 988 after a recount.", []),
        # an id's range spans a few numbers; what the id came to is counted
        ("Audiences rose for episode 3 to 6.2 million, the broadcaster said.", ["6.2 million"]),
        ("The limit will be cut between junctions 10 and 12 to 50mph.", ["50"]),
        ("Grades 3 to 5 will be taught in the new wing.", []),
        ("Two new hotlines were set up.", ["Two"]),
        # a local phone number; a range that wide with its noun stays a count
        ("Leave it on the crime line at 882-6217 or call the office.", []),
        ("Crowds of 500-1000 people gathered.", ["500-1000"]),
        # a bylaw by its number, a clock's "a.m" without its last stop, the disease's name written apart
        ("Council gave bylaw 1092 a first reading.", []),
        ("He will be arraigned at 9 a.m, and will face a charge.", []),
        ("Covid 19 cases rose to 12 in the district.", ["12"]),
        ("Owners were fined for contravening Covid -19 regulations.", []),
    ],
)
def test_numbers_read(sentence, numbers):
    assert [c.number_as_written for c in find_claims(sentence)] == numbers


def test_values_of_the_new_shapes():
    assert parse_number("90, 000") == 90000.0
    assert parse_number("3-$5") == 3.0
