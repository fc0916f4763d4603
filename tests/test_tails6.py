"""Where the object of a verb that takes no clause ends, in sentences the team wrote: a noun phrase set off
after it, even one with commas of its own, is the writer's note, not what was said.

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The whole text of the report in ``text`` that holds ``phrase``."""
    return find(extract(text), phrase).text


OBJECT_ENDS = [
    ("an appositive with commas of its own", "Senator Ana Ruiz is endorsing the harbour levy campaign, the latest "
     "turn in a feud that has run from praise to insults to, now, a truce.", "levy campaign",
     "the harbour levy campaign"),
    ("an appositive then a phrase of its own", "The council endorsed the summer ferry timetable, the busiest one in "
     "years, from May to the end of October.", "ferry timetable", "the summer ferry timetable"),
    # a list's next item after the phrase: the phrase is an item too, and the list is what was spoken of
    ("a list of noun phrases", "Mayor Ben Adler spoke of the flooded roads, the closed schools and the idle ferry.",
     "flooded roads", "the flooded roads, the closed schools and the idle ferry"),
    ("a list of three, commas throughout", "Mayor Ben Adler spoke of the flooded roads in the valley, the closed "
     "schools on the island, the idle ferry.", "flooded roads",
     "the flooded roads in the valley, the closed schools on the island, the idle ferry"),
]


@pytest.mark.parametrize("name,text,phrase,said", OBJECT_ENDS, ids=[c[0] for c in OBJECT_ENDS])
def test_where_an_object_ends(name, text, phrase, said):
    assert report_text(text, phrase) == said


NEXT_PREDICATE_ENDS = [
    ("a list of the subject's predicates", "At the hearing, Ruiz mocked the harbour board, talked over its members "
     "as they spoke and left early.", "harbour board", "the harbour board"),
    ("an infinitive, then the next predicate", "In the spring, Ruiz vowed to close the pier as a response to the "
     "storms, declined at first to criticize the harbour board and then resigned.", "close the pier",
     "to close the pier as a response to the storms"),
    ("', and' then a clause with its own subject", "Senator Tom Hale has not endorsed a single candidate for the "
     "council seat, and his aide refused to say more.", "single candidate",
     "a single candidate for the council seat"),
    ("', and' then a named subject", "Senator Tom Hale blasted the harbour levy, and Mayor Ana Ruiz has since "
     "dropped it.", "harbour levy", "the harbour levy"),
    # a clause after the verb keeps its own verb after an aside
    ("a 'how' clause is left whole", "Mayor Ana Ruiz described how the pier, as a landmark, drew visitors from "
     "the whole coast.", "as a landmark", "how the pier, as a landmark, drew visitors from the whole coast"),
]


@pytest.mark.parametrize("name,text,phrase,said", NEXT_PREDICATE_ENDS, ids=[c[0] for c in NEXT_PREDICATE_ENDS])
def test_where_the_next_predicate_ends_an_object(name, text, phrase, said):
    assert report_text(text, phrase) == said


def test_the_aide_reports_on_his_own():
    quotes = extract("Senator Tom Hale has not endorsed a single candidate for the council seat, and his aide "
                     "refused to say more.")
    assert find(quotes, "say more").text == "to say more"


SHORT_OBJECT_TAILS = [
    ("a participle after an object of two words", "Councillor Tom Hale backed the effort, attending the opening of "
     "the new ferry terminal.", "the effort", "the effort"),
    ("a participle of the subject's reasons", "Mayor Ana Ruiz has long called his ouster, believing he had misled "
     "the council.", "his ouster", "his ouster"),
    # a noun phrase or a relative clause after two words says who the object is: it stays
    ("a noun phrase on a person", "Mayor Ana Ruiz was worried about her son, a student at the harbour college.",
     "her son", "her son, a student at the harbour college"),
    ("a relative clause on a person", "Councillor Tom Hale accused Ana Ruiz, who chairs the board, of hiding the "
     "costs of the pier.", "Ana Ruiz", "Ana Ruiz, who chairs the board, of hiding the costs of the pier"),
]


@pytest.mark.parametrize("name,text,phrase,said", SHORT_OBJECT_TAILS, ids=[c[0] for c in SHORT_OBJECT_TAILS])
def test_where_a_short_object_ends(name, text, phrase, said):
    assert report_text(text, phrase) == said


SHORT_OBJECT_APPOSITIVES = [
    ("an appositive after three words", "Councillor Tom Hale has attacked the Ferry Act, the law the council passed "
     "in the spring.", "Ferry Act", "the Ferry Act"),
    ("a figure's comma is no second comma", "Councillor Tom Hale dismissed party labels altogether, a view shared by "
     "the 1,200 people in the hall.", "party labels", "party labels altogether"),
    # a second comma closes the appositive, and the object goes on after it
    ("an appositive closed by a comma", "Councillor Tom Hale has asked Ana Ruiz, the chair, to delay the vote.",
     "Ana Ruiz", "Ana Ruiz, the chair, to delay the vote"),
]


@pytest.mark.parametrize("name,text,phrase,said", SHORT_OBJECT_APPOSITIVES,
                         ids=[c[0] for c in SHORT_OBJECT_APPOSITIVES])
def test_where_a_short_object_meets_an_appositive(name, text, phrase, said):
    assert report_text(text, phrase) == said


OBJECT_ADJUNCTS = [
    ("a diatribe", "Councillor Tom Hale denounced the levy in a fiery diatribe at the harbour.", "the levy",
     "the levy"),
    ("a commercial", "Mayor Ana Ruiz defended her record in a commercial running on local radio.", "her record",
     "her record"),
    ("a network", "Mayor Ana Ruiz talked ferries on CNN with the harbour master.", "ferries", "ferries"),
    ("a ruling", "The court dismissed the harbour claim in a ruling issued on Friday.", "harbour claim",
     "the harbour claim"),
    # after a verb that takes a clause the phrase may be part of what was said
    ("a clause keeps its network", "Mayor Ana Ruiz said the ferry strike would be covered on CNN.", "ferry strike",
     "the ferry strike would be covered on CNN"),
]


@pytest.mark.parametrize("name,text,phrase,said", OBJECT_ADJUNCTS, ids=[c[0] for c in OBJECT_ADJUNCTS])
def test_where_an_adjunct_of_the_medium_ends_an_object(name, text, phrase, said):
    assert report_text(text, phrase) == said


def test_according_to_ends_a_report_of_a_word():
    # "said little, according to a clerk": whose account it is, not what was said; the account is the report
    text = "The councillor came back on Friday for the end of the meeting and said little, according to a clerk."
    quotes = extract(text)
    assert [q.text for q in quotes if q.cue == "said"] == []
    assert find(quotes, "said little").text == "The councillor came back on Friday for the end of the meeting and " \
                                               "said little"


def test_according_to_after_a_whole_clause():
    text = "Mayor Ana Ruiz said the ferry would run all winter, according to two council aides."
    assert report_text(text, "all winter") in ("the ferry would run all winter",
                                               "Mayor Ana Ruiz said the ferry would run all winter")
    assert [q.text for q in extract(text) if q.cue == "said"] == ["the ferry would run all winter"]


WHEN_CLAUSES = [
    ("'when' and a pronoun", "Councillor Tom Hale backed the levy when it reached the council for a vote.",
     "the levy", "the levy"),
    ("'when' and a noun phrase", "Mayor Ana Ruiz defended the harbour plan when the board came under attack.",
     "harbour plan", "the harbour plan"),
    # a report inside the clause of time reads as one with the object; after a comma "when" may be relative
    ("a report inside the 'when' clause", "Councillor Tom Hale rebuked Ana Ruiz when she called for closing the "
     "pier.", "Ana Ruiz", "Ana Ruiz when she called for closing the pier"),
    ("', when' on the last noun", "Mayor Ana Ruiz recalled the great storm of 1990, when the pier washed away.",
     "great storm", "the great storm of 1990, when the pier washed away"),
]


@pytest.mark.parametrize("name,text,phrase,said", WHEN_CLAUSES, ids=[c[0] for c in WHEN_CLAUSES])
def test_where_a_clause_of_time_ends_an_object(name, text, phrase, said):
    assert report_text(text, phrase) == said


CLOSING_ASIDES = [
    ("a relative clause in brackets", "Mayor Ana Ruiz proposed a tax on yachts (which the council also backs).",
     "tax on yachts", "a tax on yachts"),
    ("a note in brackets after a clause", "Councillor Tom Hale said the ferry would run all winter (a promise he "
     "made last year too).", "ferry would run", "the ferry would run all winter"),
    # a label of a word or two, or quoted words, in the brackets stay
    ("a party label", "Mayor Ana Ruiz praised the new pier and its builder, Tom Hale (D-Harbour).", "new pier",
     "the new pier and its builder, Tom Hale (D-Harbour)"),
    ("quoted words in the brackets", "Mayor Ana Ruiz said the levy was fair (“a price worth paying,” in her words).",
     "levy was fair", "the levy was fair (“a price worth paying,” in her words)"),
]


@pytest.mark.parametrize("name,text,phrase,said", CLOSING_ASIDES, ids=[c[0] for c in CLOSING_ASIDES])
def test_where_an_aside_in_brackets_ends_a_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


LONE_DASHES = [
    ("a lone dash after a one-word object", "Councillor Tom Hale has endorsed Ruiz - the first time he has backed a "
     "mayor.", "Ruiz", "Ruiz"),
    # after a verb that takes a clause a short report still runs on past a lone dash, as before
    ("a lone dash after a one-word answer", "Councillor Tom Hale said yes - and then left the hall.", "yes",
     "yes - and then left the hall"),
]


@pytest.mark.parametrize("name,text,phrase,said", LONE_DASHES, ids=[c[0] for c in LONE_DASHES])
def test_where_a_lone_dash_ends_a_short_object(name, text, phrase, said):
    assert report_text(text, phrase) == said
