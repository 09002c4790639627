"""The watcher hears of a complete batch from MinIO's bucket notifications within seconds of
its manifest's upload, long before the next inbox listing (against the real MinIO; this test
FAILS when it is not running)."""

from __future__ import annotations

import secrets
import threading
import time

import pytest

from contracts_core.settings import Settings
from flows.watch import InlineLauncher, Watcher
from storage import open_backends
from tests.storage.conftest import require_real_services

pytestmark = pytest.mark.real


def test_manifest_upload_reaches_the_watcher_by_notification(tmp_path):
    env = require_real_services("notification test")
    prefix = "tn" + secrets.token_hex(4)
    settings = Settings(**{k.removeprefix("CONTRACTS_").lower(): v for k, v in env.items()},
                        inbox_bucket=f"{prefix}-inbox", archive_bucket=f"{prefix}-archive",
                        quarantine_bucket=f"{prefix}-quarantine", data_dir=tmp_path)
    store = open_backends(settings).store
    store.ensure_buckets()
    watcher = Watcher(settings, settings, InlineLauncher(settings.watch_retry_after_s), store)
    stop = threading.Event()
    listener = threading.Thread(target=watcher._listen, args=(stop,), daemon=True)
    listener.start()
    try:
        time.sleep(1.5)  # the listen request is open
        store.put_bytes(settings.inbox_bucket, "st-1/b-1/scan.pdf", b"%PDF-1.4 scan")
        assert watcher.events.empty(), "only a manifest announces a batch"
        uploaded = time.monotonic()
        store.put_bytes(settings.inbox_bucket, "st-1/b-1/manifest.json", b"{}",
                        content_type="application/json")
        key = watcher.events.get(timeout=10)
        latency = time.monotonic() - uploaded
        assert key == "st-1/b-1/manifest.json"
        assert latency < 5, latency
    finally:
        stop.set()
        drop = getattr(store, "drop_buckets", None)
        if drop is not None:
            drop()
