"""Lines of the repository that share a run of words with the evaluation corpus.

The corpus is copyrighted news, lent for research: its sentences must not end up in our code, tests,
seeds or docs, not even as the example in a comment. This prints every line that shares six consecutive
words (26 characters or more) with an article of the corpus, so they can be rewritten in our own words.
Common phrases of news writing (a statement "provided to" someone) show up too; a reader decides.

    python bench/eval_leaks.py [../shared/eval/dev.jsonl]
    LEAK_RUN=5 python bench/eval_leaks.py     # a closer look: five words, which lists stock phrases too
    LEAK_COMMITS=main..HEAD python bench/eval_leaks.py   # the messages of those commits as well

Commit messages are part of the repository too: a rule's message names the construction it handles in
the team's own words, never the corpus sentence that showed it. History cannot be rewritten once
shared, so check a branch's messages before it lands.
"""
import glob
import json
import os
import re
import subprocess
import sys

RUN = int(os.environ.get("LEAK_RUN", "6"))
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def corpus_runs(path: str) -> set[tuple[str, ...]]:
    runs = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = words(json.loads(line)["text"])
            runs.update(tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
    return runs


def repository_files() -> list[str]:
    patterns = ["quotes/**/*.py", "tests/**/*.py", "bench/*.py", "seeds/*", "*.md", "metadata.yml"]
    return sorted({f for p in patterns for f in glob.glob(p, recursive=True) if os.path.isfile(f)})


def commit_messages(revisions: str) -> list[tuple[str, str]]:
    """(short hash, message) of each commit in a git revision range such as main..HEAD."""
    log = subprocess.run(["git", "log", "--format=%h%x1f%B%x1e", revisions],
                         capture_output=True, text=True, check=True).stdout
    return [tuple(entry.strip().split("\x1f", 1)) for entry in log.split("\x1e") if entry.strip()]


def shared_run(text: str, runs: set[tuple[str, ...]]):
    """The first run of RUN words of `text` that the corpus also has, if it is long enough to matter."""
    w = words(text)
    return next((r for r in (tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
                 if r in runs and len(" ".join(r)) >= 26), None)


def main(argv: list[str]) -> int:
    path = argv[1] if len(argv) > 1 else "../shared/eval/dev.jsonl"
    if not os.path.exists(path):
        print(f"eval_leaks: {path} not found, skipping")
        return 0
    runs = corpus_runs(path)
    found = 0
    for name in repository_files():
        with open(name, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                shared = shared_run(line, runs)
                if shared is not None:
                    found += 1
                    print(f"{name}:{number}: {' '.join(shared)}")
    revisions = os.environ.get("LEAK_COMMITS")
    if revisions:
        for commit, message in commit_messages(revisions):
            shared = shared_run(message, runs)
            if shared is not None:
                found += 1
                print(f"commit {commit}: {' '.join(shared)}")
    print(f"{found} lines share {RUN} words with the corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
