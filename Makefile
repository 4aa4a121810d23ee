# The two commands: `make run` and `make test`. Both create .venv, install, and build the database
# from the bundled data when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
# Only this machine can open the dashboard unless HOST says otherwise
# (`HOST=0.0.0.0 make run` serves a meeting room; see the README's deployment section).
HOST   ?= 127.0.0.1
# Another region: INOVASI_DATA=/its/data/folder (README, "Untuk daerah lain"); its database lives there.
DB     ?= $(or $(INOVASI_DB),$(or $(INOVASI_DATA),data)/inovasi.duckdb)
export INOVASI_DB := $(abspath $(DB))

.PHONY: run test test-unit test-robust test-e2e lint format db rebuild bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@

db: $(VENV)/.installed
	@test -f "$(DB)" || $(BIN)/python -m analytics build --db "$(DB)"

rebuild: $(VENV)/.installed
	$(BIN)/python -m analytics build --db "$(DB)"

run: db
	$(BIN)/python -m ui.server run dashboard.py --server.address $(HOST) --server.port $(PORT) --server.headless true

# Every tier: unit + app (AppTest), then the kill tests (slow: writers killed at random moments,
# counts in test-artifacts/kill-tests.txt), then the browser tests. pytest's exit code 5 (no
# tests) fails.
test: $(VENV)/.installed-dev db test-unit test-robust test-e2e

# Two workers (pytest-xdist) for the two cores: every test builds or copies its databases in its own
# temp folder, so none depends on another; --dist loadfile keeps a module on one worker, so its
# module-scoped fixtures (briefings, PDFs, databases) are made once.
test-unit: $(VENV)/.installed-dev db
	$(BIN)/python -m pytest tests -n 2 --dist loadfile --ignore=tests/e2e --ignore=tests/robust

test-robust: $(VENV)/.installed-dev db
	$(BIN)/python -m pytest tests/robust

test-e2e: $(VENV)/.installed-dev db
	$(BIN)/python -m pytest tests/e2e

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Benchmarks print numbers (pages: first render and rerun, server side; the same in the browser at
# 1x and 50x the sample against a bare Streamlit app, and 1/10/30 viewers at once, see
# docs/speed.md; scoring engine; estimate sections; handouts; import of 20,000 rows).
bench: $(VENV)/.installed-dev db
	$(BIN)/python -m bench
	$(BIN)/python bench/browser.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/load.py --processes 2 --viewers 30 --out bench/results-load-2.json
	$(BIN)/python bench/bench_scoring.py
	$(BIN)/python bench/bench_score_sections.py
	$(BIN)/python bench/bench_export.py
	$(BIN)/python bench/bench_outputs.py
	$(BIN)/python bench/bench_import.py

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
