"""`make leaks` finds corpus text wherever it could slip into the repository: files and commit messages."""
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "eval_leaks.py"
CORPUS_SENTENCE = "The harbour master said the northern pier would stay closed until the spring tides had passed."


def run_leaks(repo: Path, corpus: Path, commits: str = "") -> str:
    env = {"PATH": "/usr/bin:/bin", "LEAK_COMMITS": commits, "HOME": str(repo)}
    return subprocess.run([sys.executable, str(SCRIPT), str(corpus)], cwd=repo, env=env,
                          capture_output=True, text=True, check=True).stdout


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo,
                   check=True, capture_output=True)


def make_repo(tmp_path: Path, message: str) -> tuple[Path, Path]:
    corpus = tmp_path / "dev.jsonl"
    corpus.write_text(json.dumps({"id": "A1", "text": CORPUS_SENTENCE}) + "\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / "quotes").mkdir(parents=True)
    (repo / "quotes" / "rule.py").write_text("# a report ends where its sentence ends\n", encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", message)
    return repo, corpus


def test_a_commit_message_quoting_the_corpus_is_listed(tmp_path):
    repo, corpus = make_repo(tmp_path, "reports stop at 'the northern pier would stay closed until' now")
    out = run_leaks(repo, corpus, commits="HEAD")
    assert "commit " in out
    assert "the northern pier would stay closed" in out
    assert out.strip().endswith("1 lines share 6 words with the corpus")


def test_messages_are_read_only_when_asked(tmp_path):
    repo, corpus = make_repo(tmp_path, "reports stop at 'the northern pier would stay closed until' now")
    assert run_leaks(repo, corpus).strip() == "0 lines share 6 words with the corpus"


def test_a_message_in_the_teams_own_words_passes(tmp_path):
    repo, corpus = make_repo(tmp_path, "a report whose content runs past a dash aside stops at the dash")
    assert run_leaks(repo, corpus, commits="HEAD").strip() == "0 lines share 6 words with the corpus"
