"""British plain text quotes with straight single marks: 'We cannot keep the pier open,' said Tom Bell.

Where an article has no double quotation marks, its straight single marks are its quotation marks.
Each table row: a name, the text, and the (kind, text, speaker) of every quote.
"""
import pytest

from quotes import extract


def found(text):
    return [(q.kind, q.text, q.speaker) for q in extract(text)]


STRAIGHT_SINGLE = [
    ("speaker after", "'We cannot keep the pier open,' said Tom Bell.",
     [("direct", "We cannot keep the pier open,", "Tom Bell")]),
    ("split around the attribution, with an apostrophe inside",
     "'We cannot keep the pier open,' said Tom Bell. 'It's not safe.'",
     [("direct", "We cannot keep the pier open, It's not safe.", "Tom Bell")]),
    ("a colon lead-in", "Ms Ruiz disagreed: 'The pier has stood for a century.'",
     [("direct", "The pier has stood for a century.", "Ruiz")]),
    ("a fragment in a report", "Councillor Ann Wu said the council 'must act now' on the pier.",
     [("partial", "the council 'must act now' on the pier", "Ann Wu")]),
    ("an apostrophe in the speaker's name", "'The pier is safe,' said Tom O'Hara.",
     [("direct", "The pier is safe,", "Tom O'Hara")]),
    # look-alikes: apostrophes only, or single marks inside double ones
    ("apostrophes only", "Wu's friend said the '90s were good.", [("indirect", "the '90s were good", "Wu's friend")]),
    ("nested in double marks", "\"They told us 'the pier is safe' and it fell,\" said Tom Bell.",
     [("direct", "They told us 'the pier is safe' and it fell,", "Tom Bell")]),
]


@pytest.mark.parametrize("name,text,expected", STRAIGHT_SINGLE, ids=[c[0] for c in STRAIGHT_SINGLE])
def test_straight_single_marks_quote_where_there_are_no_double_ones(name, text, expected):
    assert found(text) == expected


def test_offsets_are_into_the_text_as_given():
    text = "Tom O'Hara spoke first.\n\n'It's not safe,' said Mr O'Hara. 'Nobody listens.'"
    quotes = extract(text)
    assert [(q.text, q.speaker) for q in quotes] == [("It's not safe, Nobody listens.", "Tom O'Hara")]
    q = quotes[0]
    assert [text[start:end] for start, end in q.spans] == ["It's not safe,", "Nobody listens."]
    assert text[q.start:q.end].startswith("It's not safe,'")
