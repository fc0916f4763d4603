"""Calling something a name in no quotation marks, in sentences the team wrote.

"Dockworkers call it a tax on the harbor" reports what the subject calls the thing, as a quoted name would
("call it a “tax”"): a pronoun or a name for the object, then an article opening what it is called. The plain
present "call" is read so only with that shape, since "they call for a vote" or "we call the council" name
nothing, and a participle ("…, calling him a liar") reports the same way as its quoted form.
"""
import pytest

from quotes import extract


def found(text):
    return [(q.kind, q.text) for q in extract(text)]


CALLS_IT_SOMETHING = [
    ("a plural subject, 'it' and an article",
     "Harbor critics call it a tax on the island's workers.", ("indirect", "it a tax on the island's workers")),
    ("'others' as the subject",
     "Others call it the quietest harbor on the coast.", ("indirect", "it the quietest harbor on the coast")),
    ("a participle after the verb of its sentence",
     "The mayor hit back at the council, calling him a liar.", ("indirect", "him a liar")),
    ("a participle after 'with' and a name",
     "The board split on the plan, with Mara Quill calling Bell a fraud, and the vote was put off.",
     ("indirect", "Bell a fraud")),
]


@pytest.mark.parametrize("name,text,quote", CALLS_IT_SOMETHING, ids=[c[0] for c in CALLS_IT_SOMETHING])
def test_calling_something_a_name_in_no_marks(name, text, quote):
    assert quote in found(text), found(text)


NAMES_NOTHING = [
    ("a call for something", "Dockworkers call for a vote on the toll every spring."),
    ("a telephone call", "Ferry crews call the council about the noise."),
    ("the thing a free relative names", "What the crews call a tax is a fee the town has charged for years."),
]


@pytest.mark.parametrize("name,text", NAMES_NOTHING, ids=[c[0] for c in NAMES_NOTHING])
def test_a_call_that_names_nothing(name, text):
    assert not any(t.startswith(("a vote", "the council", "a tax")) for _, t in found(text)), found(text)


# How people describe themselves is their own word on it: the reflexive and what follows it, with the phrase
# before a relative pronoun or a participle (or "those") for the speaker; not a bare "most", and not a name
# someone goes by ("a man calling himself Tom Tom").
DESCRIBES_ITSELF = [
    ("a participle after 'those'",
     "Hale leads among those describing themselves as very liberal.", "themselves as very liberal"),
    ("a relative clause",
     "Ruiz did best among dockworkers who consider themselves independents.", "themselves independents"),
    ("a share of those who came",
     "About two-thirds of ferry riders described themselves as regulars.", "themselves as regulars"),
]


@pytest.mark.parametrize("name,text,said", DESCRIBES_ITSELF, ids=[c[0] for c in DESCRIBES_ITSELF])
def test_how_people_describe_themselves(name, text, said):
    assert said in [t for _, t in found(text)], found(text)


def test_a_name_someone_goes_by_is_no_self_description():
    assert not any("Tom Tom" in t for _, t in found("A letter was signed by a man calling himself Tom Tom."))
