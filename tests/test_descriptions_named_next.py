"""A description the story names only afterwards.

A story often brings a person in by a description and names them a sentence or two later: "The
Kremlin's top spokesman denounced the remarks … “…,” Putin spokesman Dmitry Peskov said". When no one
named so far fits the description, the person named next with that role is the speaker, and the quote
keeps the description as its mention. A bare "the senator" is how a story goes on about someone already
named, an indefinite "a spokesman" someone new, and someone named with another role is someone else:
those stay as written.
"""
import pytest

import quotes

CASES = [
    # (article, the first report's words, its speaker)
    ("The harbour board's top spokesman denounced the plan but said it should not stop the talks. "
     "“We will keep talking,” board spokesman Arvid Lenk said.",
     "it should not stop the talks", "Arvid Lenk"),
    ("The ministry's chief spokesman said the talks had failed. Later, ministry spokesman Lev Orsk said "
     "they would resume.",
     "the talks had failed", "Lev Orsk"),
    # someone named afterwards with another role is someone else
    ("The ministry's chief spokesman said the talks had failed. Later, the minister, Ana Ruiz, said they "
     "would resume.",
     "the talks had failed", "The ministry's chief spokesman"),
    # an indefinite description brings in someone new
    ("A ministry spokesman said the talks had failed. Later, ministry spokesman Lev Orsk said they would "
     "resume.",
     "the talks had failed", "A ministry spokesman"),
    # a description of someone already named with that role is them, not the next one
    ("Ministry spokesman Per Lund said on Monday the talks would go on. The ministry's chief spokesman said "
     "they had failed. Ministry spokesman Lev Orsk said they would resume.",
     "they had failed", "Per Lund"),
]


@pytest.mark.parametrize("article, words, speaker", CASES)
def test_a_description_is_the_person_named_next(article, words, speaker):
    found = {q.text: q for q in quotes.extract(article, date="2024-04-10")}
    assert found[words].speaker == speaker


def test_the_mention_keeps_the_description():
    article = CASES[0][0]
    quote = next(q for q in quotes.extract(article) if q.text == CASES[0][1])
    assert (quote.mention, quote.role) == ("The harbour board's top spokesman", "spokesman")


def test_too_far_ahead_is_someone_else():
    filler = " ".join(["The tide came in over the quay and the boats were moored for the night."] * 6)
    article = ("The ministry's chief spokesman said the talks had failed. " + filler
               + " Ministry spokesman Lev Orsk said they would resume.")
    first = next(q for q in quotes.extract(article) if q.text == "the talks had failed")
    assert first.speaker == "The ministry's chief spokesman"


# A story that opens on someone's office in a body ("The former treasurer of the … Club testified") names them
# next as the subject of a sentence of their own; they take the office for their role. Not someone the story
# named before, nor someone named with a role of their own.
OFFICES = [
    ("The former treasurer of the Lakeside Rowing Club testified that she moved the money.\n\n"
     "Mira Castell, 51, told the jury that the president had asked her to.",
     "Mira Castell", "former treasurer of the Lakeside Rowing Club"),
    # the writer's byline names no one in the story
    ("By Ana Lind\n\nThe former treasurer of the Lakeside Rowing Club testified that she moved the money.\n\n"
     "Mira Castell, 51, told the jury that the president had asked her to.",
     "Mira Castell", "former treasurer of the Lakeside Rowing Club"),
    ("Mira Castell was in court on Monday. The former treasurer of the Lakeside Rowing Club testified that "
     "she moved the money.\n\nTomas Ode, 60, told the jury that he had not known.",
     "The former treasurer of the Lakeside Rowing Club", "former treasurer of the Lakeside Rowing Club"),
    ("The former treasurer of the Lakeside Rowing Club testified that she moved the money.\n\n"
     "Judge Tomas Ode told the jury to ignore the remark.",
     "The former treasurer of the Lakeside Rowing Club", "former treasurer of the Lakeside Rowing Club"),
]


@pytest.mark.parametrize("article, speaker, role", OFFICES)
def test_an_office_is_the_person_named_next(article, speaker, role):
    first = quotes.extract(article, date="2024-04-10")[0]
    assert (first.text, first.speaker, first.role) == ("that she moved the money", speaker, role)
