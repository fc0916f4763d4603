"""Reports the writer's tail must not cut short while their clause is unfinished, in sentences the team wrote.

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from found import find
from quotes import extract


# A comma that ", a …", ", -ing …" or an appositive follows ends a report only once its clause is whole: not
# after a that-clause's opening subordinate clause, nor after its subject when that is a name alone, nor inside
# an aside opened by a dash between a clause's subject and its verb.
UNFINISHED_BEFORE_THE_COMMA = [
    ("that + opening 'even if' clause, then 'a … of'",
     "Port wardens insist that, even if the tally were judged fair, a second count of the ballots could "
     "not be held.", "even if the tally",
     "that, even if the tally were judged fair, a second count of the ballots could not be held"),
    ("that + opening 'given' phrase, then an -ing subject",
     "Ms. Ruiz admitted that, given the deep split on the council, meeting such targets would prove hard.",
     "given the deep split", "that, given the deep split on the council, meeting such targets would prove hard"),
    ("that + a name, then 'even as' and the verb",
     "The harbor master warned that Tomas J. Vell, even as a candidate, had raised the risks facing the fleet.",
     "Tomas J. Vell", "that Tomas J. Vell, even as a candidate, had raised the risks facing the fleet"),
    ("a comma inside a dash aside before the verb",
     "Aides said that the mayor - who has resisted the changes his staff want, even though he agreed they would "
     "come - has decided to keep his style.", "the mayor -",
     "that the mayor - who has resisted the changes his staff want, even though he agreed they would come - has "
     "decided to keep his style"),
    ("a dash aside inside a report in a relative clause",
     "Ms. Orlen, who believes the old mill – up until its sale – has no value to the town, voted no.",
     "the old mill", "the old mill – up until its sale – has no value to the town"),
    # look-alikes it leaves alone
    ("a main clause without a comma after the opening phrase, then ', but'",
     "Ms. Ruiz said that given the odds it would be hard for Vell to win, but played down the poll.",
     "given the odds", "that given the odds it would be hard for Vell to win"),
    ("a whole clause, then ', leaving' to its end", "Mr. Dunne said the ferry would run on Sunday, leaving the old "
     "pier empty.", "ferry would run", "the ferry would run on Sunday, leaving the old pier empty"),
    ("a whole clause, then a lone dash and an appositive",
     "Mr. Dunne said the ferry would run - a relief to the town, which needs it.", "ferry would run",
     "the ferry would run"),
    ("a whole clause, then an appositive", "Ms. Ruiz said the pier will close, a blow to the town.", "pier will close",
     "the pier will close"),
]


@pytest.mark.parametrize("name,text,phrase,expected", UNFINISHED_BEFORE_THE_COMMA,
                         ids=[c[0] for c in UNFINISHED_BEFORE_THE_COMMA])
def test_a_report_runs_on_while_its_clause_is_unfinished(name, text, phrase, expected):
    assert find(extract(text), phrase).text == expected


# A phrase between a verb and "that" is one of where, when or to whom only when it is: after a verb that takes no
# clause, an infinitive inside the phrase (or a gerund after "for") is what the verb reports, and the "that" opens a
# relative clause in it; "at least 12 …" is a number, not a place.
THE_THAT_OF_AN_OBJECT = [
    ("'called for' + a noun and its infinitive, then a relative 'that'",
     "Ms. Ruiz called for the board to sell the boats that sit idle.", "sell the boats",
     "the board to sell the boats that sit idle"),
    ("'called for' + a gerund, then a relative 'that'",
     "Ms. Ruiz called for closing any of the piers that flood each spring.", "closing any",
     "closing any of the piers that flood each spring"),
    ("'called' + a day and 'for' a noun, then a relative 'that' and its verb",
     "The union called on Friday for a vote that would end the strike.", "end the strike",
     "a vote that would end the strike"),
    ("'at least' + a number, then a relative 'that'",
     "Police reported at least 12 injured at a shelter that serves veterans in the valley.", "12 injured",
     "at least 12 injured at a shelter that serves veterans in the valley"),
    # look-alikes: a phrase of where, to whom or how often, then the reported clause
    ("'told' + an audience and a place", "She told reporters in Ashford that the pier would close.",
     "pier would close", "that the pier would close"),
    ("'said' + 'in remarks to reporters'", "She said in remarks to reporters that the pier is safe.",
     "pier is safe", "that the pier is safe"),
    ("'at least twice'", "Ruiz said at least twice that the pier was safe.", "pier was safe",
     "that the pier was safe"),
    ("an infinitive of speech", "Hale sought to assure them that the pier is safe.", "pier is safe",
     "that the pier is safe"),
]


@pytest.mark.parametrize("name,text,phrase,expected", THE_THAT_OF_AN_OBJECT, ids=[c[0] for c in THE_THAT_OF_AN_OBJECT])
def test_a_that_inside_the_object_opens_no_report(name, text, phrase, expected):
    assert find(extract(text), phrase).text == expected
