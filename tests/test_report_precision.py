"""Words after a cue verb that are no report of what someone said, next to look-alikes that still are.

Each table pairs sentences where a verb of speech or stance is followed by something other than
what was said (a phrasal verb, a second verb, a participle phrase) with sentences of the same
shape that do report a clause.
"""
import pytest

from quotes import extract


def reports(text):
    """The text of every reported (indirect or partial) quote found in ``text``."""
    return [q.text for q in extract(text) if q.kind in ("indirect", "partial")]


NOT_REPORTS = [
    # "add to" is "increase", not "say in addition"
    ("adding to a lead", "The governor won the primary in Ohio, adding to her lead over the senator."),
    ("is adding to wins", "The mayor is adding to her wins after victories in three wards."),
    ("showed up", "Hundreds more showed up to hear the candidate speak at the fairground."),
    ("would show up", "Around fifty people would show up to each event in the county."),
    ("called off", "The two unions called off a planned strike after the talks resumed."),
    ("cheered and waved", "As the bus pulled in, hundreds of supporters cheered and waved signs at the driver."),
    ("sought or served", "The developer has never sought or served in public office before this year."),
    ("asked for or", "Residents got parking permits they never asked for or simply did not need."),
    ("statement provided to", "The mayor said in a statement provided to the council. She did not elaborate."),
    ("notes written in", "He kept the old ledger, with notes written in the margins by his father."),
    ("interview published", "The senator weighed in as well, telling WNYC in an interview published on Monday."),
    ("did not reply to a request", "Reed did not reply to a request for comment on Friday."),
    ("referred requests for comment", "His aides referred requests for comment to the campaign office."),
    ("agree on, dash", "They stuck to the issues that most members can agree on — lower taxes and safer roads."),
    ("warned about in", "It was exactly the kind of shift the council warned about in its 2013 report."),
    ("believes in, dash", "He can lead them toward the ideas he believes in - or nurse old grievances."),
    ("said of, colon", 'Ruiz, speaking to reporters on the bus to Albany, said of the rival\'s new demand: "We met it."'),
    ("said of, after aside", "''It is cheap,'' said Ana Ruiz, director of the Budget Center and a professor at the state "
                             "university, said of the plan. ''It does not help.''"),
    ("said in his book, title", "Castro's revolution dampened plans to return home, Mr. Ruiz said in his 2012 book, "
                                "''A Son of Havana.''"),
    ("on a programme", "The race was close while the governor was running, he said Wednesday morning on "
                       "WXYZ’s “Morning Talk.”"),
    ("verbs in a list, object pronoun", "The site found the posting, reported it to the police, and removed it."),
    ("verbs in a list, object noun", "He also hosts a Sunday talk show, writes a weekly column and, since 2013, "
                                     "runs a podcast."),
    ("a fact she mentions", "One of her sons is a Marine, a fact she frequently mentions on the campaign trail."),
    ("where the mayor has promised", "The council will send the bill to the governor, where the mayor has promised "
                                     "to veto it."),
    ("while the leader has threatened", "The party backed the budget deal, while the opposition leader has "
                                        "threatened to block it."),
    ("which the campaign had said", "The union picked four other nights, which the campaign previously had said was "
                                    "unacceptable."),
    ("added to the confusion", "The senator added to the confusion of the day by leaving before the vote."),
]


@pytest.mark.parametrize("name,text", NOT_REPORTS, ids=[c[0] for c in NOT_REPORTS])
def test_is_not_a_report(name, text):
    assert reports(text) == []


STILL_REPORTS = [
    ("clause, the company said", "The plant will close in May, the company said.", "plant will close in May"),
    ("clause, a spokesman said", "The plant will close in May, a company spokesman said.", "plant will close"),
    ("clause, as she has noted", "The numbers changed over the summer, as the senator has acknowledged.",
     "numbers changed over the summer"),
    ("inverted description", "The talks will take weeks, said a union mediator.", "talks will take weeks"),
    ("on a programme, that", "He said Wednesday on WXYZ’s “Morning Talk” that the race was close.", "race was close"),
    ("wrote in, marks", "I wrote in “Ana Ruiz” on my first ballot in 1996.", "Ana Ruiz"),
    ("said about half", "The budget office said about half of the deficit came from lower revenue.",
     "half of the deficit came"),
    ("tweeted back at", "A reporter tweeted back at the mayor that the statement was ironic.", "statement was ironic"),
    ("agreed on a plan", "The members agreed on Tuesday that the plan would go ahead.", "plan would go ahead"),
    ("declined to comment", "The company declined to comment on the report.", "to comment on the report"),
    ("said, based on", "The council reported, based on the new count, that turnout had doubled.", "turnout had doubled"),
    ("felt slighted", "Still grieving, the governor felt slighted by the party leaders in the capital.",
     "slighted by the party leaders"),
    ("said participle clause", "The mayor said flooded roads would reopen by Friday.", "flooded roads would reopen"),
    ("said, and clause", "The talks would take weeks, the mediator said, and a deal could still fail.",
     "a deal could still fail"),
    ("said that, and", "The mediator said that the talks would take weeks and that a deal could fail.",
     "talks would take weeks"),
    ("showed that", "The survey showed that turnout would be up in the county.", "turnout would be up"),
    ("added that", "The governor added that her lead over the senator would grow.", "would grow"),
    ("added, clause", "The mayor added, without elaborating, that the wards would be redrawn.", "wards would be redrawn"),
]


@pytest.mark.parametrize("name,text,phrase", STILL_REPORTS, ids=[c[0] for c in STILL_REPORTS])
def test_still_is_a_report(name, text, phrase):
    assert any(phrase in r for r in reports(text)), reports(text)


INVERTED_SPEAKERS = [
    ("after a relative clause",
     "He will have trouble with his colleagues in the Senate, whom he has alienated with his rhetoric, "
     "said Maria Lopez, director of the Institute for Urban Affairs.", "trouble with his colleagues", "Maria Lopez"),
    ("after a plain clause", "The talks will take weeks, said Maria Lopez, a mediator.", "talks will take weeks",
     "Maria Lopez"),
    ("with where it was said", "The talks will take weeks, said Maria Lopez in a statement.", "talks will take weeks",
     "Maria Lopez"),
    ("with a day", "The talks will take weeks, said Maria Lopez on Tuesday.", "talks will take weeks", "Maria Lopez"),
]


@pytest.mark.parametrize("name,text,phrase,speaker", INVERTED_SPEAKERS, ids=[c[0] for c in INVERTED_SPEAKERS])
def test_inverted_speaker_is_who_spoke_not_what_was_said(name, text, phrase, speaker):
    found = [q for q in extract(text) if q.kind == "indirect"]
    assert [(phrase in q.text, q.speaker) for q in found] == [(True, speaker)], [(q.text, q.speaker) for q in found]


def test_a_programme_is_not_the_start_of_what_was_said():
    [q] = [q for q in extract("He said Wednesday on WXYZ’s “Morning Talk” that the race was close.")
           if q.kind in ("indirect", "partial")]
    assert q.text == "the race was close"
