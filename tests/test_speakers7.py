"""Speakers of quotes and reports that the engine gave to the wrong person, or to no one, although the
sentence names who spoke (speakers7).

Each table row is a sentence of its own (invented names and places), words its quote must hold, and the
speaker that quote must get.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The shortest quote whose text holds ``words``."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


# A report that runs up to a colon, then a quote: the quote goes on in the report's speaker's voice.
QUOTE_AFTER_A_REPORTS_COLON = [
    ("a report with quoted words, then a colon and a quote",
     'Marlow said the delay was a "fatal mistake" and that she had learned her lesson: '
     '"We are ready for a longer fight if we need one."',
     "ready for a longer fight", "Marlow"),
    ("the same with curly marks",
     "Councillor Bea Tandy said the vote was “rushed” and that the council owed residents an answer: "
     "“Nobody in Harwick was asked about the depot.”",
     "Nobody in Harwick", "Bea Tandy"),
]


@pytest.mark.parametrize("label,text,words,speaker", QUOTE_AFTER_A_REPORTS_COLON,
                         ids=[r[0] for r in QUOTE_AFTER_A_REPORTS_COLON])
def test_quote_after_a_reports_colon(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# A participle of speech shares a subject: the subject of the clause it hangs on, which after ", and" or "; " is
# that clause's own, and which in a sentence that opens with a quote comes after the quote.
PARTICIPLE_SUBJECTS = [
    ("a second clause joined by ', and', then ', saying'",
     "Tenant groups say the rules are unfair, and the Kent Civil Liberties Union has already sued the town, "
     "saying they violate free-speech rights.",
     "violate free-speech rights", "the Kent Civil Liberties Union"),
    ("a second clause after ', but'",
     "The planners backed the scheme, but the Marley Park Trust has lodged an appeal, "
     "arguing that the meadow floods every spring.",
     "the meadow floods", "Marley Park Trust"),
    ("a sentence that opens with a quote, then 'before asking'",
     "“Promise me you will call home,” Dalby sings to the crowd before asking them, "
     "“Where do we go from here?”",
     "Where do we go", "Dalby"),
]


@pytest.mark.parametrize("label,text,words,speaker", PARTICIPLE_SUBJECTS, ids=[r[0] for r in PARTICIPLE_SUBJECTS])
def test_participle_subjects(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# "Ruiz thanked Bell, and Vale, saying …": the name after "and" is one more object, with no verb of its own.
def test_a_name_after_and_with_no_verb_is_no_new_subject():
    text = "Mayor Ruiz thanked Bell, and Vale, saying the port would reopen in May."
    assert quote_holding(text, "the port would reopen").speaker == "Ruiz"


# Between a subject and its verb, commas may set off more than one phrase; a name inside a relative clause, the
# name of a paper after "the editor of a newspaper", or a body the subject is compared with is not the subject.
SUBJECT_PAST_NESTED_ASIDES = [
    ("a name inside a 'whose' clause",
     "Tom Vale, whose wife, Ana, runs the bakery, said the rent had doubled.",
     "the rent had doubled", "Tom Vale"),
    ("a company's name inside a 'whose' clause",
     "Mr. Dunmore, whose newest company, Brightwell, sells farm software, said the market was changing fast.",
     "the market was changing fast", "Dunmore"),
    ("a newspaper's name after the editor's description",
     "Paolo Ricci, the editor of the city's oldest newspaper, Il Corriere Verde, said every mayor was political.",
     "every mayor was political", "Paolo Ricci"),
    ("a body the subject is compared with, then a relative clause",
     "The Herald, like the Gazette, which was the first paper to do so, declared that the mayor had won.",
     "the mayor had won", "the Herald"),
]


@pytest.mark.parametrize("label,text,words,speaker", SUBJECT_PAST_NESTED_ASIDES,
                         ids=[r[0] for r in SUBJECT_PAST_NESTED_ASIDES])
def test_subject_past_nested_asides(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# Still: a plain relative clause, a name set off after a description, and one named as an example of many.
SUBJECTS_KEPT = [
    ("a relative clause with no comma inside",
     "Mr. Dunmore, whose company sells farm software, said the market was changing fast.",
     "the market was changing fast", "Dunmore"),
    ("a name after its description",
     "His campaign manager, Jon Vale, said the bus tour would go on.",
     "the bus tour would go on", "Jon Vale"),
    ("an example of an unnamed group",
     "Some defenders of the levy, like Ida Vellacott, a fellow at the Harbor Institute, also acknowledge that "
     "the town has failed its fishermen.",
     "failed its fishermen", "Ida Vellacott"),
]


@pytest.mark.parametrize("label,text,words,speaker", SUBJECTS_KEPT, ids=[r[0] for r in SUBJECTS_KEPT])
def test_subjects_kept(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# A participle after a comma whose sentence opens with an unnamed group: the group says it, not a noun of the
# object before a word that reads as a cue ("a court order"); but only within the participle's own sentence.
def test_participle_after_an_unnamed_group_subject():
    text = ("In May, several farm groups allowed Mr. Penhallow a delay on a court order to dredge the river, "
            "saying his \"funds were thinner than he had hoped.\"")
    quote = quote_holding(text, "funds were thinner")
    assert quote.mention == "several farm groups"


def test_participle_after_a_decade_ending_the_sentence_before():
    text = ("Many county officials say they expect the party to rebuild, just as it did in the 1990s. Dalworth "
            "reiterated that approach in an interview last week, saying the party was committed to every town.")
    assert quote_holding(text, "committed to every town").speaker == "Dalworth"
