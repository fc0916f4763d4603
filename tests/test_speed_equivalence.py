"""Work done once per article instead of once per paragraph must hand each paragraph what the per-paragraph
work found: the article's marks, looked up by stretch, are the marks a scan of that stretch finds."""
import random

import pytest

from quotes.engine import marks as M

# (text, where the stretch starts, where it ends)
STRETCH_ROWS = [
    pytest.param("“We open at nine,” said Ula Brisk.\n“Not on Sundays.”", 35, 52, id="second-paragraph"),
    pytest.param("He said ''it is shut'' and left.", 0, 32, id="two-character-marks"),
    pytest.param("He said ''it is shut'' and left.", 9, 20, id="stretch-inside-the-pair"),
    pytest.param("He said ''it is shut'' and left.", 8, 21, id="pair-ends-past-the-stretch"),
    pytest.param("a ''' b", 3, 7, id="pair-straddles-the-start"),
    pytest.param("a ''' b", 4, 7, id="odd-mark-after-the-pair"),
    pytest.param("``Fine,'' she said, ``fine.''", 2, 29, id="backticks-after-an-opening"),
    pytest.param("‘Keep the pier,’ he said. «Non» „Ja“", 0, 36, id="one-character-marks-of-all-kinds"),
    pytest.param("no marks at all", 0, 15, id="no-marks"),
    pytest.param("", 0, 0, id="empty"),
]


@pytest.mark.parametrize("text, pos, endpos", STRETCH_ROWS)
def test_article_marks_by_stretch(text, pos, endpos):
    assert M._ArticleMarks(text).between(pos, endpos) == M._marks(text, pos, endpos)


def test_article_marks_by_stretch_on_random_text():
    """Strings of marks, apostrophes, backticks and letters, with every stretch of them."""
    alphabet = ["'", "`", "“", "”", '"', "‘", "’", "„", "«", "»", "‹", "a", " ", "\n"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        found = M._ArticleMarks(text)
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 2):
                assert found.between(pos, endpos) == M._marks(text, pos, endpos), (text, pos, endpos)
