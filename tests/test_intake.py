"""Batch intake from the inbox bucket.

* embedded: ``ingest_inbox_batch`` settles every file of a batch against its manifest (good
  file archived, checksum mismatch / unlisted / missing files quarantined with their kind, a
  stacked PDF split at separator sheets) and empties the batch folder;
* real (``-m real``): MinIO + Elasticsearch from ``scripts/services.sh``, a real Prefect
  server, the served deployment and ``contracts watch`` as separate processes. Uploading a
  batch with its manifest is the only action; the test then sees the completed flow run with
  its task runs and batch artifact through the Prefect API and the document in Elasticsearch.
  A batch uploaded while the watcher is stopped is processed once it starts; a batch without
  its manifest never is.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import numpy as np
import pytest

from contracts_core.settings import Settings
from sample_scans import synth
from sample_scans.templates import make_contract
from storage import open_backends
from tests.conftest import ROOT


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _scan(path: Path, kind: str, lang: str, seed: int) -> Path:
    rng = np.random.default_rng(seed)
    page = synth.render_pages(make_contract(kind, lang, rng).lines, lang=lang, rng=rng,
                              dpi=200)[0]
    return synth.save_png(page, path)


def _upload_batch(store, settings: Settings, station: str, batch: str,
                  files: dict[str, Path], manifest_files: list[dict] | None) -> None:
    prefix = f"{station}/{batch}/"
    for name, path in files.items():
        store.put_file(settings.inbox_bucket, prefix + name, path)
    if manifest_files is not None:
        manifest = {"station": station, "batch": batch, "operator": "test",
                    "scanned_at": "2026-03-02T09:14:00+08:00", "files": manifest_files}
        store.put_bytes(settings.inbox_bucket, prefix + "manifest.json",
                        json.dumps(manifest).encode(), content_type="application/json")


# --- embedded ---------------------------------------------------------------------------------
@pytest.fixture
def embedded(embedded_env: Settings) -> Settings:
    return embedded_env


def test_batch_is_settled_against_its_manifest(embedded: Settings, prefect_server,
                                               tmp_path: Path) -> None:
    from extractors.separators import render_separator_sheet
    from flows.intake import ingest_inbox_batch

    good = _scan(tmp_path / "good.png", "sales", "en", 11)
    other = _scan(tmp_path / "other.png", "nda", "zh", 12)
    # a stack: contract page, QR separator, contract page
    rng = np.random.default_rng(13)
    pages = (synth.render_pages(make_contract("lease", "en", rng).lines, lang="en", rng=rng,
                                dpi=150)[:1]
             + [render_separator_sheet("qr", dpi=150).convert("RGB")]
             + synth.render_pages(make_contract("loan", "zh", rng).lines, lang="zh", rng=rng,
                                  dpi=150)[:1])
    stack = synth.save_pdf(pages, tmp_path / "stack.pdf", dpi=150)
    backends = open_backends(embedded)
    backends.store.ensure_buckets()
    _upload_batch(backends.store, embedded, "hq", "b1",
                  {"good.png": good, "tampered.png": other, "stray.png": other,
                   "stack.pdf": stack},
                  [{"name": "good.png", "sha256": _sha(good)},
                   {"name": "tampered.png", "sha256": _sha(good)},
                   {"name": "stack.pdf", "sha256": _sha(stack), "pages": 3},
                   {"name": "never-uploaded.pdf", "sha256": "ab" * 32}])

    results = ingest_inbox_batch(station="hq", batch="b1")

    by_file = {r["file"]: r for r in results}
    assert by_file["good.png"]["status"] in ("archived", "needs_review")
    assert by_file["tampered.png"]["error_kind"] == "checksum_mismatch"
    assert by_file["stray.png"]["error_kind"] == "not_in_manifest"
    assert by_file["never-uploaded.pdf"]["error_kind"] == "missing_from_inbox"
    parts = [r for r in results if r["file"].startswith("stack-doc")]
    assert [r["pages"] for r in parts] == [1, 1], "the stack is two one-page documents"
    assert all(r["status"] in ("archived", "needs_review") for r in parts)
    assert backends.index.count() == 3
    # the batch folder is empty: every file settled, the manifest removed
    assert list(backends.store.list(embedded.inbox_bucket)) == []
    quarantined = {o.key for o in backends.store.list(embedded.quarantine_bucket)}
    assert {"hq/b1/tampered.png", "hq/b1/tampered.png.error.json", "hq/b1/stray.png",
            "hq/b1/never-uploaded.pdf.error.json"} <= quarantined

    # a rerun of a finished batch does nothing; uploading the same file again is a duplicate
    assert ingest_inbox_batch(station="hq", batch="b1") == []
    _upload_batch(backends.store, embedded, "hq", "b2", {"good.png": good},
                  [{"name": "good.png", "sha256": _sha(good)}])
    again = ingest_inbox_batch(station="hq", batch="b2")
    assert [r["status"] for r in again] == ["duplicate"]
    assert again[0]["archive_number"] == by_file["good.png"]["archive_number"]


def test_invalid_manifest_is_quarantined_and_files_stay(embedded: Settings, prefect_server,
                                                        tmp_path: Path) -> None:
    from flows.intake import ingest_inbox_batch

    good = _scan(tmp_path / "good.png", "sales", "en", 21)
    backends = open_backends(embedded)
    backends.store.ensure_buckets()
    backends.store.put_file(embedded.inbox_bucket, "hq/b3/good.png", good)
    backends.store.put_bytes(embedded.inbox_bucket, "hq/b3/manifest.json", b"{not json")
    results = ingest_inbox_batch(station="hq", batch="b3")
    assert [r["error_kind"] for r in results] == ["invalid_manifest"]
    assert [o.key for o in backends.store.list(embedded.inbox_bucket)] == ["hq/b3/good.png"]
    assert backends.store.stat(embedded.quarantine_bucket,
                               "hq/b3/manifest.json.error.json") is not None


def test_embedded_watch_reconciles_complete_batches_only(embedded: Settings, prefect_server,
                                                         tmp_path: Path) -> None:
    """``contracts watch`` in embedded mode (polling, runs inline): a complete batch is
    ingested, a batch without manifest is left alone."""
    from flows.intake import IntakeSettings
    from flows.watch import make_watcher

    good = _scan(tmp_path / "good.png", "service", "en", 31)
    backends = open_backends(embedded)
    backends.store.ensure_buckets()
    _upload_batch(backends.store, embedded, "s1", "done", {"a.png": good},
                  [{"name": "a.png", "sha256": _sha(good)}])
    _upload_batch(backends.store, embedded, "s1", "half", {"a.png": good}, None)
    watcher = make_watcher(embedded, IntakeSettings(), inline=True)
    started = watcher.reconcile()
    assert len(started) == 1
    assert [o.key for o in backends.store.list(embedded.inbox_bucket)] == ["s1/half/a.png"]
    assert backends.index.count() == 1
    assert watcher.reconcile() == []


# --- real stack -------------------------------------------------------------------------------
REAL_VARS = ("CONTRACTS_S3_ENDPOINT", "CONTRACTS_S3_ACCESS_KEY", "CONTRACTS_S3_SECRET_KEY",
             "CONTRACTS_ES_URL")
HOW = "start them with `scripts/services.sh start` and `export $(scripts/services.sh env)`"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"process for {url} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    pytest.fail(f"{url} not up after {timeout}s")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


class Stack:
    def __init__(self, tmp: Path, env: dict[str, str]) -> None:
        self.tmp = tmp
        self.env = env
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str, args: list[str]) -> subprocess.Popen:
        log = open(self.tmp / f"{name}.log", "ab")
        proc = subprocess.Popen(args, cwd=ROOT, env=self.env, stdout=log, stderr=log,
                                start_new_session=True)
        self.procs[name] = proc
        return proc

    def stop(self, name: str) -> None:
        _stop(self.procs.pop(name))

    def log(self, name: str) -> str:
        return (self.tmp / f"{name}.log").read_text(errors="replace")

    def logs(self) -> str:
        return "\n".join(f"--- {p.name} ---\n" + p.read_text(errors="replace")[-3000:]
                         for p in sorted(self.tmp.glob("*.log")))


@pytest.fixture(scope="module")
def real_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, Settings]]:
    missing = [v for v in REAL_VARS if not os.environ.get(v)]
    if missing:
        pytest.fail(f"real-stack test needs {', '.join(missing)}: {HOW}", pytrace=False)
    tmp = tmp_path_factory.mktemp("stack")
    tag = "t" + secrets.token_hex(3)
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(tmp / "prefect-home"), "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "INFO",
        "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port),
        "CONTRACTS_DATA_DIR": str(tmp / "data"),
        "CONTRACTS_INBOX_BUCKET": f"{tag}-inbox", "CONTRACTS_ARCHIVE_BUCKET": f"{tag}-archive",
        "CONTRACTS_QUARANTINE_BUCKET": f"{tag}-quarantine",
        "CONTRACTS_INDEX_ALIAS": f"{tag}-contracts", "CONTRACTS_AUDIT_INDEX": f"{tag}-audit",
        "CONTRACTS_REGISTRY_INDEX": f"{tag}-registry",
        "CONTRACTS_DEPLOYMENT_NAME": f"{tag}-intake",
        "CONTRACTS_WATCH_RECONCILE_S": "10", "CONTRACTS_WATCH_RETRY_AFTER_S": "600",
        "OMP_THREAD_LIMIT": "1",
    })
    settings = Settings(
        _env_file=None, data_dir=tmp / "data",
        s3_endpoint=env["CONTRACTS_S3_ENDPOINT"], s3_access_key=env["CONTRACTS_S3_ACCESS_KEY"],
        s3_secret_key=env["CONTRACTS_S3_SECRET_KEY"],
        s3_secure=env.get("CONTRACTS_S3_SECURE", "false").lower() in ("1", "true", "yes"),
        es_url=env["CONTRACTS_ES_URL"], inbox_bucket=f"{tag}-inbox",
        archive_bucket=f"{tag}-archive", quarantine_bucket=f"{tag}-quarantine",
        index_alias=f"{tag}-contracts", audit_index=f"{tag}-audit",
        registry_index=f"{tag}-registry")
    backends = open_backends(settings)
    backends.store.ensure_buckets()     # fails here (not skipped) when MinIO is down
    backends.index.ensure()             # ... or Elasticsearch
    stack = Stack(tmp, env)
    py = sys.executable
    try:
        server = stack.start("server", [py, "-m", "prefect", "server", "start", "--host",
                                        "127.0.0.1", "--port", str(port)])
        _wait_http(f"{api}/health", 120, server)
        stack.start("serve", [py, "-m", "flows.deployments", "serve"])
        _wait_deployment(env, f"ingest_inbox_batch/{tag}-intake", 90)
        yield stack, settings
    except BaseException:
        print(stack.logs())
        raise
    finally:
        for name in list(stack.procs)[::-1]:
            stack.stop(name)
        for part in (backends.store, backends.index, backends.registry, backends.audit):
            drop = getattr(part, "drop_buckets", None) or getattr(part, "drop", None)
            if drop is not None:
                drop()


def _client_env(env: dict[str, str]):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    return temporary_settings({PREFECT_API_URL: env["PREFECT_API_URL"]})


def _wait_deployment(env: dict[str, str], name: str, timeout: float) -> None:
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout
    with _client_env(env):
        while time.monotonic() < deadline:
            with get_client(sync_client=True) as client:
                try:
                    client.read_deployment_by_name(name)
                    return
                except ObjectNotFound:
                    pass
            time.sleep(1)
    pytest.fail(f"deployment {name} not served after {timeout}s")


def _runs_of(env: dict[str, str], station: str, batch: str) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterTags

    with _client_env(env), get_client(sync_client=True) as client:
        return client.read_flow_runs(flow_run_filter=FlowRunFilter(
            tags=FlowRunFilterTags(all_=[f"batch:{station}/{batch}"])))


def _wait_completed(stack: Stack, station: str, batch: str, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = _runs_of(stack.env, station, batch)
        done = [r for r in runs if r.state_type is not None and r.state_type.value == "COMPLETED"]
        if done:
            return runs, done[0]
        failed = [r for r in runs if r.state_type is not None
                  and r.state_type.value in ("FAILED", "CRASHED", "CANCELLED")]
        if failed:
            pytest.fail(f"flow run for {station}/{batch} ended {failed[0].state_type.value}\n"
                        + stack.logs())
        time.sleep(1)
    pytest.fail(f"no completed flow run for {station}/{batch} after {timeout}s\n" + stack.logs())


def _wait_log(stack: Stack, name: str, needles: tuple[str, ...], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = stack.log(name)
        if all(n in text for n in needles):
            return
        time.sleep(0.5)
    pytest.fail(f"{name} did not log {needles} within {timeout}s\n" + stack.logs())


@pytest.mark.real
def test_watched_inbox_to_searchable_archive(real_stack, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    stack, settings = real_stack
    backends = open_backends(settings)
    store = backends.store
    py = sys.executable
    one = _scan(tmp_path / "contract-1.png", "sales", "en", 41)
    two = _scan(tmp_path / "contract-2.png", "service", "en", 42)

    stack.start("watch", [py, "-m", "flows.cli", "watch"])
    _wait_log(stack, "watch", ("listening to", "start-up reconcile done"), 60)
    _upload_batch(store, settings, "st-a", "b1", {"contract-1.png": one},
                  [{"name": "contract-1.png", "sha256": _sha(one)}])
    _upload_batch(store, settings, "st-a", "half", {"contract-2.png": two}, None)

    runs, run = _wait_completed(stack, "st-a", "b1", 150)
    assert len(runs) == 1, "one flow run per batch"
    assert "st-a/b1: flow run" in stack.log("watch")
    assert "station:st-a" in run.tags
    with _client_env(stack.env), get_client(sync_client=True) as client:
        task_runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))
        names = {t.name.rsplit("-", 1)[0] for t in task_runs}
        assert {"download-inbox-file", "ocr-page", "archive-document", "clear-inbox"} <= names
        assert all(t.state_type.value == "COMPLETED" for t in task_runs)
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
        assert {a.type for a in artifacts} >= {"table", "markdown"}
        assert client.read_concurrency_limit_by_tag("ocr").concurrency_limit >= 1
        table = next(a for a in artifacts if a.type == "table")
        rows = json.loads(table.data) if isinstance(table.data, str) else table.data
        assert [r["file"] for r in rows] == ["contract-1.png"]
        number = rows[0]["archive number"]
    assert number
    backends.index.refresh()
    hits = backends.index.search(number)
    assert [h.id for h in hits][:1] == [number]
    assert backends.index.get(number)["station"] == "st-a"
    assert [o.key for o in store.list(settings.inbox_bucket, "st-a/b1/")] == []

    # a batch uploaded while the watcher is down is processed once it starts
    stack.stop("watch")
    _upload_batch(store, settings, "st-b", "b2", {"contract-2.png": two},
                  [{"name": "contract-2.png", "sha256": _sha(two)}])
    time.sleep(3)
    assert _runs_of(stack.env, "st-b", "b2") == []
    stack.start("watch", [py, "-m", "flows.cli", "watch"])
    runs, run = _wait_completed(stack, "st-b", "b2", 150)
    assert len(runs) == 1
    assert "st-b/b2: flow run" in stack.log("watch")
    assert "(via reconcile)" in stack.log("watch"), "the start-up listing found the batch"

    # the half-uploaded batch (no manifest) was never started and is still in the inbox
    assert _runs_of(stack.env, "st-a", "half") == []
    assert [o.key for o in store.list(settings.inbox_bucket, "st-a/half/")] == [
        "st-a/half/contract-2.png"]
    backends.index.refresh()
    assert backends.index.count() == 2
