"""``contracts watch``: start one flow run per complete batch of the inbox.

A batch is complete when ``<station>/<batch>/manifest.json`` exists. The watcher learns of new
manifests in two ways, so that nothing is missed and nothing is started twice:

* **bucket notifications** (MinIO ``listen_bucket_notification``, ``s3:ObjectCreated:*`` with
  suffix ``manifest.json``): a batch starts within a second of its manifest;
* **reconciliation**: on start and every ``CONTRACTS_WATCH_RECONCILE_S`` seconds (60) the
  inbox is listed for manifests, so a batch uploaded while the watcher was down (or whose
  notification was lost) is still processed. A half-uploaded batch has no manifest and is
  never started.

In embedded mode (no S3 endpoint) there are no notifications: the inbox folder
``<data_dir>/objects/contracts-inbox`` is polled every ``CONTRACTS_WATCH_POLL_S`` seconds (5).

**One run per batch.** Every run is tagged ``station:<station>`` and ``batch:<station>/<batch>``.
Before starting a batch the watcher asks the Prefect API for runs of ``ingest_inbox_batch``
with that batch tag: a run that is scheduled, pending, running, paused or cancelling means the
batch is taken; a run that ended less than ``CONTRACTS_WATCH_RETRY_AFTER_S`` (300) seconds
ago means "wait" (its manifest is still there only because a file failed for a transient
reason, or the run is deleting it right now). Otherwise a new run of the deployment is
created with an idempotency key made of the batch, the manifest's upload time and the number
of earlier runs, so two watchers racing for the same batch get the same flow run back from
the server. The state lives in Prefect, not in the watcher: a restarted watcher knows which
batches are running.

Without a Prefect API (``PREFECT_API_URL`` unset) the watcher runs the flow itself, one batch
at a time (``InlineLauncher``), which is what a one-machine embedded setup wants.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol
from urllib.parse import unquote_plus

from contracts_core.errors import ContractsError
from contracts_core.settings import Settings
from flows.intake import MANIFEST, IntakeSettings, batch_prefix, parse_batch_key
from storage.base import ObjectStore

log = logging.getLogger("contracts.watch")
FLOW_NAME = "ingest_inbox_batch"


@dataclass(frozen=True, order=True)
class BatchRef:
    station: str
    batch: str

    @property
    def tag(self) -> str:
        return f"batch:{self.station}/{self.batch}"

    @property
    def manifest_key(self) -> str:
        return batch_prefix(self.station, self.batch) + MANIFEST

    def __str__(self) -> str:
        return f"{self.station}/{self.batch}"


def complete_batches(store: ObjectStore, bucket: str) -> list[BatchRef]:
    """Every batch of the inbox that has its manifest."""
    refs = {BatchRef(*parsed) for o in store.list(bucket)
            if (parsed := parse_batch_key(o.key)) is not None}
    return sorted(refs)


class Launcher(Protocol):
    def launch(self, ref: BatchRef, manifest_at: datetime | None) -> str | None:
        """Start (or not) the batch's flow run; the run's id, or None when not started."""
        ...


class DeploymentLauncher:
    """Flow runs of the deployment ``ingest_inbox_batch/<name>`` through the Prefect API."""

    ACTIVE = ("SCHEDULED", "PENDING", "RUNNING", "PAUSED", "CANCELLING")

    def __init__(self, deployment: str, retry_after_s: float) -> None:
        self.deployment = deployment if "/" in deployment else f"{FLOW_NAME}/{deployment}"
        self.retry_after = timedelta(seconds=retry_after_s)

    def _runs(self, ref: BatchRef) -> list:
        from prefect.client.orchestration import get_client
        from prefect.client.schemas.filters import (
            FlowFilter,
            FlowFilterName,
            FlowRunFilter,
            FlowRunFilterTags,
        )
        from prefect.client.schemas.sorting import FlowRunSort

        with get_client(sync_client=True) as client:
            return client.read_flow_runs(
                flow_filter=FlowFilter(name=FlowFilterName(any_=[FLOW_NAME])),
                flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=[ref.tag])),
                sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=200)

    def launch(self, ref: BatchRef, manifest_at: datetime | None) -> str | None:
        from prefect.deployments import run_deployment

        runs = self._runs(ref)
        for run in runs:
            if run.state_type is not None and run.state_type.value in self.ACTIVE:
                log.debug("%s: flow run %s is %s", ref, run.id, run.state_type.value)
                return None
        now = datetime.now(timezone.utc)
        for run in runs:
            ended = run.end_time or (run.state.timestamp if run.state else None)
            if ended is not None and now - ended < self.retry_after:
                log.debug("%s: last run %s ended %s ago; waiting", ref, run.id, now - ended)
                return None
        stamp = manifest_at.isoformat() if manifest_at else "-"
        run = run_deployment(
            self.deployment, parameters={"station": ref.station, "batch": ref.batch},
            timeout=0, as_subflow=False, tags=[f"station:{ref.station}", ref.tag],
            idempotency_key=f"{ref}@{stamp}#{len(runs)}",
            flow_run_name=f"{ref.station}-{ref.batch}"[:100])
        return str(run.id)


class InlineLauncher:
    """Runs the flow in this process, one batch at a time (no Prefect server needed)."""

    def __init__(self, retry_after_s: float) -> None:
        self.retry_after = retry_after_s
        self.finished: dict[BatchRef, float] = {}

    def launch(self, ref: BatchRef, manifest_at: datetime | None) -> str | None:
        from flows.intake import ingest_inbox_batch

        last = self.finished.get(ref)
        if last is not None and time.monotonic() - last < self.retry_after:
            return None
        log.info("%s: ingesting", ref)
        try:
            state = ingest_inbox_batch(station=ref.station, batch=ref.batch,
                                       return_state=True)
        finally:
            self.finished[ref] = time.monotonic()
        log.info("%s: %s", ref, state.type.value)
        return str(state.state_details.flow_run_id) if state.state_details else None


class Watcher:
    def __init__(self, settings: Settings, cfg: IntakeSettings, launcher: Launcher,
                 store: ObjectStore | None = None) -> None:
        from storage import open_backends

        self.settings = settings
        self.cfg = cfg
        self.launcher = launcher
        self.store = store or open_backends(settings).store
        self.bucket = settings.inbox_bucket
        self.events: queue.Queue[str] = queue.Queue()
        self._lock = threading.Lock()

    # --- one batch -------------------------------------------------------------------------
    def handle(self, ref: BatchRef, via: str = "reconcile") -> str | None:
        with self._lock:
            info = self.store.stat(self.bucket, ref.manifest_key)
            if info is None:       # processed (and removed) meanwhile
                return None
            run_id = self.launcher.launch(ref, info.last_modified)
        if run_id:
            log.info("%s: flow run %s started (via %s)", ref, run_id, via)
        return run_id

    def reconcile(self) -> list[str]:
        """Start every complete batch that needs a run; the ids of the runs started."""
        started = []
        for ref in complete_batches(self.store, self.bucket):
            try:
                run_id = self.handle(ref)
            except (ContractsError, OSError, RuntimeError, ValueError) as exc:
                log.error("%s: could not start a flow run: %s", ref, exc)
                continue
            if run_id:
                started.append(run_id)
        return started

    # --- notifications -----------------------------------------------------------------------
    def _listen(self, stop: threading.Event) -> None:
        client = getattr(self.store, "client", None)
        backoff = 1.0
        while not stop.is_set():
            try:
                with client.listen_bucket_notification(
                        self.bucket, prefix="", suffix=MANIFEST,
                        events=("s3:ObjectCreated:*",)) as events:
                    log.info("listening to %s notifications", self.bucket)
                    backoff = 1.0
                    for event in events:
                        for rec in (event or {}).get("Records", []):
                            self.events.put(unquote_plus(rec["s3"]["object"]["key"]))
                        if stop.is_set():
                            return
            except Exception as exc:  # noqa: BLE001 - reconnect whatever broke the stream
                log.warning("notification stream lost (%s); reconnecting in %.0fs",
                            type(exc).__name__, backoff)
                stop.wait(backoff)
                backoff = min(backoff * 2, 60.0)

    def run(self, stop: threading.Event | None = None) -> None:
        stop = stop or threading.Event()
        embedded = self.settings.embedded_store
        interval = self.cfg.watch_poll_s if embedded else self.cfg.watch_reconcile_s
        if not embedded and getattr(self.store, "client", None) is not None:
            threading.Thread(target=self._listen, args=(stop,), name="inbox-notifications",
                             daemon=True).start()
        log.info("watching %s (%s; reconcile every %.0fs)", self.bucket,
                 "polling" if embedded else "notifications", interval)
        next_reconcile = 0.0
        first = True
        while not stop.is_set():
            if time.monotonic() >= next_reconcile:
                try:
                    started = self.reconcile()
                    if first:
                        log.info("start-up reconcile done: %d flow run(s) started", len(started))
                        first = False
                except (ContractsError, OSError) as exc:
                    log.error("reconcile failed: %s", exc)
                next_reconcile = time.monotonic() + interval
            try:
                key = self.events.get(timeout=max(0.1, min(1.0, next_reconcile - time.monotonic())))
            except queue.Empty:
                continue
            parsed = parse_batch_key(key)
            if parsed is None:
                continue
            try:
                self.handle(BatchRef(*parsed), via="notification")
            except (ContractsError, OSError, RuntimeError, ValueError) as exc:
                log.error("%s: could not start a flow run: %s", key, exc)


def setup_logging(level: int = logging.INFO) -> None:
    """The watcher's own log lines on stderr (Prefect configures the root logger)."""
    logger = logging.getLogger("contracts")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def prefect_api_configured() -> bool:
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


def make_watcher(settings: Settings, cfg: IntakeSettings | None = None, *,
                 deployment: str | None = None, inline: bool | None = None) -> Watcher:
    cfg = cfg or IntakeSettings()
    if inline is None:
        inline = not prefect_api_configured()
    launcher: Launcher = (InlineLauncher(cfg.watch_retry_after_s) if inline else
                          DeploymentLauncher(deployment or cfg.deployment_name,
                                             cfg.watch_retry_after_s))
    return Watcher(settings, cfg, launcher)
