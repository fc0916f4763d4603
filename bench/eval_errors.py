"""Dump the dev set's mistakes by category, to work the largest one next.

    python bench/eval_errors.py ../shared/eval/dev.jsonl .eval-pred.jsonl [--kinds all] [--show CATEGORY] [-n 20]

Categories: missed quote, wrong boundary (overlaps gold but below the match threshold),
false quote (overlaps no gold quote), wrong speaker, missing speaker (null where gold has one).
Uses the scorer's own matching (imported from the eval folder at run time).
"""
import argparse
import collections
import importlib.util
import os
import random


def load_scorer(gold_path):
    spec = importlib.util.spec_from_file_location("score", os.path.join(os.path.dirname(gold_path), "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--kinds", default="all")
    ap.add_argument("--show")
    ap.add_argument("-n", type=int, default=15)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    S = load_scorer(args.gold)
    kinds = S.parse_kinds(args.kinds)
    gold = S.load_jsonl(args.gold)
    preds = {p["id"]: p for p in S.load_jsonl(args.pred)}
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for art in gold:
        doc = S.Doc(art["text"])
        t = art["text"]
        golds = []
        for q in art["quotes"]:
            s, e = q["content"]
            toks = set().union(*(doc.tokens(a, b) for a, b in q["content_spans"]))
            golds.append({"toks": toks, "gap": doc.tokens(s, e) - toks, "kind": q["kind"],
                          "trim": doc.trim(s, e), "spk": (q.get("speaker_type") or "n/a", S.key_words(q.get("speaker"))),
                          "frag_trims": [doc.trim(a, b) for a, b in q["content_spans"]], "q": q})
        plist = []
        for pq in preds.get(art["id"], {}).get("quotes", []):
            toks = doc.tokens(pq["start"], pq["end"])
            cands = [(S.jaccard(toks, g["toks"], g["gap"]), len(toks & g["toks"]), -gi)
                     for gi, g in enumerate(golds) if toks & g["toks"]]
            plist.append({"toks": toks, "trim": doc.trim(pq["start"], pq["end"]), "speaker": pq.get("speaker"),
                          "mention": pq.get("mention"), "best": -max(cands)[2] if cands else None, "p": pq})
        matches, tp, ignored = S.match_article(doc, golds, plist, kinds)["overlap"]
        for gi, g in enumerate(golds):
            if g["kind"] not in kinds:
                continue
            q = g["q"]
            s, e = q["content"]
            if gi not in matches:
                near = [p for p in plist if p["best"] == gi]
                cat = "wrong boundary" if near else "missed quote"
                counts[cat, q["kind"]] += 1
                detail = f"gold[{q['kind']}] src={q['source_text']!r} cue={q['cue_text']!r}: {t[s:e]!r}"
                if near:
                    detail += f"\n      pred: {t[near[0]['p']['start']:near[0]['p']['end']]!r}"
                examples[cat].append(detail)
                continue
            cat_, keys = g["spk"]
            if cat_ == "n/a":
                continue
            best = plist[matches[gi][0]]
            ok = S.last_word(best["speaker"]) in keys or S.last_word(best["mention"]) in keys
            if not ok:
                cat = "missing speaker" if best["speaker"] is None else "wrong speaker"
                counts[cat, cat_] += 1
                examples[cat].append(f"gold {cat_} {q['speaker']!r} (src {q['source_text']!r}) pred "
                                     f"{best['speaker']!r}/{best['mention']!r} rule={best['p'].get('rule')}: "
                                     f"{t[s:e][:100]!r}")
        for pi, p in enumerate(plist):
            if pi in tp or pi in ignored:
                continue
            if p["best"] is None:
                counts["false quote", p["p"].get("kind")] += 1
                lo = max(0, p["p"]["start"] - 80)
                examples["false quote"].append(f"[{p['p'].get('kind')}] {t[lo:p['p']['start']]!r} >>> "
                                               f"{t[p['p']['start']:p['p']['end']][:120]!r}")
    for (cat, sub), n in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"{n:6d}  {cat:<16} {sub}")
    if args.show:
        ex = examples[args.show]
        random.Random(args.seed).shuffle(ex)
        for x in ex[:args.n]:
            print("-", x)


if __name__ == "__main__":
    main()
