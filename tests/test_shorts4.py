"""Reports that stopped short of their end: a poll's finding that goes on to its contrast or its next share, a
list of "-ing" words inside a report, an aside between a reported clause's subject and its predicate, and a
headline's words after the quote that follows its speaker's name.

Each row is a sentence of the team's own (invented people and places) and the report it must give; the
look-alikes are sentences of the same shape that the rule must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


REPORT_GOES_ON = [
    # what a poll or a study shows goes on from finding to finding
    ("a finding goes on to its contrast after ', while'",
     "A survey by the Harlow Institute found that 41 percent of renters backed the levy, while 35 percent opposed "
     "it.",
     "backed the levy", "that 41 percent of renters backed the levy, while 35 percent opposed it"),
    ("a finding goes on to its contrast after ', whereas'",
     "The Delmar study shows older voters favor the canal plan, whereas most students reject it.",
     "canal plan", "older voters favor the canal plan, whereas most students reject it"),
    ("a finding goes on to the next share of those polled, even with a verb of speech",
     "A survey by the Harlow Institute found that 41 percent of renters back the levy and 30 percent say it goes "
     "too far.",
     "back the levy", "that 41 percent of renters back the levy and 30 percent say it goes too far"),
    ("look-alike: after a verb of speech ', while' is still the writer's",
     "The mayor said 41 percent of renters backed the levy, while the council chose to shelve it.",
     "backed the levy", "41 percent of renters backed the levy"),
    ("look-alike: a finding's own subject saying more is a second report",
     "The Delmar study found the canal was safe and argued that the locks should reopen.",
     "canal was safe", "the canal was safe"),

    # an "-ing" word that "and" joins to the next is an item of a list, not the writer's participle
    ("an '-ing' adjective in a list of the report's",
     "Councilwoman Dara Pell called him a kind, caring and honest neighbor.",
     "kind", "him a kind, caring and honest neighbor"),
    ("a list of gerunds after the first",
     "Councilwoman Dara Pell accused the board of stalling, hiding, and destroying records about the dam.",
     "stalling", "the board of stalling, hiding, and destroying records about the dam"),
    ("an '-ing' noun with one more word, then 'and'",
     "Councilwoman Dara Pell cited needs such as new roads, parking lots and street lights.",
     "new roads", "needs such as new roads, parking lots and street lights"),
    ("a participle with no 'and' after it, closing a whole clause, goes on with it",
     "Councilwoman Dara Pell said the dam would be finished by May, making it the largest in the county.",
     "finished by May", "the dam would be finished by May, making it the largest in the county"),
    ("look-alike: a participle of speech starts a report of its own",
     "Councilwoman Dara Pell said the dam would be finished by May, telling voters and reporters it was safe.",
     "finished by May", "the dam would be finished by May"),

    # a participle's phrase or a concession between the reported clause's subject and its predicate
    ("a participle's phrase after the subject, the predicate after it",
     "Ms. Okafor said that her years on the harbor board, promoting new ferry routes in towns such as Dunmore, "
     "will count in her favor.",
     "harbor board", "that her years on the harbor board, promoting new ferry routes in towns such as Dunmore, "
                     "will count in her favor"),
    ("a concession after the subject, the predicate after it",
     "Mr. Brant said the dispute over the dam, while awkward, was settled properly.",
     "dispute over the dam", "the dispute over the dam, while awkward, was settled properly"),
    ("look-alike: after a clause with its verb, ', while' is the writer's",
     "Mr. Brant said the dam was finished, while the canal was still closed.",
     "dam was finished", "the dam was finished"),
    ("look-alike: after a clause with its verb, a participle is the writer's",
     "Mr. Brant said the dam was finished, leaving the canal, which is older, in need of repair.",
     "dam was finished", "the dam was finished"),

    # a headline's words after the quote that follows "Name:" are what it reports too
    ("a headline goes on after its quote",
     "Mayor Lina Varga: ‘No Deal’ Until the Ferry Runs Again.\n\nMayor Lina Varga said on Monday that the town "
     "would not sign the harbor contract.",
     "No Deal", "No Deal’ Until the Ferry Runs Again"),
    ("look-alike: a headline that the quote closes is the quote",
     "Mayor Lina Varga: ‘We Will Not Close the Pier.’\n\nMayor Lina Varga said on Monday that the town would "
     "not sign the harbor contract.",
     "Close the Pier", "We Will Not Close the Pier."),
    ("look-alike: a quote that ends its sentence, then a second sentence",
     "Mayor Lina Varga was blunt: ‘No deal.’ The council agreed with her.\n\nVarga said on Monday that the town "
     "would not sign.",
     "No deal", "No deal."),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in REPORT_GOES_ON], ids=[r[0] for r in REPORT_GOES_ON])
def test_report_goes_on_to_its_end(text, phrase, said):
    assert report_text(text, phrase) == said
