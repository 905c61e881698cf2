# Turkic Ties — build, run and test. Needs only python3 and make; uv is bootstrapped if missing.
#   make run    install, check the data, serve the dashboard on http://localhost:8501
#   make test   install, then every test including the headless-Chromium suite (tests/e2e)

SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8501
CHROMIUM ?= /usr/bin/chromium
# uv from PATH if there is one, else a private copy in .tools/uv (installed by `make setup`).
LOCAL_UV := $(CURDIR)/.tools/uv/bin/uv
ifeq ($(origin UV),undefined)
UV := $(or $(shell command -v uv 2>/dev/null),$(LOCAL_UV))
endif
# --locked: refuse to run if uv.lock no longer matches pyproject.toml, never rewrite it silently.
UV_RUN = $(UV) run --locked

.PHONY: help setup build run test browser bench eval

help:
	@echo "Turkic Ties"
	@echo "  make run     install, check the data, serve the app on http://localhost:$(PORT)"
	@echo "  make test    install, then run all tests (unit + headless-Chromium browser tests)"
	@echo "other targets:"
	@echo "  make setup   install uv if missing (into .tools/uv), then the locked environment (.venv)"
	@echo "  make build   validate the data (python -m dashboard.data check)"
	@echo "  make browser in CI (CI=true) install Debian's chromium if $(CHROMIUM) is missing"
	@echo "  make bench   measure build, pages, browser, scale, memory and load; write docs/benchmarks.md"
	@echo "  make eval    score the article extraction on its gold set; write docs/extraction.md"
	@echo "uv in use: $(UV)"

setup: $(if $(filter $(LOCAL_UV),$(UV)),$(LOCAL_UV))
	@$(UV) sync --locked || { \
	  echo "make setup: 'uv sync --locked' failed. If uv reported that the lockfile needs to be"; \
	  echo "updated, uv.lock is out of sync with pyproject.toml: run 'uv lock' and commit uv.lock."; \
	  exit 1; }

# Bootstrap uv without assuming pip, venv or root: pip --target, then ensurepip, then apt (root only).
$(LOCAL_UV):
	@echo "uv is not on PATH: installing it into .tools/uv"
	@set -u; \
	export PIP_ROOT_USER_ACTION=ignore; \
	pip_uv() { python3 -m pip install --disable-pip-version-check --no-warn-script-location \
	             --quiet --upgrade --target "$(CURDIR)/.tools/uv" uv; }; \
	if python3 -m pip --version >/dev/null 2>&1 && pip_uv; then exit 0; fi; \
	echo "python3 -m pip is missing or failed: trying 'python3 -m ensurepip --user'"; \
	if python3 -m ensurepip --user >/dev/null 2>&1 && pip_uv; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "ensurepip is missing or refused (Debian's python): installing python3-pip with apt-get"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-pip >/dev/null \
	    && pip_uv && exit 0; \
	fi; \
	echo "make setup: could not install uv. Install it yourself (https://docs.astral.sh/uv/) or"; \
	echo "install pip (apt-get install python3-pip) and run 'make setup' again."; \
	exit 1
	@test -x "$@" || { echo "make setup: pip ran but $@ is missing"; exit 1; }

# Validates every raw file and keeps the built tables for the app's first page (data/build/tables.pickle).
build: setup
	$(UV_RUN) python -m dashboard.data check

run: setup build
	$(UV_RUN) streamlit run streamlit_app.py --server.port $(PORT)

# CI must run the browser suite, so it installs Chromium there; elsewhere the suite skips loudly.
browser:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if [ "$${CI:-}" = true ]; then \
	  echo "CI: $(CHROMIUM) is missing: installing Debian's chromium"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$SUDO apt-get update && $$SUDO apt-get install -y chromium && test -x "$(CHROMIUM)"; \
	else \
	  echo "note: $(CHROMIUM) not found: browser tests will be SKIPPED (apt-get install -y chromium)"; \
	fi

# The storage tests also run against a real PostgreSQL: a throwaway cluster (installed in CI).
test: setup browser
	scripts/with_postgres.sh $(UV_RUN) pytest

# Figures, not tests: about 10 minutes on 2 cores; see docs/benchmarks.md for what it measures.
bench: setup browser build
	$(UV_RUN) python -m benchmarks

# Extraction quality on the gold set (tests/extraction/gold): prints the scores, rewrites docs/extraction.md.
eval: setup
	$(UV_RUN) python scripts/eval_extraction.py
