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
    ("adding to a lead", "The governor carried the county on Sunday, adding to her margin over the incumbent."),
    ("is adding to wins", "The mayor is adding to her wins after victories in three wards."),
    ("showed up", "Later that day, Ana Ruiz showed up to hear the candidate at the fairground."),
    ("would show up", "Around the county, Ana Ruiz would show up at each meeting of the board."),
    ("called off", "The two unions called off a planned strike after the talks resumed."),
    ("cheered and waved", "As the ferry docked, the mayor cheered and waved flags with the crowd."),
    ("sought or held", "The developer Ana Ruiz has never sought or held an elected post in the county."),
    ("asked for or", "Residents got parking permits they never asked for or did not want."),
    ("statement provided to", "The mayor said in a statement provided on Monday to the council. She did not elaborate."),
    ("notes penciled along", "Ruiz keeps a worn hymnal with old notes penciled along the edges."),
    ("interview aired", "The coach spoke up too, telling WXYZ in an interview aired on Friday."),
    ("did not reply to requests", "Reed did not reply to several requests for comment on Friday."),
    ("referred requests for comment", "The agency referred requests for comment to the city's lawyers."),
    ("agree on, dash", "They kept to the few topics all the neighbors could agree on — parking and trash."),
    ("warned about in", "It was the very flooding the engineers warned about in their survey."),
    ("believes in, dash", "She can fight for the causes she believes in - or retire quietly to the coast."),
    ("said of, colon", 'Ana Ruiz, talking to reporters at the depot in Albany on Tuesday, said of the rival\'s latest '
                      'demand: "We met it."'),
    ("said of, after aside", "''It is cheap,'' said Ana Ruiz, director of the Budget Center and a lecturer in economics at the "
                             "state college, said of the plan. ''It does not help.''"),
    ("wrote in his memoir, title", "The war ended his plans to study abroad, Mr. Ruiz wrote in his 2010 memoir, "
                                   "''A Long Road.''"),
    ("verbs in a list, object pronoun", "The clerk spotted the error, reported it to the board, and fixed it by noon."),
    ("a fact she mentions", "Her father flew fighter jets for the navy, a fact she often mentions at rallies."),
    ("where the sheriff has promised", "The plan now goes to the county board, where the sheriff has promised "
                                       "to fight it."),
    ("while the governor has threatened", "The union signed the contract, while the governor has threatened "
                                          "to veto it."),
    ("which the union had said", "The league chose a later date in June, which the union previously had said was "
                                 "unworkable."),
    ("as we know it", "The town as we know it will not last another decade."),
    ("as we now know it", "Whether the league, as we now know it, survives the decade is unclear."),
    ("called into a show", "Late that night the mayor called into a local radio program to defend the budget."),
    ("added to the confusion", "The senator added to the confusion of the day by leaving before the vote."),
    # "add" as "increase" or "include": a thing put into something, or a number of things
    ("add a thing to a place", "Next summer, Mayor Ana Ruiz will add a second stage to the riverside park."),
    ("added a thing to a list", "The mayor has added another title to her long list of honors."),
    ("added a number", "Over the past year, the county has added 2,000 jobs at its plants."),
    # finding oneself somewhere is ending up there; interrupting oneself is breaking off
    ("found herself in", "By spring, Ana Ruiz found herself in a close contest with the mayor who had trained her."),
    ("interrupted himself", "The governor interrupted himself midway through to wave at his sister."),
    # "own" after a possessive makes the next word a noun
    ("his own notes", "Often, Mr. Ruiz paused, as if arguing with his own notes."),
    # to seek an office is to run for it
    ("not seeking a term", "Incumbent Rep. Ana Ruiz was not seeking a fourth term."),
    ("seeks an office", "Ana Ruiz now seeks the governorship after two terms as mayor."),
    ("as she seeks the White House", "But now, as Ana Ruiz seeks the White House, her old firm has drawn scrutiny."),
    # a span of time and nothing the verb reports
    ("decided over the last month", "The mayor did well among residents who decided over the past month, and she won "
                                    "the county."),
    ("repeating for years", "Voters heard the words Ana Ruiz has been repeating for thirty years, not the ones her "
                              "rivals used."),
    # "decline" as "fall", by an amount or a degree
    ("declined a percentage", "Trade between Ruritania and Elbonia declined 30 percent over the past six months."),
    ("declined slightly from", "Support for Ana Ruiz has declined slightly from 61 percent in May to 52 percent now."),
    # whom one told, then no clause of what
    ("told an audience, applause", "The mayor spoke for an hour.\n\nShe told her Ashford audience, to loud applause:"
                                   "\n\n“We will build it.”"),
    ("told a panel, day", "Ana Ruiz told a Senate panel Wednesday."),
    ("told the court in", "Ana Ruiz told the court in her filing."),
    # the cue in a relative clause, then a dash or a phrase of where, then the verb of the sentence
    ("supported, dash, verb", "Dropping the toll - a plan Ana Ruiz once supported - makes sense as part of her wider "
                              "budget."),
    ("cited in, verb", "The agency Senator Ruiz cited in his speech does not exist."),
    ("offered in, verb", "The plans that Ana Ruiz offered in Ashford would fall short of the goal."),
    # a person known is an acquaintance, not a fact known
    ("know a person personally", "I know Ana Ruiz personally, and I trust her with the budget."),
    ("knows a person in a way", "Ana Ruiz knows Mayor Lopez in a way few other voters do."),
    # "boast" with a thing for its object is "have"
    ("boasts a lead", "Ana Ruiz leads among older voters. She boasts a roughly 20-point lead in the county."),
    ("boasted a number of things", "The mayor boasted three new parks by the end of her term."),
    # a work written, and nothing of what it says
    ("wrote a book", "She studied law in Ashford and wrote a picture book."),
    ("wrote a letter to", "Late last month, Ana Ruiz wrote a detailed letter to the mayor of Ashford."),
    ("wrote a thesis on", "Ana Ruiz lived in Ashford and wrote her thesis on the shortcomings of farm policy."),
    # how a text reads, or what one reads aloud from
    ("reads more like", "The memo was signed by Ana Ruiz, though it reads more like a campaign flyer than a budget."),
    ("reads from texts", "The mayor is calmer when she reads from a written script instead of speaking off the cuff."),
    # an amount claimed is won or taken
    ("claiming a share of the vote", "Ana Ruiz won the primary in the 4th district, claiming 52 percent of the vote "
                                     "to Lopez's 40 percent."),
]


@pytest.mark.parametrize("name,text", NOT_REPORTS, ids=[c[0] for c in NOT_REPORTS])
def test_is_not_a_report(name, text):
    assert reports(text) == []


STILL_REPORTS = [
    ("we know it is", "We know it is a hard choice for the voters.", "it is a hard choice"),
    ("clause, the company said", "The plant will close in May, the company said.", "plant will close in May"),
    ("clause, a spokesman said", "The plant will close in May, a company spokesman said.", "plant will close"),
    ("clause, as she has noted", "Prices rose in the spring, as the minister has acknowledged.",
     "Prices rose in the spring"),
    ("inverted description", "The talks will take weeks, said a union mediator.", "talks will take weeks"),
    ("on a programme, that", "He said Wednesday on WXYZ’s “Morning Talk” that the race was close.", "race was close"),
    # (the day, then the programme: where it was said; the clause before the attribution is what she said, and no
    # report opens inside the programme's name)
    ("on a programme, clause before", "Turnout was low in the northern wards this time, she said Friday night on "
                                      "WXYZ’s “Evening Desk.”", "Turnout was low in the northern wards this time"),
    ("wrote in, marks", "I wrote in “Ana Ruiz” on the ballot last fall.", "Ana Ruiz"),
    ("said about half", "The agency said about half of the shortfall came from lower fees.",
     "half of the shortfall came"),
    ("tweeted back at", "A reporter tweeted back at the mayor that the statement was ironic.", "statement was ironic"),
    ("agreed on a plan", "The members agreed on Tuesday that the plan would go ahead.", "plan would go ahead"),
    ("declined to comment", "The company declined to comment on the report.", "to comment on the report"),
    ("said, based on", "The council reported, based on the new count, that turnout had doubled.", "turnout had doubled"),
    ("felt slighted", "The coach felt slighted by the owners of the league.", "slighted by the owners"),
    ("said participle clause", "The mayor said flooded roads would reopen by Friday.", "flooded roads would reopen"),
    ("said, and clause", "The talks would take weeks, the mediator said, and a deal could still fail.",
     "a deal could still fail"),
    ("said that, and", "The mediator said that the talks would take weeks and that a deal could fail.",
     "talks would take weeks"),
    ("showed that", "The survey showed that turnout would be up in the county.", "turnout would be up"),
    ("added that", "The governor added that her lead over the senator would grow.", "would grow"),
    ("added, clause", "The mayor added, without elaborating, that the wards would be redrawn.", "wards would be redrawn"),
    ("added a clause with to", "The mayor added the second stage would open to the public in May.",
     "second stage would open to the public"),
    ("added a number clause", "The pollster added 40 percent of the voters were still undecided.",
     "40 percent of the voters were still undecided"),
    ("found, clause", "The auditor found the mayor had hidden the bills.", "mayor had hidden the bills"),
    ("described herself as", "The mayor described herself as a cautious reformer.", "as a cautious reformer"),
    ("seeking a term limit", "The mayor is seeking a term limit for council members.", "a term limit for council"),
    ("sought approval", "The mayor sought the council's approval for the new bridge.", "approval for the new bridge"),
    ("argued for years, that", "The mayor has argued for years, without much success, that the bridge is unsafe.",
     "that the bridge is unsafe"),
    ("declined for years to", "The council has declined for years to release its budget.", "to release its budget"),
    ("said for weeks, clause", "Ana Ruiz has said for weeks she is the only candidate who can win.",
     "she is the only candidate"),
    ("declined a number of things", "The mayor declined 3 invitations to debate her rival.", "3 invitations to debate"),
    ("declined a request", "The mayor declined a request for an interview on Tuesday.", "a request for an interview"),
    ("clause, told a panel, day", "The bridge will close in May, Mayor Ana Ruiz told a Senate panel Wednesday.",
     "The bridge will close in May"),
    ("clause, told the court in", "The county was only doing what other counties do, she told the court in her filing.",
     "The county was only doing what other counties do"),
    ("clause, told advisers as", "This is not about me, Ana Ruiz told her closest advisers as she worked on the speech.",
     "This is not about me"),
    ("told voters in, on, that", "Ana Ruiz told voters in Ashford on Sunday that the bridge would close.",
     "that the bridge would close"),
    ("told a gathering in, clause", "Ana Ruiz told a gathering in Ashford she will keep the bridge open.",
     "she will keep the bridge open"),
    ("tells the crowd, clause", "And, Ruiz tells the crowd, she has been known to be tough.",
     "she has been known to be tough"),
    ("reported on a day, clause", "Ana Ruiz reported on Wednesday the agency had met with the mayor.",
     "the agency had met with the mayor"),
    ("questioned in days whether", "Ana Ruiz has questioned in the past week whether the mayor has the votes.",
     "whether the mayor has the votes"),
    ("know, clause", "I know Elbonians are impatient with the council.", "Elbonians are impatient"),
    ("boasted, clause", "The mayor boasted a new park would open in May.", "a new park would open in May"),
    ("boasted that", "The mayor boasted that the parks were the best in the state.", "the parks were the best"),
    ("claimed an amount, clause", "The organizers claimed nearly 400 delegates took part in the meeting.",
     "nearly 400 delegates took part"),
    ("wrote a letter asking", "Ana Ruiz wrote a letter to the mayor asking her to reopen the bridge.",
     "asking her to reopen the bridge"),
    ("when he wrote his memoir, said", "Back when he wrote his memoir, Mr. Ruiz said that he saw borrowing as a final option.",
     "that he saw borrowing as a final option"),
    ("statement reads, that", "The mayor's statement reads, in part, that the bridge will close.",
     "that the bridge will close"),
]


@pytest.mark.parametrize("name,text,phrase", STILL_REPORTS, ids=[c[0] for c in STILL_REPORTS])
def test_still_is_a_report(name, text, phrase):
    assert any(phrase in r for r in reports(text)), reports(text)


INVERTED_SPEAKERS = [
    ("after a relative clause",
     "The mayor will struggle with the unions in the city, whom she angered during the strike, "
     "said Maria Lopez, director of the Institute for Urban Affairs.", "struggle with the unions", "Maria Lopez"),
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
    assert q.text == "that the race was close"


# A clause of when the verb happened (or of how: "as if"), and no clause of what was said after it
WHEN_IT_HAPPENED = [
    ("said when, after a quote", '"We will win," the mayor, wearing a red scarf, said when a reporter asked her.',
     None),
    ("challenged her when", "Ruiz challenged him when he ran for a second term in 2010.", None),
    ("which she conceded when, then the verb", "The victory, which Lopez conceded when the polls closed at eight, "
                                               "confirmed the strength of the reform wing.", None),
    ("what she said when", "That is what Ana Ruiz said when she quit the board in 2014.", None),
    ("responded as if", "The mayor responded as if she had been personally insulted.", None),
    # look-alikes: a clause after the comma, a "that" before "when", a question after a negation or a verb of memory
    ("said when, comma, clause", "I said when I left the council, I will not stay silent.", "I will not stay silent"),
    ("noted that when", "She noted that when the race began she trailed by 50 points.", "she trailed by 50 points"),
    ("would not say when", "The mayor would not say when the bridge would reopen.", "when the bridge would reopen"),
    ("recalled when", "Ruiz recalled when the mill still ran three shifts.", "when the mill still ran"),
]


@pytest.mark.parametrize("name,text,phrase", WHEN_IT_HAPPENED, ids=[c[0] for c in WHEN_IT_HAPPENED])
def test_when_it_happened_is_no_report(name, text, phrase):
    found = reports(text)
    if phrase is None:
        assert found == []
    else:
        assert any(phrase in r for r in found), found


# "assume" with a thing for its object is "take on" (an office, a role, a debt); the belief it reports is a clause
ASSUMED = [
    ("assumed office", "When Ana Ruiz assumed office as mayor in 2012, the harbor was closed.", None),
    ("has assumed a role", "Ruiz has assumed a larger role on the council this year.", None),
    ("would assume debts", "The county would assume the ferry company's debts.", None),
    ("assumed a style", "Ahead of the vote, Lopez assumed the governor's blunt style.", None),
    # look-alikes: a clause after the verb, with or without "that"
    ("assumes, clause", "Ruiz assumes voters will forgive the delay.", "voters will forgive the delay"),
    ("assume that", "I assume that the bridge will close in May.", "the bridge will close in May"),
]


@pytest.mark.parametrize("name,text,phrase", ASSUMED, ids=[c[0] for c in ASSUMED])
def test_assuming_a_charge_is_no_report(name, text, phrase):
    found = reports(text)
    if phrase is None:
        assert found == []
    else:
        assert any(phrase in r for r in found), found


# "show" after a word of broadcasting is a programme ("a radio show"), not the verb of evidence
BROADCAST_SHOW = [
    ("host of a radio show, verb", "Tomas Reyes, a retired teacher and the host of a weekly radio show, is an "
                                   "Ashford resident who moved to Lopez Street in the spring.", None),
    # look-alikes: the verb after a document or a person, and "made the point that", a way of stating a view
    ("polls show", "Polls show the mayor with a narrow lead.", "the mayor with a narrow lead"),
    ("will show", "Her advisers think the mayor will show the voters a new plan.", "show the voters a new plan"),
    ("made the point that", "Ruiz made the point that the bridge is unsafe.", "the bridge is unsafe"),
]


@pytest.mark.parametrize("name,text,phrase", BROADCAST_SHOW, ids=[c[0] for c in BROADCAST_SHOW])
def test_a_broadcast_show_is_no_verb(name, text, phrase):
    found = reports(text)
    if phrase is None:
        assert found == []
    else:
        assert any(phrase in r for r in found), found


# After an opening phrase and its comma, a clause after the verb is what was said; the phrase before is not
CLAUSE_AFTER_THE_VERB = [
    ("worry, clause", "In this town, used to floods, many residents can't help but fear the dikes will break.",
     "the dikes will break", "used to floods"),
    ("as for, said, clause", "As for the mayor, she said she's not worried.", "she's not worried", "As for"),
    ("in a memo, insist, clause", "In a memo to the council, the unions insist they're ready to strike.",
     "they're ready to strike", "In a memo"),
    # look-alikes: the clause before the subject, and only when or where after the verb
    ("clause, said on a day", "The ferry will run all winter, the captain said on Friday.",
     "The ferry will run all winter", "Friday"),
    ("clause, said in a place", "The ferry will run all winter, the captain said in Ashford.",
     "The ferry will run all winter", "Ashford"),
]


@pytest.mark.parametrize("name,text,phrase,not_phrase", CLAUSE_AFTER_THE_VERB,
                         ids=[c[0] for c in CLAUSE_AFTER_THE_VERB])
def test_a_clause_after_the_verb_is_what_was_said(name, text, phrase, not_phrase):
    found = reports(text)
    assert any(phrase in r for r in found) and not any(not_phrase in r for r in found), found


# "to" + a verb after the cue opens an infinitive, the report; a "that" later in it belongs to a noun in its object
INFINITIVE_BEFORE_THAT = [
    ("sought to put to rest the claims that", "The mayor sought to put to rest the claims that the ferry was unsafe.",
     "to put to rest the claims"),
    ("refused to punish landlords that", "The council has refused to punish landlords that break the rules.",
     "to punish landlords that break the rules"),
    # look-alikes: where or to whom before "that", and an infinitive of speech, which leads in to its clause
    ("told reporters in a place that", "The mayor told reporters in Ashford that the ferry was safe.",
     "that the ferry was safe"),
    ("said to the crowd that", "Ruiz said to the crowd that the ferry was safe.", "that the ferry was safe"),
    ("sought to assure them that", "Ruiz sought to assure voters that the ferry was safe.", "that the ferry was safe"),
]


@pytest.mark.parametrize("name,text,phrase", INFINITIVE_BEFORE_THAT, ids=[c[0] for c in INFINITIVE_BEFORE_THAT])
def test_an_infinitive_before_that_is_the_report(name, text, phrase):
    found = reports(text)
    assert found and all(r.startswith(phrase) for r in found), found


# a time counted from another ("the next day", "a few days later") and nothing more after the cue reports nothing
TIME_COUNTED = [
    ("apologized the next day", "The mayor apologized the next day, saying the remark was unfair.",
     "the remark was unfair", "next day"),
    ("as it reported days later", "The ferry sank, as the Ashford Courier reported a few days later.", None,
     "days later"),
    # look-alikes: a clause after the time, with or without "that"
    ("argued days later that", "The mayor argued a few days later that the ferry was safe.", "the ferry was safe",
     None),
    ("said weeks later, clause", "Ruiz said two weeks later the ferry would run again.", "the ferry would run again",
     None),
]


@pytest.mark.parametrize("name,text,phrase,not_phrase", TIME_COUNTED, ids=[c[0] for c in TIME_COUNTED])
def test_a_time_counted_from_another_is_no_report(name, text, phrase, not_phrase):
    found = reports(text)
    if phrase is not None:
        assert any(phrase in r for r in found), found
    if not_phrase is not None:
        assert not any(r.strip() == not_phrase or r.endswith(not_phrase) for r in found), found


# after "…, she said", a long phrase of where, when or in what (no verb in it) leaves the clause before as the report
CLAUSE_BEFORE_A_LONG_ADJUNCT = [
    ("said in a video address to", "The levy had “cut the deficit” in half, she said in a video address to the council.",
     "The levy had “cut the deficit” in half", "address to the council"),
    ("said in a long interview with", "Turnout was low in the northern wards, the clerk said in a long interview with "
                                      "the Ashford Courier on Friday.", "Turnout was low", "Courier"),
    # look-alikes: a that-clause after the phrase, and a verb whose preposition opens its complement
    ("said in a video address that", "She said in a video address that the levy had passed.", "the levy had passed",
     "video address"),
    ("like X, I believe in", "Like the mayor, I believe in the common sense of the voters.", "the common sense of the voters",
     "Like the mayor"),
]


@pytest.mark.parametrize("name,text,phrase,not_phrase", CLAUSE_BEFORE_A_LONG_ADJUNCT,
                         ids=[c[0] for c in CLAUSE_BEFORE_A_LONG_ADJUNCT])
def test_the_clause_before_a_long_adjunct_is_what_was_said(name, text, phrase, not_phrase):
    found = reports(text)
    assert any(phrase in r for r in found) and not any(not_phrase in r for r in found), found


# a clause of time opening the sentence and ending in the cue and a comma: what follows is the sentence's own clause
TIME_CLAUSE_ENDS_IN_THE_CUE = [
    ("after she testified,", "After Ruiz testified, the committee turned to the budget.", None),
    ("when the mayor agreed,", "When the mayor agreed, the council voted to close the pier.", None),
    # look-alikes: "as" the paper reported, an opening phrase and a parenthetical verb, an object after the cue
    ("as it reported,", "As the Courier reported, the pier will close in May.", "the pier will close in May"),
    ("after the vote, she said,", "After the vote, Ruiz said, the council would meet again.",
     "the council would meet again"),
    ("when she said, clause", "When the mayor said the plant would close, workers walked out.", "the plant would close"),
]


@pytest.mark.parametrize("name,text,phrase", TIME_CLAUSE_ENDS_IN_THE_CUE, ids=[c[0] for c in TIME_CLAUSE_ENDS_IN_THE_CUE])
def test_a_time_clause_ending_in_the_cue_reports_nothing_after_it(name, text, phrase):
    found = reports(text)
    if phrase is None:
        assert found == []
    else:
        assert any(phrase in r for r in found), found


# when the trailing time is cut off, a preposition and a determiner left alone were part of it
TIME_WAS_ALL = [
    ("decided over the last week - before", "Ruiz did well among residents who decided over the past week - before "
                                            "the debate.", None),
    ("as it reported, even on a day,", "As the Courier reported, even on Sunday evening, the mayor was unsure.", None),
    # look-alikes: an object before the time, and a clause after it with no comma
    ("as it reported, even on a day clause", "As the Courier reported, even on Sunday evening the mayor was unsure.",
     "even on Sunday evening the mayor was unsure"),
    ("praised the plan on a day", "The mayor praised the plan on Tuesday.", "the plan"),
    ("attacked a person on Twitter", "Ruiz attacked Lopez on Twitter.", "Lopez"),
]


@pytest.mark.parametrize("name,text,phrase", TIME_WAS_ALL, ids=[c[0] for c in TIME_WAS_ALL])
def test_a_time_that_was_all_there_was_is_no_report(name, text, phrase):
    found = reports(text)
    assert found == ([] if phrase is None else [phrase]), found
