# Two entry points, both self-installing on a fresh machine (Python 3.11+, make, a C compiler):
#   make summarize   # venv + llama.cpp server (compiled once) + model weights (assembled once) + the main job
#   make test        # venv + test deps, the type check, then the offline test suite (no model, network or key)
PYTHON ?= python3
VENV   := .venv
PIP    := $(VENV)/bin/pip
OUT    ?= out

.PHONY: summarize test live record bench model

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.dev: pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e '.[dev,ray,redis]'
	touch $@

# llama.cpp's llama-server, compiled once per CPU family into the user cache (never with AMX);
# the weights are assembled on first use. Both are skipped when already there.
$(VENV)/.local: pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e '.[dev]'
	touch $@

model: $(VENV)/.local
	$(VENV)/bin/summarizer model build

summarize: model
	$(VENV)/bin/summarizer summarize seeds/ --output $(OUT)/summary.md
	$(VENV)/bin/summarizer summarize seeds/ --format json --output $(OUT)/summary.json
	$(VENV)/bin/summarizer summarize seeds/ --format html --output $(OUT)/summary.html
	cat $(OUT)/summary.md

test: $(VENV)/.dev
	$(VENV)/bin/mypy summarizer
	$(VENV)/bin/python -m pytest
	$(VENV)/bin/python -m pytest -m ray

live: model
	$(VENV)/bin/python -m pytest -m live

record: model
	$(VENV)/bin/python tests/record_cassettes.py
