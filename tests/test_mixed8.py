"""Mixed quotes whose report ends at a comma set inside the closing marks.

American style puts the sentence's comma inside the closing marks: 'When Ruiz said the pier was “a death trap,”
the council shut it'. That comma is the sentence's, not the quoted words': where it would end a report written
without marks (a subordinate or relative clause the sentence's own clause or predicate follows, a clause with a
pronoun subject of its own), it ends the report with the marks too.
"""
import pytest

import quotes

SUBORDINATE_CASES = [
    # (sentence, the reports expected: text, kind)
    ("When Tom Bell told the crowd he would stop “knife-wielding thieves,” half the dock crowd seemed to "
     "cheer him.",
     [("he would stop “knife-wielding thieves,”", "partial")]),
    ("While Tom Bell says he “loves the harbor,” he also accuses it of taking ferry jobs.",
     [("he “loves the harbor,”", "partial"), ("it of taking ferry jobs", "indirect")]),
]


@pytest.mark.parametrize("sentence, expected", SUBORDINATE_CASES)
def test_a_subordinate_clause_ends_at_its_marked_comma(sentence, expected):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [(q.text, q.kind) for q in found] == expected
    assert all(q.speaker == "Tom Bell" for q in found)


RELATIVE_CASES = [
    ("Ana Ruiz, who estimates that her court bills were “well past a fortune,” described the impact as grim.",
     "that her court bills were “well past a fortune,”"),
    ("Tom Bell, who has called the pact “insanity,” portrayed the board as a passing storm.",
     "the pact “insanity,”"),
]


@pytest.mark.parametrize("sentence, text", RELATIVE_CASES)
def test_a_relative_clause_ends_at_its_marked_comma(sentence, text):
    found = quotes.extract(sentence, date="2024-05-06")
    assert found and (found[0].text, found[0].kind) == (text, "partial")


def test_a_comma_of_the_quoted_words_ends_nothing():
    # the comma inside the quoted words, with more of them after it, is theirs
    found = quotes.extract("When Tom Bell said the pier was “old, rotten and unsafe,” the council shut it.",
                           date="2024-05-06")
    assert [q.text for q in found][:1] == ["the pier was “old, rotten and unsafe,”"]


# after quoted words, a pronoun and a verb of speech with nothing after them attribute the words; the report
# before runs on through them as before (no second report of the same words)
ATTRIBUTION_AFTER_MARKS = [
    "Ana Ruiz said she felt the pier was worth saving because “few of us ever read that dusty clause,” "
    "she said.",
]


@pytest.mark.parametrize("sentence", ATTRIBUTION_AFTER_MARKS)
def test_a_closing_attribution_is_no_second_report(sentence):
    found = quotes.extract(sentence, date="2024-05-06")
    assert len(found) == 1


def test_a_relative_clause_before_a_verb_of_saying_runs_on():
    # "who calls …, said …": left as before (the relative clause's words are as often nobody's report)
    found = quotes.extract("Ana Ruiz, who calls Bell a “fraud,” said she does not think the plan needs a rival.",
                           date="2024-05-06")
    assert all(q.text != "Bell a “fraud,”" for q in found)


# Quoted words that open the that-clause of a noun and its copula ("His hope is that “…”") with no verb of saying
# around them: whoever the possessive names holds the noun, so the clause is reported from its "that" as theirs.
POSSESSOR_CASES = [
    ("Tom Bell spoke later. His hope, stated on live radio, is that “the town will come to see the pier as its "
     "own” by the spring.",
     "that “the town will come to see the pier as its own” by the spring", "Tom Bell"),
    ("The Ashford mayor’s answer was that “the first duty of a town is to its harbor,” so the council should pay.",
     "that “the first duty of a town is to its harbor,” so the council should pay", "The Ashford mayor"),
]


@pytest.mark.parametrize("sentence, text, speaker", POSSESSOR_CASES)
def test_a_possessor_holds_the_that_clause_of_its_noun(sentence, text, speaker):
    found = quotes.extract(sentence, date="2024-05-06")
    assert [(q.text, q.kind, q.speaker) for q in found][-1:] == [(text, "partial", speaker)]


def test_no_possessor_leaves_the_quoted_words_alone():
    # "The plan is that …" names nobody who holds it: the quoted words alone, as before
    found = quotes.extract("The plan is that “every boat in the harbor gets a berth by the spring,” or so it seems.",
                           date="2024-05-06")
    assert all(not q.text.startswith("that") for q in found)


# A noun of saying ("claim", "statement", "comments", "remarks", "accusation") reports its that-clause; one that holds
# quoted words is its complement whatever word opens it, and a comma set inside the closing marks ends the opening
# phrase it sits in.
NOUN_THAT_CASES = [
    ("Contrary to his claim that voters would “learn nothing,” the hearing was full of facts.",
     "that voters would “learn nothing,”"),
    ("Tom Bell was pressed on his statement that “the harbor hates us,” but he kept calm.",
     "that “the harbor hates us,”"),
    ("Ana Ruiz stood by her comments that the ferry would be a “floating ruin” by the spring.",
     "that the ferry would be a “floating ruin” by the spring"),
]


@pytest.mark.parametrize("sentence, text", NOUN_THAT_CASES)
def test_a_noun_of_saying_reports_its_quoted_that_clause(sentence, text):
    found = quotes.extract(sentence, date="2024-05-06")
    assert text in [q.text for q in found]
    assert [q.kind for q in found if q.text == text] == ["partial"]


def test_the_plain_claim_that_stays_unreported_without_marks():
    # no quoted words and a bare noun after "that": as before, nothing read as the claim's clause
    found = quotes.extract("Contrary to his claim that voters would learn nothing, the hearing was full of facts.",
                           date="2024-05-06")
    assert all(q.rule != "noun that clause" for q in found)
