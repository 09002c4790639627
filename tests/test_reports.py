"""Scheduled reports on the embedded and the real backends (storage interfaces only): the
expiry report lists the contracts expiring within the window, and the archive audit is clean
on a sound archive and names every problem once the archive is damaged."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Iterator

import pytest

from contracts_core.record import Amount, Classification, DateField, Fields, Party, Record, Source
from contracts_core.settings import Settings
from flows.reports import audit_archive, expiring_contracts
from storage import open_backends
from storage.archiver import archive_document, original_key
from storage.base import Backends
from tests.conftest import ROOT
from tests.storage.conftest import REAL_VARS, _drop_real, real_settings

TODAY = date.today()


@pytest.fixture(params=["embedded", pytest.param("real", marks=pytest.mark.real)])
def env(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Settings, Backends]]:
    if request.param == "embedded":
        settings = Settings(_env_file=None, data_dir=tmp_path / "data", s3_endpoint=None,
                            es_url=None)
    else:
        missing = [v for v in REAL_VARS if not os.environ.get(v)]
        if missing:
            pytest.fail(f"needs {', '.join(missing)}: scripts/services.sh start; "
                        "export $(scripts/services.sh env)", pytrace=False)
        prefix = "r" + hashlib.sha256(str(tmp_path).encode()).hexdigest()[:6]
        settings = real_settings({v: os.environ[v] for v in REAL_VARS}, prefix,
                                 tmp_path / "data")
    backends = open_backends(settings)
    backends.store.ensure_buckets()
    backends.index.ensure()
    try:
        yield settings, backends
    finally:
        if request.param == "real":
            _drop_real(backends)


def _archive(backends: Backends, settings: Settings, tmp: Path, n: int,
             expiry: date | None, kind: str = "sales") -> str:
    original = tmp / f"contract-{n}.pdf"
    original.write_bytes(f"%PDF-1.4 contract {n}\n".encode() * 50)
    sha = hashlib.sha256(original.read_bytes()).hexdigest()
    record = Record(
        sha256=sha, source=Source(station="hq", batch="b1", file_name=original.name),
        contract_type=Classification(value=kind, confidence=0.9), page_count=1,
        fields=Fields(
            parties=[Party(role="party_a", name=f"Party A{n} Ltd"),
                     Party(role="party_b", name="华信科技有限公司")],
            expiry_date=DateField(value=expiry, confidence=0.9) if expiry else None,
            amounts=[Amount(value=Decimal("1000.00") * n, currency="CNY", is_total=True)]))
    result = archive_document(backends, settings, record, original, "pdf", None,
                              contract_key=None)
    return result.archive_number


def test_expiring_within_windows(env, tmp_path: Path) -> None:
    settings, backends = env
    soon = _archive(backends, settings, tmp_path, 1, TODAY + timedelta(days=10))
    later = _archive(backends, settings, tmp_path, 2, TODAY + timedelta(days=45), "lease")
    _archive(backends, settings, tmp_path, 3, TODAY + timedelta(days=200))
    _archive(backends, settings, tmp_path, 4, TODAY - timedelta(days=1))
    _archive(backends, settings, tmp_path, 5, None)
    backends.index.refresh()
    assert [r["archive_number"] for r in expiring_contracts(backends, 30)] == [soon]
    rows = expiring_contracts(backends, 60)
    assert [r["archive_number"] for r in rows] == [soon, later]
    assert rows[1]["days_left"] == 45 and rows[1]["contract_type"] == "lease"
    assert "华信科技有限公司" in rows[0]["parties"]
    assert [r["archive_number"] for r in expiring_contracts(backends, 90)] == [soon, later]


def test_audit_clean_then_every_damage_found(env, tmp_path: Path) -> None:
    settings, backends = env
    numbers = [_archive(backends, settings, tmp_path, n, None) for n in (1, 2, 3)]
    backends.index.refresh()
    report = audit_archive(backends, settings)
    assert report.ok, report.findings
    assert report.checked["originals hashed"] == 3

    # damage: a changed original, a lost index entry, a batch forgotten in the inbox, and a
    # number assigned by a run that never finished archiving
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(b"%PDF-1.4 something else entirely\n")
    key = original_key(numbers[0], 1, "pdf")
    meta = backends.store.stat(settings.archive_bucket, key).metadata
    backends.store.put_file(settings.archive_bucket, key, tampered, metadata=meta)
    backends.index.delete(numbers[1])
    backends.store.put_bytes(settings.inbox_bucket, "st-x/old-batch/a.pdf", b"%PDF-1.4")
    lost = backends.registry.assign("f" * 64, "XS", TODAY.year).archive_number
    backends.index.refresh()

    report = audit_archive(backends, settings,
                           now=datetime.now(timezone.utc) + timedelta(days=8), stale_days=7)
    found = {(f.check, f.subject) for f in report.findings}
    assert ("checksum", key) in found
    assert ("not_indexed", numbers[1]) in found
    assert ("stale_batch", "st-x/old-batch") in found
    assert ("not_archived", lost) in found
    assert not any(f.subject == numbers[2] for f in report.findings)
    # the same inbox batch is not stale on the day it was uploaded
    fresh = audit_archive(backends, settings, stale_days=7)
    assert not any(f.check == "stale_batch" for f in fresh.findings)


def _cli(args: list[str], settings: Settings) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTRACTS_")}
    env["CONTRACTS_DATA_DIR"] = str(settings.data_dir)
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_expiring_and_audit_exit_code(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", s3_endpoint=None,
                        es_url=None)
    backends = open_backends(settings)
    backends.store.ensure_buckets()
    backends.index.ensure()
    number = _archive(backends, settings, tmp_path, 1, TODAY + timedelta(days=20))
    res = _cli(["expiring", "--days", "30", "--json"], settings)
    assert res.returncode == 0, res.stderr
    assert [json.loads(line)["archive_number"] for line in res.stdout.splitlines()] == [number]
    assert _cli(["audit"], settings).returncode == 0
    backends.index.delete(number)
    res = _cli(["audit", "--json"], settings)
    assert res.returncode == 1
    assert json.loads(res.stdout)["findings"][0]["check"] == "not_indexed"
