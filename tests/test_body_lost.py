"""Body lines that page cleaning took or glued and must keep (issue 11, body lost), beside the
furniture the narrowed rules must still take."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text

HEAD = ["Cherry trees bloom early", "By Jane Roe", "March 20, 2023"]
LEDE = "Tokyo's cherry trees reached full bloom on Wednesday, ten days earlier than usual, the weather agency said."
THIRD = "Officials said the early bloom was linked to a warm March, and crowds were expected at parks across the city on the weekend."
MORE = "More than 200 people were taken to hospitals in the region, and the army sent troops to help clear the roads, the governor told reporters."


@pytest.mark.parametrize(
    "lines, item",
    [
        # a bulleted list of places and dates near the top is body, not a run of publication stamps
        (["Forecasts of the full bloom in other cities are as follows:", "\u2022 Fukuoka: April 1", "\u2022 Kyoto: April 3", "\u2022 Hiroshima: April 4"], "\u2022 Kyoto: April 3"),
        (["The court set the trial dates as follows:", "- Smith: May 4", "- Jones: May 11"], "- Smith: May 4"),
        (["Voting in the primaries is staggered:", "* Ohio: March 15", "* Florida: March 15", "* Arizona: March 22"], "* Florida: March 15"),
    ],
)
def test_a_bulleted_list_of_dates_stays_body(lines, item):
    page = "\n\n".join(HEAD + [LEDE, "\n".join(lines), MORE])
    cleaned = clean_text(page)
    assert item in cleaned.body.split("\n\n"), cleaned.removed  # kept, as a paragraph of its own


@pytest.mark.parametrize("stamp", ["March 20, 2023", "Updated: Mon 20 Mar 2023 10:15 GMT"])
def test_a_publication_stamp_alone_is_still_top_matter(stamp):
    cleaned = clean_text("\n\n".join(["Cherry trees bloom early", "By Jane Roe", stamp, LEDE, MORE]))
    assert stamp not in cleaned.body
    assert any(r.text == stamp and r.kind == "top_matter" for r in cleaned.removed)


@pytest.mark.parametrize(
    "block, heading",
    [
        # a factbox heading and its bulleted items in one block: the heading is not glued to the first item
        (["\u201cWe hope the next pope will be as kind as Francis was.\u201d", "What to know", "- Cardinals have chosen a new pope, indicated by white smoke from the chimney.",
          "- The name of the next pontiff will be announced from the balcony of St. Peter's Basilica."], "What to know"),
        (["Shares fell 4% in early trading.", "Key figures", "- Revenue rose to $25 billion in the quarter.", "- Profit rose 40% from a year earlier, the company said."], "Key figures"),
    ],
)
def test_bulleted_items_open_paragraphs(block, heading):
    cleaned = clean_text("\n\n".join(HEAD + [LEDE, "\n".join(block), THIRD, MORE]))
    paragraphs = cleaned.body.split("\n\n")
    assert any(p.endswith(heading) for p in paragraphs)
    assert block[2] in paragraphs and block[3] in paragraphs



def test_short_lines_of_one_block_stay_lines():
    # a results table printed one line a candidate: a line under a short one was not wrapped into it
    table = ["Atlanta is headed for a runoff", "Mary Norwood: 46 percent", "Kasim Reed: 36 percent", "Lisa Borders: 15 percent"]
    paragraphs = clean_text("\n\n".join(HEAD + [LEDE, THIRD, "\n".join(table), MORE])).body.split("\n\n")
    assert all(line in paragraphs for line in table)


def test_wrapped_prose_stays_one_paragraph():
    wrapped = ["Russia's defence ministry said on Tuesday that some of its troops were", "heading back to their bases after drills near the border with Ukraine."]
    body = clean_text("\n\n".join(HEAD + [LEDE, "\n".join(wrapped), MORE])).body
    assert " ".join(wrapped) in body.split("\n\n")


@pytest.mark.parametrize(
    "unit, other, pulled",
    [
        # a live blog's entry naming a place (or a figure) the longer entry does not is news of its own
        ("Donald Trump has won the Republican presidential primary in Arkansas.",
         "Donald Trump has won the Republican presidential primary in Virginia, adding to his Super Tuesday victories in Massachusetts and Alabama.", False),
        ("Rebels shelled the port city on Monday, killing 12 people, officials said.",
         "Rebels shelled the port city on Monday, killing 40 people and wounding dozens more, officials said late on Tuesday.", False),
        # a pull quote copies the body's words, its speaker named where the body says "he"
        ("\u201cWe will rebuild every home that the water took from us,\u201d Smith said.",
         "\u201cI was born here. We will rebuild every home that the water took from us,\u201d he said, standing in the mud of his street.", True),
        ("It takes 1,237 delegates to win the Republican nomination for president.",
         "It takes 1,237 delegates to win the Republican nomination for president, and Trump has 82 so far.", True),
    ],
)
def test_a_pull_quote_repeats_names_and_figures(unit, other, pulled):
    from analysis.repeats import repeats

    units = [LEDE, other, THIRD, unit, MORE]
    assert (3 in repeats(units, [True] * 5)[1]) is pulled


@pytest.mark.parametrize(
    "items, kept",
    [
        (["Clinton: 2,316.", "Sanders: 1,547."], True),  # a two-candidate count under the body's text
        (["Labour: 12 seats", "Conservatives: 9 seats"], True),
        (["Home: News", "World: Europe"], False),  # a breadcrumb is no count
        (["Phone: 020 7946 0000", "Fax: 020 7946 0001"], False),  # contact lines are furniture labels
        (["Clinton: 2,316."], False),  # one line is no list
    ],
)
def test_a_two_line_count_is_a_body_list(items, kept):
    from analysis.boilerplate import Verdict
    from analysis.body_lists import keep_body_lists

    cut = Verdict(False, "boilerplate", "justext:short")
    verdicts = [Verdict(True, "body", "")] + [cut] * len(items) + [Verdict(True, "body", "")]
    keep_body_lists([LEDE, *items, MORE], verdicts)
    assert [v.keep for v in verdicts[1:-1]] == [kept] * len(items)


def test_a_two_line_count_stays_in_a_page():
    cleaned = clean_text("\n\n".join(HEAD + [LEDE, "___", "THE TOTAL.", "Clinton: 2,316.", "Sanders: 1,547.", "___", THIRD, MORE]))
    assert "Clinton: 2,316." in cleaned.body and "Sanders: 1,547." in cleaned.body
