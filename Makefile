# The two commands a newcomer needs: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8050
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := chromium chromium-driver fonts-noto-cjk fonts-liberation nginx-light

.PHONY: run test lint validate install install-dev sysdeps bench soak clean

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

# Debian packages the tests need: a real Chromium (browser tests, image export), the CJK
# fonts that make Chinese render as glyphs, and nginx for the reverse-proxy test.
sysdeps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@fc-list :lang=zh family | grep -q "Noto Sans CJK SC" || { echo "Noto Sans CJK SC font missing"; exit 1; }

run: install
	$(VENV)/bin/gunicorn --config gunicorn.conf.py --bind 127.0.0.1:$(PORT) app:server

validate: install
	$(PY) -m data validate data/

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: install-dev sysdeps lint
	$(PY) -m data validate data/
	$(PY) -m pytest

# Callback latency against the floor, first visit, export latency, data scale -> bench/RESULTS.md
bench: install-dev sysdeps
	$(PY) bench/run_all.py

# Load with faults (32 simulated officials, 60 s, loopback); the report goes to bench/SOAK.md.
soak: install-dev sysdeps
	$(PY) bench/soak.py --users 32 --duration 60 --report bench/SOAK.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
