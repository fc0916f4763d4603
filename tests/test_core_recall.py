"""Reports with the commonest cues ("said", "says", a colon …) in shapes the engine used to drop, next to
look-alikes that hold no report.

Each row gives an article, a phrase of the report it must find and the speaker it must name, or, for a
look-alike, a phrase no quote may hold.
"""
import pytest

from found import find
from quotes import extract

DECK = "\nFerry crews and town officials meet again on Friday in Ashford.\n\nMayor Ana Ruiz and Tom Hale spoke."

# A free relative after a preposition or a participle is an object ("amounting to what the council said
# was …"): the verb after the cue is the reported clause's, so it reports what was said. Opening the sentence,
# the free relative is the subject of the writer's verb ("Everything Hale says is printed"), and reports nothing.
#
# A clause cut back to its subject and an auxiliary after a verb of saying ("Hale said he would") is an
# answer, the rest understood from before; two words that are no such clause ("said good morning") are not.
#
# "…, a spokesman told The Ashford Times.": after a clause and its comma, a verb of telling whose object is
# a name (a paper, a network) and nothing more reports the clause before it. A title's abbreviation ends no
# sentence ("telling Sen. Hale, …, that …" reports the that-clause), and a name told with no clause before
# it reports nothing.
#
# A dash sets off a participle of saying as a comma does ("switched teams at once – saying …"): the
# sentence's subject says the clause. A dash before a participle that says nothing reports nothing.
#
# A headline's speaker before its colon may name whom they spoke to, where, or about what ("Ruiz to Harbor
# Board: …", "Hale at Town Hall: …"); a headline that opens with a determiner names a thing, not a speaker.
#
# A headline that ends in a semicolon is the first clause of two, its deck on the next line: its clause is
# read for reported speech. A semicolon headline with no verb of speech stays nobody's words.
FOUND = [
    ("en dash, then saying", "Tom Hale switched teams at once – saying he now backs the Ashford side.",
     "he now backs the Ashford side", "Tom Hale"),
    ("em dash, then saying", "Ana Ruiz faulted the harbor board for its fund — saying the board chose not to "
                             "take the same help.", "the board chose not to take", "Ana Ruiz"),
    ("clause, subject told a paper", "The ferry will run all winter, a harbor spokesman told The Ashford Times.",
     "The ferry will run all winter", "a harbor spokesman"),
    ("clause, name told a paper on a day", "The pier will reopen in May, Ana Ruiz told the Ashford Herald on "
                                           "Monday.", "The pier will reopen in May", "Ana Ruiz"),
    ("telling a titled name, then that", "Ruiz may settle it by telling Sen. Tom Hale, head of the harbor "
                                         "board, that he will drop the levy unless talks begin by May.",
     "he will drop the levy", "Ruiz"),
    ("headline, speaker to audience", "Ruiz to Harbor Board: The ferry will run all winter.\n\nASHFORD - Mayor "
                                      "Ana Ruiz spoke on Monday.", "The ferry will run all winter", "Ana Ruiz"),
    ("headline, speaker at a place", "Hale at Town Hall: Council must fix the pier now.\n\nTom Hale spoke to a "
                                     "crowd.", "Council must fix the pier now", "Tom Hale"),
    ("said, pronoun and auxiliary", "The council asked who would back the levy. Tom Hale said he would.",
     "he would", "Tom Hale"),
    ("says, name and auxiliary", "Few on the board have read the ferry report. Ana Ruiz says Hale has.",
     "Hale has", "Ana Ruiz"),
    ("free relative after a preposition", "The deal amounted to what the councillors said was a giveaway to "
                                          "the developers.", "a giveaway to the developers", "the councillors"),
    ("free relative after a participle", "Tom Hale wrote a long reply, highlighting what Ana Ruiz says is a "
                                         "gap in the ferry budget.", "a gap in the ferry budget", "Ana Ruiz"),
    ("semicolon headline, says", "Ruiz says the ferry will run all winter;" + DECK, "the ferry will run",
     "Ana Ruiz"),
    ("semicolon headline, urges", "Hale urges a vote on the harbor plan;" + DECK, "a vote on the harbor plan",
     "Tom Hale"),
]

LEFT_ALONE = [
    ("dash, then a participle of no speech", "Tom Hale spoke at length — rambling, joking and waving at the "
                                             "crowd.", "waving at the crowd"),
    ("told a name, no clause before", "The council met at noon, and Tom Hale told Ana Ruiz.", "council met"),
    ("headline, a thing before the colon", "A Plan to Save the Pier: Sell the Old Boats.\n\nTom Hale spoke to a "
                                           "crowd at the Pier.", "Sell the Old Boats"),
    ("said, two words and no auxiliary", "Tom Hale walked in and said good morning.", "good morning"),
    ("free relative opening the sentence", "Everything Tom Hale says is printed in the weekly paper.",
     "printed in the weekly paper"),
    ("free relative after a conjunction", "The vote was close, and what Ana Ruiz said was soon forgotten.",
     "soon forgotten"),
    ("semicolon headline, no cue", "Ferry strike enters its third week in Ashford;" + DECK, "third week"),
]


@pytest.mark.parametrize("name,text,phrase,speaker", FOUND, ids=[c[0] for c in FOUND])
def test_report_is_found(name, text, phrase, speaker):
    assert find(extract(text), phrase).speaker == speaker


@pytest.mark.parametrize("name,text,phrase", LEFT_ALONE, ids=[c[0] for c in LEFT_ALONE])
def test_look_alike_holds_no_report(name, text, phrase):
    assert not [q.text for q in extract(text) if phrase in q.text]
