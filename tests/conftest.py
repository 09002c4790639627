"""Shared fixtures: an embedded-backend environment in a temporary folder and one temporary
Prefect server for the session (Prefect's own test harness, a real server on SQLite)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from contracts_core.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_scans"
ENDPOINT_VARS = ("CONTRACTS_S3_ENDPOINT", "CONTRACTS_ES_URL")


@pytest.fixture(scope="session")
def prefect_server():
    """A real temporary Prefect server for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def embedded_settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, s3_endpoint=None, es_url=None)


@pytest.fixture
def embedded_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Embedded defaults (no endpoints) with the data folder in a temporary directory."""
    for var in ENDPOINT_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CONTRACTS_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


def real_service_env() -> dict[str, str]:
    """The CONTRACTS_* variables that `scripts/services.sh env` exported for the real servers."""
    return {k: v for k, v in os.environ.items() if k.startswith("CONTRACTS_")}
