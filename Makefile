# articlepipe: `make run` and `make test` work on a fresh machine; the venv is made here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
BENCH_DATA ?= ../shared/data

.PHONY: run test lint bench bench-quality bench-filters fit-pagetype fuzz clean

# The system pip (23.x) cannot install trafilatura's lxml extras, so pip is upgraded
# inside the venv before the project is installed.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The bundled fixtures include deliberately broken pages, so exit code 1 ("finished,
# some pages failed; see failures.jsonl") is the expected outcome here.
run: $(STAMP)
	$(BIN)/articlepipe run fixtures/html -o output/articles.parquet || [ $$? -eq 1 ]

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/scaling.py --data $(BENCH_DATA)
	$(BIN)/python bench/memory.py --data $(BENCH_DATA)
	$(BIN)/python bench/fetch.py
	$(BIN)/python bench/incremental.py --data $(BENCH_DATA)
	$(BIN)/python bench/dedup.py --data $(BENCH_DATA)

# Article-body quality on the development benchmarks, articlepipe and trafilatura side by side.
# Each development set's validation half, then its calibration half, beside trafilatura.
bench-quality: $(STAMP)
	for half in validation calibration; do \
	  $(BIN)/articlepipe eval $(BENCH_DATA)/aeb-dev/ground-truth.json $(BENCH_DATA)/aeb-dev/html \
	    --compare trafilatura --half $$half --worst 0 || exit 1; \
	  for set in wcxb-dev-articles wcxb-dev-other; do \
	    $(BIN)/articlepipe eval $(BENCH_DATA)/$$set/ground-truth $(BENCH_DATA)/$$set/html \
	      --compare trafilatura --half $$half --worst 0 || exit 1; \
	  done; \
	done

# Page types and quality filters on the labelled development pages, the validation half
# first: the confusion table and what each filter drops (docs/filters.md).
bench-filters: $(STAMP)
	cd bench && ../$(BIN)/python filters.py --data ../$(BENCH_DATA)

# Fit the page-type classifier on the calibration half again and write its weights
# (src/articlepipe/extract/pagetype_model.json); then run make bench-filters.
fit-pagetype: $(STAMP)
	cd bench && ../$(BIN)/python fit_pagetype.py --data ../$(BENCH_DATA) --write

clean:
	rm -rf $(VENV) output .mypy_cache .ruff_cache .pytest_cache .hypothesis src/*.egg-info

# Hostile input: 10,000 generated and mutated pages through the real worker path (each
# ends as an article or a failure with a reason; a crash fails the run). Not part of CI.
fuzz: $(STAMP)
	ARTICLEPIPE_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -s -p no:randomly tests/test_hostile_input.py -k fuzz
