"""Mixed reports around a relative clause that names its head in quoted words ("…, which she called “a
club”"): the relative clause is a report of its own, from its pronoun to the name, and a report around it
ends before it. Look-alikes keep what they had: a name after "what", an object before the name, a relative
clause the head's own predicate follows, more quoted words after the name. And a few participles of speech
("…, stating that …") that report for the sentence's subject as "saying" does; and a quote that the writer's
words finish before its attribution ('“…” if the levy failed, said Hale'); and a that-clause that leads into
its quote ('added that after the fees, …, “…”').

Each row gives a sentence, a phrase of the report, the report's text and (where it matters) its speaker.
"""
import pytest

from found import find
from quotes import extract


def _quote_with(text, phrase):
    return find(extract(text), phrase)


# "which" or "whom" before the subject of a naming or describing verb is the verb's object: the report
# starts at it, and ends at the comma set inside the name's closing marks
RELATIVE_NAMES = [
    ("which, called", "Ana Ruiz backed a bill that would curb the harbor board, which she called “a club for old "
                      "captains.”", "old captains", "which she called “a club for old captains.”", "Ana Ruiz"),
    ("whom, described as, then a phrase", "The crews sailed with the ferrymen, whom Tom Hale described as "
                                          "“calm,” for the whole voyage.", "calm",
     "whom Tom Hale described as “calm,”", "Tom Hale"),
    ("which, an auxiliary", "The levy was cut last spring, which Mayor Dale Moreno had called a “grave "
                            "mistake”", "grave", "which Mayor Dale Moreno had called a “grave mistake”",
     "Dale Moreno"),
]

# look-alikes: the name alone after "what", an object between verb and name
RELATIVE_NAMES_LEFT_ALONE = [
    ("after what", "The port grew fast in what planner Tom Hale called “the golden decade” in his memoir.",
     "golden decade", "“the golden decade”"),
    ("an object before the name", "Ana Ruiz, who runs the ferry, called the pier deal “cruel” on Monday.",
     "cruel", "the pier deal “cruel”"),
]


@pytest.mark.parametrize("name,text,phrase,report,speaker", RELATIVE_NAMES, ids=[c[0] for c in RELATIVE_NAMES])
def test_relative_name_reports_from_its_pronoun(name, text, phrase, report, speaker):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker == speaker


@pytest.mark.parametrize("name,text,phrase,report", RELATIVE_NAMES_LEFT_ALONE,
                         ids=[c[0] for c in RELATIVE_NAMES_LEFT_ALONE])
def test_other_names_keep_their_start(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


# a report whose sentence closes with such a relative clause ends before its comma
OUTER_ENDS = [
    ("which she called", "Ana Ruiz said she has backed a bill that would curb the harbor board, which she called "
                         "“a club for old captains.”", "backed a bill",
     "she has backed a bill that would curb the harbor board"),
    ("whom he described as", "A port spokesman said crews were sent out with the sailors, whom he described as "
                             "“calm,” for the length of the voyage.", "crews were",
     "crews were sent out with the sailors"),
]

# look-alikes: the head's predicate after the name, more quoted words after it, no marks at all
OUTER_GOES_ON = [
    ("the head's predicate follows", "Ana Ruiz said that the harbor board, which she called “a club,” would be "
                                     "cut.", "harbor board",
     "that the harbor board, which she called “a club,” would be cut"),
    ("more quoted words after", "Ana Ruiz said she backed a bill to curb the board, which she called “a club” "
                                "that “runs the town.”", "backed a bill",
     "she backed a bill to curb the board, which she called “a club” that “runs the town.”"),
    ("no marks", "Ana Ruiz said she backed the bill, which she called reckless.", "backed the bill",
     "she backed the bill"),
]


@pytest.mark.parametrize("name,text,phrase,report", OUTER_ENDS, ids=[c[0] for c in OUTER_ENDS])
def test_report_ends_before_a_naming_relative(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


@pytest.mark.parametrize("name,text,phrase,report", OUTER_GOES_ON, ids=[c[0] for c in OUTER_GOES_ON])
def test_report_goes_on_past_other_relatives(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


# "stating", "tweeting", "mentioning" after a comma are participles of speech like "saying": they share the
# sentence's subject, what follows them is what was said, and a report before them ends at their comma
SPEECH_PARTICIPLES = [
    ("stating, quoted words", "Ana Ruiz later changed her account, stating that she had never seen any letters "
                              "that were “marked private at the time.”", "letters",
     "that she had never seen any letters that were “marked private at the time.”", "Ana Ruiz"),
    ("tweeting, quoted words", 'Tom Hale hit back on Sunday, tweeting that the ferry plan was "a sad joke" for '
                               'the island.', "sad joke", 'that the ferry plan was "a sad joke" for the island',
     "Tom Hale"),
    ("mentioning, after an object", "Ana Ruiz criticized the board, mentioning its vote to shut the pier.",
     "its vote", "its vote to shut the pier", "Ana Ruiz"),
    ("mentioning a clause", "Ana Ruiz praised the crews on Monday, mentioning that the harbor had stayed open all "
                            "winter.", "stayed open", "that the harbor had stayed open all winter", "Ana Ruiz"),
]

# look-alikes: the noun before the participle says it, or nothing is said
SPEECH_PARTICIPLES_LEFT_ALONE = [
    ("a sign stating", "The council put up a sign stating that the pier would close in May.", "pier would",
     "that the pier would close in May", None),
    ("tweeting about", "Tom Hale spent the night tweeting about the game.", "game", None, None),
]


@pytest.mark.parametrize("name,text,phrase,report,speaker", SPEECH_PARTICIPLES,
                         ids=[c[0] for c in SPEECH_PARTICIPLES])
def test_speech_participle_reports_for_the_subject(name, text, phrase, report, speaker):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker == speaker


@pytest.mark.parametrize("name,text,phrase,report,speaker", SPEECH_PARTICIPLES_LEFT_ALONE,
                         ids=[c[0] for c in SPEECH_PARTICIPLES_LEFT_ALONE])
def test_other_participles_left_alone(name, text, phrase, report, speaker):
    hits = [q for q in extract(text) if phrase in q.text]
    if report is None:
        assert not hits
    else:
        assert hits[0].text.strip() == report
        assert hits[0].speaker == speaker


# A quote that opens its sentence, then the writer's words that finish it before the comma of its attribution:
# quote and words are one mixed report
QUOTE_RUNS_ON = [
    ("if, then said Name", '"Many would call that a defeat for Ana Ruiz" if she did not win by a wider margin, '
                           'said Tom Hale, a port analyst.', "defeat",
     'Many would call that a defeat for Ana Ruiz" if she did not win by a wider margin', "Tom Hale"),
    ("because, after a comma in the marks", "''To count the boats that could sink under this rule is grim,'' "
                                            "because most ferries here were built before 1990, said Tom Hale.",
     "boats", "To count the boats that could sink under this rule is grim,'' because most ferries here were built "
     "before 1990", "Tom Hale"),
    ("then Name said", "“We are very glad” about the vote on the pier, Ana Ruiz said.", "very glad",
     "We are very glad” about the vote on the pier", "Ana Ruiz"),
]

# look-alikes: the speaker described before the name, when and where it was said, a quote closing its sentence
QUOTE_ENDS = [
    ("the speaker described", "''The pier will close for a month,'' the harbor spokesman, Ana Ruiz, said on "
                              "Monday.", "pier will", "The pier will close for a month,"),
    ("only where it was said", '"It was a fine day for the town" in a statement on Monday, Ana Ruiz said.',
     "fine day", "It was a fine day for the town"),
    ("the quote closed its sentence", "“The vote was fair.” and then some, Ana Ruiz said.", "vote was fair",
     "The vote was fair."),
]


@pytest.mark.parametrize("name,text,phrase,report,speaker", QUOTE_RUNS_ON, ids=[c[0] for c in QUOTE_RUNS_ON])
def test_quote_runs_on_into_the_writers_words(name, text, phrase, report, speaker):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker == speaker


@pytest.mark.parametrize("name,text,phrase,report", QUOTE_ENDS, ids=[c[0] for c in QUOTE_ENDS])
def test_quote_ends_at_its_marks(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


# A that-clause between a verb of speech and its quote joins it as one mixed report, even when it opens with a
# phrase of when ("added that after the fees, …, “…”") or follows whom it was told ("tells crowds that …")
THAT_LEADS = [
    ("that, then a phrase of when", "Ana Ruiz said she wanted to be frank, but added that after fees, as a family "
                                    "with one boat and three children, ''We were not rich.''", "not rich",
     "that after fees, as a family with one boat and three children, ''We were not rich.''"),
    ("told whom, then that", 'Ana Ruiz jokingly tells crowds that after 120 years and 30 male mayors, "It is our '
                             'turn."', "our turn", 'that after 120 years and 30 male mayors, "It is our turn."'),
]

# look-alikes: a relative clause about whom it was told, only when and where it was said
THAT_LEADS_LEFT_ALONE = [
    ("a relative that", "It would be unfair to simply tell the crews that worked on this pier: ''We are sorry, the "
                        "plan failed.''", "plan failed",
     "the crews that worked on this pier: ''We are sorry, the plan failed.''"),
    ("when and where", 'Ana Ruiz said on Monday, in Lisbon, "We are ready."', "ready", "We are ready."),
]


@pytest.mark.parametrize("name,text,phrase,report", THAT_LEADS + THAT_LEADS_LEFT_ALONE,
                         ids=[c[0] for c in THAT_LEADS + THAT_LEADS_LEFT_ALONE])
def test_that_clause_leads_into_its_quote(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report
