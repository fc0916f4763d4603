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


# The writer's words around a report are not the report. A participle with its agent is a passive ("opposed
# by the unions"): what follows the agent is the sentence going on, not a clause the verb reports. A report
# that is all in marks ends with its closing mark when the writer's relative clause follows ('denounce
# “self-rule,” which is …'), however few its words. An "as one aide put it" aside lends what follows it;
# the words before it are the writer's, unless they are the subject of a predicate after it.

# (why, text, words no quote may hold)
WRITERS_WORDS_ROWS = [
    ("a participle and its agent: the passive",
     "The governor, cheered by the farmers and opposed by the unions, held on to his seat in the recount.",
     "held on"),
    ("a participle with 'long' before it and its agent",
     "''No one else here is playing to win,'' said Mr. Hale, who took aim at Senator Ana Ruiz of Ohio, long viewed by "
     "many in her party as its best hope but who finished a distant third.", "by many"),
    ("a relative clause after a quoted word the verb reports",
     "It is odd that Voss would denounce “self-rule,” which is a mild idea next to his own plans for the port.",
     "mild idea"),
    ("a relative clause after a quoted rating",
     'On Friday, the Harbor Bar Association completed its long review of the judge and deemed him "top notch," '
     'which is the best mark it gives.',
     "best mark"),
    ("the words before an 'as one aide put it' aside",
     "Mayor Ted Vell, who owed his seat to, as one aide put it, a ''lucky break'' that Ms. Ruiz arranged, left "
     "the town in May.", "Mayor Ted Vell"),
]


@pytest.mark.parametrize("why, text, words", WRITERS_WORDS_ROWS, ids=[r[0] for r in WRITERS_WORDS_ROWS])
def test_the_writers_words_around_a_report_are_not_reported(why, text, words):
    quotes = extract(text)
    assert not any(words in q.text for q in quotes), [(q.text, q.rule) for q in quotes]


# (why, text, phrase, speaker): what the verb does report is still found
STILL_REPORTED_ROWS = [
    ("'by' and a gerund is the means, not an agent",
     "Mayor Lena Vale responded by saying the ferry plan was dead.", "by saying the ferry plan", "Lena Vale"),
    ("the quoted word itself, after the writer's relative clause is cut",
     "It is odd that Ray Voss would denounce “self-rule,” which is a mild idea next to his own plans for the port.",
     "self-rule", "Ray Voss"),
    ("more quoted words in the relative clause: the report goes on",
     "The complaint said that the board “failed to act,” which led to “the leak” this week.", "the leak", None),
    ("what follows the aside is the aide's",
     "Mayor Ted Vell, who owed his seat to, as one aide put it, a ''lucky break'' that Ms. Ruiz arranged, left "
     "the town in May.", "lucky break", "one aide"),
    ("the words before the aside are the subject of the predicate after it",
     "The pier, as one fisher put it, is a ''death trap.''", "The pier", "one fisher"),
]


@pytest.mark.parametrize("why, text, phrase, speaker", STILL_REPORTED_ROWS, ids=[r[0] for r in STILL_REPORTED_ROWS])
def test_what_the_verb_reports_is_still_found(why, text, phrase, speaker):
    q = find(extract(text), phrase)
    if speaker is not None:
        assert q.speaker == speaker, (q.text, q.rule)
