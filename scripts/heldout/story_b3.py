"""B-cubed F1 of exported stories against gold_story (null = its own story). usage: story_b3.py stories.jsonl gold.jsonl"""
import json, sys
stories = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
gold = {g["id"]: g.get("gold_story") for g in map(json.loads, filter(str.strip, open(sys.argv[2])))}
pred = {}
for s in stories:
    for a in s["article_ids"]:
        pred[a] = s["id"]
ids = [i for i in gold]
pl = {i: pred.get(i, "solo:" + i) for i in ids}
gl = {i: gold[i] or ("solo:" + i) for i in ids}
P = R = 0.0
for i in ids:
    same_p = {j for j in ids if pl[j] == pl[i]}
    same_g = {j for j in ids if gl[j] == gl[i]}
    inter = len(same_p & same_g)
    P += inter / len(same_p); R += inter / len(same_g)
P /= len(ids); R /= len(ids)
print(f"stories B3 P {P:.3f} R {R:.3f} F1 {2*P*R/(P+R):.3f} (articles {len(ids)}, missing from store {sum(1 for i in ids if i not in pred)})")
