"""Which speaker names across articles are one speaker: merge variants, never merge two people."""
import itertools

import pytest

from quotes.speakers import NameSeen, cluster_names, one_edit_apart, parse_person


def speakers_of(*names, type_="person"):
    """The speakers `cluster_names` makes of these names: {canonical: set of aliases}."""
    seen = [n if isinstance(n, NameSeen) else NameSeen(n, type_) for n in names]
    return {c.name: set(c.aliases) for c in cluster_names(seen)}


MERGED = [
    # (names seen across articles, the one speaker they should become)
    (["Antony J. Blinken", "Antony Blinken"], "Antony Blinken"),
    (["Mr. Blinken", "Antony Blinken"], "Antony Blinken"),
    (["Secretary of State Blinken", "Antony Blinken", "Blinken"], "Antony Blinken"),
    (["Secretary of State Antony Blinken", "Antony Blinken"], "Antony Blinken"),
    (["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Mr. Zelensky"], "Volodymyr Zelensky"),
    (["Ukrainian President Volodymyr Zelenskyy", "Zelenskyy"], "Volodymyr Zelenskyy"),
    (["Dr. Anthony Fauci", "Anthony S. Fauci", "Fauci"], "Anthony Fauci"),
    (["Martin Luther King Jr.", "Martin Luther King"], "Martin Luther King"),
    (["José Álvarez", "Jose Alvarez"], "Jose Alvarez"),
]


@pytest.mark.parametrize("names,canonical", MERGED)
def test_variants_of_one_person_become_one_speaker(names, canonical):
    assert speakers_of(*names) == {canonical: set(names)}


SEPARATE = [
    # (names seen, the speakers they must stay: canonical -> aliases)
    (["Bill Clinton", "Hillary Clinton"],
     {"Bill Clinton": {"Bill Clinton"}, "Hillary Clinton": {"Hillary Clinton"}}),
    (["John Smith", "Jane Smith", "Smith"],
     {"John Smith": {"John Smith"}, "Jane Smith": {"Jane Smith"}, "Smith": {"Smith"}}),
    (["Bill Clinton", "Hillary Clinton", "Mr. Clinton", "Clinton"],
     {"Bill Clinton": {"Bill Clinton"}, "Hillary Clinton": {"Hillary Clinton"},
      "Clinton": {"Mr. Clinton", "Clinton"}}),
    # Different middle initials are different people; the bare form could be either.
    (["George W. Bush", "George H. W. Bush", "George Bush"],
     {"George W. Bush": {"George W. Bush"}, "George H. W. Bush": {"George H. W. Bush"},
      "George Bush": {"George Bush"}}),
    # Short surnames one letter apart are too likely to be two families.
    (["John Smith", "John Smyth"], {"John Smith": {"John Smith"}, "John Smyth": {"John Smyth"}}),
    # Two letters apart is not a spelling variant.
    (["Anna Petrova", "Anna Petrenko"],
     {"Anna Petrova": {"Anna Petrova"}, "Anna Petrenko": {"Anna Petrenko"}}),
]


@pytest.mark.parametrize("names,expected", SEPARATE)
def test_different_people_are_never_merged(names, expected):
    assert speakers_of(*names) == expected


def test_organisations_are_never_merged_with_people():
    seen = [NameSeen("Kremlin", "organization"), NameSeen("the Kremlin", "organization"),
            NameSeen("Ford", "organization"), NameSeen("Gerald Ford", "person")]
    clusters = {(c.name, c.type): set(c.aliases) for c in cluster_names(seen)}
    assert clusters == {
        ("Kremlin", "organization"): {"Kremlin", "the Kremlin"},
        ("Ford", "organization"): {"Ford"},
        ("Gerald Ford", "person"): {"Gerald Ford"},
    }


def test_groups_are_speakers_of_their_own_type():
    seen = [NameSeen("protesters", "group"), NameSeen("Protesters", "group")]
    (cluster,) = cluster_names(seen)
    assert (cluster.type, set(cluster.aliases), cluster.count) == ("group", {"protesters", "Protesters"}, 2)


def test_the_most_quoted_full_name_names_the_speaker():
    seen = [NameSeen("Volodymyr Zelenskyy", count=5), NameSeen("Volodymyr Zelensky", count=2)]
    (cluster,) = cluster_names(seen)
    assert (cluster.name, cluster.count) == ("Volodymyr Zelenskyy", 7)


def test_result_does_not_depend_on_arrival_order():
    names = ["Bill Clinton", "Clinton", "Antony Blinken", "Mr. Blinken", "Hillary Clinton",
             "Volodymyr Zelensky", "Volodymyr Zelenskyy"]
    results = {tuple(cluster_names(NameSeen(n) for n in order))
               for order in itertools.permutations(names[:5])}
    assert len(results) == 1


@pytest.mark.parametrize("name,first,middle,surname,display", [
    ("Antony J. Blinken", "antony", "j", "blinken", "Antony J. Blinken"),
    ("Secretary of State Antony Blinken", "antony", "", "blinken", "Antony Blinken"),
    ("Mr. Blinken", None, "", "blinken", "Blinken"),
    ("George H. W. Bush", "george", "hw", "bush", "George H. W. Bush"),
    ("Martin Luther King Jr.", "martin", "l", "king", "Martin Luther King"),
    ("Co-author Pavel Horak", "pavel", "", "horak", "Pavel Horak"),
    ("Jean-Luc Picard", "jeanluc", "", "picard", "Jean-Luc Picard"),
])
def test_parse_person(name, first, middle, surname, display):
    p = parse_person(name)
    assert (p.first, p.middle, p.surname, p.display) == (first, middle, surname, display)


@pytest.mark.parametrize("words", ["the President", "the judge", "the group's chair", "a spokesman"])
def test_a_title_or_description_is_not_a_name(words):
    assert parse_person(words) is None


def test_a_title_alone_is_no_speaker():
    assert speakers_of("the judge", "The judge", "Karin Lehner") == {"Karin Lehner": {"Karin Lehner"}}


@pytest.mark.parametrize("a,b,expected", [
    ("zelensky", "zelenskyy", True), ("smith", "smyth", True), ("smith", "smith", False),
    ("petrova", "petrenko", False), ("abc", "acb", False),
])
def test_one_edit_apart(a, b, expected):
    assert one_edit_apart(a, b) is expected
