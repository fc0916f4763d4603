"""A headline takes sides in Title Case: "Ana Ruiz Endorses Tom Vale for Mayor". The verb of stance in "-s" is a
cue there as "Says" already was, its object the stance; a plural noun in a name ("Harbour Advocates", "Executive
Orders") is not one. (Like any line, the headline is read as a sentence when it ends as one: a heading with no
full stop reports nothing.)"""
import pytest

import quotes

BODY = "\n\nThe council met on Monday. Ruiz and Vale voted for a new fare. The union and the advocates met too."

CASES = [
    ("Ana Ruiz Endorses Tom Vale for Mayor.", "Tom Vale for Mayor", "Ana Ruiz"),
    ("Ana Ruiz Backs Vale.", "Vale", "Ana Ruiz"),
    ("Ruiz Slams Harbour Plan as Reckless.", "Harbour Plan", "Ruiz"),
]


@pytest.mark.parametrize("headline, stance, speaker", CASES)
def test_a_title_case_verb_of_stance_in_a_headline_reports_its_object(headline, stance, speaker):
    found = [q for q in quotes.extract(headline + BODY) if q.paragraph == 0]
    assert [(q.text, q.speaker) for q in found] == [(stance, speaker)]


def test_a_plural_noun_in_a_name_is_no_cue():
    found = [q for q in quotes.extract("Harbour Advocates Hold Ferry Meeting." + BODY) if q.paragraph == 0]
    assert found == []
