"""Two reports joined by "and", and a "called" that reports nothing, in sentences the team wrote.

Each table row: a name, the text, the cue verb, and the text of every report that cue verb makes (none at all
for a telephone call).
"""
import pytest

from quotes import extract


def reports_of(text, cue):
    """The text of each report in ``text`` whose cue is ``cue`` (auxiliaries and all: "has criticized")."""
    return [q.text for q in extract(text) if q.cue == cue]


def speakers_of(text, cue):
    return [q.speaker for q in extract(text) if q.cue == cue]


TELEPHONE_CALLS = [
    ("telephoned, then when", "Mayor Ana Ruiz, who called Ben Adler shortly after the count, conceded the race.",
     "called", []),
    ("telephoned both, then the night", "Governor Lena Marsh called both rivals Wednesday night.", "called", []),
    ("telephoned someone, then their name",
     "Governor Lena Marsh called a harbour organiser, Ben Adler, and urged him to run.", "called", []),
    # look-alikes: a name or a description after the one called, or a particle, is a report
    ("named, then when", "Mayor Ana Ruiz called Ben Adler a liar on Monday.", "called", ["Ben Adler a liar"]),
    ("named in marks, then when", "Mayor Ana Ruiz called him “reckless” on Monday.", "called",
     ["him “reckless”"]),
    ("'called for', then when", "Governor Lena Marsh called for a new vote on Tuesday night.", "called",
     ["a new vote"]),
]


@pytest.mark.parametrize("name,text,cue,said", TELEPHONE_CALLS, ids=[c[0] for c in TELEPHONE_CALLS])
def test_a_telephone_call_reports_nothing(name, text, cue, said):
    assert reports_of(text, cue) == said


SECOND_STANCE_VERBS = [
    ("'and' + a verb of stance", "Mayor Ana Ruiz supports the harbour levy and opposes the new pier.",
     {"supports": ["the harbour levy"], "opposes": ["the new pier"]}),
    ("'and' + a past tense of stance", "Mayor Ana Ruiz praised the ferry crews and welcomed the new pier.",
     {"praised": ["the ferry crews"], "welcomed": ["the new pier"]}),
    ("a past tense after a determiner and a noun", "Mayor Ana Ruiz praised the levy and welcomed the pier.",
     {"praised": ["the levy"], "welcomed": ["the pier"]}),
    ("'but' + a verb of stance", "Councillor Ben Adler supports the levy but opposes the pier plan.",
     {"supports": ["the levy"], "opposes": ["the pier plan"]}),
    # look-alikes: the verb of stance after "and" is no second report's verb
    ("a base form after an infinitive", "Mayor Ana Ruiz wants to stay on and support the levy.",
     {"wants": ["to stay on and support the levy"]}),
    ("a participle between adjectives", "Mayor Ana Ruiz praised an able and determined rival.",
     {"praised": ["an able and determined rival"]}),
    ("a participle after a determiner and an adjective", "Mayor Ana Ruiz praised the bold and determined crews.",
     {"praised": ["the bold and determined crews"]}),
    ("an '-s' word after a plural noun", "Mayor Ana Ruiz wants new faces and voices on the council.",
     {"wants": ["new faces and voices on the council"]}),
    ("two gerunds", "Mayor Ana Ruiz defended her line of backing but not endorsing Adler.",
     {"defended": ["her line of backing but not endorsing Adler"]}),
    ("a relative clause's verb", "Mayor Ana Ruiz praised the ferry crews and the harbour police who opposed the closure.",
     {"praised": ["the ferry crews and the harbour police who opposed the closure"]}),
]


@pytest.mark.parametrize("name,text,by_cue", SECOND_STANCE_VERBS, ids=[c[0] for c in SECOND_STANCE_VERBS])
def test_a_second_verb_of_stance_starts_its_own_report(name, text, by_cue):
    for cue, said in by_cue.items():
        assert reports_of(text, cue) == said, cue


def test_the_second_report_keeps_the_first_ones_speaker():
    text = "Mayor Ana Ruiz supports the harbour levy and opposes the new pier."
    assert speakers_of(text, "opposes") == speakers_of(text, "supports") == ["Ana Ruiz"]
