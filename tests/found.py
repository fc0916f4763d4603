"""The quote a test is about: the first whose text holds a phrase of it.

Shared by the table-driven engine tests, which name a quote by a few of its words.
"""


def find(quotes, phrase):
    """The first quote whose text contains ``phrase``, or a failure listing what was found."""
    hits = [q for q in quotes if phrase in q.text]
    assert hits, f"no quote contains {phrase!r}; found {[(q.text, q.rule) for q in quotes]}"
    return hits[0]
