"""Claims: unit names, glued currency codes, phones, o'clock and ages after named people (s23)."""
import pytest

from analysis.claims import find_claims


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        # a military unit named by its number, words of its name between
        ("Marines of 45 Commando and 3 Para landed at dawn.", []),
        ("Soldiers of 16 Air Assault Brigade flew to Cyprus.", []),
        ("The region's fire service sent 12 Brigade crews to the blaze.", ["12"]),
        ("The army sent 5 battalions to the border.", ["5"]),
        # ISO codes written onto an amount
        ("The fine was GBP500 for each offence.", ["500"]),
        ("The authority earned UGX2.4 billion from licences.", ["2.4 billion"]),
        ("Brazil's central bank set aside BRL1.2 billion for the scheme.", ["1.2 billion"]),
        ("The hospital bought 3 AED2.0 defibrillators for its wards.", ["3"]),
        ("The site still runs PHP7 on its servers.", []),
        ("Customs seized goods worth PHP5,000 at the port.", ["5,000"]),
        # a phone number, an area code in brackets and the line in one group
        ("Anyone with information should call (02) 60492600.", []),
        # a time written without the apostrophe
        ("The march set off at 7 oclock in the evening.", []),
        # ages after two people named
        ("Mr Patel and Mr Okafor, 52 and 47, were charged with fraud.", []),
        ("Dr Amina Yusuf and Prof Leo Brandt, 61 and 58, shared the prize.", []),
        # two capitalised words name a party, a club or a place as often as a person (rev26)
        ("Sinn Fein and Fine Gael, 39 and 38, were the largest parties.", ["39", "38"]),
        ("Real Madrid and Atletico Madrid, 35 and 11, respectively, have won the league.", ["35", "11"]),
        # a unit's name ends at its word; a noun after it is what the number counts (rev26)
        ("The club has won 10 Division One titles since the war.", ["10"]),
        ("More than 60 Fire Brigade personnel attended the blaze.", ["60"]),
        ("Men of 2 PARA and 40 Cdo took part in the exercise.", []),
        # a fuel's grade is no amount in Romanian lei (rev26)
        ("The price of RON95 petrol stays at RM2.05 a litre.", ["2.05"]),
        ("Labour and Reform, 41 and 38, were level after the count.", ["41", "38"]),
    ],
)
def test_claims(sentence, numbers):
    assert [c.number_as_written for c in find_claims(sentence)] == numbers


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        # an emergency line named by one call or caller (eighth site sets, s301), counted calls stay
        ("When the team went to meet the original 999 caller, he was at the pub.", []),
        ("The control room took 999 calls in one night.", ["999"]),
        ("The service recruited 112 call handlers last year.", ["112"]),
        # a line's number after a hyphenated word between the verb and it (s339)
        ("Those with non-emergency health issues should contact the 24-hour healthline at 811.", []),
        ("If symptoms worsen, contact the 24-hour healthline at 811 for advice.", []),
    ],
)
def test_lines_called(sentence, numbers):
    assert [c.number_as_written for c in find_claims(sentence)] == numbers


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        # tenth site sets (s426): a broadcaster named by its channel, a line spelled in letters
        ("A WAVE 3 News crew said police were investigating in the rear parking lot.", []),
        ("Anyone with information is asked to call the anonymous tip line at (502) 574-LMPD.", []),
        ("The station ran 10 News bulletins on the storm.", ["10"]),
    ],
)
def test_stations_and_lines(sentence, numbers):
    assert [c.number_as_written for c in find_claims(sentence)] == numbers
