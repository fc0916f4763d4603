"""Quoting conventions found failing by a grammar of probe sentences (every mark style, speaker form and
attribution layout the README promises), each with a look-alike the fix must leave alone.

The sentences are the team's own, with invented people and places.
"""
import pytest

from found import find
from quotes import extract


def speaker_of(text, phrase):
    """The speaker of the quote of any kind that contains the phrase."""
    return find(extract(text), phrase).speaker


HONORIFIC_GENDER = [
    ("'Mr.' passes over the wife who shares his surname",
     "Ana Corvel and her husband, Luis Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Mr. Corvel said.",
     "boats running all winter", "Luis Corvel"),
    ("'Ms.' passes over the husband who shares her surname",
     "Luis Corvel and his wife, Ana Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Ms. Corvel said.",
     "boats running all winter", "Ana Corvel"),
    ("look-alike: a bare surname two people share still goes to the one who acts",
     "Ana Corvel and her husband, Luis Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Corvel said.",
     "boats running all winter", "Ana Corvel"),
    ("look-alike: an honorific that fits nobody decides nothing (the one who acts, as for a bare surname)",
     "Ana Corvel and her sister, Rosa Corvel, run the ferry company.\n\n"
     "“We will keep the boats running all winter,” Mr. Corvel said.",
     "boats running all winter", "Ana Corvel"),
]


@pytest.mark.parametrize("text, phrase, speaker", [r[1:] for r in HONORIFIC_GENDER],
                         ids=[r[0] for r in HONORIFIC_GENDER])
def test_honorific_gender_picks_among_people_of_one_surname(text, phrase, speaker):
    assert speaker_of(text, phrase) == speaker


def quote_of(text, phrase):
    """(kind, speaker) of the quote that contains the phrase."""
    q = find(extract(text), phrase)
    return q.kind, q.speaker


def quotes_in(text):
    return [(q.kind, q.text) for q in extract(text)]


INTRO = "Ana Corvel, the mayor of Port Lenning, toured the flooded docks on Tuesday.\n\n"

# a short paragraph that ends in a closing mark of any style ends a sentence, so it is no heading
CLOSING_MARK_ENDS_PARAGRAPH = [
    ("guillemets, full stop inside",
     INTRO + "Ms. Corvel called the plan «a betrayal of every family on the docks.»",
     "a betrayal of every family", ("partial", "Ana Corvel")),
    ("German marks, full stop inside",
     INTRO + "Ms. Corvel called the plan „a betrayal of every family on the docks.“",
     "a betrayal of every family", ("partial", "Ana Corvel")),
    ("guillemets after a reported clause",
     INTRO + "Ms. Corvel said the plan was «a betrayal of every family on the docks.»",
     "a betrayal of every family", ("partial", "Ana Corvel")),
    ("look-alike: curly marks, as before",
     INTRO + "Ms. Corvel called the plan “a betrayal of every family on the docks.”",
     "a betrayal of every family", ("partial", "Ana Corvel")),
]


@pytest.mark.parametrize("text, phrase, expected", [r[1:] for r in CLOSING_MARK_ENDS_PARAGRAPH],
                         ids=[r[0] for r in CLOSING_MARK_ENDS_PARAGRAPH])
def test_a_closing_mark_of_any_style_ends_a_short_paragraph(text, phrase, expected):
    assert quote_of(text, phrase) == expected


HEADINGS = [
    ("look-alike: a heading with guillemets inside and no sentence end reports nothing",
     INTRO + "Corvel says «ferry will run all winter» again\n\nThe council met on Monday."),
    ("look-alike: a heading with a verb of speech and no sentence end reports nothing",
     INTRO + "Corvel says the ferry will run all winter\n\nThe council met on Monday."),
]


@pytest.mark.parametrize("text", [r[1] for r in HEADINGS], ids=[r[0] for r in HEADINGS])
def test_a_heading_stays_a_heading(text):
    assert quotes_in(text) == []


# "it" and "they" of a quote whose organisation or group enters the cast only with a report of the same
# paragraph, read after the paragraph's quotes
BODY_PRONOUN_AFTER_REPORT = [
    ("'it' after an organisation's report in the sentence before",
     "The Lenning Port Authority rejected the plan. “No ferry can run on promises,” it said.",
     "No ferry can run", "the Lenning Port Authority"),
    ("'it' after a ministry's report",
     "The fisheries ministry rejected the plan. “No ferry can run on promises,” it said.",
     "No ferry can run", "the fisheries ministry"),
    ("look-alike: 'it' with nobody who speaks before it stays nobody's",
     "The storm flooded the docks. “No ferry can run on promises,” it said.",
     "No ferry can run", None),
    ("look-alike: 'she' after an organisation's report stays the person named before",
     "Ana Corvel, the mayor, toured the docks. The Lenning Port Authority rejected the plan. "
     "“No ferry can run on promises,” she said.",
     "No ferry can run", "Ana Corvel"),
]


@pytest.mark.parametrize("text, phrase, speaker", [r[1:] for r in BODY_PRONOUN_AFTER_REPORT],
                         ids=[r[0] for r in BODY_PRONOUN_AFTER_REPORT])
def test_it_and_they_find_the_body_of_a_report_before_the_quote(text, phrase, speaker):
    assert speaker_of(text, phrase) == speaker


# "the authority said" after the article named the Lenning Port Authority: the fullest name is the speaker
BODY_DESCRIPTION = [
    ("'the authority' after the Lenning Port Authority",
     "The Lenning Port Authority rejected the plan on Monday.\n\n"
     "“No ferry can run on promises,” the authority said in a statement.",
     "No ferry can run", "the Lenning Port Authority"),
    ("'the department' after the Harbor Department spoke, a paragraph earlier",
     "The Harbor Department said on Monday that the pier was unsafe.\n\n"
     "“No ferry can run on promises,” the department said.",
     "No ferry can run", "the Harbor Department"),
    ("look-alike: 'the company' after 'one company' is not that company",
     "One company rejected the plan on Monday.\n\n“No ferry can run on promises,” the company said.",
     "No ferry can run", "the company"),
    ("look-alike: 'the authority' with no authority named stays as written",
     "The storm flooded the docks on Monday.\n\n“No ferry can run on promises,” the authority said.",
     "No ferry can run", "the authority"),
    ("look-alike: 'the ministry' after the Harbor Department is not the department",
     "The Harbor Department said on Monday that the pier was unsafe.\n\n"
     "“No ferry can run on promises,” the ministry said.",
     "No ferry can run", "the ministry"),
]


@pytest.mark.parametrize("text, phrase, speaker", [r[1:] for r in BODY_DESCRIPTION],
                         ids=[r[0] for r in BODY_DESCRIPTION])
def test_a_one_noun_description_finds_the_organisation_named_in_full(text, phrase, speaker):
    assert speaker_of(text, phrase) == speaker


# single marks as the outer quotes (British style), a quote running over paragraphs that each reopen the mark
SINGLE_MARKS_OVER_PARAGRAPHS = [
    ("closed in the last paragraph, attributed there",
     INTRO + "‘We will rebuild the pier before the winter storms arrive.\n\n"
     "‘The ferries will be back by spring,’ Ms. Corvel said.",
     "rebuild the pier", ("direct", "Ana Corvel")),
    ("left open in the last paragraph, attributed in the first",
     INTRO + "Ms. Corvel said, ‘We will rebuild the pier before the winter storms arrive.\n\n"
     "‘The ferries will be back by spring.\n\nThe council meets on Friday.",
     "rebuild the pier", ("direct", "Ana Corvel")),
]


@pytest.mark.parametrize("text, phrase, expected", [r[1:] for r in SINGLE_MARKS_OVER_PARAGRAPHS],
                         ids=[r[0] for r in SINGLE_MARKS_OVER_PARAGRAPHS])
def test_single_marks_reopened_in_each_paragraph_are_one_quote(text, phrase, expected):
    assert quote_of(text, phrase) == expected


SINGLE_MARK_APOSTROPHES = [
    ("look-alike: a year's apostrophe left open, and a paragraph that opens with no mark",
     INTRO + "The docks were built in the ‘90s and have flooded every winter since then\n\n"
     "The council meets on Friday to vote on the repairs."),
    ("look-alike: an unmatched single mark in the last paragraph is an apostrophe",
     INTRO + "The council meets on Friday.\n\nThe ‘new pier plan would cost far more than the old one."),
]


@pytest.mark.parametrize("text", [r[1] for r in SINGLE_MARK_APOSTROPHES], ids=[r[0] for r in SINGLE_MARK_APOSTROPHES])
def test_an_unmatched_single_mark_opens_no_quote(text):
    assert [k for k, t in quotes_in(text) if "council" in t or "pier plan" in t] == []


# "they" of a quote, with no group that spoke before it: the group the sentence before has as its subject
THEY_OF_THE_SENTENCE_BEFORE = [
    ("a group as the subject of the sentence before",
     "The protesters marched to the pier on Monday. “No ferry can run on promises,” they said.",
     "No ferry can run", "the protesters"),
    ("look-alike: a person as the subject of the sentence before is no 'they'",
     "Ana Corvel met the dockworkers on Monday. “No ferry can run on promises,” they said.",
     "No ferry can run", None),
    ("look-alike: a thing as the subject of the sentence before is nobody",
     "The storm flooded the docks on Monday. “No ferry can run on promises,” they said.",
     "No ferry can run", None),
]


@pytest.mark.parametrize("text, phrase, speaker", [r[1:] for r in THEY_OF_THE_SENTENCE_BEFORE],
                         ids=[r[0] for r in THEY_OF_THE_SENTENCE_BEFORE])
def test_they_is_the_group_of_the_sentence_before(text, phrase, speaker):
    assert speaker_of(text, phrase) == speaker
