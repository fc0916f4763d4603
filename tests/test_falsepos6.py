"""Words that look like quotes or reports and are neither.

- idioms made of a cue word: "thanks to the rain" is "because of it", and "see eye to eye" is "agree";
  nobody thanks or sees anything said;
- a transcript's own notes inside its marks: a stage direction in brackets and capitals ("(CROSSTALK.)")
  and the credit line that closes it ("Follow Ana Ruiz on Twitter @aruiz."), which nobody spoke;
- a work's name in quotation marks, in title case, that the sentence goes on about in lower case with no
  verb of speech ("''Harbour Lights,'' which comes out in May"): a title, not what someone said.

Each row is a sentence of the team's own (invented people and places); the look-alikes are sentences of
the same shape that stay quotes or reports.
"""
import pytest

from found import find
from quotes import extract


def quotes_of(text):
    return extract(text, date="2024-05-03")


def texts(text):
    return [q.text for q in quotes_of(text)]


IDIOM_ROWS = [
    pytest.param("Drey did it to take the spotlight away from Ines Vallo, who now leads the race for the harbor seat "
                 "and fills the front pages, thanks to her three-county sweep Tuesday in the harbor primaries.",
                 "her three-county sweep", id="thanks-to"),
    pytest.param("He worked with Senator Drey on the single dredging question where they see eye to eye.",
                 "eye to eye", id="see-eye-to-eye"),
    pytest.param("Reyes and Drey share little, apart from the ferry fares, on which they see eye to eye.",
                 "eye to eye", id="see-eye-to-eye-named-pair"),
]


@pytest.mark.parametrize("text, words", IDIOM_ROWS)
def test_an_idiom_of_a_cue_word_reports_nothing(text, words):
    assert not any(words in t for t in texts(text)), [(q.text, q.rule) for q in quotes_of(text)]


IDIOM_LOOKALIKE_ROWS = [
    # the verbs themselves still report
    pytest.param("Mayor Vallo thanks the volunteers who cleaned the harbor after the storm.",
                 "the volunteers who cleaned the harbor after the storm", id="thanks-someone"),
    pytest.param("Governor Reyes sees the ferry deal as a turning point for the island.",
                 "the ferry deal as a turning point for the island", id="sees-something-as"),
]


@pytest.mark.parametrize("text, said", IDIOM_LOOKALIKE_ROWS)
def test_the_cue_words_still_report_outside_the_idiom(text, said):
    assert find(quotes_of(text), said).text == said


TRANSCRIPT = ('"WALLACE: Governor, will the ferry run this winter?\n\n'
              '"REYES: It will run every day, and the fares will not go up.\n\n'
              '"(CROSSTALK.)\n\n'
              '"WALLACE: Thank you, Governor.\n\n'
              '"Follow Ana Ruiz on Twitter @aruizNEN."')


def test_a_transcripts_stage_direction_and_credit_line_are_no_ones_words():
    found = quotes_of(TRANSCRIPT)
    spans = [TRANSCRIPT[s:e] for q in found for s, e in q.spans]
    assert not any("CROSSTALK" in s for s in spans), spans
    assert not any("Follow Ana Ruiz" in s for s in spans), spans
    # the turns themselves stay quotes of their speakers
    turn = find(found, "It will run every day")
    assert turn.speaker is not None and "REYES" in turn.speaker.upper()


TITLE_ROWS = [
    pytest.param('"I wanted to show the reader the good that the port does as well as the bad," Ana Ruiz said.\n\n'
                 '"Harbour Lights," which will be in bookstores in May, is her second book.',
                 "Harbour Lights", id="title-then-which"),
    pytest.param("Ana Ruiz, who founded the paper, keeps writing her column for the Ledger, ''Tidewater,'' twice a "
                 "week.", "Tidewater", id="title-then-how-often"),
    pytest.param("Admiral Drey wants his officers to read history. One of his recent reads, ''The Long Watch,'' by "
                 "Tomas Arvel, is about the blockade.", "The Long Watch", id="title-then-by-author"),
]


@pytest.mark.parametrize("text, title", TITLE_ROWS)
def test_a_works_name_the_sentence_goes_on_about_is_no_quote(text, title):
    assert not any(q.kind == "direct" and title in q.text for q in quotes_of(text)), \
        [(q.text, q.kind, q.rule) for q in quotes_of(text)]


TITLE_LOOKALIKE_ROWS = [
    # a chant of a name, and words someone said, stay quotes
    pytest.param("The crowd at the pier met the mayor with chants of \u201cVallo, Vallo, Vallo\u201d as she arrived.",
                 "Vallo, Vallo, Vallo", id="chant-of-a-name"),
    pytest.param("\u201cWe will keep the ferry running all winter,\u201d Governor Reyes said on Monday.",
                 "We will keep the ferry running all winter,", id="a-quote-with-its-speaker"),
]


@pytest.mark.parametrize("text, words", TITLE_LOOKALIKE_ROWS)
def test_quoted_words_that_were_said_stay_quotes(text, words):
    assert find(quotes_of(text), words).kind == "direct"


# a number may carry the comma that closes a title in a list of titles: '“Apollo 9,”' is a title as "Low Tide," is
TITLE_WITH_NUMBER_ROWS = [
    pytest.param("Ines Vallo, who has been acting since 1980 and who had roles in \u201cHow the Tide Came In,\u201d "
                 "\u201cPier 39,\u201d and \u201cHarbor Nights: The Ferryman,\u201d had no such praise for the mayor.",
                 "Pier 39", id="title-ending-in-a-number"),
]


@pytest.mark.parametrize("text, title", TITLE_WITH_NUMBER_ROWS)
def test_a_title_ending_in_a_number_is_no_quote(text, title):
    assert not any(title in q.text for q in quotes_of(text)), [(q.text, q.rule) for q in quotes_of(text)]


# "said before he died": a clause of when it was said, with a subject of its own, is not what was said
WHEN_ONLY_ROWS = [
    pytest.param("The marchers carried signs with \u201cI cannot breathe,\u201d which Tomas Arvel, lying on a "
                 "sidewalk in Ashford, said before he died.", "before he died", id="said-before-he-died"),
    pytest.param("The marchers chanted the words that Ines Vallo, facing the crowd on the pier, said after she "
                 "resigned.", "after she resigned", id="said-after-she-resigned"),
]


@pytest.mark.parametrize("text, words", WHEN_ONLY_ROWS)
def test_a_clause_of_when_it_was_said_is_no_report(text, words):
    assert not any(q.text == words for q in quotes_of(text)), [(q.text, q.rule) for q in quotes_of(text)]


WHEN_LOOKALIKE_ROWS = [
    # "after" with a noun phrase, then what was said
    pytest.param("Governor Tomas Reyes said after a long meeting that the ferry would run all winter.",
                 "the ferry would run all winter", id="said-after-a-meeting"),
    # a clause after the comma is what was said
    pytest.param("Mayor Vallo said before she left office, the ferry would run all winter.",
                 "the ferry would run all winter", id="clause-after-the-comma"),
]


@pytest.mark.parametrize("text, said", WHEN_LOOKALIKE_ROWS)
def test_what_was_said_after_a_clause_of_when_stays_a_report(text, said):
    assert any(said in q.text for q in quotes_of(text)), [(q.text, q.rule) for q in quotes_of(text)]
