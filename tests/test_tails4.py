"""Reports that ran on past their end into the writer's words: an "as" that likens others to what was said
(", as have others …").

Each row is a sentence of the team's own (invented people and places), a phrase of the report, and the report
it must give; the look-alikes are sentences of the same shape that the rule must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


# ", as have others", ", as did …", ", as was the case …": "as" and an auxiliary after the report's comma
# liken others, or other times, to what was said: the writer's words, not the report's
AS_AUXILIARY_TAIL = [
    ("', as have' likens others who said the same",
     "The harbor pilots said they will not back Mayor Ines Vallo, as have several ferry captains from the "
     "north shore.",
     "will not back", "they will not back Mayor Ines Vallo"),
    ("', as has' with one other",
     "Councilwoman Orla Brink said she, too, wants an inquiry into the dredging contract, as has Senator Pavel "
     "Drey of Lenning.",
     "wants an inquiry", "she, too, wants an inquiry into the dredging contract"),
    ("', as was the case' likens another time",
     "Aides said the governor does not hold such meetings in public, as was the case with last week's harbor "
     "briefing.",
     "such meetings", "the governor does not hold such meetings in public"),
    ("look-alike: 'as' with no comma compares inside the clause",
     "Vallo said the new ferry was as fast as the old one had been.",
     "new ferry", "the new ferry was as fast as the old one had been"),
    ("look-alike: ', as' opening a clause of time stays",
     "Vallo said the fares would rise, as the fuel bill keeps growing.",
     "fares would rise", "the fares would rise, as the fuel bill keeps growing"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in AS_AUXILIARY_TAIL],
                         ids=[r[0] for r in AS_AUXILIARY_TAIL])
def test_as_and_an_auxiliary_after_the_report_is_the_writers(text, phrase, said):
    assert report_text(text, phrase) == said


# "on condition of anonymity" (and why) after the report: the terms the source spoke on are the writer's words,
# wherever in the sentence they come, not part of what was confirmed or described
ANONYMOUS_TERMS = [
    ("the terms and the reason after them",
     "Two aides confirmed the harbor visit on condition of anonymity since Mayor Vallo bars them from "
     "discussing it.",
     "harbor visit", "the harbor visit"),
    ("'only on condition of anonymity' after a longer object",
     "Senior port officials described the plans for the northern ferry dock only on condition of anonymity "
     "because the talks are secret.",
     "northern ferry", "the plans for the northern ferry dock"),
    ("'on the condition that his name not be used'",
     "A retired pilot described the night crossing on the condition that his name not be used because he "
     "still works on the river.",
     "night crossing", "the night crossing"),
    ("look-alike: a condition the speaker set is what was said",
     "Mayor Ines Vallo said she would sign the lease on the condition that the council pays for repairs.",
     "sign the lease", "she would sign the lease on the condition that the council pays for repairs"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in ANONYMOUS_TERMS], ids=[r[0] for r in ANONYMOUS_TERMS])
def test_the_terms_of_anonymity_are_the_writers(text, phrase, said):
    assert report_text(text, phrase) == said


# "and" then a second predicate of the subject ends an object of one word as it does a longer one ("claimed
# self-defense and was freed"): the words after it are the writer's account of what the subject did next
# (an object cut back so far reports nothing, as "denied the charges and was cleared" already did not)
ONE_WORD_OBJECT_AND_PREDICATE = [
    ("'and was' after a one-word object",
     "Ruiz claimed self-defense and was freed by the harbor court the following spring.",
     "harbor court"),
    ("'but was' after a one-word object",
     "Councilman Pavel Drey condemned smuggling but was careful not to blame the ferry crews for it.",
     "careful not to blame"),
]


@pytest.mark.parametrize("text, phrase", [r[1:] for r in ONE_WORD_OBJECT_AND_PREDICATE],
                         ids=[r[0] for r in ONE_WORD_OBJECT_AND_PREDICATE])
def test_a_second_predicate_is_no_part_of_a_one_word_object(text, phrase):
    assert not [q.text for q in extract(text) if phrase in q.text]


AND_PREDICATE_LOOK_ALIKES = [
    ("look-alike: a reported clause goes on with its own second predicate",
     "Hale said the ferry was late and had been for weeks.",
     "ferry was late", "the ferry was late and had been for weeks"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in AND_PREDICATE_LOOK_ALIKES],
                         ids=[r[0] for r in AND_PREDICATE_LOOK_ALIKES])
def test_a_reported_clause_keeps_its_second_predicate(text, phrase, said):
    assert report_text(text, phrase) == said
