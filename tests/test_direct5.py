"""Quotation marks that quote nobody: a term opening a sentence about it, and an excerpt's marks.

'"Containment" has been the port's policy since 1990': a few words in quotation marks open the sentence,
with no closing punctuation of their own, and the sentence goes on in the writer's lower-case words about
them, naming no speaker. The marks set off a term, a slogan or a title; nobody is quoted, so neither the
paragraph before nor the quote before lends the words a speaker.

'From Ann Lee writing at the Harbor Ledger:' leads in an excerpt of her article, each of its paragraphs
opening with the same mark: the marks set the excerpt off, and its sentences are the article's, not quotes
the story reports. Quotes inside the excerpt open with marks of their own and stay quotes.

Each row is a sentence of the team's own (invented people and places). The look-alikes are quotes of the
same shape that stay direct or mixed: a verb of speech later in the sentence ("was how she put it", "said
Ana Brink"), or words that close with their own full stop.
"""
import pytest

from found import find
from quotes import extract

SAID = '"We will keep the ferry running all winter," Mayor Ines Vallo said.\n\n'

# (why, text, phrase): the quoted words in the phrase are no quote at all
TERM_ROWS = [
    ("a title-case name opens a paragraph after a quoted paragraph, then 'is'",
     SAID + '"Harbor First" is the name of her plan for the docks.', "Harbor First"),
    ("a one-word term opens a paragraph, then 'has been'",
     SAID + '"Containment" has been the port\'s policy since the flood of 1990.', "Containment"),
    ("a name opens the sentence after a quote's attribution, in the same paragraph",
     '"Nobody keeps the ferry running on time," the harbor master Tomas Brel said. "Tide Watch" is a pamphlet '
     'his office prints each spring.', "Tide Watch"),
]


@pytest.mark.parametrize("why, text, phrase", TERM_ROWS, ids=[r[0] for r in TERM_ROWS])
def test_a_term_opening_a_sentence_about_it_is_no_quote(why, text, phrase):
    quotes = extract(text)
    assert not any(phrase in q.text for q in quotes), [(q.text, q.rule) for q in quotes]
    assert find(quotes, "ferry running").kind == "direct"


# (why, text, phrase, kind): the same shape, but the sentence says who spoke, or the words close themselves
LOOK_ALIKE_ROWS = [
    ("a verb of speech later in the sentence",
     SAID + '"Harbor first" was how she put it.', "Harbor first", "direct"),
    ("the quoted words close with their own full stop",
     SAID + '"Never again." The words were painted on the pier.', "Never again", "direct"),
    ("the speaker follows the writer's words",
     '"This will be a test" for the mayor, said Ana Brink.', "This will be a test", "partial"),
]


@pytest.mark.parametrize("why, text, phrase, kind", LOOK_ALIKE_ROWS, ids=[r[0] for r in LOOK_ALIKE_ROWS])
def test_a_quote_of_the_same_shape_stays(why, text, phrase, kind):
    assert find(extract(text), phrase).kind == kind


EXCERPT = ("Ledger: The Harbor Is No Place for Tolls.\n\nFrom Ann Lee writing at The Harbor Ledger:\n\n"
           '"Nobody in the town wanted the toll booths on the old pier, and the council knew it well.\n\n'
           '"Mayor Tomas Vell tried to wave it off at the meeting on Tuesday. But the crowd would not have it.\n\n'
           "“We pay enough already,” Ines Brel shouted from the back.\n\n"
           "The whole piece runs in Sunday's Harbor Ledger.")

# (why, text, phrase, kind or None): None, no quote holds the phrase
EXCERPT_ROWS = [
    ("the excerpt's first paragraph", EXCERPT, "toll booths", None),
    ("a later paragraph reopening the excerpt's mark", EXCERPT, "wave it off", None),
    ("a quote inside the excerpt, in marks of its own", EXCERPT, "We pay enough", "direct"),
    ("a lead-in with a verb of its own quotes the writer",
     'Ann Lee wrote in The Harbor Ledger:\n\n"Nobody in the town wanted the toll booths on the old pier, and '
     'the council knew it well.', "toll booths", "direct"),
]


@pytest.mark.parametrize("why, text, phrase, kind", EXCERPT_ROWS, ids=[r[0] for r in EXCERPT_ROWS])
def test_an_excerpt_credited_to_its_writer_is_no_quote(why, text, phrase, kind):
    quotes = extract(text)
    if kind is None:
        assert not any(phrase in q.text and q.kind == "direct" for q in quotes), [(q.text, q.rule) for q in quotes]
    else:
        assert find(quotes, phrase).kind == kind
