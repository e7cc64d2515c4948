# Shortcuts; the scripts do the work. `make run ARGS=--now`, `make test ARGS="-k session"`.
.PHONY: run test bench screenshots setup dist bundle deb package-check icons clean distclean

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

# The wheel and the source archive in dist/ (with the pinned setuptools/wheel of .venv).
dist:
	scripts/build_dist.sh

# The PyInstaller one-folder bundle: dist/cramp-timer/cramp-timer (build venv: build/bundle-venv).
bundle:
	scripts/build_bundle.sh

# The Debian package dist/cramp-timer_VERSION_ARCH.deb, made from the bundle.
deb:
	scripts/setup.sh --tests && scripts/build_deb.sh

# Wheel in a fresh venv, bundle smoke run, the .deb installed in a throwaway root, desktop
# entry and metainfo validated.
package-check:
	scripts/setup.sh --tests && scripts/ci_package.sh

# Re-render the icon PNGs after changing assets/icons/*.svg.
icons:
	scripts/setup.sh && $(VENV_PY) scripts/render_icons.py

# Caches and build output; keeps .venv (distclean removes that too).
clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis bench/out
	find . -path ./.venv -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf .venv
