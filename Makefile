# The course's commands. Each target that needs Python bootstraps .venv first (idempotent).
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# nbgrader runs `alembic` from PATH, so the venv's tools come first for every recipe.
export PATH := $(BIN):$(PATH)

# The Debian packages each job needs, installed by scripts/debian-packages (as root) or named for you to install.
SANDBOX_PACKAGES := bubblewrap
TEST_PACKAGES := bubblewrap chromium postgresql

.PHONY: install test test-fast demo release prove mutants lab debian-test debian-sandbox

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	# jupyter-events pulls in rfc3987-syntax (jsonschema's format-nongpl extra), which builds a Lark grammar
	# whenever jsonschema is imported: 3 s of CPU in every nbgrader, grader and Jupyter process. jsonschema
	# treats it as optional: without it, the "iri" string format goes unchecked, and no schema here uses it.
	$(BIN)/python -m pip uninstall --quiet --disable-pip-version-check --yes rfc3987-syntax
	for extension in formgrader validate_assignment assignment_list course_list; do \
	  $(BIN)/jupyter server extension enable --sys-prefix nbgrader.server_extensions.$$extension >/dev/null 2>&1 || exit 1; \
	done
	$(BIN)/jupyter labextension enable --level=sys_prefix @jupyter/nbgrader >/dev/null 2>&1
	touch $@

# The packages are checked first, so that a missing one stops the job before anything runs.
debian-test:
	@scripts/debian-packages $(TEST_PACKAGES)

debian-sandbox:
	@scripts/debian-packages $(SANDBOX_PACKAGES)

test: debian-test install
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# The unit tests alone: no nbgrader run, no notebook execution, no sandbox, no browser (under a minute).
test-fast: install
	$(BIN)/python -m pytest -m "not slow and not browser"

demo: debian-sandbox install
	$(BIN)/grader demo

release: install
	$(BIN)/grader release

prove: install
	$(BIN)/grader prove

# Mutation testing of every lab's tests (bubblewrap sandboxes); the table goes to reports/mutants.txt.
mutants: debian-sandbox install
	$(BIN)/grader prove --mutants

# share/jupyter first on JUPYTER_PATH: formgrader's MathJax from the server, not a CDN (share/jupyter/nbconvert/...).
lab: debian-sandbox install
	JUPYTER_PATH=$(CURDIR)/share/jupyter$${JUPYTER_PATH:+:$$JUPYTER_PATH} $(BIN)/jupyter lab --no-browser --ServerApp.root_dir=$(CURDIR) $(LAB_ARGS)
