"""Faults a reader of a local court story would see, in our own sentences.

A wire credit after the last quote ("— Reporting by …") is no speaker; "added her neighbour, Colm Reilly"
names Colm Reilly; "sided with residents who argued" reports the residents; and a date in an aside about
something else ("The pier, built in 1911,") is not when anything was said.
"""
import pytest

from quotes import extract

ARTICLE_DATE = "2024-05-01"


def quotes_of(text):
    return extract(text, date=ARTICLE_DATE)


CREDIT_LINE_ROWS = [
    pytest.param("— Reporting by Sam Ode", id="reporting-by"),
    pytest.param("– Additional reporting by Sam Ode; editing by Lin Hart", id="additional-reporting"),
    pytest.param("— Compiled by the city desk", id="compiled-by"),
]


@pytest.mark.parametrize("credit", CREDIT_LINE_ROWS)
def test_a_credit_line_after_the_last_quote_is_no_speaker(credit):
    text = ("“I walked on that pier every day,” said Priya Nair. “My children deserve the same.\n\n"
            "“If the town wants to fix it, we will help.”\n\n" + credit)
    found = quotes_of(text)
    assert found and {q.speaker for q in found} == {"Priya Nair"}


def test_a_dash_and_a_name_after_a_quote_still_names_its_speaker():
    text = "“If the town wants to fix it, we will help.”\n\n— Priya Nair, who organised the petition"
    assert [q.speaker for q in quotes_of(text)] == ["Priya Nair"]


DESCRIBED_THEN_NAMED = [
    pytest.param("“It is a good day,” added her neighbour, Colm Reilly.", ("Colm Reilly", "neighbour"), id="her-neighbour"),
    pytest.param("“It is a good day,” said his sister, Ana Reilly.", ("Ana Reilly", "sister"), id="his-sister"),
    pytest.param("“It is a good day,” said a dockworker, Sam Lee.", ("Sam Lee", "dockworker"), id="a-dockworker"),
    pytest.param("“It is a family business,” said Moreno's daughter, Elena.", ("Elena", "Moreno's daughter"),
                 id="a-possessive-name-then-a-first-name"),
    pytest.param("“It is a family business,” said Moreno's lawyer, Ana Vela, on Monday.", ("Ana Vela", "Moreno's lawyer"),
                 id="a-possessive-name-then-a-full-name"),
    # look-alikes: no name follows
    pytest.param("“It is a good day,” said her neighbour.", ("her neighbour", "her neighbour"), id="no-name"),
    pytest.param("“It is a family business,” said Moreno's daughter.", ("Moreno's daughter", "Moreno's daughter"),
                 id="a-possessive-name-and-no-name"),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_THEN_NAMED)
def test_a_description_then_a_name(text, expected):
    q = quotes_of(text)[0]
    assert (q.speaker, q.role) == expected


ANTECEDENT_ROWS = [
    pytest.param("The council sided with residents who argued that the town had skipped a review.", "residents",
                 id="sided-with"),
    pytest.param("The mayor spoke to security experts who say the pier is unsafe.", "security experts", id="spoke-to"),
    # look-alike: "of" belongs to the phrase the pronoun stands for
    pytest.param("Members of the crew who said the boat was unsafe have left.", None, id="members-of"),
]


@pytest.mark.parametrize("text, speaker", ANTECEDENT_ROWS)
def test_who_stands_for_the_noun_after_a_preposition(text, speaker):
    q = next(q for q in quotes_of(text) if q.cue in ("argued", "say", "said"))
    assert q.speaker == speaker
    if speaker is None:
        assert q.mention == "Members of the crew"


DATE_ROWS = [
    pytest.param("The pier, built in 1911, was shut after a report found that its pilings had rotted.", ARTICLE_DATE,
                 id="built-in-an-aside"),
    pytest.param("The club, founded in 1850 by two fishermen, said on Monday that it would close.", "2024-04-29",
                 id="founded-in-an-aside-then-the-day"),
    # look-alikes: the aside says when they spoke
    pytest.param("The mayor, asked on Monday about the pier, said it would stay.", "2024-04-29", id="asked-on-monday"),
    pytest.param("In a speech on Monday, the mayor said the pier would stay.", "2024-04-29", id="opening-phrase"),
]


@pytest.mark.parametrize("text, date", DATE_ROWS)
def test_a_date_in_an_aside_about_something_else(text, date):
    assert quotes_of(text)[0].date == date


PHOTO_CREDIT_ROWS = [
    pytest.param("Neilson Vale via Getty Images", id="via-getty-images"),
    pytest.param("Neilson Vale/Reuters", id="slash-agency"),
]


@pytest.mark.parametrize("credit", PHOTO_CREDIT_ROWS)
def test_a_photographer_in_a_credit_is_nobody_a_description_means(credit):
    text = ("The actor Peter Serafin posted the clip on Thursday.\n\n" + credit + "\n\n"
            "“What if he had lessons?” asked the 43-year-old.")
    assert quotes_of(text)[-1].speaker == "Peter Serafin"
