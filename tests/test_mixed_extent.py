"""How far a mixed report (reported speech holding quoted words) reaches, in sentences the team wrote.

A relative clause on the sentence's subject may report something of its own ("Ruiz, who thinks the board
erred, …"). When the sentence's own verb after it is a verb of speech whose object holds quoted words, those
words are that verb's report, not the relative clause's: the relative clause's report ends at its comma.
"""
import pytest

import quotes


def reports(text):
    return [(q.text, q.kind, q.speaker) for q in quotes.extract(text, date="2024-05-06")]


RELATIVE_THEN_VERB_OF_SPEECH = [
    ("a verb of naming after the relative clause",
     "Still, Ana Ruiz, who thinks the board made a grab for power with its dock rules, called the new levy "
     "“much, much fairer” than the old one.",
     [("the board made a grab for power with its dock rules", "indirect", "Ana Ruiz"),
      ("the new levy “much, much fairer” than the old one", "partial", "Ana Ruiz")]),
    ("a relative clause closed by a comma set inside the marks",
     "Tom Bell, who estimates that his court bills were “well past a fortune,” described the strain as "
     "“grim beyond words.”",
     [("that his court bills were “well past a fortune,”", "partial", "Tom Bell"),
      ("the strain as “grim beyond words.”", "partial", "Tom Bell")]),
    ("a verb of saying after the relative clause",
     "Ana Ruiz, who thinks the board made a grab for power, said the new levy was “a step back.”",
     [("the board made a grab for power", "indirect", "Ana Ruiz"),
      ("the new levy was “a step back.”", "partial", "Ana Ruiz")]),
]


@pytest.mark.parametrize("name,text,expected", RELATIVE_THEN_VERB_OF_SPEECH,
                         ids=[c[0] for c in RELATIVE_THEN_VERB_OF_SPEECH])
def test_the_relative_clause_report_ends_before_the_sentences_verb_of_speech(name, text, expected):
    assert reports(text) == expected


def test_a_negated_relative_clause_still_tells_who_speaks():
    # "who did not say …" tells who the speaker is; it is not cut off as a report of its own
    found = reports("Ana Ruiz, who never openly said that Tom Bell was unfit for the post, said on Monday "
                    "that he had not done his “homework” on the port.")
    assert all(text != "that Tom Bell was unfit for the post" for text, _, _ in found)


def test_a_verb_of_no_speech_after_the_relative_clause_changes_nothing():
    # the sentence's own verb reports nothing: the relative clause's report ends at its comma as before
    found = reports("Tom Bell, who estimates that his court bills were “well past a fortune,” sold his boat.")
    assert [text for text, _, _ in found] == ["that his court bills were “well past a fortune,”"]


def test_quoted_words_past_their_sentence_end_are_the_next_reports():
    # an object cast as quoted words that run on past a sentence's end ends before the words another report holds
    found = reports('Tom Bell, who guesses that his court bills ran "to six figures," described the '
                    'strain as "horrendous. . . . It really hurts your health," he said.')
    texts = [text for text, _, _ in found]
    assert 'the strain as "horrendous. . . .' in texts
    assert not any("horrendous" in text and "hurts" in text for text in texts)


# A report in an opening subordinate clause ends at the comma where the main clause begins, even with quoted words
# after it, when the main clause has a subject of its own and a verb of speech: those words are its report.
OPENING_CLAUSE_THEN_CLAUSE_OF_SPEECH = [
    ("a name and a verb of naming",
     "When Tom Bell said the pier was unsafe, Ana Ruiz called the claim “pure theater.”",
     [("the pier was unsafe", "indirect", "Tom Bell"), ("the claim “pure theater.”", "partial", "Ana Ruiz")]),
    ("a body and a verb of naming",
     "When Tom Bell said the pier was unsafe, the harbor council called the claim “pure theater.”",
     [("the pier was unsafe", "indirect", "Tom Bell"), ("the claim “pure theater.”", "partial", "the harbor council")]),
    ("a name, an adverb and a verb of speech",
     "While she admitted money was one reason she felt drained working under Hale, Ruiz also noted that several "
     "“small slights” left her bitter.",
     [("money was one reason she felt drained working under Hale", "indirect", None),
      ("that several “small slights” left her bitter", "partial", "Ruiz")]),
]


@pytest.mark.parametrize("name,text,expected", OPENING_CLAUSE_THEN_CLAUSE_OF_SPEECH,
                         ids=[c[0] for c in OPENING_CLAUSE_THEN_CLAUSE_OF_SPEECH])
def test_the_opening_clause_report_ends_before_a_clause_of_speech(name, text, expected):
    assert reports(text) == expected


def test_an_attribution_set_off_by_commas_keeps_the_report_whole():
    # '…, Ruiz said, “…”' attributes the words around it: no clause of its own begins there
    found = reports('So when the board hinted last spring that it would sell the pier to Tom Bell, Ana Ruiz said, '
                    '"we were stunned."')
    assert not any(text == "that it would sell the pier to Tom Bell" for text, _, _ in found)


# A participle of speech after a comma starts a report of its own, an adverb before it or not; the report before
# ends at the comma.
def test_a_participle_of_speech_after_an_adverb_starts_its_own_report():
    found = reports("Ana Ruiz voiced frustration about the harbor debate, recently telling one aide that she is "
                    "puzzled about “which Tom Bell will turn up.”")
    assert ("that she is puzzled about “which Tom Bell will turn up.”", "partial", "Ana Ruiz") in found
    assert all("telling" not in text for text, _, _ in found)


def test_there_is_nobody_who_speaks():
    # a participle joined to a sentence that opens with "there is" has no subject to share
    found = reports("There’s still time for Bell to build bridges with harbor councillors, even after repeatedly "
                    "dismissing them as members of the “dock cartel” and calling Harbor Master Ana Ruiz a liar.")
    assert all(speaker != "There" for _, _, speaker in found)


# "confided" and "vented" report a that-clause, after whom it was said to, as "said" does
CONFIDED_OR_VENTED = [
    ("Tom Bell confided to a friend that his family had been scared because the Bells were “the first fishing family "
     "to move onto the hill.” But he was less worried.",
     ("that his family had been scared because the Bells were “the first fishing family to move onto the hill.”",
      "partial", "Tom Bell")),
    ("Ana Ruiz confided that the pier was doomed.", ("that the pier was doomed", "indirect", "Ana Ruiz")),
]


@pytest.mark.parametrize("text,expected", CONFIDED_OR_VENTED)
def test_a_confidence_reports_its_that_clause(text, expected):
    assert expected in reports(text)


def test_a_verb_of_venting_with_no_that_clause_reports_nothing():
    assert reports("The crew vented the tank before the storm.") == []
    found = reports('Flying home one night, Ana Ruiz vented to her aide that it would be "ugly beyond belief."')
    assert [(kind, speaker) for _, kind, speaker in found] == [("partial", "Ana Ruiz")]


# The writer's words that finish the sentence a quote opened, before its attribution, are one report with the
# quote; a contraction's apostrophe among them is no quotation mark.
RUNS_ON_THROUGH_A_CONTRACTION = [
    '"Many would call it a defeat for the mayor" if she didn\'t win by a wide margin, said Tom Bell, an analyst.',
    "“Many would call it a defeat for the mayor” if she didn’t win by a wide margin, said Tom Bell, an analyst.",
    "“Many would call it a defeat for the mayor” if the harbor’s levy failed, said Tom Bell, an analyst.",
]


@pytest.mark.parametrize("text", RUNS_ON_THROUGH_A_CONTRACTION)
def test_the_writers_words_before_the_attribution_run_on_through_an_apostrophe(text):
    found = reports(text)
    assert len(found) == 1 and found[0][1:] == ("partial", "Tom Bell")
    assert found[0][0].startswith("Many would call it a defeat for the mayor")
    assert found[0][0].endswith(("wide margin", "levy failed"))
