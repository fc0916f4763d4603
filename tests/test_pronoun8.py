"""Pronoun speakers: who a "he" or "she" points back to.

A name right after a subordinator that opens its sentence ("While Mr. Wren shares …, he …", "When Mr. Quist
spoke, …") is the subject of that clause, and the one the main clause's pronoun and the next sentences are
about. An abbreviated honorific after a capitalised opener ("While Mr. Wren") starts a name of its own, not
the tail of a name "While Mr".

One capitalised word after "the" ("The Ostbank denied …") is a body, not a person: the "it" after it is that
body.
"""
import pytest

import quotes

OPENING_CLAUSE_CASES = [
    # (text, the quote, its speaker)
    ("Mr. Tobias Wren runs the ferry board. Sen. Harlan Quist backed the levy last year.\n\n"
     "While Mr. Wren shares many of Mr. Quist's views, he opposed the levy. “It is a tax on commuters,” he said.",
     "It is a tax on commuters,", "Tobias Wren"),
    ("Sen. Harlan Quist backed the levy last year. Mr. Tobias Wren chairs the ferry board.\n\n"
     "When Mr. Quist spoke on Monday, the room was quiet. “We will not back down,” he said.",
     "We will not back down,", "Harlan Quist"),
    ("Gov. Nora Feld signed the bill. Rep. Ilse Marten had written it.\n\n"
     "After Rep. Marten left the chamber, the vote was held. “It was a long fight,” she said.",
     "It was a long fight,", "Ilse Marten"),
    # the subordinate clause's subject does not take over from a main clause's subject named after it
    ("Mr. Tobias Wren runs the ferry board. Sen. Harlan Quist backed the levy.\n\n"
     "When the vote came, Mr. Wren said little. “We will see,” he said.",
     "We will see,", "Tobias Wren"),
]


@pytest.mark.parametrize("text, quote, speaker", OPENING_CLAUSE_CASES)
def test_a_pronoun_after_an_opening_clause(text, quote, speaker):
    found = [q for q in quotes.extract(text, date="2024-05-06") if q.text == quote]
    assert [(q.speaker, q.mention) for q in found] == [(speaker, found[0].mention if found else None)]
    assert found[0].mention in ("he", "she")


IT_CASES = [
    # (text, the report's words, its speaker)
    ("Tom Vale spoke first. The Ostbank denied any role in the leak. It said the files were never shared.",
     "the files were never shared", "Ostbank"),
    ("Tom Vale runs the mill.\n\nThe Ostbank is wary of a slump. It plans to lift its lending rate in small steps "
     "over the year.", "to lift its lending rate in small steps over the year", "Ostbank"),
]


@pytest.mark.parametrize("text, quote, speaker", IT_CASES)
def test_it_after_a_lone_name_with_the(text, quote, speaker):
    found = [q for q in quotes.extract(text, date="2024-05-06") if q.text == quote]
    assert [(q.speaker, q.mention) for q in found] == [(speaker, "It")]


def test_a_surname_the_article_knows_stays_a_person():
    text = ("Ana Okafor runs the mill. The Okafor who ran it before her, Tom Okafor, said the mill would close. "
            "He said it was too old.")
    found = [q for q in quotes.extract(text, date="2024-05-06") if q.text == "it was too old"]
    assert [q.speaker for q in found] == ["Tom Okafor"]


# (text, the quoted words or report, its speaker): pronouns that keep to the one the sentences are about
ANTECEDENT_CASES = [
    # quoted words after '“…,” he said, but': the quote just before in the text, though a report of the
    # paragraph was found after it
    ("Mayor Tom Ruiz dismissed the plan as the work of the ferry lobby. “I like the ferry people,” he said, but "
     "“when it comes to the harbor they have an interest of their own.”",
     "when it comes to the harbor they have an interest of their own.", "Tom Ruiz"),
    # the subject of a "when" clause after an opening phrase's comma
    ("Gov. Ben Ruiz spoke at the dinner. Unlike in 2019, when Mr. Kessel turned his speech into a list of his own "
     "wins, on this night he praised his old friend Gov. Ruiz before attacking the board. It is time for the "
     "town to be led, he said, “by someone who shows up.”",
     "It is time for the town to be led “by someone who shows up.”", "Kessel"),
    # someone described, never named, who speaks: the "he" after it
    ("Mayor Tom Ruiz opened the fair on Monday.\n\nOne Ohio farmer said his spare tickets went to his "
     "neighbors. Nobody else wanted them, he said. “Not a single one,” he said.",
     "Not a single one,", "One Ohio farmer"),
    # a name inside what someone recalled ("recalled that …, Ruiz wasn't …") is not the sentence's subject
    ("Gov. Ben Ruiz won the harbor vote in a landslide.\n\nTom Kessel, a radio host in the harbor town, recalled "
     "last week that before the vote, Ruiz wasn’t taken seriously by his listeners, who asked if “he would be "
     "the token outsider.”\n\n“I hate to say it, but that is how people saw it,” he said.",
     "I hate to say it, but that is how people saw it,", "Tom Kessel"),
]


@pytest.mark.parametrize("text, quote, speaker", ANTECEDENT_CASES)
def test_the_antecedent_a_pronoun_keeps(text, quote, speaker):
    found = [q for q in quotes.extract(text, date="2024-05-06") if q.text == quote]
    assert [q.speaker for q in found] == [speaker]
