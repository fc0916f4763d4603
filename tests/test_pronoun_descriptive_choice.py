"""Which mention speaks when the subject is a description or a pronoun, in sentences the team wrote.

A subject's own relative clause, with no comma before it, describes the noun before the relative pronoun;
a name or a noun inside that clause ("a farmer who sold land to the county said …") is the clause's object,
not the subject of the cue after it. A name right after "that" is a clause's own subject ("the plan that Ruiz
says will …"), and a "that" after a verb opens the report ("Ruiz said that voters …"): neither is changed.
"""
import pytest

from quotes import extract


def reports(text):
    return {q.text: q for q in extract(text, date="2024-04-10")}


THE_NOUN_BEFORE_THE_RELATIVE_CLAUSE_SPEAKS = [
    ("an object of a preposition inside the clause",
     "A farmer who sold land to the county said the price was fair.",
     "the price was fair", "A farmer"),
    ("the predicate noun of 'be' inside the clause",
     "At the hearing in Dover, a young nurse who had been a volunteer medic in Ohio asked Mayor Tom Bell what he "
     "planned for the clinic.",
     "what he planned for the clinic", "a young nurse"),
    ("an irregular past tense's object",
     "The man who built the harbor for the city argued that the pier was safe.",
     "that the pier was safe", "The man"),
    ("a second verb of the clause, and an adverb before the cue",
     "The senator who feuded with his party and grumbled to donors now wants to make peace with the caucus.",
     "to make peace with the caucus", "The senator"),
    ("'that is' and a capitalised name",
     "Two separate members of the circle that is Vole World told me they believed Bell wanted a cabinet post.",
     "they believed Bell wanted a cabinet post", "Two separate members of the circle"),
    ("the second of two names joined by 'or'",
     "Many of the county party chairmen who would rather be campaigning for Ada Vole or Tom Bell said they backed "
     "the ticket anyway.",
     "they backed the ticket anyway", "Many of the county party chairmen"),
    ("a document the clause says where it appeared",
     "A 2019 study that appeared in the Harbor Medical Journal found that the tablets did nothing for sleep.",
     "that the tablets did nothing for sleep", "study"),
]


@pytest.mark.parametrize("name,text,said,mention", THE_NOUN_BEFORE_THE_RELATIVE_CLAUSE_SPEAKS,
                         ids=[c[0] for c in THE_NOUN_BEFORE_THE_RELATIVE_CLAUSE_SPEAKS])
def test_the_noun_before_the_relative_clause_speaks(name, text, said, mention):
    found = reports(text)
    assert said in found, list(found)
    assert found[said].mention == mention


THE_NEAREST_SUBJECT_STAYS = [
    ("a name right after 'that' is its clause's subject",
     "The ferry plan that Ruiz says will cut costs was approved by the board on Tuesday.",
     "will cut costs", "Ruiz"),
    ("'that' after a verb opens the report",
     "Ana Ruiz said that farmers in Dover told the board the fee was unfair.",
     "that farmers in Dover told the board the fee was unfair", "Ana Ruiz"),
    ("a relative clause set off by commas",
     "Tom Bell, who sold land to the county, said the price was fair.",
     "the price was fair", "Tom Bell"),
]


@pytest.mark.parametrize("name,text,said,mention", THE_NEAREST_SUBJECT_STAYS,
                         ids=[c[0] for c in THE_NEAREST_SUBJECT_STAYS])
def test_the_nearest_subject_stays(name, text, said, mention):
    found = reports(text)
    hits = [q for t, q in found.items() if said in t]
    assert hits, list(found)
    assert hits[0].mention == mention


THE_SHOUTS_OWN_SUBJECT_SHOUTS = [
    ("a heckler in a clause after the sentence's verb",
     '"There is a young man with some trouble here," Tom Bell said as the heckler yelled: "Go home!"',
     "Go home!", "the heckler"),
    ("a group after 'as'",
     "Once, when they spotted a trawler, Tom Bell steered past it while his friends jeered, ''Turn back!''",
     "Turn back!", "his friends"),
    ("the phrase opens at its article, after 'at which point'",
     'Ruiz said, "Ana Vole will fix the pier" - at which point the audience chanted "Fix the pier!"',
     "Fix the pier!", "the audience"),
    ("a name the cast knows",
     'At the hearing, Ana Ruiz shouted "Enough!" at the board.',
     "Enough!", "Ana Ruiz"),
    ("a participle after a clause the sentence ends on",
     'Ruiz spoke near the ferry office, where about 40 fishers had gathered on Monday, chanting "No toll, no vote."',
     "No toll, no vote.", "about 40 fishers"),
    ("a participle after 'with' and its phrase",
     'The pier was on everyone\'s mind, with dozens of marchers and onlookers chanting "We are Dover."',
     "We are Dover.", "dozens of marchers and onlookers"),
    ("a participle after the main clause shares the sentence's subject",
     'When the rally ended, fans marched down the quay, chanting "Four more years!"',
     "Four more years!", "fans"),
    ("a place after a preposition is no subject",
     'Protesters outside City Hall chanted "Shame on the board!"',
     "Shame on the board!", "Protesters"),
]


@pytest.mark.parametrize("name,text,said,mention", THE_SHOUTS_OWN_SUBJECT_SHOUTS,
                         ids=[c[0] for c in THE_SHOUTS_OWN_SUBJECT_SHOUTS])
def test_the_shouts_own_subject_shouts(name, text, said, mention):
    found = reports(text)
    assert said in found, list(found)
    assert found[said].mention == mention
    assert found[said].kind == "direct"


def speakers(text):
    return [(q.text, q.speaker, q.mention) for q in extract(text, date="2024-04-10")]


A_PRONOUN_FINDS_THE_DESCRIBED_SPEAKER = [
    ("a definite description no one in the cast fits, then 'he'",
     'Tom Bell ran the port for a decade. "There is no plan," the harbor\'s new director said on Friday.\n\n'
     '"We will write one," he said.',
     "We will write one,", "the harbor's new director"),
    ("an inverted description, then 'she'",
     'Ana Vole runs the bakery. "I was born here," said the woman, who asked not to be named.\n\n'
     '"I never left," she said.',
     "I never left,", "the woman"),
    ("a description that fits a named person stays that person",
     'Mayor Ana Ruiz spoke first. "We will rebuild," the mayor said.\n\n"It will take years," she said.',
     "It will take years,", "Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,speaker", A_PRONOUN_FINDS_THE_DESCRIBED_SPEAKER,
                         ids=[c[0] for c in A_PRONOUN_FINDS_THE_DESCRIBED_SPEAKER])
def test_a_pronoun_finds_the_described_speaker(name, text, said, speaker):
    found = {t: (s, m) for t, s, m in speakers(text)}
    assert said in found, list(found)
    assert found[said][0] == speaker
    assert found[said][1] in ("he", "she")
