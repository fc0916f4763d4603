"""Where a report ends when the engine used to cut it short, in sentences the team wrote (invented people
and places).

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The whole text of the report in ``text`` that holds ``phrase``."""
    return find(extract(text), phrase).text


CONTRASTS = [
    # ", but" then a contrast with no subject of its own leans on the reported words before it
    ("', but not' and a phrase", "Mayor Ana Ruiz said the levy should be paid by the dock owners, but not by the "
     "fishermen.", "levy should be paid", "the levy should be paid by the dock owners, but not by the fishermen"),
    ("', but rather' and a verb", "The harbour board insisted the ferry would not be sold, but rather leased to "
     "the island.", "ferry would not", "the ferry would not be sold, but rather leased to the island"),
    ("', but also' and an infinitive", "Councillor Ben Adler argued that the pier must be rebuilt not only to "
     "save the ferry, but also to bring back the market.", "pier must be rebuilt",
     "that the pier must be rebuilt not only to save the ferry, but also to bring back the market"),
    ("', but only' and a clause", "Mayor Ana Ruiz noted that 40 boats used the harbour in 1990, but only 12 do "
     "today.", "40 boats", "that 40 boats used the harbour in 1990, but only 12 do today"),
    # look-alikes: a clause with its own subject, or a second predicate of the sentence's subject
    ("', but' and a subject of its own", "Mayor Ana Ruiz said the levy was fair, but he disagreed.",
     "levy was fair", "the levy was fair"),
    ("', but also' and the subject's own past tense", "Councillor Ben Adler praised the new harbour wall, but "
     "also warned of its cost.", "harbour wall", "the new harbour wall"),
]


@pytest.mark.parametrize("name,text,phrase,said", CONTRASTS, ids=[c[0] for c in CONTRASTS])
def test_a_contrast_that_leans_on_the_report_is_part_of_it(name, text, phrase, said):
    assert report_text(text, phrase) == said


def test_a_comma_inside_the_quoted_words_of_a_gerunds_report_ends_nothing():
    # "while praising …": the gerund's phrase ends at its own comma, not at one inside the marks
    text = 'Mayor Ana Ruiz opened the pier on Friday while praising the levy as a "fair, modest price."'
    assert report_text(text, "levy as") == 'the levy as a "fair, modest price."'
