"""The small interfaces every backend implements: object store, search index, number
registry and audit log. Embedded implementations live beside the real ones (MinIO,
Elasticsearch); the same tests run against both."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Iterator, Protocol, runtime_checkable

from contracts_core.record import AuditEvent


@dataclass(frozen=True)
class ObjectInfo:
    bucket: str
    key: str
    size: int
    last_modified: datetime | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    encrypted: bool = False


@runtime_checkable
class ObjectStore(Protocol):
    """Buckets of immutable-ish objects. Keys use ``/`` as separator."""

    def ensure_buckets(self) -> None: ...

    def put_file(
        self, bucket: str, key: str, path: Path, *, metadata: dict[str, str] | None = None,
        content_type: str = "application/octet-stream", encrypt: bool = False,
    ) -> ObjectInfo:
        """Stream a file into the store (never read whole into memory)."""
        ...

    def put_bytes(
        self, bucket: str, key: str, data: bytes, *, metadata: dict[str, str] | None = None,
        content_type: str = "application/octet-stream", encrypt: bool = False,
    ) -> ObjectInfo: ...

    def get_bytes(self, bucket: str, key: str) -> bytes: ...

    def open(self, bucket: str, key: str) -> BinaryIO:
        """A readable stream of the object; the caller closes it."""
        ...

    def download(self, bucket: str, key: str, dest: Path) -> Path: ...

    def stat(self, bucket: str, key: str) -> ObjectInfo | None:
        """Object info with its metadata, or None when there is no such object."""
        ...

    def list(self, bucket: str, prefix: str = "") -> Iterator[ObjectInfo]: ...

    def delete(self, bucket: str, key: str) -> None: ...


@dataclass(frozen=True)
class Hit:
    id: str
    score: float
    doc: dict
    highlight: str = ""


@runtime_checkable
class SearchIndex(Protocol):
    """Full-text and field search over record documents; ``_id`` is the archive number."""

    def ensure(self) -> None: ...

    def index(self, doc_id: str, doc: dict) -> None: ...

    def bulk_index(self, docs: dict[str, dict]) -> None: ...

    def get(self, doc_id: str) -> dict | None: ...

    def delete(self, doc_id: str) -> None: ...

    def search(
        self, query: str, *, filters: dict[str, str] | None = None, size: int = 10
    ) -> list[Hit]:
        """Chinese and English full text over text, parties, contract number and archive number;
        ``filters`` are exact matches on keyword fields (contract_type, status, …)."""
        ...

    def ids(self) -> Iterator[str]: ...

    def count(self) -> int: ...

    def refresh(self) -> None: ...


@dataclass(frozen=True)
class Assignment:
    archive_number: str
    sha256: str
    version: int
    outcome: str  # "new" | "duplicate" | "new_version"


@runtime_checkable
class NumberRegistry(Protocol):
    """Archive numbers ``<TYPE>-<YYYY>-<NNNNNN>``: unique, gap-free per type and year,
    assigned exactly once per SHA-256, safe under concurrent processes."""

    def assign(
        self, sha256: str, type_code: str, year: int, contract_key: str | None = None
    ) -> Assignment: ...

    def lookup(self, sha256: str) -> Assignment | None: ...

    def assignments(self) -> Iterator[Assignment]: ...


@runtime_checkable
class AuditLog(Protocol):
    def append(self, event: AuditEvent) -> None: ...

    def events(self, archive_number: str | None = None) -> list[AuditEvent]: ...


@dataclass
class Backends:
    store: ObjectStore
    index: SearchIndex
    registry: NumberRegistry
    audit: AuditLog
    kind: str = "embedded"
