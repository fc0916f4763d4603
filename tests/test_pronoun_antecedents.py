""""He" and "she" point back to a sentence's own subject, not to someone it names in passing.

Three ways a person named in passing used to pass for a sentence's subject, and so win a later pronoun:

* the subject of a relative clause ("…, who say …"): it speaks, but only inside the clause; after the
  sentence, "she" is still the main clause's subject (inside it, "who said she …" is the clause's own);
* a name after an abbreviation's period ("particularly Sens. Tom Bell and …", "the scholar A.E. Bell"):
  the period looked like a sentence's end, so the name looked like the subject of a new sentence. A title
  that opens its sentence ("Texas Sen. Ana Ruiz is …") still makes its name the subject; a list's number
  ("3. Ana Ruiz.") is no abbreviation.
* a name after a word in quotation marks ('turned to “little” Tom Bell'): the closing mark looked like a
  quoted sentence's end; it ends one only after the quote's own period, "!", "?" (or comma: '“…,” Bell').

The sentences are the team's own, with invented names and places.
"""
import pytest

from found import find
from quotes import extract


def speaker_of(text, words):
    """The speaker of the first quote whose text holds ``words``."""
    return find(extract(text), words).speaker


RELATIVE_CLAUSE = [
    ("a relative clause's subject after the sentence",
     "Mayor Tom Ruiz met Governors Sam Bell and Dan Okoye, who say the ferry levy is fair. "
     "He said the harbor needed the money.",
     "the harbor needed the money", "Tom Ruiz"),
    ("a relative clause's subject, the object of a preposition",
     "Tom Ruiz spoke with Sam Bell, who argued that the pier was unsafe.\n\n"
     "“The levy is within the law,” he said.",
     "The levy is within the law", "Tom Ruiz"),
    ("look-alike: a pronoun later in the relative clause's sentence is the clause's subject",
     "Tom Ruiz met Sam Bell, who argued that the pier was unsafe, though he said the ferry could still run.",
     "the ferry could still run", "Sam Bell"),
    ("look-alike: the relative clause's own speaker",
     "Tom Ruiz met Sam Bell, who said he planned to vote for the levy.",
     "planned to vote for the levy", "Sam Bell"),
]


@pytest.mark.parametrize("name,text,words,speaker", RELATIVE_CLAUSE, ids=[c[0] for c in RELATIVE_CLAUSE])
def test_relative_clause_subject_is_a_subject_only_in_its_sentence(name, text, words, speaker):
    assert speaker_of(text, words) == speaker


ABBREVIATED_TITLES = [
    ("a plural title's abbreviation before names in passing",
     "Tom Ruiz criticized his rivals, particularly Sens. Sam Bell and Dan Okoye, on Friday.\n\n"
     "“The levy is within the law,” he said.",
     "The levy is within the law", "Tom Ruiz"),
    ("initials before a name in passing",
     "Tom Ruiz had consulted the scholar J.K. Sam Bell at the harbor college.\n\n"
     "“The levy is within the law,” he said.",
     "The levy is within the law", "Tom Ruiz"),
    ("look-alike: a title that opens its sentence",
     "Tom Ruiz spoke first.\n\nTexas Sen. Sam Bell is touring the harbor this week.\n\n"
     "“The levy will pass,” he said.",
     "The levy will pass", "Sam Bell"),
    ("look-alike: a list number before a name opens it",
     "Tom Ruiz spoke first.\n\n3. Sam Bell. His campaign is a quiet one. He said the levy would pass.",
     "the levy would pass", "Sam Bell"),
    ("look-alike: a singular honorific before a name in passing",
     "Tom Ruiz criticized his rival, Sen. Sam Bell, on Friday.\n\n“The levy is within the law,” he said.",
     "The levy is within the law", "Tom Ruiz"),
]


@pytest.mark.parametrize("name,text,words,speaker", ABBREVIATED_TITLES, ids=[c[0] for c in ABBREVIATED_TITLES])
def test_a_name_after_an_abbreviation_opens_no_sentence(name, text, words, speaker):
    assert speaker_of(text, words) == speaker


QUOTED_WORD_BEFORE = [
    ("a quoted word before a name in passing",
     "Tom Ruiz attacked the board. Then he turned to “little” Sam Bell. He said the levy would pass.",
     "the levy would pass", "Tom Ruiz"),
    ("a quoted epithet before an object",
     "Tom Ruiz praised the “brave” Sam Bell on Friday.\n\n“The levy will pass,” he said.",
     "The levy will pass", "Tom Ruiz"),
    ("look-alike: a name after a quoted sentence's end opens a sentence",
     "Tom Ruiz called the pier “safe.” Sam Bell disagreed on Friday.\n\n“The beams have rotted,” he said.",
     "The beams have rotted", "Sam Bell"),
]


@pytest.mark.parametrize("name,text,words,speaker", QUOTED_WORD_BEFORE, ids=[c[0] for c in QUOTED_WORD_BEFORE])
def test_a_name_after_a_quoted_word_opens_no_sentence(name, text, words, speaker):
    assert speaker_of(text, words) == speaker
