"""Direct quotes of a few words: said in marks right after the verb, or read off a sign, a hat or a message.

'Ortiz closed his speech by saying “Too many.”': the marks show that these two words are the very words
said. A verb of saying with nothing but a quoted passage after it reports that passage however short it
is; the rule that a clause of one or two words reports nothing ("said so", "said Monday") is for the
writer's own words, not for words in marks.

'Dana Brook waved a sign that read “12%!”', 'Voss put out a message on Facebook reading “Thank you, Ohio”':
what a sign, a banner, a hat or a message reads is quoted as it is written, a slogan in title case and
all, with no comma before the marks. A message is its sender's words (the subject of the sentence, when it
names one); a sign's or a hat's words are the sign's or the hat's.

Each row is a sentence of the team's own (invented people and places).
"""
import pytest

from found import find
from quotes import extract

# (why, text, words in the marks, speaker)
SAID_IN_MARKS_ROWS = [
    ("two words after 'by saying', no comma",
     "Mayor Ines Ortiz closed her speech by saying “Too many.” Then she left the stage.", "Too many.",
     "Ines Ortiz"),
    ("two words after 'said', no comma",
     "Asked about the ferry delays, Tomas Brel said “Never again.” The council agreed.", "Never again.",
     "Tomas Brel"),
    ("the way someone says a phrase",
     "The two rivals joked about the mayor and the way she says “record crowds.” They laughed.",
     "record crowds.", None),
]


@pytest.mark.parametrize("why, text, words, speaker", SAID_IN_MARKS_ROWS, ids=[r[0] for r in SAID_IN_MARKS_ROWS])
def test_a_few_words_said_in_marks_are_a_quote(why, text, words, speaker):
    q = find(extract(text), words.rstrip("."))
    if speaker is not None:
        assert q.speaker == speaker


# (why, text, words, speaker, kind)
INSCRIPTION_ROWS = [
    ("a sign that read, the sign's words",
     'At the rally, Dana Brook waved a sign that read "12%!" Her father, Brad, worried about the turnout.',
     "12%!", "a sign", "direct"),
    ("a message on Twitter reading, its sender's words",
     "Ray Voss put out a message on Facebook reading “Thank you Ohio” minutes after the count ended.",
     "Thank you Ohio", "Ray Voss", "direct"),
    ("the sign, which read, set off by a dash",
     "The farmer lifted the sign — which read “Farmers 4 Voss” — and waved it about.", "Farmers 4 Voss", "the sign",
     "direct"),
    ("a campaign hat reading, a slogan in title case",
     "Sen. Ray Voss wore a Voss campaign hat reading, “Make Ohio Proud Once More” at the fair.",
     "Make Ohio Proud Once More", "a Voss campaign hat", "direct"),
    ("one message read, with no sender named",
     "Skywriters filled the sky over the stadium. One message read “anybodybutvoss.us,” a website of the group.",
     "anybodybutvoss.us", "One message", "direct"),
    ("a sign saying, even after a cue of its bearer",
     'Lori Bernal held up a sign saying "Cooks Against Voss - Because We Know Better." She is 57.',
     "Cooks Against Voss", "a sign", "direct"),
]


@pytest.mark.parametrize("why, text, words, speaker, kind", INSCRIPTION_ROWS, ids=[r[0] for r in INSCRIPTION_ROWS])
def test_the_words_on_a_sign_or_in_a_message_are_quoted(why, text, words, speaker, kind):
    q = find(extract(text), words)
    assert (q.kind, q.speaker) == (kind, speaker), (q.text, q.rule)


# (why, text, phrase, kind): the same words inside a report stay part of it
INSIDE_A_REPORT_ROWS = [
    ("shirts that read, inside an 'according to' report",
     "According to The Ledger, the two fans had on shirts that read “Settle for Voss.”", "Settle for Voss",
     "partial"),
]


@pytest.mark.parametrize("why, text, phrase, kind", INSIDE_A_REPORT_ROWS, ids=[r[0] for r in INSIDE_A_REPORT_ROWS])
def test_a_sign_inside_a_report_stays_in_it(why, text, phrase, kind):
    q = find(extract(text), phrase)
    assert q.kind == kind, (q.text, q.rule)
    assert q.text.startswith("the two fans"), q.text
