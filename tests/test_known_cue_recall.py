"""Reports whose cue word the lexicon knows but whose shape around it kept them unread: an unnamed subject
before an auxiliary ("Local fishermen have said …") or before a verb of stance and a question ("No one knows
what …"), and a negated auxiliary written inside its word
("doesn't want to …", "didn't know what …").

Each row is a sentence of the team's own (invented people and places), a phrase of the report and the words it
must give; the look-alikes are sentences of the same shape that report nothing.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


def no_report_of(text, phrase):
    """No quote holds the phrase."""
    hits = [(q.text, q.rule) for q in extract(text) if phrase in q.text]
    assert not hits, hits


# a subject the article never names is still the subject of a verb of saying after an auxiliary
UNNAMED_SUBJECT_WITH_AUXILIARY = [
    ("'have said' after a people noun and its adjective",
     "Local fishermen have said they will leave the port.", "leave the port", "they will leave the port"),
    ("a possessive and a prepositional phrase before 'have said'",
     "His rivals for the nomination have said they would undo the orders.", "undo the orders",
     "they would undo the orders"),
    ("a share before 'have said' and a that-clause",
     "Many dockers have said that the cranes are unsafe.", "cranes are unsafe", "that the cranes are unsafe"),
    ("an adverb after the auxiliary",
     "Several ferry captains have privately said the schedule cannot hold.", "schedule cannot hold",
     "the schedule cannot hold"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in UNNAMED_SUBJECT_WITH_AUXILIARY],
                         ids=[r[0] for r in UNNAMED_SUBJECT_WITH_AUXILIARY])
def test_an_unnamed_subject_before_an_auxiliary_is_reported(text, phrase, said):
    assert report_text(text, phrase) == said


NOT_UNNAMED_SUBJECT_WITH_AUXILIARY = [
    ("a verb of evidence after an auxiliary has a thing for its subject",
     "The harbor fight has showed how far the board has drifted from the town.", "drifted from"),
    ("time telling is nobody telling",
     "Only time will tell if the new ferry can keep its schedule.", "new ferry"),
]


@pytest.mark.parametrize("text, phrase", [r[1:] for r in NOT_UNNAMED_SUBJECT_WITH_AUXILIARY],
                         ids=[r[0] for r in NOT_UNNAMED_SUBJECT_WITH_AUXILIARY])
def test_an_auxiliary_does_not_make_a_thing_a_speaker(text, phrase):
    no_report_of(text, phrase)


# "doesn't", "didn’t", "won't" are an auxiliary: the base form after them agrees with any subject
NEGATED_AUXILIARY = [
    ("'doesn't want to'", "Mayor Ana Ruiz doesn't want to tangle with the harbor board anymore.",
     "tangle with", "to tangle with the harbor board anymore"),
    ("'didn’t want to' after a pronoun", "Ruiz stayed home, because she didn’t want to upset the dockers.",
     "upset the dockers", "to upset the dockers"),
    ("'didn't know' and a question", "At first, the inspectors at the port didn't know whom to call about Tom Bell.",
     "whom to call", "whom to call about Tom Bell"),
    ("'didn't report' and a that-clause", "The Holm Ledger didn't report that the ferry had been sold.",
     "ferry had been sold", "that the ferry had been sold"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in NEGATED_AUXILIARY],
                         ids=[r[0] for r in NEGATED_AUXILIARY])
def test_a_negated_auxiliary_inside_its_word_is_an_auxiliary(text, phrase, said):
    assert report_text(text, phrase) == said


NOT_NEGATED_REPORT = [
    ("a negated stance with a mere object tells what was not done",
     "The dockers union didn't endorse a candidate this year.", "a candidate"),
    ("a negated verb of feeling and an adverb", "Tom Bell didn't feel well on Monday and missed the vote.",
     "well on"),
]


@pytest.mark.parametrize("text, phrase", [r[1:] for r in NOT_NEGATED_REPORT], ids=[r[0] for r in NOT_NEGATED_REPORT])
def test_a_negated_verb_with_a_mere_object_is_no_report(text, phrase):
    no_report_of(text, phrase)


# a verb of stance before a question reports it for a subject the article never names
UNNAMED_SUBJECT_ASKING = [
    ("'no one knows what'", "The vote is two months away, and no one knows what the harbor board will do.",
     "harbor board will do", "what the harbor board will do"),
    ("'have questioned whether' after a share", "Many dockers have questioned whether the new crane is safe.",
     "crane is safe", "whether the new crane is safe"),
    ("'know how' after two people nouns", "Through the new counters, ferry clerks and pilots know how many people "
     "ride each boat.", "how many people", "how many people ride each boat"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in UNNAMED_SUBJECT_ASKING],
                         ids=[r[0] for r in UNNAMED_SUBJECT_ASKING])
def test_an_unnamed_subject_of_a_stance_before_a_question_is_reported(text, phrase, said):
    assert report_text(text, phrase) == said


NOT_UNNAMED_SUBJECT_ASKING = [
    ("deciding whether is a choice still to be made", "Local fishermen will decide whether the pier stays open.",
     "pier stays"),
    ("'into question' makes the cue a noun", "The fees she took from the dockers were enough to call into question "
     "whether she can serve.", "she can serve"),
    ("an infinitive after a noun that looks like a verb", "The harbor board has already hired nine pilots, with "
     "plans to hire another four.", "another four"),
]


@pytest.mark.parametrize("text, phrase", [r[1:] for r in NOT_UNNAMED_SUBJECT_ASKING],
                         ids=[r[0] for r in NOT_UNNAMED_SUBJECT_ASKING])
def test_a_question_after_a_choice_or_a_noun_is_no_stance(text, phrase):
    no_report_of(text, phrase)
