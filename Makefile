# The two commands of the README: `make run` and `make test`.  Both create (or
# reuse) the virtual environment in .venv and install what is needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# camel-tools depends on torch; take the CPU build (this version is a CPU
# wheel here).  Elsewhere set TORCH to a CPU build your pip can reach.
TORCH ?= torch==2.13.0
STAMP := $(VENV)/.installed

.PHONY: run test quick bench schema clean train-ner train-ner-news dist

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH)"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/extract run corpus/news/articles corpus/wiki/articles -o out/corpus.jsonl --summary-json out/summary.json

test: $(STAMP)
	$(BIN)/python -m pytest

quick: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

bench: $(STAMP)
	mkdir -p out
	EXTRACT_BENCH_ARTICLES=10000 EXTRACT_BENCH_REQUESTS=200 EXTRACT_BENCH_HOSTILE_CHARS=1000000 $(BIN)/python -m pytest tests/benchmarks --benchmark-enable --benchmark-only --benchmark-json=out/bench.json -p no:cacheprovider
	$(BIN)/python tests/benchmarks/targets.py out/bench.json

schema: $(STAMP)
	$(BIN)/extract schema > schema/records.schema.json

# The wheel, with the NER model inside (setup.py copies models/ner into extract/models/ner).
dist: $(STAMP)
	$(BIN)/python -m pip wheel . --no-deps --no-build-isolation -w dist

clean:
	rm -rf $(VENV) out .pytest_cache .benchmarks build dist

# The committed model (about 14 minutes on 2 cores).
train-ner: $(STAMP)
	$(BIN)/extract train-ner --data ../shared/data/ner --out models/ner --max-steps 8000

# The news recipe of issue 14, into out/ner-news (not committed: see the
# README's tables): floret vectors learned from the ANT news corpus and the
# lexicons' tags, then the NER model (about 15 minutes on 2 cores; meta.json
# gives each step's time).  Pretraining, the stem and a larger network scored
# within the seed's noise of it (README, session 5).
NEWS ?= ../shared/data/news/ant-news.jsonl.gz
train-ner-news: $(STAMP)
	$(BIN)/extract train-ner --data ../shared/data/ner --out out/ner-news --max-steps 8000 \
		--news $(NEWS) --vectors floret --gazetteer
