"""Who speaks in a relative clause with no comma after a plural noun the lexicon does not know as people, in
sentences the team wrote.

"who" names people whatever the noun before it, so "fishermen who oppose the levy" reports the fishermen's
stance, and the report ends where the relative clause does ("…, and the mayor was pleased").
"""
import pytest

from quotes import extract


GROUPS_BEFORE_WHO = [
    ("a stance verb after an unknown plural",
     "The council heard from fishermen who oppose the new harbor levy.",
     "the new harbor levy", "fishermen"),
    ("a qualifier stays with the noun, the comma ends the clause",
     "The plan drew praise from young idealists who wanted a covered market, and the mayor was pleased.",
     "a covered market", "young idealists"),
    ("a verb of saying after an unknown plural",
     "The mayor met with ferrymen who say the winter timetable is unworkable.",
     "the winter timetable is unworkable", "ferrymen"),
]


@pytest.mark.parametrize("name,text,said,speaker", GROUPS_BEFORE_WHO, ids=[c[0] for c in GROUPS_BEFORE_WHO])
def test_the_group_before_who_speaks(name, text, said, speaker):
    found = [(q.text, q.speaker) for q in extract(text)]
    assert (said, speaker) in found, found


VOTES = [
    ("a vote for a candidate",
     "Most of the dock workers voted for Ana Ruiz in the spring primary.",
     "Ana Ruiz in the spring primary", "the dock workers"),
    ("a share of a poll that would vote against",
     "Among harbor residents, 41 percent would vote against the ferry levy.",
     "the ferry levy", "41 percent"),
]


@pytest.mark.parametrize("name,text,said,speaker", VOTES, ids=[c[0] for c in VOTES])
def test_a_vote_is_a_stance(name, text, said, speaker):
    found = [(q.text, q.speaker) for q in extract(text)]
    assert (said, speaker) in found, found


def test_a_place_that_votes_reports_nothing():
    found = [q.text for q in extract("Three coastal states voted for a governor of the other party in 1990.")]
    assert not found, found


IDENTIFIES = [
    ("who one says one is",
     "About a third of the ferry riders who identify as independents backed the levy.",
     "as independents"),
    ("a finding that names someone",
     "The harbor police identified the skipper as a sailor from Dover.",
     "the skipper as a sailor from Dover"),
]


@pytest.mark.parametrize("name,text,said", IDENTIFIES, ids=[c[0] for c in IDENTIFIES])
def test_identifying_reports_what_is_named(name, text, said):
    found = [q.text for q in extract(text)]
    assert said in found, found
