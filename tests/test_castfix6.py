"""Runs of capitalised words that name no person: a venue, a room named for someone, a plural, a demonym.

The cast of an article (people.Cast) registers every run of capitals shaped like a full name, so that a later
"he" or "she" can find the person. A run that names a hotel, a restaurant, a briefing room, a charity called by
a plural, or the people of a region is no one a pronoun can mean.
"""
import pytest

import quotes
from quotes.engine.people import Cast

NOT_PEOPLE = [
    # a venue's head word last: a hotel, a tower
    ("Nora Feld became president of Trump Halvard Hotel near the pier.", "Trump Halvard Hotel"),
    ("The Rusk Tower was sold.", "Rusk Tower"),
    # a phenomenon or a doctrine named for someone
    ("Critics doubt that the so-called Harlow Effect exists.", "Harlow Effect"),
    ("A hall of mirrors that is Ruiz World told me so.", "Ruiz World"),
    # a name a room is named for, followed by the room's words
    ("Speaking to reporters in the White House Maria Delcourt briefing room Monday, the mayor said the port "
     "would reopen.", "Maria Delcourt"),
    # a plural of a noun for people last
    ("He chaired Big Brothers/Big Sisters in Dunmore.", "Big Sisters"),
    # a regional demonym
    ("The senator met Samoan and Pacific Islander students in Elston.", "Pacific Islander"),
    # a restaurant called "chez" someone
    ("Making her way around Chez Dorval, the senator thanked a diner.", "Chez Dorval"),
]

PEOPLE = [
    # a title's own name may end in a venue's word
    ("Mayor Dana Tower opened the pier.", "Dana Tower"),
    ("Ana Ruiz said the pier would open.", "Ana Ruiz"),
    ("Ana Ruiz visited the Lind Hotel on Monday.", "Ana Ruiz"),
]


def _people(text):
    return [e.name for e in Cast(text).entities if e.kind == "person"]


@pytest.mark.parametrize("text,run", NOT_PEOPLE)
def test_run_names_no_person(text, run):
    assert run not in _people(text)


@pytest.mark.parametrize("text,name", PEOPLE)
def test_person_still_registered(text, name):
    assert name in _people(text)


# input -> a name that must not be the speaker: a "she" after a venue's name does not mean the venue
NOT_SPEAKERS = [
    ("Making her way around Chez Dorval, Ruiz greeted a diner. \"With your help, we can do it,\" she said.",
     "Chez Dorval"),
    ("The campaign stopped in Elston. Making her way around Chez Dorval, the senator greeted a diner. "
     "\"With your help, we can do it,\" she said.", "Chez Dorval"),
]


@pytest.mark.parametrize("text,venue", NOT_SPEAKERS)
def test_pronoun_does_not_mean_a_venue(text, venue):
    got = [q.speaker for q in quotes.extract(text) if q.kind == "direct"]
    assert len(got) == 1 and got[0] != venue
