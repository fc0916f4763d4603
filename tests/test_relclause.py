"""Reports inside relative clauses that ran on into the sentence's own verb.

A relative clause on the sentence's subject, with no comma to close it ("Pilots who say the ferry is unsafe
were ignored"), and a relative clause set off by commas whose sentence goes on with a verb the engine did not
know for one ("…, who cited …, cast herself …", "…, who backed …, wants …") or whose cue is its second verb
("…, who backed Ruiz in May and said …, never appeared"): the report ends where the relative clause does.

Each row is a sentence of the team's own (invented people and places) and the report it must give; the
look-alikes are sentences of the same shape that the rules must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


# a relative clause on the subject, no comma: the report ends before the sentence's own verb
SUBJECT_RELATIVE_END = [
    ("a clause reported, the sentence's auxiliary after it",
     "Harbor pilots who say the ferry is unsafe were ignored by the board.",
     "ferry", "the ferry is unsafe"),
    ("what they are angry about, then the sentence's 'have'",
     "Shopkeepers who are angry about the new parking rules have flooded the council with letters.",
     "parking rules", "the new parking rules"),
    ("an infinitive wanted, then the sentence's modal",
     "Councillors who hoped to visit the summit could be forced to skip the vote.",
     "summit", "to visit the summit"),
    ("a present tense and its infinitive, then the sentence's modal",
     "A trader who wants to buy more grain could pay as much as $900 a ton.",
     "grain", "to buy more grain"),
    ("a second verb of the report after 'and' stays in it",
     "Officials who said the pier was unsafe and had been for years were ignored.",
     "pier", "the pier was unsafe and had been for years"),
    ("a verb of a relative clause inside the report stays in it",
     "Pilots who say the ferry that was built in May is unsafe were ignored.",
     "ferry", "the ferry that was built in May is unsafe"),
    ("a pronoun's verb is the report's own",
     "Fishers who say it is unsafe would rather stay ashore.",
     "unsafe", "it is unsafe"),
    # look-alikes: the relative clause is the object's, or the sentence ends with the report
    ("look-alike: the relative clause on the object runs to the sentence's end",
     "The board ignored pilots who say the ferry is unsafe and should be scrapped.",
     "ferry", "the ferry is unsafe and should be scrapped"),
    ("look-alike: no verb of the sentence's own after the report",
     "Pilots who say the ferry is unsafe and should be scrapped.",
     "ferry", "the ferry is unsafe and should be scrapped"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in SUBJECT_RELATIVE_END],
                         ids=[r[0] for r in SUBJECT_RELATIVE_END])
def test_report_in_the_subjects_relative_clause_ends_before_the_sentences_verb(text, phrase, said):
    assert report_text(text, phrase) == said


# a relative clause set off by commas: the report ends at the comma the sentence's own verb follows
RELATIVE_ASIDE_END = [
    ("an irregular past after the aside",
     "Ines Vallo, who cited rents and fares as her main issues, cast herself as a reformer.",
     "rents", "rents and fares as her main issues"),
    ("another irregular past after the aside",
     "Ines Vallo, who opposed the plan, spoke at the rally.",
     "plan", "the plan"),
    ("a present tense with its object after the aside",
     "Ines Vallo, who backed the harbor plan, wants the council to vote on it again.",
     "harbor", "the harbor plan"),
    ("a present tense with its infinitive after the aside",
     "Ines Vallo, who announced a harbor plan, plans to campaign on it all week.",
     "harbor", "a harbor plan"),
    ("the cue the relative clause's second verb, after 'and'",
     "Mara Quist, who backed Ruiz in May and said she would campaign for her, never appeared at a rally.",
     "campaign", "she would campaign for her"),
    # look-alikes: a list's next noun after a comma is no verb of the sentence's
    ("look-alike: a plural noun of a list inside the report",
     "Ines Vallo, who says the bridges, tunnels and ports need repairs, toured the docks on Friday.",
     "bridges", "the bridges, tunnels and ports need repairs"),
    ("look-alike: a plural noun ending the report's list",
     "Ines Vallo, who says the city needs ferries, docks and piers, toured the docks on Friday.",
     "ferries", "the city needs ferries, docks and piers"),
    ("look-alike: after 'and' the report's list keeps its commas",
     "Dario Pell met Mara Quist, who chairs the board and said the pier, the dock and the ferry were unsafe.",
     "pier", "the pier, the dock and the ferry were unsafe"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in RELATIVE_ASIDE_END],
                         ids=[r[0] for r in RELATIVE_ASIDE_END])
def test_report_in_a_relative_aside_ends_before_the_sentences_verb(text, phrase, said):
    assert report_text(text, phrase) == said
