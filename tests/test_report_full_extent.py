"""Reports that go on past a word where the reader used to stop them short, in sentences the team wrote.

A lone dash after a report most often starts the writer's words again ("— and the council agreed", "— a claim
the board denies"), but two shapes after it go on with what was said: "and" with a phrase that has no verb or
subject of its own (one more item of the report), and a noun phrase that renames the noun a predicate ends in
("was a mirage - a mix of …", "as a healer - a calm voice …", "in decline — a decline that …").
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.speaker, q.kind) for q in extract(text)]


GOES_ON_PAST_THE_DASH = [
    ("'and' with a verbless phrase after an infinitive",
     "Ana Ruiz wants to emerge as the choice of harbor voters — and the main rival to Tom Hale in the race.",
     "to emerge as the choice of harbor voters — and the main rival to Tom Hale in the race"),
    ("'and more' after an object",
     "The pilots want a new contract from the board — and more.",
     "a new contract from the board — and more"),
    ("a noun phrase renaming the noun after 'as'",
     "Ana Ruiz had sought to present herself as a healer - a calm voice in a loud and bitter race.",
     "to present herself as a healer - a calm voice in a loud and bitter race"),
    ("a noun phrase renaming the noun after 'was'",
     "Harbor officials had long hoped that the surge in fares was a blip - a short spike driven by the storm.",
     "that the surge in fares was a blip - a short spike driven by the storm"),
    ("a noun phrase repeating the last noun",
     "Tom Hale noted that ferry traffic is in a slump — a slump that began well before the strike.",
     "that ferry traffic is in a slump — a slump that began well before the strike"),
]


@pytest.mark.parametrize("name,text,said", GOES_ON_PAST_THE_DASH, ids=[c[0] for c in GOES_ON_PAST_THE_DASH])
def test_the_report_goes_on_past_the_dash(name, text, said):
    found = reports(text)
    assert any(t == said and kind == "indirect" for t, _, kind in found), found


STOPS_AT_THE_DASH = [
    ("'and' with a clause of its own",
     "Ana Ruiz said the ferry would stop running in May — and the council agreed within a week.",
     "the ferry would stop running in May"),
    ("'and' with a pronoun subject",
     "Tom Hale said the toll was too high — and he repeated it at the dock on Friday.",
     "the toll was too high"),
    ("a noun phrase after a clause that ends in no predicate noun",
     "Ana Ruiz said the ferry would run on Sundays — a claim the harbor board flatly denies.",
     "the ferry would run on Sundays"),
]


@pytest.mark.parametrize("name,text,said", STOPS_AT_THE_DASH, ids=[c[0] for c in STOPS_AT_THE_DASH])
def test_the_report_stops_at_the_dash(name, text, said):
    found = reports(text)
    assert any(t == said for t, _, _ in found), found


INFINITIVES = [
    ("an event the infinitive's act is to happen at",
     "The pilots plan to protest at the harbor conference.",
     "to protest at the harbor conference"),
    ("a debate the ads are to run during",
     "The ferry board plans to air spots during both harbor debates.",
     "to air spots during both harbor debates"),
    ("the noun a relative clause with a gap hangs on",
     "Ana Ruiz missed the deadline she pledged to meet at the harbor talks.",
     "the deadline she pledged to meet at the harbor talks"),
    ("a gap relative ends before the sentence's own auxiliary",
     "The rifts Tom Hale vowed to mend have widened since May.",
     "The rifts Tom Hale vowed to mend"),
    ("a fight the subject expects to last",
     "The crews on the pier are braced for a fight they expect to last into the spring.",
     "a fight they expect to last into the spring"),
]


@pytest.mark.parametrize("name,text,said", INFINITIVES, ids=[c[0] for c in INFINITIVES])
def test_an_infinitive_keeps_its_phrase(name, text, said):
    found = reports(text)
    assert any(t == said and kind == "indirect" for t, _, kind in found), found


def test_an_infinitive_of_purpose_opens_the_split_clause():
    text = "To win back the fishers, Ana Ruiz said, the party must cut the toll."
    found = extract(text)
    assert [([text[a:b] for a, b in q.spans], q.speaker) for q in found] == [
        (["To win back the fishers", "the party must cut the toll"], "Ana Ruiz")]


INFINITIVES_STOP = [
    ("a medium after an infinitive is where it was said",
     "Ana Ruiz vowed to fight the levy in a statement.",
     "to fight the levy"),
    ("an infinitive with an object of its own has no gap",
     "The council missed the day Tom Hale wants to sell the boat.",
     "to sell the boat"),
    ("no noun before the subject", "Ana Ruiz left because she wanted to see the port.", "to see the port"),
    ("a phrase to someone opens no purpose", "To the fishers of Ashford, Ruiz said, the toll is a tax on work.",
     "the toll is a tax on work"),
]


@pytest.mark.parametrize("name,text,said", INFINITIVES_STOP, ids=[c[0] for c in INFINITIVES_STOP])
def test_an_infinitive_stops_short(name, text, said):
    found = reports(text)
    assert any(t == said for t, _, _ in found), found
