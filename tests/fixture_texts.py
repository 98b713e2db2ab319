"""Shared fixture texts, in the genre, used across the test modules (textstat's layout)."""
from __future__ import annotations

from analysis import paths

#: Every article file the tests score: the seeds, then the invented multi-outlet fixture corpus.
CORPUS_FILES = sorted(paths.RAW.glob("*.txt")) + sorted((paths.ROOT / "tests" / "fixtures" / "multi_outlet" / "raw").glob("*.txt"))

EMPTY = ""
WHITESPACE = "  \n\u00a0\n\t \n"
ALL_CAPS = "RUSSIA SAYS TROOPS ARE LEAVING. NATO IS NOT CONVINCED."
CURLY = "\u201cUnits are leaving,\u201d the ministry said. Russia\u2019s \u2018imminent\u2019 threat."
STRAIGHT = '"Units are leaving," the ministry said. Russia\'s \'imminent\' threat.'
PROMOS = (
    "Troops moved back on Tuesday.\n\n"
    "Also Read:\u00a0Explained: Why NATO matters\n\n"
    "Officials said more would follow.\n\n"
    "ALSO READ | Russia-Ukraine Conflict: An Analysis\n\n"
    "IN PICS | Satellite Images Show Build-Up\n\n"
    "WATCH: Tanks return to base\n\n"
    "The talks continue."
)
DATELINE = "New Delhi: Amidst growing fears of attack, the ministry said troops were returning."
WIRE_DATELINE = "MOSCOW, Feb 15 (Reuters) - Russia said on Tuesday some units were returning to base."
NON_ENGLISH = (
    "Las tropas rusas regresan a sus bases despu\u00e9s de los ejercicios militares, "
    "dijo el ministerio de defensa ruso en un comunicado publicado el martes por la ma\u00f1ana."
)
# Tricky sentence boundaries: each item is (text, expected sentences).
SENTENCE_CASES = [
    ("Gen. Mark Milley spoke. Lt. Col. Smith agreed.", ["Gen. Mark Milley spoke.", "Lt. Col. Smith agreed."]),
    ("The U.S. and the U.K. objected. Then they left.", ["The U.S. and the U.K. objected.", "Then they left."]),
    ("Troops moved to the U.S. Officials said nothing.", ["Troops moved to the U.S.", "Officials said nothing."]),
    ("On Feb. 15 the ministry spoke. Prices rose 3.5 percent.", ["On Feb. 15 the ministry spoke.", "Prices rose 3.5 percent."]),
    ("Mr. Johnson met them at No. 10 Downing Street. It was cold.", ["Mr. Johnson met them at No. 10 Downing Street.", "It was cold."]),
    ("The answer was no. Then he left.", ["The answer was no.", "Then he left."]),
    ("India has 1,00,000 troops there. Russia has 100,000.", ["India has 1,00,000 troops there.", "Russia has 100,000."]),
    ("J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
    ('He said "it is over." Then he left.', ['He said "it is over."', "Then he left."]),
    ('"It is over," he said. She agreed.', ['"It is over," he said.', "She agreed."]),
    ("Le Drian told France 5 TV. Moscow denied it.", ["Le Drian told France 5 TV.", "Moscow denied it."]),
    ('Shoygu said that "there is always a chance" of a deal." Lavrov agreed.', ['Shoygu said that "there is always a chance" of a deal."', "Lavrov agreed."]),
    ("Dr. Ivanova, of St. Petersburg, spoke at 10 a.m. on Monday.", ["Dr. Ivanova, of St. Petersburg, spoke at 10 a.m. on Monday."]),
    ("No sentence end here", ["No sentence end here"]),
    ("Gen. A. Smith said so.", ["Gen. A. Smith said so."]),
    ("He met Dr. A. P. J. Abdul Kalam. He left.", ["He met Dr. A. P. J. Abdul Kalam.", "He left."]),
    ("Lt. Gen. A. K. Singh said the troops left. Then more came.", ["Lt. Gen. A. K. Singh said the troops left.", "Then more came."]),
    ("Troops moved to the U.S. A spokesman said nothing.", ["Troops moved to the U.S.", "A spokesman said nothing."]),
    ("I came. I saw.", ["I came.", "I saw."]),
]
