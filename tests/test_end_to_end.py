"""End to end on the embedded defaults: sample_scans/ in, numbered searchable records out,
compared with the ground truth the generator wrote beside each scan."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.scoring import Scorer
from contracts_core.record import Record
from contracts_core.settings import get_settings
from storage import open_backends
from storage.archiver import load_record
from tests.conftest import ENDPOINT_VARS, ROOT, SAMPLES

pytestmark = pytest.mark.slow
TRUTHS = sorted(SAMPLES.glob("*.truth.json"))


def _truth(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory, prefect_server):
    """sample_scans/ ingested once into a fresh embedded archive, then ingested again."""
    import os

    from flows.ingest import ingest_batch

    data = tmp_path_factory.mktemp("archive") / "data"
    saved = {k: os.environ.pop(k) for k in ENDPOINT_VARS if k in os.environ}
    os.environ["CONTRACTS_DATA_DIR"] = str(data)
    get_settings.cache_clear()
    try:
        first = ingest_batch([str(SAMPLES)], station="test", batch="samples")
        settings = get_settings()
        backends = open_backends(settings)
        numbers_after_first = sorted(a.archive_number for a in backends.registry.assignments())
        count_after_first = backends.index.count()
        second = ingest_batch([str(SAMPLES)], station="test", batch="samples-again")
        yield {
            "first": first, "second": second, "settings": settings, "backends": backends,
            "numbers_after_first": numbers_after_first, "count_after_first": count_after_first,
            "data": data,
        }
    finally:
        os.environ.pop("CONTRACTS_DATA_DIR", None)
        os.environ.update(saved)
        get_settings.cache_clear()


def test_samples_exist():
    assert len(TRUTHS) >= 12, "the generator must have written at least 12 samples"
    for t in TRUTHS:
        assert (SAMPLES / _truth(t)["file"]).exists()


def test_every_sample_is_archived_with_a_unique_number(archive):
    by_file = {r["file"]: r for r in archive["first"]}
    for t in TRUTHS:
        truth = _truth(t)
        outcome = by_file[truth["file"]]
        assert outcome["status"].split(" ")[0] in ("archived", "needs_review"), outcome
        assert outcome["archive_number"], outcome
    numbers = [r["archive_number"] for r in archive["first"]]
    assert len(numbers) == len(set(numbers))
    for r in archive["first"]:
        record = load_record(archive["backends"], archive["settings"], r["archive_number"])
        assert record is not None and record.sha256 == r["sha256"]
        original = archive["backends"].store.stat(
            archive["settings"].archive_bucket, f"{r['archive_number']}/original.{Path(r['file']).suffix.lstrip('.').lower()}")
        assert original is not None and original.metadata["sha256"] == r["sha256"]


def test_rerun_changes_no_number_and_adds_no_record(archive):
    backends = archive["backends"]
    assert sorted(a.archive_number for a in backends.registry.assignments()) == \
        archive["numbers_after_first"]
    assert backends.index.count() == archive["count_after_first"]
    first = {r["file"]: r["archive_number"] for r in archive["first"]}
    for r in archive["second"]:
        assert r["status"] == "duplicate", r
        assert r["archive_number"] == first[r["file"]]


def test_fields_match_the_ground_truth(archive):
    scorer = Scorer()
    by_file = {r["file"]: r for r in archive["first"]}
    for t in TRUTHS:
        truth = _truth(t)
        number = by_file[truth["file"]]["archive_number"]
        record = load_record(archive["backends"], archive["settings"], number)
        scorer.add(truth["file"], record, truth)
    summary = scorer.summary()
    print("\nper-field accuracy on sample_scans/:", json.dumps(summary, indent=1))
    (ROOT / "benchmarks" / "out").mkdir(parents=True, exist_ok=True)
    (ROOT / "benchmarks" / "out" / "samples_accuracy.json").write_text(
        json.dumps({**summary, "errors": scorer.errors}, ensure_ascii=False, indent=1))
    assert summary["type_accuracy"] >= 0.9, scorer.errors
    for field, s in summary["fields"].items():
        assert s["f1"] >= 0.8, (field, s, [e for e in scorer.errors if e["field"] == field])


def test_chinese_and_english_party_searches_find_the_right_contract(archive):
    index = archive["backends"].index
    by_file = {r["file"]: r["archive_number"] for r in archive["first"]}
    checked = {"zh": 0, "en": 0}
    for t in TRUTHS:
        truth = _truth(t)
        for party in truth["parties"]:
            name = party["name"]
            hits = [h.id for h in index.search(name, size=20)]
            assert by_file[truth["file"]] in hits, (name, hits)
            checked[truth["language"]] += 1
    assert checked["zh"] and checked["en"]
    hits = index.search("华信")
    assert hits and all("华信" in json.dumps(h.doc, ensure_ascii=False) for h in hits)


def test_record_carries_pages_confidence_and_provenance(archive):
    backends, settings = archive["backends"], archive["settings"]
    for r in archive["first"]:
        record: Record = load_record(backends, settings, r["archive_number"])
        assert record.page_count == len(record.pages) >= 1
        assert all(0 <= p.ocr_confidence <= 100 for p in record.pages)
        for party in record.fields.parties:
            assert party.source.page and party.source.bbox, party
        searchable = backends.store.stat(settings.archive_bucket,
                                         f"{r['archive_number']}/searchable.pdf")
        assert searchable is not None and searchable.size > 0


def test_blank_page_rotation_and_seal_are_recorded(archive):
    backends, settings = archive["backends"], archive["settings"]
    by_file = {r["file"]: r["archive_number"] for r in archive["first"]}
    seen = {"blank": False, "rotated": False, "seal": False}
    for t in TRUTHS:
        truth = _truth(t)
        record = load_record(backends, settings, by_file[truth["file"]])
        for n in truth.get("blank_pages") or []:
            assert record.pages[n - 1].blank, (truth["file"], n)
            seen["blank"] = True
        if truth.get("rotation"):
            assert any(p.rotation for p in record.pages), truth["file"]
            seen["rotated"] = True
        if truth.get("seal"):
            assert any(p.seal_found for p in record.pages), truth["file"]
            seen["seal"] = True
    assert all(seen.values()), seen


def test_cli_search_and_show(archive):
    env = {**__import__("os").environ, "CONTRACTS_DATA_DIR": str(archive["data"])}
    for var in ENDPOINT_VARS:
        env.pop(var, None)
    cli = [sys.executable, "-m", "flows.cli"]
    res = subprocess.run(cli + ["search", "华信", "--json"], env=env, capture_output=True,
                         text=True, check=True, cwd=ROOT)
    hits = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert hits and all(h["archive_number"] for h in hits)
    res = subprocess.run(cli + ["show", hits[0]["archive_number"], "--json"], env=env,
                         capture_output=True, text=True, check=True, cwd=ROOT)
    record = Record.model_validate_json(res.stdout)
    assert record.archive_number == hits[0]["archive_number"]
