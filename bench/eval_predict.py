"""Write predictions for the scorer in ../shared/eval (see its README): one line per article.

    python bench/eval_predict.py ../shared/eval/dev.jsonl > pred.jsonl
    python bench/eval_predict.py ../shared/eval/dev.jsonl --kinds direct,partial > marks.jsonl

``--kinds`` predicts only quotes of those kinds, as `quotes extract --kind` does. The scorer's direct
row counts every prediction that overlaps no gold quote as a false direct quote, whatever its kind, so
the direct-quote figure of the product is the direct row of a run of the quotes in quotation marks
(direct and partial); `make eval` scores both runs.

Reads the corpus at run time; nothing from it is stored in the repository.
"""
import argparse
import json

from quotes import Article, extract_article


def predictions(article: dict, kinds=None) -> dict:
    art = Article(text=article["text"], id=article["id"], date=article.get("date"), title=article.get("title"))
    quotes = []
    for q in extract_article(art, kinds=kinds):
        # A quote split around its attribution is reported part by part, which the scorer
        # pools back together when the gold annotates it as one quote.
        for start, end in q.spans or [(q.start, q.end)]:
            quotes.append({"start": start, "end": end, "text": art.text[start:end],
                           "speaker": q.speaker, "mention": q.mention, "kind": q.kind, "rule": q.rule,
                           "cue": q.cue})
    return {"id": article["id"], "quotes": quotes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="the evaluation corpus (JSON Lines)")
    parser.add_argument("--kinds", help="comma-separated quote kinds to predict (default: all)")
    args = parser.parse_args()
    kinds = args.kinds.split(",") if args.kinds else None
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                print(json.dumps(predictions(json.loads(line), kinds), ensure_ascii=False))


if __name__ == "__main__":
    main()
