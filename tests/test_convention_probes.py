"""Quoting conventions found failing by a grammar of probe sentences (every mark style, speaker form and
attribution layout the README promises), each with a look-alike the fix must leave alone.

The sentences are the team's own, with invented people and places.
"""
import pytest

from found import find
from quotes import extract


def speaker_of(text, phrase):
    """The speaker of the quote of any kind that contains the phrase."""
    return find(extract(text), phrase).speaker


HONORIFIC_GENDER = [
    ("'Mr.' passes over the wife who shares his surname",
     "Ana Corvel and her husband, Luis Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Mr. Corvel said.",
     "boats running all winter", "Luis Corvel"),
    ("'Ms.' passes over the husband who shares her surname",
     "Luis Corvel and his wife, Ana Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Ms. Corvel said.",
     "boats running all winter", "Ana Corvel"),
    ("look-alike: a bare surname two people share still goes to the one who acts",
     "Ana Corvel and her husband, Luis Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Corvel said.",
     "boats running all winter", "Ana Corvel"),
    ("look-alike: an honorific that fits nobody decides nothing (the one who acts, as for a bare surname)",
     "Ana Corvel and her sister, Rosa Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Mr. Corvel said.",
     "boats running all winter", "Ana Corvel"),
]


@pytest.mark.parametrize("text, phrase, speaker", [r[1:] for r in HONORIFIC_GENDER],
                         ids=[r[0] for r in HONORIFIC_GENDER])
def test_honorific_gender_picks_among_people_of_one_surname(text, phrase, speaker):
    assert speaker_of(text, phrase) == speaker
