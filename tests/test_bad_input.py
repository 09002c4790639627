"""Bad input never stops a batch: each broken, hostile or unreadable file ends in quarantine with
a specific error kind and ``<file>.error.json`` beside it, a file that is in fact readable is
archived, the good files of the same batch are archived, and memory stays bounded.

The whole mixed batch is ingested once, in its own process (``contracts ingest --json``), the
way an operator runs it; its peak RSS (and that of its largest child: Tesseract, poppler) is
measured there."""

from __future__ import annotations

import json
import shutil
import subprocess
import time

import pytest

from contracts_core.settings import Settings
from storage import open_backends
from storage.archiver import load_record, quarantine_key
from contracts_core.record import Source
from tests import badinput
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow

GOOD_SAMPLES = ("en_nda_skewed.png", "zh_purchase_lowq.pdf")
RSS_LIMIT_MB = 1536
STATION, BATCH = "station-7", "bad-batch"


@pytest.fixture(scope="module")
def batch(tmp_path_factory, prefect_server) -> dict:
    root = tmp_path_factory.mktemp("bad-input")
    inbox = root / "inbox"
    files = badinput.make_all(inbox)
    for name in GOOD_SAMPLES:
        shutil.copyfile(SAMPLES / name, inbox / name)
    data = root / "data"
    paths = sorted(inbox.iterdir())
    started = time.monotonic()
    proc = subprocess.run(
        badinput.cli_ingest_command(paths, station=STATION, batch=BATCH),
        env=badinput.child_env({"CONTRACTS_DATA_DIR": str(data)}),
        capture_output=True, text=True, timeout=600, check=False)
    elapsed = time.monotonic() - started
    outcomes = {o["file"]: o for o in badinput.parse_outcomes(proc.stdout)}
    settings = Settings(data_dir=data, s3_endpoint=None, es_url=None)
    return {"proc": proc, "outcomes": outcomes, "files": files, "settings": settings,
            "backends": open_backends(settings), "elapsed": elapsed, "paths": paths}


def test_the_ingest_finishes_and_reports_every_file(batch):
    proc = batch["proc"]
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert sorted(batch["outcomes"]) == sorted(p.name for p in batch["paths"])


@pytest.mark.parametrize("name", sorted(badinput.CORPUS))
def test_each_bad_file_ends_as_expected(batch, name):
    _, file_name, kind = badinput.CORPUS[name]
    outcome = batch["outcomes"][file_name]
    settings, backends = batch["settings"], batch["backends"]
    if kind is None:  # readable after all: archived like any good scan
        assert outcome["status"].split(" ")[0] in ("archived", "needs_review"), outcome
        record = load_record(backends, settings, outcome["archive_number"])
        assert record is not None and record.sha256 == outcome["sha256"]
        return
    assert outcome["status"] == "quarantined", outcome
    assert outcome["error_kind"] == kind, outcome
    assert file_name in outcome["error"]
    key = quarantine_key(Source(station=STATION, batch=BATCH, file_name=file_name))
    report = json.loads(backends.store.get_bytes(settings.quarantine_bucket, key + ".error.json"))
    assert report["kind"] == kind
    assert report["message"] == outcome["error"] and len(report["message"]) > len(file_name) + 5
    assert report["stage"] in ("load", "ocr")
    assert report["permanent"] is True
    # the file itself is kept, byte for byte, for the operator
    assert backends.store.get_bytes(settings.quarantine_bucket, key) == \
        batch["files"][name].read_bytes()
    # and nothing of it reached the archive
    assert outcome["archive_number"] is None


def test_good_files_in_the_same_batch_are_archived(batch):
    settings, backends = batch["settings"], batch["backends"]
    for name in GOOD_SAMPLES:
        outcome = batch["outcomes"][name]
        assert outcome["status"].split(" ")[0] in ("archived", "needs_review"), outcome
        assert load_record(backends, settings, outcome["archive_number"]) is not None
        assert backends.index.get(outcome["archive_number"]) is not None


def test_messages_name_the_reason(batch):
    out = batch["outcomes"]
    assert "5000 pages" in out["many_pages.pdf"]["error"]
    assert "2400 dpi" in out["a4_2400dpi.png"]["error"] or "557" in out["a4_2400dpi.png"]["error"]
    assert "password" in out["encrypted.pdf"]["error"]
    assert "0 bytes" in out["empty.pdf"]["error"]
    assert "zip" in out["bundle.zip"]["error"]


def test_refusals_need_no_rendering(tmp_path):
    """Page-count, pixel and format limits are decided from headers: instantly, in little memory."""
    from contracts_core.errors import PermanentError
    from extractors.loading import open_document

    settings = Settings(data_dir=tmp_path / "data")
    for name in ("many_pages", "bomb", "dpi2400", "encrypted", "zip"):
        path = badinput.make(name, tmp_path)
        started = time.monotonic()
        with pytest.raises(PermanentError) as info:
            open_document(path, settings)
        assert info.value.kind == badinput.CORPUS[name][2]
        assert time.monotonic() - started < 2.0, name


def test_peak_memory_stays_bounded(batch):
    own_mb, child_mb = badinput.parse_maxrss_mb(batch["proc"].stderr)
    assert own_mb < RSS_LIMIT_MB, f"ingest process peaked at {own_mb:.0f} MB"
    assert child_mb < RSS_LIMIT_MB, f"a child process (tesseract/poppler) peaked at {child_mb:.0f} MB"
