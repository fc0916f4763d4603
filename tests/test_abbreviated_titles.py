"""Offices written abbreviated before a name ("State Rep. Tina Marsh", "Army Capt. Lena Pardo"): the office
is the role, with the words before it, and never part of the name; "the admiral" finds "Adm. Harry Vell".

Each row is a sentence of the team's own (invented people and places), the phrase of the quote it is about,
and the speaker and role that quote must carry; the look-alikes keep a name that looks like a title.
"""
import pytest

from found import find
from quotes import extract

TITLES = [
    ("a word before the office", "State Rep. Tina Marsh, a Republican, said the levy was fair.",
     "levy was fair", "Tina Marsh", "State Rep."),
    ("'Former' before the office", "Former Gov. Ana Vela said the bridge had been safe for years.",
     "bridge had been safe", "Ana Vela", "Former Gov."),
    ("a service and a rank, after an inverted verb",
     "“We were never told,” said Army Capt. Lena Pardo, who served two tours.",
     "never told", "Lena Pardo", "Army Capt."),
    ("a given name that is also a particle",
     "Minnesota Sen. Al Vane said the farm bill would pass.",
     "farm bill would pass", "Al Vane", "Minnesota Sen."),
    ("a rank alone says less than the appositive after the name",
     "Gen. Ann Vale, a retired commander of the northern fleet, said the base should stay open.",
     "base should stay open", "Ann Vale", "retired commander of the northern fleet"),
    # look-alikes
    ("a surname that is an honorific too",
     "Former Marlow Lt. Gov. Nora Judge said the race was close.",
     "race was close", "Nora Judge", "Former Marlow Lt. Gov."),
    ("a lower-case particle inside the name", "Mayor Bill de Varo said the pier would reopen.",
     "pier would reopen", "Bill de Varo", "Mayor"),
]


@pytest.mark.parametrize("why,text,phrase,speaker,role", TITLES, ids=[r[0] for r in TITLES])
def test_an_abbreviated_office_is_the_role_and_no_part_of_the_name(why, text, phrase, speaker, role):
    q = find(extract(text), phrase)
    assert (q.speaker, q.role) == (speaker, role), (q.speaker, q.role, q.mention, q.rule)


def test_the_rank_spelt_out_finds_the_one_it_was_abbreviated_for():
    text = ("Adm. Harry Vell took command of the fleet in May.\n\n"
            "The new orders had two aims, the admiral said. Both were meant to calm the allies.")
    q = find(extract(text), "had two aims")
    assert q.speaker == "Harry Vell", (q.speaker, q.mention, q.rule)
