"""How far a report runs past its verb, in sentences the team wrote.

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The whole text of the report in ``text`` that holds ``phrase``."""
    return find(extract(text), phrase).text


# After a verb of speech, 'and'/'but' and a second predicate end an object that has no verb of its own:
# what follows is what the speaker did next. A reported clause keeps its own second predicate.
SECOND_PREDICATE_AFTER_SPEECH = [
    ("object, then 'and has since'",
     "Councillor Ben Adler denied the charges of fraud and has since resigned from the harbour board.",
     "charges of fraud", "the charges of fraud"),
    ("infinitive object, then 'and has since'",
     "Mayor Ana Ruiz urged residents to stay off the pier and has since closed it to walkers.",
     "stay off the pier", "residents to stay off the pier"),
    ("object, then 'but was'",
     "Mayor Ana Ruiz announced a new ferry timetable but was booed by the crowd at the quay.",
     "ferry timetable", "a new ferry timetable"),
    # look-alikes it leaves alone
    ("a clause keeps its second predicate", "Mayor Ana Ruiz said the ferry was late and had been for weeks.",
     "ferry was late", "the ferry was late and had been for weeks"),
    ("a clause with a present-tense verb", "Councillor Ben Adler said he fears the storm and is moving his "
     "boat inland.", "fears the storm", "he fears the storm and is moving his boat inland"),
    ("a that-clause keeps its second predicate", "Mayor Ana Ruiz announced that the ferry would stop and was "
     "unlikely to run again.", "ferry would stop", "that the ferry would stop and was unlikely to run again"),
    ("', and' after the object is left as it was",
     "Councillor Ben Adler denied the charges of fraud, and has since hired a lawyer from Ashford.",
     "charges of fraud", "the charges of fraud, and has since hired a lawyer from Ashford"),
]


@pytest.mark.parametrize("name,text,phrase,said", SECOND_PREDICATE_AFTER_SPEECH,
                         ids=[c[0] for c in SECOND_PREDICATE_AFTER_SPEECH])
def test_second_predicate_after_a_verb_of_speech(name, text, phrase, said):
    assert report_text(text, phrase) == said
