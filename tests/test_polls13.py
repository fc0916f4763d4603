"""What a poll reports about the race, in sentences the team wrote.

A poll that closes its sentence reports the clause before it even when the poll's name holds an "in" of the
standing ("sits in third in many surveys"), when what describes it follows a comma or lists places, or when
it gives the days it ran ("Feb. 3-9"); bare "the polls" still reports nothing unless something describes
them. A poll that has someone level with a rival ("drawing even") reports that standing.
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.rule) for q in extract(text)]


POLL_RESULTS = [
    ("an 'in' of the standing before the poll's",
     "Vale sits in third in many surveys.", "Vale sits in third"),
    ("the days the poll ran",
     "Ruiz led Hale more than 2-1 in a Coast Times/Marist poll Feb. 3-9.", "Ruiz led Hale more than 2-1"),
    ("a participle after the poll's comma",
     "Ruiz beats Hale among farmers by 7 points, 47% to 40%, in the poll, taken June 3-6.",
     "Ruiz beats Hale among farmers by 7 points, 47% to 40%"),
    ("a list of places after the poll",
     "Ruiz holds the lead in statewide polls in Ohio, Iowa and Maine.", "Ruiz holds the lead"),
    ("described polls are some polls",
     "She was about 30 points ahead of Hale here in polls taken in May.", "She was about 30 points ahead of Hale here"),
    ("a poll that has someone drawing even",
     "The newest poll has Ruiz drawing even with Hale.", "Ruiz drawing even with Hale"),
]


@pytest.mark.parametrize("name,text,said", POLL_RESULTS, ids=[c[0] for c in POLL_RESULTS])
def test_the_poll_reports_the_standing(name, text, said):
    found = [t for t, _ in reports(text)]
    assert said in found, found


def test_bare_polls_report_nothing():
    assert reports("Ruiz has soared in the polls.") == []


BEFORE_A_CONTRAST_OR_CAUSE = [
    ("a contrast after the poll's comma",
     "Ruiz came in second in June polls, although Hale rose to first in a later survey.",
     "Ruiz came in second"),
    ("a cause after the poll's comma",
     "She ran about 30 points ahead of Hale there in polls taken in May, largely on the strength of older voters.",
     "She ran about 30 points ahead of Hale there"),
    ("the margin after the poll's comma",
     "Ruiz finished ahead of Hale in recent polls from Coast and Harbor, by 8 points and 5 points.",
     "Ruiz finished ahead of Hale"),
]


@pytest.mark.parametrize("name,text,said", BEFORE_A_CONTRAST_OR_CAUSE, ids=[c[0] for c in BEFORE_A_CONTRAST_OR_CAUSE])
def test_the_poll_reports_the_clause_before_its_comma(name, text, said):
    found = [t for t, _ in reports(text)]
    assert said in found, found


def test_a_cause_is_no_result():
    found = [t for t, rule in reports("Vale will skip the debate because of scoring below 2 percent in June polls, "
                                      "although Ruiz will attend.") if rule == "clause in a poll"]
    assert found == [], found


PROGRESSIVE_EVIDENCE = [
    ("a gerund noun as the document", "Recent polling is showing Ruiz has a wide lead over Hale in Maine.",
     "Ruiz has a wide lead over Hale in Maine", "Recent polling"),
    ("early results of a poll", "Early results of an exit survey are showing that Ruiz won most first-time voters.",
     "that Ruiz won most first-time voters", "Early results of an exit survey"),
]


@pytest.mark.parametrize("name,text,said,source", PROGRESSIVE_EVIDENCE, ids=[c[0] for c in PROGRESSIVE_EVIDENCE])
def test_a_document_in_the_progressive_reports(name, text, said, source):
    found = {q.text: q for q in extract(text)}
    assert said in found, list(found)
    assert found[said].rule == "document cue clause"
