"""Mixed reports carried by participles of speech: a few more participles after a comma ("…, cautioning that
…", "…, portraying her as “…”", "…, crediting them with “…”") share the sentence's subject as "saying" does;
and a participle of speech joined by "and" to one set off earlier in its sentence ("…, calling him a “coward”
and accusing them of …") is a second report of the same subject, and the first report ends before the "and". And a name given in the passive
("the ferry was dubbed “the Tub”", "what had been called the “night market”") is a mixed report with nobody
named, from the clause's subject (or its "what", "that") to the name. And a report ends before a comma and a
pronoun that open a clause of their own with a cue ("…, he famously referred to …"), unless the report opened
with a subordinate clause or phrase whose main clause that pronoun begins ("that although …, he …"). A base
form after "and" that goes on a modal or an infinitive of the report ("he would sit Hale down and tell him “…”")
is the report's own verb, not a second one of the speaker's. A time phrase between a verb and its "that" ("said
this week that …", "hinted over the summer that …") is not part of the report. And "grouse", "snipe", "exhort" and "chide" are cues.

Look-alikes keep what they had: a participle after "and" with no participle of speech before it, quoted
words that join their own participles with "and", and a gerund "being called".

Each row gives a sentence, a phrase of the report, the report's text and (where it matters) its speaker.
"""
import pytest

from found import find
from quotes import extract


def _quote_with(text, phrase):
    return find(extract(text), phrase)


# after a comma, these participles report for the sentence's subject
SUBJECT_PARTICIPLES = [
    ("cautioning that", "Ana Ruiz is a careful captain fighting a rising tide, cautioning that the storm season "
                        "calls for “calm, steady hands at the helm.”", "steady hands",
     "that the storm season calls for “calm, steady hands at the helm.”", "Ana Ruiz"),
    ("portraying as", "On Friday, Tom Hale struck back at his rival, portraying Dale Moreno as careless since "
                      "he had taken “about $300” from the ferry fund.", "careless",
     "Dale Moreno as careless since he had taken “about $300” from the ferry fund", "Tom Hale"),
    ("crediting with", "Tom Hale spoke at the dock on Sunday, crediting the crews with “saving the old pier.”",
     "old pier", "the crews with “saving the old pier.”", "Tom Hale"),
]


@pytest.mark.parametrize("name,text,phrase,report,speaker", SUBJECT_PARTICIPLES,
                         ids=[c[0] for c in SUBJECT_PARTICIPLES])
def test_participle_reports_for_the_subject(name, text, phrase, report, speaker):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker == speaker


# "and" joins a second participle of speech to a first: two reports of the subject, the first ending before "and"
JOINED_PARTICIPLES = [
    ("calling and accusing", 'Tom Hale tore into the mayor, calling him a "coward" and accusing the board of '
                             'behaving like "sulking pups."', "sulking pups",
     'the board of behaving like "sulking pups."', "Tom Hale", 'him a "coward"'),
    ("telling and questioning", "Ana Ruiz sharpened her attack on Monday, telling the crowd that the levy was a "
                                "“swindle” and questioning how the board had “hidden the books for years.”",
     "hidden the books", "how the board had “hidden the books for years.”", "Ana Ruiz",
     "that the levy was a “swindle”"),
    ("praising and criticizing", "Ana Ruiz spoke at the pier, praising the crews for their work and criticizing "
                                 "the board for its “endless delays.”", "endless delays",
     "the board for its “endless delays.”", "Ana Ruiz", "the crews for their work"),
]


@pytest.mark.parametrize("name,text,phrase,report,speaker,first", JOINED_PARTICIPLES,
                         ids=[c[0] for c in JOINED_PARTICIPLES])
def test_second_participle_reports_on_its_own(name, text, phrase, report, speaker, first):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker == speaker
    assert _quote_with(text, first.split()[-1].strip("“”\".")).text.strip() == first


# look-alikes: no participle of speech before "and"; quoted words that hold "and" and a participle
JOINED_LEFT_ALONE = [
    ("no first participle", "Tom Hale spent the whole morning fishing and calling the gulls by name.", "gulls",
     None),
    ("inside quoted words", "Ana Ruiz said she expects the crews “to keep calling out waste and defending the "
                            "harbor as we see fit.”", "defending",
     "she expects the crews “to keep calling out waste and defending the harbor as we see fit.”"),
]


@pytest.mark.parametrize("name,text,phrase,report", JOINED_LEFT_ALONE, ids=[c[0] for c in JOINED_LEFT_ALONE])
def test_other_ands_left_alone(name, text, phrase, report):
    hits = [q for q in extract(text) if phrase in q.text]
    if report is None:
        assert not hits
    else:
        assert hits[0].text.strip() == report


# a passive verb of naming before quoted words: the clause from its subject to the name, with no speaker
PASSIVE_NAMES = [
    ("subject after a comma", 'By July 2014, the ferry was officially named "The Harbor Queen," and crews loved it.',
     "Harbor Queen", 'the ferry was officially named "The Harbor Queen,"'),
    ("what had been called", "The council closed what had been called the “night market,” a fixture for years.",
     "night market", "what had been called the “night market,”"),
    ("a pronoun subject", "When the survey came out, it was labeled “Mostly Fair.”", "Mostly Fair",
     "it was labeled “Mostly Fair.”"),
    ("will be dubbed", "The new club will informally be dubbed the “Pier Pals” by its crews.", "Pier Pals",
     "The new club will informally be dubbed the “Pier Pals”"),
]


@pytest.mark.parametrize("name,text,phrase,report", PASSIVE_NAMES, ids=[c[0] for c in PASSIVE_NAMES])
def test_passive_name_reports_its_clause(name, text, phrase, report):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker is None


def test_gerund_names_nothing():
    assert not [q for q in extract("Ana Ruiz opened up about being called a “true sailor” in a blog.")
                if "true sailor" in q.text]


# a comma and a pronoun opening a clause of its own before a cue end the report before it: the cue reports anew
OWN_SUBJECT_ENDS = [
    ("pronoun after a comma", "When Tom Hale announced his bid in May 2014, he famously referred to the crews as "
                              "“rats” and “thieves.”", "famously",
     "his bid in May 2014", "the crews as “rats” and “thieves.”"),
    ("although and a pronoun", "Ana Ruiz said on Friday that she would go ahead with the pier vote, although "
                               "she tweeted that she \"rejects the board's newest offer.\"", "pier vote",
     "that she would go ahead with the pier vote", "that she \"rejects the board's newest offer.\""),
]

# look-alikes: the pronoun is the subject of the reported clause, after its opening subordinate clause
OWN_SUBJECT_GOES_ON = [
    ("that although", "Port lawyers said that although Dale Moreno owned up, he felt no regret and would "
                      "sail again.", "owned up",
     "that although Dale Moreno owned up, he felt no regret and would sail again"),
    ("an aside set off", "Tom Hale said he was pleased that lately, when he gives talks, he is often asked about the "
                         "ferry.", "pleased",
     "he was pleased that lately, when he gives talks, he is often asked about the ferry"),
]


@pytest.mark.parametrize("name,text,phrase,first,second", OWN_SUBJECT_ENDS, ids=[c[0] for c in OWN_SUBJECT_ENDS])
def test_report_ends_before_a_new_subject(name, text, phrase, first, second):
    assert _quote_with(text, first.split()[-1]).text.strip() == first
    assert _quote_with(text, second.split()[-1].strip("“”\".")).text.strip() == second


@pytest.mark.parametrize("name,text,phrase,report", OWN_SUBJECT_GOES_ON, ids=[c[0] for c in OWN_SUBJECT_GOES_ON])
def test_report_goes_on_after_an_opening_clause(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


# "and" and a base form after a modal or "to" in the report: the report goes on
BASE_FORM_GOES_ON = [
    ("would ... and tell", "Tom Hale says he’d sit Moreno down and tell him “no more games” at the pier.", "sit",
     "he’d sit Moreno down and tell him “no more games” at the pier"),
    ("to ... and show", "Ana Ruiz said the harbor master still has time to step up and show that he is “fit to "
                        "lead.”", "step up", "the harbor master still has time to step up and show that he is “fit "
                                             "to lead.”"),
]

# look-alikes: the speaker's own second verb, in a tense of its own or after a comma
BASE_FORM_SECOND_REPORT = [
    ("added", "Tom Hale said the crews would stay and added that the pier was safe.", "crews would stay",
     "the crews would stay"),
    ("after a comma", "Harbor pilots say the board will fail, and admit that the levy is fair.", "board will",
     "the board will fail"),
]


@pytest.mark.parametrize("name,text,phrase,report", BASE_FORM_GOES_ON + BASE_FORM_SECOND_REPORT,
                         ids=[c[0] for c in BASE_FORM_GOES_ON + BASE_FORM_SECOND_REPORT])
def test_base_form_after_and(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


# "this week", "over the summer" between the verb and its "that": the report starts at "that"
TIME_BEFORE_THAT = [
    ("this week", "Ana Ruiz said this week that the ferry would be “very late” in May.", "very late",
     "that the ferry would be “very late” in May"),
    ("over the summer", "Tom Hale hinted over the summer that the port might “close” its gates.", "close",
     "that the port might “close” its gates"),
    ("over the weekend", "Ana Ruiz wrote over the weekend that the levy was “a trap.”", "trap",
     "that the levy was “a trap.”"),
]


@pytest.mark.parametrize("name,text,phrase,report", TIME_BEFORE_THAT, ids=[c[0] for c in TIME_BEFORE_THAT])
def test_time_phrase_before_that(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


# verbs of grumbling, urging and chiding report what follows them
GRUMBLING_VERBS = [
    ("groused that", 'Tom Hale groused that the board was "asleep at the wheel."', "asleep",
     'that the board was "asleep at the wheel."', "Tom Hale"),
    ("sniped that", "Ana Ruiz sniped that Dale Moreno, a new harbor master, was “learning as he goes.”", "learning",
     "that Dale Moreno, a new harbor master, was “learning as he goes.”", "Ana Ruiz"),
    ("exhorted to", 'Tom Hale exhorted the sailors to "vote with your heart" at the pier.', "heart",
     'the sailors to "vote with your heart" at the pier', "Tom Hale"),
    ("chided for", 'Ana Ruiz chided the press for "the silly game" of pitting crews against one another.', "silly",
     'the press for "the silly game" of pitting crews against one another', "Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,phrase,report,speaker", GRUMBLING_VERBS, ids=[c[0] for c in GRUMBLING_VERBS])
def test_grumbling_verbs_report(name, text, phrase, report, speaker):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker == speaker
