"""Attribution: which words around a quote name its speaker, and which clauses are reported speech.

The rules read the article once, paragraph by paragraph:

1. direct quotes (whole sentences in marks) take their speaker from the words
   after them (`“…,” Mr. Kirby said`), before them (`Ms. Okafor said: “…”`),
   from the quote they continue (`“A,” he said. “B.”`), or from the
   paragraph before (a lead-in ending in a colon, or the speaker of the
   previous quote);
2. reported speech is a cue verb with a subject before it (`Russia said
   Tuesday that …`), an inverted one after it, a clause before it
   (`…, officials said.`) or `according to X`; a quoted fragment inside that
   clause makes it a partial quote.

Every search here is bounded to one sentence or a fixed window, so the cost is
linear in the article whatever its content.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field, replace
from typing import Optional

import regex

from .cues import ACCORDING, ADJECTIVE_CUES, REFLEXIVE_AFTER, SPEECH, STANCE, CueIndex, cue_at
from .lexicon import (ABBREVIATIONS, ADD_FORMS, AUDIENCE_NOUNS, CALL_FORMS, CENSURE_NOUN_PHRASES, CLAUSE_VERBS, DETERMINERS,
                      EVIDENCE_VERBS, FUTURE_VERB, GLOSS_WORDS, GROUP_HEADS, IRREGULAR_PARTICIPLES, MANNER_VERBS,
                      NOT_NAME, OFFICE_NOUNS, ORG_HEADS, PERSON_NOUNS, PHRASAL_PARTICLES, PLACES, PRONOUN_GENDER,
                      QUOTING_VERBS, REPORT_NOUNS, SAYING_VERBS, SEEK_FORMS, SOURCE_NOUNS, TITLE_HEADS, TOPIC_PHRASES,
                      SHARE_CHOICE_VERBS, TOPIC_VERBS, MONTH_ABBR, MONTHS, WEEKDAYS, WORK_NOUNS, WRITTEN_WORKS)
from .marks import Quoted
from .people import INVERTED_VERBS, Cast, Entity, appositive_end, contracted_pronoun
from .phrases import (CONJUNCTIONS, Speaker, _np_token, _pronoun, _speaker_from_words, _tokens, opening_subject_as_written,
                      sentence_subject, subject_after, subject_before)
from .spans import Claims, Intervals
from .subjects import (DESCRIBED, FUNCTION_WORDS, bare_subject, document_source, document_subject, is_subject_adverb,
                       is_where_adverb, opening_description, share_of_people, source_as_written)
from .text import Span, is_possessive, sentences, split_contraction, strip_article, strip_possessive, words as _words

# Words ending in "-ing" after a comma that are no participle of the writer's ("…, including Ashford, …")
_NOT_PARTICIPLES = ("including", "during", "nothing", "something", "anything", "everything", "being", "morning",
                    "evening", "spring", "string")
_MANNER_ADVERB = regex.compile(r"\p{Ll}{2,}ly")
# the words that open a relative clause set off after a noun: "who", "whose", "for whom", "both of whom"
_RELATIVE_OPENER = r"(?:who|which|whom|whose|(?:\p{Ll}+\s+of|for)\s+(?:whom|which))"
# Where a reported clause gives way to the writer's words again, or to a second report ("…, adding that …")
# (", a move that …", ", a reference to …": an appositive about the whole report ends it too; so does a
# participle after a comma, ", giving the islanders …", ", despite …": what the report led to, in the
# writer's words; and a figure's comparison, ", up four points from …", ", less than half of …", ", double
# the …": the writer setting the figure against another; so is ", as have others …", ", as was the case …": "as"
# then an auxiliary, the writer likening others or other times to what was said)
_CLAUSE_TAIL = regex.compile(r",(?P<close>[\p{Pf}\"'’]*)\s+(?:but|%s|while|whereas|although|though|where|even\s+though|a\s+sign|an\s+indication|"
                             r"as\s+(?:has|have|had|did|do|does|is|are|was|were)|"
                             r"(?:a|an)\s+(?:[\p{L}\-]+\s+){1,3}?(?:that|which|of|to|at|for|in|aimed|meant|designed|intended)\b|even\s+as|"
                             r"according\s+to|compared\s+(?:with|to)|(?:up|down)(?:\s+[\p{L}\p{N}.%%$]+){0,3}?\s+from|"
                             r"(?:less|higher|lower)\s+than|double\s+the|despite|"
                             r"(?!(?:%s)\b)\p{Ll}{2,}ing)\b" % (_RELATIVE_OPENER, "|".join(_NOT_PARTICIPLES)))
# the last words of the _CLAUSE_TAIL matches that open a clause of their own (", but …", ", which …", ", even as …")
_CLAUSE_TAIL_OPENERS = {"but", "who", "which", "whom", "whose", "while", "whereas", "although", "though", "where", "as"}
_TITLE_LEADS = {"on", "in", "of", "for", "with", "the", "a", "an", "called", "titled", "entitled", "named",
                "dubbed", "about", "from", "by", "at", "his", "her", "their", "its", "our", "my", "your"}
_ANSWERS = {"yes", "no", "so", "not", "maybe"}
# the last words that leave a two-word object unfinished ("wants it to", "showed an awkward"), and the two-word
# phrases that say how much or how something was said, not what, or are a greeting or thanks said in passing
_UNFINISHED_PAIR_ENDS = {"to", "a", "an", "the", "of", "for", "with", "and", "or", "but", "his", "her", "their", "its"}
_NOTHING_WORDS = {"nothing", "little", "no",     # "said nothing else", "offered no proof": nothing was said
                  # "answered within minutes", "spoke last week", "wrote in 2015": when or where, not what
                  "within", "in", "at", "on", "after", "before", "during", "since", "until", "by", "from", "into",
                  "across", "through", "around", "last", "next", "early", "late", "later",
                  "again", "here", "there", "today", "yesterday", "tomorrow", "twice", "once"}
_EMPTY_PAIRS = {"a lot", "as well", "at length", "at once", "in turn", "in person", "on camera", "this way", "that way",
                "very much", "so much", "a bit", "too much", "good morning", "good afternoon", "good evening",
                "good night", "good luck", "thank you", "happy birthday", "a question"}
_YES_OR_NO = {"yes", "no"}
# words of degree or share before "support" or "backing": "strong", "broad", "34%", "40 percent"
_SUPPORT_DEGREE = r"strong|broad|overwhelming|tremendous|solid|deep|wide|\d+%|\d+\s+percent"
# gaining the support of a group: "drew strong support from", "earned the backing of", "has support among" (the
# verb, up to four words of degree or share, the noun, the preposition; the group follows)
_SUPPORT_FROM = regex.compile(
    r"\b(?:drew|draws|draw|drawing|earned|earns|received|receives|won|wins|enjoyed|enjoys|gained|gains|locked\s+in|"
    r"secured|has|had)\s+(?:(?:the|a|an|his|her|their|its|" + _SUPPORT_DEGREE + r"|even|stronger|more|majority|"
    r"significant|considerable|heavy|greater|much|plurality|largely|unwavering)\s+){0,4}"
    r"(?P<noun>support|backing)\s+(?:from|of|among)\s+")
# where the group that backs someone ends: a means ("by echoing …"), a comparison ("to Cruz's 20%"), "overall"
# (a group that a relative clause defines, "those who said …", is left alone: the clause is a report of its own, and
# the group reads as its words)
_BACKERS_END = regex.compile(r"\s(?:by|to|overall|than|who|whom|which|that)\b")
# the support a possessor has among a group: "her support among …", "His 34% support among …", "Ruiz's deep support
# among …" (a pronoun, or a capitalised name before "'s"; up to three words of degree or share; "among" only: "her
# support from the superdelegates" is as often a count of votes)
_SUPPORT_AMONG = regex.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er|[Tt]heir)\b|\b\p{Lu}[\p{L}.\-]*(?=['’]s\s))(?:['’]s)?\s+"
    r"(?:(?:" + _SUPPORT_DEGREE + r"|growing|dwindling|lagging|greatest|biggest|weak|waning|rising|falling|"
    r"slipping|lopsided|enduring)\s+){0,3}"
    r"(?P<noun>support|backing)\s+among\s+")
# the group after "support among", up to the sentence's predicate (the support is the subject: "… among women is a
# record low", "… still lags"), a poll it was measured in ("in an ABC poll"), or a stop
_GROUP_BEFORE_PREDICATE = regex.compile(
    r"[^,.;:\n—–()]{2,80}?(?=\s+(?:in|on|is|are|was|were|has|have|had|still|remains|gives|gave|could|will|would|"
    r"to|makes?|made|continues|lags?|grew|grows|fell|falls)\b|\s*[,.;:\n—–()]|\s*$)")
_SUPPORT_SUBJECT_GAP = 40    # characters of auxiliaries and adverbs between the subject and the verb
_AUX_BEFORE_GAINING = regex.compile(r"(?:\s(?:has|have|had|also|again|still|already|continues\s+to|continued\s+to)"
                                    r"){1,3}\s$")


def _may_hold_support(text: str, start: int, end: int) -> bool:
    """False only where _SUPPORT_FROM cannot match: its every match holds "support" or "backing"."""
    return text.find("support", start, end) != -1 or text.find("backing", start, end) != -1


_THEMSELVES_AFTER = regex.compile(r"\s+themselves\s")
# a comma and the next share of those polled: ", 32% call themselves …", ", and about 20 percent …"
_NEXT_SHARE = regex.compile(r",\s+(?:and\s+|while\s+)?(?:(?:about|nearly|almost|roughly|only|just|some)\s+)?"
                            r"\d[\d.,]*\s?(?:%|percent\b)")
# an answer, then the writer's next clause: "said yes while 48 percent agreed", "said no, but …"
_ANSWER_THEN_MORE = regex.compile(r"(?P<answer>(?i:yes|no))(?:\s*,)?\s+(?:while|whereas|but|and|compared|versus)\s")
# a clause cut back to its subject and auxiliary, the rest understood from the question or the sentence before:
# "Hale said he would", "they said she could not", "Ruiz said the council had"
_ELLIPTICAL_CLAUSE = regex.compile(r"(?:he|she|they|we|I|it|you|(?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?)\s+"
                                   r"(?:would|could|will|did|does|do|had|has|have|was|were|is|are|can|should|"
                                   r"might|may|must)(?:\s+not|n['’]t)?")
_CLAUSE_OPENERS = {"he", "she", "it", "they", "we", "i", "you", "that", "there", "the", "a", "an", "this", "these"}
_REFUSALS = {"declined", "declines", "refused", "refuses", "declining", "refusing"}
# the preposition a verb of speech takes before what it was about (the verb's, not the report's)
_TOPIC_PREPOSITION = regex.compile(r"\s*(?:about|of|against|for|upon)\s+(?!(?:sure|example|instance|now|once|"
                                    r"every|years|months|weeks|days|decades|hours)\b|\p{N})")
_PARTICLE = regex.compile(r"\s*(?:for|about|of|on|to|out|up|against)\s+")
# "expressed support for the plan", "showed no sign of giving way", "offered a spirited defense of the
# town": a verb of showing or voicing, then the feeling or stance it shows; what the stance is about is what is
# reported (the noun and its preposition go with the verb, as the words of a cue would)
_SHOWING_VERBS = {"express", "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing",
                  "offer", "offers", "offered", "offering", "show", "shows", "showed", "showing",
                  "signal", "signals", "signaled", "signalled", "signaling", "signalling",
                  "indicate", "indicates", "indicated", "indicating", "tweet", "tweets", "tweeted", "tweeting"}
_STANCE_NOUNS = ("support|interest|concerns?|discomfort|displeasure|enthusiasm|signs?|defen[cs]es?|opinions?|words|"
                 "language|understanding|sympathy|s[ck]epticism|frustration|opposition|regrets?|appreciation|doubts?|"
                 "confidence|optimism|pessimism|admiration|disdain|contempt|disapproval|approval|dismay|outrage|anger|"
                 "alarm|gratitude|condolences|solidarity|reservations|misgivings|thoughts|views|praise|criticism|"
                 "openness|reluctance|willingness|eagerness|impatience|irritation|unease|fears?|hopes?")
# (the words before the noun describe it: "no immediate signs of", "some kind words about"; no clause or phrase
# comes between: "alarm that his views on …", "frustration in an interview …" are no such object)
_STANCE_OBJECT = regex.compile(r"[^\S\n]*(?:(?!(?:that|which|who|whom|whose|what|how|why|when|where|if|whether|in|on|"
                               r"at|for|of|to|with|about|from|by|and|or|but)[^\S\n])\p{Ll}[\p{Ll}\-]*[^\S\n]+){0,3}?"
                               r"(?:%s)(?P<prep>[^\S\n]+(?:for|of|in|about|with|on|toward|towards)[^\S\n]+)(?=\S)"
                               % _STANCE_NOUNS)
# "said little about how", "says nothing about the levy", "isn't saying much about it": how much was said, and
# then what it was about, which is the report
_SAY_FORMS = {"say", "says", "said", "saying"}
_HOW_MUCH_ABOUT = regex.compile(r"[^\S\n]*(?:(?:almost|very|so|too|relatively|comparatively)[^\S\n]+)?"
                                r"(?:nothing|little|much)(?P<prep>[^\S\n]+about[^\S\n]+)(?=\S)")
# words in "-ly" that are no manner of doing: nouns and adjectives ("the family said"), hedges of extent ("who has
# largely rejected") and the writer's own guess or judgement ("who would probably recognize", "oddly")
_NOT_MANNER_LY = {"family", "assembly", "supply", "anomaly", "monopoly", "homily", "rally", "ally", "reply", "belly",
                  "bully", "daily", "weekly", "monthly", "quarterly", "holy", "only", "early", "likely", "friendly",
                  "elderly",
                  "largely", "mostly", "partly", "partially", "mainly", "generally", "broadly", "nearly", "roughly",
                  "fairly", "relatively", "slightly",
                  "probably", "possibly", "certainly", "surely", "presumably", "supposedly", "allegedly",
                  "evidently", "obviously", "apparently", "seemingly", "oddly", "surprisingly", "curiously",
                  "ironically", "really", "actually", "definitely", "undoubtedly", "arguably", "hardly", "barely",
                  "scarcely"}
_HAVE_FORMS = {"has", "have", "had"}
_RELATIVES_BEFORE_A_VERB = {"who", "which"}


# when it was said, between a relative pronoun and its verb: "who in 2010 said", "which last week voted", "who on
# Tuesday warned", "who earlier this year argued" (a year, a day or month, or a "last/this/earlier this" span)
_WHEN_SAID_PHRASE = (
    r"(?:(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|(?i:%s|%s)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)|"
    r"(?:(?:earlier|later)\s+)?(?:last|this|that|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter|(?i:%s))|"
    r"(?:earlier|later)\s+(?:in|on)\s+(?:the\s+)?(?:week|month|year|day|campaign)|"
    r"(?:\w+\s+)?(?:days|weeks|months|years)\s+ago|yesterday|(?i:%s))"
    % ("|".join(MONTHS), "|".join(WEEKDAYS), "|".join(WEEKDAYS), "|".join(WEEKDAYS)))
_WHEN_AFTER_A_RELATIVE = regex.compile(r"(?<![\p{L}])(?P<rel>who|which)\s+" + _WHEN_SAID_PHRASE + r"\s*,?\s*$")
_WHEN_AFTER_A_RELATIVE_REACH = 50


# the comma that opens an appositive after a name, with a word of time before the description: ", now the …"
_APPOSITIVE_OPENS = regex.compile(r",\s+(?:(?:now|then|currently|formerly|once|still|also)\s+)?$")


def _manner_adverbs_after_a_relative(toks) -> int:
    """How many of the last tokens before a cue are adverbs of manner in "-ly" (with a "has" or "have" before
    them) that stand between a relative pronoun and its verb: 1 for "who formally", 2 for "which has strongly";
    else 0. The verb's subject is the relative pronoun's antecedent as if they were not there."""
    k = len(toks)
    while k > 1 and toks[k - 1][0].islower() and toks[k - 1][0].endswith("ly") and len(toks[k - 1][0]) > 4 \
            and toks[k - 1][0] not in _NOT_MANNER_LY:
        k -= 1
    if k == len(toks):
        return 0
    if k > 1 and toks[k - 1][0] in _HAVE_FORMS:
        k -= 1
    return len(toks) - k if toks[k - 1][0] in _RELATIVES_BEFORE_A_VERB else 0


# verbs of perceiving, feeling and knowing: with a subject as written they report no stance ("Republicans who came
# of age then see inflation everywhere", "many citizens feel stung")
_PERCEIVING_VERBS = {"see", "sees", "saw", "view", "views", "viewed", "feel", "feels", "felt", "know", "knows", "knew",
                     "realize", "realizes", "realized", "recognize", "recognizes", "recognized", "consider", "considers",
                     "considered", "find", "finds", "found"}
_PHRASE_PREPOSITIONS = {"of", "in", "on", "for", "from", "at", "with", "across", "around", "inside", "outside"}
_SHARE_WORDS = {"most", "many", "some", "several", "few", "half", "all", "both", "majority", "minority", "percent",
                "dozens", "hundreds", "thousands", "millions", "number", "group", "handful"}


def _names_people(mention: str) -> bool:
    """Does the phrase name people by a plural noun for them, before any phrase after it ("women voters in both
    towns", "experts on the strait") or after a share of them ("most of his rivals", "two-thirds of members")?
    (Nouns the lexicon knows for people, or in "-ists" and "-ians": not any "-ers" or "-ents", "the numbers",
    "the comments".)"""
    words = mention.lower().split()
    k = next((i for i, w in enumerate(words) if w in _PHRASE_PREPOSITIONS), len(words))
    if not k:
        return False
    head = words[k - 1]
    if (head in _SHARE_WORDS or head.endswith(("thirds", "quarters", "fifths"))) and k < len(words):
        head = words[-1]
    if any(w == "to" or w.endswith("ing") for w in words):
        return False    # ("its pilots from having to file the … report": a verb in it, no plain phrase)
    return head.isalpha() and head.endswith("s") and (head[:-1] in PERSON_NOUNS or head in GROUP_HEADS or (
        len(head) > 5 and head.endswith(("ists", "ians"))))


def _where_up_to_a_break(text: str, verb: str, verb_end: int, day, hi: int):
    """"…, he said after meeting aides on Thursday, because …", "…, the office reported on Friday -- a
    finding that …": after a verb of saying, only when or where it was said up to a comma or a dash, whose
    match this returns (None if not so); the clause before the subject is what was said, and what follows the
    break is the writer's, another report, or (`Attributor._report_resumes`) more of the same."""
    if (verb not in SAYING_VERBS and verb not in _CLOSING_REPORT_VERBS) or verb in _COMPLEMENT_PREPOSITION_VERBS:
        return None
    brk = _BREAK_AFTER_ADJUNCT.search(text, verb_end, min(hi, verb_end + _BREAK_REACH))
    if brk is None:
        return None
    head = text[verb_end:brk.start()]
    if _FINITE.search(head) is not None or _QUOTE_OPENS.match(text, brk.end(), hi) is not None:
        return None     # ('…, Ruiz said at a rally, “…”': the quote after the comma is what was said)
    if _adjunct_only(head) is not None or (day is not None and day.end() <= brk.start()
                                           and _adjunct_only(text[day.end():brk.start()]) is not None):
        return brk
    return None


def _adjunct_after_day(text: str, day, hi: int) -> bool:
    """"…, he said Wednesday morning on Harbor Radio.": the day the verb was said, then only where or how
    (``day`` is the _DAY_AFTER match right after the verb, or None)."""
    return day is not None and _adjunct_only(text[day.end():hi]) is not None


def _ascii_except(initials: str) -> frozenset:
    """The ASCII characters but ``initials`` (in either case). A pattern whose every match opens with one of
    ``initials`` cannot match where the character is in this set: one slice and one set lookup, much cheaper
    than a match that fails. (An empty slice, or a non-ASCII character that may fold to one of them, is not in
    the set and goes to the regex.)"""
    return frozenset(map(chr, range(128))) - set(initials.lower()) - set(initials.upper())


# the days of the week, as an alternation for the patterns below (case-insensitive ones read any case)
_WEEKDAY = "|".join(WEEKDAYS)
# verbs of saying whose impersonal passive ("it was reported that …") reports the clause with nobody named
_IMPERSONAL_PASSIVES = {"said", "reported", "announced", "confirmed", "claimed", "alleged", "argued", "stated",
                        "noted", "suggested", "revealed", "disclosed", "rumored", "rumoured", "predicted"}
# "it" and a form of "be" (perhaps with an auxiliary and an adverb) right before the participle: "It's been",
# "it was widely", "it has long been" (matched backwards from the verb)
_IT_IS_BEFORE = regex.compile(r"(?r)(?<!\p{L})[Ii]t(?:\s+(?:has|had|have|will|would|may|might|could|can|is|was)|[’']s)"
                              r"(?:\s+(?:not|also|now|long|often|\p{Ll}+ly))?(?:\s+(?:be|been|being))?"
                              r"(?:\s+\p{Ll}+ly)?\s+$")
# "has reportedly", "was reportedly": an auxiliary, then the adverb, then the verb it qualifies
_AUX_REPORTEDLY = regex.compile(r"(?<!\p{L})(?:is|are|was|were|has|have|had|will|would)\s+reportedly\s+(?=\p{Ll})")
# where the clause holding "has reportedly" may start: after a comma, a bracket or a dash
_REPORTEDLY_CLAUSE_START = regex.compile(r"[,(]\s*|\s[—–-]\s")
_RELATIVES_BEFORE_REPORTEDLY = {"who", "which", "that", "whom", "whose", "where", "when"}
# where the writer's words take over from a clause with "reportedly": a closing bracket, a participle's phrase
# after a comma, "as" and a pronoun opening a clause of when
_REPORTEDLY_TAIL = regex.compile(r"\)|,\s+\p{Ll}+ing\b|\s+as\s+(?:it|he|she|they|we|you|I)\s")
_REPORTEDLY_VERB_REACH = 24     # characters after "reportedly" within which a cue verb would start
_IT_IS_REACH = 32    # characters from "it" to the verb at most
# a subordinator right before that "it": "when it was said that …" (matched backwards from the verb)
_SUBORDINATOR_BEFORE_IT = regex.compile(r"(?r)(?<!\p{L})(?:when|while|as|because|since|although|though|if|after|before|"
                                        r"once|until|unless|whereas)\s+it\b[^,;:.!?]*$", regex.I)
_IMPERSONAL_BE = {"is", "was", "be", "been", "being"}
# a comma or a dash after a phrase of when or where, and how far after the verb one is looked for
_BREAK_AFTER_ADJUNCT = regex.compile(r",|;|\s(?:--|[—–])\s")
_BREAK_REACH = 80
_AND_OR_BUT = regex.compile(r"\s*(?:and|but)\s")
# a preposition opening a phrase ("In the old empire", "After the vote"), which alone is no clause
_OPENING_PREPOSITION = regex.compile(r"\s*(?:In|On|At|For|After|Before|During|Under|Since|From|Across|Throughout|Among)\s")
_QUOTE_OPENS = regex.compile(r"\s*(?:[\p{Pi}\"]|'')")
# verbs of reporting besides those of saying that close a sentence as its attribution ("…, the office reported")
_CLOSING_REPORT_VERBS = {"reported", "reports", "announced", "announces", "wrote", "writes", "stated", "states",
                         "added", "adds", "confirmed", "confirms"}
# a day or a phrase of where before the that-clause of an impersonal passive ("reported on Monday that")
_BEFORE_IMPERSONAL_THAT = regex.compile(r"(?:\s+(?:on\s+)?(?:%s|yesterday|today|earlier|later|last\s+\p{L}+|"
                                        r"in\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))?,?(?=\s+that\s)"
                                        % _WEEKDAY, regex.I)


def _it_is_before(text: str, lo: int, vstart: int) -> bool:
    """Does an impersonal "it" and a form of "be" stand right before the verb at ``vstart`` ("it was said",
    "It’s been reported", "it is widely claimed"), not "it" alone ("it reported", "it has claimed")?"""
    start = max(lo, vstart - _IT_IS_REACH)
    window = text[start:vstart]
    if "it " not in window and "It " not in window and "t’s " not in window and "t's " not in window:
        return False    # (the regex only where an "it" is)
    m = _IT_IS_BEFORE.search(text, start, vstart)
    if m is None:
        return False
    words = m.group().split()
    return any(w in _IMPERSONAL_BE for w in words) or (words[0][-2:] in ("’s", "'s") and "been" in words)

# what comes between a verb and the clause it reports: "that", when, where ("on the radio’s “Morning Hour”"), to whom;
# and, before "that" only, when or how it was said ("this week that", "repeatedly that", "for example, that")
_LEADING_SKIP = regex.compile(
    r"(?:\s|,|that\b|on\s+\w+[’']s\s+(?:[“\"][^”\"\n]{1,60}[”\"]|(?-i:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}))|"
    r"on\s+\w+\b|in\s+an?\s+(?:statement|interview|email|e-mail|speech|letter|tweet|post|"
    r"video|op-ed|essay|report|address|memo|filing|note|column|blog\s+post|book|article|newsletter|release|"
    r"news\s+release|press\s+release|radio\s+interview|television\s+interview|phone\s+interview)(?:\s+(?:to|with|on)\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*)?\b|"
    r"(?:" + _WEEKDAY + r"|yesterday|today|earlier|later|last\s+\w+)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b(?![’']s\b)|"
    # "said this week that …", "suggested over the summer that …", "has said repeatedly that …", "testified, for
    # example, that …": when or how, where "that" follows ("said this year will bring …" has its subject)
    r"(?:(?:(?:earlier\s+|later\s+)?this|over\s+the)\s+(?:week|weekend|month|year|spring|summer|fall|autumn|winter|"
    r"morning|afternoon|evening)|repeatedly|privately|publicly|again|for\s+(?:example|instance))(?=[\s,]+that\b)|"
    r"(?:reporters|journalists|lawmakers|supporters|the\s+crowd|an?\s+audience|the\s+audience|him|her|them|"
    r"us|me)\b)*", regex.I)
# an object pronoun after "that" opens the clause ("added that her lead …"), it is no audience ("told her that")
# a participle opening its sentence right before a quote's mark: '… Adding, “'
# ", and", ", but" or ";" joining a second clause to a sentence, and how far back from a participle one is looked for
_CLAUSE_JOINT = regex.compile(r"(?:,[^\S\n]+(?:and|but)|;)[^\S\n]+")
_JOINED_CLAUSE_REACH = 200
# a lower-case word (a verb, an auxiliary or an adverb before one) and at least one more word after a subject
# (past a place or a body the subject's words leave out: "the Civil Liberties Union of Kent has sued")
_VERB_AFTER_SUBJECT = regex.compile(r"(?:[^\S\n]+(?:of|for|in|at|from)(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){1,4})?"
                                    r"[^\S\n]+(?!(?:who|which|that|whose|and|or|of)\b)\p{Ll}+[^\S\n]+\p{L}")
# a word, a full stop and a capital after it: where a sentence may end ("in the 1990s. Podesta …")
_FULL_STOP_THEN_CAPITAL = regex.compile(r"([\p{L}\p{N}]*)[.!?][\p{Pf}\"'’]*\s+[\p{Pi}\"'‘]*\p{Lu}")


def _sentence_break_between(text: str, lo: int, hi: int) -> bool:
    """Does a sentence end between ``lo`` and ``hi`` after a word of two letters or more that is no abbreviation
    ("Mr. Clarke", "U.S. Senate" go on), whatever the splitter made of it? Read only within a participle's
    reach of its subject."""
    for m in _FULL_STOP_THEN_CAPITAL.finditer(text, lo, hi):
        word = m.group(1)
        if len(word) > 1 and word.lower() not in ABBREVIATIONS:
            return True
    return False


# opening quotation marks (and the space before them) where a sentence starts
_OPENING_MARKS = regex.compile(r"[\s\p{Pi}\"'‘]*")
# a colon and an opening mark, all that stands between a report and the quote that goes on from it
_COLON_BETWEEN = regex.compile(r"[^\S\n]*:[^\S\n]*[\p{Pi}\"'‘]{1,3}")
_OPENING_PARTICIPLE = regex.compile(r"[.!?][\p{Pf}\"'’]*\s+(\p{Lu}\p{Ll}+ing),?\s*[\p{Pi}\"'‘]+$")
_THAT_THEN_PRONOUN = regex.compile(r"\bthat\s+(?=(?:him|her|them|us|me)\b)", regex.I)


# "her" as the last word skipped, and the word after it (a possessive's noun, or the start of a clause)
_HER_LAST = regex.compile(r"(?<!\p{L})[Hh]er\s+$")
_PRONOUN_LAST = regex.compile(r"(?<!\p{L})(?:him|her|them|us|me)\s+$")
_WORD_AFTER = regex.compile(r"\p{Ll}+\b")
# words after an audience's "her" that open the clause or say when or how it was told ("told her the …",
# "told her he …", "told her repeatedly"), where "her" cannot be a possessive
_AFTER_AN_AUDIENCE = FUNCTION_WORDS | {"he", "she", "they", "we", "i", "you", "up", "about", "over", "into", "out",
                                       "earlier", "later", "last", "yesterday", "today", "again", "once", "twice"}


# the words _LEADING_SKIP's alternatives open with, but for "that" (which _leading_skip_end reads itself) and
# white space or a comma; each is followed by white space, a comma or a word boundary in the pattern
_LEADING_SKIP_WORDS = frozenset({
    "on", "in", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "earlier", "later", "last", "this", "over", "repeatedly", "privately", "publicly", "again", "for", "reporters",
    "journalists", "lawmakers", "supporters", "the", "a", "an", "him", "her", "them", "us", "me"})
# the white space and the comma the pattern's first two alternatives skip one at a time (all of them \s or ",")
_LEADING_SPACE = " \t\n\r\x0b\x0c,\u00a0"


def _leading_skip_end(text: str, pos: int, hi: int) -> int:
    """``_LEADING_SKIP.match(text, pos, hi).end()``, without the regex where it can only skip white space,
    commas and "that".

    Most clauses open with a word none of the pattern's alternatives opens with ("said Russia …", "said he …"),
    and a failing match of the whole alternation costs several times what the string tests here cost. The
    pattern is a loop of alternatives with nothing after it, so where its last iteration ends does not depend
    on how it got there: the white space, commas and "that"s read here leave the regex, when it is still
    needed, at the same place its own iterations would have reached.
    """
    end = pos
    while True:
        head = text[end:min(hi, end + 24)]
        rest = head.lstrip(_LEADING_SPACE)
        start = end + len(head) - len(rest)
        if not rest:
            if start >= hi:
                return start    # nothing but white space and commas up to the end
            break               # (a longer run of them than the slice: the regex reads it)
        first = rest[0]
        if first.isascii() and not first.isalpha():
            if first > " ":
                return start    # punctuation or a digit, which no alternative opens with
            break               # (an ASCII control character: the regex decides what \s makes of it)
        word = rest.split(None, 1)[0] if not rest[0].isspace() else ""
        if not (word.isascii() and word.isalpha()) or len(word) == len(rest):
            break   # a word with other characters in it (or one the slice may cut): the regex reads it
        low = word.lower()
        if low == "that":
            end = start + 4     # "that" and white space after it: the pattern's third alternative
            continue
        if low in _LEADING_SKIP_WORDS:
            break
        return start    # a word no alternative opens with, followed by white space
    return _LEADING_SKIP.match(text, end, hi).end()


def _skip_leading(text: str, pos: int, hi: int) -> int:
    """Where a reported clause starts after its cue at ``pos``: past "that", a day, a medium, an audience."""
    end = _leading_skip_end(text, pos, hi)
    that = _THAT_THEN_PRONOUN.search(text, pos, end) if end - pos > 6 else None
    if that is not None:
        return that.end()
    # (both patterns are case-sensitive and need their pronoun inside the few characters before ``end``: mostly
    # there is only white space, and a substring test spares the regex)
    near = max(pos, end - 6)
    her = _HER_LAST.search(text, near, end) if text.find("er", near, end) != -1 else None
    if her is not None and _possessed_noun(text, end, hi):
        return her.start()      # "said her father had worked …": a possessive opens the clause, no audience
    near = max(pos, end - 7)
    told = _PRONOUN_LAST.search(text, near, end) if _may_end_in_object_pronoun(text, near, end) else None
    if told is not None and (_opens_an_infinitive(text, end, hi) or text.startswith("not to ", end)):
        return told.start()     # "asked them to host the dinner": the one asked is part of what was asked
    if end == pos + 1 and _ASK_BEFORE.search(text, max(0, pos - 7), pos) is not None:
        asked = _ONE_ASKED.match(text, end, hi)
        if asked is not None:
            return asked.end()  # "asked Mayor Ruiz whether …": the question starts at "whether", past whom
    return end


# a form of "ask" right before the cue's end, and the one asked before an indirect question: a name of up to
# four words or a short description ("asked Ana Ruiz whether", "asked the students if")
_ASK_BEFORE = regex.compile(r"(?<!\p{L})(?i:ask(?:ed|s|ing)?)$")
_ONE_ASKED = regex.compile(r"(?:(?:the|a|an|his|her|their)[^\S\n]+\p{Ll}+(?:[^\S\n]+\p{Ll}+)?"
                           r"|\p{Lu}[\p{L}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’\-]*){0,3})[^\S\n]+"
                           r"(?=(?:why|whether|if|how|what|when|where|who)\b)")


def _may_end_in_object_pronoun(text: str, lo: int, hi: int) -> bool:
    """False when _PRONOUN_LAST cannot match in ``text[lo:hi]``: each match holds one of its pronouns."""
    return text.find("him", lo, hi) != -1 or text.find("her", lo, hi) != -1 or text.find("them", lo, hi) != -1 \
        or text.find("us", lo, hi) != -1 or text.find("me", lo, hi) != -1


def _possessed_noun(text: str, pos: int, hi: int) -> bool:
    """Is the word at ``pos`` one a possessive "her" could qualify (a lower-case word that neither opens a
    clause nor says when or how: "her father", not "her the plan", "her earlier", "her privately")?"""
    word = _WORD_AFTER.match(text, pos, hi)
    return word is not None and word.group() not in _AFTER_AN_AUDIENCE and not word.group().endswith("ly")


# "the mediator", "a union spokesman", "his lawyers": a description of two to four plain words
_DESCRIBED_SUBJECT = regex.compile(r"(?:the|a|an|his|her|their|its)(?:\s+\p{Ll}[\p{Ll}\-]*){1,3}", regex.I)
_THAT_ALONE = regex.compile(r"\s+(?:that|this|so)\s*[,;.]", regex.I)
# a lead-in after an inverted verb that is only its subject and a comma: "But, said Solovey, “…”"
_INVERTED_LEAD = regex.compile(r"[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?\p{Lu}[\p{L}.'’\-]*"
                            r"(?:[^\S\n]+[\p{L}.'’\-]+){0,5},[^\S\n]*")
_PARTICIPLE_CUES = {"saying", "adding", "noting", "telling", "arguing", "warning", "calling", "explaining",
                    "insisting", "claiming", "suggesting", "stressing", "asking", "writing", "declaring",
                    "acknowledging", "citing", "describing", "accusing", "urging", "predicting", "vowing",
                    # judging someone or something, as the sentence's subject does: "…, criticizing the plan"
                    "criticizing", "praising", "attacking", "blasting", "slamming", "mocking", "denouncing",
                    "condemning", "blaming", "questioning", "defending", "rejecting", "dismissing",
                    "referring", "stating", "tweeting", "mentioning",
                    # warning, portraying or crediting, as the sentence's subject does: "…, portraying the plan as …"
                    "cautioning", "portraying", "crediting",
                    # reminding, remarking or recalling, the speaker's next words: '…,” Ruiz said, reminding reporters
                    # that Vale had backed the toll', '…, remarking that …', '…,” she said, recalling the night …'
                    "reminding", "remarking", "recalling",
                    # promising, conceding or boasting, the speaker's next words: "…, promising that the ferry
                    # would run", "…, conceding that the count was short"
                    "promising", "hinting", "admitting", "asserting", "contending",
                    "announcing", "boasting", "lamenting", "touting", "referencing", "expressing"}
# participles of promising, conceding or boasting of something, or of fearing or seeking it: after a
# comma, as those of speech above, they share the sentence's subject ("Brisk was away in Dorvel, Maine,
# promising …", "Osland blocked the bank of the Tarn Council, a league of ports, fearing …"); only to choose among
# subjects once one is found, so no report is added on their account
_SUBJECT_SHARING_PARTICIPLES = {
    "promising", "pledging", "hinting", "conceding", "admitting", "asserting", "contending", "complaining",
    "announcing", "threatening", "boasting", "lamenting", "emphasizing", "demanding",
    "touting", "fearing", "seeking", "responding", "referencing", "pleading", "signaling", "expressing"}

# participles of endorsing or seeking: after a comma they share the sentence's subject ("Ruiz went further,
# endorsing eight candidates", "The union sued, seeking an injunction"), though, unlike those above, they end no
# clause they stand in. (Not "supporting": after a comma it is as often a state's or a bloc's vote count, "Utah has
# long been loyal, supporting the party's nominees by double digits", which the corpus does not count.)
_SIDE_TAKING_PARTICIPLES = {"endorsing", "seeking"}
# participles of hoping, believing, pointing to, offering or repeating something, or of praising or scolding: after a
# comma they share the sentence's subject too ("Ruiz left early, hoping to catch the ferry", "The union held out,
# believing the board would fold", "Vale shrugged, pointing to the budget"), and end no clause they stand in.
# (Not "showing", "highlighting", "supporting", "threatening", "thinking", "continuing": after a comma the corpus
# marks them less than half the time, most often a fact or a vote count the writer gives.)
_STANCE_PARTICIPLES_AFTER_A_COMMA = {
    "hoping", "believing", "fearing", "pointing", "offering", "repeating", "reiterating", "emphasizing",
    "encouraging", "applauding", "challenging", "pledging", "refusing", "decrying", "joking", "implying",
    "expressing", "thanking", "bashing", "proposing", "demanding", "reassuring", "deeming", "advocating",
    "answering", "recognizing", "chiding", "lambasting", "wondering", "shouting", "yelling", "chanting",
    "complaining", "posting", "railing", "observing", "protesting", "alleging", "invoking",
    # what one points to as evidence, or points out: "Vale shrugged, pointing to the budget"
    "pointing to", "pointing out",
    "attacking", "painting", "comparing", "contrasting", "quoting", "alluding", "embracing",
    "promoting", "delivering"}
_PARTICIPLE_CUE_WORDS = tuple(sorted(_PARTICIPLE_CUES))
# talking of a topic after a comma shares the sentence's subject as a participle of speech does: '“…,” Ruiz said,
# talking about the ferry' (kept apart from _PARTICIPLE_CUES, whose every word ends in "ing" and starts a report of
# its own inside another's)
_TOPIC_PARTICIPLES = {"talking about", "speaking about", "speaking of", "talking of"}


# adverbs that may stand before a participle of speech and leave it a participle: "…, quickly reminding voters …",
# "…, also noting that …" (an auxiliary makes it finite: "was saying"; "now" marks a change of mind of whoever was
# just named, a reduced relative: "early backers of the bill, such as Ana Ruiz, now saying …")
_ADVERBS_BEFORE_A_PARTICIPLE = {"also", "again", "then", "later", "further", "even", "once", "first", "often",
                                "just", "already"}


def _after_a_plain_comma(text: str, toks: list) -> bool:
    """Do the tokens before a participle end in a comma (inside closing marks or not)? Not a dash: in "with Ruiz —
    who backed the levy — praising it" the dash closes an aside and the participle is the named person's."""
    return bool(toks) and (toks[-1][0] == "," or (len(toks) >= 2 and toks[-2][0] == "," and toks[-1][0] in _CLOSERS))


def _only_adverbs_before(cue: str, verb: str) -> bool:
    """Is the cue's text the participle ``verb`` after adverbs alone ("quickly reminding", "also noting")?"""
    if not cue.endswith(verb) or len(cue) == len(verb):
        return False
    words = cue[:-len(verb)].split()
    return bool(words) and all(w.lower() in _ADVERBS_BEFORE_A_PARTICIPLE or (w.endswith("ly") and w.islower()
                                                                              and len(w) > 4) for w in words)


def _is_base_form(verb: str) -> bool:
    """Is ``verb`` a cue's base form ("tell", "say", "warn"), whose third person is a cue too ("tells")?"""
    return " " not in verb and (verb + "s" in SPEECH or verb + "es" in SPEECH or verb[:-1] + "ies" in SPEECH)


def _holds_a_participle_cue(text: str, lo: int, hi: int) -> bool:
    """Does one of _PARTICIPLE_CUES occur in ``text[lo:hi]``? Each ends in "ing", so only where "ing" does:
    a cue occurs iff the text from ``lo`` to the end of some "ing" ends with it (a scan per cue cost more)."""
    i = text.find("ing", lo, hi)
    while i != -1:
        if text.endswith(_PARTICIPLE_CUE_WORDS, lo, i + 3):
            return True
        i = text.find("ing", i + 1, hi)
    return False


# (", and", or "and" alone: "telling reporters the levy was “a trap” and accusing …" joins a second report; a
# dash typed as one or two hyphens, "… last week - saying it …", is a dash too; an adverb may come before the
# participle: "…, recently telling an aide that …")
_SECOND_REPORT = regex.compile(r"(?:,(?P<close>[\p{Pf}\"'’]*)|\s[—–]|\s-{1,2}(?=\s)|(?=\s+(?:by|while|after|before|since|upon|and)\s))"
                               r"(?:\s+(?:by|while|after|before|since|upon|and))?(?:\s+\p{Ll}+ly)?\s+(?:"
                               + "|".join(sorted(_PARTICIPLE_CUES))
                               + r")\b")


# "a" or "an" right before a word of speech, or with a name's adjective between, make it a noun ("a post on
# Twitter", "a Facebook post"; not "a spokesman said"), read backwards from the word
_ARTICLE_BEFORE_A_NOUN = regex.compile(r"(?<![\p{L}\p{N}])(?:a|an|A|An)\s+(?:\p{Lu}\p{Ll}+\s+)?$")

# a possessive determiner and at most one word before a word of speech not in -ing make it a noun ("one of his
# recent reads, “…”", "her latest remarks"; not "one of her ads asking, “…”"), read backwards from the word
_OWNED_NOUN_BEFORE = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+(?:\p{Ll}+\s+)?$")

# verbs of talking whose "with" names the one talked with, not what was said ("joked with a friend"; not
# "pleaded with them to …", whose "to" goes on with what was asked)
_WITH_WHOM_FORMS = {"joke", "jokes", "joked", "joking", "chat", "chats", "chatted", "chatting", "banter", "bantered",
                    "bantering", "quarrel", "quarreled", "quarrelled", "quarreling", "argue", "argues", "argued",
                    "arguing", "spar", "spars", "sparred", "sparring", "clash", "clashes", "clashed", "clashing"}

# what a talk with someone was about ("… with the host on how …", "… with her aides over the budget")
_WHAT_ABOUT = regex.compile(r"\b(?:on|about|over|that|how|whether|why|what)\b")

# an object pronoun standing alone after "according to" ("according to him, …"), and its subject form
_OBJECT_PRONOUN_ALONE = regex.compile(r"\s*(?P<pronoun>him|her|them)(?=\s*[,.;:!?)\u2014\u2013]|\s*$)")
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}

# a subject pronoun and one to three lower-case words right before a participle of speech ("she began by saying",
# "he went on saying"), read backwards from it
_PRONOUN_LEADING_IN = regex.compile(r"(?<![\p{L}\p{N}])(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\s+(?:\p{Ll}+\s+){1,3}$")

# an aside of a pronoun and its verb of speech set off by commas ("…, he added, …")
_ASIDE_RIGHT_AFTER = regex.compile(r",[ \u00a0]+(?:he|she|they)[ \u00a0]+(?:said|says|added|adds|noted|notes|wrote|"
                                   r"writes|argued|argues|insisted|insists|explained|explains)[ \u00a0]*,")


@dataclass
class Attribution:
    """What the rules found for one quote, before it becomes a `Quote`."""

    pieces: list[Span]
    kind: str
    speaker: Optional[Speaker]
    cue: Optional[str]
    rule: str
    confidence: float
    paragraph: int
    windows: list[tuple[int, int]] = field(default_factory=list)   # where to look for a date
    # the writer's words cut off after the report ('— and the ferry stopped too') are still no other
    # cue's clause: the span they hold is claimed up to here
    claim_end: int = 0



# "Residents may not let the council tell", "critics have in particular noted", "closures could kindle worker
# protests": a modal or an auxiliary with words after it puts a verb inside what was read as the subject; the
# subject ends before it (not inside a relative clause: "sources who have seen it say"; and a capitalised name is
# no modal: "Will Doyle said", "Yin Myint May said")
_PREDICATE_IN_SUBJECT = regex.compile(
    r"^((?:(?!\b(?:who|whom|whose|which|that|where|when)\b)[^\n]){1,120}?)"
    r"\s+(?P<aux>will|would|could|can|may|might|should|must|has|have|had|is|are|was|were)\s+\S")
# ("Its rivals are county mayors who long backed it", "Voters are watching a veteran argue": after a form of
# "be", "has been" among them, the one who speaks is as often the noun after it, so the phrase is left as it is)
_FORMS_OF_BE = {"is", "are", "was", "were"}
# "Will reporters still want …", "can the evidence tell us …": a modal opening the "subject" asks a question
# (and one opening what a dash set off: "half the budget - was used for phone calls")
_OPENING_MODAL = regex.compile(r"(?:(?i:will|would|could|can|may|might|should|must)"
                               r"|has|have|had|is|are|was|were)\s+(?=\p{Ll})")
# "a planner - a former aide said", "the votes were tallied.The outcome showed": a spaced dash or a sentence
# end run together sets off an earlier phrase; the subject is what follows the last one
_SUBJECT_FENCE = regex.compile(r"(?:\s[-‐-―]\s|[.!?](?=\p{Lu}\p{Ll}))")


def _without_predicate_subject(attr: "Attribution") -> Optional["Attribution"]:
    """``attr`` with its subject cut to the noun phrase before a verb read into it (see _PREDICATE_IN_SUBJECT).

    A bare word of speech ending in -s after such a verb ("could kindle worker protests", "are rediscovering
    old shows", "was used for phone calls") is the verb's object noun, not a cue, and its "subject" no speaker
    (the words after it may still be some other report's, so they are kept, unattributed)."""
    sp = attr.speaker
    if sp is None:
        return attr
    mention, cut = sp.mention, 0
    if sp.entity is not None and sp.entity.name.lower() != mention.lower():
        return attr     # "there was Mr. Hannity": a name the cast knows is in it, and is the speaker
    fences = list(_SUBJECT_FENCE.finditer(mention))
    if fences:
        cut = fences[-1].end()
    opening = _OPENING_MODAL.match(mention, cut)
    if opening is not None:
        cut = opening.end()
    end = len(mention)
    inner = _PREDICATE_IN_SUBJECT.match(mention[cut:])
    if inner is not None:
        end = cut + len(inner.group(1))
    cue = attr.cue or ""
    if (inner is not None or opening is not None) and attr.kind == "indirect" and " " not in cue \
            and cue.endswith("s"):
        return replace(attr, speaker=None)
    if cut == 0 and end == len(mention) or inner is not None and (
            inner.group("aux") in _FORMS_OF_BE or mention.startswith("been ", inner.end("aux") + 1)):
        return attr     # ("The main worry has been farmers, who opposed …": "has been" is a form of "be" too)
    head = mention[cut:end].strip()
    if not head:
        return attr
    lead = mention.index(head, cut)
    # (a "name" the cast made of the whole phrase, "will reporters", is no one's: the head is the description)
    whole = sp.name == mention or sp.entity is not None
    kind, role = sp.final_kind(), sp.final_role()
    if role and role not in head:
        role = strip_article(head) if kind == "person" else None    # ("careful planner - a former aide")
    trimmed = replace(sp, mention=head, entity=None, name=head if whole else sp.name, kind=kind, role=role,
                      start=sp.start + lead, end=sp.start + lead + len(head))
    return replace(attr, speaker=trimmed)

# ---------------------------------------------------------------------- the article walk
class Attributor:
    """Reads one article and attributes every quoted passage and reported clause in it."""

    def __init__(self, text: str, paragraphs: list[Span], sentence_ends: list[list[int]],
                 passages: list[Quoted], cast: Cast):
        self.text = text
        self.paragraphs = paragraphs
        self.sentence_ends = sentence_ends     # per paragraph, offsets where a sentence ends
        self.passages = passages
        self.cast = cast
        self.results: list[Attribution] = []
        self.used_cues: set[int] = set()
        # the speaker each cue after a quote gave it ("“…,” said Senator Hale"), by where the cue's verb starts
        self.cue_speakers: dict[int, Speaker] = {}
        self.cues = CueIndex(text, cast.words)
        self.quoted = Intervals([(q.open_at, q.close_end) for q in passages])
        self.titles: set[int] = set()   # where the passages read so far as a work's title open
        self._labelled_paragraphs: Optional[int] = None   # counted on first need (_is_transcript)
        self._interviewee: Optional[tuple[Optional[Entity]]] = None   # found on first need (_interviewee_of)

    def _sentence_start(self, pi: int, pos: int) -> int:
        """Where the sentence holding ``pos`` starts in paragraph ``pi``."""
        ends = self.sentence_ends[pi]
        k = bisect.bisect_right(ends, pos)
        return ends[k - 1] if k > 0 else self.paragraphs[pi].start

    # -- helpers -------------------------------------------------------------
    def _clause_bounds(self, pi: int, lo: int, hi: int, blocked: "Intervals",
                       frags: list[Quoted], fragments: "Intervals") -> tuple[int, int]:
        """Widen [lo, hi) to its sentence inside paragraph ``pi``, stopping at blocked (quoted) stretches.

        A sentence end inside a quoted fragment does not end the reported clause around it.
        """
        ps, pe = self.paragraphs[pi]
        ends = self.sentence_ends[pi]
        k = bisect.bisect_right(ends, lo)
        s = ends[k - 1] if k > 0 else _after_a_dateline(self.text, ps, lo)
        k2 = bisect.bisect_left(ends, hi)
        e = ends[k2] if k2 < len(ends) else pe
        f = fragments.containing(e)
        if f is not None and f[0] < e:
            k3 = bisect.bisect_left(ends, f[1])
            e = ends[k3] if k3 < len(ends) else pe
        semi = self.text.rfind(";", s, lo)
        if semi != -1:
            s = semi + 1
        semi = self.text.find(";", hi, e)
        if semi != -1 and _LIST_LAST_ITEM.search(self.text, semi, min(e, semi + _REACH)) is None:
            e = semi    # (not in a series "A; B; and C": its semicolons part the items of one report)
        prev_end = blocked.last_end_before(lo)
        if prev_end is not None and prev_end > s:
            s = prev_end
        next_start = blocked.first_start_from(hi)
        if next_start is not None and next_start < e:
            e = next_start
        return s, e

    def _someone_else_between(self, lo: int, hi: int, speaker: Speaker, *, unnamed_cues: bool = True) -> bool:
        """Is a person other than ``speaker`` the subject of a sentence between ``lo`` and ``hi``?

        (With ``unnamed_cues``, a verb of speech between counts as someone else when ``speaker`` is no one
        the article names.)"""
        timeline = self.cast.timeline
        k = bisect.bisect_left(timeline, (lo,))
        while k < len(timeline) and timeline[k][0] < hi:
            _, _, ent, subject = timeline[k]
            if subject and ent is not speaker.entity and ent.kind == "person":
                return True
            k += 1
        return unnamed_cues and self.cues.search(lo, hi) is not None and speaker.entity is None

    def _is_heading(self, pi: int) -> bool:
        """A headline or section heading ("Bogged down"): short, and no sentence ends in it.

        A headline that ends in a semicolon ("Mayor says ferry will run;") is one clause of two, its deck on
        the next line: the clause has ended, and is read for reported speech like a sentence.
        """
        ps, pe = self.paragraphs[pi]
        if pe - ps > 160 or self.text[pe - 1] in _ENDS_A_SENTENCE:
            return False
        return len(_words(self.text[ps:pe])) <= 20

    def run(self) -> list[Attribution]:
        text = self.text
        by_para: dict[int, list[Quoted]] = {}
        for q in self.passages:
            by_para.setdefault(q.first_paragraph, []).append(q)
        last_speaker_by_para: dict[int, Speaker] = {}
        ended_here: dict[int, tuple[Attribution, Quoted]] = {}
        direct_blocks: dict[int, list[tuple[int, int]]] = {}
        fragments: dict[int, list[Quoted]] = {}
        excerpt_marks = self._excerpt_marks()
        for pi, (ps, pe) in enumerate(self.paragraphs):
            paragraph_start = len(self.results)     # (what this paragraph attributes is appended after it)
            qs = by_para.get(pi, [])
            if not qs and not any(s <= ps < e for s, e in direct_blocks.get(pi, [])):
                line = self._transcript_line(pi)
                if line is not None:
                    # "TAPPER: Do you think …": a transcript's line is the speaker's own words, marks or not
                    self.results.append(line)
                    direct_blocks.setdefault(pi, []).append((ps, pe))
                    continue
            # a quote that ran on from earlier paragraphs and closed in this one can be continued here
            prev_attr, prev_q = ended_here.get(pi, (None, None))
            # where the words before a quote may begin: after the passage before it, unless that passage was
            # a title closing an aside with its comma ('As Ed Vale, author of “The Charter,” put it, “…”': the
            # title is part of the speaker's description, and the speaker stands before it)
            floor = prev_q.close_end if prev_q is not None else None
            for qi, q in enumerate(qs):
                if prev_q is not None and not (prev_q.open_at in self.titles
                                               and text[prev_q.start:prev_q.end].rstrip().endswith(",")):
                    floor = prev_q.close_end
                if q.open_at == ps and text.startswith(excerpt_marks.get(pi, "\0"), ps):
                    # 'From Ann Lee writing at the Ledger:' then paragraphs each opening with a mark: the
                    # marks set off the excerpt of her article, not words the article reports (nor words to
                    # read reports in)
                    self._block_quote(direct_blocks, q)
                    prev_q = q
                    continue
                ends = self.sentence_ends[pi]
                lo = ps
                k = bisect.bisect_right(ends, q.open_at)
                if k > 0:
                    lo = max(lo, ends[k - 1])
                if floor is not None:
                    lo = max(lo, floor)
                last_pi = q.last_paragraph
                lps, lpe = self.paragraphs[last_pi]
                hi = lpe
                ends_last = self.sentence_ends[last_pi]
                k = bisect.bisect_left(ends_last, q.close_end)
                if k < len(ends_last):
                    hi = min(hi, ends_last[k])
                if hi == q.close_end and not text[lo:q.open_at].strip():
                    # “Enough!” Smith said. — a short sentence that is only the attribution belongs to the quote
                    nxt_end = ends_last[k + 1] if k + 1 < len(ends_last) else lpe
                    first_cue = self.cues.search(q.close_end, nxt_end)
                    if first_cue is not None and not _MARK_CHAR.search(text, q.close_end, first_cue.start()) \
                            and len(_words(text[q.close_end:first_cue.start()])) <= 12 \
                            and not _OPENS_OWN_REPORT.match(text, first_cue.end(), nxt_end) \
                            and not (_CLAUSE_RIGHT_AFTER.match(text, first_cue.end(), nxt_end)
                                     and _MARK_CHAR.search(text, first_cue.end(), nxt_end)):
                        # (not “…we ourselves.” Mr. Vale said: “…” nor “…” Okoye said he would …,
                        # nor “…” Hale said both rivals are “nobodies”: a sentence of its own that reports
                        # something else, its own quoted words and all)
                        hi = nxt_end    # …or opens with it: “Done!” Ottley declared, a line he often repeats …
                nxt = qs[qi + 1] if qi + 1 < len(qs) else None
                if nxt is not None and nxt.open_at < hi:
                    hi = nxt.open_at
                before = text[lo:q.open_at]
                after = text[q.close_end:hi] if q.close_end <= hi else ""
                b = before.strip()
                content = text[q.start:q.end].strip()
                first = content[:1]
                # (a chant or a shout takes its words with no comma: 'the fans chanted "Bring him home!"')
                shouted = _shouted(b) or _inscribed(b)
                lead_in = b == "" or b[-1] in ":,—–-" or shouted
                last_before = b.split()[-1] if b else ""
                if (last_before.lower() in _TITLE_LEADS and not shouted) or is_possessive(last_before) \
                        or last_before.lower().strip(",:—–-") in WORK_NOUNS:
                    # "On ABC News’s “This Week,” …", "a film called “The Long Tide”": a title, not speech
                    fragments.setdefault(pi, []).append(q)
                    self.titles.add(q.open_at)
                    prev_q = q
                    continue
                # a quote is direct when a lead-in (or nothing) comes before it in its sentence; one
                # followed by its speaker is direct even when it opens in lower case: “…,” Kunin said
                # (the words on a sign are the sign's, not those of a verb after them)
                after_found = self._after_quote(q, hi) if lead_in and not _inscribed(b) else None
                is_direct = after_found is not None or (
                    lead_in and not (first.islower() and b != "" and b[-1] != ":" and not shouted))
                if is_direct and after_found is None and b == "" and self._names_the_words(q, hi):
                    # '"Home rule" has been the council's cry since 1990': the quoted words are the subject of
                    # a sentence about them, which names no speaker; a term, not a quote
                    fragments.setdefault(pi, []).append(q)
                    prev_q = q
                    continue
                if not is_direct and self._continues(prev_attr, prev_q, q):
                    prev_attr.pieces.extend(q.pieces)
                    direct_blocks.setdefault(pi, []).append((q.open_at, q.close_end))
                    prev_q = q
                    continue
                if not is_direct and not (first.isupper() or first in "…."):
                    fragments.setdefault(pi, []).append(q)
                    prev_q = q
                    continue
                if not is_direct:
                    # an upper-case fragment mid-sentence: a title or a partial quote
                    fragments.setdefault(pi, []).append(q)
                    prev_q = q
                    continue
                if len(q.pieces) == 1 and _NOT_SPOKEN.fullmatch(text, q.pieces[0].start, q.pieces[0].end):
                    # '"(CROSSTALK.)"', '"Follow Ana Ruiz on Twitter @aruiz."': a transcript's note of what
                    # happened, or the credit line closing it, inside its marks; nobody said them
                    prev_q = q
                    continue
                turns = self._transcript_turns(q, pi) if len(q.pieces) > 1 else None
                if turns:
                    # “WALLACE: … / “PENCE: …: each paragraph reopens the mark, but each label is a new speaker
                    self.results.extend(turns)
                    for p2 in range(q.first_paragraph, q.last_paragraph + 1):
                        direct_blocks.setdefault(p2, []).append((max(self.paragraphs[p2].start, q.open_at),
                                                                 min(self.paragraphs[p2].end, q.close_end)))
                    prev_attr, prev_q = turns[-1], q
                    if last_pi != pi:
                        ended_here[last_pi] = (turns[-1], q)
                    continue
                attr = self._attribute_direct(q, pi, lo, hi, before, after, prev_attr, prev_q,
                                              last_speaker_by_para, after_found)
                if attr is None:
                    continue
                if after_found is not None and len(q.pieces) == 1 and _opens_the_report(before):
                    # 'The fair, opened by the mayor, "gives us a room to talk in," said Ibarra':
                    # the words before the marks are part of what was said, paraphrased; a partial quote
                    lead = len(before) - len(before.lstrip())
                    attr.pieces = [Span(lo + lead, q.close_end)]
                    attr.kind = "partial"
                self._block_quote(direct_blocks, q)
                if attr.speaker is not None:
                    last_speaker_by_para[last_pi] = attr.speaker
                prev_attr = attr
                prev_q = q
                if last_pi != pi:
                    ended_here[last_pi] = (attr, q)
            # reported speech of this paragraph, before the next one, so the cast grows in reading order
            if not self._is_heading(pi):
                first_report = len(self.results)
                self._reported_speech(pi, sorted(direct_blocks.get(pi, [])), fragments.get(pi, []))
                self._quotes_after_reports(pi, paragraph_start, first_report)
                self._pronouns_after_reports(paragraph_start, first_report)
            else:
                self._headline(pi, sorted(direct_blocks.get(pi, [])), fragments.get(pi, []))
        for attr in self.results:
            self._keep_that(attr)
            self._drop_opening_connective(attr)
            self._end_at_the_writers_clause(attr)
        results = [a for a in map(_without_predicate_subject, self.results) if a is not None]
        _speakers_after_the_marks(results)
        return _each_span_once(_outside_embedded_posts(text, results))

    def _block_quote(self, direct_blocks: dict[int, list[tuple[int, int]]], q: Quoted) -> None:
        """Keep the reported-speech pass out of a quoted passage, in each paragraph it runs over."""
        direct_blocks.setdefault(q.first_paragraph, []).append((q.open_at, q.close_end))
        for p2 in range(q.first_paragraph + 1, q.last_paragraph + 1):
            direct_blocks.setdefault(p2, []).append((self.paragraphs[p2].start, q.close_end))

    def _excerpt_marks(self) -> dict[int, str]:
        """The paragraphs of excerpts, each with the mark that opens the excerpt's paragraphs.

        A paragraph that only credits a writer and an outlet ('From Ann Lee writing at the Ledger:') leads
        in an excerpt of that article: the paragraphs after it that open with a quotation mark, as long as
        they run, the mark being the one the first of them opens with. Quotes inside the excerpt open with
        marks of their own (curly ones inside straight ones) and stay the quotes they are.
        """
        text, paragraphs = self.text, self.paragraphs
        out: dict[int, str] = {}
        for pi, (ps, pe) in enumerate(paragraphs):
            if pi + 1 >= len(paragraphs) or pe - ps > _EXCERPT_LEAD_REACH or text[ps:ps + 4] != "From" \
                    or _EXCERPT_LEAD.fullmatch(text, ps, pe) is None:
                continue
            mark = _MARK_CHAR.match(text, paragraphs[pi + 1].start)
            if mark is None:
                continue
            for pj in range(pi + 1, len(paragraphs)):
                if _MARK_CHAR.match(text, paragraphs[pj].start) is None:
                    break
                out[pj] = mark.group()
        return out

    def _names_the_words(self, q: Quoted, hi: int) -> bool:
        """Does a short quote open a sentence that goes on about it ('"Home rule" is a slogan …') and say
        nothing of who said it: a few words with no closing punctuation, the sentence's own lower-case words
        straight after the mark, and no verb of speech and no other quote in the rest of the sentence?"""
        text = self.text
        said = text[q.start:q.end].strip()
        return (q.closed and len(q.pieces) == 1 and said[-1:].isalnum() and len(_words(said)) <= _TERM_WORDS
                and _LOWER_WORD_AFTER.match(text, q.close_end, hi) is not None
                and self.cues.search(q.close_end, hi) is None and not _MARK_CHAR.search(text, q.close_end, hi))

    def _drop_opening_connective(self, attr: Attribution) -> None:
        """'But the pier will close, she said': a connective opening the sentence ties it to the one before;
        it is the writer's link, not part of what was reported."""
        if attr.kind == "direct" or not attr.pieces:
            return
        first = attr.pieces[0]
        m = _OPENING_CONNECTIVE.match(self.text, first.start, first.end) \
            if self.text[first.start:first.start + 1] not in _NO_OPENING_CONNECTIVE else None
        if m is not None and first.end - m.end() > 0:
            attr.pieces[0] = Span(m.end(), first.end)

    def _end_at_the_writers_clause(self, attr: Attribution) -> None:
        """'has called the levy "unfair," and her council voted to repeal it': quoted words closed with a
        comma, then "and" or "but" and a pronoun or a possessive of a clause's own subject, end the report; what
        follows is the writer's next clause."""
        if attr.kind == "direct":
            return
        for k, piece in enumerate(attr.pieces):
            m = _NEW_CLAUSE_AFTER_MARKS.search(self.text, piece.start + 4, piece.end) \
                if self.text.find(",", piece.start, piece.end) != -1 else None
            if m is not None:
                attr.pieces[k] = Span(piece.start, m.end("close"))

    def _keep_that(self, attr: Attribution) -> None:
        """'said that the ferry would run': the complementizer opens what was reported, so a report that
        starts right after it takes it back (the word itself, never what came before it)."""
        if attr.kind == "direct" or not attr.pieces:
            return
        start = attr.pieces[0].start
        # (the pattern's "that" is case-sensitive but for its first letter: without "hat" before it, no match)
        m = _THAT_BEFORE.search(self.text, max(0, start - 10), start) \
            if self.text.find("hat", max(0, start - 10), start) != -1 else None
        if m is not None:
            attr.pieces[0] = Span(m.start("that"), attr.pieces[0].end)

    # -- direct quotes --------------------------------------------------------
    def _continues(self, prev_attr: Optional[Attribution], prev_q: Optional[Quoted], q: Quoted) -> bool:
        """“A,” he said. “B.” / “A,” he said, “b…”: the second part has the first part's speaker."""
        if prev_attr is None or prev_q is None or prev_attr.speaker is None:
            return False
        if not prev_attr.rule.startswith("quote,"):
            return False    # only when the attribution sits between the two parts
        gap = self.text[prev_q.close_end:q.open_at]
        if len(gap) >= 120 or _MARK_CHAR.search(gap):
            return False
        cue = self.cues.search(prev_q.close_end, q.open_at)
        if cue is None:
            return False
        # the gap must be only the attribution, ending in punctuation: not '… said on the station’s “Evening Desk.”';
        # or a comma left out after the verb before a new sentence: '“A,” Ruiz said “B.”'
        return gap.rstrip()[-1:] in (",", ".", ":", ";", "—") or (
            prev_q.close_end + len(gap.rstrip()) == cue.end() and len(_words(gap)) <= 4
            and self.text[q.start:q.start + 1].isupper() and not _is_title(self.text[q.start:q.end], ""))

    def _quotes_after_reports(self, pi: int, paragraph_start: int, first_report: int) -> None:
        """'Yet the mayor is a “change agent,” Cole said. “We need one.”': a quote with no speaker of its own,
        opening right after a report whose quoted words end in its speaker and cue, is that speaker's too.

        The report is found after the direct quotes of its paragraph (its quoted words are a partial
        quote), so the quote after it is settled here, once both are known. Only this paragraph's
        results are read (from ``paragraph_start``; its reports from ``first_report``), so the work
        stays linear in the article.
        """
        mine = self.results[paragraph_start:]
        unattributed = [a for a in mine if a.paragraph == pi and a.speaker is None
                        and a.rule == "quotation marks, no speaker found"]
        if not unattributed:
            return
        reports = [a for a in self.results[first_report:] if a.speaker is not None and a.kind == "partial"
                   and a.rule in ("clause, speaker cue", "clause, cue speaker", "speaker cue clause")]
        said = [a for a in mine if a.paragraph == pi and a.speaker is not None]
        text = self.text
        for a in unattributed:
            start = a.pieces[0].start
            for r in reports:
                end = r.pieces[-1].end
                gap = text[end:start]
                if r.rule == "speaker cue clause":
                    if _COLON_BETWEEN.fullmatch(gap) is not None:
                        # 'Ruiz said the plan was a "mistake" and that she had learned: “We will …”': the
                        # report runs up to a colon and the quote after it goes on in its speaker's voice
                        a.speaker, a.cue = _same_speaker(r.speaker), r.cue
                        a.rule, a.confidence = "speaker of the report before", 0.6
                        break
                    if self._next_sentence_quote(r, end, start) and self._closes_its_sentence(a):
                        a.speaker, a.cue = _same_speaker(r.speaker), r.cue
                        a.rule, a.confidence = "speaker of the report before", 0.6
                        break
                    continue
                if (0 <= len(gap) <= 80 and gap.count("\n") == 0 and len(_words(gap)) <= 8
                        and gap.rstrip().rstrip("“\"‘'").rstrip().endswith((".", ",", ":"))
                        and r.speaker.mention in gap and self.cues.search(end, start) is not None) \
                        or self._only_the_attribution(end, start, r.speaker):
                    a.speaker, a.cue = _same_speaker(r.speaker), r.cue
                    a.rule, a.confidence = "speaker of the report before", 0.7
                    break
            if a.speaker is not None:
                continue
            # '… the report “was not good.” Adding, “We will fix it.”': a participle of speech opening the
            # sentence speaks for whoever spoke in the sentence before
            lead = _OPENING_PARTICIPLE.search(text, max(0, start - 24), start)
            if lead is None or lead.group(1).lower() not in _PARTICIPLE_CUES:
                continue
            before = [r for r in said if r.pieces[-1].end <= lead.start(1) and lead.start(1) - r.pieces[-1].end < 40]
            if before:
                a.speaker, a.cue = _same_speaker(before[-1].speaker), lead.group(1)
                a.rule, a.confidence = "previous sentence's speaker", 0.6

    def _next_sentence_quote(self, report: Attribution, end: int, start: int) -> bool:
        """'Asked about it, Toll said “I saw no plans,” she said. “Nobody asked me.”': a report whose speaker
        comes first and whose quoted words close its sentence, then a quote opening the next sentence with
        nothing between but the full stop: the quote goes on in the report's voice."""
        gap = self.text[end:start]
        if start < end or len(gap) > 4 or "\n" in gap or _words(gap):
            return False    # (a quote before the report, "“…” Hale said it was “a mess.”", is not after it)
        said = self.text[max(report.pieces[0].start, end - 3):end]
        return "." in gap or said.rstrip("”\"’' ").endswith((".", "!", "?"))

    def _closes_its_sentence(self, quote: Attribution) -> bool:
        """Nothing of its sentence follows the quote: not '“Shame!” roared the front page of the Herald', whose
        words after it are an attribution of their own that was not read as one."""
        after = self.text[quote.pieces[-1].end:quote.pieces[-1].end + 12].lstrip("”\"’'. \u00a0")
        return not after or not (after[0].islower() or after[0] in ",;:")

    def _only_the_attribution(self, end: int, start: int, speaker: Speaker) -> bool:
        """', said Pol Darnow, a river analyst with the Delta Institute. “…”': what lies between a report's
        quoted words and the next quote is one sentence, its verb and speaker and the speaker's long
        description, and nothing else that speaks; the next quote goes on in the same voice.

        (Bounded by ``_ATTRIBUTION_REACH``; the speaker must be named near the gap's start, so a second
        sentence or a second verb of speech, "… said Lund. Ortiz disagreed. “…”", leaves it alone.)"""
        text = self.text
        gap = text[end:start]
        if len(gap) > _ATTRIBUTION_REACH or "\n" in gap:
            return False
        said = gap.rstrip().rstrip("“\"‘'").rstrip()     # up to the next quote's opening mark
        if not said.endswith("."):
            return False
        named_at = gap.find(speaker.mention)
        if named_at == -1 or named_at > 40:
            return False
        if len(list(self.cues.finditer(end, start))) != 1:
            return False
        return len(sentences(text, end, end + len(said))) <= 1

    def _pronouns_after_reports(self, paragraph_start: int, first_report: int) -> None:
        """'That holds only in part, said Okoro, a reporter. “It is a village paper,” he said.': "he" is
        the one who spoke in the report before the quote, not someone named earlier.

        Reports are found after the direct quotes of their paragraph, so a "he" or "she" of a quote was
        resolved before the report's speaker was in the cast. It is resolved again here, once they are, and
        changes only to a person who speaks in one of those reports. Only this paragraph's results are
        read, so the work stays linear in the article.
        """
        described = self._cast_the_described(paragraph_start)
        speakers = [r.speaker.entity for r in self.results[first_report:]
                    if r.speaker is not None and r.speaker.entity is not None]
        reporters = {id(e) for e in speakers if e.kind == "person"} | described
        bodies = {id(e) for e in speakers if e.kind != "person"}
        if not reporters and not bodies:
            return
        # the paragraph's own reports too: its passes (verbs of speech, then of stance) find them out of
        # reading order, so "Sen. Ana Ruiz questioned the count. She called it a ''sham''" read "called"
        # before the subject of "questioned" was in the cast; they are read again in the order they are
        # written, so each pronoun finds the one its own sentence, resolved again, left it
        reports = sorted((a for a in self.results[first_report:] if a.speaker is not None),
                         key=lambda a: a.speaker.start)
        # (and the paragraph's quotes among them, in reading order: '… one delegate said. He found no taker, he
        # said. “Not one,” he said.' reads the last "he" after the report's, once that is the delegate)
        quoted = [a for a in self.results[paragraph_start:first_report] if a.speaker is not None]
        for attr in sorted(quoted + reports, key=lambda a: min(a.speaker.start, a.pieces[0].start)):
            sp = attr.speaker
            low = sp.mention.lower() if sp is not None else ""
            pos = min(sp.start, attr.pieces[0].start) if sp is not None else 0
            if low in ("he", "she") and reporters:
                ent = self.cast.last_person(pos, PRONOUN_GENDER[low])
                if ent is not None and ent is not sp.entity and id(ent) in reporters:
                    self.cast.remention(sp.start, sp.entity, ent)
                    sp.entity = ent
            elif low in ("it", "they") and sp.entity is None and bodies:
                # 'The port authority rejected the plan. “…,” it said.': "it" found nobody, since the
                # authority entered the cast only with its report; an organisation ("it") or a group ("they")
                # that speaks in one of those reports is who it points to
                ent = self.cast.last_body(pos, "organization" if low == "it" else "group")
                if ent is not None and id(ent) in bodies:
                    self.cast.remention(sp.start, None, ent)
                    sp.entity = ent

    def _cast_the_described(self, paragraph_start: int) -> set[int]:
        """'One Ohio delegate said he tried … “Not even one,” he said.': a person the story describes and never
        names ("a local farmer", "one delegate") who speaks in this paragraph joins the cast where they speak,
        so a "he" or "she" after it finds them, not someone named before. Returns their ids."""
        described = set()
        for attr in self.results[paragraph_start:]:
            sp = attr.speaker
            if sp is None or sp.entity is not None or sp.kind != "person" or not sp.mention \
                    or (attr.cue or "").lower() not in _SAYING:
                continue
            opener = sp.mention.split()[0].lower()
            if not (opener in _UNNAMED_OPENERS and self._opens_its_sentence(sp.start)) \
                    and not (opener == "the" and attr.rule in _QUOTE_ATTRIBUTIONS):
                # (the one who says, opening a sentence of its own: not "… is a rare candidate"; or "the" and a
                # description no one in the cast fits, attributing a quote: '“…,” the tall stranger said. “…,” he
                # said' is the stranger, not whoever the story named before)
                continue
            sp.entity = self.cast.described(sp.mention, sp.start, sp.role)
            described.add(id(sp.entity))
        return described

    def _opens_its_sentence(self, pos: int) -> bool:
        """Does ``pos`` open its sentence: nothing before it on its line but a sentence's end?"""
        line = self.text[self.text.rfind("\n", 0, pos) + 1:pos].rstrip()
        return not line or line[-1] in ".!?”\""

    def _after_quote(self, q: Quoted, hi: int):
        """The attribution right after a quote, if that is all that follows it in the sentence.

        Returns (speaker, cue, rule, confidence) or None.
        """
        # the first verb of speech: a stance word on the way is a noun ("the judge said"); if that one
        # has no speaker, the next ('“…,” Ruiz, who has tried to scrap it, said at the time')
        quoted_as = self._quoted_as_saying(q, hi)
        if quoted_as is not None:
            return quoted_as
        speech = [c for c in self.cues.finditer(q.close_end, min(hi, q.close_end + _NAMED_APPOSITIVE_GAP))
                  if c.group("verb") in SPEECH][:_AFTER_QUOTE_CUES] if q.close_end < hi else []
        if not speech:
            return self._document_read(q, hi) or self._according_after(q, hi) or self._named_then_verb(q, hi)
        for m in speech:
            found = self._attribution_at(q, m, hi)
            if found is not None:
                return found
        # “…,” reads a Sunday editorial in the Ledger. / “…,” said the ruling.: a verb of speech before a
        # document that the rules for a speaker after the verb pass over (no person): the document says it
        return self._document_read(q, hi)

    def _attribution_at(self, q: Quoted, m, hi: int):
        """The speaker of the verb of speech ``m`` after quote ``q``, if it attributes the quote."""
        text, cast = self.text, self.cast
        gap = text[q.close_end:m.start()]
        bare = gap.strip(" ,—–-\u00a0")
        if bare and len(gap) < _NAMED_APPOSITIVE_GAP and not _CLAUSE_STOP.search(gap):
            speaker = subject_before(text, q.close_end, m.start(), cast, m.start())
            between = len(_words(text[q.close_end:speaker.start])) if speaker is not None else 0
            if len(gap) >= 140 and not (speaker is not None and between == 0 and speaker.entity is not None
                                        and speaker.entity.kind == "person"
                                        and text.startswith(",", speaker.end) and gap.rstrip().endswith(",")):
                return None
            if speaker is not None and (between <= 2 or (between <= 6 and speaker.entity is not None
                                                         and speaker.entity.kind == "person")):
                return speaker, m, "quote, speaker cue", 0.95
            described = DESCRIBED.fullmatch(bare) if speaker is None else None
            if described is not None and described.group("head").lower() not in FUNCTION_WORDS:
                # "“…,” the shipping magnate told the Ledger": between a quote and its verb, a described
                # person is the speaker even when the lexicon does not know the noun
                start = q.close_end + gap.index(bare)
                kind = None if described.group("head").lower() in SOURCE_NOUNS else "person"   # "the report"
                return (Speaker(mention=bare, name=bare, kind=kind, start=start, end=start + len(bare)),
                        m, "quote, speaker cue", 0.8)
            if gap.rstrip().endswith(","):
                # "“…” for Clinton, said Kunin."
                speaker = subject_after(text, m.end(), hi, cast, m.start())
                if speaker is not None:
                    return speaker, m, "quote, cue speaker", 0.85
        elif not bare:
            speaker = subject_after(text, m.end(), hi, cast, m.start())
            if speaker is not None:
                return speaker, m, "quote, cue speaker", 0.95
        return None

    def _pronoun_leading_in(self, lo: int, hi: int) -> Optional[Speaker]:
        """'When she returned she began by saying, “…”': the subject pronoun of the verb that leads in to the
        participle, a few lower-case words before it, where the sentence opens with a clause of its own and
        so has no subject `sentence_subject` reads."""
        lead = _PRONOUN_LEADING_IN.search(self.text, max(lo, hi - 40), hi)
        if lead is None:
            return None
        return _pronoun(self.text, lead.group("pronoun"), lead.start("pronoun"), lead.end("pronoun"), self.cast,
                        lead.start("pronoun"))

    def _earlier_subject(self, pi: int, lo: int, m) -> tuple[Optional[Speaker], Optional[str]]:
        """Who speaks through a lead-in verb without a subject of its own ("Trump joked …, but went on to
        say, “…”", "The candidate asserted his plans by saying, “…”"): the subject of the sentence's verb
        before it, else the sentence's subject, else the subject as written ("Another source familiar
        with the talks said, “…”", kept with no speaker). Returns the speaker and the rule that found it."""
        text, cast = self.text, self.cast
        as_written = "subject as written, cue: quote"
        if m.group("verb") not in _PARTICIPLE_CUES:
            # "As Ruiz mocked Bell, the crowd chanted, “…”": a subject of its own, as written
            own = bare_subject(text, lo, m.start(), cast)
            if own is not None and not text[own.end:m.start()].strip():
                return own, as_written
        speaker = None
        for prev in reversed(list(self.cues.finditer(max(lo, m.start() - _LEAD_REACH), m.start()))):
            if not self.quoted.contains(prev.start("verb")):
                speaker = self._cue_subject(pi, lo, prev)
                break
        speaker = speaker or sentence_subject(text, lo, m.start(), cast, m.start()) \
            or self._pronoun_leading_in(lo, m.start())
        if speaker is not None and not is_possessive(speaker.mention):
            return speaker, "sentence subject, cue: quote"  # (not "the senator’s" of "a source familiar with …")
        # ("The email goes on to say: “…”": the description opening the sentence, when the words before the
        # verb are no phrase bare_subject reads)
        return bare_subject(text, lo, m.start(), cast) or opening_description(
            text, self._sentence_start(pi, m.start()), m.start()), as_written

    def _previous_sentence_speaker(self, pi: int, lo: int) -> tuple[Optional[Speaker], Optional[str]]:
        """The speaker of the short sentence ending at ``lo``, when its last cue has a subject."""
        start = self._sentence_start(pi, lo - 1)
        if start >= lo or lo - start > _LEAD_REACH or len(_words(self.text[start:lo])) > _PREVIOUS_SENTENCE_WORDS \
                or self.quoted.any_within(start, lo) or self.quoted.contains(start):
            return None, None
        cues = list(self.cues.finditer(start, lo))
        if not cues:
            # "Paul H. Chipok, a lawyer who specializes in land-use issues. ''It costs …''": no verb of
            # speech, but a person the article knows is the sentence's subject
            speaker = self._known_subject(start, lo)
            if speaker is None or speaker.entity.kind != "person":
                return None, None
            return speaker, None
        for cue in reversed(cues):
            # the last verb with a subject: "Ruiz continued her scathing remarks" is Ruiz's, not "her scathing"'s
            speaker = self._cue_subject(pi, start, cue)
            if speaker is not None and (speaker.entity is not None or speaker.name is not None):
                return speaker, cue.group("verb")
        return None, None

    def _report_ending(self, pi: int) -> Optional[Speaker]:
        """The speaker of a reported clause that ends paragraph ``pi`` in its last sentence, if any."""
        ps, pe = self.paragraphs[pi]
        last_start = self._sentence_start(pi, pe - 1)
        for attr in reversed(self.results[-_RECENT_RESULTS:]):
            if attr.paragraph != pi:
                continue
            if attr.speaker is None or attr.pieces[-1].end < last_start or attr.kind == "direct":
                return None
            return attr.speaker
        return None

    def _known_subject(self, lo: int, hi: int) -> Optional[Speaker]:
        """The subject of the sentence in [lo, hi) when it is someone the article names or describes (a
        lone capitalised word it never named before is no one: "Fresh rules will soon bring down …")."""
        known = {id(e) for e in self.cast.entities}
        speaker = sentence_subject(self.text, lo, hi, self.cast, hi)
        if speaker is None or speaker.entity is None or is_possessive(speaker.mention) or (
                id(speaker.entity) not in known and len(speaker.entity.name.split()) < 2):
            return None
        return speaker

    def _transcript_label(self, lo: int, hi: int) -> Optional[tuple[Speaker, int]]:
        """"PENCE: Well, look, …" at ``lo``: the speaker the label names, and where the words begin."""
        if not self.text[lo:lo + 2].isupper():
            return None     # (most paragraphs and quotes: no regex needed)
        m = _TRANSCRIPT_LABEL.match(self.text, lo, min(hi, lo + 40))
        if m is None or m.group("label") in _NOT_LABELS or m.end() >= hi:
            return None
        label = m.group("label")
        words = [w.capitalize() for w in label.split()]
        if not (self.cast.knows_surname(words[-1]) or self._is_transcript()
                or (len(words) >= 2 and not any(w in NOT_NAME for w in words))):
            return None     # "FIX IS IN: …", "EMAIL: …": a headline's or a form's label, not a person
        ent = self.cast.person(words, m.start("label"), subject=True)
        if ent is None:
            return None
        return Speaker(mention=label, entity=ent, start=m.start("label"), end=m.end("label")), m.end()

    def _is_transcript(self) -> bool:
        """Do three or more paragraphs open with a speaker's label? Then every label is a speaker."""
        if self._labelled_paragraphs is None:
            text = self.text
            self._labelled_paragraphs = sum(
                1 for ps, pe in self.paragraphs
                if _TRANSCRIPT_LABEL.match(text, ps + (text[ps:ps + 1] in _OPENERS), min(pe, ps + 40)))
        return self._labelled_paragraphs >= 3

    def _interviewee_of(self) -> Optional[Entity]:
        """Whom an interview laid out as questions and answers ("Q: …" / "A: …", two of each at least) is
        with: the first person its introduction makes the subject of a sentence, before the first question
        (a byline's writer, "By Tobias Rennert", asks the questions)."""
        if self._interviewee is None:
            text = self.text
            questions = [ps for ps, pe in self.paragraphs if _QUESTION_LABEL.match(text, ps, pe)]
            answers = sum(1 for ps, pe in self.paragraphs if _ANSWER_LABEL.match(text, ps, pe))
            found = None
            if len(questions) >= 2 and answers >= 2:
                found = next((e for p, _, e, subject in self.cast.timeline
                              if p < questions[0] and subject and e.kind == "person"
                              and not self.cast.in_a_byline(p)), None)
            self._interviewee = (found,)
        return self._interviewee[0]

    def _transcript_turns(self, q: Quoted, pi: int) -> Optional[list[Attribution]]:
        """A quote over several paragraphs whose later paragraphs open with a new speaker's label: one
        quote per turn, each paragraph with the label before it (the first may have none: then the
        first turn is attributed like any quote, by the paragraph before)."""
        labels = [self._transcript_label(s.start, s.end) for s in q.pieces]
        if not any(labels[1:]):
            return None
        turns: list[Attribution] = []
        speaker = labels[0][0] if labels[0] else None
        for k, (piece, label) in enumerate(zip(q.pieces, labels)):
            para = q.first_paragraph + k
            if label is not None:
                speaker, words_start = label
                turns.append(Attribution(pieces=[Span(words_start, piece.end)], kind="direct", speaker=speaker,
                                         cue=None, rule="transcript label", confidence=0.85, paragraph=para,
                                         windows=[(piece.start, piece.end)]))
            elif turns:
                if _NOT_SPOKEN.fullmatch(self.text, piece.start, piece.end) is None:
                    turns[-1].pieces.append(piece)    # the same speaker goes on into the next paragraph
                # (but "(CROSSTALK.)", "Follow … on Twitter": no turn of anyone's)
            else:
                return None     # an unlabelled first turn: leave the quote to the usual rules
        return turns

    def _transcript_line(self, pi: int) -> Optional[Attribution]:
        """A paragraph that is one line of a transcript ("TAPPER: Do you think …"), as a direct quote."""
        ps, pe = self.paragraphs[pi]
        label = self._transcript_label(ps + (self.text[ps:ps + 1] in _OPENERS), pe)
        if label is None:
            return None
        speaker, words_start = label
        return Attribution(pieces=[Span(words_start, pe)], kind="direct", speaker=speaker, cue=None,
                           rule="transcript label", confidence=0.85, paragraph=pi, windows=[(ps, pe)])

    def _document_read(self, q: Quoted, hi: int):
        """“…,” the email read. / “…,” read the statement. / “…,” the ministry states in its report.:
        words a document carries. "read" and "state" are cues only here, right after a quote: elsewhere they
        are mostly reading and a country."""
        m = _READ_AFTER.match(self.text, q.close_end, min(hi, q.close_end + 120))
        if m is None:
            m = _DOCUMENT_SAID_AFTER.match(self.text, q.close_end, min(hi, q.close_end + 120))
            if m is None or strip_possessive(m.group("doc").split()[-1]).lower() not in _SPEAKING_DOCUMENTS:
                return None
        doc = m.group("doc")
        if doc == "it":
            speaker = subject_after(self.text, m.start("doc"), m.end("doc"), self.cast, m.start("verb"))
        else:
            speaker = Speaker(mention=doc, name=doc, start=m.start("doc"), end=m.end("doc"))
        verb = m.group("verb")
        return speaker, m, "quote, document " + (
            "reads" if verb.startswith("read") else "states" if verb.startswith("state") else "says"), 0.8

    def _named_then_verb(self, q: Quoted, hi: int):
        """“…,” Beck questioned. / “…,” reacted Trump.: a person the article names and a verb in the past
        tense, all that follows the quote in its sentence, attribute it whatever the verb."""
        text = self.text
        m = _NAME_VERB_AFTER.match(text, q.close_end, min(hi, q.close_end + 80))
        if m is None:
            return None
        ns, ne = m.span("name")
        known = {id(e) for e in self.cast.entities}    # someone the article has named already, not "New York"
        if m.start("verb") > ns:
            speaker = subject_before(text, ns, ne, self.cast, m.start("verb"))
        else:
            speaker = subject_after(text, ns, ne, self.cast, m.start("verb"))
        if speaker is None or speaker.entity is None or speaker.entity.kind != "person" \
                or id(speaker.entity) not in known:
            return None
        return speaker, m, "quote, speaker verb", 0.7

    def _quoted_as_saying(self, q: Quoted, hi: int):
        """“…,” the state news agency quoted a defence official as saying.", "“…,” the minister was quoted by
        the agency as saying.": the one quoted said the words, not the outlet that quotes them."""
        text = self.text
        verb = text.find("quoted", q.close_end, min(hi, q.close_end + 120))
        if verb == -1:
            return None     # (most quotes: no regex needed)
        end = min(hi, verb + 160)
        # the one quoted before the verb, which the outlet follows ("was quoted by the agency as saying"), or
        # after it ("the agency quoted a defence official as saying")
        m = _QUOTED_BY.match(text, verb, end)
        if m is not None:
            m = _WAS_BEFORE_QUOTED.fullmatch(text, q.close_end, verb)
        elif _OUTLET_BEFORE_QUOTED.fullmatch(text, q.close_end, verb) is not None:
            m = _QUOTED_WHO.match(text, verb, end)
        if m is None:
            return None
        who = m.group("who")
        if who in _AS_SUBJECT:     # "quoted her as saying": she said it
            speaker = _pronoun(text, _AS_SUBJECT[who], m.start("who"), m.end("who"), self.cast, m.start("who"))
            speaker.mention = who
        else:
            speaker = subject_after(text, m.start("who"), m.end("who"), self.cast, m.start("who"))
        if speaker is None:
            return None
        return speaker, cue_at(text, verb, verb + len("quoted")), "quote, quoted speaker as saying", 0.8

    def _according_after(self, q: Quoted, hi: int):
        """“…,” according to Judicial Watch."""
        text = self.text
        m = ACCORDING.search(text, q.close_end, min(hi, q.close_end + 20))
        if m is None or text[q.close_end:m.start()].strip(" ,\u00a0"):
            return None
        speaker = subject_after(text, m.end(), hi, self.cast, m.start()) or source_as_written(text, m.end(), hi)
        if speaker is None:
            return None
        return speaker, cue_at(text, m.start(), m.start() + len(m.group().rstrip())), "quote, according to", 0.8

    def _attribute_direct(self, q: Quoted, pi: int, lo: int, hi: int, before: str, after: str,
                          prev_attr: Optional[Attribution], prev_q: Optional[Quoted],
                          last_speaker_by_para: dict[int, Speaker], after_found=None
                          ) -> Optional[Attribution]:
        text, cast = self.text, self.cast
        # (a paragraph of the quote that is only a stage direction or a credit line is no one's words)
        pieces = [p for p in q.pieces if _NOT_SPOKEN.fullmatch(text, p.start, p.end) is None] or list(q.pieces)
        speaker = cue = None
        rule = None
        conf = 0.0
        label = self._transcript_label(pieces[0].start, pieces[0].end)
        if label is not None:
            # "“WALLACE: If I may, sir, …": the speaker's name opens the quoted line; the words follow it
            speaker, words_start = label
            pieces[0] = Span(words_start, pieces[0].end)
            rule, conf = "transcript label", 0.85
        elif _ANSWER_LABEL.fullmatch(text, self.paragraphs[pi].start, q.open_at) is not None:
            # 'A: “I lost my voice …”': an interview's answer, the words of the person interviewed
            ent = self._interviewee_of()
            if ent is not None:
                speaker = Speaker(mention=ent.name, entity=ent, start=self.paragraphs[pi].start,
                                  end=self.paragraphs[pi].start + 1)
                rule, conf = "interview answer", 0.8
        lead_at = None
        if after_found is None and label is None and before.rstrip().endswith(":") and _is_byline_lead(
                text[max(self.paragraphs[pi].start, q.open_at - 90):q.open_at]):
            return None     # '“Pier to close,” by Ann Lee: “…”': a digest clips an article's opening lines
        if after_found is None and label is None and _DATED_CITATION.match(text, q.close_end, q.close_end + 60):
            return None     # '“No to the toll” (2009)', '“Home Again” (poster, 1998)': a work or a slogan, dated
        # 1. after the quote: "…,” Mr. Kirby said" / "…,” said Mr. Kirby" / "…,” he told CNN."
        if after_found is not None:
            speaker, m, rule, conf = after_found
            cue = m.group("verb")
            self.used_cues.add(m.start("verb"))
            self.cue_speakers[m.start("verb")] = speaker
        # 1b. "— Name, title" after the quote
        tail = text[q.close_end:min(self.paragraphs[q.last_paragraph].end, q.close_end + 200)]
        if speaker is None and not tail.strip() and q.last_paragraph + 1 < len(self.paragraphs):
            # the quote fills its paragraph and the next one is only "— Bernie Sanders."
            nps, npe = self.paragraphs[q.last_paragraph + 1]
            if text[nps:nps + 1] in ("—", "–", "-", "―") and len(_words(text[nps:npe])) <= 8 \
                    and _CREDIT_LINE.match(text, nps, npe) is None:
                tail = text[nps:npe]
                speaker = subject_after(text, nps + 1, npe, cast, nps)
                if speaker is not None:
                    rule, conf, cue = "quote — speaker", 0.8, None
        if speaker is None and tail.lstrip()[:1] in ("—", "–", "-", "―") and _CREDIT_LINE.match(tail.lstrip()) is None \
                and _ASIDE_DASH.search(before) is None:
            # (not when a dash before the quote opens an aside the quote ends: 'including Ana Ruiz -- “…” -- and
            # Tom Bell', 'a crusader - in one debate Ruiz quipped, “…” - he has …': the dash after it closes the
            # aside, and what follows is the sentence going on)
            off = q.close_end + len(tail) - len(tail.lstrip()) + 1
            speaker = subject_after(text, off, q.close_end + len(tail), cast, off)
            if speaker is not None:
                rule, conf, cue = "quote — speaker", 0.85, None
        if speaker is None and tail.lstrip()[:1] in ("—", "–", "-", "―"):
            # 'including the former mayor Ana Ruiz -- “…” -- and Tom Bell': a quote set off by dashes right after
            # a person's name gives that person's words
            opening = _DASH_BEFORE_A_QUOTE.search(before)
            named = subject_before(text, lo, lo + opening.start(), cast, q.open_at) if opening is not None else None
            if named is not None and named.entity is not None and named.entity.kind == "person":
                speaker, rule, conf, cue = named, "speaker — quote —", 0.7, None
        inscribed = _inscribed(before)
        if speaker is None and inscribed:
            # 'waved a sign that read "12%!"', 'a message on Facebook reading “Thank you, Ohio”': the words on
            # the sign or in the message, the message's sender's, the sign's or the hat's own
            lead = _INSCRIBED_LEAD.search(before, max(0, len(before) - _INSCRIBED_REACH))
            vstart = lo + lead.start("verb")
            if lead.group("noun").lower().rstrip("s") in _SENT_THINGS:
                # 'Voss posted a message reading “…”': a message is its sender's words
                speaker = sentence_subject(text, lo, lo + lead.start(), cast, vstart)
            if speaker is None and lead.group("thing") is not None:
                # 'wore a campaign hat reading “…”', 'the sign — which read “…”': the words are the hat's (and a
                # message's that has no sender in the sentence: 'One message read “…”')
                thing = before[lead.start("thing"):lead.end("noun")]
                speaker = Speaker(mention=thing, name=thing, kind="organization", start=lo + lead.start("thing"),
                                  end=lo + lead.end("noun"))
            rule, conf, cue = "inscription: quote", 0.5 if speaker is not None else 0.4, lead.group("verb")
        # 1c. 'Bell said as the heckler yelled: “…”', 'when someone in the crowd shouted, “…”': a shout's own
        #     subject, right before its verb, shouts it (the sentence's subject may be someone who heard it)
        if speaker is None and before.strip() and not inscribed and _shouted(before):
            shouter = self._own_shouter(pi, lo, before)
            if shouter is not None:
                speaker, cue, verb_at = shouter
                rule, conf = "speaker chants: quote", 0.6
                self.used_cues.add(verb_at)     # (the verb leads in to this quote, not to a clause before it)
        # 2. before the quote: "Ms. Okafor said: “…”" / "He added, “…”"
        if speaker is None and before.strip():
            # (not a word of speech after "a": "saying in a Facebook post: “…”" leads in with "saying")
            leads = [c for c in self.cues.finditer(max(lo, q.open_at - _LEAD_REACH), q.open_at)
                     if _ARTICLE_BEFORE_A_NOUN.search(text, max(lo, c.start("verb") - 30), c.start("verb")) is None]
            m2 = leads[-1] if leads else None
            if m2 is not None and _REAL_WORD.search(text, m2.end(), q.open_at):
                # words between: the verb of speech leads in, not a stance word on the way
                # ("Marsh mocked the plan, saying at one point, “…”")
                m2 = next((c for c in reversed(leads) if c.group("verb") in SPEECH), m2)
            lead = text[m2.end():q.open_at] if m2 is not None else ""
            if m2 is not None and m2.group("verb")[:1].isupper() and not text[lo:m2.start()].strip():
                # "Said Rosa Lind, who grew up nearby, “…”"
                speaker = subject_after(text, m2.end(), q.open_at, cast, m2.start())
                if speaker is not None:
                    rule, conf, cue = "cue speaker: quote", 0.9, m2.group("verb")
            elif m2 is not None and (not _REAL_WORD.search(lead) or (
                    lead.rstrip()[-1:] in (":", ",") and len(_words(lead)) <= _LEAD_WORDS
                    and m2.group("verb") in SPEECH and not _MARK_CHAR.search(lead))):
                # "Ms. Okafor said: “…”", "He added, “…”", "Vela said last week in Lisbon, “…”",
                # "Rinaldi said on Monday, in reference to his dog, a beagle born in May, “…”"
                if prev_attr is not None and prev_q is not None and prev_attr.speaker is not None \
                        and m2.group("verb") in _PARTICIPLE_CUES \
                        and not _REAL_WORD.search(text, prev_q.close_end, m2.start()):
                    # "“A,” she said, “B,” adding, “C.”": the participle shares the quote's speaker
                    speaker = _same_speaker(prev_attr.speaker)
                else:
                    speaker = self._cue_subject(pi, lo, m2)
                if speaker is None and m2.group("verb") not in _OBJECT_THAT_VERBS and (
                        lead.rstrip().endswith(":") or _INVERTED_LEAD.fullmatch(lead) is not None):
                    # "In short, explained the forum moderator Dana Hill: “…”", "But, said Solovey, “…”"
                    speaker = subject_after(text, m2.end(), q.open_at, cast, m2.start())
                if speaker is not None:
                    rule, conf, cue = "speaker cue: quote", 0.9, m2.group("verb")
                elif m2.group("verb") in SPEECH and not (
                        prev_q is not None and lo == prev_q.close_end
                        and text[prev_q.start:prev_q.end].rstrip()[-1:] not in (".", "!", "?")) \
                        and (m2.group("verb").endswith("ing") or _OWNED_NOUN_BEFORE.search(
                            text, max(lo, m2.start("verb") - 30), m2.start("verb")) is None):
                    # "… but went on to say, “…”", "… by saying, “…”": the verb has no subject of its own
                    speaker, rule = self._earlier_subject(pi, lo, m2)
                    if speaker is not None:
                        conf, cue = 0.75, m2.group("verb")
                if speaker is not None:
                    self.used_cues.add(m2.start("verb"))
                if rule == "speaker cue: quote":
                    lead_at = self._lead_is_said(m2, q)
        # 2b. "Okoye resisted: “…”": a short lead-in ending in a colon, whatever its verb;
        #     "… doesn’t surprise the party pollster Dale Moreno: “…”": a name right before the colon
        if speaker is None and before.rstrip().endswith(":"):
            colon = lo + len(before.rstrip()) - 1
            if len(_words(before)) <= 8:
                speaker = sentence_subject(text, lo, q.open_at, cast, q.open_at)
            if speaker is None:
                named = subject_before(text, lo, colon, cast, q.open_at)
                if named is not None and named.entity is not None and named.entity.kind == "person" \
                        and _PREPOSITION_BEFORE.search(text, max(lo, named.start - 50), named.start) is None:
                    # (not the object of a preposition: "Ruiz, a fisherwoman, disagreed with the harbour master:")
                    speaker = named
            if speaker is None and len(_words(before)) > 8:
                # "… the county audit office was firm in its report: “…”": someone the
                # article knows, as the subject of a longer lead-in
                speaker = self._known_subject(lo, colon)
            if speaker is not None:
                rule, conf = "speaker lead-in: quote", 0.75
        # 2b'. "After the storm, Ruiz issued a statement, “…”": who issued the document the quote is
        if speaker is None and before.rstrip().endswith(","):
            speaker = self._issuer(lo, lo + len(before.rstrip()))
            if speaker is not None:
                rule, conf = "speaker lead-in: quote", 0.75
        # 2c. "According to the Daily Caller, “…”"
        if speaker is None and before.rstrip().endswith(","):
            acc = ACCORDING.search(text, lo, q.open_at)
            if acc is not None:
                speaker = subject_after(text, acc.end(), q.open_at, cast, acc.start())
                if speaker is not None:
                    rule, conf, cue = "according to: quote", 0.85, "according to"
        # 3. a quote split around its attribution continues the one before: “A,” he said. “B.”
        if speaker is None and prev_attr is not None and prev_q is not None and not before.strip() \
                and prev_attr.speaker is not None:
            gap_text = text[prev_q.close_end:q.open_at]
            # (not across a sentence whose subject is someone else: “A,” Bell said. Ruiz shook her head. “B.”)
            gap_sentences = sentences(text, prev_q.close_end, q.open_at) if len(gap_text) < 200 else []
            if len(gap_text) < 200 and (len(gap_sentences) < 2 or not self._someone_else_between(
                    gap_sentences[0].end, q.open_at, prev_attr.speaker, unnamed_cues=False)) \
                    or (len(gap_text) < _CARRY_REACH
                        and not self._someone_else_between(prev_q.close_end, q.open_at, prev_attr.speaker)):
                prev_attr.pieces.extend(pieces)
                return prev_attr
        # 3b. "Vela State University's Mira Holt agreed. “…”": a short sentence just before the quote,
        #     in its paragraph, whose verb of speech or stance has a subject
        if speaker is None and not before.strip() and lo > self.paragraphs[pi].start and (
                prev_q is None or prev_q.close_end < lo) and len(_words(text[q.start:q.end])) > 4:
            speaker, cue = self._previous_sentence_speaker(pi, lo)
            if speaker is not None:
                rule, conf = "previous sentence's speaker", 0.7
        # 4. a quote that opens its paragraph: the lead-in or the speaker of the paragraph before
        #    (one that opens a later sentence of its paragraph is nobody's from there)
        if speaker is None and not before.strip() and pi > 0 and q.open_at <= self.paragraphs[pi].start + 1:
            pps, ppe = self.paragraphs[pi - 1]
            tail = text[max(pps, ppe - 200):ppe].rstrip()
            if tail.endswith(":"):
                mm = None
                for mm in self.cues.finditer(max(pps, ppe - 200), ppe):
                    pass
                if mm is not None:
                    speaker = self._cue_subject(pi - 1, pps, mm)
                    if speaker is not None:
                        rule, conf, cue = "lead-in paragraph: quote", 0.85, mm.group("verb")
                elif len(_words(tail)) <= 10:
                    # "17-year-old Jared Potts echoed:" then the quote
                    speaker = sentence_subject(text, pps, ppe, cast, ppe)
                    if speaker is not None:
                        rule, conf = "lead-in paragraph: quote", 0.75
                if speaker is None:
                    # "In response, Mayor Ana Ruiz issued the following statement:"
                    speaker = self._known_subject(self._sentence_start(pi - 1, ppe - 1), ppe)
                    if speaker is not None:
                        rule, conf = "lead-in paragraph: quote", 0.7
            if speaker is None and (pi - 1) in last_speaker_by_para:
                speaker = _same_speaker(last_speaker_by_para[pi - 1])
                rule, conf = "previous paragraph's speaker", 0.6
            if speaker is None and q.open_at <= self.paragraphs[pi].start + 1 \
                    and len(_words(text[q.start:q.end])) > 4:
                # "Ruiz hit back in a note, saying she has “kept every promise.”" then a paragraph that
                # is only a quote: the speaker of the report that ends the paragraph before
                reported = self._report_ending(pi - 1)
                if reported is not None:
                    speaker = _same_speaker(reported)
                    rule, conf = "previous paragraph's speaker", 0.55
                else:
                    # "Ruiz continued her scathing remarks." then a paragraph that is only a quote: the
                    # subject of a short last sentence with a verb of speech, as within a paragraph (3b)
                    speaker, cue = self._previous_sentence_speaker(pi - 1, ppe)
                    if cue is None:
                        speaker = None
                    if speaker is not None:
                        rule, conf = "previous paragraph's speaker", 0.5
        said = " ".join(self.text[s:e] for s, e in pieces).strip()
        if cue is None and _in_capitals(said):
            return None   # '“HARBOR TOWNS BRACE FOR THE STORM”', '(APPLAUSE)': a heading or a stage direction
        if rule == "speaker cue: quote" and before[-1:].isspace() and before.rstrip()[-1:].isalpha() \
                and cue.lower() not in _SHOUTS and not inscribed and _is_title(said, ""):
            return None   # 'Ruiz told “Morning Harbour,”': a show's name straight after the verb
        if rule == "quote, speaker cue" and said[-1:].isalnum() and _is_title(said, "") \
                and _WORD_GOES_ON.match(text, q.close_end):
            return None   # '“Evening Desk” host Ana Ruiz said': a name the sentence goes on with, not a quote
        if rule not in _TITLE_KEEPING_RULES and not _shouted(before) and not inscribed \
                and said.rstrip(",")[-1:].isalnum() \
                and _is_title(said, "") \
                and _LOWER_WORD_AFTER.match(text, q.close_end, hi) is not None \
                and self.cues.search(q.close_end, hi) is None:
            # "''Harbour Lights,'' which comes out in May, …", "writes a column, ''Tidewater,'' twice a week": a
            # work's name in title case, and the sentence goes on about it in lower case with no verb of speech
            return None
        shouted = _shouted(before) or inscribed     # (a sign's words are kept however few, a slogan in title case)
        if shouted and before.rstrip(" ,:").endswith(" of"):
            # "walked in to chants of “…”": the chant is the crowd's, which the sentence does not name; its
            # subject is who heard it
            speaker, cue, rule, conf = None, before.rstrip(" ,:").rsplit(None, 2)[-2], "chants of: quote", 0.5
            made = _CHANTS_MADE.search(before, max(0, len(before) - _CHANTS_MADE_REACH))
            if made is not None:
                # "the fans responded with chants of “…”", "broke into chants of": the subject made the chant
                vstart = lo + made.start()
                chanter = sentence_subject(text, lo, vstart, cast, vstart)
                if chanter is not None:
                    speaker, rule, conf = chanter, "speaker chants: quote", 0.6
        elif speaker is None and shouted:
            # 'protesters marched downtown, chanting "Dump the mayor!"', 'the crowd chanted "Four more years!"':
            # a chant is the words of whoever chants, the subject of the sentence
            verb = before.rstrip(" ,:").rsplit(None, 1)[-1]
            vstart = lo + len(before.rstrip(" ,:")) - len(verb)
            speaker = sentence_subject(text, lo, vstart, cast, vstart) if verb.lower() != "of" else None
            if speaker is not None:
                rule, conf, cue = "speaker chants: quote", 0.6, verb
        mid_sentence = before.strip() != "" and not before.rstrip().endswith(":")
        if speaker is None and not shouted and len(_words(said)) <= 4 and (
                said[-1:] not in (".", "!", "?", ",") or mid_sentence):
            return None   # a short quoted phrase nobody said: a title, a heading
        if speaker is None and not shouted and _is_title(said, text[q.close_end:q.close_end + 40]):
            return None   # “The Walking Dead,” ''Tales From the Crypt,'' "Pop-up show opens," by Ann Lee
        kind = "direct"
        if lead_at is not None:
            # "noted the change from the old slogan, “…”", "said she has what the job takes: “…”": the words
            # between the verb and the quote are part of what was said, paraphrased; one mixed report
            pieces[0] = Span(lead_at, pieces[0].end)
            pieces[-1] = Span(pieces[-1].start, q.close_end)    # the closing mark stays, as in other mixed reports
            kind = "partial"
        if rule == "speaker lead-in: quote" and len(pieces) == 1 and kind == "direct":
            headline_end = self._headline_goes_on(q, pi)
            if headline_end is not None:
                # "Ruiz: ‘No Deal’ Until the Ferry Runs": the headline's words after the quote are what it
                # reports too; quote and words are one report
                pieces[0] = Span(pieces[0].start, headline_end)
                kind = "partial"
        if after_found is not None and rule in ("quote, speaker cue", "quote, cue speaker") and len(pieces) == 1 \
                and kind == "direct":
            runs_on = self._quote_runs_on(q, after_found[1], speaker, rule)
            if runs_on is not None:
                # '“Many would call it a defeat” if the levy failed, said Ruiz': the writer finishes the
                # sentence the quote opened before its attribution; quote and words are one report
                pieces[0] = Span(pieces[0].start, runs_on)
                kind = "partial"
        if after_found is not None and rule in ("quote, speaker cue", "quote, cue speaker") and len(pieces) == 1:
            goes_on = self._quote_goes_on(q, after_found[1], speaker, hi)
            if goes_on is not None:
                # "“It was a poor choice,” she said, that two clerks signed the lease": the sentence the quote
                # opened goes on after its attribution, in the writer's words; quote and words are one report
                pieces.append(goes_on)
                kind = "partial"
        attr = Attribution(pieces=pieces, kind=kind, speaker=speaker, cue=cue,
                           rule=rule or "quotation marks, no speaker found",
                           confidence=conf or 0.4, paragraph=pi,
                           windows=[(q.close_end, hi), (lo, q.open_at)])
        self.results.append(attr)
        return attr

    def _own_shouter(self, pi: int, lo: int, before: str) -> Optional[tuple[Speaker, str, int]]:
        """(speaker, verb, where the verb is) of a finite verb of shouting that ends the words ``before`` a quote,
        when it has a subject of its own right before it: a name the cast knows or a phrase as written ("the
        heckler yelled", "as his friends jeered", "at which point the audience chanted"); else None. (Not an
        object of a preposition, "the boos from the crowd roared": no subject; a participle, "…, chanting", shares
        the sentence's subject, read elsewhere.)"""
        text, cast = self.text, self.cast
        lead = before.rstrip(" ,:")
        verb = lead.rsplit(None, 1)[-1]
        if verb.lower() not in _SHOUTS:
            return None
        vstart = lo + len(lead) - len(verb)
        floor = max(lo, self._sentence_start(pi, vstart))
        if verb.endswith("ing"):
            own = self._participle_shouter(floor, vstart)
            return (own, verb, vstart) if own is not None else None
        toks = _tokens(text, max(floor, vstart - 40), vstart, cast)
        k = len(toks)
        while k > 1 and is_subject_adverb(toks[k - 1][0]):
            k -= 1      # "the crowd loudly chanted"
        if not k or not toks[k - 1][0][:1].isalnum():
            return None
        end = toks[k - 1][2]
        own = subject_before(text, floor, end, cast, vstart)
        if own is None:
            own = bare_subject(text, floor, end, cast)
            article = _FIRST_ARTICLE.search(own.mention) if own is not None else None
            if article is not None and article.start() > 0 \
                    and own.mention[:article.start()].split()[-1].lower() not in _PREPOSITIONS:
                # "at which point the audience chanted": the phrase opens at its article, not at the word before
                own = Speaker(mention=own.mention[article.start():], kind=own.kind, start=own.start + article.start(),
                              end=own.end)
        if own is None or _OBJECT_OF_A_PREPOSITION.search(text, max(floor, own.start - 12), own.start) is not None:
            return None
        return own, verb, vstart

    def _participle_shouter(self, floor: int, vstart: int) -> Optional[Speaker]:
        """Who shouts with the participle at ``vstart`` when its sentence's subject does not: the phrase after
        "with" right before it ("with dozens of marchers chanting “…”"), or the subject of a clause that the
        sentence ends on before the participle's comma ("Ruiz spoke near the pier, where about 50 fishers had
        gathered, chanting “…”"; not one that opens the sentence, "When the rally ended, fans marched, chanting",
        whose comma comes before the main clause); else None."""
        text, cast = self.text, self.cast
        window = max(floor, vstart - _PARTICIPLE_SHOUTER_REACH)
        comma = text[max(window, vstart - 3):vstart].rstrip().endswith(",")
        if not comma:
            with_ = _WITH_BEFORE.search(text, window, vstart)
            if with_ is None or any(c in text[with_.end():vstart] for c in ",;:—–"):
                return None
            own = subject_before(text, with_.end(), vstart, cast, vstart) \
                or bare_subject(text, with_.end(), vstart, cast)
            return own if own is not None and own.start == with_.end() and not text[own.end:vstart].strip() \
                else None
        at = text.rfind(",", window, vstart)
        opener = None
        for opener in _TRAILING_CLAUSE.finditer(text, window, at):
            pass    # (the last one opens the clause the participle follows)
        if opener is None or any(c in text[opener.end():at] for c in ",;:"):
            return None
        own = subject_after(text, opener.end(), at, cast, vstart)
        if own is None or own.start != opener.end() or not text[own.end:at].strip():
            return None     # (the clause's subject right after its opener, and a verb after it)
        return own

    def _headline_goes_on(self, q: Quoted, pi: int) -> Optional[int]:
        """Where a headline ends whose quote, after "Name:", is followed by more of its words ("Ruiz: ‘No Deal’
        Until the Ferry Runs."): a short paragraph with no sentence ending before its last character, in the
        quote or after it ("Ruiz was blunt: ‘No deal.’ The board agreed." is two sentences)."""
        text = self.text
        ps, pe = self.paragraphs[pi]
        if pe - ps > _HEADLINE_MAX or len(_words(text[ps:pe])) > 20 \
                or text[q.pieces[-1].end - 1:q.pieces[-1].end] in (".", "!", "?"):
            return None
        end = pe
        while end > q.close_end and text[end - 1] in " .!?\u00a0\n":
            end -= 1
        rest = text[q.close_end:end]
        if len(_words(rest)) < 2 or _SENTENCE_CLOSE.search(rest) is not None:
            return None
        return end

    def _lead_is_said(self, m, q: Quoted) -> Optional[int]:
        """Where the paraphrase between a verb of speech and the quote it leads in to starts, if there is
        one of a few words (not only when, where or to whom it was said)."""
        text = self.text
        if m.group("verb") not in SPEECH or self.cues.search(m.end(), q.open_at) is not None:
            return None     # a stance word ("worried about …"), or a verb in the lead with a report of its own
        skip = _LEADING_SKIP.match(text, m.end(), q.open_at)
        start = skip.end() if skip else m.end()
        told = _AUDIENCE.match(text, start, q.open_at) if m.group("verb").lower() in _OBJECT_THAT_VERBS else None
        if told is not None and told.end() > start:
            start = _LEADING_SKIP.match(text, told.end(), q.open_at).end()
        that = _THAT_WORD.search(text, m.end(), start) is not None
        if not that and m.group("verb").lower() in _OBJECT_THAT_VERBS:
            # "tells crowds that after …, “…”": whom, then a that-clause (not a relative clause about them, "told
            # the crews that worked on it: “…”", whose predicate follows "that")
            told_that = _OBJECT_THAT.match(text, start, q.open_at)
            if told_that is not None and _PREDICATE_START.match(text, told_that.end(), q.open_at) is None:
                start, that = told_that.end(), True
        lead = text[start:q.open_at]
        # (a that-clause may open with a phrase of when or where: "added that after the fees, as …, “…”")
        if len(_words(lead)) < _LEAD_SAID_WORDS or (not that and _adjunct_only(lead) is not None):
            return None
        # a colon ends a paraphrase the quote bears out ("…the same text: “…”"), and a that-clause is one
        # whatever ends it; before a comma the words are as often how, or to whom, it was said
        if not that and (not lead.rstrip().endswith(":") or "," in lead.rstrip(" ,:")):
            return None     # (an aside between commas: "…, typically to applause, the line:", "…, who …:")
        return start

    def _quote_runs_on(self, q: Quoted, m, speaker: Optional[Speaker], rule: str) -> Optional[int]:
        """Where the writer's words that finish the quote's sentence end, between the closing mark and the
        comma before its attribution ('“Many would call it a defeat” if the levy failed, said Ruiz', '“We
        teach nothing” against the plan in our meetings, he said'), or None: a quote that closed its own
        sentence, words that open in upper case (a name) or describe the speaker ('” the port's spokesman, Ana
        Ruiz, said'), or only when and where it was said ('“…” in a statement, he said')."""
        text = self.text
        if text[q.start:q.end].rstrip(_CLOSING_MARKS + " ")[-1:] in (".", "!", "?"):
            return None
        at = speaker.start if rule == "quote, speaker cue" and speaker is not None else m.start()
        words = _RUN_ON.match(text, q.close_end, at)
        if words is None or len(_words(words.group("words"))) < _RUN_ON_WORDS \
                or _adjunct_only(text, words.start("words"), words.end("words")) is not None:
            return None
        if _words(words.group("words"))[0] in DETERMINERS and _FINITE.search(words.group("words")) is None:
            return None     # '” the harbor spokesman, Ana Ruiz, said': who said it, described before the name
        return words.end("words")

    def _quote_goes_on(self, q: Quoted, m, speaker: Optional[Speaker], hi: int) -> Optional[Span]:
        """The words after '“…,” he said,' that finish the sentence the quote opened ('…, that …',
        '…, would …'), or None."""
        text = self.text
        if not text[q.start:q.end].rstrip().endswith(","):
            return None     # the quote closed its own sentence
        at = m.end()
        if speaker is not None and speaker.end is not None and speaker.end > at:
            at = speaker.end
        cont = _QUOTE_GOES_ON.match(text, at, hi)
        if cont is None:
            return None
        end = hi
        while end > cont.end() and text[end - 1] in " .!?;:,\u00a0\n":
            end -= 1
        if len(_words(text[cont.end():end])) < 3 or _MARK_CHAR.search(text, cont.end(), end) is not None:
            return None
        return Span(cont.end(), end)

    def _antecedent(self, lo: int, hi: int, vstart: int) -> Optional[Speaker]:
        """The speaker a relative pronoun before the cue at ``vstart`` stands for, named before ``hi``.

        It speaks, but as the subject of a relative clause only: after the sentence a later "he" or "she" still
        finds the sentence's own subject ("Ruiz met Governors Bell and Okoye, who say the levy is fair. She
        said …")."""
        mark = self.cast.recorded()
        speaker = subject_before(self.text, lo, hi, self.cast, vstart)
        if speaker is not None and speaker.entity is None and speaker.mention[:1].islower():
            # "Tom Vale, now the harbor master, who said …": the relative pronoun follows the appositive, as
            # written, and stands for the person it describes, who is the speaker, in the appositive's role
            comma = _APPOSITIVE_OPENS.search(self.text, max(lo, speaker.start - 14), speaker.start)
            named = subject_before(self.text, lo, comma.start(), self.cast, vstart) if comma is not None else None
            if named is not None and named.entity is not None and named.final_kind() == "person" \
                    and named.end == comma.start():
                speaker = replace(named, mention=speaker.mention, start=speaker.start, end=speaker.end,
                                  role=speaker.role or named.role)
        self.cast.as_clause_subjects(mark, lo, hi, _sentence_end(self.text, vstart))
        return speaker

    def _unknown_group_before_who(self, lo: int, vstart: int) -> bool:
        """Does a relative clause with no comma open right before ``vstart`` on a plural noun the lexicon does not
        know as people ("fishermen who …")? Then its speaker is _unknown_antecedent's."""
        who = _SUBJECT_RELATIVE_BEFORE.search(self.text, lo, vstart)
        if who is None:
            return False
        toks = _tokens(self.text, max(0, who.start() - 40), who.start() + 4, self.cast)
        return len(toks) >= 2 and toks[-1][0] == "who" and not _np_token(toks[-2][0]) \
            and _UNKNOWN_GROUP_HEAD.fullmatch(toks[-2][0]) is not None and toks[-2][0] not in _NOT_A_GROUP_HEAD

    def _unknown_antecedent(self, toks) -> Optional[Speaker]:
        """'fishermen who oppose the levy', 'idealists who wanted a new pier': "who" with no comma names people
        whatever the noun before it, so a plural noun the lexicon does not know as people is the group that speaks
        (with the words qualifying it: "young idealists"). Only a plural: 'a chunk of voters' is read elsewhere,
        and a singular is as often a thing the clause follows ('the year who …' is no English)."""
        head = toks[-2][0]
        if not _UNKNOWN_GROUP_HEAD.fullmatch(head) or head in _NOT_A_GROUP_HEAD:
            return None
        k = len(toks) - 2
        while k > 0 and len(toks) - 2 - k < 2 and _GROUP_QUALIFIER.fullmatch(toks[k - 1][0]) \
                and toks[k - 1][0] not in _NOT_A_GROUP_HEAD and toks[k - 1][0] not in DETERMINERS \
                and toks[k - 1][0] not in _NOT_A_QUALIFIER:
            k -= 1
        return Speaker(mention=self.text[toks[k][1]:toks[-2][2]], name=self.text[toks[k][1]:toks[-2][2]],
                       kind="group", start=toks[k][1], end=toks[-2][2])

    def _cue_subject(self, pi: int, lo: int, m, share_subject: bool = True) -> Optional[Speaker]:
        """The subject of the cue ``m`` found before a quote or a clause.

        (With ``share_subject``, a participle of _SUBJECT_SHARING_PARTICIPLES after a comma takes the sentence's
        subject, as a participle of speech does, when the plain reading finds any subject at all.)"""
        text, cast = self.text, self.cast
        vstart = m.start()
        if m.group() == m.group("verb") and m.group("verb") in _DOCUMENT_SAYING:
            # "She released a statement saying, “…”": who issued the document says what it says
            issuer = self._issuer(lo, vstart)
            if issuer is not None:
                return issuer
        caused = _caused_to_before(text, lo, vstart)
        if caused is not None:
            # "The ruling led Ruiz to say …", "a shift that prompted her to warn …": whoever was moved to speak
            # speaks, not the thing that moved them
            obj_start, obj_end = caused.start("obj"), caused.end("obj")
            pronoun = _OBJECT_AS_SUBJECT.get(caused.group("obj").lower())
            if pronoun is not None:
                speaker = _pronoun(text, pronoun, obj_start, obj_end, cast, obj_start)
                speaker.mention = caused.group("obj")
                return speaker
            return subject_after(text, obj_start, obj_end, cast, obj_start) \
                or bare_subject(text, obj_start, obj_end + 1, cast)
        toks = _tokens(text, max(lo, vstart - 30), vstart, cast)
        if len(toks) >= 2 and toks[-1][0] == "to":
            # "Bryne went on to say, …", "declined to say": the subject of the verb before "to"
            # (not past the verb's own subject, nor past "and" just before the verb: "after he refused to
            # say", "agreed with Bell and seemed to think" shares the subject of "agreed")
            k = len(toks) - 2
            while k > 0 and toks[k][0].islower() and len(toks) - k <= 4 and toks[k][0] not in _SUBJECT_PRONOUNS \
                    and not (k == len(toks) - 3 and toks[k][0] in ("and", "but")):
                k -= 1
            vstart = toks[k + 1][1] if toks[k][0][:1].isupper() or toks[k][0] in (",",) \
                or toks[k][0] in _SUBJECT_PRONOUNS or (k == len(toks) - 3 and toks[k][0] in ("and", "but")) \
                else toks[k][1]
            toks = _tokens(text, max(lo, vstart - 30), vstart, cast)
        adverbs = _manner_adverbs_after_a_relative(toks)
        if adverbs:
            toks = toks[:-adverbs]     # "who formally endorsed", "which has strongly denied"
        elif toks and toks[-1][0] not in ("who", "which"):
            reach = max(lo, vstart - _WHEN_AFTER_A_RELATIVE_REACH)
            # (every match holds "who" or "which" as written: a cue with neither before it skips the regex)
            when = _WHEN_AFTER_A_RELATIVE.search(text, reach, vstart) if text.find("wh", reach, vstart) != -1 \
                else None
            if when is not None:
                # "Ruiz, who in 2010 said …", "the board, which last week voted …": when it was said stands
                # between the relative pronoun and its verb, as an adverb of manner may
                toks = [t for t in toks if t[1] < when.end("rel")]
        if toks and toks[-1][0] in ("who", "which") and len(toks) >= 2 and toks[-2][0] == ",":
            # "from Tom Bell, who declared …": the relative pronoun stands for the name before it
            return self._antecedent(lo, toks[-2][1], vstart)
        if len(toks) >= 4 and toks[-1][0] in ("whom", "which") and toks[-2][0] == "of" and toks[-4][0] == "," \
                and toks[-3][0].lower() in _SHARES_OF_WHOM:
            # "Dockworkers, many of whom say …": a share of the people the noun before the comma names speaks
            # for them; that noun is the speaker, as after ", who"
            return self._antecedent(lo, toks[-4][1], vstart)
        if toks and toks[-1][0] == "who" and len(toks) >= 2:
            # "security experts who say …": likewise without the comma; in "sided with residents who argued"
            # the antecedent is the noun after the preposition, not the clause before it, and in "…,” said a
            # councillor who backs Vale" the noun after the verb
            k = len(toks) - 2
            while k > 0 and not _ends_before_an_antecedent(toks[k][0]) and _np_token(toks[k][0]):
                k -= 1
            floor = toks[k][2] if _ends_before_an_antecedent(toks[k][0]) else lo
            place = _PLACE_BEFORE_WHO.search(text, max(lo, toks[-1][1] - 60), toks[-1][1])
            if place is not None and place.start() < floor and _names_a_person(place.group("head")):
                # "a former senator from Minnesota who backs Ruiz": the person the place describes is the
                # antecedent, not the place
                return self._antecedent(lo, place.start(), vstart)
            thing = _THING_BEFORE_WHO.search(text, max(lo, toks[-1][1] - 70), toks[-1][1])
            if thing is not None and _names_a_person(thing.group("head").lower()) \
                    and thing.group("head").lower() not in _NOT_A_THING \
                    and not _names_a_person(thing.group("object")) \
                    and not any(w in _NOT_A_THING for w in thing.group("phrase").split()):
                # "Candidates in competitive races who back the levy": "who" is for people, and the noun after
                # the preposition names none; the people before it are the antecedent
                head = self._antecedent(lo, thing.end("head"), vstart)
                if head is not None:
                    return head
            if toks[-2][0] in ("those", "Those"):
                # "Among those who want …": whoever the relative clause defines, a group no noun names
                return Speaker(mention=toks[-2][0], kind="group", start=toks[-2][1], end=toks[-2][2])
            return self._antecedent(max(lo, floor), toks[-1][1], vstart) or self._unknown_antecedent(toks)
        # 'a defence of “harbour pride,” saying …': a comma inside closing marks is a comma
        # (a dash sets off a participle as a comma does: "switched teams at once – saying …")
        after_comma = bool(toks) and (toks[-1][0] in (",", "—", "–") or (
            len(toks) >= 2 and toks[-2][0] == "," and toks[-1][0] in _CLOSERS)) or (
            not toks and _closes_with_comma(text, max(0, vstart - 8), vstart) is not None) \
            or _hyphen_dash_before(text, lo, vstart)
        # ("while Bell is arguing that …": with an auxiliary, a finite verb with a subject of its own)
        verb = m.group("verb")
        verb_low = verb.lower()
        # (adverbs of manner or time may come before it: "…, recently telling an aide that …")
        bare = m.group() == verb or _only_adverbs_before(m.group(), verb)
        participle = (verb_low in _PARTICIPLE_CUES or verb_low in _TOPIC_PARTICIPLES
                      or (after_comma and verb_low in _SIDE_TAKING_PARTICIPLES)
                      or (verb_low in _STANCE_PARTICIPLES_AFTER_A_COMMA and _after_a_plain_comma(text, toks))) and bare
        if share_subject and after_comma and verb_low in _SUBJECT_SHARING_PARTICIPLES and bare:
            if self._cue_subject(pi, lo, m, share_subject=False) is None:
                return None
            participle = True
        if verb_low in _SHOUTS and verb.endswith("ing"):
            # "Nurses stood outside the hospital chanting “…”": who chants is the sentence's subject, not the
            # noun just before the participle
            # ("…, with Trump reportedly yelling “…”" has a subject of its own, after "with")
            floor = max(min(lo, self._sentence_start(pi, vstart)), vstart - _REACH)
            k = len(toks)
            while k > 1 and is_subject_adverb(toks[k - 1][0]):
                k -= 1
            own = subject_before(text, floor, toks[k][1] if k < len(toks) else vstart, cast, vstart)
            if own is not None and _WITH_BEFORE.search(text, max(floor, own.start - 6), own.start):
                return own
            return sentence_subject(text, floor, vstart, cast, vstart)
        if participle and toks and toks[-1][0] == "and":
            # "…, with Mara Quill tweeting that … and asking, …": a participle joined to one after "with"
            # shares that one's subject, not the sentence's
            floor = max(min(lo, self._sentence_start(pi, vstart)), vstart - _REACH)
            earlier = [c for c in self.cues.finditer(floor, toks[-1][1])
                       if c.group() == c.group("verb") and c.group("verb").lower() in _PARTICIPLE_CUES]
            if earlier and self._person_after_with(floor, earlier[-1].start()):
                return subject_before(text, floor, earlier[-1].start(), cast, vstart)
        if participle and not after_comma and toks and toks[-1][0] not in _CLOSERS:
            # "… emailed supporters saying: …", "… on Facebook writing, …": without a comma too, a
            # participle after another verb of the sentence shares its subject
            floor = max(min(lo, self._sentence_start(pi, vstart)), vstart - _REACH)
            opening = self.quoted.containing(_OPENING_MARKS.match(text, floor).end())
            if opening is not None and opening[1] < vstart:
                # '“Call home,” Dalby sings before asking, “…”': the sentence opens with a quote; its subject
                # is the one after it, not the quote's first word
                floor = opening[1]
            if any(not self.quoted.contains(c.start("verb")) for c in self.cues.finditer(floor, toks[-1][1])):
                sp = sentence_subject(text, floor, vstart, cast, vstart)
                if sp is not None and not _EXPLETIVE_SUBJECT.fullmatch(sp.mention):
                    return sp
        # "… but on Tuesday wrote that …": a day between the conjunction and the verb
        trail = len(toks)
        while trail and toks[trail - 1][0].lower() in _DAY_WORDS:
            trail -= 1
        if trail < len(toks) and trail and toks[trail - 1][0].lower() in ("on", "last", "this"):
            trail -= 1
        adverbs = trail
        while adverbs > 1 and is_subject_adverb(toks[adverbs - 1][0]) and toks[adverbs - 1][0].islower():
            adverbs -= 1
        if adverbs < trail and toks[adverbs - 1][0].lower() in CONJUNCTIONS \
                and self._subject_ends_in_a_conjunction(lo, toks[adverbs][1], vstart):
            # "… appeared with Ana Ruiz and officially endorsed …": adverbs after "and", which the plain reading
            # would take into the subject ("Ana Ruiz and"); the verb shares the sentence's subject
            trail = adverbs
        in_a_list = after_comma and not participle and bare and bool(toks) and toks[-1][0] == "," \
            and self._next_verb_in_a_list(pi, lo, m, vstart)
        if (trail and toks[trail - 1][0].lower() in CONJUNCTIONS) or (after_comma and participle) or in_a_list:
            # The verb shares the subject of the verb before it: "Lazar said he welcomed it and added, …",
            # "Nefzi said, adding, …", "Mr. Trump expressed admiration, telling CNBC: …"
            # ('… told a radio station that the mayor “…,” adding, “…”': back past the quote to the
            # sentence's own verb)
            floor = max(min(lo, self._sentence_start(pi, vstart)), vstart - _REACH)
            relative = _RELATIVE_BEFORE_CONJUNCT.search(text, floor, toks[trail - 1][1]) if trail and not participle \
                else None
            opening = None
            if participle and not self.quoted.contains(floor) and not self.quoted.any_within(floor, vstart) \
                    and not _JUST_SAID.search(text, max(floor, vstart - 40), vstart):
                # "Ruiz wrote a short post of her own, saying, …": the sentence's subject, not
                # whatever stands before a noun that looks like a cue
                sp = self._joined_clause_subject(floor, vstart) or sentence_subject(text, floor, vstart, cast, vstart)
                if sp is not None:
                    return sp
                opening = opening_subject_as_written(text, max(floor, self._sentence_start(pi, vstart)), vstart, cast)
                if opening is not None and _sentence_break_between(text, opening.end, vstart):
                    opening = None  # ("… in the 1990s. Podesta reiterated it, saying": a sentence the splitter missed)
            before_it = list(self.cues.finditer(floor, toks[-1][1] if toks else vstart))
            finite = before_it
            if not participle:
                # "Vale issued a statement saying … and said …", "Ruiz agreed to the old Bell demand and
                # offered …": a finite verb after "and" shares the subject of the finite verb before it, not of
                # a participle of the object ("saying") nor of a noun that reads as a cue ("demand")
                finite = [c for c in before_it if not self._no_finite_cue(c, floor)]
            prev = finite[-1] if finite and not self.quoted.contains(finite[-1].start("verb")) else None
            sp = subject_before(text, floor, prev.start(), cast, vstart) if prev is not None else None
            if participle and prev is not None:
                main = self._main_subject_after_an_opening_clause(pi, prev, vstart)
                if main is not None:
                    # 'When Bell pointed out that Vale calls it “a toll,” Ruiz seized on it, repeating …': the cue
                    # before the participle is the opening subordinate clause's; the participle shares the main
                    # clause's subject, after that clause's comma
                    sp, prev = main, None
            if opening is not None and (sp is None or sp.start >= opening.end):
                # "In August, several farm groups granted the mill a delay on a court order, saying …": the
                # unnamed group opening the sentence, not a noun of the object before a word that reads as a cue
                return opening
            if sp is None:
                sp = sentence_subject(text, floor, vstart, cast, vstart)
            if sp is None and finite is not before_it and before_it \
                    and not self.quoted.contains(before_it[-1].start("verb")):
                prev = before_it[-1]    # (no subject found that way: the one the nearest cue has, as before)
                sp = subject_before(text, floor, prev.start(), cast, vstart)
            if sp is None and not participle and (verb_low in SAYING_VERBS or _clause_follows(
                    text, m.end(), _sentence_end(text, m.end()))):
                # "The ushers stacked the chairs, swept the hall and said …": the unnamed group opening the
                # sentence is the subject of every predicate joined to it (of a verb that reports a clause:
                # "… and offered a view", "… and pressed against a fence" report nothing)
                sp = opening_subject_as_written(text, floor, vstart, cast)
            if sp is not None and self.quoted.contains(sp.start):
                sp = self._quote_attribution_speaker(before_it) or sp
            if (sp is not None or participle) and prev is not None and prev.start("verb") in self.cue_speakers:
                # ('“…,” said Tom Okoye, referring to the dock': with the subject after the verb, nothing before
                # the verb is its subject, and the participle's is whom the attribution names)
                # "“… ‘we will’ …,” said Senator Hale, adding …": whom the quote's own attribution names, not
                # a pronoun inside the quote or a subject before it
                return _same_speaker(self.cue_speakers[prev.start("verb")])
            if sp is not None and relative is not None:
                # "… interviewed Dana Marsh, who saw the crash and described it …": a verb joined to a relative
                # clause's verb has the relative pronoun for its subject, the name before it, not the sentence's
                return self._antecedent(lo, relative.start(), vstart)
            if sp is not None and _EXPLETIVE_SUBJECT.fullmatch(sp.mention):
                return None     # "There’s still time for Ruiz to …, even after … and calling …": "there" is nobody
            return sp
        k = len(toks)
        while k > 1 and (is_subject_adverb(toks[k - 1][0]) or is_where_adverb(text, toks, k)) \
                and toks[k - 2][0] not in ("to",):
            k -= 1      # "Cruz and Rubio have both said", "the mayor had previously said", "farmers here say"
        end = toks[k][1] if k < len(toks) else vstart
        title = self.quoted.containing(toks[-2][1]) if k == len(toks) and k >= 2 and toks[-1][0] in _CLOSERS \
            and toks[-2][0] == "," else None
        if title is not None and title[0] in self.titles:
            # 'Ed Vale, author of “The Charter,” put it': the comma inside a title's closing marks ends the aside
            # as a comma does; the subject is read up to it, not from the title's words
            end = toks[-1][1]
        sp = subject_before(text, lo, end, cast, vstart)
        if sp is None and not text[lo:vstart].strip():
            return None
        if sp is not None and self.quoted.contains(sp.start):
            # 'Sam Solo, a contestant on the show “The Apprentice,” who …, said': a title in quotation marks
            # is nobody; the sentence's subject speaks (after the title when it opens the sentence: 'In an
            # interview with “Morning Harbour,” Ruiz pointed to …')
            title = self.quoted.containing(sp.start)
            sp = sentence_subject(text, max(lo, self._sentence_start(pi, vstart)), vstart, cast, vstart)
            if (sp is None or self.quoted.contains(sp.start)) and title[1] < vstart:
                sp = sentence_subject(text, title[1], vstart, cast, vstart)
            if sp is not None and self.quoted.contains(sp.start):
                sp = None
        if sp is not None:
            relative = _relative_clause_holding(text, max(lo, self._sentence_start(pi, vstart)), sp, vstart)
            if relative is not None:
                # "A farmer who sold land to the county said …": the county is the relative clause's object; the
                # cue's subject is the noun the clause describes (kept as written when no one in the cast)
                head = subject_before(text, lo, relative, cast, vstart) or bare_subject(text, lo, relative, cast)
                if head is not None:
                    return head
        return sp

    def _person_after_with(self, lo: int, vstart: int) -> bool:
        """Is the subject right before ``vstart`` a person named just after "with" ("with Mara Quill")?"""
        if _WITH_BEFORE.search(self.text, max(lo, vstart - 60), vstart) is None:
            return False    # (most participles have no "with" before them: one cheap test first)
        own = subject_before(self.text, lo, vstart, self.cast, vstart)
        return own is not None and own.entity is not None and own.entity.kind == "person" \
            and not self.text[own.end:vstart].strip() \
            and _WITH_BEFORE.search(self.text, max(lo, own.start - 6), own.start) is not None

    def _cue_opens(self, start: int, end: int) -> bool:
        """Does a cue verb open the words from ``start`` (after a comma and spaces), before ``end``?"""
        text = self.text
        at = start
        while at < end and text[at] in ", \u00a0":
            at += 1
        return any(c.start("verb") == at for c in self.cues.finditer(at, min(end, at + 40)))

    def _next_verb_in_a_list(self, pi: int, lo: int, m, vstart: int) -> bool:
        """Is the cue ``m``, right after a comma, the next verb of a list of the sentence subject's deeds: "She urged
        the board to act, proposed that fares fall, and pushed to …"? A past tense followed by what it reports (a
        that-clause, a noun phrase), after a finite cue verb earlier in the sentence with no other verb between;
        not a participle of a passive aside ("The plan, proposed in May, …": a preposition or "by" follows it)."""
        text = self.text
        verb_low = m.group("verb").lower()
        if not _is_past_tense(verb_low) or _PASSIVE_ASIDE_AFTER.match(text, m.end()) is not None:
            return False
        floor = max(min(lo, self._sentence_start(pi, vstart)), vstart - _REACH)
        before = [c for c in self.cues.finditer(floor, vstart) if not self.quoted.contains(c.start("verb"))]
        if not before or self._no_finite_cue(before[-1], floor):
            return False
        prev = before[-1]
        ahead = _words(text[max(floor, prev.start() - 12):prev.start()])
        if not _is_past_tense(prev.group("verb").lower()) or _PASSIVE_ASIDE_AFTER.match(text, prev.end()) is not None \
                or text[floor:prev.start()].rstrip().endswith(",") \
                or (ahead and ahead[-1].lower() in ("to", "who", "which", "that", "whom")):
            # the earlier verb must be the sentence's own, in the past tense like this one: not an infinitive, a
            # relative clause's or a participle's in an aside ("Ruiz, who spoke on condition of anonymity,
            # said …", "Hale's remarks, first reported by …, suggested …": there the verb has a subject of its own)
            return False
        # (nothing between the earlier verb and this comma may be a verb of a clause of its own)
        return not _holds_a_finite_verb(text, before[-1].end(), vstart) and ", " not in text[before[-1].end():vstart - 2]

    def _subject_ends_in_a_conjunction(self, lo: int, end: int, vstart: int) -> bool:
        """Would the plain reading of the subject before ``end`` end in "and" or "or" (no subject at all)?"""
        plain = subject_before(self.text, lo, end, self.cast, vstart)
        return plain is not None and plain.mention.split()[-1].lower() in CONJUNCTIONS

    def _main_subject_after_an_opening_clause(self, pi: int, prev, vstart: int) -> Optional[Speaker]:
        """The main clause's subject, when the cue ``prev`` stands in a subordinate clause opening the sentence
        ("When Bell said …, Ruiz …") and the clause's comma comes before ``vstart``; else None."""
        text = self.text
        start = self._sentence_start(pi, vstart)
        if start > prev.start() or _SUBORDINATE_OPENING.match(text, start, prev.start()) is None \
                or self.quoted.any_within(start, prev.start()):
            return None     # (not a quote that opens with "if": '“If we lose, so be it,” Ruiz said in Dover, Maine, …')
        for k, comma in enumerate(_CLAUSE_COMMA.finditer(text, prev.end(), vstart)):
            if k == 2:
                break
            if self.quoted.contains(comma.end()):
                continue    # (a comma inside quoted words, which go on after it)
            main = subject_after(text, comma.end(), vstart, self.cast, vstart)
            if main is not None and not self.quoted.contains(main.start):
                return main
        return None

    def _joined_clause_subject(self, floor: int, vstart: int) -> Optional[Speaker]:
        """"Tenants say the rules are unfair, and the Kent Civil Liberties Union has sued the town, saying …": a
        participle after a clause joined to the sentence by ", and", ", but" or ";" shares that clause's subject,
        not the sentence's first one (only when a verb follows the subject: in "Ruiz thanked Bell, and Vale,
        saying …" the name after "and" is one more object)."""
        text = self.text
        joint = None
        for joint in _CLAUSE_JOINT.finditer(text, max(floor, vstart - _JOINED_CLAUSE_REACH), vstart):
            pass    # (the last joint before the participle opens its clause)
        if joint is None:
            return None
        sp = sentence_subject(text, joint.end(), vstart, self.cast, vstart)
        if sp is None or not joint.end() <= sp.start < sp.end < vstart:
            return None
        return sp if _VERB_AFTER_SUBJECT.match(text, sp.end, vstart) is not None else None

    def _no_finite_cue(self, c, floor: int) -> bool:
        """Is the cue ``c`` a bare participle ("… a statement saying") or a noun ("a statement", "the original
        Bell demand": a base form right after a determiner, or after one and a name it is the name's) rather
        than a finite verb ("a narrator reminds", "the Democrats argue")?"""
        verb = c.group("verb")
        before = _words(self.text[max(floor, c.start() - 40):c.start()])
        if c.group() == verb and verb.split(" ", 1)[0].endswith("ing"):
            # (not one with a subject of its own: "recalled Mr. Obama talking about …")
            return not (before and before[-1][:1].isupper())
        low = verb.lower()
        if " " in low or low.endswith("s") or _is_finite_word(low) or not before \
                or not self.text[c.start() - 1:c.start()].isspace():
            return False
        k = len(before)
        while k > 0 and before[k - 1][:1].isupper() and k > len(before) - 3:
            k -= 1      # a name before the noun ("the Bell demand")
        names = before[k:]
        if names and not (self.cast.knows_surname(names[-1]) or not names[-1].endswith("s")):
            return False    # ("the Democrats argue": a plural, the subject)
        if names and k > 0 and before[k - 1].islower() and before[k - 1] not in _NOUN_DETERMINERS:
            k -= 1      # one modifier before the name ("the original Bell demand")
        return k > 0 and before[k - 1].lower() in _NOUN_DETERMINERS

    def _quote_attribution_speaker(self, cues: list) -> Optional[Speaker]:
        """'“We need answers,” said a councillor who backs Vale, adding that …': a participle whose subject would
        be a word inside the quote ("We") shares the speaker of the quote's own attribution, the last of
        ``cues`` that names one, past the verb of a relative clause ("backs") on the way."""
        said = [c for c in cues if c.start("verb") in self.cue_speakers]
        return _same_speaker(self.cue_speakers[said[-1].start("verb")]) if said else None

    # -- reported speech -------------------------------------------------------
    def _headline(self, pi: int, blocked: list[tuple[int, int]], frags: list[Quoted]) -> bool:
        """"Mayor Ruiz: Ferry Will Run All Winter": a headline that gives its speaker before a colon.

        The speaker must be someone the article goes on to mention (its last word appears outside
        the headline), or a poll; what follows the colon, four words at least, is what they said. The
        headline is the paragraph's first line: a subheading may follow it.
        """
        text = self.text
        ps, pe = self.paragraphs[pi]
        line_end = text.find("\n", ps, pe)
        if line_end != -1:
            pe = line_end   # "Historians: Ruiz, Hale linked; \nHer fate hinges on …": a subheading follows
        if pe - ps > _HEADLINE_MAX:
            return False
        m = _HEADLINE.match(text, ps, pe)
        if m is None or any(s < pe and ps < e for s, e in blocked):
            return False
        words = m.group("who").split()
        if words[0].lower() in _NOT_HEADLINE_SPEAKERS or (m.group("who").isupper() and len(m.group("who")) > 4):
            return False
        cstart, cend = m.start("said"), pe
        while cend > cstart and text[cend - 1] in " .!?;\u00a0\n":
            cend -= 1
        if len(_words(text[cstart:cend])) < 4:
            return False
        # (the name before "camp", "aides" or "editorial" is who the article must mention again; a plural noun for
        # people, "Historians: …", may come again in lower case, or one of them: "a historian at …")
        named = [w for w in words if w[:1].isupper()]
        last = regex.sub(r"['’]s$", "", named[-1])
        people = len(words) == 1 and last.isalpha() and last.endswith(_PLURAL_PEOPLE_ENDINGS)
        elsewhere = regex.compile(r"(?i:\b%ss?\b)" % regex.escape(last[:-1]) if people else r"\b%s\b" % regex.escape(last))
        if last not in _POLL_WORDS and elsewhere.search(text, pe) is None and elsewhere.search(text, 0, ps) is None:
            return False
        who_end = m.end("who")
        speaker = subject_before(text, ps, who_end, self.cast, who_end) or Speaker(
            mention=m.group("who"), start=ps, end=who_end)
        fragments = Intervals([(f.open_at, f.close_end) for f in frags])
        kind = "partial" if fragments.any_within(cstart, cend + 1) else "indirect"
        self.results.append(Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker, cue=":",
                                        rule="headline speaker: clause", confidence=0.6, paragraph=pi,
                                        windows=[(ps, pe)]))
        return True

    def _reported_speech(self, pi: int, blocked: list[tuple[int, int]], frags: list[Quoted]) -> None:
        text = self.text
        ps, pe = self.paragraphs[pi]
        if self._headline(pi, blocked, frags):
            return
        quoted = Intervals(blocked)
        fragments = Intervals([(f.open_at, f.close_end) for f in frags])
        # the paragraph's cues by pass, each cue's verb looked up once rather than in both passes
        speech_cues, stance_cues = [], []
        for m in self.cues.finditer(ps, pe):
            (speech_cues if m.group("verb") in SPEECH else stance_cues).append(m)
        said: list[tuple[int, int]] = []
        said_reports: list[tuple[int, Attribution]] = []   # beside `said`: where each one's cue starts, the report
        # Verbs of speech first, then "according to", then verbs of stance, so that
        # "…, killing 12 people, officials said" belongs to "said" and "scientists had
        # assumed, according to a study" to the study, not to a stance verb before them.
        for pass_ in ("speech", "according", "stance"):
            claimed = Claims()
            for start, end in said:
                claimed.add(start, end)
            if pass_ == "according":
                # (overlapped: a match that runs on from an earlier sentence's "in the hills. But in the
                # latest poll, …" must not hide the one that opens the next sentence)
                polls = _IN_POLL.finditer(text, ps, pe, overlapped=True) if _may_name_a_poll(text, ps, pe) else ()
                closing_polls = _POLL_CLOSES.finditer(text, ps, pe) if polls else ()
                placing = _POLL_PLACES.finditer(text, ps, pe) if polls else ()
                backed = _SUPPORT_FROM.finditer(text, ps, pe) if _may_hold_support(text, ps, pe) else ()
                hearsay = _AUX_REPORTEDLY.finditer(text, ps, pe) if text.find("reportedly", ps, pe) != -1 else ()
                found = itertools.chain(((m, self._according) for m in ACCORDING.finditer(text, ps, pe)),
                                        ((m, self._reportedly) for m in hearsay),
                                        ((m, self._in_poll) for m in polls),
                                        ((m, self._poll_closes) for m in closing_polls),
                                        ((m, self._poll_places) for m in placing),
                                        ((m, self._support_from) for m in backed),
                                        ((m, self._support_among) for m in (
                                            _SUPPORT_AMONG.finditer(text, ps, pe) if backed else ())))
            elif pass_ == "speech":
                # "Ruiz told police he was tired, court records show.": the attribution closing the sentence
                # reports the whole clause before it, inner verb and all, so it is read before that verb
                verb_starts = [m.start("verb") for m in speech_cues]
                closes = [self._closing_attribution(pi, k, speech_cues, verb_starts) for k in range(len(speech_cues))]
                ordered = [m for m, c in zip(speech_cues, closes) if c] + \
                    [m for m, c in zip(speech_cues, closes) if not c]
                found = ((m, self._clause_for_cue) for m in ordered)
            else:
                found = ((m, self._clause_for_cue) for m in stance_cues)
            for m, attribute in found:
                vs = m.start("verb") if pass_ != "according" else m.start()
                if pass_ == "speech" and m.group("verb").lower() in _THAT_CLAUSE_ONLY \
                        and not text.startswith(" that ", m.end()) \
                        and _TO_WHOM_THEN_THAT.match(text, m.end(), min(pe, m.end() + 80)) is None:
                    continue    # "barked", "laughed": they attribute quotes, and report only a that-clause
                if vs in self.used_cues or quoted.contains(vs) or claimed.contains(vs) or fragments.contains(vs):
                    continue
                lo, hi = self._clause_bounds(pi, m.start(), m.end(), quoted, frags, fragments)
                # a "sentence" of many thousand characters is no sentence: each cue reads a bounded
                # stretch around it, so a megabyte without a full stop still costs linear time
                lo, hi = max(lo, m.start() - _REACH), min(hi, m.end() + _REACH)
                attr = attribute(m, pi, lo, hi, fragments)
                if attr is None:
                    continue
                span = (attr.pieces[0].start, attr.pieces[-1].end)
                if pass_ == "stance":
                    swallowed = [k for k, (s, e) in enumerate(said) if s >= lo and e <= hi and s < span[1] and span[0] < e]
                    if swallowed:
                        if not all(_nested_report(text, m.end(), span, *said_reports[k]) for k in swallowed):
                            continue   # its clause would swallow a reported clause of the same sentence
                        # "Hale rejected the notion that the council is calling her corrupt": the outer verb
                        # reports its whole complement, the inner report is a part of it
                        self._drop_results([said_reports[k][1] for k in swallowed])
                self.results.append(attr)
                claim = (span[0], max(span[1], attr.claim_end))
                claimed.add(*claim)
                if pass_ != "stance":
                    said.append(claim)
                    said_reports.append((vs, attr))
        self._report_nouns(pi, quoted, frags, fragments)
        self._censure_nouns(pi, quoted, frags, fragments)
        self._backers_before_participle(pi, quoted, frags, fragments)
        self._expected_to(pi, quoted, frags, fragments)
        self._seeming(pi, quoted, frags, fragments)
        self._stray_fragments(pi, frags)

    def _closing_attribution(self, pi: int, k: int, cues: list, verb_starts: list[int]) -> bool:
        """Whether cue ``k`` of ``cues`` closes its sentence as the attribution of all the clause before it.

        Not after an opening subordinate clause ("Though the union boasts of X, Y is true, experts say":
        the union's words are its own), nor after an attribution of its own inside the sentence
        ("…, the Harbor Gazette reported, while …, the Osk Times reported": each reports its own part).
        """
        text, m = self.text, cues[k]
        if not _closes_its_sentence(text, m, verb_starts):
            return False
        # (at most one cue closes each sentence, so reading the sentence's cues stays linear)
        start = max(self._sentence_start(pi, m.start()), m.start() - _REACH)
        if _SUBORDINATE_OPENING.match(text, start, m.start()) is not None:
            return False
        first = bisect.bisect_left(verb_starts, start)
        return not any(cues[j].end() < m.start() and _attribution_aside(text, cues[j]) for j in range(first, k))

    def _drop_results(self, dropped: list[Attribution]) -> None:
        """Take reports back out of the results (a report that turned out to be part of another).

        Each is searched for from the end: it was found in the same sentence as the report that replaces
        it, so only the few results after it are passed over, however long the article.
        """
        for d in dropped:
            for i in range(len(self.results) - 1, -1, -1):
                if self.results[i] is d:
                    del self.results[i]
                    break

    def _report_nouns(self, pi: int, quoted: "Intervals", frags: list[Quoted], fragments: "Intervals") -> None:
        """"his suggestion that …", "complaints that …", "an admission from Ms. Ruiz that …": a noun of saying
        or believing reports its that-clause; whoever the possessive (or "from X") names holds it.

        Read last, so that a clause some verb already reports ("she said her claim that …") is left to it.
        """
        text = self.text
        ps, pe = self.paragraphs[pi]
        if text.find(" that ", ps, pe) == -1:
            return
        taken = []
        for a in reversed(self.results):
            if a.paragraph != pi:
                break
            taken.append((a.pieces[0].start, a.pieces[-1].end))
        for m in self._noun_thats(ps, pe):
            at = m.start("noun")
            if quoted.contains(at) or fragments.contains(at) or any(s <= at < e for s, e in taken):
                continue
            if m.group("copula") is not None and _POSSESSIVE_BEFORE.search(text, max(ps, at - 60), at) is None:
                continue    # "The fear is that …" is the writer's; "Her fear is that …" is hers
            if m.group("noun") in _VERB_FORMS and _NOUN_READING.search(text, max(ps, at - 30), at) is None:
                continue    # "critics charge that", "she fears that": a verb the verb rules passed over
            ahead = min(pe, m.end() + 120)
            # (a clause that holds quoted words is the noun's complement whatever word opens it: 'his claim that
            # voters would "learn nothing"')
            if (_COMPLEMENT_START.match(text, m.end(), ahead) is None
                    and not (m.group("copula") is None and _holds_quoted_clause(text, fragments, m.end(), ahead))) \
                    or _GAP_RELATIVE.match(text, m.end(), ahead) \
                    or _APPOSITIVE_NOUN.search(text, max(ps, at - 30), at):
                # "the claim that was made", "the charge that the mayor denied": a relative clause about the
                # noun; "…, a claim the council disputes": a comment on the clause before, whose report it is
                continue
            lo, hi = self._clause_bounds(pi, at, m.end(), quoted, frags, fragments)
            lo, hi = max(lo, at - _REACH), min(hi, m.end() + _REACH)
            span = self._clause_after(m.end(), hi, fragments)
            if span is None:
                continue
            cstart, cend = span
            if _PHRASE_OPENING.match(text, lo, at) is not None and "," not in text[lo:at]:
                # "Despite rumors that the mill would close, the town …": the opening phrase ends at its comma
                # (or at the one set inside closing marks, with them: 'Contrary to his claim that it was “safe,” …')
                stop = next((c for c in _OBJECT_END_OR_MARKED_COMMA.finditer(text, cstart, cend)
                             if c.group("marks") is None or (fragments.contains(c.start())
                                                             and not self._comma_in_marks(fragments, c.start()))),
                            None)
                if stop is not None and stop.group("marks") is not None:
                    cend = fragments.containing(stop.start())[1]
                elif stop is not None and not fragments.any_within(stop.start(), cend + 1):
                    cend = stop.start()
                    if len(_words(text[cstart:cend])) < 3:
                        continue
            speaker = self._holder(m, lo)
            kind = "partial" if fragments.any_within(cstart, cend + 1) else "indirect"
            self.results.append(Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker,
                                            cue=m.group("noun"), rule="noun that clause", confidence=0.5,
                                            paragraph=pi, windows=[(lo, hi)]))
            taken.append((cstart, cend))

    def _censure_nouns(self, pi: int, quoted: "Intervals", frags: list[Quoted], fragments: "Intervals") -> None:
        """"his attacks on the mayor", "Ruiz’s criticism of the levy": a noun of censure after a possessive
        reports whom or what it censures, and the one the possessive names holds the stance; so does a noun of
        the opposite stance ("her embrace of the plan") or a promise ("his pledge to cut fares").

        Only after "his", "her" or a name's possessive: "their attacks", "its attacks on the troops" name a
        group or an army the pronoun alone does not tell, and "an attack on the base" no one at all.
        """
        text = self.text
        ps, pe = self.paragraphs[pi]
        if not _may_hold_a_censure_noun(text, ps, pe):
            return
        taken = [(a.pieces[0].start, a.pieces[-1].end) for a in self.results[-_RECENT_RESULTS:] if a.paragraph == pi]
        for m in _CENSURE_NOUN.finditer(text, ps, pe):
            at = m.start("noun")
            if quoted.contains(at) or fragments.contains(at) or any(s <= m.end() and at < e for s, e in taken):
                continue
            lo, hi = self._clause_bounds(pi, at, m.end(), quoted, frags, fragments)
            lo, hi = max(lo, at - _REACH), min(hi, m.end() + _REACH)
            own = _POSSESSIVE_BEFORE.search(text, max(lo, at - 60), at)
            if own is None or (own.group("owner") is not None and own.group("owner").split()[0] in NOT_NAME):
                continue
            cstart, cend = m.end(), _stance_object_end(text, m.end(), hi)
            if not _words(text[cstart:cend]):
                continue
            if m.group("noun").endswith("to"):
                cstart = m.end("noun") - 2     # "his promise to cut fares": the infinitive is what was promised
            speaker = self._possessor(own)
            kind = "partial" if fragments.any_within(cstart, cend + 1) else "indirect"
            self.results.append(Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker,
                                            cue=m.group("noun"), rule="possessive stance noun", confidence=0.5,
                                            paragraph=pi, windows=[(lo, hi)]))
            taken.append((cstart, cend))

    def _backers_before_participle(self, pi: int, quoted: "Intervals", frags: list[Quoted],
                                   fragments: "Intervals") -> None:
        """"groups backing Ruiz", "a super PAC supporting the levy", "those opposing the plan": a participle of
        support or opposition right after a noun for people or an organisation (no auxiliary, no comma) says the
        noun's phrase takes that side, and its object is the report.

        Read last in the paragraph and only outside what its other reports hold: inside a reported clause ("aides
        said voters backing Ruiz …") the phrase is part of that report. The holders are kept as written.
        """
        text = self.text
        ps, pe = self.paragraphs[pi]
        if not any(text.find(w, ps, pe) != -1 for w in _HOLDING_PARTICIPLE_WORDS):
            return
        taken = [(a.pieces[0].start, a.pieces[-1].end) for a in self.results[-_RECENT_RESULTS:] if a.paragraph == pi]
        for m in _HOLDER_PARTICIPLE.finditer(text, ps, pe):
            at = m.start("verb")
            if m.group("holder").lower() not in _HOLDER_NOUNS or quoted.contains(at) or fragments.contains(at) \
                    or any(s <= m.end() and m.start() < e for s, e in taken):
                continue
            lo, hi = self._clause_bounds(pi, at, m.end(), quoted, frags, fragments)
            lo, hi = max(lo, at - _REACH), min(hi, m.end() + _REACH)
            holder = _HOLDER_PHRASE.search(text, max(lo, m.start() - 60), m.end("holder"))
            if holder is None:
                continue
            speaker = Speaker(mention=holder.group(), kind="group", start=holder.start(), end=holder.end())
            among = _IS_AMONG.search(text, max(lo, holder.start() - 40), holder.start())
            if among is not None:
                # "Hale was among those backing Ruiz": the sentence's subject is one of them
                speaker = subject_before(text, lo, among.start(), self.cast, among.start()) or speaker
            cstart, cend = m.end(), _stance_object_end(text, m.end(), hi)
            if not _words(text[cstart:cend]):
                continue
            kind = "partial" if fragments.any_within(cstart, cend + 1) else "indirect"
            self.results.append(Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker,
                                            cue=m.group("verb"), rule="holder before participle", confidence=0.5,
                                            paragraph=pi, windows=[(lo, hi)]))
            taken.append((cstart, cend))

    def _is_deck(self, pi: int) -> bool:
        """Is paragraph ``pi`` the deck under a headline that ends in a semicolon ("Mayor wins;" then "Ferry is
        expected to run.")? The two make one heading, however the deck ends."""
        if pi == 0:
            return False
        prev_start, prev_end = self.paragraphs[pi - 1]
        prev = self.text[prev_start:prev_end].rstrip()
        return prev.endswith(";") and len(_words(prev)) <= 20 and not _ENDS_A_SENTENCE_INSIDE.search(prev)

    def _expected_to(self, pi: int, quoted: "Intervals", frags: list[Quoted], fragments: "Intervals") -> None:
        """"The board is expected to vote on Monday", "a bill that is widely expected to pass": a forecast the
        article reports without saying whose it is. The corpus counts it as a report with no source, its
        content the subject and the infinitive clause (the cue between them), of a thing ("sales are expected
        to rise") as of a person: measured, both are reports more often than not.

        Read after the verbs and nouns of the paragraph, and only outside what they report: inside a reported
        clause ("aides said the vote is expected to be close") the forecast is part of that report.
        """
        text = self.text
        ps, pe = self.paragraphs[pi]
        if text.find("expected to ", ps, pe) == -1:
            return
        taken = [(a.pieces[0].start, a.pieces[-1].end) for a in self.results[-_RECENT_RESULTS:] if a.paragraph == pi]
        for m in _EXPECTED_TO.finditer(text, ps, pe):
            at = m.start()
            if quoted.contains(at) or fragments.contains(at) or m.group("verb") in SPEECH \
                    or m.group("verb") in _DECLARED_STANCES:
                continue    # ("is expected to announce that …", "to endorse Ruiz": the subject's own words)
            lo, hi = self._clause_bounds(pi, at, m.end(), quoted, frags, fragments)
            lo, hi = max(lo, at - _REACH), min(hi, m.end() + _REACH)
            start = _forecast_subject_start(text, lo, at)
            if start is None or not _ends_a_sentence(text, lo, hi) \
                    or self._is_deck(pi):
                continue    # (nor a headline or its deck: "Mayor is expected to win" with no full stop)
            end = _forecast_end(text, m.end(), hi)
            if any(s < end and start < e for s, e in taken) or fragments.any_within(start, end):
                continue
            self.results.append(Attribution(pieces=[Span(start, end)], kind="indirect", speaker=None,
                                            cue=text[at:m.end("cue")], rule="expected to",
                                            confidence=0.4, paragraph=pi, windows=[(lo, hi)]))
            taken.append((start, end))

    def _seeming(self, pi: int, quoted: "Intervals", frags: list[Quoted], fragments: "Intervals") -> None:
        """"The rally seemed to lift her spirits", "Ruiz appears tired", "the plan seems like a gamble", "it now
        seems likely that …": the writer's judgment of how things look. The corpus counts it as a report with
        no source more often than not, its content the subject and the complement (the verb between them);
        after an empty "it" the content is what follows the verb. The judgment is the writer's, so it is kept
        at low confidence for users to filter.

        Read after the verbs and nouns of the paragraph and only outside what they report ("aides said the
        mayor seemed tired" is the aides' report), and "appear" only where it links a complement: "appeared
        on television" tells where someone was seen, no judgment.
        """
        text = self.text
        ps, pe = self.paragraphs[pi]
        if text.find("seem", ps, pe) == -1 and text.find("appear", ps, pe) == -1:
            return
        taken = [(a.pieces[0].start, a.pieces[-1].end) for a in self.results[-_RECENT_RESULTS:] if a.paragraph == pi]
        for m in _SEEMING.finditer(text, ps, pe):
            at = m.start()
            if quoted.contains(at) or fragments.contains(at) or any(s <= at < e for s, e in taken):
                continue
            if m.group("verb").startswith("appear") and m.group("to") is None \
                    and m.group("word").lower() in _NOT_APPEARANCE_COMPLEMENTS:
                continue
            lo, hi = self._clause_bounds(pi, at, m.end(), quoted, frags, fragments)
            lo, hi = max(lo, at - _REACH), min(hi, m.end() + _REACH)
            empty_it = _EMPTY_IT_BEFORE.search(text, max(lo, at - 12), at)
            if empty_it is not None:
                if _AS_IT_BEFORE.search(text, max(lo, at - 16), at) is not None:
                    continue    # "as odd as it may seem": a concession, its judgment folded into the clause
                start = m.end("verb")
                while start < hi and text[start] in " \u00a0":
                    start += 1
            else:
                start = _forecast_subject_start(text, lo, at)
            if start is None:
                continue
            end = _forecast_end(text, m.end(), hi)
            marks = fragments.first_start_from(start)
            if end <= m.end("verb") or any(s < end and start < e for s, e in taken) \
                    or (marks is not None and marks < end):
                continue    # (words in marks are read by the rules for quotes)
            if empty_it is None and _CLAUSE_INSIDE_SUBJECT.search(text, start, at) is not None:
                # "what appeared to be a trap", "the poll addresses a question Ruiz seemed to settle", "was unsure
                # why the feud seemed to stop": the verb heads a clause inside another's, a hedge or a report
                # of someone else's
                continue
            speaker, cue = None, m.group("verb")
            held = _HELD_STANCE.match(text, m.end("verb"), hi) if empty_it is None else None
            mention = _SUBJECT_TAIL.sub("", text[start:at].strip())
            if empty_it is None and mention.lower() == "that":
                # "prices that seem to climb", "a ritual that may seem dated", "but that seems out of reach": a
                # thing's look the writer notes in passing, seldom a judgment the corpus reports
                continue
            if held is not None and (held.group("adj") is not None or held.group("inf") in _STANCE_OR_SPEECH
                                     or held.group("inf") in _MIND_INFINITIVES) \
                    and (_someone_who_acts(text, start, start + len(mention))
                         or held.group("inf") in _SHOWING_INFINITIVES):
                # "Ruiz seemed to recognize the risk", "the aides appeared ready to fight", "voters seem pleased with
                # her", "the emails seem to show …": a stance the writer sees in the subject, who holds it
                speaker = subject_before(text, start, at, self.cast, at) \
                    or Speaker(mention=mention, name=mention, start=start, end=start + len(mention))
                cue = text[m.start("verb"):held.end()]
            else:
                # "the war seemed far away to most voters", "To Ruiz, the vote seemed rigged": whom it seemed so to
                # (past the infinitive's "to": "the race seemed to be hers to lose", "voters don't seem to care"
                # name no one it seemed so to)
                to_whom = _TO_WHOM_AT_END.search(text, m.end("inf") if m.group("to") is not None else m.end(), end)
                opening = _TO_WHOM_OPENING.match(text, lo, start)
                if to_whom is not None and _someone_who_acts(text, to_whom.start("who"), to_whom.end("who")):
                    speaker = subject_before(text, to_whom.start("who"), to_whom.end("who"), self.cast,
                                             to_whom.end("who")) or Speaker(
                        mention=to_whom.group("who"), name=to_whom.group("who"), start=to_whom.start("who"),
                        end=to_whom.end("who"))
                    end = to_whom.start()
                elif opening is not None and _someone_who_acts(text, opening.start("who"), opening.end("who")):
                    speaker = subject_before(text, opening.start("who"), opening.end("who"), self.cast,
                                             opening.end("who")) or Speaker(
                        mention=opening.group("who"), name=opening.group("who"), start=opening.start("who"),
                        end=opening.end("who"))
            self.results.append(Attribution(pieces=[Span(start, end)], kind="indirect", speaker=speaker,
                                            cue=cue, rule="seeming", confidence=0.4,
                                            paragraph=pi, windows=[(lo, hi)]))
            taken.append((start, end))

    def _noun_thats(self, ps: int, pe: int):
        """The matches of _REPORT_NOUN in [ps, pe), found from each " that " back to its noun: a search of
        the whole paragraph for forty nouns costs more than looking at the word before each "that"."""
        text = self.text
        p = text.find(" that ", ps, pe)
        last = ps
        while p != -1:
            before = text[max(last, p - 80):p]
            word = before[max(before.rfind(" "), before.rfind("-")) + 1:]     # ("counter-argument")
            if word in _COPULAS:
                # "Her view is that …": the word before the copula is the noun
                before_copula = _COPULA_BEFORE_THAT.search(before)
                word = before_copula.group("noun") if before_copula is not None else word
            if word in _REPORT_NOUN_SET or " from " in before or " by " in before:
                m = _REPORT_NOUN.search(text, max(last, p - 80), min(pe, p + 7))
                if m is not None:
                    last = m.end()
                    yield m
            p = text.find(" that ", p + 5, pe)

    def _holder(self, m, lo: int) -> Optional[Speaker]:
        """Whose claim: "his claim" (the one "he" is), "Ms. Ruiz’s claim", "a claim from Ms. Ruiz"; with no
        owner, the subject of the sentence ("The mayor gave assurances that …"), if any."""
        text, cast = self.text, self.cast
        if m.group("from") is not None:
            return subject_before(text, m.start("from"), m.end("from"), cast, m.start("from")) or Speaker(
                mention=m.group("from"), start=m.start("from"), end=m.end("from"))
        own = _POSSESSIVE_BEFORE.search(text, max(lo, m.start("noun") - 60), m.start("noun"))
        if own is None:
            return sentence_subject(text, lo, m.start("noun"), cast, m.start("noun"))
        return self._possessor(own)

    def _possessor(self, own) -> Optional[Speaker]:
        """The one a match of _POSSESSIVE_BEFORE names: "his" (the one "he" is), "Ms. Ruiz’s"."""
        text, cast = self.text, self.cast
        if own.group("pronoun") is not None:
            # (only "his" and "her": "their claim", "its warning" name a group or a thing the pronoun
            # alone does not tell)
            speaker = _pronoun(text, _POSSESSIVE_PRONOUNS[own.group("pronoun").lower()], own.start("pronoun"),
                               own.end("pronoun"), cast, own.start("pronoun"))
            speaker.mention = own.group("pronoun")
            return speaker
        words = own.group("owner").split()
        start = own.start("owner")
        if words[0] in NOT_NAME and words[0] not in ("The", "A", "An"):
            # "Despite Dorn’s claims", "But Dorn’s claim": the capitalised word that opens the sentence or a
            # phrase is no part of the owner's name ("The Post’s claim" is the Post’s)
            if len(words) == 1 or words[1] in NOT_NAME:
                return None
            start += own.group("owner").index(words[1], len(words[0]))
            words = words[1:]
        return _speaker_from_words(text, words, start, own.end("owner"), cast, start)

    def _stray_fragments(self, pi: int, frags: list[Quoted]) -> None:
        """Quoted words of five or more, inside a sentence that reports no clause around them: "Trump also
        embraced enhanced interrogation techniques -- “…”". They are someone's words, so they are kept: the
        sentence's subject's when it is a person the article knows, else the speaker's of a quote before them or
        a description opening the sentence, else the subject's when it is an organisation named as written
        ("The harbor council voted for a motion which said the port “…”"), else with no speaker (the sentence
        around them is the writer's)."""
        if not frags:
            return
        covered = Intervals([(a.pieces[0].start, a.pieces[-1].end) for a in self.results[-_RECENT_RESULTS:]
                             if a.paragraph == pi])
        for f in frags:
            if covered.contains(f.open_at) or covered.contains(f.start) or len(f.pieces) > 1:
                continue
            if _AFTER_TITLED.search(self.text, max(0, f.open_at - 12), f.open_at) is not None:
                self._titled_work(pi, f)
                continue
            if self._passive_naming(pi, f) or self._characterised_as(pi, f, covered):
                continue
            words = self.text[f.start:f.end]
            n = len(_words(words))
            if n < _STRAY_FRAGMENT_WORDS or not (words.lstrip()[:1].islower() or n >= 8):
                continue
            if ":" in words and _in_title_case(words):
                continue    # "according to ''The Long Road: Three Summers on the Ashford River,''": a book's title
            if _is_gloss(self.text[max(0, f.open_at - 20):f.open_at]):
                continue    # 'the motto, Latin for “…”': what a phrase means, nobody's words
            speaker = self._known_subject(max(self._sentence_start(pi, f.open_at), f.open_at - _LEAD_REACH),
                                          f.open_at)
            if speaker is not None and self.quoted.contains(speaker.start):
                speaker = None  # '“Maverick,” she said, meaning he is “…”': a word quoted is nobody who speaks
            rule = "quoted words, sentence subject"
            if speaker is None or speaker.entity is None or speaker.entity.kind != "person":
                # (a body or a description as the subject is most often not whose words these are)
                body, speaker = speaker, self._quoted_before(pi, f.open_at)
                rule = "quoted words, speaker of the quote before"
                if speaker is None:
                    # "The petition accuses the county of “…”": a description opening the sentence, as written
                    speaker = opening_description(self.text, self._sentence_start(pi, f.open_at), f.open_at)
                    rule = "quoted words, description opening the sentence"
                if speaker is None and _named_body(body):
                    # "The harbor council voted for a motion that says the port “…”": the body the sentence
                    # names as its subject, when nothing nearer speaks
                    speaker, rule = body, "quoted words, body as the sentence subject"
                if speaker is None:
                    rule = "quoted words, no speaker found"
            if speaker is None and _THAT_BEFORE_MARK.search(self.text, max(0, f.open_at - 8), f.start) is not None:
                # "His answer was that “…”", "Her view, stated on the radio, is that “…”": whoever the possessive
                # names holds what the that-clause says, quoted words and all
                speaker = self._holder_of_that(pi, f)
                if speaker is not None:
                    rule = "quoted words, possessor of the noun before that"
            start, end = self._that_clause_around(pi, f) if speaker is not None else (f.start, f.end)
            self.results.append(Attribution(pieces=[Span(start, end)], kind="partial", speaker=speaker,
                                            cue=None, rule=rule, confidence=0.5 if speaker else 0.3,
                                            paragraph=pi, windows=[(f.open_at, f.close_end)]))

    def _holder_of_that(self, pi: int, f: Quoted) -> Optional[Speaker]:
        """The one a possessive names before the noun whose "is that" or "was that" the quoted words open ("The
        mayor’s answer was that “…”", "His hope, stated often, is that “…”"): the noun is his or hers."""
        text = self.text
        lo = max(self._sentence_start(pi, f.open_at), f.open_at - _COPULA_THAT_REACH)
        m = _NOUN_COPULA_THAT.search(text, lo, f.start)
        if m is None:
            return None
        own = _POSSESSIVE_BEFORE.search(text, max(lo, m.start("noun") - 60), m.start("noun"))
        if own is not None:
            return self._possessor(own)
        # ("The harbor chief’s answer was that …": a description in the possessive, as written)
        described = _DESCRIPTION_POSSESSIVE.search(text, max(lo, m.start("noun") - 60), m.start("noun"))
        if described is None:
            return None
        return Speaker(mention=described.group("who"), name=described.group("who"), start=described.start("who"),
                       end=described.end("who"))

    def _that_clause_around(self, pi: int, f: Quoted) -> tuple[int, int]:
        """The span of quoted words that open a that-clause: 'her claim that “the pier is safe,” so the town
        should reopen it'. The clause is the report, from its "that" to the sentence's end, the writer's
        paraphrase of the rest included; other quoted words stand alone."""
        that = _THAT_BEFORE_MARK.search(self.text, max(0, f.open_at - 8), f.start)
        if that is None:
            that = self._verb_that_before(pi, f)
        if that is None:
            return f.start, f.end
        ends = self.sentence_ends[pi]
        k = bisect.bisect_left(ends, f.close_end)
        sentence_end = ends[k] if k < len(ends) else self.paragraphs[pi].end
        rest = self.text[f.close_end:sentence_end]
        end = f.close_end
        comma_and = _COMMA_AND.match(self.text, f.close_end, sentence_end) is not None and (
            rest.lstrip().startswith(",") or self.text[f.start:f.end].rstrip().endswith(","))
        if _MARK_CHAR.search(rest) is None and self.cues.search(f.close_end, sentence_end) is None \
                and ";" not in rest and not comma_and:
            end += len(rest.rstrip(" \u00a0\n.!?"))
            # (not the writer's words after it: '…,” which angered the crews')
            tail = self._writer_tail(f.start, end, Intervals([(f.open_at, f.close_end)]))
            if tail is not None:
                end = tail.end("close") if tail.group("close") else tail.start()
        return that.start(), max(end, f.close_end)

    def _verb_that_before(self, pi: int, f: Quoted):
        """'She amended her account explaining that she had sent no files that were “marked secret.”', 'Voss
        confided to her that the family were “the first farmers in the valley.”': quoted words inside the
        that-clause of a verb (one ending like a participle, "-ed" or "-ing", after its object or the one told),
        no other quoted words or clause break between; the clause is the report, from its "that"."""
        text = self.text
        lo = max(self._sentence_start(pi, f.open_at), f.open_at - _VERB_THAT_REACH)
        if text.find("that", lo, f.open_at) == -1:
            return None
        that = None
        for m in _VERB_THAT.finditer(text, lo, f.open_at):
            that = m
        if that is None or self.quoted.any_within(that.end(), f.open_at) \
                or _THAT_CLAUSE_BREAK.search(text, that.end(), f.open_at) is not None:
            return None
        return _THAT_WORD.search(text, that.end() - 5, that.end())    # (the "that" the match ends with)

    def _passive_naming(self, pi: int, f: Quoted) -> bool:
        """'By then the pier was dubbed “the plank,”', '… shut what had been called the “night market”': a name
        given in the passive is someone's word for the thing, so its clause, from its subject to the name, is
        reported with nobody named. Returns whether it was."""
        text = self.text
        sentence = self._sentence_start(pi, f.open_at)
        verb = _PASSIVE_NAMING.search(text, max(sentence, f.open_at - 60), f.open_at)
        if verb is None:
            return False
        if verb.group("rel") is not None:
            start = verb.start()    # "what had been called …", "a lab that was known as …": from the pronoun
        else:
            words = text[max(sentence, verb.start() - 8):verb.start()].split()
            if words and words[-1].lower() in _SUBJECT_PRONOUNS:
                start = len(text[:verb.start()].rstrip()) - len(words[-1])    # "… so loudly she is nicknamed …"
            else:
                start = sentence
                for opening in _CLAUSE_OPENING.finditer(text, max(sentence, verb.start() - _LEAD_REACH), verb.start()):
                    if opening.end() < verb.start():
                        start = opening.end()
        while start < verb.start() and text[start] in " \u00a0\n\"“”'‘’":
            start += 1
        if start >= verb.start() and verb.group("rel") is None:
            return False    # no subject before the verb
        self.results.append(Attribution(pieces=[Span(start, f.close_end)], kind="partial", speaker=None, cue=None,
                                        rule="passive naming", confidence=0.3, paragraph=pi,
                                        windows=[(start, f.close_end)]))
        return True

    def _characterised_as(self, pi: int, f: Quoted, covered: "Intervals") -> bool:
        """'Ruiz singled out the auditor as “biased,”', 'Voss keeps painting the board as a “cartel”', 'offered
        herself as a “safe harbor” mayor': a verb, its object and "as" before quoted words cast the object
        as something in someone's words, whatever the verb (most are no verb of speech). The object and its
        name are reported, the sentence's subject the speaker. Returns whether they were.

        Quoted words that run on past their sentence's end into words another report already holds ('described
        the cost as “grim. . . . It hurts us,” he said') end before those: the next sentence's words are its."""
        text = self.text
        if text.find(" as ", max(0, f.open_at - _AS_NAME_LEAD), f.open_at) == -1:
            return False
        sentence = self._sentence_start(pi, f.open_at)
        m = _OBJECT_AS_NAME.search(text, max(sentence, f.open_at - _OBJECT_AS_REACH), f.open_at)
        if m is None:
            return False
        start = m.start("obj")
        ends = self.sentence_ends[pi]
        k = bisect.bisect_left(ends, f.close_end)
        sentence_end = ends[k] if k < len(ends) else self.paragraphs[pi].end
        end = f.close_end   # '“biased,” which …', 'a “cartel” in speeches': the name ends it, unless …
        if _NAME_GOES_ON.match(text, f.close_end, sentence_end) is not None \
                and not text[f.start:f.end].rstrip().endswith((",", ".", "!", "?")):
            # … it describes a noun after it ('a “safe harbor” mayor', 'a “dockside” revolt against …')
            stop = _NAME_END.search(text, f.close_end, sentence_end)
            end = stop.start() if stop is not None else \
                f.close_end + len(text[f.close_end:sentence_end].rstrip(" \u00a0\n.!?;:"))
            end = max(end, f.close_end)
        taken = covered.first_start_from(f.start + 1)
        if taken is not None and taken < end:
            end = taken
            while end > f.start and text[end - 1].isspace():
                end -= 1
        # the sentence's subject ("Voss, as usual, keeps painting …", "Ruiz, who styled herself …"),
        # else the verb's, as a cue's is found ("Declaring …, the mogul offered himself …")
        verb = _VERB_WORD.match(text, m.start("verb"))
        speaker = sentence_subject(text, sentence, verb.start(), self.cast, verb.start())
        if speaker is None or speaker.mention.split()[0].lower().endswith("ing") \
                or speaker.mention.lower() in ("it", "there"):
            speaker = self._cue_subject(pi, sentence, verb)
        if speaker is None or speaker.entity is None or speaker.start >= start:
            # (whose words they are is not plain when the subject is nobody the article names: "for many reporters
            # to depict …", "a comment that described …"; the quoted words are left to the rules for stray ones)
            return False
        self.results.append(Attribution(pieces=[Span(start, end)], kind="partial", speaker=speaker, cue=None,
                                        rule="object cast as quoted words", confidence=0.4,
                                        paragraph=pi, windows=[(start, end)]))
        return True

    def _titled_work(self, pi: int, f: Quoted) -> None:
        """'an ad titled “Harbor Lights,”', 'Titled “Low Tide,” the video …': the title a sentence gives its
        work, quoted as the work's own words when the sentence names whose work it is ("the council released
        a report titled “…”", "a paper titled “…” by Ana Ruiz"). A title no one is named for ("The paper,
        titled «…», argues …", "an ad titled “…”") is no one's words: not a quote."""
        byline = _BY_AFTER.match(self.text, f.close_end)
        if byline is not None:
            # '… a paper titled “…” by Ana Ruiz and Dale Moreno': whoever wrote it
            speaker = subject_after(self.text, byline.end(), min(self.paragraphs[pi].end, byline.end() + 80),
                                    self.cast, byline.start())
        else:
            lo = max(self._sentence_start(pi, f.open_at), f.open_at - _LEAD_REACH)
            speaker = self._known_subject(lo, f.open_at) or self._owner_as_written(lo, f.open_at)
        if speaker is None:
            return
        self.results.append(Attribution(pieces=[Span(f.start, f.end)], kind="direct", speaker=speaker,
                                        cue=None, rule="title after titled", confidence=0.4,
                                        paragraph=pi, windows=[(f.open_at, f.close_end)]))

    def _owner_as_written(self, lo: int, title_at: int) -> Optional[Speaker]:
        """"The harbor council released a report titled “…”": the subject of the verb that gives the work, as
        written; not the work itself ("The new radio spot, entitled “…”": the title is its aside)."""
        speaker = sentence_subject(self.text, lo, title_at, self.cast, title_at) \
            or opening_subject_as_written(self.text, lo, title_at, self.cast)
        if speaker is None or self.quoted.contains(speaker.start) \
                or _GIVES_A_WORK.match(self.text, speaker.end, title_at) is None:
            return None
        return speaker

    def _quoted_before(self, pi: int, pos: int) -> Optional[Speaker]:
        """"''…,'' Mr. Garin said, ''…'' For the farmers, on the other hand, ''…''": the person a direct quote
        earlier in the paragraph gives its words to, when nobody else is a sentence's subject between it and
        ``pos``.

        A body or a thing as written ('"…," the board said, reasoning that she "…"') keeps the quoted words of
        the rest of its own sentence only: its direct quote must be the last report before ``pos``."""
        # (the attribution nearest before ``pos`` in the text, not the last one found: a paragraph's reports
        # are found after its quotes, so '“…,” he said, but “…”' after "Ruiz dismissed the plan." holds the
        # report later in the results, the quote after it in the text)
        before = [a for a in self.results[-_RECENT_RESULTS:] if a.paragraph == pi and a.pieces[-1].end <= pos]
        if not before:
            return None
        last = max(before, key=lambda a: a.pieces[-1].end)
        if last.speaker is None:
            return None
        if (last.kind == "direct" or last.rule == "according to") and (
                last.speaker.entity is None or last.speaker.entity.kind != "person") \
                and last.pieces[-1].end >= self._sentence_start(pi, pos):
            return _same_speaker(last.speaker)
        if last.kind != "direct" or last.speaker.entity is None or last.speaker.entity.kind != "person":
            return None
        if pos - last.pieces[-1].end > _CARRY_REACH or self._someone_else_between(last.pieces[-1].end, pos, last.speaker):
            return None
        return _same_speaker(last.speaker)

    def _second_participle_of_speech(self, pi: int, verb: str, prev: str, lo: int, vstart: int) -> bool:
        """"…, calling the mayor a “coward” and accusing her of …": a participle of speech after "and" that joins one
        set off earlier in its sentence (after a comma or a dash) is a second report of the same subject."""
        if prev != "and" or verb not in _PARTICIPLE_CUES:
            return False
        floor = max(lo, self._sentence_start(pi, vstart), vstart - _REACH)
        hi = vstart - len("and ")
        return _holds_a_participle_cue(self.text, floor, hi) and _SECOND_REPORT.search(self.text, floor, hi) is not None

    def _clause_for_cue(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """The report a cue verb makes, by the rules of clauses below, else how people describe themselves."""
        found = self._clause_for_cue_verb(m, pi, lo, hi, frags)
        if found is None and m.group("verb").lower() in _SELF_DESCRIBING_VERBS \
                and REFLEXIVE_AFTER.match(self.text, m.end(), hi) is not None:
            found = self._self_description(m, pi, lo, hi)
        return found

    def _clause_for_cue_verb(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        text, cast = self.text, self.cast
        verb = m.group("verb")
        verb_low = verb.lower()
        vstart = m.start()
        cue_end = m.end()     # (a method of the cue, asked for dozens of times below)
        if verb == "Asked" and not text[lo:vstart].strip():
            return self._asked(m, pi, lo, hi, frags)
        speaker = None
        rule = "speaker cue clause"
        toks_before = text[lo:vstart]
        before_words = text[max(lo, vstart - 24):vstart].split()
        prev_word = before_words[-1] if before_words else ""
        prev_low = prev_word.lower()
        # "continued to insist that …" goes on reporting: "continued to" is the verb's auxiliary
        # (so does "more likely to" in a poll's comparison, "voters are more likely to say that …", before any verb
        # of stance; and a lead-in of _LEADS_IN before a verb of speech: "seemed to suggest", "is likely to stress")
        continued = before_words[-2:] if prev_low == "to" and len(before_words) >= 2 \
            and (before_words[-2] in _CONTINUE_FORMS or _leads_in_to_a_report(text, before_words, verb, cue_end)
                 or ((verb in SPEECH or verb in STANCE) and verb.lower() not in _ANSWER_FORMS
                     and _caused_to_before(text, lo, vstart) is not None)
                 or (before_words[-2] == "likely" and verb in SPEECH
                                                         and before_words[-3:-2] in (["more"], ["less"]))) \
            else []     # ("Continuing to explain …, Carson …": after it)
        if prev_low in ("to", "the", "a", "an", "his", "her", "their", "its",
                        "this", "that", "no", "any", "whose", "own") and not continued:
            return None   # an infinitive or a noun ("to declare", "the claim", "his own notes"), not a report
        if prev_low == "having" and _THAT_ALONE.match(text, cue_end, hi) is not None:
            return None   # "Having said that, …": a turn in the writer's argument, not a report
        if is_possessive(prev_word) and not (contracted_pronoun(prev_word) and verb in SPEECH):
            # "Russia’s claim" (but "he’s said" is "he has said", and "He’s predicting" "he is predicting";
            # before other cues "he’s projecting big profits" is seldom a report)
            return None
        if verb_low in ("went on", "goes on") and _GOES_ON_SAYING.match(text, cue_end, hi) is None:
            return None   # "she went on to win Ohio", "goes on offense": going on, not speaking on
        if verb_low in _BACK_FORMS and _BACKING_AWAY.match(text, cue_end, hi) is not None:
            return None   # "the party backed down", "a coalition backed by the West": retreating or being backed
        if verb_low == "knocked" and _KNOCKED_OVER.match(text, cue_end, hi) is not None:
            return None   # "knocked down in 1990", "knocked the lamp over": a blow, not a criticism
        if " " in verb_low and text.startswith(" with ", cue_end):
            return None   # "fired back with a statement", "weighed in with a tweet": how, not what was said
        if verb_low in ("think", "show", "shows") and _NOUN_COMPOUND.match(text, cue_end, hi) is not None:
            return None   # "a liberal think tank", "a show trial": a noun, not a verb
        if verb_low in ("show", "shows") and prev_low in _BROADCAST_WORDS:
            # "the host of a radio show, …", "told NBC's Today show", "their favorite TV shows sound right": a
            # programme, not a verb
            return None
        aux = m.group()[:-len(verb)].lower().split() + _contracted_auxiliary(prev_word, verb) \
            + _negated_auxiliary(text, prev_word, verb, cue_end, hi) + [w.lower() for w in continued]
        if verb_low in _NOUN_SUBJECT_CUES and not aux and _PREDICATE_AFTER_NOUN.match(text, cue_end, hi) is not None:
            # "his harsh remarks loomed over the debate", "the mayor's comments start at the 2:05 mark", "short
            # messages, or tweets, have been …": the plural noun heads a subject whose verb comes right after it
            return None
        if verb_low in _PEOPLE_NOUN_CUES and not aux and _AFTER_PEOPLE_NOUN.match(text, cue_end, hi) is not None:
            # "scientists and advocates on the front lines of …", "once-loyal Republican advocates such as the
            # Gazette": the plural noun names people, and a phrase of which or where follows, not what they urge
            return None
        if verb_low.endswith("ed") and verb_low not in ADJECTIVE_CUES \
                and (all(w in _DEGREE_BEFORE_ADJECTIVE for w in aux) if aux
                     else prev_low in _DEGREE_BEFORE_ADJECTIVE
                     and not (prev_low.endswith("ly") and before_words[-2:-1]
                              and before_words[-2].lower() in _BE_OR_HAVE)):
            # "more states and more pledged delegates", "Eagerly anticipated, often tense, the banter …": a degree
            # word makes the participle an adjective of the noun after it; nobody pledged or anticipated anything
            # (an adverb after "was" or "has" is the verb's: "it was widely reported that …")
            return None
        if verb_low in _PLURAL_REPORT_NOUNS and not aux and _NOUN_PLURAL_AFTER.match(text, cue_end, hi) is not None:
            # "relies on user reports to flag abuse", "the group's records requests over six years": a plural
            # noun, the thing filed; what follows says what it is for, not what anyone said
            return None
        participle = verb.split(" ", 1)[0].endswith("ing")     # "saying", "talking about"
        if not aux and verb_low.endswith("s") and not prev_low.endswith("ly") and prev_low not in _SUBJECT_PRONOUNS \
                and _ASIDE_RIGHT_AFTER.match(text, cue_end, hi) is not None:
            # "Fee estimates, he added, were …": the aside interrupts a subject, whose noun the word is (not "He
            # sincerely believes, he said, that …")
            return None
        # "… and suggesting that …", "falsely claiming that …", "Noting that …, the mayor …": a participle
        # that opens a that-clause is the verb of a clause even with no comma or preposition before it
        that_participle = participle and not aux and _THAT_CLAUSE.match(text, cue_end, hi) is not None \
            and (prev_low in _PARTICIPLE_LEADS or (prev_word.islower() and prev_word.endswith("ly"))
                 or not text[lo:vstart].strip(" \u00a0\"“”'‘’")
                 or text[max(lo, vstart - 4):vstart].rstrip().endswith(("—", "–"))
                 or _hyphen_dash_before(text, lo, vstart))
        if verb_low in _DOCUMENT_PARTICIPLES and not aux and not that_participle and prev_word[:1].isalnum():
            # "with fresh surveys showing her far ahead", "a ledger showing he was paid": the document says it
            document = document_subject(text, lo, vstart, cast, governed=True)
            if document is not None:
                return self._document_showing(m, pi, document, lo, hi, frags)
        if verb in ("saying", "stating") and not aux and not that_participle and prev_word[:1].isalnum() \
                and prev_low not in _GERUND_LEADS \
                and not text[max(lo, vstart - 4):vstart].strip().rstrip("”’\"'").endswith(","):
            # "with a third of tenants saying they …", "a sign saying …": the noun before says it
            return self._noun_saying(m, pi, lo, hi, frags)
        if participle and all(a.endswith("ly") for a in aux) and verb_low in _CHARACTERISING_PARTICIPLES \
                and _opens_a_participial_phrase(text, lo, vstart) \
                and (self._characterises_in_marks(verb_low, cue_end, hi, frags)
                     or _PRONOUN_THEN_A_NAME.match(text, cue_end, hi) is not None):
            # "…, at one point calling the harbor master a “liar”", "saying he … and calling him “a fair
            # boss”": the subject of the sentence names the thing in quoted words (a subject that is no person
            # is left to the rules below)
            named = self._subject_calling(m, pi, lo, hi, frags)
            if named is not None:
                return named
        if verb == "calling" and not aux and prev_word[:1].isalnum() and prev_word[-1:].isalnum() \
                and prev_low not in _GERUND_LEADS and prev_low not in _PREPOSITIONS \
                and (self._characterises_in_marks(verb_low, cue_end, hi, frags)
                     or _PRONOUN_THEN_A_NAME.match(text, cue_end, hi) is not None):
            # "with Mayor Ruiz calling it a “cruel joke”", "… and Hale calling it a “fine start”": the one
            # before the participle names the thing in quoted words
            return self._noun_calling(m, pi, lo, hi, frags)
        if verb_low in _PARTICIPLE_CUES and not aux and not that_participle and prev_word[:1].isupper() \
                and prev_word[-1:].isalnum() and _THAT_CLAUSE.match(text, cue_end, hi) is not None \
                and self._person_after_with(lo, vstart):
            # "…, with Mara Quill tweeting that …", "with Ruiz warning that …": the participle of a phrase
            # after "with" has the person named right before it for its subject, as "saying" has (only before
            # "that": "with Vell asking Ruiz whether …" puts its question to someone)
            return self._noun_saying(m, pi, lo, hi, frags)
        if participle and not aux and not that_participle \
                and not text[max(lo, vstart - 4):vstart].strip().rstrip("”’\"'").endswith((",", "—", "–")) \
                and not (verb in SPEECH and _hyphen_dash_before(text, lo, vstart)) \
                and not (prev_low in _GERUND_LEADS and (verb in SPEECH or verb_low in _TOPIC_PHRASES
                                                        or ((verb_low in _SIDE_TAKING_GERUNDS
                                                             or (prev_low in _TIME_GERUND_LEADS and verb in STANCE))
                                                            and _PARTICLE_AFTER_GERUND.match(
                                                            text, cue_end, hi) is None))) \
                and not self._second_participle_of_speech(pi, verb_low, prev_low, lo, vstart):
            # (but "by saying …", "after arguing …": a preposition makes it the verb of a clause)
            return None   # "some warning signs", "additional reporting by": no auxiliary, no comma: not a verb
        linked = None
        if verb in ADJECTIVE_CUES and not any(a in _BE or a in ("remains", "remained") for a in aux):
            # "remain confident that", "came away convinced that", "has long been mindful that": a verb
            # like "be" before the adjective, which the auxiliaries before a cue verb do not hold
            # (a that-clause only: "seemed eager to", "is oddly proud of" are the writer's description)
            linked = _LINKING_BEFORE.search(text, max(lo, vstart - 40), vstart) if verb.endswith(" that") else None
            if linked is None:
                return None   # "critical of" is a stance only after "is", "was", "remains"
        if verb_low == "asked" and (prev_low in ("when", "if", "after", "before", "being")
                                        or any(a in _BE for a in aux)):
            return self._question(m, pi, hi, frags)
        if verb_low == "reported" and any(a in _BE for a in aux) and text.startswith(" by ", cue_end):
            return self._reported_by(m, pi, lo, hi, frags)
        if verb_low in _PASSIVE_STANCES and any(a in _BE for a in aux) and text.startswith(" by ", cue_end):
            return self._reported_by(m, pi, lo, hi, frags, stance=True)
        if verb_low in _IMPERSONAL_PASSIVES and _it_is_before(text, lo, m.start("verb")):
            # "It has been reported that …", "though it was widely said that …": nobody is named, and the
            # that-clause is what was reported
            return self._impersonal_report(m, pi, hi, frags)
        if any(a in _BE for a in aux) and not participle and verb not in ADJECTIVE_CUES \
                and verb_low != "quoted as saying":
            return None   # passive: "are found slain", "is assured of winning" (one "was quoted as saying" …)
        gerund = participle and not aux and (prev_low in _GERUND_LEADS or that_participle)
        # "About three-quarters support a ban", "while 6 in 10 men supported Okoye": a share of those polled
        # holds the preference its verb reports, whatever (even one name) the object is
        share = share_of_people(text, lo, vstart) if (verb_low in _PREFERENCE_VERBS and not aux) or (
            verb_low in _SHARE_CHOICE and _CHOICE_AUX.issuperset(aux)) else None
        if verb_low in _SHARE_CHOICE and share is None:
            return None   # "chose a car", "approved of the match": a choice is a stance only a poll's share holds
        # "voters who support Ruiz", "Vale, who strongly supports Ruiz": after a relative pronoun for people the
        # word is a verb, and the one person it names is the side the subject takes
        sides_with = verb_low in _SIDE_TAKING_FORMS and _WHO_RIGHT_BEFORE.search(text, max(lo, vstart - 40), vstart) \
            is not None
        if verb_low in _PREFERENCE_NOUNS and share is None and not sides_with \
                and not _verb_not_noun(text, aux, prev_low, cue_end, hi):
            return None   # "support" is a noun far more often ("support for the plan")
        if linked is not None:
            speaker = subject_before(text, lo, linked.start(), cast, vstart) or bare_subject(
                text, lo, linked.start(), cast)
        else:
            speaker = self._cue_subject(pi, lo, m) if not gerund else self._gerund_subject(lo, vstart, hi)
        if gerund and speaker is None:
            return None
        # "A poll out this week shows Ruiz with a lead", "The survey found Ruiz leading": a document's verb of
        # evidence reports what follows it, a clause or not, and the document as written is its source
        # (in the progressive too, past its auxiliary: "Recent polling is showing Ruiz ahead")
        evidence = verb_low in EVIDENCE_VERBS or verb_low in _EVIDENCE_PROGRESSIVES and aux[-1:] in (
            ["is"], ["are"], ["was"], ["were"], ["been"])
        document = document_subject(text, lo, vstart, cast) if evidence and not gerund \
            and linked is None else None
        if document is not None and (speaker is None or speaker.start >= document.start):
            speaker, rule = document, "document cue clause"
        if share is not None and (speaker is None or speaker.start >= share.start):
            speaker, rule = share, "share cue clause"
        calls_itself = verb_low in _NAMING_VERBS and _THEMSELVES_AFTER.match(text, cue_end, hi) is not None
        if speaker is None and not aux and (verb_low in SAYING_VERBS or calls_itself):
            # "…, while two-thirds said so of Hale", "32% call themselves conservative": a share of those asked
            # answers as one speaker (what it calls itself follows the verb: no clause before it is reported)
            share = share_of_people(text, lo, vstart)
            if share is not None:
                speaker, rule = share, "share cue clause"
        if speaker is None and verb_low in SAYING_VERBS and _COUNT_AUX.issuperset(aux):
            # "…, 12 have said they oppose it": a count of people after a comma or a conjunction speaks as one
            # group, as a share does
            count = _COUNT_BEFORE.search(text, max(lo, vstart - 40), vstart)
            if count is not None:
                share = Speaker(mention=count.group("count"), kind="group", start=count.start("count"),
                                end=count.end("count"))
                speaker, rule = share, "share cue clause"
        if speaker is not None and not aux and linked is None and document is None and share is None \
                and not _agrees(verb_low, speaker):
            if verb_low not in SAYING_VERBS:
                return None   # "85 percent support among…", "the states": a noun, not a verb with its subject
            speaker = None    # "Aides to Clinton say": the phrase, not the name inside it, is the subject
        inverted = False
        if speaker is not None and not aux and verb_low in _INVERTING_VERBS and _ends_an_aside(toks_before) \
                and _INVERTED_NAME.fullmatch(text, cue_end, hi) is not None:
            # "…, whom she angered in the strike, said Ana Ruiz, head of …": no clause follows the verb but its
            # inverted subject, a name and what it is; the subject found before the aside is in the clause said
            after = subject_after(text, cue_end, hi, cast, vstart)
            if after is not None and after.start - cue_end <= 2:
                speaker, inverted = after, True
        if speaker is None and not toks_before.strip(" ,\u00a0"):
            return None
        nxt = text[cue_end:cue_end + 16].split()
        if nxt and nxt[0].lower() in _GAP_VERBS and (
                speaker is None or verb_low not in SAYING_VERBS
                or _free_relative_as_subject(text, max(lo, vstart - 60), vstart)):
            # "everything the council says is printed", "the choice the plan offers is": the cue sits
            # in a relative clause (only a verb of saying reports one: "which he said was a mistake", "to
            # what she said was a bargain")
            return None
        if verb_low in _TOPIC_PHRASES and (_STRANDED.match(text, cue_end, hi) is not None
                                           or _FREE_RELATIVE.search(text, max(lo, vstart - 60), vstart) is not None):
            # "what Ruiz is talking about these days is …", "the clips she was talking about - filmed by …": the
            # preposition is stranded, its object is the noun or "what" before
            return None
        if verb_low in _REFER_FORMS and _STRANDED_TO.match(text, cue_end, hi) is not None:
            # "the judge Ruiz was referring to is …", "what her staff refers to as a cushion": the object of
            # "to" came before the verb
            return None
        if speaker is not None and verb_low not in SAYING_VERBS \
                and _gap_verb_after_adjunct(text, cue_end, min(hi, cue_end + 80)) is not None:
            # "a levy he once opposed - now looks wise", "the bureau cited in the tweet does not exist", "the plans
            # towns offered in May would fall short": a dash or a short phrase of where, then the verb of the
            # sentence the relative clause sits in
            return None
        if speaker is not None and verb_low not in CLAUSE_VERBS and _OBJECT_RELATIVE.search(
                text, max(lo, speaker.start - 12), speaker.start) is not None \
                and _GAP_AFTER.match(text, cue_end, hi) is not None:
            # "the old canal, which most farmers opposed, …", "a defeat which Ruiz admitted when …": the
            # verb's object is the noun before "which", and what follows is no report
            return None
        if verb_low in _FIND_VERBS and document is None and not _clause_follows(text, cue_end, hi) \
                and not text[cue_end:cue_end + 6].lstrip().lower().startswith("that"):
            return None   # "they found a way", "he found himself": finding reports a finding, not a thing
        if verb_low in _REFLEXIVE_STATE_VERBS and _REFLEXIVE.match(text, cue_end, hi) is not None:
            # "found themselves in a fight over …", "interrupted himself to wave", "kept repeating himself":
            # finding oneself somewhere is ending up there, interrupting oneself breaking off, and repeating
            # oneself saying again what is not given here; none reports a finding or words
            return None
        # "The memo also noted that …", "Both sides have acknowledged that …": a verb that is plainly one (a past
        # tense or an auxiliary before it) and a that-clause after it report whatever the subject is (not a verb
        # of evidence or of making plain, whose subject is as often a thing: "the primary made it clear that …")
        that_report = speaker is None and not participle and verb_low not in EVIDENCE_VERBS \
            and verb_low not in _MAKING_PLAIN and _opens_a_that_clause(text, cue_end, hi) \
            and (bool(aux) or _is_past_tense(verb_low.split(" ", 1)[0]))
        if that_report:
            # "The radioman pointed out that …", "The story also noted that …": a description opening the sentence
            # is its own speaker, as the quoted words it holds would have it
            described = opening_description(text, lo, cue_end)
            if described is not None and not text[described.end:vstart].strip():
                speaker, rule = described, "speaker cue clause (subject as written)"
        # "No one knows what …": a verb of stance before a question reports it for an unnamed subject too
        # ("deciding whether …" reports a choice still to be made, and "called into question" is a noun's)
        asks_a_question = speaker is None and verb in STANCE and verb_low not in _DECIDE_FORMS \
            and prev_low not in _PREPOSITIONS and _STANCE_QUESTION.match(text, cue_end, hi) is not None
        # ("Harbor Watch also reported the gang has been smuggling …": a report of a clause, whoever reports it)
        reports_a_clause = verb_low == "reported" and _clause_follows(text, cue_end, hi)
        # ("Transgender advocates called for his dismissal": calling for a thing is a demand, whoever makes it; not
        # "calls", a noun as often: "despite Democratic calls for her to quit")
        calls_for = verb_low in ("call", "called") and nxt[:1] == ["for"]
        if speaker is None and (verb_low in SAYING_VERBS or verb_low == "calls" or calls_for or that_report or reports_a_clause or (
                verb_low in EVIDENCE_VERBS and _clause_follows(text, cue_end, hi))
                or self._characterises_in_marks(verb_low, cue_end, hi, frags) or asks_a_question) \
                and (not aux or verb_low not in EVIDENCE_VERBS) and not _ends_an_aside(text[lo:vstart]):
            # "Several backers of the levy said …": a subject the cast doesn't know is still a subject;
            # the clause is kept with the subject as written rather than dropped ("Local fishermen have said
            # …" too, but with an auxiliary a verb of evidence has a thing for its subject: "the issue has
            # showed how …")
            if nxt and (nxt[0].lower().strip(",") not in _PREPOSITIONS or calls_for):
                speaker = bare_subject(text, lo, vstart, cast)
                if speaker is not None and aux and speaker.mention.split()[-1].lower() in _TIME_NOUNS:
                    speaker = None  # "Only time will tell whether …": nobody is telling
            elif nxt and verb_low in SAYING_VERBS and _FINITE.search(text, m.end(), hi) is None:
                # "The talks will take weeks, the mediator said in a statement.": an unnamed subject after the
                # clause, then only where or how it was said
                after_clause = bare_subject(text, lo, vstart, cast)
                if after_clause is not None and text[lo:after_clause.start].rstrip().endswith(",") \
                        and _DESCRIBED_SUBJECT.fullmatch(after_clause.mention) is not None:
                    speaker = after_clause
            if speaker is not None:
                rule = "speaker cue clause (subject as written)"
        if speaker is None and not participle and not aux and (verb in SPEECH or (
                verb in STANCE and verb_low not in _PERCEIVING_VERBS and verb_low not in _EVALUATION_VERBS)) \
                and verb_low not in EVIDENCE_VERBS and verb_low not in _NAMING_VERBS and prev_low not in _PREPOSITIONS \
                and nxt and nxt[0].lower().strip(",") not in _PREPOSITIONS and not text.startswith(",", cue_end) \
                and nxt[0] not in SAYING_VERBS \
                and not _ends_an_aside(text[lo:vstart]):
            # "Women voters in both towns described …", "Experts on the strait endorsed …": people the cast does
            # not know are the subject of a verb of speech or stance, kept as written (not of a verb of perceiving or
            # feeling, "Republicans who came of age then see inflation everywhere"; and a cue word before another is
            # a noun: "supporters of the harbour plan said …")
            people = bare_subject(text, lo, vstart, cast)
            if people is not None and _names_people(people.mention):
                speaker, rule = people, "speaker cue clause (subject as written)"
        if speaker is None and verb.endswith(" that") and verb in ADJECTIVE_CUES \
                and not _ends_an_aside(text[lo:m.start()]):
            # "Some of her backers are worried that …": a stance held by a subject the cast doesn't know
            speaker = bare_subject(text, lo, m.start(), cast)
            if speaker is not None:
                rule = "speaker cue clause (subject as written)"
        if verb_low.split(" ", 1)[0] in _VOTE_FORMS and (speaker is None or _votes_as_a_place(speaker.mention)):
            # "Ohio voted for the winner again", "the district had voted for Bell": a place's vote is a tally, no
            # one's stance, and a vote with no subject named tells nobody's
            return None
        if speaker is None:
            # "…, said the minister." — inverted subject after the cue, clause before it
            if not _ends_an_aside(text[lo:vstart]) or verb not in SPEECH \
                    or participle:
                # only a finite verb of speech inverts ("…, said the minister"); checked before parsing,
                # since parsing a subject records a mention in the cast
                return None
            if verb_low == "asked" and text[lo:vstart].rstrip().endswith(",") and self.cues.search(lo, vstart) is None:
                # "Quill, asked on Friday whether she would back it, said: …": the question put to her, by
                # whoever asked it (after "…,” McCain said, asked about it" the question is no report of its own)
                return self._question(m, pi, hi, frags)
            if not any(w in _TENSE_AUXILIARIES for w in aux) and _describes_the_noun_before(text, verb_low, cue_end, hi):
                # "Vell's letter, emailed to members on Monday, points to …", "the old — later revealed to be
                # leaking — tank": a participle after the aside's mark describes the noun before it; nobody said
                # anything
                return None
            clause = _clause_follows(text, cue_end, hi)
            if (clause or _SUBJECT_OPENS.match(text, cue_end, hi) is not None
                    or _IT_IS_OPENS.match(text, cue_end, hi) is not None) \
                    and (_closes_with_comma(text[lo:vstart].rstrip()) is None or self._title_closes(lo, vstart)):
                # "Proponents of the bill, however, say there is …": no inverted subject but a clause
                # after the verb; the subject stands before the aside ("Democrats — and some Republicans —
                # say that …", "… say they …": a that-clause or a pronoun opens one, whatever its verb)
                speaker = self._subject_before_aside(lo, vstart, verbless=not clause)
                if speaker is None:
                    return None
                rule = "speaker, aside, cue clause"
            else:
                if verb_low not in _INVERTING_VERBS:
                    return None     # "Worley, a party chairwoman, pledged her vote": an object, not a speaker
                speaker = subject_after(text, cue_end, hi, cast, vstart)
                inverted = speaker is not None
                if speaker is None or not _ends_an_inverted_subject(text, speaker, hi):
                    return None
        # clause before the speaker: "The economy is growing, the minister said."
        subject_start = speaker.start if not inverted else vstart
        comma = text.rfind(",", max(lo, subject_start - 40), subject_start)
        between = _words(text[comma + 1:subject_start]) if comma != -1 else []
        if comma != -1 and not inverted and (len(between) <= 2 or _fronts_a_noun_phrase(between)) \
                and not any(w.lower() in CONJUNCTIONS for w in between):
            # "…, emergency authorities said": modifiers before the head noun ("…, the news site Harbor Info
            # reported", "…, Ruiz’s longtime adviser Ana Bell stated": longer ones with no word of a clause)
            subject_start = comma + 1
        before_subject = text[lo:subject_start].rstrip()
        # (after an inverted subject, the clause may go on: "The contrast, said Ruiz, would be clear")
        verb_end = cue_end if not inverted else speaker.end
        day = _day_after(text, verb_end, hi)
        if day is not None and text[day.end():day.end() + 1] in (",", ".", ";"):
            verb_end = day.end()    # "…, his aides said Monday, because …": the day belongs to the verb
        after_text = text[verb_end:hi]
        rest = after_text.strip(" .,!?;:\u00a0\"”’")
        if inverted and not _ends_an_aside(text[lo:vstart]):
            return None
        if ":" in after_text:
            if before_subject.endswith(",") and not after_text.strip(" :"):
                return None     # "Another driver, Grace Otieno, said:" leads into a quote; it reports no clause
        parenthetical = before_subject.endswith(",") and after_text[:1] in (",", ".", ";")
        extra = None
        topic = None
        claim_end = 0
        short_ok = share is not None    # "most in both towns supported Okoye": one name is the preference
        reports = verb in SPEECH and verb_low not in _OBJECT_OK and not (calls_itself and rule == "share cue clause")
        # ("…, Carter said" yes; "…, X called Y" no)
        rest_words = _words(rest)
        # "he said he is not worried", "46 percent said yes": what follows the verb is what was said
        clause_follows = bool(rest_words) and (rest_words[0].lower() in _CLAUSE_OPENERS
                                               or rest_words[0].lower().strip(",.") in _ANSWERS
                                               or _short_clause(rest_words))
        # 'ferry lines are “barely breaking even,” Mr. Hedge said from his office': the verb
        # reports the quoted clause before its subject, whatever follows it
        # (not for a participle after its speaker: '“…,” Quill said, adding that …' reports what follows it)
        closing = _closes_with_comma(text, lo, speaker.start) if reports and not inverted \
            and not (participle and speaker.end < vstart and text[speaker.end:vstart].strip()) else None
        if closing is not None and _closes_a_title(text[lo:closing.end()]):
            closing = None      # 'On ABC’s “This Week,” the senator said …': a programme, not what was said
        if closing is not None and rest_words and rest_words[0].lower().strip(",.") in _YES_OR_NO:
            # 'Asked if Ruiz is “fit to serve,” 72 percent said yes': the verb reports the answer after it, the
            # quoted words before it are the question
            closing = None
        quoted_before = closing is not None
        only_told_whom = verb_low in _TELL_FORMS and (_AUDIENCE_ONLY.match(text, verb_end, hi) is not None
                                                      or _TOLD_A_NAME_ONLY.match(text, verb_end, hi) is not None)
        # "Shortly after the vote, Ruiz announced her resignation": a phrase of when or where opens the sentence,
        # and what follows the verb is its object, not words after a clause said
        # (not after a verb of evidence, "In May, he showed flashes of anger", nor before a preposition's object,
        # "Now, Hale has responded to the letter": what was shown or answered, not what was said)
        opening_phrase = not inverted and not quoted_before and before_subject.endswith(",") \
            and not after_text[:1] in (",", ".", ";") and len(rest_words) >= 2 \
            and verb_low not in EVIDENCE_VERBS \
            and not (after_text.startswith(" to ") and not _opens_an_infinitive(text, verb_end, hi)) \
            and not _is_clause(before_subject[:-1])
        # ("…, he said after meeting aides, because …": when or where, then a break; None if not so)
        where_then_break = _where_up_to_a_break(text, verb_low, verb_end, day, hi) \
            if reports and not parenthetical and before_subject.endswith(",") else None
        if inverted or (reports and parenthetical) or quoted_before or (
                reports and before_subject.endswith(",") and not opening_phrase and (not clause_follows and _FINITE.search(rest) is None
                                                              and (len(rest_words) <= 4
                                                                   or verb_low in SAYING_VERBS
                                                                   and verb_low not in _COMPLEMENT_PREPOSITION_VERBS
                                                                   and (_adjunct_only(rest) is not None
                                                                        or _adjunct_after_day(text, day, hi)))
                                                              or only_told_whom
                                                              or where_then_break is not None)
                and ":" not in after_text):
            if not inverted and _subordinate_subject(text, lo, speaker):
                return None
            cend = lo + len(text[lo:subject_start].rstrip(" ,\u00a0—–"))
            if closing is not None:
                cend = closing.start() + len(closing.group().rstrip().rstrip(","))   # the closing mark stays
            cstart = _inside_open_bracket(text, lo, cend)
            rule = "clause, speaker cue" if not inverted else "clause, cue speaker"
            resumed_at = where_then_break.end() if where_then_break is not None and where_then_break.group() == "," \
                and self._report_resumes(cstart, cend, where_then_break.end(), hi) else None
            if (parenthetical and after_text[:1] == "," and (
                    len(_words(rest)) >= 3 or _PREDICATE_START.match(rest.lstrip(" ,")) is not None)
                    and not _participle_of_speech_after(text, verb_end)) \
                    or resumed_at is not None:
                # (", adding that …" is no more of the clause: the speaker's next words, a report of their own)
                # (a short predicate goes on too: "The pier, Ruiz says, is unsafe.")
                # "To win their votes, organisers said, the party must change": the clause goes on after it
                # (after when or where it was said too: "Fares rose, the agency said in May, and tolls fell")
                tail_start = verb_end + 1 if resumed_at is None else resumed_at
                while tail_start < hi and text[tail_start] in " \u00a0":
                    tail_start += 1
                tail_end = self._resumed_clause_end(verb_low, tail_start, hi, frags)
                while tail_end > tail_start and text[tail_end - 1] in " .!?\u00a0\n":
                    tail_end -= 1
                if (document is None or _SOURCE_APPOSITIVE.match(text, tail_start, tail_end) is None) and not (
                        inverted and _PREDICATE_START.match(text, tail_start, tail_end) is None):
                    # (", a new poll finds, a debate that …": what follows a document's verb may describe
                    # the clause, not go on with it; after an inverted subject only a predicate goes on with
                    # the clause: ", said Ruiz, who spoke first" describes her)
                    extra = Span(tail_start, tail_end)
                    rule = "clause, speaker cue, clause" if not inverted else "clause, cue speaker, clause"
            subject_first = extra is not None and (_PREDICATE_START.match(text, extra.start, extra.end) is not None
                                                   or _PRESENT_PREDICATE_START.match(text, extra.start, extra.end)
                                                   is not None) \
                and _may_be_a_subject(_words(text[cstart:cend]))
            # "Cutting the fares so soon, economists say, hurt the ferry": the clause after the verb opens with
            # its predicate, so the words before it are its subject, and both are what was said
            # (a bracket holding only the quote and its attribution: the quote is what was said)
            bracketed_quote = cstart != lo and (text[cstart:cstart + 1] in _OPENERS or text.startswith("''", cstart))
            if not _is_clause(text[cstart:cend]) and not (quoted_before and len(_words(text[cstart:cend])) >= 4) \
                    and not subject_first and not bracketed_quote:
                # (words in marks before the speaker are what was said: 'Skipping the vote “was the right call,” …')
                # "As for Trump, he said …", "In an essay last week, she wrote, …": an opening phrase
                # is not what was said; only a clause after the verb can be
                if extra is None:
                    return None
                # ... but a subordinate clause opening the sentence is the reported clause's own condition or
                # means: "Unless the town pays, she said, the pier will close", "By closing the pier, …"
                opening = _LEADING_CONJUNCTION.match(text, cstart, cend).end()
                if _OPENING_SUBORDINATE.match(text, opening, cend) is None:
                    cstart, cend, extra = extra.start, extra.end, None
                    rule = "speaker cue, clause"
            if extra is not None and verb_low in _PUT_IT_FORMS and not subject_first \
                    and not inverted and _AS_BEFORE.search(text, max(lo, speaker.start - 8), speaker.start) is not None:
                # "Vell, who owed his seat to, as one aide put it, a “lucky break”, …": the aside names whose
                # words follow it; the words before it are the writer's (unless they are the subject of a
                # predicate after it: "The pier, as one fisher put it, is a “death trap”")
                cstart, cend, extra = extra.start, extra.end, None
                rule = "speaker cue, clause"
        else:
            if verb_low not in CLAUSE_VERBS and verb_low not in _OBJECT_OK and verb not in STANCE \
                    and not (verb_low == "call" and self._plural_calls_in_marks(m, speaker, lo, hi, frags)) \
                    and not (verb_low == "call" and self._plural_calls_it_something(m, speaker, lo, hi)) \
                    and not (verb_low == "call" and rule == "share cue clause"):
                return None     # (a share of those polled "call themselves conservative": how they answered)
            if text.startswith(",", cue_end) and _TIME_CLAUSE_TO_CUE.fullmatch(text, lo, vstart) is not None:
                return None     # "After Ruiz testified, the committee turned to …": the sentence's own clause
            if only_told_whom:
                return None     # "He told his audience, to loud applause: …": whom, then no clause of what
            if verb_low in _WRITE_FORMS and _writes_only_to_whom(text, cue_end, hi):
                return None     # "Last month he wrote to the council again.": to whom, and nothing of what
            adjunct = _adjunct_that(text, cue_end, hi, takes_a_clause=verb_low in CLAUSE_VERBS)
            cstart = _skip_leading(text, adjunct.end() if adjunct else cue_end, hi)
            if verb_low in ("went on", "goes on"):
                cstart = _GOES_ON_SAYING.match(text, cue_end, hi).end()     # "went on to say": what comes after it
                cstart = _skip_leading(text, cstart, hi)
            if verb_low in _NAMING_VERBS or verb_low in _PERSON_OBJECT_VERBS:
                named = _OBJECT_PRONOUN.search(text, cue_end, cstart)
                if named is not None:
                    cstart = named.start()      # "called her “reckless”": the one named is part of it
            if verb_low not in CLAUSE_VERBS and verb_low not in _REFUSALS:
                particle = _PARTICLE.match(text, cstart, hi)     # "called for her ouster", "spoke about"
                if particle is not None and (verb_low in _REFER_FORMS or not _opens_an_infinitive(text, cstart, hi)):
                    cstart = particle.end()
            if verb in ADJECTIVE_CUES and verb.endswith(" to") and _opens_an_infinitive(text, cue_end - 3, hi):
                cstart = cue_end - 2    # "is eager to get the pier open": the infinitive keeps its "to"
            that = _OBJECT_THAT.match(text, cstart, hi) if verb_low in _OBJECT_THAT_VERBS else \
                _adjunct_that(text, cstart, hi)
            if that is not None and verb_low in _OBJECT_THAT_VERBS and _INFINITIVE_TO.search(
                    text, cstart, that.start() + len(that.group().rstrip()) - 4) is not None:
                # "warned the company to refrain from cuts that would …": an infinitive after the one told is
                # what they were told, and the "that" belongs to a relative clause inside it
                that = None
            if that is None and verb_low in _WITH_WHOM_FORMS and text.startswith("with ", cstart) \
                    and not text[cue_end:cstart].strip() \
                    and _WHAT_ABOUT.search(text, cstart, min(hi, cstart + 120)) is None:
                # "joked with an old friend at the bar": with whom, and nothing of what (not "arguing with
                # the host on how the attack should be named")
                return None
            if that is not None:
                cstart = that.end()
            elif verb_low in ("told", "tells", "tell", "telling") \
                    and _AUDIENCE_SKIPPED.search(text, max(cue_end, cstart - 14), cstart) is None \
                    and _THAT_LAST.search(text, cue_end, cstart) is None:
                # "told CNN" / "told The Associated Press" – the audience is not the content
                # (once "told reporters" has its audience, a name after it opens the clause: "… Moreno was
                # wrong"; so does one after a phrase ending in "that": "told reporters that Tom Hale …")
                aud = _AUDIENCE.match(text[cstart:min(hi, cstart + 120)])
                if aud:
                    cstart += aud.end()
                    cstart = _skip_leading(text, cstart, hi)
            cend = hi
            # (what a poll or a study shows goes on from finding to finding: "…, while most voters …")
            stop = self._next_reporting_clause(cstart, hi, frags, finding=verb_low in EVIDENCE_VERBS,
                                               takes_a_clause=verb_low in CLAUSE_VERBS and verb_low not in _REFUSALS)
            if stop is not None:
                cend = stop
            tail = self._writer_tail(cstart, cend, frags, takes_a_clause=verb_low in CLAUSE_VERBS,
                                     finding=verb_low in EVIDENCE_VERBS)
            if tail is not None and (len(_words(text[cstart:tail.start()])) >= _tail_reach(verb_low, tail)
                                     or text[cstart:tail.start()].strip().lower() in _ANSWERS
                                     or _quoted_up_to(frags, cstart, tail)) \
                    and not frags.any_within(tail.end(), cend + 1):
                # (unless more quoted words come after it: then the report goes on)
                # "…, which forced …", "…, a sign of …": the writer's words again; a closing mark stays
                cend = tail.end("close") if tail.group("close") else tail.start()
                if _quoted_up_to(frags, cstart, tail):
                    short_ok = True     # ('denounced “self-rule,” which …': the quoted word is what was said)
            answer = _ANSWER_THEN_MORE.match(text, cstart, cend)
            if answer is not None:
                cend = answer.end("answer")     # "72 percent said yes while 48 percent agreed": the answer alone
            if rule == "share cue clause":
                # "42% say they are liberal, 32% call themselves …": in a list of a poll's results the next
                # share opens the next result
                next_share = _NEXT_SHARE.search(text, cstart, cend)
                if next_share is not None and len(_words(text[cstart:next_share.start()])) >= 2:
                    cend = next_share.start()
            cend = self._end_before_naming_relative(cstart, cend, frags)
            # _SECOND_REPORT's every match holds one of _PARTICIPLE_CUES as written (the pattern is case
            # sensitive), so where none occurs in the clause the search cannot match and is skipped
            second = _SECOND_REPORT.search(text, cstart, cend) if _holds_a_participle_cue(text, cstart, cend) \
                else None
            while second is not None and second.group().lstrip().startswith("and") and frags.contains(second.start()):
                # ('“to keep calling out bias and defending ourselves”': quoted words join their own participles)
                second = _SECOND_REPORT.search(text, second.end(), cend)
            if second is not None and _words(text[cstart:second.start()]):
                # "…, calling him a “loser.”", "… — saying it was …": a participle starts a report of its
                # own, quoted words and all, and the first one ends before it
                cend = second.end("close") if second.group("close") else second.start()
            cend = self._report_end(verb_low, lo, subject_start, vstart, cstart, cend, frags)
            resumed_at = self._subordinate_clause_end(lo, vstart, cstart, cend, frags)
            # (the sentence's own predicate after it, "…, was issued Monday", keeps its words: no other cue's
            # report; a clause with a subject of its own, "…, the council said …", may be one)
            resumed_claim = cend if resumed_at < cend and _PREDICATE_START.match(text, resumed_at + 1, cend) else 0
            cend = resumed_at
            if verb_low not in EVIDENCE_VERBS and (verb_low in CLAUSE_VERBS or not frags.any_within(cstart, cend + 1)):
                # (what a poll or a study shows goes on from finding to finding: "…, and most voters …"; an object
                # ends there too, "blasted the levy, and the mayor has since dropped it", unless it holds quoted
                # words, which the corpus marks with their own reports)
                cend = self._and_clause_end(cstart, cend, frags)
            claim_end = cend
            cend = self._dash_end(cstart, cend, frags, words=3 if verb_low in CLAUSE_VERBS else 1)
            if cend == claim_end or _IN_DASHED_RELATIVE.search(text, max(lo, vstart - 90), vstart) is not None:
                # ("Ruiz - who once said he would sink the plan - said on Friday that …": the dash closes the
                # relative clause the cue is in, and the sentence's own verb after it reports on its own)
                claim_end = 0
            appositive_at = self._appositive_end(verb_low, cstart, cend, frags)
            if appositive_at < cend:
                # the appositive keeps its words: 'a plan the mayor has since dropped' reports nothing
                claim_end, cend = max(claim_end, cend), appositive_at
            claim_end = max(claim_end, resumed_claim)
            cend = self._first_appositive_end(verb_low, cstart, cend, hi, frags)
            predicate_at = self._second_predicate_end(verb_low, lo, vstart, cstart, cend, frags)
            if predicate_at < cend:
                # (the subject's next predicate keeps its words: 'offered a truce' is the writer's account; one
                # whose verb is a cue, 'proposed that …', reports on its own, so its words stay unclaimed)
                if not self._cue_opens(predicate_at, cend):
                    claim_end = max(claim_end, cend)
                cend = predicate_at
            # (the words after 'and' are left unclaimed: '… and refused to back the plan' is a report of its own)
            cend = self._and_end(verb_low, cstart, cend, frags)
            cend = self._past_predicate_after_present_clause(verb_low, cstart, cend, frags)
            adjunct_at = self._adjunct_end(verb_low, cstart, cend, frags)
            if adjunct_at < cend:
                cend, short_ok = adjunct_at, True   # "attacked Machado during the debate": one word is what remains
            pro_form = _PRO_FORM_OBJECT.match(text, cstart, cend)
            if pro_form is not None and not frags.any_within(cstart, cend + 1):
                # "said as much on the radio", "said so in May", "described it in a memo": a word that stands
                # for what was said is the whole object, and the phrase after it says where or when
                cend, short_ok = pro_form.end(), True
            anonymous = _ANONYMOUS_TERMS.search(text, cstart, cend) if _may_hold(text, cstart, cend, "condition") \
                else None
            if anonymous is not None and len(_words(text[cstart:anonymous.start()])) >= 2 \
                    and not frags.any_within(anonymous.start(), cend + 1):
                # "confirmed the dredging plan, speaking on condition of anonymity since the talks go on": the terms
                # the source spoke on, and why, are the writer's, wherever in the report they come
                cend, short_ok = anonymous.start(), True    # (as when the terms end it: "described it on …")
            if gerund:
                # "After saying he was tired, the mayor left", "…, while insisting it was safe, …": the
                # gerund's phrase ends at its comma
                stop = _OBJECT_END.search(text, cstart, cend)
                while stop is not None and frags.contains(stop.start()):
                    # ('while praising Bell as a “steady hand, not a showman”': a comma of the quoted words)
                    stop = _OBJECT_END.search(text, stop.end(), cend)
                if stop is not None and len(_words(text[cstart:stop.start()])) >= 2 \
                        and not frags.any_within(stop.start(), cend + 1):
                    cend = stop.start()
            while cend > cstart and text[cend - 1] in " .!?:\u00a0\n":
                cend -= 1
            aside = _CLOSING_ASIDE.search(text, cstart, cend) if text.endswith(")", cstart, cend) else None
            if aside is not None and len(_words(text[cstart:aside.start()])) >= 2 \
                    and len(text[aside.start():cend].split()) >= _CLOSING_ASIDE_WORDS \
                    and not frags.any_within(aside.start(), cend + 1):
                # "proposed a tax on yachts (which the mayor also backs)": an aside in brackets that closes the
                # report is the writer's note on it
                cend = aside.start()
            when_start = max(cstart, cend - 40)
            when = _TRAILING_WHEN.search(text, when_start, cend) \
                if _may_end_in_when(text, when_start, cend) else None
            if when is not None and (
                    _TIME_AS_AN_OBJECT.search(text, max(cstart, when.start() - 8), when.start())
                    or (_COMING_DAY.match(text, when.start(), cend) and _FUTURE.search(text, vstart, when.start()))):
                # "the company's cooperation since last year": a time the report itself speaks of; "schools would
                # stay closed on Friday": the day of what is to come, not of the saying
                when = None
            if when is not None and _opens_an_infinitive(text, cstart, cend) \
                    and _EVENT_AT_THE_END.search(text, when.start(), cend) is not None:
                # "means to air spots during the debates", "planned to protest at the rally": an event the infinitive's
                # act is to happen at, not where the plan was voiced (a medium still is: "vowed to fight in a tweet")
                when = None
            if when is not None:
                # "residents who decided over the past month": the phrase of time starts at its preposition
                dangling = _DANGLING_PREPOSITION.search(text, max(cstart, when.start() - 16), when.start())
                when_at = dangling.start() if dangling is not None else when.start()
                left = _words(text[cstart:when_at])
                if not left:
                    if dangling is not None:
                        return None     # "decided over the past month": nothing but when
                elif all(w.lower() in _PREPOSITIONS or w.lower() in DETERMINERS or w.lower() in _FOCUS_ADVERBS
                         for w in left):
                    # "as the paper reported, even on Friday, …": the time and a word that leans on it were all
                    # there was
                    return None
                else:
                    cend = when_at      # "praised the plan on Tuesday": when it was said is not what was said
                    while cend > cstart and text[cend - 1] in " \u00a0":
                        cend -= 1
                    short_ok = True     # "attacked Machado on Twitter": one word is what remains
            if verb_low.endswith("ed") and _PASSIVE_AGENT.match(text, cue_end, cend) is not None:
                # "Vell, cheered by the farmers and opposed by the unions, held on", "Hale, long viewed by the party as
                # its best hope, …": a participle with its agent is the passive, and what follows the agent is no
                # clause the verb reports
                return None
            if verb_low not in _COMPLEMENT_PREPOSITION_VERBS \
                    and _adjunct_only(text, cstart, cend) is not None \
                    and _FINITE.search(text, cstart, cend) is None and not self._words_in_marks(frags, cstart, cend):
                # "testified before the board in the spring", "said in his 2012 book", "celebrated in Ashford",
                # "recommended by the committee": where, when or by whom, no clause or object of what was said
                return None
            if text[cstart:cstart + 12].lstrip(_ASCII_SPACE + ",")[:1] not in _NO_TIME_SPAN \
                    and _TIME_SPAN_ONLY.match(text, cstart, cend) is not None \
                    and not self._words_in_marks(frags, cstart, cend):
                # "residents who decided over the past month, and …", "words he has repeated for decades, not …",
                # "apologized a week later, saying …": how long or when, and then nothing the verb reports (a
                # that-clause after the comma still is one)
                return None
            if cend - cstart < _ONLY_WHEN_LONGEST and _ONLY_WHEN.fullmatch(text, cstart, cend) is not None:
                # "Delacroix conceded shortly after 10 p.m.": a verb used without an object, then when; the time
                # is not what was said
                return None
            if _only_when_it_happened(text, verb_low, lo, vstart, cue_end, cstart, cend) \
                    and not self._words_in_marks(frags, cstart, cend):
                # "…,” the senator said when a reporter asked him.", "challenged him when he ran in 2009", "a
                # victory she conceded when the polls closed, confirmed …": when (or as if what) the verb happened,
                # and no clause of what was said after it
                return None
            if _opens_no_report(text, verb_low, cue_end, cstart, cend) or _names_a_topic(text, verb_low, vstart,
                                                                                         cue_end, cend) \
                    or _adds_a_thing(text, verb_low, cstart, cend) or _seeks_an_office(text, verb_low, cstart, cend) \
                    or _fell_by_an_amount(text, verb_low, cstart, cend) or _knows_a_person(text, verb_low, cstart, cend) \
                    or (verb_low not in _PROMISING_VERBS and _runs_for_office(text, cstart, cend)) or _celebrates_an_occasion(text, verb_low, cstart, cend) \
                    or _counters_a_thing(text, verb_low, cstart, cend) or _interrupts_an_event(text, verb_low, cstart, cend) \
                    or _only_how_it_was_done(text, verb_low, cstart, cend) or _only_leads_in_to_a_colon(text, cstart, cend) \
                    or _knows_only_of_a_thing(text, verb_low, cue_end, cend) \
                    or _challenges_a_rival(text, verb_low, cstart, cend) \
                    or _boasts_a_thing(text, verb_low, cstart, cend) or _claims_a_share(text, verb_low, cstart, cend) \
                    or _wrote_a_work(text, verb_low, cstart, cend, frags) or _reads_how(text, verb_low, cstart, cend) \
                    or _wrote_what_was_named(text, verb_low, cue_end, cend, frags) \
                    or _assumes_a_charge(text, verb_low, cstart, cend, frags) \
                    or _telephones_a_person(text, verb_low, m.end(), cstart, cend) \
                    or (_may_say_as_we_know_it(text, max(lo, vstart - 24), cstart + 3)
                        and _AS_WE_KNOW_IT.search(text, max(lo, vstart - 24), cstart + 3) is not None):
                return None
            # (right after the verb only: "said that about 40 people …" is an approximation in the clause)
            topic = _TOPIC_PREPOSITION.match(text, cue_end, cend) if verb_low in CLAUSE_VERBS else None
            if topic is not None and cstart > topic.start() + 1:
                topic = None
        while cstart < cend and text[cstart] in " ,;:\u00a0":
            cstart += 1
        if verb_low in _NAMING_VERBS and extra is None:
            cend = self._gap_name_end(cstart, cend, frags)
        if verb_low in _CHARACTERISING_VERBS and extra is None:
            cstart, cend = self._relative_name(speaker, lo, cstart, cend, frags)
            if text.startswith(("what ", "What "), cstart):
                speaker = self._sentence_subject_for(pi, cstart, speaker)
        pieces = [Span(cstart, cend)] + ([extra] if extra is not None and extra.end > extra.start else [])
        said = " ".join(text[a:b] for a, b in pieces)
        # "called her “weak”", "call him competent": two words name something, unless they only name
        # someone ("called Ana Ruiz": a telephone call)
        refers_to_someone = verb_low in _REFER_FORMS and _NAME_AND_APPOSITIVE.match(text, cstart, cend) is not None
        if (verb_low in _PERSON_OBJECT_VERBS or refers_to_someone or sides_with) and extra is None \
                and rule == "speaker cue clause":
            who = _PERSON_OBJECT.match(text, cstart, cend)
            if who is not None and (_AFTER_PERSON.match(text, who.end(), cend) is not None
                                    or sides_with and _PREDICATE_AFTER_SIDE.match(text, who.end(), cend) is not None):
                # "endorsed Ruiz before backing Bell", "thanked Moreno on Tuesday": the person is the object
                # ("the voters who support Ruiz are young": the sentence's own verb follows the name)
                cend = who.end()
                pieces = [Span(cstart, cend)]
                said = text[cstart:cend]
        naming = verb_low in _NAMING_VERBS and not all(w[:1].isupper() for w in _words(said))
        # "endorsed her", "attacked Machado": a person (a name or a pronoun) is the whole object
        person = (verb_low in _PERSON_OBJECT_VERBS or verb_low in _REFER_FORMS or sides_with) \
            and _PERSON_OBJECT.fullmatch(said.strip()) is not None
        said_words = _words(said)
        if verb_low in _CLAUSE_ONLY_VERBS and rule != "speaker cue, clause" \
                and not (said.lstrip().lower().startswith("that ")
                                                   or _short_clause(said_words)
                                                   and said_words[0].lower() not in ("a", "an")):
            return None     # "maintains a wide lead": keeping something, not saying it ("maintains that …";
            # "as Ruiz observed, the count was slow": a clause after the aside is said)
        if said_words[:1] == ["her"] and not (naming or verb_low in _PERSON_OBJECT_VERBS):
            # "offered her own approach": a possessive adds no word to what was said ("called her
            # “weak”", "praised her": there the one named is part of it)
            said_words = said_words[1:]
            possessed = True
        else:
            possessed = False
        if len(said_words) == 1 and _MANNER_ADVERB.fullmatch(said_words[0]) is not None:
            return None     # "Bush, whom he attacked viciously": how it was done, and no object of what
        if len(said_words) < (1 if short_ok or person
                              or self._only_words_in_marks(verb, cue_end, frags, cstart, cend)
                              else 3 if possessed else 2) \
                and said.strip().lower() not in _ANSWERS \
                and not (verb_low in SAYING_VERBS and _ELLIPTICAL_CLAUSE.fullmatch(said.strip()) is not None):
            # "declined to comment" is a (refused) statement, and "46 percent said yes" an answer, as is
            # "Hale said he would" (a clause cut back to its subject and auxiliary); other single words are not
            # reports
            return None
        if len(said_words) == 2 and not (verb_low in _REFUSALS or naming or _backs_a_named_thing(verb_low, said)) \
                and not _two_words_report(text, verb_low, said_words, m.start(), aux, short_ok or person):
            return None     # (two words that always were a report stay one: "declined comment", "called it fake")
        if topic is not None:
            # "warned of the dangers", "complained about the fee": the preposition is the verb's, and what it
            # was about is the report (one that is long enough with it)
            cstart = topic.end()
            pieces[0] = Span(cstart, pieces[0].end)
        stance = None
        if extra is None and rule != "clause, speaker cue":
            stance = _STANCE_OBJECT.match(text, cstart, cend) if verb_low in _SHOWING_VERBS else \
                _HOW_MUCH_ABOUT.match(text, cstart, cend) if verb_low in _SAY_FORMS else None
        if stance is not None and _MEDIUM_OPENING.match(text, stance.start("prep"), cend) is not None:
            stance = None     # "voiced frustration in an interview that …": where it was voiced, not what about
        if stance is not None and stance.end() < cend:
            cstart = stance.end()     # "voiced support for the plan": the plan is what the stance is about
            pieces[0] = Span(cstart, pieces[0].end)
        if extra is None and topic is None and stance is None and rule == "speaker cue clause" and not inverted:
            head = self._gap_relative_head(speaker, lo, vstart, cstart, cend)
            if head is not None:
                # "the goal it vowed to meet", "the mayor she hopes to unseat is …": the noun
                # the relative clause hangs on is what the infinitive acts on, and so part of what was meant; the
                # report runs from it through the clause, its subject and verb inside (as the corpus marks it: a
                # noun phrase alone would stand as a report of its own wherever the reading is wrong)
                cstart, cend = head.start, self._gap_relative_end(cstart, cend)
                pieces = [Span(cstart, cend)]
        last = pieces[-1].end
        kind = "partial" if frags.any_within(cstart, last + 1) else "indirect"
        conf = 0.75 if kind == "indirect" else 0.8
        if speaker.entity is None and speaker.name is None:
            conf -= 0.25
        if kind == "indirect" and _only_leads_in(text, pieces[-1]):
            return None
        return Attribution(pieces=pieces, kind=kind, speaker=speaker, cue=m.group().strip(" :"),
                           # (the whole sentence: "…, the council said on Monday."; a date among the reported
                           # words is passed over when the date is read)
                           rule=rule, confidence=conf, paragraph=pi, windows=[(lo, hi)], claim_end=claim_end)

    def _gap_relative_head(self, speaker: Speaker, lo: int, vstart: int, cstart: int, cend: int) -> Optional[Span]:
        """The noun phrase a relative clause with no relative pronoun hangs on, where the clause's verb takes an
        infinitive that lacks its object ("the goal it vowed to meet at the talks", "questions she preferred
        not to answer", "the rifts he vowed to mend have grown"): the object is that noun, before the
        subject, and the report is about it. None where the infinitive has an object of its own ("the day she
        wants to sell the boat"), or where the word before the subject is no noun ("because she wants to …")."""
        text = self.text
        gap = _INFINITIVE_GAP.match(text, cstart, cend)
        if gap is None or not lo < speaker.start < speaker.end <= vstart \
                or len(_words(text[speaker.start:speaker.end])) > 3 or len(_words(text[speaker.end:vstart])) > 2 \
                or _CLAUSE_PUNCTUATION.search(text, speaker.end, vstart) is not None:
            return None     # (a short subject, and at most an auxiliary and an adverb before the verb)
        m = _NOUN_PHRASE_WORD.search(text, max(lo, speaker.start - 40), speaker.start)
        if m is None or not _may_head_a_gap_relative(m.group().rstrip()) or not m.group()[:1].islower():
            return None
        start, end = m.start(), m.start() + len(m.group().rstrip())
        for _ in range(_GAP_HEAD_WORDS):
            m = _NOUN_PHRASE_WORD.search(text, max(lo, start - 40), start)
            if m is None:
                break
            word = m.group().rstrip()
            if word.lower() in _GAP_HEAD_DETERMINERS:
                start = m.start()
                break
            if not (word.lower() == "and" or word[:1].isdigit() or word[:1].islower()
                    and _may_head_a_gap_relative(word)):
                break
            start = m.start()
        while text[start:end].lower().startswith("and "):
            start += 4
        return Span(start, end)

    def _gap_relative_end(self, cstart: int, cend: int) -> int:
        """Where such a relative clause ends: before the sentence's own auxiliary right after the infinitive
        ("the rifts he vowed to mend have only widened"), else where the report did."""
        text = self.text
        gap = _INFINITIVE_GAP.match(text, cstart, cend)
        main = _MAIN_AUXILIARY.match(text, gap.end(), cend) if gap is not None else None
        if main is not None:
            end = gap.end()
            while end > cstart and text[end - 1] in " \u00a0":
                end -= 1
            return end
        return cend

    def _characterises_in_marks(self, verb: str, vend: int, hi: int, frags: "Intervals") -> bool:
        """Does a verb that names or describes something ("called it a “slow revolt”", "described the
        ground as “Swiss cheese”") put quoted words in its object, a few words on? Those words are someone's,
        so the subject before the verb is the speaker even when the article never names it ("Retired pilots
        called the runway …", "Border agents described …")."""
        if verb not in _CHARACTERISING_VERBS:
            return False
        name_at = frags.first_start_from(vend)
        if name_at is None or name_at > min(hi, vend + _CHARACTERISED_REACH):
            return False
        # an object comes between ("called it a “…”"): right after the verb the name is a thing's own,
        # named by nobody the sentence tells ('a film called “Salt Roads”', 'a formula called the “…”');
        # one describes a thing as something ("described the ground as “…”"), and calls it something in a
        # few words with no preposition ('called the council about the noise on “…”' is a telephone call)
        between = [w.lower() for w in _words(self.text[vend:name_at])]
        if all(w in _NAME_LEADERS for w in between):
            return False
        if verb in _NAMING_VERBS:
            return len(between) <= _NAMED_OBJECT_WORDS and not any(w in _PREPOSITIONS or w == "as" for w in between)
        return _AS_BEFORE_NAME.search(self.text, max(vend, name_at - 20), name_at) is not None

    def _plural_calls_in_marks(self, m, speaker: Optional[Speaker], lo: int, hi: int, frags: "Intervals") -> bool:
        """"Sailors call this stretch the “graveyard”": does a plural subject's "call" name a thing in quoted words?

        ("they call for a vote", "we call the council" name nothing; in "what they call a “…”" the thing named
        is the clause's own object, left to the report around it; "Fans call him “the Wall”" gives a nickname,
        a proper name rather than words of their own.)"""
        vstart, vend = m.start(), m.end()
        if speaker is None or not _agrees("call", speaker) \
                or _FREE_RELATIVE.search(self.text, max(lo, vstart - 40), vstart) is not None \
                or not self._characterises_in_marks("call", vend, hi, frags):
            return False
        name_at = frags.first_start_from(vend)
        span = frags.containing(name_at) if name_at is not None else None
        words = _REAL_WORD.findall(self.text, span[0], span[1]) if span else []
        if words[:1] and words[0].lower() == "the":
            words = words[1:]
        return not (words and all(w[:1].isupper() for w in words))

    def _self_description(self, m, pi: int, lo: int, hi: int) -> Optional[Attribution]:
        """"those who describe themselves as very conservative", "voters calling themselves independents",
        "two-thirds of those polled described themselves as liberals": how people describe themselves is their
        own word on it, reported as the reflexive and what follows it up to the phrase's end; the speaker is the
        phrase the relative pronoun or the participle follows, or the verb's subject, as written."""
        text = self.text
        vstart, cue_end = m.start(), m.end()
        before = text[max(lo, vstart - 24):vstart].split()
        prev_low = before[-1].lower() if before else ""
        if prev_low in ("to", "the", "a", "an", "his", "her", "their", "its") or not before:
            return None     # "is inclined to describe themselves as …" is left to the rules of infinitives
        stop = _SELF_DESCRIPTION_END.search(text, cue_end, hi)
        cstart = cue_end + len(text[cue_end:hi]) - len(text[cue_end:hi].lstrip())
        cend = stop.start() if stop is not None else cstart + len(text[cstart:hi].rstrip(" .!?;:\u00a0"))
        if len(_words(text[cstart:cend])) < 2:
            return None
        subject_end = lo + len(text[lo:vstart].rstrip(" \u00a0"))
        speaker = bare_subject(text, lo, subject_end, self.cast) if prev_low not in _PREPOSITIONS else None
        if speaker is None and prev_low not in _PREPOSITIONS:
            speaker = share_of_people(text, lo, vstart)
        if speaker is not None and speaker.mention.lower() in _BARE_QUANTIFIERS:
            return None     # "Most call themselves conservative on fares": most of whom, the sentence does not say
        if speaker is None:
            # "among those describing themselves as …", "those who consider themselves …": the pronoun
            those = _THOSE_BEFORE.search(text, max(lo, vstart - 12), vstart)
            if those is not None:
                speaker = Speaker(mention=those.group(1), start=those.start(1), end=those.end(1))
        if speaker is None:
            return None
        return Attribution(pieces=[Span(cstart, cend)], kind="indirect", speaker=speaker, cue=m.group().strip(" :"),
                           rule="speaker cue clause (self-description)", confidence=0.6, paragraph=pi,
                           windows=[(lo, cstart)])

    def _plural_calls_it_something(self, m, speaker: Optional[Speaker], lo: int, hi: int) -> bool:
        """"Critics call it a tax on the poor", "Others call him the real winner": does a plural subject's "call"
        give a pronoun a name of the subject's own choosing, in no marks?

        A pronoun and then an article can only be the object and what it is called ("they call the council"
        or "we call for a vote" name nothing; "what they call a …" leaves the naming to the report around it)."""
        vstart, vend = m.start(), m.end()
        return speaker is not None and _agrees("call", speaker) \
            and _FREE_RELATIVE.search(self.text, max(lo, vstart - 40), vstart) is None \
            and _PRONOUN_THEN_A_NAME.match(self.text, vend, hi) is not None

    def _issuer(self, lo: int, noun_end: int) -> Optional[Speaker]:
        """"The harbour office put out a notice saying …", "the port released a letter saying …": the document
        before "saying" is the object of a verb of issuing it, and the verb's subject says what it says (read
        as the phrase before "saying", the verb and its object were taken for the speaker's words)."""
        issued = _ISSUED_DOCUMENT.search(self.text, max(lo, noun_end - _ISSUED_REACH), noun_end)
        if issued is None or issued.group("noun").lower() not in _ISSUED_NOUNS:
            return None
        verb = issued.group("verb")
        if not (verb.endswith(("ed", "es")) or verb in _ISSUING_PASTS) or verb in FUNCTION_WORDS:
            return None
        vstart = issued.start("verb")
        return subject_before(self.text, lo, vstart, self.cast, vstart) or bare_subject(self.text, lo, vstart,
                                                                                         self.cast)

    def _noun_saying(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"with a third of tenants saying they would …", "a sign saying “…”": the phrase before says it."""
        text = self.text
        speaker = self._issuer(lo, m.start()) or bare_subject(text, lo, m.start(), self.cast)
        if speaker is None:
            with_ = _WITH_BEFORE.search(text, max(lo, m.start() - 80), m.start())
            if with_ is not None:
                speaker = bare_subject(text, with_.end(), m.start(), self.cast)    # "with 30 percent … saying"
        if speaker is None:
            return None
        cut = _MENTION_CUT.search(text, speaker.start, speaker.end)
        if cut is not None and speaker.entity is None and cut.end() < speaker.end:
            # "The council heard from dozens of residents saying …": the phrase after the last preposition
            mention = text[cut.end():speaker.end]
            speaker = Speaker(mention=mention, kind=speaker.kind, start=cut.end(), end=speaker.end)
        span = self._clause_after(m.end(), hi, frags, opener=_THAT)
        if span is None:
            return None
        cstart, cend = span
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker, cue=m.group().strip(),
                           rule="noun saying clause", confidence=0.5, paragraph=pi, windows=[(lo, hi)])

    def _subject_calling(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"Hale fought the council, at one point calling the harbor master a “liar”": a participial phrase
        after the verb of its sentence, naming something in quoted words; the sentence's subject (a person)
        calls it, and the report is the object and its quoted name, cut where the name ends."""
        text = self.text
        speaker = self._gerund_subject(lo, m.start(), hi)
        if speaker is None or (speaker.entity is not None and speaker.entity.kind != "person"):
            return None     # "the ad ran for weeks, calling it …": a thing's words are seldom quoted as its own
        if speaker.mention.lower() in ("there", "there’s", "there's"):
            return None     # "There is still time for Bell, after … calling Ruiz a liar": no one to share it
        cstart = m.end() + len(text[m.end():hi]) - len(text[m.end():hi].lstrip())
        cend = self._named_object_end(cstart, hi, frags)
        if cend <= cstart:
            return None
        conf = 0.8 if speaker.entity is not None or speaker.name is not None else 0.55
        name_at = frags.first_start_from(cstart)
        kind = "partial" if name_at is not None and name_at < cend else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker, cue=m.group().strip(" :"),
                           rule="speaker cue clause (participle naming)", confidence=conf, paragraph=pi,
                           windows=[(lo, cstart)])

    def _name_right_after(self, cstart: int, cend: int, frags: "Intervals") -> Optional[int]:
        """Where the quoted name opens when a naming or describing verb's report starts with it, after at
        most "a", "the", "as" ("called “the golden decade”", "described as “calm”"): the verb's object came
        before it. None when an object stands between ("called the plan “cruel”") or no marks follow."""
        name_at = frags.first_start_from(cstart)
        if name_at is None or name_at >= cend:
            return None
        if not all(w.lower() in _NAME_LEADERS for w in _words(self.text[cstart:name_at])):
            return None
        return name_at

    def _relative_name(self, speaker: Speaker, lo: int, cstart: int, cend: int,
                       frags: "Intervals") -> tuple[int, int]:
        """The report of a naming or describing verb whose object is a relative pronoun before its subject
        ("the harbor board, which Ruiz called “a club”", "the crews, whom he described as “calm,” for weeks"):
        it starts at the pronoun, which stands for what was named, so the relative clause is the report, and
        ends at the name's own comma. After "what" only when a word comes between the verb and the marks
        ('in what Hale calls the “golden decade”', 'what she described as a “mess”'): the thing named is
        the writer's phrase with the quoted words in it; 'what Hale calls “the golden decade”' is as often
        read as the quoted name alone."""
        name_at = self._name_right_after(cstart, cend, frags)
        if name_at is None:
            return cstart, cend
        rel = _RELATIVE_OBJECT_BEFORE.search(self.text, max(lo, speaker.start - 8), speaker.start)
        if rel is None and _words(self.text[cstart:name_at]):
            rel = _WHAT_BEFORE.search(self.text, max(lo, speaker.start - 8), speaker.start)
        if rel is None:
            return cstart, cend
        close = frags.containing(name_at)[1]
        if close < cend and self.text[name_at:close].rstrip(_CLOSING_MARKS).endswith(","):
            cend = close    # '“calm,” for weeks': the comma inside the marks ends the name and the clause
        return rel.start("rel"), cend

    def _sentence_subject_for(self, pi: int, pos: int, speaker: Speaker) -> Speaker:
        """The speaker of a free relative's naming verb as the sentence writes it: in "The president denounced
        what he called a “…”" the pronoun stands for the sentence's subject, which names the speaker where
        the words are attributed; kept only when both are the same person."""
        if speaker.entity is None or speaker.mention.lower() not in ("he", "she"):
            return speaker
        outer = sentence_subject(self.text, self._sentence_start(pi, pos), pos, self.cast, pos)
        if outer is None or outer.entity is not speaker.entity or outer.end > pos:
            return speaker
        return outer

    def _end_before_naming_relative(self, cstart: int, cend: int, frags: "Intervals") -> int:
        """Where a report ends before a relative clause that closes the sentence naming its head in quoted
        words ("said she backed a bill to curb the board, which she called “a club for old captains.”", "…
        with the sailors, whom he described as “calm”"): the relative clause's subject names the thing itself,
        so the quoted words are a report of its own, not the outer one's. (Not when the head's own predicate
        comes after: "said the board, which she called “a club,” would be cut" goes on.)"""
        text = self.text
        rel = _NAMING_RELATIVE.search(text, cstart, cend) if text.find(", wh", cstart, cend) != -1 else None
        if rel is None or frags.contains(rel.start()) or len(_words(text[cstart:rel.start()])) < 3:
            return cend
        name_at = self._name_right_after(rel.end(), cend, frags)
        if name_at is None:
            return cend
        close = frags.containing(name_at)[1]
        if frags.any_within(close, cend + 1) or _PREDICATE_START.match(text, close, cend) is not None:
            return cend
        return rel.start()

    def _gap_name_end(self, cstart: int, cend: int, frags: "Intervals") -> int:
        """Where a naming verb's report ends when its object came before it ("what Hale called “the golden
        decade” in his memoir", "one he calls ''Bright Harbor'' - but …"): the quoted name right after the
        verb is all that was said, so a preposition, a dash, a comma or a conjunction after its closing mark
        is the sentence's again."""
        name_at = self._name_right_after(cstart, cend, frags)
        if name_at is None:
            return cend     # "called the plan “cruel”": an object, then its name
        close = frags.containing(name_at)[1]
        if close < cend and _AFTER_A_GAP_NAME.match(self.text, close, cend) is not None:
            return close
        return cend

    def _named_object_end(self, cstart: int, hi: int, frags: "Intervals", default: Optional[int] = None) -> int:
        """Where an object and its quoted name end: at the name's own comma ('a “liar,”'), else at the next
        comma, dash, "and", "but" or subordinate clause after the name ('… “strong” when it ended'), else at
        ``default`` (by default, ``hi`` less the sentence's closing punctuation)."""
        text = self.text
        name_at = frags.first_start_from(cstart)
        quoted = frags.containing(name_at) if name_at is not None and name_at < hi else None
        if quoted is None:
            close = cstart      # "calling him a fraud, and …": a name in no marks ends as a quoted one would
        else:
            close = quoted[1]
            if text[name_at:close].rstrip(_CLOSING_MARKS).endswith(","):
                return close
        stop = _NAME_END.search(text, close, hi)
        if stop is not None:
            return stop.start()
        if default is not None:
            return default
        return max(close, cstart + len(text[cstart:hi].rstrip(" .!?;:\u00a0")))

    def _noun_calling(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"with Mayor Ruiz calling it a “cruel joke”": what the phrase before the participle calls the thing,
        the object and its quoted name, which ends at the name's comma, or at the next comma, dash, "and",
        "but" or subordinate clause after it ('… “strong” when it ended the protests')."""
        attr = self._noun_saying(m, pi, lo, hi, frags)
        if attr is None:
            return None
        cstart = attr.pieces[0].start
        cend = self._named_object_end(cstart, attr.pieces[-1].end, frags, default=attr.pieces[-1].end)
        attr.pieces = [Span(cstart, cend)]
        name_at = frags.first_start_from(cstart)
        attr.kind = "partial" if name_at is not None and name_at < cend else "indirect"
        return attr

    def _reported_by(self, m, pi: int, lo: int, hi: int, frags: "Intervals",
                     stance: bool = False) -> Optional[Attribution]:
        """"The pier sale was first reported by Harbor Watch.": the passive's subject is what the outlet after "by"
        reported, and the sentence ends with the outlet (or the day it did so): a noun phrase of at most
        _REPORTED_THING_WORDS words with no verb of its own, opening its sentence.

        With ``stance``, a passive of `_PASSIVE_STANCES` ("Ruiz was endorsed by the dockworkers", "The levy was
        rejected by 60 percent of voters"): the subject is what the agent backs or rebuffs, one word or more, and
        the sentence may go on after the agent ("… by the union, which …"), whose phrase is the source whatever
        follows it."""
        text = self.text
        cstart = _skip_leading(text, lo + len(_LEADING_CONJUNCTION.match(text, lo, m.start()).group()), m.start())
        cend = m.start()
        while cend > cstart and text[cend - 1] in " \u00a0":
            cend -= 1
        thing = _words(text[cstart:cend])
        if not (1 if stance else 2) <= len(thing) <= _REPORTED_THING_WORDS \
                or _FINITE.search(text, cstart, cend) is not None \
                or not text[cstart:cstart + 1].isupper() or frags.any_within(lo, hi) or "," in text[cstart:cend]:
            return None
        by_end = m.end() + len(" by ")
        speaker = subject_after(text, by_end, hi, self.cast, m.start("verb")) or source_as_written(text, by_end, hi)
        if speaker is None or speaker.start != by_end:
            return None
        if stance:
            if _STANCE_BY_GOES_ON.match(text, speaker.end, hi) is not None:
                return None     # "was mocked by Hale as a dreamer": the agent's words are the "as" phrase
            return Attribution(pieces=[Span(cstart, cend)], kind="indirect", speaker=speaker, cue=m.group().strip(),
                               rule="thing a stance by source", confidence=0.5, paragraph=pi, windows=[(lo, hi)])
        if _REPORTED_BY_MORE.search(speaker.mention) is not None:
            return None     # (not "reported by the crew to be sinking": the passive reports the crew's claim)
        rest = text[speaker.end:hi].strip(" .\u00a0\n")
        if rest and _REPORTED_BY_REST.fullmatch(rest) is None:
            return None     # the sentence goes on past the outlet
        return Attribution(pieces=[Span(cstart, cend)], kind="indirect", speaker=speaker, cue=m.group().strip(),
                           rule="thing reported by source", confidence=0.6, paragraph=pi, windows=[(lo, hi)])

    def _reportedly(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"The board has reportedly hired a new pilot": an auxiliary and "reportedly" make the clause, subject and
        all, what others report, with nobody named; from the clause's start (past an opening phrase's comma or a
        bracket) to the writer's tail after it. Not a relative clause ("…, who has reportedly …"), nor a verb of
        saying after it ("has reportedly said that …" is that verb's report)."""
        text = self.text
        verb_at = m.end()
        nxt = self.cues.search(verb_at, min(hi, verb_at + _REPORTEDLY_VERB_REACH))
        if nxt is not None and nxt.start("verb") == verb_at:
            return None     # "has reportedly said that …", "was reportedly backing …": that cue's own report
        # the clause starts after the last comma, bracket or dash before the auxiliary that a subject follows
        # ("In total, the crews have reportedly …"; in "Ruiz is a pilot, but has reportedly …" the sentence's)
        starts = [lo] + [stop.end() for stop in _REPORTEDLY_CLAUSE_START.finditer(text, lo, m.start())]
        start = None
        for candidate in reversed(starts):
            candidate += len(_LEADING_CONJUNCTION.match(text, candidate, m.start()).group())
            candidate = _skip_leading(text, candidate, m.start())
            if _words(text[candidate:m.start()]):
                start = candidate
                break
        if start is None or _words(text[start:m.start()])[0].lower() in _RELATIVES_BEFORE_REPORTEDLY:
            return None     # ("…, who has reportedly …": a relative clause, about the noun before it)
        span = self._clause_after(verb_at, hi, frags)
        if span is None:
            return None
        cend = span[1]
        tail = _REPORTEDLY_TAIL.search(text, verb_at, cend)
        if tail is not None:
            # "… have reportedly entered the accounts, leaving the crews fearful", "… is reportedly making plans
            # as it nears …", "(her team has reportedly …) Ruiz is …": the writer's tail, or the bracket's end
            cend = tail.start()
        kind = "partial" if frags.any_within(start, cend + 1) else "indirect"
        return Attribution(pieces=[Span(start, cend)], kind=kind, speaker=None, cue="reportedly",
                           rule="clause with reportedly", confidence=0.5, paragraph=pi, windows=[(lo, hi)])

    def _report_resumes(self, cstart: int, cend: int, after: int, hi: int) -> bool:
        """After "…, the agency said in its spring review," does the report go on: "and" or "but" and more of it with
        no verb of speech of its own ("…, and the bottom fifth paid 0.8 percent"), or anything after an opening
        phrase that was no clause ("In the old empire, as Smith reported in his book, the elite …")?"""
        text = self.text
        if not _is_clause(text[cstart:cend]) or (_OPENING_PREPOSITION.match(text, cstart, cend) is not None
                                                 and _FINITE.search(text, cstart, cend) is None):
            return True
        if _AND_OR_BUT.match(text, after, hi) is None:
            return False
        return not any(c.group("verb") in SPEECH for c in self.cues.finditer(after, hi))

    def _impersonal_report(self, m, pi: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"It was reported on Monday that the pier will close": the that-clause after an impersonal passive (a
        day or a place may stand before "that"), with no speaker; none without a that-clause ("it was announced
        at noon", "It is said, …")."""
        text = self.text
        opening = _BEFORE_IMPERSONAL_THAT.match(text, m.end(), hi)
        if opening is None:
            return None
        span = self._clause_after(opening.end(), hi, frags)
        if span is None:
            return None
        cstart, cend = span
        if _SUBORDINATOR_BEFORE_IT.search(text, max(0, m.start() - _IT_IS_REACH - 12), m.start("verb")) is not None:
            # "In an era when it was said that the party was done, Ruiz won": the subordinate clause the report
            # sits in ends at its comma, and the sentence's own clause follows
            comma = text.find(",", cstart, cend)
            if comma != -1:
                cend = comma
        if len(_words(text[cstart:cend])) < 3:
            return None
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=None, cue=m.group().strip(),
                           rule="impersonal passive, that-clause", confidence=0.5, paragraph=pi,
                           windows=[(m.start(), hi)])

    def _document_showing(self, m, pi: int, document: Speaker, lo: int, hi: int,
                          frags: "Intervals") -> Optional[Attribution]:
        """"surveys showing her far ahead": a participle of evidence after a document reports what follows
        it, a clause or not, up to a comma (or dash) after which the sentence's own clause goes on ("Despite
        polls showing her behind, she campaigned …") or a bracket."""
        text = self.text
        span = self._clause_after(m.end(), hi, frags)
        if span is None:
            return None
        cstart, cend = span
        if _opens_no_report(text, m.group("verb").lower(), m.end(), cstart, cend):
            return None     # "results showing up on the board": another verb
        for stop in _PHRASE_END.finditer(text, cstart, cend):
            if stop.group() == " (" or _clause_follows(text, stop.end(), cend):
                cend = stop.start()
                break
        if len(_words(text[cstart:cend])) < 2:
            return None
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=document, cue=m.group().strip(),
                           rule="document participle clause", confidence=0.5, paragraph=pi, windows=[(lo, hi)])

    def _clause_after(self, cstart: int, hi: int, frags: "Intervals", opener=None) -> Optional[tuple[int, int]]:
        """The clause a cue with no verb of its own introduces, from ``cstart`` (past what ``opener`` matches
        there: "that", "last month,"): up to the next report or the writer's tail (", but …", ", who …"),
        trimmed; None if it is under three words."""
        text = self.text
        skipped = opener.match(text, cstart, hi) if opener is not None else None
        if skipped is not None:
            cstart = skipped.end()
        cend = hi
        stop = self._next_reporting_clause(cstart, hi, frags, takes_a_clause=True)
        if stop is not None:
            cend = stop
        tail = self._writer_tail(cstart, cend, frags)
        if tail is not None and len(_words(text[cstart:tail.start()])) >= 3:
            cend = tail.end("close") if tail.group("close") else tail.start()
        while cend > cstart and text[cend - 1] in " .!?;:,\u00a0\n":
            cend -= 1
        while cstart < cend and text[cstart] in " ,:\u00a0":
            cstart += 1
        if len(_words(text[cstart:cend])) < 3:
            return None
        return cstart, cend

    def _only_words_in_marks(self, verb: str, cue_end: int, frags: "Intervals", cstart: int, cend: int) -> bool:
        """Is what a verb of speech reports one quoted passage and nothing else ('ended by saying “Too
        many.”', 'the way she says “record crowds.”')? The marks show these few words are the very words
        said, a quote however short."""
        if verb.lower() not in _UTTERANCE_VERBS or self.text[cue_end:cstart].strip(" ,\u00a0"):
            return False
        span = frags.containing(cstart)
        return span is not None and span[0] == cstart and span[1] >= cend

    def _words_in_marks(self, frags: "Intervals", lo: int, hi: int) -> bool:
        """Do quoted words other than a title lie in [lo, hi]? ('in her first memoir, “Salt Roads”' holds
        only a title: the marks name the book and quote no one)."""
        start = bisect.bisect_left(frags.starts, lo)
        for k in range(start, len(frags.spans)):
            open_at, close_end = frags.spans[k]
            if close_end > hi + 1:
                return False
            if k - start >= _TITLES_LOOKED_AT:
                return True     # marks upon marks in one adjunct: quoted words, not titles
            last = self.text[max(lo, open_at - 40):open_at].split()[-1:]
            word = last[0].lower().strip(",:—–-") if last else ""
            if not (word in WORK_NOUNS or word in _NAME_LEADS or word.endswith(("’s", "'s"))):
                return True
        return False

    def _writer_tail(self, cstart: int, cend: int, frags: "Intervals", takes_a_clause: bool = True,
                     finding: bool = False):
        """The first `_CLAUSE_TAIL` in [cstart, cend) that ends a report: not a comma inside quoted words,
        nor a relative clause set off inside the report, which its own predicate follows ('said the
        mayor, who lives by the pier, would vote no': the report goes on after the second comma), nor a
        participle's phrase or a concession set off after a reported clause's subject in the same way.

        A comma just before the closing marks ends the quoted words, and the report with them unless
        what follows goes on with it ("but", "where", …). A participle there ends only an object
        ('called Ruiz the “ultimate fraud,” linking to …'): after a clause it may still be the clause's
        ('said the levy could be “a fair middle way,” giving towns more say').

        A ``finding`` (what a poll or a study shows) goes on to its contrast: 'found 40 percent backed the levy,
        while 35 percent opposed it' is one finding, where after a verb of speech ", while …" is as often the
        writer's own aside."""
        text = self.text
        # (every _CLAUSE_TAIL opens with a comma: a clause with none has no tail)
        tail = _CLAUSE_TAIL.search(text, cstart, cend) if text.find(",", cstart, cend) != -1 else None
        while tail is not None:
            if frags.contains(tail.start()) and (
                    self._comma_in_marks(frags, tail.start())
                    or _GOES_ON_PAST_MARKS.match(text, tail.end("close"), cend)
                    or (takes_a_clause and _PARTICIPLE_AFTER.match(text, tail.end("close"), cend))):
                tail = _CLAUSE_TAIL.search(text, tail.end(), cend)    # a comma inside quoted words ends nothing
                continue
            but = _BUT_GOES_ON.match(text, tail.start(), cend)
            if but is not None:
                # "said the plan was fair, but that more was needed": a second that-clause of the same verb
                # is still what was said (a second predicate, "…, but needed work", is as often the
                # speaker's as the clause's: cutting or keeping it gained and lost alike)
                tail = _CLAUSE_TAIL.search(text, but.end(), cend)
                continue
            if takes_a_clause and tail.group().split()[-1] == "but" and self._but_goes_on_in_mind(cstart, tail, cend):
                # "said she wanted change, but found the mayor too rude": what the reported subject thought or found
                # next is still what was said (as after "and", `_second_thought_of_the_clause`)
                tail = _CLAUSE_TAIL.search(text, tail.end(), cend)
                continue
            if finding and tail.group().split()[-1] in _CONTRASTS:
                tail = _CLAUSE_TAIL.search(text, tail.end(), cend)
                continue
            if _LIST_OF_ING.match(text, tail.start(), cend) is not None \
                    and tail.group().split()[-1] not in SPEECH and tail.group().split()[-1] not in STANCE:
                # "praised her as a warm, caring and able nurse", "needs such as roads, parking lots and lights": an
                # "-ing" word that "and" joins to the next is one more item of a list inside the report, not a
                # participle of the writer's
                tail = _CLAUSE_TAIL.search(text, tail.end(), cend)
                continue
            if takes_a_clause and self._clause_goes_on_in_a_participle(cstart, tail, cend):
                tail = _CLAUSE_TAIL.search(text, tail.end(), cend)
                continue
            aside = _CONCESSIVE_ASIDE.match(text, tail.start(), cend)
            if aside is not None and _FINITE.search(text, tail.start(), aside.end()) is None:
                # "a crucial, though brief, chance": a concession of a word or two set off inside the report
                tail = _CLAUSE_TAIL.search(text, aside.end(), cend)
                continue
            if takes_a_clause and self._unfinished_clause(cstart, tail.start(), cend,
                                                          clause_follows=tail.group().split()[-1] in _CLAUSE_TAIL_OPENERS):
                # "said that, even if the count were fair, a recount of …", "warned that Ana Ruiz, even as a
                # candidate, had …": the words before the comma are no whole clause yet, so what follows them is
                # still what was said, not the writer's words
                tail = _CLAUSE_TAIL.search(text, tail.end(), cend)
                continue
            if _RELATIVE_TAIL.match(text, tail.start(), cend) is not None \
                    or (takes_a_clause and self._aside_after_subject(cstart, tail)):
                close = text.find(",", tail.end(), min(cend, tail.end() + _RELATIVE_REACH))
                pred = _PREDICATE_START.match(text, close + 1, min(cend, close + 41)) if close != -1 else None
                # (not when it or the predicate after it is a verb of speech: 'Adler, who has said …,' and
                # 'Adler, who chairs the board, said …' start reports of their own)
                if pred is not None and not frags.contains(close) \
                        and _SPEECH_WORD.search(text, tail.end(), min(close, _words_end(text, tail.end(), 3))) is None \
                        and _SPEECH_WORD.search(text, close + 1, pred.end()) is None:
                    tail = _CLAUSE_TAIL.search(text, close, cend)
                    continue
            return tail
        return None

    def _but_goes_on_in_mind(self, cstart: int, tail, cend: int) -> bool:
        """Does a verb of thinking or finding in the past tense follow ", but" (an adverb of _MIND_ADVERBS at most
        between) after a reported clause from ``cstart``?"""
        text = self.text
        words = text[tail.end():min(cend, tail.end() + 40)].split()[:2]
        if words[:1] and words[0].lower() in _MIND_ADVERBS:
            words = words[1:]
        # (a past tense only: ", but believes …" after "thinks …" was as often a report of the speaker's own)
        return bool(words) and words[0] in _MIND_VERBS and not words[0].endswith("s") \
            and _reads_as_a_clause(text, cstart, tail.start()) \
            and _DASH_BEFORE_CONJ.search(text, max(cstart, tail.start() - 4), tail.start()) is None

    def _clause_goes_on_in_a_participle(self, cstart: int, tail, cend: int) -> bool:
        """Does the participle's phrase after a whole reported clause go on with what was said ('said the fund
        raised $2 million, bringing its total to $9 million', 'said the ferry would stop, leaving the island cut
        off')? It says what followed from the reported fact, in the same report. Not a participle of speech or
        stance, 'said the pier was safe, adding that …', 'noting …': that is the speaker's next report, and the
        writer's 'according to' is no participle of the clause at all. Only a phrase that runs to the report's
        end: one that another tail cuts ('…, leaving the canal, which is older, in need of repair') would be
        left half a phrase."""
        last = tail.group().split()[-1]
        if not last.endswith("ing") or last in SPEECH or last in STANCE or last in _NOT_CLAUSE_PARTICIPLES:
            return False
        text = self.text
        return _FINITE.search(text, cstart, tail.start()) is not None \
            and _CLAUSE_TAIL.search(text, tail.end(), cend) is None

    def _aside_after_subject(self, cstart: int, tail) -> bool:
        """Does the tail open an aside right after the reported clause's subject, a participle's phrase or a
        concession ('said the ledgers, numbering 400 pages, be …', 'said the dispute, while awkward, was …')?
        Then, as after a relative clause, the clause's predicate may follow the aside's closing comma. (After a
        clause with its verb, 'said the plan failed, leaving towns short, …', the participle is the writer's.)"""
        last = tail.group().split()[-1]
        return (last in _CONCESSIVES or (last.endswith("ing") and last not in SPEECH)) \
            and _FINITE.search(self.text, cstart, tail.start()) is None

    def _unfinished_clause(self, start: int, comma: int, end: int, clause_follows: bool = False) -> bool:
        """Is the reported clause from ``start`` (the report running to ``end``) still unfinished at the comma or
        dash at ``comma``, so that what comes after it is still what was said, not the writer's words?

        So it is when a that-clause has only its opening subordinate clause or phrase before it ("that, even if
        they thought it fair, a recount …", "that, given the divide, reaching …"; not when a clause of its own,
        ``clause_follows``, opens after the comma: in "that given the odds it would fail, but …" the main clause
        came without a comma), or only its subject, a name ("that Ana Ruiz, even as a candidate, had …"); and
        inside an aside a dash opened between a clause's subject and its verb, closed by a second dash before
        the verb ("that the mayor - who resisted it, even though … - has decided").
        """
        text = self.text
        if _may_hold_a_dash(text, start, end):
            dashes = list(_DASH.finditer(text, start, end))
            closing = next((d for d in dashes if d.start() >= comma), None)
            if sum(1 for d in dashes if d.start() < comma) % 2 == 1 and closing is not None \
                    and _PREDICATE_START.match(text, closing.end(), min(end, closing.end() + 40)) is not None:
                return True
        if _THAT_BEFORE.search(text, max(0, start - 10), start) is None:
            return False
        if not clause_follows and _OPENING_CLAUSE.match(text, start, comma) is not None \
                and text.find(",", start, comma) == -1:
            return True
        return _NAME_ONLY.fullmatch(text, start, comma) is not None

    def _comma_in_marks(self, frags: "Intervals", comma: int) -> bool:
        """Is the comma at ``comma`` one of the quoted words'? Not when only closing marks follow it before
        the quoted words end: 'called her a “centrist,” a jab at …' puts the sentence's comma inside the
        marks, as American style does, and the quoted words end there."""
        marks = frags.containing(comma)
        if marks is None:
            return False
        close = comma + 1
        while close < marks[1] and self.text[close] in _CLOSING_MARKS:
            close += 1
        return close < marks[1]

    def _resumed_clause_end(self, verb: str, start: int, hi: int, frags: "Intervals") -> int:
        """Where the clause that goes on after its speaker ends ("The pier, the mayor said, will close, which
        …"): where any report ends, at the writer's tail or an appositive. (Not at a lone dash: after a resumed
        clause, "— and …" went on with what was said as often as not.)"""
        text = self.text
        end = hi
        tail = self._writer_tail(start, end, frags)
        if tail is not None and len(_words(text[start:tail.start()])) >= 2 and not frags.any_within(tail.end(), end + 1):
            end = tail.end("close") if tail.group("close") else tail.start()
        return min(end, self._appositive_end(verb, start, end, frags))

    def _and_clause_end(self, cstart: int, cend: int, frags: "Intervals") -> int:
        """'said the ferry was late, and the council has since cut its budget': ", and" then a clause with a
        subject and a verb of its own is the writer going on, as ", but …" is (not the last item of a list,
        'roads, schools, and the pier', which has no verb of its own)."""
        text = self.text
        if not (_may_hold(text, cstart, cend, ",") and _may_hold(text, cstart, cend, "and")):
            return cend     # (every _AND_OWN_CLAUSE match holds both: most clauses lack one, and the scan is spared)
        for m in _AND_OWN_CLAUSE.finditer(text, cstart, cend):
            if frags.contains(m.start()):
                continue
            if frags.any_within(m.start(), cend + 1) or len(_words(text[cstart:m.start()])) < 3:
                return cend     # quoted words after it, or too little before it: the report goes on
            return m.start()
        return cend

    def _and_end(self, verb: str, cstart: int, cend: int, frags: "Intervals") -> int:
        """'declined the post and has since left the board', 'praised the plan but refused to back it': the
        object of a verb ends where 'and'/'but' brings a second predicate of the sentence's subject.

        After a verb of speech only an object with no verb of its own ends so ('denied the charge and has
        since resigned', 'urged voters to stay home but did not say why'): a reported clause may go on with
        its own second predicate, 'said the ferry was late and had been for weeks', and cutting there lost
        more than it mended. Nor after a comma there: ', and spied on …' ran on to words that other cues
        then read as reports of their own, which cost direct precision on the dev set."""
        text = self.text
        first = _first_and_but_start(text, cstart, cend)
        if first == -1:
            return cend
        for m in _AND_PREDICATE.finditer(text, first, cend):
            if frags.contains(m.start()) or _REAL_WORD.search(text, cstart, m.start()) is None:
                # (one word is an object too, "claimed self-defense and was freed"; a dash alone, "- and
                # has …", opens none)
                continue
            if verb in SPEECH:
                if _reads_as_a_clause(text, cstart, m.start()):
                    return cend
                if text[m.start()] == ",":
                    continue
            if frags.any_within(m.start(), cend + 1):
                return cend     # quoted words after it: the report goes on
            return m.start()
        return cend

    def _past_predicate_after_present_clause(self, verb: str, cstart: int, cend: int, frags: "Intervals") -> int:
        """'demanded that the toll be scrapped and went home', 'said she has no plan, and left': a reported clause
        in the present or the subjunctive cannot go on in the past, so "and" with a past tense and no subject of
        its own is the next predicate of the one who spoke (a past verb of speech), not more of what was said.
        (`_and_end` keeps a second predicate of a reported clause, 'said the ferry was late and had been for
        weeks', where the tenses agree.)"""
        text = self.text
        if not _may_hold(text, cstart, cend, "and"):
            return cend
        past = _is_past_tense(verb)
        if not past and not (verb.endswith("s") and not verb.endswith("ss")):
            return cend
        # (after a present verb of speech, the mirror: 'denies that the crime was planned and goes on to …')
        clash, agree = (_PRESENT_FINITE, _PAST_FINITE) if past else (_PAST_FINITE, _PRESENT_FINITE)
        for m in (_AND_PAST_PREDICATE if past else _AND_PRESENT_PREDICATE).finditer(text, cstart, cend):
            if frags.contains(m.start()) or frags.any_within(m.start(), cend + 1):
                return cend
            if len(_words(text[cstart:m.start()])) < 3:
                continue
            if not _reads_as_a_clause(text, cstart, m.start()) and text[m.start()] != ",":
                # ('echoed the theme and took the stage': an object, then the subject's next predicate, as
                # `_and_end` reads an "-ed" one; not after a comma, where the words ran on to other cues' reports)
                return m.start()
            if clash.search(text, cstart, m.start()) is None or agree.search(text, cstart, m.start()) is not None:
                return cend     # (the first "and" decides: a past reported clause may go on in the past)
            return m.start()
        return cend

    def _appositive_end(self, verb: str, cstart: int, cend: int, frags: "Intervals",
                        comma: Optional[int] = None) -> int:
        """'said he backed the levy, the first tax the island has voted in a decade': a noun phrase after the
        last comma of a report, running to its end, is the writer's note on the word before it, not part of
        what was said (not one in quoted words, nor the last item of a list, '…, schools, and the pier'). A
        reported clause must be whole before it: in 'said that despite the storm, the ferry ran' the comma
        closes an opening phrase and the clause's subject follows."""
        text = self.text
        if comma is None:
            comma = text.rfind(",", max(cstart, cend - _APPOSITIVE_REACH), cend)
            while comma != -1 and _FIGURE_COMMA.match(text, comma - 1) is not None:
                # ('…, a 10,000-strong force the council could not pay': the comma of a figure sets nothing off)
                comma = text.rfind(",", max(cstart, cend - _APPOSITIVE_REACH), comma)
        if comma == -1 or _APPOSITIVE.match(text, comma, cend) is None or self._comma_in_marks(frags, comma) \
                or frags.any_within(comma, cend + 1) \
                or len(_words(text[cstart:comma])) < _words_before_appositive(text, verb, comma, cend) \
                or _ENDS_A_LIST_ITEM.search(text, max(cstart, comma - 60), comma) is not None \
                or (verb in CLAUSE_VERBS and _FINITE.search(text, cstart, comma) is None) \
                or _DAY_BEFORE_COMMA.search(text, max(cstart, comma - 12), comma) is not None \
                or (_OPENING_CLAUSE.match(text, cstart, comma) is not None
                    and _CLAUSE_AFTER_COMMA.match(text, comma, cend) is not None) \
                or (verb in CLAUSE_VERBS and self._unfinished_clause(cstart, comma, cend)):
            # (after a day, 'Friday, the start of a new year', the phrase names the day, which says when, not what;
            # 'that if the council paid, the pier would stay open': after an opening clause, a subject and its
            # verb are the main clause of what was said)
            return cend
        marks = frags.containing(comma)
        return marks[1] if marks is not None else comma     # (a comma inside closing marks keeps them)

    def _first_appositive_end(self, verb: str, cstart: int, cend: int, hi: int, frags: "Intervals") -> int:
        """'endorsed the ferry levy, the latest turn in a feud that has run from praise to insults to, now, a
        truce': the object of a verb that takes no clause ends at a noun phrase set off after it, even where
        the phrase has commas of its own (`_appositive_end` reads only the last one). Not a list, 'spoke of the
        fares, the delays and the cuts', where another item follows; and what comes after the phrase is left
        unclaimed: it may be a clause of the writer's with a report of its own."""
        if verb in CLAUSE_VERBS:
            return cend
        text = self.text
        first = _FIRST_APPOSITIVE.search(text, cstart, cend) if _may_hold(text, cstart, cend, ",") else None
        following = text.find(",", first.end(), hi) if first is not None else -1
        if first is None or (following != -1 and following - first.end() <= _LIST_ITEM_REACH
                             and _LIST_GOES_ON.match(text, following, hi) is not None):
            return cend
        return min(cend, self._appositive_end(verb, cstart, cend, frags, comma=first.start()))

    def _second_predicate_end(self, verb: str, lo: int, vstart: int, cstart: int, cend: int,
                              frags: "Intervals") -> int:
        """'mocked the harbour board, talked over its members and left early', 'urged the council to act, proposed
        that …': after an object (or an infinitive) with no verb of its own, a comma and a past tense with the start
        of its own object is the subject's next predicate, not more of what was said. So after a verb that takes
        a clause but took a noun phrase ('recounted her years at the port, praised …'), at the object's first comma.
        (A reported clause is left alone: 'said the mayor, a sailor, wrote …' has its own verb after its subject's
        aside, 'said the ruling, issued on Monday, was final' after a participle's; so is a cue inside a relative
        clause, whose comma `_report_end` reads.)"""
        text = self.text
        # a verb that takes a clause may have taken a noun phrase instead ("recounted her years at the port,
        # praised …"); the predicate must then come at the first comma, as an aside after a subject would not
        noun_object = verb in CLAUSE_VERBS and not text.startswith("to ", cstart)
        if noun_object and _THAT_BEFORE.search(text, max(0, cstart - 10), cstart) is not None:
            return cend     # ('noted that the surveys, made …': a clause's subject)
        if _OPENS_A_CLAUSE.match(text, cstart, cend) or verb in _NAMING_VERBS \
                or (noun_object and _SUBJECT_OPENS.match(text, cstart, cend) is not None):
            return cend     # ('described how the mayor, as a candidate, ran …': a clause after all)
        if _may_hold(text, max(0, vstart - 90), vstart, "who", "which") \
                and (_RELATIVE_OPEN_BEFORE.search(text, max(0, vstart - 90), vstart) is not None
                     or _SUBJECT_RELATIVE_BEFORE.search(text, max(0, vstart - 40), vstart) is not None):
            # ('Ruiz, who has long dismissed the recall, floated …': the sentence's own verb, whose words the
            # corpus reads as a report of their own as often as not)
            return cend
        second = _COMMA_PREDICATE.search(text, cstart, cend) if _may_hold(text, cstart, cend, ",") else None
        if second is None or frags.any_within(second.start(), cend + 1) \
                or _holds_a_finite_verb(text, cstart, second.start()) \
                or (noun_object and (text.find(",", cstart, second.start()) != -1
                                     or self._aside_closes_before_a_predicate(second.end(), cend))):
            return cend
        return second.start()

    def _aside_closes_before_a_predicate(self, start: int, end: int) -> bool:
        """Does a comma after ``start`` close an aside with a predicate after it ('said the ruling, issued at the
        paper's request, was final')? Then the "-ed" word opened a participle's aside inside the clause, not
        the subject's next predicate."""
        comma = self.text.find(",", start, end)
        return comma != -1 and _PREDICATE_START.match(self.text, comma + 1, end) is not None

    def _adjunct_end(self, verb: str, cstart: int, cend: int, frags: "Intervals") -> int:
        """'attacked the plan during the debate', 'condemned the launch as the missiles fell': the object of a
        verb that takes no clause ends where a subordinate clause or a phrase of when and where begins. So does a
        noun phrase after a verb that may take one ('recounted the incident in an interview', 'denied the
        charges in a statement'): with no clause, the phrase tells where the saying was, not what was said. (There
        only a phrase of where ends it, and a subordinate word only when it plainly tells when, "mentioned Hale
        until the last day": "wrote an assessment of cases before the court", "hopes to win while flouting the
        rules", "worry about portrayals of them during the campaign" go on with what was reported.)"""
        text = self.text
        may_take_a_clause = verb in CLAUSE_VERBS
        if may_take_a_clause and (_reads_as_a_clause(text, cstart, cend) or _THAT_BEFORE.search(
                text, max(0, cstart - 10), cstart) is not None or _CLAUSE_WORD.search(text, cstart, cend) is not None):
            return cend
        adj = _OBJECT_ADJUNCT.search(text, cstart, cend)
        while adj is not None and frags.contains(adj.start()):
            adj = _OBJECT_ADJUNCT.search(text, adj.end(), cend)
        if adj is None or len(_words(text[cstart:adj.start()])) < 1 or frags.any_within(adj.start(), cend + 1) \
                or (may_take_a_clause and _PHRASE_OF_WHERE.match(text, adj.start()) is None) \
                or _FINITE.search(text, cstart, adj.start()) is not None \
                or (_PHRASE_OF_WHEN.match(text, adj.start()) is not None
                    and _VERB_PHRASE_OBJECT.search(text, cstart, adj.start()) is not None):
            # (after a verb phrase, "means to air spots during the festival", "accused Hale of lying at a rally", a
            # phrase of when or where is the reported act's, as after a noun it is the saying's)
            adj = None
        sub = self._subordinate_after_noun(cstart, adj.start() if adj is not None else cend, frags)
        if sub is not None and not (may_take_a_clause and _SINCE_OR_UNTIL.match(text, sub) is None):
            return sub
        return adj.start() if adj is not None else cend

    def _subordinate_after_noun(self, cstart: int, cend: int, frags: "Intervals") -> Optional[int]:
        """'attacked the ban after the vote', 'denied the charges because …': after an object that is a noun
        phrase alone, a subordinate clause or a phrase of time says when or why the subject acted, not what
        was said. (After a verb phrase, 'urged voters to stay home after the storm', it modifies that verb
        and stays.)"""
        text = self.text
        sub = _SUBORDINATE_AFTER.search(text, cstart, cend)
        while sub is not None and frags.contains(sub.start()):
            sub = _SUBORDINATE_AFTER.search(text, sub.end(), cend)
        when = _WHEN_CLAUSE_AFTER.search(text, cstart, sub.start() if sub is not None else cend) \
            if _may_hold(text, cstart, cend, " when ") else None
        if when is not None and not frags.contains(when.start()) \
                and next(iter(self.cues.finditer(when.end(), cend)), None) is None:
            # (not when the clause holds a report of its own: "rebuked Hale when he called for …" reads as one)
            sub = when
        if sub is None or len(_words(text[cstart:sub.start()])) < 1 or frags.any_within(sub.start(), cend + 1) \
                or _FINITE.search(text, cstart, sub.start()) is not None \
                or _VERBAL.search(text, cstart, sub.start()) is not None:
            return None
        return sub.start()

    def _dash_end(self, cstart: int, cend: int, frags: "Intervals", words: int = 3) -> int:
        """'said the pier would close — and the ferry stopped too': a lone dash after a report starts the
        writer's words again (an aside between two dashes, '— and only then —', stays in the report). A report
        needs ``words`` words before it: three for a clause, one for the object of a verb that takes none
        ('endorsed Ruiz — the first time …')."""
        text = self.text
        dash = _DASH.search(text, cstart, cend) if _may_hold_a_dash(text, cstart, cend) else None
        while dash is not None and frags.contains(dash.start()):
            dash = _DASH.search(text, dash.end(), cend)
        if dash is None or len(_words(text[cstart:dash.start()])) < words or frags.any_within(dash.end(), cend + 1):
            return cend
        if _DASH.search(text, dash.end(), cend) is not None:
            return cend     # a second dash closes an aside
        goes_on = _DASH_GOES_ON.match(text, dash.end(), cend)
        if goes_on is not None and goes_on.group().strip() not in SPEECH:
            # "— including the pier", "— and that …", "— leaving the ferry idle": the report narrowed, goes
            # on, or says what followed from it (not "— insisting that …", a report of its own)
            return cend
        if self._dash_goes_on_the_report(cstart, dash, cend):
            return cend
        return dash.start()

    def _dash_goes_on_the_report(self, cstart: int, dash, cend: int) -> bool:
        """Does the phrase after a lone dash go on with the report rather than start the writer's words?

        "wants to be the party's choice — and the chief rival to Hale": "and" then a phrase with no verb or
        subject of its own adds one more item to what was said (a clause after it, "— and the mayor agreed",
        is the writer's). "hoped the surge was a mirage - a mix of fame and luck", "sought to pose as a
        healer - a calm voice in a loud race": a noun phrase right after the noun a predicate ends in (after
        "is", "was" or "as") renames that noun, as one repeating it does ("is in a slump — a slump that …");
        after any other report such a phrase is most often the writer's note on the whole of it ("— a claim
        the council denies")."""
        text = self.text
        words = _words(text[dash.end():cend])
        if not words:
            return False
        if words[0].lower() == "and" and len(words) >= 2 and _FINITE.search(text, dash.end(), cend) is None \
                and not any(w.lower() in _SUBJECT_PRONOUNS for w in words[1:]):
            return True
        if words[0].lower() not in ("a", "an") or len(words) < 2:
            return False
        before = _words(text[max(cstart, dash.start() - 60):dash.start()])
        if len(before) >= 2 and before[-1].lower() == words[1].lower():
            return True     # ("in a slump — a slump that …")
        return _PREDICATE_NOUN_LAST.search(text, max(cstart, dash.start() - 60), dash.start()) is not None

    def _gerund_subject(self, lo: int, vstart: int, hi: int) -> Optional[Speaker]:
        """Who speaks in "Trump answered by saying …" (the sentence's subject before it) or in "After saying
        he was nervous, the man …" (the subject after the opening phrase)."""
        text = self.text
        if text[lo:vstart].strip(" \u00a0").count(" ") >= 1:
            return sentence_subject(text, lo, vstart, self.cast, vstart)
        comma = text.find(",", vstart, hi)
        if comma == -1:
            return None
        return subject_after(text, comma + 1, hi, self.cast, vstart)

    def _title_closes(self, lo: int, vstart: int) -> bool:
        """Do the quoted words closing just before the verb at ``vstart`` give a work its title ("The paper,
        titled «…», argues that …")? Then the comma after them ends an aside, not a quote the verb attributes."""
        last = self.quoted.last_end_before(vstart)
        span = self.quoted.containing(last - 1) if last is not None and last > lo else None
        return span is not None and not self.text[span[1]:vstart].strip(" ,\u00a0") \
            and _AFTER_TITLED.search(self.text, max(lo, span[0] - 12), span[0]) is not None

    def _subject_before_aside(self, lo: int, vstart: int, verbless: bool = False) -> Optional[Speaker]:
        """The subject of a sentence whose verb comes after an aside set off by commas or dashes.

        With ``verbless`` (the clause after the verb was known only by its opening word) the words before the
        aside must hold no finite verb outside a relative clause: "This was the Trump we knew, …, claims that
        …" is a clause of its own, and the verb after the aside goes on a list inside it."""
        text = self.text
        aside = _ASIDE_START.search(text, lo, vstart)
        if aside is None or aside.start() <= lo:
            return None
        end = aside.start()
        start = lo + len(_LEADING_CONJUNCTION.match(text, lo, end).group())
        dashed = _DASHED_ASIDE_BEFORE.search(text, max(lo, vstart - _DASHED_ASIDE_REACH), vstart)
        if dashed is not None and dashed.start() > end:
            # "Even if Ruiz wins, pilots in the next two ports — Ashford and Dover — said …": the aside is the one
            # the dashes set off right before the verb, and the subject follows the comma before it
            end = dashed.start()
            start = max(start, text.rfind(",", lo, end) + 1)
            while start < end and text[start] in " \u00a0":
                start += 1
        n = len(_words(text[start:end]))
        if n > _ASIDE_SUBJECT_WORDS:
            return None
        finite = _FINITE.search(text, start, end) if verbless or n > _SHORT_ASIDE_SUBJECT_WORDS else None
        if finite is not None and _SUBJECT_RELATIVE.search(text, start, finite.start()) is None \
                and not (verbless is False and _PARTICIPLE_PHRASE.match(text, finite.start(), end)):
            # (a long subject must read as a noun phrase: "Veterans interviewed at rallies this week, including
            # Ana Ruiz, said …", "Voters who have listened to him for years, …, said …"; not "Kasich offered
            # the man a job, then says …")
            return None
        if n > _SHORT_ASIDE_SUBJECT_WORDS:
            # the head noun opens a long phrase: in "Dock workers interviewed at rallies in Dover" the word
            # before the aside is a place the phrase goes on to, so the phrase is read up to its participle or
            # its relative clause
            modifier = _SUBJECT_MODIFIER.search(text, start, end)
            if modifier is not None and modifier.start() > start:
                end = modifier.start()
        return subject_before(text, start, end, self.cast, vstart) or bare_subject(text, start, end, self.cast)

    def _report_end(self, verb: str, lo: int, subject_start: int, vstart: int, cstart: int, cend: int,
                    frags: "Intervals") -> int:
        """Where a report ends when the sentence goes on past it.

        A report inside an opening subordinate clause ("Although he said he would hold a
        hearing, it is unlikely …") ends where that clause does, at its comma; a refusal
        ("declined to comment, returned …") at its first comma, dash or "but". (Cutting every
        object-taking verb the same way, "praised X, who …", lost as many reports as it mended
        on the dev set: their objects often run on past a comma.) So does a report inside a
        subordinate clause that opens after a conjunction or mid-sentence ("And while the poll
        showed X, the race …", "…: while Comey talked about X, he …"). A report in a relative clause
        ends where the sentence's own verb comes: after the comma that closes it ("Ruiz, who said …, withdrew"),
        or, in the subject's relative clause with no comma ("Pilots who say … were ignored"), before the verb.
        """
        text = self.text
        if _may_hold(text, max(lo, vstart - 40), vstart, "hose") \
                and _THOSE_WHO_BEFORE.search(text, max(lo, vstart - 40), vstart) is not None:
            return self._those_who_end(verb, cstart, cend, frags)
        if _may_hold(text, max(lo, vstart - 90), vstart, "who", "which") \
                and (_RELATIVE_BEFORE.search(text, max(lo, vstart - 90), vstart) is not None
                     or _RELATIVE_WITH_SUBJECT_BEFORE.search(text, max(lo, vstart - 60), vstart) is not None
                     and (_PREDICATE_START.match(text, cstart, cend) is not None
                          or _PRESENT_PREDICATE_START.match(text, cstart, cend) is not None)):
            # (or a relative clause whose pronoun is the subject of the reported clause: 'the levy, which
            # officials said will start in May, spares ferries': the report opens with its predicate)
            # the relative clause ends where the sentence's own verb comes: "…, recounted", "…, is making";
            # whatever its verb ("…, who has endorsed the plan, also praised …")
            # ('Ruiz, who called the levy “theft,” voted …': the relative clause's comma set inside the closing
            # marks closes it too, and the report with the marks)
            for stop in _OBJECT_END_OR_MARKED_COMMA.finditer(text, cstart, cend):
                end, marks = stop.end(), None
                if stop.group("marks") is not None:
                    marks = frags.containing(stop.start())
                    if marks is None or self._comma_in_marks(frags, stop.start()) \
                            or _SAYING_NEXT.match(text, marks[1], min(cend, marks[1] + 40)) is not None:
                        # (not before a verb of saying, 'Ruiz, who calls Bell a “fraud,” said …': the corpus
                        # leaves the quoted words of such a relative clause unmarked as often as not)
                        continue
                    end = marks[1]
                if _RELATIVE_CLAUSE_CLOSES.match(text, end, min(cend, end + 40)) is not None \
                        and len(_words(text[cstart:stop.start()])) >= 1 \
                        and (not frags.any_within(stop.start(), cend + 1)
                             or (self._reporting_verb_at(end, cend) and not _negated_before(text, vstart, verb))) \
                        and not self._unfinished_clause(cstart, stop.start(), cend):
                    # (quoted words after the sentence's own verb of speech are its report's, not the relative
                    # clause's: 'Ruiz, who thinks the board erred, called the law “much better”'; but 'Ruiz, who did
                    # not say the board erred, said …' tells who speaks, and the corpus reads it as the speaker's)
                    return marks[1] if marks is not None else stop.start()
            return cend
        if _may_hold(text, max(lo, vstart - 40), vstart, "who") \
                and _SUBJECT_RELATIVE_BEFORE.search(text, max(lo, vstart - 40), vstart) is not None \
                and _LEADING_CONJUNCTION.match(text, lo, subject_start).end() == subject_start:
            return self._subject_relative_end(verb, cstart, cend, frags)
        if _may_hold(text, max(lo, vstart - 40), vstart, "who") \
                and self._unknown_group_before_who(max(lo, vstart - 40), vstart):
            # "… heard from fishermen who oppose the levy, and …", "there are boatbuilders who back her, Bell
            # said …": a relative clause with no comma that defines a group elsewhere in the sentence ends as one
            # after "those" does
            return self._those_who_end(verb, cstart, cend, frags)
        opening = _SUBORDINATE_OPENING.match(text, lo, subject_start)
        if opening is None and _may_hold(text, subject_start, vstart, "who") \
                and _WHO_RIGHT_BEFORE.search(text, max(subject_start, vstart - 40), vstart) is not None:
            # "Among those who want a new pier, most …": a group that a relative clause defines, in a phrase
            # opening the sentence; its report ends with the phrase, at the comma
            opening = _GROUP_OPENING.match(text, lo, subject_start)
        if opening is not None and _ASIDE_START.search(text, opening.end(), subject_start) is not None:
            opening = None      # "But while X happens, officials say …": the subordinate clause closed before them
        if verb not in _REFUSALS and opening is None \
                and _SUBORDINATOR_BEFORE.search(text, max(lo, subject_start - 16), subject_start) is None:
            return cend
        # (the first stop outside quoted words: 'When Ruiz said the pier was “old, rotten and unsafe,” the council
        # …' ends at the comma set inside the closing marks, with them, not at the quoted words' own comma)
        for stop in _OBJECT_END_OR_MARKED_COMMA.finditer(text, cstart, cend):
            marks = frags.containing(stop.start())
            if marks is not None and (stop.group("marks") is None or self._comma_in_marks(frags, stop.start())):
                continue
            if len(_words(text[cstart:stop.start()])) < 1 or (
                    frags.any_within(stop.start(), cend + 1)
                    and not self._clause_of_speech_at(marks[1] if marks is not None else stop.end(), cend)):
                # (quoted words after it go on the report, unless a clause of speech of its own holds them: 'When
                # Bell said the pier was unsafe, Ruiz called the claim “theater”')
                return cend
            return marks[1] if marks is not None else stop.start()
        return cend

    def _clause_of_speech_at(self, pos: int, hi: int) -> bool:
        """Does a clause of its own open at ``pos``, a short subject and then a verb of speech or stance ('…,
        Ana Ruiz said only that …', '…, the council called the claim “theater”')? What follows is its report.
        (Not a verb set off by a comma, '…, Ruiz said, “we were floored”': an attribution of the words around it.)"""
        cue = self.cues.search(pos, min(hi, pos + _OWN_CLAUSE_REACH))
        if cue is None or cue.group("verb").endswith("ing") \
                or (cue.group("verb") not in SPEECH and cue.group("verb") not in STANCE) \
                or self._parenthetical_attribution(cue):
            return False
        return _OWN_CLAUSE_SUBJECT.fullmatch(self.text, pos, cue.start()) is not None

    def _reporting_verb_at(self, pos: int, hi: int) -> bool:
        """Does a verb of speech or stance open the predicate at ``pos`` (after an adverb at most), as the
        sentence's own verb after a relative clause does ('…, called the law “much better”')? Then what follows
        it is that verb's report."""
        start = _ADVERB_LEAD.match(self.text, pos, hi).end()
        cue = self.cues.search(start, min(hi, start + 40))
        return cue is not None and cue.start() == start \
            and (cue.group("verb") in SPEECH or cue.group("verb") in STANCE)

    def _those_who_end(self, verb: str, cstart: int, cend: int, frags: "Intervals") -> int:
        """'those who say the pier is unsafe outnumber …', 'Among those who want a new pier, most …': a report in
        the relative clause that defines "those" ends where the clause does, at a comma, a bracket, a dash or quoted
        words, or before the verb of the sentence the group is in, whatever that verb is ('… tended to back
        Ruiz', '… split evenly'). A clause's own verb comes first ('the pier is unsafe')."""
        text = self.text
        clause = _THAT_BEFORE.search(text, max(0, cstart - 10), cstart) is not None \
            or verb in CLAUSE_VERBS and not text.startswith("to ", cstart) and _PREPOSITION_NEXT.match(text, cstart) is None
        own_verbs = 1 if clause else 0
        stop = _RELATIVE_CLAUSE_STOP.search(text, cstart, cend)
        end = stop.start() if stop is not None else cend
        marks = frags.first_start_from(cstart)
        if marks is not None and marks < end:
            end = marks
        verbs = {cue.start("verb") for cue in self.cues.finditer(cstart, end) if not cue.group("verb").endswith("ing")}
        verbs |= {group.start() for group in _AUXILIARY_GROUP.finditer(text, cstart, end)}
        verbs |= {past.start() for past in _PAST_AFTER_NOUN.finditer(text, cstart, end)
                  if _PARTICIPLE_OF_NOUN.match(text, past.end()) is None}
        for at in sorted(verbs):
            if _VERB_GOES_ON.search(text, max(cstart, at - 12), at) is not None:
                continue
            if _PRONOUN_SUBJECT_BEFORE.search(text, max(cstart, at - 6), at) is not None:
                own_verbs = 0
                continue
            if own_verbs:
                own_verbs -= 1
                continue
            if len(_words(text[cstart:at])) >= 1:
                return at
        return end if len(_words(text[cstart:end])) >= 1 else cend

    def _subject_relative_end(self, verb: str, cstart: int, cend: int, frags: "Intervals") -> int:
        """'Pilots who say the ferry is unsafe were ignored', 'Senators who wanted to attend could be forced to
        …': a report in a relative clause on the sentence's subject ends where the sentence's own verb comes,
        with no comma to mark it.

        The report's own verb comes first when it is a clause ('the ferry is unsafe'). A verb after 'and', 'or'
        or 'to' goes on with the report ('… was unsafe and had been for years'), one after a relative pronoun, a
        subordinator or a pronoun belongs to a clause inside it, a participle after a comma to a list ('angry
        about the fares, worried about …'). Where the sentence's own verb is one of saying ('Activists who want
        to ban it said …') the report is left whole: the corpus leaves the relative clause's report unmarked as
        often as not, and a second report of the subject's own would need its subject found past the clause.
        """
        text = self.text
        clause = _THAT_BEFORE.search(text, max(0, cstart - 10), cstart) is not None \
            or verb in CLAUSE_VERBS and not text.startswith("to ", cstart)
        own_verbs = 1 if clause else 0
        cues = {cue.start("verb"): cue.group("verb") for cue in self.cues.finditer(cstart, cend)
                if not cue.group("verb").endswith("ing")}
        for at in sorted(cues.keys() | {group.start() for group in _AUXILIARY_GROUP.finditer(text, cstart, cend)}):
            if at in cues and cues[at] not in SAYING_VERBS and text[max(cstart, at - 3):at].rstrip().endswith(","):
                continue    # '…, worried about …': a list's participle
            if _VERB_GOES_ON.search(text, max(cstart, at - 12), at) is not None:
                continue
            if _PRONOUN_SUBJECT_BEFORE.search(text, max(cstart, at - 6), at) is not None:
                own_verbs = 0   # 'who say it is unsafe': the sentence's subject is no pronoun
                continue
            if own_verbs:
                own_verbs -= 1
                continue
            if at in cues or len(_words(text[cstart:at])) < 1 or frags.contains(at) or frags.any_within(at, cend + 1):
                return cend
            return at
        return cend

    def _subordinate_clause_end(self, lo: int, vstart: int, cstart: int, cend: int, frags: "Intervals") -> int:
        """'Years after the mayor claimed the pier was safe, the council closed it', 'The ruling, in which the
        judge cited public interest, was issued Monday': a report inside a subordinate or relative clause that
        the sentence's own clause or predicate follows ends at the comma where they begin. (Only there: a
        comma inside the report, 'claimed the pier, the ferry and the port were safe', ends nothing; but the
        sentence's comma set inside the closing marks, as American style does, is the sentence's: 'When Ruiz said
        the pier was “a death trap,” the council shut it' ends the report with the marks.)"""
        text = self.text
        if not _cue_in_subordinate_clause(text, lo, vstart):
            return cend
        for comma in _CLAUSE_RESUMES.finditer(text, cstart, cend):
            if (frags.contains(comma.start()) and self._comma_in_marks(frags, comma.start())) \
                    or len(_words(text[cstart:comma.start()])) < 2:
                continue
            marks = frags.containing(comma.start())
            if frags.any_within(comma.start(), cend + 1) \
                    and not self._clause_of_speech_at(marks[1] if marks is not None else comma.start() + 1, cend):
                return cend     # quoted words after it: the report goes on (unless a clause of speech holds them)
            return marks[1] if marks is not None else comma.start()
        return cend

    def _asked(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"Asked about the fee, the mayor said …": the question put to the sentence's subject, which is no words
        of the subject's (the one who answers is not the one who asked, whom the sentence does not name)."""
        text = self.text
        comma = text.find(",", m.end(), hi)
        if comma == -1:
            return None
        cstart = m.end()
        particle = _PARTICLE.match(text, cstart, comma)
        if particle is not None:
            cstart = particle.end()
        while cstart < comma and text[cstart] == " ":
            cstart += 1
        speaker = subject_after(text, comma + 1, hi, self.cast, m.start())
        if speaker is None:
            # "Asked whether the ferry should stay, 75 percent said yes": answered by people the cast
            # doesn't know; the phrase up to their verb is kept as written
            cue = self.cues.search(comma + 1, min(hi, comma + 120))
            if cue is not None and cue.group("verb") in SPEECH:
                speaker = bare_subject(text, comma + 1, cue.start(), self.cast)
        if speaker is None or len(_words(text[cstart:comma])) < 2:
            return None
        asker, after_asker = _asker(text, cstart - 1, comma)
        if asker is not None:
            cstart = _skip_leading(text, after_asker, comma)
        kind = "partial" if frags.any_within(cstart, comma + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, comma)], kind=kind, speaker=asker, cue="Asked",
                           rule="Asked …, (the question)", confidence=0.6, paragraph=pi, windows=[(lo, hi)])

    def _question(self, m, pi: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"… he said when asked about the tariffs", "the actress was asked if she had …": the question put.

        Whoever answers is not the one who asked; the asker is named only by "by X".
        """
        text = self.text
        speaker, cstart = _asker(text, m.end(), hi)
        cstart = _skip_leading(text, cstart, hi)
        question = _QUESTION_START.match(text, cstart, hi)
        if question is None:
            return None
        cstart = question.start(1)
        if question.group(1).lower() == "about":
            cstart = _skip_leading(text, question.end(1), hi)    # "asked about the tariffs": the topic asked about
        cend = text.find(",", cstart, hi)
        cend = hi if cend == -1 else cend
        while cend > cstart and text[cend - 1] in " .!?;:\u00a0\n":
            cend -= 1
        if len(_words(text[cstart:cend])) < 2:
            return None
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker,
                           cue=m.group().strip(), rule="asked (the question)", confidence=0.5, paragraph=pi,
                           windows=[(m.start(), hi)])

    def _next_reporting_clause(self, lo: int, hi: int, frags: Optional["Intervals"] = None,
                               finding: bool = False, takes_a_clause: bool = False) -> Optional[int]:
        """Where "…, and three-quarters said …" / "… but said" starts a second report inside [lo, hi); a verb
        of stance starts one straight after the conjunction, in a form of its own ("… and opposes the pier").

        In a ``finding`` (what a poll or a study shows) a verb of speech with a subject of its own after the
        conjunction is the next finding ("found 40 percent back the levy and 30 percent say …"), not a second
        report.

        A verb inside quoted words ('“since she believes in us and she believes …”') starts none.
        """
        for c in self.cues.finditer(lo, hi):
            verb = c.group("verb")
            if (verb not in SPEECH and verb not in STANCE) or (frags is not None and frags.contains(c.start("verb"))):
                continue
            head = self.text[max(lo, c.start() - 40):c.start()]
            if verb in SPEECH or verb in STANCE:
                # "…, although he tweeted that …", "… in May, he pointedly denounced …": a subject of its own (not
                # after an opening subordinate clause or phrase: in "that although Hale owned up, he felt no regret"
                # the pronoun is the subject of the clause reported)
                m = _OWN_SUBJECT_BEFORE.match(head)
                if m is not None and not self._parenthetical_attribution(c):
                    cut = c.start() - len(head) + m.start()
                    marks = len(m.group()) - len(m.group()[1:].lstrip(_CLOSING_MARKS)) - 1
                    if marks and (frags is None or not frags.contains(cut)
                                  or _NOTHING_AFTER_THE_VERB.match(self.text, c.end()) is not None
                                  or _adjunct_only(self.text, c.end(), hi) is not None):
                        # (after quoted words, '…,” she said.' is their attribution, no clause of its own)
                        continue
                    if marks:
                        # ('says he “loves the port,” he also …': the sentence's comma set inside the closing
                        # marks; the marks end the quoted words and the report)
                        cut += 1 + marks
                    # (nor after one set off by commas: "that lately, when he speaks, he is asked …")
                    aside = self.text.rfind(",", lo, cut) + 1 or lo
                    if _OPENING_ADJUNCT.match(self.text, lo, cut) is None \
                            and _OPENING_ADJUNCT.match(self.text, aside, cut) is None:
                        # ("…, and, still later, he attacked …": the conjunction and its aside go with the new clause)
                        joined = _CONJ_ASIDE_BEFORE.match(self.text, max(lo, cut - 40), cut)
                        return joined.start() if joined is not None else cut
            sub = None if finding else self._subordinate_subject_start(lo, c, head, takes_a_clause)
            if sub is not None:
                return sub
            if (verb in SPEECH or verb.lower() in _SHARE_CHOICE) and not finding:
                # ("46 percent would choose Ruiz, and 44 percent would back Vale": each share its own choice)
                share_at = self._share_opens_a_report(lo, c)
                if share_at is not None:
                    return share_at
            if verb in SPEECH:
                m = _CONJ_BEFORE.match(head)
                if m is not None and _CONJ_THAT.match(head, m.start()) is not None:
                    continue    # "said the boat sank and that one crew member was found": a second that-clause
                if m is not None and finding and _CONJ_RIGHT_BEFORE.match(head) is None:
                    continue
                if m is not None and self._goes_on_a_verb_phrase(verb, lo, c.start() - len(head) + m.start(), m):
                    continue    # "says he would sit Hale down and tell him …": the report's own verb goes on
                if m is not None and self._verb_inside_conjunct(c, m):
                    continue    # "persuade ports and airlines to agree …": the verb is the conjunct's, not a report's
                if m is not None and takes_a_clause and self._second_thought_of_the_clause(verb, lo, c, m, head):
                    continue    # "said she was tired and wanted a change": the reported subject's own mind
                if m is not None and takes_a_clause and self._compound_subject(lo, c.start() - len(head) + m.start(), m):
                    continue    # "said both she and Moreno promised …": one subject of the reported verb
            elif _second_stance_verb(self.text, c, head):
                if takes_a_clause and head.endswith(" and ") and _MODAL_OR_TO.match(self.text, c.start()) is not None:
                    # "said it was concerned and would discuss …": the reported clause's verb goes on (after
                    # "but" the subject's own: "confirmed the closure but would not discuss the cost")
                    continue
                m = _CONJ_BEFORE.match(head)
                if m is not None and takes_a_clause and self._second_thought_of_the_clause(verb, lo, c, m, head):
                    continue
                m = _CONJ_RIGHT_BEFORE.match(head)
            else:
                conj = None if finding else self._conjoined_subject_start(lo, c, head, takes_a_clause)
                if conj is None:
                    continue
                return conj
            if m is not None:
                return c.start() - len(head) + m.start()
        return None

    def _share_opens_a_report(self, lo: int, c) -> Optional[int]:
        """Where a share or a count of people after a comma or a conjunction opens a report of its own for the verb
        of speech ``c``: "… said they back the levy, and nearly two in five said …", "40 members have said they
        back it, 12 have said they oppose it": each share of those asked says its own thing (in a finding, what a
        poll found, the shares are read as one result and this is not asked)."""
        text = self.text
        share = share_of_people(text, lo, c.start())
        start = share.start if share is not None else None
        if start is None:
            count = _COUNT_BEFORE.search(text, max(lo, c.start() - 40), c.start())
            start = count.start("count") if count is not None else None
        if start is None:
            return None
        last = text[start:c.start()].split()[-1:]
        if start <= lo or not last or text[start:c.start("verb")].split()[-1] == "than" \
                or not _may_end_a_share(last[0]):
            # ("…, more than half a point less than forecast": a comparison; "half a percentage point": a noun)
            return None
        brk = _BREAK_BEFORE_A_SHARE.search(text, max(lo, start - 12), start)
        return brk.start() if brk is not None and brk.start() > lo else None

    def _conjoined_subject_start(self, lo: int, c, head: str, takes_a_clause: bool) -> Optional[int]:
        """Where "and"/"but" opens a clause of its own for the verb of stance ``c`` (``head`` the text before it):
        "… opposed the levy, and Governor Bell wants the port closed", "… but her deputy does see a way out".

        The words between the conjunction and the verb are all a subject the verb agrees with, so they start a
        second sentence joined to the report, whose object or clause is that subject's stance, not part of what
        the first verb reported (not a share of those polled: a poll's results are read as one). With no comma
        before the conjunction that holds only after the object of a verb that takes no clause, and not after a
        pronoun: "said she and the family planned …", "what he and many members see as …" join two subjects of
        one verb, and "said the pier closed and Hale wants …" may go on with what was said. (Deciding, "…, and he
        decided …", tells what someone chose to do, seldom a stance.)
        """
        if c.group("verb").lower() in _DECIDE_FORMS:
            return None
        conj = _CONJ_THEN_SUBJECT.match(head)
        if conj is None:
            return None
        at = c.start() - len(head)
        if not head.startswith(",", conj.start()) \
                and not self._conjoins_after_an_object(at + conj.start(), takes_a_clause):
            return None
        if not self._own_subject_between(at + conj.end("conj"), c):
            return None
        return at + conj.start()

    def _subordinate_subject_start(self, lo: int, c, head: str, takes_a_clause: bool) -> Optional[int]:
        """Where "when", "after", "before", "while" or "even as" and a subject pronoun open a clause of their own for
        the cue ``c`` (``head`` the text before it) after a report from ``lo`` that is no clause: "praised the
        crews when he opened the pier", "pledged to fix the ramp after she introduced a bill that …", "conceded
        some delays even as he defended the plan".

        The clause says when the speaker made the report before it, and its verb reports something of its own, so
        the first report ends before the subordinator. ("when I asked …", "when we spoke": the writer's own clause
        tells how the report came about, and stays with it.) A subject that is no pronoun is left alone: "rebuked Hale
        when the mayor called for …", "at a time when many voters are asking …" hold the clause in the report (a
        relative on "time", or what the rebuke was for) as often as not. So is a reported clause ("said he was
        calm before he claimed …", "said the ferry sank after …"), whose subordinate clause is as often a part of
        what was said, and a finding ("shows Ruiz ahead while other polls show …"); a bare "as" ("as he said", "as
        many had hoped") compares or attributes more often than it tells when. Nor after a person alone
        ("rebuked Dunne when he called for …"): the clause tells what the person did to earn the stance, and
        reads as part of it. A report that holds a clause
        ("asked whether she lied when she testified", "eager to prove that she is as strong as when she …") is
        read as a clause too.
        """
        sub = _SUBORDINATOR_THEN_PRONOUN.match(head)
        if sub is None or self._parenthetical_attribution(c):
            return None
        text = self.text
        at = c.start() - len(head)
        if _SUBJECT_OPENS.match(text, lo, at) is not None or _THAT_BEFORE.search(text, max(0, lo - 10), lo) \
                or (takes_a_clause and _FINITE.search(text, lo, at + sub.start()) is not None) \
                or _CLAUSE_WORD.search(text, lo, at + sub.start()) is not None \
                or _DASH_BEFORE_CONJ.search(text, max(lo, at + sub.start() - 4), at + sub.start()) is not None \
                or _PERSON_OBJECT.fullmatch(text[lo:at + sub.start()].strip()) is not None \
                or not self._own_subject_between(at + sub.end("sub"), c):
            # (nor one set off by a dash, "that Ruiz — even as she says …, — has …": an aside inside the clause)
            return None
        return at + sub.start()

    def _own_subject_between(self, subject_at: int, c) -> bool:
        """Do the words from ``subject_at`` to the cue ``c`` make a subject of the cue's verb, all of them and in
        agreement with it (and not a share of those polled, "… and 42 percent favored …", whose list of results is
        read as one finding)?"""
        text = self.text
        subject = subject_before(text, subject_at, c.start(), self.cast, c.start())
        if subject is None or text[subject_at:subject.start].strip() or subject.end > c.start() \
                or text[subject.end:c.start()].strip():
            return False
        if share_of_people(text, subject_at, c.start()) is not None:
            return False
        return c.start() < c.start("verb") or _agrees(c.group("verb").lower(), subject)

    def _conjoins_after_an_object(self, conj: int, takes_a_clause: bool) -> bool:
        """May the bare "and"/"but" at ``conj`` open a second clause after the report's object: the report's verb
        takes no clause, and the word before the conjunction is no pronoun (one of a compound subject)."""
        if takes_a_clause:
            return False
        before = self.text[max(0, conj - 12):conj].split()
        return bool(before) and before[-1].lower() not in _SUBJECT_PRONOUNS

    def _compound_subject(self, lo: int, conj: int, m) -> bool:
        """Is the conjunction at ``conj`` (``m`` its match, up to the verb) the "and" of a compound subject that
        opens the report at ``lo`` ("said his own polls and other research show …", "said both she and Moreno
        promised …")? The words before it are a few and hold no verb and no comma: a noun phrase, not a first
        report, so the verb after them is the reported clause's own, and its words stay the outer report's."""
        words = m.group().split()
        if m.group().lstrip().startswith(",") or words[:1] != ["and"] or len(words) < 2 \
                or words[1:] in (["that"], ["this"], ["it"]):
            # ("praised the plan and said …": a second verb of the sentence's own subject; "said the ferry
            # sank and that worried …": a clause before, whose verb may be one the verb test misses)
            return False
        text = self.text
        return conj - lo <= _COMPOUND_SUBJECT_REACH and len(_words(text[lo:conj])) <= _COMPOUND_SUBJECT_WORDS \
            and _FIRST_CONJUNCT.match(text, lo, conj) is not None and not _may_hold_a_dash(text, lo, conj) \
            and text.find(",", lo, conj) == -1 and _VERBAL.search(text, lo, conj) is None \
            and not _reads_as_a_clause(text, lo, conj)

    def _goes_on_a_verb_phrase(self, verb: str, lo: int, conj: int, m) -> bool:
        """Is ``verb``, straight after the conjunction at ``conj``, a base form that joins a modal or an
        infinitive of the report before it ("he would sit Hale down and tell him …", "to fix the pier and say
        so")? Then it is the report's verb, not a second verb of the speaker."""
        if m.group().lstrip().startswith(",") or m.group().split()[-1:] not in (["and"], ["or"]) \
                or not _is_base_form(verb):
            return False    # (", and admit that …" after a comma is as often the speaker's second verb)
        return _MODAL_OR_TO.search(self.text, lo, conj) is not None

    def _verb_inside_conjunct(self, c, m) -> bool:
        """Is the verb of speech ``c``, a few words after "and"/"but" (``m`` the conjunction and those words),
        the conjunct's own and no second report's: an infinitive ("persuade ports and airlines to agree to pay"),
        a relative clause on the conjunct ("floods in Ashford, Dover and beyond that she laid at the old dam") or a
        participle that describes it ("the letters and kind words sent in by neighbours")? The words after the
        conjunction then go on the noun phrase of the report before it."""
        between = [w.lower() for w in m.group().lstrip(", ").split()[1:]]
        if len(between) >= 2 and between[-1] == "to" and not between[-2].endswith("ing") \
                and between[-2] not in _FOCUS_ADVERBS:
            return True     # (not "and refusing to admit …", "but only to say …": a second predicate, a purpose)
        if any(w in _CONJUNCT_RELATIVES for w in between[1:]):
            return True
        return c.group("verb").endswith("ed") and self.text.startswith(" by ", c.end())

    def _second_thought_of_the_clause(self, verb: str, lo: int, c, m, head: str) -> bool:
        """Is the verb of thinking or wanting ``c``, straight after "and"/"but" (``m`` the conjunction and at most
        an adverb), a second predicate of the reported clause from ``lo``, which reads as a clause ("said she was
        tired of the delays and wanted a new pier", "said he was pleased but still feared the storm")? What
        someone thought or wanted, told after what they said of themselves, is still what they said; a verb of
        saying there ("… and urged …", "… and said …") is the speaker's next report, as before."""
        if verb.lower() not in _MIND_VERBS:
            return False
        text = self.text
        # (not "… and has long believed …": an auxiliary of its own, as often the speaker's)
        between = [w.lower() for w in m.group().lstrip(", ").split()[1:]] \
            + text[c.start():c.start("verb")].lower().split()
        if any(w not in _MIND_ADVERBS for w in between):
            return False
        conj = c.start() - len(head) + m.start()
        if _DASH_BEFORE_CONJ.search(text, max(lo, conj - 4), conj) is not None:
            return False    # ("… a mock debate — and thinks …": the dash breaks off the reported clause)
        return conj - lo >= 8 and _reads_as_a_clause(text, lo, conj)

    def _parenthetical_attribution(self, c) -> bool:
        """Is the cue ``c`` set off by commas as an aside ("the ferry, he said, was late")? Then it attributes the
        words around it and starts no clause of its own."""
        return self.text.startswith(",", c.end()) or self.text.startswith(" ,", c.end())

    def _in_poll(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"In a Harbor Times poll in May, she led by 9 points": the poll reports the clause after it."""
        text = self.text
        if _LEADING_CONJUNCTION.match(text, lo, m.start()).end() < m.start():
            return None     # only at the start of its sentence (after "But", "And")
        span = self._clause_after(m.end(), hi, frags, opener=_POLL_MORE)
        if span is None:
            return None
        cstart, cend = span
        phrase_start = m.start() + len(m.group("in"))
        while text[phrase_start] in " \u00a0":
            phrase_start += 1
        phrase_end = m.end() - 1
        speaker = Speaker(mention=text[phrase_start:phrase_end].strip(), start=phrase_start, end=phrase_end)
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker, cue=m.group("in"),
                           rule="in a poll, clause", confidence=0.6, paragraph=pi, windows=[(lo, hi)])

    def _poll_closes(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"Ruiz leads Hale by 9 points in a Harbor Times poll released Sunday.": a named poll closing its sentence
        measured the standing the clause before it gives; the poll, as written, is the source (bare "the polls"
        is a manner of speaking about the race, "has soared in the polls", and reports nothing)."""
        text = self.text
        if _GENERIC_POLLS.fullmatch(m.group("source")) is not None:
            return None     # (described, the polls are some polls: "in polls taken in May")
        if m.group("note") is not None and _FINITE.search(m.group("note")) is not None:
            return None     # ", a lead that has grown": a clause of its own, not a note
        colon = text.rfind(":", lo, m.start())
        if colon != -1:
            lo = colon + 1      # "He needs one: he is running fifth in …": the clause after the colon
        cstart = _LEADING_CONJUNCTION.match(text, lo, m.start()).end()
        opener = _POLL_RESULT_OPENER.match(text, cstart, m.start())
        if opener is not None:
            cstart = opener.end()   # "In March, Ruiz had 38 percent": when, and the result follows
            more = _OPENER_GOES_ON.match(text, cstart, m.start())
            if more is not None and _FINITE.search(text, cstart, more.end()) is None:
                cstart = more.end()     # "By May 18, a week after the vote, Ruiz …": the when goes on
        earlier = _IN_A_POLL.search(text, cstart, m.start())
        if earlier is not None:
            # "Ruiz came in second in May polls, while Hale moved up in a later survey": each poll its own
            # result, the second clause after its conjunction; with none, the second poll only compares
            # ("…, against a third of them in an older survey")
            joint = _NEXT_RESULT.search(text, earlier.end(), m.start())
            if joint is None:
                return None
            cstart = joint.end()
        cend = m.start()
        while cend > cstart and text[cend - 1] in " ,\u00a0":
            cend -= 1
        if len(_words(text[cstart:cend])) < 3 or _POLL_RESULT.search(text, cstart, cend) is None \
                or _NOT_A_RESULT_CLAUSE.search(text, cstart, cend) is not None:
            return None
        speaker = Speaker(mention=m.group("source"), start=m.start("source"), end=m.end("source"))
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker, cue="in",
                           rule="clause in a poll", confidence=0.6, paragraph=pi, windows=[(lo, hi)])

    def _poll_places(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"The Harbor poll has Ruiz leading Hale by six points", "A Coast survey puts her approval at 49 percent",
        "the tally gives Ruiz a 9-point lead": a poll that has, puts or gives someone somewhere reports the
        standing, from its object on; the poll, as written up to its noun, is the source."""
        text = self.text
        poll = document_subject(text, lo, m.start(), self.cast, governed=m.group("verb").endswith("ing"))
        if poll is None or _POLL_NOUN.search(poll.mention) is None \
                or not text[poll.end:m.start()].strip(" \u00a0") == "" and \
                _POLL_DESCRIBED.fullmatch(text, poll.end, m.start()) is None:
            return None
        span = self._clause_after(m.end("verb"), hi, frags)
        if span is None:
            return None
        cstart, cend = span
        more = _WITH_MORE.search(text, cstart, cend)
        if more is not None:
            cend = more.start()     # "…, with a Coast poll giving her …": the next poll's own result
        if _POLL_RESULT.search(text, cstart, cend) is None or len(_words(text[cstart:cend])) < 3:
            return None
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=poll, cue=m.group("verb"),
                           rule="poll places someone", confidence=0.6, paragraph=pi, windows=[(lo, hi)])

    def _support_from(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"Ruiz drew strong support from older voters", "Hale earned the backing of 41 percent": those after the
        preposition back the subject of the verb of gaining, which is what they are reported to support."""
        text = self.text
        verb_at = m.start()
        aux = _AUX_BEFORE_GAINING.search(text, max(lo, verb_at - _SUPPORT_SUBJECT_GAP), verb_at)
        if aux is not None:
            verb_at = aux.start()     # "Ruiz has also won …": the subject is before the auxiliaries
        subject = subject_before(text, lo, verb_at, self.cast, verb_at)
        if subject is None or subject.end < verb_at - 2 or frags.any_within(subject.start, m.end()):
            return None
        backers = source_as_written(text, m.end(), hi)
        if backers is None or backers.start != m.end():
            return None
        more = _BACKERS_END.search(text, backers.start, backers.end)
        if more is not None:
            if more.group() in (" by", " who", " whom", " which", " that"):
                return None     # "won the backing of crowds by echoing …": how the subject won it
            backers = replace(backers, mention=text[backers.start:more.start()], end=more.start())
        return Attribution(pieces=[Span(subject.start, subject.end)], kind="indirect", speaker=backers,
                           cue=m.group("noun"), rule="subject, support from source", confidence=0.5, paragraph=pi,
                           windows=[(lo, hi)])

    def _support_among(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        """"Her support among older voters", "Ruiz's deep support among fishers": the group after "among" backs the
        one whose support it is, the possessor, which is the report."""
        text = self.text
        group = _GROUP_BEFORE_PREDICATE.match(text, m.end(), hi)
        if group is None or frags.any_within(m.start(), group.end()) \
                or _BACKERS_END.search(text, group.start(), group.end()) is not None:
            return None     # (nor "among those who …": a group its own clause defines)
        backers = Speaker(mention=group.group(), kind="group", start=group.start(), end=group.end())
        return Attribution(pieces=[Span(m.start("owner"), m.end("owner"))], kind="indirect", speaker=backers,
                           cue=m.group("noun"), rule="possessor, support among source", confidence=0.5,
                           paragraph=pi, windows=[(lo, hi)])

    def _according_to_whom(self, at: int, hi: int) -> Optional[Speaker]:
        """'Vela left the capital because, according to him, the network had cut his story': "him", "her"
        or "them" alone after "according to" is the one its subject form would find, "he", "she", "they"
        (not "according to her lawyer": a possessive)."""
        obj = _OBJECT_PRONOUN_ALONE.match(self.text, at, hi)
        if obj is None:
            return None
        word = obj.group("pronoun")
        sp = _pronoun(self.text, _SUBJECT_FORM[word.lower()], obj.start("pronoun"), obj.end("pronoun"), self.cast,
                      obj.start("pronoun"))
        sp.mention = word
        return sp

    def _according(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        text, cast = self.text, self.cast
        speaker = self._according_to_whom(m.end(), hi) or document_source(text, m.end(), hi) \
            or subject_after(text, m.end(), hi, cast, m.start())
        if speaker is None:
            # "according to exit polls", "according to a 2014 study": a source nobody in the cast
            speaker = source_as_written(text, m.end(), hi)
            if speaker is None:
                return None
        # the phrase ends at the next comma (or the sentence end)
        comma = text.find(",", speaker.end, hi)
        phrase_end = comma if comma != -1 else hi
        extra = None
        if text[lo:m.start()].rstrip(" ,\u00a0").endswith(":"):
            lo = m.start()      # "And voters have seen it: According to new surveys, …": the report follows
        before = text[lo:m.start()].strip(" ,\u00a0")
        if before and (_OPENER_ONLY.fullmatch(before) is not None or (
                comma != -1 and _NEEDS_MORE_AT_END.search(before) is not None)):
            # "Now, according to the poll, some are swinging": an opener, and the report follows; "He left
            # after, according to him, the board cut his pay": the source, set off by commas, interrupts a
            # clause at a word that needs more after it, and vouches for what follows
            before = ""
        pointing = _POINTING_IS.fullmatch(before) if before else None
        if pointing is not None:
            # "That’s according to exit polls.": the demonstrative stands for what the sentence before said, and
            # it is what the source reports, one word as it is
            start = lo + text[lo:m.start()].index(before)
            kind = "partial" if frags.any_within(start, start + pointing.end("word") + 1) else "indirect"
            return Attribution(pieces=[Span(start, start + pointing.end("word"))], kind=kind, speaker=speaker,
                               cue="according to", rule="that is according to", confidence=0.6, paragraph=pi,
                               windows=[(lo, hi)])
        if before:
            cstart, cend = lo, m.start()
            if comma != -1 and text[lo:m.start()].rstrip().endswith(","):
                # "Among the rules in doubt, according to Ms. Vela, are nine permits": the clause goes on
                # after the source, unless what follows describes the source ("…, a polling firm.")
                rest_start = comma + 1
                while rest_start < hi and text[rest_start] in " \u00a0":
                    rest_start += 1
                rest_end = hi
                while rest_end > rest_start and text[rest_end - 1] in " ,.!?\u00a0\n":
                    rest_end -= 1
                if len(_words(text[rest_start:min(rest_end, rest_start + 80)])) >= 3 \
                        and (_clause_follows(text, rest_start, rest_end)
                             or _PARTICIPLE_GOES_ON.match(text, rest_start, rest_end) is not None) \
                        and _SOURCE_APPOSITIVE.match(text, rest_start, rest_end) is None:
                    extra = Span(rest_start, rest_end)
        else:
            cstart, cend = phrase_end + 1, hi
            described = appositive_end(text, speaker.end)
            if described is not None and text.startswith(",", described) and described < hi:
                cstart = described + 1  # "According to Ben Osei, an analyst at …, the cuts …": after his role
            if _SOURCE_AT_WORK_THEN_COLON.match(text, cstart, cend) is not None:
                # "According to Ana Ruiz, writing for the Gazette:": a participle of where the source spoke, and
                # the words follow the colon (a block quote of their own)
                return None
        while cend > cstart and text[cend - 1] in " ,.!?\u00a0\n":
            cend -= 1
        while cstart < cend and text[cstart] in " ,\u00a0":
            cstart += 1
        # ("Turnout, according to the clerk, has doubled": with what goes on after the source, one or
        # two words before it are enough)
        if len(_words(text[cstart:cend])) + (len(_words(text[extra.start:extra.end])) if extra else 0) < 3:
            return None
        pieces = [Span(cstart, cend)] + ([extra] if extra is not None else [])
        kind = "partial" if frags.any_within(cstart, pieces[-1].end + 1) else "indirect"
        return Attribution(pieces=pieces, kind=kind, speaker=speaker, cue="according to",
                           rule="according to", confidence=0.75, paragraph=pi, windows=[(lo, hi)])


# after "according to" and its source: a participle of speaking or writing and then only a colon ("According to Ana
# Ruiz, writing for the Gazette:")
_SOURCE_AT_WORK_THEN_COLON = regex.compile(r"[,\s\u00a0]*(?:writing|speaking|reporting|testifying|posting|blogging)\b"
                                          r"[^:.;!?\n]{0,80}:\s*$")
_CLOSERS = {"”", "’", "\"", "'", "»", "''"}
# "That’s", "This is", "That was" and nothing else before "according to"
_POINTING_IS = regex.compile(r"(?P<word>That|This|Which)(?:[’']s|\s+(?:is|was))")
_ASKED_BY = regex.compile(r"\s+by\s+(?P<who>(?:(?!(?:on|in|at|during|about|if|whether|to|why|what|how|who|when|where|which)\b)[\p{L}.’'\-]+\s*){1,6})")
# words before a closing attribution's subject that may open its noun phrase: up to this many
_NOUN_PHRASE_FRONT_WORDS = 5
# words that open a clause or an adjunct, not a noun phrase ("…, even before the mayor said")
_CLAUSE_FRONT_WORDS = {"after", "before", "since", "until", "unless", "once", "even", "then", "now", "also", "just",
                       "only", "still", "however", "whom", "like", "unlike", "despite", "amid", "among", "against"}


def _fronts_a_noun_phrase(words: list[str]) -> bool:
    """Could ``words`` (between a comma and a closing attribution's subject) be the front of that subject's
    noun phrase: determiners, possessives and modifiers ("the news site", "Ruiz’s longtime adviser"), with no
    preposition, pronoun or other word of a clause of their own ("…, as the mayor said", "…, which is why the
    mayor said")?"""
    if not words or len(words) > _NOUN_PHRASE_FRONT_WORDS:
        return False
    lows = [w.lower() for w in words]
    opening = 0
    while opening < len(lows) and lows[opening] in DETERMINERS:
        opening += 1
    # (a determiner after a noun opens a phrase of its own: "…, a plan the mayor said" is the writer's)
    return all(is_possessive(w) or (low not in FUNCTION_WORDS and low not in DETERMINERS and low not in _SUBJECT_PRONOUNS
                                    and low not in _PREPOSITIONS and low not in _CLAUSE_FRONT_WORDS and w[:1].isalpha())
               for w, low in zip(words[opening:], lows[opening:]))


def _words_before_appositive(text: str, verb: str, comma: int, cend: int) -> int:
    """How many words a report needs before the comma of an appositive that ends it: four, or
    `_APPOSITIVE_OBJECT_WORDS` for the object of a verb that takes no clause ("attacked the Ferry Act, the law
    …") when the phrase runs to the end with no comma of its own (one with a comma after it, "asked Ana Ruiz, the
    chair, to …", closes an aside and the object goes on) and is no list's last item ("the roads, the schools and
    the ferry")."""
    if verb in CLAUSE_VERBS or _SECOND_COMMA.search(text, comma + 1, cend) is not None \
            or _LAST_LIST_ITEM.search(text, comma + 1, cend) is not None:
        return 4
    return _APPOSITIVE_OBJECT_WORDS


def _quoted_up_to(frags: "Intervals", cstart: int, tail) -> bool:
    """Is all the report has before a `_CLAUSE_TAIL` one quoted passage, its comma inside the marks ('denounced
    “self-rule,” which is …')? The marks bound what was said however few its words, and the tail is the
    writer's."""
    span = frags.containing(cstart)
    return span is not None and span[0] == cstart and bool(tail.group("close")) and span[1] == tail.end("close")


def _tail_reach(verb: str, tail) -> int:
    """How many words a report needs before a `_CLAUSE_TAIL` for the tail to end it: three, or two for the object
    of a verb that takes no clause ("opposed the levy, down from …", "backed the effort, attending …"), whose
    object is often a noun and its article. (Not before a clause of its own, "…, who …", "…, though …": after
    so short an object it is as often part of what was said, "accused Ana Ruiz, who …, of …"; nor before a
    noun phrase, "worried about her son, a student at …", which after two words says who they are.)"""
    words = tail.group().split()
    if words[-1] == "to" and words[-2] == "according":
        return 1    # "said little, according to an aide": whose account it is, after any report
    if verb in CLAUSE_VERBS or words[-1] in _CLAUSE_TAIL_OPENERS or words[1] in ("a", "an"):
        return 3
    return 2


def _asker(text: str, pos: int, hi: int) -> tuple[Optional[Speaker], int]:
    """Who put a question, when "asked" at ``pos`` names them ("asked by Ivo Marsh whether …"), and where the
    question starts. The asker is kept as written, not entered in the cast: the "he" who answers next is not
    the asker."""
    by = _ASKED_BY.match(text, pos, hi)
    if by is None:
        return None, pos
    who = by.group("who").rstrip()
    return Speaker(mention=who, start=by.start("who"), end=by.start("who") + len(who)), by.end()


_QUESTION_START = regex.compile(r"\s*(?:[\p{L}.’']+\s+){0,6}?((?:whether|if|how|why|what|who|whom|where|when|which|"
                                r"about|to)\b)", regex.I)
# after a quote: "the email read", "it read", "read the statement", "reads one sign"
_DOCUMENT = (r"(?P<doc>(?:the|a|an|one|its|his|her|their)\s+(?:[\p{L}\p{N}’'\-]+\s+){0,6}?[\p{L}’'\-]+|it"
             r"|one|another)")
_READ_AFTER = regex.compile(r"[\s,]*(?:%s\s+(?P<verb>read|reads|states|state)|(?P<verb>read|reads|states)\s+%s)"
                            r"(?:\s+(?:in|on)(?:\s+[\p{L}\p{N}’'\-]+){1,4})?\s*[.,;]" % (_DOCUMENT, _DOCUMENT))
# after a quote, a verb of speech, then a document: “…,” said the ruling. / “…,” begins a scripted message that …
_DOCUMENT_SAID_AFTER = regex.compile(r"[\s,]*(?P<verb>said|says|begins|began|concludes|concluded|declares|declared"
                                     r"|adds|added|notes|noted|warns|warned)\s+%s"
                                     r"(?:\s+(?:in|on|of|from|that|which)(?:\s+[\p{L}\p{N}’'\-]+){1,6})?\s*[.,;]"
                                     % _DOCUMENT)
# the documents a quote's words may be read out of ("said the ruling"; "said the mayor" is a person)
_SPEAKING_DOCUMENTS = {"ruling", "report", "statement", "editorial", "letter", "memo", "message", "email", "post",
                       "filing", "complaint", "order", "opinion", "indictment", "lawsuit", "ad", "advertisement",
                       "release", "notice", "decision", "verdict", "document", "documents", "study", "survey",
                       "poll", "tweet", "sign", "banner", "note", "motion", "brief", "petition", "resolution",
                       "platform", "manifesto", "transcript", "affidavit", "warrant", "summary", "script"}
# what follows a verb of speech when its sentence reports words of its own: a colon, or a clause
_OPENS_OWN_REPORT = regex.compile(r"\s*(?::|(?:that\s+)?(?:he|she|they|it|we|i|you|there)\s)")
_MANNER = set(MANNER_VERBS)
_THAT_CLAUSE_ONLY = _MANNER | set(QUOTING_VERBS) | {   # (with no quote of theirs, they report only a that-clause)
    # ("“…,” she interrupted" quotes; "kept interrupting the mayor" cuts someone off and reports nothing)
    "interrupt", "interrupts", "interrupted", "interrupting"}
# whom it was said to, then the that-clause: "confided to her that …", "vented to her aide, Tom Hale, that …"
_TO_WHOM_THEN_THAT = regex.compile(r" to [^.;:!?“”\"]{1,60}? that ")
_NAME = r"(?P<name>(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]+)"
# ("“…,” an angry Ruiz retaliated.": an article and a word or two of how they were may come before the name)
_NAME_VERB_AFTER = regex.compile(r"[\s,]*(?:(?:(?:an?|the)\s+(?:\p{Ll}+\s+){1,2})?%s\s+(?P<verb>\p{Ll}{3,}ed)"
                                 r"|(?P<verb>\p{Ll}{3,}ed)\s+%s)"
                                 r"(?:\s+(?:in|at|on|during|after|before|with|to)(?:\s+[\p{L}\p{N}’'\-]+){1,6})?\s*[.!?]"
                                 % (_NAME, _NAME))
# "…, Nefzi said, adding": the participle right after a verb of saying shares that verb's subject
_JUST_SAID = regex.compile(r"\b(?:said|says|told|added|wrote|noted|explained|argued|insisted)(?:\s+\p{L}+){0,2},?\s*$")
_PREVIOUS_SENTENCE_WORDS = 30   # "Bystrom agreed." before a quote that names nobody
# a transcript's speaker label: one to three words in capitals and a colon ("JAKE TAPPER: …")
_TRANSCRIPT_LABEL = regex.compile(r"(?P<label>(?:\p{Lu}{2,}[.'’\-]?\s){0,2}\p{Lu}[\p{Lu}'’\-]+)\s?:\s+")
_OPENERS = {"“", '"', "«", "„", "‘"}
# after a quote, an outlet that quotes someone: ', the agency quoted a defence official as saying.'
_AS_SUBJECT = {"him": "he", "her": "she", "them": "they"}
_AS_SAYING = r"\s+as\s+(?:saying|telling\s[^.;:!?\"“”\n]{1,60}?)\s*[.!?]"
_OUTLET_BEFORE_QUOTED = regex.compile(r"[,\s]{1,3}[^.;:!?\"“”\n]{1,80}\s")
_QUOTED_WHO = regex.compile(r"quoted\s+(?!by\s)(?P<who>[^.;:!?\"“”\n]{1,80}?)" + _AS_SAYING)
_WAS_BEFORE_QUOTED = regex.compile(r"[,\s]{1,3}(?P<who>[^.;:!?\"“”\n]{1,80}?)\s+(?:was|were|is|are)\s+")
_QUOTED_BY = regex.compile(r"quoted\s+by\s+[^.;:!?\"“”\n]{1,80}?" + _AS_SAYING)
# an interview's labels for a question and its answer, opening a paragraph ("Q: …", "A. …")
_QUESTION_LABEL = regex.compile(r"Q(?:uestion)?\s?[:.]\s")
_ANSWER_LABEL = regex.compile(r"A(?:nswer)?\s?[:.]\s*")
# quoted words that no one spoke: a transcript's note in brackets and capitals ("(CROSSTALK.)", "(APPLAUSE)"),
# or the writer's credit line ("Follow Ana Ruiz on Twitter @aruiz.")
_NOT_SPOKEN = regex.compile(r"\s*[(\[]\p{Lu}[\p{Lu}\s]{2,40}[.!]?[)\]][.!]?\s*"
                            r"|\s*Follow\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,4}on\s+(?:Twitter|Facebook|Instagram)"
                            r"(?:\s+(?:at\s+)?@\w{1,30})?[.!]?\s*")
_NOT_LABELS = {"NOTE", "UPDATE", "UPDATED", "BREAKING", "WATCH", "EDITOR'S NOTE", "EDITOR’S NOTE", "PHOTO", "VIDEO",
               "READ", "RELATED", "CORRECTION", "ABSTRACT", "FULL TEXT", "TRANSCRIPT", "LISTEN", "SEE ALSO", "UPI",
               "AP", "CNN", "LIVE", "QUESTION", "ANSWER", "WARNING", "SPOILER", "DISCLOSURE", "FILE", "TIMELINE",
               "MORE", "ALSO", "PLUS", "BONUS", "SOURCE", "SOURCES", "CLICK HERE", "FACT CHECK", "EXCLUSIVE"}
# the last words of a report that leads in to a quote: a participle or verb that gives the words of a
# document or an utterance (and to whom), then a comma or a colon ("… stating,", "… telling them,", "… which
# reads,", "whispered to him:"); and the opening mark right after it
_LEADS_IN_THE_QUOTE = regex.compile(r"(?<!\p{L})(?:saying|stating|reading|reads|states|writing|"
                                    r"(?:telling|whispered|whispering)(?:[^\S\n]+(?:to[^\S\n]+)?"
                                    r"(?:him|her|them|us|me|reporters|supporters))?)[^\S\n]*[,:][^\S\n]*$")
_LEAD_IN_TAIL = 40      # characters at a report's end that pattern may take
_MARK_OPENS_AFTER = regex.compile(r"[^\S\n]*[\p{Pi}\"'‘]")
# a time and nothing else: "shortly after 10 p.m", "late on Friday", "early this morning", "at noon"
_ONLY_WHEN = regex.compile(
    r"(?:(?:shortly|just|soon|right|minutes|hours|moments|long)\s+)?(?:after|before|at|around|by|until|late|early)?"
    r"\s*(?:on\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m|p\.m|a\.m\.|p\.m\.|am|pm|o['’]clock)|noon|midnight|dawn|dusk|"
    r"(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|tonight|"
    r"(?:%s)(?:\s+(?:morning|afternoon|evening|night))?)[.,]?" % "|".join(WEEKDAYS), regex.I)
_ONLY_WHEN_LONGEST = 40     # (longer than any time _ONLY_WHEN reads: the test is tried only on objects this short)
# the verb that gives a work and its determiner between the subject and "titled": " released a report", " has
# put out an ad" (not "spot, entitled", where the title is the subject's own aside)
_GIVES_A_WORK = regex.compile(r"\s+(?:\p{Ll}+\s+){1,3}(?:an?|the|its|his|her|their)\s")
# "titled" or "entitled" right before a quotation mark ("a memo titled “…”", "entitled, “…”")
_AFTER_TITLED = regex.compile(r"\b(?:titled|entitled)[,:]?\s*$", regex.I)
_BY_AFTER = regex.compile(r",?[ \u00a0]+by[ \u00a0]+(?=\p{Lu})")     # '” by Ana Ruiz': the author, after a title
# verbs whose object in marks is the very words uttered, however few ("saying “Too many.”")
_UTTERANCE_VERBS = {"say", "says", "said", "saying", "wrote", "writes", "write", "writing", "tweeted", "tweets",
                    "typed", "replied", "replies", "answered", "answers", "added", "adds", "whispered", "repeated",
                    "repeats", "uttered", "echoed", "echoes", "echoing", "mouthed", "mouthing", "read", "reads",
                    "reading"}
# words before an object that are no verb ("such as", "as well as", "known as" have no object before "as"; one
# serves, works or counts as something in a role, not in anyone's words)
_NOT_VERBS_BEFORE_AN_OBJECT = ("is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "as", "its",
                               "this", "that", "these", "those", "his", "hers", "their", "theirs", "ours", "yours",
                               "us", "known", "such", "well", "less", "more", "does", "gets", "goes", "comes",
                               "serves", "served", "serving", "works", "worked", "working", "acts", "acted", "poses",
                               "posed", "ranks", "ranked", "counts", "counted", "qualifies", "qualified", "registers",
                               "registered", "always", "perhaps", "the", "a", "an", "some", "all", "both", "many",
                               "most", "several", "to", "up", "at", "on", "by", "about", "with", "for", "back", "into",
                               "out", "in", "of", "off", "from", "over", "down", "around", "through", "and", "or",
                               "but", "news", "times", "series", "days", "years", "weeks", "months")
# what cannot open the object: a preposition or a conjunction, or a word that leaves the verb with none
_NOT_AN_OBJECT = ("and", "or", "but", "well", "such", "much", "long", "soon", "far", "same", "just", "only", "known",
                  "seen", "regarded", "described", "billed", "labeled", "labelled", "designated", "marked", "to", "up",
                  "at", "on", "by", "about", "with", "for", "back", "into", "out", "in", "of", "off", "from", "over",
                  "down", "around", "through", "across", "along", "is", "was", "are", "were", "be", "been")
# a verb, its object (a pronoun, or a few words) and "as" right before quoted words: "singled out the auditor as “…”",
# "referred to him as a “…”", "to portray his run as a “…”" (matched backwards from the marks, so the shortest
# object is tried first; the verb ends like one, or is a base form after "to" or a modal)
_OBJECT_AS_NAME = regex.compile(
    r"(?r)(?<![\p{L}’'\-])(?!(?:%s)\s)(?P<verb>\p{Ll}[\p{Ll}\-]*(?:ed|s|ing)|(?<=\b(?:to|will|would|can|could|"
    r"did|does|do|must|should|may|might)\s+(?:\p{Ll}+ly\s+)?)\p{Ll}[\p{Ll}\-]+)\s+(?:(?:to|after|off|up|out|on)\s+)?"
    r"(?P<obj>(?!(?:%s)\s)[\p{L}\p{N}][\p{L}\p{N}.’'\-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.’'\-]*){0,5}?)"
    r"(?<!ed|\bsuch|\bknown|\bwell)\s+as\s+(?:(?:a|an|the|simply|merely|just|a\s+mere)\s+)?[\p{Pi}\"']*$"
    % ("|".join(_NOT_VERBS_BEFORE_AN_OBJECT), "|".join(_NOT_AN_OBJECT)))
# a noun that the quoted words describe, right after them: 'a “safe harbor” mayor' (not a preposition, a
# conjunction, a relative pronoun or a day: '“a disgrace” Wednesday on …')
_NAME_GOES_ON = regex.compile(r"[\p{Pf}\"']*\s+(?!(?:to|up|at|on|by|about|with|for|back|into|out|in|of|off|from|over|"
                              r"down|around|through|during|after|before|since|until|against|and|or|but|who|which|that|"
                              r"when|while|as|than|because|if|today|yesterday|tonight|this|last|next)\b)\p{Ll}")
_VERB_WORD = regex.compile(r"(?P<verb>\p{L}[\p{L}\-]*)")
_AS_NAME_LEAD = 24         # characters between " as " and the marks ("as a mere “")
_OBJECT_AS_REACH = 90      # characters from the verb to the marks
_STRAY_FRAGMENT_WORDS = 5   # quoted words that are speech, not a title or a scare-quoted term
# "that" and a quotation mark opening: the quoted words begin a that-clause ("her claim that “…”")
# a verb ending like a participle, what it told or whom, then "that": "explaining that", "confided to her that",
# "vented to her husband, Tom Hale, that"
_VERB_THAT = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}{2,}(?:ed|ing)(?:\s+to\s+(?:[\p{L}.’'\-]+\s+){0,2}?[\p{L}’'\-]+"
                           r"(?:,\s[^,.;:“”\"]{1,40},)?)?\s+that\s(?!(?:with|to|of|in|on|for|as|is|was|would|will)\b)")
_VERB_THAT_REACH = 200
# what ends a clause inside a sentence: a semicolon, a colon, a dash
_THAT_CLAUSE_BREAK = regex.compile(r"[;:—–]|\s-{1,2}\s")
_THAT_BEFORE_MARK = regex.compile(r"(?<!\p{L})that[ \u00a0]{0,2}(?:[“\"‘]|'')$")
# a comma (inside the closing marks or after them) and "and" or "but": the sentence goes on with the writer
# ('…,” and the council never forgave him')
_COMMA_AND = regex.compile(r",?\s+(?:and|but)\s")
# a passive verb of naming right before quoted words: "the pier was dubbed “the plank”", "what had been called “…”"
# (not "being called": a gerund names nothing the sentence asserts)
_PASSIVE_NAMING = regex.compile(r"(?:(?<!\p{L})(?P<rel>what|that|which)\s+)?(?<!\p{L})"
                                r"(?:(?:has|had|have|will|would|could|may|might)\s+)?(?:is|was|were|are|been|be)\s+"
                                r"(?:\p{Ll}+ly\s+)?(?:called|dubbed|labeled|labelled|nicknamed|named|known\s+as|billed\s+as)"
                                r"\s+(?:(?:a|an|the)\s+)?$")
# where the clause of such a verb opens, within its sentence: after a comma, a dash, a colon or a conjunction
_CLAUSE_OPENING = regex.compile(r"(?:[,;:(—–]|(?<!\p{L})(?:and|but|when|after|before|because|while|if|since|although|"
                                r"though)(?!\p{L}))\s*")
_DAY_WORDS = {*WEEKDAYS, "today", "tonight", "yesterday", "later", "then", "also", "again", "night", "morning",
              "afternoon", "evening", "week"}
_AFTER_QUOTE_CUES = 2   # verbs of speech tried after a quote for its attribution
# how far after a quote its verb of speech may sit: a gap of up to 140 characters holds any speaker, a longer
# one only a person's name right after the quote with an appositive set off by commas ("“…,” Ana Ruiz,
# director of … and a professor at …, said"): a long title, not a clause of its own, stands between them
_NAMED_APPOSITIVE_GAP = 240
_SHOUTS = {"chanted", "chanting", "chant", "chants", "yelled", "yelling", "yell", "shouted", "shouting", "shout",
           "screamed", "screaming", "scream", "cheered", "cheering", "sang", "singing", "sings", "cried", "jeered",
           "jeering", "roared", "hollered", "hollering"}
_SHOUT_NOUNS = {"chants", "chant", "shouts", "cries", "chorus", "roars"}   # "to chants of “…”"
# a preposition right before a phrase (matched backwards), which makes the phrase no verb's subject: "from the
# crowd", "in the hall"
_PARTICIPLE_SHOUTER_REACH = 160   # characters back from a participle of shouting to its subject's clause
# a subordinate clause that a sentence ends on, after a comma or a dash: "…, where about 50 fishers gathered"
_TRAILING_CLAUSE = regex.compile(r"(?:,|\s[—–-]|[—–])\s*(?:where|when|as|while|after|in which|at which)\s+")
# the first article or possessive of a phrase (read where the phrase does not open with one)
_FIRST_ARTICLE = regex.compile(r"(?<![\p{L}\p{N}])(?i:the|a|an|his|her|their|its)\s")
_OBJECT_OF_A_PREPOSITION = regex.compile(r"(?r)\b(?:from|in|of|outside|inside|near|behind|among|into|across)\s+$")
# an active verb, then "with", "into" or "in" before the chant: the verb's subject made it ("responded with
# chants of", "broke into a chorus of"); not a passive one ("was greeted with chants of": heard it)
_CHANTS_MADE = regex.compile(r"(?<!\b(?:is|are|was|were|be|been|being|got|gets)\s+\p{Ll}{1,20}\s+)(?<=\p{Ll}\s+)"
                             r"(?:with|into|in)\s+(?:a\s+)?(?:%s)\s+of[\s,:]*$" % "|".join(sorted(_SHOUT_NOUNS)))
_CHANTS_MADE_REACH = 40     # characters of that lead-in before the quote


# the words of a sign, a hat or a message, led in by its verb: 'a sign that read', 'a tweet saying', 'the hat —
# which read', 'a message on Facebook reading' (not a shirt's: the print on clothes is seldom reported as words)
_INSCRIBED_NOUNS = ("signs?|placards?|banners?|hats?|caps?|messages?|tweets?|posts?|notes?|e-?mails?|"
                    "buttons?|stickers?|posters?|cards?|headlines?|captions?|billboards?")
_SENT_THINGS = {"message", "tweet", "post", "note", "email", "e-mail", "card", "caption"}   # (words of their sender)
_INSCRIBED_LEAD = regex.compile(r"(?P<thing>(?<!\p{L})(?i:a|an|the|one|this|his|her|their|its)[^\S\n]+"
                                r"(?:(?!(?i:were|was|is|are|in|on|of|with|that|which|and|or)\b|\p{Ll}+(?:ing|ed)\b)"
                                r"[\p{L}\-]+[^\S\n]+){0,3}?)?"
                                r"(?P<noun>(?i:(?<!\p{L})(?:%s)))(?:[^\S\n]+(?:on|in)[^\S\n]+\p{Lu}\p{L}+)?"
                                r"(?:[^\S\n]*[—–]+[^\S\n]*|[^\S\n]+)(?:(?:that|which)[^\S\n]+)?"
                                r"(?P<verb>read|reads|reading|said|says|saying)[^\S\n]*[,:]?[^\S\n]*$" % _INSCRIBED_NOUNS)
_INSCRIBED_REACH = 60   # characters before the mark the noun and its verb may take


def _inscribed(before: str) -> bool:
    """Do the words before a quote lead in to what a sign, a hat or a message reads ('a sign that read')?"""
    if not before.rstrip(" \u00a0,:").endswith(("read", "reads", "reading", "said", "says", "saying")) \
            or ACCORDING.search(before, max(0, len(before) - _LEAD_REACH)) is not None:
        return False    # (nor inside a report: "According to the paper, the men wore shirts that read “…”")
    return _INSCRIBED_LEAD.search(before, max(0, len(before) - _INSCRIBED_REACH)) is not None


def _shouted(before: str) -> bool:
    """Do the words before a quote lead in to a chant or a shout ('the crowd chanted', 'to chants of')?"""
    words = before.rstrip(" ,:").rsplit(None, 2)
    if not words:
        return False
    last = words[-1].lower()
    return last in _SHOUTS or (last == "of" and len(words) >= 2 and words[-2].lower() in _SHOUT_NOUNS)
_RECENT_RESULTS = 12   # attributions looked back over for the report that ends a paragraph
_ATTRIBUTION_REACH = 240  # characters of a lone attribution sentence between a report and the quote after it
_CARRY_REACH = 400  # characters between two quotes of one speaker in a paragraph ("“A,” said X, who …. “B”")
_LEAD_REACH = 300   # characters between a verb of speech and the quote it leads in to
_LEAD_WORDS = 24    # words in that lead-in ("said on the radio on Friday, in answer to …, “…”")
_REACH = 1200   # characters a reported clause and its speaker may span on either side of the cue
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_MARK_CHAR = regex.compile(r"[“”\"«»]")
# a dash that sets off an aside: a hyphen or two with spaces around, or a dash proper ("anti-tax" is no aside)
_ASIDE_DASH = regex.compile(r"\s(?:-|--)\s|[—–―]")
_DASH_BEFORE_A_QUOTE = regex.compile(r"(?:\s(?:-|--)|[—–―])\s*$")     # (the words before a quote end in it)
# a paragraph that credits an excerpt to its writer and outlet: 'From Ann Lee writing at the Harbor Ledger:'
_EXCERPT_LEAD = regex.compile(r"From[\s\u00a0]+(?:\p{Lu}[\p{L}.'’\-]*[\s\u00a0]+){1,4}(?:writing|reporting)"
                              r"[\s\u00a0]+(?:at|for|in)[\s\u00a0]+[^\n:]{1,80}:")
_EXCERPT_LEAD_REACH = 160   # characters such a paragraph may hold
_LOWER_WORD_AFTER = regex.compile(r"[ \u00a0]\p{Ll}")
# rules whose quoted words may well be a name in title case and still what was said, shown or chanted
_TITLE_KEEPING_RULES = {"title after titled", "chants of: quote", "quote, document states", "quote, document reads"}
_TERM_WORDS = 4     # a quoted term or name opening a sentence about it ("Containment", "Sons of the Pier")
# a paragraph's last character that ends a sentence or a clause, so the paragraph is no heading: a full stop, a
# colon, a headline's semicolon (its deck follows), or a closing mark of any style the marks read ('.”', '.»',
# German '.“', NYT ".''", a single mark '.’')
_ENDS_A_SENTENCE = ".!?:;…)”\"’'»“›‘"
# a clause straight after a verb of saying, no comma, preposition, day or conjunction first ('said both rivals
# are …', not 'said, alluding to …', 'said in a statement', 'said Tuesday as …')
_CLAUSE_RIGHT_AFTER = regex.compile(r"\s+(?!(?:in|on|at|with|of|to|from|for|by|during|after|before|as|while|when|"
                                    r"and|but|or|so|then|later|today|yesterday|tonight|" + _WEEKDAY + r"|"
                                    r"last|this|earlier|again|afterward)\b)\p{L}",
                                    regex.I)
# the words before ", according to X," that open the sentence, not what X says: "But", "Now", "In addition"
_OPENER_ONLY = regex.compile(r"(?:(?:but|and|yet|nor|so|now|still|also|however|meanwhile|instead|rather|moreover|indeed|"
                             r"then|thus|overall|in\s+addition|even\s+so|at\s+the\s+same\s+time)[\s,]*){1,2}", regex.I)
# a word that cannot end a clause: a preposition, a word that opens a clause, an article, a verb "be"
_NEEDS_MORE_AT_END = regex.compile(r"(?<!\p{L})(?:after|before|because|since|although|though|unless|until|if|when|"
                                   r"while|whether|than|to|of|for|with|by|from|into|the|a|an|is|are|was|were)$",
                                   regex.I)
# "…, according to court papers, becoming the owner": a participle goes on with the clause the source vouches for
_PARTICIPLE_GOES_ON = regex.compile(r"(?!(?:%s)\b)\p{Ll}{2,}ing\s" % "|".join(_NOT_PARTICIPLES))
_LIST_LAST_ITEM = regex.compile(r";\s+(?:and|or)\s")
_CLAUSE_STOP = regex.compile(r"[;!?]")
_REAL_WORD = regex.compile(r"\p{L}{3,}")
_AUDIENCE_SKIPPED = regex.compile(r"(?<!\p{L})(?:reporters|journalists|lawmakers|supporters|crowd|audience|him|her|"
                               r"them|us|me)\s*$", regex.I)
_THAT_LAST = regex.compile(r"(?<!\p{L})that\s*$", regex.I)
_AUDIENCE = regex.compile(r"\s*(?:the\s+)?(?:\p{Lu}[\p{L}.&'’\-]*\s+){0,5}\p{Lu}[\p{L}.&'’\-]*")
# verbs by which people describe themselves ("call themselves", "describing herself as", "considered
# themselves"), the reflexive after them, and where what they call themselves ends
_SELF_DESCRIBING_VERBS = {"call", "calls", "called", "calling", "describe", "describes", "described", "describing",
                          "consider", "considers", "considered", "considering"}
_BARE_QUANTIFIERS = {"most", "many", "some", "more", "few", "others", "all", "several", "both"}
_THOSE_BEFORE = regex.compile(r"\b([Tt]hose)\s+(?:who\s+)?$")
_SELF_DESCRIPTION_END = regex.compile(r"\s*[,;:.!?()—–]|\s+(?:and|but|while|with|who|than)\s")
# a pronoun or a name for what is named and the article of its name: "call it a tax", "calling Bell a fraud"
# (not the idioms of stopping: "call it a day", "called it a career")
_PRONOUN_THEN_A_NAME = regex.compile(r"\s+(?:it|him|her|them|this|that|these|those|(?:\p{Lu}[\p{Ll}.’']+\s+){0,4}\p{Lu}\p{Ll}+)"
                                     r"\s+(?:a|an|the)\s+(?!(?:day|night|career|season|draw|wash)\b)\p{Ll}")
_OBJECT_OK = {"asked", "asks", "asking", "praised", "praises", "criticized", "criticizes", "accused", "accuses", "described", "describes",
              "called", "calls", "demanded", "demands", "proposed", "proposes", "blamed", "blames",
              "calling", "describing", "accusing", "praising", "criticizing", "blaming", "demanding", "proposing"}
# ", and three-quarters " / " but " just before a second reporting verb (matched backwards)
_COMPOUND_SUBJECT_WORDS = 5     # words of the first conjunct of a subject ("his own focus groups")
_COMPOUND_SUBJECT_REACH = 60
# how the first conjunct of a reported clause's compound subject opens: a determiner, a pronoun, a name or a number
_FIRST_CONJUNCT = regex.compile(r"\s*(?:that\s+)?(?:(?:both|either)\s+)?(?:(?:the|a|an|his|her|their|its|our|my|your|this|"
                                r"these|those|he|she|they|we|I|you)\b|\p{Lu}|\p{N})")
# verbs of thinking, feeling or wanting that a reported clause's subject may go on with after "and"
_MIND_VERBS = {v for base in ("think", "hope", "expect", "fear", "believe", "want", "wish", "doubt", "prefer",
                              "support", "know", "feel")
               for v in (base + "s", base + "ed", base + "d", base + "ies", base[:-1] + "ied")} \
    | {"thought", "knew", "felt", "found", "finds"}
_DASH_BEFORE_CONJ = regex.compile(r"(?:[—–]|\s-{1,2})\s*$")
# what follows a past participle set off as a passive aside ("The plan, proposed in May, …", "…, endorsed by the
# union, …"): a preposition, "by" or the aside's closing comma
_PASSIVE_ASIDE_AFTER = regex.compile(r"\s*(?:,|(?:by|in|on|at|during|last|earlier|after|before|for|from|with|as)\b)")
_MIND_ADVERBS = {"still", "also", "always", "never", "now"}   # words that may come between "and" and such a verb
# the words that open a relative clause inside a conjunct ("and beyond that she laid at …")
_CONJUNCT_RELATIVES = {"that", "who", "which", "whom", "whose"}
# a count of people alone right before a cue's auxiliaries, after a comma or a conjunction: ", 12 have said", "and
# about 40 said" (a share, "40 percent", is read by share_of_people)
_COUNT_BEFORE = regex.compile(r"(?:,|\b(?:and|but|while|whereas))\s+(?P<count>(?:(?:about|nearly|almost|roughly|some|"
                              r"only|just|another)\s+)?\d[\d,]*)\s+$")
_COUNT_AUX = {"have", "has", "had", "also", "publicly", "since", "already"}
# the comma or conjunction right before a share that opens a report of its own
_BREAK_BEFORE_A_SHARE = regex.compile(r"(?:,[^\S\n]*(?:(?:and|but|while|whereas)[^\S\n]+)?|[^\S\n]+(?:and|but|while|whereas)"
                                      r"[^\S\n]+)$")
_CONJ_BEFORE = regex.compile(r"(?r),?\s+(?:and|but)\s+(?:[\p{L}\p{N}\-.]+\s+){0,3}")
# a comma (and a subordinator) and a pronoun opening a clause of its own right before a cue (matched backwards):
# "…, he infamously referred to …", "…, although she tweeted …"
_OWN_SUBJECT_BEFORE = regex.compile(r"(?r),[\p{Pf}\"'’]*\s+(?:(?:although|though|while|whereas)\s+)?(?:he|she|they|we|I)\s+"
                                    r"(?:(?:\p{Ll}+ly|has|had|have|also|later|then|again)\s+){0,2}")
# nothing but the sentence's end or a comma after a cue verb: "…,” she said.", "…,” he added, …"
_NOTHING_AFTER_THE_VERB = regex.compile(r"[^\S\n]*(?:[.,;:!?)\n]|$)")
# a conjunction and a short aside before such a pronoun (matched backwards): "…, and, still later, he …"
_CONJ_ASIDE_BEFORE = regex.compile(r"(?r),?\s+(?:and|but),?\s+(?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+\s*")
# what opens a clause that a main clause follows after a comma: a subordinator or a preposition
_OPENING_ADJUNCT = regex.compile(r"\s*(?:that\s+)?(?:even\s+)?(?:if|when|whenever|unless|once|because|although|though|"
                                 r"while|before|after|until|with|without|despite|given|based\s+on|since|as|in|at|on|"
                                 r"during|for|from|by|sometime|under|over|like|unlike)\b", regex.I)
# a modal or an infinitive's "to", which a base form after "and" goes on ("would sit … and tell")
_MODAL_OR_TO = regex.compile(r"(?<!\p{L})(?:would|could|will|can|should|might|must|may|to)\s|[’']d\s")
# "and that", "but that" and a subject opening what follows the conjunction: a second complement of the verb
# before ("… and that the crew was found"; not "… and that worried the town", where "that" is the subject)
_CONJ_THAT = regex.compile(r",?\s+(?:and|but)\s+that\s+\S")
# ", who saw the crash": a relative clause that runs on, no comma or clause's end in it, to a conjunction before a
# second verb (matched backwards from the conjunction)
_RELATIVE_BEFORE_CONJUNCT = regex.compile(r"(?r),\s+who\s+[^,;:.!?“”\"—–]{1,120}\s+$")
# a word that opens a clause inside a report: "asked him whether …", "eager to prove that …", "asked why …"
_CLAUSE_WORD = regex.compile(r"(?<!\p{L})(?:that|whether|why|how|what|if)\s")
# "when", "after", "before", "while" or "even as" and a third-person subject pronoun (an adverb at most) before a
# cue (matched backwards): "… when he mentions the pier", "… after she quickly suggested …"
_SUBORDINATOR_THEN_PRONOUN = regex.compile(r"(?r),?\s+(?P<sub>when|after|before|while|even\s+as)\s+"
                                           r"(?:he|she|they|it)\s+(?:(?:\p{Ll}+ly|also|then|later|again)\s+)?")
# " and " / ", but " and a few words before a verb of stance, a subject of its own (matched backwards): "…, and
# Governor Tim Bell wants …", "… but his team does see …"
_CONJ_THEN_SUBJECT = regex.compile(r"(?r),?[\p{Pf}\"'’]*\s+(?P<conj>and|but)\s+(?:[\p{L}\p{N}’'.\-]+\s+){1,5}")
# " and " / ", but " straight before a second verb of stance, no new subject between (matched backwards)
_CONJ_RIGHT_BEFORE = regex.compile(r"(?r),?\s+(?:and|but)\s+")
# a conjunction right before a cue, the word before the conjunction and the one before that
_WORD_AND_CONJ = regex.compile(r"(?r)(?:\b(?P<det>\p{L}+)\s+)?(?P<before>[\p{L}\-]+)\W{0,2}\s+(?:and|but)\s+")
# past tenses of stance verbs that do not end in "-ed"
_IRREGULAR_STANCE_PASTS = ("felt", "foresaw", "sought")
# words that end like an adjective or a participle: "an able and determined rival", "calls left unanswered and
# ignored" join two describing words, not two verbs
_DESCRIBING_ENDINGS = ("ed", "able", "ible")
# what opens the object or complement of a past tense after "and" (_AND_PREDICATE's list, and a question)
_OBJECT_OPENS = regex.compile(r"\s+(?:(?:the|a|an|another|this|these|those|his|her|their|its|my|our|to|that|him|them|it|"
                              r"on|for|with|about|against|in|how|why|whether|what)\b|\p{Lu})")


def _second_stance_verb(text: str, c, head: str) -> bool:
    """Does the verb of stance ``c``, right after "and"/"but" (``head`` the text before it), start a second
    report with the first one's subject: "supports the levy and opposes the pier", "… but has criticized it"?

    Only a verb in a finite form can: a base form after "and" goes on an infinitive or a modal ("to capitulate
    and support the deal", "law and order"), and an adjective cue wants its "is".
    """
    conj = _WORD_AND_CONJ.match(head)
    if conj is None:
        return False
    verb = c.group("verb")
    if verb.endswith("ing"):
        return False    # "his line of backing but not endorsing her": two gerunds
    if c.start() < c.start("verb"):
        return True     # "… and has criticized", "… but is optimistic that": an auxiliary makes it a verb
    if " " in verb:
        return False
    before = conj.group("before").lower()
    if verb.endswith("ed") or verb in _IRREGULAR_STANCE_PASTS:
        if before.endswith(_DESCRIBING_ENDINGS):
            return False
        if conj.group("det") and conj.group("det").lower() in DETERMINERS:
            # "the bold and determined crews" or "the levy and opposed the pier": a verb takes its object or
            # complement straight after it (as in _AND_PREDICATE), an adjective a bare noun
            return _OBJECT_OPENS.match(text, c.end()) is not None
        return True
    # after a plural noun an "-s" word is one more noun: "new faces and voices", "deals and favors"
    return verb.endswith("s") and not _plural_noun_like(before)


# ", officials said Tuesday." / ", the report says." / ", records show.": a short subject after a comma, its verb
# and at most a day, then the end of the sentence
# (the comma may stand inside closing marks: 'Vale cannot say that “from his view,” Kaler added.')
_CLOSING_SUBJECT = regex.compile(r",[”\"’]?\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+\s+$")
_SENTENCE_CLOSE = regex.compile(r"[.!?](?:\s|$)")
_NO_SENTENCE_CLOSE = _ascii_except(".!?")     # most cues are followed by a word, not a stop


def _closes_its_sentence(text: str, m, verb_starts: list[int]) -> bool:
    """Whether the cue ``m`` is the attribution after a clause, closing its sentence ("…, officials said.").

    A pronoun ("…, he said.") is left to the usual order: its clause's own subject is most often the same
    person, and the pronoun is no better a guess. Nor does a subject holding a cue of its own count
    ("…, company reports show."): which word is the verb is then unclear.
    """
    end = m.end()
    day = _day_after(text, end, end + 40)
    if day is not None:
        end = day.end()
    if (text[end:end + 1] in _NO_SENTENCE_CLOSE or _SENTENCE_CLOSE.match(text, end) is None) \
            and not _participle_of_speech_after(text, end):
        return False
    vstart = m.start("verb")
    if m.group()[:vstart - m.start()].strip():
        return False    # an auxiliary before the verb ("has said") is not the short closing form
    subject = _CLOSING_SUBJECT.search(text, max(0, vstart - 60), vstart)
    if subject is None or text[subject.start() + 1:vstart].split()[-1].lower() in PRONOUN_GENDER:
        return False
    nearest = bisect.bisect_right(verb_starts, subject.start())     # the first cue after the comma
    return nearest >= len(verb_starts) or verb_starts[nearest] >= vstart


def _participle_of_speech_after(text: str, end: int) -> bool:
    """Does a participle of speech go on after a comma at ``end`` ("…, an official said, adding that …")? It
    adds the speaker's next words, and leaves the cue before it the attribution closing the clause."""
    if not text.startswith(",", end):
        return False
    word = _WORD_AFTER_COMMA.match(text, end)
    return word is not None and word.group(1) in _PARTICIPLE_CUES


_WORD_AFTER_COMMA = regex.compile(r",[^\S\n]+(\p{Ll}+)\b")


def _attribution_aside(text: str, c) -> bool:
    """Whether the cue ``c`` is followed by a comma at once (", KING-TV reported, while …"), day and all."""
    end = c.end()
    day = _day_after(text, end, end + 40)
    return text.startswith(",", day.end() if day is not None else end)


def _plural_noun_like(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


_TELL_FORMS = {"told", "tells", "tell", "telling"}
# verbs of writing: "to" after them opens whom, not what ("wrote to the council"), and their object may be a
# work written ("wrote a memoir")
_WRITE_FORMS = {"wrote", "writes", "write", "writing"}
_TO_WHOM = regex.compile(r"\s*to\s+")
_CLAUSE_BREAK = regex.compile(r"[,;:—–]")
# verbs of speech only with a clause after them: one maintains a lead, or maintains that it is safe; one
# observes the voting or a holiday (watches, keeps it), or observes that it went well
_CLAUSE_ONLY_VERBS = {"maintain", "maintains", "maintained", "maintaining",
                      "observe", "observes", "observed", "observing"}
# whom one told and at most where, when or while what: "a Senate panel Wednesday.", "the court in his filing.",
# "his advisers as he labored …", "his audience, to loud applause:"; a clause, a quote or an infinitive after it
# ("told the crowd, he's …", "told a gathering in Ashford she will …", "told them at a rally to …") is what was told
_AUDIENCE_ONLY = regex.compile(r"\s*(?:(?:the|a|an|his|her|their|its|our|my|your|this|these|those)\s+)?"
                               r"(?:[\p{L}\-]+\s+){0,3}?(?:%s)(?:\s+(?:(?:on|last|early|late)\s+)?(?:%s|yesterday|today|"
                               r"tonight))?(?![^.;!?]{0,80}\bthat\b)"
                               r"(?:\s*[.!?:;)]"
                               r"|(?:\s*,?\s+(?:in|at|on|during|via|to|with|amid)\s+(?:[\p{L}\p{N}'’\-]+\s+){0,4}?"
                               r"[\p{L}\p{N}'’\-]+){1,3}\s*[.!?:;)]"
                               r"|\s+(?:as|while|before|after|when)\s)"
                               % ("|".join(AUDIENCE_NOUNS), "|".join(WEEKDAYS)), regex.I)
# "…, a harbor spokesman told The Ashford Times.", "…, Ruiz told Tom Bell on Friday at the quay.": a name (a
# paper, a network, a person) and perhaps when and where, then the sentence's end: whom it was told, after the
# clause that was told
# (a title's abbreviation is no sentence's end: "told Sen. Ruiz, who …")
_TOLD_A_NAME_ONLY = regex.compile(r"\s*(?:the\s+)?(?:\p{Lu}[\p{L}.&'’\-]*\s+){0,5}\p{Lu}[\p{L}.&'’\-]*?"
                                  r"(?:\s+(?:on|last|in|at)\s+(?:the\s+)?\p{L}+){0,2}"
                                  r"(?<!\b(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Mt|St|Gen|Col|Lt|Sgt|Prof|Rev|Capt|Adm|Maj|Sec))"
                                  r"\s*[.!?;)](?=\s|$)")
_OBJECT_THAT_VERBS = {"told", "tells", "tell", "telling", "warned", "warns", "reminded", "reminds", "assured",
                      "assures", "informed", "informs", "convinced", "persuaded", "promised", "promises"}
# "writes in her memoir Salt Roads that …": a prepositional phrase before the clause is not its content ("at least 20
# hurt at a shelter that …" is no such phrase but a number, and the "that" belongs to the shelter; "said through an
# interpreter that …" is through whom, but not "walked through issues that matter"); a place's name in it may hold
# a comma after a capitalised word ("said at a rally in Dunmore, Ohio, that …")
_ADJUNCT_THAT = regex.compile(r"\s*(?:(?:in|on|at(?!\s+(?:least|most)\s+\p{N})|during|after|before|to|with|from|for)\s+"
                              r"(?:(?:\p{Lu}[\p{L}'’.\-]*,|[\p{L}\p{N}'’.\-]+)\s+){0,8}?"
                              r"|through\s+(?:a|an|his|her|their|its)\s+(?:interpreter|translator|spokesman|spokeswoman|"
                              r"spokesperson|lawyer|attorney|representative|aide)\s+)that\s+")
_OBJECT_THAT = regex.compile(r"\s*(?:[\p{L}\p{N}'’.\-]+,?\s+){1,12}?that\s+")


_FIND_VERBS = {"found", "finds", "find"}
_MAKING_PLAIN = {v for v in SPEECH if v.endswith(" clear")}    # "made it clear", "makes clear", …
_REFLEXIVE_STATE_VERBS = _FIND_VERBS | {"interrupt", "interrupts", "interrupted", "repeat", "repeats", "repeated",
                                         "repeating"}
_REFLEXIVE = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(?:himself|herself|themselves|itself|myself|ourselves|yourself|yourselves)\b")
# a document's verbs of evidence in the progressive: "polling is showing …", "the data are suggesting …"
_EVIDENCE_PROGRESSIVES = frozenset({"showing", "suggesting", "indicating", "revealing", "confirming", "finding"})
# verbs of preference a share of those polled holds ("two-thirds support …"); "support" is a cue only there
_PREFERENCE_VERBS = {"support", "supports", "supported", "oppose", "opposes", "opposed", "favor", "favors", "favored",
                     "prefer", "prefers", "preferred", "want", "wants", "wanted", "reject", "rejects", "rejected", "backs", "backed"}
_PREFERENCE_NOUNS = {"support"}
# verbs of choice that are cues only after a share of those polled, which may say what it would do ("would choose")
_SHARE_CHOICE = set(SHARE_CHOICE_VERBS)
_CHOICE_AUX = {"would", "will", "might", "could", "still", "also", "not"}
# the verbs of preference whose object is the side taken, a person as much as a policy ("supports Ruiz"; not
# "wants": "wants Ruiz removed" is what is wanted done to him)
_SIDE_TAKING_FORMS = {v for base in ("support", "oppose", "favor", "prefer", "back")
                      for v in (base, base + "s", base + "ed", base + "d", base + "red")} & (_PREFERENCE_VERBS | {"back"})
# what makes such a word a verb: an auxiliary or a negation before it ("did not support", "would support"), or a
# subject pronoun or a relative pronoun ("they support", "senators who support"); a preposition after it makes
# it the noun again ("that support for the plan")
_VERB_LEADS = {"i", "we", "they", "you", "who", "also", "still", "strongly", "both", "not", "never"}
_NOUN_FOLLOWERS = regex.compile(r"\s+(?:for|from|of|among|in|on|to|is|was|has|had|will|would|could|and|or)\b|[\s,;.:]*$")


def _verb_not_noun(text: str, aux: list[str], prev_low: str, cue_end: int, hi: int) -> bool:
    """Is the cue word that is more often a noun ("support") a verb here: "did not support the levy", "they
    support it", not "support for the levy" or "the support"?"""
    if not aux and prev_low not in _VERB_LEADS and not prev_low.endswith(("n't", "n’t")):
        return False
    return _NOUN_FOLLOWERS.match(text, cue_end, hi) is None
_TOPIC_PHRASES = set(TOPIC_PHRASES)
# "backed Ruiz" takes a side, but "backed away from the deal" retreats, and "backed by the union" (a participle
# with no "was") names who takes the side of the noun before it, not what this one did
_BACK_FORMS = {"backs", "backed", "backing"}
_BACKING_AWAY = regex.compile(r"\s+(?:away|down|off|out|up|by)\b")
_KNOCKED_OVER = regex.compile(r"(?:\s+\S+){0,2}?\s+(?:out|down|over|off|back|up)\b")
# a noun phrase that opens with a determiner of something definite, or a possessive: "the bill", "Ruiz’s plan"
_DEFINITE_OBJECT = regex.compile(r"\s*(?:(?:the|this|that|these|those|his|her|its|their|our|my|your)\s|\S+['’]s\s)")
_TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "time",
               "times", "weekend", "night", "morning", "afternoon", "evening"}
# verbs of stance whose object is the thing they take a stance on ("opposed the bill", "endorsed the deal")
_STANCE_OBJECT_VERBS = {v for base in ("support", "oppose", "endorse", "favor", "reject")
                        for v in (base, base + "s", base + "d", base + "ed", base + "ing", base[:-1] + "ing")}
_EVALUATION_VERBS = {v for base in ("dispute", "question", "echo", "welcome", "challenge", "contradict", "decry",
                                    "rebuke", "tout", "champion", "acknowledge")
                     for v in (base, base + "s", base + "es", base + "d", base + "ed", base + "ing", base[:-1] + "ing")}
# participles of evidence that a document heads: "a new poll showing …", "records indicating that …"
_DOCUMENT_PARTICIPLES = {"showing", "suggesting", "indicating", "revealing", "confirming"}
_THAT = regex.compile(r"\s+that\b")
_DASH = regex.compile(r"\s[—–-]{1,2}\s?|—|--")


# punctuation that ends a clause or opens an aside: a verb after it is no longer inside the complement before it
_CLAUSE_PUNCTUATION = regex.compile(r"[,;:!?—–]")


def _nested_report(text: str, cue_end: int, span: tuple[int, int], inner_cue: int, inner: "Attribution") -> bool:
    """Whether the report ``inner`` (its cue at ``inner_cue``) is nested in the complement ``span`` of a
    verb of stance ending at ``cue_end``: "Hale rejected the notion that the council is calling her
    corrupt", "Ruiz rebuked Moreno when he called for closing the pier".

    Only with no clause punctuation between the two verbs: in "Like other owners who foresee a profit, Ruiz
    said …" the stance clause has run past its comma into the sentence's own report. Quoted words
    ('sought the vote despite what Ruiz called “a mistake”') stay the inner speaker's report.
    """
    return (span[0] <= inner_cue < span[1] and inner.kind == "indirect"
            and _CLAUSE_PUNCTUATION.search(text, cue_end, inner_cue) is None)


def _only_leads_in(text: str, last: Span) -> bool:
    """'Her office sent out an email to donors stating, “…”': a report that ends in the verb of the quote right
    after it only leads in to those words; what was said is the quote, which is read on its own."""
    return _LEADS_IN_THE_QUOTE.search(text, max(last.start, last.end - _LEAD_IN_TAIL), last.end) is not None \
        and _MARK_OPENS_AFTER.match(text, last.end, last.end + 4) is not None


def _holds_quoted_clause(text: str, fragments: "Intervals", start: int, ahead: int) -> bool:
    """Do quoted words come after ``start`` within its sentence and the ``ahead`` reach, after a finite verb or
    inside the verb's own words, with a word of the writer's before them ('that voters would “learn nothing”')?"""
    first = fragments.first_start_from(start)
    if first is None or first >= ahead:
        return False
    lead = text[start:first]
    return len(_words(lead)) >= 2 and not any(c in lead for c in ".;:!?") and _FINITE.search(text, start, ahead) is not None


def _reads_as_a_clause(text: str, lo: int, hi: int) -> bool:
    """Is [lo, hi) a clause rather than a noun phrase: does it hold a finite verb or open with a subject
    pronoun ("the ferry was late", "he fears the storm")?"""
    return _FINITE.search(text, lo, hi) is not None or _SUBJECT_OPENS.match(text, lo, hi) is not None


# a dash typed as one or two hyphens between spaces, right before a word: "… last week - saying it …"
_HYPHEN_DASH_BEFORE = regex.compile(r"\s-{1,2}\s+$")


def _hyphen_dash_before(text: str, lo: int, pos: int) -> bool:
    """Does a dash typed as hyphens (" - ", " -- ") stand right before ``pos``? It sets off a participle as
    "—" does ("… in Cleveland - saying it offered …"); "well-known" and "1-0" hold no spaced hyphen."""
    return text.find("-", max(lo, pos - 5), pos) != -1 and \
        _HYPHEN_DASH_BEFORE.search(text, max(lo, pos - 5), pos) is not None


def _may_hold_a_dash(text: str, lo: int, hi: int) -> bool:
    """False when _DASH cannot match in ``text[lo:hi]``: each of its matches holds a dash or a hyphen, and most
    reported clauses hold none (str.find is much cheaper than the regex)."""
    return text.find("-", lo, hi) != -1 or text.find("—", lo, hi) != -1 or text.find("–", lo, hi) != -1


def _first_and_but_start(text: str, lo: int, hi: int) -> int:
    """Where the first match of _AND_PREDICATE in ``text[lo:hi]`` may start at the earliest, or -1 when none can.

    Each match holds "and" or "but" with white space on both sides inside the span, after nothing but white
    space, closing marks and a comma. So the search may begin where those run back to from the first such
    word, and the regex, whose search costs many times a str.find, no longer reads the report's opening
    words one by one. (A letter or a digit is never white space, a mark or a comma: no match is passed over,
    and the first one found is the same.)"""
    first = -1
    for word in ("and", "but"):
        p = text.find(word, lo + 1, hi - 1)
        while p != -1 and (first == -1 or p < first):
            if not text[p - 1].isalnum() and not text[p + 3].isalnum():
                first = p
                break
            p = text.find(word, p + 1, hi - 1)
    if first == -1:
        return -1
    while first > lo and not text[first - 1].isalnum():
        first -= 1
    return first


# ", but that …" (a second that-clause of the same verb), or a contrast that leans on the words before it and
# has no subject of its own: ", but not the man himself", ", but rather move them", ", but also to bring …",
# ", but only a dozen boats do now", ", but still protecting …", ", but never compromise", ", but sometimes …" (not a
# second predicate of the sentence's subject, "praised the plan, but also warned …": the writer's again; after
# "rather" or "not" a participle still leans on the clause, "would not be sold, but rather leased")
# "-ing" words after a comma that open no phrase of a reported clause's own: the writer's source or a list
# ("according to", "including"), what the words drew from others ("drawing a sharp reply", "prompting calls
# for …"), how the speaker put them ("employing an old saying", "contrasting herself with her rival", "taking
# pains to …", "engaging in …"), or what the writer reads into them ("meaning she will not …")
_NOT_CLAUSE_PARTICIPLES = {"according", "including", "excluding", "speaking", "citing", "echoing", "referring",
                           "drawing", "prompting", "sparking", "triggering", "provoking", "earning", "using",
                           "employing", "deploying", "invoking", "contrasting", "taking", "engaging", "signaling",
                           "signalling", "meaning"}
_BUT_GOES_ON = regex.compile(r",[\p{Pf}\"'’]*\s+but\s+(?:that\s+(?=\p{L})|(?:not|rather|only|sometimes)\s|(?:also|still|never)\s+(?!\p{Ll}+ed\b))")
# the conjunctions that set one finding against another: "…, while 35 percent opposed it"
_CONTRASTS = {"while", "whereas"}
# the conjunctions that open a concession set off inside a clause: "the dispute, while awkward, was settled"
_CONCESSIVES = {"while", "though", "although"}
# ", though brief,", ", although culturally conservative,": a concession of at most three words between commas
_CONCESSIVE_ASIDE = regex.compile(r",\s+(?:although|though)\s+(?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+,")
# ", caring and …", ", parking lots and …", ", hiding, and …": an "-ing" word, at most one more, then "and"/"or"
_LIST_OF_ING = regex.compile(r",[\p{Pf}\"'’]*\s+\p{Ll}+ing(?:\s+[\p{L}’'\-]+)?,?\s+(?:and|or)\s")
_RELATIVE_TAIL = regex.compile(r",[\p{Pf}\"'’]*\s+%s\b" % _RELATIVE_OPENER)
_RELATIVE_REACH = 150   # characters a relative clause inside a report may run before its closing comma
# "and"/"but" then a second predicate, after at most one adverb: an auxiliary, or a past tense with its object
# or complement after it ("and accused the mayor", "and refused to"; not "the bold and determined crews")
_AND_PREDICATE = regex.compile(r"(?:,[\p{Pf}\"'’]*)?\s+(?:and|but)\s+(?:(?:\p{Ll}+ly|also|then|later|since|still|never|"
                               r"now|even)\s+)?(?:(?:has|have|had|is|was|were|did)\b|\p{Ll}{3,}ed\s+(?:the|a|an|his|her|"
                               r"their|its|to|that|him|them|it|on|for|with|about|against|in|\p{Lu}))")
# "and" (after a comma or none), at most one adverb, then a past tense with no subject before it: "and went
# home", ", and pushed to …" (_IRREGULAR_PAST's forms and a few more; "-ed" with the start of what follows it)
_AND_PAST_PREDICATE = regex.compile(
    r"(?:,[\p{Pf}\"'’]*)?\s+and\s+(?:(?:\p{Ll}+ly|also|then|later|still|never|even|soon)\s+)?"
    r"(?:(?:went|left|came|made|took|gave|told|said|wrote|spoke|met|sent|spent|held|ran|sought|urged|vowed|won|"
    r"lost|began|kept|brought|paid|stood|led)\b"
    r"|\p{Ll}{3,}ed\s+(?:the|a|an|his|her|their|its|to|that|him|them|it|on|for|with|about|against|in|home|back|"
    r"out|up|\p{Lu}))")
# a present or subjunctive finite verb of a reported clause ("is", "be scrapped", "will", "has"), and a past one
# ("was", "would"; "-ed" not after an auxiliary, where it is a participle: "be scrapped", "has raised")
_AND_PRESENT_PREDICATE = regex.compile(
    r"(?:,[\p{Pf}\"'’]*)?\s+and\s+(?:(?:\p{Ll}+ly|also|then|still|never|even|often)\s+)?"
    r"\p{Ll}{2,}(?<![su])s\s+(?:the|a|an|his|her|their|its|to|him|them|it)\b")
# (not "has"/"have": a present perfect goes on in the past, "has long admired her and liked …")
_PRESENT_FINITE = regex.compile(r"\b(?:is|are|am|be|will|can|must|shall|does|do|isn['’]t|aren['’]t|won['’]t|"
                                r"can['’]t|doesn['’]t|don['’]t)\b|\p{L}['’](?:re|ll)\b"
                                r"|\b(?i:he|she|it|that|there|what|who)['’]s\b")
_PAST_FINITE = regex.compile(r"\b(?:was|were|had|did|would|could|might|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t|"
                             r"wouldn['’]t|couldn['’]t)\b|\p{L}['’]d\b"
                             r"|(?<!\b(?:be|been|being|is|are|was|were|has|have|had|get|got)\s+)\b\p{Ll}{3,}ed\b")
# a reported clause's opening subject: "he fears …", "she'd …", "that the pier …" (not "it": as often an object)
_SUBJECT_OPENS = regex.compile(r"\s*(?:that|he|she|they|we|I|you|there)(?:\s|['’]\p{Ll})")
# the marks that may close quoted words right after a comma set inside them ('a “moderate,” a dig')
_CLOSING_MARKS = "”’\"'»"
# after quoted words closed with a comma the report goes on with "but", "where", "who", "compared to":
# 'the plan is “negotiable,” but only in its details', 'a “failed harbour,” where dockers …'
# quoted words closed with a comma, then "and" or "but" and the pronoun or possessive opening a clause of its own
# ('“unfair,” and her council voted …', '“a relic,” but he still rides it')
_NEW_CLAUSE_AFTER_MARKS = regex.compile(r",(?P<close>[\p{Pf}\"'’]{1,3})\s+(?:and|but)\s+(?:he|she|they|it|we|I|his|her|their|its)\b")
_GOES_ON_PAST_MARKS = regex.compile(r"\s+(?:but|who|where|whereas|compared|up\s+from|down\s+from)\b")
_PARTICIPLE_AFTER = regex.compile(r"\s+\p{Ll}{2,}ing\b")     # ('…,” giving states more power')
# ", the first tax …", ", a plan the council dropped": a noun phrase set off after the last comma of a report
# (or a bare plural or "one" that a relative clause describes: ", claims the board denied", ", one that …")
_APPOSITIVE = regex.compile(r",[\p{Pf}\"'’]*\s+(?:(?:the|a|an)\s|(?:one|\p{Ll}{3,}s)\s+(?:that|which)\s)[^;:]*$")
# the first such phrase, wherever the report ends; and another item of a list after it (", and the …", ", a …")
_FIRST_APPOSITIVE = regex.compile(r",[\p{Pf}\"'’]*\s+(?:the|a|an)\s")
# a comma, then a past tense and the start of its object: "…, talked over them", "…, offered a truce"
_COMMA_PREDICATE = regex.compile(r",\s+(?:(?:\p{Ll}+ly|later|then|also|still|never|now|soon|once|again)\s+)?"
                                 r"(?:won|lost|went|came|made|got|took|gave|saw|knew|thought|found|left|kept|began|"
                                 r"became|ran|held|met|paid|sent|spent|stood|fell|rose|grew|led|told|said|says|wrote|"
                                 r"tells|spoke|brought|bought|fought|sought|taught|caught|felt|heard|meant|built|drew|"
                                 r"drove|flew|threw|chose|broke|struck|swore|sold|fled|withdrew|shows|\p{Ll}{2,}ed)\s+"
                                 r"(?:the|a|an|his|her|their|its|that|him|them|it|this|these|those|himself|herself|"
                                 r"themselves|to\s+(?:\p{Ll}+|\p{Lu}\p{L}*['’]s)|over|up|out|at|how|what|why|whether)\b")
_LIST_ITEM_REACH = 80   # characters from one item of a list to the comma before the next
# a relative clause set off by a comma and still open before a cue ("…, who has both endorsed Mr. Ruiz and ")
_RELATIVE_OPEN_BEFORE = regex.compile(r"(?r),\s+(?:who|which)\s[^,;:!?“”\"—–]*$")
_OPENS_A_CLAUSE = regex.compile(r"(?:how|what|why|whether|that|if|who|whom|whose|which|where|when)\b")
_LIST_GOES_ON = regex.compile(r",[\p{Pf}\"'’]*\s+(?:(?:and|or)\s+)?(?:(?:the|a|an)\s|\p{Lu})")
# a report that opens with a subordinate clause or phrase ("that if the council paid, …", "based on the count, …")
_OPENING_CLAUSE = regex.compile(r"(?:that\s+)?(?:even\s+)?(?:if|when|whenever|unless|once|because|although|though|while|before|"
                                r"after|until|with|without|despite|given|based\s+on)\b")
# a subject and its auxiliary after the comma: the main clause after an opening one, not a noun phrase (nor one
# with a relative clause: "a plan the board had resisted", "a mayor who was born …")
_CLAUSE_AFTER_COMMA = regex.compile(r",[\p{Pf}\"'’]*\s+(?:the|a|an)\s+"
                                    r"(?:(?!(?:who|which|that|the|a|an|his|her|its|their)\s)[\p{L}\-’']+\s+){1,3}?"
                                    r"(?:would|will|could|can|should|must|may|might|is|are|was|were|has|have|had|did|does)\b")
# an opening subordinate clause, capitalised or not ("Unless the town pays, …", "By closing the pier, …"), or an
# infinitive of purpose ("To win their votes, organisers said, the party must change"), which the corpus marks as
# part of the clause it opens (an earlier convention left it out; all three in the dev set are marked in); not a
# phrase with "to" ("To the fishers, …")
_OPENING_SUBORDINATE = regex.compile(r"(?i:if|when|whenever|unless|once|because|although|though|while|before|after|"
                                     r"until|since|with|without|despite|given|by|(?:in\s+order\s+)?to(?=\s+(?!(?:the|an|"
                                     r"his|her|their|its|this|that|these|those|my|our|your|some|many|most|all|him|them|"
                                     r"us|it|you|what|whom|date)\s)\p{Ll}{2,}\s))\s")
_DAY_BEFORE_COMMA = regex.compile(r"(?i:%s)$" % "|".join(WEEKDAYS))
# words an object needs before an appositive that runs to the report's end with no comma of its own ("railed the
# Ferry Act, the law the council passed"; one with a comma after it, "asked Ana Ruiz, the chair, to …", may go on)
_APPOSITIVE_OBJECT_WORDS = 3
_SECOND_COMMA = regex.compile(r",(?!\d)")     # (not one inside a figure, "10,000")
_FIGURE_COMMA = regex.compile(r"\d,\d")     # the comma inside a figure, "10,000"
# a list's last item ("the roads, the schools and the ferry"): the phrase after the comma is an item, no appositive
_LAST_LIST_ITEM = regex.compile(r"\s(?:and|or)\s+(?:the|a|an|his|her|their|its)\s")
_APPOSITIVE_REACH = 160   # characters from an appositive's comma to the end of the report
# an earlier comma of the same list: "roads, schools, and the pier" / "roads, schools, the pier"
_ENDS_A_LIST_ITEM = regex.compile(r",[^,]{1,40}$")
# an object that stands for what was said ("as much", "so", "it", "the same", "him"), then a phrase of where,
# when or why ("said as much on the radio", "said so in May", "opposed it after the vote")
# (not "pressed them on it", "called her by a nickname": what it was about, or the name, is the report's)
_PRO_FORM_OBJECT = regex.compile(r"(?i:as\s+much|so|it|the\s+same|him|her|them)(?=\s+(?:in|on|at|during|from|before|"
                                 r"after|since|when|while|because|until|through|last|earlier)\s+"
                                 r"(?!(?:it|him|her|them|this|that)\b))")
# where or in what the object was spoken of: "during …", "in a speech", "in a ruling", "on CNN"
_OBJECT_ADJUNCT = regex.compile(r",?\s+(?:during|while|as\s+(?:he|she|they|it|we|i)\b|"
                                r"on\s+(?:CNN|MSNBC|Fox|NBC|ABC|CBS|NPR|C-SPAN)\b|"
                                r"(?:in|at|on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}\-’']+\s+){0,3}?"
                                r"(?:interviews?|statements?|speech(?:es)?|debates?|rall(?:y|ies)|conferences?|town\s+halls?|"
                                r"tweets?|posts?|appearances?|op-eds?|letters?|e-?mails?|remarks|address|page|"
                                r"rulings?|diatribes?|commercials?|broadcasts?|podcasts?|(?:news|press)\s+releases?|"
                                r"forums?|hearings?|shows?|programs?|programmes?|sessions?|columns?|floor)\b|"
                                r"through\s+(?:a|an|his|her|their|its)\s+(?:lawyers?|attorneys?|spokes(?:man|woman|person)|"
                                r"representatives?|publicist)\b)")
# the _OBJECT_ADJUNCT matches that are a phrase of when or where, not a clause ("during …", "at a rally")
_PHRASE_OF_WHEN = regex.compile(r",?\s+(?:during|in|at|on)\s")
# an infinitive or a gerund in an object ("to run ads", "Hale to recount the votes", "of grabbing her", "fact-checking
# the mayor"): a verb phrase, which a phrase of when or where after it goes on
_VERB_PHRASE_OBJECT = regex.compile(r"(?:^|(?<=\s))(?:to\s+\p{Ll}|(?:(?:of|for|by)\s+)?[\p{Ll}\-]{2,}ing\b(?=\s+\S))")
# the terms a source spoke on ("on condition of anonymity", "speaking on the condition that she not be named"):
# the writer's words, and all that follows them ("… because he was not allowed to discuss it")
# (not any condition: "would sign on the condition that the council pays" is what was said)
_ANONYMOUS_TERMS = regex.compile(r",?\s+(?:(?:speaking|only)\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+"
                                 r"(?:[\p{L}’']+\s+){1,4}?not\s+be\s+(?:named|identified|quoted|used))\b")
# a preposition (and article) a trailing phrase of time would leave behind: "over the | last month"
# a preposition whose object is the time after it: "since last year", "until Friday", "by this month"
_TIME_AS_AN_OBJECT = regex.compile(r"(?<!\p{L})(?i:since|until|till|by|before|after|from|through|than)$")
# a day, or this week, that can lie ahead ("on Friday", "this weekend"), and a report's words of what is to come
_COMING_DAY = regex.compile(r"\s+(?:(?:on|early|late)\s+)?"
                            r"(?:(?:" + _WEEKDAY + r")\s+(?:and|or)\s+)?"
                            r"(?:" + _WEEKDAY + r"|this\s+(?:week|month|year|weekend))(?:\s+(?:morning|afternoon|evening|night))?$",
                            regex.I)
# (and what may come: "schools could stay closed on Friday")
_FUTURE = regex.compile(r"(?<!\p{L})(?:could|might)(?!\p{L})|" + FUTURE_VERB, regex.I)
_DANGLING_PREPOSITION = regex.compile(r"(?<!\p{L})(?i:over|in|during|within|for)(?:\s+the)?\s*$")
# ", and" then a clause of its own: a noun phrase of a few words and a finite verb ("…, and the council has
# since …", "…, and Ben Adler disagreed"): a new participant, so the writer's words again. (Not a pronoun,
# "…, and it will all be done by May", "…, and he decided …": it takes up someone or something of the
# report and as often goes on with what was said: cutting there as well cost direct precision on the dev set.)
_AND_OWN_CLAUSE = regex.compile(
    r",[\p{Pf}\"'’]*\s+and\s+(?:(?:then|now|so|yet|still)\s+)?"
    r"(?:the|a|an|his|her|their|its|our|this|these|those|\p{Lu}[\p{L}'’.\-]*|\p{N}+|more|most|many|some|both|few)"
    r"(?:\s+[\p{L}\p{N}'’.\-]+){0,6}?\s+(?:\p{Ll}+ly\s+|also\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|"
    r"should|must|does|did|may|might|said|says|\p{Ll}+n['’]t|\p{Ll}{3,}ed)\b"
    # (or a pronoun subject, whose next word is its verb: ", and he renewed …", ", and they don't …"; "that" only as
    # "that's": ", and that the …" is a second clause of what was said; not "it", which as often stands for the
    # reported clause's own subject: "said the ferry was late, and it had been for weeks")
    r"|,[\p{Pf}\"'’]*\s+and\s+(?:(?:then|now|so|yet|still)\s+)?(?:that['’]s\b|(?:he|she|they|we|you|I)(?:['’](?:s|ll|re|ve|d|m)\b|"
    r"\s+(?:\p{Ll}+ly\s+|also\s+|even\s+)?(?!and\b|or\b)\p{Ll}{2,}\b))")
# a subordinator that opens a clause or phrase of when or why ("after the vote", "because it …"); not the
# particle of "go after", nor "right before" / "shortly after" read as one adverb of time, nor "week after
# week"; "hours after the vote": the measure of time goes with it; "only after …", "not because …": a
# condition the speaker set, which stays. (Not "when": as often a relative adverb of the object's last noun,
# "the 1980 convention, when …", as a clause of when the subject acted.)
_SUBORDINATE_AFTER = regex.compile(r",?\s+(?<!\b(?:go|goes|went|going|gone|come|comes|came|right|just|long|shortly|soon|"
                                   r"only|not|time|times|day|days|week|weeks|month|months|year|years|moment|point|era|"
                                   r"age|period)\s{1,2})(?:(?:minutes|hours|days|weeks|months|years)\s+(?=after|before))?"
                                   r"(?:because|after|since|until|before|despite|even\s+(?:though|as|if)|although)"
                                   r"\s+(?=\p{L})")
# the _OBJECT_ADJUNCT matches that name where or through whom something was said ("in an interview", "at a rally",
# "through her lawyer"), not a time
# ("during …") or a clause ("while …", "as he …")
_PHRASE_OF_WHERE = regex.compile(r",?\s+(?:in|at|on|through)\s")
# "since" or "until" opening a phrase or clause of time (after a report's noun phrase, at its start)
_SINCE_OR_UNTIL = regex.compile(r",?\s+(?:since|until)\s")
# an aside in brackets at the very end of a report (of _CLOSING_ASIDE_WORDS words or more, not a label: "(D-Harbour)")
_CLOSING_ASIDE = regex.compile(r"\s\([^()]*\)$")
_CLOSING_ASIDE_WORDS = 3
# "when" and a clause's subject, no comma before it: when the subject acted ("backed the bill when it came to a
# vote"); after a comma "when" as often opens a relative clause on the last noun ("the 1980 convention, when …")
_WHEN_CLAUSE_AFTER = regex.compile(r"(?<!,)\s+when\s+(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its)\s")
# a verb inside an object: an infinitive or an -ing form ("to keep the seat", "trying to quash it")
# (or a clause inside it, "what you mean", "a chance that …")
_VERBAL = regex.compile(r"\bto\s+\p{Ll}|\p{Ll}{2,}ing\b|\b(?:that|which|who|whom|what|how|why|whether|if)\b", regex.I)
_LEAD_SAID_WORDS = 3   # words of paraphrase between a verb of speech and its quote that make one mixed report
_THAT_WORD = regex.compile(r"\bthat\b")
# lower-case words of the writer's, no marks or line break among them, right after a quote and up to the comma
# before its attribution ('” if the levy failed, said …')
# (an apostrophe between letters is a contraction's or a possessive's, no mark: '… if she didn't win, said Ruiz')
_RUN_ON = regex.compile(r"[ \u00a0]+(?P<words>\p{Ll}(?:[^\n“”\"‘’',]|(?<=\p{L})['’](?=\p{L}))*[^\s,]),[ \u00a0]*$")
_RUN_ON_WORDS = 3
_QUOTE_GOES_ON = regex.compile(r"\s*,\s+(?=(?:that|would|will|could|can|should|must|is|was|are|were|has|had|have)\s)")
# a predicate noun ending the words before a dash: "was a mirage", "as a counterweight", "is the best hope"
_PREDICATE_NOUN_LAST = regex.compile(r"(?<!\p{L})(?:is|was|are|were|be|been|as)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+)?"
                                     r"[\p{L}\-]+\s*$")
# an infinitive whose object is missing: what follows its verb (and a particle) is a preposition, a stop, the
# sentence's own auxiliary or nothing ("to reach at the talks", "not to answer.", "to talk about, …", "to bridge have")
_MAIN_AUX_WORDS = r"has|have|had|is|are|was|were|will|would|could|can|should|may|might|must|remains?"
_INFINITIVE_GAP = regex.compile(
    r"(?:not\s+)?to\s+\p{Ll}{2,}"
    # a particle strands only before a stop or the sentence's own auxiliary ("to talk about, …"; "to stand for
    # fairness" has its object)
    r"(?:\s+(?:about|with|for|on|of|up|out|back|down|off)(?=\s*$|\s*[,.;:!?—–)]|\s+(?:%s)\b)"
    r"|(?=\s*$|\s*[,.;:!?—–)]|\s+(?:at|in|to|into|through|though|by|during|over|until|before|after|within|"
    r"across|next|this|last|%s)\b))" % (_MAIN_AUX_WORDS, _MAIN_AUX_WORDS))
_MAIN_AUXILIARY = regex.compile(r"\s+(?:%s)\b" % _MAIN_AUX_WORDS)
# the words of a noun phrase before a relative clause's subject, read back from it ("the emissions target")
_NOUN_PHRASE_WORD = regex.compile(r"(?r)(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}.$’'\-]*[ \u00a0]+$")
_GAP_HEAD_WORDS = 4     # words of that phrase before its noun ("the competence and hard work")
_GAP_HEAD_DETERMINERS = {"the", "a", "an", "any", "some", "those", "these", "every", "his", "her", "their", "its",
                         "our", "my", "your"}
_DASH_GOES_ON = regex.compile(r"\s*(?:including|especially|particularly|notably|only|at\s+least|if|from|to|"
                              r"(?:and|but)\s+that\s+(?=\p{L})|like|such\s+as|for\s+(?:instance|example)|unless|"
                              r"(?!(?:%s)\b)\p{Ll}{2,}ing)\b" % "|".join(_NOT_PARTICIPLES), regex.I)
# a sentence connective opening a report: "But …", "And …", "Still, …", "In fact, …"
_OPENING_CONNECTIVE = regex.compile(r"(?:(?:Still|However|In\s+fact|Meanwhile|Also|Indeed|Moreover|"
                                    r"Nevertheless|Nonetheless|Instead|Now|Then|Plus|So),\s+)(?=[\p{L}\p{N}\p{Pi}\"'])")
_NO_OPENING_CONNECTIVE = _ascii_except("shimantp")   # its words' first letters (a test checks them)
# a name and nothing else: "Ana Ruiz", "Mr. Dunne", "Donald J. Trump"
_NAME_ONLY = regex.compile(r"(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]+")
# "that" right before a report, or "that," before an aside or quoted words ("said that, if elected, he …")
_THAT_BEFORE = regex.compile(r"(?<!\p{L})(?P<that>[Tt]hat)(?:\s+|,\s*[\p{Pi}\"']{0,2}\s*)$")
# the last "with" or "among" before a participle's subject: "with 30 percent of tenants saying", "…, with Trump
# reportedly yelling “…”"
_WITH_BEFORE = regex.compile(r"(?r)\b(?:with|among)\s")
# a verb of issuing and the document it issues, right before "saying" (matched backwards): "put out a statement",
# "released a two-page letter", "sent a fundraising email"
# (after the document, to whom or when it went out: "sent an email to supporters saying", "released a
# statement Wednesday saying")
_ISSUED_DOCUMENT = regex.compile(r"(?r)(?<![\p{L}'’])(?P<verb>\p{Ll}+)(?:[^\S\n]+out)?[^\S\n]+"
                                 r"(?:a|an|the|its|his|her|their)[^\S\n]+(?:[\p{L}\-]+[^\S\n]+){0,2}"
                                 r"(?P<noun>\p{L}+)"
                                 r"(?:[^\S\n]+(?:to|for)[^\S\n]+(?:(?:his|her|its|their|the|all)[^\S\n]+)?\p{Ll}+"
                                 r"|[^\S\n]+(?:on[^\S\n]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                                 r"|today|yesterday))?(?:[^\S\n]+|,[^\S\n]*)$")
_DOCUMENT_SAYING = {"saying", "stating", "reading"}
_ISSUED_REACH = 80      # characters before "saying" the verb and its document may take
# what one issues in one's own name (a sign or a petition someone puts up says its own words: test_mixed)
_ISSUED_NOUNS = {"statement", "statements", "release", "letter", "email", "memo", "message", "note", "notice",
                 "tweet", "post", "ad", "video", "op-ed"}
_ISSUING_PASTS = {"put", "sent", "wrote", "ran", "gave", "made"}    # (and any verb in "-ed" or "-es")
_MENTION_CUT = regex.compile(r"\b(?:from|by|with|among|to)\s+")
# "referring to the mayor": "to" is the verb's, never an infinitive's
_REFER_FORMS = {"refer", "refers", "referred", "referring"}
_STRANDED_TO = regex.compile(r"\s+to(?:\s*(?:$|[,;:.!?—–]|-\s)|\s+(?:as|is|are|was|were|has|had|will|would)\b)")
# "referring to Rita Vance, his adviser at the time": the one referred to, and the writer's note on who that is
_NAME_AND_APPOSITIVE = regex.compile(r"\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3},\s+"
                                     r"(?:the|a|an|his|her|their|its)\s")
# verbs whose object is often just a person: "endorsed her", "attacked Machado", "thanked Moreno"
_PERSON_OBJECT_VERBS = {v for base in ("back", "endorse", "oppose", "support", "praise", "criticize", "attack", "blast", "slam", "thank",
                                       "congratulate", "defend", "condemn", "denounce", "mock", "ridicule", "blame",
                                       "applaud", "hail", "fault", "lambast")
                        for v in (base, base + "s", base + "d", base + "ed", base + "ing", base[:-1] + "ing",
                                  base + "ped", base + "ping")} \
    | {"lashed out at", "lashes out at", "lashing out at", "went after", "goes after", "took aim at", "takes aim at",
       "taking aim at"}
# (not "as a …", "as being …": "defended Ruiz as a steady hand" says what the person was called, and is the report's)
_AFTER_PERSON = regex.compile(r"\s*(?:,|[—–]|\s(?:before|after|in|on|at|during|since|when|while|as(?!\s+(?:an?|being)\s)|"
                              r"last|this|earlier|today|yesterday|" + _WEEKDAY + r")\b)")
# (a name may carry its state or town: "Senator Ana Ruiz of Ohio")
_PERSON_OBJECT = regex.compile(r"(?:him|her|them|us|me|\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}"
                               r"(?:\s+of\s+\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*)?)?)")
# an opening phrase naming where something was said: "In a 2014 interview with …", "During a rally in Ohio"
_MEDIUM_OPENING = regex.compile(r"\s*(?:(?:but|and|yet|so)\s+)?(?:in|during|at|on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                                r"(?:[\p{L}\p{N}’'\-]+\s+){0,4}?(?:interviews?|essay|statement|op-ed|letter|article|"
                                r"appearance|speech|rally|debate|conference|town\s+hall|tweet|post|email|memo|"
                                r"column|book|video|broadcast)\b", regex.I)
# verbs that put their subject after them ("…, said the minister", "…, writes Ms. Park"); others take an object
_INVERTING_VERBS = {"said", "says", "say", "wrote", "writes", "asked", "asks", "added", "adds", "noted", "notes",
                    "explained", "explains", "predicted", "predicts", "argued", "argues", "continued", "continues",
                    "insisted", "insists", "replied", "replies", "countered", "counters", "concluded", "observed",
                    "quipped", "declared", "warned", "warns", "tweeted", "recalled", "recalls", "cautioned",
                    "conceded", "acknowledged", "suggested", "suggests", "remarked", "stressed", "emphasized",
                    "complained", "joked", "marveled", "mused", "sighed", "lamented", "explained", "boasted",
                    "agreed", "answered", "responded", "reported", "reports", "write", "ask"}
# a relative pronoun right before a subject: "…, which most farmers opposed", "a man whom Ruiz praised", "the
# harbour that the rivals will depict on Friday" (a complementizer "that" is followed by its verb's object)
_OBJECT_RELATIVE = regex.compile(r"\b(?:which|whom|that)\s+(?:\S+\s+){0,2}$")
# what follows a verb whose object went before it: punctuation, a preposition or conjunction of time
_GAP_AFTER = regex.compile(r"\s*(?:[,.;:!?)—–]|(?:when|after|before|while|because|in|on|at|during)\b)")
# a cue word that is the first half of a compound noun: "think tank", "show trial"
# a verb like "be" before a stance adjective, and an adverb after it: "remained confident", "been acutely aware"
_LINKING_BEFORE = regex.compile(r"\b(?:remain|remains|remained|seem|seems|seemed|appear|appears|appeared|feel|feels|"
                                r"felt|grew|grow|grows|growing|became|become|becomes|stay|stays|stayed|came\s+away|"
                                r"come\s+away|is|are|was|were|be|been|being)(?:\s+\p{Ll}+ly)?\s+$")
_GOES_ON_SAYING = regex.compile(r"\s*(?:[,:]|to\s+(?:say|tell|write|argue|add|explain|note|insist|claim|warn|predict|"
                                r"suggest|describe|call|accuse|blast|criticize|praise|complain)\b)")
# "reports" and "requests" with "to" or "over" right after them and no "that" to open a clause soon after: the
# plural noun ("user reports to …", "requests over a year"), or "reports to" as answering to someone
_PLURAL_REPORT_NOUNS = {"reports", "requests"}
# degree words that make a past participle after them an adjective ("more pledged delegates", "a highly anticipated
# debate", "eagerly awaited"); not "very" or "much", which also stand before a verb ("very much wanted to stay")
_DEGREE_BEFORE_ADJECTIVE = {"more", "most", "less", "least", "highly", "widely", "eagerly", "hotly"}
_BE_OR_HAVE = _BE | {"has", "have", "had"}     # before a degree word, an auxiliary of the verb after it
# plural nouns of people that are also verbs of urging: "advocates", "champions"; after the noun comes a phrase of
# which ones or where ("advocates such as …", "champions of the bill", "advocates on the front lines", "advocates who
# …"), after the verb its object ("advocates a tax", "champions the bill", "advocates for tenants")
_PEOPLE_NOUN_CUES = {"advocates", "champions"}
_AFTER_PEOPLE_NOUN = regex.compile(r"[^\S\n]+(?:such[^\S\n]+as|on[^\S\n]+the|in[^\S\n]+the|of|from|at|who|and|or|like|"
                                   r"across|around)\b")
# plural nouns of things said that, as verbs, take a clause, "on" or a quote: a finite verb right after one (a
# form of "be", "have" or a modal, a past in "-ed", "start", "begin", "remain") is the verb of the noun's subject
_NOUN_SUBJECT_CUES = {"remarks", "comments", "tweets"}
_PREDICATE_AFTER_NOUN = regex.compile(r",?[^\S\n]+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|"
                                      r"might|must|\p{Ll}{2,}ed|starts?|began|begins?|remains?|remained)\b")
_NOUN_PLURAL_AFTER = regex.compile(r"[^\S\n]+(?:to|over)[^\S\n]+(?!(?:[^\s,;:.]+[^\S\n]+){0,5}that\b)")
_NOUN_COMPOUND = regex.compile(r"\s+(?:tanks?|trials?|business|host|runner)\b", regex.I)
# a word before "show" that makes it a programme: "a radio show", "his late-night talk show", "the Today show"
_BROADCAST_WORDS = {"radio", "tv", "television", "talk", "reality", "morning", "night", "late-night", "call-in", "cable",
                    "comedy", "variety", "cooking", "today", "tonight"}
# a day right after a verb: "said Friday", "added on Tuesday night", "wrote last week"
_DAY_AFTER = regex.compile(r"\s+(?:on\s+)?(?:" + _WEEKDAY + r"|yesterday|today|"
                           r"earlier|later|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", regex.I)
_DAY_AFTER_INITIALS = frozenset("mtwfsyelo")     # the first letters of its words, "on" among them


def _day_after(text: str, pos: int, endpos: int):
    """_DAY_AFTER.match(text, pos, endpos), without the regex where the text after ``pos`` cannot open one.

    Most verbs are followed by no day; a plain ASCII character where its space or first letter
    should be proves it (anything else goes to the regex, which defines the answer)."""
    if not _may_open_with(text, pos, _ASCII_SPACE, _DAY_AFTER_INITIALS, needs_space=True):
        return None
    return _DAY_AFTER.match(text, pos, endpos)


_ASCII_SPACE = " \t\n\r\x0b\x0c"   # regex's \s in ASCII


def _may_open_with(text: str, pos: int, skipped: str, initials: frozenset, needs_space: bool = False) -> bool:
    """False where a pattern that opens with a run of ``skipped`` characters (at least one if
    ``needs_space``), then a word starting with one of ``initials`` (either case), provably cannot match
    at ``pos``: the character after the run is plain ASCII and no such letter. A non-ASCII character
    (a no-break space, a letter that folds to one of them) is left to the regex."""
    i, n = pos, len(text)
    while i < n and text[i] in skipped:
        i += 1
    if i >= n:
        return False    # the run reaches the end: no word follows
    c = text[i]
    if not c.isascii():
        return True
    if needs_space and i == pos:
        return False
    return c.lower() in initials
# "In a Harbor Times poll in May, …", "In the latest surveys, …": a poll opening its sentence reports the rest
_IN_POLL = regex.compile(r"\b(?P<in>[Ii]n)\s+(?:(?:a|an|the|its|their|his|her|this|that|one)\s+)?"
                         r"(?:[\p{L}\p{N}/’'.\-&]+\s+){0,6}?(?i:polls?|surveys?|study|studies)\b(?:[^,;.!?\n]|,\d){0,80},")


def _may_name_a_poll(text: str, start: int, end: int) -> bool:
    """False only where _IN_POLL cannot match in text[start:end]: its every match holds "poll", "survey" or
    "stud" in some case, and casefold() turns every character the regex matches to one of those letters
    into that letter (the one exception, "İ" for "i", is why the test is "stud", not "study")."""
    folded = text[start:end].casefold()
    return "poll" in folded or "survey" in folded or "stud" in folded


# a month's name or its short form as written in a date: "July", "Jan", "Sept"
_MONTH_ABBRS = "|".join(sorted({m.capitalize() for m in MONTHS} | {a.capitalize() for a in MONTH_ABBR} | {"Sept"},
                               key=len, reverse=True))
# "… in a Harbor Times poll released Sunday.", "… in the latest surveys of Ohio voters.": a poll that closes its
# sentence, with what may describe it (when it was taken, of whom, where)
_POLL_CLOSES = regex.compile(
    # (no "in" among the poll's words: "stuck in fourth in most surveys" holds the poll after the second "in")
    r"(?<=\S[ ,]*)\s(?P<in>in)\s+(?P<source>(?P<poll>(?:(?!in\s)[\p{L}\p{N}/’'.\-&]+\s+){0,7}?(?i:polls?|surveys?))"
    # (a participle after a comma as well: "in the survey, taken May 2-5"; a place's list: "in Ohio, Iowa and
    # Maine"; the days it ran: "Jan. 17-23")
    r"(?:,?\s+(?:(?:released|conducted|taken|published|out)\b(?:[^,;.!?\n]|(?<=\b(?:" + _MONTH_ABBRS + r"))\.){0,40}|"
    r"(?:this|last)\s+(?:week|month|year)|"
    r"(?<!,\s*)(?:in|of|from)\s+[^,;.!?\n]{1,50}?(?:,\s+(?:and\s+)?\p{Lu}[^,;.!?\n]{0,30}?){0,4}|"
    r"(?<!,\s*)(?:on\s+)?(?:" + _WEEKDAY + r")|"
    r"(?<!,\s*)(?:" + _MONTH_ABBRS + r")\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?))?)"
    # (or a comma and the writer's note on the result: ", up eight points from May", ", her worst showing")
    r"(?=\s*(?:[.;!?]|\n|$)|,\s+(?P<note>(?:up|down|a|an|his|her|their|its|usually|the)\s[^,;.!?\n]{0,80})(?:[.;!?]|\n|$)"
    # (or a comma and a contrast or a cause set against the result: ", although Hale moved up …", ", largely on
    # the strength of older voters", ", by 8 points")
    r"|,\s+(?:although|though|while|whereas|but|largely|mostly|partly|thanks\s+to|due\s+to|"
    r"by\s+(?:nearly\s+|about\s+|roughly\s+|more\s+than\s+|almost\s+)?\d)\b)")
# "has Ruiz leading", "had him at 4 percent", "puts her approval at 49 percent", "gives Ruiz a 9-point lead": a
# poll's verb of placing, and someone (a name, a pronoun, a possessive's noun) where it puts them
_POLL_PLACES = regex.compile(
    r"(?<=\p{L}[\s\u00a0]+)(?P<verb>has|had|have|puts|put|putting|gives|gave|giving)\s+"
    r"(?=(?:him|her|them|\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,2}|the\s+\p{Ll}+(?=['’]s\s))"
    r"(?:['’]s\s+\p{Ll}+)?\s+"
    r"(?:\p{Ll}+ing\b|at\s|ahead\b|behind\b|even\b|up\s|down\s|in\s+(?:the\s+)?lead\b|(?:a|an)\s|\d))")
# the nouns of a poll among the documents that report
_POLL_NOUN = regex.compile(r"(?i:\b(?:polls?|polling|surveys?|averages?|tally|tallies)$)")
# what may describe the poll between its noun and the verb: "released Friday", "of three polls conducted in May"
_POLL_DESCRIBED = regex.compile(r"[^,;:.!?\n]{0,80}")
# a comma and the next poll's result: ", with a Coast poll giving …"
_WITH_MORE = regex.compile(r",\s+with\s")
# a poll inside a clause: "… in May polls, while …"
_IN_A_POLL = regex.compile(r"\sin\s+(?:[\p{L}\p{N}/’'.\-&]+\s+){0,7}?(?i:polls?|surveys?)\b")
# the conjunction that opens the next result: ", although ", ", while "
_NEXT_RESULT = regex.compile(r",\s+(?:although|though|while|whereas|but|and)\s+")
# "the polls", "polls", "surveys": the race as a whole, not one poll that reports
_GENERIC_POLLS = regex.compile(r"(?i:(?:the\s+)?(?:polls|surveys))")
# a when or a why opening the sentence before the result: "In March, ", "As a result, ", "By Jan. 18, "
_POLL_RESULT_OPENER = regex.compile(r"(?:In|As|By|After|Since|Despite|While|Though|Although|On|At|For|Among|With)\b"
                                    r"[^,;:\n]{0,100},\s+")
# a second phrase of when after the opener's comma: "a week after the vote, "
_OPENER_GOES_ON = regex.compile(r"(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                 r"(?:days?|weeks?|months?|years?)\b)[^,;:\n]{0,60},\s+")
# words of a poll's result: a lead, a share, a place in the field
_POLL_RESULT = regex.compile(r"(?i:\b(?:lead|leads|led|leading|ahead|behind|trail|trails|trailed|trailing|percent|"
                             r"points?|second|third|fourth|fifth|sixth|tied|support|approval|favorabl[ey]|"
                             r"unfavorabl[ey]|dead\s+heat|neck\s+and\s+neck|"
                             # (level with a rival: "pulling even with Hale", "about even", "runs even")
                             r"(?:pull(?:s|ed|ing)?|run(?:s|ning)?|ran|draw(?:s|n|ing)?|drew|about|roughly|nearly|"
                             r"almost|dead)\s+even)\b|%)")
# a clause that is no result of the poll: a relative, a condition, a question, a cause ("… will not debate
# because of polling below 1 percent": the poll measures the cause only)
# (nor a passive whose agent is those polled, "was backed by 42 percent of voters": the share reports it)
_NOT_A_RESULT_CLAUSE = regex.compile(r"(?i:,\s+(?:who|which|where)\b|\b(?:if|whether|unless|because)\b|\?|"
                                     r"\b(?:is|are|was|were)\s+\p{Ll}+ed\s+by\s)")
# what goes on describing the poll after its comma: ", conducted March 11-13,", ", however,"
_POLL_MORE = regex.compile(r"\s*(?:(?:conducted|released|taken|published|based|carried\s+out)\b(?:[^,;.!?\n]|,\d){0,80}|"
                           r"however|though|meanwhile),")
# "Sen. Ana Ruiz: Ferry Will Run All Winter": one to four capitalised words, a colon, the rest of the headline
# (after the speaker, the one spoken to, where, or what about: "Mayor Ruiz to Fishermen: …", "Hale at Town Hall:
# …", "Ruiz on Ferries: …")
_HEADLINE = regex.compile(r"(?P<who>\p{Lu}[\p{L}\p{N}.’'\-&]*(?:\s+(?:of|and|&|\p{Lu}[\p{L}\p{N}.’'\-&]*)){0,3}"
                          r"(?:\s+(?:camp|campaign|aides?|allies|editorial|spokes(?:man|woman|person)|lawyers?|"
                          r"officials|advisers?|team|staff))?)"
                          r"(?:\s+(?:to|at|on)(?:\s+\p{Lu}[\p{L}\p{N}.’'\-&]*){1,4})?:\s+"
                          r"(?P<said>\S)")
_HEADLINE_MAX = 200
_NOT_HEADLINE_SPEAKERS = {"the", "a", "an", "now", "still", "follow", "reach", "watch", "read", "update", "updated",
                          "editor's", "editor’s", "note", "live", "breaking", "exclusive", "video", "photos",
                          "related", "also", "more", "here", "this", "that", "what", "why", "how", "when", "where",
                          "who", "correction", "paid", "delegate", "q", "a", "source", "sources", "photo", "credit",
                          "contact", "email", "twitter", "tags", "topics", "see", "transcript"}
_POLL_WORDS = {"Poll", "Survey", "Insiders", "Study", "Report"}
# a day or medium at the very end of a report: "… on Tuesday", "… on Twitter", "… last week", "… in a statement"
_TRAILING_WHEN = regex.compile(r",?\s+(?:(?:early|late)\s+)?(?:on\s+)?"
                               # ("on Thursday and Friday": two days after "on")
                               r"(?:(?<=on\s+)(?:" + _WEEKDAY + r")\s+(?:and|or)\s+)?"
                               r"(?:" + _WEEKDAY + r"|"
                               r"twitter|facebook|instagram)(?:\s+(?:morning|afternoon|evening|night))?$|"
                               r",?\s+(?:this|last)\s+(?:week|month|year|weekend)$|"
                               r",?\s+(?:speaking\s+)?on\s+(?:the\s+)?condition\s+(?:of|that\s+(?:he|she|they)\s+not\s+be\s+"
                               r"(?:named|identified))(?:\s+anonymity)?$|"
                               r",?\s+(?:in|during|at|on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}\-’']+\s+){0,3}?"
                               r"(?:interviews?|statements?|speech(?:es)?|debates?|rall(?:y|ies)|conferences?|town\s+halls?|"
                               r"tweets?|posts?|appearances?|op-eds?|letters?|e-?mails?|remarks|address)$", regex.I)
# the events of a _TRAILING_WHEN phrase, which an infinitive's act may be done at ("to protest at the rally")
_EVENT_AT_THE_END = regex.compile(r"(?i:debates?|rall(?:y|ies)|conferences?|town\s+halls?)$")
# the words every _TRAILING_WHEN match ends with, at its "$" (the end, or before a final line break). Reversed
# ((?r)), match() reads them backwards from the end of the text; where none ends it, _TRAILING_WHEN cannot
# match and is not tried. Keep the two lists alike (a property test holds this one to the regex's phrases).
_WHEN_LAST_WORD = regex.compile(r"(?r)(?:" + _WEEKDAY + r"|twitter|facebook|"
                                r"instagram|morning|afternoon|evening|night|week|month|year|weekend|named|identified|"
                                r"anonymity|interviews?|statements?|speech(?:es)?|debates?|rall(?:y|ies)|conferences?|"
                                r"halls?|tweets?|posts?|appearances?|op-eds?|letters?|e-?mails?|remarks|address)\n?",
                                regex.I)
# verbs that name something: "called her “weak”", "call him competent"
_OBJECT_PRONOUN = regex.compile(r"\b(?:him|her|them|us|me)\b")
_NAMING_VERBS = {"called", "calls", "call", "calling", "labeled", "labelled", "branded", "dubbed"}
# verbs that name or describe their object, and how far after them the quoted name may open
_CHARACTERISING_VERBS = _NAMING_VERBS | {"described", "describes", "portrayed", "portrays", "depicted", "depicts",
                                         "characterized", "characterizes", "labels", "brands", "dubs",
                                         "describing", "portraying", "depicting", "characterizing", "labeling",
                                         "labelling", "branding", "dubbing"}
_CHARACTERISED_REACH = 80
# a verb of causing, its object and "to" before a cue: "led Ruiz to say", "prompting some to wonder"
_CAUSED_TO = regex.compile(r"(?<![\p{L}’'\-])(?:prompt(?:s|ed|ing)?|led|leads?|leading|caus(?:e|es|ed|ing)|drove|"
                           r"driv(?:e|es|ing)|spurr?(?:s|ed|ing)?|compel(?:s|led|ling)|forc(?:e|es|ed|ing)|"
                           r"inspir(?:e|es|ed|ing))\s+(?P<obj>(?:[\p{L}\p{N}.’'\-]+\s+){0,4}?[\p{L}\p{N}.’'\-]+)"
                           r"\s+to\s+$")
_CAUSED_TO_REACH = 60


def _caused_to_before(text: str, lo: int, vstart: int):
    """_CAUSED_TO's match ending at ``vstart`` (after ``lo``), or None.

    Every match ends in "to" and white space right before the verb, and most cues follow some other word: a
    string test spares them the regex (\\s is a subset of str.isspace, so rstrip leaves the "to" last).
    """
    start = max(lo, vstart - _CAUSED_TO_REACH)
    head = text[start:vstart]
    before = head.rstrip()
    if len(before) == len(head) or not before.endswith("to"):
        return None
    return _CAUSED_TO.search(text, start, vstart)


# ("rules forcing witnesses to answer the panel": made to reply to someone, nothing reported)
_ANSWER_FORMS = {"answer", "respond", "reply"}
_OBJECT_AS_SUBJECT = {**_AS_SUBJECT, "us": "we", "me": "I"}
# "which" or "whom" right before the subject of a naming verb: the verb's object, fronted ("…, which Ruiz called")
_RELATIVE_OBJECT_BEFORE = regex.compile(r"(?<![\p{L}])(?P<rel>which|whom)\s+$")
# "what" right before the subject of a naming verb: the thing named, fronted ("in what Ruiz called a “…”")
_WHAT_BEFORE = regex.compile(r"(?<![\p{L}])(?P<rel>[Ww]hat)\s+$")
# a relative clause set off by a comma whose subject (a few words) names or describes its head: ", which she called"
_NAMING_RELATIVE = regex.compile(r",\s(?:which|whom)\s+(?:[\p{L}.’'\-]+\s+){1,5}?(?:%s)\b"
                                 % "|".join(sorted(_CHARACTERISING_VERBS, key=len, reverse=True)))
_NAME_LEADERS = {"a", "an", "the", "as", "simply", "only", "just", "merely"}
_NAMED_OBJECT_WORDS = 5     # "called the new harbor bridge “…”"
# what follows a quoted name that a naming verb's fronted object had ("what Hale called “…” in his memoir"):
# a preposition, a dash, a comma or a conjunction, where the sentence's own words go on
_AFTER_A_GAP_NAME = regex.compile(r"\s*(?:[,;—–]|-{1,2}\s)|\s+(?:in|on|at|for|over|from|with|by|during|since|"
                                  r"under|and|but|or)\b")
# participles of the naming and describing verbs, which open a phrase that goes with the sentence's subject
_CHARACTERISING_PARTICIPLES = {v for v in _CHARACTERISING_VERBS if v.endswith("ing")}
# what may stand between the comma or "and" and such a participle: "at one point", "once again", "repeatedly"
_PARTICIPIAL_LEAD = regex.compile(r"(?:,|\band)\s+(?:(?:at\s+(?:one\s+point|times)|once\s+again|again|also|even|"
                                  r"then|later|\p{Ll}+ly)\s+)?$")


def _opens_a_participial_phrase(text: str, lo: int, vstart: int) -> bool:
    """Does a participle at ``vstart`` open a phrase of its own after the sentence's verb: after a comma or
    "and", with at most a short adverb between (", at one point calling", "and calling", ", repeatedly
    describing")?"""
    return _PARTICIPIAL_LEAD.search(text, max(lo, vstart - 20), vstart) is not None


# where the quoted name of an object stops and the sentence goes on: a comma, a dash, "and", "but", a
# semicolon, a subordinate clause ('called the plan “cruel” when it was tabled')
_NAME_END = regex.compile(r",|\s[—–-]{1,2}\s?|—|--|;|\s+(?:and|but|when|while|because|before|after|as|since|"
                          r"although|though|if)\s")
_PUT_IT_FORMS = {"put it", "puts it"}
_AS_BEFORE = regex.compile(r"(?<!\p{L})[Aa]s\s+$")     # "…, as an aide put it, …": an aside that lends what follows
_AS_BEFORE_NAME = regex.compile(r"\bas\s+(?:(?:a|an|the|simply|only|just|merely)\s+)?$")
# a noun of saying and its that-clause ("the claim that", "an admission from Ms. Ruiz that")
_REPORT_NOUN = regex.compile(r"\b(?P<noun>%s)(?:\s+(?:from|by)\s+"
                             r"(?P<from>(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]+))?"
                             r"(?P<copula>\s+(?:is|was|remains|has\s+(?:long\s+|always\s+)?been))?\s+that\s+"
                             % "|".join(sorted(REPORT_NOUNS, key=len, reverse=True)))
# a prepositional phrase opening the sentence ("Despite complaints that …, the council …")
_PHRASE_OPENING = regex.compile(r"\s*(?:[\p{Pi}\"]\s*)?(?:(?:and|but|yet|so)\s+)?(?:despite|amid|after|given|with|over|"
                                r"following|contrary\s+to|in\s+spite\s+of|because\s+of|in\s+response\s+to|for\s+all|"
                                r"in|on|at|among|against|before|since|under|without)\b", regex.I)
_REPORT_NOUN_SET = set(REPORT_NOUNS)
# "Her view is that …", "Ruiz’s position has long been that …": the noun, then a copula, before "that"
_COPULAS = {"is", "was", "remains", "been"}
# a noun, an aside set off by commas at most, a copula and "that" right before quoted words: "answer was that “"
_NOUN_COPULA_THAT = regex.compile(r"(?P<noun>\p{Ll}[\p{Ll}\-]+)(?:,[^,;:“”\"]{1,60},)?\s+(?:is|was)\s+that[ \u00a0]{0,2}"
                                  r"(?:[“\"‘]|'')$")
_COPULA_THAT_REACH = 120    # characters from the noun to the quoted words
# "the harbor chief’s", "The Florida senator's" (and up to two words before the noun): a description in the possessive
_DESCRIPTION_POSSESSIVE = regex.compile(r"(?<!\p{L})(?P<who>(?:[Tt]he|[Aa])\s+(?:[\p{L}\-]+\s+){0,3}\p{Ll}[\p{Ll}\-]+)[’']s\s+"
                                        r"(?:[\p{Ll}\-]+\s+){0,2}$")
_COPULA_BEFORE_THAT = regex.compile(r"(?P<noun>[\p{Ll}\-]+)\s+(?:is|was|remains|has\s+(?:long\s+|always\s+)?been)$")
# a noun of censure and its preposition ("attacks on", "criticism of"), the object after it
_CENSURE_NOUN = regex.compile(r"\b(?P<noun>%s)\s+" % "|".join(p.replace(" ", r"\s+") for p in
                                                        sorted(CENSURE_NOUN_PHRASES, key=len, reverse=True)))
# the first words of the phrases as _CENSURE_NOUN writes them (lower case only: it is case-sensitive)
_CENSURE_FIRST_WORDS = sorted({p.split()[0] for p in CENSURE_NOUN_PHRASES})


# a participle of taking a side right after the noun it describes ("groups backing Ruiz"), its object opening with a
# capital or a determiner (not "backing down", "supporting by …")
_HOLDING_PARTICIPLE_WORDS = ("supporting", "backing", "opposing", "endorsing")
_HOLDER_PARTICIPLE = regex.compile(r"\b(?P<holder>[\p{L}\-]+)[ \u00a0]+(?P<verb>supporting|backing|opposing|endorsing)"
                                   r"[ \u00a0]+(?=\p{Lu}|(?:the|his|her|their|its|a|an|this|these)[ \u00a0])")
# the holder's phrase as written: the noun and up to three words before it, back to a preposition, a verb's
# auxiliary, a conjunction or a punctuation mark ("into groups backing …": "groups"; "an independent group")
_HOLDER_PHRASE = regex.compile(r"(?<![\p{L}\p{N}$.’'\-])(?:(?!(?:of|to|from|into|for|with|by|at|in|on|and|or|but|that|"
                               r"which|who|is|are|was|were|be|been|has|have|had|also|than|as|through|among|about|"
                               r"against|like|including|over)\b)[\p{L}\p{N}$.’'\-]+[ \u00a0]+){0,3}"
                               r"[\p{L}\-]+$")
# "was among", "are also among" right before a holder ("those backing …"): the subject is one of them
_IS_AMONG = regex.compile(r"\b(?:is|are|was|were|been|be)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?among[ \u00a0]+$")
# the nouns for people or an organisation that hold a side with such a participle: "voters", "a super PAC"
_HOLDER_NOUNS = ({w.lower() for w in GROUP_HEADS | PERSON_NOUNS | TITLE_HEADS} | {w + "s" for w in TITLE_HEADS}
                 | {"pac", "pacs", "group", "groups", "organization", "organizations", "organisation", "organisations",
                    "committee", "committees", "union", "unions", "those", "others", "one"})


def _may_hold_a_censure_noun(text: str, ps: int, pe: int) -> bool:
    """False when _CENSURE_NOUN cannot match in ``text[ps:pe]``: each match opens with one of the first words.

    The regex's search of a paragraph costs many times a str.find of each word, and most paragraphs write
    none of them."""
    return any(text.find(w, ps, pe) != -1 for w in _CENSURE_FIRST_WORDS)
# where the object of a noun of censure ends: a comma, a dash, "but", a semicolon, a subordinate clause, or the verb
# of the sentence the noun is the subject of ("his attacks on the press have cost him votes")
_STANCE_OBJECT_STOP = regex.compile(r",(?![\p{Pf}\"'’]|\d)|\s[—–]\s|;|\s+(?:but|when|while|because|as|since|"
                                    r"although|though|if|after|before|that|which|who)\s")


# "is expected to", "are widely expected to", "could be expected to": a forecast with no one's name on it
_EXPECTED_TO = regex.compile(
    r"\b(?:is|are|was|were|(?:could|might|would|may|will|can|should)\s+be)\s+"
    r"(?:(?:not|also|still|now|widely|generally|largely|originally|broadly|already|long|then)\s+){0,2}"
    r"(?P<cue>expected)\s+to\s+(?P<verb>\p{Ll}+)")
# what may open the clause of such a forecast before its subject: a subordinating word ("while the vote is
# expected to …", "where Ruiz is expected to …"), or a conjunction after a comma (", and the mill is …")
_FORECAST_CLAUSE_OPENER = regex.compile(
    r"(?:^|(?<=\s))(?i:as|while|if|because|although|though|when|whereas|since|after|before|unless|until|where|"
    r"than(?!\s+\d))\s+|(?<=,\s)(?:and|but|or)\s+")
# "less than a mayor could be expected to raise": a comparison's measure, no forecast
_COMPARISON = "than"
# the writer's link before the subject: "But the vote is expected …", "Rather, they are expected …"
_FORECAST_LINK = regex.compile(r"(?i)(?:but|and|yet|so|still|however|meanwhile|rather|even)\b[,\s]*")
# the subject right before the verb that is a relative or personal pronoun: "which is expected to", "she is …"
_FORECAST_PRONOUN = regex.compile(r"(?<![\p{L}\p{N}])(?:who|which|that|he|she|it|they|we|I|you)\s+"
                                  r"(?:(?:could|might|would|may|will|can|should)\s+)?$", regex.I)
_MODAL_AT_END = regex.compile(r"(?<![\p{L}\p{N}])(?:could|might|would|may|will|can|should)$")
_FORECAST_COMMA = regex.compile(r",\s(?!\d)")
# where the forecast's infinitive clause ends: a comma (not one inside a number, nor one before "including"), a dash
# or a semicolon
_FORECAST_END = regex.compile(r",\s(?!\d|including\b)|\s[-—–]+\s|;")
# a full stop inside a line: it is a sentence or more, no headline
_ENDS_A_SENTENCE_INSIDE = regex.compile(r"[.!?]\s")
# "is expected to endorse Ruiz": an endorsement is the subject's own stance, reported as theirs
_DECLARED_STANCES = {"endorse"}


# "seems to", "may seem", "doesn't appear", "often seemed", "appears likely", "seemed like": a linking verb of seeming
# and the first word of its complement (an auxiliary, a negation and up to two adverbs before it open the cue)
_SEEMING = regex.compile(
    r"(?<![\p{L}’'])(?:(?:can|could|may|might|would|will|must|should|does|do|did|has|have|had|(?:can|could|would|"
    r"does|do|did|has|have|had)n[’']t|\p{Ll}+ly|also|still|now|even|never|only|often|already|almost|once|not|"
    r"at\s+times|no\s+longer)\s+){0,4}"
    r"(?P<verb>seem|seems|seemed|appear|appears|appeared)(?=[^\S\n]+(?:(?P<to>to[^\S\n]+(?!(?:me|him|her|us|them|you|"
    r"many|some|most|others|be\s+(?:in|at|on|with)\b)\b)(?P<inf>\p{Ll}+))|(?P<word>\p{Ll}[\p{Ll}\-]*)\b))")
_STANCE_OR_SPEECH = {v for v in itertools.chain(SPEECH, STANCE) if " " not in v}
# what a subject holds when it seems to hold it: "seemed to recognize", "appears to be hoping", "seem ready to",
# "appeared pleased with"
_HELD_STANCE = regex.compile(
    r"\s+(?:(?:to\s+be\s+)?(?:(?:more|less|most|very|so|too|all|quite|rather|\p{Ll}+ly)\s+)?(?P<adj>ready|set|eager|"
    r"willing|unwilling|able|unable|poised|intent|determined|keen|anxious|reluctant|inclined|prepared|capable|pleased|"
    r"happy|unhappy|worried|concerned|content|comfortable|uncomfortable|satisfied|dissatisfied|disappointed|frustrated|"
    r"confident|convinced|unconvinced|skeptical|sceptical|open|resigned|unperturbed|unfazed|unconcerned|unimpressed|"
    r"impressed|annoyed|irritated|angry|eager)\b|to\s+(?:\p{Ll}+ly\s+)?(?:be\s+)?(?P<inf>\p{Ll}+))")
# verbs of mind not in the cue lexicon that a subject may seem to hold: "seemed to care about", "appears to accept"
_MIND_INFINITIVES = {"care", "understand", "accept", "appreciate", "relish", "embrace", "dislike", "like", "enjoy",
                     "share", "hoping", "echoing", "favoring", "blaming", "mocking", "relishing", "agree", "realize"}
# what seeming shows in a document or a finding: "the emails seem to show …", "the data appear to confirm …"
_SHOWING_INFINITIVES = {"show", "indicate", "suggest", "confirm", "contradict", "reflect", "imply", "support"}
# words after a subject that are not its name: "Obama himself", "Ruiz now", "the aides also"
_SUBJECT_TAIL = regex.compile(r"(?:\s+(?:himself|herself|themselves|itself|now|also|still|even|again|then|"
                              r"\p{Ll}+ly))+$")
# whom something seemed so to, closing the clause: "… far away to European voters", "… more credible to the public"
_TO_WHOM_AT_END = regex.compile(r"\s+to\s+(?P<who>(?:(?:the|many|most|some|some\s+of\s+the|his|her|their)\s+)?"
                                r"(?:[\p{L}’'.\-]+\s+){0,3}[\p{L}’'.\-]+)$")
# "To Professor Ruiz, …": whom the clause after the comma seemed so to
_TO_WHOM_OPENING = regex.compile(r"[\s\p{Pi}\"]*To\s+(?P<who>[^,;:.!?]{2,80}?),\s")
# what after "appear" tells where or how one was seen, not what one seemed: "appeared on", "appears in", "appeared
# together", "appeared before the panel"
_NOT_APPEARANCE_COMPLEMENTS = {"in", "on", "at", "before", "with", "alongside", "onstage", "together", "as", "for",
                               "during", "after", "from", "across", "inside", "outside", "near", "beside", "live",
                               "briefly", "regularly", "frequently", "twice", "once", "only", "again", "here",
                               "there", "nightly", "weekly", "daily", "under", "opposite", "via", "by", "to", "and",
                               "or", "but", "that", "when", "while", "where", "since", "last", "this", "the", "a",
                               "an", "his", "her", "their", "its", "within", "without", "over", "through"}
# an "it" with no referent right before the verb: "It seems that …", "it would seem as if …", "it now appears …"
_EMPTY_IT_BEFORE = regex.compile(r"(?<![\p{L}’'])[Ii]t\s+(?:[\p{Ll}’']+\s+){0,2}$")
# "as hard as it may seem", "strange as it seems"
_AS_IT_BEFORE = regex.compile(r"(?<![\p{L}’'])as\s+it\s+(?:[\p{Ll}’']+\s+){0,2}$", regex.I)


def _forecast_subject_start(text: str, lo: int, at: int) -> Optional[int]:
    """Where the subject of "… is expected to" (its verb at ``at``) starts, in the clause from ``lo``.

    The subject is the last noun phrase of the clause before the verb: after an opening phrase and its comma
    ("In Ohio, turnout is …"), a subordinating word, or the writer's link. A subject set off by commas keeps
    its appositive or relative clause ("The bank, which held rates at zero, is …"). None when no subject is
    there: a second verb phrase of one subject ("has led the polls and is expected to …")."""
    pronoun = _FORECAST_PRONOUN.search(text, max(lo, at - 40), at)
    if pronoun is not None:
        return pronoun.start()
    colon = text.rfind(": ", lo, at)
    start = colon + 2 if colon != -1 else lo
    before = text[start:at].rstrip()
    modal = _MODAL_AT_END.search(before)
    if modal is not None:
        before = before[:modal.start()].rstrip()
    if not before or before.endswith((" and", " but", " or")):
        return None
    trimmed = before.rstrip(",")
    commas = [c.start() for c in _FORECAST_COMMA.finditer(trimmed)]
    if len(trimmed) < len(before):
        # "…, the bank, which held rates at zero, is": the noun phrase before the clause the commas set off,
        # with the clause (a subordinating word inside the clause opens nothing of the subject's)
        head_start = commas[-2] + 2 if len(commas) >= 2 else 0
        head_end = commas[-1] if commas else len(trimmed)
    else:
        head_start = commas[-1] + 2 if commas else 0
        head_end = len(before)
    head_end += start
    start += head_start
    opener = None
    for opener in _FORECAST_CLAUSE_OPENER.finditer(text, start, max(start, head_end)):
        pass
    if opener is not None:
        if opener.group().strip().lower() == _COMPARISON:
            return None
        start = opener.end()
    link = _FORECAST_LINK.match(text, start, at)
    if link is not None:
        start = link.end()
    return start if text[start:at].strip() else None


def _someone_who_acts(text: str, start: int, at: int) -> bool:
    """Are the words ``text[start:at]`` someone who acts: a pronoun, a name, or a noun for people ("rivals", "the
    embattled president")? Such a subject of "seemed to recognize" holds the stance it seems to, and "To the
    voters, …" says whom something seemed so to; a thing ("the plan seemed to falter") holds no view."""
    words = _words(text[start:at])
    if not words:
        return False
    first = words[0].lower()
    if first in ("who", "which", "that", "he", "she", "it", "they", "we", "i", "you"):
        return True
    for k, word in enumerate(words):
        bare = strip_possessive(word)
        low = bare.lower()
        if bare[:1].isupper() and (k > 0 or _opening_name(text, words, low)):
            return True     # a name: "Trump", "the American central bank", "Sanders's profile"
        if low in PERSON_NOUNS or low in GROUP_HEADS or low in TITLE_HEADS or low.rstrip("s") in PERSON_NOUNS:
            return True
    return False


def _opening_name(text: str, words: list[str], low: str) -> bool:
    """Is the capitalised word opening a subject (``words``, the first lowered to ``low``) a name? A possessive
    ("Obama's veto") or a lone word the article never writes in lower case ("Nabisco is …", not "Sales are …");
    a word before lower-case ones is most often a capitalised common noun ("Ticket sales")."""
    if low in DETERMINERS or low in FUNCTION_WORDS or low in NOT_NAME:
        return False
    return is_possessive(words[0]) or (len(words) == 1 and f" {low} " not in text)


def _ends_a_sentence(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end as a sentence does, with a stop (or a stop and closing marks)?"""
    tail = text[lo:hi].rstrip().rstrip("\"'”’)")
    return tail[-1:] in (".", "!", "?", "…")


def _forecast_end(text: str, start: int, hi: int) -> int:
    """The end of the infinitive clause of a forecast, from ``start`` to at most ``hi``."""
    stop = _FORECAST_END.search(text, start, hi)
    end = stop.start() if stop is not None else hi
    while end > start and text[end - 1] in " .!?:\u00a0\n":
        end -= 1
    return end


def _stance_object_end(text: str, start: int, hi: int) -> int:
    """The end of the noun phrase a noun of censure takes as its object, from ``start`` to at most ``hi``."""
    stop = _STANCE_OBJECT_STOP.search(text, start, hi)
    end = stop.start() if stop is not None else hi
    verb = _FINITE.search(text, start, end)
    if verb is not None:
        end = verb.start()
    while end > start and text[end - 1] in " .!?:\u00a0\n\"”’'":
        end -= 1
    return end
# a relative clause whose verb has the noun as its object: "(the charge) that the mayor has strongly denied"
_GAP_RELATIVE = regex.compile(r"(?:\S+\s+){1,4}?(?:\p{Ll}+ly\s+|(?:has|have|had|would|will|could|can|did|does|do|"
                              r"might|may|should|must|not|never)\s+){0,3}(?:made|make|makes|raised|voiced|expressed|"
                              r"repeated|heard|denied|denies|deny|disputes|disputed|dispute|dismissed|rejected|faced|"
                              r"face|generated|echo|echoed|offered|gave|given|issued|leveled|levelled|lodged|filed|"
                              r"shared|spread|pushed|peddled|rebutted|refuted|corroborate|corroborated|debunked|"
                              r"floated|aired|advanced)\b"
                              r"(?!\s+(?:(?:that|the|a|an|his|her|their|its|it|him|them)\b|\p{Lu}))")
# ", a claim that …" after a clause: an appositive about the clause before it
# a preposition right before a phrase: what it opens is an object, not a subject
# a preposition before a phrase (its article and lower-case words between): what it opens is an object
# ("according to X:" and "More from X:" name the speaker)
_PREPOSITION_BEFORE = regex.compile(r"\b(?:with|(?<![Aa]ccording\s)to|at|about|against|for|on|by|toward|towards)\s+"
                                    r"(?:\p{Ll}[\p{L}\-’']*\s+){0,3}$")
_APPOSITIVE_NOUN = regex.compile(r"[,—–]\s+(?:a|an|one)\s+(?:[\p{Ll}\-]+\s+)?$")
# a noun that is also a verb of speech or stance ("claims", "fears") is a noun after an article, a
# possessive, a preposition or an adjective: "the claim", "Ruiz’s claims", "amid fears", "false claims"
_VERB_FORMS = set(REPORT_NOUNS) & (SPEECH | STANCE | {"charge", "charges"})
_NOUN_READING = regex.compile(r"(?:\b(?i:the|a|an|his|her|their|its|our|my|your|this|these|those|any|some|no|such|"
                              r"of|about|to|at|on|with|by|from|over|amid|despite|in|including|under|against)|"
                              r"(?<!\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hat|[Tt]here|[Ww]hat|[Ww]ho))[’']s|\p{L}s[’']|"
                              r"\p{Ll}{2,}(?:ed|al|ful|ous|ive|ent|ant|ing|less|ic|ble|ary|ar|ite|ish))\s+$")
# a that-clause opens with its subject; a relative clause after the noun opens with its verb ("that was made")
_COMPLEMENT_START = regex.compile(r"(?:[\p{Pi}\"']\s*)?(?:\p{Lu}|\p{N}|(?:he|she|it|they|we|i|you|there|the|a|an|"
                                  r"his|her|their|its|our|my|your|this|these|those|some|many|most|no|every|all|both|each|one|"
                                  r"two|three|any|such|more|only|if|when|after|because|while)\b)")
# the possessive before a noun and up to three modifiers: "his", "Ms. Ruiz’s recent, evidence-free"
_POSSESSIVE_BEFORE = regex.compile(r"(?:\b(?P<pronoun>[Hh]is|[Hh]er)|"
                                   r"(?P<owner>(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*)[’']s?)"
                                   r"\s+(?:[\p{Ll}\-]+,?\s+){0,3}$")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
# the words after which a participle opening a that-clause continues the sentence's subject's report
_PARTICIPLE_LEADS = {"and", "but", "or", "also", "then", "even", "while"}
# "that" opening a clause, not the pronoun ("saying that, but …", "saying that and more")
_THAT_CLAUSE = regex.compile(r"\s+that\s+(?!(?:and|but|or|is|was|to)\b)[\p{L}\p{N}“\"‘']")
# prepositions and subordinators before a gerund of speech: "by saying", "after arguing", "while insisting"
_NOUN_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"}
_GERUND_LEADS = {"by", "after", "before", "while", "from", "since", "upon", "of", "about", "in"}
# subordinators of time and "by" of means before a gerund of stance: "after mocking Vale in two debates", "while
# dismissing the plan", "opened by questioning the board's figures": the gerund is the verb of a clause whose
# subject is the sentence's
_TIME_GERUND_LEADS = {"after", "before", "while", "by", "since", "upon"}
# gerunds of taking a side on someone or something: after a preposition ("in opposing the toll", "after backing
# Ruiz", "by denouncing the deal") they are the verb of a clause whose subject is the sentence's, as "by saying" is
_SIDE_TAKING_GERUNDS = {"supporting", "backing", "opposing", "endorsing", "criticising", "blasting", "denouncing",
                        "slamming", "condemning", "defending", "rejecting", "lambasting", "bashing"}
# a particle or preposition straight after one of them makes a verb of motion of it: "after slamming into the
# crowd", "before backing away", "by bashing through the gate"
_PARTICLE_AFTER_GERUND = regex.compile(r"\s+(?:into|through|down|out|up|off|away|on|onto|at|against|in)\b")
# what describes a source after "according to X," or adds to the clause: "a polling firm", "which tracks …", "but …"
_SOURCE_APPOSITIVE = regex.compile(r"(?:a|an|the|which|who|whose|whom|one|its|his|her|their|and|or|as|in|on|at|"
                                   r"but|although|though|even|while|whereas|where|when|including|compared|up|down|more|less|"
                                   r"published|released|conducted|based|reported|cited|written)\b", regex.I)
# adverbs that lean on the phrase after them: "even on Friday", "only last week", "just yesterday"
# words before a subject that head no noun phrase: subordinators and adverbs ("until Ruiz decided to …")
_GAP_HEAD_NON_NOUNS = {"nor", "until", "unless", "since", "after", "before", "once", "now", "then", "also", "still", "just",
                       "even", "only", "never", "always", "again", "already", "perhaps", "maybe", "today", "yesterday",
                       "tonight", "why", "says", "say", "said", "think", "thinks", "guess", "hope", "hopes", "know",
                       "knows", "believe", "believes", "feel", "feels", "mean", "means", "whom", "whose"}
_FOCUS_ADVERBS = {"even", "only", "just", "also", "still", "again", "already"}
_PREPOSITIONS = {"to", "up", "at", "on", "by", "about", "with", "for", "back", "into", "out", "in", "of", "off",
                 "from", "over", "down", "around", "through"}
_FREE_RELATIVE = regex.compile(r"\b(?:what|whatever|everything|anything|all)\s+(?:[\p{L}.'’\-]+\s+){0,4}$", regex.I)


def _free_relative_as_subject(text: str, lo: int, vstart: int) -> bool:
    """Does a free relative ("what he said", "everything she says") end at vstart as the subject of the verb
    after it? ("Everything the mayor says is printed": the writer's words about what was said.)

    After a preposition or a participle the free relative is an object ("amounting to what the council said
    was a bargain", "showing what she says is a gap"): the sentence's verb came before it, so the finite verb
    after the cue is the reported clause's own, and the relative reports what was said.
    """
    free = _FREE_RELATIVE.search(text, lo, vstart)
    if free is None:
        return False
    before = text[max(lo, free.start() - 20):free.start()].split()
    word = before[-1].lower() if before else ""
    return not (word in _PREPOSITIONS or (word.endswith("ing") and word.isalpha() and len(word) > 4))


# a finite verb right after the cue means the cue sat in a relative clause ("everything he says is …")
_GAP_VERBS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
              "must", "does", "did", "may", "might"}
# the same after a dash or a short phrase of where or when (no pronoun, conjunction, wh-word or second
# determiner in it, which would start a clause: "asked this week whether …", "wrote in both listings
# he was …", "reported on Wednesday the agency had …")
_GAP_VERB_AFTER_ADJUNCT = regex.compile(
    r"\s*(?:(?:-{1,2}|[—–])\s*|(?:in|on|at|during)\s+(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?"
    r"(?:(?!(?:he|she|it|they|we|i|you|there|that|this|these|those|whether|if|and|or|but|who|which|what|how|why|"
    r"when|where|the|a|an|his|her|their|its|our|my|your)\b)[\p{L}\p{N}.'’\-]+\s+){1,3}?)"
    r"(?:%s|makes|remains|seems|appears|matters|means|looks)\b" % "|".join(sorted(_GAP_VERBS)), regex.I)
_GAP_VERB_AFTER_ADJUNCT_INITIALS = frozenset("-ioad")     # a dash, or the first letters of its prepositions


def _gap_verb_after_adjunct(text: str, pos: int, endpos: int):
    """_GAP_VERB_AFTER_ADJUNCT.match(text, pos, endpos), without the regex where no dash or preposition opens
    the text after ``pos`` (most relative clauses go on with their object)."""
    if not _may_open_with(text, pos, _ASCII_SPACE, _GAP_VERB_AFTER_ADJUNCT_INITIALS):
        return None
    return _GAP_VERB_AFTER_ADJUNCT.match(text, pos, endpos)

# _WHEN_LAST_WORD's words, every form its optional letters give
_WHEN_LAST_WORD_FORMS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "twitter", "facebook", "instagram",
    "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "named", "identified", "anonymity",
    "interview", "interviews", "statement", "statements", "speech", "speeches", "debate", "debates", "rally",
    "rallies", "conference", "conferences", "hall", "halls", "tweet", "tweets", "post", "posts", "appearance",
    "appearances", "op-ed", "op-eds", "letter", "letters", "email", "emails", "e-mail", "e-mails", "remarks",
    "address")


def _may_end_in_when(text: str, lo: int, hi: int) -> bool:
    """``_WHEN_LAST_WORD.match(text, lo, hi) is not None``, without the regex where the end is ASCII.

    The reverse match ends at ``hi`` with one of its words, then perhaps a line break; its longest word
    and the break fit in the last 13 characters. In ASCII, ignoring case is lower-casing.
    """
    tail = text[max(lo, hi - 13):hi]
    if not tail.isascii():
        return _WHEN_LAST_WORD.match(text, lo, hi) is not None
    if tail.endswith("\n"):
        tail = tail[:-1]
    return tail.lower().endswith(_WHEN_LAST_WORD_FORMS)


# a phrase opening the sentence that names a group by what it holds: "Among those who …", "Of voters who …"
_GROUP_OPENING = regex.compile(r"\s*(?:(?:and|but|yet|so)\s+)?(?:among|of|like|unlike)\b", regex.I)
# a plural noun before "who" that names people the lexicon does not know ("fishermen", "idealists"), and the
# lowercase words that may qualify it ("young", "angry")
_UNKNOWN_GROUP_HEAD = regex.compile(r"\p{Ll}{3,}(?:s|men|women|people|folk)")
_GROUP_QUALIFIER = regex.compile(r"\p{Ll}[\p{Ll}\-]+")
_NOT_A_GROUP_HEAD = {"this", "thus", "was", "has", "is", "his", "its", "yes", "less", "unless", "does", "as", "us",
                     "those", "these", "others", "ones", "and", "or", "of", "the", "for", "from", "with", "to", "by",
                     "in", "on", "at", "about", "against", "among", "many", "some", "all", "most", "more", "few",
                     "various", "numerous", "says", "thinks", "believes"}
# words that end the qualifiers before the noun: verbs, pronouns, adverbs ("there are generals", "them
# working-class whites")
_NOT_A_QUALIFIER = {"there", "here", "are", "were", "be", "been", "being", "had", "have", "include", "includes",
                    "included", "including", "them", "they", "also", "such", "like", "but", "not", "than", "then",
                    "said", "say", "told", "met", "saw", "see", "even", "only", "just", "other", "both", "any", "no",
                    "who", "which", "that", "whom", "whose", "very", "many", "some", "all", "most", "few", "more"}
_VOTE_FORMS = {"vote", "votes", "voted", "voting"}
_VOTING_PLACE_NOUNS = {"state", "states", "district", "districts", "county", "counties", "city", "cities", "town",
                       "towns", "precinct", "precincts", "country", "countries", "nation", "region", "regions"}


def _votes_as_a_place(mention: str) -> bool:
    """Is the subject of a vote a place ("Ohio", "three states", "the district"), whose vote is a tally?"""
    last = mention.split()[-1].strip(".,").lower() if mention.split() else ""
    return last in _VOTING_PLACE_NOUNS or last in PLACES or mention.rstrip().endswith("Va.")


# "those who" right before a cue, auxiliaries or adverbs between: "those who say", "those who have long backed"
_THOSE_WHO_BEFORE = regex.compile(r"\b[Tt]hose\s+who\s+(?:(?:has|have|had|do|did|also|still|now|once|long|all|"
                                  r"\p{Ll}{3,}ly)\s+){0,3}$")
# where a relative clause is closed off at the latest: a comma, a bracket, a semicolon, a dash
_RELATIVE_CLAUSE_STOP = regex.compile(r"\s*(?:[,;(]|\s[—–-]{1,2}\s|—)")
# a preposition that opens a verb's object: "believe in the plan" takes no clause
_PREPOSITION_NEXT = regex.compile(r"(?:in|on|about|of|for|with|against|into)\s")
# a past tense after a noun, the sentence's own verb after a relative clause: "… the pier is safe marched …"
# (not after an auxiliary, a linking verb, a determiner or a preposition: "is rushed", "the proposed levy")
_PAST_AFTER_NOUN = regex.compile(
    r"(?<=\b\p{L}+\s)(?<!\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|getting|seems?|seemed|looks?|"
    r"looked|feels?|felt|became|becomes?|remains?|remained|stays?|stayed|appears?|appeared|the|a|an|his|her|their|"
    r"its|our|my|your|this|that|these|those|to|of|in|on|by|for|with|from|at|as|and|or|but|not|very|so|too|more|most|"
    r"less|well|\p{Ll}+ly)\s)(?:\p{Ll}{2,}ed|went|won|lost|made|took|gave|held|met|sent|spent|led|brought|bought|"
    r"built|ran|kept|left|began|rose|fell|drew|split|cut|put|outnumber(?:s|ed)?)\b")
# a participle that modifies the noun before it: "the money raised by the levy", "the land sold to the county"
_PARTICIPLE_OF_NOUN = regex.compile(r"\s+(?:by|to|from|in|at|for|under|during|last|this|over)\b")
_CLAUSE_COMMA = regex.compile(r",[\p{Pf}\"'’]*\s+")     # a comma, inside closing marks or not, and the space after
_SUBORDINATE_OPENING = regex.compile(r"\s*(?:[\p{Pi}\"]\s*)?(?:(?:and|but|yet|so)\s+)?(?:although|though|even\s+though|even\s+if|while|whereas|if|"
                                     r"because|since|when|after|before|until|as|once|unless)\b", regex.I)
# the opening of a subordinate or relative clause: "Years after", "Just when", "However, while", "in which".
# (Not "who": in "Ruiz, who has seen the file but would say nothing about it, agreed …" the report inside
# the relative clause is as often left unmarked in the corpus, and cutting it there cost direct precision.)
_SUBORDINATE_LEAD = regex.compile(r"[\s\p{Pi}\"]*(?:(?:and|but|yet|so|however|still|meanwhile|now|then),?\s+)?"
                                  r"(?:(?:just|even|only|years|months|weeks|days|hours|long|shortly|soon|right)\s+)?"
                                  r"(?:although|though|while|whereas|if|because|since|when|after|before|until|as|once|"
                                  r"unless|where|(?:in|on|at|for|by|with|under|during|through|of)\s+(?:which|whom))\s",
                                  regex.I)
_CLAUSE_BREAKS = ",;:—–("
# a subordinator right before the subject, mid-sentence ("…: while Comey talked about …, he …")
_SUBORDINATOR_BEFORE = regex.compile(r"(?:^|[\s,:;—–])(?:although|though|while|whereas|because|since|unless)\s+$", regex.I)
# a sentence's verb (after an adverb): "ultimately did not", "recounted", "is making"
_PREDICATE = (r"(?:(?:\p{Ll}+ly|later|then|also|still|never|now|soon|once|again)\s+)?(?:is|are|was|were|has|have|had|will|"
              r"would|can|could|should|must|does|did|may|might|won|lost|went|came|made|got|took|gave|saw|knew|thought|found|"
              r"left|kept|began|became|ran|held|met|paid|sent|spent|stood|fell|rose|grew|led|told|"
              r"said|says|wrote|writes|tells|cast|spoke|brought|bought|fought|sought|taught|caught|felt|heard|meant|"
              r"built|drew|drove|flew|threw|chose|broke|struck|swore|sold|fled|withdrew|understood|forgot|"
              r"\p{Ll}+['’]t|\p{Ll}{2,}ed)\b")
_PREDICATE_START = regex.compile(r"\s*" + _PREDICATE)
# a present tense in -s and the start of its object ("The levy, Vale said, harms the poor", "…, wants a new
# vote"): after an aside, a predicate with no subject of its own (_PREDICATE has no present tense but "says": a
# bare "-s" word alone may as well be a plural noun, the next clause's subject)
_PRESENT_PREDICATE_START = regex.compile(
    r"\s*(?:(?:\p{Ll}+ly|also|still|never|now|often|only)\s+)?(?:\p{Ll}{2,}(?<![su])s|(?!(?:he|she|they|we|you|it|there|"
    r"here|the|an|his|her|their|its|our|my|your|this|that|these|those|some|many|most|all|both|few|no|in|on|at|for|"
    r"with|by|from|of|to|as|if|when|while|because|since|after|before|then|now|so|once|what|who|which|how|why|not|"
    r"even|just|only|but|and|or|nor|yet)\b)\p{Ll}{2,})\s+"
    r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|to|no|more|less|much|many|some|any|all|"
    r"every|each|both|them|him|us|me|it|nothing|everything|something|up|down|out|off|well|far|too)\b")
# a comma, then the sentence's own predicate ("…, was issued") or a clause with its subject ("…, the council
# closed it"); not a list's next item, a conjunction or a phrase ("…, including …", "…, and …", "…, in May")
_CLAUSE_RESUMES = regex.compile(
    r",[\p{Pf}\"'’]*\s+(?=(?:(?!(?:and|but|or|nor|yet|so|including|especially|along|not|perhaps|even|which|who|whom|"
    r"whose|that|where|when|while|as|with|without|in|on|at|for|to|from|by|of|after|before|since|until|about|like|"
    r"than|based|according|compared|up|down)\b)[\p{L}\p{N}'’.\-]+(?:,\p{N}+)*\s+(?:[\p{L}\p{N}'’.\-]+\s+){0,3}?)?"
    + _PREDICATE + ")")
# the sentence's own verb after a relative clause set off by commas: a past or an auxiliary (_PREDICATE), or a
# present tense with the start of its object or infinitive after it ("Ruiz, who opposed the ferry, plans to
# …", "…, who backed it, wants the …"; not a list's next noun, "…, ports and docks")
# after a comma (and closing marks), the subject of a clause of its own: one to five words, none a conjunction,
# preposition or relative pronoun first ("…, Ana Ruiz said", "…, the council also called"); _OWN_CLAUSE_REACH is
# how far after the comma its verb may come
_OWN_CLAUSE_SUBJECT = regex.compile(
    r"[\p{Pf}\"'’]*\s+(?!(?:and|but|or|nor|yet|so|including|especially|not|perhaps|even|which|who|whom|whose|that|"
    r"where|when|while|as|with|without|in|on|at|for|to|from|by|of|after|before|since|until|about|like|than|if|"
    r"though|although|because|once|unless|whether|it|there|this|these|those)\b)"
    r"[\p{L}\p{N}'’.\-]+(?:\s+[\p{L}\p{N}'’.\-]+){0,4}\s+", regex.I)
_OWN_CLAUSE_REACH = 60
# the "there" of "there is", which stands for nobody
_EXPLETIVE_SUBJECT = regex.compile(r"(?i)there(?:[’']s)?")
# white space and at most one adverb, before a predicate's verb
_ADVERB_LEAD = regex.compile(r"\s*(?:(?:\p{Ll}+ly|also|later|then|still|now|once|again)\s+)?")
_RELATIVE_CLAUSE_CLOSES = regex.compile(r"\s*(?:" + _PREDICATE + r"|(?:(?:\p{Ll}+ly|also|still|now|then)\s+)?"
                                        r"\p{Ll}{2,}s\s+(?:the|a|an|his|her|their|its|to|it|him|them|this|these|"
                                        r"those|himself|herself|themselves)\b)")
# a relative pronoun with no comma before it, right before the cue: the subject's own relative clause
# ("Pilots who say …", "Senators who have long wanted …")
_SUBJECT_RELATIVE_BEFORE = regex.compile(r"(?<![,\-—–(])\s+who\s+(?:(?:has|have|had|is|are|was|were|also|once|long|"
                                         r"been|\p{Ll}{3,}ly)\s+){0,3}$")


def _names_a_person(noun: str) -> bool:
    """Is ``noun`` (lower case) a word for a person or a group of people: "senator", "residents", "committeewoman"?"""
    single = noun[:-1] if noun.endswith("s") else noun
    return noun in PERSON_NOUNS or single in PERSON_NOUNS or noun in TITLE_HEADS or single in TITLE_HEADS \
        or noun in GROUP_HEADS or noun.endswith(("man", "men", "woman", "women", "person", "people"))


def _may_hold(text: str, lo: int, hi: int, *literals: str) -> bool:
    """False when a case-sensitive pattern whose every match holds one of ``literals`` cannot match inside
    ``text[lo:hi]`` ("who" or "which" for _RELATIVE_BEFORE, "who" for _SUBJECT_RELATIVE_BEFORE): most cues
    have no relative pronoun before them, and str.find is much cheaper than a search that fails."""
    for literal in literals:
        if text.find(literal, lo, hi) != -1:
            return True
    return False


# an auxiliary or modal, the finite verb of a clause, with the auxiliaries and adverbs after it ("could be",
# "have not", "would never have")
_AUXILIARY_GROUP = regex.compile(r"(?<=\p{L}[\p{Pf}\"']?\s)(?:is|are|was|were|has|have|had|will|would|can|could|should|"
                                 r"must|may|might|does|did|do|\p{Ll}+n['’]t)\b(?:\s+(?:not|never|be|been|have|"
                                 r"\p{Ll}+ly)\b){0,3}")
# the sentence's own verb after the one a relative clause sides with: "voters who back Ruiz are young"
_PREDICATE_AFTER_SIDE = regex.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                                      r"\p{Ll}{2,}ed)\b")
# a place that a noun for a person comes from, right before a relative pronoun: "a senator from Minnesota who",
# "the governor of New York who"
_PLACE_BEFORE_WHO = regex.compile(r"(?<=\b(?P<head>\p{Ll}{3,}))\s+(?:from|of)\s+(?:the\s+)?\p{Lu}[\p{L}.’'\-]*"
                                  r"(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}[,\s]*$")
# a phrase of where between a noun and "who": "candidates in competitive races who", "senators from coastal
# states who" (the object's head in "object"; "members of the crew who" is read whole, as the subject's phrase)
_THING_BEFORE_WHO = regex.compile(r"(?<=\b(?P<head>\p{L}{3,}))\s+(?:in|at|from|on|across|throughout)\s+"
                                  r"(?:(?:the|a|an|their|its|his|her|our)\s+)?(?P<phrase>(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}"
                                  r"(?P<object>\p{Ll}[\p{Ll}\-]+))\s+$")
# words of the phrase that may still be people after all ("one of the others who", "many of them working-class
# whites who"), or a share before it that is no noun of its own
_NOT_A_THING = {"them", "those", "others", "these", "whom", "all", "both", "many", "most", "some", "ones", "people",
                "few", "several", "each", "any", "none", "half"}
# the relative pronoun for people right before a verb, with auxiliaries or adverbs between: "who support",
# "who has long favored", "who also backs"
_WHO_RIGHT_BEFORE = regex.compile(r"\bwho\s+(?:(?:has|have|had|does|do|did|also|still|now|once|long|both|all|"
                                  r"\p{Ll}{3,}ly)\s+){0,3}$")
# a pronoun right before a verb: its subject, so the verb is a reported clause's, never the sentence's own
_PRONOUN_SUBJECT_BEFORE = regex.compile(r"\b(?:he|she|it|they|we|I|you)\s+$")
# what makes a verb part of the report: a conjunction or "to" before it (a second verb of the report, an
# infinitive), or a relative pronoun or subordinator (a clause inside it)
_VERB_GOES_ON = regex.compile(r"\b(?:and|or|but|nor|to|who|which|that|what|if|when|whether|because|since|than|as|"
                              r"where|while)\s+$")
# shares before "of whom" that speak for the noun the relative clause describes ("voters, most of whom say …"; not
# "none", which says nobody said it)
_SHARES_OF_WHOM = {"many", "most", "some", "all", "several", "few", "both", "half", "each", "two", "three", "four",
                   "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"}
# ", which officials said", ", who aides say": a relative pronoun, then the cue's own short subject (no verb in it)
_RELATIVE_WITH_SUBJECT_BEFORE = regex.compile(r",\s*(?:who|which)\s+(?!(?:has|have|had|is|are|was|were|will|would)\b)"
                                              r"(?:[\p{L}\p{N}’'.\-]+\s+){1,3}(?:(?:also|once|\p{Ll}{3,}ly|have|has|had)\s+)?$")
# a relative pronoun set off by a comma or dash right before the cue, auxiliaries between ("Ruiz, who said …,
# withdrew", "Adler, who has long endorsed …"), or the cue the second verb of the relative clause ("Ruiz, who
# backed him in May and said …, withdrew")
# (a share "of whom" opens one as "who" does: "…, most of whom say …, marched")
_RELATIVE_BEFORE = regex.compile(r"(?:,|\s[—–])\s*(?:who|which|(?:%s)\s+of\s+(?:whom|which))\s+(?:"
                                 % "|".join(sorted(_SHARES_OF_WHOM)) + _WHEN_SAID_PHRASE + r"\s*,?\s*)?"
                                 r"(?:(?:[^\s,;:.!?—–]+\s+){1,8}?and\s+)?"
                                 r"(?:(?:has|have|had|is|are|was|were|will|would|also|once|long|been|\p{Ll}{3,}ly)\s+){0,3}$")


_NEGATION = regex.compile(r"\b(?:not|never)\b|n['’]t\b")


def _negated_before(text: str, vstart: int, verb: str) -> bool:
    """Is the cue ``verb``, whose auxiliaries start at ``vstart``, negated ("did not say", "never claimed")?"""
    at = text.find(verb, vstart, vstart + 60)
    return at != -1 and _NEGATION.search(text, max(0, vstart - 8), at) is not None


# a relative pronoun opening a clause that describes the noun before it, with no comma between: "a farmer who
# sold …", "a study that appeared …" (a lower-case word or "’d" right after it; see _relative_clause_holding)
_RESTRICTIVE_RELATIVE = regex.compile(r"(?<=\p{L}[^\S\n]+)(?:who|that|which)(?:['’]d|[^\S\n]+(?=\p{Ll}))")
_RELATIVE_SUBJECT_REACH = 160    # characters from the relative pronoun to the noun inside its clause
# what stands right before a noun that is the object of a relative clause's verb or preposition, not the
# subject of a clause of its own: a preposition or a form of "be" ("sold land to the county", "who had been a
# medic", "that is Vole World"; a finite verb too: "who built the harbor")
_BEFORE_AN_OBJECT = _PREPOSITIONS | _BE | {"near", "under", "behind", "against", "among", "like", "than"}
# the words after "that" or "which" that make it a relative clause's subject, not a complementiser or a
# determiner ("said that voters …", "that plan"): an auxiliary, or a finite verb (see _is_finite_word)
_RELATIVE_VERBS = _BE | {"has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
                         "does", "did"}


def _relative_clause_holding(text: str, floor: int, sp: Speaker, vstart: int) -> Optional[int]:
    """Where the relative pronoun stands whose clause holds the subject ``sp`` found before the cue at ``vstart``
    ("a young nurse who had been a medic in Ohio asked", "the senator who grumbled to donors now wants"), else
    None. The clause follows a noun with no comma and runs unbroken to the cue; ``sp`` sits after a verb or a
    preposition of that clause, so it is an object there, not the subject of a clause inside it ("the plan that
    Ruiz says will …": Ruiz is that clause's subject, and says)."""
    lo = max(floor, sp.start - _RELATIVE_SUBJECT_REACH)
    if text.find("who", lo, sp.start) == -1 and text.find("that", lo, sp.start) == -1 \
            and text.find("which", lo, sp.start) == -1:
        return None     # (most subjects have no relative pronoun before them: no regex)
    relative = None
    for relative in _RESTRICTIVE_RELATIVE.finditer(text, lo, sp.start):
        pass    # (the last one before the subject opens the clause that holds it)
    if relative is None or any(c in text[relative.start():vstart] for c in ",;:()—–\"“”"):
        return None
    before = text[lo:relative.start()].split()
    if not before or not before[-1].isalpha() or before[-1].lower() in FUNCTION_WORDS \
            or _is_finite_word(before[-1].lower()):
        return None     # ("knows who …", "said that …": no noun for the clause to describe)
    inner = text[relative.start():sp.start].split()
    last = inner[-1].lower()
    if len(inner) < 2 or (last not in _BEFORE_AN_OBJECT and not _is_finite_word(last)
                          and not (last in ("and", "or") and len(inner) >= 4)):
        return None     # ("… for Vole or Tom Bell": the second of two objects too)
    contracted = "'" in inner[0] or "’" in inner[0]     # ("who’d rather …")
    first = inner[0] if contracted else inner[1]
    if not contracted and first.lower() in FUNCTION_WORDS - _BE:
        return None     # ("a plan that the mayor …": the clause has a subject of its own)
    if not inner[0].startswith("who") and not contracted and first.lower() not in _RELATIVE_VERBS \
            and not _is_finite_word(first.lower()):
        return None
    return relative.start()


def _cue_in_subordinate_clause(text: str, lo: int, vstart: int) -> bool:
    """Does the cue at ``vstart`` sit in a subordinate or relative clause: one opening the sentence at
    ``lo``, or one opening after the sentence's last comma, dash or colon before the cue ("Last month, when
    I asked …", "The ruling, in which the judge cited …")?"""
    last_break = max(text.rfind(c, lo, vstart) for c in _CLAUSE_BREAKS)
    start = last_break + 1 if last_break != -1 else lo
    return _SUBORDINATE_LEAD.match(text, start, vstart) is not None


# verbs whose preposition starts their complement: "believe in", "agree on", "hinted at"
_COMPLEMENT_PREPOSITION_VERBS = {"believe", "believes", "believed", "agree", "agrees", "agreed", "hint", "hints",
                                 "hinted", "hinting", "estimate", "estimates", "estimated", "hope", "hopes", "hoped"}
# a phrase of place, time or manner where a verb of saying expects its clause
_ADJUNCT_ONLY = regex.compile(r"[\s,]*(?:in|at|on|before|during|after|by|when|while|from|under|through|outside|inside|"
                              r"near|across|around|behind)\b"
                              r"(?![^,;]{0,80}\bthat\b)", regex.I)
_ADJUNCT_ONLY_INITIALS = frozenset("iaobdwfutn")  # the first letters of its prepositions


# a participle's agent right after it: "opposed by the West", "viewed by many" (not "by 55% to 41%", nor a means,
# "responded by saying …", "by first saying …")
_PASSIVE_AGENT = regex.compile(r"[^\S\n]+by[^\S\n]+(?!\p{N}|(?:\p{Ll}+[^\S\n]+)?\p{L}+ing\b)")


def _adjunct_only(text: str, pos: int = 0, endpos: int | None = None):
    """_ADJUNCT_ONLY.match(text, pos, endpos), without the regex where the text after ``pos`` opens with no
    preposition's first letter (most leads and rests: the regex costs tens of microseconds a call)."""
    if not _may_open_with(text, pos, _ASCII_SPACE + ",", _ADJUNCT_ONLY_INITIALS):
        return None
    return _ADJUNCT_ONLY.match(text, pos, len(text) if endpos is None else endpos)
# a span of time, or a time counted from another, and nothing more before the clause's end or its comma: "over the
# last month", "for decades", "the next day", "a few days later"
_TIME_SPAN_ONLY = regex.compile(r"[\s,]*(?:over\s+the\s+(?:weekend|(?:last|past|previous|next|coming)\s+"
                                r"(?:[\p{L}\p{N}\-]+\s+)?(?:days?|weeks?|months?|years?|decades?))|"
                                r"for\s+(?:(?:the\s+)?(?:last|past)\s+)?(?:[\p{L}\p{N}\-]+\s+)?"
                                r"(?:days|weeks|months|years|decades)|"
                                # or when, counted from another time: "the next day", "a few days later"
                                r"(?:the\s+(?:next|following|previous|same)|a\s+few|a\s+couple\s+of|two|three|four|"
                                r"five|several|some)\s+(?:days?|weeks?|months?|years?|mornings?|nights?|evenings?)"
                                r"(?:\s+(?:later|earlier|before|after|ago))?)"
                                r"\s*(?:$|[.;!?)—–]|,(?![^;]{0,80}\bthat\b))", regex.I)
# the first letters of its first words (a test checks them; a run of spaces longer than the slice the test
# reads leaves nothing, which goes to the regex)
_NO_TIME_SPAN = _ascii_except("ofats")
# where a verb's object (or an opening clause) gives way to the rest of the sentence
# where a participle's phrase may end: a comma or dash before the clause it belongs to, or a bracket
_PHRASE_END = regex.compile(r",(?![\p{Pf}\"'’]|\d)|\s[—–]\s|;| \(")
_OBJECT_END = regex.compile(r",(?![\p{Pf}\"'’]|\d)|\s[—–]\s|\s+but\s|;")
# a verb of saying next, after an adverb at most
_SAYING_NEXT = regex.compile(r"\s*(?:\p{Ll}+ly\s+|also\s+|later\s+)?(?:%s)\b" % "|".join(
    sorted((v for v in SAYING_VERBS if " " not in v), key=len, reverse=True)))
# the same, or a comma that closing marks follow (group "marks"): the sentence's comma, set inside the marks
_OBJECT_END_OR_MARKED_COMMA = regex.compile(r",(?P<marks>(?=[\p{Pf}\"'’]))|" + _OBJECT_END.pattern)
_SPEECH_WORD = regex.compile(r"\b(?:" + "|".join(sorted((v for v in SPEECH if " " not in v), key=len, reverse=True))
                             + r"|according)\b", regex.I)
_CLOSES_WITH_COMMA = regex.compile(r"(?:,[\p{Pf}\"]|[\p{Pf}\"],|,'')\s*$")


def _closes_with_comma(text: str, lo: int = 0, hi: Optional[int] = None):
    """``_CLOSES_WITH_COMMA.search(text, lo, hi)``, tried only at the end, where it can match.

    A match ends in a comma or a mark, then white space to ``hi`` (\\s is a subset of str.isspace, and no
    mark is white space): it starts at most three characters before the text rstrip leaves, and the last
    of those is ASCII only as ``,`` ``"`` or ``'``. (A search from ``lo`` tries every offset.)
    """
    if hi is None:
        hi = len(text)
    end = len(text[lo:hi].rstrip())
    if end == 0:
        return None
    last = text[lo + end - 1]
    if last.isascii() and last not in ",\"'":
        return None
    return _CLOSES_WITH_COMMA.search(text, max(lo, lo + end - 3), hi)


_ASIDE_START = regex.compile(r",|\s[—–]\s?")
# "it’s", "it is" opening a clause after a verb of saying ("said it’s important that …"; "it" alone is as often
# the verb's object)
_IT_IS_OPENS = regex.compile(r"\s*(?:it['’]s|it\s+(?:is|was|will|would))\s")
# an aside set off by two dashes that ends right before a verb: " — Ashford and Dover — "
_DASHED_ASIDE_BEFORE = regex.compile(r"\s(?P<d>[—–])\s?[^—–\n]{1,120}?\s?(?P=d)\s*$")
_DASHED_ASIDE_REACH = 130
# passives of a stance whose agent after "by" holds it of the subject: "was endorsed by the union", "were
# rejected by most voters" (not "criticized/accused by … for …": there the charge after the agent is reported too)
_PASSIVE_STANCES = {"supported", "backed", "endorsed", "opposed", "rejected", "derided", "echoed", "praised",
                    "championed", "condemned", "denounced", "welcomed", "applauded", "favored", "mocked", "ridiculed",
                    "dismissed", "disputed", "lauded", "hailed", "decried", "assailed", "touted"}
# what the agent of such a passive said of the subject, right after the agent: "… by Hale (already) as a …", "… for …"
_STANCE_BY_GOES_ON = regex.compile(r"\s*(?:\p{Ll}+\s+)?(?:as|for)\s")
_REPORTED_THING_WORDS = 8    # words of what "was first reported by" an outlet: "News of the club's move"
# what may follow the outlet that reported it, to the sentence's end: when it did
_REPORTED_BY_MORE = regex.compile(r"\s(?:to|as|that|who|which)\s")     # the agent's phrase goes on to a claim
_REPORTED_BY_REST = regex.compile(r"(?:on|last|this|earlier|in)\s+\p{L}+(?:\s+\p{L}+)?")
# a relative clause opened by a dash before a cue, not yet closed: "Ruiz - who previously said"
_IN_DASHED_RELATIVE = regex.compile(r"(?:\s(?:--|-)|\s?[—–])\s?(?:who|which)\s[^—–\-\n]*$")
_SHORT_ASIDE_SUBJECT_WORDS = 9     # words of a subject before an aside that may hold any verb ("Hale, 54, …")
_ASIDE_SUBJECT_WORDS = 13          # … and of a longer one, which must read as a noun phrase
# a participle after a subject's noun, and the preposition of its phrase: "veterans interviewed at rallies"
_PARTICIPLE_PHRASE = regex.compile(r"\p{Ll}+ed\s+(?:at|in|on|by|for|from|with|during|over|across|outside)\b")
# where a long subject's head noun ends: its relative clause or its participle's phrase
_SUBJECT_MODIFIER = regex.compile(r"\s(?:who|whom|whose|that|which)\b|\s%s" % _PARTICIPLE_PHRASE.pattern)
# a relative pronoun inside a subject, whose clause may hold a finite verb: "Officials who were there, …"
_SUBJECT_RELATIVE = regex.compile(r"\b(?:who|whom|whose|which|that)\b")
_LEADING_CONJUNCTION = regex.compile(r"\s*(?:(?:yet|but|and|so|still)\b,?\s*)?", regex.I)
_FINITE_FORMS = ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must",
                 "does", "did", "may", "might", "won", "lost", "went", "came", "made", "got", "took", "gave", "saw",
                 "knew", "thought", "found", "left", "kept", "began", "became", "ran", "held", "met", "paid", "sent",
                 "spent", "stood", "fell", "rose", "grew", "led", "brought", "bought", "built", "felt", "heard",
                 "meant", "told", "said", "wrote", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "don't",
                 "doesn't", "didn't")
_FINITE = regex.compile(r"\b(?:%s|\p{Ll}+ed)\b|\p{L}['’](?:re|ll|ve|d)\b" % "|".join(_FINITE_FORMS))
_FINITE_FORM_SET = frozenset(_FINITE_FORMS)
# a clause's opening or a finite verb inside what reads as the subject: the seeming verb is not the sentence's
_CLAUSE_INSIDE_SUBJECT = regex.compile(r"(?<![\p{L}’'])(?:what|whatever|why|whether|how|if|makes?|made|making|lets?|"
                                       r"%s)\s" % "|".join(sorted(_FINITE_FORMS)), regex.I)


# what comes before an "-ed" word that modifies a noun rather than heads a predicate: a hyphen ("NATO-led"), an
# article, a possessive or a preposition ("to undocumented migrants", "the disputed pier")
_BEFORE_AN_ADJECTIVE = regex.compile(r"(?:-|(?<!\p{L})(?i:the|a|an|his|her|their|its|our|my|your|to|of|for|with|in|on|by|"
                                     r"from|into|about|against|over)\s+)$")


def _holds_a_finite_verb(text: str, start: int, end: int) -> bool:
    """Does [start, end) hold a finite verb, not counting an "-ed" word that the word before it shows to be an
    adjective ("to join a NATO-led force", "citizenship for undocumented migrants")?"""
    for m in _FINITE.finditer(text, start, end):
        if not m.group().endswith("ed") or _BEFORE_AN_ADJECTIVE.search(text, max(start, m.start() - 10), m.start()) is None:
            return True
    return False


def _is_finite_word(word: str) -> bool:
    """``_FINITE.fullmatch(word)``: a whole word is finite only as one of the forms, an "-ed" word or a contraction,
    so a set lookup and two substring tests rule out most words without the regex."""
    if word not in _FINITE_FORM_SET and not word.endswith("ed") and "'" not in word and "’" not in word:
        return False
    return _FINITE.fullmatch(word) is not None


_FIRST_WORD = regex.compile(r"[\s,;:\u00a0]*(?P<word>[\p{L}'’\-]+)")
_OPENING_MARKS = regex.compile(r"(?:[“\"‘]|'')?")


# a name, then at most an appositive without a verb ("Ana Ruiz, head of the rowing club"), to the sentence's end
_INVERTED_NAME = regex.compile(r"\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,3}\p{Lu}[\p{L}'’\-]+"
                               r"(?:,\s+(?:a|an|the|director|head|chairman|chairwoman|president|professor|"
                               r"spokesman|spokeswoman|author|analyst)\b[^,;:!?]{0,120}?)?[\s.,!?\u00a0]*")
_REQUEST_FOR_COMMENT = regex.compile(r"(?:to\s+)?(?:(?:a|an|the|our|my|his|her|their|several|repeated|multiple)\s+)?"
                                    r"(?:requests?|inquiries|inquiry|messages?|calls|emails)\s+(?:\S+\s+){0,2}?"
                                    r"(?:for|seeking)\s+comment", regex.I)
# a source asking not to be named: "not to be identified", "anonymity because …", "that her name not be used"
_ANONYMITY = regex.compile(r"(?:not\s+)?to\s+be\s+(?:named|identified|quoted)(?=\s*(?:[,.;)—–]|because\b|by\b|in\b|$))"
                           r"|anonymity\b"
                           r"|that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published)", regex.I)
# "replied to the letter on Monday by saying …", "explained the chart by writing: …": the words come after the
# gerund; what the cue verb takes first is what it answered or explained, and at most a time or place sits between
_BY_SAYING_NEXT = regex.compile(r"(?:\s+[\p{L}’'\-]+){0,3}?\s*,?\s+by\s+(?:saying|writing|tweeting|telling|declaring|"
                                r"stating|insisting|asserting|responding|replying)\b", regex.I)
_BY_SAYING_WORDS = 6    # an object as short as "to one of the mayor's messages"; a longer one may be the report
# the first letters of the words these two patterns open with (a test checks them): most clauses open with
# another, and the test is much cheaper than a match that fails
_NO_REQUEST_FOR_COMMENT = _ascii_except("taomhsrice")
_NO_ANONYMITY = _ascii_except("nta")
# a preposition with no object of its own: the object came before the verb ("the causes she fights for - …")
_STRANDABLE = {"about", "in", "on", "for", "to", "with", "of", "at", "from", "by", "into", "over", "through"}
_STRANDED = regex.compile(r"\s*(?:$|[,;:.!?—–]|-\s|(?:or|and|in|at|on|for|to|by|with|from)\b)")
_TITLES_LOOKED_AT = 4   # quoted titles in one adjunct ("in his book, “A,” and his film “B”"); more is speech
_FEEL_VERBS = {"feel", "feels", "felt", "feeling"}
# what follows a participle that opens a phrase: a preposition, or nothing ("an interview published.")
_PARTICIPLE_PHRASE_GOES_ON = regex.compile(r"\s*(?:$|[,.;]|(?:by|to|in|on|at|from|for|with|during|after|before|"
                                           r"over|into|about|as|along|across|under|near|around|through|inside|"
                                           r"outside|behind|between|within|without)\b)")


def _is_participle(word: str) -> bool:
    """Is ``word`` (lower case) a past participle? "provided", "written"; not "need", "based" ("based on
    the count, she leads" opens a clause) nor a short word such as "red"."""
    if word in IRREGULAR_PARTICIPLES:
        return True
    return len(word) >= 5 and word.endswith("ed") and not word.endswith("eed") and word != "based"


_TOPIC_OPENING = regex.compile(r"\s*(?:of|about)\s+(?!\p{N}|half\b|a\s+(?:third|quarter|dozen)\b)")


def _names_a_topic(text: str, verb: str, vstart: int, vend: int, cend: int) -> bool:
    """"…, a professor said of the plan.", "the club said about its new rules: “…”": "of"/"about" after
    a verb of saying names what the words were about; the words themselves stand before the verb or after
    the colon. (Elsewhere "what the neighbors said about the fire" is how the gold reads a report.)"""
    if verb not in TOPIC_VERBS or _TOPIC_OPENING.match(text, vend, cend) is None:
        return False
    return text[cend:cend + 2].lstrip()[:1] == ":" or _ends_an_aside(text[max(0, vstart - 8):vstart])


# "the town as we know it will change", "the league, as we now know it,": an idiom for "as it is", no report
_AS_WE_KNOW_IT = regex.compile(r"\bas\s+(?:we|you|they|i)\s+(?:now\s+)?(?:know|knew)\s+it\b", regex.I)


def _may_say_as_we_know_it(text: str, start: int, end: int) -> bool:
    """False only where _AS_WE_KNOW_IT cannot match in text[start:end]: its every match holds "know" or
    "knew", so "kn" in some case, and casefold() turns every character the regex takes for "k" or "n" (the
    Kelvin sign among them) into that letter. Few cues have either word near them."""
    return "kn" in text[start:end].casefold()
_SUBORDINATORS = {"where", "which", "while", "whereas", "when", "whom", "whose", "something"}
# (one name for the pronouns that are a clause's subject: an earlier second definition was dead)
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def _subordinate_subject(text: str, lo: int, speaker: Speaker) -> bool:
    """Does the cue's subject stand in a clause of its own after the comma, which the words before it
    ("…, where she hopes to …", "…, a fact she often mentions", "…, exactly the kind of judge many
    fear") make a relative or adverbial clause? Then the words before the comma are the sentence's
    own, not what the subject said."""
    comma = text.rfind(",", max(lo, speaker.start - 80), speaker.start)
    if comma == -1:
        return False
    between = [w.lower() for w in _words(text[comma + 1:speaker.start])]
    if any(w in _SUBORDINATORS for w in between):
        return True
    if speaker.mention.lower() in _SUBJECT_PRONOUNS:
        # (but "…, as she said at the outset": the aside of "as" gives the clause before it to the pronoun)
        return bool(between) and not (between == ["as"] and speaker.mention.lower() in ("he", "she", "they"))
    return len(between) >= 3 and not _fronts_a_noun_phrase(_words(text[comma + 1:speaker.start]))


_OBJECT_PRONOUNS = {"it", "him", "her", "them", "me", "us"}
# what may follow an inverted subject ("…, said Ana Ruiz." / ", in a statement" / " on Tuesday" / " of Ohio")
_AFTER_INVERTED_SUBJECT = regex.compile(r"\s*(?:$|[,.;:!?()\[\]—–\-\"”’']|\p{Lu}|(?:in|on|at|during|after|before|of|from|"
                                        r"to|with|for|who|whose|whom|which|via|when|while|as|according|earlier|"
                                        r"later|last|this|yesterday|today|tonight|recently|once|then|also|again|"
                                        + _WEEKDAY + r")\b)")

# a head noun or two the subject phrase left out, then the clause's end ("a union | mediator.")
_HEAD_NOUN_LEFT = regex.compile(r"(?:\s+(?!(?:and|or|but)\b)\p{Ll}[\p{L}\-]*){1,2}\s*(?:$|[,.;:!?])")


def _ends_an_inverted_subject(text: str, speaker: Speaker, hi: int) -> bool:
    """Is ``speaker``, read after the verb, a whole inverted subject? Not an object ("…, reported it to the
    police"), nor the start of one ("…, writes a monthly letter and …", "…, recalled Ruiz giving her …")."""
    if speaker.mention.lower() in _OBJECT_PRONOUNS:
        return False
    return _AFTER_INVERTED_SUBJECT.match(text, speaker.end, hi) is not None \
        or _HEAD_NOUN_LEFT.match(text, speaker.end, hi) is not None   # "…, said a union mediator."


def _opens_no_report(text: str, verb: str, vend: int, cstart: int, cend: int) -> bool:
    """Do the words after the cue verb (from ``vend``; the clause read from ``cstart``) say nothing?

    "adding to her margin": "add to" is "increase", and its object is no statement; "showed up at the
    fair", "called off the strike": a particle makes the verb another verb, one that reports nothing;
    nor does a verb joined to the next one by "and" or "or", a participle phrase, a request for comment or
    a preposition whose object came before the verb.
    """
    first = _FIRST_WORD.match(text, cstart, cend)
    if first is None:
        return False
    word = first.group("word").lower()
    between = text[vend:first.start("word")].split()
    if _is_participle(word) and verb not in _FEEL_VERBS \
            and _PARTICIPLE_PHRASE_GOES_ON.match(text, first.end(), cend) is not None:
        # "said in a letter handed to the clerk", "notes penciled along the edges": a participle phrase
        # describes a noun; a clause has a subject of its own (after "felt" the participle is the feeling:
        # "felt slighted by the party" reports it)
        return True
    if word in ("and", "or") and all(w.lower() in _PREPOSITIONS for w in between):
        # "cheered and waved flags", "has never sought or held a post", "what she asked for and
        # …": a second verb shares the first one's subject; what follows is no clause of the first
        return True
    initial = text[first.start("word")]     # (as written: the sets hold only ASCII, a non-ASCII letter goes to the regex)
    if initial not in _NO_REQUEST_FOR_COMMENT and _REQUEST_FOR_COMMENT.match(text, first.start("word"), cend) is not None:
        return True     # "did not answer requests for comment", "referred requests for comment to …"
    if initial not in _NO_ANONYMITY and _ANONYMITY.match(text, first.start("word"), cend) is not None:
        return True     # "asked not to be named", "requested anonymity to speak freely": how, not what, they said
    if _answered_then_said(text, vend, cstart, cend):
        return True     # "responded to her tweet by saying, …": the words follow "by saying", not the cue verb
    if between:
        return False
    if word in _STRANDABLE and _STRANDED.match(text, first.end(), cend) is not None:
        return True     # "the few topics all could agree on — …", "the flooding the engineers warned about in …"
    return (verb in ADD_FORMS and word == "to") or (verb in CALL_FORMS and word == "into") \
        or word in PHRASAL_PARTICLES


# a post pasted into the article with its markup: <tweet author="@x" …>its words</tweet>; (the words hold no tag
# bracket, and both the tag and the words stop at a bounded length)
_EMBEDDED_POST = regex.compile(r"<tweet\b[^<>]{0,3000}>([^<]{1,5000})</tweet>")


def _outside_embedded_posts(text: str, found: list[Attribution]) -> list[Attribution]:
    """The attributions that do not open inside a pasted-in post: its words are the post author's as a whole, like
    the words inside quotation marks, and a cue among them ("Mr. Ruiz, who does not know me, …") or a quote it
    quotes reports nothing of the article's own. Only articles holding such a post pay for the scan."""
    if "</tweet>" not in text:
        return found
    bodies = [m.span(1) for m in _EMBEDDED_POST.finditer(text)]
    if not bodies:
        return found
    starts = [s for s, _ in bodies]

    def opens_inside(attr: Attribution) -> bool:
        first = attr.pieces[0].start
        k = bisect.bisect_right(starts, first) - 1
        return k >= 0 and first < bodies[k][1]

    return [a for a in found if not opens_inside(a)]


def _speakers_after_the_marks(results: list[Attribution]) -> None:
    """Quoted words opened inside a sentence and closed a sentence or more later, before the cue: 'The vote “came
    too early. People were still talking about Ruiz,” said Vale.' The cue after the marks attributes its own
    sentence, the last one inside them, and with it the whole quoted passage: the words the marks open with
    (read as a phrase of the first sentence, whose subject did not say them) are the same speaker's."""
    clauses = [a for a in results if a.rule.startswith("clause,") and a.speaker is not None
               and a.speaker.start >= a.pieces[-1].end]
    if not clauses:
        return
    clauses.sort(key=lambda c: c.pieces[0].start)
    starts = [c.pieces[0].start for c in clauses]
    for attr in results:
        if attr.kind != "partial" or not attr.rule.startswith("quoted words") or len(attr.pieces) != 1:
            continue
        start, end = attr.pieces[0].start, attr.pieces[0].end
        # (the clauses that start inside the marks, found by bisection: a long article stays linear)
        inside = range(bisect.bisect_right(starts, start), bisect.bisect_left(starts, end))
        last = next((clauses[i] for i in inside if end <= clauses[i].pieces[-1].end <= end + 2), None)
        if last is not None:
            attr.speaker, attr.cue, attr.rule = last.speaker, last.cue, "quoted words, speaker after the marks"


def _each_span_once(found: list[Attribution]) -> list[Attribution]:
    """The attributions with the first of any that cover the very same words: two cues of one sentence ("warned
    …, arguing that …", "the survey shows, polls report …") or a report and a noun of saying may read one clause,
    and once trimmed of "that" their spans agree; the words were said once, so they are one report."""
    seen: set[tuple[tuple[int, int], ...]] = set()
    kept = []
    for attr in found:
        key = tuple((s, e) for s, e in attr.pieces)
        if key not in seen:
            seen.add(key)
            kept.append(attr)
    return kept


def _answered_then_said(text: str, vend: int, cstart: int, cend: int) -> bool:
    """Is the cue's object only what was answered or explained, with the words themselves after a "by saying"
    that follows it ("responded to a reader's letter Tuesday by saying the fee would stay", "explained the
    cartoon by saying: …")? A short object with no "that" of its own names the thing answered, not a report."""
    if _THAT_WORD.search(text, vend, cend) is not None:     # from the verb: a "that" the clause skips counts
        return False
    if len(_words(text[cstart:cend])) > _BY_SAYING_WORDS:
        return False
    return _BY_SAYING_NEXT.match(text, cend, min(len(text), cend + 80)) is not None


# a clause of time opening the sentence and running to the cue: "After the mayor testified", "When she agreed"
_TIME_CLAUSE_TO_CUE = regex.compile(r"[\s\p{Pi}\"']*(?:(?:and|but|so)\s+)?(?:after|before|when|once|until|whenever|while)\s+"
                                    r"(?:[^\s,;:]+\s+){0,6}", regex.I)
# a clause of when the verb happened, or of how ("responded as though she had been slighted"), where its report would be
# (and "before"/"after" with a clause of its own: "said before he died", not "decided after a long inquiry not to …")
_WHEN_CLAUSE = regex.compile(r"(?:when|as\s+if|as\s+though|(?:before|after)(?=\s+(?:he|she|they|we|I|it|you)\s))"
                             r"\s+(?=\p{L})", regex.I)
_NO_WHEN_CLAUSE = _ascii_except("wab")
# verbs whose object may be a question opening with "when": "does not know when", "recalled when the mill shut"
_WH_COMPLEMENT_VERBS = {v for base in ("know", "remember", "recall", "wonder", "ask", "explain", "decide", "reveal",
                                       "disclose", "specify", "predict", "indicate", "question", "learn", "describe",
                                       "discuss", "forget", "announce", "confirm", "tell", "guess", "estimate")
                        for v in (base, base + "s", base + "d", base + "ed", base + "ing", base[:-1] + "ing")} \
    | {"knew", "known", "told", "forgot", "forgotten"}
# a negation before the verb makes "when" a question: "would not say when", "has not said when the vote is"
_NEGATED_CUE = regex.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$")


def _only_when_it_happened(text: str, verb: str, lo: int, vstart: int, vend: int, cstart: int, cend: int) -> bool:
    """Is what follows the cue only a clause of when it happened ("said when a reporter asked him")?

    The clause runs to the report's end, or to a comma and a verb that is the sentence's own ("a win she conceded
    when the polls closed, confirmed …"); a clause after its comma ("said when I left, I would not stay quiet") or
    a "that" before or in it ("noted that when the race began …", "said when asked that …") is what was said, and
    so is the question a verb of knowing or a negation makes of "when" ("recalled when the mill shut", "would not
    say when the vote is").
    """
    if verb in _WH_COMPLEMENT_VERBS:
        return False
    when = _WHEN_CLAUSE.match(text, cstart, cend) if text[cstart:cstart + 1] not in _NO_WHEN_CLAUSE else None
    if when is None or _NEGATED_CUE.search(text, max(lo, vstart - 24), vend) is not None \
            or _THAT_WORD.search(text, vend, cstart) is not None:
        return False
    comma = text.find(",", when.end(), cend)
    run_end = cend if comma == -1 else comma
    if _THAT_WORD.search(text, when.end(), run_end) is not None:
        return False
    return comma == -1 or _PREDICATE_START.match(text, comma + 1, cend) is not None


# "add another title to his resume", "adds a new voice to the record": a thing put into something; "added
# 1 million jobs": a number of things. Both are "add" as "increase" or "include", with no clause of what was
# said, which has a verb of its own ("added the plan would fail", "added 40 percent were undecided")
_ADDED_TO = regex.compile(r"(?:a|an|another|the|his|her|their|its|our|some|more|new)\s+(?:[\p{L}\p{N}'’\-]+,?\s+){0,5}?"
                          r"to\s+(?:a|an|the|his|her|their|its|our|my|your)\s")
_ADDED_NUMBER = regex.compile(r"\p{N}")


def _adds_a_thing(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "add" with a thing added for its object ("could add another job to his list"), not words?"""
    if verb not in ADD_FORMS:
        return False
    put_in = _ADDED_TO.match(text, cstart, cend)
    if put_in is not None:
        return _FINITE.search(text, cstart, put_in.end()) is None
    return _ADDED_NUMBER.match(text, cstart, cend) is not None and _FINITE.search(text, cstart, cend) is None


# an office as the whole object of "seek": "was seeking the Democratic nomination", "is not seeking a fifth term"
_OFFICE_SOUGHT = regex.compile(r"(?:(?:a|an|the|his|her|their|its|another)\s+)?(?:[\p{L}\p{N}.'’\-]+\s+){0,3}?"
                               r"(?:%s)(?=\s*(?:$|[,.;:!?)—–]|(?:in|on|for|of|as|at|and|but|or|after|before|this|next|"
                               r"last|against|with|from|by|while|when|since|until|because|if)\b))"
                               % "|".join(w.replace(" ", r"\s+") for w in OFFICE_NOUNS))


def _seeks_an_office(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "seek" with an office for its object ("seeking a second term")? That is running for it."""
    return verb in SEEK_FORMS and _OFFICE_SOUGHT.match(text, cstart, cend) is not None


# "decided to run", "declined to run for reelection", "plans to run again in 2026", "wants to run as an independent":
# running (for an office, in a race) is the candidacy itself, and a verb of will or choice before it reports no words
# (a promise or a threat does: "vowed to run again", "threatened to run as an independent"); "to run ads", "to run
# away from the field" still go on to what the verb's object is
_PROMISING_VERBS = {v for base in ("vow", "pledge", "promise", "threaten", "announce", "swear")
                    for v in (base, base + "s", base + "ed", base + "d", base + "ing", base[:-1] + "ing")} \
    | {"swore", "sworn", "said", "says", "say", "saying"}
_RUNNING_FOR_OFFICE = regex.compile(r"to[^\S\n]+run(?=[^\S\n]*(?:$|[,.;:)—–]|(?:for|again|in|as|against|this|next|"
                                    r"was|is|were|are|but|and|after|before|when|if|because)\b))")


def _runs_for_office(text: str, cstart: int, cend: int) -> bool:
    """Does the report open with "to run" and nothing it runs, the candidacy ("declined to run for a third term")?"""
    return text.startswith("to", cstart) and _RUNNING_FOR_OFFICE.match(text, cstart, cend) is not None


# "celebrated his 70th birthday Friday", "as they celebrated the sailor's legacy", "photos that celebrated her
# milestone": an occasion marked (a birthday, a life, a milestone) is a celebration held, not praise in words;
# "celebrated the ruling", "celebrated the decision as a victory" still say what they thought of it
_CELEBRATE_FORMS = {"celebrate", "celebrates", "celebrated", "celebrating"}
_OCCASION_MARKED = regex.compile(r"(?:(?:a|an|the|his|her|their|its|our|my|your|this|that)\s+)?(?:[\p{L}\p{N}’'\-]+\s+){0,3}?"
                                 r"(?:birthdays?|anniversary|anniversaries|legacy|legacies|milestones?|life|lives|"
                                 r"holidays?|weddings?|graduation|homecoming|retirement|Christmas|Thanksgiving|"
                                 r"New\s+Year)\b(?![’'\-])")


def _celebrates_an_occasion(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "celebrate" with an occasion for its object ("celebrated his 70th birthday") and no clause?"""
    if verb not in _CELEBRATE_FORMS:
        return False
    occasion = _OCCASION_MARKED.match(text, cstart, cend)
    return occasion is not None and _FINITE.search(text, cstart, occasion.end()) is None


# "runs counter to the town's interests", "trying to counter the gloomy talk about the port": "counter" with "to" or
# with a thing for its object is "go against" or "offset"; the reply in words is a clause or a quote ("countered that
# the fee was fair", "countered, “…”"), or what it was made with ("countered with a rally of her own")
_COUNTER_FORMS = {"counter", "counters", "countered", "countering"}
_THING_COUNTERED = regex.compile(r"(?:to|(?:a|an|the|his|her|their|its|our|this|that|these|those)\s+(?!that\b))\b")


def _counters_a_thing(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "counter" as "go against" or "offset": "to" after it ("runs counter to what …"), or a noun phrase
    with no clause or "that" in it?"""
    if verb not in _COUNTER_FORMS or _THING_COUNTERED.match(text, cstart, cend) is None:
        return False
    return text.startswith("to", cstart) \
        or (_THAT_WORD.search(text, cstart, cend) is None and _FINITE.search(text, cstart, cend) is None)


# "protesters interrupted a Hale rally", "Ruiz interrupted a long discussion with the board": an event or a talk
# interrupted is broken off, and nothing said is reported ("interrupting his rivals" is cutting people off in words)
_INTERRUPT_FORMS = {"interrupt", "interrupts", "interrupted", "interrupting"}
_EVENT_INTERRUPTED = regex.compile(r"(?:a|an|the|his|her|their|its|our|this|that)\s+(?:[\p{L}\p{N}’'\-]+\s+){0,3}?"
                                   r"(?:event|discussion|speech|meeting|rally|hearing|debate|session|conversation|"
                                   r"interview|broadcast|ceremony|service|address|briefing|news\s+conference|"
                                   r"press\s+conference|vote|proceedings|concert|game|show|program|programme)s?\b")


def _interrupts_an_event(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "interrupt" with an event or a talk for its object ("interrupted a Hale rally")?"""
    return verb in _INTERRUPT_FORMS and _EVENT_INTERRUPTED.match(text, cstart, cend) is not None


# "testified voluntarily in 1998", "answered calmly on Friday": a manner adverb and at most when, the whole of what
# follows the verb, say how it was done and nothing that was said (a noun in "-ly", "thanked family", is an object)
_MANNER_THEN_WHEN = regex.compile(r"(?!(?:family|rally|ally|supply|assembly|reply|anomaly|monopoly|bully|belly|folly|"
                                  r"homily|july)\b)\p{Ll}{3,}ly(?:[^\S\n]+(?:in[^\S\n]+\p{N}{4}|on[^\S\n]+(?:%s)|last[^\S\n]+(?:week|month|year|night)|"
                                  r"yesterday|today|tonight|earlier|later))?" % _WEEKDAY, regex.I)
# "think twice before signing": "think twice" is to hesitate, and what follows is when, not a thought
_THINK_FORMS = {"think", "thinks", "thought", "thinking"}
_TWICE = regex.compile(r"twice\b")


def _only_how_it_was_done(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is all that follows the cue a manner adverb and when ("testified voluntarily in 1998"), or "twice" after
    "think" ("think twice before agreeing to …")?"""
    if verb in _THINK_FORMS and _TWICE.match(text, cstart, cend) is not None:
        return True
    return cend - cstart < 40 and _MANNER_THEN_WHEN.fullmatch(text, cstart, cend) is not None


# before a colon that the words follow: only when they were put ("As the Ledger reported after the storm hit the
# docks:", "told the council when asked about the audit: “…”") or only how ("describes its mission in the following
# way:")
_LEAD_IN_WHEN = regex.compile(r"(?:after|before|when|while|during)\b", regex.I)
_LEAD_IN_HOW = regex.compile(r"(?:[\p{L}’']+\s+){0,2}?(?:in\s+the\s+following\s+(?:way|terms|manner)|as\s+follows|this\s+way|"
                             r"like\s+this|thus)")


def _only_leads_in_to_a_colon(text: str, cstart: int, cend: int) -> bool:
    """Is the report followed by a colon and only when or how the words after it were put?"""
    after = cend
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    if not text.startswith(":", after):
        return False
    return _LEAD_IN_WHEN.match(text, cstart, cend) is not None or _LEAD_IN_HOW.fullmatch(text, cstart, cend) is not None


# "declined 40 percent", "has fallen a little from 61 percent": an amount, or a degree and where from, is
# how far something fell; a refusal is of something ("declined a request", "declined to comment")
_AMOUNT_FALLEN = regex.compile(r"(?:(?:slightly|sharply|steeply|steadily|dramatically|significantly|modestly|"
                               r"markedly|further)\b\s*(?:$|[,.;]|(?:from|to|by|since|over|in|for)\s)|"
                               r"(?:by|from|to)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?[\p{N}$]|"
                               r"\p{N}[\p{N}.,]*\s*(?:%|percent|per\s+cent|points?|percentage\s+points?)\b)")
_DECLINE_FORMS = {"decline", "declines", "declined", "declining"}


def _fell_by_an_amount(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "decline" as "fall", by an amount or a degree ("trade declined 40 percent")?"""
    return verb in _DECLINE_FORMS and _AMOUNT_FALLEN.match(text, cstart, cend) is not None


# "I know Ana Ruiz personally", "Ruiz, who does not know me, …", "knows the mayor in a way few others do": a
# person known is an acquaintance, not a fact known ("I know tenants are tired" goes on to a clause)
_KNOW_FORMS = {"know", "knows", "knew", "knowing"}
_AFTER_PERSON_KNOWN = regex.compile(r"\s*(?:$|[,.;:!?)—–]|(?:personally|well|better|from|since|for|in\s+a\s+way)\b)")


def _knows_a_person(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "know" with a person (a name or a pronoun) and nothing more for its object?"""
    if verb not in _KNOW_FORMS:
        return False
    who = _PERSON_OBJECT.match(text, cstart, cend)
    return who is not None and _AFTER_PERSON_KNOWN.match(text, who.end(), cend) is not None


# "did not know about the audit", "the best plan I know of", "we know because turnout rose": knowing about or
# of something is being aware of it, and "because" gives a reason with the thing known left out; no fact is told
_KNOWN_ONLY_OF = regex.compile(r"\s*(?:about|of|because)\b", regex.I)


def _knows_only_of_a_thing(text: str, verb: str, vend: int, cend: int) -> bool:
    """Is the cue "know" followed by "about", "of" or "because", not by a clause or an object of its own?"""
    return verb in _KNOW_FORMS and _KNOWN_ONLY_OF.match(text, vend, cend) is not None


# "Bell, who is challenging Sen. Ana Ruiz in the primary", "challenging Mayor Ruiz for her seat": a person, a
# title and a name, and then only where or for what, is the rival in a race; the challenge is a candidacy, not
# words ("challenging voters on their record" or "challenging Ruiz to a debate" goes on to what was put to them)
_RIVAL_CHALLENGED = regex.compile(r"\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,7}\s*(?:$|[,;]|(?:in|for)\b)")


def _challenges_a_rival(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "challenging" with only a named person (and where, or for what) for its object?"""
    return verb == "challenging" and _RIVAL_CHALLENGED.match(text, cstart, cend) is not None


# "called Ruiz on Monday", "called both rivals Wednesday night", "called a local organiser, Ana Ruiz, and …":
# one called is telephoned when after the person comes only when, or only who the person is; one named has a
# name or a description after it ("called Ruiz a liar", "called him “reckless”")
_PERSON_CALLED = regex.compile(r"(?:(?:both|all|each)\s+\p{Ll}+|%s)" % _PERSON_OBJECT.pattern)
_WHEN_CALLED = regex.compile(r"\s+(?:(?:on|early|late|last|this)\s+)?(?:" + _WEEKDAY + r"|yesterday|today|tonight|shortly|moments|minutes|hours|the\s+night|"
                             r"the\s+morning)\b(?![’'])", regex.I)
_ONE_CALLED_AND_NAME = regex.compile(r"(?:a|an|the|his|her|their|its)\s+(?:(?!(?:a|an|the)\s)[\p{L}\-]+\s+){0,3}?"
                                     r"[\p{L}\-]+,\s+\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}[\s,]*$")


def _telephones_a_person(text: str, verb: str, vend: int, cstart: int, cend: int) -> bool:
    """Is the cue "call" as "telephone": a person called, then only when ("called Ruiz shortly after the
    count") or only the person's name ("called a local organiser, Ana Ruiz")?"""
    if verb not in CALL_FORMS or text[vend:cstart].strip():
        return False    # ("called for", "called on": a particle makes another verb)
    if _ONE_CALLED_AND_NAME.match(text, cstart, cend) is not None:
        return True
    who = _PERSON_CALLED.match(text, cstart, cend)
    if who is None:
        return False
    if not who.group()[0].isupper() and not text[who.end():cend].strip(" ,.;:\u00a0"):
        return True     # "called them", "called both candidates" (and when, cut off before): no name after it
    return _WHEN_CALLED.match(text, who.end(), cend) is not None


# "she boasts a 45-point lead", "the town boasts three harbors": "boast" with a thing for its object is "have";
# the boast in words is of, about or that something ("boasted of his skills", "boasts that he won")
_BOAST_FORMS = {"boast", "boasts", "boasted", "boasting"}
_THING_HAD = regex.compile(r"(?:a|an|the|some|two|three|four|five|several|many|more|\p{N})\b")


def _boasts_a_thing(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "boast" as "have", with a noun phrase right after it and no clause in it?"""
    return verb in _BOAST_FORMS and _THING_HAD.match(text, cstart, cend) is not None \
        and _FINITE.search(text, cstart, cend) is None


# "claiming 37 percent of the seats", "as the army claims two more towns in the north": an amount claimed is won or
# taken; a claim in words has a clause ("organizers claimed nearly 400 delegates took part" still reports)
_CLAIM_FORMS = {"claim", "claims", "claimed", "claiming"}
_AMOUNT = regex.compile(r"(?:(?:about|nearly|almost|roughly|some|over|more\s+than)\s+)?\p{N}|more\s")


def _claims_a_share(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "claim" as "win" or "take", with an amount for its object and no clause in it?"""
    return verb in _CLAIM_FORMS and _AMOUNT.match(text, cstart, cend) is not None \
        and _FINITE.search(text, cstart, cend) is None


# "assumed office in 2007", "has assumed a new role", "would assume the company's debts": "assume" with a thing for
# its object is "take on"; the belief it reports is a clause ("assumes voters will forgive him", "assume that …")
_ASSUME_FORMS = {"assume", "assumes", "assumed", "assuming"}


def _assumes_a_charge(text: str, verb: str, cstart: int, cend: int, frags: "Intervals") -> bool:
    """Is the cue "assume" as "take on" (an office, a role, a style, a debt), a noun phrase and no clause after it?"""
    return verb in _ASSUME_FORMS and _FINITE.search(text, cstart, cend) is None \
        and not text.startswith("that", cstart) and not frags.any_within(cstart, cend + 1)


_WORK_WRITTEN = regex.compile(r"(?:(?:a|an|the|his|her|their|its|one)\s+)?(?:[\p{L}\p{N}’'\-]+,?\s+){0,3}?(?:%s)\b"
                              % "|".join(WRITTEN_WORKS))
# what a written work says, after its name: a participle ("a letter asking …"), quoted words or a colon
_WORK_SAYS = regex.compile(r"\b\p{Ll}{3,}ing\b|[:“”\"«»]")
# a work the text has named, written: "I wrote it in one evening", "wrote them down"
_WORK_REFERRED_TO = regex.compile(r"\s+(?:it|them)\b")


def _wrote_a_work(text: str, verb: str, cstart: int, cend: int, frags: "Intervals") -> bool:
    """Is the cue "write" with a work written for its object, and nothing of what the work says?"""
    if verb not in _WRITE_FORMS:
        return False
    work = _WORK_WRITTEN.match(text, cstart, cend)
    return work is not None and _WORK_SAYS.search(text, work.end(), cend) is None \
        and not frags.any_within(cstart, cend + 1)


def _wrote_what_was_named(text: str, verb: str, cue_end: int, cend: int, frags: "Intervals") -> bool:
    """Is the cue "write" with "it" or "them" for its object and no clause after it ("I wrote it in one
    evening", "wrote them down on paper"): a song or a letter the text has named, not words reported?
    ("She wrote it was time to go" still reports.)"""
    if verb not in _WRITE_FORMS:
        return False
    work = _WORK_REFERRED_TO.match(text, cue_end, cend)
    return work is not None and _FINITE.search(text, work.end(), cend) is None \
        and not frags.any_within(cue_end, cend + 1)


# "it reads more like a press release", "when she reads from her notes": how a text reads, or reading aloud
# from one, not the words a text reads ("the sign reads: …", "the statement reads, …")
_READS_HOW = regex.compile(r"(?:(?:more|less|much|almost|rather)\s+)?(?:like|as\s+if|as\s+though)\b|from\s")


def _reads_how(text: str, verb: str, cstart: int, cend: int) -> bool:
    """Is the cue "reads" followed by how the text reads or what it is read from, not by its words?"""
    return verb == "reads" and _READS_HOW.match(text, cstart, cend) is not None


# "to" + a verb: what the report opens with ("plans to rebuild the pier"), kept as readers mark it; "to" + a
# determiner, pronoun or name is a preposition ("referred to the pier", "spoke to them")
_INFINITIVE_TO = regex.compile(r"\s*\bto\s+(?!(?:%s)\b)\p{Ll}{2,}\b" % "|".join(
    sorted(DETERMINERS | {"him", "them", "me", "us", "it", "you", "what", "whom", "whether", "who", "how", "any",
                          "every", "each", "no", "such", "more"})))


_INFINITIVE_VERB = regex.compile(r"\s*to\s+(?P<verb>\p{Ll}+)")
_FOR_A_GERUND = regex.compile(r"\s*for\s+(?!(?:%s)\b)\p{Ll}{2,}ing\b" % "|".join(_NOT_PARTICIPLES))


def _adjunct_that(text: str, pos: int, hi: int, takes_a_clause: bool = True):
    """``_ADJUNCT_THAT.match(text, pos, hi)``, unless its "to" opens an infinitive whose verb reports nothing.

    "told reporters in Ashford that …", "said to the crowd that …": a phrase of where or to whom, then the clause;
    "sought to put to rest the claims that …", "sought to shore up her claim that …": the "that" belongs to a noun in
    the infinitive's object. An infinitive of speech still leads in to its clause ("sought to assure them that …").

    A verb that takes no clause (``takes_a_clause`` false) has none after its phrase either: "called on the council
    to close the pier that …", "sought for years to ease the fears so that …", "called for closing the roads
    that …": an infinitive inside the phrase, or a gerund after "for", is what was called for, and the "that"
    belongs to it; so does a "that" its verb follows straight away, a relative clause's ("called on Friday for a
    vote that would end the strike").
    """
    # (the pattern ends in a literal "that": where none follows, the regex need not be tried; most cues have none)
    adjunct = _ADJUNCT_THAT.match(text, pos, hi) if text.find("that", pos, hi) != -1 else None
    if adjunct is None:
        return None
    if takes_a_clause:
        infinitive = _INFINITIVE_TO.match(text, pos, hi)
    else:
        if _FOR_A_GERUND.match(text, pos, adjunct.end()) is not None \
                or _PREDICATE_START.match(text, adjunct.end(), hi) is not None:
            return None
        infinitive = _INFINITIVE_TO.search(text, pos, adjunct.end())
    if infinitive is None:
        return adjunct
    verb = _INFINITIVE_VERB.match(text, infinitive.start(), hi)
    return adjunct if verb is not None and verb.group("verb") in SPEECH else None


def _writes_only_to_whom(text: str, cue_end: int, hi: int) -> bool:
    """After "wrote": "to" and someone, then nothing of what was written ("wrote to the council again", not
    "wrote to say the pier is unsafe", "wrote to Ruiz that …" or "wrote to Ruiz about the pier")."""
    to = _TO_WHOM.match(text, cue_end, hi)
    if to is None or _opens_an_infinitive(text, cue_end, hi):
        return False
    rest = _CLAUSE_BREAK.split(text[to.end():hi], 1)[0]     # (", saying …" is a report of its own)
    words = rest.split()
    # (what it was about, or words in marks, are what was written: "wrote to Ruiz about the pier")
    return "that" not in words and "about" not in words and _FINITE.search(rest) is None \
        and not any(mark in rest for mark in ("“", '"', "''", "‘"))


def _leads_in_to_a_report(text: str, before_words: list, verb: str, cue_end: int) -> bool:
    """Does the verb or adjective before "to" carry its subject into the verb of speech after it, as "continued
    to" does: "Ruiz seemed to suggest that …", "Hale tried to explain why …", "Bell was quick to add that …",
    "she went on to call him …"? The verb after "to" reports what the subject said, and the subject is theirs.

    (An "-ing" form only after "is"/"was" or an adverb: in "while trying to defend the levy" the participle's
    subject is the sentence's, found elsewhere. Not before a colon: "Traders appeared to agree: …" would read
    the writer's next sentence as what they agreed to.)"""
    lead = before_words[-2]
    if lead not in _LEADS_IN or not (verb in SPEECH or (verb in STANCE and lead in _TRYING_LEADS)):
        return False
    if lead == "on" and before_words[-3:-2] not in (["went"], ["goes"], ["going"]):
        return False
    if lead.endswith("ing") and not (len(before_words) >= 3 and (before_words[-3] in _BE
                                                                  or before_words[-3].endswith("ly"))):
        return False
    return not text.startswith(":", cue_end)


# a past participle's "to" after an aside's mark: "to be" ("— later revealed to be leaking —") or "to" and a noun
# ("emailed to members", "ordered to the border"), with no that-clause of its own
_PARTICIPLE_TO = regex.compile(r"[^\S\n]+to[^\S\n]+(?P<be>be\b)?")
# the sentence's own verb after the participle phrase's comma or dash: "…, points to", "…, are posted"
_PREDICATE_RESUMES = regex.compile(r"[,—–][^\S\n]*(?:" + _PREDICATE + r"|\p{Ll}{2,}s\b)")
# the words that open a clause or a list's next item after a comma rather than a predicate
_NO_PREDICATE_AFTER = {"and", "but", "or", "as"}
# the auxiliaries that make a past form a finite verb ("has emailed"); an adverb before it ("later revealed") does not
_TENSE_AUXILIARIES = _BE | {"has", "have", "had", "did", "does", "do", "will", "would", "could", "might", "may"}
# where a participle phrase set off by an aside ends
_ASIDE_STOP = regex.compile(r"[,—–]")


def _describes_the_noun_before(text: str, verb: str, cue_end: int, hi: int) -> bool:
    """Is the cue a bare past participle after an aside's comma or dash, with "to" after it, describing the noun
    before the mark ("Vell's letter, emailed to members on Monday and seen by reporters, points to …", "Guard
    units, ordered to the border by the governor, are posted …", "the old — later revealed to be leaking —
    tank")? The phrase is a passive one: "to be" follows, or the sentence's own verb follows the phrase's closing
    comma or dash. An active verb goes on to what was said ("Democrats, however, pledged to fight it").
    """
    if not verb.endswith("ed") or " " in verb:
        return False
    to = _PARTICIPLE_TO.match(text, cue_end, hi)
    if to is None:
        return False
    if to.group("be") is not None:
        return True
    stop = _ASIDE_STOP.search(text, to.end(), hi)
    if stop is None or _THAT_WORD.search(text, to.end(), stop.start()) is not None:
        return False
    resumes = _PREDICATE_RESUMES.match(text, stop.start(), hi)
    return resumes is not None and text[stop.end():resumes.end()].split()[0] not in _NO_PREDICATE_AFTER


def _may_head_a_gap_relative(word: str) -> bool:
    """Can ``word``, right before a subject, be the noun a relative clause with no pronoun hangs on? Not a word
    of grammar, a conjunction, an adverb or a verb's past ("because she …", "now Ruiz …", "announced she …")."""
    low = word.lower()
    return low not in FUNCTION_WORDS and low not in _PREPOSITIONS and low not in CONJUNCTIONS \
        and low not in _GAP_HEAD_NON_NOUNS and low not in _TIME_NOUNS and low not in SPEECH and low not in STANCE \
        and not low.endswith(("ly", "ed", "ing"))


def _opens_an_infinitive(text: str, pos: int, hi: int) -> bool:
    """Does an infinitive ("to rebuild …") start at ``pos`` (after spaces)?"""
    return _INFINITIVE_TO.match(text, pos, hi) is not None


def _words_end(text: str, start: int, n: int) -> int:
    """Where the first ``n`` words after ``start`` end (looking at most 20 characters a word ahead)."""
    m = regex.match(r"(?:\s*\S+){0,%d}" % n, text[start:start + 20 * n])
    return start + m.end()


# a word straight after a closing mark, no punctuation between: the quoted words are part of the sentence's phrase
_WORD_GOES_ON = regex.compile(r"[ \u00a0][\p{L}\p{N}]")
# a year in brackets straight after the closing mark, perhaps after a few words of what it was: the way a
# work, a poster or a campaign's slogan is cited, not the way anyone's words are reported
_DATED_CITATION = regex.compile(r"[,.]?[ \u00a0]*\((?:[^()\n]{1,40}[\s,])?(?:1[6-9]|20)\d\d\)")
# a quoted headline, then who wrote the article, then a colon: a digest's entry, "“Pier to close,” by Ann Lee:"
# a wire story's dateline opening its first paragraph: "WASHINGTON —", "LENNING, Maine (AP) —", "KYIV, Ukraine -",
# "OSLO, Norway, March 3 (UPI) —", or a place as written before its agency, "Lake Placid (AFP) –"
_DATELINE = regex.compile(r"(?:\p{Lu}[\p{Lu}.'’\- ]{1,30}|\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+){0,2}(?=[^\S\n]+\())(?:,[^\S\n]+\p{Lu}[\p{L}.]+(?:[^\S\n]+(?:\p{Lu}[\p{L}.]+|\d{1,2}))?){0,2}"
                          r"(?P<agency>[^\S\n]+\(\p{Lu}[^()\n]{1,20}\))?[^\S\n]+[—–\-―][^\S\n]+")


def _after_a_dateline(text: str, start: int, lo: int) -> int:
    """Where a paragraph's sentence starts: after its dateline, if it opens with one before ``lo`` (not
    "NATO — the alliance — will meet": a second dash closes an aside). A place in capitals is one, and so is a
    place as written with a news agency in brackets after it."""
    m = _DATELINE.match(text, start, lo)
    if m is None or _DASH.search(text, m.end(), lo) is not None:
        return start
    place = m.group().split()[0].rstrip(",")
    agency = m.group("agency")
    if not (place.isupper() or agency is not None and agency.strip(" ()\u00a0").isupper()):
        return start
    return m.end()


# a preposition whose object a relative "who" may stand for ("sided with residents who argued"; not "of":
# "members of the crew who said" are the members)
_PREPOSITIONS_BEFORE_AN_ANTECEDENT = {"with", "to", "from", "by", "against", "among", "between", "alongside", "like",
                                      "toward", "towards"}


def _ends_before_an_antecedent(word: str) -> bool:
    """A preposition, or a verb of speech that puts its speaker after it ("…,” said a councillor who …")."""
    return word in _PREPOSITIONS_BEFORE_AN_ANTECEDENT or word in INVERTED_VERBS
# "— Reporting by Sam Ode", "– Additional reporting by …; editing by …": the newsroom's credits after the last
# quote, not who said it
_CREDIT_LINE = regex.compile(r"[—–\-―][^\S\n]*(?:(?:additional|further)[^\S\n]+)?(?:reporting|writing|written|"
                             r"editing|edited|compiled|research|photos?|photography|graphics|produced)\b[^\n]{0,40}?\bby\b",
                             regex.I)
_BYLINE_LEAD = regex.compile(r",[\p{Pf}\"'’]{1,3}\s+by\s+(?:\p{Lu}[\p{L}\p{N}.'’\-]*\s+){1,6}"
                             r"\p{Lu}[\p{L}'’\-]*:\s*$")


def _is_byline_lead(lead: str) -> bool:
    """Does the lead-in name the article an excerpt comes from ('“Pier to close,” by Harbor Ledger’s Ann Lee:')?

    A digest quotes the opening lines of the stories it links to: they are the article's, not words of
    the writer's that the article reports.
    """
    return _BYLINE_LEAD.search(lead) is not None


_GLOSS_BEFORE = regex.compile(r"\b(?P<word>\p{L}+)\s+for\s*$")


def _named_body(speaker: Optional[Speaker]) -> bool:
    """An organisation named as written, by its name or its noun ("The Ashford Ledger", "The harbor council"),
    not a pronoun for one ("It"), a place the lexicon knows ("Coastal Alaska"), a phrase that opens with some
    other word, or one whose last word names no body ("the main rule for the permit")."""
    if speaker is None or speaker.entity is None or speaker.entity.kind != "organization":
        return False
    words = speaker.mention.split()
    if not words or words[0].lower() in _SUBJECT_PRONOUNS or not (
            words[0][:1].isupper() or words[0] in ("the", "a", "an")):
        return False    # (nor "said on the radio": a verb's phrase, read as a subject)
    head = strip_possessive(words[-1])
    return head.lower() not in PLACES and (head[:1].isupper() or head.lower() in ORG_HEADS)


def _two_words_report(text: str, verb: str, words: list[str], cue_start: int, aux: list[str], short_ok: bool) -> bool:
    """Are two words after the cue ``verb`` a report of their own?

    They are when they make a phrase of what was said or the stance taken ("denied the report", "was saying the
    opposite", "consider Ruiz honest", "agree with him", "defended eminent domain"), not when the phrase breaks off
    ("wants it to"), says nothing ("said nothing else"), only when or where ("answered within minutes", "rejected
    those days"), how much or how ("said a lot", "weighed in as well"), is a greeting ("said good morning"), names
    only whom it was said to ("wrote to members") or whom someone called ("called Ana Ruiz": a telephone call), or
    is the predicate of a relative clause whose subject went before ("which the union had said was unworkable").
    A verb of knowing ("knows its finances") takes a fact, not a stance; a refusal ("would not discuss the cost",
    "has not endorsed a candidate") is a stance on nothing named; one thing with an article ("opposed an increase",
    "has promised a veto") or a bare plural ("opposed new ferries": a stance on the kind) is a stance on it, though
    asking "a question" says nothing of what was asked.
    """
    if short_ok:
        return True
    low = [w.lower() for w in words]
    if low[-1] in _UNFINISHED_PAIR_ENDS or " ".join(low) in _EMPTY_PAIRS or low[0] in _NOTHING_WORDS \
            or low[-1] in _TIME_NOUNS or low[0] in _BE or _to_whom(words) \
            or (verb in _NAMING_VERBS and all(w[:1].isupper() for w in words)):
        return False
    if verb in _KNOWING_FORMS or "not" in aux or "never" in aux or _negated_before(text, cue_start, verb):
        return False
    return True


_KNOWING_FORMS = {"know", "knows", "knew", "known", "knowing"}

_SHARE_ENDS = {"percent", "half", "majority", "minority", "plurality", "third", "thirds", "quarter", "quarters",
               "fifth", "fifths", "tenth", "tenths", "one", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "ten", "most", "many", "some", "all", "both", "others"}


def _may_end_a_share(word: str) -> bool:
    """May ``word`` end a share or a count of people that speaks ("three in five", "43 percent", "most
    Democrats", "12"), not a measure ("half a percentage point")?"""
    low = word.lower().strip(",")
    return low in _SHARE_ENDS or any(ch.isdigit() for ch in low) or word[:1].isupper() \
        or (low.endswith("s") and not low.endswith("ss")) or low.endswith("%")


def _to_whom(words: list[str]) -> bool:
    """Are the two words "to" and whom something was addressed ("to members", "to Ruiz", "to them"), not an
    infinitive ("to resign")?"""
    if words[0].lower() != "to":
        return False
    second = words[1]
    return second[:1].isupper() or second.lower() in ("him", "her", "them", "us", "me", "you") \
        or (second.endswith("s") and not second.endswith(("ss", "us")))


def _is_gloss(before: str) -> bool:
    """Do the words before a quote end in "Latin for", "slang for": a gloss of what a phrase means?"""
    m = _GLOSS_BEFORE.search(before)
    return m is not None and m.group("word").lower() in GLOSS_WORDS


def _inside_open_bracket(text: str, lo: int, end: int) -> int:
    """Where a clause ending at ``end`` starts: after a bracket still open there, else at ``lo``.

    '… drew blowback from members (“Give back my fees,” wrote Ana Ruiz)': an attribution inside brackets
    gives its speaker only what the brackets hold.
    """
    i = text.rfind("(", lo, end)
    if i == -1 or text.find(")", i, end) != -1:
        return lo
    return i + 1


_CAPITALS_LETTERS = 8   # letters enough that a run of capitals is a heading, not an acronym ("NATO")


def _in_capitals(said: str) -> bool:
    """Are the quoted words all in capitals ('“TOWN HALL VOTES TO CLOSE PIER”', '(CROSSTALK)')?

    A digest's heading or a transcript's stage direction is set in capitals; what someone said is not,
    unless a verb of saying attributes it (a chant, a shout), which the caller has checked.
    """
    letters = [c for c in said if c.isalpha()]
    return len(letters) >= _CAPITALS_LETTERS and not any(c.islower() for c in letters)


def _in_title_case(said: str) -> bool:
    """Does every word start with a capital, bar the small words of a title ("The Fall and Rise of Ashford")?"""
    words = _words(said)
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w.isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _is_title(said: str, after: str) -> bool:
    """A name of a work or a headline in quotation marks: a few words in title case, or words followed by
    their author's byline ('"Night market hopes to win over the old quarter," by the Ledger's Rui Sousa')."""
    if _BYLINE_AFTER.match(after):
        return True
    words = _words(said)
    if not words or len(words) > 6 or said.rstrip()[-1:] in (".", "!", "?"):
        return False
    # (a number in it may carry the comma that closes the title: '“Apollo 9,”')
    return all(w[:1].isupper() or w.rstrip(",;:").isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


_BYLINE_AFTER = regex.compile(r"[\s,]*by\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){0,4}\p{Lu}[\p{L}'’\-]*(?:\s|[:.,])")
_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by", "is",
                      "as", "vs"}


def _same_speaker(sp: Speaker) -> Speaker:
    """The speaker of an earlier quote, for a quote the article gives to the same person."""
    return Speaker(mention=sp.mention, entity=sp.entity, name=sp.name, kind=sp.kind, role=sp.role)


def _opens_the_report(before: str) -> bool:
    """Is the text before a quote, in its sentence, the opening of the quoted clause ("The party, …, ")

    rather than an attribution or a lead-in ("He said, ", "In a statement: ")? It ends in a comma,
    names no verb of speech and is more than an interjection.
    """
    b = before.strip()
    return (b.endswith(",") and len(_words(b)) >= 3 and _SPEECH_WORD.search(b) is None
            and _MARK_CHAR.search(b) is None)


def _ends_an_aside(before: str) -> bool:
    """Does the text before a verb end in a comma or a dash, a closing mark after the comma included?

    ('…, said the minister', 'Okafor is “no glad-hander,” said Mr. Osei')
    """
    b = before.rstrip()
    if b.endswith((",", "—", "–")):
        return True
    return _closes_with_comma(b) is not None and not _closes_a_title(b)


def _closes_a_title(before: str) -> bool:
    """Do the marks that close ``before`` hold a title ('host of ABC’s “This Week,”', 'on “Hannity,”')?"""
    b = before.rstrip()
    opening = max(b.rfind(c, 0, len(b) - 2) for c in "“\"«")
    if opening < 0:
        opening = b.rfind("''", 0, len(b) - 3)
    lead = b[:opening].split()[-1:] if opening > 0 else []
    return bool(lead) and (lead[0].lower() in _NAME_LEADS or is_possessive(lead[0])
                           or lead[0].lower().strip(",:—–-") in WORK_NOUNS)


# words right before a name in marks: 'appeared on “Hannity,”', 'a film called “Salt Roads,”'
_NAME_LEADS = {"on", "with", "called", "titled", "entitled", "named", "dubbed"}


def _is_clause(words_before: str) -> bool:
    """Could these words be a reported clause ("The river will crest"), not an opening phrase ("As for Trump")?"""
    n = len(_words(words_before))
    if _MEDIUM_OPENING.match(words_before) is not None and _FINITE.search(words_before) is None:
        return False    # "In a newspaper essay last week, she wrote …": where it was said
    return n >= 3 and (n >= 7 or _FINITE.search(words_before) is not None
                       or _PRESENT_TENSE_CLAUSE.match(words_before) is not None)


# a short clause in the present tense, whose verb no word list knows: a personal subject pronoun and the word after
# it ("She still owes us"), or a noun phrase, a verb in -s and the object's determiner ("The levy harms the poor").
# (Not "it": "It helps a great deal, she said, that …" puts off its real subject, the that-clause after the cue.)
_PRESENT_TENSE_CLAUSE = regex.compile(
    r"\s*(?:(?:he|she|they|we)\s+(?:also\s+|still\s+|only\s+|now\s+|never\s+|always\s+|just\s+)?\p{Ll}{2,}\b"
    r"|(?:the|a|an|his|her|its|their|our|my)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){1,2}(?:also\s+|still\s+|only\s+)?\p{Ll}{2,}s"
    r"\s+(?:the|a|an|his|her|their|its|our|my|no|more|less|too|all|every|us|them|him|me|it|you)\b)", regex.I)


def _short_clause(words: list[str]) -> bool:
    """"rents should fall", "Moreno was wrong", "talks will resume": a subject of a word or two and its verb,
    so "On Monday, Ruiz said rents should fall" reports the words after the verb, not the phrase before."""
    return len(words) >= 2 and words[0].lower() not in _PREPOSITIONS and not _is_finite_word(words[0]) and any(
        _is_finite_word(w) for w in words[1:3])


_SENTENCE_STOP = regex.compile(r"[.!?](?:\s|$)")


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at ``start`` ends, within 200 characters (_clause_follows's reach)."""
    stop = _SENTENCE_STOP.search(text, start, min(len(text), start + 200))
    return stop.start() if stop is not None else min(len(text), start + 200)


def _opens_a_that_clause(text: str, start: int, hi: int) -> bool:
    """Does a that-clause follow a cue verb: "that", a subject, then its verb ("noted that the pier is shut"), not a
    relative clause or a pronoun ("a report that could touch on …", "backed that up")?"""
    that = _THAT_CLAUSE.match(text, start, hi)
    if that is None:
        return False
    # (the clause may open inside quotation marks: 'concluded that "top secret" files were …')
    first = _FIRST_WORD.match(text, that.end() - 1 + len(_OPENING_MARKS.match(text, that.end() - 1, hi).group()), hi)
    if first is None:
        return False
    word = first.group("word").lower()
    return not _is_finite_word(word) and word not in _PREPOSITIONS and _clause_follows(text, first.start("word"), hi)


def _may_be_a_subject(words: list[str]) -> bool:
    """Can the words before "X said," be the subject of the predicate after it: two words or more, or one that is
    a noun or a name ("Patience, she noted, was always …"), not a word such as "That" or "Still"?"""
    return len(words) >= 2 or (len(words) == 1 and words[0].lower() not in FUNCTION_WORDS
                               and words[0].lower() not in DETERMINERS and _OPENER_ONLY.fullmatch(words[0]) is None)


def _is_past_tense(word: str) -> bool:
    """A past tense ("noted", "wrote"): a verb, where a bare "-s" word may as well be a noun ("remarks", "views")."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _clause_follows(text: str, start: int, hi: int) -> bool:
    """Does a clause (not an inverted subject such as "said the minister") follow a cue verb?

    The words up to the next comma or dash hold a finite verb: "say there is a link",
    not "said Dean Baker, an economist".
    """
    run = regex.match(r"[^,;:()—–]*", text[start:min(hi, start + 200)]).group()
    if _INVERTED_SUBJECT_WITH_WHO.match(run) is not None:
        return False    # "…, said a councilwoman who asked not to be named": the finite verb is the relative's
    return len(_words(run)) >= 3 and _FINITE.search(run) is not None


# an inverted subject of one person the story does not name, with a relative clause of its own: "a councilwoman
# who asked not to be named", "one aide who was in the room", "an official who spoke on condition of anonymity"
_INVERTED_SUBJECT_WITH_WHO = regex.compile(r"\s*(?:a|an|one|another)\s+(?:[\p{Ll}\-’']+\s+){0,4}?\p{Ll}+\s+who\s")


_IRREGULAR_PAST = {"said", "told", "wrote", "thought", "found", "sought", "felt", "knew", "forecast", "foresaw",
                   "went", "shot", "put", "made", "spoke", "spoken", "laid", "took", "came"}
# ("went", "shot", "put", "made", "spoke", "laid", "took", "came" for "went on", "shot back", "put it", "made clear",
# "spoke about", "laid out", "took aim at", "came out against")
_PLURAL_PRONOUNS = {"they", "we", "i", "you"}
# how a description of one person the story does not name opens ("a farmer", "one delegate", "another voter")
_UNNAMED_OPENERS = {"a", "an", "one", "another"}
# the rules that attribute a direct quote to the speaker named right after or before it
_QUOTE_ATTRIBUTIONS = {"quote, speaker cue", "quote, cue speaker", "speaker cue: quote", "cue speaker: quote"}
_SAYING = {"said", "says", "told", "tells", "added", "adds", "wrote", "writes"}   # plain verbs of saying


# "She’ll tell", "they’d argue", "we’ve said", "he’s predicting": the auxiliary is written inside the word
# before the verb
_CONTRACTED_AUXILIARIES = {"ll": "will", "d": "would", "ve": "have", "re": "are", "m": "am"}


# "doesn't", "won’t", "can't": a negated auxiliary, which the cue's own auxiliaries do not hold
_NEGATED_AUXILIARY = regex.compile(r"(\p{L}+)n['’]t", regex.IGNORECASE)
_NEGATED_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}   # "won't", "can't", "shan't"
# what a negated verb reports: an infinitive, a that-clause or a question ("doesn't want to …", "didn't know
# what …"); with a mere object it tells what somebody did not do ("didn't endorse a candidate")
_NEGATED_COMPLEMENT = regex.compile(r"%s|%s|\s+(?:whether|what|how|why|if|when|where|who|whom)\b" % (
    _INFINITIVE_TO.pattern, _THAT_CLAUSE.pattern))
# what a verb of stance reports for a subject the cast doesn't know: a question ("no one knows what …", "many
# have questioned whether …"; "when" and "where" as often open a clause of time or place, and an infinitive
# after a noun that looks like a verb is the noun's: "plans to …", "in order to …")
_CONTINUE_FORMS = {"continue", "continues", "continued", "continuing"}   # "continued to insist that …"
# what carries its subject through "to" into a verb of speech, as "continued to" does: seeming ("seemed to
# suggest"), trying ("tried to explain", "moved to emphasize"), readiness or haste ("was quick to add", "is
# poised to argue", "seemed ready to say"), what is expected or still due ("is likely to stress", "has yet to
# explain", "needs to tell"), and "went on to" ("on" after "went"/"goes"/"going" only). Not "refused to" or
# "declined to", whose "say" is as often a refusal reported in the writer's words ("declined to say whether …")
# nor "seems to", as often the writer's guess at a belief ("Bell seems to think the pier is safe"); nor "sought to",
# whose infinitive is the report itself ("sought to assure voters that …")
_LEADS_IN = {"seemed", "appeared", "appears", "try", "tries", "tried", "trying", "attempted", "attempting",
             "moved", "quick", "eager", "ready", "poised", "set", "able", "likely", "expected",
             "need", "needs", "yet", "working", "failed", "on"}
# trying and going on carry the subject into a verb of stance too ("tried to portray Bell as …", "went on to endorse
# Vale", "attempted to tie the two together"): what is tried is the subject's own stance, where "is likely to
# back" or "is expected to endorse" is the writer's forecast of it
_TRYING_LEADS = {"try", "tries", "tried", "trying", "attempted", "attempting", "on", "seemed", "appeared", "appears"}
_DECIDE_FORMS = {"decide", "decides", "decided", "deciding"}
_STANCE_QUESTION = regex.compile(r"\s+(?:whether|what|how|why|if)\b")


def _negated_auxiliary(text: str, word: str, verb: str, cue_end: int, hi: int) -> list[str]:
    """"does not" for "doesn't" before a verb that reports something, else nothing."""
    negated = _NEGATED_AUXILIARY.fullmatch(word) if word.endswith(("n't", "n’t")) else None
    if negated is None or (verb.lower() not in SAYING_VERBS and _NEGATED_COMPLEMENT.match(text, cue_end, hi) is None):
        return []
    stem = negated.group(1).lower()
    return [_NEGATED_STEMS.get(stem, stem), "not"]


def _contracted_auxiliary(word: str, verb: str) -> list[str]:
    parts = split_contraction(word)
    if parts is None:
        return []
    if parts[1] == "s":     # a pronoun's "’s" only: "Trump’s said" is no English
        return ["is" if verb.endswith("ing") else "has"] if contracted_pronoun(word) else []
    return [_CONTRACTED_AUXILIARIES[parts[1]]]


def _backs_a_named_thing(verb: str, said: str) -> bool:
    """"supported the idea", "opposed the measure", "rejected Clinton’s claim", "disputed their account": a verb of
    stance or judgement whose object is a definite noun phrase takes a stance on one thing the article has named,
    so two words are a report."""
    # ("rejected those days", "opposed that week": a time, the adverb of a verb whose object went before)
    return (verb in _STANCE_OBJECT_VERBS or verb in _PERSON_OBJECT_VERBS or verb in _EVALUATION_VERBS) \
        and _DEFINITE_OBJECT.match(said) is not None \
        and _words(said)[-1].lower() not in _TIME_NOUNS


def _agrees(verb: str, speaker: Speaker) -> bool:
    """Does the cue verb agree in number with its subject? ("he says", "they say", not "he say").

    A phrasal cue agrees by its verb: "he pointed out", "she went on", "it put it".
    """
    verb = verb.split(" ", 1)[0]
    if verb.endswith(("ed", "ing")) or verb in _IRREGULAR_PAST or verb == "would":     # ("would like": any subject)
        return True
    mention = speaker.mention.lower()
    plural = mention in _PLURAL_PRONOUNS or speaker.final_kind() == "group" or " and " in mention \
        or _plural_head(mention)
    if verb.endswith("s") and not verb.endswith("ss"):
        return not plural
    return plural


# endings of plural nouns for people that surnames seldom have ("Palestinians", "Terrorists"; not "Sanders")
_PLURAL_PEOPLE_ENDINGS = ("ians", "ists")


def _plural_head(mention: str) -> bool:
    """Does the lower-cased phrase end in a plural noun for people or their bodies, whatever the cast took it for?

    A sentence's first word is capitalised, so "Police say", "Locals call", "Mourners say" look like names; the
    lexicon knows the plural ("police", "authorities", a person noun and "s") where the capital does not."""
    words = mention.split()
    head = words[-1] if words else ""
    return head in GROUP_HEADS or (head.endswith("s") and head[:-1] in PERSON_NOUNS) \
        or (len(words) == 1 and head.endswith(_PLURAL_PEOPLE_ENDINGS))
