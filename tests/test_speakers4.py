"""A speaker's phrase ends before its sentence's verb: the verb and its object are no part of who speaks.

"The harbor office put out a notice saying …" is said by the office: the document before "saying" is the object
of a verb of issuing it, and that verb's subject speaks. "The mayor feuds with her party and dismisses …" is
the mayor's: a description read on past its head noun takes in the verb ("feuds") and its object. Each row
is a sentence of the team's own (invented people and places) and the speaker's mention it must give; the
look-alikes are sentences of the same shape whose mention must stay as it was. The last table: what opens a
sentence ("Then,", "While …,", "Despite") is no part of the subject or the owner after it.
"""
import pytest

from found import find
from quotes import extract


def mention_of(text, phrase):
    """The mention of the speaker of the quote that holds the phrase."""
    return find(extract(text), phrase).mention


def speaker_of(text, phrase):
    """The speaker and its mention, of the quote that holds the phrase."""
    quote = find(extract(text), phrase)
    return quote.speaker, quote.mention


ISSUED_DOCUMENTS = [
    ("a body puts out a notice",
     "The harbor office put out a notice saying the mayor was never told about the dredging plan.",
     "never told", ("the harbor office", "The harbor office")),
    ("a campaign mails out a short release",
     "Vera Olin's campaign mailed out a short release saying the mayor was never told about the dredging plan.",
     "never told", ("Vera Olin's campaign", "Vera Olin's campaign")),
    ("a titled person issues a statement, after an opening phrase",
     "Shortly after the vote, Harbor Board Chairman Tomas Reyes issued a statement saying the levy was unfair.",
     "levy was unfair", ("Tomas Reyes", "Harbor Board Chairman Tomas Reyes")),
    ("an authority releases a two-page letter",
     "The port authority released a two-page letter saying the ferry would keep running through the winter.",
     "ferry would keep", ("the port authority", "The port authority")),
    # look-alikes: no verb of issuing before the document, or no determiner before it
    ("look-alike: the document opens the sentence",
     "A statement from the harbor board saying the levy was unfair was read aloud at the meeting.",
     "levy was unfair", (None, "the harbor board")),
    ("look-alike: signs held by no one named",
     "Protesters held signs saying the mayor must go.",
     "mayor must go", (None, "Protesters held signs")),
]


@pytest.mark.parametrize("why,text,phrase,expected", ISSUED_DOCUMENTS, ids=[r[0] for r in ISSUED_DOCUMENTS])
def test_the_issuer_of_a_document_says_what_it_says(why, text, phrase, expected):
    assert speaker_of(text, phrase) == expected


DESCRIPTION_THEN_VERB = [
    ("a present tense and a preposition after the head",
     "Publicly, the mayor feuds with her party's biggest donors and dismisses the old approaches of her "
     "predecessors.",
     "old approaches", "the mayor"),
    ("a past tense and a place after the head",
     "With a storm on the way, the candidates scurried across Tarn County on Monday, urging voters to back "
     "the new levy.",
     "back the new levy", "the candidates"),
    # look-alikes: what follows the head is still the description
    ("look-alike: an adjective and a preposition after the head",
     "“We will not sign it,” said a union official familiar with the talks.",
     "We will not sign", "a union official"),
    ("look-alike: a preposition after the head",
     "“We will not sign it,” said a spokesman for the harbor board.",
     "We will not sign", "a spokesman for the harbor board"),
]


@pytest.mark.parametrize("why,text,phrase,mention", DESCRIPTION_THEN_VERB,
                         ids=[r[0] for r in DESCRIPTION_THEN_VERB])
def test_a_description_ends_before_its_verb(why, text, phrase, mention):
    assert mention_of(text, phrase) == mention


def speaker_holding(text, phrase):
    """The speaker of the quote that holds the phrase."""
    return find(extract(text), phrase).speaker


# a sentence's opening is no part of the subject or owner after it: after a one-word connective and its comma
# ("Then, Bell set …") the name is the sentence's subject, the one a "he" finds; a concessive clause's subject is
# the main clause's ("While many watchers …, they say …"); "Despite Dorn's claims" are Dorn's
AFTER_AN_OPENING = [
    ("a one-word connective before the last subject",
     "Tomas Okafor was on the brink of winning the race. Then, Paul Renner set the bar impossibly high. "
     "He hinted that a defeat in either county would end the campaign.",
     "defeat in either county", "Paul Renner"),
    ("'Still,' before the last subject",
     "Tomas Okafor was on the brink of winning the race. Still, Paul Renner kept the bar high. "
     "He hinted that a defeat in either county would end the campaign.",
     "defeat in either county", "Paul Renner"),
    ("a concessive clause's group is the main clause's 'they'",
     "While many harbor watchers expect Mayor Ana Pike to stay, they say she will have to work to keep her "
     "majority.",
     "work to keep", "many harbor watchers"),
    ("'Despite' before the owner of a claim",
     "Tom Dorn spoke on Monday. Despite Dorn's claims that his fleet is the largest on the coast, the bank was "
     "wary.",
     "fleet is the largest", "Tom Dorn"),
    ("'But' before the owner of a claim",
     "Tom Dorn spoke on Monday. But Dorn's most serious claim is that the harbor inquiry is a plot against the "
     "mayor.",
     "harbor inquiry", "Tom Dorn"),
    ("an article opens the owner's name, and is part of it",
     "The Courier's claim that the harbor inquiry is a plot was rejected by the council.",
     "harbor inquiry", "the Courier"),
    # look-alikes: the main clause has a subject of its own
    ("look-alike: the main clause names its own group",
     "While the ferry captains praised the plan, the dock workers were angry. They say the locks are too old.",
     "locks are too old", "the dock workers"),
]


@pytest.mark.parametrize("why,text,phrase,speaker", AFTER_AN_OPENING, ids=[r[0] for r in AFTER_AN_OPENING])
def test_the_subject_after_a_sentence_opening(why, text, phrase, speaker):
    assert speaker_holding(text, phrase) == speaker


# a participle of fearing or seeking after a comma shares the sentence's subject, as one of speech does: not the
# noun just before its comma, an appositive's or a relative clause's
SHARED_PARTICIPLES = [
    ("'seeking' after a participle phrase about the object",
     "Ana Pike and Eli Marsh sent a letter to Mayor Tom Dorn, signed by two hundred members, seeking more "
     "answers about the harbor.",
     "more answers", "Ana Pike"),
    ("'fearing' after an appositive of a body in a prepositional phrase",
     "Osland had long blocked the plans of Vessia for a fund run by the Tarn Cooperation "
     "Council, a league of ports, fearing it would turn into a tool of expansion.",
     "tool of expansion", "Osland"),
    # look-alike: a relative clause's own report stays its subject's
    ("look-alike: the relative clause reports what its subject promised",
     "Ana Pike wrote to Mayor Tom Dorn, who had promised a new pier, fearing he would back the levy on ferry "
     "tickets.",
     "a new pier", "Tom Dorn"),
]


@pytest.mark.parametrize("why,text,phrase,speaker", SHARED_PARTICIPLES, ids=[r[0] for r in SHARED_PARTICIPLES])
def test_a_participle_of_fearing_or_seeking_shares_the_subject(why, text, phrase, speaker):
    assert speaker_holding(text, phrase) == speaker
