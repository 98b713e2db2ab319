"""Codebook 1.6: the generic frames outside climate news. The codebook was tuned on climate
articles (NFC); these sentences come from war, crime, elections, sport and business news, where a
review found indicators that misfired (a physical attack read as verbal reproach, "a man" arrested
read as a human face, "goals" scored read as solutions) or real cases the tuning had dropped
(voters "divided between" candidates, lawmakers voting "against the climate bill", civilians who
"live in fear"). Each row names the item and the words that must (or must not) match."""
from __future__ import annotations

import pytest


GENERIC = {"conflict", "human_interest", "morality", "responsibility", "economic_consequences"}


FIRES = [
    # 1. reproach is verbal: an attack in words, not a military or criminal attack
    ("The senator launched a blistering attack on the governor's budget.", "conflict_2", "blistering attack on"),
    ("She made a personal attack on her rival during the debate.", "conflict_2", "personal attack on"),
    ("The mayor hit out at the council's decision.", "conflict_2", "hit out at"),
    ("Her attacks on Sanders in the debate were a stretch.", "conflict_2", "Her attacks on"),
    ("The ads are attacks on his record as governor.", "conflict_2", "attacks on his record"),
    # 2. a division of opinion, whatever preposition follows
    ("Voters are deeply divided between the two candidates.", "conflict_1", "divided"),
    ("The country is divided by the war.", "conflict_1", "divided"),
    ("Europe is divided among hawks and doves on sanctions.", "conflict_1", "divided"),
    ("The party is divided over the new leader.", "conflict_1", "divided"),
    # 3. a problem word used as a modifier does not turn a fight between parties into a fight against a problem
    ("Republicans vowed to fight the Inflation Reduction Act in Congress.", "conflict_1", "fight"),
    ("The Senate voted against the climate bill.", "conflict_1", "against"),
    ("Lawmakers voted against the emissions rules proposed by the EPA.", "conflict_1", "against"),
    ("Police are battling crime syndicates across the border.", "conflict_1", "battling"),
    ("Ukraine is fighting the spread of Russian forces in the east.", "conflict_1", "fighting"),
    ("The senator will fight the crime bill in the Senate.", "conflict_1", "fight"),
    ("The army is fighting the rebels in the north.", "conflict_1", "fighting"),
    ("They joined the fight against the Taliban.", "conflict_1", "fight"),
    # 4. a person the story follows
    ("A local who has run the bakery for 30 years said sales fell.", "human_interest_1", "A local"),
    ("Maria Lopez, who lives in the valley, watched the water rise.", "human_interest_1", "who lives in"),
    ("The 34-year-old lost her job in May.", "human_interest_1", "34-year-old"),
    # 5. government can alleviate the problem: a real action follows the modal
    ("The government must take action to curb prices.", "responsibility_1", "government must take action"),
    ("Regulators could take steps to protect savers.", "responsibility_1", "Regulators could take steps"),
    ("The city will step in to help tenants.", "responsibility_1", "city will step in"),
    ("The state plans to set a new limit on rents.", "responsibility_1", "state plans to set a new limit"),
    ("The government must act before the floods return.", "responsibility_1", "government must act"),
    # 8. fear and panic as emotion
    ("Panic gripped the city as the sirens sounded.", "human_interest_2", "Panic gripped"),
    ("The children were afraid to go back to school.", "human_interest_2", "afraid"),
    ("Civilians in Kharkiv live in fear of shelling.", "human_interest_2", "live in fear"),
    ("Residents feared for their lives as the water rose.", "human_interest_2", "feared for their lives"),
    ("People ran in panic from the square.", "human_interest_2", "in panic"),
    # 12. religion named as religion
    ("Christian leaders condemned the attack.", "morality_2", "Christian"),
    ("Islamic scholars disagreed.", "morality_2", "Islamic"),
    ("They thanked the Creator for the harvest.", "morality_2", "the Creator"),
    ("Churches preach stewardship of the earth.", "morality_2", "stewardship"),
    ("We must care for the poor.", "morality_3", "We must"),
    # 13. solutions and money words where they are solutions and money
    ("The company posted record losses in the third quarter.", "economic_consequences_1", "losses"),
    ("Shares posted strong gains on Monday.", "economic_consequences_1", "gains"),
    ("Markets cheered, with the rouble gaining more than 2% against the dollar.", "economic_consequences_1", "gaining"),
    ("Factory workers went on strike over pay.", "economic_consequences_3", "workers"),
    ("The repairs will cost millions.", "economic_consequences_2", "cost"),
    ("Taxpayers paid for the new stadium.", "economic_consequences_2", "paid"),
    ("The country aims to switch to renewable power by 2030.", "responsibility_3", "aims to"),
    ("The plan would reduce traffic deaths by half by 2030.", "responsibility_3", "reduce traffic deaths by half by 2030"),
    ("The city met its housing goal two years early.", "responsibility_3", "met its housing goal"),
    ("The goal of reducing waiting lists was met.", "responsibility_3", "goal of reducing"),
    ("The minister unveiled an ambitious housing plan.", "responsibility_3", "ambitious housing plan"),
    # 6. disagreement words in their contest sense
    ("An appeals court overturned the ban on Friday.", "conflict_1", "overturned the ban"),
    ("The Supreme Court struck down the law.", "conflict_1", "struck down"),
    ("Talks ended in gridlock after the vote.", "conflict_1", "gridlock"),
    ("Critics cast doubt on the government's figures.", "conflict_1", "cast doubt on the government's figures"),
    ("Residents are skeptical of the plan.", "conflict_1", "skeptical of"),
    # 7. emotion words in their emotional sense
    ("It has been a nightmare for the families.", "human_interest_2", "nightmare"),
    ("The survivors described the horror of that night.", "human_interest_2", "horror"),
    ("The children still live with the trauma of the war.", "human_interest_2", "trauma"),
    ("They were forced to leave their homes.", "human_interest_3", "forced to leave their homes"),
    # 9. private lives
    ("The senator spoke about his personal struggle with addiction.", "human_interest_4", "his personal struggle"),
    ("Tabloids dug into her private life.", "human_interest_4", "private life"),
    # 10. winners and losers of a contest
    ("It was a narrow victory for the incumbent.", "conflict_4", "victory"),
    # 11. reproach
    ("The ad falsely claims the mayor raised taxes.", "conflict_2", "falsely"),
    ("The opposition says the move will undermine the courts.", "conflict_2", "undermine"),
    ("He wrongly blamed the unions for the strike.", "conflict_2", "wrongly"),
]

SILENT = [
    # 1. a physical attack is not reproach; nor is aiming a gun
    ("The attack on Kyiv began before dawn.", "conflict_2"),
    ("Russian attacks on civilians have intensified.", "conflict_2"),
    ("Attack on synagogue leaves three dead.", "conflict_2"),
    ("The gunman took aim at the crowd outside the school.", "conflict_2"),
    ("Amidst growing fears of Russian attack on Ukraine, India asked its students to leave.", "conflict_2"),
    ("Rebels launched fresh attacks against army posts.", "conflict_2"),
    ("Russia's attack on Ukraine began on 24 February.", "conflict_2"),
    # 2. a division of goods or numbers
    ("The region is divided into three districts.", "conflict_1"),
    ("The prize money was divided up among the winners.", "conflict_1"),
    ("The total is divided by the number of households.", "conflict_1"),
    # 3. fighting a problem, still not a fight between parties
    ("The city unveiled a plan to fight climate change.", "conflict_1"),
    ("Doctors are fighting the spread of the virus.", "conflict_1"),
    ("The battle against the pandemic is not over.", "conflict_1"),
    ("Republicans vowed to fight the Inflation Reduction Act in Congress.", "responsibility_1"),
    # 4. a person named by a role in a news report is not a human face
    ("Police arrested a man in connection with the shooting.", "human_interest_1"),
    ("A woman was charged with fraud on Tuesday.", "human_interest_1"),
    ("A local official said the road would reopen.", "human_interest_1"),
    ("An analyst who works at Goldman Sachs said the bank would cut rates.", "human_interest_1"),
    ("He worked for the senator, who worked for the governor before that.", "human_interest_1"),
    ("The rule has a grandfather clause for existing plants.", "human_interest_1"),
    # 5. a light verb after an actor is no action against the problem
    ("The prime minister will make a statement on Friday.", "responsibility_1"),
    ("Leaders will meet in Brussels on Thursday.", "responsibility_1"),
    ("Officials could take days to count the votes.", "responsibility_1"),
    ("Senators will step down at the end of the session.", "responsibility_1"),
    ("Republicans will support the nominee.", "responsibility_1"),
    ("Team leaders will set the pace in the final stage.", "responsibility_1"),
    ("The president will lead the delegation to Geneva.", "responsibility_1"),
    # 8. expectation and markets, not emotion
    ("Markets showed no sign of panic.", "human_interest_2"),
    ("I'm afraid the figures are incomplete.", "human_interest_2"),
    ("Investors fear a recession next year.", "human_interest_2"),
    # 12. names of people, firms and organisations; "you must" of a rule
    ("Christian Eriksen scored twice.", "morality_2"),
    ("Christian Dior shares rose.", "morality_2"),
    ("Iran's Islamic Revolutionary Guard Corps seized a tanker.", "morality_2"),
    ("Palestinian Islamic Jihad fired rockets.", "morality_2"),
    ("Creator of the show, she said, had left.", "morality_2"),
    ("Under her stewardship the bank doubled its profits.", "morality_2"),
    ("You must be 18 to vote.", "morality_3"),
    ("Here's why you should be worried.", "morality_3"),
    # 13. sport, parties and transitions are not solutions; war is not economics
    ("The club will switch to a back three.", "responsibility_3"),
    ("The party's shift to the right alarmed moderates.", "responsibility_3"),
    ("The presidential transition to Biden was smooth.", "responsibility_3"),
    ("Messi scored two goals in the final.", "responsibility_3"),
    ("Russia's goals in Ukraine remain unclear.", "responsibility_3"),
    ("Russian forces suffered heavy losses near Kyiv.", "economic_consequences_1"),
    ("Russia made territorial gains in the east.", "economic_consequences_1"),
    ("Ukrainian troops are gaining ground near Kharkiv.", "economic_consequences_1"),
    ("Aid workers were killed in the strike.", "economic_consequences_3"),
    ("The attack cost twelve lives.", "economic_consequences_2"),
    ("Soldiers paid with their lives.", "economic_consequences_2"),
    # 6. disaster, traffic, illness, economics
    ("A truck overturned on the highway.", "conflict_1"),
    ("Traffic gridlock paralysed the city centre.", "conflict_1"),
    ("The fire burned fiercely all night.", "conflict_1"),
    ("He was struck down by a heart attack.", "conflict_1"),
    ("Weak jobs data cast doubt on a rate hike.", "conflict_1"),
    ("Analysts are skeptical that the rate cut will help.", "conflict_1"),
    # 7. idioms and medicine
    ("The merger was a PR nightmare.", "human_interest_2"),
    ("Moving the archive was a logistical nightmare.", "human_interest_2"),
    ("He died of blunt force trauma.", "human_interest_2"),
    ("Trauma surgeons worked through the night.", "human_interest_2"),
    ("The novel is a horror story set in Maine.", "human_interest_2"),
    ("Dockers staged a sympathy strike.", "human_interest_2"),
    ("There was little sympathy for the proposal.", "human_interest_2"),
    ("The minister was forced to leave office.", "human_interest_3"),
    ("The CEO had to leave the company.", "human_interest_3"),
    ("We thank our community of investors.", "human_interest_3"),
    # 9. property, firms and office
    ("Italian police seized a yacht owned by a Russian oligarch.", "human_interest_4"),
    ("The chancellor spoke at Mansion House.", "human_interest_4"),
    ("Lifestyle brands saw sales fall 5%.", "human_interest_4"),
    ("She used her private email server.", "human_interest_4"),
    ("His private secretary resigned.", "human_interest_4"),
    ("He used his personal email account.", "human_interest_4"),
    # 10. a parade, a match, one side's label
    ("Putin watched the Victory Day parade.", "conflict_4"),
    ("Liverpool's 3-1 victory over Chelsea lifted them to second.", "conflict_4"),
    ("A far-right gunman killed ten people in Buffalo.", "conflict_3"),
    # 11. physical and legal senses
    ("The floods undermined the foundations of the bridge.", "conflict_2"),
    ("The man was wrongly convicted of murder in 1998.", "conflict_2"),
]


@pytest.mark.parametrize("text, item, matched", FIRES)
def test_indicator_fires_outside_climate(text, item, matched, frame_matches):
    assert (item, matched) in frame_matches(text, *GENERIC)


@pytest.mark.parametrize("text, item", SILENT)
def test_indicator_does_not_fire_outside_climate(text, item, frame_matches):
    assert [m for i, m in frame_matches(text, *GENERIC) if i == item] == []
