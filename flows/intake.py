"""``ingest_inbox_batch``: one complete batch from the watched inbox bucket.

A scanning station uploads ``<station>/<batch>/<files…>`` to the inbox, then
``<station>/<batch>/manifest.json``, which marks the batch complete::

    {"station": "hq-1", "batch": "2026-03-02-a", "operator": "li.na",
     "scanned_at": "2026-03-02T09:14:00+08:00",
     "files": [{"name": "stack-001.pdf", "sha256": "…64 hex…", "pages": 12}]}

The flow reads the manifest, downloads every listed file (streaming) into a scratch folder,
checks its SHA-256, splits stacked PDFs at separator sheets (extractors.separators), hands the
documents to ``process_files`` (the lead's ingest body), and then removes from the inbox
exactly the files that reached a final state (archived, needs_review, duplicate, quarantined).
A ``failed`` file (a service was down) stays for the next run, and so does the manifest.

What does not match the manifest is settled, never left hanging:

* a file in the batch folder that the manifest does not list is quarantined as
  ``not_in_manifest`` (it cannot be verified; the station re-sends it in a new batch);
* a file the manifest lists that is not in the inbox gets ``<file>.error.json`` in the
  quarantine bucket as ``missing_from_inbox`` (there is nothing to keep);
* a SHA-256 mismatch quarantines the file as ``checksum_mismatch``;
* a manifest that cannot be read quarantines the manifest itself as ``invalid_manifest``;
  the batch's files stay in the inbox until a corrected manifest arrives.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from pydantic import BaseModel, Field, ValidationError, field_validator

from contracts_core.errors import (
    ChecksumMismatchError,
    InvalidManifestError,
    MissingFromInboxError,
    NotInManifestError,
    PermanentError,
)
from contracts_core.record import Source
from contracts_core.settings import Settings, get_settings
from extractors.loading import sha256_file
from flows.ingest import (
    FileOutcome,
    only_transient,
    process_files,
    quarantine_task,
    report_batch,
)
from storage import open_backends
from storage.base import Backends

MANIFEST = "manifest.json"
FINAL = {"archived", "needs_review", "duplicate", "quarantined"}


# Intake, watcher and report settings are part of the one Settings model.
IntakeSettings = Settings


def intake_settings() -> IntakeSettings:
    return IntakeSettings()




# --- the manifest --------------------------------------------------------------------------
class ManifestFile(BaseModel):
    name: str
    sha256: str
    pages: int | None = None
    size: int | None = None

    @field_validator("name")
    @classmethod
    def _plain_name(cls, v: str) -> str:
        p = PurePosixPath(v)
        if not v or p.is_absolute() or ".." in p.parts or v == MANIFEST:
            raise ValueError(f"not a file name inside the batch: {v!r}")
        return v

    @field_validator("sha256")
    @classmethod
    def _hex(cls, v: str) -> str:
        v = v.strip().lower()
        if len(v) != 64 or any(c not in "0123456789abcdef" for c in v):
            raise ValueError("sha256 must be 64 hex digits")
        return v


class Manifest(BaseModel):
    station: str
    batch: str = ""
    operator: str = ""
    scanned_at: datetime | None = None
    files: list[ManifestFile] = Field(min_length=1)


def batch_prefix(station: str, batch: str) -> str:
    return f"{station}/{batch}/"


def parse_batch_key(key: str) -> tuple[str, str] | None:
    """``(station, batch)`` of ``<station>/<batch>/manifest.json``; None for other keys."""
    parts = key.split("/")
    if len(parts) < 3 or parts[-1] != MANIFEST or not parts[0] or not all(parts[1:-1]):
        return None
    return parts[0], "/".join(parts[1:-1])


@dataclass
class _Input:
    """One inbox object and the documents made from it."""

    key: str
    name: str
    local: Path | None = None
    docs: list[int] = field(default_factory=list)       # indices into the documents list
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def settled(self) -> bool:
        return bool(self.outcomes) and all(o.status.split(" ")[0] in FINAL
                                           for o in self.outcomes)


# --- tasks ---------------------------------------------------------------------------------
@task(name="download-inbox-file", retries=3, retry_delay_seconds=exponential_backoff(2),
      retry_condition_fn=only_transient, persist_result=False)
def download_task(key: str, dest: Path) -> Path:
    settings = get_settings()
    return open_backends(settings).store.download(settings.inbox_bucket, key, dest)


@task(name="split-at-separators", persist_result=False)
def split_task(path: Path, out_dir: Path) -> list[Path]:
    """The documents of a stacked PDF (itself when it has no separator sheet)."""
    from extractors.separators import SeparatorOptions, find_separators, render_pdf_pages, split_pdf

    cfg = intake_settings()
    opts = SeparatorOptions(qr_payload=cfg.separator_qr_payload, patch_t=cfg.separator_patch_t,
                            blank=cfg.separator_blank)
    try:
        seps = find_separators(render_pdf_pages(path, cfg.separator_dpi), opts)
    except Exception as exc:  # noqa: BLE001 - an unreadable PDF is settled by the loader
        get_run_logger().warning("%s: separator scan skipped (%s)", path.name, exc)
        return [path]
    if seps:
        get_run_logger().info("%s: separator sheet(s) on page(s) %s", path.name,
                              [s + 1 for s in seps])
    return split_pdf(path, seps, out_dir)


@task(name="clear-inbox", retries=3, retry_delay_seconds=exponential_backoff(2),
      retry_condition_fn=only_transient, persist_result=False)
def delete_task(keys: list[str]) -> None:
    settings = get_settings()
    store = open_backends(settings).store
    for key in keys:
        store.delete(settings.inbox_bucket, key)


def _settle(inp_source: Source, path: Path, exc: PermanentError, sha: str | None) -> FileOutcome:
    quarantine_task(path, inp_source, exc.to_dict(), sha)
    return FileOutcome(file=inp_source.file_name, status="quarantined", sha256=sha,
                       error_kind=exc.kind, error=exc.message)


def read_manifest(backends: Backends, settings: Settings, station: str, batch: str
                  ) -> Manifest | None:
    """The batch's manifest; None when there is none (already done, or not complete yet).
    Raises InvalidManifestError when it is not a valid manifest for this batch."""
    key = batch_prefix(station, batch) + MANIFEST
    if backends.store.stat(settings.inbox_bucket, key) is None:
        return None
    raw = backends.store.get_bytes(settings.inbox_bucket, key)
    try:
        manifest = Manifest.model_validate(json.loads(raw.decode("utf-8-sig")))
    except (ValueError, ValidationError) as exc:
        raise InvalidManifestError(f"{key}: {str(exc).splitlines()[0]}", stage="manifest") from exc
    if manifest.station != station or (manifest.batch and manifest.batch != batch):
        raise InvalidManifestError(
            f"{key} names station/batch {manifest.station}/{manifest.batch}", stage="manifest")
    names = [f.name for f in manifest.files]
    if len(set(names)) != len(names):
        raise InvalidManifestError(f"{key} lists a file twice", stage="manifest")
    return manifest


@flow(name="ingest_inbox_batch", log_prints=False, persist_result=False,
      task_runner=ThreadPoolTaskRunner(max_workers=get_settings().page_workers))
def ingest_inbox_batch(station: str, batch: str) -> list[dict]:
    """Ingest one complete batch ``<station>/<batch>/`` of the inbox bucket (see the module)."""
    logger = get_run_logger()
    settings = get_settings()
    backends = open_backends(settings)
    backends.store.ensure_buckets()
    inbox, prefix = settings.inbox_bucket, batch_prefix(station, batch)
    scratch = Path(tempfile.mkdtemp(prefix="contracts-intake-"))
    try:
        try:
            manifest = read_manifest(backends, settings, station, batch)
        except InvalidManifestError as exc:
            logger.error("%s", exc.message)
            local = download_task(prefix + MANIFEST, scratch / MANIFEST)
            outcome = _settle(Source(station=station, batch=batch, file_name=MANIFEST),
                              local, exc, None)
            delete_task([prefix + MANIFEST])
            report_batch([outcome], station, batch)
            return [outcome.to_dict()]
        if manifest is None:
            logger.info("no %s in %s: nothing to do (done already, or not complete)",
                        MANIFEST, prefix)
            return []
        present = {o.key[len(prefix):]: o for o in backends.store.list(inbox, prefix)}
        present.pop(MANIFEST, None)
        listed = {f.name: f for f in manifest.files}
        inputs: list[_Input] = []
        documents: list[tuple[Path, Source]] = []
        settled: list[FileOutcome] = []

        def source(name: str) -> Source:
            return Source(station=station, batch=batch, file_name=name)

        for name, entry in listed.items():
            if name not in present:
                logger.error("%s%s is in the manifest but not in the inbox", prefix, name)
                settled.append(_settle(source(name), scratch / "missing" / name,
                                       MissingFromInboxError(
                                           f"{name} is listed in the manifest but was never "
                                           "uploaded", stage="intake"), entry.sha256))
                continue
            inp = _Input(key=prefix + name, name=name)
            inputs.append(inp)
            local = scratch / "in" / name
            inp.local = download_task(inp.key, local)
            sha = sha256_file(local)
            if sha != entry.sha256:
                inp.outcomes.append(_settle(source(name), local, ChecksumMismatchError(
                    f"SHA-256 {sha} does not match the manifest's {entry.sha256}",
                    stage="intake"), sha))
                continue
            parts = [local]
            if local.suffix.lower() == ".pdf":
                parts = split_task(local, scratch / "split" / PurePosixPath(name).parent)
            for part in parts:
                inp.docs.append(len(documents))
                documents.append((part, source(part.name if len(parts) > 1 else name)))
        for name in sorted(set(present) - set(listed)):
            logger.warning("%s%s is in the inbox but not in the manifest", prefix, name)
            inp = _Input(key=prefix + name, name=name)
            inputs.append(inp)
            inp.local = download_task(inp.key, scratch / "extra" / name)
            inp.outcomes.append(_settle(source(name), inp.local, NotInManifestError(
                f"{name} was uploaded with batch {station}/{batch} but is not in its manifest",
                stage="intake"), sha256_file(inp.local)))

        results = process_files(documents) if documents else []
        for inp in inputs:
            inp.outcomes.extend(results[i] for i in inp.docs)
        done = [inp.key for inp in inputs if inp.settled]
        if done:
            delete_task(done)
        left = [inp.name for inp in inputs if not inp.settled]
        outcomes = settled + [o for inp in inputs for o in inp.outcomes]
        if not left:
            delete_task([prefix + MANIFEST])
            logger.info("batch %s/%s done: %d outcome(s)", station, batch, len(outcomes))
        else:
            logger.warning("batch %s/%s: %d file(s) left for the next run: %s", station, batch,
                           len(left), ", ".join(left))
        report_batch(outcomes, station, batch)
        return [o.to_dict() for o in outcomes]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
