"""Cue words: the verbs (and phrases) that report speech or a stance, found once per article.

`CueIndex` looks up which cue words occur in an article with string methods and
finds each occurrence with `str.find`, then answers range queries by bisection:
every rule asks "which cues lie between here and there?" many times per article.
"""
from __future__ import annotations

import bisect
import sys
from typing import Optional

import regex

from .lexicon import GIVEN_NAMES, SPEECH_VERBS, STANCE_ADJECTIVES, STANCE_AFTER_TO, STANCE_VERBS
from .people import contracted_pronoun
from .text import word_set

# Verbs of beginning or going on that take the cue verb as their gerund or infinitive ("began urging the board
# to …", "has started to question …", "kept insisting that …"): the report is the cue's, the speaker the subject of
# the verb of beginning
_ASPECT_WORDS = (r"began|begun|begins|started|starts|continued|continues|kept|keeps|"
                 r"began\s+to|begun\s+to|begins\s+to|started\s+to|starts\s+to")
# Auxiliaries and adverbs that may stand before a cue verb ("has also said", "was critical of").
_AUX_WORDS = (r"(?:(?:has|have|had|was|were|is|are|will|would|could|might|may|also|later|then|further|previously|"
              r"repeatedly|again|once|recently|publicly|privately|quickly|simply|flatly|firmly|just|often|long|"
              r"still|reportedly|first|even|never|not|did|does|do|has\s+long|had\s+long|initially|earlier|"
              r"subsequently|separately|frequently|openly|explicitly|bluntly|angrily|told\s+\w+\s+and|"
              r"been|be|remains|remained|very|deeply|highly|increasingly|more|less|so|too|openly|sharply|since|"
              r"already|ever|always|now|privately|reportedly|%s)\s+){0,3}" % _ASPECT_WORDS)
# Any adverb in "-ly" after a form of "be" ("some are quietly saying", "she is suddenly promising", "was
# especially critical of"): the progressive or the adjective is still the verb of a clause. (Not an adjective in
# "-ly", "is likely", "was early", "is only".)
_ADVERB_AFTER_BE = (r"(?<=\b(?:is|are|was|were|been|’s|'s|’re|'re)\s+)(?!(?:likely|unlikely|only|early|daily|weekly|"
                    r"family|ugly|holy|lonely|costly|elderly|timely)\s)\p{Ll}{2,}ly")
_AUX = _AUX_WORDS.replace(r")\s+){0,3}", "|" + _ADVERB_AFTER_BE + r")\s+){0,3}")
ADJECTIVE_CUES = set(STANCE_ADJECTIVES) - {"against"}
_CUE_WORDS = set(SPEECH_VERBS) | set(STANCE_VERBS) | ADJECTIVE_CUES
# A sentence may open with the verb: "Said Mr. Comey, “…”" (capitalised speech verbs are cues too)
SPEECH = set(SPEECH_VERBS) | {w.capitalize() for w in SPEECH_VERBS}
# Headlines capitalise every word: "Ruiz Endorses Vale for Mayor", "Union Backs Port Plan" (the present in "-s",
# the tense of a headline; a capitalised word in another form is most often part of a name)
# (not the forms that are as often a plural noun in a name or a title: "Muslim Advocates", "Executive Orders")
HEADLINE_STANCE = {w.capitalize() for w in STANCE_VERBS if w.endswith("s") and " " not in w} - {
    "Voices", "Orders", "Advocates", "Sides", "Claims", "Calls", "Demands", "Plans", "Hopes", "Fears", "Concerns",
    "Questions", "Answers", "Reports", "Comments", "Notes", "Remarks", "Views", "Thoughts", "Supports", "Wishes",
    "Promises", "Pledges", "Threats", "Warnings", "Votes", "Needs", "Bets", "Doubts", "Praises", "Charges"}
STANCE = ((set(STANCE_VERBS) | ADJECTIVE_CUES) - SPEECH) | HEADLINE_STANCE
# matched backwards from the verb ((?r): a reverse pattern anchored where the verb starts)
_AUX_BEFORE = regex.compile(r"(?r)\b%s" % _AUX.replace("{0,3}", "{1,3}"))


def _last_words(alternation: str) -> tuple[str, ...]:
    """The words an alternative of ``alternation`` (one of _AUX's) can end with: "has\\s+long" -> "long"."""
    inner = alternation[alternation.index("(?:(?:") + 6:alternation.rindex(r")\s+){")]
    return tuple(sorted({regex.search(r"(\w+)$", alt).group(1) for alt in inner.split("|")}))


# An auxiliary ends in one of these words right before the verb: a cue whose preceding text does not
# (most of them: "Peskov said") needs no backward match at all.
_AUX_LAST_WORDS = _last_words(_AUX_WORDS) + ("ly",)


def _aux_start(text: str, vstart: int, floor: int) -> int:
    """Where the auxiliaries before the verb at ``vstart`` begin ("has also said"), or ``vstart``."""
    lo = max(floor, vstart - 60)
    head = text[lo:vstart]
    # the auxiliaries end in white space (\s is a subset of str.isspace) right after one of their words
    before = head.rstrip()
    if len(before) == len(head) or not before.endswith(_AUX_LAST_WORDS):
        return vstart
    aux = _AUX_BEFORE.match(text, lo, vstart)
    return aux.start() if aux else vstart


class _Cue:
    """A cue verb found in the text, with the auxiliaries before it ("has also said").

    Where the auxiliaries start is worked out on first use: most cues are passed over
    on their verb alone.
    """

    __slots__ = ("_start", "_vstart", "_end", "_verb", "_text", "_floor")

    def __init__(self, text: str, vstart: int, vend: int, floor: int):
        self._vstart, self._end, self._text, self._floor = vstart, vend, text, floor
        self._start = -1
        self._verb = text[vstart:vend]

    def start(self, group: Optional[str] = None) -> int:
        if group == "verb":
            return self._vstart
        if self._start < 0:
            self._start = _aux_start(self._text, self._vstart, self._floor)
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, name: Optional[str] = None) -> str:
        return self._verb if name == "verb" else self._text[self.start():self._end]


# a determiner or a possessive right before a cue word makes it a noun ("Trump’s remarks"); "no one said",
# "each said" stay verbs
_DETERMINER_BEFORE = regex.compile(
    r"(?r)(?:\b(?:the|a|an|this|these|those|his|her|its|our|my|your|their|every|such)"
    r"|(?<!\b(?:no|any|some|every|each)\s+)\bone|\p{L}[’']s)\s+", regex.I)


# the letters _DETERMINER_BEFORE's words end in, in either case ("ſ" folds to "s"): every match has one of them
# right before its white space, and most cue words follow a word that ends otherwise ("Peskov said")
_DETERMINER_LAST_LETTERS = frozenset("aehnrsyAEHNRSY\u017f")


def _noun_after_determiner(text: str, i: int) -> bool:
    before = text[max(0, i - 12):i]
    # (\s is a subset of str.isspace, so the letter before a match's white space is the last one left by rstrip)
    if before.rstrip()[-1:] not in _DETERMINER_LAST_LETTERS:
        return False
    # (a pronoun's "’s" is "is" or "has": "he’s said" is a verb)
    return _DETERMINER_BEFORE.match(text, max(0, i - 12), i) is not None \
        and not (before.split() and contracted_pronoun(before.split()[-1]))


def _verb_after_one(text: str, i: int, phrase: str) -> bool:
    """"One says the toll is too high", "another said": after "one" a word no noun after "one" can be (a form in
    -s, which would be a plural, or "said", "told", "wrote") is the verb of "one" as a pronoun, one of the people
    just named ("one report", "one warning" stay nouns)."""
    first = phrase.split()[0].lower()
    if not (first in _VERBS_NEVER_NOUNS_AFTER_ONE or (first.endswith("s") and not first.endswith("ss"))):
        return False
    return _ONE_BEFORE.search(text, max(0, i - 8), i) is not None


# forms of cue verbs that are no noun: after "one" they are its verb ("One said …")
_VERBS_NEVER_NOUNS_AFTER_ONE = {"said", "told", "wrote"}
_ONE_BEFORE = regex.compile(r"(?<![\p{L}’'])(?:[Oo]ne)[ \u00a0]+$")


def cue_at(text: str, start: int, end: int) -> _Cue:
    """A cue made by hand for words the index does not hold ("according to" after a quote)."""
    return _Cue(text, start, end, start)


# "a club called Friends of the Pier", "a new website called …": a thing and its name, nobody calling
_NAMED_THING = regex.compile(r"(?r)\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}\-]+\s+){0,2}\p{Ll}[\p{Ll}\-]*\s+")


# words after a cue word that make an idiom of it, with no speaking in it: "thanks to the rain" (because of),
# "they see eye to eye" (agree)
_THANKS_TO = regex.compile(r"[ \u00a0]+to\b")
_EYE_TO_EYE = regex.compile(r"[ \u00a0]+eye[ \u00a0]+to[ \u00a0]+eye\b")
# (a source's wish to go unnamed, "who asked not to be named", "requested anonymity", is no report: the source
# speaks through the sentence's own verb)
_NOT_TO_BE_NAMED = regex.compile(r"[ \u00a0]+(?:not[ \u00a0]+to[ \u00a0]+be[ \u00a0]+(?:named|identified|quoted)|"
                                 r"anonymity)\b")
_IDIOM_AFTER = {"thanks": _THANKS_TO, "Thanks": _THANKS_TO,
                "see": _EYE_TO_EYE, "sees": _EYE_TO_EYE, "saw": _EYE_TO_EYE, "seeing": _EYE_TO_EYE,
                "asked": _NOT_TO_BE_NAMED, "asking": _NOT_TO_BE_NAMED, "requested": _NOT_TO_BE_NAMED,
                "requesting": _NOT_TO_BE_NAMED}


# a given name just before a capitalised word (read backwards), and a lower-case word after it: "Ian Read said",
# "Tom Said told": the word is a surname, not a headline's verb ("Hillary Says She Will Run" goes on in capitals)
_GIVEN_NAME_BEFORE = regex.compile(r"(?r)(?<![\p{L}'’.])(\p{Lu}\p{Ll}+)[ \u00a0]$")
_LOWER_WORD_NEXT = regex.compile(r"[ \u00a0]+\p{Ll}")


def _a_surname_here(text: str, i: int, j: int) -> bool:
    m = _GIVEN_NAME_BEFORE.search(text, max(0, i - 20), i)
    return m is not None and m.group(1) in GIVEN_NAMES and _LOWER_WORD_NEXT.match(text, j) is not None


# verbs that are cues only straight after an infinitive's "to" ("continued to attack the plan"; "an attack" is a noun)
_AFTER_TO_ONLY = frozenset(STANCE_AFTER_TO) - set(SPEECH_VERBS)
# an infinitive's "to" right before the verb, read backwards from it ("vowed to attack", "refused to publicly address")
_TO_BEFORE = regex.compile(r"(?r)\bto[ \u00a0]+(?:\p{Ll}+ly[ \u00a0]+)?")

# "those describing themselves as …": a participle with a reflexive after it is a verb, even after "those"
# (attribution reads the same reflexive to report how people describe themselves)
REFLEXIVE_AFTER = regex.compile(r"[ \u00a0]+(?:themselves|himself|herself)[ \u00a0]+(?:as[ \u00a0]+)?\p{Ll}")


class CueIndex:
    """Every cue verb of one article, found once, looked up by offset range.

    The article's words are collected with C-speed string methods and only the
    cue words that occur are searched for, which is several times faster than
    running one big alternation over the whole text; lookups are bisections.
    """

    def __init__(self, text: str, words: Optional[set[str]] = None):
        self.text = text
        if words is None:
            words = word_set(text)      # (the article's words, as the cast already holds them)
        spots = []
        for w in words & _CUE_FIRST_WORDS:
            for phrase in _CUE_BY_FIRST_WORD[w]:
                n = len(phrase)
                i = text.find(phrase)
                while i != -1:
                    j = i + n
                    if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()) \
                            and not (phrase[0].isupper() and not phrase.endswith(_HEADLINE_FORMS)
                                     and _MID_SENTENCE.search(text, max(0, i - 3), i)) \
                            and not (_noun_after_determiner(text, i) and not REFLEXIVE_AFTER.match(text, j)
                                     and not _verb_after_one(text, i, phrase)) \
                            and not (phrase == "called" and _NAMED_THING.match(text, max(0, i - 40), i)
                                     and text[j + 1:j + 2].isupper()) \
                            and not (phrase in _IDIOM_AFTER and _IDIOM_AFTER[phrase].match(text, j)) \
                            and not (phrase in _AFTER_TO_ONLY and _TO_BEFORE.match(text, max(0, i - 24), i) is None) \
                            and not (phrase[0].isupper() and _a_surname_here(text, i, j)):
                        # "the Washington Post": a capitalised base form mid-sentence is part of a name
                        # (a headline's verbs are "Says", "Warned", "Told"); after a determiner the word
                        # is a noun ("at one point", "the report", "his warning")
                        spots.append((i, j))
                    i = text.find(phrase, i + 1)
        spots.sort()
        self.spots = spots
        self.starts = [i for i, _ in spots]

    def finditer(self, lo: int, hi: int):
        k = bisect.bisect_left(self.starts, lo)
        while k < len(self.spots) and self.spots[k][1] <= hi:
            yield _Cue(self.text, self.spots[k][0], self.spots[k][1], lo)
            k += 1

    def search(self, lo: int, hi: int):
        return next(self.finditer(lo, hi), None)


def _first_words(phrases):
    table: dict[str, list[str]] = {}
    for p in phrases:
        table.setdefault(p.split()[0], []).append(p)
    return table


_CUE_BY_FIRST_WORD = _first_words(_CUE_WORDS | {w.capitalize() for w in SPEECH_VERBS} | HEADLINE_STANCE)
_CUE_FIRST_WORDS = set(_CUE_BY_FIRST_WORD)
# a capitalised word straight after a word or a comma is part of a name, not a verb opening a sentence
_HEADLINE_FORMS = ("s", "ed", "Said", "Told", "Wrote", "Thought", "Found")
_MID_SENTENCE = regex.compile(r"[\p{L}\p{N},]\s{1,2}$")


class _According:
    """"according to", "in the words of", "as reported by", found only where one of their words occurs.

    The pattern ignores case; a cheap ``in`` test on the lower-cased stretch first
    skips the many paragraphs that contain none of them. The words tested have no
    letter that Unicode case folding pairs with a non-ASCII one (i, k, s do).
    """

    # ("as first reported by the Ledger": the outlet that broke the story vouches for it as well)
    PATTERN = regex.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of|as\s+(?:(?:first|previously|originally|"
                            r"initially)\s+)?(?:reported|told)\s+by)\s+", regex.I)
    _WORDS = ("ccord", "word", "eported", "told")

    def _may_occur(self, text: str, pos: int, endpos: int) -> bool:
        low = text[pos:endpos].lower()
        return any(w in low for w in self._WORDS)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self._may_occur(text, pos, endpos):
            return iter(())
        return self.PATTERN.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self._may_occur(text, pos, endpos):
            return None
        return self.PATTERN.search(text, pos, endpos)


ACCORDING = _According()
