"""Descriptions and documents as speakers: the subject a description or document noun loses to a nearer name.

"The ferry company agreed to pay for the pier, officials said." is what officials said, inner verb and
all. Each table pairs a shape with look-alikes that must keep their own speaker. The sentences are the
team's own, with invented names and places.
"""
import pytest

from quotes import extract


def spoken_by(text, words, who):
    """Whether some quote of ``text`` holds ``words`` with ``who`` as its speaker or mention."""
    quotes = extract(text)
    return any(words in q.text and who in (q.speaker, q.mention) for q in quotes), \
        [(q.text, q.speaker, q.mention, q.rule) for q in quotes]


# "…, NP said." closing a sentence whose clause has a verb of speech of its own: the closing subject
# reports the whole clause
CLOSING_ATTRIBUTION = [
    ("officials after an agreed clause",
     "The ferry company has also agreed to pay for a new pier at Marlow, officials said Tuesday.",
     "pay for a new pier", "officials"),
    ("court records after a told clause",
     "The fisherman told police he was tired after a long night at sea, court records show.",
     "he was tired", "court records"),
    ("records after a pronoun's agreed clause",
     "He agreed to sell the boat to Ruiz in 2012, records show.",
     "sell the boat", "records"),
    ("those people after a named subject's explained clause",
     "Ruiz, for example, explained how she felt misled by Vell on a harbor bill, those people said.",
     "felt misled", "those people"),
    ("a report after a witness's said clause",
     "A clerk interviewed by the council said the harbor chief hid the leak, the report said.",
     "hid the leak", "the report"),
]

# look-alikes: the inner speaker keeps the words
CLOSING_LOOK_ALIKES = [
    ("a closing pronoun keeps the usual reading",
     "Ruiz met the harbor board on Monday. Bell told the board the pier was unsafe, he said.",
     "the pier was unsafe", "Bell"),
    ("an opening subordinate clause has its own speaker",
     "Though the union boasts of strong support on the docks, the strike is fading, harbor experts say.",
     "strong support on the docks", "the union"),
    ("an earlier attribution aside reports its own part",
     "Dockers marched in Marlow with flags, the Harbor Gazette reported, while in Osk the ferry union "
     "told members it would strike, the Osk Times reported.",
     "Dockers marched in Marlow", "the Harbor Gazette"),
    ("a verb of speech not closing its sentence",
     "Prosecutors said Ruiz knew the pier was unsafe when he signed the lease.",
     "Ruiz knew the pier was unsafe", "Prosecutors"),
]


@pytest.mark.parametrize("text,words,mention", [r[1:] for r in CLOSING_ATTRIBUTION + CLOSING_LOOK_ALIKES],
                         ids=[r[0] for r in CLOSING_ATTRIBUTION + CLOSING_LOOK_ALIKES])
def test_closing_attribution(text, words, mention):
    found, quotes = spoken_by(text, words, mention)
    assert found, quotes
