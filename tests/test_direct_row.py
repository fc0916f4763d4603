"""Quoted passages that are or are not someone's direct quote: the rows of the direct-quote errors.

The sentences are the team's own, with invented people and places. Each row is an article, a phrase of
the quoted words and whether a quote that holds them is found.
"""
import pytest

from quotes import extract


def quoted(text, phrase):
    """Is some quote found that contains the phrase?"""
    return any(phrase in q.text for q in extract(text))


HEADINGS = [
    ("a digest's heading in capitals, no speaker",
     "Gulls were seen nesting on the pier again. [Harbor Ledger]\n“WHY THE GULLS OF PORT ALDER KEEP COMING "
     "BACK”\nThe birds return each spring, locals say.",
     "WHY THE GULLS", False),
    ("a heading in capitals after a paragraph whose speaker would be carried over",
     "“We will rebuild the pier by June,” said Mayor Tessa Okonjo.\n\n“TIDES TURN ON THE DOCKSIDE VOTE”\n\n"
     "The council meets again on Monday.",
     "TIDES TURN", False),
    ("look-alike: a chant in capitals that a verb of saying attributes",
     "Outside the hall, the dock workers chanted “SAVE OUR PIER NOW” for an hour.",
     "SAVE OUR PIER", True),
    ("look-alike: a quote in ordinary case carried over from the paragraph before",
     "“We will rebuild the pier by June,” said Mayor Tessa Okonjo.\n\n“The whole town depends on it, and "
     "the money is there.”\n\nThe council meets again on Monday.",
     "whole town depends", True),
    ("look-alike: an acronym in capitals inside a quote with no speaker",
     "Gulls were seen nesting on the pier again.\n\n“The UN report on ALDER tides came out today.”",
     "UN report", True),
]


@pytest.mark.parametrize("text, phrase, found", [row[1:] for row in HEADINGS], ids=[row[0] for row in HEADINGS])
def test_headings_in_capitals(text, phrase, found):
    assert quoted(text, phrase) is found


def speaker_name(text, phrase):
    """The name of the speaker of the first quote that contains the phrase (None if it has none)."""
    q = next(q for q in extract(text) if phrase in q.text)
    return q.speaker


PLACE_NAMES = [
    ("a park of two capitalised words is no antecedent for 'he'",
     "Councillor Dario Venn toured the docks on Monday.\n\nIn Alder Park that evening, the crowd was small and "
     "quiet.\n\n“We need the bridge more than ever,” he said.",
     "need the bridge", "Dario Venn"),
    ("nor is a street",
     "Councillor Dario Venn toured the docks on Monday. Crowds along Tarrow Street cheered the fishing fleet.\n\n"
     "“We need the bridge more than ever,” he said.",
     "need the bridge", "Dario Venn"),
    ("look-alike: a woman with an honorific whose surname is Park stays a person",
     "The ferry was late again. Ms. Lena Park, the harbor master, spoke to reporters.\n\n"
     "“We need the bridge more than ever,” she said.",
     "need the bridge", "Lena Park"),
    ("look-alike: a full name ending in Hill stays a person",
     "The ferry was late again. Nora Hill runs the ticket office by the pier.\n\n"
     "“We need the bridge more than ever,” she said.",
     "need the bridge", "Nora Hill"),
]


@pytest.mark.parametrize("text, phrase, name", [row[1:] for row in PLACE_NAMES], ids=[row[0] for row in PLACE_NAMES])
def test_place_names_are_no_people(text, phrase, name):
    assert speaker_name(text, phrase) == name


def kinds_holding(text, phrase):
    """The kinds of the quotes that contain the phrase."""
    return [q.kind for q in extract(text) if phrase in q.text]


TITLED = [
    ("a report's title after 'titled' is quoted",
     "The harbor council released a report titled “Tides of Change in Port Alder” on Friday.",
     "Tides of Change", ["direct"]),
    ("look-alike: a title no one is named for is no quote, even after 'entitled'",
     "The new radio spot, entitled “Adrift,” runs for thirty seconds.",
     "Adrift", []),
    ("look-alike: a film 'called' a name is still no quote",
     "Residents gathered at the pier to watch a film called “Salt Roads” on Friday.",
     "Salt Roads", []),
    ("look-alike: a title inside a clause a verb of saying reports stays part of that report",
     "Mayor Tessa Okonjo said the study titled “Tides of Change” had been rushed out before the vote.",
     "Tides of Change", ["partial"]),
]


@pytest.mark.parametrize("text, phrase, kinds", [row[1:] for row in TITLED], ids=[row[0] for row in TITLED])
def test_titles_after_titled(text, phrase, kinds):
    assert kinds_holding(text, phrase) == kinds


def test_a_titled_paper_is_its_authors():
    text = ("The harbor council published a paper titled “Why Ferries Still Matter” by Ana Ruiz and Dale Moreno "
            "last year.")
    assert speaker_name(text, "Why Ferries") == "Ana Ruiz"
