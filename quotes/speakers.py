"""Which speaker names, seen across many articles, are the same speaker.

Pure: names in, clusters out. No database. The store applies the result.

The extraction engine resolves "Mr. Blinken" to "Antony Blinken" *within* an
article. Across articles the same person still arrives under several names:
with or without a middle initial, with a title left on, spelled two ways, or
by surname only. `cluster_names` groups those variants, and is deliberately
cautious: merging two different people corrupts every page about both, while
leaving two variants apart only splits one speaker's quotes in two.

Rules, for persons (organisations and groups are only merged with the same
name written differently, and never with persons):

1. Titles and honorifics are ignored: "Secretary of State Antony Blinken" is
   "Antony Blinken".
2. Same first name and surname, middle names ignored: "Antony J. Blinken" is
   "Antony Blinken" -- unless two *different* middle initials occur ("George
   W. Bush", "George H. W. Bush"): then each is its own person, and the bare
   "George Bush" is left alone because it could be either.
3. Same first name and surnames one edit apart (both at least
   ``MIN_FUZZY_SURNAME`` letters): "Volodymyr Zelenskyy" is "Volodymyr
   Zelensky". Different first names are never merged ("Bill Clinton",
   "Hillary Clinton").
4. A surname on its own ("Mr. Blinken", "Blinken") joins the one known full
   name with that surname; with none or several ("Clinton" when Bill and
   Hillary are both known) it stays a speaker of its own.
5. A title or description with no name ("the judge", "the group's chair")
   is no speaker at all: the same words in two articles are usually two people.
"""
from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

import regex

MIN_FUZZY_SURNAME = 6

# Words that describe a position rather than name a person. Leading runs of
# these are dropped ("Secretary of State", "Ukrainian President", "Mr.").
TITLE_WORDS = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother
sen senator rep representative congressman congresswoman gov governor lt gen general col
colonel maj major capt captain adm admiral sgt cmdr commander president vice prime minister
secretary deputy assistant under chief chair chairman chairwoman chairperson spokesman
spokeswoman spokesperson press ambassador envoy mayor judge justice chancellor king queen
prince princess pope sheikh emir foreign defense defence state treasury interior health
homeland security national attorney former acting interim the of for and white house
pentagon kremlin us u.s. uk u.k. eu un u.n. american russian ukrainian british french
german chinese israeli palestinian iranian european coauthor author meteorologist economist
scientist researcher analyst lawyer coach manager director officer official commissioner
inspector detective sheriff superintendent councillor councilor councilman councilwoman
""".split())

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})

_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_SPACE = regex.compile(r"\s+")


@dataclass(frozen=True)
class NameSeen:
    """One distinct speaker name as extracted, with how often it was quoted."""

    name: str
    type: str = "person"
    count: int = 1


@dataclass(frozen=True)
class ParsedName:
    """A person's name split into the parts the merge rules compare (all lower-cased, accent-free)."""

    first: Optional[str]
    middle: str  # initials of the middle names, e.g. "j" or "hw"
    surname: str
    display: str  # the name as written, minus titles: "Antony J. Blinken"


@dataclass(frozen=True)
class Cluster:
    """Names that are one speaker: its canonical name, type and every variant seen."""

    name: str
    type: str
    aliases: tuple[str, ...]
    count: int


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free, single-spaced: the key two spellings share.

    Cached (bounded): the same first names, surnames and titles come back in
    every batch, and folding was most of what parsing a name cost the writer.
    """
    if not text.isascii():  # NFKD and the combining-mark filter change nothing in ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub(" ", text.replace("'", "").replace("’", "").lower())
    return _SPACE.sub(" ", text).strip()


def parse_person(name: str) -> Optional[ParsedName]:
    """Split a person's name into first name, middle initials and surname, titles dropped.

    Returns None when nothing but title words is left ("the president"), or
    when no word is capitalised ("the group's chair"): a description, not a name.
    """
    words = name.split()
    keys = [fold(w).replace(" ", "") for w in words]  # "Co-author" -> "coauthor"
    start = 0
    while start < len(words) and (keys[start] in TITLE_WORDS or not keys[start]):
        start += 1
    end = len(words)
    while end > start and (keys[end - 1] in SUFFIXES or not keys[end - 1]):
        end -= 1
    words, keys = words[start:end], keys[start:end]
    if not any(w[:1].isupper() for w in words):
        return None  # a description ("the group's chair"), not a name
    display = " ".join(words).rstrip(",")
    if len(words) == 1:
        return ParsedName(first=None, middle="", surname=keys[0], display=display)
    middle = "".join(k[0] for k in keys[1:-1] if k)
    return ParsedName(first=keys[0], middle=middle, surname=keys[-1], display=display)


def organisation_key(name: str) -> str:
    """'The Kremlin', 'the Kremlin' and 'Kremlin' are one organisation."""
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def one_edit_apart(a: str, b: str) -> bool:
    """True when one insertion, deletion or substitution turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic root whatever the order names arrive in.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def cluster_names(seen: Iterable[NameSeen]) -> list[Cluster]:
    """Group speaker names into speakers; see the module docstring for the rules.

    The result depends only on the set of names (and their counts), never on
    the order they arrive in, so an interrupted ingest that is run again ends
    with exactly the speakers of an uninterrupted one.
    """
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for s in seen:
        if s.name and s.name.strip():
            counts[(s.name, s.type or "person")] += s.count
    uf = _UnionFind()
    parsed: dict[tuple[str, str], Optional[ParsedName]] = {}

    # Organisations and groups: same folded name, same type.
    by_org_key: dict[tuple[str, str], list] = defaultdict(list)
    full: dict[tuple[str, str], list] = defaultdict(list)  # (first, surname) -> person names
    bare: list = []
    for item in sorted(counts):
        name, type_ = item
        uf.find(item)
        if type_ != "person":
            by_org_key[(type_, organisation_key(name))].append(item)
            continue
        p = parsed[item] = parse_person(name)
        if p is None:
            continue  # "the judge" in two articles is two judges: a title alone names no one
        elif p.first is None:
            bare.append(item)
        else:
            full[(p.first, p.surname)].append(item)
    for items in by_org_key.values():
        for other in items[1:]:
            uf.union(items[0], other)

    # Rule 2: one first name + surname is one person unless middles disagree.
    clear: dict[tuple[str, str], object] = {}  # (first, surname) -> a member, when unambiguous
    for key, items in full.items():
        middles = {parsed[i].middle for i in items} - {""}
        if len(middles) <= 1:
            for other in items[1:]:
                uf.union(items[0], other)
            clear[key] = items[0]
        else:
            by_middle: dict[str, list] = defaultdict(list)
            for i in items:
                by_middle[parsed[i].middle].append(i)
            for group in by_middle.values():
                for other in group[1:]:
                    uf.union(group[0], other)

    # Rule 3: same first name, surnames one edit apart (symmetric-delete index).
    by_variant: dict[tuple[str, str], list] = defaultdict(list)
    for first, surname in clear:
        if len(surname) >= MIN_FUZZY_SURNAME:
            variants = {surname} | {surname[:i] + surname[i + 1:] for i in range(len(surname))}
            for v in variants:
                by_variant[(first, v)].append(surname)
    for (first, _), surnames in by_variant.items():
        for a in set(surnames):
            for b in set(surnames):
                if a < b and one_edit_apart(a, b):
                    uf.union(clear[(first, a)], clear[(first, b)])

    # Rule 4: a bare surname joins the only person cluster carrying that surname.
    surname_roots: dict[str, set] = defaultdict(set)
    for key, items in full.items():
        for i in items:
            surname_roots[key[1]].add(uf.find(i))
    bare_by_surname: dict[str, list] = defaultdict(list)
    for item in bare:
        bare_by_surname[parsed[item].surname].append(item)
    for surname, items in bare_by_surname.items():
        for other in items[1:]:
            uf.union(items[0], other)
        roots = surname_roots.get(surname, set())
        if len(roots) == 1:
            uf.union(items[0], next(iter(roots)))

    members: dict = defaultdict(list)
    for item in counts:
        if item[1] != "person" or parsed[item] is not None:
            members[uf.find(item)].append(item)
    clusters = [_make_cluster(items, counts, parsed) for items in members.values()]
    return sorted(clusters, key=lambda c: (c.type, c.name, c.aliases))


def _make_cluster(items, counts, parsed) -> Cluster:
    """Name a cluster after its most quoted full name (titles dropped), ties broken alphabetically."""

    def rank(item):
        p = parsed.get(item)
        display = p.display if p else item[0]
        is_full = p is not None and p.first is not None
        plain = p is not None and p.middle == ""
        return (not is_full, -counts[item], not plain, display)

    best = min(items, key=rank)
    p = parsed.get(best)
    name = p.display if p else best[0].strip()
    return Cluster(name=name, type=best[1], aliases=tuple(sorted({i[0] for i in items})),
                   count=sum(counts[i] for i in items))


def canonical_map(clusters: Iterable[Cluster]) -> dict[tuple[str, str], Cluster]:
    """(name as extracted, type) -> the cluster it belongs to."""
    out = {}
    for c in clusters:
        for alias in c.aliases:
            out[(alias, c.type)] = c
    return out
