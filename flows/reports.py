"""Scheduled reports, over the storage interfaces only (embedded and real backends alike):

* ``expiry_report``: contracts whose ``expiry_date`` falls within 30 / 60 / 90 days, as a
  Prefect table artifact (also ``contracts expiring --days N``);
* ``archive_audit``: every archived original indexed and its SHA-256 recomputed from the
  stored object (streaming) matching the record; every index entry backed by its record and
  original; archive numbers without gaps or duplicates per type and year (from the number
  registry); batches waiting in the inbox longer than ``CONTRACTS_INBOX_STALE_DAYS`` (7). A
  markdown artifact (also ``contracts audit``, exit code 1 when something is wrong).

The expiry scan walks ``index.ids()`` / ``index.get()``: the SearchIndex protocol has no range
query yet (fine for tens of thousands of records; a ``date_range`` method would let
Elasticsearch do it).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Iterator

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.runtime import flow_run as runtime_flow_run

from classifiers.archive_number import parse_number
from contracts_core.record import Record
from contracts_core.settings import Settings, get_settings
from storage import open_backends
from storage.archiver import record_key
from storage.base import Backends, SearchIndex

WINDOWS = (30, 60, 90)
_ORIGINAL = re.compile(r"^(?P<num>[^/]+)/(?:v(?P<ver>\d+)/)?original\.[A-Za-z0-9]+$")


# --- expiry ---------------------------------------------------------------------------------
def index_documents(index: SearchIndex) -> Iterator[tuple[str, dict]]:
    for doc_id in list(index.ids()):
        doc = index.get(doc_id)
        if doc is not None:
            yield doc_id, doc


def expiring(docs: Iterable[tuple[str, dict]], today: date, days: int) -> list[dict]:
    """Contracts whose expiry date is between today and today + ``days`` (inclusive),
    soonest first."""
    until = today + timedelta(days=days)
    rows = []
    for doc_id, d in docs:
        raw = d.get("expiry_date")
        if not raw:
            continue
        try:
            expiry = date.fromisoformat(str(raw)[:10])
        except ValueError:
            continue
        if today <= expiry <= until:
            rows.append({
                "archive_number": d.get("archive_number") or doc_id,
                "contract_type": d.get("contract_type") or "",
                "parties": "; ".join(d.get("party_names") or []),
                "contract_no": d.get("contract_no") or "",
                "expiry_date": expiry.isoformat(),
                "days_left": (expiry - today).days,
                "total_amount": d.get("total_amount"),
                "currency": d.get("currency") or "",
                "status": d.get("status") or "",
            })
    rows.sort(key=lambda r: (r["expiry_date"], r["archive_number"]))
    return rows


def expiring_contracts(backends: Backends, days: int, today: date | None = None) -> list[dict]:
    return expiring(index_documents(backends.index), today or date.today(), days)


def _in_flow() -> bool:
    return runtime_flow_run.id is not None


@flow(name="expiry_report", persist_result=False)
def expiry_report(windows: list[int] = list(WINDOWS)) -> dict[str, int]:
    """Table artifacts of the contracts expiring within each window (days)."""
    settings = get_settings()
    backends = open_backends(settings)
    docs = list(index_documents(backends.index))
    today = date.today()
    counts: dict[str, int] = {}
    for days in sorted(windows):
        rows = expiring(docs, today, days)
        counts[f"{days}d"] = len(rows)
        if _in_flow():
            create_table_artifact(
                rows or [{"archive_number": "", "expiry_date": "", "days_left": ""}],
                key=f"expiring-within-{days}-days",
                description=f"{len(rows)} contract(s) expiring by {today + timedelta(days=days)}")
    get_run_logger().info("expiring: %s", counts)
    return counts


# --- audit ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    check: str      # checksum | not_indexed | index_stale | no_record | missing_original |
                    # numbering_gap | numbering_duplicate | not_archived | stale_batch
    subject: str
    detail: str


@dataclass
class AuditReport:
    at: datetime
    checked: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def add(self, check: str, subject: str, detail: str) -> None:
        self.findings.append(Finding(check, subject, detail))

    def to_dict(self) -> dict:
        return {"at": self.at.isoformat(), "ok": self.ok, "checked": self.checked,
                "findings": [asdict(f) for f in self.findings]}

    def markdown(self) -> str:
        lines = [f"# Archive audit {self.at:%Y-%m-%d %H:%M} UTC", "",
                 "**OK**: no problem found." if self.ok else
                 f"**{len(self.findings)} problem(s) found.**", "",
                 "| checked | count |", "| --- | --- |"]
        lines += [f"| {k} | {v} |" for k, v in self.checked.items()]
        if self.findings:
            lines += ["", "| check | subject | detail |", "| --- | --- | --- |"]
            lines += [f"| {f.check} | `{f.subject}` | {f.detail} |" for f in self.findings]
        return "\n".join(lines)


def sha256_object(backends: Backends, bucket: str, key: str) -> str:
    h = hashlib.sha256()
    stream = backends.store.open(bucket, key)
    try:
        while chunk := stream.read(1 << 20):
            h.update(chunk)
    finally:
        stream.close()
    return h.hexdigest()


def _check_archive(backends: Backends, settings: Settings, report: AuditReport) -> set[str]:
    bucket = settings.archive_bucket
    originals: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # num -> (ver, key, sha)
    records: set[str] = set()
    for obj in backends.store.list(bucket):
        if obj.key.endswith("/record.json") and obj.key.count("/") == 1:
            records.add(obj.key.split("/")[0])
        m = _ORIGINAL.match(obj.key)
        if m:
            originals[m["num"]].append((int(m["ver"] or 1), obj.key,
                                        obj.metadata.get("sha256", "")))
    numbers = set(originals) | records
    report.checked["archived documents"] = len(numbers)
    report.checked["originals hashed"] = 0
    for num in sorted(numbers):
        record: Record | None = None
        if num in records:
            record = Record.model_validate_json(
                backends.store.get_bytes(bucket, record_key(num)))
        else:
            report.add("no_record", num, "originals without record.json")
        if not originals.get(num):
            report.add("missing_original", num, "record.json without an original")
        doc = backends.index.get(num)
        if doc is None:
            report.add("not_indexed", num, "archived but not in the search index")
        for ver, key, meta_sha in sorted(originals.get(num, [])):
            sha = sha256_object(backends, bucket, key)
            report.checked["originals hashed"] += 1
            if meta_sha and sha != meta_sha:
                report.add("checksum", key, f"stored content has SHA-256 {sha[:12]}…, "
                           f"archived as {meta_sha[:12]}…")
            elif record is not None and sha not in record.versions:
                report.add("checksum", key, f"SHA-256 {sha[:12]}… is not a version of the record")
            if doc is not None and sha not in (doc.get("versions") or []) and (
                    not meta_sha or sha == meta_sha):
                report.add("index_stale", num, f"version {ver} ({sha[:12]}…) not in the index")
    return numbers


def _check_index(backends: Backends, archived: set[str], report: AuditReport) -> None:
    ids = list(backends.index.ids())
    report.checked["index entries"] = len(ids)
    for doc_id in ids:
        if doc_id not in archived:
            report.add("missing_original", doc_id, "in the search index but not in the archive")


def _check_numbers(backends: Backends, archived: set[str], report: AuditReport) -> None:
    by_series: dict[tuple[str, int], set[int]] = defaultdict(set)
    holders: dict[tuple[str, int], set[str]] = defaultdict(set)   # (number, version) -> shas
    numbers_of: dict[str, set[str]] = defaultdict(set)            # sha -> numbers
    assignments = list(backends.registry.assignments())
    report.checked["registry assignments"] = len(assignments)
    for a in assignments:
        try:
            code, year, seq = parse_number(a.archive_number)
        except ValueError:
            report.add("numbering_duplicate", a.archive_number, "malformed archive number")
            continue
        by_series[(code, year)].add(seq)
        holders[(a.archive_number, a.version)].add(a.sha256)
        numbers_of[a.sha256].add(a.archive_number)
    for (code, year), seqs in sorted(by_series.items()):
        missing = sorted(set(range(1, max(seqs) + 1)) - seqs)
        if missing:
            shown = ", ".join(f"{s:06d}" for s in missing[:20])
            report.add("numbering_gap", f"{code}-{year}",
                       f"{len(missing)} number(s) never assigned: {shown}")
    for (num, ver), shas in sorted(holders.items()):
        if len(shas) > 1:
            report.add("numbering_duplicate", num, f"version {ver} assigned to {len(shas)} files")
    for sha, nums in sorted(numbers_of.items()):
        if len(nums) > 1:
            report.add("numbering_duplicate", sha[:12] + "…", "one file holds "
                       + ", ".join(sorted(nums)))
    for num in sorted({a.archive_number for a in assignments} - archived):
        report.add("not_archived", num, "assigned in the registry but nothing archived "
                   "(an interrupted run; re-ingesting the batch finishes it)")


def _check_inbox(backends: Backends, settings: Settings, report: AuditReport,
                 now: datetime, stale_days: int) -> None:
    oldest: dict[str, datetime] = {}
    manifests: set[str] = set()
    for obj in backends.store.list(settings.inbox_bucket):
        parts = obj.key.split("/")
        batch = "/".join(parts[:2]) if len(parts) > 2 else parts[0]
        if parts[-1] == "manifest.json":
            manifests.add(batch)
        at = obj.last_modified or now
        if batch not in oldest or at < oldest[batch]:
            oldest[batch] = at
    report.checked["inbox batches"] = len(oldest)
    limit = now - timedelta(days=stale_days)
    for batch, at in sorted(oldest.items()):
        if at < limit:
            state = "complete (manifest present)" if batch in manifests else "no manifest"
            report.add("stale_batch", batch, f"waiting since {at:%Y-%m-%d %H:%M} UTC, {state}")


def audit_archive(backends: Backends, settings: Settings, *, now: datetime | None = None,
                  stale_days: int = 7) -> AuditReport:
    """Every check of the module docstring; ``now`` for the inbox age (tests, replays)."""
    now = now or datetime.now(timezone.utc)
    report = AuditReport(at=now)
    archived = _check_archive(backends, settings, report)
    _check_index(backends, archived, report)
    _check_numbers(backends, archived, report)
    _check_inbox(backends, settings, report, now, stale_days)
    return report


@flow(name="archive_audit", persist_result=False)
def archive_audit(stale_days: int | None = None) -> dict:
    """Audit the archive, index, registry and inbox; a markdown artifact of the findings."""
    from flows.intake import IntakeSettings

    settings = get_settings()
    days = stale_days if stale_days is not None else IntakeSettings().inbox_stale_days
    report = audit_archive(open_backends(settings), settings, stale_days=days)
    if _in_flow():
        create_markdown_artifact(report.markdown(), key="archive-audit",
                                 description="ok" if report.ok else
                                 f"{len(report.findings)} problem(s)")
    logger = get_run_logger()
    (logger.info if report.ok else logger.error)("audit: %d problem(s)", len(report.findings))
    return report.to_dict()
