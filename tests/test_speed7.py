"""_leading_skip_end reads what _LEADING_SKIP would skip without the regex where it can: the two must agree."""
import pytest

from quotes.engine.attribution import _LEADING_SKIP, _leading_skip_end

ROWS = [
    " that the ferry will run on Monday.",
    " Tuesday that the pier would close.",
    " the harbor board that it was tired.",
    " reporters that the levy is fair.",
    " he would back the plan.",
    " Mondays are slow at the dock.",
    " 40 boats had left.",
    " that, that  ,, that Kessler won.",
    " “a fine start” for the town.",
    " thiſ week that the mill shut.",
    " \u2009that the vote was close.",
    "that\x1c the vote was close.",
    " " * 60 + "Okafor said.",
    " THAT ON Friday's vote x",
]


@pytest.mark.parametrize("text", ROWS)
def test_leading_skip_end_agrees_with_the_pattern(text):
    for hi in range(len(text) + 1):
        for pos in range(min(hi, 6) + 1):
            assert _leading_skip_end(text, pos, hi) == _LEADING_SKIP.match(text, pos, hi).end()
