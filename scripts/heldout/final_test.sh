#!/bin/bash
# usage: final_test.sh SET CODE_DIR OUT   (e.g. test13 /work/main /tmp/final13)
set -u
SET=$1; CODE=$2; OUT=$3; D=${REALNEWS:-$(cd "$(dirname "$0")"/../../.. && pwd)/realnews}/$SET
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf $OUT; mkdir -p $OUT; cd $CODE
DB=$OUT/store.duckdb; B=$CODE/.venv/bin/dossier
git -C $CODE rev-parse --short HEAD > $OUT/commit
nice -n 5 $B ingest $D/articles.jsonl --db $DB -w 1 > $OUT/ingest.log 2>&1
$B audit events --sample 70 --seed 13 --db $DB --out $OUT/audit70.jsonl >> $OUT/ingest.log 2>&1
for w in events stories actors articles; do $B export --what $w --db $DB --out $OUT/$w.jsonl 2>>$OUT/ingest.log; done
$B export --what events --all --db $DB --out $OUT/events_all.jsonl 2>>$OUT/ingest.log
# every named actor (the default list names the participants of events): places too, leave them out to judge
$B export --what actors --all --db $DB --out $OUT/actors_every.jsonl 2>>$OUT/ingest.log
python3 $HERE/story_b3.py $OUT/stories.jsonl $D/gold.jsonl > $OUT/summary.txt
python3 $HERE/country_cov.py $OUT/events.jsonl >> $OUT/summary.txt
echo "events $(wc -l < $OUT/events.jsonl) (all $(wc -l < $OUT/events_all.jsonl)), actors $(wc -l < $OUT/actors.jsonl), stories $(wc -l < $OUT/stories.jsonl)" >> $OUT/summary.txt
nice -n 5 $B eval dates $D/articles.jsonl > $OUT/dates.txt 2>&1
tail -2 $OUT/ingest.log >> $OUT/summary.txt
cat $OUT/summary.txt
