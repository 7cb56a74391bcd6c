# Set-up is automatic: every target below creates .venv from the pinned
# requirements first if it is missing or older than them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := hooks
# make test's pytest workers (pytest-xdist), each given whole test files: most tests wait on a
# build, a server or a browser, so two run in the time of one on a 2-core machine. TEST_WORKERS=0: one process.
TEST_WORKERS ?= 2

.PHONY: serve site offline check test lint unit new init clean bench audit golden properdocs

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

## make serve: build and serve at http://127.0.0.1:8000, rebuilding on every save
serve: $(STAMP)
	$(BIN)/mkdocs serve --livereload -a 127.0.0.1:8000

## make site: build the deployable site/ (tools/build_site.py: strict, one build at a time, and site/
## replaced in one atomic step only by a complete build: a failed or killed build leaves it whole)
site: $(STAMP)
	$(BIN)/python tools/build_site.py

## make offline: a copy of the site in offline/ that works opened from disk (file://),
## search included, nothing loaded from the network. Needs npm (fetches iframe-worker).
offline: $(STAMP)
	$(BIN)/python tools/offline.py --out offline

## make check: check the notes without building the site
check: $(STAMP)
	$(BIN)/python -m explainer check

## make new KIND=actor ID=peskov: write a new note to fill in
# KIND and ID reach the command as written (make expands nothing in them), through the
# environment and quoted: never as text pasted into the shell command.
new: override export KIND := $(value KIND)
new: override export ID := $(value ID)
new: $(STAMP)
	@if [ -z "$$KIND" ] || [ -z "$$ID" ]; then \
	  echo "usage: make new KIND=actor ID=peskov (KIND: actor, quote, event, relation, source, term, explanation, figure)"; \
	  exit 2; fi
	$(BIN)/python -m explainer new "$$KIND" "$$ID"

## make init DIR=../new-story [LANGUAGE=es]: start a new explainer in an empty folder
init: override export DIR := $(value DIR)
init: override export LANGUAGE := $(value LANGUAGE)
init: $(STAMP)
	@if [ -z "$$DIR" ]; then echo "usage: make init DIR=../new-story [LANGUAGE=en|es]"; exit 2; fi
	$(BIN)/python -m explainer init "$$DIR" --language "$${LANGUAGE:-en}"

## make bench: what the hooks cost against plain Material, at 10 to 5,000 synthetic notes, from an
## edit to the page under `make serve` (needs chromium for the open tab) and for the closest passage
## in long seeds (several minutes; QUICK=1 runs smaller sizes in about a minute). Figures: docs-engine/benchmarks.md
bench: $(STAMP)
	$(BIN)/python tools/bench.py $(if $(QUICK),--quick)

## make audit: Lighthouse 12 (mobile) on the key pages served gzipped; prints the four
## scores and first-load weights, fails below 100 (performance: 95). Needs npm and chromium.
LIGHTHOUSE_VERSION := 12.2.3
LIGHTHOUSE := .lighthouse/node_modules/.bin/lighthouse
LIGHTHOUSE_STAMP := .lighthouse/.installed-$(LIGHTHOUSE_VERSION)
$(LIGHTHOUSE_STAMP):
	npm install --no-save --no-audit --no-fund --loglevel=error --prefix .lighthouse lighthouse@$(LIGHTHOUSE_VERSION)
	touch $(LIGHTHOUSE_STAMP)

audit: $(STAMP) $(LIGHTHOUSE_STAMP)
	$(BIN)/python tools/audit.py --lighthouse $(LIGHTHOUSE)

## make properdocs: build the site with MkDocs and with ProperDocs (the maintained fork of
## MkDocs 1.6, in its own .venv-properdocs) and compare every file; only the generator tag differs
PROPERDOCS_VENV := .venv-properdocs
PROPERDOCS_STAMP := $(PROPERDOCS_VENV)/.installed
$(PROPERDOCS_STAMP): requirements.txt requirements-properdocs.txt
	$(PYTHON) -m venv $(PROPERDOCS_VENV)
	$(PROPERDOCS_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-properdocs.txt
	touch $(PROPERDOCS_STAMP)

properdocs: $(STAMP) $(PROPERDOCS_STAMP)
	$(BIN)/python tools/properdocs_check.py --properdocs $(PROPERDOCS_VENV)/bin/properdocs

## make test: code quality, then every test (browser tests need Debian's chromium)
test: lint
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile

## make golden: rewrite tests/golden/ from the renderers, after a deliberate change (review the diff)
golden: $(STAMP)
	$(BIN)/python tests/golden.py

lint: $(STAMP)
	$(BIN)/ruff check hooks tests tools
	$(BIN)/ruff format --check hooks tests tools
	$(BIN)/mypy

clean:
	rm -rf site .site-new-* .site-old .site.lock $(VENV) $(PROPERDOCS_VENV) .lighthouse offline offline.new .offline-deps
