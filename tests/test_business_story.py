"""A business story's speakers: a company the story names in full and then calls by its first word or by
what it is ("Varda said", "the company said", "the German chipmaker said"), and the question an answer is
given to ("Asked whether …, she said no": nobody named asked it).

Each row is a sentence of the team's own (invented companies and people) and who must say the words that
hold the phrase; the look-alikes are the same shapes where the word is a person's name or no company is named.
"""
import pytest

from found import find
from quotes import extract

COMPANY_SPEAKERS = [
    ("a company's first word after its full name",
     "Varda Holdings bought the plant on Monday. Varda said it expects the deal to close in March.",
     "deal to close", "Varda Holdings", "organization"),
    ("after a quote, the first word of a name ending in Group",
     "The Orvald Group cut 300 jobs. “We had no other choice,” Orvald said.",
     "no other choice", "Orvald Group", "organization"),
    ("'the company' after a name that says it is one",
     "Kestrel Systems cut its forecast on Tuesday.\n\nThe company said demand from carmakers was weak.",
     "demand from carmakers", "Kestrel Systems", "organization"),
    ("what the company makes, with an adjective",
     "Kestrel Systems cut its forecast. The German chipmaker said it would close a plant in Brno.",
     "close a plant", "Kestrel Systems", "organization"),
    ("the company named last",
     "Varda Holdings will buy Lumen Foods. The company said the price was fair to its owners.",
     "price was fair", "Lumen Foods", "organization"),
    # look-alikes
    ("a person who shares the word is the person",
     "Ana Varda founded Varda Holdings. Varda said she would stay on as chair.",
     "stay on as chair", "Ana Varda", "person"),
    ("a lone name with no company of that word is a person",
     "Kestrel Systems cut its forecast. Lind said the cuts were overdue.",
     "cuts were overdue", "Lind", "person"),
]


@pytest.mark.parametrize("why,text,phrase,speaker,kind", COMPANY_SPEAKERS, ids=[r[0] for r in COMPANY_SPEAKERS])
def test_a_company_is_called_by_its_first_word_or_by_what_it_is(why, text, phrase, speaker, kind):
    q = find(extract(text), phrase)
    assert (q.speaker, q.speaker_type) == (speaker, kind), (q.speaker, q.speaker_type, q.mention, q.rule)


def test_what_is_measured_of_a_company_speaks_for_nobody():
    text = ("Kestrel Systems makes chips.\n\n"
            "Shares of Kestrel Systems fell 14 percent on Wednesday after the chipmaker cut its forecast, blaming weak "
            "demand from carmakers.")
    assert not [q for q in extract(text) if q.speaker == "Shares of Kestrel Systems"]


def test_a_company_with_no_name_before_it_is_kept_as_written():
    q = find(extract("The chipmaker said demand from carmakers was weak."), "demand from carmakers")
    assert (q.mention, q.speaker_type) == ("The chipmaker", "organization")


QUESTIONS = [
    ("a person answers", "Asked whether the clinic would offer emergency care, Dr. Ama Boateng said no.",
     "whether the clinic would offer", "no"),
    ("a share of people answers", "Asked whether the ferry should stay, 75 percent of residents said yes.",
     "whether the ferry should stay", "yes"),
]


def test_the_one_who_asked_is_named_only_by_asked_by():
    quotes = extract("Asked by Ivo Marsh whether the ferry should stay, the mayor said yes.")
    asked = find(quotes, "whether the ferry should stay")
    assert (asked.speaker, asked.mention) == (None, "Ivo Marsh")
    assert find(quotes, "yes").mention == "the mayor"


@pytest.mark.parametrize("why,text,question,answer", QUESTIONS, ids=[r[0] for r in QUESTIONS])
def test_the_question_is_nobody_s_words_and_the_answer_the_answerer_s(why, text, question, answer):
    quotes = extract(text)
    asked = find(quotes, question)
    assert (asked.speaker, asked.mention, asked.cue) == (None, None, "Asked")
    replies = [q for q in quotes if q.text == answer]
    assert replies and replies[0].mention, [(q.text, q.mention) for q in quotes]
