"""Where a report ends, in sentences the team wrote (bounds18).

", and" then a pronoun and its verb is the writer going on with a clause of their own, as ", and the council
has …" is; ", and that the …" is not: it opens a second clause of what was said.
"""
import pytest

from quotes import extract


def texts(text):
    return [q.text for q in extract(text)]


ENDS_BEFORE_A_PRONOUN_CLAUSE = [
    ("he and a past tense",
     "Nora Pike said the ferry levy is unfair to islanders, and she repeated the claim at Friday's meeting.",
     "the ferry levy is unfair to islanders"),
    ("they and a contracted negative",
     "Most harbor workers favor a shorter shift on weekends, and they don't mind the lower pay.",
     "a shorter shift on weekends"),
    ("she and a deciding verb (moved from test_report_overreach: the report stops before it)",
     "Ana Ruiz has said that she entered the race because the old board failed, and she decided to run.",
     "that she entered the race because the old board failed"),
    ("that's",
     "Tom Vale argues the pier is worth saving for the town, and that's a view the council shares.",
     "the pier is worth saving for the town"),
]

GOES_ON_TO_A_SECOND_CLAUSE = [
    ("and that, a second that-clause",
     "Nora Pike said the ferry levy is unfair to islanders, and that the board should drop it.",
     "the ferry levy is unfair to islanders, and that the board should drop it"),
]


@pytest.mark.parametrize("name,text,said", ENDS_BEFORE_A_PRONOUN_CLAUSE,
                         ids=[c[0] for c in ENDS_BEFORE_A_PRONOUN_CLAUSE])
def test_the_report_ends_before_a_pronoun_clause(name, text, said):
    found = texts(text)
    assert said in found, found


@pytest.mark.parametrize("name,text,said", GOES_ON_TO_A_SECOND_CLAUSE,
                         ids=[c[0] for c in GOES_ON_TO_A_SECOND_CLAUSE])
def test_a_second_that_clause_goes_on(name, text, said):
    found = texts(text)
    assert said in found, found


def pieces(text):
    return [[text[s:e] for s, e in q.spans] for q in extract(text)]


# an aside between a subject and its present-tense predicate: both parts are what was said, the aside is not
SUBJECT_BEFORE_THE_ASIDE = [
    ("a singular subject and an -s verb",
     "The ferry levy, Nora Pike said, harms the islanders most.",
     ["The ferry levy", "harms the islanders most"]),
    ("a plural subject and a base verb",
     "Most dock workers, the union survey found, want a shorter shift.",
     ["Most dock workers", "want a shorter shift"]),
    ("an adverb before the verb",
     "The new toll, Tom Vale argued, only hurts the poorest drivers.",
     ["The new toll", "only hurts the poorest drivers"]),
]

OPENING_PHRASE_STAYS_OUT = [
    ("a phrase of time, then a clause with its own subject",
     "In the end, Nora Pike said, the council will drop the levy.",
     ["the council will drop the levy"]),
]


@pytest.mark.parametrize("name,text,said", SUBJECT_BEFORE_THE_ASIDE + OPENING_PHRASE_STAYS_OUT,
                         ids=[c[0] for c in SUBJECT_BEFORE_THE_ASIDE + OPENING_PHRASE_STAYS_OUT])
def test_the_report_around_an_aside(name, text, said):
    found = pieces(text)
    assert said in found, found


# "and" then a past (or present) tense whose tense the reported clause cannot take: the speaker's next predicate
ENDS_BEFORE_THE_SPEAKERS_NEXT_PREDICATE = [
    ("a subjunctive clause, then a past tense",
     "Tom Vale praised the crews, demanded that the toll be scrapped and went home.",
     "that the toll be scrapped"),
    ("a present clause, then a past tense after a comma",
     "Nora Pike insisted that the pier is safe for ferries, and urged the board to reopen it.",
     "that the pier is safe for ferries"),
    ("a past clause after a present verb, then a present tense",
     "Vale denies that the harbor board was warned and blames the storm for the damage.",
     "that the harbor board was warned"),
    ("an object, then an irregular past",
     "Nora Pike echoed the dockers' worries about pay and took the stage with Vale.",
     "the dockers' worries about pay"),
]

AGREEING_TENSES_GO_ON = [
    ("a past clause goes on in the past",
     "Nora Pike said the ferry was late and missed the noon sailing.",
     "the ferry was late and missed the noon sailing"),
]


@pytest.mark.parametrize("name,text,said", ENDS_BEFORE_THE_SPEAKERS_NEXT_PREDICATE + AGREEING_TENSES_GO_ON,
                         ids=[c[0] for c in ENDS_BEFORE_THE_SPEAKERS_NEXT_PREDICATE + AGREEING_TENSES_GO_ON])
def test_the_report_ends_where_the_tense_changes(name, text, said):
    found = texts(text)
    assert said in found, found


def reports(text):
    return [(q.text, q.speaker) for q in extract(text)]


# "seemed to <verb> …": the infinitive's "to" names no one it seemed so to, and the judgment runs through it
SEEMING_RUNS_THROUGH_THE_INFINITIVE = [
    ("to be ... to lose",
     "But the harbor vote seemed to be Vale's to lose.",
     ("the harbor vote seemed to be Vale's to lose", None)),
    ("whom it seemed so to, after the infinitive",
     "The new toll seemed to make sense to most islanders.",
     ("The new toll seemed to make sense", "most islanders")),
]


@pytest.mark.parametrize("name,text,report", SEEMING_RUNS_THROUGH_THE_INFINITIVE,
                         ids=[c[0] for c in SEEMING_RUNS_THROUGH_THE_INFINITIVE])
def test_seeming_runs_through_the_infinitive(name, text, report):
    found = reports(text)
    assert report in found, found


# ", which officials said will …, <the sentence's own verb>": the relative pronoun is the reported clause's subject,
# and the report ends with the relative clause, before the sentence's own predicate
RELATIVE_CLAUSE_WITH_ITS_OWN_SPEAKER = [
    ("which, a plural speaker, a modal",
     "The new levy, which officials said will take effect in May, will not apply to ferries.",
     "will take effect in May"),
    ("who, a present verb of speech",
     "Nora Pike, who aides say wants a second term, has not decided on the toll.",
     "wants a second term"),
]


@pytest.mark.parametrize("name,text,said", RELATIVE_CLAUSE_WITH_ITS_OWN_SPEAKER,
                         ids=[c[0] for c in RELATIVE_CLAUSE_WITH_ITS_OWN_SPEAKER])
def test_a_relative_clause_report_ends_with_the_clause(name, text, said):
    found = texts(text)
    assert said in found, found
