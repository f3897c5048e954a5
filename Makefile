# Two commands for a new machine with Python 3.12 and make: `make run` and `make test`.
PYTHON ?= python3.12
VENV := .venv
PY := $(VENV)/bin/python
ADDR ?= 127.0.0.1:8000
# Pages link to the host they are asked for; e-mails (no request) link to SITE_URL: by default where `make run`
# serves (ADDR may be a port alone, like runserver's; 0.0.0.0 listens everywhere, mails name 127.0.0.1).
RUN_HOST := $(subst 0.0.0.0,127.0.0.1,$(if $(findstring :,$(ADDR)),$(ADDR),127.0.0.1:$(ADDR)))
# The HTML checker (W3C Nu, run with Java) and axe-core the tests use: npm packages pinned in tests/webcheck.
WEBCHECK := $(VENV)/webcheck

.PHONY: run test cluster-test install webcheck migrate demo serve lint messages clean

# Re-install only when the lock file changes.
$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

install: $(VENV)/.installed

$(WEBCHECK)/.installed: tests/webcheck/package.json tests/webcheck/package-lock.json
	@command -v npm >/dev/null 2>&1 && command -v java >/dev/null 2>&1 || { \
		echo "make test needs npm and Java for its HTML and accessibility checks (Debian: apt-get install npm default-jre-headless)"; exit 1; }
	mkdir -p $(WEBCHECK)
	cp tests/webcheck/package.json tests/webcheck/package-lock.json $(WEBCHECK)/
	cd $(WEBCHECK) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

webcheck: $(WEBCHECK)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo
	@echo ""
	@echo "  kinews runs on http://$(RUN_HOST)/ (English: http://$(RUN_HOST)/en/, admin: http://$(RUN_HOST)/admin/)"
	@echo "  Demo logins (demo only, never use in production):"
	@echo "    author / kinews-author   editor / kinews-editor   sales / kinews-sales"
	@echo ""
	SITE_URL="$(or $(SITE_URL),http://$(RUN_HOST))" $(PY) manage.py runserver $(ADDR)

# Import contracts first (pyproject.toml, [tool.importlinter]): the apps depend on each other one way only.
test: install webcheck
	$(VENV)/bin/lint-imports --no-cache --no-logo
	$(PY) -m pytest -q $(PYTEST_ARGS)

# Two app servers behind nginx with their own PostgreSQL, Redis, S3 (moto) and worker, on loopback ports
# (tests/cluster; needs nginx, redis-server and PostgreSQL's server binaries). A few minutes; prints timings.
cluster-test: install
	$(PY) -m pytest -q -s -p no:randomly tests/cluster $(PYTEST_ARGS)

# The production set-up of docs/deploy.md on one machine: nginx (TLS, a buffering proxy: slow clients never
# reach gunicorn) in front of gunicorn, and the task worker - the lines of deploy/Procfile, run by honcho.
# Needs nginx and the production settings (DJANGO_DEBUG=0, DJANGO_SECRET_KEY, ALLOWED_HOSTS, ...).
# Addresses: KINEWS_LISTEN (https, 127.0.0.1:8443), KINEWS_WEB_BIND (gunicorn, 127.0.0.1:8001); see deploy/.
serve: install
	@command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "make serve needs nginx (Debian: apt-get install nginx)"; exit 1; }
	$(PY) manage.py collectstatic --noinput -v0
	@echo "  kinews: https://$${KINEWS_LISTEN:-127.0.0.1:8443}/ (nginx) -> gunicorn $${KINEWS_WEB_BIND:-127.0.0.1:8001}, worker"
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH:/usr/sbin" WEB_CONCURRENCY=$${WEB_CONCURRENCY:-$$((2 * $$(nproc) + 1))} \
		$(VENV)/bin/honcho -f deploy/Procfile -d $(CURDIR) start

lint: install
	$(VENV)/bin/ruff check .

messages: install
	$(PY) manage.py makemessages -l de --no-obsolete && $(PY) manage.py compilemessages

clean:
	rm -rf $(VENV) db.sqlite3 media
