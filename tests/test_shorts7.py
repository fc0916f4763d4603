"""Where a report ends when the engine used to cut it short, in sentences the team wrote (invented people
and places), part 7.

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from found import find
from quotes import extract


def report(text, phrase):
    """The report in ``text`` that holds ``phrase``."""
    return find(extract(text), phrase)


CONJUNCTS = [
    # a verb of speech a few words after "and" that belongs to the conjunct, not to a second report
    ("an infinitive in the conjunct", "Tom Varga says he has paid the fees himself until he can persuade the "
     "ports and the airlines to agree to a levy.", "paid the fees",
     "he has paid the fees himself until he can persuade the ports and the airlines to agree to a levy"),
    ("a relative clause on the conjunct", "Ana Ruiz cited floods in Ashford, Dover and elsewhere that she blamed "
     "on the old dam.", "floods in Ashford", "floods in Ashford, Dover and elsewhere that she blamed on the old dam"),
    ("a participle that describes the conjunct", "The mayor praised the lifeboat crews, as well as the "
     "letters and good wishes posted by neighbours.", "lifeboat crews",
     "the lifeboat crews, as well as the letters and good wishes posted by neighbours"),
    # look-alikes: a second predicate of the speaker's, a purpose
    ("a second predicate in -ing", "The mayor won votes by criticizing the harbour board and refusing to "
     "admit that the dredging had failed.", "the harbour board", "the harbour board"),
]


@pytest.mark.parametrize("name,text,phrase,said", CONJUNCTS, ids=[c[0] for c in CONJUNCTS])
def test_a_verb_inside_a_conjunct_starts_no_second_report(name, text, phrase, said):
    assert report(text, phrase).text == said


ADJUNCTS = [
    # after a verb phrase (an infinitive, a gerund) a phrase of when or where is the reported act's
    ("an infinitive, then during", "The ferry union also plans to run radio ads during the harbour festival.",
     "run radio ads", "to run radio ads during the harbour festival"),
    ("a gerund after of, then at", "Councillor Ben Adler accused the harbour master of shoving him at a rally in "
     "Dover.", "harbour master", "the harbour master of shoving him at a rally in Dover"),
    # look-alikes: after a noun the phrase is the saying's; a clause of when is cut as before
    ("a noun, then during", "Councillor Ben Adler attacked the dredging plan during the harbour debate.",
     "dredging plan", "the dredging plan"),
    ("an infinitive, then while", "The ferry union plans to run radio ads while the harbour board meets.",
     "run radio ads", "to run radio ads"),
]


@pytest.mark.parametrize("name,text,phrase,said", ADJUNCTS, ids=[c[0] for c in ADJUNCTS])
def test_a_phrase_of_when_after_a_verb_phrase_stays_in_the_report(name, text, phrase, said):
    assert report(text, phrase).text == said


PERSONS = [
    # "as a …" after a person the verb praises or attacks says what they were called: part of the report
    ("defended as a", "Mayor Ana Ruiz defended Tom Varga as a steady hand at the port.", "Varga",
     "Tom Varga as a steady hand at the port"),
    ("attacked as being", "Ben Adler has attacked Ruiz as being too close to the shipping lines.", "Ruiz",
     "Ruiz as being too close to the shipping lines"),
    # look-alike: "as" and a clause says when
    ("praised as a clause of when", "Ben Adler praised Ruiz as the council voted.", "Ruiz", "Ruiz"),
]


@pytest.mark.parametrize("name,text,phrase,said", PERSONS, ids=[c[0] for c in PERSONS])
def test_a_person_as_what_they_were_called_is_one_report(name, text, phrase, said):
    assert report(text, phrase).text == said


def test_a_floating_both_after_a_dashed_aside_leaves_the_subject_before_it():
    # "— whose … — both suggested": "both" floats after the subject, which is the words before the dashes
    from quotes.engine.people import Cast
    from quotes.engine.phrases import subject_before
    text = "Dock workers — whose union was once respected — both suggested the pilot be fired."
    verb = text.index("suggested")
    assert subject_before(text, 0, verb, Cast(text), verb).mention == "Dock workers"


SECOND_THOUGHTS = [
    # what the reported clause's subject thought, wanted or found next, after "and"/", but", is still the report
    ("and wanted", "Ana Ruiz said she was tired of the delays and wanted a new pier.", "tired of",
     "she was tired of the delays and wanted a new pier"),
    ("but still feared", "Tom Hale said he was pleased with the vote but still feared the storm.", "pleased",
     "he was pleased with the vote but still feared the storm"),
    (", but found", "Ana Ruiz, a teacher, said she wanted a change at the port, but found the mayor too rude to "
     "back.", "wanted a change", "she wanted a change at the port, but found the mayor too rude to back"),
    # look-alikes: a verb of saying is the speaker's next report; an auxiliary of its own, a dash, a present tense
    ("and urged", "Tom Hale said the pier was safe and urged the board to reopen it.", "pier was safe",
     "the pier was safe"),
    ("and has long believed", "Tom Hale said the pier was safe and has long believed the board was wrong.",
     "pier was safe", "the pier was safe"),
    ("a dash, and thinks", "Tom Hale said he would not hold a vote — and thinks the board may change its mind.",
     "hold a vote", "he would not hold a vote"),
    (", but believes", "Tom Hale thinks the board would have closed the pier anyway, but believes the vote helped.",
     "closed the pier", "the board would have closed the pier anyway"),
]


@pytest.mark.parametrize("name,text,phrase,said", SECOND_THOUGHTS, ids=[c[0] for c in SECOND_THOUGHTS])
def test_what_the_reported_subject_thought_next_stays_in_the_report(name, text, phrase, said):
    assert report(text, phrase).text == said
