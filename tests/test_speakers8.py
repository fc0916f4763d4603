"""Speakers of quotes whose source is a name, in sentences the team wrote.

A quote followed by a person's name and a long appositive set off by commas ("“…,” Ana Ruiz, director of
… and a professor at …, said") has that person as its speaker, however long the title: the commas hold
a description of the name, not a clause of its own. A gap that long before the verb is read only in that
shape; anything else that far from the quote (a clause, a second subject) still attributes nothing.
"""
import pytest

from quotes import extract


def reported(text, said):
    """The quote whose text is ``said``."""
    quotes = extract(text)
    hits = [q for q in quotes if q.text == said]
    assert hits, f"no quote reads {said!r}; found {[(q.text, q.mention, q.rule) for q in quotes]}"
    return hits[0]


LONG_APPOSITIVE_AFTER_THE_QUOTE = [
    ("a title with two offices",
     "“It is a fine plan for the river towns,” Harold P. Quimby, director of the centrist Lakeside Budget "
     "Institute and a professor at the Graduate School of Public Affairs of Northfield University, said of "
     "the mayor’s plan.",
     "It is a fine plan for the river towns,", "Harold P. Quimby"),
    ("a long title, the verb last",
     "“The ferry will not run in March,” Dana Voss, the chief engineer of the Ashford Harbor Authority and "
     "a former member of the board of the Lakeside Regional Transit Commission, said.",
     "The ferry will not run in March,", "Dana Voss"),
    ("a short title, as before",
     "“It is a fine plan,” Harold Quimby, director of the Lakeside Budget Institute, said.",
     "It is a fine plan,", "Harold Quimby"),
]


@pytest.mark.parametrize("name,text,said,mention", LONG_APPOSITIVE_AFTER_THE_QUOTE,
                         ids=[c[0] for c in LONG_APPOSITIVE_AFTER_THE_QUOTE])
def test_a_name_before_a_long_appositive_speaks(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


FAR_VERB_WITHOUT_A_NAMED_APPOSITIVE = [
    ("a clause between the quote and a far verb",
     "“The ferry will not run in March.” The harbor board met on Tuesday in the old customs house by the "
     "river and the pier, and after a long debate over the fares and the schedule for the summer months, "
     "the members finally said nothing at all.",
     "The ferry will not run in March."),
]


@pytest.mark.parametrize("name,text,said", FAR_VERB_WITHOUT_A_NAMED_APPOSITIVE,
                         ids=[c[0] for c in FAR_VERB_WITHOUT_A_NAMED_APPOSITIVE])
def test_a_far_verb_without_a_named_appositive_attributes_nothing(name, text, said):
    q = reported(text, said)
    assert q.speaker is None, (q.mention, q.rule)


SURNAME_THAT_OPENS_SENTENCES = [
    # a word that opens sentences more than names ("Read more", "In May") is a surname after a given name
    ("after a given name",
     "“We believe this deal is great for the harbor,” Ian Read said.",
     "We believe this deal is great for the harbor,", "Ian Read", "Ian Read"),
    ("after an honorific",
     "“We believe this deal is great for the harbor,” Mr. Read said.",
     "We believe this deal is great for the harbor,", "Mr. Read", "Read"),
    ("a month's name after a title and a given name",
     "“The ferry will run again,” Prime Minister Tessa May said.",
     "The ferry will run again,", "Prime Minister Tessa May", "Tessa May"),
    ("a body's name ending in an organisation's noun",
     "“The email contains the address,” Harbor Watch added.",
     "The email contains the address,", "Harbor Watch", "Harbor Watch"),
]


@pytest.mark.parametrize("name,text,said,mention,speaker", SURNAME_THAT_OPENS_SENTENCES,
                         ids=[c[0] for c in SURNAME_THAT_OPENS_SENTENCES])
def test_a_surname_that_opens_sentences_elsewhere(name, text, said, mention, speaker):
    q = reported(text, said)
    assert (q.mention, q.speaker) == (mention, speaker), q.rule


def test_a_month_opening_a_sentence_is_no_name():
    quotes = extract("In May the harbor board said it would sell the ferry.")
    assert [q.mention for q in quotes if q.text == "it would sell the ferry"] == ["the harbor board"]


OBSERVED = [
    ("a clause after 'observed that'", "Dana Voss observed that the count was slow.", "that the count was slow"),
    ("a clause after an aside", "Yet, as Dana Voss observed, during the first week of the fair the ferry was full.",
     "during the first week of the fair the ferry was full"),
]


@pytest.mark.parametrize("name,text,said", OBSERVED, ids=[c[0] for c in OBSERVED])
def test_observed_reports_a_clause(name, text, said):
    assert reported(text, said).mention == "Dana Voss"


@pytest.mark.parametrize("text", [
    "Dana Voss of Harbor Rights Watch, who observed the count in Kent county, left on Monday.",
    "The town observed a minute of silence for the lost fishermen.",
])
def test_observing_a_thing_reports_nothing(text):
    assert not [q for q in extract(text) if q.cue == "observed"]


CHANTS_OF = [
    # an active verb with "with", "into" or "in" before "chants of": its subject made the chant
    ("responded with chants of",
     "Bell took the stage. Bell supporters responded with chants of “Four more years” until Bell herself spoke up.",
     "Bell supporters"),
    # a passive verb, or "to chants of": the subject heard the chant, whose makers the sentence does not name
    ("greeted with chants of, passive",
     "Mayor Bell was greeted with chants of “Four more years” at the pier.", None),
    ("to chants of", "Mayor Bell walked into the hall to chants of “Four more years” from the crowd.", None),
]


@pytest.mark.parametrize("name,text,mention", CHANTS_OF, ids=[c[0] for c in CHANTS_OF])
def test_who_made_a_chant(name, text, mention):
    assert reported(text, "Four more years").mention == mention
