"""Write predictions for the scorer in ../shared/eval (see its README): one line per article.

    python bench/eval_predict.py ../shared/eval/dev.jsonl > pred.jsonl

Reads the corpus at run time; nothing from it is stored in the repository.
"""
import json
import sys

from quotes import Article, extract_article


def predictions(article: dict) -> dict:
    art = Article(text=article["text"], id=article["id"], date=article.get("date"), title=article.get("title"))
    quotes = []
    for q in extract_article(art):
        # A quote split around its attribution is reported part by part, which the scorer
        # pools back together when the gold annotates it as one quote.
        for start, end in q.spans or [(q.start, q.end)]:
            quotes.append({"start": start, "end": end, "text": art.text[start:end],
                           "speaker": q.speaker, "mention": q.mention, "kind": q.kind, "rule": q.rule,
                           "cue": q.cue})
    return {"id": article["id"], "quotes": quotes}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                print(json.dumps(predictions(json.loads(line)), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
