# relcanvas developer commands. Two are enough on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
BUILD  := build

# Every environment installs from a lock, with hashes, so that a test run resolves the same
# versions on any day: run.lock for relcanvas alone, dev.lock for it and the development
# tools. `make lock` refreshes both; `make test-latest` runs the suite on the newest releases.
RUN_LOCK := requirements/run.lock
DEV_LOCK := requirements/dev.lock
LOCK_INPUTS := pyproject.toml requirements/install.in requirements/tools.in
PIP_LOCKED := $(BIN)/python -m pip install --quiet --require-hashes --no-deps
EDITABLE := $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
# The suite runs on every core (pytest-xdist), each test on whichever worker is free; the
# slow tests are handed out first (tests/conftest.py).
PYTEST := -m pytest -n auto --dist load

# System packages the browser and PDF tests need (Debian): Chromium for the HTML tests,
# poppler-utils for pdftoppm. WeasyPrint's Pango comes with the base image; it is listed
# so that a slimmer machine gets it too, with HarfBuzz's subsetter, which WeasyPrint uses
# to embed fonts. The PDF needs no font package (it is set in the fonts relcanvas ships);
# DejaVu is there for Chromium, since the HTML page uses the machine's fonts.
CI_APT_PACKAGES := chromium poppler-utils libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
	fonts-dejavu-core

.PHONY: help install dev demo test test-fast test-latest fuzz ci lint lock format bench docs release clean

help:
	@echo "make demo   - install into .venv, then validate, lint and render the examples into build/"
	@echo "make test   - install with dev extras into .venv and run the whole test suite"
	@echo "make test-fast - the suite without the slow end-to-end tests (-m 'not slow')"
	@echo "make fuzz   - the long fuzz run: over 100,000 mutated canvases through every command"
	@echo "make test-latest - the suite against the newest releases of every dependency (.venv-latest)"
	@echo "make ci     - install the system packages the browser tests need, then make test"
	@echo "make lock   - re-resolve requirements/*.lock to the newest releases the ranges allow"
	@echo "make lint   - ruff check, ruff format --check, mypy --strict"
	@echo "make bench  - run the benchmarks against peer tools"
	@echo "make docs   - regenerate docs/rules.md, the format vocabulary tables and schemas/ from the code"
	@echo "make release - check that pyproject.toml, CHANGELOG.md and the tag at HEAD agree (pushes nothing)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml $(RUN_LOCK)
	$(PIP_LOCKED) -r $(RUN_LOCK)
	$(EDITABLE)
	$(BIN)/python -m pip check --quiet
	@touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml $(DEV_LOCK)
	$(PIP_LOCKED) -r $(DEV_LOCK)
	$(EDITABLE)
	$(BIN)/python -m pip check --quiet
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
	$(BIN)/python $(PYTEST)

test-fast: dev
	$(BIN)/python $(PYTEST) -m "not slow"

# The fuzz suite (tests/fuzz) with its long hypothesis profile: over 100,000 mutated canvases,
# derandomized so that a finding replays, then the number of cases each test ran; failing
# cases are kept in build/fuzz-findings/ (bytes and message), and the run goes on.
FUZZ_REPORT := $(BUILD)/fuzz-cases.tsv
fuzz: dev
	@mkdir -p $(BUILD) && rm -rf $(FUZZ_REPORT) $(BUILD)/fuzz-findings
	HYPOTHESIS_PROFILE=fuzz FUZZ_REPORT=$(FUZZ_REPORT) FUZZ_FINDINGS=$(BUILD)/fuzz-findings $(BIN)/python -m pytest -n auto --dist load \
	  -p no:cacheprovider tests/fuzz; status=$$?; \
	awk -F'\t' '{ n[$$1] += $$2 } END { for (k in n) { printf "%8d  %s\n", n[k], k; \
	  if (k !~ /known|^finding/) all += n[k] } printf "%8d  cases in all\n", all }' $(FUZZ_REPORT); \
	exit $$status

# The newest releases the ranges in pyproject.toml allow, in an environment of its own, so
# that drift in a dependency is seen on purpose rather than on the day a lock is refreshed.
test-latest:
	$(PYTHON) -m venv --clear .venv-latest
	.venv-latest/bin/python -m pip install --quiet --upgrade -r requirements/install.in
	.venv-latest/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager \
	  -r requirements/tools.in -e '.[dev]'
	.venv-latest/bin/python -m pip list --format freeze | grep -iE '^(pyyaml|pydantic|typer|rich|jinja2|weasyprint|setuptools)=='
	.venv-latest/bin/python $(PYTEST)

lock: dev
	$(BIN)/uv pip compile $(LOCK_INPUTS) --extra dev --upgrade --universal --generate-hashes \
	  --python-version 3.11 --custom-compile-command "make lock" --quiet -o $(DEV_LOCK)
	$(BIN)/uv pip compile pyproject.toml requirements/install.in -c $(DEV_LOCK) --universal \
	  --generate-hashes --python-version 3.11 --custom-compile-command "make lock" --quiet -o $(RUN_LOCK)

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
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

format: dev
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: dev
	$(BIN)/python benchmarks/run.py

docs: dev
	$(BIN)/relcanvas schema -o schemas/relcanvas-1.schema.json --force
	$(BIN)/python -m relcanvas.lint.docs > docs/rules.md
	mkdir -p docs/fr && $(BIN)/python -m relcanvas.lint.docs fr > docs/fr/regles.md
	$(BIN)/python docs/format_vocabulary.py --write

# The version, the changelog's newest section and the tag at HEAD must agree before a tag is
# pushed (docs/ci.md, "Releasing relcanvas"). Needs only python3 (3.11+) and git.
release:
	$(PYTHON) scripts/check_release.py .

clean:
	rm -rf $(BUILD) dist .pytest_cache .mypy_cache .ruff_cache
