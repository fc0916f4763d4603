"""Sources as a police or court story names them, in our own sentences.

"Sgt. Paul Weir of the Lenning Police Department said" is Paul Weir, not a person called "Department"; a
neighbour "who asked not to be named" said nothing by asking; and in "…,” said a councillor who backs Vale"
the one who backs Vale is the councillor, not "said a councillor".
"""
import pytest

from quotes import extract


def quotes_of(text):
    return extract(text, date="2024-05-01")


AFFILIATION_ROWS = [
    pytest.param("Sgt. Paul Weir of the Lenning Police Department said the fire was set.",
                 ("Paul Weir", "person", "Lenning Police Department"), id="sergeant-of-a-police-department"),
    pytest.param("Ingrid Vos of the University of Tromsø said the ice was thinning.",
                 ("Ingrid Vos", "person", "University of Tromsø"), id="researcher-of-a-university"),
    pytest.param("Chief Justice Ana Moss of the Holm Supreme Court said the appeal would be heard.",
                 ("Ana Moss", "person", "Chief Justice"), id="a-title-and-a-court"),
    # look-alikes: a body's own name, a title with "of" in it, two people
    pytest.param("The Savings Bank of Carrick said the branch would close.",
                 ("the Savings Bank of Carrick", "organization", None), id="a-bank-of-a-town"),
    pytest.param("Carrick Secretary of State Ana Vela said the count was over.",
                 ("Ana Vela", "person", "Carrick Secretary of State"), id="secretary-of-state"),
]


@pytest.mark.parametrize("text, expected", AFFILIATION_ROWS)
def test_a_person_of_a_body(text, expected):
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_type, q.role) == expected


ANONYMITY_ROWS = [
    pytest.param("A neighbour, who asked not to be named because she feared reprisals, said she heard glass breaking.",
                 id="asked-not-to-be-named"),
    pytest.param("Two crew members, who requested anonymity to speak freely, said the boat leaked.", id="requested-anonymity"),
    pytest.param("One officer, who declined to be identified, said the boat leaked.", id="declined-to-be-identified"),
]


@pytest.mark.parametrize("text", ANONYMITY_ROWS)
def test_asking_not_to_be_named_reports_nothing(text):
    found = quotes_of(text)
    assert [q.cue for q in found] == ["said"]


def test_asking_to_be_named_to_a_post_is_still_a_request():
    found = quotes_of("The skipper asked to be named captain of the new ferry.")
    assert [(q.cue, q.text) for q in found] == [("asked", "to be named captain of the new ferry")]


def test_who_after_an_inverted_verb_stands_for_the_speaker_named_after_it():
    found = quotes_of("“We need answers,” said a councillor who backs Vale, standing by the pier.")
    assert {q.speaker for q in found} == {"a councillor"}


def test_a_participle_after_the_quote_shares_its_speaker_not_a_word_inside_it():
    found = quotes_of("“We need answers,” said a councillor who backs Vale, adding that the ferry was late.")
    adding = next(q for q in found if q.cue == "adding")
    assert (adding.speaker, adding.text) == ("a councillor", "that the ferry was late")
