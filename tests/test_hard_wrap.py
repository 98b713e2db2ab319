"""Hard-wrapped text with no blank line (a plain-text export, a page store's copy wrapped at about 80
characters, each paragraph's first word broken off: the sixteenth site sets s700, s702): its paragraphs
are read whole, not line by line; never across furniture, a list's item, a clock's entry, a label, or a
headline over a lead (a second read, rev30)."""
from analysis.clean import clean_text
from analysis.layout import split_blocks
from analysis.pagecheck import evaluate

WRAPPED = """Alhagie
Basiru Jallow, Tijan Jeng, Muhammed Suso, Lamin Saidyleigh, Saikou Bah, Ousman
Fofana, Samba Jeng, Lamin Fatty, Momodou Alieu Kanteh, Ousman Touray, Kawsu
Sawaneh, Essa Jeng, Banna Saho, Omar Touray and Fabakary Bajo were on 6 April,
2020, convicted and sentenced to a fine of D5,000 in default to serve six
months' imprisonment. The Kanifing Magistrates' Court presided over by
Magistrate P. Sarr convicted them for
carrying greater number of passengers than authorised to carry, contrary to
Section 2 (1) (a) and punishable under Section 9 (1) of the restriction of
Public Transport Emergency Powers Regulations, (PTEPR) 2020. This followed
their plea of guilt.
Dawda
Sanneh, Baba Jallow, Kalilu Jallow and Basiru Secka pleaded not guilty while
Madi Faal and Amadou Jallow were absent.
In
her judgment, the presiding magistrate told the court that she had heard all
the convicts' plea in mitigation and she must say that it had moved her a lot
and that they had shown sufficient remorse."""


def test_hard_wrapped_paragraphs_are_read_whole():
    blocks = split_blocks(WRAPPED)
    assert len(blocks) == 3 and all(len(block) == 1 for block in blocks)  # "convicted them for" / "carrying ...": a sentence goes on
    assert blocks[0][0].startswith("Alhagie Basiru Jallow") and blocks[0][0].endswith("This followed their plea of guilt.")
    assert blocks[1][0] == "Dawda Sanneh, Baba Jallow, Kalilu Jallow and Basiru Secka pleaded not guilty while Madi Faal and Amadou Jallow were absent."
    assert blocks[2][0].startswith("In her judgment, the presiding magistrate")
    cleaned = clean_text(WRAPPED)
    assert cleaned.removed == () and cleaned.body.startswith("Alhagie Basiru Jallow")


def test_a_line_per_paragraph_export_is_not_hard_wrapped():
    text = "\n".join(["News", "Quake toll rises to 94",
                      "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials in the province said, and many more were missing.",
                      "The quake struck before dawn.",
                      "Aftershocks rattled the region through the day, and schools stayed closed while engineers checked buildings."] * 2)
    assert split_blocks(text)[:2] == [["News"], ["Quake toll rises to 94"]]


def test_a_lead_across_two_hard_wrapped_body_lines_is_a_body_lead(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "x1.txt").write_text(WRAPPED + "\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("page_id,file,url,retrieved,outlet,kind,country,event,split\n"
                                           "x1,text/x1.txt,https://example.org/x1,2026-12-06,Ex,news,GM,court,dev\n", encoding="utf-8")
    rows = ["page_id\tline\tlabel\tnote\ttext"] + [f"x1\t{n}\tbody\t\t{line}" for n, line in enumerate(WRAPPED.split("\n"), 1)]
    (tmp_path / "labels.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "claims.tsv").write_text("page_id\tline\tnumber_as_written\tcounts\n", encoding="utf-8")
    tally = evaluate(tmp_path, tools=("workbook",))["workbook"]["all"]
    assert tally.lead_body == 1 and tally.body_lost == 0


def test_other_stories_headlines_one_a_line_are_not_hard_wrapped():
    """Lines of one length that each open with a capital are headlines one a line, not wrapped prose."""
    headlines = ["Council approves new budget for the coming year after a long debate on taxes",
                 "Police appeal for witnesses after a crash on the main road near the bridge",
                 "School holidays extended by a week as the heating system is replaced at last",
                 "Farmers warn of higher prices as the drought hits the harvest across the region",
                 "New bus routes approved for the east side after residents ask for services",
                 "Hospital opens a new ward for children with a garden and a play area outside"]
    assert split_blocks("\n".join(headlines)) == [[h] for h in headlines]


def test_hard_wrapped_joins_stop_at_furniture_items_labels_and_the_headline():
    wrapped = ("Council approves new budget for the coming year after a long debate\n"
               "The council voted on Monday to approve a budget that raises spending on roads and\n"
               "schools by four per cent, after a debate that ran for more than three hours and\n"
               "ended with a narrow vote.\n"
               "Advertisement\n"
               "Councillor Sue Marsh said the plan was the best the town could afford this year and\n"
               "that the roads in the north of the town would be repaired first, as promised.\n"
               "Subject: the council's budget for the coming year, approved on Monday evening\n"
               "8:14 a.m. Oct. 3: a caller reported a car parked across a driveway on Elm Street.\n"
               "8:40 a.m. Oct. 3: officers answered an alarm at a shop on Main Street; all was well.\n"
               "Copyright 2024 The Associated Press. All rights reserved.")
    blocks = [b[0] for b in split_blocks(wrapped)]
    assert blocks[0] == "Council approves new budget for the coming year after a long debate"
    assert "Advertisement" in blocks and blocks[-1] == "Copyright 2024 The Associated Press. All rights reserved."
    assert any(b.startswith("Subject:") for b in blocks) and sum(b.startswith("8:") for b in blocks) == 2

