"""Descriptions as speakers: "the petition", "the narrator", "one news account" whose words are quoted.

A description nobody in the cast answers to stays the speaker as written. Each table pairs a shape the
engine gives a description to with look-alikes it must leave alone. The sentences are the team's own.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The first quote whose text holds ``words``."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return hits[0]


# quoted words in a sentence with no verb of saying: the description opening the sentence speaks them
OPENING_DESCRIPTION = [
    ("a document's verb",
     "Osk took his case to the Marlow court this week. The petition accuses the Vell campaign of "
     "\"bullying every clerk in the harbor office into silence, though none of them spoke.\"",
     "bullying every clerk", "The petition"),
    ("a plan that promises",
     "Ruiz has run on pay and leave for dock workers. Her harbor plan pledges to \"lift up every "
     "family on the north shore - especially the fishermen.\"",
     "lift up every family", "Her harbor plan"),
    ("one account of many",
     "The talks broke down at dawn. One news account described Ruiz sitting \"glumly on the stage at "
     "a long night session as the talks fell apart.\"",
     "glumly on the stage", "One news account"),
    ("a person noun the lexicon does not list",
     "The radioman pointed out that Vell was once a fan of \"ferries, tolls and toll-free bridges for "
     "everyone on the coast.\"",
     "ferries, tolls", "The radioman"),
]


@pytest.mark.parametrize("text,words,mention", [r[1:] for r in OPENING_DESCRIPTION],
                         ids=[r[0] for r in OPENING_DESCRIPTION])
def test_the_description_opening_the_sentence_speaks(text, words, mention):
    q = quote_holding(text, words)
    assert q.mention == mention
    assert q.speaker == mention


NOT_A_DESCRIPTION = [
    ("a count, not a description",
     "A number of other pilots echo her worry, in part because most ferry pilots must "
     "meet \"a standard of training that nobody on the island can reach in a year.\"",
     "a standard of training"),
    ("a verb that reports nobody's words",
     "The memo appears to contradict remarks from the harbor master that \"the channel, the tides and "
     "the old pier are no danger to anyone.\"",
     "the channel, the tides"),
    ("a thing that says nothing",
     "The road leads past the old mill, where a sign once promised \"fresh bread, hot soup and a warm "
     "bed for every traveler.\"",
     "fresh bread, hot soup"),
]


@pytest.mark.parametrize("text,words", [r[1:] for r in NOT_A_DESCRIPTION],
                         ids=[r[0] for r in NOT_A_DESCRIPTION])
def test_no_description_speaks(text, words):
    q = quote_holding(text, words)
    assert q.rule != "quoted words, description opening the sentence"


# a description after an inverted verb: the whole of it speaks, an age used as a noun and a description a
# relative clause goes on with too
AFTER_INVERTED_VERB = [
    ("an age as the noun", "\"The pier is ours,\" said the 38-year-old. \"We built it.\"",
     "The pier is ours", "the 38-year-old", "the 38-year-old"),
    ("a relative clause goes on describing", "\"The pier is ours,\" said one former deckhand who asked not to "
     "be named.", "The pier is ours", "one former deckhand", "one former deckhand"),
    ("an age before a name: the name", "\"The pier is ours,\" said the 38-year-old Ana Ruiz. \"We built it.\"",
     "The pier is ours", "Ana Ruiz", "the 38-year-old Ana Ruiz"),
    ("an age before a known noun: all of it", "\"The pier is ours,\" said the 38-year-old harbor pilot.",
     "The pier is ours", "the 38-year-old harbor pilot", "the 38-year-old harbor pilot"),
]


@pytest.mark.parametrize("text,words,speaker,mention", [r[1:] for r in AFTER_INVERTED_VERB],
                         ids=[r[0] for r in AFTER_INVERTED_VERB])
def test_the_description_after_an_inverted_verb_speaks(text, words, speaker, mention):
    q = quote_holding(text, words)
    assert (q.speaker, q.mention) == (speaker, mention)


# a lead-in verb after "goes on to": the description opening the sentence, when nothing else is its subject
LEAD_IN_AFTER_TO = [
    ("a document goes on to say", "The letter goes on to say, \"Every berth on the north quay will be leased "
     "by June to the ferry line.\"", "Every berth", "The letter"),
    ("a memo goes on to say with a colon", "The memo goes on to say: \"Every berth on the north quay will be "
     "leased by June to the ferry line.\"", "Every berth", "The memo"),
]


@pytest.mark.parametrize("text,words,mention", [r[1:] for r in LEAD_IN_AFTER_TO],
                         ids=[r[0] for r in LEAD_IN_AFTER_TO])
def test_the_description_before_goes_on_to_say_speaks(text, words, mention):
    q = quote_holding(text, words)
    assert (q.speaker, q.mention) == (mention, mention)


def test_a_name_before_went_on_to_say_is_still_the_name():
    q = quote_holding("Bryne went on to say: \"Every berth on the north quay will be leased by June.\"",
                      "Every berth")
    assert q.speaker == "Bryne"


def test_a_description_that_went_on_to_say_speaks():
    q = quote_holding("The memo went on to say: \"Every berth on the north quay will be leased by June.\"",
                      "Every berth")
    assert (q.speaker, q.mention) == ("The memo", "The memo")
