"""Picture captions printed between the header and the lead, read from the tenth collection of site
sets (session 24): a scene in the present with a past time told in words ("yesterday", "earlier
this year"), a scene's place told by its bearing ("north of the ..."), a subject with its origin
("Vendors from Lautoka selling ..."), a plural noun without -s ("personnel"), a person's place in the picture (", left,"), a subject's
head before its "of" and two names joined by "and", and six more scene
verbs (control, investigate, sell, examine, work, respond). The texts are made up."""
from __future__ import annotations

import pytest

from analysis.captions import is_scene_caption
from analysis.clean import clean_text

HEADLINE = "Market traders protest new stall fees"
LEDE = (
    "Hundreds of market traders marched through the town centre on Tuesday to protest against a new "
    "schedule of stall fees that the council approved last month without consulting them."
)
MORE = (
    "The council said the fees had not risen in eleven years and were needed to pay for repairs to "
    "the market's roof, drains and lighting, which inspectors found unsafe in the spring."
)
LAST = "Traders' leaders said they would meet the mayor again next week."

CAPTIONS = [
    "Riot police control a crowd of traders outside the council offices yesterday as the protest grows.",
    "The mayor speaks to stallholders at a public meeting held in the market hall earlier this year about the fees.",
    "Detectives investigate the scene of the fire about two miles north of the Riverside Market on Route 9.",
    "Vendors from Lautoka selling mangoes and pawpaw for $2 a heap on Main Street, Nadi.",
    "Emergency personnel examine the damaged stalls at the Central Market after the storm on Sunday.",
    "Firefighters work to put out the blaze at the Riverside Market on Friday night.",
    "Ambulance crews respond to a call at the Central Market yesterday.",
    # where a person stands in the picture, set off by commas or brackets
    "Council leader Ann Obi, centre, speaks to traders at the Central Market on Monday.",
    "Fire chief Tom Hale, left, and Mayor Jane Doe inspect the burnt stalls on Main Street on Tuesday.",
    "Fire chief Tom Hale (left) and Mayor Jane Doe inspect the burnt stalls on Main Street on Tuesday.",
    # the subject's head before its "of" ("Members of the association")
    "Members of the traders' association attend a meeting at the Town Hall on Wednesday night.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_between_headline_and_lead_is_removed(caption: str) -> None:
    assert is_scene_caption(caption)
    cleaned = clean_text("\n\n".join([HEADLINE, caption, LEDE, MORE, LAST]))
    assert cleaned.body.startswith(LEDE)
    assert ("boilerplate", "caption:scene", caption) in [(r.kind, r.reason, r.text) for r in cleaned.removed]


BODY_SENTENCES = [
    # the same actions reported in the past, or reported speech
    "Riot police controlled a crowd of traders outside the council offices yesterday, officials said.",
    "The mayor spoke to stallholders at a public meeting held in the market hall earlier this year.",
    # a present of state with a past time: no scene verb
    "Traders remain angry about the fees the council approved last month at a meeting in the Town Hall.",
    # a scene verb in the present with no place, day or past time: an explainer's sentence
    "Farmers sell most of their mangoes to traders who drive them to the coast.",
    "Most traders work twelve-hour days and pay the fee out of what they earn.",
    # a direction in the sentence is no place in the picture; two names joined lead in a state
    "Marchers turn left, then walk to the Town Hall on Sunday, organisers said.",
    "Obi and Hale lead the council's talks with the traders in Springfield this week.",
    # a noun after a verb in -s is no verb ("Poll precedes battle"): battle is not a scene verb
    "Vote precedes battle on Capitol Hill.",
]


@pytest.mark.parametrize("sentence", BODY_SENTENCES)
def test_a_body_sentence_is_no_caption(sentence: str) -> None:
    assert not is_scene_caption(sentence)
    assert sentence in clean_text("\n\n".join([HEADLINE, LEDE, sentence, MORE, LAST])).body


# ---------------------------------------------------------------- captions from the blind review rev27 (made-up text)
NAMED_NOUN_PHRASES = [
    "Councillor Ana Ruiz at the opening of the new market hall on Monday.",
    "Tenor Paolo Verdi in rehearsal for the spring concert at the Town Hall.",
    "Market traders at work.",
    "Smoke over the old market district of Springfield.",
]


@pytest.mark.parametrize("caption", NAMED_NOUN_PHRASES)
def test_a_named_caption_without_a_verb_under_the_headline_is_removed(caption: str) -> None:
    cleaned = clean_text("\n\n".join([HEADLINE, caption, LEDE, MORE, LAST]))
    assert cleaned.body.startswith(LEDE)
    assert ("caption:scene", caption) in [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(
    "lead",
    [
        "Mayor Ana Ruiz at a meeting on Monday said the fees would stay.",  # a verb: a lead
        "Police seize fake goods in raid on market.",  # a headline's verb where the preposition would stand
    ],
)
def test_a_sentence_with_a_verb_is_no_named_caption(lead: str) -> None:
    from analysis.caption_context import is_noun_phrase

    assert not is_noun_phrase(lead)


def test_a_name_ending_in_s_is_no_plural_subject() -> None:
    assert is_scene_caption("Finance Minister Carla Mendes, left, speaks with traders before a meeting in Lisbon on Thursday.")


CAPTION_OPENINGS = [
    "File photo of the old covered market in Springfield.",
    "Stock image of a market stall.",
    "An artist's impression of the new covered market planned for the riverside.",
    "A screenshot from video posted on social media shows smoke over the market.",
    "A handout photo released by the fire service shows the burnt stalls.",
    "CCTV image released by police of a man they wish to speak to about the fire.",
    "Above, the proposed design for the new market hall.",
    "Pictured: traders outside the Town Hall.",
    "(L-R) Ana Ruiz, Tom Hale and Priya Nair with the new plans.",
    "From left: Councillors Ana Ruiz, Tom Hale and Priya Nair.",
    "Left to right: market manager Ian Cole and trader Rosa Diaz.",
    "Photo 3 of 8: Traders pack up their stalls.",
    "2 / 9 Shoppers at the Saturday market.",
    "1/12 A trader counts the day's takings.",
]


@pytest.mark.parametrize("caption", CAPTION_OPENINGS)
@pytest.mark.parametrize("inside", [False, True])
def test_a_caption_opened_by_its_pictures_kind_or_place_is_removed(caption: str, inside: bool) -> None:
    units = [HEADLINE, LEDE, MORE, caption, LAST] if inside else [HEADLINE, caption, LEDE, MORE, LAST]
    cleaned = clean_text("\n\n".join(units))
    assert caption not in cleaned.body and LEDE in cleaned.body and MORE in cleaned.body
    assert any(r.reason == "pattern:caption" and r.text == caption for r in cleaned.removed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Above all, traders want the fees frozen until the roof is repaired.",
        "A video posted online shows the fire spreading through the market in minutes.",
        "9/11 Commission members visited the market in 2004.",
        "From the start, traders said the fees were too high.",
    ],
)
def test_body_sentences_with_those_words_stay(sentence: str) -> None:
    assert sentence in clean_text("\n\n".join([HEADLINE, LEDE, sentence, MORE, LAST])).body


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferries carry about 2,000 passengers a day between the harbour and the island of Hvar.",
        "The old market hall stands at the centre of the town and is used by about 60 traders each Sunday.",
    ],
)
def test_a_habit_in_the_present_is_no_scene(sentence: str) -> None:
    # an explainer's present tells what happens every day or week; a picture shows one moment
    assert not is_scene_caption(sentence)
    assert sentence in clean_text("\n\n".join([HEADLINE, sentence, LEDE, MORE, LAST])).body


@pytest.mark.parametrize(
    "caption",
    [
        "Market manager Ian Cole, left, inspects the new stalls with traders at the Central Market on Monday.",
        "Riot police are seen outside the Town Hall as traders gather for a second night.",
    ],
)
def test_a_caption_placing_a_person_or_seen_in_the_picture_goes_inside_the_body(caption: str) -> None:
    cleaned = clean_text("\n\n".join([HEADLINE, LEDE, MORE, caption, LAST]))
    assert caption not in cleaned.body and LEDE in cleaned.body and LAST in cleaned.body


def test_seen_as_is_a_judgement_not_a_picture() -> None:
    sentence = "The mayor is seen as the favourite to win the vote in Springfield on Tuesday."
    assert not is_scene_caption(sentence)
    assert sentence in clean_text("\n\n".join([HEADLINE, LEDE, MORE, sentence, LAST])).body
