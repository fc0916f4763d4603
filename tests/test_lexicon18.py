"""Stance verbs of the lexicon: a plan set out as good, and verbs that are verbs only after "to".

"promoted the levy as a fix" reports the thing promoted as the subject's stance, as "touted" does.
"""
import pytest

import quotes

PROMOTE_CASES = [
    # (text, words the report holds, its speaker)
    ("Councilwoman Dana Pryce promoted the ferry levy as a cheap fix for the harbor.",
     "the ferry levy as a cheap fix", "Dana Pryce"),
    ("Mayor Rita Vale has promoted the new toll plan at every town meeting this spring.",
     "the new toll plan", "Rita Vale"),
]


@pytest.mark.parametrize("text, words, speaker", PROMOTE_CASES)
def test_what_is_promoted_is_the_subjects_stance(text, words, speaker):
    found = [q for q in quotes.extract(text) if words in q.text]
    assert found and found[0].speaker == speaker


AFTER_TO_CASES = [
    # (text, the report's words, its speaker): "attack", "tie" are verbs of stance after an infinitive's "to"
    ("Senator Tom Ruiz continued to attack the ferry levy at a rally on Friday.", "the ferry levy", "Tom Ruiz"),
    ("Mayor Rita Vale has tried to tie Ruiz to the toll scandal all spring.", "Ruiz to the toll scandal",
     "Rita Vale"),
]


@pytest.mark.parametrize("text, words, speaker", AFTER_TO_CASES)
def test_a_base_form_after_to_reports_the_stance(text, words, speaker):
    found = [q for q in quotes.extract(text) if q.text.startswith(words)]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "The tie vote left the board stuck for a week.",
    "A late attack on the pier left two boats burned.",
])
def test_the_same_words_as_nouns_report_nothing(text):
    assert quotes.extract(text) == []


MAKE_THE_CASE_CASES = [
    # (text, the report, its speaker): making the case is arguing, for a thing or that a clause holds
    ("Mayor Rita Vale made the case that the toll pays for itself.", "that the toll pays for itself", "Rita Vale"),
    ("Senator Tom Ruiz tried to make the case for a new ferry levy on Friday.", "a new ferry levy", "Tom Ruiz"),
    ("The union will make the case to the board that the pier needs repair.", "that the pier needs repair",
     "the union"),
]


@pytest.mark.parametrize("text, words, speaker", MAKE_THE_CASE_CASES)
def test_making_the_case_reports_the_argument(text, words, speaker):
    found = [q for q in quotes.extract(text) if q.text == words]
    assert found and found[0].speaker == speaker


def test_a_case_in_court_is_no_report():
    assert quotes.extract("The case was made in court on Monday.") == []


BASE_TOPIC_CASES = [
    # (text, the topic reported, its speaker): the base form of "talk about"/"speak of" after a modal
    ("Tom Bell will speak of his years on the pier at the library.", "his years on the pier", "Tom Bell"),
    ("Mayor Rita Vale will talk about the school budget at the town meeting.", "the school budget", "Rita Vale"),
]


@pytest.mark.parametrize("text, words, speaker", BASE_TOPIC_CASES)
def test_the_base_form_of_a_topic_verb_reports_the_topic(text, words, speaker):
    found = [q for q in quotes.extract(text) if q.text.startswith(words)]
    assert found and found[0].speaker == speaker


def test_talk_as_a_noun_reports_no_topic():
    assert quotes.extract("The talk about the pier went on for hours.") == []


ADJECTIVE_CASES = [
    # (text, the object of the feeling, whose feeling it is)
    ("Councilwoman Dana Pryce is confident in the harbor board.", "the harbor board", "Dana Pryce"),
    ("Mayor Rita Vale was not hopeful about the budget talks in June.", "the budget talks in June", "Rita Vale"),
    ("Tom Bell was impressed by the new ferry pilots.", "the new ferry pilots", "Tom Bell"),
]


@pytest.mark.parametrize("text, words, speaker", ADJECTIVE_CASES)
def test_a_feeling_with_its_preposition_reports_its_object(text, words, speaker):
    found = [q for q in quotes.extract(text) if q.text == words]
    assert found and found[0].speaker == speaker


MISGIVING_CASES = [
    # (text, the thing doubted, who raised the doubt)
    ("Critics raised questions about the new toll.", "the new toll", "Critics"),
    ("Tom Bell has raised serious concerns about the ferry deal.", "the ferry deal", "Tom Bell"),
]


@pytest.mark.parametrize("text, words, speaker", MISGIVING_CASES)
def test_raised_questions_about_reports_the_thing_doubted(text, words, speaker):
    found = [q for q in quotes.extract(text) if q.text == words]
    assert found and found[0].speaker == speaker
