# The whole setup is `make run` (serve the app) and `make test` (run every test).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PORT   ?= 8501
ADDRESS ?= localhost
WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
BIND   ?= 127.0.0.1

.PHONY: install run serve test lint bench browser proxy redis

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@# Compile every lesson's default view once into JAX's disk cache (.cache/jax), so the
	@# first start does not compile; a failure here costs only speed.
	-$(PY) -m ui.warmup
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium (Playwright cannot download browsers here) and CJK fonts for the 中文 UI.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then \
		echo "installing chromium and fonts-noto-cjk"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

# HAProxy in front of `make serve`'s workers, from Debian's packages.
proxy:
	@if ! command -v haproxy >/dev/null 2>&1; then \
		echo "installing haproxy"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; \
	fi

# redis-server from Debian's packages: the room tests run every room against a real Redis
# (started by the tests themselves on a free port), as rooms are kept across machines.
redis:
	@if ! command -v redis-server >/dev/null 2>&1; then \
		echo "installing redis-server"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	fi

# WORKERS app processes behind HAProxy on PORT (sticky sessions, health checks, restarts);
# runs in the foreground until Ctrl-C. BIND=0.0.0.0 makes it reachable from the room.
serve: install proxy
	exec $(PY) deploy/serve.py --workers $(WORKERS) --port $(PORT) --bind $(BIND)

run: install
	$(VENV)/bin/streamlit run asgi.py --server.port $(PORT) --server.address $(ADDRESS)

# One worker process per core, each taking whole test files (a file's served app, browser
# and module fixtures are made once, in one worker). TEST_WORKERS=0 runs them in this process.
TEST_WORKERS ?= auto
test: install browser proxy redis
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

lint: install
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

bench: install browser
	$(PY) bench/engine.py
	$(PY) bench/playground.py
	$(PY) bench/coldstart.py
	$(PY) bench/classroom.py
	$(PY) bench/classroom.py --predict
	$(MAKE) --no-print-directory proxy
	$(PY) bench/proxy.py
