"""Subjects the plain phrase reading missed, in sentences the team wrote.

A pronoun or a noun phrase joined by "and" to one more noun phrase is one subject that opens its clause ("…, she
and another inspector said"): both speak, and the pair as written is the speaker.
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.speaker) for q in extract(text)]


JOINED_SUBJECTS = [
    ("a pronoun and a noun phrase after the clause",
     "The pier is unsafe, she and another inspector said.",
     ("The pier is unsafe", "she and another inspector")),
    ("a description and 'another' after the clause",
     "The ferry will run late all week, the harbor master and another pilot said.",
     ("The ferry will run late all week", "the harbor master and another pilot")),
    ("a pronoun and a noun phrase before the verb",
     "He and two aides said the cargo had shifted in the storm.",
     ("the cargo had shifted in the storm", "He and two aides")),
]


@pytest.mark.parametrize("name,text,expected", JOINED_SUBJECTS, ids=[c[0] for c in JOINED_SUBJECTS])
def test_a_joined_subject_speaks(name, text, expected):
    found = reports(text)
    assert expected in found, found


def test_an_object_before_and_stays_out_of_the_subject():
    found = reports("Ruiz thanked the mayor and two aides said the cargo had shifted.")
    assert ("the cargo had shifted", "two aides") in found, found


ONE_AS_A_PRONOUN = [
    ("'one' and a form in -s", "The dockers are split. One says the toll is too high.", "the toll is too high"),
    ("'one' and 'said'", "Two pilots spoke to the board. One said the channel was too shallow.",
     "the channel was too shallow"),
    ("'another' and a form in -s", "Another says the ferry should run at night.", "the ferry should run at night"),
]


@pytest.mark.parametrize("name,text,said", ONE_AS_A_PRONOUN, ids=[c[0] for c in ONE_AS_A_PRONOUN])
def test_one_as_a_pronoun_reports(name, text, said):
    found = [q.text for q in extract(text)]
    assert said in found, found


def test_one_before_a_noun_is_no_speaker():
    found = reports("One report says the toll is too high.")
    assert ("the toll is too high", "One report") in found, found


def test_the_last_two_names_of_a_list_are_no_pair():
    found = reports("The ferry will run late, Ana Bell (D-Ohio), Tom Vale and Ida Ruiz said.")
    assert all(not (speaker or "").startswith("Tom Vale and") for _, speaker in found), found


SHARES_OF_WHOM = [
    ("'many of whom' inside commas",
     "Dockworkers, many of whom say the toll is unfair, marched on Friday.",
     ("the toll is unfair", "Dockworkers")),
    ("'most of whom' after an object",
     "The board met the dockworkers, most of whom believe the toll will fail.",
     ("the toll will fail", "the dockworkers")),
]


@pytest.mark.parametrize("name,text,expected", SHARES_OF_WHOM, ids=[c[0] for c in SHARES_OF_WHOM])
def test_a_share_of_whom_speaks_for_the_noun(name, text, expected):
    found = reports(text)
    assert expected in found, found


NAMED_BY_A_SHARE = [
    ("a percentage", "In the harbor poll, 55 percent named the ferry fares as their top worry.",
     "the ferry fares as their top worry"),
    ("a fraction", "Asked about the port, a third of those polled named the toll as the main problem.",
     "the toll as the main problem"),
]


@pytest.mark.parametrize("name,text,said", NAMED_BY_A_SHARE, ids=[c[0] for c in NAMED_BY_A_SHARE])
def test_a_share_names_its_answer(name, text, said):
    found = [q.text for q in extract(text)]
    assert any(said in f for f in found), found


def test_naming_someone_is_no_report():
    assert reports("The council named Tom Vale as its new harbor chair.") == []


MODIFIED_HEADS_OPENING = [
    ("a noun before 'union'", "The dock union held out, believing the levy would fail.",
     ("the levy would fail", "the dock union")),
    ("a noun before 'board'", "The harbor board voted no, saying the toll was too high.",
     ("the toll was too high", "the harbor board")),
]


@pytest.mark.parametrize("name,text,expected", MODIFIED_HEADS_OPENING, ids=[c[0] for c in MODIFIED_HEADS_OPENING])
def test_a_modified_head_opening_the_sentence_speaks(name, text, expected):
    found = [(t, (s or "").lower()) for t, s in reports(text)]
    assert expected in found, found


PEOPLE_BEFORE_A_PHRASE_AND_WHO = [
    ("a phrase of where", "Candidates in competitive races who support the levy are few.", ("the levy", "Candidates")),
    ("a phrase of where, 'at'", "Pilots at the northern docks who oppose the toll met on Friday.",
     ("the toll", "Pilots")),
]


@pytest.mark.parametrize("name,text,expected", PEOPLE_BEFORE_A_PHRASE_AND_WHO,
                         ids=[c[0] for c in PEOPLE_BEFORE_A_PHRASE_AND_WHO])
def test_who_stands_for_the_people_before_the_phrase(name, text, expected):
    found = [(t.split(" met")[0], s) for t, s in reports(text)]
    assert expected in found, found


def test_people_after_the_preposition_stay_the_antecedent():
    found = reports("Vale has won two-thirds of the voters who want a new pier.")
    assert ("a new pier", "the voters") in found, found
