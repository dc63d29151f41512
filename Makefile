# relcanvas developer commands. Two are enough on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
BUILD  := build

# System packages the browser and PDF tests need (Debian): Chromium for the HTML tests,
# poppler-utils for pdftoppm. WeasyPrint's Pango comes with the base image; it is listed
# so that a slimmer machine gets it too.
CI_APT_PACKAGES := chromium poppler-utils libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-lato

.PHONY: help install dev demo test ci lint format bench docs clean

help:
	@echo "make demo   - install into .venv, then validate, lint and render the examples into build/"
	@echo "make test   - install with dev extras into .venv and run the whole test suite"
	@echo "make ci     - install the system packages the browser tests need, then make test"
	@echo "make lint   - ruff check, ruff format --check, mypy --strict"
	@echo "make bench  - run the benchmarks against peer tools"
	@echo "make docs   - regenerate docs/rules.md, the format vocabulary tables and schemas/ from the code"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
dev: $(VENV)/.installed-dev

demo: install
	@mkdir -p $(BUILD)
	$(BIN)/relcanvas validate examples
	$(BIN)/relcanvas lint examples --exit-zero
	@for f in examples/*.yaml; do \
	  n=$$(basename $$f .yaml); \
	  $(BIN)/relcanvas render $$f -o $(BUILD)/$$n.html --force || exit 2; \
	  $(BIN)/relcanvas render $$f -o $(BUILD)/$$n.pdf --force || exit 2; \
	done
	@for l in fr en; do \
	  $(BIN)/relcanvas render --blank --lang $$l --paper a4 -o $(BUILD)/blank-$$l.pdf --force || exit 2; \
	done
	@echo "Done: open the PDF and HTML files in $(BUILD)/"

test: dev
	$(BIN)/python -m pytest

ci:
	@missing=""; for p in $(CI_APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	RELCANVAS_REQUIRE_BROWSER=1 $(MAKE) test

lint: dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

format: dev
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: dev
	$(BIN)/python benchmarks/run.py

docs: dev
	$(BIN)/relcanvas schema -o schemas/relcanvas-1.schema.json --force
	$(BIN)/python -m relcanvas.lint.docs > docs/rules.md
	$(BIN)/python docs/format_vocabulary.py --write

clean:
	rm -rf $(BUILD) .pytest_cache .mypy_cache .ruff_cache
