"""Quoted words that open a that-clause are part of the report the clause makes.

A verb's that-clause may open inside the marks ('has concluded that "unsafe" pilings …'): it is still the
verb's clause, reported with the subject as written. Quoted words that open a that-clause no verb reports
('his remark that “…”') are the clause's report, from its "that" to the end of the sentence, when the
sentence names whose words they are; the writer's words after them ('…,” which angered the crews',
'…,” and the council …') are not part of it, and with no one to give them to the quoted words stand alone.
"""
import pytest

import quotes

CASES = [
    # a verb's that-clause opening with quoted words
    ('The harbor board has concluded that "unsafe" pilings were installed at the north pier.',
     'that "unsafe" pilings were installed at the north pier', "the harbor board"),
    ('The ferry line announced that "it is suspending the night crossings" and "reviewing" its timetable.',
     'that "it is suspending the night crossings" and "reviewing" its timetable', "The ferry line"),
    # quoted words opening the that-clause of a noun: the clause to the sentence's end
    ("Tom Hale stirred a row last spring with his remark that “the ferry is a floating museum for tourists” "
     "at a public hearing.",
     "that “the ferry is a floating museum for tourists” at a public hearing", "Tom Hale"),
    ("Tom Hale stirred a row last spring with his remark that “the ferry is a floating museum for tourists.”",
     "that “the ferry is a floating museum for tourists.”", "Tom Hale"),
    # … but not the writer's words after it
    ("Tom Hale stirred a row with his remark that “the ferry is a floating museum for tourists,” which angered "
     "the crews.",
     "that “the ferry is a floating museum for tourists,”", "Tom Hale"),
    ("Tom Hale stirred a row last spring with his remark that “the ferry is a floating museum for tourists,” "
     "and the council never forgave him.",
     "that “the ferry is a floating museum for tourists,”", "Tom Hale"),
    # nobody to give them to: the quoted words alone
    ("The old answer was that “the ferry is a floating museum for tourists,” so the town should sell it.",
     "the ferry is a floating museum for tourists,", None),
]


@pytest.mark.parametrize("sentence, text, speaker", CASES)
def test_quoted_words_opening_a_that_clause(sentence, text, speaker):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [(q.text, q.kind) for q in found] == [(text, "partial")]
    assert (found[0].speaker or found[0].mention) == speaker


# Quoted words closed with a comma, then "and" or "but" and the pronoun or possessive of a clause of its own: the
# report ends with the quoted words, and the writer's next clause is not part of it.
WRITERS_CLAUSE = [
    ('Mayor Ruiz has called the levy "unfair," and her council voted to repeal it in May.',
     'the levy "unfair,"'),
    ('Tom Hale has called the ferry a "floating museum," but he still rides it every day.',
     'the ferry a "floating museum,"'),
    # a second quoted phrase of the same report goes on with it
    ('Tom Hale said the ferry was "a relic," and the pier "a ruin."',
     'the ferry was "a relic," and the pier "a ruin."'),
]


@pytest.mark.parametrize("sentence, text", WRITERS_CLAUSE)
def test_the_report_ends_before_the_writers_clause(sentence, text):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [q.text for q in found] == [text]
