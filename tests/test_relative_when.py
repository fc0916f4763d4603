"""Whom a relative pronoun before a verb of speech stands for, and when it was said.

"Mara Quill, who in 2010 said the levy was unfair, voted for it": the time phrase ("in 2010", "last week",
"on Tuesday", "two years ago") stands where an adverb of manner may ("who formally endorsed"), so the verb's
subject is still the relative pronoun's antecedent, and the report still ends where the relative clause does.
After a name's appositive ("Tom Vale, now the harbor master, who said …") the antecedent is the person named.
"""
import pytest

import quotes

WHEN_CASES = [
    # (text, the report, its speaker)
    ("Mara Quill, who in 2010 said the levy was unfair, voted no on Monday.",
     "the levy was unfair", "Mara Quill"),
    ("Tom Vale, who last week warned that the pier would close, stayed home.",
     "that the pier would close", "Tom Vale"),
    ("The harbor master, Lena Ortiz, who on Tuesday said the channel was safe, resigned.",
     "the channel was safe", "Lena Ortiz"),
    ("Councilman Mark Dale, who in March argued that the budget was short, now backs it.",
     "that the budget was short", "Mark Dale"),
]


@pytest.mark.parametrize("text, report, speaker", WHEN_CASES)
def test_a_time_phrase_after_who_keeps_the_report_and_its_speaker(text, report, speaker):
    found = quotes.extract(text, date="2024-05-06")
    assert [(q.kind, q.text, q.speaker) for q in found] == [("indirect", report, speaker)]


def test_the_relative_pronoun_right_before_the_verb_reads_as_before():
    found = quotes.extract("Mara Quill, who said the levy was unfair, voted no.", date="2024-05-06")
    assert [(q.text, q.speaker) for q in found] == [("the levy was unfair", "Mara Quill")]


# a relative pronoun after a name's appositive stands for the person: the speaker is the name, the mention and
# the role the appositive as written
APPOSITIVE_CASES = [
    ("Tom Vale, now the harbor master, who in 2010 said the levy was unfair, voted no.",
     "Tom Vale", "the harbor master", "harbor master"),
    ("Ruiz hired Lena Ortiz, a veteran dock lawyer, who said the contract was void.",
     "Lena Ortiz", "a veteran dock lawyer", "veteran dock lawyer"),
]


@pytest.mark.parametrize("text, speaker, mention, role", APPOSITIVE_CASES)
def test_who_after_an_appositive_speaks_as_the_person_named(text, speaker, mention, role):
    found = quotes.extract(text, date="2024-05-06")
    assert [(q.speaker, q.mention, q.role) for q in found] == [(speaker, mention, role)]


def test_an_appositive_after_a_description_stays_as_written():
    found = quotes.extract("Ruiz met the governor, a former pilot, who said the levy was unfair.", date="2024-05-06")
    assert [q.speaker for q in found] == ["a former pilot"]
