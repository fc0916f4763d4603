"""Nested reports: a reported clause that holds a verb of speech of its own is the outer speaker's report.

- a compound subject opens the reported clause ("said his own surveys and the union's findings show …", "said both
  she and Moreno promised …"): the "and" joins two subjects of the inner verb, it does not start a second
  report of someone else, so the outer verb reports the whole clause, inner verb and all.

Each row is a sentence of the team's own (invented people and places); the look-alikes keep the second
report apart where "and" does bring a new clause or a second verb of the outer speaker.
"""
import pytest

from quotes import extract


def quotes_of(text):
    return extract(text, date="2024-05-03")


COMPOUND_SUBJECT_ROWS = [
    pytest.param("Tom Vale, a harbor pollster who advises the ferry union, said his own surveys and the union's "
                 "findings show that voters favor a lower toll on the bridge.",
                 "his own surveys and the union's findings show that voters favor a lower toll on the bridge",
                 "Tom Vale", id="said-noun-and-noun-show"),
    pytest.param("Vance said both he and Moreno promised as council hopefuls to cut the bridge toll by half.",
                 "both he and Moreno promised as council hopefuls to cut the bridge toll by half",
                 "Vance", id="said-both-he-and-name"),
    pytest.param("The Osk team thinks its debate record and the early polls suggest a close race in the valley.",
                 "its debate record and the early polls suggest a close race in the valley",
                 "the Osk team", id="thinks-noun-and-noun-suggest"),
]


@pytest.mark.parametrize("text, said, speaker", COMPOUND_SUBJECT_ROWS)
def test_a_compound_subject_keeps_the_outer_report(text, said, speaker):
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert (said, speaker) in found, found


SECOND_REPORT_ROWS = [
    # a second verb of the outer speaker right after "and"
    pytest.param("Mayor Lund praised the new pier and said the harbor would reopen in May.",
                 "the harbor would reopen in May", "Lund", id="and-said-own-verb"),
    # a first clause with a verb of its own: the next report is someone else's
    pytest.param("Lund said the pier was late, and the council said the budget had run out.",
                 "the budget had run out", "the council", id="clause-then-and-new-report"),
    # a verb that takes no clause: its object ends, and the next report is the other speaker's
    pytest.param("Dara Holm accuses the mayor of stalling and Tom Vale says he is losing the harbor vote.",
                 "he is losing the harbor vote", "Tom Vale", id="accuses-then-and-new-report"),
]


@pytest.mark.parametrize("text, said, speaker", SECOND_REPORT_ROWS)
def test_a_second_report_after_and_stays_apart(text, said, speaker):
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert any(t == said and (s or "").endswith(speaker.split()[-1]) for t, s in found), found


# an outer participle of the speaker's after a comma reports its own clause: the report inside that clause
# ("Vale has often denounced …") is a part of it, not the only report of the sentence
PARTICIPLE_ROWS = [
    pytest.param("“He is fair game,” Holm said, reminding reporters that Vale has often denounced the former mayor.",
                 "that Vale has often denounced the former mayor", "Holm", id="reminding-audience-that"),
    pytest.param("Holm spoke to the dock crews on Monday, remarking that the ferry had never once run late under Vale.",
                 "that the ferry had never once run late under Vale", "Holm", id="remarking-that"),
    pytest.param("“We waited on the pier all night,” Ines Dorr said, recalling the storm that closed the harbor in 1998.",
                 "the storm that closed the harbor in 1998", "Ines Dorr", id="recalling-an-event"),
]


@pytest.mark.parametrize("text, said, speaker", PARTICIPLE_ROWS)
def test_a_participle_of_the_speaker_reports_its_clause(text, said, speaker):
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert (said, speaker) in found, found
