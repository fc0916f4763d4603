"""Reports that ran on past their end into the writer's words (tails7).

Each row is a sentence of the team's own (invented people and places), a phrase of the report, and the report
it must give; the look-alikes are sentences of the same shape that the rule must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


# A verb that may take a clause ("recounted", "urged", "promised") took a noun phrase or an infinitive instead;
# a comma and a past tense with its own object after it is the subject's next predicate, the writer's account
# of what the subject did next. An "-ed" word after a hyphen, an article or a preposition modifies a noun
# ("a state-funded program", "for undocumented workers") and is no verb of the object's own.
NEXT_PREDICATE_AFTER_A_NOUN_OBJECT = [
    ("a clause verb's noun object, then a list of predicates",
     "On Tuesday night, Mayor Ines Vallo recounted her years on the harbor board, praised the ferry crews, and "
     "ripped into the council a bit.",
     "harbor board", "her years on the harbor board"),
    ("an object and its infinitive with a hyphened '-ed' word",
     "Councilwoman Orla Brink urged the port authority to join a state-funded dredging program, proposed that "
     "the old pier be closed, and pushed for new buoys.",
     "dredging program", "the port authority to join a state-funded dredging program"),
    ("an infinitive with an '-ed' adjective after a preposition",
     "Senator Pavel Drey has promised to fight harder than his rival for undocumented workers, opposed the toll "
     "plan and outflanked the unions.",
     "fight harder", "to fight harder than his rival for undocumented workers"),
    ("a past tense and 'to' before a possessive name",
     "Then the host speculated about the cost of the new ferry, referred to Vallo's long feud with the unions "
     "and moved on.",
     "cost of the new ferry", "the cost of the new ferry"),
    # look-alikes it leaves alone
    ("look-alike: an aside after the clause's subject comes first",
     "Mayor Ines Vallo said the ferry, a relic of the 1950s, carried the last passengers on Friday.",
     "relic", "the ferry, a relic of the 1950s, carried the last passengers"),
    ("look-alike: a participle's aside closed before the clause's verb",
     "Harbor judge Lena Moss said the dredging permit, granted at the council's request, was void.",
     "dredging permit", "the dredging permit, granted at the council's request, was void"),
    ("look-alike: a that-clause's subject and its participle aside",
     "Councilwoman Orla Brink noted that the harbor pilots, tired of waiting, called a strike.",
     "harbor pilots", "that the harbor pilots, tired of waiting, called a strike"),
]


@pytest.mark.parametrize("name,text,phrase,said", NEXT_PREDICATE_AFTER_A_NOUN_OBJECT,
                         ids=[r[0] for r in NEXT_PREDICATE_AFTER_A_NOUN_OBJECT])
def test_the_subjects_next_predicate_ends_a_noun_object(name, text, phrase, said):
    assert report_text(text, phrase) == said
