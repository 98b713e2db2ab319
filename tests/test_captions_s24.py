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
