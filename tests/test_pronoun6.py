"""Sentence subjects the cast misses, which a following "he" or "she" points back to.

Two shapes of news writing put the person a sentence is about somewhere other than its opening words:

- a yes/no question names its subject after the auxiliary ("Was Okafor pleased by Bell's answer?"),
  and the quote that answers it ("“To a point,” he said") is that person's, not the one named last;
- a sentence that opens with a possessor and goes on in the passive names its doer after "by"
  ("Ortiz's plan was backed Friday by Sen. Maria Lopez"): the doer, not the possessor, is who a following
  "she said" means.

Each table pairs what is resolved with a look-alike it must leave alone. The sentences are the team's own.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The first quote whose text holds ``words``."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return hits[0]


SUBJECTS = [
    ("a question's subject after its auxiliary answers the question",
     "Ben Okafor, a welder from Akron, asked about visas. Marco Bell answered at length, citing the rules "
     "of the trade.\n\nWas Okafor pleased by Bell’s answer?\n\n\"To a point,\" he said.\n",
     "To a point", "Ben Okafor"),
    ("the same with 'Did' and a possessive object",
     "Tomas Reyna, a farmer near Salina, asked about water rights. Owen Hale gave a long reply.\n\n"
     "Did Reyna like Hale’s plan?\n\n\"Not much,\" he said.\n",
     "Not much", "Tomas Reyna"),
    ("a possessor's passive sentence: its doer named after 'by' speaks next",
     "Lena Ortiz insists the harbor permits were filed on time.\n\nPort director Tom Kirby told reporters on "
     "Tuesday that no ruling was near. He added that nine permits were pending.\n\nOrtiz's account was "
     "backed Wednesday by Sen. Maria Lopez of Ohio, who chairs the coastal panel.\n\n\"Nobody on the "
     "panel has seen a late filing from the harbor office,\" she told the Dayton Ledger.\n",
     "Nobody on the panel", "Maria Lopez"),
    # look-alikes: the sentence's subject stays the opener's
    ("a possessor's sentence in the active voice keeps the possessor as its subject",
     "Lena Ortiz spoke first.\n\nOrtiz's plan drew praise on Friday from Sen. Maria Lopez.\n\n"
     "\"We will file it next week,\" she said.\n",
     "We will file it", "Lena Ortiz"),
    ("a question whose subject is no name leaves the last speaker",
     "Ben Okafor, a welder from Akron, asked about visas.\n\n\"We need more of them,\" he said.\n\n"
     "Was the answer enough?\n\n\"Not yet,\" he said.\n",
     "Not yet", "Ben Okafor"),
]


@pytest.mark.parametrize("why,text,words,speaker", SUBJECTS, ids=[r[0] for r in SUBJECTS])
def test_pronoun_finds_the_missed_subject(why, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker
