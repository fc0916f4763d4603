"""Faults a journalist sees on a wire story, in our own sentences.

Foreign news names two officials with the same title, one country's and another's: "Valdora’s foreign
minister, Elena Brusk, said" is Brusk, whatever minister the story named before, and her role keeps the
country ("Valdora’s foreign minister").
"""
import pytest

from found import find
from quotes import extract

ARTICLE_DATE = "2025-08-06"
EARLIER_MINISTER = "Minister Tomasz Ivanek spoke at a briefing in the port.\n\n"


def quotes_of(text):
    return extract(text, date=ARTICLE_DATE)


# ---------------------------------------------------------------- "Valdora's foreign minister, Elena Brusk,"
POSSESSIVE_DESCRIPTION_ROWS = [
    pytest.param("a country's minister, named, after another minister",
                 EARLIER_MINISTER + "Valdora's foreign minister, Elena Brusk, said she had asked for observers.",
                 "asked for observers", ("Elena Brusk", "Valdora's foreign minister"), id="country-minister-named"),
    pytest.param("curly apostrophe, and her quote after it",
                 EARLIER_MINISTER + "Valdora’s foreign minister, Elena Brusk, said she was ready. "
                 "“Let them count the craters,” Brusk said.",
                 "count the craters", ("Elena Brusk", "Valdora’s foreign minister"), id="curly-then-surname"),
    pytest.param("a company's officer, named, after the company's chief",
                 "Chief Executive Rhea Castellanos opened the event.\n\n"
                 "Lumora's hardware chief, Bram Velthuis, said the hinge had been tested for years.",
                 "hinge had been tested", ("Bram Velthuis", "Lumora's hardware chief"), id="company-officer-named"),
    # look-alikes: a description with an article, and a name given first, were already read right
    pytest.param("article before the description",
                 EARLIER_MINISTER + "The foreign minister, Elena Brusk, said she had asked for observers.",
                 "asked for observers", ("Elena Brusk", "foreign minister"), id="the-foreign-minister"),
    pytest.param("name first, description after",
                 EARLIER_MINISTER + "Elena Brusk, Valdora's foreign minister, said she had asked for observers.",
                 "asked for observers", ("Elena Brusk", "Valdora's foreign minister"), id="name-first"),
    pytest.param("the possessive with no name after it is still the minister named before",
                 "Foreign Minister Tomasz Ivanek spoke at a briefing.\n\n"
                 "Valdora's foreign minister said she had asked for observers.",
                 "asked for observers", ("Tomasz Ivanek", "Foreign Minister"), id="no-name-after"),
]


@pytest.mark.parametrize("why, text, phrase, expected", POSSESSIVE_DESCRIPTION_ROWS)
def test_a_name_after_a_possessive_description_is_the_speaker(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.role) == expected, why
