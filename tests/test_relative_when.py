"""When it was said, set between a relative pronoun and its verb of speech.

"Mara Quill, who in 2010 said the levy was unfair, voted for it": the time phrase ("in 2010", "last week",
"on Tuesday", "two years ago") stands where an adverb of manner may ("who formally endorsed"), so the verb's
subject is still the relative pronoun's antecedent, and the report still ends where the relative clause does.
"""
import pytest

import quotes

WHEN_CASES = [
    # (text, the report, its speaker)
    ("Mara Quill, who in 2010 said the levy was unfair, voted for it on Monday.",
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
    found = quotes.extract("Mara Quill, who said the levy was unfair, voted for it.", date="2024-05-06")
    assert [(q.text, q.speaker) for q in found] == [("the levy was unfair", "Mara Quill")]
