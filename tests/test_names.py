"""The speaker column as a reader would write it: each person's full name, in sentences the team wrote.

Each table row: a name, the text, a phrase that picks the quote, and the speaker expected for it.
"""
import pytest

from found import find
from quotes import extract
from quotes.engine.people import Cast


# A bare surname stands for the full name the article last gave before it, when it gives two: a full name
# written after a preposition ("a note from …") registers nobody, and a namesake named later (a wife, a son)
# must not take the bare surname's quotes.
BARE_SURNAME_OF_TWO = [
    ("the full name after a preposition, the namesake later",
     "The clerk keeps a note from Paul R. Okafor on her desk.\n\nMr. Okafor sent it after the vote. "
     "“The count was rigged,” Mr. Okafor said in May.\n\nHis sister, Mina Okafor, had warned him. "
     "“He never listens,” Mina Okafor said.", "The count was rigged", "Paul R. Okafor"),
    ("the namesake's own quote is still hers",
     "The clerk keeps a note from Paul R. Okafor on her desk.\n\nMr. Okafor sent it after the vote. "
     "“The count was rigged,” Mr. Okafor said in May.\n\nHis sister, Mina Okafor, had warned him. "
     "“He never listens,” Mina Okafor said.", "He never listens", "Mina Okafor"),
    ("a run of capitals before the surname is no full name",
     "Crowds came to a Peter Brask rally on the pier.\n\nBrask was not there. Brask said the fight goes on. "
     "“We stay,” said Lena Holm, a Harbor-area Brask volunteer.\n\n“Nothing is over,” Brask said.",
     "Nothing is over", "Peter Brask"),
    # look-alikes it leaves alone
    ("one full name, written after the bare surname",
     "Okafor wins again.\n\nThe council backed Paul Okafor on Monday. “It is done,” Okafor said.",
     "It is done", "Paul Okafor"),
]

# A sentence that opens with a participle and a surname ("Bashing Okafor may be …") names no one called
# "Bashing Okafor"; the surname's quotes stay with the person the article names in full.
PARTICIPLE_BEFORE_A_SURNAME = [
    ("a participle opening a sentence",
     "Paul Okafor toured the docks on Monday.\n\nBashing Okafor may be easy, but the union is split. "
     "“We are ready,” Okafor said.", "We are ready", "Paul Okafor"),
    ("a participle opening a paragraph, the name's gender kept",
     "Mina Okafor toured the docks on Monday.\n\nPainting Okafor as a threat, the flyers went out early. "
     "“I am no threat,” she said.", "I am no threat", "Mina Okafor"),
    # look-alikes it leaves alone
    ("a given name in -ing inside a sentence",
     "The ring was run by a harbor agent, Channing Vale, who fled in June. “I had no choice,” Vale said.",
     "I had no choice", "Channing Vale"),
    ("a given name the lexicon knows, opening a sentence",
     "Irving Bell toured the docks on Monday. “We are ready,” Bell said.", "We are ready", "Irving Bell"),
]

# A name may open with an initial or two: "R. Tomas Vell" is one person, whether the article writes the
# initial or not.
LEADING_INITIALS = [
    ("an initial before a given name",
     "“The wall will not stop them,” said R. Tomas Vell, the harbor commissioner, who conceded that the "
     "fences had failed.\n\n“We need boats,” Mr. Vell said.", "We need boats", "R. Tomas Vell"),
    ("an initial before a given name, in the relative clause",
     "“The wall will not stop them,” said R. Tomas Vell, the harbor commissioner, who conceded that the "
     "fences had failed.", "fences had failed", "R. Tomas Vell"),
    ("two initials with a space (after the verb, read before too)",
     "“I never wrote that,” said J. K. Marsh on Sunday.", "I never wrote that", "J. K. Marsh"),
    # look-alikes it leaves alone
    ("the initials of a country before a title",
     "“We will reply,” said U.S. Ambassador Ana Ruiz.", "We will reply", "Ana Ruiz"),
    ("a middle initial",
     "“We will reply,” said Ana T. Ruiz, the envoy.", "We will reply", "Ana T. Ruiz"),
]

# A body whose name ends in a word that opens headlines ("Watch: …") is still named in full after a verb of
# speech: "said Harbor Watch President Tom Vell" is Vell.
BODY_ENDING_IN_WATCH = [
    ("a title after the body's name",
     "“The files were hidden for years,” said Harbor Watch President Tom Vell.",
     "The files were hidden", "Tom Vell"),
    ("the body alone",
     "“The email was found in 2014,” according to Harbor Watch.", "The email was found", "Harbor Watch"),
    # look-alike it leaves alone
    ("a plain name after the verb",
     "“The files were hidden for years,” said Tom Vell.", "The files were hidden", "Tom Vell"),
]


SPEAKER_ROWS = BARE_SURNAME_OF_TWO + PARTICIPLE_BEFORE_A_SURNAME + LEADING_INITIALS + BODY_ENDING_IN_WATCH


@pytest.mark.parametrize("name, text, phrase, speaker", SPEAKER_ROWS, ids=[r[0] for r in SPEAKER_ROWS])
def test_speaker_is_the_full_name(name, text, phrase, speaker):
    assert find(extract(text), phrase).speaker == speaker


# "…,” said Ana Ruiz of the Tarn Council, who …": the verb before the name is no part of the mention the
# relative pronoun stands for.
VERB_BEFORE_AN_ANTECEDENT = [
    ("said, a name and a body",
     "“The line was long,” said Anita Rao of the Tarn Rights Council, who noted that the polls shut early.",
     "the polls shut early", "Anita Rao of the Tarn Rights Council"),
    # look-alike it leaves alone
    ("a lower-case noun before the antecedent",
     "The pier will close on Friday, emergency authorities said.", "The pier will close", "emergency authorities"),
]


@pytest.mark.parametrize("name, text, phrase, mention", VERB_BEFORE_AN_ANTECEDENT,
                         ids=[r[0] for r in VERB_BEFORE_AN_ANTECEDENT])
def test_mention_has_no_verb(name, text, phrase, mention):
    assert find(extract(text), phrase).mention == mention


# The people the article names, as the cast registers them (where the sentence's cut at "J.K." keeps the
# quote's speaker from being read, the cast still has the whole name).
CAST_NAMES = [
    ("two initials without a space", "Pastor Tom Bell attacked the author J.K. Marsh on Sunday.", "J.K. Marsh"),
    ("an initial and a given name", "The envoy, R. Tomas Vell, left for Oslo.", "R. Tomas Vell"),
]


@pytest.mark.parametrize("name, text, person", CAST_NAMES, ids=[r[0] for r in CAST_NAMES])
def test_cast_registers_the_whole_name(name, text, person):
    assert person in [e.name for e in Cast(text).entities]


# A capitalised word made like a profession's ("Hydrologist", "Pianist", "Statistician") opening a sentence
# before a name is no given name; a surname in "-quist" is still a name.
@pytest.mark.parametrize("text, speaker", [
    ("Hydrologist Pavel Horak said the lakes were draining.", "Pavel Horak"),
    ("Statistician Mara Velde said the count was wrong.", "Mara Velde"),
    ("Dana Lindquist said prices would rise.", "Dana Lindquist"),
])
def test_a_profession_before_a_name_is_no_given_name(text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]
