"""Roles as local news writes them, and honorifics written the British way.

A journalist reads the role column to know who a speaker is: "Tom Bell, the harbor master" must not
come out as a bare "Tom Bell". Each table row: a name, the text, and the speaker and role of its first quote.
"""
import pytest

from quotes import extract


def first_speaker_and_role(text):
    found = extract(text, date="2024-05-01")
    assert found, "no quote found"
    return found[0].speaker, found[0].role


OCCUPATIONS = [
    ("after the quote", "“We cannot keep the pier open,” said Tom Bell, the harbor master.",
     ("Tom Bell", "harbor master")),
    ("before the name", "Harbor master Tom Bell said the pier was unsafe.", ("Tom Bell", "Harbor master")),
    ("capitalised, opening the sentence", "Pilot Jo Grant said the fog was thick.", ("Jo Grant", "Pilot")),
    ("with a place", "Ann Ruiz, a fisherwoman from Lenning, said the pier was unsafe.",
     ("Ann Ruiz", "fisherwoman from Lenning")),
    ("a possessive before it", "Sam Lee, the town's only lifeguard, said the beach was closed.",
     ("Sam Lee", "town's only lifeguard")),
    ("an age before it", "Ann Ruiz, 54, a retired teacher, said the pier was unsafe.", ("Ann Ruiz", "retired teacher")),
    ("a noun the lexicon knows for people", "“It is a disgrace,” said Ann Ruiz, a mother of three.",
     ("Ann Ruiz", "mother of three")),
    ("up to a relative clause", "“It is a disgrace,” said Ann Ruiz, a lawyer who represents the crew.",
     ("Ann Ruiz", "lawyer")),
    ("up to a second description", "Jo Grant, the president of the rowing club and a former sailor, said it was fine.",
     ("Jo Grant", "president of the rowing club")),
    # look-alikes: no role
    ("a relative clause only", "“Sales are down,” said Jo Grant, who owns a shop on Quay Street.", ("Jo Grant", None)),
    ("a clause after the comma", "“It is late,” said Jo Grant, the ferry is not coming.", ("Jo Grant", None)),
    ("a time after the comma", "“It is late,” said Jo Grant, the day after the storm.", ("Jo Grant", None)),
    ("an occupation that is also a first name", "Hunter Vale said the fog was thick.", ("Hunter Vale", None)),
]


@pytest.mark.parametrize("name,text,expected", OCCUPATIONS, ids=[c[0] for c in OCCUPATIONS])
def test_an_occupation_is_a_role(name, text, expected):
    assert first_speaker_and_role(text) == expected


def test_a_description_of_kin_is_no_role_of_the_one_it_names():
    # "the nominee's eldest daughter" is the daughter: "the nominee" later is someone else
    text = ("Dana Vale, the mayoral nominee's eldest daughter, spoke first. Later, the nominee said the pier "
            "would stay open.")
    said = [q for q in extract(text) if q.text == "the pier would stay open"]
    assert [q.speaker for q in said] != ["Dana Vale"]


def test_a_description_resolves_to_the_one_whose_occupation_it_names():
    text = ("Ann Ruiz, a fisherwoman from Lenning, was at the quay at dawn. The fisherwoman said the catch "
            "was the smallest in years.")
    said = [q for q in extract(text) if q.kind == "indirect"]
    assert [(q.speaker, q.mention) for q in said] == [("Ann Ruiz", "The fisherwoman")]


BRITISH_HONORIFICS = [
    ("a colon lead-in", "Mr Bell disagreed: “The pier has stood for a century.”", "Bell", "Mr Bell"),
    ("single marks", "‘It is a disgrace,’ Mr Bell said. ‘The council knew.’", "Bell", "Mr Bell"),
    ("Mrs with a colon", "Mrs Ruiz said: “It is not safe.”", "Ruiz", "Mrs Ruiz"),
    ("Dr with a report", "Dr Okoye told reporters the ward was full.", "Okoye", "Dr Okoye"),
]


@pytest.mark.parametrize("name,text,speaker,mention", BRITISH_HONORIFICS, ids=[c[0] for c in BRITISH_HONORIFICS])
def test_an_honorific_without_a_full_stop_names_the_speaker(name, text, speaker, mention):
    found = extract(text)
    assert [(q.speaker, q.mention) for q in found][:1] == [(speaker, mention)]


SERVING_SOMEONE = [
    ("a spokeswoman for a body", "A spokeswoman for Holm Island Council said the ferry would run.",
     ("A spokeswoman for Holm Island Council", "person", "spokeswoman for Holm Island Council")),
    ("a lawyer for people", "A lawyer for the family said the ferry would run.",
     ("A lawyer for the family", "person", "lawyer for the family")),
    ("after the quote", "“It will run,” said a spokesman for the harbor board.",
     ("a spokesman for the harbor board", "person", "spokesman for the harbor board")),
    # look-alike: many who serve are a group, kept as written, with no one speaker
    ("a plural", "Lawyers for the family said the ferry would run.", (None, "group", None)),
]


@pytest.mark.parametrize("name,text,expected", SERVING_SOMEONE, ids=[c[0] for c in SERVING_SOMEONE])
def test_one_who_serves_a_body_is_a_person_with_that_role(name, text, expected):
    [q] = extract(text)
    assert (q.speaker, q.speaker_type, q.role) == expected
