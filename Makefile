# Shortcuts; the scripts do the work. `make run ARGS=--now`, `make test ARGS="-k session"`.
.PHONY: run test bench screenshots setup clean distclean

VENV_PY := .venv/bin/python
ARGS ?=

run:
	./run.sh $(ARGS)

test:
	./test.sh $(ARGS)

bench:
	scripts/setup.sh --tests && $(VENV_PY) bench/bench.py $(ARGS)

screenshots:
	scripts/setup.sh --tests && $(VENV_PY) scripts/screenshots.py $(ARGS)

setup:
	scripts/setup.sh --tests

# Caches and build output; keeps .venv (distclean removes that too).
clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis bench/out
	find . -path ./.venv -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf .venv
