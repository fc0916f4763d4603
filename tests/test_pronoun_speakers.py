"""Pronoun speakers: what a "he", "she", "they" or "it" opening a cue's clause points back to, and the
pronouns that point back to nobody.

The sentences are the team's own, with invented names and places. Each case is an article, a phrase of
the quote it yields, and the speaker a reader would give that quote (None: nobody).
"""
import pytest

from found import find
from quotes import extract


def speaker_of(text, phrase):
    """The speaker of the first quote of any kind that contains the phrase."""
    return find(extract(text), phrase).speaker


EXPLETIVE_IT = [
    ("an expletive 'it's' + adverb + adjective + 'to' names nobody",
     "The Harbor League has courted the dockworkers for years now. It’s grimly odd to watch Tom Vale, who "
     "campaigned on the harbor and sought the league’s blessing, praise its ferries.",
     "the league’s blessing", "Tom Vale"),   # (the relative clause's subject, not the League)
    ("an expletive 'it is' + adjective + 'that' names nobody",
     "The Harbor League has courted the dockworkers for years now. It was strangely sad that Tom Vale, who "
     "campaigned on ferries and sought the league’s blessing, lost.",
     "the league’s blessing", "Tom Vale"),   # (the relative clause's subject, not the League)
    # look-alike: "it" with a verb of saying is the body just named
    ("a referential 'it' after a body still finds the body",
     "The Harbor League met on Monday. It said that the ferries would run late all winter.",
     "ferries would run late", "the Harbor League"),
]


@pytest.mark.parametrize("text, phrase, speaker", [c[1:] for c in EXPLETIVE_IT],
                         ids=[c[0] for c in EXPLETIVE_IT])
def test_expletive_it_names_nobody(text, phrase, speaker):
    assert speaker_of(text, phrase) == speaker


THEY_AFTER_A_GENERATION = [
    ("'they' after a generation named as the subject before",
     "Millennials have a warning for the next governor. They say the ferries must run on time, and by a wide "
     "margin.",
     "ferries must run on time", "Millennials"),
    ("'they' after a generation with a count before it",
     "Many Millennials in Dunmore have a warning for the next governor. They say the ferries must run on time.",
     "ferries must run on time", "Many Millennials"),
    # look-alike: "associates" after a name is its verb, no group of people
    ("a name and the verb 'associates' make no group",
     "Tom Vale associates freely with the dockworkers of Dunmore. They said the ferries must run on time, and "
     "by a wide margin.",
     "ferries must run on time", None),
]


@pytest.mark.parametrize("text, phrase, speaker", [c[1:] for c in THEY_AFTER_A_GENERATION],
                         ids=[c[0] for c in THEY_AFTER_A_GENERATION])
def test_they_after_a_generation(text, phrase, speaker):
    assert speaker_of(text, phrase) == speaker
