"""Reports in relative clauses whose verb an adverb of manner stands before, in sentences the team wrote.

A relative clause reports what its verb does with an adverb between the pronoun and the verb as much as without
one: "Senator Hale, who formally endorsed Ruiz, …", "the harbor board, which has strongly denied any role, …".
The adverb is skipped on the way back to the relative pronoun, whose antecedent speaks, and the report still
ends where the relative clause does. A hedge of extent ("largely", "mostly") or the writer's own guess
("probably") is no manner of the act and is not skipped.

Also: "has been" is a form of "be" before a relative clause's antecedent, as "is" and "was" are; "repeating
oneself" reports no words; "TV shows" are programmes.
"""
import pytest

from quotes import extract


def reported(text, said):
    """The quote whose text is ``said``."""
    quotes = extract(text)
    hits = [q for q in quotes if q.text == said]
    assert hits, f"no quote reads {said!r}; found {[(q.text, q.mention, q.rule) for q in quotes]}"
    return hits[0]


AFTER_AN_ADVERB_IN_A_RELATIVE_CLAUSE = [
    ("an adverb after 'who', a person as the object",
     "Councillor Dana Voss, who formally endorsed Ana Ruiz last week, spoke at the rally.",
     "Ana Ruiz", "Councillor Dana Voss"),
    ("an auxiliary and an adverb after 'which'",
     "The list included the harbor board, which has strongly denied any role in the dredging deal.",
     "any role in the dredging deal", "the harbor board"),
    ("an auxiliary and an adverb after 'who', a plural antecedent",
     "Ruiz is courting older voters, who have usually favored her rivals at the ballot box.",
     "her rivals at the ballot box", "voters"),
    ("an adverb after 'which', a clause reported",
     "The move came days after the Ashford Ledger, which originally said it would ignore the race, changed course.",
     "it would ignore the race", "the Ashford Ledger"),
    ("the report ends where the relative clause does",
     "Harbor chief Ivo Marsh, who formally endorsed the levy in a letter, then left for the ferry dock.",
     "the levy", "Harbor chief Ivo Marsh"),
]


@pytest.mark.parametrize("name,text,said,mention", AFTER_AN_ADVERB_IN_A_RELATIVE_CLAUSE,
                         ids=[c[0] for c in AFTER_AN_ADVERB_IN_A_RELATIVE_CLAUSE])
def test_an_adverb_of_manner_after_the_relative_pronoun_is_skipped(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


NOT_SKIPPED = [
    ("a hedge of extent",
     "Ashford wants a mayor who has largely rejected the port's traditions to win.",
     "largely rejected"),
    ("the writer's guess",
     "The clerk phoned Marsh, who would probably recognize at once that the count was short.",
     "recognize"),
]


@pytest.mark.parametrize("name,text,cue_word", NOT_SKIPPED, ids=[c[0] for c in NOT_SKIPPED])
def test_a_hedge_or_a_guess_is_no_manner_of_the_act(name, text, cue_word):
    assert not [q for q in extract(text) if q.cue and cue_word.split()[-1] in q.cue], \
        [(q.text, q.cue, q.mention) for q in extract(text)]


def test_has_been_before_the_antecedent_is_a_form_of_be():
    # the one who opposed it is the noun after "has been", not the sentence's subject before it
    q = reported("The main obstacle has been local farmers, who rejected the harbor plan.", "the harbor plan")
    assert q.mention.endswith("local farmers"), q.mention


@pytest.mark.parametrize("text", [
    "The harbor clip showed the councillor nervously repeating himself.",
    "The mayor repeated herself twice before the vote.",
])
def test_repeating_oneself_reports_no_words(text):
    assert not [q for q in extract(text) if q.cue and "repeat" in q.cue], [(q.text, q.cue) for q in extract(text)]


def test_repeating_a_clause_still_reports_it():
    assert reported("The mayor repeated that the ferry would run all winter.",
                    "that the ferry would run all winter").mention == "The mayor"


def test_tv_shows_are_programmes():
    quotes = extract("Ashford's three favourite TV shows all air on Mondays.")
    assert not [q for q in quotes if q.cue and "shows" in q.cue], [(q.text, q.cue) for q in quotes]


# A headline that gives its source before a colon: the source may be a name and the people or the piece it
# stands for ("Ruiz camp:", "Ledger editorial:"), or a plural noun for people that the story names again in lower
# case, or one of them ("Historians:" … "a historian at …"). A subheading on the next line is no part of it.
HEADLINE_SOURCES = [
    ("a name and its camp",
     "Ruiz camp: Hale plan threatens the harbor's future.\n\nRuiz spoke at the pier on Monday.",
     "Hale plan threatens the harbor's future", "Ruiz camp"),
    ("a paper's editorial",
     "Ledger editorial: Ashford must fix the ferry now.\n\nThe Ledger has urged repairs for years.",
     "Ashford must fix the ferry now", "Ledger editorial"),
    ("people named again in lower case, one of them, with a subheading after",
     "Geologists: Ashford cliffs will fall within decades; \nTown weighs a costly sea wall.\n\n"
     "A geologist at the county college mapped the cracks.",
     "Ashford cliffs will fall within decades", "Geologists"),
]


@pytest.mark.parametrize("name,text,said,mention", HEADLINE_SOURCES, ids=[c[0] for c in HEADLINE_SOURCES])
def test_a_headline_source_before_a_colon(name, text, said, mention):
    q = reported(text, said)
    assert (q.mention, q.rule) == (mention, "headline speaker: clause")


def test_a_headline_label_nobody_mentions_again_is_no_source():
    text = "Analysts: Ashford cliffs will fall within decades.\n\nThe town weighs a costly sea wall."
    assert not [q for q in extract(text) if q.rule == "headline speaker: clause"]


# Calling for something is a demand, whoever makes it: a subject the cast does not know is kept as written.
CALLED_FOR = [
    ("a plural with an adjective", "Harbor advocates called for the pilot's dismissal.",
     "the pilot's dismissal", "Harbor advocates"),
    ("a plural with a phrase after it", "Advocates in the fishing community called for a new vote on the levy.",
     "a new vote on the levy", "Advocates in the fishing community"),
    ("a share of a group, in a subordinate clause",
     "While most of her rivals called for a bigger dredging budget, Ruiz stayed silent.",
     "a bigger dredging budget", "most of her rivals"),
    ("with an auxiliary", "Critics of the ferry plan have called for an audit.", "an audit", "Critics of the ferry plan"),
]


@pytest.mark.parametrize("name,text,said,mention", CALLED_FOR, ids=[c[0] for c in CALLED_FOR])
def test_whoever_calls_for_something_demands_it(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


def test_calls_for_after_an_adjective_is_a_noun():
    text = "Ruiz, despite Democratic calls for her to quit the race, has said she will stay."
    assert not [q for q in extract(text) if q.cue and q.cue.startswith("call")], \
        [(q.text, q.cue) for q in extract(text)]


# People the cast does not know, named by a plural noun for them with a phrase after it, are the subject of a
# verb of speech or stance, kept as written (not of a verb of perceiving, feeling or knowing, nor of one of
# evaluating what others did: "welcome", "question").
PEOPLE_AS_WRITTEN = [
    ("a phrase after the noun, a verb of speech", "Residents of both islands described the new rota as unsafe.",
     "the new rota as unsafe", "Residents of both islands"),
    ("a phrase after the noun, taking a side", "Experts on coastal erosion endorsed the sea wall.",
     "the sea wall", "Experts on coastal erosion"),
    ("urging someone", "Families of the drowned sailors urged the board to act.",
     "the board to act", "Families of the drowned sailors"),
    ("a stance, condemning", "Candidates in both races condemned the harbor board's silence.",
     "the harbor board's silence", "Candidates in both races"),
    ("a stance, deciding", "Workers at the old mill decided the rent was too high.",
     "the rent was too high", "Workers at the old mill"),
]


@pytest.mark.parametrize("name,text,said,mention", PEOPLE_AS_WRITTEN, ids=[c[0] for c in PEOPLE_AS_WRITTEN])
def test_people_the_cast_does_not_know_are_a_subject_as_written(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


@pytest.mark.parametrize("text", [
    "Ferry riders who grew up on the island see storms around every corner.",   # perceiving
    "The figures generally considered the most reliable come from the harbor office.",   # no people
    "Harbor clerks on both sides, especially yours, should be worried.",    # "sides" is no verb
])
def test_no_report_from_a_phrase_that_names_no_speaker(text):
    assert not [q for q in extract(text) if q.rule == "speaker cue clause (subject as written)"], \
        [(q.text, q.cue, q.mention) for q in extract(text)]
