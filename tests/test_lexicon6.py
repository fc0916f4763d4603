"""Verbs of speech and of stated stance that news writing uses for a report and that the lexicon lacked, in
sentences the team wrote (invented people and places).

Each table row: a name, the text, the report's text, its speaker and its cue. The verbs that take a clause
("reaffirmed that …", "confessed that …") report the clause; the verbs of reproof and scorn ("chastised the
board for …", "downplayed the cost") report their object, as "chided" and "lambasted" do.
"""
import pytest

from quotes import extract


REPORTS = [
    # clause-taking: reaffirming, owning up, putting forward, reassuring, recalling
    ("reaffirmed that", "The harbour master Tom Bell reaffirmed that the ferry would run all winter.",
     "that the ferry would run all winter", "Tom Bell", "reaffirmed"),
    ("confessed that", "Councillor Ben Adler confessed that he had never ridden the ferry.",
     "that he had never ridden the ferry", "Ben Adler", "confessed"),
    ("posited that", "Councillor Ben Adler posited that the ferry could pay for itself.",
     "that the ferry could pay for itself", "Ben Adler", "posited"),
    ("professed that", "Ana Ruiz professed that she loved the old pier.",
     "that she loved the old pier", "Ana Ruiz", "professed"),
    ("reassured someone that", "Ben Adler reassured the fishermen that the levy would not rise.",
     "the fishermen that the levy would not rise", "Ben Adler", "reassured"),
    ("reminisced about", "Ana Ruiz reminisced about her days on the ferry.",
     "her days on the ferry", "Ana Ruiz", "reminisced"),
    ("affirmed that", "Ana Ruiz affirmed that the pier would stay open.",
     "that the pier would stay open", "Ana Ruiz", "affirmed"),
    ("implored someone to", "Ana Ruiz implored the council to act.", "the council to act", "Ana Ruiz", "implored"),
    ("British 'emphasised'", "Ana Ruiz emphasised that the pier was safe.",
     "that the pier was safe", "Ana Ruiz", "emphasised"),
    # object-taking: reproof, scorn, praise, setting aside
    ("chastised", "Mayor Ana Ruiz chastised the harbour board for the late repairs.",
     "the harbour board for the late repairs", "Ana Ruiz", "chastised"),
    ("excoriated", "The mayor excoriated the harbour board for its silence.",
     "the harbour board for its silence", "The mayor", "excoriated"),
    ("castigated", "Ana Ruiz castigated the board over the delay.",
     "the board over the delay", "Ana Ruiz", "castigated"),
    ("scolded", "Ben Adler scolded the crews for leaving the gate open.",
     "the crews for leaving the gate open", "Ben Adler", "scolded"),
    ("disparaged", "Ben Adler disparaged the new pier.", "the new pier", "Ben Adler", "disparaged"),
    ("lauded", "Mayor Ana Ruiz lauded the crews for their work in the storm.",
     "the crews for their work in the storm", "Ana Ruiz", "lauded"),
    ("British 'criticised'", "Mayor Ana Ruiz criticised the board for the delay.",
     "the board for the delay", "Ana Ruiz", "criticised"),
    ("downplayed", "Councillor Ben Adler downplayed the cost of the new pier.",
     "the cost of the new pier", "Ben Adler", "downplayed"),
    ("spurned", "Ben Adler spurned the offer from the developer.",
     "the offer from the developer", "Ben Adler", "spurned"),
    ("bashed", "Ben Adler bashed the plan to sell the pier.", "the plan to sell the pier", "Ben Adler", "bashed"),
    ("has disavowed", "Mayor Ana Ruiz has disavowed the plan to sell the pier.",
     "the plan to sell the pier", "Ana Ruiz", "has disavowed"),
    ("repudiated", "Ben Adler repudiated the old plan for the harbour.",
     "the old plan for the harbour", "Ben Adler", "repudiated"),
    ("rebutted", "Ben Adler rebutted the claim that the levy was unfair.",
     "the claim that the levy was unfair", "Ben Adler", "rebutted"),
    ("debunked", "Ben Adler debunked the rumour that the ferry would close.",
     "the rumour that the ferry would close", "Ben Adler", "debunked"),
]


@pytest.mark.parametrize("name,text,said,speaker,cue", REPORTS, ids=[r[0] for r in REPORTS])
def test_a_verb_of_speech_or_stance_reports(name, text, said, speaker, cue):
    found = [q for q in extract(text) if q.text == said]
    assert found, [q.text for q in extract(text)]
    assert found[0].kind == "indirect"
    assert found[0].speaker == speaker
    assert found[0].cue == cue
