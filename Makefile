# Two commands (see README):
#   make build   set up .venv and build the seed notices into output/
#   make test    set up .venv (with test tools and headless Chromium) and run the tests
# .ci/run calls `make test` after a lint step.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: build test lint setup setup-test setup-train browser bench clean train eval

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/python -m pip install --quiet ".[pdf]"

setup-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet ".[test]"

# Debian's chromium for the browser tests of the HTML views (skipped where absent and not root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed: browser tests will be skipped (sudo apt-get install chromium)"; fi; }

build: setup
	$(BIN)/coopkg build

lint: setup-test
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

test: setup-test browser
	$(BIN)/python -m pytest

# Learned parts of extraction: `make train` rebuilds the weights under
# src/coopkg/extraction/models/ from ../shared (fixed seeds; prints what it read and the
# scores reached); `make eval` prints per-field scores on the seeds and the shared real
# notices with leave-one-site-out for what is trained on them. Both skip without ../shared.
SHARED ?=
SHARED_ARG = $(if $(SHARED),--shared $(SHARED),)

setup-train: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[train]"

train: setup-train
	$(BIN)/python scripts/train_orgname.py $(SHARED_ARG)
	$(BIN)/python scripts/train_partners.py $(SHARED_ARG)

eval: setup-train
	$(BIN)/python scripts/eval_extraction.py $(SHARED_ARG)

# Benchmarks are scripts, not tests: they print figures (time, memory) and assert nothing.
# The build benchmark runs at 1k and 10k notices; add 100k with BENCH_NOTICES="1000 10000 100000".
BENCH_NOTICES ?= 1000 10000
bench: setup-test browser
	$(BIN)/python tests/benchmarks/bench_build.py --notices $(BENCH_NOTICES)
	$(BIN)/python tests/benchmarks/bench_query.py
	$(BIN)/python tests/benchmarks/bench_analyze.py
	$(BIN)/python tests/benchmarks/bench_network.py --organisations 50000
	$(BIN)/python tests/benchmarks/bench_view.py
	$(BIN)/python tests/benchmarks/bench_import.py
	$(BIN)/python tests/benchmarks/bench_endpoint.py --clients 20 --seconds 30
	$(BIN)/python tests/benchmarks/bench_curation.py --notices 300

clean:
	rm -rf $(VENV) build dist output/graph.ttl output/graph.nt output/store output/store.json output/cache output/records.json output/organisations.csv output/views output/analysis
