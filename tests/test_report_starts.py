"""Where a report starts: past a wire story's dateline at the head of its first paragraph; at the "that" of a
clause reported by a subject the article never names, rather than at a verb inside the clause; and at a one-word
subject before an attribution set off by commas ("Patience, she noted, was always …"), or at an opening
subordinate clause there ("Unless the town pays, she said, …"); and at "that" after the verb's own phrase of when
or how ("said this week that …", "has said repeatedly that …").

Each row is a sentence of the team's own (invented people and places) and the report it must give; the
look-alikes are sentences of the same shape that the rule must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


# a dateline (a place, perhaps a state and a date, an agency in brackets, then a dash) is no part of the report
DATELINE = [
    ("a place in capitals, its state and a date before the agency",
     "BRAMLEY, Vt., Oct. 4 (UPI) — The new ferry terminal will open next spring, Mayor Ines Vallo announced on "
     "Friday.",
     "ferry terminal", "The new ferry terminal will open next spring"),
    ("a place in capitals and a date",
     "OSTERBY, March 9 (UPI) — The harbor tunnel is safe for trucks again, Governor Tomas Reyes said.",
     "harbor tunnel", "The harbor tunnel is safe for trucks again"),
    ("a place as written, then its agency",
     "Lake Aldon (AFP) – The same anger that closed the mills could send voters to the fringe, Senator Orla "
     "Brink warned on Sunday.",
     "same anger", "The same anger that closed the mills could send voters to the fringe"),
    # look-alikes: a name and a dash before an aside, and a place in capitals with its aside closed again
    ("look-alike: a name and its title before a dash is the sentence's subject",
     "Council chair Pavel Drey - who once said he would \"sink the [whole] budget\" over the dam - said on "
     "Monday that the town should also close the old quay.",
     "sink", 'he would "sink the [whole] budget" over the dam'),
    ("look-alike: a second dash closes an aside after an acronym",
     "BRAMLEY (UPI) — the alliance of mill towns — will meet in May, the organisers said.",
     "will meet", "BRAMLEY (UPI) — the alliance of mill towns — will meet in May"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in DATELINE], ids=[r[0] for r in DATELINE])
def test_a_dateline_is_no_part_of_the_report(text, phrase, said):
    assert report_text(text, phrase) == said


# "Both sides have acknowledged that …": a past tense or an auxiliary makes the cue a verb, and a that-clause after
# it is reported by its subject as written, whoever that is (not only after a verb of saying with no auxiliary)
THAT_CLAUSE = [
    ("an auxiliary and an adverb before the verb",
     "The vote is on Friday. The two skippers have also acknowledged that the ferry deal will take time.",
     "ferry deal", "that the ferry deal will take time"),
    ("a past tense of stance",
     "The vote is on Friday. Many fishermen assumed that the mayor had the backing of the council.",
     "backing", "that the mayor had the backing of the council"),
    ("a past tense of speech that is no verb of saying",
     "The vote is on Friday. Several dockers declared that the pier was unsafe.",
     "pier", "that the pier was unsafe"),
    ("the clause holds a verb of its own, which reports nothing of its own",
     "The vote is on Friday. Both crews also pointed out that just a single warden publicly backed the plan.",
     "warden", "that just a single warden publicly backed the plan"),
    ("a description opening the sentence is its subject",
     "The vote is on Friday. The harbor story also remarked that a single warden had backed the toll.",
     "single warden", "that a single warden had backed the toll"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in THAT_CLAUSE], ids=[r[0] for r in THAT_CLAUSE])
def test_a_that_clause_is_reported_by_its_subject_as_written(text, phrase, said):
    assert report_text(text, phrase) == said


def test_a_description_opening_the_sentence_is_the_speaker():
    text = "The vote is on Friday. The harbor story also remarked that a single warden had backed the toll."
    assert find(extract(text), "single warden").speaker == "The harbor story"


def test_adverbs_between_the_subject_and_its_verb_are_no_part_of_the_subject():
    text = "The vote is on Friday. Local anglers never quite realized that the weir had been raised."
    assert find(extract(text), "weir").mention == "Local anglers"


# look-alikes: "that" opens a relative clause or is a pronoun, or the subject of "made it clear" is an event
NO_THAT_REPORT = [
    ("look-alike: a relative clause after a noun",
     "The vote is on Friday. His office is preparing a second report that could touch on the mayor's conduct."),
    ("look-alike: a relative clause with its own subject",
     "The vote is on Friday. Some of the strongest remarks that Vallo made were about the dam."),
    ("look-alike: an event makes something clear",
     "The vote is on Friday. The primary made it clear that the mayor still has work to do."),
]


@pytest.mark.parametrize("text", [r[1] for r in NO_THAT_REPORT], ids=[r[0] for r in NO_THAT_REPORT])
def test_no_that_clause_no_report(text):
    assert [q.text for q in extract(text)] == []


# "Tolls, the mayor said, would rise": a predicate after the attribution, so the word before it is its subject and
# part of what was said, even one word alone (not a connective or a pronoun: "Still, he said, …", "That, …")
ONE_WORD_SUBJECT = [
    ("a noun", "The vote is on Friday. Patience, she noted, was always a rare virtue at the harbor guild.",
     "rare virtue", "Patience was always a rare virtue at the harbor guild"),
    ("a plural noun", "The vote is on Friday. Tolls, the mayor said, would rise in May.",
     "rise in May", "Tolls would rise in May"),
    ("look-alike: a connective opens the sentence", "The vote is on Friday. Rather, she said, the council should wait.",
     "council", "the council should wait"),
    ("look-alike: a pronoun", "The vote is on Friday. That, the clerk explained, is by design.",
     "design", "is by design"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in ONE_WORD_SUBJECT], ids=[r[0] for r in ONE_WORD_SUBJECT])
def test_a_one_word_subject_before_the_attribution_is_reported(text, phrase, said):
    assert report_text(text, phrase) == said


# "Unless the town pays the bill, she said, the pier will close": a subordinate clause opening the sentence is the
# condition or the means of what was said, and part of it (not a phrase of when)
OPENING_CLAUSE = [
    ("a condition", "The vote is on Friday. Unless the town pays the bill, she said, the pier will close in May.",
     "pier will close", "Unless the town pays the bill the pier will close in May"),
    ("the means", "The vote is on Friday. By closing the old quay, the mayor said, the town saves a fortune.",
     "saves a fortune", "By closing the old quay the town saves a fortune"),
    ("an infinitive of purpose (the corpus marks it in)",
     "The vote is on Friday. To win their votes, organisers said, the party must change its tune.",
     "change its tune", "To win their votes the party must change its tune"),
    ("look-alike: a phrase of when", "The vote is on Friday. In the early spring, she said, the pier will close.",
     "pier will close", "the pier will close"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in OPENING_CLAUSE], ids=[r[0] for r in OPENING_CLAUSE])
def test_an_opening_subordinate_clause_is_reported(text, phrase, said):
    assert report_text(text, phrase) == said


# "said this week that …", "has said repeatedly that …": when or how often it was said belongs to the verb, and the
# report starts at "that" (a phrase of time with no "that" after it may be the clause's subject)
BEFORE_THAT = [
    ("this week", "The vote is on Friday. The harbor chief said this week that the ferry would run again.",
     "ferry", "that the ferry would run again"),
    ("an adverb of how often", "The vote is on Friday. Vallo has said repeatedly that she will back the nominee.",
     "nominee", "that she will back the nominee"),
    ("an example set off by commas", "The vote is on Friday. The clerk testified, for example, that she never saw "
     "the ledger.", "ledger", "that she never saw the ledger"),
    ("where, with a place and its state set off by commas",
     "The vote is on Friday. The mayor said at a rally in Dunmore, Ohio, that the toll would be scrapped.",
     "toll", "that the toll would be scrapped"),
    ("look-alike: the phrase of time is the clause's subject",
     "The vote is on Friday. Reyes said this year will bring record tolls.", "tolls",
     "this year will bring record tolls"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in BEFORE_THAT], ids=[r[0] for r in BEFORE_THAT])
def test_the_report_starts_at_that_after_when_it_was_said(text, phrase, said):
    assert report_text(text, phrase) == said
