"""Who speaks after a verb of causing, in sentences the team wrote.

In "The vote led Ana Ruiz to say that …" or "a delay that prompted many to wonder whether …" the one moved to speak
is the object of "led" or "prompted", and what follows the verb of speech is their report; the thing that moved
them says nothing. Being made to answer someone ("rules forcing the crews to answer the board") reports nothing.
"""
import pytest

from quotes import extract


CAUSED_TO_SPEAK = [
    ("a name after 'led'",
     "The harbor vote led Ana Ruiz to say that the ferry would never sail again.",
     "that the ferry would never sail again", "Ana Ruiz"),
    ("a pronoun after 'prompted'",
     "Ana Ruiz lost the count. The defeat prompted her to declare that the toll was “dead and buried.”",
     "that the toll was “dead and buried.”", "Ana Ruiz"),
    ("an unnamed group after 'caused'",
     "The long delay has caused many to wonder whether the pier will ever reopen.",
     "whether the pier will ever reopen", None),
    ("a participle 'leading'",
     "The fire broke out at midnight, leading harbor officials to suspect that it was set on purpose.",
     "that it was set on purpose", None),
]


@pytest.mark.parametrize("name,text,said,speaker", CAUSED_TO_SPEAK, ids=[c[0] for c in CAUSED_TO_SPEAK])
def test_the_one_moved_to_speak_is_the_speaker(name, text, said, speaker):
    found = {q.text: q.speaker for q in extract(text)}
    assert said in found, found
    if speaker is not None:
        assert found[said] == speaker, found


def test_made_to_answer_someone_reports_nothing():
    found = [q.text for q in extract("The rules forbid secret deals, forcing the crews to answer the harbor board.")]
    assert "the harbor board" not in found, found
