""""He" and "she" after a sentence point back to its main clause's subject, not to a subordinate clause's.

A person named as the subject of a clause that "after", "when", "that", "what" … opens ("Ruiz spoke after Tom
Bell had reported the leak") used to be recorded as a subject of the sentence, and so, named last, won a
"he" or "she" of the next sentence. Now such a subject is the clause's only, up to its sentence's end, as
the subject of a relative clause is; but only where a person is the main clause's subject before it: in
"The plan stalled when Tom Bell left. He said …" nobody else is there for "he" to mean.

The sentences are the team's own, with invented names and places.
"""
import pytest

from found import find
from quotes import extract


def speaker_of(text, words):
    """The speaker of the first quote whose text holds ``words``."""
    return find(extract(text), words).speaker


SUBORDINATE_CLAUSE = [
    ("after: a clause's subject after its sentence",
     "Mayor Ana Ruiz spoke on Monday after Lena Bell had reported the ferry leak.\n\n"
     "“The levy is within the law,” she said.",
     "The levy is within the law", "Ana Ruiz"),
    ("when: a clause's subject after its sentence",
     "Mayor Ana Ruiz left the hall when Councilwoman Lena Bell reported the harbor figures.\n\n"
     "“The levy is within the law,” she said.",
     "The levy is within the law", "Ana Ruiz"),
    ("what: a clause's subject after its sentence",
     "Mayor Ana Ruiz disputed what Lena Bell told the harbor board on Tuesday.\n\n"
     "“The levy is within the law,” she said.",
     "The levy is within the law", "Ana Ruiz"),
    ("look-alike: no person is the main clause's subject",
     "The ferry plan stalled in the spring when Lena Bell reported the harbor figures.\n\n"
     "“The levy is within the law,” she said.",
     "The levy is within the law", "Lena Bell"),
    ("look-alike: a pronoun inside the clause's sentence is the clause's subject",
     "Mayor Ana Ruiz left the hall after Lena Bell reported that she would vote against the ferry levy.",
     "would vote against the ferry levy", "Lena Bell"),
    ("look-alike: a subject after a plain comma opens a main clause",
     "Mayor Ana Ruiz left the hall early, and Lena Bell told the harbor board about the figures.\n\n"
     "“The levy is within the law,” she said.",
     "The levy is within the law", "Lena Bell"),
]


@pytest.mark.parametrize("name,text,words,speaker", SUBORDINATE_CLAUSE, ids=[c[0] for c in SUBORDINATE_CLAUSE])
def test_subordinate_clause_subject_is_a_subject_only_in_its_sentence(name, text, words, speaker):
    assert speaker_of(text, words) == speaker
