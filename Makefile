# The course's commands. Each target that needs Python bootstraps .venv first (idempotent).
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# nbgrader runs `alembic` from PATH, so the venv's tools come first for every recipe.
export PATH := $(BIN):$(PATH)

.PHONY: install test demo release prove lab

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	for extension in formgrader validate_assignment assignment_list course_list; do \
	  $(BIN)/jupyter server extension enable --sys-prefix nbgrader.server_extensions.$$extension >/dev/null 2>&1 || exit 1; \
	done
	$(BIN)/jupyter labextension enable --level=sys_prefix @jupyter/nbgrader >/dev/null 2>&1
	touch $@

test: install
	$(BIN)/python -m pytest -n 2 --dist loadgroup

demo: install
	$(BIN)/grader demo

release: install
	$(BIN)/grader release

prove: install
	$(BIN)/grader prove

lab: install
	$(BIN)/jupyter lab --no-browser --ServerApp.root_dir=$(CURDIR) $(LAB_ARGS)
