# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OPS_STAMP := $(VENV)/.operators-stamp
# One compiled catalog per language folder in locales/ (a new language is a new folder).
MO := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/messages.po))
EXTRAS ?= dev

.PHONY: run test check lint i18n i18n-compile diagrams readme bench clean setup operators operators-setup

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
$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "make: needs Python 3.11 or newer; '$(PYTHON)' is: $$($(PYTHON) --version 2>&1)." >&2; \
	  echo "      Pick another one, e.g.: make run PYTHON=python3.12" >&2; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "make: '$(PYTHON)' cannot create a venv; on Debian/Ubuntu: sudo apt install python3-venv" >&2; \
	  exit 1; }
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || rm -rf $(VENV)
	{ $(PYTHON) -m venv $(VENV) && \
	  $(BIN)/pip install --quiet --upgrade pip && \
	  $(BIN)/pip install --quiet -e '.[$(EXTRAS)]'; } || { rm -rf $(VENV); exit 1; }
	touch $(STAMP)

operators-setup: $(OPS_STAMP)

$(OPS_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[$(EXTRAS),operators]'
	touch $(OPS_STAMP)

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

clean:
	rm -rf $(VENV) locales/*/LC_MESSAGES/*.mo
