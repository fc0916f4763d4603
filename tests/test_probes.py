"""Faults a reader sees on kinds of story other than politics, in our own sentences.

A match report goes on about a player as "the 23-year-old striker"; foreign news names people with
particles ("Saskia van der Mer", "Rustam bin Haleed al-Karimi", "Pieter Van Aalst") and quotes through an
outlet ("the agency quoted a defence official as saying"); an interview laid out as questions and answers
gives its answers after "A:"; and "I wrote it in one evening" reports nothing.
"""
from pathlib import Path

import pytest

from quotes import extract, extract_article
from quotes.inputs import read_articles

ARTICLE_DATE = "2024-05-01"


def quotes_of(text):
    return extract(text, date=ARTICLE_DATE)


def speakers_of(text):
    return [q.speaker for q in quotes_of(text)]


# ---------------------------------------------------------------- names with particles
PARTICLE_NAME_ROWS = [
    pytest.param("Opposition leader Saskia van der Mer spoke first.\n\n“No deal,” van der Mer said.",
                 "Saskia van der Mer", id="two-particles-then-surname"),
    pytest.param("“No deal,” said Saskia van der Mer.", "Saskia van der Mer", id="two-particles-after-said"),
    pytest.param("“No deal,” Saskia van der Mer said.", "Saskia van der Mer", id="two-particles-before-said"),
    pytest.param("“No deal,” said Pieter de Wit.", "Pieter de Wit", id="one-particle-after-said"),
    pytest.param("The coach, Pieter Van Aalst, was pleased.\n\n“We won,” Van Aalst said.", "Pieter Van Aalst",
                 id="capitalised-particle-surname"),
    pytest.param("A ministry spokesman, Rustam al-Karimi, spoke.\n\n“Every word matters,” al-Karimi said.",
                 "Rustam al-Karimi", id="hyphen-joined-particle"),
    pytest.param("“Every word matters,” said Omar bin Tarek al-Hadi.", "Omar bin Tarek al-Hadi",
                 id="bin-and-al"),
    # look-alikes: names the engine already read whole, and names with no particle
    pytest.param("“Done,” said Mayor Bill de Blasio.\n\n“Done,” de Blasio said.", "Bill de Blasio",
                 id="de-blasio-unchanged"),
    pytest.param("Coach Tomas Brandt was pleased.\n\n“We won,” Brandt said.", "Tomas Brandt", id="plain-surname"),
]


@pytest.mark.parametrize("text, speaker", PARTICLE_NAME_ROWS)
def test_a_name_with_particles_is_one_name(text, speaker):
    assert speakers_of(text)[-1] == speaker


def test_a_spokesman_named_with_particles_keeps_his_role():
    text = "A ministry spokesman, Rustam bin Haleed al-Karimi, said the text was still being translated."
    q = quotes_of(text)[0]
    assert (q.speaker, q.role) == ("Rustam bin Haleed al-Karimi", "ministry spokesman")


# ---------------------------------------------------------------- "the 23-year-old"
AGE_EPITHET_ROWS = [
    pytest.param("“It has been a hard month,” the 23-year-old striker said.", ("Daniel Okoro", "striker"),
                 id="age-and-noun-before-said"),
    pytest.param("“It has been a hard month,” said the 23-year-old.", ("Daniel Okoro", None), id="age-after-said"),
    pytest.param("“It has been a hard month,” the 23-year-old said.", ("Daniel Okoro", None), id="age-before-said"),
    pytest.param("The 23-year-old said it had been a hard month.", ("Daniel Okoro", None), id="age-reporting"),
    # look-alikes: "a" brings in someone new
    pytest.param("“It has been a hard month,” said a 23-year-old fan.", ("a 23-year-old fan", "23-year-old fan"),
                 id="a-new-person"),
    pytest.param("“It has been a hard month,” a 30-year-old said.", ("a 30-year-old", None), id="a-new-age"),
]


@pytest.mark.parametrize("sentence, expected", AGE_EPITHET_ROWS)
def test_the_age_of_someone_just_named_is_that_person(sentence, expected):
    text = "Daniel Okoro, who joined the club in June, had not scored for weeks.\n\n" + sentence
    q = quotes_of(text)[-1]
    assert (q.speaker, q.role if expected[1] else None) == expected


# ---------------------------------------------------------------- "quoted X as saying"
QUOTED_AS_SAYING_ROWS = [
    pytest.param("“The pullback is a gesture,” the state agency quoted a defence official as saying.",
                 "a defence official", id="described-official"),
    pytest.param("“The pullback is a gesture,” the Morvan Herald quoted Colonel Ivo Marek as saying.",
                 "Ivo Marek", id="named-officer"),
    pytest.param("Colonel Ivo Marek toured the border.\n\n“It is over,” the paper quoted him as saying.",
                 "Ivo Marek", id="object-pronoun"),
    pytest.param("“There will be no retreat,” Colonel Ivo Marek was quoted by the Morvan Herald as saying.",
                 "Ivo Marek", id="passive-quoted-by"),
    pytest.param("Colonel Ivo Marek toured the border.\n\n“We will see,” the agency quoted Marek as telling reporters.",
                 "Ivo Marek", id="as-telling-reporters"),
    # look-alike: the outlet says it itself
    pytest.param("“The pullback is a gesture,” the state agency said.", "the state agency", id="outlet-says"),
]


@pytest.mark.parametrize("text, speaker", QUOTED_AS_SAYING_ROWS)
def test_the_one_an_outlet_quotes_is_the_speaker(text, speaker):
    assert speakers_of(text)[-1] == speaker


# ---------------------------------------------------------------- questions and answers
INTERVIEW = ("A life in songs: a conversation with Marisol Quenby\n\n"
             "By Tobias Rennert\n\n"
             "Marisol Quenby has sold two million records. She spoke to us at her home.\n\n"
             "Q: Did the new album nearly not happen?\n\n"
             "A: “I lost my voice for three months, and I thought that was the end.”\n\n"
             "Q: What changed?\n\n"
             "A: A long rest, and a lot of tea.\n\n")


def test_a_quoted_answer_is_the_words_of_the_person_interviewed():
    answer = [q for q in quotes_of(INTERVIEW) if q.text.startswith("I lost my voice")]
    assert [(q.speaker, q.kind) for q in answer] == [("Marisol Quenby", "direct")]


NOT_AN_INTERVIEW_ROWS = [
    # a single "A:" is no interview's layout
    pytest.param("Marisol Quenby has sold two million records.\n\nA: “I lost my voice for three months, and I "
                 "thought that was the end.”", id="one-answer"),
    pytest.param("Marisol Quenby has sold two million records.\n\nQ: Why?\n\nA: “I lost my voice for three months, "
                 "and I thought that was the end.”\n\nQ: And then?", id="one-answer-two-questions"),
]


@pytest.mark.parametrize("text", NOT_AN_INTERVIEW_ROWS)
def test_an_answer_label_alone_names_nobody(text):
    answer = [q for q in quotes_of(text) if q.text.startswith("I lost my voice")]
    assert all(q.rule != "interview answer" for q in answer)


# ---------------------------------------------------------------- "wrote it"
WROTE_ROWS = [
    pytest.param("“Harbour Light” came out of those weeks. I wrote it in one evening.", [], id="wrote-it"),
    pytest.param("He kept the names and wrote them down on paper.", [], id="wrote-them-down"),
    # look-alikes: what was written follows
    pytest.param("She wrote it was time for the ferry to stop.", ["it was time for the ferry to stop"],
                 id="wrote-it-was"),
    pytest.param("He wrote them a letter saying the pier would close.",
                 ["a letter saying the pier would close"], id="wrote-them-a-letter-saying"),
]


@pytest.mark.parametrize("text, reported", WROTE_ROWS)
def test_writing_a_thing_already_named_reports_nothing(text, reported):
    assert [q.text for q in quotes_of(text)] == reported


# ---------------------------------------------------------------- "a farmer, Name,"
DESCRIBED_BEFORE_ROWS = [
    pytest.param("A farmer, Bogdan Halic, 62, said he had not seen his brother in years.", ("Bogdan Halic", "farmer"),
                 id="a-farmer"),
    pytest.param("A ministry spokesman, Rustam Karim, said the text was ready.", ("Rustam Karim", "ministry spokesman"),
                 id="a-spokesman-unchanged"),
    pytest.param("Speaking through a translator, a farmer from the border village of Ostrel, Bogdan Halic, 62, said he "
                 "had not seen his brother.", ("Bogdan Halic", "farmer from the border village of Ostrel"),
                 id="a-farmer-from-a-village"),
    pytest.param("A fisherman from Holm, Ian Reid, said the pier was unsafe.", ("Ian Reid", "fisherman from Holm"),
                 id="the-name-after-a-place-speaks"),
    # look-alike: no description before the name
    pytest.param("Bogdan Halic, 62, said he had not seen his brother in years.", ("Bogdan Halic", None), id="no-description"),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_BEFORE_ROWS)
def test_any_noun_for_a_person_before_a_name_is_its_role(text, expected):
    q = quotes_of(text)[0]
    assert (q.speaker, q.role) == expected


# ---------------------------------------------------------------- "the Frenchman"
DEMONYM_ROWS = [
    pytest.param("“I dreamed of this as a boy,” the Frenchman said.", "Lucien Morel", id="frenchman"),
    pytest.param("“I dreamed of this as a boy,” said the Dutchwoman.", "Lucien Morel", id="dutchwoman"),
    pytest.param("“I dreamed of this as a boy,” the Swede said.", "Lucien Morel", id="swede"),
    # look-alikes: a title in capitals and a word for a job are no nationality
    pytest.param("“I dreamed of this as a boy,” the Chairman said.", "the Chairman", id="chairman"),
    pytest.param("“I dreamed of this as a boy,” the linesman said.", "the linesman", id="linesman"),
]


@pytest.mark.parametrize("sentence, speaker", DEMONYM_ROWS)
def test_where_someone_just_named_is_from_stands_for_them(sentence, speaker):
    text = "Lucien Morel scored the winner on Sunday.\n\n" + sentence
    assert speakers_of(text)[-1] == speaker


# ---------------------------------------------------------------- "said through an interpreter that"
THROUGH_ROWS = [
    pytest.param("Kazuo Tanabe said through an interpreter that the tariffs would stay.",
                 "that the tariffs would stay", id="interpreter"),
    pytest.param("Kazuo Tanabe said through his lawyer that the tariffs would stay.",
                 "that the tariffs would stay", id="lawyer"),
    # look-alike: "that" opens a relative clause of the thing gone through
    pytest.param("Kazuo Tanabe walked through issues that matter to farmers.",
                 None, id="walked-through-issues"),
]


@pytest.mark.parametrize("text, clause", THROUGH_ROWS)
def test_through_whom_something_was_said_is_not_what_was_said(text, clause):
    found = [q.text for q in quotes_of(text)]
    assert (found[0] if found else None) == clause


# ---------------------------------------------------------------- what a match report calls people
MATCH_REPORT_ROWS = [
    pytest.param("Harlow boss Martina Keel praised her side.\n\n“We have a long season,” the Harlow boss said.",
                 ("Martina Keel", "Harlow boss"), id="club-boss"),
    pytest.param("“We go again,” Sami Oduya said. “Onwards,” added his team-mate, Leo Varga.",
                 ("Leo Varga", "team-mate"), id="his-team-mate-then-name"),
    pytest.param("“Onwards,” said the winger, Leo Varga.", ("Leo Varga", "winger"), id="the-winger-then-name"),
    # look-alike: a known title, as before
    pytest.param("Harlow manager Martina Keel praised her side.\n\n“We have a long season,” the Harlow manager said.",
                 ("Martina Keel", "Harlow manager"), id="club-manager"),
]


@pytest.mark.parametrize("text, expected", MATCH_REPORT_ROWS)
def test_the_words_of_a_match_report_for_its_people(text, expected):
    q = quotes_of(text)[-1]
    assert (q.speaker, q.role) == expected


def test_a_second_quote_with_its_own_speaker_is_not_joined_to_the_first():
    text = "“We go again,” Sami Oduya said. “Onwards,” added his team-mate, Leo Varga."
    assert [(q.speaker, q.text) for q in quotes_of(text)] == [("Sami Oduya", "We go again,"), ("Leo Varga", "Onwards,")]



UNITED_NATIONS_ROWS = [
    pytest.param("The United Nations said it was deeply concerned by the fighting.", "organization", id="united-nations"),
    # look-alike: nations in lower case are countries, a group
    pytest.param("Several nations said they were deeply concerned by the fighting.", "group", id="several-nations"),
]


@pytest.mark.parametrize("text, kind", UNITED_NATIONS_ROWS)
def test_a_body_named_nations_is_an_organisation(text, kind):
    assert quotes_of(text)[0].speaker_type == kind


# ---------------------------------------------------------------- the foreign-news seed
SEED = Path(__file__).parent.parent / "seeds" / "border-talks.txt"

# (words inside the marks or of the clause, speaker, role as the article gives it)
SEED_REPORTS = [
    ("We have no interest in keeping families apart", "Ilhan Dostalev", "Taravian President"),
    ("most of the technical questions", "Ana-Maria Velescu", "Foreign Minister"),
    ("The withdrawal is a gesture of good will", "a defence official", "defence official"),
    ("the text of the agreement was still being translated", "Rustam bin Haleed al-Karimi", "ministry spokesman"),
    ("There are three languages on the table", "Rustam bin Haleed al-Karimi", "ministry spokesman"),
    ("This is a campaign poster, not a treaty", "Saskia van der Mer", "Opposition leader"),
    ("I just want to drive to his house for dinner", "Bogdan Halici", "farmer from the border village of Ostrel"),
    ("Our citizens have waited long enough", "Teodor Lupescu", "Morvanian Prime Minister"),
    ("any step that reduces tension", "United Nations", None),
]


@pytest.fixture(scope="module")
def seed_reports():
    [article] = list(read_articles([str(SEED)]))
    return extract_article(article)


@pytest.mark.parametrize("words, speaker, role", SEED_REPORTS)
def test_the_foreign_news_seed_as_a_reader_attributes_it(seed_reports, words, speaker, role):
    [q] = [q for q in seed_reports if words in q.text]
    assert (q.speaker, q.role) == (speaker, role)


def test_the_foreign_news_seed_has_no_credit_or_headline_quotes(seed_reports):
    assert not [q for q in seed_reports if "Reporting by" in q.text or q.paragraph == 0]
