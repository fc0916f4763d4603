"""Lines of the repository that share a run of words with the evaluation corpus.

The corpus is copyrighted news, lent for research: its sentences must not end up in our code, tests,
seeds or docs, not even as the example in a comment. This prints every line that shares six consecutive
words (26 characters or more) with an article of the corpus, so they can be rewritten in our own words.
Common phrases of news writing (a statement "provided to" someone) show up too; a reader decides.

    python bench/eval_leaks.py [../shared/eval/dev.jsonl]
    LEAK_RUN=5 python bench/eval_leaks.py     # a closer look: five words, which lists stock phrases too
"""
import glob
import json
import os
import re
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
                w = words(line)
                shared = next((r for r in (tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
                               if r in runs and len(" ".join(r)) >= 26), None)
                if shared is not None:
                    found += 1
                    print(f"{name}:{number}: {' '.join(shared)}")
    print(f"{found} lines share {RUN} words with the corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
