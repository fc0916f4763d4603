"""Mixed quotes whose quoted words sit in a phrase of the writer's.

A free relative that names something in quoted words ("in what Ruiz called the “worst week of her life”",
"what she described as a “mess”") is reported from its "what": the thing named is the writer's phrase with
the speaker's words in it. Only when a word stands between the verb and the marks: 'what Ruiz called “a
mess”' is read as the quoted name alone, as before. When the pronoun of the relative stands for the
sentence's subject ("The mayor denounced what she called …") the subject as written is the mention.

A dash typed as hyphens (" - ", " -- ") sets off a participle of speech as "—" does: "… last week - saying it
offered no answers …" is a report of its own, and the report before it ends at the dash.
"""
import pytest

import quotes

WHAT_CASES = [
    # (sentence, the quote, its speaker, its mention)
    ("The harbor fight was, in what Tom Ruiz called the “worst week of his life,” a long one.",
     "what Tom Ruiz called the “worst week of his life,”", "Tom Ruiz", "Tom Ruiz"),
    ("Dana Okafor, the ferry chief, signed what she called a “bold new pact” of the harbor towns.",
     "what she called a “bold new pact” of the harbor towns", "Dana Okafor", "Dana Okafor"),
    ("The bidding was to open at noon on what Lena Voss described as a “piece of harbor history.”",
     "what Lena Voss described as a “piece of harbor history.”", "Lena Voss", "Lena Voss"),
    # the quoted name right after the verb: the name alone, as before
    ("The pier was what Tom Ruiz called “a floating ruin.”",
     "“a floating ruin.”", "Tom Ruiz", "Tom Ruiz"),
]


@pytest.mark.parametrize("sentence, text, speaker, mention", WHAT_CASES)
def test_a_free_relative_naming_in_quoted_words(sentence, text, speaker, mention):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [(q.text, q.kind) for q in found] == [(text, "partial")]
    assert found[0].speaker == speaker
    assert found[0].mention == mention


def test_a_pronoun_for_someone_else_keeps_its_mention():
    found = quotes.extract("Tom Ruiz met Ana Vale at the pier. She signed what he called a “bold new pact” for "
                           "the ferry.", date="2024-05-06")
    assert [(q.text, q.speaker, q.mention) for q in found] == [("what he called a “bold new pact”", "Tom Ruiz", "he")]


HYPHEN_DASH_CASES = [
    ("Mayor Dana Okafor denounced what she called the “deeply cynical” plan of the board - saying it offered no "
     "answers but rather stoked “fear and anger.”",
     [("what she called the “deeply cynical” plan of the board", "Dana Okafor"),
      ("it offered no answers but rather stoked “fear and anger.”", "Dana Okafor")]),
    ("Mayor Dana Okafor attacked the board's “cynical” ferry plan -- saying it stoked “fear and anger.”",
     [("the board's “cynical” ferry plan", "Dana Okafor"),
      ("it stoked “fear and anger.”", "Dana Okafor")]),
]


@pytest.mark.parametrize("sentence, expected", HYPHEN_DASH_CASES)
def test_a_hyphen_dash_sets_off_a_participle_of_speech(sentence, expected):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [(q.text, q.speaker) for q in found] == expected


# A verb, its object and "as" before quoted words cast the object as something in someone's words, whatever the
# verb: the object and its name are reported, the sentence's subject (someone the article names) the speaker.
OBJECT_AS_CASES = [
    ("At the hearing, Tom Ruiz singled out the auditor as “biased,” which angered the clerks.",
     "the auditor as “biased,”", "Tom Ruiz"),
    ("Mayor Dana Okafor openly admires the harbor chief Tom Bell as a “steady hand,” in private.",
     "the harbor chief Tom Bell as a “steady hand,”", "Dana Okafor"),
    ("Senator Lena Voss, as usual, keeps painting the ferry board as a “cartel” in her speeches.",
     "the ferry board as a “cartel”", "Lena Voss"),
    # the quoted words describe a noun after them: the noun phrase goes on
    ("For years, Harborline has positioned itself as a “friendly ferry” service open to island families.",
     "itself as a “friendly ferry” service open to island families", "Harborline"),
    ("Tom Ruiz, who has long styled himself as the “mayor of the docks,” won the vote.",
     "himself as the “mayor of the docks,”", "Tom Ruiz"),
]


@pytest.mark.parametrize("sentence, text, speaker", OBJECT_AS_CASES)
def test_an_object_cast_as_quoted_words(sentence, text, speaker):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [(q.text, q.kind, q.speaker) for q in found] == [(text, "partial", speaker)]


# no object before "as", or a subject the article does not name: nothing of the kind
NOT_OBJECT_AS = [
    "She comes across as “too loud” at the meetings.",
    "Officials searched the files for words such as “ferry,” “pier” and “levy.”",
    "It is easy for many reporters to depict the strike as a “revolt.”",
]


@pytest.mark.parametrize("sentence", NOT_OBJECT_AS)
def test_no_object_cast_as_quoted_words(sentence):
    assert [q.rule for q in quotes.extract(sentence, date="2024-05-06")
            if q.rule == "object cast as quoted words"] == []


# Quoted words inside the that-clause of a verb that ends like a participle, whatever the verb: the clause is
# reported from its "that" when the sentence's subject is someone the article names.
VERB_THAT_CASES = [
    ("Later in the spring, Ana Vale amended her account explaining that she had not signed contracts that were "
     "“marked urgent at the time.”",
     "that she had not signed contracts that were “marked urgent at the time.”", "Ana Vale"),
    ("Lena Voss confided to her that the neighbors had panicked because the family were “the first farmers to move "
     "into the valley.”",
     "that the neighbors had panicked because the family were “the first farmers to move into the valley.”",
     "Lena Voss"),
]


@pytest.mark.parametrize("sentence, text, speaker", VERB_THAT_CASES)
def test_quoted_words_in_a_verbs_that_clause(sentence, text, speaker):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [(q.text, q.kind, q.speaker) for q in found] == [(text, "partial", speaker)]


def test_a_demonstrative_that_opens_no_clause():
    found = quotes.extract("Tom Ruiz spoke first. Ruiz contrasted that with Vale, who wants to bring “people together "
                           "to settle the harbor fight.”", date="2024-05-06")
    assert all(not q.text.startswith("that") for q in found)
