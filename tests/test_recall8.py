"""Reports of a stance the writer puts in the passive, in sentences the team wrote.

"Ruiz was endorsed by the dockworkers" reports the dockworkers' stance as much as "the dockworkers endorsed
Ruiz": the passive's subject is what its agent after "by" backs, rebuffs or echoes, and the agent is the source,
whatever follows it in the sentence. Where the agent's words come after it ("was mocked by Hale as a dreamer",
"… for …") the subject alone is not what was said, and nothing is reported this way.
"""
import pytest

from quotes import extract


def reported(text, said):
    """The quote whose text is ``said``."""
    quotes = extract(text)
    hits = [q for q in quotes if q.text == said]
    assert hits, f"no quote reads {said!r}; found {[(q.text, q.mention, q.rule) for q in quotes]}"
    return hits[0]


A_STANCE_IN_THE_PASSIVE = [
    ("a share of voters backs a name",
     "Mayor Ana Ruiz was supported by 38 percent in the Ashford survey, while Hale trailed.",
     "Mayor Ana Ruiz", "38 percent in the Ashford survey"),
    ("an adverb before the participle, an appositive after the agent",
     "His remarks were quickly derided by Tom Bell, the leader of the harbor union.",
     "His remarks", "Tom Bell"),
    ("a body rebuffs a plan, the day after it",
     "The ferry plan was rejected by the council on Tuesday.",
     "The ferry plan", "the council"),
    ("an echo, the agent with a title and a relative clause",
     "Her stance was echoed by former Gov. Ivo Marsh, who spoke later.",
     "Her stance", "former Gov. Ivo Marsh"),
    ("a perfect passive",
     "The levy has been endorsed by the harbor pilots.",
     "The levy", "the harbor pilots"),
]


@pytest.mark.parametrize("name,text,said,mention", A_STANCE_IN_THE_PASSIVE,
                         ids=[c[0] for c in A_STANCE_IN_THE_PASSIVE])
def test_the_subject_of_a_passive_stance_is_the_agents_report(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


NOT_A_STANCE_OF_THE_SUBJECT = [
    ("the agent's words follow in an 'as' phrase", "Hale has been mocked by Ruiz already as a dreamer.", "Hale"),
    ("the charge follows in a 'for' phrase", "Hale was praised by Ruiz for his work on the pier.", "Hale"),
    ("a verb with its own clause before the passive", "Ruiz said the plan was rejected by the council.", "the plan"),
    ("criticism names its charge", "Hale was criticized by Ruiz.", "Hale"),
]


@pytest.mark.parametrize("name,text,subject", NOT_A_STANCE_OF_THE_SUBJECT,
                         ids=[c[0] for c in NOT_A_STANCE_OF_THE_SUBJECT])
def test_no_bare_subject_is_reported(name, text, subject):
    quotes = extract(text)
    assert not [q for q in quotes if q.text == subject], [(q.text, q.mention, q.rule) for q in quotes]


AFTER_A_COMMA_A_PARTICIPLE_OF_SPEECH = [
    ("promising an infinitive", "Ruiz toured the docks, promising to reopen the ferry by spring.",
     "to reopen the ferry by spring", "Ruiz"),
    ("promising a that-clause", "Ruiz visited Arden, promising that the council would pay.",
     "that the council would pay", "Ruiz"),
    ("admitting", "The clerk resigned on Monday, admitting that the count was short.",
     "that the count was short", "The clerk"),
    ("announcing", "Hale took the stage in Dover, announcing he would run for the harbor board.",
     "he would run for the harbor board", "Hale"),
    ("touting", "Ruiz closed the rally, touting a message of thrift and patience.",
     "a message of thrift and patience", "Ruiz"),
    ("an opening participle with its agent is no subject",
     "Stung by the reviews, as well as gripes over the cost, Ruiz revised her plan, promising to cut the ferry fare by half.",
     "to cut the ferry fare by half", "Ruiz"),
]


@pytest.mark.parametrize("name,text,said,mention", AFTER_A_COMMA_A_PARTICIPLE_OF_SPEECH,
                         ids=[c[0] for c in AFTER_A_COMMA_A_PARTICIPLE_OF_SPEECH])
def test_a_participle_of_speech_after_a_comma_reports_for_the_subject(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


ANSWERS_AND_SHARES_OF_A_POLL = [
    ("the quoted question before the answer",
     "Asked if Ruiz is “fit to run the harbor,” 64 percent of fishers said yes while 30 percent overall agreed.",
     "yes", "64 percent of fishers"),
    ("the answer alone, before the writer's next clause",
     "Asked if Hale should stay, 58 percent of dockworkers said no, but most farmers disagreed.",
     "no", "58 percent of dockworkers"),
    ("a share after 'and', lower case",
     "Most Arden voters think Ruiz is honest, and three-quarters said so of Hale as well.",
     "so of Hale as well", "three-quarters"),
    ("the next share ends a result",
     "On the ferry they lean left: 41% say they are liberal, 29% call themselves conservative on fares.",
     "they are liberal", "41%"),
    ("a share that calls itself something",
     "On the ferry they lean left: 41% say they are liberal, 29% call themselves conservative on fares.",
     "themselves conservative on fares", "29%"),
]


@pytest.mark.parametrize("name,text,said,mention", ANSWERS_AND_SHARES_OF_A_POLL,
                         ids=[c[0] for c in ANSWERS_AND_SHARES_OF_A_POLL])
def test_a_poll_answer_and_its_share(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


def test_a_plural_call_with_no_share_still_needs_quoted_words():
    quotes = extract("Most call themselves conservative on fares.")
    assert not [q for q in quotes if q.cue == "call"], [(q.text, q.cue, q.mention) for q in quotes]


THE_SUPPORT_OF_A_GROUP = [
    ("drew support from", "Ruiz drew strong support from older voters in Arden.", "Ruiz", "older voters in Arden"),
    ("the backing of, a comparison after it",
     "Hale secured the backing of 33% of the dockworkers polled to Ruiz’s 20%.", "Hale", "33% of the dockworkers polled"),
    ("an auxiliary before the verb",
     "Hale has also gained support from harbor pilots, and so has Ruiz.", "Hale", "harbor pilots"),
    ("'overall' is no part of the group",
     "Both candidates enjoyed strong support among fishers in Arden overall.", "Both candidates", "fishers in Arden"),
]


@pytest.mark.parametrize("name,text,said,mention", THE_SUPPORT_OF_A_GROUP, ids=[c[0] for c in THE_SUPPORT_OF_A_GROUP])
def test_the_group_whose_support_the_subject_gains_backs_it(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


@pytest.mark.parametrize("text", [
    "Ruiz has won the support of thousands by echoing the themes of the strike.",
    "Ruiz drew support from those who said the pier was safe.",
    "The plan has support among farmers.",
])
def test_no_support_report_for_a_means_a_defined_group_or_no_person(text):
    quotes = extract(text)
    assert not [q for q in quotes if q.rule == "subject, support from source"], \
        [(q.text, q.mention, q.rule) for q in quotes]


SUPPORT_AMONG_A_GROUP = [
    ("a possessive pronoun, the predicate after the group", "Her support among older voters still lags.",
     "Her", "older voters"),
    ("a name's support, a degree word", "Ruiz’s deep support among fishers gives her an edge.", "Ruiz", "fishers"),
    ("a share, then the poll it was measured in", "His 27% support among fishers in a Harbor Times poll is low.",
     "His", "fishers"),
]


@pytest.mark.parametrize("name,text,said,mention", SUPPORT_AMONG_A_GROUP, ids=[c[0] for c in SUPPORT_AMONG_A_GROUP])
def test_the_group_among_which_one_has_support_backs_the_possessor(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


@pytest.mark.parametrize("text", [
    "Her support among those who fish is weak.",
    "Ruiz’s support from the harbor delegates is counted.",
])
def test_no_possessor_report_for_a_defined_group_or_support_from(text):
    quotes = extract(text)
    assert not [q for q in quotes if q.rule == "possessor, support among source"], \
        [(q.text, q.mention, q.rule) for q in quotes]


@pytest.mark.parametrize("text,said,mention", [
    ("“I am open to a new pier,” Ruiz said, talking about her views on how to fund the harbor.",
     "her views on how to fund the harbor", "Ruiz"),
    ("Hale spoke for an hour in Dover, speaking about the dredging of the channel.",
     "the dredging of the channel", "Hale"),
])
def test_talking_about_a_topic_after_a_comma_shares_the_subject(text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)
