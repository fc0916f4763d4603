"""Speakers the engine used to get wrong or leave out: "he" and "she" that found the wrong person, quoted
words whose sentence names a body as its subject.

After a bare surname two people of the article share: "Ruiz said …" where the article names Ana Ruiz and
her husband Luis Ruiz is resolved to one of them with nothing to tell which. A "he" or "she" that follows
tells: when the one the surname was resolved to is of the other gender and exactly one namesake is of the
pronoun's, the pronoun is that namesake. A full name, a namesake of the same gender as the one resolved, or
no namesake at all change nothing.

After a known surname that opens a clause inside a sentence (see CLAUSE_SUBJECTS), or whose possessive opens
a sentence (see POSSESSORS).

Quoted words in a sentence that reports nothing, whose subject is an organisation named as written (see
BODY_SUBJECTS).

The sentences are the team's own, with invented names and places.
"""
import pytest

from found import find
from quotes import extract


def speaker_of(text, words):
    """The speaker of the first quote whose text holds ``words``."""
    return find(extract(text), words).speaker


NAMESAKES = [
    ("a bare surname resolved to the wife, then 'he'",
     "Ana Ruiz runs the ferry company in Port Avel; her husband, Luis Ruiz, keeps its books.\n\n"
     "The mayor, Tom Bell, wants the fares cut.\n\n"
     "Ruiz said the fares would stay low this winter. “We will not raise them,” he added.",
     "We will not raise them", "Luis Ruiz"),
    ("a bare surname resolved to the husband, then 'she'",
     "Luis Ruiz runs the ferry company in Port Avel; his wife, Ana Ruiz, keeps its books.\n\n"
     "Mayor Jane Bell wants the fares cut.\n\n"
     "Ruiz told the council that the pier was unsafe. She said the repairs would take a year.",
     "the repairs would take a year", "Ana Ruiz"),
    ("look-alike: the pronoun fits the one the surname was resolved to",
     "Ana Ruiz runs the ferry company in Port Avel; her husband, Luis Ruiz, keeps its books.\n\n"
     "Mayor Jane Bell wants the fares cut.\n\n"
     "Ruiz said the fares would stay low this winter. “We will not raise them,” she added.",
     "We will not raise them", "Ana Ruiz"),
    ("look-alike: a full name is no bare surname",
     "Luis Ruiz runs the ferry company in Port Avel; his wife, Ana Ruiz, keeps its books.\n\n"
     "Mayor Jane Bell wants the fares cut.\n\n"
     "Luis Ruiz told the council that the pier was unsafe. She said the repairs would take a year.",
     "the repairs would take a year", "Jane Bell"),
    ("look-alike: two namesakes of the pronoun's gender, so neither",
     "Ana Ruiz runs the ferry company in Port Avel; her husband, Luis Ruiz, and her son, Dan Ruiz, keep "
     "its books.\n\nThe mayor, Tom Bell, wants the fares cut.\n\n"
     "Ruiz said the fares would stay low this winter. “We will not raise them,” he added.",
     "We will not raise them", "Tom Bell"),
    ("look-alike: no namesake at all, so nobody is invented",
     "Ana Ruiz runs the ferry company in Port Avel.\n\n"
     "Ruiz said the fares would stay low this winter. “We will not raise them,” he added.",
     "We will not raise them", None),
]


@pytest.mark.parametrize("name,text,words,speaker", NAMESAKES, ids=[c[0] for c in NAMESAKES])
def test_a_pronoun_after_a_shared_surname_is_the_namesake_of_its_gender(name, text, words, speaker):
    assert speaker_of(text, words) == speaker


# A known surname opening a clause inside a sentence is that clause's subject, so a later "he" finds it:
# after a comma and a conjunction, or after an article and a compound adjective. A surname inside a
# description ("a spokesman for the Okafor campaign") or a possessive ("Okafor’s aides") is no subject.
CLAUSE_SUBJECTS = [
    ("after a comma and 'but'",
     "Sam Okafor chairs the harbor board.\n\n"
     "The mayor, Tom Bell, wanted to close the debate, but Okafor was not having it. “We are not done,” he said.",
     "We are not done", "Sam Okafor"),
    ("after a comma and 'and'",
     "Sam Okafor chairs the harbor board.\n\n"
     "The mayor, Tom Bell, met the staff, and Okafor joined them later. “We are not done,” he said.",
     "We are not done", "Sam Okafor"),
    ("after an article and a compound adjective",
     "Sam Okafor chairs the harbor board.\n\n"
     "The mayor, Tom Bell, spoke first, but a hoarse-voiced Okafor got in several digs. "
     "“We are not done,” he said.",
     "We are not done", "Sam Okafor"),
    ("look-alike: the surname inside a description",
     "Sam Okafor chairs the harbor board.\n\n"
     "Tom Bell, a spokesman for the Okafor campaign, released the figures. “We are not done,” he said.",
     "We are not done", "Tom Bell"),
    ("look-alike: a possessive after the conjunction",
     "Sam Okafor chairs the harbor board.\n\n"
     "Tom Bell, the mayor, met the staff, and Okafor’s aides joined them later. “We are not done,” he said.",
     "We are not done", "Tom Bell"),
]


@pytest.mark.parametrize("name,text,words,speaker", CLAUSE_SUBJECTS, ids=[c[0] for c in CLAUSE_SUBJECTS])
def test_a_surname_opening_a_clause_is_a_subject_for_a_later_pronoun(name, text, words, speaker):
    assert speaker_of(text, words) == speaker


# Quoted words of five or more in a sentence with no verb of saying around them are the sentence subject's when
# it is an organisation named as written, if no quote before them in the paragraph and no description opening
# the sentence speaks. A place or a pronoun as the subject names nobody whose words they are.
BODY_SUBJECTS = [
    ("a council, by its name",
     "The Ashford Harbor Council voted for a motion which said the port “must close the north pier before the "
     "winter storms.”",
     "must close the north pier", "the Ashford Harbor Council"),
    ("a newspaper, by its name",
     "The Marlow Gazette ran an editorial that noted the mayor's “plan would cost the ferry riders far more "
     "than the tourists.”",
     "plan would cost the ferry riders", "the Marlow Gazette"),
    ("look-alike: a place as the subject",
     "Coastal Alaska has since become “the quietest stretch of the whole northern coast,” by most accounts.",
     "the quietest stretch", None),
    ("look-alike: a pronoun as the subject",
     "The harbor council met on Monday. It passed a motion which said the port “must close the north pier "
     "before the winter storms.”",
     "must close the north pier", None),
]


@pytest.mark.parametrize("name,text,words,speaker", BODY_SUBJECTS, ids=[c[0] for c in BODY_SUBJECTS])
def test_quoted_words_are_the_body_the_sentence_names_as_its_subject(name, text, words, speaker):
    assert speaker_of(text, words) == speaker


# A sentence opening with a known surname's possessive ("Okafor’s plan drew jeers.") is about that person: a
# "he" after it points back to them. A possessive inside the sentence, or of a word no one is named by,
# changes nothing.
POSSESSORS = [
    ("a possessive opening the sentence, then a clause",
     "Sam Okafor chairs the harbor board.\n\nThe mayor, Tom Bell, spoke after the vote.\n\n"
     "Okafor’s plan for the pier drew jeers from the crowd. He said the repairs would take a year.",
     "the repairs would take a year", "Sam Okafor"),
    ("a possessive opening the sentence, then a quote",
     "Sam Okafor chairs the harbor board.\n\nThe mayor, Tom Bell, spoke after the vote.\n\n"
     "Okafor’s posts about the ferry drew wide notice. “The pier will not last the winter,” he wrote.",
     "The pier will not last the winter", "Sam Okafor"),
    ("look-alike: the possessive inside the sentence",
     "Sam Okafor chairs the harbor board.\n\n"
     "The mayor, Tom Bell, criticized Okafor’s plan for the pier. He said the repairs would take a year.",
     "the repairs would take a year", "Tom Bell"),
    ("look-alike: the possessive of a place, no one's name",
     "Sam Okafor chairs the harbor board.\n\nThe mayor, Tom Bell, spoke after the vote.\n\n"
     "Ashford’s plan for the pier drew jeers from the crowd. He said the repairs would take a year.",
     "the repairs would take a year", "Tom Bell"),
]


@pytest.mark.parametrize("name,text,words,speaker", POSSESSORS, ids=[c[0] for c in POSSESSORS])
def test_a_surname_whose_possessive_opens_a_sentence_is_a_subject_for_a_later_pronoun(name, text, words, speaker):
    assert speaker_of(text, words) == speaker


# A bare surname two people share: one the reader has met already, and of those, both of whom spoke as often,
# the one who last spoke before it (not the one the article happened to name last for the first time).
SURNAME_TIES = [
    ("the namesake who spoke last",
     "The council thanked Luis Ruiz for his years on the ferry board.\n\n"
     "Ana Ruiz said the ferry should keep its winter timetable.\n\n"
     "Luis Ruiz said the board had never seen the figures.\n\n"
     "“We were told nothing,” Ruiz said.", "told nothing", "Luis Ruiz"),
    ("the other namesake, when she spoke last",
     "The council thanked Luis Ruiz for his years on the ferry board.\n\n"
     "Luis Ruiz said the board had never seen the figures.\n\n"
     "Ana Ruiz said the ferry should keep its winter timetable.\n\n"
     "“We were told nothing,” Ruiz said.", "told nothing", "Ana Ruiz"),
    ("not one the article names only later",
     "I first met Tomas Lind on the quay in 2019.\n\n"
     "Lind, now 71, has skippered the ferry for 38 years. “Fish, probably,” he said of his plans.\n\n"
     "His wife, Marit Lind, said he had been arguing with the council since 1986.", "Fish", "Tomas Lind"),
]


@pytest.mark.parametrize("name, text, words, speaker", SURNAME_TIES, ids=[r[0] for r in SURNAME_TIES])
def test_a_shared_surname_is_the_one_who_spoke_last(name, text, words, speaker):
    assert speaker_of(text, words) == speaker
