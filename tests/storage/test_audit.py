"""Audit log: the same assertions on the SQLite log and on Elasticsearch."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from contracts_core.record import AuditEvent
from storage.base import AuditLog


def test_events_come_back_per_archive_number_in_time_order(audit: AuditLog):
    t0 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
    events = [
        AuditEvent(at=t0, event="received", detail="st1/b1/a.pdf", flow_run="run-1",
                   archive_number="XS-2026-000001", sha256="a" * 64),
        AuditEvent(at=t0 + timedelta(seconds=1), event="received", detail="st1/b1/b.pdf",
                   flow_run="run-1", archive_number="CG-2026-000001", sha256="b" * 64),
        AuditEvent(at=t0 + timedelta(seconds=5), event="archived", detail="甲方：华信科技",
                   flow_run="run-1", archive_number="XS-2026-000001", sha256="a" * 64),
        AuditEvent(at=t0 + timedelta(seconds=9), event="indexed", flow_run="run-2",
                   archive_number="XS-2026-000001", sha256="a" * 64),
        AuditEvent(at=t0 + timedelta(seconds=2), event="quarantined", detail="encrypted_pdf",
                   flow_run="run-1", archive_number=None, sha256="c" * 64),
    ]
    for e in events:
        audit.append(e)

    mine = audit.events("XS-2026-000001")
    assert [e.event for e in mine] == ["received", "archived", "indexed"]
    assert mine[1] == events[2]  # every field round-trips, Chinese detail included
    assert [e.event for e in audit.events("CG-2026-000001")] == ["received"]
    assert audit.events("QT-2026-000404") == []
    everything = audit.events()
    assert len(everything) == 5
    assert [e.at for e in everything] == sorted(e.at for e in events)
