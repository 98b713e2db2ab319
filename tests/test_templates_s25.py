"""An outlet's template: a run of the site's repeated paragraphs above the story goes (a login box
printed over every story of a radio station's site, s619-s621); below the story's start a run of
repeated paragraphs is a shared section and stays."""
from analysis.clean import clean_text, units_of
from analysis.outlet_templates import build_templates

HEADER = ["Thanks for logging in.", "You can now click/tap WATCH to start the live stream.",
          "Thanks for logging in.", "You can now click/tap LISTEN to start the live stream.",
          "Create a 2GB account today!",
          "You can now log in once to listen live, watch live, join competitions, enjoy exclusive content and other benefits.",
          "Joining is free and easy."]
STORIES = [
    ["At last, there's some good news for our drought-affected farmers across the north of the state this week.",
     "A convoy of trucks is on its way to southern Queensland, to deliver much-needed hay to stricken properties.",
     "The organiser said donations had come from every state and territory in the past month."],
    ["The Police Commissioner says his officers are making inroads in the war on drugs in western Sydney.",
     "Detectives seized more than a tonne of methamphetamine in raids across three suburbs on Tuesday.",
     "The Commissioner told the program that the arrests followed months of surveillance."],
    ["A new stadium for the city's football clubs will open next season after years of delays, the minister said.",
     "The venue will seat thousands of fans and host matches from both codes, the government announced.",
     "Construction workers finished the roof last month, ahead of the revised schedule."],
]
BACKGROUND = ["The drought has now lasted three years in parts of the state, according to the weather bureau.",
              "Farmers in the north have been hit hardest, with many selling off stock to survive the dry."]


def _templates(pages: list[str]) -> frozenset[str]:
    return build_templates([("2GB", units_of(page)) for page in pages])["2GB"]


def test_the_sites_login_box_above_every_story_goes():
    pages = ["\n\n".join(HEADER + story) for story in STORIES]
    template = _templates(pages)
    for page, story in zip(pages, STORIES):
        assert clean_text(page, template).body.split("\n\n") == story


def test_a_shared_section_below_the_story_stays():
    longer = [story + [f"{story[0].split()[1].capitalize()} was the word on every caller's lips on the program, number {n}.",
                       f"Listeners rang in all morning about it, the station's producer said of segment {n}."]
              for n, story in enumerate(STORIES)]
    pages = ["\n\n".join(story + BACKGROUND) for story in longer[:2]] + ["\n\n".join(longer[2])]
    template = _templates(pages)
    assert len(template) == 2  # the two background paragraphs are the template: the guard, not the template, keeps them
    assert clean_text(pages[0], template).body.split("\n\n") == longer[0] + BACKGROUND


def test_a_standing_paragraph_of_facts_above_the_story_stays():
    """rev30: an election outlet prints the same two paragraphs above every result; one holds a figure and speaks as no
    site ("Turnout across Summit County was about 54 percent ..."): it stays, as a run of the site's facts."""
    standing = ["Turnout across Summit County was about 54 percent of registered voters, the board of elections said.",
                "Results are unofficial until they are certified by the board later this month, officials said."]
    pages = ["\n\n".join(standing + story) for story in STORIES]
    template = _templates(pages)
    assert standing[0] in clean_text(pages[0], template).body

