"""Stances reported inside a relative clause on people, in sentences the team wrote.

After "who" a verb of taking sides ("support", "favor", "prefer", "back", "oppose") is a verb, never the noun
"support", and the one person it names is the side taken: "fishers who support Ruiz". The report ends with the
name when the sentence's own verb follows it ("… who support Ruiz are younger"). The one who takes the side is the
person the relative pronoun follows, not a place that person comes from ("a councilwoman from Dover who …").
A group that "those who …" defines holds what its clause reports, which ends with the clause.
"""
import pytest

from quotes import extract


def found(text):
    return [(q.text, q.speaker) for q in extract(text)]


SIDES_TAKEN = [
    ("a bare plural and 'support' with one name",
     "Fishers who support Ruiz crowded the harbor hall on Tuesday night.",
     ("Ruiz", "Fishers")),
    ("a comma and 'supports' with one name",
     "Tom Vale, who supports Ruiz, spent the weekend knocking on doors in Ashford.",
     ("Ruiz", "Tom Vale")),
    ("the sentence's own verb right after the name",
     "Most of the dockworkers who support Ruiz are younger than forty.",
     ("Ruiz", "the dockworkers")),
    ("a place between the person and 'who'",
     "\"We need the ferry,\" said Ana Bell, a councilwoman from Dover who openly supports Ruiz.",
     ("Ruiz", "Ana Bell")),
]


@pytest.mark.parametrize("name,text,report", SIDES_TAKEN, ids=[c[0] for c in SIDES_TAKEN])
def test_a_side_taken_in_a_relative_clause(name, text, report):
    quotes = found(text)
    assert report in quotes, quotes


NOT_A_SIDE = [
    ("'support' as a noun with no relative pronoun",
     "The levy has broad support in Ashford this spring.",
     "Ashford"),
    ("'wants' with a person and what is to be done to him",
     "Ana Bell, who now wants Ruiz removed from the board, said little on Monday.",
     "Ruiz"),
]


@pytest.mark.parametrize("name,text,not_said", NOT_A_SIDE, ids=[c[0] for c in NOT_A_SIDE])
def test_no_side_is_read_where_none_is_taken(name, text, not_said):
    assert not_said not in [q.text for q in extract(text)]


# "those who …": the relative clause defines the group that holds the belief or the wish, and its report ends where
# the clause does, at a comma or bracket, or before the verb of the sentence the group stands in
THOSE_WHO = [
    ("a phrase opening the sentence, up to its comma",
     "Among those who want a second ferry, most live on the north shore.",
     "a second ferry"),
    ("a clause reported, before the sentence's own past tense",
     "Those who said the toll was unfair walked out of the meeting early.",
     "the toll was unfair"),
    ("mid-sentence, before the sentence's own verb",
     "In Ashford, those who preferred a new pier outnumbered the rest by two to one.",
     "a new pier"),
]


@pytest.mark.parametrize("name,text,said", THOSE_WHO, ids=[c[0] for c in THOSE_WHO])
def test_the_report_of_those_who_ends_with_their_clause(name, text, said):
    reports = [q.text for q in extract(text)]
    assert said in reports, reports
