"""Direct quotes whose speaker comes after them, in sentences the team wrote.

A lead-in in the past perfect ("had written, “…”") is a lead-in as "wrote, “…”" is; without quoted words
"written" reports only a that-clause ("has written letters" reports nothing). A verb of accusation or of glossing one's own words attributes the quote before it as "said" does: "“…,”
Dana Pruitt charged", "“…,” she elaborated" (elsewhere "was charged with" and "elaborated on the plan"
report nothing). A speaker described with a demonstrative ("this Olden look-alike") is described as one with
"the" is.

A title whose comma closes an aside between a speaker and the verb ("Ed Marlow, author of “The Charter,” put
it, “…”") is part of the speaker's description: the speaker is the one named before it, for the quote after the
verb and for a clause the verb reports.
"""
import pytest

from quotes import extract

LEAD = "The fair closed early this year.\n\n"


def quote_of(text, said):
    """The quote whose text is ``said``."""
    quotes = extract(LEAD + text, date="2024-04-10")
    hits = [q for q in quotes if q.text == said]
    assert hits, f"no quote reads {said!r}; found {[(q.text, q.mention, q.rule) for q in quotes]}"
    return hits[0]


SPEAKER_AFTER_THE_QUOTE = [
    ("an accusation",
     '"You have insulted every farmer in the valley," Dana Pruitt charged in her opening remarks.',
     "You have insulted every farmer in the valley,", "Dana Pruitt"),
    ("a gloss on one's own words",
     'Mira Tolan spoke first. "In my view," Tolan elaborated, "nobody asked the growers."',
     "In my view, nobody asked the growers.", "Tolan"),
    ("a lead-in in the past perfect",
     'As the columnist Lena Porter had written a few years earlier, "No harbor ever grew without its ferrymen."',
     "No harbor ever grew without its ferrymen.", "the columnist Lena Porter"),
    ("a demonstrative description",
     '"The harbor is a treasure," this Olden look-alike declared in Port Ellis.',
     "The harbor is a treasure,", "this Olden look-alike"),
]


@pytest.mark.parametrize("name,text,said,mention", SPEAKER_AFTER_THE_QUOTE,
                         ids=[c[0] for c in SPEAKER_AFTER_THE_QUOTE])
def test_the_speaker_after_the_quote(name, text, said, mention):
    q = quote_of(text, said)
    assert q.mention == mention, (q.mention, q.rule)


NOTHING_REPORTED = [
    ("charged with a crime", "Police said the driver, Ezra Quill, was charged with speeding on the bridge.",
     "charged"),
    ("elaborated on a plan", "The mayor elaborated on the ferry plan at the dock.", "elaborated"),
    ("written letters", "Councillor Ivo Marsh has written letters to the ferry board for a decade.", "written"),
    ("written into a law", "The harbor board has written the fee into the port law.", "written"),
]


@pytest.mark.parametrize("name,text,cue", NOTHING_REPORTED, ids=[c[0] for c in NOTHING_REPORTED])
def test_the_verbs_report_nothing_elsewhere(name, text, cue):
    assert all(q.cue != cue for q in extract(LEAD + text, date="2024-04-10"))


AFTER_A_TITLED_ASIDE = [
    ("a lead-in after 'as'",
     'As Ed Marlow, author of "The Charter," put it, "A deal today is worth more than a perfect deal never made."',
     "A deal today is worth more than a perfect deal never made.", "Ed Marlow"),
    ("a lead-in with a comma",
     'Ed Marlow, author of "The Charter," said, "The ferry board has lost its way."',
     "The ferry board has lost its way.", "Ed Marlow"),
    ("a reported clause",
     "Dana Voss, host of “Harbor Hour,” suggested the new ferry schedule was a mistake.",
     "the new ferry schedule was a mistake", "Dana Voss"),
]


@pytest.mark.parametrize("name,text,said,mention", AFTER_A_TITLED_ASIDE, ids=[c[0] for c in AFTER_A_TITLED_ASIDE])
def test_the_speaker_before_a_titled_aside(name, text, said, mention):
    q = quote_of(text, said)
    assert q.mention == mention, (q.mention, q.rule)


INSIDE_A_DASHED_ASIDE = [
    ("a lead-in inside the aside",
     'Critics call Vale a dreamer - during their first debate, Ana Ruiz quipped, "I build, but I also finish" - '
     'yet he has passed three harbor bills.',
     "I build, but I also finish", "Ana Ruiz"),
    ("a name right before the aside",
     'Several councillors said the same, including the former mayor Ana Ruiz -- "It is wrong to hide the '
     'accounts" -- and Tom Bell, a former clerk.',
     "It is wrong to hide the accounts", "the former mayor Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,mention", INSIDE_A_DASHED_ASIDE, ids=[c[0] for c in INSIDE_A_DASHED_ASIDE])
def test_a_quote_inside_a_dashed_aside(name, text, said, mention):
    q = quote_of(text, said)
    assert q.mention == mention, (q.mention, q.rule)


def test_a_credit_line_after_a_dash_still_names_the_speaker():
    q = quote_of('"The pier must reopen," - Ana Ruiz, Ashford.', "The pier must reopen,")
    assert q.speaker == "Ana Ruiz", (q.speaker, q.rule)
