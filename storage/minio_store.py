"""Object store on MinIO (or any S3): buckets inbox / archive / quarantine, versioning and
default SSE-S3 encryption on the archive bucket, user metadata (``x-amz-meta-*``) round trip,
streaming multipart uploads. A service that is down or slow raises
:class:`~contracts_core.errors.StorageUnavailableError` (transient); a missing object is
``None`` from :meth:`stat` and ``KeyError`` from the readers.

S3 metadata travels in HTTP headers (ASCII only), so values are percent-encoded on the way in
and decoded on the way out: ``{"file-name": "合同.pdf"}`` round-trips.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import quote, unquote

import urllib3
from minio import Minio
from minio.commonconfig import ENABLED
from minio.error import S3Error, ServerError
from minio.sse import SseS3
from minio.sseconfig import Rule, SSEConfig
from minio.versioningconfig import VersioningConfig

from contracts_core.errors import StorageUnavailableError
from contracts_core.settings import Settings
from storage.base import ObjectInfo

PART_SIZE = 8 * 1024 * 1024  # multipart chunk: the most a put holds in memory (x parallel)
_META = "x-amz-meta-"
_SSE_HEADER = "x-amz-server-side-encryption"
_MISSING = {"NoSuchKey", "NoSuchObject", "NoSuchVersion"}
_TRANSIENT = {"SlowDown", "SlowDownRead", "SlowDownWrite", "ServiceUnavailable",
              "InternalError", "RequestTimeout", "XMinioServerNotInitialized",
              "XMinioStorageFull", "OperationTimedOut"}
_SAFE = "-_.~ :/@+=,;()"


def _http_client(settings: Settings) -> urllib3.PoolManager:
    kw: dict = {
        "timeout": urllib3.Timeout(connect=5, read=120),
        "retries": urllib3.Retry(total=3, backoff_factor=0.3,
                                 status_forcelist=[500, 502, 503, 504]),
        "maxsize": 10,
    }
    if settings.s3_ca_file:
        kw["cert_reqs"] = "CERT_REQUIRED"
        kw["ca_certs"] = str(settings.s3_ca_file)
    return urllib3.PoolManager(**kw)


def _is_transient(exc: S3Error) -> bool:
    status = exc.response.status if exc.response is not None else 0
    return exc.code in _TRANSIENT or status >= 500 or status == 429


@contextmanager
def _s3_errors(what: str) -> Iterator[None]:
    try:
        yield
    except S3Error as exc:
        if _is_transient(exc):
            raise StorageUnavailableError(f"object store unavailable during {what}: {exc.code}",
                                          stage="store") from exc
        raise
    except ServerError as exc:
        raise StorageUnavailableError(f"object store error during {what}: {exc}",
                                      stage="store") from exc
    except (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError) as exc:
        # MaxRetryError, NewConnectionError, ProtocolError, ReadTimeoutError, ...
        raise StorageUnavailableError(f"object store unreachable during {what}: "
                                      f"{type(exc).__name__}", stage="store") from exc


def _encode_meta(metadata: dict[str, str] | None) -> dict[str, str]:
    return {k.lower(): quote(str(v), safe=_SAFE) for k, v in (metadata or {}).items()}


def _decode_meta(headers) -> dict[str, str]:
    out = {}
    for k, v in headers.items():
        if k.lower().startswith(_META):
            out[k.lower()[len(_META):]] = unquote(v)
    return out


class _ObjectStream(io.RawIOBase):
    """A GET response as a readable stream; closing it returns the connection to the pool."""

    def __init__(self, response: urllib3.BaseHTTPResponse) -> None:
        self._resp = response

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        with _s3_errors("read"):
            data = self._resp.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            self._resp.close()
            self._resp.release_conn()
        super().close()


class MinioObjectStore:
    """ObjectStore on MinIO / S3 (see the module docstring)."""

    def __init__(self, settings: Settings, client: Minio | None = None) -> None:
        if not settings.s3_endpoint:
            raise ValueError("CONTRACTS_S3_ENDPOINT is not set")
        access, secret = settings.s3_access_key, settings.s3_secret_key
        self.client = client or Minio(
            settings.s3_endpoint,
            access_key=access.get_secret_value() if access else None,
            secret_key=secret.get_secret_value() if secret else None,
            secure=settings.s3_secure,
            region=settings.s3_region,
            http_client=_http_client(settings),
        )
        self.inbox = settings.inbox_bucket
        self.archive = settings.archive_bucket
        self.quarantine = settings.quarantine_bucket
        self.sse = settings.s3_sse

    # --- buckets ---------------------------------------------------------------------------
    def ensure_buckets(self) -> None:
        with _s3_errors("ensure buckets"):
            for bucket in (self.inbox, self.archive, self.quarantine):
                if not self.client.bucket_exists(bucket):
                    try:
                        self.client.make_bucket(bucket)
                    except S3Error as exc:
                        if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                            raise
            cfg = self.client.get_bucket_versioning(self.archive)
            if cfg.status != ENABLED:
                self.client.set_bucket_versioning(self.archive, VersioningConfig(ENABLED))
            if self.sse:
                self.client.set_bucket_encryption(
                    self.archive, SSEConfig(Rule.new_sse_s3_rule()))

    def drop_buckets(self) -> None:
        """Delete the three buckets with every object version (tests, resets)."""
        with _s3_errors("drop buckets"):
            for bucket in (self.inbox, self.archive, self.quarantine):
                if not self.client.bucket_exists(bucket):
                    continue
                for obj in self.client.list_objects(bucket, recursive=True,
                                                    include_version=True):
                    self.client.remove_object(bucket, obj.object_name,
                                              version_id=obj.version_id)
                self.client.remove_bucket(bucket)

    # --- writes ----------------------------------------------------------------------------
    def _sse(self, encrypt: bool) -> SseS3 | None:
        return SseS3() if encrypt and self.sse else None

    def put_file(self, bucket: str, key: str, path: Path, *, metadata: dict[str, str] | None = None,
                 content_type: str = "application/octet-stream",
                 encrypt: bool = False) -> ObjectInfo:
        with _s3_errors(f"put {bucket}/{key}"):
            self.client.fput_object(bucket, key, str(path), content_type=content_type,
                                    metadata=_encode_meta(metadata), sse=self._sse(encrypt),
                                    part_size=PART_SIZE, num_parallel_uploads=1)
        return self._stat_required(bucket, key)

    def put_bytes(self, bucket: str, key: str, data: bytes, *,
                  metadata: dict[str, str] | None = None,
                  content_type: str = "application/octet-stream",
                  encrypt: bool = False) -> ObjectInfo:
        with _s3_errors(f"put {bucket}/{key}"):
            self.client.put_object(bucket, key, io.BytesIO(data), len(data),
                                   content_type=content_type, metadata=_encode_meta(metadata),
                                   sse=self._sse(encrypt), part_size=PART_SIZE)
        return self._stat_required(bucket, key)

    def delete(self, bucket: str, key: str) -> None:
        with _s3_errors(f"delete {bucket}/{key}"):
            self.client.remove_object(bucket, key)

    # --- reads -----------------------------------------------------------------------------
    def _stat_required(self, bucket: str, key: str) -> ObjectInfo:
        info = self.stat(bucket, key)
        if info is None:
            raise StorageUnavailableError(f"{bucket}/{key} vanished right after it was written",
                                          stage="store")
        return info

    def stat(self, bucket: str, key: str) -> ObjectInfo | None:
        with _s3_errors(f"stat {bucket}/{key}"):
            try:
                st = self.client.stat_object(bucket, key)
            except S3Error as exc:
                if exc.code in _MISSING or exc.code == "NoSuchBucket":
                    return None
                raise
        headers = st.metadata or {}
        return ObjectInfo(
            bucket=bucket, key=key, size=int(st.size or 0), last_modified=st.last_modified,
            metadata=_decode_meta(headers),
            encrypted=any(k.lower() == _SSE_HEADER for k in headers),
        )

    def _get(self, bucket: str, key: str) -> urllib3.BaseHTTPResponse:
        with _s3_errors(f"get {bucket}/{key}"):
            try:
                return self.client.get_object(bucket, key)
            except S3Error as exc:
                if exc.code in _MISSING or exc.code == "NoSuchBucket":
                    raise KeyError(f"{bucket}/{key}") from exc
                raise

    def get_bytes(self, bucket: str, key: str) -> bytes:
        resp = self._get(bucket, key)
        try:
            with _s3_errors(f"read {bucket}/{key}"):
                return resp.read()
        finally:
            resp.close()
            resp.release_conn()

    def open(self, bucket: str, key: str) -> BinaryIO:
        stream = io.BufferedReader(_ObjectStream(self._get(bucket, key)), 1 << 20)
        return stream  # type: ignore[return-value]

    def download(self, bucket: str, key: str, dest: Path) -> Path:
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with _s3_errors(f"download {bucket}/{key}"):
            try:
                self.client.fget_object(bucket, key, str(dest))
            except S3Error as exc:
                if exc.code in _MISSING or exc.code == "NoSuchBucket":
                    raise KeyError(f"{bucket}/{key}") from exc
                raise
        return dest

    def list(self, bucket: str, prefix: str = "") -> Iterator[ObjectInfo]:
        with _s3_errors(f"list {bucket}/{prefix}"):
            for obj in self.client.list_objects(bucket, prefix=prefix or None, recursive=True,
                                                include_user_meta=True):
                if obj.is_dir:
                    continue
                meta = obj.metadata or {}
                yield ObjectInfo(
                    bucket=bucket, key=obj.object_name, size=int(obj.size or 0),
                    last_modified=obj.last_modified,
                    metadata=_decode_meta(meta),
                    encrypted=any(k.lower() == _SSE_HEADER for k in meta),
                )

    def versions(self, bucket: str, key: str) -> list[str]:
        """Version ids of an object, newest first (the archive bucket keeps them all)."""
        with _s3_errors(f"list versions {bucket}/{key}"):
            return [o.version_id for o in self.client.list_objects(
                bucket, prefix=key, include_version=True) if o.object_name == key
                and not o.is_delete_marker and o.version_id]


__all__ = ["MinioObjectStore", "PART_SIZE"]
