"""Backends for the storage tests: every test runs on the embedded backends and on the real
MinIO and Elasticsearch (``scripts/services.sh start``, then
``export $(scripts/services.sh env)``). The real side fails - it is never skipped - when the
services are not configured or not reachable.

Real-backend tests use buckets and indices named ``t<session>-<n>-…`` and delete them after
the test, so they never touch the data of ``make run``."""

from __future__ import annotations

import itertools
import os
import secrets
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from contracts_core.settings import Settings
from storage import open_backends
from storage.base import Backends

BACKENDS = ["embedded", pytest.param("real", marks=pytest.mark.real)]
REAL_VARS = ("CONTRACTS_S3_ENDPOINT", "CONTRACTS_S3_ACCESS_KEY", "CONTRACTS_S3_SECRET_KEY",
             "CONTRACTS_ES_URL")
HOW = "start them with `scripts/services.sh start` and `export $(scripts/services.sh env)`"
_counter = itertools.count(1)


def _probe(url: str) -> str | None:
    """None when the URL answers 2xx, else why not."""
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - local service
            resp.read()
        return None
    except (urllib.error.URLError, OSError) as exc:
        return f"{url}: {exc}"


def require_real_services(what: str = "real-backend test") -> dict[str, str]:
    """Every CONTRACTS_* variable, after checking that MinIO and Elasticsearch answer; the test
    FAILS (never skips) when they are not configured or not reachable."""
    missing = [v for v in REAL_VARS if not os.environ.get(v)]
    if missing:
        pytest.fail(f"{what} needs {', '.join(missing)}: {HOW}", pytrace=False)
    env = {k: v for k, v in os.environ.items() if k.startswith("CONTRACTS_")}
    secure = os.environ.get("CONTRACTS_S3_SECURE", "false").lower() in ("1", "true", "yes")
    s3 = f"{'https' if secure else 'http'}://{env['CONTRACTS_S3_ENDPOINT']}"
    problems = [p for p in (_probe(f"{s3}/minio/health/live"),
                            _probe(env["CONTRACTS_ES_URL"].rstrip("/") + "/_cluster/health"))
                if p]
    if problems:
        pytest.fail(f"real services unreachable ({'; '.join(problems)}): {HOW}", pytrace=False)
    return env


@pytest.fixture(scope="session")
def real_env() -> dict[str, str]:
    env = require_real_services()
    return {v: env[v] for v in REAL_VARS}


@pytest.fixture(scope="session")
def session_tag() -> str:
    return "t" + secrets.token_hex(3)


def real_settings(env: dict[str, str], prefix: str, data_dir: Path) -> Settings:
    return Settings(
        data_dir=data_dir,
        s3_endpoint=env["CONTRACTS_S3_ENDPOINT"],
        s3_access_key=env["CONTRACTS_S3_ACCESS_KEY"],
        s3_secret_key=env["CONTRACTS_S3_SECRET_KEY"],
        s3_secure=os.environ.get("CONTRACTS_S3_SECURE", "false").lower() in ("1", "true", "yes"),
        es_url=env["CONTRACTS_ES_URL"],
        inbox_bucket=f"{prefix}-inbox",
        archive_bucket=f"{prefix}-archive",
        quarantine_bucket=f"{prefix}-quarantine",
        index_alias=f"{prefix}-contracts",
        audit_index=f"{prefix}-audit",
        registry_index=f"{prefix}-registry",
    )


def embedded_settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, s3_endpoint=None, es_url=None)


def _drop_real(b: Backends) -> None:
    for part in (b.store, b.index, b.registry, b.audit):
        drop = getattr(part, "drop_buckets", None) or getattr(part, "drop", None)
        if drop is not None:
            drop()


@pytest.fixture(params=BACKENDS)
def backend_kind(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def settings(backend_kind: str, request: pytest.FixtureRequest, tmp_path: Path,
             session_tag: str) -> Settings:
    if backend_kind == "embedded":
        return embedded_settings(tmp_path / "data")
    env = request.getfixturevalue("real_env")
    return real_settings(env, f"{session_tag}-{next(_counter)}", tmp_path / "data")


@pytest.fixture
def backends(settings: Settings, backend_kind: str) -> Iterator[Backends]:
    b = open_backends(settings)
    assert b.kind == backend_kind, f"open_backends gave {b.kind} backends for {backend_kind}"
    try:
        yield b
    finally:
        if backend_kind == "real":
            _drop_real(b)


@pytest.fixture
def store(backends: Backends):
    backends.store.ensure_buckets()
    return backends.store


@pytest.fixture
def index(backends: Backends):
    backends.index.ensure()
    return backends.index


@pytest.fixture
def registry(backends: Backends):
    return backends.registry


@pytest.fixture
def audit(backends: Backends):
    return backends.audit




@pytest.fixture
def unused_port() -> int:
    """A local port nothing listens on (a service that is down)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
