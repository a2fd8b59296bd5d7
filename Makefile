# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# One compiled catalog per language folder in locales/ (a new language is a new folder).
MO := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/messages.po))
# Locked dependencies with hashes (`make lock` writes them from pyproject.toml): the dev venv
# installs requirements/dev.txt (every extra: screenshots are read in `make run`/`make test`);
# production requirements/prod.txt, plus screenshots.txt to read screenshots (Pillow, tesserocr),
# or operators.txt for the console.
LOCK := requirements/dev.txt
UV_COMPILE = $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 \
  --generate-hashes --quiet --custom-compile-command 'make lock'

.PHONY: run test check lint i18n i18n-compile diagrams readme bench clean setup operators \
  operators-setup model lock

run: setup i18n-compile ## Run on Telegram if TELEGRAM_BOT_TOKEN is set, else the terminal chat
	$(BIN)/refundbot

test: setup operators-setup i18n-compile ## The whole test suite (with the console's browser test)
	$(BIN)/pytest

# The edit-test loop: everything but the tests that start processes, build the wheel or drive
# a browser (markers in pyproject.toml). Run `make test` before pushing; CI does.
check: setup operators-setup i18n-compile ## The in-process tests only: fast
	$(BIN)/pytest -m "not process and not wheel and not browser"

setup: $(STAMP)

# Check the interpreter first; a venv left broken (or made by another Python) is rebuilt, and
# a failed install removes .venv, so the next `make` starts clean.
$(STAMP): pyproject.toml setup.py $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "make: needs Python 3.11 or newer; '$(PYTHON)' is: $$($(PYTHON) --version 2>&1)." >&2; \
	  echo "      Pick another one, e.g.: make run PYTHON=python3.12" >&2; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "make: '$(PYTHON)' cannot create a venv; on Debian/Ubuntu: sudo apt install python3-venv" >&2; \
	  exit 1; }
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || rm -rf $(VENV)
	{ $(PYTHON) -m venv $(VENV) && \
	  $(BIN)/pip install --quiet --upgrade pip && \
	  $(BIN)/pip install --quiet --require-hashes -r $(LOCK) && \
	  $(BIN)/pip install --quiet --no-deps -e .; } || { rm -rf $(VENV); exit 1; }
	touch $(STAMP)

# The dev lock holds every extra, the console's too: kept as a name for older notes.
operators-setup: setup
	@fc-list 2>/dev/null | grep -q "Noto Color Emoji" || echo "make: no colour emoji font, so the console's screenshots show boxes for 👍/👎: apt-get install fonts-noto-color-emoji (.ci/run does)" >&2

operators: operators-setup i18n-compile ## The operators' web console (Datasette) on 127.0.0.1
	$(BIN)/refundbot operators

i18n-compile: setup $(MO)

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po
	$(BIN)/pybabel -q compile -D messages -d locales -l $*

# Extract msgids, merge them into both catalogs, fill English from msgids, compile.
i18n: setup
	flock locales/.lock sh -c '\
	  $(BIN)/pybabel -q extract -F pyproject.toml --no-location --sort-output --omit-header \
	    -k N_ --add-comments=Translators: -o locales/messages.pot bot flows && \
	  $(BIN)/pybabel -q update -D messages -i locales/messages.pot -d locales \
	    --no-fuzzy-matching --ignore-obsolete --no-wrap && \
	  $(BIN)/python scripts/fill_en_catalog.py locales/en/LC_MESSAGES/messages.po'
	$(BIN)/pybabel -q compile -D messages -d locales

diagrams: setup ## Regenerate the committed Mermaid diagrams of the flows
	$(BIN)/python -m flows.engine.diagrams

readme: setup ## Regenerate README's command table from flows/engine/commands.py
	$(BIN)/python scripts/write_command_table.py

lint: setup
	$(BIN)/ruff check bot flows tests scripts benchmarks emulator
	$(BIN)/mypy

bench: setup operators-setup i18n-compile ## Heavy benchmarks; results go to docs/performance.md
	$(BIN)/python -m benchmarks

model: setup ## Fit the intent, number-role and fact models; writes flows/understanding/model/*.weights (commit them)
	$(BIN)/python scripts/build_model.py
	PYTHONPATH=. $(BIN)/python scripts/build_number_roles.py
	PYTHONPATH=. $(BIN)/python scripts/build_fact_models.py

# Not after `setup`: the venv is made from the lock. uv comes with the dev extra.
lock: ## Re-resolve the lock files (with hashes) from pyproject.toml; commit them
	@test -x $(BIN)/uv || { echo "make lock: needs $(BIN)/uv; run make setup first" >&2; exit 1; }
	$(UV_COMPILE) -o requirements/prod.txt
	$(UV_COMPILE) --extra screenshots -o requirements/screenshots.txt
	$(UV_COMPILE) --extra operators -o requirements/operators.txt
	$(UV_COMPILE) --all-extras -o requirements/dev.txt

clean:
	rm -rf $(VENV) locales/*/LC_MESSAGES/*.mo
