"""Storage behind small interfaces (storage.base): embedded for one machine, MinIO and
Elasticsearch for real deployments. ``open_backends`` picks them from the settings: no
endpoint set means the embedded implementation."""

from __future__ import annotations

from contracts_core.settings import Settings
from storage.base import Backends


def open_backends(settings: Settings) -> Backends:
    from storage.embedded import (
        FilesystemObjectStore,
        SqliteAuditLog,
        SqliteNumberRegistry,
        SqliteSearchIndex,
    )

    data = settings.data_dir
    buckets = (settings.inbox_bucket, settings.archive_bucket, settings.quarantine_bucket)
    if settings.embedded_store:
        store = FilesystemObjectStore(data / "objects", buckets)
    else:
        from storage.minio_store import MinioObjectStore

        store = MinioObjectStore(settings)
    if settings.embedded_index:
        index = SqliteSearchIndex(data / "index.sqlite3")
        registry = SqliteNumberRegistry(data / "registry.sqlite3")
        audit = SqliteAuditLog(data / "audit.sqlite3")
    else:
        from storage.es_audit import ElasticsearchAuditLog
        from storage.es_index import ElasticsearchIndex
        from storage.es_registry import ElasticsearchNumberRegistry

        index = ElasticsearchIndex(settings)
        registry = ElasticsearchNumberRegistry(settings)
        audit = ElasticsearchAuditLog(settings)
    kind = "embedded" if settings.embedded_store and settings.embedded_index else "real"
    return Backends(store=store, index=index, registry=registry, audit=audit, kind=kind)
