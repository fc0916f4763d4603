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


PARTICIPLES = [
    # after a whole reported clause, a participle's phrase says what followed from the reported fact
    ("what the sum came to", "The harbour trust said it raised $2 million in May, bringing its total for the year "
     "to $9 million.", "raised $2 million", "it raised $2 million in May, bringing its total for the year to "
     "$9 million"),
    ("what the closure left", "Mayor Ana Ruiz warned that the ferry would stop in winter, leaving the island cut "
     "off for weeks.", "ferry would stop", "that the ferry would stop in winter, leaving the island cut off for "
     "weeks"),
    # look-alikes: the speaker's next words, a reaction to the words, the speaker's manner
    ("a participle of speech", "Mayor Ana Ruiz said the pier was safe, adding that the ferry was not.",
     "pier was safe", "the pier was safe"),
    ("a reaction to the words", "Mayor Ana Ruiz said the pier would be sold, drawing a sharp reply from the "
     "fishermen.", "pier would be sold", "the pier would be sold"),
    ("the speaker's manner", "Ben Adler said the board had failed the town, contrasting himself with the old "
     "chairman.", "board had failed", "the board had failed the town"),
    ("after an object alone", "Mayor Ana Ruiz praised the new harbour wall, bringing the crowd to its feet.",
     "harbour wall", "the new harbour wall"),
]


@pytest.mark.parametrize("name,text,phrase,said", PARTICIPLES, ids=[c[0] for c in PARTICIPLES])
def test_a_participle_after_a_reported_clause_goes_on_with_it(name, text, phrase, said):
    assert report_text(text, phrase) == said
