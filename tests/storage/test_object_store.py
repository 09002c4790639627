"""Object store: the same assertions on the filesystem store and on MinIO."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import psutil
import pytest

from storage.base import ObjectStore

MB = 1024 * 1024


def test_round_trip_keeps_bytes_and_metadata(store: ObjectStore, settings, tmp_path: Path):
    data = "甲方：华信科技有限公司\nParty B: Acme Ltd.\n".encode() * 100
    sha = hashlib.sha256(data).hexdigest()
    meta = {"sha256": sha, "archive-number": "XS-2026-000001", "file-name": "销售合同 v2.pdf"}
    info = store.put_bytes(settings.inbox_bucket, "st1/b1/contract.pdf", data, metadata=meta,
                           content_type="application/pdf")
    assert info.size == len(data)

    got = store.stat(settings.inbox_bucket, "st1/b1/contract.pdf")
    assert got is not None and got.size == len(data)
    for k, v in meta.items():
        assert got.metadata.get(k) == v, f"metadata {k} lost: {got.metadata}"
    assert store.get_bytes(settings.inbox_bucket, "st1/b1/contract.pdf") == data
    with store.open(settings.inbox_bucket, "st1/b1/contract.pdf") as fh:
        assert fh.read(10) == data[:10]
        assert fh.read() == data[10:]
    dest = store.download(settings.inbox_bucket, "st1/b1/contract.pdf", tmp_path / "out" / "c.pdf")
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == sha


def test_missing_object_is_none_or_keyerror(store: ObjectStore, settings, tmp_path: Path):
    assert store.stat(settings.archive_bucket, "XS-2026-999999/record.json") is None
    with pytest.raises(KeyError):
        store.get_bytes(settings.archive_bucket, "XS-2026-999999/record.json")
    with pytest.raises(KeyError):
        store.open(settings.archive_bucket, "XS-2026-999999/record.json")
    with pytest.raises(KeyError):
        store.download(settings.archive_bucket, "XS-2026-999999/record.json", tmp_path / "x")


def test_list_by_prefix_and_delete(store: ObjectStore, settings):
    b = settings.inbox_bucket
    for key in ("st1/b1/a.pdf", "st1/b1/manifest.json", "st1/b2/c.tif", "st2/b1/d.jpg"):
        store.put_bytes(b, key, key.encode())
    assert {o.key for o in store.list(b, "st1/b1/")} == {"st1/b1/a.pdf", "st1/b1/manifest.json"}
    assert {o.key for o in store.list(b, "st1/")} == {"st1/b1/a.pdf", "st1/b1/manifest.json",
                                                      "st1/b2/c.tif"}
    assert len(list(store.list(b))) == 4
    sizes = {o.key: o.size for o in store.list(b, "st2/")}
    assert sizes == {"st2/b1/d.jpg": len(b"st2/b1/d.jpg")}

    store.delete(b, "st1/b1/a.pdf")
    assert store.stat(b, "st1/b1/a.pdf") is None
    with pytest.raises(KeyError):
        store.get_bytes(b, "st1/b1/a.pdf")
    assert {o.key for o in store.list(b, "st1/b1/")} == {"st1/b1/manifest.json"}
    store.delete(b, "st1/b1/never-existed.pdf")  # deleting what is not there is fine


def _peak_rss_during(fn) -> tuple[int, object]:
    """Run fn while sampling this process's RSS; returns (peak growth in bytes, result)."""
    proc = psutil.Process()
    base = proc.memory_info().rss
    peak = base
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, proc.memory_info().rss)
            stop.wait(0.005)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        result = fn()
    finally:
        stop.set()
        t.join()
    return peak - base, result


def test_large_file_streams_without_loading_it(store: ObjectStore, settings, tmp_path: Path):
    src = tmp_path / "big.tif"
    digest = hashlib.sha256()
    with open(src, "wb") as fh:
        for _ in range(64):
            chunk = os.urandom(MB)
            digest.update(chunk)
            fh.write(chunk)

    growth, info = _peak_rss_during(lambda: store.put_file(
        settings.archive_bucket, "XS-2026-000002/original.tif", src,
        metadata={"sha256": digest.hexdigest()}, content_type="image/tiff", encrypt=True))
    assert info.size == 64 * MB
    assert growth < 32 * MB, f"upload grew RSS by {growth / MB:.0f} MB for a 64 MB file"

    dest = tmp_path / "back.tif"
    growth, _ = _peak_rss_during(lambda: store.download(
        settings.archive_bucket, "XS-2026-000002/original.tif", dest))
    assert growth < 32 * MB, f"download grew RSS by {growth / MB:.0f} MB for a 64 MB file"
    back = hashlib.sha256()
    with open(dest, "rb") as fh:
        while chunk := fh.read(MB):
            back.update(chunk)
    assert back.hexdigest() == digest.hexdigest()
    stat = store.stat(settings.archive_bucket, "XS-2026-000002/original.tif")
    assert stat is not None and stat.metadata["sha256"] == digest.hexdigest()


def test_archive_objects_are_encrypted_where_the_backend_can(store: ObjectStore, settings,
                                                             backend_kind: str):
    info = store.put_bytes(settings.archive_bucket, "XS-2026-000003/record.json", b"{}",
                           content_type="application/json", encrypt=True)
    plain = store.put_bytes(settings.inbox_bucket, "st1/b1/x.pdf", b"%PDF-", encrypt=False)
    if backend_kind == "real":
        # the server says so itself: the SSE response header on a fresh HEAD request
        head = store.client.stat_object(settings.archive_bucket,  # type: ignore[attr-defined]
                                         "XS-2026-000003/record.json")
        assert head.metadata.get("x-amz-server-side-encryption") == "AES256"
        assert info.encrypted is True
        assert store.stat(settings.archive_bucket, "XS-2026-000003/record.json").encrypted
        assert plain.encrypted is False
    else:
        # the filesystem store does no encryption of its own and must not claim any
        assert info.encrypted is False and plain.encrypted is False
    assert store.get_bytes(settings.archive_bucket, "XS-2026-000003/record.json") == b"{}"


@pytest.mark.real
@pytest.mark.parametrize("backend_kind", ["real"])
def test_archive_bucket_keeps_versions(store, settings):
    key = "XS-2026-000004/record.json"
    store.put_bytes(settings.archive_bucket, key, b'{"version": 1}', encrypt=True)
    store.put_bytes(settings.archive_bucket, key, b'{"version": 2}', encrypt=True)
    assert store.get_bytes(settings.archive_bucket, key) == b'{"version": 2}'
    assert len(store.versions(settings.archive_bucket, key)) == 2


@pytest.mark.real
@pytest.mark.parametrize("backend_kind", ["real"])
def test_store_that_is_down_is_a_transient_error(settings, unused_port: int):
    from contracts_core.errors import StorageUnavailableError, TransientError
    from storage.minio_store import MinioObjectStore

    down = MinioObjectStore(settings.model_copy(update={"s3_endpoint": f"127.0.0.1:{unused_port}"}))
    with pytest.raises(StorageUnavailableError) as err:
        down.stat(settings.inbox_bucket, "st1/b1/a.pdf")
    assert isinstance(err.value, TransientError) and not err.value.permanent
    with pytest.raises(StorageUnavailableError):
        down.put_bytes(settings.inbox_bucket, "st1/b1/a.pdf", b"x")


def test_one_object_stored_by_several_writers_at_once(store: ObjectStore, settings):
    """Two ingests of one file may store its original at the same moment: both succeed, and
    the object and its metadata stay whole."""
    data = b"%PDF-1.4 same scan\n" * 2000
    meta = {"sha256": hashlib.sha256(data).hexdigest()}
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for _ in range(10):
                store.put_bytes(settings.archive_bucket, "XS-2026-000001/original.pdf", data,
                                metadata=meta, content_type="application/pdf")
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert store.get_bytes(settings.archive_bucket, "XS-2026-000001/original.pdf") == data
    info = store.stat(settings.archive_bucket, "XS-2026-000001/original.pdf")
    assert info is not None and info.metadata.get("sha256") == meta["sha256"]
    assert [o.key for o in store.list(settings.archive_bucket, "XS-2026-000001/")] == \
        ["XS-2026-000001/original.pdf"]
