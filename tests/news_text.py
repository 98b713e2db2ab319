"""Body text of other news that the furniture tests (test_furniture_u13 ... u17) set their cases among:
three paragraphs a rule must keep, whatever it removes around them."""

BODY = (
    "Rescuers pulled 12 survivors from the rubble of the collapsed market on Tuesday, officials said. "
    "The fire service said the search would go on through the night as cranes lifted the slabs."
)
SECOND = "The mayor said three schools would stay shut until engineers had checked every building in the district."
THIRD = "Relatives waited outside the hospital through the night for news of the missing, a witness said."
