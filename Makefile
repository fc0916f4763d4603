# Thin wrapper: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= quotes.db
PORT ?= 8001
EVAL ?= ../shared/eval

.PHONY: install test demo db serve eval leaks bench bench-inputs clean

$(BIN)/quotes: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/quotes

install: $(BIN)/quotes

test: install
	$(BIN)/pytest -q

db: install
	rm -f $(DB)
	$(BIN)/quotes ingest $(DB) seeds/ --exclude README.md

demo: db
	$(BIN)/quotes serve $(DB) --port $(PORT)

serve: demo

# Two runs: every kind (the all row), and the quotes in quotation marks alone (the direct row: the
# scorer counts any prediction that overlaps no gold quote as a false direct quote, whatever its kind).
eval: install
	@if [ -f $(EVAL)/dev.jsonl ]; then \
		echo "== every kind (quotes extract)" && \
		$(BIN)/python bench/eval_predict.py $(EVAL)/dev.jsonl > .eval-pred.jsonl && \
		$(BIN)/python $(EVAL)/score.py $(EVAL)/dev.jsonl .eval-pred.jsonl && \
		echo && echo "== quotes in quotation marks (quotes extract --kind direct --kind partial)" && \
		$(BIN)/python bench/eval_predict.py $(EVAL)/dev.jsonl --kinds direct,partial > .eval-pred-marks.jsonl && \
		$(BIN)/python $(EVAL)/score.py $(EVAL)/dev.jsonl .eval-pred-marks.jsonl --kinds direct; \
	else echo "eval: $(EVAL)/dev.jsonl not found, skipping"; fi

# lines of the repository that share six words with the (copyrighted) evaluation corpus: should print none.
# COMMITS=main..HEAD checks the messages of those commits too, before a branch lands.
leaks: install
	LEAK_COMMITS=$(COMMITS) $(BIN)/python bench/eval_leaks.py $(EVAL)/dev.jsonl

bench: install
	$(BIN)/python bench/bench_extract.py

bench-inputs: install
	$(BIN)/python bench/bench_inputs.py

clean:
	rm -rf $(VENV) $(DB) .eval-pred.jsonl .eval-pred-marks.jsonl *.egg-info
