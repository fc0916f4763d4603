"""Faults a journalist sees on a wire story, a product launch and an election night, in our own sentences.

Foreign news names two officials with the same title, one country's and another's: "Valdora’s foreign
minister, Elena Brusk, said" is Brusk, whatever minister the story named before, and her role keeps the
country ("Valdora’s foreign minister"). A night-time story writes "shortly after 10 p.m." and goes straight
on with a quote: the full stop of "p.m." ends that sentence when a quotation mark and a capital follow, as it
does before a capital alone. A business story quotes "Analyst Farid Qureshi of Tallis Research": the analyst
is Qureshi and the firm is where he works, though "Research" (or "Securities", "Capital") is no noun of a body.
A trial story opens with "The former treasurer of the Brackwater Rowing Club testified": a person with an office
in the club, not the club, and "the director of the port authority" is whoever the story gave that office; and
"A second witness, bank manager Simon Ferreira, testified" is Ferreira, a bank manager. A market report ends
"according to traders in Linden": the traders speak, not a person called Linden. When a lawyer "asked Ashcombe
why she had signed", what was asked starts at "why": the one asked is no part of the question. An election
story names "City council member Adaeze Okafor": a seat in a body is her title, though "member" is a plain noun.
In court, "Gordon Halvorsen, the defendant," gives Halvorsen his role, and "the defendant said" is he. A
launch story's "Lumora Devices" is a company, so "the company said in a blog post" and "Lumora said" are it.
"""
import pytest

from found import find
from quotes import extract

ARTICLE_DATE = "2025-08-06"
EARLIER_MINISTER = "Minister Tomasz Ivanek spoke at a briefing in the port.\n\n"


def quotes_of(text):
    return extract(text, date=ARTICLE_DATE)


# ---------------------------------------------------------------- "Valdora's foreign minister, Elena Brusk,"
POSSESSIVE_DESCRIPTION_ROWS = [
    pytest.param("a country's minister, named, after another minister",
                 EARLIER_MINISTER + "Valdora's foreign minister, Elena Brusk, said she had asked for observers.",
                 "asked for observers", ("Elena Brusk", "Valdora's foreign minister"), id="country-minister-named"),
    pytest.param("curly apostrophe, and her quote after it",
                 EARLIER_MINISTER + "Valdora’s foreign minister, Elena Brusk, said she was ready. "
                 "“Let them count the craters,” Brusk said.",
                 "count the craters", ("Elena Brusk", "Valdora’s foreign minister"), id="curly-then-surname"),
    pytest.param("a company's officer, named, after the company's chief",
                 "Chief Executive Rhea Castellanos opened the event.\n\n"
                 "Lumora's hardware chief, Bram Velthuis, said the hinge had been tested for years.",
                 "hinge had been tested", ("Bram Velthuis", "Lumora's hardware chief"), id="company-officer-named"),
    # look-alikes: a description with an article, and a name given first, were already read right
    pytest.param("article before the description",
                 EARLIER_MINISTER + "The foreign minister, Elena Brusk, said she had asked for observers.",
                 "asked for observers", ("Elena Brusk", "foreign minister"), id="the-foreign-minister"),
    pytest.param("name first, description after",
                 EARLIER_MINISTER + "Elena Brusk, Valdora's foreign minister, said she had asked for observers.",
                 "asked for observers", ("Elena Brusk", "Valdora's foreign minister"), id="name-first"),
    pytest.param("the possessive with no name after it is still the minister named before",
                 "Foreign Minister Tomasz Ivanek spoke at a briefing.\n\n"
                 "Valdora's foreign minister said she had asked for observers.",
                 "asked for observers", ("Tomasz Ivanek", "Foreign Minister"), id="no-name-after"),
]


@pytest.mark.parametrize("why, text, phrase, expected", POSSESSIVE_DESCRIPTION_ROWS)
def test_a_name_after_a_possessive_description_is_the_speaker(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.role) == expected, why


# ---------------------------------------------------------------- "after 10 p.m. “I called her,”"
TIME_THEN_QUOTE_ROWS = [
    pytest.param("straight marks after p.m.",
                 'Victor Delacroix conceded shortly after 10 p.m. "I called her and congratulated her," he told '
                 'supporters.', "I called her", ("direct", "Victor Delacroix"), id="pm-straight"),
    pytest.param("curly marks after a.m.",
                 "Mayor Ines Valde spoke at 6 a.m. “We kept the shelters open all night,” she said.",
                 "kept the shelters", ("direct", "Ines Valde"), id="am-curly"),
    # look-alikes: a weekday after p.m. goes on with the sentence; a capital alone already ended it
    pytest.param("a weekday after p.m. is the same sentence",
                 "Mayor Ines Valde said the polls close at 8 p.m. Tuesday and counting starts at once.",
                 "counting starts", ("indirect", "Ines Valde"), id="pm-weekday"),
    pytest.param("a capital after p.m. already ended the sentence",
                 "Victor Delacroix spoke at 10 p.m. He said the voters had spoken.",
                 "voters had spoken", ("indirect", "Victor Delacroix"), id="pm-capital"),
]


@pytest.mark.parametrize("why, text, phrase, expected", TIME_THEN_QUOTE_ROWS)
def test_a_quote_after_a_clock_time_opens_a_sentence(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.kind, q.speaker) == expected, why


# ---------------------------------------------------------------- "Analyst Farid Qureshi of Tallis Research"
NAME_OF_FIRM_ROWS = [
    pytest.param("a title, a name, then a research firm",
                 "Analyst Farid Qureshi of Tallis Research wrote in a note that the price was ambitious.",
                 "price was ambitious", ("Farid Qureshi", "Analyst"), id="analyst-of-research-firm"),
    pytest.param("no title: the firm is the role",
                 "Ana Lind of Harlow Securities said the shares were cheap.",
                 "shares were cheap", ("Ana Lind", "Harlow Securities"), id="name-of-securities-firm"),
    pytest.param("a company's usual last word",
                 "Engineer Ana Lind of Vela Systems said the hinge would hold.",
                 "hinge would hold", ("Ana Lind", "Engineer"), id="name-of-systems-company"),
    # look-alikes: a body of its own with "of", and a body's noun, were already read right
    pytest.param("a bank called after a country is a body, not a person",
                 "Bank of America said the loan was repaid.",
                 "loan was repaid", ("Bank of America", None), id="bank-of-america"),
    pytest.param("a university is a body's noun",
                 "Professor Ana Lind of Vela University said the study was sound.",
                 "study was sound", ("Ana Lind", "Professor"), id="name-of-university"),
]


@pytest.mark.parametrize("why, text, phrase, expected", NAME_OF_FIRM_ROWS)
def test_a_name_of_a_firm_is_the_person(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.role) == expected, why


# ---------------------------------------------------------------- "the former treasurer of the club"
OFFICE_IN_A_BODY_ROWS = [
    pytest.param("an office in a club, unnamed",
                 "The former treasurer of the Brackwater Rowing Club testified that she moved the money.",
                 "moved the money",
                 ("The former treasurer of the Brackwater Rowing Club", "person",
                  "former treasurer of the Brackwater Rowing Club"), id="treasurer-of-club"),
    pytest.param("a member of a board, unnamed",
                 "A member of the board said the vote was rushed.", "vote was rushed",
                 ("A member of the board", "person", "member of the board"), id="member-of-board"),
    pytest.param("the office the story gave someone",
                 "Ana Vela, the director of the port authority, flew home.\n\nThe director of the port authority said the docks were ready.",
                 "docks were ready", ("Ana Vela", "person", "director of the port authority"), id="office-named-before"),
    pytest.param("the same head noun, but another office: someone unnamed",
                 "President Tom Bell flew home.\n\nThe president of the club said the talks were over.",
                 "talks were over", ("The president of the club", "person", "president of the club"),
                 id="other-president"),
    # look-alikes: a body of a body stays the body, and a plural is a group of people
    pytest.param("the board of a club is a body",
                 "The board of the club said the vote was rushed.", "vote was rushed",
                 ("the board of the club", "organization", None), id="board-of-club"),
    pytest.param("members are many",
                 "The members of the board said the vote was rushed.", "vote was rushed",
                 (None, "group", None), id="members-of-board"),
]


@pytest.mark.parametrize("why, text, phrase, expected", OFFICE_IN_A_BODY_ROWS)
def test_an_office_in_a_body_is_a_person(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.speaker_type, q.role) == expected, why


# ---------------------------------------------------------------- "A second witness, bank manager Simon Ferreira,"
TITLED_NAME_IN_COMMAS_ROWS = [
    pytest.param("a description, then a title in lower case and the name",
                 "A second witness, bank manager Simon Ferreira, testified that the account was new.",
                 "account was new", ("Simon Ferreira", "bank manager"), id="witness-bank-manager"),
    pytest.param("a possessive description",
                 "Her neighbour, retired teacher Ann Bell, said the house was empty.",
                 "house was empty", ("Ann Bell", "retired teacher"), id="neighbour-retired-teacher"),
    pytest.param("the role holds for the surname later",
                 "A second witness, bank manager Simon Ferreira, testified first.\n\n"
                 "Ferreira said he had flagged the transfers.", "flagged the transfers",
                 ("Simon Ferreira", "bank manager"), id="surname-later"),
    # look-alikes: a name alone in the commas, and a relative clause that names someone else
    pytest.param("a name alone in the commas",
                 "His lawyer, Tom Bell, said the case was weak.", "case was weak", ("Tom Bell", "lawyer"),
                 id="name-alone"),
    pytest.param("a relative clause naming someone else",
                 "A neighbour, who knew Ann Bell, said the house was empty.", "house was empty",
                 ("A neighbour", "neighbour"), id="relative-clause"),
]


@pytest.mark.parametrize("why, text, phrase, expected", TITLED_NAME_IN_COMMAS_ROWS)
def test_a_titled_name_in_commas_is_the_speaker(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.role) == expected, why


# ---------------------------------------------------------------- "according to traders in Linden"
PEOPLE_IN_A_PLACE_ROWS = [
    pytest.param("according to a plural noun in a town",
                 "Wheat prices rose 3 percent in early trading, according to traders in Linden.", "Wheat prices",
                 ("traders in Linden", "group"), id="according-to-traders-in"),
    pytest.param("a plural noun near a place of two words",
                 "The water rose a metre overnight, according to residents near Holm Bay.", "water rose",
                 ("residents near Holm Bay", "group"), id="according-to-residents-near"),
    pytest.param("after said",
                 "“Prices rose all morning,” said traders in Linden.", "Prices rose",
                 ("traders in Linden", "group"), id="said-traders-in"),
    # look-alikes: a lower-case title before a name, and one trader, were already read right
    pytest.param("a title in lower case before a name",
                 "“Welcome to the show,” said master of ceremonies Omar Haddad.", "Welcome",
                 ("Omar Haddad", "person"), id="title-before-name"),
    pytest.param("one trader in a town",
                 "Wheat prices rose 3 percent in early trading, according to a trader in Linden.", "Wheat prices",
                 ("a trader", "person"), id="a-trader-in"),
]


@pytest.mark.parametrize("why, text, phrase, expected", PEOPLE_IN_A_PLACE_ROWS)
def test_people_in_a_place_are_the_source(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.speaker_type) == expected, why


# ---------------------------------------------------------------- "asked Ashcombe why …"
ASKED_SOMEONE_ROWS = [
    pytest.param("a surname, then why",
                 "Defense lawyer Marcus Tebbit asked Ashcombe why she had signed the transfers herself.",
                 "signed the transfers", "why she had signed the transfers herself", id="surname-why"),
    pytest.param("a title and a full name, then whether",
                 "Reporters asked Mayor Ana Ruiz whether she would run again.", "run again",
                 "whether she would run again", id="titled-name-whether"),
    pytest.param("a short description, then if",
                 "The coach asked the players if they were ready for the final.", "ready for the final",
                 "if they were ready for the final", id="description-if"),
    # look-alikes: what someone is asked to do keeps the one asked; an audience was already skipped
    pytest.param("asked someone to do something",
                 "Councillor Dana Pike asked Ruiz to resign before the vote.", "resign",
                 "Ruiz to resign before the vote", id="asked-to"),
    pytest.param("reporters, an audience",
                 "Mayor Ana Ruiz asked reporters why they cared about the ferry.", "cared",
                 "why they cared about the ferry", id="asked-reporters"),
]


@pytest.mark.parametrize("why, text, phrase, expected", ASKED_SOMEONE_ROWS)
def test_an_indirect_question_starts_past_the_one_asked(why, text, phrase, expected):
    assert find(quotes_of(text), phrase).text == expected, why


# ---------------------------------------------------------------- "City council member Adaeze Okafor"
MEMBER_OF_A_BODY_ROWS = [
    pytest.param("a seat on the city council",
                 "City council member Adaeze Okafor was elected mayor.\n\n“We won,” Okafor said.", "We won",
                 ("Adaeze Okafor", "City council member"), id="city-council-member"),
    pytest.param("a seat on a board",
                 "Board member Adaeze Okafor voted no.\n\n“We lost,” Okafor said.", "We lost",
                 ("Adaeze Okafor", "Board member"), id="board-member"),
    pytest.param("after said",
                 "“We won,” said council member Adaeze Okafor.", "We won",
                 ("Adaeze Okafor", "council member"), id="said-council-member"),
    # look-alikes: a member of no body is no title; a title word was already read
    pytest.param("a family member",
                 "Family member Adaeze Okafor was there.\n\n“We won,” Okafor said.", "We won",
                 ("Adaeze Okafor", None), id="family-member"),
    pytest.param("a council's chair",
                 "Council chair Adaeze Okafor was there.\n\n“We won,” Okafor said.", "We won",
                 ("Adaeze Okafor", "Council chair"), id="council-chair"),
]


@pytest.mark.parametrize("why, text, phrase, expected", MEMBER_OF_A_BODY_ROWS)
def test_a_seat_in_a_body_is_a_title(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.role) == expected, why


# ---------------------------------------------------------------- "Gordon Halvorsen, the defendant,"
PARTIES_IN_COURT_ROWS = [
    pytest.param("the defendant named in an object's apposition, then the defendant speaks",
                 "Wendy Ashcombe told the jury that Gordon Halvorsen, the defendant, handed her the paper.\n\n"
                 "“I never did,” the defendant said.", "never did", ("Gordon Halvorsen", "defendant"),
                 id="the-defendant-said"),
    pytest.param("the plaintiff, then the name",
                 "The plaintiff, Ana Ruiz, said the firm had lied to her.", "firm had lied",
                 ("Ana Ruiz", "plaintiff"), id="the-plaintiff-named"),
    # look-alike: a juror was already a noun for a person
    pytest.param("a juror, then the name",
                 "A juror, Ana Ruiz, said the trial had been long.", "trial had been long",
                 ("Ana Ruiz", "juror"), id="a-juror-named"),
]


@pytest.mark.parametrize("why, text, phrase, expected", PARTIES_IN_COURT_ROWS)
def test_parties_in_court_are_roles(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.role) == expected, why


# ---------------------------------------------------------------- "Lumora Devices … the company said"
DEVICE_MAKER_ROWS = [
    pytest.param("the company said, after the maker's name",
                 "Lumora Devices introduced a tablet on Tuesday.\n\n"
                 "The tablet will ship in October, the company said in a blog post.", "ship in October",
                 ("Lumora Devices", "organization"), id="the-company-said"),
    pytest.param("the first word of its name",
                 "Lumora Devices introduced a tablet.\n\n“It folds into a pocket,” Lumora said.", "folds",
                 ("Lumora Devices", "organization"), id="first-word-said"),
    # look-alike: an agency's name with the same word stays the agency
    pytest.param("an agency named for devices",
                 "The Medical Devices Agency said the tablet was safe to sell.", "safe to sell",
                 ("the Medical Devices Agency", "organization"), id="devices-agency"),
]


@pytest.mark.parametrize("why, text, phrase, expected", DEVICE_MAKER_ROWS)
def test_a_device_maker_is_a_company(why, text, phrase, expected):
    q = find(quotes_of(text), phrase)
    assert (q.speaker, q.speaker_type) == expected, why
