# Two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv/bin
export PYTHONUNBUFFERED := 1
# Tesseract runs one page per core; its own OpenMP threads would only fight over them.
export OMP_THREAD_LIMIT := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120

.PHONY: help setup run test test-fast services services-down samples benchmarks lock clean

help:
	@echo "make run            install what is missing, ingest sample_scans/ (embedded defaults), print what was found"
	@echo "make test           install what is missing, start MinIO + Elasticsearch, run the whole suite"
	@echo "make services       build/install and start MinIO and Elasticsearch on loopback"
	@echo "make services-down  stop them"
	@echo "make samples        regenerate sample_scans/ from the generator (deterministic)"
	@echo "make benchmarks     run the benchmarks (JSON summaries under benchmarks/out/)"
	@echo "make lock           re-resolve requirements.lock from pyproject.toml"

setup:
	@scripts/setup.sh

run: setup
	$(VENV)/contracts ingest sample_scans/
	@echo
	@echo "Example searches:"
	$(VENV)/contracts search 华信
	$(VENV)/contracts search Quillfeather

services: setup
	@scripts/services.sh start

services-down:
	@scripts/services.sh stop

test: setup services
	@set -a; eval "$$(scripts/services.sh env)"; set +a; \
	$(VENV)/python -m pytest -p no:cacheprovider tests; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests were collected"; exit 1; fi; exit $$rc

test-fast: setup
	$(VENV)/python -m pytest -m "not real and not slow" tests

samples: setup
	$(VENV)/python -m sample_scans.generate --out sample_scans

benchmarks: setup
	mkdir -p benchmarks/out
	-$(VENV)/python -m benchmarks.ocr_quality --out benchmarks/out/ocr_quality.json
	-$(VENV)/python -m benchmarks.extraction --out benchmarks/out/extraction.json
	-$(VENV)/python -m benchmarks.throughput --out benchmarks/out/throughput.json

lock: setup
	SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt $(VENV)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf data .pytest_cache benchmarks/out
