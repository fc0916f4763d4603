"""Subjects nobody in the cast answers to: "three former employees said", "according to exit polls".

News attributes much of what it reports to people and documents it never names. The
clause is still reported speech, so the phrase is kept as written (the quote's
``mention``) and the speaker is left unresolved, unless the phrase is itself a name.
Everything here reads a bounded window before or after a cue.
"""
from __future__ import annotations

from typing import Optional

import regex

from .lexicon import DETERMINERS, GROUP_HEADS, MONTHS, ORG_HEADS, PERSON_NOUNS, SOURCE_NOUNS, WEEKDAYS
from .people import ROLE_WORDS, Cast
from .phrases import _STOP_BEFORE, Speaker, _tokens, subject_before
from .text import words as _words

# words that end a bare subject when read backwards from its verb
_BOUNDARY = {",", ";", ":", "(", ")", "—", "–", "[", "]", "“", "”", "\"", "‘", "’", "«", "»"}
# words between a subject and its verb ("Carter however said", "have both said")
SUBJECT_ADVERBS = {
    "however", "too", "meanwhile", "though", "instead", "therefore", "moreover", "also", "still", "never", "just",
    "now", "then", "often", "always", "already", "again", "once", "later", "earlier", "previously", "recently",
    "repeatedly", "has", "have", "had", "did", "does", "do", "would", "will", "could", "may", "might", "only",
    "even", "all", "both", "themselves", "himself", "herself", "itself", "can", "should", "must", "not",
    "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t",
    "can't", "can’t", "couldn't", "couldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t",
    "isn't", "isn’t", "wasn't", "wasn’t", "sometimes", "ever", "first", "long", "since", "yet", "soon", "twice"}
# nouns that end in -ly: "the family said", "the assembly voted"
_LY_NOUNS = {"family", "assembly", "supply", "anomaly", "monopoly", "butterfly", "homily", "jelly", "rally",
             "ally", "reply", "belly", "bully", "daily", "weekly", "monthly", "quarterly", "holy", "italy"}


def is_subject_adverb(word: str) -> bool:
    """A word between a subject and its verb: "Carter however said", "Holt jokingly said"."""
    low = word.lower()
    return low in SUBJECT_ADVERBS or (word.islower() and low.endswith("ly") and low not in _LY_NOUNS)


# a time phrase after a subject ("Sean Spicer on Thursday evening said", "Gowdy earlier Thursday said")
_WHEN_WORDS = {"on", "in", "at", "earlier", "later", "last", "this", "the", "time", "morning", "afternoon",
               "evening", "night", "week", "month", "year", "today", "yesterday", "past", *WEEKDAYS, *MONTHS}
# words after a participle that make it the head of a phrase of its own ("protesters marching through the
# streets"), not an adjective before its noun ("striking workers")
_AFTER_A_PARTICIPLE = {"in", "on", "at", "for", "with", "through", "from", "to", "into", "across", "outside",
                       "near", "around", "along", "the", "a", "an", "his", "her", "their", "its"}
_WHEN_OPENERS = {"on", "in", "at", "earlier", "later", "last", "this"}
# words that can neither end nor open a speaker's phrase
FUNCTION_WORDS = {
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "is", "are",
    "was", "were", "be", "been", "not", "no", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "my", "your", "what", "who", "which", "whom", "whose", "it", "there", "here", "as", "than", "so", "if", "when",
    "where", "while", "because", "although", "though", "whether", "how", "why", "everything", "anything",
    "something", "nothing", "everyone", "anyone", "someone", "nobody", "none", "all"}
_COMMON_HEADS = GROUP_HEADS | ORG_HEADS | PERSON_NOUNS | ROLE_WORDS | DETERMINERS | SOURCE_NOUNS | {
    "many", "some", "several", "most", "few", "both", "other", "others", "those", "these", "one", "two", "three"}
_QUANTITIES = {"half", "third", "quarter", "majority", "minority", "percent", "plurality", "most", "many",
               "some", "few", "several", "others", "one", "all", "both"}
_PEOPLE_SUFFIXES = ("ers", "ists", "ants", "ents", "ians", "ors", "ees", "ives", "ans", "ics", "ies")
# the phrase after "according to", up to a comma, a bracket or the sentence end
_SOURCE_PHRASE = regex.compile(r"\s*(?P<np>[^\s,;:.!?()—–][^,;:!?()—–]*?)\s*(?=[,;:!?()—–]|\.(?:\s|$)|$)")
# a described person: "the gambling tycoon", "a spokesperson for the firm", "the 43-year-old"
DESCRIBED = regex.compile(r"(?:the|a|an|one|his|her|their|its|another)\s+(?:[\p{L}\-’'0-9]+\s+){0,4}"
                          r"(?P<head>[\p{Ll}0-9][\p{L}\-’'0-9]*\p{Ll})")


def source_as_written(text: str, start: int, hi: int) -> Optional[Speaker]:
    """The phrase after "according to", up to the next comma or the sentence end, as its mention."""
    m = _SOURCE_PHRASE.match(text, start, min(hi, start + 160))    # a window: linear whatever follows
    if m is None or not 1 <= len(_words(m.group("np"))) <= 12:
        return None
    return Speaker(mention=m.group("np"), start=m.start("np"), end=m.end("np"))


def _speaker_like(word: str) -> bool:
    """Could this word head a phrase for someone who speaks (a name, people, a share of them)?"""
    low = word.lower()
    return (word[:1].isupper() or word[:1].isdigit() or low in _COMMON_HEADS or low[:-1] in _COMMON_HEADS
            or low in _QUANTITIES or (low.isalpha() and low.endswith(_PEOPLE_SUFFIXES)))


def bare_subject(text: str, lo: int, vstart: int, cast: Cast) -> Optional[Speaker]:
    """The noun phrase just before a verb of speech, as written, when no known speaker is in it.

    News attributes a great deal to people the article never names ("three current and
    former employees said", "26% say", "Those close to him say"). The clause is still
    reported speech; its speaker is left unresolved (``speaker: null``) unless the
    phrase is itself a capitalised name, with the phrase kept as the mention.
    """
    toks = _tokens(text, max(lo, vstart - 120), vstart, cast)
    i = len(toks)
    if i >= 2 and toks[-1][0] == "who":
        i -= 1      # "security experts who say …"
    while i and is_subject_adverb(toks[i - 1][0]):
        i -= 1
    if not i:
        return None
    if i < len(toks):
        # "Ms. Okafor however said": past the adverb, the subject may be someone the cast knows
        known = subject_before(text, lo, toks[i - 1][2], cast, vstart)
        if known is not None:
            return known
    j = i
    while j and i - j < 10:
        w = toks[j - 1][0]
        lw = w.lower()
        if w in _BOUNDARY or lw in _STOP_BEFORE:
            break
        if lw == "and" and j >= 2 and toks[j - 2][0].islower() and j < i and toks[j][0].islower() \
                and toks[j - 2][0].isalpha():
            j -= 1      # "current and former employees"
            continue
        if lw in ("and", "but", "or"):
            # "Hawkins and others said": one coordinated subject only at the start of its clause
            if lw == "and" and j >= 2 and toks[j - 2][0][:1].isupper() and (
                    j == 2 or toks[j - 3][0] in _BOUNDARY):
                j -= 2
            break
        j -= 1
    if j >= 2 and toks[j - 1][0] == "who" and i - j <= 9:
        # "Senior advisers who have run the numbers say": the subject is the phrase before "who"
        return bare_subject(text, lo, toks[j - 1][1], cast)
    np = toks[j:i]
    k = len(np)
    while k > 1 and np[k - 1][0].lower() in _WHEN_WORDS:
        k -= 1
    if k < len(np) and np[k][0].lower() in _WHEN_OPENERS:
        np = np[:k]     # "RNC spokesman Sean Spicer on Thursday evening said": the day is not the subject
        while len(np) > 1 and is_subject_adverb(np[-1][0]):
            np = np[:-1]    # "allies have in the past said"
        if not np:
            return None
        known = subject_before(text, lo, np[-1][2], cast, vstart)
        if known is not None and ((known.entity is not None and known.entity.kind == "person")
                                  or known.start <= np[0][1]):
            return known    # (someone the cast knows, or the whole phrase: not "allies" of "friends and allies")
    for k in range(1, len(np)):
        w = np[k][0]
        if w.islower() and np[k - 1][0].lower() not in FUNCTION_WORDS and (w.endswith("ed") or (
                w.endswith("ing") and k + 1 < len(np) and np[k + 1][0].lower() in _AFTER_A_PARTICIPLE)):
            np = np[:k]     # "a poll released this week", "protesters marching through the streets": the
            break           # participle's phrase is not the head
    if not np or len(np) > 9:
        return None
    head, first = np[-1][0], np[0][0]
    if not head[:1].isalnum() or head.lower() in FUNCTION_WORDS or first.lower() in FUNCTION_WORDS - {
            "the", "this", "these", "those", "his", "her", "their", "its", "our", "all", "a", "an", "no"}:
        return None
    if head[:1].isdigit() and len(np) == 1 and "%" not in text[np[0][2]:np[0][2] + 2] \
            and "percent" not in text[np[0][2]:np[0][2] + 9]:
        return None
    if not any(_speaker_like(t[0]) for t in np):
        return None     # "health care spending", "the plan": not somebody who speaks
    mention = text[np[0][1]:np[-1][2]]
    named = all(t[0][:1].isupper() and t[0].lower() not in _COMMON_HEADS for t in np)
    kind = "person" if named else ("group" if head.islower() and head.endswith("s") or head[:1].isdigit() else None)
    return Speaker(mention=mention, name=mention if named else None, kind=kind, start=np[0][1], end=np[-1][2])


# an opening subordinate clause: the report inside it ends at its comma
