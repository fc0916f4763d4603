"""Words in quotation marks that are no quote of anyone, next to look-alikes that still are quotes.

Each table pairs a passage in quotation marks that is something other than words someone said or wrote
(markup, a list of terms, ...) with a passage of the same shape that annotators do count as a quote.
"""
import pytest

from quotes import extract


def quoted(text):
    """The text of every quote found in ``text`` whatever its kind."""
    return [q.text for q in extract(text)]


NOT_QUOTES = [
    # the marks of a pasted-in embed's attributes delimit values, not quotes
    ("tag attributes, text between", 'The mayor answered within minutes.\n\n<post post-author="@anaruiz" '
                                     'post-date="May 3, 2019\n">Thank you to every volunteer who knocked on doors in '
                                     'Ashford this week.<post/>.\n\nHer rival stayed silent.'),
    ("tag attribute holding prose", 'The tally was close.\n\n<post post-author=" that the count in the northern '
                                    'wards was finished by noon on Friday" post-date="May 3">The clerk posted the '
                                    'totals<post/>'),
    # a digest's entry: a linked story's headline, its byline, then its opening lines
    ("byline, colon, excerpt", 'HARBOR NEWS—"Pier to close after ninety years," by Harbor Ledger\'s Ann Lee: '
                               '"The old ferry pier, which served three generations of fishermen, will shut in '
                               'May." '
                               'http://example.com/x.'),
    ("byline of an outlet, curly", 'ALSO—“Council votes on the bridge,” by Ashford Daily’s Tom Hale: “The council '
                                   'will vote on Tuesday on a plan to rebuild the old bridge.”'),
    # a work, a poster or a slogan cited with its year in brackets
    ("slogans dated", 'The party ran hard on the issue.\n\n“Keep the valley green, say no to the new dam” (2011) — '
                      '“Our farms first, not the city’s thirst!” (2014).'),
    ("poster with what it was", 'The posters grew sharper.\n\n“Ashford wants its river back from the mills” (town '
                                'council poster 2006) drew wide notice.'),
    # a name in quotation marks that the sentence goes on with, its cue further on
    ("show's name before host", 'The mayor had some explaining to do.\n“Evening Desk” host Ana Ruiz on Thursday said '
                                'that the figures were wrong.'),
]


@pytest.mark.parametrize("name,text", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_is_not_a_quote(name, text):
    assert quoted(text) == []


NOT_QUOTED_WORDS = [
    # a book's title with its subtitle, in quotation marks inside a sentence that reports nothing of it
    ("according to a book's title", "He was restless at school. According to ''The Long Road: Three Summers on the "
                                    "Ashford River,'' by Ana Ruiz, Tom told his brother that the farm would be sold.",
     "The Long Road"),
    # a gloss: what a phrase means in another language, or in plain words
    ("Latin for", 'He signed each letter with “Festina Lente,” Latin for “make haste slowly, and you will get '
                  'there.”', "make haste slowly"),
    ("slang for", 'Around the harbor the night shift is “the graveyard,” dock slang for “the hours when nobody '
                  'awake is paid enough.”', "the hours when nobody"),
    ("possessive author, book's title", "He ran the studio for years. According to Tom Hale's ''The Fixers: Mayors, "
                                        "Money and the Harbor Machine'' and other accounts, the post had many duties.",
     "The Fixers"),
]


@pytest.mark.parametrize("name,text,phrase", NOT_QUOTED_WORDS, ids=[c[0] for c in NOT_QUOTED_WORDS])
def test_words_are_no_quote(name, text, phrase):
    assert not any(q.startswith(phrase) for q in quoted(text)), quoted(text)


STILL_QUOTES = [
    ("quote inside a tag's body", '<post post-author="@anaruiz" post-date="May 3">Ana Ruiz said, “We will open the '
                                  'bridge by June.”<post/>', "We will open the bridge by June."),
    ("less-than and equals in prose", 'If x < y and y = z, then “the bridge will open by June,” Ana Ruiz said of '
                                      'the plan > 3 times.', "the bridge will open by June,"),
    ("asked about a phrase by reporters", 'Asked about “the plan,” by reporters, Ruiz answered: “We will open the '
                                          'bridge by June.”', "We will open the bridge by June."),
    ("title, by a name, then said", 'Of her memoir, “A Long Road,” Ana Ruiz said: “I wrote it for my daughters '
                                    'and nobody else.”', "I wrote it for my daughters"),
    ("year in brackets inside the quote", '“We built this bridge in one summer (1998) and it still stands,” Ana Ruiz '
                                          'said.', "We built this bridge in one summer"),
    ("plain words go on, then the cue", '"Boats on the water" would help, Harbor master Ana Ruiz said on Monday.',
     "Boats on the water"),
    ("a show's name, comma, said", '"Evening Desk," Ana Ruiz said, "is the show I watch every night."', "is the show"),
    ("a book's title without subtitle", 'Hale worked for him for years and later published "Stormed! The Untold '
                                        'Story of the Ashford Flood." In it, he told of the night the levee broke.',
     "Stormed! The Untold Story"),
    ("capitalised words with a colon", 'The memo ended on a blunt note, "Our goal: build the bridge and open it by '
                                       'June for everyone in the valley."', "Our goal: build the bridge"),
    ("pressed for quoted words", 'The union pressed for “a fair and open process for every worker at the '
                                 'plant,” and the talks resumed on Monday.', "a fair and open process"),
    ("year after the attribution", '“We will build the bridge by June,” Ana Ruiz said (2019).',
     "We will build the bridge by June,"),
]


@pytest.mark.parametrize("name,text,phrase", STILL_QUOTES, ids=[c[0] for c in STILL_QUOTES])
def test_still_is_a_quote(name, text, phrase):
    assert any(phrase in q for q in quoted(text)), quoted(text)


BRACKETED = [
    # an attribution inside brackets gives its speaker only what the brackets hold
    ("bracket, quote, cue speaker", 'But the endorsement drew some anger from members ("I want my money back," wrote '
                                    'Tom Hale, an electrician in Ashford, Ore., on the union page).',
     '"I want my money back,"'),
    ("bracket, quote, speaker cue", "A fight broke out between those who fear a weak council (''This is less a budget "
                                    "than a surrender,'' Ana Ruiz wrote) and those who do not.",
     "''This is less a budget than a surrender,''"),
    # a bracket closed before the clause ends leaves the clause whole
    ("closed bracket in the clause", "The plan (a toll bridge over the river) will cost too much, the mayor said.",
     "The plan (a toll bridge over the river) will cost too much"),
]


@pytest.mark.parametrize("name,text,phrase", BRACKETED, ids=[c[0] for c in BRACKETED])
def test_report_starts_inside_its_bracket(name, text, phrase):
    assert phrase in quoted(text), quoted(text)
