"""Archiving and quarantine over the storage interfaces, in an order that survives a crash at
any step: the number is assigned once per SHA-256 (a rerun gets the same one back), objects
are written before the record, the record before the index entry, so a rerun finishes what a
failed run left half done and never numbers a document twice."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from classifiers.archive_number import type_code
from contracts_core.errors import ContractsError
from contracts_core.record import AuditEvent, Record, Source, Status, utcnow
from contracts_core.settings import Settings
from storage.base import Backends


@dataclass(frozen=True)
class ArchiveResult:
    archive_number: str
    version: int
    outcome: str  # new | new_version | duplicate (a rerun finishing an earlier run's work)
    status: str


def version_prefix(archive_number: str, version: int) -> str:
    return archive_number if version == 1 else f"{archive_number}/v{version}"


def original_key(archive_number: str, version: int, ext: str) -> str:
    return f"{version_prefix(archive_number, version)}/original.{ext.lstrip('.').lower()}"


def searchable_key(archive_number: str, version: int) -> str:
    return f"{version_prefix(archive_number, version)}/searchable.pdf"


def record_key(archive_number: str) -> str:
    return f"{archive_number}/record.json"


def load_record(backends: Backends, settings: Settings, archive_number: str) -> Record | None:
    key = record_key(archive_number)
    if backends.store.stat(settings.archive_bucket, key) is None:
        return None
    return Record.model_validate_json(backends.store.get_bytes(settings.archive_bucket, key))


def find_archived(backends: Backends, settings: Settings, sha256: str) -> Record | None:
    """The archived record holding this exact file, when it is fully archived and indexed."""
    assignment = backends.registry.lookup(sha256)
    if assignment is None:
        return None
    record = load_record(backends, settings, assignment.archive_number)
    if record is None or sha256 not in record.versions:
        return None
    doc = backends.index.get(assignment.archive_number)
    if doc is None or sha256 not in (doc.get("versions") or []):
        return None
    return record


def archive_document(backends: Backends, settings: Settings, record: Record, original: Path,
                     ext: str, searchable_pdf: Path | None, *, contract_key: str | None,
                     flow_run: str | None = None) -> ArchiveResult:
    store, bucket = backends.store, settings.archive_bucket
    year = record.received_at.year
    assignment = backends.registry.assign(record.sha256, type_code(record.contract_type.value),
                                          year, contract_key)
    number, version = assignment.archive_number, assignment.version
    meta = {"sha256": record.sha256, "archive-number": number, "version": str(version)}
    store.put_file(bucket, original_key(number, version, ext), original, metadata=meta,
                   content_type=record.source.content_type or "application/octet-stream",
                   encrypt=settings.s3_sse)
    if searchable_pdf is not None:
        store.put_file(bucket, searchable_key(number, version), searchable_pdf, metadata=meta,
                       content_type="application/pdf", encrypt=settings.s3_sse)

    previous = load_record(backends, settings, number)
    record.archive_number = number
    record.version = version
    versions = list(previous.versions) if previous else []
    if record.sha256 not in versions:
        versions.append(record.sha256)
    record.versions = versions
    if previous is not None and version < previous.version:
        # an older version finishing late must not replace the newer content
        previous.versions = versions
        record = previous
    events = list(previous.audit) if previous else []
    what = {"new": "archived", "new_version": f"archived as version {version}",
            "duplicate": "archiving resumed"}[assignment.outcome]
    event = AuditEvent(event=what, detail=f"{record.source.station}/{record.source.batch}/"
                       f"{record.source.file_name}", flow_run=flow_run, archive_number=number,
                       sha256=record.sha256)
    record.audit = events + [event]
    store.put_bytes(bucket, record_key(number), record.model_dump_json(indent=2).encode(),
                    metadata=meta, content_type="application/json", encrypt=settings.s3_sse)
    backends.index.index(number, record.to_index_doc())
    backends.audit.append(event)
    return ArchiveResult(number, version, assignment.outcome, record.status.value)


def record_duplicate(backends: Backends, record: Record, source: Source,
                     flow_run: str | None) -> None:
    backends.audit.append(AuditEvent(
        event="duplicate received", detail=f"{source.station}/{source.batch}/{source.file_name}",
        flow_run=flow_run, archive_number=record.archive_number, sha256=record.sha256))


def quarantine_key(source: Source) -> str:
    parts = [p for p in (source.station, source.batch) if p]
    return "/".join(parts + [source.file_name])


def quarantine_file(backends: Backends, settings: Settings, path: Path, source: Source,
                    error: ContractsError, *, sha256: str | None, flow_run: str | None) -> str:
    """Put the file as received and ``<file>.error.json`` into the quarantine bucket."""
    key = quarantine_key(source)
    report = {
        **error.to_dict(),
        "file": source.file_name,
        "station": source.station,
        "batch": source.batch,
        "sha256": sha256,
        "flow_run": flow_run,
        "at": utcnow().isoformat(),
    }
    store = backends.store
    if path.exists():
        store.put_file(settings.quarantine_bucket, key, path,
                       metadata={"error-kind": error.kind, **({"sha256": sha256} if sha256 else {})})
    store.put_bytes(settings.quarantine_bucket, key + ".error.json",
                    json.dumps(report, ensure_ascii=False, indent=2).encode(),
                    content_type="application/json")
    backends.audit.append(AuditEvent(event="quarantined", detail=f"{error.kind}: {error.message}",
                                     flow_run=flow_run, sha256=sha256))
    return key


def status_of(record: Record) -> str:
    return Status(record.status).value


def received_year(now: datetime | None = None) -> int:
    return (now or utcnow()).year
