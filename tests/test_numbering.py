"""Archive numbers: unique and gap-free per type and year under many concurrent ingests,
exactly once per SHA-256, kept on re-ingestion; a new scan of an archived contract becomes a
new version of the same record and both versions stay retrievable."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from classifiers.archive_number import parse_number
from contracts_core.record import (
    Amount,
    Classification,
    DateField,
    Fields,
    Party,
    Record,
    Source,
    TextField,
)
from extractors.pipeline import contract_key
from storage import open_backends
from storage.archiver import archive_document, find_archived, load_record, original_key
from tests.conftest import embedded_settings

TYPES = ["sales", "lease", "nda"]


def _record(i: int, sha: str, ctype: str, contract_no: str | None = None) -> Record:
    fields = Fields(
        parties=[Party(role="party_a", name=f"甲方公司{i}有限公司"),
                 Party(role="party_b", name=f"Buyer {i} Ltd.")],
        contract_no=TextField(value=contract_no or f"NO-{i:05d}"),
        signed_date=DateField(value=date(2026, 1, 1 + i % 28)),
        amounts=[Amount(value=Decimal(1000 + i), is_total=True)],
    )
    return Record(sha256=sha, source=Source(file_name=f"doc{i}.pdf"), text=f"contract {i}",
                  contract_type=Classification(value=ctype, confidence=0.9), fields=fields)


def _ingest_many(args: tuple[str, list[int]]) -> list[tuple[int, str]]:
    data_dir, items = args
    settings = embedded_settings(Path(data_dir))
    backends = open_backends(settings)
    out = []
    for i in items:
        path = Path(data_dir).parent / "files" / f"doc{i % 60}.pdf"  # i and i+60 are the same file
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        rec = _record(i % 60, sha, TYPES[(i % 60) % 3])
        res = archive_document(backends, settings, rec, path, "pdf", None,
                               contract_key=contract_key(rec))
        out.append((i, res.archive_number))
    return out


def test_eight_concurrent_ingests_number_each_document_once_without_gaps(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    for i in range(60):
        (files / f"doc{i}.pdf").write_bytes(f"%PDF-1.4 document {i}\n".encode() * 50)
    data_dir = tmp_path / "data"
    open_backends(embedded_settings(data_dir)).store.ensure_buckets()
    # 120 ingests of 60 distinct files (each file twice), spread over 8 processes
    work = [list(range(k, 120, 8)) for k in range(8)]
    with mp.get_context("spawn").Pool(8) as pool:
        results = [r for chunk in pool.map(_ingest_many, [(str(data_dir), w) for w in work])
                   for r in chunk]
    by_file: dict[int, set[str]] = defaultdict(set)
    for i, number in results:
        by_file[i % 60].add(number)
    assert all(len(v) == 1 for v in by_file.values()), "a file got two numbers"
    numbers = [next(iter(v)) for v in by_file.values()]
    assert len(set(numbers)) == 60, "two files share a number"
    per_series: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n in numbers:
        code, year, seq = parse_number(n)
        per_series[(code, year)].append(seq)
    for series, seqs in per_series.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"gap or duplicate in {series}"
    backends = open_backends(embedded_settings(data_dir))
    assert backends.index.count() == 60


def test_same_file_again_keeps_its_number_and_adds_no_record(tmp_path):
    settings = embedded_settings(tmp_path / "data")
    backends = open_backends(settings)
    backends.store.ensure_buckets()
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4 a")
    sha = hashlib.sha256(f.read_bytes()).hexdigest()
    first = archive_document(backends, settings, _record(1, sha, "sales"), f, "pdf", None,
                             contract_key=None)
    assert find_archived(backends, settings, sha) is not None
    again = archive_document(backends, settings, _record(1, sha, "sales"), f, "pdf", None,
                             contract_key=None)
    assert again.archive_number == first.archive_number
    assert again.outcome == "duplicate"
    assert backends.index.count() == 1
    assert [a.archive_number for a in backends.registry.assignments()] == [first.archive_number]


def test_new_scan_of_an_archived_contract_is_a_new_version(tmp_path):
    settings = embedded_settings(tmp_path / "data")
    backends = open_backends(settings)
    backends.store.ensure_buckets()
    scans = []
    for name in ("scan1.pdf", "scan2.pdf"):
        p = tmp_path / name
        p.write_bytes(f"%PDF-1.4 {name}".encode())
        scans.append((p, hashlib.sha256(p.read_bytes()).hexdigest()))
    r1 = _record(7, scans[0][1], "lease", contract_no="ZL-2025-0007")
    r2 = _record(7, scans[1][1], "lease", contract_no="ZL 2025 0007")  # printed with spaces
    a1 = archive_document(backends, settings, r1, scans[0][0], "pdf", None,
                          contract_key=contract_key(r1))
    a2 = archive_document(backends, settings, r2, scans[1][0], "pdf", None,
                          contract_key=contract_key(r2))
    assert a2.archive_number == a1.archive_number
    assert (a1.version, a2.version) == (1, 2) and a2.outcome == "new_version"
    record = load_record(backends, settings, a1.archive_number)
    assert record.versions == [scans[0][1], scans[1][1]] and record.version == 2
    for version, (path, sha) in enumerate(scans, start=1):
        key = original_key(a1.archive_number, version, "pdf")
        assert backends.store.get_bytes(settings.archive_bucket, key) == path.read_bytes()
        assert backends.store.stat(settings.archive_bucket, key).metadata["sha256"] == sha
    assert backends.index.count() == 1
    assert backends.index.get(a1.archive_number)["versions"] == record.versions


def test_different_contract_number_is_a_different_document(tmp_path):
    settings = embedded_settings(tmp_path / "data")
    backends = open_backends(settings)
    backends.store.ensure_buckets()
    numbers = set()
    for i, no in enumerate(("HT-1", "HT-2")):
        p = tmp_path / f"{i}.pdf"
        p.write_bytes(f"%PDF-1.4 {i}".encode())
        r = _record(3, hashlib.sha256(p.read_bytes()).hexdigest(), "sales", contract_no=no)
        numbers.add(archive_document(backends, settings, r, p, "pdf", None,
                                     contract_key=contract_key(r)).archive_number)
    assert len(numbers) == 2


@pytest.mark.parametrize("bad", ["XS-2026-42", "XS2026000042", "xs-2026-000042", ""])
def test_malformed_archive_numbers_are_refused(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


def test_two_readings_of_one_printed_number_are_the_same_contract():
    """OCR reads a 〔〕 year as [ ], ( ) or a mix: a re-scan must still find its record."""
    keys = {contract_key(_record(7, "a" * 64, "lease", contract_no=no))
            for no in ("沪租〔2024〕第15号", "沪租[2024]第15号", "沪租(2024】第15号")}
    assert len(keys) == 1
    assert contract_key(_record(7, "a" * 64, "lease", contract_no="沪租〔2024〕第16号")) not in keys
