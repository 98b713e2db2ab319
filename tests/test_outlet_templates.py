"""A site's template read across a corpus (analysis.outlet_templates): what an outlet prints on many
of its pages goes, with its reason; body that repeats (a backgrounder, a story printed twice) stays."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis.clean import clean_text, units_of
from analysis.corpus import load_manifest
from analysis.outlet_templates import build_templates, unit_key
from analysis.pipeline import corpus_templates, score_corpus, stream_corpus

LEADS = [
    "Power cuts will return next week as the water level at the Kariba dam drops, the utility said on Monday.",
    "The police confirmed a fatal accident on the highway near Beitbridge on Sunday evening, a spokesman said.",
    "The central bank raised its main lending rate by two points on Thursday to slow rising prices.",
    "Farmers in the east have begun planting after the first heavy rains of the season fell last week.",
    "The national team named three new players for next month's qualifier against Zambia in Lusaka.",
]
SECONDS = [
    "Engineers said two of the six turbines would be shut while the reservoir refills over the coming months.",
    "Two people died at the scene and three others were taken to hospital with serious injuries, police said.",
    "Economists said the move would make loans dearer for small businesses that had borrowed to restock.",
    "Seed merchants said sales of maize seed had risen by a fifth since the start of the month.",
    "The coach said the squad would gather in Harare on Monday for a week of training before flying out.",
]
SPONSORED = "Buying a car in South Africa and importing it through the border post has never been easier, with dealers online."
BACKGROUND = "The country has faced shortages of fuel and foreign currency since the start of the year."


def page(i: int, *, extra: str = "", tail: str = SPONSORED) -> str:
    return "\n\n".join(x for x in ["ZimNews Daily", LEADS[i], SECONDS[i], extra, "Share this story", tail] if x) + "\n"


def test_a_sites_label_and_sponsored_paragraph_go_on_every_page_body_stays():
    pages = [page(i) for i in range(4)]
    template = build_templates(("Zim", units_of(text)) for text in pages)["Zim"]
    assert {unit_key("ZimNews Daily"), unit_key(SPONSORED)} <= template
    assert unit_key(LEADS[0]) not in template
    for i, text in enumerate(pages):
        cleaned = clean_text(text, template)
        assert LEADS[i] in cleaned.body and SECONDS[i] in cleaned.body
        assert "ZimNews" not in cleaned.body and "South Africa" not in cleaned.body
        reasons = {r.text: r.reason for r in cleaned.removed}
        assert reasons[SPONSORED] == "outlet_template", reasons
    alone = clean_text(pages[0])  # the same page without the corpus: the sponsored paragraph looks like body
    assert "South Africa" in alone.body


def test_prose_repeated_on_a_few_of_many_stories_is_body():
    # A backgrounder closing two of five stories: under half of the outlet's stories, so not the site's.
    pages = [page(i, tail=BACKGROUND if i < 2 else "") for i in range(5)]
    template = build_templates(("Zim", units_of(text)) for text in pages)["Zim"]
    assert unit_key(BACKGROUND) not in template
    assert BACKGROUND in clean_text(pages[0], template).body


def test_a_backgrounder_on_every_story_of_the_event_stays_by_its_words():
    # Every story of one event closes with the same paragraph: it is the site's by repetition,
    # but its words are the story's, so it stays.
    leads = [
        "Russia said on Tuesday that some units near Ukraine were returning to their bases after drills.",
        "NATO said on Wednesday it had seen no sign that Russian units near Ukraine were returning to base.",
        "Ukraine's president said on Thursday that his country would not panic over Russian troop moves.",
    ]
    background = "Russia has massed more than 100,000 troops near Ukraine's borders, and the West fears an invasion of Ukraine."
    seconds = [
        "The defence ministry in Moscow published video of tanks being loaded onto trains in Crimea.",
        "Its secretary general said Russian forces near Ukraine had grown in number over the past days.",
        "Ukraine's foreign minister said Kyiv would believe in a Russian pullback only when it saw it.",
    ]
    pages = [f"{lead}\n\n{second}\n\n{background}\n" for lead, second in zip(leads, seconds)]
    template = build_templates(("Wire", units_of(text)) for text in pages)["Wire"]
    assert unit_key(background) in template
    for text in pages:
        assert background in clean_text(text, template).body


def test_a_story_printed_twice_counts_once():
    # The same report twice (a repost with a new closing line) and one other story: its paragraphs
    # stand in one story only, so none is the site's.
    first = page(0, tail="")
    repost = page(0, extra="The utility apologised to customers in a statement.", tail="")
    other = page(1, tail="")
    template = build_templates(("Zim", units_of(t)) for t in (first, repost, other))["Zim"]
    assert unit_key(LEADS[0]) not in template and unit_key(SECONDS[0]) not in template
    assert unit_key("ZimNews Daily") in template  # the label is on two different stories
    assert LEADS[0] in clean_text(repost, template).body


def test_template_prose_inside_the_body_stays():
    template = frozenset({unit_key(SPONSORED)})
    text = "\n\n".join([LEADS[0], SPONSORED, SECONDS[0]])
    assert SPONSORED in clean_text(text, template).body


def test_an_article_made_only_of_template_prose_keeps_it():
    template = frozenset({unit_key(LEADS[0]), unit_key(SECONDS[0]), unit_key("Share this story")})
    cleaned = clean_text(page(0, tail=""), template)
    assert LEADS[0] in cleaned.body and SECONDS[0] in cleaned.body


def test_one_article_per_outlet_has_no_template():
    assert build_templates([("A", units_of(page(0))), ("B", units_of(page(1)))]) == {}
    assert corpus_templates(load_manifest()) == {}


def _corpus(tmp_path: Path) -> Path:
    rows = []
    for i in range(4):
        path = tmp_path / f"zim{i}.txt"
        path.write_text(page(i), encoding="utf-8")
        rows.append({"id": f"zim{i}", "outlet": "ZimNews", "published": "2022-02-15", "path": path.name})
    path = tmp_path / "other.txt"
    path.write_text(page(2), encoding="utf-8")  # another outlet carrying the same words: its own template (none)
    rows.append({"id": "other", "outlet": "Other", "published": "2022-02-15", "path": path.name})
    manifest = tmp_path / "articles.csv"
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "outlet", "published", "path"])
        writer.writeheader()
        writer.writerows(rows)
    return manifest


def test_the_pipeline_reads_templates_first_and_says_what_it_removed(tmp_path):
    manifest = load_manifest(_corpus(tmp_path))
    tables = score_corpus(manifest)
    removed = tables["removed"]
    template_rows = removed[removed["reason"] == "outlet_template"]
    assert sorted(template_rows["article_id"].unique()) == ["zim0", "zim1", "zim2", "zim3"]
    assert set(template_rows["text"]) >= {SPONSORED}
    other = tables["sentences"][tables["sentences"]["article_id"] == "other"]
    assert other["text"].str.contains("South Africa").any(), "one article of its outlet: nothing to compare it with"
    without = score_corpus(manifest, templates=False)["removed"]
    assert (without["reason"] != "outlet_template").all()


def test_templates_give_the_same_bytes_on_one_or_two_workers(tmp_path):
    manifest = load_manifest(_corpus(tmp_path))
    one, two = tmp_path / "one", tmp_path / "two"
    stream_corpus(manifest, one, jobs=1)
    stream_corpus(manifest, two, jobs=2, chunk_size=2)
    for table in ("removed.csv", "sentences.csv", "articles.csv"):
        assert (one / table).read_bytes() == (two / table).read_bytes(), table
    assert "outlet_template" in (one / "removed.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", [1])
def test_an_unreadable_article_does_not_stop_the_templates(tmp_path, jobs):
    manifest_path = _corpus(tmp_path)
    (tmp_path / "zim3.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    tables = score_corpus(load_manifest(manifest_path), jobs=jobs)
    articles = tables["articles"].set_index("article_id")
    assert articles.loc["zim3", "status"] == "skipped"
    removed = tables["removed"]
    assert set(removed.loc[removed["reason"] == "outlet_template", "article_id"]) == {"zim0", "zim1", "zim2"}
    assert isinstance(tables["removed"], pd.DataFrame)


def test_the_cleaning_audit_reads_outlets_from_file_names_when_asked():
    from analysis.cleaning_audit import audit_texts

    texts = {f"zim_{i}": page(i) for i in range(3)} | {"other_0": page(3)}
    with_templates = audit_texts(texts, outlet_prefix=True)
    assert ["outlet_template", SPONSORED] in with_templates["zim_0"]["removed"]
    assert all(reason != "outlet_template" for reason, _ in with_templates["other_0"]["removed"])
    assert all(reason != "outlet_template" for reason, _ in audit_texts(texts)["zim_0"]["removed"])


# Ordinary news that repeats on an outlet's pages and must stay (a review of the feature, rev18, wrote these cases).
SHARED_BLOCK = [
    "Background",
    "Russia has massed more than 100,000 troops near Ukraine's borders, and the West fears an invasion of Ukraine.",
    "Oil prices fell by more than 3% and the rouble rallied on the news, while the MOEX stock index rose 5%.",
    "Lawmakers in the Duma voted to ask Vladimir Putin to recognise two breakaway regions in the Donbas.",
]
FRESH = [
    "Russia said on Tuesday some of its troops near Ukraine's border were returning to base after exercises.",
    "NATO said on Wednesday it had seen no sign of a Russian pullback from Ukraine's borders, only more troops.",
    "Ukraine's president declared Wednesday a day of national unity, with flags flown across the country.",
    "US President Joe Biden said on Tuesday an invasion of Ukraine remained distinctly possible.",
]


def _cleaned_all(texts: list[str]) -> list:
    template = build_templates(("Wire", units_of(t)) for t in texts).get("Wire", frozenset())
    return [clean_text(t, template) for t in texts]


def test_a_section_every_story_of_the_event_closes_with_stays_heading_and_all():
    texts = ["\n\n".join([lead, *SHARED_BLOCK]) for lead in FRESH]
    for cleaned in _cleaned_all(texts):
        assert all("outlet_template" != r.reason for r in cleaned.removed), cleaned.removed
        assert "the rouble rallied" in cleaned.body and "Background" in cleaned.body


def test_the_update_of_a_short_story_keeps_its_lead():
    lead = "A car was driven into the front window of a bakery in Station Road, Northfield, shortly after midnight on Monday."
    first = f"{lead}\n\nNo one was injured.\n"
    update = f"{lead}\n\nA 45-year-old man was later arrested on suspicion of drink-driving and remains in custody.\n\nNo one was injured.\n"
    other = "Council tax will rise by 4.99% from April after councillors approved the budget on Thursday evening.\n"
    cleaned = _cleaned_all([first, update, other])[1]
    assert lead in cleaned.body and "No one was injured." in cleaned.body


def test_a_closing_line_printed_under_most_stories_stays():
    texts = [f"{lead}\n\n{second}\n\nNo one was injured.\n" for lead, second in zip(FRESH, SECONDS)]
    for cleaned in _cleaned_all(texts):
        assert cleaned.body.endswith("No one was injured.")


def test_crossheads_and_table_rows_inside_a_story_stay_though_printed_on_other_stories():
    texts = [
        "\n\n".join([lead, "What we know", second, "Hartley (Lab) 12,345", "Okafor (LD) 3,402", f"Officials said the count in ward {n} would finish by dawn."])
        for n, (lead, second) in enumerate(zip(FRESH, SECONDS))
    ]
    for cleaned in _cleaned_all(texts):
        assert "What we know" in cleaned.body and "Hartley (Lab) 12,345" in cleaned.body


def test_a_line_on_two_of_many_stories_is_not_the_sites():
    texts = [page(i, tail="") for i in range(5)]
    texts[0] += "\nRelated: Dam levels at a record low\n"
    texts[1] += "\nRelated: Dam levels at a record low\n"
    template = build_templates(("Zim", units_of(t)) for t in texts)["Zim"]
    assert unit_key("Related: Dam levels at a record low") not in template and unit_key("ZimNews Daily") in template


def test_a_notice_opening_every_page_does_not_make_them_one_story():
    notice = "Sign up to our newsletter to get the latest news from the region in your inbox every morning."
    texts = [f"{notice}\n\n{page(i)}" for i in range(4)]
    template = build_templates(("Zim", units_of(t)) for t in texts)["Zim"]
    assert unit_key(SPONSORED) in template and unit_key(notice) in template
