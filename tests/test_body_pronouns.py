""""They" and "it" as speakers: the group or organisation a sentence just before names as its subject.

A "they" or "it" that finds no body the article has made speak stands for the subject of a sentence just
before it, in its own paragraph (or across paragraphs that name nobody else): a plural noun for people or
bodies, or two names joined by "and", for "they"; an organisation for "it". Each table pairs what such a
pronoun resolves to with look-alikes it must leave alone. The sentences are the team's own.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The first quote whose text holds ``words``."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return hits[0]


RESOLVED = [
    ("plural subject of the sentence before",
     "Harbour workers met the port board on Friday. They said the channel was too shallow.",
     "the channel was too shallow", "Harbour workers"),
    ("a count and modifiers before the noun",
     "Six county newspapers endorsed the levy last week. They said the ferry needed the money.",
     "the ferry needed the money", "Six county newspapers"),
    ("a capitalised group",
     "Senate Republicans blocked the ferry bill on Tuesday. They argued that the levy would hurt farmers.",
     "the levy would hurt farmers", "Senate Republicans"),
    ("two names joined by and",
     "Ines Ruiz and Tom Bell met the harbour board on Monday. They said the pier would open in May.",
     "the pier would open in May", "Ines Ruiz and Tom Bell"),
    ("the pronoun's own sentence",
     "Organizers of the march have urged calm, although they say the route will not change.",
     "the route will not change", "Organizers"),
    ("across a paragraph that names nobody",
     "Local farmers met the harbour board on Friday.\n\n“The channel is far too shallow for us,” they said.",
     "The channel is far too shallow", "Local farmers"),
    ("inverted after a comma: not the reported clause's subject",
     "Harbour workers met the board on Friday. State inspectors can close the pier, they said.",
     "State inspectors can close the pier", "Harbour workers"),
    ("a long sentence between",
     "Harbour workers met the port board on Friday. The meeting ran for most of the afternoon, moving from the "
     "state of the northern channel to the price of the new cranes, the hours of the night shift, the rules for "
     "the tugboats that wait at the mouth of the bay, the plan to widen the old coal wharf, the fees the ferry "
     "company pays for its berth, the lights along the eastern breakwater and the long list of repairs the "
     "pier has needed since the winter storms. They said the channel was too shallow.",
     "the channel was too shallow", "Harbour workers"),
    ("an organisation for it",
     "The Harbor Board met on Friday. It said the channel would be dredged in May.",
     "the channel would be dredged in May", "the Harbor Board"),
    ("an organisation with an of-name",
     "The city of Dunmore sent a letter to the ferry company. It says the fares broke the law.",
     "the fares broke the law", "the city of Dunmore"),
    ("a company's name",
     "Vela Systems opened a plant near the port. It said the plant would hire 200 people.",
     "the plant would hire 200 people", "Vela Systems"),
    ("after an opening phrase",
     "Back in 2019, the port authority shut the old pier. It said the new one would fail.",
     "the new one would fail", "the port authority"),
]


@pytest.mark.parametrize("name,text,words,speaker", RESOLVED, ids=[c[0] for c in RESOLVED])
def test_they_and_it_find_the_subject_just_named(name, text, words, speaker):
    q = quote_holding(text, words)
    assert (q.speaker, q.mention.lower() in ("they", "it")) == (speaker, True), q


LEFT_ALONE = [
    ("a singular subject for they",
     "The port board met harbour workers on Friday. They said the channel was too shallow.",
     "the channel was too shallow"),
    ("a name and its verb before a plural",
     "Tom Sanders met farmers on Friday. They said the channel was too shallow.",
     "the channel was too shallow"),
    ("across a paragraph that names someone else",
     "Harbour workers met the board on Friday.\n\nMayor Ines Ruiz toured the pier, and they said the channel "
     "was too shallow.", "the channel was too shallow"),
    ("a thing for it",
     "The new ferry levy passed on Friday. It says that fares will rise in May.",
     "fares will rise in May"),
    ("a plural for it",
     "The port authorities met on Friday. It said the channel would be dredged in May.",
     "the channel would be dredged in May"),
    ("too far back",
     "Harbour workers met the board on Friday. The board heard from a pilot. The pilot showed a chart. A clerk "
     "read the minutes aloud. They said the channel was too shallow.", "the channel was too shallow"),
]


@pytest.mark.parametrize("name,text,words", LEFT_ALONE, ids=[c[0] for c in LEFT_ALONE])
def test_they_and_it_leave_other_subjects_alone(name, text, words):
    q = quote_holding(text, words)
    assert q.speaker is None, q
