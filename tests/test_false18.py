"""Reports the engine should not make, or should not cut short, in sentences the team wrote.

After a verb of seeming, a "to" right after the verb opens its infinitive ("seemed to be hers to lose"); only a
"to" after the complement names whom it seemed so to ("seemed far away to the workers").
"""
import pytest

from quotes import extract


def found(text):
    return [(q.text, q.speaker) for q in extract(text)]


SEEMING_TO = [
    ("an infinitive ending in a 'to' phrase",
     "But the vote seemed to be hers to lose.", ("the vote seemed to be hers to lose", None)),
    ("a negated seeming with its infinitive",
     "Most voters don't seem to care about the ferry toll.",
     ("Most voters don't seem to care about the ferry toll", "Most voters")),
    ("whom it seemed so to, after the complement",
     "The plan seemed far away to the harbor workers.", ("The plan seemed far away", "the harbor workers")),
]


@pytest.mark.parametrize("name,text,expected", SEEMING_TO, ids=[c[0] for c in SEEMING_TO])
def test_seeming_keeps_its_infinitive(name, text, expected):
    quotes = found(text)
    assert expected in quotes, quotes


# "that" as the subject of seeming (a relative or a demonstrative pronoun) is a thing's look noted in passing
NOT_SEEMING_REPORTS = [
    ("a relative 'that'", "Shoppers face ferry fares that seem to climb every spring."),
    ("a demonstrative 'that'", "The old pier was rebuilt in 1990, but that seems a long time ago now."),
    ("a relative 'that' with a modal", "Harbor fees are a ritual that may seem dated to younger sailors."),
]


@pytest.mark.parametrize("name,text", NOT_SEEMING_REPORTS, ids=[c[0] for c in NOT_SEEMING_REPORTS])
def test_that_seeming_is_no_report(name, text):
    assert found(text) == []


def test_a_person_seeming_is_still_a_report():
    assert ("Ana Ruiz seemed ready to fight for the toll", "Ana Ruiz") in found("Ana Ruiz seemed ready to fight for the toll.")
