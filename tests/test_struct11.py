"""Reports whose cue word the engine knows but whose sentence shape hid it, in sentences the team wrote.

An adverb in "-ly" between a form of "be" and the cue ("are quietly saying", "is suddenly promising", "was
especially critical of") leaves the cue the verb of its clause, as an auxiliary would; an adjective that ends in
"-ly" ("is likely", "was early") is no such adverb.
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.mention) for q in extract(text)]


ADVERB_AFTER_BE = [
    ("a progressive verb of speech",
     "Some residents are quietly saying the old ferry should be sold.",
     ("the old ferry should be sold", "Some residents")),
    ("a progressive verb of stance",
     "Mayor Ana Ruiz is suddenly promising a new pier for the east side.",
     ("a new pier for the east side", "Mayor Ana Ruiz")),
    ("an adjective of stance",
     "Tom Bell was especially critical of the toll the board approved in May.",
     ("the toll the board approved in May", "Tom Bell")),
    ("after a contracted 'are'",
     "By now they’re gently urging the port to delay the vote.",
     ("the port to delay the vote", "they")),
]


@pytest.mark.parametrize("name,text,found", ADVERB_AFTER_BE, ids=[c[0] for c in ADVERB_AFTER_BE])
def test_an_adverb_after_be_keeps_the_cue(name, text, found):
    assert found in reports(text), reports(text)


def test_an_adjective_in_ly_is_no_adverb():
    assert reports("The new pier is likely opening in May, the harbor board said.") \
        == [("The new pier is likely opening in May", "the harbor board")]


# Two words after a verb of speech or stance are a report when they make a phrase of what was said or the
# stance taken; not when the phrase breaks off, tells only when, how much or to whom, or greets someone.
TWO_WORDS_REPORTED = [
    ("a definite noun phrase", "The harbor board flatly denied the rumour.", "the rumour"),
    ("a pronoun after with", "Councillor Rita Vance agrees with them.", "with them"),
    ("an object and what it is called", "Most dock workers consider Ruiz honest.", "Ruiz honest"),
    ("a progressive of speech", "Tom Bell was arguing the reverse.", "the reverse"),
    ("one thing with an article", "The ferry union has promised a strike.", "a strike"),
]


@pytest.mark.parametrize("name,text,said", TWO_WORDS_REPORTED, ids=[c[0] for c in TWO_WORDS_REPORTED])
def test_two_words_make_a_report(name, text, said):
    assert said in [q.text for q in extract(text)], reports(text)


TWO_WORDS_NOT_REPORTED = [
    ("the phrase breaks off", "The ferry crew wants it to."),
    ("how much", "Tom Bell said a lot."),
    ("to whom", "Ana Ruiz wrote to residents."),
    ("only when", "The clerk replied within hours."),
    ("a question, not what was asked", "Tom Bell stood up and asked a question."),
]


@pytest.mark.parametrize("name,text", TWO_WORDS_NOT_REPORTED, ids=[c[0] for c in TWO_WORDS_NOT_REPORTED])
def test_two_words_that_say_nothing_are_no_report(name, text):
    assert reports(text) == []


# In a list of what shares of those asked said, each share after a comma or a conjunction opens a report of its own
# (a count of people alone, "12 have said", speaks as a share does); a measure ("half a percentage point") does not.
SHARES_IN_A_LIST = [
    ("a share after ', and'",
     "Most dock workers said the toll was too high, and nearly two in five said they would strike.",
     ["the toll was too high", "they would strike"]),
    ("a count after a comma",
     "So far, 30 councillors have said they back the pier, 8 have said they oppose it.",
     ["they back the pier", "they oppose it"]),
]


@pytest.mark.parametrize("name,text,said", SHARES_IN_A_LIST, ids=[c[0] for c in SHARES_IN_A_LIST])
def test_each_share_in_a_list_says_its_own_thing(name, text, said):
    assert [q.text for q in extract(text)] == said


def test_a_measure_is_no_share_that_speaks():
    found = [q.text for q in extract("The board expects the toll to rise by 2 percent, more than half a point less "
                                     "than forecast in May.")]
    assert found == ["the toll to rise by 2 percent, more than half a point less than forecast in May"], found
