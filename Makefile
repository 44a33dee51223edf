# Two commands do all the set-up on a fresh machine with Python 3.11+ and make:
#   make demo   runs the main job (the sample newsroom through Airflow)
#   make test   runs lint, type checks and the whole test suite
# Both install uv (into .tools/) and the locked environment (.venv/) first.

PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
export UV_LINK_MODE := copy

.PHONY: setup demo test lint typecheck sqllint unit eval eval-real bench clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --locked --quiet
	touch $@

setup: $(VENV)/.synced

demo: setup
	$(VENV)/bin/pardonwatch demo

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: setup
	$(VENV)/bin/mypy

sqllint: setup
	$(VENV)/bin/sqlfluff lint sql/ --disable-progress-bar --nocolor

unit: setup
	$(VENV)/bin/pytest -q

test: lint typecheck sqllint unit

eval: setup
	$(VENV)/bin/pardonwatch eval

eval-real: setup
	$(VENV)/bin/pardonwatch eval --real --grouping both

bench: setup
	$(VENV)/bin/python benchmarks/bench_detect.py
	$(VENV)/bin/python benchmarks/bench_ingest.py

clean:
	rm -rf $(TOOLS) $(VENV) .pytest_cache .mypy_cache .ruff_cache data/demo
