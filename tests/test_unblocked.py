"""Speakers a "he" or "she" points back to, and the reports that were waiting on them.

* A sentence that opens with "The" and a role ("The Ossory senator is struggling …") is about that person:
  a "he" after it means the person the role fits, or, when the story gave nobody that role, the person as the
  description names them, not whoever the sentence before named in passing.
* "continued to insist that …": "continued to" is the report verb's auxiliary, not an infinitive's "to".
* "…, who saw the crash and argued that …": a verb joined to a relative clause's verb has the relative
  pronoun's antecedent for subject, not the sentence's subject (a comma closing the clause gives it back).
* "said as much on the radio", "said so in May": a pro-form object is the whole report; and a subject never runs
  back through "until" ("… that were never disclosed until the Courier asked about them": the Courier).

The sentences are the team's own, with invented names and places.
"""
import pytest

from found import find
from quotes import extract


def speaker_of(text, words):
    """The speaker of the first quote whose text holds ``words``."""
    return find(extract(text), words).speaker


def report_text(text, words):
    """The words of the report that holds ``words``."""
    return find(extract(text), words).text


DESCRIPTION_SUBJECT = [
    ("a description subject the story gave no role: the description as written",
     "Tom Brandt spoke at the fair on Sunday.\n\nHe was joined by aides and by voters who urged him to fight "
     "on to the end against the favourite, whose lead over the field in the polls of the state is large, as "
     "they told reporters who came to see Paul Okafor at the fair.\n\n"
     "The Ossory senator is struggling to keep his coalition together. He said the ferry levy was unfair.",
     "the ferry levy was unfair", "The Ossory senator"),
    ("look-alike: a description subject whose role the story gave is the person of that role",
     "Senator Tom Brandt spoke at the fair on Sunday.\n\nHe was joined by aides and by voters who urged him to "
     "fight on to the end against the favourite, whose lead over the field in the polls of the state is "
     "large, as they told reporters who came to see Paul Okafor at the fair.\n\n"
     "The senator is struggling to keep his coalition together. He said the ferry levy was unfair.",
     "the ferry levy was unfair", "Tom Brandt"),
    ("look-alike: a description after a preposition is no subject",
     "Paul Okafor spoke at the fair on Sunday. He met with the senator from Ossory. He said the ferry levy "
     "was unfair.",
     "the ferry levy was unfair", "Paul Okafor"),
]


@pytest.mark.parametrize("why, text, words, expected", DESCRIPTION_SUBJECT, ids=[r[0] for r in DESCRIPTION_SUBJECT])
def test_a_description_subject_is_what_a_pronoun_after_it_means(why, text, words, expected):
    assert speaker_of(text, words) == expected


CONTINUED_REPORT = [
    ("'continued to insist that' reports",
     "Mayor Ines Vallo continued to insist that the harbor tunnel was safe.",
     "harbor tunnel", "that the harbor tunnel was safe"),
    ("'continues to argue that' reports",
     "Governor Tomas Reyes continues to argue that the ferry fares are too high.",
     "ferry fares", "that the ferry fares are too high"),
]


@pytest.mark.parametrize("why, text, words, expected", CONTINUED_REPORT, ids=[r[0] for r in CONTINUED_REPORT])
def test_continued_to_is_an_auxiliary_of_the_report(why, text, words, expected):
    assert report_text(text, words) == expected


def test_look_alike_an_infinitive_after_a_noun_is_no_report():
    assert not any("harbor tunnel" in q.text for q in extract(
        "Mayor Ines Vallo has a plan to insist on a new harbor tunnel."))


RELATIVE_CONJUNCT = [
    ("a verb joined to a relative clause's verb: the relative pronoun's antecedent",
     "The council also interviewed harbor pilot Dana Marsh, who saw the collision and argued that the ferry was "
     "too fast.",
     "the ferry was too fast", "Dana Marsh"),
    ("look-alike: a comma closes the relative clause, the sentence's subject goes on",
     "Tom Ruiz thanked Dana Marsh, who chairs the board, and said the ferry levy was fair.",
     "the ferry levy was fair", "Tom Ruiz"),
]


@pytest.mark.parametrize("why, text, words, expected", RELATIVE_CONJUNCT, ids=[r[0] for r in RELATIVE_CONJUNCT])
def test_a_verb_joined_in_a_relative_clause_has_its_antecedent_for_subject(why, text, words, expected):
    assert speaker_of(text, words) == expected


PRO_FORM_OBJECT = [
    ("'said as much' then where: the pro-form is the whole report",
     "Mayor Ines Vallo said as much on the radio last week.", "as much", "as much"),
    ("'said so' then when",
     "Governor Tomas Reyes said so in May, before the vote.", "so", "so"),
]


@pytest.mark.parametrize("why, text, words, expected", PRO_FORM_OBJECT, ids=[r[0] for r in PRO_FORM_OBJECT])
def test_a_pro_form_object_ends_before_where_or_when(why, text, words, expected):
    assert report_text(text, words) == expected


def test_a_subject_after_until_is_no_longer_than_the_clause_until_opens():
    text = ("Those are on top of the ferry grants of last year that were never disclosed until the Courier asked "
            "about them in May.")
    assert speaker_of(text, "them") == "the Courier"


def test_look_alike_a_pro_form_then_what_it_was_about_is_no_pro_form_report():
    assert not any(q.text in ("them", "it") for q in extract("Tom Ruiz pressed them on it in the hearing."))
