# Two commands for a new machine with Python 3.12 and make: `make run` and `make test`.
PYTHON ?= python3.12
VENV := .venv
PY := $(VENV)/bin/python
ADDR ?= 127.0.0.1:8000

.PHONY: run test cluster-test install migrate demo serve lint messages clean

# Re-install only when the lock file changes.
$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo
	@echo ""
	@echo "  kinews runs on http://$(ADDR)/ (English: http://$(ADDR)/en/, admin: http://$(ADDR)/admin/)"
	@echo "  Demo logins (demo only, never use in production):"
	@echo "    author / kinews-author   editor / kinews-editor   sales / kinews-sales"
	@echo ""
	$(PY) manage.py runserver $(ADDR)

test: install
	$(PY) -m pytest -q $(PYTEST_ARGS)

# Two app servers behind nginx with their own PostgreSQL, Redis, S3 (moto) and worker, on loopback ports
# (tests/cluster; needs nginx, redis-server and PostgreSQL's server binaries). A few minutes; prints timings.
cluster-test: install
	$(PY) -m pytest -q -s -p no:randomly tests/cluster $(PYTEST_ARGS)

# Production-style server (see docs/deploy.md); needs DJANGO_DEBUG=0 and the required settings.
serve: install
	$(PY) manage.py collectstatic --noinput
	$(VENV)/bin/gunicorn kinews.wsgi --workers $$((2 * $$(nproc) + 1)) --bind $(ADDR)

lint: install
	$(VENV)/bin/ruff check .

messages: install
	$(PY) manage.py makemessages -l de --no-obsolete && $(PY) manage.py compilemessages

clean:
	rm -rf $(VENV) db.sqlite3 media
