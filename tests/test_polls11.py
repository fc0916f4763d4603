"""Polls as the source of the results they show, in sentences the team wrote.

A named poll that closes its sentence ("… in a Harbor Times poll released Sunday.") measured the standing the
clause before it gives: the clause is the poll's report, the poll as written its source. Bare "the polls" is a
manner of speaking about the race ("Ruiz has soared in the polls") and reports nothing.
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.mention) for q in extract(text)]


A_POLL_CLOSES_THE_SENTENCE = [
    ("a lead, a named poll with when it came out",
     "Ana Ruiz leads Tom Hale by 9 points in a Harbor Times poll released Sunday.",
     ("Ana Ruiz leads Tom Hale by 9 points", "a Harbor Times poll released Sunday")),
    ("a share, after a conjunction",
     "But Hale slid to 12 percent among dockworkers in the newest Ledger survey.",
     ("Hale slid to 12 percent among dockworkers", "the newest Ledger survey")),
    ("a share, after an opener of when",
     "In March, the mayor won 31 percent backing from ferry riders in a Coast Radio poll.",
     ("the mayor won 31 percent backing from ferry riders", "a Coast Radio poll")),
    ("the second of two polls, after its conjunction",
     "Hale came in second in the May polls, while Ruiz moved up to third in a later survey of harbor voters.",
     ("Ruiz moved up to third", "a later survey of harbor voters")),
]


@pytest.mark.parametrize("name,text,report", A_POLL_CLOSES_THE_SENTENCE,
                         ids=[c[0] for c in A_POLL_CLOSES_THE_SENTENCE])
def test_a_poll_closing_its_sentence_reports_the_clause(name, text, report):
    found = reports(text)
    assert report in found, found


REPORTS_NOTHING = [
    ("the polls, the race as a whole", "Ana Ruiz has soared in the polls since the debate in Ashford."),
    ("a condition", "Hale would drop out if he fell to 5 percent in the Ledger poll."),
]


@pytest.mark.parametrize("name,text", REPORTS_NOTHING, ids=[c[0] for c in REPORTS_NOTHING])
def test_no_poll_report(name, text):
    assert not [q for q in extract(text) if q.cue == "in"], reports(text)


SHOWN_AFTER_AN_AUXILIARY = [
    ("a poll, with what it showed",
     "The Ledger tracking poll has shown Ana Ruiz in front for six straight weeks.",
     ("Ana Ruiz in front for six straight weeks", "The Ledger tracking poll")),
    ("studies, with a that-clause",
     "Several studies have shown that the harbor toll keeps tourists away in winter.",
     ("that the harbor toll keeps tourists away in winter", "Several studies")),
]


@pytest.mark.parametrize("name,text,report", SHOWN_AFTER_AN_AUXILIARY,
                         ids=[c[0] for c in SHOWN_AFTER_AN_AUXILIARY])
def test_shown_after_an_auxiliary_reports_what_follows(name, text, report):
    found = reports(text)
    assert report in found, found


def test_shown_in_the_passive_reports_nothing():
    assert not extract("The harbor film was shown to the council in Ashford last week.")


A_POLL_PLACES_SOMEONE = [
    ("has, a name and a participle",
     "The Friday harbor poll has Ana Ruiz leading Tom Hale by four points.",
     ("Ana Ruiz leading Tom Hale by four points", "The Friday harbor poll")),
    ("puts, a possessive's noun at a figure",
     "A Coast Radio survey puts the mayor's approval at 61 percent among dockworkers.",
     ("the mayor's approval at 61 percent among dockworkers", "A Coast Radio survey")),
    ("gave, someone a lead",
     "The Ledger poll gave Hale a narrow lead over the council president.",
     ("Hale a narrow lead over the council president", "The Ledger poll")),
]


@pytest.mark.parametrize("name,text,report", A_POLL_PLACES_SOMEONE, ids=[c[0] for c in A_POLL_PLACES_SOMEONE])
def test_a_poll_that_places_someone_reports_the_standing(name, text, report):
    found = reports(text)
    assert report in found, found


def test_a_polls_margin_of_error_is_no_report():
    assert not [q for q in extract("The Ledger survey has an error margin near four points.") if q.cue == "has"]


A_POLL_THEN_THE_WRITERS_NOTE = [
    ("a note of change after the poll",
     "Hale stood at 22 percent support in the newest Ledger poll, up six points from April.",
     ("Hale stood at 22 percent support", "the newest Ledger poll")),
    ("a note of worst showing, and a poll with when it came out",
     "The harbor master won only 4 percent of the vote in a Coast Radio poll released Monday, her weakest mark in years.",
     ("The harbor master won only 4 percent of the vote", "a Coast Radio poll released Monday")),
    ("two phrases of when before the result",
     "By May 9, two weeks after the vote, Ruiz was winning dockworkers by 14 points in the same survey.",
     ("Ruiz was winning dockworkers by 14 points", "the same survey")),
]


@pytest.mark.parametrize("name,text,report", A_POLL_THEN_THE_WRITERS_NOTE,
                         ids=[c[0] for c in A_POLL_THEN_THE_WRITERS_NOTE])
def test_a_poll_before_the_writers_note_reports_the_clause(name, text, report):
    found = reports(text)
    assert report in found, found


def test_a_passive_with_those_polled_as_agent_is_left_to_its_verb():
    text = "Ruiz was backed by 40 percent of the dockworkers asked in the Ledger poll."
    assert not [q for q in extract(text) if q.cue == "in"], reports(text)
