"""Faults in the middle of a batch, against the real MinIO and Elasticsearch: the object store
killed and restarted, the search engine killed and restarted, the worker process killed. After
the batch is run again (what an operator, or the watcher's next pass, does) every document is
archived exactly once, the numbers run 1..N per type and year with no gap or duplicate, and the
archive, the index and the registry agree (``contracts audit`` finds nothing).

These tests FAIL (never skip) when the real services are not running:
``scripts/services.sh start`` then ``export $(scripts/services.sh env)``."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

import pytest

from contracts_core.settings import Settings
from extractors.loading import sha256_file
from storage import open_backends
from storage.archiver import load_record
from storage.base import Backends
from tests import badinput
from tests.conftest import ROOT
from tests.storage.conftest import require_real_services

pytestmark = [pytest.mark.real, pytest.mark.slow]
DOCS = 30
SERVICES = ROOT / "scripts" / "services.sh"
# where the running services keep their pid files (services.sh knows; Elasticsearch's may live
# outside the repo when its user cannot enter the checkout's folder)
PIDFILES = {name: Path(path) for name, path in (
    line.split("=", 1) for line in subprocess.run(
        ["bash", str(SERVICES), "pidfiles"], capture_output=True, text=True, check=True
    ).stdout.split())}


@pytest.fixture(scope="module")
def real_env() -> dict[str, str]:
    env = require_real_services("fault tests")
    for name, pidfile in PIDFILES.items():
        if not pidfile.exists():
            pytest.fail(f"no pid file {pidfile} for {name}: start it with {SERVICES} start",
                        pytrace=False)
    return env


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("fault-docs")
    tag = secrets.randbelow(10**6)
    return [badinput.small_doc(folder / f"doc-{i:03d}.png", seed=tag * 100 + i)
            for i in range(DOCS)]


@pytest.fixture
def isolated(real_env, tmp_path, prefect_server) -> tuple[dict[str, str], Settings]:
    """Buckets and indices of this test only; dropped afterwards."""
    prefix = "tf" + secrets.token_hex(4)
    names = {"CONTRACTS_INBOX_BUCKET": f"{prefix}-inbox",
             "CONTRACTS_ARCHIVE_BUCKET": f"{prefix}-archive",
             "CONTRACTS_QUARANTINE_BUCKET": f"{prefix}-quarantine",
             "CONTRACTS_INDEX_ALIAS": f"{prefix}-contracts",
             "CONTRACTS_AUDIT_INDEX": f"{prefix}-audit",
             "CONTRACTS_REGISTRY_INDEX": f"{prefix}-registry",
             "CONTRACTS_DATA_DIR": str(tmp_path / "data")}
    env = {**real_env, **names}
    settings = Settings(**{k.removeprefix("CONTRACTS_").lower(): v for k, v in env.items()})
    yield env, settings
    _ensure_services()
    backends = open_backends(settings)
    for part in (backends.store, backends.index, backends.registry, backends.audit):
        drop = getattr(part, "drop_buckets", None) or getattr(part, "drop", None)
        if drop is not None:
            drop()


def _ensure_services() -> None:
    subprocess.run([str(SERVICES), "start"], check=True, capture_output=True, timeout=300)


def _kill_service(name: str) -> None:
    pid = int(PIDFILES[name].read_text().strip())
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)


def _run(docs: list[Path], env: dict[str, str], batch: str,
         fault: Callable[[subprocess.Popen], None] | None = None,
         after: int = 8) -> tuple[int | None, list[dict], str]:
    """One ``contracts ingest --json`` in its own process (and session); ``fault`` is called
    once ``after`` documents are reported archived."""
    proc = subprocess.Popen(
        badinput.cli_ingest_command(docs, station="faults", batch=batch),
        env=badinput.child_env(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True)
    outcomes: list[dict] = []
    fired = fault is None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("{"):
            outcomes += badinput.parse_outcomes(line)
        done = sum(1 for o in outcomes if o.get("archive_number"))
        if not fired and done >= after:
            fired = True
            fault(proc)
    try:
        _, stderr = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, stderr = proc.communicate()
        pytest.fail(f"ingest {batch} hung:\n{stderr[-3000:]}")
    assert fired, f"the batch ended before the fault was injected: {outcomes}"
    return proc.returncode, outcomes, stderr


def _assert_archive_consistent(docs: list[Path], settings: Settings) -> None:
    backends: Backends = open_backends(settings)
    backends.index.refresh()
    shas = {sha256_file(p): p.name for p in docs}
    assignments = list(backends.registry.assignments())
    # every document exactly once in the registry, nothing else
    assert sorted(a.sha256 for a in assignments) == sorted(shas), "registry ≠ the batch"
    numbers = [a.archive_number for a in assignments]
    assert len(numbers) == len(set(numbers)) == len(docs), "a number was given twice"
    series: dict[str, list[int]] = defaultdict(list)
    for n in numbers:
        head, _, seq = n.rpartition("-")
        series[head].append(int(seq))
    for head, seqs in series.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"{head}: gap or duplicate {seqs}"
    # archive and index agree, and each original is the document it claims to be
    assert sorted(backends.index.ids()) == sorted(numbers), "index ≠ archive"
    for a in assignments:
        record = load_record(backends, settings, a.archive_number)
        assert record is not None and record.sha256 == a.sha256, a
        doc = backends.index.get(a.archive_number)
        assert doc is not None and a.sha256 in (doc.get("versions") or []), a
        key = f"{a.archive_number}/original.png"
        assert backends.store.stat(settings.archive_bucket, key) is not None, key
        from flows.reports import sha256_object

        assert sha256_object(backends, settings.archive_bucket, key) == a.sha256
    # and the operator's audit agrees
    from flows.reports import audit_archive

    report = audit_archive(backends, settings, stale_days=365)
    assert report.ok, report.to_dict()["findings"]


def _rerun_until_done(docs: list[Path], env: dict[str, str]) -> list[dict]:
    _ensure_services()  # the operator reruns once the services are back
    code, outcomes, stderr = _run(docs, env, "rerun")
    statuses = {o["file"]: o["status"].split(" ")[0] for o in outcomes}
    assert code == 0, stderr[-3000:]
    assert sorted(statuses) == sorted(p.name for p in docs)
    assert set(statuses.values()) <= {"archived", "needs_review", "duplicate"}, statuses
    return outcomes


def _restart_after_kill(name: str, down_s: float) -> Callable[[subprocess.Popen], None]:
    def fault(_: subprocess.Popen) -> None:
        _kill_service(name)
        time.sleep(down_s)
        _ensure_services()
    return fault


@pytest.mark.parametrize("service,down_s", [("minio", 3.0), ("elasticsearch", 1.0)])
def test_service_killed_and_restarted_mid_batch(service, down_s, docs, isolated):
    env, settings = isolated
    code, first, stderr = _run(docs, env, "first", _restart_after_kill(service, down_s))
    # the first run ends (no hang); files it could not finish are reported failed, not lost
    assert code is not None
    for o in first:
        assert o["status"].split(" ")[0] in ("archived", "needs_review", "failed", "duplicate"), o
    _rerun_until_done(docs, env)
    _assert_archive_consistent(docs, settings)


def test_worker_killed_mid_batch_then_rerun(docs, isolated):
    env, settings = isolated

    def kill_worker(proc: subprocess.Popen) -> None:
        os.killpg(proc.pid, signal.SIGKILL)

    code, first, _ = _run(docs, env, "first", kill_worker, after=10)
    assert code == -signal.SIGKILL
    assert 10 <= len([o for o in first if o.get("archive_number")]) < DOCS
    outcomes = _rerun_until_done(docs, env)
    # what the killed run finished is kept as it was: reported as a duplicate with its number
    before = {o["file"]: o["archive_number"] for o in first if o.get("archive_number")}
    after = {o["file"]: o for o in outcomes}
    for name, number in before.items():
        assert after[name]["archive_number"] == number
        assert after[name]["status"] == "duplicate"
    _assert_archive_consistent(docs, settings)
