"""Where a reported stance begins: after a verb of showing or voicing and the feeling it shows ("expressed
support for the levy", "showed no sign of giving way"), and after "said little about", what the stance is
about is the report, not the noun and its preposition, which go with the verb. A "they" after "None of the …" stands
for the group itself.

Each row is a sentence of the team's own (invented people and places) and the report it must give; the
look-alikes are sentences of the same shape that the rule must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report(text, phrase):
    """The report that holds the phrase."""
    return find(extract(text), phrase)


# a verb of showing or voicing, a stance noun (with what describes it) and its preposition: the object reports
STANCE_OBJECT = [
    ("'expressed support for'",
     "Mayor Ines Vallo also expressed support for the new harbor levy.",
     "harbor levy", "the new harbor levy", "also expressed support for"),
    ("'voiced' with an adjective before the noun",
     "Councilwoman Orla Brink voiced deep misgivings about the ferry contract.",
     "ferry contract", "the ferry contract", "voiced deep misgivings about"),
    ("'offered' with an article and an adjective",
     "Governor Tomas Reyes offered a spirited defense of the fishing town.",
     "fishing town", "the fishing town", "offered a spirited defense of"),
    ("'showed no sign of' before a gerund",
     "Mayor Ines Vallo showed no sign of ending the ferry strike.",
     "ferry strike", "ending the ferry strike", "showed no sign of"),
    ("'has expressed discomfort with', the auxiliary in the cue",
     "Captain Pavel Drey has expressed discomfort with the new harbor rules.",
     "harbor rules", "the new harbor rules", "has expressed discomfort with"),
    ("'indicated any interest in'",
     "Judge Tomas Arvel never indicated any real interest in leading the appeals court.",
     "appeals court", "leading the appeals court", "never indicated any real interest in"),
    # how much was said, then what it was about
    ("'said little about'",
     "Senator Orla Brink said little about how the canal would be paid for.",
     "canal would be paid", "how the canal would be paid for", "said little about"),
    ("'says almost nothing about'",
     "The mayor's budget says almost nothing about the flooded tunnel.",
     "flooded tunnel", "the flooded tunnel", "says almost nothing about"),
]


@pytest.mark.parametrize("why, text, phrase, said, cue", STANCE_OBJECT, ids=[r[0] for r in STANCE_OBJECT])
def test_a_shown_stance_reports_what_it_is_about(why, text, phrase, said, cue):
    q = report(text, phrase)
    assert q.text == said and cue.startswith(q.cue), (q.text, q.cue)   # the cue: its verb (and auxiliaries)


# look-alikes: the noun is not what the object is about, or no stance noun comes after the verb
STANCE_LOOK_ALIKES = [
    ("the phrase after the noun says where it was voiced",
     "Governor Tomas Reyes expressed frustration in an interview that the ferry board had stalled.",
     "frustration", "frustration"),
    ("a clause between the noun and a preposition",
     "Councilwoman Orla Brink expressed alarm that her views on the levy were ignored.",
     "levy were ignored", "alarm that her views on the levy were ignored"),
    ("a verb of speech with its clause",
     "Mayor Ines Vallo said the support for the harbor levy was growing.",
     "harbor levy", "the support for the harbor levy was growing"),
]


@pytest.mark.parametrize("why, text, phrase, said", STANCE_LOOK_ALIKES, ids=[r[0] for r in STANCE_LOOK_ALIKES])
def test_other_objects_keep_their_start(why, text, phrase, said):
    assert report(text, phrase).text == said


def test_they_after_none_of_the_group_is_the_group():
    text = ("None of the ferry captains would sign the letter. Mostly, they have offered sharp words about the "
            "dredging plan.")
    q = report(text, "dredging plan")
    assert (q.text, q.speaker) == ("the dredging plan", "the ferry captains")
