"""Audit log on an Elasticsearch index (``contracts-audit`` by default): one document per
:class:`~contracts_core.record.AuditEvent`, read back in the order they happened."""

from __future__ import annotations

import time

from elasticsearch import ApiError, Elasticsearch, helpers

from contracts_core.record import AuditEvent
from contracts_core.settings import Settings
from storage.es_index import es_client, es_errors, wait_until_readable
from storage.es_mapping import AUDIT_MAPPING, SMALL_INDEX_SETTINGS


class ElasticsearchAuditLog:
    def __init__(self, settings: Settings, client: Elasticsearch | None = None) -> None:
        self.es = client or es_client(settings)
        self.name = settings.audit_index
        self._ready = False

    def ensure(self) -> None:
        if self._ready:
            return
        with es_errors("create audit index"):
            if not self.es.indices.exists(index=self.name):
                try:
                    self.es.indices.create(index=self.name, settings=SMALL_INDEX_SETTINGS,
                                           mappings=AUDIT_MAPPING)
                except ApiError as exc:  # another process created it first: fine
                    if exc.error != "resource_already_exists_exception":
                        raise
            wait_until_readable(self.es, self.name)
        self._ready = True

    def append(self, event: AuditEvent) -> None:
        self.ensure()
        doc = event.model_dump(mode="json")
        doc["seq"] = time.time_ns()  # tie-break for events within one clock tick
        with es_errors("append audit event"):
            self.es.index(index=self.name, document=doc)

    def events(self, archive_number: str | None = None) -> list[AuditEvent]:
        self.ensure()
        query = ({"term": {"archive_number": archive_number}} if archive_number
                 else {"match_all": {}})
        with es_errors("read audit events"):
            self.es.indices.refresh(index=self.name)
            rows = [h["_source"] for h in helpers.scan(
                self.es, index=self.name, query={"query": query}, size=1000)]
        events = [(AuditEvent.model_validate({k: v for k, v in d.items() if k != "seq"}),
                   int(d.get("seq") or 0)) for d in rows]
        events.sort(key=lambda e: (e[0].at, e[1]))
        return [e for e, _ in events]

    def drop(self) -> None:
        with es_errors("drop audit index"):
            self.es.indices.delete(index=self.name, ignore_unavailable=True)
        self._ready = False
