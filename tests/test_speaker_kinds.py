"""Whether a speaker is a person, an organisation or a group, as the article's own words show it.

A body's name before a person's noun is whom the person serves ("the Harbor Authority's top spokeswoman"
is a person); a company's noun before a name says the name is a company's, whatever its last word
("the haulage company Brenner Freight", so a later "Brenner said" is the company); a body's kind before a
name says the same of unions, parties and clubs ("the dockers' union Hafen Eins"); so does the next
sentence calling it "it" ("Harlow Water said … . Its operations chief, …"), where no given name opens it.
"""
import pytest

import quotes

CASES = [
    # (article, the report's words, speaker, speaker type)
    ("The Harbor Authority's top spokeswoman said on Monday that the cranes would be repaired by June.",
     "that the cranes would be repaired by June", "The Harbor Authority's top spokeswoman", "person"),
    ("The Pentagon spokesman denied that any troops had been moved.",
     "that any troops had been moved", "The Pentagon spokesman", "person"),
    ("A court fined the haulage company Brenner Freight on Tuesday. Brenner said in a statement that it "
     "would appeal the fine.",
     "that it would appeal the fine", "Brenner Freight", "organization"),
    ("The dockers' union Hafen Eins welcomed the ruling on Friday.",
     "the ruling", "Hafen Eins", "organization"),
    ("The rowing club Lakeside Eights said it would host the regatta again next year.",
     "it would host the regatta again next year", "Lakeside Eights", "organization"),
    # a name the next sentence calls "it" is a company's, and no "she" means it
    ("Harlow Water said crews were out all night. Its operations chief, Ines Marr, said: “We will get to "
     "everyone.”", "crews were out all night", "Harlow Water", "organization"),
    ("Harlow Water said crews were out all night. Its operations chief, Ines Marr, said: “We will get to "
     "everyone.”", "We will get to everyone.", "Ines Marr", "person"),
    # with a given name first it stays a person: the "it" is something else of the sentence
    ("Ana Lind said the port was shut. Its director, Tom Bell, said it would reopen.",
     "the port was shut", "Ana Lind", "person"),
    # a body's own name that ends in a title's word stays the body
    ("The Tolbury Center for Justice noted that filings had doubled since March.",
     "that filings had doubled since March", "the Tolbury Center for Justice", "organization"),
]


@pytest.mark.parametrize("article, words, speaker, kind", CASES)
def test_speaker_kind_as_the_article_shows_it(article, words, speaker, kind):
    found = {q.text: q for q in quotes.extract(article, date="2024-05-06")}
    assert words in found, list(found)
    assert (found[words].speaker, found[words].speaker_type) == (speaker, kind)
