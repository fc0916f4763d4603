"""Reports whose subject is set apart from its verb, in sentences the team wrote.

A subject may stand before an aside that dashes set off: a second subject joined to it ("Harbor pilots —
and some captains — say …"), or a relative clause that describes it ("The harbor chief -- who has feuded
with the mayor for weeks -- said …"). The verb after the aside still reports what follows it, and its
source is the subject before the aside, not a word inside it.
"""
import pytest

from quotes import extract


def reported(text, said):
    """The quote whose text is ``said``."""
    quotes = extract(text)
    hits = [q for q in quotes if q.text == said]
    assert hits, f"no quote reads {said!r}; found {[(q.text, q.mention, q.rule) for q in quotes]}"
    return hits[0]


AFTER_A_DASHED_ASIDE = [
    ("a second subject between dashes, a that-clause",
     "Harbor pilots — and some ferry captains — say that the new levy far outweighs any savings.",
     "that the new levy far outweighs any savings", "Harbor pilots"),
    ("a second subject between dashes, a pronoun opens the clause",
     "Dock workers — and a few of their bosses — say they back the levy.",
     "they back the levy", "Dock workers"),
    ("a share and a second share between dashes, a that-clause with an opening phrase",
     "Three in five harbor pilots across the four ports — and two-thirds of captains in Dover — said that "
     "despite the storm, the ferry must keep running.",
     "that despite the storm, the ferry must keep running", "Three in five harbor pilots across the four ports"),
    ("a relative clause between double hyphens",
     "The harbor chief -- who has been feuding with the mayor since the spring vote -- said she regretted "
     "her remarks.",
     "she regretted her remarks", "The harbor chief"),
    ("a relative clause between dashes after an opening phrase",
     "Reached by phone on Tuesday, Tom Hale — who is listed as a lawyer in Ohio but does not practice law — "
     "told the Ledger he is not planning an appeal.",
     "he is not planning an appeal", "Tom Hale"),
    ("a relative clause between hyphens that holds a report of its own",
     "Mayor Ana Ruiz - who previously said she would sink the pier plan - said at a rally that the town "
     "should also close its docks.",
     "that the town should also close its docks", "Mayor Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,mention", AFTER_A_DASHED_ASIDE, ids=[c[0] for c in AFTER_A_DASHED_ASIDE])
def test_the_subject_before_a_dashed_aside_speaks(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


def test_the_report_inside_the_dashed_relative_clause_keeps_its_speaker():
    text = ("Mayor Ana Ruiz - who previously said she would sink the pier plan - said at a rally that the town "
            "should also close its docks.")
    q = reported(text, "she would sink the pier plan")
    assert q.mention == "Mayor Ana Ruiz", (q.mention, q.rule)


def test_a_clause_before_the_dash_is_no_subject():
    # "This was the captain we knew" holds a verb of its own: the verbs after the asides go on its list
    text = ("This was the captain we all knew, the captain who doubts the pilots, who fights with the press, "
            "claims that the harbor board “takes its orders” from Dover, and asserts that the port is failing.")
    for q in extract(text):
        assert q.mention != "This was the captain we all knew", (q.text, q.mention, q.rule)


LONG_SUBJECT_BEFORE_AN_ASIDE = [
    ("a relative clause, then an aside of where",
     "Some fishermen who have heard the mayor speak on the radio for years, or at small town halls, said he had less "
     "charm than they remembered.",
     "he had less charm than they remembered", "Some fishermen"),
    ("a participle's phrase that ends in a place, then an aside naming one of them",
     "Numerous dock workers interviewed at rallies in Dover this week, including Mr. Birch, said they had no "
     "problem with the plan.",
     "they had no problem with the plan", "workers"),
]


@pytest.mark.parametrize("name,text,said,mention", LONG_SUBJECT_BEFORE_AN_ASIDE,
                         ids=[c[0] for c in LONG_SUBJECT_BEFORE_AN_ASIDE])
def test_a_long_subject_before_an_aside_is_read_to_its_head_noun(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


def test_a_clause_before_the_comma_is_no_long_subject():
    # "Hale jokingly offered …" is a clause: the verb after its comma shares Hale, not "Harbor Master"
    text = "Hale half-seriously offered the skipper a post as Harbor Master of the eastern bay, then says he will take advice."
    for q in extract(text):
        assert q.mention != "Harbor Master", (q.text, q.mention, q.rule)


REPORTED_BY = [
    ("an outlet", "The harbor deal was first reported by the Ledger.", "The harbor deal", "the Ledger"),
    ("an outlet and the day", "Word of the club's relocation was first reported by the Dover Herald on Tuesday.",
     "Word of the club's relocation", "the Dover Herald"),
    ("no adverb", "Tom Hale's role in the plan was reported by Harbor Watch.", "Tom Hale's role in the plan",
     "Harbor Watch"),
]


@pytest.mark.parametrize("name,text,said,mention", REPORTED_BY, ids=[c[0] for c in REPORTED_BY])
def test_what_was_reported_by_an_outlet_is_its_report(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


NOT_REPORTED_BY = [
    ("the agent's claim follows", "The ferry was reported by the crew to be sinking fast."),
    ("the sentence goes on", "The harbor deal was first reported by the Ledger, which later sold its stake."),
    ("a clause, not a thing", "Hale said the deal was first reported by the Ledger."),
]


@pytest.mark.parametrize("name,text", NOT_REPORTED_BY, ids=[c[0] for c in NOT_REPORTED_BY])
def test_reported_by_look_alikes(name, text):
    for q in extract(text):
        assert q.rule != "thing reported by source", (q.text, q.mention, q.rule)


AFTER_AN_OPENING_PHRASE = [
    ("an opening adverb, an infinitive", "Still, Ruiz has threatened to quit the board.",
     "to quit the board", "Ruiz"),
    ("an opening adverb and a dashed relative clause",
     "Still, Hale - who met his aides on the ferry home to Dover - has vowed to fight on.",
     "to fight on", "Hale"),
    ("an opening phrase of where, an object", "In a Ledger essay last week, Ana Ruiz acknowledged their long odds.",
     "their long odds", "Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,mention", AFTER_AN_OPENING_PHRASE, ids=[c[0] for c in AFTER_AN_OPENING_PHRASE])
def test_an_opening_phrase_before_the_subject_is_not_what_was_said(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


NOT_AFTER_AN_OPENING_PHRASE = [
    ("a verb of evidence", "In Dover, he showed flashes of anger.", "flashes of anger"),
    ("a preposition's object", "Now, Hale has responded to the letter.", "the letter"),
]


@pytest.mark.parametrize("name,text,words", NOT_AFTER_AN_OPENING_PHRASE, ids=[c[0] for c in NOT_AFTER_AN_OPENING_PHRASE])
def test_what_was_shown_or_answered_after_an_opening_phrase_is_no_report(name, text, words):
    assert not [q for q in extract(text) if words in q.text]


def test_a_clause_before_the_subject_is_still_what_was_said():
    q = reported("The pier will close, Ruiz said on Friday.", "The pier will close")
    assert q.mention == "Ruiz"


MORE_LIKELY_TO_SAY = [
    ("a that-clause", "Union members were far more likely to say that Ruiz speaks for them.",
     "that Ruiz speaks for them", "Union members"),
    ("a bare clause", "Dock workers in Dover were more likely to say Hale still has a shot.",
     "Hale still has a shot", "Dock workers"),
]


@pytest.mark.parametrize("name,text,said,mention", MORE_LIKELY_TO_SAY, ids=[c[0] for c in MORE_LIKELY_TO_SAY])
def test_a_poll_comparison_of_what_people_say_is_their_report(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


def test_a_guess_at_what_someone_will_say_is_no_report():
    assert not [q for q in extract("Hale is likely to say no when the board meets.") if q.text == "no"]


MORE_ASIDE_SUBJECTS = [
    ("the dashed aside after an opening clause",
     "Even if Ruiz wins the vote, pilots in the next two ports — Ashford and Dover — said that she must close "
     "the gap.",
     "that she must close the gap", "pilots in the next two ports"),
    ("it's opens the clause",
     "Harbor pilots — and a few of the captains — said it’s important to keep the ferry running.",
     "it’s important to keep the ferry running", "Harbor pilots"),
]


@pytest.mark.parametrize("name,text,said,mention", MORE_ASIDE_SUBJECTS, ids=[c[0] for c in MORE_ASIDE_SUBJECTS])
def test_more_subjects_before_a_dashed_aside(name, text, said, mention):
    q = reported(text, said)
    assert q.mention == mention, (q.mention, q.rule)


def test_as_first_reported_by_an_outlet():
    q = reported("The pier board started buying ad time in three towns this week, as first reported by the Ledger "
                 "on Tuesday.", "The pier board started buying ad time in three towns this week")
    assert q.mention == "the Ledger", (q.mention, q.rule)


def test_a_noun_between_a_place_and_a_role_is_part_of_the_subject():
    q = reported("Hale was kind and careful, a Dover harbor official told the Ledger.", "Hale was kind and careful")
    assert q.mention == "a Dover harbor official", (q.mention, q.rule)


def test_reported_and_a_clause_report_it_for_a_subject_the_cast_does_not_know():
    q = reported("Harbor Watch also reported the gang has been smuggling crates into the port.",
                 "the gang has been smuggling crates into the port")
    assert q.mention == "Harbor Watch", (q.mention, q.rule)
