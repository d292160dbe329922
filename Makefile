# The two commands of the README: `make run` and `make test`. Nothing else needs installing by hand.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# Reinstall when pyproject.toml changes.
STAMP      := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench bundle i18n clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP) $@

# Qt's window needs a few X11 libraries PySide6 does not carry: found (and installed as root)
# before the window starts, or the exact command to install them is printed.
run: $(STAMP)
	$(PY) -m intlbase_desk.ui.shell.system_libraries --install
	$(VENV)/bin/intlbase-desk $(ARGS)

test: $(TEST_STAMP)
	$(PY) -m ruff check intlbase_desk tests bench
	$(VENV)/bin/lint-imports
	$(PY) -m pytest

lint: $(TEST_STAMP)
	$(PY) -m ruff check intlbase_desk tests bench
	$(PY) -m ruff format --check intlbase_desk tests bench
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/run.py

i18n: $(STAMP)
	$(PY) -m intlbase_desk.ui.shell.i18n_tool

bundle: $(STAMP)
	$(PY) -m pip install --quiet -e ".[bundle]"
	$(VENV)/bin/pyinstaller --noconfirm --clean build_installer.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
