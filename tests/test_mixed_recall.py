"""Reports that are partly in quotation marks ("called the plan “a disaster”"), found whole and cut where
they end, next to look-alikes whose words go on past the marks.

Each row gives a sentence, a phrase of the report it holds, and the words the report must end with (or,
for a look-alike, words it must still hold).
"""
import pytest

from found import find
from quotes import extract


def report(text, phrase):
    """The text of the quote holding ``phrase``, its edges' white space left out."""
    return find(extract(text), phrase).text.strip()


# A comma set inside the closing mark (American style) ends the quoted words, and the report with them
# when the writer's words follow: a participle after an object, an appositive, "which"; the report goes
# on past "but", "where", "who", and past a participle after a reported clause.
ENDS_AT_THE_MARKS = [
    ("object, then a participle", 'In a post, Hale called Ruiz the "ultimate fraud," pointing to a report on '
                                  'her.', "ultimate fraud", 'Ruiz the "ultimate fraud,"'),
    ("object, then an appositive", 'Mayor Ana Ruiz called the harbor plan a "costly mistake," the latest blow to '
                                   'the council.', "costly mistake", 'the harbor plan a "costly mistake,"'),
    ("curly marks, then which", "Tom Hale said the old pier was “beyond saving,” which angered the fishermen.",
     "beyond saving", "the old pier was “beyond saving,”"),
]

GOES_ON_PAST_THE_MARKS = [
    ("clause, then a participle", 'Hale said the new bylaw could be "a fair middle way," giving towns '
                                  'more say.', "fair middle way", "giving towns more say"),
    ("clause, then but", 'Ana Ruiz said parts of the plan are "open to talks," but only its smallest details.',
     "open to talks", "but only its smallest details"),
    ("clause, then where", 'Tom Hale said the ferry could reach "a town in trouble," where the docks are '
                           'empty.', "a town in trouble", "where the docks are empty"),
]


@pytest.mark.parametrize("name,text,phrase,ending", ENDS_AT_THE_MARKS, ids=[c[0] for c in ENDS_AT_THE_MARKS])
def test_report_ends_with_its_quoted_words(name, text, phrase, ending):
    assert report(text, phrase).endswith(ending)


@pytest.mark.parametrize("name,text,phrase,words", GOES_ON_PAST_THE_MARKS,
                         ids=[c[0] for c in GOES_ON_PAST_THE_MARKS])
def test_report_goes_on_past_its_quoted_words(name, text, phrase, words):
    assert words in report(text, phrase)


# A verb that names or describes its object, with quoted words for the name, reports them even when the
# article never names its subject: the subject is kept as written. Not a thing's own name right after the
# verb ('a film called “…”'), nor a telephone call ('called the council about …').
NAMED_BY_AN_UNKNOWN_SUBJECT = [
    ("describes as", "Border agents described the ground under the town as “Swiss cheese.”", "Swiss cheese",
     "the ground under the town as", "Border agents"),
    ("calls", 'Retired pilots called the new runway "a death trap."', "a death trap", "the new runway",
     "Retired pilots"),
]

NOBODY_NAMES_IT = [
    ("a thing's own name", 'They shot a short film called "Salt Roads" on the coast.', "Salt Roads"),
    ("a telephone call", 'Several neighbors called the council about the noise on "party nights."', "party nights"),
]


@pytest.mark.parametrize("name,text,phrase,start,mention", NAMED_BY_AN_UNKNOWN_SUBJECT,
                         ids=[c[0] for c in NAMED_BY_AN_UNKNOWN_SUBJECT])
def test_a_name_in_marks_is_reported_with_its_subject_as_written(name, text, phrase, start, mention):
    q = find(extract(text), phrase)
    assert q.kind == "partial" and q.text.startswith(start) and q.mention == mention


@pytest.mark.parametrize("name,text,phrase", NOBODY_NAMES_IT, ids=[c[0] for c in NOBODY_NAMES_IT])
def test_a_name_nobody_gives_is_no_report(name, text, phrase):
    assert not [q for q in extract(text) if phrase in q.text]


# Verbs that describe their object as something ("heralded the deal as a “breakthrough”") report it like
# "described"; in a relative clause whose object went before it ("the harbour that the rivals will depict
# on Thursday …") the verb reports nothing.
DESCRIBED_AS = [
    ("heralded as", "Mayor Ana Ruiz heralded the council’s deal with the union as a “breakthrough.”",
     "breakthrough", "the council’s deal with the union as", "Ana Ruiz"),
    ("characterized as", 'Tom Hale characterized the levy as "a tax on fishermen."', "a tax on fishermen",
     "the levy as", "Tom Hale"),
]

OBJECT_BEFORE_THE_VERB = [
    ("that, then a day", "By contrast, the harbour that the rivals will depict on Friday night at their "
                         "forum is a bleaker place."),
    ("that, then when", "The plan that Tom Hale criticized when the council met was dropped."),
]


@pytest.mark.parametrize("name,text,phrase,start,speaker", DESCRIBED_AS, ids=[c[0] for c in DESCRIBED_AS])
def test_described_as_something_in_marks(name, text, phrase, start, speaker):
    q = find(extract(text), phrase)
    assert q.kind == "partial" and q.text.startswith(start) and q.speaker == speaker


@pytest.mark.parametrize("name,text", OBJECT_BEFORE_THE_VERB, ids=[c[0] for c in OBJECT_BEFORE_THE_VERB])
def test_a_verb_whose_object_went_before_it_reports_nothing(name, text):
    assert extract(text) == []


# "calling" right after a noun, with no comma, is that noun's: "with Mayor Ruiz calling it a “cruel joke”".
# What it calls the thing is the object and its quoted name, up to a comma, "and" or a subordinate clause.
NOUN_CALLING = [
    ("with X calling", "Residents were upset about the plan, with Mayor Ana Ruiz calling it a “cruel joke.”",
     "cruel joke", "it a “cruel joke.”", "Mayor Ana Ruiz"),
    ("and X calling", "Both spoke warmly – Ruiz saying she was “very pleased” and Tom Hale calling it a “great "
                      "meeting.”", "great meeting", "it a “great meeting.”", "Tom Hale"),
    ("then when", 'Hale defended his remarks calling the council "weak" when it closed the pier in 2009.', "weak",
     'the council "weak"', "Hale"),
    # the look-alike: after a comma the participle shares the sentence's subject, as before
    ("comma, calling", 'Hale criticized the plan, calling it "a cruel joke."', "a cruel joke", 'it "a cruel joke."',
     "Hale"),
]


@pytest.mark.parametrize("name,text,phrase,said,mention", NOUN_CALLING, ids=[c[0] for c in NOUN_CALLING])
def test_what_the_noun_before_calling_calls_it(name, text, phrase, said, mention):
    q = find(extract(text), phrase)
    assert q.kind == "partial" and q.text == said and q.mention == mention


def test_calling_for_is_no_name():
    assert extract('Dozens of protesters calling for "real change" marched on the hall.') == []


# A sentence after a quote that opens with a speaker and a verb belongs to the quote ("“Enough!” Hale said,
# pointing …"), unless a clause follows the verb straight away with quoted words of its own: then it is a
# report of its own, and the quote before it is not its speaker's.
OWN_REPORT_AFTER_A_QUOTE = ("The mayor spoke first. “It shows a lack of spine.” Tom Hale said both Ruiz and "
                            "Okafor are \"nobodies in the council.\"")

ATTRIBUTION_AFTER_A_QUOTE = [
    ("comma, participle", '“Enough!” Tom Hale said, pointing to the "closed" sign.'),
    ("preposition", '“Enough!” Tom Hale wrote in his "weekly" letter.'),
]


def test_a_clause_with_quoted_words_after_the_verb_is_a_report_of_its_own():
    quotes = extract(OWN_REPORT_AFTER_A_QUOTE)
    said = find(quotes, "nobodies")
    assert said.kind == "partial" and said.speaker == "Tom Hale" and said.text.startswith("both Ruiz")
    assert find(quotes, "lack of spine").speaker != "Tom Hale"


@pytest.mark.parametrize("name,text", ATTRIBUTION_AFTER_A_QUOTE, ids=[c[0] for c in ATTRIBUTION_AFTER_A_QUOTE])
def test_the_sentence_after_a_quote_still_attributes_it(name, text):
    assert find(extract(text), "Enough").speaker == "Tom Hale"


# A pronoun's contracted auxiliary before a verb of saying makes it a verb ("She’s predicting", "He’s said"),
# where a name's "’s" before the same word is a possessive ("Ashford’s warning") and stays a noun.
CONTRACTED_AUXILIARY = [
    ("she's -ing", "Mayor Ana Ruiz spoke. She’s predicting a “long, hard winter.”", "long, hard winter",
     "a “long, hard winter.”", "Ana Ruiz"),
    ("he's said", "Tom Hale was asked about it. He’s said the pier is “beyond saving.”", "beyond saving",
     "the pier is “beyond saving.”", "Tom Hale"),
]


@pytest.mark.parametrize("name,text,phrase,said,speaker", CONTRACTED_AUXILIARY,
                         ids=[c[0] for c in CONTRACTED_AUXILIARY])
def test_a_contracted_auxiliary_makes_a_verb_of_saying(name, text, phrase, said, speaker):
    q = find(extract(text), phrase)
    assert q.kind == "partial" and q.text == said and q.speaker == speaker


@pytest.mark.parametrize("text", ["Ashford’s warning to the council went unheard.",
                                  "The mayor’s said nothing about the “harbor plan.”"],
                         ids=["a name's possessive", "a noun's 's"])
def test_a_possessive_before_the_word_leaves_it_a_noun(text):
    assert extract(text) == []
