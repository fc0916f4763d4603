"""Stretches read as reports that are no one's words, in sentences the team wrote.

A report that ends in the verb of the quote right after it ("a note to members stating, “…”", "the
caption which reads, “…”", "whispered to him: “…”") only leads in to those words: what was said is the quote,
which is read on its own with its speaker; the lead-in is not a second report.
"""
import pytest

from quotes import extract


def texts(text):
    return [q.text for q in extract(text)]


LEAD_INS = [
    ("a document's participle, then a comma",
     "The ferry league announced a note to its members stating, “Mayor Hale now backs the new pier.”",
     "a note to its members stating,", "Mayor Hale now backs the new pier."),
    ("a relative clause that reads the words",
     "Lee added the caption which reads, “The ferry is back at last.”",
     "the caption which reads,", "The ferry is back at last."),
    ("a participle of writing at the end of a longer report",
     "Vale answered the clerk’s letter in the Ledger writing, “No, we will not. The toll stays where it is.”",
     "the clerk’s letter in the Ledger writing,", "No, we will not. The toll stays where it is."),
    ("a verb of whispering and to whom, then a colon",
     "As the crowd cheered Ruiz in Ohio on Tuesday night, the Ledger’s Ana Vale reported, his wife whispered to "
     "him: \"They are still with you.\"",
     "As the crowd cheered Ruiz in Ohio on Tuesday night his wife whispered to him:", "They are still with you."),
]


@pytest.mark.parametrize("name,text,lead_in,quote", LEAD_INS, ids=[c[0] for c in LEAD_INS])
def test_a_report_that_only_leads_in_to_a_quote_is_dropped(name, text, lead_in, quote):
    found = texts(text)
    assert quote in found, found
    assert lead_in not in found, found


KEPT = [
    ("a thought reported, then the words of it",
     "The mayor said she was thinking, “This cannot be happening.”", "she was thinking,"),
    ("a report that ends in a verb of writing with no quote after it",
     "Ruiz said the ferry would run again, writing, as she often does, to the harbor board.",
     "the ferry would run again"),
]


@pytest.mark.parametrize("name,text,said", KEPT, ids=[c[0] for c in KEPT])
def test_other_reports_are_kept(name, text, said):
    found = texts(text)
    assert any(t.startswith(said) for t in found), found


# "reports" and "requests" followed by "to" or "over" (and no clause of what was said) are the plural nouns, the
# things filed ("user reports to flag …", "records requests over a year"), or "reports to" as answering to someone
PLURAL_NOUNS = [
    ("reports, then what they are for",
     "The site relies mostly on user reports to flag abusive posts, but it has gone further lately.",
     "to flag abusive posts"),
    ("reports from any user, then to whom",
     "The post did not prompt any user reports to the site, and it is unclear how the police found it.",
     "to the site"),
    ("requests, then over how long",
     "The clerk deliberately thwarted the watchdog group’s Open Records Act (ORA) requests over a six-year period.",
     "over a six-year period"),
]


@pytest.mark.parametrize("name,text,not_said", PLURAL_NOUNS, ids=[c[0] for c in PLURAL_NOUNS])
def test_a_plural_report_noun_is_no_cue(name, text, not_said):
    found = texts(text)
    assert not any(t.startswith(not_said) for t in found), found


REPORTS_KEPT = [
    ("a report of what was found", "The Ledger reports that the ferry will run again.", "that the ferry will run again"),
    ("to whom, then what", "The agency reports to Congress that the ferry will run again.",
     "that the ferry will run again"),
]


@pytest.mark.parametrize("name,text,said", REPORTS_KEPT, ids=[c[0] for c in REPORTS_KEPT])
def test_reports_as_a_verb_still_reports(name, text, said):
    assert said in texts(text)


# "remarks", "comments" and "tweets" with a finite verb right after them are plural nouns heading a subject
NOUN_SUBJECTS = [
    ("comments, then when they begin",
     "It gets even odder. Watch above. (The Hale comments begin at about the four-minute point.)", "begin at about"),
    ("tweets in an appositive, then the verb of the subject",
     "In the push toward mergers, Chirp, the site that lets users trade brief posts, or tweets, has long "
     "been left at the altar.", "In the push toward mergers"),
    ("remarks, then a past tense",
     "Voss and her xenophobic remarks loomed large at the forum on Friday.", "loomed large"),
]


@pytest.mark.parametrize("name,text,not_said", NOUN_SUBJECTS, ids=[c[0] for c in NOUN_SUBJECTS])
def test_a_plural_noun_heading_a_subject_is_no_cue(name, text, not_said):
    found = texts(text)
    assert not any(t.startswith(not_said) for t in found), found


def test_comments_as_a_verb_still_reports():
    assert "that the ferry is late" in texts("Hale comments that the ferry is late.")
