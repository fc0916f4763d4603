"""Noun-phrase objects of stance verbs: what someone backs, opposes, wants or promises.

A stance verb's object is the stance even when it names a kind rather than one thing: "opposed new ferries"
says where the speaker stands on new ferries as much as "opposed the ferry" does.
"""
import pytest

import quotes

BARE_PLURAL_OBJECTS = [
    # (sentence, the report, its speaker)
    ("Councillor Rita Vance proposed sweeping changes.", "sweeping changes", "Rita Vance"),
    ("Mayor Ana Ruiz rejected higher fares.", "higher fares", "Ana Ruiz"),
    ("Mayor Ana Ruiz backed longer opening hours.", "longer opening hours", "Ana Ruiz"),
    ("The dockworkers' union wants better wages.", "better wages", None),
]


@pytest.mark.parametrize("sentence, said, speaker", BARE_PLURAL_OBJECTS)
def test_a_bare_plural_object_of_a_stance_verb_is_reported(sentence, said, speaker):
    found = [q for q in quotes.extract(sentence, date="2024-05-06") if q.text == said]
    assert found and found[0].kind == "indirect", [(q.text, q.rule) for q in quotes.extract(sentence)]
    assert speaker is None or found[0].speaker == speaker


SUPPORT_AS_A_VERB = [
    # (sentence, the report, its speaker): after an auxiliary, a negation or a subject pronoun, "support" is the verb
    ("Mayor Ana Ruiz will support the new harbour levy.", "the new harbour levy", "Ana Ruiz"),
    ("Mayor Ana Ruiz did not support the new harbour levy.", "the new harbour levy", "Ana Ruiz"),
    ("Councillor Tom Okoye would support Ana Ruiz after the vote.", "Ana Ruiz", "Tom Okoye"),
]


@pytest.mark.parametrize("sentence, said, speaker", SUPPORT_AS_A_VERB)
def test_support_after_an_auxiliary_is_the_verb_and_reports_its_object(sentence, said, speaker):
    found = [q for q in quotes.extract(sentence, date="2024-05-06") if q.text == said]
    assert found and found[0].kind == "indirect", [(q.text, q.rule) for q in quotes.extract(sentence)]
    assert found[0].speaker == speaker


SUPPORT_AS_A_NOUN = [
    "Mayor Ana Ruiz's support for the levy is firm.",
    "The support of the dockworkers came late.",
    "Ferry crews gave the plan little support at first.",
]


@pytest.mark.parametrize("sentence", SUPPORT_AS_A_NOUN)
def test_support_as_a_noun_reports_nothing(sentence):
    found = quotes.extract(sentence, date="2024-05-06")
    assert not found, [(q.text, q.rule) for q in found]


POSSESSIVE_STANCE_NOUNS = [
    # (sentence, the report, its speaker): the possessive holds the stance or the promise
    ("Mayor Ana Ruiz's full embrace of the harbour plan surprised the board.", "the harbour plan", "Ana Ruiz"),
    ("Tom Okoye's pledge to rebuild the pier won him the ward.", "to rebuild the pier", "Tom Okoye"),
    ("Voters cheered her promise to cut ferry fares.", "to cut ferry fares", None),
    ("Tom Okoye's endorsement of Ana Ruiz came late.", "Ana Ruiz", "Tom Okoye"),
]


@pytest.mark.parametrize("sentence, said, speaker", POSSESSIVE_STANCE_NOUNS)
def test_a_possessive_stance_noun_reports_its_object(sentence, said, speaker):
    found = [q for q in quotes.extract(sentence, date="2024-05-06") if q.text == said]
    assert found, [(q.text, q.rule) for q in quotes.extract(sentence)]
    assert speaker is None or found[0].speaker == speaker
    assert found[0].confidence <= 0.5 or found[0].rule != "possessive stance noun"


PHRASAL_STANCE_VERBS = [
    # (sentence, the report, its speaker)
    ("Mayor Ana Ruiz laid out a plan to rebuild the pier.", "a plan to rebuild the pier", "Ana Ruiz"),
    ("Councillor Tom Okoye pushed for a recount.", "a recount", "Tom Okoye"),
    ("Mayor Ana Ruiz lashed out at the harbour board on Monday.", "the harbour board", "Ana Ruiz"),
    ("Tom Okoye went after Ana Ruiz in the debate.", "Ana Ruiz", "Tom Okoye"),
    ("Rita Vance took aim at the new levy.", "the new levy", "Rita Vance"),
]


@pytest.mark.parametrize("sentence, said, speaker", PHRASAL_STANCE_VERBS)
def test_a_phrasal_verb_of_stance_reports_its_object(sentence, said, speaker):
    found = [q for q in quotes.extract(sentence, date="2024-05-06") if q.text == said]
    assert found and found[0].kind == "indirect", [(q.text, q.rule) for q in quotes.extract(sentence)]
    assert found[0].speaker == speaker


def test_a_person_object_with_a_place_ends_at_the_comma_after_it():
    found = quotes.extract("Mayor Ana Ruiz lashed out at Senator Tom Okoye of Ashford, a rival of long standing.")
    assert [q.text for q in found] == ["Senator Tom Okoye of Ashford"], [(q.text, q.rule) for q in found]


POSITION_KEPT_OR_PRESSED = [
    # (sentence, the report, its speaker)
    ("Mayor Ana Ruiz took issue with the count.", "the count", "Ana Ruiz"),
    ("Councillor Tom Okoye doubled down on his remarks about the levy.", "his remarks about the levy", "Tom Okoye"),
    ("Rita Vance came out against the levy.", "the levy", "Rita Vance"),
    ("Tom Okoye knocked Ana Ruiz on fares.", "Ana Ruiz on fares", "Tom Okoye"),
]


@pytest.mark.parametrize("sentence, said, speaker", POSITION_KEPT_OR_PRESSED)
def test_a_position_kept_or_pressed_reports_its_object(sentence, said, speaker):
    found = [q for q in quotes.extract(sentence, date="2024-05-06") if q.text == said]
    assert found and found[0].kind == "indirect", [(q.text, q.rule) for q in quotes.extract(sentence)]
    assert found[0].speaker == speaker


@pytest.mark.parametrize("sentence", ["The old shed was knocked down in 1990.", "Mayor Ana Ruiz knocked the lamp over."])
def test_a_blow_is_no_criticism(sentence):
    assert not quotes.extract(sentence)
